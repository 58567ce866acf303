from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests

add("mix-01-pt-acesso", "Joana Mascarenhas Valadares <joana.valadares@correio.example>",
    "Pedido de acesso aos meus dados pessoais",
    """Bom dia,

Ao abrigo do artigo 15.º do RGPD, solicito uma cópia de todos os dados pessoais que a Acme trata a meu respeito, incluindo o histórico de compras do cartão Acme Plus e os dados do seguro de habitação.

Com os melhores cumprimentos,
Joana Mascarenhas Valadares
""",
    R(["Access"], "joana.valadares@correio.example", "Joana", "Mascarenhas Valadares"))

add("mix-02-pl-usuniecie", "Grzegorz Wiśniewski-Kołodziej <g.wisniewski@poczta.example>",
    "Usunięcie danych",
    """Dzień dobry,

proszę o usunięcie mojego konta w programie lojalnościowym Acme Plus oraz wszystkich moich danych osobowych. Wyprowadziłem się z Niemiec i nie będę już korzystał z karty.

Pozdrawiam
Grzegorz Wiśniewski-Kołodziej
""",
    R(["Erasure"], "g.wisniewski@poczta.example", "Grzegorz", "Wiśniewski-Kołodziej"))

add("mix-03-cs-sms", "Zdeňka Procházková <zdenka.prochazkova@seznamka.example>",
    "Nesouhlas s reklamními SMS",
    """Dobrý den,

nepřeji si dostávat reklamní SMS ani e-maily s nabídkami. Odvolávám souhlas se zasíláním obchodních sdělení.

S pozdravem
Zdeňka Procházková
""",
    R(["Opposition"], "zdenka.prochazkova@seznamka.example", "Zdeňka", "Procházková"))

add("mix-04-ro-rectificare", "Ioana-Cristina Popescu-Vlădescu <ioana.popescu@postaro.example>",
    "Cerere de rectificare și acces",
    """Bună ziua,

Vă rog să corectați adresa din polița de asigurare a locuinței: noua adresă este Str. Fabricii nr. 14, ap. 3, Cluj-Napoca. De asemenea, doresc o copie a datelor personale pe care le dețineți despre mine.

Mulțumesc,
Ioana-Cristina Popescu-Vlădescu
""",
    R(["Rectification", "Access"], "ioana.popescu@postaro.example", "Ioana-Cristina", "Popescu-Vlădescu"))

add("mix-05-da-indsigt", "Søren Kjærgaard Østergaard <soren.ostergaard@postdk.example>",
    "Anmodning om indsigt og dataportabilitet",
    """Hej,

Jeg vil gerne have indsigt i de personoplysninger, I har om mig, og jeg beder om at få min købshistorik fra Acme Plus udleveret i et maskinlæsbart format (CSV).

Venlig hilsen
Søren Kjærgaard Østergaard
""",
    R(["Access", "Portability"], "soren.ostergaard@postdk.example", "Søren", "Kjærgaard Østergaard"))

add("mix-06-greeklish-diagrafi", "Nikos Papadopoulos-Karras <nikos.pk@mailgr.example>",
    "diagrafi logariasmou",
    """Kalimera sas,

thelo na diagrapsete ton logariasmo mou stin karta Acme Plus kai ola ta prosopika mou dedomena. Den menw pia stin Germania.

Efxaristo,
Nikos Papadopoulos-Karras
""",
    R(["Erasure"], "nikos.pk@mailgr.example", "Nikos", "Papadopoulos-Karras"))

add("mix-07-ptbr-en-retention", "Thiago Albuquerque Nogueira <thiago.nogueira@correio.example>",
    "Pergunta / question about my data",
    """Olá! Sorry, I write in English and Portuguese. Quanto tempo vocês guardam as fotos da vistoria (home inspection) da minha casa? And are they shared with the insurance company or other partners? Obrigado!

Thiago Albuquerque Nogueira
""",
    R(["Information"], "thiago.nogueira@correio.example", "Thiago", "Albuquerque Nogueira"))

add("mix-08-pl-spadkobierca", "Bartłomiej Zieliński <bartek.zielinski@poczta.example>",
    "Zmarła matka - Halina Zielińska",
    """Dzień dobry,

moja mama, Halina Zielińska, zmarła 3 listopada. Jako jej syn i spadkobierca proszę o usunięcie jej konta w programie lojalnościowym i zaprzestanie wysyłania do niej korespondencji reklamowej. Mogę przesłać akt zgonu.

Bartłomiej Zieliński
""",
    R(["Erasure", "Opposition"], "bartek.zielinski@poczta.example", "Halina", "Zielińska",
      representative="Bartłomiej Zieliński"))

add("mix-09-en-de-automated", "Henrik Vogelsang <henrik.vogelsang@netmail.example>",
    "Claim rejected automatically / Schaden automatisch abgelehnt",
    """Hello / Hallo,

my household claim for the stolen bicycle from our cellar (claim SN-88120) was rejected by your system within seconds - "automatische Prüfung negativ". Ich verlange, dass ein Mensch die Entscheidung überprüft. Please also tell me which data the system used.

Henrik Vogelsang
""",
    R(["AutomatedDecision", "Information"], "henrik.vogelsang@netmail.example", "Henrik", "Vogelsang"))

add("mix-10-ro-html-profilare", "Mihai Dumitrescu <mihai.dumitrescu@postaro.example>",
    "Opoziție la profilare",
    html("Bună ziua,",
         "Mă opun prelucrării datelor mele de cumpărături pentru <b>profilare</b> și oferte personalizate în aplicația Acme Plus.",
         "Cu stimă,<br>Mihai Dumitrescu"),
    R(["Opposition"], "mihai.dumitrescu@postaro.example", "Mihai", "Dumitrescu"),
    ct=HTML)

add("mix-11-pt-latin1-portabilidade", "Conceição Gonçalves Brandão <conceicao.brandao@correio.example>",
    "Portabilidade dos dados do seguro",
    """Exmos. Senhores,

Vou mudar de mediador de seguros em janeiro. Solicito que me enviem, num formato electrónico de uso corrente, os dados da minha apólice de habitação e o histórico de sinistros, para os poder entregar ao novo mediador.

Atenciosamente,
Conceição Gonçalves Brandão
""",
    R(["Portability"], "conceicao.brandao@correio.example", "Conceição", "Gonçalves Brandão"),
    ct=LATIN1, encode="latin-1")

add("mix-12-da-foraelder", "Mette Lindholm <mette.lindholm@postdk.example>",
    "Min søns data",
    """Hej,

Min søn, Frederik Lindholm Bech (12 år), har oprettet en profil i Acme Plus-appen. Som hans mor vil jeg gerne se, hvilke oplysninger I har registreret om ham.

Mvh
Mette Lindholm
""",
    R(["Access"], "mette.lindholm@postdk.example", "Frederik", "Lindholm Bech",
      representative="Mette Lindholm"))

# ---------------------------------------------------------------- tasks

add("mix-13-task-pl-dpa", "Agnieszka Nowak-Grabarczyk <agnieszka.nowak@acme-corp.example>",
    "DPA review for Polish logistics partner / umowa powierzenia",
    """Hi privacy team,

For the new home-delivery service in Poland we will use KurierPlus sp. z o.o. They need names, addresses and phone numbers of online customers. Attached is their umowa powierzenia przetwarzania danych (Polish) with an English courtesy translation. Could you review it before 1 December?

Dzięki!
Agnieszka Nowak-Grabarczyk
E-commerce Operations, Poland
""",
    TASK("agnieszka.nowak@acme-corp.example", "Agnieszka", "Nowak-Grabarczyk"))

add("mix-14-task-ro-notice", "Radu Constantinescu <radu.constantinescu@acme-corp.example>",
    "Privacy notice for the new Romanian stores",
    """Hello,

We open the first three stores in Romania in March. We need the loyalty card privacy notice and the CCTV signage in Romanian, and the record of processing updated with the Romanian entity. Can you plan this? I can help with the translation review.

Radu Constantinescu
Country Manager Romania
""",
    TASK("radu.constantinescu@acme-corp.example", "Radu", "Constantinescu"))

# ---------------------------------------------------------------- incidents

add("mix-15-cs-inc-cizi-vypis", "Vojtěch Dvořák <vojtech.dvorak@seznamka.example>",
    "Dostal jsem cizí údaje / wrong customer data",
    """Dobrý den,

v aplikaci Acme Plus se mi po přihlášení zobrazil účet jiné zákaznice - jméno, adresa, číslo karty a nákupy. Sorry for my English: I see other customer's data in your app. Prosím, opravte to.

Vojtěch Dvořák
""",
    INC("vojtech.dvorak@seznamka.example", "Vojtěch", "Dvořák"))

add("mix-16-da-inc-phone", "Kasper Thygesen <kasper.thygesen@acme-corp.example>",
    "Stolen phone - stjålet telefon",
    """Hi,

My work phone was stolen at Copenhagen central station an hour ago (stjålet på Hovedbanegården). It has Outlook with customer claims emails and photos from home inspections. It has a PIN code. I've called IT to wipe it.

Kasper Thygesen
Claims Adjuster, Denmark
""",
    INC("kasper.thygesen@acme-corp.example", "Kasper", "Thygesen"))

# ---------------------------------------------------------------- follow-ups

add("mix-17-pt-fu-dsr", "Rui Figueiredo Sampaio <rui.sampaio@correio.example>",
    "Re: [DSR-49581] Pedido recebido",
    """Boa tarde,

Passou mais de um mês e ainda não recebi os meus dados. Podem informar-me do ponto de situação?

Rui Figueiredo Sampaio
""",
    FU("49581", "rui.sampaio@correio.example", "Rui", "Figueiredo Sampaio"))

add("mix-18-fu-irt-automated", "Henrik Vogelsang <henrik.vogelsang@netmail.example>",
    "Re: Claim rejected automatically / Schaden automatisch abgelehnt",
    """Attached the police report (Anzeige) and the invoice for the bike. Bitte an die Person weiterleiten, die den Fall prüft.

Henrik
""",
    FU(ref("mix-09-en-de-automated"), "henrik.vogelsang@netmail.example", "Henrik", "Vogelsang"),
    headers=irt("mix-09-en-de-automated"))

# ---------------------------------------------------------------- ignored

add("mix-19-pl-spam", "Biuro Ochrony Danych <rodo@rodo-audyt24.example>",
    "RODO: Twoja firma zagrożona karą! / GDPR fine risk",
    """Szanowni Państwo,

nasz system wykrył, że Państwa firma nie spełnia wymogów RODO. Oferujemy pełny audyt i trwałe usunięcie danych klientów z publicznych baz za jedyne 999 zł. Kliknij tutaj: http://rodo-audyt24.example/oferta

Dear Sir, your company is at risk of GDPR fines. Click the link above.
""",
    IGN("spam", "rodo@rodo-audyt24.example"),
    headers=SPAM_HDR)

add("mix-20-da-fravaer", "Søren Kjærgaard Østergaard <soren.ostergaard@postdk.example>",
    "Autosvar: Anmodning om indsigt og dataportabilitet",
    """Tak for din mail. Jeg er på ferie til og med 29. november og læser ikke mails. / I am on holiday until 29 November.

Søren
""",
    IGN("auto_reply", "soren.ostergaard@postdk.example"),
    headers=["Auto-Submitted: auto-replied"])
