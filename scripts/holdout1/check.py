#!/usr/bin/env python3
# Sanity check for the holdout1 set: JSON valid, .eml parse and decode, follow-up targets exist, counts.
import os, json, email, collections, re
from email import policy
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "holdout1")
names = sorted(f[:-4] for f in os.listdir(D) if f.endswith(".eml"))
assert len(names) == len([f for f in os.listdir(D) if f.endswith(".expected.json")])
per_lang = collections.Counter(); per_kind = collections.Counter(); reasons = collections.Counter()
purp = collections.Counter(); multi = 0; mids = {}
for n in names:
    exp = json.load(open(os.path.join(D, n + ".expected.json")))
    raw = open(os.path.join(D, n + ".eml"), "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["From"] is not None and msg["Subject"] is not None, n
    mids[msg["Message-ID"].strip()] = n
    # decode every text part
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    assert texts or exp.get("ignore_reason") == "bounce", n
    lang = n.split("-")[1]
    per_lang[lang] += 1; per_kind[exp["kind"]] += 1
    if exp["kind"] == "ignore": reasons[exp["ignore_reason"]] += 1
    if exp["kind"] == "request":
        for p in exp["purposes"]: purp[p] += 1
        if len(exp["purposes"]) > 1: multi += 1
        # email must appear in From or Reply-To or body
        em = exp["email"]
        assert em.lower() in raw.decode("utf-8", "replace").lower() or any(em in t for t in texts), (n, em)
    # mojibake check: accented chars decode properly
    for t in texts:
        assert "\ufffd" not in t, n
for n in names:
    exp = json.load(open(os.path.join(D, n + ".expected.json")))
    if exp["kind"] == "follow_up" and exp["follow_up_of"].startswith("file:"):
        target = exp["follow_up_of"][5:-4]
        assert target in names, (n, target)
        raw = open(os.path.join(D, n + ".eml"), "rb").read().decode("utf-8", "replace")
        assert "<%s@mail.example.net>" % target in raw, n
print(len(names), dict(per_lang)); print(dict(per_kind)); print(dict(reasons)); print(dict(purp)); print("multi", multi)
