from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste
add("it-01-accesso-ex-studente", "Gianmarco Della Valle <gianmarco.dellavalle@posta.example>",
    "Richiesta di accesso ai dati personali ai sensi dell'art. 15 GDPR",
    """Spett.le Università,

il sottoscritto Gianmarco Della Valle, nato a Pescara il 14/03/1996, laureato in Ingegneria
Gestionale nel 2020 (matricola 512874), chiede ai sensi dell'art. 15 del Regolamento (UE)
2016/679 di ricevere copia di tutti i dati personali che lo riguardano, ivi compresi quelli
trattati dal servizio alloggi e dall'ufficio placement.

Distinti saluti
Gianmarco Della Valle
""", R(["Access"], "gianmarco.dellavalle@posta.example", "Gianmarco", "Della Valle"))

add("it-02-cancellazione-preiscrizione", "chiara russo <chiararusso.2007@casella.example>",
    "cancellare account",
    """salve mi ero registrata sul portale per il test di ingresso di architettura ma non lo faro
piu. potete cancellare il mio account e tutti i miei dati grazie
chiara russo""", R(["Erasure"], "chiararusso.2007@casella.example", "Chiara", "Russo"))

add("it-03-opposizione-proctoring", "Filippo Sant'Ambrogio <filippo.santambrogio@studenti.example>",
    "Opposizione alla sorveglianza da remoto degli esami",
    """Gentile Responsabile della protezione dei dati,

per l'appello di gennaio di Diritto Privato è previsto l'esame online con un software di
proctoring che registra webcam, audio e schermo. Mi oppongo a questo trattamento dei miei dati:
vivo in un monolocale con la mia compagna e non voglio che la nostra casa venga ripresa.
Chiedo di poter sostenere l'esame in presenza.

Cordiali saluti,
Filippo Sant'Ambrogio
Matricola 884102
""", R(["Opposition"], "filippo.santambrogio@studenti.example", "Filippo", "Sant'Ambrogio"))

add("it-04-rettifica-codice-fiscale", "Beatrice Lo Giudice <beatrice.logiudice@posta.example>",
    "Codice fiscale errato",
    """Buongiorno,

nel mio libretto online e nel contratto della residenza universitaria il codice fiscale è
sbagliato (manca una lettera e il cognome è scritto "Logiudice" tutto attaccato). Vi chiedo di
correggere i miei dati: Beatrice Lo Giudice, codice fiscale come da tessera sanitaria allegata.

Grazie,
Beatrice Lo Giudice
""", R(["Rectification"], "beatrice.logiudice@posta.example", "Beatrice", "Lo Giudice"))

add("it-05-maiuscolo-telefonate", "ORNELLA SCARPELLINI <ornella.scarpellini@casella.example>",
    "BASTA TELEFONATE",
    """MI AVETE CHIAMATO QUATTRO VOLTE QUESTO MESE PER IL MASTER IN MANAGEMENT SANITARIO. NON SONO
INTERESSATA. NON VOGLIO PIU RICEVERE TELEFONATE NE EMAIL PROMOZIONALI DALLA VOSTRA UNIVERSITA.
ORNELLA SCARPELLINI""", R(["Opposition"], "ornella.scarpellini@casella.example", "Ornella", "Scarpellini"))

add("it-06-dati-residenza", "Davide Amendola <davide.amendola@famiglia.example>",
    "I miei dati presso la residenza",
    """Buonasera,

sono ospite della residenza universitaria "Collegio San Bernardo". Mi è stata contestata una
morosità di tre mensilità e minacciato l'allontanamento, ma ho sempre pagato con bonifico.

Chiedo di ricevere copia di tutti i dati che mi riguardano in possesso della residenza,
compresi i pagamenti registrati e le comunicazioni interne.

Cordiali saluti
Davide Amendola
""", R(["Access"], "davide.amendola@famiglia.example", "Davide", "Amendola"))

add("it-07-avvocato-morosita", "Studio Legale Ferraris-Okoro <segreteria@studioferrarisokoro.example>",
    "Sig.ra Giulia Mancuso - istanza ex artt. 15 e 18 GDPR",
    """Spett.le Ateneo,

in nome e per conto della mia assistita, sig.ra Giulia Mancuso, già ospite della residenza
universitaria di Via Tiburtina (procura allegata), formulo la presente istanza.

L'Ufficio Alloggi ha segnalato a una società di recupero crediti un presunto debito di
€ 1.150,00 per canoni non pagati, che la mia assistita contesta integralmente.

Chiedo pertanto:
a) ai sensi dell'art. 15 GDPR, copia di tutti i dati personali della mia assistita, compresi
   quelli comunicati alla società di recupero crediti;
b) ai sensi dell'art. 18 GDPR, la limitazione del trattamento dei dati relativi al presunto
   debito fino alla verifica della loro esattezza.

Distinti saluti

Avv. Marco Ferraris
Studio Legale Ferraris-Okoro - Tel. 06 5550 1934

Questa e-mail e gli eventuali allegati sono riservati. Se l'avete ricevuta per errore, vi
preghiamo di cancellarla e di avvisare il mittente.
""", R(["Access", "Restriction"], "segreteria@studioferrarisokoro.example", "Giulia", "Mancuso",
       representative="Marco Ferraris"))

add("it-08-portabilita-erasmus", "Tommaso Villa-Rinaldi <tommaso.villarinaldi@studenti.example>",
    "Carriera in formato elettronico",
    """Ciao,

a febbraio mi trasferisco in un'università spagnola. Potreste inviarmi la mia carriera (esami,
voti, CFU) in un formato strutturato e leggibile da computer, tipo CSV, oppure trasmetterla
direttamente alla loro segreteria? Mi hanno detto che è un diritto previsto dal GDPR.

Grazie mille
Tommaso
""", R(["Portability"], "tommaso.villarinaldi@studenti.example", "Tommaso", "Villa-Rinaldi"))

add("it-09-graduatoria-alloggi", "Aurora Esposito D'Angelo <aurora.esposito@posta.example>",
    "Esclusione dalla graduatoria alloggi",
    """Buongiorno,

sono stata esclusa dalla graduatoria per il posto alloggio con una email automatica che parla
di "punteggio calcolato dal sistema". Nessuno ha guardato il mio ISEE aggiornato. Chiedo che
la mia domanda venga riesaminata da una persona e di ricevere copia dei dati usati per
calcolare il punteggio.

Aurora Esposito D'Angelo
""", R(["AutomatedDecision", "Access"], "aurora.esposito@posta.example", "Aurora", "Esposito D'Angelo"))

add("it-10-html-telecamere", "Nicolò Barbieri <nicolo.barbieri@studenti.example>",
    "Telecamere in biblioteca",
    html("Salve,",
         "nella biblioteca di Ingegneria sono state installate delle telecamere che puntano sui tavoli "
         "di studio. Per quale finalità? Per quanto tempo vengono <u>conservate</u> le immagini e chi può vederle?",
         "Grazie,<br>Nicolò Barbieri"),
    R(["Information"], "nicolo.barbieri@studenti.example", "Nicolò", "Barbieri"), ct=HTML)

add("it-11-erede-madre", "Lorenzo Pellegrino-Sanna <lorenzo.pellegrino@posta.example>",
    "Decesso di mia madre - cancellazione dati",
    """Gentili signori,

mia madre, Anna Maria Sanna, laureata presso il vostro Ateneo nel 1984, è venuta a mancare a
ottobre. Continuano ad arrivare a casa sua le riviste dell'associazione laureati e le
richieste di donazione.

In qualità di erede vi chiedo di cancellare i suoi dati. Posso inviare il certificato di morte.

Cordialmente,
Lorenzo Pellegrino-Sanna
""", R(["Erasure"], "lorenzo.pellegrino@posta.example", "Anna Maria", "Sanna",
       representative="Lorenzo Pellegrino-Sanna"))

add("it-12-lungo-arrabbiato", "Federica Trapani <federica.trapani@casella.example>",
    "Reclamo - dati sanitari nella chat della residenza",
    """Buongiorno,

sono profondamente arrabbiata. A settembre ho presentato all'ufficio disabilità il certificato
della mia patologia per avere una stanza al piano terra nella residenza. Il mese scorso la
responsabile del piano ha scritto nella chat WhatsApp di tutti gli ospiti che "la ragazza con
la malattia" aveva la priorità per la lavatrice. Tutti hanno capito che ero io.

Ho già segnalato la cosa all'ufficio alloggi senza ricevere risposta. Non voglio più che i
miei dati sanitari restino nei vostri archivi della residenza: chiedo che il certificato e
ogni annotazione sulla mia salute vengano cancellati dai fascicoli della residenza, tenendoli
solo dove strettamente necessario per l'ufficio disabilità.

Valuterò un reclamo al Garante.

Federica Trapani
""", R(["Erasure"], "federica.trapani@casella.example", "Federica", "Trapani"))

add("it-13-cp1252-limitazione", "Mattia Bonaccorsi <mattia.bonaccorsi@posta.example>",
    "Richiesta di limitazione – segnalazione plagio",
    """Gentile DPO,

nel mio fascicolo è stata inserita una segnalazione di “plagio” sulla tesina di Storia
contemporanea. Ho presentato ricorso alla commissione, che si riunirà a dicembre.

Nel frattempo chiedo che questo dato non venga utilizzato né comunicato ad altri uffici,
in particolare all’ufficio borse di studio.

Mattia Bonaccorsi
""", R(["Restriction"], "mattia.bonaccorsi@posta.example", "Mattia", "Bonaccorsi"),
    ct=CP1252, encode="cp1252")

add("it-14-inoltro-collega", "Elisa Marchetti <elisa.marchetti@acme-corp.example>",
    "I: richiesta registrazioni colloqui",
    """Ciao, vi giro questa richiesta arrivata al servizio di counseling. Credo sia di vostra
competenza.

Elisa Marchetti
Servizio Counseling Psicologico

----- Messaggio inoltrato -----
Da: Kevin Oduya Bellini <kevin.oduyabellini@studenti.example>
Data: 12 novembre 2026 16:40
A: counseling@acme-corp.example
Oggetto: richiesta registrazioni colloqui

Buongiorno, vorrei avere copia delle note e di tutti i dati che avete su di me relativi ai
colloqui fatti lo scorso anno. Grazie, Kevin Oduya Bellini
""", R(["Access"], "elisa.marchetti@acme-corp.example", "Kevin", "Oduya Bellini"))

add("it-15-bolletta", "Simone Gatti <simone.gatti@casella.example>",
    "conguaglio riscaldamento",
    """Salve, mi è arrivato un conguaglio di 210 euro per il riscaldamento della residenza ma la
stanza era sempre fredda. A chi devo rivolgermi? Simone Gatti, stanza 3B""",
    R(["Unknown"], "simone.gatti@casella.example", "Simone", "Gatti"))

# ---------------------------------------------------------------- attività
add("it-16-attivita-dpia-badge", "Roberta Cattaneo <roberta.cattaneo@acme-corp.example>",
    "DPIA rilevazione presenze con badge",
    """Buongiorno,

dal secondo semestre vorremmo rilevare la presenza degli studenti a lezione tramite badge e
app. Ci serve una valutazione d'impatto. Potete aiutarci a impostarla?

Roberta Cattaneo
Area Didattica
""", TASK("roberta.cattaneo@acme-corp.example", "Roberta", "Cattaneo"))

add("it-17-attivita-nomina-responsabile", "Giuseppe Ianniello <giuseppe.ianniello@acme-corp.example>",
    "Nomina responsabile esterno - piattaforma test d'ingresso",
    """Ciao,

il fornitore della piattaforma per i test d'ingresso ci chiede di firmare il loro accordo di
nomina a responsabile del trattamento (art. 28). Ve lo allego: potete dargli un'occhiata
entro fine mese?

Giuseppe Ianniello
Ufficio Acquisti
""", TASK("giuseppe.ianniello@acme-corp.example", "Giuseppe", "Ianniello"))

# ---------------------------------------------------------------- incidenti
add("it-18-incidente-chiavetta", "Prof.ssa Caterina Zanetti <caterina.zanetti@acme-corp.example>",
    "Smarrimento chiavetta USB con verbali d'esame",
    """Buongiorno,

ho smarrito ieri in aula una chiavetta USB con i verbali degli appelli di settembre (circa 90
studenti, matricole e voti) e alcune richieste di misure compensative con diagnosi DSA.
Non era cifrata.

Prof.ssa Caterina Zanetti
Dipartimento di Scienze della Formazione
""", INC("caterina.zanetti@acme-corp.example", "Caterina", "Zanetti"))

add("it-19-incidente-email-sbagliata", "Alessio De Santis <alessio.desantis@casella.example>",
    "Ho ricevuto i dati di un altro studente",
    """Salve, oggi mi è arrivata dall'ufficio tasse un'email indirizzata a un altro studente con
il suo ISEE, la dichiarazione dei redditi dei genitori e il codice fiscale. Non so chi sia.
Vi avviso così potete fare qualcosa.
Alessio De Santis""", INC("alessio.desantis@casella.example", "Alessio", "De Santis"))

add("it-20-incidente-account-compromesso", "Davide Russo-Malfatti <davide.russomalfatti@acme-corp.example>",
    "Account compromesso - invio massivo",
    """Ciao,

il mio account istituzionale ha inviato stanotte circa 2.000 email di phishing agli studenti.
Probabilmente la password mi è stata rubata con una finta pagina di login la settimana scorsa.
Dal mio account si accede alla rubrica completa degli studenti e alle pratiche Erasmus.
Ho già avvisato l'helpdesk, che ha bloccato l'account.

Davide Russo-Malfatti
Ufficio Relazioni Internazionali
""", INC("davide.russomalfatti@acme-corp.example", "Davide", "Russo-Malfatti"))

# ---------------------------------------------------------------- solleciti
add("it-21-sollecito-dsr", "Gianmarco Della Valle <gianmarco.dellavalle@posta.example>",
    "R: [DSR-66102] Conferma di ricezione",
    """Buongiorno,

vi ricordo che il termine di un mese è scaduto. Attendo ancora la copia dei miei dati.

Gianmarco Della Valle

Inviato da Outlook per Android
""", FU("66102", "gianmarco.dellavalle@posta.example", "Gianmarco", "Della Valle"))

add("it-22-sollecito-irt-graduatoria", "Aurora Esposito D'Angelo <aurora.esposito@posta.example>",
    "Re: Esclusione dalla graduatoria alloggi",
    """Buongiorno, ci sono novità sul riesame? La graduatoria definitiva esce il 1° dicembre.
Grazie, Aurora""", FU(ref("it-09-graduatoria-alloggi"), "aurora.esposito@posta.example", "Aurora", "Esposito D'Angelo"),
    headers=irt("it-09-graduatoria-alloggi"))

# ---------------------------------------------------------------- da ignorare
add("it-23-spam-eredita", "Avv. Jonathan Mbeki <jonathan.mbeki.studio@freemail.example>",
    "URGENTE: eredità non reclamata",
    """Gentile amico,

sono l'avvocato del defunto Sig. Roberto, morto senza eredi, che ha lasciato un deposito di
9.800.000 dollari. Cerco una persona di fiducia per presentarla come beneficiaria. Riceverà il
35%. Rispondete con nome completo, numero di telefono e copia del passaporto.

Cordialmente
""", IGN("spam", "jonathan.mbeki.studio@freemail.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="freemail.example")])

add("it-24-risposta-automatica", "Ufficio Erasmus Partner <erasmus@ateneo-partner.example>",
    "Risposta automatica: accordo trattamento dati mobilità",
    """Grazie per averci contattato. La sua richiesta è stata registrata con il numero di ticket
#458201. Un operatore le risponderà entro 5 giorni lavorativi.

Questo messaggio è generato automaticamente, si prega di non rispondere.
""", IGN("auto_reply", "erasmus@ateneo-partner.example"),
    headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"])

add("it-25-mancata-consegna", "Mail Delivery System <MAILER-DAEMON@mx.casella.example>",
    "Mancato recapito: Risposta alla sua richiesta", "",
    IGN("bounce", "MAILER-DAEMON@mx.casella.example"), dsn=True)
