# Holdout 15, Italian part. Written blind.
from common import *

# ---------------------------------------------------------------- requests
add("it-01", "Giulia Ferri <giulia.ferri88@posta.example>", "account",
    """Cancellate il mio account per favore. Grazie.

Giulia Ferri

Inviato da Libero Mail per Android""", R(["Erasure"], "giulia.ferri88@posta.example", "Giulia", "Ferri"))

add("it-02", "Gianluca De Santis <gianluca.desantis@pec.example>",
    "Istanza ex art. 15 Regolamento (UE) 2016/679",
    """Spett.le Titolare del trattamento,
alla c.a. del Responsabile della Protezione dei Dati

Il sottoscritto Gianluca De Santis, nato a Pescara il 12/04/1981, C.F. DSNGLC81D12G482X,
iscritto ai corsi di lingua inglese presso la Vostra sede di Roma Prati,

CHIEDE

ai sensi dell'art. 15 del Regolamento (UE) 2016/679, di ottenere la conferma dell'esistenza o
meno di dati personali che lo riguardano e, in caso affermativo, di riceverne copia,
comprensiva delle registrazioni delle lezioni online, degli esiti dei test di piazzamento e di
ogni annotazione dei docenti.

Si allega copia del documento di identità.

Distinti saluti,
Gianluca De Santis
""", R(["Access"], "gianluca.desantis@pec.example", "Gianluca", "De Santis"))

add("it-03", "Roberta Mancini <roberta.mancini@posta.example>", "Basta telefonate",
    """Buongiorno,

mi chiamate almeno due volte a settimana per propormi corsi di inglese per i miei figli, e mi
arrivano anche le vostre newsletter. Non mi interessa. Vi chiedo di non contattarmi più per
scopi commerciali, né al telefono né via mail.

Cordiali saluti,
Roberta Mancini
""", R(["Opposition"], "roberta.mancini@posta.example", "Roberta", "Mancini"))

add("it-04", "Francesco Esposito <f.esposito@napolinet.example>", "Data di nascita sbagliata sul certificato",
    """Salve,

sul certificato di livello C1 di tedesco che mi avete mandato la data di nascita è 21/11/1994,
ma io sono nato il 12/11/1994. Il certificato mi serve per l'iscrizione all'università di
Vienna: potete correggere il dato nel vostro sistema e rimandarmelo giusto?

Grazie mille,
Francesco Esposito
""", R(["Rectification"], "f.esposito@napolinet.example", "Francesco", "Esposito"))

add("it-05", "Alessandro Ricci <alessandro.ricci@fastmail.example>", "Esportazione dati profilo sostenitore",
    """Buongiorno,

vorrei ricevere i dati del mio profilo da sostenitore (contributi versati, ricompense,
indirizzi di spedizione, messaggi ai creatori) in un formato strutturato e leggibile da un
computer, tipo CSV o JSON, per poterli caricare su un'altra piattaforma. Grazie.

Alessandro Ricci
""", R(["Portability"], "alessandro.ricci@fastmail.example", "Alessandro", "Ricci"))

add("it-06", "Chiara Lombardi <chiara.lombardi@studio-grafico.example>", "Limitazione del trattamento",
    """Gentili signori,

la verifica di identità della mia campagna "Illustrazioni per l'Appennino" risulta fallita
perché, secondo voi, il mio cognome non corrisponde a quello sul conto corrente. Ho già
dimostrato che si tratta di un errore della banca. Finché la questione non sarà chiarita vi
chiedo di limitare il trattamento dei miei dati: non voglio che vengano condivisi con altri
fornitori o usati per altre verifiche, devono restare fermi.

Chiara Lombardi
""", R(["Restriction"], "chiara.lombardi@studio-grafico.example", "Chiara", "Lombardi"))

add("it-07", "Davide Moretti <davide.moretti@posta.example>", "Pagamento bloccato dal vostro sistema antifrode",
    """Buonasera,

il versamento dei fondi della mia campagna è stato bloccato con la motivazione "rischio
elevato rilevato dal sistema automatico". Nessuno mi ha contattato. Vorrei che la decisione
venisse riesaminata da una persona e vorrei sapere in base a quali elementi il sistema ha
deciso che sono "a rischio".

Davide Moretti
Tel. 347 555 0192
""", R(["AutomatedDecision", "Information"], "davide.moretti@posta.example", "Davide", "Moretti"))

add("it-08", "Laura Conti <laura.conti@casa.example>", "Soggiorno in famiglia di mio figlio Matteo",
    """Buongiorno,

mio figlio Matteo Bianchi (15 anni) partirà a luglio per il soggiorno studio a Brighton presso
una famiglia ospitante. Ci avete chiesto la scheda sanitaria, il passaporto e alcune foto.
Prima di mandarvi tutto vorrei capire a chi vengono trasmessi questi dati (la famiglia?
l'agenzia inglese? la scuola?), visto che il Regno Unito non è più nell'UE, e per quanto tempo
li conservate dopo il rientro.

Grazie,
Laura Conti
""", R(["Information"], "laura.conti@casa.example", "Matteo", "Bianchi", representative="Laura Conti"))

add("it-09", "Ciro Russo <cirorusso_75@posta.example>", "dati",
    """salve vorei sapere ke dati avete su di me xke mi arrivano sms dal vostro locker e io non lo
uso mai... dopo ke me li avete detti cancellateli tutti
ciro""", R(["Access", "Erasure"], "cirorusso_75@posta.example", "Ciro", "Russo"))

add("it-10", "PIERLUIGI BARONI <p.baroni@posta.example>", "SMS PUBBLICITARI",
    """NON VOGLIO PIU' RICEVERE SMS PUBBLICITARI DAL VOSTRO SERVIZIO LOCKER!!! HO DATO IL NUMERO
SOLO PER IL CODICE DI RITIRO NON PER LA PUBBLICITA'. TOGLIETEMI SUBITO.
""", R(["Opposition"], "p.baroni@posta.example", "Pierluigi", "Baroni"))

add("it-11", "Elisa Fontana <elisa.fontana@posta.example>", "Registrazioni delle lezioni",
    html("Buongiorno,",
         "ho frequentato il corso online di spagnolo A2 da settembre a novembre. Vorrei avere "
         "<b>tutte le registrazioni delle lezioni</b> in cui compaio, i messaggi della chat e le "
         "valutazioni del docente che mi riguardano.",
         "Cordiali saluti,<br>Elisa Fontana"),
    R(["Access"], "elisa.fontana@posta.example", "Elisa", "Fontana"), ct=HTML)

add("it-12", "Salvatore Greco <salvo.greco@sicilia.example>", "Cancellazione account locker",
    """Buongiorno,

ho usato il vostro servizio di armadietti a Catania solo una volta per un reso. Non mi serve
più: vi chiedo di chiudere l'account e di eliminare il mio numero di cellulare, l'indirizzo
e-mail e tutto ciò che avete su di me. Perché l'app non ha un tasto per farlo da solo?

Distinti saluti,
Salvatore Greco
""", R(["Erasure"], "salvo.greco@sicilia.example", "Salvatore", "Greco"),
    ct=LATIN1, encode="latin-1")

add("it-13", "Marco Pellegrini <marco.pellegrini@posta.example>", "Reclamo consegna + mio numero",
    """Buongiorno, scrivo qui perché al servizio clienti non risponde nessuno.

Il 4 novembre aspettavo un pacco nel locker di via Tiburtina. Il locker era pieno, quindi il
corriere ha deciso di lasciarlo "al vicino", e nella foto di consegna si vede chiaramente la
porta di un altro palazzo. Il pacco non l'ho mai visto. Ho fatto tre reclami, mi rispondono con
messaggi automatici.

Non solo: da quel giorno mi chiama un numero di un corriere che non conosco, una ditta che si
chiama RapidoExpress, che dice di avere "i miei dati dal vostro sistema". Quindi vi chiedo: a chi
avete comunicato il mio numero di telefono e il mio indirizzo? Quali aziende li ricevono?

E il pacco, lo voglio rimborsato.

Marco Pellegrini
""", R(["Information"], "marco.pellegrini@posta.example", "Marco", "Pellegrini"),
    ct=CP1252, encode="cp1252")

add("it-14", "Federica Galli <federica.galli@posta.example>", "consenso marketing",
    """Ciao,
non voglio cancellare l'account della scuola (sto ancora facendo il corso!), vorrei solo
revocare il consenso alle comunicazioni promozionali che avevo dato all'iscrizione. Potete
toglierlo?
Grazie, Federica""", R(["Opposition"], "federica.galli@posta.example", "Federica", "Galli"))

add("it-15", "Anna Marchetti <anna.marchetti@posta.example>", "Decesso di mia madre – account sostenitrice",
    """Gentile servizio privacy,

mia madre, Rosa Colombo, è mancata a settembre. Aveva un account sulla vostra piattaforma con
cui sosteneva progetti di associazioni del suo quartiere. Come figlia ed erede vi chiedo di
chiudere il suo profilo e cancellare i suoi dati, compresa la carta salvata. Posso inviarvi il
certificato di morte.

Cordialmente,
Anna Marchetti
""", R(["Erasure"], "anna.marchetti@posta.example", "Rosa", "Colombo", representative="Anna Marchetti"),
    ct=LATIN1, encode="latin-1-qp")

add("it-16", "Avv. Lorenzo Barbieri <l.barbieri@studiolegalebarbieri.example>",
    "Diffida – Sig. Enrico Caruso – trattamento dati per finalità di marketing",
    """Spett.le Società,

scrivo in nome e per conto del Sig. Enrico Caruso, residente in Bari, come da procura allegata.

Il mio assistito riceve da mesi telefonate e messaggi promozionali relativi ai Vostri corsi di
lingua, pur non avendo mai prestato alcun consenso. Con la presente Vi diffido dal proseguire
qualsiasi trattamento dei suoi dati personali per finalità di marketing e Vi chiedo, ai sensi
degli artt. 17 e 21 del GDPR, la cancellazione di tutti i dati che lo riguardano, con conferma
scritta entro 30 giorni.

In difetto, il mio assistito proporrà reclamo al Garante per la protezione dei dati personali.

Avv. Lorenzo Barbieri
Studio Legale Barbieri – Via Sparano 110, 70121 Bari
Tel. 080 555 3311

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al
destinatario.
""", R(["Opposition", "Erasure"], "l.barbieri@studiolegalebarbieri.example", "Enrico", "Caruso",
       representative="Lorenzo Barbieri"))

add("it-17", "Famiglia Russo <famiglia.russo@casa.example>", "aggiornare contatti",
    """Buongiorno, sono Chiara (questa è la mail di famiglia, rispondete per favore al mio
indirizzo personale). Ho cambiato numero di cellulare: il nuovo è 333 555 7781. Il vecchio
numero ora è di un'altra persona e ci ricevete i codici di ritiro del locker. Aggiornatelo per
favore, e aggiornate anche la mail di contatto con quella personale.

Chiara Russo
""", R(["Rectification"], "chiara.russo@posta.example", "Chiara", "Russo"),
    headers=["Reply-To: chiara.russo@posta.example"])

add("it-18", "Valentina Ferraro <valentina.ferraro@acme-corp.example>", "I: richiesta cancellazione",
    """Ciao privacy team,

vi inoltro la mail di uno studente della sede di Milano Loreto. Ha anche chiesto in segreteria
se può avere risposta in inglese.

Vale
Segreteria didattica – Milano Loreto

---------- Messaggio inoltrato ----------
Da: Karim El Amrani <karim.elamrani@posta.example>
Data: 12 nov 2026, 18:22
Oggetto: richiesta cancellazione
A: segreteria.milano@acme-corp.example

Buonasera, ho terminato il corso di italiano B1 e non proseguirò. Chiedo la cancellazione dei
miei dati personali e del mio account sulla piattaforma. Grazie, Karim El Amrani
""", R(["Erasure"], "karim.elamrani@posta.example", "Karim", "El Amrani"))

add("it-19", "Stefano Villa <stefano.villa@acme-corp.example>", "I: telecamere locker",
    "", R(["Information"], "g.martini@posta.example", "Giorgio", "Martini"),
    note="""Ciao, mi è arrivata questa al customer care locker. Mi sembra roba vostra, ve la giro.

Stefano Villa
Customer Care Locker Italia""",
    attached=("Giorgio Martini <g.martini@posta.example>", "Telecamere sui locker",
              """Buongiorno,
ho notato che sui nuovi locker di Torino c'è una telecamera puntata sull'utente. Cosa
registra esattamente? Per quanto tempo conservate le immagini e chi le può vedere? C'è un
cartello informativo da qualche parte?
Giorgio Martini
"""))

add("it-20", "Ilaria Testa <ilaria.testa@posta.example>", "Dove finiscono i miei dati?",
    """Buongiorno, le lezioni online si fanno su una piattaforma di videoconferenza americana.
I video e le registrazioni vengono salvati negli Stati Uniti? Con quali garanzie? Grazie.
Ilaria Testa""", R(["Information"], "ilaria.testa@posta.example", "Ilaria", "Testa"))

add("it-21", "Tommaso Rinaldi <tommaso.rinaldi@posta.example>", "Test di piazzamento",
    """Salve, ho fatto il test di piazzamento per il corso di francese e mi avete messo in A2
anche se ho studiato cinque anni al liceo. Vorrei vedere le mie risposte, il punteggio di ogni
sezione e le note dell'esaminatrice sulla parte orale, tutto quello che avete registrato su di
me in quella prova.

Tommaso Rinaldi""", R(["Access"], "tommaso.rinaldi@posta.example", "Tommaso", "Rinaldi"))

add("it-22", "Alex Rossetti <alex.rossetti@posta.example>", "Cambio di nome",
    """Buongiorno,

ho completato la rettifica anagrafica e il mio nome legale ora è Alex Rossetti (prima era
Alessandra). Vi chiedo di aggiornare il nome su account, attestati e certificati emessi. Posso
mandarvi la sentenza se serve.

Grazie,
Alex Rossetti
""", R(["Rectification"], "alex.rossetti@posta.example", "Alex", "Rossetti"))

add("it-23", "Dott.ssa Paola Sartori <paola.sartori@studiosartori.example>",
    "Amministrazione di sostegno – Sig. Giuseppe Bruno",
    """Spettabile piattaforma,

sono l'amministratrice di sostegno del Sig. Giuseppe Bruno (decreto del Giudice Tutelare di
Padova n. 4471/2025, in allegato). Il Sig. Bruno, 84 anni, negli ultimi mesi ha effettuato
decine di contributi a campagne sulla vostra piattaforma, spinto dalle vostre e-mail
quotidiane. Vi chiedo di interrompere immediatamente l'invio di qualsiasi comunicazione
promozionale e di chiudere il suo account cancellandone i dati.

Dott.ssa Paola Sartori
""", R(["Opposition", "Erasure"], "paola.sartori@studiosartori.example", "Giuseppe", "Bruno",
       representative="Paola Sartori"))

add("it-24", "Martina Cattaneo <martina.cattaneo@posta.example>", "Profilazione",
    """Ciao, ho notato che dopo aver sostenuto un progetto di birra artigianale mi arrivano solo
pubblicità di alcolici "consigliate per me". Non voglio essere profilata per pubblicità
personalizzata, per favore smettete di usare i miei dati così.
Martina""", R(["Opposition"], "martina.cattaneo@posta.example", "Martina", "Cattaneo"))

add("it-25", "Nicola Fabbri <nicola.fabbri@posta.example>", "codice scaduto",
    """buongiorno il codice di ritiro del locker di piazza Cavour è scaduto ieri, il pacco è
ancora li? come faccio a ritirarlo? spedizione LK-22981-IT""",
    R(["Unknown"], "nicola.fabbri@posta.example", "Nicola", "Fabbri"))

add("it-26", "Amministrazione Tecnoservizi <amministrazione@tecnoservizi.example>", "Fattura corso aziendale",
    """Buongiorno,

per il corso di inglese aziendale di ottobre (6 dipendenti) non abbiamo ancora ricevuto la
fattura elettronica. Il nostro codice SDI è M5UXCR1. Potete inviarla?

Ufficio Amministrazione
Tecnoservizi S.r.l.
""", R(["Unknown"], "amministrazione@tecnoservizi.example"))

add("it-27", "Giorgia Valentini <giorgia.valentini@posta.example>", "NON cancellate i miei dati",
    """Buongiorno,

ho letto che cancellate gli account inattivi dopo 12 mesi. Vi chiedo espressamente di NON
cancellare i miei dati né le registrazioni delle lezioni del 2025: mi servono come prova in una
causa di lavoro. Però non voglio nemmeno che vengano usati per altro: teneteli bloccati
finché non vi dirò io.

Giorgia Valentini
""", R(["Restriction"], "giorgia.valentini@posta.example", "Giorgia", "Valentini"))

add("it-28", "Luca Bernasconi <luca.bernasconi@ticino.example>", "Richiesta informazioni personali",
    """Buongiorno,

abito a Lugano e uso i vostri locker a Como per gli acquisti online. Vorrei sapere quali dati
personali trattate su di me (anagrafica, ritiri, foto, eventuali registrazioni) e riceverne
una copia.

Cordiali saluti
Luca Bernasconi
""", R(["Access"], "luca.bernasconi@ticino.example", "Luca", "Bernasconi"))

add("it-29", "Serena D'Amico <serena.damico@posta.example>", "Foto di consegna con mia figlia",
    """Salve, il vostro corriere ha scattato la foto di consegna mentre mia figlia di 10 anni
apriva la porta, si vede benissimo la faccia. Vi chiedo di eliminare quella foto dai vostri
sistemi. Spedizione LK-30117-IT del 9 novembre.

Serena D'Amico""", R(["Erasure"], "serena.damico@posta.example", "Serena", "D'Amico"))

# ---------------------------------------------------------------- tasks
add("it-30", "Riccardo Gatti <riccardo.gatti@acme-corp.example>", "DPIA tutor AI per conversazione",
    """Ciao,

a marzo vorremmo lanciare un tutor di conversazione basato su intelligenza artificiale che
ascolta e valuta la pronuncia degli studenti (anche minorenni). Il fornitore è una startup
irlandese. Ci serve una valutazione d'impatto: mi dite come procediamo e cosa vi serve?

Riccardo Gatti
Product Manager – Digital Learning
""", TASK("riccardo.gatti@acme-corp.example", "Riccardo", "Gatti"))

add("it-31", "Monica Farina <monica.farina@acme-corp.example>", "Nomina responsabile nuovo corriere",
    """Buongiorno,

da gennaio affidiamo le consegne ai locker della Puglia a un nuovo subappaltatore (Trasporti
Salentini S.r.l.). Dobbiamo preparare la nomina a responsabile del trattamento ex art. 28.
Potete mandarmi il modello aggiornato o prepararla voi?

Monica Farina
Ufficio Acquisti
""", TASK("monica.farina@acme-corp.example", "Monica", "Farina"))

add("it-32", "Daniele Orlando <daniele.orlando@acme-corp.example>", "registro trattamenti – nuovo fornitore KYC",
    """Ciao,
abbiamo sostituito il fornitore delle verifiche di identità per i creatori delle campagne
(ora usiamo IdentiCheck, server in Germania). Va aggiornato il registro dei trattamenti e
l'informativa. Vi giro la documentazione del fornitore?
Daniele""", TASK("daniele.orlando@acme-corp.example", "Daniele", "Orlando"))

add("it-33", "Cristina Sala <cristina.sala@acme-corp.example>", "Revisione informativa campus estivi",
    """Buongiorno,

abbiamo preparato la nuova informativa per i genitori dei ragazzi che partono per i campus
estivi con soggiorno in famiglia (Irlanda, Malta, Canada). Prima di pubblicarla potreste
rivederla? È nella cartella condivisa Marketing > Estate 2027.

Grazie,
Cristina Sala
Marketing Junior Programs
""", TASK("cristina.sala@acme-corp.example", "Cristina", "Sala"))

add("it-34", "Paolo Vitale <paolo.vitale@acme-corp.example>", "I: Questionario due diligence banca",
    """Ciao,

la banca che gestisce i pagamenti ai creatori ci ha mandato il questionario annuale di due
diligence, con una sezione intera su privacy e sicurezza. Scadenza 5 dicembre. Potete
compilare la parte vostra?

Paolo Vitale
Tesoreria

> Da: compliance@bancadelnord.example
> Oggetto: Questionario annuale di due diligence fornitori
""", TASK("paolo.vitale@acme-corp.example", "Paolo", "Vitale"))

# ---------------------------------------------------------------- incidents
add("it-35", "Giovanni Leone <giovanni.leone@acme-corp.example>", "Tablet perso al deposito di Bologna",
    """Ciao,

uno dei tablet dei corrieri del deposito di Bologna Roveri non si trova più da ieri sera.
L'app dei corrieri era aperta con l'utente di Mattia (turno serale): dall'app si vedono nomi,
indirizzi, telefoni e codici di apertura dei locker del giro di oggi. Abbiamo già bloccato
l'utente. Cosa dobbiamo fare ancora?

Giovanni Leone
Responsabile Deposito Bologna
""", INC("giovanni.leone@acme-corp.example", "Giovanni", "Leone"))

add("it-36", "Fabio Monti <fabio.monti@posta.example>", "Avete mandato gli indirizzi di tutti",
    """Buonasera,

ho appena ricevuto la vostra mail "Aggiornamento sulla campagna Orto Sociale", ma era
indirizzata a circa 300 sostenitori in chiaro, tutti in copia: vedo nomi e indirizzi e-mail di
tutti. Non mi sembra il massimo per la privacy. Vi segnalo la cosa.

Fabio Monti
""", INC("fabio.monti@posta.example", "Fabio", "Monti"))

add("it-37", "Sara Palumbo <sara.palumbo@acme-corp.example>", "scheda sanitaria inviata alla famiglia sbagliata",
    """Ciao,

purtroppo stamattina ho mandato alla famiglia ospitante di Cork la scheda sanitaria di uno
studente che invece è ospitato a Limerick (contiene diagnosi di diabete e terapia). La famiglia
mi ha risposto segnalandolo. Ho chiesto di cancellarla. Come procediamo?

Sara Palumbo
Ufficio Soggiorni Studio
""", INC("sara.palumbo@acme-corp.example", "Sara", "Palumbo"))

add("it-38", "<passante.curioso@posta.example>", "foglio con codici vicino al locker",
    """Salve, vicino al vostro locker della stazione di Verona Porta Nuova c'è un foglio per terra
con una lista di nomi, numeri di telefono e codici di ritiro, sembra stampato da un vostro
corriere. L'ho lasciato al bar della stazione. Forse è il caso che qualcuno vada a prenderlo.""",
    INC("passante.curioso@posta.example"))

add("it-39", "Enzo Ferrara <enzo.ferrara@acme-corp.example>", "possibile ransomware pc sede Napoli",
    """URGENTE

il pc della reception della sede di Napoli Vomero stamattina mostra un messaggio di riscatto e
i file sono rinominati con estensione .lockd. Su quel pc ci sono le iscrizioni degli studenti
e le copie dei documenti. L'ho staccato dalla rete. IT è avvisato.

Enzo Ferrara
Direttore di sede – Napoli Vomero
""", INC("enzo.ferrara@acme-corp.example", "Enzo", "Ferrara"))

# ---------------------------------------------------------------- follow-ups
add("it-40", "Beatrice Neri <beatrice.neri@posta.example>", "R: [DSR-33812] Conferma ricezione richiesta",
    """Buongiorno, vi allego il documento d'identità come richiesto. Fatemi sapere se serve altro.
Beatrice Neri

Il giorno 10/11/2026 privacy@acme-corp.example ha scritto:
> Abbiamo ricevuto la sua richiesta (rif. DSR-33812). Per procedere le chiediamo di
> confermare la sua identità.
""", FU("33812", "beatrice.neri@posta.example", "Beatrice", "Neri"))

add("it-41", "Ciro Russo <cirorusso_75@posta.example>", "Re: dati",
    """ancora niente?? vi ho scritto la settimana scorsa. continuano ad arrivare sms
ciro""", FU(ref("it-09"), "cirorusso_75@posta.example", "Ciro", "Russo"), headers=irt("it-09"))

add("it-42", "Emanuele Guerra <emanuele.guerra@posta.example>", "Re: [DSR-29004] La sua richiesta di accesso",
    """Sono passati 45 giorni e non ho ricevuto nessun dato. Se non ricevo risposta entro una
settimana presenterò reclamo al Garante.

Emanuele Guerra
""", FU("29004", "emanuele.guerra@posta.example", "Emanuele", "Guerra"))

# ---------------------------------------------------------------- ignored
add("it-43", "Privacy Shield Italia <info@cancella-i-tuoi-dati.example>",
    "Cancella i tuoi dati da Google in 24 ore",
    """I tuoi dati personali sono ovunque su internet?
Con il nostro servizio li cancelliamo da motori di ricerca, social e banche dati.
Garanzia GDPR, soddisfatti o rimborsati. Solo 49 EUR.
CLICCA QUI per iniziare subito!
""", IGN("spam", "info@cancella-i-tuoi-dati.example"), headers=SPAM_HDR)

add("it-44", "Servizio Clienti Locker <noreply@locker-avvisi.example>", "Il tuo account è stato sospeso",
    """Gentile cliente,
il tuo account locker è stato sospeso per un pagamento non riuscito di 1,99 EUR. Per evitare
la cancellazione definitiva dei tuoi dati e dei pacchi in giacenza aggiorna la carta qui:
http://locker-avvisi.example/aggiorna
""", IGN("spam", "noreply@locker-avvisi.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="locker-avvisi.example")])

add("it-45", "Data Leads Italia <vendite@dataleads.example>", "Database 2 milioni di contatti GDPR compliant",
    """Buongiorno,
offriamo database di contatti profilati (2.000.000 di anagrafiche con e-mail e cellulare),
100% GDPR compliant con consenso tracciato, ideali per promuovere corsi di lingua.
Listino in allegato. Rispondete RIMUOVI per non essere più contattati.
""", IGN("spam", "vendite@dataleads.example"))

add("it-46", "Andrea Costa <andrea.costa@agenzia.example>", "Risposta automatica: fuori sede",
    """Sono fuori sede fino al 25 novembre senza accesso alla posta. Per urgenze contattare
segreteria@agenzia.example. Grazie.
""", IGN("auto_reply", "andrea.costa@agenzia.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-47", "Newsletter Privacy & Diritto <news@privacyediritto.example>",
    "Privacy & Diritto – newsletter di novembre",
    """In questo numero:
- Il Garante sanziona un'app di consegne per geolocalizzazione dei rider
- Registrazione delle lezioni online: cosa dicono le FAQ
- Evento: DPO Day Milano, 4 dicembre

Per disiscriverti clicca qui: https://privacyediritto.example/unsub
""", IGN("bulk", "news@privacyediritto.example"),
    headers=["List-Id: <newsletter.privacyediritto.example>",
             "List-Unsubscribe: <https://privacyediritto.example/unsub>",
             "Precedence: bulk"])

add("it-48", "Helpdesk Fornitore <helpdesk@fornitoreit.example>", "[Ticket #44321] Richiesta ricevuta",
    """Gentile cliente,
la tua richiesta è stata registrata con il numero #44321. Un operatore ti risponderà entro
2 giorni lavorativi. Non rispondere a questo messaggio.
""", IGN("auto_reply", "helpdesk@fornitoreit.example"),
    headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])
