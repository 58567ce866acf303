from common import *  # part it: written blind

# ---------------------------------------------------------------- richieste
add("it-01-che-dati", "giorgio.ferri88@posta-veloce.example", "dati personali",
    "buongiorno vorrei sapere che dati avete su di me ho fatto il corso di nuoto per adulti l'anno scorso "
    "grazie giorgio ferri\n",
    R(["Access"], "giorgio.ferri88@posta-veloce.example", "Giorgio", "Ferri"))

add("it-02-opposizione-formale", "Avv. Alessandro Lo Russo <a.lorusso@studiolegale-mail.example>",
    "Esercizio del diritto di opposizione ex art. 21 GDPR",
    "Spett.le Federazione,\n\n"
    "il sottoscritto Alessandro Lo Russo, tesserato come genitore accompagnatore dal 2021, con la "
    "presente si oppone, ai sensi dell'art. 21 del Regolamento (UE) 2016/679, al trattamento dei propri "
    "dati personali per finalità di marketing, di profilazione e di comunicazione a partner commerciali, "
    "compresi gli sponsor della manifestazione 'Giochi della Gioventù Acme'.\n\n"
    "Chiede altresì conferma scritta dell'avvenuta annotazione entro i termini di legge.\n\n"
    "Distinti saluti\nAvv. Alessandro Lo Russo\n",
    R(["Opposition"], "a.lorusso@studiolegale-mail.example", "Alessandro", "Lo Russo"))

add("it-03-codice-fiscale", "Chiara De Luca <chiara.deluca@libera-mail.example>",
    "Codice fiscale sbagliato",
    "Salve,\n\nsul mio tesserino da istruttrice e sull'area riservata il codice fiscale è sbagliato "
    "(c'è una L al posto di una I). Per questo non riesco a scaricare la certificazione per il "
    "730. Potete correggerlo? Vi allego la tessera sanitaria.\n\nChiara De Luca\n",
    R(["Rectification"], "chiara.deluca@libera-mail.example", "Chiara", "De Luca"))

add("it-04-cancella-app", "Giulia Bianchi <giulia.bianchi@tiscali-mail.example>",
    "Eliminazione account",
    "Ciao,\n\nnon gioco più a pallavolo da due stagioni. Potete eliminare definitivamente il mio account "
    "sull'app della federazione e tutte le informazioni collegate? Non mi serve ricevere niente, solo "
    "che spariscano.\n\nGrazie\nGiulia\n\nInviato da iPhone\n",
    R(["Erasure"], "giulia.bianchi@tiscali-mail.example", "Giulia", "Bianchi"))

add("it-05-portabilita", "Niccolò Fabbri <niccolo.fabbri@runmail.example>",
    "Trasferimento dati a nuova società",
    "Buongiorno,\n\ndalla prossima stagione correrò per una società affiliata a un altro ente di "
    "promozione sportiva. Mi servirebbe lo storico dei miei tesseramenti e dei risultati in un formato "
    "strutturato e leggibile da computer (CSV o JSON), da poter caricare sul loro gestionale.\n\n"
    "Cordialmente,\nNiccolò Fabbri\n",
    R(["Portability"], "niccolo.fabbri@runmail.example", "Niccolò", "Fabbri"))

add("it-06-certificato-agonistico", "Federica Zanetti <federica.zanetti@famiglia-mail.example>",
    "Domande sul certificato medico agonistico",
    "Buonasera,\n\nmio figlio fa agonistica nel calcio e ogni anno carichiamo il certificato medico sul "
    "vostro portale. Vorrei capire: chi può vederlo (l'allenatore? la società? la federazione?), per quanto "
    "tempo lo tenete, e se i dati sanitari vengono comunicati all'assicurazione. Non chiedo altro per ora.\n\n"
    "Federica Zanetti\n",
    R(["Information"], "federica.zanetti@famiglia-mail.example", "Federica", "Zanetti"))

add("it-07-dati-figlia", "Salvatore La Rosa <salvatore.larosa@sicilia-mail.example>",
    "Richiesta dati di mia figlia",
    "Gentili,\n\nsono il padre di Martina La Rosa, 12 anni, iscritta alla ginnastica artistica. Vorrei "
    "ricevere copia di tutto quello che avete su di lei: scheda d'iscrizione, certificati, le valutazioni "
    "degli allenatori e le note del ritiro estivo di Cesenatico.\n\nCordiali saluti\nSalvatore La Rosa\n"
    "cell. 333 0000000\n",
    R(["Access"], "salvatore.larosa@sicilia-mail.example", "Martina", "La Rosa",
      representative="Salvatore La Rosa"))

add("it-08-limitazione-assenze", "Matteo D'Amico <matteo.damico@posta-sud.example>",
    "Assenze segnate per errore - blocco rinnovo",
    "Salve,\n\nnel gestionale risultano a mio nome 9 assenze ingiustificate agli allenamenti di "
    "settembre, periodo in cui ero in ospedale (ho i certificati). Per questo il sistema blocca il rinnovo. "
    "Ho chiesto alla società di verificare. Nel frattempo vi chiedo di limitare il trattamento di questi "
    "dati: non usateli per il rinnovo né comunicateli ad altri finché non è chiarito. Una volta verificato, "
    "vi chiedo di correggerle in assenze giustificate.\n\nMatteo D'Amico\n",
    R(["Restriction", "Rectification"], "matteo.damico@posta-sud.example", "Matteo", "D'Amico"))

add("it-09-blocco-frode", "Elena Dall'Olio <elena.dallolio@emilia-mail.example>",
    "Tesseramento bloccato automaticamente",
    "Buongiorno,\n\nil vostro sistema di pagamento ha bloccato il mio tesseramento con la dicitura "
    "'transazione ad alto rischio' e il mio profilo ora risulta 'sospeso'. Nessuno mi ha chiamato o "
    "chiesto spiegazioni. Contesto questa decisione presa in automatico e chiedo che venga riesaminata da "
    "un operatore.\n\nElena Dall'Olio\n",
    R(["AutomatedDecision"], "elena.dallolio@emilia-mail.example", "Elena", "Dall'Olio"))

add("it-10-centro-estivo-sfogo", "Giuseppe Esposito <peppe.esposito@napoli-mail.example>",
    "Centro estivo: vergogna",
    "Egregi signori,\n\n"
    "quest'estate abbiamo iscritto i nostri due figli al vostro centro estivo di Pozzuoli. Il pullman "
    "arrivava sempre in ritardo, i ragazzi sono stati lasciati al sole senza cappello per ore e uno dei "
    "due è tornato con un'insolazione. Alle nostre proteste ci è stato risposto con sufficienza.\n\n"
    "Non vogliamo più avere niente a che fare con voi. Voglio però sapere esattamente quali dati "
    "conservate su di me - mandatemene copia - e dopo cancellate tutto: account, carta di credito "
    "memorizzata, telefono.\n\n"
    "Per il rimborso vi scriverà il mio avvocato.\n\nGiuseppe Esposito\n",
    R(["Access", "Erasure"], "peppe.esposito@napoli-mail.example", "Giuseppe", "Esposito"))

add("it-11-html-revoca-foto", "Andrea Ferraris <andrea.ferraris@piemonte-mail.example>",
    "Revoca consenso foto e video",
    html("Buongiorno,",
         "sono allenatore volontario della squadra under 11 di basket. Con questa mail <b>revoco il "
         "consenso</b> all'uso della mia immagine in foto e video sui vostri canali social e sul sito.",
         "Grazie,<br>Andrea Ferraris"),
    R(["Opposition"], "andrea.ferraris@piemonte-mail.example", "Andrea", "Ferraris"), ct=HTML)

add("it-12-inoltro-inline", "Valentina Greco <valentina.greco@acme-corp.example>",
    "I: cambio indirizzo",
    "Ciao, questa è arrivata in segreteria, la giro a voi.\nVale\n\n"
    "---------- Messaggio inoltrato ---------\n"
    "Da: Roberto Conti <roberto.conti@posta-nord.example>\n"
    "Data: ven 13 nov 2026 alle ore 18:30\n"
    "Oggetto: cambio indirizzo\n"
    "A: segreteria@acme-corp.example\n\n"
    "Buonasera, ho cambiato residenza: via dei Mille 45, 20129 Milano. Nel mio profilo c'è ancora "
    "quella vecchia e anche l'email secondaria non è più valida. Grazie di aggiornare.\nRoberto Conti\n",
    R(["Rectification"], "roberto.conti@posta-nord.example", "Roberto", "Conti"))

add("it-13-inoltro-allegato", "Luca Moretti <luca.moretti@acme-corp.example>",
    "I: sponsor", "",
    R(["Information", "Opposition"], "serena.galli@posta-centro.example", "Serena", "Galli"),
    note="Vi inoltro la mail di una mamma arrivata all'ufficio comunicazione.\n\nLuca",
    attached=("Serena Galli <serena.galli@posta-centro.example>", "sponsor",
              "Buongiorno, da quando ho iscritto mia figlia al torneo ricevo offerte di una marca di "
              "integratori che è vostro sponsor. Avete dato voi il mio indirizzo? A chi altro l'avete "
              "comunicato? In ogni caso non voglio che lo passiate più a nessuno.\nSerena Galli\n"))

add("it-14-detrazione", "mamma.rossi@posta-veloce.example", "ricevuta per 730",
    "salve mi serve la ricevuta dei corsi di nuoto di mio figlio per la detrazione nel 730, dove la trovo? "
    "grazie\n",
    R(["Unknown"], "mamma.rossi@posta-veloce.example"))

add("it-15-newsletter-latin1", "Renata Colombo <renata.colombo@vecchia-mail.example>",
    "Basta newsletter",
    "Buongiorno,\n\nricevo ancora la vostra newsletter settimanale e le pubblicità dei campus estivi, "
    "anche se mio nipote non è più iscritto da anni. Non desidero più ricevere comunicazioni "
    "promozionali di alcun tipo. Vi prego di togliermi da tutte le liste.\n\nRenata Colombo\n",
    R(["Opposition"], "renata.colombo@vecchia-mail.example", "Renata", "Colombo"),
    ct=LATIN1, encode="latin-1")

add("it-16-valutazioni", "Davide Marino <davide.marino@giovani-mail.example>",
    "Valutazioni degli allenatori",
    "Ciao, ho 19 anni e gioco nella primavera. Non voglio cancellarmi né altro, voglio solo leggere le "
    "valutazioni e le schede tecniche che gli allenatori hanno scritto su di me negli ultimi due anni. "
    "Me le potete mandare?\n\nDavide Marino\n",
    R(["Access"], "davide.marino@giovani-mail.example", "Davide", "Marino"))

add("it-17-madre-deceduta", "Paola Russo <paola.russo@posta-centro.example>",
    "Profilo di mia madre, giudice di gara",
    "Gentile ufficio privacy,\n\nmia madre, Anna Maria Ricci, giudice di gara di nuoto per molti anni, è "
    "mancata a settembre. Il suo profilo con foto e recapiti è ancora pubblicato nell'albo dei giudici. "
    "In qualità di figlia ed erede vi chiedo di cancellarlo insieme al suo account.\n\nGrazie\nPaola Russo\n",
    R(["Erasure"], "paola.russo@posta-centro.example", "Anna Maria", "Ricci",
      representative="Paola Russo"))

add("it-18-maiuscolo", "VITTORIO SANNA <vittorio.sanna@isola-mail.example>", "CANCELLATEMI",
    "CANCELLATE TUTTI I MIEI DATI DAL VOSTRO SISTEMA. NON SONO PIU SOCIO DAL 2022 E CONTINUATE A "
    "SCRIVERMI. BASTA MAIL E BASTA SMS PUBBLICITARI. VITTORIO SANNA\n",
    R(["Erasure", "Opposition"], "vittorio.sanna@isola-mail.example", "Vittorio", "Sanna"))

# ---------------------------------------------------------------- attività
add("it-19-responsabile-esterno", "Marco Bruno <marco.bruno@acme-corp.example>",
    "Nomina responsabile del trattamento - nuova assicurazione",
    "Ciao,\n\ndal 1° gennaio cambiamo compagnia assicurativa per gli infortuni dei tesserati. Serve la "
    "nomina a responsabile ex art. 28 o sono titolari autonomi? Mi preparate voi l'atto? Vi giro la bozza "
    "di convenzione.\n\nMarco Bruno\nUfficio Tesseramento\n",
    TASK("marco.bruno@acme-corp.example", "Marco", "Bruno"))

add("it-20-questionario-cloud", "Sara Fontana <sara.fontana@acme-corp.example>",
    "Questionario fornitore gestionale cloud",
    "Buongiorno,\n\nil fornitore del nuovo gestionale cloud per i centri estivi ci ha chiesto di "
    "compilare il loro questionario di sicurezza e privacy, e a nostra volta dovremmo mandare il nostro a "
    "loro. Potete occuparvene? Scadenza 4 dicembre.\n\nSara Fontana\nIT\n",
    TASK("sara.fontana@acme-corp.example", "Sara", "Fontana"))

add("it-21-liberatorie-calendario", "Ilaria Costa <ilaria.costa@acme-corp.example>",
    "Calendario 2027 con foto dei ragazzi",
    "Ciao a tutti,\n\nvorremmo fare il calendario 2027 della federazione con le foto dei ragazzi delle "
    "squadre giovanili. Potete verificare quali liberatorie servono e preparare il modulo per i genitori? "
    "Ci servirebbe entro metà dicembre.\n\nIlaria\nMarketing\n",
    TASK("ilaria.costa@acme-corp.example", "Ilaria", "Costa"))

# ---------------------------------------------------------------- incidenti
add("it-22-ransomware", "Stefano Gallo <stefano.gallo@acme-corp.example>",
    "PC segreteria bloccato - richiesta riscatto",
    "Ciao,\n\nstamattina il PC della segreteria di Bologna mostrava una schermata con la richiesta di "
    "riscatto in bitcoin e tutti i file hanno estensione strana. Sul disco c'erano le schede di iscrizione "
    "e i certificati medici dei tesserati della provincia. Ho staccato il cavo di rete. IT è avvisato.\n\n"
    "Stefano\n",
    INC("stefano.gallo@acme-corp.example", "Stefano", "Gallo"))

add("it-23-moduli-cestino", "Lorenzo Pellegrini <lorenzo.pellegrini@quartiere-mail.example>",
    "Moduli con dati di bambini nel cassonetto",
    "Buonasera,\n\nportando a spasso il cane ho notato accanto al cassonetto della carta, fuori dalla "
    "palestra di via Garibaldi, una scatola piena di moduli di iscrizione con nomi, date di nascita, "
    "indirizzi e allergie di bambini. Ne ho fotografato uno (oscurando i dati) come prova. Forse è il "
    "caso che qualcuno vada a recuperarli.\n\nLorenzo Pellegrini\n",
    INC("lorenzo.pellegrini@quartiere-mail.example", "Lorenzo", "Pellegrini"))

add("it-24-account-compromesso", "Alessia Rinaldi <alessia.rinaldi@acme-corp.example>",
    "la mia casella manda mail strane",
    "Ciao, diversi genitori mi hanno telefonato perché dalla mia casella è partita una mail con un link "
    "'Documento condiviso' che chiede la password. Io non l'ho mandata. Ho cambiato password ma nella "
    "casella ci sono tutti i contatti delle famiglie del minivolley.\n\nAlessia\n",
    INC("alessia.rinaldi@acme-corp.example", "Alessia", "Rinaldi"))

# ---------------------------------------------------------------- seguiti
add("it-25-sollecito-tag", "Tiziana Marchi <tiziana.marchi@posta-veloce.example>",
    "R: [DSR-73390] Conferma di ricezione",
    "Buongiorno, scrivo per sollecitare: non ho ancora ricevuto risposta.\n\nTiziana Marchi\n\n"
    "Il giorno 5 ott 2026, privacy@acme-corp.example ha scritto:\n"
    "> La sua richiesta è stata registrata con il numero DSR-73390.\n",
    FU("73390", "tiziana.marchi@posta-veloce.example", "Tiziana", "Marchi"))

add("it-26-sollecito-lorusso", "Avv. Alessandro Lo Russo <a.lorusso@studiolegale-mail.example>",
    "R: Esercizio del diritto di opposizione ex art. 21 GDPR",
    "Spett.le Federazione,\n\nfaccio seguito alla mia precedente per segnalare che in data odierna ho "
    "ricevuto un'ulteriore comunicazione promozionale. Attendo riscontro.\n\nAvv. Alessandro Lo Russo\n",
    FU(ref("it-02-opposizione-formale"), "a.lorusso@studiolegale-mail.example", "Alessandro", "Lo Russo"),
    headers=irt("it-02-opposizione-formale"))

# ---------------------------------------------------------------- da ignorare
add("it-27-phishing-bonifico", "Banca Online <avvisi@banca-sicura-verifica.example>",
    "Bonifico in sospeso - verifica i tuoi dati",
    "Gentile cliente,\n\nun bonifico di 2.450,00 EUR a suo favore è in sospeso. Per proteggere i suoi dati "
    "personali e sbloccarlo acceda entro 24 ore al link seguente e confermi le credenziali.\n\n"
    "Servizio Clienti\n",
    IGN("spam", "avvisi@banca-sicura-verifica.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="banca-sicura-verifica.example")])

add("it-28-spam-recensioni", "Marketing Pro <offerte@recensioni-top.example>",
    "100 recensioni a 5 stelle per la vostra società sportiva",
    "Salve! Aumentate le iscrizioni con 100 recensioni Google a 5 stelle, consegna in 7 giorni, "
    "solo 99 euro. Servizio conforme al GDPR. Rispondete a questa mail per ordinare.\n",
    IGN("spam", "offerte@recensioni-top.example"), headers=SPAM_HDR)

add("it-29-risposta-auto", "Carlo Testa <carlo.testa@comune-esempio.example>",
    "Risposta automatica: Richiesta informazioni",
    "Sono fuori ufficio fino al 24 novembre. Per urgenze contattare l'Ufficio Sport al numero "
    "0000 000000.\n\nCarlo Testa\n",
    IGN("auto_reply", "carlo.testa@comune-esempio.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("it-30-lista-allenatori", "Forum Allenatori Giovanili <forum-allenatori@liste.example>",
    "[forum-allenatori] Digest n. 214",
    "Messaggi di oggi:\n1. Esercizi di coordinazione per under 8\n2. Re: tornei invernali in Veneto\n"
    "3. Cerco palloni usati\n\n--\nPer annullare l'iscrizione: forum-allenatori-unsubscribe@liste.example\n",
    IGN("bulk", "forum-allenatori@liste.example"),
    headers=["List-Id: Forum Allenatori <forum-allenatori.liste.example>",
             "List-Unsubscribe: <mailto:forum-allenatori-unsubscribe@liste.example>",
             "Precedence: list"])
