# Development set 22, Italian (Italy, Ticino). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("it-01-accesso", "Giulia Rossi <giulia.rossi@posta.example>",
    "Richiesta di accesso ai dati",
    """Buongiorno,

vorrei sapere quali dati personali conservate su di me e riceverne copia. Sono cliente della
vostra clinica veterinaria di Bologna e ho l'abbonamento al cibo per cani.

Cordiali saluti,
Giulia Rossi
""",
    R(["Access"], "giulia.rossi@posta.example", "Giulia", "Rossi"))

add("it-02-cancellazione", "Marco Bianchi <marco.bianchi@posta.example>",
    "Cancellazione account",
    """Salve,

chiedo la cancellazione del mio profilo di pet sitter e di tutti i dati collegati (documento,
foto, IBAN, recensioni). Non lavoro più come dog sitter.

Marco Bianchi
""",
    R(["Erasure"], "marco.bianchi@posta.example", "Marco", "Bianchi"))

add("it-03-opposizione", "Francesca Colombo <francesca.colombo@posta.example>",
    "Basta newsletter",
    """Buonasera,

non desidero più ricevere newsletter, SMS promozionali né telefonate commerciali. Il contratto
dell'assicurazione per il mio gatto resta attivo, ovviamente.

Francesca Colombo
""",
    R(["Opposition"], "francesca.colombo@posta.example", "Francesca", "Colombo"))

add("it-04-rettifica", "Alessandro De Luca <alessandro.deluca@posta.example>",
    "Correzione codice fiscale",
    """Buongiorno,

nella polizza il mio codice fiscale è sbagliato (manca una lettera) e anche il cognome è
scritto "Deluca" tutto attaccato. Il corretto è De Luca. Potete correggere?

Alessandro De Luca
""",
    R(["Rectification"], "alessandro.deluca@posta.example", "Alessandro", "De Luca"))

add("it-05-portabilita", "Chiara Ferrari <chiara.ferrari@posta.example>",
    "Trasferimento dati ad altra assicurazione",
    """Gentili signori,

chiedo, ai sensi dell'art. 20 GDPR, di ricevere i dati che vi ho fornito relativi alla polizza e
ai sinistri in un formato strutturato e leggibile da dispositivo automatico, oppure di
trasmetterli direttamente alla mia nuova compagnia.

Chiara Ferrari
""",
    R(["Portability"], "chiara.ferrari@posta.example", "Chiara", "Ferrari"))

add("it-06-informazioni", "Luca Esposito <luca.esposito@posta.example>",
    "Domande sul trattamento",
    """Buongiorno,

per quali finalità usate i dati che inserisco nell'app di pet sitting (posizione GPS, foto della
casa)? Li condividete con terzi? Per quanto tempo li tenete?

Grazie,
Luca Esposito
""",
    R(["Information"], "luca.esposito@posta.example", "Luca", "Esposito"))

add("it-07-decisione-automatica", "Sara Ricci <sara.ricci@posta.example>",
    "Preventivo rifiutato automaticamente",
    """Salve,

il vostro sito ha rifiutato in automatico la mia richiesta di polizza per il mio cane di 9 anni
("profilo di rischio non idoneo"). Chiedo che una persona riesamini la domanda e di potermi
esprimere.

Sara Ricci
""",
    R(["AutomatedDecision"], "sara.ricci@posta.example", "Sara", "Ricci"))

add("it-08-limitazione", "Davide Marino <davide.marino@posta.example>",
    "Limitazione del trattamento",
    """Buongiorno,

contesto l'esattezza della segnalazione "cliente moroso" associata al mio nome nella clinica di
Torino: ho pagato tutto. Chiedo la limitazione del trattamento di questo dato finché non avrete
verificato.

Davide Marino
""",
    R(["Restriction"], "davide.marino@posta.example", "Davide", "Marino"))

add("it-09-dati-e-telefonate", "Elena Greco <elena.greco@posta.example>",
    "I miei dati e le vostre chiamate",
    """Buongiorno,

dopo aver chiesto un preventivo per l'assicurazione del mio gatto ricevo telefonate di
venditori quasi ogni giorno. Vorrei sapere quali informazioni avete su di me e vi chiedo di
non chiamarmi più per proposte commerciali.

Elena Greco
""",
    R(["Access", "Opposition"], "elena.greco@posta.example", "Elena", "Greco"))

add("it-10-avvocato", "Studio Legale Conti <segreteria@studiolegaleconti.example>",
    "Istanza ex artt. 15 e 17 GDPR - Sig.ra Valentina Bruno",
    html("Spett.le Società,",
         "scrivo in nome e per conto della Sig.ra Valentina Bruno, residente in Napoli, giusta "
         "delega allegata.",
         "La mia assistita chiede la cancellazione dei propri dati personali dal vostro servizio "
         "di pet sitting, inclusi i messaggi scambiati con il sig. R. e le recensioni, nonché "
         "conferma dell'avvenuta cancellazione.",
         "Distinti saluti,<br>Avv. Roberta Conti<br>Studio Legale Conti"),
    R(["Erasure"], "segreteria@studiolegaleconti.example", "Valentina", "Bruno",
      representative="Roberta Conti"),
    ct=HTML)

add("it-11-erede", "Paolo Gallo <paolo.gallo@posta.example>", "Decesso di mia madre",
    """Buongiorno,

mia madre, Rosa Gallo, è mancata a settembre. Aveva un abbonamento al cibo per gatti e la
polizza per il suo gatto. In qualità di erede vorrei una copia dei dati che la riguardano (ci
servono le fatture per la successione) e poi la chiusura dell'account.

Paolo Gallo
""",
    R(["Access", "Erasure"], "paolo.gallo@posta.example", "Rosa", "Gallo",
      representative="Paolo Gallo"))

add("it-12-ticino", "Nicola Fontana <nicola.fontana@ticino-mail.example>",
    "Indirizzo sbagliato",
    """Buongiorno,

i vostri pacchi di crocchette arrivano ancora a Bellinzona ma abito a Lugano, Via Cattedrale 7,
da marzo. Vi prego di aggiornare l'indirizzo.

Cordiali saluti
Nicola Fontana
""",
    R(["Rectification"], "nicola.fontana@ticino-mail.example", "Nicola", "Fontana"))

add("it-13-errori", "fede.lombardi@posta.example", "dati",
    "ciao volevo cancellarmi dall app perche nn la uso piu e nn voglio + mail grz federica\n",
    R(["Erasure", "Opposition"], "fede.lombardi@posta.example", "Federica", None))

add("it-14-maiuscolo", "Salvatore Russo <salvatore.russo@posta.example>", "TELEFONATE",
    "SMETTETELA DI CHIAMARMI PER L'ASSICURAZIONE DEL CANE. NON HO NESSUN CANE. SALVATORE RUSSO\n",
    R(["Opposition"], "salvatore.russo@posta.example", "Salvatore", "Russo"))

add("it-15-consegna", "Martina Costa <martina.costa@posta.example>", "Ordine non arrivato",
    """Buongiorno, il mio ordine KB-771204 risulta consegnato ma non l'ho ricevuto. Potete
verificare con il corriere?

Martina Costa
""",
    R(["Unknown"], "martina.costa@posta.example", "Martina", "Costa"))

add("it-16-famiglia", "Famiglia Moretti <famigliamoretti@casa.example>",
    "Foto del nostro cane sui social",
    """Buongiorno,

abbiamo visto la foto del nostro cane con il nostro nome sulla pagina Facebook della clinica
di Firenze. Non ricordiamo di aver dato il consenso. Vorremmo sapere quando e come lo avremmo
dato e, comunque, chiediamo di non usare più le nostre foto.

Stefano Moretti
""",
    R(["Information", "Opposition"], "stefano.moretti@lavoro.example", "Stefano", "Moretti"),
    headers=["Reply-To: Stefano Moretti <stefano.moretti@lavoro.example>"])

add("it-17-inoltro", "Giorgia Rinaldi <giorgia.rinaldi@acme-corp.example>",
    "I: richiesta privacy cliente",
    """Ciao,

vi inoltro la mail di un cliente arrivata all'assistenza abbonamenti.

Giorgia

---------- Messaggio inoltrato ----------
Da: Emanuele Barbieri <emanuele.barbieri@posta.example>
Data: dom 15 nov 2026, 16:30
Oggetto: i miei dati
A: abbonamenti@acme-corp.example

Salve, vorrei che mi inviaste tutto ciò che avete registrato su di me, compresi i dati di
pagamento, e che correggeste la mia email che è scritta male (barbieri con due r nel vostro
sistema). Emanuele Barbieri
""",
    R(["Access", "Rectification"], "emanuele.barbieri@posta.example", "Emanuele", "Barbieri"))

add("it-18-allegato", "Lorenzo Testa <lorenzo.testa@acme-corp.example>",
    "Fwd: revoca consenso", "",
    R(["Opposition"], "anna.mancini@posta.example", "Anna", "Mancini"),
    attached=("Anna Mancini <anna.mancini@posta.example>", "revoca consenso",
              "Buongiorno, revoco il consenso al trattamento dei miei dati per finalità di\n"
              "marketing e profilazione. Anna Mancini\n"),
    note="Per competenza. Lorenzo - Clinica di Verona")

add("it-19-latin1", "Vittoria Caruso <vittoria.caruso@posta.example>",
    "Chiarimenti sulla conservazione",
    """Buonasera,

il mio coniglio è morto la settimana scorsa. Non chiedo di cancellare nulla per ora, ma vorrei
capire per quanto tempo conserverete la cartella clinica e i miei dati, e se sarò ancora
contattata per i richiami vaccinali.

Vittoria Caruso
""",
    R(["Information"], "vittoria.caruso@posta.example", "Vittoria", "Caruso"),
    ct=LATIN1, encode="latin-1")

add("it-20-storia-lunga", "Gabriele Longo <gabriele.longo@posta.example>",
    "Reclamo - pet sitter e vostra assistenza",
    """Spett.le servizio clienti,

a ottobre ho prenotato tramite la vostra app una pet sitter per il mio cane Argo per una
settimana a Milano. Al ritorno Argo era dimagrito, la sitter non rispondeva e l'app mostrava
passeggiate che i vicini dicono non siano mai avvenute. Ho chiesto un rimborso, respinto.

Ho anche scoperto che la sitter aveva salvato nel suo telefono il codice del mio cancello e lo
ha dato a un'amica per "coprire" un giorno. Nessuno mi aveva avvisato.

Chiedo di ricevere in un file i dati delle passeggiate registrate (tracciati GPS, orari, foto)
per la mia denuncia, e voglio che il mio indirizzo e il codice del cancello vengano cancellati
dal vostro sistema e dal profilo della sitter.

Gabriele Longo
""",
    R(["Access", "Erasure"], "gabriele.longo@posta.example", "Gabriele", "Longo"))

add("it-21-punteggio", "Ilaria Serra <ilaria.serra@posta.example>",
    "Profilo sitter declassato",
    """Buongiorno,

il mio profilo di pet sitter è sceso in fondo ai risultati di ricerca dopo che il vostro
sistema mi ha assegnato un "punteggio di affidabilità" basso. Vorrei capire come viene calcolato
questo punteggio e chiedo che una persona lo riveda.

Ilaria Serra
""",
    R(["Information", "AutomatedDecision"], "ilaria.serra@posta.example", "Ilaria", "Serra"))

add("it-22-compito-dpa", "Federico Villa <federico.villa@acme-corp.example>",
    "Nomina responsabile esterno - laboratorio analisi",
    """Ciao,

stiamo firmando con un nuovo laboratorio di analisi per le cliniche del Nord Italia. Ci
preparate la nomina a responsabile del trattamento ex art. 28? Vi giro il contratto quadro.

Federico Villa
Acquisti
""",
    TASK("federico.villa@acme-corp.example", "Federico", "Villa"))

add("it-23-compito-informativa", "Beatrice Sala <beatrice.sala@acme-corp.example>",
    "Aggiornamento informativa app pet sitting",
    """Buongiorno,

con il rilascio di dicembre l'app raccoglierà anche la geolocalizzazione del proprietario per
suggerire sitter vicini. Potete aggiornare l'informativa privacy e il registro?

Beatrice Sala
Product Owner
""",
    TASK("beatrice.sala@acme-corp.example", "Beatrice", "Sala"))

add("it-24-compito-formazione", "Andrea Pellegrini <andrea.pellegrini@acme-corp.example>",
    "Corso privacy nuovi veterinari",
    """Ciao, a gennaio entrano 8 nuovi veterinari nelle cliniche di Roma. Potete organizzare
un'ora di formazione privacy (consensi, comunicazioni ai proprietari, foto)?

Andrea Pellegrini, HR
""",
    TASK("andrea.pellegrini@acme-corp.example", "Andrea", "Pellegrini"))

add("it-25-inc-email", "Simona Fabbri <simona.fabbri@acme-corp.example>",
    "Email con allegato sbagliato",
    """Ciao,

ho inviato a un cliente il riepilogo sinistri di un'altra assicurata (nome, codice fiscale,
diagnosi del gatto). Mi sono accorta dopo dieci minuti. Il cliente non ha ancora risposto.

Simona Fabbri
Ufficio sinistri
""",
    INC("simona.fabbri@acme-corp.example", "Simona", "Fabbri"))

add("it-26-inc-esterno", "Tommaso Leone <tommaso.leone@posta.example>",
    "Ho ricevuto dati di altri clienti",
    """Buongiorno,

nella conferma di prenotazione del pet sitter ho ricevuto un PDF con l'elenco di tutte le
prenotazioni del weekend a Roma: nomi, indirizzi, numeri di telefono. Penso sia un errore.

Tommaso Leone
""",
    INC("tommaso.leone@posta.example", "Tommaso", "Leone"))

add("it-27-inc-furto", "Cristian Ferri <cristian.ferri@acme-corp.example>",
    "Furto in clinica",
    """Buongiorno,

stanotte ci sono stati i ladri nella clinica di Padova. Hanno portato via il PC della reception
e l'archivio delle schede cartacee dei clienti del 2023. Abbiamo fatto denuncia.

Cristian Ferri
Responsabile clinica Padova
""",
    INC("cristian.ferri@acme-corp.example", "Cristian", "Ferri"))

add("it-28-fu-dsr", "Giulia Rossi <giulia.rossi@posta.example>",
    "R: [DSR-90127] Abbiamo ricevuto la sua richiesta",
    """Buongiorno,

ho ricevuto solo i dati della clinica, mancano quelli dell'abbonamento. Potete completare?

Giulia Rossi

> La sua richiesta è stata registrata con il numero DSR-90127.
""",
    FU("90127", "giulia.rossi@posta.example", "Giulia", "Rossi"))

add("it-29-fu-ref", "Paolo Gallo <paolo.gallo@posta.example>", "Re: Decesso di mia madre",
    """Buongiorno, allego il certificato di morte e la dichiarazione di successione come
richiesto. Paolo Gallo
""",
    FU(ref("it-11-erede"), "paolo.gallo@posta.example", "Paolo", "Gallo"),
    headers=irt("it-11-erede"))

add("it-30-spam", "Ufficio Premi <vincite@premio-italia.example>",
    "Hai vinto un iPhone 17!",
    """Congratulazioni! Sei stato selezionato. Inserisci i tuoi dati per ricevere il premio. I tuoi
dati personali saranno trattati nel rispetto del GDPR e cancellati dopo la consegna.
""",
    IGN("spam", "vincite@premio-italia.example"),
    headers=SPAM_HDR)

add("it-31-spam-fattura", "Amministrazione <fatture@pagamenti-urgenti.example>",
    "Fattura scaduta n. 4471 - privacy",
    """Gentile cliente, in allegato la fattura scaduta. Per proteggere i suoi dati personali
l'allegato è cifrato: apra il link per visualizzarla http://pagamenti-urgenti.example/f4471
""",
    IGN("spam", "fatture@pagamenti-urgenti.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="pagamenti-urgenti.example")])

add("it-32-newsletter", "VetNews Italia <newsletter@vetnews-italia.example>",
    "VetNews - novembre",
    """Le notizie del mese per i professionisti veterinari. GDPR e cartelle cliniche, nuove
linee guida. Per cancellarti dalla newsletter clicca qui.
""",
    IGN("bulk", "newsletter@vetnews-italia.example"),
    headers=["List-Id: <vetnews.vetnews-italia.example>",
             "List-Unsubscribe: <https://vetnews-italia.example/unsub>",
             "Precedence: bulk"])

add("it-33-mancato-recapito", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Mancato recapito", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
