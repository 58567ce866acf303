from common import *  # part de: written blind

# ---------------------------------------------------------------- Anfragen
add("de-01-konto-loeschen", "radler_77@webpost-de.example", "Konto",
    "Bitte löschen Sie mein Konto.\n",
    R(["Erasure"], "radler_77@webpost-de.example"))

add("de-02-auskunft-art15", "Dr. Friederike von Hohenstein-Albrecht <f.hohenstein-albrecht@kanzlei-mail.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Auskunftsrecht nach Art. 15 DSGVO Gebrauch. Ich bin seit 2020 Inhaberin eines Jahresabonnements (Abo-Nr. 7730-1188-42) und nutze gelegentlich Ihre Leihräder.

Bitte teilen Sie mir mit,
- welche personenbezogenen Daten Sie über mich speichern (einschließlich Fahrtdaten und Zahlungsdaten),
- zu welchen Zwecken und auf welcher Rechtsgrundlage,
- an welche Empfänger die Daten übermittelt wurden,
- wie lange die Daten gespeichert werden,

und stellen Sie mir eine Kopie der Daten zur Verfügung.

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen

Dr. Friederike von Hohenstein-Albrecht
Kastanienallee 9
""",
    R(["Access"], "f.hohenstein-albrecht@kanzlei-mail.example", "Friederike", "von Hohenstein-Albrecht"))

add("de-03-videoaufnahmen-bus", "Jürgen Weißmüller <juergen.weissmueller@t-post.example>", "Videoaufzeichnung Linie 112 - Sturz im Bus",
    """Guten Tag,

am Mittwoch, 4. November, gegen 7:30 Uhr bin ich im Bus der Linie 112 (Richtung Hauptbahnhof) bei einer Vollbremsung gestürzt und habe mir das Handgelenk gebrochen. Meine Versicherung braucht Nachweise.

Ich bitte Sie daher um Herausgabe der Videoaufnahmen, auf denen ich zu sehen bin. Ich stand im hinteren Bereich bei der Tür, dunkelgrüne Jacke, mit Gehstock.

Bitte löschen Sie die Aufnahmen nicht, bevor Sie sie mir geschickt haben.

Mit freundlichen Grüßen
Jürgen Weißmüller
Tel. 0171 2345678
""",
    R(["Access"], "juergen.weissmueller@t-post.example", "Jürgen", "Weißmüller"))

add("de-04-widerspruch-werbung", "Svenja Großkopf <svenja.grosskopf@mailbox-de.example>", "Widerspruch Werbung und Standortauswertung",
    """Hallo,

ich widerspreche hiermit der Nutzung meiner Daten für Werbung (E-Mail und Push) und der Auswertung meiner Standortdaten aus der App für "personalisierte Angebote". Bitte bestätigen Sie mir das kurz.

Viele Grüße
Svenja Großkopf
""",
    R(["Opposition"], "svenja.grosskopf@mailbox-de.example", "Svenja", "Großkopf"))

add("de-05-latin1-berichtigung", "Hans-Günter Müßig <hg.muessig@altmail.example>", "Falsche Schreibweise und Anschrift",
    """Sehr geehrte Damen und Herren,

in Ihren Unterlagen bin ich als "Hans-Gunter Mussig" eingetragen, und die Rechnungen gehen noch an meine alte Anschrift. Bitte berichtigen Sie:

Name: Hans-Günter Müßig
Anschrift: Lerchenstraße 17, 2. OG

Mit freundlichen Grüßen
Hans-Günter Müßig
""",
    R(["Rectification"], "hg.muessig@altmail.example", "Hans-Günter", "Müßig"), ct=LATIN1, encode="latin-1")

add("de-06-ebe-automatisiert", "Ayşe Kaplan-Brandt <ayse.kaplanbrandt@studimail.example>", "Erhöhtes Beförderungsentgelt - Überprüfung durch einen Menschen",
    """Guten Tag,

ich habe ein erhöhtes Beförderungsentgelt über 60 € bekommen. Laut Schreiben wurde "anhand der Systemdaten festgestellt", dass mein Handyticket zum Zeitpunkt der Kontrolle ungültig war. Das Ticket war gekauft, nur die App hat sich aufgehängt.

Ich verlange, dass diese automatisierte Entscheidung von einem Mitarbeiter überprüft wird (Art. 22 DSGVO), und möchte wissen, nach welcher Logik das System entschieden hat.

Freundliche Grüße
Ayşe Kaplan-Brandt
""",
    R(["AutomatedDecision"], "ayse.kaplanbrandt@studimail.example", "Ayşe", "Kaplan-Brandt"))

add("de-07-portabilitaet-json", "Lukas Oberhuber <lukas.oberhuber@bergmail.example>", "Datenübertragbarkeit Leihrad-Fahrten",
    """Servus,

ich möchte meine gesamten Leihrad-Fahrten (Datum, Start/Ziel-Station, Dauer, km) gem. Art. 20 DSGVO in einem maschinenlesbaren Format (JSON oder CSV) bekommen, damit ich sie in meine Trainings-App übernehmen kann.

Nutzername: lobi_rides

Danke und Grüße
Lukas Oberhuber
""",
    R(["Portability"], "lukas.oberhuber@bergmail.example", "Lukas", "Oberhuber"))

add("de-08-einschraenkung-inkasso", "Mareike Dombrowski <mareike.dombrowski@nordpost.example>", "Einschränkung der Verarbeitung - EBE Az. 2026/88172",
    """Sehr geehrte Damen und Herren,

gegen das erhöhte Beförderungsentgelt mit dem Aktenzeichen 2026/88172 habe ich fristgerecht Widerspruch eingelegt. Bis zur Klärung verlange ich die Einschränkung der Verarbeitung meiner Daten nach Art. 18 DSGVO. Insbesondere dürfen meine Daten nicht an ein Inkassobüro weitergegeben werden.

Mit freundlichen Grüßen
Mareike Dombrowski
""",
    R(["Restriction"], "mareike.dombrowski@nordpost.example", "Mareike", "Dombrowski"))

add("de-09-anwalt-mandant", "RA Konstantin Brenner <k.brenner@brenner-rechtsanwaelte.example>", "Mandant Emre Aydın - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeigen wir an, dass uns Herr Emre Aydın mit der Wahrnehmung seiner Interessen beauftragt hat. Eine Vollmacht liegt bei.

Unser Mandant wurde am 30.10.2026 im Rahmen einer Fahrkartenkontrolle fälschlich als Schwarzfahrer erfasst. Namens und in Vollmacht unseres Mandanten fordern wir Sie auf,

1. Auskunft über sämtliche zu seiner Person gespeicherten Daten nach Art. 15 DSGVO zu erteilen, einschließlich etwaiger Bodycam-Aufnahmen, und
2. die im Zusammenhang mit der Kontrolle gespeicherten Daten nach Art. 17 DSGVO zu löschen.

Wir haben uns eine Frist bis zum 16.12.2026 notiert.

Mit freundlichen Grüßen

Konstantin Brenner
Rechtsanwalt
Brenner Rechtsanwälte PartG mbB

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""",
    R(["Access", "Erasure"], "k.brenner@brenner-rechtsanwaelte.example", "Emre", "Aydın",
      representative="Konstantin Brenner"))

add("de-10-vater-sohn", "Matthias Krüger <matthias.krueger@familie-mail.example>", "Daten meines Sohnes (Schülerticket)",
    """Guten Tag,

mein Sohn Finn Krüger (12) hat über die Schule ein Schülerticket mit Foto bekommen. Ich möchte als Erziehungsberechtigter wissen, welche Daten Sie über ihn gespeichert haben, und bitte um eine Kopie.

Mit freundlichen Grüßen
Matthias Krüger
""",
    R(["Access"], "matthias.krueger@familie-mail.example", "Finn", "Krüger", representative="Matthias Krüger"))

add("de-11-betreuerin", "Gudrun Pfannenstiel <g.pfannenstiel@betreuungsverein.example>", "Rechtliche Betreuung - Herr Klaus-Dieter Lindemann",
    """Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellte Betreuerin von Herrn Klaus-Dieter Lindemann (Betreuerausweis anbei, Aufgabenkreis u. a. Vermögenssorge und Vertretung gegenüber Behörden und Unternehmen).

Herr Lindemann hat ohne mein Wissen ein Leihrad-Konto angelegt, über das laufend Gebühren abgebucht werden. Ich bitte um Löschung des Kontos und seiner Daten sowie darum, ihm künftig keine Werbung mehr zu schicken.

Mit freundlichen Grüßen
Gudrun Pfannenstiel
Betreuungsverein Süd e. V.
""",
    R(["Erasure", "Opposition"], "g.pfannenstiel@betreuungsverein.example", "Klaus-Dieter", "Lindemann",
      representative="Gudrun Pfannenstiel"))

add("de-12-grossbuchstaben", "WALTRAUD KOCH <waltraud.koch@seniorennetz.example>", "DATEN LÖSCHEN",
    """ICH WILL DASS SIE ALLE MEINE DATEN LÖSCHEN UND MIR KEINE WERBUNG MEHR SCHICKEN. ICH HABE KEIN ABO MEHR BEI IHNEN.
W. KOCH
""",
    R(["Erasure", "Opposition"], "waltraud.koch@seniorennetz.example", "Waltraud", "Koch"))

add("de-13-html-video-fragen", "Dr. Ole Petersen <ole.petersen@forschung.example>", "Fragen zur Videoüberwachung in Bussen",
    html("Sehr geehrte Damen und Herren,",
         "als Fahrgast interessiert mich, wie die <b>Videoüberwachung</b> in Ihren Bussen und Straßenbahnen geregelt ist:",
         "1. Wie lange werden die Aufnahmen gespeichert?<br>2. Wer hat Zugriff darauf?<br>3. Werden Aufnahmen ohne richterlichen Beschluss an die Polizei herausgegeben?",
         "Eine Kopie von Aufnahmen benötige ich nicht.",
         "Mit freundlichen Grüßen<br>Dr. Ole Petersen"),
    R(["Information"], "ole.petersen@forschung.example", "Ole", "Petersen"), ct=HTML)

add("de-14-kollegin-weiterleitung", "Tanja Reinholz <tanja.reinholz@acme-corp.example>", "WG: Auskunft über meine Daten",
    """Hallo Datenschutz-Team,

kam heute im Kundencenter per Mail an, bitte übernehmt ihr das?

Danke, Tanja
KundenCenter Hauptbahnhof

---------- Weitergeleitete Nachricht ----------
Von: Bernd Schäfer-Lindner <bernd.schaefer-lindner@post-de.example>
Datum: Do., 12. Nov. 2026 um 16:20
Betreff: Auskunft über meine Daten
An: kundencenter@acme-corp.example

Guten Tag, ich möchte eine Auskunft über alle Daten, die Sie über mich gespeichert haben. Abo-Nr. 4410-2271.
Bernd Schäfer-Lindner
""",
    R(["Access"], "bernd.schaefer-lindner@post-de.example", "Bernd", "Schäfer-Lindner"))

add("de-15-anhang-weiterleitung", "Oliver Hartung <oliver.hartung@acme-corp.example>", "WG: Geburtsdatum falsch",
    "",
    R(["Rectification"], "zofia.nowak-hellmann@mail-pl-de.example", "Zofia", "Nowak-Hellmann"),
    note="Hallo zusammen,\n\nanbei die Mail einer Kundin, die uns über das Kontaktformular erreicht hat. Sie möchte ihr Geburtsdatum korrigiert haben - ist das bei euch richtig oder soll das der Kundenservice machen?\n\nGruß\nOliver Hartung\nKundendialog\n",
    attached=("Zofia Nowak-Hellmann <zofia.nowak-hellmann@mail-pl-de.example>", "Geburtsdatum falsch",
              "Guten Tag,\n\nin meinem Kundenkonto ist mein Geburtsdatum falsch (01.08.1990 statt 08.01.1990). Deshalb bekomme ich kein Azubi-Ticket. Bitte korrigieren.\n\nZofia Nowak-Hellmann\n"))

add("de-16-familie-replyto", "Familie Wagner <familie.wagner@heimnetz.example>", "Konto löschen",
    """Hallo,

hier schreibt Lena Wagner über unsere Familienadresse - bitte antworten Sie an meine eigene Adresse. Ich nutze Ihre Leihräder nicht mehr und möchte, dass mein Konto samt Daten gelöscht wird.

Danke!
Lena Wagner
""",
    R(["Erasure"], "lena.wagner@eigene-mail.example", "Lena", "Wagner"),
    headers=["Reply-To: Lena Wagner <lena.wagner@eigene-mail.example>"])

add("de-17-abo-kuendigen", "Horst Zimmermann <horst.zimmermann@t-post.example>", "Kündigung",
    """Hiermit kündige ich mein Monatsabo zum nächstmöglichen Termin. Abo-Nr. 5512-0093. Bitte bestätigen.

Horst Zimmermann
""",
    R(["Unknown"], "horst.zimmermann@t-post.example", "Horst", "Zimmermann"))

add("de-18-erbe-mutter", "Andreas Vogelsang <andreas.vogelsang@mailbox-de.example>", "Verstorbene Kundin Elfriede Vogelsang",
    """Sehr geehrte Damen und Herren,

meine Mutter, Elfriede Vogelsang, ist am 11. Oktober 2026 verstorben. Als Alleinerbe (Erbschein liegt vor) bitte ich Sie, ihr Seniorenabo zu beenden und ihre personenbezogenen Daten zu löschen. Die Sterbeurkunde sende ich auf Wunsch zu.

Mit freundlichen Grüßen
Andreas Vogelsang
""",
    R(["Erasure"], "andreas.vogelsang@mailbox-de.example", "Elfriede", "Vogelsang", representative="Andreas Vogelsang"))

add("de-19-wuetend-kontrolle", "Kevin Schulze-Brockhoff <kevin.sb@gamer-mail.example>", "Beschwerde Kontrolle S-Bahn + Daten",
    """Hallo,

ich muss mich echt mal beschweren. Ich war am Samstag mit meiner Freundin in der S3 unterwegs, wir hatten beide ein gültiges Deutschlandticket auf dem Handy. Der Kontrolleur hat mein Handy einfach genommen, durch meine Fotos gescrollt (!!!) und dann gesagt, das Ticket sei "gefälscht", weil der Screenshot komisch aussehe. Dabei war es die echte App. Er hat meinen Ausweis fotografiert und meine Adresse aufgeschrieben. Seine Kollegin hat das Ganze mit der Bodycam gefilmt.

Ich will wissen, was Sie jetzt alles über mich gespeichert haben - bitte schicken Sie mir eine Kopie von allem, auch das Foto von meinem Ausweis und das Video. Und ich will, dass sich jemand den Kontrolleur mal vorknöpft.

Außerdem ist Ihre Hotline eine Katastrophe.

Kevin Schulze-Brockhoff
""",
    R(["Access"], "kevin.sb@gamer-mail.example", "Kevin", "Schulze-Brockhoff"))

add("de-20-ohne-satzzeichen", "t.b.1999@schnellpost.example", "frage",
    """hallo wie lange speichert ihr die standortdaten von der fahrrad app und wer bekommt die alles danke
""",
    R(["Information"], "t.b.1999@schnellpost.example"))

add("de-21-cp1252-profiling", "Reto Brunner <reto.brunner@bluewin-like.example>", "Widerspruch Profiling für Tarifangebote",
    """Grüezi

In Ihrer App erhalte ich seit Kurzem „für Sie passende Angebote“, die offensichtlich aus meinen Fahrten berechnet werden (z. B. „Spar-Abo ab 49 € für Ihre Pendlerstrecke“). Ich widerspreche dieser Profilbildung – bitte stellen Sie das für mein Konto ab.

Freundliche Grüsse
Reto Brunner
""",
    R(["Opposition"], "reto.brunner@bluewin-like.example", "Reto", "Brunner"), ct=CP1252, encode="cp1252")

# ---------------------------------------------------------------- Aufgaben
add("de-22-aufgabe-avv-kontrolldienst", "Sabine Hollerbach <sabine.hollerbach@acme-corp.example>", "AVV externer Kontrolldienst",
    """Hallo Datenschutz,

ab Februar setzen wir auf drei Linien den externen Kontrolldienst "SecurTrans" ein. Die Kontrolleure erfassen Personalien bei Fahrgästen ohne gültigen Fahrschein. Könnt ihr bitte den Auftragsverarbeitungsvertrag prüfen? Entwurf liegt im Vertragsmanagement-Tool.

Danke und Gruß
Sabine Hollerbach
Leiterin Vertrieb
""",
    TASK("sabine.hollerbach@acme-corp.example", "Sabine", "Hollerbach"))

add("de-23-aufgabe-vvt-bodycams", "Marco Lindqvist-Meier <marco.lindqvist-meier@acme-corp.example>", "VVT-Eintrag Bodycams Sicherheitsdienst",
    """Hallo,

die Bodycams für den Sicherheitsdienst sind ab 1.12. im Regelbetrieb. Bitte legt im Verzeichnis der Verarbeitungstätigkeiten einen Eintrag an. Speicherfrist laut Betriebsvereinbarung: 72 Stunden, außer bei Vorfällen.

Marco Lindqvist-Meier
Konzernsicherheit
""",
    TASK("marco.lindqvist-meier@acme-corp.example", "Marco", "Lindqvist-Meier"))

add("de-24-aufgabe-dsfa-ki", "Dr. Annika Feldhaus <annika.feldhaus@acme-corp.example>", "DSFA: KI-gestützte Fahrgastzählung",
    """Liebe Kolleginnen und Kollegen,

für das Förderprojekt "SmartFlow" sollen Kameras in 40 Straßenbahnen Fahrgäste per KI zählen und Auslastung prognostizieren. Der Fördergeber verlangt eine Datenschutz-Folgenabschätzung. Könnt ihr die DSFA mit uns aufsetzen? Kick-off-Vorschlag: 2. Dezember.

Beste Grüße
Annika Feldhaus
Innovation & Digitalisierung
""",
    TASK("annika.feldhaus@acme-corp.example", "Annika", "Feldhaus"))

add("de-25-aufgabe-betriebsrat", "Uwe Kretschmer <uwe.kretschmer@acme-corp.example>", "Anfrage Betriebsrat: Telematik in Bussen",
    """Hallo,

der Betriebsrat fragt, ob die neuen Telematikboxen in den Bussen das Fahrverhalten einzelner Fahrer auswerten. Könnt ihr eine Stellungnahme vorbereiten, bis zur Sitzung am 3.12.?

Uwe Kretschmer
Personalabteilung
""",
    TASK("uwe.kretschmer@acme-corp.example", "Uwe", "Kretschmer"))

# ---------------------------------------------------------------- Vorfälle
add("de-26-vorfall-handy-kontrolleur", "Stefan Rautenberg <stefan.rautenberg@acme-corp.example>", "Diensthandy Kontrolleur gestohlen",
    """Hallo,

einem unserer Prüfer wurde heute Nachmittag am Bahnhof Ost das Diensthandy gestohlen. Darauf ist die Kontroll-App mit den heute erfassten Fällen (ca. 30 Personen, Name, Anschrift, Geburtsdatum). Das Gerät ist per PIN gesperrt, Fernlöschung hat die IT gerade ausgelöst. Anzeige ist gestellt.

Stefan Rautenberg
Teamleiter Fahrausweisprüfung
""",
    INC("stefan.rautenberg@acme-corp.example", "Stefan", "Rautenberg"))

add("de-27-vorfall-falscher-brief", "Renate Obermaier <renate.obermaier@dorfpost.example>", "Brief mit fremden Daten erhalten",
    """Guten Tag,

ich habe heute einen Brief von Ihnen bekommen, in dem die Zahlungsaufforderung für einen anderen Fahrgast lag - mit Namen, Adresse, Geburtsdatum und Kontrollort. Im Umschlag war sogar noch ein zweites Schreiben für eine dritte Person. Ich schicke Ihnen das gern zurück, wohin?

Renate Obermaier
""",
    INC("renate.obermaier@dorfpost.example", "Renate", "Obermaier"))

add("de-28-vorfall-cloud-freigabe", "Jana Wolters <jana.wolters@acme-corp.example>", "Kundenliste versehentlich öffentlich geteilt",
    """Hallo,

mir ist gerade aufgefallen, dass ich vor zwei Wochen eine Liste mit den Beschwerden aus dem Oktober (Namen, E-Mail, Telefonnummern, ca. 400 Zeilen) über einen "Jeder mit dem Link"-Freigabelink an eine Agentur geschickt habe. Ich habe den Link jetzt deaktiviert. Wie gehen wir weiter vor?

Jana Wolters
Beschwerdemanagement
""",
    INC("jana.wolters@acme-corp.example", "Jana", "Wolters"))

# ---------------------------------------------------------------- Nachfragen
add("de-29-nachfrage-dsr", "Ingeborg Sauerwein <ingeborg.sauerwein@altmail.example>", "AW: [DSR-42310] Eingangsbestätigung Ihrer Anfrage",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist seit einer Woche abgelaufen. Ich habe bislang weder eine Auskunft noch eine Fristverlängerung erhalten. Sollte ich bis Ende der Woche nichts hören, wende ich mich an die Aufsichtsbehörde.

Ingeborg Sauerwein

-----Ursprüngliche Nachricht-----
Betreff: [DSR-42310] Eingangsbestätigung Ihrer Anfrage
Wir haben Ihre Anfrage erhalten und unter der Nummer DSR-42310 registriert.
""",
    FU("42310", "ingeborg.sauerwein@altmail.example", "Ingeborg", "Sauerwein"))

add("de-30-nachfrage-vollmacht", "RA Konstantin Brenner <k.brenner@brenner-rechtsanwaelte.example>", "AW: Mandant Emre Aydın - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

anbei übersenden wir die von Ihnen telefonisch angeforderte Originalvollmacht unseres Mandanten als PDF.

Mit freundlichen Grüßen
Konstantin Brenner
Rechtsanwalt
""",
    FU(ref("de-09-anwalt-mandant"), "k.brenner@brenner-rechtsanwaelte.example", "Konstantin", "Brenner"),
    headers=irt("de-09-anwalt-mandant"))

add("de-31-nachfrage-danke", "Philipp Aigner <philipp.aigner@almmail.example>", "Re: [DSR-41555] Ihre Anfrage wurde abgeschlossen",
    """Danke, die Daten sind angekommen. Eine Frage noch: In der Liste fehlen die Fahrten vom August, können Sie das noch prüfen?

Philipp Aigner

Von meinem Samsung Galaxy gesendet
""",
    FU("41555", "philipp.aigner@almmail.example", "Philipp", "Aigner"))

# ---------------------------------------------------------------- ignorieren
add("de-32-phishing-passwort", "IT-Support <it-support@acme-corp-login.example>", "Ihr Passwort läuft heute ab",
    """Sehr geehrter Benutzer,

Ihr Passwort für privacy@acme-corp.example läuft heute ab. Um den Verlust Ihrer Daten zu vermeiden, bestätigen Sie Ihr aktuelles Passwort hier:

https://acme-corp-login.example/owa/verify

IT-Support
""",
    IGN("spam", "it-support@acme-corp-login.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="acme-corp-login.example")])

add("de-33-lotto-gewinn", "Internationale Lotterie Kommission <gewinn@lotto-intl-kommission.example>", "GLÜCKWUNSCH: Sie haben 950.000 EUR gewonnen",
    """Sehr geehrter Gewinner,

Ihre E-Mail-Adresse wurde bei der internationalen Online-Ziehung als Gewinner von 950.000,00 EUR ausgewählt. Zur Auszahlung senden Sie uns bitte Name, Anschrift, Telefonnummer und eine Bearbeitungsgebühr von 250 EUR.

Ihre Gewinnnummer: DE/7781/26

Mit freundlichen Grüßen
Dr. Heinrich Vollmer, Auszahlungsabteilung
""",
    IGN("spam", "gewinn@lotto-intl-kommission.example"), headers=SPAM_HDR)

add("de-34-beratung-loeschkonzept", "Datenschutz-Profis GmbH <vertrieb@datenschutz-profis.example>", "Ihr Löschkonzept nach DIN 66398 - jetzt Festpreis",
    """Sehr geehrte Damen und Herren,

haben Sie ein Löschkonzept für Ihre Fahrgast- und Videodaten? Wir erstellen es Ihnen zum Festpreis von 4.900 EUR inkl. Löschfristen-Matrix und Schulung. Verkehrsunternehmen erhalten 10 % Rabatt.

Gerne vereinbare ich einen kurzen Termin.

Mit freundlichen Grüßen
Tobias Lenz
Datenschutz-Profis GmbH
Falls Sie keine weiteren Informationen wünschen, antworten Sie mit "Abmelden".
""",
    IGN("spam", "vertrieb@datenschutz-profis.example"))

add("de-35-abwesenheit", "Claudia Neumeyer <claudia.neumeyer@verkehrsverbund.example>", "Abwesenheitsnotiz: Datenaustausch Semesterticket",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.11.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an sekretariat@verkehrsverbund.example.

Mit freundlichen Grüßen
Claudia Neumeyer
""",
    IGN("auto_reply", "claudia.neumeyer@verkehrsverbund.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("de-36-verbandsnewsletter", "Verband Nahverkehr Newsletter <newsletter@nahverkehr-verband.example>", "Newsletter 11/2026: Datenschutz bei Check-in/Check-out-Systemen",
    """NAHVERKEHR AKTUELL - Ausgabe 11/2026

* Check-in/Check-out: Was die Aufsichtsbehörden erwarten
* Fachtagung "Digitale Tickets" am 9. Dezember - jetzt anmelden
* Personalien

Sie erhalten diesen Newsletter als Mitglied. Abmelden: https://nahverkehr-verband.example/abmelden
""",
    IGN("bulk", "newsletter@nahverkehr-verband.example"),
    headers=["List-Id: Nahverkehr aktuell <aktuell.nahverkehr-verband.example>",
             "List-Unsubscribe: <https://nahverkehr-verband.example/abmelden>", "Precedence: bulk"])
