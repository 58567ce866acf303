from common import *

# ---------------------------------------------------------------- requests
add("it-01-accesso-abbonamento", "Giulia Bianchi <giulia.bianchi@posta.example>",
    "richiesta dati abbonamento",
    "Buongiorno, vorrei ricevere copia di tutti i dati personali collegati al mio abbonamento annuale bus (tessera n. 778210). Grazie, Giulia Bianchi\n",
    R(["Access"], "giulia.bianchi@posta.example", "Giulia", "Bianchi"))

add("it-02-basta-newsletter-libreria", "Marco De Luca <marco.deluca@posta.example>",
    "Cancellazione newsletter",
    "Salve,\nvi chiedo di togliermi dalla vostra newsletter e da qualsiasi comunicazione promozionale della libreria online. Ho già cliccato su \"disiscriviti\" due volte ma continuano ad arrivare.\n\nCordiali saluti\nMarco De Luca\n",
    R(["Opposition"], "marco.deluca@posta.example", "Marco", "De Luca"))

add("it-03-cancellazione-account-typo", "salvo.russo77@webmail.example",
    "cancelare account",
    "ciao vorrei cancelare il mio acount della scuola di lingue non lo uso piu da 2 anni cancellate tutto grazie\nsalvatore russo\n",
    R(["Erasure"], "salvo.russo77@webmail.example", "Salvatore", "Russo"))

add("it-04-multa-controllore-arrabbiato", "Vincenzo Esposito <vincenzo.esposito@posta.example>",
    "VERGOGNA - multa ingiusta sul tram 14",
    "Gentili signori,\n\n"
    "vi scrivo dopo l'ennesima esperienza vergognosa sui vostri mezzi. Martedì 10 novembre ero sul tram 14, biglietto elettronico regolarmente acquistato sull'app (ho lo screenshot con l'orario). Il controllore ha detto che il QR code \"non leggeva\" e mi ha fatto una multa di 80 euro, trattandomi davanti a tutti come un portoghese. Ho 58 anni, lavoro onestamente e pago le tasse.\n\n"
    "Ho già fatto ricorso al vostro ufficio contravvenzioni e nessuno mi risponde al telefono. Intanto vi chiedo, ai sensi dell'art. 15 del GDPR, di mandarmi tutti i dati che avete su di me: il verbale, i dati del mio account sull'app con gli acquisti dei biglietti, e il registro delle verifiche del QR code di quel giorno. Voglio vedere con i miei occhi cosa ha registrato il vostro sistema.\n\n"
    "Vi avverto che mi sono già rivolto a un'associazione di consumatori. Non finisce qui.\n\n"
    "Vincenzo Esposito\nVia Toledo 210, Napoli\n",
    R(["Access"], "vincenzo.esposito@posta.example", "Vincenzo", "Esposito"))

add("it-05-formale-art15-20", "Avv. Francesca Romano <francesca.romano@pec-personale.example>",
    "Istanza ex artt. 15 e 20 Regolamento UE 2016/679",
    "Spett.le Acme Group\nc.a. Responsabile della Protezione dei Dati\n\n"
    "La sottoscritta Francesca Romano, nata a Bologna il 12/03/1980, C.F. RMNFNC80C52A944X, in qualità di interessata, con la presente esercita:\n"
    "- il diritto di accesso di cui all'art. 15 del Regolamento (UE) 2016/679;\n"
    "- il diritto alla portabilità di cui all'art. 20 del medesimo Regolamento, chiedendo che i dati relativi al proprio abbonamento al coworking (prenotazioni, accessi, fatturazione) le siano forniti in formato strutturato, di uso comune e leggibile da dispositivo automatico.\n\n"
    "Si rammenta che il riscontro deve pervenire entro un mese dal ricevimento (art. 12, par. 3). In difetto, la scrivente si riserva di proporre reclamo al Garante per la protezione dei dati personali.\n\n"
    "Distinti saluti.\nFrancesca Romano\n",
    R(["Access", "Portability"], "francesca.romano@pec-personale.example", "Francesca", "Romano"))

add("it-06-rettifica-telefono-veterinario", "Chiara Colombo <chiara.colombo@posta.example>",
    "Aggiornare numero di telefono - gatto Micio",
    "Buonasera,\nnella scheda del mio gatto Micio presso la vostra clinica di Monza c'è ancora il mio vecchio numero di cellulare, e infatti non ricevo i promemoria dei vaccini. Il numero giusto è 347 123 4567. Inoltre il mio cognome è scritto Colombi invece di Colombo. Potete correggere?\n\nGrazie mille\nChiara Colombo\n\nInviato da iPhone\n",
    R(["Rectification"], "chiara.colombo@posta.example", "Chiara", "Colombo"))

add("it-07-maiuscole-telefonate-club", "GIUSEPPE FERRARA <giuseppe.ferrara1955@webmail.example>",
    "BASTA TELEFONATE",
    "SMETTETE DI CHIAMARMI PER RINNOVARE LA TESSERA DEL TIFOSO. HO DETTO NO GIA TRE VOLTE. NON VOGLIO PIU NE TELEFONATE NE MESSAGGI PUBBLICITARI.\nGIUSEPPE FERRARA\n",
    R(["Opposition"], "giuseppe.ferrara1955@webmail.example", "Giuseppe", "Ferrara"))

add("it-08-html-oblio-scuola", "Alessia Galli <alessia.galli@posta.example>",
    "Diritto all'oblio",
    html("Gentile scuola,",
         "ho frequentato un corso di tedesco nel 2019. Ho scoperto che sul vostro sito c'è ancora una <i>foto di classe</i> con il mio nome e cognome nella didascalia. Chiedo la <b>cancellazione</b> della foto e di tutti i miei dati personali dai vostri archivi.",
         "Cordialmente,<br>Alessia Galli"),
    R(["Erasure"], "alessia.galli@posta.example", "Alessia", "Galli"), ct=HTML)

add("it-09-avvocato-videosorveglianza", "Studio Legale Conti <segreteria@studiolegaleconti.example>",
    "Richiesta immagini videosorveglianza - sig. Lorenzo Marchetti",
    "Spettabile società,\n\n"
    "scrivo in nome e per conto del mio assistito, sig. Lorenzo Marchetti, giusta procura che si allega, in relazione al furto del suo portafoglio avvenuto a bordo dell'autobus linea 90 il giorno 5 novembre 2026 alle ore 18:15 circa.\n\n"
    "Ai sensi dell'art. 15 GDPR, si chiede copia delle registrazioni del sistema di videosorveglianza del mezzo che ritraggono il mio assistito, e si invita a non cancellare tali immagini fino alla definizione del procedimento penale.\n\n"
    "Avv. Paolo Conti\nStudio Legale Conti\nCorso Vittorio Emanuele II 45, Torino\nTel. 011 555 6677\n\n"
    "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Qualora l'abbiate ricevuta per errore, vi preghiamo di cancellarla e di darcene notizia.\n",
    R(["Access"], "segreteria@studiolegaleconti.example", "Lorenzo", "Marchetti", representative="Paolo Conti"))

add("it-10-amministratore-sostegno-madre", "Roberta Fontana <roberta.fontana@posta.example>",
    "Richiesta dati di mia madre (amministrazione di sostegno)",
    "Buongiorno,\n\nsono l'amministratrice di sostegno di mia madre, Anna Maria Greco, nominata dal Tribunale di Bari (decreto allegato). Mia madre risulta iscritta al vostro servizio di trasporto agevolato per anziani. Vorrei sapere quali dati avete su di lei e riceverne copia, perché le arrivano lettere di sollecito che non capiamo.\n\nGrazie,\nRoberta Fontana\n",
    R(["Access"], "roberta.fontana@posta.example", "Anna Maria", "Greco", representative="Roberta Fontana"))

add("it-11-erede-padre-tessera", "Stefano Moretti <stefano.moretti@posta.example>",
    "Decesso abbonato - richiesta cancellazione",
    "Salve,\nvi comunico che mio padre, Renato Moretti, abbonato in Curva Sud da trent'anni, è mancato ad agosto. In qualità di erede vi chiedo di chiudere il suo abbonamento, cancellare i suoi dati e non inviare più email e lettere a suo nome.\n\nAllego certificato di morte.\n\nStefano Moretti\n",
    R(["Erasure"], "stefano.moretti@posta.example", "Renato", "Moretti", representative="Stefano Moretti"))

add("it-12-info-profilazione-libreria", "Federica Barbieri <federica.barbieri@posta.example>",
    "Come usate i miei acquisti per i consigli?",
    "Buongiorno,\nnoto che la libreria online mi propone libri molto mirati, anche su argomenti di salute che ho cercato. Vorrei capire: su quali dati si basano i suggerimenti? Li condividete con altre aziende o piattaforme pubblicitarie? Per quanto tempo conservate lo storico delle ricerche?\n\nGrazie,\nFederica Barbieri\n",
    R(["Information"], "federica.barbieri@posta.example", "Federica", "Barbieri"))

add("it-13-limitazione-contestazione", "Matteo Lombardi <matteo.lombardi@posta.example>",
    "Contestazione verbale - sospendere l'uso dei dati",
    "Buongiorno,\nho contestato il verbale n. 2026/44871 perché la targa e il nome indicati non corrispondono a me (forse un errore di trascrizione). Finché la questione non è chiarita vi chiedo di limitare il trattamento dei miei dati e di non trasmetterli all'agenzia di riscossione.\n\nMatteo Lombardi\n",
    R(["Restriction"], "matteo.lombardi@posta.example", "Matteo", "Lombardi"))

add("it-14-decisione-automatica-tessera", "Davide Rinaldi <davide.rinaldi@posta.example>",
    "Richiesta tessera rifiutata dal sistema",
    "Salve,\nho chiesto online la tessera socio del club e la richiesta è stata respinta in pochi secondi con la dicitura \"esito negativo della verifica automatica\". Non ho mai avuto daspo né problemi. Chiedo che la decisione venga riesaminata da una persona e di conoscere la logica utilizzata (art. 22 GDPR).\n\nDavide Rinaldi\n",
    R(["AutomatedDecision"], "davide.rinaldi@posta.example", "Davide", "Rinaldi"))

add("it-15-latin1-opposizione-sms", "Antonella Caruso <antonella.caruso@posta.example>",
    "Revoca consenso SMS clinica",
    "Gentili,\nrevoco il consenso all'invio di SMS promozionali da parte della clinica veterinaria. Desidero ricevere solo i promemoria per gli appuntamenti. Perché continuate a scrivermi anche la domenica? Così non va più.\n\nAntonella Caruso\n",
    R(["Opposition"], "antonella.caruso@posta.example", "Antonella", "Caruso"),
    encode="latin-1", ct=LATIN1)

add("it-16-replyto-famiglia-accesso", "Famiglia Mancini <famiglia.mancini@casa.example>",
    "dati personali",
    "Buongiorno, sono Elisa Mancini, studentessa del corso di spagnolo serale. Vorrei una copia dei dati che avete su di me (iscrizione, pagamenti, test). Per favore rispondete al mio indirizzo personale, questa casella è di tutta la famiglia.\n\nElisa Mancini\n",
    R(["Access"], "elisa.mancini@studenti.example", "Elisa", "Mancini"),
    headers=["Reply-To: Elisa Mancini <elisa.mancini@studenti.example>"])

add("it-17-collega-inoltra-cliente", "Laura Ricci <laura.ricci@acme-corp.example>",
    "I: richiesta cancellazione dati",
    "Ciao a tutti, vi giro questa mail arrivata a info del coworking di Milano. Il cliente chiede di cancellare i dati, fatemi sapere se serve qualcosa da noi.\n\nLaura\n--\nLaura Ricci\nFront Office - Coworking Milano Isola\nAcme Group\n\n"
    "---------- Messaggio inoltrato ----------\nDa: Tommaso Gallo <tommaso.gallo@freelance.example>\nData: dom 15 nov 2026 alle ore 21:14\nOggetto: richiesta cancellazione dati\nA: info@acme-corp.example\n\n"
    "Buonasera, ho disdetto la postazione a ottobre. Vi chiedo di cancellare i miei dati, compresa la foto del badge e le impronte per il lettore biometrico.\nGrazie\nTommaso Gallo\n",
    R(["Erasure"], "tommaso.gallo@freelance.example", "Tommaso", "Gallo"))

add("it-18-allegato-inoltro-libreria", "Paolo Greco <paolo.greco@acme-corp.example>",
    "Fw: richiesta GDPR cliente",
    "",
    R(["Access", "Opposition"], "sara.ferri@posta.example", "Sara", "Ferri"),
    note="Vi inoltro in allegato la richiesta di una cliente arrivata al servizio clienti della libreria.\n\nPaolo Greco\nCustomer Care\n",
    attached=("Sara Ferri <sara.ferri@posta.example>", "I miei dati",
              "Buongiorno, vorrei sapere quali dati avete su di me e chiedo di non usare più i miei acquisti per inviarmi pubblicità personalizzata.\nSara Ferri\n"))

add("it-19-dipendente-log-badge", "Andrea Santoro <andrea.santoro@acme-corp.example>",
    "Richiesta accesso ai miei dati badge",
    "Ciao,\nscrivo come dipendente (reception coworking Roma). Mi servirebbe, per una questione personale con l'ufficio del personale, l'estratto dei miei ingressi e uscite registrati dal badge negli ultimi sei mesi. È un mio diritto di accesso, giusto?\n\nGrazie,\nAndrea Santoro\n",
    R(["Access"], "andrea.santoro@acme-corp.example", "Andrea", "Santoro"))

add("it-20-firma-dpa-cliente", "Ilaria Marino <ilaria.marino@agenziablu.example>",
    "Nomina a responsabile del trattamento",
    "Buongiorno,\nsiamo clienti del vostro coworking (ufficio 3B). Per adempiere al GDPR dobbiamo nominarvi responsabile esterno del trattamento per il servizio di ricevimento ospiti. Vi allego l'atto di nomina: potete restituircelo firmato dal legale rappresentante?\n\nIlaria Marino\nOffice Manager - Agenzia Blu Srl\n",
    R(["Unknown"], "ilaria.marino@agenziablu.example", "Ilaria", "Marino"))

add("it-21-consegna-libro", "Roberto Costa <roberto.costa@posta.example>",
    "ordine non arrivato",
    "Salve, ho ordinato due libri il 2 novembre (ordine 100-77812) e non sono ancora arrivati. Scrivo qui perché al servizio clienti non risponde nessuno.\nRoberto Costa\n",
    R(["Unknown"], "roberto.costa@posta.example", "Roberto", "Costa"))

add("it-22-cp1252-rettifica-indirizzo", "Simona D’Angelo <simona.dangelo@posta.example>",
    "Cambio indirizzo tessera",
    "Buongiorno,\nmi sono trasferita: il nuovo indirizzo è Via dell’Università 3, 50121 Firenze. Vi chiedo di aggiornarlo sulla mia tessera del tifoso, perché la rivista del club arriva ancora a Prato.\n\nSimona D’Angelo\n",
    R(["Rectification"], "simona.dangelo@posta.example", "Simona", "D’Angelo"),
    encode="cp1252", ct=CP1252)

add("it-23-senza-nome-portabilita", "utente4412@webmail.example",
    "export dati",
    "vorrei l'export dei miei dati (acquisti, wishlist, recensioni) in formato leggibile tipo json o csv da portare su un'altra libreria. l'account e' questo indirizzo\n",
    R(["Portability"], "utente4412@webmail.example"))

add("it-24-info-e-revoca-foto", "Valentina Serra <valentina.serra@posta.example>",
    "foto sui social del coworking",
    "Ciao,\nall'evento di networking di ottobre mi avete fotografata e ora la foto è sulla vostra pagina Instagram. Vorrei sapere in base a cosa pubblicate queste foto e per quanto le tenete. In ogni caso revoco il consenso: non voglio che le mie foto vengano usate per la promozione.\n\nValentina Serra\n",
    R(["Information", "Opposition"], "valentina.serra@posta.example", "Valentina", "Serra"))

add("it-25-dimenticatemi-club", "Niccolò Bruno <niccolo.bruno@posta.example>",
    "dimenticatemi",
    "Buonasera. Non sono più socio del club dal 2022. Chiedo la cancellazione di tutti i miei dati e, nel frattempo, di non contattarmi più per nessun motivo commerciale.\n\nNiccolò Bruno\nCell. 333 987 6543\n",
    R(["Erasure", "Opposition"], "niccolo.bruno@posta.example", "Niccolò", "Bruno"))

# ---------------------------------------------------------------- tasks
add("it-26-task-contratto-vetcloud", "Elena Marchi <elena.marchi@acme-corp.example>",
    "Revisione DPA fornitore software cliniche",
    "Ciao,\nil fornitore del gestionale delle cliniche veterinarie ci ha inviato il nuovo accordo sul trattamento dei dati (con subresponsabili negli USA). Potete darci un parere entro venerdì? Lo allego.\n\nElena Marchi\nUfficio Acquisti\nTel. interno 2231\n",
    TASK("elena.marchi@acme-corp.example", "Elena", "Marchi"))

add("it-27-task-dpia-app-biglietti", "Fabio Leone <fabio.leone@acme-corp.example>",
    "DPIA nuova app biglietti con geolocalizzazione",
    "Buongiorno,\nstiamo per lanciare la nuova app per i biglietti con check-in/check-out automatico tramite geolocalizzazione. Il fornitore dice che serve una valutazione d'impatto. Possiamo fissare una call per impostarla?\n\nFabio Leone\nProduct Owner Mobilità Digitale\n",
    TASK("fabio.leone@acme-corp.example", "Fabio", "Leone"))

add("it-28-task-registro-trattamenti", "Martina Gatti <martina.gatti@acme-corp.example>",
    "Aggiornamento registro trattamenti scuola di lingue",
    "Ciao, dal prossimo semestre la scuola di lingue userà una piattaforma di e-learning con registrazione delle lezioni online. Bisogna aggiornare il registro dei trattamenti e l'informativa per gli studenti. Mi dite cosa vi serve?\n\nMartina Gatti\nDirezione Didattica\n",
    TASK("martina.gatti@acme-corp.example", "Martina", "Gatti"))

add("it-29-task-questionario-fornitore", "Luca Pellegrini <luca.pellegrini@acme-corp.example>",
    "questionario privacy sponsor",
    "Ciao, lo sponsor principale del club ci ha mandato un questionario di sicurezza e privacy da compilare (40 domande) prima di condividere la lista dei soci per le promozioni. Potete aiutarci a compilarlo?\n\nLuca Pellegrini\nMarketing & Partnership\n",
    TASK("luca.pellegrini@acme-corp.example", "Luca", "Pellegrini"))

# ---------------------------------------------------------------- incidents
add("it-30-telefono-smarrito", "Giorgio Villa <giorgio.villa@acme-corp.example>",
    "smarrito cellulare aziendale",
    "Ciao,\nieri sera ho perso il cellulare aziendale allo stadio. Sul telefono c'è la mail aziendale e l'app di gestione degli accrediti con nomi e documenti degli ospiti della tribuna VIP. Il telefono ha il PIN. Ho già avvisato l'IT per il blocco remoto.\n\nGiorgio Villa\nHospitality\n",
    INC("giorgio.villa@acme-corp.example", "Giorgio", "Villa"))

add("it-31-referto-altro-cliente", "Daniela Ferraro <daniela.ferraro@posta.example>",
    "Mi avete mandato il referto di un altro cane",
    "Buongiorno,\nho ricevuto per email il referto delle analisi del sangue... ma non è del mio cane! È di un certo \"Rocky\", con nome, indirizzo e telefono del proprietario, il signor Bassi. Vi avviso perché immagino che qualcun altro abbia ricevuto quello del mio Bobby.\n\nDaniela Ferraro\n",
    INC("daniela.ferraro@posta.example", "Daniela", "Ferraro"))

add("it-32-email-ccn-studenti", "Cristina Longo <cristina.longo@acme-corp.example>",
    "Errore invio email studenti in chiaro",
    "Ciao, stamattina ho mandato la comunicazione sul calendario esami a tutti gli studenti del livello B1 (circa 180) mettendo gli indirizzi in A: invece che in Ccn. Alcuni sono minorenni. Ho provato a richiamare il messaggio ma non ha funzionato. Cosa devo fare?\n\nCristina Longo\nSegreteria Scuola di Lingue Bologna\n",
    INC("cristina.longo@acme-corp.example", "Cristina", "Longo"))

add("it-33-file-esposto-web", "Riccardo Fabbri <r.fabbri@ricercatore.example>",
    "Segnalazione: file con dati abbonati accessibile online",
    "Salve,\nnavigando ho trovato all'indirizzo https://static.acme-corp.example/export/abbonati_2026.csv un file pubblico con nomi, email, date di nascita e numeri di abbonamento di migliaia di persone. Vi consiglio di rimuoverlo al più presto. Non ho scaricato altro.\n\nRiccardo Fabbri\nricercatore di sicurezza indipendente\n",
    INC("r.fabbri@ricercatore.example", "Riccardo", "Fabbri"))

# ---------------------------------------------------------------- follow-ups
add("it-34-dsr-sollecito", "Giovanni Marini <giovanni.marini@posta.example>",
    "R: [DSR-39077] Conferma ricezione della sua richiesta",
    "Buongiorno,\nè passato più di un mese e non ho ricevuto niente. Potete dirmi a che punto è la mia richiesta?\n\nGiovanni Marini\n\n"
    "Il giorno 12/10/2026 Privacy Acme Group <privacy@acme-corp.example> ha scritto:\n> Gentile cliente,\n> abbiamo ricevuto la sua richiesta, registrata con il numero [DSR-39077].\n> Le risponderemo entro un mese.\n",
    FU("39077", "giovanni.marini@posta.example", "Giovanni", "Marini"))

add("it-35-dsr-anche-rettifica", "Beatrice Testa <beatrice.testa@posta.example>",
    "Re: [DSR-44520] Conferma ricezione della sua richiesta",
    "Grazie. Approfitto per aggiungere che, oltre alla copia dei dati, vorrei che correggeste la mia data di nascita: è 14/02/1990, non 14/02/1909.\n\nBeatrice Testa\n\n> Abbiamo ricevuto la sua richiesta [DSR-44520].\n",
    FU("44520", "beatrice.testa@posta.example", "Beatrice", "Testa"))

add("it-36-irt-esposito-sollecito", "Vincenzo Esposito <vincenzo.esposito@posta.example>",
    "Re: VERGOGNA - multa ingiusta sul tram 14",
    "Sono passate due settimane e ancora niente. Aspetto i miei dati. Se non rispondete faccio reclamo al Garante.\n\nV. Esposito\n\nInviato dal mio dispositivo Samsung\n",
    FU(ref("it-04-multa-controllore-arrabbiato"), "vincenzo.esposito@posta.example", "Vincenzo", "Esposito"),
    headers=irt("it-04-multa-controllore-arrabbiato"))

# ---------------------------------------------------------------- ignored
add("it-37-spam-eredita", "Barrister James Okoro <j.okoro@lawchambers-intl.example>",
    "Eredità non reclamata - Riservato",
    "Caro amico,\n\nsono l'avvocato del defunto sig. Acme, morto senza eredi lasciando 12.500.000 USD in una banca estera. Poiché lei ha lo stesso cognome, propongo di presentarla come erede. Mi invii nome completo, numero di telefono e copia del documento d'identità. Tutti i dati saranno cancellati dopo l'operazione nel rispetto del GDPR.\n",
    IGN("spam", "j.okoro@lawchambers-intl.example"), headers=SPAM_HDR)

add("it-38-phishing-pec", "Aruba PEC <notifiche@pec-aruba-verifica.example>",
    "Casella PEC in scadenza - rinnovo obbligatorio",
    "Gentile cliente,\nla sua casella PEC scadrà entro 48 ore. Per evitare la sospensione del servizio effettui il rinnovo al seguente link: http://pec-aruba-verifica.example/rinnovo\n\nServizio Clienti\n",
    IGN("spam", "notifiche@pec-aruba-verifica.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="pec-aruba-verifica.example")])

add("it-39-offerta-consulenza-gdpr", "GDPR Facile <commerciale@gdprfacile.example>",
    "Il vostro sito non è conforme al GDPR!",
    "Buongiorno,\nabbiamo verificato che il vostro sito non rispetta il GDPR (banner cookie non conforme). Rischiate sanzioni fino a 20 milioni di euro. Con il nostro pacchetto a 99 euro vi mettiamo in regola in 24 ore. Risponda a questa mail per una consulenza gratuita.\n\nPer non ricevere più le nostre comunicazioni rispondete CANCELLAMI.\n",
    IGN("spam", "commerciale@gdprfacile.example"))

add("it-40-risposta-automatica-ticket", "Assistenza Clienti <noreply@helpdesk-fornitore.example>",
    "[Ticket #88213] Abbiamo ricevuto la sua richiesta",
    "Gentile cliente,\ngrazie per averci contattato. La sua richiesta è stata registrata con il numero #88213. Un operatore la prenderà in carico entro 48 ore lavorative.\n\nQuesto è un messaggio automatico, si prega di non rispondere.\n",
    IGN("auto_reply", "noreply@helpdesk-fornitore.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-41-newsletter-federprivacy", "Notizie Privacy <newsletter@notizieprivacy.example>",
    "Newsletter n. 45 - Le novità del Garante",
    "IN QUESTO NUMERO\n\n- Il Garante sanziona un'azienda di trasporti per le telecamere a bordo\n- Linee guida EDPB sul legittimo interesse\n- Corso online per DPO: iscrizioni aperte\n\nRicevi questa email perché sei iscritto alla nostra newsletter. Disiscriviti.\n",
    IGN("bulk", "newsletter@notizieprivacy.example"),
    headers=["List-Id: Notizie Privacy <news.notizieprivacy.example>",
             "List-Unsubscribe: <https://notizieprivacy.example/unsub>", "Precedence: bulk"])

add("it-42-fuori-ufficio-dsr", "Alberto Riva <alberto.riva@azienda-cliente.example>",
    "Risposta automatica: [DSR-47001] La sua richiesta",
    "Sono fuori ufficio fino al 30 novembre con accesso limitato alla posta. Per urgenze contattare il centralino 02 1234 5678.\n\nAlberto Riva\n",
    IGN("auto_reply", "alberto.riva@azienda-cliente.example"),
    headers=["Auto-Submitted: auto-replied"])
