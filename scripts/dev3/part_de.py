# dev3, Deutsch. Written blind (see scripts/BLIND-WRITER.md).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("de-01-konto-loeschen", "kd.4711@webpost.example", "Kundenkonto",
    "Bitte löschen Sie mein Kundenkonto bei der Online-Apotheke.\n",
    R(["Erasure"], "kd.4711@webpost.example"))

add("de-02-auskunft-patientenakte", "Dr. Hans-Jürgen Schäfer <hj.schaefer@t-post.example>",
    "Auskunftsersuchen nach Art. 15 DSGVO / Kopie der Patientenakte",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Auskunftsrecht gemäß Art. 15 DSGVO Gebrauch und bitte um Auskunft,
welche personenbezogenen Daten die Acme Zahnarztpraxis Köln-Lindenthal über mich verarbeitet.
Ich bitte zugleich gemäß Art. 15 Abs. 3 DSGVO und § 630g BGB um eine vollständige Kopie meiner
Patientenakte einschließlich aller Röntgenaufnahmen, Heil- und Kostenpläne sowie der
Anamnesebögen.

Bitte teilen Sie mir außerdem mit, an welche Empfänger (z. B. Labor, Abrechnungsstelle,
Krankenversicherung) meine Daten übermittelt wurden.

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen

Dr. Hans-Jürgen Schäfer
geb. 22.08.1959
""",
    R(["Access"], "hj.schaefer@t-post.example", "Hans-Jürgen", "Schäfer"))

add("de-03-witwe-akte-ehemann", "Gisela Brandt <gisela.brandt@online-post.example>",
    "Patientenakte meines verstorbenen Mannes",
    """Sehr geehrte Damen und Herren,

mein Ehemann Manfred Brandt ist am 17. Oktober verstorben. Er war bis zum Sommer in Ihrer
Physiotherapiepraxis in Hannover-List in Behandlung, nach seinem Schlaganfall.

Als Alleinerbin bitte ich nach § 630g Abs. 3 BGB um Einsicht in seine Behandlungsunterlagen bzw.
um eine Kopie. Es geht um einen Streit mit seiner Unfallversicherung, die bestreitet, dass der
Sturz im Juli während einer Therapieeinheit passiert ist.

Den Erbschein reiche ich gern nach.

Mit freundlichen Grüßen
Gisela Brandt
Tel. 0511 9876543
""",
    R(["Access"], "gisela.brandt@online-post.example", "Manfred", "Brandt", representative="Gisela Brandt"))

add("de-04-spenderliste-jahresbericht", "Wolfgang Ehrlich <w.ehrlich@freenet-post.example>",
    "Widerruf meiner Einwilligung - Nennung im Jahresbericht",
    """Sehr geehrtes Team der Acme Stiftung,

vor zwei Jahren habe ich beim Spendenformular angekreuzt, dass mein Name im Jahresbericht in der
Liste der Förderer erscheinen darf. Diese Einwilligung widerrufe ich hiermit mit Wirkung für die
Zukunft. Ich möchte im nächsten Bericht und auf Ihrer Website nicht mehr genannt werden.

An meiner Spende ändert das nichts.

Freundliche Grüße
Wolfgang Ehrlich
""",
    R(["Opposition"], "w.ehrlich@freenet-post.example", "Wolfgang", "Ehrlich"))

add("de-05-zertifikat-note", "Jörg Müller-Lüdenscheidt <joerg.mueller-luedenscheidt@uni-alumni.example>",
    "Fehler im Zertifikat (Note und Name)",
    """Guten Tag,

ich habe im Sommer das Weiterbildungszertifikat "Manuelle Therapie" an Ihrer Akademie für
Weiterbildung abgeschlossen. Auf dem Zertifikat stehen zwei Fehler:

1. Mein Name ist als "Jorg Muller-Ludenscheidt" gedruckt, ohne Umlaute.
2. Die Abschlussnote ist mit 2,7 angegeben. Laut Prüfungsprotokoll und der Mitteilung im Portal
   war es 1,7.

Ich bitte um Berichtigung in Ihrem System und um ein korrigiertes Zertifikat.

Mit besten Grüßen
Jörg Müller-Lüdenscheidt
""",
    R(["Rectification"], "joerg.mueller-luedenscheidt@uni-alumni.example", "Jörg", "Müller-Lüdenscheidt"))

add("de-06-mutter-bestellungen-tochter", "Sabine Hoffmann <sabine.hoffmann@familienpost.example>",
    "Bestellungen meiner Tochter",
    """Hallo,

meine Tochter Lena Hoffmann ist 15 und hat offenbar ein Konto bei Ihrer Online-Apotheke angelegt,
mit unserer Adresse. Heute kam ein Päckchen, das sie schnell weggenommen hat.

Als Erziehungsberechtigte möchte ich wissen, welche Daten Sie über meine Tochter gespeichert
haben und was sie bei Ihnen bestellt hat. Bitte schicken Sie mir eine Aufstellung.

Sabine Hoffmann
""",
    R(["Access"], "sabine.hoffmann@familienpost.example", "Lena", "Hoffmann", representative="Sabine Hoffmann"))

add("de-07-trainingsdaten-app", "Kevin Schulte <kevin.schulte@mailfix.example>",
    "Export meiner Übungsdaten aus der Physio-App",
    """Moin,

ich habe ein Jahr lang die Acme Physio-App für meine Reha-Übungen benutzt (Schulter). Da steckt
alles drin: Übungen, Wiederholungen, Schmerzskala jeden Tag. Mein neuer Therapeut arbeitet mit
einer anderen App.

Könnt ihr mir die Daten in einem maschinenlesbaren Format geben (CSV, JSON, egal), damit ich sie
dort importieren kann? Gerne auch direkt an den neuen Anbieter, wenn das geht.

Danke und Gruß
Kevin Schulte
""",
    R(["Portability"], "kevin.schulte@mailfix.example", "Kevin", "Schulte"))

add("de-08-abrechnungszentrum", "Ursula Kaminski <u.kaminski@gmx-post.example>",
    "Frage zur Weitergabe an Abrechnungsstelle",
    """Sehr geehrte Damen und Herren,

auf meiner letzten Rechnung Ihrer Zahnarztpraxis steht als Absender eine "ZAB Abrechnungszentrum
GmbH". Ich wusste nicht, dass meine Behandlungsdaten an eine Firma weitergegeben werden.

Welche Angaben bekommt diese Firma genau, auf welcher Grundlage, und wie lange bleiben die dort
gespeichert? Ich möchte das einfach verstehen.

Mit freundlichen Grüßen
Ursula Kaminski
""",
    R(["Information"], "u.kaminski@gmx-post.example", "Ursula", "Kaminski"))

add("de-09-keine-werbung-at", "Maria Gruber <maria.gruber@aon-post.example>",
    "Werbung",
    """Grüß Gott,

bitte schicken Sie mir keine Werbung mehr, weder per Post noch per E-Mail. Ich bin seit dem
Frühjahr keine Patientin mehr in Ihrem Physiotherapie-Institut in Graz und brauche die
Gutscheine nicht.

Danke
Maria Gruber
""",
    R(["Opposition"], "maria.gruber@aon-post.example", "Maria", "Gruber"))

add("de-10-nicht-loeschen-sperren", "Claudia Wendt <claudia.wendt@kanzleipost.example>",
    "Bitte NICHT löschen - Einschränkung der Verarbeitung",
    """Sehr geehrte Damen und Herren,

ich habe erfahren, dass Ihre Praxis Patientenakten nach Ablauf der zehnjährigen
Aufbewahrungsfrist vernichtet. Meine Behandlung bei Ihnen (Implantat, 2015/2016) fällt in diesen
Zeitraum.

Ich führe derzeit einen Rechtsstreit gegen den Hersteller des Implantats und benötige die
Unterlagen als Beweismittel. Ich bitte daher ausdrücklich darum, meine Daten nicht zu löschen,
sondern ihre Verarbeitung nach Art. 18 Abs. 1 lit. c DSGVO einzuschränken, bis das Verfahren
abgeschlossen ist.

Mit freundlichen Grüßen
Claudia Wendt
""",
    R(["Restriction"], "claudia.wendt@kanzleipost.example", "Claudia", "Wendt"))

add("de-11-rechnungskauf-abgelehnt", "Dennis Yıldız <dennis.yildiz@mailbox-de.example>",
    "Kauf auf Rechnung automatisch abgelehnt",
    """Hallo,

bei meiner Bestellung in der Online-Apotheke wurde mir "Kauf auf Rechnung" nach einer
automatischen Bonitätsprüfung verweigert. Ich habe ein festes Einkommen und keine Schulden.

Ich verlange, dass ein Mitarbeiter die Entscheidung überprüft, und möchte meinen Standpunkt
darlegen können. Außerdem möchte ich wissen, welcher Dienstleister die Prüfung gemacht hat.

Gruß
Dennis Yıldız
""",
    R(["AutomatedDecision"], "dennis.yildiz@mailbox-de.example", "Dennis", "Yıldız"))

add("de-12-anwalt-loeschung-werbung", "RA Dr. Friedrich von Stein <kanzlei@vonstein-recht.example>",
    "Unser Mandant Herr Markus Albrecht - Löschung und Werbewiderspruch",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Herrn Markus Albrecht, Lindenallee 8,
80331 München, vertreten. Eine auf uns lautende Vollmacht liegt bei.

Unser Mandant erhält trotz mehrfacher Aufforderung weiterhin Werbe-E-Mails und Werbebriefe Ihrer
Online-Apotheke. Namens und in Vollmacht unseres Mandanten widersprechen wir hiermit jeder
weiteren Verwendung seiner Daten zu Werbezwecken und fordern Sie auf, sämtliche
personenbezogenen Daten unseres Mandanten unverzüglich zu löschen, soweit keine gesetzlichen
Aufbewahrungspflichten entgegenstehen.

Wir haben uns eine Frist bis zum 4. Dezember notiert.

Mit freundlichen Grüßen

Dr. Friedrich von Stein
Rechtsanwalt
Kanzlei von Stein, Maximilianstraße 12, 80539 München
""",
    R(["Erasure", "Opposition"], "kanzlei@vonstein-recht.example", "Markus", "Albrecht",
      representative="Friedrich von Stein"))

add("de-13-bewertungsanrufe", "Heike Lorenz <heike.lorenz@mein-postfach.example>",
    "Beschwerde",
    """Sehr geehrte Damen und Herren,

ich war vorletzte Woche zur Zahnreinigung in Ihrer Praxis in Leipzig. Die Behandlung selbst war in
Ordnung, auch wenn ich 35 Minuten im Wartezimmer saß, obwohl ich einen festen Termin hatte.

Am nächsten Tag bekam ich eine SMS, ich solle die Praxis bei Google bewerten. Zwei Tage später
noch eine. Und gestern hat mich eine Mitarbeiterin sogar auf dem Handy angerufen, während ich
in einer Besprechung war, und gefragt, ob ich "schon Zeit für die Bewertung" hatte.

Ich habe Ihnen meine Handynummer für Terminerinnerungen gegeben. Ich widerspreche der Nutzung
meiner Nummer für Bewertungsanfragen und sonstige Werbung. Ich finde es unverschämt, so
bedrängt zu werden.

Ob ich Ihre Praxis weiter besuche, überlege ich mir noch.

Heike Lorenz
""",
    R(["Opposition"], "heike.lorenz@mein-postfach.example", "Heike", "Lorenz"))

add("de-14-schluessel-vergessen", "Bernd Kowalski <bernd.kowalski@webpost.example>",
    "Schlüsselbund",
    """Hallo, ich habe heute Vormittag meinen Schlüsselbund (mit rotem Anhänger) in der Physio in
Dortmund-Hombruch liegen lassen, wahrscheinlich in Kabine 2. Können Sie nachsehen? Danke!
Bernd Kowalski
""",
    R(["Unknown"], "bernd.kowalski@webpost.example", "Bernd", "Kowalski"))

add("de-15-woher-adresse", "Familie Öztürk <familie.oeztuerk@heimnetz.example>",
    "Woher haben Sie meine Adresse?",
    """Guten Tag,

ich habe einen Brief der Acme Stiftung bekommen, in dem ich persönlich angesprochen und um eine
Spende gebeten werde. Ich hatte mit Ihnen nie Kontakt. Woher haben Sie meinen Namen und meine
Adresse? Haben Sie die gekauft?

Antworten Sie bitte an meine eigene Adresse.

Emre Öztürk
""",
    R(["Information"], "emre.oeztuerk@heimnetz.example", "Emre", "Öztürk"),
    headers=["Reply-To: Emre Öztürk <emre.oeztuerk@heimnetz.example>"])

add("de-16-auskunft-und-csv", "Tanja Vogel <tanja.vogel@netzpost.example>",
    "Zwei Anliegen",
    html("Sehr geehrte Damen und Herren,",
         "ich habe zwei Anliegen:",
         "1. Bitte erteilen Sie mir Auskunft über alle Daten, die Sie als Online-Apotheke über "
         "mich gespeichert haben, einschließlich Zweck und Speicherdauer.",
         "2. Meine Bestellhistorie und die hinterlegten Rezepte möchte ich als CSV-Datei erhalten, "
         "um sie zu einer anderen Apotheke mitzunehmen.",
         "Vielen Dank,<br>Tanja Vogel"),
    R(["Access", "Portability"], "tanja.vogel@netzpost.example", "Tanja", "Vogel"), ct=HTML)

add("de-17-weiterbildung-konto-qp", "Günter Weiß <guenter.weiss@altpost.example>",
    "Löschung meines Teilnehmerkontos",
    """Sehr geehrte Damen und Herren,

ich habe 2021 an einem Kurs Ihrer Akademie für Weiterbildung teilgenommen ("Ernährung im Alter").
Bitte löschen Sie mein Teilnehmerkonto samt aller gespeicherten Daten. Eine Teilnahmebescheinigung
benötige ich nicht mehr.

Mit freundlichen Grüßen
Günter Weiß
""",
    R(["Erasure"], "guenter.weiss@altpost.example", "Günter", "Weiß"), ct=LATIN1, encode="latin-1-qp")

add("de-18-auskunftsbegehren-ch", "Reto Baumgartner <reto.baumgartner@bluewin-post.example>",
    "Auskunftsbegehren",
    """Grüezi

Gestützt auf Art. 25 DSG ersuche ich Sie um Auskunft über sämtliche Personendaten, die Sie über
mich bearbeiten. Ich bin seit 2023 Kunde Ihrer Online-Apotheke (Lieferungen nach Basel).

Bitte teilen Sie mir insbesondere mit, ob meine Daten ins Ausland bekanntgegeben werden und in
welche Staaten.

Freundliche Grüsse
Reto Baumgartner
""",
    R(["Access"], "reto.baumgartner@bluewin-post.example", "Reto", "Baumgartner"))

add("de-19-gps-dienstwagen", "Stefan Krüger <stefan.krueger@acme-corp.example>",
    "GPS-Tracker in den Hausbesuchsautos - Frage als Betroffener",
    """Hallo Datenschutz,

ich schreibe nicht als Teamleiter, sondern für mich persönlich. Seit Oktober haben die
Dienstwagen für die Hausbesuche einen GPS-Tracker. Ich darf den Wagen laut Vertrag auch privat
nutzen.

Welche Daten werden da über mich erfasst, wer sieht sie und wie lange werden sie gespeichert?
Und der Aufzeichnung meiner Privatfahrten widerspreche ich ausdrücklich.

Gruß
Stefan Krüger
Physiotherapeut, Acme Physio Hamburg-Altona
""",
    R(["Information", "Opposition"], "stefan.krueger@acme-corp.example", "Stefan", "Krüger"))

add("de-20-rezeption-recall", "Anja Becker <anja.becker@acme-corp.example>",
    "WG: Recall-Erinnerungen",
    """Hallo zusammen,

die Patientin möchte keine Recall-Erinnerungen mehr. Ich kann das im Praxisprogramm abstellen,
aber sie schreibt auch was von Newsletter. Bitte übernehmt ihr das.

LG Anja
Rezeption Acme Zahnarztpraxis Freiburg

----- Weitergeleitete Nachricht -----
Von: Doris Engel <doris.engel@schwarzwald-post.example>
Gesendet: Freitag, 13. November 2026 10:14
An: rezeption.freiburg@acme-corp.example
Betreff: Recall-Erinnerungen

Guten Tag, bitte schicken Sie mir keine Erinnerungen zur Prophylaxe und auch keinen Newsletter
mehr. Ich gehe inzwischen zu einem anderen Zahnarzt. Doris Engel
""",
    R(["Opposition"], "doris.engel@schwarzwald-post.example", "Doris", "Engel"))

add("de-21-zertifikat-post", "Sevgi Aydın <sevgi.aydin@webpost.example>",
    "Zertifikat per Post?",
    """Hallo,
kann ich mein Weiterbildungszertifikat auch per Post bekommen statt als PDF? Ich brauche das
Original mit Stempel für meine Bewerbung.
Viele Grüße
Sevgi Aydın
""",
    R(["Unknown"], "sevgi.aydin@webpost.example", "Sevgi", "Aydın"))

add("de-22-avv-labor", "Michael Hartmann <michael.hartmann@acme-corp.example>",
    "AVV mit neuem Dentallabor",
    """Hallo,

wir arbeiten ab Januar mit dem Dentallabor Zahnwerk Süd zusammen (Kronen, Brücken, Aligner). Das
Labor bekommt Abdrücke, Scans und Patientennamen. Das Labor hat uns einen
Auftragsverarbeitungsvertrag geschickt, ich bin mir aber nicht sicher, ob das überhaupt eine
Auftragsverarbeitung ist oder eigene Verantwortlichkeit.

Könnt ihr das prüfen und den Vertrag freigeben? Unterlagen hängen im SharePoint unter
Einkauf/Labore.

Danke,
Michael Hartmann
Einkauf Zahnmedizin
""",
    TASK("michael.hartmann@acme-corp.example", "Michael", "Hartmann"))

add("de-23-unterweisung-azubis", "Petra Schmitz <petra.schmitz@acme-corp.example>",
    "Datenschutzunterweisung für die neuen Azubis",
    """Hallo liebes Datenschutzteam,

im Februar starten 12 neue Auszubildende (ZFA und Pharmazeutisch-kaufmännische Angestellte).
Könnt ihr wieder eine Datenschutzunterweisung für sie machen, gern wie letztes Jahr mit dem Quiz?
Und bitte die Verpflichtungserklärung auf Vertraulichkeit aktualisieren, die alte nennt noch das
BDSG von 2017.

Viele Grüße
Petra Schmitz
Personalentwicklung
""",
    TASK("petra.schmitz@acme-corp.example", "Petra", "Schmitz"))

add("de-24-loeschkonzept", "Lars Neumann <lars.neumann@acme-corp.example>",
    "Löschkonzept Patientenakten - Freigabe",
    """Hi,

anbei der Entwurf für das Löschkonzept der Physio-Patientenakten (Aufbewahrung 10 Jahre ab
Behandlungsende, dann automatische Löschung im Praxisprogramm, Papierakten über Aktenvernichter
mit Zertifikat). IT will die automatische Löschung im Januar aktivieren.

Kannst du dir das anschauen und freigeben bzw. kommentieren?

Danke
Lars
""",
    TASK("lars.neumann@acme-corp.example", "Lars", "Neumann"))

add("de-25-fax-falsche-nummer", "Monika Richter <monika.richter@acme-corp.example>",
    "Arztbrief an falsche Faxnummer",
    """Hallo,

ich muss leider etwas melden. Ich habe heute um 11 Uhr einen Therapiebericht an den Hausarzt einer
Patientin gefaxt und mich bei der Nummer vertippt (eine Ziffer). Das Fax ist durchgegangen, ich
weiß aber nicht wohin. Im Bericht stehen Name, Geburtsdatum, Diagnose (Bandscheibenvorfall L4/L5),
Therapieverlauf und die Krankenkasse.

Ich habe die falsche Nummer zurückgerufen, da meldet sich nur ein Faxgerät.

Monika Richter
Praxisorganisation Physio Stuttgart
""",
    INC("monika.richter@acme-corp.example", "Monika", "Richter"))

add("de-26-diensthandy-gestohlen", "Tobias Wagner <tobias.wagner@acme-corp.example>",
    "Diensthandy weg",
    """Hallo,

mein Diensthandy wurde mir gestern Abend in der S-Bahn aus der Jackentasche gezogen. Darauf ist
WhatsApp mit der Praxisgruppe und den Chats mit Patienten (Terminabsprachen, teilweise Fotos von
Übungen und Röntgenbildern). Das Handy hat eine 4-stellige PIN. Die Polizei hat die Anzeige
aufgenommen.

Was muss ich jetzt tun? Kann die IT es aus der Ferne löschen?

Tobias Wagner
""",
    INC("tobias.wagner@acme-corp.example", "Tobias", "Wagner"))

add("de-27-notenliste-sichtbar", "Lukas Berger <lukas.berger@student-post.example>",
    "Ich kann die Noten aller Teilnehmer sehen",
    """Hallo,

ich bin Teilnehmer im Zertifikatskurs "Gesundheitsökonomie" Ihrer Akademie für Weiterbildung. In
der Lernplattform ist seit heute im Bereich "Dokumente" eine Excel-Datei "Noten_Modul2_final.xlsx"
abrufbar. Darin stehen die Noten aller 46 Teilnehmer mit vollem Namen, Matrikelnummer und
Bemerkungen wie "Nachteilsausgleich wg. Erkrankung".

Ich glaube nicht, dass das so gewollt ist. Bitte nehmen Sie die Datei herunter.

Lukas Berger
""",
    INC("lukas.berger@student-post.example", "Lukas", "Berger"))

add("de-28-vollmacht-nachgereicht", "Gisela Brandt <gisela.brandt@online-post.example>",
    "AW: [DSR-70455] Ihre Anfrage",
    """Sehr geehrte Damen und Herren,

anbei wie gewünscht der Erbschein und eine Kopie meines Personalausweises.

Mit freundlichen Grüßen
Gisela Brandt

-----Ursprüngliche Nachricht-----
Von: Acme Datenschutz <privacy@acme-corp.example>
Betreff: [DSR-70455] Ihre Anfrage
Wir haben Ihre Anfrage erhalten. Bitte weisen Sie Ihre Berechtigung als Erbin nach.
""",
    FU("70455", "gisela.brandt@online-post.example", "Gisela", "Brandt"))

add("de-29-nachfrage-zertifikat", "Jörg Müller-Lüdenscheidt <joerg.mueller-luedenscheidt@uni-alumni.example>",
    "Re: Fehler im Zertifikat (Note und Name)",
    """Guten Tag,

ich wollte nachfragen, ob meine Mail vom letzten Monat angekommen ist. Im Portal steht immer noch
2,7 und ich habe kein neues Zertifikat erhalten.

Mit besten Grüßen
Jörg Müller-Lüdenscheidt
""",
    FU(ref("de-05-zertifikat-note"), "joerg.mueller-luedenscheidt@uni-alumni.example", "Jörg",
       "Müller-Lüdenscheidt"),
    headers=irt("de-05-zertifikat-note"))

add("de-30-passwort-laeuft-ab", "Microsoft 365 Admin <no-reply@m365-kontoservice.example>",
    "Ihr Passwort für privacy@acme-corp.example läuft heute ab",
    """Sehr geehrter Benutzer,

das Passwort für Ihr Postfach privacy@acme-corp.example läuft heute ab. Um den Verlust Ihrer
Daten und E-Mails zu vermeiden, bestätigen Sie bitte Ihr aktuelles Passwort:

http://m365-kontoservice.example/login?u=privacy

Microsoft 365 Sicherheitsteam
""",
    IGN("spam", "no-reply@m365-kontoservice.example"), headers=SPAM_HDR)

add("de-31-erbschaft", "Rechtsanwalt Dr. Klaus Neumeier <klaus.neumeier@erbschaft-kanzlei.example>",
    "Vertraulich: Nachlass in Höhe von 8.500.000,00 EUR",
    """Sehr geehrte/r Begünstigte/r,

ich bin der Anwalt des verstorbenen Herrn Peter Acme, der ein Vermögen von 8,5 Millionen Euro
ohne Erben hinterlassen hat. Da Sie denselben Familiennamen tragen, kann ich Sie als Begünstigten
eintragen lassen.

Bitte senden Sie mir Ihre persönlichen Daten (vollständiger Name, Adresse, Telefonnummer,
Kopie des Ausweises). Alle Daten werden gemäß DSGVO vertraulich behandelt.

Hochachtungsvoll
Dr. Klaus Neumeier
""",
    IGN("spam", "klaus.neumeier@erbschaft-kanzlei.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="erbschaft-kanzlei.example")])

add("de-32-abwesend", "Andrea Seidel <andrea.seidel@zahnwerk-sued.example>",
    "Abwesenheitsnotiz: AVV Zahnwerk Süd / Acme",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre E-Mail
wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@zahnwerk-sued.example.

Andrea Seidel
""",
    IGN("auto_reply", "andrea.seidel@zahnwerk-sued.example"))

add("de-33-newsletter-datenschutz", "Datenschutz-Praxis Newsletter <newsletter@ds-praxis-verlag.example>",
    "Newsletter 47/2026: Neue Orientierungshilfe für Arztpraxen",
    """DATENSCHUTZ-PRAXIS - Newsletter 47/2026

+ Neue Orientierungshilfe der Aufsichtsbehörden für Arzt- und Zahnarztpraxen
+ Urteil: Schadensersatz wegen verspäteter Auskunft
+ Checkliste: Messenger im Praxisalltag

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abbestellen: https://ds-praxis-verlag.example/abmelden
""",
    IGN("bulk", "newsletter@ds-praxis-verlag.example"),
    headers=["List-Id: Datenschutz-Praxis <news.ds-praxis-verlag.example>",
             "List-Unsubscribe: <https://ds-praxis-verlag.example/abmelden>",
             "Precedence: bulk"])

add("de-34-dsgvo-register", "DSGVO Zentralregister <service@dsgvo-zentralregister.example>",
    "Eintragungspflicht: Datenschutz-Register 2027",
    """Sehr geehrte Damen und Herren,

gemäß DSGVO sind alle Unternehmen mit Verarbeitung von Gesundheitsdaten zur Eintragung in das
Datenschutz-Zentralregister verpflichtet. Für Ihr Unternehmen liegt noch keine Eintragung vor.

Bitte senden Sie das beigefügte Formular unterschrieben zurück. Die jährliche Gebühr beträgt
849,00 EUR zzgl. MwSt.

Ihr DSGVO Zentralregister
""",
    IGN("spam", "service@dsgvo-zentralregister.example"))
