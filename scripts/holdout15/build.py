#!/usr/bin/env python3
"""Writes the blind holdout set tests/fixtures/holdout15/*.eml and *.expected.json from
scripts/holdout15/part_*.py. Run from the repository root: python3 scripts/holdout15/build.py
The set is never used for tuning."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, ".."))
from common import E
import importlib
# Three writers fill the parts side by side: a part not written yet is skipped (and named).
for lang in ("en", "fr", "nl", "de", "es", "it", "mix"):
    if os.path.exists(os.path.join(HERE, "part_%s.py" % lang)):
        importlib.import_module("part_" + lang)
    else:
        print("part_%s.py not written yet" % lang)
from corpus import build

OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "holdout15")

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f.endswith(".expected.json"):
            os.remove(os.path.join(OUT, f))
    names = set()
    for i, m in enumerate(E):
        assert m["name"] not in names, m["name"]
        names.add(m["name"])
        with open(os.path.join(OUT, m["name"] + ".eml"), "wb") as f:
            f.write(build(i, m))
        exp = {"well_formed": True}
        exp.update(m["exp"])
        with open(os.path.join(OUT, m["name"] + ".expected.json"), "w") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(E), "messages")

main()
