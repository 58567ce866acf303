from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste

add("it-01-accesso-fascicolo",
    "Francesca De Luca <francesca.deluca@libero.example>",
    "Istanza di accesso ai dati personali ai sensi dell'art. 15 GDPR",
    """Spett.le Titolare del trattamento,

la sottoscritta Francesca De Luca, nata a Napoli il 03/02/1984, C.F. DLCFNC84B43F839X,
paziente presso la Vostra struttura di Milano (ricovero in Ortopedia dal 10 al 18 settembre
2026), con la presente esercita il diritto di accesso di cui all'art. 15 del Regolamento
(UE) 2016/679.

Chiedo pertanto:
- conferma dell'esistenza di un trattamento di dati personali che mi riguardano;
- copia dei dati trattati, comprensiva della cartella clinica, dei referti di laboratorio e
  della documentazione presente nel portale pazienti;
- le informazioni relative a finalità, destinatari e periodo di conservazione.

Resto in attesa di un cortese riscontro entro i termini di legge.

Distinti saluti
Francesca De Luca
""",
    R(["Access"], "francesca.deluca@libero.example", "Francesca", "De Luca"))

add("it-02-cancellatemi",
    "<salvo.larosa@tiscali.example>",
    "cancellatemi",
    """cancellatemi da tutto, account carta fedeltà tutto.
Salvatore La Rosa
""",
    R(["Erasure"], "salvo.larosa@tiscali.example", "Salvatore", "La Rosa"))

add("it-03-opposizione-marketing",
    "Maria Grazia D'Amico <mg.damico@alice.example>",
    "Basta newsletter e telefonate promozionali",
    """Buongiorno,

da quando ho fatto un acquisto sul Vostro sito a luglio ricevo la newsletter quasi ogni
giorno e sono stata chiamata due volte da un operatore per propormi la "carta fedeltà gold".

Mi oppongo a qualsiasi trattamento dei miei dati per finalità di marketing, sia via e-mail
che telefonico. Vi chiedo di darmene conferma.

Cordiali saluti
Maria Grazia D'Amico
Tel. 347 118 2290
""",
    R(["Opposition"], "mg.damico@alice.example", "Maria Grazia", "D'Amico"))

add("it-04-codice-fiscale-errato",
    "Nicolò Dalla Valle <nicolo.dallavalle@gmail.example>",
    "Codice fiscale sbagliato nel tesseramento",
    """Salve,

nel mio tesseramento (pallavolo, società Volley Bassano, tessera n. 0418827) il codice
fiscale è sbagliato: risulta DLLNCL99M12A703Z mentre quello giusto è DLLNCL99M21A703Q.
Per questo motivo non riesco a scaricare il certificato per il rimborso dalla
assicurazione.

Potete correggerlo? Vi allego la tessera sanitaria se serve.

Grazie,
Nicolò Dalla Valle
""",
    R(["Rectification"], "nicolo.dallavalle@gmail.example", "Nicolò", "Dalla Valle"))

add("it-05-portabilita-fedelta",
    "Hamid Bensalem <hamid.bensalem@fastwebnet.example>",
    "Richiesta portabilità dati carta fedeltà",
    """Buongiorno,

vorrei ricevere i dati della mia carta fedeltà (storico acquisti, punti, preferenze) in un
formato strutturato e leggibile da computer, come previsto dall'art. 20 GDPR. Se possibile
vorrei che fossero trasmessi direttamente a un altro negozio online di cui sono cliente,
altrimenti va bene anche un file CSV da scaricare.

Carta n. 3900 4412 0071

Grazie e buona giornata
Hamid Bensalem
Torino
""",
    R(["Portability"], "hamid.bensalem@fastwebnet.example", "Hamid", "Bensalem"))

add("it-06-opposizione-ricerca-limitazione",
    "Roberta Di Stefano <roberta.distefano@pec-personale.example>",
    "Opposizione all'uso dei miei dati per lo studio clinico e richiesta di limitazione",
    """Spettabile Ospedale,

ho ricevuto una lettera in cui mi si informa che i dati della mia cartella clinica
(Cardiologia, 2024-2025) saranno utilizzati in forma "pseudonimizzata" per uno studio
retrospettivo sulle aritmie, sulla base del legittimo interesse scientifico.

Ai sensi dell'art. 21 GDPR mi oppongo a tale trattamento per motivi connessi alla mia
situazione particolare, che sono disponibile a illustrare. Nelle more della valutazione della
mia opposizione chiedo, ai sensi dell'art. 18, par. 1, lett. d), la limitazione del
trattamento dei miei dati per tale finalità.

Distinti saluti
Roberta Di Stefano
""",
    R(["Opposition", "Restriction"], "roberta.distefano@pec-personale.example", "Roberta", "Di Stefano"))

add("it-07-rate-rifiutate",
    "Alessandro Dell'Orto <ale.dellorto@gmail.example>",
    "Pagamento in 3 rate rifiutato",
    """Ciao,

ho provato a pagare con "paga in 3 rate" un ordine da 390 euro e mi è uscito subito "la tua
richiesta non è stata approvata in base a una valutazione automatica". Nessuna spiegazione.

Vorrei che una persona rivedesse la decisione e mi dicesse su cosa si è basata, perché non
ho mai avuto problemi di pagamento. Posso anche dare la mia versione se serve.

Alessandro Dell'Orto
""",
    R(["AutomatedDecision"], "ale.dellorto@gmail.example", "Alessandro", "Dell'Orto"))

add("it-08-trasferimento-extra-ue-html",
    "Chiara Lo Presti <chiara.lopresti@outlook.example>",
    "Domanda sul trasferimento dei dati",
    html("Gentili signori,",
         "ho letto la vostra informativa ma non mi è chiaro se i dati dei clienti (ordini, "
         "taglie, indirizzi) vengono trasferiti fuori dall'Unione europea, per esempio al "
         "servizio clienti o ai fornitori cloud.",
         "In caso affermativo, in quali paesi e con quali garanzie?",
         "Grazie,<br>Chiara Lo Presti<br><i>Palermo</i>"),
    R(["Information"], "chiara.lopresti@outlook.example", "Chiara", "Lo Presti"),
    ct=HTML)

add("it-09-madre-foto-figlio",
    "Elena Ferrari <elena.ferrari82@virgilio.example>",
    "Foto di mio figlio sul profilo Instagram della federazione",
    """Buonasera,

sono la mamma di Tommaso Bianchi, 10 anni, tesserato nuoto con la Rari Nantes Modena.
Sul profilo Instagram della federazione e sul sito è stata pubblicata una foto della
premiazione regionale del 9 novembre dove Tommaso è in costume, con nome e cognome nella
didascalia. Noi genitori non abbiamo mai dato il consenso.

Chiedo che la foto e il nome di mio figlio vengano rimossi al più presto.

Elena Ferrari
""",
    R(["Erasure"], "elena.ferrari82@virgilio.example", "Tommaso", "Bianchi",
      representative="Elena Ferrari"))

add("it-10-avvocato-cartella",
    "Avv. Giovanni Battista Zanetti <gb.zanetti@studiozanetti.example>",
    "Sig.ra Ilaria Sartori - richiesta accesso ai dati e copia cartella clinica",
    """Egregi Signori,

scrivo in nome e per conto della mia assistita, Sig.ra Ilaria Sartori, nata a Verona il
14/06/1977, giusta delega che si allega unitamente a copia del documento d'identità della
stessa.

In forza di tale delega, si chiede di ricevere copia integrale della cartella clinica
relativa al ricovero presso il Vostro presidio di Verona dal 3 al 7 maggio 2026, nonché, ai
sensi dell'art. 15 GDPR, copia di tutti i dati personali della mia assistita trattati dalla
Vostra struttura.

La documentazione potrà essere trasmessa a mezzo PEC all'indirizzo
gb.zanetti@pec.studiozanetti.example o alla presente e-mail.

Distinti saluti

Avv. Giovanni Battista Zanetti
Studio Legale Zanetti
Corso Porta Nuova 44 - 37122 Verona
Tel. 045 801 2277

Il presente messaggio e gli eventuali allegati sono di natura confidenziale e destinati
esclusivamente al destinatario. Qualora lo riceveste per errore, vi preghiamo di
cancellarlo e di darne comunicazione al mittente.
""",
    R(["Access"], "gb.zanetti@studiozanetti.example", "Ilaria", "Sartori",
      representative="Giovanni Battista Zanetti"))

add("it-11-figlio-madre-defunta",
    "Luca Pellegrini <luca.pellegrini@tin.example>",
    "Accesso ai dati di mia madre deceduta (art. 2-terdecies Codice privacy)",
    """Buongiorno,

mia madre, Anna Maria Rossi, è deceduta il 21 ottobre 2026 presso il Vostro ospedale di
Bergamo. In qualità di figlio ed erede, ai sensi dell'art. 2-terdecies del Codice in materia
di protezione dei dati personali, chiedo di accedere ai dati personali di mia madre, in
particolare alla documentazione sanitaria dell'ultimo ricovero e ai referti presenti nel
suo profilo del portale pazienti.

Allego certificato di morte e dichiarazione sostitutiva di atto notorio.

Cordiali saluti
Luca Pellegrini
""",
    R(["Access"], "luca.pellegrini@tin.example", "Anna Maria", "Rossi",
      representative="Luca Pellegrini"))

add("it-12-maiuscolo-telefonate",
    "VINCENZO ESPOSITO <vincenzo.esposito51@libero.example>",
    "BASTA",
    """SMETTETELA DI CHIAMARMI AL TELEFONO PER LE OFFERTE!!! NON VOGLIO NIENTE. TOGLIETE IL MIO
NUMERO DALLE VOSTRE LISTE. E LA TERZA VOLTA CHE LO CHIEDO AL VOSTRO OPERATORE.
VINCENZO ESPOSITO
""",
    R(["Opposition"], "vincenzo.esposito51@libero.example", "Vincenzo", "Esposito"))

add("it-13-certificato-medico-cp1252",
    "Giuseppina Russo <giuseppina.russo@alice.example>",
    "Informazioni certificato medico",
    """Gentili signori,

sono una tesserata della bocciofila "La Rinascita" di Foggia da tanti anni. Quest’anno mi
chiedono il certificato medico con l’elettrocardiogramma da caricare su internet.

Vorrei sapere perché serve, chi lo può vedere (anche il presidente della società?) e per
quanto tempo lo tenete. Non mi piace che tutti sappiano le mie cose di salute.

Grazie mille e cordiali saluti
Giuseppina Russo
""",
    R(["Information"], "giuseppina.russo@alice.example", "Giuseppina", "Russo"),
    ct=CP1252, encode="cp1252")

add("it-14-reso-non-rimborsato",
    "Sofia Marchetti <sofia.marchetti@gmail.example>",
    "Rimborso reso",
    """Ciao, ho restituito un vestito il 20 ottobre (ordine 5521-90034) e il rimborso di 89,90
non mi è ancora arrivato. Il servizio clienti non risponde in chat da giorni. Mi aiutate?

Sofia
""",
    R(["Unknown"], "sofia.marchetti@gmail.example", "Sofia", "Marchetti"))

add("it-15-inoltro-negozio-prato",
    "Daniela Conti <daniela.conti@acme-corp.example>",
    "I: modifica dati carta fedeltà",
    """Ciao a tutti,

vi inoltro la richiesta di una cliente arrivata all'indirizzo del negozio di Prato. Io dal
gestionale non posso modificare l'email della carta. Potete pensarci voi?

Grazie
Daniela Conti
Store Manager Prato

-----Messaggio originale-----
Da: Wang Xiaoling <xiaoling.wang@qq-mail.example>
Inviato: domenica 15 novembre 2026 17:48
A: negozio.prato@acme-corp.example
Oggetto: modifica dati carta fedeltà

Buongiorno,
sono cliente con carta fedeltà n. 3900 7715 2093. Ho cambiato indirizzo e email. Nuovo
indirizzo: Via Pistoiese 188, 59100 Prato. Nuova email: xiaoling.wang@qq-mail.example.
Per favore aggiornate i miei dati.
Grazie
Wang Xiaoling
""",
    R(["Rectification"], "xiaoling.wang@qq-mail.example", "Xiaoling", "Wang"))

add("it-16-famiglia-replyto-taglie",
    "Famiglia Colombo <famiglia.colombo@fastwebnet.example>",
    "profilo taglie e pubblicità",
    """Buongiorno, sono Andrea Colombo.

Vi chiedo di cancellare il mio profilo taglie (misure, foto caricate per la prova virtuale)
e di non usare più i miei acquisti per mostrarmi pubblicità personalizzata, né sul sito né
sui social.

Questa casella la usa tutta la famiglia: rispondetemi all'indirizzo personale, grazie.

Andrea Colombo
""",
    R(["Erasure", "Opposition"], "andrea.colombo.79@gmail.example", "Andrea", "Colombo"),
    headers=["Reply-To: andrea.colombo.79@gmail.example"])

add("it-17-classifiche-tu",
    "Giorgia Ricci <giorgia.ricci.06@icloud.example>",
    "nome nelle classifiche",
    """Ciao,

sono Giorgia Ricci, faccio atletica (tessera FVG-22018). Mi oppongo alla pubblicazione del mio
nome e della mia data di nascita nelle classifiche online delle gare, perché ho avuto
problemi con una persona che mi segue alle gare e trova sempre dove gareggio. Potete non
pubblicarli più?

Grazie davvero
Giorgia
""",
    R(["Opposition"], "giorgia.ricci.06@icloud.example", "Giorgia", "Ricci"))

add("it-18-punti-persi-arrabbiato",
    "Domenico Scarpa <domenico.scarpa@libero.example>",
    "Vergognatevi - punti fedeltà spariti",
    """Buongiorno (si fa per dire).

Sono cliente da 9 anni, ho speso da voi migliaia di euro tra me, mia moglie e i figli. Avevo
accumulato 12.400 punti sulla carta, che mi servivano per il buono di Natale. Ieri entro
nell'app e trovo zero punti. Chiamo il numero verde: 40 minuti di attesa, poi mi dicono che
la carta è stata "migrata al nuovo programma" e che i punti "non risultano". Ma come non
risultano? Ho gli scontrini.

Ho scritto alla chat, mi hanno risposto con un messaggio automatico. Ho scritto al servizio
clienti, nessuna risposta. Allora scrivo a voi, visto che siete l'unico indirizzo che trovo.

Voglio una copia di tutti i dati che avete su di me e sulla mia carta, compresi tutti gli
acquisti registrati e i movimenti dei punti degli ultimi anni, così vedo io dove sono finiti.
E poi mi rivolgo a un'associazione consumatori.

Domenico Scarpa
Mestre (VE)
Carta n. 3900 1002 4478
""",
    R(["Access"], "domenico.scarpa@libero.example", "Domenico", "Scarpa"))

add("it-19-ticino-risultati-internazionali",
    "Federica Bernasconi <federica.bernasconi@bluewin.example>",
    "Dati trasmessi alla federazione internazionale",
    """Buongiorno

sono una sciatrice tesserata (Sci Club Airolo). Vorrei sapere quali dati miei trasmettete
alla federazione internazionale quando mi iscrivete alle gare FIS e quando pubblicate i
risultati, e se questi dati vengono conservati anche fuori dalla Svizzera e dall'UE.

Cordiali saluti
Federica Bernasconi
Lugano
""",
    R(["Information"], "federica.bernasconi@bluewin.example", "Federica", "Bernasconi"))

add("it-20-cancellare-account-typo",
    "<gianni.m74@libero.example>",
    "cancellazione",
    """salve vorrei cancellare il mio account e tutti i dati grazie gianni
""",
    R(["Erasure"], "gianni.m74@libero.example", "Gianni", None))

add("it-21-conservazione-dopo-chiusura",
    "Elisa Fontana <elisa.fontana@gmail.example>",
    "Per quanto tempo conservate i dati?",
    """Salve,

sto pensando di chiudere il mio account sul marketplace. Prima però vorrei sapere per quanto
tempo conservate i dati degli ordini e delle fatture dopo la chiusura, e se la carta
fedeltà viene chiusa automaticamente insieme all'account.

Grazie,
Elisa Fontana
""",
    R(["Information"], "elisa.fontana@gmail.example", "Elisa", "Fontana"))

add("it-22-misto-inglese-accesso-rettifica",
    "Priya Raman <priya.raman@unibo-alumni.example>",
    "i miei dati / my data",
    """Hi, sono Priya Raman, vivo a Bologna da 3 anni, scusate il mio italiano.

I would like to see all the personal data you have about me (account, orders, loyalty card).
Also, la data di nascita nel mio profilo è sbagliata: è 09/11/1994, non 11/09/1994, please
correct it.

Grazie mille!
Priya
""",
    R(["Access", "Rectification"], "priya.raman@unibo-alumni.example", "Priya", "Raman"))

# ---------------------------------------------------------------- compiti

add("it-23-nomina-responsabile-logistica",
    "Federico Mancini <federico.mancini@acme-corp.example>",
    "Nomina responsabile esterno - nuovo partner logistico",
    """Ciao,

da gennaio le spedizioni per il Sud Italia passeranno a un nuovo operatore logistico che
gestirà anche i resi. Ci serve l'atto di nomina a responsabile del trattamento ex art. 28
GDPR. Il contratto quadro è già firmato, manca solo il DPA.

Riuscite a prepararlo o a rivedere il loro modello entro il 10 dicembre?

Grazie,
Federico Mancini
Supply Chain Manager
""",
    TASK("federico.mancini@acme-corp.example", "Federico", "Mancini"))

add("it-24-registro-trattamenti-app",
    "Valentina Greco <valentina.greco@acme-corp.example>",
    "Aggiornamento registro dei trattamenti - app tesseramento",
    """Buongiorno,

con il rilascio della nuova app per il tesseramento online (foto, certificato medico,
pagamento) il registro dei trattamenti della federazione va aggiornato. Vi mando in allegato
la scheda compilata dal fornitore. Potete inserirla e dirmi se manca qualcosa (basi
giuridiche, tempi di conservazione)?

Valentina Greco
Segreteria generale
""",
    TASK("valentina.greco@acme-corp.example", "Valentina", "Greco"))

add("it-25-dpia-televisita",
    "Dott.ssa Paola Benedetti <paola.benedetti@acme-corp.example>",
    "DPIA servizio di televisita",
    """Gentili colleghi,

la Direzione sanitaria ha approvato l'avvio della televisita per i pazienti diabetologici a
partire da marzo. Prima dell'avvio ci chiedono la valutazione d'impatto (DPIA). Potete
indicarmi come procedere e fissare un incontro con il referente IT?

Cordialmente
Dott.ssa Paola Benedetti
Direzione Medica di Presidio
""",
    TASK("paola.benedetti@acme-corp.example", "Paola", "Benedetti"))

# ---------------------------------------------------------------- incidenti

add("it-26-smartphone-perso",
    "Davide Rinaldi <davide.rinaldi@acme-corp.example>",
    "smartphone aziendale perso",
    """Buongiorno, ieri sera ho perso lo smartphone aziendale (probabilmente sull'autobus tornando
dal turno). Sul telefono c'è WhatsApp con il gruppo del reparto dove ci scambiamo info sui
pazienti (nomi, letti, a volte foto di medicazioni). Il telefono ha il PIN a 4 cifre.
Ho già avvisato il mio coordinatore. Cosa devo fare?

Davide Rinaldi
Infermiere - Chirurgia generale
""",
    INC("davide.rinaldi@acme-corp.example", "Davide", "Rinaldi"))

add("it-27-referto-paziente-sbagliato",
    "Silvia Morelli <silvia.morelli@acme-corp.example>",
    "Referto inviato al paziente sbagliato",
    """Buongiorno,

segnalo che stamattina ho inviato per e-mail il referto di un'ecografia addominale al
paziente sbagliato: due pazienti con lo stesso cognome (Ferri) e ho selezionato l'indirizzo
sbagliato dal gestionale. Il destinatario mi ha risposto dicendo che non è suo.
Gli ho chiesto di cancellarlo.

Silvia Morelli
Accettazione Radiologia - Presidio di Bologna
""",
    INC("silvia.morelli@acme-corp.example", "Silvia", "Morelli"))

add("it-28-excel-pubblico-federazione",
    "Stefano Caruso <stefano.caruso.coach@gmail.example>",
    "File con dati dei tesserati scaricabile dal sito!",
    """Salve,

sono allenatore di una società affiliata. Vi segnalo che nella sezione "Comunicati" del sito
della federazione, nel comunicato n. 47 sulle convocazioni, è allegato un file Excel che
contiene, oltre ai nomi degli atleti convocati, anche codice fiscale, indirizzo, telefono dei
genitori e la data di scadenza del certificato medico con l'indicazione "idoneità con
limitazioni" per alcuni. Molti sono minorenni.

Il file è scaricabile da chiunque. Toglietelo subito, per favore.

Stefano Caruso
""",
    INC("stefano.caruso.coach@gmail.example", "Stefano", "Caruso"))

add("it-29-link-pubblico-drive",
    "Lorenzo Vitale <lorenzo.vitale@acme-corp.example>",
    "Export clienti condiviso con link pubblico",
    """Ciao,

mi sono accorto oggi che l'export dei clienti fedeltà (circa 18.000 righe: nome, email,
telefono, data di nascita, livello carta) che avevo condiviso con l'agenzia per la campagna
di Natale era impostato su "chiunque abbia il link". Il link è stato inviato via email
all'agenzia il 2 novembre. Ho tolto la condivisione adesso. Dai log non so vedere se è stato
aperto da altri.

Lorenzo Vitale
CRM Analyst
""",
    INC("lorenzo.vitale@acme-corp.example", "Lorenzo", "Vitale"))

# ---------------------------------------------------------------- seguiti

add("it-30-re-conferma-ricezione",
    "Carla Bruno <carla.bruno@libero.example>",
    "R: [DSR-40305] Conferma di ricezione della sua richiesta",
    """Buongiorno,
grazie. Volevo solo chiedere se la risposta mi arriverà per email o per posta, perché a
dicembre sarò all'estero.

Carla Bruno

Il 13/11/2026 10:15, privacy@acme-corp.example ha scritto:
> Gentile Sig.ra Bruno,
> abbiamo ricevuto la sua richiesta, registrata con il numero DSR-40305.
> Le risponderemo entro i termini previsti dal Regolamento.
> Cordiali saluti
> Ufficio Privacy
""",
    FU("40305", "carla.bruno@libero.example", "Carla", "Bruno"))

add("it-31-re-accesso-documento",
    "Francesca De Luca <francesca.deluca@libero.example>",
    "Re: Istanza di accesso ai dati personali ai sensi dell'art. 15 GDPR",
    """Gentili,

ad integrazione della mia istanza di stamattina allego copia della carta d'identità.
Vi segnalo inoltre che sono stata seguita anche in ambulatorio (controlli di ottobre):
vi prego di includere anche quella documentazione.

Cordialmente
Francesca De Luca
""",
    FU(ref("it-01-accesso-fascicolo"), "francesca.deluca@libero.example", "Francesca", "De Luca"),
    headers=irt("it-01-accesso-fascicolo"))

add("it-32-sollecito-garante",
    "Antonio Gentile <antonio.gentile@pec-mail.example>",
    "Sollecito - Vs. rif. [DSR-39950]",
    """Spett.le Ufficio Privacy,

con riferimento alla mia richiesta registrata con il Vostro riferimento DSR-39950 del
5 ottobre 2026, rilevo che è decorso il termine di un mese previsto dall'art. 12, par. 3,
GDPR senza che abbia ricevuto alcun riscontro.

Vi invito a provvedere entro 7 giorni, decorsi i quali presenterò reclamo al Garante per la
protezione dei dati personali.

Distinti saluti
Antonio Gentile
""",
    FU("39950", "antonio.gentile@pec-mail.example", "Antonio", "Gentile"))

# ---------------------------------------------------------------- da ignorare

add("it-33-phishing-casella",
    "Servizio Webmail <noreply@webmail-aggiornamento.example>",
    "La tua casella di posta è piena - azione richiesta",
    """Gentile utente,

la tua casella privacy@acme-corp.example ha raggiunto il 99% dello spazio disponibile.
I messaggi in arrivo verranno respinti e i dati eliminati entro 24 ore.

Clicca qui per aumentare lo spazio gratuitamente:
https://webmail-aggiornamento.example/quota

Team Webmail
""",
    IGN("spam", "noreply@webmail-aggiornamento.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="webmail-aggiornamento.example")])

add("it-34-offerta-adeguamento-gdpr",
    "GDPR Facile <commerciale@gdprfacile.example>",
    "Adeguamento GDPR in 24 ore - evita sanzioni fino a 20 milioni",
    """Gentile Responsabile,

la Sua azienda è davvero in regola con il GDPR? Con il nostro pacchetto "Privacy Completa"
Le forniamo in 24 ore registro dei trattamenti, informative, nomine e procedura di
cancellazione dei dati. Solo 199 euro + IVA, offerta valida fino a venerdì!

Per non ricevere più nostre comunicazioni risponda CANCELLA.
""",
    IGN("spam", "commerciale@gdprfacile.example"),
    headers=SPAM_HDR)

add("it-35-fuori-sede",
    "Marta Colonna <marta.colonna@studiocolonna.example>",
    "Risposta automatica: Fuori sede",
    """Sono fuori sede fino al 20 novembre con accesso limitato alla posta elettronica.
Per urgenze potete contattare la segreteria allo 02 4455 9080.

Cordiali saluti
Marta Colonna
""",
    IGN("auto_reply", "marta.colonna@studiocolonna.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("it-36-newsletter-federprivacy",
    "Notizie Privacy <news@notizieprivacy.example>",
    "Notizie Privacy | Novembre 2026",
    """NOTIZIE PRIVACY - Newsletter mensile

> Il Garante sanziona una ASL per il dossier sanitario consultato senza motivo
> Foto dei minori nello sport: le nuove FAQ
> Fidelity card e profilazione: cosa cambia

Ricevi questa email perché sei iscritto alla newsletter.
Disiscriviti: https://notizieprivacy.example/unsubscribe
""",
    IGN("bulk", "news@notizieprivacy.example"),
    headers=["List-Id: Notizie Privacy <newsletter.notizieprivacy.example>",
             "List-Unsubscribe: <https://notizieprivacy.example/unsubscribe>, <mailto:unsub@notizieprivacy.example>",
             "Precedence: bulk"])

add("it-37-ticket-fornitore",
    "Helpdesk Fornitore <helpdesk@servizi-it-fornitore.example>",
    "[Ticket#2026111610000123] Richiesta ricevuta",
    """Gentile cliente,

la Sua richiesta è stata ricevuta ed è stata registrata con il numero di ticket
2026111610000123. Un operatore la prenderà in carico al più presto.

Questo è un messaggio generato automaticamente, si prega di non rispondere.

Helpdesk Servizi IT
""",
    IGN("auto_reply", "helpdesk@servizi-it-fornitore.example"),
    headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])
