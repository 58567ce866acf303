# Italian mail (Italy, Ticino). Written blind.
from common import *

# ---------------------------------------------------------------- requests
add("it-01", "ciccio84@posta.example", "cancellazione",
"""cancellate il mio account grazie
""", R(["Erasure"], "ciccio84@posta.example", None, None))

add("it-02", "Gianfranco Lo Russo <gianfranco.lorusso@posta.example>",
"Istanza di accesso ai dati personali ex art. 15 Reg. UE 2016/679",
"""Spett.le Titolare del trattamento,
alla c.a. del Responsabile della Protezione dei Dati

Il sottoscritto Gianfranco Lo Russo, nato a Bari il 12/04/1969, C.F. LRSGFR69D12A662X, paziente del Vostro centro odontoiatrico di Bari (via Sparano),

CHIEDE

ai sensi dell'art. 15 del Regolamento (UE) 2016/679, di ottenere conferma dell'esistenza di dati personali che lo riguardano e di riceverne copia, con particolare riferimento alla cartella clinica, alle radiografie endorali e panoramiche e al piano di trattamento implantare.

Chiede che la copia sia trasmessa in formato elettronico al presente indirizzo.

Distinti saluti.

Bari, 13 novembre 2026
Gianfranco Lo Russo
""", R(["Access"], "gianfranco.lorusso@posta.example", "Gianfranco", "Lo Russo"))

add("it-03", "Chiara Bernardi <chiara.bernardi@posta.example>", "Codice fiscale errato sulle fatture",
"""Buongiorno,

preparando il 730 mi sono accorta che sulle fatture dello studio di Modena il mio codice fiscale è sbagliato (c'è BRNCHR85T52F257Q invece di BRNCHR85T52F257W). Così non posso detrarre le spese mediche. Potete correggere i miei dati anagrafici e riemettere le fatture del 2026?

Grazie mille,
Chiara Bernardi
""", R(["Rectification"], "chiara.bernardi@posta.example", "Chiara", "Bernardi"))

add("it-04", "Federica Santoro <fede.santoro@posta.example>", "basta newsletter",
"""Ciao, mi sono sposata a settembre, non mi servono più le vostre newsletter con "idee per il grande giorno". Toglietemi da tutte le liste, per favore.

Fede Santoro

Inviato da iPhone
""", R(["Opposition"], "fede.santoro@posta.example", "Federica", "Santoro"))

add("it-05", "Lorenzo Galli <lorenzo.galli@posta.example>", "Esportazione playlist e cronologia",
"""Salve,

vorrei ricevere le mie playlist (sono 43) e la cronologia di ascolto degli ultimi anni in un formato strutturato, tipo JSON o CSV, da poter importare su un altro servizio. Se possibile, mandate il file direttamente a me a questo indirizzo.

Grazie,
Lorenzo Galli
""", R(["Portability"], "lorenzo.galli@posta.example", "Lorenzo", "Galli"))

add("it-06", "Anna Maria Colombo <am.colombo@posta.example>", "Come funzionano i consigli musicali?",
"""Buonasera,

sono curiosa (e un po' preoccupata): per i "consigliati per te" quali dati usate? Solo quello che ascolto o anche la posizione, i contatti del telefono, gli altri membri del piano famiglia? E questi dati li condividete con le case discografiche o con inserzionisti?

Non chiedo di cancellare niente, voglio solo capire.

Anna Maria Colombo
""", R(["Information"], "am.colombo@posta.example", "Anna Maria", "Colombo"))

add("it-07", "Salvatore Russo <salvo.russo@posta.example>", "Espulso dal piano famiglia dal sistema",
"""Buongiorno,

da ieri non faccio più parte del piano famiglia di mia sorella: mi arriva una mail automatica che dice che "il vostro sistema di verifica ha rilevato che non risiedo allo stesso indirizzo" e che il profilo è stato sospeso. Io vivo con lei da due anni! Sono fuori sede per lavoro tre giorni a settimana, tutto qui.

Chiedo che la decisione venga riesaminata da una persona e non da un algoritmo, e di poter spiegare la mia situazione.

Salvatore Russo
Catania
""", R(["AutomatedDecision"], "salvo.russo@posta.example", "Salvatore", "Russo"))

add("it-08", "Elisa Marchetti <elisa.marchetti@posta.example>", "Recensioni pubblicate a mio nome",
"""Gentili,

sulla vostra piattaforma per matrimoni risultano tre recensioni molto negative a un catering di Pesaro pubblicate con il mio nome e la mia foto profilo. Non le ho scritte io: credo che qualcuno abbia usato il mio account, che non uso da un anno. Ho già fatto denuncia alla Polizia Postale.

Vi chiedo di limitare il trattamento dei miei dati e di sospendere l'account e le recensioni finché non avete verificato cosa è successo. NON cancellate nulla per ora, mi servono come prova.

Elisa Marchetti
""", R(["Restriction"], "elisa.marchetti@posta.example", "Elisa", "Marchetti"))

add("it-09", "Avv. Paolo De Santis <p.desantis@studiodesantis.example>", "Richiesta ex art. 15 GDPR - sig.ra Giulia Ferraro",
"""Egregi Signori,

scrivo in nome e per conto della mia assistita, sig.ra Giulia Ferraro, utente della Vostra piattaforma per l'organizzazione di matrimoni, come da procura allegata.

La mia assistita è in contenzioso con un fornitore (Villa Le Rose Ricevimenti) iscritto alla piattaforma. Ai sensi dell'art. 15 GDPR Vi chiedo di trasmettermi copia dei dati personali della mia assistita da Voi trattati, compresi i messaggi scambiati con il suddetto fornitore tramite la chat interna, i preventivi ricevuti e i registri dei pagamenti.

Distinti saluti,

Avv. Paolo De Santis
Studio Legale De Santis - Via Nazionale 88, 00184 Roma
Tel. 06 000 7788

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.
""", R(["Access"], "p.desantis@studiodesantis.example", "Giulia", "Ferraro", representative="Paolo De Santis"))

add("it-10", "Massimo Conti <massimo.conti@posta.example>", "Radiografie di mio figlio",
"""Buongiorno,

sono il padre di Tommaso Conti, 15 anni, in cura ortodontica presso il vostro studio di Verona Borgo Trento. Ci serve una copia delle radiografie (teleradiografia e panoramica) e del piano di cura per un secondo parere da un altro ortodontista. Potete mandarmele via email?

Cordiali saluti,
Massimo Conti
""", R(["Access"], "massimo.conti@posta.example", "Tommaso", "Conti", representative="Massimo Conti"))

add("it-11", "Silvia Fontana <silvia.fontana@posta.example>", "Account di mia madre (deceduta)",
"""Salve,

mia madre, Luisa Galbiati, è mancata il mese scorso. Aveva un abbonamento al vostro servizio musicale e tante playlist che per noi hanno un valore affettivo. Come figlia ed erede vorrei esportare le sue playlist in un formato che possa importare nel mio account, e poi chiudere definitivamente il suo e cancellare i dati.

Posso inviare il certificato di morte.

Grazie,
Silvia Fontana
""", R(["Portability", "Erasure"], "silvia.fontana@posta.example", "Luisa", "Galbiati", representative="Silvia Fontana"))

add("it-12", "GIUSEPPE ROMANO <peppe.romano1958@posta.example>", "BASTA SMS",
"""BUONGIORNO NON VOGLIO PIU RICEVERE SMS PUBBLICITARI DAL VOSTRO STUDIO DENTISTICO, NE PROMOZIONI SULLE PULIZIE NE ALTRO. IL PROMEMORIA DELL APPUNTAMENTO VA BENE MA LA PUBBLICITA NO!!!

GIUSEPPE ROMANO
""", R(["Opposition"], "peppe.romano1958@posta.example", "Giuseppe", "Romano"))

add("it-13", "Martina Greco <martina.greco@posta.example>", "Richiesta dati",
html("Buongiorno,",
     "potreste inviarmi un riepilogo di tutte le informazioni personali che avete su di me? Uso sia l'app di musica (piano Duo) sia, l'anno scorso, il sito per il matrimonio.",
     "Grazie,<br><i>Martina Greco</i><br>Architetto<br>Tel. 333 000 1122"),
R(["Access"], "martina.greco@posta.example", "Martina", "Greco"), ct=HTML)

add("it-14", "Raffaele D'Amico <raffaele.damico@posta.example>", "Cognome sbagliato",
"""Buongiorno,
nella scheda paziente dello studio di Pescara il mio cognome è scritto "Damico" tutto attaccato e senza apostrofo, e l'indirizzo è ancora quello vecchio. Il cognome giusto è D'Amico e l'indirizzo nuovo è via Venezia 31, 65121 Pescara. Potete sistemare? Sulle ricevute per l'assicurazione è un problema.

Raffaele D'Amico
""", R(["Rectification"], "raffaele.damico@posta.example", "Raffaele", "D'Amico"), ct=LATIN1, encode="latin-1")

add("it-15", "Gennaro Esposito <gennaro.esp@posta.example>", "dati miei",
"""salve vorrei sape che dati tenete di me nel app e poi cancellateli tutti perche non la uso piu da mesi e continuate a mandare notifiche grazie
gennaro esposito
""", R(["Access", "Erasure"], "gennaro.esp@posta.example", "Gennaro", "Esposito"))

add("it-16", "Valentina Ricci <valentina.ricci@acme-corp.example>", "I: promemoria SMS",
"""Ciao team privacy,

vi inoltro la mail di un paziente di Torino. Chiede di non ricevere più nulla via SMS, nemmeno i promemoria. Dobbiamo toglierlo dal gestionale noi in segreteria o lo fate voi? Intanto ho messo una nota in cartella.

Valentina Ricci
Segreteria - Studio Torino Crocetta

-------- Messaggio inoltrato --------
Da: Marco Ferri <marco.ferri@posta.example>
Data: 15/11/2026 20:11
A: torino.crocetta@acme-corp.example
Oggetto: SMS

Buonasera, per favore non mandatemi più SMS di nessun tipo, né promemoria né altro: il numero è quello di lavoro e lo condivido con i colleghi. Gli appuntamenti me li segno io.
Grazie
Marco Ferri
""", R(["Opposition"], "marco.ferri@posta.example", "Marco", "Ferri"))

add("it-17", "Davide Moretti <davide.moretti@acme-corp.example>", "Fwd: cambio dati profilo", "",
R(["Rectification"], "sara.pellegrini@posta.example", "Sara", "Pellegrini"),
attached=("Sara Pellegrini <sara.pellegrini@posta.example>", "cambio dati profilo",
"""Buongiorno,
nel mio profilo sposi risultano ancora il vecchio numero di telefono e l'indirizzo di Parma. Potete aggiornarli? Nuovo cellulare 347 555 0101, indirizzo via Garibaldi 5, 42121 Reggio Emilia. Dal sito non riesco a modificarli, il campo è bloccato.
Grazie
Sara Pellegrini
"""),
note="""Ciao,
vi giro in allegato questa richiesta arrivata all'assistenza sposi. Dal backoffice non riesco a modificare i campi, forse serve un vostro intervento.
Davide
Customer care Matrimoni
""")

add("it-18", "Francesca Gatti <francesca.gatti@posta.example>", "rata di novembre",
"""Buongiorno, la rata di novembre del piano di pagamento per l'impianto mi è stata addebitata due volte sulla carta (2 x 145 euro). Potete verificare e stornare quella in più? Ho lo studio di Padova.

Francesca Gatti
""", R(["Unknown"], "francesca.gatti@posta.example", "Francesca", "Gatti"))

add("it-19", "nicola.bruno@posta.example", "testi canzoni",
"""Ciao, da quando ho aggiornato l'app non vedo più i testi delle canzoni mentre ascolto. Si può riattivare? Ho un Android.
Nicola
""", R(["Unknown"], "nicola.bruno@posta.example", "Nicola", None))

add("it-20", "Roberta Caruso <roberta.caruso@posta.example>", "Domande su foto e invitati",
"""Salve,

prima di caricare la lista degli invitati e poi la galleria fotografica del nostro matrimonio, vorrei sapere:
1) per quanto tempo conservate foto e lista dopo la data del matrimonio?
2) i fornitori che contattiamo (fotografo, catering) vedono i dati dei nostri invitati?
3) le foto vengono usate per addestrare qualche intelligenza artificiale?

Grazie,
Roberta Caruso
""", R(["Information"], "roberta.caruso@posta.example", "Roberta", "Caruso"))

add("it-21", "Pietro Mancini <pietro.mancini@posta.example>", "Chi manda gli SMS?",
"""Buongiorno, gli SMS di promemoria dello studio arrivano da un numero strano, non dello studio. A chi date il mio numero di cellulare per mandarli? È una società italiana o estera? Vorrei saperlo prima del prossimo appuntamento.

Pietro Mancini
""", R(["Information"], "pietro.mancini@posta.example", "Pietro", "Mancini"))

add("it-22", "Alessandra Vitale <ale.vitale@posta.example>", "Dati e data di nascita",
"""Buongiorno,

vorrei vedere quali dati personali avete registrato a mio nome come paziente dello studio di Firenze. Già che ci siamo: la data di nascita nella vostra app risulta 1/1/1900, quella vera è 22/08/1991, correggetela per favore.

Alessandra Vitale
""", R(["Access", "Rectification"], "ale.vitale@posta.example", "Alessandra", "Vitale"))

add("it-23", "Stefano Lombardi <stefano.lombardi@posta.example>", "Non sono un vostro cliente",
"""Buongiorno,

non mi sono mai registrato sul vostro sito di matrimoni, ma da quando degli amici mi hanno messo nella loro lista invitati ricevo le vostre email promozionali. Vi diffido dal continuare a scrivermi e vi chiedo di cancellare il mio nominativo e la mia email dai vostri archivi.

Stefano Lombardi
""", R(["Opposition", "Erasure"], "stefano.lombardi@posta.example", "Stefano", "Lombardi"))

add("it-24", "Fabio Bernasconi <fabio.bernasconi@posta.example>", "Estratto dei miei dati",
"""Buongiorno,

abito a Lugano e sono abbonato al vostro servizio musicale da 5 anni. Vorrei ricevere un estratto completo dei dati che conservate su di me (anche i dati di pagamento e del natel), come previsto dalla legge svizzera sulla protezione dei dati e dal GDPR.

Cordiali saluti
Fabio Bernasconi
Lugano TI
""", R(["Access"], "fabio.bernasconi@posta.example", "Fabio", "Bernasconi"))

add("it-25", "Emanuele Ferrara Foto <info@emanueleferrarafoto.example>", "Chiusura profilo fornitore",
"""Buongiorno,

chiudo la partita IVA a fine anno e non lavorerò più come fotografo di matrimoni. Chiedo la cancellazione del mio profilo fornitore, con foto, recapiti, recensioni e tutti i miei dati personali.

Emanuele Ferrara
""", R(["Erasure"], "info@emanueleferrarafoto.example", "Emanuele", "Ferrara"))

add("it-26", "Giorgia Longo <giorgia.longo@posta.example>", "pubblicità personalizzata",
"""Ciao, uso il piano gratuito e accetto la pubblicità, ma non voglio che sia personalizzata in base a quello che ascolto o a dove mi trovo. Revoco il consenso alla profilazione pubblicitaria. L'account no, non voglio cancellarlo.

Giorgia Longo
""", R(["Opposition"], "giorgia.longo@posta.example", "Giorgia", "Longo"))

add("it-27", "Dott.ssa Carla Benedetti <c.benedetti@studiobenedetti.example>", "Amministrazione di sostegno - sig. Vittorio Marini",
"""Spettabile Società,

la sottoscritta, nominata amministratrice di sostegno del sig. Vittorio Marini (nato il 03/02/1938) con decreto del Giudice Tutelare di Genova del 5 maggio 2026 (che allego), chiede copia dei preventivi, del contratto di finanziamento e dei documenti firmati dal sig. Marini presso il Vostro studio di Genova Nervi, nonché dei dati personali che lo riguardano.

Il beneficiario, 88enne, ha sottoscritto un piano di pagamento di 9.800 euro che la famiglia ritiene non adeguato alle sue condizioni.

Distinti saluti,
Dott.ssa Carla Benedetti
Commercialista - Genova
""", R(["Access"], "c.benedetti@studiobenedetti.example", "Vittorio", "Marini", representative="Carla Benedetti"))

add("it-28", "Luca Cattaneo <luca.cattaneo@posta.example>", "Cancellazione dati vecchio studio",
"""Buongiorno,

sono stato paziente dello studio di Como fino al 2020. So che la cartella clinica va conservata per legge, quindi quella tenetela, ma vi chiedo di cancellare tutto il resto: account dell'app, email, numero di cellulare, dati della carta.

Luca Cattaneo
""", R(["Erasure"], "luca.cattaneo@posta.example", "Luca", "Cattaneo"))

add("it-29", "Irene Fabbri <irene.fabbri@posta.example>", "Trasferimento radiografie al nuovo dentista",
"""Salve,

mi sono trasferita a Bologna e continuo le cure in un altro studio. Il mio nuovo dentista chiede le radiografie in formato DICOM e la cartella in PDF. Potete mandarle direttamente a lui (dott. Neri, studio@studioneri.example)? Vi autorizzo.

Irene Fabbri
""", R(["Portability"], "irene.fabbri@posta.example", "Irene", "Fabbri"))

# ---------------------------------------------------------------- follow-ups
add("it-30", "Antonella Serra <antonella.serra@posta.example>", "R: [DSR-51102] Conferma di ricezione della sua richiesta",
"""Buongiorno, vi allego il documento d'identità come richiesto. Spero che ora possiate procedere.
Antonella Serra

Il giorno 9 nov 2026, alle ore 10:05, privacy@acme-corp.example ha scritto:
> Gentile utente,
> abbiamo ricevuto la sua richiesta (riferimento DSR-51102).
> Per verificare la sua identità la preghiamo di inviarci un documento.
""", FU("51102", "antonella.serra@posta.example", "Antonella", "Serra"))

add("it-31", "Matteo Villa <matteo.villa@posta.example>", "Re: [DSR-51347] Richiesta ricevuta",
"""Buongiorno,
vi ho scritto il 2 ottobre e a oggi non ho ricevuto né i dati né una risposta. Sono passati più di 30 giorni. Se non ricevo riscontro entro la settimana mi rivolgerò al Garante.

Matteo Villa
""", FU("51347", "matteo.villa@posta.example", "Matteo", "Villa"))

add("it-32", "Gianfranco Lo Russo <gianfranco.lorusso@posta.example>", "R: Istanza di accesso ai dati personali ex art. 15 Reg. UE 2016/679",
"""Gentili,

ad integrazione della mia istanza di stamattina, preciso che sono stato in cura anche presso lo studio di Altamura nel 2023. Allego copia del documento d'identità.

Gianfranco Lo Russo
""", FU(ref("it-02"), "gianfranco.lorusso@posta.example", "Gianfranco", "Lo Russo"), headers=irt("it-02"))

add("it-33", "Gennaro Esposito <gennaro.esp@posta.example>", "Re: dati miei",
"""ancora niente?? vi ho scritto la settimana scorsa e le notifiche continuano
gennaro
""", FU(ref("it-15"), "gennaro.esp@posta.example", "Gennaro", "Esposito"), headers=irt("it-15"))

# ---------------------------------------------------------------- tasks
add("it-34", "Simona Parisi <simona.parisi@acme-corp.example>", "Nomina responsabile esterno - gateway SMS",
"""Ciao,

per gli studi italiani passiamo al nuovo gateway SMS per i promemoria degli appuntamenti. Il fornitore ci ha mandato il suo DPA (accordo ex art. 28) con sub-responsabili anche fuori UE. Potete darci un parere e preparare la nomina a responsabile esterno? Il go-live è previsto per il 15 gennaio.

Simona Parisi
Operations Italia
""", TASK("simona.parisi@acme-corp.example", "Simona", "Parisi"))

add("it-35", "Andrea Rinaldi <andrea.rinaldi@acme-corp.example>", "Nuova funzione \"Il tuo anno in musica\"",
"""Ciao privacy,

a dicembre lanciamo il riepilogo annuale "Il tuo anno in musica" condivisibile sui social. Usiamo cronologia di ascolto, città e fascia d'età. Ci serve il vostro ok e l'aggiornamento del registro dei trattamenti e dell'informativa. Vi mando la scheda prodotto.

Andrea Rinaldi
Product Owner Streaming
""", TASK("andrea.rinaldi@acme-corp.example", "Andrea", "Rinaldi"))

add("it-36", "Dott. Michele Fiore <michele.fiore@acme-corp.example>", "DPIA software IA per radiografie",
"""Buongiorno,

la direzione sanitaria vorrebbe adottare un software di intelligenza artificiale che analizza le panoramiche e segnala carie e lesioni. Il fornitore è una start-up tedesca e i dati verrebbero elaborati in cloud. Immagino serva una valutazione d'impatto: potete avviarla? Allego brochure e contratto.

Dott. Michele Fiore
Direttore sanitario - Area Nord
""", TASK("michele.fiore@acme-corp.example", "Michele", "Fiore"))

add("it-37", "Laura Monti <laura.monti@acme-corp.example>", "Questionario assicurazione partner",
"""Ciao,

la compagnia assicurativa con cui abbiamo la convenzione per le cure dentali ci ha inviato il questionario di due diligence su privacy e sicurezza. Mi servirebbe una mano per le sezioni 4 (trattamenti) e 7 (data breach). Scadenza 30 novembre.

Laura
Ufficio convenzioni
""", TASK("laura.monti@acme-corp.example", "Laura", "Monti"))

add("it-38", "Tommaso Sala <tommaso.sala@acme-corp.example>", "Informativa app matrimoni - versione italiana",
"""Ciao a tutti,

la nuova versione dell'app per gli sposi esce il 1° dicembre con la chat con i fornitori. L'informativa privacy in italiano va aggiornata (nuove finalità, tempi di conservazione della chat). Riuscite a rivederla entro venerdì? Bozza in allegato.

Tommaso Sala
Marketing Matrimoni
""", TASK("tommaso.sala@acme-corp.example", "Tommaso", "Sala"))

# ---------------------------------------------------------------- incidents
add("it-39", "Marta Testa <marta.testa@acme-corp.example>", "Chiavetta USB smarrita",
"""Buongiorno,

ieri sera ho perso (credo sul treno Milano-Bergamo) una chiavetta USB con le radiografie e le anagrafiche di circa 40 pazienti che dovevo portare allo studio di Bergamo per il trasferimento. Non era cifrata. Ho fatto denuncia stamattina. Cosa devo fare?

Marta Testa
Assistente alla poltrona - Studio Milano Città Studi
""", INC("marta.testa@acme-corp.example", "Marta", "Testa"))

add("it-40", "Camilla Orlando <camilla.orlando@posta.example>", "Ricevuto preventivo di un'altra coppia",
"""Salve,

tramite la vostra piattaforma ho ricevuto un messaggio da un fornitore di catering con allegato il preventivo per il matrimonio di un'altra coppia: nomi degli sposi, indirizzo, numero di telefono, data e perfino la lista degli invitati con le intolleranze. Evidentemente un errore. Non mi sembra una cosa da poco, vi segnalo la cosa.

Camilla Orlando
""", INC("camilla.orlando@posta.example", "Camilla", "Orlando"))

add("it-41", "Paola Riva <paola.riva@acme-corp.example>", "Email a pazienti in CC invece che CCN",
"""Ciao,

stamattina ho mandato la comunicazione sul cambio orari dello studio di Brescia a 230 pazienti mettendo tutti gli indirizzi in CC invece che in CCN. Alcuni hanno già risposto a tutti. Mi dispiace tantissimo. Come procedo?

Paola Riva
Segreteria Brescia
""", INC("paola.riva@acme-corp.example", "Paola", "Riva"))

add("it-42", "Riccardo Neri <riccardo.neri88@posta.example>", "vedo la cronologia di un altro utente",
"""Ciao, da stamattina nella sezione "ascoltati di recente" dell'app vedo brani e podcast che non ho mai ascoltato, e cliccando sul profilo esce il nome e la foto di un certo "Alberto P." di Torino, con le sue playlist private. Forse è un problema vostro di sessioni. Ve lo segnalo perché immagino che lui veda le mie.

Riccardo Neri
""", INC("riccardo.neri88@posta.example", "Riccardo", "Neri"))

add("it-43", "Claudio Basile <claudio.basile@acme-corp.example>", "Possibile phishing - credenziali inserite",
"""Buongiorno,

ho ricevuto una mail che sembrava del fornitore del gestionale degli studi, ho cliccato sul link e ho inserito utente e password. Poi la pagina ha dato errore. Ho già avvisato l'IT e cambiato password, ma dall'account si accede alle agende e alle anagrafiche dei pazienti di tutta la Lombardia.

Claudio Basile
Area manager Lombardia
""", INC("claudio.basile@acme-corp.example", "Claudio", "Basile"))

# ---------------------------------------------------------------- ignored
add("it-44", "Web Reputation Italia <offerte@cancellazione-web.example>", "Cancelliamo i tuoi dati personali da internet in 48 ore",
"""Gentile titolare,

i tuoi dati personali sono esposti online? Con il nostro servizio di DIRITTO ALL'OBLIO rimuoviamo articoli, recensioni negative e informazioni personali da Google.

Prezzo lancio: 149 euro + IVA. Garantito o rimborsato!

Rispondi a questa email per una consulenza gratuita.
""", IGN("spam", "offerte@cancellazione-web.example"), headers=SPAM_HDR)

add("it-45", "Servizio Clienti <noreply@abbonamento-sospeso.example>", "Il tuo abbonamento è stato sospeso",
"""Gentile cliente,

non siamo riusciti ad addebitare il pagamento. Per evitare la cancellazione del tuo account e dei tuoi dati aggiorna il metodo di pagamento entro 24 ore:

http://abbonamento-sospeso.example/aggiorna

Il team
""", IGN("spam", "noreply@abbonamento-sospeso.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="abbonamento-sospeso.example")])

add("it-46", "Giulia Ferraro <giulia.ferraro@posta.example>", "Risposta automatica: Richiesta ex art. 15 GDPR",
"""Sono in viaggio di nozze fino al 30 novembre e non leggo la posta. Risponderò al mio rientro. Per urgenze contattare il mio avvocato.

Giulia
""", IGN("auto_reply", "giulia.ferraro@posta.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-47", "Privacy Weekly Italia <news@privacyweekly.example>", "Privacy Weekly #47 - sanità e dati",
"""PRIVACY WEEKLY - la newsletter sulla protezione dei dati

In questo numero:
- Il Garante sanziona uno studio dentistico per le radiografie inviate via WhatsApp
- Tempi di conservazione della cartella clinica: la guida
- Evento: DPO Day Milano, 3 dicembre

Ricevi questa email perché sei iscritto. Disiscriviti: https://privacyweekly.example/unsubscribe
""", IGN("bulk", "news@privacyweekly.example"),
    headers=["List-Id: <privacyweekly.lists.privacyweekly.example>",
             "List-Unsubscribe: <mailto:unsubscribe@privacyweekly.example>", "Precedence: list"])

add("it-48", "Mail Delivery Subsystem <mailer-daemon@posta.example>", "Delivery Status Notification (Failure)", "",
IGN("bounce", "mailer-daemon@posta.example"), dsn=True)

add("it-49", "Ufficio Premi <vincite@premi-fortunati.example>", "CONGRATULAZIONI! Ha vinto un iPhone 17",
"""Gentile utente,

lei è stato selezionato tra i nostri clienti fedeli per ricevere un iPhone 17 Pro. Per ritirare il premio basta pagare le spese di spedizione (2 euro) qui: http://premi-fortunati.example/ritira

Nel rispetto del GDPR i suoi dati verranno cancellati dopo la consegna.
""", IGN("spam", "vincite@premi-fortunati.example"), headers=SPAM_HDR)
