from common import *  # part mix: written blind
# Mixed languages and other European languages. Rueda (ride-hailing, e-scooters), the regional
# newspaper + podcast subscription, LuckyLine (lottery, sports betting): one group,
# privacy@acme-corp.example.

# ---------------------------------------------------------------- requests
add("mix-01-pt-acesso-formal", "João Pedro Sousa Carvalho <jpsousacarvalho@sapo.example>",
    "Pedido de acesso aos dados pessoais - art.º 15.º RGPD",
    """Exmos. Senhores,

Ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar
acesso à totalidade dos dados pessoais que a Rueda conserva a meu respeito, nomeadamente o
histórico de viagens, os dados de localização, os registos de pagamento e as avaliações
atribuídas pelos motoristas.

Agradeço que a resposta me seja enviada para este endereço de correio eletrónico.

Com os melhores cumprimentos,
João Pedro Sousa Carvalho
Lisboa
""",
    R(["Access"], "jpsousacarvalho@sapo.example", "João Pedro", "Sousa Carvalho"))

add("mix-02-br-excluir-conta", "Thaís Oliveira <thais.oliveira22@uol.example>",
    "excluir conta",
    """oi gente, quero excluir minha conta do luckyline e apagar tudo q vcs tem de mim, nao
quero mais jogar. moro em portugal agora mas a conta foi aberta no brasil
obg
Thaís
""",
    R(["Erasure"], "thais.oliveira22@uol.example", "Thaís", "Oliveira"))

add("mix-03-pl-sms-marketing", "Katarzyna Wójcik <k.wojcik@wp.example>",
    "Sprzeciw - SMS-y marketingowe",
    """Dzień dobry,

od miesiąca codziennie dostaję SMS-y z ofertą prenumeraty gazety i podcastu. Nie wyrażam
zgody na dalsze wykorzystywanie mojego numeru telefonu do celów marketingowych. Proszę o
wykreślenie mnie z list, na które wysyłacie Państwo reklamy.

Z poważaniem,
Katarzyna Wójcik
""",
    R(["Opposition"], "k.wojcik@wp.example", "Katarzyna", "Wójcik"))

add("mix-04-pl-en-kierowca-csv", "Paweł Zieliński <pawel.zielinski@onet.example>",
    "driver data export / eksport danych",
    """Hi,

jestem kierowcą Rueda w Warszawie since March 2024. I'm moving to another app, więc
potrzebuję wszystkich moich danych: trips, earnings, ratings, w formacie CSV albo JSON,
something I can upload there. If you can send it directly to them, even better.

Dzięki,
Paweł Zieliński
""",
    R(["Portability"], "pawel.zielinski@onet.example", "Paweł", "Zieliński"))

add("mix-05-sv-tredje-land", "Åsa Lindqvist <asa.lindqvist@telia.example>",
    "Fråga om personuppgifter",
    """Hej!

Jag använder Rueda i Göteborg och har några frågor innan jag fortsätter:

- Vilka tredje parter delar ni mina uppgifter med?
- Överförs uppgifterna till länder utanför EU/EES, och i så fall med vilket skydd?
- Hur länge sparar ni min resehistorik?

Med vänliga hälsningar
Åsa Lindqvist
""",
    R(["Information"], "asa.lindqvist@telia.example", "Åsa", "Lindqvist"))

add("mix-06-da-navn-stavet", "Soren Kjaergaard <soren.kj@mail.dk.example>",
    "Forkert stavning af mit navn",
    """Hej,

I jeres system og på kvitteringerne står der "Soren Kjaergaard". Mit navn er Søren
Kjærgaard, med ø og æ. Vil I rette det i min profil?

Venlig hilsen
Søren Kjærgaard
""",
    R(["Rectification"], "soren.kj@mail.dk.example", "Søren", "Kjærgaard"))

add("mix-07-ro-cont-inchis-automat", "Andreea Dumitrescu <andreea.dumitrescu@yahoo.example>",
    "Cont LuckyLine închis automat",
    """Bună ziua,

Contul meu LuckyLine a fost închis fără niciun avertisment. Singurul mesaj primit: „Contul
dumneavoastră a fost închis în urma unei evaluări automate a riscului". Nimeni nu mi-a
explicat nimic.

Solicit, conform art. 22 din GDPR, ca această decizie să fie reanalizată de o persoană și să
îmi pot prezenta punctul de vedere.

Cu stimă,
Andreea Dumitrescu
""",
    R(["AutomatedDecision"], "andreea.dumitrescu@yahoo.example", "Andreea", "Dumitrescu"))

add("mix-08-cs-zruseni-uctu", "Tomáš Dvořák <tomas.dvorak@seznam.example>",
    "Zrušení účtu",
    """Dobrý den,

prosím o zrušení mého účtu v aplikaci Rueda a o vymazání všech mých osobních údajů.
Koloběžky už nepoužívám, odstěhoval jsem se z Brna.

S pozdravem
Tomáš Dvořák
""",
    R(["Erasure"], "tomas.dvorak@seznam.example", "Tomáš", "Dvořák"))

add("mix-09-tr-en-veri-kopyasi", "Emre Yıldız <emre.yildiz@gmail.example>",
    "Kişisel verilerim / my personal data",
    """Merhaba,

I live in Berlin and I have a LuckyLine account since 2023. LuckyLine hesabımla ilgili
hangi kişisel verilerimi işlediğinizi öğrenmek ve hepsinin bir kopyasını almak istiyorum.
Please answer in English or Turkish, German is also ok.

Teşekkürler,
Emre Yıldız
""",
    R(["Access"], "emre.yildiz@gmail.example", "Emre", "Yıldız"))

add("mix-10-el-diagrafi-diafimiseis", "Eleni Karagianni <eleni.karagianni@otenet.example>",
    "Διαγραφή λογαριασμού",
    """Καλησπέρα σας,

Θα ήθελα να διαγράψετε τον λογαριασμό μου στην εφαρμογή Rueda και όλα τα προσωπικά μου
δεδομένα. Επίσης, σας παρακαλώ να σταματήσετε αμέσως να μου στέλνετε διαφημιστικά
μηνύματα και ειδοποιήσεις.

Ευχαριστώ,
Eleni Karagianni
""",
    R(["Erasure", "Opposition"], "eleni.karagianni@otenet.example", "Eleni", "Karagianni"))

add("mix-11-en-es-deuda-congelar", "Hannah O'Connell <hannah.oconnell@btinternet.example>",
    "Disputed subscription debt - please freeze",
    """Hola,

I'm British and I live in Málaga. A debt collection agency working for your newspaper says
I owe three months of the digital subscription + podcast, which I cancelled in July (I have
the email confirming it).

I've disputed it with your subscriptions department. Until it's sorted out, please do not
use my data para el cobro: no la paséis a la agencia ni a ningún fichero de morosos. Just
put it on hold. Please don't delete anything either, I need the records.

Gracias,
Hannah O'Connell
""",
    R(["Restriction"], "hannah.oconnell@btinternet.example", "Hannah", "O'Connell"))

add("mix-12-ca-voluntats-digitals", "Montserrat Puigdomènech Roca <mpuigdomenech@xtec.example>",
    "Voluntats digitals",
    """Bon dia,

Sóc subscriptora del diari i del pòdcast des de fa anys. D'acord amb la llei catalana de
voluntats digitals, voldria deixar constància de què s'ha de fer amb les meves dades i el
meu compte quan em mori: que la meva filla Laia en pugui demanar la informació i que després
ho esborreu tot.

Quin procediment he de seguir? N'hi ha prou amb aquest correu?

Moltes gràcies,
Montserrat Puigdomènech Roca
""",
    R(["AdvanceDirectives"], "mpuigdomenech@xtec.example", "Montserrat", "Puigdomènech Roca"))

add("mix-13-hu-masolat", "Kovács Zsófia <zsofia.kovacs@freemail.example>",
    "Adatkérés - GDPR 15. cikk",
    """Tisztelt Adatvédelmi Tisztviselő!

Kérem, küldjék meg részemre a LuckyLine-fiókommal kapcsolatban kezelt összes személyes
adatom másolatát, beleértve a befizetéseket, a fogadásokat és az ügyfélszolgálati
beszélgetéseket.

Üdvözlettel:
Kovács Zsófia
Budapest
""",
    R(["Access"], "zsofia.kovacs@freemail.example", "Zsófia", "Kovács"))

add("mix-14-fi-edunvalvoja-markkinointi", "Riitta Laine <riitta.laine@elisa.example>",
    "Suoramarkkinoinnin kielto - Pekka Mäkinen",
    """Hei,

olen Pekka Mäkisen edunvalvoja (holhousviranomaisen päätös liitteenä). Pekka saa teiltä
lähes päivittäin LuckyLinen markkinointiviestejä ja bonustarjouksia sähköpostiin ja
tekstiviestinä.

Kiellän kaiken suoramarkkinoinnin hänelle välittömästi.

Ystävällisin terveisin
Riitta Laine
edunvalvoja
""",
    R(["Opposition"], "riitta.laine@elisa.example", "Pekka", "Mäkinen",
      representative="Riitta Laine"))

add("mix-15-hr-brisanje-racuna", "Ivana Horvat <ivana.horvat@t-com.example>",
    "Brisanje korisničkog računa",
    """Poštovani,

molim vas da izbrišete moj korisnički račun na portalu novina i sve moje osobne podatke.
Pretplatu sam otkazala prošli mjesec.

Lijep pozdrav,
Ivana Horvat
""",
    R(["Erasure"], "ivana.horvat@t-com.example", "Ivana", "Horvat"))

add("mix-16-sl-zakaj-kontakti", "Nina Kranjc <nina.kranjc@siol.example>",
    "Vprašanje o dovoljenjih aplikacije",
    """Pozdravljeni,

zanima me, zakaj aplikacija Rueda zahteva dostop do mojih stikov in fotografij, in komu
posredujete podatke o moji lokaciji. Ali jih prodajate oglaševalcem?

Lep pozdrav,
Nina Kranjc
""",
    R(["Information"], "nina.kranjc@siol.example", "Nina", "Kranjc"))

add("mix-17-pt-mae-filho-menor", "Sandra Mendes <sandra.mendes@netcabo.example>",
    "Conta do meu filho menor na LuckyLine",
    """Boa tarde,

Descobri que o meu filho, Rafael Mendes Costa, de 17 anos, criou uma conta na LuckyLine com
o email rafa.mcosta@gmail.example e tem feito apostas desportivas.

Enquanto mãe e representante legal, peço que a conta seja encerrada e que todos os dados
dele sejam apagados. Posso enviar a certidão de nascimento.

Sandra Mendes
""",
    R(["Erasure"], "sandra.mendes@netcabo.example", "Rafael", "Mendes Costa",
      representative="Sandra Mendes"))

add("mix-18-pl-spadkobierca-ojciec", "Marek Nowak <marek.nowak@interia.example>",
    "Konto zmarłego ojca",
    """Szanowni Państwo,

mój ojciec, Zbigniew Nowak, zmarł w październiku. Na jego telefon nadal przychodzą
powiadomienia i promocje z aplikacji Rueda.

Jako syn i spadkobierca proszę o zamknięcie jego konta i usunięcie jego danych. Mogę
przesłać akt zgonu.

Z poważaniem
Marek Nowak
""",
    R(["Erasure"], "marek.nowak@interia.example", "Zbigniew", "Nowak",
      representative="Marek Nowak"))

add("mix-19-da-advokat-en", "Anders Bech Nielsen <abn@bech-partnere.example>",
    "Data subject request on behalf of Ms Freja Holm",
    """Dear Sir or Madam,

We act for Ms Freja Holm (LuckyLine account registered to freja.holm@mail.dk.example). A
signed power of attorney is enclosed.

Pursuant to Articles 15 and 20 GDPR, our client requests:

(i) a copy of all personal data concerning her that you process, together with the
    information set out in Article 15(1);
(ii) the personal data she has provided to you, including her betting and transaction
     history, in a structured, commonly used and machine-readable format.

Please direct your reply to the undersigned.

Yours faithfully,

Anders Bech Nielsen
Advokat (H), Partner
Bech & Partnere Advokatfirma
Amaliegade 10, 1256 København K | +45 33 00 00 00

This e-mail may contain confidential information protected by attorney-client privilege.
If you are not the intended recipient, please notify us and delete it.
""",
    R(["Access", "Portability"], "abn@bech-partnere.example", "Freja", "Holm",
      representative="Anders Bech Nielsen"))

add("mix-20-ro-majuscule", "MIHAI STAN <mihai.stan1975@yahoo.example>",
    "STERGETI CONTUL",
    """VREAU SĂ-MI ȘTERGEȚI CONTUL DE PE LUCKYLINE ȘI TOATE DATELE MELE. AM MAI SCRIS O DATĂ
ȘI NU A RĂSPUNS NIMENI!!!

MIHAI STAN
""",
    R(["Erasure"], "mihai.stan1975@yahoo.example", "Mihai", "Stan"))

add("mix-21-tr-html-ticari-ileti", "Zeynep Aydın <zeynep.aydin@hotmail.example>",
    "Ticari e-posta istemiyorum",
    html("Merhaba,",
         "Gazetenizden ve podcast uygulamanızdan her gün kampanya e-postası alıyorum. "
         "Ticari elektronik ileti onayımı geri alıyorum; bana artık reklam ve tanıtım "
         "e-postası göndermeyin.",
         "Saygılarımla,<br>Zeynep Aydın"),
    R(["Opposition"], "zeynep.aydin@hotmail.example", "Zeynep", "Aydın"), ct=HTML)

add("mix-22-pt-latin1-morada", "Conceição Ferreira <conceicao.ferreira@clix.example>",
    "Alteração de morada",
    """Boa tarde,

Mudei de casa e o jornal continua a ser entregue na morada antiga. A minha morada correta é
agora Rua da Boavista 212, 2.º Esq., 4050-102 Porto. Agradeço que atualizem os meus dados
de assinante.

Cumprimentos,
Conceição Ferreira
""",
    R(["Rectification"], "conceicao.ferreira@clix.example", "Conceição", "Ferreira"),
    ct=LATIN1, encode="latin-1")

add("mix-23-sv-cp1252-lyssningshistorik", "Björn Engström <bjorn.engstrom@bredband.example>",
    "Flytta min podcasthistorik",
    """Hej,

Jag har betalat 79 € om året för er podcastprenumeration i tre år… men nu byter jag tjänst.
Kan ni skicka min lyssningshistorik, mina “sparade avsnitt” och prenumerationslistan i ett
maskinläsbart format (JSON, CSV eller OPML) så att jag kan importera dem?

Tack på förhand,
Björn Engström
""",
    R(["Portability"], "bjorn.engstrom@bredband.example", "Björn", "Engström"),
    ct=CP1252, encode="cp1252")

add("mix-24-cs-en-kolegyne-preposlala", "Jana Veselá <jana.vesela@acme-corp.example>",
    "FW: Žádost o informace o mých údajích",
    """Ahoj privacy team,

forwarding this from our Prague support inbox, I think it's a data access request. Can you
take it over? Díky!

Jana Veselá
Customer Support CZ

-------- Přeposlaná zpráva --------
Od: Lucie Procházková <lucie.prochazkova@seznam.example>
Datum: 13. 11. 2026 9:12
Předmět: Žádost o informace o mých údajích
Komu: podpora@acme-corp.example

Dobrý den,
chtěla bych vědět, jaké osobní údaje o mně ve vaší aplikaci Rueda zpracováváte, a prosím o
zaslání jejich kopie.
Děkuji,
Lucie Procházková
""",
    R(["Access"], "lucie.prochazkova@seznam.example", "Lucie", "Procházková"))

add("mix-25-el-en-attached-phone", "Kostas Dimitriou <kostas.dimitriou@acme-corp.example>",
    "Fwd: customer wants phone number corrected", "",
    R(["Rectification"], "nikos.antoniou@otenet.example", "Nikos", "Antoniou"),
    attached=("Nikos Antoniou <nikos.antoniou@otenet.example>",
              "Λάθος αριθμός τηλεφώνου",
              """Γεια σας,

Ο αριθμός κινητού στο προφίλ μου στη Rueda είναι λάθος και δεν λαμβάνω τους κωδικούς
επιβεβαίωσης. Ο σωστός αριθμός είναι +30 690 000 0000. Παρακαλώ διορθώστε τον.

Ευχαριστώ,
Nikos Antoniou
"""),
    note="""Hi team,

Attached is an email from a Greek customer (Athens support queue). He asks us to correct the
mobile number in his profile. Forwarding to you as it's a rectification request.

Kostas Dimitriou
Support Agent - Athens
""")

add("mix-26-pt-familia-replyto", "Família Santos <familia.santos@sapo.example>",
    "Newsletters",
    """Olá,

Não quero receber mais newsletters nem promoções da Rueda. Por favor retirem-me das vossas
listas de marketing. Este é o email da família, respondam para o meu email pessoal por favor.

Inês Santos
""",
    R(["Opposition"], "ines.santos@gmail.example", "Inês", "Santos"),
    headers=["Reply-To: Inês Santos <ines.santos@gmail.example>"])

add("mix-27-pl-en-przejazd-zwrot", "Agnieszka Lewandowska <a.lewandowska@o2.example>",
    "scooter ride not ended / zwrot pieniędzy",
    """Hi,

my scooter ride yesterday nie zakończył się, the app was frozen, and you charged me 64 zł
for 3 hours. Proszę o zwrot. I couldn't find any other email address, sorry.

Agnieszka Lewandowska
""",
    R(["Unknown"], "a.lewandowska@o2.example", "Agnieszka", "Lewandowska"))

add("mix-28-en-pt-long-story", "Daniel Costa Pereira <daniel.cpereira@gmail.example>",
    "Complaint about a driver and my blocked account",
    """Hello,

I'm writing in English because your Portuguese chat keeps sending me to a FAQ page.

Last Friday I took a Rueda from Cais do Sodré to the airport in Lisbon. The driver was on the
phone the whole time, missed the exit twice and then told me "não é problema meu" when I
said I'd miss my flight. I did miss it. I left a one-star review with a polite comment.

The next morning my account was blocked "por violação dos termos de utilização". I suspect
the driver reported me in return. Nobody has explained anything, I've paid 212 euros for a
new flight, and your support hasn't replied to three messages.

So here is what I want. Send me everything you hold about me, including whatever that driver
wrote in his report and any internal notes, because I want to see what I'm accused of. Once
I've got that, close the account and apagem os meus dados — I'm done with Rueda.

I will also file a complaint with the Livro de Reclamações.

Daniel Costa Pereira
""",
    R(["Access", "Erasure"], "daniel.cpereira@gmail.example", "Daniel", "Costa Pereira"))

add("mix-29-sk-one-liner", "jkral77@azet.example", "ucet",
    """Prosím zrušte môj účet a vymažte moje údaje.
""",
    R(["Erasure"], "jkral77@azet.example"))

add("mix-30-lt-loterija-saugojimas", "Rūta Jankauskienė <ruta.jankauskiene@takas.example>",
    "Klausimas dėl duomenų saugojimo",
    """Laba diena,

kiek laiko saugote mano loterijos bilietų pirkimo istoriją ir ar perduodate mano duomenis
mokesčių inspekcijai ar kitoms institucijoms?

Pagarbiai,
Rūta Jankauskienė
""",
    R(["Information"], "ruta.jankauskiene@takas.example", "Rūta", "Jankauskienė"))

# ---------------------------------------------------------------- tasks
add("mix-31-pl-en-umowa-powierzenia", "Marta Kamińska <marta.kaminska@acme-corp.example>",
    "DPA review - umowa powierzenia z TeleCall",
    """Hi privacy team,

our Kraków call center provider, TeleCall Sp. z o.o., sent us their umowa powierzenia
przetwarzania danych osobowych (DPA) for the LuckyLine customer hotline. Could you review it?
They want it signed do piątku. Attached in Polish and English.

Dzięki,
Marta Kamińska
Operations Manager Poland
""",
    TASK("marta.kaminska@acme-corp.example", "Marta", "Kamińska"))

add("mix-32-pt-aipd-capacetes", "Rui Almeida <rui.almeida@acme-corp.example>",
    "AIPD - câmaras nos capacetes das trotinetes",
    """Olá equipa,

Em Lisboa estamos a testar capacetes com câmara para as trotinetes partilhadas, para apurar
responsabilidades em caso de acidente. As imagens apanham peões e matrículas.

O jurídico diz que precisamos de uma avaliação de impacto sobre a proteção de dados antes de
avançar para o piloto em janeiro. Podem ajudar-nos?

Obrigado,
Rui Almeida
Head of Operations Portugal
""",
    TASK("rui.almeida@acme-corp.example", "Rui", "Almeida"))

add("mix-33-ro-en-retention-kyc", "Cristina Ionescu <cristina.ionescu@acme-corp.example>",
    "Retention period for KYC documents?",
    """Salut,

the Bucharest dev team is building the automatic deletion job for LuckyLine KYC documents
(ID scans, selfies, proof of address). Care este perioada de păstrare corectă după
închiderea contului? 5 years? 10? Please confirm, and could you also update the register of
processing with the new storage location (Azure West Europe)?

Mulțumesc,
Cristina Ionescu
Engineering Manager
""",
    TASK("cristina.ionescu@acme-corp.example", "Cristina", "Ionescu"))

add("mix-34-sv-leverantorsformular", "Johan Berg <johan.berg@acme-corp.example>",
    "Leverantörsformulär om dataskydd",
    """Hej!

Stockholms stad vill att vi fyller i deras leverantörsformulär om informationssäkerhet och
dataskydd innan de godkänner Rueda-elsparkcyklarna i innerstaden. Det är ungefär 40 frågor,
deadline den 4 december. Kan ni ta dataskyddsdelen?

Tack,
Johan Berg
Public Affairs Manager Nordics
""",
    TASK("johan.berg@acme-corp.example", "Johan", "Berg"))

add("mix-35-el-en-training-athens", "Dimitra Konstantinou <dimitra.konstantinou@acme-corp.example>",
    "GDPR training for the Athens office",
    """Γεια σας!

Could you run a GDPR awareness session for the Athens office? We have 20 new people in
customer support and sales since September. Ideally in English, online is fine. Early
December would be great.

Ευχαριστώ πολύ,
Dimitra Konstantinou
Office Manager Athens
""",
    TASK("dimitra.konstantinou@acme-corp.example", "Dimitra", "Konstantinou"))

# ---------------------------------------------------------------- incidents
add("mix-36-cs-en-ztraceny-notebook", "Petr Svoboda <petr.svoboda@acme-corp.example>",
    "Ztracený notebook / lost laptop",
    """Ahoj,

sorry for the mixed language, je to urgent. Včera večer jsem zapomněl pracovní notebook v
tramvaji č. 22 v Praze. It had an export of the Czech e-scooter users (names, phones,
payment status) for the debt collection project. Disk je šifrovaný BitLockerem, I think.

Already reported to the police and IT. What else do I need to do?

Petr Svoboda
Finance Analyst
""",
    INC("petr.svoboda@acme-corp.example", "Petr", "Svoboda"))

add("mix-37-pt-premio-outra-pessoa", "Miguel Rocha <miguel.rocha@gmail.example>",
    "Recebi um email com o prémio de outra pessoa",
    """Boa tarde,

Hoje recebi um email da LuckyLine com os dados de um prémio que não é meu: nome de outra
pessoa (Helena Marques), o valor (3.420 €), o NIF e o IBAN onde vai ser pago. O meu email é
parecido com o dela, talvez tenha sido por isso.

Achei melhor avisar. Vou apagar a mensagem.

Miguel Rocha
""",
    INC("miguel.rocha@gmail.example", "Miguel", "Rocha"))

add("mix-38-tr-en-baska-kullanici", "Burak Şahin <burak.sahin@yandex.example>",
    "I can see another user's rides",
    """Hello,

after the last app update, in "Yolculuklarım / My trips" I see trips that are not mine:
another person's name, pick-up addresses in Izmir and his phone number. I never used Rueda in
Izmir. Bu ciddi bir güvenlik sorunu, please fix it, maybe he sees my trips too.

Burak Şahin
""",
    INC("burak.sahin@yandex.example", "Burak", "Şahin"))

add("mix-39-da-en-forkert-modtager", "Mette Jensen <mette.jensen@acme-corp.example>",
    "Mail sent to the wrong recipient",
    """Hej,

I just sent the spreadsheet with the Danish podcast subscribers (about 1,100 rows: name,
email, address, payment card type) to an external freelancer instead of our internal
analytics colleague with the same first name. Jeg har bedt ham om at slette den, but no
answer yet.

Mette Jensen
Marketing Analyst Nordics
""",
    INC("mette.jensen@acme-corp.example", "Mette", "Jensen"))

add("mix-40-pl-dokumenty-smietnik", "Tadeusz Mazur <tadeusz.mazur@wp.example>",
    "Dokumenty z danymi osobowymi w śmietniku",
    """Dzień dobry,

wczoraj wieczorem przy kiosku z Państwa logo LuckyLine na ul. Piotrkowskiej w Łodzi znalazłem
w otwartym koszu na śmieci plik formularzy rejestracyjnych graczy: imiona, nazwiska,
numery PESEL, adresy i podpisy. Zabrałem je do domu, żeby nikt ich nie rozniósł.

Co mam z nimi zrobić?

Tadeusz Mazur
""",
    INC("tadeusz.mazur@wp.example", "Tadeusz", "Mazur"))

# ---------------------------------------------------------------- follow-ups
add("mix-41-pt-dsr-resposta", "Ana Beatriz Lima <anabeatriz.lima@gmail.example>",
    "Re: [DSR-60318] Confirmação de receção do seu pedido",
    """Bom dia,

Já passaram cinco semanas e ainda não recebi os meus dados. Podem dar-me uma previsão?

Ana Beatriz Lima

Em 8 de out. de 2026, às 11:02, privacy@acme-corp.example escreveu:
> Caro(a) titular,
> Confirmamos a receção do seu pedido, registado com a referência DSR-60318.
> Responderemos no prazo de um mês.
> Equipa de Proteção de Dados
""",
    FU("60318", "anabeatriz.lima@gmail.example", "Ana Beatriz", "Lima"))

add("mix-42-cs-en-tomas-update", "Tomáš Dvořák <tomas.dvorak@seznam.example>",
    "Re: Zrušení účtu",
    """Dobrý den, any update? Účet je pořád aktivní a stále mi chodí notifikace.

Tomáš Dvořák
""",
    FU(ref("mix-08-cs-zruseni-uctu"), "tomas.dvorak@seznam.example", "Tomáš", "Dvořák"),
    headers=irt("mix-08-cs-zruseni-uctu"))

add("mix-43-en-pt-daniel-waiting", "Daniel Costa Pereira <daniel.cpereira@gmail.example>",
    "Re: Complaint about a driver and my blocked account",
    """Still nothing. Ainda estou à espera dos dados e do relatório do motorista. It's been two
weeks.

Daniel
""",
    FU(ref("mix-28-en-pt-long-story"), "daniel.cpereira@gmail.example", "Daniel", "Costa Pereira"),
    headers=irt("mix-28-en-pt-long-story"))

# ---------------------------------------------------------------- ignored
add("mix-44-pt-en-spam-dark-web", "DataShield Pro <alerts@datashield-pro.example>",
    "⚠ Os seus dados pessoais foram encontrados na dark web / Your data was found",
    """Olá,

Detetámos o seu email e palavra-passe em 3 fugas de dados na dark web.
Your personal data is at risk! Com o DataShield Pro removemos os seus dados pessoais de
mais de 500 sites e protegemos a sua identidade 24/7.

Oferta limitada: 70% de desconto hoje. Clique aqui: http://datashield-pro.example/oferta
""",
    IGN("spam", "alerts@datashield-pro.example"), headers=SPAM_HDR)

add("mix-45-pl-phishing-bank", "Bank Polski Online <powiadomienia@bankpolski-online.example>",
    "Twoje konto zostanie zablokowane - potwierdź dane",
    """Szanowny Kliencie,

w związku z nowymi przepisami o ochronie danych osobowych (RODO) musimy zaktualizować Twoje
dane. Jeśli nie potwierdzisz ich w ciągu 24 godzin, Twoje konto zostanie zablokowane.

Zaloguj się: http://bankpolski-online.example/rodo

Dział Bezpieczeństwa
""",
    IGN("spam", "powiadomienia@bankpolski-online.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="bankpolski-online.example")])

add("mix-46-en-compensation-scam", "EU Data Claims Office <claims@eu-dataclaims.example>",
    "You are entitled to EUR 2,500 GDPR compensation",
    """Dear Sir/Madam,

Our records show that your personal data was exposed in a data breach in 2025. Under the
GDPR you are entitled to compensation of up to EUR 2,500. To claim your payment and have
your data deleted from the affected databases, reply with your full name, date of birth and
bank details.

Processing fee: EUR 49 (refundable).

EU Data Claims Office
""",
    IGN("spam", "claims@eu-dataclaims.example"))

add("mix-47-sv-en-franvaro", "Lars Öberg <lars.oberg@konsult-nord.example>",
    "Frånvaro / Out of office: Personuppgiftsbiträdesavtal",
    """Hej! Jag är på semester till och med 28 november och har begränsad tillgång till e-post.
Vid brådskande ärenden, kontakta kontoret på 08-000 00 00.

Hi! I'm on holiday until 28 November with limited access to email.

Lars Öberg
""",
    IGN("auto_reply", "lars.oberg@konsult-nord.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-48-cs-en-newsletter", "Mobility Insider CZ <newsletter@mobility-insider.example>",
    "Mobility Insider #45: sdílené koloběžky v Praze / shared scooters in Prague",
    """MOBILITY INSIDER - týdenní přehled / weekly digest

- Praha zpřísňuje pravidla pro sdílené koloběžky / Prague tightens scooter rules
- Nové údaje o bezpečnosti mikromobility v EU
- Konference Smart Mobility Brno, 3. 12.

Tento e-mail dostáváte, protože jste přihlášeni k odběru.
Odhlásit / Unsubscribe: https://mobility-insider.example/unsubscribe
""",
    IGN("bulk", "newsletter@mobility-insider.example"),
    headers=["List-Id: Mobility Insider <weekly.mobility-insider.example>",
             "List-Unsubscribe: <https://mobility-insider.example/unsubscribe>",
             "Precedence: bulk"])

add("mix-49-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undeliverable: Odpowiedź na Pani zapytanie", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
