# Mixed messages of development set 2: several languages in one mail, forwards as
# attachments, replies, HTML-only bodies, Latin-1 / Windows-1252 / quoted-printable bodies.
from common import add as _add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref


def add(name, frm, subject, text, exp, **kw):
    """As common.add; an HTML entry passes its body as body=html(...) after an empty text."""
    _add(name, frm, subject, kw.pop("body", text), exp, **kw)

add("mix-01-html-access", "Olivia Bennett <olivia.bennett@webpost.example>", "Data request",
    "",
    R(["Access"], "olivia.bennett@webpost.example", "Olivia", "Bennett"),
    ct=HTML, body=html(
        "Hi,",
        "Could you please send me <b>a copy of all the personal data</b> Acme Play holds about me? "
        "That includes my watch history, search history, devices and anything you use for recommendations.",
        "Thanks so much,<br>Olivia Bennett",
        "<span style=\"font-size:9px;color:#999\">Sent with WebPost Mail</span>"))

add("mix-02-html-fr-suppression", "Manon Girard <manon.girard@mail.example>", "Suppression de compte Acme Match",
    "",
    R(["Erasure"], "manon.girard@mail.example", "Manon", "Girard"),
    ct=HTML, body=html(
        "Bonjour,",
        "Je vous prie de <u>supprimer mon compte</u> Acme Match ainsi que toutes les données associées "
        "(photos, messages, préférences).",
        "Merci d'avance,",
        "<div style=\"font-family:Arial\">Manon Girard<br>06 98 76 54 32</div>"))

add("mix-03-attached-de-werbung", "Jan Köhler <jan.koehler@acme-corp.example>", "WG: Keine Werbung mehr",
    "",
    R(["Opposition"], "ursula.brandl@mail-box.example", "Ursula", "Brandl"),
    note="Hi privacy team, forwarding a German customer's mail as attachment, she doesn't want any more advertising. Can you handle? Thx, Jan (Customer Care DACH)",
    attached=("Ursula Brandl <ursula.brandl@mail-box.example>", "Keine Werbung mehr",
              "Guten Tag,\n\nich möchte ab sofort keine Werbung mehr von Acme Style erhalten, "
              "weder per E-Mail noch per Post. Bitte nehmen Sie mich aus allen Verteilern.\n\n"
              "Freundliche Grüße\nUrsula Brandl\n"))

add("mix-04-attached-it-portabilita", "Alice Ferraro <alice.ferraro@acme-corp.example>", "Fwd: richiesta dati in formato file",
    "",
    R(["Portability"], "tommaso.villa@posta.example", "Tommaso", "Villa"),
    note="Ciao, questa è arrivata al supporto Acme Play. Il cliente vuole i suoi dati in un file per portarli a un altro servizio. Ve la giro in allegato.\nAlice",
    attached=("Tommaso Villa <tommaso.villa@posta.example>", "richiesta dati",
              "Buongiorno, vorrei ricevere in un formato leggibile da computer (JSON o CSV) la mia "
              "libreria musicale, le playlist e lo storico ascolti, per trasferirli su un'altra piattaforma.\n"
              "Grazie\nTommaso Villa\n"))

add("mix-05-attached-parcel", "Ryan Cole <ryan.cole@acme-corp.example>", "FW: customer mail sent to privacy by mistake?",
    "",
    R(["Unknown"], "agnieszka.nowak@mailbox.example", "Agnieszka", "Nowak"),
    note="Not sure this is for you but the customer wrote 'data protection' in the subject so the triage bot routed it to me. Attaching it.\nRyan",
    attached=("Agnieszka Nowak <agnieszka.nowak@mailbox.example>", "data protection - my order",
              "Hello, my order AS-3301987 was delivered to my neighbour and she says she never got it. "
              "The photo from the courier shows a different door. What can you do? I paid 120 EUR.\n"
              "Agnieszka Nowak\n"))

add("mix-06-attached-phishing-clicked", "Emma Laurent <emma.laurent@acme-corp.example>", "TR: Action requise : vérification de votre compte",
    "",
    INC("emma.laurent@acme-corp.example", "Emma", "Laurent"),
    note="Hello, je vous transfère ce mail reçu ce matin. J'ai cliqué sur le lien et j'ai saisi mon login Acme (celui qui ouvre le CRM fidélité) avant de réaliser que l'adresse était bizarre. J'ai changé mon mot de passe depuis. Sorry...\nEmma Laurent - Loyalty Marketing",
    attached=("IT Helpdesk <helpdesk@acme-corp-support.example>", "Action requise : vérification de votre compte",
              "Bonjour,\n\nVotre mot de passe expire aujourd'hui. Cliquez ici pour le conserver : "
              "http://acme-corp-support.example/login\n\nIT Helpdesk\n"))

add("mix-07-be-fr-nl", "Pieter-Jan Claes <pj.claes@telenet-mail.example>", "Suppression / verwijdering account",
    """Bonjour / Goedendag,

(FR) Je souhaite que mon compte Acme Style soit supprimé avec toutes mes données.
(NL) Ik wil dat mijn Acme Style-account samen met al mijn gegevens verwijderd wordt.

Merci / Bedankt,
Pieter-Jan Claes
Gent""",
    R(["Erasure"], "pj.claes@telenet-mail.example", "Pieter-Jan", "Claes"))

add("mix-08-es-en-expat", "Graham Fletcher <graham.fletcher@correo.example>", "Datos personales / personal data",
    """Hola, perdón por mi español, I'll continue in English if that's ok.

I live in Málaga now. My address in my Style Club account is still my old UK one (22 Kingsway,
Hove) - please change it to Calle Larios 7, 2ºA, 29005 Málaga. Also I'd like a copy of everything
you have on me, I think my account got mixed up with my ex-wife's at some point.

Gracias,
Graham Fletcher""",
    R(["Rectification", "Access"], "graham.fletcher@correo.example", "Graham", "Fletcher"))

add("mix-09-cp1252-opposition", "Niamh Gallagher <niamh.gallagher@irishpost.example>", "Please stop the \"personalised\" emails",
    """Hi,

I’ve had enough of the “we picked this just for you” emails – they’re based on what I’ve
browsed and it’s frankly creepy. Please stop using my browsing/purchase history for marketing
and stop emailing me offers altogether.

Cheers – Niamh Gallagher""",
    R(["Opposition"], "niamh.gallagher@irishpost.example", "Niamh", "Gallagher"),
    ct=CP1252, encode="cp1252")

add("mix-10-qp-fr-rectif", "François Bérubé <francois.berube@mail.example>", "Correction de mon prénom",
    """Bonjour,

Mon prénom est mal orthographié dans mon compte : vous avez écrit « Francois Berube » sans
cédille ni accent. Le bon nom est François Bérubé. Pourriez-vous corriger ?

Merci,
François Bérubé""",
    R(["Rectification"], "francois.berube@mail.example", "François", "Bérubé"),
    ct=LATIN1, encode="latin-1-qp")

add("mix-11-latin1-it", "Niccolò Fabbri <niccolo.fabbri@posta.example>", "Cancellazione dati",
    """Buongiorno,

chiedo la cancellazione di tutti i miei dati dal programma fedeltà e dal negozio online. Non
sono più interessato e non voglio che i miei dati restino nei vostri archivi. Così è più
semplice per tutti.

Niccolò Fabbri""",
    R(["Erasure"], "niccolo.fabbri@posta.example", "Niccolò", "Fabbri"),
    ct=LATIN1, encode="latin-1")

add("mix-12-html-fu", "Adriana Popescu <adriana.popescu@mailbox.example>", "Re: [DSR-57713] Confirmation of your request",
    "",
    FU("57713", "adriana.popescu@mailbox.example", "Adriana", "Popescu"),
    ct=HTML, body=html(
        "Hello,",
        "I sent the ID you asked for on the 3rd. Could you please confirm that my request is now being processed?",
        "Regards,<br>Adriana Popescu",
        "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">On 1 Nov 2026, Acme Privacy wrote:<br>"
        "Your request has been registered as DSR-57713. Please send a copy of an identity document.</blockquote>"))

add("mix-13-reply-to-family", "The Johnsons <johnsons.home@familymail.example>", "Acme Play account data",
    """Hello,

This is Emma Johnson - I use the family email for the Acme Play account but please reply to my
own address. I'd like to see what data you hold about me, especially the viewing history under
my profile ("Emma") and any payment details.

Thanks,
Emma""",
    R(["Access"], "emma.johnson@webpost.example", "Emma", "Johnson"),
    headers=["Reply-To: Emma Johnson <emma.johnson@webpost.example>"])

add("mix-14-device-footer", "Moritz Engel <moritz.engel@mail-box.example>", "Konto",
    """Bitte mein Style Club Konto löschen, danke.

Von meinem iPhone gesendet""",
    R(["Erasure"], "moritz.engel@mail-box.example", "Moritz", "Engel"))

add("mix-15-disclaimer", "Rajesh Nair <rajesh.nair@bigbank-corp.example>", "Query re data transfers",
    """Hello,

Writing in a personal capacity, as an Acme Play subscriber. Could you tell me whether my
viewing data is transferred to countries outside the EEA, and if so which safeguards you rely
on? Also, which third parties receive it for analytics?

I'm not requesting a copy of the data, just the information.

Best regards,

Rajesh Nair
Senior Vice President, Treasury Operations
BigBank Corp | 1 Canal Square, Dublin 2
T +353 1 555 0199 | M +353 87 555 0142

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender immediately and
delete it from your system. Any unauthorised use, disclosure or copying is prohibited.
BigBank Corp is regulated by the Central Bank of Ireland.""",
    R(["Information"], "rajesh.nair@bigbank-corp.example", "Rajesh", "Nair"))

add("mix-16-bounce", "Mail Delivery Subsystem <mailer-daemon@mx.mailbox.example>", "Delivery Status Notification (Failure)",
    "", IGN("bounce", "mailer-daemon@mx.mailbox.example"), dsn=True)

add("mix-17-ooo-en-de", "Katharina Berger <katharina.berger@consulting.example>", "Out of Office / Abwesenheitsnotiz: [DSR-66021]",
    """I am out of the office until 30 November. / Ich bin bis zum 30. November nicht im Büro.
Your message will not be forwarded. / Ihre Nachricht wird nicht weitergeleitet.

Katharina Berger""",
    IGN("auto_reply", "katharina.berger@consulting.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("mix-18-ticket-ack", "ShopDesk Support <support@shopdesk-helpdesk.example>", "[Ticket #44521] We've received your request",
    """Hello,

Thank you for contacting ShopDesk. Your request (#44521) has been received and is being
reviewed by our support staff. You will receive a reply within 2 business days.

To add comments, reply to this email.

--
ShopDesk Support
This email is a service from ShopDesk.""",
    IGN("auto_reply", "support@shopdesk-helpdesk.example"),
    headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])

add("mix-19-spam-html-cert", "GDPR Compliance Office <certificate@gdpr-cert-eu.example>", "URGENT: Your GDPR data deletion certificate expires",
    "",
    IGN("spam", "certificate@gdpr-cert-eu.example"),
    ct=HTML, headers=SPAM_HDR, body=html(
        "<b>FINAL NOTICE</b>",
        "Your company's GDPR Data Deletion Certificate expires in 48 hours. Without it, all customer data "
        "must be deleted and fines of up to EUR 20,000,000 apply.",
        "<a href=\"http://gdpr-cert-eu.example/renew\">RENEW NOW - only EUR 349</a>",
        "<small>GDPR Compliance Office - Brussels</small>"))

add("mix-20-spam-multi", "Mrs. Svetlana Ivanova <svetlana.i@lonely-hearts-dating.example>", "Hello dear / Bonjour mon cher / Hallo Schatz",
    """Hello dear, I am Svetlana, 28 years, I saw your profile and I want to know you better.
Je cherche un homme sérieux. Ich bin sehr einsam.
Write me on my private email and I send you my photos. If you dont want my messages tell me and I
delete your contact, promise :)

Kisses, Svetlana""",
    IGN("spam", "svetlana.i@lonely-hearts-dating.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="lonely-hearts-dating.example")])

add("mix-21-bulk-html", "EU Privacy Digest <digest@euprivacydigest.example>", "EU Privacy Digest - November edition",
    "",
    IGN("bulk", "digest@euprivacydigest.example"),
    ct=HTML,
    headers=["List-Id: EU Privacy Digest <digest.euprivacydigest.example>",
             "List-Unsubscribe: <https://euprivacydigest.example/u?id=acme>, <mailto:unsub@euprivacydigest.example>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
    body=html(
        "<h1>EU Privacy Digest</h1>",
        "<b>1.</b> EDPB opinion on dating apps and special category data<br>"
        "<b>2.</b> CNIL, AP and Garante: loyalty programmes under scrutiny<br>"
        "<b>3.</b> Streaming platforms and children's profiles",
        "<a href=\"https://euprivacydigest.example/u?id=acme\">Unsubscribe</a> | "
        "<a href=\"https://euprivacydigest.example/prefs\">Manage preferences</a>"))

add("mix-22-inc-staff-en-nl", "Bas de Ruiter <bas.deruiter@acme-corp.example>", "heads up - gisteren in de trein",
    """Hi all (sorry, half Dutch half English, it's been a long day),

Gisteren zat ik in de trein naar Rotterdam and I was working on the Acme Match moderation
queue on my laptop - reported profiles, with photos and chat excerpts. A guy next to me was
clearly reading along and at one point took a photo of my screen with his phone. I closed the
laptop and he got off at Delft before I could say anything.

Not sure what he captured, maybe 2-3 user profiles and a chat. Thought you should know.

Bas de Ruiter
Trust & Safety Moderator""",
    INC("bas.deruiter@acme-corp.example", "Bas", "de Ruiter"))

add("mix-23-task-de-en", "Sebastian Hoffmann <sebastian.hoffmann@acme-corp.example>", "Review needed: Sub-processor change notice from CloudStream",
    """Hi team,

CloudStream (our CDN/hosting for Acme Play) sent a notice that they're adding a new
Unterauftragsverarbeiter in India for 24/7 support, effective in 30 days. We have the right to
object within 14 days laut AVV. Could you review and tell me whether we object or accept? I've
put their notice in the vendor folder.

Danke!
Sebastian Hoffmann
Vendor Management""",
    TASK("sebastian.hoffmann@acme-corp.example", "Sebastian", "Hoffmann"))

add("mix-24-inc-html-reset", "Kwame Asante <kwame.asante@webpost.example>", "Got someone else's password reset",
    "",
    INC("kwame.asante@webpost.example", "Kwame", "Asante"),
    ct=HTML, body=html(
        "Hi Acme,",
        "I just received a <i>password reset link</i> for an Acme Match account that isn't mine. The email "
        "greets a \"Sophie\" and when I clicked the link out of curiosity it logged me straight into her "
        "profile - I could see her messages and photos. I logged out immediately.",
        "You might want to look into that. Your reset emails seem to be going to the wrong people.",
        "Kwame"))

add("mix-25-guardian-fr-en", "Nathalie Leroy <nathalie.leroy@mail.example>", "My daughter / ma fille - Acme Match",
    """Hello, bonjour,

I write in English because I don't know if you read French. My daughter Chloé Leroy is 15
years old and she has an Acme Match account (chloe.leroy.09@mail.example). She is a minor!!
Je veux que ce compte soit supprimé immédiatement avec toutes ses photos et conversations.

I am her mother and legal guardian, I can send her ID and the livret de famille.

Nathalie Leroy""",
    R(["Erasure"], "nathalie.leroy@mail.example", "Chloé", "Leroy", representative="Nathalie Leroy"))

add("mix-26-fu-irt-family", "The Johnsons <johnsons.home@familymail.example>", "Re: Acme Play account data",
    """Hi, just checking you got my request below? I haven't had an acknowledgement yet. Again,
please reply to my own email, not the family one.

Emma Johnson""",
    FU(ref("mix-13-reply-to-family"), "emma.johnson@webpost.example", "Emma", "Johnson"),
    headers=irt("mix-13-reply-to-family") + ["Reply-To: Emma Johnson <emma.johnson@webpost.example>"])

add("mix-27-fu-es-en", "Carlos Mendoza Ruiz <carlos.mendoza@correo.example>", "RE: [DSR-75530] Your request / Su solicitud",
    """Hola, ¿hay novedades? Ya ha pasado un mes.

Carlos Mendoza

________________________________
De: Acme Privacy <privacy@acme-corp.example>
Asunto: [DSR-75530] Your request / Su solicitud
We have received your request. / Hemos recibido su solicitud.""",
    FU("75530", "carlos.mendoza@correo.example", "Carlos", "Mendoza Ruiz"))

add("mix-28-de-en-port-opp", "Annika Schulze <annika.schulze@mail-box.example>", "data export + no more tracking",
    """Hi there / Hallo,

zwei Dinge:
1. Please send my complete listening history and my playlists as a CSV or JSON file so I can
   load them into another app (Datenübertragbarkeit, Art. 20).
2. Ich widerspreche der Nutzung meiner Hörgewohnheiten für Werbung und personalisierte
   Angebote.

Danke, thanks,
Annika Schulze""",
    R(["Portability", "Opposition"], "annika.schulze@mail-box.example", "Annika", "Schulze"))

add("mix-29-html-nl-automated", "Youssef Amrani <youssef.amrani@mail.example>", "Verificatie afgewezen",
    "",
    R(["AutomatedDecision"], "youssef.amrani@mail.example", "Youssef", "Amrani"),
    ct=HTML, body=html(
        "Goedendag,",
        "Mijn selfie-verificatie op Acme Match is drie keer <b>automatisch afgewezen</b> (\"gezicht komt niet overeen\"). "
        "Ik heb een baard laten staan, dat is alles. Nu krijg ik geen blauw vinkje en word ik als \"niet geverifieerd\" getoond.",
        "Ik wil dat een medewerker naar mijn foto's kijkt in plaats van jullie software. Is that possible?",
        "Met vriendelijke groet,<br>Youssef Amrani"))

add("mix-30-it-en-restriction", "Luca Moretti <luca.moretti@posta.example>", "Freeze my data please / congelare i miei dati",
    """Hi,

I contest the accuracy of the data in my Style Club account: it says I live in Milano and
I'm 52, both wrong (Torino, 34). Until you verify it, per favore non usate i miei dati per
nessun scopo - just keep them stored, nothing else. Art. 18 GDPR.

Grazie,
Luca Moretti""",
    R(["Restriction"], "luca.moretti@posta.example", "Luca", "Moretti"))

add("mix-31-after-death-en", "Margaret Doyle <maggie.doyle@oldmail.example>", "What happens to my account when I die?",
    """Dear Acme,

I'm 81 and putting my affairs in order. When I pass, I would like my sister Bridget to be able
to download my playlists on Acme Play, and then for the account to be closed and my details
deleted. Can you please record these wishes against my account and let me know what you need
from me to make them official?

With thanks,
Margaret Doyle""",
    R(["AdvanceDirectives"], "maggie.doyle@oldmail.example", "Margaret", "Doyle"))

add("mix-32-pt-en-info", "João Pereira <joao.pereira@correio.example>", "Cookies question",
    """Olá! Sorry, my English is not perfect.

On your shop site, the cookie banner says "partners" - quais parceiros? Who are these partners
and what do they do with the information? Also how long the cookies stay on my computer?

Obrigado,
João Pereira""",
    R(["Information"], "joao.pereira@correio.example", "João", "Pereira"))

add("mix-33-task-html-fr-en", "Camille Faure <camille.faure@acme-corp.example>", "Vendor questionnaire - need help",
    "",
    TASK("camille.faure@acme-corp.example", "Camille", "Faure"),
    ct=HTML, body=html(
        "Hello l'équipe privacy,",
        "Our new retail partner in Lyon (Galeries Rhône) sent us their <b>supplier privacy questionnaire</b> "
        "before they list Acme Style in their stores. Il y a 40 questions sur la conservation, les sous-traitants, "
        "le DPO, les transferts...",
        "Could you fill in the privacy part by Thursday? Le fichier est dans Teams > Retail > Partners.",
        "Merci !<br>Camille Faure<br>Key Account Manager"))

add("mix-34-inc-tablet-es-en", "Lucas Herrera <lucas.herrera@acme-corp.example>", "tablet stolen from the store / tablet robada",
    """Hi,

Quick one. This afternoon someone took the iPad we use at the Barcelona store counter to sign
people up for Style Club. Estaba en el mostrador, me giré a atender a una clienta y ya no
estaba. The signup app was open; it shows the last signups (name, email, phone, birthday).
Store security has the CCTV. I've told the regional manager.

Lucas Herrera
Store Supervisor, Barcelona - Passeig de Gràcia""",
    INC("lucas.herrera@acme-corp.example", "Lucas", "Herrera"))

add("mix-35-pl-en-giftcard", "Katarzyna Wiśniewska <k.wisniewska@poczta.example>", "gift card / karta podarunkowa",
    """Dzień dobry, hello,

I got an Acme Style gift card from my friend but the code does not work on the website
("invalid code"). Na karcie jest 100 EUR. Can you help me to use it?

Dziękuję,
Katarzyna Wiśniewska""",
    R(["Unknown"], "k.wisniewska@poczta.example", "Katarzyna", "Wiśniewska"))

add("mix-36-noname-access-restrict", "x7.privacy.user@protonish.example", "Art. 15 + Art. 18",
    """To the DPO,

Acme Match user since 2024, registered with this address. I request (1) a copy of all my
personal data including inferred data and moderation flags, and (2) that, pending your answer,
you refrain from using my data for any purpose other than storage, as I dispute the accuracy of
the "flags" placed on my account.

No name needed, the account is tied to this email.""",
    R(["Access", "Restriction"], "x7.privacy.user@protonish.example", None, None))
