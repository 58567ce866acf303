# Development set 21, other EU languages and mixed-language mail.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("mix-01-pt-acesso", "Inês Carvalho Matos <ines.matos@correio-pt.example>",
    "Pedido relativo aos meus dados pessoais",
    """Exmos. Senhores,

Venho por este meio requerer que me facultem todos os dados pessoais que tratam a meu respeito,
nomeadamente o histórico de viagens associado ao cartão RegioPass, os carregamentos efetuados e os
registos de contactos com o apoio ao cliente.

Com os melhores cumprimentos,
Inês Carvalho Matos
""", R(["Access"], "ines.matos@correio-pt.example", "Inês", "Carvalho Matos"))

add("mix-02-pl-usuniecie", "Agnieszka Wiśniewska <agnieszka.wisniewska@poczta-pl.example>",
    "Usunięcie konta",
    """Dzień dobry,

proszę o usunięcie mojego konta w aplikacji RegioPass oraz wszystkich moich danych osobowych.
Wyprowadziłam się za granicę i nie będę już korzystać z Państwa usług.

Pozdrawiam,
Agnieszka Wiśniewska
""", R(["Erasure"], "agnieszka.wisniewska@poczta-pl.example", "Agnieszka", "Wiśniewska"))

add("mix-03-sv-utskick", "Linnea Sjöberg <linnea.sjoberg@brevlada.example>",
    "Sluta skicka erbjudanden",
    """Hej!

Jag vill inte längre få era nyhetsbrev eller erbjudanden via sms och mejl. Ta bort mig från alla
utskickslistor. Trafikstörningar via appen får ni gärna fortsätta skicka.

Mvh
Linnea Sjöberg
""", R(["Opposition"], "linnea.sjoberg@brevlada.example", "Linnea", "Sjöberg"))

add("mix-04-da-adresse", "Mikkel Sørensen <mikkel.sorensen@postkasse.example>",
    "Forkert adresse",
    """Hej

Jeg er flyttet, og adressen i jeres system er forkert. Den nye adresse er Nørrebrogade 112, 2. th.,
2200 København N. Vil I venligst rette den, så mit periodekort bliver sendt det rigtige sted hen?
Og send mig venligst ikke flere reklamer med posten på den nye adresse.

Venlig hilsen
Mikkel Sørensen
""", R(["Rectification", "Opposition"], "mikkel.sorensen@postkasse.example", "Mikkel", "Sørensen"))

add("mix-05-fi-kamerat", "Aino Virtanen <aino.virtanen@sahkoposti.example>",
    "Kameratallenteet raitiovaunuissa",
    """Hei,

raitiovaunuissanne on nykyään kameroita joka ovella. Kuinka kauan tallenteita säilytetään, kuka
niitä saa katsoa ja luovutetaanko niitä poliisille automaattisesti?

Ystävällisin terveisin
Aino Virtanen
""", R(["Information"], "aino.virtanen@sahkoposti.example", "Aino", "Virtanen"))

add("mix-06-cs-blokace", "Tomáš Dvořák <tomas.dvorak@posta-cz.example>",
    "Automatické zablokování karty",
    """Dobrý den,

váš systém mi minulý týden automaticky zablokoval dopravní kartu kvůli „podezřelému použití“. Nikdo
se mnou nemluvil a kartu jsem nemohl týden používat. Žádám, aby toto rozhodnutí přezkoumal
člověk, a chci vědět, na základě čeho systém rozhodl.

S pozdravem
Tomáš Dvořák
""", R(["AutomatedDecision"], "tomas.dvorak@posta-cz.example", "Tomáš", "Dvořák"))

add("mix-07-ro-acces-stergere", "Andreea Popescu <andreea.popescu@posta-ro.example>",
    "Datele mele personale",
    """Bună ziua,

Vă rog să-mi comunicați ce date personale dețineți despre mine, inclusiv istoricul călătoriilor cu
cardul RegioPass. După aceea, vă rog să le ștergeți pe toate, deoarece m-am întors definitiv în
România.

Cu stimă,
Andreea Popescu
""", R(["Access", "Erasure"], "andreea.popescu@posta-ro.example", "Andreea", "Popescu"))

add("mix-08-el-periorismos", "Γιώργος Παπαδόπουλος <g.papadopoulos@mail-gr.example>",
    "Ένσταση για πρόστιμο - περιορισμός επεξεργασίας",
    """Καλησπέρα σας,

Έχω υποβάλει ένσταση για το πρόστιμο που μου επιβλήθηκε στις 3 Νοεμβρίου στο λεωφορείο της
γραμμής 7. Μέχρι να εξεταστεί η ένστασή μου, ζητώ να περιοριστεί η επεξεργασία των δεδομένων μου
και να μην διαβιβαστούν σε εταιρεία είσπραξης οφειλών.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
""", R(["Restriction"], "g.papadopoulos@mail-gr.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-09-hu-hordozhatosag", "Kovács Eszter <eszter.kovacs@level-hu.example>",
    "Utazási adataim más szolgáltatónak",
    """Jó napot kívánok!

Szeretném megkapni az utazási előzményeimet és a fizetéseimet géppel olvasható formátumban (például
CSV), hogy át tudjam adni egy másik mobilitási szolgáltatónak. Ha lehetséges, közvetlenül nekik is
elküldhetik.

Köszönettel:
Kovács Eszter
""", R(["Portability"], "eszter.kovacs@level-hu.example", "Eszter", "Kovács"))

add("mix-10-hr-majka", "Ivana Horvat <ivana.horvat@posta-hr.example>",
    "Podaci mog sina",
    """Poštovani,

moj sin Luka Horvat (14) ima učeničku RegioPass karticu. Kao roditelj molim da mi dostavite sve
podatke koje o njemu imate, uključujući fotografiju i povijest putovanja.

Lijep pozdrav,
Ivana Horvat
""", R(["Access"], "ivana.horvat@posta-hr.example", "Luka", "Horvat",
       representative="Ivana Horvat"))

add("mix-11-en-de", "Conor Byrne <conor.byrne@irishpost.example>",
    "Konto löschen / delete account",
    """Hallo, sorry my German isn't good enough for this.

Ich wohne nicht mehr hier - I moved back to Dublin in October. Please delete my RegioPass account
and everything attached to it, und bitte keine Werbung und keinen Newsletter mehr. I've clicked
"abmelden" twice already.

Danke!
Conor Byrne
""", R(["Erasure", "Opposition"], "conor.byrne@irishpost.example", "Conor", "Byrne"))

add("mix-12-fr-en-bruxelles", "Amélie Janssens <amelie.janssens@bxl-mail.example>",
    "Combined ticket / billet combiné",
    """Bonjour / Hello,

I commute from Brussels and I use your combined ticket with the Belgian rail operator. Je voudrais
savoir: are my journeys shared with them, or only the number of tickets sold? Et combien de temps
vous gardez tout ça?

Merci / Thanks,
Amélie Janssens
""", R(["Information"], "amelie.janssens@bxl-mail.example", "Amélie", "Janssens"))

add("mix-13-ca-cognom", "Núria Garcia Pujol <nuria.garcia@correu-cat.example>",
    "Error en el meu cognom",
    """Bon dia,

Al meu abonament hi consta malament el segon cognom: hi posa «Garcia Puyol» i és «Garcia Pujol».
Us prego que ho corregiu a la vostra base de dades.

Gràcies,
Núria Garcia Pujol
""", R(["Rectification"], "nuria.garcia@correu-cat.example", "Núria", "Garcia Pujol"))

add("mix-14-sk-straty", "Martin Kováč <martin.kovac@posta-sk.example>",
    "Zabudnutá taška",
    """Dobrý deň, včera večer som v električke č. 4 zabudol tašku s knihami a dáždnik. Kde nájdem
oddelenie stratených vecí a aké má otváracie hodiny? Ďakujem, Martin Kováč
""", R(["Unknown"], "martin.kovac@posta-sk.example", "Martin", "Kováč"))

add("mix-15-sl-novice", "Nina Kranjc <nina.kranjc@posta-si.example>",
    "Odjava",
    """Pozdravljeni,

prosim, da mi ne pošiljate več e-novic in promocijskih ponudb. Za to nisem dala soglasja.
Moj e-naslov tudi izbrišite iz svoje baze.

Hvala,
Nina Kranjc
""", R(["Opposition", "Erasure"], "nina.kranjc@posta-si.example", "Nina", "Kranjc"))

add("mix-16-ptbr-html", "Rafael Oliveira Santos <rafael.santos@email-br.example>",
    "Excluir cadastro",
    html("Olá, tudo bem?",
         "Morei aí um ano pelo intercâmbio e agora voltei para o Brasil. Gostaria que vocês excluíssem meu cadastro e todos os meus dados, inclusive o cartão de crédito salvo no app.",
         "Valeu!<br>Rafael Oliveira Santos"),
    R(["Erasure"], "rafael.santos@email-br.example", "Rafael", "Oliveira Santos"), ct=HTML)

add("mix-17-et-andmed", "Kadri Tamm <kadri.tamm@postkast-ee.example>",
    "Minu isikuandmed",
    """Tere!

Palun saatke mulle kõik minu kohta teie süsteemides olevad isikuandmed, sealhulgas sõiduajalugu.

Lugupidamisega
Kadri Tamm
""", R(["Access"], "kadri.tamm@postkast-ee.example", "Kadri", "Tamm"))

add("mix-18-bg-dostap", "Мария Иванова-Петрова <maria.ivanova@poshta-bg.example>",
    "Лични данни и грешна фамилия",
    """Здравейте,

Моля да ми предоставите информация какви лични данни съхранявате за мен. Освен това фамилията ми е
вписана като „Иванова“, а правилно е „Иванова-Петрова“ — моля да я коригирате.

Поздрави,
Мария Иванова-Петрова
""", R(["Access", "Rectification"], "maria.ivanova@poshta-bg.example", "Мария", "Иванова-Петрова"))

add("mix-19-pl-ojciec", "Paweł Nowak <pawel.nowak@poczta-pl.example>",
    "Konto zmarłego ojca",
    """Szanowni Państwo,

mój ojciec, Stanisław Nowak, zmarł 30 września. Miał u Państwa bilet okresowy dla seniorów. Jako
spadkobierca proszę o zamknięcie jego konta i usunięcie jego danych. W załączeniu akt zgonu.

Z poważaniem
Paweł Nowak
""", R(["Erasure"], "pawel.nowak@poczta-pl.example", "Stanisław", "Nowak",
       representative="Paweł Nowak"))

add("mix-20-fwd-pt", "Customer Service <customerservice@acme-corp.example>",
    "FW: chamadas de publicidade",
    """Hi privacy team,

Portuguese customer complaining about sales calls, can you deal with this directly with her? I
checked, she's on the outbound campaign list.

Thanks, Marco (Customer Service)

---------- Forwarded message ---------
From: Joana Ferreira <joana.ferreira@correio-pt.example>
Date: Thu, 12 Nov 2026 at 14:22
Subject: chamadas de publicidade
To: customerservice@acme-corp.example

Boa tarde, recebo constantemente chamadas com publicidade aos vossos passes mensais. Não autorizo a
utilização do meu número de telemóvel para marketing. Obrigada.
Joana Ferreira
""", R(["Opposition"], "joana.ferreira@correio-pt.example", "Joana", "Ferreira"))

add("mix-21-att-sv", "Kundenservice Nord <kundenservice.nord@acme-corp.example>",
    "WG: Min information", "",
    R(["Access", "Portability"], "erik.lindqvist@brevlada.example", "Erik", "Lindqvist"),
    attached=("Erik Lindqvist <erik.lindqvist@brevlada.example>", "Min information",
              """Hej,

jag vill få ut all information ni har om mig. Dessutom vill jag ha min resehistorik i en fil (CSV
eller liknande) som jag kan ta med till ett annat trafikbolag.

Hälsningar
Erik Lindqvist
"""),
    note="Hallo Datenschutz, Anfrage eines schwedischen Kunden im Anhang. Bitte direkt beantworten. Gruß, Kundenservice Nord (J. Sommer)")

add("mix-22-sv-en", "Oskar Nyström <oskar.nystrom@brevlada.example>",
    "question om resedata",
    """Hej / hi,

I don't want my account removed or anything, jag undrar bara: do you sell or share travel data with
third parties, like advertisers or the kommun? And is anything stored outside the EU?

Tack,
Oskar Nyström
""", R(["Information"], "oskar.nystrom@brevlada.example", "Oskar", "Nyström"))

add("mix-23-task-pl-dpa", "Katarzyna Zawadzka <katarzyna.zawadzka@acme-corp.example>",
    "DPA for bus subcontractor Autobusy Wisła",
    """Hi privacy team,

From January our subcontractor Autobusy Wisła sp. z o.o. will operate lines 80-84 and their
drivers will use our ticket machines (with card data). Could you prepare or review the data
processing agreement? Their legal team prefers a bilingual EN/PL version.

Dzięki!
Katarzyna Zawadzka
Operations Contracts
""", TASK("katarzyna.zawadzka@acme-corp.example", "Katarzyna", "Zawadzka"))

add("mix-24-task-pt-tender", "João Carvalho <joao.carvalho@acme-corp.example>",
    "Tender: privacy section of the card supplier questionnaire",
    """Olá / hello,

For the new contactless card tender we have to send bidders a security and privacy questionnaire.
Can you fill in the privacy section (questions 31-48) and check the data retention requirements?
Deadline is 2 December.

Obrigado,
João Carvalho
Fare Systems
""", TASK("joao.carvalho@acme-corp.example", "João", "Carvalho"))

add("mix-25-task-training", "Ingrid Halvorsen <ingrid.halvorsen@acme-corp.example>",
    "GDPR refresher for lost property and ticket office staff",
    """Hi,

Could you run a short GDPR refresher for the lost property and ticket office teams in January? Topics:
ID checks, what we can write in the found-items log, and how to handle requests at the counter.
About 25 people, ideally two 45-minute sessions.

Thanks,
Ingrid Halvorsen
Station Services Manager
""", TASK("ingrid.halvorsen@acme-corp.example", "Ingrid", "Halvorsen"))

add("mix-26-inc-cs-faktura", "Petr Novotný <petr.novotny@posta-cz.example>",
    "Cizí faktura",
    """Dobrý den,

dnes jsem od vás dostal e-mail s fakturou za roční předplatné, která patří jinému zákazníkovi:
je tam jeho jméno, adresa a poslední čtyři číslice platební karty. Myslím, že byste o tom měli
vědět.

Petr Novotný
""", INC("petr.novotny@posta-cz.example", "Petr", "Novotný"))

add("mix-27-inc-ro-cctv", "Mihai Ionescu <mihai.ionescu@acme-corp.example>",
    "CCTV export sent to wrong address",
    """Hi,

I need to report a mistake. Yesterday I sent the CCTV export for the assault case on tram 6 (about
20 minutes of footage, several passengers' faces clearly visible) to a journalist's address instead
of the police liaison officer. The names were similar in autocomplete. I've asked the journalist to
delete it but no reply yet.

Mihai Ionescu
Security Control Room
""", INC("mihai.ionescu@acme-corp.example", "Mihai", "Ionescu"))

add("mix-28-inc-da-app", "Freja Nielsen <freja.nielsen@postkasse.example>",
    "Jeg kan se en andens kort i appen",
    """Hej

Når jeg logger ind i jeres app, kan jeg se en anden persons rejsekort, rejsehistorik og de sidste
cifre af et betalingskort. Personen hedder Lars Mortensen. Jeg har ikke rørt ved noget.

Venlig hilsen
Freja Nielsen
""", INC("freja.nielsen@postkasse.example", "Freja", "Nielsen"))

add("mix-29-fu-pt-dsr", "Rui Almeida <rui.almeida@correio-pt.example>",
    "RE: [DSR-31877] Confirmação de receção",
    """Boa tarde,

Já passou mais de um mês desde a vossa confirmação e ainda não recebi qualquer resposta. Agradeço
informação sobre o ponto de situação.

Rui Almeida

> O seu pedido foi registado com a referência DSR-31877.
""", FU("31877", "rui.almeida@correio-pt.example", "Rui", "Almeida"))

add("mix-30-fu-pt-irt", "Inês Carvalho Matos <ines.matos@correio-pt.example>",
    "RE: Pedido relativo aos meus dados pessoais",
    """Exmos. Senhores,

Em complemento ao meu pedido anterior, envio em anexo cópia do cartão de cidadão para
confirmação da identidade.

Cumprimentos,
Inês Carvalho Matos
""", FU(ref("mix-01-pt-acesso"), "ines.matos@correio-pt.example", "Inês", "Carvalho Matos"),
    headers=irt("mix-01-pt-acesso"))

add("mix-31-spam-pl", "Konkurs Nagrody <nagrody@wygrana-dzis.example>",
    "Gratulacje! Wygrałeś iPhone 17",
    """Gratulacje!

Twój adres e-mail został wylosowany. Aby odebrać nagrodę, podaj imię, nazwisko, adres i numer
karty do opłacenia wysyłki (1,99 zł). Twoje dane zostaną usunięte po wysyłce zgodnie z RODO.

http://wygrana-dzis.example/odbierz
""", IGN("spam", "nagrody@wygrana-dzis.example"), headers=SPAM_HDR)

add("mix-32-spam-password", "Microsoft 365 Admin <no-reply@m365-security-alert.example>",
    "privacy@acme-corp.example: password expires today",
    """Your password for privacy@acme-corp.example expires today.
To keep your mailbox and stored data, confirm your current password below.

KEEP SAME PASSWORD: http://m365-security-alert.example/keep

Microsoft 365 Security
""", IGN("spam", "no-reply@m365-security-alert.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="m365-security-alert.example")])

add("mix-33-sv-autosvar", "Johan Eklund <johan.eklund@region-trafik.example>",
    "Autosvar: Datadelningsavtal",
    """Tack för ditt mejl. Jag är på semester till och med 27 november och läser inte mejl. Vid brådskande
ärenden, kontakta registrator@region-trafik.example.

Johan Eklund
""", IGN("auto_reply", "johan.eklund@region-trafik.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-34-bulk-eu", "European Transport Network <newsletter@eu-transport-network.example>",
    "ETN Newsletter - EN / FR / DE",
    """EUROPEAN TRANSPORT NETWORK - NEWSLETTER 11/2026

EN: Data spaces for mobility - what operators need to know
FR: Espaces de données de mobilité : ce que les opérateurs doivent savoir
DE: Mobilitätsdatenräume - was Verkehrsunternehmen wissen müssen

Unsubscribe / Se désabonner / Abmelden: https://eu-transport-network.example/unsubscribe
""", IGN("bulk", "newsletter@eu-transport-network.example"),
    headers=["List-Id: ETN Newsletter <newsletter.eu-transport-network.example>",
             "List-Unsubscribe: <https://eu-transport-network.example/unsubscribe>",
             "Precedence: bulk"])
