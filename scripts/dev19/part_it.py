from common import *  # part it: written blind

add("it-01-accesso-formale", "Avv. Giulia Ferrante <giulia.ferrante@posta-privata.example>",
    "Istanza di accesso ai dati personali ex art. 15 GDPR",
    """Spett.le Società,

la sottoscritta Giulia Ferrante, cliente della Vostra applicazione di consegne con l'indirizzo
e-mail da cui scrivo, esercita con la presente il diritto di accesso di cui all'art. 15 del
Regolamento (UE) 2016/679 e chiede di ricevere copia dei dati personali che la riguardano,
compresi lo storico degli ordini, gli indirizzi, i dati di pagamento e le comunicazioni con il
servizio clienti.

Resto in attesa di riscontro entro il termine di un mese, riservandomi in difetto di proporre
reclamo al Garante per la protezione dei dati personali.

Distinti saluti,
Giulia Ferrante
Milano""",
    R(["Access"], "giulia.ferrante@posta-privata.example", "Giulia", "Ferrante"))

add("it-02-rider-disattivato", "Salvatore Esposito <salvo.esposito@postaveloce.example>",
    "Account disattivato dall'algoritmo",
    """Buongiorno,

sono un rider di Napoli e da venerdì il mio account risulta disattivato per "ritardi ripetuti".
Nessuno mi ha chiamato, è stato tutto automatico. I ritardi erano per la chiusura di via Toledo,
c'era pure sul giornale.

Contesto questa decisione e chiedo che venga riesaminata da una persona, non dal sistema. Voglio
anche una copia dei dati su cui si è basata: orari, posizioni, tempi di consegna, segnalazioni.

Salvatore Esposito""",
    R(["AutomatedDecision", "Access"], "salvo.esposito@postaveloce.example", "Salvatore", "Esposito"))

add("it-03-breve", "<fede.rossi02@postaveloce.example>", "account",
    "cancellate il mio account grz",
    R(["Erasure"], "fede.rossi02@postaveloce.example"))

add("it-04-revoca-consenso", "Chiara Bianchi <chiara.bianchi@posta-privata.example>",
    "Revoca consenso marketing",
    """Salve,

revoco il consenso all'invio di comunicazioni promozionali e newsletter. Non voglio più
ricevere offerte né via e-mail né via SMS. Continuerò a usare l'app.

Cordiali saluti,
Chiara Bianchi""",
    R(["Opposition"], "chiara.bianchi@posta-privata.example", "Chiara", "Bianchi"))

add("it-05-codice-fiscale", "Matteo Colombo <matteo.colombo@postaveloce.example>",
    "Codice fiscale sbagliato",
    """Buongiorno,

nelle ricevute dei compensi il mio codice fiscale è riportato con un errore (una O al posto di
uno 0). Il commercialista non riesce a fare la dichiarazione. Potete correggerlo nei vostri
archivi e rimandarmi le ricevute?

Grazie,
Matteo Colombo""",
    R(["Rectification"], "matteo.colombo@postaveloce.example", "Matteo", "Colombo"))

add("it-06-html-portabilita", "Francesca Romano <francesca.romano@posta-privata.example>",
    "Esportazione dei miei dati",
    html("Ciao,",
         "passo a un'altra piattaforma di consegne. Mi servirebbe lo storico delle consegne, le "
         "valutazioni e i guadagni in un file leggibile da computer (CSV va benissimo), da "
         "trasferire al nuovo operatore.",
         "Grazie mille,<br>Francesca Romano"),
    R(["Portability"], "francesca.romano@posta-privata.example", "Francesca", "Romano"), ct=HTML)

add("it-07-origine-dati", "Lorenzo Greco <lorenzo.greco@postaveloce.example>",
    "Da dove avete preso la mia email?",
    """Buonasera,

ricevo da voi e-mail per diventare driver ma non mi sono mai iscritto. Vorrei sapere da quale
fonte avete ottenuto il mio indirizzo e se lo avete comunicato ad altre società. E comunque
non scrivetemi più per queste proposte.

Lorenzo Greco""",
    R(["Information", "Opposition"], "lorenzo.greco@postaveloce.example", "Lorenzo", "Greco"))

add("it-08-limitazione", "Alessandra Conti <alessandra.conti@posta-privata.example>",
    "Trattenute contestate",
    """Gentili,

nel mio estratto di ottobre ci sono tre trattenute per "consegne non completate" che invece ho
completato (ho le foto di consegna). Ho aperto una contestazione.

Finché non viene chiarita, chiedo di limitare il trattamento di quei dati: non devono pesare sul
mio punteggio né sull'assegnazione dei turni.

Alessandra Conti""",
    R(["Restriction"], "alessandra.conti@posta-privata.example", "Alessandra", "Conti"))

add("it-09-rider-scortese", "Patrizia Marino <patrizia.marino@postaveloce.example>",
    "lamentela",
    """Il rider di stasera è stato maleducato e ha lasciato la pizza per terra davanti al cancello.
Voglio essere rimborsata. Ordine n. 4471-228. Patrizia Marino""",
    R(["Unknown"], "patrizia.marino@postaveloce.example", "Patrizia", "Marino"))

add("it-10-erede-padre", "Davide Ricci <davide.ricci@posta-privata.example>",
    "Dati di mio padre defunto",
    """Buongiorno,

mio padre, Giuseppe Ricci, è mancato il 2 ottobre. Lavorava come corriere sulla vostra
piattaforma. In qualità di figlio ed erede, ai sensi dell'art. 2-terdecies del Codice privacy,
chiedo di conoscere e ricevere i dati che lo riguardano, in particolare i compensi maturati e
non ancora pagati e i registri delle ultime settimane di attività.

Allego certificato di morte e dichiarazione di successione.

Davide Ricci""",
    R(["Access"], "davide.ricci@posta-privata.example", "Giuseppe", "Ricci",
      representative="Davide Ricci"))

add("it-11-avvocato-cancellazione", "Avv. Marco De Luca <studio@deluca-legale.example>",
    "Sig. Kwame Asante - richiesta di cancellazione",
    """Spett.le Titolare del trattamento,

scrivo in nome e per conto del Sig. Kwame Asante, giusta procura allegata.

In sede di verifica dei precedenti, il Vostro fornitore ha acquisito e trasmesso a Voi notizia
di un procedimento penale a carico del mio assistito, procedimento poi archiviato. Chiedo la
cancellazione di tali dati dai Vostri sistemi, non essendovi alcuna base giuridica per
conservarli.

Distinti saluti,
Avv. Marco De Luca
Foro di Torino""",
    R(["Erasure"], "studio@deluca-legale.example", "Kwame", "Asante",
      representative="Marco De Luca"))

add("it-12-collega-inoltro", "Sara Gallo <sara.gallo@acme-corp.example>",
    "I: basta telefonate",
    """Ciao team privacy,

vi inoltro questa mail arrivata all'assistenza.

Sara Gallo - Customer Care

---------- Messaggio inoltrato ---------
Da: Roberto Fontana <roberto.fontana@postaveloce.example>
Data: 13 nov 2026, 18:30
Oggetto: basta telefonate
A: assistenza@acme-corp.example

Mi chiamate per i sondaggi di soddisfazione dopo ogni ordine. Non voglio più essere contattato
per telefono per nessun motivo commerciale o di sondaggio.
Roberto Fontana""",
    R(["Opposition"], "roberto.fontana@postaveloce.example", "Roberto", "Fontana"))

add("it-13-collega-allegato", "Luca Moretti <luca.moretti@acme-corp.example>",
    "I: documenti",
    "",
    R(["Information"], "elisa.barbieri@posta-privata.example", "Elisa", "Barbieri"),
    note="""Vi giro la domanda di una rider, non so rispondere. Luca""",
    attached=("Elisa Barbieri <elisa.barbieri@posta-privata.example>", "documenti",
              """Salve, per quanto tempo conservate la foto della carta d'identità e del permesso di
soggiorno che ho caricato all'iscrizione? E chi li vede?
Elisa Barbieri"""))

add("it-14-storia-posizione", "Giorgio Lombardi <giorgio.lombardi@postaveloce.example>",
    "Non ne posso più",
    """Salve,

vi scrivo dopo l'ennesima giornata storta. Stamattina alle 7 mi arriva una notifica "sei vicino
a una zona ad alta domanda, vuoi connetterti?". Ero a casa, a letto, il mio giorno libero. Quindi
l'app sa sempre dove sono anche quando non lavoro. Mia moglie l'ha vista e si è pure arrabbiata.

A parte le paghe che sono scese del 20% da settembre e i turni che ormai si prendono solo alle 6
del mattino, questa storia della posizione mi ha dato fastidio davvero. Mi oppongo al
trattamento della mia posizione fuori dall'orario di lavoro: quando sono disconnesso non dovete
raccoglierla né usarla per mandarmi notifiche.

Giorgio Lombardi""",
    R(["Opposition"], "giorgio.lombardi@postaveloce.example", "Giorgio", "Lombardi"))

add("it-15-maiuscolo", "<nonna.pina@postaveloce.example>", "CANCELLATEMI",
    """VOGLIO CHE CANCELLATE TUTTI I MIEI DATI DALLA VOSTRA APPLICAZIONE SUBITO. GIUSEPPINA""",
    R(["Erasure"], "nonna.pina@postaveloce.example", "Giuseppina"))

add("it-16-latin1-due", "Niccolò Santoro <niccolo.santoro@posta-privata.example>",
    "Indirizzo e dati",
    """Buongiorno,

l'indirizzo di consegna predefinito è ancora quello vecchio (via Garibaldi 12, Bologna): quello
giusto è via Indipendenza 40. Per favore aggiornatelo.

Già che ci sono, vorrei ricevere un riepilogo di tutte le informazioni personali che avete su di
me.

Grazie, Niccolò Santoro""",
    R(["Rectification", "Access"], "niccolo.santoro@posta-privata.example", "Niccolò", "Santoro"),
    ct=LATIN1, encode="latin-1")

add("it-17-famiglia-replyto", "Famiglia Caruso <famiglia.caruso@postaveloce.example>",
    "chiusura account",
    """Buonasera, sono Martina Caruso e scrivo dalla mail di famiglia. Vi chiedo di chiudere il mio
profilo cliente, eliminare i miei dati e nel frattempo di non mandarmi più pubblicità.
Rispondetemi al mio indirizzo personale.
Martina""",
    R(["Erasure", "Opposition"], "martina.caruso@posta-privata.example", "Martina", "Caruso"),
    headers=["Reply-To: martina.caruso@posta-privata.example"])

add("it-18-non-chiudere-punteggio", "Emanuele Ferri <emanuele.ferri@postaveloce.example>",
    "Punteggio di affidabilità",
    """Ciao,

premetto che non voglio chiudere l'account né cancellare niente. Però il sistema mi ha
abbassato il "punteggio di affidabilità" da 92 a 61 in un giorno e per questo non posso più
prenotare i turni serali. Non sono d'accordo con questa valutazione automatica e chiedo che la
riveda un responsabile in carne e ossa.

Emanuele Ferri""",
    R(["AutomatedDecision"], "emanuele.ferri@postaveloce.example", "Emanuele", "Ferri"))

add("it-19-informale-accesso", "Valentina D'Angelo <vale.dangelo@posta-privata.example>",
    "curiosità",
    """Ciao! Sono curiosa di vedere cosa sapete di me, tipo tutto quello che avete salvato dal
giorno che mi sono iscritta. Me lo mandate? :)
Vale
Inviato da iPhone""",
    R(["Access"], "vale.dangelo@posta-privata.example", "Valentina", "D'Angelo"))

add("it-20-compito-dpia", "Federica Villa <federica.villa@acme-corp.example>",
    "DPIA per il nuovo sistema di assegnazione",
    """Ciao,

a gennaio partirà il nuovo algoritmo di assegnazione degli ordini che tiene conto anche dello
storico delle valutazioni dei rider. Il legale dice che serve una valutazione d'impatto.
Potete aiutarci a prepararla?

Federica Villa
Engineering Manager""",
    TASK("federica.villa@acme-corp.example", "Federica", "Villa"))

add("it-21-compito-nomina", "Paolo Rinaldi <paolo.rinaldi@acme-corp.example>",
    "Nomina responsabile esterno - società di consulenza fiscale",
    """Buongiorno,

stiamo per affidare a uno studio di Verona l'elaborazione delle certificazioni dei compensi dei
rider. Mi servirebbe la nomina a responsabile del trattamento (art. 28). Potete prepararla o
rivedere la loro bozza?

Paolo Rinaldi
Amministrazione""",
    TASK("paolo.rinaldi@acme-corp.example", "Paolo", "Rinaldi"))

add("it-22-compito-registro", "Silvia Testa <silvia.testa@acme-corp.example>",
    "Aggiornamento registro dei trattamenti",
    """Ciao,

abbiamo attivato le chiamate registrate sul numero di assistenza per i rider. Va aggiunto al
registro dei trattamenti e probabilmente va aggiornata l'informativa. Mi dite voi cosa serve?

Silvia Testa
Customer Operations""",
    TASK("silvia.testa@acme-corp.example", "Silvia", "Testa"))

add("it-23-inc-mail-sbagliata", "Andrea Marchetti <andrea.marchetti@acme-corp.example>",
    "Mail inviata al rider sbagliato",
    """Ciao,

rispondendo a un ticket ho allegato per errore il contratto firmato di un altro rider (con
codice fiscale, IBAN e indirizzo di residenza). L'ho inviato circa un'ora fa. Ho chiesto al
destinatario di cancellarlo ma non ha ancora risposto.

Andrea Marchetti
Supporto rider""",
    INC("andrea.marchetti@acme-corp.example", "Andrea", "Marchetti"))

add("it-24-inc-esterno-documento", "Simone Leone <simone.leone@postaveloce.example>",
    "Vedo il documento di un'altra persona",
    """Salve,

nella sezione "Profilo" dell'app, al posto della mia patente compare la carta d'identità di una
signora, Anna M., con foto, indirizzo e numero del documento. Mi sembra grave, vi avviso.

Simone Leone""",
    INC("simone.leone@postaveloce.example", "Simone", "Leone"))

add("it-25-inc-chiavetta", "Roberta Pellegrini <roberta.pellegrini@acme-corp.example>",
    "Chiavetta USB smarrita",
    """Buongiorno,

ho perso una chiavetta USB, probabilmente in treno tra Milano e Bergamo. Conteneva l'export dei
rider della Lombardia per il corso sicurezza (nomi, telefoni, date di nascita). Non era cifrata.

Roberta Pellegrini
Formazione""",
    INC("roberta.pellegrini@acme-corp.example", "Roberta", "Pellegrini"))

add("it-26-fu-dsr", "Tommaso Fabbri <tommaso.fabbri@posta-privata.example>",
    "R: [DSR-83150] Abbiamo ricevuto la sua richiesta",
    """Buongiorno,

a che punto è la mia richiesta? Sono passate tre settimane.

Tommaso Fabbri

> Abbiamo ricevuto la sua richiesta, registrata con il riferimento DSR-83150.""",
    FU("83150", "tommaso.fabbri@posta-privata.example", "Tommaso", "Fabbri"))

add("it-27-fu-sollecito", "Salvatore Esposito <salvo.esposito@postaveloce.example>",
    "Re: Account disattivato dall'algoritmo",
    """Buongiorno, vi riscrivo perché nessuno mi ha risposto. Sono senza lavoro da una settimana.

Salvatore Esposito

> sono un rider di Napoli e da venerdì il mio account risulta disattivato ...""",
    FU(ref("it-02-rider-disattivato"), "salvo.esposito@postaveloce.example", "Salvatore", "Esposito"),
    headers=irt("it-02-rider-disattivato"))

add("it-28-spam-eredita", "Dott. Bernard Kouassi <b.kouassi@banca-estera.example>",
    "Eredità non reclamata - massima riservatezza",
    """Gentile amico,

sono il direttore di una banca estera e ho individuato un conto dormiente di 7,2 milioni di
euro intestato a un cliente defunto senza eredi. Le propongo di presentarla come beneficiario.
Mi invii nome, numero di telefono e copia del documento. I suoi dati saranno protetti.

Dott. Bernard Kouassi""",
    IGN("spam", "b.kouassi@banca-estera.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="banca-estera.example")])

add("it-29-spam-gdpr-consulenza", "GDPR Facile <offerte@gdprfacile.example>",
    "Multa del Garante in arrivo? Mettiti in regola in 24h",
    """Gentile titolare,

la sua azienda rischia sanzioni fino a 20 milioni di euro! Con il nostro kit GDPR in 24 ore
ottiene informative, registro dei trattamenti e cancellazione automatica dei dati dei clienti.
Solo 99 euro + IVA.

Acquista ora!

Per non ricevere più le nostre offerte clicca qui.""",
    IGN("spam", "offerte@gdprfacile.example"), headers=SPAM_HDR)

add("it-30-risposta-auto", "Ufficio Acquisti Pizzeria Da Gino <acquisti@dagino.example>",
    "Risposta automatica: Accordo sul trattamento dei dati",
    """Grazie per averci scritto. L'ufficio è chiuso per ferie fino al 30 novembre. Le risponderemo
al nostro rientro.""",
    IGN("auto_reply", "acquisti@dagino.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("it-31-bounce", "Mail Delivery System <MAILER-DAEMON@postaveloce.example>",
    "Mail delivery failed: returning message to sender", "",
    IGN("bounce", "MAILER-DAEMON@postaveloce.example"), dsn=True)
