# Holdout set 15: helpers. The messages in scripts/holdout15/part_*.py were written blind
# (without reading the code, the lexicon or the other sets, and without running the product).
# Labels say what a DPO would make of the mail: for someone acting for another person, the
# names are the data subject's and `representative` says who wrote.
E = []

def add(name, frm, subject, body, exp, **kw):
    E.append(dict(name="h15-" + name, frm=frm, subject=subject, body=body, exp=exp, **kw))

def R(p, email, given=None, family=None, **kw):
    d = {"kind": "request", "purposes": p, "email": email, "given_name": given, "family_name": family}
    d.update(kw)
    return d

def IGN(reason, email=None, **kw):
    d = {"kind": "ignore", "ignore_reason": reason, "email": email}
    d.update(kw)
    return d

def INC(email, given=None, family=None):
    return {"kind": "incident", "email": email, "given_name": given, "family_name": family}

def TASK(email, given=None, family=None):
    return {"kind": "task", "email": email, "given_name": given, "family_name": family}

def FU(of, email, given=None, family=None):
    return {"kind": "follow_up", "follow_up_of": of, "email": email, "given_name": given, "family_name": family}

HTML = "text/html; charset=utf-8"
LATIN1 = "text/plain; charset=iso-8859-1"
CP1252 = "text/plain; charset=windows-1252"

def html(*paras):
    return "<html><body>" + "".join("<p>%s</p>" % p for p in paras) + "</body></html>\n"

SPAM_HDR = ["X-Spam-Status: Yes, score=9.8 required=5.0 tests=BAYES_99,FREEMAIL_FORGED_REPLYTO",
            "X-Spam-Flag: YES"]

def AUTH(spf="pass", dkim="pass", dmarc="pass", dom="example"):
    return "Authentication-Results: mx.acme-corp.example; spf=%s smtp.mailfrom=%s; dkim=%s header.d=%s; dmarc=%s header.from=%s" % (
        spf, dom, dkim, dom, dmarc, dom)

def irt(name):
    """In-Reply-To/References headers pointing at another message of this set."""
    mid = "<h15-%s@mail.example.net>" % name
    return ["In-Reply-To: " + mid, "References: " + mid]

def ref(name):
    return "file:h15-%s.eml" % name
