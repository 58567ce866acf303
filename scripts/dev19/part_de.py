from common import *  # part de: written blind

add("de-01-auskunft-at", "Mag. Elisabeth Gruber <e.gruber@gruber-privat.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

ich ersuche Sie hiermit gemäß Art. 15 DSGVO um Auskunft, ob und welche personenbezogenen Daten
Sie über mich verarbeiten, sowie um eine Kopie dieser Daten. Bitte teilen Sie mir auch die
Verarbeitungszwecke, die Empfänger und die geplante Speicherdauer mit.

Ich nutze Ihre Liefer-App seit 2022 in Wien unter dieser E-Mail-Adresse.

Sollte ich binnen eines Monats keine Antwort erhalten, behalte ich mir eine Beschwerde bei der
Datenschutzbehörde vor.

Mit freundlichen Grüßen

Mag. Elisabeth Gruber
Wien""",
    R(["Access"], "e.gruber@gruber-privat.example", "Elisabeth", "Gruber"))

add("de-02-sperre-betrug", "Emre Kaya <emre.kaya@postfach.example>",
    "Sperrung meines Fahrerkontos",
    """Hallo,

mein Konto wurde gestern gesperrt, angeblich wegen "Betrugsverdacht bei Trinkgeldern". Das hat
offensichtlich ein Programm entschieden, denn niemand hat mit mir gesprochen. Ich habe nichts
falsch gemacht, die Kunden geben mir einfach gern Trinkgeld.

Ich widerspreche dieser automatischen Entscheidung und verlange, dass ein Mitarbeiter meinen
Fall prüft und ich dazu Stellung nehmen kann.

Emre Kaya
Fahrer-ID DE-88120""",
    R(["AutomatedDecision"], "emre.kaya@postfach.example", "Emre", "Kaya"))

add("de-03-kurz", "<lenny.b@schnellpost.example>", "konto",
    "bitte mein konto löschen danke",
    R(["Erasure"], "lenny.b@schnellpost.example"))

add("de-04-werbewiderspruch", "Ursula Hoffmann <ursula.hoffmann@postfach.example>",
    "Widerspruch Werbung",
    """Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verwendung meiner Daten für Zwecke der
Direktwerbung, und zwar per E-Mail, SMS und Push-Nachricht.

Mit freundlichen Grüßen
Ursula Hoffmann""",
    R(["Opposition"], "ursula.hoffmann@postfach.example", "Ursula", "Hoffmann"))

add("de-05-name-adel", "Friedrich von Hohenberg <f.vonhohenberg@postfach.example>",
    "Falscher Name im Kundenkonto",
    """Guten Tag,

in meinem Kundenkonto und auf allen Rechnungen steht "Friedrich Hohenberg von". Offenbar hat
Ihr System das "von" als Nachnamen ans Ende gesetzt. Richtig ist: Vorname Friedrich, Nachname
von Hohenberg. Ich bitte um Berichtigung.

Freundliche Grüße
F. von Hohenberg""",
    R(["Rectification"], "f.vonhohenberg@postfach.example", "Friedrich", "von Hohenberg"))

add("de-06-html-export", "Lena Schäfer <lena.schaefer@schnellpost.example>",
    "Datenexport für neuen Anbieter",
    html("Hallo,",
         "ich wechsle zu einem anderen Lieferdienst als Kurierin. Bitte stellen Sie mir meine "
         "Auftragshistorie, Bewertungen und Verdienstabrechnungen in einem strukturierten, "
         "gängigen und maschinenlesbaren Format bereit.",
         "Viele Grüße<br>Lena Schäfer"),
    R(["Portability"], "lena.schaefer@schnellpost.example", "Lena", "Schäfer"), ct=HTML)

add("de-07-speicherdauer", "Matthias Braun <matthias.braun@postfach.example>",
    "Standortdaten - Fragen",
    """Hallo Datenschutzteam,

wie lange speichern Sie eigentlich die GPS-Daten der Fahrer, nachdem eine Tour abgeschlossen
ist? Und werden diese Daten an Versicherungen oder Behörden weitergegeben? Ich brauche keine
Kopie, mich interessiert nur, wie das bei Ihnen geregelt ist.

Gruß
Matthias Braun""",
    R(["Information"], "matthias.braun@postfach.example", "Matthias", "Braun"))

add("de-08-einschraenkung", "Katrin Weber <katrin.weber@schnellpost.example>",
    "Bonitätsmerkmal bestritten",
    """Sehr geehrte Damen und Herren,

bei der Bezahlung auf Rechnung wurde mir mitgeteilt, dass ich wegen "negativer Bonität" nur
noch per Vorkasse bestellen kann. Diese Einstufung ist falsch; ich habe die Auskunftei
bereits angeschrieben.

Bis die Richtigkeit geklärt ist, verlange ich nach Art. 18 DSGVO die Einschränkung der
Verarbeitung dieses Merkmals.

Mit freundlichen Grüßen
Katrin Weber""",
    R(["Restriction"], "katrin.weber@schnellpost.example", "Katrin", "Weber"))

add("de-09-gutschein", "Jörg Neumann <joerg.neumann@postfach.example>",
    "Gutschein geht nicht",
    """Moin, der Gutscheincode WINTER15 wird in der App immer als ungültig angezeigt. Bis wann gilt
der? Gruß Jörg""",
    R(["Unknown"], "joerg.neumann@postfach.example", "Jörg", "Neumann"))

add("de-10-anwaeltin", "RAin Dr. Sabine Krüger <kanzlei@krueger-arbeitsrecht.example>",
    "Mandant Herr Dimitrios Papadopoulos - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeigen wir an, dass uns Herr Dimitrios Papadopoulos mit der Wahrnehmung
seiner Interessen beauftragt hat. Eine Vollmacht liegt bei.

Unser Mandant war als Kurier auf Ihrer Plattform tätig. Er hat Ihrem Support im Juli eine
ärztliche Bescheinigung mit Diagnose übermittelt, um eine Sperre wegen Inaktivität zu vermeiden.

Namens und in Vollmacht unseres Mandanten verlangen wir:
1. Auskunft über sämtliche zu seiner Person gespeicherten Daten nach Art. 15 DSGVO;
2. die Löschung der ärztlichen Bescheinigung und aller daraus abgeleiteten Gesundheitsangaben
   nach Art. 17 DSGVO.

Mit freundlichen Grüßen

Dr. Sabine Krüger
Rechtsanwältin, Fachanwältin für Arbeitsrecht
Krüger Arbeitsrecht, Hamburg""",
    R(["Access", "Erasure"], "kanzlei@krueger-arbeitsrecht.example", "Dimitrios", "Papadopoulos",
      representative="Sabine Krüger"))

add("de-11-betreuer-mutter", "Wolfgang Schulze <w.schulze@familie-schulze.example>",
    "Konto meiner Mutter - rechtliche Betreuung",
    """Guten Tag,

ich bin gerichtlich bestellter Betreuer meiner Mutter, Irmgard Schulze (86). Sie ist an Demenz
erkrankt und bestellt über Ihre App mehrmals täglich Essen, das sie dann vergisst. Bitte löschen
Sie ihr Kundenkonto samt der hinterlegten Daten. Den Betreuerausweis sende ich gern zu.

Mit freundlichen Grüßen
Wolfgang Schulze
Tel. 0351 123456""",
    R(["Erasure"], "w.schulze@familie-schulze.example", "Irmgard", "Schulze",
      representative="Wolfgang Schulze"))

add("de-12-kollege-weiterleitung", "Tobias Lang <tobias.lang@acme-corp.example>",
    "WG: Einwilligung widerrufen",
    """Hallo zusammen,

bitte kümmert ihr euch darum? Kam über das Kontaktformular.

Danke, Tobias

-------- Weitergeleitete Nachricht --------
Von: Sabine Krause <sabine.krause@schnellpost.example>
Datum: 14.11.2026 10:22
Betreff: Einwilligung widerrufen
An: kontakt@acme-corp.example

Ich ziehe meine Einwilligung in den Newsletter und in das "personalisierte Angebote"-Programm
zurück. Bitte bestätigen.
Sabine Krause""",
    R(["Opposition"], "sabine.krause@schnellpost.example", "Sabine", "Krause"))

add("de-13-kollege-anhang", "Anja Wolf <anja.wolf@acme-corp.example>",
    "WG: Weitergabe meiner Daten?",
    "",
    R(["Information"], "holger.richter@postfach.example", "Holger", "Richter"),
    note="""Hallo Datenschutz, anbei eine Kundenfrage, die ich nicht beantworten kann. Anja""",
    attached=("Holger Richter <holger.richter@postfach.example>", "Weitergabe meiner Daten?",
              """Guten Tag, an welche Firmen geben Sie die Daten Ihrer Kunden weiter, und zu welchem
Zweck? Werden Adressen auch an die Restaurants für eigene Werbung gegeben?
H. Richter"""))

add("de-14-unfall-geschichte", "Marco Lehmann <marco.lehmann@schnellpost.example>",
    "Unfall am 2.10. und Ihre Daten",
    """Hallo,

am 2. Oktober hatte ich auf einer Tour in Köln einen Unfall mit dem Roller. Ein Autofahrer hat
mich an der Kreuzung Aachener Straße übersehen. Ich war drei Wochen krankgeschrieben, der Roller
ist Schrott, und jetzt behauptet die Versicherung des Autofahrers, ich sei zu schnell gewesen.

Ihre App zeichnet ja ständig meine Position und Geschwindigkeit auf. Ich möchte die
aufgezeichneten Standort- und Geschwindigkeitsdaten vom 2. Oktober zwischen 18 und 19 Uhr
herausbekommen, dazu die Zeitstempel der Auftragsannahme. Die brauche ich für meinen Anwalt.

Ehrlich gesagt bin ich auch enttäuscht, dass von Ihnen nach dem Unfall nicht mal eine Nachricht
kam, außer der automatischen Erinnerung, dass ich "offline" bin.

Marco Lehmann""",
    R(["Access"], "marco.lehmann@schnellpost.example", "Marco", "Lehmann"))

add("de-15-grossbuchstaben", "<h.pohl@postfach.example>", "SOFORT LÖSCHEN",
    """LÖSCHEN SIE SOFORT ALLE MEINE DATEN UND HÖREN SIE AUF MIR STÄNDIG MAILS ZU SCHICKEN!!!""",
    R(["Erasure", "Opposition"], "h.pohl@postfach.example"))

add("de-16-adresse-latin1", "Günter Weiß <guenter.weiss@postfach.example>",
    "Adressänderung",
    """Sehr geehrte Damen und Herren,

meine Lieferadresse ist veraltet. Bitte ändern Sie die Anschrift von "Lindenstraße 4, 80331
München" in "Gärtnerplatz 7, 80469 München". In der App kann ich das Feld leider nicht
bearbeiten.

Außerdem möchte ich keine Werbeprospekte mehr per Post von Ihnen erhalten.

Mit freundlichen Grüßen
Günter Weiß""",
    R(["Rectification", "Opposition"], "guenter.weiss@postfach.example", "Günter", "Weiß"),
    ct=LATIN1, encode="latin-1")

add("de-17-familie-replyto", "Familie Zimmermann <zimmermann-familie@schnellpost.example>",
    "Welche Daten haben Sie?",
    """Hallo,

hier schreibt Paula Zimmermann über unsere Familienadresse. Ich würde gern erfahren, welche
Informationen zu meiner Person bei Ihnen gespeichert sind, und eine Übersicht davon bekommen.
Antwort bitte an meine eigene Adresse.

Danke!
Paula""",
    R(["Access"], "paula.zimmermann@postfach.example", "Paula", "Zimmermann"),
    headers=["Reply-To: Paula Zimmermann <paula.zimmermann@postfach.example>"])

add("de-18-marktforschung", "Benedikt Hartmann <benedikt.hartmann@schnellpost.example>",
    "Umfragen",
    """Hallo,

damit keine Missverständnisse entstehen: Mein Konto soll NICHT gelöscht werden. Ich möchte
lediglich nicht mehr, dass meine Bestelldaten für Ihre Marktforschung und die ständigen
Umfragen genutzt werden. Dem widerspreche ich hiermit.

Beste Grüße
Benedikt Hartmann""",
    R(["Opposition"], "benedikt.hartmann@schnellpost.example", "Benedikt", "Hartmann"))

add("de-19-schweiz-zwei", "Reto Brunner <reto.brunner@bluemail-ch.example>",
    "Gesuch um Datenherausgabe",
    """Grüezi

Ich bin seit zwei Jahren Kurier in Zürich. Gerne möchte ich Auskunft darüber, welche Personendaten
Sie über mich bearbeiten. Zusätzlich bitte ich darum, mir meine Einsatzdaten und Bewertungen
als Datei (CSV o.ä.) herauszugeben, damit ich sie einem anderen Plattformanbieter übergeben kann.

Freundliche Grüsse
Reto Brunner""",
    R(["Access", "Portability"], "reto.brunner@bluemail-ch.example", "Reto", "Brunner"))

add("de-20-bewerbung-abgelehnt", "Aylin Demir <aylin.demir@postfach.example>",
    "Bewerbung automatisch abgelehnt",
    """Guten Tag,

meine Bewerbung als Fahrerin wurde innerhalb von 3 Minuten nach dem Hochladen meines
Führerscheins abgelehnt - "Prüfung nicht bestanden". Das kann kein Mensch so schnell geprüft
haben. Ich möchte, dass die Entscheidung von einer Person überprüft wird.

Mit freundlichen Grüßen
Aylin Demir""",
    R(["AutomatedDecision"], "aylin.demir@postfach.example", "Aylin", "Demir"))

add("de-21-aufgabe-avv", "Stefanie Koch <stefanie.koch@acme-corp.example>",
    "AVV mit neuem Callcenter-Dienstleister",
    """Hallo Datenschutz-Team,

wir wollen ab Januar einen externen Dienstleister in Leipzig für die Fahrer-Hotline einsetzen.
Könnt ihr bitte den Auftragsverarbeitungsvertrag und die TOMs prüfen? Unterlagen liegen im
Vertragsordner.

Viele Grüße
Stefanie Koch
Head of Driver Support DACH""",
    TASK("stefanie.koch@acme-corp.example", "Stefanie", "Koch"))

add("de-22-aufgabe-vvt", "Florian Meier <florian.meier@acme-corp.example>",
    "Verzeichnis von Verarbeitungstätigkeiten aktualisieren",
    """Hi,

wir haben die Hintergrundprüfung für Fahrer in Österreich auf einen neuen Anbieter umgestellt.
Das VVT ist noch auf dem alten Stand. Kannst du den Eintrag anpassen?

Danke
Florian Meier, Operations""",
    TASK("florian.meier@acme-corp.example", "Florian", "Meier"))

add("de-23-aufgabe-dsfa", "Julia Schmitt <julia.schmitt@acme-corp.example>",
    "DSFA Müdigkeitserkennung",
    """Hallo,

unser Team testet eine Müdigkeitserkennung per Frontkamera für Fahrer, die länger als
8 Stunden online sind. Bevor wir in Berlin pilotieren: Brauchen wir eine
Datenschutz-Folgenabschätzung? Falls ja, könnt ihr sie mit uns durchführen?

Julia Schmitt
Product Lead Safety""",
    TASK("julia.schmitt@acme-corp.example", "Julia", "Schmitt"))

add("de-24-inc-brief", "Nico Fischer <nico.fischer@acme-corp.example>",
    "Brief an falschen Fahrer",
    """Hallo,

ich habe heute festgestellt, dass die Vertragskündigung für einen Fahrer (inkl. Begründung mit
Verweis auf Kundenbeschwerden) per Post an einen anderen Fahrer mit gleichem Nachnamen gegangen
ist. Der Empfänger hat uns angerufen. Was sind die nächsten Schritte?

Nico Fischer
Fleet Management""",
    INC("nico.fischer@acme-corp.example", "Nico", "Fischer"))

add("de-25-inc-extern-fuehrerschein", "Petra Vogel <petra.vogel@schnellpost.example>",
    "Fremde Führerscheinkopie erhalten",
    """Guten Abend,

als Antwort auf meine Support-Anfrage zu einer Rückerstattung habe ich eine E-Mail bekommen, in
der ein Scan des Führerscheins und des Personalausweises eines Fahrers (Sven K.) angehängt ist.
Das ist sicher nicht für mich bestimmt. Bitte kümmern Sie sich darum.

Petra Vogel""",
    INC("petra.vogel@schnellpost.example", "Petra", "Vogel"))

add("de-26-inc-freigabe", "Kevin Wagner <kevin.wagner@acme-corp.example>",
    "Excel-Liste öffentlich geteilt",
    """Hallo,

mir ist aufgefallen, dass die Tabelle "Fahrer_Auszahlungen_Okt.xlsx" seit ca. 2 Wochen mit der
Freigabe "Jeder mit dem Link" geteilt war. Der Link wurde in einem Fahrer-Forum gepostet. Die
Liste enthält Namen, IBANs und Auszahlungsbeträge von ca. 1.400 Fahrern. Ich habe die Freigabe
eben entfernt.

Kevin Wagner
Finance""",
    INC("kevin.wagner@acme-corp.example", "Kevin", "Wagner"))

add("de-27-fu-dsr", "Ralf Becker <ralf.becker@postfach.example>",
    "AW: [DSR-52377] Eingangsbestätigung Ihrer Anfrage",
    """Guten Tag,

die Frist ist gestern abgelaufen. Wann erhalte ich die Auskunft?

Ralf Becker

> Ihre Anfrage wurde unter dem Aktenzeichen DSR-52377 erfasst.""",
    FU("52377", "ralf.becker@postfach.example", "Ralf", "Becker"))

add("de-28-fu-nachweis", "Mag. Elisabeth Gruber <e.gruber@gruber-privat.example>",
    "AW: Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

anbei wie gewünscht eine Kopie meines Reisepasses (geschwärzt) zur Identifikation.

Mit freundlichen Grüßen
Elisabeth Gruber

> ich ersuche Sie hiermit gemäß Art. 15 DSGVO um Auskunft ...""",
    FU(ref("de-01-auskunft-at"), "e.gruber@gruber-privat.example", "Elisabeth", "Gruber"),
    headers=irt("de-01-auskunft-at"))

add("de-29-spam-seo", "Markus | Online-Sichtbar <markus@online-sichtbar.example>",
    "Kurze Frage zu acme-corp.example",
    """Hallo,

ich habe mir Ihre Website angesehen: Sie verlieren täglich Kunden, weil Sie bei Google nicht
auf Seite 1 stehen. Wir garantieren Top-10-Rankings in 60 Tagen.

Haben Sie diese Woche 15 Minuten für ein kurzes Gespräch?

Markus""",
    IGN("spam", "markus@online-sichtbar.example"))

add("de-30-spam-konto", "Datenschutz-Zentrale <security@konto-verifizierung.example>",
    "Ihr Postfach wird gelöscht - DSGVO Bestätigung erforderlich",
    """Sehr geehrter Kunde,

aufgrund der DSGVO müssen alle Postfächer bis zum 20.11. erneut bestätigt werden. Andernfalls
werden Ihre Daten unwiderruflich gelöscht.

Jetzt bestätigen: Benutzername und Passwort eingeben.""",
    IGN("spam", "security@konto-verifizierung.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="konto-verifizierung.example")])

add("de-31-abwesenheit", "Thomas Berger <t.berger@lieferpartner.example>",
    "Abwesenheitsnotiz: Datenverarbeitung Restaurantpartner",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. In dringenden
Fällen wenden Sie sich bitte an meine Kollegin Frau Lorenz (lorenz@lieferpartner.example).

Thomas Berger""",
    IGN("auto_reply", "t.berger@lieferpartner.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-32-newsletter", "Datenschutz-Praxis <news@datenschutz-praxis.example>",
    "Datenschutz-Praxis Newsletter 46/2026",
    """Die Themen dieser Woche:

* Plattformarbeit: Was Lieferdienste bei der algorithmischen Steuerung beachten müssen
* BfDI-Tätigkeitsbericht: Beschäftigtendatenschutz im Fokus
* Muster: Antwort auf ein Auskunftsersuchen

Abmelden: https://datenschutz-praxis.example/abmelden""",
    IGN("bulk", "news@datenschutz-praxis.example"),
    headers=["List-Id: <newsletter.datenschutz-praxis.example>",
             "List-Unsubscribe: <https://datenschutz-praxis.example/abmelden>"])
