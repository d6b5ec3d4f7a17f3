#!/usr/bin/env python3
"""Checks translation overlays against the English sources (docs/translations.md).

Usage: python3 check.py [LANG ...]   (default: every folder beside this script)
Reports missing keys, extra keys, empty strings and mismatched placeholders or
numbers. Exit 1 on any problem. A dev aid; the Rust test suite enforces the
same rules on the embedded content.
"""
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parent / "questionnaires"
PRINCIPLES = HERE.parent / "principles.toml"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
NUMBER = re.compile(r"\d+")


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
        missing_numbers = set(NUMBER.findall(english)) - set(NUMBER.findall(text))
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
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
