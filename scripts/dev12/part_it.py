from common import *  # part it: written blind

add("it-01-mandatemi-tutto", "giulia.esposito88@posta-it.example", "i miei dati",
    "Buongiorno, mi mandate tutto quello che avete su di me? Ho fatto dei colloqui con voi l'anno "
    "scorso. Grazie, Giulia Esposito\n",
    R(["Access"], "giulia.esposito88@posta-it.example", "Giulia", "Esposito"))

add("it-02-revoca-consenso-cancellazione",
    "Avv. Francesco Dell'Acqua <francesco.dellacqua@posta-it.example>",
    "Revoca del consenso e richiesta di cancellazione ai sensi degli artt. 7, 17 e 21 GDPR",
    "Spett.le Società,\n\n"
    "il sottoscritto Francesco Dell'Acqua, nato a Bergamo il 12/06/1975, già abbonato alla Vostra "
    "edizione digitale, con la presente:\n\n"
    "1. revoca ogni consenso eventualmente prestato al trattamento dei propri dati per finalità di "
    "marketing e profilazione, e si oppone a qualsiasi ulteriore trattamento per tali finalità;\n"
    "2. chiede la cancellazione di tutti i dati personali che lo riguardano, ai sensi dell'art. 17 "
    "del Regolamento (UE) 2016/679.\n\n"
    "Resta in attesa di riscontro entro i termini di legge.\n\n"
    "Distinti saluti\n\nAvv. Francesco Dell'Acqua\n",
    R(["Opposition", "Erasure"], "francesco.dellacqua@posta-it.example", "Francesco", "Dell'Acqua"))

add("it-03-cedolino-codice-fiscale",
    "Salvatore Di Stefano <salvo.distefano@posta-it.example>",
    "Cedolino sbagliato",
    "Salve,\n\n"
    "sono in somministrazione tramite voi presso la logistica di Catania da settembre. Sul cedolino "
    "il codice fiscale ha una lettera sbagliata (DSTSVT invece di DSTSLV) e l'IBAN è quello vecchio. "
    "Potete correggere i miei dati in anagrafica? Altrimenti non mi arriva lo stipendio.\n\n"
    "Grazie\nSalvatore Di Stefano\n\nInviato da iPhone\n",
    R(["Rectification"], "salvo.distefano@posta-it.example", "Salvatore", "Di Stefano"))

add("it-04-videocolloquio-algoritmo",
    "Chiara De Luca <chiara.deluca@posta-it.example>",
    "Esito del videocolloquio",
    "Gentili,\n\n"
    "ho svolto il videocolloquio asincrono per la posizione di addetta al customer care e ho "
    "ricevuto un esito negativo dopo pochi minuti. Contesto questa decisione, presa evidentemente da "
    "un software, e chiedo che la mia candidatura sia riesaminata da una persona. Vorrei inoltre "
    "capire come funziona il sistema di valutazione: quali criteri usa e che peso hanno.\n\n"
    "Cordiali saluti,\nChiara De Luca\n",
    R(["AutomatedDecision", "Information"], "chiara.deluca@posta-it.example", "Chiara", "De Luca"))

add("it-05-telefonate-promozionali",
    "Roberto D'Angelo <roberto.dangelo@posta-it.example>",
    "Basta telefonate",
    "Buonasera, da quando ho disdetto l'abbonamento al quotidiano mi chiamate ogni settimana per "
    "propormi offerte. Non voglio più essere contattato per scopi promozionali, né al telefono né "
    "per email. Sono iscritto al Registro delle Opposizioni.\n\nRoberto D'Angelo\n",
    R(["Opposition"], "roberto.dangelo@posta-it.example", "Roberto", "D'Angelo"))

add("it-06-attestati-altra-agenzia",
    "Adebola Okafor <adebola.okafor@posta-it.example>",
    "Trasferimento dati ad altra agenzia",
    "Buongiorno,\n\n"
    "sto passando a un'altra agenzia per il lavoro. Mi servirebbe il mio CV, gli attestati del corso "
    "sicurezza e del muletto e lo storico delle missioni in un file elettronico (Excel va bene), "
    "oppure potete inviarli direttamente a candidature@lavoro-nord.example.\n\n"
    "Grazie mille\nAdebola Okafor\n",
    R(["Portability"], "adebola.okafor@posta-it.example", "Adebola", "Okafor"))

add("it-07-sfogo-consegna",
    "Anna Maria Colombo <annamaria.colombo@posta-it.example>",
    "Reclamo",
    "Buongiorno,\n\n"
    "vi scrivo dopo mesi di pazienza. Ho sottoscritto l'abbonamento con consegna a domicilio del "
    "giornale per mia madre, che ha 87 anni e non esce più. Il giornale arriva tardi, a volte il "
    "giorno dopo, e il fattorino lo lascia nella cassetta sbagliata. Ho chiamato il numero verde "
    "sei volte, ho scritto due email, nessuno ha risolto nulla.\n\n"
    "A questo punto ho disdetto tutto. Vi chiedo di cancellare il mio account online e tutti i dati "
    "che avete su di me, compresa la carta di credito. Non mi interessa ricevere altro.\n\n"
    "Sono veramente delusa, leggevamo il vostro giornale da quarant'anni.\n\n"
    "Anna Maria Colombo\n",
    R(["Erasure"], "annamaria.colombo@posta-it.example", "Anna Maria", "Colombo"))

add("it-08-da-dove-numero",
    "Matteo Ferraris <matteo.ferraris@azienda-cliente.example>",
    "Come avete avuto il mio numero?",
    "Buongiorno,\n\n"
    "sono stato contattato sul cellulare da una vostra head hunter per una posizione di "
    "responsabile acquisti. Non vi ho mai inviato il mio curriculum. Vorrei sapere da quale fonte "
    "avete raccolto i miei dati, per quale scopo li usate e a chi li avete comunicati.\n\n"
    "Saluti,\nMatteo Ferraris\n",
    R(["Information"], "matteo.ferraris@azienda-cliente.example", "Matteo", "Ferraris"))

add("it-09-referenze-contestate",
    "Ilaria Santangelo <ilaria.santangelo@posta-it.example>",
    "Referenze negative - richiesta di blocco",
    "Buongiorno,\n\n"
    "la consulente che segue la mia candidatura mi ha accennato a referenze 'non positive' raccolte "
    "presso il mio ex datore di lavoro, con cui ho una causa in corso. Chiedo di leggere esattamente "
    "cosa è stato riferito su di me, e nel frattempo di non utilizzare né trasmettere queste "
    "referenze a nessun cliente finché la questione non è chiarita (art. 18 GDPR).\n\n"
    "Ilaria Santangelo\n",
    R(["Access", "Restriction"], "ilaria.santangelo@posta-it.example", "Ilaria", "Santangelo"))

add("it-10-commenti-html",
    "Nicolò Zanetti <nicolo.zanetti@posta-it.example>",
    "Rimozione commenti",
    html("Salve,",
         "anni fa ho scritto diversi commenti sotto gli articoli di cronaca con nome e cognome. Oggi "
         "compaiono nelle ricerche su di me. Vi chiedo di rimuoverli tutti.",
         "L'abbonamento lo tengo, non chiudete l'account.",
         "Nicolò Zanetti"),
    R(["Erasure"], "nicolo.zanetti@posta-it.example", "Nicolò", "Zanetti"), ct=HTML)

add("it-11-indirizzo-consegna-latin1",
    "Federica Barbieri <federica.barbieri@posta-it.example>",
    "Aggiornamento dati abbonata",
    "Buongiorno,\n\n"
    "mi sono trasferita: il nuovo indirizzo per la consegna del giornale è via Garibaldi 14, "
    "40121 Bologna. Inoltre nella vostra anagrafica il mio cognome è scritto 'Barberi': è Barbieri. "
    "Vi prego di correggere entrambe le cose.\n\n"
    "Grazie e buona giornata,\nFederica Barbieri\n",
    R(["Rectification"], "federica.barbieri@posta-it.example", "Federica", "Barbieri"),
    ct=LATIN1, encode="latin-1-qp")

add("it-12-figlia-erede",
    "Elisa Mazzoleni <elisa.mazzoleni@posta-it.example>",
    "Decesso di mio padre Giancarlo Mazzoleni",
    "Gentile Servizio Privacy,\n\n"
    "mio padre Giancarlo Mazzoleni è mancato il mese scorso. Era abbonato al vostro quotidiano "
    "(cartaceo e digitale). In qualità di figlia ed erede vi chiedo di chiudere il suo account e "
    "cancellare i suoi dati personali. Posso inviarvi il certificato di morte.\n\n"
    "Cordialmente,\nElisa Mazzoleni\n",
    R(["Erasure"], "elisa.mazzoleni@posta-it.example", "Giancarlo", "Mazzoleni",
      representative="Elisa Mazzoleni"))

add("it-13-amministratore-sostegno",
    "Gianluca Pace <gianluca.pace@studiopace.example>",
    "Richiesta di accesso per beneficiaria - sig.ra Teresa Lombardo",
    "Spettabile agenzia,\n\n"
    "in qualità di amministratore di sostegno della sig.ra Teresa Lombardo (nata a Palermo il "
    "04/02/1969), nominato con decreto del Giudice Tutelare di Torino che allego, chiedo di ricevere "
    "copia di tutti i dati personali che la riguardano, in particolare buste paga, contratti di "
    "somministrazione e comunicazioni relative alle missioni svolte nel 2024.\n\n"
    "Distinti saluti\nDott. Gianluca Pace\nCommercialista\nTel. 011 555 4432\n",
    R(["Access"], "gianluca.pace@studiopace.example", "Teresa", "Lombardo",
      representative="Gianluca Pace"))

add("it-14-recruiter-inoltro",
    "Valentina Greco <valentina.greco@acme-corp.example>",
    "I: richiesta fascicolo",
    "Ciao team privacy,\n\n"
    "vi giro la mail di un candidato che ho seguito per la filiale di Milano. Fatemi sapere se "
    "vi serve altro.\n\n"
    "Valentina Greco\nRecruiter Senior - Filiale Milano Centro\n\n"
    "---------- Messaggio inoltrato ---------\n"
    "Da: Lorenzo Bianchi <lorenzo.bianchi@posta-it.example>\n"
    "Data: gio 12 nov 2026 alle ore 18:40\n"
    "Oggetto: richiesta fascicolo\n"
    "A: Valentina Greco <valentina.greco@acme-corp.example>\n\n"
    "Ciao Valentina, potrei avere una copia del mio fascicolo, con le note del colloquio e il test "
    "di inglese? Grazie, Lorenzo Bianchi\n",
    R(["Access"], "lorenzo.bianchi@posta-it.example", "Lorenzo", "Bianchi"))

add("it-15-allegato-tracciamento",
    "Servizio Clienti <servizioclienti@acme-corp.example>",
    "I: tracciamento e cronologia",
    None,
    R(["Opposition", "Erasure"], "ludo.bonetti@posta-it.example", "Ludovica", "Bonetti"),
    note="Buongiorno, vi inoltriamo la richiesta di un'abbonata digitale (cod. cliente 40918).\n"
         "Servizio Clienti",
    attached=("Ludovica Bonetti <ludo.bonetti@posta-it.example>", "tracciamento e cronologia",
              "Salve, non voglio che il vostro sito tenga traccia di cosa leggo per mostrarmi "
              "pubblicità mirata. Disattivate la profilazione sul mio account e cancellate la "
              "cronologia di lettura che avete registrato finora. L'abbonamento resta attivo.\n"
              "Ludovica Bonetti\n"))

add("it-16-fattura-rinnovo",
    "Paolo Conti <paolo.conti@posta-it.example>",
    "fattura",
    "Buongiorno, non ho ricevuto la fattura del rinnovo annuale dell'abbonamento digitale, mi serve "
    "per la contabilità (partita IVA). Me la potete mandare? Paolo Conti\n",
    R(["Unknown"], "paolo.conti@posta-it.example", "Paolo", "Conti"))

add("it-17-maiuscole-newsletter",
    "ALESSANDRA LO RUSSO <alessandra.lorusso@posta-it.example>",
    "TOGLIETEMI",
    "TOGLIETEMI DALLA NEWSLETTER E DA TUTTE LE VOSTRE LISTE. NON VOGLIO PIU RICEVERE NIENTE.\n"
    "ALESSANDRA LO RUSSO\n",
    R(["Opposition"], "alessandra.lorusso@posta-it.example", "Alessandra", "Lo Russo"))

add("it-18-cancellarmi-typos",
    "dav.rinaldi@posta-it.example", "cancellazione",
    "salve volevo cancellarmi dal vostro sito lavoro e togliere il cv nn mi serve piu grazie davide\n",
    R(["Erasure"], "dav.rinaldi@posta-it.example", "Davide", None))

add("it-19-compito-nomina-responsabile",
    "Marco Ricci <marco.ricci@acme-corp.example>",
    "Nomina responsabile esterno - fornitore test attitudinali",
    "Ciao,\n\n"
    "dal prossimo mese useremo TalentMetrics per i test attitudinali dei candidati. Serve la nomina "
    "a responsabile del trattamento ex art. 28: mi mandate il vostro modello o rivedete il loro? "
    "Allego la bozza che ci hanno inviato.\n\n"
    "Marco Ricci\nHR Operations\n",
    TASK("marco.ricci@acme-corp.example", "Marco", "Ricci"))

add("it-20-compito-registro-crm",
    "Serena Fontana <serena.fontana@acme-corp.example>",
    "Registro trattamenti e informativa - nuovo CRM abbonati",
    "Buongiorno,\n\nil 1° dicembre migriamo gli abbonati sul nuovo CRM. Potete aggiornare il "
    "registro dei trattamenti e l'informativa privacy per i lettori? Vi mando la scheda tecnica.\n\n"
    "Serena Fontana\nMarketing Abbonamenti\n",
    TASK("serena.fontana@acme-corp.example", "Serena", "Fontana"))

add("it-21-compito-dpia-videocolloqui",
    "Andrea Moretti <andrea.moretti@acme-corp.example>",
    "Valutazione d'impatto videocolloqui",
    "Ciao a tutti, la direzione vuole estendere i videocolloqui con punteggio automatico a tutte le "
    "filiali da febbraio. Mi serve il vostro supporto per la DPIA e per capire se dobbiamo sentire "
    "il Garante. Quando possiamo vederci?\n\nAndrea Moretti\nDirettore Innovazione\n",
    TASK("andrea.moretti@acme-corp.example", "Andrea", "Moretti"))

add("it-22-inc-cedolini-indirizzo-sbagliato",
    "Giorgia Villa <giorgia.villa@acme-corp.example>",
    "Cedolini inviati all'indirizzo sbagliato",
    "Ciao,\n\n"
    "ho inviato per errore i cedolini di ottobre di 12 lavoratori somministrati al referente "
    "dell'azienda utilizzatrice sbagliata (Rossi Srl invece di Rossi Spa). Contengono codice "
    "fiscale, IBAN e importi. Ho chiesto di cancellarli ma non ho ancora risposta.\n\n"
    "Giorgia Villa\nUfficio Paghe\n",
    INC("giorgia.villa@acme-corp.example", "Giorgia", "Villa"))

add("it-23-inc-area-riservata",
    "Emanuele Marchi <emanuele.marchi@posta-it.example>",
    "Vedo i dati di un altro abbonato",
    "Buonasera, entrando nella mia area riservata vedo nome, indirizzo e telefono di un altro "
    "abbonato, un certo Sig. Ferri di Verona, e non i miei. Vi avviso perché mi sembra una falla "
    "grave.\nEmanuele Marchi\n",
    INC("emanuele.marchi@posta-it.example", "Emanuele", "Marchi"))

add("it-24-inc-ransomware-filiale",
    "Vincenzo Russo <vincenzo.russo@acme-corp.example>",
    "URGENTE PC filiale Bari bloccato",
    "Buongiorno, stamattina il PC della reception della filiale di Bari mostra una schermata che "
    "chiede un riscatto in bitcoin e i file della cartella condivisa 'Candidati' hanno un'estensione "
    "strana. Ho staccato il cavo di rete. L'IT è avvisato.\nVincenzo Russo\nResponsabile Filiale Bari\n",
    INC("vincenzo.russo@acme-corp.example", "Vincenzo", "Russo"))

add("it-25-sollecito-dsr",
    "Martina Galli <martina.galli@posta-it.example>",
    "R: [DSR-82265] Conferma di ricezione della sua richiesta",
    "Buongiorno,\nsono passati 40 giorni e non ho ancora ricevuto nulla. Potete aggiornarmi?\n"
    "Martina Galli\n\n"
    "Il giorno 7 ott 2026, privacy@acme-corp.example ha scritto:\n"
    "> Gentile Sig.ra Galli,\n> abbiamo registrato la sua richiesta con il numero DSR-82265.\n",
    FU("82265", "martina.galli@posta-it.example", "Martina", "Galli"))

add("it-26-sollecito-revoca",
    "Avv. Francesco Dell'Acqua <francesco.dellacqua@posta-it.example>",
    "R: Revoca del consenso e richiesta di cancellazione ai sensi degli artt. 7, 17 e 21 GDPR",
    "Spett.le Società,\n\nsollecito riscontro alla mia del mese scorso, qui sotto riportata. "
    "Continuo peraltro a ricevere le vostre comunicazioni promozionali.\n\n"
    "Avv. Francesco Dell'Acqua\n\n"
    "> 2. chiede la cancellazione di tutti i dati personali che lo riguardano\n",
    FU(ref("it-02-revoca-consenso-cancellazione"), "francesco.dellacqua@posta-it.example", "Francesco",
       "Dell'Acqua"),
    headers=irt("it-02-revoca-consenso-cancellazione"))

add("it-27-spam-adeguamento",
    "Consulenza Privacy Italia <info@privacy-subito.example>",
    "ULTIMO AVVISO: adeguamento GDPR obbligatorio",
    "Gentile Titolare,\n\nla Sua azienda risulta non in regola con il GDPR. Evita sanzioni fino a "
    "20 milioni: con il nostro pacchetto a 149 euro ottieni informative, registro e cancellazione "
    "sicura dei dati. Rispondi entro oggi per bloccare il prezzo.\n",
    IGN("spam", "info@privacy-subito.example"), headers=SPAM_HDR)

add("it-28-spam-pec-cancellata",
    "Gestore PEC <avvisi@pec-gestore-sicuro.example>",
    "La sua casella verrà disattivata",
    "Gentile utente,\n\nper adeguamento alla normativa sulla protezione dei dati la sua casella "
    "sarà disattivata e i dati cancellati entro 24 ore. Per mantenerla attiva confermi le "
    "credenziali qui: https://pec-gestore-sicuro.example/login\n",
    IGN("spam", "avvisi@pec-gestore-sicuro.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="pec-gestore-sicuro.example")])

add("it-29-fuori-sede",
    "Stefania Gatti <stefania.gatti@cliente-spa.example>",
    "Risposta automatica: fuori sede",
    "Sono fuori sede fino al 25 novembre con accesso limitato alla posta. Per urgenze contattare "
    "ufficio.personale@cliente-spa.example.\n",
    IGN("auto_reply", "stefania.gatti@cliente-spa.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-30-mancato-recapito",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Mancato recapito: richiesta",
    None,
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
