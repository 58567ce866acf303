from common import *  # part mix: written blind

add("mix-01-pt-acesso-latin1",
    "João Pedro Carvalho Sousa <jp.carvalhosousa@sapo.example>",
    "Pedido de acesso aos meus dados",
    """Exmos. Senhores,

Ao abrigo do artigo 15.º do RGPD, venho solicitar que me informem de todos os dados pessoais que
mantêm a meu respeito, incluindo as entidades bancárias que consultaram o meu registo de crédito no
último ano.

Nome: João Pedro Carvalho Sousa
NIF: 123456789
Morada: Rua de Santa Catarina 210, 4000-442 Porto

Com os melhores cumprimentos,
João Pedro Carvalho Sousa
""",
    R(["Access"], "jp.carvalhosousa@sapo.example", "João Pedro", "Carvalho Sousa"),
    ct=LATIN1, encode="latin-1")

add("mix-02-pl-usuniecie",
    "Agnieszka Wiśniewska <a.wisniewska@wp.example>",
    "Usunięcie konta",
    """Dzień dobry,

sprzedałam już samochód i nie będę więcej korzystać z Państwa serwisu. Proszę o usunięcie mojego konta
oraz wszystkich moich danych osobowych, łącznie ze zdjęciami dowodu osobistego z weryfikacji.

Z poważaniem
Agnieszka Wiśniewska
""",
    R(["Erasure"], "a.wisniewska@wp.example", "Agnieszka", "Wiśniewska"))

add("mix-03-sv-felaktig",
    "Björn Lindqvist <bjorn.lindqvist@telia.example>",
    "Felaktiga uppgifter i min kreditupplysning",
    """Hej,

I er kreditupplysning om mig står det att jag har en betalningsanmärkning från 2024 och att jag bor i
Uppsala. Anmärkningen gäller min far med samma namn (Björn Lindqvist, född 1951) – jag är född 1983 och
bor i Göteborg sedan 2019. Vänligen rätta uppgifterna.

Med vänliga hälsningar
Björn Lindqvist
""",
    R(["Rectification"], "bjorn.lindqvist@telia.example", "Björn", "Lindqvist"))

add("mix-04-da-markedsforing-cp1252",
    "Mette Sørensen <mette.sorensen@tdc.example>",
    "Stop for reklame",
    """Hej,

Jeg ønsker ikke længere at modtage markedsføring fra jer – hverken nyhedsbreve, sms’er eller opkald om
billån. Jeg gør indsigelse mod, at I bruger mine oplysninger til det formål. Min profil må gerne blive.

Venlig hilsen
Mette Sørensen
""",
    R(["Opposition"], "mette.sorensen@tdc.example", "Mette", "Sørensen"),
    ct=CP1252, encode="cp1252")

add("mix-05-cs-automat",
    "Tomáš Dvořák <tomas.dvorak@seznam.example>",
    "Automatické zamítnutí úvěru",
    """Dobrý den,

moje žádost o úvěr na ojeté auto byla během několika sekund automaticky zamítnuta na základě vašeho
skóre. Žádám, aby rozhodnutí přezkoumal člověk, a chci mít možnost vyjádřit svůj názor a rozhodnutí
napadnout.

S pozdravem
Tomáš Dvořák
""",
    R(["AutomatedDecision"], "tomas.dvorak@seznam.example", "Tomáš", "Dvořák"))

add("mix-06-hu-hordozhatosag",
    "Nagy Eszter <nagy.eszter@freemail.example>",
    "Adataim átvitele",
    """Tisztelt Cím!

Másik autós hirdetési oldalra szeretnék átköltözni. Kérem, hogy a hirdetéseimet, üzeneteimet és
értékeléseimet tagolt, géppel olvasható formátumban (pl. CSV) bocsássák rendelkezésemre, vagy
továbbítsák közvetlenül az új szolgáltatónak.

Üdvözlettel:
Nagy Eszter
""",
    R(["Portability"], "nagy.eszter@freemail.example", "Eszter", "Nagy"))

add("mix-07-ro-informare",
    "Andreea Popescu <andreea.popescu@yahoo.example>",
    "Întrebări despre prelucrarea datelor",
    """Bună ziua,

Aș dori să știu cât timp păstrați datele despre un credit închis, cui le transmiteți și dacă datele
ajung în afara Uniunii Europene. Nu solicit o copie a datelor mele, doar aceste informații.

Mulțumesc,
Andreea Popescu
""",
    R(["Information"], "andreea.popescu@yahoo.example", "Andreea", "Popescu"))

add("mix-08-en-fr-expat",
    "Olivia Martin-Chevalier <olivia.mc@orange.example>",
    "Demande / request",
    """Bonjour, sorry my French is not good enough so I continue in English.

I moved to Lyon last year and your company has apparently a "dossier" on me because of a car loan
check. Je voudrais recevoir tout ce que vous avez sur moi, please. And also I do not want to receive any
more of the "offres de financement" emails - please stop using my address for that.

Merci beaucoup,
Olivia Martin-Chevalier
""",
    R(["Access", "Opposition"], "olivia.mc@orange.example", "Olivia", "Martin-Chevalier"))

add("mix-09-de-en-restriction",
    "Rajiv Menon <rajiv.menon@gmx.example>",
    "Einschränkung / please freeze entry",
    """Hallo,

my German is basic, sorry. There is a Eintrag from "Telco Plus" on my Bonitätsauskunft which I dispute –
I have a Beschwerde open with the Schlichtungsstelle. Bis zur Entscheidung please do not give this entry
to any bank and do not use it for my score. Don't delete it, I need it for the case.

Danke,
Rajiv Menon
""",
    R(["Restriction"], "rajiv.menon@gmx.example", "Rajiv", "Menon"))

add("mix-10-ptbr-html",
    "Thiago Oliveira <thiago.oliveira@uol.example>",
    "Quero sair da plataforma",
    html("Olá, pessoal!",
         "Não quero mais receber e-mails de vocês com ofertas de carro nem ligações de parceiros. "
         "Além disso, peço que excluam minha conta e todos os meus dados cadastrais.",
         "Valeu,<br>Thiago Oliveira"),
    R(["Opposition", "Erasure"], "thiago.oliveira@uol.example", "Thiago", "Oliveira"), ct=HTML)

add("mix-11-pl-adwokat",
    "adw. Piotr Zieliński <p.zielinski@kancelaria-zielinski.example>",
    "Pani Katarzyna Lewandowska - żądanie dostępu do danych",
    """Szanowni Państwo,

działając w imieniu Pani Katarzyny Lewandowskiej (PESEL 85031512345), na podstawie pełnomocnictwa w
załączeniu, wnoszę na podstawie art. 15 RODO o udzielenie informacji, czy przetwarzają Państwo dane
osobowe mojej Mocodawczyni, oraz o przekazanie kopii tych danych.

Z poważaniem
adw. Piotr Zieliński
Kancelaria Adwokacka, Kraków
""",
    R(["Access"], "p.zielinski@kancelaria-zielinski.example", "Katarzyna", "Lewandowska",
      representative="Piotr Zieliński"))

add("mix-12-sv-vidarebefordrat",
    "Emma Lindberg <emma.lindberg@acme-corp.example>",
    "Fwd: Mina uppgifter",
    """Hi privacy team, Swedish customer writing to the Nordic support inbox - she wants her data. Can you
take it? /Emma

---------- Forwarded message ---------
From: Karin Johansson <karin.johansson@bredband.example>
Date: Fri, 13 Nov 2026 at 21:05
Subject: Mina uppgifter
To: support-nordic@acme-corp.example

Hej! Jag vill få ut en kopia av alla personuppgifter ni har om mig, även från ID-kontrollen när jag köpte
bil. Tack! Karin Johansson
""",
    R(["Access"], "karin.johansson@bredband.example", "Karin", "Johansson"))

add("mix-13-cs-priloha",
    "Petr Horák <petr.horak@acme-corp.example>",
    "FW: Nesouhlas s profilováním",
    "",
    R(["Opposition"], "jana.novakova@seznam.example", "Jana", "Nováková"),
    attached=("Jana Nováková <jana.novakova@seznam.example>", "Nesouhlas s profilováním",
              """Dobrý den, nesouhlasím s tím, abyste na základě mého prohlížení vytvářeli profil a
posílali mi doporučené vozy a reklamu. Účet si chci ponechat. Jana Nováková
"""),
    note="Hi, Czech customer, attached. She objects to profiling if I read it right. Petr")

add("mix-14-ro-majuscule",
    "ION POPA <ion.popa1972@yahoo.example>",
    "STERGETI-MA",
    """VREAU SA IMI STERGETI TOATE DATELE DIN BAZA VOASTRA DE DATE. NU AM FOST NICIODATA CLIENTUL VOSTRU.
ION POPA
""",
    R(["Erasure"], "ion.popa1972@yahoo.example", "Ion", "Popa"))

add("mix-15-hu-mit-honnan",
    "Kovács Péter <kovacs.peter@t-online.example>",
    "Milyen adataimat kezelik?",
    """Jó napot!

Levelet kaptam Önöktől, pedig soha nem voltam az ügyfelük. Szeretném megtudni, milyen személyes adataimat
tárolják, és honnan szerezték meg azokat.

Köszönettel:
Kovács Péter
""",
    R(["Access", "Information"], "kovacs.peter@t-online.example", "Péter", "Kovács"))

add("mix-16-da-saelger",
    "Lars Christensen <lars.christensen@jubii.example>",
    "Kontakt til sælger",
    """Hej, jeg har skrevet til en sælger om en Skoda Octavia via jeres side, men han svarer ikke. Kan I
hjælpe med at få fat i ham? Mvh Lars
""",
    R(["Unknown"], "lars.christensen@jubii.example", "Lars", "Christensen"))

add("mix-17-pt-herdeira",
    "Ana Sofia Ferreira <anasofia.ferreira@sapo.example>",
    "Falecimento do meu pai",
    """Bom dia,

O meu pai, Manuel Ferreira Lopes, faleceu no passado dia 3 de outubro. Sou a sua filha e cabeça de
casal da herança (envio certidão de óbito e habilitação de herdeiros). Peço que encerrem a conta dele na
vossa plataforma de automóveis e apaguem os seus dados.

Obrigada,
Ana Sofia Ferreira
""",
    R(["Erasure"], "anasofia.ferreira@sapo.example", "Manuel", "Ferreira Lopes",
      representative="Ana Sofia Ferreira"))

add("mix-18-it-en-rettifica",
    "Sofia Brambilla <sofia.brambilla@gmail.example>",
    "wrong address / indirizzo sbagliato",
    """Hi! Sono italiana ma vivo a Dublino, so I write in both. Your report still shows my old address in
Milano (Via Padova 45). Il mio indirizzo attuale è 12 Pembroke Road, Dublin 4. Could you please update it?
Grazie!

Sofia Brambilla
""",
    R(["Rectification"], "sofia.brambilla@gmail.example", "Sofia", "Brambilla"))

add("mix-19-sv-familj-replyto",
    "Familjen Berg <familjen.berg@telia.example>",
    "Radera mitt konto",
    """Hej,

Jag hade ett konto på er bilsajt för flera år sedan, registrerat på vår gemensamma adress. Radera kontot
och alla mina uppgifter, tack. Svara gärna till min egen e-post.

Anna Berg
""",
    R(["Erasure"], "anna.berg@bredband.example", "Anna", "Berg"),
    headers=["Reply-To: Anna Berg <anna.berg@bredband.example>"])

add("mix-20-pl-bez-ogonkow",
    "Marek Kowalski <marek.kowalski77@onet.example>",
    "telefony",
    "skad macie moj numer telefonu i przestancie do mnie dzwonic z ofertami kredytu na auto\nMarek Kowalski\n",
    R(["Information", "Opposition"], "marek.kowalski77@onet.example", "Marek", "Kowalski"))

add("mix-21-task-pl-en-dpa",
    "Magdalena Wójcik <magdalena.wojcik@acme-corp.example>",
    "DPA review - call centre Wrocław",
    """Hi team,

We are onboarding a new call centre partner in Wrocław (Centrum Obsługi Klienta Sp. z o.o.) for the
marketplace hotline. Umowa powierzenia (their DPA) is attached in Polish and English. Could you review it
before we sign next Friday?

Dzięki!
Magdalena Wójcik
Operations Poland
""",
    TASK("magdalena.wojcik@acme-corp.example", "Magdalena", "Wójcik"))

add("mix-22-task-pt-avaliacao",
    "Rui Mendes <rui.mendes@acme-corp.example>",
    "Avaliação de impacto - novo score em Portugal",
    """Olá equipa de privacidade,

Vamos lançar o nosso score de crédito em Portugal no segundo trimestre. Precisamos de uma avaliação de
impacto sobre a proteção de dados e de atualizar o registo de atividades. Podemos marcar uma reunião?

Cumprimentos,
Rui Mendes
Country Manager Portugal
""",
    TASK("rui.mendes@acme-corp.example", "Rui", "Mendes"))

add("mix-23-task-cs-questionnaire",
    "Lucie Svobodová <lucie.svobodova@acme-corp.example>",
    "Vendor questionnaire from Česká Úvěrová banka",
    """Hello,

Our client Česká Úvěrová banka sent their annual supplier data protection questionnaire (dotazník). It's
due on 10 December. Can you fill in the GDPR part? I'll handle the commercial questions.

Díky,
Lucie Svobodová
Key Account Manager CZ/SK
""",
    TASK("lucie.svobodova@acme-corp.example", "Lucie", "Svobodová"))

add("mix-24-inc-da-andres-data",
    "Kasper Nielsen <kasper.nielsen@tdc.example>",
    "Jeg har modtaget andres oplysninger",
    """Hej,

I dag modtog jeg en mail fra jer med en vedhæftet fil, der ikke var til mig: en oversigt over lån og
kreditvurdering for tre andre personer, med navne, CPR-lignende numre og adresser. Jeg har ikke delt
filen med nogen. I bør vist se på det.

Kasper Nielsen
""",
    INC("kasper.nielsen@tdc.example", "Kasper", "Nielsen"))

add("mix-25-inc-pt-documentos",
    "Inês Almeida <ines.almeida@acme-corp.example>",
    "Pasta com processos perdida",
    """Olá,

Perdi ontem uma pasta com cópias em papel de 12 processos de reclamação (com cartões de cidadão e
comprovativos de morada) no metro de Lisboa, linha azul. Já contactei os perdidos e achados. Peço
desculpa.

Inês Almeida
Apoio ao Cliente - Lisboa
""",
    INC("ines.almeida@acme-corp.example", "Inês", "Almeida"))

add("mix-26-inc-hu-szemelyi",
    "Szabó Gábor <szabo.gabor@citromail.example>",
    "Más személyi igazolványát látom",
    """Jó napot!

Amikor feltöltöttem a személyi igazolványomat az azonosításhoz, az oldal egy másik ember igazolványának
fotóját és adatait mutatta vissza megerősítésre. Ez nagyon súlyos hibának tűnik.

Szabó Gábor
""",
    INC("szabo.gabor@citromail.example", "Gábor", "Szabó"))

add("mix-27-fu-pt-dsr",
    "Cláudia Ribeiro <claudia.ribeiro@sapo.example>",
    "RE: [DSR-90128] Confirmação de receção",
    """Bom dia,

Já passou mais de um mês e ainda não recebi qualquer resposta ao meu pedido. Aguardo notícias.

Cláudia Ribeiro

> O seu pedido foi registado com a referência [DSR-90128].
""",
    FU("90128", "claudia.ribeiro@sapo.example", "Cláudia", "Ribeiro"))

add("mix-28-fu-hu-formatum",
    "Nagy Eszter <nagy.eszter@freemail.example>",
    "Re: Adataim átvitele",
    """Elnézést, elfelejtettem: a felhasználónevem eszter_n88. Köszönöm!
Nagy Eszter
""",
    FU(ref("mix-06-hu-hordozhatosag"), "nagy.eszter@freemail.example", "Eszter", "Nagy"),
    headers=irt("mix-06-hu-hordozhatosag"))

add("mix-29-spam-pl-wygrana",
    "Loteria Online <wygrana@loteria-online.example>",
    "Gratulacje! Wygrałeś 10 000 zł",
    """Gratulacje! Twój adres e-mail został wylosowany. Aby odebrać nagrodę, podaj swoje dane osobowe i
numer konta. Twoje dane są chronione zgodnie z RODO.

http://loteria-online.example/odbierz
""",
    IGN("spam", "wygrana@loteria-online.example"), headers=SPAM_HDR)

add("mix-30-spam-multilang",
    "Data Removal Service <no-reply@gdpr-removal.example>",
    "GDPR: delete your data from 500 brokers / Löschen Sie Ihre Daten",
    """EN: Your personal data is sold by over 500 data brokers. We delete it for you - only 29 EUR/month.
DE: Ihre Daten werden von über 500 Datenhändlern verkauft. Wir löschen sie für Sie.
FR: Vos données sont vendues par plus de 500 courtiers. Nous les supprimons pour vous.

Start now: http://gdpr-removal.example/start
""",
    IGN("spam", "no-reply@gdpr-removal.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="gdpr-removal.example")])

add("mix-31-sv-franvaro",
    "Johan Ekström <johan.ekstrom@nordkredit.example>",
    "Automatiskt svar: Frånvarande",
    """Hej! Jag är föräldraledig till och med 31 januari. Vid brådskande ärenden, kontakta
dataskydd@nordkredit.example.
Johan Ekström
""",
    IGN("auto_reply", "johan.ekstrom@nordkredit.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-32-da-nyhedsbrev",
    "Bilbranchen Nyt <nyhedsbrev@bilbranchen.example>",
    "Nyhedsbrev: brugtbilmarkedet i november",
    """BILBRANCHEN NYT

- Priserne på brugte elbiler falder
- Nye regler for kreditvurdering ved billån
- Arrangementer i december

Afmeld nyhedsbrevet her.
""",
    IGN("bulk", "nyhedsbrev@bilbranchen.example"),
    headers=["List-Id: <nyt.bilbranchen.example>",
             "List-Unsubscribe: <mailto:afmeld@bilbranchen.example>",
             "Precedence: bulk"])

add("mix-33-bounce",
    "Mail Delivery System <MAILER-DAEMON@mx.seznam.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.seznam.example"), dsn=True)
