# Italian messages (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

# ---------------------------------------------------------------- requests
add("it-01-palestra-disdetta-cancellazione", "Giulia Ferrari <giulia.ferrari@libero.example>", "Disdetta abbonamento Acme Fit Milano Navigli",
    """Buongiorno,

con la presente comunico la disdetta del mio abbonamento presso la sede di Milano Navigli (tessera n. MN-77210) alla scadenza di dicembre. Chiedo inoltre la cancellazione di tutti i miei dati personali, compreso il certificato medico e la foto della tessera.

Cordiali saluti,
Giulia Ferrari
""",
    R(["Erasure"], "giulia.ferrari@libero.example", "Giulia", "Ferrari"))

add("it-02-accesso-marketplace", "Alessandro Bianchi <alessandro.bianchi@tiscali.example>", "Richiesta di accesso ai dati personali (art. 15 GDPR)",
    """Spett.le Acme Corp,

il sottoscritto Alessandro Bianchi, nato a Torino il 04/02/1979, titolare dell'account "ale_bianchi79" sul Vostro marketplace, ai sensi dell'art. 15 del Regolamento (UE) 2016/679 chiede di ottenere:
- conferma dell'esistenza di dati personali che lo riguardano;
- copia di tali dati, inclusi gli storici degli ordini e le comunicazioni con il servizio clienti;
- le finalità del trattamento, i destinatari e il periodo di conservazione.

Si allega copia del documento d'identità.

Distinti saluti,
Alessandro Bianchi
""",
    R(["Access"], "alessandro.bianchi@tiscali.example", "Alessandro", "Bianchi"))

add("it-03-immobiliare-telefonate", "Francesca Romano <francesca.romano@gmail.example>", "Telefonate",
    """Buonasera,

la vostra agenzia di Roma Prati mi chiama continuamente per chiedermi se voglio vendere casa. Non ho mai dato il mio numero a voi. Vi chiedo di non contattarmi più per finalità commerciali.

Francesca Romano
""",
    R(["Opposition"], "francesca.romano@gmail.example", "Francesca", "Romano"))

add("it-04-codice-fiscale-errato", "Marco Colombo <marco.colombo@alice.example>", "Codice fiscale sbagliato",
    """Salve,

sul contratto di acquisto della mia auto e nella vostra anagrafica clienti il codice fiscale riporta un errore (CLMMRC80A01F205X invece di CLMMRC80A01F205Y). Vi chiedo di correggerlo, altrimenti ho problemi con il passaggio di proprietà.

Grazie,
Marco Colombo
""",
    R(["Rectification"], "marco.colombo@alice.example", "Marco", "Colombo"))

add("it-05-comune-ztl", "Paolo Ricci <paolo.ricci@libero.example>", "Telecamere ZTL - conservazione dati",
    """Buongiorno,

gestite per il Comune di Bologna il sistema di varchi elettronici della ZTL. Per quanto tempo vengono conservate le immagini e le targhe dei veicoli che transitano regolarmente con permesso? Vengono comunicate a qualcuno oltre alla Polizia Locale?

Cordialmente,
Paolo Ricci
""",
    R(["Information"], "paolo.ricci@libero.example", "Paolo", "Ricci"))

add("it-06-accesso-e-cancellazione", "Sara Greco <sara.greco@hotmail.example>", "I miei dati",
    "Buongiorno, vorrei sapere quali dati avete su di me e poi che li cancelliate tutti. Grazie, Sara Greco\n",
    R(["Access", "Erasure"], "sara.greco@hotmail.example", "Sara", "Greco"))

add("it-07-pec-oblio", '"Per conto di: roberto.marino@pec.example" <posta-certificata@pec-provider.example>', "POSTA CERTIFICATA: Richiesta di cancellazione dati personali",
    None,
    R(["Erasure"], "roberto.marino@pec.example", "Roberto", "Marino"),
    headers=["Reply-To: roberto.marino@pec.example", "X-Trasporto: posta-certificata", "X-Riferimento-Message-ID: <opec2100.20261115182210@pec-provider.example>"],
    note="""Messaggio di posta certificata

Il giorno 15/11/2026 alle ore 18:22:10 (+0100) il messaggio
"Richiesta di cancellazione dati personali" è stato inviato da "roberto.marino@pec.example"
indirizzato a:
privacy@acme-corp.example
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec2100.20261115182210.04412.07.1.61@pec-provider.example
""",
    attached=("roberto.marino@pec.example", "Richiesta di cancellazione dati personali",
              """Spett.le Società,

il sottoscritto Roberto Marino, ai sensi dell'art. 17 del Regolamento UE 2016/679 (diritto all'oblio), chiede la cancellazione di tutti i dati personali che lo riguardano trattati dalla Vostra concessionaria di Padova, non sussistendo più alcun rapporto contrattuale.

Distinti saluti
Roberto Marino
"""))

add("it-08-portabilita-app", "Chiara Conti <chiara.conti@gmail.example>", "Esportazione dati allenamenti",
    """Ciao,

vorrei esercitare il diritto alla portabilità dei dati: mi servono tutti i miei allenamenti registrati nell'app Acme Fit (corse, bici, frequenza cardiaca) in un formato aperto tipo CSV o GPX, da importare in un'altra app.

Grazie mille,
Chiara Conti
""",
    R(["Portability"], "chiara.conti@gmail.example", "Chiara", "Conti"))

add("it-09-punteggio-affidabilita", "Luca Esposito <luca.esposito@libero.example>", "Account venditore limitato dal punteggio di affidabilità",
    """Buongiorno,

il mio account venditore è stato limitato perché il vostro "punteggio di affidabilità" calcolato automaticamente è sceso sotto la soglia. Nessuno mi ha spiegato perché. Chiedo, ai sensi dell'art. 22 GDPR, che la decisione venga riesaminata da una persona e di poter contestare la valutazione.

Luca Esposito
""",
    R(["AutomatedDecision"], "luca.esposito@libero.example", "Luca", "Esposito"))

add("it-10-limitazione", "Valentina Galli <valentina.galli@virgilio.example>", "Richiesta di limitazione del trattamento",
    """Spett.le Agenzia,

contesto l'esattezza delle informazioni sulla mia situazione reddituale inserite nella vostra banca dati inquilini. In attesa delle verifiche, chiedo la limitazione del trattamento ai sensi dell'art. 18 GDPR, per cui tali dati non dovranno essere utilizzati né comunicati ai proprietari.

Valentina Galli
""",
    R(["Restriction"], "valentina.galli@virgilio.example", "Valentina", "Galli"))

add("it-11-volo-lettera-lunga", "Giuseppe Lombardi <giuseppe.lombardi@alice.example>", "Volo Napoli-Londra del 30 ottobre e altro",
    """Gentili signori,

vi scrivo in merito al volo AZ-7714 Napoli-Londra del 30 ottobre, partito con cinque ore di ritardo senza che nessuno ci desse uno straccio di spiegazione. Al banco ci hanno dato un buono da 8 euro, con cui all'aeroporto di Capodichino non si compra nemmeno un panino e una bottiglietta d'acqua. Mia madre, 82 anni, è rimasta seduta su una sedia di plastica per tutto il tempo perché l'assistenza speciale che avevo prenotato "non risultava".

Tra l'altro, quando ho chiamato il call center, l'operatore non trovava la prenotazione perché nel vostro sistema risulta un indirizzo email sbagliato (giuseppe.lombardo@... invece di giuseppe.lombardi@...). Quindi vi chiedo di correggerlo e, già che ci siamo, di mandarmi una copia di tutti i dati che avete su di me e su questa prenotazione, così vedo cos'altro avete sbagliato.

Chiedo infine la compensazione prevista dal Regolamento 261/2004.

Distinti saluti,
Giuseppe Lombardi
""",
    R(["Access", "Rectification"], "giuseppe.lombardi@alice.example", "Giuseppe", "Lombardi"))

add("it-12-avvocato-accesso", "Avv. Federica Costa <f.costa@studiolegalecosta.example>", "Istanza ex art. 15 GDPR - sig.ra Elisa Fontana",
    """Spett.le Società,

scrivo in nome e per conto della mia assistita, sig.ra Elisa Fontana, residente in Firenze, via dei Serragli 22, giusta delega che si allega.

La mia assistita ha sottoscritto nel 2025 un abbonamento presso la Vostra palestra di Firenze Centro. Con la presente si chiede copia di tutti i dati personali che la riguardano, ivi comprese le registrazioni degli accessi e la documentazione sanitaria acquisita.

Distinti saluti,
Avv. Federica Costa
""",
    R(["Access"], "f.costa@studiolegalecosta.example", "Elisa", "Fontana", representative="Federica Costa"))

add("it-13-genitore-foto-figlio", "Stefano Bruno <stefano.bruno@gmail.example>", "Foto di mio figlio sul vostro sito",
    """Buongiorno,

sul sito della palestra di Verona è pubblicata una foto del corso di judo per ragazzi in cui si vede chiaramente mio figlio, Matteo Bruno, 10 anni. Non abbiamo mai firmato nessuna liberatoria. Vi chiedo di cancellare immediatamente la foto e qualsiasi altra immagine di mio figlio.

Stefano Bruno
""",
    R(["Erasure"], "stefano.bruno@gmail.example", "Matteo", "Bruno", representative="Stefano Bruno"))

add("it-14-erede-padre-accesso", "Laura Moretti <laura.moretti@libero.example>", "Dati di mio padre defunto",
    """Buongiorno,

mio padre, Franco Moretti, è deceduto a settembre. Aveva acquistato un'auto presso la vostra concessionaria di Brescia con un finanziamento. In qualità di erede (art. 2-terdecies del Codice privacy) chiedo copia dei dati e dei documenti relativi al contratto e al finanziamento intestati a lui.

Allego certificato di morte e dichiarazione di successione.

Laura Moretti
""",
    R(["Access"], "laura.moretti@libero.example", "Franco", "Moretti", representative="Laura Moretti"))

add("it-15-inoltro-outlook-cancellazione", "Davide Rinaldi <davide.rinaldi@acme-corp.example>", "I: cancellazione account",
    """Ciao, vi giro questa arrivata all'assistenza del marketplace.

Davide

Da: Simona Caruso <simona.caruso@tiscali.example>
Inviato: domenica 15 novembre 2026 21:05
A: assistenza@acme-corp.example
Oggetto: cancellazione account

Buonasera, vorrei cancellare il mio account e tutti i dati collegati. Grazie. Simona Caruso
""",
    R(["Erasure"], "simona.caruso@tiscali.example", "Simona", "Caruso"))

add("it-16-inoltro-gmail-opposizione", "Martina Leone <martina.leone@acme-corp.example>", "Fwd: basta newsletter",
    """Per voi, cliente dell'agenzia viaggi di Torino.

---------- Forwarded message ---------
Da: Enrico Gatti <enrico.gatti@gmail.example>
Date: dom 15 nov 2026 alle ore 09:48
Subject: basta newsletter
To: <torino@acme-corp.example>


Non voglio più ricevere le vostre newsletter e offerte. Mi oppongo al trattamento dei miei dati per marketing.
Enrico Gatti
""",
    R(["Opposition"], "enrico.gatti@gmail.example", "Enrico", "Gatti"))

add("it-17-inoltro-apple-rettifica", "Roberta Pellegrini <roberta.pellegrini@acme-corp.example>", "Fwd: Cambio cognome",
    """Socia del club di Genova.

Inviato da iPhone

Inizio messaggio inoltrato:

Da: Anna Mancini <anna.mancini@libero.example>
Data: 15 novembre 2026 11:40:12 CET
A: genova@acme-corp.example
Oggetto: Cambio cognome

Buongiorno, dopo il divorzio sono tornata al cognome da nubile, Mancini (prima Ferri). Potete aggiornare la tessera e i dati?
Anna Mancini
""",
    R(["Rectification"], "anna.mancini@libero.example", "Anna", "Mancini"))

add("it-18-esercitare-diritti", "Michele Santoro <michele.santoro@virgilio.example>", "GDPR",
    "Salve, vorrei esercitare i miei diritti ai sensi del GDPR. Come devo procedere?\n\nMichele Santoro\n",
    R(["Unknown"], "michele.santoro@virgilio.example", "Michele", "Santoro"))

add("it-19-maiuscolo-telefonate", "VINCENZO DE LUCA <vincenzodeluca@libero.example>", "BASTA",
    "SMETTETELA DI CHIAMARMI PER LE PROMOZIONI DELLE AUTO!!! NON VOGLIO PIU ESSERE CONTATTATO!!!\nVINCENZO DE LUCA\n",
    R(["Opposition"], "vincenzodeluca@libero.example", "Vincenzo", "De Luca"))

add("it-20-html-accesso", "Elena Marchetti <elena.marchetti@outlook.example>", "Richiesta dati",
    html("Gentili,", "vorrei ricevere copia di tutti i dati personali che la vostra agenzia immobiliare conserva su di me (ho venduto casa tramite voi nel 2024).",
         "Grazie,<br>Elena Marchetti<br><small>Inviato dal mio smartphone Huawei</small>"),
    R(["Access"], "elena.marchetti@outlook.example", "Elena", "Marchetti"), ct=HTML)

add("it-21-documenti-conservazione-cp1252", "Nicola Ferrara <nicola.ferrara@tin.example>", "Documenti d'identità - agenzia viaggi",
    """Buongiorno,

quando ho prenotato il viaggio di nozze presso la vostra agenzia di Bari mi avete fotocopiato carta d'identità e passaporto di entrambi. Per quanto tempo conservate queste copie? E perché servono? Non chiedo altro, solo di capire.

Grazie – Nicola Ferrara
""",
    R(["Information"], "nicola.ferrara@tin.example", "Nicola", "Ferrara"), encode="cp1252", ct=CP1252)

add("it-22-rimborso-e-revoca", "Serena Villa <serena.villa@gmail.example>", "Rimborso volo cancellato + consenso",
    """Buongiorno,

il mio volo del 12 novembre è stato cancellato e aspetto ancora il rimborso (PNR QW7T9L).

Colgo l'occasione per revocare il consenso al marketing: non voglio più ricevere offerte via email o SMS.

Serena Villa
""",
    R(["Opposition"], "serena.villa@gmail.example", "Serena", "Villa"))

add("it-23-revoca-e-cancellazione", "Andrea De Santis <andrea.desantis@fastwebnet.example>", "Revoca consenso e cancellazione",
    """Spett.le Acme,

revoco ogni consenso prestato per finalità di marketing e profilazione e chiedo contestualmente la cancellazione dei miei dati dal vostro database clienti della palestra.

Andrea De Santis
""",
    R(["Opposition", "Erasure"], "andrea.desantis@fastwebnet.example", "Andrea", "De Santis"))

add("it-24-famiglia-replyto", "Famiglia Rizzo <famiglia.rizzo@alice.example>", "Cancellazione",
    """Buongiorno,

vi chiedo di cancellare i miei dati dalla vostra piattaforma di viaggi. Rispondete per favore al mio indirizzo personale.

Cordiali saluti,
Daniela Rizzo
""",
    R(["Erasure"], "daniela.rizzo@gmail.example", "Daniela", "Rizzo"),
    headers=["Reply-To: Daniela Rizzo <daniela.rizzo@gmail.example>"])

add("it-25-senza-accenti", "fede <fede.2001@hotmail.example>", "app",
    "ciao voglio cancellarmi dall app xke nn la uso piu, cancellate tutto grz\nfederica\n",
    R(["Erasure"], "fede.2001@hotmail.example", "Federica", None))

add("it-26-comune-mensa-allergie", "Claudia Barbieri <claudia.barbieri@libero.example>", "Servizio mensa - dati allergie errati",
    """Buongiorno,

gestite per il Comune di Parma il portale iscrizioni della mensa scolastica. Nella scheda di mio figlio Tommaso Barbieri (classe 3B, scuola primaria Pezzani) risulta "allergia alle arachidi", ma è allergico al kiwi, non alle arachidi. Vi prego di correggere il dato al più presto, è importante.

Claudia Barbieri
""",
    R(["Rectification"], "claudia.barbieri@libero.example", "Tommaso", "Barbieri", representative="Claudia Barbieri"))

add("it-27-recensioni-marketplace", "Fabio Longo <fabio.longo@gmail.example>", "Cancellazione account e recensioni",
    """Salve,

vorrei che cancellaste il mio account sul marketplace, comprese le recensioni che ho lasciato, perché ci sono nome e cognome in chiaro.

Fabio Longo
""",
    R(["Erasure"], "fabio.longo@gmail.example", "Fabio", "Longo"))

add("it-28-opposizione-profilazione", "Ilaria Sala <ilaria.sala@gmail.example>", "Profilazione",
    """Buongiorno,

mi oppongo alla profilazione dei miei dati di navigazione e di acquisto per finalità pubblicitarie sul vostro marketplace. Non voglio annunci personalizzati.

Ilaria Sala
""",
    R(["Opposition"], "ilaria.sala@gmail.example", "Ilaria", "Sala"))

# ---------------------------------------------------------------- follow-ups
add("it-29-risposta-conferma", "Giorgio Fabbri <giorgio.fabbri@libero.example>", "R: [DSR-7315] Abbiamo ricevuto la sua richiesta",
    """Buongiorno,

come richiesto allego copia del documento. Resto in attesa.

Giorgio Fabbri

Il giorno lun 9 nov 2026 alle ore 10:02 Acme Corp Privacy <privacy@acme-corp.example> ha scritto:
> Gentile cliente,
>
> abbiamo ricevuto la sua richiesta e l'abbiamo registrata con il riferimento DSR-7315.
> Le risponderemo entro un mese.
>
> Il team Privacy
""",
    FU("7315", "giorgio.fabbri@libero.example", "Giorgio", "Fabbri"))

add("it-30-inreplyto-altro-account", "Alessandro Bianchi <alessandro.bianchi@tiscali.example>", "Re: Richiesta di accesso ai dati personali (art. 15 GDPR)",
    """Integro la richiesta: avevo anche un secondo account come venditore ("bianchi_ricambi"). Vi prego di includerlo.

Alessandro Bianchi
""",
    FU(ref("it-02-accesso-marketplace"), "alessandro.bianchi@tiscali.example", "Alessandro", "Bianchi"),
    headers=irt("it-02-accesso-marketplace"))

add("it-31-sollecito", "Patrizia Neri <patrizia.neri@virgilio.example>", "Sollecito [DSR-7290]",
    "Buongiorno, a distanza di oltre un mese non ho ricevuto riscontro. Vi sollecito a rispondere, altrimenti mi rivolgerò al Garante.\nPatrizia Neri\n",
    FU("7290", "patrizia.neri@virgilio.example", "Patrizia", "Neri"))

# ---------------------------------------------------------------- tasks
add("it-32-compito-nomina-responsabile", "Emanuele Testa <emanuele.testa@acme-corp.example>", "Nomina responsabile esterno - software gestionale",
    """Ciao,

stiamo per firmare con GestAuto il contratto per il nuovo gestionale delle concessionarie. Ci hanno mandato la loro bozza di nomina a responsabile del trattamento (art. 28). Potete verificarla? Vorremmo firmare entro fine mese.

Emanuele Testa
Ufficio Acquisti
""",
    TASK("emanuele.testa@acme-corp.example", "Emanuele", "Testa"))

add("it-33-compito-registro", "Giada Marini <giada.marini@acme-corp.example>", "registro trattamenti",
    """ciao a tutti, da gennaio le palestre italiane useranno il nuovo sistema di prenotazione corsi con lista d'attesa via WhatsApp. va aggiornato il registro dei trattamenti? ditemi voi cosa vi serve

Giada
""",
    TASK("giada.marini@acme-corp.example", "Giada", "Marini"))

add("it-34-compito-dpia-biometria", "Lorenzo Cattaneo <lorenzo.cattaneo@acme-corp.example>", "Valutazione d'impatto accesso con impronta",
    """Buongiorno,

vorremmo introdurre nelle palestre di Roma l'accesso tramite impronta digitale al posto del badge. Mi dicono che serve una valutazione d'impatto (DPIA) e forse una consultazione del Garante. Potete avviare l'analisi?

Lorenzo Cattaneo
Direttore Operativo Italia
""",
    TASK("lorenzo.cattaneo@acme-corp.example", "Lorenzo", "Cattaneo"))

add("it-35-compito-informativa-app", "Beatrice Gentile <beatrice.gentile@acme-corp.example>", "Informativa privacy app prenotazione tagliandi",
    """Ciao,

la nuova app per prenotare i tagliandi in officina esce a dicembre. Ci serve l'informativa privacy da mostrare al primo accesso e i testi per i consensi marketing. Potete prepararli o rivedere la bozza dell'agenzia?

Grazie,
Beatrice
""",
    TASK("beatrice.gentile@acme-corp.example", "Beatrice", "Gentile"))

# ---------------------------------------------------------------- incidents
add("it-36-incidente-tablet", "Simone Marchi <simone.marchi@acme-corp.example>", "Tablet rubato in reception",
    """Ciao,

ieri sera qualcuno ha portato via il tablet della reception della palestra di Torino Lingotto. Ci sono l'app di check-in con i nomi e le foto dei soci e la lista dei certificati medici in scadenza. Non aveva il PIN, purtroppo. Abbiamo fatto denuncia.

Simone
""",
    INC("simone.marchi@acme-corp.example", "Simone", "Marchi"))

add("it-37-incidente-mail-sbagliata", "Alessia Parisi <alessia.parisi@acme-corp.example>", "Email inviata al destinatario sbagliato",
    """Buongiorno,

per errore ho inviato a un potenziale acquirente la visura e il contratto preliminare di un altro cliente (con codice fiscale e dati bancari). Me ne sono accorta subito e ho chiesto di cancellarla, ma non ho ancora risposta.

Alessia Parisi
Agenzia immobiliare Milano Isola
""",
    INC("alessia.parisi@acme-corp.example", "Alessia", "Parisi"))

add("it-38-incidente-account-compromesso", "Matteo Ferri <matteo.ferri@acme-corp.example>", "account hackerato?",
    """raga credo mi abbiano bucato l'account del marketplace admin, stamattina mi arrivano notifiche di login da un paese che non conosco e qualcuno ha cambiato l'iban di 3 venditori. ho già avvisato l'IT ma vi scrivo per sicurezza

Matteo
""",
    INC("matteo.ferri@acme-corp.example", "Matteo", "Ferri"))

add("it-39-incidente-fornitore", "Data Protection Office <dpo@callservice-italia.example>", "Comunicazione di violazione di dati personali ex art. 33 par. 2 GDPR",
    """Spett.le Acme Corp,

in qualità di responsabile del trattamento per il servizio di call center della Vostra compagnia aerea, Vi comunichiamo che in data 13/11/2026 un nostro operatore ha sottratto e diffuso su un canale Telegram un elenco di circa 2.000 clienti (nome, cognome, telefono, PNR). Abbiamo sospeso l'operatore e sporto denuncia.

Restiamo a disposizione per ogni informazione necessaria alla Vostra eventuale notifica al Garante.

Dott.ssa Cristina Orlando
DPO - CallService Italia S.r.l.
""",
    INC("dpo@callservice-italia.example", "Cristina", "Orlando"))

# ---------------------------------------------------------------- ignore
add("it-40-spam-agenzia-entrate", "Agenzia delle Entrate <rimborsi@agenziaentrate-rimborso.example>", "Rimborso fiscale disponibile",
    """Gentile contribuente,

dopo gli ultimi calcoli annuali risulta a Suo favore un rimborso di 312,70 EUR. Per riceverlo compili il modulo entro 48 ore:

https://agenziaentrate-rimborso.example/modulo

Agenzia delle Entrate
""",
    IGN("spam"), headers=[AUTH("fail", "none", "fail", "agenziaentrate-rimborso.example")])

add("it-41-spam-poste", "Poste Italiane <noreply@poste-spedizioni.example>", "La tua spedizione è in giacenza",
    """Gentile cliente,

la tua spedizione è in giacenza presso il nostro centro. Per riprogrammare la consegna paga il contributo di 1,99 EUR:

http://poste-spedizioni.example/giacenza

Poste Italiane
""",
    IGN("spam"))

add("it-42-spam-inps-gdpr", "INPS <comunicazioni@inps-verifica.example>", "Aggiornamento dati obbligatorio - GDPR",
    """Gentile utente,

ai sensi del GDPR è obbligatorio aggiornare i Suoi dati anagrafici e bancari entro 3 giorni, pena la sospensione delle prestazioni e la cancellazione dei Suoi dati dal sistema.

Acceda con SPID: https://inps-verifica.example/spid

Istituto Nazionale Previdenza Sociale
""",
    IGN("spam"), headers=SPAM_HDR + ["Reply-To: inps.assistenza@posta-gratis.example"])

add("it-43-spam-marketing-disiscrizione", "Offerte Top <promo@offerte-top-italia.example>", "Solo oggi: -70% su tutto!",
    """SOLO OGGI: -70% su elettronica, casa e giardino!

Approfitta subito: https://offerte-top-italia.example

Non vuoi più ricevere le nostre email? Per disiscriverti e richiedere la cancellazione dei tuoi dati ai sensi del GDPR clicca qui.
""",
    IGN("spam"), headers=[SPAM_HDR[0]])

add("it-44-risposta-automatica", "Giulia Ferrari <giulia.ferrari@libero.example>", "Risposta automatica: Disdetta abbonamento Acme Fit Milano Navigli",
    """Sono fuori sede fino al 24 novembre con accesso limitato alla posta. Risponderò al mio rientro.

Giulia Ferrari
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])

add("it-45-bulk-newsletter", "Viaggi & Sapori <newsletter@viaggiesapori.example>", "Mercatini di Natale: le 10 mete più belle",
    html("<h2>Mercatini di Natale 2026</h2>", "Bolzano, Merano, Strasburgo, Vienna: le 10 mete più belle per un weekend.",
         "<a href='https://viaggiesapori.example/natale'>Scopri le offerte</a>",
         "<small>Ricevi questa email perché sei iscritto alla newsletter. <a href='https://viaggiesapori.example/unsub'>Annulla iscrizione</a></small>"),
    IGN("bulk"), ct=HTML, headers=["List-Unsubscribe: <https://viaggiesapori.example/unsub?id=9912>", "List-Id: <newsletter.viaggiesapori.example>", "Precedence: bulk"])

add("it-46-spam-polizia-postale", "Polizia Postale <convocazione@poliziapostale-gov.example>", "CONVOCAZIONE GIUDIZIARIA - risposta entro 72 ore",
    """Gentile Signore/Signora,

a seguito di un'indagine per reati informatici, il Suo indirizzo email risulta coinvolto. È convocato/a a fornire una giustificazione entro 72 ore rispondendo a questo messaggio, in caso contrario il fascicolo sarà trasmesso al Procuratore della Repubblica e il Suo nome iscritto nel registro nazionale.

Commissario Capo
Polizia Postale e delle Comunicazioni
""",
    IGN("spam"), headers=["Reply-To: commissario.convocazione@posta-gratis.example"])

add("it-47-spam-eredita", "Avv. James Walker <j.walker.law@freemail.example>", "Eredità non reclamata - riservato",
    """Gentile amico,

sono l'avvocato del defunto ingegnere Mario Acme, deceduto in un incidente stradale senza eredi. Sul suo conto presso una banca di Londra giacciono 7.200.000 sterline. Propongo di dividere la somma al 50% se accetta di presentarsi come suo parente.

Mi invii nome completo, numero di telefono e coordinate bancarie.

Avv. James Walker
""",
    IGN("spam"))
