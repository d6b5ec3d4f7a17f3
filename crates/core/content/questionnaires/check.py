#!/usr/bin/env python3
"""Dev aid: sanity-check the built-in questionnaire definitions.

Usage: python3 check.py [FILE.toml ...]   (default: risk, readiness, self-check)

Checks the rules of docs/questionnaire-format.md that can be checked without
the Rust validator, plus the content targets for the built-in questionnaires.
Exit status 1 if any problem is found.
"""
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRINCIPLES = HERE.parent / "principles.toml"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SEMVER_RE = re.compile(r"^\d+\.\d+\.\d+$")
TYPES = {"single_choice", "multi_choice", "yes_no_unsure", "likert", "risk", "number", "text"}
CHOICE = {"single_choice", "multi_choice", "yes_no_unsure", "likert"}

# Content targets per built-in questionnaire id.
TARGETS = {
    "risk": dict(min_scored=45, min_per_principle=2),
    "readiness": dict(min_scored=30, min_dimensions=8),
    "self-check": dict(min_scored=17, max_scored=25, min_per_principle=1, sections=5),
}


def load_principles():
    data = tomllib.loads(PRINCIPLES.read_text(encoding="utf-8"))
    return [i["id"] for c in data["core"] for i in c["instrumental"]]


def text_ok(v):
    if isinstance(v, str):
        return bool(v.strip())
    if isinstance(v, dict):
        return bool(v) and all(isinstance(s, str) and s.strip() for s in v.values())
    return False


class Checker:
    def __init__(self, path, principles):
        self.path = path
        self.principles = set(principles)
        self.order = principles
        self.errors = []
        self.q = {}  # id -> question
        self.pos = {}  # id -> index in document order

    def err(self, where, msg):
        self.errors.append(f"{self.path.name}: {where}: {msg}")

    # ----- conditions -------------------------------------------------
    def cond(self, c, where, before=None):
        """Check a condition. `before` = index; referenced questions must come earlier."""
        if not isinstance(c, dict) or len(c) != 1:
            self.err(where, f"condition must have exactly one key: {c!r}")
            return
        (k, v), = c.items()

        def ref(qid):
            if qid not in self.q:
                self.err(where, f"unknown question {qid!r}")
                return None
            if before is not None and self.pos[qid] >= before:
                self.err(where, f"refers to {qid!r}, which is not earlier")
            return self.q[qid]

        def values_of(q):
            return [o["value"] for o in q.get("options", [])]

        if k in ("any_of", "all_of"):
            if not isinstance(v, list) or not v:
                self.err(where, f"{k} needs a non-empty list")
                return
            for i, s in enumerate(v):
                self.cond(s, f"{where}.{k}[{i}]", before)
        elif k == "not":
            self.cond(v, f"{where}.not", before)
        elif k == "answered":
            ref(v)
        elif k == "equals":
            q = ref(v.get("question"))
            if q is None:
                return
            val = v.get("value")
            t = q["type"]
            if t in ("single_choice", "yes_no_unsure"):
                if val not in values_of(q):
                    self.err(where, f"value {val!r} is not an option of {q['id']!r}")
            elif t == "likert":
                if not (isinstance(val, int) and 1 <= val <= 5):
                    self.err(where, f"likert equals needs an integer 1-5, got {val!r}")
            elif t == "number":
                if not isinstance(val, (int, float)):
                    self.err(where, "number equals needs a number")
            elif t in ("multi_choice", "risk"):
                self.err(where, f"equals on a {t} question; use includes / answered")
        elif k == "includes":
            q = ref(v.get("question"))
            if q is None:
                return
            if q["type"] != "multi_choice":
                self.err(where, f"includes needs a multi_choice question, {q['id']!r} is {q['type']}")
            elif v.get("value") not in values_of(q):
                self.err(where, f"value {v.get('value')!r} is not an option of {q['id']!r}")
        elif k == "one_of":
            q = ref(v.get("question"))
            if q is None:
                return
            if q["type"] not in ("single_choice", "yes_no_unsure"):
                self.err(where, f"one_of needs a single-answer choice question, {q['id']!r} is {q['type']}")
            vals = v.get("values")
            if not isinstance(vals, list) or not vals:
                self.err(where, "one_of needs a non-empty values list")
            else:
                for x in vals:
                    if x not in values_of(q):
                        self.err(where, f"value {x!r} is not an option of {q['id']!r}")
        elif k in ("gt", "gte", "lt", "lte"):
            q = ref(v.get("question"))
            if q is None:
                return
            if q["type"] not in ("number", "likert"):
                self.err(where, f"{k} needs a number or likert question")
            if not isinstance(v.get("value"), (int, float)):
                self.err(where, f"{k} needs a numeric value")
        else:
            self.err(where, f"unknown condition key {k!r}")

    # ----- main -------------------------------------------------------
    def run(self):
        d = tomllib.loads(self.path.read_text(encoding="utf-8"))
        qid = d.get("id", "?")
        for f in ("id", "version", "kind", "title", "description", "sections"):
            if f not in d:
                self.err("top", f"missing {f}")
        if not ID_RE.match(str(d.get("id", ""))):
            self.err("id", "bad id")
        if not SEMVER_RE.match(str(d.get("version", ""))):
            self.err("version", "not semver")
        kind = d.get("kind")
        if kind not in ("risk", "readiness"):
            self.err("kind", f"bad kind {kind!r}")
        for f in ("title", "description"):
            if f in d and not text_ok(d[f]):
                self.err(f, "empty text")
        dims = {}
        for i, dm in enumerate(d.get("dimensions", [])):
            if not ID_RE.match(dm.get("id", "")) or dm["id"] in dims:
                self.err(f"dimensions[{i}]", "bad or duplicate id")
            if not text_ok(dm.get("title")) or not text_ok(dm.get("description")):
                self.err(f"dimensions[{i}]", "missing title/description")
            dims[dm.get("id")] = dm
        if kind == "readiness" and not dims:
            self.err("dimensions", "readiness needs dimensions")

        # index all questions first (for red flags), in document order
        flat = []
        sec_ids = set()
        for si, s in enumerate(d.get("sections", [])):
            if s.get("id") in sec_ids or not ID_RE.match(s.get("id", "")):
                self.err(f"sections[{si}]", "bad or duplicate section id")
            sec_ids.add(s.get("id"))
            if not text_ok(s.get("title")):
                self.err(f"sections[{si}]", "missing title")
            if not s.get("questions"):
                self.err(f"sections[{si}]", "no questions")
            for qi, q in enumerate(s.get("questions", [])):
                flat.append((si, qi, q))
        for n, (si, qi, q) in enumerate(flat):
            i = q.get("id", "")
            if not ID_RE.match(i):
                self.err(f"sections[{si}].questions[{qi}]", f"bad id {i!r}")
            if i in self.q:
                self.err(f"sections[{si}].questions[{qi}]", f"duplicate id {i!r}")
            self.q[i] = q
            self.pos[i] = n
        all_ids = set(self.q) | sec_ids | set(dims)
        for i, rf in enumerate(d.get("red_flags", [])):
            if rf.get("id") in all_ids:
                self.err(f"red_flags[{i}]", f"id {rf.get('id')!r} reused")
            all_ids.add(rf.get("id"))

        per_principle = Counter()
        per_principle_always = Counter()
        per_dim = Counter()
        types = Counter()
        scored = 0
        sec_start = {}
        for n, (si, qi, q) in enumerate(flat):
            sec_start.setdefault(si, n)
        for si, s in enumerate(d.get("sections", [])):
            if "visible_if" in s:
                self.cond(s["visible_if"], f"sections[{si}].visible_if", sec_start.get(si, 0))

        for n, (si, qi, q) in enumerate(flat):
            w = f"sections[{si}].questions[{qi}] ({q.get('id')})"
            t = q.get("type")
            if t not in TYPES:
                self.err(w, f"bad type {t!r}")
                continue
            types[t] += 1
            if not text_ok(q.get("prompt")):
                self.err(w, "missing prompt")
            if not text_ok(q.get("help")):
                self.err(w, "missing help")
            weight = q.get("weight", 1)
            if not (isinstance(weight, (int, float)) and 0 <= weight <= 10):
                self.err(w, "weight out of 0..10")
            ps = q.get("principles")
            if ps is None:
                self.err(w, "missing principles")
                ps = []
            for p in ps:
                if p not in self.principles:
                    self.err(w, f"unknown principle {p!r}")
            if len(set(ps)) != len(ps):
                self.err(w, "duplicate principle")
            is_scored = weight > 0
            if is_scored:
                scored += 1
                if not (1 <= len(ps) <= 3):
                    self.err(w, "scored question needs 1-3 principles")
                if not (1 <= weight <= 3):
                    self.err(w, "scored weight should be 1-3")
                if not text_ok(q.get("action")):
                    self.err(w, "scored question needs an action")
                if t in ("number", "text"):
                    self.err(w, f"scored {t} question: no scoring rule for {t}")
                for p in ps:
                    per_principle[p] += 1
                    if "visible_if" not in q and "visible_if" not in d["sections"][si]:
                        per_principle_always[p] += 1
                if kind == "readiness":
                    if q.get("dimension") not in dims:
                        self.err(w, f"bad dimension {q.get('dimension')!r}")
                    per_dim[q.get("dimension")] += 1
            if "visible_if" in q:
                self.cond(q["visible_if"], f"{w}.visible_if", n)

            opts = q.get("options")
            if t in CHOICE:
                if not opts:
                    self.err(w, "missing options")
                    opts = []
                vals = [o.get("value") for o in opts]
                if len(set(vals)) != len(vals):
                    self.err(w, "duplicate option values")
                if t == "single_choice" and len(opts) < 2:
                    self.err(w, "single_choice needs >= 2 options")
                if t == "yes_no_unsure" and vals != ["yes", "no", "unsure"]:
                    self.err(w, f"yes_no_unsure values must be yes,no,unsure; got {vals}")
                if t == "likert":
                    if vals != ["1", "2", "3", "4", "5"]:
                        self.err(w, f"likert values must be '1'..'5'; got {vals}")
                    if not all(text_ok(o.get("label")) for o in opts):
                        self.err(w, "likert options need labels")
                if t in ("single_choice", "multi_choice") and not all(text_ok(o.get("label")) for o in opts):
                    self.err(w, "choice options need labels")
                for o in opts:
                    if not ID_RE.match(str(o.get("value", ""))):
                        self.err(w, f"bad option value {o.get('value')!r}")
                    sc = o.get("score", 0)
                    if not isinstance(sc, (int, float)):
                        self.err(w, "non-numeric score")
                    elif not is_scored:
                        if sc != 0:
                            self.err(w, f"context option {o['value']!r} should score 0")
                    elif kind == "risk" and not 0 <= sc <= 4:
                        self.err(w, f"risk score {sc} out of 0..4")
                    elif kind == "readiness" and not 1 <= sc <= 5:
                        self.err(w, f"maturity score {sc} out of 1..5")
                    if "action" in o and not text_ok(o["action"]):
                        self.err(w, "empty option action")
                if is_scored and opts:
                    scs = [o.get("score", 0) for o in opts]
                    if max(scs) == min(scs):
                        self.err(w, "all options score the same")
            elif opts:
                self.err(w, f"{t} takes no options")
            if t == "number":
                if "min" not in q or "max" not in q or q["min"] >= q["max"]:
                    self.err(w, "number needs min < max")
                if not text_ok(q.get("unit")):
                    self.err(w, "number should have a unit")
            if t == "text" and not isinstance(q.get("max_length"), int):
                self.err(w, "text should set max_length")
            if "mitigations" in q:
                if t != "risk":
                    self.err(w, "mitigations only on risk questions")
                for mi, m in enumerate(q["mitigations"]):
                    if m.get("reduces") not in ("likelihood", "severity"):
                        self.err(f"{w}.mitigations[{mi}]", "reduces must be likelihood|severity")
                    if not (isinstance(m.get("by"), int) and 1 <= m["by"] <= 4):
                        self.err(f"{w}.mitigations[{mi}]", "by must be 1..4")
                    self.cond(m.get("when"), f"{w}.mitigations[{mi}].when", n)
            if t == "risk" and is_scored and not q.get("mitigations"):
                self.err(w, "risk item without mitigations")
            for f in ("min", "max", "step", "unit"):
                if f in q and t != "number":
                    self.err(w, f"{f} only for number")
            if "max_length" in q and t != "text":
                self.err(w, "max_length only for text")
            if "dimension" in q and kind != "readiness":
                self.err(w, "dimension only for readiness")

        for i, rf in enumerate(d.get("red_flags", [])):
            w = f"red_flags[{i}] ({rf.get('id')})"
            if not ID_RE.match(str(rf.get("id", ""))):
                self.err(w, "bad id")
            for f in ("message", "action"):
                if not text_ok(rf.get(f)):
                    self.err(w, f"missing {f}")
            if not rf.get("principles"):
                self.err(w, "missing principles")
            for p in rf.get("principles", []):
                if p not in self.principles:
                    self.err(w, f"unknown principle {p!r}")
            self.cond(rf.get("when"), f"{w}.when")

        for i, m in enumerate(d.get("migrations", [])):
            w = f"migrations[{i}]"
            if not SEMVER_RE.match(str(m.get("from", ""))):
                self.err(w, "from must be semver")
            renamed = {}
            for j, st in enumerate(m.get("steps", [])):
                sw = f"{w}.steps[{j}]"
                if len(st) != 1:
                    self.err(sw, "one key per step")
                    continue
                (k, v), = st.items()
                if k == "rename_question":
                    if v.get("to") not in self.q:
                        self.err(sw, f"rename target {v.get('to')!r} does not exist")
                    if v.get("from") in self.q:
                        self.err(sw, f"rename source {v.get('from')!r} still exists")
                    renamed[v.get("from")] = v.get("to")
                elif k == "remove_question":
                    if v.get("id") in self.q:
                        self.err(sw, f"removed question {v.get('id')!r} still exists")
                    if not text_ok(v.get("reason")):
                        self.err(sw, "remove needs a reason")
                elif k == "remap_option":
                    q = self.q.get(v.get("question"))
                    if q is None:
                        self.err(sw, f"unknown question {v.get('question')!r}")
                    elif v.get("to") not in [o["value"] for o in q.get("options", [])]:
                        self.err(sw, f"remap target {v.get('to')!r} is not an option")
                    elif v.get("from") in [o["value"] for o in q.get("options", [])]:
                        self.err(sw, f"remap source {v.get('from')!r} is still an option")
                else:
                    self.err(sw, f"unknown step {k!r}")

        # ----- targets ------------------------------------------------
        tg = TARGETS.get(qid, {})
        if scored < tg.get("min_scored", 0):
            self.err("targets", f"only {scored} scored questions, need {tg['min_scored']}")
        if scored > tg.get("max_scored", 10**9):
            self.err("targets", f"{scored} scored questions, max {tg['max_scored']}")
        if "sections" in tg and len(d["sections"]) != tg["sections"]:
            self.err("targets", f"{len(d['sections'])} sections, want {tg['sections']}")
        if "min_dimensions" in tg:
            used = [k for k, v in per_dim.items() if v]
            if len(used) < tg["min_dimensions"]:
                self.err("targets", f"only {len(used)} dimensions used")
            for k in dims:
                if per_dim[k] < 3:
                    self.err("targets", f"dimension {k!r} has only {per_dim[k]} questions")
        mpp = tg.get("min_per_principle", 0)
        for p in self.order:
            if per_principle[p] < mpp:
                self.err("targets", f"{p}: {per_principle[p]} questions, need {mpp}")

        # ----- report -------------------------------------------------
        print(f"== {self.path.name}: id={qid} v{d.get('version')} kind={kind}")
        print(f"   questions={len(flat)} scored={scored} context={len(flat) - scored} "
              f"red_flags={len(d.get('red_flags', []))} sections={len(d['sections'])}")
        print("   types: " + ", ".join(f"{k}={v}" for k, v in sorted(types.items())))
        if per_dim:
            print("   per dimension: " + ", ".join(f"{k}={per_dim[k]}" for k in dims))
        print("   per principle (scored / always visible):")
        for p in self.order:
            print(f"     {p:32s} {per_principle[p]:3d} / {per_principle_always[p]}")
        return self.errors


def main():
    principles = load_principles()
    assert len(principles) == 17, principles
    files = [Path(a) for a in sys.argv[1:]] or [
        HERE / f"{n}.toml" for n in ("risk", "readiness", "self-check")]
    errors = []
    for f in files:
        if not f.exists():
            print(f"-- {f.name}: not found, skipped")
            continue
        try:
            errors += Checker(f, principles).run()
        except tomllib.TOMLDecodeError as e:
            errors.append(f"{f.name}: TOML parse error: {e}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
