from common import *  # part it: written blind

add("it-01-che-dati-avete", "Giulia Esposito <giulia.esposito@libero.example>",
    "richiesta",
"""Buongiorno, vorrei sapere che dati avete su di me e vederli. Grazie
Giulia Esposito""",
    R(["Access"], "giulia.esposito@libero.example", "Giulia", "Esposito"))

add("it-02-cancellare-app", "Lorenzo Bianchi <lorenzo.bianchi@fastweb.example>",
    "App benessere - eliminazione profilo",
"""Salve,

uso la vostra app benessere da un anno ma ho deciso di smettere. Vi chiedo di eliminare il mio
profilo e tutti i dati raccolti (passi, peso, diario alimentare). La polizza sanitaria invece
resta attiva, non voglio disdirla.

Cordiali saluti,
Lorenzo Bianchi""",
    R(["Erasure"], "lorenzo.bianchi@fastweb.example", "Lorenzo", "Bianchi"))

add("it-03-codice-fiscale", "Maria Grazia De Luca <mariagrazia.deluca@alice.example>",
    "Codice fiscale errato",
"""Gentili signori,

nella mia scheda il codice fiscale è sbagliato (manca una lettera del cognome) e per questo il
rimborso della visita ginecologica mi è stato respinto. Il codice corretto è
DLCMGR75C41F839X. Vi prego di correggerlo.

Distinti saluti,
Maria Grazia De Luca""",
    R(["Rectification"], "mariagrazia.deluca@alice.example", "Maria Grazia", "De Luca"))

add("it-04-basta-pubblicita", "SALVATORE RUSSO <salvatore.russo@tin.example>",
    "BASTA",
"""NON VOGLIO PIU RICEVERE LE VOSTRE OFFERTE PER LE PULIZIE DENTALI SCONTATE, NE PER POSTA NE
PER SMS NE PER TELEFONO. CANCELLATEMI DALLE VOSTRE LISTE PUBBLICITARIE.
SALVATORE RUSSO""",
    R(["Opposition"], "salvatore.russo@tin.example", "Salvatore", "Russo"))

add("it-05-rimborso-respinto-sistema", "Francesca Colombo <francesca.colombo@virgilio.example>",
    "Rimborso respinto automaticamente",
"""Buongiorno,

la mia richiesta di rimborso per la fisioterapia è stata respinta in pochi secondi con la dicitura
"esito controllo automatico negativo". Chiedo che la pratica venga riesaminata da un operatore
in carne e ossa e di poter esporre le mie ragioni, come prevede l'art. 22 del GDPR.

Francesca Colombo
Polizza n. 77/31200""",
    R(["AutomatedDecision"], "francesca.colombo@virgilio.example", "Francesca", "Colombo"))

add("it-06-portabilita-dati-app", "Matteo Ricci <matteo.ricci@tiscali.example>",
    "Esportare i miei dati",
"""Ciao,

passo a un'altra app per il fitness e vorrei portarmi dietro lo storico di passi, sonno e
allenamenti. Potete mandarmelo in un formato tipo CSV o JSON, o trasferirlo direttamente
all'altro servizio?

Grazie,
Matteo""",
    R(["Portability"], "matteo.ricci@tiscali.example", "Matteo", "Ricci"))

add("it-07-avvocato-cliente", "Avv. Paolo Mancini <p.mancini@studiolegalemancini.example>",
    "Sig.ra Antonella Ferraro - istanza ex art. 15 GDPR",
"""Spett.le Acme Corp Mutua,

scrivo in nome e per conto della mia assistita, sig.ra Antonella Ferraro, nata a Bari il
3/9/1968, come da procura allegata.

Ai sensi dell'art. 15 del Regolamento (UE) 2016/679 la mia assistita chiede di ottenere copia di
tutti i dati personali che la riguardano, ivi comprese la cartella clinica del vostro studio
dentistico di Bari, le perizie mediche e le comunicazioni relative al sinistro n. 2026/0452.

Distinti saluti,
Avv. Paolo Mancini
Studio Legale Mancini – Bari
Tel. 080 000 1234""",
    R(["Access"], "p.mancini@studiolegalemancini.example", "Antonella", "Ferraro", representative="Paolo Mancini"))

add("it-08-opposizione-profilazione-blocco", "Davide Greco <davide.greco@email.example>",
    "Profilazione e premio",
"""Buonasera,

mi oppongo all'uso dei dati della vostra app per costruire un "profilo di rischio" che poi incide
sul premio della mia polizza. Finché non avrete valutato la mia opposizione, chiedo che questi
dati restino bloccati e non vengano utilizzati per nessuna finalità.

Davide Greco""",
    R(["Opposition", "Restriction"], "davide.greco@email.example", "Davide", "Greco"))

add("it-09-server-fuori-ue", "Chiara Marino <chiara.marino@libero.example>",
    "Dove finiscono i miei dati sanitari?",
"""Salve, i referti che carico nell'app per i rimborsi vengono salvati su server fuori dall'Unione
Europea? E chi li può leggere, oltre al vostro medico fiduciario? Vorrei solo capire, non voglio
cancellare niente.

Grazie,
Chiara Marino""",
    R(["Information"], "chiara.marino@libero.example", "Chiara", "Marino"))

add("it-10-html-cancellare-e-niente-newsletter", "Alessandro Gallo <alessandro.gallo@pec-mail.example>",
    "Richiesta di cancellazione",
    html("Gentile Acme,",
         "non sono più vostro cliente da aprile. Vi chiedo di <b>cancellare</b> tutti i miei dati personali "
         "e di smettere di mandarmi la newsletter sul benessere.",
         "Saluti,<br>Alessandro Gallo"),
    R(["Erasure", "Opposition"], "alessandro.gallo@pec-mail.example", "Alessandro", "Gallo"), ct=HTML)

add("it-11-inoltro-cartella-dentale", "Federica Conti <federica.conti@acme-corp.example>",
    "I: Cartella clinica",
"""Ciao a tutti,

vi inoltro la mail di un paziente arrivata allo studio di Torino. Mi sembra di vostra competenza.

Federica Conti
Segreteria Studio Dentistico Torino Centro

---------- Messaggio inoltrato ---------
Da: Vincenzo Lombardi <vincenzo.lombardi@libero.example>
Data: gio 12 nov 2026 alle ore 16:20
Oggetto: Cartella clinica
A: torino@acme-corp.example

Buongiorno, vorrei avere la mia cartella clinica completa con le radiografie degli ultimi
cinque anni. Grazie. Vincenzo Lombardi""",
    R(["Access"], "vincenzo.lombardi@libero.example", "Vincenzo", "Lombardi"))

add("it-12-errori-cancellare", "tony.costa@hotmail-it.example",
    "dati",
"""salve vorei cancelare i miei dati e non ricevere piu messagi pubblicitari grazie
antonio costa""",
    R(["Erasure", "Opposition"], "tony.costa@hotmail-it.example", "Antonio", "Costa"))

add("it-13-rimborso-oculista", "Rosa Fontana <rosa.fontana@alice.example>",
    "rimborso visita",
"""Buongiorno, quando arriva il rimborso per la visita oculistica del 5 ottobre? Ho mandato tutto
il 7. Grazie

Rosa Fontana

Inviato da iPhone""",
    R(["Unknown"], "rosa.fontana@alice.example", "Rosa", "Fontana"))

add("it-14-storia-lunga-indirizzo", "Giuseppe Santoro <giuseppe.santoro@fastweb.example>",
    "Reclamo",
"""Egregi signori,

vi scrivo per l'ennesima volta. Sono iscritto alla vostra mutua dal 2009 e fino a due anni fa non
avevo mai avuto problemi. Poi è cominciato il disastro: la tessera nuova non è mai arrivata, la
lettera con il rinnovo neppure, e l'anno scorso ho perso un rimborso perché il sollecito per un
documento mancante è finito chissà dove. Il postino mi dice che all'indirizzo che avete voi ci
abita un'altra famiglia da anni.

Il mio indirizzo nei vostri archivi è sbagliato: ho traslocato nel 2023 e l'avevo comunicato allo
sportello. Quello giusto è Via Garibaldi 41, 80134 Napoli. Correggetelo, per favore, e non
cancellate nulla della mia posizione, ho ancora pratiche aperte.

Se entro fine mese non ricevo una risposta scritta mi rivolgerò a un'associazione di
consumatori.

Giuseppe Santoro""",
    R(["Rectification"], "giuseppe.santoro@fastweb.example", "Giuseppe", "Santoro"))

add("it-15-allegato-copia-e-csv", "Marco Bassi <marco.bassi@acme-corp.example>",
    "I: richiesta dati", "",
    R(["Access", "Portability"], "elisa.moretti@tiscali.example", "Elisa", "Moretti"),
    note="Buongiorno, in allegato la mail di un'assicurata arrivata al call center. Grazie, Marco",
    attached=("Elisa Moretti <elisa.moretti@tiscali.example>", "richiesta dati",
"""Buongiorno,

vorrei ricevere tutte le informazioni che conservate su di me, comprese le registrazioni delle
telefonate al call center. Inoltre vorrei lo storico dei rimborsi in un file strutturato che
possa consegnare alla nuova compagnia.

Elisa Moretti"""))

add("it-16-amministratrice-sostegno", "Laura Rinaldi <laura.rinaldi@libero.example>",
    "Aggiornamento dati di mio padre",
"""Buongiorno,

sono l'amministratrice di sostegno di mio padre, Bruno Rinaldi (decreto del Tribunale di Firenze
allegato). Da settembre è ospite della RSA Villa Serena, Via dei Pini 12, Fiesole: vi prego di
aggiornare il suo indirizzo e di indicare il mio numero (347 000 1122) come recapito.

Cordiali saluti,
Laura Rinaldi""",
    R(["Rectification"], "laura.rinaldi@libero.example", "Bruno", "Rinaldi", representative="Laura Rinaldi"))

add("it-17-dopo-la-mia-morte", "Ernesto Barbieri <ernesto.barbieri@virgilio.example>",
    "Disposizioni sui miei dati dopo la morte",
"""Gentili signori,

ho 84 anni e sto sistemando le mie cose. Vorrei lasciare disposizioni su cosa fare dei miei dati
sanitari e della cartella dello studio dentistico quando sarò morto: desidero che mio figlio
Stefano possa accedervi e che poi vengano distrutti. Mi dite come posso farlo?

Ernesto Barbieri""",
    R(["AdvanceDirectives"], "ernesto.barbieri@virgilio.example", "Ernesto", "Barbieri"),
    ct=CP1252, encode="cp1252")

add("it-18-famiglia-gruppo-sanguigno", "Famiglia Marchetti <famiglia.marchetti@alice.example>",
    "Perché il gruppo sanguigno?",
"""Salve,

nel questionario per l'adesione mi chiedete il gruppo sanguigno e se ho mai fatto un test HIV.
Perché vi servono queste informazioni, a cosa servono esattamente e a chi vengono comunicate?
Rispondetemi al mio indirizzo personale, grazie.

Sofia Marchetti""",
    R(["Information"], "sofia.marchetti@studenti.example", "Sofia", "Marchetti"),
    headers=["Reply-To: Sofia Marchetti <sofia.marchetti@studenti.example>"])

add("it-19-task-nomina-responsabile", "Roberto Ferri <roberto.ferri@acme-corp.example>",
    "Nomina responsabile trattamento - gestionale studi",
"""Ciao,

stiamo per firmare con Odonto Software S.r.l. per il nuovo gestionale degli studi dentistici.
Potete verificare l'atto di nomina a responsabile del trattamento e le misure di sicurezza
allegate? Firma prevista a metà dicembre.

Roberto Ferri
Ufficio Acquisti
Acme Corp Mutua Sanitaria – tel. 02 0000 4411
Le informazioni contenute in questa e-mail sono riservate.""",
    TASK("roberto.ferri@acme-corp.example", "Roberto", "Ferri"))

add("it-20-task-registro-telemedicina", "Valentina Caruso <valentina.caruso@acme-corp.example>",
    "Registro dei trattamenti - telemedicina",
"""Buongiorno,

da gennaio partiamo con il servizio di telemedicina per gli iscritti. Potete aggiornare il
registro dei trattamenti? Vi mando la scheda del servizio con i fornitori coinvolti.

Valentina Caruso
Servizi Sanitari""",
    TASK("valentina.caruso@acme-corp.example", "Valentina", "Caruso"))

add("it-21-task-dpia-chatbot", "Simone Longo <simone.longo@acme-corp.example>",
    "DPIA chatbot assistenza",
"""Ciao, il chatbot per le domande sui rimborsi andrà in produzione a febbraio e leggerà anche
i documenti caricati dagli iscritti. Serve una valutazione d'impatto? Se sì, possiamo iniziare
la settimana prossima?
Simone Longo - Digital""",
    TASK("simone.longo@acme-corp.example", "Simone", "Longo"))

add("it-22-inc-chiavetta-persa", "Paola Gentile <paola.gentile@acme-corp.example>",
    "Chiavetta USB smarrita",
"""Buongiorno,

ho perso una chiavetta USB con l'elenco degli iscritti che hanno aderito al programma di
screening (nome, codice fiscale, esito). Credo di averla persa in metropolitana ieri sera. Non
era cifrata.

Paola Gentile
Ufficio Prevenzione""",
    INC("paola.gentile@acme-corp.example", "Paola", "Gentile"))

add("it-23-inc-referto-altrui", "Marco Pellegrini <marco.pellegrini@libero.example>",
    "Ho ricevuto il referto di un'altra persona",
"""Salve,

nella mia area riservata oggi è comparso un referto di ecografia intestato a una signora,
Lucia Benedetti. Non è mio, ovviamente. Vi avviso perché mi sembra una cosa seria: magari lei
vede i miei.

Marco Pellegrini""",
    INC("marco.pellegrini@libero.example", "Marco", "Pellegrini"))

add("it-24-inc-ransomware-studio", "Dott. Luca Serra <luca.serra@acme-corp.example>",
    "URGENTE schermata riscatto studio Bologna",
"""Stamattina i PC della reception dello studio dentistico di Bologna mostrano una schermata che
chiede un riscatto in bitcoin, i file del gestionale non si aprono. Abbiamo spento tutto e
chiamato l'IT. Sui PC ci sono le anagrafiche e le cartelle dei pazienti.

Dott. Luca Serra
Direttore sanitario – Studio Bologna
051 000 7788""",
    INC("luca.serra@acme-corp.example", "Luca", "Serra"))

add("it-25-fu-sollecito", "Anna Ferrara <anna.ferrara@tim.example>",
    "R: [DSR-82466] Conferma di ricezione",
"""Buongiorno,

vi sollecito: non ho ancora ricevuto risposta alla mia richiesta. Quando posso aspettarmela?

Anna Ferrara

-----Messaggio originale-----
Da: privacy@acme-corp.example
Oggetto: [DSR-82466] Conferma di ricezione
La sua richiesta è stata registrata con il numero DSR-82466.""",
    FU("82466", "anna.ferrara@tim.example", "Anna", "Ferrara"))

add("it-26-fu-portabilita-garmin", "Matteo Ricci <matteo.ricci@tiscali.example>",
    "Re: Esportare i miei dati",
"""Aggiungo: se potete trasferirli direttamente, il nuovo servizio è compatibile con file GPX e
FIT. Grazie di nuovo. Matteo""",
    FU(ref("it-06-portabilita-dati-app"), "matteo.ricci@tiscali.example", "Matteo", "Ricci"),
    headers=irt("it-06-portabilita-dati-app"))

add("it-27-spam-vpn", "Privacy Shield Italia <promo@privacyshield-it.example>",
    "Proteggi i tuoi dati personali - VPN GRATIS per 1 anno",
"""I tuoi dati personali sono in pericolo! Hacker e aziende li rubano ogni giorno.
Attiva ORA la nostra VPN e cancella le tue tracce online. Offerta valida solo oggi: 0 EUR per 12
mesi, poi 9,99 al mese.

CLICCA QUI per attivare""",
    IGN("spam", "promo@privacyshield-it.example"), headers=SPAM_HDR)

add("it-28-spam-eredita", "Banca Centrale Fondi <fondi.esteri@bcf-transfer.example>",
    "Trasferimento fondi ereditari - riservato",
"""Gentile beneficiario,

un conto dormiente di 12,5 milioni di dollari intestato a un suo omonimo è in attesa di
trasferimento. Per motivi di privacy le chiediamo di rispondere solo a questo indirizzo
inviando nome completo, numero di telefono e copia di un documento.

Dr. Samuel Okoro""",
    IGN("spam", "fondi.esteri@bcf-transfer.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="bcf-transfer.example")])

add("it-29-risposta-automatica", "Giorgio Valli <giorgio.valli@studiovalli.example>",
    "Risposta automatica: fuori ufficio",
"""Sono fuori ufficio fino al 25 novembre con accesso limitato alla posta. Per urgenze scrivere
a segreteria@studiovalli.example.

Giorgio Valli""",
    IGN("auto_reply", "giorgio.valli@studiovalli.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-30-ticket-altro-sistema", "Assistenza Fornitore <noreply@helpdesk-dentalsupply.example>",
    "[Ticket #88213] Abbiamo ricevuto la sua richiesta",
"""Gentile cliente,

la sua richiesta è stata registrata con il numero di ticket #88213. Un operatore la contatterà
entro 48 ore lavorative. Non rispondere a questo messaggio.

Servizio Clienti DentalSupply""",
    IGN("auto_reply", "noreply@helpdesk-dentalsupply.example"),
    headers=["Auto-Submitted: auto-generated"])
