from common import *  # part it: written blind

add("it-01-che-dati-avete", "Giulia Romano <giulia.romano92@posta-it.example>", "dati",
    "ciao vorrei sapere che dati avete su di me grazie\n",
    R(["Access"], "giulia.romano92@posta-it.example", "Giulia", "Romano"))

add("it-02-crif-accesso-limitazione", "Giuseppe Esposito <giuseppe.esposito@posta-it.example>",
    "Istanza ex artt. 15 e 18 Regolamento (UE) 2016/679",
    """Spett.le Società,

il sottoscritto Giuseppe Esposito, nato a Napoli il 12/04/1979, C.F. SPSGPP79D12F839X,
titolare dell'utenza mobile 333 1234567, ha appreso da una visura CRIF di una segnalazione
di insolvenza effettuata dalla Vostra società, che contesta integralmente.

Con la presente chiede:

a) ai sensi dell'art. 15 GDPR, l'accesso ai dati personali che lo riguardano e in particolare
   ai dati comunicati a sistemi di informazioni creditizie, con indicazione delle date di
   comunicazione;

b) ai sensi dell'art. 18, par. 1, lett. a) GDPR, la limitazione del trattamento dei dati
   relativi alla presunta insolvenza per il periodo necessario a verificarne l'esattezza.

In attesa di riscontro nei termini di legge, porge distinti saluti.

Giuseppe Esposito
""",
    R(["Access", "Restriction"], "giuseppe.esposito@posta-it.example", "Giuseppe", "Esposito"))

add("it-03-trasloco-bollette", "Salvatore Russo <salvo.russo@posta-it.example>", "RECLAMO - vergognoso",
    """Buongiorno,

scrivo per l'ennesima volta perché al telefono non si cava un ragno dal buco. A luglio ho
traslocato da Catania a Palermo e ho chiesto il trasloco della linea fibra. Il tecnico è
venuto dopo SEI settimane, e nel frattempo mi avete fatto pagare il canone pieno di una linea
che non funzionava. Ho aperto tre reclami, mai una risposta seria.

Come se non bastasse, le bollette continuano ad arrivare al vecchio indirizzo di Catania, dove
ora abita un'altra famiglia che me le gira su WhatsApp. Vi chiedo per favore di aggiornare
il mio indirizzo: Via Libertà 101, 90143 Palermo. Sono mesi che lo chiedo.

Per i rimborsi del canone aspetto una risposta dal servizio clienti, ma se non arriva mi
rivolgo al Corecom.

Salvatore Russo
347 9876543
""",
    R(["Rectification"], "salvo.russo@posta-it.example", "Salvatore", "Russo"))

add("it-04-registro-opposizioni", "Franco Colombo <franco.colombo47@posta-it.example>", "telefonate",
    "sono iscritto al registro delle opposizioni e voi mi chiamate lo stesso tutti i giorni per la fibra smettetela subito non voglio piu essere contattato per offerte franco colombo\n",
    R(["Opposition"], "franco.colombo47@posta-it.example", "Franco", "Colombo"))

add("it-05-cancellare-account-app", "Chiara Ricci <chiara.ricci@posta-it.example>", "Cancellazione account",
    """Salve,

non sono più vostra cliente da giugno. Vi chiedo di cancellare il mio account dall'app e
tutti i miei dati personali, e di non mandarmi più email promozionali. Non mi serve una
copia dei dati.

Cordiali saluti,
Chiara Ricci
""",
    R(["Erasure", "Opposition"], "chiara.ricci@posta-it.example", "Chiara", "Ricci"))

add("it-06-perche-codice-fiscale", "Francesca Bruno <francesca.bruno@posta-it.example>", "Domanda su documento e codice fiscale",
    """Buongiorno,

per attivare una semplice SIM ricaricabile in negozio mi hanno chiesto codice fiscale,
documento d'identità e mi hanno fatto una foto. Perché servono tutti questi dati? Per quanto
tempo li tenete e chi li vede? È solo una curiosità, non devo chiedere altro.

Grazie
Francesca Bruno
""",
    R(["Information"], "francesca.bruno@posta-it.example", "Francesca", "Bruno"))

add("it-07-finanziamento-rifiutato", "Matteo Gallo <matteo.gallo@posta-it.example>", "Rifiuto automatico rateizzazione",
    """Salve,

ho provato ad acquistare uno smartphone a rate sul vostro sito e la richiesta è stata
respinta in pochi secondi, immagino da un sistema automatico. Non ho mai avuto problemi di
pagamento. Chiedo che la decisione venga riesaminata da una persona e di poter spiegare la
mia situazione.

Matteo Gallo
""",
    R(["AutomatedDecision"], "matteo.gallo@posta-it.example", "Matteo", "Gallo"))

add("it-08-portabilita-dati", "Alessandro Conti <alessandro.conti@posta-it.example>", "Portabilità dei dati personali",
    """Buongiorno,

la portabilità del numero verso il nuovo operatore l'ho già fatta. Ora vorrei esercitare il
diritto alla portabilità dei dati: ricevere i miei dati contrattuali e di traffico in un
formato strutturato e leggibile da computer.

Grazie,
Alessandro Conti
""",
    R(["Portability"], "alessandro.conti@posta-it.example", "Alessandro", "Conti"))

add("it-09-portabilita-numero", "Roberta Mancini <roberta.mancini@posta-it.example>", "passaggio ad altro operatore",
    "Buongiorno, se passo a un altro operatore posso tenere il mio numero? Devo pagare penali? Grazie Roberta Mancini\n",
    R(["Unknown"], "roberta.mancini@posta-it.example", "Roberta", "Mancini"))

add("it-10-modem-guasto-html", "Davide Lombardi <davide.lombardi@posta-it.example>", "Modem guasto",
    html("Buonasera,",
         "il modem che mi avete mandato si spegne da solo ogni sera. <i>Codice cliente 8812004.</i>",
         "Potete sostituirlo?",
         "Davide Lombardi"),
    R(["Unknown"], "davide.lombardi@posta-it.example", "Davide", "Lombardi"), ct=HTML)

add("it-11-amministratore-sostegno", "Paolo Ferrara <avv.paoloferrara@studio-ferrara.example>", "Sig.ra Maria Grazia De Luca - telefonate commerciali",
    """Spett.le Ufficio Privacy,

scrivo in qualità di amministratore di sostegno della Sig.ra Maria Grazia De Luca, nata a
Bari il 02/09/1941 (decreto di nomina del Tribunale di Bari in allegato).

La signora, che è anziana e facilmente influenzabile, riceve continue telefonate commerciali
dai Vostri operatori e ha sottoscritto per telefono due offerte che non le servono. Chiedo che
non venga più contattata per alcuna finalità promozionale, né da Voi né da Vostri partner.

Distinti saluti
Avv. Paolo Ferrara
Studio Legale Ferrara - Tel. 080 1234567
""",
    R(["Opposition"], "avv.paoloferrara@studio-ferrara.example", "Maria Grazia", "De Luca", representative="Paolo Ferrara"))

add("it-12-erede-tabulati", "Elena Marino <elena.marino@posta-it.example>", "Richiesta dati di mio padre defunto",
    """Gentili signori,

mio padre, Vincenzo Marino, è venuto a mancare il 3 ottobre. Era vostro cliente (utenza
mobile 339 1122334). Come figlia ed erede, e per ragioni familiari meritevoli di tutela, vi
chiedo copia dei dati che lo riguardano, in particolare il dettaglio delle chiamate delle sue
ultime due settimane.

Allego certificato di morte e dichiarazione sostitutiva di atto notorio.

Elena Marino
""",
    R(["Access"], "elena.marino@posta-it.example", "Vincenzo", "Marino", representative="Elena Marino"))

add("it-13-latin1-copia-cancellazione", "Niccolò Dell'Acqua <niccolo.dellacqua@vecchiaposta.example>", "Richiesta copia e cancellazione dati",
    """Buongiorno,

vorrei ricevere una copia di tutti i dati personali che conservate su di me. Dopo averla
ricevuta, vi chiedo di cancellarli: la disdetta è già stata fatta e non ho più rapporti con
voi.

Grazie,
Niccolò Dell'Acqua
""",
    R(["Access", "Erasure"], "niccolo.dellacqua@vecchiaposta.example", "Niccolò", "Dell'Acqua"), ct=LATIN1, encode="latin-1")

add("it-14-numero-sbagliato-sms", "Lorenzo D'Angelo <lorenzo.dangelo@posta-it.example>", "numero errato e sms pubblicitari",
    """Ciao,

nella mia scheda cliente c'è un numero di cellulare di recapito sbagliato (è 348 5566778, non
348 5566787), per favore sistematelo. E già che ci siete togliete il consenso agli sms
pubblicitari, non li voglio più.

Lorenzo D'Angelo
Inviato da iPhone
""",
    R(["Rectification", "Opposition"], "lorenzo.dangelo@posta-it.example", "Lorenzo", "D'Angelo"))

add("it-15-negozio-inoltro-tabulati", "Federica Greco <federica.greco@acme-corp.example>", "I: richiesta tabulati",
    """Ciao team privacy,

vi inoltro la mail di una cliente arrivata alla casella del negozio di Torino. Non so come
gestirla, ci pensate voi?

Federica Greco
Store Manager Torino Via Roma

---------- Messaggio inoltrato ---------
Da: Sara Fontana <sara.fontana@posta-it.example>
Data: ven 13 nov 2026 alle ore 10:12
Oggetto: richiesta tabulati
A: negozio.torino@acme-corp.example

Buongiorno, avrei bisogno dei tabulati delle mie chiamate e dei miei sms degli ultimi tre
mesi e di sapere quali altri dati avete su di me. Grazie.
Sara Fontana
""",
    R(["Access"], "sara.fontana@posta-it.example", "Sara", "Fontana"))

add("it-16-allegato-profilazione", "Customer Care Secondo Livello <cc.secondolivello@acme-corp.example>", "I: revoca consenso profilazione",
    "",
    R(["Opposition"], "marco.barbieri@posta-it.example", "Marco", "Barbieri"),
    attached=("Marco Barbieri <marco.barbieri@posta-it.example>", "revoca consenso profilazione",
              """Buongiorno, con la presente revoco il consenso alla profilazione e all'analisi delle mie
abitudini di consumo per offerte personalizzate. Grazie.
Marco Barbieri
"""),
    note="Buongiorno, vi giro la richiesta del cliente arrivata al customer care. Grazie, Valentina")

add("it-17-congelare-dati", "Antonella Caruso <antonella.caruso@posta-it.example>", "contestazione e blocco dati",
    """Buongiorno,

ho contestato la fattura di ottobre (costi per servizi in abbonamento mai richiesti, i
famosi "servizi VAS"). Finché il reclamo non è chiuso vi chiedo di non usare i miei dati per
il recupero crediti e di non trasmetterli a società esterne. Non voglio che vengano
cancellati, mi servono come prova.

Antonella Caruso
""",
    R(["Restriction"], "antonella.caruso@posta-it.example", "Antonella", "Caruso"))

add("it-18-disposizioni-dopo-morte", "Ernesto Pellegrini <ernesto.pellegrini@posta-it.example>", "I miei dati dopo la mia morte",
    """Gentili signori,

ho 81 anni. Desidero lasciare disposizioni su cosa fare dei miei dati personali quando non
ci sarò più: non voglio che dopo la mia morte nessun familiare possa accedere ai miei
tabulati o ai miei dati, e chiedo che il mio profilo venga allora cancellato. Come posso
formalizzare questa volontà presso di voi?

Distinti saluti
Ernesto Pellegrini
""",
    R(["AdvanceDirectives"], "ernesto.pellegrini@posta-it.example", "Ernesto", "Pellegrini"))

add("it-19-sollecito-dsr", "Rosa Marchetti <rosa.marchetti@posta-it.example>", "R: Conferma ricezione richiesta [DSR-83310]",
    """Buongiorno,

sono passati più di 30 giorni e non ho ancora ricevuto nulla. Vi sollecito.

Rosa Marchetti

Il 5 ott 2026 privacy@acme-corp.example ha scritto:
> Abbiamo ricevuto la sua richiesta, registrata con il numero DSR-83310.
""",
    FU("83310", "rosa.marchetti@posta-it.example", "Rosa", "Marchetti"))

add("it-20-matteo-sollecito", "Matteo Gallo <matteo.gallo@posta-it.example>", "R: Rifiuto automatico rateizzazione",
    "Buongiorno, aggiungo che ho un contratto a tempo indeterminato, allego busta paga. Qualcuno ha riesaminato la mia richiesta? Matteo Gallo\n",
    FU(ref("it-07-finanziamento-rifiutato"), "matteo.gallo@posta-it.example", "Matteo", "Gallo"),
    headers=irt("it-07-finanziamento-rifiutato"))

add("it-21-task-nomina-responsabile", "Giorgia Benedetti <giorgia.benedetti@acme-corp.example>", "Nomina responsabile art. 28 - agenzia teleselling",
    """Ciao,

dal 1° gennaio parte la collaborazione con una nuova agenzia di teleselling di Tirana. Serve
l'atto di nomina a responsabile del trattamento e una verifica sul trasferimento extra UE.
Mi mandate una bozza entro fine mese?

Giorgia Benedetti
Canali Indiretti
""",
    TASK("giorgia.benedetti@acme-corp.example", "Giorgia", "Benedetti"))

add("it-22-task-informativa-tv", "Riccardo Sala <riccardo.sala@acme-corp.example>", "Informativa nuovo servizio TV",
    """Buongiorno,

lanciamo a febbraio il servizio TV in streaming abbinato alla fibra. Va aggiornata
l'informativa privacy (dati di visione, raccomandazioni). Potete preparare il testo?

Riccardo Sala
Product Marketing
""",
    TASK("riccardo.sala@acme-corp.example", "Riccardo", "Sala"))

add("it-23-task-dpia-antifrode", "Simona Guerra <simona.guerra@acme-corp.example>", "DPIA sistema antifrode SIM swap",
    """Ciao a tutti,

stiamo per introdurre un sistema antifrode che analizza i cambi SIM e i comportamenti
anomali dei clienti. La sicurezza ci chiede una DPIA prima del go-live di marzo. Potete
prenderla in carico?

Simona Guerra
Fraud Management
""",
    TASK("simona.guerra@acme-corp.example", "Simona", "Guerra"))

add("it-24-inc-sim-swap", "Andrea Moretti <andrea.moretti@acme-corp.example>", "Duplicato SIM consegnato a truffatore",
    """Ciao,

ieri nel negozio di Bologna è stato consegnato un duplicato SIM a una persona con un
documento falso. Il vero titolare ha perso il controllo del numero per 6 ore e gli hanno
svuotato il conto tramite SMS di conferma della banca. Il cliente ha già sporto denuncia.

Andrea Moretti
Area Manager Emilia-Romagna
""",
    INC("andrea.moretti@acme-corp.example", "Andrea", "Moretti"))

add("it-25-inc-moduli-per-strada", "Cristina Villa <cristina.villa@posta-it.example>", "Moduli con dati di clienti per strada",
    """Buonasera,

stamattina davanti al vostro negozio di Via Dante a Milano c'erano per terra dei fogli usciti
da un sacco della spazzatura: contratti con nomi, indirizzi, codici fiscali e fotocopie di
carte d'identità. Li ho raccolti, ce l'ho io. Ditemi voi cosa fare.

Cristina Villa
""",
    INC("cristina.villa@posta-it.example", "Cristina", "Villa"))

add("it-26-inc-accesso-improprio", "Luca Rinaldi <luca.rinaldi@acme-corp.example>", "Segnalazione accesso improprio ai dati",
    """Buongiorno,

devo segnalare che un collega del back office ha consultato più volte i tabulati e la
posizione della linea della sua ex moglie, che è nostra cliente. Me ne sono accorto
guardando i log. Ho informato il mio responsabile.

Luca Rinaldi
IT Security
""",
    INC("luca.rinaldi@acme-corp.example", "Luca", "Rinaldi"))

add("it-27-spam-recupero-crediti", "Ufficio Legale Recuperi <legale@recupero-pagamenti.example>", "ULTIMO AVVISO prima del pignoramento",
    """Gentile cliente,

risulta a suo carico un debito insoluto di 1.240,00 EUR. Per evitare il pignoramento e la
pubblicazione dei suoi dati personali, effettui il pagamento entro 48 ore tramite il link:
https://recupero-pagamenti.example/paga

Ufficio Legale
""",
    IGN("spam", "legale@recupero-pagamenti.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="recupero-pagamenti.example")])

add("it-28-spam-software-gdpr", "GDPR Facile <info@gdprfacile-soft.example>", "Cancellazione dati conforme al GDPR in 3 click",
    """Gentile DPO,

con GDPR Facile gestisci richieste di accesso e cancellazione dei dati personali in 3 click.
Prova gratuita di 30 giorni, nessuna carta di credito richiesta.

Il team GDPR Facile
""",
    IGN("spam", "info@gdprfacile-soft.example"), headers=SPAM_HDR)

add("it-29-newsletter", "Privacy Italia News <newsletter@privacyitalia-news.example>", "Newsletter n. 47 - provvedimenti del Garante",
    """PRIVACY ITALIA NEWS - n. 47

- Il Garante sanziona un operatore telefonico per telemarketing aggressivo
- Registro delle opposizioni: le novità
- Evento: il DPO nelle telecomunicazioni

Ricevi questa newsletter perché ti sei iscritto. Disiscriviti qui.
""",
    IGN("bulk", "newsletter@privacyitalia-news.example"),
    headers=["List-Id: <news.privacyitalia-news.example>", "List-Unsubscribe: <mailto:unsubscribe@privacyitalia-news.example>",
             "Precedence: list"])

add("it-30-bounce", "postmaster@acme-corp.example", "Undeliverable: Risposta alla sua richiesta",
    "", IGN("bounce", "postmaster@acme-corp.example"), dsn=True)
