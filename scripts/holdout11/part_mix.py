from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests

add("mix-01-ptbr-quais-dados", "João Pedro Carvalho Souza <jpcarvalho.souza@correio.example>",
    "Quais dados vocês têm sobre mim?",
    """Olá, tudo bem?

Sou jogador da ArenaX desde 2021 (nick JP_Carvalho). Com a LGPD aqui no Brasil e o GDPR aí na
Europa, queria saber exatamente quais informações vocês guardam sobre mim: cadastro, compras,
IPs, chats, gravações das lives. Podem me mandar tudo isso?

Valeu!
João Pedro Carvalho Souza
Belo Horizonte - MG
""", R(["Access"], "jpcarvalho.souza@correio.example", "João Pedro", "Carvalho Souza"))

add("mix-02-ptpt-latin1-apagar-cv", "Inês Figueiredo Marques <ines.figmarques@correio.example>",
    "Eliminação do meu currículo",
    """Bom dia,

Registei-me na vossa plataforma de emprego há dois anos, quando procurava trabalho em Lisboa.
Entretanto já estou empregada e não quero que o meu currículo continue a circular. Solicito
que apaguem a minha conta e todos os meus dados pessoais, incluindo os testes de avaliação que
fiz.

Com os melhores cumprimentos,
Inês Figueiredo Marques
""", R(["Erasure"], "ines.figmarques@correio.example", "Inês", "Figueiredo Marques"),
    ct=LATIN1, encode="latin-1")

add("mix-03-pl-sms", "Paweł Wiśniewski <pawel.wisniewski@poczta.example>",
    "Rezygnacja z SMS-ów marketingowych",
    """Dzień dobry,

od kilku tygodni dostaję od ArenaX SMS-y z promocjami (skrzynki, przepustki sezonowe), czasem
o drugiej w nocy. Nie zgadzam się na dalsze wysyłanie mi jakichkolwiek wiadomości
marketingowych – ani SMS, ani e-mail. Konta nie usuwajcie, chcę dalej grać.

Pozdrawiam
Paweł Wiśniewski
""", R(["Opposition"], "pawel.wisniewski@poczta.example", "Paweł", "Wiśniewski"))

add("mix-04-sv-latin1-efter-doden", "Birgitta Lindqvist <birgitta.lindqvist@post.example>",
    "Vad händer med mina uppgifter när jag dör?",
    """Hej!

Jag har ett förbetalt begravningsavtal hos Eterna sedan förra året. Nu skriver jag mitt
testamente och vill också bestämma vad som ska hända med mina personuppgifter efter min död.
Jag vill inte att det publiceras någon minnessida på nätet med min bild, och allt ni har om mig
ska raderas ett år efter begravningen. Min son Henrik får ta del av avtalet, ingen annan. Hur
registrerar jag de här önskemålen hos er?

Vänliga hälsningar
Birgitta Lindqvist
Uppsala
""", R(["AdvanceDirectives"], "birgitta.lindqvist@post.example", "Birgitta", "Lindqvist"),
    ct=LATIN1, encode="latin-1")

add("mix-05-da-cp1252-indsigt-ret", "Søren Kjærgaard <soren.kjaergaard@post.example>",
    "Indsigt i mine oplysninger – og en rettelse",
    """Hej,

Jeg har været vikar gennem Talento i Aarhus siden 2024. Jeg vil gerne have indsigt i alle de
oplysninger, I har registreret om mig – herunder kundernes vurderinger og noterne om mine
“udeblivelser”. Desuden står min adresse forkert: det er Nørregade 14, 2. tv., 8000 Aarhus C
– ikke nr. 41. Ret det venligst.

Med venlig hilsen
Søren Kjærgaard

Sendt fra min Android
""", R(["Access", "Rectification"], "soren.kjaergaard@post.example", "Søren", "Kjærgaard"),
    ct=CP1252, encode="cp1252")

add("mix-06-ro-portabilitate", "Andrei Popescu <andrei.popescu@posta.example>",
    "Cerere de portabilitate a datelor",
    """Bună ziua,

Vă rog să îmi transmiteți toate datele contului meu ArenaX (AndreiP_RO) – istoricul meciurilor,
statisticile din turnee, inventarul și achizițiile – într-un format structurat, care poate fi
citit automat (JSON sau CSV), conform articolului 20 din GDPR. Vreau să le import pe altă
platformă.

Mulțumesc,
Andrei Popescu
Cluj-Napoca
""", R(["Portability"], "andrei.popescu@posta.example", "Andrei", "Popescu"))

add("mix-07-cs-zamitnuti-algoritmem", "Tereza Nováková <tereza.novakova@posta.example>",
    "Automatické zamítnutí mé žádosti o práci",
    """Dobrý den,

na pozici účetní v Brně jsem se přihlásila přes Talento a za pár minut mi přišlo zamítnutí –
evidentně ho vygeneroval systém, ne člověk. Nesouhlasím s tím, aby o mé žádosti rozhodoval jen
algoritmus. Žádám, aby můj životopis posoudil skutečný personalista a abych se mohla k
rozhodnutí vyjádřit.

S pozdravem
Tereza Nováková
""", R(["AutomatedDecision"], "tereza.novakova@posta.example", "Tereza", "Nováková"))

add("mix-08-tr-hesap-silme", "Emre Yıldız <emre.yildiz@posta.example>",
    "Hesabımın ve verilerimin silinmesi",
    """Merhaba,

ArenaX hesabımı (EmreYldz) tamamen kapatmak ve tüm kişisel verilerimin silinmesini istiyorum.
Almanya'da yaşıyorum, o yüzden GDPR geçerli sanırım. Satın alma geçmişim, sohbet kayıtlarım ve
yayın videolarım dahil hiçbir şey kalmasın.

Teşekkürler,
Emre Yıldız
""", R(["Erasure"], "emre.yildiz@posta.example", "Emre", "Yıldız"))

add("mix-09-el-poioi-lamvanoun", "Γιώργος Παπαδόπουλος <g.papadopoulos@mail-gr.example>",
    "Ερώτηση για τα δεδομένα του προγράμματος κηδείας",
    """Καλησπέρα σας,

έχω προπληρωμένο πρόγραμμα κηδείας με την Eterna. Θα ήθελα να μάθω σε ποιους διαβιβάζετε τα
στοιχεία μου (ασφαλιστική εταιρεία, τράπεζα, συνεργαζόμενα γραφεία τελετών;), για πόσο καιρό
τα κρατάτε και αν μεταφέρονται εκτός Ευρωπαϊκής Ένωσης. Δεν χρειάζομαι αντίγραφο, μόνο
πληροφορίες.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Θεσσαλονίκη
""", R(["Information"], "g.papadopoulos@mail-gr.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-10-hu-helyesbites", "Kovács Eszter <kovacs.eszter@posta.example>", "Adataim helyesbítése",
    """Tisztelt Talento!

A jelentkezői profilomban a nevem hibásan szerepel („Kovacs Ester”), helyesen: Kovács Eszter.
A születési dátumom is téves, a helyes: 1993. április 7. Kérem, javítsák ki ezeket az
adatokat, mert így a munkáltatók nem találnak meg.

Üdvözlettel:
Kovács Eszter
Budapest
""", R(["Rectification"], "kovacs.eszter@posta.example", "Eszter", "Kovács"))

add("mix-11-sk-obmedzenie", "Martin Horváth <martin.horvath@posta.example>",
    "Obmedzenie spracúvania – sporná platba",
    """Dobrý deň,

môj účet v ArenaX bol označený ako podvodný kvôli vráteniu platby, ktoré som nežiadal.
Popieram správnosť týchto údajov. Kým to nepreveríte, žiadam o obmedzenie spracúvania –
nepoužívajte ich na blokovanie účtu ani ich neposielajte ďalej, ale ani ich nemažte,
potrebujem ich pre banku.

S pozdravom
Martin Horváth
Košice
""", R(["Restriction"], "martin.horvath@posta.example", "Martin", "Horváth"))

add("mix-12-lt-pateikti-istrinti", "Rūta Kazlauskienė <ruta.kazlauskiene@pastas.example>",
    "Prašymas dėl mano asmens duomenų",
    """Laba diena,

prieš trejus metus per Talento dirbau sezoninį darbą Danijoje. Prašau pateikti visus mano
asmens duomenis, kuriuos saugote, o po to juos ištrinti – nebenoriu būti jūsų duomenų bazėje.

Pagarbiai
Rūta Kazlauskienė
Kaunas
""", R(["Access", "Erasure"], "ruta.kazlauskiene@pastas.example", "Rūta", "Kazlauskienė"))

add("mix-13-spanglish-delete", "Jessica Morales <jessy.morales@mail.example>",
    "delete my account porfa",
    """Hi, so basically quiero que borren my ArenaX account y todo lo que tengan de mí, like
everything: my streams, chats, payment info. I'm done with gaming jaja. Mi username es
JessyM_TX.
Thanks!!
Jessica Morales
San Antonio, TX
""", R(["Erasure"], "jessy.morales@mail.example", "Jessica", "Morales"))

add("mix-14-it-en-assessment-optout", "Marco Bellini <marco.bellini@posta.example>",
    "Assessment report + opt-out",
    """Ciao team,

quick one: ho fatto l'assessment center per il ruolo di Sales Manager la settimana scorsa, mi
mandate il report completo con gli score e il feedback dei recruiter? Thanks.

Secondo punto: please togliete la mia mail da tutte le newsletter e i job alert, full opt-out,
ricevo troppe comunicazioni.

Best,
Marco Bellini
Senior Account Executive
""", R(["Access", "Opposition"], "marco.bellini@posta.example", "Marco", "Bellini"))

add("mix-15-ca-fill-pagina-condol", "Oriol Vidal Puig <oriol.vidalpuig@correu.example>",
    "Esborrar la pàgina de condol de la meva mare",
    """Bon dia,

La meva mare, Montserrat Puig Soler, va morir el mes de maig i el funeral el va fer Eterna a
Girona. La pàgina de condol encara és pública i hi surten comentaris de gent que no coneixem,
fins i tot publicitat. Com a fill i hereu, us demano que elimineu la pàgina i totes les dades
de la meva mare que hi apareixen.

Moltes gràcies,
Oriol Vidal Puig
""", R(["Erasure"], "oriol.vidalpuig@correu.example", "Montserrat", "Puig Soler",
       representative="Oriol Vidal Puig"))

add("mix-16-pt-mae-filho-menor", "Fernanda Almeida Costa <fernanda.almeida@correio.example>",
    "Conta do meu filho menor na ArenaX",
    """Boa tarde,

Sou mãe do Gabriel Almeida Costa, de 11 anos. Descobri que ele tem uma conta na ArenaX e que
conversa por voz com adultos desconhecidos. Quero saber que dados vocês recolheram dele
(incluindo gravações de voz e localização) e, depois, que apaguem a conta e tudo o que tenham
sobre ele.

Fernanda Almeida Costa
Porto
""", R(["Access", "Erasure"], "fernanda.almeida@correio.example", "Gabriel", "Almeida Costa",
       representative="Fernanda Almeida Costa"))

add("mix-17-pl-radca-prawny", "Tomasz Nowak <t.nowak@kancelaria-nowak.example>",
    "Wniosek o dostęp do danych – Katarzyna Zielińska (art. 15 RODO)",
    """Szanowni Państwo,

działając w imieniu i na rzecz Pani Katarzyny Zielińskiej, na podstawie pełnomocnictwa
przesłanego w załączeniu, wnoszę o udzielenie informacji, czy Talento przetwarza jej dane
osobowe, oraz o przekazanie kopii tych danych, w tym wyników testów kompetencyjnych i notatek z
rozmów kwalifikacyjnych, zgodnie z art. 15 RODO.

Z poważaniem
r.pr. Tomasz Nowak
Kancelaria Radcy Prawnego Tomasz Nowak
ul. Piotrkowska 100, 90-001 Łódź

Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata.
""", R(["Access"], "t.nowak@kancelaria-nowak.example", "Katarzyna", "Zielińska",
       representative="Tomasz Nowak"))

add("mix-18-fi-en-profilointi", "Aino Virtanen <aino.virtanen@posti.example>",
    "Profiling / profilointi",
    """Hei,

En halua, että ArenaX käyttää katseluhistoriaani ja pelidataani mainosten kohdentamiseen.
Vastustan profilointia markkinointitarkoituksessa. (In English just in case: I object to the
use of my viewing and gameplay data for targeted ads and personalised offers.)

Kiitos,
Aino Virtanen
Tampere
""", R(["Opposition"], "aino.virtanen@posti.example", "Aino", "Virtanen"))

add("mix-19-no-html-slett-profil", "Ingrid Haugen <ingrid.haugen@post.example>",
    "Slett profilen min på jobbportalen",
    html("Hei,",
         "Jeg opprettet en profil på jobbportalen til Talento i 2019, men har ikke brukt den siden. "
         "Vennligst slett profilen, CV-en og alle opplysninger dere har om meg.",
         "Mvh<br>Ingrid Haugen<br>Bergen"),
    R(["Erasure"], "ingrid.haugen@post.example", "Ingrid", "Haugen"), ct=HTML)

add("mix-20-hr-ispravak-adrese", "Ivana Marković <ivana.markovic@posta.example>",
    "Ispravak adrese – plan pogreba",
    """Poštovani,

imam s vama ugovor o unaprijed plaćenom pogrebu. Preselila sam se i molim da ispravite moju
adresu u vašoj evidenciji: nova adresa je Ilica 120, 10000 Zagreb. Također se promijenio broj
mobitela: +385 91 000 0000.

Lijep pozdrav,
Ivana Marković
""", R(["Rectification"], "ivana.markovic@posta.example", "Ivana", "Marković"))

add("mix-21-uk-tymchasovyi-kontrakt", "Олена Коваленко <olena.kovalenko@poshta.example>",
    "Запит щодо моїх персональних даних",
    """Добрий день!

Я працювала через Talento за тимчасовим контрактом на складі в Польщі з березня по вересень.
Прошу надати копію всіх моїх персональних даних, які ви зберігаєте (анкета, копія паспорта,
табелі робочого часу), разом з інформацією, кому ви їх передавали.

З повагою,
Олена Коваленко
""", R(["Access"], "olena.kovalenko@poshta.example", "Олена", "Коваленко"))

add("mix-22-en-pl-stop-sharing", "Grzegorz Kamiński <grzegorz.kaminski@poczta.example>",
    "Stop sharing my data / Proszę usunąć moje dane",
    """Hello,

My contract via Talento with the warehouse in Venlo ended in September. The client company still
sends me WhatsApp messages about shifts, so you are still giving them my phone number and
details. Please stop passing my data to them and delete my data from your system.

Po polsku: proszę przestać przekazywać moje dane klientowi i usunąć je z systemu.

Dzięki,
Grzegorz Kamiński
""", R(["Opposition", "Erasure"], "grzegorz.kaminski@poczta.example", "Grzegorz", "Kamiński"))

add("mix-23-sl-cloveski-pregled", "Luka Novak <luka.novak@posta.example>",
    "Samodejna blokada računa – zahtevam človeški pregled",
    """Pozdravljeni,

vaš sistem proti goljufanju mi je med kvalifikacijami samodejno za stalno blokiral račun
(LukaN_LJ). Nikoli nisem goljufal. Zahtevam, da odločitev pregleda človek in da lahko podam
svoje stališče.

Lep pozdrav,
Luka Novak
Ljubljana
""", R(["AutomatedDecision"], "luka.novak@posta.example", "Luka", "Novak"))

add("mix-24-ptbr-typos-para", "thiago_ferreira99@correio.example", "para de mandar email",
    """oi, para de mandar email e notificaçao de promoçao pra mim pfv, ja pedi no app e nao
adiantou. vcs mandam 3 por dia
thiago
""", R(["Opposition"], "thiago_ferreira99@correio.example", "Thiago"))

add("mix-25-ro-familie-replyto", "Familia Dumitrescu <familia.dumitrescu@posta.example>",
    "Întrebare despre mesajele de condoleanțe",
    """Bună ziua,

Anul trecut ați organizat înmormântarea tatălui meu, iar pe pagina de condoleanțe am scris și
eu mai multe mesaje. Aș vrea să știu cât timp păstrați aceste mesaje și adresele de e-mail ale
celor care le-au scris, și dacă le folosiți și în alte scopuri (de exemplu publicitate). Vă rog
să-mi răspundeți pe adresa mea personală.

Cu stimă,
Elena Dumitrescu
""", R(["Information"], "elena.dumitrescu@posta.example", "Elena", "Dumitrescu"),
    headers=["Reply-To: Elena Dumitrescu <elena.dumitrescu@posta.example>"])

add("mix-26-sv-fwd-inline-nordics", "Karin Holm <karin.holm@acme-corp.example>",
    "FW: Radera mina uppgifter",
    """Hi privacy team,

Forwarding this from the Nordic customer service inbox, the customer writes in Swedish. Short
version: he wants his data deleted and no more marketing. Can you take it from here?

BR
Karin Holm
Customer Care Nordics

-----Original Message-----
From: Johan Bergström <johan.bergstrom@post.example>
Sent: Sunday, November 15, 2026 20:41
To: kundservice@acme-corp.example
Subject: Radera mina uppgifter

Hej. Jag vill att ni raderar alla mina uppgifter hos ArenaX och slutar skicka reklam till mig,
både mejl och pushnotiser.
Mvh Johan Bergström
""", R(["Erasure", "Opposition"], "johan.bergstrom@post.example", "Johan", "Bergström"))

add("mix-27-tr-fwd-attached-hemsire", "Deniz Aydın <deniz.aydin@acme-corp.example>",
    "Fwd: Kişisel verilerim hakkında", "",
    R(["Access"], "ayse.demir@posta.example", "Ayşe", "Demir"),
    note="""Hi team, a candidate from our Istanbul partner office sent this to me (in Turkish). She
asks for a copy of everything we hold on her. Forwarding as attachment. Thanks, Deniz
--
Deniz Aydın | Talento International Recruitment
""",
    attached=("Ayşe Demir <ayse.demir@posta.example>", "Kişisel verilerim hakkında",
              """Merhaba,

Geçen ay Münih'teki hemşirelik pozisyonu için Talento üzerinden başvurdum. Hakkımda
tuttuğunuz tüm kişisel verilerin (CV, diploma kopyaları, mülakat notları, dil sınavı sonuçları)
bir kopyasını rica ediyorum.

Saygılarımla,
Ayşe Demir
"""))

add("mix-28-gl-estado-candidatura", "Uxía Lourido Castro <uxia.lourido@correo.example>",
    "Estado da miña candidatura",
    """Bos días,

Presenteime hai tres semanas á oferta de auxiliar de xeriatría en Lugo e aínda non sei nada.
Poderían dicirme en que estado está o proceso? Grazas.

Uxía Lourido Castro
""", R(["Unknown"], "uxia.lourido@correo.example", "Uxía", "Lourido Castro"))

add("mix-29-cs-formalni-15-17", "Ing. Jan Dvořák <jan.dvorak@posta.example>",
    "Žádost podle čl. 15 a 17 GDPR",
    """Vážení,

na základě čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) žádám o potvrzení, zda
zpracováváte mé osobní údaje, a o poskytnutí jejich kopie. Následně na základě čl. 17 GDPR
žádám o jejich výmaz, neboť již nejsou potřebné pro účely, pro které byly shromážděny
(registrace na ArenaX v roce 2020, účet je neaktivní).

S pozdravem
Ing. Jan Dvořák
Praha 6
""", R(["Access", "Erasure"], "jan.dvorak@posta.example", "Jan", "Dvořák"))

add("mix-30-el-en-caps-stop", "NIKOS GEORGIOU <nikos.georgiou@mail-gr.example>", "STOP EMAILS",
    """STOP SENDING ME JOB OFFERS EVERY DAY!!! ΣΤΑΜΑΤΗΣΤΕ ΝΑ ΜΟΥ ΣΤΕΛΝΕΤΕ EMAIL. I NEVER SIGNED UP
FOR TEMP JOBS. TAKE ME OFF YOUR LISTS NOW.
NIKOS GEORGIOU
""", R(["Opposition"], "nikos.georgiou@mail-gr.example", "Nikos", "Georgiou"))

# ---------------------------------------------------------------- tasks

add("mix-31-pt-task-subcontratado-br", "Rui Tavares <rui.tavares@acme-corp.example>",
    "Revisão de contrato – subcontratado no Brasil",
    """Olá equipa de privacidade,

A ArenaX vai contratar uma empresa em São Paulo para a moderação do chat em português. Eles vão
ter acesso às mensagens dos jogadores europeus. Precisamos de rever o contrato de
subcontratação e as cláusulas contratuais-tipo para a transferência internacional. Conseguem
tratar disto até dia 4 de dezembro?

Obrigado,
Rui Tavares
Trust & Safety Lead – ArenaX Lisboa
""", TASK("rui.tavares@acme-corp.example", "Rui", "Tavares"))

add("mix-32-pl-en-task-dpia-voice", "Magdalena Wójcik <magdalena.wojcik@acme-corp.example>",
    "DPIA needed – AI voice chat moderation",
    """Hi,

our team in Kraków is building an AI model that transcribes and scores voice chat in real time
to detect toxicity (minors' voices included, probably). Legal said we need a DPIA before the
pilot in February. Could you start one or send us the template?

Pozdrawiam,
Magda

Magdalena Wójcik
Engineering Manager, Voice Platform – ArenaX
""", TASK("magdalena.wojcik@acme-corp.example", "Magdalena", "Wójcik"))

add("mix-33-en-es-task-vendor", "Daniel Ortiz <daniel.ortiz@acme-corp.example>",
    "Vendor questionnaire – nuevo proveedor de background checks",
    """Hola team,

We're onboarding a new background-check provider for Talento (verificación de antecedentes
para los clientes de seguridad privada). Antes de firmar necesitamos que rellenen vuestro
vendor privacy questionnaire y que alguien revise las respuestas. Can you send it to them and
review? Contacto: compliance@checkpro.example.

Gracias!
Daniel Ortiz
HR Ops
""", TASK("daniel.ortiz@acme-corp.example", "Daniel", "Ortiz"))

add("mix-34-sv-en-task-ropa", "Erik Sandberg <erik.sandberg@acme-corp.example>",
    "Uppdatera registret / update RoPA – new Nordic partner",
    """Hej privacy!

Eterna has signed a partnership with a chain of funeral homes in Göteborg that will sell our
prepaid plans. They collect customer data on our behalf. Please update the register of
processing activities (RoPA) and tell me whether we need a personuppgiftsbiträdesavtal with
them. Tack!

Erik Sandberg
Business Development Nordics
""", TASK("erik.sandberg@acme-corp.example", "Erik", "Sandberg"))

add("mix-35-ro-task-training", "Ioana Stan <ioana.stan@acme-corp.example>",
    "Training GDPR pentru call center București",
    """Bună,

Avem 25 de colegi noi în call centerul din București care răspund la telefon pentru Eterna și
ArenaX. Ne puteți organiza un training GDPR (verificarea identității la telefon, ce putem spune
rudelor unui client decedat, cereri de ștergere)? Preferabil în engleză, în prima săptămână din
decembrie.

Mulțumesc,
Ioana Stan
Team Leader Call Center
""", TASK("ioana.stan@acme-corp.example", "Ioana", "Stan"))

# ---------------------------------------------------------------- incidents

add("mix-36-da-inc-andens-cv", "Mette Lund <mette.lund@post.example>",
    "Jeg har modtaget en andens CV",
    """Hej,

Jeg søgte et job hos jer, og i dag fik jeg en mail fra Talento med et vedhæftet CV – men det er
ikke mit. Det tilhører en anden kandidat, med navn, CPR-nummer, adresse og
helbredsoplysninger. Jeg har ikke delt det med nogen og sletter det. Jeg synes bare, I skal
vide det.

Venlig hilsen
Mette Lund
""", INC("mette.lund@post.example", "Mette", "Lund"))

add("mix-37-pt-inc-pen-usb", "Carla Mendes <carla.mendes@acme-corp.example>",
    "Perdi uma pen USB com contratos",
    """Bom dia,

Ontem perdi uma pen USB (sem encriptação) com cerca de 40 contratos de planos funerários
pré-pagos digitalizados – com nomes, NIF, moradas, dados bancários e alguns atestados médicos.
Acho que ficou no café ao lado da agência do Porto. Já lá voltei e não a encontraram. O que
devo fazer?

Carla Mendes
Eterna Porto
""", INC("carla.mendes@acme-corp.example", "Carla", "Mendes"))

add("mix-38-cs-en-inc-cizi-ucet", "Petr Svoboda <petr.svoboda@posta.example>",
    "Dostávám e-maily cizího hráče / receiving someone else's account emails",
    """Dobrý den / Hello,

už týden mi chodí e-maily z ArenaX pro jiného hráče – odkazy na obnovení hesla, potvrzení
plateb s jeho jménem a adresou. Nikdy jsem u vás účet neměl. Someone else's account seems to be
linked to my address, please fix it before somebody abuses it.

Petr Svoboda
""", INC("petr.svoboda@posta.example", "Petr", "Svoboda"))

add("mix-39-it-en-inc-ransomware", "Alessandro Greco <alessandro.greco@acme-corp.example>",
    "Ransomware su PC filiale – URGENT",
    """Hi all / ciao a tutti,

stamattina nella filiale Talento di Napoli un PC ha mostrato una schermata di riscatto e i file
sul disco condiviso della filiale sono cifrati (cartelle "Candidati 2025" e "Buste paga
somministrati"). Abbiamo staccato il PC dalla rete alle 8:55. IT security is on it, but they
asked me to inform privacy for the breach assessment.

Alessandro Greco
IT Support South Italy
""", INC("alessandro.greco@acme-corp.example", "Alessandro", "Greco"))

add("mix-40-tr-inc-taziye-sayfasi", "Zeynep Kaya <zeynep.kaya@posta.example>",
    "Taziye sayfasında e-posta adresleri görünüyor",
    """Merhaba,

Bir arkadaşımın babası için Eterna'nın sitesindeki taziye sayfasına mesaj yazdım. Şimdi fark
ettim ki sayfada benim ve mesaj bırakan herkesin e-posta adresi ve telefon numarası herkese
açık görünüyor. Bunun bir hata olduğunu düşünüyorum, lütfen bakın.

Zeynep Kaya
İzmir
""", INC("zeynep.kaya@posta.example", "Zeynep", "Kaya"))

# ---------------------------------------------------------------- follow-ups

add("mix-41-pt-fu-dsr", "Beatriz Nogueira <beatriz.nogueira@correio.example>",
    "Re: [DSR-63390] Recebemos o seu pedido",
    """Bom dia,

Já passou mais de um mês desde a vossa confirmação e ainda não recebi nada. Podem dar-me uma
previsão?

Beatriz Nogueira

No dia 09/10/2026, às 14:22, privacy@acme-corp.example escreveu:
> Recebemos o seu pedido relativo aos seus dados pessoais.
> Referência: DSR-63390
> Responderemos no prazo legal de um mês.
""", FU("63390", "beatriz.nogueira@correio.example", "Beatriz", "Nogueira"))

add("mix-42-pl-fu-znowu-sms", "Paweł Wiśniewski <pawel.wisniewski@poczta.example>",
    "Re: Rezygnacja z SMS-ów marketingowych",
    """Dzień dobry, dziś rano znów dostałem SMS z promocją. Czy moja prośba w ogóle została
zarejestrowana?
Paweł Wiśniewski
""", FU(ref("mix-03-pl-sms"), "pawel.wisniewski@poczta.example", "Paweł", "Wiśniewski"),
    headers=irt("mix-03-pl-sms"))

add("mix-43-el-en-fu-dsr-id", "Maria Konstantinou <maria.konstantinou@mail-gr.example>",
    "RE: [DSR-64021] Identity verification",
    """Hello, as requested I attach my ID card. Καλή συνέχεια,
Maria Konstantinou
""", FU("64021", "maria.konstantinou@mail-gr.example", "Maria", "Konstantinou"))

add("mix-44-hu-fu-meg-mindig", "Kovács Eszter <kovacs.eszter@posta.example>",
    "Re: Adataim helyesbítése",
    """Jó napot! Megnéztem, a profilomban még mindig a hibás név szerepel. Mikor javítják?
Köszönöm,
Kovács Eszter
""", FU(ref("mix-10-hu-helyesbites"), "kovacs.eszter@posta.example", "Eszter", "Kovács"),
    headers=irt("mix-10-hu-helyesbites"))

# ---------------------------------------------------------------- ignored

add("mix-45-pt-spam-dark-web", "Proteção Total <alerta@protecao-dados-total.example>",
    "ALERTA: os seus dados pessoais foram encontrados na dark web",
    """Caro utilizador,

Os seus dados pessoais (e-mail, palavra-passe, cartão) foram encontrados à venda na dark web.
Clique aqui para apagar definitivamente os seus dados e proteger a sua identidade:
http://protecao-dados-total.example/apagar

Serviço 100% conforme o RGPD. Oferta válida por 12 horas.
""", IGN("spam", "alerta@protecao-dados-total.example"), headers=SPAM_HDR)

add("mix-46-en-spam-airdrop", "ArenaX Rewards <rewards@arenax-airdrop.example>",
    "Claim your 5,000 ArenaX Tokens before they expire",
    """Dear gamer,

Congratulations! Your wallet qualifies for the ArenaX Token airdrop. Connect your wallet and
confirm your recovery phrase within 24 hours to claim your 5,000 tokens:
http://arenax-airdrop.example/claim

Wszyscy gracze / Alle spillere / Todos los jugadores – limited time only!
""", IGN("spam", "rewards@arenax-airdrop.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="arenax-airdrop.example")])

add("mix-47-en-ro-spam-registru", "EU GDPR Registry Office <office@gdpr-registry-eu.example>",
    "Final notice: mandatory GDPR registration / Înregistrare GDPR obligatorie",
    """FINAL NOTICE

Your company acme-corp.example is not yet listed in the European GDPR Data Controllers
Register. Failure to register within 7 days may result in fines of up to EUR 20,000,000.
Registration fee: EUR 1,290. Pay now at http://gdpr-registry-eu.example/pay

Această notificare este generată automat. Vă rugăm să nu răspundeți.
""", IGN("spam", "office@gdpr-registry-eu.example"))

add("mix-48-sv-en-auto-semester", "Lars Eriksson <lars.eriksson@kommun-exempel.example>",
    "Automatiskt svar: [DSR-62218] Ditt ärende",
    """Hej! Jag är på semester till och med 27 november och läser inte min e-post.
I am on holiday until 27 November with no access to e-mail.
Brådskande ärenden / urgent matters: växeln 08-000 000 00.
""", IGN("auto_reply", "lars.eriksson@kommun-exempel.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-49-pl-bulk-przeglad", "Przegląd RODO <newsletter@ochrona-danych-news.example>",
    "Przegląd RODO: listopad 2026",
    """PRZEGLĄD RODO – listopad 2026

• Prezes UODO nakłada karę na sklep internetowy za wyciek danych klientów
• EROD: nowe wytyczne w sprawie pseudonimizacji
• Webinar: sztuczna inteligencja w rekrutacji

Otrzymujesz ten newsletter, ponieważ zapisałeś się na listę.
Wypisz się: https://ochrona-danych-news.example/wypisz
""", IGN("bulk", "newsletter@ochrona-danych-news.example"),
    headers=["List-Id: Przeglad RODO <przeglad.ochrona-danych-news.example>",
             "List-Unsubscribe: <https://ochrona-danych-news.example/wypisz>",
             "Precedence: bulk"])

add("mix-50-bounce-cs", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Returned mail: see transcript for details / Nedoručená zpráva", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
