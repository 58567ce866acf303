from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste
add("it-01-passaporto", "Federica Lo Presti <federica.lopresti@posta.example>",
    "Copia del passaporto",
    """Buongiorno,

durante il check-in nel vostro hotel di Firenze è stata fatta una copia del mio passaporto. Ora che il soggiorno è concluso vi chiedo di cancellarla e di darmene conferma.

Cordiali saluti,
Federica Lo Presti
""",
    R(["Erasure"], "federica.lopresti@posta.example", "Federica", "Lo Presti"))

add("it-02-accesso-formale", "Niccolò Guicciardi <n.guicciardi@studio-mail.example>",
    "Istanza di accesso ai dati personali ex art. 15 GDPR",
    """Spett.le Titolare del trattamento,

il sottoscritto Niccolò Guicciardi, nato a Siena il 21/06/1975, ai sensi dell'art. 15 del Regolamento (UE) 2016/679, chiede di ottenere conferma dell'esistenza di dati personali che lo riguardano e la loro comunicazione in forma intelligibile, con particolare riferimento alle prenotazioni, al programma fedeltà e alle registrazioni delle telefonate al servizio clienti, nonché l'indicazione delle finalità, dei destinatari e del periodo di conservazione.

Si allega copia del documento di identità.

Distinti saluti
Niccolò Guicciardi
""",
    R(["Access"], "n.guicciardi@studio-mail.example", "Niccolò", "Guicciardi"))

add("it-03-maiuscole", "SALVATORE CUCCURULLO <salvatore.cuccurullo@libero-mail.example>",
    "BASTA EMAIL",
    """BASTA MANDARMI EMAIL CON LE OFFERTE!!! NON VOGLIO PIU RICEVERE NIENTE DA VOI. NE EMAIL NE SMS.

SALVATORE CUCCURULLO
""",
    R(["Opposition"], "salvatore.cuccurullo@libero-mail.example", "Salvatore", "Cuccurullo"))

add("it-04-refusi", "ludobonanno@posta.example",
    "cancelazione",
    """salve vorrei cancelate il mio acount e tutti i miei dati grazie mille ludovica bonanno

Inviato da iPhone
""",
    R(["Erasure"], "ludobonanno@posta.example", "Ludovica", "Bonanno"))

add("it-05-rettifica", "Giancarlo Dell'Acqua <giancarlo.dellacqua@posta.example>",
    "Cognome sbagliato",
    """Buonasera,

nel mio profilo il cognome è scritto "Dellacqua", tutto attaccato. Quello corretto è Dell'Acqua, con l'apostrofo e la A maiuscola. Vi chiedo di correggerlo, perché al check-in non corrisponde alla carta d'identità.

Grazie,
Giancarlo Dell'Acqua
""",
    R(["Rectification"], "giancarlo.dellacqua@posta.example", "Giancarlo", "Dell'Acqua"))

add("it-06-recensione", "Maria Grazia De Angelis <mg.deangelis@posta.example>",
    "Rimozione recensione",
    """Gentili signori,

qualche anno fa ho scritto una recensione sul vostro hotel di Roma Termini e compare ancora con il mio nome e cognome. Vi chiedo di rimuoverla e di cancellare il mio profilo recensore.

Maria Grazia De Angelis
""",
    R(["Erasure"], "mg.deangelis@posta.example", "Maria Grazia", "De Angelis"))

add("it-07-portabilita", "Pierluigi Scarpellini <p.scarpellini@azienda-mail.example>",
    "Portabilità e chiusura account",
    """Buongiorno,

vi chiedo di inviarmi lo storico dei miei soggiorni e dei punti fedeltà in un formato strutturato e leggibile da dispositivo automatico, e successivamente di chiudere il mio account e cancellare i miei dati.

Cordialmente,
Pierluigi Scarpellini
Responsabile Viaggi Aziendali
tel. 02 5550 1928
""",
    R(["Portability", "Erasure"], "p.scarpellini@azienda-mail.example", "Pierluigi", "Scarpellini"))

add("it-08-info-alloggiati", "Ilaria Benedetti <ilaria.benedetti@posta.example>",
    "Documento d'identità e polizia",
    """Salve,

alla reception mi hanno detto che i dati del mio documento vengono inviati alla Questura. È vero? Quali dati esattamente, e voi per quanto tempo li conservate? Vorrei solo capire.

Ilaria Benedetti
""",
    R(["Information"], "ilaria.benedetti@posta.example", "Ilaria", "Benedetti"))

add("it-09-declassato", "Donatella Mastrogiacomo <d.mastrogiacomo@posta.example>",
    "Declassamento automatico dal livello Gold",
    """Buongiorno,

ho ricevuto una mail automatica che mi comunica il passaggio dal livello Gold al livello Silver del programma fedeltà, "in base all'analisi automatica della sua attività". Ho soggiornato da voi 19 notti quest'anno. Contesto questa decisione automatizzata e chiedo che venga riesaminata da una persona.

Donatella Mastrogiacomo
""",
    R(["AutomatedDecision"], "d.mastrogiacomo@posta.example", "Donatella", "Mastrogiacomo"))

add("it-10-limitazione", "Emanuele Fabbri <emanuele.fabbri@posta.example>",
    "Limitazione del trattamento",
    """Buongiorno,

contesto l'addebito di 180 euro per il "fumo in camera" nel vostro hotel di Bologna: non fumo. Finché la questione non è chiarita chiedo la limitazione del trattamento dei miei dati, in particolare che non vengano trasmessi a società di recupero crediti.

Emanuele Fabbri
""",
    R(["Restriction"], "emanuele.fabbri@posta.example", "Emanuele", "Fabbri"))

add("it-11-avvocato", "Avv. Raffaella Trentini <r.trentini@studiolegaletrentini.example>",
    "Richiesta di accesso per conto del sig. Gennaro Esposito-Manzi",
    """Spettabile società,

scrivo in nome e per conto del mio assistito, sig. Gennaro Esposito-Manzi, giusta procura allegata, per chiedere l'accesso a tutti i dati personali che lo riguardano, comprese le immagini di videosorveglianza del vostro hotel di Napoli del giorno 14 ottobre 2026.

Distinti saluti
Avv. Raffaella Trentini

Studio Legale Trentini
Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.
""",
    R(["Access"], "r.trentini@studiolegaletrentini.example", "Gennaro", "Esposito-Manzi", representative="Raffaella Trentini"))

add("it-12-amministratrice-sostegno", "Rosaria Lo Bianco <rosaria.lobianco@posta.example>",
    "Mio padre - amministrazione di sostegno",
    """Gentili signori,

sono l'amministratrice di sostegno di mio padre, Calogero Lo Bianco (decreto del Tribunale di Palermo allegato). Mio padre riceve continuamente telefonate dai vostri operatori che gli propongono viaggi. Vi chiedo di non contattarlo più per fini commerciali e di cancellare i suoi dati.

Rosaria Lo Bianco
""",
    R(["Opposition", "Erasure"], "rosaria.lobianco@posta.example", "Calogero", "Lo Bianco", representative="Rosaria Lo Bianco"))

add("it-13-html-consenso", "Beatrice Colombo <beatrice.colombo@posta.example>",
    "Revoca del consenso",
    html("Buongiorno,",
         "revoco il consenso al trattamento dei miei dati per finalit&agrave; di marketing e profilazione. Non desidero pi&ugrave; ricevere offerte personalizzate.",
         "Beatrice Colombo"),
    R(["Opposition"], "beatrice.colombo@posta.example", "Beatrice", "Colombo"), ct=HTML)

add("it-14-lungo-latin1", "Vittorio Sanfilippo <vittorio.sanfilippo@posta.example>",
    "Reclamo soggiorno Taormina",
    """Gentili signori,

sono ancora incredulo per come siamo stati trattati nel vostro resort di Taormina. La camera "superior vista mare" era in realtà una stanza al piano terra con vista sul parcheggio, la piscina è rimasta chiusa per tre giorni su cinque e il personale della reception non parlava né italiano né inglese in modo comprensibile. Abbiamo chiesto di cambiare camera e ci è stato risposto che era tutto pieno, salvo poi scoprire che la camera era libera.

Al telefono un vostro operatore mi ha detto che sul mio profilo risulta una "segnalazione". Voglio sapere cosa c'è scritto: vi chiedo una copia di tutti i dati personali che conservate su di me.

Pretendo inoltre un rimborso parziale.

Vittorio Sanfilippo
""",
    R(["Access"], "vittorio.sanfilippo@posta.example", "Vittorio", "Sanfilippo"),
    ct=LATIN1, encode="latin-1-qp")

add("it-15-collega-allegato", "Marco Ferri <marco.ferri@acme-corp.example>",
    "I: cancellazione dati",
    "",
    R(["Erasure"], "chiara.zanetti@posta.example", "Chiara", "Zanetti"),
    attached=("Chiara Zanetti <chiara.zanetti@posta.example>", "cancellazione dati",
              """Buonasera,

vi prego di cancellare il mio account e tutti i dati che avete su di me. Non userò più i vostri servizi.

Chiara Zanetti
"""),
    note="Ciao, arrivata alla reception di Venezia, ve la inoltro come allegato. Marco\n")

add("it-16-fattura", "Amministrazione Ferretti Srl <amministrazione@ferretti-srl.example>",
    "Fattura elettronica - codice destinatario",
    """Buongiorno,

per il soggiorno del nostro dipendente a Milano (prenotazione MIL-66012) non abbiamo ricevuto la fattura elettronica. Il nostro codice destinatario SDI è M5UXCR1. Potete riemetterla?

Grazie
Ufficio Amministrazione
Ferretti Srl
""",
    R(["Unknown"], "amministrazione@ferretti-srl.example", None, None))

# ---------------------------------------------------------------- compiti
add("it-17-compito-nomina", "Alessandra Moretti <alessandra.moretti@acme-corp.example>",
    "Nomina responsabile - call center esterno",
    """Ciao,

dal 1° gennaio il servizio prenotazioni telefoniche per l'Italia sarà gestito da un call center esterno di Tirana. Serve la nomina a responsabile del trattamento e una verifica sul trasferimento fuori UE. Potete occuparvene?

Alessandra Moretti
Customer Service Italia
""",
    TASK("alessandra.moretti@acme-corp.example", "Alessandra", "Moretti"))

add("it-18-compito-videosorveglianza", "Lorenzo Gallo <lorenzo.gallo@acme-corp.example>",
    "Videosorveglianza nuovo hotel Verona",
    """Buongiorno,

il nuovo hotel di Verona apre a marzo. Servono l'informativa e i cartelli per la videosorveglianza e la verifica su cosa serve per le telecamere che riprendono anche il personale. Ci aiutate?

Lorenzo Gallo
Pre-opening Manager
""",
    TASK("lorenzo.gallo@acme-corp.example", "Lorenzo", "Gallo"))

# ---------------------------------------------------------------- incidenti
add("it-19-inc-credenziali", "Giulia Rinaldi <giulia.rinaldi@acme-corp.example>",
    "Ho inserito la password in un sito falso",
    """Ciao,

stamattina ho ricevuto una mail che sembrava del nostro channel manager e ho inserito utente e password. Poi mi sono accorta che l'indirizzo era strano. Con quell'account si vedono tutte le prenotazioni dell'hotel di Torino. Ho già avvisato l'IT e cambiato la password.

Giulia Rinaldi
Revenue Torino
""",
    INC("giulia.rinaldi@acme-corp.example", "Giulia", "Rinaldi"))

add("it-20-inc-cassonetto", "Renato Pagani <renato.pagani@posta.example>",
    "Documenti dei clienti nel cassonetto",
    """Buongiorno,

abito vicino al vostro hotel di Rimini. Questa mattina ho visto nel cassonetto della carta davanti all'ingresso di servizio decine di fogli con nomi, indirizzi e numeri di documento dei clienti. Alcuni fogli erano per strada. Vi consiglio di intervenire.

Renato Pagani
""",
    INC("renato.pagani@posta.example", "Renato", "Pagani"))

add("it-21-inc-schermo", "Stefano Marchi <stefano.marchi@acme-corp.example>",
    "Nomi degli ospiti sullo schermo della hall",
    """Ciao,

segnalo che da ieri lo schermo di benvenuto nella hall di Genova mostra per errore l'elenco degli arrivi con nome, cognome e numero di camera di tutti gli ospiti, invece del solo messaggio di benvenuto. Abbiamo spento lo schermo stamattina alle 7.

Stefano Marchi
Front Office Manager Genova
""",
    INC("stefano.marchi@acme-corp.example", "Stefano", "Marchi"))

# ---------------------------------------------------------------- seguiti
add("it-22-fu-dsr", "Niccolò Guicciardi <n.guicciardi@studio-mail.example>",
    "R: [DSR-41377] Conferma di ricezione",
    """Buongiorno,

vi ringrazio per la conferma. Preciso che mi interessano anche le prenotazioni fatte tramite l'agenzia online nel 2024.

Niccolò Guicciardi

> Gentile cliente, abbiamo ricevuto la sua richiesta...
""",
    FU("41377", "n.guicciardi@studio-mail.example", "Niccolò", "Guicciardi"))

add("it-23-fu-irt", "Donatella Mastrogiacomo <d.mastrogiacomo@posta.example>",
    "Re: Declassamento automatico dal livello Gold",
    """Buongiorno, vi allego l'elenco dei miei soggiorni del 2026 a conferma di quanto scritto. Attendo riscontro.

Donatella Mastrogiacomo

Il giorno lun 16 nov 2026, Donatella Mastrogiacomo ha scritto:
> ho ricevuto una mail automatica che mi comunica il passaggio dal livello Gold al livello Silver
""",
    FU(ref("it-09-declassato"), "d.mastrogiacomo@posta.example", "Donatella", "Mastrogiacomo"),
    headers=irt("it-09-declassato"))

# ---------------------------------------------------------------- da ignorare
add("it-24-spam-eredita", "Avv. James Okoro <jokoro.law@eredita-fondi.example>",
    "Eredità di 7.800.000 euro",
    """Carissimo,

sono l'avvocato del defunto ing. Marco Rossi, morto senza eredi. Lei condivide lo stesso cognome e può ricevere l'eredità di 7.800.000 euro. Mi invii i suoi dati personali e bancari per avviare la pratica.

Cordiali saluti
""",
    IGN("spam", "jokoro.law@eredita-fondi.example"), headers=SPAM_HDR)

add("it-25-spam-pec", "Servizio PEC <assistenza@pec-verifica.example>",
    "Casella in scadenza: i dati saranno cancellati",
    """Gentile utente,

la sua casella scadrà oggi e tutti i dati saranno cancellati definitivamente. Per rinnovare il servizio acceda al seguente link e inserisca le sue credenziali:
http://pec-verifica.example/rinnovo

Servizio Clienti
""",
    IGN("spam", "assistenza@pec-verifica.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="pec-verifica.example")])

add("it-26-newsletter", "Turismo Oggi <redazione@turismo-oggi.example>",
    "Turismo Oggi - Le notizie della settimana",
    """TURISMO OGGI
- Overtourism: le nuove regole delle città d'arte
- Tassa di soggiorno 2027
- Intelligenza artificiale e prenotazioni

Ricevi questa newsletter perché sei iscritto. Per cancellarti: https://turismo-oggi.example/unsubscribe
""",
    IGN("bulk", "redazione@turismo-oggi.example"),
    headers=["List-Id: Turismo Oggi <news.turismo-oggi.example>",
             "List-Unsubscribe: <https://turismo-oggi.example/unsubscribe>",
             "Precedence: list"])
