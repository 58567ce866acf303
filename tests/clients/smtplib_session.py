"""Drives the relay's listener with Python's smtplib (a real, independent SMTP client).

Usage: smtplib_session.py PORT CAFILE USER PASSWORD TOKEN
Prints one JSON object describing what happened; the Rust test asserts on it.
"""
import json
import smtplib
import ssl
import sys

port, cafile, user, password, token = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
port = int(port)
out = {}

def code_of(e):
    if isinstance(e, smtplib.SMTPRecipientsRefused):
        return [v[0] for v in e.recipients.values()][0]
    return getattr(e, "smtp_code", None)

# 1. STARTTLS with certificate verification, then AUTH (smtplib picks PLAIN or LOGIN).
ctx = ssl.create_default_context(cafile=cafile)
s = smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=60)
s.ehlo()
out["before_tls"] = sorted(s.esmtp_features.keys())
s.starttls(context=ctx)
s.ehlo()
out["after_tls"] = sorted(s.esmtp_features.keys())
out["auth_mechanisms"] = s.esmtp_features.get("auth", "").split()
s.login(user, password)

# 2. An 8-bit UTF-8 body, declared with BODY=8BITMIME.
body8 = ("Subject: utf8 %s\r\nFrom: robot@app.example.org\r\nTo: a@customer.test\r\n"
         "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
         "Content-Transfer-Encoding: 8bit\r\n\r\nGrüße, ça marche — 日本語 %s\r\n" % (token, token)).encode("utf-8")
out["eightbit"] = s.sendmail("robot@app.example.org", ["a@customer.test"], body8,
                             mail_options=["BODY=8BITMIME"])

# 3. Bad sequences on the authenticated session.
out["rcpt_before_mail"] = s.docmd("RCPT TO:<a@customer.test>")[0]
out["data_before_rcpt"] = (s.docmd("MAIL FROM:<robot@app.example.org>")[0], s.docmd("DATA")[0])
s.rset()
out["second_mail_in_transaction"] = (s.docmd("MAIL FROM:<robot@app.example.org>")[0],
                                     s.docmd("MAIL FROM:<robot@app.example.org>")[0])
s.rset()

# 4. Open-relay attempt while authenticated: a sender outside the allowed domains.
try:
    s.sendmail("ceo@evil.test", ["victim@customer.test"], b"Subject: spoof\r\n\r\nx\r\n")
    out["foreign_sender"] = 250
except smtplib.SMTPSenderRefused as e:
    out["foreign_sender"] = e.smtp_code

# 5. A 30 MB message (SIZE= is announced by smtplib since the server offers SIZE).
line = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab\r\n"
big = (b"Subject: big %s\r\nFrom: robot@app.example.org\r\nTo: big@customer.test\r\n\r\n" % token.encode()
       + line * (30 * 1024 * 1024 // len(line)))
out["big_bytes"] = len(big)
out["big"] = s.sendmail("robot@app.example.org", ["big@customer.test"], big)
s.quit()

# 6. Open-relay attempts without AUTH: plaintext session (no TLS, no login).
p = smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=60)
p.ehlo()
try:
    p.sendmail("robot@app.example.org", ["victim@customer.test"], b"Subject: relay\r\n\r\nx\r\n")
    out["unauthenticated"] = 250
except (smtplib.SMTPSenderRefused, smtplib.SMTPRecipientsRefused) as e:
    out["unauthenticated"] = code_of(e)
# Wrong credentials.
out["bad_credentials"] = p.docmd("AUTH PLAIN", "AGFwcDEAd3Jvbmc=")[0]
p.quit()

print(json.dumps(out))
