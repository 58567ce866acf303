# German messages of development set 4 (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("de-01-personalakte", "Katharina Schulze <katharina.schulze@acme-corp.example>",
"Einsicht in meine Personalakte",
"""Hallo zusammen,

ich arbeite seit 2018 in der Lohnbuchhaltung am Standort Frankfurt. Ich möchte gerne Einsicht
in meine vollständige Personalakte nehmen und zusätzlich eine Kopie der Daten, die im
Personalsystem über mich gespeichert sind (inkl. Zielvereinbarungen und Beurteilungen).

An wen muss ich mich dafür wenden bzw. wie läuft das ab?

Viele Grüße
Katharina Schulze
""", R(["Access"], "katharina.schulze@acme-corp.example", "Katharina", "Schulze"))

add("de-02-bewerbung-loeschen", "Lukas Brandt <lukas.brandt@web-post.example>",
"Löschung meiner Bewerbungsunterlagen",
"""Sehr geehrte Damen und Herren,

ich habe mich im Sommer auf die Stelle als Werkstudent im Kundensupport beworben. Da ich
inzwischen eine andere Stelle angenommen habe, bitte ich Sie, meine Bewerbungsunterlagen und
alle dazugehörigen Daten zu löschen und mir die Löschung kurz zu bestätigen.

Mit freundlichen Grüßen
Lukas Brandt
""", R(["Erasure"], "lukas.brandt@web-post.example", "Lukas", "Brandt"))

add("de-03-zustellfoto", "Dr. Wolfgang Schäfer <w.schaefer@t-mail.example>",
"Widerspruch gegen Fotodokumentation bei der Zustellung",
"""Sehr geehrte Damen und Herren,

Ihre Zusteller fotografieren bei jeder Ablage meine Haustür, einschließlich Klingelschild und
Teilen des Flurs. Auf dem letzten Foto war sogar meine Ehefrau zu sehen.

Ich widerspreche hiermit der Anfertigung solcher Fotos an meiner Anschrift für alle künftigen
Zustellungen und fordere Sie auf, die bereits gespeicherten Zustellfotos zu meiner Adresse zu
löschen.

Mit freundlichen Grüßen
Dr. Wolfgang Schäfer
Lindenstraße 4, 53111 Bonn
""", R(["Opposition", "Erasure"], "w.schaefer@t-mail.example", "Wolfgang", "Schäfer"),
    ct=LATIN1, encode="latin-1-qp")

add("de-04-videoaufnahmen-fruehstueck", "Ursula Gruber <ursula.gruber@aon-mail.example>",
"Anfrage Videoaufnahmen - Acme Hotel Wien Prater",
"""Sehr geehrte Damen und Herren,

am Sonntag, 8. November, wurde mir im Frühstücksraum des Acme Hotel Wien Prater zwischen etwa
8:30 und 9:00 Uhr die Handtasche vom Stuhl gestohlen. Anzeige bei der Polizei ist erstattet.

Ich ersuche Sie gemäß Art. 15 DSGVO um Kopie der Videoaufzeichnungen, auf denen ich zu sehen
bin, bzw. darum, diese zumindest zu sichern, bis die Polizei sie anfordert.

Mit freundlichen Grüßen
Ursula Gruber
""", R(["Access"], "ursula.gruber@aon-mail.example", "Ursula", "Gruber"))

add("de-05-avv-kunde", "Jens Richter <j.richter@richter-maschinenbau.example>",
"AVV für Acme Lohn",
"""Guten Tag,

wir nutzen seit dem 1. Oktober Acme Lohn für die Abrechnung unserer 230 Mitarbeitenden. Unser
externer Datenschutzbeauftragter bemängelt, dass uns noch kein unterschriebener
Auftragsverarbeitungsvertrag nach Art. 28 DSGVO vorliegt.

Bitte senden Sie uns den AVV inklusive Anlage zu den TOMs zur Unterschrift zu.

Mit freundlichen Grüßen

Jens Richter
Personalleiter
Richter Maschinenbau GmbH
Tel. +49 711 555 0190
""", R(["Unknown"], "j.richter@richter-maschinenbau.example", "Jens", "Richter"))

add("de-06-drittland-fragen", "Birgit Hoffmann <birgit.hoffmann@stadtwerke-talheim.example>",
"Fragen zu Unterauftragsverarbeitern und Drittlandübermittlung",
"""Sehr geehrte Damen und Herren,

im Rahmen unserer jährlichen Dienstleisterprüfung bitte ich um Beantwortung folgender Fragen
zu Acme Lohn:

- Welche Unterauftragsverarbeiter setzen Sie ein?
- Werden personenbezogene Daten in Drittländer (insb. USA) übermittelt oder von dort aus
  abgerufen (Support, Wartung)?
- Welche Löschfristen gelten nach Vertragsende?

Vielen Dank und freundliche Grüße
Birgit Hoffmann
Datenschutzkoordinatorin, Stadtwerke Talheim
""", R(["Information"], "birgit.hoffmann@stadtwerke-talheim.example", "Birgit", "Hoffmann"))

add("de-07-newsletter-widerruf", "m.krause@gmx-mail.example", "Widerruf",
"""Hiermit widerrufe ich meine Einwilligung in den Erhalt Ihres Hotel-Newsletters und jeglicher
Werbung per E-Mail oder Post.

Monika Krause
""", R(["Opposition"], "m.krause@gmx-mail.example", "Monika", "Krause"))

add("de-08-ex-mitarbeiter-auskunft-loeschung", "Stefan Wagner <stefan.wagner1979@posteo-mail.example>",
"Auskunft und Löschung - ehemaliger Mitarbeiter",
"""Guten Tag,

ich war bis März 2023 als Disponent im Depot Hannover beschäftigt. Ich bitte um Auskunft,
welche Daten über mich noch gespeichert sind, und anschließend um Löschung aller Daten, für die
keine gesetzliche Aufbewahrungspflicht mehr besteht.

Gruß
Stefan Wagner
""", R(["Access", "Erasure"], "stefan.wagner1979@posteo-mail.example", "Stefan", "Wagner"))

add("de-09-name-falsch", "Jürgen Möller <juergen.moeller@freenet-post.example>", "Name falsch geschrieben",
"""Hallo, in meinem Kundenkonto und auf allen Sendungen steht "Jurgen Moller". Richtig ist
Jürgen Möller. Bitte korrigieren, der Paketbote findet mich sonst nicht am Klingelschild.
Danke
""", R(["Rectification"], "juergen.moeller@freenet-post.example", "Jürgen", "Möller"))

add("de-10-no-show-inkasso", "Andreas Becker <a.becker@online-post.example>",
"Strittige No-Show-Gebühr - Einschränkung der Verarbeitung",
"""Sehr geehrte Damen und Herren,

für eine Buchung im Acme Hotel München Messe wurde mir eine No-Show-Gebühr von 189 EUR
berechnet, obwohl ich fristgerecht storniert habe (Bestätigung liegt vor). Ich habe
widersprochen.

Bis zur Klärung verlange ich nach Art. 18 DSGVO die Einschränkung der Verarbeitung meiner Daten:
keine Weitergabe an ein Inkassobüro, keine Meldung an Auskunfteien.

Mit freundlichen Grüßen
Andreas Becker
""", R(["Restriction"], "a.becker@online-post.example", "Andreas", "Becker"))

add("de-11-rechnungskauf-abgelehnt", "Emre Aydın <emre.aydin@kleinversand.example>",
"Geschäftskundenkonto: Rechnungskauf automatisch abgelehnt",
"""Hallo,

ich wollte für meinen kleinen Onlinehandel ein Geschäftskundenkonto mit Zahlung auf Rechnung
eröffnen. Nach dem Absenden kam sofort "Leider können wir Ihnen diese Zahlungsart auf Grundlage
einer automatisierten Prüfung nicht anbieten".

Ich bin Einzelunternehmer und habe nie Zahlungsprobleme gehabt. Ich möchte, dass ein Mitarbeiter
die Entscheidung überprüft, und ich möchte meinen Standpunkt darlegen können. Außerdem: welche
Auskunftei wurde abgefragt?

Emre Aydın
""", R(["AutomatedDecision"], "emre.aydin@kleinversand.example", "Emre", "Aydın"))

add("de-12-anwaeltin-kurierfahrer", "Dr. Sabine Keller <keller@kanzlei-keller-partner.example>",
"Auskunftsersuchen gem. Art. 15 DSGVO - Tobias Lange",
"""Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die Interessen von Herrn Tobias Lange, wohnhaft in Leipzig,
vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Namens und in Vollmacht unseres Mandanten machen wir den Auskunftsanspruch gemäß Art. 15 DSGVO
geltend. Herr Lange war bis 31.08.2026 als Kurierfahrer im Depot Leipzig-Nord tätig. Wir bitten
um Übermittlung einer Kopie sämtlicher ihn betreffender personenbezogener Daten, insbesondere der
Telematik- und GPS-Daten seines Fahrzeugs, der Scannerdaten sowie der Leistungsauswertungen.

Wir haben uns eine Frist bis zum 18.12.2026 notiert.

Mit freundlichen Grüßen

Dr. Sabine Keller
Rechtsanwältin | Fachanwältin für Arbeitsrecht
Keller & Partner Rechtsanwälte
""", R(["Access"], "keller@kanzlei-keller-partner.example", "Tobias", "Lange", representative="Sabine Keller"))

add("de-13-betreuer", "Michael Braun <michael.braun@betreuungsbuero-braun.example>",
"Herr Horst Zimmermann - Bonusprogramm und Werbung",
"""Sehr geehrte Damen und Herren,

als gesetzlicher Betreuer von Herrn Horst Zimmermann (Bestellungsurkunde des Amtsgerichts Kassel
anbei) teile ich Ihnen mit, dass Herr Zimmermann inzwischen in einer Pflegeeinrichtung lebt und
nicht mehr reisen wird.

Bitte löschen Sie sein Konto im Bonusprogramm Acme Rewards und stellen Sie jegliche Zusendung
von Werbung an ihn ein.

Mit freundlichen Grüßen
Michael Braun
Berufsbetreuer
""", R(["Erasure", "Opposition"], "michael.braun@betreuungsbuero-braun.example", "Horst", "Zimmermann",
       representative="Michael Braun"))

add("de-14-bonusdaten-export", "Christina Vogel <christina.vogel@mailbox-de.example>",
"Meine Daten aus Acme Rewards",
html("Guten Tag,",
     "ich wechsle zu einem anderen Hotelprogramm, das einen Statusabgleich anbietet. Bitte "
     "stellen Sie mir meine Daten aus dem Bonusprogramm Acme Rewards (Aufenthalte, Nächte, "
     "Punktestand, Status) in einem strukturierten, maschinenlesbaren Format zur Verfügung, "
     "damit ich sie dort einreichen kann.",
     "Freundliche Grüße<br>Christina Vogel"),
R(["Portability"], "christina.vogel@mailbox-de.example", "Christina", "Vogel"), ct=HTML)

add("de-15-bewerbung-speicherdauer", "Leonie Hartmann <leonie.hartmann@uni-post.example>",
"Frage zur Speicherung von Bewerbungen",
"""Hallo,

bevor ich mich bei Ihnen bewerbe, eine Frage: Wie lange werden Bewerbungen bei Ihnen gespeichert,
und wer hat Zugriff darauf? Auch die Muttergesellschaft im Ausland? In Ihrer
Datenschutzerklärung finde ich dazu nichts Genaues.

Viele Grüße
Leonie Hartmann
""", R(["Information"], "leonie.hartmann@uni-post.example", "Leonie", "Hartmann"))

add("de-16-wg-kundenservice", "Timo Schröder <timo.schroeder@acme-corp.example>",
"WG: Anfrage gespeicherte Daten", "",
R(["Access"], "renate.kuehn@arcor-post.example", "Renate", "Kühn"),
    note="""Hallo Datenschutz-Team,

anbei eine Mail, die bei uns im Kundenservice gelandet ist. Kundin möchte Auskunft, das ist
wohl eher euer Thema. Könnt ihr das übernehmen?

VG
Timo
Kundenservice Acme Paketdienst
""",
    attached=("Renate Kühn <renate.kuehn@arcor-post.example>", "Anfrage gespeicherte Daten",
"""Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben, einschließlich der
Sendungsverfolgungsdaten und der Fotos, die Ihre Fahrer bei der Zustellung machen, und senden
Sie mir eine Kopie.

Mit freundlichen Grüßen
Renate Kühn
"""))

add("de-17-paket-beschaedigt", "Holger Fischer <holger.fischer@ewe-post.example>", "Paket beschädigt",
"""Moin,

Paket kam heute völlig zerdrückt an, Inhalt (Kaffeemaschine) kaputt. Sendungsnummer
00340434161094012345. Wer zahlt das jetzt? Auf der Hotline hänge ich seit 40 Minuten in der
Warteschleife.

Holger Fischer
""", R(["Unknown"], "holger.fischer@ewe-post.example", "Holger", "Fischer"))

add("de-18-geburtstag-intranet", "Anja Neumann <anja.neumann@acme-corp.example>",
"Geburtstag im Intranet",
"""Hallo,

im neuen Intranet wird auf der Startseite angezeigt, wer Geburtstag hat - mit Foto und Alter.
Ich möchte nicht, dass mein Geburtstag und mein Alter dort erscheinen. Bitte nehmt mich da
raus. Wurde ja auch nie gefragt.

Danke & Gruß
Anja Neumann
Vertriebsinnendienst
""", R(["Opposition"], "anja.neumann@acme-corp.example", "Anja", "Neumann"))

add("de-19-woher-telefonnummer", "Klaus-Dieter Schwarz <kd.schwarz@t-mail.example>",
"Woher haben Sie meine Nummer?",
"""Guten Tag,

vorweg: ich will keine Löschung und auch keine Auskunft über alles Mögliche. Ich möchte nur
wissen, woher Sie meine private Handynummer haben. Gestern rief mich jemand von Acme Hotels an
und bot mir ein Wellnesswochenende an. Ich war nie Gast bei Ihnen.

K.-D. Schwarz
""", R(["Information"], "kd.schwarz@t-mail.example", "Klaus-Dieter", "Schwarz"))

add("de-20-abmahnung-video", "Dragan Petrović <dragan.petrovic@gmx-mail.example>",
"Videoaufnahmen Lager Abmahnung",
"""Guten Tag,

ich arbeite im Umschlaglager Dortmund und habe letzte Woche eine Abmahnung bekommen, weil ich
angeblich ein Paket mitgenommen habe. Der Schichtleiter sagt, es gibt ein Video. Ich will diese
Videoaufnahmen sehen und eine Kopie aller Daten, die über diesen Vorfall über mich gespeichert
sind. Ich habe nichts gestohlen.

Dragan Petrović
""", R(["Access"], "dragan.petrovic@gmx-mail.example", "Dragan", "Petrović"))

add("de-21-arbeitszeiten-falsch", "Tanja Lehmann <tanja.lehmann@mail-de.example>",
"falsche Zeiterfassung",
"""Hallo,

ich bin Zimmermädchen im Acme Hotel Berlin Mitte. In der Zeiterfassung fehlen bei mir drei
Spätschichten im Oktober (10., 17. und 24.10.), dafür stehen Fehlzeiten drin. Bitte korrigieren
Sie das. Und bis das geklärt ist, sollen diese Fehlzeiten bitte nicht für einen Abzug vom Lohn
oder für eine Abmahnung benutzt werden.

Tanja Lehmann
""", R(["Rectification", "Restriction"], "tanja.lehmann@mail-de.example", "Tanja", "Lehmann"))

add("de-22-task-betriebsvereinbarung", "Frank Weber <frank.weber@acme-corp.example>",
"Entwurf Betriebsvereinbarung Telematik",
"""Hallo Datenschutz,

der Betriebsrat hat uns seinen Gegenentwurf zur Betriebsvereinbarung Fahrzeugtelematik
geschickt (liegt im Ordner BV/Telematik/Entwurf_v4). Könntet ihr die Regelungen zu Zweck,
Auswertung und Speicherfristen bis zum 30.11. datenschutzrechtlich prüfen? Die nächste
Verhandlungsrunde ist am 2.12.

Danke und Gruß
Frank Weber
Leiter Personal, Acme Paketdienst GmbH
""", TASK("frank.weber@acme-corp.example", "Frank", "Weber"))

add("de-23-task-vvt-bewerbermanagement", "Julia Koch <julia.koch@acme-corp.example>",
"Neues Bewerbermanagementsystem - VVT-Eintrag",
"""Hi,

zum 1. Januar lösen wir das alte Bewerberportal durch TalentBridge ab (Cloud, Hosting laut
Anbieter in Irland). Könnt ihr den Eintrag im Verzeichnis der Verarbeitungstätigkeiten anlegen
bzw. anpassen und mir sagen, ob wir noch etwas mit dem Anbieter vereinbaren müssen?

Liebe Grüße
Julia Koch
Recruiting
""", TASK("julia.koch@acme-corp.example", "Julia", "Koch"))

add("de-24-task-loeschkonzept", "Matthias Schmitt <matthias.schmitt@acme-corp.example>",
"Löschkonzept Gästedaten - Termin?",
"""Hallo,

wir stellen im Frühjahr das Property-Management-System in den deutschen Hotels um. Der
Dienstleister fragt nach unseren Löschfristen für Gästeprofile, Meldescheine und
Kreditkartendaten. Können wir uns nächste Woche zusammensetzen und ein Löschkonzept abstimmen?

Gruß
Matthias Schmitt
IT Hotels DACH
""", TASK("matthias.schmitt@acme-corp.example", "Matthias", "Schmitt"))

add("de-25-inc-dienstwagen", "Sven Krüger <sven.krueger@acme-corp.example>",
"Dienstwagen aufgebrochen",
"""Hallo,

ich war gestern Abend noch beim Kunden in Essen (Go-live Lohnabrechnung). Heute früh war mein
Dienstwagen vor der Haustür aufgebrochen. Die Laptoptasche ist weg, darin der Laptop (laut IT
verschlüsselt) und ein Ordner mit ausgedruckten Probeabrechnungen von ca. 25 Mitarbeitenden des
Kunden - mit Namen, Gehalt, Steuer-ID und Bankverbindung. Anzeige bei der Polizei läuft.

Sven Krüger
Projektleiter Implementierung
""", INC("sven.krueger@acme-corp.example", "Sven", "Krüger"))

add("de-26-inc-lohnsteuerbescheinigung", "Nicole Wolf <nicole.wolf@acme-corp.example>",
"falscher Empfänger",
"""Hallo,

mir ist heute ein Fehler passiert: Ich habe die Lohnsteuerbescheinigung einer ehemaligen
Mitarbeiterin (Hotel Hamburg) an eine falsche E-Mail-Adresse geschickt - die Adresse in der
Akte war veraltet und gehört jetzt offenbar jemand anderem. Die Mail kam nicht zurück. Auf der
Bescheinigung stehen Name, Adresse, Steuer-ID und Jahresgehalt.

Nicole Wolf
Personalabteilung
""", INC("nicole.wolf@acme-corp.example", "Nicole", "Wolf"))

add("de-27-inc-offener-ordner", "Felix Baumann <felix.baumann@sec-research.example>",
"Öffentlich zugänglicher Ordner mit Gästedaten",
"""Hallo,

bei einer Recherche bin ich auf ein offenes Verzeichnis unter einer Subdomain Ihrer Hotelgruppe
gestoßen (Directory Listing aktiv, kein Login). Dort liegen CSV-Exporte mit Namen, E-Mail-Adressen,
Telefonnummern und Aufenthaltsdaten von Hotelgästen, die jüngste Datei ist von letzter Woche.

Ich habe nur eine Datei stichprobenartig geöffnet und nichts gespeichert. Die genaue URL gebe ich
gerne an eine zuständige Person weiter. Bitte melden Sie sich.

Felix Baumann
""", INC("felix.baumann@sec-research.example", "Felix", "Baumann"))

add("de-28-inc-paketlink", "Melanie Hahn <melanie.hahn@acme-corp.example>", "Link geklickt",
"""Hallo,

ich hab heute früh eine SMS bekommen, dass ein Paket für mich nicht zugestellt werden konnte,
und auf den Link geklickt. Da sollte man sich anmelden und ich hab aus Gewohnheit meine
Firmen-Mailadresse und mein Passwort eingegeben, auf dem Diensthandy. Erst danach ist mir
aufgefallen, dass das ja Quatsch ist. Passwort habe ich geändert. Über das Konto komme ich an
die Personalakten vom Standort ran.

Melanie Hahn
HR Business Partner
""", INC("melanie.hahn@acme-corp.example", "Melanie", "Hahn"))

add("de-29-fu-frist", "Gerhard Schulz <gerhard.schulz@t-mail.example>",
"AW: [DSR-49105] Eingangsbestätigung Ihrer Anfrage",
"""Sehr geehrte Damen und Herren,

die Monatsfrist ist seit dem 9. November abgelaufen. Ich bitte um umgehende Beantwortung meines
Auskunftsersuchens, andernfalls wende ich mich an die Aufsichtsbehörde.

Gerhard Schulz

> Ihre Anfrage ist am 09.10.2026 bei uns eingegangen (Vorgang DSR-49105).
""", FU("49105", "gerhard.schulz@t-mail.example", "Gerhard", "Schulz"))

add("de-30-fu-tisch-fenster", "Ursula Gruber <ursula.gruber@aon-mail.example>",
"AW: Anfrage Videoaufnahmen - Acme Hotel Wien Prater",
"""Ergänzend: Ich saß am zweiten Tisch am Fenster, blaue Jacke, und die Handtasche war braun. Die
Polizeiinspektion hat das Aktenzeichen GZ B6/118402/2026.

Ursula Gruber
""", FU(ref("de-04-videoaufnahmen-fruehstueck"), "ursula.gruber@aon-mail.example", "Ursula", "Gruber"),
    headers=irt("de-04-videoaufnahmen-fruehstueck"))

add("de-31-fu-rueckfrage", "Petra Zimmermann <petra.zimmermann@mail-de.example>",
"Re: [DSR-50330] Rückfrage zu Ihrer Anfrage",
"""Guten Tag,

ja, ich meine nur die Daten aus meinem privaten Bonuskonto, nicht die Buchungen, die meine Firma
über ihr Firmenkundenkonto für mich gemacht hat.

Gruß
Petra Zimmermann
""", FU("50330", "petra.zimmermann@mail-de.example", "Petra", "Zimmermann"))

add("de-32-spam-zollgebuehr", "Acme Paketdienst <zustellung@acme-paket-info.example>",
"Zustellung fehlgeschlagen - Zollgebühr offen",
"""Sehr geehrter Kunde,

Ihre Sendung DE4471093 konnte nicht zugestellt werden, da eine Zollgebühr von 2,49 EUR offen
ist. Bitte begleichen Sie den Betrag innerhalb von 24 Stunden, sonst wird das Paket an den
Absender zurückgeschickt:

https://acme-paket-info.example/zahlung

Ihre Daten werden gemäß DSGVO verarbeitet.
Ihr Acme Paketdienst
""", IGN("spam", "zustellung@acme-paket-info.example"), headers=SPAM_HDR)

add("de-33-spam-register", "DSGVO Zentralregister <info@dsgvo-zentralregister.example>",
"Pflichteintragung Datenschutzregister - Frist 7 Tage",
"""Sehr geehrte Damen und Herren,

gemäß DSGVO sind alle Unternehmen verpflichtet, sich im Zentralregister für Datenschutz
einzutragen. Für Ihr Unternehmen liegt noch keine Eintragung vor.

Bitte füllen Sie das beigefügte Formular aus und überweisen Sie die Jahresgebühr von 398,00 EUR
innerhalb von 7 Tagen. Bei Nichteintragung drohen Bußgelder.

DSGVO Zentralregister - Abteilung Erfassung
""", IGN("spam", "info@dsgvo-zentralregister.example"),
    headers=["Reply-To: erfassung@register-service-eu.example",
             AUTH(spf="fail", dkim="fail", dmarc="fail", dom="dsgvo-zentralregister.example")])

add("de-34-abwesenheit", "Jens Richter <j.richter@richter-maschinenbau.example>",
"Abwesenheitsnotiz: AVV für Acme Lohn",
"""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.11. nicht im Büro. Ihre E-Mail
wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@richter-maschinenbau.example.
""", IGN("auto_reply", "j.richter@richter-maschinenbau.example"))

add("de-35-ticket-eingang", "HR-Tools Support <support@hr-tools.example>",
"[Ticket #88211] Ihre Anfrage ist bei uns eingegangen",
"""Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer #88211 erfasst. Ein
Mitarbeiter wird sich innerhalb von 2 Werktagen bei Ihnen melden.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr HR-Tools Support-Team
""", IGN("auto_reply", "support@hr-tools.example"),
    headers=["Auto-Submitted: auto-generated", "X-Autoreply: yes"])
