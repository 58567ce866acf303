from common import *  # part it: written blind
# Rueda (ride-hailing, monopattini), il quotidiano regionale + abbonamento podcast, LuckyLine
# (lotterie, scommesse sportive): un solo gruppo, privacy@acme-corp.example.

# ---------------------------------------------------------------- richieste
add("it-01-cancellate-account", "mirkozeta@libero.example", "account",
    """cancellate il mio account luckyline grazie
""",
    R(["Erasure"], "mirkozeta@libero.example"))

add("it-02-pec-avvocato-accesso", "Avv. Federica Lo Presti <federica.lopresti@pec.studiolopresti.example>",
    "Istanza ex art. 15 Reg. UE 2016/679 - sig. Carlo Maria Bonfanti",
    """Spett.le Rueda
c.a. Responsabile della Protezione dei Dati

Oggetto: istanza di accesso ai dati personali ex art. 15 GDPR - sig. Carlo Maria Bonfanti

La sottoscritta Avv. Federica Lo Presti, del Foro di Milano, in nome e per conto del sig.
Carlo Maria Bonfanti, nato a Monza il 12.04.1979, come da delega che si allega unitamente a
copia del documento d'identità del delegante,

CHIEDE

di conoscere se siano in corso trattamenti di dati personali che riguardano il proprio
assistito e, in caso affermativo, di ottenerne copia, con particolare riferimento ai dati
di geolocalizzazione relativi alle corse effettuate tra il 1° e il 30 settembre 2026 e alle
registrazioni delle chiamate intercorse con il servizio clienti.

Si resta in attesa di riscontro entro i termini di cui all'art. 12, par. 3, GDPR.

Distinti saluti.

Avv. Federica Lo Presti
Studio Legale Lo Presti - Corso di Porta Romana 20, 20122 Milano
Tel. 02 0000000 - PEC federica.lopresti@pec.studiolopresti.example

Le informazioni contenute nella presente comunicazione sono riservate e destinate
esclusivamente al destinatario. È vietata la diffusione non autorizzata.
""",
    R(["Access"], "federica.lopresti@pec.studiolopresti.example", "Carlo Maria", "Bonfanti",
      representative="Federica Lo Presti"))

add("it-03-monopattino-via-sbagliata", "Salvatore Cuomo <salvatore.cuomo@tiscali.example>",
    "Multa assurda per il monopattino",
    """Buongiorno,

vi scrivo perché sono veramente esasperato. Il 4 novembre ho noleggiato un vostro
monopattino a Napoli, sono andato dal Vomero a via Toledo e l'ho lasciato nello stallo
giusto davanti alla fermata della metro, ho fatto la foto e ho chiuso la corsa. Pagato 4,20
euro e fine.

Dieci giorni dopo mi arriva una mail che mi addebitate 25 euro di "recupero mezzo" perché
secondo voi il monopattino era in via Medina, in divieto, e un operatore è dovuto andare a
prenderlo. Ho chiamato il numero verde tre volte. La prima volta è caduta la linea, la
seconda mi hanno detto di mandare una mail, la terza un signore gentilissimo mi ha detto che
"il sistema non sbaglia".

Il sistema sbaglia eccome. Ho la foto e ho anche la ricevuta del caffè preso al bar
lì davanti due minuti dopo. Quindi vi chiedo di correggere nei vostri archivi la posizione
di fine corsa associata al mio account, perché quella che avete registrato è sbagliata, e di
togliere l'addebito che ne è derivato.

Non è possibile che per avere giustizia uno debba scrivere all'ufficio privacy.

Salvatore Cuomo
""",
    R(["Rectification"], "salvatore.cuomo@tiscali.example", "Salvatore", "Cuomo"))

add("it-04-revoca-marketing-latin1", "Graziella Pellegrini <graziella.pellegrini@alice.example>",
    "Revoca consenso",
    """Gentili signori,

con la presente revoco il consenso al trattamento dei miei dati per finalità di marketing,
comprese le telefonate e le e-mail promozionali per l'abbonamento al quotidiano e alle
offerte dei vostri partner. Vi prego di non contattarmi più a tale scopo.

Cordiali saluti
Graziella Pellegrini
""",
    R(["Opposition"], "graziella.pellegrini@alice.example", "Graziella", "Pellegrini"),
    ct=LATIN1, encode="latin-1")

add("it-05-che-dati-avete", "Mirko Zanetti <m.zanetti88@gmail.example>",
    "info sui miei dati",
    """salve vorei sapere che dati avete su di me sul conto luckyline, tipo tutto quello che
avete salvato da quando mi sono iscrito (2019). me li potete mandare?
grazie mirko zanetti
""",
    R(["Access"], "m.zanetti88@gmail.example", "Mirko", "Zanetti"))

add("it-06-autista-dati-altra-piattaforma", "Davide De Santis <davide.desantis@outlook.example>",
    "Richiesta dati in formato esportabile",
    """Buongiorno,

sono un autista NCC che lavora con Rueda a Roma dal 2023. Ho deciso di passare a un'altra
piattaforma e vorrei ricevere i miei dati (corse, incassi, valutazioni dei clienti,
chilometri percorsi) in un formato strutturato e leggibile da un computer, tipo CSV o JSON,
in modo da poterli caricare sulla nuova app. Se possibile trasmetteteli voi direttamente.

Grazie,
Davide De Santis
""",
    R(["Portability"], "davide.desantis@outlook.example", "Davide", "De Santis"))

add("it-07-conto-sospeso-anomalie", "Loredana Fiore <loredana.fiore@virgilio.example>",
    "Conto gioco sospeso in automatico",
    """Buonasera,

il mio conto di gioco LuckyLine è stato sospeso con un messaggio automatico: "Il sistema ha
rilevato anomalie nel comportamento di gioco". Nessuno mi ha contattata, nessuno mi sa dire
quali anomalie.

Chiedo che la decisione venga riesaminata da una persona e non da un algoritmo, e di poter
esprimere la mia opinione e contestarla. Gioco da anni sempre le stesse cifre.

Loredana Fiore
""",
    R(["AutomatedDecision"], "loredana.fiore@virgilio.example", "Loredana", "Fiore"))

add("it-08-limitazione-verifica-documento", "Vittorio Dell'Acqua <vittorio.dellacqua@fastweb.example>",
    "Dati del documento sbagliati - limitazione",
    """Gentili,

nel mio profilo LuckyLine risultano dati del documento d'identità che non sono i miei
(numero della carta d'identità e data di rilascio diversi). Ho già segnalato la cosa e mi
dite che state verificando.

Nel frattempo chiedo che quei dati non vengano utilizzati in alcun modo, né comunicati a
terzi, finché non avrete accertato quali sono quelli corretti. Non cancellate l'account.

Vittorio Dell'Acqua
""",
    R(["Restriction"], "vittorio.dellacqua@fastweb.example", "Vittorio", "Dell'Acqua"))

add("it-09-dopo-la-morte-nipote", "Ernesta Baldini <ernesta.baldini@libero.example>",
    "Disposizioni sui miei dati",
    """Buongiorno,

ho 81 anni e sono abbonata al vostro giornale da quarant'anni, adesso anche in digitale con
i podcast che mi legge il tablet.

Vorrei lasciare delle disposizioni: quando non ci sarò più, voglio che sia mio nipote
Michele a potersi occupare del mio abbonamento e dei miei dati, e che dopo venga tutto
cancellato. Come posso fare? Basta scriverlo qui?

Grazie per la pazienza.
Ernesta Baldini
""",
    R(["AdvanceDirectives"], "ernesta.baldini@libero.example", "Ernesta", "Baldini"))

add("it-10-partner-pubblicitari-html", "Chiara Fumagalli <chiara.fumagalli@gmail.example>",
    "Con chi condividete i dati dei lettori?",
    html("Salve,",
         "quando leggo il quotidiano online il banner dei cookie parla di 312 partner. "
         "Vorrei sapere, in concreto, a chi comunicate i dati dei lettori abbonati (il mio "
         "indirizzo e-mail, le letture, gli ascolti dei podcast) e per quali scopi, e se "
         "qualcuno di questi partner si trova fuori dall'Unione europea.",
         "Grazie,<br>Chiara Fumagalli"),
    R(["Information"], "chiara.fumagalli@gmail.example", "Chiara", "Fumagalli"), ct=HTML)

add("it-11-niente-telefonate", "Pasquale Ruggiero <pasquale.ruggiero@tin.example>",
    "Telefonate",
    """Buongiorno. Premetto che l'abbonamento al giornale lo voglio tenere e che NON voglio
cancellare niente. Però non voglio più essere chiamato dal vostro call center per le
offerte di rinnovo e le promozioni sui podcast. Il mio numero toglietelo dalle liste delle
chiamate commerciali.

Pasquale Ruggiero
""",
    R(["Opposition"], "pasquale.ruggiero@tin.example", "Pasquale", "Ruggiero"))

add("it-12-copia-poi-cancellazione", "Marta Ferraris <marta.ferraris@email.example>",
    "Chiusura conto e dati",
    """Buongiorno,

ho smesso di giocare e voglio chiudere il conto LuckyLine. Prima però vorrei avere tutto
quello che avete registrato su di me (movimenti, giocate, documenti, chat con l'assistenza).
Dopo che me l'avete mandato, cancellate i miei dati.

Marta Ferraris
""",
    R(["Access", "Erasure"], "marta.ferraris@email.example", "Marta", "Ferraris"))

add("it-13-padre-figlia-monopattino", "Andrea Colombo <andrea.colombo.74@gmail.example>",
    "Account di mia figlia minorenne",
    """Buongiorno,

mia figlia Sofia Colombo ha 15 anni e ho scoperto che si è registrata all'app Rueda per
noleggiare i monopattini usando la mia carta di credito. Non ha l'età per farlo.

In qualità di genitore esercente la responsabilità genitoriale chiedo la chiusura immediata
dell'account e la cancellazione di tutti i suoi dati. L'account è registrato con
sofi.colombo.2011@gmail.example.

Andrea Colombo
""",
    R(["Erasure"], "andrea.colombo.74@gmail.example", "Sofia", "Colombo",
      representative="Andrea Colombo"))

add("it-14-erede-padre-conto-gioco", "Luca Marchetti <luca.marchetti@studiomarchetti.example>",
    "Conto gioco di mio padre defunto",
    """Gentili signori,

mio padre, Franco Marchetti, è mancato lo scorso agosto. Nell'ambito della successione
abbiamo scoperto che aveva un conto di gioco LuckyLine.

In qualità di figlio ed erede, ai sensi dell'art. 2-terdecies del Codice privacy, chiedo di
ricevere tutti i dati relativi al suo conto: saldo, movimenti, versamenti e prelievi degli
ultimi anni, vincite non riscosse.

Allego certificato di morte e dichiarazione sostitutiva di atto notorio.

Luca Marchetti
""",
    R(["Access"], "luca.marchetti@studiomarchetti.example", "Franco", "Marchetti",
      representative="Luca Marchetti"))

add("it-15-amministratore-sostegno", "Annalisa Greco <annalisa.greco@avvocatigreco.example>",
    "Sig.ra Ida Carbone - amministrazione di sostegno",
    """Spettabile LuckyLine,

scrivo in qualità di amministratrice di sostegno della sig.ra Ida Carbone (decreto del
Giudice Tutelare di Bari n. 1123/2026, che allego), persona anziana affetta da
decadimento cognitivo.

Ho riscontrato che la sig.ra Carbone riceve quotidianamente SMS e e-mail con bonus di
gioco. Chiedo pertanto:
- la cessazione immediata di ogni comunicazione promozionale nei suoi confronti;
- la cancellazione del suo account e dei dati personali che la riguardano.

Distinti saluti,
Avv. Annalisa Greco
""",
    R(["Opposition", "Erasure"], "annalisa.greco@avvocatigreco.example", "Ida", "Carbone",
      representative="Annalisa Greco"))

add("it-16-basta-email-maiuscolo", "ROSARIA MANCINI <rosaria.mancini@alice.example>",
    "BASTA!!!",
    """BASTA EMAIL!!! TOGLIETEMI DALLA NEWSLETTER DEL GIORNALE E DA QUELLA DEI PODCAST, NE
ARRIVANO 4 AL GIORNO. HO GIA CLICCATO SU DISISCRIVITI DUE VOLTE E NON FUNZIONA

ROSARIA MANCINI
""",
    R(["Opposition"], "rosaria.mancini@alice.example", "Rosaria", "Mancini"))

add("it-17-chi-vi-ha-dato-numero", "dani.b99@hotmail.example", "??",
    """raga ma xke avete il mio numero?? mi arrivano sms di luckyline ma io nn mi sono mai
iscritto da voi. chi ve l'ha dato??
""",
    R(["Information"], "dani.b99@hotmail.example"))

add("it-18-inoltro-cognome-errato", "Serena Galli <serena.galli@acme-corp.example>",
    "I: Correzione cognome",
    """Ciao,

vi giro questa richiesta arrivata all'assistenza abbonati, mi sembra di vostra competenza.

Serena
Servizio Clienti Abbonamenti

---------- Messaggio inoltrato ----------
Da: Giuseppina Lo Bianco <pina.lobianco@libero.example>
Data: 12 nov 2026, 16:48
Oggetto: Correzione cognome
A: abbonati@acme-corp.example

Buongiorno, nel mio profilo di abbonata e sulle fatture il mio cognome è scritto
"Lobianco" tutto attaccato. Quello corretto è "Lo Bianco", staccato. Potete sistemarlo?
Grazie, Giuseppina Lo Bianco
""",
    R(["Rectification"], "pina.lobianco@libero.example", "Giuseppina", "Lo Bianco"))

add("it-19-allegato-registrazioni", "Nicola Rizzi <nicola.rizzi@acme-corp.example>",
    "Fwd: registrazioni chiamate cliente", "",
    R(["Access"], "enrico.sartori@fastweb.example", "Enrico", "Sartori"),
    attached=("Enrico Sartori <enrico.sartori@fastweb.example>",
              "Registrazioni delle mie telefonate",
              """Buongiorno,

all'inizio di ogni chiamata al vostro servizio clienti Rueda dite che "la chiamata potrà
essere registrata". Ho parlato con voi almeno sei volte a ottobre per un rimborso. Vorrei
avere le registrazioni di quelle telefonate e le note che gli operatori hanno scritto sul mio
profilo.

Grazie,
Enrico Sartori
"""),
    note="""Ciao team privacy,

in allegato la mail di un cliente arrivata al call center. Chiede le registrazioni delle sue
chiamate: noi non possiamo estrarle, ve la passo.

Nicola Rizzi
Team Leader Customer Care Rueda - Torino
""")

add("it-20-famiglia-replyto-podcast", "Famiglia Ricci <famiglia.ricci@tiscali.example>",
    "cancellazione account podcast",
    """Buongiorno,

scrivo dalla casella di famiglia ma l'account del podcast è il mio. Vorrei che fosse
eliminato insieme a tutti i miei dati. Per favore rispondetemi all'indirizzo personale.

Giulia Ricci
""",
    R(["Erasure"], "giulia.ricci.92@gmail.example", "Giulia", "Ricci"),
    headers=["Reply-To: giulia.ricci.92@gmail.example"])

add("it-21-monopattino-non-si-sblocca", "Tiziano Pace <tiziano.pace@email.example>",
    "monopattino non si sblocca",
    """Salve, stamattina ho provato a sbloccare un monopattino in piazza Maggiore, non si è
sbloccato ma mi avete scalato 5 euro lo stesso. Potete restituirmeli? Non trovo altri
indirizzi a cui scrivere.

Tiziano Pace
""",
    R(["Unknown"], "tiziano.pace@email.example", "Tiziano", "Pace"))

add("it-22-ingegnere-conservazione-gps", "Massimo Villa <m.villa@villaengineering.example>",
    "Richiesta chiarimenti trattamento dati di localizzazione",
    """Spett.le Titolare,

utilizzo regolarmente i vostri servizi di noleggio e vorrei alcuni chiarimenti prima di
continuare:

1. per quanto tempo conservate i dati GPS delle corse?
2. i server su cui sono memorizzati si trovano nell'UE? In caso contrario, su quale base
   avviene il trasferimento?
3. i dati di localizzazione sono usati anche per finalità diverse dalla fatturazione
   (statistiche, marketing, vendita a terzi)?

Ringrazio per l'attenzione.

Ing. Massimo Villa
Villa Engineering S.r.l. - Amministratore Unico
Via Nizza 15, 10125 Torino
""",
    R(["Information"], "m.villa@villaengineering.example", "Massimo", "Villa"))

add("it-23-cp1252-carta-credito", "Renato Gallo <renato.gallo@aruba.example>",
    "Dati carta di credito",
    """Salve,

a ottobre mi è stato addebitato “per errore” un rinnovo dell’abbonamento podcast da 9,99 €
che non avevo chiesto. Il rimborso è arrivato, grazie.

Adesso però voglio che i dati della mia carta di credito vengano eliminati dal mio profilo e
dai vostri sistemi: pagherò di volta in volta.

Renato Gallo
""",
    R(["Erasure"], "renato.gallo@aruba.example", "Renato", "Gallo"),
    ct=CP1252, encode="cp1252")

add("it-24-storico-giocate-csv", "Fabrizio Orlando <fabrizio.orlando@pec-mail.example>",
    "Storico giocate in formato elettronico",
    """Buongiorno,

il mio commercialista mi chiede lo storico completo delle mie giocate e vincite LuckyLine
dal 2022 a oggi. Mi servirebbe in un file strutturato (CSV o Excel), non nel PDF che si
scarica dall'app, così da poterlo caricare nel suo gestionale.

Saluti,
Fabrizio Orlando
""",
    R(["Portability"], "fabrizio.orlando@pec-mail.example", "Fabrizio", "Orlando"))

add("it-25-data-nascita-vecchia-foto", "Noemi Russo <noemi.russo@yahoo.example>",
    "Due cose sul mio profilo",
    """Ciao,

nel profilo Rueda la mia data di nascita è sbagliata (c'è 21/07/1996, invece è 12/07/1996),
per favore correggetela.

Poi nel profilo c'è ancora la foto della vecchia patente scaduta: quella toglietela proprio,
cancellatela, non serve più a niente visto che ho caricato quella nuova.

Grazie mille
Noemi
""",
    R(["Rectification", "Erasure"], "noemi.russo@yahoo.example", "Noemi", "Russo"))

add("it-26-oblio-articolo-assolto", "Aldo Benedetti <aldo.benedetti@libero.example>",
    "Articolo del 2012 - diritto all'oblio",
    """Egregio Direttore, gentile ufficio privacy,

nel 2012 il vostro giornale ha pubblicato un articolo dal titolo "Ragioniere indagato per
appropriazione indebita", con il mio nome e cognome e il nome del paese. Avevo 41 anni,
lavoravo in una cooperativa agricola e quell'indagine mi ha rovinato la vita: ho perso il
lavoro, mia moglie ha dovuto cambiare scuola ai ragazzi.

Nel 2015 sono stato assolto con formula piena perché il fatto non sussiste. Dell'assoluzione
il giornale non ha scritto una riga.

Oggi, a distanza di quattordici anni, chiunque cerchi il mio nome trova come primo risultato
quell'articolo sul vostro sito. L'ultima volta è successo a un colloquio di lavoro.

Vi chiedo di rimuovere il mio nome dall'articolo, o di cancellarlo, e comunque di
deindicizzarlo dai motori di ricerca. Allego la sentenza di assoluzione.

Aldo Benedetti
""",
    R(["Erasure"], "aldo.benedetti@libero.example", "Aldo", "Benedetti"))

add("it-27-profilazione-bonus-iphone", "Simone Parisi <simone.parisi@icloud.example>",
    "Profilazione",
    """Mi oppongo alla profilazione del mio comportamento di gioco per inviarmi bonus e quote
maggiorate personalizzate. Non voglio essere profilato.

Simone Parisi

Inviato da iPhone
""",
    R(["Opposition"], "simone.parisi@icloud.example", "Simone", "Parisi"))

add("it-28-come-avete-indirizzo", "Ornella Vitale <ornella.vitale@tin.example>",
    "Come avete avuto il mio indirizzo?",
    """Buongiorno,

non sono mai stata abbonata al vostro quotidiano, eppure ieri mi è arrivata a casa una
lettera personalizzata con un'offerta di abbonamento, con nome, cognome e indirizzo esatti.

Vorrei sapere da dove avete preso questi dati e chi ve li ha forniti.

Ornella Vitale
""",
    R(["Information"], "ornella.vitale@tin.example", "Ornella", "Vitale"))

add("it-29-account-commenti-html", "Beatrice Della Valle <beatrice.dellavalle@gmail.example>",
    "Eliminazione account commenti",
    html("Buongiorno,",
         "anni fa mi sono registrata sul sito del giornale per commentare gli articoli. Non lo "
         "uso più e vorrei che il mio account di commentatrice venisse eliminato, con i dati "
         "che avete su di me.",
         "Cordialmente,<br><b>Beatrice Della Valle</b>"),
    R(["Erasure"], "beatrice.dellavalle@gmail.example", "Beatrice", "Della Valle"), ct=HTML)

add("it-30-estratto-dati-qp", "Umberto Lombardi <umberto.lombardi@alice.example>",
    "Richiesta ex art. 15 GDPR",
    """Egregi signori,

ai sensi dell'art. 15 del Regolamento, chiedo di ricevere un estratto di tutti i dati
personali che mi riguardano trattati da Rueda, con l'indicazione della loro origine.

Distinti saluti,
Umberto Lombardi
""",
    R(["Access"], "umberto.lombardi@alice.example", "Umberto", "Lombardi"),
    ct=LATIN1, encode="latin-1-qp")

# ---------------------------------------------------------------- task
add("it-31-nomina-responsabile-podcast", "Elena Martini <elena.martini@acme-corp.example>",
    "Nomina a responsabile art. 28 - piattaforma hosting podcast",
    """Ciao a tutti,

stiamo migrando i podcast del quotidiano su SoundHarbor. Il loro ufficio legale ci ha
mandato il DPA e l'elenco dei sub-responsabili (alcuni negli USA). Potete darci un parere e
dirci se va integrato prima della firma? La scadenza per la migrazione è il 15 dicembre.

Elena Martini
Ufficio Legale
""",
    TASK("elena.martini@acme-corp.example", "Elena", "Martini"))

add("it-32-dpia-telemetria-velocita", "Stefano Gatti <stefano.gatti@acme-corp.example>",
    "DPIA per monitoraggio velocità monopattini",
    """Ciao,

il Comune di Milano ci chiede di rilevare la velocità dei monopattini in tempo reale e di
segnalare gli utenti che superano i 20 km/h. Il prodotto vorrebbe anche usare i dati per
un "punteggio di guida" degli utenti.

Mi hanno detto che serve una valutazione d'impatto. Possiamo organizzare una call per
partire?

Stefano Gatti
Product Manager Micromobilità
""",
    TASK("stefano.gatti@acme-corp.example", "Stefano", "Gatti"))

add("it-33-registro-trattamenti-hr", "Paola Cattaneo <paola.cattaneo@acme-corp.example>",
    "Aggiornamento registro dei trattamenti - nuovo software presenze",
    """Buongiorno,

dal 1° gennaio le Risorse Umane useranno un nuovo software di rilevazione presenze con
badge e app. Bisogna aggiornare il registro dei trattamenti e l'informativa dipendenti.
Vi mando la scheda del fornitore, mi dite cosa vi serve?

Grazie,
Paola Cattaneo
HR Business Partner
""",
    TASK("paola.cattaneo@acme-corp.example", "Paola", "Cattaneo"))

add("it-34-questionario-cliente-adv", "Matteo Rinaldi <matteo.rinaldi@acme-corp.example>",
    "Questionario privacy fornitore da compilare",
    """Ciao,

un grande inserzionista (gruppo automobilistico) vuole fare una campagna sponsorizzata sui
nostri podcast e ci ha mandato il suo "Supplier Privacy & Security Assessment", 48 domande.
Lo devo rimandare entro mercoledì prossimo. Ci aiutate con le risposte sulla parte privacy?

Matteo Rinaldi
Head of Advertising Sales
M +39 333 0000000

Questo messaggio è destinato esclusivamente al destinatario indicato.
""",
    TASK("matteo.rinaldi@acme-corp.example", "Matteo", "Rinaldi"))

add("it-35-parere-lista-vincitori", "Federico Bruno <federico.bruno@acme-corp.example>",
    "Parere: possiamo usare i nomi dei vincitori in campagna?",
    """Ciao ragazzi,

per la campagna di Natale di LuckyLine il marketing vorrebbe pubblicare nomi, città e foto
dei vincitori più grandi del 2026 sui social. Serve il consenso? Possiamo riutilizzare la
liberatoria firmata al ritiro del premio? Mi servirebbe un vostro parere entro venerdì.

Federico Bruno
Brand Manager LuckyLine
""",
    TASK("federico.bruno@acme-corp.example", "Federico", "Bruno"))

# ---------------------------------------------------------------- incidenti
add("it-36-telefono-rubato-metro", "Alessia Conti <alessia.conti@acme-corp.example>",
    "Smartphone aziendale rubato",
    """Ciao,

stamattina in metro a Milano (linea rossa, Duomo) mi hanno rubato lo smartphone aziendale.
Sopra c'erano la posta, il WhatsApp con cui sento i clienti premium di LuckyLine e le foto di
alcuni documenti d'identità per le verifiche. Il telefono aveva il PIN a 4 cifre.

Ho già fatto denuncia ai Carabinieri. Cosa devo fare adesso?

Alessia Conti
VIP Account Manager
""",
    INC("alessia.conti@acme-corp.example", "Alessia", "Conti"))

add("it-37-pdf-abbonati-agenzia", "Roberto Marino <roberto.marino@acme-corp.example>",
    "Invio errato elenco abbonati",
    """Buongiorno,

ieri sera ho inviato il PDF con l'elenco degli abbonati in scadenza (circa 2.300 nominativi
con indirizzo, telefono e data di scadenza) all'indirizzo sbagliato: doveva andare
all'agenzia di telemarketing Contatto Srl e invece è finito a un omonimo con dominio gmail.
Ho scritto chiedendo di cancellarlo ma non ho avuto risposta.

Roberto Marino
Ufficio Diffusione
""",
    INC("roberto.marino@acme-corp.example", "Roberto", "Marino"))

add("it-38-lettera-vincita-altrui", "Carla Testa <carla.testa@virgilio.example>",
    "Ricevuta lettera di un'altra persona",
    """Buongiorno,

oggi nella mia cassetta della posta ho trovato una vostra lettera indirizzata a un certo
Antonio Ferrante, che non abita qui, con l'avviso di una vincita di 12.500 euro, il suo codice
fiscale e l'IBAN su cui verrà accreditata. L'indirizzo è il mio ma il nome no.

Non so che farne: ve la rispedisco? La distruggo?

Carla Testa
""",
    INC("carla.testa@virgilio.example", "Carla", "Testa"))

add("it-39-ricercatore-endpoint", "Lorenzo Bassi <lorenzo.bassi@sec-research.example>",
    "Segnalazione responsabile: API espone dati delle corse",
    """Salve,

sono un ricercatore di sicurezza indipendente. Analizzando l'app Rueda ho notato che
l'endpoint /api/v2/trips/{id} restituisce i dettagli di qualsiasi corsa (nome del
passeggero, punti di partenza e arrivo, telefono dell'autista) senza verificare che
l'utente autenticato sia il titolare della corsa. Basta cambiare l'id.

Non ho scaricato dati oltre a tre esempi per verificare. Sono disponibile a fornire i
dettagli tecnici al vostro team di sicurezza. Vi chiedo di rispondermi entro 30 giorni
prima di qualsiasi divulgazione.

Lorenzo Bassi
""",
    INC("lorenzo.bassi@sec-research.example", "Lorenzo", "Bassi"))

add("it-40-phishing-corriere", "Giorgio Ferri <giorgio.ferri@acme-corp.example>",
    "Ho inserito la password su un sito falso",
    """ciao, mi è arrivata una mail di un corriere con un pacco in giacenza, ho cliccato e mi ha
chiesto di accedere con le credenziali aziendali. l'ho fatto. Mi sono accorto solo dopo.
Ho accesso al CRM degli abbonati e alla casella condivisa dell'assistenza.
Ho già avvisato l'IT, vi scrivo perché mi hanno detto di farlo.

Giorgio Ferri
""",
    INC("giorgio.ferri@acme-corp.example", "Giorgio", "Ferri"))

# ---------------------------------------------------------------- follow-up
add("it-41-dsr-trenta-giorni", "Monica Serra <monica.serra@gmail.example>",
    "R: [DSR-51207] Conferma di ricezione della sua richiesta",
    """Buongiorno,

sono passati più di 30 giorni e non ho ancora ricevuto risposta. Vi ricordo che il termine
previsto dal GDPR è di un mese.

Monica Serra

Il giorno 9 ott 2026 alle ore 10:21 privacy@acme-corp.example ha scritto:
> Gentile utente,
> confermiamo di aver ricevuto la sua richiesta, registrata con il numero DSR-51207.
> Le risponderemo entro un mese.
> Ufficio Privacy
""",
    FU("51207", "monica.serra@gmail.example", "Monica", "Serra"))

add("it-42-marta-documento", "Marta Ferraris <marta.ferraris@email.example>",
    "Re: Chiusura conto e dati",
    """Buongiorno,

come richiesto vi invio in allegato la carta d'identità fronte e retro per confermare la mia
identità.

Marta Ferraris
""",
    FU(ref("it-12-copia-poi-cancellazione"), "marta.ferraris@email.example", "Marta", "Ferraris"),
    headers=irt("it-12-copia-poi-cancellazione"))

add("it-43-aldo-sollecito", "Aldo Benedetti <aldo.benedetti@libero.example>",
    "Re: Articolo del 2012 - diritto all'oblio",
    """Sollecito una risposta alla mia richiesta. L'articolo è ancora online e ancora
indicizzato.

Aldo Benedetti
""",
    FU(ref("it-26-oblio-articolo-assolto"), "aldo.benedetti@libero.example", "Aldo", "Benedetti"),
    headers=irt("it-26-oblio-articolo-assolto"))

add("it-44-dsr-ritiro-html", "Cinzia Moretti <cinzia.moretti@outlook.example>",
    "RE: [DSR-49930] La sua richiesta",
    html("Buongiorno,",
         "vi scrivo per ritirare la richiesta DSR-49930: ho risolto direttamente dall'app "
         "e non ho più bisogno di niente.",
         "Grazie comunque,<br>Cinzia Moretti"),
    FU("49930", "cinzia.moretti@outlook.example", "Cinzia", "Moretti"), ct=HTML)

# ---------------------------------------------------------------- da ignorare
add("it-45-spam-audit-gdpr", "GDPR Compliance Italia <audit@gdpr-sanzioni.example>",
    "ATTENZIONE: il vostro sito non è conforme al GDPR - rischio sanzioni fino a 20 milioni",
    """Gentile Titolare,

un'analisi automatica del vostro sito ha evidenziato 17 violazioni del GDPR (cookie,
informativa, conservazione dei dati personali). Le sanzioni del Garante possono arrivare a
20 milioni di euro.

Con il nostro pacchetto ADEGUAMENTO EXPRESS (solo 490 € + IVA) cancelliamo i dati non
conformi e vi mettiamo in regola in 48 ore.

Richieda subito l'audit gratuito: http://gdpr-sanzioni.example/audit
""",
    IGN("spam", "audit@gdpr-sanzioni.example"), headers=SPAM_HDR)

add("it-46-phishing-casella", "Amministratore Posta <postmaster@acme-corp-mail.example>",
    "La tua casella privacy@acme-corp.example sta per essere disattivata",
    """Gentile utente,

la tua casella ha raggiunto il 99% dello spazio disponibile e verrà disattivata entro 24 ore.
Per mantenere i tuoi messaggi conferma le credenziali qui:

http://acme-corp-mail.example/verifica

Team IT
""",
    IGN("spam", "postmaster@acme-corp-mail.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="acme-corp-mail.example")])

add("it-47-truffa-eredita", "Avv. James Okonkwo <j.okonkwo.chambers@mail-uk.example>",
    "Eredità non reclamata - riservato",
    """Gentile amico,

sono l'avvocato del defunto sig. Marco Rossini, morto senza eredi lasciando la somma di
8.400.000 euro. Poiché lei condivide lo stesso cognome, possiamo presentarla come erede.
Per proteggere i suoi dati personali, la prego di rispondere solo a questo indirizzo con
nome completo, telefono e copia del documento.

Cordiali saluti
""",
    IGN("spam", "j.okonkwo.chambers@mail-uk.example"))

add("it-48-risposta-automatica-dsr", "Paolo Ghezzi <paolo.ghezzi@studioghezzi.example>",
    "Risposta automatica: [DSR-50011] Conferma di ricezione della sua richiesta",
    """Sono fuori ufficio fino al 30 novembre, con accesso limitato alla posta elettronica.
Per urgenze chiamare lo studio allo 051 0000000.

Paolo Ghezzi
""",
    IGN("auto_reply", "paolo.ghezzi@studioghezzi.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("it-49-newsletter-privacy", "Newsletter PrivacyLab <news@privacylab.example>",
    "PrivacyLab Weekly #87 - provvedimenti del Garante e nuove linee guida EDPB",
    """PRIVACYLAB WEEKLY

- Il Garante sanziona una società di food delivery per l'uso degli algoritmi sui rider
- Linee guida EDPB sul legittimo interesse: cosa cambia
- Corso online DPO: ultimi posti

Ricevi questa e-mail perché sei iscritto alla newsletter PrivacyLab.
Per disiscriverti: https://privacylab.example/unsubscribe
""",
    IGN("bulk", "news@privacylab.example"),
    headers=["List-Id: PrivacyLab Weekly <weekly.privacylab.example>",
             "List-Unsubscribe: <https://privacylab.example/unsubscribe>, <mailto:unsubscribe@privacylab.example>",
             "Precedence: bulk"])

add("it-50-rebound-dsn", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)", "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
