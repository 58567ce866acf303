# Frozen evaluation set, German. Written blind; never tune on it.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("de-01-einzeiler", "Stefan Braun <stefan.braun@web.example>", "löschen",
    "bitte alle meine daten löschen danke\n",
    R(["Erasure"], "stefan.braun@web.example", "Stefan", "Braun"))
add("de-02-grossbuchstaben", "HEINZ WAGNER <heinz.wagner@t-online.example>", "KEINE WERBUNG MEHR",
    "ICH WILL KEINE WERBUNG MEHR VON IHNEN BEKOMMEN. WEDER POST NOCH E-MAIL.\n",
    R(["Opposition"], "heinz.wagner@t-online.example", "Heinz", "WAGNER"))
add("de-03-auskunft-formell", "Dr. Sabine Hoffmann <sabine.hoffmann@gmx.example>", "Auskunftsersuchen gemäß Art. 15 DSGVO",
    "Sehr geehrte Damen und Herren,\n\ngemäß Art. 15 DSGVO bitte ich um Auskunft, ob und welche personenbezogenen Daten Sie über mich verarbeiten, zu welchen Zwecken und an wen sie weitergegeben wurden.\n\nMit freundlichen Grüßen\nDr. Sabine Hoffmann\n",
    R(["Access"], "sabine.hoffmann@gmx.example", "Sabine", "Hoffmann"))
add("de-04-tippfehler", "Marcel Schulz <marcel.schulz@gmx.example>", "konto loschen",
    "hallo bite mein konto loschen und alle daten die sie von mir haben. danke marcel\n",
    R(["Erasure"], "marcel.schulz@gmx.example", "Marcel", "Schulz"))
add("de-05-welche-daten", "Petra Neumann <petra.neumann@web.example>", "Meine Daten",
    "Guten Tag, welche Daten haben Sie über mich gespeichert? Viele Grüße Petra Neumann\n",
    R(["Access"], "petra.neumann@web.example", "Petra", "Neumann"))
add("de-06-adresse-falsch", "Klaus Richter <klaus.richter@t-online.example>", "Neue Anschrift",
    "Hallo, ich bin umgezogen. Meine neue Anschrift lautet Lindenweg 5, 80331 München. Bitte ändern Sie meine Daten entsprechend.\n",
    R(["Rectification"], "klaus.richter@t-online.example", "Klaus", "Richter"))
add("de-07-datenuebertragbarkeit", "Julia Fischer <julia.fischer@posteo.example>", "Datenübertragbarkeit",
    "Hallo, ich möchte meine Daten in einem strukturierten, gängigen und maschinenlesbaren Format erhalten (Art. 20 DSGVO).\n",
    R(["Portability"], "julia.fischer@posteo.example", "Julia", "Fischer"))
add("de-08-einschraenkung", "Werner Koch <werner.koch@gmx.example>", "Einschränkung der Verarbeitung",
    "Sehr geehrte Damen und Herren,\n\nich bestreite die Richtigkeit der über mich gespeicherten Bonitätsdaten und verlange die Einschränkung der Verarbeitung bis zur Klärung.\n\nWerner Koch\n",
    R(["Restriction"], "werner.koch@gmx.example", "Werner", "Koch"))
add("de-09-widerspruch", "Monika Becker <monika.becker@web.example>", "Widerspruch",
    "Hiermit widerspreche ich der Nutzung meiner Daten zu Werbezwecken.\n",
    R(["Opposition"], "monika.becker@web.example", "Monika", "Becker"))
add("de-10-auskunft-und-loeschung", "Florian Schäfer <florian.schaefer@gmail.example>", "DSGVO Anfrage",
    "Hallo, bitte schicken Sie mir zuerst eine Kopie meiner Daten und löschen Sie danach alles.\nFlorian Schäfer\n",
    R(["Access", "Erasure"], "florian.schaefer@gmail.example", "Florian", "Schäfer"))
add("de-11-html", "Katrin Weber <katrin.weber@outlook.example>", "Kündigung und Löschung",
    html("Sehr geehrte Damen und Herren,", "ich habe mein Abo gek&uuml;ndigt und bitte um vollst&auml;ndige L&ouml;schung meiner personenbezogenen Daten.", "Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Weber"),
    R(["Erasure"], "katrin.weber@outlook.example", "Katrin", "Weber"), ct=HTML)
add("de-12-nicht-loeschen", "Andreas Wolf <andreas.wolf@gmx.example>", "Konto",
    "Bitte löschen Sie mein Konto nicht! Ich möchte nur meine Telefonnummer ändern: 0171 2345678.\n",
    R(["Rectification"], "andreas.wolf@gmx.example", "Andreas", "Wolf"))
add("de-13-speicherdauer", "Sandra Schröder <sandra.schroeder@web.example>", "Speicherdauer Bewerbung",
    "Hallo, wie lange speichern Sie Bewerbungsunterlagen nach einer Absage?\n",
    R(["Information"], "sandra.schroeder@web.example", "Sandra", "Schröder"))
add("de-14-ohne-anzeigename", "t.krueger@gmx.example", "Datenlöschung",
    "Sehr geehrte Damen und Herren,\nbitte löschen Sie sämtliche Daten zu meiner Person.\nMit freundlichen Grüßen\nThomas Krüger\n",
    R(["Erasure"], "t.krueger@gmx.example", "Thomas", "Krüger"))
add("de-15-weitergeleitet", "Nicole Lange <nicole.lange@acme-corp.example>", "WG: Anfrage Kunde",
    "Hallo Datenschutz-Team, bitte übernehmen.\nNicole\n\n---------- Weitergeleitete Nachricht ---------\nVon: Helmut Vogel <helmut.vogel@t-online.example>\nDatum: Do., 12. Nov. 2026 um 11:30\nBetreff: Auskunft\nAn: <kundenservice@acme-corp.example>\n\nGuten Tag, ich bitte um Auskunft über alle zu meiner Person gespeicherten Daten. Helmut Vogel\n",
    R(["Access"], "helmut.vogel@t-online.example", "Helmut", "Vogel"))
add("de-16-antwort-bestaetigung", "Sabine Hoffmann <sabine.hoffmann@gmx.example>", "AW: [DSR-6620] Wir haben Ihre Anfrage erhalten",
    "Danke. Anbei die gewünschte Kopie meines Ausweises.\n\n> Wir haben Ihre Anfrage erhalten.\n",
    FU("6620", "sabine.hoffmann@gmx.example", "Sabine", "Hoffmann"))
add("de-17-anwalt", "RA Dr. Markus Engel <engel@kanzlei-engel.example>", "Auskunftsersuchen unseres Mandanten Herrn Jan Berger",
    "Sehr geehrte Damen und Herren,\n\nwir zeigen an, dass wir Herrn Jan Berger anwaltlich vertreten. Namens und im Auftrag unseres Mandanten verlangen wir Auskunft nach Art. 15 DSGVO. Vollmacht anbei.\n\nDr. Markus Engel\nRechtsanwalt\n",
    R(["Access"], "engel@kanzlei-engel.example", "Jan", "Berger", representative="Markus Engel"))
add("de-18-eltern-kind", "Claudia Hartmann <claudia.hartmann@web.example>", "Konto meines Sohnes",
    "Guten Tag,\n\nmein Sohn Leon Hartmann (11 Jahre) hat sich ohne unsere Zustimmung bei Ihnen registriert. Als Erziehungsberechtigte verlange ich die Löschung seines Kontos und seiner Daten.\n\nClaudia Hartmann\n",
    R(["Erasure"], "claudia.hartmann@web.example", "Leon", "Hartmann", representative="Claudia Hartmann"))
add("de-19-familie-replyto", "Familie Krause <familie.krause@t-online.example>", "Widerspruch",
    "Hallo, hier schreibt Jonas Krause. Ich widerspreche der Verwendung meiner Daten für Werbung. Bitte antworten Sie an meine eigene Adresse.\n",
    R(["Opposition"], "jonas.krause@posteo.example", "Jonas", "Krause"),
    headers=["Reply-To: Jonas Krause <jonas.krause@posteo.example>"])
add("de-20-aufgabe-avv", "Birgit Lehmann <birgit.lehmann@acme-corp.example>", "AVV mit neuem Dienstleister prüfen",
    "Hallo zusammen, könnt ihr bitte den Auftragsverarbeitungsvertrag mit unserem neuen Cloud-Anbieter prüfen? Wir wollen nächste Woche unterschreiben.\n",
    TASK("birgit.lehmann@acme-corp.example", "Birgit", "Lehmann"))
add("de-21-aufgabe-vvt", "Jens Köhler <jens.koehler@acme-corp.example>", "Verarbeitungsverzeichnis",
    "Hallo Datenschutz, bitte das Verzeichnis der Verarbeitungstätigkeiten um das neue Zeiterfassungssystem ergänzen.\n",
    TASK("jens.koehler@acme-corp.example", "Jens", "Köhler"))
add("de-22-aufgabe-dsfa", "Martina Frank <martina.frank@acme-corp.example>", "Datenschutz-Folgenabschätzung benötigt",
    "Hallo, für das geplante KI-Bewerbermanagement brauchen wir eine Datenschutz-Folgenabschätzung. Könnt ihr das übernehmen?\n",
    TASK("martina.frank@acme-corp.example", "Martina", "Frank"))
add("de-23-vorfall-laptop", "Uwe Schmitt <uwe.schmitt@acme-corp.example>", "Notebook gestohlen",
    "Mir wurde gestern mein Dienst-Notebook aus dem Auto gestohlen. Darauf waren Kundendaten. Anzeige ist erstattet.\n",
    INC("uwe.schmitt@acme-corp.example", "Uwe", "Schmitt"))
add("de-24-vorfall-fehlversand", "Anja Meyer <anja.meyer@acme-corp.example>", "E-Mail an falschen Empfänger",
    "Ich habe versehentlich eine Liste mit Kundendaten an einen externen Empfänger geschickt. Was soll ich tun?\n",
    INC("anja.meyer@acme-corp.example", "Anja", "Meyer"))
add("de-25-vorfall-phishing", "Sven Zimmer <sven.zimmer@acme-corp.example>", "Zugangsdaten eingegeben",
    "Ich habe auf eine Phishing-Mail hereingefallen und mein Passwort auf einer gefälschten Seite eingegeben.\n",
    INC("sven.zimmer@acme-corp.example", "Sven", "Zimmer"))
add("de-26-spam-erbschaft", "Rechtsanwalt Dr. Musa Bello <musa.bello@law-office.example>", "Vertrauliche Angelegenheit",
    "Lieber Freund, ein verstorbener Mandant hinterließ 9.200.000 Euro. Sie erhalten 35 %, wenn Sie mir helfen. Danach löschen wir alle Daten. Senden Sie dringend Ihre Bankverbindung und Passkopie.\n",
    IGN("spam"), headers=["Reply-To: musa.bello.private@freemail.example"])
add("de-27-spam-phishing", "Sparkasse Sicherheit <info@sparkasse-sicherheit.example>", "Ihr Konto wird gesperrt",
    "Sehr geehrter Kunde, Ihr Konto wird in 24 Stunden gesperrt und Ihre Daten werden gelöscht, wenn Sie Ihre Identität nicht sofort bestätigen.\n",
    IGN("spam"), headers=[AUTH("fail", "none", "fail", "sparkasse-sicherheit.example")])
add("de-28-abwesenheit", "Gabriele Wolff <gabriele.wolff@partner.example>", "Abwesend",
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Januar nicht erreichbar.\n",
    IGN("auto_reply"))
add("de-29-erinnerung", "Stefan Braun <stefan.braun@web.example>", "AW: löschen",
    "Ich warte immer noch auf eine Bestätigung!\n",
    FU("file:ev-de-01-einzeiler.eml", "stefan.braun@web.example", "Stefan", "Braun"),
    headers=["In-Reply-To: <ev-de-01-einzeiler@mail.example.net>"])
add("de-30-vergessenwerden", "Lena Bauer <lena.bauer@gmail.example>", "Recht auf Vergessenwerden",
    "Ich mache mein Recht auf Vergessenwerden geltend. Entfernen Sie alle Einträge über mich.\n",
    R(["Erasure"], "lena.bauer@gmail.example", "Lena", "Bauer"))
add("de-31-automatisiert", "Tim Huber <tim.huber@gmx.example>", "Kreditablehnung",
    "Mein Kreditantrag wurde automatisch abgelehnt. Ich verlange eine Überprüfung durch einen Menschen und eine Erklärung der Entscheidungslogik.\n",
    R(["AutomatedDecision"], "tim.huber@gmx.example", "Tim", "Huber"))
add("de-32-gemischt-en", "Jana Vogt <jana.vogt@gmail.example>", "account",
    "Hi, bitte delete my account, ich brauche es nicht mehr. Thanks, Jana\n",
    R(["Erasure"], "jana.vogt@gmail.example", "Jana", "Vogt"))
add("de-33-newsletter", "Bernd Kaiser <bernd.kaiser@web.example>", "Newsletter abbestellen",
    "Bitte tragen Sie mich aus Ihrem Newsletter aus.\n",
    R(["Opposition"], "bernd.kaiser@web.example", "Bernd", "Kaiser"))
add("de-34-frage-lieferung", "Ralf Peters <ralf.peters@t-online.example>", "Lieferung",
    "Wann kommt meine Bestellung 55123? Seit zwei Wochen warte ich.\n",
    R(["Unknown"], "ralf.peters@t-online.example", "Ralf", "Peters"))
add("de-35-spam-score", "Gewinnspiel <gewinn@super-preise.example>", "Sie haben gewonnen!!!",
    "Herzlichen Glückwunsch! Sie haben 1.000 € gewonnen. Jetzt Gewinn abholen! Daten löschen? Hier klicken.\n",
    IGN("spam"), headers=SPAM_HDR)
add("de-36-mitarbeiter-brief", "Empfang <empfang@acme-corp.example>", "WG: Schreiben einer Kundin",
    "Zur Info.\n\n-----Ursprüngliche Nachricht-----\nVon: Ingrid Seidel <ingrid.seidel@web.example>\nGesendet: Mittwoch, 11. November 2026 09:12\nAn: empfang@acme-corp.example\nBetreff: Daten\n\nSehr geehrte Damen und Herren, ich widerspreche der Weitergabe meiner Daten an Dritte. Ingrid Seidel\n",
    R(["Opposition"], "ingrid.seidel@web.example", "Ingrid", "Seidel"))
add("de-37-betreuer", "Betreuungsverein Nord <betreuung@bv-nord.example>", "Löschantrag für betreute Person",
    "Sehr geehrte Damen und Herren,\n\nals gesetzlicher Betreuer von Frau Ursula Brandt beantrage ich die Löschung ihrer Daten. Der Betreuerausweis liegt bei.\n\nMichael Roth\nBetreuungsverein Nord\n",
    R(["Erasure"], "betreuung@bv-nord.example", "Ursula", "Brandt", representative="Michael Roth"))
add("de-38-foto", "Carina Böhm <carina.boehm@gmx.example>", "Foto entfernen",
    "Auf Ihrer Facebook-Seite ist ein Foto von mir vom Sommerfest. Bitte entfernen Sie es.\n",
    R(["Erasure"], "carina.boehm@gmx.example", "Carina", "Böhm"))
add("de-39-vorfall-usb", "Personalabteilung <personal@acme-corp.example>", "USB-Stick verloren",
    "Meldung: Ein unverschlüsselter USB-Stick mit Gehaltsdaten ist verloren gegangen.\n",
    INC("personal@acme-corp.example", None, None))
add("de-40-bulk", "Datenschutz-Praxis <news@ds-praxis.example>", "Newsletter: Auskunftsanspruch und Löschung",
    "Diese Woche: BGH zum Auskunftsanspruch nach Art. 15 DSGVO.\n",
    IGN("bulk"), headers=["List-Unsubscribe: <mailto:abmelden@ds-praxis.example>", "List-Id: <news.ds-praxis.example>"])
add("de-41-anrufe", "Gerda Fuchs <gerda.fuchs@t-online.example>", "Anrufe",
    "Hören Sie auf, mich anzurufen! Streichen Sie meine Nummer.\n",
    R(["Opposition"], "gerda.fuchs@t-online.example", "Gerda", "Fuchs"))
add("de-42-aufgabe-schulung", "Vertrieb <vertrieb@acme-corp.example>", "Datenschutzschulung",
    "Hallo, könnt ihr für das Vertriebsteam eine Datenschutzschulung im Januar organisieren?\n",
    TASK("vertrieb@acme-corp.example", "Vertrieb", None))
add("de-43-spam-krypto", "Krypto Profit <info@krypto-profit.example>", "Verdienen Sie 5000 € pro Woche",
    "Investieren Sie nur 250 € und verdienen Sie tausende Euro! Nur heute, begrenzte Plätze! Abmelden und Daten löschen: Antworten Sie STOP.\n",
    IGN("spam"), headers=["X-Spam-Status: Yes, score=9.1 required=5.0"])
add("de-44-berichtigung-name", "Özlem Yilmaz <oezlem.yilmaz@gmx.example>", "Name falsch geschrieben",
    "Mein Name ist in Ihrem System falsch geschrieben: richtig ist Özlem mit Ö. Bitte berichtigen.\n",
    R(["Rectification"], "oezlem.yilmaz@gmx.example", "Özlem", "Yilmaz"))
add("de-45-kurz-auskunft", "Rainer Scholz <rainer.scholz@web.example>", "Auskunft",
    "Auskunft nach DSGVO bitte.\n",
    R(["Access"], "rainer.scholz@web.example", "Rainer", "Scholz"))
