# Hand-written corpus messages, part 4: a harder batch written without running the code first
# (indirect phrasing, mixed languages, rights described but not exercised, long letters with
# the request at the end).
from corpus_part1 import M, add, R
from corpus_part2 import IGN

add("hard-01-en-request-at-end", "Fiona Walsh <fiona.walsh@eircom.example>", "My experience with your service",
    "Dear team,\n\nI have been a customer for many years and I was generally satisfied with the service, although the last two deliveries were late and the customer service did not answer my calls. I have now found another supplier that suits me better, and I closed my direct debit last month.\n\nI also noticed that I keep getting catalogues by post even though I never asked for them.\n\nTherefore I ask you to erase all personal data you hold about me.\n\nRegards,\nFiona Walsh\n",
    R(["Erasure"], "fiona.walsh@eircom.example", "Fiona", "Walsh"))
add("hard-02-fr-droits-decrits", "Lucie Perrot <lucie.perrot@free.example>", "Question sur vos mentions légales",
    "Bonjour,\n\nVotre politique de confidentialité indique que je dispose des droits prévus aux articles 15 à 22 du RGPD. Pourriez-vous m'indiquer simplement combien de temps vous conservez les factures ?\n\nMerci,\nLucie Perrot\n",
    R(["Information"], "lucie.perrot@free.example", "Lucie", "Perrot"))
add("hard-03-en-keep-account-stop-emails", "Ravi Sharma <ravi.sharma@gmail.example>", "Emails",
    "Hi, I don't want to close my account, I just want you to stop sending me promotional emails.\n",
    R(["Opposition"], "ravi.sharma@gmail.example", "Ravi", "Sharma"))
add("hard-04-de-sperren", "Ute Krause <ute.krause@web.example>", "Sperrung meiner Daten",
    "Sehr geehrte Damen und Herren,\n\nbis zur Klärung des Rechtsstreits bitte ich Sie, meine Daten zu sperren und nicht weiter zu verarbeiten.\n\nUte Krause\n",
    R(["Restriction"], "ute.krause@web.example", "Ute", "Krause"))
add("hard-05-nl-kopie-en-correctie", "Bas Willems <bas.willems@ziggo.example>", "Inzage en correctie",
    "Beste,\n\nGraag ontvang ik een overzicht van alle gegevens die u over mij heeft. Ik vermoed dat mijn geboortedatum onjuist is; als dat zo is, wilt u die dan corrigeren?\n\nGroet,\nBas Willems\n",
    R(["Access", "Rectification"], "bas.willems@ziggo.example", "Bas", "Willems"))
add("hard-06-es-olvido", "Nuria Blanco <nuria.blanco@gmail.example>", "Derecho al olvido",
    "Hola, ejerzo mi derecho al olvido. No quiero aparecer en sus bases de datos.\n",
    R(["Erasure"], "nuria.blanco@gmail.example", "Nuria", "Blanco"))
add("hard-07-it-aggiornare", "Stefano Galli <stefano.galli@libero.example>", "Nuovo indirizzo email",
    "Buongiorno, ho cambiato indirizzo email. Potete aggiornare i miei dati con il nuovo indirizzo? Grazie, Stefano Galli\n",
    R(["Rectification"], "stefano.galli@libero.example", "Stefano", "Galli"))
add("hard-08-en-mixed-fr", "Claire Dumas <claire.dumas@gmail.example>", "Demande / request",
    "Bonjour / Hello,\n\nJe souhaite la suppression de mon compte. I would like my account to be deleted.\n\nClaire Dumas\n",
    R(["Erasure"], "claire.dumas@gmail.example", "Claire", "Dumas"))
add("hard-09-en-not-unsubscribe", "Greg Palmer <greg.palmer@yahoo.example>", "Newsletter address",
    "Hi, please don't unsubscribe me, I just want the newsletter sent to my new address greg.palmer@newmail.example instead of this one.\n",
    R(["Rectification"], "greg.palmer@yahoo.example", "Greg", "Palmer"))
add("hard-10-de-auskunft-empfaenger", "Dieter Lorenz <dieter.lorenz@t-online.example>", "Weitergabe meiner Daten",
    "Guten Tag,\n\nan welche Firmen haben Sie meine Daten weitergegeben? Ich bekomme seit meiner Bestellung Anrufe von Fremdfirmen.\n\nDieter Lorenz\n",
    # A question about recipients without asking for a copy is Information (label semantics of
    # the evaluation sets); it was labelled Access before the second round of issue 15.
    R(["Information"], "dieter.lorenz@t-online.example", "Dieter", "Lorenz"))
add("hard-11-fr-ne-plus-etre-appele", "Robert Meunier <robert.meunier@orange.example>", "Appels",
    "Bonjour, vos commerciaux m'appellent tous les jours. Je ne veux plus être appelé. Merci.\n",
    R(["Opposition"], "robert.meunier@orange.example", "Robert", "Meunier"))
add("hard-12-en-former-employee", "Sam Turner <sam.turner@gmail.example>", "Former employee - my HR file",
    "Hello,\n\nI left the company in March. I would like to receive my complete HR file, including my performance reviews and any notes about my dismissal.\n\nSam Turner\n",
    R(["Access"], "sam.turner@gmail.example", "Sam", "Turner"))
add("hard-13-nl-negatie-dubbel", "Eva Jacobs <eva.jacobs@kpn.example>", "Account",
    "Hallo, verwijder mijn account niet, maar zet mijn profiel wel op privé en stuur me geen reclame meer.\n",
    R(["Opposition"], "eva.jacobs@kpn.example", "Eva", "Jacobs"))
add("hard-14-en-incident-customer-leak", "Tony Russo <tony.russo@gmail.example>", "I can see other people's orders",
    "When I log into my account I can see the orders and home addresses of other customers. Please fix this, it is a serious privacy problem.\n",
    {"kind": "incident", "email": "tony.russo@gmail.example", "given_name": "Tony", "family_name": "Russo"})
add("hard-15-fr-ooo-prolonge", "Nathalie Robin <nathalie.robin@acme-partner.example>", "Absence prolongée",
    "Bonjour, je suis en congé maternité jusqu'au 15 mars. Merci de contacter ma collègue.\n",
    IGN("auto_reply"))
add("hard-16-de-loeschung-nach-art17-lang", "Familie Zimmermann <zimmermann.familie@gmx.example>", "Antrag",
    "Sehr geehrte Damen und Herren,\n\nwir haben vor zwei Jahren über Ihr Portal eine Ferienwohnung gebucht. Die Buchung ist längst abgeschlossen, die Rechnung bezahlt und es bestehen keine offenen Forderungen.\n\nGemäß Art. 17 DSGVO beantragen wir hiermit die Löschung aller personenbezogenen Daten unserer Familie.\n\nMit freundlichen Grüßen\nFamilie Zimmermann\n",
    R(["Erasure"], "zimmermann.familie@gmx.example", "Familie", "Zimmermann"))
add("hard-17-it-accesso-semplice", "Laura Ferrara <laura.ferrara@tim.example>", "Dati",
    "Buonasera, vorrei sapere che dati personali conservate su di me. Grazie.\n",
    R(["Access"], "laura.ferrara@tim.example", "Laura", "Ferrara"))
add("hard-18-es-rectificar-apellido", "José Luis Herrera <jl.herrera@gmail.example>", "Error en mi apellido",
    "Buenos días, mi apellido está mal escrito en sus facturas, es Herrera con doble r. ¿Pueden corregirlo? Gracias.\n",
    R(["Rectification"], "jl.herrera@gmail.example", "José Luis", "Herrera"))
