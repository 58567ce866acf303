# Development set 21, German (Germany, Austria, Switzerland).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("de-01-was-gespeichert", "Jonas Weißenberger <jonas.weissenberger@posteo-mail.example>",
    "Was habt ihr eigentlich alles über mich?",
    """Hallo zusammen,

ich fahre seit Jahren mit eurem Abo und der RegioPass-Chipkarte und frage mich langsam, was da alles
zusammenkommt. Schickt mir bitte mal alles, was ihr zu meiner Person gespeichert habt, inklusive
der Fahrten, die über die Karte gelaufen sind.

Danke und Gruß
Jonas Weißenberger
""", R(["Access"], "jonas.weissenberger@posteo-mail.example", "Jonas", "Weißenberger"))

add("de-02-jahreskarte-at", "Theresa Pichler <theresa.pichler@aon-mail.example>",
    "Kundenkonto auflösen",
    """Grüß Gott,

ich habe meine Jahreskarte nicht verlängert, weil ich nach Graz übersiedelt bin. Bitte lösen Sie mein
Kundenkonto auf und löschen Sie sämtliche Daten, die Sie von mir haben.

Mit freundlichen Grüßen
Theresa Pichler
""", R(["Erasure"], "theresa.pichler@aon-mail.example", "Theresa", "Pichler"))

add("de-03-kundenmagazin", "Wolfgang Krämer <w.kraemer@t-mail.example>",
    "Keine Post mehr",
    """Sehr geehrte Damen und Herren,

seit ich ein Abo habe, bekomme ich jeden Monat Ihr Kundenmagazin „Unterwegs" und Prospekte zu
Ausflugstickets. Ich möchte das nicht. Bitte verwenden Sie meine Anschrift ausschließlich für
die Abo-Abwicklung und nicht mehr für Werbung.

Mit freundlichen Grüßen
Wolfgang Krämer
""", R(["Opposition"], "w.kraemer@t-mail.example", "Wolfgang", "Krämer"))

add("de-04-adresse-ch", "Reto Baumgartner <reto.baumgartner@bluemail-ch.example>",
    "Adressaenderung",
    """Gruezi

Ich bin per 1. November von Winterthur nach Schaffhausen umgezogen. Neue Adresse: Vordergasse 41,
8200 Schaffhausen. Bitte passen Sie meine Adresse fuer das Regionalabo an, die Rechnung ist noch an
die alte Adresse gegangen.

Freundliche Gruesse
Reto Baumgartner
""", R(["Rectification"], "reto.baumgartner@bluemail-ch.example", "Reto", "Baumgartner"))

add("de-05-inkasso", "Derya Aksoy <derya.aksoy@gmx-mail.example>",
    "Weitergabe an Inkassobüro",
    """Hallo,

ich habe letztes Jahr ein erhöhtes Beförderungsentgelt bekommen und es erst spät bezahlt. Jetzt
habe ich Post von einem Inkassobüro bekommen, obwohl alles erledigt ist. Welche Daten geben Sie an
solche Firmen weiter, auf welcher Grundlage, und wie lange speichern Sie die Daten zu so einem
Vorgang? Da die Sache bezahlt ist, löschen Sie den Vorgang bitte auch gleich aus Ihren Systemen.

Viele Grüße
Derya Aksoy
""", R(["Information", "Erasure"], "derya.aksoy@gmx-mail.example", "Derya", "Aksoy"))

add("de-06-auto-nachforderung", "Friedrich Hansen <f.hansen@nordpost.example>",
    "Automatische Nachforderung - Überprüfung durch einen Menschen",
    """Sehr geehrte Damen und Herren,

über die App „RegioPass Check-in/Be-out" wurde mir am 9. November automatisch eine Nachforderung
von 60 Euro belastet, weil das System angeblich keinen gültigen Check-in erkannt hat. Es gab keinen
Kontrolleur, keine Anhörung, nichts. Das Handy war die ganze Zeit an und die App aktiv.

Ich fechte diese automatisierte Entscheidung an und verlange, dass ein Mitarbeiter den Fall prüft.
Außerdem möchte ich wissen, nach welcher Logik das System entscheidet.

Friedrich Hansen
""", R(["AutomatedDecision"], "f.hansen@nordpost.example", "Friedrich", "Hansen"))

add("de-07-art15-20", "Dr. Katharina von Ahlefeldt <k.vonahlefeldt@kanzlei-mail.example>",
    "Auskunftsersuchen gem. Art. 15 DSGVO sowie Herausgabe gem. Art. 20 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich meinen Auskunftsanspruch nach Art. 15 DSGVO geltend. Bitte teilen Sie mir mit,
welche personenbezogenen Daten Sie über mich verarbeiten, zu welchen Zwecken, an welche Empfänger
sie übermittelt wurden und wie lange sie gespeichert werden.

Ferner bitte ich gemäß Art. 20 DSGVO um Übermittlung der von mir bereitgestellten Daten sowie der
Fahrtdaten meines Abonnements in einem strukturierten, gängigen und maschinenlesbaren Format.

Ich setze Ihnen hierfür eine Frist von einem Monat ab Zugang dieses Schreibens.

Mit freundlichen Grüßen
Dr. Katharina von Ahlefeldt
""", R(["Access", "Portability"], "k.vonahlefeldt@kanzlei-mail.example", "Katharina", "von Ahlefeldt"))

add("de-08-einschraenkung", "Uwe Schäfer <uwe.schaefer@web-post.example>",
    "Bestreite die Richtigkeit - bitte Verarbeitung einschränken",
    """Guten Tag,

in Ihren Unterlagen steht, ich sei am 14.10. in der Linie S3 ohne Fahrschein angetroffen worden. Ich
war an diesem Tag nachweislich auf Dienstreise in München. Offenbar hat jemand meinen Ausweis
benutzt oder es liegt eine Verwechslung vor.

Bis die Sache geklärt ist, sollen meine Daten gesperrt werden und nicht weiterverwendet werden,
insbesondere nicht für Mahnungen.

Uwe Schäfer
""", R(["Restriction"], "uwe.schaefer@web-post.example", "Uwe", "Schäfer"))

add("de-09-betreuerin", "Sabine Brandt <sabine.brandt@familie-mail.example>",
    "Meine Mutter Gertrud Brandt - Werbung und Daten",
    """Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellte Betreuerin meiner Mutter, Frau Gertrud Brandt (87), die an Demenz
erkrankt ist. Sie bekommt laufend Werbebriefe und Anrufe von Ihnen zu Seniorenreisen und hat
daraufhin schon zweimal ein Ticket bestellt, das sie nicht braucht.

Ich widerspreche in ihrem Namen jeder Nutzung ihrer Daten für Werbung und bitte, alle Daten außer
denen für ihre laufende Seniorenkarte zu löschen. Den Betreuerausweis füge ich bei.

Sabine Brandt
""", R(["Opposition", "Erasure"], "sabine.brandt@familie-mail.example", "Gertrud", "Brandt",
       representative="Sabine Brandt"))

add("de-10-fundbuero", "Lena Hofmann <lena.hofmann@mailbox-de.example>",
    "Kinderwagen im Zug vergessen",
    """Hallo, wir haben am Sonntag im RE nach Lindau unseren Kinderwagen (grau, Marke Bugaboo) stehen
lassen. Ist der beim Fundbüro abgegeben worden? Wie kann ich das nachfragen?
LG Lena Hofmann
""", R(["Unknown"], "lena.hofmann@mailbox-de.example", "Lena", "Hofmann"))

add("de-11-html-standort", "Niklas Vogt <niklas.vogt@outlook-mail.example>",
    "Standortfreigabe in der App",
    html("Hallo,",
         "ich habe der App beim Einrichten erlaubt, meinen Standort „zur Verbesserung des Angebots&quot; zu nutzen. Diese Einwilligung widerrufe ich hiermit.",
         "Die App selbst will ich weiter nutzen.",
         "Gruß<br>Niklas Vogt"),
    R(["Opposition"], "niklas.vogt@outlook-mail.example", "Niklas", "Vogt"), ct=HTML)

add("de-12-lange-geschichte", "Mehmet Yıldırım <mehmet.yildirim@post-mail.example>",
    "Beschwerde über Kontrolleure am 6.11.",
    """Sehr geehrte Damen und Herren,

ich muss mich massiv beschweren. Am 6. November gegen 17:45 Uhr wurde ich in der Straßenbahn Linie 2
von zwei Kontrolleuren kontrolliert. Mein Monatsticket war auf dem Handy, der Akku war fast leer,
und während ich es zeigen wollte, ging das Handy aus. Statt zu warten, hat mich einer der beiden am
Arm gepackt und an der nächsten Haltestelle aus der Bahn gezogen. Vor allen Leuten.

Ich habe blaue Flecken am Arm und war beim Arzt. In der Bahn hängen Kameras. Ich möchte die
Aufnahmen von mir aus dieser Fahrt bekommen, bevor sie gelöscht werden, damit ich belegen kann, was
passiert ist. Ich überlege, Anzeige zu erstatten.

Ich erwarte außerdem eine Entschuldigung Ihres Unternehmens.

Mehmet Yıldırım
Tel. 0171 0000000
""", R(["Access"], "mehmet.yildirim@post-mail.example", "Mehmet", "Yıldırım"))

add("de-13-weiterleitung-kundencenter", "Kundencenter Hauptbahnhof <kundencenter.hbf@acme-corp.example>",
    "WG: Bankverbindung löschen nach Kündigung",
    """Hallo Datenschutz,

bitte einmal übernehmen und der Kundin direkt antworten. Das Abo ist zum 31.10. gekündigt.

Danke, Petra

-----Ursprüngliche Nachricht-----
Von: Johanna Seidel <johanna.seidel@freenet-mail.example>
Gesendet: Mittwoch, 11. November 2026 09:12
An: kundencenter.hbf@acme-corp.example
Betreff: Bankverbindung löschen nach Kündigung

Guten Tag, mein Abo ist gekündigt. Bitte löschen Sie meine IBAN und das SEPA-Mandat aus Ihrem
System, ich möchte nicht, dass Sie meine Bankdaten weiter aufbewahren.
Johanna Seidel
""", R(["Erasure"], "johanna.seidel@freenet-mail.example", "Johanna", "Seidel"))

add("de-14-anhang-azubiticket", "Kundendialog <kundendialog@acme-corp.example>",
    "WG: Foto beim Azubi-Ticket", "",
    R(["Information"], "finn.lorenz@azubi-mail.example", "Finn", "Lorenz"),
    attached=("Finn Lorenz <finn.lorenz@azubi-mail.example>", "Foto beim Azubi-Ticket",
              """Hallo,

warum muss ich für das Azubi-Ticket ein Foto hochladen und meinen Ausbildungsvertrag? Wer bei euch
sieht das und wie lange wird das aufgehoben? Wird der Vertrag an meinen Betrieb weitergegeben?

Finn
"""),
    note="Kundenanfrage zur Verarbeitung beim Azubi-Ticket, bitte an Datenschutz zur Beantwortung. Gruß, Kundendialog (M. Jäger)")

add("de-15-nur-telefon", "Angelika Roth <angelika.roth@tonline-mail.example>",
    "Telefonnummer falsch",
    """Hallo,

nein, ich will nichts gelöscht haben und auch keine Auskunft. Es geht nur darum, dass in meinem
Kundenkonto eine falsche Handynummer steht (0151 2345 678 statt 0151 2345 687), deshalb kommen die
Verspätungs-SMS nicht an. Bitte korrigieren.

Angelika Roth
""", R(["Rectification"], "angelika.roth@tonline-mail.example", "Angelika", "Roth"))

add("de-16-ohne-punkt", "schnecke77@funmail.example", "löschen",
    """hallo bitte alles löschen was ihr von mir habt konto brauch ich nicht mehr danke
""", R(["Erasure"], "schnecke77@funmail.example"))

add("de-17-caps-video", "Horst Lehmann <horst.lehmann@rentner-mail.example>",
    "WIDERSPRUCH VIDEOÜBERWACHUNG",
    """ICH WIDERSPRECHE HIERMIT DER AUFZEICHNUNG MEINER PERSON DURCH DIE KAMERAS IN IHREN BUSSEN. ICH
BIN EIN UNBESCHOLTENER BÜRGER UND WILL NICHT GEFILMT WERDEN. ALLE AUFNAHMEN, AUF DENEN ICH ZU SEHEN
BIN, SIND SOFORT ZU LÖSCHEN.

HORST LEHMANN
""", R(["Opposition", "Erasure"], "horst.lehmann@rentner-mail.example", "Horst", "Lehmann"))

add("de-18-erbin", "Monika Albrecht <monika.albrecht@mail-sued.example>",
    "Todesfall - Abo meines Vaters",
    """Sehr geehrte Damen und Herren,

mein Vater, Herr Klaus Albrecht, ist am 19. Oktober verstorben. Er hatte ein Abo 65plus. Als
Alleinerbin bitte ich, das Abo zum nächstmöglichen Zeitpunkt zu beenden, zu viel gezahlte Beträge
zu erstatten und seine Daten anschließend zu löschen. Sterbeurkunde und Erbschein liegen bei.

Mit freundlichen Grüßen
Monika Albrecht
""", R(["Erasure"], "monika.albrecht@mail-sued.example", "Klaus", "Albrecht",
       representative="Monika Albrecht"))

add("de-19-verkehrsplanung", "Paulina Zimmermann <paulina.zimmermann@uni-mail.example>",
    "Nutzung der Fahrtdaten für Planung?",
    """Hallo,

ich schreibe gerade an einer Hausarbeit über Mobilitätsdaten und bin selbst Kundin. Werden die
Check-in-Daten der RegioPass-Karte für die Verkehrsplanung genutzt? Wenn ja, werden sie vorher
anonymisiert, und bekommen Städte oder Verkehrsverbünde personenbezogene Daten?

Beste Grüße
Paulina Zimmermann
""", R(["Information"], "paulina.zimmermann@uni-mail.example", "Paulina", "Zimmermann"))

add("de-20-name-latin1", "Jürgen Müller-Lüdenscheidt <j.mueller-luedenscheidt@altmail.example>",
    "Schreibweise meines Namens",
    """Sehr geehrte Damen und Herren,

auf meiner Abokarte und in allen Schreiben steht "Juergen Mueller-Luedenscheidt". Mein Name wird
mit Umlauten geschrieben: Jürgen Müller-Lüdenscheidt. Ich bitte um Berichtigung in Ihren Daten.

Hochachtungsvoll
Jürgen Müller-Lüdenscheidt
""", R(["Rectification"], "j.mueller-luedenscheidt@altmail.example", "Jürgen", "Müller-Lüdenscheidt"),
    ct=LATIN1, encode="latin-1")

add("de-21-at-auskunft-berichtigung", "Mag. Florian Gruber <florian.gruber@chello-mail.example>",
    "Ersuchen um Auskunft und Richtigstellung",
    """Sehr geehrte Damen und Herren,

ich ersuche um Auskunft, welche Daten zu meiner Person im Zusammenhang mit meiner Jahreskarte
gespeichert sind. Bei der letzten Verlängerung ist mir aufgefallen, dass mein Geburtsdatum mit
12.03.1976 angegeben ist; richtig ist 21.03.1976 (siehe Meldezettel). Ich ersuche, dies richtig zu
stellen.

Mit freundlichen Grüßen
Mag. Florian Gruber
""", R(["Access", "Rectification"], "florian.gruber@chello-mail.example", "Florian", "Gruber"))

add("de-22-task-avv-inkasso", "Stefanie Koch <stefanie.koch@acme-corp.example>",
    "AVV mit neuem Inkassodienstleister",
    """Hallo liebes Datenschutzteam,

wir wechseln zum 1.1. den Dienstleister für das Forderungsmanagement bei erhöhten
Beförderungsentgelten. Anbei der Entwurf des Auftragsverarbeitungsvertrags von FairInkasso GmbH.
Könnt ihr den bis Mitte Dezember prüfen? Insbesondere die TOMs kommen mir dünn vor.

Viele Grüße
Stefanie Koch
Forderungsmanagement
""", TASK("stefanie.koch@acme-corp.example", "Stefanie", "Koch"))

add("de-23-task-vvt", "Markus Neumann <markus.neumann@acme-corp.example>",
    "Eintrag ins Verarbeitungsverzeichnis - automatische Fahrgastzählung",
    """Hallo,

die neuen 3D-Sensoren zur Fahrgastzählung in den Regionalzügen gehen im Januar in Betrieb. Laut
Hersteller werden keine Bilder gespeichert, nur Zählwerte. Bitte nehmt das ins Verzeichnis von
Verarbeitungstätigkeiten auf und sagt mir, ob ihr noch Unterlagen braucht.

Markus Neumann
Angebotsplanung
""", TASK("markus.neumann@acme-corp.example", "Markus", "Neumann"))

add("de-24-task-fragebogen", "Vertrieb Verbundkooperation <vertrieb@acme-corp.example>",
    "Datenschutz-Fragebogen des Verkehrsverbunds",
    """Hallo zusammen,

der Verkehrsverbund hat uns im Rahmen der neuen Einnahmeaufteilung einen Datenschutz-Fragebogen
(42 Fragen) geschickt. Könntet ihr den ausfüllen oder mir sagen, wer das macht? Abgabe ist der
4. Dezember.

Danke
Carina Schulte
Vertrieb & Kooperationen
""", TASK("vertrieb@acme-corp.example", "Carina", "Schulte"))

add("de-25-inc-fehlversand", "Tobias Wagner <tobias.wagner@acme-corp.example>",
    "Excel mit Abokunden an falschen Empfänger",
    """Hallo,

ich habe heute um 10:20 eine Excel-Datei mit ca. 2.300 Abokunden (Name, Adresse, IBAN) versehentlich
an die Druckerei Müller statt an unseren Lettershop geschickt. Die Druckerei hat bestätigt, dass sie
die Datei gelöscht hat, aber ich wollte es trotzdem melden.

Tobias Wagner
Aboservice
""", INC("tobias.wagner@acme-corp.example", "Tobias", "Wagner"))

add("de-26-inc-fundliste", "Carsten Böhm <carsten.boehm@privat-mail.example>",
    "Ihr Fundbüro hat mir eine Liste geschickt",
    """Guten Tag,

ich hatte beim Fundbüro nach meiner Jacke gefragt. Als Antwort kam eine E-Mail mit einer
angehängten Liste ALLER Fundsachen der letzten Woche, inklusive Namen, Telefonnummern und
Adressen der Leute, die Sachen verloren haben. Das dürfte so nicht sein, oder?

Carsten Böhm
""", INC("carsten.boehm@privat-mail.example", "Carsten", "Böhm"))

add("de-27-inc-ransomware", "IT-Servicedesk <servicedesk@acme-corp.example>",
    "Sicherheitsvorfall Kundencenter-PC Bahnhof Süd",
    """Hallo Datenschutz,

am PC im Kundencenter Bahnhof Süd ist heute früh eine Verschlüsselungssoftware (Ransomware)
aktiv geworden. Auf dem Rechner lagen lokale Kopien von Abo-Anträgen mit Ausweiskopien. Der PC ist
vom Netz, die Forensik läuft. Wir melden das vorsorglich, für eine Bewertung der Meldepflicht.

Gruß
Daniel Kurz
IT-Sicherheit
""", INC("servicedesk@acme-corp.example", "Daniel", "Kurz"))

add("de-28-dsr-nachfrage", "Ingrid Walter <ingrid.walter@mail-ost.example>",
    "AW: [DSR-72155] Eingangsbestätigung Ihrer Anfrage",
    """Guten Tag,

die Monatsfrist ist gestern abgelaufen. Bitte teilen Sie mir mit, wann ich die Auskunft erhalte.

Ingrid Walter

>> Ihre Anfrage wurde unter der Nummer DSR-72155 erfasst.
""", FU("72155", "ingrid.walter@mail-ost.example", "Ingrid", "Walter"))

add("de-29-irt-ergaenzung", "Jonas Weißenberger <jonas.weissenberger@posteo-mail.example>",
    "AW: Was habt ihr eigentlich alles über mich?",
    """Noch ein Nachtrag: Ich hatte 2022 auch kurz ein Jobticket über meinen alten Arbeitgeber. Bitte das
auch berücksichtigen.

Jonas
""", FU(ref("de-01-was-gespeichert"), "jonas.weissenberger@posteo-mail.example", "Jonas", "Weißenberger"),
    headers=irt("de-01-was-gespeichert"))

add("de-30-spam-abmahnung", "Datenschutz-Abmahnstelle <info@dsgvo-abmahnung.example>",
    "Abmahnung wegen DSGVO-Verstoß - Zahlungsaufforderung",
    """Sehr geehrte Damen und Herren,

auf Ihrer Website wurden Google Fonts ohne Einwilligung eingebunden. Zur Vermeidung eines
gerichtlichen Verfahrens zahlen Sie 170 Euro Schadensersatz binnen 7 Tagen. Nach Zahlung werden
sämtliche erhobenen Daten gelöscht.

Zahlungslink: http://dsgvo-abmahnung.example/zahlen
""", IGN("spam", "info@dsgvo-abmahnung.example"), headers=SPAM_HDR)

add("de-31-spam-zertifikat", "Zertifizierungsstelle <office@datenschutz-siegel.example>",
    "Ihr Datenschutz-Siegel läuft ab",
    """Sehr geehrte Geschäftsführung,

Ihr Datenschutz-Siegel für acme-corp.example läuft in 3 Tagen ab. Ohne Siegel drohen Bußgelder.
Jetzt verlängern für nur 299 Euro: http://datenschutz-siegel.example/verlaengern

Mit freundlichen Grüßen
Ihre Zertifizierungsstelle
""", IGN("spam", "office@datenschutz-siegel.example"),
    headers=[AUTH(dmarc="fail", dkim="none", dom="datenschutz-siegel.example")])

add("de-32-abwesenheit", "Susanne Keller <susanne.keller@landkreis-mail.example>",
    "Abwesenheitsnotiz: Ihre Nachricht",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.11. nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an nahverkehr@landkreis-mail.example.

Susanne Keller
Landratsamt, Sachgebiet ÖPNV
""", IGN("auto_reply", "susanne.keller@landkreis-mail.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-33-unzustellbar", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Unzustellbar: Ihre Anfrage", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
