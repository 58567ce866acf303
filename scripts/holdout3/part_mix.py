# Mixed-language and cross-language messages (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

# ---------------------------------------------------------------- requests
add("mix-01-french-english-datas", "Aurélien Blanc <aurelien.blanc@free.example>", "Delete my datas",
    """Hello,

I am client of your gym in Paris 11 since 2022 but I stopped to go. I would like that you delete all my datas and my account please. Is it possible to have a confirmation?

Best regards,
Aurélien Blanc
""",
    R(["Erasure"], "aurelien.blanc@free.example", "Aurélien", "Blanc"))

add("mix-02-spanish-subject-english-body", "Natalia Vargas <natalia.vargas@gmail.example>", "Solicitud de acceso a mis datos",
    """Hi,

sorry for writing in English, my Spanish colleague told me to use the Spanish subject. I'd like to receive a copy of all personal data your travel agency in Madrid holds about me (bookings from 2023 and 2025).

Thanks,
Natalia Vargas
""",
    R(["Access"], "natalia.vargas@gmail.example", "Natalia", "Vargas"))

add("mix-03-german-english-information-stored", "Matthias Roth <matthias.roth@gmx.example>", "Question to my stored data",
    """Dear Sir or Madam,

I want to get an information which data you have stored about me since I bought my car at your dealer in Munich. Please send it to me as PDF.

With kind regards
Matthias Roth
""",
    R(["Access"], "matthias.roth@gmx.example", "Matthias", "Roth"))

add("mix-04-dutch-english", "Bram Hofman <bram.hofman@ziggo.example>", "marketing emails / reclame",
    """Hi there / Hallo,

Please stop sending me marketing e-mails about property listings. Ik heb me nooit aangemeld. Thanks, bedankt.

Bram Hofman
""",
    R(["Opposition"], "bram.hofman@ziggo.example", "Bram", "Hofman"))

add("mix-05-italian-english-cancellation", "Roberta Gallo <roberta.gallo@libero.example>", "Cancellation of personal datas",
    """Good morning,

I ask the cancellation of my personal datas from your marketplace, according to GDPR article 17. I don't use the account anymore since two years.

Best regards
Roberta Gallo
""",
    R(["Erasure"], "roberta.gallo@libero.example", "Roberta", "Gallo"))

add("mix-06-en-staff-fwd-german-customer", "Oliver Grant <oliver.grant@acme-corp.example>", "FW: Datenauskunft und Löschung",
    """Hi team,

German customer wrote to the UK marketplace support address. Google Translate says he wants his data and then deletion. Over to you.

Oliver

-----Original Message-----
From: Jürgen Albrecht <juergen.albrecht@t-online.example>
Sent: Sunday, November 15, 2026 7:02 PM
To: support-uk@acme-corp.example
Subject: Datenauskunft und Löschung

Sehr geehrte Damen und Herren,

bitte senden Sie mir eine Kopie aller über mich gespeicherten Daten und löschen Sie anschließend mein Konto.

Mit freundlichen Grüßen
Jürgen Albrecht
""",
    R(["Access", "Erasure"], "juergen.albrecht@t-online.example", "Jürgen", "Albrecht"))

add("mix-07-fr-staff-fwd-english-customer", "Thomas Girard <thomas.girard@acme-corp.example>", "TR: Wrong date of birth",
    """Bonjour, une cliente anglaise de l'agence de Nice, je vous laisse voir.

Thomas

De : Margaret Collins <margaret.collins@btmail.example>
Envoyé : samedi 14 novembre 2026 16:45
À : nice@acme-corp.example
Objet : Wrong date of birth

Hello, my date of birth on my booking profile is wrong, it says 1961 but I was born in 1951 (I wish!). Could you correct it please before my Corsica trip?

Margaret Collins
""",
    R(["Rectification"], "margaret.collins@btmail.example", "Margaret", "Collins"))

add("mix-08-it-staff-fwd-spanish-customer", "Valerio Costa <valerio.costa@acme-corp.example>", "Fwd: No más publicidad",
    """Ciao, cliente spagnolo della concessionaria di Milano, chiede di non essere più contattato. Ve lo giro.

---------- Forwarded message ---------
Da: Raúl Domínguez <raul.dominguez@telefonica.example>
Date: dom 15 nov 2026 alle ore 12:20
Subject: No más publicidad
To: <milano@acme-corp.example>


Hola, no quiero recibir más publicidad ni llamadas de su concesionario. Gracias.
Raúl Domínguez
""",
    R(["Opposition"], "raul.dominguez@telefonica.example", "Raúl", "Domínguez"))

add("mix-09-apple-fwd-dutch-customer", "Hannah Price <hannah.price@acme-corp.example>", "Fwd: Account verwijderen",
    """Dutch member from the Amsterdam club, can you handle?

Sent from my iPhone

Begin forwarded message:

From: Ruben Jacobs <ruben.jacobs@kpnmail.example>
Date: 15 November 2026 at 14:03:55 CET
To: amsterdam@acme-corp.example
Subject: Account verwijderen

Hallo, ik ben verhuisd naar Spanje. Graag mijn account en al mijn gegevens verwijderen.
Groet, Ruben Jacobs
""",
    R(["Erasure"], "ruben.jacobs@kpnmail.example", "Ruben", "Jacobs"))

add("mix-10-attached-spanish-portability", "Emily Watson <emily.watson@acme-corp.example>", "Fwd: Exportar mis datos",
    None,
    R(["Portability"], "ines.prieto@gmail.example", "Inés", "Prieto"),
    note="Hi privacy, attaching a request from a Spanish seller on the marketplace. I don't speak Spanish but I think it's a data export request.\n\nEmily\n",
    attached=("Inés Prieto <ines.prieto@gmail.example>", "Exportar mis datos",
              "Hola,\n\nMe voy a otra plataforma. Quiero que me enviéis todos mis datos de vendedora (productos, pedidos, valoraciones) en un archivo CSV o similar para poder importarlos allí.\n\nGracias,\nInés Prieto\n"))

add("mix-11-attached-italian-french-note", "Céline Rousseau <celine.rousseau@acme-corp.example>", "TR : Richiesta cancellazione",
    None,
    R(["Opposition", "Erasure"], "gianluca.ferro@libero.example", "Gianluca", "Ferro"),
    note="Bonjour,\n\nJe vous transfère en pièce jointe le mail d'un client italien de l'agence de Menton. Il demande apparemment qu'on arrête la pub et qu'on efface ses données.\n\nCéline\n",
    attached=("Gianluca Ferro <gianluca.ferro@libero.example>", "Richiesta cancellazione",
              "Buongiorno,\n\nnon voglio più ricevere le vostre offerte e vi chiedo di cancellare tutti i miei dati.\n\nGianluca Ferro\n"))

add("mix-12-attached-german-dutch-note", "Joris van den Heuvel <joris.vandenheuvel@acme-corp.example>", "Fwd: Falsche E-Mail-Adresse",
    None,
    R(["Rectification"], "ute.brandt@web.example", "Ute", "Brandt"),
    note="Hoi, Duitse klant van de dealer in Venlo. Ze wil haar e-mailadres laten aanpassen. Zie bijlage.\n\nJoris\n",
    attached=("Ute Brandt <ute.brandt@web.example>", "Falsche E-Mail-Adresse",
              "Guten Tag,\n\nin Ihrem System ist meine E-Mail-Adresse falsch gespeichert (ute.brand@web.example ohne t). Richtig ist ute.brandt@web.example. Bitte korrigieren.\n\nUte Brandt\n"))

add("mix-13-portuguese-brazil", "Rafael Souza <rafael.souza@uol.example>", "Exclusão de dados",
    """Olá,

Gostaria de solicitar a exclusão de todos os meus dados pessoais da plataforma de viagens. Morei em Lisboa e usei a agência de vocês, mas agora voltei para o Brasil.

Att,
Rafael Souza
""",
    R(["Erasure"], "rafael.souza@uol.example", "Rafael", "Souza"))

add("mix-14-polish-english", "Katarzyna Nowak <katarzyna.nowak@wp.example>", "account",
    "Dzień dobry,\n\nplease delete my account in your fitness app and all my data. I don't use it.\n\nPozdrawiam,\nKatarzyna Nowak\n",
    R(["Erasure"], "katarzyna.nowak@wp.example", "Katarzyna", "Nowak"))

add("mix-15-swiss-de-fr-information", "Claude Favre <claude.favre@bluewin.example>", "Datenschutz / protection des données",
    """Bonjour,

ich wohne in Fribourg und schreibe deshalb zweisprachig. Wo werden die Daten aus Ihrer Fitness-App gespeichert (Schweiz, EU, USA)? Et est-ce que vous les transmettez à des assurances maladie ? Danke / merci.

Claude Favre
""",
    R(["Information"], "claude.favre@bluewin.example", "Claude", "Favre"))

add("mix-16-belgian-fr-nl", "Marc Dubois-Janssens <marc.duboisjanssens@skynet.example>", "Publicité / reclame",
    """Bonjour, goedendag,

Je ne souhaite plus recevoir vos publicités pour les voitures d'occasion. Ik wil geen reclame meer ontvangen. Merci, dank u.

Marc Dubois-Janssens
Bruxelles / Brussel
""",
    R(["Opposition"], "marc.duboisjanssens@skynet.example", "Marc", "Dubois-Janssens"))

add("mix-17-expat-rambling-automated", "Sébastien Lacroix <seb.lacroix@gmail.example>", "My rental application - refused by a computer?",
    """Hello,

I am French, I live in Amsterdam since one year for my work, so excuse my English. I applied for the apartment at Czaar Peterstraat through your real estate agency on 2 November. I have a CDI - sorry, a permanent contract - with a salary of three times the rent, a guarantor in France, and all the documents that were asked. Honestly I have done everything correctly. Your colleague on the phone was very nice but she did not understand my situation because my payslips are French.

After 20 minutes I received an e-mail: "Your application did not meet our screening criteria". When I called, they told me this is an automatic "tenant screening score" from a software and they cannot change it. Franchement, c'est incroyable. I request that a real person looks at my file again and that you explain me how this score is calculated and why I was refused.

Also, the heating in the flat I visited was not working, you should tell the owner.

Cordialement,
Sébastien Lacroix
""",
    R(["AutomatedDecision"], "seb.lacroix@gmail.example", "Sébastien", "Lacroix"))

add("mix-18-spanglish-two-rights", "Carolina Reyes <caro.reyes@hotmail.example>", "data",
    "hola!! can you send me a copy of my data y después borrar todo porfa, I'm closing my cuenta del gym. gracias!!\nCaro Reyes\n",
    R(["Access", "Erasure"], "caro.reyes@hotmail.example", "Carolina", "Reyes"))

add("mix-19-english-french-directives", "Hélène Dupuis <helene.dupuis@orange.example>", "Post-mortem instructions for my data",
    """Dear DPO,

I am French and live in London, so I write in English. Under the French law (article 85 of the loi Informatique et Libertés) I would like to register my "directives post-mortem": after my death, my frequent flyer account must be closed and all my data deleted, and my daughter Claire Dupuis is designated to make sure this is done.

Please confirm you have recorded these instructions.

Hélène Dupuis
""",
    R(["AdvanceDirectives"], "helene.dupuis@orange.example", "Hélène", "Dupuis"))

add("mix-20-english-lawyer-italian-client", "James O'Connor <joconnor@oconnor-legal.example>", "Subject access request on behalf of Ms Francesca Sartori",
    """Dear Sir or Madam,

We represent Ms Francesca Sartori, an Italian national resident in Dublin, in relation to her former membership of your gym chain in Milan and Dublin. Her signed letter of authority is attached.

We request, pursuant to Article 15 GDPR, a copy of all personal data relating to our client, including CCTV footage from 3 October 2026 at your Dublin Grand Canal club between 18:00 and 20:00.

Yours faithfully,
James O'Connor
O'Connor Legal
""",
    R(["Access"], "joconnor@oconnor-legal.example", "Francesca", "Sartori", representative="James O'Connor"))

add("mix-21-parent-en-fr", "Isabelle Martin-Smith <isabelle.ms@gmail.example>", "My daughter's account / le compte de ma fille",
    """Hello / Bonjour,

My daughter Chloé Martin-Smith is 15 and she created an account on your marketplace to sell clothes. Elle n'a pas l'âge et nous ne sommes pas d'accord. Please delete her account and all her data.

Merci,
Isabelle Martin-Smith (mother)
""",
    R(["Erasure"], "isabelle.ms@gmail.example", "Chloé", "Martin-Smith", representative="Isabelle Martin-Smith"))

add("mix-22-spanglish-whatsapp", "dani <dani.m.95@gmail.example>", "whatsapps",
    "pls stop the whatsapps de ofertas de viajes!!! no los pedí. thx\ndani\n",
    R(["Opposition"], "dani.m.95@gmail.example", "Dani", None))

add("mix-23-html-de-en", "Felix Wagner <felix.wagner@posteo.example>", "Auskunft / data access",
    html("Hallo, hello,", "ich hätte gerne eine Kopie meiner Daten - I would like a copy of my personal data held by your car dealership in Vienna.",
         "Danke / thanks,<br>Felix Wagner"),
    R(["Access"], "felix.wagner@posteo.example", "Felix", "Wagner"), ct=HTML)

add("mix-24-quebec-qp", "Geneviève Tremblay <genevieve.tremblay@videotron.example>", "Demande d'accès à mes renseignements personnels",
    """Bonjour,

Je réside à Montréal et j'ai réservé un voyage en France avec votre agence en ligne. En vertu de la Loi 25 et du RGPD, je souhaite obtenir une copie des renseignements personnels que vous détenez à mon sujet.

Merci et bonne journée,
Geneviève Tremblay
""",
    R(["Access"], "genevieve.tremblay@videotron.example", "Geneviève", "Tremblay"), encode="latin-1-qp", ct=LATIN1)

add("mix-25-applicant-cv-delete", "Arjun Mehta <arjun.mehta@gmail.example>", "Candidature / job application - please delete my CV",
    """Bonjour,

I applied for the sales advisor position at your Lyon car dealership in June (candidature spontanée). I have accepted another job. Please delete my CV, cover letter and any notes from the interview.

Merci,
Arjun Mehta
""",
    R(["Erasure"], "arjun.mehta@gmail.example", "Arjun", "Mehta"))

add("mix-26-wife-for-husband", "Sofia Andersson <sofia.andersson@telia.example>", "For my husband / för min man",
    """Hello,

My husband Erik Andersson is working offshore for two months and asked me to write on his behalf. He keeps receiving marketing e-mails and SMS from your car dealership in Malmö since he serviced his car there. He does not want any marketing any more. He agreed that I send this.

Best regards,
Sofia Andersson
""",
    R(["Opposition"], "sofia.andersson@telia.example", "Erik", "Andersson", representative="Sofia Andersson"))

add("mix-27-spanish-english-transfers", "Luis Herrero <luis.herrero@gmail.example>", "Transferencias internacionales",
    """Hello,

I am from Spain, I use your fitness app. Are my data stored outside the EU? Your privacy policy mentions "international transfers" but not to which countries or with what guarantees. Gracias.

Luis Herrero
""",
    R(["Information"], "luis.herrero@gmail.example", "Luis", "Herrero"))

add("mix-28-refund-erasure-de-en", "Katja Lorenz <katja.lorenz@gmx.example>", "Refund flight / Erstattung",
    """Hello,

my flight FR-2281 on 4 Nov was cancelled and I still did not get my money back (booking ref 7QZ9KD). Also, after this experience I want that you delete my customer account and all my data. Bitte bestätigen Sie beides.

Katja Lorenz
""",
    R(["Erasure"], "katja.lorenz@gmx.example", "Katja", "Lorenz"))

add("mix-29-unknown-bilingual", "Mathieu Leroy <mathieu.leroy@sfr.example>", "GDPR request / Demande RGPD",
    "Hello / Bonjour,\n\nGDPR request. Demande RGPD.\n\nMathieu Leroy\n",
    R(["Unknown"], "mathieu.leroy@sfr.example", "Mathieu", "Leroy"))

add("mix-30-restriction-dutch-english", "Eva de Wit <eva.dewit@xs4all.example>", "Restriction of processing",
    """Dear privacy team,

I am contesting the "late payment" flag on my tenant profile at your agency, it is wrong (the landlord confirmed the payment was his bank's error). Until you correct it, please restrict the processing of this information - don't share it with other landlords. Alvast bedankt.

Eva de Wit
""",
    R(["Restriction"], "eva.dewit@xs4all.example", "Eva", "de Wit"))

add("mix-31-catalan", "Jordi Puig <jordi.puig@vilaweb.example>", "Canvi d'adreça electrònica",
    """Bon dia,

Voldria que canviéssiu l'adreça electrònica del meu compte de viatger freqüent: la correcta és jordi.puig@vilaweb.example (l'antiga ja no funciona).

Moltes gràcies,
Jordi Puig
""",
    R(["Rectification"], "jordi.puig@vilaweb.example", "Jordi", "Puig"))

add("mix-32-italian-subject-english-iphone", "Tommaso Riva <tommaso.riva@icloud.example>", "Richiesta dati personali",
    """Hi, could you send me everything you have on me? I booked two flights with you this year.
Thanks
Tommaso

Inviato da iPhone
""",
    R(["Access"], "tommaso.riva@icloud.example", "Tommaso", "Riva"))

add("mix-33-legal-21-15-english-german", "Dr. Sabine Hartung <s.hartung@hartung-consult.example>", "Objection (Art. 21 GDPR) and access request (Art. 15 GDPR)",
    """Dear Sir or Madam,

I hereby object under Art. 21(2) GDPR to any processing of my personal data for direct marketing purposes by your online marketplace, including profiling.

At the same time, I request information under Art. 15 GDPR: please provide a copy of my personal data, the sources from which you obtained my postal address, and the recipients to whom you have disclosed it.

Mit freundlichen Grüßen / Kind regards
Dr. Sabine Hartung
""",
    R(["Opposition", "Access"], "s.hartung@hartung-consult.example", "Sabine", "Hartung"))

add("mix-34-lowercase-dutch-signoff", "Lotte Maas <lotte.maas@gmail.example>", "pls remove",
    "hi can you remove my profile and all my info from your site, thanks\n\ngroetjes lotte\n",
    R(["Erasure"], "lotte.maas@gmail.example", "Lotte", "Maas"))

# ---------------------------------------------------------------- follow-ups
add("mix-35-reply-ack-fr-quote-en", "Pierre-Yves Bertrand <py.bertrand@orange.example>", "Re: [DSR-8104] Your request has been received / Votre demande a été reçue",
    """Hello, I send you the copy of my ID as asked. Merci de me tenir au courant.

Pierre-Yves Bertrand

Le lun. 9 nov. 2026 à 10:02, Acme Corp Privacy <privacy@acme-corp.example> a écrit :
> Dear customer / Cher client,
>
> We have received your request (reference DSR-8104).
> Nous avons bien reçu votre demande (référence DSR-8104).
>
> Acme Corp Privacy Team
""",
    FU("8104", "py.bertrand@orange.example", "Pierre-Yves", "Bertrand"))

add("mix-36-inreplyto-expat", "Sébastien Lacroix <seb.lacroix@gmail.example>", "Re: My rental application - refused by a computer?",
    """Hello again,

I add my French payslips and the guarantor letter, translated in English, so the person who reviews my file has everything. Merci.

Sébastien Lacroix
""",
    FU(ref("mix-17-expat-rambling-automated"), "seb.lacroix@gmail.example", "Sébastien", "Lacroix"),
    headers=irt("mix-17-expat-rambling-automated"))

add("mix-37-re-re-tag-de-en", "Holger Brandt <holger.brandt@web.example>", "Re: Re: [DSR-8020] Ihre Anfrage / your request",
    """Hello,

thank you for the data export. But the file is missing my service history from 2019-2021. Können Sie das bitte nachliefern?

Holger Brandt
""",
    FU("8020", "holger.brandt@web.example", "Holger", "Brandt"))

# ---------------------------------------------------------------- tasks
add("mix-38-task-english-to-french-team", "Rebecca Lewis <rebecca.lewis@acme-corp.example>", "DPA review - sorry, in English!",
    """Bonjour à tous (that's about all my French, sorry!),

We're onboarding TravelPay as payment provider for the French and UK travel agencies. Their DPA is attached; legal in London has looked at the commercial terms but asked that the Paris privacy team review the data protection clauses and the sub-processor list. Could you have a look by the 27th?

Many thanks,
Rebecca Lewis
Procurement, London
""",
    TASK("rebecca.lewis@acme-corp.example", "Rebecca", "Lewis"))

add("mix-39-task-french-staff-english-questionnaire", "Guillaume Perrot <guillaume.perrot@acme-corp.example>", "Questionnaire from SkyAlliance",
    """Hello privacy team,

I am sorry for my English, I write in English because the questionnaire is in English. SkyAlliance, the airline alliance, ask us to fill a "Data Protection Due Diligence" of 40 questions before to renew the partnership. The deadline is 4 December. Can you complete the part about GDPR (legal basis, retention, transfers, DPO)?

Thank you,
Guillaume Perrot
Partenariats aériens
""",
    TASK("guillaume.perrot@acme-corp.example", "Guillaume", "Perrot"))

add("mix-40-task-casual-cookie-banner", "Zoe Mitchell <zoe.mitchell@acme-corp.example>", "cookie banner",
    """hiya - legal said the cookie banner on the new marketplace site isn't ok (no reject button on first layer??). can someone from privacy check it and tell the devs what needs to change? going live monday 😬

z
""",
    TASK("zoe.mitchell@acme-corp.example", "Zoe", "Mitchell"))

add("mix-41-task-german-staff-tia", "Florian Beck <florian.beck@acme-corp.example>", "Transfer to US vendor - TIA needed?",
    """Hi all,

we want to use an American analytics tool (HeatLens) on the car configurator of the German dealer websites. Data would be stored in the US. I think we need a transfer impact assessment and an update of the Verarbeitungsverzeichnis. Can you take care of it? Vendor contact is in CC.

Viele Grüße
Florian Beck
E-Commerce
""",
    TASK("florian.beck@acme-corp.example", "Florian", "Beck"))

add("mix-42-task-spanish-dpia-loyalty", "Marina Fuentes <marina.fuentes@acme-corp.example>", "EIPD / DPIA nuevo programa de fidelización",
    """Hola / Hi,

Marketing quiere lanzar en marzo el nuevo programa de fidelización de la aerolínea con perfiles de viajero y ofertas personalizadas (profiling). I think we need a DPIA. ¿Podéis empezarla? Os paso el brief.

Marina Fuentes
Loyalty & CRM
""",
    TASK("marina.fuentes@acme-corp.example", "Marina", "Fuentes"))

add("mix-43-task-italian-staff-training", "Paolo Greco <paolo.greco@acme-corp.example>", "GDPR training for new receptionists",
    """Hello,

we hired 15 new receptionists for the Italian gyms. They handle medical certificates and member data at the desk. Could you organise a short GDPR training (in Italian if possible, se no va bene anche in inglese)?

Grazie,
Paolo Greco
HR Italia
""",
    TASK("paolo.greco@acme-corp.example", "Paolo", "Greco"))

add("mix-44-task-municipality-agreement", "Anouk Smits <anouk.smits@acme-corp.example>", "Gemeente Eindhoven vraagt verwerkersovereenkomst",
    """Hi privacy team,

The municipality of Eindhoven (parking app contract) wants us to sign their own verwerkersovereenkomst instead of ours, and they added an audit clause and a 24h breach notification. Can you review their version and tell me what we can accept? Their deadline is next Friday.

Anouk Smits
Public Sector Accounts
""",
    TASK("anouk.smits@acme-corp.example", "Anouk", "Smits"))

# ---------------------------------------------------------------- incidents
add("mix-45-incident-box-on-train", "Liam Foster <liam.foster@acme-corp.example>", "ok so",
    """ok so slightly embarrassing - I left a box of tenant files on the 18:12 to Brighton last night. ~20 folders, references, ID copies, bank statements. called lost property, nothing yet. sorry!!

Liam
""",
    INC("liam.foster@acme-corp.example", "Liam", "Foster"))

add("mix-46-incident-french-english-misdirected", "Amélie Chauvin <amelie.chauvin@acme-corp.example>", "Mistake - email sent to wrong client",
    """Hello,

I write in English because my manager in London is in copy. This morning I sent by mistake the booking confirmation of the Dupont family (passports, birth dates of 2 children) to another client, Mr Durand. I realised after 10 minutes. I asked him to delete, no answer yet.

Désolée,
Amélie Chauvin
Agence voyages Paris Opéra
""",
    INC("amelie.chauvin@acme-corp.example", "Amélie", "Chauvin"))

add("mix-47-incident-german-english-ransomware", "Uwe Krause <uwe.krause@acme-corp.example>", "Ransomware travel agency Cologne",
    """Hi,

our travel agency in Köln was hit by ransomware tonight. The booking server is encrypted, there is a ransom note from a group called "BlackHarbor" who claim they downloaded customer data. Alle Systeme sind offline. IT security is on site. Please get in touch asap, wir brauchen euch für die Meldung.

Uwe Krause
Filialleiter Köln
""",
    INC("uwe.krause@acme-corp.example", "Uwe", "Krause"))

add("mix-48-incident-partner-dutch-english", "Security Office <security@autofinance-nl.example>", "Notification of personal data breach - Acme Motors customers",
    """Dear Acme Motors privacy team,

As your processor for car finance applications, AutoFinance Nederland B.V. hereby notifies you of a personal data breach. On 14 November 2026 an employee's mailbox was compromised and used to send phishing mails; the mailbox contained finance applications of approximately 140 of your customers (names, addresses, income data, ID copies).

We will send a full report within 48 hours.

Met vriendelijke groet / Kind regards,
Joost Verhagen
Information Security Officer
""",
    INC("security@autofinance-nl.example", "Joost", "Verhagen"))

add("mix-49-incident-marketplace-bug", "Kenji Watanabe <kenji.watanabe@acme-corp.example>", "Bug showed other users' addresses",
    """Hi privacy,

Heads up: between 09:10 and 11:45 this morning a caching bug on the marketplace checkout page showed some buyers the delivery address and phone number of another buyer. We estimate ~600 sessions were affected. The fix is deployed. Engineering is pulling logs to find out exactly who saw what.

Kenji Watanabe
Engineering Manager, Marketplace
""",
    INC("kenji.watanabe@acme-corp.example", "Kenji", "Watanabe"))

add("mix-50-incident-spanish-mfa", "Raquel Soto <raquel.soto@acme-corp.example>", "he aceptado una notificación MFA por error",
    """Hola / hi,

Esta mañana me llegaron como 20 notificaciones de MFA al móvil y al final le di a "aprobar" sin querer. Después vi que alguien había entrado en mi cuenta de Microsoft 365 y reenviado mails de clientes del concesionario (ofertas con datos personales) a una dirección externa. IT ya ha bloqueado la cuenta. Lo reporto aquí también.

Raquel Soto
""",
    INC("raquel.soto@acme-corp.example", "Raquel", "Soto"))

add("mix-51-incident-envelope-airport", "Nils Eriksson <nils.eriksson@acme-corp.example>", "Lost envelope with passport copies",
    """Hello,

I was escorting the school group to Rome yesterday and I lost an envelope with copies of the passports and the medical forms of the 24 pupils at Fiumicino airport (probably at security). Ho già fatto denuncia alla Polizia di Frontiera. What else do I need to do?

Nils Eriksson
Group Travel
""",
    INC("nils.eriksson@acme-corp.example", "Nils", "Eriksson"))

# ---------------------------------------------------------------- ignore
add("mix-52-spam-parcel-en-fr", "DPD Delivery <info@dpd-livraison-track.example>", "Your package / Votre colis - action required",
    """Dear customer / Cher client,

Your package could not be delivered. Votre colis n'a pas pu être livré.
Please pay the redelivery fee of 1.49 EUR / Merci de régler les frais de 1,49 EUR:

http://dpd-livraison-track.example/pay
""",
    IGN("spam"), headers=[AUTH("fail", "none", "fail", "dpd-livraison-track.example")])

add("mix-53-spam-fake-europol", "EUROPOL Cybercrime Unit <europol.notice@europa-cyber.example>", "OFFICIAL NOTICE - Case n. EU/2026/44817",
    """ATTENTION,

Following a seizure of computer material, your e-mail was found related to cases of child pornography, cyber-pornography and exhibitionism. You are requested to make your justifications within 72 hours by answering to this e-mail, otherwise a arrest warrant will be issued against you.

Commissioner Catherine De Bolle
EUROPOL
""",
    IGN("spam"), headers=["Reply-To: europol.enquiry.service@gmx-mail.example", AUTH("none", "none", "fail", "europa-cyber.example")])

add("mix-54-spam-crypto-gdpr", "Anna from CryptoVault <anna@cryptovault-invest.example>", "Your GDPR-compliant crypto wallet earned 3,420 EUR",
    """Hello,

Good news! Your dormant CryptoVault wallet has earned 3,420 EUR in staking rewards. Our platform is fully GDPR-compliant and your data is safe.

Withdraw your funds now (verification required): https://cryptovault-invest.example/withdraw

If you want us to delete your data, you must first withdraw your balance.
""",
    IGN("spam"))

add("mix-55-spam-domain-gdpr", "Domain Services <renewal@domain-registry-services.example>", "acme-corp.example - domain expiration & GDPR WHOIS notice",
    """DOMAIN NAME: acme-corp.example
EXPIRATION NOTICE

Due to the new GDPR regulations, your WHOIS data must be verified. Failure to complete the verification and renewal payment of 75.00 USD within 24 hours may result in the loss of your online presence and deletion of your domain data.

Secure payment: https://domain-registry-services.example/renew?d=acme-corp.example

This is not a bill. To unsubscribe from notices, reply REMOVE.
""",
    IGN("spam"), headers=SPAM_HDR)

add("mix-56-auto-reply-fr-en", "Hélène Dupuis <helene.dupuis@orange.example>", "Réponse automatique / Automatic reply: Post-mortem instructions for my data",
    """Bonjour, je suis absente jusqu'au 1er décembre.
Hello, I am away until 1 December and will answer on my return.

Hélène Dupuis
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: DR, RN, NRN, OOF"])

add("mix-57-bulk-newsletter-en-de", "EuroFleet Insider <news@eurofleet-insider.example>", "EuroFleet Insider | Fleet electrification, new EU rules / neue EU-Regeln",
    """EuroFleet Insider - November edition / Ausgabe November

- Fleet electrification: dealers report record demand
- Neue EU-Regeln für Gebrauchtwagen-Exporte
- Connected cars and the GDPR: what dealers must tell customers

Read more / Weiterlesen: https://eurofleet-insider.example/nov

Unsubscribe / Abmelden: https://eurofleet-insider.example/unsubscribe
""",
    IGN("bulk"), headers=["List-Id: EuroFleet Insider <insider.eurofleet-insider.example>", "List-Unsubscribe: <mailto:leave@eurofleet-insider.example>", "Precedence: bulk"])

add("mix-58-spam-header-only-unsubscribe", "Mailing Team <team@list-cleanup-mail.example>", "Please confirm: remove your data from our list",
    """Hello,

We are cleaning up our mailing list according to GDPR. If you want your e-mail address and personal data deleted, please confirm below. Otherwise no action is needed.

Confirm removal: https://list-cleanup-mail.example/confirm?u=acme

Thank you.
""",
    IGN("spam"), headers=[SPAM_HDR[0]])
