from common import *  # part it: written blind

# ---------------------------------------------------------------- requests

add("it-01-cancellatemi-oneliner", "ste.romano77@posta.example", "cancellazione",
    """cancellate il mio account talento e il cv grazie
""", R(["Erasure"], "ste.romano77@posta.example"))

add("it-02-estratto-dati-ticino", "Gianluca Bernasconi <g.bernasconi@bluewin-mail.example>",
    "Richiesta estratto dati – account ArenaX",
    """Buongiorno,

sono un vostro utente di Lugano (account GBerna_TI). Vorrei ricevere un estratto completo dei
dati che avete su di me: dati dell'account, acquisti, indirizzi IP, il numero di natel che ho
dato per l'autenticazione a due fattori ed eventuali valutazioni del mio comportamento in chat.
Vi ricordo che in Svizzera vale anche la nLPD, oltre al GDPR.

Cordiali saluti
Gianluca Bernasconi
Via Cantonale 12, 6900 Lugano
""", R(["Access"], "g.bernasconi@bluewin-mail.example", "Gianluca", "Bernasconi"))

add("it-03-volonta-dopo-morte", "Giuseppina Russo <giuseppina.russo41@posta.example>",
    "Le mie volontà sui dati dopo la morte",
    """Gentili signori,

ho sottoscritto con la vostra cooperativa Eterna un piano funerario prepagato (contratto
n. ET-NA-0923). Sono vedova e con uno dei miei figli non ho un buon rapporto. Ho letto che la
legge italiana permette di decidere chi potrà occuparsi dei propri dati personali dopo la
morte. Vorrei quindi dichiarare che, quando non ci sarò più, solo mia figlia Teresa potrà
chiedere i miei dati, e che non voglio nessuna pagina di condoglianze online. Come posso
formalizzarlo? Basta questa mail?

Distinti saluti,
Giuseppina Russo
Napoli
""", R(["AdvanceDirectives"], "giuseppina.russo41@posta.example", "Giuseppina", "Russo"))

add("it-04-maiuscole-telefonate", "ROSARIA ESPOSITO <rosaria.esposito@posta.example>", "BASTA!!!",
    """VI HO GIA DETTO AL TELEFONO CHE NON CERCO LAVORO. SMETTETELA DI CHIAMARMI E DI MANDARMI
OFFERTE DI LAVORO INTERINALE SU WHATSAPP. TOGLIETE IL MIO NUMERO DAI VOSTRI ELENCHI.
ROSARIA ESPOSITO
""", R(["Opposition"], "rosaria.esposito@posta.example", "Rosaria", "Esposito"))

add("it-05-html-export-inventario", "Davide Colombo <davide.colombo@posta.example>",
    "Esportazione dati account",
    html("Ciao,",
         "vorrei scaricare tutti i dati del mio account ArenaX (<b>DaveC_MI</b>): inventario, skin, "
         "statistiche delle partite, storico dei tornei e acquisti, in un formato leggibile da "
         "macchina (JSON o CSV va benissimo), così li carico in un tracker di statistiche che uso.",
         "Grazie mille,<br>Davide Colombo"),
    R(["Portability"], "davide.colombo@posta.example", "Davide", "Colombo"), ct=HTML)

add("it-06-latin1-data-nascita", "Francesca Dell'Acqua <f.dellacqua@posta.example>",
    "Correzione dati profilo candidato",
    """Buongiorno,

nel mio profilo sul portale Talento la data di nascita risulta 03/12/1998 ma è il 12/03/1998
(avete invertito giorno e mese). Inoltre il titolo di studio è indicato come "laurea
triennale", mentre a luglio ho conseguito la laurea magistrale in Ingegneria Gestionale al
Politecnico di Torino. Vi chiedo di sistemare entrambe le informazioni, perché l'età sbagliata
mi sta escludendo da alcune offerte.

Grazie,
Francesca Dell'Acqua
""", R(["Rectification"], "f.dellacqua@posta.example", "Francesca", "Dell'Acqua"),
    ct=LATIN1, encode="latin-1")

add("it-07-sfogo-funerale-nonna", "Salvatore Lo Presti <salvo.lopresti@posta.example>",
    "Reclamo per il funerale di mia nonna e altre cose",
    """Buonasera,

vi scrivo dopo settimane in cui ho cercato di avere risposte dal vostro ufficio di Palermo
senza riuscirci. Mia nonna Concetta è morta il 3 settembre e il funerale l'avete fatto voi,
perché lei da anni pagava il piano prepagato e ci teneva tanto.

Il carro funebre è arrivato in chiesa quaranta minuti dopo l'orario, il parroco stava per
andarsene. I fiori non erano quelli scelti da lei nel piano (aveva chiesto gigli bianchi, sono
arrivati crisantemi gialli). Il necrologio affisso in paese aveva l'età sbagliata. E al
cimitero di Rotoli nessuno dei vostri sapeva in quale loculo andava.

Poi la fattura: 480 euro di "servizi accessori" che nessuno ci ha spiegato, quando il piano
doveva coprire tutto. Ho chiamato sei volte.

Già che ci sono: da quando ho firmato come familiare di riferimento mi arrivano a casa le
vostre brochure sulle polizze funerarie, una al mese, più una telefonata ogni tanto. Voglio
sapere quali dati miei vi siete tenuti dopo il funerale e pretendo che smettiate di mandarmi
pubblicità di qualsiasi tipo.

Per la fattura aspetto che qualcuno mi richiami con una spiegazione scritta. Mia nonna si
fidava di voi.

Salvatore Lo Presti
Cell. 320 000 0000
""", R(["Access", "Opposition"], "salvo.lopresti@posta.example", "Salvatore", "Lo Presti"))

add("it-08-avvocato-test-attitudinale", "Avv. Marco Giordano <m.giordano@studiolegalegiordano.example>",
    "Istanza ex artt. 15 e 18 GDPR – sig.ra Chiara Ferrante",
    """Spett.le Talento S.r.l.,

scrivo in nome e per conto della sig.ra Chiara Ferrante, nata a Bari il 14/05/1990, giusta
procura che si allega.

La mia assistita ha appreso che gli esiti del test attitudinale svolto presso la Vostra agenzia
nel settembre u.s. sarebbero stati comunicati al suo attuale datore di lavoro. Poiché la mia
assistita contesta l'esattezza di tali esiti e la liceità della comunicazione, con la presente
si chiede:

1) ai sensi dell'art. 15 GDPR, l'accesso a tutti i dati personali che la riguardano, compresi
i risultati del test, le note dei selezionatori e l'elenco dei destinatari cui i dati sono
stati comunicati;

2) ai sensi dell'art. 18 GDPR, la limitazione del trattamento di detti dati nelle more delle
verifiche.

In difetto di riscontro nei termini di legge, la mia assistita si riserva di adire il Garante.

Distinti saluti
Avv. Marco Giordano
Studio Legale Giordano – Via Sparano 45, 70121 Bari
Tel. 080 000 0000

Le informazioni contenute in questa comunicazione sono riservate e destinate esclusivamente al
destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di
cancellarlo e di informarne il mittente.
""", R(["Access", "Restriction"], "m.giordano@studiolegalegiordano.example", "Chiara", "Ferrante",
       representative="Marco Giordano"))

add("it-09-account-figlio", "Stefano Marchetti <stefano.marchetti@posta.example>",
    "Account di mio figlio (12 anni)",
    """Salve,

mio figlio Tommaso ha 12 anni e ha aperto un account ArenaX (nickname TommyMarche) dichiarando
di averne 18. In due mesi ha speso 430 euro con la carta di mia moglie. Per il rimborso ho già
scritto all'assistenza. A voi chiedo, come genitore esercente la responsabilità genitoriale,
la chiusura dell'account e la cancellazione di tutti i suoi dati, chat comprese.

Stefano Marchetti
padre di Tommaso Marchetti
Tel. 347 000 0000
""", R(["Erasure"], "stefano.marchetti@posta.example", "Tommaso", "Marchetti",
       representative="Stefano Marchetti"))

add("it-10-figlia-necrologio-padre", "Anna Cattaneo <anna.cattaneo@posta.example>",
    "Pagina di condoglianze di mio padre Luigi Cattaneo",
    """Buonasera,

mio padre Luigi Cattaneo è mancato a marzo e voi avete curato il funerale a Bergamo. La pagina
di condoglianze online è ancora pubblica, con la sua foto, la data di nascita e l'indirizzo di
casa nel testo del necrologio. Come figlia ed erede chiedo che la pagina venga tolta e che
cancelliate i suoi dati dal sito. La casa ora è vuota e non voglio che l'indirizzo giri.

Grazie,
Anna Cattaneo
""", R(["Erasure"], "anna.cattaneo@posta.example", "Luigi", "Cattaneo", representative="Anna Cattaneo"))

add("it-11-punteggio-automatico", "Kwame Mensah <kwame.mensah@posta.example>",
    "Punteggio di compatibilità – scarto automatico",
    """Buongiorno,

mi sono candidato tre volte su Talento per posizioni da magazziniere a Verona e ogni volta
ricevo subito un rifiuto con scritto "punteggio di compatibilità insufficiente". Ho il
patentino del muletto e 5 anni di esperienza. Vorrei capire come viene calcolato questo
punteggio e quali dati usa (cognome? nazionalità? indirizzo?), e chiedo che la mia
candidatura venga valutata da una persona e non dal software.

Cordiali saluti
Kwame Mensah
""", R(["AutomatedDecision", "Information"], "kwame.mensah@posta.example", "Kwame", "Mensah"))

add("it-12-istanza-formale-15-20", "Elena Fabbri De Santis <elena.fabbri.desantis@posta.example>",
    "Richiesta ai sensi degli artt. 15 e 20 del Regolamento (UE) 2016/679",
    """Alla c.a. del Responsabile della Protezione dei Dati
ArenaX

Oggetto: esercizio dei diritti di accesso e portabilità

La sottoscritta Elena Fabbri De Santis, nata a Pesaro il 2 febbraio 1987, titolare
dell'account registrato con il presente indirizzo email,

CHIEDE

- ai sensi dell'art. 15 GDPR, conferma dell'esistenza di dati personali che la riguardano e
copia degli stessi, con indicazione delle finalità, dei destinatari e del periodo di
conservazione;

- ai sensi dell'art. 20 GDPR, la trasmissione dei dati da lei forniti e di quelli generati
dall'utilizzo della piattaforma (acquisti, statistiche, registrazioni delle dirette) in un
formato strutturato, di uso comune e leggibile da dispositivo automatico.

Si allega copia del documento d'identità.

Pesaro, 15 novembre 2026
Dott.ssa Elena Fabbri De Santis
""", R(["Access", "Portability"], "elena.fabbri.desantis@posta.example", "Elena", "Fabbri De Santis"))

add("it-13-typo-nn-voglio", "ciro.capasso@posta.example", "offerte",
    """buongiorno nn voglio piu ricevere le vostre mail di offerte lavoro e nemeno gli sms, gia ho
lavoro grazie
ciro capasso
""", R(["Opposition"], "ciro.capasso@posta.example", "Ciro", "Capasso"))

add("it-14-streamer-server-usa", "Federica Galli <federica.galli@posta.example>",
    "Domande su dove finiscono i miei dati",
    """Ciao,

sono una streamer partner di ArenaX. Prima di rinnovare il contratto vorrei capire alcune cose:
i server dove salvate le live e le chat sono negli Stati Uniti? Trasferite i miei dati fuori
dall'Unione Europea e con quali garanzie? Quali fornitori li vedono (moderazione, pagamenti,
analytics)? Non mi serve una copia, solo risposte chiare.

Grazie,
Federica Galli
""", R(["Information"], "federica.galli@posta.example", "Federica", "Galli"))

add("it-15-famiglia-replyto-nome", "Famiglia Bruno <famiglia.bruno@posta.example>",
    "Correzione nome sul contratto piano funerario",
    """Buongiorno,

vi scrivo dall'indirizzo di casa ma per favore rispondete alla mia mail personale. Sul
contratto del piano funerario prepagato e su tutte le vostre lettere il mio cognome è scritto
"Brun", manca la o finale. Anche il codice fiscale riportato ha un errore nell'ultima lettera:
vi mando la tessera sanitaria se serve. Vi chiedo di correggere.

Rita Bruno
""", R(["Rectification"], "rita.bruno.72@posta.example", "Rita", "Bruno"),
    headers=["Reply-To: Rita Bruno <rita.bruno.72@posta.example>"])

add("it-16-limitazione-storno", "Emanuele Sartori <ema.sartori@posta.example>",
    "Contestazione segnalazione frode",
    """Salve,

il mio account è stato segnalato come "a rischio frode" dopo uno storno che non ho mai
richiesto. Contesto l'esattezza di questa segnalazione. Finché non avrete verificato, vi chiedo
di non utilizzare quei dati per nessuna decisione (blocco acquisti, condivisione con i circuiti
antifrode) e di conservarli senza usarli, visto che mi servono per la contestazione con la
banca.

Emanuele Sartori
""", R(["Restriction"], "ema.sartori@posta.example", "Emanuele", "Sartori"))

add("it-17-rata-libretto", "Ornella Vitale <ornella.vitale@posta.example>",
    "Scadenza rata e condizioni",
    """Buongiorno, volevo sapere quando scade la prossima rata del mio piano funerario e se potete
rimandarmi per posta il libretto con le condizioni generali, che non lo trovo più. Grazie,
Ornella Vitale
""", R(["Unknown"], "ornella.vitale@posta.example", "Ornella", "Vitale"))

add("it-18-firma-disclaimer-colloquio", "Ing. Paolo Ferraris <paolo.ferraris@ferrarisimpianti.example>",
    "Registrazione colloquio e note del selezionatore",
    """Buongiorno,

a ottobre ho sostenuto con voi un colloquio video per una posizione di Project Manager
(rif. TAL-TO-5521). Vorrei ricevere la registrazione del colloquio, le note del selezionatore
e la scheda di valutazione compilata su di me.

Cordiali saluti

Ing. Paolo Ferraris
Direttore Tecnico
Ferraris Impianti S.r.l. – Corso Francia 210, 10146 Torino
Tel. +39 011 000 0000 – Cell. +39 333 000 0000

***
Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La
diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni
sono rigorosamente vietate. Qualora abbiate ricevuto questo documento per errore siete
cortesemente pregati di darne immediata comunicazione al mittente e di provvedere alla sua
distruzione (Reg. UE 2016/679).
""", R(["Access"], "paolo.ferraris@ferrarisimpianti.example", "Paolo", "Ferraris"))

add("it-19-cp1252-oblio-babysitter", "Martina Lombardi <martina.lombardi@posta.example>",
    "Diritto all’oblio – vecchio profilo nella bacheca lavoro",
    """Buongiorno,

se cerco il mio nome su Google compare ancora il mio vecchio profilo pubblico sulla vostra
bacheca lavoro, con foto e il titolo “Cerco lavoro come babysitter – disponibile subito”.
Risale al 2017 e oggi faccio l’avvocata: è imbarazzante. Chiedo che il profilo e tutti i dati
collegati spariscano… e, se possibile, che chiediate a Google di togliere la copia in cache.

Grazie,
Martina Lombardi
""", R(["Erasure"], "martina.lombardi@posta.example", "Martina", "Lombardi"),
    ct=CP1252, encode="cp1252")

add("it-20-replay-iphone", "Luca <luca.fontana.92@posta.example>", "replay torneo",
    """Ciao, revoco il consenso all'uso della mia immagine nei replay e negli highlights del torneo
di sabato. Non voglio comparire.
Luca

Inviato da iPhone
""", R(["Opposition"], "luca.fontana.92@posta.example", "Luca"))

add("it-21-romano-dati", "Daniele Proietti <dany.proietti@posta.example>", "ma che dati c'avete?",
    """Aò, bongiorno.

Me so' iscritto anni fa a sto sito de lavoro vostro e mo' me chiamano pure agenzie che nun
conosco. Prima voglio sapé che dati c'avete de me e a chi l'avete passati, poi cancellate
tutto, ma proprio tutto.

Daniele Proietti
Roma
""", R(["Access", "Erasure"], "dany.proietti@posta.example", "Daniele", "Proietti"))

add("it-22-profilo-altra-agenzia", "Alessia Marino <alessia.marino@posta.example>",
    "Trasferimento del mio profilo ad altra agenzia",
    """Buongiorno,

sto passando a un'altra agenzia per il lavoro per i contratti in somministrazione. Vi chiedo
di trasmettere direttamente a loro (HR Futura, privacy@hrfutura.example) il mio profilo
completo: CV, competenze, attestati HACCP e sicurezza, esiti dei test, in un formato
strutturato che possano importare nel loro sistema.

Grazie.
Alessia Marino
""", R(["Portability"], "alessia.marino@posta.example", "Alessia", "Marino"))

add("it-23-amministratore-sostegno", "Roberto Fumagalli <roberto.fumagalli@posta.example>",
    "Richiesta dati piano funerario – amministrazione di sostegno",
    """Spettabile Eterna,

sono l'amministratore di sostegno di mia zia, Ada Fumagalli, nominato dal Tribunale di Monza
con decreto che allego. Mia zia ha un piano funerario prepagato con voi ma né lei né io
ricordiamo cosa contiene. Chiedo una copia dei dati personali che conservate su di lei
(anagrafica, beneficiari, scelte espresse per la cerimonia, pagamenti effettuati).

Cordialmente,
Roberto Fumagalli
""", R(["Access"], "roberto.fumagalli@posta.example", "Ada", "Fumagalli",
       representative="Roberto Fumagalli"))

add("it-24-inoltro-filiale-bologna", "Claudia Serra <claudia.serra@acme-corp.example>",
    "I: cancellazione",
    """Ciao team privacy,

vi inoltro la mail di una candidata arrivata alla filiale di Bologna. Non so bene cosa fare,
la gestite voi?

Claudia Serra
Filiale Talento Bologna

---------- Messaggio inoltrato ---------
Da: Giorgia Conti <giorgia.conti.bo@posta.example>
Data: dom 15 nov 2026 alle ore 21:03
Oggetto: cancellazione
A: bologna@acme-corp.example

Buonasera, ho trovato lavoro e non mi serve più l'iscrizione. Vi chiedo di eliminare il mio
CV e la mia scheda dai vostri archivi.
Giorgia Conti
""", R(["Erasure"], "giorgia.conti.bo@posta.example", "Giorgia", "Conti"))

add("it-25-allegato-log-chat", "Matteo Riva <matteo.riva@acme-corp.example>",
    "Fwd: richiesta log chat", "",
    R(["Access"], "nicolo.ferri@posta.example", "Nicolò", "Ferri"),
    note="""Ciao, in allegato il ticket di un utente che chiede i log delle chat. Dal supporto non
possiamo estrarli, vi giro la richiesta.

Matteo Riva
Community Manager – ArenaX
""",
    attached=("Nicolò Ferri <nicolo.ferri@posta.example>", "richiesta log chat",
              """Buongiorno, sono stato sospeso per "linguaggio offensivo" in chat. Voglio una copia di
tutti i messaggi di chat e dei vocali che avete conservato a mio nome e delle segnalazioni
fatte contro di me, per capire cosa avrei detto. Account: NikoFerri.
Grazie, Nicolò Ferri
"""))

add("it-26-da-dove-numero", "Vincenzo Greco <vincenzo.greco@posta.example>",
    "Da dove avete preso il mio numero?",
    """Buongiorno,

ieri mi ha chiamato una vostra operatrice di Talento proponendomi un lavoro come autista. Io da
voi non mi sono mai iscritto. Voglio sapere da dove avete preso il mio nome e il mio numero di
cellulare, e da ora in poi non contattatemi più.

Vincenzo Greco
""", R(["Information", "Opposition"], "vincenzo.greco@posta.example", "Vincenzo", "Greco"))

add("it-27-profilazione-push", "Sara Bianchi <sara.bianchi@posta.example>",
    "Notifiche e offerte personalizzate",
    """Salve,

noto che le notifiche push di ArenaX mi propongono offerte "su misura" subito dopo che perdo una
partita, o a notte fonda. Non mi piace per niente. Mi oppongo alla profilazione delle mie
abitudini di gioco e di spesa a fini commerciali. L'account resta, le notifiche di sistema
vanno bene.

Sara Bianchi
""", R(["Opposition"], "sara.bianchi@posta.example", "Sara", "Bianchi"))

add("it-28-ban-anticheat", "Andrea Moretti <andrea.moretti@posta.example>",
    "Ban automatico – richiedo intervento umano",
    """Buongiorno, il 10 novembre il mio account (AndreaMor_CA) è stato bannato in automatico dal
sistema anti-cheat durante un torneo con montepremi. Non ho usato nessun software esterno.
Chiedo che la decisione venga riesaminata da una persona e di poter spiegare le mie ragioni.

Andrea Moretti
Cagliari
""", R(["AutomatedDecision"], "andrea.moretti@posta.example", "Andrea", "Moretti"))

add("it-29-non-cancellare-aggiorna", "Valentina Ricci <vale.ricci@posta.example>",
    "Aggiornare indirizzo – NON cancellare l'account",
    """Ciao, non voglio assolutamente cancellare il mio account né perdere i progressi! Devo solo
aggiornare l'indirizzo di fatturazione (mi sono trasferita a Trento, via Belenzani 8) e il
numero di telefono per l'autenticazione, ora è il 340 000 1122. Dal profilo non riesco a
cambiarli. Grazie!
Valentina
""", R(["Rectification"], "vale.ricci@posta.example", "Valentina", "Ricci"))

# ---------------------------------------------------------------- tasks

add("it-30-task-dpa-videocolloqui", "Giulia Rinaldi <giulia.rinaldi@acme-corp.example>",
    "Nomina a responsabile del trattamento – fornitore videocolloqui",
    """Ciao,

il fornitore della piattaforma di videocolloqui asincroni ci ha mandato il suo DPA (nomina a
responsabile ex art. 28) da firmare entro fine mese. Dentro ci sono delle clausole sull'uso dei
video per "migliorare il servizio" che non mi convincono. Potete darci un'occhiata e dirmi se
possiamo firmare o se va rinegoziato?

Giulia Rinaldi
Procurement – Talento Italia
""", TASK("giulia.rinaldi@acme-corp.example", "Giulia", "Rinaldi"))

add("it-31-task-dpia-streaming", "Lorenzo Gatti <lorenzo.gatti@acme-corp.example>",
    "DPIA per servizio streaming cerimonie",
    """Buongiorno,

Eterna vuole lanciare a gennaio la diretta streaming delle cerimonie funebri, con la
registrazione disponibile per 30 giorni sulla pagina del defunto. Riprenderemo anche i presenti
in chiesa o in sala del commiato. Ci serve la valutazione d'impatto e un'informativa da esporre
all'ingresso. Quando possiamo fare un primo incontro?

Lorenzo Gatti
Innovation Manager – Eterna
""", TASK("lorenzo.gatti@acme-corp.example", "Lorenzo", "Gatti"))

add("it-32-task-registro-kyc", "Simona Ferraro <simona.ferraro@acme-corp.example>",
    "Aggiornamento registro dei trattamenti – verifica identità tornei",
    """Ciao a tutti,

da dicembre per i tornei con premi in denaro chiederemo ai giocatori un documento d'identità e
l'IBAN (KYC tramite un fornitore esterno). Va aggiornato il registro dei trattamenti di ArenaX
con la nuova attività. Vi allego la scheda compilata a metà: mi aiutate con base giuridica e
tempi di conservazione?

Simona
--
Simona Ferraro | Esports Operations | ArenaX
""", TASK("simona.ferraro@acme-corp.example", "Simona", "Ferraro"))

add("it-33-task-audit-cliente-gdo", "Fabio Mancini <fabio.mancini@acme-corp.example>",
    "Questionario privacy cliente – somministrazione",
    """Buongiorno,

un nostro cliente della GDO ci chiede, prima di rinnovare il contratto di somministrazione, di
compilare un questionario di audit privacy (misure di sicurezza, sub-responsabili, data breach,
formazione). Scadenza 27/11. Ve lo inoltro: potete compilare voi le sezioni di vostra
competenza?

Fabio Mancini
Area Manager Nord-Ovest – Talento
""", TASK("fabio.mancini@acme-corp.example", "Fabio", "Mancini"))

add("it-34-task-retention-cv", "Irene Caruso <irene.caruso@acme-corp.example>",
    "Data retention banca dati CV – proposta",
    """Ciao privacy team,

nel DB candidati abbiamo circa 1,2 milioni di CV, alcuni del 2009. L'IT propone un job di
purge automatico a 24 mesi dall'ultimo login. Prima di attivarlo serve il vostro ok sulla
policy di retention e sul testo della mail di preavviso ai candidati. Riusciamo a chiudere
entro dicembre?

Irene Caruso
Head of Data – Talento
""", TASK("irene.caruso@acme-corp.example", "Irene", "Caruso"))

# ---------------------------------------------------------------- incidents

add("it-35-inc-cellulare-perso", "Pietro Basile <pietro.basile@acme-corp.example>",
    "Smarrito cellulare aziendale",
    """Ciao,

ieri sera ho perso il cellulare aziendale, probabilmente sul regionale Como–Milano. Sul
telefono c'è WhatsApp con i gruppi dei lavoratori somministrati (circa 80 persone, con numeri,
turni e qualche foto di documenti che mi mandano per l'assunzione) e la posta aziendale. Il
telefono ha solo un PIN a 4 cifre. Ho già chiamato l'IT per il blocco da remoto.

Pietro Basile
Talento – Filiale di Como
""", INC("pietro.basile@acme-corp.example", "Pietro", "Basile"))

add("it-36-inc-preventivo-altrui", "Marisa Pugliese <marisa.pugliese@posta.example>",
    "Ho ricevuto un preventivo non mio",
    """Buongiorno, oggi mi è arrivata una mail da Eterna con il preventivo del funerale di un certo
sig. Gennaro Amato, con i nomi dei figli, l'indirizzo e il cellulare della vedova. Non conosco
queste persone, immagino abbiate sbagliato indirizzo. Ve lo segnalo, io la cancello.
Marisa Pugliese
""", INC("marisa.pugliese@posta.example", "Marisa", "Pugliese"))

add("it-37-inc-sorgente-condoglianze", "Nicola De Luca <nicola.deluca@acme-corp.example>",
    "Bug pagine condoglianze: email dei visitatori visibili",
    """Ciao,

ci hanno segnalato (e ho verificato) che dopo il rilascio di giovedì, nelle pagine di
condoglianze di Eterna, aprendo il sorgente della pagina si vedono gli indirizzi email e i
numeri di telefono di chi ha lasciato un messaggio. Riguarda tutte le pagine pubblicate,
qualche migliaio di persone. Abbiamo fatto rollback stamattina alle 9:40. Come procediamo con
la valutazione?

Nicola De Luca
Web Team
""", INC("nicola.deluca@acme-corp.example", "Nicola", "De Luca"))

add("it-38-inc-ricevute-altro-utente", "Giacomo Villa <giacomo.villa@posta.example>",
    "Ricevute di acquisto di un altro utente",
    """Ciao, da tre giorni ricevo le ricevute di acquisto ArenaX di un altro giocatore: nome,
cognome, ultime cifre della carta e indirizzo di fatturazione a Firenze. Io ho un account ma con
un'altra mail, non c'entro niente. Forse qualcuno ha sbagliato a scrivere l'email. Fate
qualcosa, perché quel ragazzo non lo sa.

Giacomo Villa
""", INC("giacomo.villa@posta.example", "Giacomo", "Villa"))

add("it-39-inc-phishing-fattura", "Elisa Monti <elisa.monti@acme-corp.example>",
    "Possibile compromissione casella dopo phishing",
    """Buongiorno,

stamattina ho aperto un allegato "Fattura_novembre.html" che sembrava di un fornitore e ho
inserito le credenziali. Poco dopo dalla mia casella sono partite una cinquantina di mail verso
i contatti, tra cui famiglie di cui seguiamo le pratiche funerarie. L'IT ha resettato la
password alle 11. Nella casella ci sono certificati di morte, documenti dei familiari e
coordinate bancarie.

Elisa Monti
Ufficio Pratiche – Eterna Torino
""", INC("elisa.monti@acme-corp.example", "Elisa", "Monti"))

# ---------------------------------------------------------------- follow-ups

add("it-40-fu-dsr-tre-settimane", "Lucia Pagano <lucia.pagano@posta.example>",
    "R: [DSR-61502] Conferma ricezione richiesta",
    """Buongiorno, sono passate tre settimane e non ho ancora ricevuto niente. Potete dirmi a che
punto siamo?
Grazie
Lucia Pagano

-----Messaggio originale-----
Da: privacy@acme-corp.example
Inviato: lunedì 26 ottobre 2026 09:12
Oggetto: [DSR-61502] Conferma ricezione richiesta

> Gentile utente,
> confermiamo la ricezione della sua richiesta, registrata con il numero DSR-61502.
> Riceverà risposta entro 30 giorni.
> Il team Privacy
""", FU("61502", "lucia.pagano@posta.example", "Lucia", "Pagano"))

add("it-41-fu-punteggio-ancora", "Kwame Mensah <kwame.mensah@posta.example>",
    "Re: Punteggio di compatibilità – scarto automatico",
    """Buongiorno, aggiungo che anche oggi ho ricevuto un rifiuto automatico per un'altra
posizione. Aspetto ancora una risposta alla mia mail precedente. Grazie.
Kwame Mensah
""", FU(ref("it-11-punteggio-automatico"), "kwame.mensah@posta.example", "Kwame", "Mensah"),
    headers=irt("it-11-punteggio-automatico"))

add("it-42-fu-dsr-documenti", "Ugo Barbieri <ugo.barbieri@posta.example>",
    "Re: [DSR-61877] Documentazione richiesta",
    """Come richiesto vi invio in allegato la carta d'identità. Attendo notizie.
Ugo Barbieri
""", FU("61877", "ugo.barbieri@posta.example", "Ugo", "Barbieri"))

add("it-43-fu-romano-allora", "Daniele Proietti <dany.proietti@posta.example>",
    "Re: ma che dati c'avete?",
    """Allora? Me rispondete o no? Stamattina m'ha richiamato n'altra agenzia.
Daniele
""", FU(ref("it-21-romano-dati"), "dany.proietti@posta.example", "Daniele", "Proietti"),
    headers=irt("it-21-romano-dati"))

# ---------------------------------------------------------------- ignored

add("it-44-spam-cancella-dati", "CancellaDati Premium <promo@cancella-dati-ora.example>",
    "I tuoi dati personali sono in vendita! Cancellali ora",
    """Gentile utente,

abbiamo trovato il tuo indirizzo email in 37 database di data broker e sul dark web. Con
CancellaDati Premium rimuoviamo tutte le tue informazioni personali e proteggiamo la tua
privacy in conformità al GDPR.

Solo oggi: 4,99 €/mese invece di 19,99 €.
👉 Attiva la protezione: http://cancella-dati-ora.example/attiva

Per non ricevere più comunicazioni clicca qui.
""", IGN("spam", "promo@cancella-dati-ora.example"), headers=SPAM_HDR)

add("it-45-spam-pec-scadenza", "Servizio Clienti PEC <notifiche@pec-verifica-caselle.example>",
    "Casella PEC in scadenza – rinnova entro 24 ore",
    html("Gentile cliente,",
         "la sua casella <b>privacy@acme-corp.example</b> scadrà il 17/11/2026. Per evitare la perdita "
         "dei messaggi e dei dati archiviati, rinnovi subito inserendo le sue credenziali.",
         "<a href='http://pec-verifica-caselle.example/login'>RINNOVA ORA</a>",
         "Servizio Clienti"),
    IGN("spam", "notifiche@pec-verifica-caselle.example"), ct=HTML,
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="pec-verifica-caselle.example")])

add("it-46-spam-eredita", "Avv. Richard Okoro <r.okoro.chambers@posta-internazionale.example>",
    "EREDITÀ NON RECLAMATA – URGENTE E CONFIDENZIALE",
    """Caro amico,

sono l'avvocato personale del defunto sig. Giovanni Eterni, deceduto senza eredi e che ha
lasciato 8.500.000 USD in una banca di Lomé. Posso presentarvi come beneficiari legittimi.
Vi chiedo la massima riservatezza e i vostri dati personali (nome completo, telefono, copia
del documento) per avviare la pratica. A voi andrà il 40%.

Dio vi benedica,
Avv. Richard Okoro
""", IGN("spam", "r.okoro.chambers@posta-internazionale.example"))

add("it-47-auto-assente", "Carla Benedetti <carla.benedetti@comune-esempio.example>",
    "Risposta automatica: Re: La sua richiesta",
    """Sono assente dall'ufficio fino al 20 novembre con accesso limitato alla posta.
Per urgenze: ufficio protocollo 0000 000000.
Carla Benedetti
""", IGN("auto_reply", "carla.benedetti@comune-esempio.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("it-48-bulk-notiziario", "Notiziario Imprese Funebri <news@feder-funebri.example>",
    "Notiziario di novembre: normativa cimiteriale e privacy",
    """NOTIZIARIO – Novembre 2026

1. Nuove regole regionali sulla cremazione
2. Necrologi online e GDPR: cosa dice il Garante
3. Convegno nazionale, Bologna 4-5 dicembre

Ricevi questa comunicazione in quanto associato.
Per disiscriverti: https://feder-funebri.example/unsubscribe?u=8812
""", IGN("bulk", "news@feder-funebri.example"),
    headers=["List-Id: Notiziario <notiziario.feder-funebri.example>",
             "List-Unsubscribe: <https://feder-funebri.example/unsubscribe?u=8812>, <mailto:unsubscribe@feder-funebri.example>",
             "Precedence: bulk"])

add("it-49-mancato-recapito", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Mancato recapito: La sua richiesta", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
