from common import *  # part it: written blind

add("it-01-quali-dati",
    "Chiara Lo Presti <chiara.lopresti@posta-it.example>",
    "richiesta",
    "Buongiorno, vorrei sapere cosa avete registrato su di me nei vostri archivi. Grazie, Chiara Lo Presti\n",
    R(["Access"], "chiara.lopresti@posta-it.example", "Chiara", "Lo Presti"))

add("it-02-lavastoviglie-odissea",
    "Giuseppe Di Stefano <giuseppe.distefano@libero-mail.example>",
    "Reclamo ordine 5519027 - lavastoviglie da incasso",
    """Spett.le Acme,

vi scrivo dopo due mesi di attese e telefonate inutili. A settembre ho acquistato nel vostro punto
vendita di Catania una lavastoviglie da incasso con installazione e garanzia estesa di cinque anni.
L'installatore è arrivato con tre ore di ritardo, ha montato il pannello frontale storto e se n'è andato
dicendo che sarebbe tornato "la settimana dopo". Non è mai tornato.

Dopo venti giorni la lavastoviglie ha smesso di scaricare. Il centro assistenza convenzionato dice che
la garanzia estesa non risulta attiva. Il vostro call center dice il contrario. Nel frattempo lavo i
piatti a mano.

Pretendo la sostituzione dell'apparecchio o il rimborso, compresa la garanzia estesa. E dopo, vi chiedo
di cancellare il mio account e tutti i dati che avete su di me: con voi ho chiuso.

Distinti saluti,
Giuseppe Di Stefano
""",
    R(["Erasure"], "giuseppe.distefano@libero-mail.example", "Giuseppe", "Di Stefano"))

add("it-03-accesso-formale",
    "Francesca De Luca <francesca.deluca@pec-mail.example>",
    "Istanza di accesso ai dati personali ex art. 15 GDPR",
    """Spettabile Titolare del trattamento,

la sottoscritta Francesca De Luca, nata a Napoli il 22/05/1980, C.F. DLCFNC80E62F839X, con la presente
esercita il diritto di accesso di cui all'art. 15 del Regolamento (UE) 2016/679 e chiede di ottenere la
conferma dell'esistenza di dati personali che la riguardano e la comunicazione in forma intelligibile
dei medesimi, comprese le registrazioni delle telefonate al servizio clienti.

Resto in attesa di riscontro entro i termini di legge.

Distinti saluti
Francesca De Luca
""",
    R(["Access"], "francesca.deluca@pec-mail.example", "Francesca", "De Luca"))

add("it-04-codice-fiscale-sbagliato",
    "Nicolò D'Amico <nicolo.damico@mail-palermo.example>",
    "Codice fiscale errato in fattura",
    """Salve,

nelle ultime due fatture (ordine 6601289 e 6604410) il mio codice fiscale è sbagliato: manca una
lettera. Quello giusto è DMCNCL91A01G273K. Inoltre il cognome viene scritto "Damico" senza apostrofo.
Vi chiedo di correggere la mia anagrafica, mi serve per la detrazione.

Grazie
Nicolò D'Amico
""",
    R(["Rectification"], "nicolo.damico@mail-palermo.example", "Nicolò", "D'Amico"))

add("it-05-telemarketing",
    "Salvatore Russo <salvatore.russo@mail-napoli.example>",
    "Basta telefonate",
    """Buonasera,

sono iscritto al Registro delle opposizioni eppure continuo a ricevere chiamate dal vostro call center
per proporre la garanzia estesa e la carta Acme. Mi oppongo a qualsiasi uso dei miei dati per finalità
di marketing, telefonico e non.

Salvatore Russo
""",
    R(["Opposition"], "salvatore.russo@mail-napoli.example", "Salvatore", "Russo"))

add("it-06-portabilita-acquisti",
    "Elena Bianchi <elena.bianchi@mail-milano.example>",
    "Esportazione dei miei dati",
    """Ciao,

mi servirebbe ricevere lo storico dei miei acquisti, le garanzie e le fatture in un formato strutturato
(CSV, XML o simili) da poter caricare nel gestionale del mio commercialista. È possibile?

Grazie mille,
Elena Bianchi
""",
    R(["Portability"], "elena.bianchi@mail-milano.example", "Elena", "Bianchi"))

add("it-07-ricetta-quanto-tempo",
    "Giulia Ferrari <giulia.ferrari@posta-it.example>",
    "Domanda sulla conservazione della mia prescrizione",
    html("Gentili signori,",
         "ho fatto il controllo della vista nel vostro centro ottico di Bologna. Per quanto tempo conservate la "
         "mia prescrizione e i dati del controllo? Chi può vederli, anche al di fuori dell'ottica (ad esempio il "
         "marketing)? Già che ci siamo, mi mandate anche una copia della prescrizione?",
         "Cordiali saluti,<br>Giulia Ferrari"),
    R(["Information", "Access"], "giulia.ferrari@posta-it.example", "Giulia", "Ferrari"), ct=HTML)

add("it-08-carta-rifiutata",
    "Matteo Esposito <matteo.esposito@mail-it.example>",
    "Richiesta carta Acme respinta - intervento umano",
    """Buongiorno,

la mia richiesta di carta Acme è stata respinta dal sistema nel giro di pochi secondi, senza che nessuno
abbia guardato la mia situazione. Ai sensi dell'art. 22 GDPR chiedo che la decisione venga riesaminata
da un operatore e di poter esprimere la mia opinione.

Matteo Esposito
""",
    R(["AutomatedDecision"], "matteo.esposito@mail-it.example", "Matteo", "Esposito"))

add("it-09-limitazione-addebito",
    "Roberta Gallo <roberta.gallo@mail-torino.example>",
    "Addebito contestato - sospendete il trattamento",
    """Buongiorno,

ho contestato presso la mia banca un addebito di 189 euro per un "servizio di installazione" mai
eseguito. In attesa che la questione venga chiarita, chiedo che i miei dati relativi a questo ordine
non vengano utilizzati in alcun modo e che non vengano trasmessi a società di recupero crediti.
Non chiedo la cancellazione, solo che restino bloccati.

Roberta Gallo
""",
    R(["Restriction"], "roberta.gallo@mail-torino.example", "Roberta", "Gallo"))

add("it-10-maiuscolo",
    "<pinuccio.64@mail-it.example>",
    "NEWSLETTER",
    "NON VOGLIO PIU RICEVERE LE VOSTRE EMAIL PUBBLICITARIE!!! TOGLIETEMI DALLA LISTA\n",
    R(["Opposition"], "pinuccio.64@mail-it.example"))

add("it-11-senza-punteggiatura",
    "Luca Romano <luca.romano99@mail-it.example>",
    "dati",
    "ciao volevo sapere se potete mandarmi tutti i dati che avete su di me e poi cancellarmi del tutto grazie luca\n",
    R(["Access", "Erasure"], "luca.romano99@mail-it.example", "Luca", "Romano"))

add("it-12-mamma-figlio-sms",
    "Paola Marino <paola.marino@famiglia-mail.example>",
    "Mio figlio minorenne riceve i vostri SMS",
    """Buongiorno,

mio figlio Tommaso Ricci ha 13 anni e ha lasciato il suo numero di cellulare in un vostro negozio per un
concorso. Da allora riceve SMS promozionali tutte le settimane. Sono la madre e chiedo che smettiate
di mandargli pubblicità e che cancelliate i suoi dati.

Paola Marino
""",
    R(["Opposition", "Erasure"], "paola.marino@famiglia-mail.example", "Tommaso", "Ricci",
      representative="Paola Marino"))

add("it-13-amministratore-sostegno",
    "Alessandra Greco <alessandra.greco@mail-bari.example>",
    "Sig. Vincenzo Greco - richiesta documentazione",
    """Gentili signori,

sono l'amministratrice di sostegno di mio padre, Vincenzo Greco (decreto del Tribunale di Bari che
allego). Mio padre porta apparecchi acustici acquistati presso il vostro centro di Bari.

Vi chiedo di inviarmi copia di tutti i dati che lo riguardano, in particolare dei contratti firmati,
delle prove audiometriche e dei pagamenti effettuati.

Alessandra Greco
""",
    R(["Access"], "alessandra.greco@mail-bari.example", "Vincenzo", "Greco", representative="Alessandra Greco"))

add("it-14-non-cancellare-usa",
    "Marco Lombardi <marco.lombardi@mail-it.example>",
    "Trasferimento dati fuori UE?",
    """Salve,

premetto che non voglio cancellare il mio account né avere copia dei miei dati. Vorrei solo sapere se i
dati dei clienti della vostra app vengono trasferiti negli Stati Uniti o in altri paesi fuori dall'UE, e
con quali garanzie.

Marco Lombardi
""",
    R(["Information"], "marco.lombardi@mail-it.example", "Marco", "Lombardi"))

add("it-15-reso",
    "Davide Conti <davide.conti@mail-it.example>",
    "rimborso reso",
    "Buongiorno ho restituito il forno a microonde il 2 novembre ma non ho ancora ricevuto il rimborso. Potete verificare? ordine 7740091. Davide Conti\n",
    R(["Unknown"], "davide.conti@mail-it.example", "Davide", "Conti"))

add("it-16-ottica-latin1-qp",
    "Sabrina Colombo <sabrina.colombo@mail-como.example>",
    "Cancellazione scheda cliente ottica",
    """Buongiorno,

non sono più cliente dell'ottica Acme di Como da quando mi sono trasferita. Vi chiedo per favore di
eliminare la mia scheda cliente, le misurazioni della vista e i recapiti. Non è necessario che mi
inviate nulla, solo una conferma quando sarà fatto.

Grazie e buona giornata,
Sabrina Colombo
""",
    R(["Erasure"], "sabrina.colombo@mail-como.example", "Sabrina", "Colombo"),
    encode="latin-1-qp", ct=LATIN1)

add("it-17-famiglia-rinaldi",
    "Famiglia Rinaldi <famiglia.rinaldi@casa-mail.example>",
    "Richiesta dati Marco Rinaldi",
    """Buonasera,

sono Marco Rinaldi. Questa è la casella di famiglia, vi prego di rispondere al mio indirizzo personale.
Vorrei ricevere un estratto di tutte le informazioni personali che conservate su di me (account online
e carta fedeltà).

Grazie,
Marco Rinaldi
""",
    R(["Access"], "m.rinaldi.personale@mail-it.example", "Marco", "Rinaldi"),
    headers=["Reply-To: m.rinaldi.personale@mail-it.example"])

add("it-18-inoltro-servizio-clienti",
    "Valentina Costa <valentina.costa@acme-corp.example>",
    "I: cancellazione dati e newsletter",
    """Ciao team privacy,

vi inoltro la richiesta di una cliente arrivata al servizio clienti. Potete occuparvene voi?

Grazie,
Valentina Costa
Servizio Clienti Acme Italia

---------- Messaggio inoltrato ---------
Da: Federica Moretti <federica.moretti@mail-verona.example>
Data: 13 nov 2026, 09:47
Oggetto: cancellazione dati e newsletter
A: servizioclienti@acme-corp.example

Buongiorno, vi chiedo di togliermi dalla newsletter e di eliminare dai vostri archivi tutti i miei
dati personali. Grazie. Federica Moretti
""",
    R(["Opposition", "Erasure"], "federica.moretti@mail-verona.example", "Federica", "Moretti"))

add("it-19-allegato-audiogramma", "Simone Ferri <simone.ferri@acme-corp.example>",
    "I: errore nella mia scheda", "",
    R(["Rectification"], "antonio.barbieri@mail-firenze.example", "Antonio", "Barbieri"),
    note="Buongiorno, inoltro in allegato la mail di un cliente del centro acustico di Firenze. Simone Ferri, audioprotesista",
    attached=("Antonio Barbieri <antonio.barbieri@mail-firenze.example>", "errore nella mia scheda",
              "Buongiorno,\n\nnella relazione che mi avete consegnato l'ipoacusia è attribuita all'orecchio destro, ma il "
              "problema è al sinistro. Vi prego di correggere la mia scheda, perché la relazione serve per la "
              "pratica di invalidità.\n\nAntonio Barbieri\n"))

add("it-20-profilazione-firma",
    "Ing. Stefano Fontana <stefano.fontana@fontana-impianti.example>",
    "Opposizione alla profilazione",
    """Buongiorno,

mi oppongo alla profilazione dei miei acquisti a fini commerciali. Vi chiedo inoltre di indicarmi quali
dati utilizzate per costruire il mio profilo e da quali fonti li ottenete.

Cordiali saluti

Ing. Stefano Fontana
Direttore Tecnico
Fontana Impianti S.r.l. - Tel. 02 0000 0000
Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per errore,
vi preghiamo di cancellarlo e di avvisare il mittente.
""",
    R(["Opposition", "Information"], "stefano.fontana@fontana-impianti.example", "Stefano", "Fontana"))

add("it-21-compito-nomina-responsabile",
    "Federico Marchetti <federico.marchetti@acme-corp.example>",
    "Nomina responsabile esterno - corriere consegne Sud",
    """Ciao,

da gennaio le consegne a domicilio in Campania e Puglia passano a TrasportiSud S.p.A. Serve la nomina
a responsabile del trattamento ex art. 28 e una verifica delle loro misure di sicurezza. Vi mando
il loro questionario compilato. Tempistiche: entro metà dicembre.

Federico Marchetti
Logistica Italia
""",
    TASK("federico.marchetti@acme-corp.example", "Federico", "Marchetti"))

add("it-22-compito-dpia-prova-virtuale",
    "Martina Galli <martina.galli@acme-corp.example>",
    "Valutazione d'impatto per la prova occhiali virtuale",
    """Buongiorno,

stiamo per lanciare sul sito la "prova virtuale" delle montature, che usa la fotocamera del cliente e
una scansione del viso. Ci serve il vostro supporto per la valutazione d'impatto e per il testo
dell'informativa. Possiamo fissare una call la prossima settimana?

Martina Galli
Digital Marketing Ottica
""",
    TASK("martina.galli@acme-corp.example", "Martina", "Galli"))

add("it-23-compito-parere-conservazione",
    "Giorgio Sartori <giorgio.sartori@acme-corp.example>",
    "Parere su tempi di conservazione ricette",
    """Salve,

nei centri ottici conserviamo le copie delle prescrizioni e le schede cartacee senza una regola
precisa; alcuni negozi hanno archivi dal 2005. Ci date un parere sui tempi di conservazione da
applicare e su come distruggere il cartaceo?

Giorgio Sartori
Area Manager Ottica Nord-Est
""",
    TASK("giorgio.sartori@acme-corp.example", "Giorgio", "Sartori"))

add("it-24-incidente-cassonetto",
    "Laura Fabbri <laura.fabbri@acme-corp.example>",
    "Documenti clienti trovati nel cassonetto",
    """Buongiorno,

stamattina un cliente ci ha segnalato che nel cassonetto della carta dietro il negozio di Rimini
c'erano dei moduli di richiesta della carta Acme (con copie di documenti d'identità e buste paga).
Li abbiamo recuperati, sembrano una trentina. Probabilmente sono stati buttati durante il riordino del
magazzino.

Laura Fabbri
Responsabile negozio Rimini
""",
    INC("laura.fabbri@acme-corp.example", "Laura", "Fabbri"))

add("it-25-incidente-allegato-clienti",
    "Alberto Pellegrini <alberto.pellegrini@mail-it.example>",
    "Ho ricevuto un elenco di vostri clienti",
    """Salve,

ho ricevuto oggi una vostra mail sulla consegna della mia cucina, ma in allegato c'era un file Excel con
nomi, indirizzi, telefoni e date di consegna di decine di altri clienti. Non credo dovessi vederlo.
Vi avviso perché possiate intervenire.

Alberto Pellegrini
""",
    INC("alberto.pellegrini@mail-it.example", "Alberto", "Pellegrini"))

add("it-26-incidente-casella-compromessa",
    "Riccardo Villa <riccardo.villa@acme-corp.example>",
    "La mia casella ha inviato email strane ai clienti",
    "Ciao, diversi clienti mi chiamano dicendo di aver ricevuto da me una mail con una fattura da scaricare che io non ho mai mandato. Credo che la mia casella sia stata violata. Nella casella ci sono preventivi con dati dei clienti. Riccardo Villa, consulente vendite Milano\n",
    INC("riccardo.villa@acme-corp.example", "Riccardo", "Villa"))

add("it-27-sollecito-dsr",
    "Angela Caruso <angela.caruso@mail-it.example>",
    "R: [DSR-90533] Conferma di ricezione della sua richiesta",
    """Buongiorno,

sono passati 40 giorni dalla vostra conferma e non ho ricevuto alcuna risposta. Vi sollecito.

Angela Caruso

> La sua richiesta è stata registrata con il numero DSR-90533.
""",
    FU("90533", "angela.caruso@mail-it.example", "Angela", "Caruso"))

add("it-28-integrazione-decreto",
    "Alessandra Greco <alessandra.greco@mail-bari.example>",
    "R: Sig. Vincenzo Greco - richiesta documentazione",
    """Buongiorno, avevo dimenticato l'allegato: vi invio ora il decreto di nomina e il mio documento
d'identità.

Alessandra Greco
""",
    FU(ref("it-13-amministratore-sostegno"), "alessandra.greco@mail-bari.example", "Alessandra", "Greco"),
    headers=irt("it-13-amministratore-sostegno"))

add("it-29-spam-seo",
    "Marketing Digitale Pro <offerte@marketing-digitale-pro.example>",
    "Il vostro sito perde clienti: analisi gratuita + adeguamento GDPR",
    """Gentile azienda,

abbiamo analizzato il vostro sito: scarso posizionamento e informativa privacy non aggiornata.
Offriamo pacchetto SEO + adeguamento GDPR a soli 299 euro. Se non desiderate ricevere altre
comunicazioni, rispondete CANCELLA e i vostri dati saranno rimossi.
""",
    IGN("spam", "offerte@marketing-digitale-pro.example"), headers=SPAM_HDR)

add("it-30-spam-pec-scaduta",
    "Assistenza PEC <supporto@pec-rinnovo-online.example>",
    "La sua casella PEC scadrà oggi",
    """Gentile cliente,

la sua casella di posta certificata scadrà oggi. Per evitare la perdita dei dati personali e dei
messaggi, rinnovi subito inserendo le sue credenziali: https://pec-rinnovo-online.example/rinnovo
""",
    IGN("spam", "supporto@pec-rinnovo-online.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="pec-rinnovo-online.example")])

add("it-31-ferie",
    "Silvia Benedetti <silvia.benedetti@studio-benedetti.example>",
    "Risposta automatica: in ferie",
    "Sono in ferie fino al 25 novembre. Per urgenze scrivere a segreteria@studio-benedetti.example. Grazie.\n",
    IGN("auto_reply", "silvia.benedetti@studio-benedetti.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-32-newsletter",
    "Privacy & Diritto <newsletter@privacy-diritto.example>",
    "Newsletter n. 45: provvedimenti del Garante e telemarketing",
    html("<b>Privacy &amp; Diritto</b> - Newsletter n. 45",
         "In questo numero: nuove sanzioni per telemarketing aggressivo, videosorveglianza nei negozi e "
         "conservazione dei dati dei clienti.",
         "Per non ricevere più questa newsletter <a href='https://privacy-diritto.example/disiscrivi'>clicca qui</a>."),
    IGN("bulk", "newsletter@privacy-diritto.example"), ct=HTML,
    headers=["List-Id: <newsletter.privacy-diritto.example>",
             "List-Unsubscribe: <https://privacy-diritto.example/disiscrivi>",
             "Precedence: bulk"])
