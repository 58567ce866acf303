from common import *  # part mix: written blind

add("mix-01-pt-br-desativado", "Thiago Nascimento Oliveira <thiago.n.oliveira@caixapostal.example>",
    "Conta de entregador desativada",
    """Olá,

Minha conta de entregador foi desativada ontem com a mensagem "baixa taxa de aceitação". Foi o
sistema que decidiu, ninguém falou comigo. Eu recusei pedidos porque minha moto estava na
oficina e avisei o suporte pelo chat.

Quero contestar essa decisão automática e peço que uma pessoa analise meu caso e me deixe
explicar.

Obrigado,
Thiago Nascimento Oliveira
Lisboa""",
    R(["AutomatedDecision"], "thiago.n.oliveira@caixapostal.example", "Thiago", "Nascimento Oliveira"))

add("mix-02-pt-acesso", "Inês Carvalho Sousa <ines.carvalho.sousa@correio-pt.example>",
    "Pedido de acesso aos meus dados pessoais",
    """Exmos. Senhores,

Venho, ao abrigo do artigo 15.º do RGPD, solicitar o acesso a todos os dados pessoais que a
vossa empresa conserva a meu respeito, bem como uma cópia dos mesmos.

Sou cliente da aplicação desde 2023, com este endereço de e-mail.

Com os melhores cumprimentos,
Inês Carvalho Sousa
Porto""",
    R(["Access"], "ines.carvalho.sousa@correio-pt.example", "Inês", "Carvalho Sousa"),
    ct=LATIN1, encode="latin-1")

add("mix-03-pl-kurier", "Krzysztof Wójcik <k.wojcik@skrzynka.example>",
    "Wniosek o dostęp do danych i ich przeniesienie",
    """Dzień dobry,

pracuję jako kurier na Państwa platformie w Warszawie. Proszę o informację, jakie moje dane
osobowe Państwo przetwarzają, oraz o ich kopię. Dodatkowo proszę o przekazanie historii
dostaw i ocen w pliku CSV, ponieważ chcę je przenieść do innej platformy.

Z poważaniem,
Krzysztof Wójcik""",
    R(["Access", "Portability"], "k.wojcik@skrzynka.example", "Krzysztof", "Wójcik"))

add("mix-04-sv-reklam", "Astrid Lindgren-Holm <astrid.lh@postlada.example>",
    "Reklam och mina uppgifter",
    """Hej,

Jag vill inte längre få era reklammejl och push-notiser med erbjudanden. Ta bort mig från alla
utskick.

Och en fråga: delar ni min adress och mitt telefonnummer med restaurangerna även efter att
beställningen är levererad? Hur länge sparas det?

Vänliga hälsningar,
Astrid""",
    R(["Opposition", "Information"], "astrid.lh@postlada.example", "Astrid", "Lindgren-Holm"),
    ct=LATIN1, encode="latin-1")

add("mix-05-da-navn", "Søren Møller-Jørgensen <soren.mj@postkasse.example>",
    "Forkert navn på min profil",
    """Hej,

På min chaufførprofil står der "Soren Moller Jorgensen". Mit navn er Søren Møller-Jørgensen,
med ø og bindestreg. Forsikringsselskabet siger, at navnet ikke matcher mit kørekort. Vil I
rette det?

Venlig hilsen
Søren""",
    R(["Rectification"], "soren.mj@postkasse.example", "Søren", "Møller-Jørgensen"),
    ct=CP1252, encode="cp1252")

add("mix-06-cs-vymaz", "Petra Nováková <petra.novakova@schranka.example>",
    "Žádost o výmaz",
    """Dobrý den,

žádám o zrušení mého zákaznického účtu a výmaz všech mých osobních údajů z vašich systémů.
Aplikaci už nepoužívám.

S pozdravem
Petra Nováková""",
    R(["Erasure"], "petra.novakova@schranka.example", "Petra", "Nováková"))

add("mix-07-hu-adatok", "Kovács Eszter <kovacs.eszter@levelezo.example>", "adataim",
    "szeretném tudni milyen adatokat tárolnak rólam kérem küldjék el",
    R(["Access"], "kovacs.eszter@levelezo.example", "Eszter", "Kovács"))

add("mix-08-ro-portabilitate", "Andrei Popescu <andrei.popescu@postamea.example>",
    "Transfer date către altă platformă",
    html("Bună ziua,",
         "Vă rog să îmi trimiteți istoricul curselor, evaluările și câștigurile mele într-un "
         "format structurat, care poate fi citit automat, pentru a le transmite unei alte "
         "platforme de livrări.",
         "Mulțumesc,<br>Andrei Popescu"),
    R(["Portability"], "andrei.popescu@postamea.example", "Andrei", "Popescu"), ct=HTML)

add("mix-09-fi-rajoitus", "Mikko Virtanen <mikko.virtanen@postilaatikko.example>",
    "Käsittelyn rajoittaminen",
    """Hei,

Asiakastililleni on merkitty "epäilty väärinkäyttö" kahden kadonneen tilauksen jälkeen. Olen
kiistänyt merkinnän. Pyydän, että tietojeni käsittelyä rajoitetaan, kunnes asia on selvitetty,
eli merkintää ei käytetä eikä luovuteta eteenpäin.

Ystävällisin terveisin
Mikko Virtanen""",
    R(["Restriction"], "mikko.virtanen@postilaatikko.example", "Mikko", "Virtanen"))

add("mix-10-hr-automatska", "Ivana Horvat <ivana.horvat@posta-hr.example>",
    "Deaktivacija računa",
    """Poštovani,

moj račun dostavljačice deaktiviran je automatski zbog "niske ocjene kupaca". Ne slažem se s
tom odlukom i tražim da je preispita zaposlenik, a ne sustav. Molim i kopiju svih podataka
na temelju kojih je odluka donesena.

Lijep pozdrav,
Ivana Horvat""",
    R(["AutomatedDecision", "Access"], "ivana.horvat@posta-hr.example", "Ivana", "Horvat"))

add("mix-11-sl-ugovor", "Matej Kranjc <matej.kranjc@posta-si.example>",
    "Ugovor proti obdelavi",
    """Pozdravljeni,

ugovarjam uporabi mojih podatkov o naročilih za profiliranje in prilagojene oglase. Prosim, da
to prenehate. Računa ne želim izbrisati.

Lep pozdrav,
Matej Kranjc""",
    R(["Opposition"], "matej.kranjc@posta-si.example", "Matej", "Kranjc"))

add("mix-12-lv-informacija", "Jānis Bērziņš <janis.berzins@pasts-lv.example>",
    "Jautājums par datu apstrādi",
    """Labdien!

Vēlos uzzināt, kādiem nolūkiem jūs izmantojat kurjeru atrašanās vietas datus, cik ilgi tos
glabājat un vai tie tiek nodoti trešajām personām ārpus ES.

Ar cieņu,
Jānis Bērziņš""",
    R(["Information"], "janis.berzins@pasts-lv.example", "Jānis", "Bērziņš"))

add("mix-13-el-diagrafi", "Γιώργος Παπαδάκης <g.papadakis@tachydromeio.example>",
    "Διαγραφή λογαριασμού",
    """Καλησπέρα σας,

Παρακαλώ να διαγράψετε τον λογαριασμό μου και όλα τα προσωπικά μου δεδομένα. Δεν χρησιμοποιώ
πλέον την εφαρμογή.

Ευχαριστώ,
Γιώργος Παπαδάκης""",
    R(["Erasure"], "g.papadakis@tachydromeio.example", "Γιώργος", "Παπαδάκης"))

add("mix-14-en-de", "Oliver Schwarz <oliver.schwarz@postfach.example>",
    "Data request / Datenauskunft",
    """Hi there / Hallo,

sorry for the mix, my German is better than my English. Ich arbeite seit einem Jahr als
Fahrer in Berlin. I would like to receive everything you have stored about me - also die
Bewertungen, GPS-Daten und Auszahlungen. Bitte schicken Sie mir alles als Kopie.

Thanks / Danke
Oliver Schwarz""",
    R(["Access"], "oliver.schwarz@postfach.example", "Oliver", "Schwarz"))

add("mix-15-colleague-pt", "Hannah Baker <hannah.baker@acme-corp.example>",
    "Fwd: número de contribuinte errado",
    """Hi privacy,

Forwarding a Portuguese driver's email (Google Translate says he wants his tax number corrected
on his payslips). Can you take it from here?

Hannah

---------- Forwarded message ---------
From: Rui Almeida Santos <rui.almeida.santos@correio-pt.example>
Date: Fri, 13 Nov 2026 at 11:20
Subject: número de contribuinte errado
To: <drivers@acme-corp.example>

Bom dia, o meu NIF está errado nos recibos (falta um dígito). Podem corrigir, por favor?
Rui Almeida Santos""",
    R(["Rectification"], "rui.almeida.santos@correio-pt.example", "Rui", "Almeida Santos"))

add("mix-16-ca-es", "Jordi Puig i Ferrer <jordi.puig@correu-cat.example>",
    "Baixa / Baja",
    """Bon dia,

Vull que esborreu el meu compte i totes les meves dades. I mentrestant, prou de correus amb
ofertes, si us plau.

(Por si acaso en castellano: quiero que borréis mi cuenta y mis datos, y que dejéis de
enviarme publicidad.)

Jordi Puig i Ferrer""",
    R(["Erasure", "Opposition"], "jordi.puig@correu-cat.example", "Jordi", "Puig i Ferrer"))

add("mix-17-pt-mae-filho", "Fernanda Costa Lima <fernanda.costalima@caixapostal.example>",
    "Conta do meu filho menor",
    """Boa tarde,

O meu filho, Gabriel Costa Lima, tem 15 anos e registou-se como estafeta na vossa plataforma
usando documentos falsificados. Enquanto mãe e representante legal, peço que a conta dele seja
encerrada e que todos os seus dados sejam apagados.

Atenciosamente,
Fernanda Costa Lima""",
    R(["Erasure"], "fernanda.costalima@caixapostal.example", "Gabriel", "Costa Lima",
      representative="Fernanda Costa Lima"))

add("mix-18-ro-atasat", "George Hill <george.hill@acme-corp.example>",
    "FW: cerere date personale",
    "",
    R(["Access"], "elena.dumitrescu@postamea.example", "Elena", "Dumitrescu"),
    note="""Hi team, a Romanian customer wrote to support, attached. I believe she wants a copy of
her data. Thanks, George""",
    attached=("Elena Dumitrescu <elena.dumitrescu@postamea.example>", "cerere date personale",
              """Bună ziua,
Vă rog să îmi comunicați ce date personale dețineți despre mine și să îmi trimiteți o copie.
Elena Dumitrescu"""))

add("mix-19-fr-en-directives", "Marie-Claude Tremblay <mc.tremblay@courriel-qc.example>",
    "Mes données après mon décès / after my death",
    """Bonjour / Hello,

I live half of the year in Montréal and half in Paris, so pardon my franglais. Je souhaite
laisser des directives sur ce que vous ferez de mes données après mon décès: please delete
everything, sauf les factures que mon notaire pourrait demander. Ma nièce, Julie Tremblay,
sera la personne à contacter.

Could you confirm that these instructions are recorded?

Merci / Thanks
Marie-Claude Tremblay""",
    R(["AdvanceDirectives"], "mc.tremblay@courriel-qc.example", "Marie-Claude", "Tremblay"))

add("mix-20-task-pl-dpa", "Agnieszka Zielińska <agnieszka.zielinska@acme-corp.example>",
    "DPA review - Warsaw call centre / umowa powierzenia",
    """Hi privacy team,

Our new driver hotline vendor in Warsaw sent their umowa powierzenia przetwarzania danych
(data processing agreement), Polish and English versions. Could you review it before we sign
on 1 December?

Dzięki!
Agnieszka Zielińska
Operations Manager Poland""",
    TASK("agnieszka.zielinska@acme-corp.example", "Agnieszka", "Zielińska"))

add("mix-21-task-pt-dpia", "João Pereira <joao.pereira@acme-corp.example>",
    "Avaliação de impacto - verificação biométrica em Portugal",
    """Olá equipa de privacidade,

Vamos lançar a verificação biométrica dos estafetas em Portugal em fevereiro. A CNPD costuma
pedir avaliação de impacto para isto. Podem ajudar-nos a prepará-la?

Obrigado,
João Pereira
Country Manager Portugal""",
    TASK("joao.pereira@acme-corp.example", "João", "Pereira"))

add("mix-22-task-sv-register", "Erik Johansson <erik.johansson@acme-corp.example>",
    "Uppdatera registerförteckningen",
    """Hej,

Vi har börjat använda en ny leverantör för bakgrundskontroller av förare i Sverige. Kan ni
uppdatera registret över behandlingar och kolla om integritetspolicyn behöver ändras?

Tack,
Erik Johansson
Ops Nordics""",
    TASK("erik.johansson@acme-corp.example", "Erik", "Johansson"))

add("mix-23-inc-cs-telefon", "Tomáš Dvořák <tomas.dvorak@acme-corp.example>",
    "Ztracený služební telefon / lost work phone",
    """Ahoj,

včera večer jsem v tramvaji v Praze ztratil služební telefon. Je v něm WhatsApp se skupinou
kurýrů (jména, čísla) a firemní e-mail. Telefon má PIN, IT už spustilo vzdálené vymazání.

(English: lost my work phone in Prague yesterday, courier WhatsApp group and email on it.)

Tomáš Dvořák
City Lead Praha""",
    INC("tomas.dvorak@acme-corp.example", "Tomáš", "Dvořák"))

add("mix-24-inc-ro-extern", "Ioana Stan <ioana.stan@postamea.example>",
    "Am primit datele altui client",
    """Bună ziua,

Am primit azi un e-mail de confirmare pentru o comandă care nu este a mea: conține numele,
adresa completă și numărul de telefon al unei alte persoane din Cluj. Vă anunț ca să remediați
problema.

Ioana Stan""",
    INC("ioana.stan@postamea.example", "Ioana", "Stan"))

add("mix-25-inc-hu-adathalasz", "Nagy Balázs <balazs.nagy@acme-corp.example>",
    "Phishing link - I clicked it / rákattintottam",
    """Hi,

I clicked on a link in an email pretending to be from our payroll tool and entered my login.
Utána vettem észre, hogy hamis volt. I have access to the courier payouts for Hungary. Password
changed 10 minutes later.

Balázs Nagy
Finance Budapest""",
    INC("balazs.nagy@acme-corp.example", "Balázs", "Nagy"))

add("mix-26-fu-pl-dsr", "Magdalena Kamińska <magda.kaminska@skrzynka.example>",
    "Odp: [DSR-90271] Potwierdzenie otrzymania wniosku",
    """Dzień dobry,

minął miesiąc, a nadal nie otrzymałam odpowiedzi na mój wniosek. Proszę o informację, kiedy
mogę się jej spodziewać.

Magdalena Kamińska

> Otrzymaliśmy Państwa wniosek, numer referencyjny DSR-90271.""",
    FU("90271", "magda.kaminska@skrzynka.example", "Magdalena", "Kamińska"))

add("mix-27-fu-pt-documento", "Inês Carvalho Sousa <ines.carvalho.sousa@correio-pt.example>",
    "RE: Pedido de acesso aos meus dados pessoais",
    """Exmos. Senhores,

Conforme solicitado, envio em anexo cópia do meu cartão de cidadão para confirmação da
identidade.

Cumprimentos,
Inês Carvalho Sousa

> Venho, ao abrigo do artigo 15.º do RGPD, solicitar o acesso ...""",
    FU(ref("mix-02-pt-acesso"), "ines.carvalho.sousa@correio-pt.example", "Inês", "Carvalho Sousa"),
    headers=irt("mix-02-pt-acesso"))

add("mix-28-spam-pt", "Investimentos Globais <lucros@investglobal.example>",
    "Ganhe 5.000€ por mês sem sair de casa",
    """Caro amigo,

A nossa plataforma de inteligência artificial negocia criptomoedas por si. Registe-se hoje e
receba um bónus de 250€. Os seus dados pessoais estão 100% protegidos.

Clique aqui para começar.""",
    IGN("spam", "lucros@investglobal.example"), headers=SPAM_HDR)

add("mix-29-spam-pl", "Ochrona Danych 24 <biuro@ochrona-danych24.example>",
    "Usuń swoje dane z internetu - RODO",
    """Szanowni Państwo,

Państwa dane osobowe krążą w internecie! Nasza firma usunie je ze wszystkich baz danych w 48
godzin zgodnie z RODO. Tylko 49 zł miesięcznie.

Zamów teraz!""",
    IGN("spam", "biuro@ochrona-danych24.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="ochrona-danych24.example")])

add("mix-30-sv-franvaro", "Karin Nilsson <karin.nilsson@restaurangpartner.example>",
    "Frånvaromeddelande: Personuppgiftsbiträdesavtal",
    """Hej! Jag är på semester till och med den 25 november och läser inte min e-post. Vid brådskande
ärenden, kontakta info@restaurangpartner.example.

Karin Nilsson""",
    IGN("auto_reply", "karin.nilsson@restaurangpartner.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-31-da-nyhedsbrev", "Persondata Nyt <nyhedsbrev@persondatanyt.example>",
    "Persondata Nyt - uge 47",
    html("<b>I denne uge</b>",
         "Platformsdirektivet: nye krav til algoritmisk ledelse",
         "Datatilsynet: påbud til madleveringsapp",
         "<small>Du modtager dette nyhedsbrev fordi du er tilmeldt. "
         "<a href='https://persondatanyt.example/afmeld'>Afmeld</a></small>"),
    IGN("bulk", "nyhedsbrev@persondatanyt.example"), ct=HTML,
    headers=["List-Id: Persondata Nyt <nyt.persondatanyt.example>",
             "List-Unsubscribe: <https://persondatanyt.example/afmeld>", "Precedence: bulk"])
