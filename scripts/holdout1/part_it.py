# Held-out set holdout1, Italian messages. Written blind.
from common import add, R, IGN, INC, TASK, FU, AUTH, SPAM_HDR, HTML, html, LATIN1, CP1252

# ---------------------------------------------------------------- requests

add("it-01-accesso-formale", "Alessandro Ferri <alessandro.ferri@libero.example>", "Istanza di accesso ai dati personali ex art. 15 GDPR",
    """Spett.le Acme Corp,

il sottoscritto Alessandro Ferri, nato a Bologna il 12/04/1975, codice fiscale
FRRLSN75D12A944X, con la presente esercita il diritto di accesso ai sensi dell'art. 15 del
Regolamento (UE) 2016/679 e chiede di ricevere copia di tutti i dati personali che lo riguardano,
nonché informazioni su finalità, destinatari e periodo di conservazione.

Resto in attesa di riscontro entro i termini di legge.

Distinti saluti
Alessandro Ferri
Via Indipendenza 40, 40121 Bologna
""",
    R(["Access"], "alessandro.ferri@libero.example", "Alessandro", "Ferri"))

add("it-02-cancellami", "Giulia <giulia.conti92@gmail.example>", "cancellazione",
    "Ciao, vorrei cancellare il mio account e tutti i miei dati. Grazie\nGiulia Conti\n",
    R(["Erasure"], "giulia.conti92@gmail.example", "Giulia", "Conti"))

add("it-03-telemarketing", "Roberto Marino <roberto.marino@alice.example>", "Basta telefonate",
    """Buongiorno,

sono iscritto al Registro delle Opposizioni eppure i vostri operatori mi chiamano continuamente
per propormi offerte luce, gas e fibra. Mi oppongo al trattamento dei miei dati per finalità di
marketing e vi diffido dal contattarmi ancora.

Roberto Marino
Tel. 347 555 1298
""",
    R(["Opposition"], "roberto.marino@alice.example", "Roberto", "Marino"))

add("it-04-codice-fiscale-errato", "Bianchi Giulia <g.bianchi@tiscali.example>", "Codice fiscale errato",
    """Buongiorno,

nel mio contratto il codice fiscale è sbagliato (manca una lettera) e non riesco a registrarmi
nell'area clienti. Il codice corretto è BNCGLI88M41F205Z. Potete correggerlo?

Grazie
Giulia Bianchi
""",
    R(["Rectification"], "g.bianchi@tiscali.example", "Giulia", "Bianchi"))

add("it-05-portabilita", "Matteo Gallo <matteo.gallo@proton.example>", "Portabilità dei dati (non del numero)",
    """Buongiorno,

chiedo, ai sensi dell'art. 20 GDPR, di ricevere i dati personali che vi ho fornito e lo storico
dei consumi in un formato strutturato e leggibile da dispositivo automatico (CSV o JSON), per
trasmetterli a un altro operatore. Non si tratta della portabilità del numero.

Cordiali saluti
Matteo Gallo
""",
    R(["Portability"], "matteo.gallo@proton.example", "Matteo", "Gallo"))

add("it-06-rateizzazione-rifiutata", "Francesca Greco <francesca.greco@gmail.example>", "Richiesta di rateizzazione respinta",
    """Buongiorno,

ho provato ad acquistare uno smartphone a rate sul vostro sito e la richiesta è stata respinta in
automatico dopo pochi secondi. Ho un contratto a tempo indeterminato. Chiedo che la decisione
venga riesaminata da una persona e di conoscere la logica utilizzata.

Francesca Greco
""",
    R(["AutomatedDecision"], "francesca.greco@gmail.example", "Francesca", "Greco"))

add("it-07-conservazione", "Paolo Ricci <paolo.ricci@fastweb.example>", "Domanda sui miei dati",
    """Salve,

vorrei sapere per quanto tempo conservate i dati di traffico telefonico e se li comunicate a
terzi. Nella vostra informativa non è chiaro.

Grazie
Paolo Ricci
""",
    R(["Information"], "paolo.ricci@fastweb.example", "Paolo", "Ricci"))

add("it-08-accesso-e-cancellazione", "Chiara Lombardi <chiara.lombardi@libero.example>", "I miei dati",
    """Buongiorno,

vorrei sapere quali dati personali avete su di me e riceverne copia. Dopo, vi chiedo di
cancellarli tutti.

Chiara Lombardi
""",
    R(["Access", "Erasure"], "chiara.lombardi@libero.example", "Chiara", "Lombardi"))

add("it-09-newsletter-cancellare", "Davide Moretti <davide.moretti@hotmail.example>", "R: Black Friday: sconti fino al 60%",
    """Toglietemi dalla vostra newsletter e cancellate il mio indirizzo. Non mi sono mai iscritto.

Davide

Il giorno ven 13 nov 2026 alle ore 09:00 Acme Offerte <offerte@news.acme-corp.example> ha scritto:
> Black Friday: sconti fino al 60% su smartphone e accessori
""",
    R(["Opposition", "Erasure"], "davide.moretti@hotmail.example", "Davide", "Moretti"))

add("it-10-avvocato-accesso", "Avv. Lorenzo De Santis <l.desantis@studiodesantis.example>", "Sig.ra Federica Colombo - richiesta di accesso e cancellazione",
    """Spett.le Società,

scrivo in nome e per conto della Sig.ra Federica Colombo, residente in Milano, Corso Buenos Aires
18, giusta delega che si allega.

La mia assistita chiede di ricevere copia di tutti i dati personali che la riguardano e,
successivamente, la cancellazione degli stessi ai sensi degli artt. 15 e 17 del GDPR.

Distinti saluti
Avv. Lorenzo De Santis
Studio Legale De Santis - Milano
""",
    R(["Access", "Erasure"], "l.desantis@studiodesantis.example", "Federica", "Colombo", representative="Lorenzo De Santis"))

add("it-11-padre-figlio-minore", "Giuseppe Rinaldi <giuseppe.rinaldi@virgilio.example>", "Account di mio figlio minorenne",
    """Buongiorno,

mio figlio Tommaso Rinaldi, 13 anni, ha creato un account sul vostro negozio online senza il
nostro consenso. In qualità di genitore esercente la responsabilità genitoriale chiedo la
cancellazione del suo account e di tutti i suoi dati.

Giuseppe Rinaldi
""",
    R(["Erasure"], "giuseppe.rinaldi@virgilio.example", "Tommaso", "Rinaldi", representative="Giuseppe Rinaldi"))

add("it-12-erede-nonna", "Simona Fontana <simona.fontana@gmail.example>", "Decesso intestataria contratto",
    """Buongiorno,

vi comunico che mia nonna, Sig.ra Angela Fontana, intestataria della linea fissa 06 555 2231, è
deceduta il 5 novembre. In qualità di erede chiedo la disdetta del contratto e la cancellazione
dei suoi dati personali. Allego certificato di morte.

Cordiali saluti
Simona Fontana
""",
    R(["Erasure"], "simona.fontana@gmail.example", "Angela", "Fontana", representative="Simona Fontana"))

add("it-13-limitazione", "Marco Barbieri <marco.barbieri@pec.example>", "Richiesta di limitazione del trattamento",
    """Spett.le Acme Corp,

contesto l'esattezza dei dati relativi al presunto insoluto della fattura n. 2026/88112. Per il
periodo necessario alla verifica chiedo la limitazione del trattamento ai sensi dell'art. 18 del
GDPR: nessuna segnalazione a società di recupero crediti o a sistemi di informazioni creditizie.

Marco Barbieri
""",
    R(["Restriction"], "marco.barbieri@pec.example", "Marco", "Barbieri"))

add("it-14-inoltro-da-inviato", "Sara Costa <sara.costa@acme-corp.example>", "I: richiesta cliente",
    """Vi inoltro questa mail arrivata al servizio clienti.

Sara

Da: Luca Esposito <luca.esposito@libero.example>
Inviato: domenica 15 novembre 2026 16:40
A: servizioclienti@acme-corp.example
Oggetto: i miei dati

Buonasera, vorrei ricevere una copia dei dati che avete su di me, comprese le registrazioni
delle telefonate. Grazie. Luca Esposito
""",
    R(["Access"], "luca.esposito@libero.example", "Luca", "Esposito"))

add("it-15-html-opposizione", "Valentina Bruno <valentina.bruno@outlook.example>", "Marketing",
    html("Buongiorno,",
         "revoco il consenso al trattamento dei miei dati per finalità di marketing e profilazione "
         "e chiedo di non ricevere più comunicazioni commerciali via e-mail, SMS e telefono.",
         "Cordiali saluti<br>Valentina Bruno"),
    R(["Opposition"], "valentina.bruno@outlook.example", "Valentina", "Bruno"), ct=HTML)

add("it-16-diritti-privacy", "Fabio Caruso <fabio.caruso@libero.example>", "Privacy",
    "Salve, vorrei esercitare i miei diritti previsti dal GDPR. Come devo procedere?\n\nFabio Caruso\n",
    R(["Unknown"], "fabio.caruso@libero.example", "Fabio", "Caruso"))

add("it-17-modem-e-indirizzo", "Elisa Ferrara <elisa.ferrara@tim.example>", "Modem e indirizzo",
    """Buongiorno,

il modem che mi avete spedito non si accende. Potete mandarmene un altro?

Vi segnalo anche che il mio indirizzo di fatturazione è sbagliato: è Via Roma 7, non Via Roma 1.
Vi prego di correggerlo.

Elisa Ferrara
""",
    R(["Rectification"], "elisa.ferrara@tim.example", "Elisa", "Ferrara"))

add("it-18-cancellatemi-maiuscolo", "<antonio.russo58@libero.example>", "CANCELLATEMI",
    "CANCELLATE TUTTI I MIEI DATI DAI VOSTRI ARCHIVI. NON SONO PIU CLIENTE DA ANNI.\nANTONIO RUSSO\n",
    R(["Erasure"], "antonio.russo58@libero.example", "Antonio", "Russo"))

add("it-19-latin1-accesso", "Niccolò Gentile <niccolo.gentile@tiscali.example>", "Richiesta dati personali",
    """Buongiorno,

vorrei sapere quali dati personali conservate su di me. Potete inviarmene una copia? È
possibile riceverla per e-mail?

Grazie mille
Niccolò Gentile
""",
    R(["Access"], "niccolo.gentile@tiscali.example", "Niccolò", "Gentile"),
    encode="latin-1", ct=LATIN1)

add("it-20-iphone-sms", "Martina Leone <martina.leone@icloud.example>", "Sms",
    "Non voglio più ricevere sms promozionali. Grazie\n\nInviato da iPhone\n",
    R(["Opposition"], "martina.leone@icloud.example", "Martina", "Leone"))

add("it-21-perche-documento", "Stefano Longo <stefano.longo@gmail.example>", "Copia del documento d'identità",
    """Salve,

in negozio hanno fotocopiato la mia carta d'identità e la tessera sanitaria per attivare la SIM.
Perché serve la tessera sanitaria? Dove finiscono queste copie e per quanto le tenete?

Stefano Longo
""",
    R(["Information"], "stefano.longo@gmail.example", "Stefano", "Longo"))

add("it-22-email-e-copia", "Anna Mancini <anna.mancini@libero.example>", "Aggiornamento email",
    """Buongiorno,

il mio vecchio indirizzo anna.mancini@aliceposta.example non esiste più. Vi chiedo di aggiornarlo
con questo e di inviarmi un riepilogo dei dati che avete registrato, così controllo che il resto
sia corretto.

Anna Mancini
""",
    R(["Rectification", "Access"], "anna.mancini@libero.example", "Anna", "Mancini"))

add("it-23-video-negozio", "Emanuele Sartori <emanuele.sartori@gmail.example>", "Immagini videosorveglianza negozio Torino",
    """Buongiorno,

sabato 14 novembre, nel vostro negozio di Via Garibaldi a Torino, un addetto alla sicurezza mi ha
fermato e perquisito davanti a tutti. Chiedo copia delle immagini di videosorveglianza che mi
riguardano, tra le 17:00 e le 17:30.

Emanuele Sartori
""",
    R(["Access"], "emanuele.sartori@gmail.example", "Emanuele", "Sartori"))

add("it-24-esporta-e-cancella", "Irene Villa <irene.villa@fastweb.example>", "Passaggio ad altro operatore",
    """Ciao,

passo a un altro operatore a fine mese. Prima di chiudere, mi mandate i miei dati e lo storico
del traffico in un file (CSV va bene) da dare al nuovo gestore? Poi cancellate tutto quello che
non siete obbligati a conservare.

Irene Villa
""",
    R(["Portability", "Erasure"], "irene.villa@fastweb.example", "Irene", "Villa"))

add("it-25-replyto", "Famiglia Colombo <famiglia.colombo@alice.example>", "Cancellazione account",
    """Buongiorno, sono Beatrice Colombo. Vorrei cancellare il mio account del negozio online e i dati
collegati. Rispondete per favore al mio indirizzo personale.

Beatrice Colombo
""",
    R(["Erasure"], "beatrice.colombo@gmail.example", "Beatrice", "Colombo"),
    headers=["Reply-To: beatrice.colombo@gmail.example"])

add("it-26-figlia-madre-amministratore", "Laura Pellegrini <laura.pellegrini@libero.example>", "Mia madre - chiamate commerciali",
    """Buongiorno,

sono l'amministratrice di sostegno di mia madre, Sig.ra Rosa Pellegrini, di 86 anni. I vostri
operatori la chiamano per proporle nuovi contratti che lei non capisce. Vi chiedo di non
contattarla più per fini commerciali. Allego il decreto di nomina.

Laura Pellegrini
""",
    R(["Opposition"], "laura.pellegrini@libero.example", "Rosa", "Pellegrini", representative="Laura Pellegrini"))

add("it-27-qp-cancellazione", "Gianluca Marchetti <gianluca.marchetti@libero.example>", "Richiesta di cancellazione",
    """Buongiorno,

chiedo la cancellazione dei miei dati personali ai sensi dell'art. 17 GDPR. Non sono più vostro
cliente da più di due anni.

Cordiali saluti
Gianluca Marchetti
""",
    R(["Erasure"], "gianluca.marchetti@libero.example", "Gianluca", "Marchetti"),
    encode="latin-1-qp", ct=LATIN1)

add("it-28-profilazione", "Dott.ssa Elena D'Amico <elena.damico@unimail.example>", "Opposizione alla profilazione",
    """Gentili Signori,

mi oppongo, ai sensi dell'art. 21 GDPR, al trattamento dei miei dati di navigazione e di acquisto
per finalità di profilazione e pubblicità personalizzata.

Elena D'Amico
""",
    R(["Opposition"], "elena.damico@unimail.example", "Elena", "D'Amico"))

# ---------------------------------------------------------------- ignore

add("it-29-spam-gdpr-consulenza", "Privacy Facile <info@privacyfacile-consulenza.example>", "Adeguamento GDPR in 48 ore - sanzioni fino a 20 milioni",
    """Gentile Titolare,

il Garante ha intensificato i controlli: le aziende che non gestiscono correttamente le
richieste di cancellazione dei dati rischiano sanzioni fino a 20 milioni di euro.

Con Privacy Facile sei in regola in 48 ore a soli 149 euro. Offerta valida fino a domenica!

https://privacyfacile-consulenza.example/offerta

Per non ricevere più le nostre email rispondi CANCELLAMI.
""",
    IGN("spam"))

add("it-30-phish-poste", "Poste Italiane <notifiche@poste-verifica.example>", "Il tuo conto è stato limitato",
    """Gentile cliente,

abbiamo rilevato un accesso anomalo al tuo conto. Per evitare il blocco definitivo, verifica i
tuoi dati entro 24 ore cliccando sul link:

https://poste-verifica.example/accesso

Poste Italiane
""",
    IGN("spam"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="poste-verifica.example")])

add("it-31-eredita", "Avv. Marco Bellini <avv.marcobellini@mail.example>", "Eredità non reclamata",
    """Gentile Signore/Signora,

sono l'avvocato del defunto ingegnere Paul Acme, deceduto senza eredi. Ha lasciato un deposito di
9.200.000 USD. Lei porta lo stesso cognome e posso presentarLa come erede. Mi invii nome completo,
numero di telefono e coordinate bancarie al mio indirizzo privato. Divideremo la somma.

Avv. Marco Bellini
""",
    IGN("spam"), headers=["Reply-To: marcobellini.avv@freemail.example"])

add("it-32-spam-flag", "Offerte Ufficio <promo@forniture-ufficio.example>", "Toner e carta: -40% solo per oggi",
    """Rifornisci il tuo ufficio con toner e carta a prezzi imbattibili. Spedizione gratuita.
""",
    IGN("spam"), headers=SPAM_HDR)

add("it-33-risposta-automatica", "Davide Serra <davide.serra@fornitore-it.example>", "Risposta automatica: Nomina responsabile del trattamento",
    """Sono fuori ufficio fino al 24 novembre con accesso limitato alla posta. Per urgenze scrivere a
assistenza@fornitore-it.example.

Davide Serra
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])

add("it-34-newsletter", "Privacy News Italia <newsletter@privacynews-italia.example>", "Newsletter n. 58 - Il Garante sanziona un operatore telefonico",
    """PRIVACY NEWS ITALIA - n. 58

- Il Garante sanziona un operatore per telemarketing aggressivo
- Diritto di accesso: le FAQ aggiornate
- Corso online DPO: iscrizioni aperte

Per disiscriverti clicca qui: https://privacynews-italia.example/disiscrizione
""",
    IGN("bulk"), headers=["List-Id: Privacy News Italia <news.privacynews-italia.example>",
                          "List-Unsubscribe: <mailto:leave@privacynews-italia.example>"])

# ---------------------------------------------------------------- tasks

add("it-35-task-nomina-responsabile", "Federico Galli <federico.galli@acme-corp.example>", "Nomina responsabile esterno - agenzia di telemarketing",
    """Ciao,

stiamo per firmare con una nuova agenzia di teleselling. Mi serve l'atto di nomina a
responsabile del trattamento ex art. 28 da allegare al contratto. Potete prepararlo o rivedere la
bozza che ci hanno mandato? Firma prevista per il 2 dicembre.

Grazie
Federico Galli
Ufficio Acquisti
""",
    TASK("federico.galli@acme-corp.example", "Federico", "Galli"))

add("it-36-task-registro", "Ilaria Fabbri <ilaria.fabbri@acme-corp.example>", "Aggiornamento registro dei trattamenti",
    """Buongiorno,

con il passaggio al nuovo CRM (da gennaio) il registro dei trattamenti per la gestione clienti va
aggiornato: nuovo fornitore, nuovi campi, data center in Irlanda. Chi se ne occupa?

Ilaria Fabbri
Customer Care
""",
    TASK("ilaria.fabbri@acme-corp.example", "Ilaria", "Fabbri"))

add("it-37-task-informativa", "Andrea Vitale <andrea.vitale@acme-corp.example>", "Revisione informativa app",
    """Ciao team privacy,

rilasciamo la nuova versione dell'app il 10 dicembre con geolocalizzazione per trovare i negozi
e notifiche push. Potete rivedere l'informativa privacy dell'app e le schermate di consenso?

Andrea Vitale
Digital Product
""",
    TASK("andrea.vitale@acme-corp.example", "Andrea", "Vitale"))

add("it-38-task-formazione", "Cinzia Rota <cinzia.rota@acme-corp.example>", "Formazione privacy call center",
    """Buongiorno,

possiamo organizzare una sessione di formazione sul GDPR per i 60 operatori del call center di
Napoli? In particolare su come riconoscere una richiesta di accesso o cancellazione al telefono.

Grazie
Cinzia Rota
Responsabile Formazione
""",
    TASK("cinzia.rota@acme-corp.example", "Cinzia", "Rota"))

# ---------------------------------------------------------------- incidents

add("it-39-inc-pc-rubato", "Massimo Testa <massimo.testa@acme-corp.example>", "Furto portatile aziendale",
    """Buongiorno,

ieri sera mi hanno rubato il portatile aziendale dall'auto a Milano. Sul disco c'erano alcuni
file con i dati dei clienti business (nomi, email, telefoni, contratti). Non sono sicuro che il
disco fosse cifrato. Ho già fatto denuncia ai Carabinieri.

Massimo Testa
Area Manager
""",
    INC("massimo.testa@acme-corp.example", "Massimo", "Testa"))

add("it-40-inc-mail-sbagliata", "Giorgia Monti <giorgia.monti@acme-corp.example>", "Email inviata al destinatario sbagliato",
    """Ciao,

oggi ho inviato per errore a un cliente il dettaglio del traffico telefonico di un altro cliente
(numeri chiamati, date e durate). Il cliente che l'ha ricevuto ci ha avvisato. Cosa devo fare?

Giorgia Monti
Back office
""",
    INC("giorgia.monti@acme-corp.example", "Giorgia", "Monti"))

add("it-41-inc-database-esposto", "Riccardo Parisi <riccardo.parisi@acme-corp.example>", "Database di test esposto su internet",
    """Ciao,

un ricercatore di sicurezza ci ha segnalato che un database di test del sito e-commerce era
raggiungibile da internet senza password. Dentro c'erano circa 30.000 record clienti reali
(copiati dalla produzione): nomi, email, indirizzi, storico ordini. L'abbiamo chiuso stamattina.

Riccardo Parisi
DevOps
""",
    INC("riccardo.parisi@acme-corp.example", "Riccardo", "Parisi"))

add("it-42-inc-phishing-credenziali", "Alessia Ferraro <alessia.ferraro@acme-corp.example>", "Ho inserito la password su un sito falso",
    """Ciao,

ho ricevuto una mail che sembrava di Microsoft, ho cliccato e ho inserito le mie credenziali.
Dopo un'ora ho visto che dalla mia casella sono partite mail strane ai clienti. Ho il sospetto
che abbiano letto la posta, dove ci sono contratti e documenti d'identità dei clienti.

Alessia Ferraro
Vendite Business
""",
    INC("alessia.ferraro@acme-corp.example", "Alessia", "Ferraro"))

# ---------------------------------------------------------------- follow-ups

add("it-43-fu-sollecito", "Alessandro Ferri <alessandro.ferri@libero.example>", "R: Istanza di accesso ai dati personali ex art. 15 GDPR",
    """Spett.le Acme Corp,

sollecito riscontro alla mia istanza del mese scorso, a cui non è seguita alcuna risposta. In
mancanza, presenterò reclamo al Garante per la protezione dei dati personali.

Alessandro Ferri
""",
    FU("file:h1-it-01-accesso-formale.eml", "alessandro.ferri@libero.example", "Alessandro", "Ferri"),
    headers=["In-Reply-To: <h1-it-01-accesso-formale@mail.example.net>",
             "References: <h1-it-01-accesso-formale@mail.example.net>"])

add("it-44-fu-documento", "Chiara Lombardi <chiara.lombardi@libero.example>", "R: [DSR-3921] Abbiamo ricevuto la sua richiesta",
    """Buongiorno,

come richiesto allego copia della mia carta d'identità.

Chiara Lombardi

Inviato da Libero Mail per Android
""",
    FU("3921", "chiara.lombardi@libero.example", "Chiara", "Lombardi"))

add("it-45-fu-ancora-sms", "Martina Leone <martina.leone@icloud.example>", "Re: [DSR-4301] Richiesta evasa",
    """Mi avete scritto che la richiesta era evasa ma ieri mi è arrivato un altro sms promozionale.

Inviato da iPhone
""",
    FU("4301", "martina.leone@icloud.example", "Martina", "Leone"))
