from common import *  # part it: written blind

# ---------------------------------------------------------------- requests
add("it-01-cosa-avete",
    "giuseppe.esposito71@posta.example",
    "info",
    """Salve, vorrei capire quali informazioni avete registrato a mio nome, sia per il test del DNA che per l'impianto d'allarme di casa. Potete mandarmi tutto?
Grazie
Giuseppe Esposito

Inviato da Libero Mail per Android
""",
    R(["Access"], "giuseppe.esposito71@posta.example", "Giuseppe", "Esposito"))

add("it-02-regalo-suocera",
    "Chiara Dell'Acqua <chiara.dellacqua@mail.example>",
    "Regalo non richiesto e ora questo",
    """Buongiorno,

vi racconto brevemente (si fa per dire) come sono andate le cose. Lo scorso Natale mia suocera ha regalato a tutta la famiglia il vostro kit del DNA. Io non ero convinta, ma per non offenderla ho sputato nella provetta come tutti gli altri. Non ho mai letto niente di quello che ho accettato, lo ammetto.

Da settembre ricevo messaggi da persone che dicono di essere mie cugine di terzo grado, dall'Argentina e dal Belgio. Una di queste mi ha perfino chiesto dei soldi per "ritrovare le radici comuni". Mio marito dice che esagero, ma io mi sento esposta.

Vi chiedo quindi di eliminare il mio profilo, i risultati e di distruggere il campione di saliva che conservate in laboratorio. Non mi interessa sapere cosa ci avete fatto finora, voglio solo che sparisca.

Per il resto della famiglia decideranno loro, io parlo solo per me.

Cordiali saluti,
Chiara Dell'Acqua
""",
    R(["Erasure"], "chiara.dellacqua@mail.example", "Chiara", "Dell'Acqua"))

add("it-03-luogo-nascita",
    "Francesca De Luca <f.deluca@studiodeluca.example>",
    "Correzione dati profilo",
    """Gentili signori,

nel mio profilo il luogo di nascita risulta Napoli invece di Nola e il cognome è scritto "Deluca" tutto attaccato. Vi prego di sistemare entrambe le cose, anche perché compaio così nell'albero dei miei cugini.

Grazie,
dott.ssa Francesca De Luca
Studio De Luca – Commercialisti
Tel. 081 555 2233
""",
    R(["Rectification"], "f.deluca@studiodeluca.example", "Francesca", "De Luca"))

add("it-04-registro-opposizioni",
    "Lorenzo Ferri <lorenzo.ferri@posta.example>",
    "Telefonate commerciali",
    """Sono iscritto al Registro pubblico delle opposizioni eppure negli ultimi dieci giorni mi avete chiamato quattro volte per propormi l'antifurto con videosorveglianza. Vi diffido dal contattarmi ancora per fini promozionali, in qualsiasi forma.

Lorenzo Ferri
""",
    R(["Opposition"], "lorenzo.ferri@posta.example", "Lorenzo", "Ferri"))

add("it-05-file-grezzo",
    "Alessandra Lo Russo <alessandra.lorusso@mail.example>",
    "File grezzo DNA",
    """Ciao, vorrei scaricare il file dei dati grezzi del mio genotipo in un formato standard, per caricarlo su un altro servizio di genealogia. Dall'app non trovo più il pulsante che c'era prima. Me lo potete mandare voi?

Alessandra Lo Russo
""",
    R(["Portability"], "alessandra.lorusso@mail.example", "Alessandra", "Lo Russo"))

add("it-06-quanto-tempo-campione",
    "Giovanni Di Stefano <gdistefano@posta.example>",
    "Domande sul campione",
    """Buonasera,

prima di attivare il kit che mi hanno regalato vorrei alcune risposte: per quanto tempo tenete il campione di saliva dopo l'analisi? Chi ha accesso ai risultati? Li condividete con assicurazioni o aziende farmaceutiche?

Grazie,
Giovanni Di Stefano
""",
    R(["Information"], "gdistefano@posta.example", "Giovanni", "Di Stefano"))

add("it-07-finanziamento-rifiutato",
    "Maria Grazia Colombo <mariagrazia.colombo@posta.example>",
    "Finanziamento rifiutato – art. 22",
    """Spett.le società,

la mia richiesta di pagamento rateale dell'impianto di allarme è stata rifiutata in automatico dal vostro sistema di valutazione del credito, pochi secondi dopo l'invio del modulo online.

Ai sensi dell'art. 22 del GDPR chiedo di ottenere l'intervento umano da parte vostra, di poter esprimere la mia opinione e di contestare la decisione.

Distinti saluti,
Maria Grazia Colombo
""",
    R(["AutomatedDecision"], "mariagrazia.colombo@posta.example", "Maria Grazia", "Colombo"))

add("it-08-referto-contestato",
    "Niccolò Bianchi <niccolo.bianchi@mail.example>",
    "Referto genetico contestato",
    """Buongiorno,

il vostro report dice che ho una predisposizione elevata all'Alzheimer. Il test fatto in ospedale su indicazione del mio medico dice il contrario. Evidentemente c'è un errore da qualche parte.

Chiedo che, finché non avrete verificato, quel dato venga congelato e non utilizzato per nessun altro scopo (né ricerca né abbinamento con i parenti). Chiedo inoltre che mi inviate una copia completa di tutti i dati che trattate su di me, referto compreso.

Niccolò Bianchi
""",
    R(["Restriction", "Access"], "niccolo.bianchi@mail.example", "Niccolò", "Bianchi"))

add("it-09-amministratore-sostegno",
    "Pietro Barbieri <pietro.barbieri@posta.example>",
    "Richiesta per conto di mio figlio",
    """Gentili signori,

sono l'amministratore di sostegno di mio figlio Marco Barbieri, maggiorenne con disabilità intellettiva. Marco ha fatto il vostro test insieme a un amico senza dirmi niente. Vorrei sapere quali dati avete su di lui e se sono stati condivisi con qualcuno.

Allego il decreto di nomina del Tribunale di Bergamo e la mia carta d'identità.

Pietro Barbieri
""",
    R(["Access"], "pietro.barbieri@posta.example", "Marco", "Barbieri",
      representative="Pietro Barbieri"))

add("it-10-madre-defunta",
    "Raffaella Caputo <raffaella.caputo@mail.example>",
    "Account di mia madre defunta",
    """Buongiorno,

mia madre, Anna Maria Russo, è mancata a settembre. Aveva un account da voi con il test del DNA e l'albero di famiglia. In qualità di figlia ed erede chiedo la cancellazione del suo account e la distruzione del campione, ai sensi dell'art. 2-terdecies del Codice privacy.

Allego certificato di morte e dichiarazione sostitutiva.

Raffaella Caputo
""",
    R(["Erasure"], "raffaella.caputo@mail.example", "Anna Maria", "Russo",
      representative="Raffaella Caputo"))

add("it-11-disposizioni-dopo-morte",
    "Ottavio Fontana <ottavio.fontana@posta.example>",
    "Disposizioni per dopo la mia morte",
    """Buongiorno,

ho 78 anni e sto mettendo in ordine le mie cose. Voglio lasciare scritto che, dopo la mia morte, i miei dati genetici e l'albero genealogico che ho costruito in questi anni passino a mio nipote Edoardo, e che nessun altro della famiglia possa accedervi. Esiste un modulo o devo scrivervi una lettera firmata?

Ottavio Fontana
""",
    R(["AdvanceDirectives"], "ottavio.fontana@posta.example", "Ottavio", "Fontana"))

add("it-12-tecnico-non-venuto",
    "Sara D'Angelo <sara.dangelo@posta.example>",
    "appuntamento tecnico",
    """buongiorno il tecnico doveva venire martedì per la manutenzione del sensore in cucina e non si è visto nessuno. potete richiamarmi? 333 1234567
Sara D'Angelo
""",
    R(["Unknown"], "sara.dangelo@posta.example", "Sara", "D'Angelo"))

add("it-13-kit-rotto",
    "Matteo Villa <matteo.villa@mail.example>",
    "Kit arrivato rotto",
    """Salve,

il kit è arrivato oggi ma la provetta era già aperta e il liquido stabilizzante è uscito tutto nella busta. Posso averne un altro senza pagare di nuovo? L'ordine è il 2026-118734.

Matteo Villa
""",
    R(["Unknown"], "matteo.villa@mail.example", "Matteo", "Villa"),
    ct=LATIN1, encode="latin-1")

add("it-14-revoca-ricerca",
    "Giulia Marchetti <giulia.marchetti@posta.example>",
    "revoca consenso",
    """Buongiorno, con la presente revoco il consenso all'utilizzo dei miei dati per la ricerca scientifica e anche alla funzione "trova parenti". Il resto dell'account lasciatelo com'è, mi serve per l'albero.
Giulia Marchetti
""",
    R(["Opposition"], "giulia.marchetti@posta.example", "Giulia", "Marchetti"))

add("it-15-avvocato-istanza",
    "Avv. Vittorio De Santis <studio@desantis-legale.example>",
    "Istanza ex artt. 15 e 17 Reg. UE 2016/679 – sig.ra Elisabetta Zanetti",
    html("Spett.le Acme Corp – alla c.a. del Responsabile della protezione dei dati",
         "Il sottoscritto Avv. Vittorio De Santis, in nome e per conto della sig.ra Elisabetta Zanetti, "
         "nata a Treviso il 4 maggio 1985, giusta procura che si allega in copia,",
         "CHIEDE",
         "1) di ottenere conferma dell'esistenza di dati personali della propria assistita e copia degli "
         "stessi, ivi compresi i dati genetici e i relativi referti (art. 15);<br>"
         "2) successivamente all'evasione del punto 1, la cancellazione di tutti i dati e la distruzione "
         "del campione biologico (art. 17).",
         "Si resta in attesa di riscontro entro il termine di legge.",
         "Avv. Vittorio De Santis<br>Studio Legale De Santis – Via Manin 21, 31100 Treviso<br>Tel. 0422 555 890",
         "<small>Il presente messaggio è riservato e destinato esclusivamente al destinatario indicato.</small>"),
    R(["Access", "Erasure"], "studio@desantis-legale.example", "Elisabetta", "Zanetti",
      representative="Vittorio De Santis"),
    ct=HTML)

add("it-16-disdetta-cancellazione",
    "Stefano Moretti <s.moretti@posta.example>",
    "Chiusura contratto allarme e cancellazione dati",
    """Buongiorno,

ho disdetto il contratto di vigilanza a fine ottobre e il tecnico è già venuto a smontare la centralina. Vi chiedo di cancellare i miei dati personali dai vostri archivi. Non mi serve una copia, mi basta una conferma che sono stati eliminati.

Saluti,
Stefano Moretti
""",
    R(["Erasure"], "s.moretti@posta.example", "Stefano", "Moretti"),
    ct=LATIN1, encode="latin-1")

add("it-17-inoltro-registrazione",
    "Ilaria Conti <ilaria.conti@acme-corp.example>",
    "I: registrazione",
    """Ciao team privacy,
vi inoltro la mail di un cliente arrivata all'assistenza, chiede le registrazioni: credo sia di vostra competenza.
Ilaria Conti
Customer Care Allarmi

---------- Messaggio inoltrato ----------
Da: Tommaso Greco <tommaso.greco@mail.example>
Data: dom 15 nov 2026 alle ore 21:10
Oggetto: registrazione
A: assistenza@acme-corp.example

Buonasera, la notte del 12 è scattato l'allarme e la vostra centrale non mi ha chiamato, ho saputo tutto dai vicini. Voglio ascoltare la registrazione delle chiamate di quella notte e avere il registro degli eventi del mio impianto, insieme a tutto quello che avete su di me.
Tommaso Greco
""",
    R(["Access"], "tommaso.greco@mail.example", "Tommaso", "Greco"))

add("it-18-allegato-dati-sbagliati",
    "Emanuele Serra <emanuele.serra@acme-corp.example>",
    "I: Dati sbagliati",
    "",
    R(["Rectification"], "vale.rinaldi@posta.example", "Valentina", "Rinaldi"),
    attached=("Valentina Rinaldi <vale.rinaldi@posta.example>", "Dati sbagliati",
              """Buongiorno, nel vostro sistema il mio cellulare è ancora quello vecchio e il mio indirizzo risulta via Roma 12 invece di via Roma 21. Vi prego di correggere, altrimenti in caso di allarme la vigilanza va a casa del vicino!
Valentina Rinaldi
"""),
    note="""Ciao privacy, la cliente chiede di correggere i suoi dati anagrafici, ve la giro come allegato.
Emanuele – Customer Care
""")

add("it-19-famiglia-telecamere",
    "Famiglia Rossi <famiglia.rossi@casa.example>",
    "Telecamere esterne",
    """Buonasera, scrivo dalla mail di famiglia ma rispondetemi per favore al mio indirizzo personale.

Le telecamere esterne che ci avete installato inquadrano anche un pezzo del marciapiede. Chi guarda queste immagini? Gli operatori della vigilanza possono accedere alle telecamere quando vogliono o solo quando scatta l'allarme? Per quanto tempo vengono conservate?

Carla Lombardi
""",
    R(["Information"], "carla.lombardi@mail.example", "Carla", "Lombardi"),
    headers=["Reply-To: Carla Lombardi <carla.lombardi@mail.example>"])

add("it-20-cancellatemi",
    "BEATRICE FERRARA <bea.ferrara@posta.example>",
    "CANCELLATEMI",
    """CANCELLATE IL MIO ACCOUNT E TUTTI I MIEI DATI E NON MANDATEMI PIU NEWSLETTER NE SMS!!! E LA TERZA VOLTA CHE LO CHIEDO AL SERVIZIO CLIENTI
BEATRICE FERRARA
""",
    R(["Erasure", "Opposition"], "bea.ferrara@posta.example", "Beatrice", "Ferrara"))

add("it-21-parenti-senza-punti",
    "luca.martinelli@mail.example",
    "parenti",
    """buongiorno volevo vedere tutti i dati che avete su di me compresi i parenti che il sistema mi ha abbinato grazie luca martinelli
""",
    R(["Access"], "luca.martinelli@mail.example", "Luca", "Martinelli"))

add("it-22-nuovo-fornitore",
    "Rosaria Santoro <rosaria.santoro@posta.example>",
    "Passaggio ad altro fornitore",
    """Buongiorno,

sono passata a un'altra società di vigilanza. Mi trasmettete in formato elettronico (CSV o simile) lo storico degli eventi dell'impianto e l'elenco dei contatti di emergenza, così li carico direttamente dal nuovo fornitore? Dopo potete eliminare tutto quello che mi riguarda.

Grazie,
Rosaria Santoro
""",
    R(["Portability", "Erasure"], "rosaria.santoro@posta.example", "Rosaria", "Santoro"))

add("it-23-volantino",
    "Federica Gallo <federica.gallo@mail.example>",
    "Come avete avuto il mio indirizzo?",
    """Mi è arrivato a casa un volantino con nome e cognome stampati sopra per il vostro test del DNA "scopri le tue origini". Non sono vostra cliente e non vi ho mai dato il mio indirizzo. Da quale fonte avete preso i miei dati?

Federica Gallo
""",
    R(["Information"], "federica.gallo@mail.example", "Federica", "Gallo"))

add("it-24-cambio-nome",
    "Alessio Pellegrini <a.pellegrini@mail.example>",
    "Aggiornamento nome e genere",
    """Buongiorno,

ho ottenuto la rettificazione di attribuzione di sesso con sentenza del Tribunale di Bologna. Il mio nome è ora Alessio (non più Alessia) e il genere indicato nel profilo deve essere aggiornato, anche nell'albero condiviso con i parenti. Posso inviare copia della sentenza se serve.

Alessio Pellegrini
""",
    R(["Rectification"], "a.pellegrini@mail.example", "Alessio", "Pellegrini"))

add("it-25-pubblicita-dna",
    "Salvo La Rosa <salvo.larosa@posta.example>",
    "Pubblicità basata sul mio DNA???",
    """Ricevo mail con offerte di integratori "adatti al tuo profilo genetico". Non ho mai voluto che usaste il mio DNA per farmi pubblicità. Smettete subito di profilarmi per il marketing.

Salvo La Rosa
""",
    R(["Opposition"], "salvo.larosa@posta.example", "Salvo", "La Rosa"))

add("it-26-limitare-albero",
    "Luisa Ferrante <luisa.ferrante@mail.example>",
    "Sospensione trattamento in attesa di verifica",
    """Gentili,

ho segnalato la settimana scorsa al servizio clienti che l'albero di un lontano parente contiene dati inesatti su di me (data di nascita, matrimonio, figli). Mentre verificate, vi chiedo di limitarne l'uso e di non mostrarli agli altri utenti. Non chiedo di cancellare niente per ora.

Luisa Ferrante
""",
    R(["Restriction"], "luisa.ferrante@mail.example", "Luisa", "Ferrante"))

add("it-27-mezzo-inglese",
    "Davide Marino <dmarino@startup.example>",
    "quick request / richiesta veloce",
    """Hi, sorry for the English, I live in Milan but my Italian is so-so.
Could you please send me what you hold about me? E poi correggete la mia email nei vostri archivi: risulta ancora quella del vecchio lavoro (davide.marino@oldjob.example), quella giusta è questa.
Thanks / grazie,
Davide Marino
""",
    R(["Access", "Rectification"], "dmarino@startup.example", "Davide", "Marino"))

# ---------------------------------------------------------------- tasks
add("it-28-task-fornitore-cloud",
    "Marco Galli <marco.galli@acme-corp.example>",
    "Contratto fornitore cloud video – nomina responsabile",
    """Ciao,

stiamo per firmare con un nuovo fornitore per l'archiviazione cloud delle clip delle telecamere. Mi serve che verifichiate l'accordo di nomina a responsabile del trattamento (art. 28) e le clausole sul trasferimento dati, hanno server anche in Svizzera. Il contratto è in allegato.

Marco Galli
Procurement
""",
    TASK("marco.galli@acme-corp.example", "Marco", "Galli"))

add("it-29-task-registro",
    "Chiara Benedetti <chiara.benedetti@acme-corp.example>",
    "Aggiornamento registro dei trattamenti – funzione \"storia di famiglia\"",
    """Ciao team,

a gennaio rilasciamo la funzione "storia di famiglia" che genera un racconto a partire dall'albero e dalle foto caricate. Potete aggiornare il registro dei trattamenti e dirmi se serve un'informativa nuova?

Grazie,
Chiara Benedetti
Product Owner – App Genealogia
""",
    TASK("chiara.benedetti@acme-corp.example", "Chiara", "Benedetti"))

add("it-30-task-dpia-farmaco",
    "Roberto Sala <roberto.sala@acme-corp.example>",
    "DPIA nuovo report farmacogenetico",
    """Buongiorno,

il comitato scientifico ha approvato il nuovo report farmacogenetico (risposta ai farmaci). Prima del lancio abbiamo bisogno della DPIA: potete avviarla? Vi mando la descrizione dei flussi entro domani.

Roberto Sala
Direttore Scientifico
""",
    TASK("roberto.sala@acme-corp.example", "Roberto", "Sala"))

add("it-31-task-corso-tecnici",
    "Paola Ricci <paola.ricci@acme-corp.example>",
    "Corso privacy per i nuovi tecnici installatori",
    """Ciao,

abbiamo 25 nuovi tecnici installatori a Milano e Torino. Vorrei organizzare un'ora di formazione privacy (telecamere che riprendono aree pubbliche, codici di accesso, foto degli impianti sul telefono personale). Mi proponete due date a dicembre?

Paola Ricci
HR – Formazione
""",
    TASK("paola.ricci@acme-corp.example", "Paola", "Ricci"))

# ---------------------------------------------------------------- incidents
add("it-32-inc-telefono-perso",
    "Fabio Leone <fabio.leone@acme-corp.example>",
    "Smarrito smartphone aziendale",
    """Ciao,

ieri sera ho perso lo smartphone aziendale, credo sul treno Verona–Milano. Nelle note avevo gli indirizzi dei clienti di questa settimana con i codici di disattivazione degli allarmi, e l'app di installazione era ancora loggata. Ho già chiamato l'IT per bloccarlo da remoto.

Fabio Leone
Tecnico installatore – Area Nord
""",
    INC("fabio.leone@acme-corp.example", "Fabio", "Leone"))

add("it-33-inc-referto-altrui",
    "Cristina Bruno <cristina.bruno@posta.example>",
    "Ho ricevuto il referto di un'altra persona",
    """Buongiorno,

oggi mi è arrivata una vostra email con in allegato un referto genetico intestato a un certo Paolo, con data di nascita e risultati di salute. Io non sono cliente e non conosco questa persona. Cosa devo fare? Non l'ho ancora cancellata, ditemi voi.

Cristina Bruno
""",
    INC("cristina.bruno@posta.example", "Cristina", "Bruno"))

add("it-34-inc-cc-clienti",
    "Serena Mancini <serena.mancini@acme-corp.example>",
    "Errore invio: indirizzi clienti in CC",
    """Ciao,

stamattina ho mandato la comunicazione sul cambio di orari della centrale operativa a circa 180 clienti mettendo tutti gli indirizzi in CC invece che in CCN. Qualcuno ha già risposto a tutti. Come procediamo?

Serena Mancini
Customer Operations
""",
    INC("serena.mancini@acme-corp.example", "Serena", "Mancini"))

add("it-35-inc-telecamere-altrui",
    "Massimo Orlando <massimo.orlando@mail.example>",
    "Nell'app vedo le telecamere di un'altra casa!!",
    """Dopo l'aggiornamento dell'app di stamattina, nella sezione telecamere vedo il soggiorno di un'altra famiglia, in diretta. Ci sono dei bambini. Ho chiuso subito, ma è una cosa gravissima. Sistemate e ditemi se qualcuno vede casa mia.

Massimo Orlando
""",
    INC("massimo.orlando@mail.example", "Massimo", "Orlando"))

# ---------------------------------------------------------------- follow-ups
add("it-36-fu-cinque-settimane",
    "Gianluca Fabbri <gianluca.fabbri@posta.example>",
    "R: [DSR-61044] Conferma ricezione richiesta",
    """Buongiorno, sono passate cinque settimane e non ho ancora ricevuto nulla. Vi ricordo che il termine è di un mese. Attendo riscontro.

Gianluca Fabbri

-----Messaggio originale-----
Da: privacy@acme-corp.example
Oggetto: [DSR-61044] Conferma ricezione richiesta

Gentile cliente, abbiamo ricevuto la sua richiesta (rif. DSR-61044) e le risponderemo entro un mese.
Il team Privacy
""",
    FU("61044", "gianluca.fabbri@posta.example", "Gianluca", "Fabbri"))

add("it-37-fu-busta-paga",
    "Maria Grazia Colombo <mariagrazia.colombo@posta.example>",
    "Re: Finanziamento rifiutato – art. 22",
    """Aggiungo in allegato le ultime tre buste paga e la Certificazione Unica, nel caso servano per il riesame della mia richiesta.

Maria Grazia Colombo
""",
    FU(ref("it-07-finanziamento-rifiutato"), "mariagrazia.colombo@posta.example", "Maria Grazia", "Colombo"),
    headers=irt("it-07-finanziamento-rifiutato"))

add("it-38-fu-documento",
    "Nicoletta Ruggiero <nicoletta.ruggiero@mail.example>",
    "Re: [DSR-59310] Richiesta documento di identità",
    """Ecco la carta d'identità in allegato, fronte e retro.
Saluti
Nicoletta Ruggiero
""",
    FU("59310", "nicoletta.ruggiero@mail.example", "Nicoletta", "Ruggiero"))

# ---------------------------------------------------------------- ignored
add("it-39-spam-dark-web",
    "Sicurezza Privacy Italia <alert@privacy-scudo.example>",
    "ATTENZIONE: i tuoi dati sono sul dark web",
    """Gentile utente,

la tua email e la tua password sono state trovate in un database del dark web. Proteggi subito i tuoi dati personali: con Scudo Privacy cancelliamo le tue informazioni da oltre 300 siti in 48 ore.

Attiva ora la protezione a soli 2,99 euro/mese: clicca qui.
""",
    IGN("spam", "alert@privacy-scudo.example"),
    headers=SPAM_HDR)

add("it-40-spam-eredita",
    "Studio Notarile Internazionale <notaio.intl@eredita-mail.example>",
    "Eredità da un lontano parente – ricerca genealogica",
    """Egregio signore/signora,

dalla nostra ricerca genealogica risulta che lei è l'unico erede di un cittadino canadese deceduto con un patrimonio di 7,2 milioni di dollari. Per avviare la pratica ci invii nome completo, indirizzo, copia del documento e un contributo di 850 euro per le spese legali.

La pratica è strettamente riservata.
""",
    IGN("spam", "notaio.intl@eredita-mail.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="eredita-mail.example")])

add("it-41-spam-recensioni",
    "Giorgio – Web Agency <giorgio@recensioni-boost.example>",
    "Più recensioni a 5 stelle per acme-corp",
    """Ciao!

Aiutiamo aziende come la vostra a ottenere recensioni a 5 stelle su Google e Trustpilot e a salire nei risultati di ricerca. Primo mese gratis. Ti va di sentirci?

Giorgio
""",
    IGN("spam", "giorgio@recensioni-boost.example"))

add("it-42-ticket-automatico",
    "Assistenza Clienti <noreply@helpdesk.fornitore.example>",
    "[Ticket #220981] Abbiamo ricevuto la tua richiesta",
    """Gentile cliente,

questa è una risposta automatica: abbiamo ricevuto la tua richiesta e le abbiamo assegnato il numero di ticket #220981. Un operatore ti risponderà entro 48 ore lavorative.

Non rispondere a questo messaggio.
""",
    IGN("auto_reply", "noreply@helpdesk.fornitore.example"),
    headers=["Auto-Submitted: auto-generated"])

add("it-43-newsletter-genealogia",
    "Associazione Genealogica Italiana <newsletter@genealogia-ita.example>",
    "Newsletter di novembre: gli archivi parrocchiali online",
    """NEWSLETTER – NOVEMBRE 2026

- Gli archivi parrocchiali della diocesi di Padova ora consultabili online
- Corso base: leggere gli atti in latino
- Convegno nazionale a Firenze, 5 dicembre

Ricevi questa email perché sei iscritto alla nostra mailing list.
Per cancellarti: https://genealogia-ita.example/unsubscribe
""",
    IGN("bulk", "newsletter@genealogia-ita.example"),
    headers=["List-Id: Newsletter AGI <news.genealogia-ita.example>",
             "List-Unsubscribe: <mailto:unsubscribe@genealogia-ita.example>",
             "Precedence: bulk"])

add("it-44-mancato-recapito",
    "Mail Delivery Subsystem <mailer-daemon@mx.posta.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.posta.example"),
    dsn=True)
