# Italian: mostly a school platform (Acme Scuola: registro elettronico, didattica online) used by
# schools, parents and pupils, plus Acme's private clinics (Acme Salute).
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH, AUTOREPLY, ref, irt

add("it-01-cancellare-account-una-riga", "Giulia Ferri <giulia.ferri@libero.example>", "account",
    """Vorrei cancellare il mio account e tutti i miei dati, grazie. Giulia Ferri
""", R(["Erasure"], "giulia.ferri@libero.example", "Giulia", "Ferri"))

add("it-02-accesso-art15-formale", "Avv. Roberto Colombo <roberto.colombo@pec-colombo.example>", "Istanza di accesso ai dati personali ex art. 15 GDPR",
    """Spett.le Acme Corp,

il sottoscritto Roberto Colombo, nato a Milano il 12/05/1970, residente in Via Washington 44, 20146 Milano, in qualità di interessato,

CHIEDE

ai sensi dell'art. 15 del Regolamento (UE) 2016/679, di ottenere conferma dell'esistenza di dati personali che lo riguardano e la loro comunicazione in forma intelligibile, nonché informazioni su finalità, destinatari, periodo di conservazione e origine dei dati.

Si allega copia del documento d'identità.

Distinti saluti
Roberto Colombo
""", R(["Access"], "roberto.colombo@pec-colombo.example", "Roberto", "Colombo"))

add("it-03-genitore-cancellare-dati-figlio", "Francesca Greco <francesca.greco@gmail.example>", "Dati di mio figlio sulla piattaforma",
    """Buongiorno,

mio figlio Matteo Esposito frequentava la classe 2B della scuola media "G. Pascoli" di Bari, che usa la vostra piattaforma. A settembre ha cambiato scuola e la nuova scuola usa un altro registro.

Essendo la madre e quindi esercente la responsabilità genitoriale, chiedo la cancellazione del suo account e di tutti i suoi dati (compiti, voti, foto del profilo, messaggi).

Cordiali saluti
Francesca Greco
""", R(["Erasure"], "francesca.greco@gmail.example", "Matteo", "Esposito", representative="Francesca Greco"))

add("it-04-basta-telefonate", "Salvatore Russo <salvatore.russo@tim.example>", "telefonate",
    """Buonasera,
mi chiamate continuamente per propormi i pacchetti di check-up delle vostre cliniche, anche la domenica. Non voglio più essere contattato per promozioni, né al telefono né per email.

Salvatore Russo
""", R(["Opposition"], "salvatore.russo@tim.example", "Salvatore", "Russo"))

add("it-05-rettifica-nome-registro", "Alessandra Bruno <alessandra.bruno@alice.example>", "Nome sbagliato sul registro",
    """Salve,

sul registro elettronico il cognome di mia figlia risulta "Bruni" invece di "Bruno". Questo errore compare anche sulle pagelle scaricabili. La scuola dice che i dati arrivano da voi. Potete correggere? Mia figlia si chiama Sofia Bruno, classe 4A, Liceo Scientifico "Fermi" di Padova.

Grazie,
Alessandra Bruno
""", R(["Rectification"], "alessandra.bruno@alice.example", "Sofia", "Bruno", representative="Alessandra Bruno"))

add("it-06-portabilita-cartella-clinica", "Davide Marino <davide.marino@gmail.example>", "Esportazione dei miei referti",
    """Buongiorno,

sono paziente del vostro centro diagnostico di Torino da diversi anni. Vorrei ricevere tutti i miei referti e i dati degli esami del sangue in un formato elettronico strutturato (non scansioni), per poterli caricare sul Fascicolo Sanitario e nell'app del mio nuovo medico. Esercito il diritto alla portabilità dei dati.

Grazie
Davide Marino
""", R(["Portability"], "davide.marino@gmail.example", "Davide", "Marino"))

add("it-07-decisione-automatica-borsa-studio", "Chiara Romano <chiara.romano@studenti.example>", "Esclusione automatica dal corso di recupero",
    """Buongiorno,

la piattaforma mi ha escluso automaticamente dal corso di preparazione alla maturità perché il mio "indice di rischio abbandono" calcolato dal sistema sarebbe troppo alto. Nessun docente ha valutato la mia situazione.

Chiedo che la decisione venga riesaminata da una persona e di sapere come viene calcolato questo indice.

Chiara Romano
classe 5C, ITIS "Volta"
""", R(["AutomatedDecision"], "chiara.romano@studenti.example", "Chiara", "Romano"))

add("it-08-informazioni-conservazione-dati-studenti", "Paolo Gallo <paolo.gallo@fastweb.example>", "Domanda sui dati degli studenti",
    """Buonasera,

sono genitore di due alunni che usano la vostra piattaforma. Vorrei sapere per quanto tempo conservate voti, note disciplinari e messaggi dopo che i ragazzi hanno finito la scuola, e se i dati sono usati per addestrare sistemi di intelligenza artificiale o ceduti a terzi. Non ho trovato risposte chiare nell'informativa.

Grazie,
Paolo Gallo
""", R(["Information"], "paolo.gallo@fastweb.example", "Paolo", "Gallo"))

add("it-09-limitazione-nota-disciplinare", "Marco Conti <marco.conti@libero.example>", "Richiesta di limitazione del trattamento",
    """Spett.le Acme,

sul registro elettronico di mio figlio Lorenzo Conti (3A, IC "Don Milani" di Prato) compare una nota disciplinare che la scuola stessa riconosce essere stata inserita per errore nel profilo sbagliato. In attesa che la scuola verifichi e corregga, chiedo ai sensi dell'art. 18 GDPR la limitazione del trattamento di quel dato: non deve essere visibile né utilizzato per il voto di condotta.

Marco Conti
""", R(["Restriction"], "marco.conti@libero.example", "Lorenzo", "Conti", representative="Marco Conti"))

add("it-10-avvocato-per-paziente", "Studio Legale Ricci <avv.ricci@studiolegalericci.example>", "Sig.ra Anna Lombardi - richiesta copia cartella clinica e dati",
    """Spettabile Acme Salute,

scrivo in nome e per conto della mia assistita, Sig.ra Anna Lombardi, nata a Firenze il 03/09/1965, come da procura allegata.

La mia assistita è stata ricoverata presso la Vostra Clinica di Firenze dal 10 al 22 aprile 2026. Chiedo copia integrale della cartella clinica e di tutti i dati personali che la riguardano, compresi i registri di accesso al suo fascicolo elettronico.

Distinti saluti,
Avv. Giovanni Ricci
Studio Legale Ricci - Firenze
""", R(["Access"], "avv.ricci@studiolegalericci.example", "Anna", "Lombardi", representative="Giovanni Ricci"))

add("it-11-erede-madre-deceduta", "Stefano Moretti <stefano.moretti@virgilio.example>", "Mia madre, sig.ra Lucia Barbieri, deceduta",
    """Buongiorno,

mia madre, Lucia Barbieri, è deceduta a settembre. Era paziente del vostro poliambulatorio di Bologna. Come figlio ed erede, vorrei una copia della sua documentazione sanitaria degli ultimi due anni, che ci serve per una questione assicurativa.

Allego certificato di morte e dichiarazione sostitutiva di atto notorio.

Stefano Moretti
""", R(["Access"], "stefano.moretti@virgilio.example", "Lucia", "Barbieri", representative="Stefano Moretti"))

add("it-12-esercitare-diritti-generico", "Federica Costa <fede.costa@gmail.example>", "privacy",
    """Buongiorno, vorrei esercitare i miei diritti in materia di privacy (GDPR). Come devo procedere?

Federica Costa
""", R(["Unknown"], "fede.costa@gmail.example", "Federica", "Costa"))

add("it-13-html-copia-dati-docente", "Prof. Andrea Fontana <andrea.fontana@istruzione-docenti.example>", "Richiesta dati personali",
    html("Gentili signori,",
         "sono un docente che ha utilizzato la vostra piattaforma fino a giugno presso l'IIS \"Galilei\" di Verona. "
         "Chiedo di ricevere copia di tutti i dati personali che mi riguardano, inclusi i log di accesso e le registrazioni delle lezioni a distanza.",
         "Cordiali saluti,<br>Andrea Fontana"),
    R(["Access"], "andrea.fontana@istruzione-docenti.example", "Andrea", "Fontana"), ct=HTML)

add("it-14-maiuscole-newsletter", "rosaria.caruso@tiscali.example", "NON VOGLIO PIU LE VOSTRE EMAIL",
    """HO CHIESTO PIU VOLTE DI NON RICEVERE PIU LA NEWSLETTER DELLE CLINICHE. CANCELLATEMI DALLA LISTA!!!!

ROSARIA CARUSO
""", R(["Opposition"], "rosaria.caruso@tiscali.example", "Rosaria", "Caruso"))

add("it-15-lettera-arrabbiata-prenotazione", "Giuseppe Rinaldi <giuseppe.rinaldi@libero.example>", "Reclamo - disservizio gravissimo",
    """Gentili signori,

sono indignato. Il 3 novembre mi sono presentato alla vostra clinica di Napoli per una colonscopia prenotata da due mesi, dopo aver fatto la preparazione e preso un giorno di ferie, e mi è stato detto che la prenotazione "non risultava". Nessuno si è scusato. Ho dovuto pagare di nuovo per un esame altrove.

Non solo: il giorno dopo ho ricevuto un SMS promozionale per un "check-up cuore" come se niente fosse.

Voglio il rimborso delle spese sostenute. Inoltre voglio sapere esattamente quali dati avete su di me e chi li ha visti, perché evidentemente il vostro sistema è un colabrodo, e vi chiedo di non usarli mai più per mandarmi pubblicità.

Giuseppe Rinaldi
""", R(["Access", "Opposition"], "giuseppe.rinaldi@libero.example", "Giuseppe", "Rinaldi"))

add("it-16-famiglia-reply-to", "Famiglia Villa <famiglia.villa@alice.example>", "dati personali",
    """Buongiorno, sono Elena Villa, mamma di due alunni ma scrivo per me: ho un account genitore sulla piattaforma e vorrei una copia dei miei dati personali (accessi, messaggi inviati ai docenti). Rispondete per favore alla mia email personale.

Elena Villa
""", R(["Access"], "elena.villa82@gmail.example", "Elena", "Villa"),
    headers=["Reply-To: Elena Villa <elena.villa82@gmail.example>"])

add("it-17-inoltro-segreteria-inline", "Segreteria IC Manzoni <segreteria.icmanzoni@acme-corp.example>", "I: richiesta cancellazione",
    """Buongiorno,

vi inoltro la richiesta di un ex alunno arrivata alla nostra casella.

Cordiali saluti
Rita - Supporto scuole

-------- Messaggio inoltrato --------
Da: Luca De Santis <luca.desantis03@gmail.example>
Inviato: sabato 14 novembre 2026 17:22
A: supporto.scuole@acme-corp.example
Oggetto: richiesta cancellazione

Salve, mi sono diplomato a luglio e vorrei che il mio account studente fosse cancellato insieme a tutti i miei dati. Grazie, Luca De Santis
""", R(["Erasure"], "luca.desantis03@gmail.example", "Luca", "De Santis"))

add("it-18-inoltro-allegato-opposizione", "Valentina Marchetti <valentina.marchetti@acme-corp.example>", "I: promozioni",
    "", R(["Opposition"], "c.pellegrini@libero.example", "Carla", "Pellegrini"),
    attached=("Carla Pellegrini <c.pellegrini@libero.example>", "promozioni",
              """Buongiorno,

dopo la visita oculistica nella vostra clinica di Roma continuo a ricevere offerte per occhiali e lenti da un'ottica "partner". Non ho mai autorizzato la comunicazione dei miei dati a terzi per scopi commerciali e mi oppongo.

Carla Pellegrini
"""),
    note="Ciao, paziente scrive al CUP, la giro a voi per competenza. Vale\n")

add("it-19-ex-dipendente-fascicolo", "Antonio Mancini <antonio.mancini@gmail.example>", "Richiesta fascicolo personale",
    """Buongiorno,

ho lavorato come infermiere presso la Clinica Acme Salute di Roma dal 2017 al 2025. Chiedo copia del mio fascicolo personale, comprese le valutazioni, i turni e i provvedimenti disciplinari.

Distinti saluti,
Antonio Mancini
""", R(["Access"], "antonio.mancini@gmail.example", "Antonio", "Mancini"))

add("it-20-candidato-cancellazione-cv", "Martina Leone <martina.leone@outlook.example>", "Candidatura",
    """Salve, mi ero candidata come tecnico di radiologia a Milano ma ho trovato lavoro altrove. Vi chiedo di cancellare il mio CV e i miei dati dai vostri archivi.

Grazie e buon lavoro,
Martina Leone
""", R(["Erasure"], "martina.leone@outlook.example", "Martina", "Leone"))

add("it-21-iphone-copia-dati", "Simone Galli <simone.galli@icloud.example>", "I miei dati",
    """Buongiorno, potete mandarmi una copia dei miei dati? grazie

Simone Galli

Inviato da iPhone
""", R(["Access"], "simone.galli@icloud.example", "Simone", "Galli"))

add("it-22-latin1-rettifica-indirizzo", "Nicolò Cattaneo <nicolo.cattaneo@tin.example>", "Aggiornamento dati anagrafici",
    """Buongiorno,

vi chiedo di aggiornare i miei dati: il mio indirizzo non è più Via Roma 12 a Como ma Via Garibaldi 7, 22100 Como. Inoltre il mio codice fiscale è registrato con un errore (una lettera sbagliata), vi allego la tessera sanitaria per la verifica.

Grazie, cordialità
Nicolò Cattaneo
""", R(["Rectification"], "nicolo.cattaneo@tin.example", "Nicolò", "Cattaneo"), encode="latin-1")

add("it-23-cancellazione-e-revoca-consenso", "Elisa Fabbri <elisa.fabbri@gmail.example>", "revoca consenso",
    """Buongiorno,

revoco il consenso al trattamento dei miei dati per finalità di marketing e vi chiedo di cancellare il mio account sul portale pazienti, che non utilizzo più.

Elisa Fabbri
""", R(["Opposition", "Erasure"], "elisa.fabbri@gmail.example", "Elisa", "Fabbri"))

add("it-24-domanda-non-privacy-e-accesso", "Roberta Sartori <roberta.sartori@gmail.example>", "Password e dati",
    """Buonasera,

non riesco più ad accedere al registro, il reset della password non arriva. Potete aiutarmi?

Già che ci sono, vorrei anche sapere quali dati avete su di me come genitore e riceverne una copia.

Roberta Sartori
""", R(["Access"], "roberta.sartori@gmail.example", "Roberta", "Sartori"))

add("it-25-foto-classe-pubblicata", "Daniela Ferrara <daniela.ferrara@libero.example>", "Foto di mia figlia",
    """Buongiorno,

sulla bacheca pubblica della piattaforma (visibile a tutti i genitori dell'istituto) è stata pubblicata una foto della recita in cui si vede chiaramente mia figlia, Aurora Ferrara, 8 anni. Non ho mai dato il consenso. Vi chiedo di rimuovere subito la foto e di cancellarla dai vostri server.

Daniela Ferrara
""", R(["Erasure"], "daniela.ferrara@libero.example", "Aurora", "Ferrara", representative="Daniela Ferrara"))

add("it-26-accesso-e-portabilita-docente", "Lorenzo Bianchi <lorenzo.bianchi@gmail.example>", "Materiali e dati",
    """Salve,

lascio l'insegnamento a fine anno. Vorrei una copia dei dati personali che avete su di me e l'esportazione di tutti i materiali didattici e dei contenuti che ho caricato sulla piattaforma in un formato standard riutilizzabile (es. ZIP con file originali e un JSON/CSV dei corsi), per portarli su un'altra piattaforma.

Lorenzo Bianchi
""", R(["Access", "Portability"], "lorenzo.bianchi@gmail.example", "Lorenzo", "Bianchi"))

add("it-27-svizzera-ticino-informazioni", "Fabio Rossi <fabio.rossi@bluewin.example>", "Trasferimento dati all'estero",
    """Buongiorno,

vivo in Ticino e mi sono fatto operare nella vostra clinica di Como. Vorrei capire se i miei dati sanitari vengono trasferiti fuori dall'Unione europea (per esempio a fornitori cloud americani) e con quali garanzie.

Cordiali saluti
Fabio Rossi
""", R(["Information"], "fabio.rossi@bluewin.example", "Fabio", "Rossi"))

# ---- ignore ----
add("it-28-phish-poste", "Poste Italiane <avvisi@posteitaliane-verifica.example>", "Il tuo conto BancoPosta è stato sospeso",
    """Gentile cliente,

abbiamo rilevato un accesso anomalo al tuo conto. Per motivi di sicurezza il conto è stato temporaneamente sospeso.

Per riattivarlo verifica subito i tuoi dati: http://posteitaliane-verifica.example/riattiva

Se non verifichi entro 24 ore il conto sarà bloccato definitivamente.
""", IGN("spam"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="posteitaliane-verifica.example")])

add("it-29-spam-cancellazione-dati-eredita", "Dott. Marco Bellini <marco.bellini.fiduciario@gmail.example>", "Eredità non reclamata - risposta urgente",
    """Gentile,

sono il Dott. Marco Bellini, fiduciario di un cliente deceduto senza eredi che ha lasciato 3.800.000 EUR. Lei è stato individuato come beneficiario.

Per procedere invii nome, indirizzo, copia documento e IBAN. Le spese notarili di 1.200 EUR sono a suo carico.

Ai sensi del GDPR, se non desidera essere contattato risponda CANCELLA e i suoi dati saranno eliminati.
""", IGN("spam"), headers=["Reply-To: bellini.studio@yahoo.example"])

add("it-30-spam-header-seo", "Web Agency Top <info@webagencytop.example>", "Sito web nuovo a 299 euro",
    """Buongiorno,

realizziamo siti web professionali a partire da 299 euro, con posizionamento su Google incluso. Offerta valida fino a fine mese.

Per non ricevere più comunicazioni rispondere "rimuovi".
""", IGN("spam"), headers=SPAM_HDR)

add("it-31-spam-investimento-crypto", "Consulente Finanziario <profitti@trading-sicuro.example>", "Guadagna 5.000 euro al mese da casa",
    """Ciao!

Grazie alla nostra piattaforma di trading automatico con intelligenza artificiale puoi guadagnare fino a 5.000 euro al mese investendo solo 250 euro. Migliaia di italiani lo fanno già!

Registrati ora, posti limitati: http://trading-sicuro.example/iscriviti
""", IGN("spam"))

add("it-32-risposta-automatica-ferie", "Maria Grazia Rizzo <mg.rizzo@comune-lecce.example>", "Risposta automatica: Vostra richiesta",
    """Sono in ferie fino al 23 novembre. Per urgenze contattare l'ufficio protocollo al numero 0832 000000.

Maria Grazia Rizzo
""", IGN("auto_reply"), headers=AUTOREPLY)

add("it-33-newsletter-scuola-digitale", "Scuola Digitale News <news@scuoladigitale-news.example>", "Scuola Digitale - novembre 2026",
    """SCUOLA DIGITALE - Newsletter di novembre

- Registro elettronico: le novità del nuovo anno scolastico
- Privacy a scuola: foto e video delle recite
- Webinar gratuito: intelligenza artificiale in classe

Ricevi questa email perché sei iscritto alla newsletter. Annulla iscrizione: https://scuoladigitale-news.example/unsub
""", IGN("bulk"), headers=["List-Unsubscribe: <https://scuoladigitale-news.example/unsub?id=3321>",
                           "List-Id: <news.scuoladigitale-news.example>"])

# ---- tasks ----
add("it-34-task-nomina-responsabile-scuole", "Giorgio Ferraro <giorgio.ferraro@acme-corp.example>", "Accordo art. 28 con nuovo istituto",
    """Ciao,

l'Istituto Comprensivo "Montessori" di Genova vuole firmare il contratto per la piattaforma da gennaio, ma il loro DPO ha mandato un proprio modello di nomina a responsabile del trattamento con varie modifiche (audit on-site, data breach entro 24 ore, niente sub-responsabili extra UE).

Potete rivederlo e dirmi cosa possiamo accettare?

Giorgio Ferraro
Ufficio Commerciale Scuole
""", TASK("giorgio.ferraro@acme-corp.example", "Giorgio", "Ferraro"))

add("it-35-task-dpia-proctoring", "Serena Longo <serena.longo@acme-corp.example>", "Valutazione d'impatto per il proctoring",
    """Buongiorno,

il team prodotto vuole aggiungere alla piattaforma una funzione di "sorveglianza" durante le verifiche online (webcam, rilevamento del volto, analisi dei movimenti degli occhi) per gli studenti delle superiori.

Trattandosi di minori e dati biometrici credo serva una DPIA. Potete avviarla voi?

Serena Longo
Product Manager
""", TASK("serena.longo@acme-corp.example", "Serena", "Longo"))

add("it-36-task-aggiornare-registro-trattamenti", "Emanuele Vitale <emanuele.vitale@acme-corp.example>", "Registro trattamenti - nuovo CUP online",
    """Ciao a tutti,

dal 1° dicembre il CUP delle cliniche passa a un nuovo fornitore (prenotazioni online e pagamenti). Bisogna aggiornare il registro dei trattamenti con il nuovo responsabile e le nuove categorie di dati (IBAN per i rimborsi). Mi dite di cosa avete bisogno?

Emanuele Vitale
Sistemi Informativi
""", TASK("emanuele.vitale@acme-corp.example", "Emanuele", "Vitale"))

add("it-37-task-informativa-app-genitori", "Ilaria Parisi <ilaria.parisi@acme-corp.example>", "Revisione informativa app genitori",
    """Ciao,

stiamo per pubblicare la nuova app per genitori (con notifiche push sulle assenze e chat con i docenti). Potete rivedere l'informativa privacy e la schermata dei consensi prima del rilascio del 10 dicembre?

Grazie mille!
Ilaria
""", TASK("ilaria.parisi@acme-corp.example", "Ilaria", "Parisi"))

# ---- incidents ----
add("it-38-incidente-voti-visibili-tutti", "Gabriele Serra <gabriele.serra@acme-corp.example>", "Voti visibili a tutti i genitori",
    """Ciao,

da stamattina, dopo il rilascio della versione 5.2, in alcune scuole i genitori vedono nella bacheca di classe i voti e le note di TUTTI gli alunni, non solo dei propri figli. Ci sono già 15 segnalazioni da 4 istituti. Abbiamo fatto rollback alle 10:40.

Gabriele Serra
Responsabile Supporto Tecnico
""", INC("gabriele.serra@acme-corp.example", "Gabriele", "Serra"))

add("it-39-incidente-referti-mail-sbagliata", "Patrizia Santoro <patrizia.santoro@acme-corp.example>", "Referto inviato al paziente sbagliato",
    """Buongiorno,

ieri pomeriggio ho inviato per email un referto istologico a un paziente con lo stesso cognome di quello corretto. Il paziente che l'ha ricevuto ci ha richiamato stamattina. Il referto contiene una diagnosi oncologica.

Come devo procedere?

Patrizia Santoro
Accettazione - Clinica di Torino
""", INC("patrizia.santoro@acme-corp.example", "Patrizia", "Santoro"))

add("it-40-incidente-account-docente-compromesso", "Supporto Scuole <matteo.giordano@acme-corp.example>", "Account docente compromesso",
    """Ciao,

una docente del Liceo "Righi" ci segnala che qualcuno è entrato con le sue credenziali (phishing probabilmente) e ha scaricato l'elenco completo degli studenti delle sue 6 classi con recapiti dei genitori. Nei log vediamo accessi da un IP estero alle 3 di notte.

Abbiamo bloccato l'account. Vi giro la segnalazione.

Matteo Giordano
Supporto Scuole
""", INC("matteo.giordano@acme-corp.example", "Matteo", "Giordano"))

add("it-41-incidente-pc-rubato-clinica", "Franco D'Angelo <franco.dangelo@acme-corp.example>", "Furto PC ambulatorio",
    """Buongiorno,

stanotte ignoti sono entrati nell'ambulatorio di Pescara e hanno rubato due PC della segreteria. Sui PC c'erano gli appuntamenti e alcuni referti scaricati in locale. I dischi non erano cifrati, purtroppo.

Abbiamo fatto denuncia ai Carabinieri.

Franco D'Angelo
Responsabile sede Pescara
""", INC("franco.dangelo@acme-corp.example", "Franco", "D'Angelo"))

# ---- follow-ups ----
add("it-42-riscontro-documento", "Valeria Benedetti <valeria.benedetti@gmail.example>", "R: [DSR-30802] Abbiamo ricevuto la sua richiesta",
    """Buongiorno,

come richiesto allego copia della carta d'identità.

Cordiali saluti,
Valeria Benedetti

Il giorno ven 13 nov 2026 alle ore 09:30 Acme Corp Privacy <privacy@acme-corp.example> ha scritto:
> Gentile Sig.ra Benedetti,
> abbiamo ricevuto la sua richiesta (rif. DSR-30802). Per procedere le chiediamo un documento d'identità.
""", FU("30802", "valeria.benedetti@gmail.example", "Valeria", "Benedetti"))

add("it-43-sollecito-propria-mail", "Davide Marino <davide.marino@gmail.example>", "Re: Esportazione dei miei referti",
    """Buongiorno,

sollecito la mia richiesta qui sotto, inviata ormai un mese fa, a cui non ho ricevuto nessuna risposta. Il nuovo medico mi chiede i dati entro fine mese.

Davide Marino

> Buongiorno,
> sono paziente del vostro centro diagnostico di Torino da diversi anni...
""", FU(ref("it-06-portabilita-cartella-clinica"), "davide.marino@gmail.example", "Davide", "Marino"),
    headers=irt("it-06-portabilita-cartella-clinica"))

add("it-44-chiarimento-richiesta", "Alberto Pace <alberto.pace@libero.example>", "Re: [DSR-30655] Riscontro alla sua richiesta di accesso",
    """Buongiorno,

ho ricevuto il file con i miei dati, grazie. Non capisco però cosa significhi il campo "segmento_CRM = B3". Potete spiegarmelo?

Alberto Pace
""", FU("30655", "alberto.pace@libero.example", "Alberto", "Pace"))
