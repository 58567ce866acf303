from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests
add("mix-01-pt-copia-apelido",
    "João Ferreira da Silva <joao.fsilva@correio.example>",
    "Pedido sobre os meus dados pessoais",
    """Boa tarde,

Fiz o vosso teste de ADN há dois anos. Gostaria de receber uma cópia de todos os dados pessoais que guardam a meu respeito, ao abrigo do artigo 15.º do RGPD. Aproveito para pedir que corrijam o meu apelido, que aparece como «Slva» no perfil e na árvore.

Cumprimentos,
João Ferreira da Silva

PS: sorry if this should have gone to customer support instead.
""",
    R(["Access", "Rectification"], "joao.fsilva@correio.example", "João", "Ferreira da Silva"),
    ct=LATIN1, encode="latin-1")

add("mix-02-ptbr-excluir",
    "Camila Souza <camila.souza@email.example>",
    "Excluir conta / delete account",
    """Oi, moro em Lisboa mas sou brasileira, desculpem o português do Brasil rs.
Quero excluir minha conta e que vocês destruam minha amostra de saliva. Please confirm in English or Portuguese, tanto faz.
Valeu,
Camila Souza
""",
    R(["Erasure"], "camila.souza@email.example", "Camila", "Souza"))

add("mix-03-pl-lista-mailingowa",
    "Katarzyna Wiśniewska <k.wisniewska@poczta.example>",
    "Rezygnacja z newslettera / unsubscribe",
    """Dzień dobry,

proszę o usunięcie mojego adresu z Państwa listy mailingowej i o niewysyłanie mi więcej żadnych ofert. I tried the unsubscribe link at the bottom of your email, it just gives a 404 error.

Pozdrawiam,
Katarzyna Wiśniewska
""",
    R(["Opposition"], "k.wisniewska@poczta.example", "Katarzyna", "Wiśniewska"))

add("mix-04-pl-poprawienie",
    "Tomasz Dąbrowski <tomasz.dabrowski@poczta.example>",
    "Błędne dane w profilu",
    """Dzień dobry,

w moim profilu nazwisko jest zapisane „Dabrowski” bez ogonka, a rok urodzenia to 1982 zamiast 1981. Proszę o poprawienie tych danych, bo krewni nie mogą mnie znaleźć w drzewie.

Z poważaniem,
Tomasz Dąbrowski
""",
    R(["Rectification"], "tomasz.dabrowski@poczta.example", "Tomasz", "Dąbrowski"))

add("mix-05-sv-radata",
    "Erik Lindqvist <erik.lindqvist@post.example>",
    "Export av mina DNA-data",
    """Hej!

Jag vill få ut mina rådata (DNA) i en fil som jag kan ladda upp hos en annan släktforskningstjänst. Could you send me a download link or the file itself, in a standard format?

Tack,
Erik Lindqvist
""",
    R(["Portability"], "erik.lindqvist@post.example", "Erik", "Lindqvist"))

add("mix-06-sv-usa",
    "Annika Sjöberg <annika.sjoberg@post.example>",
    "Överföring till USA?",
    """Hej,

skickas mina salivprover eller mina resultat till USA? Vilka skyddsåtgärder använder ni i så fall? Jag vill bara veta, inget mer – I'm not asking you to change anything.

Mvh
Annika Sjöberg
""",
    R(["Information"], "annika.sjoberg@post.example", "Annika", "Sjöberg"))

add("mix-07-cs-kopie-vymaz",
    "Petra Nováková <petra.novakova@posta.example>",
    "Žádost o kopii a výmaz údajů",
    """Dobrý den,

na základě článků 15 a 17 GDPR žádám o zaslání kopie všech osobních údajů, které o mně zpracováváte, a následně o jejich výmaz, včetně vzorku DNA uloženého ve vaší laboratoři.

S pozdravem
Petra Nováková
""",
    R(["Access", "Erasure"], "petra.novakova@posta.example", "Petra", "Nováková"))

add("mix-08-ro-cerere-acces",
    "Andrei Popescu <andrei.popescu@mail.example>",
    "Cerere de acces conform art. 15 GDPR",
    """Stimată doamnă / Stimate domn,

Subsemnatul Andrei Popescu, domiciliat în Cluj-Napoca, client al serviciului dumneavoastră de testare ADN, vă rog să îmi comunicați, în temeiul art. 15 din Regulamentul (UE) 2016/679, dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi transmiteți o copie a acestora.

Cu stimă,
Andrei Popescu
Tel. 0740 123 456
""",
    R(["Access"], "andrei.popescu@mail.example", "Andrei", "Popescu"))

add("mix-09-el-diagrafi",
    "Νίκος Παπαδόπουλος <nikos.papadopoulos@mail.example>",
    "Διαγραφή λογαριασμού",
    """Καλησπέρα σας,

θα ήθελα να διαγράψετε τον λογαριασμό μου και όλα τα δεδομένα μου, μαζί με το δείγμα DNA.
Please delete my account and all my data, including the DNA sample.

Ευχαριστώ,
Νίκος Παπαδόπουλος
""",
    R(["Erasure"], "nikos.papadopoulos@mail.example", "Νίκος", "Παπαδόπουλος"))

add("mix-10-spanglish-calls",
    "Carlos Medina <cmedina@mail.example>",
    "Stop calling me please",
    """Hi, I got three calls this week from your alarm sales team. Por favor, no me llamen más, I'm not interested y tampoco quiero recibir publicidad by email.
Carlos Medina
""",
    R(["Opposition"], "cmedina@mail.example", "Carlos", "Medina"))

add("mix-11-it-en-credit-check",
    "Federico Russo <federico.russo@mail.example>",
    "Automatic rejection / rifiuto automatico",
    """Hello,

I applied for your alarm monitoring plan and your website refused me instantly after a "credit check". Non è possibile che decida tutto un algoritmo. I want a real person to look at my application again and I'd like to be able to explain my situation.

Grazie,
Federico Russo
""",
    R(["AutomatedDecision"], "federico.russo@mail.example", "Federico", "Russo"))

add("mix-12-fr-en-directives",
    "Hélène Marchand <helene.marchand@courriel.example>",
    "Directives post mortem / after my death",
    """Bonjour,

Je souhaite définir des directives sur le sort de mes données génétiques après mon décès. In short: after I die, my son Julien should be able to access my family tree, but my health reports must be deleted. Comment dois-je procéder ? Is there a form?

Hélène Marchand
""",
    R(["AdvanceDirectives"], "helene.marchand@courriel.example", "Hélène", "Marchand"))

add("mix-13-de-en-einschraenkung",
    "Jürgen Weiß <juergen.weiss@mail.example>",
    "Einschränkung der Verarbeitung / restriction of processing",
    """Sehr geehrte Damen und Herren,

ich bestreite die Richtigkeit meines Gesundheitsberichts (I think the lab swapped my sample with someone else's). Bis zur Klärung verlange ich die Einschränkung der Verarbeitung gemäß Art. 18 DSGVO. Bitte löschen Sie nichts.

Mit freundlichen Grüßen
Jürgen Weiß
""",
    R(["Restriction"], "juergen.weiss@mail.example", "Jürgen", "Weiß"),
    ct=LATIN1, encode="latin-1-qp")

add("mix-14-nl-en-wie-ziet-mij",
    "Sanne van der Berg <sanne.vanderberg@mail.example>",
    "Relatives matching – wie ziet mij?",
    """Hoi,

ik zie dat ik als "second cousin" verschijn bij andere users. Wie kan precies mijn naam en mijn DNA-overlap zien? Is dat ook zichtbaar voor mensen zonder account, of voor partners van jullie? Just want to understand, I'm not asking to delete anything.

Groetjes,
Sanne van der Berg
""",
    R(["Information"], "sanne.vanderberg@mail.example", "Sanne", "van der Berg"))

add("mix-15-pt-herdeiro",
    "Ricardo Almeida Costa <ricardo.acosta@correio.example>",
    "Conta do meu pai falecido",
    """Bom dia,

O meu pai, Manuel Costa Pereira, faleceu em julho. Tinha uma conta convosco (teste de ADN) e também o sistema de alarme na casa dele, em Braga. Como herdeiro, peço a eliminação de todos os dados dele e a destruição da amostra.

Anexo certidão de óbito e habilitação de herdeiros.

Ricardo Almeida Costa
""",
    R(["Erasure"], "ricardo.acosta@correio.example", "Manuel", "Costa Pereira",
      representative="Ricardo Almeida Costa"))

add("mix-16-pl-corka",
    "Agnieszka Kowalczyk <agnieszka.kowalczyk@poczta.example>",
    "Dane mojej córki / my daughter's data",
    """Dzień dobry,

moja córka Zofia Kowalczyk (15 lat) zrobiła test DNA bez mojej zgody – kupiła go przez internet za kieszonkowe. Proszę o informację, jakie dane o niej posiadacie, a następnie o ich usunięcie.

I'm her mother and legal guardian, I can send her birth certificate if needed.

Agnieszka Kowalczyk
""",
    R(["Access", "Erasure"], "agnieszka.kowalczyk@poczta.example", "Zofia", "Kowalczyk",
      representative="Agnieszka Kowalczyk"))

add("mix-17-ro-kit",
    "Ioana Dumitrescu <ioana.dumitrescu@mail.example>",
    "Kitul nu a ajuns",
    """Bună ziua, am comandat kitul ADN pe 3 noiembrie și nu a ajuns încă. Numărul comenzii: 77-40215. Mă puteți ajuta?
Mulțumesc,
Ioana Dumitrescu
""",
    R(["Unknown"], "ioana.dumitrescu@mail.example", "Ioana", "Dumitrescu"))

add("mix-18-cs-en-faktura",
    "Jan Svoboda <jan.svoboda@firma.example>",
    "Invoice / faktura – DIČ missing",
    """Dobrý den,

on the invoice for the alarm system for our office our VAT number (DIČ) is missing, so our accountant cannot book it. Prosím o zaslání nové faktury.

Děkuji,
Jan Svoboda
""",
    R(["Unknown"], "jan.svoboda@firma.example", "Jan", "Svoboda"))

add("mix-19-hu-kutatas",
    "Nagy Zsófia <zsofia.nagy@posta.example>",
    "Hozzájárulás visszavonása / withdrawal of consent",
    """Tisztelt Cím!

Ezúton visszavonom a hozzájárulásomat ahhoz, hogy a genetikai adataimat kutatási célokra felhasználják. My account can stay, I still use the family tree.

Üdvözlettel:
Nagy Zsófia
""",
    R(["Opposition"], "zsofia.nagy@posta.example", "Zsófia", "Nagy"))

add("mix-20-da-optagelser",
    "Mette Sørensen <mette.sorensen@post.example>",
    "Optagelser af mine opkald",
    """Hej,

jeg vil gerne have en kopi af optagelserne af mine samtaler med jeres alarmcentral i oktober, og hvad I ellers har registreret om mig.

Thanks in advance,
Mette Sørensen
""",
    R(["Access"], "mette.sorensen@post.example", "Mette", "Sørensen"))

add("mix-21-fi-html-poisto",
    "Mikko Virtanen <mikko.virtanen@posti.example>",
    "Tilin poisto",
    html("Hei,",
         "haluan, että poistatte tilini ja kaikki tietoni. En myöskään halua enää markkinointiviestejä.",
         "<i>Please delete my account and stop sending me marketing emails.</i>",
         "Terveisin,<br>Mikko Virtanen"),
    R(["Erasure", "Opposition"], "mikko.virtanen@posti.example", "Mikko", "Virtanen"),
    ct=HTML)

add("mix-22-pt-fwd-anexo",
    "Inês Carvalho <ines.carvalho@acme-corp.example>",
    "Fwd: Transferir os meus dados",
    "",
    R(["Portability"], "beatriz.goncalves@correio.example", "Beatriz", "Gonçalves"),
    attached=("Beatriz Gonçalves <beatriz.goncalves@correio.example>", "Transferir os meus dados",
              """Olá,
gostaria que enviassem a minha árvore genealógica e os meus dados de ADN diretamente para outra plataforma, num formato que eles consigam ler.
Obrigada,
Beatriz Gonçalves
"""),
    note="""Hi privacy team, this one came into the Portugal support queue – customer wants her data moved to another provider. Can you take it?
Inês Carvalho
Customer Support PT
""")

add("mix-23-pl-fwd-inline",
    "Piotr Zieliński <piotr.zielinski@acme-corp.example>",
    "FW: reklamacja",
    """Privacy team, this came to the Polish helpdesk. The customer is angry about a double charge (we handle that) but he also wants us to stop using his data for marketing, so forwarding to you.
Piotr

-----Original Message-----
From: Marek Wójcik <marek.wojcik@poczta.example>
Sent: Sunday, November 15, 2026 20:14
To: pomoc@acme-corp.example
Subject: reklamacja

Dzień dobry, obciążyliście mnie dwa razy za monitoring w październiku. Proszę o zwrot. Poza tym nie zgadzam się na wykorzystywanie moich danych do celów marketingowych – proszę przestać wysyłać mi SMS-y z ofertami.
Marek Wójcik
""",
    R(["Opposition"], "marek.wojcik@poczta.example", "Marek", "Wójcik"))

add("mix-24-sk-adresa",
    "Lucia Horváthová <lucia.horvathova@posta.example>",
    "Zmena adresy / change of address",
    """Dobrý deň,

presťahovala som sa. Prosím, aktualizujte moju adresu pre alarm: Hlavná 15, 040 01 Košice. Also my surname changed after the wedding – now Horváthová (before Kováčová).

Ďakujem,
Lucia Horváthová
""",
    R(["Rectification"], "lucia.horvathova@posta.example", "Lucia", "Horváthová"))

# ---------------------------------------------------------------- tasks
add("mix-25-task-en-de-avv",
    "Katrin Hoffmann <katrin.hoffmann@acme-corp.example>",
    "DPA review – new call centre subcontractor / AVV-Prüfung",
    """Hi privacy team,

we are onboarding an overflow call centre in Wrocław for the alarm hotline from January. Der Auftragsverarbeitungsvertrag liegt im Legal-Ordner – could you review it and the TOMs annex by the 4th? Ich brauche auch eure Freigabe für die Aufnahme ins Verarbeitungsverzeichnis.

Danke & best,
Katrin Hoffmann
Head of Customer Operations DACH
""",
    TASK("katrin.hoffmann@acme-corp.example", "Katrin", "Hoffmann"))

add("mix-26-task-pt-registo",
    "Rui Marques <rui.marques@acme-corp.example>",
    "Registo de atividades – novo serviço de teleassistência",
    """Olá equipa,

Vamos lançar em Portugal o serviço de teleassistência para idosos (botão de pânico ligado à central). Podem atualizar o registo de atividades de tratamento e dizer-me se precisamos de uma AIPD? Happy to set up a call, I'm in Lisbon all week.

Rui Marques
Business Development Iberia
""",
    TASK("rui.marques@acme-corp.example", "Rui", "Marques"))

add("mix-27-task-pl-en-questionnaire",
    "Magdalena Lewandowska <magdalena.lewandowska@acme-corp.example>",
    "Vendor security questionnaire – kwestionariusz dostawcy",
    """Hi,

a Polish bank wants to offer our alarm systems to its mortgage clients and sent us their vendor questionnaire (kwestionariusz bezpieczeństwa dostawcy). Sections 4–6 are about GDPR – can you fill them in? Termin: 27 listopada.

Dzięki,
Magdalena Lewandowska
Partnerships CEE
""",
    TASK("magdalena.lewandowska@acme-corp.example", "Magdalena", "Lewandowska"))

add("mix-28-task-sv-utbildning",
    "Johan Berg <johan.berg@acme-corp.example>",
    "GDPR-utbildning för Stockholmskontoret",
    """Hej!

Vi har anställt tolv nya säljare i Stockholm. Kan ni hålla en kort GDPR-utbildning för dem (telemarketing, NIX-registret, samtycke)? Ideally in English, some of them don't speak Swedish yet.

Tack,
Johan Berg
Sales Manager Nordics
""",
    TASK("johan.berg@acme-corp.example", "Johan", "Berg"))

# ---------------------------------------------------------------- incidents
add("mix-29-inc-pt-relatorio-outra",
    "Ana Rodrigues <ana.rodrigues@correio.example>",
    "Recebi o relatório de saúde de outra pessoa",
    """Boa tarde,

Hoje recebi pelo correio um envelope vosso com o meu nome, mas lá dentro estava o relatório de saúde genético de outra senhora, a D. Fernanda, com a morada dela em Coimbra e os resultados todos. Não sei se ela recebeu o meu. Isto é muito grave. O que faço com a carta?

Ana Rodrigues
""",
    INC("ana.rodrigues@correio.example", "Ana", "Rodrigues"))

add("mix-30-inc-sv-telefon",
    "Lars Nilsson <lars.nilsson@acme-corp.example>",
    "Tappad jobbtelefon / lost work phone",
    """Hej,

jag tappade min jobbtelefon på tunnelbanan i går kväll. It had the installer app logged in with customer addresses, alarm codes and photos of the control panels. Skärmlåset är bara en fyrsiffrig PIN. IT has been told.

Lars Nilsson
Installationstekniker
""",
    INC("lars.nilsson@acme-corp.example", "Lars", "Nilsson"))

add("mix-31-inc-ro-camere",
    "Mihai Ionescu <mihai.ionescu@mail.example>",
    "Văd camerele altcuiva în aplicație / I see someone else's cameras",
    """Bună ziua,

de azi dimineață, în aplicație văd camerele video ale unei alte case – o curte și o bucătărie care nu sunt ale mele. I can even see the live image. Vă rog să verificați urgent, poate și altcineva vede casa mea.

Mihai Ionescu
""",
    INC("mihai.ionescu@mail.example", "Mihai", "Ionescu"))

add("mix-32-inc-cs-phishing",
    "Tereza Černá <tereza.cerna@acme-corp.example>",
    "Phishing – klikla jsem na odkaz",
    """Ahoj,

dnes ráno jsem klikla na odkaz v e-mailu „DHL – zásilka čeká“ a zadala jsem tam své firemní heslo. Mám přístup do CRM se zákazníky z Česka a Slovenska (jména, adresy, výsledky objednávek). Already changed the password, but I'm not sure what else to do.

Tereza Černá
Customer Care CZ/SK
""",
    INC("tereza.cerna@acme-corp.example", "Tereza", "Černá"))

# ---------------------------------------------------------------- follow-ups
add("mix-33-fu-pt-prazo",
    "Paulo Mendes <paulo.mendes@correio.example>",
    "RE: [DSR-73318] O seu pedido foi registado",
    """Boa tarde,

Já passou mais de um mês desde o vosso email e ainda não recebi nada. Any update?

Paulo Mendes

> O seu pedido foi registado com a referência DSR-73318.
> Responderemos no prazo de um mês.
> Equipa de Privacidade
""",
    FU("73318", "paulo.mendes@correio.example", "Paulo", "Mendes"))

add("mix-34-fu-ro-buletin",
    "Andrei Popescu <andrei.popescu@mail.example>",
    "Re: Cerere de acces conform art. 15 GDPR",
    """Revin cu o copie a cărții de identitate, atașată, așa cum mi s-a cerut la telefon.

Andrei Popescu
""",
    FU(ref("mix-08-ro-cerere-acces"), "andrei.popescu@mail.example", "Andrei", "Popescu"),
    headers=irt("mix-08-ro-cerere-acces"))

add("mix-35-fu-el-en-id",
    "Eleni Georgiou <eleni.georgiou@mail.example>",
    "Re: [DSR-70452] Identity verification",
    """Please find attached my ID card as requested. Ευχαριστώ πολύ.

Eleni Georgiou
Sent from my Galaxy
""",
    FU("70452", "eleni.georgiou@mail.example", "Eleni", "Georgiou"))

# ---------------------------------------------------------------- ignored
add("mix-36-spam-pl-wyciek",
    "Ochrona Danych 24 <kontakt@ochrona-danych24.example>",
    "Twoje dane wyciekły! Usuń je teraz",
    """Szanowny Kliencie,

Twoje dane osobowe (PESEL, adres, numer telefonu) zostały znalezione w wycieku. Usuń je z internetu jednym kliknięciem – pełna ochrona RODO tylko 19,99 zł miesięcznie.

>>> USUŃ MOJE DANE <<<
""",
    IGN("spam", "kontakt@ochrona-danych24.example"),
    headers=SPAM_HDR)

add("mix-37-spam-pt-en-seo",
    "Growth Partners <hello@growth-partners.example>",
    "Mais clientes para a acme-corp / more leads",
    """Olá! We help DNA and home security brands rank #1 on Google. Temos casos de sucesso em Portugal, Espanha e Brasil. Book a free audit today!

Growth Partners Team
""",
    IGN("spam", "hello@growth-partners.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="growth-partners.example")])

add("mix-38-spam-ro-gdpr-amenda",
    "GDPR Compliance Office <office@gdpr-certificare.example>",
    "URGENT: amendă GDPR / GDPR fine notice for acme-corp.example",
    """Stimate administrator,

Website-ul dumneavoastră nu respectă GDPR și riscă o amendă de până la 20 milioane EUR. Obțineți certificatul de conformitate GDPR în 24h pentru doar 299 EUR. Pay now to avoid the fine: click the link below.

GDPR Compliance Office
""",
    IGN("spam", "office@gdpr-certificare.example"))

add("mix-39-sv-franvaro",
    "Karin Holm <karin.holm@foretag.example>",
    "Automatiskt svar: Frånvaromeddelande / Out of office",
    """Hej! Jag är på semester till och med 30 november och läser inte e-post.
I'm on leave until 30 November with no access to email. For urgent matters please contact info@foretag.example.

Karin Holm
""",
    IGN("auto_reply", "karin.holm@foretag.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("mix-40-bulk-european-genealogy",
    "European Genealogy Network <news@eurogenealogy.example>",
    "EGN Digest – November / Novembre / Listopad",
    html("<b>European Genealogy Network – Monthly Digest</b>",
         "EN: New parish records from Galicia and Silesia are online.<br>"
         "FR : Nouveaux registres paroissiaux disponibles.<br>"
         "PL: Nowe księgi parafialne online.",
         "You receive this digest as a member of EGN. "
         "<a href=\"https://eurogenealogy.example/unsubscribe\">Unsubscribe</a>"),
    IGN("bulk", "news@eurogenealogy.example"),
    ct=HTML,
    headers=["List-Id: EGN Digest <digest.eurogenealogy.example>",
             "List-Unsubscribe: <https://eurogenealogy.example/unsubscribe>",
             "Precedence: bulk"])
