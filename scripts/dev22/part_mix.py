# Development set 22, other EU languages and mixed-language mail. Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("mx-01-pt-acesso", "Joana Ferreira <joana.ferreira@correio.example>",
    "Pedido de acesso aos meus dados",
    """Bom dia,

Sou cliente da vossa clínica veterinária em Lisboa e tenho o seguro para o meu cão. Gostaria de
receber uma cópia de todos os dados pessoais que têm sobre mim, incluindo gravações de chamadas,
se existirem.

Com os melhores cumprimentos,
Joana Ferreira
""",
    R(["Access"], "joana.ferreira@correio.example", "Joana", "Ferreira"),
    ct=LATIN1, encode="latin-1")

add("mx-02-ptbr-excluir", "Thiago Oliveira Santos <thiago.santos@correio-br.example>",
    "Excluir minha conta",
    """Oi, tudo bem?

Morei um ano em Portugal e usei o app de pet sitter de vocês. Voltei pro Brasil e queria que
excluíssem minha conta e todos os meus dados, inclusive o documento que mandei. Valeu!

Thiago Oliveira Santos
""",
    R(["Erasure"], "thiago.santos@correio-br.example", "Thiago", "Oliveira Santos"))

add("mx-03-pl-sprzeciw", "Agnieszka Kowalska <agnieszka.kowalska@poczta.example>",
    "Sprzeciw wobec marketingu",
    """Dzień dobry,

proszę o zaprzestanie wysyłania mi SMS-ów i e-maili z ofertami karmy. Nie wyrażam zgody na
marketing. Subskrypcję karmy chcę zachować.

Pozdrawiam,
Agnieszka Kowalska
""",
    R(["Opposition"], "agnieszka.kowalska@poczta.example", "Agnieszka", "Kowalska"))

add("mx-04-pl-sprostowanie", "Paweł Wiśniewski <pawel.wisniewski@poczta.example>",
    "Błędne dane w polisie",
    """Dzień dobry,

w polisie ubezpieczenia mojego kota moje nazwisko jest zapisane jako "Wisniewski" bez znaku
diakrytycznego, a adres jest nieaktualny (obecny: ul. Długa 15/4, 80-827 Gdańsk). Proszę o
poprawienie i przesłanie mi kopii wszystkich danych, które Państwo o mnie przechowują.

Paweł Wiśniewski
""",
    R(["Rectification", "Access"], "pawel.wisniewski@poczta.example", "Paweł", "Wiśniewski"))

add("mx-05-sv-radera", "Karin Lindström <karin.lindstrom@post.example>",
    "Radera mitt konto",
    """Hej!

Jag vill att ni raderar mitt konto i djurvaktsappen och alla uppgifter om mig. Jag har inte
använt den på över ett år.

Med vänliga hälsningar
Karin Lindström
""",
    R(["Erasure"], "karin.lindstrom@post.example", "Karin", "Lindström"),
    ct=LATIN1, encode="latin-1")

add("mx-06-da-dataportabilitet", "Mads Kristensen <mads.kristensen@post-dk.example>",
    "Udlevering af data",
    """Hej,

Jeg skifter forsikringsselskab for min hund. Kan I sende mine police- og skadesoplysninger i et
maskinlæsbart format, så jeg kan give dem videre til det nye selskab?

Venlig hilsen
Mads Kristensen
""",
    R(["Portability"], "mads.kristensen@post-dk.example", "Mads", "Kristensen"))

add("mx-07-fi-tietoa", "Aino Virtanen <aino.virtanen@posti.example>",
    "Kysymys tietojen käsittelystä",
    """Hei,

Mihin tarkoituksiin käytätte lemmikkieni terveystietoja ja minun yhteystietojani? Luovutetaanko
niitä vakuutusyhtiölle tai rehunvalmistajille? Kuinka kauan tietoja säilytetään?

Ystävällisin terveisin
Aino Virtanen
""",
    R(["Information"], "aino.virtanen@posti.example", "Aino", "Virtanen"))

add("mx-08-cs-automaticke", "Tomáš Novák <tomas.novak@posta.example>",
    "Automatické zamítnutí pojistné události",
    """Dobrý den,

moje žádost o proplacení operace psa byla zamítnuta automaticky během několika sekund. Žádám,
aby rozhodnutí přezkoumal člověk, a chci k tomu vyjádřit svůj názor.

S pozdravem
Tomáš Novák
""",
    R(["AutomatedDecision"], "tomas.novak@posta.example", "Tomáš", "Novák"))

add("mx-09-ro-restrictionare", "Andreea Popescu <andreea.popescu@posta.example>",
    "Restricționarea prelucrării",
    """Bună ziua,

Contest o recenzie negativă atașată profilului meu de pet sitter, care conține informații
false despre mine. Vă rog să restricționați utilizarea acestor date până la verificare și să
nu le mai afișați clienților.

Cu stimă,
Andreea Popescu
""",
    R(["Restriction"], "andreea.popescu@posta.example", "Andreea", "Popescu"))

add("mx-10-el-gios", "Γιώργος Παπαδόπουλος <giorgos.papadopoulos@mail.example>",
    "Αίτημα για τα δεδομένα της μητέρας μου",
    """Καλησπέρα σας,

Γράφω εκ μέρους της μητέρας μου, Ελένης Παπαδοπούλου, η οποία είναι 82 ετών και πελάτισσα της
κτηνιατρικής σας κλινικής στην Αθήνα. Θα θέλαμε ένα αντίγραφο όλων των προσωπικών δεδομένων που
διατηρείτε για εκείνη. Επισυνάπτω εξουσιοδότηση.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
""",
    R(["Access"], "giorgos.papadopoulos@mail.example", "Ελένη", "Παπαδοπούλου",
      representative="Γιώργος Παπαδόπουλος"))

add("mx-11-hu-tiltakozas", "Nagy Zsófia <nagy.zsofia@posta.example>",
    "Hírlevél és adataim törlése",
    """Tisztelt Cím!

Kérem, ne küldjenek több hírlevelet és reklámot, valamint töröljék a fiókomat a
kisállatkaja-webshopban és minden hozzá tartozó adatomat.

Üdvözlettel:
Nagy Zsófia
""",
    R(["Opposition", "Erasure"], "nagy.zsofia@posta.example", "Zsófia", "Nagy"))

add("mx-12-hr-ispravak", "Ivana Horvat <ivana.horvat@posta.example>",
    "Ispravak podataka",
    """Poštovani,

u vašem sustavu piše da se prezivam Horvath, a ispravno je Horvat. Također je pogrešan datum
rođenja (ispravno: 12. 5. 1988.). Molim ispravak.

Lijep pozdrav,
Ivana Horvat
""",
    R(["Rectification"], "ivana.horvat@posta.example", "Ivana", "Horvat"))

add("mx-13-sk-dedic", "Martin Kováč <martin.kovac@posta.example>",
    "Úmrtie môjho otca",
    """Dobrý deň,

môj otec Ján Kováč zomrel v októbri. Mal u vás poistenie psa a predplatné krmiva. Ako dedič
žiadam o vymazanie jeho osobných údajov a zrušenie účtu. Úmrtný list pošlem na požiadanie.

S pozdravom
Martin Kováč
""",
    R(["Erasure"], "martin.kovac@posta.example", "Ján", "Kováč", representative="Martin Kováč"))

add("mx-14-en-pl", "Krzysztof Zieliński <k.zielinski@poczta.example>",
    "my data / moje dane",
    """Hello, sorry for my English. I am client of your vet clinic in Dublin since 2 years, my cat
Kicia. I want to know what informations you have about me, everything please. Also the
recordings from phone if you have. Z góry dziękuję / thank you in advance.

Krzysztof Zieliński
""",
    R(["Access"], "k.zielinski@poczta.example", "Krzysztof", "Zieliński"))

add("mx-15-en-de", "Priya Nair <priya.nair@mail.example>",
    "Werbung / advertising",
    """Hallo, entschuldigung, mein Deutsch ist nicht gut. I get letters from your Tierklinik in
Berlin every week with offers. Please stop, keine Werbung mehr bitte. I don't want to delete my
pet's file, only no more advertising.

Priya Nair
""",
    R(["Opposition"], "priya.nair@mail.example", "Priya", "Nair"))

add("mx-16-sl-informacije", "Matej Kranjc <matej.kranjc@posta.example>",
    "Vprašanje o hrambi podatkov",
    """Pozdravljeni,

zanima me, komu posredujete podatke iz aplikacije za varstvo hišnih ljubljencev in ali se
podatki prenašajo izven EU. Ne želim izbrisa računa, samo informacijo.

Lep pozdrav,
Matej Kranjc
""",
    R(["Information"], "matej.kranjc@posta.example", "Matej", "Kranjc"))

add("mx-17-lt-istrinti", "Rūta Kazlauskienė <ruta.kazlauskiene@pastas.example>",
    "Prašau ištrinti mano duomenis",
    """Laba diena,

prašau ištrinti mano paskyrą ir visus asmens duomenis iš jūsų gyvūnų priežiūros programėlės.

Pagarbiai,
Rūta Kazlauskienė
""",
    R(["Erasure"], "ruta.kazlauskiene@pastas.example", "Rūta", "Kazlauskienė"))

add("mx-18-et-muu", "Kadri Tamm <kadri.tamm@post.example>", "Vastuvõtuaeg",
    """Tere,

kas ma saan oma koera vaktsineerimise aega Tallinna kliinikus muuta järgmisele nädalale?

Kadri Tamm
""",
    R(["Unknown"], "kadri.tamm@post.example", "Kadri", "Tamm"))

add("mx-19-pt-forward", "Rui Carvalho <rui.carvalho@acme-corp.example>",
    "FW: pedido de cliente (Porto)",
    """Hi privacy team,

A customer from our Porto clinic sent this. She wants her details corrected. Can you handle?

Rui

-----Original Message-----
From: Beatriz Sousa Mendes <beatriz.mendes@correio.example>
Sent: 15 November 2026 11:20
To: porto@acme-corp.example
Subject: dados errados

Olá, o meu número de telemóvel e o meu NIF estão errados na ficha da clínica. O telemóvel certo
é 912 345 678. Obrigada, Beatriz Sousa Mendes
""",
    R(["Rectification"], "beatriz.mendes@correio.example", "Beatriz", "Sousa Mendes"))

add("mx-20-sv-attached", "Johan Berg <johan.berg@acme-corp.example>",
    "Fwd: Begäran om registerutdrag", "",
    R(["Access"], "erik.nystrom@post.example", "Erik", "Nyström"),
    attached=("Erik Nyström <erik.nystrom@post.example>", "Begäran om registerutdrag",
              "Hej, jag vill ha ett registerutdrag med alla personuppgifter ni har om mig,\n"
              "både från kliniken i Göteborg och från försäkringen. Erik Nyström\n"),
    note="Forwarding from the Gothenburg clinic inbox. /Johan")

add("mx-21-lv-portability", "Jānis Bērziņš <janis.berzins@pasts.example>",
    "Datu pārnešana",
    """Labdien,

lūdzu, nosūtiet manus abonementa un pasūtījumu datus mašīnlasāmā formātā (CSV) uz šo e-pastu.
Kontu nedzēsiet.

Ar cieņu,
Jānis Bērziņš
""",
    R(["Portability"], "janis.berzins@pasts.example", "Jānis", "Bērziņš"))

add("mx-22-task-pl", "Magdalena Nowak <magdalena.nowak@acme-corp.example>",
    "Vendor questionnaire - Warsaw contact centre",
    """Hi team,

We're onboarding a contact centre in Warsaw for the Polish insurance customers. Their DPA and
security questionnaire are in the procurement folder. Could you review both and add them to the
processor register? Go-live is 15 January.

Dziękuję,
Magdalena Nowak
Operations Poland
""",
    TASK("magdalena.nowak@acme-corp.example", "Magdalena", "Nowak"))

add("mx-23-task-pt", "Inês Rodrigues <ines.rodrigues@acme-corp.example>",
    "AIPD videovigilância clínica de Lisboa",
    """Olá,

Vamos instalar videovigilância na receção e no parque da clínica de Lisboa. Podem fazer a
avaliação de impacto e preparar os avisos obrigatórios?

Obrigada,
Inês Rodrigues
Gestão de Instalações
""",
    TASK("ines.rodrigues@acme-corp.example", "Inês", "Rodrigues"))

add("mx-24-task-sv", "Elin Johansson <elin.johansson@acme-corp.example>",
    "Register of processing - Swedish sitter onboarding",
    """Hej!

From next month sitters in Sweden will do a video ID check via a new supplier (IDCheck AB).
Could you update the record of processing and tell us if we need to change the sitter privacy
notice?

Tack,
Elin Johansson
""",
    TASK("elin.johansson@acme-corp.example", "Elin", "Johansson"))

add("mx-25-inc-el", "Nikos Georgiou <nikos.georgiou@acme-corp.example>",
    "Laptop lost at Athens airport",
    """Hello,

I lost my work laptop at Athens airport security this morning. It has the insurance claims
spreadsheet for Greek customers (about 250 rows with names, phones, pet diagnoses). The disk
should be encrypted. I have informed IT and airport lost & found.

Νίκος Γεωργίου / Nikos Georgiou
Claims Handler, Athens
""",
    INC("nikos.georgiou@acme-corp.example", "Nikos", "Georgiou"))

add("mx-26-inc-da", "Signe Mortensen <signe.mortensen@post-dk.example>",
    "Jeg har modtaget en andens oplysninger",
    """Hej,

Jeg har fået en vaccinationspåmindelse fra jeres klinik i Aarhus, men den er til en anden
kunde: navn, adresse, telefon og hundens journalnummer. Jeg har ingen hund.

Venlig hilsen
Signe Mortensen
""",
    INC("signe.mortensen@post-dk.example", "Signe", "Mortensen"))

add("mx-27-inc-cs", "Petra Dvořáková <petra.dvorakova@acme-corp.example>",
    "Phishing - zadala jsem heslo",
    """Ahoj,

omylem jsem klikla na odkaz v e-mailu "Aktualizace Microsoft 365" a zadala jsem své heslo. Mám
přístup k databázi klientů klinik v Praze. IT už heslo změnilo. I'm sorry!

Petra Dvořáková
""",
    INC("petra.dvorakova@acme-corp.example", "Petra", "Dvořáková"))

add("mx-28-fu-pl-dsr", "Agnieszka Kowalska <agnieszka.kowalska@poczta.example>",
    "Odp: [DSR-33918] Potwierdzenie otrzymania",
    """Dzień dobry,

nadal dostaję SMS-y z ofertami, mimo że minęły trzy tygodnie. Proszę o informację, kiedy to
się skończy.

Agnieszka Kowalska

> Państwa zgłoszenie zostało zarejestrowane pod numerem DSR-33918.
""",
    FU("33918", "agnieszka.kowalska@poczta.example", "Agnieszka", "Kowalska"))

add("mx-29-fu-ro-ref", "Andreea Popescu <andreea.popescu@posta.example>",
    "Re: Restricționarea prelucrării",
    """Bună ziua, vă trimit capturile de ecran cu conversația care dovedește că recenzia este
falsă. Aștept un răspuns.

Andreea Popescu
""",
    FU(ref("mx-09-ro-restrictionare"), "andreea.popescu@posta.example", "Andreea", "Popescu"),
    headers=irt("mx-09-ro-restrictionare"))

add("mx-30-spam-pt", "Receita Online <avisos@receita-pagamento.example>",
    "Atualização obrigatória dos seus dados pessoais",
    """Caro contribuinte,

Devido ao RGPD, é obrigatório atualizar os seus dados pessoais até amanhã. Caso contrário, a
sua conta será eliminada. Aceda: http://receita-pagamento.example/dados
""",
    IGN("spam", "avisos@receita-pagamento.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="receita-pagamento.example")])

add("mx-31-spam-en-pl", "DataWipe Pro <sales@datawipe-pro.example>",
    "Remove your data from 500 brokers / Usuń swoje dane",
    """Hi!

Your personal data is sold by 500+ data brokers. Our service deletes it automatically. Only
9.99 EUR/month. Twoje dane osobowe są w sieci - usuń je teraz!

http://datawipe-pro.example/start
""",
    IGN("spam", "sales@datawipe-pro.example"),
    headers=SPAM_HDR)

add("mx-32-ooo-fi", "Mikko Korhonen <mikko.korhonen@kumppani.example>",
    "Poissa / Out of office: Sopimusluonnos",
    """Olen lomalla 30.11. asti. Kiireellisissä asioissa ota yhteyttä toimisto@kumppani.example.

I am on holiday until 30 November. For urgent matters contact toimisto@kumppani.example.
""",
    IGN("auto_reply", "mikko.korhonen@kumppani.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mx-33-bulk-sv", "Djurvårdsnytt <nyhetsbrev@djurvardsnytt.example>",
    "Nyhetsbrev vecka 47",
    """Veckans nyheter: nya regler för djurförsäkringar, GDPR i veterinärvården och lediga jobb.

Avregistrera dig här.
""",
    IGN("bulk", "nyhetsbrev@djurvardsnytt.example"),
    headers=["List-Id: <veckobrev.djurvardsnytt.example>",
             "List-Unsubscribe: <mailto:avregistrera@djurvardsnytt.example>",
             "Precedence: bulk"])
