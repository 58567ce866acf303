# Development set 24, mixed languages and other EU languages. Written blind.
from common import *

add("mix-01-pt-acesso",
    "João Pedro Carvalho <joaopedro.carvalho@correio.example>",
    "Pedido de acesso aos meus dados pessoais",
    """Exmos. Senhores,

Sou encarregado de educação de dois alunos do vosso colégio desde 2022. Ao abrigo do artigo
15.º do RGPD, venho solicitar cópia de todos os dados pessoais que tratam a meu respeito
(portal dos pais, pagamentos da cantina e das propinas, comunicações com os diretores de
turma).

Com os melhores cumprimentos,
João Pedro Carvalho
""",
    R(["Access"], "joaopedro.carvalho@correio.example", "João Pedro", "Carvalho"))

add("mix-02-pl-usuniecie",
    "Katarzyna Wiśniewska <k.wisniewska@poczta.example>",
    "Usunięcie danych - stowarzyszenie absolwentów",
    """Dzień dobry,

jestem absolwentką Państwa liceum (rocznik 2013). Proszę o usunięcie wszystkich moich danych
osobowych z bazy stowarzyszenia absolwentów i o potwierdzenie tego mailowo. Nie wyrażałam
zgody na zapisanie mnie do tego stowarzyszenia.

Z poważaniem
Katarzyna Wiśniewska
""",
    R(["Erasure"], "k.wisniewska@poczta.example", "Katarzyna", "Wiśniewska"))

add("mix-03-sv-bilder-dotter",
    "Karin Lindqvist <karin.lindqvist@brevlada.example>",
    "Bilder på min dotter Elsa",
    """Hej,

Jag såg att skolan har lagt ut bilder från luciafirandet på sin Facebooksida där min dotter
Elsa Lindqvist (klass 4B) syns tydligt. Jag återkallar samtycket till att skolan använder
bilder på Elsa i sociala medier och i marknadsföring.

Vänliga hälsningar
Karin Lindqvist
""",
    R(["Opposition"], "karin.lindqvist@brevlada.example", "Elsa", "Lindqvist",
      representative="Karin Lindqvist"))

add("mix-04-da-rettelse",
    "Mette Sørensen <mette.sorensen@postkasse.example>",
    "Forkert adresse og telefonnummer",
    """Hej,

I forældreportalen står der stadig min gamle adresse i Aarhus og et telefonnummer, jeg ikke
har længere. Min nye adresse er Nørregade 12, 2. th., 1165 København K, og mit nummer er
+45 20 30 40 50. Vil I rette det?

Venlig hilsen
Mette Sørensen
""",
    R(["Rectification"], "mette.sorensen@postkasse.example", "Mette", "Sørensen"))

add("mix-05-fi-tiedot-ja-siirto",
    "Jukka Mäkelä <jukka.makela@sahkoposti.example>",
    "Tietopyyntö ja tietojen siirto",
    """Hei,

Olen entinen oppilas (ylioppilas 2012) ja alumniyhdistyksen jäsen. Pyydän saada tietää, mitä
henkilötietoja minusta on tallennettu, ja haluaisin saada tiedot myös koneluettavassa
muodossa (esim. CSV), jotta voin siirtää ne toiseen yhdistykseen.

Ystävällisin terveisin
Jukka Mäkelä
""",
    R(["Access", "Portability"], "jukka.makela@sahkoposti.example", "Jukka", "Mäkelä"))

add("mix-06-cs-omezeni",
    "Tomáš Dvořák <tomas.dvorak@posta.example>",
    "Žádost o omezení zpracování",
    """Dobrý den,

nesouhlasím s vyúčtováním obědů ve školní jídelně za září a říjen a podal jsem reklamaci.
Do vyřešení reklamace žádám o omezení zpracování mých osobních údajů - nepředávejte je prosím
inkasní agentuře a nepoužívejte je k vymáhání.

S pozdravem
Tomáš Dvořák
""",
    R(["Restriction"], "tomas.dvorak@posta.example", "Tomáš", "Dvořák"))

add("mix-07-ro-informare-excursie",
    "Andreea Popescu <andreea.popescu@posta.example>",
    "Întrebări despre datele pentru excursia la Viena",
    """Bună ziua,

Voi fi părinte însoțitor la excursia la Viena. Mi s-au cerut copia pașaportului, numărul de
telefon și informații medicale. Aș vrea să știu cui sunt transmise aceste date (agenția de
turism, hotelul?), în ce scop și cât timp sunt păstrate după excursie.

Mulțumesc,
Andreea Popescu
""",
    R(["Information"], "andreea.popescu@posta.example", "Andreea", "Popescu"))

add("mix-08-el-diagrafi",
    "Γιώργος Παπαδόπουλος <g.papadopoulos@tachydromeio.example>",
    "Διαγραφή λογαριασμού γονέα",
    """Καλησπέρα σας,

Τα παιδιά μου δεν φοιτούν πλέον στο σχολείο σας. Παρακαλώ να διαγράψετε τον λογαριασμό μου
στην πύλη γονέων και όλα τα προσωπικά μου δεδομένα (τραπεζικά στοιχεία, διεύθυνση, τηλέφωνο).

Με εκτίμηση,
Γιώργος Παπαδόπουλος
""",
    R(["Erasure"], "g.papadopoulos@tachydromeio.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-09-hu-tiltakozas",
    "Nagy Eszter <nagy.eszter@levelezo.example>",
    "Tiltakozás a marketing e-mailek ellen",
    """Tisztelt Cím!

Nem kérek több reklám e-mailt a nyári táborokról és a külföldi nyelvi utakról. Tiltakozom
az ellen, hogy az e-mail címemet marketing célra használják.

Üdvözlettel:
Nagy Eszter
""",
    R(["Opposition"], "nagy.eszter@levelezo.example", "Eszter", "Nagy"))

add("mix-10-hr-pristup",
    "Ivana Horvat <ivana.horvat@posta.example>",
    "Zahtjev za pristup osobnim podacima",
    """Poštovani,

molim vas da mi dostavite kopiju svih osobnih podataka koje o meni obrađujete kao roditelju
(podaci s roditeljskog portala, plaćanja za školsku kuhinju, komunikacija s razrednicima).
Također molim da ispravite moju adresu: sada živim na adresi Ilica 45, 10000 Zagreb.

Srdačan pozdrav,
Ivana Horvat
""",
    R(["Access", "Rectification"], "ivana.horvat@posta.example", "Ivana", "Horvat"))

add("mix-11-en-pt-rectify-object",
    "Ana Sofia Ribeiro <anasofia.ribeiro@correio.example>",
    "my details / os meus dados",
    """Hello, sorry my English is not perfect.

On the parent portal my name is "Ana Ribero" - it is Ana Sofia Ribeiro, please correct.
And please no more SMS with publicidade about the summer camps and language trips, não
quero receber mais publicidade, only the important school messages.

Obrigada,
Ana Sofia Ribeiro
""",
    R(["Rectification", "Opposition"], "anasofia.ribeiro@correio.example", "Ana Sofia", "Ribeiro"))

add("mix-12-pl-en-stypendium-algorytm",
    "Piotr Zieliński <piotr.zielinski@poczta.example>",
    "Scholarship decision / decyzja o stypendium",
    """Dear Sir or Madam / Szanowni Państwo,

My application for the sixth-form academic scholarship was rejected automatically by your
online admissions system ("score below threshold") - no teacher looked at it.
Mój wniosek o stypendium został odrzucony automatycznie przez system.

I request that a person reviews this decision and that I can present my point of view.
Proszę o ponowne rozpatrzenie przez człowieka.

Piotr Zieliński
""",
    R(["AutomatedDecision"], "piotr.zielinski@poczta.example", "Piotr", "Zieliński"))

add("mix-13-sk-namietka",
    "Martin Kováč <martin.kovac@posta.example>",
    "Námietka proti SMS správam",
    """Dobrý deň,

prosím, prestaňte mi posielať SMS správy o dňoch otvorených dverí a letných táboroch. Nikdy
som s tým nesúhlasil. Namietam proti použitiu môjho telefónneho čísla na tieto účely.

Ďakujem,
Martin Kováč
""",
    R(["Opposition"], "martin.kovac@posta.example", "Martin", "Kováč"))

add("mix-14-sl-informacije",
    "Nina Kranjc <nina.kranjc@posta.example>",
    "Vprašanje o hrambi podatkov",
    """Pozdravljeni,

zanima me, koliko časa hranite podatke o izpitnih rezultatih nekdanjih dijakov in ali jih
posredujete združenju alumnov ali komu drugemu. Ne želim ničesar izbrisati, samo vprašanje.

Lep pozdrav,
Nina Kranjc
""",
    R(["Information"], "nina.kranjc@posta.example", "Nina", "Kranjc"))

add("mix-15-lt-istrynimas",
    "Rūta Kazlauskienė <ruta.kazlauskiene@pastas.example>",
    "Prašymas ištrinti duomenis",
    """Laba diena,

mano vaikai nebesimoko jūsų mokykloje. Prašau ištrinti mano paskyrą tėvų portale ir visus
mano asmens duomenis.

Pagarbiai
Rūta Kazlauskienė
""",
    R(["Erasure"], "ruta.kazlauskiene@pastas.example", "Rūta", "Kazlauskienė"))

add("mix-16-pt-apos-morte",
    "Manuel Sousa <manuel.sousa@correio.example>",
    "Os meus dados depois da minha morte",
    """Boa tarde,

Sou antigo aluno (1966) e sócio da associação de antigos alunos. Gostaria de deixar
instruções sobre o que deve acontecer aos meus dados pessoais depois da minha morte: quero
que o meu perfil seja apagado e que o meu filho, Rui Sousa, seja a pessoa a contactar.
Podem registar esta vontade?

Cumprimentos,
Manuel Sousa
""",
    R(["AdvanceDirectives"], "manuel.sousa@correio.example", "Manuel", "Sousa"))

add("mix-17-da-en-access",
    "Sven Olsen <sven.olsen@postkasse.example>",
    "Data request - anmodning om indsigt",
    """Hi,

I'm a Danish dad of a pupil at your international secondary school. Jeg vil gerne have
indsigt i mine personoplysninger - could you please send me a copy of everything you have
stored about me (portal, payments, emails with teachers)?

Tak / thanks
Sven Olsen
Sent from my Android
""",
    R(["Access"], "sven.olsen@postkasse.example", "Sven", "Olsen"))

add("mix-18-be-fr-nl-facture",
    "Luc Dubois <luc.dubois@telemail.example>",
    "Facture / factuur voyage scolaire",
    """Bonjour / Goeiedag,

Je n'ai pas reçu la facture pour le voyage scolaire en Italie. Ik heb de factuur voor de
schoolreis naar Italië niet ontvangen. Pouvez-vous me la renvoyer ? Kan u die opnieuw sturen?

Luc Dubois
""",
    R(["Unknown"], "luc.dubois@telemail.example", "Luc", "Dubois"))

add("mix-19-et-parandus",
    "Kadri Tamm <kadri.tamm@post.example>",
    "Andmete parandamine",
    """Tere,

vilistlaste kataloogis on minu perekonnanimi vale (Tam), õige on Tamm. Palun parandage see.

Lugupidamisega
Kadri Tamm
""",
    R(["Rectification"], "kadri.tamm@post.example", "Kadri", "Tamm"))

add("mix-20-bg-dostap",
    "Мария Иванова <maria.ivanova@poshta.example>",
    "Искане за достъп до лични данни",
    """Здравейте,

Моля да ми предоставите копие на личните данни, които обработвате за мен като родител
(родителски портал, плащания за стола, кореспонденция с учителите).

С уважение,
Мария Иванова
""",
    R(["Access"], "maria.ivanova@poshta.example", "Мария", "Иванова"))

add("mix-21-ga-en-object-erase",
    "Siobhán Ó Murchú <siobhan.omurchu@post.example>",
    "Dia dhuit - alumni mail",
    """Dia dhuit,

I keep getting the alumni magazine and fundraising letters even though I asked years ago to
stop. Please stop sending them and delete my address from the alumni association's records.

Go raibh maith agat,
Siobhán Ó Murchú
""",
    R(["Opposition", "Erasure"], "siobhan.omurchu@post.example", "Siobhán", "Ó Murchú"))

# --- tasks
add("mix-22-pt-tarefa-contrato",
    "Rita Almeida <r.almeida@acme-corp.example>",
    "Contrato com a nova empresa de cantina - rever cláusulas RGPD",
    """Olá equipa de privacidade,

O campus de Lisboa vai mudar de empresa de cantina em janeiro. Podem rever as cláusulas de
proteção de dados do contrato (subcontratante, dados de alergias dos alunos)? Envio o PDF.

Obrigada,
Rita Almeida
Diretora Administrativa - Campus Lisboa
""",
    TASK("r.almeida@acme-corp.example", "Rita", "Almeida"))

add("mix-23-pl-zadanie-rejestr",
    "Marek Kowalski <m.kowalski@acme-corp.example>",
    "Aktualizacja rejestru czynności przetwarzania",
    """Dzień dobry,

w kampusie w Krakowie wprowadziliśmy nowy system płatności za stołówkę. Proszę o
zaktualizowanie rejestru czynności przetwarzania. Dane dostawcy przesyłam w załączniku.

Marek Kowalski
Kierownik administracji
""",
    TASK("m.kowalski@acme-corp.example", "Marek", "Kowalski"))

add("mix-24-sv-en-task-dpia",
    "Johan Berg <j.berg@acme-corp.example>",
    "DPIA needed - ny app för skolresor",
    """Hej privacy team,

We want to use a new app to track pupils' locations during school trips abroad (GPS in the
app, parents can see the map). Kan ni göra en konsekvensbedömning (DPIA) innan vi startar
pilot i mars?

Johan Berg
Trips coordinator, Stockholm campus
""",
    TASK("j.berg@acme-corp.example", "Johan", "Berg"))

# --- incidents
add("mix-25-cs-incident-externi",
    "Jana Nováková <jana.novakova@posta.example>",
    "Obdržela jsem cizí vysvědčení",
    """Dobrý den,

v e-mailu s pololetním hodnocením mého syna bylo přiloženo také hodnocení jiného žáka, včetně
jména, známek a poznámky o jeho zdravotním stavu. Informuji vás, abyste to mohli řešit.

Jana Nováková
""",
    INC("jana.novakova@posta.example", "Jana", "Nováková"))

add("mix-26-el-incident-tablet",
    "Ελένη Γεωργίου <e.georgiou@acme-corp.example>",
    "Απώλεια tablet με βαθμολογίες",
    """Καλημέρα,

Έχασα χθες το tablet του σχολείου στο λεωφορείο. Είχε τις βαθμολογίες των τριών τμημάτων
της Β' Γυμνασίου και τα τηλέφωνα των γονέων. Δεν είχε κρυπτογράφηση, μόνο PIN.

Ελένη Γεωργίου
Καθηγήτρια Μαθηματικών
""",
    INC("e.georgiou@acme-corp.example", "Ελένη", "Γεωργίου"))

add("mix-27-ro-en-phishing",
    "Mihai Ionescu <m.ionescu@acme-corp.example>",
    "Phishing - am dat click / I clicked",
    """Salut,

Am primit un email "Factura cantina restanta", am dat click pe link si am introdus parola
contului de la școală. Sorry, I realised too late it was fake. I have access to the canteen
payments system with all parents' card details (last 4 digits) and addresses. Am schimbat
parola deja.

Mihai Ionescu
Contabilitate, campus București
""",
    INC("m.ionescu@acme-corp.example", "Mihai", "Ionescu"))

# --- follow-ups
add("mix-28-da-opfolgning",
    "Lars Nielsen <lars.nielsen@postkasse.example>",
    "SV: [DSR-39054] Vi har modtaget din anmodning",
    """Hej,

Hvornår kan jeg forvente et svar på min anmodning? Der er gået mere end en måned.

Med venlig hilsen
Lars Nielsen
""",
    FU("39054", "lars.nielsen@postkasse.example", "Lars", "Nielsen"))

add("mix-29-fi-jatko",
    "Jukka Mäkelä <jukka.makela@sahkoposti.example>",
    "Vs: Tietopyyntö ja tietojen siirto",
    """Hei vielä,

jäsennumeroni on 2012-045, jos siitä on apua. Kiitos!

Jukka
""",
    FU(ref("mix-05-fi-tiedot-ja-siirto"), "jukka.makela@sahkoposti.example", "Jukka", "Mäkelä"),
    headers=irt("mix-05-fi-tiedot-ja-siirto"))

# --- ignored
add("mix-30-pl-spam",
    "Ochrona Danych <biuro@rodo-szkolenia-pilne.example>",
    "PILNE: Twoja szkoła nie spełnia wymogów RODO",
    """Szanowni Państwo,

Kontrole UODO w szkołach niepublicznych! Kary do 20 mln euro. Zamów nasz pakiet RODO dla
szkół (rejestr, klauzule, wzory wniosków o usunięcie danych) - tylko 399 zł.

Zamów: http://rodo-szkolenia-pilne.example
""",
    IGN("spam", "biuro@rodo-szkolenia-pilne.example"), headers=SPAM_HDR)

add("mix-31-sv-autosvar",
    "Anna Eriksson <anna.eriksson@foretag.example>",
    "Autosvar: Din förfrågan",
    """Tack för ditt mejl. Jag är på semester till och med 29 november och läser inte min e-post.
Vid brådskande ärenden, kontakta växeln.

Anna Eriksson
""",
    IGN("auto_reply", "anna.eriksson@foretag.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-32-bounce",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Returned mail: see transcript for details",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("mix-33-pt-newsletter",
    "Escolas Digitais <newsletter@escolasdigitais.example>",
    "Newsletter de novembro: novidades para escolas",
    """Newsletter Escolas Digitais - novembro

- Plataformas de avaliação online: guia para 2027
- Webinar: proteção de dados dos alunos
- Descontos de Natal em licenças

Para deixar de receber esta newsletter: https://escolasdigitais.example/cancelar
""",
    IGN("bulk", "newsletter@escolasdigitais.example"),
    headers=["List-Id: <newsletter.escolasdigitais.example>",
             "List-Unsubscribe: <https://escolasdigitais.example/cancelar>",
             "Precedence: bulk"])
