from common import *  # part it: written blind

add("it-01-accesso-art15",
    "Giulia Esposito <giulia.esposito@posta.example>",
    "Richiesta ai sensi dell'art. 15 GDPR",
    """Gentili signori,

con la presente chiedo di sapere se trattate dati personali che mi riguardano e, in caso
affermativo, di ottenerne copia: dati dell'account della piattaforma, cronologia di
visione, eventuali registrazioni delle mie telefonate al servizio clienti.

Distinti saluti,
Giulia Esposito
""",
    R(["Access"], "giulia.esposito@posta.example", "Giulia", "Esposito"))

add("it-02-cancellate",
    "lorenzo.b@mailveloce.example",
    "account",
    """cancelate il mio account non lo uso piu
""",
    R(["Erasure"], "lorenzo.b@mailveloce.example"))

add("it-03-codice-fiscale",
    "Nicolò Ferraro <nicolo.ferraro@libero-simile.example>",
    "Codice fiscale errato",
    """Buongiorno,

nella pratica relativa al canone risulta un codice fiscale sbagliato (due lettere
invertite) e la mia città di nascita è indicata come Cosenza anziché Crotone. Vi chiedo
di correggere questi dati.

Cordiali saluti,
Nicolò Ferraro
""",
    R(["Rectification"], "nicolo.ferraro@libero-simile.example", "Nicolò", "Ferraro"),
    ct=LATIN1, encode="latin-1")

add("it-04-basta-newsletter",
    "Franco Colombo <franco.colombo@vecchiaposta.example>",
    "BASTA",
    """NON VOGLIO PIU RICEVERE LE VOSTRE NEWSLETTER E LE PROMOZIONI. TOGLIETEMI DA TUTTE LE
LISTE. GRAZIE.
FRANCO COLOMBO
""",
    R(["Opposition"], "franco.colombo@vecchiaposta.example", "Franco", "Colombo"))

add("it-05-no-profilazione",
    "Chiara De Luca <chiara.deluca@posta.example>",
    "Profilazione",
    """Ciao,

non voglio chiudere l'account, mi piace il vostro catalogo. Però non voglio che le mie
abitudini di visione vengano usate per profilarmi e suggerirmi contenuti. Potete
disattivare la profilazione per il mio profilo?

Grazie,
Chiara De Luca
""",
    R(["Opposition"], "chiara.deluca@posta.example", "Chiara", "De Luca"))

add("it-06-esporta-e-chiudi",
    "Matteo Ricci <matteo.ricci@webposta.example>",
    "Esportazione dati e chiusura account",
    """Salve,

vorrei ricevere la mia cronologia e la lista dei preferiti in un formato leggibile da
computer (CSV o JSON) per importarli in un altro servizio. Dopo l'invio, vi prego di
chiudere l'account e cancellare i miei dati.

Matteo Ricci
""",
    R(["Portability", "Erasure"], "matteo.ricci@webposta.example", "Matteo", "Ricci"))

add("it-07-telefonate-diretta",
    "Antonella Greco <antonella.greco@posta.example>",
    "Domanda sulle telefonate in diretta",
    """Buonasera,

ho telefonato alla trasmissione del mattino per partecipare al quiz. Per quanto tempo
conservate la registrazione e il mio numero di telefono? Li usate per altro oltre alla
trasmissione? E comunque, a quiz finito, il mio numero preferirei che lo cancellaste.
Grazie.

Antonella Greco
""",
    R(["Information", "Erasure"], "antonella.greco@posta.example", "Antonella", "Greco"))

add("it-08-esenzione-rifiutata",
    "Salvatore Russo <salvatore.russo@pensionati.example>",
    "Esenzione canone respinta automaticamente",
    """Spettabile ufficio,

la mia domanda di esenzione dal canone per over 75 è stata respinta con una lettera che
dice "esito della verifica automatica sui redditi". Il reddito considerato comprende
quello di mio figlio, che non vive più con me da due anni.

Chiedo che la pratica venga riesaminata da un funzionario, non da un computer, e di poter
presentare le mie ragioni. Chiedo inoltre copia dei dati su cui si è basata la
verifica.

Salvatore Russo
""",
    R(["AutomatedDecision", "Access"], "salvatore.russo@pensionati.example", "Salvatore", "Russo"))

add("it-09-limitazione",
    "Federica Marino <federica.marino@studiolegale-fm.example>",
    "Richiesta di limitazione del trattamento",
    """Egregi signori,

contesto l'esattezza dei dati relativi al presunto mancato pagamento del canone per il
2024. Ai sensi dell'art. 18 del Regolamento chiedo che, per il periodo necessario alla
verifica, i miei dati siano soltanto conservati e non utilizzati per solleciti o
trasmessi all'agenzia di riscossione.

Avv. Federica Marino
""",
    R(["Restriction"], "federica.marino@studiolegale-fm.example", "Federica", "Marino"))

add("it-10-figlia-video",
    "Roberto Gallo <roberto.gallo@famiglia.example>",
    "Video di mia figlia",
    """Buongiorno,

mia figlia Sofia Gallo, 15 anni, ha mandato un videomessaggio alla trasmissione per
ragazzi, che ora è pubblicato sul vostro sito con nome e scuola. Come genitore chiedo
che il video e i suoi dati vengano rimossi.

Roberto Gallo
""",
    R(["Erasure"], "roberto.gallo@famiglia.example", "Sofia", "Gallo",
      representative="Roberto Gallo"))

add("it-11-avvocato-cliente",
    "Avv. Massimo Bianchi <m.bianchi@studiobianchi.example>",
    "Sig.ra Teresa Lombardi – istanza ex artt. 15 e 16 GDPR",
    """Spett.le Titolare del trattamento,

scrivo in nome e per conto della Sig.ra Teresa Lombardi, residente in Torino, giusta
delega allegata.

La mia assistita chiede: (i) copia di tutti i dati personali che la riguardano trattati
dall'ufficio canone; (ii) la rettifica dell'indirizzo di residenza, tuttora indicato in
Via Po 12 anziché Corso Francia 88.

Distinti saluti,
Avv. Massimo Bianchi
Studio Legale Bianchi
Tel. 011 555 0199

Il presente messaggio è riservato. Se lo avete ricevuto per errore, cancellatelo e
avvisate il mittente.
""",
    R(["Access", "Rectification"], "m.bianchi@studiobianchi.example", "Teresa", "Lombardi",
      representative="Massimo Bianchi"))

add("it-12-html-revoca-consenso",
    "Valentina Conti <valentina.conti@mail-it.example>",
    "Revoca consenso marketing",
    html("Buongiorno,",
         "revoco il consenso al trattamento dei miei dati per finalità di marketing e per "
         "l'invio di comunicazioni commerciali, via email e SMS.",
         "Cordiali saluti,<br>Valentina Conti"),
    R(["Opposition"], "valentina.conti@mail-it.example", "Valentina", "Conti"),
    ct=HTML)

add("it-13-lettera-presa-in-giro",
    "Rosa Fontana <rosa.fontana@paese.example>",
    "Vergogna – la mia lettera letta in onda",
    """Buongiorno,

sono una vostra ascoltatrice da trent'anni. Il mese scorso ho scritto alla trasmissione
della domenica una lettera personale sulla malattia di mio marito, chiedendo solo un
consiglio. Non avevo autorizzato nessuno a leggerla in onda. Invece il conduttore l'ha
letta tutta, con il mio nome, cognome e paese, e ci ha pure scherzato sopra. In paese lo
sanno tutti, il parroco mi ha chiamata, mia cognata non mi parla.

Ho chiamato il centralino, mi hanno detto di scrivere qui.

Voglio sapere quali dati miei avete conservato (la lettera, l'indirizzo, altro) e chiedo
che la mia lettera non venga più usata in nessun modo, né in replica né nei podcast.

Rosa Fontana
""",
    R(["Access", "Opposition"], "rosa.fontana@paese.example", "Rosa", "Fontana"))

add("it-14-disdetta-canone",
    "Gianni Moretti <gianni.moretti@posta.example>",
    "disdetta",
    """salve come si fa a disdire il canone ho venduto la televisione grazie
Gianni Moretti
""",
    R(["Unknown"], "gianni.moretti@posta.example", "Gianni", "Moretti"))

add("it-15-chi-vi-ha-dato-numero",
    "Elisa Barbieri <elisa.barbieri@webmail-it.example>",
    "Da dove avete preso il mio numero?",
    """Buongiorno,

ricevo telefonate di un call center \u201cper conto\u201d della vostra piattaforma. Non
vi ho mai dato il mio numero di cellulare. Vorrei sapere da chi lo avete avuto e per
quali finalit\u00e0 lo usate \u2013 nient\u2019altro per ora.

Elisa Barbieri
""",
    R(["Information"], "elisa.barbieri@webmail-it.example", "Elisa", "Barbieri"),
    ct=CP1252, encode="cp1252")

add("it-16-indirizzo-famiglia",
    "Famiglia Rinaldi <famiglia.rinaldi@casa-it.example>",
    "Richiesta dati",
    """Buongiorno, scrivo dall'indirizzo di famiglia ma vi prego di rispondere alla mia email
personale. Vorrei una copia dei dati che avete su di me.

Davide Rinaldi
""",
    R(["Access"], "davide.rinaldi@personale.example", "Davide", "Rinaldi"),
    headers=["Reply-To: Davide Rinaldi <davide.rinaldi@personale.example>"])

add("it-17-solo-indirizzo",
    "Marco D'Angelo <marco.dangelo@posta.example>",
    "Cambio indirizzo",
    """Ciao, non vi chiedo di cancellare nulla, vi chiedo solo di aggiornare l'indirizzo
di spedizione della tessera: ora abito in Via Garibaldi 14, Bari.

Marco D'Angelo
Inviato da iPhone
""",
    R(["Rectification"], "marco.dangelo@posta.example", "Marco", "D'Angelo"))

add("it-18-inoltro-casting",
    "Simona Caruso <simona.caruso@acme-corp.example>",
    "I: cancellazione dati casting",
    """Ciao team privacy, vi inoltro questa mail arrivata alla casella casting. Rispondete
voi direttamente alla signora?

Simona

---------- Messaggio inoltrato ----------
Da: Ilaria Mancini <ilaria.mancini@posta.example>
Data: ven 13 nov 2026 alle 11:02
Oggetto: cancellazione dati
A: casting@acme-corp.example

Buongiorno, l'anno scorso ho partecipato ai provini per il quiz serale. Vorrei che
eliminaste la mia candidatura, le foto e il video del provino dai vostri archivi.

Ilaria Mancini
""",
    R(["Erasure"], "ilaria.mancini@posta.example", "Ilaria", "Mancini"))

add("it-19-ticino-copia-formato",
    "Luca Bernasconi <luca.bernasconi@ticino-mail.example>",
    "Domanda d'accesso ai miei dati",
    """Buongiorno,

abito a Lugano e sono abbonato alla vostra piattaforma. Chiedo di ricevere copia dei miei
dati personali e, per quelli che vi ho fornito io, una versione in un formato elettronico
standard che possa trasmettere a un altro fornitore.

Cordiali saluti
Luca Bernasconi
""",
    R(["Access", "Portability"], "luca.bernasconi@ticino-mail.example", "Luca", "Bernasconi"))

add("it-20-sollecito-dsr",
    "Paola Santoro <paola.santoro@posta.example>",
    "R: Conferma di ricezione [DSR-83302]",
    """Buongiorno, è passato più di un mese e non ho ancora ricevuto risposta. Potete
aggiornarmi?

Paola Santoro
""",
    FU("83302", "paola.santoro@posta.example", "Paola", "Santoro"))

add("it-21-delega-firmata",
    "Avv. Massimo Bianchi <m.bianchi@studiobianchi.example>",
    "R: Sig.ra Teresa Lombardi – istanza ex artt. 15 e 16 GDPR",
    """Spett.le Titolare,

ad integrazione della mia precedente, trasmetto la delega firmata e il documento
d'identità della mia assistita.

Avv. Massimo Bianchi
""",
    FU(ref("it-11-avvocato-cliente"), "m.bianchi@studiobianchi.example", "Massimo", "Bianchi"),
    headers=irt("it-11-avvocato-cliente"))

add("it-22-responsabile-call-center",
    "Alessandro Bruno <alessandro.bruno@acme-corp.example>",
    "Nomina responsabile art. 28 – nuovo call center",
    """Ciao,

dal primo gennaio il servizio clienti del canone passa a un nuovo call center esterno.
Serve l'atto di nomina a responsabile del trattamento: potete prepararlo voi o rivedere la
bozza del fornitore? La trovate nella cartella Acquisti/2026.

Alessandro Bruno
Ufficio Acquisti
""",
    TASK("alessandro.bruno@acme-corp.example", "Alessandro", "Bruno"))

add("it-23-registro-podcast",
    "Francesca Rizzo <francesca.rizzo@acme-corp.example>",
    "Aggiornamento registro dei trattamenti – podcast",
    """Buongiorno,

abbiamo lanciato la sezione podcast con registrazione facoltativa degli ascoltatori e
commenti. Bisogna aggiornare il registro dei trattamenti e forse l'informativa. Ci
pensate voi? Vi mando le specifiche se servono.

Francesca Rizzo
Product Manager Audio
""",
    TASK("francesca.rizzo@acme-corp.example", "Francesca", "Rizzo"))

add("it-24-dpia-misurazione-ascolti",
    "Giorgio Longo <giorgio.longo@acme-corp.example>",
    "DPIA nuovo sistema di misurazione ascolti",
    """Buongiorno,

l'ufficio marketing vuole adottare un sistema di misurazione degli ascolti basato
sull'identificativo del dispositivo e sulla geolocalizzazione. Mi hanno chiesto di
coinvolgervi per la valutazione d'impatto. Quando possiamo sentirci?

Giorgio Longo
Research & Analytics
""",
    TASK("giorgio.longo@acme-corp.example", "Giorgio", "Longo"))

add("it-25-email-destinatario-sbagliato",
    "Martina Ferri <martina.ferri@acme-corp.example>",
    "Email inviata al destinatario sbagliato",
    """Ciao,

stamattina ho inviato a un ascoltatore, per errore (completamento automatico
dell'indirizzo), il file con i dati dei vincitori del concorso estivo: nomi, indirizzi,
codici fiscali. Gli ho già scritto chiedendo di cancellarlo ma non ha risposto.

Martina Ferri
Ufficio Concorsi
""",
    INC("martina.ferri@acme-corp.example", "Martina", "Ferri"))

add("it-26-lettera-altrui",
    "Vincenzo Amato <vincenzo.amato@posta.example>",
    "Ricevuta lettera con dati di un'altra persona",
    """Buongiorno,

nella busta del sollecito del canone indirizzata a me c'era invece il sollecito di
un'altra persona, con nome, codice fiscale e importo dovuto. Vi avviso perché probabilmente
la mia lettera è finita a lei.

Vincenzo Amato
""",
    INC("vincenzo.amato@posta.example", "Vincenzo", "Amato"))

add("it-27-telefono-smarrito",
    "Stefano Pellegrini <stefano.pellegrini@acme-corp.example>",
    "smarrito telefono aziendale",
    """ho perso il telefono aziendale ieri sera in stazione, c'è whatsapp con i contatti degli
ospiti e degli ascoltatori della trasmissione, nessun pin impostato purtroppo. ho già
avvisato l'it per il blocco da remoto.
Stefano Pellegrini
""",
    INC("stefano.pellegrini@acme-corp.example", "Stefano", "Pellegrini"))

add("it-28-rimborso-canone-phishing",
    "Ufficio Rimborsi <rimborsi@canone-rimborso.example>",
    "Rimborso canone: hai diritto a 90,00 €",
    """Gentile utente,

risulta un pagamento doppio del canone a tuo nome. Per ricevere il rimborso di 90,00 €
inserisci i dati della tua carta al link seguente entro 48 ore.

Servizio Rimborsi
""",
    IGN("spam", "rimborsi@canone-rimborso.example"),
    headers=SPAM_HDR)

add("it-29-reputazione-online",
    "WebOblio <info@weboblio-reputazione.example>",
    "Cancelliamo i tuoi dati personali da Google",
    """Salve,

articoli negativi, recensioni, dati personali online? Con il nostro servizio di diritto
all'oblio rimuoviamo i tuoi dati da motori di ricerca e siti web. Preventivo gratuito:
rispondi a questa email.

Il team WebOblio
""",
    IGN("spam", "info@weboblio-reputazione.example"))

add("it-30-risposta-automatica",
    "Laura Gatti <laura.gatti@agenzia-it.example>",
    "Risposta automatica: Contratto di licenza",
    """Sono fuori ufficio fino al 25 novembre. Risponderò al mio rientro.

Laura Gatti
""",
    IGN("auto_reply", "laura.gatti@agenzia-it.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-31-non-recapitato",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Mancato recapito: Risposta alla sua richiesta",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
