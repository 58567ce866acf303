# Development set 21, Italian (Italy and Ticino).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("it-01-conoscere-dati", "Giulia Bianchi <giulia.bianchi@posta-it.example>",
    "Dati personali legati alla mia tessera",
    """Buongiorno,

vorrei conoscere quali dati personali mi riguardano sono conservati nei vostri sistemi in relazione
alla tessera RegioPass e all'abbonamento annuale, compresi gli spostamenti registrati dalle
obliteratrici, e riceverne una copia.

Cordiali saluti,
Giulia Bianchi
""", R(["Access"], "giulia.bianchi@posta-it.example", "Giulia", "Bianchi"))

add("it-02-cancellatemi", "Alessio Ferri <alessio.ferri@libero-mail.example>",
    "cancellazione",
    """Ciao, mi sono trasferito a Bologna e non userò più i vostri bus. Cancellate il mio account e tutti i
dati collegati, grazie.

Alessio

Inviato da iPhone
""", R(["Erasure"], "alessio.ferri@libero-mail.example", "Alessio", "Ferri"))

add("it-03-telefonate", "Francesca Lombardi <f.lombardi@tiscali-mail.example>",
    "Basta telefonate e newsletter",
    """Gentili signori,

mi chiamate almeno una volta al mese per propormi l'abbonamento \"Famiglia Plus\" e mi arriva la
newsletter ogni settimana. Non desidero più ricevere nessuna comunicazione commerciale, né per
telefono né per email.

Distinti saluti,
Francesca Lombardi
""", R(["Opposition"], "f.lombardi@tiscali-mail.example", "Francesca", "Lombardi"))

add("it-04-residenza", "Salvatore Esposito <salvatore.esposito@napoli-mail.example>",
    "Indirizzo sbagliato",
    """Buonasera,

i solleciti per il rinnovo dell'abbonamento mi arrivano ancora in via Toledo 88, ma da marzo abito
in via Caracciolo 15, 80122 Napoli. Vi chiedo di aggiornare l'indirizzo nella mia anagrafica.
E già che ci siete, al nuovo indirizzo non mandatemi i volantini pubblicitari che arrivavano a
quello vecchio: non li voglio.

Grazie,
Salvatore Esposito
""", R(["Rectification", "Opposition"], "salvatore.esposito@napoli-mail.example", "Salvatore", "Esposito"))

add("it-05-telecamere", "Chiara Colombo <chiara.colombo@fastweb-mail.example>",
    "Videosorveglianza sui treni regionali",
    """Salve,

sui nuovi treni regionali ci sono telecamere ovunque. Dove trovo l'informativa? Per quanto tempo
vengono conservate le immagini e chi vi ha accesso? Vengono usate anche per riconoscere i
passeggeri senza biglietto?

Grazie,
Chiara Colombo
""", R(["Information"], "chiara.colombo@fastweb-mail.example", "Chiara", "Colombo"))

add("it-06-isee", "Vincenzo Greco <vincenzo.greco@sud-mail.example>",
    "Abbonamento agevolato rifiutato automaticamente",
    """Buongiorno,

la mia domanda di abbonamento agevolato per reddito è stata respinta in automatico dal portale, con
il messaggio \"ISEE non verificato dal sistema\". Il mio ISEE è di 9.800 euro, sotto la soglia.

Chiedo che la pratica venga riesaminata da un operatore e non solo dal sistema, e che mi spieghiate
su quali dati si è basato il rifiuto.

Vincenzo Greco
""", R(["AutomatedDecision"], "vincenzo.greco@sud-mail.example", "Vincenzo", "Greco"))

add("it-07-art15-16", "Avv. Lorenzo De Santis <l.desantis@studiolegale-mail.example>",
    "Istanza ex artt. 15 e 16 Regolamento UE 2016/679",
    """Spett.le Società,

il sottoscritto Lorenzo De Santis, in proprio, chiede ai sensi dell'art. 15 del Regolamento (UE)
2016/679 di ottenere conferma dell'esistenza di dati personali che lo riguardano e la loro
comunicazione in forma intelligibile.

Chiede altresì, ai sensi dell'art. 16, la rettifica del luogo di nascita, erroneamente indicato
come \"Sanremo\" anziché \"San Remo di Piave\" nella sua anagrafica clienti.

Distinti saluti,
Avv. Lorenzo De Santis
""", R(["Access", "Rectification"], "l.desantis@studiolegale-mail.example", "Lorenzo", "De Santis"))

add("it-08-ricorso-verbale", "Martina Ricci <martina.ricci@posta-it.example>",
    "Ricorso contro verbale n. 2026/88213",
    """Buongiorno,

ho presentato ricorso contro il verbale n. 2026/88213 elevato sul tram 14. Nel frattempo chiedo che i
miei dati non vengano utilizzati né trasmessi alla società di riscossione finché il ricorso non
sarà deciso. Vi chiedo inoltre copia di tutti i dati registrati dal controllore quel giorno.

Martina Ricci
""", R(["Restriction", "Access"], "martina.ricci@posta-it.example", "Martina", "Ricci"))

add("it-09-formato-aperto", "Davide Moretti <davide.moretti@tech-mail.example>",
    "Esportazione dei miei viaggi",
    """Ciao,

sto usando un'app di mobilità che aggrega tutti i mezzi. Mi servirebbe lo storico dei miei viaggi e
pagamenti degli ultimi 12 mesi in un formato aperto e leggibile da un programma (CSV va benissimo),
per poterlo caricare lì.

Grazie mille,
Davide Moretti
""", R(["Portability"], "davide.moretti@tech-mail.example", "Davide", "Moretti"))

add("it-10-padre-foto", "Roberto Gallo <roberto.gallo@famiglia-mail.example>",
    "Foto di mia figlia nella vostra pubblicità",
    """Gentili signori,

durante la giornata \"A scuola in bus\" avete fotografato gli alunni della scuola media Manzoni. Ho
appena visto la foto di mia figlia Sofia Gallo (12 anni) sui manifesti e sulla vostra pagina
Facebook. Nessuno ci ha chiesto il consenso.

In qualità di genitore mi oppongo a qualsiasi ulteriore utilizzo della sua immagine e chiedo che
tutte le foto in cui compare vengano eliminate.

Roberto Gallo
""", R(["Opposition", "Erasure"], "roberto.gallo@famiglia-mail.example", "Sofia", "Gallo",
       representative="Roberto Gallo"))

add("it-11-avvocato-furto", "Studio Legale Marino <segreteria@studiomarino.example>",
    "Richiesta immagini - furto subito dalla sig.ra Anna Conti",
    """Spett.le Titolare del trattamento,

scrivo in nome e per conto della mia assistita, sig.ra Anna Conti, che il 9 novembre ha subito il
furto della borsa a bordo dell'autobus linea 33 tra le 8:10 e le 8:30.

Ai sensi dell'art. 15 GDPR chiedo la consegna delle registrazioni video in cui è ripresa la mia
assistita. Allego delega e documento d'identità.

Avv. Paolo Marino
""", R(["Access"], "segreteria@studiomarino.example", "Anna", "Conti",
       representative="Paolo Marino"))

add("it-12-chiavi", "Federica Rinaldi <federica.rinaldi@posta-it.example>",
    "oggetti smarriti",
    """Salve, ieri ho perso un mazzo di chiavi con un portachiavi rosso sul regionale delle 18:20 per Como.
A chi devo rivolgermi per sapere se è stato trovato? Grazie, Federica
""", R(["Unknown"], "federica.rinaldi@posta-it.example", "Federica", "Rinaldi"))

add("it-13-html-profilazione", "Matteo Caruso <matteo.caruso@webmail-it.example>",
    "Profilazione",
    html("Buongiorno,",
         "nell'area personale vedo la sezione &laquo;Suggerimenti per te&raquo; basata sui miei spostamenti. Non ho mai chiesto questo servizio.",
         "Revoco il consenso alla profilazione e vi chiedo di smettere di analizzare i miei viaggi per fini commerciali.",
         "Matteo Caruso"),
    R(["Opposition"], "matteo.caruso@webmail-it.example", "Matteo", "Caruso"), ct=HTML)

add("it-14-controllore", "Elisa Marchetti <elisa.marchetti@posta-nord.example>",
    "Segnalazione e domanda",
    """Buongiorno,

vi scrivo per raccontarvi cosa mi è successo martedì. Ero sul treno delle 7:40 con il mio
abbonamento mensile regolarmente pagato, ma il controllore sosteneva che la tessera non risultava
attiva. Mi ha fatto scendere alla stazione successiva davanti a tutti, ha preso i miei dati e mi ha
detto che sarei stata \"segnalata\". Poi ho scoperto che era un problema del vostro server.

Non vi chiedo di cancellare niente, e il verbale è già stato annullato. Vorrei però sapere a chi è
stato comunicato il mio nominativo dopo quella \"segnalazione\" e per quanto tempo resterà nei
vostri archivi.

Elisa Marchetti
""", R(["Information"], "elisa.marchetti@posta-nord.example", "Elisa", "Marchetti"))

add("it-15-inoltro-urp", "URP - Ufficio Relazioni con il Pubblico <urp@acme-corp.example>",
    "I: cancellazione account abbonamento studenti",
    """Ciao privacy,

vi inoltro la richiesta di uno studente, potete rispondergli voi direttamente?

Grazie, Serena (URP)

---------- Messaggio inoltrato ----------
Da: Andrea Fontana <andrea.fontana@studenti-mail.example>
Data: 13 nov 2026, 09:02
Oggetto: cancellazione account abbonamento studenti
A: urp@acme-corp.example

Buongiorno, mi sono laureato e non ho più l'abbonamento studenti. Vorrei che il mio account e i
documenti caricati (libretto universitario, foto) fossero eliminati.
Andrea Fontana
""", R(["Erasure"], "andrea.fontana@studenti-mail.example", "Andrea", "Fontana"))

add("it-16-allegato-730", "Biglietteria Centrale <biglietteria@acme-corp.example>",
    "I: ricevute abbonamento per 730", "",
    R(["Unknown"], "piero.sartori@posta-it.example", "Piero", "Sartori"),
    attached=("Piero Sartori <piero.sartori@posta-it.example>", "ricevute abbonamento per 730",
              """Buongiorno,

il mio commercialista mi chiede le ricevute degli abbonamenti annuali 2025 per la detrazione nel
730. Dal sito non riesco a scaricarle. Potete mandarmele?

Piero Sartori
"""),
    note="Non so se è per voi, il cliente ha scritto anche all'indirizzo privacy. Ve lo giro. Luca, Biglietteria")

add("it-17-senza-punteggiatura", "gabry_92@mail-veloce.example", "dati",
    """ciao voglio sapere che dati avete su di me e chi li vede grazie gabriele
""", R(["Access"], "gabry_92@mail-veloce.example", "Gabriele", None))

add("it-18-maiuscolo", "Giuseppe Mancini <giuseppe.mancini@anziani-mail.example>",
    "NON CHIAMATEMI PIÙ",
    """BUONGIORNO. È LA QUINTA VOLTA CHE MI TELEFONATE PER VENDERMI L'ABBONAMENTO ANNUALE. NON VOGLIO PIÙ
ESSERE CHIAMATO. TOGLIETE IL MIO NUMERO.
GIUSEPPE MANCINI
""", R(["Opposition"], "giuseppe.mancini@anziani-mail.example", "Giuseppe", "Mancini"))

add("it-19-codice-fiscale", "Raffaella D'Angelo <raffaella.dangelo@posta-sud.example>",
    "Codice fiscale errato",
    """Buongiorno,

nella fattura del mio abbonamento annuale (€ 420,00) il codice fiscale riportato è sbagliato: manca
una lettera. Quello corretto è DNGRFL80A41F839X. Potete correggerlo nei vostri archivi e riemettere
il documento?

Cordialità,
Raffaella D'Angelo
""", R(["Rectification"], "raffaella.dangelo@posta-sud.example", "Raffaella", "D'Angelo"),
    ct=CP1252, encode="cp1252")

add("it-20-dopo-la-morte", "Carla Bruno <carla.bruno@pensionati-mail.example>",
    "Disposizioni sui miei dati dopo la morte",
    """Gentili signori,

ho 81 anni. Vorrei sapere come fare per lasciare disposizioni su cosa fare dei miei dati dopo la mia
morte. Desidero che vengano cancellati e che sia mio nipote, Marco Bruno, a potersene occupare.

Cordiali saluti,
Carla Bruno
""", R(["AdvanceDirectives"], "carla.bruno@pensionati-mail.example", "Carla", "Bruno"))

add("it-21-vedova", "Rosa Ferrara <rosa.ferrara@casa-mail.example>",
    "Abbonamento di mio marito defunto",
    """Buongiorno,

mio marito Giovanni Santoro è venuto a mancare il mese scorso. Continuano ad arrivare a suo nome
lettere promozionali e l'email con le vostre offerte. Vi prego di smettere di scrivergli e di
cancellare il suo account e i suoi dati. Allego il certificato di morte.

Rosa Ferrara
""", R(["Opposition", "Erasure"], "rosa.ferrara@casa-mail.example", "Giovanni", "Santoro",
       representative="Rosa Ferrara"))

add("it-22-task-responsabile", "Simone Pellegrini <simone.pellegrini@acme-corp.example>",
    "Nomina responsabile esterno - gestione parcheggi",
    """Ciao,

dal 1° gennaio la gestione dei parcheggi di interscambio passa a ParkService S.r.l., che tratterà
targhe e dati degli abbonati. Mi preparate l'atto di nomina a responsabile ex art. 28 o mi mandate
il modello?

Grazie,
Simone Pellegrini
Ufficio Contratti
""", TASK("simone.pellegrini@acme-corp.example", "Simone", "Pellegrini"))

add("it-23-task-dpia-video", "Valentina Costa <valentina.costa@acme-corp.example>",
    "Valutazione d'impatto videosorveglianza intelligente",
    """Buongiorno,

la Sicurezza vorrebbe attivare l'analisi video intelligente (rilevamento aggressioni e oggetti
abbandonati) nelle 12 stazioni principali. Potete avviare la valutazione d'impatto? Vi mando la
documentazione del fornitore.

Valentina Costa
Security Manager
""", TASK("valentina.costa@acme-corp.example", "Valentina", "Costa"))

add("it-24-task-informativa", "Comunicazione Web <web@acme-corp.example>",
    "Aggiornamento informativa e cookie banner",
    """Ciao,

con il nuovo sito online a gennaio dobbiamo aggiornare informativa privacy e cookie banner. Potete
rivedere i testi che vi allego e dirci se il banner va bene così?

Grazie,
Laura Bassi
Comunicazione Digitale
""", TASK("web@acme-corp.example", "Laura", "Bassi"))

add("it-25-inc-tablet", "Fabio Rizzo <fabio.rizzo@acme-corp.example>",
    "Smarrimento tablet di controllo",
    """Buongiorno,

segnalo che ieri sera un collega ha smarrito il tablet di servizio usato per i verbali sulla linea
Milano-Lecco. Dentro ci sono i verbali dell'ultima settimana con nomi, indirizzi e documenti dei
passeggeri. Abbiamo chiesto al fornitore di bloccarlo da remoto.

Fabio Rizzo
Coordinatore Controlleria
""", INC("fabio.rizzo@acme-corp.example", "Fabio", "Rizzo"))

add("it-26-inc-abbonamento-altrui", "Stefano Ruggiero <stefano.ruggiero@posta-it.example>",
    "Ho ricevuto l'abbonamento di un'altra persona",
    """Buonasera,

oggi mi è arrivata una vostra email con in allegato l'abbonamento annuale intestato a una certa
Maria Pia Leone, con foto, data di nascita e indirizzo. Io non la conosco. Forse avete sbagliato
indirizzo email. Vi avviso perché mi sembra una cosa grave.

Stefano Ruggiero
""", INC("stefano.ruggiero@posta-it.example", "Stefano", "Ruggiero"))

add("it-27-inc-fornitore", "Ufficio Sistemi Informativi <sistemi@acme-corp.example>",
    "Comunicazione del fornitore bigliettazione - accesso non autorizzato",
    """Buongiorno,

il fornitore del sistema di bigliettazione ci ha comunicato stamattina un accesso non autorizzato
al loro ambiente di test, dove risulta presente una copia parziale della nostra anagrafica clienti
(circa 15.000 record). Inoltro la loro comunicazione in allegato per la valutazione.

Michele Grasso
Responsabile Sistemi Informativi
""", INC("sistemi@acme-corp.example", "Michele", "Grasso"))

add("it-28-dsr-sollecito", "Tiziana Villa <tiziana.villa@posta-nord.example>",
    "R: [DSR-90571] Conferma di ricezione",
    """Buongiorno,

è passato più di un mese dalla vostra conferma e non ho ricevuto nulla. Vi sollecito a rispondere.

Tiziana Villa

> La sua richiesta è stata registrata con il numero DSR-90571.
""", FU("90571", "tiziana.villa@posta-nord.example", "Tiziana", "Villa"))

add("it-29-irt-tessera", "Giulia Bianchi <giulia.bianchi@posta-it.example>",
    "R: Dati personali legati alla mia tessera",
    """Buongiorno,

aggiungo il numero della tessera che avevo dimenticato: 3390 1184 2207. Resto in attesa.

Giulia Bianchi
""", FU(ref("it-01-conoscere-dati"), "giulia.bianchi@posta-it.example", "Giulia", "Bianchi"),
    headers=irt("it-01-conoscere-dati"))

add("it-30-spam-seo", "Marco - Web Agency <marco@posizionamento-top.example>",
    "Il vostro sito non è conforme e perde clienti",
    """Buongiorno,

analizzando acme-corp.example abbiamo riscontrato gravi problemi di SEO e di conformità GDPR. Con il
nostro pacchetto a 199 euro/mese eliminiamo i dati personali esposti e vi portiamo in prima pagina
su Google.

Rispondete SÌ per una consulenza gratuita.
""", IGN("spam", "marco@posizionamento-top.example"),
    headers=[AUTH(dmarc="fail", spf="softfail", dom="posizionamento-top.example")])

add("it-31-spam-pec", "Servizio PEC <notifiche@pec-aggiornamento.example>",
    "Avviso: la sua casella verrà disattivata",
    """Gentile utente,

la sua casella di posta sarà disattivata per mancato aggiornamento dei dati di sicurezza. Per
evitare la cancellazione di tutti i messaggi, acceda subito:

http://pec-aggiornamento.example/conferma
""", IGN("spam", "notifiche@pec-aggiornamento.example"), headers=SPAM_HDR)

add("it-32-assenza", "Paola Fabbri <paola.fabbri@regione-mail.example>",
    "Risposta automatica: contratto di servizio",
    """Sono fuori ufficio fino al 25 novembre con accesso limitato alla posta. Per urgenze contattare
trasporti@regione-mail.example.

Paola Fabbri
Direzione Trasporti, Regione
""", IGN("auto_reply", "paola.fabbri@regione-mail.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-33-mancato-recapito", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Mancato recapito del messaggio", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
