# Development set 24, Italian. Written blind.
from common import *

add("it-01-accesso-portale-genitori",
    "Giulia Ferraro <giulia.ferraro@posta.example>",
    "Richiesta di accesso ai miei dati",
    """Gentili signori,

sono la madre di due alunni della scuola secondaria di primo grado. Vorrei ricevere copia di
tutti i dati personali che trattate su di me: anagrafica, dati del portale genitori, storico
dei pagamenti della mensa e delle rette, colloqui prenotati e comunicazioni con i docenti.

Resto in attesa di un riscontro.

Cordiali saluti,
Giulia Ferraro
""",
    R(["Access"], "giulia.ferraro@posta.example", "Giulia", "Ferraro"))

add("it-02-cancellazione-ex-alunno",
    "Alessandro De Luca <alessandro.deluca@posta.example>",
    "Cancellazione dati associazione ex alunni",
    """Buongiorno,

ho terminato il liceo nel 2010 e da qualche mese ricevo email e lettere dell'associazione ex
alunni. Non mi sono mai iscritto. Vi chiedo di smettere subito di inviarmi queste
comunicazioni e di cancellare definitivamente i miei dati dai vostri archivi, confermandomelo
per iscritto.

Alessandro De Luca
""",
    R(["Opposition", "Erasure"], "alessandro.deluca@posta.example", "Alessandro", "De Luca"))

add("it-03-foto-figlia-social",
    "Francesca Russo <francesca.russo@posta.example>",
    "Foto di Sofia sui social della scuola",
    """Buonasera,

sulla pagina Instagram della scuola è stata pubblicata una foto della recita di Natale in cui
si riconosce chiaramente mia figlia Sofia Russo (classe 2ª A primaria). Revoco il consenso
all'uso dell'immagine di Sofia per i canali social e promozionali dell'istituto e mi oppongo
a pubblicazioni future.

Francesca Russo
""",
    R(["Opposition"], "francesca.russo@posta.example", "Sofia", "Russo",
      representative="Francesca Russo"))

add("it-04-codice-fiscale-errato",
    "Salvatore Esposito <salvatore.esposito@posta.example>",
    "Codice fiscale sbagliato nelle ricevute",
    """Salve,

nelle ricevute delle rette e della mensa il mio codice fiscale è sbagliato (c'è una S al posto
di una 5). Così non posso detrarre le spese. Potete correggerlo nella vostra anagrafica e
rimandarmi le ricevute corrette?

Grazie mille
Salvatore Esposito
""",
    R(["Rectification"], "salvatore.esposito@posta.example", "Salvatore", "Esposito"))

add("it-05-limitazione-voti-ricorso",
    "Chiara Colombo <chiara.colombo@studenti.example>",
    "Voto di maturità - ricorso in corso",
    """Buongiorno,

ho sostenuto l'esame di maturità a luglio e ho presentato ricorso perché il punteggio del
credito scolastico registrato è diverso da quello comunicato dal consiglio di classe.

Nell'attesa dell'esito del ricorso chiedo che il trattamento dei miei dati relativi al voto
venga limitato: non comunicatelo a università, borse di studio o all'associazione ex alunni
finché non sarà verificato.

Chiara Colombo
""",
    R(["Restriction"], "chiara.colombo@studenti.example", "Chiara", "Colombo"))

add("it-06-portabilita-registro",
    "Matteo Bianchi <matteo.bianchi@posta.example>",
    "Esportazione dei miei dati",
    """Ciao,

sono un ex studente maggiorenne e sto per trasferirmi in un istituto tecnico di un'altra
città per l'ultimo anno. Mi servirebbero voti, assenze e certificazioni linguistiche in un
formato strutturato che la nuova segreteria possa importare (CSV, XML, quello che avete).
Potete mandarli a me oppure direttamente a segreteria@itis-volta.example?

Grazie
Matteo Bianchi
""",
    R(["Portability"], "matteo.bianchi@posta.example", "Matteo", "Bianchi"))

add("it-07-gita-praga-informazioni",
    "Roberta Galli <roberta.galli@posta.example>",
    "Gita a Praga - informazioni sul trattamento",
    """Gentile responsabile della protezione dei dati,

accompagnerò come genitore la gita a Praga di marzo. Mi è stato chiesto di compilare un modulo
con documento d'identità, recapiti, gruppo sanguigno e allergie.

Vorrei sapere chi riceverà questi dati (agenzia, hotel, compagnia di pullman), per quale
motivo serve il gruppo sanguigno e per quanto tempo verranno conservati dopo il viaggio.

Cordialmente,
Roberta Galli
""",
    R(["Information"], "roberta.galli@posta.example", "Roberta", "Galli"))

add("it-08-test-ingresso-automatico",
    "Davide Marino <davide.marino@posta.example>",
    "Esito test di ingresso corretto dal software",
    """Buongiorno,

mio figlio ed io abbiamo scoperto che il test d'ingresso per la sezione internazionale viene
corretto e valutato interamente da un software, che assegna automaticamente gli studenti
alle classi. Io stesso ho fatto il test di lingua per il corso serale per adulti dell'istituto
e sono stato escluso con un punteggio "calcolato dal sistema" senza nessun colloquio.

Contesto questa decisione automatizzata e chiedo che la mia prova sia rivista da un docente.

Davide Marino
""",
    R(["AutomatedDecision"], "davide.marino@posta.example", "Davide", "Marino"))

add("it-09-una-riga",
    "gigi.b1975@posta.example",
    "newsletter",
    "toglietemi dalla newsletter ex alunni grazie\n",
    R(["Opposition"], "gigi.b1975@posta.example"))

add("it-10-inoltro-segreteria",
    "Simona Riva <s.riva@acme-corp.example>",
    "I: richiesta dati e cancellazione",
    """Buongiorno, vi inoltro la mail di una mamma arrivata in segreteria didattica.
Simona

---------- Messaggio inoltrato ----------
Da: Paola Conti <paola.conti@posta.example>
Data: 13 nov 2026, 18:47
Oggetto: richiesta dati e cancellazione
A: segreteria@acme-corp.example

Buonasera,
vorrei prima sapere quali dati avete su di me e riceverne copia; poi, visto che mio figlio si è
ritirato, vi chiedo di cancellare il mio account del portale genitori e i dati di pagamento.
Paola Conti
""",
    R(["Access", "Erasure"], "paola.conti@posta.example", "Paola", "Conti"))

add("it-11-avvocato-cliente",
    "Avv. Luca Mancini <luca.mancini@studiolegale-mancini.example>",
    "Istanza ex artt. 17 e 21 GDPR - Sig.ra Antonella Greco",
    """Spett.le Istituto,

scrivo in nome e per conto della mia assistita, Sig.ra Antonella Greco, ex docente a
contratto presso la Vostra scuola fino al 2024, giusta delega che si allega.

La mia assistita si oppone all'ulteriore utilizzo del suo nome e della sua fotografia nel
materiale promozionale dell'istituto e nel sito web, e chiede la cancellazione delle
fotografie e dei riferimenti già pubblicati.

Distinti saluti,
Avv. Luca Mancini
""",
    R(["Opposition", "Erasure"], "luca.mancini@studiolegale-mancini.example", "Antonella", "Greco",
      representative="Luca Mancini"))

add("it-12-latin1-rettifica-indirizzo",
    "Giuseppe D'Angelo <giuseppe.dangelo@posta.example>",
    "Aggiornamento indirizzo e cognome",
    """Buongiorno,

nel portale genitori il mio cognome è scritto "Dangelo" senza apostrofo e l'indirizzo è
ancora quello di via Garibaldi. Il cognome corretto è D'Angelo e il nuovo indirizzo è:
via della Libertà 18, 90143 Palermo. Vi prego di aggiornare i dati.

Cordiali saluti
Giuseppe D'Angelo
""",
    R(["Rectification"], "giuseppe.dangelo@posta.example", "Giuseppe", "D'Angelo"),
    ct=LATIN1, encode="latin-1")

add("it-13-lungo-gita-accesso",
    "Massimo Ricci <massimo.ricci@posta.example>",
    "Reclamo gita in Spagna",
    """Spettabile direzione,

vi scrivo dopo una settimana di inutili telefonate. Durante la gita a Barcellona mio figlio è
stato male e nessuno dei docenti accompagnatori ci ha avvisati per un giorno intero. Quando
finalmente ci hanno chiamati, ci hanno detto che "era tutto annotato nel registro della gita".
Al rientro il coordinatore si è rifiutato di mostrarci qualsiasi cosa.

Voglio vederci chiaro. Vi chiedo quindi di mandarmi tutti i dati che avete su di me: le note
delle telefonate con me, le email interne in cui vengo nominato, la scheda contatti che avete
dato all'agenzia. Tutto.

Mi riservo di procedere nelle sedi opportune.

Massimo Ricci
""",
    R(["Access"], "massimo.ricci@posta.example", "Massimo", "Ricci"))

add("it-14-non-voglio-cancellare",
    "Elena Fontana <elena.fontana@posta.example>",
    "Domanda sui dati della mensa",
    """Buongiorno,

non voglio cancellare l'account della mensa, mi serve! Volevo solo capire: la ditta che
gestisce la mensa riceve anche i nostri dati di pagamento e la dieta di mia figlia? E quei
dati vengono usati per qualcos'altro oltre al servizio?

Grazie,
Elena Fontana
""",
    R(["Information"], "elena.fontana@posta.example", "Elena", "Fontana"))

add("it-15-maiuscolo-telefonate",
    "Gianni Moretti <gianni.moretti@posta.example>",
    "BASTA TELEFONATE",
    """NON CHIAMATEMI PIÙ PER LE DONAZIONI ALL'ASSOCIAZIONE EX ALUNNI. TRE TELEFONATE IN UNA
SETTIMANA, ANCHE ALLE NOVE DI SERA. CANCELLATE IL MIO NUMERO DALLE VOSTRE LISTE DI CHIAMATA.

GIANNI MORETTI
""",
    R(["Opposition"], "gianni.moretti@posta.example", "Gianni", "Moretti"))

add("it-16-sconosciuto-ricevuta",
    "Laura Barbieri <laura.barbieri@posta.example>",
    "ricevuta",
    """Salve, non trovo la ricevuta del pagamento della gita sul portale, dove la posso
scaricare? Grazie Laura Barbieri
""",
    R(["Unknown"], "laura.barbieri@posta.example", "Laura", "Barbieri"))

add("it-17-html-copia-e-file",
    "Federica Lombardi <federica.lombardi@posta.example>",
    "I miei dati",
    html("Buongiorno,",
         "sono ex alunna (diploma 2016). Vi chiedo di <b>farmi sapere quali informazioni conservate su di me</b> "
         "e di inviarmele in un file strutturato (es. JSON o CSV) che possa caricare nel sistema "
         "dell'associazione ex alunni della mia università.",
         "Grazie,<br>Federica Lombardi"),
    R(["Access", "Portability"], "federica.lombardi@posta.example", "Federica", "Lombardi"), ct=HTML)

add("it-18-disposizioni-dopo-morte",
    "Vittorio Santoro <vittorio.santoro@posta.example>",
    "Disposizioni sui miei dati",
    """Egregi signori,

sono un ex alunno (maturità 1963) e socio dell'associazione ex alunni. Ho 81 anni. Vorrei
lasciare istruzioni su cosa fare dei miei dati personali dopo la mia morte: desidero che il
mio profilo e le mie foto nell'archivio dell'associazione vengano cancellati e incarico mio
nipote, Andrea Santoro, di far valere questa mia volontà.

Vi prego di registrare queste disposizioni.

Vittorio Santoro
""",
    R(["AdvanceDirectives"], "vittorio.santoro@posta.example", "Vittorio", "Santoro"))

add("it-19-famiglia-replyto-marketing",
    "Famiglia Gallo <famiglia.gallo@posta.example>",
    "Pubblicità campi estivi",
    """Buongiorno,

ricevo continuamente pubblicità dei campi estivi e dei corsi di lingua all'estero della
vostra scuola. Non desidero più ricevere comunicazioni promozionali. Rispondetemi pure al mio
indirizzo personale.

Marco Gallo
""",
    R(["Opposition"], "marco.gallo@lavoro.example", "Marco", "Gallo"),
    headers=["Reply-To: Marco Gallo <marco.gallo@lavoro.example>"])

# --- compiti
add("it-20-compito-nomina-responsabile",
    "Roberto Villa <r.villa@acme-corp.example>",
    "Nomina responsabile del trattamento - agenzia viaggi",
    """Ciao,

per le gite all'estero dell'anno prossimo abbiamo scelto una nuova agenzia. Dobbiamo fare la
nomina a responsabile del trattamento ex art. 28: potete preparare/rivedere l'atto di nomina?

Roberto Villa
Ufficio acquisti
""",
    TASK("r.villa@acme-corp.example", "Roberto", "Villa"))

add("it-21-compito-registro-trattamenti",
    "Silvia Marchetti <s.marchetti@acme-corp.example>",
    "Registro dei trattamenti - nuovo registro elettronico",
    """Buongiorno,

dal primo settembre usiamo il nuovo registro elettronico. Andrebbe aggiornato il registro dei
trattamenti (fornitore, dati trattati, tempi di conservazione). Vi mando la documentazione.

Silvia Marchetti
DSGA
""",
    TASK("s.marchetti@acme-corp.example", "Silvia", "Marchetti"))

add("it-22-compito-formazione",
    "Paolo Ferri <p.ferri@acme-corp.example>",
    "Formazione privacy per i docenti accompagnatori",
    """Ciao,

prima delle gite di primavera vorrei una breve formazione per i docenti accompagnatori su
come gestire documenti, foto e dati sanitari degli studenti durante il viaggio. Riuscite a
organizzarla a febbraio?

Paolo Ferri
Vicepreside
""",
    TASK("p.ferri@acme-corp.example", "Paolo", "Ferri"))

# --- incidenti
add("it-23-incidente-pagelle-email",
    "Marta Cattaneo <m.cattaneo@acme-corp.example>",
    "Pagelle inviate al genitore sbagliato",
    """Buongiorno,

nell'invio delle pagelle del primo periodo ho associato per errore gli indirizzi email e 12
famiglie della 3ª B hanno ricevuto la pagella di un altro studente. Me ne sono accorta
perché due genitori hanno risposto. Cosa devo fare?

Marta Cattaneo
Segreteria didattica
""",
    INC("m.cattaneo@acme-corp.example", "Marta", "Cattaneo"))

add("it-24-incidente-esterno-documenti",
    "Fabio Greco <fabio.greco@posta.example>",
    "Ho ricevuto documenti di altri studenti",
    """Salve,

insieme alla conferma della gita a Vienna di mio figlio mi sono arrivate in allegato le
carte d'identità scansionate di altri otto ragazzi e le loro schede sanitarie. Penso sia un
errore grave, vi avviso.

Fabio Greco
""",
    INC("fabio.greco@posta.example", "Fabio", "Greco"))

add("it-25-incidente-phishing",
    "Daniela Rinaldi <d.rinaldi@acme-corp.example>",
    "Ho inserito la password su un sito falso",
    """Ciao,

stamattina ho ricevuto una mail "Aggiornamento registro elettronico" e ho inserito username e
password sul link. Poi mi sono resa conto che l'indirizzo era strano. Ho accesso ai voti e
alle anagrafiche di tutte le classi della secondaria. Ho già cambiato la password.

Daniela Rinaldi
""",
    INC("d.rinaldi@acme-corp.example", "Daniela", "Rinaldi"))

# --- seguiti
add("it-26-seguito-dsr",
    "Stefano Pellegrini <stefano.pellegrini@posta.example>",
    "R: [DSR-42876] Conferma di ricezione",
    """Buongiorno,

avete novità sulla mia richiesta? È passato più di un mese.

Stefano Pellegrini
""",
    FU("42876", "stefano.pellegrini@posta.example", "Stefano", "Pellegrini"))

add("it-27-seguito-avvocato",
    "Avv. Luca Mancini <luca.mancini@studiolegale-mancini.example>",
    "R: Istanza ex artt. 17 e 21 GDPR - Sig.ra Antonella Greco",
    """Spett.le Istituto,

facendo seguito alla mia precedente, segnalo che la fotografia della mia assistita è ancora
visibile nella brochure scaricabile dal sito. Resto in attesa di riscontro.

Avv. Luca Mancini
""",
    FU(ref("it-11-avvocato-cliente"), "luca.mancini@studiolegale-mancini.example", "Luca", "Mancini"),
    headers=irt("it-11-avvocato-cliente"))

# --- ignorati
add("it-28-spam-gdpr",
    "Privacy Consulting <info@adeguamento-gdpr-scuole.example>",
    "Scuole paritarie: adeguamento GDPR entro il 31/12!",
    """Gentile Dirigente,

il Garante sta sanzionando numerose scuole paritarie. Con il nostro pacchetto completo
(registro, informative, DPO esterno) eviti multe salate. Solo 249 euro + IVA.

Aderisci ora: http://adeguamento-gdpr-scuole.example
""",
    IGN("spam", "info@adeguamento-gdpr-scuole.example"), headers=SPAM_HDR)

add("it-29-risposta-automatica",
    "Lorenzo Sala <lorenzo.sala@azienda.example>",
    "Risposta automatica: La sua richiesta",
    """Sono fuori ufficio fino al 30 novembre con accesso limitato alla posta. Risponderò al mio
rientro.

Lorenzo Sala
""",
    IGN("auto_reply", "lorenzo.sala@azienda.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-30-mancata-consegna",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("it-31-spam-pec",
    "Ufficio Rimborsi <rimborsi@agenzia-rimborsi-fisco.example>",
    "Rimborso fiscale in attesa - conferma i tuoi dati",
    """Gentile contribuente,

risulta un rimborso di 412,80 euro a suo favore. Per riceverlo confermi i suoi dati personali
e bancari entro 48 ore al link seguente, altrimenti il rimborso verrà annullato:

http://agenzia-rimborsi-fisco.example/conferma
""",
    IGN("spam", "rimborsi@agenzia-rimborsi-fisco.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="agenzia-rimborsi-fisco.example")])
