#!/usr/bin/env python3
"""Validate the labelled policy-linter corpora.

Three sets are checked:
- main: tests/corpus/{en,fr,es}.toml, the tuning corpus;
- dev: tests/corpus/dev/{en,fr,es}.toml, a development set written apart
  from the main corpus, to tune for wording the rules were not grown from,
  and the whole development policies in tests/corpus/dev/policies/;
- heldout: tests/corpus/heldout/{en,fr,es}.toml and the whole-policy labels in
  tests/corpus/heldout/policies/*.labels.toml (see heldout/README.md).

Checks: ids unique across all sets; id shape (<lang>-<kind>-NNN in main,
<lang>-dev-<kind>-NNN in dev, <lang>-heldout-<kind>-NNN in heldout); valid lang, kind, principle ids,
coverage statuses and finding rule ids; trap principles absent from the
expected coverage; per-principle minimums (covered and trapped in enough
English passages). Policy labels must give a status for all 17 principles and
quote excerpts that occur verbatim in their document. Prints counts per kind
and language, and for the main and dev sets per principle and per rule (the held-out
set prints totals only, so running the checks does not show its labels).
Non-fatal consistency warnings (e.g. an all-capitals token that looks like an
undefined acronym but no `undefined-acronym` finding is expected) help
labellers.

Usage: python3 tests/corpus/check.py [--strict] [--set main|dev|heldout|all]
  --strict  warnings fail too
  --set     which set to check (default: all)
Exit code 0 when every hard check passes.
"""
import collections
import pathlib
import re
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PRINCIPLES_TOML = ROOT / "crates" / "core" / "content" / "principles.toml"

FILES = {"en": "en.toml", "fr": "fr.toml", "es": "es.toml"}
# Per set: folder, id infix, minimum passages per language, and the number of
# English passages in which each principle must be covered.
SETS = {
    "main": {"dir": HERE, "infix": "", "min_passages": {"en": 75, "fr": 20, "es": 20}, "min_covered": 3},
    "dev": {"dir": HERE / "dev", "infix": "dev-", "min_passages": {"en": 40, "fr": 5, "es": 5}, "min_covered": 2},
    "heldout": {"dir": HERE / "heldout", "infix": "heldout-", "min_passages": {"en": 45, "fr": 22, "es": 22}, "min_covered": 2},
}
POLICY_STATUSES = ("covered", "partial", "missing")
POLICY_KINDS = ("strong", "weak", "mixed")
POLICY_WORDS = (1200, 2500)
POLICY_KEYS = {"document", "lang", "kind", "coverage", "finding", "note"}
FINDING_KEYS = {"rule", "excerpt", "scope", "note"}
SCOPES = ("sentence", "document")
KINDS = ("strong", "weak", "adversarial")
STATUSES = ("covered", "partial")
RULES = {
    "hedged-obligation",
    "may-instead-of-must",
    "vague-frequency",
    "passive-duty",
    "open-ended-retention",
    "undefined-acronym",
    "automated-decision-without-review",
    "biometric-without-legal-basis",
    "no-redress-route",
    "biometric-accuracy-testing",
    "biometric-bias-testing",
    "personal-data-retention",
    "personal-data-access-control",
    "vendor-audit-rights",
}
# Measured differently; must never appear in a passage's findings.
FORBIDDEN_RULES = {"missing-principle", "long-sentence", "hard-to-read"}
REQUIRED_KEYS = {"id", "lang", "kind", "system", "text", "coverage", "findings", "note"}
OPTIONAL_KEYS = {"traps"}
MIN_TRAPS = 1
KNOWN_ACRONYMS = {"AI", "EU", "UN", "ID", "PDF", "URL"}
ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}s?\b")
# Section numbers in Roman numerals ("Section IV") are not acronyms.
ROMAN_RE = re.compile(r"(?=[IVXLC]{2,})C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def load_principles():
    data = tomllib.loads(PRINCIPLES_TOML.read_text(encoding="utf-8"))
    ids = []
    for core in data["core"]:
        for inst in core["instrumental"]:
            ids.append(inst["id"])
    return ids


def count_sentences(text):
    body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
    # Split on sentence-final punctuation followed by space/newline or end.
    parts = [p for p in re.split(r"(?<=[.!?;:])\s+(?=[A-ZÀ-ÝÉ¿¡«\"(])|\n\s*[-*]\s+", body.strip()) if p.strip()]
    return len(parts)


def undefined_acronyms(text):
    """All-capitals tokens (2-6 letters) not in the known list and not defined
    in the passage as "long form (ACR)"."""
    defined = set(re.findall(r"\(([A-Z]{2,6})s?\)", text))
    found = []
    for m in ACRONYM_RE.finditer(text):
        tok = m.group(0)
        base = tok[:-1] if tok.endswith("s") and tok[:-1].isupper() and len(tok) > 2 else tok
        if base in KNOWN_ACRONYMS or base in defined or ROMAN_RE.fullmatch(tok):
            continue
        if base not in found:
            found.append(base)
    return found


def check_passages(set_name, cfg, principles, seen_ids, errors, warnings):
    """Validate one set's passage files; return the counters for the report."""
    pset = set(principles)
    st = {
        "by_lang": collections.Counter(),
        "by_kind": collections.Counter(),
        "by_lang_kind": collections.Counter(),
        "covered": {lang: collections.Counter() for lang in FILES},
        "partial": {lang: collections.Counter() for lang in FILES},
        "traps": {lang: collections.Counter() for lang in FILES},
        "rules": collections.Counter(),
        "systems": collections.Counter(),
    }
    infix = cfg["infix"]
    for lang, fname in FILES.items():
        path = cfg["dir"] / fname
        label = str(path.relative_to(HERE))
        data = load_toml(path, label, "missing", errors)
        if data is None:
            continue
        passages = data.get("passage", [])
        if set(data) - {"passage"}:
            errors.append(f"{label}: unexpected top-level keys {sorted(set(data) - {'passage'})}")
        for i, p in enumerate(passages):
            where = f"{label}: passage[{i}] ({p.get('id', '?')})"
            missing = REQUIRED_KEYS - set(p)
            extra = set(p) - REQUIRED_KEYS - OPTIONAL_KEYS
            if missing:
                errors.append(f"{where}: missing keys {sorted(missing)}")
                continue
            if extra:
                errors.append(f"{where}: unknown keys {sorted(extra)}")
            pid, kind = p["id"], p["kind"]
            if pid in seen_ids:
                errors.append(f"{where}: duplicate id (also in {seen_ids[pid]})")
            seen_ids[pid] = label
            if p["lang"] != lang:
                errors.append(f"{where}: lang {p['lang']!r} in {fname}")
            if kind not in KINDS:
                errors.append(f"{where}: invalid kind {kind!r}")
            elif not re.fullmatch(rf"{lang}-{infix}{kind}-\d{{3}}", pid):
                errors.append(f"{where}: id must look like {lang}-{infix}{kind}-NNN")
            if not isinstance(p["text"], str) or not p["text"].strip():
                errors.append(f"{where}: empty text")
            for key in ("system", "note"):
                if not isinstance(p[key], str) or not p[key].strip():
                    errors.append(f"{where}: empty {key}")
            n = count_sentences(p["text"])
            if n > 6:
                warnings.append(f"{where}: looks like {n} sentences (limit 6)")
            cov = p["coverage"]
            if not isinstance(cov, dict):
                errors.append(f"{where}: coverage must be a table")
                cov = {}
            for prin, status in cov.items():
                if prin not in pset:
                    errors.append(f"{where}: unknown principle {prin!r}")
                if status not in STATUSES:
                    errors.append(f"{where}: invalid status {status!r} for {prin}")
                if status == "covered":
                    st["covered"][lang][prin] += 1
                elif status == "partial":
                    st["partial"][lang][prin] += 1
            finds = p["findings"]
            if not isinstance(finds, list):
                errors.append(f"{where}: findings must be an array")
                finds = []
            check_rule_ids(finds, where, errors)
            st["rules"].update(finds)
            for t in p.get("traps", []):
                if t not in pset:
                    errors.append(f"{where}: unknown trap principle {t!r}")
                if kind != "adversarial":
                    errors.append(f"{where}: traps only belong on adversarial passages")
                if t in cov:
                    errors.append(f"{where}: trap principle {t} must be missing, but coverage lists it")
                st["traps"][lang][t] += 1
            # Adversarial passages without traps are allowed (pure wording
            # traps such as a defined acronym).
            if kind == "strong" and "covered" not in cov.values():
                warnings.append(f"{where}: strong passage with nothing covered")
            if kind == "weak" and not finds and "partial" not in cov.values():
                warnings.append(f"{where}: weak passage with no finding and no partial")
            # Consistency hints.
            und = undefined_acronyms(p["text"])
            exp = finds.count("undefined-acronym")
            if len(und) != exp:
                warnings.append(f"{where}: {len(und)} undefined-looking acronym(s) {und} but {exp} expected finding(s)")
            st["by_lang"][lang] += 1
            st["by_kind"][kind] += 1
            st["by_lang_kind"][(lang, kind)] += 1
            st["systems"][p["system"]] += 1

    # Minimums.
    for lang, n in cfg["min_passages"].items():
        if st["by_lang"][lang] < n:
            errors.append(f"{set_name} {lang}: {st['by_lang'][lang]} passages, need at least {n}")
    for prin in principles:
        if st["covered"]["en"][prin] < cfg["min_covered"]:
            errors.append(f"{set_name} en: {prin} covered in {st['covered']['en'][prin]} passages, need {cfg['min_covered']}")
        if st["traps"]["en"][prin] < MIN_TRAPS:
            errors.append(f"{set_name} en: {prin} has no adversarial trap")
    for lang in FILES:
        total = st["by_lang"][lang]
        if not total:
            continue
        for kind in KINDS:
            share = st["by_lang_kind"][(lang, kind)] / total
            if share < 0.2:
                warnings.append(f"{set_name} {lang}: only {share:.0%} {kind} passages (aim for about a third)")
    return st


def load_toml(path, label, missing_message, errors):
    """Parsed TOML, or None after recording why it could not be read."""
    if not path.exists():
        errors.append(f"{label}: {missing_message}")
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        errors.append(f"{label}: TOML error: {e}")
        return None


def check_rule_ids(rules, where, errors):
    for r in rules:
        if r in FORBIDDEN_RULES:
            errors.append(f"{where}: {r!r} must not be listed (measured differently)")
        elif r not in RULES:
            errors.append(f"{where}: unknown rule id {r!r}")


def normalise_space(text):
    return " ".join(text.split())


def check_policies(policy_dir, principles, errors, warnings):
    """Validate whole-policy documents and their `.labels.toml` sidecars.
    Returns (document name, lang, kind, word count, number of findings) rows."""
    rows = []
    docs = sorted(policy_dir.glob("*.md"))
    if not docs:
        errors.append(f"{policy_dir.relative_to(HERE)}: no policy documents")
    for doc in docs:
        where = str(doc.relative_to(HERE))
        text = doc.read_text(encoding="utf-8")
        words = len(re.findall(r"\w+(?:['’-]\w+)*", text))
        if not POLICY_WORDS[0] <= words <= POLICY_WORDS[1]:
            errors.append(f"{where}: {words} words, expected {POLICY_WORDS[0]}-{POLICY_WORDS[1]}")
        if not re.search(r"^#{1,3} ", text, re.M):
            errors.append(f"{where}: no Markdown heading")
        if not re.search(r"^\|[ :-]*-{3}", text, re.M):
            errors.append(f"{where}: no Markdown table")
        if not re.search(r"^ {2,}([-*]|\d+\.) ", text, re.M):
            errors.append(f"{where}: no nested list")
        labels_path = doc.with_name(doc.stem + ".labels.toml")
        lwhere = str(labels_path.relative_to(HERE))
        lab = load_toml(labels_path, lwhere, f"missing (sidecar of {doc.name})", errors)
        if lab is None:
            continue
        if POLICY_KEYS - {"finding"} - set(lab):
            errors.append(f"{lwhere}: missing keys {sorted(POLICY_KEYS - {'finding'} - set(lab))}")
            continue
        if set(lab) - POLICY_KEYS:
            errors.append(f"{lwhere}: unknown keys {sorted(set(lab) - POLICY_KEYS)}")
        if lab["document"] != doc.name:
            errors.append(f"{lwhere}: document {lab['document']!r} is not {doc.name!r}")
        if lab["lang"] not in FILES:
            errors.append(f"{lwhere}: invalid lang {lab['lang']!r}")
        if lab["kind"] not in POLICY_KINDS:
            errors.append(f"{lwhere}: kind must be one of {POLICY_KINDS}")
        cov = lab["coverage"]
        if set(cov) != set(principles):
            errors.append(f"{lwhere}: coverage must list all 17 principles "
                          f"(missing {sorted(set(principles) - set(cov))}, unknown {sorted(set(cov) - set(principles))})")
        for prin, status in cov.items():
            if status not in POLICY_STATUSES:
                errors.append(f"{lwhere}: invalid status {status!r} for {prin}")
        flat = normalise_space(text)
        findings = lab.get("finding", [])
        for i, f in enumerate(findings):
            fw = f"{lwhere}: finding[{i}]"
            if set(f) != FINDING_KEYS:
                errors.append(f"{fw}: keys must be {sorted(FINDING_KEYS)}, got {sorted(f)}")
                continue
            check_rule_ids([f["rule"]], fw, errors)
            if f["scope"] not in SCOPES:
                errors.append(f"{fw}: scope must be one of {SCOPES}")
            n = flat.count(normalise_space(f["excerpt"]))
            if n == 0:
                errors.append(f"{fw}: excerpt not found in {doc.name}: {f['excerpt']!r}")
            elif n > 1:
                errors.append(f"{fw}: excerpt occurs {n} times in {doc.name}; quote more of the sentence")
        # Headings and bold words in capitals are emphasis, not acronyms
        # ("### I. PURPOSE", "**VISTOS**").
        prose = re.sub(r"^#{1,6} .*$|\*\*[A-ZÀ-Ý]+\*\*", "", text, flags=re.M)
        und = undefined_acronyms(prose)
        exp = sum(1 for f in findings if f.get("rule") == "undefined-acronym")
        if len(und) != exp:
            warnings.append(f"{lwhere}: {len(und)} undefined-looking acronym(s) {und} but {exp} expected finding(s)")
        rows.append((doc.name, lab["lang"], lab["kind"], words, len(findings)))
    return rows


def report_labels(name, st, principles):
    print(f"== {name} set ==")
    print("passages per language:", dict(st["by_lang"]), "total", sum(st["by_lang"].values()))
    print("passages per kind:    ", dict(st["by_kind"]))
    for lang in FILES:
        print(f"  {lang}: " + ", ".join(f"{k}={st['by_lang_kind'][(lang, k)]}" for k in KINDS))
    print()
    hdr = f"{'principle':32} " + " ".join(f"{l+' cov/par/trap':>16}" for l in FILES) + f" {'all cov':>8}"
    print(hdr)
    for prin in principles:
        cells = " ".join(
            f"{st['covered'][l][prin]:>6}/{st['partial'][l][prin]:>3}/{st['traps'][l][prin]:>4}  " for l in FILES
        )
        print(f"{prin:32} {cells} {sum(st['covered'][l][prin] for l in FILES):>8}")
    print()
    print("expected findings per rule:")
    for r in sorted(RULES):
        print(f"  {r:36} {st['rules'][r]}")
    print()
    print("systems:", ", ".join(f"{s} ({n})" for s, n in st["systems"].most_common()))
    print()


def report_heldout(st, policy_rows):
    # Totals only: people who tune rules run this script too (heldout/README.md).
    print("== held-out set (labels not shown; see heldout/README.md) ==")
    print("passages per language:", dict(st["by_lang"]), "total", sum(st["by_lang"].values()))
    for lang in FILES:
        print(f"  {lang}: " + ", ".join(f"{k}={st['by_lang_kind'][(lang, k)]}" for k in KINDS))
    print(f"policy documents: {len(policy_rows)}")
    for name, lang, kind, words, nfind in policy_rows:
        print(f"  {name} ({lang}, {kind}): {words} words, {nfind} labelled finding excerpts")
    print()


def main():
    strict = "--strict" in sys.argv
    chosen = "all"
    if "--set" in sys.argv:
        i = sys.argv.index("--set")
        chosen = sys.argv[i + 1] if i + 1 < len(sys.argv) else ""
        if chosen not in (*SETS, "all"):
            print("usage: check.py [--strict] [--set main|dev|heldout|all]", file=sys.stderr)
            return 2
    principles = load_principles()
    errors, warnings = [], []
    # Ids must be unique across all sets, so all are always loaded; only
    # the chosen sets' problems and statistics are reported.
    seen_ids = {}
    results = {}
    for name, cfg in SETS.items():
        set_errors, set_warnings = [], []
        st = check_passages(name, cfg, principles, seen_ids, set_errors, set_warnings)
        rows = []
        if name in ("dev", "heldout"):
            rows = check_policies(cfg["dir"] / "policies", principles, set_errors, set_warnings)
        results[name] = (st, rows)
        if chosen in (name, "all"):
            errors += set_errors
            warnings += set_warnings
    for name in ("main", "dev"):
        if chosen in (name, "all"):
            report_labels(name, results[name][0], principles)
    if chosen in ("dev", "all"):
        print("== dev policy documents ==")
        for doc, lang, kind, words, nfind in results["dev"][1]:
            print(f"  {doc} ({lang}, {kind}): {words} words, {nfind} labelled finding excerpts")
        print()
    if chosen in ("heldout", "all"):
        report_heldout(*results["heldout"])
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    failed = bool(errors) or (strict and bool(warnings))
    print("\nRESULT:", "FAIL" if failed else "OK", f"({len(errors)} errors, {len(warnings)} warnings)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
