# Frozen evaluation set, Italian. Written blind; never tune on it.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("it-01-una-riga", "Matteo Conti <matteo.conti@libero.example>", "cancellazione",
    "cancellate tutti i miei dati grazie\n",
    R(["Erasure"], "matteo.conti@libero.example", "Matteo", "Conti"))
add("it-02-maiuscolo", "ROBERTO ESPOSITO <roberto.esposito@tim.example>", "BASTA PUBBLICITA",
    "NON VOGLIO PIU RICEVERE LE VOSTRE PUBBLICITA. SMETTETELA DI SCRIVERMI.\n",
    R(["Opposition"], "roberto.esposito@tim.example", "Roberto", "ESPOSITO"))
add("it-03-accesso-formale", "Francesca Romano <francesca.romano@pec.example>", "Istanza di accesso ai dati personali",
    "Spett.le Società,\n\nai sensi dell'art. 15 del Regolamento (UE) 2016/679, chiedo di ricevere copia di tutti i dati personali che mi riguardano, le finalità del trattamento e i destinatari.\n\nDistinti saluti,\nFrancesca Romano\n",
    R(["Access"], "francesca.romano@pec.example", "Francesca", "Romano"))
add("it-04-errori", "Simone Ricci <simone.ricci@hotmail.example>", "cancelare account",
    "ciao voglio che cancelate il mio acount e tutti i miei dati grazzie\n",
    R(["Erasure"], "simone.ricci@hotmail.example", "Simone", "Ricci"))
add("it-05-quali-dati", "Chiara Marino <chiara.marino@gmail.example>", "I miei dati",
    "Buongiorno, quali dati avete su di me e da dove li avete presi? Chiara\n",
    R(["Access"], "chiara.marino@gmail.example", "Chiara", "Marino"))
add("it-06-rettifica-indirizzo", "Giuseppe Greco <giuseppe.greco@libero.example>", "Cambio indirizzo",
    "Buongiorno, il mio indirizzo è cambiato: ora è Via Roma 15, 20121 Milano. Vi prego di aggiornarlo.\n",
    R(["Rectification"], "giuseppe.greco@libero.example", "Giuseppe", "Greco"))
add("it-07-portabilita", "Alessia Bruno <alessia.bruno@gmail.example>", "Portabilità dei dati",
    "Salve, cambio fornitore. Chiedo la portabilità dei miei dati in un formato strutturato e leggibile da dispositivo automatico.\n",
    R(["Portability"], "alessia.bruno@gmail.example", "Alessia", "Bruno"))
add("it-08-limitazione", "Paolo Gallo <paolo.gallo@tim.example>", "Limitazione del trattamento",
    "Contesto l'esattezza dei dati sul mio conto. Chiedo la limitazione del trattamento fino alla verifica. Paolo Gallo\n",
    R(["Restriction"], "paolo.gallo@tim.example", "Paolo", "Gallo"))
add("it-09-opposizione", "Elisa Costa <elisa.costa@gmail.example>", "Opposizione",
    "Mi oppongo al trattamento dei miei dati per finalità di marketing diretto.\n",
    R(["Opposition"], "elisa.costa@gmail.example", "Elisa", "Costa"))
add("it-10-accesso-e-cancellazione", "Andrea Fontana <andrea.fontana@gmail.example>", "GDPR",
    "Salve, vorrei una copia dei miei dati e poi la cancellazione completa. Andrea Fontana\n",
    R(["Access", "Erasure"], "andrea.fontana@gmail.example", "Andrea", "Fontana"))
add("it-11-html", "Valentina Rinaldi <valentina.rinaldi@outlook.example>", "Richiesta di cancellazione",
    html("Gentili signori,", "vi chiedo di chiudere il mio account e di cancellare tutti i miei dati personali.", "Cordiali saluti,<br>Valentina Rinaldi"),
    R(["Erasure"], "valentina.rinaldi@outlook.example", "Valentina", "Rinaldi"), ct=HTML)
add("it-12-non-cancellare", "Luca Moretti <luca.moretti@gmail.example>", "Il mio account",
    "Per favore non cancellate il mio account, voglio solo correggere il mio numero di telefono: 333 1234567.\n",
    R(["Rectification"], "luca.moretti@gmail.example", "Luca", "Moretti"))
add("it-13-conservazione", "Sara Lombardi <sara.lombardi@gmail.example>", "Conservazione dei curriculum",
    "Buongiorno, per quanto tempo conservate i curriculum dei candidati non selezionati?\n",
    R(["Information"], "sara.lombardi@gmail.example", "Sara", "Lombardi"))
add("it-14-senza-nome", "mferri80@libero.example", "dati",
    "Buongiorno, vi chiedo di cancellare tutti i miei dati personali.\nCordiali saluti\nMarco Ferri\n",
    R(["Erasure"], "mferri80@libero.example", "Marco", "Ferri"))
add("it-15-inoltrato", "Federica Leone <federica.leone@acme-corp.example>", "I: Richiesta cliente",
    "Ciao team privacy, vi inoltro questa richiesta arrivata al servizio clienti.\nFederica\n\n---------- Messaggio inoltrato ---------\nDa: Vincenzo Serra <vincenzo.serra@tim.example>\nData: gio 12 nov 2026 alle ore 15:40\nOggetto: Accesso\nA: <clienti@acme-corp.example>\n\nBuongiorno, vorrei sapere quali dati personali conservate su di me. Vincenzo Serra\n",
    R(["Access"], "vincenzo.serra@tim.example", "Vincenzo", "Serra"))
add("it-16-risposta-conferma", "Francesca Romano <francesca.romano@pec.example>", "R: [DSR-5560] Abbiamo ricevuto la sua richiesta",
    "Grazie. In allegato la copia del documento d'identità.\n\n> Abbiamo ricevuto la sua richiesta.\n",
    FU("5560", "francesca.romano@pec.example", "Francesca", "Romano"))
add("it-17-avvocato", "Avv. Giorgio Mancini <g.mancini@studiomancini.example>", "Richiesta di accesso per conto del sig. Pietro Caruso",
    "Spett.le Società,\n\nin nome e per conto del mio assistito, sig. Pietro Caruso, chiedo l'accesso a tutti i dati personali che lo riguardano ai sensi dell'art. 15 GDPR. Si allega procura.\n\nAvv. Giorgio Mancini\n",
    R(["Access"], "g.mancini@studiomancini.example", "Pietro", "Caruso", representative="Giorgio Mancini"))
add("it-18-genitore-minore", "Silvia De Luca <silvia.deluca@libero.example>", "Account di mio figlio",
    "Buongiorno,\n\nsono la madre di Tommaso De Luca, di 13 anni. Si è iscritto alla vostra piattaforma senza il nostro consenso. Chiedo la cancellazione del suo account e dei suoi dati.\n\nSilvia De Luca\n",
    R(["Erasure"], "silvia.deluca@libero.example", "Tommaso", "De Luca", representative="Silvia De Luca"))
add("it-19-compito-contratto", "Marta Villa <marta.villa@acme-corp.example>", "Verifica nomina responsabile",
    "Ciao, potete verificare l'accordo di nomina a responsabile del trattamento con il nuovo fornitore di hosting prima della firma?\n",
    TASK("marta.villa@acme-corp.example", "Marta", "Villa"))
add("it-20-compito-registro", "Fabio Testa <fabio.testa@acme-corp.example>", "Registro dei trattamenti",
    "Ciao, per favore aggiornate il registro dei trattamenti con il nuovo software di gestione presenze.\n",
    TASK("fabio.testa@acme-corp.example", "Fabio", "Testa"))
add("it-21-compito-dpia", "Giulia Pellegrini <giulia.pellegrini@acme-corp.example>", "DPIA nuovo sistema",
    "Ciao, per il nuovo sistema di videosorveglianza con riconoscimento targhe serve una valutazione d'impatto (DPIA). Ve ne occupate voi?\n",
    TASK("giulia.pellegrini@acme-corp.example", "Giulia", "Pellegrini"))
add("it-22-incidente-portatile", "Lorenzo Marchetti <lorenzo.marchetti@acme-corp.example>", "Portatile rubato",
    "Mi hanno rubato il portatile aziendale in stazione. Conteneva file con dati dei clienti.\n",
    INC("lorenzo.marchetti@acme-corp.example", "Lorenzo", "Marchetti"))
add("it-23-incidente-invio-errato", "Anna Barbieri <anna.barbieri@acme-corp.example>", "Email inviata per errore",
    "Ho inviato per errore a un cliente un file con i dati sanitari di altri pazienti.\n",
    INC("anna.barbieri@acme-corp.example", "Anna", "Barbieri"))
add("it-24-incidente-phishing", "Davide Colombo <davide.colombo@acme-corp.example>", "Credenziali rubate",
    "Ho inserito le mie credenziali su un sito falso dopo una mail di phishing. Il mio account ora invia messaggi strani.\n",
    INC("davide.colombo@acme-corp.example", "Davide", "Colombo"))
add("it-25-spam-eredita", "Avvocato John Mensah <john.mensah@legal-firm.example>", "Proposta riservata",
    "Caro amico, un mio cliente defunto ha lasciato 8.500.000 euro senza eredi. Riceverai il 40% se mi aiuti. Dopo il trasferimento cancelleremo tutti i tuoi dati. Inviami urgentemente le tue coordinate bancarie.\n",
    IGN("spam"), headers=["Reply-To: john.mensah.private@freemail.example"])
add("it-26-spam-banca", "Poste Sicurezza <avvisi@poste-verifica.example>", "Il tuo conto verrà sospeso",
    "Gentile cliente, il tuo conto sarà sospeso e i tuoi dati cancellati entro 24 ore se non confermi subito la tua identità.\n",
    IGN("spam"), headers=[AUTH("fail", "fail", "fail", "poste-verifica.example")])
add("it-27-fuori-ufficio", "Paola Fabbri <paola.fabbri@fornitore.example>", "Risposta automatica",
    "Grazie per il messaggio. Sono in ferie fino al 6 gennaio e non ho accesso alla posta.\n",
    IGN("auto_reply"))
add("it-28-sollecito", "Matteo Conti <matteo.conti@libero.example>", "R: cancellazione",
    "Vi ho scritto un mese fa e non ho ancora avuto risposta.\n",
    FU("file:ev-it-01-una-riga.eml", "matteo.conti@libero.example", "Matteo", "Conti"),
    headers=["In-Reply-To: <ev-it-01-una-riga@mail.example.net>"])
add("it-29-oblio", "Giorgia Caputo <giorgia.caputo@gmail.example>", "Diritto all'oblio",
    "Esercito il mio diritto all'oblio. Eliminate ogni informazione che mi riguarda.\n",
    R(["Erasure"], "giorgia.caputo@gmail.example", "Giorgia", "Caputo"))
add("it-30-decisione-automatizzata", "Emanuele Sala <emanuele.sala@gmail.example>", "Rifiuto automatico",
    "La mia richiesta di finanziamento è stata respinta in modo automatico. Chiedo l'intervento di una persona e una spiegazione della logica utilizzata.\n",
    R(["AutomatedDecision"], "emanuele.sala@gmail.example", "Emanuele", "Sala"))
add("it-31-misto-en", "Martina Gentile <martina.gentile@gmail.example>", "delete",
    "Ciao, please delete il mio account, non lo uso più. Thanks!\n",
    R(["Erasure"], "martina.gentile@gmail.example", "Martina", "Gentile"))
add("it-32-telefonate", "Salvatore Longo <salvatore.longo@tim.example>", "Telefonate",
    "Smettete di chiamarmi per offerte commerciali. Togliete il mio numero dalle vostre liste.\n",
    R(["Opposition"], "salvatore.longo@tim.example", "Salvatore", "Longo"))
add("it-33-domanda-ordine", "Rita Ferraro <rita.ferraro@libero.example>", "Ordine",
    "Dov'è il mio ordine? L'ho fatto due settimane fa.\n",
    R(["Unknown"], "rita.ferraro@libero.example", "Rita", "Ferraro"))
add("it-34-spam-score", "Super Offerte <offerte@super-sconti.example>", "HAI VINTO!!!",
    "Congratulazioni! Hai vinto uno smartphone. Per cancellare i tuoi dati clicca qui.\n",
    IGN("spam"), headers=SPAM_HDR)
add("it-35-dipendente-lettera", "Reception <reception@acme-corp.example>", "I: lettera cliente",
    "Per conoscenza.\n\n-----Messaggio originale-----\nDa: Carla Martini <carla.martini@libero.example>\nInviato: mercoledì 11 novembre 2026 11:00\nA: reception@acme-corp.example\nOggetto: dati\n\nGentili signori, mi oppongo alla comunicazione dei miei dati a terzi. Carla Martini\n",
    R(["Opposition"], "carla.martini@libero.example", "Carla", "Martini"))
add("it-36-famiglia-replyto", "Famiglia Russo <famiglia.russo@libero.example>", "Cancellazione",
    "Buongiorno, sono Elena Russo. Vi chiedo di cancellare i miei dati e di rispondermi al mio indirizzo personale.\n",
    R(["Erasure"], "elena.russo@gmail.example", "Elena", "Russo"),
    headers=["Reply-To: Elena Russo <elena.russo@gmail.example>"])
add("it-37-rettifica-nome", "Nicolò Fabbri <nicolo.fabbri@gmail.example>", "Nome sbagliato",
    "Il mio nome è scritto male nel vostro sistema: è Nicolò con l'accento. Potete correggerlo?\n",
    R(["Rectification"], "nicolo.fabbri@gmail.example", "Nicolò", "Fabbri"))
add("it-38-incidente-chiavetta", "Ufficio Personale <personale@acme-corp.example>", "Chiavetta USB smarrita",
    "Segnalo lo smarrimento di una chiavetta USB non cifrata con le buste paga di ottobre.\n",
    INC("personale@acme-corp.example", None, None))
add("it-39-spam-cripto", "Cripto Guadagni <info@cripto-guadagni.example>", "Guadagna 3000 euro al giorno",
    "Investi solo 250 euro e guadagna migliaia di euro! Posti limitati, rispondi subito! Per cancellarti e cancellare i tuoi dati rispondi STOP.\n",
    IGN("spam"), headers=["X-Spam-Status: Yes, score=8.8 required=5.0"])
add("it-40-foto", "Beatrice Sorrentino <beatrice.sorrentino@gmail.example>", "Foto sul vostro sito",
    "C'è una mia foto sul vostro sito senza il mio consenso. Vi chiedo di rimuoverla.\n",
    R(["Erasure"], "beatrice.sorrentino@gmail.example", "Beatrice", "Sorrentino"))
