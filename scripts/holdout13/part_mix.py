from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests

add("mix-01-pt-apagar-conta", "Inês Carvalho Sousa <ines.csousa@correio.example>",
    "Eliminação da conta Tixo",
    """\
Bom dia,

Comprei bilhetes na Tixo para o Festival Tejo Beats há dois anos e nunca mais usei a
plataforma. Solicito que eliminem a minha conta e todos os dados pessoais associados.

Com os melhores cumprimentos,
Inês Carvalho Sousa
""",
    R(["Erasure"], "ines.csousa@correio.example", "Inês", "Carvalho Sousa"))

add("mix-02-br-quais-informacoes", "João Pedro Almeida <jp.almeida@correio-br.example>",
    "Minhas informações",
    """\
Oi, tudo bem?

Moro em Lisboa faz um ano e compro remédio na Farmácia Nova pelo site. Queria saber
quais informações vocês têm guardadas sobre mim — receitas, endereço, histórico de
compras, tudo — e receber isso por e-mail.

Valeu!
João Pedro

Enviado do meu iPhone
""",
    R(["Access"], "jp.almeida@correio-br.example", "João Pedro", "Almeida"))

add("mix-03-pl-marketing", "Katarzyna Wiśniewska <k.wisniewska@poczta.example>",
    "Rezygnacja z ofert HubDesk",
    """\
Dzień dobry,

proszę o zaprzestanie wysyłania mi ofert marketingowych HubDesk – zarówno e-maili, jak
i SMS-ów. Korzystałam z coworkingu w Krakowie tylko przez miesiąc w zeszłym roku i nie
wyrażam zgody na dalsze wykorzystywanie moich danych w celach marketingowych.

Z poważaniem,
Katarzyna Wiśniewska
""",
    R(["Opposition"], "k.wisniewska@poczta.example", "Katarzyna", "Wiśniewska"))

add("mix-04-sv-registerutdrag", "Oskar Bergström <oskar.bergstrom@post.example>",
    "Begäran om registerutdrag och dataexport",
    """\
Hej!

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen för mitt
Tixo-konto. Jag vill också få ut mina köp och biljetter i ett maskinläsbart format
(CSV eller JSON) så att jag kan flytta dem till en annan tjänst.

Vänliga hälsningar,
Oskar Bergström
""",
    R(["Access", "Portability"], "oskar.bergstrom@post.example", "Oskar", "Bergström"))

add("mix-05-da-forkert-navn", "Søren Østergaard <soren.ostergaard@post.example>",
    "Forkert navn på min profil",
    """\
Hej,

Mit navn står som "Soren Ostergard" på min profil hos Tixo og på mine navngivne
billetter. Det korrekte er Søren Østergaard. Kan I rette det? Ved indgangen til
koncerten sidst var der ballade, fordi navnet ikke matchede mit pas.

Venlig hilsen
Søren Østergaard
""",
    R(["Rectification"], "soren.ostergaard@post.example", "Søren", "Østergaard"))

add("mix-06-ro-stergere", "Andreea Popescu <andreea.popescu@posta.example>",
    "Ștergerea datelor mele",
    """\
Bună ziua,

Vă rog să ștergeți contul meu de pe Farmacia Nova și toate datele mele personale. De
asemenea, nu mai doresc să primesc mesaje publicitare de la dumneavoastră, nici pe
e-mail, nici prin SMS.

Mulțumesc,
Andreea Popescu
""",
    R(["Erasure", "Opposition"], "andreea.popescu@posta.example", "Andreea", "Popescu"))

add("mix-07-cs-kamery", "Tomáš Dvořák <tomas.dvorak@posta.example>",
    "Kamery v zasedačkách HubDesk Praha",
    """\
Dobrý den,

jsem členem HubDesk Praha Karlín. V zasedacích místnostech jsem si všiml kamer. Chtěl
bych vědět, zda nahrávají i zvuk, kdo má k záznamům přístup a jak dlouho je uchováváte.
Nic dalšího nežádám, jen bych rád věděl, jak to funguje.

S pozdravem
Tomáš Dvořák
""",
    R(["Information"], "tomas.dvorak@posta.example", "Tomáš", "Dvořák"))

add("mix-08-tr-verilerim", "Ayşe Yılmaz <ayse.yilmaz@posta.example>",
    "Kişisel verilerim hakkında",
    """\
Merhaba,

Berlin'de yaşıyorum ve Farmacia Nova'dan ilaç siparişi veriyorum. Hakkımda sakladığınız
tüm kişisel verilerin (reçeteler, sağlık anketi cevapları, adresler) bir kopyasını
almak istiyorum.

Teşekkürler,
Ayşe Yılmaz
""",
    R(["Access"], "ayse.yilmaz@posta.example", "Ayşe", "Yılmaz"))

add("mix-09-el-diagrafi", "Γιώργος Παπαδόπουλος <g.papadopoulos@posta.example>",
    "Διαγραφή λογαριασμού Tixo",
    """\
Καλησπέρα σας,

Παρακαλώ να διαγράψετε τον λογαριασμό μου στην Tixo και όλα τα προσωπικά μου δεδομένα.
Δεν χρησιμοποιώ πλέον την υπηρεσία.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
""",
    R(["Erasure"], "g.papadopoulos@posta.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-10-es-en-export", "Valentina Ruiz <vale.ruiz@mail.example>",
    "Data export / exportar mis datos HubDesk",
    """\
Hi team! Perdón por el mix, llevo 4 años en Dublin y ya no sé escribir en ningún idioma 😅

I'm moving from HubDesk Madrid to a coworking here in Dublin and they asked if I can
bring my booking history. ¿Me podéis mandar mis datos (reservas, facturas, perfil) en
un formato machine-readable, tipo CSV o JSON? If you can send it straight to them,
even better.

Thanks a lot / ¡Gracias!
Vale Ruiz
""",
    R(["Portability"], "vale.ruiz@mail.example", "Valentina", "Ruiz"))

add("mix-11-it-en-bot", "Federico Bellini <fede.bellini@posta.example>",
    "Account flagged as 'bot' – richiesta revisione umana",
    """\
Hello, scrivo in inglese e italiano perché non so chi legge.

My Tixo account was suspended yesterday: the message says "automated systems detected
bot-like purchasing behaviour". Ho solo comprato 4 biglietti per me e i miei amici nello
stesso minuto, come fanno tutti quando aprono le vendite.

I want a human to look at this decision, not another algorithm. Vorrei anche sapere su
quali dati si basa.

Federico Bellini
""",
    R(["AutomatedDecision"], "fede.bellini@posta.example", "Federico", "Bellini"))

add("mix-12-pt-morada", "Joana Ribeiro Gonçalves <joana.rgoncalves@correio.example>",
    "Atualização de morada e contribuinte",
    """\
Boa tarde,

Mudei de casa e a morada que consta na minha ficha da Farmácia Nova ainda é a antiga
(Rua de Santa Catarina 120, Porto). A nova é Avenida da Boavista 1500, 4100-114 Porto.
Agradeço que corrijam também o número de contribuinte, que tem um algarismo trocado:
o correto é 234 567 890.

Obrigada,
Joana Ribeiro Gonçalves
""",
    R(["Rectification"], "joana.rgoncalves@correio.example", "Joana", "Ribeiro Gonçalves"),
    ct=LATIN1, encode="latin-1")

add("mix-13-da-reklamer", "Mette Kjærgaard <mette.kjaergaard@post.example>",
    "Afmeld markedsføring",
    """\
Hej,

Jeg ønsker ikke længere at modtage nyhedsbreve, tilbud eller opkald fra HubDesk, og
jeg trækker mit samtykke til markedsføring tilbage. Mit medlemskab i København
opsiger jeg ikke - det handler kun om reklamerne.

Med venlig hilsen
Mette Kjærgaard
""",
    R(["Opposition"], "mette.kjaergaard@post.example", "Mette", "Kjærgaard"),
    ct=LATIN1, encode="latin-1")

add("mix-14-pl-syn", "Piotr Kowalczyk <piotr.kowalczyk@poczta.example>",
    "Konto mojego syna (14 lat) – żądanie usunięcia",
    """\
Dzień dobry,

mój syn Jakub Kowalczyk (14 lat) założył konto w Tixo bez mojej wiedzy i kupił bilet na
festiwal, podając fałszywą datę urodzenia. Jako jego ojciec i przedstawiciel ustawowy
żądam usunięcia jego konta oraz wszystkich jego danych osobowych. Mogę przesłać
dokumenty potwierdzające, że jestem jego rodzicem.

Piotr Kowalczyk
tel. +48 601 234 567
""",
    R(["Erasure"], "piotr.kowalczyk@poczta.example", "Jakub", "Kowalczyk",
      representative="Piotr Kowalczyk"))

add("mix-15-ro-avocat", "Av. Mihai Ionescu <mihai.ionescu@cabinet-ionescu.example>",
    "Cerere de acces – clienta mea, dna Elena Dumitrescu",
    """\
Stimată doamnă, stimate domn,

În calitate de avocat al doamnei Elena Dumitrescu, membră HubDesk București Pipera,
conform împuternicirii avocațiale anexate, vă solicit, în temeiul art. 15 din
Regulamentul (UE) 2016/679, o copie a tuturor datelor personale ale clientei mele
prelucrate de HubDesk, inclusiv jurnalele de acces cu cardul și înregistrările video
din perioada 1–15 octombrie 2026.

Cu stimă,

Av. Mihai Ionescu
Cabinet de Avocat Mihai Ionescu – Baroul București
Tel. +40 21 555 0101

Acest mesaj este confidențial și destinat exclusiv destinatarului. Dacă l-ați primit
din greșeală, vă rugăm să îl ștergeți și să ne anunțați.
""",
    R(["Access"], "mihai.ionescu@cabinet-ionescu.example", "Elena", "Dumitrescu",
      representative="Mihai Ionescu"))

add("mix-16-sv-dodsbo", "Anna-Karin Holm <annakarin.holm@post.example>",
    "Min avlidne pappas konto",
    """\
Hej,

Min pappa, Lars Holm, gick bort i september. Han hade ett konto hos Tixo och det kommer
fortfarande mejl om konserter till hans adress, som jag nu sköter för dödsboet. Jag är
dödsbodelägare och ber er avsluta hans konto och radera hans uppgifter. Jag kan skicka
dödsbevis och släktutredning.

Med vänlig hälsning
Anna-Karin Holm
""",
    R(["Erasure"], "annakarin.holm@post.example", "Lars", "Holm",
      representative="Anna-Karin Holm"))

add("mix-17-en-de-sperren", "Jana Schröder <jana.schroeder@mail.example>",
    "Dispute about my access logs / Sperrung meiner Daten",
    """\
Hello,

I'm a member at HubDesk Barcelona Glòries. The centre claims I used the meeting room
"Montjuïc" 14 times in October and wants to charge me extra. Das stimmt nicht – ich war
zwei Wochen im Urlaub.

Until this is cleared up, please do not use these booking and badge records for billing
or anything else. Bitte sperren Sie diese Daten vorerst, aber löschen Sie sie nicht –
ich brauche sie als Beweis.

Viele Grüße / best,
Jana Schröder
""",
    R(["Restriction"], "jana.schroeder@mail.example", "Jana", "Schröder"))

add("mix-18-ca-polsera", "Montserrat Vila i Roca <montse.vila@correu.example>",
    "Dades de la polsera del festival",
    """\
Bon dia,

Vaig anar al festival amb la polsera cashless de Tixo. Voldria saber quines dades es
registren amb la polsera (pagaments, ubicació dins del recinte, hores d'entrada?),
quant de temps les guardeu i si les compartiu amb els patrocinadors o amb
l'organitzador.

Moltes gràcies,
Montserrat Vila i Roca
""",
    R(["Information"], "montse.vila@correu.example", "Montserrat", "Vila i Roca"))

add("mix-19-hu-leiratkozas", "Nagy Eszter <nagy.eszter@posta.example>",
    "Leiratkozás hírlevélről",
    """\
Tisztelt Cím!

Kérem, hogy a továbbiakban ne küldjenek nekem hírlevelet és reklámüzeneteket a Farmacia
Novától. A marketingcélú adatkezeléshez adott hozzájárulásomat visszavonom.

Üdvözlettel:
Nagy Eszter
""",
    R(["Opposition"], "nagy.eszter@posta.example", "Eszter", "Nagy"))

add("mix-20-fi-tarkastus", "Mikko Virtanen <mikko.virtanen@posti.example>",
    "Tarkastuspyyntö (GDPR 15 art.)",
    """\
Hei,

pyydän saada nähtäväksi kaikki minusta tallennetut henkilötiedot HubDeskin
järjestelmissä (jäsentiedot, kulkutunnisteen lokit, laskutus). Olen käyttänyt HubDeskin
Helsingin toimipistettä vuodesta 2024.

Ystävällisin terveisin
Mikko Virtanen
""",
    R(["Access"], "mikko.virtanen@posti.example", "Mikko", "Virtanen"))

add("mix-21-pt-perfil", "Beatriz Santos Costa <bia.santoscosta@correio.example>",
    "Eventos recomendados para si",
    html("Olá,",
         "Recebo todas as semanas e-mails da Tixo com \"eventos recomendados para si\" com base "
         "nos bilhetes que comprei. Não autorizo que usem o meu histórico de compras para me "
         "traçar um perfil nem para publicidade personalizada.",
         "Por favor, parem com isso. <i>Não</i> quero apagar a conta.",
         "Beatriz Santos Costa"),
    R(["Opposition"], "bia.santoscosta@correio.example", "Beatriz", "Santos Costa"), ct=HTML)

add("mix-22-cs-smazte", "petr.novak.cz@posta.example", "zruseni uctu",
    "dobry den prosim smazte muj ucet na tixo a vsechny moje udaje uz to nepouzivam dekuji "
    "petr novak\n",
    R(["Erasure"], "petr.novak.cz@posta.example", "Petr", "Novak"))

add("mix-23-pt-en-apos-morte", "Rui Martins <rui.martins@correio.example>",
    "Dados após a minha morte / after my death",
    """\
Bom dia,

Tenho 71 anos e estou a pôr as minhas coisas em ordem. Tenho conta na Farmácia Nova e
na Tixo. Gostaria de deixar instruções sobre o que deve acontecer aos meus dados depois
de eu falecer: a minha filha Sofia deverá poder pedir o encerramento das contas e tudo
o resto deve ser apagado. (My daughter lives in London, so she will probably write to
you in English, if that's OK.)

Como posso registar estas instruções junto de vós?

Rui Martins
""",
    R(["AdvanceDirectives"], "rui.martins@correio.example", "Rui", "Martins"))

add("mix-24-tr-silin", "MEHMET DEMİR <mehmet.demir@posta.example>", "HESABIMI SİLİN",
    "HESABIMI VE BÜTÜN BİLGİLERİMİ HEMEN SİLİN. ARTIK TIXO KULLANMIYORUM.\nMEHMET DEMİR\n",
    R(["Erasure"], "mehmet.demir@posta.example", "Mehmet", "Demir"))

add("mix-25-fwd-pl-dane", "Agnieszka Bąk <agnieszka.bak@acme-corp.example>",
    "Fwd: Prośba o dane",
    """\
Hi privacy team,

forwarding a mail that came in at the Warsaw HubDesk front desk. As far as I can tell
she wants a copy of everything we have on her (badge logs, bookings, CCTV). Can you
take it from here?

Thanks,
Agnieszka
Community Lead, HubDesk Warszawa Mokotów

---------- Forwarded message ---------
From: Magdalena Zielińska <magda.zielinska@poczta.example>
Date: Thu, 12 Nov 2026 at 09:14
Subject: Prośba o dane
To: <warszawa@hubdesk.example>

Dzień dobry,
na podstawie art. 15 RODO proszę o przesłanie kopii wszystkich moich danych osobowych,
które przetwarzacie: historii wejść kartą, rezerwacji sal i nagrań z monitoringu, jeśli
takie istnieją.
Pozdrawiam,
Magdalena Zielińska
""",
    R(["Access"], "magda.zielinska@poczta.example", "Magdalena", "Zielińska"))

add("mix-26-fwd-pt-nif", "Lorena Gil <lorena.gil@acme-corp.example>",
    "RV: Fatura com NIF errado", "",
    R(["Rectification"], "tiago.fernandes@correio.example", "Tiago", "Fernandes"),
    note="""\
Hola, os adjunto el correo de un cliente portugués de Farmacia Nova. Pide que le
corrijamos el NIF que sale en sus facturas. ¿Os lo quedáis vosotros?

Lorena – Atención al cliente
""",
    attached=("Tiago Fernandes <tiago.fernandes@correio.example>", "Fatura com NIF errado",
              """\
Bom dia,

Nas faturas das minhas encomendas aparece o NIF 198 765 430, mas o meu é 198 765 403.
Peço que corrijam os meus dados de faturação para eu poder deduzir as despesas de saúde
no IRS.

Cumprimentos,
Tiago Fernandes
"""))

add("mix-27-sv-familj", "Familjen Lindqvist <familjen.lindqvist@post.example>",
    "Sluta skicka reklam",
    """\
Hej,

Jag skriver från vår gemensamma familjeadress men svara gärna till min egen. Jag vill
inte längre få reklam eller pushnotiser om erbjudanden från Farmacia Nova och jag
motsätter mig att ni använder mina uppgifter för marknadsföring.

Hälsningar
Karin Lindqvist
""",
    R(["Opposition"], "karin.lindqvist@post.example", "Karin", "Lindqvist"),
    headers=["Reply-To: Karin Lindqvist <karin.lindqvist@post.example>"])

add("mix-28-ro-comanda", "Ioana Marin <ioana.marin@posta.example>", "Comanda nu a ajuns",
    """\
Bună ziua, am plasat comanda nr. 77421 acum o săptămână și încă nu am primit-o.
Curierul spune că nu are coletul. Ce se întâmplă?

Ioana Marin
""",
    R(["Unknown"], "ioana.marin@posta.example", "Ioana", "Marin"))

add("mix-29-no-sponsorer", "Ingrid Haugen <ingrid.haugen@post.example>",
    "Deling av data med sponsorer",
    """\
Hei!

Jeg var på en festival der Tixo stod for billettene og armbåndene. Etterpå fikk jeg
reklame fra en av sponsorene – på SMS, til et nummer jeg bare har gitt til dere. Hvem
deler dere personopplysningene mine med, og på hvilket grunnlag? Og jeg vil ikke at
opplysningene mine skal deles med sponsorer eller brukes til markedsføring fremover.

Mvh
Ingrid Haugen
""",
    R(["Information", "Opposition"], "ingrid.haugen@post.example", "Ingrid", "Haugen"),
    ct=CP1252, encode="cp1252")

add("mix-30-hr-prijenos", "Ivana Horvat <ivana.horvat@posta.example>", "Prijenos podataka",
    """\
Poštovani,

molim vas da mi dostavite moje osobne podatke iz HubDesk sustava (profil, rezervacije,
računi) u strukturiranom, strojno čitljivom formatu, kako bih ih mogla prenijeti drugom
pružatelju usluga coworkinga.

Lijep pozdrav,
Ivana Horvat
""",
    R(["Portability"], "ivana.horvat@posta.example", "Ivana", "Horvat"))

add("mix-31-uk-dani", "Олена Коваленко <olena.kovalenko@posta.example>",
    "Запит щодо моїх персональних даних / data request",
    """\
Добрий день!

Я живу у Варшаві та замовляю ліки через Farmacia Nova. Прошу надати мені копію всіх
моїх персональних даних, які ви зберігаєте (рецепти, анкети, адреси доставки).

Sorry, my English is not good, I can also write in Polish if needed.

З повагою,
Олена Коваленко
""",
    R(["Access"], "olena.kovalenko@posta.example", "Олена", "Коваленко"))

# ---------------------------------------------------------------- tasks

add("mix-32-pt-aipd", "Ana Rita Lopes <anarita.lopes@acme-corp.example>",
    "AIPD – entrada por reconhecimento facial no festival",
    """\
Olá equipa,

O promotor do Festival Tejo Beats quer que a Tixo teste a entrada por reconhecimento
facial em 2027 (selfie associada ao bilhete nominativo). Precisamos de uma avaliação de
impacto sobre a proteção de dados antes de avançar. Podem marcar uma reunião comigo e
com a equipa de produto?

Obrigada,
Ana Rita Lopes
Product Manager – Tixo Portugal
""",
    TASK("anarita.lopes@acme-corp.example", "Ana Rita", "Lopes"))

add("mix-33-en-pl-retention", "Tomasz Nowak <tomasz.nowak@acme-corp.example>",
    "Retention plan for app analytics – review needed",
    """\
Hi,

we (Kraków dev team) are finishing the retention plan for HubDesk app analytics: raw
events 90 days, then aggregated and pseudonymised. Could you review it and tell us if
it's fine from a GDPR point of view before we deploy on 1 Dec? Dokument jest na
Confluence, w przestrzeni "Data Platform".

Dzięki,
Tomek
""",
    TASK("tomasz.nowak@acme-corp.example", "Tomasz", "Nowak"))

add("mix-34-sv-pub-avtal", "Johanna Eklund <johanna.eklund@acme-corp.example>",
    "Granskning av personuppgiftsbiträdesavtal – ny e-postleverantör",
    """\
Hej!

Marknad vill byta till en ny leverantör för nyhetsbrev till Tixo-kunderna i Norden.
Kan ni granska deras personuppgiftsbiträdesavtal innan vi skriver på? De har servrar i
både EU och USA.

Tack!
Johanna Eklund
Marketing Manager Nordics
""",
    TASK("johanna.eklund@acme-corp.example", "Johanna", "Eklund"))

add("mix-35-it-en-ropa", "Giulia Ferrante <giulia.ferrante@acme-corp.example>",
    "RoPA update – apertura HubDesk Lisbona",
    """\
Ciao team, quick one: con l'apertura di HubDesk Lisboa a gennaio abbiamo nuovi
trattamenti (local CCTV provider, badge system, reception visitor log). Can you update
the record of processing activities and tell me which documents you need from me?

Grazie mille!
Giulia
Expansion Manager
""",
    TASK("giulia.ferrante@acme-corp.example", "Giulia", "Ferrante"))

add("mix-36-cs-skoleni", "Lucie Horáková <lucie.horakova@acme-corp.example>",
    "Školení GDPR pro recepční v Praze",
    """\
Dobrý den,

v prosinci nastupují do HubDesk Praha tři nové recepční. Mohli byste pro ně připravit
krátké školení o ochraně osobních údajů (kamerový systém, kniha návštěv, co smí a nesmí
říkat o členech)? Stačí online, hodinu.

Děkuji,
Lucie Horáková
Community Manager, HubDesk Praha
""",
    TASK("lucie.horakova@acme-corp.example", "Lucie", "Horáková"))

# ---------------------------------------------------------------- incidents

add("mix-37-pt-telemovel", "Pedro Oliveira <pedro.oliveira@acme-corp.example>",
    "Perdi o telemóvel da empresa",
    """\
Olá,

Perdi ontem à noite o telemóvel da empresa num táxi em Lisboa. Tinha o WhatsApp
Business da Farmácia Nova com conversas de clientes (fotos de receitas, moradas). Tem
PIN de 4 dígitos, mas não sei se está encriptado. Já pedi o bloqueio à operadora.

Pedro Oliveira
Apoio ao Cliente
""",
    INC("pedro.oliveira@acme-corp.example", "Pedro", "Oliveira"))

add("mix-38-pl-cudza-recepta", "Marek Wójcik <marek.wojcik@poczta.example>",
    "Otrzymałem cudzą receptę",
    """\
Dzień dobry,

dziś dostałem od Farmacia Nova e-mail z potwierdzeniem zamówienia, ale w załączniku jest
recepta innej osoby – pani Barbary K., z numerem PESEL i nazwą leku. Nigdy nie
zamawiałem u Was leków. Informuję, bo to chyba poważny błąd.

Marek Wójcik
""",
    INC("marek.wojcik@poczta.example", "Marek", "Wójcik"))

add("mix-39-el-eisitiria", "Ελένη Γεωργίου <eleni.georgiou@posta.example>",
    "Βλέπω εισιτήρια άλλου χρήστη",
    """\
Γεια σας,

Όταν συνδέθηκα στην εφαρμογή της Tixo, εμφανίστηκαν εισιτήρια και στοιχεία (όνομα,
τηλέφωνο, αριθμός ταυτότητας) ενός άλλου ατόμου. Νομίζω ότι πρόκειται για σοβαρό
πρόβλημα ασφαλείας.

Ελένη Γεωργίου
""",
    INC("eleni.georgiou@posta.example", "Ελένη", "Γεωργίου"))

add("mix-40-ro-lista-membri", "Cristian Stan <cristian.stan@acme-corp.example>",
    "Am trimis lista membrilor la o adresă greșită",
    """\
Salut,

Azi-dimineață am trimis din greșeală fișierul Excel cu membrii HubDesk Cluj (nume,
telefon, companie, număr card de acces) către un furnizor extern în loc de colegul de la
contabilitate. Le-am cerut să-l șteargă, dar încă nu au confirmat.

Cristian Stan
Office Manager HubDesk Cluj
""",
    INC("cristian.stan@acme-corp.example", "Cristian", "Stan"))

add("mix-41-tr-en-bucket", "Emre Kaya <emre.kaya@secresearch.example>",
    "Security issue: publicly accessible visitor photos / Güvenlik açığı",
    """\
Hello,

I'm an independent security researcher based in Istanbul. While testing I found that a
storage bucket linked to the HubDesk visitor app (visitor-photos.hubdesk-cdn.example)
allows public listing. It contains ~12,000 visitor photos and ID document scans. I did
not download anything beyond 2 files to confirm.

Please fix asap. Responsible disclosure, no bounty requested.

Saygılarımla / Regards,
Emre Kaya
""",
    INC("emre.kaya@secresearch.example", "Emre", "Kaya"))

# ---------------------------------------------------------------- follow-ups

add("mix-42-pt-dsr", "Carla Mendes <carla.mendes@correio.example>",
    "RE: [DSR-63018] Pedido recebido",
    """\
Boa tarde,

Já passou mais de um mês e ainda não recebi os meus dados. Podem dar-me uma previsão?

Carla Mendes

> Recebemos o seu pedido de acesso com a referência DSR-63018.
> Responderemos no prazo de um mês.
> Equipa de Privacidade
""",
    FU("63018", "carla.mendes@correio.example", "Carla", "Mendes"))

add("mix-43-pl-nadal", "Katarzyna Wiśniewska <k.wisniewska@poczta.example>",
    "Re: Rezygnacja z ofert HubDesk",
    """\
Minęły trzy tygodnie, a nadal dostaję od Was maile z ofertami. Proszę o potwierdzenie,
że moje żądanie zostało zrealizowane.

K. Wiśniewska

Wysłane z iPhone'a
""",
    FU(ref("mix-03-pl-marketing"), "k.wisniewska@poczta.example", "Katarzyna", "Wiśniewska"),
    headers=irt("mix-03-pl-marketing"))

add("mix-44-sv-dsr-id", "Emma Sjöberg <emma.sjoberg@post.example>",
    "Sv: [DSR-63552] Vi har tagit emot din begäran",
    """\
Hej,

Här kommer en kopia av mitt körkort som ni bad om, så att ni kan gå vidare med
raderingen.

Emma Sjöberg

> Vi har tagit emot din begäran (DSR-63552). För att kunna verifiera din identitet ber
> vi dig skicka en kopia av en giltig id-handling.
""",
    FU("63552", "emma.sjoberg@post.example", "Emma", "Sjöberg"))

add("mix-45-da-billet", "Søren Østergaard <soren.ostergaard@post.example>",
    "Re: Forkert navn på min profil",
    """\
Tak for svaret. Profilen er rettet nu, men på billetten til lørdag står der stadig
"Soren Ostergard". Kan I også få den rettet?

Søren
""",
    FU(ref("mix-05-da-forkert-navn"), "soren.ostergaard@post.example", "Søren", "Østergaard"),
    headers=irt("mix-05-da-forkert-navn"))

# ---------------------------------------------------------------- ignored

add("mix-46-pt-spam-apagar", "ApagaDados Pro <promo@apagadados.example>",
    "Os seus dados pessoais estão à venda – apague-os já",
    """\
Caro utilizador,

Encontrámos o seu e-mail e telefone em 93 listas de marketing. Com o ApagaDados Pro
apagamos os seus dados pessoais de todas as empresas em seu nome e protegemos a sua
privacidade para sempre.

Apenas 3,99 EUR/mês – clique aqui: http://apagadados.example/oferta

Para deixar de receber, clique aqui.
""",
    IGN("spam", "promo@apagadados.example"), headers=SPAM_HDR)

add("mix-47-pl-paczka", "InPost <powiadomienia@inpost-dostawa.example>",
    "Twoja paczka czeka – dopłata 1,99 zł",
    """\
Twoja przesyłka nie może zostać doręczona z powodu nieopłaconej opłaty celnej 1,99 zł.
Opłać ją w ciągu 24 godzin: http://inpost-dostawa.example/oplata

Zespół InPost
""",
    IGN("spam", "powiadomienia@inpost-dostawa.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="inpost-dostawa.example")])

add("mix-48-en-proposal", "Dr. Williams Adebayo <w.adebayo@intl-transfer.example>",
    "URGENT BUSINESS PROPOSAL – USD 14.5 MILLION",
    """\
Dear Friend,

I am Dr. Williams Adebayo, director of audit at a bank. I discovered an abandoned sum
of USD 14,500,000 belonging to a late foreign client with no next of kin. I seek your
consent to present you as beneficiary. You will receive 40% of the total sum.

For confidentiality, reply only to my private email with your full name, phone number
and bank details.

Yours faithfully,
Dr. Williams Adebayo
""",
    IGN("spam", "w.adebayo@intl-transfer.example"))

add("mix-49-da-autosvar", "Lars Mikkelsen <lars.mikkelsen@nordic-mailer.example>",
    "Autosvar: Personuppgiftsbiträdesavtal",
    """\
Tak for din mail. Jeg er på ferie til og med 27. november og har ikke adgang til min
mail. Ved hastende sager kan du kontakte support@nordic-mailer.example.

Venlig hilsen
Lars Mikkelsen
""",
    IGN("auto_reply", "lars.mikkelsen@nordic-mailer.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-50-cs-dovolena", "Jana Veselá <jana.vesela@firma-cz.example>",
    "Automatická odpověď: Školení GDPR",
    """\
Dobrý den,

do 30. 11. čerpám dovolenou bez přístupu k e-mailu. V naléhavých případech kontaktujte
kolegyni na tel. +420 222 333 444.

Jana Veselá
""",
    IGN("auto_reply", "jana.vesela@firma-cz.example"))

add("mix-51-pt-newsletter", "Notícias Privacidade <newsletter@noticiasprivacidade.example>",
    "Newsletter semanal: novas orientações sobre videovigilância",
    """\
NOTÍCIAS PRIVACIDADE – edição 98

- Videovigilância em espaços de coworking: novas orientações da autoridade de controlo
- Direito ao apagamento: cinco erros comuns das empresas
- Bilhetes nominativos e dados de identificação: o que pode ser pedido?

Recebe esta newsletter porque se inscreveu em noticiasprivacidade.example.
Cancelar subscrição: https://noticiasprivacidade.example/cancelar?id=3391
""",
    IGN("bulk", "newsletter@noticiasprivacidade.example"),
    headers=["List-Id: Noticias Privacidade <semanal.noticiasprivacidade.example>",
             "List-Unsubscribe: <https://noticiasprivacidade.example/cancelar?id=3391>",
             "Precedence: bulk"])

add("mix-52-de-unzustellbar", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Unzustellbar: Antwort auf Ihre Anfrage", "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
