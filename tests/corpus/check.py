#!/usr/bin/env python3
"""Validate the labelled policy-linter corpus (tests/corpus/*.toml).

Checks: unique ids; id shape (<lang>-<kind>-NNN); valid lang, kind, principle
ids, coverage statuses and finding rule ids; trap principles absent from the
expected coverage; per-principle minimums (covered >= 3 and at least one
adversarial trap, counted over the English file); and prints counts per kind,
per language and per principle. Also prints non-fatal consistency warnings
(e.g. an all-capitals token that looks like an undefined acronym but no
`undefined-acronym` finding is expected) to help labellers.

Usage: python3 tests/corpus/check.py [--strict]   (--strict: warnings fail too)
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
MIN_PASSAGES = {"en": 75, "fr": 20, "es": 20}
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
MIN_COVERED = 3
MIN_TRAPS = 1
KNOWN_ACRONYMS = {"AI", "EU", "UN", "ID", "PDF", "URL"}
ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}s?\b")


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
        if base in KNOWN_ACRONYMS or base in defined:
            continue
        if base not in found:
            found.append(base)
    return found


def main():
    strict = "--strict" in sys.argv
    principles = load_principles()
    pset = set(principles)
    errors, warnings = [], []
    seen_ids = {}
    by_lang = collections.Counter()
    by_kind = collections.Counter()
    by_lang_kind = collections.Counter()
    covered = {lang: collections.Counter() for lang in FILES}
    partial = {lang: collections.Counter() for lang in FILES}
    traps = {lang: collections.Counter() for lang in FILES}
    rule_counts = collections.Counter()
    systems = collections.Counter()

    for lang, fname in FILES.items():
        path = HERE / fname
        if not path.exists():
            errors.append(f"{fname}: missing")
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            errors.append(f"{fname}: TOML error: {e}")
            continue
        passages = data.get("passage", [])
        if set(data) - {"passage"}:
            errors.append(f"{fname}: unexpected top-level keys {sorted(set(data) - {'passage'})}")
        for i, p in enumerate(passages):
            where = f"{fname}: passage[{i}] ({p.get('id', '?')})"
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
            seen_ids[pid] = fname
            if p["lang"] != lang:
                errors.append(f"{where}: lang {p['lang']!r} in {fname}")
            if kind not in KINDS:
                errors.append(f"{where}: invalid kind {kind!r}")
            elif not re.fullmatch(rf"{lang}-{kind}-\d{{3}}", pid):
                errors.append(f"{where}: id must look like {lang}-{kind}-NNN")
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
                    covered[lang][prin] += 1
                elif status == "partial":
                    partial[lang][prin] += 1
            finds = p["findings"]
            if not isinstance(finds, list):
                errors.append(f"{where}: findings must be an array")
                finds = []
            for r in finds:
                if r in FORBIDDEN_RULES:
                    errors.append(f"{where}: {r!r} must not be listed (measured differently)")
                elif r not in RULES:
                    errors.append(f"{where}: unknown rule id {r!r}")
                rule_counts[r] += 1
            for t in p.get("traps", []):
                if t not in pset:
                    errors.append(f"{where}: unknown trap principle {t!r}")
                if kind != "adversarial":
                    errors.append(f"{where}: traps only belong on adversarial passages")
                if t in cov:
                    errors.append(f"{where}: trap principle {t} must be missing, but coverage lists it")
                traps[lang][t] += 1
            if kind == "adversarial" and not p.get("traps"):
                # Allowed (pure wording traps such as a defined acronym), but note it.
                pass
            if kind == "strong" and "covered" not in cov.values():
                warnings.append(f"{where}: strong passage with nothing covered")
            if kind == "weak" and not finds and "partial" not in cov.values():
                warnings.append(f"{where}: weak passage with no finding and no partial")
            # Consistency hints.
            und = undefined_acronyms(p["text"])
            exp = finds.count("undefined-acronym")
            if len(und) != exp:
                warnings.append(f"{where}: {len(und)} undefined-looking acronym(s) {und} but {exp} expected finding(s)")
            by_lang[lang] += 1
            by_kind[kind] += 1
            by_lang_kind[(lang, kind)] += 1
            systems[p["system"]] += 1

    # Minimums.
    for lang, n in MIN_PASSAGES.items():
        if by_lang[lang] < n:
            errors.append(f"{lang}: {by_lang[lang]} passages, need at least {n}")
    for prin in principles:
        if covered["en"][prin] < MIN_COVERED:
            errors.append(f"en: {prin} covered in {covered['en'][prin]} passages, need {MIN_COVERED}")
        if traps["en"][prin] < MIN_TRAPS:
            errors.append(f"en: {prin} has no adversarial trap")
    for lang in FILES:
        total = by_lang[lang]
        if not total:
            continue
        for kind in KINDS:
            share = by_lang_kind[(lang, kind)] / total
            if share < 0.2:
                warnings.append(f"{lang}: only {share:.0%} {kind} passages (aim for about a third)")

    # Report.
    print("passages per language:", dict(by_lang), "total", sum(by_lang.values()))
    print("passages per kind:    ", dict(by_kind))
    for lang in FILES:
        print(f"  {lang}: " + ", ".join(f"{k}={by_lang_kind[(lang, k)]}" for k in KINDS))
    print()
    hdr = f"{'principle':32} " + " ".join(f"{l+' cov/par/trap':>16}" for l in FILES) + f" {'all cov':>8}"
    print(hdr)
    for prin in principles:
        cells = " ".join(f"{covered[l][prin]:>6}/{partial[l][prin]:>3}/{traps[l][prin]:>4}  " for l in FILES)
        print(f"{prin:32} {cells} {sum(covered[l][prin] for l in FILES):>8}")
    print()
    print("expected findings per rule:")
    for r in sorted(RULES):
        print(f"  {r:36} {rule_counts[r]}")
    print()
    print("systems:", ", ".join(f"{s} ({n})" for s, n in systems.most_common()))
    print()
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    failed = bool(errors) or (strict and bool(warnings))
    print("\nRESULT:", "FAIL" if failed else "OK", f"({len(errors)} errors, {len(warnings)} warnings)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
