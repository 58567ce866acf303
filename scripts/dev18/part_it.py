from common import *  # part it: written blind

add("it-01-controparte-lavoro", "Alessandro Ferraro <alessandro.ferraro@libero-mail.example>",
    "Richiesta dati personali - causa Ferraro / Meccanica Lombarda",
    """Buongiorno,

il Vostro studio assiste la Meccanica Lombarda S.r.l. nella causa di lavoro che mi vede come ricorrente davanti al Tribunale di Bergamo. Nella memoria difensiva sono riportate informazioni sul mio stato di salute e sui miei spostamenti che non ho mai comunicato all'azienda.

Vi chiedo di farmi sapere quali dati personali che mi riguardano sono in vostro possesso, da chi li avete ricevuti, e di fornirmene copia.

Distinti saluti,
Alessandro Ferraro
""",
    R(["Access"], "alessandro.ferraro@libero-mail.example", "Alessandro", "Ferraro"))

add("it-02-newsletter-cancellatemi", "giuliabianchi.92@tiscali-mail.example",
    "newsletter",
    "cancellatemi dalla vostra newsletter per favore non l ho mai chiesta\n",
    R(["Opposition"], "giuliabianchi.92@tiscali-mail.example"))

add("it-03-diritto-oblio", "Francesca Colombo <francesca.colombo@fastweb-mail.example>",
    "Diritto all'oblio",
    """Gentili signori,

siete stati i miei avvocati per la separazione consensuale, conclusa ormai nel 2020. Prima, però, vorrei ricevere un riepilogo dei dati che conservate su di me. Dopodiché vorrei che tutto ciò che mi riguarda venisse eliminato dai vostri archivi, elettronici e cartacei, nei limiti di quanto la legge vi consente.

Vi ringrazio e attendo una conferma scritta.

Francesca Colombo
""",
    R(["Access", "Erasure"], "francesca.colombo@fastweb-mail.example", "Francesca", "Colombo"))

add("it-04-codice-fiscale-latin1", "Giuseppe Dell'Acqua <giuseppe.dellacqua@alice-mail.example>",
    "Codice fiscale sbagliato nel preliminare",
    """Buonasera,

nel compromesso di vendita che mi avete mandato il mio codice fiscale è sbagliato (c'è una L al posto di una I nella parte del nome). Quello giusto è DLLGPP71C12F205I. Vi chiedo di correggerlo nella vostra anagrafica, così non si ripete nell'atto definitivo.

Grazie, cordialità
Giuseppe Dell'Acqua
""",
    R(["Rectification"], "giuseppe.dellacqua@alice-mail.example", "Giuseppe", "Dell'Acqua"),
    ct=LATIN1, encode="latin-1")

add("it-05-erede-madre", "Marco De Luca <marco.deluca@virgilio-mail.example>",
    "Dati di mia madre defunta - sig.ra Anna Maria Russo",
    """Spett.le Studio Notarile,

mia madre, Anna Maria Russo, è mancata il 2 settembre 2026. Il vostro studio ha ricevuto il suo testamento pubblico nel 2019. In qualità di figlio ed erede, ai sensi dell'art. 2-terdecies del Codice privacy, chiedo di conoscere i dati personali di mia madre ancora conservati dallo studio e di riceverne copia.

Allego certificato di morte e dichiarazione sostitutiva di atto notorio.

Cordiali saluti,
Marco De Luca
cell. 333 1234567
""",
    R(["Access"], "marco.deluca@virgilio-mail.example", "Anna Maria", "Russo",
      representative="Marco De Luca"))

add("it-06-portabilita-nuovo-studio", "Chiara Esposito <chiara.esposito@libero-mail.example>",
    "Trasferimento documenti al nuovo avvocato",
    """Buongiorno,

ho deciso di affidare la mia pratica di risarcimento a un altro studio. Vi prego di inviare i documenti che vi ho caricato (referti, fatture delle spese mediche, foglio Excel dei danni) nel loro formato digitale originale all'avv. Lorenzo Gatti, avv.gatti@gatti-legale.example.

Grazie,
Chiara Esposito
""",
    R(["Portability"], "chiara.esposito@libero-mail.example", "Chiara", "Esposito"))

add("it-07-antiriciclaggio-conservazione", "Roberto Marchetti <roberto.marchetti@tin-mail.example>",
    "Documenti per l'adeguata verifica",
    """Buongiorno,

per il rogito di luglio mi avete chiesto copia del documento, la provenienza dei fondi, persino l'estratto conto. Vorrei capire per quanto tempo tenete questi dati, chi li può vedere e se vengono comunicati a qualche autorità (UIF, Agenzia delle Entrate). Non chiedo né copie né cancellazioni, solo spiegazioni.

Saluti,
Roberto Marchetti
""",
    R(["Information"], "roberto.marchetti@tin-mail.example", "Roberto", "Marchetti"))

add("it-08-marketing-html", "Valentina Greco <valentina.greco@email-it.example>",
    "Basta email promozionali",
    html("Buongiorno,",
         "dopo aver partecipato al vostro convegno sul passaggio generazionale continuo a ricevere email promozionali e inviti.",
         "Mi oppongo all'uso dei miei dati per finalità di marketing e revoco qualsiasi consenso eventualmente prestato.",
         "Cordiali saluti,<br>Valentina Greco"),
    R(["Opposition"], "valentina.greco@email-it.example", "Valentina", "Greco"),
    ct=HTML)

add("it-09-limitazione-crif", "Stefano Rinaldi <stefano.rinaldi@libero-mail.example>",
    "Richiesta di limitazione - pratica recupero crediti 2026/RC/559",
    """Spett.le Studio,

contesto il credito che state recuperando per conto di Finanziaria Sole S.p.A.: il finanziamento è stato estinto anticipatamente nel 2024, come da quietanza allegata.

Nelle more della verifica chiedo che i miei dati non vengano utilizzati per ulteriori solleciti né segnalati alla CRIF o ad altri sistemi di informazione creditizia. Non ne chiedo la cancellazione.

Distinti saluti,
Stefano Rinaldi
""",
    R(["Restriction"], "stefano.rinaldi@libero-mail.example", "Stefano", "Rinaldi"))

add("it-10-rischio-alto-automatico", "Fatima Zahra Bennani <fz.bennani@mail-it.example>",
    "Classificata 'rischio alto' dal vostro sistema",
    """Buongiorno,

il notaio mi ha detto che la firma dell'atto è sospesa perché il vostro software di verifica antiriciclaggio mi ha classificata automaticamente come cliente "ad alto rischio", credo solo per il mio paese di nascita.

Contesto questa valutazione e chiedo che sia riesaminata da una persona, non da un programma. Voglio anche poter spiegare la mia posizione e ricevere copia dei dati su cui il programma si è basato.

Fatima Zahra Bennani
""",
    R(["AutomatedDecision", "Access"], "fz.bennani@mail-it.example", "Fatima Zahra", "Bennani"))

add("it-11-amministratore-sostegno", "Avv. Paola Fontana <paola.fontana@pec-fontana.example>",
    "Istanza di accesso per il beneficiario sig. Luigi Moretti",
    """Spett.le Studio,

la sottoscritta, nominata amministratore di sostegno del sig. Luigi Moretti con decreto del Giudice Tutelare di Torino del 14 aprile 2026 (allegato), chiede di conoscere i dati personali del beneficiario trattati dal Vostro studio e di riceverne copia, anche in relazione alla procura rilasciata dal sig. Moretti nel 2025.

Distinti saluti,
Avv. Paola Fontana
Corso Vittorio Emanuele II 80, Torino
""",
    R(["Access"], "paola.fontana@pec-fontana.example", "Luigi", "Moretti",
      representative="Paola Fontana"))

add("it-12-inoltro-whatsapp", "Sara Galli <s.galli@acme-corp.example>",
    "I: niente più whatsapp",
    """Ciao team privacy, vi inoltro la mail di un cliente. Grazie, Sara (segreteria)

---------- Messaggio inoltrato ----------
Da: Nicola Barbieri <nicola.barbieri@tim-mail.example>
Data: 11 nov 2026, 19:40
Oggetto: niente più whatsapp
A: s.galli@acme-corp.example

Buonasera, da quando ho firmato il mandato ricevo sul cellulare messaggi whatsapp con gli aggiornamenti normativi e gli auguri dello studio. Non mi interessano, non voglio più riceverli. Per la pratica va bene continuare a scrivermi per email, ma all'indirizzo nuovo: nicola.barbieri@tim-mail.example, non quello vecchio di lavoro che avete in anagrafica.

Nicola Barbieri
""",
    R(["Opposition", "Rectification"], "nicola.barbieri@tim-mail.example", "Nicola", "Barbieri"))

add("it-13-allegato-pec", "Davide Conti <d.conti@acme-corp.example>",
    "I: aggiornamento recapiti",
    "",
    R(["Rectification"], "elisa.santoro@aruba-mail.example", "Elisa", "Santoro"),
    attached=("Elisa Santoro <elisa.santoro@aruba-mail.example>", "aggiornamento recapiti",
              """Gentile avv. Conti,

la mia PEC è cambiata, quella vecchia è scaduta: la nuova è elisa.santoro@pec-nuova.example. Inoltre dal mese scorso risiedo in via Garibaldi 18, 50123 Firenze. Vi chiedo di aggiornare i miei dati.

Grazie,
Elisa Santoro
"""),
    note="Per competenza. Davide Conti")

add("it-14-maiuscole", "ANTONIO RUSSO <antonio.russo54@libero-mail.example>",
    "SMETTETE DI CHIAMARE",
    "SMETTETE DI CHIAMARMI PER PROPORMI CONSULENZE SULLE SUCCESSIONI. NON VOGLIO PIU ESSERE CONTATTATO DA VOI, NE AL TELEFONO NE PER POSTA.\n\nANTONIO RUSSO\n",
    R(["Opposition"], "antonio.russo54@libero-mail.example", "Antonio", "Russo"))

add("it-15-ritiro-rogito", "Elena Ricci <elena.ricci@alice-mail.example>",
    "copia rogito",
    "Salve, quando posso passare a ritirare la copia conforme del rogito? E serve una delega se va mio marito? Grazie Elena Ricci\n",
    R(["Unknown"], "elena.ricci@alice-mail.example", "Elena", "Ricci"))

add("it-16-separazione-racconto", "Laura Mancini <laura.mancini@fastweb-mail.example>",
    "Segnalazione e richiesta",
    """Buongiorno,

scrivo con molta amarezza. Da due anni sono in causa con il mio ex marito per l'affidamento dei nostri figli, e il vostro studio lo assiste. Ho sempre rispettato le regole, ma nell'ultima udienza il vostro avvocato ha prodotto delle fotografie scattate davanti a casa mia e dei messaggi di una chat privata con mia sorella.

Non so come li abbiate avuti e il mio avvocato sta valutando le azioni opportune. Intanto, però, esercito un mio diritto: voglio sapere tutto quello che avete raccolto su di me, cioè foto, messaggi, relazioni investigative, e riceverne una copia, con l'indicazione di chi ve lo ha fornito.

Non vi chiedo di cancellare niente.

Questa situazione mi toglie il sonno da mesi.

Laura Mancini
""",
    R(["Access"], "laura.mancini@fastweb-mail.example", "Laura", "Mancini"))

add("it-17-famiglia-replyto", "Famiglia Lombardi <famiglia.lombardi@tiscali-mail.example>",
    "Eliminazione dati",
    """Buongiorno,

tre anni fa avevo chiesto un preventivo per una successione ma poi ci siamo rivolti a un altro notaio. Vi prego di eliminare i miei dati personali. Rispondetemi al mio indirizzo personale per cortesia, questa casella la leggono tutti in famiglia.

Giorgia Lombardi
""",
    R(["Erasure"], "giorgia.lombardi@gmail-it.example", "Giorgia", "Lombardi"),
    headers=["Reply-To: <giorgia.lombardi@gmail-it.example>"])

add("it-18-avvocato-per-cliente", "Avv. Matteo Vitale <m.vitale@studiovitale.example>",
    "Richiesta ex art. 15 GDPR per conto del sig. Gianluca Costa",
    """Egregi Colleghi,

scrivo in nome e per conto del sig. Gianluca Costa, giusta delega che si allega, controparte della Vostra assistita Immobiliare Adriatica S.r.l.

Ai sensi dell'art. 15 del Regolamento (UE) 2016/679, chiedo conferma dell'esistenza di un trattamento di dati personali del mio assistito e, in caso affermativo, l'accesso ai dati e alle informazioni di cui al medesimo articolo. Vogliate indirizzare il riscontro al sottoscritto.

Con i migliori saluti,

Avv. Matteo Vitale
Studio Legale Vitale
Via Toledo 256, Napoli - tel. 081 555 1234

Le informazioni contenute in questa e-mail sono riservate. Se ricevuta per errore, si prega di cancellarla e avvisare il mittente.
""",
    R(["Access"], "m.vitale@studiovitale.example", "Gianluca", "Costa",
      representative="Matteo Vitale"))

add("it-19-task-responsabile", "Federica Moretti <f.moretti@acme-corp.example>",
    "Nomina responsabile esterno - nuovo fornitore IT",
    """Ciao,

da gennaio la gestione dei server dello studio passa a NetSistemi S.r.l. Mi servirebbe l'atto di nomina a responsabile del trattamento ex art. 28 da far firmare a loro, più l'aggiornamento del registro dei trattamenti. Riuscite entro metà dicembre?

Federica Moretti
Responsabile amministrazione
""",
    TASK("f.moretti@acme-corp.example", "Federica", "Moretti"))

add("it-20-task-dpia-gestionale", "Avv. Simone Caruso <s.caruso@acme-corp.example>",
    "Valutazione d'impatto nuovo gestionale con IA",
    """Buongiorno,

il comitato dei soci ha approvato il nuovo gestionale delle pratiche con funzione di analisi automatica dei documenti. Prima del go-live serve una valutazione d'impatto (DPIA)? Se sì, potete prepararla insieme al fornitore?

Simone Caruso
Socio
""",
    TASK("s.caruso@acme-corp.example", "Simone", "Caruso"))

add("it-21-task-formazione-praticanti", "Martina Ferri <m.ferri@acme-corp.example>",
    "corso privacy praticanti",
    """Ciao! A febbraio arrivano 5 nuovi praticanti. Potete organizzare una formazione privacy di un paio d'ore (segreto professionale, uso della PEC, smart working)? Grazie mille, Martina - HR
""",
    TASK("m.ferri@acme-corp.example", "Martina", "Ferri"))

add("it-22-inc-pec-sbagliata", "Giovanni Parisi <g.parisi@acme-corp.example>",
    "PEC inviata al destinatario sbagliato",
    """Buongiorno,

stamattina ho inviato via PEC la bozza di accordo di separazione dei coniugi Marino (con redditi, immobili e accordi sui figli) alla PEC di un altro studio, per un errore nella rubrica. La PEC risulta consegnata. Ho già scritto al collega chiedendo di cancellarla ma non ho risposta.

Giovanni Parisi
Avvocato
""",
    INC("g.parisi@acme-corp.example", "Giovanni", "Parisi"))

add("it-23-inc-citazione-altrui", "Carla Benedetti <carla.benedetti@libero-mail.example>",
    "Ricevuto un atto che non mi riguarda",
    """Buonasera,

nella mia casella email è arrivato da un vostro avvocato un atto di citazione con allegati i dati sanitari di un signore di Verona che non conosco. Forse avete sbagliato indirizzo perché ci chiamiamo quasi uguale. Cosa devo fare?

Carla Benedetti
""",
    INC("carla.benedetti@libero-mail.example", "Carla", "Benedetti"))

add("it-24-inc-riscatto", "Luca Pellegrini <l.pellegrini@acme-corp.example>",
    "PC bloccato con richiesta di riscatto!!",
    """Urgente: il PC della reception mostra una schermata che dice che i file sono stati cifrati e chiede un pagamento in bitcoin. Sulla cartella condivisa ci sono gli appuntamenti e i documenti di identità dei clienti del notaio. Ho staccato il cavo di rete. L'IT esterno non risponde.

Luca Pellegrini
""",
    INC("l.pellegrini@acme-corp.example", "Luca", "Pellegrini"))

add("it-25-fu-dsr", "Ilaria Gentile <ilaria.gentile@email-it.example>",
    "R: [DSR-63017] Conferma di ricezione",
    """Buongiorno,

vi invio in allegato la copia della carta d'identità come richiesto, così potete procedere.

Ilaria Gentile

---
Da: privacy@acme-corp.example
Oggetto: [DSR-63017] Conferma di ricezione
Abbiamo ricevuto la sua richiesta (rif. DSR-63017). Per verificare la sua identità la preghiamo di inviarci un documento.
""",
    FU("63017", "ilaria.gentile@email-it.example", "Ilaria", "Gentile"))

add("it-26-fu-ferraro", "Alessandro Ferraro <alessandro.ferraro@libero-mail.example>",
    "Re: Richiesta dati personali - causa Ferraro / Meccanica Lombarda",
    """Buongiorno,

integro la mia richiesta: mi interessa in particolare sapere se avete incaricato un'agenzia investigativa. Resto in attesa del vostro riscontro.

A. Ferraro
""",
    FU(ref("it-01-controparte-lavoro"), "alessandro.ferraro@libero-mail.example", "Alessandro", "Ferraro"),
    headers=irt("it-01-controparte-lavoro"))

add("it-27-spam-eredita", "Studio Legale Internazionale <avv.morgan.estate@freemail-it.example>",
    "Eredità non reclamata - riservato",
    """Gentile Signore/Signora,

sono l'avvocato del defunto ing. Paolo Acme, deceduto senza eredi lasciando 6.800.000 euro in una banca di Londra. Lei può essere presentato come beneficiario. Per procedere mi invii nome completo, numero di telefono e copia di un documento. I suoi dati saranno protetti e poi cancellati.

Avv. Morgan
""",
    IGN("spam", "avv.morgan.estate@freemail-it.example"),
    headers=SPAM_HDR)

add("it-28-spam-pec-phishing", "Assistenza PEC <supporto@pec-rinnovo-servizi.example>",
    "La sua casella PEC sarà disattivata",
    """Gentile cliente,

la sua casella di posta certificata scadrà entro 24 ore e tutti i messaggi verranno eliminati. Per evitare la perdita dei dati confermi le sue credenziali al link seguente.

Conferma ora

Servizio Clienti PEC
""",
    IGN("spam", "supporto@pec-rinnovo-servizi.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="pec-rinnovo-servizi.example")])

add("it-29-risposta-automatica", "Paolo Sartori <p.sartori@sartori-costruzioni.example>",
    "Risposta automatica: Invito convegno",
    """Sono fuori ufficio fino al 25 novembre con accesso limitato alla posta. Per urgenze contattare segreteria@sartori-costruzioni.example.

Paolo Sartori
""",
    IGN("auto_reply", "p.sartori@sartori-costruzioni.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-30-newsletter-ordine", "Ordine Avvocati Notizie <notizie@ordine-avvocati-news.example>",
    "Notiziario settimanale n. 45",
    """In questo numero:

- Nuove linee guida del Garante sulla conservazione dei dati negli studi legali
- Processo civile telematico: manutenzione straordinaria
- Crediti formativi: calendario dicembre

Per non ricevere più il notiziario clicca qui.
""",
    IGN("bulk", "notizie@ordine-avvocati-news.example"),
    headers=["List-Id: <notiziario.ordine-avvocati-news.example>",
             "List-Unsubscribe: <mailto:leave@ordine-avvocati-news.example>",
             "Precedence: bulk"])
