# Chaînes de l'interface du widget raikit (français). Les identifiants de message sont stables.
# Le contenu (questions, principes) est traduit séparément, dans crates/core/content/i18n/.

intro-privacy-strong = Vos réponses restent sur cet appareil.
intro-privacy-rest = Rien de ce que vous saisissez n'est transmis. Vous pouvez enregistrer vos réponses dans un fichier et les rouvrir plus tard.
intro-privacy-local = Vos réponses sont aussi enregistrées dans ce navigateur, pour que vous puissiez y revenir. Utilisez « Supprimer mes données » pour les effacer.
intro-minutes = Environ { $minutes } minutes
intro-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
intro-start = Commencer l'évaluation
intro-resume = Reprendre là où vous en étiez
intro-principles-title = Les cinq principes
intro-principles-lead = Les questions s'articulent autour de cinq principes pour une IA responsable au sein des forces de l'ordre. Chacun se décline en objectifs concrets.

nav-label = Sections
nav-intro = Introduction
nav-results = Résultats
progress-label = Questions obligatoires traitées : { $answered } sur { $required }
progress-section = { $answered }/{ $required }

section-of = Section { $index } sur { $total }
section-previous = Section précédente
section-next = Section suivante
section-show-results = Voir les résultats
section-empty = Aucune question de cette section ne s'applique au système que vous avez décrit.

question-required = Obligatoire
question-optional = Facultative
question-help = Pourquoi c'est important
question-clear = Effacer la réponse
yes = Oui
no = Non
unsure = Je ne sais pas
risk-likelihood = Probabilité
risk-severity = Gravité
risk-not-applicable = Ne s'applique pas à ce système
risk-scale-1 = 1 – très faible
risk-scale-2 = 2 – faible
risk-scale-3 = 3 – modérée
risk-scale-4 = 4 – élevée
risk-scale-5 = 5 – très élevée
risk-choose = Choisir…
number-range = Entre { $min } et { $max }
number-invalid = Saisissez un nombre.
number-out-of-range = Saisissez un nombre compris entre { $min } et { $max }.
text-count = { $used }/{ $max } caractères
text-too-long = Cette réponse dépasse la limite de { $over } caractères.

results-title = Résultats
results-partial = Résultat partiel : { $answered } questions obligatoires traitées sur { $required }. Les questions sans réponse ne sont pas prises en compte : la situation réelle peut donc être plus défavorable.
results-complete = Toutes les questions obligatoires ont reçu une réponse.
results-overall = Profil de risque global
results-overall-readiness = Niveau de préparation global
results-level = Niveau
results-score = Score
results-maturity = Maturité { $value } sur 5
results-red-flags = Signaux d'alerte
results-red-flags-none = Aucun signal d'alerte n'a été relevé.
results-red-flag-action = Que faire
results-principles = Résultats par principe
results-chart-label = Score de risque par principe, de 0 (aucune préoccupation) à 100 (critique)
results-chart-readiness-label = Maturité par dimension, de 1 (initial) à 5 (en optimisation)
results-dimensions = Préparation par dimension, de la plus faible à la plus solide
results-actions = Actions recommandées
results-actions-none = Aucune action n'est recommandée au vu des réponses fournies jusqu'à présent.
results-risks = Risque inhérent et risque résiduel
results-risk-item = Risque
results-inherent = Inhérent
results-residual = Résiduel
results-completeness = Complétude par section
results-not-answered = Sans réponse
level-none = Aucune préoccupation
level-low = Faible
level-medium = Moyen
level-high = Élevé
level-critical = Critique
level-unknown = Non évalué

export-title = Enregistrer, exporter et imprimer
export-answers = Enregistrer les réponses (JSON)
export-json = Rapport au format JSON
export-markdown = Rapport au format Markdown
export-csv = Rapport au format CSV
export-html = Rapport au format HTML
export-print = Imprimer le rapport
export-preparing = Préparation du rapport…
export-failed = Le rapport n'a pas pu être produit. Vérifiez votre connexion et réessayez ; vos réponses sont conservées.
import-label = Ouvrir des réponses enregistrées (JSON)
import-done = Réponses chargées.
import-issues = Certaines réponses n'ont pas pu être reprises :
import-issue-unknown = « { $question } » ne figure pas dans cette version : la réponse n'a pas été importée.
import-issue-invalid = La réponse à « { $question } » ne correspond plus à la question : elle n'a pas été importée.
import-issue-removed = « { $question } » a été retirée du questionnaire : la réponse n'a pas été reprise.
import-issue-removed-why = « { $question } » a été retirée du questionnaire : la réponse n'a pas été reprise. Motif : { $reason }
import-issue-migration = La réponse à « { $question } » n'a pas pu être reportée dans cette version du questionnaire et a été écartée.
import-issue-version = Le fichier a été produit pour une autre version de ce questionnaire ; ses réponses ont été importées telles quelles.
import-failed = Impossible d'ouvrir ces réponses : { $reason }

storage-delete = Supprimer mes données
storage-deleted = Vos réponses enregistrées ont été supprimées de ce navigateur.
storage-saved = Enregistré dans ce navigateur.
reset = Recommencer
reset-confirm = Toutes les réponses seront effacées. Continuer ?

error-unknown-questionnaire = Le questionnaire « { $id } » n'est pas disponible. Indiquez un questionnaire intégré ({ $known }), « # » suivi de l'identifiant d'un script JSON de la page, ou l'adresse d'une définition JSON.
questionnaire-loading = Chargement du questionnaire…
questionnaire-fetch-failed = Le questionnaire n'a pas pu être chargé depuis { $url } ({ $reason }). Vérifiez la connexion et réessayez.
questionnaire-retry = Réessayer
questionnaire-no-element = La page ne contient aucun élément d'identifiant « { $id } » d'où lire le questionnaire.
questionnaire-not-json-script = L'élément « { $id } » doit être un élément script de type application/json contenant la définition du questionnaire.
questionnaire-invalid = Cette définition de questionnaire ne peut pas être utilisée. Corrigez-y les problèmes suivants :
questionnaire-check-failed = Cette définition de questionnaire n'a pas pu être vérifiée ({ $reason }). Rechargez la page pour réessayer.
band-initial = Initial
band-developing = En développement
band-defined = Défini
band-managed = Maîtrisé
band-optimising = En optimisation

lint-title = Vérificateur de politique
lint-lead = Collez le projet de politique de déploiement d'IA, ou ouvrez un fichier. Le vérificateur indique quels principes le texte couvre et où sa formulation est trop faible pour engager la responsabilité de quiconque.
lint-privacy = Le texte est vérifié sur cet appareil et n'est jamais transmis.
lint-editor-label = Texte de la politique
lint-format-label = Format du texte
lint-format-markdown = Markdown
lint-format-text = Texte brut
lint-format-html = HTML
lint-open = Ouvrir un fichier (.txt, .md, .html, .docx)
lint-drop = Vous pouvez aussi déposer un fichier dans la zone de texte.
lint-docx-note = Texte extrait de { $name }. Les modifications faites ici sont vérifiées comme du texte brut.
lint-file-error = Impossible de lire { $name } : { $reason }
lint-file-type = { $name } n'est pas un type de fichier pris en charge. Utilisez un fichier .txt, .md, .html ou .docx.
lint-file-pdf = { $name } est un PDF, qui ne peut pas être lu ici. Copiez son texte dans la zone de saisie, ou enregistrez-le d'abord au format .docx ou .txt.
lint-checking = Vérification en cours…
lint-summary = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}, { $infos ->
    [one] { $infos } remarque
   *[other] { $infos } remarques
} · { $words } mots
lint-coverage = Couverture des principes
lint-coverage-lead = Sélectionnez un principe pour voir les phrases retenues comme éléments probants.
lint-status-covered = Couvert
lint-status-partial = Partiel
lint-status-missing = Absent
lint-evidence-none = Aucune phrase du texte ne traite de ce principe.
lint-findings = Constats
lint-findings-none = Aucun constat. La formulation satisfait à toutes les règles.
lint-general = Clarté et formulation
lint-show = Afficher dans le texte
lint-location = Ligne { $line }, colonne { $column }
lint-why = Pourquoi c'est important
lint-suggestion = Suggestion
lint-apply = Appliquer la correction
lint-applied = Correction appliquée.
lint-export-json = Exporter les constats (JSON)
lint-export-markdown = Exporter les constats (Markdown)
lint-severity-error = Erreur
lint-severity-warning = Avertissement
lint-severity-info = Remarque
lint-error = Le texte n'a pas pu être vérifié : { $reason }
lint-not-utf8 = le fichier n'est pas du texte UTF-8
lint-doc-lang-label = Langue de la politique
lint-doc-lang-auto = Détecter d'après le texte
lint-doc-lang-en = Anglais (English)
lint-doc-lang-fr = Français
lint-doc-lang-es = Espagnol (Español)
lint-err-too-large = le texte fait { $size } Mo, au-delà de la limite de { $limit } Mo
lint-err-lang-detected = ce texte semble rédigé dans une langue que le vérificateur ne sait pas lire ({ $lang }). Il lit l'anglais, le français et l'espagnol ; si la détection se trompe, choisissez la langue de la politique ci-dessus.
lint-err-lang = le vérificateur ne sait pas lire la langue « { $lang } » ; il lit l'anglais, le français et l'espagnol
lint-err-lang-unknown = la langue de la politique ne peut pas encore être déterminée. Rédigez quelques phrases de plus, ou choisissez la langue de la politique ci-dessus.
lint-err-words-failed = Les listes de mots de la langue de cette politique n'ont pas pu être chargées : elle ne peut donc pas être vérifiée. Vérifiez la connexion, puis modifiez le texte ou rechargez la page.
lint-err-docx = le fichier .docx n'a pas pu être lu ({ $detail })
lint-err-other = { $detail }
lint-show-more = Afficher la suite ({ $shown } sur { $total } affichés)
lint-large = Ce texte est long ({ $size } Ko) : il n'est donc pas vérifié pendant la saisie. Choisissez « Vérifier maintenant » quand vous êtes prêt ; la vérification d'un texte aussi long peut prendre quelques secondes.
lint-check-now = Vérifier maintenant
lint-highlights-capped = Seuls les { $count } premiers constats sont surlignés dans le texte ; la liste ci-dessous les contient tous.

# Packs de langue
lang-loading = Chargement de la traduction… Le texte anglais s'affiche en attendant.
lang-failed = La traduction n'a pas pu être chargée : le widget s'affiche donc en anglais. Vos réponses ne sont pas affectées.
