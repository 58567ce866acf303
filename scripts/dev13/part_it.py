from common import *  # part it: written blind

add("it-01-accesso-latin1",
    "Giuseppe Esposito <giuseppe.esposito@libero.example>",
    "Richiesta ai sensi dell'art. 15 GDPR",
    """Spett.le Acme Corp,

il sottoscritto Giuseppe Esposito, nato a Napoli il 22/09/1970, codice fiscale SPSGPP70P22F839X,
residente in Via Toledo 156, 80134 Napoli, chiede di conoscere quali dati personali che lo riguardano
siano registrati nel Vostro sistema di informazioni creditizie, con indicazione dei soggetti che li
hanno comunicati e di quelli che li hanno consultati.

Allego copia del documento d'identità.

Distinti saluti
Giuseppe Esposito
""",
    R(["Access"], "giuseppe.esposito@libero.example", "Giuseppe", "Esposito"),
    ct=LATIN1, encode="latin-1")

add("it-02-una-riga",
    "kekko.93@tiscali.example",
    "account",
    "cancellate il mio account dal sito delle auto grazie\n",
    R(["Erasure"], "kekko.93@tiscali.example"))

add("it-03-segnalazione-errata",
    "Francesca De Luca <francesca.deluca@gmail.example>",
    "Segnalazione errata - ritardo mai avvenuto",
    """Buongiorno,

risulto segnalata come "cattiva pagatrice" per due rate in ritardo di un finanziamento con AutoCredito
Italia, ma le rate sono state addebitate regolarmente (ho gli estratti conto). Chiedo che la segnalazione
sia corretta. Nel frattempo, finché non avete verificato con la finanziaria, vi chiedo di bloccarla e
di non mostrarla alle banche: sto chiedendo un mutuo.

Cordiali saluti
Francesca De Luca
""",
    R(["Rectification", "Restriction"], "francesca.deluca@gmail.example", "Francesca", "De Luca"))

add("it-04-revoca-consenso",
    "Alessandro Russo <alessandro.russo@fastweb.example>",
    "Revoca consenso marketing",
    """Salve,

revoco il consenso all'invio di comunicazioni promozionali e alla cessione dei miei dati ai vostri
partner commerciali. Da quando ho messo in vendita la mia Panda ricevo telefonate e SMS a tutte le ore.

Alessandro Russo
""",
    R(["Opposition"], "alessandro.russo@fastweb.example", "Alessandro", "Russo"))

add("it-05-lunga-storia",
    "Chiara Lombardi <chiara.lombardi@libero.example>",
    "Basta!",
    """Buonasera,

vi scrivo esasperata. Ad agosto ho venduto la mia Yaris tramite il vostro sito. L'acquirente si è
presentato con un bonifico "istantaneo" che poi è risultato falso, e la macchina è sparita. Ho fatto
denuncia ai Carabinieri. Da voi nessuno mi ha aiutata: il vostro servizio clienti ha risposto con un
messaggio automatico e basta. Intanto l'annuncio risultava ancora online per settimane e ho ricevuto
altre decine di messaggi di truffatori.

Non voglio più avere niente a che fare con voi. Prima però voglio una copia di tutto quello che avete
registrato su di me, compresi i messaggi scambiati con quell'acquirente, che mi servono per la denuncia.
Dopo, cancellate il mio account e tutti i miei dati.

Chiara Lombardi
""",
    R(["Access", "Erasure"], "chiara.lombardi@libero.example", "Chiara", "Lombardi"))

add("it-06-decisione-automatica",
    "Marco Ferrari <marco.ferrari@alice.example>",
    "Finanziamento rifiutato in automatico",
    """Buongiorno,

la concessionaria mi ha rifiutato il finanziamento dopo pochi secondi, dicendo che "il sistema" aveva
dato esito negativo in base al vostro punteggio. Chiedo che la decisione venga riesaminata da una
persona, di poter esprimere la mia opinione e di contestarla.

Marco Ferrari
""",
    R(["AutomatedDecision"], "marco.ferrari@alice.example", "Marco", "Ferrari"))

add("it-07-portabilita-html",
    "Giulia Romano <giulia.romano@gmail.example>",
    "Trasferire i miei dati",
    html("Ciao,",
         "passo a un altro portale di annunci auto. Potete fornirmi i miei annunci, i messaggi e le "
         "recensioni in un formato strutturato e leggibile da computer, oppure trasmetterli direttamente "
         "al nuovo portale?",
         "Grazie mille<br>Giulia Romano"),
    R(["Portability"], "giulia.romano@gmail.example", "Giulia", "Romano"), ct=HTML)

add("it-08-domande",
    "Luca Bianchi <luca.bianchi@tin.example>",
    "Alcune domande sul trattamento",
    """Buongiorno,

avrei qualche domanda: per quanto tempo conservate i dati di un prestito estinto? A quali soggetti li
comunicate? E trasferite dati fuori dall'Unione europea? Non mi serve il mio estratto, solo capire.

Grazie
Luca Bianchi
""",
    R(["Information"], "luca.bianchi@tin.example", "Luca", "Bianchi"))

add("it-09-limitazione",
    "Federica Colombo <federica.colombo@fastweb.example>",
    "Richiesta di limitazione",
    """Gentili signori,

ho presentato reclamo all'Arbitro Bancario Finanziario contro FinAuto Nord per una segnalazione che
ritengo illegittima. In attesa della decisione vi chiedo di limitare il trattamento: non cancellatela,
mi serve come prova, ma non usatela per il punteggio e non comunicatela a nessuno.

Federica Colombo
""",
    R(["Restriction"], "federica.colombo@fastweb.example", "Federica", "Colombo"))

add("it-10-avvocato",
    "Avv. Antonio Di Stefano <studio.distefano@pec-avvocati.example>",
    "Sig. Salvatore La Rosa - richiesta di cancellazione",
    """Spett.le Società,

scrivo in nome e per conto del Sig. Salvatore La Rosa, nato a Catania il 03/03/1965, giusta procura
allegata.

Il mio assistito ha estinto nel 2021 un finanziamento con ritardi regolarizzati; i termini di
conservazione previsti dal codice di condotta per i sistemi di informazioni creditizie risultano
ampiamente decorsi. Chiedo pertanto, ai sensi dell'art. 17 GDPR, la cancellazione dei relativi dati.

Distinti saluti
Avv. Antonio Di Stefano
Foro di Catania
Tel. 095 1234567
""",
    R(["Erasure"], "studio.distefano@pec-avvocati.example", "Salvatore", "La Rosa",
      representative="Antonio Di Stefano"))

add("it-11-inoltro-collega",
    "Davide Mancini <davide.mancini@acme-corp.example>",
    "I: richiesta dati",
    """Ciao team privacy, vi giro questa arrivata all'assistenza. Grazie, Davide

---------- Messaggio inoltrato ---------
Da: Valentina Caruso <valentina.caruso@libero.example>
Data: sab 14 nov 2026 alle ore 16:20
Oggetto: richiesta dati
A: assistenza@acme-corp.example

Buongiorno, vorrei ricevere l'elenco di tutte le informazioni che avete su di me, anche quelle del
controllo d'identità che ho fatto per comprare l'auto. Grazie. Valentina Caruso
""",
    R(["Access"], "valentina.caruso@libero.example", "Valentina", "Caruso"))

add("it-12-allegato-profilazione",
    "Serena Marini <serena.marini@acme-corp.example>",
    "I: profilazione",
    "",
    R(["Opposition"], "elisa.dellacqua@gmail.example", "Elisa", "Dell'Acqua"),
    attached=("Elisa Dell'Acqua <elisa.dellacqua@gmail.example>", "profilazione",
              """Salve, mi oppongo alla profilazione dei miei dati di navigazione per suggerirmi auto e
pubblicità. L'account lo tengo. Elisa Dell'Acqua
"""),
    note="Vi inoltro in allegato, arrivata al marketing. Serena")

add("it-13-maiuscolo",
    "ROBERTO GALLI <roberto.galli55@libero.example>",
    "CANCELLATEMI",
    """CANCELLATEMI DA TUTTI I VOSTRI ARCHIVI. NON HO MAI DATO IL PERMESSO. ROBERTO GALLI
""",
    R(["Erasure"], "roberto.galli55@libero.example", "Roberto", "Galli"))

add("it-14-non-cancellare",
    "Martina Fontana <martina.fontana@gmail.example>",
    "che dati avete?",
    """Ciao, premetto che NON voglio chiudere l'account, mi trovo bene. Volevo solo vedere quali dati miei
avete salvato, tutto qui.

Martina

Inviato da iPhone
""",
    R(["Access"], "martina.fontana@gmail.example", "Martina", "Fontana"))

add("it-15-famiglia-replyto",
    "Famiglia Costa <famiglia.costa@alice.example>",
    "Telefonate",
    """Buongiorno, per favore non chiamatemi più per offerte di finanziamento auto, non mi interessano e non
ho mai acconsentito. Rispondete al mio indirizzo personale.

Andrea Costa
""",
    R(["Opposition"], "andrea.costa@gmail.example", "Andrea", "Costa"),
    headers=["Reply-To: Andrea Costa <andrea.costa@gmail.example>"])

add("it-16-pagamento",
    "Simona Gallo <simona.gallo@tin.example>",
    "pagamento sicuro",
    """Salve, come funziona il vostro servizio di pagamento sicuro? Il venditore mi chiede di usarlo ma non
capisco quando vengono rilasciati i soldi. Grazie, Simona
""",
    R(["Unknown"], "simona.gallo@tin.example", "Simona", "Gallo"))

add("it-17-amministratrice-sostegno",
    "Maria Grazia Rinaldi <mg.rinaldi@libero.example>",
    "Mio padre Pietro Rinaldi - amministrazione di sostegno",
    """Gentili signori,

sono l'amministratrice di sostegno di mio padre, Pietro Rinaldi, 86 anni (decreto del Tribunale di
Bologna allegato). Mio padre riceve continuamente telefonate per finanziamenti e auto usate che dicono di
avere il numero da voi. Vi chiedo di sapere quali dati avete su di lui e di interrompere qualsiasi
contatto commerciale nei suoi confronti.

Maria Grazia Rinaldi
""",
    R(["Access", "Opposition"], "mg.rinaldi@libero.example", "Pietro", "Rinaldi",
      representative="Maria Grazia Rinaldi"))

add("it-18-senza-punteggiatura",
    "Pasquale D'Angelo <pasquale.dangelo@tiscali.example>",
    "numero",
    "salve volevo sapere da dove avete preso il mio numero di cellulare e a chi lo avete dato grazie pasquale\n",
    R(["Information"], "pasquale.dangelo@tiscali.example", "Pasquale", "D'Angelo"))

add("it-19-dopo-la-morte",
    "Nicolò Marchetti <nicolo.marchetti@fastweb.example>",
    "Dati dopo la mia morte",
    """Buongiorno,

vorrei dare disposizioni su cosa fare dei miei dati personali presso di voi dopo la mia morte, come
previsto dall'art. 2-terdecies del Codice privacy: desidero che nessuno possa accedervi tranne mia moglie,
Laura Bruni, che potrà chiederne la cancellazione. Come posso formalizzarlo?

Nicolò Marchetti
""",
    R(["AdvanceDirectives"], "nicolo.marchetti@fastweb.example", "Nicolò", "Marchetti"))

add("it-20-task-questionario-fornitore",
    "Paola Ricci <paola.ricci@acme-corp.example>",
    "Valutazione fornitore cloud",
    """Ciao,

stiamo valutando CloudNet Italia per l'archiviazione delle pratiche. Ci hanno mandato il loro
questionario di sicurezza compilato e il DPA. Potete fare la valutazione privacy del fornitore prima del
comitato acquisti del 2 dicembre?

Paola Ricci
Procurement
""",
    TASK("paola.ricci@acme-corp.example", "Paola", "Ricci"))

add("it-21-task-nomina-concessionari",
    "Stefano Moretti <stefano.moretti@acme-corp.example>",
    "Nomina responsabili concessionari partner",
    """Buongiorno,

i 40 concessionari partner che usano il nostro tool di pre-verifica finanziamento devono essere nominati
responsabili del trattamento? Se sì, potete preparare il modello di nomina ex art. 28? Vorremmo mandarlo
entro fine mese.

Stefano Moretti
Area Dealer
""",
    TASK("stefano.moretti@acme-corp.example", "Stefano", "Moretti"))

add("it-22-task-formazione",
    "Laura Greco <laura.greco@acme-corp.example>",
    "Formazione GDPR nuovi assunti",
    """Ciao a tutti, a gennaio entrano 12 nuovi operatori nel contact center di Milano. Potete organizzare
la formazione privacy obbligatoria nella loro prima settimana? Laura Greco - HR
""",
    TASK("laura.greco@acme-corp.example", "Laura", "Greco"))

add("it-23-inc-elenco-dealer",
    "Fabio Conti <fabio.conti@acme-corp.example>",
    "Errore invio elenco clienti",
    """Ciao,

ho inviato per errore a un concessionario di Verona l'elenco dei clienti pre-approvati di un altro
concessionario (circa 150 nominativi con telefono ed esito del controllo creditizio). Ho chiesto subito
la cancellazione, ma non ho ancora ricevuto conferma.

Fabio Conti
Account Manager
""",
    INC("fabio.conti@acme-corp.example", "Fabio", "Conti"))

add("it-24-inc-area-riservata",
    "Giorgio Santoro <giorgio.santoro@alice.example>",
    "Vedo i dati di un'altra persona",
    """Buongiorno,

entrando nella mia area riservata per scaricare il mio report creditizio, vedo invece i finanziamenti e
l'indirizzo di un'altra persona, un certo R. Santoro di Bari. Io abito a Torino. Vi segnalo la cosa
perché mi sembra grave.

Giorgio Santoro
""",
    INC("giorgio.santoro@alice.example", "Giorgio", "Santoro"))

add("it-25-inc-malware",
    "Elena Barbieri <elena.barbieri@acme-corp.example>",
    "Possibile virus sul PC",
    """Ciao, stamattina ho aperto un allegato "fattura" che sembrava di un fornitore e da allora il PC è
lentissimo e l'antivirus segnala un trojan. Ho staccato il cavo di rete. Sul PC ci sono le pratiche dei
reclami. Elena (Ufficio Reclami)
""",
    INC("elena.barbieri@acme-corp.example", "Elena", "Barbieri"))

add("it-26-fu-dsr",
    "Rosa Ferraro <rosa.ferraro@libero.example>",
    "R: [DSR-83306] Conferma di ricezione",
    """Buongiorno, vi ho mandato il documento d'identità la settimana scorsa. A che punto siamo?

Rosa Ferraro

> La sua richiesta è stata registrata con il numero [DSR-83306].
> Riceverà una risposta entro un mese.
""",
    FU("83306", "rosa.ferraro@libero.example", "Rosa", "Ferraro"))

add("it-27-fu-estratti",
    "Francesca De Luca <francesca.deluca@gmail.example>",
    "R: Segnalazione errata - ritardo mai avvenuto",
    """Buongiorno, come richiesto allego gli estratti conto da gennaio a giugno. Fatemi sapere se serve altro.
Francesca De Luca
""",
    FU(ref("it-03-segnalazione-errata"), "francesca.deluca@gmail.example", "Francesca", "De Luca"),
    headers=irt("it-03-segnalazione-errata"))

add("it-28-spam-trading",
    "Investimenti Sicuri <info@investi-sicuro.example>",
    "Guadagna 500 euro al giorno con l'intelligenza artificiale",
    """Gentile utente,

la nostra piattaforma di trading con IA ha già fatto guadagnare migliaia di italiani. Registrati oggi e
ricevi un bonus di 250 euro. I tuoi dati sono protetti secondo il GDPR.

http://investi-sicuro.example/registrati
""",
    IGN("spam", "info@investi-sicuro.example"), headers=SPAM_HDR)

add("it-29-spam-reputazione",
    "Reputazione Online <servizi@webreputation.example>",
    "Cancelliamo i tuoi dati dai motori di ricerca",
    """Buongiorno,

sapevi che su Google compaiono informazioni negative sulla tua azienda? Con il nostro servizio di
"diritto all'oblio" rimuoviamo articoli, recensioni e dati personali in 7 giorni. Pacchetto aziende da
990 euro. Rispondi per un preventivo gratuito.

Il team WebReputation
""",
    IGN("spam", "servizi@webreputation.example"),
    headers=[AUTH(spf="pass", dkim="none", dmarc="fail", dom="webreputation.example")])

add("it-30-fuori-ufficio",
    "Giovanni Serra <giovanni.serra@autocredito.example>",
    "Risposta automatica: Fuori sede",
    """Sono fuori sede fino al 25 novembre con accesso limitato alla posta. Per urgenze contattare
privacy@autocredito.example.
""",
    IGN("auto_reply", "giovanni.serra@autocredito.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-31-newsletter",
    "Federprivacy News <newsletter@privacy-news.example>",
    "Newsletter: le novità del Garante di novembre",
    """LE NOVITÀ DEL MESE

- Sanzione a una società di recupero crediti
- Linee guida sui dati biometrici
- Corso DPO: iscrizioni aperte

Ricevi questa email perché sei iscritto alla newsletter. Per cancellarti clicca qui.
""",
    IGN("bulk", "newsletter@privacy-news.example"),
    headers=["List-Id: <newsletter.privacy-news.example>",
             "List-Unsubscribe: <https://privacy-news.example/unsubscribe>",
             "Precedence: bulk"])
