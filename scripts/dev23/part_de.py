# Development set 23, German (Germany, Austria, Switzerland). Organisation: a coworking and
# serviced-office provider (badge access, meeting-room booking app, mail handling for virtual
# offices, visitor registration). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("de-01-art15-formal", "Dr. Friederike von Albrecht <f.vonalbrecht@albrecht-kanzlei.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

als Mieterin eines Einzelbüros in Ihrem Business Center Frankfurt-Westend (Vertragsnr. FFM-0774)
mache ich hiermit mein Recht auf Auskunft nach Art. 15 DSGVO geltend.

Bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich verarbeiten, und stellen Sie
mir eine Kopie zur Verfügung, insbesondere
- die Zutrittsprotokolle meiner Zugangskarte,
- etwaige Videoaufzeichnungen, auf denen ich erkennbar bin,
- die Einträge in Ihrem Kunden- und Ticketsystem.

Ich bitte um Erledigung innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Friederike von Albrecht
Rechtsanwältin
""",
    R(["Access"], "f.vonalbrecht@albrecht-kanzlei.example", "Friederike", "von Albrecht"))

add("de-02-besucher-loeschen", "Matthias Schröder <matthias.schroeder@web.example>",
    "Meine Daten als Besucher",
    """Hallo,

ich war im Oktober zweimal als Besucher in Ihrem Haus am Potsdamer Platz und musste mich am Empfang
mit Name, Firma, Handynummer und Foto registrieren. Bitte löschen Sie diese Angaben, ich komme
nicht wieder.

Danke
Matthias Schröder
""",
    R(["Erasure"], "matthias.schroeder@web.example", "Matthias", "Schröder"))

add("de-03-werbung-caps", "JÜRGEN WEISSMANN <j.weissmann@t-online.example>",
    "KEINE WERBUNG MEHR",
    """SEHR GEEHRTE DAMEN UND HERREN,

ICH WIDERSPRECHE HIERMIT JEDER NUTZUNG MEINER DATEN FÜR WERBUNG. KEINE NEWSLETTER, KEINE ANRUFE,
KEINE SMS. ICH HABE IHNEN DAS SCHON ZWEIMAL AM TELEFON GESAGT.

J. WEISSMANN
""",
    R(["Opposition"], "j.weissmann@t-online.example", "Jürgen", "Weissmann"))

add("de-04-geschaeftsadresse", "Svenja Krüger <svenja.krueger@krueger-design.example>",
    "Korrektur meiner Stammdaten",
    """Guten Tag,

bei meinem Geschäftsadresse-Paket sind zwei Angaben falsch hinterlegt: mein Geburtsdatum steht als
03.08.1989 im Kundenkonto, richtig ist der 08.03.1989. Außerdem heißt die Firma seit dem
Handelsregistereintrag "Krüger Design GmbH" statt "Svenja Krüger Grafikdesign". Bitte passen Sie
beides an, auch auf dem Türschild im Foyer.

Viele Grüße
Svenja Krüger
""",
    R(["Rectification"], "svenja.krueger@krueger-design.example", "Svenja", "Krüger"))

add("de-05-datenuebertragung", "Lukas Hoffmann <lukas.hoffmann@hoffmann-dev.example>",
    "Datenübertragung an neuen Anbieter",
    """Hallo zusammen,

wir ziehen mit unserem Dreierteam zu einem anderen Coworking-Anbieter um. Gemäß Art. 20 DSGVO
möchte ich meine Buchungsdaten, Rechnungen und Raumpräferenzen in einem strukturierten,
maschinenlesbaren Format erhalten - am liebsten direkt an onboarding@neuer-anbieter.example
übermittelt.

Beste Grüße
Lukas Hoffmann
""",
    R(["Portability"], "lukas.hoffmann@hoffmann-dev.example", "Lukas", "Hoffmann"))

add("de-06-kaution-einschraenken", "Anja Böhm <anja.boehm@gmx.example>",
    "Kaution / Videoaufnahmen - Einschränkung der Verarbeitung",
    """Sehr geehrte Damen und Herren,

Sie behalten meine Kaution ein, weil ich angeblich einen Stuhl im Besprechungsraum "Isar"
beschädigt habe, und berufen sich auf Videoaufnahmen. Ich bestreite das und habe einen Anwalt
eingeschaltet.

Ich verlange, dass die Verarbeitung meiner Daten eingeschränkt wird, bis die Sache geklärt ist. Die
Aufnahmen dürfen nicht gelöscht werden, aber auch nicht weitergegeben oder anderweitig genutzt
werden.

Mit freundlichen Grüßen
Anja Böhm
""",
    R(["Restriction"], "anja.boehm@gmx.example", "Anja", "Böhm"))

add("de-07-wien", "Florian Gruber <florian.gruber@aon.example>",
    "Auskunft und Löschung",
    """Grüß Gott,

ich war bis August Mitglied in Ihrem Standort in Wien-Neubau. Ich ersuche um Auskunft, welche Daten
Sie über mich noch gespeichert haben, und danach um deren Löschung, soweit keine gesetzliche
Aufbewahrungspflicht besteht.

Mit besten Grüßen aus Wien
Florian Gruber
""",
    R(["Access", "Erasure"], "florian.gruber@aon.example", "Florian", "Gruber"))

add("de-08-zuerich", "Reto Baumann <reto.baumann@bluewin.example>",
    "Besucherregistrierung - Frage zur Datenweitergabe",
    """Grüezi

Ich besuche regelmässig einen Kunden in Ihrem Business Center in Zürich-Oerlikon. Bei der
Registrierung am Empfang muss ich jedes Mal meine Handynummer angeben.

Ich möchte gerne wissen, wohin diese Daten übermittelt werden (auch ins Ausland?), wer die
Besucherliste einsehen kann und wann die Einträge gelöscht werden.

Freundliche Grüsse
Reto Baumann
""",
    R(["Information"], "reto.baumann@bluewin.example", "Reto", "Baumann"))

add("de-09-scoring-sperre", "Kemal Aydın <kemal.aydin@aydin-logistik.example>",
    "Zugang gesperrt wegen 'Risikobewertung'",
    """Hallo,

seit gestern ist mein Zugang gesperrt. In der App steht nur "Ihr Konto wurde aufgrund der
automatischen Risikobewertung (Zahlungsverhalten) eingeschränkt". Ich habe eine einzige Rechnung
drei Tage zu spät bezahlt, weil Ihre Lastschrift fehlgeschlagen ist.

Ich akzeptiere nicht, dass eine Software darüber entscheidet, ob ich an meinen Arbeitsplatz komme.
Bitte lassen Sie das von einem Menschen prüfen und teilen Sie mir mit, welche Kriterien da
eingeflossen sind.

Kemal Aydın
""",
    R(["AutomatedDecision"], "kemal.aydin@aydin-logistik.example", "Kemal", "Aydın"))

add("de-10-anwalt", "RA Dr. Konstantin Berger <k.berger@berger-partner.example>",
    "Unsere Mandantin Frau Melanie Hartmann - Auskunft und Einschränkung",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Melanie Hartmann anwaltlich vertreten; Vollmacht anbei. Unsere
Mandantin wurde am 5. November in der Tiefgarage Ihres Standorts Köln-Mediapark von einem
Fahrzeug angefahren.

Namens und im Auftrag unserer Mandantin verlangen wir
1. Auskunft über sämtliche zu ihrer Person gespeicherten Daten einschließlich einer Kopie der
   Videoaufzeichnungen der Tiefgarage vom 5. November zwischen 18:00 und 19:00 Uhr;
2. die Einschränkung der Verarbeitung dieser Aufzeichnungen: Sie sind bis zum Abschluss des
   Verfahrens aufzubewahren und dürfen nicht gelöscht werden.

Mit freundlichen Grüßen
Dr. Konstantin Berger
Rechtsanwalt
Berger & Partner Rechtsanwälte mbB
Diese E-Mail enthält vertrauliche Informationen.
""",
    R(["Access", "Restriction"], "k.berger@berger-partner.example", "Melanie", "Hartmann", representative="Konstantin Berger"))

add("de-11-betreuerin", "Sabine Winter <sabine.winter@betreuungsverein-hal.example>",
    "Kündigung und Löschung - Herr Horst Lehmann",
    """Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellte Betreuerin von Herrn Horst Lehmann (Bestellungsurkunde anbei). Herr
Lehmann ist an Demenz erkrankt und wird sein Virtual-Office in Halle nicht mehr nutzen.

Bitte kündigen Sie den Vertrag zum nächstmöglichen Zeitpunkt und löschen Sie anschließend seine
Daten. Noch eingehende Post senden Sie bitte an meine Vereinsadresse.

Mit freundlichen Grüßen
Sabine Winter
Betreuungsverein Halle e.V.
""",
    R(["Erasure"], "sabine.winter@betreuungsverein-hal.example", "Horst", "Lehmann", representative="Sabine Winter"))

add("de-12-konto-latin1", "Katrin Vogel <katrin.vogel@freenet.example>",
    "Konto löschen",
    """Bitte löschen Sie mein Konto in der Buchungs-App und alle dazugehörigen Daten. Danke, K. Vogel
""",
    R(["Erasure"], "katrin.vogel@freenet.example", "Katrin", "Vogel"),
    ct=LATIN1, encode="latin-1")

add("de-13-weiterleitung-empfang", "Niklas Braun <niklas.braun@acme-corp.example>",
    "WG: Frage zum Zutrittssystem",
    """Hallo Datenschutz-Team,

das kam gestern bei uns am Empfang rein, könnt ihr dem Kunden antworten?

Gruß
Niklas Braun
Empfang Berlin Mitte

---------- Weitergeleitete Nachricht ----------
Von: Tobias Engel <t.engel@engel-architektur.example>
Datum: Do., 12. Nov. 2026 um 17:20
Betreff: Frage zum Zutrittssystem
An: empfang.berlin@acme-corp.example

Hallo,

was genau speichert Ihr Zutrittssystem, wenn ich mit meiner Karte durch die Tür gehe? Nur Uhrzeit
und Tür, oder auch mehr? Und wie lange werden diese Daten aufbewahrt? Mein Arbeitgeber hat
angedeutet, dass er "die Logs anfragen" könnte - geben Sie so etwas heraus?

Viele Grüße
Tobias Engel
""",
    R(["Information"], "t.engel@engel-architektur.example", "Tobias", "Engel"))

add("de-14-post-nicht-oeffnen", "Lea Zimmermann <lea.zimmermann@acme-corp.example>",
    "WG: Widerspruch Postöffnung",
    "",
    R(["Opposition"], "h.paulsen@paulsen-consulting.example", "Henrik", "Paulsen"),
    attached=("Henrik Paulsen <h.paulsen@paulsen-consulting.example>", "Widerspruch gegen Öffnen meiner Post",
              """Guten Tag,

mir ist aufgefallen, dass meine Briefe in Hamburg geöffnet und eingescannt werden, obwohl ich nur
die Weiterleitung gebucht habe. Ich widerspreche dem Öffnen und Scannen meiner Post ausdrücklich.
Bitte leiten Sie sie künftig nur noch verschlossen weiter.

Mit freundlichen Grüßen
Henrik Paulsen
"""),
    note="Hallo, anbei eine Kundenmail an den Postservice Hamburg, bitte übernehmen. "
         "Lea Zimmermann, Postservice")

add("de-15-umlaut-name", "Wolfgang Müller <wolfgang.mueller@mueller-steuer.example>",
    "Schreibweise meines Namens",
    """Guten Tag,

keine Sorge, ich will mein Konto nicht löschen lassen oder kündigen. Aber ich werde in Ihrem System
überall als "Wolfgang Mueller" geführt - auf dem Türschild, den Rechnungen und im Besucher-Display,
wenn Gäste mich anmelden. Mein Name ist Müller mit ü. Bitte korrigieren Sie das.

Wolfgang Müller
Steuerberater
""",
    R(["Rectification"], "wolfgang.mueller@mueller-steuer.example", "Wolfgang", "Müller"))

add("de-16-beschwerde-lang", "Bernd Schulze-Hagen <b.schulze-hagen@sh-consult.example>",
    "Beschwerde Standort Stuttgart",
    """Sehr geehrte Damen und Herren,

ich bin seit drei Jahren Kunde und mittlerweile am Ende meiner Geduld. Im Standort Stuttgart-Mitte
ist es in der "Fokuszone" so laut wie in einer Bahnhofshalle, weil seit Oktober dort
Telefonkonferenzen geführt werden. Die Buchungs-App zeigt Räume als frei an, die belegt sind, und
zweimal stand ich mit Kunden vor einem besetzten Raum. Der Empfang zuckt nur mit den Schultern.

Als mich Ihr Vertrieb dann auch noch auf meinem privaten Handy angerufen hat, um mir ein "Upgrade"
anzubieten, war das Maß voll. Ich verlange eine Kopie aller über mich gespeicherten Daten, damit
ich nachvollziehen kann, woher Sie meine private Nummer haben, und ich untersage Ihnen, meine
Nummer weiter für Werbung zu nutzen.

Über eine Preisminderung für November reden wir separat.

Bernd Schulze-Hagen
""",
    R(["Access", "Opposition"], "b.schulze-hagen@sh-consult.example", "Bernd", "Schulze-Hagen"))

add("de-17-rechnung-html", "Carina Wolf <carina.wolf@wolf-pr.example>",
    "Rechnung Oktober",
    html("Hallo,",
         "ich finde meine Rechnung für Oktober nicht im Kundenportal. Können Sie sie mir bitte "
         "noch einmal schicken? Unsere Buchhaltung braucht sie bis Freitag.",
         "Danke und viele Grüße<br>Carina Wolf"),
    R(["Unknown"], "carina.wolf@wolf-pr.example", "Carina", "Wolf"),
    ct=HTML)

add("de-18-eventfotos", "Johanna Seidel <johanna.seidel@posteo.example>",
    "Fotos vom Sommerfest",
    """Hallo,

beim Sommerfest im Juli habe ich am Empfang angekreuzt, dass Fotos von mir gemacht werden dürfen.
Jetzt bin ich auf mehreren Bildern auf Ihrem Instagram-Kanal und auf der Website zu sehen. Ich
widerrufe meine Einwilligung und bitte Sie, die Bilder, auf denen ich zu sehen bin, zu entfernen
und zu löschen.

Johanna Seidel
""",
    R(["Opposition", "Erasure"], "johanna.seidel@posteo.example", "Johanna", "Seidel"))

add("de-19-task-avv-paketstation", "Stefanie Koch <stefanie.koch@acme-corp.example>",
    "AVV Paketstationen prüfen",
    """Hallo,

wir wollen an fünf Standorten smarte Paketstationen von ParcelBox aufstellen. Die Mitglieder
bekommen eine Abhol-PIN per SMS, der Anbieter speichert Namen, Handynummer und Abholzeiten.
Anbei der Auftragsverarbeitungsvertrag des Anbieters - könnt ihr den bis Ende des Monats prüfen?

Danke
Stefanie Koch
Operations
""",
    TASK("stefanie.koch@acme-corp.example", "Stefanie", "Koch"))

add("de-20-task-dsfa-muenchen", "Moritz Kaiser <moritz.kaiser@acme-corp.example>",
    "DSFA Videoüberwachung München Werksviertel",
    """Servus,

für den neuen Standort im Werksviertel ist Videoüberwachung in Lobby, Tiefgarage und an den
Postfächern geplant, und der Vermieter möchte Zugriff auf die Aufnahmen der Tiefgarage. Brauchen
wir dafür eine Datenschutz-Folgenabschätzung? Falls ja, könnt ihr die anstoßen? Eröffnung ist im
März.

Moritz Kaiser
Standortleitung München
""",
    TASK("moritz.kaiser@acme-corp.example", "Moritz", "Kaiser"))

add("de-21-task-vvt-wlan", "Julia Lange <julia.lange@acme-corp.example>",
    "VVT-Eintrag für neues WLAN-Gästeportal",
    """Hallo,

IT stellt im Dezember auf ein neues WLAN-Captive-Portal um, bei dem sich Gäste mit E-Mail oder
Social Login anmelden. Bitte ergänzt das Verzeichnis von Verarbeitungstätigkeiten und schaut, ob
die Datenschutzhinweise auf der Login-Seite passen.

Julia Lange
IT-Projektleitung
""",
    TASK("julia.lange@acme-corp.example", "Julia", "Lange"))

add("de-22-inc-post-falsch", "Patrick Schmitt <patrick.schmitt@acme-corp.example>",
    "Datenpanne: Post an falschen Kunden weitergeleitet",
    """Hallo,

ich muss einen Fehler melden. Bei der wöchentlichen Postweiterleitung in Düsseldorf wurde ein
Umschlag mit Post für Frau Dr. Yilmaz (u. a. Arztbriefe) an die Weiterleitungsadresse eines
anderen Kunden geschickt. Der Kunde hat uns heute angerufen und will die Briefe zurücksenden.

Patrick Schmitt
Postservice Düsseldorf
""",
    INC("patrick.schmitt@acme-corp.example", "Patrick", "Schmitt"))

add("de-23-inc-tablet-liste", "Dennis Kowalski <dennis.kowalski@kowalski-it.example>",
    "Besucherliste am Empfangstablet einsehbar",
    """Hallo,

als ich mich heute Morgen am Tablet im Empfang Leipzig angemeldet habe, hing die App und zeigte
plötzlich die komplette Besucherliste des Tages: Namen, Firmen, Handynummern, wen sie besuchen.
Jeder, der dort steht, kann das sehen. Ich wollte Sie darauf hinweisen.

Dennis Kowalski
""",
    INC("dennis.kowalski@kowalski-it.example", "Dennis", "Kowalski"))

add("de-24-inc-usb", "Nina Fischer <nina.fischer@acme-corp.example>",
    "USB-Stick mit Videoaufnahmen verloren",
    """Hallo,

ich hatte für die Polizei Aufnahmen der Lobby (Diebstahl vom 2.11.) auf einen USB-Stick kopiert.
Der Stick ist weg - vermutlich in der S-Bahn verloren. Er war nicht verschlüsselt. Darauf sind
etwa zwei Stunden Lobby-Aufnahmen mit Mitgliedern und Besuchern.

Nina Fischer
Centermanagerin Hannover
""",
    INC("nina.fischer@acme-corp.example", "Nina", "Fischer"))

add("de-25-fu-frist", "Uwe Hartung <uwe.hartung@hartung-bau.example>",
    "AW: [DSR-61840] Eingangsbestätigung Ihrer Anfrage",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist seit dem 10. November abgelaufen. Wenn ich bis Ende der Woche nichts höre,
wende ich mich an die Aufsichtsbehörde.

Uwe Hartung

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Betreff: [DSR-61840] Eingangsbestätigung Ihrer Anfrage
> Ihre Anfrage wurde unter der Nummer DSR-61840 registriert.
""",
    FU("61840", "uwe.hartung@hartung-bau.example", "Uwe", "Hartung"))

add("de-26-fu-format", "Lukas Hoffmann <lukas.hoffmann@hoffmann-dev.example>",
    "Re: Datenübertragung an neuen Anbieter",
    """Kurze Ergänzung: Der neue Anbieter kann JSON oder CSV importieren, XLSX leider nicht. Danke!

Lukas

Am 16.11.2026 schrieb Lukas Hoffmann:
> wir ziehen mit unserem Dreierteam zu einem anderen Coworking-Anbieter um.
""",
    FU(ref("de-05-datenuebertragung"), "lukas.hoffmann@hoffmann-dev.example", "Lukas", "Hoffmann"),
    headers=irt("de-05-datenuebertragung"))

add("de-27-spam-abmahnung", "Kanzlei Datenschutzrecht <abmahnung@dsgvo-kanzlei24.example>",
    "Abmahnung wegen DSGVO-Verstoß - Zahlungsfrist 7 Tage",
    """Sehr geehrte Damen und Herren,

auf Ihrer Website wurden Google Fonts ohne Einwilligung eingebunden. Dadurch wurden personenbezogene
Daten unseres Mandanten unrechtmäßig übermittelt. Zur Vermeidung eines Gerichtsverfahrens zahlen
Sie bitte 170 EUR Schadensersatz auf das unten genannte Konto.

Kanzlei Datenschutzrecht
""",
    IGN("spam", "abmahnung@dsgvo-kanzlei24.example"),
    headers=SPAM_HDR)

add("de-28-spam-postfach", "IT Support <support@postfach-update.example>",
    "Ihr Postfach ist voll - Aktion erforderlich",
    """Sehr geehrter Nutzer,

Ihr Postfach privacy@acme-corp.example hat 99 % des Speichers erreicht. Eingehende Nachrichten
werden abgelehnt. Klicken Sie hier, um den Speicher kostenlos zu erweitern:

https://postfach-update.example/erweitern

IT Support
""",
    IGN("spam", "support@postfach-update.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="postfach-update.example")])

add("de-29-abwesend", "Claudia Reinhardt <c.reinhardt@reinhardt-immobilien.example>",
    "Abwesenheitsnotiz: Ihre Nachricht",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@reinhardt-immobilien.example.

Claudia Reinhardt
""",
    IGN("auto_reply", "c.reinhardt@reinhardt-immobilien.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-30-verband-newsletter", "Bundesverband Coworking <newsletter@coworking-verband.example>",
    "Verbands-Newsletter 11/2026",
    """Liebe Mitglieder,

in dieser Ausgabe:
* Rückblick auf den Coworking-Tag 2026
* Neue Muster-Datenschutzhinweise für Besucherregistrierung
* Umfrage zu Flächenauslastung

Sie erhalten diesen Newsletter als Mitglied des Verbandes. Abmelden: https://coworking-verband.example/abmelden
""",
    IGN("bulk", "newsletter@coworking-verband.example"),
    headers=["List-Id: Verbandsnewsletter <news.coworking-verband.example>",
             "List-Unsubscribe: <mailto:abmelden@coworking-verband.example>",
             "Precedence: list"])
