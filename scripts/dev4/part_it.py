# Italian messages of development set 4 (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("it-01-fascicolo-personale", "Giulia Rossi <giulia.rossi@acme-corp.example>",
"Richiesta copia fascicolo personale",
"""Buongiorno,

lavoro nell'ufficio clienti di Acme Paghe a Milano da quasi cinque anni. Vorrei ricevere copia
del mio fascicolo personale completo: contratto, lettere, valutazioni annuali, eventuali
contestazioni disciplinari e note dei responsabili.

Mi fate sapere come procedere?

Grazie mille,
Giulia Rossi
""", R(["Access"], "giulia.rossi@acme-corp.example", "Giulia", "Rossi"))

add("it-02-cancellate-cv", "Matteo Esposito <matteo.esposito93@libero-mail.example>", "cv",
"""salve ho mandato il cv per magazziniere a piacenza a giugno ma ho trovato lavoro altrove vi
chiedo di cancellare il mio curriculum e tutti i miei dati dal vostro archivio candidati grazie
Matteo Esposito
""", R(["Erasure"], "matteo.esposito93@libero-mail.example", "Matteo", "Esposito"))

add("it-03-foto-consegna", "Francesca De Luca <francesca.deluca@tiscali-mail.example>",
"Foto delle consegne a casa mia",
"""Gentili signori,

il vostro corriere, ad ogni consegna, scatta una foto del pacco davanti alla mia porta. Nelle foto
si vedono il mio nome sul campanello, l'interno dell'ingresso e, l'ultima volta, anche mia madre
anziana in vestaglia.

Mi oppongo a questo trattamento: non voglio che vengano più scattate foto presso la mia
abitazione. Preferisco firmare o ritirare al punto di ritiro.

Distinti saluti,
Francesca De Luca
Via Garibaldi 41, 10122 Torino
""", R(["Opposition"], "francesca.deluca@tiscali-mail.example", "Francesca", "De Luca"),
    ct=LATIN1, encode="latin-1")

add("it-04-telecamere-deposito", "Roberto Colombo <roberto.colombo@fastnet-mail.example>",
"Richiesta immagini videosorveglianza - Hotel Acme Venezia Mestre",
"""Spett.le Hotel Acme,

il 10 novembre ho lasciato la mia valigia nel deposito bagagli dell'Hotel Acme Venezia Mestre
dalle 11:00 alle 16:00. Al ritiro mancavano un computer e una macchina fotografica. Ho sporto
denuncia ai Carabinieri.

Ai sensi dell'art. 15 del GDPR chiedo copia delle registrazioni delle telecamere in cui compaio,
in particolare al momento della consegna e del ritiro della valigia alla reception.

Cordiali saluti,
Roberto Colombo
""", R(["Access"], "roberto.colombo@fastnet-mail.example", "Roberto", "Colombo"))

add("it-05-nomina-responsabile", "Silvia Ferrari <silvia.ferrari@ferrari-arredamenti.example>",
"Atto di nomina a responsabile del trattamento - Acme Paghe",
"""Buongiorno,

come da nostra procedura interna, vi trasmettiamo in allegato l'atto di nomina a responsabile
esterno del trattamento ai sensi dell'art. 28 GDPR, relativo al servizio di elaborazione paghe.
Vi preghiamo di restituircelo firmato dal legale rappresentante entro il 30 novembre.

Cordiali saluti,

Silvia Ferrari
Ufficio Personale
Ferrari Arredamenti S.r.l.
Tel. 0521 000 000

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.
""", R(["Unknown"], "silvia.ferrari@ferrari-arredamenti.example", "Silvia", "Ferrari"))

add("it-06-domande-conservazione", "Davide Ricci <davide.ricci@cooperativa-aurora.example>",
"Domande su conservazione e trasferimento dati",
"""Salve,

il nostro DPO ci chiede alcune informazioni su Acme Paghe:
- in quale paese sono i server;
- se ci sono trasferimenti di dati fuori dall'UE (anche solo per assistenza);
- per quanto tempo conservate i cedolini e i dati dei dipendenti dopo la disdetta del contratto.

Grazie,
Davide Ricci
Cooperativa Sociale Aurora
""", R(["Information"], "davide.ricci@cooperativa-aurora.example", "Davide", "Ricci"))

add("it-07-basta-newsletter", "lucia.bianchi58@libero-mail.example", "basta email",
"""Non voglio piu ricevere le vostre email promozionali degli hotel. Toglietemi dalla mailing list
per favore.

Lucia Bianchi
""", R(["Opposition"], "lucia.bianchi58@libero-mail.example", "Lucia", "Bianchi"))

add("it-08-tfr-iban", "Alessandro Greco <alessandro.greco@pec-mail.example>",
"Ex dipendente - copia dati e correzione IBAN",
"""Buongiorno,

sono stato dipendente dell'Hotel Acme Roma Termini fino a settembre. Vorrei ricevere copia di
tutti i dati personali che conservate su di me. Inoltre l'IBAN registrato per il pagamento del
TFR è quello vecchio (conto chiuso): il nuovo è IT60X0542811101000000123456. Vi prego di
aggiornarlo.

Saluti,
Alessandro Greco
""", R(["Access", "Rectification"], "alessandro.greco@pec-mail.example", "Alessandro", "Greco"))

add("it-09-apostrofo", "Chiara D'Angelo <chiara.dangelo@alice-mail.example>", "cognome sbagliato",
"""Buongiorno, nel mio profilo Acme Rewards il cognome risulta "Dangelo" tutto attaccato. Il
cognome corretto è D'Angelo. Potete correggere? Al check-in mi fanno sempre storie.
Grazie
Chiara D'Angelo

Inviato da iPhone
""", R(["Rectification"], "chiara.dangelo@alice-mail.example", "Chiara", "D'Angelo"))

add("it-10-dashcam-contestazione", "Salvatore Russo <salvo.russo@virgilio-mail.example>",
"contestazione disciplinare - uso immagini dashcam",
"""Buongiorno,

sono autista presso la filiale Acme Express di Napoli-Nola. Mi è stata fatta una contestazione
disciplinare basata sulle immagini della telecamera del furgone. Ritengo che quelle immagini
siano state interpretate male e ho presentato le mie giustificazioni.

Chiedo che, finché la questione non è chiarita, l'uso di quelle registrazioni sia limitato: non
devono essere utilizzate per altri provvedimenti né mostrate ad altri colleghi, ma solo
conservate.

Salvatore Russo
""", R(["Restriction"], "salvo.russo@virgilio-mail.example", "Salvatore", "Russo"))

add("it-11-video-colloquio", "Federica Marino <federica.marino@unimail.example>",
"Esito video colloquio automatico",
"""Gentile ufficio privacy,

ho partecipato alla selezione per receptionist tramite la vostra piattaforma di video colloquio
registrato. Il giorno dopo ho ricevuto un'email di esclusione con scritto "il punteggio
ottenuto non raggiunge la soglia". Nessuno mi ha mai parlato.

Chiedo che la mia candidatura venga rivalutata da una persona e di conoscere i criteri con cui il
software ha calcolato il punteggio. Non accetto di essere scartata da un algoritmo.

Federica Marino
""", R(["AutomatedDecision"], "federica.marino@unimail.example", "Federica", "Marino"))

add("it-12-avvocato-accesso", "Avv. Paolo Conti <paolo.conti@studiolegaleconti.example>",
"Istanza di accesso ai dati ex art. 15 GDPR - sig. Giuseppe Romano",
"""Spettabile Società,

scrivo in nome e per conto del mio assistito, sig. Giuseppe Romano, nato a Bari il 3.5.1975, già
Vostro dipendente con mansioni di addetto allo smistamento presso l'hub di Bologna, come da
delega allegata.

Con la presente si formula istanza di accesso ai sensi dell'art. 15 del Regolamento (UE)
2016/679, chiedendo copia di tutti i dati personali del mio assistito, ivi compresi i dati
relativi alle presenze, alle timbrature e alle immagini di videosorveglianza utilizzate nel
procedimento disciplinare del luglio 2026.

Distinti saluti.

Avv. Paolo Conti
Studio Legale Conti - Bologna
""", R(["Access"], "paolo.conti@studiolegaleconti.example", "Giuseppe", "Romano", representative="Paolo Conti"))

add("it-13-amministratrice-sostegno", "Elisa Galli <elisa.galli@fastnet-mail.example>",
"Mio padre Vittorio Galli - telefonate commerciali",
"""Buongiorno,

sono l'amministratrice di sostegno di mio padre, il sig. Vittorio Galli (decreto del Tribunale
di Modena che posso inviarvi). Mio padre riceve continue telefonate dal vostro ufficio vendite
per pacchetti vacanza negli hotel Acme.

Vi chiedo di interrompere immediatamente ogni contatto commerciale e di comunicarmi quali dati
avete su di lui e da dove li avete presi.

Elisa Galli
""", R(["Opposition", "Access"], "elisa.galli@fastnet-mail.example", "Vittorio", "Galli",
       representative="Elisa Galli"))

add("it-14-profilo-viaggiatore", "Marco Bruno <marco.bruno@bruno-consulting.example>",
"Esportazione profilo viaggiatore",
html("Buongiorno,",
     "viaggio spesso per lavoro e ho un profilo Acme Rewards con molte preferenze salvate. "
     "Chiedo, in base al diritto alla portabilit&agrave;, di ricevere i miei dati (profilo, "
     "soggiorni, preferenze) in un formato strutturato e leggibile da dispositivo automatico, "
     "oppure di trasmetterli direttamente alla nostra nuova agenzia viaggi.",
     "Cordiali saluti,<br>Marco Bruno"),
R(["Portability"], "marco.bruno@bruno-consulting.example", "Marco", "Bruno"), ct=HTML)

add("it-15-foto-documento-ritiro", "Valentina Gallo <valentina.gallo@alice-mail.example>",
"Foto del documento al punto di ritiro",
"""Salve,

quando sono andata a ritirare un pacco in un vostro punto di ritiro (tabaccheria di via Roma) il
commesso ha fotografato la mia carta d'identità con il suo telefono dicendo che lo richiede
Acme Express. Perché serve la foto del documento? Dove finisce e per quanto tempo la tenete?

Valentina Gallo
""", R(["Information"], "valentina.gallo@alice-mail.example", "Valentina", "Gallo"))

add("it-16-inoltro-servizio-clienti", "Andrea Fontana <andrea.fontana@acme-corp.example>",
"I: chiusura account e SMS", "",
R(["Erasure", "Opposition"], "giorgio.lombardi@tim-mail.example", "Giorgio", "Lombardi"),
    note="""Ciao,

vi inoltro in allegato la mail di un cliente arrivata al servizio clienti. Chiede di chiudere
l'account e di non ricevere più SMS. Ci pensate voi?

Andrea
Servizio Clienti Acme Express
""",
    attached=("Giorgio Lombardi <giorgio.lombardi@tim-mail.example>", "chiusura account e SMS",
"""Buonasera,

vi chiedo di chiudere il mio account Acme Express e cancellare tutti i miei dati. Inoltre non
voglio più ricevere i vostri SMS pubblicitari sulle "offerte spedizioni".

Giorgio Lombardi
"""))

add("it-17-corriere-non-passato", "Sara Moretti <sara.moretti@libero-mail.example>",
"consegna mancata",
"""Buongiorno, ho preso un giorno di ferie apposta per aspettare il corriere e non è passato
nessuno, poi sul tracking risulta "destinatario assente". Non è vero!! Spedizione n.
IT7740012993. Quando me lo riportate?

Sara Moretti
""", R(["Unknown"], "sara.moretti@libero-mail.example", "Sara", "Moretti"))

add("it-18-gps-fuori-orario", "Luca Barbieri <luca.barbieri@acme-corp.example>",
"app aziendale e posizione fuori orario",
"""Ciao,

sono tecnico commerciale di Acme Paghe e uso il telefono aziendale anche la sera. Mi sono accorto
che l'app di gestione trasferte registra la mia posizione anche fuori dall'orario di lavoro e nel
weekend. Non sono d'accordo: non voglio che la mia posizione venga tracciata fuori orario.

Luca Barbieri
""", R(["Opposition"], "luca.barbieri@acme-corp.example", "Luca", "Barbieri"))

add("it-19-non-cancellare", "Emanuele Leone <emanuele.leone@tiscali-mail.example>",
"dati delle mie consegne",
"""Salve, premetto che non voglio cancellare il mio account, lo uso tutti i giorni per il mio
negozio online. Vorrei però avere una copia di tutti i dati che avete su di me, comprese le foto
e le firme raccolte alle consegne e le registrazioni delle chiamate al call center.

Grazie,
Emanuele Leone
""", R(["Access"], "emanuele.leone@tiscali-mail.example", "Emanuele", "Leone"))

add("it-20-prima-vedere-poi-cancellare", "Beatrice Santoro <beatrice.santoro@gmail-it.example>",
"candidatura hotel Firenze",
"""Buonasera,

ho fatto un colloquio per il ruolo di guest relations all'Hotel Acme Firenze Santa Maria Novella.
Vorrei prima ricevere una copia delle valutazioni e delle note scritte su di me durante il
colloquio, e poi che cancelliate completamente la mia candidatura.

Grazie,
Beatrice Santoro
""", R(["Access", "Erasure"], "beatrice.santoro@gmail-it.example", "Beatrice", "Santoro"))

add("it-21-task-app-geolocalizzazione", "Stefano Caruso <stefano.caruso@acme-corp.example>",
"DPIA nuova app corrieri",
"""Ciao a tutti,

a febbraio introduciamo la nuova app per i corrieri con geolocalizzazione continua durante il
turno, foto delle consegne e riconoscimento della firma. Ci serve la valutazione d'impatto prima
del pilota a Torino. Possiamo fissare una call la prossima settimana?

Grazie,
Stefano Caruso
Operations Italia
""", TASK("stefano.caruso@acme-corp.example", "Stefano", "Caruso"))

add("it-22-task-registro-crm", "Paola Mancini <paola.mancini@acme-corp.example>",
"Aggiornamento registro dei trattamenti - nuovo CRM hotel",
"""Buongiorno,

dal 1° dicembre gli hotel italiani passano al nuovo CRM (GuestSphere). Vi mando la scheda del
fornitore e l'elenco dei campi raccolti. Potete aggiornare il registro dei trattamenti e
dirmi se serve un nuovo contratto con il fornitore?

Paola Mancini
Marketing Hotel Italia
""", TASK("paola.mancini@acme-corp.example", "Paola", "Mancini"))

add("it-23-task-formazione-reception", "Giovanni Rinaldi <giovanni.rinaldi@acme-corp.example>",
"Formazione privacy addetti reception",
"""Buongiorno,

abbiamo 25 nuovi addetti al ricevimento assunti per la stagione. Potete organizzare una breve
formazione privacy (documenti degli ospiti, schedine alloggiati, telecamere) in modalità online?
Anche un'ora va bene.

Grazie,
Giovanni Rinaldi
HR Hotel Acme Italia
""", TASK("giovanni.rinaldi@acme-corp.example", "Giovanni", "Rinaldi"))

add("it-24-task-carabinieri", "Roberta Ferri <roberta.ferri@acme-corp.example>",
"Carabinieri chiedono le immagini - cosa faccio?",
"""Ciao,

sono la direttrice dell'Hotel Acme Firenze Fortezza. Stamattina sono passati i Carabinieri e hanno
chiesto le registrazioni delle telecamere del parcheggio di sabato notte per un'indagine. Non
hanno portato nessun documento scritto, dicono che lo mandano via PEC. Posso consegnarle? In che
forma? Mi serve un vostro parere prima di domani.

Roberta Ferri
""", TASK("roberta.ferri@acme-corp.example", "Roberta", "Ferri"))

add("it-25-inc-chiavetta", "Marco Vitale <marco.vitale@acme-corp.example>", "chiavetta persa",
"""Ciao,

vi scrivo un po' in imbarazzo. Giovedì ero al convegno dei consulenti del lavoro a Bologna per
lo stand di Acme Paghe. Tornato in ufficio mi sono accorto di non avere più la chiavetta USB che
usavo per le demo. Purtroppo dentro, oltre alle slide, c'era un estratto reale dei dati di un
cliente (nomi, codici fiscali, retribuzioni di circa 80 dipendenti) che avevo usato per
preparare la demo. Non era cifrata. Ho chiamato l'organizzazione del convegno ma non l'hanno trovata.

Marco Vitale
""", INC("marco.vitale@acme-corp.example", "Marco", "Vitale"))

add("it-26-inc-link-pubblico", "Martina Pellegrini <martina.pellegrini@acme-corp.example>",
"link condiviso per sbaglio",
"""Buongiorno,

lunedì ho condiviso con un fornitore di divise un link al foglio delle taglie dei dipendenti
dell'hotel di Milano. Oggi ho visto che il link era impostato come "chiunque abbia il link" e che
nello stesso file c'era anche un'altra scheda con indirizzi, telefoni e date di nascita di tutto
il personale. Ho già tolto la condivisione.

Martina Pellegrini
Ufficio Personale Hotel Acme Milano
""", INC("martina.pellegrini@acme-corp.example", "Martina", "Pellegrini"))

add("it-27-inc-elenco-pianerottolo", "Nicola Sartori <nicola.sartori@fastweb-mail.example>",
"Elenco consegne lasciato dal vostro corriere",
"""Buonasera,

oggi sul pianerottolo del mio condominio ho trovato un foglio perso dal vostro corriere: è
l'elenco delle consegne della giornata con una cinquantina di nomi, indirizzi, numeri di
telefono e note tipo "lasciare al portiere" o "citofono rotto". Mi sembra una cosa grave.
L'ho conservato, ditemi voi se ve lo devo restituire.

Nicola Sartori
""", INC("nicola.sartori@fastweb-mail.example", "Nicola", "Sartori"))

add("it-28-inc-conferma-altro-ospite", "Claudia Ferraro <claudia.ferraro@acme-corp.example>",
"un ospite ha ricevuto la prenotazione di un altro",
"""Buongiorno,

vi racconto cosa è successo ieri. Un ospite ci ha telefonato dicendo che, oltre alla sua, gli era
arrivata la conferma di prenotazione di un'altra persona, con nome, telefono, date del soggiorno e
le ultime cifre della carta di credito. Controllando abbiamo visto che il sistema aveva unito due
profili con lo stesso cognome. Non so quante altre volte possa essere successo.

Claudia Ferraro
Front Office Manager - Hotel Acme Roma Eur
""", INC("claudia.ferraro@acme-corp.example", "Claudia", "Ferraro"))

add("it-29-fu-sollecito", "Giovanna Marchetti <giovanna.marchetti@libero-mail.example>",
"R: [DSR-49644] Conferma di ricezione della sua richiesta",
"""Buongiorno,

sollecito la mia richiesta del 6 ottobre. Non ho ancora ricevuto nulla. Vi ricordo che il
termine è di un mese.

Giovanna Marchetti

----- Messaggio originale -----
Da: privacy@acme-corp.example
Oggetto: [DSR-49644] Conferma di ricezione della sua richiesta
Abbiamo ricevuto la sua richiesta e le risponderemo entro un mese.
""", FU("49644", "giovanna.marchetti@libero-mail.example", "Giovanna", "Marchetti"))

add("it-30-fu-orari", "Roberto Colombo <roberto.colombo@fastnet-mail.example>",
"R: Richiesta immagini videosorveglianza - Hotel Acme Venezia Mestre",
"""Aggiungo il numero della denuncia (n. 1184/2026 Stazione Carabinieri Mestre) e il numero
dello scontrino del deposito bagagli: 0457. La consegna è stata alle 11:05 circa.

Roberto Colombo
""", FU(ref("it-04-telecamere-deposito"), "roberto.colombo@fastnet-mail.example", "Roberto", "Colombo"),
    headers=irt("it-04-telecamere-deposito"))

add("it-31-fu-documento", "Ornella Costa <ornella.costa@virgilio-mail.example>",
"Re: [DSR-51230] Richiesta documento di identità",
"""Buongiorno, allego la carta d'identità fronte e retro. Cordiali saluti, Ornella Costa
""", FU("51230", "ornella.costa@virgilio-mail.example", "Ornella", "Costa"))

add("it-32-spam-pacco", "Acme Express Italia <consegne@acme-express-it-tracking.example>",
"Il tuo pacco è in giacenza - aggiorna i dati",
"""Gentile cliente,

il tuo pacco è in giacenza presso il nostro centro di smistamento. Per ricevere la consegna
aggiorna i tuoi dati e paga il contributo di 1,99 EUR entro 24 ore:

https://acme-express-it-tracking.example/giacenza

Trattiamo i tuoi dati nel rispetto del GDPR.
""", IGN("spam", "consegne@acme-express-it-tracking.example"), headers=SPAM_HDR)

add("it-33-spam-garante", "Ufficio Adeguamento Privacy <info@garante-adeguamento.example>",
"Adeguamento GDPR obbligatorio entro 10 giorni",
"""Spett.le Azienda,

dai nostri controlli risulta che la Vostra società non ha ancora completato l'adeguamento
obbligatorio al GDPR. Per evitare sanzioni fino a 20 milioni di euro è necessario acquistare il
kit di adeguamento (registro, informative, nomine) al prezzo di 350 EUR + IVA entro 10 giorni.

Ufficio Adeguamento Privacy
""", IGN("spam", "info@garante-adeguamento.example"),
    headers=["Reply-To: ordini@kitprivacy-offerte.example",
             AUTH(spf="fail", dkim="none", dmarc="fail", dom="garante-adeguamento.example")])

add("it-34-in-ferie", "Davide Ricci <davide.ricci@cooperativa-aurora.example>",
"Risposta automatica: Domande su conservazione e trasferimento dati",
"""Sono in ferie fino al 25 novembre. Per urgenze contattare amministrazione@cooperativa-aurora.example.
""", IGN("auto_reply", "davide.ricci@cooperativa-aurora.example"))

add("it-35-fuori-ufficio", "Silvia Ferrari <silvia.ferrari@ferrari-arredamenti.example>",
"Fuori ufficio: Atto di nomina a responsabile del trattamento - Acme Paghe",
"""Gentile mittente,

sarò assente dall'ufficio fino a lunedì 23 novembre con accesso limitato alla posta. Risponderò
al mio rientro.

Silvia Ferrari
""", IGN("auto_reply", "silvia.ferrari@ferrari-arredamenti.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
