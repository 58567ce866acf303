# Italian messages of development set 2.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("it-01-accesso-formale", "Avv. Francesca De Santis <francesca.desantis@pec-mail.example>", "Istanza di accesso ai dati personali - art. 15 GDPR",
    """Spett.le Acme,

la sottoscritta Francesca De Santis, nata a Bari il 22/05/1985, in qualità di interessata,
esercita con la presente il diritto di accesso di cui all'art. 15 del Regolamento (UE) 2016/679
con riferimento ai dati personali trattati nell'ambito del servizio Acme Play.

Chiedo in particolare di conoscere le finalità del trattamento, le categorie di dati, i
destinatari, il periodo di conservazione, nonché di ricevere copia dei dati stessi.

Resto in attesa di riscontro entro i termini di legge.

Distinti saluti,
Francesca De Santis""",
    R(["Access"], "francesca.desantis@pec-mail.example", "Francesca", "De Santis"))

add("it-02-cancellami", "Matteo Ricci <matteo.ricci@posta.example>", "cancellazione account",
    """Ciao, vorrei cancellare definitivamente il mio profilo su Acme Match e tutti i dati
collegati. Grazie.
Matteo""",
    R(["Erasure"], "matteo.ricci@posta.example", "Matteo", "Ricci"))

add("it-03-opposizione-profilazione", "Giulia Conti <giulia.conti@posta.example>", "Opposizione a marketing e profilazione",
    """Buongiorno,

con la presente mi oppongo al trattamento dei miei dati per finalità di marketing e di
profilazione (analisi delle mie abitudini di acquisto per offerte personalizzate) da parte di
Acme Style e del programma Style Club. Non desidero più ricevere newsletter né messaggi
promozionali.

Cordiali saluti,
Giulia Conti""",
    R(["Opposition"], "giulia.conti@posta.example", "Giulia", "Conti"))

add("it-04-data-nascita", "Federica Marino <federica.marino@posta.example>", "Data di nascita sbagliata - bonus compleanno",
    """Salve,

nel mio profilo Style Club la data di nascita risulta 12/09 invece di 09/12 (hanno invertito
giorno e mese). Così il bonus compleanno mi arriva a settembre! Potete correggere? Nata il 9
dicembre 1990.

Grazie mille,
Federica Marino""",
    R(["Rectification"], "federica.marino@posta.example", "Federica", "Marino"))

add("it-05-podcast-opml", "Lorenzo Gallo <lorenzo.gallo@posta.example>", "Esportare i miei podcast",
    """Ciao,

ascolto i podcast su Acme Play ma voglio passare a un'app dedicata. Potete fornirmi l'elenco
dei podcast a cui sono iscritto e le puntate ascoltate in un file standard (OPML o simili) che
possa importare altrove? Credo rientri nel diritto alla portabilità.

Lorenzo""",
    R(["Portability"], "lorenzo.gallo@posta.example", "Lorenzo", "Gallo"))

add("it-06-limitazione", "Paolo Fontana <paolo.fontana@posta.example>", "Richiesta di limitazione del trattamento",
    """Gentili signori,

ho già segnalato telefonicamente al vostro servizio clienti (pratica n. 88213) che lo storico
acquisti associato alla mia tessera contiene ordini che non ho mai fatto. In attesa che
verifichiate l'esattezza dei dati, chiedo ai sensi dell'art. 18 GDPR che il trattamento venga
limitato: i dati non devono essere utilizzati per alcuna finalità, salvo la conservazione.

Distinti saluti,
Paolo Fontana""",
    R(["Restriction"], "paolo.fontana@posta.example", "Paolo", "Fontana"))

add("it-07-tessera-sospesa", "Chiara Romano <chiara.romano@posta.example>", "Tessera sospesa automaticamente",
    """Buongiorno,

la mia tessera Style Club è stata sospesa con una email automatica: "il nostro sistema ha
rilevato un utilizzo anomalo dei punti". Ho semplicemente fatto tre acquisti in un giorno per
i regali di una festa. Nessuno mi ha contattata prima.

Chiedo che la decisione sia riesaminata da una persona e di poter spiegare la situazione.

Chiara Romano""",
    R(["AutomatedDecision"], "chiara.romano@posta.example", "Chiara", "Romano"))

add("it-08-ia-addestramento", "Alessandro Bruno <alessandro.bruno@posta.example>", "Usate i miei dati per l'IA?",
    """Salve,

ho letto che molte aziende usano i dati dei clienti per addestrare modelli di intelligenza
artificiale. Nel caso di Acme Match, usate le mie foto o le mie conversazioni per questo? E con
quali aziende condividete i dati per farlo?

Grazie,
Alessandro Bruno""",
    R(["Information"], "alessandro.bruno@posta.example", "Alessandro", "Bruno"))

add("it-09-erede-playlist", "Simone Esposito <simone.esposito@posta.example>", "Account di mio padre defunto",
    """Buonasera,

mio padre, Vincenzo Esposito, è venuto a mancare a ottobre. Aveva un account Acme Play con
centinaia di playlist di musica napoletana che aveva curato per anni. Io e mia sorella vorremmo
riceverne una copia (anche solo l'elenco dei brani), e dopo chiudere e cancellare l'account.

Sono il figlio e posso inviare certificato di morte e dichiarazione di successione.

Simone Esposito""",
    R(["Access", "Erasure"], "simone.esposito@posta.example", "Vincenzo", "Esposito",
      representative="Simone Esposito"))

add("it-10-amministratore-sostegno", "Studio Colombo <segreteria@studiocolombo.example>", "Beneficiaria sig.ra Rita Greco - telefonate commerciali",
    """Spett.le società,

scrivo in qualità di amministratrice di sostegno della sig.ra Rita Greco (decreto del Giudice
Tutelare di Torino allegato). La signora riceve continue telefonate commerciali per conto di
Acme Style e, data la sua fragilità, ha già effettuato acquisti non necessari.

Vi chiedo di non contattarla più per finalità commerciali, con alcun mezzo.

Avv. Elisa Colombo""",
    R(["Opposition"], "segreteria@studiocolombo.example", "Rita", "Greco", representative="Elisa Colombo"))

add("it-11-fattura", "Davide Mancini <davide.mancini@posta.example>", "Fattura con partita IVA",
    """Buongiorno, ho fatto un ordine (AS-9913302) per il mio negozio ma la ricevuta non riporta la
partita IVA. Potete emettere fattura elettronica? P.IVA 01234567890, codice SDI XXXXXXX.
Grazie, Davide Mancini""",
    R(["Unknown"], "davide.mancini@posta.example", "Davide", "Mancini"))

add("it-12-reso-corriere", "Sara Lombardi <sara.lombardi@posta.example>", "Il corriere non è passato per il reso",
    """Ciao, avevo prenotato il ritiro del reso per ieri ma il corriere non si è visto. Il termine
dei 30 giorni scade venerdì, cosa devo fare? Sara""",
    R(["Unknown"], "sara.lombardi@posta.example", "Sara", "Lombardi"))

add("it-13-punti-scaduti", "Roberta Ferri <roberta.ferri@posta.example>", "Vergognoso!!",
    """Buongiorno,

sono cliente Style Club dal 2017. Ieri ho scoperto che mi sono scaduti 6.000 punti "per
inattività", quando ho fatto un acquisto a luglio in negozio a Verona (ho lo scontrino!).
Evidentemente la cassa non ha registrato la tessera, ma non è colpa mia.

Ho chiamato il numero verde: attesa infinita, poi mi hanno detto che "non possono fare niente".
Ho scritto in chat: risposta automatica. Ho scritto su Facebook: nessuna risposta.

Nel frattempo però ogni giorno mi arrivano due email e un SMS con le vostre "offerte
imperdibili". Smettetela: non voglio più ricevere nessuna comunicazione promozionale da voi.

Voglio anche i miei punti indietro, ma immagino che questa non sia la casella giusta.

Roberta Ferri""",
    R(["Opposition"], "roberta.ferri@posta.example", "Roberta", "Ferri"))

add("it-14-portabilita-poi-cancella", "Andrea Moretti <andrea.moretti@posta.example>", "playlist e chiusura",
    """Salve, prima di andarmene vorrei le mie playlist e la cronologia in un file leggibile da un
altro servizio (csv va benissimo), dopodiché cancellate pure il mio account e tutti i dati.
Grazie
Andrea Moretti""",
    R(["Portability", "Erasure"], "andrea.moretti@posta.example", "Andrea", "Moretti"))

add("it-15-minuscolo", "peppe.russo88@posta.example", "dati",
    """voglio sapere che dati avete su di me e da dove li avete presi
giuseppe russo""",
    R(["Access"], "peppe.russo88@posta.example", "Giuseppe", "Russo"))

add("it-16-documento-verifica", "Valentina Costa <valentina.costa@posta.example>", "Documento d'identità per la verifica",
    """Buongiorno,

per ottenere il badge "verificato" su Acme Match mi chiedete una foto della carta d'identità.
Vorrei capire perché è necessaria, chi la vede e per quanto tempo la conservate, prima di
caricarla.

Grazie,
Valentina Costa""",
    R(["Information"], "valentina.costa@posta.example", "Valentina", "Costa"))

add("it-17-sondaggi", "Marco Barbieri <marco.barbieri@posta.example>", "Basta sondaggi",
    """Buonasera, ricevo continuamente telefonate per "sondaggi di soddisfazione" su Acme Play.
Non voglio più essere contattato per ricerche di mercato, né al telefono né via email.
Marco Barbieri""",
    R(["Opposition"], "marco.barbieri@posta.example", "Marco", "Barbieri"))

add("it-18-nome-sbagliato", "Giuseppe Caruso <giuseppe.caruso@posta.example>", "Mi chiamo Giuseppe, non Giuseppina",
    """Salve,
nel vostro sistema risulto come "Giuseppina Caruso" e mi arrivano mail con "Cara Giuseppina".
Mi chiamo Giuseppe. Potete correggere il nome e il genere nel mio profilo cliente?
Grazie
Giuseppe Caruso""",
    R(["Rectification"], "giuseppe.caruso@posta.example", "Giuseppe", "Caruso"))

add("it-19-inoltro-collega", "Martina Rinaldi <martina.rinaldi@acme-corp.example>", "I: cancellazione dati cliente",
    """Ciao team privacy,

vi inoltro questa richiesta arrivata al customer care Italia.

Martina

---------- Messaggio inoltrato ---------
Da: Stefano Leone <stefano.leone@posta.example>
Data: dom 15 nov 2026, 17:45
Oggetto: cancellazione
A: assistenza@acme-corp.example

Buongiorno, chiedo la cancellazione del mio account Acme Style e di tutti i miei dati personali.
Stefano Leone""",
    R(["Erasure"], "stefano.leone@posta.example", "Stefano", "Leone"))

add("it-20-prima-di-decidere", "Elisa Bianchi <elisa.bianchi@posta.example>", "Vorrei vedere cosa avete",
    """Buongiorno,

sto pensando di cancellarmi da Acme Match, ma prima di decidere vorrei vedere quali dati avete
su di me: profilo, match, messaggi, posizioni registrate. Mi mandate una copia?

Elisa Bianchi""",
    R(["Access"], "elisa.bianchi@posta.example", "Elisa", "Bianchi"))

add("it-21-task-responsabile", "Nicola Serra <nicola.serra@acme-corp.example>", "Nomina responsabile del trattamento - corriere",
    """Ciao,

dal 1° gennaio cambiamo corriere per le consegne in Italia (FastItalia). Serve la nomina a
responsabile del trattamento ex art. 28: potete prepararla voi o verificare la loro bozza? Ve la
giro appena arriva.

Nicola Serra
Supply Chain Italia""",
    TASK("nicola.serra@acme-corp.example", "Nicola", "Serra"))

add("it-22-task-garante", "Ilaria Fabbri <ilaria.fabbri@acme-corp.example>", "PEC dal Garante - reclamo utente Acme Match",
    """Buongiorno,

è arrivata sulla PEC aziendale una richiesta di informazioni del Garante per la protezione dei
dati personali relativa al reclamo di un utente di Acme Match (mancata cancellazione). Abbiamo
20 giorni per rispondere. Ve la inoltro: potete preparare la risposta e dirci quali documenti
vi servono da noi?

Ilaria Fabbri
Affari Legali""",
    TASK("ilaria.fabbri@acme-corp.example", "Ilaria", "Fabbri"))

add("it-23-task-telecamere", "Riccardo Longo <riccardo.longo@acme-corp.example>", "cartelli videosorveglianza negozio Milano",
    """Ciao,

nel nuovo negozio di corso Buenos Aires abbiamo installato le telecamere. Mi servono
l'informativa breve (cartello) e quella estesa da mettere in cassa. Potete prepararle? Apertura
il 28.

Riccardo Longo
Store Manager""",
    TASK("riccardo.longo@acme-corp.example", "Riccardo", "Longo"))

add("it-24-task-chatbot", "Serena Galli <serena.galli@acme-corp.example>", "Registro trattamenti - chatbot assistenza",
    """Buongiorno,

abbiamo attivato il chatbot sul sito (fornitore: ChatNova) che gestisce le domande sugli ordini
e salva le conversazioni per 12 mesi. Dovremmo aggiornare il registro dei trattamenti e
l'informativa privacy del sito. Chi se ne occupa da voi?

Serena Galli
Digital Customer Experience""",
    TASK("serena.galli@acme-corp.example", "Serena", "Galli"))

add("it-25-inc-treno", "Fabio Pellegrini <fabio.pellegrini@acme-corp.example>", "lasciato il portatile sul treno",
    """Ciao,

rientrando da Roma sul Frecciarossa delle 18:10 ho dimenticato il portatile aziendale nella
cappelliera. Me ne sono accorto a Milano Centrale quando il treno era già ripartito per il
deposito. Ho chiamato Trenitalia oggetti smarriti, nessuna notizia per ora.

Sul portatile ho le estrazioni dei clienti Style Club per l'analisi churn (file Excel in
locale). Il disco dovrebbe essere cifrato con BitLocker, ma non ne sono sicuro al 100%.

Fabio Pellegrini
CRM Analyst""",
    INC("fabio.pellegrini@acme-corp.example", "Fabio", "Pellegrini"))

add("it-26-inc-indirizzi-in-chiaro", "Laura Villa <laura.villa@posta.example>", "Email con centinaia di indirizzi visibili",
    """Buongiorno,

stamattina ho ricevuto una vostra email ("Invito evento Acme Match Milano") in cui nel campo A:
ci sono centinaia di indirizzi email di altri utenti, visibili a tutti. Considerando che si
tratta di un'app di incontri mi sembra una cosa piuttosto grave. Io per esempio non vorrei che i
miei colleghi sapessero che la uso.

Laura Villa""",
    INC("laura.villa@posta.example", "Laura", "Villa"))

add("it-27-inc-ransomware", "Giorgio Testa <giorgio.testa@acme-corp.example>", "schermata strana sul pc della cassa",
    """Ciao,

oggi alle 10 sul PC del back-office del negozio di Firenze è comparsa una schermata rossa che
dice che i file sono stati criptati e chiede un pagamento in bitcoin. Sul PC ci sono i moduli
di adesione Style Club scansionati. Ho staccato il cavo di rete come mi ha detto l'IT. Vi
avviso perché mi hanno detto di scrivere anche a voi.

Giorgio Testa
Vice Store Manager Firenze""",
    INC("giorgio.testa@acme-corp.example", "Giorgio", "Testa"))

add("it-28-fu-sollecito", "Antonio Marchetti <antonio.marchetti@posta.example>", "R: [DSR-92207] Abbiamo ricevuto la sua richiesta",
    """Buongiorno,

sollecito un riscontro alla mia richiesta, a oggi non ho ricevuto nulla. Vi ricordo che il
termine è di un mese.

Antonio Marchetti""",
    FU("92207", "antonio.marchetti@posta.example", "Antonio", "Marchetti"))

add("it-29-fu-desantis", "Avv. Francesca De Santis <francesca.desantis@pec-mail.example>", "Re: Istanza di accesso ai dati personali - art. 15 GDPR",
    """Spett.le Acme,

ad integrazione della mia istanza, allego copia del documento di identità. Preciso inoltre che
desidero ricevere i dati in formato elettronico.

Distinti saluti,
Francesca De Santis""",
    FU(ref("it-01-accesso-formale"), "francesca.desantis@pec-mail.example", "Francesca", "De Santis"),
    headers=irt("it-01-accesso-formale"))

add("it-30-fu-ancora-mail", "Beatrice Sala <beatrice.sala@posta.example>", "Re: [DSR-90415] Richiesta evasa",
    """Salve, mi avete scritto che la mia richiesta di opposizione è stata evasa, ma stamattina mi è
arrivata l'ennesima newsletter. Come mai?
Beatrice Sala""",
    FU("90415", "beatrice.sala@posta.example", "Beatrice", "Sala"))

add("it-31-spam-agenzia", "Agenzia Entrate <notifiche@agenzia-rimborsi.example>", "Rimborso fiscale disponibile - conferma i tuoi dati",
    """Gentile contribuente,

dopo gli ultimi calcoli annuali della sua attività fiscale abbiamo determinato che lei ha diritto
a ricevere un rimborso di 487,50 €. Per ricevere il rimborso confermi i suoi dati bancari entro
48 ore al link seguente:

http://agenzia-rimborsi.example/conferma

Agenzia delle Entrate""",
    IGN("spam", "notifiche@agenzia-rimborsi.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="agenzia-rimborsi.example")] + SPAM_HDR)

add("it-32-spam-darkweb", "CyberPulizia <team@cyberpulizia.example>", "I dati dei vostri clienti sono nel dark web",
    """Gentile responsabile privacy,

abbiamo trovato 14.000 record associati al dominio acme-corp.example in vendita nel dark web.
Il nostro servizio li rimuove e cancella definitivamente in 72 ore. Offerta riservata:
2.900 € + IVA.

Contattateci subito per evitare sanzioni del Garante.

Team CyberPulizia""",
    IGN("spam", "team@cyberpulizia.example"))

add("it-33-risposta-automatica", "Ufficio Legale Rossi <legale@rossiassociati.example>", "Risposta automatica: [DSR-88750] La sua richiesta",
    """Grazie per averci scritto. Lo studio è chiuso per la festività patronale fino a lunedì.
Risponderemo appena possibile.

Studio Rossi & Associati""",
    IGN("auto_reply", "legale@rossiassociati.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-34-newsletter", "Privacy Italia News <news@privacyitalia.example>", "Privacy Italia - la settimana in breve",
    """PRIVACY ITALIA - LA SETTIMANA IN BREVE

* Garante: sanzione a un operatore di e-commerce per telemarketing aggressivo
* Programmi fedeltà: i chiarimenti sulla profilazione
* Corso online: il registro dei trattamenti in pratica

Per cancellarti dalla newsletter clicca qui: https://privacyitalia.example/unsubscribe""",
    IGN("bulk", "news@privacyitalia.example"),
    headers=["List-Id: Privacy Italia <settimanale.privacyitalia.example>",
             "List-Unsubscribe: <https://privacyitalia.example/unsubscribe>", "Precedence: bulk"])
