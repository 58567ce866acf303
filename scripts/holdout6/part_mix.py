from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests

add("mix-01-fr-en-copy",
    "Amélie Dubois-Lambert <amelie.duboislambert@skynet-mail.example>",
    "Demande de copie de mes données / copy of my data",
    """Bonjour,

Je suis cliente chez vous depuis 2020 (compte Acme Pay et assurance habitation). Je
voudrais recevoir une copie de toutes les données personnelles que vous avez sur moi —
sorry, I'll continue in English, a colleague told me your privacy team is in London.

So: I would like a copy of all my personal data, including the result of the identity
check I did when I opened the account, and the notes of the phone calls about my water
damage claim last spring (sinistre dégât des eaux, avril 2026).

Merci d'avance / thanks in advance,
Amélie Dubois-Lambert
Liège
""",
    R(["Access"], "amelie.duboislambert@skynet-mail.example", "Amélie", "Dubois-Lambert"))

add("mix-02-nl-en-delete",
    "Sanne van der Berg <sanne.vdberg@ziggo-mail.example>",
    "Account opzeggen / delete account",
    """Hoi,

Ik wil graag mijn account bij Acme Pay opzeggen en al mijn gegevens laten verwijderen.

Sorry, I don't know if you read Dutch: please close my account and delete all my data,
also the copy of my ID card and the selfie I made for the verification. I moved my money
to another bank already, saldo is €0.

Groetjes,
Sanne van der Berg
Utrecht
""",
    R(["Erasure"], "sanne.vdberg@ziggo-mail.example", "Sanne", "van der Berg"))

add("mix-03-de-en-auskunft-latin1",
    "Klaus-Dieter Müller <kd.mueller@gmx-post.example>",
    "Auskunftsersuchen nach Art. 15 DSGVO / Subject access request",
    """Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft nach Art. 15 DSGVO geltend. Bitte teilen Sie
mir mit, welche personenbezogenen Daten Sie über mich gespeichert haben, und übersenden
Sie mir eine Kopie dieser Daten (Kfz-Versicherung, Vertragsnummer KFZ-DE-2204417,
einschließlich der Telematik-Daten aus meinem Fahrzeug).

Da ich nicht sicher bin, ob Ihr Datenschutzteam Deutsch liest, hier die Übersetzung:

I hereby exercise my right of access under Art. 15 GDPR. Please tell me which personal
data you hold about me and send me a copy of it (car insurance, contract number
KFZ-DE-2204417, including the telematics data from my vehicle).

Mit freundlichen Grüßen / Kind regards

Klaus-Dieter Müller
Goethestraße 12
60313 Frankfurt am Main
""",
    R(["Access"], "kd.mueller@gmx-post.example", "Klaus-Dieter", "Müller"),
    ct=LATIN1, encode="latin-1")

add("mix-04-es-en-loan-machine",
    "María José García Fernández <mjgarciafdez@correo.example>",
    "Préstamo denegado / loan refused - quiero revisión humana",
    """Hola / Hello,

Me han denegado un préstamo de 8.000 € en la app en menos de un minuto. I live in Dublin
for 6 years, I work as a nurse in the Mater hospital, permanent contract, and your app say
no in one minute. No es posible que una persona haya mirado mi solicitud.

Quiero que una persona revise la decisión, not the computer. I can send nóminas, the
contract, whatever you need.

Gracias,
María José García Fernández
""",
    R(["AutomatedDecision"], "mjgarciafdez@correo.example", "María José", "García Fernández"))

add("mix-05-it-en-basta-telefonate",
    "Giuseppe De Luca <giuseppe.deluca@tiscali-mail.example>",
    "BASTA TELEFONATE",
    """Buongiorno,

sono cliente per l'assicurazione auto. Da settimane ricevo telefonate dal vostro call
center per offerte di prestiti e carte di credito, anche la domenica!!!

BASTA CON LE TELEFONATE. NO MORE CALLS, NO MORE SMS, NO MORE EMAIL WITH OFFERS.
Non voglio più ricevere pubblicità da voi, in nessuna forma.

I keep the car insurance, only stop the marketing please.

Giuseppe De Luca
Tel. 347 555 0188
""",
    R(["Opposition"], "giuseppe.deluca@tiscali-mail.example", "Giuseppe", "De Luca"))

add("mix-06-pt-retificacao-qp",
    "João Pedro Gonçalves da Silva <jpgsilva@sapo-mail.example>",
    "Retificação de dados pessoais",
    """Exmos. Senhores,

Venho por este meio solicitar a retificação dos meus dados pessoais.

Mudei de morada em outubro. A minha nova morada é Rua das Flores 45, 2.º Esq.,
4050-262 Porto. Além disso, o meu apelido está escrito "Goncalves da Silva" sem cedilha,
e o meu número de telemóvel mudou para 912 555 304.

Agradeço a correção nos dados da conta Acme Pay e do seguro automóvel.

Com os melhores cumprimentos,
João Pedro Gonçalves da Silva
""",
    R(["Rectification"], "jpgsilva@sapo-mail.example", "João Pedro", "Gonçalves da Silva"),
    ct=LATIN1, encode="latin-1-qp")

add("mix-07-pl-nagrania",
    "Małgorzata Wójcik <m.wojcik@onet-poczta.example>",
    "Wniosek o kopię nagrań rozmów",
    """Dzień dobry,

zwracam się z prośbą o przesłanie kopii nagrań wszystkich moich rozmów telefonicznych z
Państwa infolinią w sprawie szkody komunikacyjnej nr MC-2026-38810 (od września do
listopada 2026 r.), a także notatek sporządzonych przez konsultantów.

Podstawa prawna: art. 15 RODO.

Z poważaniem
Małgorzata Wójcik
Kraków
""",
    R(["Access"], "m.wojcik@onet-poczta.example", "Małgorzata", "Wójcik"))

add("mix-08-cs-predavani",
    "Petra Nováková <petra.novakova@seznam-mail.example>",
    "Dotaz na předávání osobních údajů",
    """Dobrý den,

používám vaši aplikaci Acme Pay. Chtěla bych vědět, zda jsou moje osobní údaje (transakce,
údaje z pasu) předávány mimo Evropskou unii, například do USA nebo do Indie, a pokud ano,
komu a na jakém základě. A jak dlouho moje údaje uchováváte?

Děkuji,
Petra Nováková
""",
    R(["Information"], "petra.novakova@seznam-mail.example", "Petra", "Nováková"))

add("mix-09-fr-en-mother-daughter",
    "Famille Martin <famille.martin@orange-mail.example>",
    "Compte de ma fille Léa / my daughter's account",
    """Bonjour,

Ma fille Léa (17 ans) a ouvert un compte Acme Pay avec une carte pendant son séjour
linguistique à Londres cet été. She's back in Lyon now and doesn't use it at all.

Je souhaite que le compte soit fermé et que toutes ses données soient supprimées, y
compris la copie de sa carte d'identité et la vidéo selfie.

Please answer to my personal email, not the family one. Merci.

Nathalie Martin (maman de Léa Martin)
""",
    R(["Erasure"], "nathalie.martin@orange-mail.example", "Léa", "Martin",
      representative="Nathalie Martin"),
    headers=["Reply-To: Nathalie Martin <nathalie.martin@orange-mail.example>"])

add("mix-10-nl-en-telematics",
    "Joris Vermeulen <joris.vermeulen@telenet-mail.example>",
    "Vraag over telematicabox / question about the box",
    """Goedemiddag,

Sinds september heb ik een telematicabox in mijn auto voor de autoverzekering.
Two questions, in English because I don't know who reads this:

1. Which data does the box collect exactly (GPS location? speed? time of day?) and who
   gets to see it?
2. I read in De Standaard that insurers sell driving data to partners. Ik wil niet dat
   mijn rijgegevens met partners of voor marketing worden gedeeld. If you do that, stop it
   for me please.

Met vriendelijke groet,
Joris Vermeulen
Gent
""",
    R(["Information", "Opposition"], "joris.vermeulen@telenet-mail.example", "Joris", "Vermeulen"))

add("mix-11-de-en-umsaetze-csv",
    "Ayşe Yılmaz <ayse.yilmaz@web-post.example>",
    "Datenübertragbarkeit / export of my transactions",
    """Hallo,

ich wechsle zu einer anderen Bank und möchte meine Kontoumsätze der letzten drei Jahre in
einem maschinenlesbaren Format (CSV oder JSON) bekommen, Art. 20 DSGVO.

In English to be sure: I want my transaction history as a CSV or JSON file, and if
possible sent directly to my new bank (Kontor Bank AG, Hamburg). The PDF statements from
the app are useless for importing.

Viele Grüße
Ayşe Yılmaz
Köln
""",
    R(["Portability"], "ayse.yilmaz@web-post.example", "Ayşe", "Yılmaz"))

add("mix-12-es-en-limitacion",
    "Javier Ruiz Ortega <javier.ruiz.ortega@correo.example>",
    "Limitación del tratamiento - cuenta bloqueada",
    """Buenas tardes,

Your fraud department has blocked my account since 3 November because they say a
transfer from my brother in Sevilla is "suspicious". Están revisando el caso.

Mientras tanto, solicito la limitación del tratamiento de mis datos (art. 18 RGPD): que
no se usen para nada más ni se comuniquen a terceros (agencias de fraude, otros bancos)
hasta que terminen la revisión.

I do not want anything deleted, only frozen until they finish.

Un saludo,
Javier Ruiz Ortega
""",
    R(["Restriction"], "javier.ruiz.ortega@correo.example", "Javier", "Ruiz Ortega"))

add("mix-13-it-en-dopo-la-morte",
    "Francesca Russo <francesca.russo1948@alice-mail.example>",
    "I miei dati dopo la mia morte",
    """Gentili signori,

ho 78 anni e vivo a Brighton con mia figlia. Vorrei sapere cosa succede ai miei dati
personali e al mio conto quando morirò.

My daughter helps me to write in English: I want my daughter Chiara to be the person who
decides about my data after my death, and after that I want my data deleted. How do I put
this in writing with you?

Cordiali saluti,
Francesca Russo
""",
    R(["AdvanceDirectives"], "francesca.russo1948@alice-mail.example", "Francesca", "Russo"))

add("mix-14-fr-en-carte-bloquee-html",
    "Karim Haddad <karim.haddad@free-mail.example>",
    "Carte bloquée !!! urgent",
    html("Bonjour,",
         "Ma carte est bloquée depuis ce matin, impossible de payer au supermarché. The app "
         "says &quot;contact support&quot; but the chat doesn't work. C'est urgent, je suis "
         "à l'étranger (Marrakech) jusqu'à dimanche.",
         "Karim Haddad"),
    R(["Unknown"], "karim.haddad@free-mail.example", "Karim", "Haddad"),
    ct=HTML)

add("mix-15-ro-en-diacritics",
    "Stefan Constantinescu <stefan.constantinescu@posta-ro.example>",
    "Nume greșit / wrong name on my card",
    """Bună ziua,

My name is written wrong in your system and on my card: "Stefan Constantinescu" instead
of "Ștefan Constantinescu". Vă rog să corectați numele meu cu diacritice, așa cum este în
pașaportul meu românesc, because the KYC check for the higher limit fails, the names
don't match.

Mulțumesc,
Ștefan Constantinescu
""",
    R(["Rectification"], "stefan.constantinescu@posta-ro.example", "Ștefan", "Constantinescu"))

add("mix-16-el-en-delete-stop",
    "Eleni Papadopoulou <eleni.papadopoulou@otenet-mail.example>",
    "Διαγραφή δεδομένων / delete my data",
    """Καλησπέρα σας,

Παρακαλώ διαγράψτε όλα τα προσωπικά μου δεδομένα από τα αρχεία σας.

I only asked for a home insurance quote in August for my flat in Athens and since then I
get emails and phone calls every week. Δεν επιθυμώ καμία επικοινωνία για διαφημιστικούς
σκοπούς. Stop contacting me and delete my data please.

Ελένη Παπαδοπούλου
Eleni Papadopoulou
""",
    R(["Erasure", "Opposition"], "eleni.papadopoulou@otenet-mail.example", "Eleni", "Papadopoulou"))

add("mix-17-nl-en-fwd-italian-claim",
    "Pieter Janssens <pieter.janssens@acme-corp.example>",
    "FW: Richiesta copia fascicolo sinistro",
    "",
    R(["Access"], "alessandro.ferrari@virgilio-mail.example", "Alessandro", "Ferrari"),
    attached=("Alessandro Ferrari <alessandro.ferrari@virgilio-mail.example>",
              "Richiesta copia fascicolo sinistro",
              """Buongiorno,

vorrei ricevere una copia completa del mio fascicolo di sinistro n. MC-2026-39904
(incidente a Bruxelles del 2 ottobre), inclusi i referti medici, la perizia del
carrozziere e le registrazioni delle mie telefonate con il vostro ufficio sinistri.

Grazie e distinti saluti,
Alessandro Ferrari
"""),
    note="""Hoi privacy team,

Zie bijlage - Italian customer, claim handled by our Brussels desk. He asks for a copy
of his claim file incl. medische rapporten en call recordings. Kunnen jullie dit
oppakken? Ik heb hem laten weten dat het is doorgestuurd.

Groetjes,
Pieter Janssens
Claims Benelux, Antwerpen""")

# ---------------------------------------------------------------- tasks (staff)

add("mix-18-task-fr-en-dpia-fraud",
    "Camille Lefèvre <camille.lefevre@acme-corp.example>",
    "AIPD / DPIA nouveau modèle scoring fraude",
    """Salut l'équipe privacy,

On met en production le nouveau modèle de scoring fraude pour les virements instantanés
en janvier (Belgique + France). Risk says we need a DPIA because the model blocks
payments automatically above a certain score.

Est-ce que vous pouvez lancer l'analyse d'impact ? I can send the model documentation
and the data dictionary this week.

Merci !
Camille Lefèvre
Fraud Analytics Lead – Bruxelles
""",
    TASK("camille.lefevre@acme-corp.example", "Camille", "Lefèvre"))

add("mix-19-task-nl-en-questionnaire",
    "Bram de Wit <bram.dewit@acme-corp.example>",
    "Privacy vragenlijst VerzekerNet",
    """Hi,

Zie hieronder: the broker platform VerzekerNet wants a completed privacy questionnaire
before they connect to our quote API. De meeste vragen gaan over bewaartermijnen,
subverwerkers en doorgifte buiten de EER. Deadline vrijdag 27/11.

Can you take it? I've put the Excel in the Partnerships > Benelux folder.

Bedankt,
Bram de Wit
Partner Manager Benelux
""",
    TASK("bram.dewit@acme-corp.example", "Bram", "de Wit"))

add("mix-20-task-de-en-ropa-tool",
    "Lena Hoffmann <lena.hoffmann@acme-corp.example>",
    "New tool SnapAssess - Verarbeitungsverzeichnis",
    """Hi team,

kurze Bitte: wir haben im Oktober das neue Tool "SnapAssess" für die KI-Bewertung von
Kfz-Schadenfotos eingeführt. Could you add it to the record of processing activities and
check whether the German privacy notice (Datenschutzhinweise) needs an update?

Die Verarbeitungsbeschreibung vom Anbieter kann ich schicken.

Danke & viele Grüße
Lena Hoffmann
Claims Innovation, Köln
""",
    TASK("lena.hoffmann@acme-corp.example", "Lena", "Hoffmann"))

# ---------------------------------------------------------------- incidents

add("mix-21-inc-fr-en-phone-lost",
    "Julien Moreau <julien.moreau@acme-corp.example>",
    "Téléphone pro perdu / lost work phone",
    """Bonjour,

J'ai perdu mon téléphone professionnel hier soir dans l'Eurostar Londres–Paris. It has
Outlook and Teams with customer emails (fraud cases, some with copies of ID cards). Code
PIN à 6 chiffres, but I'm not sure the phone is enrolled in Intune.

J'ai déjà prévenu le helpdesk (ticket INC0099140) et le service objets trouvés
d'Eurostar.

Julien Moreau
Analyste fraude
""",
    INC("julien.moreau@acme-corp.example", "Julien", "Moreau"))

add("mix-22-inc-nl-en-statement",
    "Femke Bakker <femke.bakker@kpn-mail.example>",
    "Afschrift van iemand anders in de app",
    """Hallo,

In mijn berichten in de app staat vandaag een rekeningafschrift van oktober dat niet van
mij is. It belongs to someone called J. Visser: IBAN, address, all the transactions.
Ik heb het niet gedownload.

Ik vind dit heel zorgwekkend. If I can see his, who can see mine?

Femke Bakker
""",
    INC("femke.bakker@kpn-mail.example", "Femke", "Bakker"))

add("mix-23-inc-es-en-medical-report",
    "Carlos Méndez Rivas <carlos.mendezrivas@correo.example>",
    "Email with medical report of another person / informe médico",
    """Hola,

I received yesterday an email from your claims department about my claim
(MC-2026-40112). Pero el archivo adjunto no es mío: es un informe médico de otra persona,
una señora de Bristol, con diagnóstico, medicación, todo.

I have not shared it with anyone. ¿Qué hago, lo borro?

Saludos,
Carlos Méndez Rivas
""",
    INC("carlos.mendezrivas@correo.example", "Carlos", "Méndez Rivas"))

# ---------------------------------------------------------------- follow-ups

add("mix-24-fu-fr-en-dsr",
    "Hélène Rousseau <helene.rousseau@laposte-mail.example>",
    "Re: [DSR-39562] Accusé de réception / Acknowledgement of your request",
    """Bonjour,

Cela fait maintenant plus d'un mois. I still have received nothing. Pouvez-vous me dire
où en est ma demande ?

Hélène Rousseau

Le 12 oct. 2026 à 10:15, Acme Privacy Team <privacy@acme-corp.example> a écrit :
> Madame, Monsieur,
> Nous accusons réception de votre demande, enregistrée sous la référence DSR-39562.
> We acknowledge receipt of your request, registered under reference DSR-39562.
""",
    FU("39562", "helene.rousseau@laposte-mail.example", "Hélène", "Rousseau"))

add("mix-25-fu-es-en-payslips",
    "María José García Fernández <mjgarciafdez@correo.example>",
    "Re: Préstamo denegado / loan refused - quiero revisión humana",
    """Hola otra vez,

Adjunto mis nóminas de los últimos tres meses y el contrato del hospital. Also my
residence permit, in case you need it.

Espero noticias. Thank you!
María José
""",
    FU(ref("mix-04-es-en-loan-machine"), "mjgarciafdez@correo.example", "María José", "García Fernández"),
    headers=irt("mix-04-es-en-loan-machine"))

# ---------------------------------------------------------------- ignored

add("mix-26-spam-es-en-herencia",
    "Lic. Roberto Sandoval <abogado.sandoval@bufete-herencias.example>",
    "HERENCIA NO RECLAMADA / UNCLAIMED INHERITANCE",
    """Estimado amigo / Dear friend,

Soy el abogado Roberto Sandoval. Un cliente mío, fallecido sin herederos, dejó la suma de
EUR 4.800.000 en un banco de Madrid. Because you have the same surname, I can present you
as the beneficiary. Dividiremos 50/50.

Please send your full name, date of birth, copy of passport and bank account to proceed.
Total confidentiality.

Atentamente,
Lic. Roberto Sandoval
""",
    IGN("spam", "abogado.sandoval@bufete-herencias.example"),
    headers=SPAM_HDR)

add("mix-27-spam-de-en-konto-gesperrt",
    "Acme Sicherheit <sicherheit@acme-konto-verify.example>",
    "Ihr Konto wird gesperrt / Your account will be suspended",
    """Sehr geehrter Kunde,

aufgrund neuer EU-Datenschutzvorschriften müssen Sie Ihre Identität innerhalb von 24
Stunden bestätigen, sonst wird Ihr Konto gesperrt und Ihre Daten werden gelöscht.

Dear customer, due to new EU data protection rules you must confirm your identity within
24 hours or your account will be suspended and your data deleted.

Jetzt bestätigen / Confirm now: https://acme-konto-verify.example/login

Ihr Acme Sicherheitsteam
""",
    IGN("spam", "sicherheit@acme-konto-verify.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-konto-verify.example")])

add("mix-28-autoreply-fr-en",
    "Sophie Girard <sophie.girard@cabinet-girard-avocats.example>",
    "Réponse automatique : Absente / Automatic reply: Out of office",
    """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclus, sans accès à ma messagerie. Pour
toute urgence, merci de contacter le secrétariat au +33 1 55 55 01 20.

I am out of the office until 30 November with no access to e-mail. For urgent matters,
please contact my office on +33 1 55 55 01 20.

Sophie Girard
Avocate à la Cour
""",
    IGN("auto_reply", "sophie.girard@cabinet-girard-avocats.example"))

add("mix-29-bulk-nl-en-newsletter",
    "Privacy Nieuws <nieuwsbrief@privacynieuws.example>",
    "Privacy Nieuws #47 - AP boetes, EDPB guidelines & meer",
    """PRIVACY NIEUWS #47

In deze editie / In this issue:
- Autoriteit Persoonsgegevens legt boete op aan verzekeraar voor bewaren van medische data
- EDPB adopts final guidelines on legitimate interest
- Webinar (EN): telematics and insurance - what regulators expect

Lees online / Read online: https://privacynieuws.example/47

Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven. Afmelden / unsubscribe:
https://privacynieuws.example/afmelden
""",
    IGN("bulk", "nieuwsbrief@privacynieuws.example"),
    headers=["List-Id: Privacy Nieuws <nieuwsbrief.privacynieuws.example>",
             "List-Unsubscribe: <https://privacynieuws.example/afmelden>, <mailto:afmelden@privacynieuws.example>",
             "Precedence: bulk"])
