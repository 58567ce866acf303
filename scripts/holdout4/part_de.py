# German (Germany, Austria, Switzerland), 50 messages, written blind.
from common import *

# ---------------------------------------------------------------- requests
add("de-01-auskunft-kurz", "Lukas Schneider <lukas.schneider@web.example>",
    "Auskunft",
    "Hiermit beantrage ich Auskunft nach Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten.\n\n"
    "Lukas Schneider\n",
    R(["Access"], "lukas.schneider@web.example", "Lukas", "Schneider"))

add("de-02-fahrtdaten-loeschen-ch", "Reto Baumgartner <reto.baumgartner@bluewin.example>",
    "Loeschung meiner Fahrtdaten",
    "Grüezi\n\n"
    "Ich besitze seit 2021 ein Jahresabo bei Ihrem Verkehrsbetrieb. In der App sehe ich, dass sämtliche Fahrten "
    "mit Uhrzeit und Haltestelle gespeichert sind. Ich ersuche Sie, alle Fahrtdaten, die für die Abrechnung nicht "
    "mehr nötig sind, zu löschen. Gemäss nDSG habe ich darauf Anspruch.\n\n"
    "Freundliche Grüsse\nReto Baumgartner\nWinterthur\n",
    R(["Erasure"], "reto.baumgartner@bluewin.example", "Reto", "Baumgartner"))

add("de-03-jahreskarte-name-at", "Verena Pichler <verena.pichler@aon.example>",
    "Falscher Name auf Jahreskarte",
    "Sehr geehrte Damen und Herren,\n\n"
    "auf meiner neuen Jahreskarte (gültig ab Jänner) steht \"Verena Pichlar\" statt Pichler. Bei der Kontrolle "
    "im Bus wurde mir deshalb schon einmal nicht geglaubt. Bitte korrigieren Sie meinen Namen in Ihrem System "
    "und schicken Sie mir eine neue Karte.\n\n"
    "Mit freundlichen Grüßen\nVerena Pichler\nGraz\n",
    R(["Rectification"], "verena.pichler@aon.example", "Verena", "Pichler"))

add("de-04-video-strassenbahn", "Jonas Wagner <jonas.wagner@gmx.example>",
    "Videoaufnahmen Straßenbahn Linie 4 – bitte NICHT löschen",
    "Hallo,\n\n"
    "am Samstag, 14.11., gegen 23:15 Uhr wurde ich in der Straßenbahn Linie 4 (Richtung Hauptbahnhof) "
    "angegriffen. Die Polizei ermittelt. Ich möchte eine Kopie der Videoaufnahmen, auf denen ich zu sehen bin. "
    "Außerdem bitte ich Sie, die Aufnahmen nicht nach der üblichen Frist zu löschen, sondern zu sperren, bis "
    "das Verfahren abgeschlossen ist - ich brauche sie als Beweis.\n\n"
    "Jonas Wagner\n0151 2345678\n",
    R(["Access", "Restriction"], "jonas.wagner@gmx.example", "Jonas", "Wagner"))

add("de-05-ebe-empfaenger", "Fatma Demir <fatma.demir@t-online.example>",
    "Erhöhtes Beförderungsentgelt – wer bekommt meine Daten?",
    "Guten Tag,\n\n"
    "ich habe letzte Woche ein erhöhtes Beförderungsentgelt über 60 € bekommen und auch schon bezahlt. "
    "Der Kontrolleur hat meinen Ausweis abfotografiert. An wen werden meine Daten weitergegeben (Inkasso, "
    "Schufa, Polizei?) und wie lange werden sie gespeichert? Ich will keine Kopie, nur eine Antwort.\n\n"
    "Viele Grüße\nFatma Demir\n",
    R(["Information"], "fatma.demir@t-online.example", "Fatma", "Demir"))

add("de-06-keine-werbung-caps", "Gerhard Vogel <g.vogel@arcor.example>",
    "KEINE WERBUNG MEHR!!!",
    "ICH HABE EINMAL EIN BUCH BEI IHNEN BESTELLT UND BEKOMME SEITDEM JEDE WOCHE KATALOGE UND E-MAILS. "
    "ICH WIDERSPRECHE DER NUTZUNG MEINER DATEN FÜR WERBUNG. SOFORT AUFHÖREN.\n\nG. VOGEL\n",
    R(["Opposition"], "g.vogel@arcor.example", "Gerhard", "Vogel"))

add("de-07-konto-loeschen-tippfehler", "Melanie Krüger <meli.krueger@gmx.example>",
    "konto",
    "hallo bitte mein konto beim coworking lösschen ich bin umgezogen und brauch das nich mehr danke\nmeli\n",
    R(["Erasure"], "meli.krueger@gmx.example", "Melanie", "Krüger"))

add("de-08-html-datenuebertragbarkeit", "Dr. Sabine Hartmann <s.hartmann@posteo.example>",
    "Datenübertragbarkeit Kaufhistorie / E-Book-Bibliothek",
    html("Sehr geehrte Damen und Herren,",
         "gemäß <b>Art. 20 DSGVO</b> bitte ich um Übermittlung meiner bei Ihrem Online-Buchshop gespeicherten "
         "Daten (Kaufhistorie, Merkliste, Bewertungen) in einem strukturierten, gängigen und maschinenlesbaren "
         "Format, z.&nbsp;B. CSV oder JSON.",
         "Ich wechsle zu einem anderen Anbieter und möchte meine Bibliothek mitnehmen.",
         "Mit freundlichen Grüßen<br>Dr. Sabine Hartmann"),
    R(["Portability"], "s.hartmann@posteo.example", "Sabine", "Hartmann"), ct=HTML)

add("de-09-tierklinik-auskunft-cp1252", "Manfred Gruber <manfred.gruber@chello.example>",
    "Auskunft Tierklinik – Hund „Rex“",
    "Sehr geehrtes Team der Tierklinik,\n\n"
    "ich war im Sommer mit meinem Hund „Rex“ bei Ihnen in Linz (Rechnung über 348,50 €). Nun bekomme ich "
    "Post von einer Tierversicherung, die offenbar meine Daten hat. Ich ersuche um Auskunft, welche "
    "personenbezogenen Daten Sie über mich gespeichert haben und an wen Sie diese übermittelt haben.\n\n"
    "Mit freundlichen Grüßen\nManfred Gruber\n",
    R(["Access"], "manfred.gruber@chello.example", "Manfred", "Gruber"), ct=CP1252, encode="cp1252")

add("de-10-stadionverbot-wuetend", "Dennis Becker <dennis.becker88@gmx.example>",
    "Unverschämtheit!! Dauerkarte gesperrt",
    "Hallo zusammen,\n\n"
    "ich bin seit 15 Jahren Dauerkarteninhaber in der Südkurve, Block 12. Am Samstag komme ich ans Stadion und "
    "mein Ticket wird am Drehkreuz abgelehnt. Der Ordner sagt mir, ich hätte ein Stadionverbot. Ich hab noch NIE "
    "Ärger gemacht, keine Pyro, nichts. Meine Kumpels waren drin, ich stand draußen wie ein Idiot. Die "
    "Ticket-Hotline ist seit drei Tagen nicht erreichbar, der Fanbeauftragte antwortet nicht.\n\n"
    "Ich will jetzt wissen, welche Daten Sie über mich gespeichert haben, woher die kommen und an wen Sie die "
    "weitergegeben haben. Ich vermute eine Verwechslung: es gibt in unserem Fanclub noch einen Dennis Becker, "
    "geboren 1990, ich bin Jahrgang 1988. Falls bei Ihnen sein Geburtsdatum oder seine Daten mit meinen vermischt "
    "sind, korrigieren Sie das umgehend.\n\n"
    "Und das Geld für das Spiel will ich auch zurück.\n\nDennis Becker\nMitgliedsnummer 20417\n",
    R(["Access", "Rectification"], "dennis.becker88@gmx.example", "Dennis", "Becker"))

add("de-11-anwalt-stadionverbot", "RA Dr. Christoph Lehmann <lehmann@kanzlei-lehmann.example>",
    "Ihr Mandant: Herr Kevin Schulz – Auskunft und Löschung gem. Art. 15, 17 DSGVO",
    "Sehr geehrte Damen und Herren,\n\n"
    "hiermit zeige ich an, dass mich Herr Kevin Schulz, geb. 21.06.1995, wohnhaft in Dortmund, mit der "
    "Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf mich lautende Vollmacht ist beigefügt.\n\n"
    "Namens und in Vollmacht meines Mandanten verlange ich\n"
    "1. Auskunft gemäß Art. 15 DSGVO über sämtliche zu meinem Mandanten gespeicherten personenbezogenen Daten, "
    "insbesondere im Zusammenhang mit dem gegen ihn verhängten Stadionverbot;\n"
    "2. die Löschung dieser Daten gemäß Art. 17 DSGVO, soweit sie unrichtig oder nicht mehr erforderlich sind.\n\n"
    "Ich habe mir eine Frist bis zum 16.12.2026 notiert.\n\n"
    "Mit freundlichen Grüßen\n\nDr. Christoph Lehmann\nRechtsanwalt\nKanzlei Lehmann\nKaiserstraße 8, 44135 Dortmund\n"
    "Tel. 0231 987654\n\n"
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n",
    R(["Access", "Erasure"], "lehmann@kanzlei-lehmann.example", "Kevin", "Schulz",
      representative="Christoph Lehmann"))

add("de-12-mutter-sprachschule", "Claudia Neumann <claudia.neumann@freenet.example>",
    "Daten meines Sohnes bei der Sprachschule",
    "Guten Tag,\n\n"
    "mein Sohn Finn Neumann (15) besucht seit September den Französischkurs am Dienstag. Als Erziehungsberechtigte "
    "möchte ich wissen, welche Daten Sie über ihn gespeichert haben (auch die Ergebnisse der Online-Tests und "
    "die Anwesenheitslisten). Bitte schicken Sie mir eine Kopie.\n\n"
    "Freundliche Grüße\nClaudia Neumann\n",
    R(["Access"], "claudia.neumann@freenet.example", "Finn", "Neumann", representative="Claudia Neumann"))

add("de-13-betreuerin-verein", "Betreuungsbüro Hofmann <info@betreuung-hofmann.example>",
    "Betreute Person Herr Alfred Zimmermann – Löschung Mitgliedsdaten",
    "Sehr geehrte Damen und Herren,\n\n"
    "ich bin gerichtlich bestellte Betreuerin von Herrn Alfred Zimmermann (geb. 09.03.1949) mit dem "
    "Aufgabenkreis Vermögenssorge und Vertretung gegenüber Behörden und Institutionen. Herr Zimmermann lebt "
    "inzwischen in einer Pflegeeinrichtung. Die Vereinsmitgliedschaft wurde gekündigt. Ich bitte Sie, seine "
    "personenbezogenen Daten zu löschen, soweit keine Aufbewahrungspflichten bestehen. Der Betreuerausweis "
    "liegt in Kopie bei.\n\n"
    "Mit freundlichen Grüßen\nMonika Hofmann\nBerufsbetreuerin\n",
    R(["Erasure"], "info@betreuung-hofmann.example", "Alfred", "Zimmermann", representative="Monika Hofmann"))

add("de-14-erbe-abo-vater", "Stefan Richter <stefan.richter@mailbox.example>",
    "Abo meines verstorbenen Vaters",
    "Hallo,\n\nmein Vater Horst Richter ist am 2. Oktober verstorben. Er hatte bei Ihnen ein Seniorenabo. "
    "Als Erbe brauche ich für den Nachlass eine Aufstellung, welche Daten und Verträge bei Ihnen über ihn "
    "gespeichert sind, inkl. Zahlungen und Bankverbindung. Erbschein liegt vor.\n\nStefan Richter\n"
    "Von meinem iPhone gesendet\n",
    R(["Access"], "stefan.richter@mailbox.example", "Horst", "Richter", representative="Stefan Richter"))

add("de-15-einstufungstest-automatisch", "Elif Arslan <elif.arslan@gmail.example>",
    "Automatische Einstufung auf A2 - bitte Überprüfung",
    "Sehr geehrte Damen und Herren,\n\n"
    "beim Online-Einstufungstest für den Deutschkurs C1 wurde ich automatisch auf A2 eingestuft, weil das System "
    "meine Antworten angeblich als 'auffällig' markiert hat. Ich habe bereits ein B2-Zertifikat. Niemand hat sich "
    "meinen Test angeschaut. Ich verlange, dass ein Mensch meine Einstufung überprüft, und möchte meinen "
    "Standpunkt darlegen können (Art. 22 DSGVO).\n\nElif Arslan\n",
    R(["AutomatedDecision"], "elif.arslan@gmail.example", "Elif", "Arslan"))

add("de-16-familie-reply-to-iban", "Familie Müller <familie.mueller@t-online.example>",
    "Neue Bankverbindung und Anschrift",
    "Liebes Tierklinik-Team,\n\n"
    "bitte ändern Sie meine Anschrift auf Lindenstraße 7, 70176 Stuttgart und meine Telefonnummer auf "
    "0711 4455667. Die alte Anschrift steht noch auf den Rechnungen für unsere Katzen.\n\n"
    "Danke und viele Grüße\nAnna Müller\n",
    R(["Rectification"], "anna.mueller@posteo.example", "Anna", "Müller"),
    headers=["Reply-To: Anna Müller <anna.mueller@posteo.example>"])

add("de-17-mitarbeiter-gps", "Thomas Weber <thomas.weber@acme-corp.example>",
    "Auskunft GPS-Daten Dienstfahrzeug",
    "Hallo Datenschutz-Team,\n\n"
    "ich bin Busfahrer im Betriebshof Nord. Ich möchte als Mitarbeiter gern wissen, welche Daten über mich aus "
    "dem GPS-/Telematiksystem der Busse gespeichert werden, und bitte um eine Kopie meiner Daten der letzten "
    "drei Monate.\n\nGruß\nThomas Weber\nPersonalnr. 4471\n",
    R(["Access"], "thomas.weber@acme-corp.example", "Thomas", "Weber"))

add("de-18-kollege-weiterleitung-sms", "Julia Schmitt <julia.schmitt@acme-corp.example>",
    "WG: Keine SMS mehr",
    "Hallo Datenschutz, kam an unsere Praxis-Adresse. Bitte übernehmen. LG Julia (Empfang Tierklinik Köln)\n\n"
    "-------- Weitergeleitete Nachricht --------\n"
    "Von: Karl-Heinz Braun <kh.braun@netcologne.example>\n"
    "Gesendet: Sonntag, 15. November 2026 19:04\n"
    "An: koeln@acme-corp.example\n"
    "Betreff: Keine SMS mehr\n\n"
    "Guten Tag, ich möchte keine SMS mit Angeboten und Erinnerungen an Zahnreinigung mehr erhalten. Ich "
    "widerrufe meine Einwilligung dafür.\nKarl-Heinz Braun\n",
    R(["Opposition"], "kh.braun@netcologne.example", "Karl-Heinz", "Braun"))

add("de-19-anhang-fan-auskunft", "Marco Wolf <marco.wolf@acme-corp.example>",
    "Fwd: Anfrage Mitglied (siehe Anhang)",
    "",
    R(["Access", "Portability"], "sarah.koenig@outlook.example", "Sarah", "König"),
    attached=("Sarah König <sarah.koenig@outlook.example>", "Meine Daten",
              "Hallo Ticketing-Team,\n\nich möchte eine Kopie aller Daten, die ihr über mich als Mitglied und "
              "Ticketkäuferin habt, und zwar auch als maschinenlesbare Datei (CSV), damit ich sie in meinen "
              "Fanclub-Account übernehmen kann.\n\nSarah König\nMitglied seit 2012\n"),
    note="Hi, das hier kam beim Ticketing rein. Gehört wohl zu euch. Gruß Marco")

add("de-20-av-vertrag-coworking", "Tobias Fischer <t.fischer@fischer-consulting.example>",
    "AV-Vertrag nach Art. 28 DSGVO",
    "Sehr geehrte Damen und Herren,\n\n"
    "wir nutzen in Ihrem Coworking Space in München den Postservice und das Empfangsteam nimmt Pakete und "
    "Anrufe für uns entgegen. Unser Datenschutzbeauftragter verlangt dafür einen Auftragsverarbeitungsvertrag. "
    "Anbei unser Muster - bitte unterschrieben zurücksenden.\n\n"
    "Mit freundlichen Grüßen\nTobias Fischer\nGeschäftsführer, Fischer Consulting GmbH\n",
    R(["Unknown"], "t.fischer@fischer-consulting.example", "Tobias", "Fischer"))

add("de-21-abo-kuendigung", "Brigitte Schäfer <brigitte.schaefer@web.example>",
    "Kündigung Monatskarte",
    "Hiermit kündige ich meine Monatskarte im Abo zum nächstmöglichen Termin. Kundennummer 7781204.\n"
    "Bitte bestätigen Sie die Kündigung.\n\nBrigitte Schäfer\n",
    R(["Unknown"], "brigitte.schaefer@web.example", "Brigitte", "Schäfer"))

add("de-22-delete-mixed-english", "Oliver Keller <oliver.keller@sunrise.example>",
    "Please delete / Bitte löschen",
    "Hi there,\n\nsorry my German is not so good. I took a Deutschkurs A1 at your school in Zürich last year. "
    "Bitte löschen Sie meine Daten, I don't need the account anymore and please delete everything incl. my "
    "passport copy.\n\nCheers,\nOliver Keller\n",
    R(["Erasure"], "oliver.keller@sunrise.example", "Oliver", "Keller"))

add("de-23-drittland-cloud", "Katharina Lange <k.lange@mailbox.example>",
    "Frage: Speicherung in den USA?",
    "Guten Tag,\n\nich habe gelesen, dass Ihr Online-Buchshop einen US-Anbieter für Newsletter und Hosting nutzt. "
    "Werden meine Kundendaten in die USA übermittelt? Auf welcher Grundlage (Standardvertragsklauseln?) und "
    "wer genau sind die Empfänger?\n\nBeste Grüße\nKatharina Lange\n",
    R(["Information"], "k.lange@mailbox.example", "Katharina", "Lange"))

add("de-24-widerspruch-profiling-fussball", "Philipp Schröder <philipp.schroeder@gmx.example>",
    "Widerspruch gegen Profiling",
    "Hallo,\n\nin der Vereins-App bekomme ich neuerdings 'für dich ausgewählte' Angebote für Fanartikel und "
    "Auswärtsfahrten, offenbar basierend auf meinem Kauf- und Stadionbesuchsverhalten. Ich widerspreche der "
    "Auswertung meiner Daten zu Werbezwecken und der Profilbildung nach Art. 21 DSGVO.\n\nPhilipp Schröder\n",
    R(["Opposition"], "philipp.schroeder@gmx.example", "Philipp", "Schröder"))

add("de-25-inkasso-einschraenkung", "Sandra Zimmer <sandra.zimmer@vodafone.example>",
    "Strittige Rechnung – Weitergabe an Inkasso stoppen",
    "Sehr geehrte Damen und Herren,\n\n"
    "die Rechnung Nr. TK-2026-0932 der Tierklinik über eine Operation, die nie durchgeführt wurde, bestreite "
    "ich. Ich bestreite auch die Richtigkeit der dort gespeicherten Daten. Bis zur Klärung verlange ich die "
    "Einschränkung der Verarbeitung nach Art. 18 DSGVO; insbesondere dürfen meine Daten nicht an ein "
    "Inkassobüro gehen.\n\nMit freundlichen Grüßen\nSandra Zimmer\n",
    R(["Restriction"], "sandra.zimmer@vodafone.example", "Sandra", "Zimmer"))

add("de-26-neue-email-ipad", "Heinz-Dieter Koch <hd.koch@online.example>",
    "Neue E-Mail Adresse",
    "Bitte meine E-Mail in der Kundendatei der Sprachschule ändern auf hd.koch@posteo.example, die alte "
    "wird bald abgeschaltet.\n\nH.-D. Koch\n\nVon meinem iPad gesendet\n",
    R(["Rectification"], "hd.koch@online.example", "Heinz-Dieter", "Koch"))

add("de-27-umfragen-keine-anzeige", "m.bachmann@gmx.example",
    "Umfragen",
    "Guten Tag\n\nIch erhalte seit Wochen Kundenzufriedenheitsumfragen zu meinen Fahrten. Ich möchte keine "
    "solchen Umfragen mehr erhalten und nicht mehr für Marktforschung kontaktiert werden.\n\nFreundliche Grüsse\n",
    R(["Opposition"], "m.bachmann@gmx.example", None, None))

add("de-28-loeschen-widerspruch-signatur", "Mag. Andreas Huber <andreas.huber@huber-steuer.example>",
    "Löschung und Widerspruch",
    "Sehr geehrte Damen und Herren,\n\n"
    "ich ersuche um Löschung meines Kundenkontos in Ihrem Online-Buchshop samt aller damit verbundenen Daten. "
    "Zugleich widerspreche ich jeder weiteren Verwendung meiner Daten zu Werbezwecken, auch postalisch.\n\n"
    "Mit freundlichen Grüßen\n\nMag. Andreas Huber\nSteuerberater\nHuber Steuerberatung KG | Mariahilfer Straße 45, "
    "1060 Wien\nT +43 1 234 56 78 | FN 123456a | HG Wien\n\n"
    "Diese Nachricht ist vertraulich. Sollten Sie diese irrtümlich erhalten haben, bitten wir um "
    "Verständigung und Löschung.\n",
    R(["Erasure", "Opposition"], "andreas.huber@huber-steuer.example", "Andreas", "Huber"))

add("de-29-videoueberwachung-latin1", "Ursula Brandt <ursula.brandt@kabelmail.example>",
    "Anfrage zur Videoüberwachung in Ihren Bussen",
    "Sehr geehrte Damen und Herren,\n\n"
    "in Ihren Bussen hängen Aufkleber \"Videoüberwachung\". Ich möchte gemäß Art. 13 DSGVO wissen: Auf welcher "
    "Rechtsgrundlage erfolgt die Überwachung, wie lange werden die Aufnahmen gespeichert, wer hat Zugriff und "
    "wird auch Ton aufgezeichnet? Eine Kopie von Aufnahmen benötige ich nicht.\n\n"
    "Mit freundlichen Grüßen\nUrsula Brandt\n",
    R(["Information"], "ursula.brandt@kabelmail.example", "Ursula", "Brandt"), ct=LATIN1, encode="latin-1")

add("de-30-nach-meinem-tod", "Werner Albrecht <werner.albrecht@t-online.example>",
    "Was geschieht mit meinen Daten nach meinem Tod?",
    "Sehr geehrte Damen und Herren,\n\n"
    "ich bin 81 Jahre alt und seit 1962 Mitglied im Verein. Ich regle gerade meinen Nachlass. Ich möchte "
    "festlegen, dass nach meinem Tod meine Mitgliedsdaten gelöscht werden, aber die Fotos und die Ehrennadel-"
    "Urkunde an meinen Sohn Michael Albrecht herausgegeben werden. Wie kann ich das bei Ihnen verbindlich "
    "hinterlegen?\n\nMit freundlichen Grüßen\nWerner Albrecht\n",
    R(["AdvanceDirectives"], "werner.albrecht@t-online.example", "Werner", "Albrecht"))

# ---------------------------------------------------------------- tasks
add("de-31-task-av-ticketing", "Nicole Hahn <nicole.hahn@acme-corp.example>",
    "Bitte Prüfung AV-Vertrag neuer Ticketing-Dienstleister",
    "Hallo liebes Datenschutz-Team,\n\n"
    "für die Saison 2027/28 wechseln wir den Ticketing-Dienstleister. Der Anbieter hat uns seinen AV-Vertrag "
    "samt Liste der Unterauftragsverarbeiter geschickt (liegt im Teams-Ordner 'Ticketing 2027'). Könnt ihr den "
    "bis Ende November prüfen?\n\nDanke & Gruß\nNicole Hahn\nLeitung Ticketing\n",
    TASK("nicole.hahn@acme-corp.example", "Nicole", "Hahn"))

add("de-32-task-vvt-praxissoftware", "Florian Schuster <florian.schuster@acme-corp.example>",
    "VVT: neue Praxissoftware Tierkliniken",
    "Hi,\n\nwir führen im Q1 die neue Praxissoftware in allen Kliniken ein. Bitte das Verzeichnis der "
    "Verarbeitungstätigkeiten entsprechend anpassen. Die Datenkategorien hab ich euch in einer Tabelle "
    "zusammengestellt.\n\nVG Florian\nIT Kliniken\n",
    TASK("florian.schuster@acme-corp.example", "Florian", "Schuster"))

add("de-33-task-dsfa-bodycams", "Petra Ludwig <petra.ludwig@acme-corp.example>",
    "DSFA Bodycams für Fahrausweisprüfer",
    "Sehr geehrte Kolleginnen und Kollegen,\n\n"
    "nach mehreren Übergriffen auf unser Prüfpersonal planen wir einen Pilotversuch mit Bodycams. Der "
    "Betriebsrat ist informiert. Bitte führen Sie eine Datenschutz-Folgenabschätzung durch, bevor wir "
    "die Geräte bestellen.\n\nPetra Ludwig\nBereichsleitung Sicherheit\n",
    TASK("petra.ludwig@acme-corp.example", "Petra", "Ludwig"))

add("de-34-task-schulung-trainer", "Markus Jung <markus.jung@acme-corp.example>",
    "Datenschutzschulung für neue Sprachtrainer",
    "Hallo,\n\nwir haben zum Januar 12 neue freiberufliche Trainer. Könnt ihr eine kurze Datenschutzschulung "
    "(Umgang mit Teilnehmerlisten, Fotos, WhatsApp-Gruppen) anbieten? Gern online.\n\nMarkus Jung\nPädagogische Leitung\n",
    TASK("markus.jung@acme-corp.example", "Markus", "Jung"))

add("de-35-task-datenschutzerklaerung", "Laura Berger <laura.berger@acme-corp.example>",
    "Datenschutzerklärung Coworking-Website – neues Buchungstool",
    "Hallo Datenschutz,\n\nab 1.12. läuft die Raumbuchung über ein neues Tool (Anbieter in Irland). "
    "Die Datenschutzerklärung auf der Website muss angepasst werden. Könnt ihr einen Textvorschlag machen?\n\n"
    "Liebe Grüße\nLaura Berger\nCommunity Management\n",
    TASK("laura.berger@acme-corp.example", "Laura", "Berger"))

# ---------------------------------------------------------------- incidents
add("de-36-inc-usb-stick", "Sebastian Frank <sebastian.frank@acme-corp.example>",
    "USB-Stick mit Prüfungsergebnissen verloren",
    "Hallo,\n\nich habe heute im Zug einen USB-Stick verloren, auf dem die Prüfungsergebnisse und "
    "Kontaktdaten von ca. 80 Teilnehmern der Telc-Prüfung waren. Der Stick war nicht verschlüsselt. "
    "Ich habe beim Fundbüro der Bahn nachgefragt, bisher nichts.\n\nSebastian Frank\nPrüfungskoordination\n",
    INC("sebastian.frank@acme-corp.example", "Sebastian", "Frank"))

add("de-37-inc-befund-falsch", "Ingrid Seidel <ingrid.seidel@ewe.example>",
    "Falscher Befund in meiner Post",
    "Guten Tag,\n\nheute kam ein Brief Ihrer Tierklinik. Darin war aber nicht der Befund meiner Katze, sondern "
    "der Röntgenbefund und die Rechnung für den Hund einer anderen Familie, mit deren Namen, Adresse und "
    "Telefonnummer. Was soll ich damit machen? Ich hoffe, meine Daten sind nicht auch woanders gelandet.\n\n"
    "Ingrid Seidel\n",
    INC("ingrid.seidel@ewe.example", "Ingrid", "Seidel"))

add("de-38-inc-ransomware", "Kai Möller <kai.moeller@acme-corp.example>",
    "DRINGEND: verschlüsselte Dateien am Empfangs-PC",
    "Am Empfangs-PC im Coworking Hamburg sind seit heute früh alle Dateien umbenannt (.locked) und es erscheint "
    "eine Lösegeldforderung. Auf dem PC liegen die Mitgliederliste und Ausweiskopien. PC ist vom Netz getrennt. "
    "IT ist informiert.\n\nKai Möller\n040 5556677\n",
    INC("kai.moeller@acme-corp.example", "Kai", "Möller"))

add("de-39-inc-mde-geraet", "Andrea Kaiser <andrea.kaiser@acme-corp.example>",
    "Kontrollgerät verloren",
    "Hallo,\n\nein Kollege aus dem Prüfdienst hat gestern Abend sein mobiles Kontrollgerät (MDE) in der S-Bahn "
    "liegen lassen. Darauf sind die EBE-Fälle der letzten Woche mit Namen und Anschriften. Gerät hat PIN, "
    "Fernlöschung ist beantragt.\n\nAndrea Kaiser\nTeamleitung Prüfdienst\n",
    INC("andrea.kaiser@acme-corp.example", "Andrea", "Kaiser"))

add("de-40-inc-newsletter-cc", "Jan Peters <jan.peters@posteo.example>",
    "Ihr Newsletter mit allen Adressen im CC",
    "Hallo,\n\nIhre heutige Mail \"Neuerscheinungen im November\" ging offen an ungefähr 200 Empfänger im CC, "
    "ich sehe alle E-Mail-Adressen der anderen Kunden, teilweise mit vollem Namen. Das ist eine Datenpanne, "
    "oder?\n\nJan Peters\n",
    INC("jan.peters@posteo.example", "Jan", "Peters"))

# ---------------------------------------------------------------- follow-ups
add("de-41-fu-erinnerung", "Birgit Walter <birgit.walter@web.example>",
    "AW: [DSR-42315] Eingangsbestätigung Ihrer Anfrage",
    "Sehr geehrte Damen und Herren,\n\n"
    "die Monatsfrist ist abgelaufen und ich habe noch keine Auskunft erhalten. Ich bitte um umgehende "
    "Erledigung, andernfalls wende ich mich an die Aufsichtsbehörde.\n\nBirgit Walter\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: privacy@acme-corp.example\nBetreff: [DSR-42315] Eingangsbestätigung Ihrer Anfrage\n\n"
    "Sehr geehrte Frau Walter, wir haben Ihre Anfrage erhalten und unter [DSR-42315] registriert.\n",
    FU("42315", "birgit.walter@web.example", "Birgit", "Walter"))

add("de-42-fu-stadion-nachtrag", "Dennis Becker <dennis.becker88@gmx.example>",
    "Re: Unverschämtheit!! Dauerkarte gesperrt",
    "Nachtrag: Mein Geburtsdatum ist der 17.08.1988, Dauerkartennummer DK-12-0455. Hoffe, das hilft.\n\nDennis\n",
    FU(ref("de-10-stadionverbot-wuetend"), "dennis.becker88@gmx.example", "Dennis", "Becker"),
    headers=irt("de-10-stadionverbot-wuetend"))

add("de-43-fu-zusaetzlich-widerspruch", "Ralf Günther <ralf.guenther@gmx.example>",
    "Re: [DSR-42390] Ihre Anfrage ist eingegangen",
    "Danke für die Bestätigung. Ergänzend: Ich widerspreche außerdem der Nutzung meiner Daten für Werbung.\n\n"
    "Ralf Günther\n\n> [DSR-42390] Ihre Anfrage ist eingegangen. Wir melden uns innerhalb eines Monats.\n",
    FU("42390", "ralf.guenther@gmx.example", "Ralf", "Günther"))

add("de-44-fu-anwalt-vollmacht", "RA Dr. Christoph Lehmann <lehmann@kanzlei-lehmann.example>",
    "AW: Ihr Mandant: Herr Kevin Schulz – Auskunft und Löschung gem. Art. 15, 17 DSGVO",
    "Sehr geehrte Damen und Herren,\n\nin obiger Angelegenheit reiche ich die im ersten Schreiben versehentlich "
    "nicht beigefügte Vollmacht anbei nach.\n\nMit freundlichen Grüßen\nDr. Christoph Lehmann\nRechtsanwalt\n",
    FU(ref("de-11-anwalt-stadionverbot"), "lehmann@kanzlei-lehmann.example", "Christoph", "Lehmann"),
    headers=irt("de-11-anwalt-stadionverbot"))

# ---------------------------------------------------------------- ignored
add("de-45-spam-erbschaft", "Barrister James Okafor <j.okafor@legal-chambers.example>",
    "Vertrauliche Erbschaftsangelegenheit",
    "Sehr geehrter Freund,\n\nich bin der Anwalt eines verstorbenen Kunden, der 8.500.000 USD hinterlassen hat "
    "und Ihren Familiennamen trägt. Bitte senden Sie mir Ihren vollständigen Namen, Ihre Anschrift und eine "
    "Ausweiskopie, damit wir die Übertragung einleiten können. Ihre Daten werden nach Abschluss gelöscht.\n",
    IGN("spam", "j.okafor@legal-chambers.example"), headers=SPAM_HDR)

add("de-46-spam-abmahnung-phishing", "DSGVO Abmahnstelle <abmahnung@dsgvo-kontrolle.example>",
    "Abmahnung wegen DSGVO-Verstoß – Zahlung binnen 48 Stunden",
    "Sehr geehrte Damen und Herren,\n\nauf Ihrer Website wurde ein schwerer Verstoß gegen die DSGVO festgestellt "
    "(Google Fonts). Zur Vermeidung eines Gerichtsverfahrens zahlen Sie 170 € über den folgenden Link: "
    "http://dsgvo-kontrolle.example/zahlung\n",
    IGN("spam", "abmahnung@dsgvo-kontrolle.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="dsgvo-kontrolle.example")])

add("de-47-spam-audit-angebot", "Sven | DatenschutzProfi <sven@datenschutzprofi.example>",
    "Externer Datenschutzbeauftragter ab 49 €/Monat",
    "Hallo,\n\nbrauchen Sie einen externen Datenschutzbeauftragten? Wir bieten DSGVO-Komplettpakete inkl. "
    "Audit, VVT-Vorlagen und Schulungen. Jetzt kostenloses Erstgespräch buchen!\n\nSven\n",
    IGN("spam", "sven@datenschutzprofi.example"))

add("de-48-abwesenheit-dsr", "Birgit Walter <birgit.walter@web.example>",
    "Abwesenheitsnotiz: [DSR-42315] Ihre Auskunft",
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember im Urlaub und lese meine E-Mails "
    "nicht. In dringenden Fällen wenden Sie sich bitte an meinen Mann.\n\nBirgit Walter\n",
    IGN("auto_reply", "birgit.walter@web.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-49-ticket-eingang", "Kundenservice Stadtwerke <noreply@stadtwerke-sued.example>",
    "Ihre Anfrage #884213 ist bei uns eingegangen",
    "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer #884213 erfasst. "
    "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nIhr Kundenservice\n",
    IGN("auto_reply", "noreply@stadtwerke-sued.example"),
    headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])

add("de-50-newsletter-fachverlag", "Datenschutz-Praxis Newsletter <newsletter@ds-praxis.example>",
    "Ihr Datenschutz-Update KW 47",
    "Datenschutz-Update KW 47\n\n- EuGH: neues Urteil zu Schadensersatz nach Art. 82 DSGVO\n"
    "- Videoüberwachung im ÖPNV: Was ist erlaubt?\n- Checkliste Auskunftsersuchen\n\n"
    "Abbestellen: https://ds-praxis.example/abmelden\n",
    IGN("bulk", "newsletter@ds-praxis.example"),
    headers=["List-Id: <update.ds-praxis.example>", "List-Unsubscribe: <https://ds-praxis.example/abmelden>",
             "Precedence: bulk"])
