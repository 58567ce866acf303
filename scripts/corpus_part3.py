# Hand-written corpus messages, part 3: incidents, tasks, follow-ups, guards, odd mail.
from corpus_part1 import M, add, R
from corpus_part2 import IGN, b64w

def INC(email, given=None, family=None):
    return {"kind": "incident", "email": email, "given_name": given, "family_name": family}

def TASK(email, given=None, family=None):
    return {"kind": "task", "email": email, "given_name": given, "family_name": family}

def FU(of, email, given=None, family=None):
    return {"kind": "follow_up", "follow_up_of": of, "email": email, "given_name": given, "family_name": family}

# ── Incidents (the mailbox has automatic kind) ───────────────────────────────────────────
add("inc-en-01-payslip", "Chris Morgan <chris.morgan@gmail.example>", "Wrong payslip",
    "Hi,\n\nI received someone else's payslip in my employee portal this morning. It shows another employee's name, salary and bank details.\n\nChris\n",
    INC("chris.morgan@gmail.example", "Chris", "Morgan"))
add("inc-en-02-laptop", "Nina Scott <nina.scott@acme-corp.example>", "Laptop stolen",
    "Hello DPO,\n\nMy work laptop was stolen from my car last night. It contains customer files. The police report number is 2026-4471.\n\nNina\n",
    INC("nina.scott@acme-corp.example", "Nina", "Scott"))
add("inc-en-03-phishing", "IT Support <it.support@acme-corp.example>", "Phishing campaign",
    "Several employees clicked on a phishing link this morning and entered their credentials. We are resetting passwords.\n",
    INC("it.support@acme-corp.example", "IT", "Support"))
add("inc-en-04-cc", "Paula Reed <paula.reed@yahoo.example>", "Your email exposed everyone",
    "Your last email was accidentally sent with all recipients in CC, so I can see hundreds of other customers' email addresses. This is a data breach.\n",
    INC("paula.reed@yahoo.example", "Paula", "Reed"))
add("inc-fr-01-fiche-paie", "Sandrine Lopez <sandrine.lopez@acme-corp.example>", "Fiche de paie",
    "Bonjour,\n\nJ'ai reçu dans mon espace la fiche de paie d'un collègue. Je ne l'ai pas ouverte plus loin que la première page.\n\nSandrine\n",
    INC("sandrine.lopez@acme-corp.example", "Sandrine", "Lopez"))
add("inc-fr-02-fuite", "RSSI <rssi@acme-corp.example>", "Incident prestataire",
    "Bonjour,\n\nNotre prestataire d'hébergement nous signale une fuite de données : une base clients a été exposée pendant deux jours.\n\nLe RSSI\n",
    INC("rssi@acme-corp.example", None, "RSSI"))
add("inc-fr-03-courrier-erreur", "Bruno Caron <bruno.caron@free.example>", "Courrier reçu par erreur",
    "Bonjour, j'ai reçu un courrier qui ne m'est pas destiné : il contient le dossier médical d'une autre patiente. Que dois-je en faire ?\n",
    INC("bruno.caron@free.example", "Bruno", "Caron"))
add("inc-nl-01-loonstrook", "Lisa Kok <lisa.kok@acme-corp.example>", "Loonstrook",
    "Hoi,\n\nIk heb de loonstrook van iemand anders ontvangen in mijn mailbox.\n\nLisa\n",
    INC("lisa.kok@acme-corp.example", "Lisa", "Kok"))
add("inc-nl-02-datalek", "Security Officer <security@acme-corp.example>", "Melding datalek",
    "Er is een datalek ontstaan: een medewerker heeft per ongeluk een klantenbestand gedeeld met een externe partij.\n",
    INC("security@acme-corp.example", "Security", "Officer"))
add("inc-de-01-gehalt", "Tobias Keller <tobias.keller@acme-corp.example>", "Falsche Gehaltsabrechnung",
    "Hallo,\n\nich habe heute die Gehaltsabrechnung eines Kollegen erhalten.\n\nTobias\n",
    INC("tobias.keller@acme-corp.example", "Tobias", "Keller"))
add("inc-de-02-datenpanne", "IT-Sicherheit <it-sicherheit@acme-corp.example>", "Datenpanne gemeldet",
    "Wir melden eine Datenpanne: ein USB-Stick mit Personaldaten ist verloren gegangen.\n",
    INC("it-sicherheit@acme-corp.example", None, None))
add("inc-es-01-datos-otro", "Rosa Medina <rosa.medina@gmail.example>", "Datos de otro cliente",
    "Hola, he recibido por error la factura de otro cliente con su nombre y su dirección. Creo que es una brecha de seguridad.\n",
    INC("rosa.medina@gmail.example", "Rosa", "Medina"))
add("inc-it-01-busta-paga", "Davide Ferri <davide.ferri@acme-corp.example>", "Busta paga sbagliata",
    "Buongiorno, ho ricevuto la busta paga di un altro dipendente. Si tratta di una violazione dei dati?\n",
    INC("davide.ferri@acme-corp.example", "Davide", "Ferri"))

# ── Tasks (a routing rule: privacy+task@) ──────────────────────────────────────────────
add("task-01-contract", "Legal Team <legal@acme-corp.example>", "DPA review for new CRM vendor",
    "Hi, please review the data processing agreement for the new CRM vendor before Friday.\n",
    TASK("legal@acme-corp.example", "Legal", "Team"), to="privacy+task@acme-corp.example")
add("task-02-fr-registre", "Direction RH <drh@acme-corp.example>", "Mise à jour du registre",
    "Bonjour, merci de mettre à jour le registre des traitements pour le nouveau logiciel de paie.\n",
    TASK("drh@acme-corp.example", "Direction", "RH"), to="privacy+task@acme-corp.example")
add("task-03-de-dsfa", "Projektleitung <pl@acme-corp.example>", "DSFA für Videoüberwachung",
    "Bitte eine Datenschutz-Folgenabschätzung für die neue Videoüberwachung im Lager vorbereiten.\n",
    TASK("pl@acme-corp.example", "Projektleitung", None), to="privacy+task@acme-corp.example")
add("task-04-nl-training", "Marketing <marketing@acme-corp.example>", "Training AVG",
    "Kunnen jullie een AVG-training voor het marketingteam plannen? Ook vragen ze of ze klantgegevens mogen verwijderen na de campagne.\n",
    TASK("marketing@acme-corp.example", "Marketing", None), to="privacy+task@acme-corp.example")

# ── Follow-ups ─────────────────────────────────────────────────────────────────────────
add("fu-01-in-reply-to-en", "Jane Doe <jane.doe@example.com>", "Re: Delete my account",
    "Any news on this? It has been two weeks.\n\nOn Mon, 16 Nov 2026 at 09:00, Jane Doe <jane.doe@example.com> wrote:\n> Please delete my account.\n",
    FU("file:en-01-delete-oneliner.eml", "jane.doe@example.com", "Jane", "Doe"),
    headers=["In-Reply-To: <en-01-delete-oneliner@mail.example.net>", "References: <en-01-delete-oneliner@mail.example.net>"])
add("fu-02-references-fr", "DUPONT Pierre <p.dupont@free.example>", "RE: Demande d'accès - article 15 RGPD",
    "Bonjour,\n\nJe n'ai toujours pas reçu de réponse. Je vous rappelle que le délai est d'un mois.\n\nPierre Dupont\n\n-----Message d'origine-----\nDe : DUPONT Pierre\nObjet : Demande d'accès\n",
    FU("file:fr-02-acces-art15.eml", "p.dupont@free.example", "Pierre", "DUPONT"),
    headers=["References: <unknown-1@mail.example.net> <fr-02-acces-art15@mail.example.net>"])
add("fu-03-tag-en", "Laura Chen <laura.chen@fastmail.example>", "Re: [DSR-1042] Your data portability request",
    "Thanks, I received the file but the playlists are missing.\n\nLaura\n",
    FU("1042", "laura.chen@fastmail.example", "Laura", "Chen"))
add("fu-04-tag-fr", "Jeanne Martin <jeanne.martin@orange.example>", "RE: [DSR-2077] Votre demande de suppression",
    "Bonjour, voici la copie de ma pièce d'identité demandée. Cordialement, Jeanne Martin\n",
    FU("2077", "jeanne.martin@orange.example", "Jeanne", "Martin"))
add("fu-05-tag-nl", "Sanne de Vries <sanne.devries@ziggo.example>", "Antw: [DSR-3110] Uw verzoek",
    "Dank u, maar ik wil ook dat jullie mijn gegevens bij partners verwijderen.\n",
    FU("3110", "sanne.devries@ziggo.example", "Sanne", "de Vries"))
add("fu-06-in-reply-to-de", "Lukas Müller <lukas.mueller@gmx.example>", "AW: Löschung meiner Daten",
    "Guten Tag, ist die Löschung inzwischen erfolgt?\n\nAm 16.11.2026 um 09:00 schrieb Lukas Müller:\n> bitte löschen Sie alle meine Daten.\n",
    FU("file:de-01-loeschen.eml", "lukas.mueller@gmx.example", "Lukas", "Müller"),
    headers=["In-Reply-To: <de-01-loeschen@mail.example.net>"])
add("fu-07-tag-es", "Lucía García <lucia.garcia@telefonica.example>", "RE: [DSR-4501] Su solicitud",
    "Hola, adjunto mi DNI como me pidieron. Saludos.\n",
    FU("4501", "lucia.garcia@telefonica.example", "Lucía", "García"))
add("fu-08-unknown-thread", "Oscar Lindqvist <oscar.lindqvist@telia.example>", "Re: Your weekly offers",
    "Please delete my data and stop sending these offers.\n\nOn Sun, 15 Nov 2026, Acme Offers <offers@acme-corp.example> wrote:\n> This week only: 20% off\n",
    R(["Erasure", "Opposition"], "oscar.lindqvist@telia.example", "Oscar", "Lindqvist"),
    headers=["In-Reply-To: <campaign-77@news.acme-corp.example>"])
add("fu-09-tag-it", "Giulia Rossi <giulia.rossi@libero.example>", "R: [DSR-5120] La sua richiesta",
    "Buongiorno, confermo la mia richiesta. Saluti, Giulia Rossi\n",
    FU("5120", "giulia.rossi@libero.example", "Giulia", "Rossi"))

# ── Guards ─────────────────────────────────────────────────────────────────────────────
add("g-ar-01-auto-submitted", "Jane Doe <jane.doe@example.com>", "Automatic reply: Your request",
    "I am away until Monday and will read your message when I return.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])
add("g-ar-02-x-autoreply-fr", "Sophie Bernard <sophie.bernard@sfr.example>", "Réponse automatique : Votre demande",
    "Je suis absente jusqu'au 30 novembre. Pour toute urgence, contactez le standard.\n",
    IGN("auto_reply"), headers=["X-Autoreply: yes"])
add("g-ar-03-x-auto-response-suppress-de", "Lukas Müller <lukas.mueller@gmx.example>", "Automatische Antwort: Ihre Anfrage",
    "Ich bin bis zum 1. Dezember nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.\n",
    IGN("auto_reply"), headers=["X-Auto-Response-Suppress: All", "Auto-Submitted: auto-replied"])
add("g-ar-04-auto-generated", "Ticket System <tickets@vendor.example>", "Ticket #88122 created",
    "Your ticket has been created. Please delete this message if you did not request it.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-generated"])
add("g-ar-05-x-autorespond", "Pieter Jansen <p.jansen@kpn.example>", "Uw bericht",
    "Bedankt voor uw bericht. Ik ben tot 1 december afwezig.\n",
    IGN("auto_reply"), headers=["X-Autorespond: Out of office"])
add("g-ooo-en", "Emily Clarke <emily.clarke@yahoo.example>", "Out of Office: Delete my data",
    "I am out of the office until 2 December with no access to email.\n", IGN("auto_reply"))
add("g-ooo-fr", "Claire Lefèvre <claire.lefevre@laposte.example>", "Absence du bureau",
    "Bonjour, je suis absente du bureau jusqu'au 28 novembre.\n", IGN("auto_reply"))
add("g-ooo-nl", "Daan Visser <daan.visser@xs4all.example>", "Afwezig: Adreswijziging",
    "Ik ben afwezig tot en met 27 november.\n", IGN("auto_reply"))
add("g-ooo-de", "Anna Schmidt <anna.schmidt@web.example>", "Abwesenheitsnotiz: Auskunftsersuchen",
    "Ich bin bis 30.11. im Urlaub.\n", IGN("auto_reply"))
add("g-ooo-es", "Carmen Ruiz <carmen.ruiz@hotmail.example>", "Fuera de la oficina: Mis datos",
    "Estoy fuera de la oficina hasta el lunes.\n", IGN("auto_reply"))
add("g-ooo-it", "Marco Bianchi <marco.bianchi@tim.example>", "Fuori ufficio: Richiesta di accesso",
    "Sono fuori ufficio fino al 30 novembre.\n", IGN("auto_reply"))
add("g-dsn-01-mailer-daemon", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>", "Undelivered Mail Returned to Sender",
    None, IGN("bounce"), dsn=True)
add("g-dsn-02-postmaster", "postmaster@outlook.example", "Undeliverable: Your data request",
    "Delivery has failed to these recipients or groups:\n\njane.doe@example.com\nThe email address you entered couldn't be found.\n",
    IGN("bounce"), headers=["Return-Path: <>"])
add("g-dsn-03-report-generic-sender", "Delivery Status <delivery@relay.partner.example>", "Delivery Status Notification (Failure)",
    None, IGN("bounce"), dsn=True)
add("g-bulk-01-precedence", "Acme Offers <offers@shop.example>", "Black Friday: delete your old cart?",
    "Don't miss our offers! Delete nothing, buy everything.\n",
    IGN("bulk"), headers=["Precedence: bulk"])
add("g-list-01-newsletter", "Privacy Weekly <news@privacyweekly.example>", "This week in GDPR: right to erasure rulings",
    "This week: the CJEU on the right to erasure, and how to answer access requests.\n",
    IGN("bulk"), headers=["List-Unsubscribe: <mailto:unsub@privacyweekly.example>", "List-Id: Privacy Weekly <weekly.privacyweekly.example>"])
add("g-list-02-mailing-list", "Marc Petit <marc.petit@gmail.example>", "[dpo-forum] Access request deadlines",
    "Does anyone know whether the one-month deadline for access requests starts at receipt or identity check?\n",
    IGN("bulk"), headers=["List-Id: DPO forum <dpo-forum.lists.example>", "Precedence: list"])
add("g-bulk-02-junk", "Winner <winner@lottery.example>", "You won",
    "Send us your bank details to receive your prize.\n", IGN("bulk"), headers=["Precedence: junk"])
add("g-own-01-header", "Acme Privacy <privacy-noreply@acme-corp.example>", "[DSR-1042] We received your request",
    "We received your request and will answer within one month.\n",
    IGN("own_message"), headers=["X-Dastra-Mailgate: ack"])
add("g-own-02-message-id", "Acme DPO <dpo@acme-corp.example>", "Votre demande [DSR-2077]",
    "Nous avons bien reçu votre demande de suppression.\n",
    IGN("own_message"), mid="<ack-2077.171@mailgate.acme-corp.example>")
add("g-noreply-01", "Shop <noreply@shop.example>", "Your account will be deleted",
    "Your account will be deleted after 2 years of inactivity.\n", IGN("spam"))
add("g-noreply-02-do-not-reply", "Bank <do-not-reply@bank.example>", "Update your details",
    "Please update your details in online banking.\n", IGN("spam"))

# ── Non-guards that look a bit like guards (precision) ─────────────────────────────────
add("ng-01-auto-submitted-no", "Ingrid Holm <ingrid.holm@telia.example>", "Delete my data",
    "Please delete all my personal data.\n",
    R(["Erasure"], "ingrid.holm@telia.example", "Ingrid", "Holm"), headers=["Auto-Submitted: no"])
add("ng-02-back-from-vacation", "Marek Novak <marek.novak@seznam.example>", "Back from vacation - access request",
    "Hello, now that I am back, I would like a copy of all the data you hold about me.\n",
    R(["Access"], "marek.novak@seznam.example", "Marek", "Novak"))
add("ng-03-precedence-normal", "Julie Simon <julie.simon@free.example>", "Droit d'accès",
    "Je souhaite exercer mon droit d'accès.\n",
    R(["Access"], "julie.simon@free.example", "Julie", "Simon"), headers=["Precedence: normal"])

# ── Odd mail ───────────────────────────────────────────────────────────────────────────
add("odd-01-no-from", None, "Suppression de mes données",
    "Bonjour, merci de supprimer mes données. Jean\n",
    {"kind": "request", "purposes": ["Erasure"], "email": None, "well_formed": False})
add("odd-02-subject-only", "Tim Bauer <tim.bauer@gmx.example>", "Auskunft nach Art. 15 DSGVO",
    "", R(["Access"], "tim.bauer@gmx.example", "Tim", "Bauer"))
add("odd-03-signature-heavy", "Olga Ivanova <olga.ivanova@mail.example>", "request",
    "Please remove me from your database.\n\n--\nOlga Ivanova\nSenior Buyer | Northwind Ltd\nThis e-mail and any attachments are confidential. If you are not the intended recipient, please delete it and notify the sender. Do not copy or disclose its contents.\n",
    R(["Erasure"], "olga.ivanova@mail.example", "Olga", "Ivanova"))
