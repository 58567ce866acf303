from common import *  # part de: written blind

# ---------------------------------------------------------------- Anfragen
add("de-01-auskunft-art15-leasing",
    "Jürgen Häußler <juergen.haeussler@t-post.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft nach Art. 15 DSGVO geltend.

Ich bin Kunde der Acme Leasing GmbH (Vertragsnummer LV-2022-118842, Fahrzeug BMW 320d, amtl. Kennzeichen S-JH 4471). Bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich verarbeiten, zu welchen Zwecken, an welche Empfänger Sie diese übermittelt haben, wie lange sie gespeichert werden und woher Sie sie erhalten haben (insbesondere SCHUFA-Auskünfte). Ich bitte außerdem um eine Kopie der Daten, einschließlich der Telematikdaten aus dem Fahrzeug.

Für Ihre Antwort setze ich mir den gesetzlichen Monatszeitraum vor.

Mit freundlichen Grüßen

Jürgen Häußler
Königstraße 12
70173 Stuttgart""",
    R(["Access"], "juergen.haeussler@t-post.example", "Jürgen", "Häußler"))

add("de-02-einzeiler-loeschen",
    "herzblatt_22@freepost.example",
    "konto löschen",
    """bitte mein amora konto löschen danke""",
    R(["Erasure"], "herzblatt_22@freepost.example", None, None))

add("de-03-oesterreich-versicherer",
    "Magdalena Gruber <magdalena.gruber@aon-like.example>",
    "Anfrage Weitergabe Fahrdaten",
    """Grüß Gott,

seit Jänner fahre ich einen Leasingwagen aus Ihrer Filiale in Graz mit der Acme Connect App. Meine Versicherung hat mir nun einen "Telematik-Bonus" angeboten und weiß offenbar schon, wie viel ich fahre.

Können Sie mir bitte erklären, welche Fahrdaten Sie an welche Versicherungen weitergeben, auf welcher Rechtsgrundlage, und ob die Daten Österreich bzw. die EU verlassen? Eine Kopie brauche ich nicht, nur eine Erklärung.

Mit freundlichen Grüßen
Magdalena Gruber""",
    R(["Information"], "magdalena.gruber@aon-like.example", "Magdalena", "Gruber"))

add("de-04-wuetend-carsharing-reinigung",
    "Annika Schröder <annika.schroeder@gmx-like.example>",
    "Reinigungsgebühr 150 € - unverschämt",
    """Hallo,

ich bin seit drei Jahren AcmeShare-Kundin und jetzt reicht es. Am 30.10. habe ich einen Golf am Hauptbahnhof gebucht. Das Auto war schon bei Abholung dreckig – Sand im Fußraum, Kaffeebecher in der Tür. Ich habe das in der App gemeldet, mit Fotos! Trotzdem bekomme ich eine "Sonderreinigung" von 150 € berechnet, weil ich angeblich einen Hund transportiert habe. Ich habe keinen Hund.

Ihr Kundenservice schreibt mir seit zwei Wochen Textbausteine. Die Hotline ist nie erreichbar.

Ich zahle das nicht. Und ich habe keine Lust mehr auf diesen Laden: kündigen Sie mein Konto und löschen Sie meine Daten, Führerscheinfotos, Zahlungsdaten, Fahrten, alles. Soweit Sie wegen der strittigen Rechnung etwas aufbewahren müssen, sagen Sie mir bitte was.

Annika Schröder""",
    R(["Erasure"], "annika.schroeder@gmx-like.example", "Annika", "Schröder"),
    ct=CP1252, encode="cp1252")

add("de-05-html-fahrtenbuch-export",
    "Dr. Konstantin Weber <k.weber@praxis-weber.example>",
    "Export Fahrtenbuch",
    html("Sehr geehrte Damen und Herren,",
         "für meine Steuererklärung benötigt mein Steuerberater das elektronische Fahrtenbuch aus der Acme Connect App für das Jahr 2026.",
         "Bitte stellen Sie mir sämtliche aufgezeichneten Fahrten (Datum, Uhrzeit, Start, Ziel, Kilometer) in einem strukturierten, maschinenlesbaren Format (CSV oder Excel) zur Verfügung, gern auch direkt an kanzlei@stb-berger.example.",
         "Mit freundlichen Grüßen<br>Dr. med. Konstantin Weber"),
    R(["Portability"], "k.weber@praxis-weber.example", "Konstantin", "Weber"),
    ct=HTML)

add("de-06-tippfehler-umlaute",
    "Renate Müller <renate.mueller@web-like.example>",
    "falscher name in briefen",
    """hallo

seit monaten kommen ihre briefe an "Frau Renate MÃ¼ller" das ist doch peinlich. mein name ist Müller mit ü. ausserdem bin ich umgezogen, neue adresse Lindenweg 7, 90402 Nürnberg, das hatte ich schon im autohaus gesagt aber es steht immer noch die alte drin. bitte endlich richtig einragen

Renate Müller""",
    R(["Rectification"], "renate.mueller@web-like.example", "Renate", "Müller"))

add("de-07-bild-ki-gesperrt",
    "Malte Jansen <malte.jansen@posteo-like.example>",
    "Profil gesperrt - Überprüfung durch Menschen",
    """Guten Tag,

mein Amora-Profil wurde heute Nacht automatisch gesperrt, Begründung: "Ihr Foto verstößt gegen unsere Richtlinien (Nacktheit)". Auf dem Foto trage ich eine Badehose am Strand, wie tausende andere Nutzer auch.

Offensichtlich hat eine Bilderkennung entschieden. Ich verlange nach Art. 22 DSGVO, dass ein Mitarbeiter diese Entscheidung überprüft, und möchte dazu Stellung nehmen können.

Malte Jansen""",
    R(["AutomatedDecision"], "malte.jansen@posteo-like.example", "Malte", "Jansen"))

add("de-08-betreuerin-mutter-demenz",
    "Gabriele Lindner <gabriele.lindner@familienpost.example>",
    "Meine Mutter Hildegard Lindner - Leasingvertrag",
    """Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellte Betreuerin meiner Mutter, Frau Hildegard Lindner (geb. 04.09.1941), mit dem Aufgabenkreis Vermögenssorge (Betreuerausweis anbei). Meine Mutter ist an Demenz erkrankt.

Wir haben in ihren Unterlagen Schreiben Ihres Autohauses in Kassel gefunden, wonach sie im Sommer einen Leasingvertrag für einen Neuwagen unterschrieben haben soll, obwohl sie seit Jahren nicht mehr fährt.

Bitte übersenden Sie mir sämtliche Daten, die Sie über meine Mutter gespeichert haben, einschließlich der unterschriebenen Unterlagen, Gesprächsnotizen und der Bonitätsprüfung.

Mit freundlichen Grüßen
Gabriele Lindner""",
    R(["Access"], "gabriele.lindner@familienpost.example", "Hildegard", "Lindner",
      representative="Gabriele Lindner"))

add("de-09-kollege-weiterleitung-werbung",
    "Tobias Krüger <tobias.krueger@acme-corp.example>",
    "WG: Keine Werbung mehr",
    """Hallo Datenschutz-Team,

anbei eine Kundenmail, die bei uns im Autohaus Dortmund gelandet ist. Bitte übernehmt ihr.

Gruß
Tobias Krüger
Serviceberater

---------- Weitergeleitete Nachricht ----------
Von: Zoran Petrović <zoran.petrovic@mailhaus.example>
Datum: Mi., 11. Nov. 2026 um 09:27
Betreff: Keine Werbung mehr
An: dortmund@acme-corp.example

Guten Morgen,
ich möchte keine Werbepost, keine Newsletter und keine Anrufe mehr von Ihnen bekommen. Mein Auto habe ich verkauft, also löschen Sie bitte auch meine Kundendaten komplett.
Danke
Zoran Petrović""",
    R(["Opposition", "Erasure"], "zoran.petrovic@mailhaus.example", "Zoran", "Petrović"))

add("de-10-anhang-ausweiskopie-frage",
    "Sabine Hoffmann <sabine.hoffmann@acme-corp.example>",
    "Weiterleitung Kundenanfrage Datenschutz",
    "",
    R(["Information"], "lea.schulz@mailfach.example", "Lea-Marie", "Schulz"),
    attached=("Lea-Marie Schulz <lea.schulz@mailfach.example>", "Kopie meines Ausweises",
              """Hallo,

bei der Registrierung für AcmeShare musste ich meinen Personalausweis und Führerschein fotografieren. Warum brauchen Sie den Ausweis überhaupt, wer sieht die Bilder und wie lange speichern Sie diese Kopien?

Viele Grüße
Lea-Marie Schulz"""),
    note="""Hallo zusammen,

die Kundin hat sich an den Carsharing-Support gewandt, ich leite das wie besprochen an euch weiter.

Viele Grüße
Sabine Hoffmann
AcmeShare Kundenservice""")

add("de-11-einschraenkung-unfall",
    "Mehmet Demir <mehmet.demir@netmail-de.example>",
    "Einschränkung der Verarbeitung - Unfall vom 14.09.",
    """Sehr geehrte Damen und Herren,

Ihre Versicherungsabteilung wirft mir auf Grundlage der Telematikdaten meines Leasingfahrzeugs vor, ich sei beim Unfall am 14.09.2026 mit 87 km/h statt der erlaubten 50 km/h gefahren. Das ist nachweislich falsch, ein unabhängiger Gutachter ist beauftragt.

Ich bestreite die Richtigkeit dieser Daten und beantrage gemäß Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung für die Dauer der Prüfung. Die Daten dürfen bis dahin nicht an die gegnerische Versicherung oder Dritte weitergegeben werden. Löschen Sie sie bitte auf keinen Fall.

Mit freundlichen Grüßen
Mehmet Demir""",
    R(["Restriction"], "mehmet.demir@netmail-de.example", "Mehmet", "Demir"))

add("de-12-grossbuchstaben-anrufe",
    "Horst Baumann <horst.baumann@t-online-like.example>",
    "ANRUFE",
    """RUFEN SIE MICH NIE WIEDER AN!!! ICH HABE KEIN INTERESSE AN EINEM NEUEN LEASINGANGEBOT. SPERREN SIE MEINE NUMMER FÜR WERBUNG.
H. BAUMANN""",
    R(["Opposition"], "horst.baumann@t-online-like.example", "Horst", "Baumann"))

add("de-13-nicht-loeschen-alter-falsch",
    "Katharina von Bülow <k.vonbuelow@mailwerk.example>",
    "Falsches Alter im Profil",
    """Hallo Amora-Team,

nein, ich will mein Profil nicht löschen, auch wenn Ihr Support mir das als "einfachste Lösung" vorgeschlagen hat.

In meinem Profil steht 52 Jahre, ich bin aber 42. Offenbar wurde beim Import aus meinem Facebook-Konto das Geburtsjahr falsch übernommen (1974 statt 1984) und ich kann es selbst nicht ändern. Bitte korrigieren Sie das.

Viele Grüße
Katharina von Bülow""",
    R(["Rectification"], "k.vonbuelow@mailwerk.example", "Katharina", "von Bülow"))

add("de-14-schweiz-auskunftsbegehren",
    "Reto Brunner <reto.brunner@bluewin-like.example>",
    "Auskunftsbegehren",
    """Grüezi

Ich ersuche Sie gestützt auf Art. 25 DSG bzw. Art. 15 DSGVO um Auskunft über sämtliche mich betreffenden Personendaten, die Ihre Garage in Zürich-Altstetten und Ihre Carsharing-Tochter bearbeiten, inkl. der Standortdaten meiner Fahrten.

Besten Dank und freundliche Grüsse
Reto Brunner
Seefeldstrasse 88, 8008 Zürich""",
    R(["Access"], "reto.brunner@bluewin-like.example", "Reto", "Brunner"))

add("de-15-unbekannt-reifenwechsel",
    "Uwe Schmitt <uwe.schmitt@provider-de.example>",
    "Reifenwechsel",
    """Hallo, ich bräuchte einen Termin zum Reifenwechsel auf Winterreifen, am besten nächste Woche Dienstag oder Mittwoch. Kennzeichen KA-US 310. Gruß Uwe Schmitt""",
    R(["Unknown"], "uwe.schmitt@provider-de.example", "Uwe", "Schmitt"))

add("de-16-anwalt-fake-profil",
    "Kanzlei Albrecht & Partner <ra.albrecht@kanzlei-albrecht.example>",
    "Mandantin Frau Svenja Köhler - Fake-Profil auf Amora",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Frau Svenja Köhler, Leipzig, vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Auf Ihrer Plattform Amora existiert seit mindestens Oktober 2026 ein Profil unter dem Namen "Svenja, 29", das ohne Wissen unserer Mandantin deren Fotos verwendet. Unsere Mandantin wird über dieses Profil von Fremden kontaktiert.

Namens unserer Mandantin fordern wir Sie auf,
1. das Profil sowie sämtliche darin verwendeten Bilder unserer Mandantin unverzüglich zu löschen (Art. 17 DSGVO) und
2. uns Auskunft über alle zu ihrer Person gespeicherten Daten zu erteilen, einschließlich der Angaben, mit denen das Profil angelegt wurde (Art. 15 DSGVO).

Mit freundlichen Grüßen

Dr. Markus Albrecht
Rechtsanwalt""",
    R(["Erasure", "Access"], "ra.albrecht@kanzlei-albrecht.example", "Svenja", "Köhler",
      representative="Markus Albrecht"))

add("de-17-widerruf-telematik-portabilitaet",
    "Felix Neumann <felix.neumann@mailbox-de.example>",
    "Widerruf Fahrstil-Analyse",
    """Hallo,

ich widerrufe hiermit meine Einwilligung in die Auswertung meines Fahrverhaltens durch die Acme Connect App ("Fahrstil-Score"), mit sofortiger Wirkung.

Die bisher gesammelten Daten hätte ich aber gern noch: bitte schicken Sie sie in einem gängigen maschinenlesbaren Format direkt an meine neue Kfz-Versicherung (telematik@versicherung-nord.example), damit die meinen Schadenfreiheitsrabatt berechnen kann.

Danke und Gruß
Felix Neumann""",
    R(["Opposition", "Portability"], "felix.neumann@mailbox-de.example", "Felix", "Neumann"))

add("de-18-ipad-was-habt-ihr",
    "Brigitte Wolf <brigitte.wolf@ewe-like.example>",
    "Meine Daten",
    """Welche Daten haben Sie eigentlich alles von mir? Bitte schicken.
Brigitte Wolf

Von meinem iPad gesendet""",
    R(["Access"], "brigitte.wolf@ewe-like.example", "Brigitte", "Wolf"))

add("de-19-erbe-vater-vertraege",
    "Stefan Kowalski <stefan.kowalski@mail-ruhr.example>",
    "Nachlass meines Vaters Henryk Kowalski",
    """Sehr geehrte Damen und Herren,

mein Vater Henryk Kowalski ist am 2. Oktober 2026 verstorben. Ich bin Alleinerbe (Erbschein liegt vor und kann nachgereicht werden).

Zur Abwicklung des Nachlasses benötige ich eine Übersicht, welche Daten und Verträge meines Vaters bei Ihnen gespeichert sind: Leasingvertrag, Carsharing-Mitgliedschaft, hinterlegte Bankverbindungen. Bitte senden Sie mir eine Aufstellung der bei Ihnen zu seiner Person gespeicherten Daten zu.

Mit freundlichen Grüßen
Stefan Kowalski""",
    R(["Access"], "stefan.kowalski@mail-ruhr.example", "Henryk", "Kowalski",
      representative="Stefan Kowalski"))

add("de-20-familienadresse-replyto",
    "Familie Huber <familie.huber@heimnetz.example>",
    "Newsletter und Herkunft meiner Adresse",
    """Hallo,

hier schreibt Lena Huber. Ich bekomme Ihren Newsletter von Acme Autohaus, obwohl ich mich nie angemeldet habe. Bitte tragen Sie mich aus allen Verteilern aus.

Und: Woher haben Sie meine E-Mail-Adresse? Ich möchte wissen, aus welcher Quelle sie stammt.

Antwort bitte an meine eigene Adresse.

Lena Huber""",
    R(["Opposition", "Information"], "lena.huber@privat-mail.example", "Lena", "Huber"),
    headers=["Reply-To: lena.huber@privat-mail.example"])

add("de-21-nur-selfie-loeschen",
    "Philipp Zimmermann <philipp.zimmermann@mailnet.example>",
    "Verifizierungsselfie löschen",
    """Hallo,

mein Profil ist verifiziert, das Häkchen ist da, schön. Jetzt brauchen Sie das Selfie ja nicht mehr. Bitte löschen Sie das Verifizierungsfoto und die daraus berechneten biometrischen Merkmale. Das Profil selbst soll natürlich bestehen bleiben.

Gruß
Philipp Zimmermann""",
    R(["Erasure"], "philipp.zimmermann@mailnet.example", "Philipp", "Zimmermann"),
    ct=LATIN1, encode="latin-1")

# ---------------------------------------------------------------- Aufgaben
add("de-22-aufgabe-avv-callcenter",
    "Claudia Berger <claudia.berger@acme-corp.example>",
    "AV-Vertrag Callcenter Prüfung",
    """Hallo Datenschutz,

wir wollen die Kundenhotline für Leasing ab Q1 an einen externen Dienstleister in Leipzig auslagern (die Telefonate würden auch aufgezeichnet). Könnt ihr bitte den Auftragsverarbeitungsvertrag und die TOMs des Dienstleisters prüfen? Unterlagen im Anhang.

Danke
Claudia Berger
Leitung Kundenservice Acme Leasing""",
    TASK("claudia.berger@acme-corp.example", "Claudia", "Berger"))

add("de-23-aufgabe-loeschkonzept",
    "Niklas Fischer <niklas.fischer@acme-corp.example>",
    "Löschkonzept für Probefahrt-Formulare",
    """Hi,

in den Autohäusern liegen noch Probefahrtformulare (inkl. Führerscheinkopien) seit 2018 im Archiv. Wir bräuchten ein Löschkonzept mit Fristen, und das Verzeichnis der Verarbeitungstätigkeiten sollte angepasst werden. Können wir dazu nächste Woche einen Termin machen?

Niklas Fischer
IT-Koordination Autohäuser""",
    TASK("niklas.fischer@acme-corp.example", "Niklas", "Fischer"))

add("de-24-aufgabe-schulung",
    "Petra Schwarz <petra.schwarz@acme-corp.example>",
    "Datenschutzschulung Amora-Moderation",
    """Liebe Kolleginnen und Kollegen,

unser Moderationsteam für Amora (12 Personen) sieht täglich Profile, Chats und Verifizierungsfotos. Könntet ihr eine Schulung zum Umgang mit diesen Daten durchführen, insbesondere zu besonderen Kategorien (sexuelle Orientierung)? Gern im Dezember.

Viele Grüße
Petra Schwarz
Teamleitung Trust & Safety""",
    TASK("petra.schwarz@acme-corp.example", "Petra", "Schwarz"))

# ---------------------------------------------------------------- Vorfälle
add("de-25-vorfall-falsch-kuvertiert",
    "Sandra Vogel <sandra.vogel@acme-corp.example>",
    "Datenpanne: Leasingabrechnungen falsch versendet",
    """Hallo,

beim Serienbrief für die Leasing-Endabrechnungen ist heute ein Fehler passiert: ca. 40 Kunden haben die Abrechnung eines anderen Kunden erhalten (Name, Anschrift, Vertragsnummer, offene Beträge, teilweise IBAN). Zwei Kunden haben schon angerufen.

Bitte meldet euch, was wir jetzt tun müssen.

Sandra Vogel
Vertragsmanagement""",
    INC("sandra.vogel@acme-corp.example", "Sandra", "Vogel"))

add("de-26-vorfall-tablet-gestohlen",
    "Ali Yıldırım <ali.yildirim@acme-corp.example>",
    "Tablet aus dem Showroom gestohlen",
    """Hallo,

heute Mittag wurde im Autohaus Essen das Tablet vom Empfangstresen gestohlen, mit dem wir Probefahrten erfassen. Darauf sind die Probefahrtformulare der letzten Wochen mit Führerscheinfotos. Polizei ist informiert. Ob das Tablet verschlüsselt war, weiß ich nicht.

Ali Yıldırım
Verkaufsleiter""",
    INC("ali.yildirim@acme-corp.example", "Ali", "Yıldırım"))

add("de-27-vorfall-extern-fremder-fuehrerschein",
    "Jonas Richter <jonas.richter@freenet-like.example>",
    "Fremde Daten in der App",
    """Guten Tag,

als ich heute in der AcmeShare-App meinen Führerschein erneut hochladen wollte, wurde mir unter "Meine Dokumente" der Führerschein einer anderen Person angezeigt (Name, Geburtsdatum, Foto). Ich habe einen Screenshot gemacht. Das sollte so nicht sein.

Jonas Richter""",
    INC("jonas.richter@freenet-like.example", "Jonas", "Richter"))

# ---------------------------------------------------------------- Nachfragen
add("de-28-nachfrage-dsr",
    "Ursula Becker <ursula.becker@mailbox-de.example>",
    "AW: [DSR-27705] Eingangsbestätigung Ihrer Anfrage",
    """Guten Tag,

vielen Dank für die Bestätigung. Ich möchte ergänzen, dass ich auch die Daten aus meinem alten Kundenkonto (bis 2020, andere E-Mail-Adresse ursula.b@altmail.example) berücksichtigt haben möchte.

Freundliche Grüße
Ursula Becker

> Ihre Anfrage wurde unter der Nummer DSR-27705 erfasst.""",
    FU("27705", "ursula.becker@mailbox-de.example", "Ursula", "Becker"))

add("de-29-nachfrage-anwalt",
    "Kanzlei Albrecht & Partner <ra.albrecht@kanzlei-albrecht.example>",
    "AW: Mandantin Frau Svenja Köhler - Fake-Profil auf Amora",
    """Sehr geehrte Damen und Herren,

das Fake-Profil ist weiterhin online. Wir setzen Ihnen hiermit eine letzte Frist bis zum 20.11.2026 und behalten uns weitere Schritte vor.

Mit freundlichen Grüßen
Dr. Markus Albrecht
Rechtsanwalt""",
    FU(ref("de-16-anwalt-fake-profil"), "ra.albrecht@kanzlei-albrecht.example", "Markus", "Albrecht"),
    headers=irt("de-16-anwalt-fake-profil"))

# ---------------------------------------------------------------- ignorieren
add("de-30-spam-abmahnung",
    "Datenschutz Auskunftszentrale <service@dsgvo-zentrale.example>",
    "Eintragung Datenschutzregister - Frist 7 Tage",
    """Sehr geehrte Damen und Herren,

gemäß DSGVO sind Unternehmen zur Eintragung im Datenschutzregister verpflichtet. Ihre Firma ist noch nicht erfasst. Bitte füllen Sie das beigefügte Formular aus und senden Sie es innerhalb von 7 Tagen zurück. Jahresgebühr 498 € netto.

Bei Nichtbeachtung drohen Bußgelder.

Ihre Datenschutz Auskunftszentrale""",
    IGN("spam", "service@dsgvo-zentrale.example"),
    headers=SPAM_HDR)

add("de-31-spam-erpressung",
    "anonym7731@mailbox-anon.example",
    "Ihre Daten wurden gehackt",
    """Hallo,

ich habe Zugriff auf Ihre Geräte und alle Ihre Kundendaten kopiert. Wenn Sie nicht wollen, dass ich die personenbezogenen Daten veröffentliche und den Behörden melde, überweisen Sie 1500 USD in Bitcoin an die folgende Adresse: bc1q-example-wallet

Sie haben 48 Stunden. Nach Zahlung lösche ich alle Daten.""",
    IGN("spam", "anonym7731@mailbox-anon.example"))

add("de-32-ticket-eingangsbestaetigung",
    "Servicedesk Telematik-Partner <noreply@telematik-partner.example>",
    "Ihre Anfrage #TP-558201 wurde erstellt",
    """Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer TP-558201 erfasst. Wir melden uns innerhalb von 3 Werktagen.

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.""",
    IGN("auto_reply", "noreply@telematik-partner.example"),
    headers=["Auto-Submitted: auto-generated"])

add("de-33-newsletter-verband",
    "Datenschutz-Praxis Newsletter <newsletter@ds-praxis.example>",
    "Datenschutz-Praxis 11/2026: Telematik im Leasing",
    """Datenschutz-Praxis - Ausgabe 11/2026

Themen dieser Ausgabe:
* Telematikdaten im Leasing: Was ist erlaubt?
* EuGH zur Haftung bei Datenpannen
* Checkliste Auftragsverarbeitung

Newsletter abbestellen: https://ds-praxis.example/abmelden""",
    IGN("bulk", "newsletter@ds-praxis.example"),
    headers=["List-Id: Datenschutz-Praxis <newsletter.ds-praxis.example>",
             "List-Unsubscribe: <https://ds-praxis.example/abmelden>",
             "Precedence: bulk"])
