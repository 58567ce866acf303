from common import *  # part mix: written blind

add("mix-01-pt-que-dados", "João Carvalho Gonçalves <joao.goncalves@sapo.example>",
    "Pedido de acesso aos meus dados",
"""Bom dia,

Sou cliente da vossa clínica dentária de Lisboa desde 2019. Gostaria de saber que dados pessoais
têm sobre mim e receber uma cópia, incluindo a ficha clínica e as radiografias.

Cumprimentos,
João Carvalho Gonçalves""",
    R(["Access"], "joao.goncalves@sapo.example", "João", "Carvalho Gonçalves"))

add("mix-02-pl-usuniecie-konta", "Agnieszka Wiśniewska <agnieszka.wisniewska@wp.example>",
    "Usunięcie konta w aplikacji",
"""Dzień dobry,

proszę o usunięcie mojego konta w aplikacji wellness oraz wszystkich danych, które tam
wprowadziłam (waga, sen, dieta). Ubezpieczenie zdrowotne chcę zachować.

Z poważaniem,
Agnieszka Wiśniewska""",
    R(["Erasure"], "agnieszka.wisniewska@wp.example", "Agnieszka", "Wiśniewska"))

add("mix-03-sv-fel-personnummer", "Björn Lindqvist <bjorn.lindqvist@telia.example>",
    "Fel uppgifter",
"""Hej,

Mitt efternamn är felstavat i era brev (Lindkvist i stället för Lindqvist) och
adressen är gammal. Ny adress: Storgatan 14, 411 38 Göteborg. Kan ni rätta det?

Mvh
Björn Lindqvist""",
    R(["Rectification"], "bjorn.lindqvist@telia.example", "Björn", "Lindqvist"))

add("mix-04-da-ingen-markedsforing", "Mette Søndergaard <mette.sondergaard@mail.dk.example>",
    "Stop markedsføring",
"""Hej

Jeg ønsker ikke længere at modtage reklame, nyhedsbreve eller tilbud fra jer – hverken på mail
eller sms. Jeg gør indsigelse mod brugen af mine oplysninger til markedsføring.

Venlig hilsen
Mette Søndergaard""",
    R(["Opposition"], "mette.sondergaard@mail.dk.example", "Mette", "Søndergaard"))

add("mix-05-cs-automaticke-zamitnuti", "Tomáš Dvořák <tomas.dvorak@seznam.example>",
    "Zamítnutí nároku - žádost o přezkum člověkem",
"""Dobrý den,

moje žádost o proplacení rehabilitace byla zamítnuta během několika minut, zřejmě automaticky.
Žádám, aby ji znovu posoudil skutečný pracovník, a chci mít možnost vyjádřit svůj názor.

S pozdravem
Tomáš Dvořák""",
    R(["AutomatedDecision"], "tomas.dvorak@seznam.example", "Tomáš", "Dvořák"))

add("mix-06-hu-adathordozhatosag", "Nagy Zsófia <nagy.zsofia@freemail.example>",
    "Adataim átvitele",
"""Tisztelt Cím!

Szeretném az alkalmazásban rögzített mozgás- és alvásadataimat géppel olvasható formátumban
(CSV) megkapni, hogy átvihessem egy másik szolgáltatóhoz.

Üdvözlettel:
Nagy Zsófia""",
    R(["Portability"], "nagy.zsofia@freemail.example", "Zsófia", "Nagy"))

add("mix-07-ro-cui-transmiteti", "Andreea Popescu <andreea.popescu@yahoo-ro.example>",
    "Întrebare despre datele mele medicale",
"""Bună ziua,

Aș dori să știu cui transmiteți datele din chestionarul medical pe care l-am completat și cât
timp le păstrați. Sunt transferate în afara UE?

Mulțumesc,
Andreea Popescu""",
    R(["Information"], "andreea.popescu@yahoo-ro.example", "Andreea", "Popescu"))

add("mix-08-fi-kasittelyn-rajoittaminen", "Mikko Virtanen <mikko.virtanen@elisa.example>",
    "Tietojeni käsittelyn rajoittaminen",
"""Hei,

Terveysselvityksessäni on virheellinen tieto sydänsairaudesta. Pyydän, että tämän tiedon
käyttöä rajoitetaan, kunnes asia on selvitetty, eikä sitä käytetä vakuutusmaksun laskemiseen.

Ystävällisin terveisin
Mikko Virtanen""",
    R(["Restriction"], "mikko.virtanen@elisa.example", "Mikko", "Virtanen"))

add("mix-09-hr-pristup-i-brisanje", "Ivana Horvat <ivana.horvat@t-com.example>",
    "Zahtjev za pristup i brisanje podataka",
"""Poštovani,

molim vas da mi dostavite sve osobne podatke koje o meni obrađujete. Nakon toga želim da
izbrišete moje podatke jer više nisam vaša klijentica.

Lijep pozdrav,
Ivana Horvat""",
    R(["Access", "Erasure"], "ivana.horvat@t-com.example", "Ivana", "Horvat"))

add("mix-10-sl-vpogled", "Matej Novak <matej.novak@siol.example>",
    "Vpogled v moje osebne podatke",
"""Pozdravljeni,

zanima me, katere osebne podatke hranite o meni v zobni ambulanti in v zavarovanju. Prosim za
izpis oziroma kopijo.

Lep pozdrav,
Matej Novak""",
    R(["Access"], "matej.novak@siol.example", "Matej", "Novak"))

add("mix-11-lv-dzest-datus", "Kristaps Bērziņš <kristaps.berzins@inbox-lv.example>",
    "Lūgums dzēst manus datus",
"""Labdien!

Es vairs neesmu jūsu klients. Lūdzu, dzēsiet visus manus personas datus no jūsu sistēmām.

Ar cieņu,
Kristaps Bērziņš""",
    R(["Erasure"], "kristaps.berzins@inbox-lv.example", "Kristaps", "Bērziņš"))

add("mix-12-el-poso-kairo", "Γιώργος Παπαδόπουλος <giorgos.papadopoulos@otenet.example>",
    "Ερώτηση για τα δεδομένα μου",
"""Καλησπέρα σας,

Για πόσο χρονικό διάστημα διατηρείτε τα ιατρικά μου δεδομένα μετά τη λήξη του συμβολαίου και
με ποιους τα μοιράζεστε;

Με εκτίμηση,
Γιώργος Παπαδόπουλος""",
    R(["Information"], "giorgos.papadopoulos@otenet.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-13-en-fr-expat", "Camille Okafor <camille.okafor@expatmail.example>",
    "Delete / supprimer",
"""Hello / Bonjour,

Sorry for mixing languages, mon français n'est pas parfait. I moved back to London and closed my
contract in September. Merci de supprimer mes données et please stop sending me the "Bien-être"
newsletter, je ne la lis jamais.

Thanks / merci,
Camille Okafor""",
    R(["Erasure", "Opposition"], "camille.okafor@expatmail.example", "Camille", "Okafor"))

add("mix-14-nl-en-export", "Ravi Bhattacharya <ravi.bhattacharya@kpnmail.example>",
    "data export / gegevens exporteren",
"""Hi team,

Ik spreek nog niet zo goed Nederlands, so I'll switch to English: I'm changing my health
insurance per 1 januari and would like my claims history as a machine-readable file (CSV/XML)
so my new insurer can import it. Kunnen jullie dat regelen?

Thanks,
Ravi Bhattacharya""",
    R(["Portability"], "ravi.bhattacharya@kpnmail.example", "Ravi", "Bhattacharya"))

add("mix-15-pt-br-oposicao", "Thiago Albuquerque <thiago.albuquerque@uol.example>",
    "Não quero mais mensagens",
"""Olá, pessoal

Moro em Portugal há dois anos, sou brasileiro. Vocês me mandam WhatsApp toda semana com promoção
de clareamento dental. Não autorizo mais o uso do meu número para publicidade, tá? Parem com
isso, por favor. Não precisa apagar meu cadastro, continuo paciente.

Valeu,
Thiago Albuquerque""",
    R(["Opposition"], "thiago.albuquerque@uol.example", "Thiago", "Albuquerque"))

add("mix-16-pt-mae-filha", "Catarina Sousa <catarina.sousa@sapo.example>",
    "Dados da minha filha",
"""Boa tarde,

A minha filha Beatriz Sousa Ferreira, de 10 anos, é acompanhada na vossa clínica dentária do
Porto. Como mãe, pretendo obter a informação registada sobre ela (ficha clínica e
radiografias).

Obrigada,
Catarina Sousa""",
    R(["Access"], "catarina.sousa@sapo.example", "Beatriz", "Sousa Ferreira", representative="Catarina Sousa"))

add("mix-17-pl-adwokat", "mec. Magdalena Kowalczyk <m.kowalczyk@kancelaria-kowalczyk.example>",
    "Pan Krzysztof Zieliński - wniosek z art. 16 i 18 RODO",
"""Szanowni Państwo,

działając w imieniu Pana Krzysztofa Zielińskiego (pełnomocnictwo w załączeniu) wnoszę o
sprostowanie błędnej informacji o przebytym zawale serca w jego ankiecie medycznej oraz o
ograniczenie przetwarzania tej informacji do czasu wyjaśnienia sprawy.

Z poważaniem,
mec. Magdalena Kowalczyk
Kancelaria Adwokacka, Kraków
+48 12 000 00 00""",
    R(["Rectification", "Restriction"], "m.kowalczyk@kancelaria-kowalczyk.example", "Krzysztof", "Zieliński",
      representative="Magdalena Kowalczyk"))

add("mix-18-be-fr-nl-facture", "Luc Vandenbroucke <luc.vandenbroucke@proximus.example>",
    "Facture / factuur",
"""Bonjour, goedendag,

J'ai reçu une facture du cabinet dentaire de Bruxelles pour un détartrage que la mutuelle devait
prendre en charge. Ik begrijp niet waarom ik moet betalen. Pouvez-vous vérifier ?

Luc Vandenbroucke""",
    R(["Unknown"], "luc.vandenbroucke@proximus.example", "Luc", "Vandenbroucke"))

add("mix-19-task-be-vendor-questionnaire", "Sophie Claes <sophie.claes@acme-corp.example>",
    "Vendor questionnaire / questionnaire fournisseur",
"""Hi privacy team / bonjour,

Un de nos grands clients entreprises (contrat collectif) nous a envoyé leur questionnaire
fournisseur RGPD - 45 questions on data retention, sub-processors and breach notification.
Could you fill in the privacy section by 30/11? Je mets le fichier sur SharePoint.

Merci!
Sophie Claes
Key Account Manager Benelux | +32 2 000 00 00""",
    TASK("sophie.claes@acme-corp.example", "Sophie", "Claes"))

add("mix-20-task-pt-contrato", "Rui Almeida <rui.almeida@acme-corp.example>",
    "Revisão contrato subcontratante - laboratório Lisboa",
"""Olá,

Podem rever o contrato de subcontratação (art. 28.º RGPD) com o laboratório de prótese
dentária que vamos usar nas clínicas de Lisboa? Envio em anexo.

Obrigado,
Rui Almeida
Diretor de Clínicas Portugal""",
    TASK("rui.almeida@acme-corp.example", "Rui", "Almeida"))

add("mix-21-task-pl-training", "Piotr Nowak <piotr.nowak@acme-corp.example>",
    "Szkolenie RODO / GDPR training for the Kraków call centre",
"""Cześć,

we're onboarding 20 new agents in the Kraków call centre in January. Czy moglibyście
przygotować szkolenie z RODO - especially identity checks on the phone and health data? Two
hours would be great.

Dzięki,
Piotr Nowak
Team Leader, Customer Care Kraków""",
    TASK("piotr.nowak@acme-corp.example", "Piotr", "Nowak"))

add("mix-22-inc-sv-fel-brev", "Karin Johansson <karin.johansson@bredband.example>",
    "Jag fick någon annans brev",
"""Hej,

I dag fick jag ett brev från er som gällde en annan person, Lars Ek, med hans
personnummer och uppgifter om hans tandbehandling. Jag har inte öppnat mer än första sidan.
Vad vill ni att jag gör med det?

Karin Johansson""",
    INC("karin.johansson@bredband.example", "Karin", "Johansson"))

add("mix-23-inc-cs-ztraceny-notebook", "Jana Procházková <jana.prochazkova@acme-corp.example>",
    "Ztracený notebook / lost laptop",
"""Ahoj, hi,

I lost my work laptop yesterday at Praha hlavní nádraží - nechala jsem ho ve vlaku. Jsou na něm
exporty nároků klientů z pobočky Brno (jména, rodná čísla). Disk by měl být šifrovaný, but I'm
not 100% sure. IT already knows.

Jana Procházková
Claims Analyst, Brno""",
    INC("jana.prochazkova@acme-corp.example", "Jana", "Procházková"))

add("mix-24-inc-ro-alt-utilizator", "Mihai Ionescu <mihai.ionescu@rdslink.example>",
    "Văd datele altcuiva în aplicație",
"""Bună ziua,

Când am deschis aplicația azi, la secțiunea rambursări apăreau rambursările unei alte
persoane, Elena Stan, cu numele medicilor și sumele. Vă rog să verificați, mi se pare grav.

Mihai Ionescu""",
    INC("mihai.ionescu@rdslink.example", "Mihai", "Ionescu"))

add("mix-25-fu-pt-dsr", "Ana Rita Pereira <anarita.pereira@clix.example>",
    "Re: [DSR-91027] Recebemos o seu pedido",
"""Bom dia,

Já passou mais de um mês desde o vosso aviso de receção e ainda não recebi nada. Podem dar-me
uma previsão?

Ana Rita Pereira

> Registámos o seu pedido com a referência DSR-91027.""",
    FU("91027", "anarita.pereira@clix.example", "Ana Rita", "Pereira"))

add("mix-26-fu-pl-potwierdzenie", "Agnieszka Wiśniewska <agnieszka.wisniewska@wp.example>",
    "Re: Usunięcie konta w aplikacji",
"""Dzień dobry,

czy moje konto zostało już usunięte? Nadal dostaję powiadomienia z aplikacji.

Agnieszka Wiśniewska""",
    FU(ref("mix-02-pl-usuniecie-konta"), "agnieszka.wisniewska@wp.example", "Agnieszka", "Wiśniewska"),
    headers=irt("mix-02-pl-usuniecie-konta"))

add("mix-27-spam-pl-rodo-kara", "Centrum Zgodności RODO <biuro@rodo-centrum-kar.example>",
    "PILNE: kara za brak zgodności z RODO",
"""Szanowni Państwo,

Państwa firma nie posiada aktualnego certyfikatu zgodności z RODO. Grozi kara do 20 mln EUR.
Wykup certyfikat i usługę usuwania zbędnych danych osobowych już dziś za 999 PLN.

Kliknij tutaj, aby uniknąć kary.""",
    IGN("spam", "biuro@rodo-centrum-kar.example"), headers=SPAM_HDR)

add("mix-28-spam-hu-nyeremeny", "Nyereményközpont <info@nyeremeny-kozpont.example>",
    "Gratulálunk! Ön nyert egy iPhone 17-et",
"""Kedves Felhasználó!

Ön a mai nap szerencsés nyertese! Adatai védelme érdekében kérjük, az alábbi linken adja meg
bankkártya-adatait a 2 EUR szállítási díj kifizetéséhez.

Nyeremény átvétele >>""",
    IGN("spam", "info@nyeremeny-kozpont.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="nyeremeny-kozpont.example")])

add("mix-29-pt-newsletter", "Saúde Digital <newsletter@saudedigital.example>",
    "Saúde Digital #134 - Proteção de dados na saúde",
"""SAÚDE DIGITAL - Edição 134

- CNPD publica orientações sobre aplicações de saúde
- Seguros e algoritmos: o que diz o RGPD
- Evento: Privacy Day Lisboa

Para deixar de receber esta newsletter, clique aqui.""",
    IGN("bulk", "newsletter@saudedigital.example"),
    headers=["List-Id: Saude Digital <news.saudedigital.example>",
             "List-Unsubscribe: <https://saudedigital.example/unsubscribe>",
             "Precedence: bulk"])

add("mix-30-da-autosvar", "Lars Mikkelsen <lars.mikkelsen@advokat-mikkelsen.example>",
    "Autosvar: Fraværende",
"""Tak for din mail. Jeg er på ferie til og med den 24. november og læser ikke mails. Ved
hastesager kontakt venligst kontoret på 33 00 00 00.

Lars Mikkelsen""",
    IGN("auto_reply", "lars.mikkelsen@advokat-mikkelsen.example"),
    headers=["Auto-Submitted: auto-replied"])
