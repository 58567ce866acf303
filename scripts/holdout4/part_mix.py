from common import *

# ---------------------------------------------------------------- requests
add("mix-01-en-es-acceso", "Carlos Mendoza Ríos <carlos.mendoza.rios@mail.example>",
    "Data request / solicitud de datos",
    "Hi there,\n\nI'm a student at your language school in Madrid (Spanish course, level A2). Could you please send me a copy of all the personal data you have about me? / ¿Me podéis enviar una copia de mis datos personales? Gracias!\n\nCarlos Mendoza Ríos\n",
    R(["Access"], "carlos.mendoza.rios@mail.example", "Carlos", "Mendoza Ríos"))

add("mix-02-fr-it-cancellation", "Chloé Bernard-Rossi <chloe.bernardrossi@courriel.example>",
    "Suppression de mes données / cancellazione dati",
    "Bonjour,\n\nJ'ai résilié mon abonnement au coworking de Milan le mois dernier. Je vous demande de supprimer mes données personnelles.\n\nBuongiorno, scrivo anche in italiano per il personale di Milano: vi chiedo di cancellare tutti i miei dati, grazie.\n\nChloé Bernard-Rossi\n",
    R(["Erasure"], "chloe.bernardrossi@courriel.example", "Chloé", "Bernard-Rossi"))

add("mix-03-pt-acesso-passe", "João Pedro Almeida <joao.almeida@correio.example>",
    "Pedido de acesso aos meus dados",
    "Bom dia,\n\nUso o vosso passe de transporte há dois anos. Ao abrigo do artigo 15.º do RGPD, solicito uma cópia de todos os dados pessoais que têm sobre mim, incluindo o histórico de viagens.\n\nCom os melhores cumprimentos,\nJoão Pedro Almeida\n",
    R(["Access"], "joao.almeida@correio.example", "João Pedro", "Almeida"))

add("mix-04-pl-matka-usuniecie", "Agnieszka Kowalska <agnieszka.kowalska@poczta.example>",
    "Usunięcie danych córki / delete my daughter's data",
    "Dzień dobry,\n\nmoja córka Zofia Kowalska (12 lat) chodziła na kurs angielskiego w Waszej szkole. Proszę o usunięcie wszystkich jej danych osobowych, w tym zdjęć.\n\nSorry for the Polish - I am her mother and I ask you to delete all data of my daughter Zofia, including photos.\n\nAgnieszka Kowalska\n",
    R(["Erasure"], "agnieszka.kowalska@poczta.example", "Zofia", "Kowalska", representative="Agnieszka Kowalska"))

add("mix-05-de-en-werbung", "Matthias Schäfer <m.schaefer@mailhaus.example>",
    "Keine Werbung mehr / no more marketing",
    "Hallo,\n\nich bekomme seit meiner Bestellung im Online-Buchladen jede Woche Werbung. Bitte tragen Sie mich aus allen Marketing-Listen aus.\n\nIn case nobody reads German there: please stop sending me marketing emails.\n\nMfG\nMatthias Schäfer\n",
    R(["Opposition"], "m.schaefer@mailhaus.example", "Matthias", "Schäfer"))

add("mix-06-nl-en-portability", "Sanne van der Berg <sanne.vanderberg@post.example>",
    "Export van mijn gegevens",
    "Hoi,\n\nIk ga over naar een andere coworking. Kunnen jullie mijn gegevens (boekingen van vergaderruimtes, facturen) exporteren in CSV of JSON? My new provider can import it directly - machine-readable format please.\n\nGroetjes,\nSanne van der Berg\n",
    R(["Portability"], "sanne.vanderberg@post.example", "Sanne", "van der Berg"))

add("mix-07-ptbr-corrigir-nome", "Ana Beatriz Souza Lima <anabia.souza@correio-br.example>",
    "corrigir meu nome",
    "Oi! Meu nome está escrito errado na minha conta da livraria: está \"Ana Beatris Sousa\" e o certo é Ana Beatriz Souza Lima. Vocês podem corrigir, por favor? Valeu!\n\nEnviado do meu Android\n",
    R(["Rectification"], "anabia.souza@correio-br.example", "Ana Beatriz", "Souza Lima"))

add("mix-08-pl-monitoring-info", "Krzysztof Wiśniewski <k.wisniewski@poczta.example>",
    "Pytanie o monitoring w autobusach",
    "Dzień dobry,\n\njestem kierowcą z Polski, często jeżdżę Waszymi autobusami. Chciałbym wiedzieć, jak długo przechowujecie nagrania z kamer w autobusach i komu je udostępniacie. Czy nagrywany jest też dźwięk?\n\nPozdrawiam,\nKrzysztof Wiśniewski\n",
    R(["Information"], "k.wisniewski@poczta.example", "Krzysztof", "Wiśniewski"))

add("mix-09-en-it-lawyer", "Eleanor Whitfield <e.whitfield@whitfieldlaw.example>",
    "Subject access request on behalf of Mr Giacomo Ferri",
    "Dear Data Protection Officer,\n\nWe act for Mr Giacomo Ferri, a season ticket holder of your football club, who was refused entry to the stadium on 8 November 2026 after his ticket was flagged by your access-control system. Signed authority is attached.\n\nPursuant to Article 15 GDPR, please provide a copy of all personal data relating to our client, including any internal notes and watch-lists on which he may appear.\n\nIl nostro assistito parla italiano: potete rispondere anche in italiano se preferite.\n\nYours faithfully,\n\nEleanor Whitfield\nPartner, Whitfield & Co Solicitors\n+44 20 7946 0011\n\nThis email is confidential and may be legally privileged.\n",
    R(["Access"], "e.whitfield@whitfieldlaw.example", "Giacomo", "Ferri", representative="Eleanor Whitfield"))

add("mix-10-ro-stergere-marketing", "Ioana Popescu <ioana.popescu@posta-ro.example>",
    "Ștergerea datelor / data deletion",
    "Bună ziua,\n\nVă rog să ștergeți contul meu de la clinica veterinară și să nu-mi mai trimiteți mesaje publicitare. Please delete my account and stop the advertising, thank you.\n\nIoana Popescu\n",
    R(["Erasure", "Opposition"], "ioana.popescu@posta-ro.example", "Ioana", "Popescu"))

add("mix-11-es-en-html-restriccion", "Diego Herrera <diego.herrera@mail.example>",
    "Disputed fine - multa en disputa",
    html("Hello / Hola,",
         "I am disputing fine no. S-2026-09931 (I had a valid tourist pass). <b>Please do not use or share my data with any debt collector until this is resolved.</b>",
         "Estoy recurriendo la multa. Por favor, limitad el uso de mis datos mientras tanto.",
         "Diego Herrera Castillo"),
    R(["Restriction"], "diego.herrera@mail.example", "Diego", "Herrera Castillo"), ct=HTML)

add("mix-12-en-fwd-fr-client", "Tom Fischer <tom.fischer@acme-corp.example>",
    "FW: Demande d'accès",
    "Hi privacy team, a French customer wrote to the bookshop support address. I don't speak French but I think it is for you.\n\nTom\n\n"
    "-------- Forwarded Message --------\nFrom: Juliette Lefèvre <juliette.lefevre@courriel.example>\nTo: support@acme-corp.example\nSubject: Demande d'accès\n\n"
    "Bonjour, je souhaite savoir quelles données vous détenez sur moi et à qui vous les avez transmises. Merci.\nJuliette Lefèvre\n",
    R(["Access", "Information"], "juliette.lefevre@courriel.example", "Juliette", "Lefèvre"))

add("mix-13-pt-anexo-encaminhado", "Sofia Weber <sofia.weber@acme-corp.example>",
    "Fwd: pedido de cliente (português)",
    "",
    R(["Erasure"], "rui.carvalho@correio.example", "Rui", "Carvalho"),
    note="Hallo zusammen, anbei eine Anfrage eines portugiesischen Kunden der Tierklinik. He wants his data deleted, as far as I understand.\n\nSofia Weber\nEmpfang Tierklinik\n",
    attached=("Rui Carvalho <rui.carvalho@correio.example>", "Apagar os meus dados",
              "Boa tarde, o meu cão faleceu e já não sou cliente. Peço que apaguem todos os meus dados pessoais. Obrigado, Rui Carvalho\n"))

add("mix-14-de-it-automatisierte-entscheidung", "Lukas Brunner <lukas.brunner@bergpost.example>",
    "Automatische Ablehnung / rifiuto automatico",
    "Guten Tag / Buongiorno,\n\nmein Antrag auf den ermäßigten Studententarif wurde von Ihrer App automatisch abgelehnt, obwohl ich an der Uni Bozen eingeschrieben bin. Ich verlange, dass ein Mensch die Entscheidung überprüft.\n\nLa mia domanda è stata respinta automaticamente: chiedo una verifica da parte di una persona.\n\nLukas Brunner\n",
    R(["AutomatedDecision"], "lukas.brunner@bergpost.example", "Lukas", "Brunner"))

add("mix-15-cs-pristup-udaje", "Petr Novák <petr.novak@posta-cz.example>",
    "Žádost o přístup k osobním údajům",
    "Dobrý den,\n\nžádám o kopii všech osobních údajů, které o mně zpracováváte v souvislosti s mou členskou kartou fotbalového klubu. Děkuji.\n\nS pozdravem\nPetr Novák\n",
    R(["Access"], "petr.novak@posta-cz.example", "Petr", "Novák"))

add("mix-16-sv-en-radera", "Emma Lindqvist <emma.lindqvist@brev.example>",
    "Radera mitt konto / delete my account",
    "Hej! Please delete my bookshop account and all my data. Tack så mycket!\nEmma Lindqvist\n",
    R(["Erasure"], "emma.lindqvist@brev.example", "Emma", "Lindqvist"))

add("mix-17-en-nl-invoice", "Pieter de Vries <pieter.devries@bedrijf.example>",
    "Factuur / invoice coworking oktober",
    "Hallo, we hebben de factuur van oktober voor onze flexplekken nog niet ontvangen. Could you send it again to this address? Thanks!\nPieter de Vries\n",
    R(["Unknown"], "pieter.devries@bedrijf.example", "Pieter", "de Vries"))

add("mix-18-pt-cp1252-oposicao", "Mariana Gonçalves <mariana.goncalves@correio.example>",
    "Não quero mais publicidade",
    "Olá,\n\nRetiro o meu consentimento para receber newsletters e promoções do clube. Não quero receber mais SMS nem e-mails de marketing – só as informações dos jogos.\n\nObrigada,\nMariana Gonçalves\n",
    R(["Opposition"], "mariana.goncalves@correio.example", "Mariana", "Gonçalves"),
    encode="cp1252", ct=CP1252)

# ---------------------------------------------------------------- tasks
add("mix-19-task-en-fr-dpa-review", "Sophie Martin <sophie.martin@acme-corp.example>",
    "DPA review needed / revue contrat sous-traitant",
    "Hi team,\n\nThe new CRM vendor for the language schools sent their data processing agreement. Pouvez-vous le relire avant la signature vendredi ? Attached.\n\nThanks / merci,\nSophie Martin\nHead of Sales, Language Schools\n",
    TASK("sophie.martin@acme-corp.example", "Sophie", "Martin"))

add("mix-20-task-de-en-register", "Jan Hoffmann <jan.hoffmann@acme-corp.example>",
    "Verarbeitungsverzeichnis / register update",
    "Hallo Datenschutz-Team,\n\nwir führen im Stadion Gesichtserkennung am VIP-Eingang ein (Pilot ab Januar). Please update the register of processing and tell us if a DPIA is needed.\n\nJan Hoffmann\nStadium Operations\n",
    TASK("jan.hoffmann@acme-corp.example", "Jan", "Hoffmann"))

add("mix-21-task-es-it-formacion", "Lorena Díaz <lorena.diaz@acme-corp.example>",
    "Formación RGPD / formazione GDPR conductores",
    "Hola / Ciao,\n\nnecesitamos una sesión de formación sobre protección de datos para los nuevos revisores de Madrid y de Turín. Serve una versione in italiano per i colleghi di Torino. ¿Qué fechas tenéis?\n\nLorena Díaz\nRRHH Transporte\n",
    TASK("lorena.diaz@acme-corp.example", "Lorena", "Díaz"))

# ---------------------------------------------------------------- incidents
add("mix-22-inc-en-nl-usb", "Bram Janssens <bram.janssens@acme-corp.example>",
    "Lost USB stick / USB-stick kwijt",
    "Hi,\n\nI lost a USB stick on the tram this morning. Er stond een export op van de klantenlijst van de dierenkliniek in Antwerpen (naam, adres, telefoon). Not encrypted, sorry. What should I do?\n\nBram Janssens\n",
    INC("bram.janssens@acme-corp.example", "Bram", "Janssens"))

add("mix-23-inc-pl-wrong-email", "Tomasz Zieliński <tomasz.zielinski@poczta.example>",
    "Otrzymałem cudze dane / I received someone else's data",
    "Dzień dobry,\n\notrzymałem od Was e-mail z potwierdzeniem biletu, ale z danymi innej osoby (imię, nazwisko, numer miejsca, adres e-mail). I think you sent me another fan's ticket confirmation by mistake.\n\nTomasz Zieliński\n",
    INC("tomasz.zielinski@poczta.example", "Tomasz", "Zieliński"))

add("mix-24-inc-fr-de-phishing", "Camille Dubois <camille.dubois@acme-corp.example>",
    "Phishing cliqué / Phishing geklickt",
    "Bonjour,\n\nj'ai cliqué sur un lien dans un faux mail \"DHL\" et saisi mes identifiants. Ich habe das Passwort sofort geändert. J'ai accès aux fichiers des membres du coworking de Strasbourg.\n\nCamille Dubois\n",
    INC("camille.dubois@acme-corp.example", "Camille", "Dubois"))

# ---------------------------------------------------------------- follow-ups
add("mix-25-fu-dsr-en-pt", "Beatriz Rocha <beatriz.rocha@correio.example>",
    "Re: [DSR-52340] We have received your request",
    "Olá, thank you. Can you tell me when I will receive the data? Já passaram três semanas.\n\nBeatriz Rocha\n\n> We have received your request. Reference: [DSR-52340].\n",
    FU("52340", "beatriz.rocha@correio.example", "Beatriz", "Rocha"))

add("mix-26-fu-irt-pl", "Krzysztof Wiśniewski <k.wisniewski@poczta.example>",
    "Re: Pytanie o monitoring w autobusach",
    "Dzień dobry, nadal czekam na odpowiedź. Still waiting for an answer, please.\n\nKrzysztof Wiśniewski\n",
    FU(ref("mix-08-pl-monitoring-info"), "k.wisniewski@poczta.example", "Krzysztof", "Wiśniewski"),
    headers=irt("mix-08-pl-monitoring-info"))

# ---------------------------------------------------------------- ignored
add("mix-27-spam-en-es-crypto", "Crypto Profits <vip@crypto-profits-now.example>",
    "Gane dinero / Earn 5000 EUR per day",
    "Earn 5000 EUR per day with our AI trading robot! ¡Gane 5.000 EUR al día sin experiencia! Register now and get a 100% bonus. Unsubscribe / darse de baja: reply STOP.\n",
    IGN("spam", "vip@crypto-profits-now.example"), headers=SPAM_HDR)

add("mix-28-spam-pt-fatura", "Serviço de Faturação <faturas@cobranca-urgente.example>",
    "Fatura em atraso / overdue invoice",
    "Caro cliente, a sua fatura n.º 99812 está em atraso. Descarregue o documento aqui: http://cobranca-urgente.example/fatura.zip\nDear customer, your invoice is overdue, download it at the link above.\n",
    IGN("spam", "faturas@cobranca-urgente.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="cobranca-urgente.example")])

add("mix-29-auto-reply-de-en-dsr", "Katharina Vogel <katharina.vogel@firma.example>",
    "Abwesenheitsnotiz / Out of office: Re: [DSR-49980] Your request",
    "Ich bin bis zum 25.11. nicht im Büro. I am out of the office until 25 November with no access to email.\n\nKatharina Vogel\n",
    IGN("auto_reply", "katharina.vogel@firma.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-30-bulk-iapp-style", "Euro Privacy Digest <digest@europrivacydigest.example>",
    "Euro Privacy Digest - Weekly / Hebdomadaire",
    "This week in European privacy / Cette semaine :\n- CNIL fines a transport operator\n- Garante issues guidance on stadium facial recognition\n- AEPD annual report published\n\nYou are receiving this because you subscribed. Unsubscribe here.\n",
    IGN("bulk", "digest@europrivacydigest.example"),
    headers=["List-Id: Euro Privacy Digest <digest.europrivacydigest.example>",
             "List-Unsubscribe: <mailto:unsubscribe@europrivacydigest.example>", "Precedence: bulk"])
