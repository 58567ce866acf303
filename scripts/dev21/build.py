#!/usr/bin/env python3
"""Writes the blind development set tests/fixtures/dev21/*.eml and *.expected.json from
scripts/dev21/part_*.py. Run from the repository root: python3 scripts/dev21/build.py
Development set: written blind, then used for tuning."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, ".."))
from common import E
import part_en, part_fr, part_nl, part_de, part_es, part_it, part_mix  # noqa: F401
from corpus import build

OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "dev21")

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
