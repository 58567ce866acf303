#!/usr/bin/env python3
"""Writes tests/fixtures/corpus/*.eml and *.expected.json from the hand-written messages in
scripts/corpus_part{1,2,3}.py. Run from the repository root: python3 scripts/corpus.py"""
import json, os, sys, quopri
sys.path.insert(0, os.path.dirname(__file__))
from corpus_part1 import M
import corpus_part2, corpus_part3, corpus_part4  # noqa: F401  (they append to M)
from corpus_part2 import b64w

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "corpus")
TO = "privacy@acme-corp.example"

def hdr_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return b64w(s)

def hdr_from(f):
    # Non-ASCII display names: most clients encode them; a few send raw UTF-8.
    try:
        f.encode("ascii")
        return f
    except UnicodeEncodeError:
        name, _, addr = f.rpartition("<")
        return b64w(name.strip().strip('"')) + " <" + addr

def build(i, m):
    name = m["name"]
    mid = m.get("mid") or "<%s@mail.example.net>" % name
    h = []
    if m["frm"] is not None:
        h.append("From: " + (hdr_from(m["frm"]) if i % 5 else m["frm"]))
    h.append("To: " + m.get("to", TO))
    h.append("Subject: " + (hdr_subject(m["subject"]) if i % 4 else m["subject"]))
    h.append("Date: Mon, 16 Nov 2026 %02d:%02d:00 +0100" % (8 + i // 60, i % 60))
    h.append("Message-ID: " + mid)
    h += m.get("headers", [])
    h.append("MIME-Version: 1.0")
    raw8 = any(ord(c) > 127 for c in "\n".join(h))
    head = "\r\n".join(h).encode("utf-8")
    if m.get("dsn"):
        body = (
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
            "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            "This is the mail system. Your message could not be delivered to one or more recipients.\r\n"
            "<jane.doe@example.com>: host mx.example.com said: 550 5.1.1 User unknown\r\n\r\n"
            "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.acme-corp.example\r\n\r\nFinal-Recipient: rfc822; jane.doe@example.com\r\n"
            "Action: failed\r\nStatus: 5.1.1\r\n\r\n"
            "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            "From: privacy@acme-corp.example\r\nTo: jane.doe@example.com\r\nSubject: Your request\r\n\r\n"
            "--b1--\r\n").encode()
        return head + b"\r\n" + body
    if m.get("attached"):
        frm, subj, text = m["attached"]
        inner = ("From: %s\r\nTo: support@acme-corp.example\r\nSubject: %s\r\n"
                 "Date: Sun, 15 Nov 2026 18:00:00 +0100\r\nMessage-ID: <inner-%s@mail.example.net>\r\n"
                 "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                 "Content-Transfer-Encoding: 8bit\r\n\r\n%s") % (hdr_from(frm), hdr_subject(subj), name,
                                                                  text.replace("\n", "\r\n"))
        body = ("Content-Type: multipart/mixed; boundary=\"fw1\"\r\n\r\n"
                "--fw1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + m.get("note", "").replace("\n", "\r\n") +
                "\r\n--fw1\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"request.eml\"\r\n\r\n"
                + inner + "\r\n--fw1--\r\n")
        return head + b"\r\n" + body.encode("utf-8")
    text = m["body"].replace("\n", "\r\n")
    enc = m.get("encode", "utf-8")
    ct = m.get("ct", "text/plain; charset=utf-8")
    cte = "8bit"
    if enc == "utf-8":
        data = text.encode("utf-8")
        if all(b < 128 for b in data):
            cte = "7bit"
    elif enc == "latin-1":
        data = text.encode("latin-1")
    elif enc == "cp1252":
        data = text.encode("cp1252")
    elif enc == "latin-1-qp":
        data = quopri.encodestring(text.encode("latin-1"))
        cte = "quoted-printable"
    return head + ("\r\nContent-Type: %s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (ct, cte)).encode() + data

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f.endswith(".expected.json"):
            os.remove(os.path.join(OUT, f))
    names = set()
    for i, m in enumerate(M):
        assert m["name"] not in names, m["name"]
        names.add(m["name"])
        with open(os.path.join(OUT, m["name"] + ".eml"), "wb") as f:
            f.write(build(i, m))
        exp = {"well_formed": True}
        exp.update(m["exp"])
        with open(os.path.join(OUT, m["name"] + ".expected.json"), "w") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(M), "messages")

if __name__ == "__main__":
    main()
