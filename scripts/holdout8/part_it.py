from common import *  # part it: written blind

# ---------------------------------------------------------------- requests

add("it-01-accesso-art15",
    "Maria Grazia De Santis <mariagrazia.desantis@pec-mail.example>",
    "Istanza di accesso ai dati personali ex art. 15 GDPR",
    """Spett.le Acme,

la sottoscritta Maria Grazia De Santis, nata a Pescara il 03/05/1972, codice fiscale
DSNMGR72E43G482X, iscritta al programma Acme Miles con tessera n. 6610 2204 19,

CHIEDE

ai sensi dell'art. 15 del Regolamento (UE) 2016/679, di ottenere conferma dell'esistenza di
dati personali che la riguardano e di riceverne comunicazione in forma intelligibile,
comprese le prenotazioni, lo storico dei voli, le preferenze registrate e le eventuali
registrazioni delle telefonate con il vostro servizio clienti.

Si allega copia del documento d'identità.

Distinti saluti
Maria Grazia De Santis
Via Tiburtina 118, 65128 Pescara
""",
    R(["Access"], "mariagrazia.desantis@pec-mail.example", "Maria Grazia", "De Santis"))

add("it-02-cancellate-account",
    "ciro.napoli85@libero.example",
    "account",
    "cancellate il mio account dell app delle consegne grazie\nCiro\n\nInviato da iPhone\n",
    R(["Erasure"], "ciro.napoli85@libero.example", "Ciro"))

add("it-03-basta-offerte",
    "Gianluca Dalla Costa <gianluca.dallacosta@alice.example>",
    "Basta offerte per favore",
    """Buongiorno,

premetto che non voglio chiudere il mio account Acme Eats, lo uso volentieri. Però ricevo
ogni giorno email e notifiche con sconti e "offerte imperdibili", e ultimamente anche
WhatsApp. Vorrei semplicemente non ricevere più nessuna comunicazione promozionale da parte
vostra.

Grazie,
Gianluca Dalla Costa
Treviso
""",
    R(["Opposition"], "gianluca.dallacosta@alice.example", "Gianluca", "Dalla Costa"))

add("it-04-apostrofo-cognome",
    "Giuseppe D'Angelo <giuseppe.dangelo@tin.example>",
    "Cognome errato nel profilo Acme Miles",
    """Salve,

nel mio profilo il cognome risulta "D ANGELO" (con lo spazio e senza apostrofo) oppure, su
alcune carte d'imbarco, "DANGELO". Sul passaporto è D'ANGELO. Al check-in di Catania mi hanno
fatto storie. Potete sistemare il cognome in modo che corrisponda al documento?

Cordiali saluti
Giuseppe D'Angelo
""",
    R(["Rectification"], "giuseppe.dangelo@tin.example", "Giuseppe", "D'Angelo"))

add("it-05-cosa-avete-e-poi-cancellate",
    "Chiara Dell'Orto <chiara.dellorto@fastwebnet.example>",
    "I miei dati",
    """Buonasera,

vorrei sapere esattamente quali informazioni avete su di me, sia come cliente dell'app di
consegne sia come socia del programma fedeltà, e riceverne un riepilogo completo.

Dopo averlo ricevuto chiedo che tutti i miei dati vengano eliminati e che entrambi gli
account vengano chiusi.

Grazie
Chiara Dell'Orto
Milano
""",
    R(["Access", "Erasure"], "chiara.dellorto@fastwebnet.example", "Chiara", "Dell'Orto"))

add("it-06-rider-gps-fuori-turno",
    "Ousmane Diallo <ousmane.diallo@gmail.example>",
    "Posizione GPS dopo il turno",
    """Buongiorno,

sono un rider di Acme Eats a Milano (ID MIL-44018). Ho notato che l'app continua a
registrare la mia posizione anche dopo che chiudo il turno. Non sono d'accordo: fuori
dall'orario di lavoro non dovete sapere dove vado. Mi oppongo a questo trattamento.

Vorrei anche sapere per quanto tempo conservate le posizioni dei rider e se le date ai
ristoranti o ad altre aziende.

Grazie
Ousmane Diallo
""",
    R(["Opposition", "Information"], "ousmane.diallo@gmail.example", "Ousmane", "Diallo"))

add("it-07-rider-disattivato",
    "Valerio Esposito <valerio.esposito@libero.example>",
    "Account rider disattivato dall'algoritmo",
    """Salve,

il mio account rider è stato disattivato venerdì con un messaggio automatico: "punteggio di
affidabilità insufficiente". Nessuno mi ha contattato. Quella settimana c'era l'allerta
meteo a Napoli e ho rifiutato alcune consegne per sicurezza.

Chiedo che la decisione venga riesaminata da una persona e non da un programma, e di poter
spiegare le mie ragioni. Vorrei anche capire come si calcola questo punteggio.

Valerio Esposito
Rider NAP-11290
cell. 333 555 0187
""",
    R(["AutomatedDecision"], "valerio.esposito@libero.example", "Valerio", "Esposito"))

add("it-08-portabilita-voli",
    "Federica Lo Russo <federica.lorusso@tiscali.example>",
    "Trasferimento dati programma fedeltà",
    """Gentili signori,

sto passando a un'altra compagnia per lavoro e vorrei ricevere lo storico dei miei voli e
dei punti Acme Miles in un formato strutturato e leggibile da un computer (va bene CSV o
JSON), in modo da poterlo caricare altrove. Se potete inviarlo direttamente all'altro
programma, ancora meglio.

Cordialmente
Federica Lo Russo
Bari
""",
    R(["Portability"], "federica.lorusso@tiscali.example", "Federica", "Lo Russo"))

add("it-09-prm-dati-sanitari",
    "Antonio Scognamiglio <antonio.scognamiglio@virgilio.example>",
    "Assistenza PRM – dati sulla mia salute",
    """Buongiorno,

per il volo Napoli–Monaco del 12 ottobre ho richiesto l'assistenza per passeggeri a ridotta
mobilità e ho dovuto comunicare di essere in dialisi e di avere un pacemaker.

Vorrei sapere a chi sono state trasmesse queste informazioni (aeroporto, società di
assistenza, equipaggio) e per quanto tempo le tenete. Visto che il viaggio è finito, chiedo
che questi dati sanitari vengano cancellati dai vostri sistemi.

Distinti saluti
Antonio Scognamiglio
""",
    R(["Information", "Erasure"], "antonio.scognamiglio@virgilio.example", "Antonio", "Scognamiglio"))

add("it-10-html-disiscrizione",
    "Elisabetta Cappelletti <e.cappelletti@outlook.example>",
    "Disiscrizione",
    html("Buongiorno,",
         "vi chiedo di togliere il mio indirizzo da tutte le vostre liste: newsletter, "
         "offerte voli, promozioni dei ristoranti e sondaggi. Il link &laquo;annulla "
         "iscrizione&raquo; non funziona.",
         "Grazie,<br>Elisabetta Cappelletti"),
    R(["Opposition"], "e.cappelletti@outlook.example", "Elisabetta", "Cappelletti"),
    ct=HTML)

add("it-11-latin1-limitazione-miglia",
    "Ettore Lanzoni <ettore.lanzoni@email.example>",
    "Contestazione annullamento miglia",
    """Spettabile Acme,

mi avete comunicato l'annullamento di 60.000 miglia per presunto uso improprio del conto.
Contesto integralmente questa accusa e ho già dato incarico al mio legale.

Fino alla conclusione della verifica chiedo che i miei dati relativi a questa vicenda siano
soltanto conservati e non vengano utilizzati in alcun altro modo, né comunicati a società
di recupero crediti o ad altri partner. Attendo conferma scritta.

Ettore Lanzoni
Modena
""",
    R(["Restriction"], "ettore.lanzoni@email.example", "Ettore", "Lanzoni"),
    ct=LATIN1, encode="latin-1")

add("it-12-avvocato-per-cliente",
    "Avv. Paolo Marchetti <paolo.marchetti@studiomarchetti.example>",
    "Richiesta ex art. 15 GDPR per conto della sig.ra Rosaria Li Causi",
    """Spett.le Società,

scrivo in nome e per conto della mia assistita, sig.ra Rosaria Li Causi, nata a Palermo il
21/09/1968, giusta procura che si allega, in relazione al sinistro bagaglio del volo
AC 2210 Palermo–Bruxelles del 7 luglio 2026.

Con la presente si chiede di fornire copia di tutti i dati personali della mia assistita in
vostro possesso, inclusi i rapporti di irregolarità bagaglio, le note interne e le
registrazioni delle chiamate al servizio clienti.

In attesa di riscontro nei termini di legge, porgo distinti saluti.

Avv. Paolo Marchetti
Studio Legale Marchetti – Via della Libertà 52, 90143 Palermo
Tel. 091 555 2378

Il presente messaggio è riservato e destinato esclusivamente al destinatario indicato.
""",
    R(["Access"], "paolo.marchetti@studiomarchetti.example", "Rosaria", "Li Causi",
      representative="Paolo Marchetti"))

add("it-13-amministratrice-di-sostegno",
    "Lorenza Ferri <lorenza.ferri@avvocatura-mail.example>",
    "Sig. Vincenzo Russo – amministrazione di sostegno",
    """Buongiorno,

sono l'amministratrice di sostegno del sig. Vincenzo Russo, 86 anni, nominata dal Tribunale
di Torino (decreto che allego). Il sig. Russo riceve continuamente telefonate commerciali e
lettere per carte di credito collegate al vostro programma fedeltà, che lo confondono e lo
agitano.

Chiedo che cessino immediatamente tutte le comunicazioni commerciali nei suoi confronti e
che i suoi dati vengano cancellati dai vostri archivi, dato che non viaggia più da anni.

Cordiali saluti
Lorenza Ferri
""",
    R(["Opposition", "Erasure"], "lorenza.ferri@avvocatura-mail.example", "Vincenzo", "Russo",
      representative="Lorenza Ferri"))

add("it-14-inoltro-collega",
    "Davide Fontana <davide.fontana@acme-corp.example>",
    "I: richiesta dati",
    """Ciao privacy team,

vi inoltro questa mail arrivata al customer care di Bolzano, penso sia di vostra competenza.

Grazie
Davide Fontana
Customer Care Italia

-------- Messaggio inoltrato --------
Da: Noemi Schweigkofler <noemi.schweigkofler@rolmail.example>
Data: 15/11/2026 17:22
A: servizio.clienti@acme-corp.example
Oggetto: richiesta dati

Buonasera, vorrei ricevere un elenco di tutte le informazioni che avete su di me e i miei
ordini nella vostra app. Grazie. Noemi Schweigkofler
""",
    R(["Access"], "noemi.schweigkofler@rolmail.example", "Noemi", "Schweigkofler"))

add("it-15-allegato-revoca-posizione",
    "Sara Colombo <sara.colombo@acme-corp.example>",
    "Fwd: revoca consenso",
    "",
    R(["Opposition"], "kwame.mensah@gmail.example", "Kwame", "Mensah"),
    attached=("Kwame Mensah <kwame.mensah@gmail.example>", "revoca consenso",
              """Buongiorno,

revoco il consenso che ho dato all'app Acme Eats per usare la mia posizione in background.
L'app deve usare solo l'indirizzo che scrivo io.

Saluti
Kwame Mensah
Torino
"""),
    note="""Ciao,

in allegato il messaggio di un cliente arrivato al supporto. Lo gestite voi?

Sara Colombo
Supporto App
""")

add("it-16-maiuscolo-cancellazione",
    "Rocco Ammendola <rocco.ammendola@alice.example>",
    "CANCELLATEMI",
    """VOGLIO CHE CANCELLATE TUTTI I MIEI DATI DAI VOSTRI SISTEMI. NON HO MAI CHIESTO DI ESSERE
ISCRITTO AL VOSTRO PROGRAMMA MIGLIA. E' LA TERZA VOLTA CHE SCRIVO.

ROCCO AMMENDOLA
""",
    R(["Erasure"], "rocco.ammendola@alice.example", "Rocco", "Ammendola"))

add("it-17-refusi-cosa-sapete",
    "fra.bianchi.77@libero.example",
    "info",
    """salve vorei sapere che dati avete di me xche ricevo mail da voi e non ricordo di essermi
iscritta mandatemi tutto quello che avete grazie
Francesca Bianchi
""",
    R(["Access"], "fra.bianchi.77@libero.example", "Francesca", "Bianchi"))

add("it-18-storia-lunga-bagaglio",
    "Ludovica Ferraris <ludovica.ferraris@gmail.example>",
    "Reclamo – viaggio rovinato",
    """Gentile Acme,

vi scrivo dopo settimane di frustrazione. Il 14 agosto sono partita da Torino per Atene via
Monaco per il mio viaggio di nozze. Il volo per Monaco è partito con tre ore di ritardo,
abbiamo perso la coincidenza e ci avete riprotetti sul volo del giorno dopo senza offrirci
un albergo decente.

Arrivati ad Atene, la valigia di mio marito non c'era. Denuncia di smarrimento fatta
(ATH AC 77012), ci hanno detto 48 ore. È arrivata dopo sei giorni, quando eravamo già su
un'isola, con la chiusura rotta. Al vostro call center sono stata in attesa in media 40
minuti a chiamata.

Non volerò mai più con voi. Per questo vi chiedo anche di cancellare i miei dati dal
programma fedeltà e di chiudere la mia tessera: non voglio avere più niente a che fare con
la vostra compagnia.

Resta ovviamente aperta la richiesta di rimborso delle spese (312 euro, scontrini già
inviati) e della compensazione per il ritardo prevista dal Regolamento 261/2004.

Ludovica Ferraris
""",
    R(["Erasure"], "ludovica.ferraris@gmail.example", "Ludovica", "Ferraris"))

add("it-19-rimborso-volo-cancellato",
    "Pasquale Iannone <pasquale.iannone@tin.example>",
    "rimborso",
    """Buongiorno, il mio volo Bari-Milano del 2 novembre è stato cancellato e non ho ancora
ricevuto il rimborso di 146 euro. Prenotazione QX7L2P. A chi mi devo rivolgere?

Pasquale Iannone
""",
    R(["Unknown"], "pasquale.iannone@tin.example", "Pasquale", "Iannone"))

add("it-20-trasferimenti-extra-ue",
    "Dott.ssa Ilaria Mancuso <ilaria.mancuso@unimail.example>",
    "Domanda su trasferimento dati fuori dall'UE",
    """Gentili,

ho letto la vostra informativa ma non mi è chiaro un punto: i dati dei clienti dell'app di
consegne (indirizzi, ordini, posizione) vengono conservati su server fuori dall'Unione
Europea, per esempio negli Stati Uniti? In tal caso, su quale base avviene il trasferimento
e quali garanzie sono previste?

Non mi serve una copia dei dati, solo capire.

Cordiali saluti
Dott.ssa Ilaria Mancuso
Ricercatrice, Dipartimento di Giurisprudenza
""",
    R(["Information"], "ilaria.mancuso@unimail.example", "Ilaria", "Mancuso"))

add("it-21-famiglia-replyto-email",
    "Famiglia Rossi <famigliarossi@libero.example>",
    "Aggiornamento indirizzo",
    """Buongiorno,

nel mio profilo Acme Miles risulta ancora il vecchio indirizzo di casa (Via Roma 12,
Verona). Ora abito in Via Mazzini 45, 37121 Verona. Vi prego di aggiornarlo, l'estratto
conto cartaceo continua ad andare al vecchio indirizzo.

Per favore rispondete al mio indirizzo personale e non a quello di famiglia.

Marco Rossi
""",
    R(["Rectification"], "marco.rossi.82@libero.example", "Marco", "Rossi"),
    headers=["Reply-To: Marco Rossi <marco.rossi.82@libero.example>"])

add("it-22-altoadige-misto-profilazione",
    "Martina Oberhofer <martina.oberhofer@rolmail.example>",
    "Profilazione / Profiling",
    """Buongiorno / Guten Tag,

ich schreibe zweisprachig, wie bei uns in Südtirol üblich. Nella vostra app vedo offerte
"personalizzate" basate sui miei ordini. Non voglio essere profilata a fini di marketing
und widerspreche dieser Auswertung.

Inoltre vorrei sapere quali categorie di dati usate per queste offerte e per quanto tempo
le conservate.

Danke / Grazie
Martina Oberhofer
Merano / Meran
""",
    R(["Opposition", "Information"], "martina.oberhofer@rolmail.example", "Martina", "Oberhofer"))

add("it-23-cp1252-esporta-e-chiudi",
    "Salvatore Greco <salvatore.greco@aruba.example>",
    "Esportazione ordini e chiusura account",
    """Buongiorno,

in tre anni ho speso più di 2.000 € con la vostra app. Ora passo a un altro servizio e
vorrei avere la cronologia dei miei ordini e degli indirizzi salvati in un file “aperto”
(CSV o Excel) da importare altrove.

Dopo l’invio del file, chiudete pure l’account e cancellate i miei dati…

Saluti
Salvatore Greco
""",
    R(["Portability", "Erasure"], "salvatore.greco@aruba.example", "Salvatore", "Greco"),
    ct=CP1252, encode="cp1252")

add("it-24-disposizioni-dopo-la-morte",
    "Anna Maria Bortolotti <annamaria.bortolotti@libero.example>",
    "Disposizioni sui miei dati dopo la morte",
    """Gentili signori,

ho 79 anni e sto mettendo ordine nelle mie cose. Il mio notaio mi ha detto che posso
lasciare indicazioni su cosa fare dei miei dati personali dopo la mia morte.

Come posso comunicarvi che, quando non ci sarò più, mia figlia Paola potrà chiudere il mio
conto Acme Miles e che non desidero che i miei dati vengano conservati? Esiste un modulo?

Cordiali saluti
Anna Maria Bortolotti
Bologna
""",
    R(["AdvanceDirectives"], "annamaria.bortolotti@libero.example", "Anna Maria", "Bortolotti"))

add("it-25-blocco-automatico-frode",
    "Riccardo Sartori <riccardo.sartori@fastwebnet.example>",
    "Prenotazione bloccata dal sistema antifrode",
    """Salve,

ieri ho provato tre volte a prenotare un volo Roma–New York e ogni volta il sistema ha
rifiutato la prenotazione con "transazione bloccata dal controllo antifrode". La carta
funziona ovunque. Il vostro call center dice che "decide il sistema" e non possono fare
nulla.

Chiedo che una persona esamini il mio caso e riveda questa decisione. Chiedo inoltre di
ricevere i dati che mi riguardano usati per questa valutazione.

Riccardo Sartori
""",
    R(["AutomatedDecision", "Access"], "riccardo.sartori@fastwebnet.example", "Riccardo", "Sartori"))

# ---------------------------------------------------------------- tasks

add("it-26-nomina-responsabile-tablet",
    "Lorenzo Galli <lorenzo.galli@acme-corp.example>",
    "Revisione nomina responsabile – fornitore tablet ristoranti",
    """Ciao team privacy,

stiamo per firmare con TabOrder S.r.l. che fornirà i tablet per la ricezione degli ordini ai
ristoranti partner in Italia. Ci hanno mandato il loro atto di nomina a responsabile del
trattamento (art. 28) e l'elenco dei sub-responsabili.

Riuscite a darci un parere entro il 30 novembre?

Grazie mille
Lorenzo Galli
Partner Operations Italia
""",
    TASK("lorenzo.galli@acme-corp.example", "Lorenzo", "Galli"))

add("it-27-dpia-telecamere-bagagli",
    "Alessia Moretti <alessia.moretti@acme-corp.example>",
    "DPIA videosorveglianza area bagagli FCO",
    """Buongiorno,

a Fiumicino vogliamo installare nuove telecamere con analisi video nell'area di smistamento
bagagli, per ridurre furti e manomissioni. Il fornitore propone anche il riconoscimento
automatico delle persone in area.

Security mi ha detto che serve una valutazione d'impatto prima di procedere. Potete
aiutarci? Vi mando le specifiche tecniche.

Alessia Moretti
Station Manager FCO
Tel. +39 06 555 4411
""",
    TASK("alessia.moretti@acme-corp.example", "Alessia", "Moretti"))

add("it-28-registro-trattamenti-chatbot",
    "Stefano Barbieri <stefano.barbieri@acme-corp.example>",
    "Aggiornare registro dei trattamenti – assistente virtuale",
    """Ciao,

da dicembre partirà l'assistente virtuale su WhatsApp per i clienti Acme Eats Italia (stato
ordine, rimborsi). Immagino vada aggiunto al registro dei trattamenti: mi mandate il modulo
da compilare o lo fate voi?

Stefano Barbieri
Product Manager
""",
    TASK("stefano.barbieri@acme-corp.example", "Stefano", "Barbieri"))

add("it-29-questionario-cliente-corporate",
    "Giulia Ricci <giulia.ricci@acme-corp.example>",
    "Questionario fornitori – cliente corporate",
    """Ciao a tutti,

un cliente corporate (gruppo bancario di Milano) ci chiede di compilare il loro questionario
di due diligence sui fornitori prima di rinnovare il contratto voli aziendali. La sezione 4
riguarda la protezione dei dati (DPO, data breach, trasferimenti, conservazione).

Potete compilarla voi entro venerdì prossimo? Vi giro il file.

Grazie,
Giulia Ricci
Corporate Sales Italia
""",
    TASK("giulia.ricci@acme-corp.example", "Giulia", "Ricci"))

# ---------------------------------------------------------------- incidents

add("it-30-tablet-rubato-auto",
    "Matteo Conti <matteo.conti@acme-corp.example>",
    "Furto tablet aziendale",
    """Buongiorno,

stanotte mi hanno rotto il finestrino dell'auto a Bologna e hanno rubato il tablet aziendale
che uso per l'onboarding dei rider. Sul tablet ci sono le foto dei documenti d'identità e
dei permessi di soggiorno dei nuovi rider dell'ultimo mese (circa 60 persone). Il tablet ha
un PIN, non so se è cifrato.

Ho già fatto denuncia ai Carabinieri. Cosa devo fare adesso?

Matteo Conti
Rider Onboarding Emilia-Romagna
""",
    INC("matteo.conti@acme-corp.example", "Matteo", "Conti"))

add("it-31-ricevuto-fattura-altrui",
    "Beatrice Longo <beatrice.longo@yahoo.example>",
    "Ho ricevuto la fattura di un'altra persona",
    """Salve,

insieme alla conferma del mio ordine di ieri sera ho ricevuto in allegato la fattura di
un'altra cliente, con nome, indirizzo di casa, telefono e quello che ha ordinato. Non so come
sia possibile. Ve lo segnalo perché credo sia una cosa grave per quella signora.

Beatrice Longo
""",
    INC("beatrice.longo@yahoo.example", "Beatrice", "Longo"))

add("it-32-phishing-credenziali",
    "Emanuele Rinaldi <emanuele.rinaldi@acme-corp.example>",
    "Ho inserito la password su una pagina falsa",
    """Ciao,

stamattina ho ricevuto una mail che sembrava di Microsoft ("documento condiviso con te") e
ho inserito le mie credenziali. Poi mi sono accorto che l'indirizzo non era il nostro. Ho
accesso alla casella condivisa dei rimborsi bagagli, con documenti e IBAN dei passeggeri.

Ho cambiato la password e avvisato l'IT. Vi scrivo perché mi hanno detto di avvisare anche
voi.

Emanuele Rinaldi
Baggage Claims Team
""",
    INC("emanuele.rinaldi@acme-corp.example", "Emanuele", "Rinaldi"))

add("it-33-estratti-conto-indirizzi-sbagliati",
    "Silvia Marino <silvia.marino@acme-corp.example>",
    "Estratti conto miglia spediti agli indirizzi sbagliati",
    """Buongiorno,

ci stanno chiamando diversi soci Acme Miles: hanno ricevuto per posta l'estratto conto
trimestrale di un'altra persona, con nome, numero di tessera, saldo miglia e ultimi voli.
Sembra che la tipografia abbia sfasato le buste per circa 2.000 spedizioni della zona di
Roma.

Vi segnalo la cosa per capire come procedere.

Silvia Marino
Loyalty Operations
""",
    INC("silvia.marino@acme-corp.example", "Silvia", "Marino"))

# ---------------------------------------------------------------- follow-ups

add("it-34-dsr-sollecito",
    "Carlo Benedetti <carlo.benedetti@libero.example>",
    "R: [DSR-40127] Richiesta di accesso ricevuta",
    """Buongiorno,

è passato più di un mese dalla vostra conferma e non ho ancora ricevuto nulla. Vi sollecito
a rispondere, altrimenti presenterò reclamo al Garante.

Carlo Benedetti

> Gentile cliente,
> abbiamo ricevuto la sua richiesta, registrata con il numero DSR-40127.
> Le risponderemo entro i termini di legge.
""",
    FU("40127", "carlo.benedetti@libero.example", "Carlo", "Benedetti"))

add("it-35-dsr-documento",
    "Valentina Pellegrini <valentina.pellegrini@gmail.example>",
    "Re: [DSR-40355] Verifica identità",
    """Buongiorno, in allegato la carta d'identità come richiesto.
Valentina Pellegrini

Inviato dal mio dispositivo Huawei
""",
    FU("40355", "valentina.pellegrini@gmail.example", "Valentina", "Pellegrini"))

add("it-36-sollecito-rider",
    "Valerio Esposito <valerio.esposito@libero.example>",
    "Re: Account rider disattivato dall'algoritmo",
    """Salve, sono passate due settimane e nessuno mi ha risposto. Intanto non posso lavorare.
Vi prego di darmi notizie.

Valerio Esposito
""",
    FU(ref("it-07-rider-disattivato"), "valerio.esposito@libero.example", "Valerio", "Esposito"),
    headers=irt("it-07-rider-disattivato"))

# ---------------------------------------------------------------- ignored

add("it-37-phishing-account-eliminato",
    "Acme Miles Sicurezza <sicurezza@acme-miglia-verifica.example>",
    "Il tuo account verrà eliminato – verifica i tuoi dati",
    """Gentile cliente,

in base alla normativa GDPR il tuo account Acme Miles e tutte le miglia accumulate verranno
cancellati entro 24 ore se non confermi i tuoi dati personali.

Clicca qui per proteggere i tuoi dati: https://acme-miglia-verifica.example/login

Team Sicurezza
""",
    IGN("spam", "sicurezza@acme-miglia-verifica.example"),
    headers=SPAM_HDR)

add("it-38-consulenza-gdpr-48-ore",
    "Studio Compliance Express <info@gdpr-express.example>",
    "Adeguamento GDPR in 48 ore – evita le sanzioni del Garante",
    """Gentile Responsabile,

le sanzioni del Garante Privacy sono in aumento. Con il nostro pacchetto "GDPR Express"
adeguiamo la sua azienda in 48 ore: informative, registro trattamenti, procedura di
cancellazione dei dati personali, nomina DPO esterno.

Offerta valida fino a fine mese: 490 € + IVA invece di 1.200 €.

Risponda a questa email per essere ricontattato.

Studio Compliance Express
""",
    IGN("spam", "info@gdpr-express.example"),
    headers=[AUTH(spf="pass", dkim="none", dmarc="fail", dom="gdpr-express.example")])

add("it-39-eredita-non-reclamata",
    "Avv. Michael Brown <michael.brown.legal@chambers-uk.example>",
    "Eredità non reclamata – riservato",
    """Caro amico,

sono l'avvocato del defunto sig. Acme, cittadino italiano morto in un incidente stradale.
Ha lasciato 6.200.000 euro senza eredi. Posso presentarla come beneficiario legittimo.

Per procedere mi invii nome completo, indirizzo, numero di telefono e copia del passaporto.
Tutti i suoi dati saranno cancellati dopo il trasferimento per garantire la privacy.

Avv. Michael Brown
""",
    IGN("spam", "michael.brown.legal@chambers-uk.example"))

add("it-40-fuori-ufficio",
    "Roberta Galimberti <roberta.galimberti@comune-esempio.example>",
    "Risposta automatica: fuori ufficio",
    """Grazie per il suo messaggio.

Sono fuori ufficio fino al 30 novembre con accesso limitato alla posta. Per questioni
urgenti può contattare l'ufficio protocollo al numero 02 555 1200.

Roberta Galimberti
""",
    IGN("auto_reply", "roberta.galimberti@comune-esempio.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-41-newsletter-viaggi",
    "ViaggiNews <newsletter@viagginews.example>",
    "ViaggiNews – Le novità di novembre",
    """ViaggiNews – Newsletter di novembre

* Le compagnie aeree e la nuova stagione invernale
* Privacy dei passeggeri: cosa cambia con le nuove regole europee
* Consegne a domicilio: i rider chiedono più tutele

Leggi tutto: https://viagginews.example/novembre

Ricevi questa email perché sei iscritto alla newsletter. Cancella iscrizione:
https://viagginews.example/unsubscribe
""",
    IGN("bulk", "newsletter@viagginews.example"),
    headers=["List-Id: ViaggiNews <news.viagginews.example>",
             "List-Unsubscribe: <https://viagginews.example/unsubscribe>",
             "Precedence: bulk"])

add("it-42-mancata-consegna",
    "postmaster@mx.acme-corp.example",
    "Messaggio non recapitato",
    "",
    IGN("bounce", "postmaster@mx.acme-corp.example"),
    dsn=True)
