# Development set 23, Italian (Italy and Ticino). Organisation: a coworking and serviced-office
# provider (badge access, meeting-room booking app, mail handling for virtual offices, visitor
# registration). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("it-01-log-badge", "Giulia Bernardi <giulia.bernardi@libero.example>",
    "Richiesta di accesso ai dati personali",
    """Gentili signori,

sono cliente del vostro coworking di Milano Isola dal 2025. Ai sensi dell'art. 15 del GDPR vi chiedo
di farmi avere tutti i dati che trattate su di me, in particolare i registri degli ingressi con il
badge, la foto usata per il tesserino e lo storico delle prenotazioni delle sale.

Cordiali saluti,
Giulia Bernardi
""",
    R(["Access"], "giulia.bernardi@libero.example", "Giulia", "Bernardi"))

add("it-02-cancella-app", "Lorenzo De Santis <lorenzo.desantis@tiscali.example>",
    "Cancellazione account",
    """Buongiorno,

vi chiedo di eliminare definitivamente il mio account dall'app per le prenotazioni e tutti i dati
collegati. Non sono più socio da settembre.

Grazie,
Lorenzo De Santis
""",
    R(["Erasure"], "lorenzo.desantis@tiscali.example", "Lorenzo", "De Santis"))

add("it-03-newsletter", "Francesca Lo Russo <francesca.lorusso@alice.example>",
    "Basta email promozionali",
    """Salve,

ricevo continuamente le vostre email su eventi, "happy hour di networking" e promozioni per uffici
privati. Non le ho mai chieste: vi prego di non inviarmene più e di non usare i miei dati per
finalità di marketing.

Francesca Lo Russo
""",
    R(["Opposition"], "francesca.lorusso@alice.example", "Francesca", "Lo Russo"))

add("it-04-piva-inoltro", "Alessandro Colombo <a.colombo@colombo-consulenze.example>",
    "Aggiornamento dati domiciliazione",
    """Buongiorno,

per la domiciliazione della mia ditta a Torino vi prego di correggere i seguenti dati:
- Partita IVA: 09876543210 (nel vostro sistema c'è un numero errato);
- indirizzo per l'inoltro della posta: Via Garibaldi 45, 10122 Torino;
- PEC: colombo.consulenze@pec.example.

Grazie mille,
Alessandro Colombo
""",
    R(["Rectification"], "a.colombo@colombo-consulenze.example", "Alessandro", "Colombo"))

add("it-05-portabilita", "Chiara Esposito <chiara.esposito@espositostudio.example>",
    "Trasferimento dati a nuovo fornitore",
    """Ciao,

dal mese prossimo mi sposto con il mio studio in un altro spazio di coworking a Napoli. Potete
inviarmi in formato strutturato (CSV o JSON) lo storico delle prenotazioni, delle fatture e delle
mie preferenze, così da caricarlo nel sistema del nuovo fornitore? Dopo potete pure chiudere e
cancellare il mio profilo.

Grazie,
Chiara Esposito
""",
    R(["Portability", "Erasure"], "chiara.esposito@espositostudio.example", "Chiara", "Esposito"))

add("it-06-addebito-danni", "Marco Ferraro <marco.ferraro@ferraro-ing.example>",
    "Contestazione addebito - limitazione del trattamento",
    """Spett.le società,

contesto l'addebito di 480 euro per presunti danni alla sala "Brera". Ho già inviato un reclamo
formale. Fino alla conclusione della verifica vi chiedo, ai sensi dell'art. 18 GDPR, di limitare il
trattamento dei miei dati: nessuna comunicazione a società di recupero crediti, nessun utilizzo
diverso dalla conservazione.

Distinti saluti,
Ing. Marco Ferraro
""",
    R(["Restriction"], "marco.ferraro@ferraro-ing.example", "Marco", "Ferraro"))

add("it-07-visitatori", "Valentina D'Amico <valentina.damico@virgilio.example>",
    "Registrazione visitatori",
    """Buonasera,

sono andata a trovare un cliente nella vostra sede di Roma EUR e all'ingresso ho dovuto lasciare
nome, cognome, azienda, numero di cellulare e una foto. Vorrei sapere chi può vedere questi dati,
se li condividete con l'azienda che ho visitato e per quanto tempo li conservate.

Grazie,
Valentina D'Amico
""",
    R(["Information"], "valentina.damico@virgilio.example", "Valentina", "D'Amico"))

add("it-08-badge-bloccato", "Davide Fontana <davide.fontana@fontanadev.example>",
    "Badge bloccato per 'comportamento anomalo'",
    """Buongiorno,

il mio badge è stato disattivato automaticamente venerdì notte con la motivazione "accessi anomali
rilevati". Semplicemente lavoro di notte per clienti americani e il mio contratto prevede accesso
24/7.

Vorrei sapere quali dati sui miei accessi avete raccolto e usato, e chiedo che una persona riesamini
la decisione, perché è stata presa dal sistema senza che nessuno mi contattasse.

Davide Fontana
""",
    R(["Access", "AutomatedDecision"], "davide.fontana@fontanadev.example", "Davide", "Fontana"))

add("it-09-avvocato-lavoro", "Avv. Paolo Rinaldi <paolo.rinaldi@studiorinaldi.example>",
    "Istanza di accesso ex art. 15 GDPR - Sig.ra Silvia Marchetti",
    """Spett.le società,

in nome e per conto della mia assistita, Sig.ra Silvia Marchetti, dipendente di un'azienda che ha
uffici presso il Vostro centro di Bologna, come da delega allegata, chiedo l'accesso a tutti i dati
personali che la riguardano, con particolare riferimento ai registri degli accessi tramite badge dal
1° giugno ad oggi, e l'indicazione dei soggetti ai quali tali dati sono stati comunicati.

Distinti saluti,
Avv. Paolo Rinaldi
Studio Legale Rinaldi - Bologna
""",
    R(["Access"], "paolo.rinaldi@studiorinaldi.example", "Silvia", "Marchetti", representative="Paolo Rinaldi"))

add("it-10-erede", "Antonio Greco <antonio.greco@gmail.example>",
    "Domiciliazione di mio padre defunto",
    """Buongiorno,

mio padre, Giuseppe Greco, è venuto a mancare a settembre. Aveva un servizio di domiciliazione presso
la vostra sede di Bari. Sono il figlio ed erede: vi chiedo di chiudere il contratto e cancellare
tutti i suoi dati. Posso inviare il certificato di morte e la dichiarazione di successione.

Antonio Greco
""",
    R(["Erasure"], "antonio.greco@gmail.example", "Giuseppe", "Greco", representative="Antonio Greco"))

add("it-11-html-copia-cancella", "Elisa Galli <elisa.galli@galli-traduzioni.example>",
    "I miei dati",
    html("Buongiorno,",
         "vorrei ricevere una copia di tutte le informazioni personali che conservate su di me "
         "(contratto, fatture, accessi, prenotazioni).",
         "Una volta ricevute, vi chiedo di <b>cancellare</b> tutto ciò che non siete obbligati a "
         "conservare per legge.",
         "Grazie,<br>Elisa Galli"),
    R(["Access", "Erasure"], "elisa.galli@galli-traduzioni.example", "Elisa", "Galli"),
    ct=HTML)

add("it-12-immagine-latin1", "Niccolò Caruso <niccolo.caruso@fastwebnet.example>",
    "Revoca consenso immagine",
    """Salve,

all'evento di inaugurazione di Firenze ho firmato la liberatoria per le foto. Vorrei revocare il
consenso all'uso della mia immagine e vi chiedo di cancellare le foto in cui compaio dal sito e dai
social.

Niccolò Caruso
""",
    R(["Opposition", "Erasure"], "niccolo.caruso@fastwebnet.example", "Niccolò", "Caruso"),
    ct=LATIN1, encode="latin-1")

add("it-13-inoltro-partner", "Federica Conti <federica.conti@acme-corp.example>",
    "I: domanda su cessione dati a partner",
    """Ciao team privacy,

vi giro la mail di un socio, non so bene cosa rispondergli.

Federica Conti
Community Manager - Milano Porta Romana

-------- Messaggio inoltrato --------
Da: Roberto Moretti <roberto.moretti@studio-moretti.example>
Data: 12/11/2026 15:33
A: Federica Conti <federica.conti@acme-corp.example>
Oggetto: cessione dati

Ciao Federica,

nel nuovo regolamento dei soci si parla di "partner selezionati" che possono ricevere i dati dei
membri. Chi sono questi partner? Quali dati ricevono esattamente e per farci cosa?

Grazie,
Roberto Moretti
""",
    R(["Information"], "roberto.moretti@studio-moretti.example", "Roberto", "Moretti"))

add("it-14-solo-prenotazioni", "Martina Ricci <martina.ricci@ricci-eventi.example>",
    "Storico prenotazioni",
    """Ciao,

non voglio assolutamente cancellare il mio account, mi trovo benissimo! Mi servirebbe però sapere
quali dati avete salvato sulle mie prenotazioni degli ultimi 12 mesi e riceverne l'elenco completo,
perché il mio commercialista deve ricostruire i costi.

Martina Ricci
""",
    R(["Access"], "martina.ricci@ricci-eventi.example", "Martina", "Ricci"))

add("it-15-pacco", "Stefano Barbieri <stefano.barbieri@barbieri-shop.example>",
    "Pacco arrivato?",
    """Salve, mi è arrivato un pacco BRT alla reception di Padova? Il corriere dice consegnato ieri alle 16. Grazie
Stefano Barbieri
""",
    R(["Unknown"], "stefano.barbieri@barbieri-shop.example", "Stefano", "Barbieri"))

add("it-16-sondaggi-lungo", "Gianluca Pellegrino <gianluca.pellegrino@pellegrino-arch.example>",
    "Lamentela sede di Verona",
    """Buongiorno,

vi scrivo perché da settimane la situazione nella sede di Verona è inaccettabile. L'aria
condizionata della sala open space è ancora accesa a novembre, le stampanti sono sempre senza toner
e la sala riunioni "Arena" viene prenotata da un'unica azienda tutti i giorni dalle 9 alle 18, per
cui noi altri non riusciamo mai a usarla.

Ogni volta che segnalo un problema, dopo due giorni ricevo un sondaggio di soddisfazione via email e
via SMS, poi un promemoria, poi un altro. Basta: smettete di usare i miei dati per questi sondaggi,
non voglio più riceverli.

Spero che almeno i problemi della sede vengano risolti.

Gianluca Pellegrino
""",
    R(["Opposition"], "gianluca.pellegrino@pellegrino-arch.example", "Gianluca", "Pellegrino"))

add("it-17-cancellatemi", "fra.tx87@hotmail.example",
    "cancellazione",
    """cancellatemi da tutto grz
""",
    R(["Erasure"], "fra.tx87@hotmail.example"))

add("it-18-ticino", "Luca Bernasconi <luca.bernasconi@ticino-net.example>",
    "Dove sono conservati i dati?",
    """Buongiorno,

ho un ufficio virtuale nella vostra sede di Lugano. Per motivi di conformità verso i miei clienti
devo sapere dove vengono conservate le scansioni della mia posta (Svizzera o UE?), chi è il
fornitore del cloud e per quanto tempo le tenete.

Cordiali saluti,
Luca Bernasconi
""",
    R(["Information"], "luca.bernasconi@ticino-net.example", "Luca", "Bernasconi"))

add("it-19-task-vigilanza", "Serena Villa <serena.villa@acme-corp.example>",
    "Nomina responsabile esterno - società di vigilanza",
    """Ciao,

dal 1° dicembre la vigilanza notturna a Milano e Torino passa a SecurItalia. Avranno accesso alle
telecamere e al registro badge. Serve preparare l'atto di nomina a responsabile del trattamento ex
art. 28: potete occuparvene voi?

Serena Villa
Facility Manager Nord Italia
""",
    TASK("serena.villa@acme-corp.example", "Serena", "Villa"))

add("it-20-task-dpia-sensori", "Matteo Rizzi <matteo.rizzi@acme-corp.example>",
    "Valutazione d'impatto sensori sale riunioni",
    """Buongiorno,

vorremmo installare sensori di presenza con conteggio persone nelle sale riunioni di Roma, per
liberare automaticamente le sale prenotate ma vuote. Il fornitore dice che i sensori sono
"termici", ma le sale sono collegate alle prenotazioni nominative. Serve una DPIA? Vi mando la
scheda tecnica.

Matteo Rizzi
Product Owner App
""",
    TASK("matteo.rizzi@acme-corp.example", "Matteo", "Rizzi"))

add("it-21-task-informativa", "Laura Gatti <laura.gatti@acme-corp.example>",
    "Informativa visitatori nuova sede Porta Nuova",
    """Ciao,

la nuova sede di Milano Porta Nuova apre a gennaio con il check-in visitatori tramite QR code.
Abbiamo bisogno dell'informativa per i visitatori da esporre in reception e da mostrare sul
tablet. Riuscite a prepararla entro il 15 dicembre?

Laura Gatti
Marketing
""",
    TASK("laura.gatti@acme-corp.example", "Laura", "Gatti"))

add("it-22-inc-elenco-soci", "Andrea Leone <andrea.leone@acme-corp.example>",
    "Inviato per errore elenco soci",
    """Ciao,

stamattina ho inviato la comunicazione sul nuovo orario natalizio a tutti i soci di Roma allegando
per errore il file Excel con l'elenco soci (nome, azienda, email, cellulare, tipo di abbonamento e
stato dei pagamenti) invece del PDF. Circa 220 destinatari. Ho già provato a richiamare il
messaggio ma molti l'avranno aperto.

Andrea Leone
""",
    INC("andrea.leone@acme-corp.example", "Andrea", "Leone"))

add("it-23-inc-posta-aperta", "Sara Fabbri <sara.fabbri@fabbri-studio.example>",
    "Ricevuta posta di un'altra azienda",
    """Buongiorno,

ritirando la posta nella vostra sede di Rimini ho trovato nella mia casella una busta già aperta
indirizzata a un'altra ditta, con dentro un estratto conto e la copia di un documento d'identità.
L'ho restituita alla reception, ma mi sembra grave.

Sara Fabbri
""",
    INC("sara.fabbri@fabbri-studio.example", "Sara", "Fabbri"))

add("it-24-inc-pc-reception", "Fabio Marino <fabio.marino@acme-corp.example>",
    "PC reception Genova - possibile malware",
    """Ciao,

la collega della reception di Genova ha aperto un allegato "Fattura_DHL.zip" e da allora il PC si
comporta in modo strano (finestre che si aprono, antivirus disattivato). Su quel PC c'è il
registro visitatori e l'accesso al gestionale della posta. L'ho staccato dalla rete.

Fabio Marino
IT Support
""",
    INC("fabio.marino@acme-corp.example", "Fabio", "Marino"))

add("it-25-fu-sollecito", "Giorgia Santoro <giorgia.santoro@santoro-legal.example>",
    "R: [DSR-80317] Conferma di ricezione",
    """Buongiorno,

sono passate più di quattro settimane e non ho ancora ricevuto i dati richiesti. Potete darmi
aggiornamenti?

Giorgia Santoro

> La sua richiesta è stata registrata con il numero DSR-80317.
""",
    FU("80317", "giorgia.santoro@santoro-legal.example", "Giorgia", "Santoro"))

add("it-26-fu-ferraro", "Marco Ferraro <marco.ferraro@ferraro-ing.example>",
    "Re: Contestazione addebito - limitazione del trattamento",
    """Allego la perizia del tecnico che dimostra che lo schermo era già danneggiato. Attendo conferma
della limitazione richiesta.

M. Ferraro
""",
    FU(ref("it-06-addebito-danni"), "marco.ferraro@ferraro-ing.example", "Marco", "Ferraro"),
    headers=irt("it-06-addebito-danni"))

add("it-27-spam-adeguamento", "Ufficio Adeguamento GDPR <info@adeguamento-gdpr-italia.example>",
    "Ultimo avviso: adeguamento GDPR obbligatorio",
    """Gentile titolare,

risulta che la sua azienda non ha ancora completato l'adeguamento al GDPR. Per evitare sanzioni
fino a 20 milioni di euro e tutelare i dati personali dei clienti, acquisti il nostro pacchetto
"Privacy Completa" a soli 199 euro. Offerta valida 48 ore.

Per non ricevere più comunicazioni risponda CANCELLA.
""",
    IGN("spam", "info@adeguamento-gdpr-italia.example"),
    headers=SPAM_HDR)

add("it-28-spam-fattura", "Amministrazione <amministrazione@fatture-online-pagamenti.example>",
    "Fattura n. 2026/8841 in sospeso",
    """Gentile cliente,

in allegato la fattura n. 2026/8841 non ancora saldata. Per visualizzarla acceda al portale con le
sue credenziali aziendali:

https://fatture-online-pagamenti.example/login

Amministrazione
""",
    IGN("spam", "amministrazione@fatture-online-pagamenti.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="fatture-online-pagamenti.example")])

add("it-29-risposta-auto", "Paola Benedetti <paola.benedetti@benedetti-associati.example>",
    "Risposta automatica: Fuori ufficio",
    """Sono fuori ufficio fino al 24 novembre. Per urgenze contattare segreteria@benedetti-associati.example.

Paola Benedetti
""",
    IGN("auto_reply", "paola.benedetti@benedetti-associati.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-30-newsletter", "Smart Working Magazine <news@smartworkingmag.example>",
    "Smart Working Magazine - le novità di novembre",
    """SMART WORKING MAGAZINE

- I coworking italiani crescono del 12%
- Badge o smartphone? Il controllo accessi del futuro
- Evento: Flex Office Day, Milano, 2 dicembre

Ricevi questa newsletter perché sei iscritto. Disiscriviti: https://smartworkingmag.example/unsub
""",
    IGN("bulk", "news@smartworkingmag.example"),
    headers=["List-Id: <news.smartworkingmag.example>",
             "List-Unsubscribe: <https://smartworkingmag.example/unsub>",
             "Precedence: bulk"])
