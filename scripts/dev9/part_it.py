from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste

add("it-01-accesso-breve", "Ginevra Dell'Acqua <ginevra.dellacqua@posta.example>",
    "Richiesta di accesso ai miei dati",
    """Buongiorno,

vorrei ricevere copia di tutti i dati personali che trattate su di me, compresi gli acquisti registrati con la carta fedeltà Acme Plus.

Cordiali saluti,
Ginevra Dell'Acqua
""",
    R(["Access"], "ginevra.dellacqua@posta.example", "Ginevra", "Dell'Acqua"))

add("it-02-cancellare-errori", "salvo.lobianco77@postalibera.example",
    "cancellazione",
    """salve vorei cancellare la mia carta fedelta e tutti i miei dati perche mi sono trasferito a milano e li non ce il vostro supermercato grazie salvatore lo bianco
""",
    R(["Erasure"], "salvo.lobianco77@postalibera.example", "Salvatore", "Lo Bianco"))

add("it-03-lettera-15-17", "Avv. Ludovica Sanseverino di Bisignano <l.sanseverino@pec-mail.example>",
    "Istanza ai sensi degli artt. 15 e 17 del Regolamento UE 2016/679",
    """Spett.le Acme,

la sottoscritta Ludovica Sanseverino di Bisignano, nata a Napoli il 3 marzo 1979, titolare della carta fedeltà n. 3309 1182 7740, chiede:

a) ai sensi dell'art. 15 GDPR, copia dei dati personali che la riguardano, con indicazione delle finalità, dei destinatari e del periodo di conservazione;
b) una volta ricevuta tale copia, la cancellazione di tutti i dati ai sensi dell'art. 17 GDPR, essendo venuto meno ogni rapporto con la Vostra società.

Distinti saluti.
Ludovica Sanseverino di Bisignano
""",
    R(["Access", "Erasure"], "l.sanseverino@pec-mail.example", "Ludovica", "Sanseverino di Bisignano"))

add("it-04-maiuscole-newsletter", "Carmine Esposito <carmine.esposito@postalibera.example>",
    "BASTA EMAIL",
    """NON VOGLIO PIU RICEVERE LE VOSTRE EMAIL PUBBLICITARIE NE I VOLANTINI DIGITALI. TOGLIETEMI DA TUTTE LE LISTE!!!

CARMINE ESPOSITO
""",
    R(["Opposition"], "carmine.esposito@postalibera.example", "Carmine", "Esposito"))

add("it-05-crif-informazioni", "Beatrice Zanardelli <beatrice.zanardelli@posta.example>",
    "Verifica di affidabilità creditizia",
    """Buonasera,

per un preventivo di polizza casa mi è stato detto che avreste fatto una verifica presso un sistema di informazioni creditizie. Quale sistema (CRIF o altro)? Quali dati avete trasmesso e ricevuto, e per quanto tempo li conservate?

Grazie,
Beatrice Zanardelli
""",
    R(["Information"], "beatrice.zanardelli@posta.example", "Beatrice", "Zanardelli"))

add("it-06-decisione-algoritmo", "Gianmarco D'Alessandro <gianmarco.dalessandro@postalibera.example>",
    "Liquidazione sinistro decisa da un algoritmo",
    """Buongiorno,

il risarcimento per il furto in casa (sinistro n. SC-2026-40877) è stato liquidato in automatico al 30% del valore dichiarato, con la motivazione "valutazione automatica del rischio". Nessun perito è venuto a vedere.

Contesto questa decisione automatizzata e chiedo che venga riesaminata da una persona.

Gianmarco D'Alessandro
""",
    R(["AutomatedDecision"], "gianmarco.dalessandro@postalibera.example", "Gianmarco", "D'Alessandro"))

add("it-07-avvocato", "Avv. Corrado Pellegrini-Ruggeri <c.pellegrini@studiopellegrini.example>",
    "Richiesta di accesso per conto del sig. Matteo Fabbrocini",
    """Spettabile Società,

scrivo in nome e per conto del mio assistito, sig. Matteo Fabbrocini, giusta delega allegata, in relazione al sinistro da infiltrazioni denunciato il 10 agosto 2026 e respinto.

Ai sensi dell'art. 15 del GDPR chiedo copia di tutti i dati personali del mio assistito in Vostro possesso, ivi compresi la perizia, la documentazione fotografica del sopralluogo e le registrazioni delle telefonate.

Distinti saluti,
Avv. Corrado Pellegrini-Ruggeri
Studio Legale Pellegrini
Tel. 06 0000 0000

Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo.
""",
    R(["Access"], "c.pellegrini@studiopellegrini.example", "Matteo", "Fabbrocini",
      representative="Corrado Pellegrini-Ruggeri"))

add("it-08-amministratore-sostegno", "Rosalba Cutrì <rosalba.cutri@posta.example>",
    "Amministrazione di sostegno - sig.ra Assunta Cutrì",
    """Gentili signori,

sono l'amministratrice di sostegno di mia zia, Assunta Cutrì, nominata dal Tribunale di Reggio Calabria (decreto allegato). Mia zia riceve continue telefonate commerciali per polizze accessorie.

Chiedo che vi opponiate... anzi, mi oppongo per suo conto a qualsiasi trattamento a fini di marketing e chiedo la cancellazione del suo numero di telefono dai vostri archivi.

Rosalba Cutrì
""",
    R(["Opposition", "Erasure"], "rosalba.cutri@posta.example", "Assunta", "Cutrì",
      representative="Rosalba Cutrì"))

add("it-09-rettifica-cp1252", "Niccolò Bartolomucci <niccolo.bartolomucci@postalibera.example>",
    "Codice fiscale errato",
    """Buongiorno,

sulla mia polizza casa risulta un codice fiscale sbagliato (c’è una “L” al posto della “I”). Quello corretto è BRTNCL85A01H501I. Vi chiedo di rettificarlo perché l’errore mi crea problemi con la detrazione.

Grazie – Niccolò Bartolomucci
""",
    R(["Rectification"], "niccolo.bartolomucci@postalibera.example", "Niccolò", "Bartolomucci"),
    ct=CP1252, encode="cp1252")

add("it-10-limitazione", "Ornella Vitale-Mancuso <ornella.vm@posta.example>",
    "Limitazione del trattamento della perizia",
    """Gentili,

ho contestato la perizia sul mio immobile perché indica una superficie di 140 mq invece di 95 mq. Finché la questione non è chiarita chiedo la limitazione del trattamento di questi dati, in particolare che non vengano usati per il rinnovo della polizza.

Ornella Vitale-Mancuso
""",
    R(["Restriction"], "ornella.vm@posta.example", "Ornella", "Vitale-Mancuso"))

add("it-11-portabilita-html", "Tommaso Ferrarotti <tommaso.ferrarotti@posta.example>",
    "Portabilità dati",
    html("Ciao,",
         "vorrei esercitare il <b>diritto alla portabilità</b>: mi inviate lo storico acquisti della carta Acme Plus in formato CSV o JSON?",
         "Tommaso Ferrarotti"),
    R(["Portability"], "tommaso.ferrarotti@posta.example", "Tommaso", "Ferrarotti"),
    ct=HTML)

add("it-12-inoltro-allegato", "Federica Galli <federica.galli@acme-corp.example>",
    "I: richiesta dati",
    "",
    R(["Access"], "e.martorana@postalibera.example", "Elio", "Martorana"),
    attached=("Elio Martorana <e.martorana@postalibera.example>", "richiesta dati",
              """Buongiorno, vorrei sapere quali dati avete su di me e averne una copia. Ho la carta dal 2012 e la polizza casa dal 2019.
Elio Martorana
"""),
    note="Ciao, arrivata al servizio clienti, ve la giro. Federica")

add("it-13-punti-scaduti", "Graziella Pozzi <graziella.pozzi@posta.example>",
    "punti scaduti",
    """Buongiorno, mi sono spariti 1.800 punti dalla carta. Alla cassa dicono che sono scaduti ma nessuno mi ha avvisato. Potete ripristinarli?
Graziella Pozzi
""",
    R(["Unknown"], "graziella.pozzi@posta.example", "Graziella", "Pozzi"))

add("it-14-famiglia-replyto", "Famiglia Benedetti <famiglia.benedetti@postalibera.example>",
    "pubblicità",
    """Buongiorno, sono Chiara Benedetti. Vi scrivo dall'indirizzo di famiglia: non voglio più ricevere SMS promozionali sul mio cellulare. Rispondetemi pure al mio indirizzo personale.
Chiara
""",
    R(["Opposition"], "chiara.benedetti@posta.example", "Chiara", "Benedetti"),
    headers=["Reply-To: chiara.benedetti@posta.example"])

add("it-15-lunga-telecamere", "Donatella Squillace <donatella.squillace@postalibera.example>",
    "Episodio vergognoso nel vostro punto vendita",
    """Spettabile Acme,

il 9 novembre, nel vostro supermercato di Via Marconi, la guardia giurata mi ha fermata all'uscita davanti a tutti dicendo che "la telecamera" mi aveva vista mettere qualcosa in borsa. Mi hanno fatto svuotare la borsa su un bancone: non c'era niente. Nessuno si è scusato. Il responsabile ha solo detto che "il sistema segnala" e che sono stata "registrata".

Sono cliente da vent'anni e non ho mai subito un'umiliazione del genere.

Voglio una copia delle immagini che mi riguardano e di qualsiasi segnalazione o scheda che mi riguardi, e poi voglio che il mio nome venga cancellato da qualunque elenco di "sospetti" in cui mi avete inserita.

Donatella Squillace
""",
    R(["Access", "Erasure"], "donatella.squillace@postalibera.example", "Donatella", "Squillace"))

# ---------------------------------------------------------------- attività

add("it-16-attivita-responsabile", "Paolo Guidi <paolo.guidi@acme-corp.example>",
    "Nomina responsabile del trattamento - nuova società di periti",
    """Ciao,

dal 1° gennaio affidiamo i sopralluoghi in Lombardia a Periti Associati Srl. Serve l'atto di nomina a responsabile del trattamento ex art. 28. Potete prepararlo o rivedere la loro bozza?

Grazie,
Paolo Guidi
Ufficio Sinistri
""",
    TASK("paolo.guidi@acme-corp.example", "Paolo", "Guidi"))

add("it-17-attivita-informativa", "Alessia Fontana <alessia.fontana@acme-corp.example>",
    "Aggiornamento informativa carta fedeltà",
    """Buongiorno team privacy,
con il nuovo programma a livelli (Silver/Gold) cambiano le finalità e i partner. Potete aggiornare l'informativa della carta fedeltà e il registro dei trattamenti? Il lancio è previsto per febbraio.
Alessia Fontana - Loyalty Marketing
""",
    TASK("alessia.fontana@acme-corp.example", "Alessia", "Fontana"))

# ---------------------------------------------------------------- incidenti

add("it-18-incidente-tablet", "Marco Venturini <marco.venturini@acme-corp.example>",
    "Tablet aziendale smarrito",
    """Ciao, ho perso il tablet aziendale che uso per i sopralluoghi. Dentro ci sono le foto di 40 abitazioni e le schede con nomi e indirizzi degli assicurati. Il tablet ha il PIN ma non so se è cifrato. Ho già avvisato l'IT.
Marco Venturini, perito
""",
    INC("marco.venturini@acme-corp.example", "Marco", "Venturini"))

add("it-19-incidente-esterno", "Sergio Trombetta <sergio.trombetta@posta.example>",
    "Ho ricevuto i dati di altri clienti",
    """Buonasera,

nella mail di conferma del mio preventivo c'era in allegato un file Excel con i preventivi di altri clienti: nomi, indirizzi, codici fiscali e importi. Saranno almeno un centinaio di righe. Vi avviso perché è grave. Ho cancellato il file.

Sergio Trombetta
""",
    INC("sergio.trombetta@posta.example", "Sergio", "Trombetta"))

add("it-20-incidente-pec", "Valentina Ricci <valentina.ricci@acme-corp.example>",
    "PEC inviata al destinatario sbagliato",
    """Buongiorno,

stamattina ho inviato via PEC la lettera di diniego del sinistro del sig. R., con la perizia allegata, a un altro assicurato con lo stesso cognome. Me ne sono accorta un'ora dopo. Cosa devo fare?

Valentina Ricci
Gestione Sinistri
""",
    INC("valentina.ricci@acme-corp.example", "Valentina", "Ricci"))

# ---------------------------------------------------------------- seguiti

add("it-21-seguito-dsr", "Pasquale Iannuzzi <pasquale.iannuzzi@postalibera.example>",
    "R: [DSR-44315] Conferma di ricezione",
    """Buongiorno, ho ricevuto i dati ma manca lo storico acquisti del 2024. Potete completare?
Pasquale Iannuzzi
""",
    FU("44315", "pasquale.iannuzzi@postalibera.example", "Pasquale", "Iannuzzi"))

add("it-22-seguito-irt", "Gianmarco D'Alessandro <gianmarco.dalessandro@postalibera.example>",
    "R: Liquidazione sinistro decisa da un algoritmo",
    """Aggiungo la denuncia ai carabinieri e le fatture dei beni rubati, che l'algoritmo evidentemente non ha considerato.

G. D'Alessandro
""",
    FU(ref("it-06-decisione-algoritmo"), "gianmarco.dalessandro@postalibera.example", "Gianmarco", "D'Alessandro"),
    headers=irt("it-06-decisione-algoritmo"))

# ---------------------------------------------------------------- da ignorare

add("it-23-spam-seo", "Marketing Digitale Pro <offerte@marketingdigitalepro.example>",
    "Primo su Google in 30 giorni - offerta speciale",
    """Gentile titolare,

il vostro sito non compare nella prima pagina di Google per "supermercato" e "assicurazione casa". Con il nostro pacchetto SEO Premium garantiamo il primo posto in 30 giorni. Inoltre puliamo e cancelliamo i dati obsoleti dal vostro database clienti in conformità al GDPR.

Rispondete a questa email per una consulenza gratuita.
""",
    IGN("spam", "offerte@marketingdigitalepro.example"))

add("it-24-phishing-poste", "Poste Avvisi <avvisi@poste-sicurezza-it.example>",
    "Aggiornamento obbligatorio dei dati",
    """Gentile cliente,

a causa di un aggiornamento del sistema di sicurezza, è necessario confermare i propri dati entro 24 ore per evitare il blocco della carta.

Accedi qui: http://poste-sicurezza-it.example/verifica
""",
    IGN("spam", "avvisi@poste-sicurezza-it.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="poste-sicurezza-it.example")])

add("it-25-bounce", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"),
    dsn=True)
