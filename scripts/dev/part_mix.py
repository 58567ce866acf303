# Development set, mixed languages and shapes.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("mix-01-french-english", "Aurélien Masson <aurelien.masson@orange.example>", "my datas",
    "Hello, I am french client. I want that you erase all my datas of your files, and I don't want receive "
    "your emails anymore.\nBest regards\nAurélien Masson\n",
    R(["Erasure", "Opposition"], "aurelien.masson@orange.example", "Aurélien", "Masson"))
add("mix-02-es-subject-en-body", "Andrea Gómez <andrea.gomez@gmail.example>", "Solicitud de datos personales",
    "Hi, sorry for writing in English. I'd like a copy of all the personal data you have about me. Thank you, Andrea Gómez\n",
    R(["Access"], "andrea.gomez@gmail.example", "Andrea", "Gómez"))
add("mix-03-staff-en-to-fr", "James O'Neill <james.oneill@acme-corp.example>", "Privacy notice for the careers site",
    "Bonjour à tous, sorry for the English. We're relaunching the careers page next month - could you review and "
    "update the privacy notice for job applicants? Merci!\nJames O'Neill\nTalent Acquisition\n",
    TASK("james.oneill@acme-corp.example", "James", "O'Neill"))
add("mix-04-apple-forward", "Emily Carter <emily.carter@acme-corp.example>", "Fwd: Stop",
    "FYI\n\nSent from my iPhone\n\nBegin forwarded message:\n\nFrom: Noah Fischer <noah.fischer@mailbox.example>\n"
    "Date: 15 November 2026 at 22:10:05 CET\nTo: hello@acme-corp.example\nSubject: Stop\n\n"
    "Please stop sending me your promotional emails and remove me from your mailing list.\nNoah Fischer\n",
    R(["Opposition"], "noah.fischer@mailbox.example", "Noah", "Fischer"))
add("mix-05-attached-forward", "Paul Girard <paul.girard@acme-corp.example>", "TR: mise à jour",
    "", R(["Rectification"], "ines.moreau@laposte.example", "Inès", "Moreau"),
    attached=("Inès Moreau <ines.moreau@laposte.example>", "mise à jour",
              "Bonjour,\nmon adresse e-mail a changé, merci de mettre à jour mon dossier avec ines.moreau@laposte.example "
              "et de corriger mon numéro de téléphone : 06 98 76 54 32.\nInès Moreau\n"),
    note="Demande client ci-jointe, pour traitement.\nPaul")
add("mix-06-gmail-forward-dutch", "Sophie Martin <sophie.martin@acme-corp.example>", "Fwd: Mijn gegevens",
    "Customer from the NL shop, can you take this?\n\n---------- Forwarded message ---------\n"
    "From: Wouter Claes <wouter.claes@telenet.example>\nDate: Sun, 15 Nov 2026 at 11:30\nSubject: Mijn gegevens\n"
    "To: <shop-nl@acme-corp.example>\n\nGoedendag, graag ontvang ik een kopie van alle gegevens die u over mij bewaart.\n"
    "Met vriendelijke groeten,\nWouter Claes\n",
    R(["Access"], "wouter.claes@telenet.example", "Wouter", "Claes"))
add("mix-07-famille-replyto", "Famille Dubois <famille.dubois@free.example>", "Suppression",
    "Bonjour, je souhaite la suppression de mon compte et de mes données.\nClaire Dubois\n",
    R(["Erasure"], "claire.dubois@gmail.example", "Claire", "Dubois"),
    headers=["Reply-To: Claire Dubois <claire.dubois@gmail.example>"])
add("mix-08-fu-quoting-ack-negation", "Ivan Petrov <ivan.petrov@mail.example>", "Re: [DSR-9013] Your request",
    "No, I did not ask you to delete my account. Please read my email again.\n\nIvan Petrov\n\n"
    "> We have received your request to erase your personal data.\n",
    FU("9013", "ivan.petrov@mail.example", "Ivan", "Petrov"))
add("mix-09-spam-gdpr-header-only", "Data Protection Compliance <compliance@gdpr-notice.example>", "Action required: GDPR data deletion",
    "Dear user,\n\nUnder the GDPR you have the right to have your data deleted. Please confirm your account details on "
    "the page below to unsubscribe and remove your data from our systems.\n",
    IGN("spam"), headers=SPAM_HDR)
add("mix-10-spam-crypto-words", "Anna from CoinVault <anna@coinvault-invest.example>", "Quick question",
    "Hi! I turned 500 EUR into 23,000 EUR in three weeks with a new bitcoin trading robot. Guaranteed returns, no "
    "risk. Only 5 places left, deposit today and start earning tomorrow.\n",
    IGN("spam"))
add("mix-11-bounce", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>", "Delivery Status Notification (Failure)",
    "", IGN("bounce"), dsn=True)
add("mix-12-own-ack-header", "Acme Corp Privacy <dpo@acme-corp.example>", "[DSR-9100] We have received your request",
    "Dear customer,\n\nWe have received your request to access your personal data. Reference: DSR-9100.\n",
    IGN("own_message"), headers=["X-Dastra-Mailgate: ack"])
add("mix-13-read-receipt", "Nicole Hoffmann <nicole.hoffmann@web.example>", "Gelesen: [DSR-9101] Eingangsbestätigung",
    "Ihre Nachricht\n\n  An: nicole.hoffmann@web.example\n  Betreff: [DSR-9101] Eingangsbestätigung\n\nwurde am "
    "16.11.2026 10:02 gelesen.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])
add("mix-14-incident-en-from-de", "Klaus Bauer <klaus.bauer@acme-corp.example>", "Phishing attack - accounts compromised",
    "Hello privacy team,\n\nyesterday two colleagues in the Berlin office entered their passwords on a phishing page. "
    "The attackers read their mailboxes for some hours, which contain customer orders with addresses. Passwords are "
    "reset now.\n\nKlaus Bauer\nIT Security\n",
    INC("klaus.bauer@acme-corp.example", "Klaus", "Bauer"))
add("mix-15-task-questionnaire", "Eva Janssens <eva.janssens@acme-corp.example>", "Vendor security questionnaire",
    "Hi, a customer (Contoso) sent us their privacy and security questionnaire. Can you fill in the GDPR part? Deadline "
    "vrijdag. Bedankt!\nEva Janssens\n",
    TASK("eva.janssens@acme-corp.example", "Eva", "Janssens"))
add("mix-16-legal-two-articles", "Robert Klein <robert.klein@proton.example>", "Data subject request under Articles 15 and 17 GDPR",
    "Dear Data Protection Officer,\n\n1. Pursuant to Article 15 GDPR, please confirm whether you process my personal "
    "data and provide a copy.\n2. Pursuant to Article 17 GDPR, once you have provided the copy, erase all my personal "
    "data without undue delay.\n\nYours sincerely,\nRobert Klein\n",
    R(["Access", "Erasure"], "robert.klein@proton.example", "Robert", "Klein"))
add("mix-17-parcel-and-stop-calls", "Hollie Marsh <hollie.marsh@gmail.example>", "late parcel",
    "Hi, my parcel was due Friday and still hasn't arrived, order 99812. Also please stop ringing me with sales offers, "
    "it's every week.\nHollie\n",
    R(["Opposition"], "hollie.marsh@gmail.example", "Hollie", "Marsh"))
add("mix-18-heir-en-german", "Sabine Lehmann <sabine.lehmann@gmx.example>", "Deceased customer",
    "Hello, I write in English because my German is better than my French. My husband Thomas Lehmann died in August. "
    "Please delete his customer account and personal data.\nSabine Lehmann\n",
    R(["Erasure"], "sabine.lehmann@gmx.example", "Thomas", "Lehmann", representative="Sabine Lehmann"))
add("mix-19-carer-access", "Joanne Ellis <joanne.ellis@sky.example>", "My grandmother's data",
    "Hello,\n\nI am the carer of my grandmother, Margaret Ellis, and hold a lasting power of attorney for her. She "
    "receives many letters from you. Please send me a copy of the personal data you hold about her.\n\nJoanne Ellis\n",
    R(["Access"], "joanne.ellis@sky.example", "Margaret", "Ellis", representative="Joanne Ellis"))
add("mix-20-textspeak", "jayden <jayden.w@gmail.example>", "acc",
    "plz del my acc asap n all my stuff. ty\n",
    R(["Erasure"], "jayden.w@gmail.example", "Jayden", None))
add("mix-21-qp-french-opposition", "Véronique Adam <veronique.adam@sfr.example>", "Prospection",
    "Bonjour,\n\nJe m'oppose à ce que mes données soient utilisées à des fins de prospection commerciale. Merci de ne "
    "plus m'écrire.\n\nVéronique Adam\n",
    R(["Opposition"], "veronique.adam@sfr.example", "Véronique", "Adam"), encode="latin-1-qp", ct="text/plain; charset=iso-8859-1")
add("mix-22-spam-desinscription-replyto", "Service Client <service@offres-flash.example>", "Dernière chance : remboursement",
    "Félicitations ! Vous êtes éligible à un remboursement de 349 EUR. Cliquez pour recevoir le virement. Pour vous "
    "désinscrire et supprimer vos données, répondez à ce message.\n",
    IGN("spam"), headers=["Reply-To: remboursement.client@webmail-gratuit.example"])
add("mix-23-incident-published", "Hanna Nowak <hanna.nowak@acme-corp.example>", "customer file online",
    "Hi, we just noticed that an export of the loyalty programme (names, emails, birthdays) was publicly reachable on "
    "our web server for about a week. Web team removed it an hour ago.\nHanna Nowak\n",
    INC("hanna.nowak@acme-corp.example", "Hanna", "Nowak"))
add("mix-24-de-subject-fr-body", "Lukas Meier <lukas.meier@bluewin.example>", "Datenlöschung",
    "Bonjour, je suis suisse alémanique, excusez mon français. Merci d'effacer toutes mes données personnelles.\nLukas Meier\n",
    R(["Erasure"], "lukas.meier@bluewin.example", "Lukas", "Meier"))
add("mix-25-it-sig-no-display", "p.santoro@tiscali.example", "account",
    "Salve, volevo sapere se potete mandarmi una copia dei dati che avete su di me.\n\nGrazie mille\nPietro Santoro\n"
    "Tel. 347 9876543\n",
    R(["Access"], "p.santoro@tiscali.example", "Pietro", "Santoro"))
add("mix-26-bulk-precedence", "Acme Partners <partners@events.example>", "Invitation: Data Protection Day 2027",
    "Join us for Data Protection Day. Topics: subject access requests, erasure, consent. Register now.\n",
    IGN("bulk"), headers=["Precedence: bulk", "List-Unsubscribe: <mailto:unsubscribe@events.example>"])
