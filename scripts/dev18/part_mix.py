from common import *  # part mix: written blind

add("mix-01-pt-acesso-despejo", "João Pedro Carvalho Sousa <jp.carvalho.sousa@sapo-mail.example>",
    "Pedido de acesso aos meus dados pessoais",
    """Exmos. Senhores,

O vosso escritório representa o meu antigo senhorio numa ação de despejo que corre no Tribunal Judicial da Comarca de Lisboa. Nas peças processuais constam dados sobre a minha situação bancária e profissional que nunca lhe forneci.

Venho, ao abrigo do artigo 15.º do RGPD, solicitar que me informem quais os dados pessoais que tratam a meu respeito, qual a sua origem, e que me enviem uma cópia dos mesmos.

Com os melhores cumprimentos,
João Pedro Carvalho Sousa
""",
    R(["Access"], "jp.carvalho.sousa@sapo-mail.example", "João Pedro", "Carvalho Sousa"))

add("mix-02-pl-usuniecie", "Agnieszka Wójcik-Nowak <a.wojcik.nowak@wp-poczta.example>",
    "Usunięcie moich danych",
    """Dzień dobry,

w 2023 r. korzystałam z usług Państwa kancelarii w sprawie rozwodowej. Sprawa jest zakończona prawomocnym wyrokiem.

Proszę o usunięcie wszystkich moich danych osobowych, których nie muszą Państwo przechowywać na mocy przepisów, oraz o zaprzestanie wysyłania mi newslettera i zaproszeń na webinary. Proszę o potwierdzenie wykonania.

Z poważaniem,
Agnieszka Wójcik-Nowak
""",
    R(["Erasure", "Opposition"], "a.wojcik.nowak@wp-poczta.example", "Agnieszka", "Wójcik-Nowak"))

add("mix-03-sv-nyhetsbrev", "linnea.aberg@telia-post.example",
    "nyhetsbrev",
    "hej, avsluta min prenumeration på ert juridiska nyhetsbrev tack\n",
    R(["Opposition"], "linnea.aberg@telia-post.example"))

add("mix-04-da-nyt-navn", "Mette Lund <mette.lund@tdc-post.example>",
    "Rettelse af navn og adresse",
    """Hej,

Jeg er blevet gift og har taget min mands efternavn, så jeg hedder nu Mette Lund (tidligere Mette Kjærgaard). Jeg er også flyttet: Nørrebrogade 44, 2. th., 2200 København N.

Vil I venligst rette oplysningerne i jeres system, inden skødet bliver tinglyst?

Venlig hilsen
Mette Lund
""",
    R(["Rectification"], "mette.lund@tdc-post.example", "Mette", "Lund"))

add("mix-05-cs-zavet-uchovani", "Jiří Dvořák <jiri.dvorak@seznam-post.example>",
    "Dotaz k uchovávání údajů",
    """Dobrý den,

před rokem jsem u Vás sepisoval závěť. Rád bych věděl, jak dlouho uchováváte mé osobní údaje, komu je případně předáváte (například Notářské komoře nebo do evidence právních jednání pro případ smrti) a k jakému účelu.

Nežádám o kopii ani o výmaz, jde mi jen o informaci.

S pozdravem
Jiří Dvořák
""",
    R(["Information"], "jiri.dvorak@seznam-post.example", "Jiří", "Dvořák"))

add("mix-06-hu-tiltakozas", "Kovács Zsófia <kovacs.zsofia@freemail-hu.example>",
    "Tiltakozás és adattörlés",
    """Tisztelt Hölgyem/Uram!

Az Önök irodája hónapok óta küld nekem hírleveleket és szemináriumi meghívókat, pedig soha nem iratkoztam fel ezekre.

Tiltakozom személyes adataim marketing célú kezelése ellen, és kérem, hogy töröljék az adataimat a nyilvántartásukból.

Üdvözlettel:
Kovács Zsófia
""",
    R(["Opposition", "Erasure"], "kovacs.zsofia@freemail-hu.example", "Zsófia", "Kovács"))

add("mix-07-ro-transfer-notar", "Ioana Popescu <ioana.popescu@yahoo-ro.example>",
    "Transferul documentelor către noul notar",
    """Bună ziua,

Am decis să mut dosarul de succesiune al bunicii mele la un alt birou notarial. Vă rog să transmiteți documentele pe care vi le-am furnizat (actele de stare civilă scanate, extrasele de cont, tabelul cu bunurile în Excel) în format electronic, direct doamnei notar Elena Dumitrescu, la adresa notariat@dumitrescu-notar.example.

Cu stimă,
Ioana Popescu
""",
    R(["Portability"], "ioana.popescu@yahoo-ro.example", "Ioana", "Popescu"))

add("mix-08-fi-rajoittaminen", "Mikko Virtanen <mikko.virtanen@elisa-posti.example>",
    "Pyyntö käsittelyn rajoittamisesta",
    """Hei,

toimistonne hoitaa perintäasiaa, jossa minulta vaaditaan maksua yritykselle, jonka kanssa minulla ei ole ollut sopimusta. Olen riitauttanut saatavan.

Pyydän, että rajoitatte henkilötietojeni käsittelyä siihen asti, kunnes asia on selvitetty: älkää käyttäkö tietojani uusiin perintätoimiin älkääkä ilmoittako niitä luottotietorekisteriin. En pyydä tietojen poistamista.

Ystävällisin terveisin
Mikko Virtanen
""",
    R(["Restriction"], "mikko.virtanen@elisa-posti.example", "Mikko", "Virtanen"))

add("mix-09-hr-automatski", "Ivana Horvat <ivana.horvat@t-com-posta.example>",
    "Automatski odbijen zahtjev",
    """Poštovani,

pokušala sam putem vaše internetske stranice zakazati savjetovanje o radnom sporu, ali je sustav automatski odbio moj zahtjev uz poruku „procjena rizika negativna”.

Tražim da moj zahtjev preispita osoba, a ne računalo, te da mi objasnite na temelju čega je ta odluka donesena.

Lijep pozdrav,
Ivana Horvat
""",
    R(["AutomatedDecision"], "ivana.horvat@t-com-posta.example", "Ivana", "Horvat"))

add("mix-10-sl-dedic-oce", "Matej Novak <matej.novak@siol-posta.example>",
    "Osebni podatki mojega pokojnega očeta",
    """Spoštovani,

moj oče, Franc Novak, je umrl 15. avgusta letos. Vaša pisarna je leta 2020 sestavila njegovo oporoko.

Kot njegov sin in dedič prosim za seznanitev z osebnimi podatki mojega očeta, ki jih še hranite, in za kopijo teh podatkov. Prilagam mrliški list in sklep o dedovanju.

Lep pozdrav,
Matej Novak
""",
    R(["Access"], "matej.novak@siol-posta.example", "Franc", "Novak",
      representative="Matej Novak"))

add("mix-11-lv-dzesana", "Jānis Bērziņš <janis.berzins@inbox-lv.example>",
    "Personas datu dzēšana",
    """Labdien!

Pirms diviem gadiem konsultējos jūsu birojā par dzīvokļa pirkumu, taču līgumu ar jums tā arī nenoslēdzu. Lūdzu dzēst visus manus personas datus no jūsu sistēmām un rakstiski to apstiprināt.

Ar cieņu,
Jānis Bērziņš
""",
    R(["Erasure"], "janis.berzins@inbox-lv.example", "Jānis", "Bērziņš"))

add("mix-12-el-prosvasi-diorthosi", "Γιώργος Παπαδόπουλος <g.papadopoulos@otenet-mail.example>",
    "Αίτημα πρόσβασης και διόρθωσης στοιχείων",
    """Αξιότιμοι κύριοι,

Το γραφείο σας με εκπροσώπησε σε υπόθεση κληρονομιάς το 2024. Θα ήθελα να μου στείλετε αντίγραφο των προσωπικών δεδομένων που τηρείτε για μένα.

Επίσης, η διεύθυνσή μου έχει αλλάξει. Νέα διεύθυνση: Λεωφόρος Κηφισίας 120, 11526 Αθήνα. Παρακαλώ διορθώστε τη στα αρχεία σας.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
""",
    R(["Access", "Rectification"], "g.papadopoulos@otenet-mail.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-13-en-de-expat", "Rahul Verma <rahul.verma@mailbox-de.example>",
    "Datenauskunft / data request",
    """Hallo, hi,

sorry for the mix, mein Deutsch ist nicht so gut. Ich bin Mandant in Ihrem Münchner Büro (Arbeitsvertrag, Aktenzeichen 2026/AR/1187). Could you please send me eine Übersicht of all personal data you hold about me, incl. the notes from the Erstgespräch?

Also - keine Marketing-Mails mehr bitte, I keep getting invitations to your Immobilien-Abende which I never asked for.

Danke & best regards
Rahul Verma
""",
    R(["Access", "Opposition"], "rahul.verma@mailbox-de.example", "Rahul", "Verma"))

add("mix-14-spanglish-forward", "Laura Jiménez <l.jimenez@acme-corp.example>",
    "Fwd: closing my file",
    """Privacy team - forwarding a client email (mezcla de inglés y español, sorry). Can you handle? Thanks, Laura

---------- Forwarded message ---------
From: Gabriela Restrepo <gaby.restrepo@outlook-mail.example>
Date: Thu, Nov 12, 2026 at 8:05 PM
Subject: closing my file
To: Laura Jiménez <l.jimenez@acme-corp.example>

Hi Laura!! Quería pedirte que borren all my info de su sistema, the immigration case is closed y ya me mudé de vuelta a Miami. No necesito copia de nada. Gracias por todo!!!

Gaby Restrepo
Sent from my iPhone
""",
    R(["Erasure"], "gaby.restrepo@outlook-mail.example", "Gabriela", "Restrepo"))

add("mix-15-ptbr-anexo-lgpd", "Rafael Almeida <r.almeida@acme-corp.example>",
    "ENC: dúvida sobre meus dados",
    "",
    R(["Information"], "thiago.nascimento@uol-mail.example", "Thiago", "Nascimento"),
    attached=("Thiago Nascimento <thiago.nascimento@uol-mail.example>", "dúvida sobre meus dados",
              """Olá Dr. Almeida, tudo bem?

Queria entender melhor para que vocês usam os meus dados, com quem compartilham (vi que vocês têm parceiros no Brasil) e se eles são transferidos para fora da Europa. Aqui no Brasil a LGPD me dá esse direito, imagino que aí também.

Não precisa me mandar nada, só quero entender.

Abraços,
Thiago Nascimento
"""),
    note="Segue pedido de um cliente, obrigado. Rafael Almeida | Associate | Acme Corp Lisboa")

add("mix-16-nl-en-invoice", "Anand Kapoor <anand.kapoor@ziggo-mail.example>",
    "vraag over factuur / invoice",
    "Hi, ik heb een vraag about my invoice: het bedrag is hoger dan de offerte for the rental contract review. Can someone check? Thanks, Anand Kapoor\n",
    R(["Unknown"], "anand.kapoor@ziggo-mail.example", "Anand", "Kapoor"))

add("mix-17-pt-pai-filho-latin1", "Rui Ferreira Gomes <rui.ferreira.gomes@clix-mail.example>",
    "Dados do meu filho",
    """Boa tarde,

O meu filho, Tomás Ferreira Gomes, de 15 anos, participou num concurso escolar de debate patrocinado pelo vosso escritório. Os dados dele (nome, escola, fotografia) aparecem no vosso site e, pelos vistos, também na vossa lista de contactos, porque ele começou a receber e-mails vossos.

Como pai e representante legal, peço que apaguem todos os dados do meu filho.

Cumprimentos,
Rui Ferreira Gomes
""",
    R(["Erasure"], "rui.ferreira.gomes@clix-mail.example", "Tomás", "Ferreira Gomes",
      representative="Rui Ferreira Gomes"),
    ct=LATIN1, encode="latin-1")

add("mix-18-suedtirol-it-de", "Verena Pichler <verena.pichler@rolmail-bz.example>",
    "Notarwechsel / cambio notaio",
    """Guten Tag / Buongiorno,

ich wechsle für den Kaufvertrag den Notar, ho deciso di rivolgermi a un altro studio. Bitte schicken Sie die Unterlagen, die ich Ihnen gegeben habe (Grundbuchauszüge, Pläne als PDF, die Excel-Tabelle mit den Zahlungen) in formato digitale an den neuen Notar Dr. Hofer: notar.hofer@notariat-hofer.example.

Danke / grazie,
Verena Pichler
""",
    R(["Portability"], "verena.pichler@rolmail-bz.example", "Verena", "Pichler"))

add("mix-19-task-pl-warsaw-dpa", "Katarzyna Zielińska <k.zielinska@acme-corp.example>",
    "Umowa powierzenia - biuro tłumaczeń / DPA review",
    """Hi privacy team,

our Warsaw office wants to start working with a new translation agency (Tłumaczenia Prawnicze Sp. z o.o.) for court documents and medical reports. They sent us their umowa powierzenia przetwarzania danych (DPA) in Polish and English. Could you review it before we sign? They mention subcontractors in Ukraine.

Dziękuję,
Katarzyna Zielińska
Office Manager, Acme Corp Warszawa
""",
    TASK("k.zielinska@acme-corp.example", "Katarzyna", "Zielińska"))

add("mix-20-task-pt-registo", "Miguel Antunes <m.antunes@acme-corp.example>",
    "Registo de atividades - novo software",
    """Olá,

o escritório de Lisboa vai começar a usar um novo software de gestão de processos e de faturação a partir de janeiro. Precisamos de atualizar o registo de atividades de tratamento e, se calhar, a informação aos clientes. Podem tratar disso? Envio a documentação do fornecedor.

Obrigado,
Miguel Antunes
Diretor Administrativo
""",
    TASK("m.antunes@acme-corp.example", "Miguel", "Antunes"))

add("mix-21-task-sv-dpia", "Erik Lindqvist <e.lindqvist@acme-corp.example>",
    "Konsekvensbedömning för nytt jävskontrollsystem",
    """Hej!

Vi planerar att införa ett nytt system för jävskontroll (conflict check) på Stockholmskontoret, som även söker i offentliga register och sociala medier. Behöver vi göra en konsekvensbedömning (DPIA)? Kan ni i så fall ta fram den?

Mvh
Erik Lindqvist
Advokat, delägare
""",
    TASK("e.lindqvist@acme-corp.example", "Erik", "Lindqvist"))

add("mix-22-inc-cs-telefon", "Petr Svoboda <p.svoboda@acme-corp.example>",
    "Ztracený služební telefon",
    """Dobrý den,

včera večer jsem v tramvaji ztratil služební telefon. Jsou v něm e-maily klientů, WhatsApp konverzace a fotky dokumentů ze spisu. Telefon je chráněný PINem. IT oddělení už jsem informoval a zařízení mělo být vymazáno na dálku, ale potvrzení zatím nemám.

Petr Svoboda
advokátní koncipient
""",
    INC("p.svoboda@acme-corp.example", "Petr", "Svoboda"))

add("mix-23-inc-el-lathos", "Ελένη Γεωργίου <eleni.georgiou@forthnet-mail.example>",
    "Έλαβα έγγραφα άλλων ανθρώπων",
    """Καλησπέρα σας,

Έλαβα σήμερα από το γραφείο σας ένα email με συνημμένο ένα συμβόλαιο αγοραπωλησίας και αντίγραφα ταυτοτήτων δύο ανθρώπων που δεν γνωρίζω. Δεν έχω καμία σχέση με αυτή την υπόθεση. Τι πρέπει να κάνω;

Ελένη Γεωργίου
""",
    INC("eleni.georgiou@forthnet-mail.example", "Ελένη", "Γεωργίου"))

add("mix-24-inc-da-phishing", "Sofie Andersen <s.andersen@acme-corp.example>",
    "Har klikket på et mistænkeligt link",
    """Hej,

jeg kom til at klikke på et link i en mail, der lignede en faktura fra vores IT-leverandør, og indtastede mit brugernavn og password. Bagefter skete der ingenting, og så gik det op for mig, at det nok var phishing. Jeg har adgang til hele retssagsafdelingens fælles mappe.

Undskyld! Hvad gør jeg nu?

Sofie Andersen
Advokatsekretær
""",
    INC("s.andersen@acme-corp.example", "Sofie", "Andersen"))

add("mix-25-fu-pt-dsr", "Ana Rita Lopes <anarita.lopes@sapo-mail.example>",
    "Re: [DSR-80155] Confirmação de receção do seu pedido",
    """Bom dia,

Já passaram seis semanas desde esta confirmação e ainda não recebi qualquer resposta ao meu pedido. Agradeço que me digam quando posso esperar os dados.

Ana Rita Lopes

> Recebemos o seu pedido, registado com a referência DSR-80155.
> Responderemos no prazo legal de um mês.
""",
    FU("80155", "anarita.lopes@sapo-mail.example", "Ana Rita", "Lopes"))

add("mix-26-fu-el-taftotita", "Γιώργος Παπαδόπουλος <g.papadopoulos@otenet-mail.example>",
    "Re: Αίτημα πρόσβασης και διόρθωσης στοιχείων",
    """Καλημέρα σας,

Σε συνέχεια του προηγούμενου μηνύματός μου, σας επισυνάπτω αντίγραφο της ταυτότητάς μου για την ταυτοποίηση.

Γιώργος Παπαδόπουλος
""",
    FU(ref("mix-12-el-prosvasi-diorthosi"), "g.papadopoulos@otenet-mail.example", "Γιώργος", "Παπαδόπουλος"),
    headers=irt("mix-12-el-prosvasi-diorthosi"))

add("mix-27-spam-ro-en-loterie", "Euro Millions Claims Dept <claims@euro-lottery-winners.example>",
    "FELICITĂRI / CONGRATULATIONS - claim your 1.500.000 EUR",
    """Stimate câștigător / Dear winner,

Adresa dvs. de e-mail a fost selectată în tragerea noastră internațională. Your email address has won 1,500,000 EUR.

Pentru a revendica premiul, trimiteți numele complet, data nașterii și o copie a buletinului. Your personal data will be protected and deleted after payment.

Claims Department
""",
    IGN("spam", "claims@euro-lottery-winners.example"),
    headers=SPAM_HDR)

add("mix-28-spam-pl-rodo", "Centrum Zgodności RODO <biuro@rodo-audyt-pilne.example>",
    "PILNE: Kancelaria nie spełnia wymogów RODO - kara do 20 mln EUR",
    """Szanowni Państwo,

nasz system wykazał, że Państwa kancelaria nie usuwa danych osobowych klientów w wymaganym terminie. Grożą za to wysokie kary UODO.

Zamów audyt RODO w promocyjnej cenie 1 990 zł netto. Po audycie usuniemy wszystkie niezgodne dane i wystawimy certyfikat.

Oferta ważna 48 godzin.
""",
    IGN("spam", "biuro@rodo-audyt-pilne.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="rodo-audyt-pilne.example")])

add("mix-29-auto-sv-en", "Anna Sjöberg <anna.sjoberg@sjoberg-fastigheter.example>",
    "Frånvaromeddelande / Out of office: Inbjudan frukostseminarium",
    """Tack för ditt mejl. Jag är på semester till och med 30 november och läser inte min e-post.
Thank you for your email. I am on leave until 30 November and will not be reading email.

Anna Sjöberg
""",
    IGN("auto_reply", "anna.sjoberg@sjoberg-fastigheter.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("mix-30-bulk-da-nyhedsbrev", "Juridisk Nyt <nyhedsbrev@juridisk-nyt.example>",
    "Juridisk Nyt - uge 46",
    """I denne uge:

- Datatilsynet: ny vejledning om opbevaring af klientsager
- Højesteret om arveretlige tvister
- Kurser i december

Du modtager dette nyhedsbrev, fordi du er tilmeldt. Afmeld her.
""",
    IGN("bulk", "nyhedsbrev@juridisk-nyt.example"),
    headers=["List-Id: Juridisk Nyt <ugebrev.juridisk-nyt.example>",
             "List-Unsubscribe: <mailto:afmeld@juridisk-nyt.example>",
             "Precedence: bulk"])
