# Mixed languages: non-native English, a subject in one language and a body in another,
# bilingual Belgian/Swiss mail, staff writing English to the local privacy team, forwards across
# languages, and machine-generated mail (read receipts, bilingual out-of-office notes).
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH, AUTOREPLY, ref, irt

add("mix-01-french-english-delete-datas", "Jean-Marc Dupuis <jm.dupuis@orange.example>", "Delete my datas",
    """Hello,

I want that you delete all my datas please. I am not client anymore since 2 years and I still receive your letters. Thank you to confirm me when it is done.

Best regards,
Jean-Marc Dupuis
""", R(["Erasure"], "jm.dupuis@orange.example", "Jean-Marc", "Dupuis"))

add("mix-02-spanish-subject-english-body", "Isabel Cortés <isabel.cortes@gmail.example>", "Solicitud de acceso a mis datos",
    """Hi,

I live in Dublin now so I'm writing in English. I had a bank account with Acme in Valencia until 2024. I would like a copy of all the personal data you still hold about me, including the KYC documents I gave when I opened the account.

Thanks a lot,
Isabel Cortés
""", R(["Access"], "isabel.cortes@gmail.example", "Isabel", "Cortés"))

add("mix-03-german-english-no-advertising", "Wolfgang Berger <w.berger@t-online.example>", "Advertising",
    """Dear Sir or Madam,

Since I have visited your clinic in Munich for a check-up, I receive every month advertising letters and e-mails. I do not wish this. Please stop to use my address for advertising.

Mit freundlichen Grüßen / Kind regards
Wolfgang Berger
""", R(["Opposition"], "w.berger@t-online.example", "Wolfgang", "Berger"))

add("mix-04-dutch-subject-english-body", "Thijs van der Linden <thijs.vdlinden@gmail.example>", "Account verwijderen",
    """Hi there,

Could you please remove my account and all my personal info? I moved abroad and won't use your energy app anymore.

Cheers,
Thijs
""", R(["Erasure"], "thijs.vdlinden@gmail.example", "Thijs", "van der Linden"))

add("mix-05-italian-english-which-datas", "Marco Pellegrino <marco.pellegrino@libero.example>", "Information about my data",
    """Good morning,

I would like to know which datas you have about me and to receive a copy of them. I was patient in your clinic of Milano in 2025.

Distinti saluti
Marco Pellegrino
""", R(["Access"], "marco.pellegrino@libero.example", "Marco", "Pellegrino"))

add("mix-06-belgian-bilingual-opposition", "Sophie Janssens <sophie.janssens@skynet.example>", "Publicité / Reclame",
    """Bonjour, Goedendag,

Je ne souhaite plus recevoir vos offres commerciales par courrier ou par e-mail.
Ik wens geen commerciële aanbiedingen meer te ontvangen, per post of per e-mail.

Merci / Dank u,
Sophie Janssens
""", R(["Opposition"], "sophie.janssens@skynet.example", "Sophie", "Janssens"))

add("mix-07-swiss-de-fr-access", "Daniel Favre <daniel.favre@bluewin.example>", "Auskunftsgesuch / demande d'accès",
    """Guten Tag / Bonjour

Gestützt auf das Datenschutzgesetz und die DSGVO ersuche ich Sie um Auskunft über alle mich betreffenden Personendaten.
Je vous prie de me communiquer toutes les données personnelles me concernant.

Freundliche Grüsse / Meilleures salutations
Daniel Favre
Lausanne
""", R(["Access"], "daniel.favre@bluewin.example", "Daniel", "Favre"))

add("mix-08-english-colleague-french-letter-inline", "Kate Morrison <kate.morrison@acme-corp.example>", "FW: Erreur sur mon adresse",
    """Hi privacy team - my French isn't great but I think this lady wants her address corrected? Passing it on.

Kate

From: Colette Marchal <colette.marchal@laposte.example>
Sent: Saturday, November 14, 2026 10:05 AM
To: Customer Care <customercare@acme-corp.example>
Subject: Erreur sur mon adresse

Bonjour,
Vous avez toujours mon ancienne adresse à Lille. Ma nouvelle adresse est 18 rue Nationale, 59800 Lille... non pardon, 59000 Lille. Merci de corriger, les courriers se perdent.
Colette Marchal
""", R(["Rectification"], "colette.marchal@laposte.example", "Colette", "Marchal"))

add("mix-09-german-note-english-attached", "Stefanie Roth <stefanie.roth@acme-corp.example>", "WG: data request",
    "", R(["Access", "Erasure"], "raj.malhotra@gmail.example", "Raj", "Malhotra"),
    attached=("Raj Malhotra <raj.malhotra@gmail.example>", "data request",
              """Hello,

I applied for a developer position at your Berlin office in 2024. Could you send me a copy of all my data you have (CV, interview notes, test results) and then delete it from your recruiting system?

Thank you,
Raj Malhotra
"""),
    note="Hallo zusammen, diese Anfrage kam ans HR-Postfach, bitte übernehmen. Danke, Steffi\n")

add("mix-10-dutch-teen-textspeak-english", "daan <daan.x2009@gmail.example>", "plz delete",
    """yo plz delete my acc asap, made it for school project, dont need it anymore
doei
""", R(["Erasure"], "daan.x2009@gmail.example", "Daan", None))

add("mix-11-english-dsgvo-citation", "Katharina Hofer <katharina.hofer@gmx.example>", "Request pursuant to Art. 15 GDPR (DSGVO)",
    """Dear Acme Data Protection Team,

pursuant to Art. 15 GDPR (in German: DSGVO) I request information about all personal data concerning me which you process, as well as a copy of it (Art. 15(3)). Please also include the data you received from third parties, e.g. credit agencies (Schufa/KSV).

I expect your answer within one month.

Yours sincerely,
Katharina Hofer
Graz, Austria
""", R(["Access"], "katharina.hofer@gmx.example", "Katharina", "Hofer"))

add("mix-12-franglais-unsubscribe", "Clémence Arnaud <clemence.arnaud@gmail.example>", "newsletter",
    """Hello, je voudrais unsubscribe de votre newsletter ASAP, j'ai cliqué sur le lien mais ça marche pas (error 404). Thanks !

Clémence
""", R(["Opposition"], "clemence.arnaud@gmail.example", "Clémence", "Arnaud"))

add("mix-13-staff-english-to-french-team-task", "Mark Ellison <mark.ellison@acme-corp.example>", "Registre des traitements - new CRM (sorry, English)",
    """Bonjour l'équipe (that's the extent of my French, sorry!),

We are rolling out Salesforce to the French clinics' patient relations team in January. I understand the registre des traitements needs to be updated for the new tool, and the contract with Salesforce may need your review as well. Could you let me know what you need from me? Happy to jump on a call.

Thanks,
Mark Ellison
Group IT Programme Manager
""", TASK("mark.ellison@acme-corp.example", "Mark", "Ellison"))

add("mix-14-english-spanish-speaker-multi", "Carlos Mendez <carlos.mendez@hotmail.example>", "My data - please",
    """Hello,

I am customer of Acme Bank in Spain but I write in English because my Spanish keyboard is broken (sorry for no accents). I want three things:
- a copy of my personal data,
- you stop sending me publicity by SMS,
- and after, delete all the data you dont need by law.

Thank you,
Carlos Mendez
""", R(["Access", "Opposition", "Erasure"], "carlos.mendez@hotmail.example", "Carlos", "Mendez"))

add("mix-15-portability-dutch-english", "Eva Mulder <eva.mulder@ziggo.example>", "Smart meter data export",
    """Hello,

I am switching to a dynamic energy contract with another supplier. Could you send my smart meter readings (15 minute values, last 2 years) as a CSV file, so I can give them to the new supplier? I understand this is my right under the GDPR (data portability).

Met vriendelijke groet,
Eva Mulder
""", R(["Portability"], "eva.mulder@ziggo.example", "Eva", "Mulder"))

add("mix-16-french-patient-english-restriction", "Hugo Lemaire <hugo.lemaire@free.example>", "Restriction of my data",
    """Dear Sir/Madam,

Your clinic in Nice has recorded in my file that I have a "history of alcohol abuse", which is false and comes from a mix-up with another patient. I have asked my doctor to correct it. Until it is checked and corrected, I request that you restrict the processing of this information and do not send it to my insurer or any other party (art. 18 GDPR).

Regards,
Hugo Lemaire
""", R(["Restriction"], "hugo.lemaire@free.example", "Hugo", "Lemaire"))

add("mix-17-hola-gdpr-unknown", "Pedro Álvarez <pedro.alvarez@gmail.example>", "GDPR request",
    """Hola, GDPR request please. Gracias.

Pedro Álvarez
""", R(["Unknown"], "pedro.alvarez@gmail.example", "Pedro", "Álvarez"))

add("mix-18-english-subject-spanish-body", "Marina Castillo <marina.castillo@yahoo.example>", "Delete my account",
    """Hola, quiero que eliminéis mi cuenta de la app y todos mis datos. Ya no uso vuestros servicios.

Marina
""", R(["Erasure"], "marina.castillo@yahoo.example", "Marina", "Castillo"))

add("mix-19-polish-english-access", "Tomasz Kowalczyk <tomasz.kowalczyk@wp.example>", "Personal data",
    """Dzień dobry,

I worked in your warehouse in Venlo through an agency in 2025. I want to know what personal data you have about me (time registration, photos from the badge, evaluations) and receive a copy.

Thank you,
Tomasz Kowalczyk
""", R(["Access"], "tomasz.kowalczyk@wp.example", "Tomasz", "Kowalczyk"))

add("mix-20-french-directives-english", "Geneviève Rousseau <genevieve.rousseau@orange.example>", "Instructions for my data after my death",
    """Hello,

I am French and live in Lyon, but I write in English as my daughter helps me with the email. In application of article 85 of the French "loi Informatique et Libertés", I want to give you my instructions for my personal data after my death: my daughter, Camille Rousseau, should receive a copy of my medical file from your clinic and then everything must be deleted.

Please confirm you have registered my instructions.

Geneviève Rousseau
""", R(["AdvanceDirectives"], "genevieve.rousseau@orange.example", "Geneviève", "Rousseau"))

add("mix-21-html-german-english-rectification", "Lukas Meier <lukas.meier@posteo.example>", "Wrong name / falscher Name",
    html("Hello,",
         "my name is written wrong in your system: you have <b>Lucas Maier</b> but it is <b>Lukas Meier</b>. "
         "Please correct it, the insurance certificate cannot be used like this.",
         "Danke!<br>Lukas Meier"),
    R(["Rectification"], "lukas.meier@posteo.example", "Lukas", "Meier"), ct=HTML)

add("mix-22-cp1252-french-english-opposition", "Amélie Dubois-Martin <amelie.dm@wanadoo.example>", "Stop the phone calls – arrêtez les appels",
    """Hello,

I’m receiving calls every week from your “partner” selling home insurance. Je n’ai jamais donné mon accord. Please stop sharing my phone number and stop calling me.

Amélie Dubois-Martin
""", R(["Opposition"], "amelie.dm@wanadoo.example", "Amélie", "Dubois-Martin"), encode="cp1252")

add("mix-23-ai-cv-screening-human-review", "Priyanka Sharma <priyanka.sharma@outlook.example>", "Application rejected by AI? - Bewerbung",
    """Dear HR team,

I applied for the Data Engineer position in your Düsseldorf office (job ID DE-2026-447). Within two hours I got a rejection. The job portal mentions "AI-assisted pre-selection". I believe the decision was made automatically.

I request that a human recruiter reviews my application and that you explain the main criteria used by the system.

Kind regards,
Priyanka Sharma
""", R(["AutomatedDecision"], "priyanka.sharma@outlook.example", "Priyanka", "Sharma"))

add("mix-24-heir-english-italian-father", "Laura Conti-Walsh <laura.contiwalsh@gmail.example>", "My late father Giovanni Conti - marketing letters",
    """Hello,

My father, Giovanni Conti, passed away in June in Rome. I live in the UK and I'm handling his affairs. Your clinics still send him letters and SMS about check-ups ("Gentile Sig. Conti, è ora del suo controllo..."). Please delete his data and stop all communications to him. I can send the death certificate if needed.

Laura Conti-Walsh
""", R(["Erasure", "Opposition"], "laura.contiwalsh@gmail.example", "Giovanni", "Conti", representative="Laura Conti-Walsh"))

add("mix-25-lawyer-english-german-client", "James Whitfield <j.whitfield@whitfield-partners.example>", "Herr Jürgen Baumgartner - subject access and erasure",
    """Dear Data Protection Officer,

We represent Mr Jürgen Baumgartner (date of birth 11 March 1968), a former employee of Acme Corp GmbH, Frankfurt. Our letter of authority is attached.

On behalf of our client we request (i) a copy of all personal data you hold about him under Article 15 GDPR and (ii) the erasure, under Article 17 GDPR, of the video recordings of him made in the Frankfurt warehouse, which you have no reason to keep since his employment ended.

Yours faithfully,
James Whitfield
Partner, Whitfield & Partners LLP
""", R(["Access", "Erasure"], "j.whitfield@whitfield-partners.example", "Jürgen", "Baumgartner", representative="James Whitfield"))

add("mix-26-mother-english-spanish-son", "Rosa Delgado <rosa.delgado@gmail.example>", "my son's data",
    """Hi,

My son Pablo Delgado (14) created an account on your study platform for his school in Málaga. We are moving to the US and he will not use it anymore. As his mother, I ask you to delete his account and all his data.

Gracias,
Rosa Delgado
""", R(["Erasure"], "rosa.delgado@gmail.example", "Pablo", "Delgado", representative="Rosa Delgado"))

add("mix-27-english-italian-info-cameras", "Giorgia Esposito <giorgia.esposito@outlook.example>", "Cameras in the waiting room / telecamere",
    """Hello,

In your clinic in Turin there are cameras in the waiting room. Are the images recorded? For how long and who watches them? Non ho trovato nessun cartello con l'informativa.

Thanks,
Giorgia Esposito
""", R(["Information"], "giorgia.esposito@outlook.example", "Giorgia", "Esposito"))

add("mix-28-iphone-dutch-english-copy", "Ruben de Jong <ruben.dejong@icloud.example>", "Data",
    """Hi, can you send me a copy of all data you have of me? Thx

Verstuurd vanaf mijn iPhone
""", R(["Access"], "ruben.dejong@icloud.example", "Ruben", "de Jong"))

add("mix-29-reply-to-family-french-english", "Famille Martin <famille.martin@orange.example>", "Data about me",
    """Hello, I am Lucas Martin, 19, I use the family email. I would like to know what data you have on me and get a copy. Please answer to my own email.

Lucas
""", R(["Access"], "lucas.martin.06@gmail.example", "Lucas", "Martin"),
    headers=["Reply-To: lucas.martin.06@gmail.example"])

add("mix-30-english-with-german-quote-rectification", "Anna Schmidt <anna.schmidt@web.example>", "Incorrect income in my file",
    """Hello,

When I asked for a credit card limit increase, your employee told me that you have "Einkommen: 1.200 EUR" in my file. This is wrong, my net salary is 3.400 EUR. Please correct this.

Anna Schmidt
""", R(["Rectification"], "anna.schmidt@web.example", "Anna", "Schmidt"))

add("mix-31-spanish-latin-english-erasure-applicant", "Camila Herrera <camila.herrera@gmail.example>", "Borrar mi CV / delete my CV",
    """Hello / Hola,

Please delete my CV and application data from your recruitment system. / Por favor borren mi CV y los datos de mi candidatura.

Thanks,
Camila Herrera
""", R(["Erasure"], "camila.herrera@gmail.example", "Camila", "Herrera"))

add("mix-32-english-question-and-access", "Aleksandra Nowak <ola.nowak@gmail.example>", "Two questions",
    """Hello,

1) Why did my energy bill double in October? My consumption is the same.
2) I want a copy of all data you have about me, including the consumption data you use for my bills.

Best,
Ola Nowak
""", R(["Access"], "ola.nowak@gmail.example", "Aleksandra", "Nowak"))

add("mix-33-angry-english-dutch-buried", "Pieter-Jan Claes <pj.claes@telenet.example>", "Complaint!!",
    """I have been a customer for 9 years and this is the worst service I ever had. Three technicians, three different stories, and my heat pump still doesn't work in November. My wife and kids are cold. Jullie klantendienst is een schande.

I will switch to another supplier as soon as my contract allows. Honestly I want nothing more to do with you: when the contract ends you can erase everything you have on me.

And I expect a compensation for the last 4 weeks without heating.

P-J Claes
""", R(["Erasure"], "pj.claes@telenet.example", "Pieter-Jan", "Claes"))

add("mix-34-german-speaker-english-opposition-profiling", "Florian Huber <florian.huber@gmx.example>", "Objection",
    """Hello,

I object against the use of my data for profiling and personalised offers in your banking app. I only want to use the app for my payments.

Servus,
Florian Huber
""", R(["Opposition"], "florian.huber@gmx.example", "Florian", "Huber"))

add("mix-35-italian-spanish-mix-access", "Lorena Ricci <lorena.ricci@gmail.example>", "Richiesta dati / solicitud de datos",
    """Buongiorno, sono italiana ma vivo a Barcellona e sono cliente della vostra filiale spagnola. Vorrei una copia dei miei dati personali. Quisiera una copia de mis datos personales.

Grazie / Gracias,
Lorena Ricci
""", R(["Access"], "lorena.ricci@gmail.example", "Lorena", "Ricci"))

add("mix-36-current-employee-own-hr-data", "Yannick Bernard <yannick.bernard@acme-corp.example>", "Request for my own HR data",
    """Hello,

I'm writing as an employee, not on behalf of the company. I would like to receive a copy of my own personal data held by HR: my evaluation notes from the last two years, the salary review grid and any notes from the meeting of 6 October with my manager.

Thanks,
Yannick Bernard
Finance, Paris office
""", R(["Access"], "yannick.bernard@acme-corp.example", "Yannick", "Bernard"))

add("mix-37-english-subject-french-body-portability", "Sébastien Morel <sebastien.morel@gmail.example>", "Data portability",
    """Bonjour,

Je quitte Acme Mutuelle au 31/12. Je souhaite recevoir mes données de remboursement dans un format lisible par machine (JSON ou CSV) afin de les transmettre à ma nouvelle mutuelle.

Cordialement,
Sébastien Morel
""", R(["Portability"], "sebastien.morel@gmail.example", "Sébastien", "Morel"))

add("mix-38-english-german-restriction-and-access", "Miriam Lang <miriam.lang@web.example>", "Data about my sick leave",
    """Hello,

I'm an employee in your Vienna office (I write from my private address). My team leader told colleagues details about my sick leave. I want to know who had access to my medical certificates (Krankmeldungen) and get a copy of what is stored about my absences. Until this is clarified, please restrict access to these data to HR only.

Miriam Lang
""", R(["Access", "Restriction"], "miriam.lang@web.example", "Miriam", "Lang"))

add("mix-39-inline-spanish-colleague-english-customer", "Marta Jiménez <marta.jimenez@acme-corp.example>", "RV: Unsubscribe",
    """Hola, os reenvío esto que llegó a atención al cliente. Saludos, Marta

De: Oliver Brooks <oliver.brooks@btinternet.example>
Enviado: viernes, 13 de noviembre de 2026 18:22
Para: atencioncliente@acme-corp.example
Asunto: Unsubscribe

I'm a British expat in Alicante. Please unsubscribe me from all your marketing emails, I never signed up.
Oliver Brooks
""", R(["Opposition"], "oliver.brooks@btinternet.example", "Oliver", "Brooks"))

add("mix-40-italian-note-english-attached-rectification", "Fabrizio Greco <fabrizio.greco@acme-corp.example>", "I: wrong date of birth",
    "", R(["Rectification"], "n.okafor@yahoo.example", "Ngozi", "Okafor"),
    attached=("Ngozi Okafor <n.okafor@yahoo.example>", "wrong date of birth",
              """Good afternoon,

My date of birth on the school platform (parent account) is 01/01/1900, which is obviously wrong. It should be 23/08/1984. Please correct.

Ngozi Okafor
"""),
    note="Ciao, richiesta di rettifica di un genitore arrivata al supporto, la giro a voi. Fabrizio\n")

add("mix-41-english-greek-info-retention", "Nikos Papadopoulos <nikos.papadopoulos@otenet.example>", "How long do you keep my data?",
    """Hello,

I was a patient in your clinic in Frankfurt during holidays in 2023. How long will you keep my medical records, and do you send them to Greek health authorities or my insurance automatically?

Ευχαριστώ,
Nikos Papadopoulos
""", R(["Information"], "nikos.papadopoulos@otenet.example", "Nikos", "Papadopoulos"))

# ---- tasks ----
add("mix-42-task-english-dutch-dpa", "Sanne Vos <sanne.vos@acme-corp.example>", "Review DPA chatbot vendor please",
    """Hi privacy team,

We (Dutch customer service) want to start with a chatbot from BotBuddy in January. Attached their DPA - it's in English, the vendor is based in Tel Aviv with hosting in Frankfurt. Can you review it before our steering committee on 3 December?

Bedankt!
Sanne Vos
Teamlead Klantenservice
""", TASK("sanne.vos@acme-corp.example", "Sanne", "Vos"))

add("mix-43-task-german-english-training", "Jens Albrecht <jens.albrecht@acme-corp.example>", "GDPR training for warehouse supervisors",
    """Hi,

Could your team run a short GDPR training (in German if possible, otherwise English is fine) for our 20 warehouse supervisors in Duisburg and Venlo? Topics: cameras, time tracking, sick notes, WhatsApp groups with the teams.

Viele Grüße
Jens Albrecht
Head of Logistics Operations
""", TASK("jens.albrecht@acme-corp.example", "Jens", "Albrecht"))

add("mix-44-task-spanish-english-questionnaire", "Irene Navarro <irene.navarro@acme-corp.example>", "Cuestionario / questionnaire from Visa",
    """Hola / Hi,

Visa Europe sent us their annual third-party privacy assessment (in English, 52 questions, due 15 December). Could you complete the data protection section? I've uploaded it to the Compliance SharePoint.

Gracias,
Irene Navarro
Cards & Payments
""", TASK("irene.navarro@acme-corp.example", "Irene", "Navarro"))

add("mix-45-task-italian-english-privacy-notice", "Davide Colombo <davide.colombo@acme-corp.example>", "Privacy notice for the new parents app - EN/IT",
    """Hi,

we need the privacy notice of the new parents app in Italian and English for the international schools. Could you review the draft (link below) and check the English translation? Release is 10 December.

Grazie,
Davide Colombo
""", TASK("davide.colombo@acme-corp.example", "Davide", "Colombo"))

add("mix-46-task-french-english-dpia", "Claire Dumas <claire.dumas@acme-corp.example>", "DPIA - voice recognition in call centre",
    """Hello team,

The Lyon call centre wants to test voice biometrics to authenticate callers ("your voice is your password"). Our vendor says we need a DPIA since it is biometric data. Pouvez-vous nous accompagner ? Pilot planned for March.

Claire Dumas
Responsable relation client
""", TASK("claire.dumas@acme-corp.example", "Claire", "Dumas"))

add("mix-47-task-english-ropa-retention", "Oskar Lindgren <oskar.lindgren@acme-corp.example>", "Retention periods in the register",
    """Hi,

Internal audit found that 11 processing activities in the register have no retention period filled in (list attached). Could the privacy team update the register with the right retention periods before the audit follow-up on 10 December?

Thanks,
Oskar Lindgren
Internal Audit
""", TASK("oskar.lindgren@acme-corp.example", "Oskar", "Lindgren"))

# ---- incidents ----
add("mix-48-incident-dutch-english-ransomware", "Bart Smeets <bart.smeets@acme-corp.example>", "Ransomware on file server Eindhoven",
    """Hi all,

At 07:30 this morning we found that the file server in Eindhoven was encrypted by ransomware. It contains the HR share for the Dutch offices (contracts, payslips, copies of ID documents). We disconnected it. We do not yet know if data was copied out.

Groeten,
Bart Smeets
IT Operations Benelux
""", INC("bart.smeets@acme-corp.example", "Bart", "Smeets"))

add("mix-49-incident-spanish-english-wrong-recipient", "Lucía Herrera <lucia.herrera@acme-corp.example>", "Email sent to wrong person",
    """Hi,

Sorry for my English. Yesterday I sent the mortgage documents of one client (payslips, ID, tax return) to another client with similar name by mistake. The other client answered me now. What I need to do?

Lucía Herrera
Oficina 0233 Madrid
""", INC("lucia.herrera@acme-corp.example", "Lucía", "Herrera"))

add("mix-50-incident-cloud-provider-english", "Trust & Safety <trust@cloudnest.example>", "Security incident notification - customer Acme Corp",
    """Dear customer,

We are writing to inform you of a security incident affecting a subset of CloudNest storage buckets in our eu-west region. Between 9 and 12 November 2026, a misconfiguration allowed unauthenticated read access to certain buckets, including two buckets belonging to your organisation ("acme-school-exports" and "acme-school-backups").

Access logs show 1,140 requests from external IP addresses during that period. We have fixed the misconfiguration and are continuing our investigation. Please review the attached logs.

Regards,
Nadia Karim
Incident Response Lead, CloudNest
""", INC("trust@cloudnest.example", "Nadia", "Karim"))

add("mix-51-incident-github-keys", "Arjun Patel <arjun.patel@acme-corp.example>", "Customer test data pushed to public GitHub repo",
    """Hi,

I just discovered that a developer on my team pushed a CSV with ~5,000 real customer records (names, emails, IBANs) to a public GitHub repository on 2 November, as "test data". It was public for two weeks. We've made the repo private and rotated the credentials that were also in it.

Please advise on next steps.

Arjun Patel
Engineering Manager, Payments
""", INC("arjun.patel@acme-corp.example", "Arjun", "Patel"))

add("mix-52-incident-italian-english-phone-stolen", "Chiara Moretti <chiara.moretti@acme-corp.example>", "Stolen phone - telefono rubato",
    """Hello,

my work phone was stolen in Milano Centrale this morning. It has WhatsApp with groups of the school coordinators and my email with parents' messages. Il telefono aveva il PIN ma non so se era cifrato. I've informed IT.

Chiara Moretti
School Success Manager
""", INC("chiara.moretti@acme-corp.example", "Chiara", "Moretti"))

add("mix-53-incident-french-english-usb-printer", "Jérôme Faure <jerome.faure@acme-corp.example>", "Documents left on shared printer",
    """Hi,

Bonjour - a patient found a stack of printed discharge letters (about 20 patients, names and diagnoses) on the public printer in the waiting area of the Bordeaux clinic and handed them to reception. We don't know how long they were there.

Jérôme Faure
Clinic manager, Bordeaux
""", INC("jerome.faure@acme-corp.example", "Jérôme", "Faure"))

# ---- follow-ups ----
add("mix-54-fu-english-reply-to-spanish-ack", "Sophie Turner <sophie.turner@gmail.example>", "Re: [DSR-30815] Hemos recibido su solicitud",
    """Hi, sorry I don't speak Spanish. Can you tell me in English what you need from me? I sent my request about my account in Marbella.

Thanks,
Sophie Turner
""", FU("30815", "sophie.turner@gmail.example", "Sophie", "Turner"))

add("mix-55-fu-french-english-id", "Mathilde Garnier <mathilde.garnier@free.example>", "RE: [DSR-30822] Your request",
    """Hello,

Here is my ID card as you asked. Désolée pour le retard.

Mathilde Garnier
""", FU("30822", "mathilde.garnier@free.example", "Mathilde", "Garnier"))

add("mix-56-fu-reply-own-mix-mail", "Carlos Mendez <carlos.mendez@hotmail.example>", "Re: My data - please",
    """Hello again,

Any news about my request? I still receive SMS publicity every week.

Carlos Mendez

> Hello,
> I am customer of Acme Bank in Spain but I write in English...
""", FU(ref("mix-14-english-spanish-speaker-multi"), "carlos.mendez@hotmail.example", "Carlos", "Mendez"),
    headers=irt("mix-14-english-spanish-speaker-multi"))

# ---- ignore ----
add("mix-57-spam-gdpr-mailbox-deleted", "Mail Administrator <admin@mailbox-gdpr-update.example>", "GDPR notice: your mailbox will be deleted",
    """Dear user,

Due to new GDPR regulations, all inactive mailboxes will be permanently DELETED within 24 hours. To keep your mailbox and data, re-validate your account now:

http://mailbox-gdpr-update.example/revalidate

If you want to unsubscribe from the deletion, ignore this message and your data will be erased.

IT Helpdesk
""", IGN("spam"), headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="mailbox-gdpr-update.example")] + SPAM_HDR)

add("mix-58-spam-sextortion-bitcoin", "anonymous <x7h2k9@mailinator.example>", "Your account was hacked - pay now",
    """Hello,

I have hacked your device and recorded you through your webcam. I have a copy of all your contacts and personal data.

Send 1200 USD in Bitcoin to this wallet: bc1q9x8y7w6v5u4t3s2r1q0p
You have 48 hours. After payment I will delete all your data and the video. If not, I send it to all your contacts.

Do not reply to this email.
""", IGN("spam"))

add("mix-59-spam-invoice-phish-multilingual", "Accounts Payable <billing@invoice-portal-secure.example>", "Facture impayée / Overdue invoice #INV-20931",
    """Bonjour / Hello,

Your invoice #INV-20931 of 4,850.00 EUR is overdue. Votre facture est en retard de paiement.

View and pay invoice / Consulter la facture:
http://invoice-portal-secure.example/view?inv=20931

Accounts Payable
""", IGN("spam"), headers=["Reply-To: payments.dept2026@gmail.example"])

add("mix-60-spam-consent-renewal-phish", "Privacy Compliance Team <compliance@consent-renewal.example>", "Action required: renew your data consent / Einwilligung erneuern",
    """Dear customer / Sehr geehrter Kunde,

Under the GDPR, your consent to data processing must be renewed every 12 months. Please confirm your personal data and bank details, otherwise your data will be erased and your account closed.

Confirm now / Jetzt bestätigen: http://consent-renewal.example/confirm

To unsubscribe click here.
""", IGN("spam"), headers=SPAM_HDR)

add("mix-61-ooo-bilingual-no-header", "Frédéric Lambert <frederic.lambert@cabinet-lambert.example>", "Absence du bureau / Out of office",
    """Bonjour, je suis absent du bureau jusqu'au 30 novembre et je n'ai pas accès à mes e-mails.
Hello, I am out of the office until 30 November with no access to my emails.

Pour toute urgence / for urgent matters: +32 2 555 01 23

Frédéric Lambert
""", IGN("auto_reply"))

add("mix-62-read-receipt-with-tag", "Hannah Price <hannahprice@gmail.example>", "Read: [DSR-30418] We have received your request",
    """--rr1
Content-Type: text/plain; charset=utf-8

Your message

  To: hannahprice@gmail.example
  Subject: [DSR-30418] We have received your request
  Sent: Thursday, 12 November 2026 09:14

was read on Thursday, 12 November 2026 19:47.

--rr1
Content-Type: message/disposition-notification

Reporting-UA: mail.gmail.example
Final-Recipient: rfc822;hannahprice@gmail.example
Original-Message-ID: <ack-30418@acme-corp.example>
Disposition: manual-action/MDN-sent-manually; displayed

--rr1--
""", IGN("auto_reply"), ct='multipart/report; report-type=disposition-notification; boundary="rr1"')

add("mix-63-bulk-conference-multilingual", "Privacy Summit Europe <events@privacysummit.example>", "Early bird ends Friday | Tarif préférentiel | Frühbucher",
    """PRIVACY SUMMIT EUROPE 2027 - Brussels, 9-10 March

Early bird tickets end this Friday. / Le tarif préférentiel se termine vendredi. / Frühbucherpreis nur bis Freitag.

Speakers from the EDPB, CNIL, Garante and AP.

You receive this email because you attended a previous edition. Unsubscribe: https://privacysummit.example/unsubscribe
""", IGN("bulk"), headers=["List-Unsubscribe: <https://privacysummit.example/unsubscribe?c=88123>",
                           "List-Id: Privacy Summit Europe <events.privacysummit.example>", "Precedence: bulk"])

add("mix-64-ooo-german-english-header", "Sebastian Koenig <s.koenig@koenig-steuer.example>", "Automatische Antwort: Ihre Anfrage / Automatic reply",
    """Ich bin bis zum 27.11. nicht erreichbar. I am not available until 27 November.

Sebastian König
""", IGN("auto_reply"), headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("mix-65-spam-private-loan-offer", "Mrs. Helena Richter <helenarichter.loans@gmail.example>", "Prêt rapide / Fast loan 2% interest",
    """Hello / Bonjour,

Are you in need of an urgent loan to pay your bills or expand your business? I am a private lender and I give loans from 5,000 EUR to 2,000,000 EUR at 2% interest rate. No credit check.

Send me your full name, amount needed, phone number and bank details for fast transfer within 24 hours.

To unsubscribe reply REMOVE.

Mrs. Helena Richter
""", IGN("spam"))

add("mix-66-spam-fake-authority-fine", "Autoriteit Persoonsgegevens <boete@ap-handhaving-nl.example>", "AVG boete / GDPR fine notice - pay within 5 days",
    """Geachte heer/mevrouw, Dear Sir/Madam,

Our investigation found that your organisation violated the GDPR (AVG) by failing to delete customer data on request. A fine of EUR 2.500 has been imposed.

To avoid an increase to EUR 20.000, pay within 5 days via our secure payment page:
http://ap-handhaving-nl.example/betalen

Autoriteit Persoonsgegevens - Handhaving
""", IGN("spam"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="ap-handhaving-nl.example")])

add("mix-67-spam-header-only-sunglasses", "Outlet Store <deals@sunny-outlet.example>", "Ray-Ban & Oakley up to 80% off - today only",
    """Winter sale! Designer sunglasses up to 80% off. Free shipping to France, Germany, Italy, Spain and the Netherlands.

Shop now: http://sunny-outlet.example
""", IGN("spam"), headers=SPAM_HDR)
