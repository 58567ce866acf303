from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests
add("mix-01-pt-acesso", "João Pedro Gonçalves da Silva <jp.goncalves@correio-pt.example>",
    "Pedido de acesso aos meus dados",
    "Bom dia,\n\nFui treinador adjunto no campo de férias de Peniche em 2024. Gostaria de saber que dados "
    "pessoais têm sobre mim e receber uma cópia, incluindo as avaliações feitas no final da época. "
    "Reparei também que o meu NIF na ficha de colaborador está errado; agradeço que o corrijam.\n\n"
    "Com os melhores cumprimentos,\nJoão Pedro Gonçalves da Silva\n",
    R(["Access", "Rectification"], "jp.goncalves@correio-pt.example", "João Pedro", "Gonçalves da Silva"))

add("mix-02-pl-usuniecie", "Małgorzata Wójcik-Zielińska <m.wojcik-zielinska@poczta-pl.example>",
    "Usunięcie danych osobowych",
    "Dzień dobry,\n\nna podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych osobowych z "
    "Państwa systemów. Od 2024 roku nie jestem już członkinią sekcji siatkówki.\n\n"
    "Z poważaniem\nMałgorzata Wójcik-Zielińska\n",
    R(["Erasure"], "m.wojcik-zielinska@poczta-pl.example", "Małgorzata", "Wójcik-Zielińska"))

add("mix-03-sv-utskick", "Åsa Lindström <asa.lindstrom@post-se.example>", "Sluta skicka reklam",
    "Hej!\n\nJag får fortfarande utskick om era sommarläger fast mina barn slutade för flera år sedan. "
    "Jag vill inte ha någon mer reklam från er, varken mejl eller sms. Stryk mig från era "
    "utskickslistor.\n\nMvh\nÅsa Lindström\n\nSkickat från min iPhone\n",
    R(["Opposition"], "asa.lindstrom@post-se.example", "Åsa", "Lindström"))

add("mix-04-da-navn", "Søren Højgaard Mikkelsen <soren.hm@post-dk.example>", "Forkert stavet navn",
    "Hej\n\nMit efternavn er stavet forkert i jeres medlemssystem og på holdlisten til "
    "U17-håndbold: der står 'Soren Hojgaard', men det skal være 'Søren Højgaard Mikkelsen'. Kan I rette "
    "det?\n\nVenlig hilsen\nSøren Højgaard Mikkelsen\n",
    R(["Rectification"], "soren.hm@post-dk.example", "Søren", "Højgaard Mikkelsen"))

add("mix-05-cs-prenositelnost", "Tereza Dvořáková <tereza.dvorakova@posta-cz.example>",
    "Žádost o přenositelnost údajů",
    "Dobrý den,\n\npřestupuji do jiného svazu. Prosím o zaslání mých údajů (výsledky závodů, licence, "
    "historie registrací) ve strojově čitelném formátu, např. CSV, abych je mohla předat novému "
    "klubu.\n\nS pozdravem\nTereza Dvořáková\n",
    R(["Portability"], "tereza.dvorakova@posta-cz.example", "Tereza", "Dvořáková"))

add("mix-06-hu-tajszam", "Kovács Eszter <kovacs.eszter@posta-hu.example>", "Kérdés az adatkezelésről",
    "Tisztelt Adatvédelmi Tisztviselő!\n\nA lányom nyári táborra való jelentkezésénél azt kérik, hogy "
    "adjam meg a TAJ-számát és az oltási adatait. Szeretném tudni, milyen célból kezelik ezeket az "
    "adatokat, kik férnek hozzá, és meddig őrzik meg őket.\n\nÜdvözlettel:\nKovács Eszter\n",
    R(["Information"], "kovacs.eszter@posta-hu.example", "Eszter", "Kovács"))

add("mix-07-ro-fotografii", "Mihaela Popescu <mihaela.popescu@posta-ro.example>",
    "Fotografii cu fiica mea",
    "Bună ziua,\n\nSunt mama Ioanei Popescu (9 ani), care face înot la clubul din Cluj. Am văzut că pe "
    "site-ul și pe pagina de Facebook a federației sunt publicate fotografii cu ea de la concursul din "
    "octombrie, cu numele complet. Vă rog să le ștergeți.\n\nMulțumesc,\nMihaela Popescu\n",
    R(["Erasure"], "mihaela.popescu@posta-ro.example", "Ioana", "Popescu",
      representative="Mihaela Popescu"))

add("mix-08-fi-rajoitus", "Juha-Pekka Mäkinen <juhapekka.makinen@posti-fi.example>",
    "Virheellinen merkintä - käsittelyn rajoittaminen",
    "Hei,\n\nrekisterissänne on minusta merkintä, että minulla on polvivamma ja olen pelikiellossa. "
    "Tieto on vanhentunut: uusi lääkärintodistus on toimitettu seuralle viime viikolla. Kunnes asia on "
    "tarkistettu, pyydän rajoittamaan tämän tiedon käsittelyä - älkää käyttäkö sitä joukkuevalinnoissa "
    "älkääkä luovuttako sitä eteenpäin.\n\nYstävällisin terveisin\nJuha-Pekka Mäkinen\n",
    R(["Restriction"], "juhapekka.makinen@posti-fi.example", "Juha-Pekka", "Mäkinen"))

add("mix-09-hr-sudac", "Ivana Kovačević <ivana.kovacevic@posta-hr.example>",
    "Automatski odbijena licenca",
    "Poštovani,\n\nsustav mi je automatski odbio produženje sudačke licence zbog 'nedovoljnog broja "
    "bodova' na online testu, iako sam test prekinula zbog pada interneta. Nitko nije pogledao moj "
    "slučaj. Tražim da odluku preispita osoba, a ne računalo, i da mi objasnite kako je donesena.\n\n"
    "Lijep pozdrav,\nIvana Kovačević\n",
    R(["AutomatedDecision"], "ivana.kovacevic@posta-hr.example", "Ivana", "Kovačević"))

add("mix-10-sl-kopija-izbris", "Žiga Kranjc <ziga.kranjc@posta-si.example>", "Moji osebni podatki",
    "Pozdravljeni,\n\nprosim, da mi pošljete kopijo vseh osebnih podatkov, ki jih hranite o meni. Ko jih "
    "prejmem, jih prosim v celoti izbrišite, saj nisem več član kluba.\n\nLep pozdrav,\nŽiga Kranjc\n",
    R(["Access", "Erasure"], "ziga.kranjc@posta-si.example", "Žiga", "Kranjc"))

add("mix-11-lv-reklamas", "Ilze Bērziņa <ilze.berzina@pasts-lv.example>", "Reklāmas e-pasti",
    "Labdien!\n\nLūdzu, pārtrauciet man sūtīt reklāmas e-pastus par vasaras nometnēm. Es nepiekrītu, ka "
    "mani dati tiek izmantoti mārketingam. Lūdzu arī izdzēsiet manu e-pasta adresi un tālruņa numuru no "
    "savas datubāzes.\n\nAr cieņu,\nIlze Bērziņa\n",
    R(["Opposition", "Erasure"], "ilze.berzina@pasts-lv.example", "Ilze", "Bērziņa"))

add("mix-12-el-diagrafi", "Γιώργος Παπαδόπουλος <g.papadopoulos@mail-gr.example>",
    "Διαγραφή προσωπικών δεδομένων",
    "Καλησπέρα σας,\n\nΘα ήθελα να διαγράψετε όλα τα προσωπικά μου δεδομένα από τα αρχεία σας. "
    "Ήμουν προπονητής στην καλοκαιρινή κατασκήνωση το 2024 και δεν συνεργάζομαι πλέον μαζί σας.\n\n"
    "Ευχαριστώ,\nΓιώργος Παπαδόπουλος\n",
    R(["Erasure"], "g.papadopoulos@mail-gr.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-13-fr-en-belge", "Géraldine Van Hove <geraldine.vanhove@mail-be.example>",
    "mes données / my data",
    "Bonjour / Hello,\n\nNot sure which language to use, je suis belge mais je bosse en anglais toute la "
    "journée... I'd like to see what personal info you keep about me (je suis bénévole au club de hockey "
    "de Waterloo depuis 2019). Et mon adresse chez vous est fausse: it should be Rue du Moulin 8, 1410 "
    "Waterloo, not the old one in Braine.\n\nMerci / thanks\nGéraldine Van Hove\n",
    R(["Access", "Rectification"], "geraldine.vanhove@mail-be.example", "Géraldine", "Van Hove"))

add("mix-14-de-en-expat", "Oliver Whitmore <oliver.whitmore@muenchen-mail.example>",
    "Vereinswechsel / leaving",
    "Hi there,\n\nich bin Engländer, living in München for 6 years now, sorry for the Denglisch. I'm moving "
    "to a rugby club in another federation next season. Could you send me my match records and licence "
    "data as CSV so I can give them to the new club, und danach bitte mein Konto komplett löschen?\n\n"
    "Cheers / Grüße\nOliver Whitmore\n",
    R(["Portability", "Erasure"], "oliver.whitmore@muenchen-mail.example", "Oliver", "Whitmore"))

add("mix-15-nl-en-html", "Priya Kaur-de Graaf <priya.kaurdegraaf@mail-nl.example>", "vraagje / question",
    html("Hoi / Hi,",
         "Our son's team is now using a new app for training schedules. Welk bedrijf host die app, "
         "and where is the data stored - binnen de EU? Who besides the coaches can see the kids' "
         "details?",
         "Thanks!<br>Priya Kaur-de Graaf"),
    R(["Information"], "priya.kaurdegraaf@mail-nl.example", "Priya", "Kaur-de Graaf"), ct=HTML)

add("mix-16-ptbr-cadastro", "Thiago dos Santos Oliveira <thiago.oliveira@correio-br.example>",
    "Correção de cadastro",
    "Olá, tudo bem?\n\nMeu nome no cadastro está errado: está 'Thiago Santos' mas o certo é 'Thiago dos "
    "Santos Oliveira'. A data de nascimento também está trocada (03/07/2006 em vez de 07/03/2006). "
    "Poderiam corrigir? Preciso disso pra inscrição no torneio.\n\nAbraço,\nThiago dos Santos Oliveira\n",
    R(["Rectification"], "thiago.oliveira@correio-br.example", "Thiago", "dos Santos Oliveira"))

add("mix-17-pl-fwd-attached", "Katarzyna Nowicka <katarzyna.nowicka@acme-corp.example>",
    "Fwd: prośba o kopię danych", "",
    R(["Access"], "piotr.kaminski@poczta-pl.example", "Piotr", "Kamiński"),
    note="Hi privacy team, this came to the Warsaw office mailbox - the customer asks for a copy of his "
         "data (in Polish). Can you take it?\n\nKasia",
    attached=("Piotr Kamiński <piotr.kaminski@poczta-pl.example>", "prośba o kopię danych",
              "Dzień dobry,\n\nproszę o przesłanie kopii wszystkich danych osobowych, które Państwo o mnie "
              "przetwarzają (byłem opiekunem na obozie w Zakopanem w 2025 r.).\n\nPozdrawiam\nPiotr Kamiński\n"))

add("mix-18-it-en-prezzi", "giada.m@posta-veloce.example", "summer camp info",
    "Hi! volevo chiedere how much is the summer camp for two siblings? e c'è il pulmino from Verona or "
    "do we need to bring them? grazie mille\nGiada\n",
    R(["Unknown"], "giada.m@posta-veloce.example", "Giada", None))

add("mix-19-sv-god-man", "Birgitta Sjöberg <birgitta.sjoberg@post-se.example>",
    "Uppgifter om Ahmad Rahimi",
    "Hej,\n\njag är god man för Ahmad Rahimi, 15 år, som spelar fotboll i ert P15-lag i Malmö. Jag "
    "skulle vilja få ut vilka uppgifter ni har registrerade om honom (registrering, hälsodeklaration, "
    "bilder) eftersom vi går igenom hans papper inför flytten.\n\nMed vänlig hälsning\nBirgitta Sjöberg\n"
    "God man\n",
    R(["Access"], "birgitta.sjoberg@post-se.example", "Ahmad", "Rahimi",
      representative="Birgitta Sjöberg"))

# ---------------------------------------------------------------- tasks
add("mix-20-pt-en-surfcamp", "Rui Carvalho <rui.carvalho@acme-corp.example>",
    "Parceria surf camp Peniche - contrato",
    "Olá team,\n\nWe're partnering with a surf school in Peniche for the July camps. Eles vão receber "
    "nomes, idades, nível de natação e contactos de emergência das crianças. Could you check their "
    "contract and prepare whatever data agreement we need? Obrigado!\n\nRui Carvalho\nCamps Portugal\n",
    TASK("rui.carvalho@acme-corp.example", "Rui", "Carvalho"))

add("mix-21-pl-rejestr", "Agnieszka Lewandowska <agnieszka.lewandowska@acme-corp.example>",
    "Monitoring na hali w Krakowie",
    "Cześć,\n\nod lutego wprowadzamy monitoring wizyjny na hali sportowej w Krakowie (również w "
    "korytarzu przy szatniach dzieci). Proszę o aktualizację rejestru czynności przetwarzania i "
    "informację, czy potrzebna jest ocena skutków.\n\nDzięki\nAgnieszka Lewandowska\n",
    TASK("agnieszka.lewandowska@acme-corp.example", "Agnieszka", "Lewandowska"))

add("mix-22-de-en-fragebogen", "Jonas Baumann <jonas.baumann@acme-corp.example>",
    "Security questionnaire / Fragebogen Anmeldeplattform",
    "Hi zusammen,\n\nder neue Anbieter für die Online-Anmeldungen (aus Zürich) has sent us their "
    "security & privacy questionnaire. Könnt ihr den Datenschutz-Teil ausfüllen? Deadline is Friday.\n\n"
    "Thx, Jonas\n",
    TASK("jonas.baumann@acme-corp.example", "Jonas", "Baumann"))

# ---------------------------------------------------------------- incidents
add("mix-23-pt-ficha-outra", "Ana Rita Ferreira <anarita.ferreira@correio-pt.example>",
    "Recebi dados de outra criança",
    "Boa tarde,\n\nRecebi por engano um e-mail vosso com a ficha de inscrição de outra criança, com "
    "cópia do cartão de cidadão, morada e informação médica (epilepsia). O meu filho chama-se de outra "
    "forma e nem está inscrito nesse campo. Já apaguei, mas acho que devem saber.\n\nAna Rita Ferreira\n",
    INC("anarita.ferreira@correio-pt.example", "Ana Rita", "Ferreira"))

add("mix-24-sv-telefon", "Erik Nyberg <erik.nyberg@acme-corp.example>", "Tappat jobbtelefonen",
    "Hej,\n\njag tappade min jobbtelefon på bussen igår kväll. Den har ingen skärmlås-kod. I den finns "
    "gruppchatten med föräldrarna och foton på barnen från höstlägret. Har spärrat SIM-kortet.\n\n"
    "Erik Nyberg\nLägerledare\n",
    INC("erik.nyberg@acme-corp.example", "Erik", "Nyberg"))

add("mix-25-ro-lista-parinti", "Andrei Dumitrescu <andrei.dumitrescu@acme-corp.example>",
    "Am trimis lista greșită tuturor părinților",
    "Bună,\n\nAzi-dimineață am trimis din greșeală tuturor părinților de la tabăra de iarnă tabelul "
    "complet cu datele copiilor (CNP, adrese, alergii) în loc de programul taberei. Aproximativ 60 de "
    "destinatari. Ce trebuie să fac?\n\nAndrei Dumitrescu\n",
    INC("andrei.dumitrescu@acme-corp.example", "Andrei", "Dumitrescu"))

# ---------------------------------------------------------------- follow-ups
add("mix-26-pl-ponaglenie", "Krzysztof Mazur <krzysztof.mazur@poczta-pl.example>",
    "Odp: [DSR-84502] Potwierdzenie otrzymania wniosku",
    "Dzień dobry,\n\nminął już ponad miesiąc, a nadal nie otrzymałem odpowiedzi. Proszę o informację, "
    "na jakim etapie jest mój wniosek.\n\nKrzysztof Mazur\n\n"
    "> Państwa wniosek został zarejestrowany pod numerem DSR-84502.\n",
    FU("84502", "krzysztof.mazur@poczta-pl.example", "Krzysztof", "Mazur"))

add("mix-27-sl-dodatek", "Žiga Kranjc <ziga.kranjc@posta-si.example>", "Re: Moji osebni podatki",
    "Še dodatek: moja članska številka je SI-44120, če vam pomaga pri iskanju.\n\nŽiga\n",
    FU(ref("mix-10-sl-kopija-izbris"), "ziga.kranjc@posta-si.example", "Žiga", "Kranjc"),
    headers=irt("mix-10-sl-kopija-izbris"))

# ---------------------------------------------------------------- ignored
add("mix-28-pt-spam-premio", "Promoções <premio@sorteio-brasil.example>",
    "Parabéns! Você foi selecionado para receber um iPhone 17",
    "Parabéns!\n\nVocê foi selecionado entre milhares de participantes. Para receber o seu prémio, "
    "confirme os seus dados pessoais e pague apenas os portes de envio (4,99 EUR).\n\nCLIQUE AQUI\n",
    IGN("spam", "premio@sorteio-brasil.example"), headers=SPAM_HDR)

add("mix-29-hu-en-spam-torles", "AdatVédelem Pro <info@adattorles-pro.example>",
    "Személyes adatok törlése az internetről / Remove your data",
    "Kedves Ügyfelünk! / Dear customer,\n\nAz Ön személyes adatai több mint 200 weboldalon elérhetők. "
    "We delete them for you with automatic GDPR requests - csak 3 990 Ft/hó!\n\n"
    "Próbálja ki ingyen / Try it free >>\n",
    IGN("spam", "info@adattorles-pro.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="adattorles-pro.example")])

add("mix-30-da-autosvar", "Mette Kjær <mette.kjaer@kommune-dk.example>", "Autosvar: Jeres henvendelse",
    "Tak for din mail. Jeg holder ferie til og med 25. november og læser ikke mails i den periode. "
    "Ved hastesager kontakt venligst Fritidsafdelingen.\n\nMed venlig hilsen\nMette Kjær\n",
    IGN("auto_reply", "mette.kjaer@kommune-dk.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-31-fi-uutiskirje", "Urheiluliitto Uutiset <uutiset@urheiluliitto.example>",
    "Seurauutiset marraskuu",
    "SEURAUUTISET\n\n- Nuorten talviturnausten ilmoittautuminen alkaa\n- Valmentajakoulutus tammikuussa\n"
    "- Seuratuki 2027 haku auki\n\nPeruuta tilaus: https://urheiluliitto.example/peruuta\n",
    IGN("bulk", "uutiset@urheiluliitto.example"),
    headers=["List-Id: Seurauutiset <seurauutiset.urheiluliitto.example>",
             "List-Unsubscribe: <https://urheiluliitto.example/peruuta>", "Precedence: bulk"])
