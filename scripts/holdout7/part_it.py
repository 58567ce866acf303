from common import *  # part it: written blind

# ---------------------------------------------------------------- requests
add("it-01-foto-targa", "Giulia Marchetti <giulia.marchetti@posta-it.example>",
    "Richiesta copia immagini targa",
    """Buongiorno,

parcheggio spesso nel vostro parcheggio multipiano di Bologna Centrale e ho notato le telecamere che leggono le targhe. Vorrei ricevere copia di tutti i dati e le immagini che conservate relativi a me e alla mia auto (targa FX 318 KL).

Grazie,
Giulia Marchetti
""", R(["Access"], "giulia.marchetti@posta-it.example", "Giulia", "Marchetti"))

add("it-02-cancellare-donatore", "Salvatore Russo <salvo.russo77@libero-mail.example>",
    "cancellazione",
    """salve ho fatto una donazione con sms per l alluvione e da allora mi arrivano lettere e mail tutte le settimane vi chiedo di cancellare tutti i miei dati grazie salvatore russo""",
    R(["Erasure"], "salvo.russo77@libero-mail.example", "Salvatore", "Russo"))

add("it-03-maiuscolo-telefonate", "ANNAMARIA DE SANTIS <annamaria.desantis@tin-mail.example>",
    "BASTA TELEFONATE",
    """BUONGIORNO

MI CHIAMATE TUTTI I GIORNI ANCHE LA DOMENICA PER CHIEDERMI DI FARE UNA DONAZIONE. NON VOGLIO PIU ESSERE CONTATTATA PER TELEFONO NE PER POSTA PER RACCOLTE FONDI. CANCELLATE IL MIO NUMERO DALLE VOSTRE LISTE.

ANNAMARIA DE SANTIS
""", R(["Opposition"], "annamaria.desantis@tin-mail.example", "Annamaria", "De Santis"))

add("it-04-formale-15-20", "Avv. Ludovica Branciforte <ludovica.branciforte@pec-studio.example>",
    "Esercizio dei diritti ex artt. 15 e 20 Reg. UE 2016/679",
    """Spett.le Società,

la sottoscritta Ludovica Branciforte, nata a Palermo il 4 marzo 1981, C.F. BRNLDV81C44G273X, titolare del contratto di telepedaggio n. 66-40193-2 associato al veicolo targato GB 771 PT, con la presente

CHIEDE

1. ai sensi dell'art. 15 del Regolamento (UE) 2016/679, di ottenere conferma dell'esistenza di dati personali che la riguardano e copia degli stessi, unitamente alle informazioni su finalità, destinatari e periodo di conservazione;

2. ai sensi dell'art. 20 del medesimo Regolamento, di ricevere in formato strutturato, di uso comune e leggibile da dispositivo automatico l'elenco completo dei transiti autostradali effettuati dal 2023 ad oggi.

In attesa di riscontro entro i termini di legge, porgo distinti saluti.

Ludovica Branciforte
Via Libertà 88, 90143 Palermo
""", R(["Access", "Portability"], "ludovica.branciforte@pec-studio.example", "Ludovica", "Branciforte"))

add("it-05-codice-fiscale", "Pasquale Esposito <pasquale.esposito@napoli-mail.example>",
    "Dati sbagliati sul mio contratto",
    """Buonasera,

sulle fatture del telepedaggio il mio codice fiscale è sbagliato (c'è una M al posto della N) e anche il cognome è scritto "Espòsito" con l'accento. Il codice fiscale corretto è SPSPSQ70A01F839N. Vi chiedo di correggere i dati, perché il commercialista non riesce a scaricare le spese.

Cordiali saluti
Pasquale Esposito
""", R(["Rectification"], "pasquale.esposito@napoli-mail.example", "Pasquale", "Esposito"))

add("it-06-avvocato-multa", "Studio Legale Cavalcanti <segreteria@studiocavalcanti.example>",
    "Istanza di accesso ai dati – Sig.ra Benedetta Oliviero – sanzione n. 2026/PK/55810",
    """Spett.le Società,

scrivo in nome e per conto della mia assistita, Sig.ra Benedetta Oliviero, residente in Torino, Corso Francia 210, giusta delega che si allega, in relazione all'avviso di sanzione n. 2026/PK/55810 per presunta sosta non pagata presso il Vostro parcheggio di Porta Susa.

Ai sensi dell'art. 15 GDPR chiedo di ricevere copia di tutti i dati personali della mia assistita in Vostro possesso, ivi comprese le immagini rilevate dal sistema di lettura targhe e i relativi orari di ingresso e uscita.

Distinti saluti

Avv. Federico Cavalcanti
Studio Legale Cavalcanti
Via Roma 12, 10121 Torino
Tel. 011 555 4410

Il presente messaggio è riservato e destinato esclusivamente al destinatario indicato. Qualora lo riceveste per errore siete pregati di darne notizia al mittente e di cancellarlo.
""", R(["Access"], "segreteria@studiocavalcanti.example", "Benedetta", "Oliviero", representative="Federico Cavalcanti"))

add("it-07-genitore-volontario", "Roberta Lo Presti <roberta.lopresti@famiglia-mail.example>",
    "Foto di mio figlio minorenne",
    """Buongiorno,

mio figlio Gabriele Lo Presti ha 14 anni e ha partecipato come volontario alla vostra raccolta alimentare a Catania. Ora le sue foto con nome e cognome sono sul vostro sito e sulla pagina Facebook. In qualità di genitore chiedo che rimuoviate le foto e cancelliate tutti i dati di Gabriele.

Roberta Lo Presti

Inviato da iPhone
""", R(["Erasure"], "roberta.lopresti@famiglia-mail.example", "Gabriele", "Lo Presti", representative="Roberta Lo Presti"))

add("it-08-amministratore-sostegno", "Dott. Enrico Dalla Valle <enrico.dallavalle@studio-dv.example>",
    "Amministrazione di sostegno – Sig.ra Adele Bortolin",
    """Spett.le Associazione,

con decreto del Giudice Tutelare di Treviso del 10.06.2026 sono stato nominato amministratore di sostegno della Sig.ra Adele Bortolin, nata il 18.11.1931, ospite della RSA Villa Serena. Allego copia del decreto.

La Sig.ra Bortolin non è più in grado di gestire la corrispondenza e riceve quasi ogni giorno vostre richieste di donazione. Vi chiedo:
- di sospendere ogni comunicazione promozionale e di raccolta fondi nei suoi confronti;
- di comunicarmi quali dati personali della Sig.ra Bortolin trattate e da quando.

Cordiali saluti
Enrico Dalla Valle
Commercialista – Amministratore di sostegno
""", R(["Opposition", "Access"], "enrico.dallavalle@studio-dv.example", "Adele", "Bortolin", representative="Enrico Dalla Valle"))

add("it-09-erede-madre", "Marco Zanetti <marco.zanetti@posta-veneta.example>",
    "Decesso di mia madre, sostenitrice",
    """Gentili signori,

mia madre, Elisabetta Zanetti Ferrari, sostenitrice della vostra associazione con un'adozione a distanza in Etiopia, è mancata il 2 ottobre. Sono il suo unico erede. Vi chiedo di interrompere l'adozione e di cancellare i dati di mia madre dai vostri archivi, salvo quanto dovete tenere per legge.

Grazie per quello che fate.
Marco Zanetti
""", R(["Erasure"], "marco.zanetti@posta-veneta.example", "Elisabetta", "Zanetti Ferrari", representative="Marco Zanetti"))

add("it-10-penale-automatica", "Fabrizio Colombo <fabrizio.colombo@mailmilano.example>",
    "Penale automatica per mancato pagamento pedaggio – chiedo revisione",
    """Buongiorno,

ho ricevuto un rapporto di mancato pagamento con penale di 45 € per un transito a Milano Ovest del 19 ottobre. Nel testo c'è scritto che la penale è stata "generata automaticamente dal sistema sulla base della lettura della targa". Quel giorno il dispositivo era regolarmente attivo e il transito risulta anche nell'estratto conto del telepedaggio.

Chiedo che la decisione sia riesaminata da una persona e di poter esprimere la mia opinione prima che la penale diventi definitiva.

Fabrizio Colombo
""", R(["AutomatedDecision"], "fabrizio.colombo@mailmilano.example", "Fabrizio", "Colombo"))

add("it-11-limitazione", "Chiara Boccadoro <chiara.boccadoro@posta-fi.example>",
    "Richiesta di limitazione del trattamento",
    """Spettabile società,

ho contestato la sanzione del parcheggio di Firenze SMN (pratica 88/2026) perché la targa fotografata non corrisponde alla mia. Finché la contestazione non sarà decisa chiedo la limitazione del trattamento dei miei dati: potete conservarli, ma non utilizzarli né trasmetterli a società di recupero crediti.

Chiara Boccadoro
""", R(["Restriction"], "chiara.boccadoro@posta-fi.example", "Chiara", "Boccadoro"))

add("it-12-destinatari-targhe", "Tommaso Gallo <tommaso.gallo@mailbox.example>",
    "Domanda su chi riceve i dati delle targhe",
    """Salve,

vorrei sapere a chi comunicate i dati delle targhe lette dalle vostre telecamere nei parcheggi: forze dell'ordine? società di recupero crediti? assicurazioni? E per quanto tempo li tenete se ho pagato regolarmente?

Non mi serve una copia, solo capire.

Grazie
Tommaso Gallo
""", R(["Information"], "tommaso.gallo@mailbox.example", "Tommaso", "Gallo"))

add("it-13-latin1-profilazione", "Gianfranco Pellegrini <gianfranco.pellegrini@alice-mail.example>",
    "Opposizione alla profilazione",
    """Spett.le Fondazione,

nella vostra informativa leggo che "analizzate i dati dei donatori per stimarne la capacità di donazione", anche con dati acquistati da terzi. Mi oppongo a questa profilazione. Continuerò a donare, ma non voglio essere classificato né valutato.

Distinti saluti
Gianfranco Pellegrini
Perugia
""", R(["Opposition"], "gianfranco.pellegrini@alice-mail.example", "Gianfranco", "Pellegrini"),
    ct=LATIN1, encode="latin-1")

add("it-14-lunga-arrabbiata", "Rosaria Inguscio <rosaria.inguscio@salento-mail.example>",
    "VERGOGNA",
    """Buongiorno,

vi scrivo perché sono veramente stufa. Ad agosto sono andata in vacanza in Puglia con mio marito e i bambini, abbiamo usato il telepedaggio come sempre. A ottobre mi arrivano sull'estratto conto addebiti per transiti a Genova e a Ventimiglia, dove non siamo mai stati in vita nostra. Chiamo il numero verde, mi dicono che il dispositivo è "associato a due targhe" e che una delle due non è la nostra. Non si sa come, nel vostro sistema c'è una targa di qualcun altro sul mio contratto.

Dopo tre telefonate nessuno ha risolto. Quindi ve lo chiedo per iscritto: voglio sapere tutti i dati che avete su di me, con l'elenco dei transiti e delle targhe collegate, e poi voglio che cancelliate il mio contratto e tutti i miei dati, perché non mi fido più di voi. Naturalmente rivoglio anche i soldi dei transiti che non ho fatto (62,30 €).

Rosaria Inguscio
Lecce
""", R(["Access", "Erasure"], "rosaria.inguscio@salento-mail.example", "Rosaria", "Inguscio"),
    ct=CP1252, encode="cp1252")

add("it-15-html-newsletter", "Serena Abbate <serena.abbate@studioabbate.example>",
    "Revoca consenso newsletter",
    html("Buongiorno,",
         "revoco il consenso all'invio della vostra newsletter e delle comunicazioni sulle campagne di raccolta fondi. Vi prego di togliere il mio indirizzo da tutte le liste.",
         "Cordiali saluti,<br><b>Serena Abbate</b><br>Architetto"),
    R(["Opposition"], "serena.abbate@studioabbate.example", "Serena", "Abbate"), ct=HTML)

add("it-16-rimborso-pedaggio", "n.fontana@webposta.example",
    "rimborso",
    """Buongiorno mi avete addebitato due volte lo stesso transito del 3 novembre a Roma Nord, come faccio ad avere il rimborso? Grazie N. Fontana""",
    R(["Unknown"], "n.fontana@webposta.example", None, "Fontana"))

add("it-17-famiglia-replyto", "Famiglia Bianchi Ruggeri <casa.bianchiruggeri@posta-casa.example>",
    "Niente più lettere cartacee",
    """Buonasera,

sono Elena Ruggeri, sostenitrice dal 2015. Vi chiedo di non inviarmi più appelli e calendari per posta: preferisco non ricevere materiale promozionale. La donazione mensile resta attiva.

Grazie
Elena Ruggeri
""", R(["Opposition"], "elena.ruggeri@posta-personale.example", "Elena", "Ruggeri"),
    headers=["Reply-To: Elena Ruggeri <elena.ruggeri@posta-personale.example>"])

add("it-18-altoadige-misto", "Martin Kofler <martin.kofler@suedtirol-mail.example>",
    "Richiesta dati / Auskunft",
    """Buongiorno / Guten Tag,

ich fahre täglich die Brennerautobahn mit Ihrem Mautgerät. Vorrei sapere quali dati personali avete su di me e ricevere una copia, inklusive der Fahrten der letzten 12 Monate.

Grazie / Danke
Martin Kofler
Bressanone / Brixen
""", R(["Access"], "martin.kofler@suedtirol-mail.example", "Martin", "Kofler"))

add("it-19-app-cancellare", "Alessio Gentile <alessio.gentile@mailbox.example>",
    "cancellare account",
    """Cancellate il mio account dell app parcheggi e tutti i dati, carta compresa. Grazie

Inviato da iPhone""", R(["Erasure"], "alessio.gentile@mailbox.example", "Alessio", "Gentile"))

add("it-20-lascito-dati", "Maria Grazia Tomasi <mariagrazia.tomasi@posta-tn.example>",
    "I miei dati dopo la mia morte",
    """Gentili signori,

ho 81 anni e nel mio testamento ho disposto un lascito a favore della vostra fondazione per i bambini del Malawi. Vorrei lasciare istruzioni su cosa fare dei miei dati personali dopo la mia morte: desidero che siano cancellati una volta completata la pratica del lascito e che il mio nome non compaia in pubblicazioni o targhe commemorative. La persona da contattare sarà mio nipote, Luca Tomasi.

Vi ringrazio se potete confermarmi che terrete conto di queste volontà.

Maria Grazia Tomasi
Trento
""", R(["AdvanceDirectives"], "mariagrazia.tomasi@posta-tn.example", "Maria Grazia", "Tomasi"))

add("it-21-portabilita", "Davide Santoro <davide.santoro@mailroma.example>",
    "Portabilità dei dati telepedaggio",
    """Buongiorno,

sto passando a un altro gestore di telepedaggio. Ai sensi dell'art. 20 GDPR chiedo che i dati del mio contratto e lo storico dei transiti siano trasmessi in formato CSV al nuovo fornitore, all'indirizzo portabilita@nuovogestore.example, riferimento cliente NG-55120.

Cordiali saluti
Davide Santoro
""", R(["Portability"], "davide.santoro@mailroma.example", "Davide", "Santoro"))

add("it-22-inoltro-collega", "Francesca Orlandini <francesca.orlandini@acme-corp.example>",
    "I: Cambio indirizzo email e dati",
    """Ciao,

vi giro questa mail arrivata al servizio sostenitori, riguarda la correzione dei dati di un donatore. Ci pensate voi?

Francesca Orlandini
Servizio Sostenitori

---------- Messaggio inoltrato ----------
Da: Giuseppe D'Amico <giuseppe.damico@posta-sud.example>
Data: dom 15 nov 2026 alle ore 20:14
Oggetto: Cambio indirizzo email e dati
A: sostenitori@acme-corp.example

Buonasera, sono Giuseppe D'Amico, donatore dal 2018. Il mio cognome nelle vostre lettere è scritto "Damico" senza apostrofo e l'indirizzo di casa è ancora quello vecchio di Bari. Quello nuovo è Via Sparano 45, 70121 Bari. Per favore correggete.
Giuseppe D'Amico
""", R(["Rectification"], "giuseppe.damico@posta-sud.example", "Giuseppe", "D'Amico"))

add("it-23-inoltro-allegato", "Stefano Ricci <stefano.ricci@acme-corp.example>",
    "I: richiesta dati volontaria",
    None, R(["Access"], "ilaria.monteverdi@posta-gen.example", "Ilaria", "Monteverdi"),
    attached=("Ilaria Monteverdi <ilaria.monteverdi@posta-gen.example>", "Richiesta dati",
              """Buongiorno,

sono stata volontaria presso la vostra sede di Genova dal 2019 al 2024. Vorrei ricevere una copia dei dati che conservate su di me, compresi eventuali documenti e il certificato del casellario che avevo consegnato.

Grazie
Ilaria Monteverdi
"""),
    note="""Ciao team privacy, vi inoltro in allegato la mail di una ex volontaria, è una richiesta di accesso. Grazie!
Stefano - Ufficio Volontariato""")

add("it-24-dove-avete-preso", "Carmela Sciortino <carmela.sciortino@mailsicilia.example>",
    "ma come avete il mio indirizzo??",
    """buongiorno mi e arrivata una lettera vostra per chiedere soldi per i bambini con il mio nome e indirizzo ma io non vi ho mai dato niente. da dove avete preso i miei dati?? e non scrivetemi piu per favore
carmela sciortino""", R(["Information", "Opposition"], "carmela.sciortino@mailsicilia.example", "Carmela", "Sciortino"))

# ---------------------------------------------------------------- tasks
add("it-25-nomina-responsabile", "Lorenzo Ferraresi <lorenzo.ferraresi@acme-corp.example>",
    "Nomina responsabile esterno – nuova società di recupero crediti",
    """Ciao,

da gennaio affideremo il recupero delle sanzioni di sosta non pagate a Recuperi Nord S.r.l. Serve l'atto di nomina a responsabile del trattamento ex art. 28. Potete preparare la bozza o rivedere quella che ci hanno mandato loro? La trovate nella cartella Legale/Fornitori.

Grazie
Lorenzo Ferraresi
Ufficio Acquisti
""", TASK("lorenzo.ferraresi@acme-corp.example", "Lorenzo", "Ferraresi"))

add("it-26-dpia-parcheggio", "Valeria Piccinini <valeria.piccinini@acme-corp.example>",
    "DPIA per lettura targhe nuovo parcheggio Verona",
    """Buongiorno,

il nuovo parcheggio di Verona Porta Nuova aprirà a marzo con accesso senza biglietto tramite lettura targa. Ci serve la valutazione d'impatto (DPIA) prima dell'installazione delle telecamere. Quando possiamo fissare una call?

Valeria Piccinini
Project Manager Parcheggi
""", TASK("valeria.piccinini@acme-corp.example", "Valeria", "Piccinini"))

add("it-27-registro-trattamenti", "Nicola Caputo <nicola.caputo@acme-corp.example>",
    "Aggiornamento registro dei trattamenti – piattaforma donazioni online",
    """Ciao a tutti,

abbiamo migrato le donazioni online sulla nuova piattaforma di pagamento. Per favore aggiornate il registro dei trattamenti (nuovo responsabile, server in Irlanda, tempi di conservazione). Vi allego la scheda tecnica del fornitore.

Nicola Caputo
IT & Digital
""", TASK("nicola.caputo@acme-corp.example", "Nicola", "Caputo"))

add("it-28-formazione-volontari", "Beatrice Amendola <beatrice.amendola@acme-corp.example>",
    "Richiesta formazione privacy per i volontari",
    """Ciao,

a gennaio partono i nuovi gruppi di volontari nei punti di raccolta di Napoli e Salerno. Gestiscono moduli cartacei con dati dei donatori. Potreste organizzare una breve formazione sulla privacy (anche online, un'ora)?

Grazie mille
Beatrice Amendola
Coordinamento Volontari Sud
""", TASK("beatrice.amendola@acme-corp.example", "Beatrice", "Amendola"))

# ---------------------------------------------------------------- incidents
add("it-29-chiavetta-persa", "Matteo Bellandi <matteo.bellandi@acme-corp.example>",
    "Persa chiavetta USB con elenco donatori",
    """Ciao,

credo di aver perso ieri sul treno Firenze–Roma una chiavetta USB con l'elenco dei donatori della campagna di Natale (circa 900 nominativi con indirizzo e importi donati). Non era cifrata. Ho già cercato ovunque e segnalato agli oggetti smarriti di Trenitalia.

Scusate,
Matteo Bellandi
Raccolta Fondi Toscana
""", INC("matteo.bellandi@acme-corp.example", "Matteo", "Bellandi"))

add("it-30-pec-sbagliata", "Alessandra Ferro <alessandra.ferro@acme-corp.example>",
    "Invio errato aggiornamento adozione a distanza",
    """Buongiorno,

stamattina ho inviato per errore l'aggiornamento annuale di un bambino sostenuto a distanza (foto, nome, villaggio, stato di salute) a un altro sostenitore con lo stesso cognome. Il destinatario mi ha già scritto per segnalarlo. Come devo procedere?

Alessandra Ferro
Servizio Adozioni a Distanza
""", INC("alessandra.ferro@acme-corp.example", "Alessandra", "Ferro"))

add("it-31-area-riservata", "Vittorio Mancuso <vittorio.mancuso@posta-cal.example>",
    "Vedo i dati di un altro cliente nell'area riservata",
    """Buonasera,

accedendo alla mia area riservata del telepedaggio vedo i transiti, la targa e la fattura intestata a un'altra persona (una ditta di Cosenza). Ho fatto degli screenshot. Vi segnalo il problema perché evidentemente anche i miei dati potrebbero essere visibili ad altri.

Vittorio Mancuso
""", INC("vittorio.mancuso@posta-cal.example", "Vittorio", "Mancuso"))

add("it-32-ransomware-casello", "Ivan Petrucci <ivan.petrucci@acme-corp.example>",
    "Urgente: PC del casello con file cifrati",
    """Ciao,

al casello di Orte il PC dell'ufficio esazione stamattina mostrava una richiesta di riscatto e tutti i file sono stati cifrati, inclusi i verbali di mancato pagamento con dati e targhe degli utenti. Abbiamo staccato il PC dalla rete. Il SOC è stato avvisato. Vi informo per la parte privacy.

Ivan Petrucci
Responsabile Tecnico Tratta Centro
""", INC("ivan.petrucci@acme-corp.example", "Ivan", "Petrucci"))

# ---------------------------------------------------------------- follow-ups
add("it-33-dsr-documento", "Ornella Falcone <ornella.falcone@posta-it.example>",
    "R: [DSR-60415] Conferma ricezione richiesta",
    """Buongiorno,

allego copia della carta d'identità come richiesto.

Cordiali saluti
Ornella Falcone

Il giorno lun 9 nov 2026, privacy@acme-corp.example ha scritto:
> Gentile utente, abbiamo ricevuto la sua richiesta (rif. DSR-60415).
> Per procedere le chiediamo un documento d'identità.
""", FU("60415", "ornella.falcone@posta-it.example", "Ornella", "Falcone"))

add("it-34-irt-penale", "Fabrizio Colombo <fabrizio.colombo@mailmilano.example>",
    "Re: Penale automatica per mancato pagamento pedaggio – chiedo revisione",
    """Aggiungo l'estratto conto della carta con l'addebito del transito del 19 ottobre. Attendo la revisione da parte di un operatore.

Fabrizio Colombo
""", FU(ref("it-10-penale-automatica"), "fabrizio.colombo@mailmilano.example", "Fabrizio", "Colombo"),
    headers=irt("it-10-penale-automatica"))

add("it-35-irt-sollecito", "Rosaria Inguscio <rosaria.inguscio@salento-mail.example>",
    "Re: VERGOGNA",
    """Sono passate due settimane e nessuno mi ha risposto. Aspetto ancora i miei dati e la cancellazione. Se non ricevo nulla farò reclamo al Garante.

R. Inguscio
""", FU(ref("it-14-lunga-arrabbiata"), "rosaria.inguscio@salento-mail.example", "Rosaria", "Inguscio"),
    headers=irt("it-14-lunga-arrabbiata"))

# ---------------------------------------------------------------- ignored
add("it-36-eredita-spam", "Barrister James Okafor <j.okafor.chambers@mail-intl.example>",
    "Eredità non reclamata – URGENTE E CONFIDENZIALE",
    """Caro amico,

sono l'avvocato James Okafor. Un mio cliente deceduto, con il suo stesso cognome, ha lasciato 6.800.000 euro in una banca di Accra. Se nessun parente si presenta entro 10 giorni, il conto sarà chiuso e i dati cancellati. Le propongo di dividere la somma. Mi invii nome, indirizzo, telefono e copia del passaporto.

Cordiali saluti
Avv. James Okafor
""", IGN("spam", "j.okafor.chambers@mail-intl.example"), headers=SPAM_HDR)

add("it-37-phishing-casella", "Amministratore di sistema <admin@acme-corp-webmail.example>",
    "La sua casella di posta è piena",
    """Gentile utente,

la sua casella di posta privacy@acme-corp.example ha superato il limite. I messaggi in arrivo saranno eliminati. Per aumentare lo spazio gratuitamente acceda qui:

http://acme-corp-webmail.example/quota

Amministratore di sistema
""", IGN("spam", "admin@acme-corp-webmail.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-webmail.example")])

add("it-38-offerta-oblio", "Luca | WebReputation Italia <luca@webreputation-italia.example>",
    "Cancellazione dati dal web e diritto all'oblio per la vostra azienda",
    """Buongiorno,

siamo un'agenzia specializzata nella cancellazione di dati personali e recensioni negative da Google e dai social. Lavoriamo già con gestori di parcheggi e onlus. Offriamo anche consulenza GDPR chiavi in mano a partire da 99 €/mese.

Posso chiamarla giovedì per una breve presentazione?

Luca Bernardi
WebReputation Italia
Per non ricevere più nostre comunicazioni risponda CANCELLAMI.
""", IGN("spam", "luca@webreputation-italia.example"))

add("it-39-fuori-ufficio", "Paola Rinaldi <paola.rinaldi@comune-esempio.example>",
    "Risposta automatica: Fuori ufficio",
    """Sono fuori ufficio fino al 30 novembre 2026 con accesso limitato alla posta elettronica. Per urgenze contattare protocollo@comune-esempio.example.

Paola Rinaldi
""", IGN("auto_reply", "paola.rinaldi@comune-esempio.example"),
    headers=["Auto-Submitted: auto-replied"])

add("it-40-newsletter-terzo-settore", "Forum Terzo Settore News <news@forum-terzosettore.example>",
    "Newsletter novembre – Riforma del Terzo Settore e privacy",
    """NEWSLETTER – NOVEMBRE 2026

In questo numero:
- RUNTS: le nuove scadenze
- Privacy e donatori: le linee guida aggiornate
- Bandi aperti per il volontariato

Leggi online. Ricevi questa email perché sei iscritto alla nostra newsletter. Disiscriviti: https://forum-terzosettore.example/unsubscribe
""", IGN("bulk", "news@forum-terzosettore.example"),
    headers=["List-Id: Newsletter <news.forum-terzosettore.example>",
             "List-Unsubscribe: <https://forum-terzosettore.example/unsubscribe>",
             "Precedence: bulk"])

add("it-41-mancata-consegna", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Notifica di mancato recapito", None,
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
