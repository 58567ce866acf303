# Frozen evaluation set, mixed shapes across languages. Written blind; never tune on it.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

# Legitimate requests carrying authentication results and anti-spam headers that say "clean".
add("mx-01-auth-pass-en", "Owen Price <owen.price@gmail.example>", "Access request",
    "Hello, please send me a copy of my personal data. Owen Price\n",
    R(["Access"], "owen.price@gmail.example", "Owen", "Price"),
    headers=[AUTH(dom="gmail.example"), "X-Spam-Status: No, score=-1.2 required=5.0"])
add("mx-02-auth-pass-fr", "Agnès Roy <agnes.roy@orange.example>", "Suppression",
    "Bonjour, merci de supprimer mes données. Agnès Roy\n",
    R(["Erasure"], "agnes.roy@orange.example", "Agnès", "Roy"),
    headers=[AUTH(dom="orange.example"), "X-Spam-Flag: NO"])
add("mx-03-urgent-legit", "Ahmed Karimi <ahmed.karimi@gmail.example>", "URGENT: delete my data",
    "This is urgent. I have asked before. Delete my personal data immediately, I do not want to be in your database.\n",
    R(["Erasure"], "ahmed.karimi@gmail.example", "Ahmed", "Karimi"))
add("mx-04-money-legit", "Nora Lindgren <nora.lindgren@telia.example>", "Refund and my data",
    "Hello, you refunded 49.90 EUR to my bank account last week, thank you. Now please close my account and erase my data.\n",
    R(["Erasure"], "nora.lindgren@telia.example", "Nora", "Lindgren"))
add("mx-05-replyto-different-legit", "Paul Weber <paul.weber@work-mail.example>", "Auskunft",
    "Guten Tag, ich bitte um Auskunft über meine Daten. Antwort bitte an meine private Adresse.\nPaul Weber\n",
    R(["Access"], "paul.weber@gmx.example", "Paul", "Weber"),
    headers=["Reply-To: Paul Weber <paul.weber@gmx.example>"])
# Forwards as attachments.
add("mx-06-attached-en", "Grace Lin <grace.lin@acme-corp.example>", "Fwd: customer request",
    None, R(["Erasure"], "howard.king@gmail.example", "Howard", "King"),
    attached=("Howard King <howard.king@gmail.example>", "Delete my account",
              "Hi, please delete my account and all my personal data. Howard King\n"),
    note="Hi privacy, a customer request forwarded from support. Grace\n")
add("mx-07-attached-fr", "Sarah Nguyen <sarah.nguyen@acme-corp.example>", "TR: Demande d'accès",
    None, R(["Access"], "gilles.marty@free.example", "Gilles", "Marty"),
    attached=("Gilles Marty <gilles.marty@free.example>", "Accès",
              "Bonjour, je souhaite recevoir une copie de mes données personnelles. Gilles Marty\n"),
    note="Bonjour, pour traitement. Sarah\n")
add("mx-08-attached-de", "Tim Wolf <tim.wolf@acme-corp.example>", "WG: Widerspruch",
    None, R(["Opposition"], "erika.mann@web.example", "Erika", "Mann"),
    attached=("Erika Mann <erika.mann@web.example>", "Widerspruch Werbung",
              "Ich widerspreche der Verwendung meiner Daten für Werbung. Erika Mann\n"),
    note="Bitte bearbeiten. Tim\n")
add("mx-09-attached-nl", "Eva Bakker <eva.bakker@acme-corp.example>", "Fwd: verzoek",
    None, R(["Erasure"], "jan.dekker@kpn.example", "Jan", "Dekker"),
    attached=("Jan Dekker <jan.dekker@kpn.example>", "Verwijderen",
              "Verwijder al mijn gegevens alstublieft. Jan Dekker\n"),
    note="Graag oppakken.\n")
add("mx-10-attached-es", "Clara Ruiz <clara.ruiz@acme-corp.example>", "RV: solicitud",
    None, R(["Rectification"], "pedro.gomez@gmail.example", "Pedro", "Gómez"),
    attached=("Pedro Gómez <pedro.gomez@gmail.example>", "Datos incorrectos",
              "Mi fecha de nacimiento es incorrecta, por favor corríjanla: 3 de mayo de 1980. Pedro Gómez\n"),
    note="Para vosotros.\n")
add("mx-11-attached-it", "Marco Riva <marco.riva@acme-corp.example>", "I: richiesta",
    None, R(["Access"], "lucia.bassi@libero.example", "Lucia", "Bassi"),
    attached=("Lucia Bassi <lucia.bassi@libero.example>", "Accesso ai dati",
              "Vorrei ricevere copia dei miei dati personali. Lucia Bassi\n"),
    note="Ve la giro.\n")
# Replies quoting our acknowledgement without the tag in the subject: the tag is in the quote.
add("mx-12-reply-tag-in-subject-only-en", "Owen Price <owen.price@gmail.example>", "Re: [DSR-9901] Your request",
    "Here is my customer number: 771203.\n", FU("9901", "owen.price@gmail.example", "Owen", "Price"))
add("mx-13-reply-aw-de", "Petra Neumann <petra.neumann@web.example>", "AW: [DSR-9902] Ihre Anfrage",
    "Danke für die schnelle Antwort.\n", FU("9902", "petra.neumann@web.example", "Petra", "Neumann"))
add("mx-14-reply-sv-fr", "Martine Leroy <martine.leroy@free.example>", "Re: Re: [DSR-9903] Votre demande",
    "Je n'ai pas reçu le fichier annoncé.\n", FU("9903", "martine.leroy@free.example", "Martine", "Leroy"))
# Guards.
add("mx-15-dsn", "Mail Delivery System <MAILER-DAEMON@mx.gmail.example>", "Delivery Status Notification (Failure)",
    None, IGN("bounce"), dsn=True)
add("mx-16-noreply-newsletter", "Shop News <no-reply@shopnews.example>", "Your data, your choice",
    "Manage your preferences or delete your account in the app.\n", IGN("spam"))
add("mx-17-autosubmitted-es", "Jorge Prieto <jorge.prieto@empresa.example>", "Re: su solicitud",
    "Estoy fuera hasta el lunes.\n", IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])
add("mx-18-own-ack-bounce-back", "Acme Privacy <privacy@acme-corp.example>", "[DSR-4410] Nous avons bien reçu votre demande",
    "Nous avons bien reçu votre demande.\n", IGN("own_message"), headers=["X-Dastra-Mailgate: ack"])
# Spam without any header hint: the vocabulary and the shape must do it.
add("mx-19-spam-no-header-en", "Mrs. Grace Williams <grace.williams@charity-fund.example>", "Charity donation for you",
    "Dearest beloved,\n\nI am a widow suffering from cancer and I have decided to donate my fortune of $4,500,000 to you. Kindly send your full name, address and bank account number so the bank can transfer the money. Please delete this mail if you are not interested.\n",
    IGN("spam"))
add("mx-20-spam-no-header-fr", "M. Ibrahim Traoré <ibrahim.traore@banque-afrique.example>", "Transfert de fonds",
    "Bonjour, je suis directeur de banque et je dispose d'un fonds de 15 millions de dollars à transférer. Vous recevrez 30 %. Envoyez vos coordonnées bancaires en toute confidentialité. Supprimez ce message si vous refusez.\n",
    IGN("spam"))
add("mx-21-spam-unsolicited-bulk-b2b", "Lead Generation <sales@b2b-leads.example>", "10,000 verified leads",
    "Buy our GDPR-compliant database of 10,000 verified decision makers for only $299. Reply REMOVE to delete your data from our list.\n",
    IGN("spam"), headers=["X-Spam-Status: Yes, score=5.6 required=5.0"])
add("mx-22-spam-phishing-dmarc-fail-de", "DHL Paket <service@dhl-zustellung.example>", "Ihr Paket wartet",
    "Ihr Paket konnte nicht zugestellt werden. Zahlen Sie 1,99 € Zollgebühr innerhalb von 24 Stunden, sonst werden Ihre Daten gelöscht.\n",
    IGN("spam"), headers=[AUTH("fail", "fail", "fail", "dhl-zustellung.example")])
add("mx-23-spam-replyto-mismatch-nl", "Notaris Van Dijk <notaris@vandijk-notariaat.example>", "Nalatenschap",
    "Geachte, u bent erfgenaam van 2.300.000 euro. Stuur uw bankgegevens en een kopie van uw paspoort om de overdracht te starten. Verwijder mijn gegevens niet.\n",
    IGN("spam"), headers=["Reply-To: notaris.vd@freemail.example"])
add("mx-24-spam-it-vincita", "Lotteria Europea <premi@lotteria-eu.example>", "Vincita di 500.000 euro",
    "Il tuo indirizzo email ha vinto 500.000 euro. Per riscuotere invia i tuoi dati bancari e paga 150 euro di spese. I tuoi dati saranno cancellati dopo il pagamento.\n",
    IGN("spam"), headers=["Reply-To: premi.lotteria@freemail.example"])
add("mx-25-spam-es-sextortion", "Hacker <hacker@anon-mail.example>", "Tengo tus datos",
    "Tengo acceso a tu ordenador. Paga 1000 dólares en Bitcoin en 48 horas o publicaré tus datos. Si pagas, borraré todos tus datos.\n",
    IGN("spam"))
# More real-world request shapes.
add("mx-26-very-long-request-at-end-de", "Ursula Berg <ursula.berg@web.example>", "Meine Erfahrung",
    "Sehr geehrte Damen und Herren,\n\nseit Jahren bin ich Kundin bei Ihnen und war meistens zufrieden. Leider hat sich in den letzten Monaten der Service verschlechtert: Die Lieferungen kamen verspätet, die Hotline war nicht erreichbar und eine Rücksendung wurde nie gutgeschrieben. Ich habe mich daher für einen anderen Anbieter entschieden.\n\nAus diesem Grund bitte ich Sie, alle meine personenbezogenen Daten zu löschen.\n\nMit freundlichen Grüßen\nUrsula Berg\n",
    R(["Erasure"], "ursula.berg@web.example", "Ursula", "Berg"))
add("mx-27-quoted-thread-fr", "Denis Petit <denis.petit@orange.example>", "Re: Votre commande",
    "Merci, mais maintenant je voudrais que vous supprimiez mon compte.\n\nLe 10/11/2026, Service client <service@acme-corp.example> a écrit :\n> Votre commande a été expédiée.\n",
    R(["Erasure"], "denis.petit@orange.example", "Denis", "Petit"),
    headers=["In-Reply-To: <order-5512@shop.acme-corp.example>"])
add("mx-28-signature-disclaimer-nl", "Koen de Jong <koen.dejong@bedrijf.example>", "Inzage",
    "Graag ontvang ik een kopie van mijn persoonsgegevens.\n\nKoen de Jong\n\nDit bericht is vertrouwelijk. Indien u niet de geadresseerde bent, verwijder dit bericht dan en informeer de afzender.\n",
    R(["Access"], "koen.dejong@bedrijf.example", "Koen", "de Jong"))
add("mx-29-disclaimer-it", "Giovanni Rizzo <giovanni.rizzo@azienda.example>", "Accesso",
    "Buongiorno, chiedo copia dei miei dati personali.\nGiovanni Rizzo\n\nQuesta email è riservata. Se l'avete ricevuta per errore cancellatela e avvisate il mittente.\n",
    R(["Access"], "giovanni.rizzo@azienda.example", "Giovanni", "Rizzo"))
add("mx-30-es-formal-usted-portabilidad", "Ignacio Lara <ignacio.lara@gmail.example>", "Solicitud",
    "Estimados: solicito que transmitan mis datos directamente a otra empresa, conforme al derecho a la portabilidad. Ignacio Lara\n",
    R(["Portability"], "ignacio.lara@gmail.example", "Ignacio", "Lara"))
add("mx-31-fr-tout-minuscule-opposition", "Lina Haddad <lina.haddad@gmail.example>", "pub",
    "arretez de m'envoyer des mails de pub svp\n",
    R(["Opposition"], "lina.haddad@gmail.example", "Lina", "Haddad"))
add("mx-32-en-rectify-email", "Victor Stone <victor.stone@gmail.example>", "Update my email",
    "Please change the email on my account to victor.stone@newmail.example, the old one will be closed.\n",
    R(["Rectification"], "victor.stone@gmail.example", "Victor", "Stone"))
add("mx-33-en-access-employee", "Hassan Ali <hassan.ali@gmail.example>", "Former employee data",
    "Hello, I worked for you until 2024. I would like a copy of all the personal data you still hold about me, including emails about me.\n",
    R(["Access"], "hassan.ali@gmail.example", "Hassan", "Ali"))
add("mx-34-de-lang-brief-widerspruch", "Gisela Lang <gisela.lang@t-online.example>", "Werbung per Post",
    "Sehr geehrte Damen und Herren,\n\nich bekomme ständig Kataloge von Ihnen. Ich möchte keine Werbung mehr per Post erhalten.\n\nGisela Lang\n",
    R(["Opposition"], "gisela.lang@t-online.example", "Gisela", "Lang"))
add("mx-35-it-incidente-cliente", "Bruno Gatti <bruno.gatti@gmail.example>", "Vedo dati di altri clienti",
    "Quando entro nella mia area riservata vedo gli ordini e gli indirizzi di altri clienti. È un problema grave di privacy.\n",
    INC("bruno.gatti@gmail.example", "Bruno", "Gatti"))
add("mx-36-es-incidente-cliente", "Marina Díaz <marina.diaz@gmail.example>", "Recibí datos de otra persona",
    "Hola, he recibido en mi correo la factura de otra clienta con su DNI y su dirección.\n",
    INC("marina.diaz@gmail.example", "Marina", "Díaz"))
add("mx-37-nl-incident-klant", "Bart Claes <bart.claes@telenet.example>", "Gegevens van anderen",
    "Ik kreeg een e-mail van jullie met in de bijlage de gegevens van tientallen andere klanten.\n",
    INC("bart.claes@telenet.example", "Bart", "Claes"))
add("mx-38-en-task-retention", "Priya Shah <priya.shah@acme-corp.example>", "Retention schedule for marketing data",
    "Hi team, could you draft a retention schedule for the marketing database? Legal wants it by the end of the month.\n",
    TASK("priya.shah@acme-corp.example", "Priya", "Shah"))
add("mx-39-fr-tache-cookies", "Hugo Lefebvre <hugo.lefebvre@acme-corp.example>", "Bandeau cookies",
    "Bonjour, pouvez-vous valider le nouveau bandeau cookies du site avant la mise en ligne lundi ?\n",
    TASK("hugo.lefebvre@acme-corp.example", "Hugo", "Lefebvre"))
add("mx-40-de-aufgabe-loeschkonzept", "Sabine Ott <sabine.ott@acme-corp.example>", "Löschkonzept CRM",
    "Hallo Datenschutz-Team, bitte erstellt ein Löschkonzept für die Altdaten im CRM.\n",
    TASK("sabine.ott@acme-corp.example", "Sabine", "Ott"))
add("mx-41-en-lawyer-erasure-replyto", "Office <office@hartley-law.example>", "Request on behalf of Mr Simon Blake",
    "Dear DPO,\n\nWe are instructed by Mr Simon Blake. On his behalf we request that you stop processing and erase all his personal data.\n\nKind regards,\nEmily Hartley\nHartley Law\n",
    R(["Erasure", "Opposition"], "e.hartley@hartley-law.example", "Simon", "Blake", representative="Emily Hartley"),
    headers=["Reply-To: Emily Hartley <e.hartley@hartley-law.example>"])
add("mx-42-nl-bewindvoerder", "Bewindvoering Oost <info@bewind-oost.example>", "Verzoek namens cliënt",
    "Geachte heer/mevrouw,\n\nAls bewindvoerder van mevrouw Truus Hendriks verzoek ik u om inzage in de persoonsgegevens die u van haar verwerkt.\n\nMet vriendelijke groet,\nPeter de Ruiter\n",
    R(["Access"], "info@bewind-oost.example", "Truus", "Hendriks", representative="Peter de Ruiter"))
add("mx-43-es-padre-menor", "Jorge Ibáñez <jorge.ibanez@gmail.example>", "Datos de mi hijo",
    "Buenos días, soy el padre de Daniel Ibáñez, menor de edad. Solicito acceso a los datos que tienen sobre mi hijo.\n",
    R(["Access"], "jorge.ibanez@gmail.example", "Daniel", "Ibáñez", representative="Jorge Ibáñez"))
add("mx-44-it-avvocato-cancellazione", "Studio Legale Neri <segreteria@studioneri.example>", "Cancellazione dati sig.ra Anna Fabbri",
    "Spett.le Società, per conto della mia cliente, sig.ra Anna Fabbri, chiedo la cancellazione di tutti i suoi dati personali.\nAvv. Paolo Neri\n",
    R(["Erasure"], "segreteria@studioneri.example", "Anna", "Fabbri", representative="Paolo Neri"))
add("mx-45-fr-employe-client-replyto", "Service Client <service.client@acme-corp.example>", "Demande transmise",
    "Bonjour, le client M. Frédéric Guerin nous demande par téléphone la suppression de ses données. Son adresse : frederic.guerin@orange.example.\nLe service client\n",
    R(["Erasure"], "frederic.guerin@orange.example", "Frédéric", "Guerin", representative="Service Client"),
    headers=["Reply-To: Frédéric Guerin <frederic.guerin@orange.example>"])
