from common import *  # part mix: written blind

add("mix-01-pt-copia-dados",
    "Maria da Conceição Sousa Pereira <mc.sousapereira@correio-pt.example>",
    "Pedido de dados pessoais",
    """Bom dia,

Venho por este meio solicitar que me enviem todos os dados pessoais que a vossa
empresa tem a meu respeito, incluindo o histórico de visualização na aplicação e os
registos do serviço de licenças.

Com os melhores cumprimentos,
Maria da Conceição Sousa Pereira
""",
    R(["Access"], "mc.sousapereira@correio-pt.example", "Maria da Conceição", "Sousa Pereira"))

add("mix-02-pl-usuniecie-konta",
    "Katarzyna Wiśniewska <k.wisniewska@poczta-pl.example>",
    "Usunięcie konta",
    """Dzień dobry,

proszę o usunięcie mojego konta w aplikacji oraz wszystkich moich danych osobowych.
Nie korzystam już z serwisu.

Z poważaniem
Katarzyna Wiśniewska
""",
    R(["Erasure"], "k.wisniewska@poczta-pl.example", "Katarzyna", "Wiśniewska"))

add("mix-03-sv-inga-nyhetsbrev",
    "Björn Lindström <bjorn.lindstrom@post-se.example>",
    "Sluta skicka utskick",
    """Hej!

Jag vill inte längre få era nyhetsbrev eller erbjudanden. Ta bort mig från alla era
utskickslistor, tack.

Mvh
Björn Lindström
""",
    R(["Opposition"], "bjorn.lindstrom@post-se.example", "Björn", "Lindström"))

add("mix-04-da-ret-adresse",
    "Søren Østergaard <soren.ostergaard@mail-dk.example>",
    "Forkert adresse",
    """Hej,

I har registreret min adresse forkert. Jeg bor på Nørregade 12, 2. th., 8000 Aarhus C,
ikke Nørregade 21. Vil I rette det i jeres system? Og send mig gerne en oversigt over
alle de oplysninger, I har registreret om mig.

Venlig hilsen
Søren Østergaard
""",
    R(["Rectification", "Access"], "soren.ostergaard@mail-dk.example", "Søren", "Østergaard"))

add("mix-05-cs-nahravka",
    "Tomáš Dvořák <tomas.dvorak@posta-cz.example>",
    "Dotaz k nahrávce hovoru",
    """Dobrý den,

minulý týden jsem volal do vašeho rozhlasového pořadu. Rád bych věděl, jak dlouho
uchováváte nahrávku a moje telefonní číslo a zda je předáváte někomu dalšímu. Kopii
nepotřebuji, jde mi jen o informaci.

S pozdravem
Tomáš Dvořák
""",
    R(["Information"], "tomas.dvorak@posta-cz.example", "Tomáš", "Dvořák"))

add("mix-06-hu-hordozhatosag",
    "Nagy Zsófia <zsofia.nagy@levelezo-hu.example>",
    "Adataim átvitele",
    """Tisztelt Adatvédelmi Tisztviselő!

Szeretném megkapni a megtekintési előzményeimet és a kedvenclistámat géppel olvasható
formátumban (CSV vagy JSON), hogy átvihessem őket egy másik szolgáltatóhoz.

Üdvözlettel:
Nagy Zsófia
""",
    R(["Portability"], "zsofia.nagy@levelezo-hu.example", "Zsófia", "Nagy"))

add("mix-07-ro-decizie-automata",
    "Andreea Popescu <andreea.popescu@posta-ro.example>",
    "Cont suspendat automat",
    """Bună ziua,

Contul meu a fost suspendat automat pentru „activitate suspectă”. Nimeni nu a verificat
situația, iar la serviciul clienți mi s-a spus că sistemul decide singur. Solicit ca o
persoană să reanalizeze decizia și să îmi pot prezenta punctul de vedere.

Cu stimă,
Andreea Popescu
""",
    R(["AutomatedDecision"], "andreea.popescu@posta-ro.example", "Andreea", "Popescu"))

add("mix-08-fi-rajoitus",
    "Mikko Järvinen <mikko.jarvinen@posti-fi.example>",
    "Tietojen käsittelyn rajoittaminen",
    """Hei,

kiistän rekisterissänne olevan maksurästin oikeellisuuden. Pyydän, että rajoitatte
henkilötietojeni käsittelyä, kunnes asia on selvitetty. Älkää siirtäkö tietojani
perintätoimistolle sillä välin.

Ystävällisin terveisin
Mikko Järvinen
""",
    R(["Restriction"], "mikko.jarvinen@posti-fi.example", "Mikko", "Järvinen"))

add("mix-09-hr-proslijedeno-privitak",
    "Ana Kovač <ana.kovac@acme-corp.example>",
    "FW: zahtjev slušateljice",
    "",
    R(["Access", "Erasure"], "ivana.horvat@posta-hr.example", "Ivana", "Horvat"),
    note="Hi privacy team,\n\nthis came in Croatian to our international desk, attached. "
         "She asks for a copy of her data and then for deletion, if my translation is right. "
         "Could you answer her directly?\n\nAna Kovač\nInternational Desk",
    attached=("Ivana Horvat <ivana.horvat@posta-hr.example>",
              "Moji osobni podaci",
              "Poštovani,\n\nmolim vas da mi dostavite kopiju svih osobnih podataka koje o meni "
              "obrađujete, a nakon toga da ih izbrišete.\n\nLijep pozdrav,\nIvana Horvat\n"))

add("mix-10-sl-profiliranje",
    "Matej Kovačič <matej.kovacic@posta-si.example>",
    "Priporočila",
    """Pozdravljeni,

računa ne želim ukiniti, vendar nasprotujem temu, da na podlagi tega, kar gledam,
ustvarjate moj profil in mi priporočate vsebine. Prosim, to izklopite.

Lep pozdrav,
Matej Kovačič
""",
    R(["Opposition"], "matej.kovacic@posta-si.example", "Matej", "Kovačič"))

add("mix-11-lv-piekluve",
    "Jānis Bērziņš <janis.berzins@pasts-lv.example>",
    "Pieprasījums par maniem datiem",
    """Labdien!

Lūdzu, izsniedziet man visus personas datus, ko par mani glabājat: konta informāciju,
skatīšanās vēsturi un saraksti ar klientu dienestu.

Ar cieņu
Jānis Bērziņš
""",
    R(["Access"], "janis.berzins@pasts-lv.example", "Jānis", "Bērziņš"))

add("mix-12-el-diagrafi",
    "Γιώργος Παπαδόπουλος <g.papadopoulos@mail-gr.example>",
    "Διαγραφή λογαριασμού",
    """Καλησπέρα σας,

Παρακαλώ να διαγράψετε τον λογαριασμό μου και όλα τα στοιχεία μου, και να σταματήσετε
να μου στέλνετε διαφημιστικά μηνύματα.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
""",
    R(["Erasure", "Opposition"], "g.papadopoulos@mail-gr.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-13-en-de-expat",
    "Fiona McAllister <fiona.mcallister@expatmail.example>",
    "Meine Daten / my data",
    """Hallo,

sorry, mein Deutsch ist nicht so gut, so I'll switch to English. Ich bin vor kurzem nach
Hamburg gezogen and registered for the licence and the app. Could you send me a copy of
all the personal information you hold on me? Also my surname is spelt wrong everywhere:
it's McAllister, not "MacAlister". Bitte korrigieren.

Danke schön,
Fiona McAllister
""",
    R(["Access", "Rectification"], "fiona.mcallister@expatmail.example", "Fiona", "McAllister"))

add("mix-14-pt-br-anunciantes",
    "João Pedro Albuquerque <jp.albuquerque@correio-br.example>",
    "Vocês compartilham meus dados?",
    """Olá,

Vocês vendem ou compartilham meus dados com anunciantes? Para quais finalidades usam
meu histórico de programas? Não preciso de cópia de nada, só quero entender como
funciona.

Abraços,
João Pedro Albuquerque
""",
    R(["Information"], "jp.albuquerque@correio-br.example", "João Pedro", "Albuquerque"),
    ct=LATIN1, encode="latin-1")

add("mix-15-pl-syn-za-ojca",
    "Piotr Kowalski <piotr.kowalski@poczta-pl.example>",
    "W imieniu ojca – telefony",
    """Dzień dobry,

piszę w imieniu mojego ojca, Stanisława Kowalskiego (82 lata), na podstawie
pełnomocnictwa, które załączam. Proszę zaprzestać dzwonienia do niego z ofertami i
ankietami oraz nie wykorzystywać jego numeru do celów marketingowych.

Z poważaniem
Piotr Kowalski
""",
    R(["Opposition"], "piotr.kowalski@poczta-pl.example", "Stanisław", "Kowalski",
      representative="Piotr Kowalski"))

add("mix-16-fr-nl-bruxelles",
    "Nathalie Dubois-Janssens <nathalie.dj@brussel-mail.example>",
    "Suppression compte / Verwijdering account",
    """Bonjour / Goedendag,

Je souhaite que mon compte et mes données soient supprimés.
Ik wil dat mijn account en mijn gegevens verwijderd worden.

Merci / Dank u,
Nathalie Dubois-Janssens
""",
    R(["Erasure"], "nathalie.dj@brussel-mail.example", "Nathalie", "Dubois-Janssens"))

add("mix-17-spanglish-pago",
    "Carlos Mendoza <carlos.mendoza@mymail.example>",
    "pago licencia",
    """Hola, my payment for the licencia didn't go through y ahora me llegan cartas de
reminder. Qué hago? Can I pay by card? Thanks
Carlos Mendoza
""",
    R(["Unknown"], "carlos.mendoza@mymail.example", "Carlos", "Mendoza"))

add("mix-18-de-it-suedtirol",
    "Martin Pichler <martin.pichler@suedtirol-mail.example>",
    "Datenweitergabe / cessione dei dati",
    """Guten Tag / Buongiorno,

ich möchte wissen, ob meine Daten an Dritte weitergegeben werden und wie lange Sie sie
speichern.
Vorrei sapere se i miei dati vengono ceduti a terzi e per quanto tempo li conservate.

Danke / Grazie
Martin Pichler
Bozen / Bolzano
""",
    R(["Information"], "martin.pichler@suedtirol-mail.example", "Martin", "Pichler"))

add("mix-19-sv-html-registerutdrag",
    "Ingrid Sjöberg <ingrid.sjoberg@post-se.example>",
    "Begäran om registerutdrag",
    html("Hej,",
         "Enligt artikel 15 i dataskyddsförordningen begär jag ett registerutdrag med alla "
         "personuppgifter ni behandlar om mig, inklusive tittarhistorik.",
         "Med vänliga hälsningar<br>Ingrid Sjöberg"),
    R(["Access"], "ingrid.sjoberg@post-se.example", "Ingrid", "Sjöberg"),
    ct=HTML)

add("mix-20-da-familie-replyto",
    "Familien Kristensen <familien.kristensen@hjem-dk.example>",
    "Lytterpanel",
    """Hej,

Jeg ønsker ikke at modtage flere opkald fra jeres lytterpanel, og I må ikke bruge mine
oplysninger til det længere. Svar venligst på min egen e-mail.

Mette Kristensen
""",
    R(["Opposition"], "mette.kristensen@mail-dk.example", "Mette", "Kristensen"),
    headers=["Reply-To: Mette Kristensen <mette.kristensen@mail-dk.example>"])

add("mix-21-pt-seguimento-dsr",
    "Rui Tavares <rui.tavares@correio-pt.example>",
    "RE: Pedido recebido [DSR-91877]",
    """Boa tarde,

Já passou mais de um mês desde o vosso aviso de receção e ainda não recebi resposta.
Podem dar-me notícias?

Rui Tavares
""",
    FU("91877", "rui.tavares@correio-pt.example", "Rui", "Tavares"))

add("mix-22-pl-stary-adres",
    "Katarzyna Wiśniewska <k.wisniewska@poczta-pl.example>",
    "Re: Usunięcie konta",
    """Dodam jeszcze, że konto było założone na mój stary adres katarzyna.w@stara-poczta.example.

K. Wiśniewska
""",
    FU(ref("mix-02-pl-usuniecie-konta"), "k.wisniewska@poczta-pl.example", "Katarzyna", "Wiśniewska"),
    headers=irt("mix-02-pl-usuniecie-konta"))

add("mix-23-task-agentur-krakow",
    "Lukas Brenner <lukas.brenner@acme-corp.example>",
    "DPA for app agency in Kraków",
    """Hi privacy team,

wir wollen ab Januar mit einer Agentur in Kraków zusammenarbeiten for the new app
release. They'll get read access to the production database (viewer accounts, viewing
history). Könnt ihr bitte den Auftragsverarbeitungsvertrag prüfen? Draft is in the
Legal folder.

Danke & cheers,
Lukas Brenner
Engineering Manager, Streaming
""",
    TASK("lukas.brenner@acme-corp.example", "Lukas", "Brenner"))

add("mix-24-task-nordic-launch",
    "Anna Lindgren <anna.lindgren@acme-corp.example>",
    "Nordic launch – register + privacy notice",
    """Hej privacy team,

We're launching the app in Sweden and Denmark in March. Could you update the register
of processing for the new markets and review the Swedish and Danish translations of the
privacy notice? Tack på förhand!

Anna Lindgren
Market Lead Nordics
""",
    TASK("anna.lindgren@acme-corp.example", "Anna", "Lindgren"))

add("mix-25-task-cctv-praha",
    "Petr Novák <petr.novak@acme-corp.example>",
    "CCTV in the new Prague studio – DPIA?",
    """Dobrý den / Hello,

Facilities want 14 cameras in the new Prague studio, including the audience area.
Do we need an impact assessment, and can you run it with us? Děkuji.

Petr Novák
Studio Operations Prague
""",
    TASK("petr.novak@acme-corp.example", "Petr", "Novák"))

add("mix-26-pt-dados-outra-pessoa",
    "Ana Rita Carvalho <anarita.carvalho@correio-pt.example>",
    "Recebi dados de outra pessoa",
    """Boa tarde,

Recebi hoje um email vosso sobre a renovação da licença que não é para mim: tem o nome,
a morada e o NIF de outra pessoa, de Coimbra. Não sei quem é. Achei melhor avisar.

Ana Rita Carvalho
""",
    INC("anarita.carvalho@correio-pt.example", "Ana Rita", "Carvalho"))

add("mix-27-tablet-lisboa",
    "Tiago Ferreira <tiago.ferreira@acme-corp.example>",
    "Stolen tablet in Lisbon / tablet roubado",
    """Hi all,

my work tablet was stolen from the outside-broadcast van in Lisbon this afternoon. It
had the contact sheet of the vox-pop participants (names, phone numbers, a few emails)
and was only protected by a swipe pattern. Já fiz queixa à polícia. IT is trying to wipe
it remotely.

Tiago Ferreira
Field Producer
""",
    INC("tiago.ferreira@acme-corp.example", "Tiago", "Ferreira"))

add("mix-28-sv-nagon-annans-konto",
    "Erik Nilsson <erik.nilsson@post-se.example>",
    "Jag ser någon annans konto",
    """Hej,

När jag loggade in i appen i dag såg jag någon annans konto: ett annat namn, en annan
e-postadress och personens tittarhistorik. Jag loggade ut direkt. Ni borde kolla upp
det.

Erik Nilsson
""",
    INC("erik.nilsson@post-se.example", "Erik", "Nilsson"))

add("mix-29-pl-en-krypto",
    "Inwestycje Premium <zysk@krypto-premium.example>",
    "Zarabiaj 5000 zł dziennie / Earn $1000 a day",
    """Witaj! Hello!

Dołącz do programu Bitcoin Premium i zarabiaj 5000 zł dziennie bez ryzyka.
Join now and earn passive income – limited places!

Kliknij tutaj / Click here
""",
    IGN("spam", "zysk@krypto-premium.example"),
    headers=SPAM_HDR)

add("mix-30-el-en-gdpr-certificate",
    "GDPR Compliance Office <certificate@gdpr-eu-register.example>",
    "Πιστοποιητικό GDPR / GDPR certificate – action required",
    """Αγαπητέ πελάτη / Dear customer,

Your organisation is not yet listed in the European GDPR Register. To protect your
customers' personal data and avoid penalties, order your official GDPR certificate today
for only 299 EUR.

Η προσφορά λήγει σύντομα.
""",
    IGN("spam", "certificate@gdpr-eu-register.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="gdpr-eu-register.example")])

add("mix-31-sv-en-franvaro",
    "Johan Berg <johan.berg@mediebyra-se.example>",
    "Frånvaro / Out of office: Re: Data sharing agreement",
    """Hej! Jag är på semester till och med 30 november.
Hi! I'm on holiday until 30 November with no access to email.

Johan Berg
""",
    IGN("auto_reply", "johan.berg@mediebyra-se.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-32-da-nyhedsbrev",
    "Medieforum Danmark <nyhedsbrev@medieforum-dk.example>",
    "Nyhedsbrev: Databeskyttelse i medierne – november",
    """NYHEDSBREV – NOVEMBER

• Datatilsynet: ny vejledning om optagelser af lyttere
• Konference om public service og data den 4. december

Du modtager dette nyhedsbrev, fordi du er tilmeldt. Afmeld her.
""",
    IGN("bulk", "nyhedsbrev@medieforum-dk.example"),
    headers=["List-Id: Medieforum nyhedsbrev <nyhedsbrev.medieforum-dk.example>",
             "List-Unsubscribe: <https://medieforum-dk.example/afmeld>",
             "Precedence: bulk"])
