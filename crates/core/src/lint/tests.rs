//! Linter tests: every rule's own examples (table-driven, ruff-style), an
//! adversarial set for precision, configuration, directives and positions.

use super::*;
use proptest::prelude::*;

fn lint_with(text: &str, config: &Config, format: Format) -> LintReport {
    lint_in(text, config, format, Lang::En)
}

fn lint_in(text: &str, config: &Config, format: Format, lang: Lang) -> LintReport {
    Linter::new(config, &[]).expect("config").lint(text.as_bytes(), &LintOptions { format: Some(format), lang: lang.code().into() }).expect("lints")
}

fn only(rule: &str) -> Config {
    let mut c = Config::default();
    c.rules.select = vec![rule.to_string()];
    c
}

fn rules_found(report: &LintReport) -> Vec<&str> {
    report.findings.iter().map(|f| f.rule.as_str()).collect()
}

#[test]
fn builtin_packs_are_valid_and_every_rule_has_examples() {
    let taxonomy = Taxonomy::builtin();
    for pack in builtin_packs() {
        assert_eq!(pack.check(taxonomy), Vec::<String>::new(), "pack {}", pack.name);
        for r in &pack.rule {
            assert!(!r.examples.flag.is_empty(), "rule {} has no flag examples", r.id);
            assert!(r.suggestion.is_some() || r.fix.is_some() || r.id == "missing-principle", "rule {} offers no way out", r.id);
        }
    }
    let linter = Linter::builtin();
    for id in [
        "missing-principle", "hedged-obligation", "may-instead-of-must", "vague-frequency", "passive-duty", "open-ended-retention",
        "undefined-acronym", "automated-decision-without-review", "biometric-without-legal-basis", "no-redress-route",
        "biometric-accuracy-testing", "biometric-bias-testing", "personal-data-retention", "personal-data-access-control",
        "vendor-audit-rights", "long-sentence", "hard-to-read",
    ] {
        assert!(linter.rules().iter().any(|r| r.id == id), "missing rule {id}");
    }
    let covered: Vec<&str> = linter.principles().iter().map(|p| p.id.as_str()).collect();
    let all: Vec<&str> = taxonomy.instrumental().map(|(_, i)| i.id.as_str()).collect();
    assert_eq!(covered, all, "coverage.toml must list every instrumental principle in order");
}

/// Every `examples.flag` must produce the rule, every `examples.pass` must
/// not, in each language with that language's examples.
#[test]
fn rule_examples() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for rule in Linter::builtin().rules_in(lang).expect("every language is embedded in tests") {
            let config = only(&rule.id);
            for (expect, examples) in [(true, &rule.examples.flag), (false, &rule.examples.pass)] {
                for example in examples {
                    let report = lint_in(example, &config, Format::Text, lang);
                    let found = report.findings.iter().any(|f| f.rule == rule.id);
                    if found != expect {
                        let kind = if expect { "flag" } else { "pass" };
                        let got: Vec<&String> = report.findings.iter().map(|f| &f.message).collect();
                        failures.push(format!("{} {} {kind} example: {example:?} -> {got:?}", lang.code(), rule.id));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failing examples:\n{}", failures.len(), failures.join("\n"));
}

/// Each built-in rule has its own French and Spanish data and examples, and
/// each principle its own terms: none silently falls back to English words.
#[test]
fn every_rule_and_principle_has_data_in_each_language() {
    let english = builtin_packs();
    for lang in [Lang::Fr, Lang::Es] {
        let pack = lang::pack(lang).expect("every language is embedded in tests");
        assert_eq!(pack.lang, lang.code());
        for r in english.iter().flat_map(|p| &p.rule) {
            let words = pack.rule.get(&r.id).unwrap_or_else(|| panic!("{}: no data for rule {}", lang.code(), r.id));
            assert!(!words.examples.flag.is_empty(), "{}: rule {} has no flag examples", lang.code(), r.id);
            let lists = [&r.patterns, &r.within, &r.when, &r.when_anywhere, &r.require];
            let own = [&words.patterns, &words.within, &words.when, &words.when_anywhere, &words.require];
            for (en, here) in lists.iter().zip(own) {
                assert!(en.is_empty() || !here.is_empty(), "{}: rule {} must give each word list the English rule has", lang.code(), r.id);
            }
            for key in r.params.keys() {
                assert!(words.params.contains_key(key) || key == "flesch", "{}: rule {} lacks params.{key}", lang.code(), r.id);
            }
            assert_eq!(r.fix.is_some(), words.fix.is_some(), "{}: rule {} fix", lang.code(), r.id);
        }
        if let Some(unknown) = pack.rule.keys().find(|id| !english.iter().flat_map(|p| &p.rule).any(|r| &&r.id == id)) {
            panic!("{}: data for unknown rule {unknown}", lang.code());
        }
        let principles: Vec<&String> = english.iter().flat_map(|p| &p.principle).map(|p| &p.id).collect();
        let here: Vec<&String> = pack.principle.keys().collect();
        let mut sorted = principles.clone();
        sorted.sort();
        assert_eq!(here, sorted, "{}: every principle needs its own terms", lang.code());
    }
}

#[test]
fn language_is_set_or_detected() {
    let fr = "Les journaux sont examinés chaque mois par le délégué, et les images sont effacées au bout de 30 jours.";
    let report = lint(fr.as_bytes(), &LintOptions::default()).unwrap();
    assert_eq!((report.lang.as_str(), report.lang_source.as_deref()), ("fr", Some("detected")));
    let report = lint(fr.as_bytes(), &LintOptions { format: None, lang: "es".into() }).unwrap();
    assert_eq!((report.lang.as_str(), report.lang_source.as_deref()), ("es", Some("set")));
    let config = Config { lang: "fr".into(), ..Config::default() };
    let report = Linter::new(&config, &[]).unwrap().lint(b"Reconnaissance faciale", &LintOptions::default()).unwrap();
    assert_eq!(report.lang, "fr");
    let de = "Die Polizei muss jede Übereinstimmung prüfen, bevor sie handelt und die Daten löscht.";
    let err = lint(de.as_bytes(), &LintOptions::default()).unwrap_err();
    assert!(matches!(&err, LintError::UnsupportedLanguage { lang, detected: true } if lang == "de"), "{err}");
    assert!(matches!(lint(b"Reconnaissance faciale", &LintOptions::default()), Err(LintError::UndetectedLanguage)));
    assert!(matches!(lint(b"x", &LintOptions { format: None, lang: "de".into() }), Err(LintError::UnsupportedLanguage { detected: false, .. })));
    let config = Config { lang: "klingon".into(), ..Config::default() };
    assert!(Linter::new(&config, &[]).is_err());
    // Nothing to read: a report (every principle missing), not an error.
    assert_eq!(lint(b"", &LintOptions::default()).unwrap().lang, "en");
}

#[test]
fn french_and_spanish_negation() {
    let cases: &[(Lang, &str, bool)] = &[
        (Lang::Fr, "Les décisions ne feront pas l'objet d'un contrôle humain.", false),
        (Lang::Fr, "Aucune décision n'est prise sans contrôle humain.", true),
        (Lang::Fr, "Le logiciel ne prend aucune décision sans contrôle humain.", true),
        (Lang::Fr, "Les alertes sont envoyées sans intervention humaine.", false),
        (Lang::Es, "Las sanciones no serán objeto de revisión humana.", false),
        (Lang::Es, "Ninguna decisión se toma sin revisión humana.", true),
        (Lang::Es, "No se adopta ninguna decisión sin revisión humana.", true),
    ];
    for &(lang, text, covered) in cases {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        let c = report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap();
        assert_eq!(c.status != coverage::Status::Missing, covered, "{text:?}: {:?}", c.status);
    }
    // « ne … que » restricts; it does not negate.
    let report = lint_in("Les images ne sont conservées que 30 jours.", &Config::default(), Format::Text, Lang::Fr);
    assert!(report.coverage.iter().any(|c| c.principle == "autonomy.privacy" && c.status != coverage::Status::Missing));
}

/// A clause that opens with « ni » continues a list an earlier negation
/// governs: its « aucun » waits for no particle, so a later « ne … pas »
/// negates on its own (a ban on biometrics is no biometric use).
#[test]
fn a_list_continued_by_ni_keeps_a_later_negation() {
    let text = "Le dispositif ne pourra exploiter aucune caméra mobile, ni aucun outil d'analyse et ne pourra pas recourir à la reconnaissance faciale.";
    let report = lint_in(text, &only("biometric-accuracy-testing"), Format::Text, Lang::Fr);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    let text = "El sistema no usará ninguna cámara móvil, ni ningún programa de análisis y no podrá recurrir al reconocimiento facial.";
    let report = lint_in(text, &only("biometric-accuracy-testing"), Format::Text, Lang::Es);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    // « aucune décision n'est prise »: the particle still completes its partner.
    let report = lint_in("Aucune image n'est comparée par reconnaissance faciale.", &only("biometric-accuracy-testing"), Format::Text, Lang::Fr);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

/// Each case: (language, text, principle, whether the text addresses it).
fn assert_addressed(cases: &[(Lang, &str, &str, bool)]) {
    for &(lang, text, principle, found) in cases {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        let c = report.coverage.iter().find(|c| c.principle == principle).unwrap();
        assert_eq!(c.status != coverage::Status::Missing, found, "{text:?} {principle}: {:?}", c.status);
    }
}

/// Wording met in published French and Spanish surveillance charters and
/// regulations (sentences our own): look-alikes that name something else
/// count for nothing, and the provisions they resemble still count.
#[test]
fn published_french_and_spanish_wording() {
    let cases: &[(Lang, &str, &str, bool)] = &[
        // « le recours aux drones » is the use of drones, not an appeal.
        (Lang::Fr, "Le recours aux drones est décidé par le préfet.", "fairness.redress", false),
        // Purposes limited by law bound the use; a user who stays master of
        // their choices keeps agency.
        (Lang::Fr, "Les finalités du fichier des plaques sont limitées par la loi.", "lawfulness.proportionality", true),
        (Lang::Fr, "L'outil laisse le magistrat maître de ses choix.", "autonomy.agency", true),
        // A use "governed by" a named law has its legal basis.
        (Lang::Fr, "Le recours aux drones de la gendarmerie est régi par la loi sur la sécurité intérieure.", "lawfulness.legitimacy", true),
        (Lang::Es, "El uso de las cámaras corporales se rige por la ley de la policía autonómica.", "lawfulness.legitimacy", true),
        // A recording of images and sound is footage, not a log of use.
        (Lang::Es, "La comisión revisa cada registro de imágenes de los drones.", "governance.traceability", false),
        (Lang::Es, "Cada consulta queda en un registro de accesos con el usuario, la fecha y el motivo.", "governance.traceability", true),
        // A person's vulnerability is not a software flaw.
        (Lang::Fr, "Le projet doit réduire la vulnérabilité et l'isolement des personnes âgées.", "harm.robustness", false),
        (Lang::Es, "El programa debe reducir la vulnerabilidad de las familias.", "harm.robustness", false),
        // « humaines » and « contrôle » in two sentences of a section are no human review.
        (Lang::Fr, "Les relations humaines restent au cœur du service. Le conseil exerce un contrôle démocratique sur le dispositif.", "autonomy.oversight", false),
        (Lang::Fr, "Les relations humaines restent au cœur du service. Le conseil exerce un contrôle démocratique sur le dispositif.", "governance.accountability", true),
        // « nécessite » (requires) and « mesures nécessaires » are not necessity.
        (Lang::Fr, "Le dispositif nécessite une autorisation du préfet.", "lawfulness.necessity", false),
        (Lang::Fr, "Le chef de service prend les mesures nécessaires pour atteindre cette finalité.", "lawfulness.necessity", false),
        (Lang::Fr, "La nécessité du dispositif est démontrée par écrit avant tout déploiement.", "lawfulness.necessity", true),
        (Lang::Es, "La jefatura adopta las medidas necesarias para esta finalidad.", "lawfulness.necessity", false),
        // A motive (« responde a las necesidades de … ») is no reasoning that the system is needed.
        (Lang::Es, "La compra de las cámaras responde a las necesidades de seguridad de los agentes.", "lawfulness.necessity", false),
        (Lang::Es, "El nuevo equipo responde a las necesidades de transparencia y garantías de la ciudadanía.", "governance.accountability", false),
        (Lang::Es, "El nuevo equipo responde a las necesidades de transparencia y garantías de la ciudadanía.", "autonomy.transparency", false),
        (Lang::Es, "La jefa de la unidad responde ante el pleno del uso del sistema.", "governance.accountability", true),
        // The victim of the event that starts a recording is no group given extra safeguards.
        (Lang::Es, "El conductor podrá activar la grabación ante un delito del cual fuere víctima.", "fairness.vulnerable", false),
        (Lang::Es, "Las víctimas menores de edad nunca serán grabadas sin la autorización de su tutor.", "fairness.vulnerable", true),
        // Public disorder (« desórdenes públicos ») is no publication.
        (Lang::Es, "Los agentes podrán grabar en caso de desórdenes públicos que pongan en peligro a las personas.", "autonomy.transparency", false),
        (Lang::Fr, "Le dispositif répond à la nécessité de sécuriser les abords des écoles.", "lawfulness.necessity", false),
        (Lang::Es, "La autorización respetará los criterios de idoneidad e intervención mínima.", "lawfulness.necessity", true),
        // Information on the website, intelligibility, signs and a visible recording light.
        (Lang::Fr, "Les informations sur le dispositif sont consultables sur le site internet de la ville.", "autonomy.transparency", true),
        (Lang::Fr, "Les systèmes doivent satisfaire un critère d'intelligibilité.", "autonomy.transparency", true),
        (Lang::Fr, "Un signal lumineux indique que la caméra enregistre.", "autonomy.transparency", true),
        // A letter sent « avec accusé de réception » is a way of posting it, no notice to the public.
        (Lang::Fr, "La personne adresse sa demande au maire par lettre recommandée avec accusé de réception.", "autonomy.transparency", false),
        (Lang::Fr, "Le service envoie un accusé de réception qui informe le plaignant de l'usage de l'outil.", "autonomy.transparency", true),
        (Lang::Es, "Las zonas grabadas estarán señalizadas.", "autonomy.transparency", true),
        (Lang::Es, "La información sobre las cámaras está disponible en la página web municipal.", "autonomy.transparency", true),
        (Lang::Es, "Buzón de quejas en la página web.", "autonomy.transparency", false),
        (Lang::Es, "Las cámaras se instalan para la convivencia ciudadana y la seguridad pública.", "autonomy.transparency", false),
        (Lang::Es, "Las cámaras se instalan para la convivencia ciudadana y la seguridad pública.", "harm.wellbeing", false),
        // Respecting "the legislative and regulatory provisions" names the law in general: partial, not missing.
        (Lang::Fr, "Par cette charte, la commune s'engage à respecter les prescriptions législatives et réglementaires de la vidéoprotection.", "lawfulness.legitimacy", true),
        (Lang::Es, "El sistema se someterá a las disposiciones legales y reglamentarias aplicables.", "lawfulness.legitimacy", true),
        // « ne peut servir qu'à » limits use; a code article is a legal basis.
        (Lang::Fr, "La caméra ne peut servir qu'à la constatation des infractions routières.", "lawfulness.proportionality", true),
        (Lang::Fr, "Les images captées dans le cadre prévu à l'article L. 251-2 sont effacées après un mois.", "lawfulness.legitimacy", true),
        // The procedures data may serve, and offences under investigation, are no sanction for misuse.
        (Lang::Fr, "Les données ne sont extraites que pour une procédure judiciaire, administrative ou disciplinaire.", "governance.accountability", false),
        (Lang::Es, "Las imágenes se conservan un mes, salvo que estén relacionadas con infracciones penales objeto de una investigación policial.", "governance.accountability", false),
        // Legal effect is not efficacy; a human's sign-off is not model validation.
        (Lang::Es, "La propuesta adquiere eficacia jurídica cuando la firma el jefe de unidad.", "harm.efficiency", false),
        (Lang::Es, "La validación expresa del resultado corresponde al agente responsable.", "harm.accuracy", false),
        // Routes to a remedy: the CNIL, and the rights of access and erasure.
        (Lang::Fr, "Le droit d'accès s'exerce de manière indirecte en sollicitant la CNIL.", "fairness.redress", true),
        (Lang::Es, "Los vecinos podrán ejercer los derechos de acceso y cancelación de sus imágenes.", "fairness.redress", true),
        // Purposes fixed by law; a report sent to an oversight body.
        (Lang::Fr, "Les finalités du fichier sont déterminées par la loi.", "lawfulness.legitimacy", true),
        (Lang::Es, "Las finalidades del fichero están establecidas en la ley.", "lawfulness.legitimacy", true),
        (Lang::Fr, "Le service remet chaque année un rapport d'utilisation à la commission de contrôle.", "governance.accountability", true),
        (Lang::Es, "La Jefatura remitirá cada año un informe de uso a la Comisión de Garantías.", "governance.accountability", true),
        (Lang::Fr, "Le rapport d'activité est présenté aux agents.", "governance.accountability", false),
        // «convivencia» alone is public order; an effect on it is community impact.
        (Lang::Es, "La ley contribuye a la tranquilidad y la estabilidad en la convivencia.", "harm.wellbeing", false),
        (Lang::Es, "Si el comité observa un efecto negativo sobre la convivencia, se revisa el despliegue.", "harm.wellbeing", true),
        // Auditable systems, the agent's critical judgement, results that can be questioned.
        (Lang::Es, "Los modelos de la unidad deben ser auditables.", "governance.traceability", true),
        (Lang::Fr, "Les modèles du service doivent rester auditables.", "governance.traceability", true),
        (Lang::Fr, "Chaque enquêteur garde son esprit critique face aux résultats de l'outil.", "autonomy.agency", true),
        (Lang::Es, "Cada persona afectada puede pedir que el resultado sea cuestionado ante la comisión.", "fairness.redress", true),
        // The share of alerts judged well founded is a precision figure; breaks at the screen are operators' welfare.
        (Lang::Fr, "Le chef de poste compte chaque semaine la proportion d'alertes jugées fondées.", "harm.accuracy", true),
        (Lang::Fr, "Chaque alerte fondée donne lieu à une intervention.", "harm.accuracy", false),
        (Lang::Es, "La jefatura mide cada mes el porcentaje de avisos fundados.", "harm.accuracy", true),
        (Lang::Fr, "Les opérateurs prennent une pause de dix minutes par heure d'écran.", "harm.wellbeing", true),
        (Lang::Es, "Los operadores disponen de una sala de descanso.", "harm.wellbeing", true),
        // The operator decides for himself what follows an alert.
        (Lang::Fr, "L'opérateur examine chaque alerte et décide lui-même de la suite à donner.", "autonomy.agency", true),
        (Lang::Es, "El operador revisa cada alerta y decide por sí mismo qué hacer.", "autonomy.agency", true),
        // A named Act the use follows, and an equality impact assessment.
        (Lang::En, "Searches are run in line with the Police Powers Act 2012.", "lawfulness.legitimacy", true),
        // A citation whose object is a part of this very document is a
        // cross-reference ("pursuant to clause 9 of this agreement").
        (Lang::En, "Either side may end the arrangement pursuant to the steps set out in clause 9 of this agreement.", "lawfulness.legitimacy", false),
        (Lang::En, "Either side may end the arrangement pursuant to section 12 of the Public Safety Act.", "lawfulness.legitimacy", true),
        (Lang::En, "## Legal basis: Data Protection Act 2018\n\nStaff receive yearly training.", "lawfulness.legitimacy", true),
        (Lang::En, "An Equality Impact Assessment was completed before the pilot and is refreshed each year.", "fairness.nondiscrimination", true),
        // A named role that answers for a list of duties.
        (Lang::En, "The system administrator is responsible for:", "governance.accountability", true),
        (Lang::En, "The project lead answers to the oversight board for every deployment.", "governance.accountability", true),
        (Lang::En, "The unit head reports to the oversight panel each quarter on every use of the tool.", "governance.accountability", true),
        // Outputs checked against what really happened measure accuracy.
        (Lang::En, "Each month a sample of alerts is compared against confirmed case outcomes.", "harm.accuracy", true),
        // Testing under varied conditions is robustness.
        (Lang::En, "The cameras will be tested at night, in rain and in poor lighting before use.", "harm.robustness", true),
        // Verifying a person's identity is what an identity service does;
        // a person who checks its match is oversight.
        (Lang::En, "The service compares a person's photo with the photo on one of their records to verify their identity.", "autonomy.oversight", false),
        (Lang::En, "An examiner must verify every match before the result is released.", "autonomy.oversight", true),
        // A crime type names an offence, not a group given extra safeguards.
        (Lang::En, "Analysts may search the images to identify an offender seen in child exploitation material.", "fairness.vulnerable", false),
        // A "secure token" is a log-in device: access, not robustness.
        (Lang::En, "Each analyst must carry a secure token to sign in from a laptop; the token costs $9 a month.", "harm.robustness", false),
        // Weather forecasts and police dogs are not the system's accuracy or people's wellbeing.
        (Lang::Es, "La exactitud de las previsiones meteorológicas fija el calendario de los operativos.", "harm.accuracy", false),
        (Lang::Fr, "Le maître-chien veille au bien-être des chiens de la brigade.", "harm.wellbeing", false),
    ];
    assert_addressed(cases);
}

/// Wording met in published French and Spanish AI and camera rules (second
/// round), each case in our own words.
#[test]
fn published_wording_second_round() {
    let cases: &[(Lang, &str, &str, bool)] = &[
        // « surveillance humaine », confirmation by two people, and a tool that
        // does not replace the human decision keep a person in control.
        (Lang::Fr, "Le dispositif reste sous surveillance humaine pendant toute son utilisation.", "autonomy.oversight", true),
        (Lang::Fr, "Toute identification proposée par le logiciel est confirmée par deux personnes physiques.", "autonomy.oversight", true),
        (Lang::Fr, "L'outil ne remplace pas la décision humaine.", "autonomy.oversight", true),
        (Lang::Es, "El asistente no sustituye la toma de decisiones del funcionario.", "autonomy.oversight", true),
        (Lang::En, "The assistant never replaces human decision-making.", "autonomy.oversight", true),
        (Lang::En, "The assistant does not replace the officer's professional judgement.", "autonomy.agency", true),
        // Professional judgement and the right not to face a purely automated decision.
        (Lang::Es, "La herramienta no reemplaza el juicio profesional de los agentes.", "autonomy.agency", true),
        (Lang::Es, "Toda persona tiene derecho a no ser objeto de decisiones automatizadas.", "autonomy.agency", true),
        (Lang::Fr, "La personne est informée de toute décision fondée exclusivement sur un traitement automatisé.", "autonomy.agency", true),
        // A system's level of autonomy is not people's agency.
        (Lang::Es, "Las medidas se ajustan al nivel de autonomía del sistema.", "autonomy.agency", false),
        (Lang::Fr, "Les contrôles dépendent du niveau d'autonomie de l'outil.", "autonomy.agency", false),
        (Lang::En, "Controls depend on the tool's level of autonomy.", "autonomy.agency", false),
        // A disproportionate impact on a group is equality, not proportionate use.
        (Lang::Es, "El servicio previene impactos desproporcionados sobre los barrios más pobres.", "lawfulness.proportionality", false),
        (Lang::Fr, "Le service évite tout impact disproportionné sur certains quartiers.", "lawfulness.proportionality", false),
        (Lang::En, "The unit prevents any disproportionate impact on poorer districts.", "lawfulness.proportionality", false),
        (Lang::Es, "El uso de las cámaras respetará la proporción entre los fines y los medios.", "lawfulness.proportionality", true),
        // Audit trail data, a spoken warning and a visibly worn camera.
        (Lang::Fr, "Les données de retraçage sont conservées trois ans pour les contrôles.", "governance.traceability", true),
        (Lang::Fr, "L'agent avertit oralement les personnes filmées.", "autonomy.transparency", true),
        (Lang::Fr, "Le port de la caméra est apparent.", "autonomy.transparency", true),
        // Interpreting results (the verb) is no interpreter; allocating resources is no appeal.
        (Lang::Fr, "Les analystes doivent interpréter les résultats avec prudence.", "fairness.accessibility", false),
        (Lang::Es, "Los analistas deben interpretar los resultados con prudencia.", "fairness.accessibility", false),
        (Lang::Es, "Se ofrece un intérprete gratuito a quien lo pida.", "fairness.accessibility", true),
        (Lang::Es, "Está prohibido que la herramienta asigne recursos a los barrios.", "fairness.redress", false),
        // A regulator's name is no privacy safeguard; keeping the final decision is authority, not data.
        (Lang::Fr, "Le chef de service notifie chaque usage à la Commission de la protection de la vie privée.", "autonomy.privacy", false),
        (Lang::Es, "La unidad comunica cada uso a la Agencia Española de Protección de Datos.", "autonomy.privacy", false),
        (Lang::Es, "El agente conserva la decisión final.", "autonomy.privacy", false),
        (Lang::Fr, "L'enquêteur conserve la décision finale.", "autonomy.privacy", false),
        (Lang::En, "The officer retains the final decision on every stop.", "autonomy.privacy", false),
        (Lang::Es, "Las imágenes se conservan un mes.", "autonomy.privacy", true),
        // Self-determination is agency.
        (Lang::Es, "Cada persona conserva su autodeterminación frente a la herramienta.", "autonomy.agency", true),
        // Rules on automated individual decisions are agency; a hearing and a review on request are redress.
        (Lang::Es, "Quedan prohibidas las decisiones individuales automatizadas sobre los detenidos.", "autonomy.agency", true),
        (Lang::Fr, "Toute décision individuelle automatisée est signalée comme telle à l'intéressé.", "autonomy.agency", true),
        (Lang::En, "The force makes no automated individual decisions about suspects.", "autonomy.agency", true),
        (Lang::Fr, "L'intéressé peut faire valoir son point de vue auprès du chef de service.", "fairness.redress", true),
        (Lang::Fr, "Chacun peut présenter ses observations à un agent en mesure de réviser la décision.", "fairness.redress", true),
        (Lang::Es, "La persona puede expresar su punto de vista ante la jefatura.", "fairness.redress", true),
        // « mineur », «menor» as adjectives (small) are not children.
        (Lang::Fr, "Une intervention humaine mineure ne change pas la nature de la décision.", "fairness.vulnerable", false),
        (Lang::Es, "Se elegirá siempre la opción de menor impacto para los vecinos.", "fairness.vulnerable", false),
        (Lang::Es, "Las imágenes de menores de edad se borran de inmediato.", "fairness.vulnerable", true),
        // «es necesario cumplir …» states a requirement; registering a data file is no log of use.
        (Lang::Es, "Para instalar las cámaras es necesario cumplir el deber de informar.", "lawfulness.necessity", false),
        (Lang::Es, "Para instalar las cámaras es necesario cumplir el deber de informar.", "autonomy.transparency", true),
        (Lang::Fr, "Le service respecte son obligation d'information envers les riverains.", "autonomy.transparency", true),
        (Lang::Es, "El Ayuntamiento ha registrado un fichero de cámaras con la finalidad de controlar el acceso.", "governance.traceability", false),
        (Lang::Es, "Se garantizan los derechos de acceso, rectificación, cancelación y oposición.", "fairness.redress", true),
        // Robust evidence is the strength of a proof, not of the system.
        (Lang::Es, "Solo se elige un modelo cuando lo justifica evidencia científica robusta.", "harm.robustness", false),
        (Lang::En, "A model is chosen only where robust evidence supports it.", "harm.robustness", false),
        // «la falla» (Latin American Spanish) of the equipment, and its repair, is failure handling.
        (Lang::Es, "Si detecta una falla del equipo, el operador debe corregirla antes del siguiente turno.", "harm.robustness", true),
        // Forbidding action "without human review" requires the review.
        (Lang::Fr, "Il est interdit de publier un texte produit par l'outil sans relecture humaine.", "autonomy.oversight", true),
        (Lang::Es, "Está prohibido enviar una multa sin revisión humana.", "autonomy.oversight", true),
        (Lang::En, "Sending a penalty notice without human review is forbidden.", "autonomy.oversight", true),
        (Lang::En, "Penalty notices are sent without human review.", "autonomy.oversight", false),
    ];
    assert_addressed(cases);
}

/// Wording met in published English AI rules, guidance and transparency
/// statements (third round), each case in our own words.
#[test]
fn published_english_wording_third_round() {
    let cases: &[(Lang, &str, &str, bool)] = &[
        // Representative input data and an authorised representative are no community voice.
        (Lang::En, "The unit checks that its input data is sufficiently representative of the people the tool serves.", "fairness.accessibility", false),
        (Lang::En, "A parent or an authorised representative signs the consent form.", "fairness.accessibility", false),
        (Lang::En, "Community representatives are consulted before each deployment.", "fairness.accessibility", true),
        // A body free to organise its own resources says nothing of cost or of people's choices.
        (Lang::En, "The force keeps the freedom to organise its own resources when it sets up oversight.", "harm.efficiency", false),
        (Lang::En, "The force keeps the freedom to organise its own resources when it sets up oversight.", "autonomy.agency", false),
        // Risks of harm to the groups a system affects are its effects on people; a person at risk is not.
        (Lang::En, "The impact assessment lists the risks of harm to each group of people it identifies.", "harm.wellbeing", true),
        (Lang::En, "Images of missing people at risk of harm may be searched.", "harm.wellbeing", false),
        // A reviewing role keeps its sense inside a capitalised job title.
        (Lang::En, "Each candidate image is examined by a Facial Comparison Analyst before it goes to the investigator.", "autonomy.oversight", true),
        // A person's check that gates the action ("only after", "until", "before any") is oversight whatever the
        // object is called; an officer's job title keeps its sense.
        (Lang::En, "A parking fine is sent only after a Kerbside Enforcement Officer has compared the two pictures.", "autonomy.oversight", true),
        (Lang::En, "A flagged message stays in the queue until the duty clinician has reviewed it.", "autonomy.oversight", true),
        (Lang::En, "The duty sergeant must read the cited pages before any digest is used in a briefing.", "autonomy.oversight", true),
        (Lang::En, "The parking fine is sent after two weeks unless it is paid.", "autonomy.oversight", false),
        // A person who interprets every output judges it; an interpreting service is not a review.
        (Lang::En, "The examiner interprets each score the matcher produces.", "autonomy.oversight", true),
        (Lang::En, "Handlers may call the interpreting service whenever a translation is unclear.", "autonomy.oversight", false),
        // Patching servers and libraries is IT upkeep, not a test or fallback of the system.
        (Lang::En, "The network team patches the old mail server every Tuesday evening.", "harm.robustness", false),
        // The offence a tool works on names its field, not a safeguard for the people it concerns.
        (Lang::En, "The grading model ranks domestic abuse reports by urgency for the duty team.", "fairness.vulnerable", false),
        (Lang::En, "Analysts sort images seized in child sexual abuse investigations with the triage tool.", "fairness.vulnerable", false),
        (Lang::En, "The triage tool is never used on reports about children without the safeguarding lead's approval.", "fairness.vulnerable", true),
        // Disclosure of evidence in a criminal case is a court duty, not telling the public about the system.
        (Lang::En, "The disclosure officer checks every clip the redaction tool has processed before it goes to the defence.", "autonomy.transparency", false),
        // A permission fenced by a condition or an excluded case limits the use; "visible only to" limits readers.
        (Lang::En, "Wardens may photograph a parked vehicle only when its permit has expired.", "lawfulness.proportionality", true),
        (Lang::En, "The unit may scan seized phones, but never on messages to a solicitor.", "lawfulness.proportionality", true),
        (Lang::En, "Drafts are visible only to the author, so that a supervisor can compare them.", "lawfulness.proportionality", false),
        // A run-in label of references lists documents; it provides nothing.
        (Lang::En, "3.0 RELATED REFERENCES: Records Retention Schedule 12-04; Data Security Policy 12-07", "autonomy.privacy", false),
        (Lang::En, "Definitions: retention period means the time a record is kept.", "autonomy.privacy", false),
        // An output never the sole ground of a decision, and a human who reads a
        // drafted report for accuracy, keep a person in control; proofreading
        // a report measures no error rate.
        (Lang::En, "No decision with legal effects on a person is taken based solely on the output of the tool.", "autonomy.oversight", true),
        (Lang::En, "The author of each drafted report certifies having read and reviewed the report for accuracy.", "autonomy.oversight", true),
        (Lang::En, "The author of each drafted report certifies having read and reviewed the report for accuracy.", "harm.accuracy", false),
        (Lang::En, "Staff check the monthly logs for accuracy.", "autonomy.oversight", false),
        // Prior authorisation by a judicial authority is a legal basis.
        (Lang::En, "Each use needs prior authorisation by a judicial authority.", "lawfulness.legitimacy", true),
        // A match to a person is no conversation with one; a score that is one
        // factor among many leaves the decision to a person.
        (Lang::En, "The search yields a match to a person on the watch list.", "fairness.accessibility", false),
        (Lang::En, "The score is one factor among many that the custody sergeant weighs.", "autonomy.oversight", true),
        // A model reviewed for accuracy is evaluated; a report reviewed for accuracy is proofread.
        (Lang::En, "The model is reviewed for accuracy every quarter.", "harm.accuracy", true),
        // A disclaimer of AI content is disclosure; supervisory oversight of use keeps people in control.
        (Lang::En, "The written policy must cover supervisory oversight of plate reader use.", "autonomy.oversight", true),
        (Lang::En, "Each report the tool drafts carries a disclaimer that artificial intelligence produced part of it.", "autonomy.transparency", true),
        // A notice offered in Braille or another language is accessible, even after a capitalised title.
        (Lang::En, "Anyone who needs this Privacy Notice in Braille may ask the records office for a copy.", "fairness.accessibility", true),
        (Lang::En, "Residents may ask for the leaflet in another language.", "fairness.accessibility", true),
        // The necessary competence or safeguards are what a duty needs, not a test of necessity.
        (Lang::En, "Overseers must have the necessary competence and support. Input data must fit the intended purpose.", "lawfulness.necessity", false),
    ];
    assert_addressed(cases);
    let statuses: &[(&str, &str, coverage::Status)] = &[
        // Values "at the heart of" what a force does name principles; they provide nothing.
        ("Fairness must be at the heart of every system the force buys.", "fairness.nondiscrimination", coverage::Status::Partial),
        // A question heads its answer: on its own it names a topic, as a heading does.
        ("How do we make sure that footage is deleted after 30 days?", "autonomy.privacy", coverage::Status::Partial),
        ("How do we keep footage safe? We delete it after 30 days, and only two trained analysts may view it.", "autonomy.privacy", coverage::Status::Covered),
    ];
    for &(text, principle, status) in statuses {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        let c = report.coverage.iter().find(|c| c.principle == principle).unwrap();
        assert_eq!(c.status, status, "{text:?} {principle}");
    }
}

/// Wording met in published English police technology policies (plate
/// readers, drones, report-writing tools; fourth round), each case in our own words.
#[test]
fn published_english_wording_fourth_round() {
    let cases: &[(Lang, &str, &str, bool)] = &[
        // Signing in to a portal is no record of use; a record of all queries is.
        (Lang::En, "To change a setting, log in to the portal and open the admin page.", "governance.traceability", false),
        (Lang::En, "Staff log into the plate reader database with their own account.", "governance.traceability", false),
        (Lang::En, "A record of all database queries is kept by the system.", "governance.traceability", true),
        // A notice to pilots before a drone flight is aviation procedure, not openness to the public.
        (Lang::En, "The pilot files a public notice to airmen before each flight.", "autonomy.transparency", false),
        (Lang::En, "The force posts a public notice before each drone flight.", "autonomy.transparency", true),
        // Not violating people's privacy is a commitment to it, not its absence.
        (Lang::En, "Members must use the tools so that they do not violate the privacy of residents.", "autonomy.privacy", true),
        (Lang::En, "Images of residents will not be deleted.", "autonomy.privacy", false),
        // Describing a reader as automated tells no one anything; telling people they talk to a program does.
        (Lang::En, "The plate reader is an automated technology that scans plates quickly.", "autonomy.transparency", false),
        (Lang::En, "The chat window says that it is an automated assistant and not an officer.", "autonomy.transparency", true),
        // A large language model speaks no community's language; a report-writing
        // documentation tool writes paperwork, not the system's own documentation.
        (Lang::En, "The platform uses a large language model provided by the vendor to draft report narratives.", "fairness.accessibility", false),
        (Lang::En, "The platform flags documentation gaps in each draft, like other documentation tools.", "governance.traceability", false),
        (Lang::En, "Report narratives are available in other languages on request.", "fairness.accessibility", true),
        // Copying a draft into the records system gives no one a copy of a report.
        (Lang::En, "Before copying the draft narrative into the records system, the officer signs the report.", "autonomy.transparency", false),
        (Lang::En, "The person concerned may ask for a copy of the report.", "autonomy.transparency", true),
        // Users and employees who check what a tool drafted keep a person in control.
        (Lang::En, "Users must review all AI-generated output before use.", "autonomy.oversight", true),
        (Lang::En, "Employees must carefully read every draft the tool produces before they submit it.", "autonomy.oversight", true),
        (Lang::En, "Plate reads are kept on a named-user access list for 30 days unless matched.", "autonomy.oversight", false),
        (Lang::En, "The tool offers proofreading and refinement of officer-provided narrative output.", "autonomy.oversight", false),
        // Not relying solely on a tool is the safeguard against automation bias, negated as it is.
        (Lang::En, "Officers must not rely solely on what the tool suggests.", "autonomy.agency", true),
    ];
    assert_addressed(cases);
}

/// Adversarial cases: negations and look-alike words must not count.
#[test]
fn negation_and_lookalikes_do_not_count_as_coverage() {
    let cases: &[(&str, &str)] = &[
        ("autonomy.oversight", "Decisions will not be subject to human review."),
        ("autonomy.oversight", "The match is acted on without human review."),
        ("autonomy.oversight", "The error was an oversight in drafting and will be corrected."),
        ("fairness.nondiscrimination", "Officers will staff a stand at the job fair."),
        ("fairness.redress", "Officers must redress their uniforms before parade."),
        ("fairness.redress", "The police will issue a public appeal for witnesses."),
        ("fairness.vulnerable", "The vendor will ship minor updates every month."),
        ("lawfulness.necessity", "Images will be kept as long as necessary."),
        ("harm.accuracy", "There is no accuracy testing."),
        ("autonomy.privacy", "Facilities staff will fit privacy screens to the monitors."),
        ("autonomy.privacy", "The contractor will resurface the access road to the depot."),
        ("fairness.vulnerable", "Each child process restarts automatically if it crashes."),
        ("fairness.vulnerable", "The team patches vulnerable software libraries every week."),
        ("autonomy.transparency", "Exhibits are sealed in transparent tamper-evident bags."),
        ("harm.robustness", "The stand has a robust steel frame."),
        ("harm.efficiency", "Energy-efficient lighting has been installed in the car park."),
        ("governance.traceability", "The Chief Pilot keeps the flight log of battery cycles."),
        ("autonomy.oversight", "The deployment records will be reviewed by the Data Protection Officer."),
        ("fairness.accessibility", "Error rates are reported for each sex, age band and disability status."),
        ("autonomy.privacy", "Images will not be deleted."),
        ("fairness.nondiscrimination", "The unit checks names against the sex offenders register."),
        ("harm.robustness", "Any failure to comply with this policy is a disciplinary matter."),
        // Failing a duty is a finding about people, not a system that fails.
        ("harm.robustness", "A review in 2021 found that the pilot had failed to meet minimum legal standards."),
        ("harm.robustness", "Forces were criticised for failing to ensure that deployments were recorded."),
        ("autonomy.transparency", "The officer who signs the report remains responsible for it."),
        ("lawfulness.necessity", "Complaint forms are offered in alternative formats."),
        ("harm.efficiency", "The fund offers grants of up to 40 per cent of the cost of a pilot."),
        ("governance.accountability", "The team responsible for catering will book the venue."),
        // A body that receives complaints or replies to a panel is a route or a reply, not a role that answers for the system.
        ("governance.accountability", "Anyone refused a licence may write to the Professional Standards Department to ask for a second look."),
        ("governance.accountability", "The review board answers every request within ten working days."),
        ("governance.accountability", "The hub sorts the posts reported to it by the public into three bands."),
        ("governance.accountability", "The online reporting form is written in plain English. A panel of residents tried it before launch."),
        ("autonomy.transparency", "The authority will disclose footage to the police on a written request."),
        ("fairness.accessibility", "Each image must meet the criteria for inclusion on the watchlist."),
        ("lawfulness.legitimacy", "Searches based on any other classification protected by law are forbidden."),
        ("fairness.redress", "The remedy for this misconduct is dismissal."),
        // An order's date of effect, or a tool said to be effective, weighs no benefit against a cost.
        ("harm.efficiency", "Effective: 1 March 2026"),
        ("harm.efficiency", "This order is effective immediately upon signature."),
        // A recital's list gives reasons; the operative text provides.
        ("autonomy.privacy", "WHEREAS, the Council finds that:\n- the city has a duty to protect all personal data;\n- cameras can intrude on privacy.\n"),
        ("governance.accountability", "The purpose of this order is the responsible and ethical use of AI by the Department."),
        ("lawfulness.legitimacy", "This policy applies to all law enforcement agencies in the county."),
        ("lawfulness.legitimacy", "Author and warrant/pay number: DI Jones."),
        ("autonomy.agency", "At the end of the trial the results will be assessed by an independent authority."),
        ("autonomy.agency", "As an advisory body, the panel's decisions are tested through an independent group."),
        ("fairness.redress", "The report lists the physical objects the sensors were installed on and the data sources used."),
        // Legislative findings give reasons, like "Whereas".
        ("autonomy.transparency", "The City Council finds that robust transparency must be in place before any camera is deployed."),
        ("lawfulness.legitimacy", "Audit results are published unless their release is prohibited by law."),
        // A dated line under a title records the document; it publishes nothing.
        ("autonomy.transparency", "Guidance on AI tools\nPublished 7 February 2025\nStaff use the tools for drafting letters.\n"),
        ("autonomy.transparency", "Reply to a question on new technology\n\nPublished: 27 January 2016\n\nOfficers use the drafting tool for letters.\n"),
        // Who may use a tool limits access, not the cases it is used for.
        ("lawfulness.proportionality", "The drone shall only be used by members who have completed the pilot course."),
        // A text naming itself is no law that authorises it.
        ("lawfulness.legitimacy", "All members are responsible for complying with this directive; violations of this directive form the basis for sanctions."),
        ("lawfulness.legitimacy", "Copies are released only when the Clerk approves them pursuant to a public records request."),
        ("fairness.accessibility", "Cameras may be placed only in publicly accessible areas of the station, never in the cells."),
        ("fairness.nondiscrimination", "The parties to this charter,\n\nConcerned about the risk that automated tools treat people differently by race or gender and deepen inequality;\n\nRecognising that tools must be tested for bias before use;\n\nHave agreed as follows:\n"),
        ("fairness.vulnerable", "Each request must set out the specific evidence about the threat and about the victims or perpetrators."),
    ];
    for (principle, text) in cases {
        let report = lint_with(text, &Config::default(), Format::Text);
        let c = report.coverage.iter().find(|c| c.principle == *principle).unwrap();
        assert_eq!(c.status, coverage::Status::Missing, "{principle} should be missing for {text:?}, score {}", c.score);
    }
}

/// Adversarial look-alikes for the wording rules: none of these may fire.
#[test]
fn wording_rules_do_not_cry_wolf() {
    let cases: &[(&str, &str)] = &[
        ("may-instead-of-must", "Officers should be aware that the tool can make mistakes."),
        ("may-instead-of-must", "Members of the public can request a review of any decision."),
        ("may-instead-of-must", "The agency may not share images with third parties."),
        ("passive-duty", "The Board will be informed by the Chief Constable."),
        ("passive-duty", "The audit report will be published by 1 June each year by the Chief Auditor."),
        ("open-ended-retention", "Images must not be retained indefinitely."),
        ("vague-frequency", "Officers regularly patrol the area."),
        ("vague-frequency", "Logs will be reviewed regularly and at least every three months."),
        ("automated-decision-without-review", "The system automatically deletes footage after 31 days."),
        ("automated-decision-without-review", "No arrest is ever made without human review."),
        ("undefined-acronym", "The application form is available as a PDF from the EU portal."),
        ("undefined-acronym", "Staff may use an image generator such as DALL-E only for training slides."),
        ("undefined-acronym", "The regulator fined the force SEK 2,500,000 for the unlawful searches."),
        ("undefined-acronym", "Residents can send dashcam clips through the Report@CPX app or to tips@NCA."),
        ("undefined-acronym", "CENTRE FOR URBAN SUPERVISION (CUS)\n\nThe CUS is staffed day and night by two operators."),
        ("undefined-acronym", "CENTRE FOR URBAN SUPERVISION (CUS)\nThe CUS is staffed day and night by two operators."),
        ("hedged-obligation", "Officers may, where possible, speak to the person in their own language."),
        ("vendor-audit-rights", "The contract with the vendor gives the agency the right to audit the vendor's systems."),
        ("personal-data-retention", "Personal data is deleted after 90 days. Access is restricted to authorised personnel."),
    ];
    let mut failures = Vec::new();
    for (rule, text) in cases {
        let report = lint_with(text, &only(rule), Format::Text);
        if !report.findings.is_empty() {
            failures.push(format!("{rule} fired on {text:?}: {}", report.findings[0].message));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn committed_statements_cover_their_principles() {
    let cases: &[(&str, &str)] = &[
        ("autonomy.oversight", "A trained officer must review every match before any action; no decision is made without human review."),
        ("autonomy.transparency", "Notice: the agency must publish its register of AI tools by 1 March 2025."),
        ("fairness.nondiscrimination", "Recognising the risk of bias, the unit must measure false match rates by ethnic group every year and retrain the model when they differ by more than 1%."),
        ("fairness.redress", "Any person may complain to the ombudsman, and the agency will answer every complaint within 30 days."),
        ("governance.traceability", "The system must log every search with the user, time and reason."),
        ("harm.accuracy", "The false match rate must be measured before deployment."),
        ("autonomy.privacy", "The system must delete probe images after 90 days, and only vetted analysts may view them."),
        ("autonomy.oversight", "A trained operator must confirm every alert before any action is taken."),
        ("lawfulness.legitimacy", "Searches must be authorised under regulation 5 of the Crime Investigation Regulations 2022."),
        ("lawfulness.proportionality", "Each authorisation must cover a single location and lapses after 12 hours."),
        ("autonomy.agency", "The score is advisory and must never be the sole basis for a decision."),
        ("fairness.redress", "The person can challenge the score before the independent review board, which must decide within 28 days."),
        ("autonomy.privacy", "The tool shall not ingest arrest data or any information about individuals."),
        ("fairness.accessibility", "The inspector must consult the local community before each deployment."),
        ("harm.robustness", "If the tool fails, officers must stop using the tool and revert to manual processes."),
        ("governance.accountability", "The Agency shall designate a Chief AI Officer, who oversees compliance with this policy."),
        ("fairness.nondiscrimination", "Every use is tested before launch to ensure there is no unintended bias."),
        ("autonomy.oversight", "A match cannot be used as the sole basis of any enforcement action; the investigator must corroborate it."),
        ("autonomy.oversight", "An alert must never, on its own, be grounds for stopping anyone."),
        ("autonomy.oversight", "No system shall make final decisions about pay, credit, legal matters or individual assessments without a documented human review."),
        ("autonomy.privacy", "No image shall be kept once the investigation closes, and only trained analysts may view images."),
        ("autonomy.oversight", "Every referral for secondary examination must be made by a border officer, who records the reasons."),
    ];
    for (principle, text) in cases {
        let report = lint_with(text, &Config::default(), Format::Text);
        let c = report.coverage.iter().find(|c| c.principle == *principle).unwrap();
        assert_eq!(c.status, coverage::Status::Covered, "{principle} for {text:?}");
        assert!(!c.evidence.is_empty());
        assert!(!report.findings.iter().any(|f| f.rule == "missing-principle" && f.principle.as_deref() == Some(*principle)));
    }
}

#[test]
fn every_language_names_the_parts_of_a_document() {
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let pack = lang::pack(lang).expect("every language is embedded in tests");
        let keys: Vec<&str> = pack.document.keys().map(String::as_str).collect();
        let mut known = lang::DOCUMENT_WORDS.to_vec();
        known.sort_unstable();
        assert_eq!(keys, known, "{}: [document] needs exactly these lists", lang.code());
        assert!(pack.document.values().all(|words| !words.is_empty()), "{}: an empty [document] list", lang.code());
    }
}

#[test]
fn headings_advice_and_forewords_do_not_make_coverage() {
    let status = |text: &str, principle: &str| {
        let report = lint_with(text, &Config::default(), Format::Markdown);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    // A heading over advice names the topic; it provides nothing.
    let advice = "## Human review\n\nForces should ensure that a trained officer reviews every match.";
    assert_eq!(status(advice, "autonomy.oversight"), coverage::Status::Partial);
    // A heading over a plain provision still covers it.
    let provision = "## Human review\n\nA trained officer reviews every match before any action.";
    assert_eq!(status(provision, "autonomy.oversight"), coverage::Status::Covered);
    // A duty with weak wording advises: "must be logged" names nobody.
    assert_eq!(status("Every search must be logged with the user, time and reason.", "governance.traceability"), coverage::Status::Partial);
    // A figure makes a plain statement as strong as "must".
    assert_eq!(status("The unit deletes probe images after 30 days, and only its analysts may view them.", "autonomy.privacy"), coverage::Status::Covered);
    // A foreword explains; the principle stays missing.
    let foreword = "## Foreword\n\nAI raises questions about privacy and discrimination.\n\n## Scope\n\nThis policy applies to all staff.";
    assert_eq!(status(foreword, "fairness.nondiscrimination"), coverage::Status::Missing);
}

#[test]
fn advice_sections_keep_should_and_hedges_quiet() {
    let text = "# Framework\n\n## Part B: Good practice\n\n### Testing\n\nForces should test the system where appropriate.\n\n## Annex\n\nThe agency should publish the register entry.";
    let report = lint_with(text, &Config::default(), Format::Markdown);
    let found = rules_found(&report);
    // Under "Good practice" (and its subsections) advice is the register;
    // after the next heading of that level it is a softened duty again.
    assert_eq!(found.iter().filter(|r| **r == "may-instead-of-must").count(), 1, "{found:?}");
    assert!(!found.contains(&"hedged-obligation"), "{found:?}");
}

#[test]
fn background_and_definitions_bind_no_one() {
    let text = "# Policy\n\n## Definitions\n\nFully automated decision: a decision the system takes without human review.\n\nAudit: the logs will be checked regularly, where appropriate.\n\n## Procedure\n\nThe logs will be checked regularly, where appropriate.";
    let report = lint_with(text, &Config::default(), Format::Markdown);
    let found = rules_found(&report);
    // Only the procedure's sentence is a duty worth strengthening.
    assert!(!found.contains(&"automated-decision-without-review"), "{found:?}");
    for rule in ["hedged-obligation", "vague-frequency", "passive-duty"] {
        assert_eq!(found.iter().filter(|r| **r == rule).count(), 1, "{rule}: {found:?}");
    }
    let procedure = text.find("## Procedure").unwrap();
    assert!(report.findings.iter().filter(|f| f.rule != "missing-principle" && f.rule != "hard-to-read").all(|f| f.range.byte.start > procedure), "{found:?}");
}

/// A scope exclusion sets a topic aside: it raises no conditional rule and
/// is no evidence of coverage, in any language.
#[test]
fn scope_exclusions_raise_nothing() {
    let cases = [
        (Lang::En, "This policy does not apply to facial recognition applications or biometric access controls."),
        (Lang::Fr, "La présente charte ne s'applique pas aux dispositifs de reconnaissance faciale ni au contrôle d'accès biométrique."),
        (Lang::Es, "La presente instrucción no será de aplicación a los sistemas de reconocimiento facial ni al control de acceso biométrico."),
    ];
    for (lang, text) in cases {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        let found = rules_found(&report);
        assert!(found.iter().all(|r| *r == "missing-principle"), "{text}: {found:?}");
        assert!(report.coverage.iter().all(|c| c.status == coverage::Status::Missing), "{text}");
    }
    // A lead-in that sets aside sets its items aside too.
    let listed = lint_in("The guidance doesn\u{2019}t apply to:\n\n- retrospective facial recognition searches;\n- any covert use of biometrics.\n", &Config::default(), Format::Markdown, Lang::En);
    assert!(rules_found(&listed).iter().all(|r| *r == "missing-principle"), "{:?}", rules_found(&listed));
    // The same topic, used: the rules apply.
    let used = lint_in("The unit uses facial recognition to search custody images.", &Config::default(), Format::Text, Lang::En);
    assert!(rules_found(&used).contains(&"biometric-bias-testing"));
}

#[test]
fn weak_signal_is_partial() {
    let report = lint_with("Officers might consider complaints.", &Config::default(), Format::Text);
    let c = report.coverage.iter().find(|c| c.principle == "fairness.redress").unwrap();
    assert_eq!((c.status, c.score), (coverage::Status::Partial, 0.25));
}

#[test]
fn negation_aware_red_flag() {
    let cfg = only("automated-decision-without-review");
    for text in ["No person will be arrested on the basis of a match without human review.", "The tool cannot automatically arrest anyone."] {
        assert!(rules_found(&lint_with(text, &cfg, Format::Text)).is_empty(), "{text}");
    }
    assert_eq!(rules_found(&lint_with("Matches are acted on without human review.", &cfg, Format::Text)), vec!["automated-decision-without-review"]);
}

#[test]
fn custom_vocabulary_maps_to_a_principle() {
    let text = "The Blue Panel will examine every deployment.";
    let before = lint_with(text, &Config::default(), Format::Text);
    let status = |r: &LintReport| r.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status;
    assert_eq!(status(&before), coverage::Status::Missing);
    let mut cfg = Config::default();
    cfg.vocabulary.insert("autonomy.oversight".into(), vec!["Blue Panel".into()]);
    assert_eq!(status(&lint_with(text, &cfg, Format::Text)), coverage::Status::Covered);
}

#[cfg(feature = "toml")]
#[test]
fn config_from_toml_applies_and_rejects_typos() {
    let cfg = Config::from_toml(
        "[rules]\ndisable = [\"missing-principle\"]\n[rules.severity]\npassive-duty = \"error\"\n[metrics]\nmax_sentence_words = 5\n[acronyms]\nallow = [\"FRT\"]\n",
    )
    .unwrap();
    let report = lint_with("All matches will be reviewed. The FRT output is one of many inputs to the case.", &cfg, Format::Text);
    let rules = rules_found(&report);
    assert!(rules.contains(&"passive-duty") && rules.contains(&"long-sentence"), "{rules:?}");
    assert!(!rules.contains(&"missing-principle") && !rules.contains(&"undefined-acronym"), "{rules:?}");
    assert_eq!(report.findings.iter().find(|f| f.rule == "passive-duty").unwrap().severity, Severity::Error);
    let bad = Config::from_toml("[rules]\ndisable = [\"no-such-rule\"]\n").unwrap();
    assert!(matches!(Linter::new(&bad, &[]), Err(LintError::Config(m)) if m.contains("no-such-rule")));
    assert!(Config::from_toml("[rulez]\n").is_err());
    let bad_vocab = Config::from_toml("[vocabulary]\n\"autonomy.nope\" = [\"x\"]\n").unwrap();
    assert!(Linter::new(&bad_vocab, &[]).is_err());
}

#[cfg(feature = "toml")]
#[test]
fn user_pack_adds_a_phrase_rule() {
    let pack = RulePack::from_toml(
        r#"
name = "agency"
[[rule]]
id = "no-pilot-wording"
kind = "phrase"
severity = "error"
message = "Avoid “{match}”"
explanation = "Pilots need an end date."
suggestion = "Give the end date."
patterns = ["pilot phase"]
"#,
    )
    .unwrap();
    let linter = Linter::new(&only("no-pilot-wording"), std::slice::from_ref(&pack)).unwrap();
    let report = linter.lint(b"The pilot phases start soon.", &LintOptions { format: Some(Format::Text), lang: "en".into() }).unwrap();
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].message, "Avoid “pilot phases”");
    let mut dup = pack;
    dup.rule[0].id = "passive-duty".into();
    assert!(Linter::new(&Config::default(), &[dup]).is_err());
}

/// With `within`, a `when` word counts only beside a `within` word, while a
/// `when_anywhere` word counts on its own; the first counting mention is the
/// one reported. `when_anywhere` without `within` is refused.
#[cfg(feature = "toml")]
#[test]
fn conditional_when_anywhere_counts_without_a_within_word() {
    let rule = |extra: &str| {
        RulePack::from_toml(&format!(
            r#"
name = "agency"
[[rule]]
id = "sample-retention"
kind = "conditional"
severity = "warning"
message = "“{{match}}” with no period"
explanation = "Say how long it is kept."
when = ["sample"]
when_anywhere = ["tissue bank"]
require = ["destroyed after"]
{extra}
"#
        ))
        .unwrap()
    };
    let pack = rule(r#"within = ["stored", "analysed"]"#);
    let linter = Linter::new(&only("sample-retention"), std::slice::from_ref(&pack)).unwrap();
    let found = |text: &str| -> Vec<String> {
        let report = linter.lint(text.as_bytes(), &LintOptions { format: Some(Format::Text), lang: "en".into() }).unwrap();
        report.findings.iter().map(|f| f.message.clone()).collect()
    };
    assert!(found("Volunteers may ask to see the sample leaflet.").is_empty(), "a mere mention");
    assert_eq!(found("The laboratory analysed each sample."), ["“sample” with no period"]);
    assert_eq!(found("A sample leaflet is printed. The tissue bank opens in May. Each sample is stored."), ["“tissue bank” with no period"]);
    assert!(found("Each sample is stored, and destroyed after a year.").is_empty());
    assert!(Linter::new(&only("sample-retention"), &[rule("")]).is_err(), "when_anywhere needs within");
    // A look-alike holds the topic word in another sense.
    let pack = rule("within = [\"stored\", \"analysed\"]\nexclude = [\"sample leaflet\"]");
    let linter = Linter::new(&only("sample-retention"), std::slice::from_ref(&pack)).unwrap();
    let report = linter.lint(b"Each sample leaflet is stored in the lobby.", &LintOptions { format: Some(Format::Text), lang: "en".into() }).unwrap();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn inline_directives_in_markdown_and_text() {
    let md = "The system will be audited periodically.\n\n<!-- raikit-disable vague-frequency -->\nThe model will be tested regularly.\n<!-- raikit-enable -->\n\nAccuracy will be checked from time to time.\n";
    let report = lint_with(md, &only("vague-frequency"), Format::Markdown);
    let lines: Vec<usize> = report.findings.iter().map(|f| f.range.start.line).collect();
    assert_eq!(lines, vec![1, 7]);
    let txt = "raikit-disable-next-line\nThe model will be tested regularly.\nThe system will be audited periodically.\n";
    let report = lint_with(txt, &only("vague-frequency"), Format::Text);
    assert_eq!(report.findings.iter().map(|f| f.range.start.line).collect::<Vec<_>>(), vec![3]);
    let all_off = "<!-- raikit-disable missing-principle -->\nHello there.";
    assert!(!rules_found(&lint_with(all_off, &Config::default(), Format::Markdown)).contains(&"missing-principle"));
}

#[test]
fn ranges_point_at_the_original_and_fixes_apply() {
    let src = "# Über\n\nThe agency should conduct an audit. 😀 The agency should document it.\n";
    let report = lint_with(src, &only("may-instead-of-must"), Format::Markdown);
    assert_eq!(report.findings.len(), 2);
    let f = &report.findings[1];
    assert_eq!(&src[f.range.byte.start..f.range.byte.end], "should");
    assert_eq!((f.range.start.line, f.range.start.column), (3, 50));
    let utf16: Vec<u16> = src.encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[f.range.utf16.start..f.range.utf16.end]).unwrap(), "should");
    let fixed = apply_fix(src, f).unwrap();
    assert!(fixed.contains("The agency must document it."));
    let mut stale = f.clone();
    stale.fix.as_mut().unwrap().range.byte.end = 10_000;
    assert!(apply_fix(src, &stale).is_err());
}

#[test]
fn modal_fix_agrees_with_its_subject() {
    // A plural subject needs the plural duty: « doivent », «deben», not « doit », «debe».
    let cases = [
        ("Les agents devraient vérifier chaque alerte. L'unité devrait tester le modèle.", Lang::Fr, ["Les agents doivent vérifier", "L'unité doit tester"]),
        ("Las alertas deberían ser revisadas por un agente. La unidad debería medir los errores.", Lang::Es, ["Las alertas deben ser revisadas", "La unidad debe medir"]),
        ("Officers should check each alert. The unit should test the model.", Lang::En, ["Officers must check", "The unit must test"]),
    ];
    for (src, lang, expected) in cases {
        let report = lint_in(src, &only("may-instead-of-must"), Format::Text, lang);
        assert_eq!(report.findings.len(), 2, "{src}");
        for (f, want) in report.findings.iter().zip(expected) {
            assert!(apply_fix(src, f).unwrap().contains(want), "{src}: {want}");
        }
    }
}

#[test]
fn html_entities_map_back_and_block_fixes() {
    let src = "<p>Images are kept indefinitely &amp; the agency should review them.</p>";
    let report = lint_with(src, &Config { rules: config::RulesConfig { select: vec!["open-ended-retention".into(), "may-instead-of-must".into()], ..Default::default() }, ..Default::default() }, Format::Html);
    let f = report.findings.iter().find(|f| f.rule == "open-ended-retention").unwrap();
    assert_eq!(&src[f.range.byte.start..f.range.byte.end], "indefinitely");
    let m = report.findings.iter().find(|f| f.rule == "may-instead-of-must").unwrap();
    assert_eq!(&src[m.range.byte.start..m.range.byte.end], "should");
    assert!(m.fix.is_some());
}

#[test]
fn report_shape_and_schema() {
    let report = lint(b"# Policy\n\nThe agency should conduct an audit.", &LintOptions::default()).unwrap();
    assert_eq!(report.schema, "raikit-lint/1");
    assert_eq!(report.format, "markdown");
    assert_eq!(report.coverage.len(), 17);
    let json = serde_json::to_value(&report).unwrap();
    let f = &json["findings"][0];
    for key in ["rule", "principle", "severity", "message", "explanation", "range", "suggestions", "fix"] {
        assert!(f.get(key).is_some(), "finding lacks {key}");
    }
    for key in ["byte", "utf16", "start", "end"] {
        assert!(f["range"].get(key).is_some(), "range lacks {key}");
    }
    assert_eq!(report.lang, "en");
}

fn arb_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "The agency ", "should ", "conduct ", "will be reviewed", ". ", "e.g. ", "(FRT) ", "FRT ", "<!-- raikit-disable -->", "\n\n",
        "# ", "- ", "&amp;", "&#x1F600;", "<p>", "</p>", "<script>", "😀", "é", "without human review", "not ", "indefinitely",
        "periodically", "\r\n", "\u{3000}", "\u{a0}", "x. ", "`code`", "**", "|a|b|\n|-|-|\n", "\u{feff}", "<", ">", "&", "...", "?", "Art. 5 ",
        "L'agence ", "devrait ", "ne ", "pas ", "n'est ", "qu'", "sera examiné", "sans ", "aucune ", "le cas échéant", "Œuvre ",
        "La unidad ", "debería ", "no ", "ningún ", "se revisarán ", "sin ", "según sea necesario", "Ñ", ", o ", "ÉTAT ", "CIC ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_ranges_are_valid(text in arb_text(), fmt in 0usize..3, lang in 0usize..3) {
        let format = [Format::Text, Format::Markdown, Format::Html][fmt];
        let lang = Lang::ALL[lang].code().into();
        let report = Linter::builtin().lint(text.as_bytes(), &LintOptions { format: Some(format), lang }).unwrap();
        let utf16_len = text.encode_utf16().count();
        let ranges = report.findings.iter().map(|f| f.range).chain(report.coverage.iter().flat_map(|c| c.evidence.iter().copied()));
        for r in ranges {
            prop_assert!(r.byte.start <= r.byte.end && r.byte.end <= text.len());
            prop_assert!(text.is_char_boundary(r.byte.start) && text.is_char_boundary(r.byte.end));
            prop_assert!(r.utf16.start <= r.utf16.end && r.utf16.end <= utf16_len);
            prop_assert_eq!(text[..r.byte.start].encode_utf16().count(), r.utf16.start);
        }
        for f in &report.findings {
            if f.fix.is_some() {
                prop_assert!(apply_fix(&text, f).is_ok());
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300), fmt in 0usize..4) {
        let format = [Format::Text, Format::Markdown, Format::Html, Format::Docx][fmt];
        let _ = Linter::builtin().lint(&bytes, &LintOptions { format: Some(format), lang: "auto".into() });
    }
}

#[test]
fn docs_list_every_rule() {
    let docs = include_str!("../../../../docs/rules.md");
    for r in Linter::builtin().rules() {
        assert!(docs.contains(&format!("### {}", r.id)), "docs/rules.md lacks a section for {} (regenerate it from the packs)", r.id);
    }
}

/// A pair met across two sentences of one section is weak evidence
/// (partial at most); across two sections it is nothing.
#[test]
fn section_level_pairs_are_partial_on_their_own() {
    let status = |text: &str| {
        let report = lint_with(text, &Config::default(), Format::Markdown);
        report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status
    };
    let same_section = "## Matches\n\nEach match goes to a human analyst. The review takes place before anyone is contacted.";
    assert_eq!(status(same_section), coverage::Status::Partial);
    let report = lint_with(same_section, &Config::default(), Format::Markdown);
    let evidence = &report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().evidence;
    assert_eq!(evidence.len(), 2, "both sentences are the evidence");
    let two_sections = "## Matches\n\nEach match goes to a human analyst.\n\n## Timing\n\nThe review takes place before anyone is contacted.";
    assert_eq!(status(two_sections), coverage::Status::Missing);
}

/// Definitions describe: an arrest named there sets no decision about people.
#[test]
fn definitions_raise_no_redress_finding() {
    let text = "## Definitions\n\nData bias: a model trained on past arrest reports repeats where officers patrolled.\n\n## Use\n\nAnalysts check each forecast.";
    let report = lint_with(text, &only("no-redress-route"), Format::Markdown);
    assert!(report.findings.iter().all(|f| f.rule != "no-redress-route"), "{:?}", report.findings);
    let used = "## Use\n\nMatches are used to arrest suspects.";
    assert!(lint_with(used, &only("no-redress-route"), Format::Markdown).findings.iter().any(|f| f.rule == "no-redress-route"));
}

/// A definition in running text describes: it covers nothing and raises
/// no personal-data topic, in each language.
#[test]
fn definitions_in_running_text_describe() {
    let cases: &[(Lang, &str, &str)] = &[
        (Lang::En, "(B) “Surveillance data” shall mean any data collected, retained or shared by a surveillance tool.", "autonomy.privacy"),
        (Lang::Fr, "Au sens du présent arrêté, on entend par « données » toute information collectée, conservée ou supprimée par le dispositif.", "autonomy.privacy"),
        (Lang::Fr, "« Données » désigne toute information collectée, conservée ou supprimée par le dispositif.", "autonomy.privacy"),
        (Lang::Es, "A efectos de esta orden, se entiende por «datos» toda información recogida, conservada o suprimida por el sistema.", "autonomy.privacy"),
    ];
    for &(lang, text, principle) in cases {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        let c = report.coverage.iter().find(|c| c.principle == principle).unwrap();
        assert_eq!(c.status, coverage::Status::Missing, "{text:?}");
    }
    // The items of a definition's list spell it out.
    let listed = "1. \"Annual report\" means a report that includes:\n\nA. the results of internal audits and the data deleted;\n\nB. complaints received.\n";
    let report = lint_with(listed, &Config::default(), Format::Text);
    for principle in ["governance.traceability", "autonomy.privacy", "fairness.redress"] {
        assert_eq!(report.coverage.iter().find(|c| c.principle == principle).unwrap().status, coverage::Status::Missing, "{principle}");
    }
    // The same words as a provision still count.
    let provision = lint_in("Surveillance data collected by the tool shall be deleted after 30 days.", &Config::default(), Format::Text, Lang::En);
    assert_ne!(provision.coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status, coverage::Status::Missing);
}

/// Face recognition named as one example among several ("tools such as
/// chatbots, facial recognition and translation") is a category's member,
/// not a use the text sets: the biometric rules stay quiet. One example, a
/// list that ends before the mention, or a stated use still raise them.
#[test]
fn an_example_in_a_list_raises_no_biometric_topic() {
    let raised = |lang: Lang, text: &str| {
        lint_in(text, &Config::default(), Format::Text, lang).findings.iter().any(|f| f.rule == "biometric-without-legal-basis")
    };
    for (lang, text) in [
        (Lang::En, "Artificial intelligence tools, including generative AI, facial recognition and licence plate readers, must be approved by the Chief Information Officer."),
        (Lang::En, "The guidance applies to systems such as chatbots, translation tools, facial recognition or predictive analytics."),
        (Lang::Fr, "Les outils tels que les agents conversationnels, la reconnaissance faciale et la traduction automatique sont inscrits au registre."),
        (Lang::Es, "Las herramientas, por ejemplo asistentes conversacionales, reconocimiento facial y traducción automática, figuran en el inventario."),
    ] {
        assert!(!raised(lang, text), "{text:?}");
    }
    for (lang, text) in [
        (Lang::En, "Investigators use tools such as facial recognition to identify suspects."),
        (Lang::En, "Tools such as chatbots and translation are allowed, and investigators use facial recognition to identify suspects."),
        (Lang::En, "Investigators use facial recognition, fingerprints and DNA to identify suspects."),
        (Lang::En, "Analysts may apply tools, including facial recognition, to the images, and should report any match."),
        (Lang::Fr, "Les enquêteurs recourent à la reconnaissance faciale pour identifier des suspects."),
    ] {
        assert!(raised(lang, text), "{text:?}");
    }
}

/// A principle word that describes a thing ("transparent bags", "a robust
/// slate roof", "privacy hedge") is a look-alike in every language; the same
/// word before a short word or a comma still counts.
#[test]
fn a_word_describing_a_thing_is_no_principle_term() {
    assert_addressed(&[
        (Lang::En, "Seized phones are sealed in transparent tamper-evident bags at the scene.", "autonomy.transparency", false),
        (Lang::En, "The estates team will replace the robust slate roof of the custody suite in spring.", "harm.robustness", false),
        (Lang::En, "Residents were given advice on planting a privacy hedge.", "autonomy.privacy", false),
        (Lang::Fr, "Les scellés sont placés dans des sacs transparents numérotés.", "autonomy.transparency", false),
        (Lang::Es, "Los objetos se guardan en bolsas transparentes precintadas.", "autonomy.transparency", false),
        (Lang::En, "The force must protect the privacy of vehicle owners whose plates are read.", "autonomy.privacy", true),
        (Lang::En, "The model must stay robust, and the vendor tests it against altered images every quarter.", "harm.robustness", true),
    ]);
}

/// Checking a tool's output is oversight whatever the output is called: an
/// officer who listens to a recording and corrects the transcript, or looks
/// at the evidence file before it is used; "correct predictions" is no check.
#[test]
fn people_checking_output_is_oversight() {
    assert_addressed(&[
        (Lang::En, "The interviewing officer must listen to the recording and correct the transcript before signing it.", "autonomy.oversight", true),
        (Lang::En, "A detective looks at every evidence file the tool has sorted before it is disclosed.", "autonomy.oversight", true),
        (Lang::En, "An investigator accepts or discards each tag the software suggests, and only accepted tags enter the exhibit record.", "autonomy.oversight", true),
        (Lang::En, "The share of correct predictions is published every month.", "autonomy.oversight", false),
    ]);
}

/// Wordings found missing on new passages (batches 10 and 11): a body
/// named for complaints is a route, a note or banner saying a draft was
/// machine-generated discloses, the needs of people with dementia are a
/// vulnerable group's, the share of flags found correct is accuracy, and
/// so on; choosing files to read is no check of output.
#[test]
fn newly_learned_wordings_count() {
    assert_addressed(&[
        (Lang::En, "Drivers may ask the Road Users Complaints Authority to look at any notice within 60 days.", "fairness.redress", true),
        (Lang::En, "The disclosure note sent to the defence says that the first draft of the summary was machine-generated.", "autonomy.transparency", true),
        (Lang::En, "Searches must take account of the needs of people with dementia.", "fairness.vulnerable", true),
        (Lang::En, "Each month the unit reports the share of alerts found correct to the board.", "harm.accuracy", true),
        (Lang::En, "Every summary opens with a banner stating that it was machine-generated.", "autonomy.transparency", true),
        (Lang::En, "An investigator reads every post the classifier places in the first band before any report is created.", "autonomy.oversight", true),
        (Lang::En, "The examiner must state in the report where the manual check and the detector disagree.", "autonomy.agency", true),
        (Lang::En, "The unit may switch on the analytics only during ticketed events.", "lawfulness.proportionality", true),
        (Lang::En, "Each enhanced image is exhibited with the software version and its settings.", "governance.traceability", true),
        (Lang::En, "The detector is tested every six months on clips that were re-encoded, cropped or overlaid with noise.", "harm.robustness", true),
        (Lang::En, "The tablet keeps no audio or text once the conversation ends.", "autonomy.privacy", true),
        (Lang::En, "The laboratory uses the enhancement software only to sharpen existing stills, never to create faces.", "lawfulness.proportionality", true),
        (Lang::En, "Analysts use the ranking to choose which files to read first.", "autonomy.oversight", false),
        (Lang::En, "No bias testing of the classifier has been carried out.", "fairness.nondiscrimination", false),
        (Lang::Fr, "L'opérateur de la salle accepte ou modifie le niveau proposé par le logiciel.", "autonomy.oversight", true),
        (Lang::Fr, "Un agent compare les deux clichés avant tout envoi de l'avis.", "autonomy.oversight", true),
        (Lang::Es, "El funcionario de guardia confirma cada lectura antes de abrir la puerta.", "autonomy.oversight", true),
        (Lang::Es, "Ninguna ficha se crea sin la decisión de un analista.", "autonomy.oversight", true),
        (Lang::Es, "Los conductores pueden pedir a la Oficina de Quejas de la Policía Portuaria que revise la lectura.", "fairness.redress", true),
        (Lang::Fr, "Les automobilistes peuvent écrire au Bureau des Réclamations de la police municipale.", "fairness.redress", true),
        (Lang::Fr, "La mairie n'active le comptage que pendant la fête de la ville, sur les caméras de la place.", "lawfulness.proportionality", true),
        (Lang::Es, "La Unidad solo aplica el clasificador en la zona del puerto.", "lawfulness.proportionality", true),
        (Lang::Fr, "Le titulaire du certificat peut former une requête en exonération dans les 45 jours.", "fairness.redress", true),
        (Lang::Es, "La notificación informa de que el titular puede presentar alegaciones.", "autonomy.transparency", true),
        (Lang::Fr, "Un contrôle de la qualité des rapprochements est réalisé chaque mois.", "harm.accuracy", true),
        (Lang::Es, "La unidad hará un control de calidad de las transcripciones cada mes.", "harm.accuracy", true),
        (Lang::En, "The Finance Board approved the new building budget on Monday.", "fairness.redress", false),
    ]);
}

/// Privacy has parts (retention, access, minimisation): two firm sentences
/// about retention alone make it partial; retention and access cover it.
#[test]
fn privacy_is_covered_by_two_of_its_parts() {
    let status = |text: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status
    };
    assert_eq!(status("Images must be deleted after 30 days. Alerts must be deleted after 90 days."), coverage::Status::Partial);
    assert_eq!(status("Images must be deleted after 30 days, and only trained analysts may view them."), coverage::Status::Covered);
    // Retention counts as a part when it has a limit (a period, a trigger, deletion).
    assert_eq!(status("Clips are retained, and access to them is managed by the Records Unit."), coverage::Status::Partial);
    assert_eq!(status("Clips are retained for 60 days, and access to them is managed by the Records Unit."), coverage::Status::Covered);
    assert_eq!(status("Clips are kept for 60 days; only the Records Unit can open them."), coverage::Status::Covered);
}

/// Barring personal use ("only for official business") limits who the tool
/// serves, not how far it intrudes: it is no proportionality limit.
#[test]
fn official_business_only_is_not_a_limit_on_intrusion() {
    let status = |text: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == "lawfulness.proportionality").unwrap().status
    };
    assert_eq!(status("Body cameras may be used only for official business."), coverage::Status::Missing);
    assert_eq!(status("Department drones are for official use only."), coverage::Status::Missing);
    assert_ne!(status("The drone may be used only to search for missing people or in pursuit of a violent felony."), coverage::Status::Missing);
}

/// A negation inside a relative clause negates that clause only: "posts
/// that lead to no crime report are deleted" are deleted, so retention is
/// stated; "no images that are flagged are deleted" still denies it.
#[test]
fn a_negation_in_a_relative_clause_stays_there() {
    let retention = |text: &str| {
        let report = lint_with(text, &only("personal-data-retention"), Format::Text);
        report.findings.iter().any(|f| f.rule == "personal-data-retention")
    };
    assert!(!retention("Officers search public posts flagged by the classifier. Posts that lead to no crime report are deleted after 90 days."));
    assert!(!retention("Officers search images captured by the drone. Images that are not flagged are deleted after 30 days."));
    let privacy = |text: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status
    };
    assert_eq!(privacy("No images that are flagged are deleted."), coverage::Status::Missing);
    assert_eq!(privacy("Data that is not needed is not deleted."), coverage::Status::Missing);
}

/// A gate ("until", "unless") opens the condition a negation waits on:
/// "the draft is not final until the sergeant has checked it" requires the
/// check. And "with no" governs a noun phrase like "without": "clips with
/// no value are erased after 30 days" are erased.
#[test]
fn a_gate_and_with_no_end_a_negation() {
    let findings_in = |text: &str, rule: &str, lang: Lang| {
        let report = lint_in(text, &only(rule), Format::Text, lang);
        report.findings.iter().filter(|f| f.rule == rule).count()
    };
    let findings = |text: &str, rule: &str| findings_in(text, rule, Lang::En);
    let automated = "automated-decision-without-review";
    assert_eq!(findings("The tool drafts a summary of each call and closes the report. A summary does not go on file until the shift sergeant has checked it.", automated), 0);
    assert_eq!(findings("The tool drafts a summary of each call and closes the report. No sergeant checks the summary.", automated), 1);
    assert_eq!(findings_in("L'outil rédige le résumé et classe le signalement. Le résumé n'est pas versé au dossier tant que le chef de poste ne l'a pas vérifié.", automated, Lang::Fr), 0);
    let retention = "personal-data-retention";
    assert_eq!(findings("Staff review the drone footage after each flight. Clips with no value to a case are wiped after 30 days.", retention), 0);
    assert_eq!(findings("Staff review the drone footage after each flight. No clip is ever wiped.", retention), 1);
    // "with no human review" still negates the review.
    assert_eq!(findings("The system issues penalty notices with no human review.", automated), 1);
}

/// Look-alikes read from the validation batch, in our own words: a service's
/// needs are no necessity, areas are not vulnerable people, a record of
/// processing or a register of people is no log, a chatbot answering
/// questions answers for nothing, a sample drawn at random is no person's
/// choice; and a Spanish negative word before its own verb negates it
/// («nunca ha sido auditada») even after an earlier «no».
#[test]
fn look_alikes_from_the_validation_batch() {
    assert_addressed(&[
        (Lang::Es, "Las cámaras móviles podrán instalarse según las necesidades del servicio.", "lawfulness.necessity", false),
        (Lang::Es, "Se buscará que el mapa no concentre las patrullas en barrios vulnerables.", "fairness.vulnerable", false),
        (Lang::Fr, "Les usagers vulnérables aux fortes chaleurs attendront dans la salle climatisée.", "fairness.vulnerable", false),
        (Lang::Fr, "Le registre des traitements est tenu à jour par la déléguée à la protection des données.", "governance.traceability", false),
        (Lang::Fr, "L'agent conversationnel de la mairie répond aux questions des usagers le soir.", "governance.accountability", false),
        (Lang::Es, "No se guarda ningún registro de las consultas, no se avisa a los vecinos y el sistema nunca ha sido auditado.", "governance.traceability", false),
        (Lang::Es, "Cada consulta queda en un registro de auditoría con el usuario y la hora.", "governance.traceability", true),
    ]);
}

/// English look-alikes read from the validation batch: a comma splits a
/// term into list items ("officer, time and place" is no "officer time"), a
/// naming word that describes a thing names nothing, a person's history is
/// no log, an accessibility auditor audits no logs, and a record "is saved"
/// saves no money.
#[test]
fn english_look_alikes_from_the_validation_batch() {
    let status = |text: &str, principle: &str| {
        let report = lint_with(text, &Config::default(), Format::Text);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    let missing = coverage::Status::Missing;
    assert_eq!(status("The handheld logs each check with the officer, time, place and result.", "harm.efficiency"), missing);
    assert_ne!(status("Each quarter the unit must report the officer time saved against the licence cost.", "harm.efficiency"), missing);
    assert_eq!(status("The new cells have transparent acrylic doors.", "autonomy.transparency"), missing);
    assert_eq!(status("The heat map holds no names, criminal histories or ages.", "governance.traceability"), missing);
    assert_eq!(status("The web form is checked every year by an external accessibility auditor.", "governance.traceability"), missing);
    assert_eq!(status("The drafting tool stays locked until the officer's statement is saved.", "harm.efficiency"), missing);
}

/// What a system is for sets no limit on its use: "the purpose of the
/// system is to detect serious crime" is no proportionality, while "may be
/// used only to investigate serious crime" is.
#[test]
fn a_purpose_statement_is_no_limit() {
    let status = |text: &str| {
        let report = lint_with(text, &Config::default(), Format::Text);
        report.coverage.iter().find(|c| c.principle == "lawfulness.proportionality").unwrap().status
    };
    assert_eq!(status("The purpose of the tool is to help detectives detect serious crime sooner."), coverage::Status::Missing);
    assert_eq!(status("The camera network helps the council tackle crime in the high street."), coverage::Status::Missing);
    assert_ne!(status("The tool may be used only to investigate serious crime."), coverage::Status::Missing);
}

/// A person who reviews flagged clips or photographs, or reads a generated
/// narrative, checks the tool's output (oversight).
#[test]
fn reviewing_clips_and_narratives_is_oversight() {
    let status = |text: &str| {
        let report = lint_with(text, &Config::default(), Format::Text);
        report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status
    };
    assert_ne!(status("Each officer must read every narrative the tool drafts before it is filed."), coverage::Status::Missing);
    assert_ne!(status("Clips the search flags are reviewed by the duty supervisor within two days."), coverage::Status::Missing);
    assert_eq!(status("The finance team will compare the licence cost with the interpreter hours saved."), coverage::Status::Missing);
}

/// Announcing each use on social media, or listing recipients in the annual
/// report, discloses the use (transparency); watching social media does not.
#[test]
fn announcing_on_social_media_is_transparency() {
    let status = |text: &str| {
        let report = lint_with(text, &Config::default(), Format::Text);
        report.coverage.iter().find(|c| c.principle == "autonomy.transparency").unwrap().status
    };
    assert_ne!(status("The drone team announces every deployment on the council's social media pages within an hour."), coverage::Status::Missing);
    assert_ne!(status("The chief must list every partner that receives plate data in the annual report."), coverage::Status::Missing);
    assert_eq!(status("Analysts watch social media for threats to the parade."), coverage::Status::Missing);
}

/// A law's own name is a citation: «conforme al artículo 40 del Código
/// Procesal de Varela» and « en application du Code de la sécurité
/// intérieure » name a legal basis, as "Act" and "Code" do in English.
#[test]
fn a_law_named_in_full_is_a_legal_basis() {
    let status = |text: &str, lang: Lang| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().find(|c| c.principle == "lawfulness.legitimacy").unwrap().status
    };
    assert_ne!(status("La unidad solo podrá cotejar imágenes conforme al artículo 40 del Código Procesal de Varela.", Lang::Es), coverage::Status::Missing);
    assert_ne!(status("La surveillance est mise en œuvre en application du Code de la sécurité intérieure.", Lang::Fr), coverage::Status::Missing);
}

/// "Never used on anyone under 18" excludes children (an age limit counts
/// negated), and records that "can be read only by" a team state access.
#[test]
fn age_limits_and_readers_count() {
    let status = |text: &str, principle: &str| {
        let report = lint_with(text, &Config::default(), Format::Text);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    assert_ne!(status("The scanner is never used on anyone who seems to be under 18.", "fairness.vulnerable"), coverage::Status::Missing);
    assert_ne!(status("Lab profiles can be read only by the case team.", "autonomy.privacy"), coverage::Status::Missing);
}

/// A tool that "stops responding" is a failure a fallback answers
/// (robustness), and a debrief with a welfare officer cares for staff
/// (wellbeing).
#[test]
fn a_stalled_tool_and_a_welfare_debrief() {
    let status = |text: &str, principle: &str| {
        let report = lint_with(text, &Config::default(), Format::Text);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    assert_ne!(status("If the transcriber stops responding, operators revert to typing notes by hand.", "harm.robustness"), coverage::Status::Missing);
    assert_ne!(status("Handlers who hear a distressing call are offered a debrief with the welfare lead.", "harm.wellbeing"), coverage::Status::Missing);
}

/// Telling a person « qu'un outil » took part discloses the tool's use
/// (transparency); telling a supervisor of a fault does not.
#[test]
fn telling_someone_a_tool_took_part_is_transparency() {
    let status = |text: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::Fr);
        report.coverage.iter().find(|c| c.principle == "autonomy.transparency").unwrap().status
    };
    assert_ne!(status("L'enquêteur informe par courrier le déclarant qu'un logiciel a aidé à trier sa demande."), coverage::Status::Missing);
    assert_eq!(status("L'opérateur informe le chef de salle de toute panne du logiciel."), coverage::Status::Missing);
}

/// A Spanish report whose header warns that an automated system drafted it
/// discloses the tool (transparency), and an «instructor» who checks the
/// «borrador» checks the tool's output (oversight).
#[test]
fn a_spanish_header_notice_and_a_checked_draft() {
    let status = |text: &str, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::Es);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    assert_ne!(status("Cada informe advierte en la primera línea que lo preparó un sistema automatizado.", "autonomy.transparency"), coverage::Status::Missing);
    assert_ne!(status("La instructora revisa el borrador entero antes de firmarlo.", "autonomy.oversight"), coverage::Status::Missing);
}

/// An item can introduce items of its own: they take its commitment.
#[test]
fn nested_items_take_their_item_lead_in() {
    let status = |text: &str| {
        let report = lint_with(text, &Config::default(), Format::Markdown);
        report.coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status
    };
    assert_eq!(status("## Images\n\n- Analysts must:\n  - delete unused images promptly and let only analysts view them.\n"), coverage::Status::Covered);
    assert_eq!(status("## Images\n\n- Analysts:\n  - delete unused images promptly and let only analysts view them.\n"), coverage::Status::Partial);
    // Under advice, a nested "must" stays advice.
    assert_eq!(status("Forces should make sure that:\n\n- analysts must:\n  - delete unused images promptly.\n"), coverage::Status::Partial);
}

/// An instruction or a permission limited by "only" binds like "must".
#[test]
fn instructions_commit() {
    let cases: &[(Lang, &str)] = &[
        (Lang::En, "3. Review all output for accuracy before you use it."),
        (Lang::Fr, "Vérifier chaque résultat pour en contrôler l'exactitude avant usage."),
        (Lang::Es, "Revise cada resultado para comprobar su exactitud antes de usarlo."),
    ];
    for &(lang, text) in cases {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        assert_eq!(report.coverage.iter().find(|c| c.principle == "harm.accuracy").unwrap().status, coverage::Status::Covered, "{text:?}");
    }
    // A permission limited by "only" binds too.
    for (lang, text) in [
        (Lang::En, "The tool may only be used to investigate violent felonies."),
        (Lang::Es, "El sistema solo podrá utilizarse para investigar delitos graves."),
        (Lang::Fr, "Le dispositif ne peut être utilisé que pour détecter les véhicules à contresens."),
    ] {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        assert_eq!(report.coverage.iter().find(|c| c.principle == "lawfulness.proportionality").unwrap().status, coverage::Status::Covered, "{text:?}");
    }
    // "will be" binds in every language; "would be" does not.
    for (lang, text, status) in [
        (Lang::Es, "Cada alerta será revisada por un agente.", coverage::Status::Covered),
        (Lang::Es, "Cada alerta sería revisada por un agente.", coverage::Status::Partial),
        (Lang::Fr, "Chaque alerte sera vérifiée par un opérateur.", coverage::Status::Covered),
    ] {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        assert_eq!(report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status, status, "{text:?}");
    }
    // An adverb before the verb, and verbs in a row, still instruct; fact
    // checking the tool's text is the human check.
    let report = lint_in("3. Carefully review, verify, and fact check through two sources the text that the assistant writes.", &Config::default(), Format::Text, Lang::En);
    assert_eq!(report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status, coverage::Status::Covered);
    let report = lint_in("3. Fact checkers of the press read the text that the assistant writes.", &Config::default(), Format::Text, Lang::En);
    assert_eq!(report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status, coverage::Status::Missing);
    // A noun that opens a statement is no instruction.
    let report = lint_in("Review of accuracy takes place after the pilot.", &Config::default(), Format::Text, Lang::En);
    assert_eq!(report.coverage.iter().find(|c| c.principle == "harm.accuracy").unwrap().status, coverage::Status::Partial);
}

/// Recitals give reasons: their "should" weakens no duty.
#[test]
fn weak_wording_rules_skip_recitals() {
    let report = lint_with("The City Council finds that the cost of each camera should be considered in public.", &Config::default(), Format::Text);
    assert!(report.findings.iter().all(|f| f.rule != "may-instead-of-must" && f.rule != "passive-duty"), "{:?}", report.findings);
}

/// A heading names a subject: its wording weakens no duty.
#[test]
fn weak_wording_rules_skip_headings() {
    let report = lint_with("## Testing, when required\n\nThe unit must test the tool every year.", &Config::default(), Format::Markdown);
    assert!(report.findings.iter().all(|f| f.rule != "hedged-obligation"), "{:?}", report.findings);
    let report = lint_with("The unit will test the tool when required.", &Config::default(), Format::Markdown);
    assert!(report.findings.iter().any(|f| f.rule == "hedged-obligation"));
}

/// A table of contents pasted as text names sections; it provides nothing.
#[test]
fn table_of_contents_entries_are_context() {
    let text = "Contents\n\nSign off\n\n4\n\nPrivacy Solutions\n\n12\n\nPurpose\n\nThe tool helps analysts compare images.\n";
    let report = lint_with(text, &Config::default(), Format::Text);
    for principle in ["governance.accountability", "autonomy.privacy"] {
        let c = report.coverage.iter().find(|c| c.principle == principle).unwrap();
        assert_eq!(c.status, coverage::Status::Missing, "{principle}");
    }
    // The same heading over a provision still names its principle.
    let report = lint_with("Sign off\n\nThe Chief Constable signs off each deployment.\n", &Config::default(), Format::Text);
    let c = report.coverage.iter().find(|c| c.principle == "governance.accountability").unwrap();
    assert_ne!(c.status, coverage::Status::Missing);
}

/// Face recognition named only as an example in definitions is no use; a
/// policy titled for it still is.
#[test]
fn biometric_rules_need_more_than_a_definition() {
    let biometric = |text: &str| {
        let report = lint_with(text, &Config::default(), Format::Markdown);
        report.findings.iter().filter(|f| f.rule.starts_with("biometric")).count()
    };
    assert_eq!(biometric("## Definitions\n\nAI system: software such as facial recognition or a chatbot.\n\n## Use\n\nStaff use the chatbot to draft letters."), 0);
    assert_eq!(biometric("# Facial Recognition Policy\n\n## Definitions\n\nFRT: facial recognition technology.\n\n## Use\n\nAnalysts run FRT searches on custody images."), 3);
}

/// Recitals and their lists give reasons: they raise no topic.
#[test]
fn recitals_raise_no_biometric_topic() {
    let text = "WHEREAS, the Council finds that:\n\n- face recognition misidentifies people;\n- cameras intrude on privacy.\n\nNOW, THEREFORE, the Council resolves that all data is deleted after 30 days.";
    let report = lint_with(text, &Config::default(), Format::Markdown);
    assert!(report.findings.iter().all(|f| !f.rule.starts_with("biometric")), "{:?}", report.findings);
}

/// A quoted question sets no use ("The councillor asked: \"Is the face
/// matching tool in use?\""); an FAQ entry, in the text's own voice,
/// still raises its topic.
#[test]
fn questions_raise_no_topic() {
    let text = "The councillor asked: \"Is the face matching tool already in use at the stadium? Who may see the stored images?\"";
    let report = lint_with(text, &Config::default(), Format::Text);
    assert!(report.findings.iter().all(|f| !f.rule.starts_with("biometric") && !f.rule.starts_with("personal-data")), "{:?}", report.findings);
    let text = "La vecina pide: «1. ¿Existe un informe? 2. ¿Se ha evaluado el impacto del sistema de identificación facial de la estación?»";
    let report = lint_in(text, &Config::default(), Format::Text, Lang::Es);
    assert!(report.findings.iter().all(|f| !f.rule.starts_with("biometric")), "{:?}", report.findings);
    let text = "Is the tool in use? Yes: analysts run face matching on custody images.";
    let report = lint_with(text, &Config::default(), Format::Text);
    assert!(report.findings.iter().any(|f| f.rule.starts_with("biometric")), "the answer sets the use");
    // Nor does a quoted question provide what it asks about.
    let wellbeing = |text: &str| lint_with(text, &Config::default(), Format::Text).coverage.iter().find(|c| c.principle == "harm.wellbeing").unwrap().status;
    let question = "Has an impact assessment of the effect on residents and community wellbeing been made?";
    assert_ne!(wellbeing(question), coverage::Status::Missing, "in the text's own voice it names the topic");
    assert_eq!(wellbeing(&format!("The councillor asked: \"{question}\"")), coverage::Status::Missing);
    // An FAQ entry: its answer speaks of the same topic.
    let text = "¿Cuánto tiempo se guardan las imágenes de las cámaras? Lo que dure la investigación.";
    let report = lint_in(text, &Config::default(), Format::Text, Lang::Es);
    assert!(report.findings.iter().any(|f| f.rule == "personal-data-access-control"), "{:?}", report.findings);
}

/// A negation before a comma reaches the items of the list it governs.
#[test]
fn negation_reaches_into_a_list() {
    let text = "The tool shall not ingest arrest data, stop-and-search records or any information about individuals.";
    let report = lint_with(text, &only("no-redress-route"), Format::Text);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    let text = "The tool does not keep images, and officers arrest suspects on its alerts.";
    let report = lint_with(text, &only("no-redress-route"), Format::Text);
    assert_eq!(report.findings.len(), 1, "a new clause after the comma is not negated");
}

/// A pair of word classes ("examiner|investigator" with "verify|confirm")
/// counts in one sentence, but not across the sentences of a section.
#[test]
fn word_class_pairs_count_within_a_sentence_only() {
    let status = |text: &str| {
        let report = lint_with(text, &Config::default(), Format::Markdown);
        report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status
    };
    assert_ne!(status("## Matches\n\nAn examiner must confirm each candidate before it is passed on."), coverage::Status::Missing);
    assert_eq!(status("## Matches\n\nEach candidate goes to the examiner. Its owner must confirm the address."), coverage::Status::Missing);
}

/// Concepts: a person, a checking verb and an output in one sentence are
/// oversight in any wording and language; negated, they are nothing.
#[test]
fn concepts_find_oversight_in_new_wording() {
    let oversight = |text: &str, lang: Lang| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status
    };
    assert_eq!(oversight("A caseworker must approve every flagged transcript before it is used.", Lang::En), coverage::Status::Covered);
    assert_eq!(oversight("Transcripts will not be approved by any caseworker before use.", Lang::En), coverage::Status::Missing);
    assert_eq!(oversight("Un analyste doit valider chaque alerte.", Lang::Fr), coverage::Status::Covered);
    assert_eq!(oversight("Aucun analyste ne validera les alertes.", Lang::Fr), coverage::Status::Missing);
    assert_eq!(oversight("Un analista debe validar cada alerta.", Lang::Es), coverage::Status::Covered);
    assert_eq!(oversight("Ningún analista validará las alertas.", Lang::Es), coverage::Status::Missing);
}

/// A denied class counts only negated: a tool that "never closes a case"
/// leaves the decision to a person, in any language; a tool that decides,
/// or a use that is barred ("must not be used to grade"), says nothing of
/// oversight.
#[test]
fn a_tool_that_never_decides_leaves_the_decision_to_a_person() {
    let oversight = |text: &str, lang: Lang| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status
    };
    assert_eq!(oversight("The triage model never closes or downgrades a report.", Lang::En), coverage::Status::Partial);
    assert_eq!(oversight("The triage model closes low-value reports.", Lang::En), coverage::Status::Missing);
    assert_eq!(oversight("The chatbot must not be used to grade emergency calls.", Lang::En), coverage::Status::Missing);
    assert_eq!(oversight("AI tools must not be used to make decisions about individuals.", Lang::En), coverage::Status::Covered);
    assert_eq!(oversight("Do not use AI to make decisions about people.", Lang::En), coverage::Status::Covered);
    assert_eq!(oversight("The scoring tool is used to make decisions about bail.", Lang::En), coverage::Status::Missing);
    assert_eq!(oversight("Le logiciel ne clôt aucune plainte.", Lang::Fr), coverage::Status::Partial);
    assert_eq!(oversight("Le logiciel clôt les plaintes sans suite.", Lang::Fr), coverage::Status::Missing);
    assert_eq!(oversight("La herramienta no archiva ninguna denuncia.", Lang::Es), coverage::Status::Partial);
    assert_eq!(oversight("La herramienta archiva las denuncias.", Lang::Es), coverage::Status::Missing);
}

/// A ban on putting data into an AI tool is data minimisation, in any
/// language: the negation belongs to the denied verb, not to the data or the
/// tool after it. Entering data, or « saisir des données » (which is not
/// « saisir » an authority), is neither privacy nor redress.
#[test]
fn a_ban_on_entering_data_into_ai_tools_is_minimisation() {
    let statuses = |text: &str, lang: Lang| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().filter(|c| c.status != coverage::Status::Missing).map(|c| c.principle.clone()).collect::<Vec<_>>()
    };
    assert_eq!(statuses("Staff must never upload case files or names to a public chatbot.", Lang::En), ["autonomy.privacy"]);
    assert_eq!(statuses("Staff upload case files to the chatbot each morning.", Lang::En), Vec::<String>::new());
    assert_eq!(statuses("Il est interdit de saisir des données personnelles dans un agent conversationnel.", Lang::Fr), ["autonomy.privacy"]);
    assert_eq!(statuses("Los agentes no deben introducir datos personales en herramientas de inteligencia artificial.", Lang::Es), ["autonomy.privacy"]);
}

/// A ban on basing use on a protected ground speaks to non-discrimination,
/// however it is negated; basing use on one is no safeguard at all.
#[test]
fn a_ban_on_using_protected_grounds_is_about_discrimination() {
    let nondiscrimination = |text: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == "fairness.nondiscrimination").unwrap().status
    };
    assert_ne!(nondiscrimination("Searches must never be based on a person's religion or sexual orientation."), coverage::Status::Missing);
    assert_ne!(nondiscrimination("The system must not be used to discriminate against any group."), coverage::Status::Missing);
    assert_eq!(nondiscrimination("Patrol routes are chosen because of the new ring road."), coverage::Status::Missing);
}

/// The public's right to a copy of footage that shows them, and a notice
/// that a tool was used, are disclosure in any language.
#[test]
fn copies_on_request_and_notices_of_use_are_disclosure() {
    let transparency = |text: &str, lang: Lang| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().find(|c| c.principle == "autonomy.transparency").unwrap().status
    };
    assert_eq!(transparency("Residents may request a copy of any recording in which they appear.", Lang::En), coverage::Status::Partial);
    assert_eq!(transparency("Investigators may request a copy of the recording from the control room.", Lang::En), coverage::Status::Missing);
    assert_eq!(transparency("The decision letter tells the applicant that a scoring tool was used.", Lang::En), coverage::Status::Partial);
    assert_eq!(transparency("The supplier informs the board whenever the system produced errors.", Lang::En), coverage::Status::Missing);
    assert_eq!(transparency("Toute personne filmée peut obtenir une copie des images.", Lang::Fr), coverage::Status::Partial);
}

/// A word that stems like a word of another class would satisfy both: the
/// linter refuses such a concept instead of matching every sentence with it.
#[test]
fn concept_classes_must_not_share_a_stem() {
    let mut spec = builtin_packs().into_iter().flat_map(|p| p.principle).next().expect("a principle");
    spec.concepts = vec![vec!["review|audit".into(), "reviewed".into()]];
    let pack = RulePack { name: "local".into(), principle: vec![spec], ..RulePack::default() };
    let err = Linter::new(&Config::default(), &[pack]).err().expect("rejected");
    assert!(err.to_string().contains("`reviewed` in class 2 stems like a word of class 1"), "{err}");
}

/// The nearest plain negation decides: a second one earlier in the clause
/// does not cancel it ("keeps no record and is not audited"), unless the
/// nearer cue is a preposition ("no decision without review") or a
/// relative clause stands between ("no stop on an alert that has not been
/// confirmed"). « sans aucun » and «sin que ningún» are one negation.
#[test]
fn nearest_negation_decides() {
    let status = |text: &str, lang: Lang, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    assert_eq!(status("The chatbot keeps no record of conversations and is not audited.", Lang::En, "governance.traceability"), coverage::Status::Missing);
    assert_eq!(status("It neither stores nor logs searches by user.", Lang::En, "governance.traceability"), coverage::Status::Missing);
    assert_ne!(status("No decision is made without human review.", Lang::En, "autonomy.oversight"), coverage::Status::Missing);
    assert_ne!(status("No action is taken on a match that has not been confirmed by an officer.", Lang::En, "autonomy.oversight"), coverage::Status::Missing);
    assert_eq!(status("Les alertes sont transmises sans aucun contrôle humain.", Lang::Fr, "autonomy.oversight"), coverage::Status::Missing);
    assert_eq!(status("La multa se envía sin que ningún agente la revise.", Lang::Es, "autonomy.oversight"), coverage::Status::Missing);
    assert_ne!(status("Bajo ninguna circunstancia se decidirá una detención sin que un agente haya revisado antes la coincidencia.", Lang::Es, "autonomy.oversight"), coverage::Status::Missing);
    // A negating preposition governs its noun phrase, not the verb after it.
    assert_ne!(status("Las imágenes sin incidentes se borran a los siete días.", Lang::Es, "autonomy.privacy"), coverage::Status::Missing);
    assert_ne!(status("Images without incidents are deleted after seven days.", Lang::En, "autonomy.privacy"), coverage::Status::Missing);
    assert_eq!(status("Las multas se envían sin que se revisen.", Lang::Es, "autonomy.oversight"), coverage::Status::Missing);
    // The system does nothing on its own; a person studies and decides.
    assert_ne!(status("El sistema no suspende ni sanciona a nadie por sí mismo: cada expediente lo estudia un abogado.", Lang::Es, "autonomy.oversight"), coverage::Status::Missing);
    assert_ne!(status("Los mandos podrán apartarse de la recomendación dejando constancia del motivo.", Lang::Es, "autonomy.oversight"), coverage::Status::Missing);
}

/// A list's lead-in decides what its items commit to ("Personnel shall
/// not: - search on the basis of race, …"), short items included; a
/// value statement that only names a principle weighs like a heading; a
/// list of protected characteristics is no evidence of access needs.
#[test]
fn lead_ins_values_and_protected_grounds() {
    let status = |text: &str, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Markdown, Lang::En);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    use coverage::Status::{Covered, Missing, Partial};
    let listed = "Personnel shall not request a search based solely on:\n\n- religious or political views;\n- race, ethnicity, disability or sexual orientation.\n";
    assert_eq!(status(listed, "fairness.nondiscrimination"), Covered);
    assert_eq!(status(listed, "fairness.accessibility"), Missing);
    // Items kept as paragraphs ("a. …", as plain text and converted PDFs
    // have them) are items too; a paragraph that is no item ends the list.
    let lettered = "Personnel shall not request a search based solely on:\n\na. religious or political views;\n\nb. race, ethnicity, disability or sexual orientation.\n";
    assert_eq!(status(lettered, "fairness.nondiscrimination"), Covered);
    let after = "Personnel shall not request a search based solely on:\n\na. religious views.\n\nThe unit reports race and ethnicity figures.\n";
    assert_eq!(status(after, "fairness.nondiscrimination"), Partial);
    // A sentence that spells out advice advises too.
    let spelled = "Officers should give notice of each deployment. This may involve posting a notice on the city website 14 days before.\n";
    assert_eq!(status(spelled, "autonomy.transparency"), Partial);
    let advised = "Forces should:\n\n- compare error rates across ethnic groups every year.\n";
    assert_eq!(status(advised, "fairness.nondiscrimination"), Partial);
    assert_eq!(status("The tool shall be used while respecting the privacy of the public.", "autonomy.privacy"), Partial);
    assert_eq!(status("Footage shall be deleted after 31 days and viewed only by the evidence team, respecting the privacy of the public.", "autonomy.privacy"), Covered);
}

/// A table cell states a measure without its verb: a hedge or a vague
/// period in it is weak wording all the same, and a three-letter cell
/// ("TBC") is an acronym, where a capitalised header ("RISK") is not.
#[test]
fn table_cells_are_content() {
    let table = "| Risk | Safeguard | Owner |\n|---|---|---|\n| Wrong match | Human review where appropriate | TBC |\n| Old images | Regular deletion | RECORDS |\n";
    let report = lint_in(table, &Config::default(), Format::Markdown, Lang::En);
    let found = rules_found(&report);
    assert!(found.contains(&"hedged-obligation"), "{found:?}");
    assert!(found.contains(&"undefined-acronym"), "{found:?}");
    assert!(report.findings.iter().filter(|f| f.rule == "undefined-acronym").all(|f| f.message.contains("TBC")), "{:?}", report.findings);
}

/// Generic compliance only names legitimacy, and the legal-basis finding
/// agrees with the coverage report either way; a recital citing a law is
/// the legal basis of the text.
#[test]
fn legitimacy_and_its_finding_agree() {
    let check = |text: &str, lang: Lang| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        let status = report.coverage.iter().find(|c| c.principle == "lawfulness.legitimacy").unwrap().status;
        (status, report.findings.iter().any(|f| f.rule == "biometric-without-legal-basis"))
    };
    use coverage::Status::{Covered, Partial};
    assert_eq!(check("The Department will use facial recognition in accordance with all applicable laws.", Lang::En), (Partial, true));
    assert_eq!(check("Facial recognition is used. Officers must comply with the Surveillance Camera Code.", Lang::En), (Covered, false));
    assert_eq!(check("VISTOS los artículos 21 y 34 de la Ley Orgánica de la Policía Estatal.\n\nLa Secretaría usará el reconocimiento facial.", Lang::Es).0, Covered);
}

/// A period written in words is as checkable as one in digits: « un mois
/// glissant » makes a present-tense retention rule strong.
#[test]
fn a_period_in_words_is_a_figure() {
    let status = |text: &str, lang: Lang| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status
    };
    use coverage::Status::{Covered, Partial};
    assert_eq!(status("La durée de conservation des images est d'un mois glissant et seuls les agents habilités y ont accès.", Lang::Fr), Covered);
    assert_eq!(status("La durée de conservation des images est courte et seuls les agents habilités y ont accès.", Lang::Fr), Partial);
    assert_eq!(status("Footage is deleted after thirty days and viewed only by the evidence team.", Lang::En), Covered);
    assert_eq!(status("Las grabaciones se conservan seis meses y solo acceden a ellas los agentes autorizados.", Lang::Es), Covered);
}

/// Hedges that touch ("will try to respond within a reasonable time") are
/// one weak phrase; hedges apart in a sentence are two.
#[test]
fn hedges_that_touch_report_once() {
    let hedges = |text: &str, lang: Lang| lint_in(text, &only("hedged-obligation"), Format::Text, lang).findings.len();
    assert_eq!(hedges("The force will try to respond within a reasonable time.", Lang::En), 1);
    assert_eq!(hedges("The vendor will, where possible, report errors as needed.", Lang::En), 1);
    assert_eq!(hedges("La Dirección procurará que exista una persona responsable del uso del sistema en la medida de lo posible.", Lang::Es), 2);
}

/// A negation answered by a gate word later in the sentence ("until",
/// «hasta», « tant que ») restricts rather than denies, so coverage counts
/// what it restricts; "before" stays temporal ("no officer looks at them
/// before they are sent" is still no review).
#[test]
fn a_gated_negation_is_a_restriction() {
    assert_addressed(&[
        (Lang::En, "No new version of the model goes live until the Board has approved it.", "harm.robustness", true),
        (Lang::En, "No new version of the model goes live.", "harm.robustness", false),
        (Lang::En, "Penalty notices are posted directly; no officer looks at them before they are sent.", "autonomy.oversight", false),
        (Lang::Es, "Ninguna versión nueva del modelo se instala hasta que la Dirección dé su aprobación.", "harm.robustness", true),
    ]);
}

/// Words of a multi-word name («Ley de Seguridad Pública», "Public
/// Protection Unit") are not concept words; a body ("Council") and a
/// numbered citation ("Section 9") still count.
#[test]
fn names_are_not_concept_words() {
    let addressed = |text: &str, lang: Lang, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status != coverage::Status::Missing
    };
    assert!(!addressed("La Secretaría de Seguridad Ciudadana aplica la Ley de Seguridad Pública del Estado.", Lang::Es, "autonomy.transparency"));
    assert!(addressed("La Secretaría informará a la ciudadanía en su página web.", Lang::Es, "autonomy.transparency"));
    assert!(addressed("This order is issued under Section 9 of Resolution 2026-31 of the Board of Supervisors.", Lang::En, "lawfulness.legitimacy"));
}

/// A negated human check where the output acts on someone is an automated
/// decision; a negated check elsewhere, or a required one, is not.
#[test]
fn negated_human_check_is_an_automated_decision() {
    let flagged = |text: &str, lang: Lang| {
        let report = lint_in(text, &only("automated-decision-without-review"), Format::Text, lang);
        !report.findings.is_empty()
    };
    assert!(flagged("The reader sends each hit to patrol cars, which make the stop. No dispatcher confirms the hit first.", Lang::En));
    assert!(flagged("The cameras issue the fine. The notice is not checked by any officer.", Lang::En));
    assert!(!flagged("The vendor does not review the footage.", Lang::En));
    assert!(!flagged("No fine is issued unless an officer has reviewed the image.", Lang::En));
    assert!(flagged("El sistema genera la multa sin que ningún agente la revise.", Lang::Es));
    assert!(flagged("Le logiciel émet l'amende. Aucun agent ne contrôle l'avis avant son envoi.", Lang::Fr));
}

/// One-word headings in capitals ("SCOPE", "IV. AUDIT") are emphasis, not
/// acronyms; an acronym in running text still is, and « À » is one letter.
#[test]
fn shouted_headings_are_not_acronyms() {
    let acronyms = |text: &str, format: Format, lang: Lang| lint_in(text, &only("undefined-acronym"), format, lang).findings.len();
    assert_eq!(acronyms("## SCOPE\n\nThis policy applies to all members.", Format::Markdown, Lang::En), 0);
    assert_eq!(acronyms("IV. AUDIT\n\nThe unit keeps logs of every search.", Format::Text, Lang::En), 0);
    assert_eq!(acronyms("## SCOPE\n\nThe RTCC keeps logs of every search.", Format::Markdown, Lang::En), 1);
    assert_eq!(acronyms("À défaut de réponse, la personne peut saisir le médiateur.", Format::Text, Lang::Fr), 0);
}

/// Published French and Spanish texts, third round: look-alikes and
/// provisions in their own words.
#[test]
fn published_fr_es_third_round() {
    use coverage::Status::{Covered, Missing, Partial};
    let status = |text: &str, lang: Lang, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Markdown, lang);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    // « audit paragraphe » is « au dit paragraphe »: a cross-reference, no audit.
    assert_eq!(status("Les dérogations prévues audit paragraphe découlent du droit national.", Lang::Fr, "governance.traceability"), Missing);
    assert_eq!(status("Le service doit journaliser chaque consultation du fichier avec l'identifiant de l'agent, la date et l'heure.", Lang::Fr, "governance.traceability"), Covered);
    // Procedural fairness is about due process, not discrimination.
    assert_eq!(status("Le service s'engage à respecter l'équité procédurale dans toutes ses décisions.", Lang::Fr, "fairness.nondiscrimination"), Missing);
    assert_eq!(status("The board shall act with procedural fairness in every decision.", Lang::En, "fairness.nondiscrimination"), Missing);
    // A principle named in a list of principles names it, like a heading.
    assert_eq!(status("El uso de la herramienta debe regirse por los principios de imparcialidad y transparencia.", Lang::Es, "autonomy.transparency"), Partial);
    assert_eq!(status("La unidad debe publicar en su página web, antes del 31 de enero de cada año, una descripción de cada sistema, su finalidad y sus límites.", Lang::Es, "autonomy.transparency"), Covered);
    // An alert that cannot by itself ground a decision keeps a person in charge.
    assert_ne!(status("Les signalements ne peuvent fonder, par eux-mêmes, aucune décision individuelle.", Lang::Fr, "autonomy.oversight"), Missing);
    // Penal degrees and suspension from employment are no limits on use.
    assert_eq!(status("El agente que altere las grabaciones será castigado con suspensión del empleo en su grado máximo.", Lang::Es, "lawfulness.proportionality"), Missing);
    // Preliminary remarks are background.
    assert_eq!(status("# Observations préalables\n\nCertains dispositifs caractérisent les personnes filmées par tranche d'âge ou par sexe.\n", Lang::Fr, "fairness.nondiscrimination"), Missing);
    // A body stressing the need to act says nothing of the system's necessity.
    assert_eq!(status("La commission souligne la nécessité de trouver un juste équilibre entre sécurité et libertés.", Lang::Fr, "lawfulness.necessity"), Missing);
    assert_eq!(status("La Política subraya la necesidad de desarrollar la IA de manera ética.", Lang::Es, "lawfulness.necessity"), Missing);
    assert_ne!(status("Avant chaque usage, le service établit par écrit la nécessité du dispositif et l'absence de moyens moins intrusifs.", Lang::Fr, "lawfulness.necessity"), Missing);
    // Using a tool "in an ethical and responsible manner" names no one who answers for it.
    assert_eq!(status("Es importante que su uso se haga de manera ética y responsable.", Lang::Es, "governance.accountability"), Missing);
    assert_eq!(status("Les agents utilisent l'outil de manière responsable.", Lang::Fr, "governance.accountability"), Missing);
    // The data subject's right to restrict processing weighs no intrusion.
    assert_eq!(status("En virtud de tales derechos, el interesado puede conocer si se tratan sus datos y limitar el tratamiento.", Lang::Es, "lawfulness.proportionality"), Missing);
    // A phrase of two words in a statement of values names the principle too.
    assert_eq!(status("Las instituciones deberán fomentar la rendición de cuentas.", Lang::Es, "governance.accountability"), Partial);
    assert_eq!(status("La política considera elementos clave la supervisión humana y promueve su uso ético.", Lang::Es, "autonomy.oversight"), Partial);
    assert_eq!(status("Un agente debe revisar cada coincidencia antes de cualquier detención; la revisión humana queda registrada.", Lang::Es, "autonomy.oversight"), Covered);
    // "so that use is transparent" names the aim; publishing provides it.
    assert_eq!(status("El Ayuntamiento velará para que el uso de las cámaras sea transparente.", Lang::Es, "autonomy.transparency"), Partial);
    assert_eq!(status("Le service veille à ce que l'usage des caméras soit transparent.", Lang::Fr, "autonomy.transparency"), Partial);
    assert_eq!(status("The department shall ensure that its use of the system is transparent.", Lang::En, "autonomy.transparency"), Partial);
    // A person told that an algorithm informed a decision about them keeps their agency.
    assert_ne!(status("Toute décision individuelle prise sur le fondement d'un traitement algorithmique comporte une mention qui en informe l'intéressé.", Lang::Fr, "autonomy.agency"), Missing);
    assert_ne!(status("La persona será informada de toda decisión adoptada con apoyo de un algoritmo.", Lang::Es, "autonomy.agency"), Missing);
    assert_eq!(status("Le public est informé de l'usage de l'algorithme.", Lang::Fr, "autonomy.agency"), Missing);
    // A negated permission is a prohibition: it binds like "must".
    assert_eq!(status("Les signalements ne peuvent fonder, par eux-mêmes, aucune décision individuelle ni aucun acte de poursuite.", Lang::Fr, "autonomy.oversight"), Covered);
    // Officers sanctioned for tampering answer for the system's records.
    assert_ne!(status("Los funcionarios que alteren las grabaciones serán sancionados con multa.", Lang::Es, "governance.accountability"), Missing);
    assert_ne!(status("Les agents qui modifient un enregistrement sont sanctionnés.", Lang::Fr, "governance.accountability"), Missing);
    assert_eq!(status("Las personas que circulen sin seguro serán sancionadas con multa.", Lang::Es, "governance.accountability"), Missing);
}

/// Published statutes, orders and city policies, fifth round: each class of
/// wording the linter misread, in our own words.
#[test]
fn published_texts_fifth_round() {
    use coverage::Status::{Covered, Missing};
    let status = |text: &str, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    // Not relying solely on a tool's output is the human check.
    assert_ne!(status("Deputies must not rely solely on the assistant's output when they decide whether to detain anyone.", "autonomy.oversight"), Missing);
    assert_ne!(status("A candidate list may not serve as the sole basis to establish probable cause.", "autonomy.oversight"), Missing);
    // A claim of efficiency measures nothing; a measured benefit does.
    assert_eq!(status("The department adopts the software to increase efficiency and effectiveness.", "harm.efficiency"), Missing);
    assert_ne!(status("The yearly report must compare the efficiency gains measured against the licence cost.", "harm.efficiency"), Missing);
    // Outreach work is no consultation; a public meeting on the system is.
    assert_eq!(status("Officers in the district carry out community engagement during foot patrols.", "fairness.accessibility"), Missing);
    assert_ne!(status("The unit shall hold a community engagement meeting on the annual report.", "fairness.accessibility"), Missing);
    // "Involving" a circumstance, a "group of people", "the performance of a
    // search" and named crimes are look-alikes.
    assert_eq!(status("A search is allowed in an emergency involving danger to any person or group of people.", "fairness.accessibility"), Missing);
    assert_eq!(status("A search is allowed in an emergency involving danger to any person or group of people.", "fairness.nondiscrimination"), Missing);
    assert_eq!(status("The tool may be used to investigate child abuse and child pornography offences.", "fairness.vulnerable"), Missing);
    // "may not, in the …" is no note in a file.
    assert_eq!(status("An officer may not, in the course of an inquiry, search by race.", "governance.traceability"), Missing);
    // Telling people they were searched, writing down the grounds of a
    // request, keeping data confidential, owning one's work product.
    assert_ne!(status("Each person identified must be given notice that they were subject to a face search.", "autonomy.transparency"), Missing);
    assert_ne!(status("The request must be in writing and document the factual basis for the emergency.", "governance.traceability"), Missing);
    assert_ne!(status("Stored templates shall be kept confidential and shall not be disseminated.", "autonomy.privacy"), Missing);
    assert_ne!(status("Staff are responsible for their own work product, including any output drafted with the chatbot.", "governance.accountability"), Missing);
    // Minimising bias is no data minimisation; testing for inaccurate answers is accuracy.
    assert_eq!(status("Teams must test models before release to minimize bias and inaccurate answers.", "autonomy.privacy"), Missing);
    assert_eq!(status("Teams must test models before release to minimize bias and inaccurate answers.", "harm.accuracy"), Covered);
    // "“X” does not include …" defines: data named there is put to no use.
    let retention = lint_in("“Face search” does not include software that blurs faces and keeps no biometric data.\n\nThe unit reviews each alert.", &only("personal-data-retention"), Format::Text, Lang::En);
    assert!(retention.findings.is_empty());
}

/// Fifth round, second batch: statutes' verbs and purposes are look-alikes,
/// a statement of facts is background, a governance committee answers.
#[test]
fn published_texts_fifth_round_lookalikes() {
    use coverage::Status::Missing;
    let status = |text: &str, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    assert_eq!(status("Agencies must act in compliance with ethical and open procedures.", "lawfulness.legitimacy"), Missing);
    assert_eq!(status("Cameras may be operated for securing public order and the security of the State.", "harm.robustness"), Missing);
    assert_eq!(status("Footage helps protect officers against unwarranted citizen complaints.", "fairness.redress"), Missing);
    assert_eq!(status("Officers record events to limit civil liabilities of the city.", "governance.accountability"), Missing);
    assert_eq!(status("The county uses a diverse array of tools.", "fairness.accessibility"), Missing);
    assert_eq!(status("Residents have raised concerns about face matching in shops.", "fairness.redress"), Missing);
    // Legal and plain wordings of necessity, proportionality and wellbeing.
    assert_ne!(status("An emergency request must be narrowly tailored to the threat it answers.", "lawfulness.necessity"), Missing);
    assert_ne!(status("Each deployment must balance privacy against the protection the alert list offers.", "lawfulness.proportionality"), Missing);
    assert_ne!(status("The office shall assess the impact on the human rights of the people filmed.", "harm.wellbeing"), Missing);
    assert_ne!(status("Each agency must assess the impact on the workforce before buying a chatbot.", "harm.wellbeing"), Missing);
    // Preventing crime in a community is a mission; an impact on a community is wellbeing.
    assert_eq!(status("Cameras will help prevent crime and protect the community.", "harm.wellbeing"), Missing);
    assert_ne!(status("The assessment must set out the impact of the cameras on the community.", "harm.wellbeing"), Missing);
    assert_eq!(status("The code sets out a framework balancing the needs of policing and the public.", "lawfulness.necessity"), Missing);
    assert_ne!(status("The technology office shall create an AI governance committee to approve each new system.", "governance.accountability"), Missing);
    let biometric = lint_in("STATEMENT OF FACTS:\n1. Face recognition tools have spread quickly across many governments.\n\nSECTION 1. The county shall not acquire such tools.", &only("biometric-accuracy-testing"), Format::Text, Lang::En);
    assert!(biometric.findings.is_empty(), "{:?}", rules_found(&biometric));
}

/// Sixth round: a list of the topics a document will address names them,
/// like a heading; a verb "benefit" is no measured benefit; a record of
/// every access is traceability.
#[test]
fn published_texts_sixth_round_topic_lists() {
    use coverage::Status::{Covered, Missing, Partial};
    let status = |text: &str, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    // Topics a future document must address: named, not provided.
    let topics = "Each department must write a use policy that includes the purpose, permitted uses, data access, data retention, data sharing, staff training, audits and upkeep.";
    assert_eq!(status(topics, "autonomy.privacy"), Partial);
    assert_eq!(status(topics, "governance.traceability"), Partial);
    let components = "The model order contains these parts: 1) scope, 2) definitions, 3) oversight, 4) complaints, 5) retention and deletion, 6) training.";
    assert_eq!(status(components, "fairness.redress"), Partial);
    // A provision with its own verb is still one, even beside a list.
    let provision = "Images are deleted after 30 days, and access is limited to the two analysts, the unit head and the auditor, including for exports, copies and backups.";
    assert_eq!(status(provision, "autonomy.privacy"), Covered);
    let entry = "Each log entry must include the user, the date, the time, the search reason and the result.";
    assert_eq!(status(entry, "governance.traceability"), Covered);
    let logged = "Every search is logged with the user, date and time, case number, model version and result.";
    assert_ne!(status(logged, "governance.traceability"), Missing);
    // Fewer than five items is no list of topics.
    assert_eq!(status("The contract includes audit rights and a ninety-day data deletion duty.", "governance.traceability"), Covered);
    // The same in French and Spanish: items after « comprend », «incluye».
    let in_lang = |text: &str, lang: Lang, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, lang);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    let fr = "La note de service comprend l'objet, les usages admis, l'accès aux données, la durée de conservation, la formation et l'audit des journaux.";
    assert_eq!(in_lang(fr, Lang::Fr, "autonomy.privacy"), Partial);
    let es = "El protocolo incluye el objeto, los usos admitidos, el acceso a los datos, el plazo de conservación, la formación y la auditoría de los registros.";
    assert_eq!(in_lang(es, Lang::Es, "autonomy.privacy"), Partial);
    // "may benefit a proposal" claims nothing measured.
    assert_eq!(status("The panel assesses each proposal where outside advice may benefit it.", "harm.efficiency"), Missing);
    // A record of every access names what is traced.
    assert_ne!(status("The unit keeps a tamper-proof record of every instance in which the database is searched.", "governance.traceability"), Missing);
}

/// Sixth round: notices posted in offices and a "web site" written in two
/// words disclose use, as "on the website" does.
#[test]
fn posted_notices_and_web_site_disclose() {
    let status = |text: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == "autonomy.transparency").unwrap().status
    };
    assert_ne!(status("The licensing office shall post notices at every counter about police searches of licence photos."), coverage::Status::Missing);
    assert_ne!(status("The licensing office shall describe police searches of licence photos on its web site."), coverage::Status::Missing);
    // A job post is no notice.
    assert_eq!(status("The analyst post is funded for two years."), coverage::Status::Missing);
}

/// Seventh round of published English texts: generic words for law name the
/// principle, "responsible application" is ethical use, and data or a hedge
/// inside a ban is no use and no softening.
#[test]
fn published_english_wording_seventh_round() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    // Bare "legislation" or "regulations" cites no law: partial at most.
    assert_eq!(status("These rules will be updated as legislation and regulations change.", "lawfulness.legitimacy"), Partial);
    assert_eq!(status("The unit must act in line with relevant policies and legislation.", "lawfulness.legitimacy"), Partial);
    // A named law, or a concept around the word, still covers.
    assert_eq!(status("Searches must be run under section 12 of the Vellmark Policing Act.", "lawfulness.legitimacy"), Covered);
    // A naming word inside a name is part of the name.
    assert_eq!(status("The Standards Unit handles breaches under the Staff Conduct Regulations.", "lawfulness.legitimacy"), Missing);
    // "responsible application" of a tool is ethical use, not accountability.
    assert_eq!(status("The guidance that follows will steer the responsible application of these tools.", "governance.accountability"), Missing);
    let rules = |text: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.findings.iter().map(|f| f.rule.clone()).collect::<Vec<_>>()
    };
    // Personal data named only in an instruction that forbids putting it in a tool.
    let kept_out = rules("Do not enter case notes or personal information into a public chatbot.");
    assert!(!kept_out.iter().any(|r| r.starts_with("personal-data")), "{kept_out:?}");
    let used = rules("Staff enter personal information into the case tool.");
    assert!(used.iter().any(|r| r == "personal-data-retention"), "{used:?}");
    // A list that "includes, but is not limited to" its items gives examples.
    let listed = rules("Surveillance equipment includes, but is not limited to, drones, plate readers, biometric identification software and facial recognition software.");
    assert!(!listed.iter().any(|r| r.starts_with("biometric")), "{listed:?}");
    // Checking generated content before it is used is the human check.
    assert_eq!(status("Always check generated content against the case file before using it.", "autonomy.oversight"), Covered);
    assert_eq!(status("Staff must verify generated content against the case file.", "autonomy.oversight"), Covered);
    assert_eq!(status("Generated content is stored in the case file.", "autonomy.oversight"), Missing);
    // Trying other means first is the necessity test.
    assert_ne!(status("The officer must first attempt to confirm the name by means other than the face search.", "lawfulness.necessity"), Missing);
    // Professional practice guidance advises: its "should" is the register.
    let practice = rules("## Authorised professional practice\n\nThe list of images should be approved by the senior officer.");
    assert!(!practice.iter().any(|r| r == "may-instead-of-must"), "{practice:?}");
    // An objective names what a text hopes for; it provides nothing.
    assert_eq!(status("The objective of this order is to ensure that the unit makes fast and accurate decisions.", "harm.accuracy"), Partial);
    // "secure facilities" are places, not a secure system.
    assert_eq!(status("Staff may use face matching to control entry to secure facilities.", "harm.robustness"), Missing);
    // Telling the public what a tool does is disclosure.
    assert_ne!(status("The purpose and limits of each public chatbot must be communicated to the public.", "autonomy.transparency"), Missing);
    // Suspension for non-compliance is a consequence.
    assert_ne!(status("If an agency is found in non-compliance after the audit, its access to the database is suspended.", "governance.accountability"), Missing);
    // A lifecycle list and a safeguard against harm measure no benefit.
    assert_eq!(status("It applies to staff buying, running, maintaining or decommissioning any tool, safeguarding against harm to its benefits.", "harm.efficiency"), Missing);
    // A document's first line, unpunctuated over a capitalised line, is its
    // title even in sentence case: it sets no duty.
    let titled = rules("Summary of the searches reviewed periodically\nThe unit publishes each summary within 30 days.");
    assert!(!titled.iter().any(|r| r == "vague-frequency"), "{titled:?}");
    let sentence = rules("Searches are reviewed periodically by the unit.\nThe unit publishes each summary within 30 days.");
    assert!(sentence.iter().any(|r| r == "vague-frequency"), "{sentence:?}");
}

/// Phrases are matched by their stems, so a list that holds "store" and
/// "stored", or "ban" and "banning", carries the second for nothing: it
/// matches exactly what the first does and only weighs on the bundle.
#[test]
fn published_english_wording_whole_round() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::En);
        report.coverage.iter().find(|c| c.principle == principle).unwrap().status
    };
    // "duties arising from common or statute law" names the law in general: partial.
    assert_eq!(status("Images are used for any duty of the force arising from common or statute law.", "lawfulness.legitimacy"), Partial);
    // A "robust internal governance" body, or trust to "secure and maintain", is no system robustness.
    assert_eq!(status("We have set up a robust internal governance board to question each use of the camera.", "harm.robustness"), Missing);
    assert_eq!(status("The force handles records with care to secure and maintain the trust of residents.", "harm.robustness"), Missing);
    assert_eq!(status("The system must fall back to manual checks when the matcher fails.", "harm.robustness"), Covered);
    // Relying on a legal provision while protecting interests is a legal basis, not automation bias.
    assert_eq!(status("For sensitive data the force relies on the provisions of article 9, protecting vital interests.", "autonomy.agency"), Missing);
    // Ethnicity named as a category of sensitive data is no bias measure.
    assert_eq!(status("Data about your ethnicity, religion, health or other sensitive data will only be used if someone's welfare is at risk.", "fairness.nondiscrimination"), Missing);
    assert_eq!(status("Match error rates must be measured by ethnicity each quarter.", "fairness.nondiscrimination"), Covered);
    // "the right balance" is the correct balance, not a balance against rights.
    assert_eq!(status("With care we can strike the right balance between better services and new tools.", "lawfulness.proportionality"), Missing);
    assert_eq!(status("The panel must balance the rights of residents against the benefit of each search.", "lawfulness.proportionality"), Covered);
}

#[test]
fn no_english_list_repeats_a_phrase_by_its_stems() {
    let pack = lang::pack(Lang::En).expect("English is embedded");
    let words = lang::LangWords::new(Lang::En, &pack);
    let linter = Linter::builtin();
    let mut repeats = Vec::new();
    let mut check = |name: String, list: Vec<String>| {
        let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        for p in list {
            if let Some(first) = seen.insert(lexicon::key(&p, &words), p.clone()) {
                repeats.push(format!("{name}: {first:?} ~ {p:?}"));
            }
        }
    };
    let strs = |v: &[String]| v.to_vec();
    for r in linter.rules() {
        for (field, list) in [("patterns", &r.patterns), ("unless", &r.unless), ("within", &r.within), ("when", &r.when), ("exclude", &r.exclude), ("require", &r.require)] {
            check(format!("{} {field}", r.id), strs(list));
        }
    }
    for p in linter.principles() {
        for (field, list) in [("terms", &p.terms), ("limits", &p.limits), ("exclude", &p.exclude), ("naming", &p.naming)] {
            check(format!("{} {field}", p.id), strs(list));
        }
        for (i, concept) in p.concepts.iter().enumerate() {
            for (j, class) in concept.iter().enumerate() {
                check(format!("{} concept {i} class {j}", p.id), class.split('|').map(|w| w.trim().to_string()).collect());
            }
        }
    }
    assert!(repeats.is_empty(), "{repeats:#?}");
}

/// Word lists are written with straight apostrophes and compared with each
/// token folded once (`Analysis::lower_word`): a text typed with curly ones
/// must read the same, findings and coverage alike.
#[test]
fn curly_apostrophes_read_like_straight_ones() {
    let cases = [
        (Lang::En, "Officers won't be held to any review. The unit's system decides alone and isn't audited. Data is kept as long as necessary."),
        (Lang::Fr, "Le système décide seul, sans qu'aucun agent n'intervienne. Les images seront conservées aussi longtemps qu'il le faudra. L'audit sera fait s'il y a lieu."),
        (Lang::Es, "El sistema decide solo y no hay revisión. Los datos se conservarán el tiempo que sea necesario. L'audit no aplica."),
    ];
    let summary = |r: &LintReport| {
        let findings: Vec<(String, usize)> = r.findings.iter().map(|f| (f.rule.clone(), f.range.start.line)).collect();
        let coverage: Vec<(String, String)> = r.coverage.iter().map(|c| (c.principle.clone(), format!("{:?}", c.status))).collect();
        (findings, coverage)
    };
    for (lang, straight) in cases {
        let curly = straight.replace('\'', "\u{2019}");
        let a = lint_in(straight, &Config::default(), Format::Text, lang);
        let b = lint_in(&curly, &Config::default(), Format::Text, lang);
        assert!(!a.findings.is_empty(), "{straight}");
        assert_eq!(summary(&a), summary(&b), "{curly}");
    }
}

/// The manner in which staff use a tool ("in a safe, secure, and compliant
/// manner") says nothing of how the system withstands failures or attacks.
#[test]
fn a_secure_manner_of_use_is_no_robustness() {
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "harm.robustness").unwrap().status;
    assert_eq!(status("Staff must use the assistant in a safe, secure, and compliant manner."), coverage::Status::Missing);
    assert_eq!(status("Staff must keep the assistant's data in a secure manner."), coverage::Status::Missing);
    assert_eq!(status("The vendor must keep the assistant secure against attacks."), coverage::Status::Covered);
}

/// Training staff on cultural diversity is about bias, not about diverse
/// voices shaping the system or people of all abilities using it.
#[test]
fn diversity_training_is_no_accessibility() {
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "fairness.accessibility").unwrap().status;
    assert_eq!(status("Every analyst must complete yearly training on cultural diversity and unconscious bias."), coverage::Status::Missing);
    assert_eq!(status("Every analyst must complete diversity training before using the tool."), coverage::Status::Missing);
}

/// An enacting formula that closes with a colon says who enacts, not who
/// answers for the system; a resolved clause with content still counts.
#[test]
fn an_enacting_formula_is_no_accountability() {
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "governance.accountability").unwrap().status;
    assert_eq!(status("NOW, THEREFORE, THE CITY COUNCIL OF WESTLAND HEREBY RESOLVES AS FOLLOWS:\n\nSection 1. The attached policy on the tool is adopted.\n"), coverage::Status::Missing);
    assert_eq!(status("BE IT RESOLVED that the Chief must report to the City Council every quarter on each use of the tool.\n"), coverage::Status::Covered);
}

/// Staff who are "well-informed public servants" are no disclosure to the
/// public; "responsible experimentation" is an ethical manner, not a role
/// that answers for the tool.
#[test]
fn public_servants_and_responsible_experimentation_are_look_alikes() {
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("The assistant supports the work of well-informed public servants.", "autonomy.transparency"), coverage::Status::Missing);
    assert_eq!(status("We want responsible experimentation, so staff try these tools in a sandbox.", "governance.accountability"), coverage::Status::Missing);
    assert_eq!(status("The team must inform the public that the tool is used.", "autonomy.transparency"), coverage::Status::Covered);
}

/// "Protected" alone describes data or rights ("the text may be outdated,
/// protected or wrong"); a protected characteristic or group is a ground.
#[test]
fn protected_alone_names_no_group() {
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "fairness.nondiscrimination").unwrap().status;
    assert_eq!(status("The accuracy of the answers is low, as the text may be outdated, protected or invented."), coverage::Status::Missing);
    assert_ne!(status("The unit must compare the error rate for each protected characteristic every year."), coverage::Status::Missing);
}

/// A defined term set on its own line reads as a heading; a heading names a
/// subject and sets no automated action. The body still raises the flag.
#[test]
fn a_heading_sets_no_automated_decision() {
    let flagged = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).findings.iter().any(|f| f.rule == "automated-decision-without-review");
    assert!(!flagged("Terms\n\nA.\n\nRoster Automated Dispatch (RAD)\n\nB.\n\nCase Index (CI)\n"));
    assert!(flagged("Claims\n\nThe system automatically denies each claim.\n"));
}

/// Published texts outside the US, in English, French and Spanish (realintl
/// round, 2026-11-29), each case in our own words.
#[test]
fn published_international_round_statuses() {
    // « s'impose » (takes hold) binds no one: a responsibility named in an
    // introduction is mentioned, not provided; « doit » still commits.
    let cases: &[(&str, &str, coverage::Status)] = &[
        ("Le numérique s'impose peu à peu dans les services et soulève des questions de responsabilité.", "governance.accountability", coverage::Status::Partial),
        ("Le chef de service doit répondre devant le conseil de l'usage de l'outil.", "governance.accountability", coverage::Status::Covered),
    ];
    for &(text, principle, status) in cases {
        let report = lint_in(text, &Config::default(), Format::Text, Lang::Fr);
        let c = report.coverage.iter().find(|c| c.principle == principle).unwrap();
        assert_eq!(c.status, status, "{text:?} {principle}");
    }
    // A tool that fails to meet its threshold is a failure with a fallback:
    // only failing a duty ("failed to meet minimum standards") is a look-alike.
    let report = lint_in("If the tool fails to meet its accuracy threshold, it is suspended until it is tested again.", &Config::default(), Format::Text, Lang::En);
    let c = report.coverage.iter().find(|c| c.principle == "harm.robustness").unwrap();
    assert_ne!(c.status, coverage::Status::Missing);
    // "at will" is a choice, not a duty: "will" there commits no one.
    let report = lint_in("The unit can publish the map of its cameras at will.", &Config::default(), Format::Text, Lang::En);
    let c = report.coverage.iter().find(|c| c.principle == "autonomy.transparency").unwrap();
    assert_eq!(c.status, coverage::Status::Partial);
}

/// Look-alikes of three principles read from the development set's false
/// coverage (devprec, 2026-11-29): a role accountable for a budget answers for
/// money, not for the system; data kept or handled "securely" says how it is
/// stored, not that the system withstands failures or attacks; a person who
/// checks a document "for accuracy" proofreads it, which measures no error
/// rate. Each keeps a positive twin.
#[test]
fn budgets_secure_storage_and_proofreading_are_look_alikes() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str, lang: Lang| lint_in(text, &Config::default(), Format::Text, lang).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("The Estates Manager is accountable to the Finance Director for the drone unit's fuel budget.", "governance.accountability", Lang::En), Missing);
    assert_eq!(status("La directrice des moyens est responsable du budget de carburant de l'unité.", "governance.accountability", Lang::Fr), Missing);
    assert_eq!(status("La Jefatura de Servicios es responsable del presupuesto de combustible de la unidad.", "governance.accountability", Lang::Es), Missing);
    assert_ne!(status("The Head of Operations is accountable for the drone system and answers to the Police Board.", "governance.accountability", Lang::En), Missing);
    assert_eq!(status("Case notes will be stored securely on the records server.", "harm.robustness", Lang::En), Missing);
    assert_eq!(status("Witness details will be handled securely by the unit.", "harm.robustness", Lang::En), Missing);
    assert_ne!(status("The server must stay secure against attacks and fall back to manual logging when it fails.", "harm.robustness", Lang::En), Missing);
    assert_eq!(status("Summaries must be checked for accuracy before they are filed.", "harm.accuracy", Lang::En), Missing);
    assert_ne!(status("The model's error rate must be measured on local data before each release.", "harm.accuracy", Lang::En), Missing);
}

/// Outcomes compared "by ethnicity, gender and disability" name grounds of
/// discrimination, as "race" and "religion" already did: no access needs or
/// diverse voices (devprec, 2026-11-29). Consulting ethnic minority groups
/// still involves diverse voices.
#[test]
fn ethnicity_among_grounds_is_no_accessibility() {
    use coverage::Status::*;
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "fairness.accessibility").unwrap().status;
    assert_eq!(status("The panel must receive a yearly table of stops by ethnicity, sex and disability."), Missing);
    assert_eq!(status("The force must consult ethnic minority community representatives before launch."), Covered);
}

/// "only" restricts who may see data when it limits the readers; "is only a
/// lead" (merely) and "sees it only afterwards" (later) limit no one's
/// access (devprec, 2026-11-29).
#[test]
fn only_as_merely_or_later_is_no_access_rule() {
    use coverage::Status::*;
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status;
    assert_eq!(status("A suggested tag is only a hint: the analyst must read the file before tagging it."), Missing);
    assert_eq!(status("The call handler grades the call first and sees the tool's grade only afterwards."), Missing);
    assert_ne!(status("Only the two named analysts may see the stored images."), Missing);
}

/// French and Spanish put the adjective after its noun: « du ruban adhésif
/// transparent », «la mampara transparente» describe things, as
/// "transparent bags" does in English. A verb between keeps the term: the
/// retention of vehicle images is still privacy (devprec, 2026-11-29).
#[test]
fn a_thing_before_its_adjective_is_a_look_alike() {
    use coverage::Status::*;
    let status = |text: &str, lang: Lang, principle: &str| lint_in(text, &Config::default(), Format::Text, lang).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("Le ruban adhésif transparent est rangé au secrétariat.", Lang::Fr, "autonomy.transparency"), Missing);
    assert_eq!(status("La cloison vitrée du guichet sera remplacée par des vitres transparentes.", Lang::Fr, "autonomy.transparency"), Missing);
    assert_eq!(status("El taller instalará una mampara transparente en el mostrador.", Lang::Es, "autonomy.transparency"), Missing);
    assert_ne!(status("Les images des véhicules sont conservées trente jours.", Lang::Fr, "autonomy.privacy"), Missing);
    assert_ne!(status("Le service publie chaque année la liste des caméras de manière transparente.", Lang::Fr, "autonomy.transparency"), Missing);
}

/// Wording met in published French and Spanish video-protection texts, sixth
/// round (pubfres6, 2026-11-29; sentences our own): cameras kept away from
/// private places limit the intrusion by place; signs and informing the
/// public disclose the cameras; a law that provides for or permits the use is
/// its basis; the objective of preventing harm, repair costs and a "Note"
/// label are look-alikes.
#[test]
fn published_wording_sixth_round() {
    let cases: &[(Lang, &str, &str, bool)] = &[
        // A place kept out of the picture: denied filming, a ban, or masking.
        (Lang::Fr, "Les caméras de la ville ne filment jamais l'intérieur des habitations.", "lawfulness.proportionality", true),
        (Lang::Fr, "Il est interdit de filmer l'intérieur des domiciles depuis la voie publique.", "lawfulness.proportionality", true),
        (Lang::Fr, "Un masquage dynamique cache les fenêtres des immeubles voisins.", "lawfulness.proportionality", true),
        (Lang::Fr, "Les caméras filment l'entrée des habitations du quartier.", "lawfulness.proportionality", false),
        (Lang::Fr, "Les endroits filmés sont limités aux abords des gymnases.", "lawfulness.proportionality", true),
        (Lang::Es, "Queda prohibida la grabación del interior de las viviendas cercanas.", "lawfulness.proportionality", true),
        (Lang::Es, "Las cámaras municipales no graban el interior de los domicilios.", "lawfulness.proportionality", true),
        (Lang::Es, "Las cámaras municipales graban la calle mayor durante el mercado.", "lawfulness.proportionality", false),
        // Signs that announce cameras disclose them; road signs do not.
        (Lang::Fr, "Une signalisation annonce les caméras à chaque entrée de la zone piétonne.", "autonomy.transparency", true),
        (Lang::Fr, "La signalisation routière du carrefour sera refaite au printemps.", "autonomy.transparency", false),
        // Informing the public of the cameras; shops open to the public are no audience.
        (Lang::Es, "Se informará al público de la existencia de las cámaras mediante carteles en cada acceso.", "autonomy.transparency", true),
        (Lang::Es, "Los comercios abiertos al público informan de su horario en la puerta.", "autonomy.transparency", false),
        // A law or a by-law that provides for or permits the use.
        (Lang::Fr, "La loi cantonale sur la police permet aux communes d'installer des caméras aux abords des écoles.", "lawfulness.legitimacy", true),
        (Lang::Fr, "Le règlement communal prévoit l'installation de caméras dans le parking souterrain.", "lawfulness.legitimacy", true),
        // The most suitable means, compared with others.
        (Lang::Fr, "La commune démontre que la caméra est le moyen le plus adéquat pour protéger le dépôt.", "lawfulness.necessity", true),
        // The legal objective of video-protection is no wellbeing measure.
        (Lang::Fr, "Les caméras ont pour objectif de prévenir les atteintes aux personnes dans les quartiers exposés.", "harm.wellbeing", false),
        (Lang::Fr, "La ville mesure chaque année l'impact du dispositif sur les habitants des quartiers concernés.", "harm.wellbeing", true),
        // Repairing damaged buildings is no remedy for a person.
        (Lang::Fr, "Les caméras protègent les vestiaires dont les coûts de réparation sont élevés.", "fairness.redress", false),
        (Lang::Es, "Las cámaras protegen los vestuarios, cuyos gastos de reparación son elevados.", "fairness.redress", false),
        (Lang::Fr, "Toute personne peut demander réparation devant le tribunal administratif.", "fairness.redress", true),
        // A run-in "Note" label is not an officer's own notes.
        (Lang::Fr, "Note sur les amendes : la verbalisation est gérée de manière indépendante par chaque commune.", "autonomy.agency", false),
    ];
    assert_addressed(cases);
}

/// Retention and access in the words of video-protection pages: images
/// « stockées pendant » a period, viewed by sworn agents, hidden by masking
/// (pubfres6, 2026-11-29). Together they cover privacy, and the personal-data
/// rules stay quiet.
#[test]
fn stored_for_a_period_and_sworn_agents_cover_privacy() {
    let text = "Un logiciel de masquage cache les parties privées. Les images sont stockées pendant dix jours. Leur visualisation est assurée par les agents assermentés du centre.";
    let report = lint_in(text, &Config::default(), Format::Text, Lang::Fr);
    let privacy = report.coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap();
    assert_eq!(privacy.status, coverage::Status::Covered);
    let found = rules_found(&report);
    assert!(!found.contains(&"personal-data-retention") && !found.contains(&"personal-data-access-control"), "{found:?}");
}

/// A web page's list of abbreviations, copied as text, sets each acronym
/// on its own line or list item with its long form in the next one, and an
/// acronym item may carry a word more ("XYZ Plus", "St. ABCD"): the next
/// item spells the letters out, so they are defined (pubuk, 2026-11-29).
/// An acronym whose next block does not spell it stays undefined.
#[test]
fn a_glossary_laid_out_in_two_lines_defines_its_acronyms() {
    let acronyms = |text: &str| lint_in(text, &only("undefined-acronym"), Format::Markdown, Lang::En).findings.len();
    assert_eq!(acronyms("- QRA Plus\n- quick risk assessment plus\n- Ft. WPDX\n- Westshire Police Digital Exchange\n- ONB\n- Office of the National Board"), 0);
    assert_eq!(acronyms("ORB\n\nOfficers must log every ORB search in the register."), 1);
}

/// A list of abbreviations under its own heading names terms; it provides
/// nothing, as a glossary or a definitions section does (pubuk,
/// 2026-11-29).
#[test]
fn a_list_of_abbreviations_provides_nothing() {
    let report = lint_in("## List of abbreviations\n\n- EDI\n- equity, diversity and inclusion\n- PCO\n- Privacy Commissioner's Office\n- SEC\n- secure enclave cluster", &Config::default(), Format::Markdown, Lang::En);
    let addressed: Vec<_> = report.coverage.iter().filter(|c| c.status != coverage::Status::Missing).map(|c| c.principle.as_str()).collect();
    assert!(addressed.is_empty(), "{addressed:?}");
}

/// Look-alikes met in a round of UK, Canadian and US federal texts (pubuk,
/// 2026-11-29): an editor's note on what a published copy withholds under
/// an access-to-information law is no legal basis and no data rule; keeping
/// the public's confidence retains no data; a newspaper that publishes an
/// article discloses nothing for the force; a crime type naming children
/// gives them no safeguard, nor does naming the people a tool is meant to
/// find or serve ("missing children", "the most vulnerable"); a tool that
/// helps users confirm identities is
/// no check of its output; working "according to professional standards"
/// answers to no one; "challenges" as difficulties are no appeal. Each has
/// a twin that still counts.
#[test]
fn published_wording_ninth_round() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    let note = "Some passages of this copy have been removed in accordance with the Freedom of Information Act and the Data Protection Act.";
    assert_eq!(status(note, "lawfulness.legitimacy"), Missing);
    assert_eq!(status(note, "autonomy.privacy"), Missing);
    assert_ne!(status("Searches are carried out in accordance with section 9 of the Police Powers Act.", "lawfulness.legitimacy"), Missing);
    assert_eq!(status("We will explain each deployment openly, knowing we must retain the confidence of residents.", "autonomy.privacy"), Missing);
    assert_ne!(status("Images of people not on the watchlist are deleted within two seconds.", "autonomy.privacy"), Missing);
    assert_eq!(status("Last week a local paper published an article about the unit's drone flights.", "autonomy.transparency"), Missing);
    assert_ne!(status("The force will publish each deployment's results on its website.", "autonomy.transparency"), Missing);
    assert_eq!(status("The tool helped detectives in cases of online child exploitation.", "fairness.vulnerable"), Missing);
    assert_ne!(status("Children must be excluded from every watchlist.", "fairness.vulnerable"), Missing);
    assert_eq!(status("The app helps officers trace missing children within hours.", "fairness.vulnerable"), Missing);
    assert_eq!(status("Our aim is to protect the most vulnerable in our towns.", "fairness.vulnerable"), Missing);
    assert_eq!(status("The scanners help border staff quickly confirm identities at the gate.", "autonomy.oversight"), Missing);
    assert_eq!(status("Used according to professional standards, the tool speeds up enquiries.", "governance.accountability"), Missing);
    assert_ne!(status("Any misuse of the tool will be referred to Professional Standards for investigation.", "governance.accountability"), Missing);
    assert_eq!(status("New technology poses new challenges for the trust of the people we serve.", "fairness.redress"), Missing);
    assert_ne!(status("Anyone affected may challenge the decision before the independent review panel within 28 days.", "fairness.redress"), Missing);
}

/// "not" set after a noun shortens a relative clause ("records not linked
/// to a case" = records that are not linked to a case): it describes the
/// noun, so the verb after it is not negated and the deletion still counts
/// (pubuk, 2026-11-29). "not" after its auxiliary, or opening the sentence,
/// still negates.
#[test]
fn not_after_a_noun_describes_it() {
    use coverage::Status::*;
    let privacy = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status;
    assert_ne!(privacy("Face templates of passers-by not on the alert list are erased at once."), Missing);
    assert_ne!(privacy("Clips not linked to an open case must be deleted after 14 days."), Missing);
    assert_eq!(privacy("Clips are not deleted and stay on the server."), Missing);
    assert_eq!(privacy("Not every clip is deleted."), Missing);
}

/// Agency texts read as a new user would (pubus9, 2026-11-29): the items of a
/// list whose lead-in bars a use ("Staff must not use the assistant to:")
/// name forbidden uses, so they raise no finding; a memo's header fields
/// ("TO:", "RE:") record who wrote to whom and are no acronym or provision.
#[test]
fn barred_list_items_and_memo_headers_raise_nothing() {
    let rules = |text: &str| lint_in(text, &Config::default(), Format::Markdown, Lang::En).findings.into_iter().map(|f| f.rule).filter(|r| r != "missing-principle" && r != "hard-to-read" && r != "long-sentence").collect::<Vec<_>>();
    let barred = "# Uses of the assistant\n\nStaff must not use the assistant to:\n\n- Decide who is refused a housing grant\n- Set bail conditions\n";
    assert!(!rules(barred).iter().any(|r| r == "no-redress-route"), "{:?}", rules(barred));
    // The same items under a lead-in that allows them set decisions on people.
    let allowed = "# Uses of the assistant\n\nStaff will use the assistant to:\n\n- Decide who is refused a housing grant\n- Set bail conditions\n";
    assert!(rules(allowed).iter().any(|r| r == "no-redress-route"), "{:?}", rules(allowed));
    let memo = "TO: Police Board\nFROM: Head of Digital Services\nRE: Draft rules on chatbots\n\nThe draft sets rules for staff who use chatbots.";
    assert!(!rules(memo).iter().any(|r| r == "undefined-acronym"), "{:?}", rules(memo));
    let report = lint_in(memo, &Config::default(), Format::Text, Lang::En);
    let c = report.coverage.iter().find(|c| c.principle == "governance.accountability").unwrap();
    assert_eq!(c.status, coverage::Status::Missing);
    // A two-letter label that is no memo field still counts.
    assert!(rules("The HR team reviews every request.").iter().any(|r| r == "undefined-acronym"));
}

/// Look-alikes read in county AI policies (pubus9, 2026-11-29): a tool barred
/// from "disciplinary decisions" or staff "disciplinary records" names a use,
/// not a consequence anyone answers to; a "clear and accessible" form is easy
/// to find, not made for people with access needs; "secure, responsible and
/// ethical use" lists values, it tests nothing. Each keeps a positive twin.
#[test]
fn discipline_as_a_use_and_plain_values_are_look_alikes() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("The assistant must never be used to draft disciplinary decisions about staff.", "governance.accountability"), Missing);
    assert_ne!(status("Misuse of the assistant will lead to disciplinary action.", "governance.accountability"), Missing);
    assert_eq!(status("Each office shall provide a clear and accessible form for requests.", "fairness.accessibility"), Missing);
    assert_ne!(status("Each office shall provide the form in large print and in Braille.", "fairness.accessibility"), Missing);
    assert_eq!(status("The county will use these tools in a secure, responsible and ethical way.", "harm.robustness"), Missing);
    assert_ne!(status("The server must stay secure against attacks and fall back to manual logging when it fails.", "harm.robustness"), Missing);
    // The board that adopts a policy enacts it; it answers for nothing yet.
    assert_eq!(status("The Board of County Commissioners hereby adopts the attached AI policy.", "governance.accountability"), Missing);
    assert_ne!(status("The Sheriff must answer to the Board of County Commissioners for every use of the drones.", "governance.accountability"), Missing);
}

/// Crediting the AI tool in a document labels its output for readers
/// (pubus9, 2026-11-29): "Cite any AI use at the top of the page" is a
/// disclosure; citing the AI Act names a law, not a tool.
#[test]
fn citing_the_ai_tool_used_is_disclosure() {
    use coverage::Status::*;
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "autonomy.transparency").unwrap().status;
    assert_ne!(status("Staff must cite any AI use at the top of the letter, naming the AI tool used."), Missing);
    assert_eq!(status("Staff must cite the AI Act in every legal memo."), Missing);
}

/// "Employees must verify what the tool gives them before using it" puts a
/// person's check before use, as "before use" did (pubus9, 2026-11-29).
#[test]
fn a_check_before_using_is_oversight() {
    use coverage::Status::*;
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "autonomy.oversight").unwrap().status;
    assert_ne!(status("Employees must always verify information from AI tools before using it in letters."), Missing);
    assert_eq!(status("Staff must switch off the printer before using the scanner."), Missing);
}

/// Spanish ordinances and protocols on cameras, seventh round (pubes7,
/// 2026-11-29): an issue date (« fecha de emisión ») and broadcasting images
/// are no emissions; « al efecto » and « a estos efectos » are idioms, not an
/// impact; a measure « reclamada por » residents was asked for, not
/// challenged; a « sistema público » or « participación ciudadana » publishes
/// nothing; « de forma manual » names no trained person (« forma » and
/// « formado » share a stem). Kept « en estricta reserva » and released only
/// « a requerimiento judicial » says who gets the data; a court order to film
/// inside homes, and an independent committee that oversees compliance, count.
/// A gate word opens its own clause only: after « y » and a finite verb, the
/// « salvo » belongs to the later clause and the earlier ban stands.
#[test]
fn published_spanish_seventh_round() {
    use coverage::Status::*;
    let report = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::Es);
    let status = |text: &str, principle: &str| report(text).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("Fecha de emisión del documento: 12.03.19.", "harm.wellbeing"), Missing);
    assert_eq!(status("El centro recibe la emisión de las imágenes y su reproducción en directo.", "harm.wellbeing"), Missing);
    assert_ne!(status("El informe anual recoge el consumo eléctrico y las emisiones de carbono del centro de datos.", "harm.wellbeing"), Missing);
    assert_eq!(status("Solo los agentes designados al efecto ven las imágenes, como piden los vecinos.", "harm.wellbeing"), Missing);
    assert_ne!(status("El ayuntamiento medirá el efecto de las cámaras en la vida del barrio.", "harm.wellbeing"), Missing);
    assert_eq!(status("La ampliación de la red, muy reclamada por los comerciantes, empieza en marzo.", "fairness.redress"), Missing);
    assert_ne!(status("Quien no esté de acuerdo con la multa puede reclamar ante la comisión en un plazo de 30 días.", "fairness.redress"), Missing);
    assert_eq!(status("Se crea el programa de participación ciudadana en el sistema público de cámaras.", "autonomy.transparency"), Missing);
    assert_ne!(status("El ayuntamiento publicará en su web la lista de cámaras para informar a los vecinos.", "autonomy.transparency"), Missing);
    assert_eq!(status("Las cámaras se activan de forma manual y el centro analiza la imagen de cada cruce.", "autonomy.oversight"), Missing);
    assert_ne!(status("Un agente formado analiza cada imagen antes de actuar.", "autonomy.oversight"), Missing);
    let kept = "Las imágenes de los vecinos se mantienen en estricta reserva y solo se entregan a requerimiento judicial.";
    assert_ne!(status(kept, "autonomy.privacy"), Missing);
    assert!(report(kept).findings.iter().all(|f| f.rule != "personal-data-access-control"));
    assert_ne!(status("Grabar el interior de una vivienda exige una autorización judicial expresa.", "lawfulness.proportionality"), Missing);
    assert_ne!(status("Se crea una comisión independiente que supervisa el cumplimiento de estas normas.", "governance.accountability"), Missing);
    assert_ne!(status("Las cámaras no podrán usarse dentro de las viviendas y las grabaciones se borrarán al mes, salvo que sirvan de prueba.", "lawfulness.proportionality"), Missing);
}

/// A reported gap in personal data keeps privacy below covered (`caps`): the
/// report never says "privacy: covered" beside "no access rule".
#[test]
fn a_personal_data_gap_keeps_privacy_partial() {
    use coverage::Status::*;
    let privacy = |text: &str| {
        let report = lint_with(text, &Config::default(), Format::Text);
        let status = report.coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status;
        (status, report.findings.iter().any(|f| f.rule == "personal-data-access-control"))
    };
    // Retention and minimisation: two of privacy's three parts, enough for
    // covered, but no one is named who may see the images.
    let gap = "Face images captured by the cameras are searched against the watchlist and deleted after 30 days. The faces of passers-by are blurred in every stored clip.";
    assert_eq!(privacy(gap), (Partial, true));
    let whole = "Face images captured by the cameras are searched against the watchlist and deleted after 30 days. The faces of passers-by are blurred in every stored clip. Only the two named analysts may view the images.";
    let mut without_rule = Config::default();
    without_rule.rules.disable = vec!["personal-data-access-control".into()];
    let status = lint_with(gap, &without_rule, Format::Text).coverage.iter().find(|c| c.principle == "autonomy.privacy").unwrap().status;
    assert_eq!(status, Covered, "the gap text is covered when the rule that caps it is off");
    assert_eq!(privacy(whole), (Covered, false));
}

/// Published French and Spanish texts, eighth round (pubfres8): look-alikes
/// met on municipal camera pages and protocols, each with the reading that
/// must still count.
#[test]
fn published_french_spanish_eighth_round() {
    use coverage::Status::*;
    let es = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::Es).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    let fr = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::Fr).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // Tampering with recordings is no manipulation of people (agency).
    assert_eq!(es("El servidor impide cualquier manipulación o alteración de las grabaciones de cada patrulla.", "autonomy.agency"), Missing);
    assert_ne!(es("Los agentes reciben formación para resistir la manipulación y el sesgo de automatización.", "autonomy.agency"), Missing);
    assert_eq!(fr("Le serveur empêche toute manipulation des enregistrements réalisés par les agents.", "autonomy.agency"), Missing);
    // Keeping recordings intact is security, not answering for the system.
    assert_eq!(es("El centro de mando guarda los vídeos en un servidor para velar por la integridad de las grabaciones.", "governance.accountability"), Missing);
    assert_ne!(es("La jefatura velará por el cumplimiento de este protocolo y rendirá cuentas al pleno cada año.", "governance.accountability"), Missing);
    // A by-law's public-comment period and its publication formula disclose no use.
    assert_eq!(es("Sin reclamaciones en el plazo de exposición al público, el reglamento se hace público para general conocimiento.", "autonomy.transparency"), Missing);
    assert_ne!(es("El ayuntamiento publicará en su web la ubicación de cada cámara para informar a los vecinos.", "autonomy.transparency"), Missing);
    // The police's security adviser consulted on siting answers for nothing.
    assert_eq!(fr("L'implantation des caméras a été décidée après avis du référent sûreté de la gendarmerie.", "governance.accountability"), Missing);
    // Only the public road filmed, private openings masked: a limit of place.
    assert_ne!(fr("Seule la voie publique peut être filmée par les caméras de la commune.", "lawfulness.proportionality"), Missing);
    assert_ne!(fr("Les zones et ouvertures privées sont occultées par le logiciel de chaque caméra.", "lawfulness.proportionality"), Missing);
    // A stated aim in a verb whose stem changes («promueva», « promeut »)
    // is a statement of values, as «promover» is: it names, it provides nothing.
    assert_eq!(es("El protocolo debe garantizar que la herramienta promueva la inclusión en cada barrio.", "fairness.accessibility"), Partial);
    assert_eq!(es("El protocolo debe garantizar que los avisos se ofrezcan en castellano y en catalán.", "fairness.accessibility"), Covered);
    assert_eq!(fr("La commune doit garantir que le dispositif promeut la transparence.", "autonomy.transparency"), Partial);
    // A term in a run-in label names the paragraph's topic, as a heading
    // does; a clause before a colon, with its subject and verb,
    // is no label.
    assert_eq!(es("Supervisión humana y responsabilidad: toda IA debe operar bajo control de un agente.", "governance.accountability"), Partial);
    assert_eq!(es("La jefatura debe asumir la responsabilidad del sistema: informa al pleno cada año.", "governance.accountability"), Covered);
    assert_eq!(es("El municipio impulsa una tecnología pública centrada en las personas.", "autonomy.transparency"), Missing);
}

/// Traceability needs a record of what was done, or an audit of such
/// records (devprec, fifth sitting, 2026-11-29). A bare "audit" or "log"
/// names the principle only in a heading or a list of topics (a term
/// written `^audit`); in a sentence the audit must reach logs, records,
/// decisions, queries or versions, and a log must hold items of use (user,
/// time, query, …). A recorded decision needs its reasons; "from time to
/// time" is a frequency, not a logged time; a person's history is no log.
#[test]
fn traceability_needs_a_record_of_use_or_its_audit() {
    use coverage::Status::*;
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "governance.traceability").unwrap().status;
    // Passing words.
    assert_eq!(status("The Finance Office audits the unit's petrol receipts each spring."), Missing);
    assert_eq!(status("The Council may audit the contractor's compliance with this clause."), Missing);
    assert_eq!(status("The old equipment log from the stores contract is kept in the basement."), Missing);
    assert_eq!(status("Chat logs are read from time to time to improve the replies."), Missing);
    assert_eq!(status("The planning tool must not use anyone's disciplinary history."), Missing);
    assert_eq!(status("A sergeant must agree before any charge decision is recorded."), Missing);
    // Provisions.
    assert_ne!(status("The Integrity Unit audits a sample of 50 queries every month."), Missing);
    assert_ne!(status("Alert logs are audited by the inspection office every quarter."), Missing);
    assert_ne!(status("The review panel records its decision and the reasons for it."), Missing);
    assert_ne!(status("Every search is logged with the user, the time and the case number."), Missing);
    // A heading, or a topic in a list, still names it.
    assert_eq!(status("## Audit\nThe tool drafts letters for the front desk."), Partial);
}

/// A body that "answers within ten days" or a service that "answers the
/// panel's comments" replies; one that answers *to* a body, or is held to
/// account by it, is accountable (devprec, fifth sitting, 2026-11-29).
#[test]
fn answering_a_letter_is_no_accountability() {
    use coverage::Status::*;
    let status = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == "governance.accountability").unwrap().status;
    assert_eq!(status("Residents may write to the Parking Review Board, which answers within ten working days."), Missing);
    assert_eq!(status("The unit answers the panel's questions in its yearly note."), Missing);
    assert_ne!(status("The unit head answers to the Police Board for every deployment of the tool."), Missing);
    assert_ne!(status("The Chief Constable is held to account by the Policing Board for the system."), Missing);
}

/// The word lists compared by their stems (`physical`, `values`,
/// `number_words`, `time_units`, `bodies`, `committed`) need each word once:
/// "bags" after "bag" adds bytes to the embedded data and matches nothing
/// more.
#[test]
fn no_stemmed_word_list_repeats_a_stem() {
    let mut repeats = Vec::new();
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let pack = lang::pack(lang).expect("every language is embedded in tests");
        let document = |key: &str| pack.document.get(key).cloned().unwrap_or_default();
        let lists = [("physical", document("physical")), ("values", document("values")), ("number_words", document("number_words")), ("time_units", document("time_units")), ("bodies", pack.bodies.clone()), ("committed", pack.committed.clone())];
        for (name, list) in lists {
            let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
            for w in list {
                if let Some(first) = seen.insert(super::stem::stem(lang, &w), w.clone()) {
                    repeats.push(format!("{} {name}: {first:?} ~ {w:?}", lang.code()));
                }
            }
        }
    }
    assert!(repeats.is_empty(), "{repeats:#?}");
}

/// Shields and marquees are things a word describes, like bags and roofs:
/// "transparent riot shields" disclose nothing and "a robust marquee"
/// withstands the rain, not attacks (devprec, fifth sitting, 2026-11-29).
#[test]
fn shields_and_marquees_are_things() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("Visitors to the open day can hold the transparent riot shields.", "autonomy.transparency"), Missing);
    assert_eq!(status("A robust marquee will shelter the open day's stalls.", "harm.robustness"), Missing);
    assert_ne!(status("The matching service must stay robust against spoofed images and fall back to manual checks.", "harm.robustness"), Missing);
}

/// Generative-AI guidance for staff, read as published (pubgenai round):
/// glossaries with a line per term, code citations in an authority field,
/// instructions to refrain, checks before use, and look-alikes.
#[test]
fn published_generative_ai_guidance_round() {
    use coverage::Status::*;
    let report = |text: &str| lint_with(text, &Config::default(), Format::Text);
    let status = |text: &str, principle: &str| report(text).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    let rules = |text: &str| report(text).findings.into_iter().map(|f| f.rule).collect::<Vec<_>>();
    // A glossary with each term on its own line stays a glossary; a later
    // section that binds still provides.
    let glossary = "Scope\n\nThis note applies to all court staff.\n\nKey terms\n\nNeural network\n\nA model loosely modelled on the brain, whose accuracy grows with training.\n\nChatbot\n\nA program requiring no human to hold a conversation.\n\nUse of tools\n\nStaff must check every draft for errors before they rely on it.";
    assert_eq!(status(glossary, "harm.accuracy"), Missing);
    assert_ne!(status(glossary, "autonomy.oversight"), Missing);
    // A check of the output before using it is the human check.
    assert_ne!(status("Always check AI outputs before using them in any decision.", "autonomy.oversight"), Missing);
    // "Avoid entering …" forbids, like "Do not enter …": the data is kept out of the tool.
    let avoid = rules("Avoid entering residents' personal information into public chatbots.");
    assert!(!avoid.iter().any(|r| r.starts_with("personal-data-")), "{avoid:?}");
    // A code section cited in an authority field names the law; its abbreviation is no acronym.
    let authority = "Authority: MCA §2-15-114; the department issues this standard to all staff.";
    assert_ne!(status(authority, "lawfulness.legitimacy"), Missing);
    assert!(!rules(authority).iter().any(|r| r == "undefined-acronym"));
    assert_ne!(status("Scope and authority: O.C.G.A 50-25-4 and the state security standard.", "lawfulness.legitimacy"), Missing);
    // A subject the sentence opens by negating denies the verb after it.
    assert_ne!(status("No personal information should be entered into public AI chatbots.", "autonomy.privacy"), Missing);
    // "be thorough and evaluate": a second duty of the subject, not a passive.
    assert!(!rules("Analysts must be thorough and evaluate each lead before it is shared.").iter().any(|r| r == "passive-duty"));
    assert!(rules("Records must be stored safely and evaluated each week.").iter().any(|r| r == "passive-duty"));
    // Look-alikes.
    assert_eq!(status("Ask legal counsel before buying any new tool.", "harm.wellbeing"), Missing);
    assert_eq!(status("Staff first try new tools in a controlled environment.", "harm.wellbeing"), Missing);
    assert_eq!(status("Answers to staff questions will be published on the staff intranet.", "autonomy.transparency"), Missing);
    assert_eq!(status("Good tools support informed decision-making across departments.", "autonomy.transparency"), Missing);
    assert_eq!(status("Its relevance to the court and tribunal system keeps growing.", "fairness.redress"), Missing);
    assert_eq!(status("When engaging with generative AI, staff protect the data of everyone they serve.", "fairness.accessibility"), Missing);
    // Limiting the use to the cases where something holds is a limit of scope.
    assert_ne!(status("Each team must limit the use of these tools to cases where it can manage the risks.", "lawfulness.proportionality"), Missing);
    // "responsible" among the values of a use answers for nothing.
    assert_eq!(status("The force is committed to the responsible, lawful and transparent use of AI.", "governance.accountability"), Missing);
}

/// Published international texts in English, second round (pubintl2,
/// 2026-11-29): look-alikes and missed senses, each case in our own words.
#[test]
fn published_international_second_round() {
    use coverage::Status::*;
    let report = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En);
    let status = |text: &str, principle: &str| report(text).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // A law's name is no provision for well-being; a measure for communities still is.
    assert_eq!(status("The county adopted the Camera Use and Community Safety Ordinance in 2019.", "harm.wellbeing"), Missing);
    assert_ne!(status("The unit must assess the impact of the cameras on local communities every year.", "harm.wellbeing"), Missing);
    // A manual check of the results is oversight, not a fallback for failures.
    let check = "In the manual process an examiner studies each returned candidate to verify the results before anything is sent.";
    assert_eq!(status(check, "harm.robustness"), Missing);
    assert_ne!(status(check, "autonomy.oversight"), Missing);
    assert_ne!(status("If the system fails, operators switch to a manual process until it is restored.", "harm.robustness"), Missing);
    // A match report sent back to the user who asked is a result; a report to
    // a board answers for the system. "Responsible and authorised use" is a value.
    assert_eq!(status("The bureau runs the search and sends its report to the requesting user.", "governance.accountability"), Missing);
    assert_eq!(status("The force wants the responsible and authorised use of the chatbot.", "governance.accountability"), Missing);
    assert_ne!(status("The Head of Analysis reports to the oversight board every quarter on the use of the tool.", "governance.accountability"), Missing);
    // Keeping track of which model made each prediction is a record of versions.
    assert_ne!(status("The unit keeps track of the model version behind every prediction it stores.", "governance.traceability"), Missing);
    assert_eq!(status("Supervisors keep track of the duty rota.", "governance.traceability"), Missing);
    // "re-trained" splits at its hyphen: the frequency still qualifies a training duty.
    assert!(report("The text model is re-trained regularly.").findings.iter().any(|f| f.rule == "vague-frequency"));
    // A definition whose quoted text follows a comma describes; it provides nothing.
    assert_eq!(status("Camera data is defined as, \"any recording that can be linked to a person, kept or deleted\".", "autonomy.privacy"), Missing);
    // What each use policy must specify is a list of topics: named, not provided.
    let topics = "Each use policy must specify the purpose, permitted uses, images that may be kept, data access, data retention, public reporting and training.";
    assert_eq!(status(topics, "autonomy.privacy"), Partial);
    assert!(report(topics).findings.iter().all(|f| f.rule != "personal-data-access-control"));
    // A signpost to the reader commits to nothing: a route named there is partial.
    assert_eq!(status("Below you will find the yearly figures and the complaints procedure.", "fairness.redress"), Partial);
    // An ordinance named by its title is a cited law, as an Act is.
    assert_eq!(status("The board adopted the Camera Oversight Ordinance, which took effect on 1 May. Departments adopted the Camera Oversight Ordinance rules in June.", "lawfulness.legitimacy"), Covered);
    // Data kept in a secure, encrypted format is protected data, not a system that withstands failure.
    assert_eq!(status("Records must be stored in a secure and encrypted format and sent over a secure network.", "harm.robustness"), Missing);
    assert_ne!(status("The system must pass security testing before it goes live.", "harm.robustness"), Missing);
    // Monitoring how a tool is used keeps some trace of that use.
    assert_eq!(status("The force can monitor usage of the chatbot.", "governance.traceability"), Partial);
    // Automatic face comparison is biometric identification.
    assert!(report("Examiners compare crime-scene stills with custody photos using an automatic face comparison tool.").findings.iter().any(|f| f.rule == "biometric-accuracy-testing"));
}

#[test]
fn published_us_police_technology_round() {
    use coverage::Status::*;
    let report = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En);
    let status = |text: &str, principle: &str| report(text).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // A state's administrative code cited in parentheses names the law for the use.
    assert_eq!(status("(a) A plate reader shall only be used for patrol duties (Ida. Admin. Code r. 11-4-.02).", "lawfulness.legitimacy"), Covered);
    assert_eq!(status("(a) A plate reader shall only be used for patrol duties (Dept. Form 11-4.2).", "lawfulness.legitimacy"), Missing);
    // "… through imaging, recording or any other means" closes a list; it weighs no alternative.
    assert_eq!(status("A drone is an aircraft with the systems it carries for gathering information through imaging, recording or any other means.", "lawfulness.necessity"), Missing);
    assert_ne!(status("The unit must first try other means and record why they failed.", "lawfulness.necessity"), Missing);
    // The safety and security of the community is the aim of policing, not the system's security.
    assert_eq!(status("The department seeks tools that add to the safety and security of the community. In 2025 it began testing the value of plate readers.", "harm.robustness"), Missing);
    assert_ne!(status("The plate-reader server must pass a security test every year.", "harm.robustness"), Missing);
}

/// Words of a principle used in another sense (devprec2, fifth sitting,
/// 2026-11-29): a deadline counted from being told, a cost of checking
/// time, a storeroom, complaints as a report item or a kind of
/// investigation, access limited to authorised staff, a group
/// disproportionately affected, a record signed as accurate and a log of
/// errors provide nothing for the principle they name.
#[test]
fn words_in_another_sense_are_look_alikes() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("Anyone may ask for a second review within 14 days of being told of the fine.", "autonomy.transparency"), Missing);
    assert_ne!(status("Each driver must be told that the camera system is in use.", "autonomy.transparency"), Missing);
    assert_eq!(status("The library assistant may search published force policies only.", "autonomy.transparency"), Missing);
    assert_eq!(status("The unit will compare the cost of the translation licence and of staff checking time with the hours saved.", "autonomy.oversight"), Missing);
    assert_eq!(status("Seized phones wait in the property store until their owners collect them.", "autonomy.privacy"), Missing);
    assert_eq!(status("The project lead must brief the board on incidents and complaints every six months.", "fairness.redress"), Missing);
    assert_eq!(status("The tool may be used only for complaint investigations by the standards unit.", "fairness.redress"), Missing);
    assert_ne!(status("Anyone may complain to the Police Ombudsman about a decision within 30 days.", "fairness.redress"), Missing);
    assert_eq!(status("Camera footage shall be retained for 30 days, and access shall be limited to authorised personnel.", "lawfulness.proportionality"), Missing);
    assert_eq!(status("The annual report must name any district disproportionately affected by the patrols.", "lawfulness.proportionality"), Missing);
    assert_eq!(status("The officer must read the typed statement and sign it as accurate.", "harm.accuracy"), Missing);
    assert_eq!(status("The supplier must keep error logs and report each fault within a day.", "harm.accuracy"), Missing);
    assert_ne!(status("The false match rate must be measured every quarter and kept below 1 in 1,000.", "harm.accuracy"), Missing);
}

/// More words in another sense (devprec2): a model's training data is no
/// limit on its use, a place beside a record no retention, an approver's
/// judgement of a request's reasons and a screen showing an operator a
/// possible match no disclosure, a record that agrees with a file no
/// measured match rate.
#[test]
fn training_placement_and_display_are_look_alikes() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("The model will be trained only on images from the force's own cameras.", "lawfulness.proportionality"), Missing);
    assert_ne!(status("The cameras may be switched on only during the two-day festival.", "lawfulness.proportionality"), Missing);
    assert_eq!(status("Risk scores are stored alongside the case notes.", "autonomy.privacy"), Missing);
    assert_eq!(status("The superintendent signs the request only if the officer's explanation is convincing to the public.", "autonomy.transparency"), Missing);
    assert_eq!(status("The reader issues no tickets itself; it displays a possible match for anyone on duty.", "autonomy.transparency"), Missing);
    assert_ne!(status("The force must explain each score to the person concerned.", "autonomy.transparency"), Missing);
    assert_eq!(status("Each month the auditor must check, for at least 50 entries, that the recorded decision matches the case file.", "harm.accuracy"), Missing);
}

/// A tool that "discloses another" person's data leaks it, and staff who
/// "use the approved" tool pick a sanctioned product: neither is
/// disclosure of use nor a check of output (devprec2).
#[test]
fn leaks_and_approved_products_are_look_alikes() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("The release must be stopped if the assistant ever discloses another person's records.", "autonomy.transparency"), Missing);
    assert_eq!(status("Front counter staff may use the approved translation tool for directions and opening hours.", "autonomy.oversight"), Missing);
    assert_ne!(status("The assistant must disclose to each caller that it is an AI system.", "autonomy.transparency"), Missing);
}

/// A member of the public told what to do "if you disagree" with an
/// outcome is offered a route to challenge it, not protection from
/// automation bias; a "wellbeing rota" is a staff timetable (devprec2).
#[test]
fn a_public_disagreement_and_a_rota_are_look_alikes() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("If you disagree with the outcome, explain your reasons to the Parking Adjudicator within 28 days.", "autonomy.agency"), Missing);
    assert_ne!(status("An officer who disagrees with the score must record the reason on the case file.", "autonomy.agency"), Missing);
    assert_eq!(status("The wellbeing rota for the control room is pinned beside the kitchen.", "harm.wellbeing"), Missing);
}

#[test]
fn published_uk_face_recognition_second_round() {
    use coverage::Status::*;
    let report = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En);
    let status = |text: &str, principle: &str| report(text).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // People wanted on a warrant are who the watchlist holds, not the basis for the use.
    assert_eq!(status("Before each deployment officers will build a watchlist of people wanted on warrants for the area.", "lawfulness.legitimacy"), Missing);
    assert_eq!(status("The cameras may be used only under a warrant issued by a judge.", "lawfulness.legitimacy"), Covered);
    // "Statutory requirements" in general names the law without citing it, like "applicable law".
    assert_eq!(status("In keeping with statutory requirements, the cameras will be signposted.", "lawfulness.legitimacy"), Partial);
    // A law a body breached, as a regulator reports it, is no basis for the use; nor is an
    // agency failing to do something a failure of the system.
    let breach = "The regulator found that the force breached section 12 of the Privacy Code by failing to complete an assessment.";
    assert_eq!(status(breach, "lawfulness.legitimacy"), Missing);
    assert_eq!(status(breach, "harm.robustness"), Missing);
    // Marked vans and a notice on the force's own website tell the public.
    assert_eq!(status("The camera vans will be clearly marked when deployed.", "autonomy.transparency"), Covered);
    assert_eq!(status("Each deployment site will be announced on our website a week in advance.", "autonomy.transparency"), Covered);
    assert_eq!(status("Victims will be signposted to support services.", "autonomy.transparency"), Missing);
    // Officers engaging a person the system flagged consult no one.
    assert_eq!(status("An officer checks every alert before deciding on engagement or arrest of the people of interest.", "fairness.accessibility"), Missing);
    assert_ne!(status("The force will hold engagement meetings with community groups before the first deployment.", "fairness.accessibility"), Missing);
    // A count of complaints is a statistic, not a route to complain.
    assert_eq!(status("The panel will review the latest complaints figures.", "fairness.redress"), Missing);
}

/// Published French and Spanish texts, ninth round (pubfres9): look-alikes
/// met on Belgian council decisions, a Québec body-camera pilot, a Costa
/// Rican legal opinion and Spanish and Mexican camera pages, each with the
/// reading that must still count.
#[test]
fn published_french_spanish_ninth_round() {
    use coverage::Status::*;
    let es = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::Es).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    let fr = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::Fr).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // Filming an intervention is footage, not a log of the system's use.
    assert_eq!(fr("Les agents utilisateurs doivent enregistrer les images lors de chaque contrôle routier.", "governance.traceability"), Missing);
    assert_ne!(fr("Chaque consultation est enregistrée avec l'identifiant de l'agent et l'heure.", "governance.traceability"), Missing);
    // The data subject («titular de los datos») is no title of a law.
    assert_eq!(es("Nadie puede consultar esas fotografías salvo que el titular de los datos dé su permiso y otra ley lo regule.", "lawfulness.legitimacy"), Missing);
    assert_ne!(es("El uso de las cámaras se rige por el título III de la Ley 4/1997.", "lawfulness.legitimacy"), Missing);
    // Advice to a reader who may be a victim protects no group.
    assert_eq!(es("Si es víctima de un robo, usted debe acudir a la fiscalía con la hora del hecho.", "fairness.vulnerable"), Missing);
    assert_eq!(es("En caso de ser víctima de un robo, el vecino debe acudir a la fiscalía.", "fairness.vulnerable"), Missing);
    assert_eq!(fr("Si vous êtes victime d'un vol, vous devez porter plainte au commissariat.", "fairness.vulnerable"), Missing);
    assert_ne!(es("Las imágenes de víctimas menores de edad reciben una protección adicional.", "fairness.vulnerable"), Missing);
    // A pilot run of the cameras, or evidence for a court, is no security
    // test; the safety of officers is no robustness either.
    assert_eq!(es("La prueba piloto duró tres meses.\n\nLas cámaras darán más seguridad a los agentes.", "harm.robustness"), Missing);
    assert_eq!(es("Las cámaras mejoran la aportación de pruebas y la seguridad de las patrullas.", "harm.robustness"), Missing);
    assert_ne!(es("El proveedor debe realizar pruebas de seguridad del sistema ante ataques cada año.", "harm.robustness"), Missing);
    // Telling people beforehand that they are filmed is a notice of use,
    // in «comunicar» / « communiquer » as in «informar».
    assert_eq!(es("Antes de grabar, los agentes deben comunicar a las personas presentes que la cámara está encendida.", "autonomy.transparency"), Covered);
    assert_eq!(fr("Avant de filmer, les agents doivent communiquer aux personnes présentes que la caméra fonctionne.", "autonomy.transparency"), Covered);
    assert_eq!(es("Los agentes deben comunicar cada avería de la cámara al jefe de turno.", "autonomy.transparency"), Missing);
    // Data-subject rights listed in another order still give a route.
    assert_ne!(es("Quien aparezca en una grabación puede ejercer sus derechos de acceso, cancelación u oposición.", "fairness.redress"), Missing);
}

/// Published texts from Canada, Ireland, Scotland and Australia (pubcw3,
/// sixth sitting, 2026-11-29); every sentence here is our own.
#[test]
fn published_commonwealth_texts_round() {
    use coverage::Status::*;
    let report = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En);
    let status = |text: &str, principle: &str| report(text).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // A written question as a parliament prints it, with a full stop: it asks, it provides nothing.
    assert_eq!(status("(4) How many times have residents asked for a copy of their footage and received it.", "autonomy.transparency"), Partial);
    assert_eq!(status("(5) Is the unit keeping an audit log of every search with the user and the time.", "governance.traceability"), Partial);
    assert_eq!(status("How quickly will savings appear compared to the purchase cost, and how will they be measured", "harm.efficiency"), Partial);
    // A clause opening with "where" or "how" and then a subject is a statement.
    assert_eq!(status("Where a match is found, the analyst must log the search, the user and the time.", "governance.traceability"), Covered);
    assert_eq!(status("When the force uses face matching, it must publish a notice on its website.", "autonomy.transparency"), Covered);
    assert_eq!(status("When does the force publish a notice on its website.", "autonomy.transparency"), Partial);
    // Robust safeguards protect rights; they are no robustness of the system.
    assert_eq!(status("Strong rules and robust safeguards must protect the rights of people filmed.", "harm.robustness"), Missing);
    assert_ne!(status("The matching service must stay robust when images are cropped or dark.", "harm.robustness"), Missing);
    // Fewer complaints are an outcome, not a route to complain.
    assert_eq!(status("Cameras have led to reduced complaints against officers.", "fairness.redress"), Missing);
    assert_eq!(status("Forces using cameras report fewer complaints about stops.", "fairness.redress"), Missing);
    // Money well spent: no accountability, no environmental footprint.
    assert_eq!(status("The board checks that spending on new technology is financially responsible.", "governance.accountability"), Missing);
    assert_eq!(status("Boards weigh the financial sustainability of each technology purchase.", "harm.wellbeing"), Missing);
    // A report's heading about itself ("Why this audit matters") names no audit of logs.
    let md = lint_in("## Why this audit matters\n\nThe auditor looked at how the force uses its cameras.", &Config::default(), Format::Markdown, Lang::En);
    assert_eq!(md.coverage.iter().find(|c| c.principle == "governance.traceability").unwrap().status, Missing);
    // Training is no trained person: refining training and assessing evidence is no human check.
    assert_eq!(status("The project team will refine its policy and training and assess how evidence is collected by 30 June 2026.", "autonomy.oversight"), Missing);
    assert_eq!(status("A trained analyst must confirm every match before any action.", "autonomy.oversight"), Covered);
    // Overt use of a body camera, and telling people it records, is disclosure.
    assert_ne!(status("Officers must wear the camera in an overt manner.", "autonomy.transparency"), Missing);
    assert_ne!(status("The officer tells the person being filmed that the camera is being used.", "autonomy.transparency"), Missing);
    assert_eq!(status("Covert recording is not covered by this page.", "autonomy.transparency"), Missing);
    // Productivity assessed is efficiency measured; intended benefits tracked are too.
    assert_ne!(status("During the trial the unit will assess how productivity changes in each team.", "harm.efficiency"), Missing);
    assert_eq!(status("The auditor recommends tracking the intended benefits of the cameras.", "harm.efficiency"), Partial);
    assert_eq!(status("The human resources team keeps the vehicle-tracking rota.", "harm.efficiency"), Missing);
    // Footage kept for claims of misconduct against officers answers for nothing about the system.
    assert_eq!(status("Cameras will also help settle allegations of misconduct made against officers.", "governance.accountability"), Missing);
    // Independent scrutiny by a body is oversight of those who answer for the system.
    assert_eq!(status("The use of the tool should be subject to independent and effective scrutiny by the policing authority.", "governance.accountability"), Partial);
    // The rule of law is a principle of government, not the law for this use.
    assert_eq!(status("Respect for human rights is part of democracy and the rule of law, and each use must be balanced.", "lawfulness.legitimacy"), Missing);
    // "HM Treasury" is a title, not an acronym to spell out.
    assert!(report("Each business case must follow HM Treasury guidance.").findings.iter().all(|f| f.rule != "undefined-acronym"));
}

/// Recall round on the development set (devrec, sixth sitting): principles a
/// policy addresses in other words, each class in our own words.
#[test]
fn paraphrased_provisions_are_read() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // A fixed period of deletion is a retention rule, whatever the data are called.
    assert_ne!(status("Link charts are destroyed 12 months after the inquiry closes.", "autonomy.privacy"), Missing);
    // A feed that drops or a calibration that lapses is a failure; a rate that drops below a threshold is not.
    assert_ne!(status("If the camera feed drops, stewards return to the manual count.", "harm.robustness"), Missing);
    assert_ne!(status("The manager suspends the camera the same day if its calibration lapses.", "harm.robustness"), Missing);
    assert_eq!(status("The analyst retrains the model if its recall drops below 90%.", "harm.robustness"), Missing);
    // Counting what was found wrong measures accuracy.
    assert_ne!(status("The lead reports the number of wrongly linked records to the board each quarter.", "harm.accuracy"), Missing);
    // The officer's grading prevailing over the tool's, and staff proofreading before filing, are human checks.
    assert_ne!(status("Where the two gradings disagree, the officer's grading prevails.", "autonomy.oversight"), Missing);
    assert_ne!(status("Personnel must proofread every summary the assistant writes before it is filed.", "autonomy.oversight"), Missing);
    assert_eq!(status("The assistant offers proofreading of narrative output written by officers.", "autonomy.oversight"), Missing);
    // A record of changes, a reason noted, the tool's involvement recorded: traceability.
    assert_ne!(status("A record of every change to the model is maintained.", "governance.traceability"), Missing);
    assert_ne!(status("The analyst notes the reason in the case file.", "governance.traceability"), Missing);
    assert_ne!(status("The use of the assistant must be logged with its involvement in each draft.", "governance.traceability"), Missing);
    // A board that signs a change answers for it.
    assert_ne!(status("No release goes live until the Model Board has signed the change request.", "governance.accountability"), Missing);
    // A numbered rule is a legal basis like a section.
    assert_ne!(status("Under rule 12 of the Custody Rules 2021, the unit may analyse recorded calls.", "lawfulness.legitimacy"), Missing);
    // A collection statement is a privacy notice; concerns raised by residents open a route; disparities are unequal effects.
    assert_ne!(status("## Collection statement\nThe force explains here what the cameras record.", "autonomy.transparency"), Missing);
    assert_ne!(status("Concerns raised by residents are answered by the complaints officer within 20 days.", "fairness.redress"), Missing);
    assert_ne!(status("The unit monitors the scores for disparities.", "fairness.nondiscrimination"), Missing);
    // Holding no names is minimisation; access managed by a role or given to authorised users is an access rule.
    assert_ne!(status("The forecast holds no names or dates of birth.", "autonomy.privacy"), Missing);
    assert_ne!(status("Stored reads can be accessed by authorised users.", "autonomy.privacy"), Missing);
    assert_ne!(status("Access is managed by the project lead.", "autonomy.privacy"), Missing);
    // A use ruled out is a limit on scope, and a score that is one input to a human's report is no decision.
    assert_ne!(status("The translation app is never used for interviews under caution.", "lawfulness.proportionality"), Missing);
    assert_ne!(status("The detector's score is one input to the examiner's report.", "autonomy.oversight"), Missing);
    // "every" and "always" make the present tense a rule: strong, like "must".
    assert_eq!(status("A call handler listens to every flagged call before it is graded.", "autonomy.oversight"), Covered);
    assert_eq!(status("The dispatcher always checks the tool's suggestion before a unit is sent.", "autonomy.oversight"), Covered);
    assert_eq!(status("A call handler listens to the flagged call before it is graded.", "autonomy.oversight"), Partial);
    // A passive review with its agent before anything happens; a person who may ask a named body to review.
    assert_ne!(status("Each redacted clip is checked by the Release Desk before it leaves the force.", "autonomy.oversight"), Missing);
    assert_ne!(status("A tenant may ask the Housing Review Officer to review the listing.", "fairness.redress"), Missing);
    // Generic obligations name the law without citing one: partial at most.
    assert_eq!(status("The tool will be assessed for compliance with human rights obligations.", "lawfulness.legitimacy"), Partial);
    // Overriding a score one disagrees with is own judgement; telling users they are not speaking to a person is disclosure.
    assert_ne!(status("Handlers can override a grading whenever they disagree with it.", "autonomy.agency"), Missing);
    assert_ne!(status("The chatbot tells users that they are not speaking to a person.", "autonomy.transparency"), Missing);
    // A rate measured separately for each kind of speaker is a comparison by group; an approval on a condition limits use.
    assert_ne!(status("The analyst measures the false-alarm rate separately for callers speaking Welsh, Gujarati and Somali.", "fairness.nondiscrimination"), Missing);
    assert_ne!(status("The board approved the tool on condition that it only sorts referrals already received.", "lawfulness.proportionality"), Missing);
    // A staffed desk or line for those who prefer a person is the human alternative.
    assert_ne!(status("Visitors who prefer not to use the kiosk may go to the staffed counter instead.", "fairness.accessibility"), Missing);
}

/// Spanish wording of the development round deves (2026-11-29): look-alikes
/// (fire victims, an emergency unit sent out, a count of confirmed matches,
/// a mail register, a medical appointment, the entrances of a port, a
/// condition in time), Latin American and Spanish turns of phrase for a
/// principle (drafts reviewed, a judge's authorisation, «normatividad»,
/// «desempeño», a mean error, reporting to a council, asking for a
/// reconsideration, error rates by language as no access need, training against
/// over-trust), a denied use on a group.
#[test]
fn spanish_development_wording_deves() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::Es).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // Look-alikes.
    assert_eq!(status("Los bomberos rescataron ayer a las víctimas del accidente de la autovía.", "fairness.vulnerable"), Missing);
    assert_eq!(status("El operador de la sala elige el recurso que se envía a cada aviso.", "fairness.redress"), Missing);
    assert_eq!(status("El informe anual recoge el número de coincidencias confirmadas en cada distrito.", "autonomy.oversight"), Missing);
    assert_eq!(status("La oficina anota cada carta en el registro de entrada de correspondencia.", "governance.traceability"), Missing);
    assert_eq!(status("Quien analice grabaciones de víctimas tendrá una consulta psicológica cada dos meses.", "autonomy.privacy"), Missing);
    assert_eq!(status("Las cámaras leen matrículas en los accesos al polígono industrial.", "autonomy.privacy"), Missing);
    assert_eq!(status("El servicio instala el programa solo después de probarlo con grabaciones de la calle.", "lawfulness.proportionality"), Missing);
    assert_eq!(status("El gasto en material se consideró proporcional al número de patrullas.", "lawfulness.proportionality"), Missing);
    // Turns of phrase for a principle.
    assert_eq!(status("Los resultados del programa se revisarán cada año.", "autonomy.oversight"), Missing);
    assert_ne!(status("El instructor revisará el texto generado antes de firmarlo.", "autonomy.oversight"), Missing);
    assert_ne!(status("El analista solo podrá usar la herramienta en diligencias autorizadas por el juez de garantías.", "lawfulness.legitimacy"), Missing);
    assert_ne!(status("Los datos se tratarán conforme a la normatividad aplicable.", "lawfulness.legitimacy"), Missing);
    assert_ne!(status("Cada año se evaluará el desempeño del modelo con casos reales.", "harm.accuracy"), Missing);
    assert_ne!(status("El sistema entra en servicio si el error medio no supera el 5 %.", "harm.accuracy"), Missing);
    assert_ne!(status("La Dirección dará cuenta al Concejo Municipal cada trimestre del uso de los drones.", "governance.accountability"), Missing);
    assert_ne!(status("El denunciante puede pedir que un mando reconsidere el nivel asignado a su caso.", "fairness.redress"), Missing);
    assert_ne!(status("Quien reciba la multa puede reclamar ante el Juzgado de lo Contencioso.", "fairness.redress"), Missing);
    assert_eq!(status("La Unidad compara cada año las tasas de falsos positivos en castellano y en gallego.", "fairness.accessibility"), Missing);
    assert_ne!(status("Los operadores recibirán capacitación sobre el riesgo de confiar en exceso en las alertas.", "autonomy.agency"), Missing);
    assert_ne!(status("Los agentes procurarán que el uso de las cámaras sea proporcional a la finalidad perseguida.", "lawfulness.proportionality"), Missing);
    // A use denied for a group excludes the group.
    assert_ne!(status("El sistema no se aplicará a denuncias de menores de edad.", "fairness.vulnerable"), Missing);
}

/// «ni» adds its item to the denial of an earlier «no» (« ni » likewise),
/// but not to a «sin»: «sin revisión ni orden» is still one «sin».
#[test]
fn a_list_partner_extends_the_denial() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str, lang: Lang| lint_in(text, &Config::default(), Format::Text, lang).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    assert_eq!(status("El interno no recibe ninguna explicación de la nota ni existe recurso contra ella.", "fairness.redress", Lang::Es), Missing);
    assert_eq!(status("El traductor no se ha probado con hablantes de aimara ni con lenguas de signos.", "fairness.accessibility", Lang::Es), Missing);
    assert_ne!(status("El interno puede presentar un recurso contra la nota en un plazo de diez días.", "fairness.redress", Lang::Es), Missing);
    assert_ne!(status("No se detiene a nadie sin revisión humana ni orden judicial.", "autonomy.oversight", Lang::Es), Missing);
}

/// French development round (devfr, sixth sitting, 2026-11-29): look-alikes,
/// a thing's reliability, responsibility with a copula, review by a named
/// chief, signs that state, languages as groups and as formats, a recorded
/// decision with its reasons, and a bare « audit » in a sentence.
#[test]
fn french_development_round() {
    use coverage::Status::*;
    let fr = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::Fr).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // (text, principle, expected missing?)
    let cases: &[(&str, &str, bool)] = &[
        // Mugshots (« photos signalétiques »), a site diary, the ethics adviser,
        // a cost in proportion to a budget, a room supervisor: look-alikes.
        ("L'enquêteur compare le portrait-robot aux photos signalétiques du fichier.", "autonomy.transparency", true),
        ("Le chantier du nouveau commissariat a son journal de chantier, tenu par le maître d'œuvre.", "governance.traceability", true),
        ("Un agent qui hésite peut consulter le référent déontologue de la direction.", "governance.accountability", true),
        ("Le conseil estime le prix des bancs proportionné au budget des espaces verts.", "lawfulness.proportionality", true),
        ("Le responsable de salle relit chaque mois vingt fiches d'appel tirées au hasard.", "governance.accountability", true),
        // A sentence an officer deletes from a draft is no deleted personal data.
        ("Le rédacteur supprime toute phrase qu'il ne peut pas confirmer lui-même.", "autonomy.privacy", true),
        // Patrols sent out are no less intrusive means weighed beforehand.
        ("Une patrouille n'est envoyée qu'après examen de l'alerte par l'opérateur.", "lawfulness.necessity", true),
        ("Le chef de service consigne par écrit pourquoi des patrouilles sur place ne suffisent pas.", "lawfulness.necessity", false),
        // The reliability of a tool is robustness; that of its results, accuracy.
        ("Le fournisseur garantit la fiabilité de l'outil de lecture.", "harm.accuracy", true),
        ("Le fournisseur garantit la fiabilité de l'outil de lecture.", "harm.robustness", false),
        ("Le service mesure chaque mois la fiabilité des correspondances proposées.", "harm.accuracy", false),
        // Tested at night and in the rain, a minimum rate of correct reads.
        ("Le modèle est soumis à un jeu d'images prises de nuit et sous la pluie avant sa mise en service.", "harm.robustness", false),
        ("La version est refusée si le taux de lecture correcte mesuré descend sous 97 %.", "harm.accuracy", false),
        // A chief who stays answerable for the tool's use, with a copula; « le responsable du centre » is a title.
        ("La cheffe de l'unité reste responsable du bon usage du logiciel.", "governance.accountability", false),
        ("Le responsable du centre relève chaque matin le courrier.", "governance.accountability", true),
        // A named chief who views or checks the output before use.
        ("Les extraits retenus par l'outil sont visionnés par le chef de poste avant tout usage.", "autonomy.oversight", false),
        ("Les résultats du classifieur sont contrôlés par un agent avant transmission.", "autonomy.oversight", false),
        // A sign or a notice that states something; asking why.
        ("Une affiche à l'entrée du parc rappelle que les caméras sont reliées à un logiciel d'analyse.", "autonomy.transparency", false),
        ("Les usagers peuvent demander au service pourquoi leur dossier a été classé ainsi.", "autonomy.transparency", false),
        // Reporting errors to one's superiors over a section is no disclosure of use.
        ("Les erreurs sont signalées au chef.\nLe chef veille au bon usage du logiciel.", "autonomy.transparency", true),
        // Languages compared as groups, and languages a notice is written in.
        ("La cellule compare chaque année les taux d'erreur selon la langue de l'appelant.", "fairness.nondiscrimination", false),
        ("La cellule compare chaque année les taux d'erreur selon la langue de l'appelant.", "fairness.accessibility", true),
        ("Le formulaire de demande est traduit en arabe et en portugais.", "fairness.accessibility", false),
        // A recorded decision with its reasons is a trace; a bare audit in a sentence is not.
        ("Le brigadier inscrit au dossier sa décision et ses motifs.", "governance.traceability", false),
        ("La neutralité de l'outil sera examinée lors d'un audit.", "governance.traceability", true),
        // Not relying on the score alone, even as « ne pas », guards against automation bias.
        ("Les analystes ne doivent pas s'en remettre exclusivement à la note calculée.", "autonomy.agency", false),
        // A person who decides alone is oversight, not protection from automation bias.
        ("Chaque alerte est appréciée par l'opératrice, qui décide seule de la suite.", "autonomy.agency", true),
        ("Le score proposé n'est qu'une aide pour l'enquêteur.", "autonomy.agency", false),
        // A harm verb denied is a commitment: the vendor sees that the model reproduces no bias.
        ("L'éditeur veille à ce que le modèle ne reproduise aucun biais envers les usagers.", "fairness.nondiscrimination", false),
        ("Le modèle n'a jamais été comparé entre groupes d'usagers et personne ne cherche ses biais.", "fairness.nondiscrimination", true),
        // Answering alone for a text's content; generic requirements name the law only.
        ("La greffière qui valide le compte rendu en répond seule de son contenu.", "governance.accountability", false),
        ("Le fournisseur garantit que son logiciel respecte les exigences légales.", "lawfulness.legitimacy", false),
        // Informing the families concerned is disclosure.
        ("Une information des familles sera assurée par le commissariat.", "autonomy.transparency", false),
    ];
    let wrong: Vec<String> = cases.iter().filter(|(t, p, missing)| (fr(t, p) == Missing) != *missing).map(|(t, p, missing)| format!("{p} should be {}: {t}", if *missing { "missing" } else { "found" })).collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// An "and" followed by a finite verb of its own joins a second predicate:
/// the first one's negation does not reach it (devfr, sixth sitting).
#[test]
fn negation_stops_at_a_second_predicate() {
    let access = |text: &str, lang: Lang| lint_in(text, &only("personal-data-access-control"), Format::Text, lang).findings.len();
    let fr = "Le logiciel analyse les images des caméras. Elles sont effacées dès qu'elles ne sont plus utiles et sont accessibles aux seuls agents du poste.";
    assert_eq!(access(fr, Lang::Fr), 0, "the access rule stands in its own predicate");
    let fr = "Le logiciel analyse les images des caméras. Elles ne sont pas accessibles aux agents du poste.";
    assert_eq!(access(fr, Lang::Fr), 1, "a negated access statement is still none");
    let en = "The software analyses the camera images. They are not kept once the case closes and are accessible only to the duty officers.";
    assert_eq!(access(en, Lang::En), 0);
}

/// US surveillance-technology texts read as a new user would (pubus12,
/// 2026-11-29): a transparency page's short line of things under a heading
/// that negates or forbids ("Not Collected") names what the system does not
/// do, and a definition's examples set apart by semicolons name a category,
/// even when the list runs on past its last item.
#[test]
fn published_us_surveillance_technology_round() {
    let rules = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).findings.into_iter().map(|f| f.rule).filter(|r| r.starts_with("biometric")).collect::<Vec<_>>();
    let page = "Plate readers on city poles\n\nThe city reads the plates of passing cars for stolen-car alerts.\n\nNot Collected\nFace Recognition, Drivers, Passengers\nHow Long We Keep Reads\nReads are deleted after 21 days.\n";
    assert!(rules(page).is_empty(), "{:?}", rules(page));
    // The same line under a heading that does not negate names what is read.
    let used = page.replace("Not Collected", "Also Collected");
    assert!(!rules(&used).is_empty(), "{used}");
    // A full sentence under a negating heading still says what it says.
    let sentence = "Park cameras\n\nThe parks office watches the gates.\n\nWhat Is Not Allowed\nStaff use face recognition on the gate footage only to find a missing child.\n";
    assert!(!rules(sentence).is_empty());
    let examples = "A monitoring tool is any device that gathers images or sounds of people. Examples of monitoring tools include, but are not limited to: doorbell cameras; drones; face recognition software; sound sensors that report gunfire to the police.";
    assert!(rules(examples).is_empty(), "{:?}", rules(examples));
    let used = "The unit runs face recognition software on the door footage; drones; doorbell cameras.";
    assert!(!rules(used).is_empty());
}

/// Look-alikes and a balancing test read in US surveillance ordinances and
/// portals (pubus12, 2026-11-29).
#[test]
fn surveillance_ordinance_look_alikes() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // A report that sums up residents' complaints counts them; it offers no route.
    assert_eq!(status("Each yearly report must give a summary of complaints about the cameras and the money spent on them.", "fairness.redress"), Missing);
    // Crime victims and society at large are whom policing serves, not a group given extra safeguards.
    assert_eq!(status("Any purchase must weigh the duty to protect crime victims and society against the cost.", "fairness.vulnerable"), Missing);
    assert_ne!(status("Recordings of crime victims must never be shown outside the case team.", "fairness.vulnerable"), Missing);
    // A balancing test with no limit names proportionality; a limit still covers it.
    assert_eq!(status("Every use of a monitoring tool must be balanced with the need to protect civil rights and the cost to the town.", "lawfulness.proportionality"), Partial);
    assert_eq!(status("The drone may be used only for searches for missing people and within the park boundary.", "lawfulness.proportionality"), Covered);
    // An alert checked before anyone acts on it is a human check; with no one named to
    // check it, the passive makes it partial.
    assert_eq!(status("Every reader alert shall be verified against the state stolen-vehicle list before taking enforcement action.", "autonomy.oversight"), Partial);
    assert_eq!(status("The patrol officer shall confirm every reader alert against the state list before any enforcement action.", "autonomy.oversight"), Covered);
    assert_eq!(status("Every reader alert is sent to the patrol car before enforcement action.", "autonomy.oversight"), Missing);
}

/// Published impact assessments about police and border biometrics
/// (pubdpia): privacy and algorithmic impact assessments and an equality
/// impact assessment, each misreading with the reading that must still count.
#[test]
fn published_impact_assessments_round() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // An agency acting under its own legal authorities makes no one's own
    // assessment, even when the sentence names the impact assessment.
    assert_eq!(status("The bureau may query partner databases under its own authorities, as this privacy impact assessment explains.", "autonomy.agency"), Missing);
    assert_ne!(status("Officers must make their own assessment of each match before they see the score.", "autonomy.agency"), Missing);
    // Common law duties name the law in general, like "statute law".
    assert_eq!(status("The cameras help the force discharge its common law policing duties.", "lawfulness.legitimacy"), Partial);
    assert_eq!(status("The force deploys the cameras under section 24 of the Police Act 1996 and its common law powers.", "lawfulness.legitimacy"), Covered);
    // Notice given to the public is disclosure of use.
    assert_eq!(status("The unit will give notice to the public before each deployment of the cameras.", "autonomy.transparency"), Covered);
    assert_eq!(status("The unit will give notice to the supplier before each deployment of the cameras.", "autonomy.transparency"), Missing);
    // Human judgement applied to each result keeps a person in control.
    assert_ne!(status("Every result the app returns is read by trained staff, so human judgement is applied before anyone is contacted.", "autonomy.oversight"), Missing);
    assert_eq!(status("The app collects a photograph of the person reporting.", "autonomy.oversight"), Missing);
    // Field names of a data portal's metadata ("audience_general_public",
    // "date_published") are identifiers, not a notice to the public.
    assert_eq!(status("Record fields: audience_general_public; date_published 2024-11-12; collection aia.", "autonomy.transparency"), Missing);
    assert_eq!(status("The agency will publish the full results for the general public each year.", "autonomy.transparency"), Covered);
}

/// Published European texts in English (pubeu): agency papers, a Council of
/// Europe statement, a regulator's decision and board guidance, each
/// misreading with the reading that must still count.
#[test]
fn published_european_texts_round() {
    use coverage::Status::*;
    let status = |text: &str, principle: &str| lint_in(text, &Config::default(), Format::Text, Lang::En).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // "challenging" as a difficulty is no challenge to a decision.
    assert_eq!(status("Live face matching is particularly challenging because it shifts power from the individual to the state.", "fairness.redress"), Missing);
    assert_ne!(status("Anyone stopped after a match can challenge the decision before the police ombudsman.", "fairness.redress"), Missing);
    // A reviewer told to question the output critically guards against automation bias; it is no route of redress.
    assert_ne!(status("Reviewers must critically challenge every match the system returns before anyone acts on it.", "autonomy.agency"), Missing);
    assert_eq!(status("Reviewers must critically challenge every match the system returns before anyone acts on it.", "fairness.redress"), Missing);
    // A force found to have failed to act is at fault; no system failed.
    assert_eq!(status("The regulator found that the force has failed to carry out an impact assessment before using the app.", "harm.robustness"), Missing);
    assert_ne!(status("If the camera fails, officers revert to manual checks of each plate.", "harm.robustness"), Missing);
    // An act the force failed to comply with is breached, not its basis.
    assert_ne!(status("The force has failed to show that its searches were carried out in compliance with the Criminal Data Act.", "lawfulness.legitimacy"), Covered);
    assert_eq!(status("The force runs the searches under section 12 of the Criminal Data Act.", "lawfulness.legitimacy"), Covered);
    // The law-enforcement community is a set of agencies, not people affected.
    assert_eq!(status("The lab supports the law enforcement community and reports the impact of each new tool.", "harm.wellbeing"), Missing);
    assert_ne!(status("Each deployment must weigh the impact on the local community and record measures to prevent harm.", "harm.wellbeing"), Missing);
    // A regulator's fine for an infringement is a consequence the force answers for.
    assert_ne!(status("The regulator imposed a fine of 200,000 euros on the force for each infringement of the data act.", "governance.accountability"), Missing);
    assert_eq!(status("The force bought a camera with fine resolution for the car park.", "governance.accountability"), Missing);
    // Crime records are data a model learns from, not a record kept against over-reliance.
    assert_eq!(status("Patrol forecasts influenced by skewed crime records send officers back to the same streets.", "autonomy.agency"), Missing);
    assert_ne!(status("Officers must record why they departed from the forecast and be warned against undue influence.", "autonomy.agency"), Missing);
}

/// Published generative-AI guidance for justice-sector staff, second round
/// (pubgen2, 2026-11-29): look-alikes met in court and police texts, each
/// case in our own words.
#[test]
fn published_justice_generative_ai_round() {
    use coverage::Status::*;
    let report = |text: &str| lint_in(text, &Config::default(), Format::Text, Lang::En);
    let status = |text: &str, principle: &str| report(text).coverage.iter().find(|c| c.principle == principle).unwrap().status;
    // "protected health information" is a kind of data to keep out of a tool, not a health measure.
    assert_eq!(status("Clerks must never paste protected health information into a chatbot.", "harm.wellbeing"), Missing);
    assert_ne!(status("The unit must offer counselling to protect the health of staff exposed to distressing footage.", "harm.wellbeing"), Missing);
    // Text made public through a data leak is a risk, not a disclosure by the body.
    assert_eq!(status("Prompts typed into a free tool could be made public through a data leak.", "autonomy.transparency"), Missing);
    assert_ne!(status("The court will publish a list of its AI tools on its website.", "autonomy.transparency"), Missing);
    // Guidance published on the intranet is for staff, as a list of disclosed documents dates it.
    assert_eq!(status("Document 2 – Using chat assistants – intranet guidance – published 03/02/2025", "autonomy.transparency"), Missing);
    // A records request asking the force to "please confirm" is no human check.
    assert_eq!(status("If the force holds no such guidance, please confirm this in writing.", "autonomy.oversight"), Missing);
}
