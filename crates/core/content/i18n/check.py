#!/usr/bin/env python3
"""Checks translation overlays against the English sources (docs/translations.md).

Usage: python3 check.py [LANG ...]   (default: every folder beside this script)
Covers the principles, every questionnaire and the lint rule text
(rules/*.toml -> <lang>/rules.toml). Reports missing keys, extra keys, empty
strings, mismatched placeholders or numbers, and rule-pack fields that are not
yet classified as user-facing text or matching data. Exit 1 on any problem.
A dev aid; the Rust test suite enforces the same rules on the embedded content.
"""
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parent / "questionnaires"
PRINCIPLES = HERE.parent / "principles.toml"
RULES = HERE.parent / "rules"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# A number, with any thousands separators ("1,000", "1.000", "1 000", "1\u202f000").
NUMBER = re.compile(r"\d+(?:[,.\u00a0\u202f ]\d{3}(?!\d))*")

# Every field of a rule pack is either user-facing text (translated) or data
# that is never shown as prose (ids, settings, matching vocabulary, test
# examples). `fix` is text inserted into the linted document, so it follows
# the document's language, not the reader's. A field in neither list is
# reported, so a new user-facing string cannot slip in untranslated.
PACK_TEXT = ("description",)
PACK_DATA = {"name", "rule", "principle"}
RULE_TEXT = ("message", "explanation", "suggestion")
RULE_DATA = {"id", "kind", "principle", "severity", "fix", "patterns", "unless", "within",
             "when", "require", "negation_aware", "params", "examples"}
PRINCIPLE_TEXT = ("should_say", "example")
PRINCIPLE_DATA = {"id", "terms", "pairs", "exclude"}


def text_keys(source):
    """Yields (key path, English text) for every translatable string."""
    yield ("title",), source["title"]
    yield ("description",), source["description"]
    for section in source.get("sections", []):
        sid = section["id"]
        yield ("sections", sid, "title"), section["title"]
        if "description" in section:
            yield ("sections", sid, "description"), section["description"]
        for q in section.get("questions", []):
            qid = q["id"]
            for field in ("prompt", "help", "action", "unit"):
                if field in q:
                    yield ("questions", qid, field), q[field]
            for o in q.get("options", []):
                if "label" in o:
                    yield ("questions", qid, "options", o["value"]), o["label"]
                if "action" in o:
                    yield ("questions", qid, "option_actions", o["value"]), o["action"]
    for d in source.get("dimensions", []):
        yield ("dimensions", d["id"], "title"), d["title"]
        if "description" in d:
            yield ("dimensions", d["id"], "description"), d["description"]
    for rf in source.get("red_flags", []):
        for field in ("message", "action"):
            if field in rf:
                yield ("red_flags", rf["id"], field), rf[field]
    for m in source.get("migrations", []):
        for step in m.get("steps", []):
            removed = step.get("remove_question")
            if removed and "reason" in removed:
                yield ("migrations", m["from"], "removed", removed["id"], "reason"), removed["reason"]


def principle_keys(source):
    for core in source["core"]:
        yield ("core", core["id"], "name"), core["name"]
        yield ("core", core["id"], "description"), core["description"]
        for inst in core["instrumental"]:
            yield ("instrumental", inst["id"], "name"), inst["name"]
            yield ("instrumental", inst["id"], "description"), inst["description"]


def rule_keys(packs, problems):
    """Yields (key path, English text) for every user-facing string of the
    rule packs, given as (pack name, parsed TOML) pairs."""

    def unclassified(where, table, text, data):
        for field in sorted(set(table) - set(text) - data):
            problems.append(f"rules: {where} has field `{field}` that check.py does not classify "
                            "(add it to the *_TEXT or *_DATA lists)")

    for name, pack in packs:
        unclassified(f"{name}.toml", pack, PACK_TEXT, PACK_DATA)
        for field in PACK_TEXT:
            if field in pack:
                yield ("packs", name, field), pack[field]
        for rule in pack.get("rule", []):
            unclassified(f"{name}.toml rule `{rule['id']}`", rule, RULE_TEXT, RULE_DATA)
            for field in RULE_TEXT:
                if field in rule:
                    yield ("rules", rule["id"], field), rule[field]
        for principle in pack.get("principle", []):
            unclassified(f"{name}.toml principle `{principle['id']}`", principle, PRINCIPLE_TEXT, PRINCIPLE_DATA)
            for field in PRINCIPLE_TEXT:
                if field in principle:
                    yield ("principles", principle["id"], field), principle[field]


def load_rule_packs():
    return [(path.stem, tomllib.loads(path.read_text())) for path in sorted(RULES.glob("*.toml"))]


def numbers(text):
    return {re.sub(r"\D", "", n) for n in NUMBER.findall(text)}


def leaves(table, prefix=()):
    for k, v in table.items():
        if isinstance(v, dict):
            yield from leaves(v, prefix + (k,))
        else:
            yield prefix + (k,), v


META = {("questionnaire",), ("source_version",), ("lang",)}


def compare(name, expected, overlay, problems):
    got = {k: v for k, v in leaves(overlay) if k not in META}
    for key, english in expected.items():
        if key not in got:
            problems.append(f"{name}: missing {'.'.join(key)}")
            continue
        text = got[key]
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{name}: empty {'.'.join(key)}")
            continue
        if sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{name}: placeholders differ in {'.'.join(key)}")
        missing_numbers = numbers(english) - numbers(text)
        if missing_numbers:
            problems.append(f"{name}: numbers {sorted(missing_numbers)} missing in {'.'.join(key)} (check they are kept)")
    for key in got:
        if key not in expected:
            problems.append(f"{name}: unexpected key {'.'.join(key)}")


def main():
    langs = sys.argv[1:] or sorted(p.name for p in HERE.iterdir() if p.is_dir())
    problems = []
    for lang in langs:
        folder = HERE / lang
        src = tomllib.loads(PRINCIPLES.read_text())
        path = folder / "principles.toml"
        if path.exists():
            compare(f"{lang}/principles.toml", dict(principle_keys(src)), tomllib.loads(path.read_text()), problems)
        else:
            problems.append(f"{lang}: principles.toml is missing")
        for source_path in sorted(SOURCES.glob("*.toml")):
            source = tomllib.loads(source_path.read_text())
            path = folder / source_path.name
            if not path.exists():
                problems.append(f"{lang}: {source_path.name} is missing")
                continue
            overlay = tomllib.loads(path.read_text())
            if overlay.get("lang") != lang or overlay.get("questionnaire") != source["id"]:
                problems.append(f"{lang}/{source_path.name}: lang/questionnaire header is wrong")
            expected = dict(text_keys(source))
            compare(f"{lang}/{source_path.name}", expected, overlay, problems)
            done = len(expected) - sum(1 for p in problems if p.startswith(f"{lang}/{source_path.name}: missing"))
            print(f"{lang}/{source_path.name}: {done}/{len(expected)} strings")
        rule_problems = []
        expected = dict(rule_keys(load_rule_packs(), rule_problems))
        if lang == langs[0]:
            problems.extend(rule_problems)
        path = folder / "rules.toml"
        if path.exists():
            overlay = tomllib.loads(path.read_text())
            if overlay.get("lang") != lang or not str(overlay.get("source_version", "")).strip():
                problems.append(f"{lang}/rules.toml: lang/source_version header is wrong")
            compare(f"{lang}/rules.toml", expected, overlay, problems)
            done = len(expected) - sum(1 for p in problems if p.startswith(f"{lang}/rules.toml: missing"))
            print(f"{lang}/rules.toml: {done}/{len(expected)} strings")
        else:
            problems.append(f"{lang}: rules.toml is missing")
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
