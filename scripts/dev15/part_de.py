from common import *  # part de: written blind

# ---------------------------------------------------------------- Anfragen
add("de-01-auskunft-kurz", "Jürgen Weiß <juergen.weiss@web-mail.example>", "Auskunft",
    "Hiermit bitte ich um Auskunft gemäß Art. 15 DSGVO.\n\nJürgen Weiß\n",
    R(["Access"], "juergen.weiss@web-mail.example", "Jürgen", "Weiß"))

add("de-02-loeschung-formal", "Dr. Friederike Albers <f.albers@kanzlei-post.example>",
    "Löschung meiner personenbezogenen Daten gem. Art. 17 DSGVO",
    "Sehr geehrte Damen und Herren,\n\n"
    "bis zur Saison 2023/24 war ich als Übungsleiterin in der Turnabteilung Ihres Verbandes tätig. Das "
    "Ehrenamt habe ich beendet; eine weitere Speicherung meiner Daten ist nicht erforderlich.\n\n"
    "Ich fordere Sie daher auf, sämtliche mich betreffenden personenbezogenen Daten unverzüglich zu "
    "löschen, einschließlich meiner Lizenzdaten, meines erweiterten Führungszeugnisses (soweit noch "
    "vorhanden) und meiner Fotos auf der Verbandswebsite. Bitte bestätigen Sie mir die Löschung "
    "schriftlich bis zum 16.12.2026.\n\n"
    "Mit freundlichen Grüßen\n\nDr. Friederike Albers\n",
    R(["Erasure"], "f.albers@kanzlei-post.example", "Friederike", "Albers"))

add("de-03-widerruf-werbung", "Anna-Lena Schröder <annalena.schroeder@gmx-mail.example>",
    "Keine Werbung mehr für Feriencamps",
    "Hallo,\n\nich widerrufe hiermit meine Einwilligung in den Erhalt Ihres Newsletters und aller "
    "Werbemails zu den Feriencamps. Meine Tochter ist aus dem Alter raus. Bitte nehmen Sie meine Adresse "
    "aus allen Verteilern.\n\nDanke & Gruß\nAnna-Lena Schröder\n\nVon meinem iPhone gesendet\n",
    R(["Opposition"], "annalena.schroeder@gmx-mail.example", "Anna-Lena", "Schröder"))

add("de-04-nachname", "Sabine Krüger <sabine.krueger@t-mail.example>", "Namensänderung",
    "Guten Tag,\n\nnach meiner Scheidung trage ich wieder meinen Geburtsnamen Krüger (bisher: "
    "Sabine Hoffmann). Bitte ändern Sie den Namen in meinem Mitgliedskonto und auf meiner "
    "Kampfrichterlizenz. Die neue Anschrift lautet Lindenweg 4, 34117 Kassel.\n\nAußerdem hätte ich gern "
    "eine Aufstellung aller Daten, die Sie derzeit über mich gespeichert haben.\n\n"
    "Freundliche Grüße\nSabine Krüger\n",
    R(["Rectification", "Access"], "sabine.krueger@t-mail.example", "Sabine", "Krüger"))

add("de-05-vereinswechsel", "Maximilian Groß <max.gross@posteo-de.example>",
    "Vereinswechsel - meine Daten",
    "Moin,\n\nich wechsle zum Jahresende zu einem Verein in Hamburg, der einem anderen Verband angehört. "
    "Könnt ihr mir meine Spielerdaten (Spielberechtigung, Einsätze, Lehrgänge) in einem gängigen "
    "maschinenlesbaren Format bereitstellen, damit ich sie dort hochladen kann? Am liebsten CSV.\n\n"
    "Und bei der Gelegenheit: schickt mir bitte auch eine Kopie von allem anderen, was ihr sonst noch "
    "über mich gespeichert habt (Notizen, Mails usw.).\n\n"
    "Gruß Max\n",
    R(["Portability", "Access"], "max.gross@posteo-de.example", "Maximilian", "Groß"))

add("de-06-landessportbund", "Özlem Demir <oezlem.demir@family-mail.example>",
    "Weitergabe an den Landessportbund?",
    "Guten Abend,\n\nbei der Anmeldung meiner Kinder zum Schwimmkurs wurde gefragt, ob ich mit der "
    "Weitergabe an den Landessportbund einverstanden bin. Welche Daten werden da genau übermittelt, "
    "wofür, und speichert der LSB die dann dauerhaft? Ich möchte erst verstehen, bevor ich zustimme.\n\n"
    "Viele Grüße\nÖzlem Demir\n",
    R(["Information"], "oezlem.demir@family-mail.example", "Özlem", "Demir"))

add("de-07-verletzungsbericht", "Thomas Brandstätter <thomas.brandstaetter@alpen-mail.example>",
    "Unterlagen zu meinem Sohn Lukas",
    "Grüß Gott,\n\nmein Sohn Lukas Brandstätter (14) hat sich beim Sommercamp am Wolfgangsee das "
    "Schlüsselbein gebrochen. Als Erziehungsberechtigter ersuche ich um Übermittlung aller zu Lukas "
    "gespeicherten Daten, insbesondere des Unfallberichts, der Notizen der Betreuer und der Angaben, die "
    "an die Versicherung gegangen sind.\n\nMit freundlichen Grüßen\nThomas Brandstätter\n"
    "Tel. +43 660 1234567\n",
    R(["Access"], "thomas.brandstaetter@alpen-mail.example", "Lukas", "Brandstätter",
      representative="Thomas Brandstätter"))

add("de-08-sportuntauglich", "Katharina von Hohenberg <k.vonhohenberg@mail-de.example>",
    "Vermerk 'nicht sporttauglich'",
    "Sehr geehrte Damen und Herren,\n\nin meinem Athletenprofil ist seit August vermerkt, ich sei "
    "'bis auf Weiteres nicht wettkampftauglich'. Das beruht auf einer veralteten Diagnose; eine neue "
    "sportärztliche Untersuchung ist für den 2. Dezember angesetzt. Bis das geklärt ist, bitte ich Sie, "
    "diesen Vermerk nicht weiter zu verwenden und insbesondere nicht an Trainer oder Kaderbetreuer "
    "weiterzugeben. Löschen müssen Sie ihn (noch) nicht.\n\nKatharina von Hohenberg\n",
    R(["Restriction"], "k.vonhohenberg@mail-de.example", "Katharina", "von Hohenberg"))

add("de-09-kadersoftware", "Leon Becker <leon.becker@athletenpost.example>",
    "Nichtberücksichtigung Landeskader",
    "Hallo,\n\nich habe erfahren, dass die Nominierung für den Landeskader U20 dieses Jahr komplett über "
    "euer neues Bewertungstool lief und ich aufgrund eines 'Scores' rausgefallen bin. Mit keinem Trainer "
    "wurde gesprochen. Ich möchte, dass ein Mensch meine Nominierung neu prüft und ich möchte meine "
    "Sicht darlegen können.\n\nLeon Becker\n",
    R(["AutomatedDecision"], "leon.becker@athletenpost.example", "Leon", "Becker"))

add("de-10-sponsoren", "Miriam Rosenthal <miriam.rosenthal@netzpost.example>",
    "Auskunft und Widerspruch",
    "Guten Tag,\n\nzwei Fragen bzw. Anliegen:\n\n"
    "1) Teilen Sie mir bitte mit, welche Daten Sie über mich gespeichert haben, und schicken Sie mir "
    "eine Kopie.\n"
    "2) Ich habe gehört, dass Mitgliederdaten an Sponsoren (Krankenkasse, Sportartikelhändler) gehen. "
    "Dieser Weitergabe meiner Daten widerspreche ich ausdrücklich.\n\n"
    "Mit freundlichen Grüßen\nMiriam Rosenthal\n",
    R(["Access", "Opposition"], "miriam.rosenthal@netzpost.example", "Miriam", "Rosenthal"))

add("de-11-html-fotos", "Stefan Wagner <stefan.wagner@trainer-mail.example>", "Fotos von mir entfernen",
    html("Hallo zusammen,",
         "auf der Seite <i>Unsere Trainer</i> und in der Galerie des Hallenturniers 2025 sind noch Fotos "
         "von mir zu sehen, obwohl ich seit einem Jahr nicht mehr im Verein bin.",
         "Bitte nehmt diese Bilder und meinen Namen von der Website herunter.",
         "Danke<br>Stefan Wagner"),
    R(["Erasure"], "stefan.wagner@trainer-mail.example", "Stefan", "Wagner"), ct=HTML)

add("de-12-feriencamp-wut", "Ralf Neumann <ralf.neumann@online-mail.example>",
    "Beschwerde Feriencamp Ostsee - Konto",
    "Sehr geehrte Damen und Herren,\n\n"
    "was wir beim Feriencamp an der Ostsee erlebt haben, ist eine Zumutung. Die Unterkunft war nicht wie "
    "im Prospekt beschrieben, die Betreuer waren kaum älter als die Kinder, das Essen hat mein Sohn "
    "größtenteils stehen lassen. Als er am dritten Tag Heimweh hatte, hat ihn niemand getröstet, sondern "
    "man hat uns um 23 Uhr angerufen, wir sollten ihn abholen - 300 km Fahrt.\n\n"
    "Wir werden keine Leistungen von Ihnen mehr in Anspruch nehmen. Löschen Sie bitte mein Kundenkonto "
    "samt meinen Zahlungsdaten und der hinterlegten Adresse, und hören Sie auf, mir ständig Ihre "
    "Camp-Prospekte und Rabattaktionen zu schicken.\n\n"
    "Über die Erstattung der Campgebühr für die nicht in Anspruch genommenen Tage erwarte ich separat "
    "Nachricht.\n\nRalf Neumann\n",
    R(["Erasure", "Opposition"], "ralf.neumann@online-mail.example", "Ralf", "Neumann"))

add("de-13-weitergeleitet-inline", "Jana Hartmann <jana.hartmann@acme-corp.example>",
    "WG: Videos von den Spielen",
    "Hallo Datenschutz-Team,\n\nkönnt ihr das beantworten? Kam über das Kontaktformular.\n\nLG Jana\n\n"
    "-----Ursprüngliche Nachricht-----\n"
    "Von: Markus Lehmann <markus.lehmann@papa-mail.example>\n"
    "Gesendet: Freitag, 13. November 2026 19:05\n"
    "An: kontakt@acme-corp.example\n"
    "Betreff: Videos von den Spielen\n\n"
    "Hallo, bei den Jugendspielen wird jetzt alles gefilmt. Wer bekommt diese Videos, werden sie "
    "im Internet gestreamt und wie lange werden sie aufbewahrt? Auf welcher Rechtsgrundlage?\n"
    "Markus Lehmann\n",
    R(["Information"], "markus.lehmann@papa-mail.example", "Markus", "Lehmann"))

add("de-14-weitergeleitet-anhang", "Tobias Richter <tobias.richter@acme-corp.example>",
    "WG: Auskunftsbegehren", "",
    R(["Access"], "elisabeth.huber@wien-mail.example", "Elisabeth", "Huber"),
    note="Hi, das kam bei der Geschäftsstelle an, bitte übernehmen.\n\nTobias",
    attached=("Elisabeth Huber <elisabeth.huber@wien-mail.example>", "Auskunftsbegehren",
              "Sehr geehrte Damen und Herren,\n\nich ersuche um Auskunft, welche personenbezogenen Daten "
              "Sie über mich verarbeiten, samt einer Kopie. Ich war 2022 bis 2025 Betreuerin in Ihren "
              "Sommercamps.\n\nHochachtungsvoll\nElisabeth Huber\n"))

add("de-15-packliste", "familie.koenig@heimnetz.example", "Packliste Camp",
    "hallo wo finde ich die packliste für das herbstcamp in winterberg? auf der seite ist der link kaputt. "
    "gruß\n",
    R(["Unknown"], "familie.koenig@heimnetz.example"))

add("de-16-ergebnisse-latin1", "Gerd Schäfer <gerd.schaefer@alt-mail.example>",
    "Veröffentlichung meiner Ergebnisse",
    "Sehr geehrte Damen und Herren,\n\nich laufe seit Jahren bei Ihren Volksläufen als Begleitläufer "
    "meiner Enkel mit. Ich möchte nicht, dass künftig meine Zeiten mit Namen und Jahrgang in den "
    "Ergebnislisten veröffentlicht werden. Die alten Listen dürfen bleiben, es geht mir um die Zukunft.\n\n"
    "Mit freundlichem Gruß\nGerd Schäfer\n",
    R(["Opposition"], "gerd.schaefer@alt-mail.example", "Gerd", "Schäfer"),
    ct=LATIN1, encode="latin-1")

add("de-17-loeschn", "xx.sunny.xx@handy-mail.example", "daten",
    "hallo ich möchte das sie alle meine daten löschn weil ich nicht mehr im verein bin bitte danke\n",
    R(["Erasure"], "xx.sunny.xx@handy-mail.example"))

add("de-18-bruder-verstorben", "Reto Zürcher <reto.zuercher@bluewin-mail.example>",
    "Daten meines verstorbenen Bruders",
    "Grüezi\n\nMein Bruder Adrian Zürcher, langjähriger Juniorentrainer im Unihockey, ist im Oktober "
    "verstorben. Als Erbe und Willensvollstrecker bitte ich Sie um Auskunft, welche Daten über ihn bei "
    "Ihnen noch gespeichert sind, bevor wir entscheiden, was damit geschehen soll.\n\n"
    "Freundliche Grüsse\nReto Zürcher\n",
    R(["Access"], "reto.zuercher@bluewin-mail.example", "Adrian", "Zürcher",
      representative="Reto Zürcher"))

# ---------------------------------------------------------------- Aufgaben
add("de-19-avv-zeitmessung", "Carina Vogel <carina.vogel@acme-corp.example>",
    "AVV Zeitmessung Landesjugendspiele",
    "Hallo,\n\nfür die Landesjugendspiele beauftragen wir wieder die Firma ChronoTrack mit der "
    "Zeitmessung. Die bekommen Teilnehmerlisten mit Name, Jahrgang, Verein. Könnt ihr den "
    "Auftragsverarbeitungsvertrag prüfen? Der alte ist abgelaufen.\n\nDanke\nCarina Vogel\n"
    "Referentin Wettkampfwesen\n",
    TASK("carina.vogel@acme-corp.example", "Carina", "Vogel"))

add("de-20-vvt-fuehrungszeugnis", "Michael Schmitt <michael.schmitt@acme-corp.example>",
    "Verarbeitungsverzeichnis - Führungszeugnisse",
    "Liebe Kolleginnen und Kollegen,\n\nim Rahmen des neuen Kinderschutzkonzepts sehen die Vereine künftig "
    "die erweiterten Führungszeugnisse aller Betreuer ein und dokumentieren das in der Verbandssoftware. "
    "Bitte nehmt das ins Verzeichnis der Verarbeitungstätigkeiten auf und sagt mir, ob wir noch etwas "
    "beachten müssen (Löschfristen?).\n\nMichael Schmitt\nKinderschutzbeauftragter\n",
    TASK("michael.schmitt@acme-corp.example", "Michael", "Schmitt"))

add("de-21-schulung", "Petra Lorenz <petra.lorenz@acme-corp.example>", "Schulung Übungsleiter",
    "Hallo,\n\nkönntet ihr beim Übungsleiter-Lehrgang im Januar einen Block (ca. 90 Min.) zum Thema "
    "Datenschutz im Verein übernehmen? Schwerpunkt: Fotos, WhatsApp-Gruppen, Gesundheitsdaten.\n\n"
    "Viele Grüße\nPetra\n",
    TASK("petra.lorenz@acme-corp.example", "Petra", "Lorenz"))

# ---------------------------------------------------------------- Vorfälle
add("de-22-laptop-auto", "Andreas Keller <andreas.keller@acme-corp.example>",
    "Dienstlaptop aus Auto gestohlen",
    "Hallo,\n\nheute Nacht wurde mein Auto aufgebrochen und der Dienstlaptop gestohlen. Darauf waren "
    "die Anmeldelisten der Wintercamps (Namen, Geburtsdaten, Notfallkontakte, Allergien). Anzeige bei "
    "der Polizei ist erstattet. Festplattenverschlüsselung war meines Wissens an, sicher bin ich nicht.\n\n"
    "Andreas Keller\nCampleitung\nMobil 0151 0000000\n",
    INC("andreas.keller@acme-corp.example", "Andreas", "Keller"))

add("de-23-falsche-mail", "Nicole Berger <nicole.berger@familie-post.example>",
    "Mail mit fremden Daten erhalten",
    "Guten Tag,\n\nich habe gestern eine Mail vom Camp-Team bekommen, die offensichtlich nicht für mich "
    "bestimmt war: eine Excel-Liste mit allen Teilnehmern des Reitcamps, mit Adressen, Geburtsdaten, "
    "Allergien und Medikamenten. Mein Kind war dort gar nicht angemeldet. Ich habe die Mail gelöscht, "
    "wollte Ihnen aber Bescheid geben.\n\nNicole Berger\n",
    INC("nicole.berger@familie-post.example", "Nicole", "Berger"))

add("de-24-whatsapp-falsch", "Florian Schulz <florian.schulz@acme-corp.example>",
    "Liste in falsche WhatsApp-Gruppe",
    "Hi, mir ist ein Fehler passiert: ich habe ein Foto der Notfallliste der E-Jugend (Namen der Kinder, "
    "Handynummern der Eltern, Allergien, Medikamente) statt an die Co-Trainerin in die große "
    "Vereins-WhatsApp-Gruppe mit über 200 Mitgliedern geschickt. Habe es nach 10 Minuten gelöscht, aber "
    "einige haben es sicher schon gesehen oder gespeichert.\n\nFlorian\n",
    INC("florian.schulz@acme-corp.example", "Florian", "Schulz"))

# ---------------------------------------------------------------- Folgemails
add("de-25-nachfrage-tag", "Ute Brandt <ute.brandt@web-mail.example>",
    "AW: [DSR-27654] Eingangsbestätigung Ihrer Anfrage",
    "Sehr geehrte Damen und Herren,\n\ndie Monatsfrist ist abgelaufen. Ich bitte um umgehende "
    "Bearbeitung.\n\nUte Brandt\n\n"
    "-----Ursprüngliche Nachricht-----\n"
    "Von: privacy@acme-corp.example\n"
    "Betreff: [DSR-27654] Eingangsbestätigung Ihrer Anfrage\n\n"
    "Ihre Anfrage wurde unter der Nummer DSR-27654 erfasst.\n",
    FU("27654", "ute.brandt@web-mail.example", "Ute", "Brandt"))

add("de-26-nachfrage-albers", "Dr. Friederike Albers <f.albers@kanzlei-post.example>",
    "AW: Löschung meiner personenbezogenen Daten gem. Art. 17 DSGVO",
    "Sehr geehrte Damen und Herren,\n\nergänzend: meine frühere Mitgliedsnummer lautet TV-118273. "
    "Die Fotos befinden sich u. a. unter der Rubrik 'Lehrteam'.\n\nMit freundlichen Grüßen\nF. Albers\n",
    FU(ref("de-02-loeschung-formal"), "f.albers@kanzlei-post.example", "Friederike", "Albers"),
    headers=irt("de-02-loeschung-formal"))

# ---------------------------------------------------------------- ignorieren
add("de-27-spam-abmahnung", "Rechtsanwaltskanzlei Dr. Wehner <abmahnung@kanzlei-wehner-dsgvo.example>",
    "Abmahnung wegen DSGVO-Verstoß - Zahlung binnen 3 Tagen",
    "Sehr geehrte Damen und Herren,\n\nIhre Website bindet Google Fonts ohne Einwilligung ein und "
    "verletzt damit das Persönlichkeitsrecht unserer Mandantin. Zur Vermeidung einer Klage zahlen Sie "
    "bitte 170 EUR Schadensersatz auf das unten genannte Konto. Die Daten unserer Mandantin sind "
    "unverzüglich zu löschen.\n\nIBAN: XX00 0000 0000 0000\n",
    IGN("spam", "abmahnung@kanzlei-wehner-dsgvo.example"), headers=SPAM_HDR)

add("de-28-spam-krypto", "Lisa <lisa.investments@quick-gewinn.example>", "Passives Einkommen 4.800 EUR/Monat",
    "Hallo!\n\nMit unserem KI-Trading-Bot verdienen schon 12.000 Deutsche jeden Monat ein passives "
    "Einkommen. Jetzt mit nur 250 EUR starten! Ihre Daten sind bei uns 100% sicher und DSGVO-konform.\n\n"
    "Jetzt registrieren >>\n",
    IGN("spam", "lisa.investments@quick-gewinn.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="quick-gewinn.example")])

add("de-29-abwesenheit", "Bernd Ziegler <bernd.ziegler@schule-beispiel.example>",
    "Abwesenheitsnotiz: Ihre Anfrage",
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11. nicht im Haus. Ihre E-Mail wird "
    "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.\n\n"
    "Bernd Ziegler\n",
    IGN("auto_reply", "bernd.ziegler@schule-beispiel.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-30-unzustellbar", "Mail Delivery Subsystem <mailer-daemon@acme-corp.example>",
    "Unzustellbar: Ihre Anfrage", "",
    IGN("bounce", "mailer-daemon@acme-corp.example"), dsn=True)
