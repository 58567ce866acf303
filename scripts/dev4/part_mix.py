# Mixed-language and odd-shaped messages of development set 4 (written blind): forwards,
# attachments, replies, HTML-only, other encodings.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("mix-01-de-en-auskunft-loeschen", "Jonas Weiß <jonas.weiss@berlin-post.example>",
"Data request / Datenanfrage",
"""Hallo, I hope English is okay, mein Deutsch ist besser aber your website is only in English.

I stayed at the Acme Hotel Berlin Mitte three times this year. Bitte schicken Sie mir eine
Übersicht aller Daten, die Sie über mich gespeichert haben (Auskunft nach Art. 15). After that,
please delete my guest profile - ich brauche es nicht mehr.

Danke / thanks
Jonas Weiß
""", R(["Access", "Erasure"], "jonas.weiss@berlin-post.example", "Jonas", "Weiß"))

add("mix-02-fr-en-delete-compte", "Nathalie Dubois-Smets <nathalie.dubois.smets@skynet-mail.example>",
"supprimer mon compte / delete my account",
"""Bonjour / Hello,

Please delete mon compte Acme Express et toutes mes adresses enregistrées. I moved to Canada and
will not use it anymore. Merci!

Nathalie Dubois-Smets
""", R(["Erasure"], "nathalie.dubois.smets@skynet-mail.example", "Nathalie", "Dubois-Smets"))

add("mix-03-ca-en-cctv-bcn", "Jordi Puig i Serra <jordi.puig@xtec-mail.example>",
"CCTV images - Hotel Acme Barcelona Diagonal",
"""Hello,

Sorry for writing in English, my Spanish is fine but my colleague said you are an international
team. On 5 November my bicycle was stolen from the bike room of the Hotel Acme Barcelona
Diagonal, between 20:00 and 7:00. I'd like to request a copy of the camera footage where I appear
locking the bike, and I'd also ask that the footage of the bike room that night is kept.

Moltes gràcies,
Jordi Puig i Serra
""", R(["Access"], "jordi.puig@xtec-mail.example", "Jordi", "Puig i Serra"))

add("mix-04-fwd-attached-de-photo", "Oliver Hughes <oliver.hughes@acme-corp.example>",
"Fw: Zustellfotos", "",
R(["Opposition"], "gabriele.hofmann@kabel-post.example", "Gabriele", "Hofmann"),
    note="""Hi privacy team,

German customer, complaint came into the central customer care inbox. As far as I understand
it (Google Translate) she does not want the drivers to take photos at her house anymore. Over
to you - I've attached her original mail.

Cheers,
Oliver
Customer Care EMEA
""",
    attached=("Gabriele Hofmann <gabriele.hofmann@kabel-post.example>", "Zustellfotos",
"""Guten Tag,

ich möchte nicht, dass Ihre Fahrer bei der Zustellung an meiner Adresse Fotos machen. Bitte
vermerken Sie das für meine Adresse (Gartenweg 7, 24103 Kiel). Ich bin fast immer zu Hause und
kann unterschreiben.

Gabriele Hofmann
"""))

add("mix-05-html-nl-en-cv", "Priscilla Boateng <priscilla.boateng@live-mail.example>",
"RE: Your application at Acme Hotels Amsterdam",
"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head>
<body lang="NL"><div class="WordSection1">
<p class="MsoNormal">Dear recruitment team,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bedankt voor uw bericht. I have decided to withdraw my application for the
housekeeping supervisor position. Please remove my CV and all my personal details from your
system, inclusief de kopie van mijn verblijfsvergunning die ik heb ge-upload.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Met vriendelijke groet / Kind regards,</p>
<p class="MsoNormal"><b>Priscilla Boateng</b></p>
</div></body></html>
""", R(["Erasure"], "priscilla.boateng@live-mail.example", "Priscilla", "Boateng"), ct=HTML)

add("mix-06-cp1252-fr-portabilite-paie", "Françoise Mérieux <francoise.merieux@orange-mail.example>",
"Récupération de mes données de paie",
"""Bonjour,

J’ai quitté mon employeur (client d’Acme Paie) fin octobre. Mon nouvel employeur utilise un autre
logiciel et me demande mon historique de paie (cumuls, congés, “compteurs” de RTT) dans un format
qu’il peut importer.

Pourriez-vous me transmettre ces données dans un fichier structuré (CSV ou XML), ou les envoyer
directement à mon nouvel employeur ? J’ai à cœur que cela se fasse avant la paie de décembre.

Françoise Mérieux
""", R(["Portability"], "francoise.merieux@orange-mail.example", "Françoise", "Mérieux"),
    ct=CP1252, encode="cp1252")

add("mix-07-it-en-driver-app", "Gennaro Esposito <gennaro.esposito@postbox-uk.example>",
"app block me - voglio parlare con una persona",
"""Hello,

I am driver for Acme Express in Croydon, self employed. Since Monday the app block me, it say
"account under review - automatic quality check". Io non ho fatto niente di male, the customer
said the parcel not arrive but I have the photo.

I want to speak with a real person who check my case, not the computer. Per favore, I have
family and I need to work.

Gennaro Esposito
""", R(["AutomatedDecision"], "gennaro.esposito@postbox-uk.example", "Gennaro", "Esposito"))

add("mix-08-pl-de-en-loeschen", "Agnieszka Nowak <agnieszka.nowak@wp-mail.example>",
"Daten löschen please",
"""Guten Tag,

ich habe bis Juni im Sortierzentrum Magdeburg gearbeitet (über Zeitarbeit, dann direkt bei Acme).
Ich möchte, dass alle meine Daten gelöscht werden, please. Ich bekomme noch immer SMS mit
Schichtangeboten auf mein Handy.

Dziękuję / Danke
Agnieszka Nowak
""", R(["Erasure"], "agnieszka.nowak@wp-mail.example", "Agnieszka", "Nowak"))

add("mix-09-pt-en-cedilha", "João Gonçalves <joao.goncalves@sapo-mail.example>",
"Name spelling / Nome errado",
"""Olá,

My booking confirmations and my Acme Rewards card always show "Joao Goncalves" or even
"Jo?o Gon?alves". O meu nome correto é João Gonçalves, with the accents. Could you please fix
it in your records? Obrigado.

João Gonçalves
""", R(["Rectification"], "joao.goncalves@sapo-mail.example", "João", "Gonçalves"))

add("mix-10-fu-es-on-en-ack", "Rosa María Blanco <rosamaria.blanco@correo-es.example>",
"RE: [DSR-49877] We have received your request",
"""Hola,

Perdonen que escriba en español. Recibí su correo en inglés hace tres semanas pero todavía no
tengo ninguna respuesta. ¿Podrían decirme en qué estado está mi solicitud?

Gracias,
Rosa María Blanco

From: privacy@acme-corp.example
Sent: 20 October 2026 09:12
Subject: [DSR-49877] We have received your request
Dear Rosa María Blanco, your request has been registered. We will answer within one month.
""", FU("49877", "rosamaria.blanco@correo-es.example", "Rosa María", "Blanco"))

add("mix-11-fu-irt-aoife", "Aoife Ní Bhriain <aoife.nibhriain@eir-mail.example>",
"Re: Closing my Acme Rewards account",
"""Dia dhuit,

Just checking you got my email from last week? I haven't had any acknowledgement. Tá brón orm
for chasing.

Aoife
""", FU(ref("en-08-rewards-copy-then-delete"), "aoife.nibhriain@eir-mail.example", "Aoife", "Ní Bhriain"),
    headers=irt("en-08-rewards-copy-then-delete"))

add("mix-12-inc-nl-en-bag-station", "Pieter Van den Broeck <pieter.vandenbroeck@acme-corp.example>",
"bag stolen at Brussel-Zuid",
"""Hi,

Sorry for my English, my French colleagues told me to write to this address. Yesterday evening at
Brussel-Zuid station someone took my bag while I was buying a ticket. In the bag was my work
tablet (used for the hotel audits, I think it has a PIN) and a folder with the printed staff
rota of the Gent hotel with names and private phone numbers of ongeveer 40 mensen. I made a
declaration at the police (PV BR.21.L1.118402/2026).

Groeten,
Pieter Van den Broeck
Area Manager Hotels Belgium
""", INC("pieter.vandenbroeck@acme-corp.example", "Pieter", "Van den Broeck"))

add("mix-13-task-fr-en-revenue-vendor", "Aurélien Picard <aurelien.picard@acme-corp.example>",
"Revenue management vendor - DPA review",
"""Hello privacy team,

We're about to sign with PriceWise for revenue management in the French and Belgian hotels. They
get booking data incl. guest names and loyalty status. Could you review their DPA and security
annex (in the Legal SharePoint) and let me know if anything blocks signature? Target date is
1 December.

Merci d'avance,
Aurélien Picard
Directeur Revenue Management France-Benelux
""", TASK("aurelien.picard@acme-corp.example", "Aurélien", "Picard"))

add("mix-14-ooo-de-en", "Birgit Hoffmann <birgit.hoffmann@stadtwerke-talheim.example>",
"Automatische Antwort: Ihre Anfrage / Automatic reply: your request",
"""Vielen Dank für Ihre Nachricht. Ich bin bis zum 27.11. nicht im Büro und habe keinen Zugriff auf
meine E-Mails.

Thank you for your message. I am out of the office until 27 November with no access to e-mail.

Birgit Hoffmann
""", IGN("auto_reply", "birgit.hoffmann@stadtwerke-talheim.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("mix-15-ooo-ca-es-en", "Montserrat Vila <montserrat.vila@hotel-partners.example>",
"Fora de l'oficina / Fuera de la oficina / Out of office",
"""Sóc fora de l'oficina fins al 24 de novembre.
Estoy fuera de la oficina hasta el 24 de noviembre.
I am out of the office until 24 November.

Montserrat Vila
""", IGN("auto_reply", "montserrat.vila@hotel-partners.example"))

add("mix-16-spam-parcel-en-fr", "Acme Express Delivery <service@acme-delivery-fr-uk.example>",
"Delivery failed / Échec de livraison - Ref AX-22719",
"""Dear customer / Cher client,

Your parcel AX-22719 could not be delivered. / Votre colis AX-22719 n'a pas pu être livré.

Please update your details and pay the 1.49 EUR handling fee within 12 hours.
Merci de mettre à jour vos informations et de régler les frais de 1,49 EUR sous 12 heures.

https://acme-delivery-fr-uk.example/track

Your personal data is protected (GDPR). / Vos données sont protégées (RGPD).
""", IGN("spam", "service@acme-delivery-fr-uk.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-delivery-fr-uk.example")])

add("mix-17-spam-inheritance", "Barrister Edward Mensah-Clarke <e.mensahclarke@legal-chambers.example>",
"CONFIDENTIAL: unclaimed funds of your late client",
"""Dear Sir/Madam,

I am Barrister Edward Mensah-Clarke, personal attorney to the late Mr. Richard Acme, who died
intestate leaving the sum of USD 8,500,000 in a security company. Your company shares the same
name and I wish to present you as next of kin.

Kindly send your full name, private phone number and bank details so that we can proceed. All
records will be deleted after the transfer in line with data protection regulations.

Barrister E. Mensah-Clarke
""", IGN("spam", "e.mensahclarke@legal-chambers.example"),
    headers=["Reply-To: edward.mensahclarke@privatemailbox.example"] + SPAM_HDR)

add("mix-18-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
"Delivery Status Notification (Failure)", "",
IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("mix-19-html-newsletter", "Payroll & People Forum <newsletter@payroll-people-forum.example>",
"Payroll & People Forum - November digest",
html("<b>PAYROLL &amp; PEOPLE FORUM</b> - November digest",
     "&bull; Pay transparency directive: what payroll teams must prepare<br>"
     "&bull; Employee data retention: a practical schedule<br>"
     "&bull; Case study: moving 12,000 payslips to the cloud",
     "You receive this newsletter as a member. <a href=\"https://payroll-people-forum.example/unsubscribe\">Unsubscribe</a>"),
IGN("bulk", "newsletter@payroll-people-forum.example"), ct=HTML,
    headers=["List-Id: Payroll and People Forum <digest.payroll-people-forum.example>",
             "List-Unsubscribe: <https://payroll-people-forum.example/unsubscribe>", "Precedence: bulk"])

add("mix-20-latin1-de-en-avv", "Ralf Oberhauser <r.oberhauser@oberhauser-bau.example>",
"AVV / DPA - Acme Lohn",
"""Hello,

our group has Austrian and Swiss companies, so our Datenschutzbeauftragter asked me to write in
English. Wir benötigen für Acme Lohn einen Auftragsverarbeitungsvertrag (DPA) inkl. TOMs, signed
by both parties, for all three entities. Could you send us the documents for signature?

Mit freundlichen Grüßen / Best regards
Ralf Oberhauser
Leiter Personalwesen, Oberhauser Bau GmbH
""", R(["Unknown"], "r.oberhauser@oberhauser-bau.example", "Ralf", "Oberhauser"),
    ct=LATIN1, encode="latin-1")

add("mix-21-dpa-and-transfers", "Kavita Menon <kavita.menon@greenleaf-foods.example>",
"DPA + question on support location",
"""Hi,

Two things from our side ahead of the renewal:

1) Please send over your standard DPA so our legal team can review it.
2) More importantly: our works council has heard that Acme's payroll support is partly done from
   India. Is that correct? Which of our employees' data can the support staff there see, and on
   what basis is it transferred (SCCs?)? They'd like an answer before the next meeting.

Dank je wel,
Kavita Menon
HR Director Benelux, Greenleaf Foods B.V.
""", R(["Information"], "kavita.menon@greenleaf-foods.example", "Kavita", "Menon"))

add("mix-22-solicitor-it-client", "James O'Connell <j.oconnell@oconnell-legal.example>",
"Our client Ms Alessia Fontana - DSAR and rectification",
"""Dear Data Protection Officer,

We are instructed by Ms Alessia Fontana, an Italian national employed as Assistant Housekeeping
Manager at the Acme Hotel London Kensington since 2022. Her signed authority is enclosed.

On her behalf we request (i) a copy of all personal data you hold about her, including her
personnel file and her HR case file; and (ii) the correction of her employment start date, which
your records show as 1 September 2023 instead of 14 March 2022, affecting her length of service.

Ms Fontana's first language is Italian; correspondence may be sent to us in English.

Yours faithfully,
James O'Connell
Partner, O'Connell Legal
""", R(["Access", "Rectification"], "j.oconnell@oconnell-legal.example", "Alessia", "Fontana",
       representative="James O'Connell"))

add("mix-23-at-parent-lehrstelle", "Sabine Pichler <sabine.pichler@a1-mail.example>",
"Bewerbung meines Sohnes / application of my son",
"""Grüß Gott,

mein Sohn Florian Pichler (15) hat sich im Frühjahr für eine Lehrstelle als Koch im Acme Hotel
Salzburg beworben. He did not get the place, but he still receives e-mails from your recruiting
portal in English. Als seine Mutter bitte ich Sie, seine Bewerbung und alle seine Daten zu
löschen.

Danke,
Sabine Pichler
""", R(["Erasure"], "sabine.pichler@a1-mail.example", "Florian", "Pichler", representative="Sabine Pichler"))

add("mix-24-de-es-passport-scan", "Heike Lorenz <heike.lorenz@web-post.example>",
"Pasaporte escaneado / Reisepass gescannt",
"""Hola,

en el check-in del Hotel Acme Palma escanearon mi pasaporte completo. Warum ist das nötig? ¿Para
qué se usa esa copia, a quién se envía (policía?) y cuánto tiempo la guardan? Ich möchte das nur
verstehen.

Gracias / Danke
Heike Lorenz
""", R(["Information"], "heike.lorenz@web-post.example", "Heike", "Lorenz"))

add("mix-25-fwd-de-note-fr-customer", "Laura Schmid <laura.schmid@acme-corp.example>",
"WG: numéro de téléphone",
"""Hallo Datenschutz,

unten eine Mail einer Kundin aus Frankreich (Sendungen nach Straßburg). Sie möchte ihre
Telefonnummer geändert haben und keine Werbe-SMS mehr. Ich verstehe nur die Hälfte, könnt ihr
übernehmen?

Laura
Kundenservice

-------- Weitergeleitete Nachricht --------
Von: Sandrine Aubert <sandrine.aubert@free-mail.example>
Datum: 14.11.2026 19:22
Betreff: numéro de téléphone

Bonjour, le numéro 06 12 34 56 78 enregistré sur mon compte n'est plus le mien depuis cet été,
merci de le remplacer par le 07 98 76 54 32. Et je ne veux plus recevoir vos SMS publicitaires.
Sandrine Aubert
""", R(["Rectification", "Opposition"], "sandrine.aubert@free-mail.example", "Sandrine", "Aubert"))

add("mix-26-spam-payslip-phish", "Acme HR Portal <no-reply@acme-hr-portal-login.example>",
"Your payslip is ready / Uw loonstrook staat klaar",
"""Your November payslip is ready. Log in with your company credentials to view it:
Uw loonstrook van november staat klaar. Log in met uw bedrijfsgegevens:

https://acme-hr-portal-login.example/sso

This link expires in 24 hours. / Deze link verloopt over 24 uur.
""", IGN("spam", "no-reply@acme-hr-portal-login.example"), headers=SPAM_HDR)

add("mix-27-subject-only", "Oksana Melnyk <oksana.melnyk@ukr-mail.example>", "right to be forgotten - Acme Express account",
"""see subject

Get Outlook for Android
""", R(["Erasure"], "oksana.melnyk@ukr-mail.example", "Oksana", "Melnyk"))

add("mix-28-nl-en-copy-and-address", "Marieke Hoekstra <marieke.hoekstra@planet-mail.example>",
"my data / mijn gegevens",
"""Hi HR/privacy,

I work at the Acme Hotel Amsterdam Zuidas (banqueting). I'd like a copy of the data you have on me
in the HR system, en ook graag mijn adres aanpassen: ik woon sinds 1 oktober op de
Javastraat 112-II, 1094 HH Amsterdam. Mijn loonstrook gaat nog naar het oude adres.

Thanks!
Marieke Hoekstra
""", R(["Access", "Rectification"], "marieke.hoekstra@planet-mail.example", "Marieke", "Hoekstra"))

add("mix-29-inc-it-en-passport-scans", "Federico Gatti <federico.gatti@acme-corp.example>",
"wrong recipient - passport scans",
"""Hi team,

stamattina I sent the group rooming list for the Milan fashion week group (32 guests, with the
passport scans attached for the police registration) to the wrong travel agency - they have a
similar name in the address book. Ho già chiesto di cancellare la mail, they say they did.

Federico Gatti
Groups & Events, Hotel Acme Milano Centrale
""", INC("federico.gatti@acme-corp.example", "Federico", "Gatti"))

add("mix-30-task-es-en-questionnaire", "Alejandra Ríos <alejandra.rios@acme-corp.example>",
"Vendor questionnaire from Banco Meridional",
"""Hi privacy team,

Banco Meridional (prospect for Acme Nómina, 6,000 employees in Spain and Portugal) sent their
vendor risk questionnaire. La parte de protección de datos is about 35 questions (DPO, retention,
breach notification, transfers). Could you fill it in by 1 December? I've put the file in the
Deals folder.

Gracias!
Alejandra Ríos
Account Executive Iberia
""", TASK("alejandra.rios@acme-corp.example", "Alejandra", "Ríos"))

add("mix-31-inc-outsider-de-en", "Thomas Berger <thomas.berger@bluewin-mail.example>",
"Falscher Anhang / wrong attachment in your booking e-mail",
"""Hello,

ich habe gestern eine Buchungsbestätigung vom Acme Hotel Zürich bekommen. Attached to it was not
my invoice but a scan of another guest's passport and a registration form with her home address
in Geneva. I deleted nothing yet - please tell me what you want me to do with it. Das sollte so
nicht passieren.

Thomas Berger
""", INC("thomas.berger@bluewin-mail.example", "Thomas", "Berger"))

add("mix-32-fu-aw-re", "Hans-Peter Vogt <hp.vogt@t-mail.example>",
"AW: RE: [DSR-50455] Your request / Ihre Anfrage",
"""Hallo,

danke für die Antwort, aber in der Datei fehlen die Aufenthalte von 2023 (Hamburg und Köln).
Could you please check again and send the complete list?

Gruß
Hans-Peter Vogt
""", FU("50455", "hp.vogt@t-mail.example", "Hans-Peter", "Vogt"))

add("mix-33-html-latin1-fr-nl", "Luc Vermeulen <luc.vermeulen@brutele-mail.example>",
"Profilage / profilering",
html("Bonjour, goedendag,",
     "Je m'oppose à ce que mes séjours soient utilisés pour établir un profil marketing et me "
     "proposer des offres ciblées. Ik maak ook bezwaar tegen het delen van mijn gegevens met "
     "jullie &laquo; partners &raquo;.",
     "Luc Vermeulen"),
R(["Opposition"], "luc.vermeulen@brutele-mail.example", "Luc", "Vermeulen"),
    ct="text/html; charset=iso-8859-1", encode="latin-1")

add("mix-34-fr-en-heir", "Karine Lemaire <karine.lemaire@neuf-mail.example>",
"Décès de mon père / my father passed away",
"""Bonjour,

Mon père, Georges Lemaire, est décédé en octobre. Il avait un compte Acme Rewards (he travelled a
lot to your London hotels for work). En tant qu'héritière, je vous demande de clôturer son compte
et de supprimer ses données. I can send the death certificate if needed.

Karine Lemaire
""", R(["Erasure"], "karine.lemaire@neuf-mail.example", "Georges", "Lemaire", representative="Karine Lemaire"))

add("mix-35-it-en-no-copy", "Giorgia Conte <giorgia.conte@tim-mail.example>",
"no copy needed - cancellate tutto",
"""Hi, I read on your privacy page that I can ask for a copy of my data, but I don't need a copy.
Voglio solo che cancelliate tutto: account, indirizzi, storico spedizioni. Thank you.

Giorgia Conte
""", R(["Erasure"], "giorgia.conte@tim-mail.example", "Giorgia", "Conte"))

add("mix-36-family-replyto-es-en", "Familia Ortiz <familia.ortiz@hogar-mail.example>",
"mis datos / my data - Acme Express",
"""Hola,

Escribo desde el correo de casa, pero por favor contestadme a mi correo personal (va en
"responder a"). I'd like to know what personal data Acme Express holds about me and get a copy:
direcciones, historial de envíos, teléfono, etc.

Ainhoa Ortiz Medina
""", R(["Access"], "ainhoa.ortiz.medina@personal-mail.example", "Ainhoa", "Ortiz Medina"),
    headers=["Reply-To: Ainhoa Ortiz Medina <ainhoa.ortiz.medina@personal-mail.example>"])

add("mix-37-ticket-ack-nl-en", "Greenleaf Service Desk <servicedesk@greenleaf-foods.example>",
"[GF-INC-44871] Melding ontvangen / Ticket received",
"""Beste melder / Dear requester,

Uw melding is geregistreerd onder nummer GF-INC-44871.
Your ticket has been logged as GF-INC-44871. We aim to respond within 3 business days.

Dit is een automatisch bericht. / This is an automated message, please do not reply.
""", IGN("auto_reply", "servicedesk@greenleaf-foods.example"),
    headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])

add("mix-38-task-de-en-monitoring-list", "Katrin Albrecht <katrin.albrecht@acme-corp.example>",
"Betriebsrat request - list of monitoring tools",
"""Hi all,

the Gesamtbetriebsrat of Acme Paketdienst has asked for a complete overview of all systems that
could be used for Leistungs- und Verhaltenskontrolle (telematics, scanners, CCTV in the hubs,
Office 365 analytics...). Could you help me compile that list from the register of processing
activities? They want it for the meeting on 8 December.

Danke!
Katrin Albrecht
Employee Relations Germany
""", TASK("katrin.albrecht@acme-corp.example", "Katrin", "Albrecht"))
