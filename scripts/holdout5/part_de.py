from common import *  # part de: written blind

# ---------------------------------------------------------------- requests

add("de-01-auskunft-zeitarbeit", "Jürgen Weißhaupt <j.weisshaupt@posteo.example>",
    "Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

ich war von März 2023 bis Januar 2024 über Ihre Niederlassung Stuttgart als Zeitarbeitnehmer
(Lagerlogistik) in verschiedenen Kundenbetrieben eingesetzt.

Hiermit mache ich von meinem Recht auf Auskunft gemäß Art. 15 DSGVO Gebrauch. Bitte teilen Sie
mir mit, ob und welche personenbezogenen Daten Sie über mich verarbeiten, und stellen Sie mir
eine Kopie dieser Daten zur Verfügung, insbesondere:

- meine Bewerbungsunterlagen und das bei Ihnen angelegte Kandidatenprofil,
- Beurteilungen der Kundenbetriebe zu meinen Einsätzen,
- interne Notizen Ihrer Disponenten,
- sämtliche Lohnabrechnungen und Arbeitszeitnachweise.

Für die Beantwortung setze ich Ihnen eine Frist von einem Monat ab Eingang dieses Schreibens.

Zur Identifikation: geboren am 14.08.1981, meine Personalnummer bei Ihnen war meines Wissens
7741-20.

Mit freundlichen Grüßen

Jürgen Weißhaupt
Hölderlinstraße 22
70193 Stuttgart
""",
    R(["Access"], "j.weisshaupt@posteo.example", "Jürgen", "Weißhaupt"))

add("de-02-konto-weg", "lena.k93@web.example", "konto",
    """bitte mein konto löschen danke

Von meinem Samsung Galaxy Smartphone gesendet.
""",
    R(["Erasure"], "lena.k93@web.example"))

add("de-03-kita-fotos-widerruf", "Katrin Schröder <katrin.schroeder@gmx.example>",
    "Widerruf Einwilligung Fotos – Mia Schröder, Gruppe Sonnenblumen",
    """Liebes Kita-Team, sehr geehrte Damen und Herren,

hiermit widerrufe ich die Einwilligung zur Veröffentlichung von Fotos meiner Tochter
Mia Schröder (geb. 02.05.2021, Kita Am Stadtpark, Gruppe Sonnenblumen) in der Eltern-App.
Bei der Anmeldung hatte ich das Häkchen gesetzt, ohne groß darüber nachzudenken.

Außerdem möchte ich, dass alle bereits hochgeladenen Bilder, auf denen Mia zu erkennen ist,
aus der App entfernt werden – auch aus den Alben der vergangenen Monate.

Wir haben uns als Familie grundsätzlich dafür entschieden, dass von unseren Kindern keine
Fotos im Internet landen. Das hat nichts mit den Erzieherinnen zu tun, mit denen wir sehr
zufrieden sind.

Viele Grüße
Katrin Schröder
""",
    R(["Opposition", "Erasure"], "katrin.schroeder@gmx.example", "Mia", "Schröder",
      representative="Katrin Schröder"))

add("de-04-werbung-grossbuchstaben", "GERD BAUMANN <gerd.baumann1957@t-online.example>",
    "WERBUNG",
    """SEIT WOCHEN BEKOMME ICH JEDEN ABEND PUNKT 18 UHR EINE PUSH NACHRICHT "HUNGER? 20% AUF
DEINE LIEBLINGSPIZZA" UND DAZU NOCH IHRE NEWSLETTER PER EMAIL. ICH HABE DAS NIE BESTELLT.

HÖREN SIE SOFORT DAMIT AUF!!! ICH WILL KEINE WERBUNG MEHR VON IHNEN. KEINE PUSH, KEINE MAILS,
GAR NICHTS.

G. BAUMANN
""",
    R(["Opposition"], "gerd.baumann1957@t-online.example", "Gerd", "Baumann"))

add("de-05-fahrer-gps-frage", "Mehmet Yılmaz <mehmet.yilmaz.fahrer@gmail.example>",
    "Frage wegen GPS",
    """Hallo,

ich fahre seit dem Sommer für euch in Köln (Fahrer-ID K-20931). Ein Kollege hat mir erzählt,
dass die Fahrer-App auch nach Schichtende noch meinen Standort speichert. Stimmt das?

Wie lange werden die GPS-Daten gespeichert und wer kann die sehen – nur die Disposition oder
auch die Restaurants und die Kunden? Und werden die auch für die Bewertung von uns Fahrern
benutzt?

Danke und Gruß
Mehmet
""",
    R(["Information"], "mehmet.yilmaz.fahrer@gmail.example", "Mehmet", "Yılmaz"))

add("de-06-absage-automatisch", "Dr. Sophie Albrecht-Nguyen <s.albrecht-nguyen@mailbox.example>",
    "Absage nach 4 Minuten – automatisierte Entscheidung?",
    """Sehr geehrte Damen und Herren,

ich habe mich am Sonntag um 21:12 Uhr über Ihr Bewerberportal auf die Stelle
„Projektcontrollerin (m/w/d) – Einsatz bei Kunde, Raum München“ beworben. Um 21:16 Uhr hatte
ich bereits die Absage im Postfach.

Ich gehe nicht davon aus, dass um diese Uhrzeit und in dieser Geschwindigkeit ein Mensch meine
Unterlagen gelesen hat. Sofern die Absage ausschließlich auf einer automatisierten Bewertung
beruht (Scoring, Filter nach „Lücken im Lebenslauf“ o. ä.), verlange ich nach Art. 22 Abs. 3
DSGVO das Eingreifen einer Person auf Ihrer Seite, die meine Bewerbung tatsächlich prüft, und
ich möchte hiermit meinen Standpunkt darlegen: Die „Lücke“ von Mai 2022 bis August 2023 ist
Elternzeit. Davor und danach war ich durchgehend im Controlling beschäftigt.

Ich bitte um eine kurze Bestätigung und um Mitteilung des Ergebnisses der Überprüfung.

Mit freundlichen Grüßen
Dr. Sophie Albrecht-Nguyen
""",
    R(["AutomatedDecision"], "s.albrecht-nguyen@mailbox.example", "Sophie", "Albrecht-Nguyen"))

add("de-07-namensaenderung-lohnzettel", "Sabine Huber <sabine.huber@aon.example>",
    "Namensänderung – Lohnzettel",
    """Grüß Gott,

ich bin seit Februar über Acme Personal als Leiharbeiterin bei einer Firma in Linz beschäftigt.
Im September habe ich geheiratet und heiße jetzt Sabine Huber (vorher Gruber). Auf meinen
Lohnzetteln und im Mitarbeiterportal steht aber immer noch der alte Name, und auch die Adresse
stimmt nicht mehr, richtig ist Landstraße 41/3, 4020 Linz.

Ich hab das schon zweimal in der Filiale gesagt, passiert ist nix. Bitte korrigieren Sie das
endlich, die Heiratsurkunde schicke ich gerne noch einmal.

Liebe Grüße
Sabine Huber
""",
    R(["Rectification"], "sabine.huber@aon.example", "Sabine", "Huber"),
    ct=LATIN1, encode="latin-1-qp")

add("de-08-export-bestellungen", "Reto Brunner <reto.brunner@bluewin.example>",
    "Export meiner Daten",
    """Grüezi

Ich möchte von Ihrer App zu einem anderen Lieferdienst wechseln und meine Daten mitnehmen.
Bitte senden Sie mir meine Bestellhistorie, die gespeicherten Lieferadressen und meine
Lieblingsrestaurants in einem gängigen, maschinenlesbaren Format (CSV oder JSON), damit ich
sie dort importieren kann. Gemäss DSG bzw. DSGVO habe ich meines Wissens Anspruch darauf.

Mein Konto läuft auf diese E-Mail-Adresse.

Freundliche Grüsse
Reto Brunner
Zürich
""",
    R(["Portability"], "reto.brunner@bluewin.example", "Reto", "Brunner"))

add("de-09-anwalt-auskunft-loeschung", "Kanzlei von Ahlen & Partner <f.vonahlen@ra-vonahlen.example>",
    "Unser Mandant Thomas Lindner – Auskunft und Löschung, Az. 318/26 FA",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr Thomas Lindner, geb. 03.11.1990, wohnhaft Gutenbergstraße 7,
60594 Frankfurt am Main, mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat.
Eine auf uns lautende Vollmacht ist als PDF beigefügt.

Unser Mandant hatte sich im Frühjahr 2026 über Ihre Personalvermittlung auf eine Stelle als
Elektroniker beworben. Im Rahmen dieses Verfahrens haben Sie ohne seine Einwilligung
Referenzen bei seinem früheren Arbeitgeber eingeholt.

Namens und in Vollmacht unseres Mandanten fordern wir Sie auf,

1. ihm gemäß Art. 15 DSGVO Auskunft über sämtliche zu seiner Person gespeicherten Daten zu
   erteilen und eine Kopie zur Verfügung zu stellen, einschließlich des Inhalts der
   eingeholten Referenzauskünfte sowie der Angabe, von wem diese stammen;

2. im Anschluss an die Auskunftserteilung sämtliche personenbezogenen Daten unseres Mandanten
   gemäß Art. 17 DSGVO zu löschen und uns die Löschung schriftlich zu bestätigen.

Wir haben uns hierfür eine Frist bis zum

            16. Dezember 2026

notiert. Die Geltendmachung weiterer Ansprüche, insbesondere nach Art. 82 DSGVO, bleibt
ausdrücklich vorbehalten.

Mit freundlichen Grüßen

Dr. Friederike von Ahlen
Rechtsanwältin
Fachanwältin für Arbeitsrecht

Kanzlei von Ahlen & Partner mbB
Schillerstraße 40 · 60313 Frankfurt am Main
Tel. +49 69 555 4410 · Fax +49 69 555 4411

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese
Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
""",
    R(["Access", "Erasure"], "f.vonahlen@ra-vonahlen.example", "Thomas", "Lindner",
      representative="Friederike von Ahlen"))

add("de-10-jobalerts-html", "Anja Pohl <anja.pohl@freenet.example>",
    "Jobalerts abbestellen",
    html("Hallo,",
         "ich bekomme seit Monaten täglich <b>drei bis vier Jobalerts</b> von Ihnen, obwohl ich "
         "längst eine Festanstellung habe. Der Abmelde-Link unten in der Mail führt nur zu einer "
         "Fehlerseite (&bdquo;Sitzung abgelaufen&ldquo;).",
         "Bitte nehmen Sie mich aus <u>allen</u> Verteilern heraus &ndash; Jobalerts, Newsletter, SMS.",
         "Danke!<br>Anja Pohl",
         "<span style=\"color:#888;font-size:10px\">Gesendet von Mail für Windows</span>"),
    R(["Opposition"], "anja.pohl@freenet.example", "Anja", "Pohl"),
    ct=HTML)

add("de-11-beschwerde-lang", "Daniel Kowalczyk <d.kowalczyk@gmx.example>",
    "Beschwerde!!!! Bestellung 88213-B",
    """Guten Abend,

ich weiß nicht, ob ich hier richtig bin, aber Ihr Kundenservice antwortet ja nicht bzw. nur
mit einem Chatbot, der mir dreimal denselben Gutschein über 5 Euro angeboten hat.

Zur Sache: Am Freitag habe ich für meine Familie beim Thai-Restaurant in der Kaiserstraße
bestellt, 67,40 Euro. Angekündigt waren 35 Minuten. Nach einer Stunde und zwanzig Minuten kam
der Fahrer, das Essen war kalt, eine Suppe war ausgelaufen, und die Frühlingsrollen fehlten.
Als ich das dem Fahrer gesagt habe, meinte er nur, dafür sei er nicht zuständig. In der App
habe ich eine Reklamation mit Fotos hochgeladen, die wurde nach zwei Tagen "automatisch
geschlossen". Am Telefon hat mir eine Mitarbeiterin dann erklärt, ich hätte ja "schon zwei
Reklamationen dieses Jahr" gemacht und deshalb gebe es keine Erstattung mehr. Aha. Sie führen
also Buch darüber, wie oft ich mich beschwere.

Deshalb: Ich will jetzt eine vollständige Auskunft, was Sie über mich alles gespeichert haben,
auch die Notizen vom Kundenservice und diese ominöse Reklamations-Statistik. Und danach löschen
Sie bitte mein Konto komplett, ich bestelle bei Ihnen nie wieder.

Ich bin seit 2019 Kunde und habe in der Zeit bestimmt 3.000 Euro bei Ihnen gelassen. So
behandelt man keine Stammkunden. Ich überlege ernsthaft, mich an die Verbraucherzentrale zu
wenden, und eine entsprechende Bewertung im App Store gibt es auch noch.

Daniel Kowalczyk
""",
    R(["Access", "Erasure"], "d.kowalczyk@gmx.example", "Daniel", "Kowalczyk"))

add("de-12-kita-abmeldung-loeschen", "Stefan Krämer <stefan.kraemer@arcor.example>",
    "Abmeldung Jonas Krämer - Löschung der Daten",
    """Sehr geehrte Frau Lorenz,
sehr geehrte Damen und Herren,

unser Sohn Jonas Krämer hat die Kita Löwenzahn zum 31.08. verlassen und besucht jetzt die
Grundschule.

Wir bitten Sie, sämtliche Daten von Jonas zu löschen: die Kinderakte mit den
Beobachtungsbögen, die Angaben zu seiner Erdnussallergie, die Notfallkontakte und alle Fotos
in der Eltern-App. Soweit Sie gesetzlich verpflichtet sind, bestimmte Unterlagen noch eine
Zeit lang aufzubewahren, bitten wir um eine kurze Mitteilung, welche das sind und wann sie
vernichtet werden.

Mit freundlichen Grüßen

Stefan Krämer
""",
    R(["Erasure"], "stefan.kraemer@arcor.example", "Jonas", "Krämer", representative="Stefan Krämer"),
    ct=LATIN1, encode="latin-1")

add("de-13-elternbeitrag-doppelt", "Familie Özdemir <oezdemir.familie@web.example>",
    "Elternbeitrag Oktober",
    """Guten Tag,

uns wurde der Elternbeitrag für Oktober zweimal abgebucht (2 x 312,00 €), Kita Pusteblume,
Gruppe Igel. Bitte um Rückerstattung auf unser Konto. An wen muss ich mich da wenden?

Mit freundlichen Grüßen
Elif Özdemir
""",
    R(["Unknown"], "oezdemir.familie@web.example", "Elif", "Özdemir"))

add("de-14-falsche-beurteilung", "Marco Steiner <marco.steiner@hotmail.example>",
    "Falsche Beurteilung in meiner Akte",
    """Hallo zusammen,

ich war bis Oktober als Staplerfahrer über Sie bei einer Spedition in Neuss eingesetzt.
Eine Kollegin aus der Disposition hat mir letzte Woche erzählt, dass in meinem Profil bei Ihnen
steht: „unzuverlässig, mehrfach unentschuldigt gefehlt“.

Das stimmt nicht. Ich war an den Tagen krankgeschrieben und habe alle AU-Bescheinigungen
rechtzeitig abgegeben, die Kopien habe ich noch. Ich verlange, dass dieser Eintrag korrigiert
wird.

Und bis das geklärt ist, darf mein Profil mit diesem Vermerk nicht an andere Firmen rausgehen.
Bitte sperren Sie das so lange, ich will nicht, dass mir das bei der nächsten Stelle schadet.

Gruß
Marco Steiner
0152 555 88 12
""",
    R(["Rectification", "Restriction"], "marco.steiner@hotmail.example", "Marco", "Steiner"))

add("de-15-anruf-woher-nummer", "kevin <kev.schulze@gmx.example>", "anruf",
    """hallo,
heute hat mich eine frau von ihrer zeitarbeitsfirma angerufen ob ich nicht als lagerhelfer
anfangen will. ich hab mich bei ihnen nie beworben!! woher habt ihr meine nummer?? und löscht
die bitte sofort
kevin schulze
""",
    R(["Information", "Erasure"], "kev.schulze@gmx.example", "Kevin", "Schulze"))

add("de-16-adresse-geburtsdatum", "Nadja Bühler <nadja.buehler@sunrise.example>",
    "Falsche Angaben im Kundenkonto",
    """Guten Tag

In meinem Kundenkonto ist als Rechnungsadresse noch meine alte Wohnung hinterlegt. Ändern
lässt sich das in der App nicht, es kommt jedes Mal «Ein Fehler ist aufgetreten». Bitte
korrigieren Sie die Adresse auf: Zürcherstrasse 118, 8406 Winterthur.

Ausserdem stimmt mein Geburtsdatum nicht: Es ist der 12.07.1994, nicht der 12.07.1949.
Seitdem bekomme ich laufend «Senioren-Menüs» vorgeschlagen, was ich mit 32 eher lustig finde.

Besten Dank und freundliche Grüsse
Nadja Bühler
""",
    R(["Rectification"], "nadja.buehler@sunrise.example", "Nadja", "Bühler"))

add("de-17-verstorbener-vater", "Claudia Lehmann-Berg <c.lehmann-berg@chello.example>",
    "Verstorbener Kunde – Konto meines Vaters",
    """Sehr geehrte Damen und Herren,

mein Vater, Horst Lehmann, ist am 2. Oktober verstorben. Er hat Ihre Liefer-App in den letzten
Jahren regelmäßig benutzt. Auf seine E-Mail-Adresse (horst.lehmann@chello.example), die ich
als Erbin nun verwalte, kommen weiterhin fast täglich Gutscheine und Werbung von Ihnen.

Ich ersuche Sie, sein Kundenkonto samt der hinterlegten Kreditkarte zu löschen und die
Werbezusendungen an ihn einzustellen. Eine Kopie der Sterbeurkunde und des
Einantwortungsbeschlusses des Bezirksgerichts kann ich gerne vorlegen.

Mit freundlichen Grüßen
Claudia Lehmann-Berg
Wien
""",
    R(["Erasure", "Opposition"], "c.lehmann-berg@chello.example", "Horst", "Lehmann",
      representative="Claudia Lehmann-Berg"))

add("de-18-fragen-eltern-app", "Familie Wagner <familie.wagner@t-online.example>",
    "Fragen zur neuen Eltern-App",
    """Hallo,

seit diesem Monat sollen wir in der Kita Regenbogen die neue App nutzen (Krankmeldungen,
Fotos, Nachrichten an die Gruppe). Bevor ich unterschreibe, hätte ich ein paar Fragen:

- Wer ist der Anbieter der App und wo stehen die Server?
- Werden Daten in die USA übermittelt?
- Wie lange werden Nachrichten und Fotos gespeichert, auch nachdem das Kind die Kita verlässt?
- Sehen andere Eltern unsere Telefonnummer?

Bitte antworten Sie an meine private Adresse, das Familienpostfach liest keiner regelmäßig.

Viele Grüße
Petra Wagner
""",
    R(["Information"], "petra.wagner@posteo.example", "Petra", "Wagner"),
    headers=["Reply-To: Petra Wagner <petra.wagner@posteo.example>"])

add("de-19-mitarbeiterin-personalakte", "Yvonne Hartmann <yvonne.hartmann@acme-corp.example>",
    "Kopie meiner Personalakte",
    """Hallo liebes Datenschutz-Team,

ich arbeite als Erzieherin in der Kita Spatzennest in Leipzig. Ich möchte gern nach
Art. 15 DSGVO eine Kopie meiner Personalakte und aller Daten, die über mich gespeichert sind –
vor allem die Notizen aus den Mitarbeitergesprächen mit der Leitung und die Daten aus dem
neuen Zeiterfassungssystem.

Die Regionalleitung meinte, ich soll mich dafür direkt an euch wenden.

Viele Grüße
Yvonne Hartmann
Erzieherin | Kita Spatzennest Leipzig
""",
    R(["Access"], "yvonne.hartmann@acme-corp.example", "Yvonne", "Hartmann"))

add("de-20-profil-weitergabe", "Florian Maier <florian.maier@outlook.example>",
    "Weitergabe meines Profils an Kunden",
    """Sehr geehrte Damen und Herren,

bei einem Vorstellungsgespräch bei einer Firma in Graz habe ich erfahren, dass dort mein
kompletter Lebenslauf inklusive Gehaltsvorstellung aus Ihrer Datenbank vorlag. Ich hatte mich
dort aber nie über Sie beworben, sondern direkt.

Ich widerspreche hiermit jeder weiteren Weitergabe meines Profils an Ihre Kunden ohne meine
vorherige Zustimmung im Einzelfall.

Außerdem möchte ich wissen, an welche Unternehmen mein Profil in den letzten zwölf Monaten
übermittelt wurde.

Mit freundlichen Grüßen
Florian Maier
""",
    R(["Opposition", "Information"], "florian.maier@outlook.example", "Florian", "Maier"))

add("de-21-data-request-gemischt", "Priya Raman <priya.raman@gmail.example>",
    "Data request / Datenauskunft",
    """Hallo,

sorry my German is not so gut. I am using your Liefer-App in Berlin since 2022. I would like to
get eine Kopie of all my personal data you have - orders, payment info, location history,
everything.

Meine Kundennummer: 4471-220-19

Danke schön!
Priya Raman
""",
    R(["Access"], "priya.raman@gmail.example", "Priya", "Raman"))

add("de-22-standort-widerruf", "Jannik Voß <jannik.voss@mailbox.example>",
    "Standortfreigabe",
    """Moin,

ich will nicht, dass die Fahrer-App meinen Standort trackt, wenn ich nicht eingeloggt bin. Hab
das damals bei der Registrierung einfach weggeklickt. Ich widerrufe das hiermit. Während der
Schicht ist ok, das brauch ich ja für die Touren.

Gruß Jannik

Von meinem iPhone gesendet
""",
    R(["Opposition"], "jannik.voss@mailbox.example", "Jannik", "Voß"))

add("de-23-was-habt-ihr", "Lukas Fink <lukas.fink@gmx.example>", "frage",
    """Hi, kannst du mir sagen was ihr alles über mich gespeichert habt? Hab mal bei euch ne
Bewerbung hingeschickt, ist aber schon länger her. lg lukas
""",
    R(["Access"], "lukas.fink@gmx.example", "Lukas", "Fink"))

add("de-24-fahrerkonto-deaktiviert", "Aleksandar Petrović <a.petrovic@gmail.example>",
    "Deaktivierung meines Fahrerkontos",
    """Sehr geehrte Damen und Herren,

am 9. November wurde mein Fahrerkonto ohne Vorwarnung deaktiviert. In der App stand nur:
"Deine Bewertung liegt unter dem Mindestwert." Mit einem Menschen konnte ich nicht sprechen,
der Support schickt nur Textbausteine.

Ich fahre seit drei Jahren für Sie, fast immer mit 4,8 Sternen. Die schlechten Bewertungen
kamen alle in der einen Woche, als das Restaurant in der Südstadt wegen Personalmangel ewig
gebraucht hat und die Kunden das an mir ausgelassen haben.

Deshalb:
1) Ich möchte alle Bewertungen sehen, die Kunden und Restaurants über mich abgegeben haben,
   mit Datum, damit ich das nachvollziehen kann.
2) Ich verlange, dass ein Mensch diese Entscheidung überprüft und nicht nur das System.

Mit freundlichen Grüßen
Aleksandar Petrović
Fahrer-ID D-11873
""",
    R(["Access", "AutomatedDecision"], "a.petrovic@gmail.example", "Aleksandar", "Petrović"))

add("de-25-referenzen-auskunft", "Ing. Wolfgang Pichler <w.pichler@a1.example>",
    "Ersuchen um Auskunft – eingeholte Referenzen",
    """Sehr geehrte Damen und Herren,

im Zuge meiner Bewerbung über Ihre Filiale Wien-Landstraße (Position „Techniker
Gebäudeleittechnik“) wurden offenbar bei meinem früheren Dienstgeber Referenzen eingeholt.
Eine Zustimmung dazu habe ich nie erteilt.

Ich ersuche Sie daher gemäß Art. 15 DSGVO um Übermittlung einer Kopie sämtlicher zu meiner
Person verarbeiteten Daten, insbesondere

– des Inhalts der eingeholten Referenzauskünfte,
– der dazu angefertigten Gesprächsnotizen,
– der Bewertungen im Bewerbermanagementsystem.

Die Antwort erbitte ich per E-Mail an diese Adresse.

Mit freundlichen Grüßen
Ing. Wolfgang Pichler
""",
    R(["Access"], "w.pichler@a1.example", "Wolfgang", "Pichler"),
    ct=CP1252, encode="cp1252")

add("de-26-fuehrungszeugnis-frage", "Aylin Demir <aylin.demir@web.example>",
    "Erweitertes Führungszeugnis – wie lange wird es gespeichert?",
    """Hallo,

ich habe über Sie eine Stelle als Aushilfe in einer Kita bekommen und musste dafür ein
erweitertes Führungszeugnis vorlegen. Die Kollegin in der Filiale hat es eingescannt.

Darf das überhaupt gescannt und gespeichert werden? Wer hat darauf Zugriff, wird es an die
Kita weitergeschickt, und wann wird es wieder gelöscht?

Danke für eine kurze Info!
Aylin Demir
""",
    R(["Information"], "aylin.demir@web.example", "Aylin", "Demir"))

add("de-27-oma-abholberechtigung", "Ingrid Vogt <ingrid.vogt@t-online.example>",
    "Meine Daten in der Kita Sonnenschein",
    """Sehr geehrte Damen und Herren,

ich war bis zum Sommer als abholberechtigte Person für meine Enkelin in der Kita Sonnenschein
in Bremen eingetragen. Dafür musste ich damals eine Kopie meines Personalausweises und meine
Handynummer abgeben.

Aus familiären Gründen bin ich inzwischen nicht mehr abholberechtigt, das hat mir meine
Schwiegertochter mitgeteilt. Dann möchte ich aber auch, dass Sie meine Ausweiskopie und meine
sonstigen Daten vernichten bzw. löschen. Bitte bestätigen Sie mir das schriftlich.

Mit freundlichen Grüßen
Ingrid Vogt
""",
    R(["Erasure"], "ingrid.vogt@t-online.example", "Ingrid", "Vogt"),
    ct=LATIN1, encode="latin-1-qp")

add("de-28-bewerbung-fahrer", "Hamid Rahimi <hamid.rahimi@gmx.example>",
    "Bewerbung als Fahrer",
    """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich als Fahrer mit eigenem E-Bike in Hamburg. Ich bin 24 Jahre alt und
habe schon ein Jahr Erfahrung als Kurier für eine Apotheke. Ich bin zuverlässig, kenne mich in
Altona und Eimsbüttel sehr gut aus und kann auch am Wochenende und abends arbeiten.

Meinen Lebenslauf finden Sie im Anhang. Ich freue mich auf Ihre Antwort.

Mit freundlichen Grüßen
Hamid Rahimi
""",
    R(["Unknown"], "hamid.rahimi@gmx.example", "Hamid", "Rahimi"))

add("de-29-profil-uebertragen", "Hendrik de Vries <hendrik.devries@posteo.example>",
    "Datenübertragbarkeit Art. 20 DSGVO – Kandidatenprofil",
    """Guten Tag,

ich habe in Ihrem Kandidatenportal über die Jahre ein umfangreiches Profil angelegt:
Qualifikationen, Zertifikate (Schweißerpässe, Staplerschein), Einsatzhistorie, Verfügbarkeiten.

Ich möchte diese Daten nach Art. 20 DSGVO in einem strukturierten, gängigen und
maschinenlesbaren Format erhalten (XML oder JSON, zur Not CSV), um sie in das Portal einer
anderen Personalagentur zu übernehmen. Das Konto bei Ihnen kann vorerst bestehen bleiben.

Beste Grüße
Hendrik de Vries
""",
    R(["Portability"], "hendrik.devries@posteo.example", "Hendrik", "de Vries"))

add("de-30-widerspruch-werbung", "Henrike van der Linden <h.vanderlinden@posteo.example>",
    "Widerspruch gem. Art. 21 DSGVO",
    """Hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner
personenbezogenen Daten zum Zweck der Direktwerbung einschließlich des damit verbundenen
Profilings (personalisierte Angebote in der App).

Henrike van der Linden
Kundin seit 2021
""",
    R(["Opposition"], "h.vanderlinden@posteo.example", "Henrike", "van der Linden"))

add("de-31-wg-kundenservice", "Tobias Reuter <tobias.reuter@acme-corp.example>",
    "WG: Account löschen",
    """Hi Datenschutz-Team,

kam bei uns im Kundenservice-Postfach rein, ist glaube ich eher was für euch. Könnt ihr das
übernehmen?

Danke, Tobias

--
Tobias Reuter | Team Lead Customer Care | Acme Eats
acme-corp.example

---------- Weitergeleitete Nachricht ---------
Von: Martina Schwarzkopf <martina.schwarzkopf@yahoo.example>
Datum: Sa., 14. Nov. 2026 um 22:41
Betreff: Account löschen
An: <support@acme-corp.example>

Hallo,
ich möchte meinen Account bei Ihnen inklusive aller Daten löschen lassen. Ich bestelle nicht
mehr bei Ihnen. Registriert bin ich mit dieser Mailadresse.
Gruß Martina Schwarzkopf
""",
    R(["Erasure"], "martina.schwarzkopf@yahoo.example", "Martina", "Schwarzkopf"))

add("de-32-kinderakte-anhang", "Beate Lorenz <beate.lorenz@acme-corp.example>",
    "WG: Antrag auf Einsicht in die Kinderakte", "",
    R(["Access"], "julia.osterkamp@gmx.example", "Emil", "Osterkamp", representative="Julia Osterkamp"),
    note="""Hallo zusammen,

anbei ein Schreiben der Mutter von Emil aus unserer Krippengruppe. Sie möchte die komplette
Akte haben. Dürfen wir die Beobachtungsbögen einfach rausgeben? Bitte übernehmt ihr das, die
Frist läuft ja schon.

Viele Grüße
Beate Lorenz
Kitaleitung | Kita Zwergenland Dresden
""",
    attached=("Julia Osterkamp <julia.osterkamp@gmx.example>", "Antrag auf Einsicht in die Kinderakte",
              """Sehr geehrte Frau Lorenz,

als sorgeberechtigte Mutter von Emil Osterkamp (geb. 19.01.2024, Krippengruppe Marienkäfer)
beantrage ich eine Kopie aller über Emil gespeicherten Daten, einschließlich der Beobachtungs-
und Entwicklungsdokumentation, der Unfallberichte und der Notizen aus den Elterngesprächen.

Eine Kopie meines Ausweises lege ich bei.

Mit freundlichen Grüßen
Julia Osterkamp
"""))

add("de-33-nach-meinem-tod", "Beat Zimmermann <beat.zimmermann@bluewin.example>",
    "Was passiert mit meinen Daten nach meinem Tod?",
    """Grüezi mitenand

Ich bin 78 und regle gerade meinen Nachlass. Meine Tochter hat mir vor zwei Jahren Ihre App
eingerichtet, damit ich mir das Mittagessen liefern lassen kann.

Ich möchte festlegen, dass nach meinem Tod mein Konto und alle meine Daten gelöscht werden und
dass meine Tochter Ursula das veranlassen darf. Geht das bei Ihnen, und was muss ich dafür tun?

Freundliche Grüsse
Beat Zimmermann
""",
    R(["AdvanceDirectives"], "beat.zimmermann@bluewin.example", "Beat", "Zimmermann"))

# ---------------------------------------------------------------- tasks

add("de-34-task-avv-payroll", "Markus Eberle <markus.eberle@acme-corp.example>",
    "AVV neuer Lohnabrechnungsdienstleister – bitte prüfen",
    """Hallo Datenschutz,

wir stellen zum 1.1. die Lohnabrechnung für die Zeitarbeitnehmer (ca. 4.200 MA) auf den
Dienstleister PayServ GmbH um. Anbei deren Entwurf des Auftragsverarbeitungsvertrags inkl.
TOMs und Liste der Unterauftragnehmer (Hosting in Irland, 2nd-Level-Support in Serbien).

Könnt ihr bitte bis 4.12. drüberschauen? Der Einkauf will Mitte Dezember unterschreiben.

Danke!
Markus

Markus Eberle
Teamleiter Payroll
Acme Personal GmbH
Tel. +49 711 555 0192

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat
sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""",
    TASK("markus.eberle@acme-corp.example", "Markus", "Eberle"))

add("de-35-task-dsfa-tracking", "Lea Hoffmann <lea.hoffmann@acme-corp.example>",
    "DSFA Live-Tracking Fahrer?",
    """Hi,

wir wollen im Q1 ein Feature bauen, mit dem Kunden den Fahrer live auf der Karte sehen (wie bei
der Konkurrenz), plus eine interne Auswertung der Fahrzeiten pro Fahrer für die
Schichtplanung.

Brauchen wir dafür eine Datenschutz-Folgenabschätzung? Falls ja: Können wir nächste Woche einen
Termin machen, um die aufzusetzen? Der Betriebsrat ist auch schon angefragt.

LG Lea
Product Manager Courier Experience
""",
    TASK("lea.hoffmann@acme-corp.example", "Lea", "Hoffmann"))

add("de-36-task-vvt-eltern-app", "Martin Keller <martin.keller@acme-corp.example>",
    "Neue Eltern-App ab Jänner – Verarbeitungsverzeichnis & Einwilligung",
    """Liebe Kolleginnen und Kollegen,

ab Jänner führen wir in allen 14 Kindergärten in Wien und Niederösterreich die neue Eltern-App
ein. Bitte nehmt die Verarbeitung ins Verarbeitungsverzeichnis auf und schaut euch unseren
Entwurf der Einwilligungserklärung für Fotos an (anbei). Die Eltern sollen getrennt für
Gruppenfotos, Einzelfotos und Videos zustimmen können.

Danke und liebe Grüße
Martin Keller
Regionalleitung Kindergärten Ost
""",
    TASK("martin.keller@acme-corp.example", "Martin", "Keller"))

add("de-37-task-schulung-kitas", "Simone Brandt <simone.brandt@acme-corp.example>",
    "Datenschutzschulung für neue Mitarbeitende in den Kitas",
    """Hallo,

im Dezember fangen 23 neue pädagogische Fachkräfte bei uns an. Könntet ihr eine 60-minütige
Online-Schulung machen? Schwerpunkte wären Fotos, WhatsApp, Weitergabe von Infos an Eltern und
ans Jugendamt.

Mögliche Termine: 8. oder 10.12., jeweils vormittags.

Danke
Simone Brandt
HR Business Partner Kitas
""",
    TASK("simone.brandt@acme-corp.example", "Simone", "Brandt"))

add("de-38-task-lieferantenfragebogen", "Oliver Schmitt <oliver.schmitt@acme-corp.example>",
    "WG: Lieferantenfragebogen Datenschutz – Nordwerk AG",
    """Hallo zusammen,

unser Großkunde Nordwerk AG (Arbeitnehmerüberlassung, ca. 300 Zeitarbeitnehmer) hat uns im
Rahmen des Lieferantenaudits den angehängten Datenschutz-Fragebogen geschickt (42 Fragen, u. a.
TOMs, Löschkonzept, Kontakt des DSB). Abgabe ist Freitag.

Könnt ihr den ausfüllen oder mir sagen, wer das macht?

VG Oliver

-----Ursprüngliche Nachricht-----
Von: Einkauf Nordwerk <einkauf@nordwerk.example>
Gesendet: Freitag, 13. November 2026 15:02
An: Schmitt, Oliver <oliver.schmitt@acme-corp.example>
Betreff: Lieferantenfragebogen Datenschutz

Sehr geehrter Herr Schmitt,
im Rahmen unserer jährlichen Lieferantenbewertung bitten wir Sie, den beigefügten Fragebogen
bis zum 20.11.2026 ausgefüllt zurückzusenden.
Mit freundlichen Grüßen
Strategischer Einkauf, Nordwerk AG
""",
    TASK("oliver.schmitt@acme-corp.example", "Oliver", "Schmitt"))

# ---------------------------------------------------------------- incidents

add("de-39-inc-laptop-gestohlen", "Katharina Engel <katharina.engel@acme-corp.example>",
    "DRINGEND: Laptop aus Auto gestohlen",
    """Hallo,

mir wurde heute Morgen in Nürnberg der Dienstlaptop aus dem Auto gestohlen (Scheibe
eingeschlagen, Anzeige bei der Polizei läuft, Aktenzeichen reiche ich nach).

Auf dem Laptop waren lokal gespeicherte Lebensläufe von Bewerbern (ca. 60–80, genauer weiß ich
es nicht) und eine Excel mit Kandidaten für einen Kunden, inkl. Gehaltsvorstellungen. Der
Laptop hat ein Windows-Passwort, ob die Festplatte verschlüsselt ist, weiß ich nicht. Die IT
ist informiert.

Was muss ich jetzt tun?

Katharina Engel
Recruiterin | Niederlassung Nürnberg
0911 555 2031
""",
    INC("katharina.engel@acme-corp.example", "Katharina", "Engel"))

add("de-40-inc-fremde-lohnabrechnung", "Piotr Nowak <piotr.nowak85@gmail.example>",
    "falsche Lohnabrechnung bekommen",
    """Guten Tag,

ich habe heute per Mail meine Lohnabrechnung Oktober bekommen, aber in der PDF sind zwei
Abrechnungen: meine und die von einem anderen Kollegen, mit Name, Adresse, Steuer-ID,
Bankverbindung, alles.

Ich habe sie nicht weitergeleitet. Was soll ich damit machen? Ich finde das nicht gut, dann hat
vielleicht auch jemand anderes meine bekommen.

Piotr Nowak
""",
    INC("piotr.nowak85@gmail.example", "Piotr", "Nowak"))

add("de-41-inc-phishing-link", "Sandra Kühn <sandra.kuehn@acme-corp.example>",
    "hab auf link geklickt",
    """hallo,

ich glaub ich hab Mist gebaut. Habe vorhin eine Mail bekommen „Ihr Microsoft-Kennwort läuft
heute ab“, habe auf den Link geklickt und mein Passwort eingegeben. Erst danach ist mir die
komische Absenderadresse aufgefallen. Ich hab das Passwort jetzt geändert.

In meinem Postfach sind die ganzen Elternmails von der Kita Kleeblatt, auch Atteste und
Sorgerechtsunterlagen. Muss ich noch was machen??

Sandra
stellv. Leitung Kita Kleeblatt
""",
    INC("sandra.kuehn@acme-corp.example", "Sandra", "Kühn"))

add("de-42-inc-fremdes-kind-app", "Thomas Bergmann <thomas.bergmann@icloud.example>",
    "Fremde Kinderdaten in der Eltern-App!",
    html("Hallo,",
         "seit dem Update heute früh sehe ich in der Eltern-App unter &bdquo;Mein Kind&ldquo; nicht "
         "meine Tochter, sondern ein anderes Kind: Name, Geburtsdatum, Allergien (Laktose), die "
         "Abholberechtigten mit Telefonnummern und sogar Fotos. Meine Frau sieht auf ihrem Handy "
         "das Gleiche.",
         "Das ist ein <b>massives Datenschutzproblem</b>. Bitte kümmern Sie sich sofort darum. "
         "Screenshots kann ich schicken.",
         "Thomas Bergmann<br>Vater von Lina, Kita Regenbogen, Gruppe Füchse"),
    INC("thomas.bergmann@icloud.example", "Thomas", "Bergmann"),
    ct=HTML)

add("de-43-inc-falscher-verteiler", "Jens Wolff <jens.wolff@acme-corp.example>",
    "Mail an falschen Verteiler – Kandidatenliste mit Gehältern",
    """Hallo Datenschutz-Team,

ich muss einen Fehler melden: Ich habe heute um 10:14 Uhr eine Excel-Liste mit 35 Kandidaten
(Name, Telefon, aktuelles Gehalt, Gehaltswunsch, Kündigungsfrist) statt an unseren internen
Verteiler an den Verteiler des Kunden Hafenlogistik geschickt, 7 externe Empfänger.

Ich habe alle um Löschung gebeten, eine Person hat es bestätigt, die anderen noch nicht.

Gruß
Jens Wolff
Senior Consultant | Acme Personal Hamburg
""",
    INC("jens.wolff@acme-corp.example", "Jens", "Wolff"))

# ---------------------------------------------------------------- follow-ups

add("de-44-fu-frist-abgelaufen", "Monika Fuchs <monika.fuchs@gmx.example>",
    "AW: [DSR-40217] Ihre Anfrage ist bei uns eingegangen",
    """Sehr geehrte Damen und Herren,

ich habe am 9. Oktober um Auskunft gebeten und außer dieser automatischen Eingangsbestätigung
nichts mehr gehört. Die Monatsfrist ist inzwischen abgelaufen. Ich bitte um umgehende
Erledigung, andernfalls wende ich mich an die Landesbeauftragte für Datenschutz.

Monika Fuchs

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Gesendet: Freitag, 9. Oktober 2026 11:20
Betreff: [DSR-40217] Ihre Anfrage ist bei uns eingegangen

> Sehr geehrte Frau Fuchs,
> vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer DSR-40217 registriert.
> Wir melden uns innerhalb eines Monats bei Ihnen.
> Ihr Datenschutz-Team
""",
    FU("40217", "monika.fuchs@gmx.example", "Monika", "Fuchs"))

add("de-45-fu-ausweis", "Ali Hassan <ali.hassan@web.example>",
    "Re: [DSR-38855] Identitätsnachweis erforderlich",
    """Hallo,

anbei wie gewünscht mein Ausweis (Vorderseite, den Rest habe ich geschwärzt). Die Kundennummer
steht auf der letzten Rechnung: 20-55817.

Gruß Ali Hassan

Am 12.11.2026 um 09:03 schrieb privacy@acme-corp.example:
> Guten Tag,
> um Ihre Anfrage bearbeiten zu können, benötigen wir einen Nachweis Ihrer Identität.
> Bitte antworten Sie auf diese E-Mail, ohne den Betreff zu ändern.
""",
    FU("38855", "ali.hassan@web.example", "Ali", "Hassan"))

add("de-46-fu-nachtrag-adresse", "Jürgen Weißhaupt <j.weisshaupt@posteo.example>",
    "Re: Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

eine Ergänzung zu meinem Schreiben: Ich war bereits 2019 für einige Wochen bei Ihnen gemeldet,
damals noch mit der Anschrift Neckarstraße 5, 73728 Esslingen. Bitte berücksichtigen Sie auch
diese Daten bei der Auskunft.

MfG
J. Weißhaupt
""",
    FU(ref("de-01-auskunft-zeitarbeit"), "j.weisshaupt@posteo.example", "Jürgen", "Weißhaupt"),
    headers=irt("de-01-auskunft-zeitarbeit"))

add("de-47-fu-jahresheft", "Katrin Schröder <katrin.schroeder@gmx.example>",
    "Re: Widerruf Einwilligung Fotos – Mia Schröder, Gruppe Sonnenblumen",
    """Eine Frage noch: Gilt das auch für das Gruppenfoto im Jahresheft? Das war nämlich schon im
Druck, als ich geschrieben habe.

Gruß
K. Schröder
""",
    FU(ref("de-03-kita-fotos-widerruf"), "katrin.schroeder@gmx.example", "Katrin", "Schröder"),
    headers=irt("de-03-kita-fotos-widerruf"))

# ---------------------------------------------------------------- ignored

add("de-48-spam-seo", "Marcel | SEO Experte <marcel@top-ranking-agentur.example>",
    "Ihre Website acme-corp.example – kurze Frage",
    """Hallo Team,

ich habe mir Ihre Website angesehen und 27 technische Fehler gefunden, die verhindern, dass Sie
bei Google auf Seite 1 stehen. Ihre Mitbewerber ranken für "Kita in der Nähe" und "Zeitarbeit
Jobs" deutlich besser.

Wir bringen Sie in 90 Tagen auf Platz 1 – garantiert, sonst Geld zurück. 14 Tage kostenlos
testen! Antworten Sie einfach mit JA und ich schicke Ihnen den kompletten Audit-Report.

Beste Grüße
Marcel
Top Ranking Agentur

Wenn Sie keine weiteren Nachrichten wünschen, antworten Sie mit STOP.
""",
    IGN("spam", "marcel@top-ranking-agentur.example"))

add("de-49-spam-dsgvo-register", "Zentrales DSGVO-Register <info@dsgvo-zentralregister.example>",
    "Letzte Mahnung: Eintragungspflicht Datenschutzregister (Az. DS-2026-77812)",
    """Sehr geehrte Damen und Herren,

nach Art. 30 DSGVO sind alle Unternehmen verpflichtet, sich im zentralen Datenschutzregister
eintragen zu lassen. Für Ihr Unternehmen liegt bislang KEINE Eintragung vor.

Um ein Bußgeld von bis zu 20.000.000 EUR zu vermeiden, überweisen Sie bitte die einmalige
Registrierungsgebühr von 498,00 EUR bis spätestens 23.11.2026 auf das unten angegebene Konto.
Andernfalls werden Ihre Unternehmensdaten aus dem Register gelöscht und der zuständigen
Aufsichtsbehörde gemeldet.

Das ausgefüllte Formular senden Sie bitte per Fax an 0800 555 0199.

Zentrales DSGVO-Register – Abteilung Erfassung
""",
    IGN("spam", "info@dsgvo-zentralregister.example"),
    headers=SPAM_HDR)

add("de-50-spam-postfach-voll", "Acme IT-Service <it-service@acme-corp.example>",
    "Ihr Postfach ist zu 98% voll – Aktion erforderlich",
    """Sehr geehrter Benutzer,

Ihr Postfach privacy@acme-corp.example hat das Speicherlimit erreicht (4,91 GB von 5 GB).
Eingehende Nachrichten werden ab heute 17:00 Uhr automatisch gelöscht.

Klicken Sie hier, um kostenlos zusätzlichen Speicher zu aktivieren:
http://acme-corp.mailbox-upgrade.example/owa/verify?u=privacy

IT-Service
Diese Nachricht wurde automatisch generiert.
""",
    IGN("spam", "it-service@acme-corp.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp.example")])

add("de-51-abwesenheit", "Dr. Ulrich Sommer <ulrich.sommer@kanzlei-sommer.example>",
    "Abwesenheitsnotiz: [DSR-41002] Ihre Anfrage",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an mein Sekretariat unter +49 89 555 3100.
Ihre Nachricht wird nicht weitergeleitet.

Dr. Ulrich Sommer
Rechtsanwalt
""",
    IGN("auto_reply", "ulrich.sommer@kanzlei-sommer.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("de-52-newsletter", "Datenschutz-Praxis Newsletter <newsletter@datenschutz-praxis.example>",
    "Newsletter 11/2026: Auskunftsersuchen richtig beantworten",
    """Datenschutz-Praxis – Newsletter 11/2026

Inhalt dieser Ausgabe:

1. Auskunftsanspruch nach Art. 15 DSGVO: Was gehört in die Kopie, was nicht?
2. Löschkonzepte für Bewerberdaten – wie lange darf man Lebensläufe aufbewahren?
3. Kitas und Fotos: Einwilligung, Widerruf und Eltern-Apps
4. Webinar am 3.12.: Beschäftigtendatenschutz in der Zeitarbeit

Sie erhalten diesen Newsletter, weil Sie sich auf datenschutz-praxis.example angemeldet haben.
Abmelden: https://datenschutz-praxis.example/abmelden
""",
    IGN("bulk", "newsletter@datenschutz-praxis.example"),
    headers=["List-Id: Datenschutz-Praxis <news.datenschutz-praxis.example>",
             "List-Unsubscribe: <mailto:unsubscribe@datenschutz-praxis.example>",
             "Precedence: bulk"])

add("de-53-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Unzustellbar: Ihre Anfrage", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
