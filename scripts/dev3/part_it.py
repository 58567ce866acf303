# dev3, italiano. Written blind (see scripts/BLIND-WRITER.md).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("it-01-cancellate", "fra.bianchi92@posta-it.example", "dati",
    "cancellate i miei dati dalla farmacia online grazie\n",
    R(["Erasure"], "fra.bianchi92@posta-it.example"))

add("it-02-accesso-cartella-fisio", "Giuseppe Dell'Acqua <giuseppe.dellacqua@libero-post.example>",
    "Richiesta di accesso ai dati personali (art. 15 GDPR)",
    """Spett.le Acme Fisioterapia,
alla c.a. del Responsabile della protezione dei dati

Il sottoscritto Giuseppe Dell'Acqua, nato a Bergamo il 07/11/1965, C.F. DLLGPP65S07A794X, in
qualità di paziente del Vostro centro di Milano Città Studi, esercita il diritto di accesso di cui
all'art. 15 del Regolamento (UE) 2016/679 e chiede:

a) conferma che sia o meno in corso un trattamento di dati personali che lo riguardano;
b) copia della cartella clinica fisioterapica, delle valutazioni funzionali e dei referti;
c) l'indicazione dei destinatari a cui i dati sono stati comunicati (fondo sanitario
   integrativo, medico curante).

Chiede che la risposta sia inviata al presente indirizzo di posta elettronica.

Distinti saluti
Giuseppe Dell'Acqua
""",
    R(["Access"], "giuseppe.dellacqua@libero-post.example", "Giuseppe", "Dell'Acqua"))

add("it-03-mamma-deceduta-invii", "Alessandro Ferri <alessandro.ferri@posta-it.example>",
    "Mia madre è mancata - basta comunicazioni",
    """Buongiorno,

mia madre, Rosanna Colombo, è mancata il 21 settembre. Continuano ad arrivare a casa sua lettere
della Fondazione Acme con il suo nome, e ieri anche un SMS del centro di fisioterapia per
"riprendere il ciclo di sedute".

Vi chiedo, in qualità di figlio ed erede, di aggiornare i vostri archivi segnalando il decesso e
di interrompere qualsiasi invio a suo nome. Per noi è doloroso ricevere questi messaggi.

Cordiali saluti,
Alessandro Ferri
""",
    R(["Rectification", "Opposition"], "alessandro.ferri@posta-it.example", "Rosanna", "Colombo",
      representative="Alessandro Ferri"))

add("it-04-donatore-profilazione", "Lorenzo Sartori <lorenzo.sartori@studio-sartori.example>",
    "Revoca del consenso - profilazione donatori",
    """Gentile Fondazione Acme,

leggendo la vostra informativa aggiornata ho scoperto che i dati dei donatori vengono "arricchiti"
con informazioni pubbliche (immobili, cariche societarie) per stimare la capacità di donazione.

Non ero al corrente di questa pratica e non la condivido. Revoco ogni consenso e mi oppongo al
trattamento dei miei dati per finalità di profilazione e di analisi patrimoniale. Le mie donazioni
continueranno, ma senza che nessuno studi il mio patrimonio.

Lorenzo Sartori
""",
    R(["Opposition"], "lorenzo.sartori@studio-sartori.example", "Lorenzo", "Sartori"))

add("it-05-voto-verbalizzato", "Chiara Esposito <chiara.esposito@studenti-uni.example>",
    "Voto verbalizzato errato - Master in Management sanitario",
    """Gentile Segreteria,

sono iscritta al Master di II livello in Management sanitario presso la Scuola di Formazione
Continua (matricola 884213). Nel mio libretto online l'esame di "Economia delle aziende
sanitarie" risulta verbalizzato con 24/30, mentre il voto comunicato in aula dal docente e
accettato da me era 28/30.

Vi chiedo di correggere il voto nella mia carriera. Posso inoltrare la mail del docente.

Grazie,
Chiara Esposito
""",
    R(["Rectification"], "chiara.esposito@studenti-uni.example", "Chiara", "Esposito"))

add("it-06-numero-ex-marito", "Valentina Greco <valentina.greco@posta-it.example>",
    "Numero di telefono nella scheda di mio figlio",
    """Buongiorno,

mio figlio Tommaso Russo (9 anni) è in cura presso il vostro studio dentistico di Bari. Nella sua
scheda come recapito principale risulta ancora il cellulare del padre, da cui sono separata, e
tutte le conferme degli appuntamenti arrivano a lui.

Sono io il genitore che accompagna Tommaso. Vi chiedo di sostituire il recapito con il mio
numero, 347 000 1122, e la mia email.

Valentina Greco
""",
    R(["Rectification"], "valentina.greco@posta-it.example", "Tommaso", "Russo",
      representative="Valentina Greco"))

add("it-07-nuova-farmacia", "Marco Bellini <marco.bellini@mailbox-it.example>",
    "Trasferimento dati a nuova farmacia",
    """Salve,

vorrei esercitare il diritto alla portabilità: chiedo che i dati che ho fornito alla vostra
farmacia online (anagrafica, storico ordini, piani terapeutici caricati) mi vengano consegnati
in un formato strutturato e leggibile da dispositivo automatico, oppure trasmessi direttamente
alla Farmacia San Rocco di Verona, che li può importare.

Cordialmente,
Marco Bellini
""",
    R(["Portability"], "marco.bellini@mailbox-it.example", "Marco", "Bellini"))

add("it-08-fascicolo-sanitario", "Ornella Pace <ornella.pace@posta-it.example>",
    "Domanda sul fascicolo sanitario",
    """Buonasera,

una curiosità: le visite e i referti del vostro centro di fisioterapia finiscono nel mio
Fascicolo Sanitario Elettronico? E il mio medico di base riceve qualcosa in automatico? Vorrei
capire chi può vedere cosa. Non mi serve nessun documento, solo una spiegazione.

Grazie mille
Ornella Pace
""",
    R(["Information"], "ornella.pace@posta-it.example", "Ornella", "Pace"))

add("it-09-basta-chiamate", "Salvatore Mancuso <toto.mancuso@posta-it.example>",
    "BASTA",
    """BASTA CHIAMATE E BASTA NEWSLETTER!!! ho fatto UNA pulizia dei denti due anni fa e da allora mi
chiamate per le promozioni sugli impianti. toglietemi da tutte le vostre liste
Salvatore Mancuso
""",
    R(["Opposition"], "toto.mancuso@posta-it.example", "Salvatore", "Mancuso"))

add("it-10-limitazione-esattezza", "Federica Marino <federica.marino@posta-it.example>",
    "Richiesta di limitazione del trattamento",
    """Gentili signori,

nel piano di trattamento che mi è stato consegnato presso il vostro centro di Torino risulta una
diagnosi di "ernia discale L5-S1" che non mi è mai stata fatta da nessun medico, e un peso
corporeo che non corrisponde al mio.

Contesto l'esattezza di questi dati e chiedo la limitazione del trattamento ai sensi dell'art. 18,
par. 1, lett. a) GDPR per il periodo necessario alla verifica: nel frattempo non devono essere
trasmessi all'assicurazione né usati per la programmazione delle sedute. L'eventuale rettifica
la chiederò dopo aver visto la cartella completa.

Federica Marino
""",
    R(["Restriction"], "federica.marino@posta-it.example", "Federica", "Marino"))

add("it-11-test-ingresso-escluso", "Davide Lombardi <davide.lombardi@posta-it.example>",
    "Esclusione dal test di ammissione online",
    """Buongiorno,

ho sostenuto da casa il test di ammissione al Corso di perfezionamento in Posturologia. Il giorno
dopo ho ricevuto una comunicazione automatica: "Prova annullata - comportamento anomalo rilevato
dal sistema di sorveglianza". Probabilmente perché mi sono girato verso la porta quando è entrato
mio figlio.

Chiedo che la decisione venga riesaminata da una persona e di poter spiegare cosa è successo.

Davide Lombardi
""",
    R(["AutomatedDecision"], "davide.lombardi@posta-it.example", "Davide", "Lombardi"))

add("it-12-amministratore-sostegno", "Avv. Paola Rinaldi <paola.rinaldi@studiolegale-rinaldi.example>",
    "Sig.ra Carla Testa - amministrazione di sostegno",
    """Spett.le Acme,

scrivo in qualità di amministratrice di sostegno della sig.ra Carla Testa, nata a Genova il
12/02/1938, nominata con decreto del Giudice Tutelare del Tribunale di Genova (che allego).

La sig.ra Testa ha effettuato numerosi acquisti sulla vostra farmacia online, spesso ripetuti e
non necessari. Chiedo:
1) copia dei dati che la riguardano, compreso lo storico degli ordini degli ultimi due anni;
2) la cancellazione della carta di pagamento memorizzata nel suo account.

Distinti saluti,
Avv. Paola Rinaldi
""",
    R(["Access", "Erasure"], "paola.rinaldi@studiolegale-rinaldi.example", "Carla", "Testa",
      representative="Paola Rinaldi"))

add("it-13-finanziaria-chiama", "Gennaro Ruocco <gennaro.ruocco@posta-it.example>",
    "Reclamo",
    """Buongiorno,

vi scrivo perché sono veramente arrabbiato. A marzo ho iniziato le cure per un ponte nel vostro
studio di Napoli, preventivo 3.200 euro. La segretaria mi ha proposto di pagare a rate con una
finanziaria "convenzionata" e io ho detto di no, che pagavo con bonifico, e così ho fatto.

Da settembre mi chiamano due finanziarie diverse, sapendo il mio nome e che "ho in corso un
trattamento odontoiatrico". Non ho mai dato il mio numero a nessuno oltre a voi.

Voglio sapere a chi avete comunicato i miei dati, quando e perché. Se non ho una risposta
seria mi rivolgo al Garante.

Tra l'altro il ponte si è già scheggiato, ma questo lo discuto con il dentista.

Gennaro Ruocco
""",
    R(["Information"], "gennaro.ruocco@posta-it.example", "Gennaro", "Ruocco"))

add("it-14-prezzo-pulizia", "Ilaria <ilaria.c@posta-it.example>",
    "info",
    "Salve quanto costa una pulizia dei denti nello studio di Firenze? grazie\n",
    R(["Unknown"], "ilaria.c@posta-it.example", "Ilaria", None))

add("it-15-questionari-gradimento", "Famiglia Conti <famiglia.conti@posta-it.example>",
    "Questionari",
    """Buongiorno,

sono Roberta Conti. Dopo ogni seduta di fisioterapia mi arriva un questionario di gradimento, a
volte due. Non voglio più riceverli, né via email né via SMS. Per favore rispondete al mio
indirizzo personale.

Roberta Conti
""",
    R(["Opposition"], "roberta.conti@posta-it.example", "Roberta", "Conti"),
    headers=["Reply-To: Roberta Conti <roberta.conti@posta-it.example>"])

add("it-16-che-dati-avete", "Nicolò Barbieri <nicolo.barbieri@posta-it.example>",
    "Dati personali",
    html("Buongiorno,",
         "vorrei sapere quali dati personali avete su di me e riceverne una copia. Sono "
         "cliente della farmacia online dal 2021 e ho partecipato a un corso della vostra "
         "Scuola di Formazione Continua.",
         "Grazie,<br>Nicolò Barbieri"),
    R(["Access"], "nicolo.barbieri@posta-it.example", "Nicolò", "Barbieri"), ct=HTML)

add("it-17-verifica-e-indirizzo-latin1", "Antonietta Sanna <antonietta.sanna@vecchiaposta.example>",
    "Verifica dati e cambio indirizzo",
    """Gentilissimi,

vorrei per prima cosa sapere quali dati avete registrato su di me presso lo studio dentistico di
Cagliari, perché ho l'impressione che ci siano degli errori. Inoltre l'indirizzo è sicuramente
sbagliato: quello giusto è Via Università 12, 09124 Cagliari.

Vi prego di correggerlo e di mandarmi un riepilogo dei dati.

Antonietta Sanna
""",
    R(["Access", "Rectification"], "antonietta.sanna@vecchiaposta.example", "Antonietta", "Sanna"),
    ct=LATIN1, encode="latin-1")

add("it-18-foto-intranet", "Giulia Romano <giulia.romano@acme-corp.example>",
    "Le mie foto sull'intranet",
    """Ciao,

scrivo a titolo personale. Sull'intranet del gruppo c'è ancora la galleria della festa aziendale
di giugno, con diverse foto in cui compaio io (anche una in cui sono in costume in piscina).
Nessuno mi aveva chiesto il permesso di pubblicarle.

Vorrei che le foto in cui compaio fossero cancellate.

Grazie,
Giulia Romano
Ufficio amministrazione, Fondazione Acme
""",
    R(["Erasure"], "giulia.romano@acme-corp.example", "Giulia", "Romano"))

add("it-19-inoltro-consigli-personalizzati", "Matteo Galli <matteo.galli@acme-corp.example>",
    "I: consigli personalizzati",
    """Ciao team privacy,

vi giro la mail di un cliente della farmacia online arrivata al servizio clienti. Non so come
disattivare solo la profilazione lasciando attivo l'account.

Matteo
Customer care Acme Farmacia Online

---------- Messaggio inoltrato ----------
Da: Emanuele Fontana <emanuele.fontana@posta-it.example>
Data: 14 nov 2026, 09:02
Oggetto: consigli personalizzati
A: assistenza@acme-corp.example

Salve, non voglio che i miei acquisti vengano analizzati per mandarmi "consigli personalizzati".
L'account mi serve, ma senza profilazione. Grazie, Emanuele Fontana
""",
    R(["Opposition"], "emanuele.fontana@posta-it.example", "Emanuele", "Fontana"))

add("it-20-registrazioni-videoconsulto", "Simona Caruso <simona.caruso@posta-it.example>",
    "Videoconsulti registrati?",
    """Salve,

la settimana prossima ho il primo videoconsulto con la fisioterapista. Le sedute vengono
registrate? Se sì, dove vengono conservate e per quanto tempo? Preferisco saperlo prima.

Simona Caruso
""",
    R(["Information"], "simona.caruso@posta-it.example", "Simona", "Caruso"))

add("it-21-ricevuta-730", "Pietro Moretti <pietro.moretti@posta-it.example>",
    "ricevuta per 730",
    """Buongiorno, ho perso la fattura della seduta di fisioterapia del 3 marzo (80 euro) e mi serve per
il 730. Me la potete rimandare via mail? Grazie
Pietro Moretti
""",
    R(["Unknown"], "pietro.moretti@posta-it.example", "Pietro", "Moretti"))

add("it-22-registro-screening", "Elisa Fabbri <elisa.fabbri@acme-corp.example>",
    "Nuovo progetto screening - registro dei trattamenti",
    """Ciao,

la Fondazione a marzo parte con il progetto "Sorrisi a scuola": screening dentistico gratuito
nelle scuole primarie di tre comuni, con schede individuali dei bambini, consenso dei genitori e
invio dei risultati alle famiglie.

Ci serve la scheda nel registro dei trattamenti, l'informativa per i genitori e, immagino, una
valutazione d'impatto. Possiamo fissare una call la settimana prossima?

Elisa Fabbri
Responsabile progetti, Fondazione Acme
""",
    TASK("elisa.fabbri@acme-corp.example", "Elisa", "Fabbri"))

add("it-23-nomina-call-center", "Andrea Costa <andrea.costa@acme-corp.example>",
    "Nomina responsabile esterno - nuovo call center",
    """Buongiorno,

da gennaio il centralino e le prenotazioni degli studi dentistici del Nord Italia passano a un
call center esterno (PrenotaSì S.r.l.). Avranno accesso all'agenda e ai dati anagrafici dei
pazienti.

Potete preparare l'atto di nomina a responsabile del trattamento ex art. 28 e verificare le
misure di sicurezza che hanno indicato nel questionario? Vi giro tutto il materiale.

Grazie,
Andrea Costa
Direzione operativa
""",
    TASK("andrea.costa@acme-corp.example", "Andrea", "Costa"))

add("it-24-foto-social-pazienti", "Martina De Luca <martina.deluca@acme-corp.example>",
    "Parere: foto prima/dopo sui social",
    """Ciao,

il marketing vorrebbe pubblicare su Instagram le foto "prima e dopo" dei trattamenti estetici
(faccette, sbiancamento), senza volto intero ma solo bocca e sorriso. Ci serve un vostro parere e
un modulo di consenso da far firmare ai pazienti. Ci sono dei casi di minorenni (ortodonzia): lì
come facciamo?

Grazie mille,
Martina De Luca
Marketing & Comunicazione
""",
    TASK("martina.deluca@acme-corp.example", "Martina", "De Luca"))

add("it-25-referto-sbagliato-sportello", "Roberto Ricci <roberto.ricci@acme-corp.example>",
    "Consegnato referto alla persona sbagliata",
    """Ciao,

stamattina allo sportello del centro di Bologna ho consegnato una busta con la relazione
fisioterapica e la copia della risonanza a una signora Ferrara. Solo che era la signora Ferrara
sbagliata: abbiamo due pazienti con lo stesso cognome e la stessa iniziale. Se n'è accorta a casa
e ha telefonato, domani la riporta.

La paziente giusta non sa ancora niente. Ho fatto male a non controllare la data di nascita, lo
so.

Roberto Ricci
Accettazione Acme Fisioterapia Bologna
""",
    INC("roberto.ricci@acme-corp.example", "Roberto", "Ricci"))

add("it-26-schermo-file-cifrati", "Laura Gentile <laura.gentile@acme-corp.example>",
    "Il PC della reception non funziona - messaggio strano",
    """Buongiorno,

questa mattina il computer della reception dello studio di Padova mostrava una schermata rossa
con scritto che "tutti i file sono stati crittografati" e di pagare in bitcoin entro 72 ore. Non
si apre più niente, nemmeno l'agenda dei pazienti. Anche il PC della sala 2 è uguale.

Ho staccato il cavo di rete come mi ha detto il tecnico al telefono. Il tecnico dice di avvisare
anche voi perché sui PC ci sono le schede dei pazienti e le radiografie.

Laura Gentile
""",
    INC("laura.gentile@acme-corp.example", "Laura", "Gentile"))

add("it-27-cartelle-nel-cassonetto", "Franco Marchi <franco.marchi@posta-it.example>",
    "Documenti vostri buttati in strada",
    """Buonasera,

abito in via Garibaldi a Perugia, di fronte al vostro studio dentistico. Stasera nel cassonetto
della carta c'erano due scatoloni aperti pieni di fogli con il vostro logo: schede pazienti,
anamnesi, consensi firmati, con nomi e codici fiscali. Il vento ne ha sparsi alcuni sul
marciapiede.

Ho fatto delle foto. Non so a chi altro dirlo, vi prego di intervenire subito.

Franco Marchi
""",
    INC("franco.marchi@posta-it.example", "Franco", "Marchi"))

add("it-28-documento-identita", "Giuseppe Dell'Acqua <giuseppe.dellacqua@libero-post.example>",
    "R: [DSR-91544] Conferma di ricezione della richiesta",
    """Buongiorno,

come richiesto allego copia della carta d'identità.

Cordiali saluti
Giuseppe Dell'Acqua

> Gentile interessato, la sua richiesta è stata registrata con il riferimento DSR-91544.
""",
    FU("91544", "giuseppe.dellacqua@libero-post.example", "Giuseppe", "Dell'Acqua"))

add("it-29-decreto-giudice", "Avv. Paola Rinaldi <paola.rinaldi@studiolegale-rinaldi.example>",
    "R: Sig.ra Carla Testa - amministrazione di sostegno",
    """Spett.le Acme,

in riferimento alla mia precedente, mi accorgo di non aver allegato il decreto di nomina.
Lo trovate in allegato a questa mail, insieme al mio documento d'identità.

Distinti saluti,
Avv. Paola Rinaldi
""",
    FU(ref("it-12-amministratore-sostegno"), "paola.rinaldi@studiolegale-rinaldi.example", "Paola", "Rinaldi"),
    headers=irt("it-12-amministratore-sostegno"))

add("it-30-sollecito", "Federica Marino <federica.marino@posta-it.example>",
    "Re: [DSR-90218] Presa in carico della sua richiesta - SOLLECITO",
    """Buongiorno,

sono passati più di 30 giorni dalla vostra presa in carico e non ho ricevuto nulla. Nel frattempo
il centro ha già mandato i dati all'assicurazione. Attendo un riscontro urgente.

Federica Marino
""",
    FU("90218", "federica.marino@posta-it.example", "Federica", "Marino"))

add("it-31-poste-phishing", "Poste Italiane <notifiche@poste-sicurezza-verifica.example>",
    "Il suo conto è stato limitato - aggiorni i dati",
    """Gentile Cliente,

per adeguamento alla normativa europea sulla protezione dei dati (GDPR) il suo conto è stato
temporaneamente limitato. Per ripristinarlo aggiorni i suoi dati personali entro 24 ore:

http://poste-sicurezza-verifica.example/aggiorna

Poste Italiane - Servizio Clienti
""",
    IGN("spam", "notifiche@poste-sicurezza-verifica.example"), headers=SPAM_HDR)

add("it-32-recensioni-google", "Recensioni Top <offerte@recensioni-top.example>",
    "Più pazienti per il vostro studio con 100 recensioni a 5 stelle",
    """Buongiorno,

aiutiamo studi dentistici e centri di fisioterapia ad aumentare le recensioni positive su Google:
100 recensioni a 5 stelle in 30 giorni a partire da 199 euro. Risultati garantiti.

Nel rispetto del GDPR, se non desidera ricevere altre comunicazioni risponda CANCELLAMI e
rimuoveremo i suoi dati.
""",
    IGN("spam", "offerte@recensioni-top.example"),
    headers=[AUTH(dkim="none", dmarc="fail", dom="recensioni-top.example")])

add("it-33-fuori-sede", "Dott.ssa Anna Vitale <anna.vitale@asl-convenzioni.example>",
    "Risposta automatica: Convenzione fisioterapia 2027",
    """Sono fuori sede fino al 25 novembre con accesso limitato alla posta. Per urgenze contattare la
segreteria al numero 06 0000000.

Anna Vitale
""",
    IGN("auto_reply", "anna.vitale@asl-convenzioni.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("it-34-newsletter-farmacia", "Notiziario Farmacie <news@notiziario-farmacie.example>",
    "Notiziario n. 45 - Novità normative per le farmacie online",
    """NOTIZIARIO FARMACIE - n. 45/2026

- Vendita online di farmaci da banco: nuove linee guida
- Ricetta elettronica: cosa cambia dal 2027
- Evento: GDPR e farmacia, Roma 12 dicembre

Per non ricevere più il notiziario: https://notiziario-farmacie.example/disiscrizione
""",
    IGN("bulk", "news@notiziario-farmacie.example"),
    headers=["List-Id: Notiziario Farmacie <lista.notiziario-farmacie.example>",
             "List-Unsubscribe: <https://notiziario-farmacie.example/disiscrizione>",
             "Precedence: bulk"])

add("it-35-cookie-estorsione", "Studio Legale Privacy <diffide@tutela-gdpr.example>",
    "DIFFIDA: violazione GDPR sul sito acme-corp.example",
    """Spettabile società,

abbiamo rilevato che il Vostro sito installa cookie di profilazione senza consenso. Il nostro
assistito è disposto a rinunciare a una segnalazione al Garante a fronte di un risarcimento
forfettario di 750 euro da versare entro 5 giorni tramite il link seguente:

http://tutela-gdpr.example/pagamento

In mancanza procederemo senza ulteriore avviso.
""",
    IGN("spam", "diffide@tutela-gdpr.example"), headers=SPAM_HDR)
