#!/usr/bin/env python3
"""Check the translated .ftl files in this folder against en.ftl.

A deliberately simple line parser, not a full Fluent parser:
  * a message starts on a line matching ^[a-z][a-z0-9-]* = ;
  * indented lines and a closing "}" line continue the current message
    (multi-line select expressions);
  * comments (#) and blank lines end the current message.

Checks, for each <lang>.ftl other than en.ftl:
  * the same set of message ids as en.ftl (none missing, none extra, no duplicates);
  * every { $var } used by the English message also appears in the translation;
  * no empty values;
  * select expressions have exactly one default (*[...]) variant;
  * for Arabic, every select on a variable has all six CLDR plural categories.

Usage: python3 check_ftl.py [lang ...]   (default: every *.ftl except en.ftl)
Prints OK and exits 0 when every file passes.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_RE = re.compile(r"^([a-z][a-z0-9-]*) = ?(.*)$")
VAR_RE = re.compile(r"\{\s*\$([A-Za-z][A-Za-z0-9_-]*)")
SELECT_RE = re.compile(r"\{\s*\$([A-Za-z][A-Za-z0-9_-]*)\s*->")
VARIANT_RE = re.compile(r"^\s*(\*?)\[([a-z0-9-]+)\]")
AR_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


def parse(path):
    """Return ({id: value_text}, [problems])."""
    messages, problems = {}, []
    current = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = MSG_RE.match(line)
        if m:
            current = m.group(1)
            if current in messages:
                problems.append(f"{path.name}:{lineno}: duplicate id {current}")
            messages[current] = m.group(2)
            continue
        if current is not None and line.strip() and (line[0] in " \t" or line.startswith("}")):
            messages[current] += "\n" + line
            continue
        if line.strip() and not line.startswith("#"):
            problems.append(f"{path.name}:{lineno}: line is not a message, comment or continuation: {line!r}")
        current = None
    return messages, problems


def select_variants(value):
    """Yield (variable, [(is_default, key), ...]) for each select expression."""
    lines = value.split("\n")
    for i, line in enumerate(lines):
        for var in SELECT_RE.findall(line):
            variants = []
            for nxt in lines[i + 1:]:
                vm = VARIANT_RE.match(nxt)
                if not vm:
                    break
                variants.append((vm.group(1) == "*", vm.group(2)))
            yield var, variants


def check(lang_path, en):
    problems = []
    tr, parse_problems = parse(lang_path)
    problems += parse_problems
    name = lang_path.name
    for mid in sorted(set(en) - set(tr)):
        problems.append(f"{name}: missing id {mid}")
    for mid in sorted(set(tr) - set(en)):
        problems.append(f"{name}: extra id {mid}")
    for mid in sorted(set(en) & set(tr)):
        value = tr[mid]
        if not value.strip():
            problems.append(f"{name}: {mid}: empty value")
            continue
        missing = set(VAR_RE.findall(en[mid])) - set(VAR_RE.findall(value))
        for var in sorted(missing):
            problems.append(f"{name}: {mid}: variable {{ ${var} }} missing")
        for var, variants in select_variants(value):
            defaults = [k for d, k in variants if d]
            if len(defaults) != 1:
                problems.append(f"{name}: {mid}: select on ${var} needs exactly one *[default], has {len(defaults)}")
            if name == "ar.ftl":
                keys = {k for _, k in variants}
                lacking = AR_CATEGORIES - keys
                if lacking:
                    problems.append(f"{name}: {mid}: select on ${var} lacks Arabic plural categories {sorted(lacking)}")
                if defaults and defaults != ["other"]:
                    problems.append(f"{name}: {mid}: Arabic default variant should be *[other]")
    return tr, problems


def main(argv):
    en, problems = parse(HERE / "en.ftl")
    if argv:
        paths = [HERE / f"{lang}.ftl" for lang in argv]
    else:
        paths = sorted(p for p in HERE.glob("*.ftl") if p.name != "en.ftl")
    if not en:
        problems.append("en.ftl: no messages found")
    summary = [f"en.ftl: {len(en)} messages"]
    for path in paths:
        if not path.exists():
            problems.append(f"{path.name}: file not found")
            continue
        tr, file_problems = check(path, en)
        problems += file_problems
        summary.append(f"{path.name}: {len(tr)} messages")
    for line in summary:
        print(line)
    if problems:
        for p in problems:
            print("ERROR", p)
        print(f"FAILED ({len(problems)} problems)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
