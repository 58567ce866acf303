# Holdout 15, mixed part: several languages in one mail, and other EU languages. Written blind.
from common import *

# ---------------------------------------------------------------- requests
add("mix-01", "João Pedro Figueiredo <jp.figueiredo@correio.example>", "Pedido de acesso aos meus dados",
    """Bom dia,

Frequentei o curso de alemão na vossa escola do Porto entre 2024 e 2025. Gostaria de saber que
dados pessoais guardam a meu respeito (inscrição, avaliações, testes de nível, gravações das
aulas online) e de receber uma cópia.

Com os melhores cumprimentos,
João Pedro Figueiredo
""", R(["Access"], "jp.figueiredo@correio.example", "João Pedro", "Figueiredo"))

add("mix-02", "Thiago Albuquerque <thiago.albuquerque@correio.example>", "excluir minha conta",
    """Oi pessoal, tudo bem?

Apoiei uma campanha de vocês em 2024 e desde então recebo e-mail quase todo dia. Quero excluir
minha conta e todos os meus dados, e enquanto isso parem de me mandar e-mail de marketing, por
favor.

Valeu,
Thiago Albuquerque
São Paulo
""", R(["Erasure", "Opposition"], "thiago.albuquerque@correio.example", "Thiago", "Albuquerque"))

add("mix-03", "Katarzyna Wiśniewska <k.wisniewska@poczta.example>", "Usunięcie danych osobowych",
    """Dzień dobry,

proszę o usunięcie wszystkich moich danych osobowych z Państwa systemu oraz zamknięcie konta w
aplikacji do skrytek paczkowych. Nie korzystam już z tej usługi.

Z poważaniem,
Katarzyna Wiśniewska
""", R(["Erasure"], "k.wisniewska@poczta.example", "Katarzyna", "Wiśniewska"))

add("mix-04", "Paweł Zieliński <pawel.zielinski@poczta.example>", "Błąd w nazwisku na certyfikacie",
    """Dzień dobry,

na certyfikacie z angielskiego (poziom B2) moje nazwisko jest zapisane "Zielinski", bez polskiej
litery. Poprawna pisownia to Zieliński. Proszę o poprawienie danych w systemie i wystawienie
nowego certyfikatu.

Pozdrawiam
Paweł Zieliński
""", R(["Rectification"], "pawel.zielinski@poczta.example", "Paweł", "Zieliński"))

add("mix-05", "Björn Åkesson <bjorn.akesson@post.example>", "Begäran om registerutdrag",
    """Hej!

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen, det vill säga
alla personuppgifter ni behandlar om mig som elev på er språkskola i Göteborg och som användare
av er app.

Med vänliga hälsningar
Björn Åkesson
""", R(["Access"], "bjorn.akesson@post.example", "Björn", "Åkesson"))

add("mix-06", "Karin Holm <karin.holm@post.example>", "reklam",
    """Sluta skicka reklam till mig tack.
/Karin""", R(["Opposition"], "karin.holm@post.example", "Karin", "Holm"))

add("mix-07", "Ioana Popescu <ioana.popescu@posta.example>", "Cerere date personale și ștergere cont",
    """Bună ziua,

Am folosit platforma dumneavoastră o singură dată, pentru a susține o campanie. Vă rog să îmi
trimiteți o copie a tuturor datelor personale pe care le dețineți despre mine, iar după aceea
să îmi ștergeți contul și toate datele.

Cu stimă,
Ioana Popescu
Cluj-Napoca
""", R(["Access", "Erasure"], "ioana.popescu@posta.example", "Ioana", "Popescu"))

add("mix-08", "Γιώργος Παπαδόπουλος <g.papadopoulos@mail.example>", "Ερώτηση για τα προσωπικά μου δεδομένα",
    """Καλησπέρα σας,

Πέρσι παρακολούθησα το διαδικτυακό μάθημα αγγλικών της σχολής σας. Θα ήθελα να μάθω για πόσο
καιρό κρατάτε τα στοιχεία μου και τις βιντεοσκοπήσεις των μαθημάτων, και αν τα διαβιβάζετε σε
τρίτους εκτός Ευρωπαϊκής Ένωσης. Δεν ζητώ διαγραφή, μόνο ενημέρωση.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
Θεσσαλονίκη
""", R(["Information"], "g.papadopoulos@mail.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-09", "Tomáš Dvořák <tomas.dvorak@posta.example>", "Přenositelnost údajů",
    """Dobrý den,

přecházím na jinou crowdfundingovou platformu a chtěl bych využít právo na přenositelnost
údajů. Pošlete mi prosím moje údaje (profil, historii příspěvků, adresy pro doručení odměn) ve
strojově čitelném formátu, například CSV nebo JSON.

Děkuji,
Tomáš Dvořák
Brno
""", R(["Portability"], "tomas.dvorak@posta.example", "Tomáš", "Dvořák"))

add("mix-10", "Mette Sørensen <mette.sorensen@post.example>", "Indsigelse mod profilering",
    """Hej,

Jeg kan se, at I bruger min afhentningshistorik fra pakkeboksene til at vise mig "personlige
tilbud" fra jeres partnere. Det ønsker jeg ikke. Jeg gør hermed indsigelse mod, at I profilerer
mig til markedsføring.

Venlig hilsen
Mette Sørensen
Aarhus
""", R(["Opposition"], "mette.sorensen@post.example", "Mette", "Sørensen"))

add("mix-11", "Špela Novak <spela.novak@posta.example>", "Izbris podatkov",
    """Pozdravljeni,

prosim, da izbrišete moj uporabniški račun in vse osebne podatke, ki jih hranite o meni (tudi
posnetke spletnih ur). Tečaj sem zaključila in vaših storitev ne bom več uporabljala.

Lep pozdrav,
Špela Novak
Ljubljana
""", R(["Erasure"], "spela.novak@posta.example", "Špela", "Novak"))

add("mix-12", "Rūta Kazlauskienė <ruta.kazlauskiene@pastas.example>", "Prašymas susipažinti su duomenimis",
    """Laba diena,

prašau pateikti visus mano asmens duomenis, kuriuos tvarkote: registracijos duomenis, paramos
istoriją ir tapatybės patikrinimo dokumentus. Taip pat prašau nurodyti, iš kur juos gavote.

Pagarbiai
Rūta Kazlauskienė
Vilnius
""", R(["Access"], "ruta.kazlauskiene@pastas.example", "Rūta", "Kazlauskienė"))

add("mix-13", "Oliver Bennett <oliver.bennett@mailbox.example>", "delete account / borrar cuenta",
    """Hi there / Hola,

Sorry, my Spanish isn't great so I'll write both. I did the online Spanish course last year and
don't need the account anymore. Por favor, borren mi cuenta y todos mis datos. Please delete
everything, including the lesson recordings.

Thanks / Gracias,
Oliver Bennett

Sent from my Samsung Galaxy smartphone.
""", R(["Erasure"], "oliver.bennett@mailbox.example", "Oliver", "Bennett"))

add("mix-14", "Lena Hoffmann-Okafor <lena.ho@mailbox.example>", "Adresse / address change",
    """Hallo,

sorry for mixing languages, mein Deutsch ist noch B1 :) My address in your system is the old
one: bitte ändern Sie meine Adresse auf Lindenstraße 8, 10969 Berlin. Also my surname is
Hoffmann-Okafor with a hyphen, not "Hoffmann Okafor" as on my course certificate.

Danke!
Lena Hoffmann-Okafor
""", R(["Rectification"], "lena.ho@mailbox.example", "Lena", "Hoffmann-Okafor"))

add("mix-15", "Amadou Diallo <amadou.diallo@courriel.example>", "Vérification refusée / KYC rejected",
    """Bonjour / Hello,

Ma vérification d'identité a été refusée automatiquement ("automated check failed"). I was
never contacted by a human. Je demande qu'une personne examine mon dossier manuellement: my
passport is valid and I am happy to do a video call.

Amadou Diallo
Creator – campaign "Solar kits for Thiès"
""", R(["AutomatedDecision"], "amadou.diallo@courriel.example", "Amadou", "Diallo"))

add("mix-16", "Sanne de Vries <sanne.devries@mailbox.example>", "Gegevens van mijn dochter / host family stay",
    """Goedemiddag,

My daughter Noor de Vries (16) went on the host-family stay in Malta last summer. Ik wil graag
weten welke gegevens jullie over haar hebben en daar een kopie van ontvangen, including what the
host family wrote about her in the end-of-stay evaluation.

Met vriendelijke groet / kind regards,
Sanne de Vries (moeder)
""", R(["Access"], "sanne.devries@mailbox.example", "Noor", "de Vries", representative="Sanne de Vries"))

add("mix-17", "Giacomo Ferrante <giacomo.ferrante@mailbox.example>", "pledge disputed – please hold my data",
    """Hi, I'm Italian and live in Dublin, scrivo un po' in inglese e un po' in italiano.

I've disputed the charge for my last pledge with my bank. Finché la contestazione non è
risolta, please do not use or share my data for anything else, just keep it on hold. Non
cancellate niente, mi serve tutto per la banca.

Giacomo Ferrante
""", R(["Restriction"], "giacomo.ferrante@mailbox.example", "Giacomo", "Ferrante"))

add("mix-18", "Rui Sousa <rui.sousa@correio.example>", "Falecimento do meu pai – conta de cacifos",
    """Exmos. Senhores,

Venho informar que o meu pai, Manuel Sousa, faleceu no passado mês de agosto. Tinha uma conta
na vossa rede de cacifos e continuam a chegar mensagens em nome dele. Na qualidade de filho e
herdeiro, solicito o encerramento da conta e a eliminação dos dados pessoais dele. Posso
enviar a certidão de óbito.

Com os melhores cumprimentos,
Rui Sousa
Lisboa
""", R(["Erasure"], "rui.sousa@correio.example", "Manuel", "Sousa", representative="Rui Sousa"))

add("mix-19", "r. pr. Agnieszka Kowalczyk <kancelaria@kowalczyk-radcy.example>",
    "Wniosek o dostęp do danych – Pan Marek Nowicki",
    """Szanowni Państwo,

działając w imieniu mojego Mocodawcy, Pana Marka Nowickiego (pełnomocnictwo w załączeniu), na
podstawie art. 15 RODO wnoszę o udostępnienie kopii wszystkich danych osobowych Mocodawcy
przetwarzanych przez Państwa w związku z usługą skrytek paczkowych, w tym zdjęć z doręczeń oraz
historii otwierania skrytek z okresu wrzesień–październik 2026.

Z poważaniem,
radca prawny Agnieszka Kowalczyk
Kancelaria Radcy Prawnego Kowalczyk
ul. Piotrkowska 120, 90-006 Łódź
tel. +48 42 555 12 40
""", R(["Access"], "kancelaria@kowalczyk-radcy.example", "Marek", "Nowicki",
       representative="Agnieszka Kowalczyk"))

add("mix-20", "Nagy Eszter <nagy.eszter@posta.example>", "Reklám levelek",
    """Tisztelt Cím!

Kérem, hogy a továbbiakban ne küldjenek nekem reklám e-maileket és SMS-eket a nyelviskola
tanfolyamairól. A hozzájárulásomat ezennel visszavonom.

Üdvözlettel:
Nagy Eszter
Budapest
""", R(["Opposition"], "nagy.eszter@posta.example", "Eszter", "Nagy"))

add("mix-21", "Aino Virtanen <aino.virtanen@posti.example>", "Henkilötietoni",
    html("Hei,",
         "haluaisin saada kopion kaikista minua koskevista henkilötiedoista, joita säilytätte: "
         "ilmoittautumistiedot, tasokokeen tulokset ja verkkotuntien tallenteet.",
         "Ystävällisin terveisin,<br>Aino Virtanen<br>Tampere"),
    R(["Access"], "aino.virtanen@posti.example", "Aino", "Virtanen"), ct=HTML)

add("mix-22", "Andrei Ionescu <andrei.ionescu@posta.example>", "cod locker nu merge",
    """Salut, my parcel is in the locker at Piața Victoriei but am primit două coduri diferite și
niciunul nu merge. Ce fac? Tracking RO-55120-LK.

Andrei Ionescu""", R(["Unknown"], "andrei.ionescu@posta.example", "Andrei", "Ionescu"))

add("mix-23", "Eleni Georgiou <eleni.georgiou@mail.example>", "Wrong date of birth / Λάθος ημερομηνία",
    """Hello / Γεια σας,

in my creator profile the date of birth is 14/08/1990 but it should be 18/04/1990. Παρακαλώ
διορθώστε την ημερομηνία γέννησης, otherwise my ID check will never match.

Eleni Georgiou
""", R(["Rectification"], "eleni.georgiou@mail.example", "Eleni", "Georgiou"))

add("mix-24", "JANA SVOBODOVÁ <jana.svobodova@posta.example>", "SMAZTE MUJ UCET",
    """SMAŽTE MŮJ ÚČET A VŠECHNY MOJE ÚDAJE, OKAMŽITĚ. NIKDY JSEM SE U VÁS NEREGISTROVALA A
NECHÁPU, JAK JSTE K NIM PŘIŠLI.
JANA SVOBODOVÁ""", R(["Erasure"], "jana.svobodova@posta.example", "Jana", "Svobodová"))

add("mix-25", "Inês Gonçalves <ines.goncalves@correio.example>", "Gravações das aulas",
    """Boa tarde,

Na matrícula do curso de inglês autorizei que as aulas online fossem gravadas. Soube agora que
essas gravações são usadas na formação de novos professores. Não concordo e retiro o meu
consentimento para essa utilização. Podem continuar a gravar para os alunos reverem as aulas,
mas não para outros fins.

Cumprimentos,
Inês Gonçalves
Coimbra
""", R(["Opposition"], "ines.goncalves@correio.example", "Inês", "Gonçalves"),
    ct=LATIN1, encode="latin-1")

add("mix-26", "Søren Kjærgaard <soren.kjaergaard@post.example>", "Indsigt i mine oplysninger",
    """Hej,

Jeg vil gerne have indsigt i de oplysninger, I har registreret om mig: afhentninger i
pakkeboksene, billeder fra leveringer og mine tidligere telefonnumre. Send det gerne som PDF.

Mvh
Søren Kjærgaard
Odense
""", R(["Access"], "soren.kjaergaard@post.example", "Søren", "Kjærgaard"),
    ct=LATIN1, encode="latin-1")

add("mix-27", "Piotr Mazur <piotr.mazur@acme-corp.example>", "Fwd: Usunięcie konta i newsletter",
    "", R(["Erasure", "Opposition"], "magda.lewandowska@poczta.example", "Magdalena", "Lewandowska"),
    note="""Hi privacy team,

this came into the Polish support queue. As far as I understand she wants her account deleted
and no more newsletters. Forwarding as attachment.

Piotr Mazur
Customer Support PL""",
    attached=("Magdalena Lewandowska <magda.lewandowska@poczta.example>", "Usunięcie konta i newsletter",
              """Dzień dobry,

proszę o usunięcie mojego konta w szkole językowej i wszystkich moich danych. Do tego czasu
proszę już nie wysyłać mi newslettera.

Magdalena Lewandowska
"""))

add("mix-28", "Hannah Weber <hannah.weber@acme-corp.example>", "Fwd: Dúvida sobre verificação de identidade",
    """Hi team,

a Brazilian creator wrote to us. I don't speak Portuguese but the translation says it's a
privacy question about the identity check. Could you take it?

Thanks,
Hannah Weber
Creator Success

---------- Forwarded message ---------
From: Larissa Menezes <larissa.menezes@correio.example>
Date: Fri, 13 Nov 2026 at 14:37
Subject: Dúvida sobre verificação de identidade
To: creators@acme-corp.example

Olá! Para receber o repasse da minha campanha vocês pedem selfie e foto do RG. Quem faz essa
verificação? Os dados vão para fora do Brasil, para a Europa? Por quanto tempo ficam guardados?

Obrigada,
Larissa Menezes
""", R(["Information"], "larissa.menezes@correio.example", "Larissa", "Menezes"))

add("mix-29", "Familjen Lindqvist <lindqvist.familj@hem.example>", "Radera mitt konto",
    """Hej, det här är Elin. Vi delar mejladress hemma, så svara gärna till min egen adress.

Jag vill att ni raderar mitt konto hos språkskolan och alla mina uppgifter. Barnens konton ska
vara kvar, de går fortfarande på kurserna.

Tack!
Elin Lindqvist
""", R(["Erasure"], "elin.lindqvist@post.example", "Elin", "Lindqvist"),
    headers=["Reply-To: Elin Lindqvist <elin.lindqvist@post.example>"])

add("mix-30", "Mindaugas Petrauskas <mindaugas.p@pastas.example>", "ads in the app",
    """Labas,

I don't want to delete my account, I still use your lockers every week. But please stop the push
notifications and emails with ads and "partner offers". Only the pick-up codes, nothing else.

Ačiū,
Mindaugas Petrauskas
""", R(["Opposition"], "mindaugas.p@pastas.example", "Mindaugas", "Petrauskas"))

# ---------------------------------------------------------------- tasks
add("mix-31", "Tiago Marques <tiago.marques@acme-corp.example>", "TIA for the Brazilian payout provider",
    """Olá equipa / Hi all,

we're about to sign with PagaBrasil to pay out Brazilian creators. Legal in Lisbon says we need a
transfer impact assessment and the SCCs before go-live (target: 15 January). Podem tratar disto
ou dizer-me o que precisam do nosso lado?

Obrigado,
Tiago Marques
Payments – Lisbon office
""", TASK("tiago.marques@acme-corp.example", "Tiago", "Marques"))

add("mix-32", "Ewa Kamińska <ewa.kaminska@acme-corp.example>", "Polityka prywatności – wersja PL",
    """Cześć,

w polskiej aplikacji skrytek nadal jest stara polityka prywatności (bez nowych kamer i zdjęć z
doręczeń). Czy możecie przygotować zaktualizowaną wersję? Chcemy ją opublikować przed świętami.

Dzięki,
Ewa Kamińska
Product Owner – Lockers PL
""", TASK("ewa.kaminska@acme-corp.example", "Ewa", "Kamińska"))

add("mix-33", "Johan Berg <johan.berg@acme-corp.example>", "Security & privacy questionnaire – Nordic partner school",
    """Hi,

our new partner school in Uppsala sent their vendor questionnaire (GDPR + information security,
57 questions, Swedish and English). Deadline 4 December. Could the privacy team fill in the GDPR
part? I'll do the IT section.

Med vänlig hälsning / Best regards
Johan Berg
Partnerships Nordics
""", TASK("johan.berg@acme-corp.example", "Johan", "Berg"))

add("mix-34", "Nikos Andreou <nikos.andreou@acme-corp.example>", "DPA with host-family agency in Malta",
    """Hi privacy team,

we're switching host-family agency in Malta for the junior summer courses (minors 12-17). The new
agency sent their data processing agreement. Can you review it? It's in the shared drive under
Junior Programs / Malta 2027.

Ευχαριστώ,
Nikos Andreou
Junior Programs – Athens office
""", TASK("nikos.andreou@acme-corp.example", "Nikos", "Andreou"))

add("mix-35", "Clara Méndez <clara.mendez@acme-corp.example>", "Privacy training for couriers ES/PT",
    """Hi! / ¡Hola!

We have 80 new couriers starting in Spain and Portugal in January. Could you prepare a short
privacy training (delivery photos, what not to photograph, handling pick-up codes)? Ideally in
Spanish and Portuguese, 20 minutes max.

Gracias,
Clara Méndez
Courier Operations Iberia
""", TASK("clara.mendez@acme-corp.example", "Clara", "Méndez"))

# ---------------------------------------------------------------- incidents
add("mix-36", "Filipa Rocha <filipa.rocha@correio.example>", "Recebi dados de outra pessoa",
    """Boa noite,

Recebi hoje por SMS e por e-mail um aviso de levantamento num cacifo de Braga com o nome,
a morada e o código de outra pessoa (uma senhora chamada Teresa). Não tenho nenhuma encomenda
vossa. Achei melhor avisar.

Filipa Rocha
""", INC("filipa.rocha@correio.example", "Filipa", "Rocha"))

add("mix-37", "Tomasz Wójcik <tomasz.wojcik@acme-corp.example>", "Zgubiony pendrive z dokumentami KYC",
    """Cześć,

wczoraj wieczorem zgubiłem pendrive (prawdopodobnie w tramwaju w Krakowie). Były na nim skany
dowodów osobistych około 40 twórców kampanii, które przygotowywałem do ręcznej weryfikacji.
Pendrive nie był szyfrowany. Co mam teraz zrobić?

Tomasz Wójcik
KYC Operations – Kraków
""", INC("tomasz.wojcik@acme-corp.example", "Tomasz", "Wójcik"))

add("mix-38", "Petr Novotný <petr.novotny@posta.example>", "Na stránce kampaně jsou vidět e-maily podporovatelů",
    """Dobrý den,

na stránce kampaně "Komunitní zahrada Žižkov" v záložce "Podporovatelé" jsou vidět celé e-mailové
adresy všech přispěvatelů, včetně mojí. To asi není v pořádku. Prosím, opravte to.

Petr Novotný
""", INC("petr.novotny@posta.example", "Petr", "Novotný"))

add("mix-39", "Mihai Constantin <mihai.constantin@acme-corp.example>", "I think I clicked a phishing link",
    """Salut / Hi,

I got a message that looked like a SharePoint share from our Bucharest office ("Lista
cursanți noiembrie.xlsx"). I clicked and typed my password before I noticed the domain was
wrong. My mailbox has the enrolment lists of all Bucharest students. IT has reset the password
but I was told to tell you too.

Mihai Constantin
School Administrator – Bucharest
""", INC("mihai.constantin@acme-corp.example", "Mihai", "Constantin"))

add("mix-40", "Frederik Holm <frederik.holm@acme-corp.example>", "Certifikater sendt til forkerte adresser",
    """Hej,

ved brevfletningen i går blev kolonnerne forskudt, så ca. 120 kursusbeviser (navn, fødselsdato,
niveau) er sendt med posten til de forkerte kursisters adresser. Vi har opdaget det, fordi tre
kursister allerede har ringet. Hvad gør vi nu?

Frederik Holm
Sprogskolen København
""", INC("frederik.holm@acme-corp.example", "Frederik", "Holm"))

# ---------------------------------------------------------------- follow-ups
add("mix-41", "Carla Matos <carla.matos@correio.example>", "Re: [DSR-61502] Pedido recebido",
    """Bom dia, já passou mais de um mês e ainda não recebi qualquer resposta ao meu pedido.
Podem dar-me uma previsão?

Carla Matos

Em 12/10/2026, privacy@acme-corp.example escreveu:
> Recebemos o seu pedido (DSR-61502) e responderemos no prazo de um mês.
""", FU("61502", "carla.matos@correio.example", "Carla", "Matos"))

add("mix-42", "Björn Åkesson <bjorn.akesson@post.example>", "Sv: Begäran om registerutdrag",
    """Hej igen,

har ni fått min begäran? Jag har inte fått någon bekräftelse.

/Björn
""", FU(ref("mix-05"), "bjorn.akesson@post.example", "Björn", "Åkesson"), headers=irt("mix-05"))

add("mix-43", "Anders Lund <anders.lund@post.example>", "SV: [DSR-58841] Bekræftelse af identitet",
    """Tak for svaret. Jeg har nu vedhæftet en kopi af mit pas, så I kan gå videre med sagen.

Mvh
Anders Lund

> Vi har modtaget din anmodning (DSR-58841) og skal bede dig bekræfte din identitet.
""", FU("58841", "anders.lund@post.example", "Anders", "Lund"))

# ---------------------------------------------------------------- ignored
add("mix-44", "GDPR Removal Service <offers@eraseme-now.example>",
    "Remove your data from 500 brokers / Supprimez vos données / Löschen Sie Ihre Daten",
    """EN: Your personal data is sold by 500+ data brokers. We delete it for you. 80% OFF today!
FR: Vos données personnelles sont vendues. Nous les supprimons pour vous. -80% aujourd'hui !
DE: Ihre persönlichen Daten werden verkauft. Wir löschen sie für Sie. Heute 80% Rabatt!

>>> START NOW: http://eraseme-now.example/go <<<
""", IGN("spam", "offers@eraseme-now.example"), headers=SPAM_HDR)

add("mix-45", "Obsługa Klienta <konto@paczki-weryfikacja.example>", "Twoje konto zostanie usunięte",
    """Szanowny Kliencie,

Twoje konto i dane osobowe zostaną trwale usunięte w ciągu 24 godzin z powodu nieopłaconej
przesyłki (1,49 zł). Aby temu zapobiec, zaloguj się i potwierdź dane karty:
http://paczki-weryfikacja.example/login
""", IGN("spam", "konto@paczki-weryfikacja.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="paczki-weryfikacja.example")])

add("mix-46", "Barrister Williams Okoro <w.okoro@legal-chambers.example>", "Confidential inheritance",
    """Dear Friend,

I am Barrister Williams Okoro, personal attorney to a late client who shares your surname and
left USD 7,500,000 with no next of kin. I seek your consent to present you as beneficiary.
All your personal data will be protected and deleted after the transfer, under full GDPR
confidentiality. Reply with your full name, address and phone number.

Regards,
Barrister Williams Okoro
""", IGN("spam", "w.okoro@legal-chambers.example"))

add("mix-47", "Lars Eriksson <lars.eriksson@konsult.example>", "Frånvaromeddelande / Out of office",
    """Jag är tjänstledig till och med 1 december. / I am on leave until 1 December.
Vid brådskande ärenden / for urgent matters: info@konsult.example
""", IGN("auto_reply", "lars.eriksson@konsult.example"), headers=["Auto-Submitted: auto-replied"])

add("mix-48", "Newsletter Proteção de Dados <news@protecaodados.example>",
    "Proteção de Dados em Foco – edição de novembro",
    """Nesta edição:
- CNPD multa empresa de entregas por fotografias de portas
- Guia: como responder a pedidos de acesso em 30 dias
- Webinar gratuito a 3 de dezembro

Para deixar de receber esta newsletter clique aqui: https://protecaodados.example/sair
""", IGN("bulk", "news@protecaodados.example"),
    headers=["List-Id: Protecao de Dados em Foco <foco.protecaodados.example>",
             "List-Unsubscribe: <https://protecaodados.example/sair>",
             "Precedence: bulk"])

add("mix-49", "Mail Delivery Subsystem <mailer-daemon@relay.acme-corp.example>",
    "Delivery Status Notification (Failure)", "",
    IGN("bounce", "mailer-daemon@relay.acme-corp.example"), dsn=True)
