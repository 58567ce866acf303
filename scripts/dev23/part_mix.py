# Development set 23, other EU languages and mixed-language mail. Organisation: a coworking and
# serviced-office provider (badge access, meeting-room booking app, mail handling for virtual
# offices, visitor registration). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("mix-01-pt-acesso", "João Pedro Carvalho <joao.carvalho@sapo.example>",
    "Pedido de acesso aos meus dados pessoais",
    """Exmos. Senhores,

Sou membro do vosso espaço de coworking em Lisboa (Avenida da Liberdade) desde 2024. Ao abrigo do
artigo 15.º do RGPD, venho solicitar o acesso a todos os dados pessoais que tratam a meu respeito,
incluindo os registos de entrada com o cartão e as reservas de salas.

Com os melhores cumprimentos,
João Pedro Carvalho
""",
    R(["Access"], "joao.carvalho@sapo.example", "João Pedro", "Carvalho"),
    ct=LATIN1, encode="latin-1")

add("mix-02-ptbr-exclusao", "Ana Beatriz Souza <anabeatriz.souza@uol.example>",
    "Exclusão da minha conta",
    """Oi, tudo bem?

Usei o coworking de vocês no Porto durante meu intercâmbio e agora voltei pro Brasil. Quero que
vocês excluam minha conta do app e apaguem todos os meus dados, por favor.

Valeu!
Ana Beatriz Souza
""",
    R(["Erasure"], "anabeatriz.souza@uol.example", "Ana Beatriz", "Souza"))

add("mix-03-pl-sprzeciw", "Katarzyna Wiśniewska <k.wisniewska@wp.example>",
    "Sprzeciw wobec marketingu",
    """Dzień dobry,

od kiedy odwiedziłam Państwa biuro w Warszawie (Mokotów) jako gość, dostaję newslettery i oferty
wynajmu biurek. Wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingowych i proszę
o zaprzestanie wysyłania takich wiadomości.

Z poważaniem,
Katarzyna Wiśniewska
""",
    R(["Opposition"], "k.wisniewska@wp.example", "Katarzyna", "Wiśniewska"))

add("mix-04-pl-sprostowanie", "Piotr Zieliński <piotr.zielinski@onet.example>",
    "Dane na fakturach i kopia danych",
    """Dzień dobry,

na fakturach za wirtualne biuro w Krakowie mój NIP jest błędny (powinno być 676-22-33-441), a
nazwisko zapisane jako "Zielinki". Proszę o poprawienie tych danych.

Przy okazji proszę o przesłanie kopii wszystkich danych osobowych, które Państwo o mnie
przechowują.

Pozdrawiam,
Piotr Zieliński
""",
    R(["Rectification", "Access"], "piotr.zielinski@onet.example", "Piotr", "Zieliński"))

add("mix-05-sv-besok", "Elin Lindqvist <elin.lindqvist@telia.example>",
    "Radera mina besöksuppgifter",
    """Hej,

Jag var på ett möte i ert hus i Stockholm (Norrmalm) förra veckan och fick registrera mig med namn,
mobilnummer och foto i receptionen. Jag vill att ni raderar de uppgifterna.

Tack,
Elin Lindqvist
""",
    R(["Erasure"], "elin.lindqvist@telia.example", "Elin", "Lindqvist"))

add("mix-06-da-indsigt", "Mads Østergaard <mads.ostergaard@mail.example>",
    "Indsigt og rettelse",
    """Hej,

Jeg vil gerne have indsigt i, hvilke oplysninger I har registreret om mig i forbindelse med mit
medlemskab i København (Vesterbro) - herunder adgangslog fra mit nøglekort.

Desuden står min adresse forkert i jeres system: den rigtige er Istedgade 88, 2. th., 1650
København V.

Venlig hilsen
Mads Østergaard
""",
    R(["Access", "Rectification"], "mads.ostergaard@mail.example", "Mads", "Østergaard"),
    ct=LATIN1, encode="latin-1")

add("mix-07-fi-siirto", "Aino Virtanen <aino.virtanen@elisa.example>",
    "Tietojen siirto",
    """Hei,

Siirryn toiseen coworking-palveluun Helsingissä. Pyydän, että toimitatte varaushistoriani ja
laskutustietoni koneluettavassa muodossa (esim. CSV), jotta voin siirtää ne uudelle palveluntarjoajalle.

Ystävällisin terveisin,
Aino Virtanen
""",
    R(["Portability"], "aino.virtanen@elisa.example", "Aino", "Virtanen"))

add("mix-08-cs-omezeni", "Tomáš Dvořák <tomas.dvorak@seznam.example>",
    "Omezení zpracování osobních údajů",
    """Dobrý den,

nesouhlasím s vyúčtováním poplatku za ztracenou přístupovou kartu v pražské pobočce (Karlín) a
podal jsem stížnost. Do vyřešení sporu žádám o omezení zpracování mých osobních údajů - zejména
je nepředávejte vymáhací agentuře.

S pozdravem
Tomáš Dvořák
""",
    R(["Restriction"], "tomas.dvorak@seznam.example", "Tomáš", "Dvořák"))

add("mix-09-ro-camere", "Andreea Popa <andreea.popa@yahoo.example>",
    "Întrebare despre camerele video",
    """Bună ziua,

Lucrez în spațiul vostru din București (Pipera). Am observat camere noi în zona de bucătărie și în
sala de relaxare. Aș dori să știu în ce scop sunt folosite înregistrările, cine are acces la ele și
cât timp sunt păstrate.

Mulțumesc,
Andreea Popa
""",
    R(["Information"], "andreea.popa@yahoo.example", "Andreea", "Popa"))

add("mix-10-el-diagrafi", "Γιώργος Παπαδόπουλος <g.papadopoulos@otenet.example>",
    "Διαγραφή δεδομένων",
    """Καλησπέρα σας,

Ήμουν μέλος στο χώρο σας στην Αθήνα (Μαρούσι) μέχρι τον Σεπτέμβριο. Παρακαλώ να διαγράψετε όλα τα
προσωπικά μου δεδομένα και να σταματήσετε να μου στέλνετε διαφημιστικά μηνύματα.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
""",
    R(["Erasure", "Opposition"], "g.papadopoulos@otenet.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-11-hu-automata", "Nagy Eszter <nagy.eszter@freemail.example>",
    "Automatikus letiltás - felülvizsgálatot kérek",
    """Tisztelt Cím!

A budapesti irodaházukban (Váci út) a belépőkártyámat a rendszer automatikusan letiltotta, mert
"szokatlan időpontban" léptem be. Nem értek egyet ezzel a gépi döntéssel, és kérem, hogy egy
munkatárs vizsgálja felül.

Üdvözlettel,
Nagy Eszter
""",
    R(["AutomatedDecision"], "nagy.eszter@freemail.example", "Eszter", "Nagy"))

add("mix-12-hr-snimke", "Ivana Horvat <ivana.horvat@t-com.example>",
    "Zahtjev za pristup snimkama",
    """Poštovani,

dana 4. studenoga u vašem prostoru u Zagrebu netko mi je uzeo mobitel s stola. Molim vas da mi
dostavite kopiju snimki video nadzora na kojima se ja nalazim, između 14 i 15 sati.

Lijep pozdrav,
Ivana Horvat
""",
    R(["Access"], "ivana.horvat@t-com.example", "Ivana", "Horvat"))

add("mix-13-denglisch", "Sophie Brandt <sophie.brandt@brandt-media.example>",
    "visitor data / Besucherdaten",
    """Hi,

sorry for mixing languages, mein Englisch ist besser beim Schreiben. I was a visitor in your
Amsterdam location last week for a pitch. Ich möchte, dass Sie meine Besucherdaten löschen - name,
phone, the photo from the reception tablet. Please confirm.

Danke & best,
Sophie Brandt
""",
    R(["Erasure"], "sophie.brandt@brandt-media.example", "Sophie", "Brandt"))

add("mix-14-franglais", "Émilie Dupont-Smith <emilie.dupontsmith@dupontsmith.example>",
    "My data / mes données",
    """Hello / Bonjour,

I'm a member in both London and Paris. Could you please send me everything you hold on me
(contrat, factures, access logs, bookings) - et si possible aussi en format CSV pour que je puisse
le réimporter dans notre outil de gestion interne ?

Merci / Thanks,
Émilie Dupont-Smith
""",
    R(["Access", "Portability"], "emilie.dupontsmith@dupontsmith.example", "Émilie", "Dupont-Smith"))

add("mix-15-sk-namietka", "Martin Kováč <martin.kovac@azet.example>",
    "Námietka proti profilovaniu",
    """Dobrý deň,

zistil som, že vaša aplikácia vyhodnocuje, ktoré dni chodím do coworkingu v Bratislave, a podľa toho
mi posiela ponuky. Namietam proti takémuto profilovaniu a žiadam, aby ste ho ukončili.

S pozdravom
Martin Kováč
""",
    R(["Opposition"], "martin.kovac@azet.example", "Martin", "Kováč"))

add("mix-16-lt-istrinti", "Rūta Kazlauskienė <ruta.kazlauskiene@gmail.example>",
    "Prašymas ištrinti duomenis",
    """Laba diena,

Prašau ištrinti visus mano asmens duomenis iš jūsų sistemos ir mobiliosios programėlės. Vilniaus
biuro paslaugomis nebesinaudoju nuo rugpjūčio.

Pagarbiai,
Rūta Kazlauskienė
""",
    R(["Erasure"], "ruta.kazlauskiene@gmail.example", "Rūta", "Kazlauskienė"))

add("mix-17-pt-advogada", "Inês Cardoso <ines.cardoso@cardoso-advogados.example>",
    "Pedido de acesso - cliente Maria Fernanda Lopes",
    """Exmos. Senhores,

Na qualidade de mandatária da Sra. D. Maria Fernanda Lopes (procuração em anexo), venho requerer,
em seu nome, o acesso aos dados pessoais que a vossa empresa trata sobre a minha constituinte, em
especial as imagens de videovigilância do átrio do vosso centro do Porto (Boavista) no dia 2 de
novembro, entre as 10h00 e as 11h00.

Com os melhores cumprimentos,
Inês Cardoso
Advogada
""",
    R(["Access"], "ines.cardoso@cardoso-advogados.example", "Maria Fernanda", "Lopes", representative="Inês Cardoso"))

add("mix-18-et-info", "Kadri Tamm <kadri.tamm@neti.example>",
    "Küsimus andmete säilitamise kohta",
    """Tere,

Kasutan teie virtuaalkontori teenust Tallinnas. Soovin teada, kui kaua te minu postist tehtud
skaneeringuid säilitate ja kas need salvestatakse väljaspool Euroopa Liitu.

Lugupidamisega
Kadri Tamm
""",
    R(["Information"], "kadri.tamm@neti.example", "Kadri", "Tamm"))

add("mix-19-fwd-pl-erasure", "Ewa Nowak <ewa.nowak@acme-corp.example>",
    "Fwd: usunięcie danych",
    """Hi privacy team,

Forwarding a Polish customer's email from the Warsaw front desk inbox. In short: he wants his data
deleted. Can you take it from here?

Thanks,
Ewa Nowak
Centre Manager, Warsaw

---------- Forwarded message ---------
From: Marek Lewandowski <marek.lewandowski@poczta.example>
Date: Thu, 12 Nov 2026 at 08:55
Subject: usunięcie danych
To: recepcja.warszawa@acme-corp.example

Dzień dobry,

proszę o usunięcie wszystkich moich danych osobowych, w tym konta w aplikacji i zdjęcia z karty
dostępu. Umowa zakończyła się w październiku.

Marek Lewandowski
""",
    R(["Erasure"], "marek.lewandowski@poczta.example", "Marek", "Lewandowski"))

add("mix-20-pt-fatura", "Rui Fernandes <rui.fernandes@fernandes-lda.example>",
    "Fatura de outubro",
    """Boa tarde,

Não recebi a fatura de outubro do escritório virtual. Podem reenviá-la, por favor? Preciso dela
para a contabilidade.

Rui Fernandes
""",
    R(["Unknown"], "rui.fernandes@fernandes-lda.example", "Rui", "Fernandes"))

add("mix-21-task-lisbon", "Tiago Mendes <tiago.mendes@acme-corp.example>",
    "Lisbon cleaning contractor - DPA review",
    """Hi team,

The new cleaning company in Lisbon (LimpaTudo Lda.) will get access badges and will be able to see
names on the mail pigeonholes. They sent a contract in Portuguese with a data-processing annex. Can
you review it (I can help with translation) before we sign on 1 December?

Obrigado,
Tiago Mendes
Operations Manager, Portugal
""",
    TASK("tiago.mendes@acme-corp.example", "Tiago", "Mendes"))

add("mix-22-task-pl-rejestr", "Agnieszka Kamińska <agnieszka.kaminska@acme-corp.example>",
    "Rejestr czynności przetwarzania - nowa lokalizacja Wrocław",
    """Cześć,

otwieramy w styczniu nowy coworking we Wrocławiu (rejestracja gości na tablecie, monitoring,
obsługa korespondencji). Proszę o aktualizację rejestru czynności przetwarzania i przygotowanie
klauzul informacyjnych po polsku.

Dzięki,
Agnieszka Kamińska
Kierownik ds. operacyjnych
""",
    TASK("agnieszka.kaminska@acme-corp.example", "Agnieszka", "Kamińska"))

add("mix-23-inc-sv-laptop", "Johan Berg <johan.berg@acme-corp.example>",
    "Glömd laptop på tåget / laptop left on train",
    """Hej,

I forgot my work laptop on the SJ train from Göteborg to Stockholm this morning. Den innehåller
besökslistor från receptionen (export för brandövningen) och medlemsregister för Göteborg. Disken
är krypterad men jag var inloggad när jag somnade... SJ lost & found har inte hittat den än.

Johan Berg
Site Manager, Göteborg
""",
    INC("johan.berg@acme-corp.example", "Johan", "Berg"))

add("mix-24-inc-da-faktura", "Freja Nielsen <freja.nielsen@nielsen-design.example>",
    "Modtaget en andens faktura",
    """Hej,

I dag fik jeg en mail fra jer med en faktura vedhæftet - men den er til en anden medlem (navn, CPR-
lignende kundenummer, adresse og betalingshistorik). Jeg har slettet den, men ville lige sige det.

Venlig hilsen
Freja Nielsen
""",
    INC("freja.nielsen@nielsen-design.example", "Freja", "Nielsen"))

add("mix-25-inc-el-phishing", "Nikos Antoniou <nikos.antoniou@acme-corp.example>",
    "Phishing - Athens front desk / Ηλεκτρονικό ψάρεμα",
    """Hello,

One of our receptionists in Athens entered her Microsoft 365 password on a fake login page this
morning (email pretending to be from our booking app vendor). Her mailbox has the visitor
pre-registration emails with names and ID numbers. Ο λογαριασμός κλειδώθηκε, password reset done,
IT informed.

Νίκος Αντωνίου / Nikos Antoniou
Centre Manager, Athens
""",
    INC("nikos.antoniou@acme-corp.example", "Nikos", "Antoniou"))

add("mix-26-fu-pt-dsr", "Beatriz Almeida <beatriz.almeida@almeida-arquitetos.example>",
    "Re: [DSR-90455] Confirmação de receção",
    """Bom dia,

Envio em anexo o documento de identificação pedido. Aguardo a resposta ao meu pedido.

Beatriz Almeida

> A sua solicitação foi registada com a referência DSR-90455.
""",
    FU("90455", "beatriz.almeida@almeida-arquitetos.example", "Beatriz", "Almeida"))

add("mix-27-fu-hu-eszter", "Nagy Eszter <nagy.eszter@freemail.example>",
    "Re: Automatikus letiltás - felülvizsgálatot kérek",
    """Hello, I'm writing in English this time in case that's easier: my badge is still blocked, a
week later. Has anyone looked at my request? Köszönöm.

Eszter Nagy
""",
    FU(ref("mix-11-hu-automata"), "nagy.eszter@freemail.example", "Eszter", "Nagy"),
    headers=irt("mix-11-hu-automata"))

add("mix-28-spam-removal", "GDPR Data Removal Pro <offer@data-removal-pro.example>",
    "Usuń swoje dane z internetu / Remove your personal data from 500+ sites",
    """Hello sir/madam,

Your personal data is sold by 500+ data brokers!! Our GDPR Data Removal Pro service will delete your
data everywhere in 24h. Special price 49 EUR / year. Oferta specjalna tylko dziś!

Click: http://data-removal-pro.example/start
""",
    IGN("spam", "offer@data-removal-pro.example"),
    headers=SPAM_HDR)

add("mix-29-spam-ro-mostenire", "Av. Ionescu Constantin <ionescu.avocat@mail-ro.example>",
    "Moștenire urgentă / Urgent inheritance",
    """Stimate domn/doamnă,

Sunt avocatul unui client decedat care a lăsat 6.200.000 EUR fără moștenitori. Dear friend, please
send me your full name, passport copy and bank account so we can transfer the funds. Toate datele
vor fi tratate confidențial.

Av. Ionescu Constantin
""",
    IGN("spam", "ionescu.avocat@mail-ro.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="mail-ro.example")])

add("mix-30-sv-autosvar", "Karin Sjöberg <karin.sjoberg@sjoberg-konsult.example>",
    "Automatiskt svar: Frånvarande",
    """Hej! Jag är på semester till och med 29 november och läser inte min e-post. Vid brådskande
ärenden, kontakta info@sjoberg-konsult.example.

/Karin
""",
    IGN("auto_reply", "karin.sjoberg@sjoberg-konsult.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-31-bulk-eu", "European Coworking Network <news@eu-coworking-network.example>",
    "ECN Monthly: Lisbon, Warsaw, Athens - what's new",
    """EUROPEAN COWORKING NETWORK - MONTHLY DIGEST

* Lisboa: novo relatório sobre ocupação de espaços flexíveis
* Warszawa: coworking conference, 10 December
* Athens: operators share tips on visitor registration and GDPR

You receive this digest as a network member. Unsubscribe: https://eu-coworking-network.example/unsubscribe
""",
    IGN("bulk", "news@eu-coworking-network.example"),
    headers=["List-Id: ECN Monthly <monthly.eu-coworking-network.example>",
             "List-Unsubscribe: <https://eu-coworking-network.example/unsubscribe>",
             "Precedence: bulk"])

add("mix-32-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undeliverable: Re: Dane na fakturach i kopia danych",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
