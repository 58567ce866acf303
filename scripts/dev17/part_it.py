from common import *  # part it: written blind

add("it-01-istanza-accesso-formale",
    "Giuseppe Esposito <giuseppe.esposito@postaweb.example>",
    "Istanza di accesso ai dati personali ex art. 15 GDPR",
    """Spett.le Società,

il sottoscritto Giuseppe Esposito, nato a Napoli il 12/05/1964, codice fiscale
SPSGPP64E12F839X, titolare della fornitura di energia elettrica POD IT001E12345678 sita in
Via Toledo 210, Napoli, con la presente esercita il diritto di accesso di cui all'art. 15
del Regolamento (UE) 2016/679 e chiede di ricevere copia di tutti i dati personali che lo
riguardano, unitamente alle informazioni su finalità, destinatari e periodo di conservazione.

Si allega copia del documento di identità.

Distinti saluti,
Giuseppe Esposito
""",
    R(["Access"], "giuseppe.esposito@postaweb.example", "Giuseppe", "Esposito"))

add("it-02-una-riga-telefonate",
    "lupoalberto72@postaveloce.example",
    "telefonate",
    """non chiamatemi più per le offerte del fotovoltaico grazie
""",
    R(["Opposition"], "lupoalberto72@postaveloce.example"))

add("it-03-attivazione-non-richiesta",
    "Roberto Marchetti <roberto.marchetti@libera-posta.example>",
    "Contratto attivato senza il mio consenso - reclamo",
    """Buongiorno,

vi scrivo perché sono esasperato. A settembre ho ricevuto una telefonata da un operatore che
diceva di chiamare "per conto dell'Autorità per l'energia" per un presunto adeguamento delle
tariffe. Ho risposto a qualche domanda, ho confermato il mio indirizzo e basta. Tre settimane
dopo mi arriva la lettera di benvenuto e la prima bolletta vostra, con addebito sul mio
conto. Ho dovuto fare reclamo, tornare al vecchio fornitore, pagare due volte la quota fissa.

A questo punto voglio sapere chi vi ha fornito il mio numero di cellulare e i miei dati, e
per quale motivo l'operatore li aveva. E vi diffido dal contattarmi ancora per qualsiasi
finalità commerciale, per telefono o in altro modo.

Mi riservo di segnalare tutto al Garante.

Roberto Marchetti
""",
    R(["Information", "Opposition"], "roberto.marchetti@libera-posta.example", "Roberto", "Marchetti"))

add("it-04-codice-fiscale-errato",
    "Francesca De Luca <francesca.deluca@mailitalia.example>",
    "Codice fiscale sbagliato",
    """Salve,

nel mio contratto gas il codice fiscale è riportato con un errore (avete scritto DLCFNC85M41
invece di DLCFNC85M49...). Per questo non riesco ad accedere all'area clienti con lo SPID.
Potete correggerlo?

Grazie,
Francesca De Luca
""",
    R(["Rectification"], "francesca.deluca@mailitalia.example", "Francesca", "De Luca"))

add("it-05-cancellazione-app",
    "Matteo Bianchi <matteo.bianchi@postamia.example>",
    "Eliminare il mio account",
    """Ciao,

non sono più vostro cliente da giugno. Vorrei che il mio account sull'app e tutti i dati
collegati venissero eliminati definitivamente. Non trovo l'opzione nell'app.

Matteo Bianchi
Inviato da iPhone
""",
    R(["Erasure"], "matteo.bianchi@postamia.example", "Matteo", "Bianchi"))

add("it-06-portabilita-latin1",
    "Niccolò Lo Presti <niccolo.lopresti@sicilmail.example>",
    "Richiesta dati di consumo in formato elettronico",
    """Buongiorno,

sto passando a un altro fornitore e vorrei portare con me lo storico dei miei consumi
(letture orarie del contatore elettronico degli ultimi due anni). Potete inviarmeli in un
formato strutturato e leggibile da computer, tipo CSV? Se possibile anche direttamente al
nuovo fornitore.

Cordiali saluti,
Niccolò Lo Presti
Palermo
""",
    R(["Portability"], "niccolo.lopresti@sicilmail.example", "Niccolò", "Lo Presti"),
    ct=LATIN1, encode="latin-1")

add("it-07-html-limitazione-conguaglio",
    "Alessandra Colombo <alessandra.colombo@webposta.example>",
    "Contestazione conguaglio e richiesta di limitazione",
    html("Spettabile Acme,",
         "contesto la bolletta di conguaglio n. 2026/778120 di 1.865 euro, basata su letture "
         "stimate non corrispondenti a quelle reali del contatore.",
         "In attesa della verifica chiedo, ai sensi dell'art. 18 GDPR, la limitazione del "
         "trattamento dei miei dati: non devono essere trasmessi a società di recupero crediti "
         "né utilizzati per sospendere la fornitura finché il reclamo non è definito.",
         "Cordiali saluti,<br>Alessandra Colombo<br>Via Vittorio Veneto 5, Monza"),
    R(["Restriction"], "alessandra.colombo@webposta.example", "Alessandra", "Colombo"), ct=HTML)

add("it-08-rateizzazione-negata",
    "Davide Conti <davide.conti@postacerta-privata.example>",
    "Rateizzazione negata dal sistema",
    """Buongiorno,

ho chiesto online la rateizzazione della bolletta di conguaglio e il sistema me l'ha negata
all'istante con la dicitura "esito della valutazione automatica: negativo". Chiedo che la mia
richiesta venga riesaminata da una persona, e di poter esprimere le mie ragioni: ho sempre
pagato tutto, il conguaglio è dovuto a un errore di lettura.

Davide Conti
""",
    R(["AutomatedDecision"], "davide.conti@postacerta-privata.example", "Davide", "Conti"))

add("it-09-amministratore-sostegno-zia",
    "Paolo Ferrari <paolo.ferrari@studioferrari.example>",
    "Sig.ra Concetta Russo - amministrazione di sostegno",
    """Spett.le Ufficio Privacy,

sono l'amministratore di sostegno della sig.ra Concetta Russo (decreto del Giudice Tutelare
di Bari del 10/01/2026, in allegato), vostra cliente per la fornitura di Via Sparano 88.

Nel suo interesse vi chiedo di fornirmi copia dei dati personali che trattate su di lei e
l'elenco dei contratti e servizi attivi, e di non contattarla più per proposte commerciali,
né al telefono né a domicilio: negli ultimi mesi ha sottoscritto due servizi aggiuntivi di
cui non ha alcun bisogno.

Cordiali saluti,
Avv. Paolo Ferrari
Tel. 080 555 1122
""",
    R(["Access", "Opposition"], "paolo.ferrari@studioferrari.example", "Concetta", "Russo",
      representative="Paolo Ferrari"))

add("it-10-figlio-madre-defunta",
    "Lorenzo Galli <lorenzo.galli@casagalli.example>",
    "Decesso della sig.ra Anna Maria Galli",
    """Buongiorno,

mia madre, Anna Maria Galli, è mancata lo scorso agosto. In qualità di erede vi chiedo di
inviarmi copia dei contratti e dello storico pagamenti a lei intestati, che mi servono per
la successione, e successivamente di cancellare i suoi dati personali.

Allego certificato di morte e dichiarazione sostitutiva di atto notorio.

Lorenzo Galli
""",
    R(["Access", "Erasure"], "lorenzo.galli@casagalli.example", "Anna Maria", "Galli",
      representative="Lorenzo Galli"))

add("it-11-maiuscole-elenchi",
    "ERMINIA PALUMBO <erminia.palumbo@anzianimail.example>",
    "TOGLIETEMI DAI VOSTRI ELENCHI",
    """TOGLIETE IL MIO NUMERO E IL MIO INDIRIZZO DAI VOSTRI ELENCHI PUBBLICITARI. MI CHIAMATE
ANCHE LA DOMENICA. SONO ISCRITTA AL REGISTRO DELLE OPPOSIZIONI.

ERMINIA PALUMBO
""",
    R(["Opposition"], "erminia.palumbo@anzianimail.example", "Erminia", "Palumbo"))

add("it-12-conservazione-dopo-recesso",
    "Chiara Marino <chiara.marino@posta-rapida.example>",
    "Domanda su conservazione dati",
    """Ciao,

una curiosità prima di cambiare fornitore: dopo il recesso per quanto tempo tenete i dati
dei clienti? E li passate a qualcuno, ad esempio alle società di recupero crediti o al
nuovo fornitore? Non mi serve una copia, solo capire.

Grazie mille,
Chiara
""",
    R(["Information"], "chiara.marino@posta-rapida.example", "Chiara", "Marino"))

add("it-13-collega-inoltro-vecchio-account",
    "Federica Rinaldi <federica.rinaldi@acme-corp.example>",
    "I: cancellazione dati ex cliente",
    """Ciao team privacy,

vi inoltro la mail di un ex cliente arrivata al servizio clienti. Chiede la cancellazione,
credo sia di vostra competenza.

Federica Rinaldi
Customer Care - Back Office

----- Messaggio inoltrato -----
Da: Salvatore D'Amico <salvatore.damico@mailsud.example>
Data: venerdì 13 novembre 2026 11:27
A: servizioclienti@acme-corp.example
Oggetto: cancellazione

Buongiorno, sono stato vostro cliente fino al 2023. Chiedo la cancellazione di tutti i miei
dati personali, non ho più alcun rapporto con voi. Salvatore D'Amico
""",
    R(["Erasure"], "salvatore.damico@mailsud.example", "Salvatore", "D'Amico"))

add("it-14-collega-allegato-indirizzo",
    "Marco Gentile <marco.gentile@acme-corp.example>",
    "Fwd: dati errati",
    "",
    R(["Rectification"], "giulia.dellacqua@postaweb.example", "Giulia", "Dell'Acqua"),
    note="""Ciao, vi giro in allegato la mail di una cliente che chiede di correggere i suoi dati.
Marco (Fatturazione)""",
    attached=("Giulia Dell'Acqua <giulia.dellacqua@postaweb.example>", "dati errati",
              """Buongiorno,

il mio cognome è scritto "Dellacqua" invece di "Dell'Acqua" e l'indirizzo di fatturazione è
ancora quello vecchio di Via Roma 3. Il nuovo è Corso Garibaldi 41, 10122 Torino. Vi prego di
correggere.

Giulia Dell'Acqua
"""))

add("it-15-senza-punteggiatura",
    "ale.rossi.99@mailgiovane.example",
    "dati",
    """salve volevo sapere che dati avete su di me e poi cancellatemi xke non sono mai stato
cliente vostro ciao ale
""",
    R(["Access", "Erasure"], "ale.rossi.99@mailgiovane.example", "Ale", None))

add("it-16-voltura",
    "Antonella Greco <antonella.greco@postacasa.example>",
    "Voltura contratto",
    """Buongiorno,

ho acquistato casa in Via Dante 12 a Lecce e vorrei fare la voltura del contratto luce a mio
nome. Quali documenti devo mandare?

Antonella Greco
""",
    R(["Unknown"], "antonella.greco@postacasa.example", "Antonella", "Greco"))

add("it-17-non-disdetta-solo-csv-cp1252",
    "Stefano Moretti <stefano.moretti@domotica-casa.example>",
    "Download dei miei dati di consumo",
    """Buongiorno,

premetto che non voglio disdire né cancellare nulla, sono soddisfatto del servizio. Mi
servirebbe però l\u2019esportazione dei miei dati di consumo quartorari in un file CSV o JSON,
da importare nel mio sistema di domotica. Nell\u2019app c\u2019è solo il grafico.

Grazie,
Stefano Moretti
""",
    R(["Portability"], "stefano.moretti@domotica-casa.example", "Stefano", "Moretti"),
    ct=CP1252, encode="cp1252")

add("it-18-revoca-consenso-profilazione",
    "Elisa Fontana <elisa.fontana@ticinomail.example>",
    "Revoca consenso profilazione",
    """Buongiorno,

con la presente revoco il consenso alla profilazione e all'analisi delle mie abitudini di
consumo a fini commerciali, che mi pare di aver dato alla firma del contratto. Vorrei
continuare a ricevere solo le bollette.

Cordialmente,
Elisa Fontana
""",
    R(["Opposition"], "elisa.fontana@ticinomail.example", "Elisa", "Fontana"))

add("it-19-compito-nomina-responsabile",
    "Andrea Caruso <andrea.caruso@acme-corp.example>",
    "Nomina a responsabile del trattamento - installatore FV",
    """Ciao,

stiamo per firmare con SolarSud Impianti per l'installazione dei pannelli fotovoltaici in
Puglia e Basilicata. Serve la nomina a responsabile ex art. 28: potete prepararla o
rivedere la bozza che ci hanno mandato loro? Firmiamo il 4 dicembre.

Andrea Caruso
Ufficio Acquisti
""",
    TASK("andrea.caruso@acme-corp.example", "Andrea", "Caruso"))

add("it-20-compito-informativa-sito",
    "Valentina Ricci <valentina.ricci@acme-corp.example>",
    "Aggiornamento informativa privacy per nuovo form preventivi",
    """Buongiorno,

a gennaio mettiamo online il nuovo form per i preventivi pompe di calore, con caricamento di
foto e planimetrie. Ci serve un'informativa aggiornata e il testo dei consensi. Riuscite a
farcela avere entro il 15 dicembre?

Grazie,
Valentina Ricci
Digital Marketing
""",
    TASK("valentina.ricci@acme-corp.example", "Valentina", "Ricci"))

add("it-21-compito-questionario-fornitore",
    "Luca Barbieri <luca.barbieri@acme-corp.example>",
    "Questionario privacy fornitore software recupero crediti",
    """Ciao a tutti,

il nuovo fornitore del software per il recupero crediti ci ha restituito il questionario di
sicurezza e privacy compilato (62 domande). Potete valutarlo e dirmi se ci sono punti
critici prima del go-live?

Luca Barbieri
IT Vendor Management
""",
    TASK("luca.barbieri@acme-corp.example", "Luca", "Barbieri"))

add("it-22-incidente-cc-invece-ccn",
    "Simona Leone <simona.leone@acme-corp.example>",
    "Email inviata con destinatari in chiaro",
    """Ciao,

stamattina ho inviato la comunicazione sull'interruzione programmata a 310 clienti di
Bergamo mettendo gli indirizzi in CC invece che in CCN. Tutti vedono gli indirizzi email di
tutti. Due clienti hanno già risposto a tutti lamentandosi.

Simona Leone
Comunicazione Clienti
""",
    INC("simona.leone@acme-corp.example", "Simona", "Leone"))

add("it-23-incidente-esterno-raccomandata",
    "Gianni Pellegrini <gianni.pellegrini@postabuona.example>",
    "Ho ricevuto un sollecito di pagamento di un'altra persona",
    """Buongiorno,

il postino mi ha consegnato una vostra raccomandata di sollecito che però è intestata a un
certo Massimo Serra, stesso palazzo ma altro interno, con tanto di importo dovuto e codice
cliente. L'ho aperta senza guardare il nome, scusate. Come devo fare? Ve la rimando?

Gianni Pellegrini
""",
    INC("gianni.pellegrini@postabuona.example", "Gianni", "Pellegrini"))

add("it-24-incidente-portatile-treno",
    "Michele Fabbri <michele.fabbri@acme-corp.example>",
    "Furto portatile aziendale",
    """Buonasera,

mi hanno rubato lo zaino con il portatile aziendale sul Frecciarossa Milano-Roma. Sul
portatile c'erano i file dei preventivi fotovoltaico della settimana (nomi, indirizzi,
consumi, foto dei tetti). Il disco dovrebbe essere cifrato. Ho fatto denuncia alla Polfer.

Michele Fabbri
Area Manager Centro
""",
    INC("michele.fabbri@acme-corp.example", "Michele", "Fabbri"))

add("it-25-sollecito-dsr",
    "Carla Mancini <carla.mancini@postaweb.example>",
    "R: [DSR-70388] Conferma di ricezione della sua richiesta",
    """Buongiorno,

sono passati 40 giorni dalla vostra conferma e non ho ancora ricevuto risposta. Vi prego di
evadere la mia richiesta.

Carla Mancini

----- Messaggio originale -----
Gentile cliente, la sua richiesta è stata registrata con il numero DSR-70388.
""",
    FU("70388", "carla.mancini@postaweb.example", "Carla", "Mancini"))

add("it-26-risposta-allegato-letture",
    "Alessandra Colombo <alessandra.colombo@webposta.example>",
    "Re: Contestazione conguaglio e richiesta di limitazione",
    """Buongiorno,

ad integrazione della mia precedente, vi invio le foto del contatore con le letture reali
e la data. Attendo riscontro.

Alessandra Colombo
""",
    FU(ref("it-07-html-limitazione-conguaglio"), "alessandra.colombo@webposta.example", "Alessandra",
       "Colombo"),
    headers=irt("it-07-html-limitazione-conguaglio"))

add("it-27-spam-premio",
    "Vincitori Energia <premi@concorso-energia.example>",
    "Congratulazioni! Hai vinto un buono da 500 EUR",
    """Gentile utente,

sei stato selezionato per ricevere un buono da 500 EUR sulla bolletta! Per riscattarlo e
per tutelare i tuoi dati personali conferma la tua identità inserendo i dati della carta.

RISCATTA ORA

Offerta valida 24 ore.
""",
    IGN("spam", "premi@concorso-energia.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="concorso-energia.example")])

add("it-28-spam-cancellazione-dati",
    "Privacy Guard Italia <servizio@privacyguard-italia.example>",
    "I tuoi dati sono in vendita: cancellali con un click",
    """Ciao!

I tuoi dati personali sono stati trovati su 143 siti. Il nostro servizio invia per te
richieste di cancellazione GDPR a tutte le aziende. Solo 2,99 EUR al mese. Attiva ora la
prova gratuita!

Per non ricevere più queste email clicca qui.
""",
    IGN("spam", "servizio@privacyguard-italia.example"), headers=SPAM_HDR)

add("it-29-bounce",
    "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)

add("it-30-risposta-automatica",
    "Studio Commercialista Bassi <info@studiobassi.example>",
    "Risposta automatica: Fuori sede",
    """Lo studio è chiuso per ferie fino al 23 novembre. Per urgenze scrivere a
urgenze@studiobassi.example. Grazie.
""",
    IGN("auto_reply", "info@studiobassi.example"))
