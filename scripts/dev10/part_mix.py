from common import *  # part mix: written blind

add("mix-01-pt-direito-acesso", "João Pedro Carvalho Sousa <joaopedro.csousa@correio-pt.example>", "Pedido de acesso aos meus dados pessoais",
    """Exmos. Senhores,

Sou cliente do serviço móvel (número 912 345 678) desde 2019. Ao abrigo do artigo 15.º do
RGPD, venho solicitar que me seja facultada cópia dos dados pessoais que a vossa empresa
trata a meu respeito, incluindo faturação detalhada e registos de localização, se existirem.

Com os melhores cumprimentos,
João Pedro Carvalho Sousa
""",
    R(["Access"], "joaopedro.csousa@correio-pt.example", "João Pedro", "Carvalho Sousa"), ct=LATIN1, encode="latin-1")

add("mix-02-br-excluir-sms", "Thaís Oliveira Santos <thais.oliveira@correio-br.example>", "excluir meus dados",
    """Oi, tudo bem?

Morei em Lisboa ano passado e tive um chip de vocês. Já voltei pro Brasil e não uso mais.
Quero que excluam todos os meus dados e parem de mandar SMS de promoção pro meu número, que
agora está com roaming e eu recebo tudo!!

Obrigada,
Thaís Oliveira Santos
""",
    R(["Erasure", "Opposition"], "thais.oliveira@correio-br.example", "Thaís", "Oliveira Santos"))

add("mix-03-pl-telemarketing", "Krzysztof Wiśniewski <k.wisniewski@poczta-pl.example>", "telefony",
    "dzien dobry prosze przestac do mnie dzwonic z ofertami swiatlowodu juz 5 raz w tym tygodniu nie zgadzam sie na marketing prosze usunac moj numer z listy\nKrzysztof Wiśniewski\n",
    R(["Opposition"], "k.wisniewski@poczta-pl.example", "Krzysztof", "Wiśniewski"))

add("mix-04-pl-kopia-danych", "Agnieszka Zielińska-Nowak <a.zielinska-nowak@poczta-pl.example>", "Wniosek o dostęp do danych osobowych",
    """Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych osobowych przetwarzanych
przez Państwa firmę, w tym billingów połączeń z ostatnich 12 miesięcy oraz informacji o
źródle pozyskania moich danych.

Z poważaniem
Agnieszka Zielińska-Nowak
""",
    R(["Access"], "a.zielinska-nowak@poczta-pl.example", "Agnieszka", "Zielińska-Nowak"))

add("mix-05-cs-vymazani", "Tomáš Dvořák <tomas.dvorak@posta-cz.example>", "Žádost o výmaz osobních údajů",
    """Dobrý den,

od září už nejsem Vaším zákazníkem (přešel jsem k jinému operátorovi). Žádám o výmaz všech
mých osobních údajů včetně účtu v mobilní aplikaci.

S pozdravem
Tomáš Dvořák
""",
    R(["Erasure"], "tomas.dvorak@posta-cz.example", "Tomáš", "Dvořák"))

add("mix-06-cs-automaticke-zamitnuti", "Petra Nováková <petra.novakova@posta-cz.example>", "Zamítnutí smlouvy",
    """Dobrý den,

moje žádost o tarif s telefonem na splátky byla na Vašem webu během pár vteřin zamítnuta.
Zjevně to rozhodl systém, ne člověk. Nesouhlasím s tím a žádám, aby moji žádost posoudil
skutečný pracovník.

Děkuji
Petra Nováková
""",
    R(["AutomatedDecision"], "petra.novakova@posta-cz.example", "Petra", "Nováková"))

add("mix-07-ro-nume-gresit", "Ioana Ștefănescu <ioana.stefanescu@posta-ro.example>", "Nume scris greșit",
    """Bună ziua,

Pe facturi numele meu apare „Ioana Stefanescu Ionela” în loc de „Ioana Ștefănescu”, iar
adresa de facturare este cea veche. Noua adresă: Str. Florilor nr. 7, ap. 12, Cluj-Napoca.
Vă rog să corectați datele.

Mulțumesc,
Ioana Ștefănescu
""",
    R(["Rectification"], "ioana.stefanescu@posta-ro.example", "Ioana", "Ștefănescu"))

add("mix-08-ro-date-localizare", "Mihai Popescu <mihai.popescu@posta-ro.example>", "Întrebare date de localizare",
    """Bună ziua,

Aș vrea să știu ce date de localizare păstrați despre telefonul meu, cât timp le păstrați și
dacă le dați altor firme. Nu cer o copie, doar informații.

Cu stimă,
Mihai Popescu
""",
    R(["Information"], "mihai.popescu@posta-ro.example", "Mihai", "Popescu"))

add("mix-09-sv-registerutdrag", "Björn Åkesson <bjorn.akesson@post-se.example>", "Begäran om registerutdrag",
    """Hej,

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen, alltså vilka
personuppgifter ni behandlar om mig (abonnemang, samtalslistor, kreditupplysning).

Vänliga hälsningar
Björn Åkesson
Skickat från min iPhone
""",
    R(["Access"], "bjorn.akesson@post-se.example", "Björn", "Åkesson"))

add("mix-10-da-afmeld-slet", "Søren Østergaard <soren.ostergaard@post-dk.example>", "Afmeld og slet",
    """Hej

Jeg vil gerne afmeldes jeres nyhedsbreve og sms-tilbud, og jeg vil have at I sletter mine
oplysninger. Jeg har opsagt mit abonnement pr. 1. oktober.

Venlig hilsen
Søren Østergaard
""",
    R(["Opposition", "Erasure"], "soren.ostergaard@post-dk.example", "Søren", "Østergaard"), ct=LATIN1, encode="latin-1")

add("mix-11-tr-veri-adres", "Mehmet Can Öztürk <mehmetcan.ozturk@posta-tr.example>", "Kişisel verilerim hakkında",
    """Merhaba,

Sizde hangi kişisel verilerimin kayıtlı olduğunu öğrenmek ve bir kopyasını almak istiyorum.
Ayrıca sistemde adresim yanlış görünüyor; doğru adres: Karl-Marx-Str. 45, 12043 Berlin.
Lütfen düzeltin.

Teşekkürler,
Mehmet Can Öztürk
""",
    R(["Access", "Rectification"], "mehmetcan.ozturk@posta-tr.example", "Mehmet Can", "Öztürk"))

add("mix-12-spanglish-csv", "Yesenia Morales <yesenia.morales@correo-us.example>", "my data porfa",
    """Hi, necesito que me manden my data, like el historial de llamadas y todo el usage, en un
file CSV o algo así, porque me estoy cambiando de company y la nueva me lo pide para importarlo.
Thank you!!

Yesenia Morales
""",
    R(["Portability"], "yesenia.morales@correo-us.example", "Yesenia", "Morales"))

add("mix-13-franco-arabe-supprimer", "yassine.bzz@mail-fr.example", "suppression compte",
    """Salam, je veux que vous supprimiez mon compte client et tout, wallah j'en ai marre de vos
pubs par sms tous les jours, arrêtez. Yassine Bouazza
""",
    R(["Erasure", "Opposition"], "yassine.bzz@mail-fr.example", "Yassine", "Bouazza"))

add("mix-14-hinglish-share", "Arjun Mehta <arjun.mehta@mail-in.example>", "data sharing question",
    """Hi team,

Quick question - aap log mera data kisko share karte ho? Third party advertisers ko bechte ho
kya? Aur kitne time tak rakhte ho call records? Bas janna hai, kuch delete nahi karwana abhi.

Thanks,
Arjun Mehta
""",
    R(["Information"], "arjun.mehta@mail-in.example", "Arjun", "Mehta"))

add("mix-15-pt-filha-mae-chamadas", "Ana Rita Ferreira <anarita.ferreira@correio-pt.example>", "Chamadas comerciais para a minha mãe",
    """Boa tarde,

Escrevo em nome da minha mãe, D. Maria de Fátima Ferreira, de 84 anos, de quem sou
acompanhante nomeada pelo tribunal (sentença em anexo). Ela recebe chamadas quase diárias dos
vossos comerciais e já aceitou por telefone serviços de que não precisa.

Peço que deixem de a contactar para fins comerciais, por qualquer meio.

Obrigada,
Ana Rita Ferreira
""",
    R(["Opposition"], "anarita.ferreira@correio-pt.example", "Maria de Fátima", "Ferreira", representative="Ana Rita Ferreira"))

add("mix-16-sv-begransning", "Elin Lindqvist <elin.lindqvist@post-se.example>", "Begränsning av behandling",
    """Hej,

Jag bestrider fakturan från september (avgifter för ett bredband jag sagt upp). Tills ärendet
är utrett vill jag att ni begränsar behandlingen av mina uppgifter: lämna inte över något till
inkasso och rapportera inget till kreditupplysningsföretag. Radera inget, bara pausa.

Mvh
Elin Lindqvist
""",
    R(["Restriction"], "elin.lindqvist@post-se.example", "Elin", "Lindqvist"))

add("mix-17-ro-factura-html", "Andrei Constantinescu <andrei.constantinescu@posta-ro.example>", "Factura prea mare",
    html("Bună ziua,",
         "Factura pe octombrie este de <b>312 lei</b>, de trei ori mai mare decât de obicei. Nu am folosit roaming.",
         "Vă rog să verificați.",
         "Andrei Constantinescu"),
    R(["Unknown"], "andrei.constantinescu@posta-ro.example", "Andrei", "Constantinescu"), ct=HTML)

add("mix-18-attached-br-excluir", "Helen Carter <helen.carter@acme-corp.example>", "FW: pedido de exclusão",
    "",
    R(["Erasure"], "rafael.costalima@correio-br.example", "Rafael", "Costa Lima"),
    attached=("Rafael Costa Lima <rafael.costalima@correio-br.example>", "pedido de exclusão",
              """Olá, cancelei meu plano de internet em agosto. Peço que apaguem meu cadastro e todos os
meus dados pessoais do sistema de vocês.
Rafael Costa Lima
"""),
    note="Hi privacy, this came into the Lisbon support queue in Portuguese. I think he wants his data deleted. Over to you. Helen (International Support)")

add("mix-19-pl-dsr-ponaglenie", "Marek Kowalczyk <marek.kowalczyk@poczta-pl.example>", "Odp: Potwierdzenie otrzymania wniosku [DSR-90512]",
    """Dzień dobry,

minął miesiąc i nadal nie dostałem odpowiedzi na mój wniosek. Proszę o informację, kiedy
mogę się jej spodziewać.

Marek Kowalczyk

> Potwierdzamy otrzymanie Pana wniosku, numer DSR-90512.
""",
    FU("90512", "marek.kowalczyk@poczta-pl.example", "Marek", "Kowalczyk"))

add("mix-20-da-opfoelgning", "Søren Østergaard <soren.ostergaard@post-dk.example>", "SV: Afmeld og slet",
    "Hej igen, jeg har stadig fået en sms med tilbud i går. Er mine oplysninger slettet? Mvh Søren\n",
    FU(ref("mix-10-da-afmeld-slet"), "soren.ostergaard@post-dk.example", "Søren", "Østergaard"),
    headers=irt("mix-10-da-afmeld-slet"))

add("mix-21-task-lisbon-dpa", "Helen Carter <helen.carter@acme-corp.example>", "DPA review - Lisbon contact centre renewal",
    """Hi privacy team,

Our contract with the Lisbon contact centre outsourcer is up for renewal in January. They've
sent a new data processing agreement with a longer list of sub-processors (incl. one in
Brazil). Could you review it and flag anything we need to push back on?

Thanks,
Helen Carter
International Support Operations
""",
    TASK("helen.carter@acme-corp.example", "Helen", "Carter"))

add("mix-22-task-pl-rejestr", "Katarzyna Lewandowska <katarzyna.lewandowska@acme-corp.example>", "Aktualizacja rejestru czynności przetwarzania",
    """Cześć,

oddział w Krakowie uruchamia od lutego obsługę klientów przez czat. Proszę o aktualizację
rejestru czynności przetwarzania i informację, czy potrzebna jest ocena skutków (DPIA).

Pozdrawiam
Katarzyna Lewandowska
Kierownik Zespołu Obsługi Klienta, Kraków
""",
    TASK("katarzyna.lewandowska@acme-corp.example", "Katarzyna", "Lewandowska"))

add("mix-23-task-sv-utbildning", "Johan Berglund <johan.berglund@acme-corp.example>", "Dataskyddsutbildning för butikspersonal",
    """Hej!

Vi öppnar tre nya butiker i Stockholm i vår. Kan ni ta fram en kort dataskyddsutbildning för
den nya personalen (ID-kontroll, kopior av legitimation, kunddata i kassan)?

Hälsningar
Johan Berglund
Regionchef Butik Norden
""",
    TASK("johan.berglund@acme-corp.example", "Johan", "Berglund"))

add("mix-24-cs-cizi-faktura", "Jana Svobodová <jana.svobodova@posta-cz.example>", "Přišla mi cizí faktura",
    """Dobrý den,

dnes mi e-mailem přišla faktura od Vás, ale na jméno jiného zákazníka, s jeho adresou a
výpisem hovorů. Myslím, že byste to měli vědět.

Jana Svobodová
""",
    INC("jana.svobodova@posta-cz.example", "Jana", "Svobodová"))

add("mix-25-ro-laptop-pierdut", "Radu Ionescu <radu.ionescu@acme-corp.example>", "Laptop pierdut în aeroport",
    """Bună,

Mi-am pierdut laptopul de serviciu ieri la aeroportul Otopeni. Aveam pe el un export cu
clienții business din regiunea București (nume, telefoane, adrese, consum). Am anunțat deja
IT-ul.

Radu Ionescu
Key Account Manager
""",
    INC("radu.ionescu@acme-corp.example", "Radu", "Ionescu"))

add("mix-26-tr-baska-sozlesme", "Elif Şahin <elif.sahin@posta-tr.example>", "Başka müşterinin sözleşmesi bana verildi",
    """Merhaba,

Dün mağazanızdan yeni hat aldım. Eve gelince poşette başka bir müşterinin sözleşmesini ve
kimlik fotokopisini buldum. Bu çok ciddi bir hata. Belgeler bende, ne yapmamı istersiniz?

Elif Şahin
""",
    INC("elif.sahin@posta-tr.example", "Elif", "Şahin"))

add("mix-27-spam-pt-phishing", "Segurança de Dados <seguranca@protecao-dados-pt.example>", "Os seus dados pessoais foram expostos - verifique já",
    """Caro cliente,

Detetámos que os seus dados pessoais foram expostos numa fuga de informação. Para proteger a
sua conta e eliminar os seus dados das listas comprometidas, confirme a sua identidade:

https://protecao-dados-pt.example/confirmar

Equipa de Segurança
""",
    IGN("spam", "seguranca@protecao-dados-pt.example"), headers=SPAM_HDR)

add("mix-28-spam-pl-rodo", "RODO Ekspert <oferta@rodo-ekspert.example>", "Usuwanie danych zgodnie z RODO - oferta",
    """Szanowni Państwo,

czy Państwa firma usuwa dane osobowe byłych klientów zgodnie z RODO? Oferujemy audyt i
oprogramowanie do automatycznego usuwania danych. Pierwsza konsultacja gratis!

Zespół RODO Ekspert
Aby zrezygnować z otrzymywania wiadomości, odpisz NIE.
""",
    IGN("spam", "oferta@rodo-ekspert.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="rodo-ekspert.example")])

add("mix-29-sv-autosvar", "Karin Nyström <karin.nystrom@kommun-x.example>", "Automatiskt svar: Ert ärende",
    """Hej,

Jag är på semester till och med den 30 november och läser inte min e-post. Vid brådskande
ärenden, kontakta växeln.

Karin Nyström
""",
    IGN("auto_reply", "karin.nystrom@kommun-x.example"), headers=["Auto-Submitted: auto-replied"])

add("mix-30-da-nyhedsbrev", "Databeskyttelse Nyt <nyhedsbrev@databeskyttelse-nyt.example>", "Nyhedsbrev: Datatilsynets afgørelser i november",
    """DATABESKYTTELSE NYT - november

* Datatilsynet kritiserer teleselskab for lang opbevaring af trafikdata
* Nye retningslinjer om indsigtsret
* Kursus: DPO i telebranchen

Du modtager dette nyhedsbrev, fordi du har tilmeldt dig. Afmeld her.
""",
    IGN("bulk", "nyhedsbrev@databeskyttelse-nyt.example"),
    headers=["List-Id: <nyhedsbrev.databeskyttelse-nyt.example>", "List-Unsubscribe: <https://databeskyttelse-nyt.example/afmeld>",
             "Precedence: bulk"])
