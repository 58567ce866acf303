from common import *  # part it: written blind

# ---------------------------------------------------------------- requests

add("it-01-accesso-somministrato", "Giuseppe Russo <giuseppe.russo62@libero.example>",
    "Richiesta di accesso ai dati personali ai sensi dell'art. 15 GDPR",
    """Spett.le Società,

il sottoscritto Giuseppe Russo, nato a Caserta il 21/03/1962, residente in Via Roma 18, 81100
Caserta, lavoratore somministrato per il tramite della Vostra agenzia per il lavoro presso
diverse aziende utilizzatrici dal 2021 al 2024,

CHIEDE

ai sensi dell'art. 15 del Regolamento (UE) 2016/679 di conoscere se sono in corso trattamenti
di dati personali che lo riguardano e di riceverne copia, compresi curriculum, contratti di
somministrazione, buste paga, valutazioni delle aziende utilizzatrici e annotazioni dei
Vostri selezionatori.

Allego copia del documento d'identità.

Distinti saluti
Giuseppe Russo
""",
    R(["Access"], "giuseppe.russo62@libero.example", "Giuseppe", "Russo"))

add("it-02-pec-avvocato-diffida", "Avv. Giancarlo De Santis <giancarlo.desantis@pec.avvocatiroma.example>",
    "POSTA CERTIFICATA: Diffida – sig.ra Federica Esposito – comunicazione illecita del curriculum",
    """Spett.le Società,

scrivo in nome e per conto della sig.ra Federica Esposito, nata a Napoli il 07/09/1993, che mi
ha conferito apposito mandato (in allegato).

La mia assistita ha appreso che il proprio curriculum vitae, inviato alla Vostra agenzia nel
2022 per una singola posizione di impiegata amministrativa, è stato inoltrato ad almeno tre
aziende clienti senza il suo consenso e senza alcuna informazione preventiva.

Pertanto, ai sensi degli artt. 17 e 21 del Regolamento (UE) 2016/679, Vi invito e diffido a:

a) cessare immediatamente ogni ulteriore comunicazione dei dati della mia assistita a terzi;
b) cancellare tutti i dati personali che la riguardano, dandone conferma scritta entro 30
   giorni dal ricevimento della presente.

In difetto, mi riservo ogni azione a tutela della mia assistita, anche mediante reclamo al
Garante per la protezione dei dati personali.

Distinti saluti

Avv. Giancarlo De Santis
Foro di Roma
Via Cola di Rienzo 00 – 00192 Roma

Il presente messaggio di posta elettronica certificata e gli eventuali allegati sono
riservati al destinatario. Chiunque lo ricevesse per errore è pregato di darne comunicazione
al mittente e di cancellarlo.
""",
    R(["Opposition", "Erasure"], "giancarlo.desantis@pec.avvocatiroma.example", "Federica", "Esposito",
      representative="Giancarlo De Santis"),
    headers=["X-Trasporto: posta-certificata", "X-Riferimento-Message-ID: <pec-88120@avvocatiroma.example>"])

add("it-03-cancellate", "simo.b@tiscali.example", "account",
    """cancellate il mio account grazie
""",
    R(["Erasure"], "simo.b@tiscali.example"))

add("it-04-basta-notifiche", "Franco Colombo <franco.colombo@alice.example>", "NOTIFICHE",
    """BASTA CON QUESTE NOTIFICHE PUBBLICITARIE OGNI SERA!!! NON VOGLIO PIU RICEVERE OFFERTE NE EMAIL
NE SMS. TOGLIETEMI DA TUTTO.

FRANCO COLOMBO
""",
    R(["Opposition"], "franco.colombo@alice.example", "Franco", "Colombo"))

add("it-05-revoca-foto-nido", "Chiara Bianchi <chiara.bianchi84@gmail.example>",
    "Revoca consenso foto - Tommaso Ferri",
    """Buongiorno,

sono la mamma di Tommaso Ferri, sezione Coccinelle del nido di via Padova a Milano. Con la
presente revoco il consenso alla pubblicazione di foto e video di mio figlio sull'app per i
genitori e sui vostri canali social.

Le foto già caricate possono restare nell'archivio della sezione, ma da ora in poi niente più.

Grazie,
Chiara Bianchi
""",
    R(["Opposition"], "chiara.bianchi84@gmail.example", "Tommaso", "Ferri",
      representative="Chiara Bianchi"))

add("it-06-rider-copia-dati", "Kwame Mensah <kwame.mensah@gmail.example>",
    "richiesta dati rider",
    """Buonasera,

sono un rider a Bologna (ID BO-4471). Vorrei avere copia di tutti i miei dati: le posizioni GPS
registrate durante le consegne, lo storico degli ordini accettati e rifiutati, le valutazioni
dei clienti e le statistiche che usate su di me.

Grazie.
Kwame Mensah
""",
    R(["Access"], "kwame.mensah@gmail.example", "Kwame", "Mensah"))

add("it-07-rider-algoritmo-slot", "Salvatore Di Pietro <salvo.dipietro@virgilio.example>",
    "Slot assegnati dall'algoritmo - chiedo revisione",
    """Salve,

da tre settimane il sistema mi assegna solo gli slot della notte e del lunedì mattina, perché
il mio "punteggio di affidabilità" è sceso dopo che ho disdetto due turni quando ero
ricoverato in ospedale (ho i certificati).

Nessuno in carne e ossa ha mai guardato il mio caso. Chiedo che una persona riesamini questa
decisione e di poter spiegare le mie ragioni, come prevede l'art. 22 del GDPR.

Salvatore Di Pietro
Rider – Palermo
""",
    R(["AutomatedDecision"], "salvo.dipietro@virgilio.example", "Salvatore", "Di Pietro"))

add("it-08-codice-fiscale-errato", "Anna Maria Dalla Costa <annamaria.dallacosta@libero.example>",
    "Codice fiscale errato su buste paga e CU",
    """Buongiorno,

sulle mie buste paga da luglio e sulla Certificazione Unica risulta un codice fiscale
sbagliato (DLLNMR78C41L736X). Il mio corretto è DLLNMR78C41L736Y. Inoltre il cognome è scritto
"Dallacosta" attaccato, mentre è "Dalla Costa".

Vi prego di correggere al più presto perché il commercialista deve fare il 730.

Cordiali saluti
Anna Maria Dalla Costa
""",
    R(["Rectification"], "annamaria.dallacosta@libero.example", "Anna Maria", "Dalla Costa"),
    ct=LATIN1, encode="latin-1")

add("it-09-portabilita", "Luca Marchetti <luca.marchetti@fastwebnet.example>",
    "Portabilità dati",
    """Ciao,

sto passando a un'altra app di consegne. Mi mandate i miei dati (ordini, indirizzi salvati,
ristoranti preferiti) in un formato tipo CSV o JSON che posso importare? Art. 20 GDPR.

Grazie!
Luca
""",
    R(["Portability"], "luca.marchetti@fastwebnet.example", "Luca", "Marchetti"))

add("it-10-domande-app-genitori", "Roberta Lombardi <roberta.lombardi@gmail.example>",
    "Domande sull'app per i genitori",
    """Gentili,

a settembre abbiamo iscritto nostra figlia alla vostra scuola dell'infanzia di Torino. Prima di
firmare il modulo per l'app vorrei capire alcune cose:

- chi gestisce l'app e dove sono conservati i dati?
- per quanto tempo tenete foto, messaggi e il diario giornaliero (pasti, sonno, cambi)?
- i dati vengono comunicati al Comune o all'ASL?

Grazie mille,
Roberta Lombardi
""",
    R(["Information"], "roberta.lombardi@gmail.example", "Roberta", "Lombardi"))

add("it-11-ore-non-pagate", "Davide Ferraro <davide.ferraro91@gmail.example>",
    "VERGOGNA - ore non pagate",
    """Buongiorno a chi legge (se qualcuno legge),

lavoro tramite voi da aprile in un magazzino di Piacenza. Da luglio faccio 46 ore a settimana,
lo sanno tutti, il capoturno me lo chiede ogni giorno, ma in busta paga me ne risultano 40. La
mia consulente in filiale non risponde al telefono da tre settimane e quando sono andato di
persona mi hanno detto di "mandare una mail".

Ecco la mail. Quindi vi chiedo formalmente copia di tutti i dati che avete su di me, comprese
le timbrature, i fogli presenza che vi manda l'azienda utilizzatrice e le buste paga, perché
voglio farle vedere al sindacato.

Non è possibile che si lavori così. Ho un figlio piccolo e l'affitto da pagare, non sono soldi
che posso regalare. Se non mi rispondete entro fine mese vado dall'avvocato.

Davide Ferraro
""",
    R(["Access"], "davide.ferraro91@gmail.example", "Davide", "Ferraro"))

add("it-12-disiscrizione-html", "Elisa Galli <elisa.galli@outlook.example>",
    "Disiscrizione newsletter",
    html("Buongiorno,",
         "vi chiedo di <b>non inviarmi più</b> newsletter, offerte e codici sconto via email e SMS. "
         "Il link &quot;disiscriviti&quot; in fondo alle mail non funziona (errore 404).",
         "Cordiali saluti<br>Elisa Galli",
         "<i>Inviato da Outlook per Android</i>"),
    R(["Opposition"], "elisa.galli@outlook.example", "Elisa", "Galli"),
    ct=HTML)

add("it-13-rimborso-ordine", "Gennaro Esposito <gennaro.esposito@libero.example>",
    "rimborso ordine",
    """Salve ho ordinato ieri sera una pizza e due supplì, è arrivata solo la pizza. Nel riepilogo
però mi avete addebitato tutto, 24,50 euro. Come faccio ad avere il rimborso? Ordine
n. 7720193

Gennaro
""",
    R(["Unknown"], "gennaro.esposito@libero.example", "Gennaro", "Esposito"))

add("it-14-padre-deceduto", "Marco Fontana <marco.fontana@tin.example>",
    "Account di mio padre deceduto",
    """Buongiorno,

mio padre Luigi Fontana è venuto a mancare il mese scorso. Aveva un account sulla vostra app,
con la carta di credito salvata. Non conosco la password.

Vi chiedo di chiudere e cancellare l'account e tutti i suoi dati. Posso inviarvi il
certificato di morte e la dichiarazione di successione.

Grazie,
Marco Fontana
""",
    R(["Erasure"], "marco.fontana@tin.example", "Luigi", "Fontana", representative="Marco Fontana"))

add("it-15-referenza-errata", "Valeria Conti <valeria.conti@gmail.example>",
    "Referenza errata - limitazione del trattamento",
    """Buongiorno,

durante un colloquio presso un vostro cliente a Verona mi hanno detto che dalla vostra
agenzia risulta una referenza negativa del mio ex datore di lavoro ("licenziata per scarso
rendimento"). Non è vero: mi sono dimessa io e posso dimostrarlo con la lettera di dimissioni.

Vi chiedo, ai sensi dell'art. 18 GDPR, di limitare il trattamento di questa referenza e di non
trasmetterla a nessuno finché non avrete fatto le vostre verifiche.

Valeria Conti
""",
    R(["Restriction"], "valeria.conti@gmail.example", "Valeria", "Conti"))

add("it-16-inoltro-customer-care", "Alessandro Greco <alessandro.greco@acme-corp.example>",
    "I: Richiesta dati",
    """Ciao,
vi giro questa mail arrivata al customer care. Mi sembra una richiesta di accesso, la gestite
voi?
Grazie
Ale

---------- Messaggio inoltrato ---------
Da: Sara Moretti <sara.moretti@yahoo.example>
Data: dom 15 nov 2026 alle ore 20:11
Oggetto: Richiesta dati
A: assistenza@acme-corp.example

Buonasera,
vorrei sapere quali dati personali avete su di me e riceverne una copia. Sono cliente dal 2020
con questa email.
Grazie, Sara Moretti
""",
    R(["Access"], "sara.moretti@yahoo.example", "Sara", "Moretti"))

add("it-17-allergia-allegato", "Paola Ricci <paola.ricci@acme-corp.example>",
    "I: Correzione dati allergie - Pietro Santoro", "",
    R(["Rectification"], "andrea.santoro@gmail.example", "Pietro", "Santoro",
      representative="Andrea Santoro"),
    note="""Buongiorno,
vi inoltro la mail del papà di Pietro. In sezione abbiamo già aggiornato la scheda cartacea, ma
nell'app e nel gestionale della mensa risulta ancora "nessuna allergia". Potete occuparvene
voi o dirmi chi deve farlo? È urgente.

Paola Ricci
Coordinatrice pedagogica – Scuola dell'infanzia Girasole, Firenze
""",
    attached=("Andrea Santoro <andrea.santoro@gmail.example>", "Correzione dati allergie",
              """Buongiorno,

nella scheda di mio figlio Pietro Santoro (sezione Delfini) risulta "nessuna allergia", ma
Pietro è allergico alla frutta a guscio (nocciole e noci), come da certificato consegnato a
settembre. Vi chiedo di correggere subito i dati ovunque siano registrati, anche per la mensa.

Andrea Santoro
"""))

add("it-18-casellario-domande", "Famiglia Lombardo <famiglia.lombardo@alice.example>",
    "Domande su controlli casellario e referenze",
    """Buongiorno,

mi sono candidato tramite voi per un posto da magazziniere a Brescia. La vostra consulente mi ha
chiesto il certificato del casellario giudiziale e il consenso a "verifiche presso precedenti
datori di lavoro".

Vorrei sapere su che base fate questi controlli, chi li fa (voi o una società esterna) e per
quanto tempo conservate i risultati.

Rispondetemi per favore all'altro indirizzo, questo di casa lo legge anche mia moglie.

Giovanni Lombardo
""",
    R(["Information"], "g.lombardo.lavoro@gmail.example", "Giovanni", "Lombardo"),
    headers=["Reply-To: g.lombardo.lavoro@gmail.example"])

add("it-19-togliermi-liste", "alessia bruno <ale.bruno99@hotmail.example>", "liste",
    """ciao volevo sapere se potete togliermi dalle vostre liste email e cancellare il mio cv che
non cerco piu lavoro grazie mille
alessia
""",
    R(["Opposition", "Erasure"], "ale.bruno99@hotmail.example", "Alessia", "Bruno"))

add("it-20-ticino-accesso-rettifica", "Ing. Claudio Bernasconi <c.bernasconi@ticino.example>",
    "Domanda di accesso e rettifica dei dati",
    """Egregi signori,

mi rivolgo a voi in qualità di ex collaboratore temporaneo della vostra filiale di Lugano.
In base alla Legge federale sulla protezione dei dati (LPD) e, per quanto applicabile, al
GDPR, vi chiedo:

1) di ricevere una copia di tutti i dati personali che mi riguardano;
2) la rettifica del mio indirizzo, che risulta ancora «Via Cantonale 12, 6500 Bellinzona»,
   mentre dal 1° ottobre abito in Via Nassa 5, 6900 Lugano – il certificato di salario mi è
   stato spedito al vecchio indirizzo.

Distinti saluti
Claudio Bernasconi
""",
    R(["Access", "Rectification"], "c.bernasconi@ticino.example", "Claudio", "Bernasconi"),
    ct=CP1252, encode="cp1252")

add("it-21-educatrice-foto-sito", "Martina De Luca <martina.deluca@acme-corp.example>",
    "Le mie foto sul sito e su Instagram",
    """Ciao,

sono un'educatrice del nido di Roma Monteverde. Due anni fa ho fatto delle foto per la pagina
"Il nostro team" del sito e per Instagram. Dal mese prossimo non lavorerò più qui e vorrei che
le mie foto e il mio nome fossero tolti dal sito e dai post.

Ho già chiesto alla coordinatrice ma mi ha detto di scrivere a voi.

Grazie,
Martina De Luca
""",
    R(["Erasure"], "martina.deluca@acme-corp.example", "Martina", "De Luca"))

# ---------------------------------------------------------------- tasks

add("it-22-task-nomina-assicurazione", "Federico Rinaldi <federico.rinaldi@acme-corp.example>",
    "Nomina responsabile art. 28 – assicurazione rider",
    """Ciao team privacy,

stiamo chiudendo l'accordo con la compagnia per la polizza infortuni dei rider. Riceveranno
anagrafiche, codici fiscali e dati sugli incidenti. Mi serve una vostra revisione della bozza di
nomina a responsabile esterno (o sono titolari autonomi?) entro venerdì. Allego la bozza.

Grazie,
Federico
Legal & Procurement
""",
    TASK("federico.rinaldi@acme-corp.example", "Federico", "Rinaldi"))

add("it-23-task-telecamere-nido", "Giorgia Marino <giorgia.marino@acme-corp.example>",
    "Telecamere nel nuovo nido di Bergamo",
    """Buongiorno,

alcuni genitori chiedono le telecamere nelle aule del nuovo nido di Bergamo. Prima di procedere
con il fornitore vorrei la vostra valutazione: serve una DPIA? Che cartelli e che informativa?
Serve l'accordo sindacale per le educatrici?

Possiamo sentirci la prossima settimana?

Giorgia Marino
Area Manager Nord – Servizi Infanzia
""",
    TASK("giorgia.marino@acme-corp.example", "Giorgia", "Marino"))

add("it-24-task-registro-paghe", "Stefano Gallo <stefano.gallo@acme-corp.example>",
    "Aggiornamento registro dei trattamenti – nuovo software paghe",
    """Buongiorno,

dal 1° gennaio il calcolo delle buste paga dei somministrati passa al nuovo software in cloud.
Vi mando la scheda del fornitore per aggiornare il registro dei trattamenti e l'elenco dei
sub-responsabili. Ditemi se vi serve altro.

Stefano Gallo
HR Operations
""",
    TASK("stefano.gallo@acme-corp.example", "Stefano", "Gallo"))

add("it-25-task-formazione-recruiter", "Ilaria Caruso <ilaria.caruso@acme-corp.example>",
    "Formazione privacy nuovi recruiter",
    """Ciao!

A dicembre entrano 9 nuovi recruiter nelle filiali di Napoli e Bari. Potete organizzare una
sessione di formazione GDPR (gestione CV, colloqui, referenze, tempi di conservazione)? Anche
da remoto va benissimo.

Grazie,
Ilaria
""",
    TASK("ilaria.caruso@acme-corp.example", "Ilaria", "Caruso"))

# ---------------------------------------------------------------- incidents

add("it-26-inc-cellulare-sezione", "Francesca Villa <francesca.villa@acme-corp.example>",
    "Smarrimento cellulare della sezione",
    """Buonasera,

oggi pomeriggio, durante l'uscita al parco, ho perso il cellulare della sezione. Sul telefono
c'è WhatsApp con il gruppo dei genitori (24 famiglie), le foto dei bambini della settimana e la
rubrica con i numeri delle persone delegate al ritiro. Il telefono ha un PIN a 4 cifre.

Ho già avvisato la coordinatrice.

Francesca Villa
Educatrice – Nido Arcobaleno, Padova
""",
    INC("francesca.villa@acme-corp.example", "Francesca", "Villa"))

add("it-27-inc-cv-altri-candidati", "Lorenzo Pellegrini <lorenzo.pellegrini@gmail.example>",
    "Ho ricevuto CV di altre persone",
    """Buongiorno,

rispondendo alla mail della vostra consulente per il colloquio di giovedì mi è arrivato un
allegato ZIP che doveva contenere la descrizione della posizione. Dentro invece ci sono i
curriculum di altri 14 candidati, con foto, indirizzi e numeri di telefono.

Vi avviso perché immagino non sia voluto. Cosa devo fare, li cancello?

Lorenzo Pellegrini
""",
    INC("lorenzo.pellegrini@gmail.example", "Lorenzo", "Pellegrini"))

add("it-28-inc-ransomware-filiale", "Matteo Serra <matteo.serra@acme-corp.example>",
    "URGENTE - possibile virus PC filiale Cagliari",
    """Ciao,

nella filiale di Cagliari stamattina i file sul disco condiviso hanno tutti l'estensione
.lockd e c'è un file LEGGIMI.txt con una richiesta di pagamento in bitcoin. Sul disco ci sono i
fascicoli dei lavoratori (documenti d'identità, buste paga, certificati medici).

Ho staccato il PC dalla rete. Ho chiamato l'IT ma non risponde nessuno.

Matteo Serra
Responsabile filiale
""",
    INC("matteo.serra@acme-corp.example", "Matteo", "Serra"))

add("it-29-inc-busta-paga-indirizzo", "Daniela Cattaneo <daniela.cattaneo@acme-corp.example>",
    "Lettera con buste paga spedita all'indirizzo sbagliato",
    """Buongiorno,

vi segnalo che la lettera con la CU e le ultime tre buste paga di un lavoratore somministrato
(R.M., filiale di Monza) è stata spedita all'indirizzo di un altro lavoratore con lo stesso
cognome. Ce l'ha riportata lui stesso in filiale, aperta.

Daniela Cattaneo
Ufficio Amministrazione del Personale
""",
    INC("daniela.cattaneo@acme-corp.example", "Daniela", "Cattaneo"),
    ct=LATIN1, encode="latin-1-qp")

# ---------------------------------------------------------------- follow-ups

add("it-30-fu-sollecito", "Rosa Marchi <rosa.marchi@libero.example>",
    "R: [DSR-62740] Conferma di ricezione della Sua richiesta",
    """Buongiorno,

sono passati più di 30 giorni dalla vostra conferma e non ho ancora ricevuto la copia dei miei
dati. Vi sollecito a rispondere, altrimenti presenterò reclamo al Garante.

Rosa Marchi

-----Messaggio originale-----
Da: privacy@acme-corp.example
Inviato: lunedì 12 ottobre 2026 10:02
Oggetto: [DSR-62740] Conferma di ricezione della Sua richiesta

Gentile utente,
abbiamo ricevuto la Sua richiesta, registrata con il numero DSR-62740. Le risponderemo entro
un mese.
Il team Privacy
""",
    FU("62740", "rosa.marchi@libero.example", "Rosa", "Marchi"))

add("it-31-fu-procura", "Avv. Giancarlo De Santis <giancarlo.desantis@pec.avvocatiroma.example>",
    "Re: POSTA CERTIFICATA: Diffida – sig.ra Federica Esposito – comunicazione illecita del curriculum",
    """Spett.le Società,

facendo seguito alla mia precedente, trasmetto in allegato la procura sottoscritta dalla
sig.ra Esposito e copia del suo documento d'identità.

Distinti saluti
Avv. Giancarlo De Santis
""",
    FU(ref("it-02-pec-avvocato-diffida"), "giancarlo.desantis@pec.avvocatiroma.example",
       "Giancarlo", "De Santis"),
    headers=irt("it-02-pec-avvocato-diffida") + ["X-Trasporto: posta-certificata"])

add("it-32-fu-video-festa", "Chiara Bianchi <chiara.bianchi84@gmail.example>",
    "Re: Revoca consenso foto - Tommaso Ferri",
    """Buongiorno,
non ho ricevuto nessuna conferma e oggi sull'app è comparso il video della festa d'autunno dove
si vede anche Tommaso. Potete verificare?
Chiara Bianchi

Inviato da iPhone
""",
    FU(ref("it-05-revoca-foto-nido"), "chiara.bianchi84@gmail.example", "Chiara", "Bianchi"),
    headers=irt("it-05-revoca-foto-nido"))

# ---------------------------------------------------------------- ignored

add("it-33-spam-posizionamento", "Web Agency Top <info@posizionamento-top.example>",
    "Il vostro sito è invisibile su Google",
    """Buongiorno,

analizzando il vostro sito abbiamo notato che non compare nella prima pagina di Google per
ricerche come "asilo nido Milano" o "agenzia per il lavoro". I vostri concorrenti sì.

Con il nostro pacchetto SEO Premium vi garantiamo la prima pagina in 60 giorni. Rispondete a
questa email per una consulenza gratuita.

Cordiali saluti
Il team Web Agency Top

Per non ricevere più nostre comunicazioni rispondete con oggetto CANCELLAMI.
""",
    IGN("spam", "info@posizionamento-top.example"))

add("it-34-spam-fattura", "Amministrazione <fatture@fornitore-srl.example>",
    "Fattura n. 2026/1187 scaduta – sollecito di pagamento",
    """Gentile cliente,

risulta ancora insoluta la fattura n. 2026/1187 di euro 3.840,00. Può scaricare la fattura
e il dettaglio dei pagamenti al seguente link:

http://docs-condivisi.example/f1187.zip

In mancanza di pagamento entro 48 ore procederemo per vie legali.

Ufficio Amministrazione
""",
    IGN("spam", "fatture@fornitore-srl.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="fornitore-srl.example")])

add("it-35-spam-adeguamento-gdpr", "Ufficio Adeguamento GDPR <adempimenti@gdpr-italia-servizi.example>",
    "ULTIMO AVVISO: adeguamento privacy obbligatorio – sanzioni fino a 20 milioni",
    """ATTENZIONE

La vostra azienda risulta NON CONFORME al Regolamento europeo 2016/679 (GDPR). I controlli
della Guardia di Finanza sono in aumento e le sanzioni arrivano fino a 20 milioni di euro.

Con il pacchetto "Privacy Completa" a soli 299 euro + IVA ricevete: registro dei trattamenti,
informative, nomine e attestato. Offerta valida 7 giorni.

Per essere cancellati dalla nostra lista rispondete CANCELLA.
""",
    IGN("spam", "adempimenti@gdpr-italia-servizi.example"),
    headers=SPAM_HDR)

add("it-36-risposta-automatica", "Dott.ssa Laura Benedetti <laura.benedetti@studiobenedetti.example>",
    "Risposta automatica: Richiesta documentazione",
    """Gentile mittente,

sono fuori ufficio fino al 24 novembre con accesso limitato alla posta elettronica. Per
questioni urgenti potete contattare la segreteria dello studio al numero 02 555 7781.

Cordiali saluti
Dott.ssa Laura Benedetti
""",
    IGN("auto_reply", "laura.benedetti@studiobenedetti.example"),
    headers=["X-Autorespond: yes"])

add("it-37-newsletter-privacy", "Privacy News Italia <news@privacynews-italia.example>",
    "Newsletter n. 45 – Il Garante sanziona una app di food delivery: cosa cambia per i rider",
    """PRIVACY NEWS ITALIA – Newsletter n. 45

In questo numero:
- Il Garante sanziona una piattaforma di food delivery per la geolocalizzazione dei rider
- Curriculum e agenzie per il lavoro: quanto a lungo si possono conservare?
- Foto dei bambini al nido: consenso dei genitori e app scuola-famiglia
- Evento online del 2 dicembre: "Diritti degli interessati, istruzioni per l'uso"

Ricevi questa newsletter perché sei iscritto al sito privacynews-italia.example.
Per disiscriverti clicca qui: https://privacynews-italia.example/unsubscribe
""",
    IGN("bulk", "news@privacynews-italia.example"),
    headers=["List-Id: Privacy News Italia <newsletter.privacynews-italia.example>",
             "List-Unsubscribe: <https://privacynews-italia.example/unsubscribe>",
             "Precedence: bulk"])

add("it-38-mancato-recapito", "Mail Delivery Subsystem <postmaster@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)", "",
    IGN("bounce", "postmaster@mx.acme-corp.example"),
    dsn=True)
