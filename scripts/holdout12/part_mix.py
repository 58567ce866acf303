from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests

add("mix-01-pt-acesso-formal", "Inês Carvalho Sousa <ines.csousa@correio.example>", "Pedido ao abrigo do artigo 15.º do RGPD",
    """Exmos. Senhores,

Venho por este meio, ao abrigo do artigo 15.º do RGPD, solicitar que me seja facultada toda a informação pessoal que a Lingo conserva a meu respeito, incluindo as gravações das sessões com os explicadores, as avaliações de nível e os dados de faturação.

Com os melhores cumprimentos,
Inês Carvalho Sousa
Porto
""",
    R(["Access"], "ines.csousa@correio.example", "Inês", "Carvalho Sousa"))

add("mix-02-br-excluir-propaganda", "Thiago Nascimento <thiago.nasc@correio-br.example>", "excluir conta",
    """Oi gente, tudo bem? Quero excluir minha conta do Cava Club, me mudei pra Portugal e não vou mais usar. E por favor parem de me mandar propaganda no WhatsApp, já pedi no chat e nada. Valeu!

Thiago
""",
    R(["Erasure", "Opposition"], "thiago.nasc@correio-br.example", "Thiago", "Nascimento"))

add("mix-03-pl-nazwisko-znaki", "Łukasz Wróblewski <lukasz.wroblewski@poczta.example>", "Błędne nazwisko w profilu AeroPlus",
    """Dzień dobry,

w moim profilu AeroPlus nazwisko jest zapisane jako „Lukasz Wroblewski", a na kartach pokładowych wychodzi „WROBLEWSKI LUKASZ MR". W paszporcie mam „WRÓBLEWSKI ŁUKASZ". Proszę o poprawienie danych zgodnie z dokumentem, bo przy odprawie za każdym razem są pytania. Przy okazji: data urodzenia też jest błędna, powinno być 07.09.1986.

Pozdrawiam serdecznie
Łukasz Wróblewski
""",
    R(["Rectification"], "lukasz.wroblewski@poczta.example", "Łukasz", "Wróblewski"))

add("mix-04-sv-registerutdrag", "Karin Lindqvist <karin.lindqvist@post.example>", "Begäran om registerutdrag",
    """Hej!

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag har använt Lingo sedan 2024 och är även medlem i Cava Club. Skicka gärna utdraget till den här adressen.

Med vänliga hälsningar
Karin Lindqvist
Göteborg
""",
    R(["Access"], "karin.lindqvist@post.example", "Karin", "Lindqvist"))

add("mix-05-da-frabeder-tilbud", "Mads Kjærgaard <mads.kjaergaard@post.example>", "Frabeder mig tilbud fra partnere",
    """Hej,

Jeg er glad for mit AeroPlus-medlemskab, men jeg frabeder mig alle tilbud fra jeres samarbejdspartnere – hoteller, biludlejning, kreditkort. Jeg mener ikke, at jeg har givet samtykke til det, og hvis jeg har, trækker jeg det tilbage hermed.

Venlig hilsen
Mads Kjærgaard
""",
    R(["Opposition"], "mads.kjaergaard@post.example", "Mads", "Kjærgaard"))

add("mix-06-ro-stergere-fara-diacritice", "Andrei Popescu <andrei.popescu@posta.example>", "stergere cont",
    """Buna ziua,

va rog sa stergeti contul meu de Cava Club si toate datele mele (adresa, telefon, copia buletinului de la verificarea varstei). Nu mai doresc sa fiu membru.

Multumesc,
Andrei Popescu
""",
    R(["Erasure"], "andrei.popescu@posta.example", "Andrei", "Popescu"))

add("mix-07-cs-salonek-dotaz", "Tereza Dvořáková <tereza.dvorakova@posta.example>", "Dotaz k údajům v salonku",
    """Dobrý den,

při vstupu do salonku AeroPlus v Praze mi naskenovali palubní vstupenku i věrnostní kartu. Ráda bych věděla, jak dlouho tyto údaje uchováváte, komu je předáváte (provozovatel salonku je podle všeho jiná firma) a jestli se používají k marketingu.

S pozdravem
Tereza Dvořáková
""",
    R(["Information"], "tereza.dvorakova@posta.example", "Tereza", "Dvořáková"))

add("mix-08-tr-verilerim", "Elif Yıldız <elif.yildiz@posta.example>", "Kişisel verilerim hakkında",
    """Merhaba,

Lingo uygulamasını iki yıldır kullanıyorum. Hakkımda hangi kişisel verileri sakladığınızı öğrenmek ve bunların tamamını görmek istiyorum (ders kayıtları, seviye sınavı sonuçları, ödeme bilgileri). Bana e-posta ile gönderebilir misiniz?

Teşekkürler,
Elif Yıldız
İzmir
""",
    R(["Access"], "elif.yildiz@posta.example", "Elif", "Yıldız"))

add("mix-09-el-diagrafi", "Νίκος Παπαδόπουλος <nikos.papadopoulos@posta.example>", "Διαγραφή λογαριασμού AeroPlus",
    """Καλησπέρα σας,

Παρακαλώ να διαγράψετε τον λογαριασμό μου στο πρόγραμμα AeroPlus και όλα τα προσωπικά μου δεδομένα. Δεν ταξιδεύω πλέον με την εταιρεία σας.

Ευχαριστώ,
Νίκος Παπαδόπουλος
""",
    R(["Erasure"], "nikos.papadopoulos@posta.example", "Νίκος", "Παπαδόπουλος"))

add("mix-10-bg-latinica-danni", "Georgi Dimitrov <georgi.dimitrov@posta.example>", "danni",
    """Zdraveite,
iskam da razbera kakvi lichni danni pazite za men v Lingo i da mi gi izpratite. Imam akaunt ot 2023 g.
Blagodarya,
Georgi Dimitrov
""",
    R(["Access"], "georgi.dimitrov@posta.example", "Georgi", "Dimitrov"))

add("mix-11-hu-szintfelmero-ember", "Kovács Péter <kovacs.peter@posta.example>", "Szóbeli szintfelmérő – emberi felülvizsgálat",
    """Tisztelt Lingo!

A múlt héten letettem a szóbeli szintfelmérőt, és B1-es eredményt kaptam, pedig C1-es nyelvvizsgám van. Úgy tudom, az értékelést automatikus rendszer végzi. Kérem, hogy az eredményt egy ember vizsgálja felül, és tájékoztassanak arról, milyen szempontok alapján született a döntés.

Üdvözlettel:
Kovács Péter
""",
    R(["AutomatedDecision"], "kovacs.peter@posta.example", "Péter", "Kovács"))

add("mix-12-sl-naslov-priimek", "Maja Novak <maja.novak@posta.example>", "Sprememba naslova in priimka",
    """Pozdravljeni,

prosim, da v mojem profilu Cava Club popravite naslov za dostavo: novi naslov je Trubarjeva cesta 15, 1000 Ljubljana. Spremenil se je tudi priimek, ker sem se poročila – prej Horvat, zdaj Novak.

Lep pozdrav,
Maja Novak
""",
    R(["Rectification"], "maja.novak@posta.example", "Maja", "Novak"))

add("mix-13-lv-reklamas", "Līga Bērziņa <liga.berzina@pasts.example>", "Lūdzu, pārtrauciet reklāmas",
    """Labdien!

Lūdzu, pārtrauciet sūtīt man reklāmas e-pastus un īsziņas par Cava Club degustācijām. Es nevēlos, lai mani dati tiktu izmantoti tiešajā mārketingā.

Ar cieņu,
Līga Bērziņa
""",
    R(["Opposition"], "liga.berzina@pasts.example", "Līga", "Bērziņa"))

add("mix-14-spanglish-borrar-account", "Daniela Ruiz <dani.ruiz@mail-us.example>", "borrar mi account",
    """Hi! Necesito que me borren la cuenta del Cava Club, pero before you do that, mándenme todo lo que tienen de mí, porque quiero ver si guardaron my driver's license de la age verification. Thanks!!

Dani Ruiz

Sent from my iPhone
""",
    R(["Access", "Erasure"], "dani.ruiz@mail-us.example", "Daniela", "Ruiz"))

add("mix-15-de-en-meilen-sperren", "Matthias Brenner <m.brenner@post.example>", "Meine Meilen / my miles dispute",
    """Hello AeroPlus team, sorry, mein Englisch ist nicht perfekt.

I have a dispute with you about 42.000 Meilen which were removed from my account after a "fraud check". Bis das geklärt ist, bitte sperren Sie die Daten dazu – do not use them for my status, do not give them to partners, but also do not delete them, I need them for my Anwalt.

Danke / thanks
Matthias Brenner
""",
    R(["Restriction"], "m.brenner@post.example", "Matthias", "Brenner"))

add("mix-16-fr-en-directives", "Hélène Dubois-Martin <helene.dubois@post.example>", "Mes directives / after my death",
    """Bonjour,

I'm 81 and my English is better than my grandchildren think, mais je préfère écrire en partie en français. Je souhaite laisser des directives concernant mes données après mon décès: my daughter Claire should be the only person allowed to close my AeroPlus account and to decide what happens to the miles. Pourriez-vous enregistrer cela et me le confirmer ?

Merci,
Hélène Dubois-Martin
""",
    R(["AdvanceDirectives"], "helene.dubois@post.example", "Hélène", "Dubois-Martin"))

add("mix-17-pt-mae-filho", "Ana Rita Ferreira <anarita.ferreira@correio.example>", "Dados do meu filho",
    """Boa tarde,

Sou mãe do Tomás Ferreira Lopes, de 12 anos, que tem aulas de inglês com tutores da Lingo. Queria saber que dados do meu filho estão guardados (vídeos das aulas, mensagens com o tutor, avaliações) e receber tudo isso. Envio em anexo o cartão de cidadão dele e o meu.

Obrigada,
Ana Rita Ferreira
""",
    R(["Access"], "anarita.ferreira@correio.example", "Tomás", "Ferreira Lopes", representative="Ana Rita Ferreira"))

add("mix-18-pl-zmarly-ojciec", "Katarzyna Zielińska <k.zielinska@poczta.example>", "Konto zmarłego ojca – AeroPlus",
    """Szanowni Państwo,

mój tata, Zbigniew Zieliński, zmarł we wrześniu. Miał kartę AeroPlus (nr AP-7719034). Jako spadkobierczyni proszę o zamknięcie jego konta i usunięcie jego danych. W załączniku przesyłam akt zgonu i postanowienie o stwierdzeniu nabycia spadku.

Z poważaniem
Katarzyna Zielińska
""",
    R(["Erasure"], "k.zielinska@poczta.example", "Zbigniew", "Zieliński", representative="Katarzyna Zielińska"))

add("mix-19-sv-en-export", "Oskar Nyström <oskar.nystrom@post.example>", "Export av min data / data export",
    """Hej,

Jag ska byta till en annan språkapp. Can you send me my lesson history and vocabulary lists i ett maskinläsbart format (CSV eller JSON)? Då kan jag importera dem direkt.

Tack!
Oskar
""",
    R(["Portability"], "oskar.nystrom@post.example", "Oskar", "Nyström"))

add("mix-20-ro-data-nasterii-html", "Ioana Stănescu <ioana.stanescu@posta.example>", "Data nașterii greșită",
    html("Bună ziua,",
         "În contul meu Cava Club data nașterii apare ca <b>14.02.2009</b>, iar corect este <b>14.02.1990</b>. "
         "Din cauza asta verificarea vârstei mă blochează la fiecare comandă. Vă rog să o corectați.",
         "Mulțumesc,<br>Ioana Stănescu"),
    R(["Rectification"], "ioana.stanescu@posta.example", "Ioana", "Stănescu"), ct=HTML)

add("mix-21-da-indsigt-latin1", "Søren Østergaard <soren.ostergaard@post.example>", "Indsigt i mine oplysninger",
    """Kære AeroPlus

Jeg vil gerne have indsigt i, hvilke personoplysninger I behandler om mig, herunder rejsehistorik, loungebesøg og hvad I har videregivet til jeres partnere. Send venligst det hele til denne mailadresse.

Med venlig hilsen
Søren Østergaard
Aarhus
""",
    R(["Access"], "soren.ostergaard@post.example", "Søren", "Østergaard"), ct=LATIN1, encode="latin-1")

add("mix-22-pt-parceiros-cp1252", "João Pedro Almeida <joaopedro.almeida@correio.example>", "Partilha de dados com parceiros",
    """Bom dia,

Na adesão ao AeroPlus aceitei os “termos e condições”, mas agora recebo ofertas de um banco e de um rent-a-car. Gostaria apenas de perceber com que parceiros partilham os meus dados, para que fins e com que base legal. Não pretendo cancelar nada – só quero saber.

Cumprimentos,
João Pedro Almeida
""",
    R(["Information"], "joaopedro.almeida@correio.example", "João Pedro", "Almeida"), ct=CP1252, encode="cp1252")

add("mix-23-tr-sikayet-gomulu", "Murat Kaya <murat.kaya@posta.example>", "Şikayet - AP 1442 İstanbul-Frankfurt",
    """Merhaba,

12 Kasım'daki AP 1442 İstanbul-Frankfurt seferi 5 saat rötar yaptı ve kimse bilgi vermedi. Lounge'a girmek istedim, kartım Gold olduğu halde "sistemde görünmüyor" dediler ve beni kapıda beklettiler. Bagajım da Frankfurt'a bir gün sonra geldi, iş toplantımı kaçırdım.

Ayrıca bir şey daha: telefonuma sürekli ortak firmalarınızdan (otel, araç kiralama, kredi kartı) mesaj geliyor. Verilerimin bu firmalarla paylaşılmasına ve bana reklam gönderilmesine itiraz ediyorum, lütfen durdurun.

Tazminat konusunda da dönüş bekliyorum, yoksa tüketici hakem heyetine başvuracağım.

Murat Kaya
""",
    R(["Opposition"], "murat.kaya@posta.example", "Murat", "Kaya"))

add("mix-24-hu-csalad-replyto", "Szabó család <szabocsalad@posta.example>", "Fiók törlése",
    """Jó napot!

A családi címről írok, de kérem, a személyes címemre válaszoljanak. Szeretném, ha megszüntetnék a Lingo-fiókomat és eltávolítanának minden hozzá tartozó adatot, a felvett órákkal együtt.

Köszönöm,
Szabó Eszter
""",
    R(["Erasure"], "szabo.eszter@posta.example", "Eszter", "Szabó"),
    headers=["Reply-To: Szabó Eszter <szabo.eszter@posta.example>"])

add("mix-25-no-slett-meg", "bjorn.haugen@post.example", "SLETT MEG",
    "SLETT ALLE OPPLYSNINGENE MINE FRA CAVA CLUB. NÅ.\n",
    R(["Erasure"], "bjorn.haugen@post.example"))

add("mix-26-hr-posiljka", "Ivana Horvat <ivana.horvat@posta.example>", "Gdje je moja pošiljka?",
    """Poštovani, naručila sam božićnu kutiju vina prije dva tjedna i još nije stigla. Broj narudžbe CC-88120. Možete li provjeriti? Hvala, Ivana Horvat
""",
    R(["Unknown"], "ivana.horvat@posta.example", "Ivana", "Horvat"))

add("mix-27-fi-mista-osoite", "Mikko Virtanen <mikko.virtanen@posti.example>", "Mistä saitte osoitteeni?",
    """Hei,

Sain teiltä postissa mainoksen Cava Clubin viinitilauksesta, vaikka en ole koskaan ollut asiakkaanne. Mistä olette saaneet nimeni ja kotiosoitteeni? Haluaisin tietää, kuka tiedot on teille luovuttanut.

Terveisin
Mikko Virtanen
""",
    R(["Information"], "mikko.virtanen@posti.example", "Mikko", "Virtanen"))

add("mix-28-el-en-dikigoros", "Eleni Georgiou <e.georgiou@georgiou-law.example>", "Data subject request on behalf of Mr Dimitrios Karalis",
    """Dear Sir/Madam,

We act for Mr Dimitrios Karalis (Δημήτριος Καραλής), member of the AeroPlus programme (card no. AP-6630218), whose signed authorisation is enclosed.

On our client's instructions we request (a) disclosure of all personal data you process about him pursuant to Article 15 GDPR, and (b) the correction of his date of birth and postal address, which have been recorded wrongly since 2024 and caused his lounge entry to be refused in Athens.

Kind regards / Με εκτίμηση,

Eleni Georgiou
Attorney at Law – Δικηγόρος
Georgiou & Partners Law Firm
Tel. +30 210 000 7788

This e-mail is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
""",
    R(["Access", "Rectification"], "e.georgiou@georgiou-law.example", "Dimitrios", "Karalis",
      representative="Eleni Georgiou"))

add("mix-29-cs-en-preposlano", "Petra Svobodová <petra.svobodova@acme-corp.example>", "Fwd: Zrušení účtu",
    """Hi privacy team,

forwarding a Czech customer email that came to the Prague support inbox. He wants his Lingo account gone – translation below. Can you take it?

Petra Svobodová
Customer Care CZ/SK

---------- Forwarded message ---------
From: Jan Procházka <jan.prochazka@posta.example>
Date: Sun, 15 Nov 2026 at 20:11
Subject: Zrušení účtu
To: podpora@acme-corp.example

Dobrý den,
prosím o zrušení mého účtu Lingo a vymazání všech mých osobních údajů včetně nahrávek z lekcí.
Děkuji,
Jan Procházka

(translation: Please cancel my Lingo account and wipe all my personal details, lesson recordings included.)
""",
    R(["Erasure"], "jan.prochazka@posta.example", "Jan", "Procházka"))

add("mix-30-pt-anexo-parceiros", "Rui Mendes <rui.mendes@acme-corp.example>", "Fwd: Ofertas de parceiros", "",
    R(["Opposition"], "f.tavares@correio.example", "Francisco", "Tavares"),
    note="""Olá equipa, reencaminho em anexo o email de um sócio AeroPlus sobre as ofertas dos parceiros. Obrigado.
Rui Mendes - AeroPlus Lisboa
""",
    attached=("Francisco Tavares <f.tavares@correio.example>", "Ofertas de parceiros",
              """Boa tarde,

Não quero continuar a receber ofertas de hotéis, bancos e rent-a-cars parceiros da AeroPlus, nem que os meus dados sejam passados a essas empresas para esse efeito. O programa de milhas quero manter.

Cumprimentos,
Francisco Tavares
"""))

add("mix-31-lt-be-skyrybos", "Tomas Kazlauskas <tomas.kazlauskas@pastas.example>", "mano duomenys",
    "laba diena noriu suzinoti kokius mano duomenis turite aeroplus sistemoj ir gauti juos el pastu. aciu Tomas\n",
    R(["Access"], "tomas.kazlauskas@pastas.example", "Tomas", "Kazlauskas"))

# ---------------------------------------------------------------- tasks

add("mix-32-pl-en-umowa-powierzenia", "Agnieszka Nowak <agnieszka.nowak@acme-corp.example>", "DPA / umowa powierzenia – PaczkoBox",
    """Hi team / Cześć,

We are onboarding a new parcel-locker courier in Poland for Cava Club deliveries (PaczkoBox Sp. z o.o.). Potrzebujemy umowy powierzenia przetwarzania danych – can you review their template and send comments by Friday?

Dzięki,
Agnieszka Nowak
Operations Manager Poland
""",
    TASK("agnieszka.nowak@acme-corp.example", "Agnieszka", "Nowak"))

add("mix-33-pt-registo-sala-lisboa", "Catarina Lopes <catarina.lopes@acme-corp.example>", "Registo de atividades – sala de Lisboa",
    """Olá,

Precisamos de atualizar o registo das atividades de tratamento: a partir de janeiro a sala AeroPlus do aeroporto de Lisboa passa a ter leitura biométrica opcional (impressão digital) para a entrada dos sócios Platinum. Podem incluir esta atividade e dizer-me se é preciso uma AIPD?

Catarina Lopes
Gestora de Operações Aeroportuárias
""",
    TASK("catarina.lopes@acme-corp.example", "Catarina", "Lopes"))

add("mix-34-sv-utbildning-tutorer", "Erik Johansson <erik.johansson@acme-corp.example>", "GDPR-utbildning för nya tutorer",
    """Hej dataskyddsteamet,

Vi har fått tolv nya tutorer i Stockholm och Malmö. Kan ni hålla en kort GDPR-utbildning för dem (på engelska går bra) under december? Säg vilka tider som passar.

Tack,
Erik Johansson
Tutor Community Lead, Nordics
""",
    TASK("erik.johansson@acme-corp.example", "Erik", "Johansson"))

add("mix-35-ro-en-dpia-matching", "Mihai Ionescu <mihai.ionescu@acme-corp.example>", "DPIA pentru algoritmul de potrivire tutor-elev",
    """Salut / Hi,

Echipa de dezvoltare din Cluj lucrează la un nou algoritm de potrivire tutor–elev pentru Lingo, bazat pe nivel, fus orar și „stil de învățare" dedus din înregistrări. Legal says we need a DPIA before launch in Q1. Ne puteți ajuta cu template-ul și un workshop?

Mihai Ionescu
Engineering Manager, Lingo Cluj
""",
    TASK("mihai.ionescu@acme-corp.example", "Mihai", "Ionescu"))

add("mix-36-da-en-spoergeskema", "Line Mortensen <line.mortensen@acme-corp.example>", "Leverandørspørgeskema fra CPH",
    """Hi,

Copenhagen Airport har sendt os et leverandørspørgeskema om databeskyttelse, fordi vi driver AeroPlus-loungen i Terminal 3. 60 questions, deadline 1 December. Kan I hjælpe med at udfylde privacy-delen?

Mvh
Line Mortensen
Station Manager CPH
""",
    TASK("line.mortensen@acme-corp.example", "Line", "Mortensen"))

# ---------------------------------------------------------------- incidents

add("mix-37-cs-cizi-objednavka", "Lucie Černá <lucie.cerna@posta.example>", "Přišla mi cizí objednávka",
    """Dobrý den,

dnes mi přišel e-mail s potvrzením objednávky z Cava Club, ale nejsem vaše zákaznice. V e-mailu je jméno jiné paní (Věra Malá), její adresa v Brně, telefon a seznam objednaných vín. Asi někdo špatně napsal e-mailovou adresu. Dávám vám vědět, zprávu jsem smazala.

Lucie Černá
""",
    INC("lucie.cerna@posta.example", "Lucie", "Černá"))

add("mix-38-pt-telemovel-perdido", "Beatriz Costa <beatriz.costa@acme-corp.example>", "Perdi o telemóvel de serviço",
    """Olá,

Perdi ontem à noite o telemóvel de serviço no metro de Lisboa. Tinha o WhatsApp com os grupos dos alunos das aulas de conversação da Lingo (nomes, números, alguns áudios) e o email da empresa, só com um PIN de 4 dígitos. Já pedi à TI para o bloquear remotamente. O que devo fazer mais?

Beatriz Costa
Tutor Coordinator Lingo Portugal
""",
    INC("beatriz.costa@acme-corp.example", "Beatriz", "Costa"))

add("mix-39-tr-en-baskasinin-karti", "Can Demir <can.demir@posta.example>", "Wrong boarding pass in the app / yanlış biniş kartı",
    """Hello, merhaba,

When I opened the AeroPlus app this morning, "My trips" showed a boarding pass that is not mine: name Ayşe Şahin, flight AP 1870 Ankara–Munich, seat 14C, her membership number and the last digits of her passport. Benim biletim hiç görünmüyor. I think you have a serious bug. I have screenshots if you need them.

Can Demir
""",
    INC("can.demir@posta.example", "Can", "Demir"))

add("mix-40-pl-phishing-dhl", "Piotr Kamiński <piotr.kaminski@acme-corp.example>", "Zgłoszenie – kliknąłem w phishing",
    """Dzień dobry,

dziś rano kliknąłem w link w mailu „DHL – dopłata do przesyłki" i podałem login do Microsoft 365. Po 10 minutach zorientowałem się, zmieniłem hasło i zgłosiłem to do IT. Na moim koncie są arkusze z danymi członków Cava Club w Polsce (ok. 3 000 osób). Zgłaszam zgodnie z procedurą.

Piotr Kamiński
Customer Service Team Leader, Warszawa
""",
    INC("piotr.kaminski@acme-corp.example", "Piotr", "Kamiński"))

add("mix-41-hu-en-nyilvanos-link", "Tóth Anna <anna.toth@acme-corp.example>", "Nyilvános link – ID másolatok",
    """Hi privacy,

Ma derült ki, hogy a budapesti Cava Club kóstolóra regisztráltak személyi igazolvány-másolatait tartalmazó mappa link was set to "anyone with the link" for about three weeks. The link was also in an email to a partner winery. Kb. 120 fájl. I have restricted it now.

Tóth Anna
Event Manager Hungary
""",
    INC("anna.toth@acme-corp.example", "Anna", "Tóth"))

# ---------------------------------------------------------------- follow-ups

add("mix-42-pt-re-confirmacao", "Mariana Rocha <mariana.rocha@correio.example>", "Re: [DSR-61234] Confirmação de receção do seu pedido",
    """Olá, já passaram três semanas. Conseguem dizer-me em que ponto está o meu pedido?

Mariana Rocha

Em 20/10/2026 11:05, privacy@acme-corp.example escreveu:
> Caro/a titular,
> Recebemos o seu pedido, registado com a referência DSR-61234.
> Responderemos no prazo de um mês.
> Equipa de Privacidade
""",
    FU("61234", "mariana.rocha@correio.example", "Mariana", "Rocha"))

add("mix-43-pl-skan-paszportu", "Łukasz Wróblewski <lukasz.wroblewski@poczta.example>", "Re: Błędne nazwisko w profilu AeroPlus",
    """Dzień dobry,

w nawiązaniu do mojej wiadomości przesyłam skan strony paszportu ze zdjęciem. Czy poprawka będzie widoczna przed moim lotem 2 grudnia?

Łukasz Wróblewski
""",
    FU(ref("mix-03-pl-nazwisko-znaki"), "lukasz.wroblewski@poczta.example", "Łukasz", "Wróblewski"),
    headers=irt("mix-03-pl-nazwisko-znaki"))

add("mix-44-sv-inget-svar", "annika.berg@post.example", "SV: [DSR-60881] Vi har tagit emot din begäran",
    """Hej igen, jag har inte fått något svar ännu. När kan jag räkna med utdraget?
/Annika
""",
    FU("60881", "annika.berg@post.example", "Annika", None))

add("mix-45-fr-en-email-claire", "Hélène Dubois-Martin <helene.dubois@post.example>", "Re: Mes directives / after my death",
    """Bonjour, I forgot: Claire's email is claire.dubois@post.example, au cas où vous en auriez besoin.
Merci,
Hélène
""",
    FU(ref("mix-16-fr-en-directives"), "helene.dubois@post.example", "Hélène", "Dubois-Martin"),
    headers=irt("mix-16-fr-en-directives"))

# ---------------------------------------------------------------- ignored

add("mix-46-pt-spam-apague-se", "Limpeza Digital <promo@limpezadigital.example>", "Apague os seus dados pessoais da internet – 70% desconto",
    """Os seus dados pessoais estão à venda!

A Limpeza Digital remove o seu nome, morada e telefone de mais de 400 sites e bases de dados, em conformidade com o RGPD. Proteja a sua privacidade hoje.

Apenas 4,99 EUR/mês – clique aqui: http://limpezadigital.example/oferta

Para deixar de receber estas mensagens, responda REMOVER.
""",
    IGN("spam", "promo@limpezadigital.example"), headers=SPAM_HDR)

add("mix-47-pl-en-skrzynka-usunieta", "IT Helpdesk <helpdesk@acme-corp-mail.example>", "Twoja skrzynka zostanie usunięta / Mailbox deletion notice (GDPR)",
    """Szanowny Użytkowniku / Dear user,

Due to new GDPR/RODO requirements, your mailbox privacy@acme-corp.example will be deleted within 24 hours together with all personal data. Aby zachować skrzynkę, zweryfikuj konto tutaj:

http://acme-corp-mail.example/verify

IT Helpdesk
""",
    IGN("spam", "helpdesk@acme-corp-mail.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="acme-corp-mail.example")])

add("mix-48-ro-en-loterie", "Euro Loto Internațional <claims@euroloto-win.example>", "Felicitări! Ați câștigat 500.000 EUR / You have won",
    """Stimate câștigător,

Adresa dumneavoastră de e-mail a fost extrasă în tragerea noastră internațională și ați câștigat 500.000 EUR. To claim your prize, send us your full name, address, phone number and a copy of your ID, plus a processing fee of 250 EUR.

Agent de revendicare: Mr. Paul Richards
""",
    IGN("spam", "claims@euroloto-win.example"))

add("mix-49-sv-franvaro", "Johan Ek <johan.ek@reseforetag.example>", "Frånvaromeddelande: Er förfrågan",
    """Hej! Jag är på semester till och med 27 november och läser inte min e-post. Vid brådskande ärenden, kontakta kontoret på 08-000 12 34.

Hälsningar
Johan Ek
""",
    IGN("auto_reply", "johan.ek@reseforetag.example"), headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("mix-50-da-sag-modtaget", "Kundeservice <support@vinimport-dk.example>", "Vi har modtaget din henvendelse [Sag #44821]",
    """Tak for din henvendelse. Vi har oprettet sag #44821 og vender tilbage inden for 3 hverdage. Du skal ikke svare på denne e-mail.

Venlig hilsen
Kundeservice, VinImport DK
""",
    IGN("auto_reply", "support@vinimport-dk.example"), headers=["Auto-Submitted: auto-generated"])

add("mix-51-cs-en-newsletter", "Privacy Digest CEE <digest@privacy-cee.example>", "Privacy Digest CEE #88 – ÚOOÚ, UODO a NAIH: novinky listopadu",
    """PRIVACY DIGEST CEE – listopad / November

• ÚOOÚ (CZ): nová metodika k věrnostním programům
• UODO (PL): kara za brak realizacji żądań usunięcia danych
• NAIH (HU): guidance on age verification for alcohol sales

You are receiving this because you subscribed at privacy-cee.example.
Odhlásit / Unsubscribe: https://privacy-cee.example/unsubscribe
""",
    IGN("bulk", "digest@privacy-cee.example"),
    headers=["List-Id: Privacy Digest CEE <digest.privacy-cee.example>",
             "List-Unsubscribe: <https://privacy-cee.example/unsubscribe>",
             "Precedence: bulk"])

add("mix-52-bounce", "Mail Delivery System <MAILER-DAEMON@post.example>", "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@post.example"), dsn=True)
