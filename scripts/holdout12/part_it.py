from common import *  # part it: written blind

# ---------------------------------------------------------------- requests

add("it-01-cancellatemi", "pippo.rm74@posta.example", "x",
    "cancellatemi\n",
    R(["Erasure"], "pippo.rm74@posta.example"))

add("it-02-napoli-tutto-chello", "Gennaro Esposito <gennaro.esposito@posta.example>", "Richiesta, scusate il disturbo",
    """Buongiorno a voi,

scusate se vi disturbo, so' Gennaro Esposito, socio del Cava Club da Napoli dal 2022. Mio cugino che lavora in banca mi ha detto che per legge io posso sapere tutto chello che tenete su di me, e allora ve lo chiedo: mandatemi per favore tutte le informazioni che avete registrato, gli ordini, gli indirizzi, le degustazioni dove so' venuto, pure le note che scrivete voi quando chiamo il servizio clienti. Tutto, insomma.

Grazie assai e buona giornata
Gennaro Esposito
Via Foria 112, Napoli
""",
    R(["Access"], "gennaro.esposito@posta.example", "Gennaro", "Esposito"))

add("it-03-ticino-natel-domicilio", "Claudia Bernasconi <claudia.bernasconi@posta-ch.example>", "Cambiamento di domicilio e numero natel",
    """Buongiorno,

con la presente vi comunico che dal 1° novembre ho cambiato domicilio: il nuovo indirizzo è Viale Stazione 9, 6500 Bellinzona. Anche il numero del natel è cambiato, ora è +41 79 000 12 34. Vi prego di aggiornare il mio profilo AeroPlus (tessera n. 8841 2207), perché gli estratti conto arrivano ancora a Lugano.

Vi ringrazio per un vostro cortese riscontro.

Cordiali saluti
Claudia Bernasconi
""",
    R(["Rectification"], "claudia.bernasconi@posta-ch.example", "Claudia", "Bernasconi"))

add("it-04-istanza-15-18", "Avv. Marco Ferraris <marco.ferraris@posta.example>", "Istanza ex artt. 15 e 18 Reg. UE 2016/679",
    """Spett.le AeroPlus
c.a. Responsabile della Protezione dei Dati

Il sottoscritto Marco Ferraris, nato a Torino il 12/04/1971, titolare della tessera AeroPlus n. AP-0091337, scrive in proprio.

Premesso che in data 30 settembre 2026 il mio profilo è stato declassato dal livello Gold al livello Base con la motivazione di "attività anomala" e che contesto l'esattezza dei dati su cui tale valutazione si fonda,

CHIEDO

1. ai sensi dell'art. 15 GDPR, di ricevere copia di tutti i dati personali che mi riguardano, compresi i log delle transazioni e le annotazioni relative alla presunta anomalia;
2. ai sensi dell'art. 18, par. 1, lett. a) GDPR, la limitazione del trattamento di tali dati per il periodo necessario alla verifica della loro esattezza.

Resto in attesa di riscontro entro i termini di cui all'art. 12 GDPR.

Torino, 14 novembre 2026
Marco Ferraris
""",
    R(["Access", "Restriction"], "marco.ferraris@posta.example", "Marco", "Ferraris"))

add("it-05-basta-sms-caps", "ROSARIA CALABRÒ <rosaria.calabro@posta.example>", "BASTA SMS",
    """NON VOGLIO PIU RICEVERE SMS CON LE OFFERTE DEI VOSTRI PARTNER, NOLEGGIO AUTO, ALBERGHI, CARTE DI CREDITO. HO DETTO BASTA GIA DUE VOLTE AL TELEFONO.
ROSARIA CALABRÒ
""",
    R(["Opposition"], "rosaria.calabro@posta.example", "Rosaria", "Calabrò"))

add("it-06-trasferire-html", "Filippo De Santis <filippo.desantis@posta.example>", "Trasferimento dei miei dati Lingo",
    html("Salve,",
         "sto per passare a un'altra piattaforma per lo studio del tedesco. Vorrei che mi forniste, in un formato "
         "<i>leggibile da una macchina</i> (CSV, JSON o simili), lo storico delle lezioni, i risultati dei test e le liste "
         "di vocaboli salvate, così da poterli caricare sulla nuova app.",
         "Se possibile, inviateli direttamente a <b>import@nuova-app.example</b>.",
         "Grazie,<br>Filippo De Santis"),
    R(["Portability"], "filippo.desantis@posta.example", "Filippo", "De Santis"), ct=HTML)

add("it-07-conservazione-latin1", "Giorgia Lo Presti <giorgia.lopresti@posta.example>", "Domanda sulle registrazioni delle lezioni",
    """Buonasera,

sono un'insegnante e uso Lingo per migliorare il mio inglese. Vorrei capire per quanto tempo conservate le registrazioni video delle lezioni con i tutor, chi può guardarle (solo il tutor? anche altri dipendenti?) e se vengono usate per altri scopi oltre al servizio. Non mi serve ricevere nulla, solo una risposta chiara.

Cordialità,
Giorgia Lo Presti
""",
    R(["Information"], "giorgia.lopresti@posta.example", "Giorgia", "Lo Presti"), ct=LATIN1, encode="latin-1")

add("it-08-degustazioni-cp1252", "Alessandro Ricci <a.ricci@posta.example>", "Richiesta dati – Cava Club",
    """Buongiorno,

sono iscritto al Cava Club dal 2023 (piano “Grand Cru”, 79 € al mese). Vi chiedo di inviarmi un riepilogo completo di tutto ciò che conservate su di me: anagrafica, ordini, pagamenti, partecipazioni alle degustazioni e l’esito della verifica dell’età.

Un saluto,
Alessandro Ricci
""",
    R(["Access"], "a.ricci@posta.example", "Alessandro", "Ricci"), ct=CP1252, encode="cp1252")

add("it-09-valigia-persa-sfogo", "Federica Marchetti <fede.marchetti@posta.example>", "Vergogna!!!",
    """Buongiorno,

vi scrivo ancora arrabbiatissima. Volo AP 2217 Milano Linate - Bruxelles del 3 novembre: partenza ritardata di 4 ore, nessuna comunicazione, e al banco mi dicono che la lounge "non è disponibile per il mio livello" anche se sulla vostra app c'è scritto il contrario. Arrivo a Bruxelles alle undici di sera e la valigia non c'è. Ho fatto la denuncia PIR, mi hanno dato un numero e da allora il nulla. Dentro c'erano le medicine di mia madre.

Ho chiamato il vostro numero sei volte. Musichetta, poi cade la linea. Ho scritto sulla chat, mi risponde un bot.

A questo punto non voglio più avere niente a che fare con voi: chiudete la mia iscrizione ad AeroPlus e cancellate tutti i miei dati, miglia comprese, non mi interessano.

Per la valigia e il rimborso mi rivolgerò a un'associazione dei consumatori.

Federica Marchetti
""",
    R(["Erasure"], "fede.marchetti@posta.example", "Federica", "Marchetti"))

add("it-10-selfie-minorenne", "Lorenzo Galli <lorenzo.galli@posta.example>", "Verifica età rifiutata dal sistema",
    """Salve,

ho 27 anni ma il vostro sistema di verifica dell'età del Cava Club, quello con il selfie, mi ha rifiutato tre volte dicendo che "non risulto maggiorenne" e mi ha bloccato l'iscrizione. Evidentemente l'algoritmo sbaglia (ho la faccia da ragazzino, pazienza). Chiedo che la decisione venga rivista da una persona e di poter spiegare le mie ragioni, anche mandando un documento.

Lorenzo Galli
""",
    R(["AutomatedDecision"], "lorenzo.galli@posta.example", "Lorenzo", "Galli"))

add("it-11-inoltro-registrazioni", "Chiara Fontana <chiara.fontana@acme-corp.example>", "I: richiesta registrazioni lezioni",
    """Ciao team privacy,

vi giro questa mail arrivata al supporto Lingo, la cliente chiede le registrazioni delle sue lezioni. Non so se possiamo mandarle noi dal supporto, quindi la passo a voi.

Grazie!
Chiara Fontana
Customer Support Lingo - sede di Milano

-------- Messaggio inoltrato --------
Da: Silvia Colombo <silvia.colombo@posta.example>
Data: 15/11/2026 21:03
A: supporto@acme-corp.example
Oggetto: Registrazioni

Buonasera, vorrei avere i video e le trascrizioni di tutte le lezioni fatte con la tutor Anne tra giugno e ottobre, e in generale tutto quello che avete archiviato su di me. Mi servono per un corso di formazione che devo documentare.

Silvia Colombo
""",
    R(["Access"], "silvia.colombo@posta.example", "Silvia", "Colombo"))

add("it-12-allegato-nome-newsletter", "Matteo Romano <matteo.romano@acme-corp.example>", "Fwd: nome sbagliato + newsletter", "",
    R(["Rectification", "Opposition"], "v.dallaglio@posta.example", "Valentina", "Dall'Aglio"),
    note="""Ciao, in allegato la mail di una socia AeroPlus. Parla di dati e newsletter, meglio che la gestiate voi.
Matteo
Servizio Soci AeroPlus - Fiumicino
""",
    attached=("Valentina Dall'Aglio <v.dallaglio@posta.example>", "Il mio cognome",
              """Gentili signori,

sulla tessera AeroPlus e sulle carte d'imbarco il mio cognome è scritto "Dallaglio" invece di "Dall'Aglio", e ai controlli in aeroporto ogni volta è una storia. Vi chiedo di sistemarlo.

Già che ci sono: non iscrivetemi più alla newsletter con le offerte dei partner, non l'ho mai chiesta.

Valentina Dall'Aglio
"""))

add("it-13-casa-bianchi-replyto", "Casa Bianchi <casabianchi@posta.example>", "Chiusura account Lingo",
    """Buongiorno,

scrivo dalla mail di famiglia ma vi prego di rispondermi all'indirizzo personale. Ho un account Lingo che non uso da un anno: chiedo di chiuderlo e di eliminare i dati collegati, comprese le registrazioni delle lezioni.

Elisa Bianchi
""",
    R(["Erasure"], "elisa.bianchi@posta.example", "Elisa", "Bianchi"),
    headers=["Reply-To: Elisa Bianchi <elisa.bianchi@posta.example>"])

add("it-14-papa-figlia-16", "Roberto Moretti <roberto.moretti@posta.example>", "Dati di mia figlia su Lingo",
    """Buonasera,

sono il padre di Sofia Moretti, 15 anni, che usa Lingo per prepararsi al First Certificate. L'account l'ha aperto lei con il suo indirizzo, ma la carta di pagamento è la mia.

Come genitore esercente la responsabilità genitoriale vorrei sapere quali informazioni avete raccolto su di lei (profilo, lezioni, chat con i tutor, registrazioni) e riceverne un estratto. Posso inviare il suo documento e il mio, se serve.

Roberto Moretti
""",
    R(["Access"], "roberto.moretti@posta.example", "Sofia", "Moretti", representative="Roberto Moretti"))

add("it-15-disposizioni-post-mortem", "Giuseppina Cattaneo <giuseppina.cattaneo@posta.example>", "Disposizioni sui miei dati",
    """Spettabile Cava Club,

ai sensi dell'art. 2-terdecies del Codice in materia di protezione dei dati personali, con la presente dichiaro per iscritto la mia volontà che, dopo la mia morte, nessuno dei miei eredi possa esercitare i diritti sui dati che mi riguardano presso di voi, ad eccezione di mia figlia Anna, che potrà soltanto chiederne la cancellazione.

Vi prego di confermarmi che questa disposizione è stata registrata.

Distinti saluti
Giuseppina Cattaneo
""",
    R(["AdvanceDirectives"], "giuseppina.cattaneo@posta.example", "Giuseppina", "Cattaneo"))

add("it-16-erede-papa-aeroplus", "Davide Conti <davide.conti@posta.example>", "Decesso di mio padre - tessera AeroPlus",
    """Buongiorno,

mio padre, Luigi Conti, è mancato il 28 agosto scorso. Era socio AeroPlus (tessera AP-2210458) e continuano ad arrivare a casa estratti conto e proposte di rinnovo, cosa che per mia madre è molto pesante.

In qualità di figlio ed erede vi chiedo di chiudere il suo profilo e di cancellarne i dati. Allego il certificato di morte e la dichiarazione di successione.

Cordiali saluti
Davide Conti
""",
    R(["Erasure"], "davide.conti@posta.example", "Luigi", "Conti", representative="Davide Conti"))

add("it-17-fattura-ottobre", "Paolo Barbieri <paolo.barbieri@posta.example>", "fattura ottobre",
    """Salve, la fattura di ottobre del Cava Club mi riporta due addebiti da 49 euro invece di uno. Potete controllare? Grazie
Paolo Barbieri
""",
    R(["Unknown"], "paolo.barbieri@posta.example", "Paolo", "Barbieri"))

add("it-18-non-cancellare-solo-vedere", "Martina Greco <martina.greco@posta.example>", "Curiosità sui miei dati",
    """Ciao! Premetto che non voglio cancellarmi né chiudere niente, mi trovo benissimo con i tutor. Però sono curiosa: mi fate vedere cosa risulta nel mio profilo? Tipo cosa annotano i tutor dopo le lezioni, i punteggi, cose così. Grazie mille!

Martina Greco
""",
    R(["Access"], "martina.greco@posta.example", "Martina", "Greco"))

add("it-19-avvocato-partner", "Studio Legale Pellegrino <segreteria@studiopellegrino.example>",
    "Richiesta per conto della sig.ra Donatella Vitale",
    """Spett.le Società,

scrivo in nome e per conto della mia assistita, sig.ra Donatella Vitale, nata a Bari il 02/06/1980, socia AeroPlus, come da procura allegata.

La mia assistita riceve quotidianamente telefonate e messaggi promozionali da società che si qualificano come vostri "partner". Con la presente:
- si oppone a qualsiasi ulteriore trattamento dei suoi dati per finalità di marketing, proprio o di terzi, e revoca ogni consenso eventualmente prestato;
- chiede la cancellazione dei dati comunicati ai partner e la conferma che tale cancellazione è stata richiesta anche a loro (art. 19 GDPR).

In mancanza di riscontro entro trenta giorni, valuteremo un reclamo al Garante.

Avv. Nicola Pellegrino
Studio Legale Pellegrino
Corso Cavour 40, 70121 Bari
Tel. 080 000 4567

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora lo riceviate per errore, siete pregati di informarci e di cancellarlo.
""",
    R(["Opposition", "Erasure"], "segreteria@studiopellegrino.example", "Donatella", "Vitale",
      representative="Nicola Pellegrino"))

add("it-20-xke-ricevo-mail", "tony_90 <tony90@posta.example>", "xke ricevo le vostre mail???",
    "salve volevo sapere xke ricevo mail da cava club se non mi sono mai iscrito e chi vi a dato il mio indirizzo. e poi volio ke lo cancellate subito grz\n",
    R(["Information", "Erasure"], "tony90@posta.example"))

add("it-21-revoco-consenso", "Irene Sartori <irene.sartori@posta.example>", "Revoca consenso comunicazioni commerciali",
    """Buongiorno,

con la presente revoco il consenso alle comunicazioni commerciali di Lingo (email, notifiche push e SMS). Il servizio continuo a usarlo, ma le promozioni non le voglio più ricevere.

Grazie,
Irene Sartori
""",
    R(["Opposition"], "irene.sartori@posta.example", "Irene", "Sartori"))

add("it-22-reclamo-garante-non-usate", "Stefano Mancini <stefano.mancini@posta.example>", "Registrazioni: non cancellatele ma non usatele",
    """Buongiorno,

ho presentato reclamo al Garante per la protezione dei dati personali riguardo a una lezione Lingo del 10 ottobre in cui il tutor ha registrato anche la mia collega senza avvisarla. In attesa della decisione vi chiedo di NON cancellare le registrazioni di quella sessione, perché sono una prova, ma di non utilizzarle in nessun modo e di conservarle e basta finché la questione non sarà chiusa.

Stefano Mancini
""",
    R(["Restriction"], "stefano.mancini@posta.example", "Stefano", "Mancini"))

add("it-23-catania-codice-fiscale", "Salvatore Russo <turi.russo@posta.example>", "Codice fiscale in lounge??",
    """Buongiorno, volevo capire na cosa. Alla lounge di Catania mi hanno chiesto il codice fiscale e la data di nascita per farmi entrare, oltre alla carta d'imbarco. Perché? A cosa vi serve, chi lo vede e a chi lo passate? La lounge non è gestita da voi mi pare. Non ho capito e vorrei saperlo prima del prossimo volo.

Salvatore Russo
""",
    R(["Information"], "turi.russo@posta.example", "Salvatore", "Russo"))

add("it-24-ingegnere-export", "Ing. Andrea Gatti <andrea.gatti@gatti-engineering.example>", "Richiesta dati AeroPlus in formato strutturato",
    """Buongiorno,

vi chiedo di ricevere tutti i dati personali che trattate nel mio profilo AeroPlus e, per quanto riguarda lo storico voli e le miglia, di averli in formato strutturato (CSV o JSON) per poterli importare nel programma fedeltà di un'altra compagnia.

Cordiali saluti

Ing. Andrea Gatti
Direttore Tecnico
Gatti Engineering S.r.l.
Via dell'Industria 8, 36100 Vicenza
Tel. +39 0444 000 111 - Cell. +39 333 000 2222

Inviato da iPhone

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate.
""",
    R(["Access", "Portability"], "andrea.gatti@gatti-engineering.example", "Andrea", "Gatti"))

add("it-25-togliete-numero", "Nadia <nadia.ferri@posta.example>", "degustazioni",
    """Togliete il mio numero dalle vostre liste per gli inviti alle degustazioni, grazie

Inviato dal mio smartphone Huawei
""",
    R(["Opposition"], "nadia.ferri@posta.example", "Nadia", None))

add("it-26-ex-tutor-oblio", "Sara Testa <sara.testa.teacher@posta.example>", "Diritto all'oblio - ex tutor",
    """Buongiorno,

sono stata tutor di italiano su Lingo fino a giugno 2025, poi ho chiuso la collaborazione. Il mio profilo pubblico, con la foto, il nome completo, la città e le recensioni degli studenti, è ancora visibile sul sito e compare su Google. Vi chiedo di rimuoverlo e di cancellare i miei dati che non siete obbligati a conservare per legge.

Grazie,
Sara Testa
""",
    R(["Erasure"], "sara.testa.teacher@posta.example", "Sara", "Testa"))

add("it-27-certificato-luogo-nascita", "Antonio D'Amico <antonio.damico@posta.example>", "Certificato livello C1 - dati errati",
    """Gentili,

nel certificato di livello C1 in spagnolo rilasciato da Lingo il 5 novembre risulta come luogo di nascita "Salerno" invece di "Sorrento" e manca l'apostrofo nel cognome (D'Amico). Devo presentarlo all'università entro fine mese: potete correggere e riemettere?

Antonio D'Amico
""",
    R(["Rectification"], "antonio.damico@posta.example", "Antonio", "D'Amico"))

add("it-28-ticino-accessi-lounge", "Reto Pedrazzini <reto.pedrazzini@posta-ch.example>", "Elenco accessi lounge",
    """Buongiorno,

per la contabilità della mia ditta mi servirebbe l'elenco di tutti i miei accessi alle lounge AeroPlus negli ultimi due anni, con data, aeroporto e ora, e in generale ciò che risulta registrato a mio nome. Potreste farmelo avere? Anche un estratto in PDF va benissimo.

Con i migliori saluti
Reto Pedrazzini
Lugano
""",
    R(["Access"], "reto.pedrazzini@posta-ch.example", "Reto", "Pedrazzini"))

add("it-29-esporta-poi-cancella", "Beatrice Longo <beatrice.longo@posta.example>", "Prima i dati, poi chiudete tutto",
    """Salve,

lascio Lingo a fine mese. Prima di chiudere vorrei scaricare i miei progressi e i vocaboli in un file che possa riutilizzare altrove (Excel/CSV va bene). Dopo averli ricevuti, eliminate pure il mio account e tutto il resto.

Beatrice Longo
""",
    R(["Portability", "Erasure"], "beatrice.longo@posta.example", "Beatrice", "Longo"))

add("it-30-status-match-automatico", "Emanuele Rinaldi <emanuele.rinaldi@posta.example>", "Status match respinto in 3 secondi",
    """Buonasera,

ho chiesto lo "status match" al livello Gold AeroPlus caricando la mia tessera di un'altra compagnia, e dopo tre secondi è arrivato il rifiuto automatico, senza nessuna spiegazione. È evidente che nessuno ha guardato la pratica. Chiedo che un operatore esamini la richiesta e che mi venga detto in base a quali criteri è stata respinta.

Emanuele Rinaldi
""",
    R(["AutomatedDecision"], "emanuele.rinaldi@posta.example", "Emanuele", "Rinaldi"))

# ---------------------------------------------------------------- tasks

add("it-31-nomina-corriere", "Giulia Ferri <giulia.ferri@acme-corp.example>", "Nomina responsabile - nuovo corriere vini",
    """Ciao a tutti,

dal 1° gennaio le spedizioni del Cava Club per il Nord Italia passano a un nuovo corriere (VinExpress S.r.l.). Ci serve l'atto di nomina a responsabile del trattamento ex art. 28 e un controllo delle loro misure di sicurezza. Vi inoltro il contatto del loro referente privacy. Riuscite entro metà dicembre?

Giulia Ferri
Supply Chain Manager - Cava Club Italia
""",
    TASK("giulia.ferri@acme-corp.example", "Giulia", "Ferri"))

add("it-32-informativa-fiumicino", "Luca Marino <luca.marino@acme-corp.example>", "Aggiornare l'informativa per la nuova lounge di Fiumicino",
    """Buongiorno,

a febbraio apriamo la nuova lounge AeroPlus al Terminal 1 di Fiumicino con ingresso tramite riconoscimento della carta d'imbarco e telecamere all'ingresso. Il cartello e l'informativa vanno aggiornati (videosorveglianza, tempi di conservazione). Mi mandate una bozza?

Luca Marino
Airport Operations Manager
""",
    TASK("luca.marino@acme-corp.example", "Luca", "Marino"))

add("it-33-dpia-valutazione-v2", "Francesca Lombardi <francesca.lombardi@acme-corp.example>", "DPIA modello di valutazione orale v2",
    """Ciao,

il team Data Science di Lingo sta per rilasciare la versione 2 del modello che assegna il livello orale (adesso usa anche l'analisi delle espressioni del viso durante la videochiamata). Il legal ci ha detto che serve aggiornare la valutazione d'impatto prima del go-live del 15 gennaio. Potete fissare un incontro con noi la settimana prossima?

Francesca Lombardi
Lead Data Scientist - Lingo
""",
    TASK("francesca.lombardi@acme-corp.example", "Francesca", "Lombardi"))

add("it-34-parere-conservazione", "Alberto Villa <alberto.villa@acme-corp.example>", "Parere: quanto teniamo le registrazioni?",
    """Ciao team,

il commerciale ci chiede di tenere le registrazioni delle lezioni per 5 anni "per la qualità". Oggi le cancelliamo dopo 90 giorni. Mi date un parere scritto su cosa possiamo fare e, se cambia qualcosa, aggiornate la policy di conservazione?

Grazie,
Alberto Villa
Head of Operations Lingo
""",
    TASK("alberto.villa@acme-corp.example", "Alberto", "Villa"))

add("it-35-campagna-cantine", "Valeria Caruso <valeria.caruso@acme-corp.example>", "Campagna co-marketing con Cantine del Lago",
    """Ciao,

a dicembre facciamo una campagna con Cantine del Lago: loro ci passano i contatti dei loro clienti e noi mandiamo un'offerta Cava Club. Mi controllate se serve un consenso specifico, come va scritto e se dobbiamo firmare un accordo di contitolarità? Vi giro la bozza della landing page.

Valeria Caruso
Marketing Manager
""",
    TASK("valeria.caruso@acme-corp.example", "Valeria", "Caruso"))

# ---------------------------------------------------------------- incidents

add("it-36-tablet-verona", "Michele Bruno <michele.bruno@acme-corp.example>", "Tablet perso alla degustazione di Verona",
    """Ciao,

sabato sera alla degustazione del Cava Club a Verona è sparito il tablet che usavamo per le iscrizioni al banco: dentro c'erano i moduli compilati di circa 80 persone con nome, email, telefono, data di nascita e la foto del documento per la verifica dell'età. Il tablet ha un PIN a 4 cifre, non so se fosse cifrato. L'abbiamo cercato ovunque, niente. Cosa devo fare?

Michele Bruno
Event Coordinator - Cava Club
""",
    INC("michele.bruno@acme-corp.example", "Michele", "Bruno"))

add("it-37-cc-invece-ccn", "Ornella Fabbri <ornella.fabbri@posta.example>", "Ho ricevuto gli indirizzi di tutti",
    """Salve,

stamattina ho ricevuto da voi una mail di invito a una serata del Cava Club a Bologna. Il problema è che tutti i destinatari erano in copia visibile: vedo circa 150 indirizzi email di altri soci, alcuni con nome e cognome. In più c'era allegato un Excel "conferme_bologna.xlsx" con nomi, telefoni e allergie alimentari. Non l'ho inoltrato a nessuno. Vi avviso perché mi sembra una cosa seria.

Ornella Fabbri
""",
    INC("ornella.fabbri@posta.example", "Ornella", "Fabbri"))

add("it-38-lista-passeggeri-sbagliata", "Daniela Serra <daniela.serra@acme-corp.example>", "Mail inviata al destinatario sbagliato",
    """Buongiorno,

ieri alle 17:40 ho mandato la lista dei passeggeri attesi in lounge a Linate per oggi (nome, numero tessera, livello, volo) a un indirizzo esterno sbagliato: l'autocompletamento ha messo "m.rossi@" di un fornitore di catering invece del collega Mario Rossi. Ho già scritto al fornitore chiedendo di cancellare, ma non ho ancora risposta. Erano circa 230 nominativi.

Daniela Serra
Lounge Supervisor - Milano Linate
""",
    INC("daniela.serra@acme-corp.example", "Daniela", "Serra"))

add("it-39-profilo-altra-persona", "Gianluca Pace <gianluca.pace@posta.example>", "Nell'app vedo i dati di un altro",
    """Buonasera,

da stamattina quando entro nell'app Lingo con il mio account vedo il nome, la foto, il certificato di livello B1 e lo storico delle lezioni di un'altra persona, una certa "Laura M." di Padova. Ho provato a uscire e rientrare, niente. Vi segnalo la cosa, immagino che qualcun altro veda i miei.

Gianluca Pace
""",
    INC("gianluca.pace@posta.example", "Gianluca", "Pace"))

add("it-40-allegato-fattura-finta", "Mattia Gianola <mattia.gianola@acme-corp.example>", "Ho aperto un allegato sospetto",
    """Buongiorno,

qui dall'ufficio di Chiasso: stamattina ho aperto un allegato "fattura_novembre.zip" che sembrava di un partner alberghiero AeroPlus. Subito dopo l'antivirus ha dato un allarme e il PC si è rallentato. L'ho scollegato dalla rete e chiamato l'informatica. Sul PC ho accesso alle cartelle condivise con i dati dei soci svizzeri. Vi avviso come da procedura.

Mattia Gianola
Partner Relations - AeroPlus Svizzera
""",
    INC("mattia.gianola@acme-corp.example", "Mattia", "Gianola"))

# ---------------------------------------------------------------- follow-ups

add("it-41-re-conferma-ricezione", "Laura Benedetti <laura.benedetti@posta.example>", "R: [DSR-39120] Conferma di ricezione della sua richiesta",
    """Buongiorno, vi mando in allegato il documento d'identità che mi avete chiesto. Fatemi sapere se serve altro.

Laura Benedetti

Il giorno 10 nov 2026, alle ore 09:12, privacy@acme-corp.example ha scritto:
> Gentile interessato,
> abbiamo ricevuto la sua richiesta, registrata con il numero DSR-39120.
> Per procedere le chiediamo di inviarci copia di un documento di identità.
> Il team Privacy
""",
    FU("39120", "laura.benedetti@posta.example", "Laura", "Benedetti"))

add("it-42-ferraris-sollecito", "Avv. Marco Ferraris <marco.ferraris@posta.example>", "Re: Istanza ex artt. 15 e 18 Reg. UE 2016/679",
    """Faccio seguito alla mia istanza sopra riportata per segnalare che, nonostante la richiesta di limitazione, il 12 novembre ho ricevuto una nuova comunicazione basata sul declassamento contestato. Vi invito a dare immediata esecuzione alla richiesta.

Marco Ferraris
""",
    FU(ref("it-04-istanza-15-18"), "marco.ferraris@posta.example", "Marco", "Ferraris"),
    headers=irt("it-04-istanza-15-18"))

add("it-43-sollecito-caps", "Vincenzo Amato <vincenzo.amato@posta.example>", "SOLLECITO [DSR-40288]",
    """Sono passati 40 giorni. Ancora niente. Vi ricordo che il termine è di un mese. Se entro venerdì non ricevo risposta vado dal Garante.
V. Amato
""",
    FU("40288", "vincenzo.amato@posta.example", "Vincenzo", "Amato"))

add("it-44-galli-documento", "Lorenzo Galli <lorenzo.galli@posta.example>", "Re: Verifica età rifiutata dal sistema",
    """Come promesso vi allego la carta d'identità (fronte e retro). Spero basti per sbloccare l'iscrizione.

Lorenzo
""",
    FU(ref("it-10-selfie-minorenne"), "lorenzo.galli@posta.example", "Lorenzo", "Galli"),
    headers=irt("it-10-selfie-minorenne"))

# ---------------------------------------------------------------- ignored

add("it-45-spam-data-broker", "DatiPuliti <offerte@datipuliti-web.example>", "Cancelliamo i tuoi dati da 500 data broker",
    """Ciao!

Sapevi che i tuoi dati personali (indirizzo, telefono, reddito) sono in vendita su centinaia di siti? Con DatiPuliti li facciamo cancellare tutti, in automatico, ai sensi del GDPR.

Prova gratis 7 giorni: http://datipuliti-web.example/prova
Poi solo 9,99 euro/mese.

Non vuoi più ricevere le nostre email? Clicca qui.
""",
    IGN("spam", "offerte@datipuliti-web.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="datipuliti-web.example")])

add("it-46-eredita-avvocato", "Barrister James Okoro <j.okoro@legal-chambers.example>", "Eredità non reclamata - riservato",
    """Gentile amico,

sono l'avvocato personale del defunto ingegnere Alfredo Mancuso, morto con tutta la famiglia in un incidente stradale. Ha lasciato 8.500.000 USD in una banca e nessun erede. Poiché lei ha lo stesso cognome, le propongo di presentarla come beneficiario, 50% a testa. Tutto legale e senza rischi. Mi invii nome completo, indirizzo, numero di telefono e copia del documento.

Cordiali saluti
Barrister James Okoro
""",
    IGN("spam", "j.okoro@legal-chambers.example"), headers=SPAM_HDR)

add("it-47-corso-gdpr-24h", "Formazione Privacy Facile <info@privacyfacile-corsi.example>", "Proteggi i dati dei tuoi clienti: certificato DPO in 24 ore",
    """Gentile Titolare,

le sanzioni del Garante arrivano fino a 20 milioni di euro! Proteggi i dati personali dei tuoi clienti con il nostro CORSO DPO ONLINE: attestato in 24 ore, riconosciuto*, a soli 99 euro.

Iscriviti ora: http://privacyfacile-corsi.example/iscrizione

*riconoscimento interno
""",
    IGN("spam", "info@privacyfacile-corsi.example"))

add("it-48-sono-in-ferie", "Patrizia Neri <patrizia.neri@agenzia-viaggi.example>", "Risposta automatica: Richiesta",
    """Sono in ferie fino al 25 novembre. Per urgenze contattare il numero 02 000 9876 o scrivere a booking@agenzia-viaggi.example.

Patrizia Neri
""",
    IGN("auto_reply", "patrizia.neri@agenzia-viaggi.example"))

add("it-49-newsletter-cantina", "Tenuta Monteverde <news@tenutamonteverde.example>", "Le novità di novembre: vendemmia 2026 e nuove etichette",
    """TENUTA MONTEVERDE - Newsletter di novembre

La vendemmia 2026 è terminata: ecco le prime impressioni dell'enologo.
Nuove etichette in arrivo: il Rosso Riserva e lo Spumante Metodo Classico.
Visite in cantina: prenota il tuo tour di dicembre.

Ricevi questa email perché sei iscritto alla nostra newsletter.
Cancella l'iscrizione: https://tenutamonteverde.example/unsubscribe
""",
    IGN("bulk", "news@tenutamonteverde.example"),
    headers=["List-Id: <newsletter.tenutamonteverde.example>",
             "List-Unsubscribe: <https://tenutamonteverde.example/unsubscribe>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])

add("it-50-mancato-recapito", "Mail Delivery System <MAILER-DAEMON@posta.example>", "Messaggio non recapitato", "",
    IGN("bounce", "MAILER-DAEMON@posta.example"), dsn=True)
