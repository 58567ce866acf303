from common import *  # part de: written blind

# ---------------------------------------------------------------- requests

add("de-01-auskunft-meilenkonto",
    "Dr. Hannelore Kästner-Vogt <h.kaestner-vogt@kanzlei-net.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO – Acme Miles Mitgliedsnummer 4471 0923 88",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht nach Art. 15 der Datenschutz-Grundverordnung Gebrauch.
Ich bin seit 2011 Mitglied in Ihrem Vielfliegerprogramm Acme Miles (Mitgliedsnummer
4471 0923 88) und bitte um vollständige Auskunft darüber, welche personenbezogenen Daten
Sie zu meiner Person verarbeiten. Bitte stellen Sie mir die Daten selbst zur Verfügung,
einschließlich der Buchungs- und Flughistorie, der hinterlegten Präferenzen (Sitzplatz,
Mahlzeiten) sowie etwaiger Notizen Ihres Servicecenters.

Ich bitte um Erledigung innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen

Dr. Hannelore Kästner-Vogt
Fachärztin für Innere Medizin
Lindenallee 14, 50968 Köln
Tel. +49 221 555 01 73
""",
    R(["Access"], "h.kaestner-vogt@kanzlei-net.example", "Hannelore", "Kästner-Vogt"))

add("de-02-konto-weg-einzeiler",
    "tobi.k92@gmx.example",
    "konto",
    "bitte mein konto bei eurer liefer app komplett entfernen. danke\n",
    R(["Erasure"], "tobi.k92@gmx.example"))

add("de-03-push-rabatte-nerven",
    "Kevin Schubert <kevin.schubert@web.example>",
    "Diese ständigen Rabatt-Pushs",
    """Hallo,

ich bestell ganz gern bei Acme Eats, keine Frage, und mein Konto will ich auch behalten.
Aber ich bekomme inzwischen jeden Tag zwei, drei Push-Nachrichten und dazu noch Mails mit
"Nur heute: 20 % auf Sushi!!!". Das reicht jetzt. Ich möchte keinerlei Werbung mehr von euch,
weder per Push noch per Mail noch per SMS. In der App finde ich den Schalter dafür nicht,
deshalb schreibe ich hierhin.

Nochmal: bitte NICHT mein Konto löschen, nur die Werbung abstellen.

Gruß
Kevin Schubert
""",
    R(["Opposition"], "kevin.schubert@web.example", "Kevin", "Schubert"))

add("de-04-name-falsch-geschrieben",
    "Jörg Weißenbäck <joerg.weissenbaeck@aon.example>",
    "Falsche Schreibweise meines Namens im Vielfliegerkonto",
    """Grüß Gott,

in meinem Acme-Miles-Profil steht mein Familienname als "Weissenback", ohne Umlaut und
mit Doppel-s. Im Reisepass steht aber "Weißenbäck". Beim Online-Check-in in Wien hat mir
das jetzt schon zweimal Probleme gemacht, weil der Name nicht zum Pass passt.

Bitte passen Sie den Namen in Ihren Systemen an die Schreibweise im Pass an. Eine Kopie
der Passseite kann ich gerne nachreichen, falls nötig.

Mit freundlichen Grüßen aus Graz
Jörg Weißenbäck
""",
    R(["Rectification"], "joerg.weissenbaeck@aon.example", "Jörg", "Weißenbäck"))

add("de-05-kopie-und-loeschen",
    "Anneliese von der Heide <anneliese.vdheide@t-online.example>",
    "Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

ich bin 74 Jahre alt und fliege nicht mehr. Bevor ich mein Konto bei Ihnen auflöse, möchte
ich gerne einmal sehen, was Sie eigentlich alles über mich gespeichert haben – mein Enkel
sagt, das dürfe ich verlangen. Schicken Sie mir das bitte als Ausdruck per Post oder als
PDF an diese Adresse.

Wenn ich das bekommen habe, sollen sämtliche Daten über mich bei Ihnen gelöscht werden,
auch die Meilen, die brauche ich nicht mehr.

Meine Anschrift: Am Mühlenteich 3, 21335 Lüneburg.

Freundliche Grüße
Anneliese von der Heide
""",
    R(["Access", "Erasure"], "anneliese.vdheide@t-online.example", "Anneliese", "von der Heide"))

add("de-06-fahrer-gps-nach-schicht",
    "Dragan Petrović <dragan.petrovic@posteo.example>",
    "GPS Ortung nach Schichtende",
    """Hallo Datenschutzteam,

ich fahre seit März als Kurier für Acme Eats in Berlin (Fahrer-ID BER-20931). Mir ist
aufgefallen, dass die Fahrer-App meinen Standort weiter überträgt, auch wenn ich mich
nach der Schicht abgemeldet habe. Ich habe das im Akku-Verbrauch gesehen und die App
zeigt das Ortungssymbol weiter an.

Ich bin damit nicht einverstanden. Außerhalb meiner Schichten geht es euch nichts an, wo
ich bin. Ich widerspreche dieser Ortung ausdrücklich.

Und dann würde ich gerne wissen: wie lange speichert ihr die GPS-Daten von den Fahrern
überhaupt und wer bekommt die zu sehen (Restaurants? Kunden? Versicherung?).

Danke und Gruß
Dragan Petrović
0176 5550 1942
""",
    R(["Opposition", "Information"], "dragan.petrovic@posteo.example", "Dragan", "Petrović"))

add("de-07-kurier-automatisch-gesperrt",
    "Mehmet Aydın <mehmet.aydin.hh@gmail.example>",
    "Mein Kurierkonto wurde ohne Grund deaktiviert",
    """Sehr geehrte Damen und Herren,

am 09.11. wurde mein Kurierkonto in Hamburg deaktiviert. In der App stand nur "Ihr Konto
wurde aufgrund von Auffälligkeiten bei der Zustellquote automatisch deaktiviert". Niemand
hat mit mir gesprochen, bei der Hotline sagt man mir, das entscheide "das System".

Ich verlange, dass ein Mensch sich meinen Fall anschaut und die Entscheidung überprüft.
Ich hatte in den letzten Wochen zwei Unfälle mit dem Rad und war deshalb langsamer, das
kann eine Software nicht wissen. Ich möchte außerdem dazu Stellung nehmen können.

Außerdem möchte ich alles bekommen, was über mich und meine Fahrten gespeichert ist
(Zustellzeiten, Bewertungen, Standortverläufe), damit ich das mit meinem Anwalt prüfen kann.

Mehmet Aydın
Kurier-ID HH-7734
""",
    R(["AutomatedDecision", "Access"], "mehmet.aydin.hh@gmail.example", "Mehmet", "Aydın"))

add("de-08-flughistorie-als-datei",
    "Corinne Gisler <corinne.gisler@bluewin.example>",
    "Export meiner Flugdaten",
    """Grüezi

Ich wechsle auf nächstes Jahr beruflich zu einer anderen Airline-Allianz und möchte meine
gesamte Flughistorie und Statusdaten aus Acme Miles mitnehmen. Können Sie mir diese in
einem maschinenlesbaren Format (CSV oder JSON, kein PDF bitte) zustellen? Idealerweise
direkt an das neue Programm, aber eine Datei an mich reicht auch.

Besten Dank und freundliche Grüsse
Corinne Gisler
Zürich
""",
    R(["Portability"], "corinne.gisler@bluewin.example", "Corinne", "Gisler"))

add("de-09-rollstuhl-gesundheitsdaten",
    "Bernd Lüttgenau <bernd.luettgenau@freenet.example>",
    "Meine Angaben zur Mobilitätseinschränkung",
    """Guten Tag,

für meinen Flug nach Palma im Oktober habe ich Unterstützung am Flughafen angemeldet
(Rollstuhl, WCHC) und dabei auch angegeben, dass ich Diabetiker bin und Insulin im
Handgepäck habe.

Mich würde interessieren, an wen diese Angaben weitergegeben wurden – an den
Bodenabfertiger, den Flughafen, die Crew? – und wie lange Sie das aufbewahren.

Da die Reise vorbei ist, möchte ich, dass die Gesundheitsangaben jetzt bei Ihnen
entfernt werden. Für die nächste Reise melde ich mich dann eben neu an.

Mit freundlichen Grüßen
Bernd Lüttgenau
""",
    R(["Information", "Erasure"], "bernd.luettgenau@freenet.example", "Bernd", "Lüttgenau"))

add("de-10-html-verteiler",
    "Sabine Hörmann <sabine.hoermann@outlook.example>",
    "Abmeldung",
    html("Sehr geehrtes Acme-Team,",
         "bitte streichen Sie mich aus s&auml;mtlichen Verteilern: Newsletter, "
         "Angebote von Partnerhotels, Umfragen nach dem Flug. Ich habe das mehrfach &uuml;ber "
         "den Link unten in den Mails versucht, es kommt trotzdem weiter an.",
         "Mein Meilenkonto bleibt bestehen.",
         "Freundliche Gr&uuml;&szlig;e<br>Sabine H&ouml;rmann"),
    R(["Opposition"], "sabine.hoermann@outlook.example", "Sabine", "Hörmann"),
    ct=HTML)

add("de-11-latin1-sperren-waehrend-pruefung",
    "Wolfgang Straßer <w.strasser@arcor.example>",
    "Meilen-Storno / Betrugsvorwurf",
    """Sehr geehrte Damen und Herren,

Sie haben mir mitgeteilt, dass auf meinem Konto 48.000 Meilen wegen "verdächtiger
Aktivitäten" storniert wurden und Sie die Sache an eine Partnerfirma zur Prüfung geben.
Ich habe die Meilen ehrlich erflogen und widerspreche dem Vorwurf.

Solange dieser Vorgang nicht abgeschlossen ist, möchte ich, dass meine Daten nur noch
gespeichert, aber nicht weiter verwendet oder an Dritte (auch nicht an diese Partnerfirma
oder eine Auskunftei) übermittelt werden. Bitte bestätigen Sie mir diese Sperre schriftlich.

Hochachtungsvoll
Wolfgang Straßer
Bahnhofstraße 27
97070 Würzburg
""",
    R(["Restriction"], "w.strasser@arcor.example", "Wolfgang", "Straßer"),
    ct=LATIN1, encode="latin-1")

add("de-12-anwalt-fuer-mandantin",
    "RA Dr. Florian Kessler <kessler@kessler-partner.example>",
    "Unsere Mandantin Frau Sabine Wörner – Auskunft nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Sabine Wörner, geb. 14.02.1981, wohnhaft Gerberstraße 9,
70178 Stuttgart, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine
auf uns lautende Vollmacht ist beigefügt.

Namens und in Vollmacht unserer Mandantin verlangen wir Auskunft über sämtliche zu ihrer
Person gespeicherten Daten sowie die Herausgabe einer Kopie dieser Daten nach Art. 15
Abs. 1 und 3 DSGVO, insbesondere im Zusammenhang mit der Beschwerde vom 02.08.2026
(Flug AC 4127 Stuttgart–Antalya, verweigerte Beförderung).

Für den Eingang der Unterlagen haben wir uns den 18.12.2026 notiert.

Mit freundlichen Grüßen

Dr. Florian Kessler
Rechtsanwalt
Kessler & Partner Rechtsanwälte mbB
Königstraße 40, 70173 Stuttgart
Tel. 0711 555 3400

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail.
""",
    R(["Access"], "kessler@kessler-partner.example", "Sabine", "Wörner", representative="Florian Kessler"))

add("de-13-mutter-fuer-tochter",
    "Claudia Baumgartner <claudia.baumgartner@gmx.example>",
    "Konto meiner minderjährigen Tochter",
    """Hallo,

meine Tochter Lina Baumgartner (15) hat sich ohne unser Wissen bei Acme Eats angemeldet und
dort mit der Karte ihres Bruders bestellt. Das Konto läuft auf ihren Namen und ihre
Handynummer.

Als Erziehungsberechtigte verlange ich, dass dieses Konto und alle Daten meiner Tochter
vollständig entfernt werden. Eine Kopie meines Ausweises und der Geburtsurkunde kann ich
schicken.

Mit freundlichen Grüßen
Claudia Baumgartner
Linz
""",
    R(["Erasure"], "claudia.baumgartner@gmx.example", "Lina", "Baumgartner", representative="Claudia Baumgartner"))

add("de-14-erbe-vater-verstorben",
    "Stefan Obermayr <stefan.obermayr@icloud.example>",
    "Verstorbenes Mitglied – Heinrich Obermayr",
    """Sehr geehrte Damen und Herren,

mein Vater, Heinrich Obermayr, ist am 28. September verstorben. Er war Mitglied bei Acme
Miles (Nr. 3390 1187 02). Ich bin laut Erbschein Alleinerbe, die Sterbeurkunde und den
Erbschein hänge ich gerne an, wenn Sie mir sagen, wohin.

Ich bitte darum, sein Konto zu schließen und alle Daten über ihn bei Ihnen zu vernichten.
Es kommen immer noch Briefe und Mails an ihn, das ist für meine Mutter sehr belastend.

Vielen Dank
Stefan Obermayr
""",
    R(["Erasure"], "stefan.obermayr@icloud.example", "Heinrich", "Obermayr", representative="Stefan Obermayr"))

add("de-15-weitergeleitet-kundenservice",
    "Jana Lehmann <jana.lehmann@acme-corp.example>",
    "WG: Was haben Sie über mich gespeichert?",
    """Hallo zusammen,

die Anfrage kam bei uns im Kundenservice an, ich glaube, die gehört zu euch. Kundin hat
Konto bei Acme Eats und bei Acme Miles.

Viele Grüße
Jana Lehmann
Customer Care, Team Düsseldorf

---------- Weitergeleitete Nachricht ----------
Von: Özlem Yıldırım <oezlem.yildirim@web.example>
Datum: Sa., 14. Nov. 2026 um 21:12
Betreff: Was haben Sie über mich gespeichert?
An: <service@acme-corp.example>

Guten Abend,

ich nutze sowohl die Essens-App als auch Ihr Vielfliegerprogramm. Ich möchte bitte
erfahren und einsehen, welche Informationen Sie über mich in beiden Bereichen haben,
ob die zusammengeführt werden, und eine Aufstellung davon bekommen.

Danke
Özlem Yıldırım
""",
    R(["Access"], "oezlem.yildirim@web.example", "Özlem", "Yıldırım"))

add("de-16-anhang-einwilligung-standort",
    "Marco Keller <marco.keller@acme-corp.example>",
    "Fwd: Einwilligung Standort",
    "",
    R(["Opposition"], "reto.brunner@bluewin.example", "Reto", "Brunner"),
    attached=("Reto Brunner <reto.brunner@bluewin.example>", "Einwilligung Standort",
              """Guten Tag

Ich habe bei der Installation der Acme Eats App zugestimmt, dass mein Standort auch im
Hintergrund genutzt werden darf. Das ziehe ich hiermit zurück. Ich will nicht, dass die App
meinen Standort verwendet, ausser ich gebe die Adresse selber ein.

Freundliche Grüsse
Reto Brunner
Bern
"""),
    note="""Hoi Datenschutz

Anbei eine Kundenmail aus dem Support-Postfach Schweiz, als Anhang. Könnt ihr das
übernehmen? Er hat heute schon nachgefragt.

Gruss
Marco Keller
Support CH
""")

add("de-17-grossbuchstaben-loeschen",
    "Horst Kramer <horst.kramer1958@t-online.example>",
    "SOFORT LÖSCHEN!!!",
    """ICH HABE IHNEN NIE ERLAUBT MICH ANZURUFEN. HEUTE SCHON DER DRITTE ANRUF WEGEN IHRER
MEILEN-KREDITKARTE. ICH WILL DASS SIE ALLES WAS SIE ÜBER MICH HABEN VERNICHTEN UND MICH
NIE WIEDER ANRUFEN ODER ANSCHREIBEN. SONST GEHE ICH ZUM DATENSCHUTZBEAUFTRAGTEN.

HORST KRAMER
""",
    R(["Erasure", "Opposition"], "horst.kramer1958@t-online.example", "Horst", "Kramer"))

add("de-18-tippfehler-was-gespeichert",
    "lukas.w.2003@gmx.example",
    "frage",
    """hallo ich möcht wissn was ihr alles von mir gespeichet habt also bestelungen adresse
handynummer und so auch von wo ich bestellt hab bitte alles schicken

gruß Lukas

Von meinem Samsung Galaxy Smartphone gesendet.
""",
    R(["Access"], "lukas.w.2003@gmx.example", "Lukas"))

add("de-19-drittlanduebermittlung-usa",
    "Prof. Dr. Ulrike Hagedorn-Zimmer <u.hagedorn-zimmer@uni-mail.example>",
    "Übermittlung von Passagierdaten in die USA",
    """Sehr geehrte Damen und Herren,

ich fliege im Januar mit Ihnen von Frankfurt nach Boston. Im Zusammenhang mit meiner
Buchung wüsste ich gerne, welche meiner Daten (PNR, API-Daten, Angaben aus meinem
Vielfliegerprofil) an US-Behörden oder sonstige Stellen außerhalb der EU übermittelt
werden, auf welcher Rechtsgrundlage dies geschieht und wie lange die Empfänger die Daten
aufbewahren dürfen.

Eine Kopie der Daten benötige ich nicht, es geht mir um das Verständnis des Verfahrens.

Mit freundlichen Grüßen
Prof. Dr. Ulrike Hagedorn-Zimmer
Lehrstuhl für Verwaltungsrecht
""",
    R(["Information"], "u.hagedorn-zimmer@uni-mail.example", "Ulrike", "Hagedorn-Zimmer"))

add("de-20-woher-nummer",
    "Siegfried Pfaffenbichler <s.pfaffenbichler@aon.example>",
    "Woher haben Sie meine Telefonnummer?",
    """Sehr geehrte Herrschaften,

gestern hat mich eine Dame von Ihrer Firma angerufen und mir Ihre Lieferapp mit einem
Gutschein angeboten. Ich war nie Kunde bei Ihnen, weder beim Fliegen noch beim Essen.

Ich will wissen, woher Sie meine Nummer und meinen Namen haben, von wem Sie die gekauft
oder bekommen haben. Und danach entfernen Sie meine Daten bitte aus Ihren Listen.

Pfaffenbichler Siegfried
Salzburg
""",
    R(["Information", "Erasure"], "s.pfaffenbichler@aon.example", "Siegfried", "Pfaffenbichler"))

add("de-21-geburtsdatum-denglisch",
    "Priya Raghunathan <priya.r@mailbox.example>",
    "Geburtsdatum falsch / wrong date of birth",
    """Hallo,

sorry, my German is not so good. In meinem Acme Miles Profil ist das Geburtsdatum falsch,
it says 03.07.1989 but correct is 03.07.1998. Because of this I could not add my husband as
family member (the system says I am older than him lol). Bitte korrigieren Sie das.

Also my address changed: Leopoldstraße 112, 80802 München.

Danke schön!
Priya Raghunathan
""",
    R(["Rectification"], "priya.r@mailbox.example", "Priya", "Raghunathan"))

add("de-22-lange-geschichte-koffer",
    "Bettina Kleinschmidt <bettina.kleinschmidt@web.example>",
    "Beschwerde – Koffer, Hotline, und jetzt reicht es",
    """Sehr geehrte Damen und Herren,

ich schreibe Ihnen, weil ich mit meiner Geduld am Ende bin. Am 21. August bin ich mit
meinen beiden Kindern von Hamburg über Frankfurt nach Lissabon geflogen. In Lissabon kam
einer unserer zwei Koffer nicht an. Wir haben am Schalter eine Verlustmeldung gemacht
(LIS AC 58831), man sagte uns, der Koffer komme "morgen ins Hotel".

Der Koffer kam nicht am nächsten Tag, nicht am übernächsten, sondern nach neun Tagen – am
Tag vor unserer Abreise, aufgebrochen und mit nassem Inhalt. Ich habe in dieser Zeit
vierzehn Mal bei Ihrer Hotline angerufen, jedes Mal andere Auskünfte, zweimal wurde einfach
aufgelegt. Eine Mitarbeiterin hat mir gesagt, ich hätte den Koffer "doch selbst abholen
können", was schlicht falsch ist.

Ich möchte in diesem Zusammenhang, dass Sie mir alles zur Verfügung stellen, was bei Ihnen
zu mir und zu diesem Schadensfall gespeichert ist: die Einträge Ihrer Mitarbeiter, die
Notizen der Hotline und die Aufzeichnungen der Telefonate, sofern welche existieren. Ich
will nachvollziehen können, was man mir gesagt hat.

Die Ersatzkäufe (Kleidung, Medikamente für meine Tochter, Ladegeräte) belaufen sich auf
612,40 EUR, die Belege habe ich schon zweimal eingereicht. Bis heute habe ich keinen Cent
gesehen. Ihr Bonusmeilen-Gutschein über 2.000 Meilen ist, mit Verlaub, ein Witz.

Ich erwarte eine Antwort auf beide Punkte innerhalb von zwei Wochen, sonst schalte ich die
Schlichtungsstelle ein.

Bettina Kleinschmidt
Eppendorfer Weg 201
20253 Hamburg
""",
    R(["Access"], "bettina.kleinschmidt@web.example", "Bettina", "Kleinschmidt"))

add("de-23-doppelt-abgebucht",
    "Nadine Fuchs <nadine.fuchs@gmx.example>",
    "Bestellung doppelt abgebucht",
    """Hallo,

meine Bestellung vom Freitag (Pizza Napoli, Leipzig, 32,80 €) wurde zweimal von meinem
PayPal-Konto abgebucht. Wer kümmert sich darum? Ich möchte das Geld zurück.

Danke
Nadine Fuchs
""",
    R(["Unknown"], "nadine.fuchs@gmx.example", "Nadine", "Fuchs"))

add("de-24-wo-ist-mein-koffer",
    "Thomas Egger <thomas.egger@sunrise.example>",
    "Gepäck",
    """Wo ist mein Koffer?? Seit 6 Tagen nichts. Referenz ZRHAC40712.
Thomas Egger

Gesendet von meinem iPhone
""",
    R(["Unknown"], "thomas.egger@sunrise.example", "Thomas", "Egger"))

add("de-25-verfuegung-fuer-den-todesfall",
    "Gertrud Hinterseer <gertrud.hinterseer@a1.example>",
    "Regelung für den Todesfall",
    """Sehr geehrte Damen und Herren,

ich bin gerade dabei, meine Angelegenheiten zu ordnen, und habe mit meinem Notar auch über
meine Online-Konten gesprochen. Ich habe bei Ihnen ein Vielfliegerkonto mit einigen
Meilen.

Kann ich bei Ihnen jetzt schon festlegen, wie nach meinem Ableben mit meinen Daten verfahren
werden soll? Mein Wunsch wäre, dass mein Sohn Andreas Bescheid bekommt und das Konto dann
geschlossen wird. Gibt es dafür ein Formular oder reicht ein Schreiben? Und was machen Sie
bisher mit den Daten von verstorbenen Mitgliedern?

Mit freundlichen Grüßen
Gertrud Hinterseer
Kitzbühel
""",
    R(["AdvanceDirectives"], "gertrud.hinterseer@a1.example", "Gertrud", "Hinterseer"))

add("de-26-familienadresse-profiling",
    "Familie Schneider <familie.schneider@t-online.example>",
    "Personalisierte Angebote",
    """Guten Tag,

mir ist aufgefallen, dass ich in der Acme Eats App ständig "für Sie ausgewählte" Angebote
sehe, die offenbar aus meinen bisherigen Bestellungen und Uhrzeiten abgeleitet sind. Ich
möchte nicht, dass Sie aus meinem Bestellverhalten ein Profil für Werbezwecke bilden, und
lege dagegen Widerspruch ein.

Bitte antworten Sie an meine persönliche Adresse, die Familienadresse liest mein Mann.

Katrin Schneider
""",
    R(["Opposition"], "katrin.schneider@posteo.example", "Katrin", "Schneider"),
    headers=["Reply-To: Katrin Schneider <katrin.schneider@posteo.example>"])

add("de-27-noshow-falsch-sperren",
    "Matthias van den Berg <m.vandenberg@netcologne.example>",
    "Falsche No-Show-Einträge in meinem Profil",
    """Sehr geehrte Damen und Herren,

laut Ihrem Servicecenter sind in meinem Profil drei "No-Shows" vermerkt (Mai, Juni und
September 2026), weshalb mir keine Upgrades mehr angeboten werden. Die Flüge im Juni und
September habe ich aber nachweislich angetreten, die Bordkarten liegen mir vor. Der Flug im
Mai wurde von Ihnen selbst annulliert.

Ich bitte darum, diese Einträge zu berichtigen. Bis Sie das geprüft haben, verlange ich,
dass die Einträge nicht weiter genutzt werden – weder für die Upgrade-Vergabe noch für
irgendeine Bewertung meines Profils.

Mit freundlichen Grüßen
Matthias van den Berg
Aachen
""",
    R(["Rectification", "Restriction"], "m.vandenberg@netcologne.example", "Matthias", "van den Berg"))

add("de-28-bestellungen-csv-dann-weg",
    "Nicolò Bernasconi <nicolo.bernasconi@swissmail.example>",
    "Daten mitnehmen und Konto schliessen",
    """Guten Tag

ich ziehe nach Lugano und werde Acme Eats nicht mehr nutzen. Ich hätte gerne meine
Bestellhistorie und die gespeicherten Adressen als Datei in einem gängigen Format (CSV oder
Excel), damit ich sie in einer anderen App weiterverwenden kann.

Nachdem Sie mir die Datei geschickt haben, bitte das Konto auflösen und die Daten löschen.

Freundliche Grüsse
Nicolò Bernasconi
""",
    R(["Portability", "Erasure"], "nicolo.bernasconi@swissmail.example", "Nicolò", "Bernasconi"))

add("de-29-widerspruch-art21-preise",
    "Friederike zu Stolberg <f.zustolberg@posteo.example>",
    "Widerspruch gemäß Art. 21 DSGVO",
    """Sehr geehrte Damen und Herren,

nach meinen Beobachtungen werden mir als Mitglied mit Senator-Status auf Ihrer Webseite
systematisch höhere Tarife angezeigt als im Inkognito-Modus. Ich gehe davon aus, dass Sie
mein Nutzungs- und Buchungsverhalten zur Bildung eines Profils auswerten.

Gegen die Verarbeitung meiner personenbezogenen Daten zu Zwecken der Profilbildung und der
personalisierten Preisgestaltung lege ich hiermit gemäß Art. 21 DSGVO Widerspruch ein. Von
einem Antrag auf Löschung sehe ich derzeit ab.

Mit freundlichen Grüßen
Friederike zu Stolberg
""",
    R(["Opposition"], "f.zustolberg@posteo.example", "Friederike", "zu Stolberg"))

add("de-30-mitarbeiterin-eigene-daten",
    "Svenja Albrecht <svenja.albrecht@acme-corp.example>",
    "Auskunft über meine Daten in der Crew-Planung (privat)",
    """Hallo Datenschutz-Team,

ich schreibe euch als Betroffene, nicht dienstlich: ich bin Flugbegleiterin (Personalnummer
208815, Base MUC) und möchte nach Art. 15 DSGVO wissen, welche Daten über mich im
Crew-Planungssystem und in der Krankmeldungs-Auswertung gespeichert sind. Bitte schickt mir
einen Auszug.

Danke euch
Svenja Albrecht
""",
    R(["Access"], "svenja.albrecht@acme-corp.example", "Svenja", "Albrecht"))

add("de-31-callcenter-handy",
    "Ernst Wallner <ernst.wallner@kabsi.example>",
    "Anrufe",
    """Bitte keine Anrufe mehr von ihrem Callcenter wegen der Kreditkarte mit Meilen. Ich habe
kein Interesse und habe das schon 2x am Telefon gesagt.
E. Wallner

Gesendet von meinem iPhone
""",
    R(["Opposition"], "ernst.wallner@kabsi.example", "Ernst", "Wallner"))

add("de-32-cp1252-aufbewahrung",
    "Ingrid Sauerbrey <ingrid.sauerbrey@ewe.example>",
    "Wie lange speichern Sie meine Zahlungsdaten?",
    """Sehr geehrte Damen und Herren,

ich habe in den letzten zwei Jahren für ca. 1.400 € bei Acme Eats bestellt und meine
Kreditkarte in der App „gespeichert“. Nun frage ich mich:

– Wie lange bewahren Sie meine Bestellhistorie und die Kartendaten auf?
– Werden die Daten an die Restaurants oder an Zahlungsdienstleister weitergegeben?
– Was passiert mit den Lieferadressen, wenn ich sie in der App entferne?

Ich möchte nichts löschen lassen, nur verstehen, was mit den Daten geschieht…

Mit freundlichen Grüßen
Ingrid Sauerbrey
""",
    R(["Information"], "ingrid.sauerbrey@ewe.example", "Ingrid", "Sauerbrey"),
    ct=CP1252, encode="cp1252")

# ---------------------------------------------------------------- tasks

add("de-33-avv-telematik",
    "Philipp Sommer <philipp.sommer@acme-corp.example>",
    "Bitte um Prüfung AVV – neuer Telematik-Anbieter für Kurier-Flotte",
    """Hallo Datenschutz,

wir wollen ab Januar für die E-Bikes und Roller unserer Kuriere in Berlin und Hamburg
einen neuen Telematik-Dienstleister (FleetTrack GmbH) einsetzen. Der Anbieter hat uns
seinen Auftragsverarbeitungsvertrag samt TOMs geschickt (hängt an).

Könnt ihr den bis Ende nächster Woche durchsehen? Besonders die Unterauftragnehmer-Liste
(Hosting in den USA?) macht mir Bauchschmerzen.

Danke und Gruß
Philipp Sommer
Head of Courier Operations DACH
Acme Eats
""",
    TASK("philipp.sommer@acme-corp.example", "Philipp", "Sommer"))

add("de-34-dsfa-biometrisches-boarding",
    "Dr. Katharina Lindqvist <katharina.lindqvist@acme-corp.example>",
    "DSFA für Pilot Biometrisches Boarding MUC",
    """Liebe Kolleginnen und Kollegen,

für das Pilotprojekt "Face Boarding" am Gate H in München (Start geplant Q2/2027) brauchen
wir vorab eine Datenschutz-Folgenabschätzung. Es geht um Gesichtsbilder der Passagiere, die
freiwillig teilnehmen, Abgleich mit dem Passfoto beim Check-in.

Könntet ihr uns sagen, wie wir vorgehen sollen, und einen Termin für einen Kick-off
vorschlagen? Die Projektunterlagen liegen im Teams-Kanal "Face Boarding".

Beste Grüße
Dr. Katharina Lindqvist
Innovation & Digital Ground Processes
Tel. +49 89 555 2210
""",
    TASK("katharina.lindqvist@acme-corp.example", "Katharina", "Lindqvist"))

add("de-35-vvt-chatbot",
    "Benedikt Rauch <benedikt.rauch@acme-corp.example>",
    "Neuer Chatbot im Kundenservice – Eintrag Verarbeitungsverzeichnis",
    """Hi,

seit dieser Woche läuft der neue KI-Chatbot im Acme-Miles-Kundenservice live (Anbieter
ConverseAI, Modell gehostet in Irland). Mir wurde gesagt, dass das ins Verzeichnis der
Verarbeitungstätigkeiten muss. Wie läuft das bei uns – füllt ihr das aus oder schickt ihr
mir eine Vorlage?

LG
Benedikt
--
Benedikt Rauch
Product Owner Customer Service Digital
""",
    TASK("benedikt.rauch@acme-corp.example", "Benedikt", "Rauch"))

add("de-36-schulung-callcenter-wien",
    "Elif Demir <elif.demir@acme-corp.example>",
    "Datenschutzschulung für das Callcenter Wien",
    """Hallo liebes Datenschutz-Team,

wir haben im Callcenter Wien im Dezember zwölf neue Agents, die ab Januar Buchungen und
Gepäckfälle bearbeiten. Könnt ihr für die Gruppe eine Datenschutzschulung machen (gern
auch remote, 1,5 Stunden)? Schwerpunkte wären Identitätsprüfung am Telefon und Umgang mit
Gesundheitsdaten bei Sonderbetreuung.

Passende Termine wären der 8. oder 10. Januar vormittags.

Danke!
Elif Demir
Teamleitung Customer Contact Center Wien
""",
    TASK("elif.demir@acme-corp.example", "Elif", "Demir"))

add("de-37-fragebogen-firmenkunde",
    "Andreas Wüthrich <andreas.wuethrich@acme-corp.example>",
    "Fragebogen Datenschutz / Informationssicherheit Grosskunde",
    """Hallo zusammen

Ein Firmenkunde (Pharma, Basel) will seine Geschäftsreisen bei uns bündeln und verlangt,
dass wir vor Vertragsabschluss ihren Lieferanten-Fragebogen ausfüllen (80 Fragen, davon ca.
30 zu Datenschutz: Rechtsgrundlagen, Löschfristen, Drittlandtransfers, Meldeprozess bei
Datenpannen).

Könnt ihr den Datenschutzteil bis Freitag, 27.11., übernehmen? Ich schicke euch das Excel.

Merci und Gruss
Andreas Wüthrich
Key Account Manager Corporate Sales Schweiz
""",
    TASK("andreas.wuethrich@acme-corp.example", "Andreas", "Wüthrich"))

# ---------------------------------------------------------------- incidents

add("de-38-laptop-im-ice",
    "Jens Hoffmann <jens.hoffmann@acme-corp.example>",
    "DRINGEND: Laptop im Zug gestohlen",
    """Hallo,

mir ist heute Morgen im ICE von Frankfurt nach Köln mein Dienstlaptop gestohlen worden,
während ich kurz im Bordbistro war. Auf dem Gerät waren lokal die Passagierlisten der
Charterflüge für den Reiseveranstalter (ca. 1.100 Personen mit Passnummern) als
Excel-Dateien gespeichert. Das Gerät ist mit Passwort geschützt, ob die Festplatte
verschlüsselt ist, weiß ich nicht sicher.

Anzeige bei der Bundespolizei läuft, IT ist informiert. Was muss ich noch tun?

Jens Hoffmann
Charter & Tour Operator Sales
Mobil +49 160 555 7812
""",
    INC("jens.hoffmann@acme-corp.example", "Jens", "Hoffmann"))

add("de-39-fremde-buchung-erhalten",
    "Marlene Graf <marlene.graf@gmx.example>",
    "Ich habe die Buchungsbestätigung einer fremden Person bekommen",
    """Guten Tag,

heute habe ich von Ihnen eine Buchungsbestätigung erhalten, die nicht mich betrifft: Flug
Düsseldorf–Dubai für einen Herrn Karim S., mit seiner Passnummer, seinem Geburtsdatum und
einer Telefonnummer. Ich habe keine Ahnung, warum das bei mir landet – vielleicht wurde
meine Mailadresse falsch eingetippt.

Ich wollte Ihnen das melden, damit Sie den Mann informieren können. Die Mail lösche ich
jetzt.

Mit freundlichen Grüßen
Marlene Graf
""",
    INC("marlene.graf@gmx.example", "Marlene", "Graf"))

add("de-40-phishing-link-geklickt",
    "Lars Petersen <lars.petersen@acme-corp.example>",
    "Habe auf einen Link in einer Mail geklickt",
    """Moin,

ich habe vorhin eine Mail bekommen, angeblich von der IT ("Ihr Postfach ist voll"), und
habe auf den Link geklickt und mein Passwort eingegeben. Danach kam eine weiße Seite. Mir
ist erst später aufgefallen, dass die Absenderadresse komisch war.

Ich habe Zugriff auf das Loyalty-CRM mit allen Acme-Miles-Mitgliedern in Norddeutschland.
Passwort habe ich inzwischen geändert. Muss ich noch etwas tun?

Lars Petersen
Loyalty Marketing, Hamburg
""",
    INC("lars.petersen@acme-corp.example", "Lars", "Petersen"))

add("de-41-app-zeigt-fremde-bestellungen",
    "Yusuf Kaya <yusuf.kaya@outlook.example>",
    "Ich sehe in der App die Bestellungen von jemand anderem!!",
    """Hallo

Seit dem Update gestern sehe ich unter "Meine Bestellungen" nicht meine eigenen
Bestellungen sondern die von einer Frau aus Dortmund mit vollem Namen, Adresse,
Telefonnummer und sogar Klingel-Hinweis ("2. OG, Hund beißt nicht"). Ich hab Screenshots
gemacht falls ihr die braucht. Das ist doch ein riesiges Datenleck, bitte schnell beheben.

Yusuf Kaya
""",
    INC("yusuf.kaya@outlook.example", "Yusuf", "Kaya"))

add("de-42-sonderbetreuungsliste-falscher-empfaenger",
    "Miriam Zeller <miriam.zeller@acme-corp.example>",
    "Liste mit Gesundheitsdaten an falschen Empfänger geschickt",
    """Hallo Datenschutz,

ich muss leider einen Fehler melden. Ich habe heute um 10:42 Uhr die Liste der
Sonderbetreuungs-Passagiere für die Flüge ab Wien von morgen (47 Personen, mit Angaben wie
Rollstuhl, Sauerstoff, Sehbehinderung) versehentlich an "m.zeller@" einer externen Firma
geschickt statt an den Bodenabfertiger. Autovervollständigung...

Ich habe den Empfänger schon angerufen und um Löschung gebeten, er hat es zugesagt, aber
schriftlich habe ich noch nichts.

Miriam Zeller
Station Operations VIE
""",
    INC("miriam.zeller@acme-corp.example", "Miriam", "Zeller"))

# ---------------------------------------------------------------- follow-ups

add("de-43-dsr-frist-abgelaufen",
    "Herbert Lindner <herbert.lindner@web.example>",
    "AW: [DSR-20418] Ihre Anfrage auf Auskunft",
    """Sehr geehrte Damen und Herren,

seit Ihrer Eingangsbestätigung sind jetzt mehr als fünf Wochen vergangen und ich habe noch
immer nichts erhalten. Die Frist von einem Monat ist damit abgelaufen. Ich bitte um
umgehende Erledigung, ansonsten wende ich mich an die Aufsichtsbehörde.

Herbert Lindner

> Sehr geehrter Herr Lindner,
> vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage unter der Nummer DSR-20418
> erfasst und werden sie innerhalb der gesetzlichen Frist beantworten.
> Ihr Datenschutz-Team der Acme
""",
    FU("20418", "herbert.lindner@web.example", "Herbert", "Lindner"))

add("de-44-dsr-ausweis-nachgereicht",
    "Agnieszka Nowak <agnieszka.nowak@o2mail.example>",
    "Re: [DSR-20977] Identitätsprüfung",
    """Hallo,

anbei wie gewünscht eine Kopie meines Personalausweises (Vorderseite, Nummer geschwärzt).
Ich hoffe, das reicht so.

Viele Grüße
Agnieszka Nowak

Am 12.11.2026 schrieb privacy@acme-corp.example:
> Bitte senden Sie uns zur Bestätigung Ihrer Identität einen Nachweis.
""",
    FU("20977", "agnieszka.nowak@o2mail.example", "Agnieszka", "Nowak"))

add("de-45-nachfrage-auskunft-loeschung",
    "Anneliese von der Heide <anneliese.vdheide@t-online.example>",
    "Re: Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

ich hatte Ihnen vor einiger Zeit wegen meiner Daten geschrieben und noch keine Antwort
bekommen, auch keinen Brief. Ist meine E-Mail angekommen?

Freundliche Grüße
Anneliese von der Heide
""",
    FU(ref("de-05-kopie-und-loeschen"), "anneliese.vdheide@t-online.example", "Anneliese", "von der Heide"),
    headers=irt("de-05-kopie-und-loeschen"))

add("de-46-nachtrag-fahrer-id",
    "Dragan Petrović <dragan.petrovic@posteo.example>",
    "Re: GPS Ortung nach Schichtende",
    """Nachtrag: ich habe gestern nochmal geschaut, die Ortung lief nach Schichtende noch
2 Stunden weiter (Screenshot vom Akkuverbrauch hängt an). Fahrer-ID ist BER-20931 wie
geschrieben. Bitte um Rückmeldung.

Dragan
""",
    FU(ref("de-06-fahrer-gps-nach-schicht"), "dragan.petrovic@posteo.example", "Dragan", "Petrović"),
    headers=irt("de-06-fahrer-gps-nach-schicht"))

# ---------------------------------------------------------------- ignored

add("de-47-phishing-konto-dsgvo",
    "Acme Miles Datenschutz <sicherheit@acme-miles-verify.example>",
    "Wichtig: Ihr Konto wird gemäß DSGVO gelöscht",
    """Sehr geehrter Kunde,

aufgrund der neuen DSGVO-Richtlinien werden alle nicht verifizierten Vielfliegerkonten
innerhalb von 24 Stunden endgültig gelöscht, inklusive aller Meilen.

Um die Löschung Ihrer persönlichen Daten zu verhindern, bestätigen Sie jetzt Ihre
Kontodaten und Kreditkarte:

>>> https://acme-miles-verify.example/konto/bestaetigen <<<

Mit freundlichen Grüßen
Ihr Acme Miles Datenschutzteam
""",
    IGN("spam", "sicherheit@acme-miles-verify.example"),
    headers=SPAM_HDR)

add("de-48-anbieter-loeschkonzept",
    "Tim Brenneke <t.brenneke@dsgvo-automat.example>",
    "Löschkonzept in 14 Tagen – auch für Airlines",
    """Hallo Datenschutz-Team,

wie viele Betroffenenanfragen zur Löschung personenbezogener Daten bearbeiten Sie pro Monat
noch manuell? Mit DSGVO-Automat löschen unsere Kunden Kundendaten über alle Systeme hinweg
per Knopfdruck und sparen bis zu 80 % Aufwand.

Für Unternehmen aus Luftfahrt und Lieferdiensten haben wir fertige Vorlagen.

Hätten Sie nächste Woche 20 Minuten für eine kurze Demo? Hier direkt einen Termin buchen:
https://dsgvo-automat.example/demo

Beste Grüße
Tim Brenneke
Senior Sales Manager

Wenn Sie keine weiteren Nachrichten wünschen, antworten Sie mit "Abmelden".
""",
    IGN("spam", "t.brenneke@dsgvo-automat.example"))

add("de-49-erbschaft-vorschuss",
    "Rechtsanwalt Dr. James Okonkwo <james.okonkwo@barrister-chambers.example>",
    "VERTRAULICH: Erbschaft Ihres verstorbenen Verwandten",
    """Sehr geehrter Freund,

ich bin Barrister James Okonkwo, persönlicher Anwalt von verstorbenem Ingenieur Hans Acme,
der mit seiner Familie bei einem Unfall ums Leben kam. Er hinterließ 8.500.000 USD bei einer
Bank, und da Sie den gleichen Nachnamen tragen, kann ich Sie als Begünstigten vorstellen.

Alle Ihre Daten werden nach der Transaktion gelöscht, für Ihre Sicherheit und Datenschutz.
Senden Sie mir Ihren vollen Namen, Telefonnummer und eine Kopie Ihres Ausweises. Eine kleine
Gebühr von 2.400 USD für die Übertragungsdokumente ist erforderlich.

Gott segne Sie
Barrister James Okonkwo
""",
    IGN("spam", "james.okonkwo@barrister-chambers.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="barrister-chambers.example")])

add("de-50-abwesenheitsnotiz",
    "Sabine Wörtz <sabine.woertz@stadtwerke-nord.example>",
    "Automatische Antwort: Ihre Datenschutzanfrage",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen Zugriff auf meine
E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brandl
(brandl@stadtwerke-nord.example, Tel. 0431 555 80).

Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Sabine Wörtz
""",
    IGN("auto_reply", "sabine.woertz@stadtwerke-nord.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("de-51-newsletter-datenschutzrecht",
    "Datenschutz-Praxis Newsletter <newsletter@datenschutz-praxis.example>",
    "Datenschutz-Praxis 11/2026: Auskunftsanspruch, Bußgelder, neue Leitlinien",
    """Datenschutz-Praxis – Ausgabe 11/2026

Liebe Leserinnen und Leser,

in dieser Ausgabe:
* BGH konkretisiert den Umfang des Auskunftsanspruchs nach Art. 15 DSGVO
* Bußgeld gegen Lieferdienst wegen Standortverfolgung von Fahrern
* EDSA veröffentlicht Leitlinien zu berechtigtem Interesse
* Praxistipp: Löschfristen richtig dokumentieren

Zum Weiterlesen: https://datenschutz-praxis.example/ausgabe-11-2026

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://datenschutz-praxis.example/abmelden
""",
    IGN("bulk", "newsletter@datenschutz-praxis.example"),
    headers=["List-Id: Datenschutz-Praxis <newsletter.datenschutz-praxis.example>",
             "List-Unsubscribe: <https://datenschutz-praxis.example/abmelden>",
             "Precedence: bulk"])

add("de-52-unzustellbar",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Unzustellbar: Ihre Anfrage",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
