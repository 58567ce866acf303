from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste
add("it-01-cancellate-account", "pedala.sempre@posta-veloce.example", "account",
    "cancellate il mio account del bike sharing grazie\n",
    R(["Erasure"], "pedala.sempre@posta-veloce.example"))

add("it-02-accesso-formale", "Maria Grazia Dell'Acqua <mariagrazia.dellacqua@pec-like.example>",
    "Richiesta di accesso ai dati personali ai sensi dell'art. 15 GDPR",
    """Spett.le Società,

la sottoscritta Maria Grazia Dell'Acqua, titolare dell'abbonamento annuale n. 3308-7712, chiede, ai sensi dell'art. 15 del Regolamento (UE) 2016/679, di ricevere conferma dell'esistenza di dati personali che la riguardano e copia degli stessi, inclusi i dati di validazione, i pagamenti e gli eventuali verbali di accertamento, nonché le finalità, i destinatari e il periodo di conservazione.

Si allega copia del documento di identità.

Distinti saluti,
Maria Grazia Dell'Acqua
Via dei Glicini 18
""",
    R(["Access"], "mariagrazia.dellacqua@pec-like.example", "Maria Grazia", "Dell'Acqua"))

add("it-03-video-autobus", "Gianluca Russo-Ferraris <gianluca.rf@posta-it.example>", "Richiesta filmati videosorveglianza linea 64",
    """Buongiorno,

lunedì 9 novembre verso le 17:50, sull'autobus della linea 64 direzione Stazione Centrale, sono caduto a causa di una frenata brusca e mi sono fatto male alla spalla. L'assicurazione mi chiede prove.

Vorrei ricevere copia dei filmati delle telecamere di bordo in cui compaio. Ero in piedi vicino alla porta centrale, giubbotto blu.

Grazie,
Gianluca Russo-Ferraris
340 123 4567
""",
    R(["Access"], "gianluca.rf@posta-it.example", "Gianluca", "Russo-Ferraris"))

add("it-04-basta-telefonate", "Serena Lo Bianco <serena.lobianco@mail-sud.example>", "telefonate",
    """salve mi chiamate continuamente per proporre l abbonamento annuale,non voglio piu essere contatata ne per telefono ne per mail pubblicitarie. grazie

serena lo bianco
""",
    R(["Opposition"], "serena.lobianco@mail-sud.example", "Serena", "Lo Bianco"))

add("it-05-codice-fiscale", "Francesco D'Ambrosio <francesco.dambrosio@posta-it.example>", "Codice fiscale errato",
    """Buongiorno,

nel mio profilo cliente il codice fiscale è sbagliato (manca una lettera) e per questo non riesco a scaricare la detrazione dell'abbonamento. Il codice corretto è DMBFNC88C12F839K. Potete correggerlo?

Cordiali saluti,
Francesco D'Ambrosio
""",
    R(["Rectification"], "francesco.dambrosio@posta-it.example", "Francesco", "D'Ambrosio"))

add("it-06-latin1-cancellazione", "Niccolò Sartori <niccolo.sartori@libero-like.example>", "Cancellazione dati",
    """Buongiorno,

non sono più cliente da più di un anno ma continuo a ricevere le vostre comunicazioni. Chiedo la cancellazione di tutti i miei dati personali ai sensi dell'art. 17 del GDPR.

Niccolò Sartori
""",
    R(["Erasure"], "niccolo.sartori@libero-like.example", "Niccolò", "Sartori"), ct=LATIN1, encode="latin-1")

add("it-07-padre-figlia", "Stefano Colombo <stefano.colombo@famiglia-mail.example>", "Dati di mia figlia minorenne",
    """Buonasera,

mia figlia Giulia Colombo (15 anni) ha l'abbonamento studenti. Ieri è stata multata da un controllore che le ha chiesto il documento e ha scattato una foto. In qualità di genitore esercente la responsabilità genitoriale, chiedo di conoscere quali dati avete raccolto su di lei e di riceverne copia.

Stefano Colombo
""",
    R(["Access"], "stefano.colombo@famiglia-mail.example", "Giulia", "Colombo", representative="Stefano Colombo"))

add("it-08-avvocato-limitazione", "Avv. Ludovica Bernasconi <l.bernasconi@studiolegale-bernasconi.example>",
    "Sig. Matteo Esposito - verbale n. 2026/VA/44120 - richiesta di limitazione",
    """Spett.le Società,

scrivo in nome e per conto del sig. Matteo Esposito, come da procura allegata, in relazione al verbale di accertamento n. 2026/VA/44120, oggetto di ricorso.

Nelle more della definizione del ricorso, chiedo la limitazione del trattamento dei dati personali del mio assistito connessi al verbale, ai sensi dell'art. 18 del GDPR, e in particolare che gli stessi non vengano trasmessi a società di recupero crediti.

Distinti saluti,
Avv. Ludovica Bernasconi

Il presente messaggio è riservato e destinato esclusivamente al destinatario indicato.
""",
    R(["Restriction"], "l.bernasconi@studiolegale-bernasconi.example", "Matteo", "Esposito",
      representative="Ludovica Bernasconi"))

add("it-09-sospensione-automatica", "Chiara Pellegrini <chiara.pellegrini@posta-nord.example>", "Account bike sharing sospeso automaticamente",
    """Buongiorno,

il mio account di bike sharing è stato sospeso con un messaggio automatico: "punteggio di affidabilità insufficiente". Non ho mai danneggiato una bici. Chiedo che la decisione venga riesaminata da una persona e di sapere come viene calcolato questo punteggio.

Chiara Pellegrini
""",
    R(["AutomatedDecision"], "chiara.pellegrini@posta-nord.example", "Chiara", "Pellegrini"))

add("it-10-portabilita", "Alessandro De Santis <alessandro.desantis@lavoro-mail.example>", "Portabilità storico viaggi",
    """Salve,

vorrei ricevere lo storico completo dei miei viaggi e delle ricariche in formato elettronico (CSV), per poterlo caricare nel gestionale delle note spese di una nuova piattaforma. È il mio diritto alla portabilità, art. 20 GDPR.

Tessera n. 9921-4406

Grazie,
Alessandro De Santis
""",
    R(["Portability"], "alessandro.desantis@lavoro-mail.example", "Alessandro", "De Santis"))

add("it-11-maiuscolo-telecamere", "VINCENZO CARUSO <vincenzo.caruso1955@posta-it.example>", "TELECAMERE",
    """BUONGIORNO VOGLIO SAPERE PER QUANTO TEMPO TENETE LE REGISTRAZIONI DELLE TELECAMERE SUI PULLMAN E CHI LE PUO GUARDARE. SALUTI VINCENZO CARUSO
""",
    R(["Information"], "vincenzo.caruso1955@posta-it.example", "Vincenzo", "Caruso"))

add("it-12-inoltro-allegato", "Roberta Fumagalli <roberta.fumagalli@acme-corp.example>", "I: richiesta dati cliente",
    "",
    R(["Access", "Portability"], "federica.gallomarchetti@posta-centro.example", "Federica", "Gallo Marchetti"),
    note="Ciao,\n\nvi inoltro in allegato la mail di una cliente arrivata al customer care. Chiede copia dei suoi dati e lo storico in formato elettronico.\n\nRoberta Fumagalli\nCustomer Care\n",
    attached=("Federica Gallo Marchetti <federica.gallomarchetti@posta-centro.example>", "I miei dati",
              "Buongiorno,\n\nvorrei una copia di tutti i dati che avete su di me e lo storico dei viaggi in un file CSV da portare al nuovo gestore.\n\nFederica Gallo Marchetti\n"))

add("it-13-html-profilazione", "Beatrice Fontana <beatrice.fontana@design-mail.example>", "Profilazione nell'app",
    html("Buongiorno,",
         "ho notato che l'app mi propone offerte basate sui miei spostamenti. <b>Mi oppongo alla profilazione</b> a fini commerciali.",
         "Vorrei inoltre sapere con quali partner condividete i dati di posizione e per quanto tempo li conservate.",
         "Beatrice Fontana"),
    R(["Opposition", "Information"], "beatrice.fontana@design-mail.example", "Beatrice", "Fontana"), ct=HTML)

add("it-14-erede-madre", "Laura Benedetti <laura.benedetti@posta-it.example>", "Decesso di mia madre",
    """Gentili signori,

mia madre, Rosa Benedetti Cirillo, è mancata il 3 ottobre. Aveva un abbonamento over 65 e un account sul vostro sito, dal quale arrivano ancora email di rinnovo. In qualità di erede vi chiedo di chiudere l'account e cancellare i suoi dati. Posso inviare il certificato di morte.

Cordiali saluti,
Laura Benedetti
""",
    R(["Erasure"], "laura.benedetti@posta-it.example", "Rosa", "Benedetti Cirillo", representative="Laura Benedetti"))

add("it-15-rimborso-sciopero", "Emanuele Greco <emanuele.greco@posta-sud.example>", "rimborso",
    """Buongiorno, per lo sciopero del 6 novembre non ho potuto usare l'abbonamento per due giorni. Spetta un rimborso? Come lo chiedo?

Emanuele Greco

Inviato da iPhone
""",
    R(["Unknown"], "emanuele.greco@posta-sud.example", "Emanuele", "Greco"))

add("it-16-senza-punteggiatura", "utente.bici@posta-veloce.example", "domanda",
    """salve vorrei sapere se la vostra app vende i miei dati di posizione a qualcuno grazie
""",
    R(["Information"], "utente.bici@posta-veloce.example"))

# ---------------------------------------------------------------- compiti
add("it-17-compito-nomina", "Davide Ferrante <davide.ferrante@acme-corp.example>", "Nomina responsabile esterno - videosorveglianza depositi",
    """Ciao,

il nuovo fornitore della videosorveglianza dei depositi (VigilTech) deve essere nominato responsabile del trattamento ex art. 28. Potete preparare/verificare l'atto di nomina? Il contratto parte il 1° dicembre.

Davide Ferrante
Ufficio Acquisti
""",
    TASK("davide.ferrante@acme-corp.example", "Davide", "Ferrante"))

add("it-18-compito-informativa", "Martina Ruggiero <martina.ruggiero@acme-corp.example>", "Aggiornamento informativa app",
    """Buongiorno,

con il rilascio di gennaio l'app aggiungerà il pagamento con targa per i parcheggi di interscambio. Potete aggiornare l'informativa privacy e dirci se serve un nuovo consenso?

Grazie,
Martina Ruggiero
Prodotto Digitale
""",
    TASK("martina.ruggiero@acme-corp.example", "Martina", "Ruggiero"))

# ---------------------------------------------------------------- incidenti
add("it-19-incidente-cc", "Paolo Marchesini <paolo.marchesini@acme-corp.example>", "Email inviata con destinatari in chiaro",
    """Ciao,

stamattina ho inviato la comunicazione sul rinnovo degli abbonamenti aziendali a circa 180 clienti mettendo tutti gli indirizzi in CC invece che in CCN. Alcuni indirizzi contengono nome e cognome. Non ho ancora mandato nessuna mail di scuse: aspetto vostre indicazioni.

Paolo Marchesini
Ufficio Commerciale
""",
    INC("paolo.marchesini@acme-corp.example", "Paolo", "Marchesini"))

add("it-20-incidente-verbali-strada", "Giorgia Mancini <giorgia.mancini@posta-it.example>", "Ho trovato dei vostri verbali per strada",
    """Buongiorno,

vicino al deposito di via Tiburtina, accanto ai cassonetti, ho trovato una scatola aperta con decine di verbali di multe con nomi, indirizzi e numeri di documento. Li ho fotografati ma non li ho toccati. Vi conviene mandare qualcuno subito.

Giorgia Mancini
""",
    INC("giorgia.mancini@posta-it.example", "Giorgia", "Mancini"))

# ---------------------------------------------------------------- seguiti
add("it-21-seguito-dsr", "Ottavio Cattaneo <ottavio.cattaneo@posta-nord.example>", "R: [DSR-43019] Conferma di ricezione della sua richiesta",
    """Buongiorno,

in allegato il documento d'identità che mi avete chiesto. Attendo la risposta.

Ottavio Cattaneo
""",
    FU("43019", "ottavio.cattaneo@posta-nord.example", "Ottavio", "Cattaneo"))

add("it-22-seguito-avvocato", "Avv. Ludovica Bernasconi <l.bernasconi@studiolegale-bernasconi.example>",
    "R: Sig. Matteo Esposito - verbale n. 2026/VA/44120 - richiesta di limitazione",
    """Spett.le Società,

a seguito della mia precedente, segnalo che il mio assistito ha ricevuto ieri un sollecito da una società di recupero crediti. Chiedo un riscontro urgente.

Avv. Ludovica Bernasconi
""",
    FU(ref("it-08-avvocato-limitazione"), "l.bernasconi@studiolegale-bernasconi.example", "Ludovica", "Bernasconi"),
    headers=irt("it-08-avvocato-limitazione"))

# ---------------------------------------------------------------- da ignorare
add("it-23-phishing-account", "Sicurezza Account <sicurezza@verifica-account-it.example>", "Il suo account verrà cancellato",
    """Gentile utente,

abbiamo rilevato attività sospette. Il suo account e tutti i dati verranno cancellati entro 12 ore se non conferma le sue credenziali:

http://verifica-account-it.example/conferma

Team Sicurezza
""",
    IGN("spam", "sicurezza@verifica-account-it.example"), headers=SPAM_HDR)

add("it-24-newsletter", "Mobilità Oggi <redazione@mobilitaoggi.example>", "Mobilità Oggi - n. 88: bike sharing e dati",
    """MOBILITÀ OGGI - newsletter n. 88

- Bike sharing: i numeri del 2026
- Il Garante e i dati di localizzazione: cosa cambia
- Eventi: Forum Trasporti, 4 dicembre

Ricevi questa newsletter perché sei iscritto. Disiscriviti: https://mobilitaoggi.example/disiscrizione
""",
    IGN("bulk", "redazione@mobilitaoggi.example"),
    headers=["List-Id: <newsletter.mobilitaoggi.example>",
             "List-Unsubscribe: <https://mobilitaoggi.example/disiscrizione>", "Precedence: bulk"])

add("it-25-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Mancato recapito del messaggio",
    "", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
