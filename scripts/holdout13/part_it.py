from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste

add("it-01-toglietemi", "g.esposito77@posta.example", "richiesta",
    "toglietemi da tixo, account e tutto quanto\n",
    R(["Erasure"], "g.esposito77@posta.example"))

add("it-02-riepilogo-dati", "Francesca Romano <francesca.romano@posta.example>",
    "Dati conservati a mio nome",
    """\
Buongiorno,

sono cliente di Farmacia Nova da circa tre anni. Potreste inviarmi un riepilogo di
tutte le informazioni che conservate su di me? Mi interessano in particolare le ricette
che ho caricato, le risposte ai questionari e gli indirizzi di consegna.

Grazie e buona giornata,
Francesca Romano
""",
    R(["Access"], "francesca.romano@posta.example", "Francesca", "Romano"))

add("it-03-telefonate", "Salvatore Greco <salvatore.greco@napoli-mail.example>",
    "Basta telefonate commerciali",
    """\
Salve,

sono iscritto al Registro pubblico delle opposizioni da anni eppure mi chiamate un
giorno sì e l'altro pure per propormi le postazioni di HubDesk al Centro Direzionale.
Vi diffido dal contattarmi ancora per scopi promozionali, al telefono o in qualsiasi
altro modo.

Salvatore Greco
""",
    R(["Opposition"], "salvatore.greco@napoli-mail.example", "Salvatore", "Greco"))

add("it-04-codice-fiscale", "Chiara Bianchi <chiara.bianchi84@posta.example>",
    "Codice fiscale sbagliato sugli scontrini",
    """\
Buonasera,

sugli scontrini parlanti che mi mandate per la detrazione delle spese mediche compare
il codice fiscale BNCCHR84E51F205X, ma il mio è BNCCHR84E51F205Y (l'ultima lettera è
sbagliata). Così il 730 precompilato non me le prende. Potete correggere il dato nel
mio profilo e, se possibile, riemettere i documenti del 2026?

Grazie,
Chiara Bianchi
""",
    R(["Rectification"], "chiara.bianchi84@posta.example", "Chiara", "Bianchi"))

add("it-05-export-biglietti", "Matteo Ferri <matteo.ferri@posta.example>",
    "Esportazione dello storico biglietti",
    """\
Ciao,

sto passando a un'altra piattaforma di biglietteria per gestire gli abbonamenti della
mia squadra di pallavolo. Mi servirebbe lo storico dei miei acquisti su Tixo (eventi,
date, importi, posti) in un formato che si possa importare, tipo JSON o CSV.

Matteo Ferri
""",
    R(["Portability"], "matteo.ferri@posta.example", "Matteo", "Ferri"))

add("it-06-chi-vi-ha-dato", "GIUSEPPE COLOMBO <peppe.colombo@posta.example>",
    "CHI VI HA DATO IL MIO NUMERO",
    """\
BUONGIORNO MI CHIAMA UN VOSTRO OPERATORE DI FARMACIA NOVA PER VENDERMI DEGLI
INTEGRATORI. IO DA VOI NON HO MAI COMPRATO NIENTE. VOGLIO SAPERE CHI VI HA DATO IL MIO
NUMERO DI CELLULARE E COME L'AVETE AVUTO.

GIUSEPPE COLOMBO
""",
    R(["Information"], "peppe.colombo@posta.example", "Giuseppe", "Colombo"))

add("it-07-istanza-17-21", "Alessandro De Luca <alessandro.deluca@pec-personale.example>",
    "Istanza ai sensi degli artt. 17 e 21 del Regolamento (UE) 2016/679",
    """\
Spett.le Tixo S.r.l.
c.a. Responsabile della Protezione dei Dati

Oggetto: esercizio dei diritti di cui agli artt. 17 e 21 del Regolamento (UE) 2016/679

Il sottoscritto Dott. Alessandro De Luca, nato a Bari il 12/04/1979, C.F.
DLCLSN79D12A662K, residente in Via Sparano 101, 70121 Bari,

PREMESSO

che in data 2 ottobre 2026 ha ricevuto comunicazioni promozionali da codesta società
pur non avendo mai prestato il proprio consenso,

CHIEDE

1. la cessazione immediata di ogni trattamento dei propri dati personali per finalità
   di marketing diretto e profilazione (art. 21, par. 2 e 3);
2. la cancellazione senza ingiustificato ritardo di tutti i dati personali che lo
   riguardano (art. 17, par. 1, lett. c e d).

Si allega copia del documento d'identità.

Bari, 13 novembre 2026

In fede
Dott. Alessandro De Luca
""",
    R(["Opposition", "Erasure"], "alessandro.deluca@pec-personale.example", "Alessandro", "De Luca"))

add("it-08-telecamere-isola", "Elisa Marchetti <elisa.marchetti@studio-em.example>",
    "Telecamere nelle sale riunioni",
    """\
Buongiorno,

lavoro nello spazio HubDesk di Milano Isola da settembre. Ho notato le telecamere
nelle sale riunioni del secondo piano: registrano anche l'audio? Chi può vedere le
immagini e dopo quanto tempo vengono sovrascritte? C'è un'informativa da qualche parte?
Non l'ho trovata né sull'app né in bacheca.

Cordiali saluti,
Elisa Marchetti
Studio EM – Comunicazione
""",
    R(["Information"], "elisa.marchetti@studio-em.example", "Elisa", "Marchetti"))

add("it-09-braccialetto", "Riccardo Fabbri <riccardo.fabbri@posta.example>",
    "Reclamo festival Lago Vivo – braccialetto cashless",
    """\
Vi scrivo dopo due mesi di pazienza.

Al festival Lago Vivo di settembre ho caricato 80 euro sul braccialetto cashless. Il
primo giorno il lettore del bar principale non funzionava e hanno dovuto addebitarmi
tutto a mano; il secondo giorno ho scoperto che due consumazioni mi erano state
scalate due volte. Al punto informazioni mi hanno dato un modulo cartaceo, l'ho
compilato, e da allora più niente. Ho scritto al servizio clienti quattro volte: due
risposte automatiche e un operatore che mi ha detto di "attendere il rimborso
massivo", che non è mai arrivato.

Non ne posso più. A questo punto chiudetemi l'account e cancellate tutti i miei dati,
carta di pagamento salvata compresa: non voglio più avere niente a che fare con voi.
Il rimborso dei 23 euro però lo voglio lo stesso, sia chiaro.

Riccardo Fabbri
""",
    R(["Erasure"], "riccardo.fabbri@posta.example", "Riccardo", "Fabbri"))

add("it-10-rifiuto-automatico", "Roberto Galli <roberto.galli@posta.example>",
    "Ordine rifiutato in automatico dal questionario",
    """\
Salve,

ho provato tre volte a ordinare un farmaco da banco per l'emicrania e ogni volta, dopo
il questionario, il sito mi risponde "ordine non idoneo" e lo blocca. Nessuno mi ha
mai contattato: è chiaro che decide un programma in base alle risposte.

Chiedo che la mia richiesta venga valutata da un farmacista in carne e ossa e di
sapere quale logica ha portato al rifiuto. Ho 44 anni, nessuna controindicazione, e
lo prendo da anni su indicazione del mio medico.

Roberto Galli
""",
    R(["AutomatedDecision"], "roberto.galli@posta.example", "Roberto", "Galli"))

add("it-11-figlia-minorenne", "Stefano Rinaldi <stefano.rinaldi@posta.example>",
    "Account di mia figlia minorenne",
    """\
Buongiorno,

mia figlia Giulia Rinaldi, 15 anni, ha creato un account su Tixo e ha comprato un
biglietto per un concerto usando la carta di un'amica. Come genitore esercente la
responsabilità genitoriale vorrei sapere quali dati avete raccolto su di lei (anche
eventuali documenti caricati) e poi vorrei che venissero cancellati.

Resto disponibile a inviare copia del mio documento e dello stato di famiglia.

Stefano Rinaldi
Tel. 347 555 0199
""",
    R(["Access", "Erasure"], "stefano.rinaldi@posta.example", "Giulia", "Rinaldi",
      representative="Stefano Rinaldi"))

add("it-12-avvocato-immagini", "Avv. Valentina Conti <v.conti@studiolegaleconti.example>",
    "Richiesta di accesso per conto del Sig. Marco Pellegrini",
    """\
Spettabile HubDesk,

scrivo in qualità di difensore del Sig. Marco Pellegrini, nato a Torino il 03/07/1985,
coworker presso la sede di Torino Lingotto, giusta procura che si allega.

Ai sensi dell'art. 15 del GDPR, chiedo per conto del mio assistito copia delle immagini
del sistema di videosorveglianza che lo ritraggono nella giornata del 28 ottobre 2026
tra le ore 18:00 e le 20:00, nonché dei log di accesso del suo badge nella stessa data.

Distinti saluti,

Avv. Valentina Conti
Studio Legale Conti
Corso Vittorio Emanuele II 44, 10123 Torino
Tel. 011 555 7788 – Fax 011 555 7789

Il presente messaggio e gli eventuali allegati sono riservati e destinati
esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi
preghiamo di darne notizia al mittente e di distruggerlo.
""",
    R(["Access"], "v.conti@studiolegaleconti.example", "Marco", "Pellegrini",
      representative="Valentina Conti"))

add("it-13-mamma-defunta", "Anna Moretti <anna.moretti@posta.example>",
    "Dati di mia madre deceduta",
    """\
Gentili signori,

mia madre, Lucia Ferrara, è mancata a giugno. Negli ultimi mesi ordinava da Farmacia
Nova i farmaci per la terapia del dolore. Per una questione con l'assicurazione mi
servirebbe sapere cosa ha ordinato e quando, con le ricette associate, dal gennaio
2026 in poi.

So che l'art. 2-terdecies del Codice privacy consente a chi agisce per ragioni
familiari meritevoli di protezione di esercitare questi diritti; sono l'unica figlia
ed erede e posso mandarvi il certificato di morte e la dichiarazione sostitutiva.

Grazie,
Anna Moretti
""",
    R(["Access"], "anna.moretti@posta.example", "Lucia", "Ferrara",
      representative="Anna Moretti"))

add("it-14-profilazione", "Sara Lombardi <sara.lombardi@posta.example>",
    "Profilazione sull'app",
    html("Ciao,",
         "nelle impostazioni dell'app Tixo vedo che risulto \"profilata per interessi musicali\". "
         "Non ricordo di averlo mai accettato.",
         "Vi chiedo di <b>smettere di analizzare i miei acquisti</b> per propormi eventi e di "
         "non usare più i miei dati per pubblicità mirata, anche sui social.",
         "L'account lo tengo, quindi non cancellate nulla.",
         "Sara Lombardi"),
    R(["Opposition"], "sara.lombardi@posta.example", "Sara", "Lombardi"), ct=HTML)

add("it-15-indirizzo-nuovo", "Davide Caruso <davide.caruso@posta.example>",
    "Aggiornamento indirizzo di consegna",
    """\
Buongiorno,

mi sono trasferito: il nuovo indirizzo è Via Etnea 250, 95131 Catania. Nel mio profilo
c'è ancora quello di Acireale e il corriere continua a portare lì le consegne. Vi prego
di aggiornarlo, e di correggere anche il numero di telefono: quello giusto è 339 123 4567.

Grazie mille, Davide Caruso
""",
    R(["Rectification"], "davide.caruso@posta.example", "Davide", "Caruso"),
    ct=LATIN1, encode="latin-1-qp")

add("it-16-trasferimenti", "Federica Gatti <federica.gatti@consulenze-fg.example>",
    "Domanda sul trasferimento dei dati",
    """\
Buongiorno,

ho acquistato il pacchetto da 10 ingressi giornalieri HubDesk (120 €). Leggo
nell’informativa che alcuni dati possono essere trattati da “fornitori situati fuori
dall’Unione europea”. Quali fornitori, in quali Paesi e sulla base di quali garanzie?
E i dati del badge restano in Italia?

Non chiedo altro, mi basta capire.

Federica Gatti
""",
    R(["Information"], "federica.gatti@consulenze-fg.example", "Federica", "Gatti"),
    ct=CP1252, encode="cp1252")

add("it-17-vorei-cancelare", "lucabenni@posta.example", "cancellazione",
    "salve vorei cancelare il mio acount di hubdesk xche non lo uso piu da mesi e non voglio "
    "che rimanga niente grazie luca\n",
    R(["Erasure"], "lucabenni@posta.example", "Luca"))

add("it-18-famiglia-russo", "Famiglia Russo <famiglia.russo@posta.example>",
    "Newsletter e SMS",
    """\
Buonasera,

vi scrivo dall'indirizzo di casa ma per favore rispondetemi al mio personale. Non
voglio più ricevere le vostre newsletter, né gli SMS con gli sconti su integratori e
cosmetici. Non ho mai dato il consenso alla promozione, almeno non consapevolmente.

Marta Russo
""",
    R(["Opposition"], "marta.russo@posta.example", "Marta", "Russo"),
    headers=["Reply-To: Marta Russo <marta.russo@posta.example>"])

add("it-19-inoltro-allergie", "Dott.ssa Paola Fiore <paola.fiore@acme-corp.example>",
    "I: Allergie sbagliate nel profilo",
    """\
Ciao a tutti,

vi giro questa mail arrivata sulla casella del servizio farmaceutico: il cliente chiede
di correggere i dati sulle allergie nel suo profilo. Visto che sono dati sanitari,
preferisco che passi da voi.

Paola

Dott.ssa Paola Fiore
Farmacista responsabile – Farmacia Nova

---------- Messaggio inoltrato ----------
Da: Giorgio Mancini <giorgio.mancini@posta.example>
Data: ven 13 nov 2026 alle ore 21:05
Oggetto: Allergie sbagliate nel profilo
A: <servizio.farmaceutico@farmacianova.example>

Buonasera, nel mio profilo risulta un'allergia alla penicillina che non ho: l'allergico
è mio fratello, forse avete fatto confusione quando abbiamo ordinato insieme. Io sono
allergico all'acido acetilsalicilico, che invece non compare. Vi chiedo di sistemare.

Giorgio Mancini
""",
    R(["Rectification"], "giorgio.mancini@posta.example", "Giorgio", "Mancini"))

add("it-20-ospite-registro", "Reception HubDesk Roma <gianluca.marino@acme-corp.example>",
    "I: registro visitatori", "",
    R(["Access", "Erasure"], "ilaria.fontana@posta.example", "Ilaria", "Fontana"),
    note="""\
Buongiorno privacy,

inoltro in allegato la mail di una visitatrice che è passata la settimana scorsa per un
colloquio con una startup del terzo piano. Non è una nostra cliente. Come procediamo?

Gianluca Marino
Front desk – HubDesk Roma Ostiense
""",
    attached=("Ilaria Fontana <ilaria.fontana@posta.example>", "Registro visitatori",
              """\
Salve,

martedì scorso sono venuta da voi per un colloquio e all'ingresso mi hanno chiesto un
documento e mi hanno scattato una foto per il pass visitatore. Vorrei sapere esattamente
che cosa avete registrato su di me e poi che venga tutto eliminato, foto compresa.

Ilaria Fontana
"""))

add("it-21-limitazione-questionario", "Paolo Sartori <paolo.sartori@posta.example>",
    "Dati del questionario non corretti",
    """\
Buongiorno,

ho visto nella mia area riservata che nel questionario di salute risulto "iperteso,
in terapia con ACE-inibitori". Non è vero: quella risposta l'ha compilata mia moglie
dal mio account. Finché non avete verificato con me, vi chiedo di non usare questi dati
per nessuna valutazione degli ordini e di tenerli in sospeso. Non cancellate niente per
ora: prima voglio capire come mai risultano così.

Paolo Sartori
""",
    R(["Restriction"], "paolo.sartori@posta.example", "Paolo", "Sartori"))

add("it-22-cambio-email", "Alessia Bruno <alessia.bruno@posta.example>",
    "Cambio email sull'account",
    """\
Ciao, non voglio cancellare l'account, voglio solo che l'indirizzo registrato sul mio
profilo Tixo diventi questo (alessia.bruno@posta.example) al posto del vecchio
alessia.b.1990@vecchiaposta.example, che chiuderà a fine mese. Dalle impostazioni non
me lo fa modificare.

Alessia
""",
    R(["Rectification"], "alessia.bruno@posta.example", "Alessia", "Bruno"))

add("it-23-fattura-ottobre", "Antonio Ricci <amministrazione@studioricci.example>",
    "Fattura ottobre postazione fissa",
    """\
Buongiorno,

non ci è arrivata la fattura di ottobre per la postazione fissa di HubDesk Firenze
Novoli (contratto n. 2026/118). Ce la potete rimandare? Ci serve per la chiusura del
mese.

Antonio Ricci
Studio Ricci Commercialisti
""",
    R(["Unknown"], "amministrazione@studioricci.example", "Antonio", "Ricci"))

add("it-24-ospiti-conservazione", "Emanuele Testa <emanuele.testa@posta.example>",
    "Quanto tempo tenete i nomi dei miei ospiti?",
    """\
Buongiorno,

quando registro un ospite sull'app HubDesk inserisco nome, cognome e azienda. Per
quanto tempo li conservate? Li usate anche per altro, per esempio per mandare
pubblicità ai miei clienti? Vorrei saperlo prima di continuare a registrarli.

Emanuele Testa
""",
    R(["Information"], "emanuele.testa@posta.example", "Emanuele", "Testa"))

add("it-25-dopo-la-morte", "Maria Grazia Serra <mariagrazia.serra@posta.example>",
    "Disposizioni sui miei dati dopo la morte",
    """\
Gentili signori,

l'art. 2-terdecies del Codice privacy permette di vietare, con una dichiarazione
scritta, che dopo la propria morte altri esercitino i diritti sui propri dati. Io
vorrei fare proprio questo: nessuno, nemmeno i miei eredi, deve poter accedere ai
dati sanitari che Farmacia Nova conserva su di me, e alla mia morte vanno cancellati.

Come devo presentare la dichiarazione? Basta questa email?

Maria Grazia Serra
""",
    R(["AdvanceDirectives"], "mariagrazia.serra@posta.example", "Maria Grazia", "Serra"))

add("it-26-sms-stop", "Simone Vitale <simone.vitale@posta.example>", "SMS",
    """\
Ciao, non mandatemi più SMS promozionali. Grazie

Inviato da smartphone Samsung Galaxy.
""",
    R(["Opposition"], "simone.vitale@posta.example", "Simone", "Vitale"))

add("it-27-copia-ed-export", "Nicola Barbieri <nicola.barbieri@posta.example>",
    "Richiesta copia + file",
    """\
Buongiorno,

vi chiedo due cose: primo, di sapere tutto quello che avete archiviato sul mio conto
Tixo (anche i dati del braccialetto dei festival e le segnalazioni antifrode, se ci
sono); secondo, di avere gli stessi dati anche in un file strutturato e leggibile da
un computer, perché voglio caricarli su un altro servizio.

Grazie,
Nicola Barbieri
""",
    R(["Access", "Portability"], "nicola.barbieri@posta.example", "Nicola", "Barbieri"))

add("it-28-foto-badge", "Ing. Fabio Longo <fabio.longo@longo-engineering.example>",
    "Foto del badge",
    """\
Buongiorno,

per il badge di accesso alla sede HubDesk di Bologna mi avete scattato una foto. Vorrei
sapere se questa foto viene usata anche per altro (riconoscimento facciale, materiale
promozionale, ecc.) e, in ogni caso, vi chiedo di eliminarla: per entrare il badge
senza foto mi basta.

Cordiali saluti

Ing. Fabio Longo
Direttore Tecnico
Longo Engineering S.r.l.
Via dei Mille 14 – 40121 Bologna
Tel. +39 051 555 2233

Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679, le informazioni contenute
in questo messaggio sono riservate e a uso esclusivo del destinatario. Qualsiasi
utilizzo non autorizzato è vietato. Se avete ricevuto questa e-mail per errore, vi
preghiamo di cancellarla e di avvisare il mittente.
""",
    R(["Information", "Erasure"], "fabio.longo@longo-engineering.example", "Fabio", "Longo"))

add("it-29-mai-iscritta", "Rosaria Lo Presti <rosaria.lopresti@posta.example>",
    "Mail che non ho mai chiesto",
    """\
Buongiorno, volevo dire che da un paio di mesi mi arrivano le vostre mail di Tixo con i
concerti, ma io a voi non mi sono mai iscritta, mio nipote forse ha comprato un biglietto
a nome mio per Vasco a Palermo e da lì è cominciato tutto. Vi prego di levarmi da tutte
le vostre liste, che ogni mattina ne trovo tre e non ci capisco niente.

Saluti
Rosaria Lo Presti
""",
    R(["Opposition"], "rosaria.lopresti@posta.example", "Rosaria", "Lo Presti"))

add("it-30-amministratore-sostegno", "Andrea Mazza <andrea.mazza@posta.example>",
    "Mio padre Vittorio Mazza – amministrazione di sostegno",
    """\
Buongiorno,

sono l'amministratore di sostegno di mio padre, Vittorio Mazza, 84 anni (decreto del
Giudice tutelare di Verona che posso inviarvi). Negli ultimi mesi ha comprato da voi
integratori per quasi 600 euro, sempre dopo le telefonate di un vostro operatore.

Chiedo che cessi ogni contatto commerciale con lui, telefonico, via SMS o per email,
e che il suo numero non sia più usato per proposte di vendita.

Andrea Mazza
""",
    R(["Opposition"], "andrea.mazza@posta.example", "Vittorio", "Mazza",
      representative="Andrea Mazza"))

# ---------------------------------------------------------------- task

add("it-31-nomina-visitatori", "Giovanni Ferraro <giovanni.ferraro@acme-corp.example>",
    "Nomina a responsabile – nuovo software gestione visitatori",
    """\
Ciao,

da gennaio HubDesk passa a VisitPro per la gestione dei visitatori (pre-registrazione,
foto, stampa badge). Il fornitore ci ha mandato il suo DPA standard: potete verificarlo
e dirci se va bene o se serve la nostra nomina ex art. 28? Hanno sub-responsabili in
Irlanda e negli USA.

Grazie,
Giovanni Ferraro
IT Manager
""",
    TASK("giovanni.ferraro@acme-corp.example", "Giovanni", "Ferraro"))

add("it-32-dpia-teleconsulto", "Dott.ssa Claudia Riva <claudia.riva@acme-corp.example>",
    "DPIA per il servizio di teleconsulto",
    """\
Buongiorno,

a febbraio vorremmo lanciare il teleconsulto video con il farmacista per i clienti di
Farmacia Nova. Immagino serva una valutazione d'impatto: dati sanitari, videochiamate,
eventuale registrazione. Potete aiutarci a impostarla? Ho già una bozza del flusso.

Claudia Riva
Direttrice Servizi Farmaceutici
""",
    TASK("claudia.riva@acme-corp.example", "Claudia", "Riva"))

add("it-33-registro-rivendita", "Lorenzo Bassi <lorenzo.bassi@acme-corp.example>",
    "Aggiornare il registro dei trattamenti – rivendita nominativa",
    """\
Ciao,

con il nuovo servizio di cambio nominativo e rivendita dei biglietti Tixo raccogliamo
anche copia del documento del nuovo titolare. Va aggiornata la scheda nel registro dei
trattamenti (finalità, base giuridica, tempi di conservazione). Ci pensate voi o vi
mando io la bozza?

Lorenzo
Product Owner – Tixo Resale
""",
    TASK("lorenzo.bassi@acme-corp.example", "Lorenzo", "Bassi"))

add("it-34-informativa-app", "Beatrice Villa <beatrice.villa@acme-corp.example>",
    "Revisione informativa della nuova app",
    """\
Ciao team privacy,

la nuova versione dell'app HubDesk esce il 10 dicembre e aggiunge la prenotazione delle
sale con geolocalizzazione. Ci rivedete il testo dell'informativa e del banner consensi
entro fine mese? Vi ho condiviso il documento su Confluence.

Bea
UX Writer
""",
    TASK("beatrice.villa@acme-corp.example", "Beatrice", "Villa"))

add("it-35-contitolarita", "Tommaso Negri <tommaso.negri@acme-corp.example>",
    "Accordo di contitolarità con l'organizzatore del festival",
    """\
Buongiorno,

l'organizzatore del Sud Summer Fest vuole firmare con Tixo un accordo ex art. 26 GDPR
per la gestione congiunta dei dati dei partecipanti (accessi, braccialetti, sponsor).
Ci hanno mandato una loro bozza piuttosto sbilanciata. Riuscite a guardarla entro il 4?

Tommaso Negri
Partnership Manager
""",
    TASK("tommaso.negri@acme-corp.example", "Tommaso", "Negri"))

# ---------------------------------------------------------------- incidenti

add("it-36-chiavetta-persa", "Martina Gallo <martina.gallo@acme-corp.example>",
    "Chiavetta USB persa",
    """\
Ciao, credo di aver perso ieri sera in metro una chiavetta USB con l'elenco dei rinnovi
delle ricette ripetibili di novembre (circa 400 clienti, con nome, telefono e farmaco).
Non era cifrata. L'avevo portata a casa per finire il lavoro. Mi dispiace tantissimo.

Martina Gallo
Customer Care – Farmacia Nova
""",
    INC("martina.gallo@acme-corp.example", "Martina", "Gallo"))

add("it-37-ricetta-sbagliata", "Dott. Enrico Leone <enrico.leone@acme-corp.example>",
    "Ricetta inviata al cliente sbagliato",
    """\
Buongiorno,

stamattina rispondendo a una cliente ho allegato per errore la ricetta di un altro
paziente (l'autocompletamento ha preso il file sbagliato). La ricetta riporta nome,
codice fiscale e una terapia oncologica. La cliente mi ha già scritto per segnalarlo.

Enrico Leone
Farmacista – Farmacia Nova
""",
    INC("enrico.leone@acme-corp.example", "Enrico", "Leone"))

add("it-38-biglietto-altrui", "Camilla Orlando <camilla.orlando@posta.example>",
    "Ho ricevuto il biglietto di un'altra persona",
    """\
Buonasera,

oggi mi è arrivata da Tixo una mail con il PDF del biglietto per il concerto di sabato,
ma il biglietto è intestato a un certo Federico Valli e contiene anche il numero della
sua carta d'identità e la data di nascita. Io non ho comprato niente. Ve lo segnalo
perché immagino sia un errore vostro. Cancello la mail?

Camilla Orlando
""",
    INC("camilla.orlando@posta.example", "Camilla", "Orlando"))

add("it-39-elenco-cestino", "Pietro Sanna <pietro.sanna@posta.example>",
    "Elenco con dati personali lasciato in vista",
    """\
Salve,

sono un coworker di HubDesk Cagliari. Stamattina nella sala ristoro, vicino alla
stampante, c'era un mucchio di fogli con l'elenco dei visitatori della settimana:
nomi, telefoni, aziende, foto dei documenti. Chiunque poteva prenderli. Li ho
consegnati alla reception, ma mi sembra giusto avvisare anche voi.

Pietro Sanna
""",
    INC("pietro.sanna@posta.example", "Pietro", "Sanna"))

add("it-40-schermata-riscatto", "Fabrizio Monti <fabrizio.monti@acme-corp.example>",
    "URGENTE pc reception Torino",
    """\
il pc della reception di Torino Lingotto stamattina mostra una schermata rossa che
chiede un pagamento in bitcoin e i file sul desktop hanno tutti estensione .lockd. Su
quel pc c'è l'export dei badge e dei visitatori. L'ho staccato dalla rete. Cosa faccio?

Fabrizio Monti
Facility – HubDesk Torino
""",
    INC("fabrizio.monti@acme-corp.example", "Fabrizio", "Monti"))

# ---------------------------------------------------------------- seguiti

add("it-41-sollecito", "Daniela Marini <daniela.marini@posta.example>",
    "R: [DSR-52344] Conferma di ricezione della sua richiesta",
    """\
Buongiorno,

sono passate cinque settimane e non ho ricevuto alcuna risposta oltre a questa conferma.
Vi sollecito a darmi un riscontro, altrimenti mi rivolgerò al Garante.

Daniela Marini

-----Messaggio originale-----
Da: privacy@acme-corp.example
Oggetto: [DSR-52344] Conferma di ricezione della sua richiesta

Gentile cliente, abbiamo ricevuto la sua richiesta di cancellazione, registrata con il
numero DSR-52344. Le risponderemo entro un mese.
Ufficio Privacy
""",
    FU("52344", "daniela.marini@posta.example", "Daniela", "Marini"))

add("it-42-re-rifiuto", "Roberto Galli <roberto.galli@posta.example>",
    "Re: Ordine rifiutato in automatico dal questionario",
    """\
Aggiungo che il mio medico mi ha fatto una dichiarazione scritta in cui conferma che
posso assumere quel farmaco. Ve la mando se serve per la revisione.

Roberto Galli
""",
    FU(ref("it-10-rifiuto-automatico"), "roberto.galli@posta.example", "Roberto", "Galli"),
    headers=irt("it-10-rifiuto-automatico"))

add("it-43-documento", "Marco De Santis <marco.desantis@posta.example>",
    "Re: [DSR-52901] documento richiesto",
    """\
Ecco la carta d'identità, come da vostra richiesta. Fatemi sapere se serve altro.

Marco De Santis
""",
    FU("52901", "marco.desantis@posta.example", "Marco", "De Santis"))

add("it-44-file-vuoto", "Matteo Ferri <matteo.ferri@posta.example>",
    "Re: Esportazione dello storico biglietti",
    """\
Ciao, ho ricevuto il link per scaricare l'export ma il file JSON contiene solo le
intestazioni, nessun biglietto. Potete rigenerarlo?

Matteo
""",
    FU(ref("it-05-export-biglietti"), "matteo.ferri@posta.example", "Matteo", "Ferri"),
    headers=irt("it-05-export-biglietti"))

# ---------------------------------------------------------------- da ignorare

add("it-45-dark-web", "Sicurezza Dati <alert@protezione-identita.example>",
    "I tuoi dati personali sono nel dark web: cancellali ora",
    """\
ATTENZIONE!

La tua email e il tuo numero di telefono sono stati trovati in 14 database nel dark
web. Con ScudoPrivacy cancelliamo i tuoi dati personali e li proteggiamo per sempre,
in conformità al GDPR.

Attiva ora la protezione a soli 4,90 euro: http://protezione-identita.example/scudo

Offerta valida 24 ore.
""",
    IGN("spam", "alert@protezione-identita.example"), headers=SPAM_HDR)

add("it-46-poste-phishing", "Poste Italiane <noreply@poste-verifica.example>",
    "Il tuo conto è stato sospeso",
    """\
Gentile cliente,

abbiamo rilevato un accesso anomalo al tuo conto. Per motivi di sicurezza l'account è
stato temporaneamente sospeso. Per riattivarlo conferma i tuoi dati entro 24 ore:

http://poste-verifica.example/riattiva

Poste Italiane – Servizio Clienti
""",
    IGN("spam", "noreply@poste-verifica.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="poste-verifica.example")])

add("it-47-liste-farmacisti", "Marketing Data Srl <vendite@liste-b2b.example>",
    "Database 45.000 farmacisti e medici – GDPR compliant",
    """\
Buongiorno,

vi proponiamo il nostro database aggiornato di 45.000 contatti qualificati (farmacisti,
medici di base, responsabili acquisti di coworking) con email e telefono, 100% GDPR
compliant e con consenso verificato.

Prezzo speciale fino a venerdì: 1.490 euro + IVA.

Per non ricevere più le nostre offerte rispondete CANCELLAMI.
""",
    IGN("spam", "vendite@liste-b2b.example"))

add("it-48-fuori-sede", "Silvia Cattaneo <silvia.cattaneo@visitpro.example>",
    "Risposta automatica: DPA VisitPro – osservazioni",
    """\
Sono fuori sede fino al 20 novembre senza accesso regolare alla posta. Per questioni
contrattuali potete scrivere a legal@visitpro.example.

Silvia Cattaneo
""",
    IGN("auto_reply", "silvia.cattaneo@visitpro.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-49-ticket-fornitore", "Assistenza StampaBadge <helpdesk@stampabadge.example>",
    "[Ticket #884213] Abbiamo ricevuto la tua richiesta",
    """\
Ciao,

grazie per averci contattato. La tua richiesta è stata registrata con il numero
#884213 e verrà presa in carico da un operatore entro 2 giorni lavorativi.

Non rispondere a questo messaggio.

Team Assistenza StampaBadge
""",
    IGN("auto_reply", "helpdesk@stampabadge.example"))

add("it-50-newsletter", "Privacy Italia News <newsletter@privacyitalianews.example>",
    "Newsletter n. 47 – Provvedimenti del Garante di ottobre",
    """\
PRIVACY ITALIA NEWS – Newsletter n. 47

- Videosorveglianza sui luoghi di lavoro: il Garante sanziona un coworking
- Telemarketing: nuove regole del Registro delle opposizioni
- Dati sanitari nelle farmacie online: le FAQ aggiornate

Ricevi questa newsletter perché sei iscritto al nostro sito.
Per disiscriverti: https://privacyitalianews.example/unsubscribe?id=55120
""",
    IGN("bulk", "newsletter@privacyitalianews.example"),
    headers=["List-Id: Privacy Italia News <news.privacyitalianews.example>",
             "List-Unsubscribe: <https://privacyitalianews.example/unsubscribe?id=55120>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
             "Precedence: list"])

add("it-51-mancato-recapito", "Postmaster <postmaster@mx.acme-corp.example>",
    "Mancato recapito: Risposta alla sua richiesta", "",
    IGN("bounce", "postmaster@mx.acme-corp.example"), dsn=True)
