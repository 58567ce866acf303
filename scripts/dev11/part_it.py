from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste
add("it-01-accesso-noleggio-lungo-termine",
    "Giuseppe Esposito <giuseppe.esposito@pec-like.example>",
    "Istanza di accesso ai dati personali ai sensi dell'art. 15 GDPR",
    """Spett.le Acme Noleggio S.p.A.,
alla c.a. del Responsabile della Protezione dei Dati

Il sottoscritto Giuseppe Esposito, nato a Napoli il 03/05/1975, titolare del contratto di noleggio a lungo termine n. NLT-2024-09318 (veicolo targato GF 512 KT),

CHIEDE

ai sensi dell'art. 15 del Regolamento UE 2016/679, di ottenere conferma dell'esistenza di dati personali che lo riguardano e la comunicazione in forma intelligibile dei medesimi, ivi compresi i dati raccolti dalla scatola nera installata sul veicolo, le registrazioni delle telefonate con il servizio clienti e le informazioni relative alla valutazione del merito creditizio.

Resto in attesa di riscontro entro i termini di legge.

Distinti saluti
Giuseppe Esposito
Via Toledo 156, 80134 Napoli""",
    R(["Access"], "giuseppe.esposito@pec-like.example", "Giuseppe", "Esposito"))

add("it-02-una-riga-cancellate",
    "cuoricino_roma@postaveloce.example",
    "cancellazione",
    """cancellate il mio profilo amora grazie""",
    R(["Erasure"], "cuoricino_roma@postaveloce.example", None, None))

add("it-03-scatola-nera-a-chi",
    "Chiara Lo Bianco <chiara.lobianco@libero-like.example>",
    "Domanda sulla scatola nera",
    """Buongiorno,

ho da poco preso un'auto a noleggio a lungo termine da voi e mi hanno detto che c'è una scatola nera che registra i miei spostamenti. Vorrei capire: a chi vengono comunicati questi dati (compagnia assicurativa, azienda per cui lavoro?), per quanto tempo li conservate e se vengono usati per fini commerciali.

Non mi servono i dati, solo sapere come funziona.

Grazie, cordiali saluti
Chiara Lo Bianco""",
    R(["Information"], "chiara.lobianco@libero-like.example", "Chiara", "Lo Bianco"))

add("it-04-arrabbiato-incidente-carsharing",
    "Salvatore La Rocca <salvatore.larocca@tiscali-like.example>",
    "VERGOGNATEVI - incidente che non ho fatto",
    """Buonasera,

vi scrivo dopo settimane di telefonate inutili. Il 5 ottobre ho noleggiato una Panda con AcmeShare a Milano, corsa di 20 minuti da Porta Genova a Città Studi, tutto liscio. Il 28 ottobre ricevo una lettera in cui mi si comunica che risulto conducente in un sinistro avvenuto il 5 ottobre alle 19:40 in viale Monza. Alle 19:40 io ero a cena con mia moglie, la corsa era chiusa dalle 18:55 e lo dice la vostra stessa app!

Il vostro call center mi ha detto "risulta a sistema, non possiamo farci niente". Bene, allora ve lo dico per iscritto: i dati che avete nel vostro sistema sono sbagliati e dovete correggerli, togliendo il mio nome da quel sinistro.

E finché la cosa non è chiarita non voglio che i miei dati vengano passati all'assicurazione della controparte o a chiunque altro. Teneteli fermi lì.

Non ho mai avuto un incidente in 30 anni di patente.

Salvatore La Rocca
Tel. 347 123 4567""",
    R(["Rectification", "Restriction"], "salvatore.larocca@tiscali-like.example", "Salvatore", "La Rocca"),
    ct=CP1252, encode="cp1252")

add("it-05-html-portabilita-assicurazione",
    "Alessandra Dalla Costa <alessandra.dallacosta@posta-nord.example>",
    "Trasferimento dati di guida alla nuova assicurazione",
    html("Gentili signori,",
         "ho cambiato compagnia assicurativa e quella nuova offre uno sconto in base allo stile di guida. Vi chiedo di trasmettere direttamente i dati di guida raccolti dall'app Acme Connect negli ultimi 12 mesi a <b>telematica@assicura-veneto.example</b>, in un formato strutturato e leggibile da dispositivo automatico.",
         "Cordiali saluti,<br>Alessandra Dalla Costa"),
    R(["Portability"], "alessandra.dallacosta@posta-nord.example", "Alessandra", "Dalla Costa"),
    ct=HTML)

add("it-06-senza-punteggiatura-sms",
    "Vincenzo Greco <vincenzo.greco58@virgilio-like.example>",
    "sms",
    """basta con questi sms di offerte tagliandi ogni settimana non li voglio piu non ho dato il consenso toglietemi""",
    R(["Opposition"], "vincenzo.greco58@virgilio-like.example", "Vincenzo", "Greco"))

add("it-07-profilo-nascosto-algoritmo",
    "Matteo De Santis <matteo.desantis@mailbox-it.example>",
    "Profilo penalizzato dall'algoritmo",
    """Salve,

da qualche settimana il mio profilo su Amora non riceve più nessun match. Il supporto mi ha confermato che il sistema di "qualità dei profili" mi ha assegnato un punteggio basso e che il profilo viene mostrato molto meno.

Non ho mai ricevuto segnalazioni. Chiedo che questa valutazione automatica venga riesaminata da una persona in carne e ossa e di poter spiegare le mie ragioni, come previsto dall'art. 22 del GDPR.

Matteo De Santis""",
    R(["AutomatedDecision"], "matteo.desantis@mailbox-it.example", "Matteo", "De Santis"))

add("it-08-amministratore-sostegno-truffa",
    "Avv. Giovanna Di Pietro <giovanna.dipietro@studiolegale-dp.example>",
    "Amministrazione di sostegno sig. Ernesto Fabbri",
    """Spettabile Amora,

sono stata nominata amministratore di sostegno del sig. Ernesto Fabbri, nato a Bologna il 12/01/1944, con decreto del Giudice Tutelare di Bologna (allegato).

Abbiamo ragione di ritenere che il sig. Fabbri sia stato vittima di una truffa sentimentale tramite la vostra applicazione: nell'ultimo anno ha effettuato bonifici per oltre 40.000 euro a una persona conosciuta sul vostro servizio. Per sporgere denuncia ho bisogno di ricevere copia di tutti i dati che lo riguardano, comprese le conversazioni e i dati dei profili con cui è entrato in contatto per quanto consentito.

Distinti saluti,
Avv. Giovanna Di Pietro""",
    R(["Access"], "giovanna.dipietro@studiolegale-dp.example", "Ernesto", "Fabbri",
      representative="Giovanna Di Pietro"))

add("it-09-collega-inoltra-cancellazione",
    "Roberto Marchetti <roberto.marchetti@acme-corp.example>",
    "I: richiesta cancellazione dati",
    """Ciao,

vi inoltro questa mail arrivata alla concessionaria di Torino. Potete gestirla voi?

Roberto Marchetti
Responsabile vendite Acme Auto Torino

---------- Messaggio inoltrato ---------
Da: Francesca D'Angelo <francesca.dangelo@postacasa.example>
Data: 11 nov 2026, 21:10
Oggetto: richiesta cancellazione dati
A: torino@acme-corp.example

Buonasera, l'anno scorso ho compilato un modulo per un preventivo presso di voi ma non ho acquistato nulla. Chiedo che tutti i miei dati (nome, telefono, indirizzo, copia della patente) vengano cancellati dai vostri archivi.
Francesca D'Angelo""",
    R(["Erasure"], "francesca.dangelo@postacasa.example", "Francesca", "D'Angelo"))

add("it-10-allegato-iban-sbagliato",
    "Paola Conti <paola.conti@acme-corp.example>",
    "Inoltro richiesta cliente",
    "",
    R(["Rectification"], "bogdan.popescu@mailro.example", "Bogdan", "Popescu"),
    attached=("Bogdan Popescu <bogdan.popescu@mailro.example>", "IBAN errato",
              """Buongiorno,

nel mio contratto di noleggio c'è un IBAN sbagliato, è ancora quello della vecchia banca. Quello giusto è IT60 X054 2811 1010 0000 0123 456. Inoltre il mio cognome è scritto "Popesku" invece di Popescu. Potete correggere per favore?

Grazie
Bogdan Popescu"""),
    note="""Buongiorno,

vi inoltro in allegato la mail del cliente arrivata all'amministrazione noleggio.

Paola Conti
Back office Acme Noleggio""")

add("it-11-limitazione-addebito-danni",
    "Elisa Ferraro <elisa.ferraro@fastpost.example>",
    "Richiesta di limitazione del trattamento",
    """Spett.le AcmeShare,

ho contestato formalmente l'addebito di 480 euro per danni alla carrozzeria relativo alla prenotazione n. 2026-10-17-8812 (pratica n. SIN-4410), in quanto il danno era preesistente.

Nelle more della verifica, chiedo ai sensi dell'art. 18 GDPR la limitazione del trattamento dei miei dati relativi a tale addebito: non dovranno essere comunicati a società di recupero crediti né utilizzati per sospendere il mio account. I dati della prenotazione vanno comunque conservati.

Cordiali saluti
Elisa Ferraro""",
    R(["Restriction"], "elisa.ferraro@fastpost.example", "Elisa", "Ferraro"))

add("it-12-maiuscolo-cancellatemi",
    "Pasquale Russo <pasquale.russo@alice-like.example>",
    "CANCELLATEMI",
    """CANCELLATEMI DAI VOSTRI ARCHIVI E NON CHIAMATEMI PIU PER LE PROMOZIONI DEL CONCESSIONARIO. GRAZIE.
PASQUALE RUSSO""",
    R(["Erasure", "Opposition"], "pasquale.russo@alice-like.example", "Pasquale", "Russo"))

add("it-13-non-cancello-revoco-profilazione",
    "Sofia Marino <sofia.marino@posta-it.example>",
    "Revoca consenso profilazione",
    """Ciao,

premetto che non voglio cancellare l'account Amora. Voglio solo revocare il consenso alla profilazione per finalità di marketing che ho dato all'iscrizione. Nelle impostazioni non trovo l'opzione.

Grazie,
Sofia Marino""",
    R(["Opposition"], "sofia.marino@posta-it.example", "Sofia", "Marino"))

add("it-14-copia-e-csv-viaggi",
    "Andrea Colombo <andrea.colombo@mailfree.example>",
    "I miei dati car sharing",
    """Buongiorno,

vorrei sapere tutto quello che AcmeShare conserva su di me: dati di registrazione, documenti, pagamenti, storico dei noleggi. Mandatemene copia.

Inoltre lo storico dei noleggi (date, percorsi, chilometri) lo vorrei anche in un file CSV che posso importare nel gestionale della mia ditta.

Saluti
Andrea Colombo""",
    R(["Access", "Portability"], "andrea.colombo@mailfree.example", "Andrea", "Colombo"))

add("it-15-sconosciuto-libretto",
    "Rosa Gallo <rosa.gallo@provider-it.example>",
    "libretto di circolazione",
    """Buongiorno, ho ritirato l'auto nuova due settimane fa alla concessionaria di Bari ma non mi hanno ancora dato il libretto originale, solo la fotocopia. Quando posso passare a prenderlo? Rosa Gallo""",
    R(["Unknown"], "rosa.gallo@provider-it.example", "Rosa", "Gallo"))

add("it-16-sorella-defunto-profilo",
    "Lucia Bruno <lucia.bruno@famiglia-mail.example>",
    "Profilo di mio fratello deceduto",
    """Gentili signori,

mio fratello Davide Bruno è venuto a mancare a settembre. Il suo profilo Amora è ancora attivo e alcune persone continuano a scrivergli. Inoltre risulta ancora iscritto al vostro car sharing.

Come sorella ed erede, chiedo la cancellazione del suo profilo e di tutti i suoi dati da entrambi i servizi. Posso inviare il certificato di morte.

Cordialmente,
Lucia Bruno""",
    R(["Erasure"], "lucia.bruno@famiglia-mail.example", "Davide", "Bruno",
      representative="Lucia Bruno"))

add("it-17-avvocato-scoring-noleggio",
    "Studio Legale Ricci <m.ricci@studioricci.example>",
    "Sig.ra Fatima Zahra El Idrissi - diniego noleggio",
    """Spett.le Acme Noleggio,

scrivo in nome e per conto della sig.ra Fatima Zahra El Idrissi, giusta delega allegata.

La mia assistita si è vista rifiutare una richiesta di noleggio a lungo termine tramite il vostro portale online con esito negativo immediato, evidentemente generato da un sistema di scoring automatizzato.

Per conto della stessa chiedo:
- l'intervento umano e il riesame della decisione ai sensi dell'art. 22, par. 3, GDPR, nonché informazioni significative sulla logica utilizzata;
- copia dei dati personali della mia assistita utilizzati ai fini della valutazione, ai sensi dell'art. 15 GDPR.

Distinti saluti
Avv. Marco Ricci""",
    R(["AutomatedDecision", "Access"], "m.ricci@studioricci.example", "Fatima Zahra", "El Idrissi",
      representative="Marco Ricci"))

add("it-18-iphone-chi-vede-selfie",
    "Giulia Romano <giulia.romano@mobilemail-it.example>",
    "selfie verifica",
    """Ciao, ma il selfie che ho fatto per la verifica lo vede qualcuno del vostro staff o solo un programma? E lo tenete per sempre?

Inviato da iPhone""",
    R(["Information"], "giulia.romano@mobilemail-it.example", "Giulia", "Romano"))

add("it-19-misto-inglese-apostrofo",
    "Kevin D'Amico <kevin.damico@mail-uk-it.example>",
    "Nome sbagliato / wrong name",
    """Buongiorno,

sorry, my Italian is not great, I grew up in Manchester. Sulle vostre fatture il mio cognome appare come "D&#39;Amico" or sometimes "DAmico". It should be D'Amico, with the apostrophe. Please can you fix it in your system? Grazie mille.

Kevin D'Amico""",
    R(["Rectification"], "kevin.damico@mail-uk-it.example", "Kevin", "D'Amico"))

add("it-20-famiglia-replyto-conservazione",
    "Famiglia Ferri <famiglia.ferri@casa-mail.example>",
    "Conservazione dati dopo fine contratto",
    """Buongiorno,

sono Marco Ferri. Il mio contratto di noleggio scade a gennaio e non lo rinnoverò. Dopo la restituzione dell'auto per quanto tempo terrete i miei dati, i dati della scatola nera e i documenti? Con chi li condividete?

Per favore rispondetemi al mio indirizzo personale.

Marco Ferri""",
    R(["Information"], "marco.ferri@personale.example", "Marco", "Ferri"),
    headers=["Reply-To: Marco Ferri <marco.ferri@personale.example>"])

add("it-21-rumena-chiamate",
    "Ioana Constantinescu <ioana.constantinescu@postaro.example>",
    "telefonate",
    """Buongiorno, io ricevo tante telefonate di vostro venditore per comprare macchina nuova, io non voglio, per favore non chiamare piu e non usare mio numero per pubblicità. Grazie mille
Ioana""",
    R(["Opposition"], "ioana.constantinescu@postaro.example", "Ioana", "Constantinescu"),
    ct=LATIN1, encode="latin-1")

# ---------------------------------------------------------------- attività
add("it-22-attivita-nomina-responsabile",
    "Federica Galli <federica.galli@acme-corp.example>",
    "Nomina responsabile del trattamento - agenzia marketing",
    """Ciao,

stiamo per affidare le campagne email dei concessionari a una nuova agenzia (Pixel Adv S.r.l.). Ci serve la nomina a responsabile del trattamento ex art. 28 e una verifica del loro questionario privacy. Vi giro i documenti.

Grazie
Federica Galli
Marketing Italia""",
    TASK("federica.galli@acme-corp.example", "Federica", "Galli"))

add("it-23-attivita-dpia-scatola-nera",
    "Lorenzo Barbieri <lorenzo.barbieri@acme-corp.example>",
    "DPIA per nuova scatola nera con telecamera",
    """Buongiorno,

la divisione noleggio vuole montare sui veicoli una nuova scatola nera con telecamera frontale e interna. Prima del pilota ci serve la valutazione d'impatto. Potete occuparvene?

Lorenzo Barbieri
Fleet & Telematics""",
    TASK("lorenzo.barbieri@acme-corp.example", "Lorenzo", "Barbieri"))

add("it-24-attivita-formazione",
    "Serena Moretti <serena.moretti@acme-corp.example>",
    "Corso privacy per officine",
    """Ciao team privacy,

potreste organizzare una sessione di formazione per i capi officina di Lombardia e Piemonte? Tema: cosa fare quando un cliente chiede i propri dati, come gestire le copie dei documenti. Anche online va benissimo.

Serena Moretti
HR""",
    TASK("serena.moretti@acme-corp.example", "Serena", "Moretti"))

# ---------------------------------------------------------------- incidenti
add("it-25-incidente-chiavetta",
    "Nicola Fontana <nicola.fontana@acme-corp.example>",
    "Persa chiavetta con contratti",
    """Ciao,

temo di aver perso ieri in fiera a Verona una chiavetta USB con i contratti di noleggio scansionati di circa 60 clienti (documenti d'identità, codici fiscali, IBAN). Non era cifrata.

Mi dispiace molto.
Nicola Fontana
Commerciale flotte""",
    INC("nicola.fontana@acme-corp.example", "Nicola", "Fontana"))

add("it-26-incidente-raccomandata-sbagliata",
    "Giorgio Cattaneo <giorgio.cattaneo@postaprivata.example>",
    "Ho ricevuto documenti di un'altra persona",
    """Salve,

oggi mi è arrivata una busta della vostra società di noleggio con dentro il contratto completo di un'altra persona, tale sig.ra Mariani, con codice fiscale, copia della carta d'identità e busta paga. Non so come sia potuto succedere. Ditemi cosa devo farne.

Giorgio Cattaneo""",
    INC("giorgio.cattaneo@postaprivata.example", "Giorgio", "Cattaneo"))

add("it-27-incidente-phishing-dipendente",
    "Martina Villa <martina.villa@acme-corp.example>",
    "Ho cliccato su un link sospetto",
    """Ciao,

stamattina ho aperto una mail che sembrava di un fornitore e ho cliccato sul link, poi ho inserito le credenziali di Amora Admin (il pannello moderazione). Dopo mi sono accorta che il sito era falso. Ho già cambiato la password e avvisato l'IT.

Martina Villa
Moderazione Amora""",
    INC("martina.villa@acme-corp.example", "Martina", "Villa"))

# ---------------------------------------------------------------- solleciti
add("it-28-sollecito-dsr",
    "Alberto Longo <alberto.longo@mailcasa.example>",
    "R: [DSR-70254] Conferma di ricezione della sua richiesta",
    """Buongiorno,

sono passati 35 giorni e non ho ancora ricevuto nulla. Se non ricevo risposta entro una settimana presenterò reclamo al Garante.

Alberto Longo

-----Messaggio originale-----
La sua richiesta è stata registrata con il numero DSR-70254.""",
    FU("70254", "alberto.longo@mailcasa.example", "Alberto", "Longo"))

add("it-29-sollecito-risposta-esposito",
    "Giuseppe Esposito <giuseppe.esposito@pec-like.example>",
    "Re: Istanza di accesso ai dati personali ai sensi dell'art. 15 GDPR",
    """Spett.le Acme,

ad integrazione della mia istanza, allego copia del documento d'identità.

Distinti saluti
Giuseppe Esposito""",
    FU(ref("it-01-accesso-noleggio-lungo-termine"), "giuseppe.esposito@pec-like.example", "Giuseppe", "Esposito"),
    headers=irt("it-01-accesso-noleggio-lungo-termine"))

# ---------------------------------------------------------------- da ignorare
add("it-30-spam-adeguamento-gdpr",
    "GDPR Facile <promo@gdprfacile.example>",
    "Adeguamento GDPR in 24 ore - sanzioni fino a 20 milioni",
    """Gentile Titolare,

la sua azienda è a rischio sanzioni del Garante Privacy! Con GDPR Facile ottiene in 24 ore registro dei trattamenti, informative e cancellazione automatica dei dati obsoleti. Solo 199 euro + IVA.

Chiami subito il numero verde o risponda a questa email.

Per non ricevere più comunicazioni clicchi qui.""",
    IGN("spam", "promo@gdprfacile.example"),
    headers=SPAM_HDR)

add("it-31-spam-phishing-pec",
    "Servizio PEC <avviso@pec-servizio.example>",
    "Casella in scadenza - rinnovo obbligatorio",
    """Gentile utente,

la sua casella privacy@acme-corp.example scadrà tra 24 ore e tutti i dati personali contenuti verranno cancellati definitivamente.

Per rinnovare accedi qui: https://pec-servizio.example/rinnovo

Servizio PEC""",
    IGN("spam", "avviso@pec-servizio.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="pec-servizio.example")])

add("it-32-risposta-automatica",
    "Daniela Rinaldi <daniela.rinaldi@fornitore-cloud.example>",
    "Risposta automatica: Questionario fornitori",
    """Sono fuori ufficio fino al 23 novembre con accesso limitato alla posta. Per urgenze contattare supporto@fornitore-cloud.example.

Daniela Rinaldi""",
    IGN("auto_reply", "daniela.rinaldi@fornitore-cloud.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-33-mancato-recapito",
    "Mail Delivery System <MAILER-DAEMON@acme-corp.example>",
    "Mancato recapito: Returned mail",
    "",
    IGN("bounce", "MAILER-DAEMON@acme-corp.example"),
    dsn=True)
