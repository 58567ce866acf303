from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste
add("it-01-accesso-breve", "Matteo D'Alessandro <matteo.dalessandro@postaweb.example>", "richiesta accesso dati",
    "Buongiorno, vorrei ricevere copia di tutti i dati personali che avete su di me. Grazie, Matteo D'Alessandro\n",
    R(["Access"], "matteo.dalessandro@postaweb.example", "Matteo", "D'Alessandro"))

add("it-02-cancellazione-account", "Chiara Dell'Acqua <chiara.dellacqua@casella.example>", "Cancellazione account",
    """Salve,

ho disdetto l'abbonamento premium e non uso più il braccialetto. Vi chiedo di cancellare il mio account nell'app e tutti i dati collegati (allenamenti, sonno, peso, battito cardiaco), ai sensi dell'art. 17 GDPR.

Cordiali saluti,
Chiara Dell'Acqua
""",
    R(["Erasure"], "chiara.dellacqua@casella.example", "Chiara", "Dell'Acqua"))

add("it-03-opposizione-telefonate", "Gianluca De Santis <gianluca.desantis@postaweb.example>", "Basta telefonate e newsletter",
    """Buonasera,

continuo a ricevere telefonate dal vostro call center per proporre integratori e l'abbonamento "Benessere Plus", oltre alle newsletter. Mi oppongo al trattamento dei miei dati per finalità di marketing. Toglietemi da tutte le liste.

Gianluca De Santis
""",
    R(["Opposition"], "gianluca.desantis@postaweb.example", "Gianluca", "De Santis"))

add("it-04-rettifica-codice-fiscale", "Rosaria La Torre <rosaria.latorre@casella.example>", "Codice fiscale errato",
    """Gentili,

nel mio profilo della farmacia online il codice fiscale è sbagliato (manca una lettera) e per questo la ricetta elettronica non viene associata. Inoltre il cognome è scritto "Latorre" invece di "La Torre". Vi prego di correggere.

Grazie,
Rosaria La Torre
""",
    R(["Rectification"], "rosaria.latorre@casella.example", "Rosaria", "La Torre"))

add("it-05-portabilita", "Niccolò Bonfiglioli <niccolo.bonfiglioli@postaweb.example>", "Portabilità dei dati di allenamento",
    """Ciao,

sto passando a un'altra app di corsa. Mi potete inviare tutti i miei allenamenti, i percorsi GPS e i dati del battito in un formato leggibile (CSV, GPX o JSON)? Se possibile trasmetteteli direttamente al nuovo servizio.

Grazie mille
Niccolò
""",
    R(["Portability"], "niccolo.bonfiglioli@postaweb.example", "Niccolò", "Bonfiglioli"))

add("it-06-informazioni-conservazione", "Benedetta Zanardi <benedetta.zanardi@casella.example>", "Domande sul trattamento dei dati sanitari",
    """Buongiorno,

vorrei sapere per quanto tempo conservate le ricette caricate e lo storico degli ordini, se i dati dell'app vengono trasferiti fuori dall'Unione Europea e se vengono comunicati a compagnie assicurative o case farmaceutiche.

Non mi serve una copia, solo queste informazioni.

Cordialmente,
Benedetta Zanardi
""",
    R(["Information"], "benedetta.zanardi@casella.example", "Benedetta", "Zanardi"))

add("it-07-decisione-automatizzata", "Salvatore Di Stefano <salvatore.distefano@postaweb.example>", "Rifiuto automatico del pagamento rateale",
    """Buongiorno,

la mia richiesta di pagamento a rate per la bilancia smart e l'abbonamento annuale è stata rifiutata in pochi secondi, chiaramente da un algoritmo. Chiedo, ai sensi dell'art. 22 del GDPR, che la decisione sia riesaminata da una persona e di conoscere i criteri utilizzati.

Salvatore Di Stefano
""",
    R(["AutomatedDecision"], "salvatore.distefano@postaweb.example", "Salvatore", "Di Stefano"))

add("it-08-limitazione-rettifica", "Ilaria Mancuso <ilaria.mancuso@casella.example>", "Dati errati sulla mia terapia",
    """Gentile responsabile della protezione dei dati,

nel mio profilo risulta una terapia con anticoagulanti che non ho mai assunto: probabilmente un errore del vostro operatore quando ha inserito una ricetta. Chiedo la rettifica di questo dato e, nel frattempo, la limitazione del trattamento: non deve essere usato né comunicato a nessuno finché non avrete verificato.

Ilaria Mancuso
""",
    R(["Rectification", "Restriction"], "ilaria.mancuso@casella.example", "Ilaria", "Mancuso"))

add("it-09-amministratore-sostegno", "Lorenzo Caputo <lorenzo.caputo@postaweb.example>", "Dati di mio padre - amministratore di sostegno",
    """Buongiorno,

sono l'amministratore di sostegno di mio padre, Vincenzo Caputo (decreto del Tribunale di Bari allegato). Mio padre ha 84 anni e riceve continuamente email e telefonate promozionali da voi, e ha sottoscritto abbonamenti senza capirli.

Chiedo che i suoi dati non siano più usati per il marketing e che il suo account venga chiuso e i dati cancellati.

Lorenzo Caputo
""",
    R(["Opposition", "Erasure"], "lorenzo.caputo@postaweb.example", "Vincenzo", "Caputo",
      representative="Lorenzo Caputo"))

add("it-10-avvocato", "Avv. Vittoria Sanseverino <v.sanseverino@studiolegale-sanseverino.example>", "Istanza di accesso ex art. 15 GDPR - Sig. Gabriele Ferraris",
    """Spett.le Società,

la sottoscritta Avv. Vittoria Sanseverino, in nome e per conto del Sig. Gabriele Ferraris, giusta delega allegata, formula istanza di accesso ai sensi dell'art. 15 del Regolamento UE 2016/679, chiedendo copia di tutti i dati personali del proprio assistito, ivi compresi gli ordini, le ricette, le registrazioni delle telefonate e le comunicazioni interne che lo riguardano.

Distinti saluti.

Avv. Vittoria Sanseverino
Studio Legale Sanseverino - Torino
Tel. 011 5550123

Le informazioni contenute in questa email sono riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo.
""",
    R(["Access"], "v.sanseverino@studiolegale-sanseverino.example", "Gabriele", "Ferraris",
      representative="Vittoria Sanseverino"))

add("it-11-html-accesso", "Teresa Quaglia <teresa.quaglia@webposta.example>", "I miei dati",
    html("Buongiorno,",
         "vorrei sapere <b>quali dati personali</b> trattate su di me e riceverne una copia.",
         "Saluti<br>Teresa Quaglia<br><i>Inviato da Libero Mail per Android</i>"),
    R(["Access"], "teresa.quaglia@webposta.example", "Teresa", "Quaglia"), ct=HTML)

add("it-12-maiuscolo", "FRANCO PIRAS <francopiras58@vecchiaposta.example>", "BASTA PUBBLICITA",
    """NON VOGLIO PIU RICEVERE PUBBLICITA DA VOI NE EMAIL NE SMS. CANCELLATEMI DALLE VOSTRE LISTE.
FRANCO PIRAS
""",
    R(["Opposition"], "francopiras58@vecchiaposta.example", "Franco", "Piras"))

add("it-13-cp1252-senza-punteggiatura", "Alessio Pellegrini-Vitale <alessio.pv@casella.example>", "cancellare tutto",
    """salve volevo chiedere di cancellare il mio account e tutti i dati perché non uso più l\u2019app e non compro più in farmacia da voi grazie
Alessio Pellegrini-Vitale
""",
    R(["Erasure"], "alessio.pv@casella.example", "Alessio", "Pellegrini-Vitale"),
    ct=CP1252, encode="cp1252")

add("it-14-inoltro-allegato", "Davide Marchetti <davide.marchetti@acme-corp.example>", "I: richiesta cliente",
    "", R(["Access", "Portability"], "federica.scognamiglio@postaweb.example", "Federica", "Scognamiglio"),
    attached=("Federica Scognamiglio <federica.scognamiglio@postaweb.example>", "Richiesta dati",
              """Buongiorno,

vorrei una copia dei miei dati personali e l'esportazione dei miei dati dell'app (sonno, passi, battito) in un file che posso caricare su un'altra piattaforma.

Grazie,
Federica Scognamiglio
"""),
    note="Ciao, vi inoltro in allegato questa richiesta arrivata all'assistenza clienti Italia. Davide")

add("it-15-spedizione", "Giuseppina Lo Russo <giuseppina.lorusso@casella.example>", "ordine non arrivato",
    """Buongiorno il mio ordine 66120478 doveva arrivare venerdì ma non è ancora arrivato, il corriere dice indirizzo sconosciuto. Potete controllare? Giuseppina Lo Russo
""",
    R(["Unknown"], "giuseppina.lorusso@casella.example", "Giuseppina", "Lo Russo"))

# ---------------------------------------------------------------- attività
add("it-16-attivita-responsabile-laboratorio", "Elena Bertolucci <elena.bertolucci@acme-corp.example>", "Nomina responsabile esterno - laboratorio analisi",
    """Ciao a tutti,

stiamo avviando la partnership con il Laboratorio Analisi Montebello per i test del sangue a domicilio prenotabili dall'app. Serve l'accordo di nomina a responsabile del trattamento (art. 28) e una verifica delle loro misure di sicurezza. Riuscite entro fine mese?

Elena Bertolucci
Partnership Italia
""",
    TASK("elena.bertolucci@acme-corp.example", "Elena", "Bertolucci"))

add("it-17-attivita-informativa", "Marco Tedeschi <marco.tedeschi@acme-corp.example>", "Aggiornamento informativa privacy app",
    """Buongiorno,

con la nuova versione dell'app aggiungiamo il collegamento con il Fascicolo Sanitario. Potete aggiornare l'informativa privacy e il registro dei trattamenti? Il rilascio è previsto per il 10 gennaio.

Marco Tedeschi
Product Manager
""",
    TASK("marco.tedeschi@acme-corp.example", "Marco", "Tedeschi"))

# ---------------------------------------------------------------- incidenti
add("it-18-incidente-fornitore-sbagliato", "Serena Gallo <serena.gallo@acme-corp.example>", "Invio errato elenco clienti",
    """Ciao,

stamattina ho inviato per sbaglio l'elenco dei resi di ottobre (nome, indirizzo, prodotto restituito, in alcuni casi farmaci) a un fornitore di imballaggi invece che al corriere. Ho chiesto al fornitore di cancellare la mail, mi hanno risposto che lo faranno ma non ho una conferma scritta.

Serena Gallo
Logistica
""",
    INC("serena.gallo@acme-corp.example", "Serena", "Gallo"))

add("it-19-incidente-notifica-altrui", "Pasquale Esposito <pasquale.esposito@postaweb.example>", "Ricevo notifiche di un'altra persona",
    """Salve,

da due giorni l'app mi manda notifiche del tipo "Maria, è ora di prendere la tua levotiroxina". Io mi chiamo Pasquale e non prendo quel farmaco. Vuol dire che i dati di questa signora arrivano sul mio telefono. Vi segnalo il problema perché mi sembra grave.

Pasquale Esposito
""",
    INC("pasquale.esposito@postaweb.example", "Pasquale", "Esposito"))

add("it-20-incidente-ricette-cartacee", "Dott.ssa Carla Fontana <carla.fontana@acme-corp.example>", "Smarrimento cartellina ricette",
    """Buongiorno,

ieri sera, uscendo dalla farmacia di Via Roma, ho perso (o mi è stata sottratta) una cartellina con 12 ricette cartacee in attesa di essere scansionate. Contengono nome, codice fiscale e farmaci prescritti. Ho già avvisato il responsabile del punto vendita.

Dott.ssa Carla Fontana
Farmacista
""",
    INC("carla.fontana@acme-corp.example", "Carla", "Fontana"))

# ---------------------------------------------------------------- seguiti
add("it-21-seguito-dsr", "Ottavio Lombardi <ottavio.lombardi@casella.example>", "R: [DSR-40761] Conferma di ricezione della sua richiesta",
    """Buongiorno,

vi invio in allegato il documento d'identità che mi avete chiesto. Resto in attesa.

Ottavio Lombardi

> Abbiamo registrato la sua richiesta con il numero DSR-40761.
""",
    FU("40761", "ottavio.lombardi@casella.example", "Ottavio", "Lombardi"))

add("it-22-seguito-mancuso", "Ilaria Mancuso <ilaria.mancuso@casella.example>", "R: Dati errati sulla mia terapia",
    """Aggiungo che il mio medico di base mi ha dato un certificato che conferma che non ho mai avuto una terapia anticoagulante. Ve lo allego.

Ilaria Mancuso
""",
    FU(ref("it-08-limitazione-rettifica"), "ilaria.mancuso@casella.example", "Ilaria", "Mancuso"),
    headers=irt("it-08-limitazione-rettifica"))

# ---------------------------------------------------------------- da ignorare
add("it-23-spam-eredita", "Avv. James Okafor <j.okafor.legal@freemail-int.example>", "Eredità non reclamata - riservato",
    """Gentile amico,

sono l'avvocato del defunto Sig. Antonio, morto senza eredi, che portava il suo stesso cognome. Le propongo di dividere il deposito di 7.200.000 USD. Mi invii nome completo, numero di telefono e copia del documento.

Dopo l'operazione tutti i dati saranno cancellati per la sua sicurezza.

Avv. James Okafor
""",
    IGN("spam", "j.okafor.legal@freemail-int.example"), headers=SPAM_HDR)

add("it-24-newsletter", "Sanità Digitale News <redazione@sanitadigitale.example>", "Newsletter: app sanitarie e Garante privacy",
    html("<h2>Sanità Digitale News</h2>",
         "In questo numero: il parere del Garante sulle app per il benessere, la telemedicina in farmacia e gli eventi di dicembre.",
         "<a href='https://sanitadigitale.example/disiscriviti'>Annulla l'iscrizione</a>"),
    IGN("bulk", "redazione@sanitadigitale.example"), ct=HTML,
    headers=["List-Id: Sanita Digitale News <news.sanitadigitale.example>",
             "List-Unsubscribe: <https://sanitadigitale.example/disiscriviti>",
             "Precedence: bulk"])

add("it-25-mancato-recapito", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>", "Mancato recapito: [DSR-40102] Richiesta di verifica",
    "", IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
