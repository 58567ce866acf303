# Held-out set holdout1, mixed-language and odd-shaped messages. Written blind.
from common import add, R, IGN, INC, TASK, FU, AUTH, SPAM_HDR, HTML, html, LATIN1, CP1252

# ---------------------------------------------------------------- requests

add("mix-01-french-english-delete", "Jean-Luc Perrot <jl.perrot@orange.example>", "Delete of my datas",
    """Hello,

I am French customer since 2020 for the mobile. I want that you delete all my datas of your
database because I go back in France and I stop the contract. Please confirm me by email.

Best regards,
Jean-Luc Perrot
""",
    R(["Erasure"], "jl.perrot@orange.example", "Jean-Luc", "Perrot"))

add("mix-02-spanish-subject-english-body", "Pilar Gutiérrez <pilar.gutierrez@gmail.example>", "Solicitud de acceso a mis datos",
    """Hi,

Sorry for writing in English, my colleague helped me. I would like to receive a copy of all the
personal data you have about me, including my contract and the calls to customer service.

Thank you,
Pilar Gutiérrez
""",
    R(["Access"], "pilar.gutierrez@gmail.example", "Pilar", "Gutiérrez"))

add("mix-03-german-english-information", "Helmut Bauer <helmut.bauer@web.example>", "Information about my saved data",
    """Dear Ladies and Gentlemen,

I ask you for information about all my personal data that are saved by you, according to article
15 DSGVO. Please send me the copy of the data to my address.

With friendly greetings
Helmut Bauer
""",
    R(["Access"], "helmut.bauer@web.example", "Helmut", "Bauer"))

add("mix-04-english-subject-dutch-body", "Sophie Jacobs <sophie.jacobs@telenet.example>", "Marketing emails",
    """Hallo,

Ik wil geen marketingmails of sms'en meer ontvangen. Kunnen jullie mij uit alle lijsten halen?

Bedankt,
Sophie Jacobs
""",
    R(["Opposition"], "sophie.jacobs@telenet.example", "Sophie", "Jacobs"))

add("mix-05-bilingual-fr-en", "Marc Dubois <marc.dubois@videotron.example>", "Suppression / Deletion",
    """[English below]

Bonjour, je souhaite que mon compte et toutes mes données personnelles soient supprimés.

Hello, I would like my account and all my personal data to be deleted.

Marc Dubois
Montréal
""",
    R(["Erasure"], "marc.dubois@videotron.example", "Marc", "Dubois"))

add("mix-06-italian-english-phone", "Salvatore Greco <salvo.greco@libero.example>", "wrong phone number",
    """Good morning,

in my account is wrong the phone number, is 333 555 1842 and not 333 555 1824. Please can you
change? Because the sms with the code never arrive to me.

Thank you very much
Salvatore Greco
""",
    R(["Rectification"], "salvo.greco@libero.example", "Salvatore", "Greco"))

add("mix-07-polish-english-access-delete", "Agnieszka Wójcik <agnieszka.wojcik@wp.example>", "GDPR request",
    """Hello,

I was your customer when I lived in Rotterdam (2021-2023). Now I live back in Poland. Please tell
me what personal data you still have about me, and after that delete them.

Kind regards,
Agnieszka Wójcik
""",
    R(["Access", "Erasure"], "agnieszka.wojcik@wp.example", "Agnieszka", "Wójcik"))

add("mix-08-portuguese-eliminacao", "João Pereira <joao.pereira@sapo.example>", "Pedido de eliminação de dados",
    """Bom dia,

Venho por este meio solicitar a eliminação de todos os meus dados pessoais da vossa base de
dados, ao abrigo do artigo 17.º do RGPD. Já não sou cliente.

Com os melhores cumprimentos,
João Pereira
""",
    R(["Erasure"], "joao.pereira@sapo.example", "João", "Pereira"))

add("mix-09-romanian-english-portability", "Andrei Popescu <andrei.popescu@yahoo.example>", "export data",
    """Hello,

I change to other operator next month. Please send me my data (contract, usage, invoices) in
CSV or JSON format so I can import in the new operator, like the GDPR article 20 says.

Thanks
Andrei Popescu
""",
    R(["Portability"], "andrei.popescu@yahoo.example", "Andrei", "Popescu"))

add("mix-10-attached-fr-customer-en-note", "Kate Sullivan <kate.sullivan@acme-corp.example>", "FW: désabonnement",
    "", R(["Opposition", "Erasure"], "nicole.faure@free.example", "Nicole", "Faure"),
    attached=("Nicole Faure <nicole.faure@free.example>", "désabonnement",
              """Bonjour,

Je ne veux plus recevoir vos publicités et je vous demande d'effacer mes coordonnées de vos
fichiers.

Nicole Faure
"""),
    note="Hi both, this French customer wrote to the UK shop address. Passing it on, see attached.\n\nKate\n")

add("mix-11-attached-de", "Lars Petersen <lars.petersen@acme-corp.example>", "WG: Bitte Daten löschen",
    "", R(["Erasure"], "ute.lorenz@gmx.example", "Ute", "Lorenz"),
    attached=("Ute Lorenz <ute.lorenz@gmx.example>", "Bitte Daten löschen",
              """Guten Tag,

ich habe meinen Vertrag gekündigt und bitte darum, alle meine Daten zu löschen.

Mit freundlichen Grüßen
Ute Lorenz
"""),
    note="Hallo Datenschutz, zur Bearbeitung weitergeleitet (kam über das Kontaktformular).\nLars\n")

add("mix-12-attached-es", "Noelia Ruiz <noelia.ruiz@acme-corp.example>", "RV: dirección incorrecta",
    "", R(["Rectification"], "tomas.herrero@gmail.example", "Tomás", "Herrero"),
    attached=("Tomás Herrero <tomas.herrero@gmail.example>", "dirección incorrecta",
              """Hola,

Las facturas me llegan a mi antigua dirección. La buena es Calle Sol 4, 1ºA, 29001 Málaga. Por
favor, corríjanla.

Tomás Herrero
"""),
    note="Os lo paso, es para vosotros.\nNoelia\n")

add("mix-13-inline-fwd-italian", "Ben Carter <ben.carter@acme-corp.example>", "Fwd: Non chiamatemi più",
    """Hi privacy, an Italian customer - my Italian isn't great but I think she wants us to stop
calling her. Can you handle?

Ben

Da: Carla Neri <carla.neri@tiscali.example>
Inviato: sabato 14 novembre 2026 11:02
A: customercare@acme-corp.example
Oggetto: Non chiamatemi più

Buongiorno, vi chiedo di non chiamarmi più per offerte commerciali. Il mio numero è
340 555 7721. Grazie. Carla Neri
""",
    R(["Opposition"], "carla.neri@tiscali.example", "Carla", "Neri"))

add("mix-14-employee-hr-access", "Daniel Murphy <daniel.murphy@acme-corp.example>", "My personal file",
    """Hi,

I'm writing as an employee rather than for work. I'd like a copy of the personal data the company
holds about me - my HR file, performance review notes, and any notes from the disciplinary
meeting in September. Is this the right address for that?

Thanks,
Daniel Murphy
Warehouse, Dublin DC
""",
    R(["Access"], "daniel.murphy@acme-corp.example", "Daniel", "Murphy"))

add("mix-15-job-applicant-delete-cv", "Elif Kaya <elif.kaya@gmail.example>", "My job application",
    """Hello,

I applied for the Junior Data Analyst position in March 2024 and was not selected. Please delete
my CV, cover letter and any interview notes you still have.

Regards,
Elif Kaya
""",
    R(["Erasure"], "elif.kaya@gmail.example", "Elif", "Kaya"))

add("mix-16-applicant-access-notes", "Mathieu Lefort <mathieu.lefort@gmail.example>", "Candidature - notes d'entretien",
    """Bonjour,

J'ai passé un entretien pour le poste de technicien fibre à Lille le 20 octobre et ma candidature
a été refusée. Je souhaite obtenir les notes et évaluations me concernant prises pendant le
processus de recrutement.

Mathieu Lefort
""",
    R(["Access"], "mathieu.lefort@gmail.example", "Mathieu", "Lefort"))

add("mix-17-moving-abroad", "Karin Lindström <karin.lindstrom@telia.example>", "Moving back to Sweden",
    """Hi,

I'm moving back to Sweden on 15 December. Can you tell me how to end my broadband contract early
and whether I need to send the router back?

Once the contract is closed and the last invoice is paid I'd like all my personal data to be
deleted.

Thanks
Karin Lindström
""",
    R(["Erasure"], "karin.lindstrom@telia.example", "Karin", "Lindström"))

add("mix-18-long-complaint-expat", "Ralf Neumeier <ralf.neumeier@gmx.example>", "Complaint about your shop in Amsterdam",
    """Dear Sir or Madam,

I have been your customer for six years and never had a reason to complain until now. On
7 November I visited your shop at Kalverstraat to upgrade my phone. The sales person was rude,
insisted that I sign on a tablet without letting me read the contract, and when I asked for a
copy I was told it would be emailed. It never arrived.

When I logged in to my account afterwards I saw that my date of birth is wrong (it shows
01-01-1970, it is 23-06-1964) and my name is spelled "Neumaier". Please correct both. I also
noticed that I am now opted in to "partner offers", which I certainly never agreed to - I do
not want any marketing from you or your partners.

I would appreciate if somebody could call me back about the contract itself.

Regards,
Ralf Neumeier
+31 6 5551 2093
""",
    R(["Rectification", "Opposition"], "ralf.neumeier@gmx.example", "Ralf", "Neumeier"))

add("mix-19-legal-three-rights", "Dr. Hannah Schultz <hannah.schultz@posteo.example>", "Requests under Articles 15, 17 and 21 GDPR",
    """Dear Data Protection Officer,

I hereby submit the following requests:

1. Pursuant to Article 15 GDPR, please provide me with a copy of all personal data concerning me.
2. Pursuant to Article 21(2) GDPR, I object to any processing of my personal data for direct
   marketing purposes, with immediate effect.
3. Pursuant to Article 17(1) GDPR, after you have provided the copy under (1), please erase all
   personal data concerning me that you are not legally required to retain.

Please confirm receipt of this letter.

Sincerely,
Dr. Hannah Schultz
""",
    R(["Access", "Opposition", "Erasure"], "hannah.schultz@posteo.example", "Hannah", "Schultz"))

add("mix-20-textspeak-fr-en", "<ines.b.75@hotmail.example>", "sms",
    "slt svp stop les sms de pub, thx. ines\n",
    R(["Opposition"], "ines.b.75@hotmail.example", "Ines", None))

add("mix-21-html-nl-subject-en-body", "Bart Peeters <bart.peeters@proximus.example>", "Inzage gegevens",
    html("Hello,",
         "I'm Flemish but my Dutch spelling is terrible so I'll write in English. I would like a "
         "copy of the personal data you store about me and my call history of the past 6 months.",
         "Kind regards,",
         "Bart Peeters"),
    R(["Access"], "bart.peeters@proximus.example", "Bart", "Peeters"), ct=HTML)

add("mix-22-cp1252-es-en", "Rocío Fuentes <rocio.fuentes@gmail.example>", "Borrar mi cuenta / delete my account",
    """Hola / Hello,

Por favor borren mi cuenta y todos mis datos. Please delete my account and all my data.

Gracias, thanks
Rocío Fuentes
""",
    R(["Erasure"], "rocio.fuentes@gmail.example", "Rocío", "Fuentes"),
    encode="cp1252", ct=CP1252)

add("mix-23-gdpr-rights-german-english", "Stefanie Maurer <stefanie.maurer@bluewin.example>", "GDPR",
    """Hello, I want to make use of my rights according to GDPR. What do I have to do?

Stefanie Maurer
""",
    R(["Unknown"], "stefanie.maurer@bluewin.example", "Stefanie", "Maurer"))

add("mix-24-do-you-sell-my-data", "Wim de Graaf <wim.degraaf@kpnmail.example>", "Do you sell customer data?",
    """Hello,

A simple question: does Acme sell or rent customer data (phone numbers, location, browsing) to
advertisers or data brokers? If yes, to whom? I'm asking before I sign a new contract.

Wim de Graaf
""",
    R(["Information"], "wim.degraaf@kpnmail.example", "Wim", "de Graaf"))

add("mix-25-fraud-check-order", "Giovanni Esposito <giovanni.esposito@gmail.example>", "order blocked by fraud check",
    """Hello,

My order 7700-22918 for a laptop was cancelled automatically with the message "we could not
verify this transaction". I paid with my own card, delivery to my own address. It seems a system
decided I am a fraudster. I want a human to review this decision and to know why it happened.

Giovanni Esposito
""",
    R(["AutomatedDecision"], "giovanni.esposito@gmail.example", "Giovanni", "Esposito"))

add("mix-26-directives-fr-english-subject", "Odile Marchal <odile.marchal@wanadoo.example>", "My data after my death",
    """Bonjour,

Je souhaite enregistrer auprès de vous mes directives concernant le sort de mes données après
mon décès : je demande que toutes mes données soient supprimées et que mon fils, Vincent
Marchal, soit informé de la clôture de mes comptes. Merci de m'en accuser réception.

Odile Marchal
""",
    R(["AdvanceDirectives"], "odile.marchal@wanadoo.example", "Odile", "Marchal"))

add("mix-27-delete-id-photo", "Kwame Mensah <kwame.mensah@outlook.example>", "photo of my passport",
    """Hi,

When I bought a SIM card in your shop at the airport, the staff took a picture of my passport.
I'm only a tourist and my SIM has expired. Please delete that picture and my passport data.

Kwame Mensah
""",
    R(["Erasure"], "kwame.mensah@outlook.example", "Kwame", "Mensah"))

add("mix-28-guardian-adult-son", "Margit Horváth <margit.horvath@freemail-hu.example>", "Data of my son",
    """Dear Sirs,

I am the legal guardian of my adult son, Bence Horváth, who has a learning disability. He signed
up for several subscriptions with you this year. Please send me a list of all contracts and the
personal data you hold about him. I attach the court decision appointing me as guardian.

Margit Horváth
""",
    R(["Access"], "margit.horvath@freemail-hu.example", "Bence", "Horváth", representative="Margit Horváth"))

add("mix-29-stop-reply", "Arjun Mehta <arjun.mehta@gmail.example>", "Re: Your weekly deals are here",
    """STOP

On Mon, 16 Nov 2026, Acme Deals <deals@news.acme-corp.example> wrote:
> Your weekly deals are here! Smartwatches from 99 EUR.
""",
    R(["Opposition"], "arjun.mehta@gmail.example", "Arjun", "Mehta"))

add("mix-30-close-nothing-kept", "Zofia Nowicka <zofia.nowicka@onet.example>", "Close my account",
    """Hello, please close my online shop account. I don't want you to keep anything about me.

Zofia
""",
    R(["Erasure"], "zofia.nowicka@onet.example", "Zofia", "Nowicka"))

add("mix-31-restrict-keep-for-court", "Yves Lambert <yves.lambert@skynet.example>", "Please do not delete my data",
    """Hello,

I know I asked last year to close my account. I am now in a legal dispute with a former business
partner and I need the call records and invoices from 2024 as evidence. Please do NOT delete them,
but also do not use them for anything else until I ask for them. My lawyer will contact you.

Yves Lambert
""",
    R(["Restriction"], "yves.lambert@skynet.example", "Yves", "Lambert"))

add("mix-32-cookies-tracking", "Lena Vogt <lena.vogt@mailbox.example>", "Tracking",
    """Hi,

I refused the cookies on your website but I still see your ads everywhere. I object to any
tracking and advertising profiles about me. Please stop it.

Lena Vogt
""",
    R(["Opposition"], "lena.vogt@mailbox.example", "Lena", "Vogt"))

add("mix-33-dutch-english-copy-export", "Pieter-Jan Hermans <pj.hermans@telenet.example>", "Data copy + export",
    """Hi,

Can you send me (1) an overview of all personal data you have about me and (2) an export of my
order history in a machine readable format (JSON or CSV), so I can load it into my budgeting app?

Thanks,
Pieter-Jan Hermans
""",
    R(["Access", "Portability"], "pj.hermans@telenet.example", "Pieter-Jan", "Hermans"))

add("mix-34-stop-calls-where-number", "Matthias Berger <matthias.berger@gmx.example>", "Where did you get my number",
    """Hello,

Your call centre called me today although I was never a customer. Stop calling me, and tell me
where you got my phone number and what else you have stored about me.

Matthias Berger
""",
    R(["Opposition", "Access"], "matthias.berger@gmx.example", "Matthias", "Berger"))

add("mix-35-outlook-android-es-en", "Gonzalo Vera <gonzalo.vera@outlook.example>", "Re: Your order has shipped",
    """Hi, I did not order this, somebody used my email address to create an account. Please delete
that account and my data. Gracias.

Get Outlook for Android
""",
    R(["Erasure"], "gonzalo.vera@outlook.example", "Gonzalo", "Vera"))

add("mix-36-latin1-fr-en-rectif", "Hélène Mathieu <helene.mathieu@free.example>", "Name correction",
    """Hello,

My first name is written "Helene" without accent on the invoices, and my family name is
"Mathieu" not "Matthieu". Could you correct please? Merci beaucoup.

Hélène Mathieu
""",
    R(["Rectification"], "helene.mathieu@free.example", "Hélène", "Mathieu"),
    encode="latin-1", ct=LATIN1)

# ---------------------------------------------------------------- ignore: spam

add("mix-37-phish-gdpr-notice", "Acme Compliance <compliance@gdpr-notice-center.example>", "GDPR notice: your data will be deleted in 24h",
    """Dear account holder,

Under the new GDPR regulation, inactive accounts and all associated data will be permanently
deleted. To keep your mailbox, confirm your identity within 24 hours:

https://gdpr-notice-center.example/confirm

Compliance Department
""",
    IGN("spam"), headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="gdpr-notice-center.example")])

add("mix-38-casino-unsubscribe", "Lucky Spin <bonus@lucky-spin-casino.example>", "Your 200 free spins are waiting",
    """Claim your 200 FREE SPINS and a 500% welcome bonus today only!

Play now: https://lucky-spin-casino.example/claim

You are receiving this email because you registered on one of our partner sites. To unsubscribe
from all future mailings click here.
""",
    IGN("spam"))

add("mix-39-data-removal-scam", "DataGuard Alert <alert@darkweb-removal.example>", "WARNING: your personal data found on the dark web",
    """ALERT: your email address, phone number and password were found in a leaked database on the
dark web.

For a one-time fee of 49 USD (payable in Bitcoin) our specialists will delete your data from
1,200 hacker forums within 24 hours. Act now before criminals use your identity!

BTC wallet: bc1q-example-wallet-8812
""",
    IGN("spam"), headers=["Reply-To: support@dataguard-secure-mail.example"])

add("mix-40-sextortion", "<noreply8812@anon-mail.example>", "I know your password",
    """Hello,

I hacked your device months ago and recorded you through your webcam. Send 1200 USD in Bitcoin
to the wallet below within 48 hours and I will delete the video and all your data. If not, I will
send it to all your contacts.

Wallet: bc1q-example-0077
""",
    IGN("spam"))

add("mix-41-fake-dsr-phish", "Anna Schmidt <anna.schmidt1987@freemail.example>", "GDPR Art. 17 - erasure request (secure document)",
    """Hello,

I request deletion of all my personal data under Article 17 GDPR. For data protection reasons my
details are in the secure document below. Log in with your company email and password to open
it:

https://secure-docview.example/open?doc=8812

Anna Schmidt
""",
    IGN("spam"), headers=SPAM_HDR + ["Reply-To: docs.requests@mail-secure.example",
                                     AUTH(spf="softfail", dkim="none", dmarc="fail", dom="freemail.example")])

add("mix-42-crypto-fr", "Investir Malin <contact@investir-malin.example>", "Gagnez 3 000 EUR par semaine avec le Bitcoin",
    """Bonjour,

Notre robot de trading a déjà rendu 12 000 Français riches. Investissez seulement 250 EUR
aujourd'hui et recevez jusqu'à 3 000 EUR par semaine. Places limitées !

https://investir-malin.example/inscription

Se désabonner : cliquez ici.
""",
    IGN("spam"), headers=SPAM_HDR[:1])

add("mix-43-gdpr-lead-lists", "Data Leads Europe <sales@dataleads-europe.example>", "GDPR-compliant B2B email lists - 2.3 million contacts",
    """Hi,

We sell 100% GDPR-compliant B2B contact lists for Germany, France and the Benelux: 2.3 million
verified decision-makers with direct phone numbers. Special price this month: 0.02 EUR per
contact.

Reply YES for a free sample of 500 contacts. Reply REMOVE to unsubscribe.
""",
    IGN("spam"))

add("mix-44-prize-iphone", "Premios Acme <premios@ganador-oficial.example>", "¡Felicidades! You won an iPhone 17 Pro",
    """Dear winner / Estimado ganador,

You have been selected to receive a brand new iPhone 17 Pro for just 1 EUR shipping. Enter your
card details to claim your prize before midnight:

https://ganador-oficial.example/claim
""",
    IGN("spam"), headers=["Reply-To: ganador.premios@freemail.example",
                          AUTH(spf="fail", dkim="none", dmarc="fail", dom="ganador-oficial.example")])

# ---------------------------------------------------------------- ignore: other

add("mix-45-ooo-de-en-to-ack", "Petra Albrecht <petra.albrecht@web.example>", "Automatische Antwort: [DSR-4512] Wir haben Ihre Anfrage erhalten",
    """Ich bin bis 30.11. nicht erreichbar. / I am out of office until 30 November.

Petra Albrecht
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied", "In-Reply-To: <dsr-4512-ack@acme-corp.example>"])

add("mix-46-read-receipt", "Owen Clarke <owen.clarke@outlook.example>", "Read: [DSR-4470] Your data access request",
    """Your message

To: Owen Clarke
Subject: [DSR-4470] Your data access request
Sent: Friday, 13 November 2026 15:20:11

was read on Monday, 16 November 2026 07:58:40.
""",
    IGN("auto_reply"))

add("mix-47-vakantie-nl-en", "Jolien Claessens <jolien.claessens@advocaten-claessens.example>", "Afwezig / Out of office",
    """Beste, ik ben met vakantie tot en met 25 november. Uw e-mail wordt niet doorgestuurd.
Dear sender, I am on holiday until 25 November. Your email will not be forwarded.

Jolien Claessens
""",
    IGN("auto_reply"))

add("mix-48-vendor-release-notes", "SupportHive Product Team <product@supporthive.example>", "What's new in SupportHive - November release",
    """Hi there,

Here's what's new this month:
- GDPR toolkit: one-click deletion and export of customer records
- New analytics dashboards
- Improved SSO

Read the release notes: https://supporthive.example/release/2026-11

You're receiving this because you're an admin of a SupportHive workspace.
Manage email preferences | Unsubscribe
""",
    IGN("bulk"), headers=["Precedence: bulk",
                          "List-Unsubscribe: <https://supporthive.example/unsub?a=8812>"])

add("mix-49-conference", "Privacy Summit Europe <events@privacysummit.example>", "Last chance: early-bird tickets for Privacy Summit Europe 2027",
    """Join 1,500 privacy professionals in Brussels on 18-19 March 2027.

Sessions include: handling data subject requests at scale, AI and the GDPR, breach notification
in practice.

Early-bird pricing ends Friday. Register: https://privacysummit.example/register

Unsubscribe: https://privacysummit.example/unsubscribe
""",
    IGN("bulk"), headers=["List-Id: Privacy Summit Europe announcements <events.privacysummit.example>",
                          "List-Unsubscribe: <https://privacysummit.example/unsubscribe?id=2231>",
                          "Precedence: bulk"])

add("mix-50-bounce-postfix", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Undelivered Mail Returned to Sender",
    "", IGN("bounce"), dsn=True)

add("mix-51-bounce-gmail", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
    "", IGN("bounce"), dsn=True)

add("mix-52-own-ack-loop", "Acme Corp Privacy <privacy@acme-corp.example>", "[DSR-4502] Nous avons bien reçu votre demande / We have received your request",
    """Bonjour, / Hello,

Nous avons bien reçu votre demande (référence DSR-4502). / We have received your request
(reference DSR-4502).

Acme Corp - Équipe Protection des données / Privacy Team
""",
    IGN("own_message"))

# ---------------------------------------------------------------- tasks

add("mix-53-task-english-to-french-team", "James Whitaker <james.whitaker@acme-corp.example>", "Cookie banner for the French site - review please",
    """Hi team (sorry, my French isn't good enough for this),

We're redesigning the cookie banner for acme-corp.fr. Marketing wants a "Continue without
accepting" link in small grey text at the bottom. Can you check the new design and wording
against the CNIL guidelines before we go live on the 7th? Mock-ups in Figma (link in Teams).

Thanks,
James Whitaker
Group Digital
""",
    TASK("james.whitaker@acme-corp.example", "James", "Whitaker"))

add("mix-54-task-vendor-assessment", "Frank Ziegler <frank.ziegler@acme-corp.example>", "Privacy assessment needed for new chatbot vendor",
    """Hello privacy,

Customer Care DE wants to introduce an AI chatbot from a US start-up on the German website.
Before we go further I need your assessment (DPA, transfer impact assessment, data retention
of chat transcripts). Can we schedule 30 minutes this week?

Best
Frank Ziegler
Head of Customer Care Germany
""",
    TASK("frank.ziegler@acme-corp.example", "Frank", "Ziegler"))

add("mix-55-task-regulator-inquiry", "Beatriz Aguilar <beatriz.aguilar@acme-corp.example>", "Requerimiento AEPD - need your help",
    """Hi all,

We received a letter from the Spanish DPA (AEPD) about a customer complaint (telemarketing calls
despite Lista Robinson). They want our answer within 10 working days. Could you prepare the
response? I've put the letter and the call logs in the Legal Spain folder.

Gracias,
Beatriz Aguilar
Legal Counsel Spain
""",
    TASK("beatriz.aguilar@acme-corp.example", "Beatriz", "Aguilar"))

add("mix-56-task-retention-schedule", "Giulia Marini <giulia.marini@acme-corp.example>", "Retention schedule for call recordings",
    """Hi,

Quality team is asking how long we may keep call recordings in Italy and in the other countries.
Can you update the retention schedule with a line for call recordings and tell us what to
configure in the telephony platform?

Thanks
Giulia Marini
Quality Assurance
""",
    TASK("giulia.marini@acme-corp.example", "Giulia", "Marini"))

add("mix-57-task-consent-wording-nl", "Thijs van Rijn <thijs.vanrijn@acme-corp.example>", "Consent wording for SMS marketing (NL)",
    """Hi,

For the Dutch checkout we need a new consent checkbox for SMS marketing. Legal proposed:
"Ja, ik ontvang graag aanbiedingen per sms." Is that enough or do we need more text? Please let
me know or rewrite it.

Thijs
E-commerce NL
""",
    TASK("thijs.vanrijn@acme-corp.example", "Thijs", "van Rijn"))

add("mix-58-task-training-managers", "Claire Fontaine <claire.fontaine@acme-corp.example>", "Training request - store managers Belgium",
    """Hello,

Could the privacy team run a short session (45 min, in English or French) for our 18 Belgian store
managers on what to do when a customer asks for their data or reports a problem? We have a
managers' day on 14 January.

Thanks!
Claire Fontaine
Retail Belgium
""",
    TASK("claire.fontaine@acme-corp.example", "Claire", "Fontaine"))

# ---------------------------------------------------------------- incidents

add("mix-59-inc-parcel-labels", "Daan Kuijpers <daan.kuijpers@acme-corp.example>", "Wrong delivery notes in parcels",
    """Hi,

We found out this morning that yesterday the packing line printed the delivery notes shifted by
one order: around 430 parcels left the warehouse with the delivery note (name, address, items,
phone) of a different customer inside. Customers are starting to call.

Daan Kuijpers
Warehouse Tilburg
""",
    INC("daan.kuijpers@acme-corp.example", "Daan", "Kuijpers"))

add("mix-60-inc-cloud-provider", "Security Team <security-notifications@cloudhost-eu.example>", "Security incident notification - customer action may be required",
    """Dear customer,

We are writing to inform you of a security incident affecting our managed backup service. On
12 November, an attacker used stolen administrator credentials to access backup snapshots of
several customer environments, including yours (account ACME-DE-0042). The snapshots contain
database backups of your customer portal.

We are investigating and will share indicators of compromise. Please contact your account
manager for details.

CloudHost EU Security Team
""",
    INC("security-notifications@cloudhost-eu.example", None, None))

add("mix-61-inc-social-media", "Nadia Haddad <nadia.haddad@acme-corp.example>", "Employee posted customer data on TikTok",
    """Hi,

A shop employee in Lyon posted a video on TikTok making fun of a "funny" customer order. The
screen with the customer's name, address and order history is clearly visible. The video has
about 20k views. The store manager asked her to delete it, but it was reposted by others.

Nadia Haddad
Social Media Team
""",
    INC("nadia.haddad@acme-corp.example", "Nadia", "Haddad"))

add("mix-62-inc-usb-fr-en", "Guillaume Noel <guillaume.noel@acme-corp.example>", "Lost USB stick / clé USB perdue",
    """Hi / Bonjour,

I lost a USB stick at the Brussels office yesterday. It had a copy of the payroll file for
Belgium (names, salaries, bank accounts, ~200 employees). Not encrypted. Sorry.

J'ai perdu une clé USB hier au bureau de Bruxelles avec le fichier de paie Belgique.

Guillaume Noel
Payroll
""",
    INC("guillaume.noel@acme-corp.example", "Guillaume", "Noel"))

add("mix-63-inc-sms-wrong-pin", "Oskar Lindberg <oskar.lindberg@acme-corp.example>", "SIM PIN/PUK codes sent to wrong numbers",
    """Hi,

A script error in last night's batch sent SMS messages with PUK codes and the customer's name to
the wrong mobile numbers (about 1,700 SMS). Someone who receives another customer's PUK and name
could potentially attempt a SIM swap. The batch was stopped this morning.

Oskar Lindberg
Network Operations
""",
    INC("oskar.lindberg@acme-corp.example", "Oskar", "Lindberg"))

add("mix-64-inc-letters-old-address", "Chiara Benedetti <chiara.benedetti@acme-corp.example>", "Contracts posted to old addresses",
    """Ciao / Hi,

We discovered that for two weeks the new print provider used the OLD address field for contract
renewals. About 900 letters with full contract details, date of birth and IBAN were posted to
addresses where the customers no longer live. Some letters have come back, many not.

Chiara Benedetti
Customer Operations Italy
""",
    INC("chiara.benedetti@acme-corp.example", "Chiara", "Benedetti"))

# ---------------------------------------------------------------- follow-ups

add("mix-65-fu-reply-to-mix01", "Jean-Luc Perrot <jl.perrot@orange.example>", "Re: Delete of my datas",
    """Hello again,

I add that I have also an account in your online shop with the same email, please delete this
also. Merci.

Jean-Luc Perrot
""",
    FU("file:h1-mix-01-french-english-delete.eml", "jl.perrot@orange.example", "Jean-Luc", "Perrot"),
    headers=["In-Reply-To: <h1-mix-01-french-english-delete@mail.example.net>",
             "References: <h1-mix-01-french-english-delete@mail.example.net>"])

add("mix-66-fu-tag-german-english", "Hans Richter <hans.richter@t-online.example>", "AW: [DSR-4488] Your request / Ihre Anfrage",
    """Hello,

thank you, but I have not got the file yet. Can you send it again? Vielen Dank.

Hans Richter
""",
    FU("4488", "hans.richter@t-online.example", "Hans", "Richter"))

add("mix-67-fu-reply-to-mix19", "Dr. Hannah Schultz <hannah.schultz@posteo.example>", "Re: Requests under Articles 15, 17 and 21 GDPR",
    """Dear Sir or Madam,

Further to my letter of 16 November, please also include in your response the list of any
third parties to whom my data has been disclosed.

Sincerely,
Dr. Hannah Schultz
""",
    FU("file:h1-mix-19-legal-three-rights.eml", "hannah.schultz@posteo.example", "Hannah", "Schultz"),
    headers=["In-Reply-To: <h1-mix-19-legal-three-rights@mail.example.net>"])

add("mix-68-fu-tag-fr-en", "Amélie Laurent <amelie.laurent@gmail.example>", "Re: [DSR-4215] We have received your request / Nous avons bien reçu votre demande",
    """Merci, j'attends votre réponse. Est-ce possible d'avoir les données en français ?

Amélie

Le lun. 9 nov. 2026 à 10:02, Acme Corp Privacy <privacy@acme-corp.example> a écrit :
> We have received your request (reference DSR-4215).
""",
    FU("4215", "amelie.laurent@gmail.example", "Amélie", "Laurent"))
