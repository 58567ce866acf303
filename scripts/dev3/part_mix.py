# dev3, mixed: several languages in one mail, other languages, forwards, attachments, replies,
# HTML-only, odd encodings. Written blind (see scripts/BLIND-WRITER.md).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("mix-01-bonjour-hello-access", "Sophie Dubois-Peeters <sophie.duboispeeters@bxl-mail.example>",
    "Demande d'accès / Access request",
    """Bonjour / Hello,

(English below)

Je suis patiente du centre de kinésithérapie Acme d'Ixelles depuis 2023. Je souhaite recevoir une
copie de mon dossier : bilans, notes de séances et rapports envoyés à mon médecin.

I am a patient of the Acme physiotherapy centre in Ixelles since 2023. I would like a copy of my
file: assessments, session notes and reports sent to my GP.

Merci / Thanks,
Sophie Dubois-Peeters
+32 470 00 00 00
""",
    R(["Access"], "sophie.duboispeeters@bxl-mail.example", "Sophie", "Dubois-Peeters"))

add("mix-02-nl-en-expat", "Priya Natarajan <priya.natarajan@amsterdam-mail.example>",
    "Account verwijderen / delete my account",
    """Hoi,

Sorry, my Dutch is not good enough yet so I'll switch to English. I had an account at your online
apotheek when I lived in Utrecht. I'm moving back to Chennai and don't need it anymore.

Please delete my account and the data linked to it, and in the meantime stop the "aanbiedingen"
mails - I get three a week.

Bedankt!
Priya
""",
    R(["Erasure", "Opposition"], "priya.natarajan@amsterdam-mail.example", "Priya", "Natarajan"))

add("mix-03-de-en-rectification", "Ulrike Baumann <ulrike.baumann@zuerich-post.example>",
    "Falsches Geburtsdatum / wrong date of birth",
    """Hallo,

sorry for writing half in English, my colleague helped me. In meinem Konto bei der Online-Apotheke
steht als Geburtsdatum der 03.11.1990. Correct is 11 March 1990 (11.03.1990) - I think someone
swapped day and month. Because of this the pharmacist refused to hand out my medicine at the pick-up
point, the ID did not match.

Bitte korrigieren / please correct it.

Danke,
Ulrike Baumann
""",
    R(["Rectification"], "ulrike.baumann@zuerich-post.example", "Ulrike", "Baumann"))

add("mix-04-spanglish-portability", "Carlos Mendoza <cmendoza@miami-mail.example>",
    "Mis datos de la app / my data from the app",
    """Hola team,

Estuve usando la app de fisio de Acme durante mi rehab en Madrid, pero ya me mudé a Miami. Mi nuevo
physical therapist aquí quiere ver mi progreso. Can you send me all my exercise data y las
mediciones in a CSV or JSON file so I can upload it into his system? O si es más fácil, send it
directly to him: records@sunrise-pt.example

Thanks / gracias!
Carlos Mendoza
""",
    R(["Portability"], "cmendoza@miami-mail.example", "Carlos", "Mendoza"))

add("mix-05-suedtirol", "Matthias Pichler <matthias.pichler@bz-post.example>",
    "Richiesta di accesso / Auskunftsersuchen",
    """Spett.le Acme / Sehr geehrte Damen und Herren,

sono paziente del vostro studio dentistico di Bolzano. Ai sensi dell'art. 15 GDPR chiedo copia di
tutti i dati che mi riguardano, comprese le radiografie.

Ich bin Patient Ihrer Zahnarztpraxis in Bozen. Gemäß Art. 15 DSGVO ersuche ich um eine Kopie aller
mich betreffenden Daten, einschließlich der Röntgenbilder.

Distinti saluti / Mit freundlichen Grüßen
Matthias Pichler
""",
    R(["Access"], "matthias.pichler@bz-post.example", "Matthias", "Pichler"))

add("mix-06-polish-erasure", "Agnieszka Wójcik <agnieszka.wojcik@poczta-pl.example>",
    "Usunięcie danych",
    """Dzień dobry,

proszę o usunięcie wszystkich moich danych osobowych z Państwa apteki internetowej, zgodnie z
art. 17 RODO. Konto zostało założone na ten adres e-mail.

Z poważaniem
Agnieszka Wójcik
""",
    R(["Erasure"], "agnieszka.wojcik@poczta-pl.example", "Agnieszka", "Wójcik"))

add("mix-07-portuguese-access", "João Pedro Carvalho Santos <jp.carvalhosantos@correio-pt.example>",
    "Pedido de acesso aos meus dados",
    """Bom dia,

Sou paciente da clínica dentária Acme em Lisboa desde 2019. Ao abrigo do artigo 15.º do RGPD,
solicito cópia de todos os dados pessoais que têm sobre mim, incluindo o processo clínico e as
radiografias.

Com os melhores cumprimentos,
João Pedro Carvalho Santos
""",
    R(["Access"], "jp.carvalhosantos@correio-pt.example", "João Pedro", "Carvalho Santos"))

add("mix-08-romanian-opposition", "Ioana Popescu <ioana.popescu@posta-ro.example>",
    "Mesaje publicitare",
    """Buongiorno, scusate se scrivo in rumeno, il mio italiano non è buono.

Bună ziua, vă rog să nu-mi mai trimiteți SMS-uri și e-mailuri publicitare. Am fost pacientă la
centrul de fizioterapie din Milano, dar nu mai doresc mesaje promoționale.

Mulțumesc,
Ioana Popescu
""",
    R(["Opposition"], "ioana.popescu@posta-ro.example", "Ioana", "Popescu"))

add("mix-09-machine-english-autodecision", "Wei Zhang <wei.zhang@mail-cn.example>",
    "My account is closed by system, please human check",
    """Dear Sir/Madam,

I am the customer of your online pharmacy since 2 years. Yesterday I receive the message "Your
account has been closed by our automatic security system". I did nothing wrong, only I order for
my parents from different address because they are old.

I request that a human person check this decision and not only the computer. Please also explain
me why the system decide this.

Thank you very much.
Best regards
Wei Zhang
""",
    R(["AutomatedDecision"], "wei.zhang@mail-cn.example", "Wei", "Zhang"))

add("mix-10-outlook-html-erasure", "Henrik Johansson <henrik.johansson@nordic-mail.example>",
    "Please close my student account",
    """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="EN-GB" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Hej,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I followed the online course <i>Evidence-Based Dentistry</i> at your School of
Continuing Education in 2022. I no longer need the account on the learning platform.<o:p></o:p></p>
<p class="MsoNormal">Please delete the account and all personal data linked to it (profile, forum
posts, submitted assignments).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Tack / thanks,<o:p></o:p></p>
<p class="MsoNormal"><b>Henrik Johansson</b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">Sent from Outlook</span><o:p></o:p></p>
</div></body></html>
""",
    R(["Erasure"], "henrik.johansson@nordic-mail.example", "Henrik", "Johansson"), ct=HTML)

add("mix-11-html-bulk-supplier", "Acme Supplies Europe <news@dentalsupplies-eu.example>",
    "Black Friday: -40% / Schwarzer Freitag / Vendredi noir",
    """<html><body><table width="600" align="center"><tr><td>
<h1 style="color:#003366">BLACK FRIDAY -40%</h1>
<p>EN: All gloves, masks and disposables -40% until Monday.</p>
<p>DE: Alle Handschuhe, Masken und Einwegartikel -40 % bis Montag.</p>
<p>FR: Tous les gants, masques et consommables -40 % jusqu'à lundi.</p>
<p style="font-size:10px">You receive this email because you are a registered customer.
<a href="https://dentalsupplies-eu.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
    IGN("bulk", "news@dentalsupplies-eu.example"), ct=HTML,
    headers=["List-Unsubscribe: <https://dentalsupplies-eu.example/unsubscribe>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

add("mix-12-cp1252-directives", "Hélène Lefort-Dumas <helene.lefortdumas@vieux-courriel.example>",
    "Mes directives pour après mon décès",
    """Madame, Monsieur,

Atteinte d’une maladie grave, je souhaite organiser dès maintenant le sort de mes données
personnelles après ma mort, conformément à l’article 85 de la loi Informatique et Libertés.

Mes volontés : mon dossier de kinésithérapie pourra être communiqué à ma fille, Claire Lefort,
qui sera chargée de l’exécution de ces directives ; mon compte de la pharmacie en ligne devra être
supprimé ; et je ne veux plus figurer dans le fichier des donateurs de la Fondation « à titre
posthume » (pas de courrier à mes héritiers).

Merci de me confirmer la bonne prise en compte de ces directives et de me dire si elles doivent
être rédigées d’une autre manière. Je vous l’écris le cœur un peu lourd.

Hélène Lefort-Dumas
""",
    R(["AdvanceDirectives"], "helene.lefortdumas@vieux-courriel.example", "Hélène", "Lefort-Dumas"),
    ct=CP1252, encode="cp1252")

add("mix-13-qp-nl-opposition", "Renée Coppens <renee.coppens@oude-post.example>",
    "Geen post meer - plus de courrier",
    """Geachte,

Ik ontvang nog steeds uw brieven met giftenoproepen van de Stichting/Fondation Acme, in het Nederlands
én in het Frans. Ik wens geen enkele brief of telefoon meer te ontvangen voor fondsenwerving.

Je ne souhaite plus recevoir aucun courrier ni appel de votre part.

Renée Coppens
Gent
""",
    R(["Opposition"], "renee.coppens@oude-post.example", "Renée", "Coppens"), ct=LATIN1, encode="latin-1-qp")

add("mix-14-nl-reply-en-ack", "Bas Kramer <bas.kramer@polder-post.example>",
    "Re: [DSR-57702] We have received your request",
    """Beste,

Jullie bevestiging was in het Engels, maar ik ben Nederlandstalig. Ik heb het gevraagde
identiteitsbewijs bijgevoegd (BSN afgeschermd). Kan het antwoord in het Nederlands?

Bas Kramer

On 12 Nov 2026, Acme Privacy <privacy@acme-corp.example> wrote:
> Dear Bas Kramer,
> We have received your request (reference DSR-57702). Please send us a copy of an ID document.
""",
    FU("57702", "bas.kramer@polder-post.example", "Bas", "Kramer"))

add("mix-15-irt-expat", "Priya Natarajan <priya.natarajan@amsterdam-mail.example>",
    "Re: Account verwijderen / delete my account",
    """Hi again,

Just checking - I still got an "aanbieding" email this morning, two days after my request. Has my
account been deleted yet? I fly out on the 30th.

Priya
Sent from my Pixel
""",
    FU(ref("mix-02-nl-en-expat"), "priya.natarajan@amsterdam-mail.example", "Priya", "Natarajan"),
    headers=irt("mix-02-nl-en-expat"))

add("mix-16-fu-plus-newsletter", "Óscar Ibarra <oscar.ibarra@correo-es.example>",
    "RE: [DSR-55120] Your request has been registered / Su solicitud ha sido registrada",
    """Hola,

Gracias por la confirmación. Aprovecho para añadir: mientras preparáis la copia de mis datos,
dejad de mandarme la newsletter, por favor.

Óscar Ibarra

> Your request has been registered under reference DSR-55120.
> Su solicitud ha sido registrada con la referencia DSR-55120.
""",
    FU("55120", "oscar.ibarra@correo-es.example", "Óscar", "Ibarra"))

add("mix-17-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("mix-18-auto-reply-bilingual", "Julien Tremblay <julien.tremblay@montreal-univ.example>",
    "Réponse automatique / Automatic reply: Data sharing - joint programme",
    """Je suis absent jusqu'au 1er décembre. Pour toute urgence, écrivez à partenariats@montreal-univ.example.

I am away until December 1st. For urgent matters, please write to partenariats@montreal-univ.example.

Julien Tremblay
""",
    IGN("auto_reply", "julien.tremblay@montreal-univ.example"),
    headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"])

add("mix-19-parcel-phishing-bilingual", "DHL Express <noreply@dhl-suivi-colis.example>",
    "Votre colis / Your parcel: action required",
    """FR : Votre colis n'a pas pu être livré. Confirmez vos données personnelles et réglez les frais de
douane (2,99 EUR) : http://dhl-suivi-colis.example/fr

EN: Your parcel could not be delivered. Confirm your personal data and pay the customs fee
(EUR 2.99): http://dhl-suivi-colis.example/en
""",
    IGN("spam", "noreply@dhl-suivi-colis.example"),
    headers=SPAM_HDR + [AUTH(spf="fail", dkim="none", dmarc="fail", dom="dhl-suivi-colis.example")])

add("mix-20-crypto-spam", "Anna Schmidt <anna.schmidt.invest@fastprofit.example>",
    "Passives Einkommen / passive income 3.000 EUR pro Woche",
    """Hallo,

ich bin Anna und ich verdiene jede Woche 3.000 EUR mit unserem Krypto-Bot. Only 250 EUR to start,
the robot does everything for you. Your data is safe, GDPR compliant!

Jetzt anmelden: http://fastprofit.example/start
""",
    IGN("spam", "anna.schmidt.invest@fastprofit.example"))

add("mix-21-webinar-dossier-ecran", "Kevin Claessens <kevin.claessens@acme-corp.example>",
    "Webinar - échec de partage d'écran / scherm gedeeld",
    """Bonjour, dag,

Je vous écris en deux langues, ma responsable est néerlandophone.

Hier soir, pendant le webinaire de la formation continue "Rééducation de l'épaule" (environ 120
participants externes), un de nos formateurs a partagé son écran et, pendant à peu près deux
minutes, on voyait le logiciel du cabinet avec le dossier d'un vrai patient : nom, date de
naissance, photos de l'épaule, IRM. Le webinaire était enregistré et l'enregistrement a déjà été
envoyé aux participants ce matin.

Gisteravond heeft een docent tijdens het webinar per ongeluk het dossier van een echte patiënt
gedeeld (naam, geboortedatum, foto's, MRI). De opname is vanochtend al naar de deelnemers gestuurd.

Kevin Claessens
Coördinator e-learning
""",
    INC("kevin.claessens@acme-corp.example", "Kevin", "Claessens"))

add("mix-22-researcher-exposed-api", "Jonas Lindqvist <jonas@lindqvist-security.example>",
    "Security issue: order API of your online pharmacy exposes customer data",
    """Hello,

I'm an independent security researcher. While testing a purchase on your online pharmacy I noticed
that the endpoint /api/v2/orders/{id} returns the full order (name, address, phone, products) for
any order id, without checking that it belongs to the logged-in user. Ids are sequential, so
anyone could enumerate all orders.

I have not downloaded data beyond my own order and two neighbouring ids to confirm the issue. I'm
happy to share details with your security team under coordinated disclosure; I'd suggest a fix
within 30 days before I mention it anywhere.

Mit freundlichen Grüßen / best regards,
Jonas Lindqvist
""",
    INC("jonas@lindqvist-security.example", "Jonas", "Lindqvist"))

add("mix-23-tia-us-vendor", "Sanne de Vries <sanne.devries@acme-corp.example>",
    "TIA needed for US analytics vendor",
    """Hi privacy team,

Marketing wants to switch the webshop analytics to a US provider (ClickSight Inc.). As far as I
understand we'd need a transfer impact assessment and probably new SCCs, since they'll receive IP
addresses and browsing data of pharmacy customers.

Could you take this on? I'll send you the vendor's security whitepaper and their DPA.

Alvast bedankt,
Sanne de Vries
Digital Marketing Lead
""",
    TASK("sanne.devries@acme-corp.example", "Sanne", "de Vries"))

add("mix-24-partner-questionnaire-fw", "Pierre-Antoine Roux <pa.roux@acme-corp.example>",
    "Fwd: Data protection questionnaire - joint programme",
    "",
    TASK("pa.roux@acme-corp.example", "Pierre-Antoine", "Roux"),
    attached=("Dr. Emily Carter <e.carter@partner-university.example>",
              "Data protection questionnaire - joint programme",
              """Dear colleagues,

Ahead of the launch of our joint certificate in Dental Public Health, our Data Protection Office
asks partner institutions to complete the attached questionnaire (controller/processor roles,
student data flows, retention, international transfers).

Could you return it by 15 December?

Kind regards,
Dr. Emily Carter
"""),
    note="""Bonjour l'équipe privacy,

Voir le message ci-joint de notre université partenaire. Pourriez-vous remplir le questionnaire ?
Je peux répondre aux questions sur les flux d'étudiants si besoin.

Pierre-Antoine Roux
Directeur adjoint, École de formation continue""")

add("mix-25-guardian-en-pt", "Teresa Oliveira <teresa.oliveira@care-mail.example>",
    "Request for my brother's records / pedido",
    """Hello,

I am the court-appointed guardian of my brother, Rui Miguel Oliveira, who has an intellectual
disability and cannot manage his own affairs. He attended physiotherapy at your clinic in London
(Stockwell) after an accident last year.

I would like a copy of all the information you hold about him, including treatment notes and
appointment history. I attach the guardianship order (in Portuguese, with a certified translation).

Obrigada / thank you,
Teresa Oliveira
""",
    R(["Access"], "teresa.oliveira@care-mail.example", "Rui Miguel", "Oliveira",
      representative="Teresa Oliveira"))

add("mix-26-heir-fr-en", "Thomas Girard-Wells <thomas.gw@london-mail.example>",
    "My late mother's account - compte de ma mère",
    """Hello,

Excusez-moi, my French is poor so I'll write in English. My mother, Monique Girard, died in Paris
in August. She used your online pharmacy and the account still sends "renouvellement" reminders
to her email, which I now manage.

As her son and one of her heirs I'd like the account closed and her data deleted. I can send the
acte de décès.

Merci,
Thomas Girard-Wells
""",
    R(["Erasure"], "thomas.gw@london-mail.example", "Monique", "Girard", representative="Thomas Girard-Wells"))

add("mix-27-parking-unknown", "Beat Schneider <beat.schneider@ch-post.example>",
    "Parking / Parkplatz",
    """Bonjour, grüezi,

Gibt es bei der Zahnarztpraxis in Fribourg Parkplätze für Patienten? Y a-t-il un parking près du
cabinet ? Mon rendez-vous est jeudi.

Merci, danke
Beat Schneider
""",
    R(["Unknown"], "beat.schneider@ch-post.example", "Beat", "Schneider"))

add("mix-28-staff-forward-de-en", "Oliver Grant <oliver.grant@acme-corp.example>",
    "Fwd: Meine Daten",
    """Hi team,

Forwarding this from the Vienna clinic inbox - I don't read German well but I think she wants her
file and something corrected? Over to you.

Oliver

---------- Forwarded message ---------
From: Katarina Novak <katarina.novak@wien-post.example>
Date: Thu, 12 Nov 2026 at 16:20
Subject: Meine Daten
To: clinic.vienna@acme-corp.example

Sehr geehrte Damen und Herren, bitte senden Sie mir eine Kopie meiner Patientenakte. Außerdem ist
meine Telefonnummer falsch gespeichert, richtig ist +43 660 0000000. Danke, Katarina Novak
""",
    R(["Access", "Rectification"], "katarina.novak@wien-post.example", "Katarina", "Novak"))

add("mix-29-donor-en-es", "Ana Lucía Vargas <analucia.vargas@correo-pe.example>",
    "Acme Foundation emails / correos de la Fundación",
    """Hi,

I made one donation in 2024 after the earthquake appeal. Desde entonces recibo correos casi cada
semana, en inglés y en español. I withdraw my consent to receive any fundraising communication,
por favor no me escriban más.

Ana Lucía Vargas
""",
    R(["Opposition"], "analucia.vargas@correo-pe.example", "Ana Lucía", "Vargas"))

add("mix-30-student-it-en", "Francesca O'Brien <francesca.obrien@student-mail.example>",
    "Grade error / errore nel voto",
    """Dear Registry, gentile segreteria,

I'm enrolled in the online Certificate in Orthodontic Assisting (student ID 55-0923). My final
grade on the portal says 21/30, but the examiner's feedback sheet says 27/30 - I think 27 was
typed as 21. Potete verificare e correggere il voto? I need the corrected transcript for my visa
application.

Grazie / thank you,
Francesca O'Brien
""",
    R(["Rectification"], "francesca.obrien@student-mail.example", "Francesca", "O'Brien"))

add("mix-31-us-transfer-info", "Michael Okonkwo <mokonkwo@us-mail.example>",
    "Where is my data stored?",
    """Hi,

I'm an American taking one of your online continuing-education courses from Chicago. Just a
question, not a complaint: is my student data kept in the EU or in the US? Do you share it with any
US companies (Zoom, Google, etc.)? And how long do you keep it after the course ends?

Thanks,
Michael Okonkwo
""",
    R(["Information"], "mokonkwo@us-mail.example", "Michael", "Okonkwo"))

add("mix-32-be-restriction-nl-fr", "Lotte Vandenbroucke <lotte.vandenbroucke@be-mail.example>",
    "Beperking verwerking / limitation du traitement",
    """Goedendag, bonjour,

Ik heb bezwaar aangetekend bij de kinépraktijk in Brussel tegen een factuur en tegen het
doorsturen van mijn gegevens naar een incassobureau. Zolang dat dossier loopt, vraag ik de
beperking van de verwerking: geef mijn gegevens aan niemand door.

En résumé : tant que le litige est en cours, je demande la limitation du traitement de mes
données, pas de transmission à une société de recouvrement.

Lotte Vandenbroucke
""",
    R(["Restriction"], "lotte.vandenbroucke@be-mail.example", "Lotte", "Vandenbroucke"))

add("mix-33-es-en-autodecision", "Valeria Quiroga Sánchez <valeria.quiroga@correo-es.example>",
    "Pedido cancelado automáticamente / order auto-cancelled",
    """Hola,

Mi pedido en la farmacia online fue cancelado con el mensaje "Your order was flagged by our risk
engine and cancelled". No one called me, no one asked me anything. Quiero que una persona revise
esa decisión y me explique en qué se ha basado.

Saludos,
Valeria Quiroga Sánchez
""",
    R(["AutomatedDecision"], "valeria.quiroga@correo-es.example", "Valeria", "Quiroga Sánchez"))

add("mix-34-attach-pt-dentist", "Dr. Ignacio Vidal <ignacio.vidal@acme-corp.example>",
    "RV: Pedido de cópia do processo",
    "",
    R(["Access"], "mariana.cferreira@correio-pt.example", "Mariana", "Costa Ferreira"),
    attached=("Mariana Costa Ferreira <mariana.cferreira@correio-pt.example>",
              "Pedido de cópia do processo",
              """Boa tarde,

Fui tratada na vossa clínica de Vigo em 2025. Preciso de uma cópia do meu processo clínico e das
radiografias para continuar o tratamento em Portugal.

Obrigada,
Mariana Costa Ferreira
"""),
    note="""Hola,

Os reenvío el correo de una paciente portuguesa que atendí en Vigo. ¿Podéis gestionar el envío de
la copia?

Dr. Ignacio Vidal
Clínica Dental Acme Vigo""")

add("mix-35-html-phishing-mailbox", "IT Helpdesk <helpdesk@acme-corp-mailquota.example>",
    "Mailbox quota exceeded / Postfach voll",
    html("Dear user / Sehr geehrter Benutzer,",
         "Your mailbox <b>privacy@acme-corp.example</b> has exceeded its storage quota (99.8%). "
         "Incoming messages will be deleted.",
         "<a href=\"http://acme-corp-mailquota.example/upgrade\">Click here to upgrade your mailbox</a>",
         "IT Helpdesk"),
    IGN("spam", "helpdesk@acme-corp-mailquota.example"), ct=HTML,
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="acme-corp-mailquota.example")])

add("mix-36-access-opposition-en-it", "Luca Ferrari-Smith <luca.ferrarismith@uk-it-mail.example>",
    "Copy of my data + no marketing",
    """Hi / ciao,

Two things please:
1) a copy of the personal data you hold about me (I'm a customer of the online pharmacy and did a
   short course at your school in 2024);
2) niente più marketing: no emails, no SMS, no post.

Grazie,
Luca Ferrari-Smith
""",
    R(["Access", "Opposition"], "luca.ferrarismith@uk-it-mail.example", "Luca", "Ferrari-Smith"))

add("mix-37-emoji-no-name", "sunflower.88@chatmail.example",
    "🌻 delete pls",
    """hey 👋 can u delete my account on the pharmacy site + everything u have on me? moved
countries, dont need it anymore 🙏
""",
    R(["Erasure"], "sunflower.88@chatmail.example"))

add("mix-38-turkish-de-erasure", "Elif Şahin <elif.sahin@posta-tr.example>",
    "Hesabımı silin / Konto löschen",
    """Merhaba,

Fizyoterapi uygulamasındaki hesabımı ve tüm kişisel verilerimi silmenizi rica ediyorum.

Auf Deutsch: Bitte löschen Sie mein Konto in der Physio-App und alle meine Daten.

Teşekkürler / Danke,
Elif Şahin
""",
    R(["Erasure"], "elif.sahin@posta-tr.example", "Elif", "Şahin"))
