# Hand-written corpus messages, part 1: requests in six languages.
# Each entry: name, From header, Subject, body, expected, and optional keyword arguments.
# expected: kind, purposes (requests), email, given/family names (None when the display name
# gives none), ignore_reason (guards), follow_up_of.

def R(p, email, given=None, family=None, **kw):
    d = {"kind": "request", "purposes": p, "email": email, "given_name": given, "family_name": family}
    d.update(kw)
    return d

M = []
def add(name, frm, subject, body, exp, **kw):
    M.append(dict(name=name, frm=frm, subject=subject, body=body, exp=exp, **kw))

# ── French ─────────────────────────────────────────────────────────────────────────────
add("fr-01-effacement-oneliner", "Jeanne Martin <jeanne.martin@orange.example>",
    "Suppression de mes données", "Bonjour,\nMerci de supprimer toutes mes données personnelles.\nJeanne Martin\n",
    R(["Erasure"], "jeanne.martin@orange.example", "Jeanne", "Martin"))
add("fr-02-acces-art15", "DUPONT Pierre <p.dupont@free.example>",
    "Demande d'accès - article 15 RGPD",
    "Madame, Monsieur,\n\nConformément à l'article 15 du RGPD, je vous prie de bien vouloir me communiquer l'ensemble des données personnelles me concernant que vous détenez, ainsi que les finalités des traitements.\n\nJe vous remercie de me répondre dans le délai d'un mois.\n\nCordialement,\nPierre Dupont\n",
    R(["Access"], "p.dupont@free.example", "Pierre", "DUPONT"))
add("fr-03-negation-copie", "\"Lefèvre, Claire\" <claire.lefevre@laposte.example>",
    "Mes données",
    "Bonjour,\n\nJe ne veux pas que vous supprimiez mes données, je souhaite seulement recevoir une copie de ce que vous avez sur moi.\n\nMerci,\nClaire\n",
    R(["Access"], "claire.lefevre@laposte.example", "Claire", "Lefèvre"))
add("fr-04-sans-accents", "marc.petit@gmail.example",
    "droit a l oubli",
    "bonjour je veux exercer mon droit a l oubli, effacez mon compte et mes donnees svp merci\n",
    R(["Erasure"], "marc.petit@gmail.example"))
add("fr-05-rectif-adresse", "Sophie Bernard <sophie.bernard@sfr.example>",
    "Changement d'adresse",
    "Bonjour,\n\nMon adresse postale est erronée dans votre fichier client. La bonne adresse est 12 rue des Lilas, 69003 Lyon. Merci de la corriger.\n\nBien à vous,\nSophie Bernard\n",
    R(["Rectification"], "sophie.bernard@sfr.example", "Sophie", "Bernard"))
add("fr-06-opposition-prospection", "Luc Moreau <luc.moreau@wanadoo.example>",
    "STOP",
    "Je ne veux plus recevoir vos sollicitations commerciales par SMS ni par e-mail. Je m'oppose à toute prospection.\n",
    R(["Opposition"], "luc.moreau@wanadoo.example", "Luc", "Moreau"))
add("fr-07-portabilite-fautes", "Nadia Haddad <nadia.h@outlook.example>",
    "portabilitée des donnés",
    "Bonjour, je voudrai récupéré mes donnés dans un format structuré pour les transmettre a un autre fournisseur d'énergie. Merci d'avance\n",
    R(["Portability"], "nadia.h@outlook.example", "Nadia", "Haddad"))
add("fr-08-acces-et-effacement", "Thomas Girard <thomas.girard@proton.example>",
    "RGPD : accès puis suppression",
    "Bonjour,\n\nJe souhaite d'abord obtenir une copie de mes données (art. 15 RGPD), puis leur effacement complet (art. 17 RGPD) une fois la copie reçue.\n\nThomas Girard\n",
    R(["Access", "Erasure"], "thomas.girard@proton.example", "Thomas", "Girard"))
add("fr-09-limitation", "Émilie Roux <emilie.roux@bbox.example>",
    "Limitation du traitement",
    "Madame, Monsieur,\n\nJe conteste l'exactitude des données relatives à mon contrat. En attendant votre vérification, je demande la limitation du traitement de mes données, conformément à l'article 18 du RGPD.\n\nSalutations,\nÉmilie Roux\n",
    R(["Restriction"], "emilie.roux@bbox.example", "Émilie", "Roux"))
add("fr-10-question-vague", "Paul Fontaine <paul.fontaine@club.example>",
    "Question",
    "Bonjour, pouvez-vous me rappeler au sujet de mon contrat ? Merci.\n",
    R(["Unknown"], "paul.fontaine@club.example", "Paul", "Fontaine"))
add("fr-11-desinscription", "Chloé Blanc <chloe.blanc@orange.example>",
    "Désinscription",
    "Merci de me désinscrire de votre newsletter, je ne la lis jamais.\n",
    R(["Opposition"], "chloe.blanc@orange.example", "Chloé", "Blanc"))
add("fr-12-post-mortem", "Alain Mercier <alain.mercier@free.example>",
    "Directives post mortem",
    "Bonjour,\n\nJe souhaite vous transmettre mes directives relatives au sort de mes données après mon décès, comme le permet la loi Informatique et Libertés.\n\nAlain Mercier\n",
    R(["AdvanceDirectives"], "alain.mercier@free.example", "Alain", "Mercier"))
add("fr-13-decision-auto", "Karim Benali <k.benali@gmail.example>",
    "Refus de crédit",
    "Bonjour,\n\nMa demande de crédit a été refusée en quelques secondes. Je demande une intervention humaine et à connaître la logique de cette décision automatisée.\n\nK. Benali\n",
    R(["AutomatedDecision"], "k.benali@gmail.example", "Karim", "Benali"))
add("fr-14-longue-lettre", "Mme Isabelle Garnier <isabelle.garnier@laposte.example>",
    "Exercice de mes droits",
    "Madame, Monsieur,\n\nCliente de votre enseigne depuis 2011, j'ai constaté que je reçois encore des courriers publicitaires à mon ancienne adresse alors que j'ai déménagé il y a trois ans. J'ai déjà signalé ce changement deux fois en magasin sans effet.\n\nJe vous demande par conséquent de rectifier mon adresse postale dans vos fichiers : la nouvelle adresse est 4 allée des Tilleuls, 44000 Nantes.\n\nPar ailleurs, je ne souhaite plus recevoir de publicité par courrier, ni de votre part ni de celle de vos partenaires.\n\nJe vous rappelle que vous disposez d'un délai d'un mois pour répondre à ma demande.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nIsabelle Garnier\n",
    R(["Rectification", "Opposition"], "isabelle.garnier@laposte.example", "Isabelle", "Garnier"))
add("fr-15-retrait-consentement", "Hugo Lambert <hugo.lambert@sfr.example>",
    "Retrait de consentement",
    "Bonjour, je retire mon consentement au traitement de mes données à des fins marketing. Cordialement.\n",
    R(["Opposition"], "hugo.lambert@sfr.example", "Hugo", "Lambert"))
add("fr-16-quelles-donnees", "Manon Faure <manon.faure@icloud.example>",
    "Mes informations",
    "Bonjour,\nJ'aimerais savoir quelles données vous détenez sur moi et à qui vous les avez transmises.\nMerci\nManon\n",
    R(["Access"], "manon.faure@icloud.example", "Manon", "Faure"))
add("fr-17-supprimer-compte", "\"Antoine ROUSSEL\" <antoine.roussel@gmail.example>",
    "Fermeture de compte",
    "Bonjour, merci de supprimer mon compte client et toutes les informations associées. Bonne journée\n",
    R(["Erasure"], "antoine.roussel@gmail.example", "Antoine", "ROUSSEL"))
add("fr-18-rectif-nom", "Marie-Hélène Dubois <mh.dubois@orange.example>",
    "Erreur sur mon nom",
    "Bonjour,\n\nMon nom est mal orthographié sur toutes vos factures (Dubuis au lieu de Dubois). Merci de corriger mon nom.\n\nMarie-Hélène Dubois\n",
    R(["Rectification"], "mh.dubois@orange.example", "Marie-Hélène", "Dubois"))

# ── English ────────────────────────────────────────────────────────────────────────────
add("en-01-delete-oneliner", "Jane Doe <jane.doe@example.com>", "Delete my account",
    "Please delete my account.\n", R(["Erasure"], "jane.doe@example.com", "Jane", "Doe"))
add("en-02-sar-art15", "\"Smith, John\" <john.smith@btinternet.example>",
    "Subject Access Request",
    "Dear Data Protection Officer,\n\nUnder Article 15 of the UK GDPR I am making a subject access request for all personal data you hold about me, including call recordings and notes on my account.\n\nPlease respond within one month.\n\nYours faithfully,\nJohn Smith\n",
    R(["Access"], "john.smith@btinternet.example", "John", "Smith"))
add("en-03-not-deleted-copy", "Emily Clarke <emily.clarke@yahoo.example>",
    "My data",
    "Hi,\n\nI do not want my data deleted, only a copy of it please.\n\nThanks,\nEmily\n",
    R(["Access"], "emily.clarke@yahoo.example", "Emily", "Clarke"))
add("en-04-typos", "mike.o.brien@gmail.example", "acount deletion",
    "hi pls delte my acount and all my infomation thx\n",
    R(["Erasure"], "mike.o.brien@gmail.example"))
add("en-05-rectify-dob", "Priya Patel <priya.patel@hotmail.example>", "Wrong date of birth",
    "Hello,\n\nMy date of birth is wrong on my profile: it should be 14/03/1988, not 1998. Could you please correct it?\n\nKind regards,\nPriya Patel\n",
    R(["Rectification"], "priya.patel@hotmail.example", "Priya", "Patel"))
add("en-06-unsubscribe", "Tom Wilson <tom.wilson@aol.example>", "Unsubscribe",
    "Please unsubscribe me from all marketing emails. I never signed up for these.\n",
    R(["Opposition"], "tom.wilson@aol.example", "Tom", "Wilson"))
add("en-07-portability", "Laura Chen <laura.chen@fastmail.example>", "Data portability request",
    "Hello,\n\nI am exercising my right to data portability under Article 20 GDPR. Please send my listening history and playlists in a machine-readable format such as JSON or CSV.\n\nBest,\nLaura Chen\n",
    R(["Portability"], "laura.chen@fastmail.example", "Laura", "Chen"))
add("en-08-object-profiling", "Daniel Evans <d.evans@outlook.example>", "Objection to profiling",
    "To whom it may concern,\n\nI object to the processing of my personal data for profiling and targeted advertising, pursuant to Art. 21 GDPR.\n\nDaniel Evans\n",
    R(["Opposition"], "d.evans@outlook.example", "Daniel", "Evans"))
add("en-09-restrict", "Grace Taylor <grace.taylor@icloud.example>", "Restriction of processing",
    "Dear Sir or Madam,\n\nWhile my complaint about the accuracy of my credit file is investigated, I ask you to restrict the processing of my data (Article 18 GDPR).\n\nRegards,\nGrace Taylor\n",
    R(["Restriction"], "grace.taylor@icloud.example", "Grace", "Taylor"))
add("en-10-automated", "Oliver Brown <oliver.brown@gmail.example>", "Insurance quote refused",
    "Hi,\n\nYour website refused my insurance quote instantly. I want a human review of this automated decision and an explanation of the logic involved.\n\nOliver\n",
    R(["AutomatedDecision"], "oliver.brown@gmail.example", "Oliver", "Brown"))
add("en-11-vague-order", "Sarah Jones <sarah.jones@yahoo.example>", "Order 55102",
    "Hello, I have a question about my order 55102, it has not arrived yet. Thanks.\n",
    R(["Unknown"], "sarah.jones@yahoo.example", "Sarah", "Jones"))
add("en-12-copy-then-delete", "Ahmed Khan <ahmed.khan@proton.example>", "GDPR request",
    "Hello,\n\nPlease send me a copy of all the data you hold about me, and after that delete my account and all associated records.\n\nThank you,\nAhmed Khan\n",
    R(["Access", "Erasure"], "ahmed.khan@proton.example", "Ahmed", "Khan"))
add("en-13-long-letter", "Dr. Rebecca Hughes <rebecca.hughes@nhs-mail.example>", "Formal request",
    "Dear Data Protection Officer,\n\nI was a patient at your clinic between 2015 and 2019. Since then I have moved abroad and no longer use your services. I recently received a letter addressed to my previous address, which suggests you still keep my file and that my details are outdated.\n\nI would like to know what information you hold about me, for what purposes, and with whom it has been shared. Please provide a copy of my records.\n\nI understand that some medical records must be kept for a legal retention period; I am not asking you to delete anything that the law requires you to keep.\n\nI look forward to your reply within the statutory deadline.\n\nYours sincerely,\nDr Rebecca Hughes\n",
    R(["Access"], "rebecca.hughes@nhs-mail.example", "Rebecca", "Hughes"))
add("en-14-right-to-be-forgotten", "\"Kowalski, Anna\" <anna.kowalski@gmail.example>", "Right to be forgotten",
    "I want to exercise my right to be forgotten. Erase everything.\n",
    R(["Erasure"], "anna.kowalski@gmail.example", "Anna", "Kowalski"))
add("en-15-stop-calling", "Ben Carter <ben.carter@virgin.example>", "Stop calling me",
    "Your call centre has phoned me four times this week. Stop calling me and do not contact me again for marketing.\n",
    R(["Opposition"], "ben.carter@virgin.example", "Ben", "Carter"))
add("en-16-update-email", "Lucy Adams <lucy.adams@newmail.example>", "Please update my email",
    "Hi, please update my email address on file to lucy.adams@newmail.example, the old one no longer works.\n",
    R(["Rectification"], "lucy.adams@newmail.example", "Lucy", "Adams"))
add("en-17-what-data", "James O'Connor <james.oconnor@eircom.example>", "What do you have on me?",
    "Hello, what personal data do you hold about me and where did you get it from?\n",
    R(["Access"], "james.oconnor@eircom.example", "James", "O'Connor"))
add("en-18-withdraw-consent", "Hannah Lee <hannah.lee@gmail.example>", "Consent",
    "I withdraw my consent to receive newsletters and offers.\n",
    R(["Opposition"], "hannah.lee@gmail.example", "Hannah", "Lee"))

# ── Dutch ──────────────────────────────────────────────────────────────────────────────
add("nl-01-verwijder", "Sanne de Vries <sanne.devries@ziggo.example>", "Verwijderen gegevens",
    "Beste,\n\nVerwijder al mijn gegevens uit jullie systemen.\n\nGroet,\nSanne\n",
    R(["Erasure"], "sanne.devries@ziggo.example", "Sanne", "de Vries"))
add("nl-02-inzage-avg", "\"Jansen, Pieter\" <p.jansen@kpn.example>", "Inzageverzoek AVG",
    "Geachte heer/mevrouw,\n\nOp grond van artikel 15 AVG verzoek ik u mij inzage te geven in de persoonsgegevens die u van mij verwerkt.\n\nMet vriendelijke groet,\nPieter Jansen\n",
    R(["Access"], "p.jansen@kpn.example", "Pieter", "Jansen"))
add("nl-03-niet-verwijderen-kopie", "Lotte Bakker <lotte.bakker@gmail.example>", "Mijn gegevens",
    "Hallo,\n\nIk wil niet dat jullie mijn gegevens verwijderen, ik wil alleen een kopie ontvangen.\n\nBedankt,\nLotte\n",
    R(["Access"], "lotte.bakker@gmail.example", "Lotte", "Bakker"))
add("nl-04-adres-onjuist", "Daan Visser <daan.visser@xs4all.example>", "Adreswijziging",
    "Goedemiddag,\n\nMijn adres is onjuist in jullie administratie. Mijn nieuwe adres is Kerkstraat 8, 3511 Utrecht. Willen jullie dit aanpassen?\n\nDaan Visser\n",
    R(["Rectification"], "daan.visser@xs4all.example", "Daan", "Visser"))
add("nl-05-afmelden", "Emma Smit <emma.smit@hotmail.example>", "afmelden nieuwsbrief",
    "Ik wil geen nieuwsbrieven meer ontvangen. Graag afmelden.\n",
    R(["Opposition"], "emma.smit@hotmail.example", "Emma", "Smit"))
add("nl-06-bezwaar", "Jan van den Berg <jan.vandenberg@planet.example>", "Bezwaar",
    "Geachte,\n\nHierbij maak ik bezwaar tegen het gebruik van mijn gegevens voor direct marketing (artikel 21 AVG).\n\nJan van den Berg\n",
    R(["Opposition"], "jan.vandenberg@planet.example", "Jan", "van den Berg"))
add("nl-07-overdraagbaarheid", "Fleur Mulder <fleur.mulder@gmail.example>", "Dataportabiliteit",
    "Hoi,\n\nIk wil graag gebruik maken van mijn recht op overdraagbaarheid van gegevens. Kunnen jullie mijn gegevens in een machineleesbaar formaat sturen?\n\nFleur\n",
    R(["Portability"], "fleur.mulder@gmail.example", "Fleur", "Mulder"))
add("nl-08-zonder-accenten-typo", "bram.dekker@live.example", "verwijdering account",
    "graag mijn acount en persoonsgegevens verwijderen dank u\n",
    R(["Erasure"], "bram.dekker@live.example"))
add("nl-09-beperking", "Sophie Meijer <sophie.meijer@kpn.example>", "Beperking verwerking",
    "Geachte heer, mevrouw,\n\nIk verzoek u de verwerking van mijn gegevens te beperken totdat mijn klacht is afgehandeld (artikel 18 AVG).\n\nMet vriendelijke groeten,\nSophie Meijer\n",
    R(["Restriction"], "sophie.meijer@kpn.example", "Sophie", "Meijer"))
add("nl-10-welke-gegevens-en-verwijderen", "Ruben de Jong <ruben.dejong@ziggo.example>", "AVG verzoek",
    "Beste,\n\nIk wil graag weten welke gegevens jullie van mij hebben. Daarna wil ik dat jullie al mijn gegevens verwijderen.\n\nRuben de Jong\n",
    R(["Access", "Erasure"], "ruben.dejong@ziggo.example", "Ruben", "de Jong"))
add("nl-11-vraag", "Anouk Peters <anouk.peters@gmail.example>", "Vraag over factuur",
    "Hallo, ik heb een vraag over mijn laatste factuur. Kunnen jullie mij bellen? Groet, Anouk\n",
    R(["Unknown"], "anouk.peters@gmail.example", "Anouk", "Peters"))
add("nl-12-naam-fout", "Thijs Hendriks <thijs.hendriks@outlook.example>", "Naam fout",
    "Mijn achternaam is verkeerd gespeld, het is Hendriks met ks. Kunt u mijn naam corrigeren?\n",
    R(["Rectification"], "thijs.hendriks@outlook.example", "Thijs", "Hendriks"))
add("nl-13-toestemming", "Iris Koster <iris.koster@kpn.example>", "Toestemming intrekken",
    "Ik trek mijn toestemming voor het gebruik van mijn gegevens voor reclame in. Niet meer benaderen graag.\n",
    R(["Opposition"], "iris.koster@kpn.example", "Iris", "Koster"))
add("nl-14-geautomatiseerd", "Mohamed El Amrani <m.elamrani@gmail.example>", "Afwijzing lening",
    "Geachte,\n\nMijn aanvraag is afgewezen door een geautomatiseerde beslissing. Ik wil menselijke tussenkomst en een uitleg.\n\nM. El Amrani\n",
    R(["AutomatedDecision"], "m.elamrani@gmail.example", "Mohamed", "El Amrani"))

# ── German ─────────────────────────────────────────────────────────────────────────────
add("de-01-loeschen", "Lukas Müller <lukas.mueller@gmx.example>", "Löschung meiner Daten",
    "Sehr geehrte Damen und Herren,\n\nbitte löschen Sie alle meine Daten.\n\nMit freundlichen Grüßen\nLukas Müller\n",
    R(["Erasure"], "lukas.mueller@gmx.example", "Lukas", "Müller"))
add("de-02-auskunft-art15", "\"Schmidt, Anna\" <anna.schmidt@web.example>", "Auskunftsersuchen nach Art. 15 DSGVO",
    "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um Auskunft gemäß Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten.\n\nMit freundlichen Grüßen\nAnna Schmidt\n",
    R(["Access"], "anna.schmidt@web.example", "Anna", "Schmidt"))
add("de-03-nicht-loeschen-kopie", "Felix Wagner <felix.wagner@t-online.example>", "Meine Daten",
    "Hallo,\n\nich möchte nicht, dass Sie meine Daten löschen, sondern nur eine Kopie erhalten.\n\nDanke\nFelix Wagner\n",
    R(["Access"], "felix.wagner@t-online.example", "Felix", "Wagner"))
add("de-04-ohne-umlaute", "jonas.becker@gmx.example", "Loeschung",
    "Hallo, bitte loeschen Sie mein Kundenkonto und alle Daten. Gruesse Jonas\n",
    R(["Erasure"], "jonas.becker@gmx.example"))
add("de-05-berichtigung", "Sabine Hoffmann <sabine.hoffmann@web.example>", "Berichtigung Adresse",
    "Guten Tag,\n\nmeine Adresse ist falsch gespeichert. Richtig ist: Hauptstraße 5, 80331 München. Bitte korrigieren Sie meine Adresse.\n\nSabine Hoffmann\n",
    R(["Rectification"], "sabine.hoffmann@web.example", "Sabine", "Hoffmann"))
add("de-06-widerspruch-werbung", "Klaus Fischer <k.fischer@t-online.example>", "Widerspruch Werbung",
    "Ich widerspreche der Verwendung meiner Daten zu Werbezwecken gemäß Art. 21 Abs. 2 DSGVO.\n",
    R(["Opposition"], "k.fischer@t-online.example", "Klaus", "Fischer"))
add("de-07-uebertragbarkeit", "Julia Weber <julia.weber@posteo.example>", "Datenübertragbarkeit",
    "Sehr geehrte Damen und Herren,\n\nich mache mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO geltend und bitte um Übermittlung meiner Daten in einem maschinenlesbaren Format.\n\nJulia Weber\n",
    R(["Portability"], "julia.weber@posteo.example", "Julia", "Weber"))
add("de-08-einschraenkung", "Stefan Koch <stefan.koch@gmx.example>", "Einschränkung der Verarbeitung",
    "Ich verlange die Einschränkung der Verarbeitung meiner Daten bis zur Klärung meiner Beschwerde.\n",
    R(["Restriction"], "stefan.koch@gmx.example", "Stefan", "Koch"))
add("de-09-auskunft-und-loeschung", "Maria Schulz <maria.schulz@web.example>", "DSGVO Anfrage",
    "Sehr geehrte Damen und Herren,\n\nich bitte um Auskunft über meine gespeicherten Daten und anschließend um deren Löschung.\n\nMit freundlichen Grüßen\nMaria Schulz\n",
    R(["Access", "Erasure"], "maria.schulz@web.example", "Maria", "Schulz"))
add("de-10-newsletter-abmelden", "Tim Richter <tim.richter@gmail.example>", "Newsletter",
    "Bitte melden Sie mich vom Newsletter ab, ich möchte keine Werbung mehr.\n",
    R(["Opposition"], "tim.richter@gmail.example", "Tim", "Richter"))
add("de-11-frage", "Petra Wolf <petra.wolf@t-online.example>", "Rückfrage Lieferung",
    "Guten Tag, wann wird meine Bestellung geliefert? Vielen Dank, Petra Wolf\n",
    R(["Unknown"], "petra.wolf@t-online.example", "Petra", "Wolf"))
add("de-12-lange-brief", "Prof. Dr. Heinrich Neumann <h.neumann@uni-example.example>", "Ihr Schreiben vom 3. November",
    "Sehr geehrte Damen und Herren,\n\nmit Schreiben vom 3. November haben Sie mir mitgeteilt, dass mein Vertrag zum Jahresende ausläuft. Bei dieser Gelegenheit ist mir aufgefallen, dass Sie meinen Namen seit Jahren falsch schreiben: Neumann mit zwei n. Bitte berichtigen Sie meinen Namen in allen Systemen.\n\nNach Vertragsende wünsche ich außerdem die Löschung meines Kundenkontos, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.\n\nMit freundlichen Grüßen\nHeinrich Neumann\n",
    R(["Rectification", "Erasure"], "h.neumann@uni-example.example", "Heinrich", "Neumann"))
add("de-13-einwilligung", "Lea Braun <lea.braun@posteo.example>", "Widerruf",
    "Hiermit widerrufe ich meine Einwilligung zur Verarbeitung meiner Daten für Marketingzwecke.\n",
    R(["Opposition"], "lea.braun@posteo.example", "Lea", "Braun"))
add("de-14-welche-daten", "Niklas Krüger <niklas.krueger@gmx.example>", "Gespeicherte Daten",
    "Hallo, welche Daten haben Sie über mich gespeichert? Gruß Niklas\n",
    R(["Access"], "niklas.krueger@gmx.example", "Niklas", "Krüger"))

# ── Spanish ────────────────────────────────────────────────────────────────────────────
add("es-01-supresion", "Lucía García <lucia.garcia@telefonica.example>", "Supresión de datos",
    "Hola,\n\nQuiero que borren todos mis datos personales de sus sistemas.\n\nGracias,\nLucía García\n",
    R(["Erasure"], "lucia.garcia@telefonica.example", "Lucía", "García"))
add("es-02-acceso-art15", "\"Fernández López, Javier\" <javier.fernandez@gmail.example>", "Derecho de acceso",
    "Estimados señores:\n\nEn virtud del artículo 15 del RGPD, solicito acceso a mis datos personales y una copia de los mismos.\n\nAtentamente,\nJavier Fernández López\n",
    R(["Access"], "javier.fernandez@gmail.example", "Javier", "Fernández López"))
add("es-03-no-borrar-copia", "Carmen Ruiz <carmen.ruiz@hotmail.example>", "Mis datos",
    "Hola, no quiero que borren mis datos, solo quiero una copia de los datos que tienen sobre mí. Gracias.\n",
    R(["Access"], "carmen.ruiz@hotmail.example", "Carmen", "Ruiz"))
add("es-04-rectificacion", "Pablo Martínez <pablo.martinez@yahoo.example>", "Rectificación",
    "Buenos días, mi dirección es incorrecta. Por favor corrijan mi dirección: Calle Mayor 10, Madrid. Saludos\n",
    R(["Rectification"], "pablo.martinez@yahoo.example", "Pablo", "Martínez"))
add("es-05-oposicion", "Ana Torres <ana.torres@gmail.example>", "Baja publicidad",
    "Por favor, denme de baja de sus comunicaciones comerciales. Me opongo al tratamiento de mis datos con fines publicitarios.\n",
    R(["Opposition"], "ana.torres@gmail.example", "Ana", "Torres"))
add("es-06-portabilidad", "Diego Romero <diego.romero@outlook.example>", "Portabilidad",
    "Solicito la portabilidad de mis datos en un formato estructurado y de uso común.\n",
    R(["Portability"], "diego.romero@outlook.example", "Diego", "Romero"))
add("es-07-sin-acentos", "sergio.navarro@gmail.example", "borrar cuenta",
    "hola quiero eliminar mi cuenta y mis datos gracias\n",
    R(["Erasure"], "sergio.navarro@gmail.example"))
add("es-08-limitacion", "Elena Gil <elena.gil@telefonica.example>", "Limitación del tratamiento",
    "Estimados, solicito la limitación del tratamiento de mis datos mientras se resuelve mi reclamación (artículo 18 RGPD).\n",
    R(["Restriction"], "elena.gil@telefonica.example", "Elena", "Gil"))
add("es-09-pregunta", "Marta Vidal <marta.vidal@gmail.example>", "Consulta pedido",
    "Hola, ¿cuándo llega mi pedido? Gracias.\n",
    R(["Unknown"], "marta.vidal@gmail.example", "Marta", "Vidal"))
add("es-10-acceso-y-supresion", "Raúl Moreno <raul.moreno@yahoo.example>", "Solicitud RGPD",
    "Hola,\n\nQuiero saber qué datos tienen sobre mí y después solicito la supresión de todos mis datos.\n\nRaúl\n",
    R(["Access", "Erasure"], "raul.moreno@yahoo.example", "Raúl", "Moreno"))
add("es-11-decision", "Isabel Castro <isabel.castro@gmail.example>", "Decisión automatizada",
    "Me han denegado el préstamo mediante una decisión automatizada. Solicito intervención humana.\n",
    R(["AutomatedDecision"], "isabel.castro@gmail.example", "Isabel", "Castro"))
add("es-12-consentimiento", "Jorge Ortiz <jorge.ortiz@hotmail.example>", "Retirar consentimiento",
    "Retiro mi consentimiento para recibir publicidad. No quiero recibir más correos comerciales.\n",
    R(["Opposition"], "jorge.ortiz@hotmail.example", "Jorge", "Ortiz"))

# ── Italian ────────────────────────────────────────────────────────────────────────────
add("it-01-cancellazione", "Giulia Rossi <giulia.rossi@libero.example>", "Cancellazione dati",
    "Buongiorno,\n\nchiedo la cancellazione di tutti i miei dati personali.\n\nCordiali saluti,\nGiulia Rossi\n",
    R(["Erasure"], "giulia.rossi@libero.example", "Giulia", "Rossi"))
add("it-02-accesso-art15", "\"Bianchi, Marco\" <marco.bianchi@tim.example>", "Richiesta di accesso",
    "Gentili signori,\n\nai sensi dell'articolo 15 del GDPR chiedo di accedere ai miei dati personali e di riceverne una copia.\n\nDistinti saluti,\nMarco Bianchi\n",
    R(["Access"], "marco.bianchi@tim.example", "Marco", "Bianchi"))
add("it-03-non-cancellare-copia", "Francesca Romano <f.romano@gmail.example>", "I miei dati",
    "Salve, non voglio che cancelliate i miei dati, vorrei soltanto una copia dei dati che avete su di me. Grazie\n",
    R(["Access"], "f.romano@gmail.example", "Francesca", "Romano"))
add("it-04-rettifica", "Luca Colombo <luca.colombo@libero.example>", "Rettifica indirizzo",
    "Buongiorno, il mio indirizzo è errato. Vi chiedo di correggere il mio indirizzo in Via Roma 3, Milano. Grazie\n",
    R(["Rectification"], "luca.colombo@libero.example", "Luca", "Colombo"))
add("it-05-opposizione", "Sara Ricci <sara.ricci@tiscali.example>", "Opposizione marketing",
    "Mi oppongo al trattamento dei miei dati per finalità di marketing. Non contattatemi più.\n",
    R(["Opposition"], "sara.ricci@tiscali.example", "Sara", "Ricci"))
add("it-06-portabilita", "Andrea Greco <andrea.greco@gmail.example>", "Portabilità dei dati",
    "Chiedo la portabilità dei miei dati in un formato strutturato e leggibile da dispositivo automatico.\n",
    R(["Portability"], "andrea.greco@gmail.example", "Andrea", "Greco"))
add("it-07-senza-accenti", "matteo.conti@alice.example", "cancellare account",
    "salve vorrei cancellare il mio account e tutti i miei dati grazie\n",
    R(["Erasure"], "matteo.conti@alice.example"))
add("it-08-limitazione", "Chiara Gallo <chiara.gallo@libero.example>", "Limitazione",
    "Gentili signori, chiedo la limitazione del trattamento dei miei dati ai sensi dell'art. 18 GDPR.\n",
    R(["Restriction"], "chiara.gallo@libero.example", "Chiara", "Gallo"))
add("it-09-domanda", "Paolo Marino <paolo.marino@gmail.example>", "Informazioni ordine",
    "Buongiorno, quando arriva il mio ordine? Grazie\n",
    R(["Unknown"], "paolo.marino@gmail.example", "Paolo", "Marino"))
add("it-10-accesso-e-cancellazione", "Elisa Costa <elisa.costa@tim.example>", "Richiesta GDPR",
    "Buongiorno,\n\nvorrei sapere quali dati avete su di me e poi chiedo la cancellazione dei miei dati.\n\nElisa Costa\n",
    R(["Access", "Erasure"], "elisa.costa@tim.example", "Elisa", "Costa"))
add("it-11-disiscrizione", "Roberto Fontana <r.fontana@libero.example>", "Disiscrizione newsletter",
    "Vi prego di disiscrivermi dalla vostra newsletter.\n",
    R(["Opposition"], "r.fontana@libero.example", "Roberto", "Fontana"))
add("it-12-decisione", "Valentina Moretti <v.moretti@gmail.example>", "Decisione automatizzata",
    "La mia richiesta di finanziamento è stata respinta con una decisione automatizzata. Chiedo l'intervento umano.\n",
    R(["AutomatedDecision"], "valentina.moretti@gmail.example" if False else "v.moretti@gmail.example", "Valentina", "Moretti"))
