# Holdout set 15, German (Germany, Austria, Switzerland). Written blind.
# Organisation: solar panels / heat pumps with a home-energy monitoring app, and a blood and
# plasma donation service.
from common import *

# ---------------------------------------------------------------- requests

add("de-01", "Jonas Müller <jonas.mueller@web.example>", "Frage",
    """Hallo, welche Daten habt ihr eigentlich alles über mich gespeichert? Danke, Jonas Müller
""", R(["Access"], "jonas.mueller@web.example", "Jonas", "Müller"))

add("de-02", "Dr. Claudia Hoffmann-Reiter <c.hoffmann-reiter@t-online.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft nach Art. 15 DSGVO geltend. Ich bin seit 2022 Kundin (Photovoltaikanlage mit Speicher, Vertragsnummer PV-2022-04417) und nutze Ihre Energie-App.

Bitte teilen Sie mir mit, ob und welche personenbezogenen Daten Sie über mich verarbeiten, und stellen Sie mir eine Kopie dieser Daten zur Verfügung. Die Auskunft soll sich insbesondere erstrecken auf die Verarbeitungszwecke, die Empfänger, die geplante Speicherdauer sowie die Herkunft der Daten, soweit diese nicht bei mir erhoben wurden.

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen

Dr. Claudia Hoffmann-Reiter
Am Lindenhof 9
69120 Heidelberg
""", R(["Access"], "c.hoffmann-reiter@t-online.example", "Claudia", "Hoffmann-Reiter"))

add("de-03", "Reto Brunner <reto.brunner@bluewin.example>", "Auskunftsbegehren und Adressänderung",
    """Grüezi

Ich habe im Oktober von Winterthur nach Schaffhausen gezügelt. Bitte passen Sie meine Postadresse in meinem Kundenkonto (Wärmepumpe und Monitoring) an: Vordergasse 21, 8200 Schaffhausen.

Gleichzeitig stelle ich gestützt auf Art. 25 DSG ein Auskunftsbegehren: Ich möchte wissen, welche Personendaten Sie über mich bearbeiten, und bitte um eine Kopie davon.

Freundliche Grüsse
Reto Brunner
Natel 079 412 55 63
""", R(["Rectification", "Access"], "reto.brunner@bluewin.example", "Reto", "Brunner"))

add("de-04", "Katharina Gruber <katharina.gruber@aon.example>", "SMS Erinnerungen",
    """Grüß Gott,

ich bekomm seit Wochen jeden zweiten Tag eine SMS, dass ich wieder Blut spenden kommen soll. Ich spende eh regelmäßig, aber diese Erinnerungen möchte ich bitte nicht mehr bekommen. Meinen Spenderausweis und die App will ich schon behalten.

Liebe Grüße aus Graz
Katharina Gruber
""", R(["Opposition"], "katharina.gruber@aon.example", "Katharina", "Gruber"))

add("de-05", "MANFRED KRAUSE <m.krause@freenet.example>", "DATEN LÖSCHEN!!!",
    """LÖSCHEN SIE SOFORT ALLE MEINE DATEN. ICH HABE NIE EINEN VERTRAG MIT IHNEN GEMACHT UND WILL AUCH KEINEN. WENN ICH NOCH EINMAL POST VON IHNEN BEKOMME GEHE ICH ZUM ANWALT.

MANFRED KRAUSE
""", R(["Erasure"], "m.krause@freenet.example", "Manfred", "Krause"))

add("de-06", "Sabine Schulte <sabine.schulte@gmx.example>", "Beschwerde Wärmepumpe - so nicht!",
    """Sehr geehrte Damen und Herren,

ich schreibe Ihnen, weil ich mit meiner Geduld am Ende bin. Seit der Installation der Wärmepumpe im März hatten wir drei Ausfälle, jeweils an den kältesten Tagen. Der Monteur kam jedes Mal erst nach vier bis fünf Tagen, beim letzten Mal saßen wir mit einem Kleinkind bei 14 Grad im Wohnzimmer. Beim dritten Termin hat er den Schmutzfänger ausgebaut, auf unseren neuen Teppich gelegt und ist dann ohne ein Wort gegangen.

Ihre Hotline verweist auf die App, die App verweist auf die Hotline. In der App sehe ich zwar, dass die Anlage einen Fehler meldet, aber niemand reagiert darauf.

Was mich zusätzlich ärgert: Gleichzeitig bekomme ich von Ihnen E-Mails, in denen mir "basierend auf Ihrem Verbrauch" eine Klimaanlage und ein größerer Speicher angeboten werden. Ich widerspreche hiermit ausdrücklich der Verwendung meiner Verbrauchsdaten für Werbezwecke und möchte keine solchen Angebote mehr erhalten.

Ich erwarte bis Ende der Woche einen Anruf von jemandem, der die Reparatur verbindlich terminiert, und eine Gutschrift für die Reinigung des Teppichs.

Mit freundlichen Grüßen
Sabine Schulte
Hauptstraße 112
33647 Bielefeld
""", R(["Opposition"], "sabine.schulte@gmx.example", "Sabine", "Schulte"))

add("de-07", "Felix Wagner <felix.wagner@posteo.example>", "Export meiner Verbrauchsdaten",
    html("Hallo zusammen,",
         "ich wechsle zum Jahresende zu einem anderen Anbieter für mein Energiemonitoring. Könnt ihr mir alle "
         "Messwerte meiner PV-Anlage und des Smart Meters (am liebsten 15-Minuten-Werte seit Inbetriebnahme) "
         "als CSV oder JSON bereitstellen, damit ich sie dort importieren kann?",
         "Der Export in der App geht leider nur monatsweise als PDF.",
         "Viele Grüße<br>Felix Wagner"),
    R(["Portability"], "felix.wagner@posteo.example", "Felix", "Wagner"), ct=HTML)

add("de-08", "Lena Schneider <lena.schneider@icloud.example>", "Spenderkonto",
    """Hallo,

ich werde aus gesundheitlichen Gründen keine Plasmaspenden mehr machen. Bitte löscht mein Spenderkonto in der App. Und bitte schickt mir keine Mails mehr mit Bonuspunkte-Aktionen und Gutscheinen, die nerven ehrlich gesagt.

Danke und viele Grüße
Lena Schneider
""", R(["Erasure", "Opposition"], "lena.schneider@icloud.example", "Lena", "Schneider"))

add("de-09", "Birgit Lehmann <birgit.lehmann@web.example>", "Daten meines Sohnes Tim",
    """Sehr geehrte Damen und Herren,

mein Sohn Tim Lehmann (17) hat sich bei der Blutspende-Aktion an seinem Gymnasium in Kassel am 6. November als "zukünftiger Spender" registrieren lassen. Dabei wurden Name, Geburtsdatum, Handynummer und E-Mail-Adresse aufgenommen. Er ist minderjährig und wir als Eltern wurden nicht gefragt.

Ich bitte Sie, sämtliche Daten meines Sohnes zu löschen und mir das kurz zu bestätigen.

Mit freundlichen Grüßen
Birgit Lehmann
""", R(["Erasure"], "birgit.lehmann@web.example", "Tim", "Lehmann", representative="Birgit Lehmann"))

add("de-10", "Markus Steiner <markus.steiner@a1.example>", "Verlassenschaft Hedwig Steiner",
    """Sehr geehrte Damen und Herren,

meine Mutter, Frau Hedwig Steiner, ist am 2. Oktober verstorben. Ich bin laut Einantwortungsbeschluss des Bezirksgerichts Linz ihr Erbe (Kopie liegt bei).

Meine Mutter hatte bei Ihnen einen Leasingvertrag für eine Photovoltaikanlage und ein Konto in Ihrer App. Ich ersuche Sie um Auskunft, welche Daten über meine Mutter bei Ihnen noch gespeichert sind, und anschließend um Löschung des App-Kontos und aller nicht mehr benötigten Daten.

Mit freundlichen Grüßen
Markus Steiner
Landstraße 40
4020 Linz
""", R(["Access", "Erasure"], "markus.steiner@a1.example", "Hedwig", "Steiner", representative="Markus Steiner"))

add("de-11", "RA Dr. Thomas Berger <kanzlei@berger-recht.example>", "Mandantin Ayşe Yılmaz - Art. 22 DSGVO",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Ayşe Yılmaz, Kölner Straße 18, 40211 Düsseldorf, anwaltlich vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Unsere Mandantin hat am 2. November 2026 über Ihre Website eine Finanzierung für eine Photovoltaikanlage mit Speicher beantragt. Wenige Minuten später erhielt sie eine Ablehnung, die ersichtlich ausschließlich auf einer automatisierten Bonitätsbewertung beruht.

Namens und in Vollmacht unserer Mandantin fechten wir diese Entscheidung an und verlangen gemäß Art. 22 Abs. 3 DSGVO das Eingreifen einer Person Ihrerseits sowie eine erneute Prüfung. Weiterhin verlangen wir gemäß Art. 15 DSGVO Auskunft über die zu unserer Mandantin gespeicherten Daten, einschließlich aussagekräftiger Informationen über die involvierte Logik.

Für den Eingang Ihrer Antwort haben wir uns den 18. Dezember 2026 notiert.

Mit freundlichen Grüßen

Dr. Thomas Berger
Rechtsanwalt

Berger Rechtsanwälte PartG mbB
Königsallee 60, 40212 Düsseldorf

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
""", R(["AutomatedDecision", "Access"], "kanzlei@berger-recht.example", "Ayşe", "Yılmaz", representative="Thomas Berger"))

add("de-12", "Jurgen Weiss <j.weiss@arcor.example>", "Spenderausweis falscher Name",
    """Hallo,

auf meinem neuen Spenderausweis steht "Jurgen Weiss". Richtig ist Jürgen Weiß, mit ü und ß. Mein Mailprogramm kann das leider nicht im Absender, aber im Ausweis hätte ich es gerne korrekt. Könnten Sie das bitte ändern?

Danke
Jürgen Weiß
""", R(["Rectification"], "j.weiss@arcor.example", "Jürgen", "Weiß"))

add("de-13", "Günter Köhler <guenter.koehler@t-online.example>", "Einschränkung der Verarbeitung - Zählerstände",
    """Sehr geehrte Damen und Herren,

in Ihrer Jahresabrechnung zum Wärmepumpentarif werden für Januar bis März Zählerstände angesetzt, die offensichtlich falsch sind (Verbrauch 4.800 kWh in drei Monaten bei einem Einfamilienhaus mit 120 m²). Ich habe die Richtigkeit dieser Werte bereits telefonisch bestritten.

Ich verlange daher gemäß Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung dieser Zählerstände, bis Sie die Richtigkeit überprüft haben. Insbesondere dürfen die Werte bis dahin nicht für Mahnungen oder die Weitergabe an Auskunfteien verwendet werden.

Mit freundlichen Grüßen
Günter Köhler
Mühlweg 3
97318 Kitzingen
""", R(["Restriction"], "guenter.koehler@t-online.example", "Günter", "Köhler"), ct=LATIN1, encode="latin-1")

add("de-14", "Miriam Adler <miriam.adler@mailbox.example>", "Weitergabe an Pharmaunternehmen?",
    """Guten Tag,

ich spende seit diesem Jahr Plasma bei Ihnen. Im Wartebereich hing ein Plakat, dass aus dem Plasma Medikamente hergestellt werden. Bekommen die Pharmafirmen auch meine Angaben aus dem Gesundheitsfragebogen oder meinen Namen? Und falls ja, in welche Länder gehen die Daten?

Freundliche Grüße
Miriam Adler
""", R(["Information"], "miriam.adler@mailbox.example", "Miriam", "Adler"))

add("de-15", "d.kaya@gmx.example", "konto",
    """hallo bitte mein konto in der app löschen hab keine anlage mehr haus ist verkauft danke

deniz
""", R(["Erasure"], "d.kaya@gmx.example", "Deniz", None))

add("de-16", "Nicole Fischer <nicole.fischer@acme-corp.example>", "WG: Keine Werbung mehr",
    """Liebes Datenschutz-Team,

anbei eine Kundenmail, die bei uns im Service gelandet ist. Der Kunde wurde offenbar mehrfach von unserem Vertrieb angerufen. Könnt ihr das bitte übernehmen?

Danke und Gruß
Nicole Fischer
Kundenservice Energie

-----Ursprüngliche Nachricht-----
Von: Heinz-Peter Roth <hp.roth@online.example>
Gesendet: Sonntag, 15. November 2026 19:42
An: service@acme-corp.example
Betreff: Keine Werbung mehr

Sehr geehrte Damen und Herren,

seit ich mich im Sommer auf Ihrer Seite nach einer Wärmepumpe erkundigt habe, werde ich von Ihnen mit Newslettern zugeschüttet und wurde diese Woche zweimal angerufen. Ich habe mich inzwischen für einen anderen Anbieter entschieden. Unterlassen Sie bitte jede weitere Werbung per E-Mail und Telefon.

Mit freundlichen Grüßen
Heinz-Peter Roth
""", R(["Opposition"], "hp.roth@online.example", "Heinz-Peter", "Roth"))

add("de-17", "Sven Hartmann <sven.hartmann@acme-corp.example>", "Fotos vom Vor-Ort-Termin - Kundenmail",
    "",
    R(["Erasure"], "oliver.kuhn@web.example", "Oliver", "Kuhn"),
    attached=("Oliver Kuhn <oliver.kuhn@web.example>", "Fotos von meinem Haus",
              """Hallo Herr Hartmann,

bei der Vor-Ort-Besichtigung letzte Woche hat Ihr Kollege Fotos von unserem Dach, vom Heizungskeller und auch vom Flur mit unseren Familienfotos an der Wand gemacht. Wir haben uns gegen das Angebot entschieden. Bitte sorgen Sie dafür, dass diese Fotos gelöscht werden, sie werden ja nicht mehr gebraucht.

Viele Grüße
Oliver Kuhn
"""),
    note="""Hallo Datenschutz,

der Kunde hat mir das direkt geschrieben, siehe Anhang. Ich weiß nicht, wo die Fotos überall liegen (Tablet, CRM, Planungstool). Bitte übernehmt ihr.

Gruß
Sven Hartmann
Außendienst Region Süd
""")

add("de-18", "Familie Hofmann <familie.hofmann@t-online.example>", "Geburtsdatum falsch",
    """Guten Tag,

hier schreibt Julia Hofmann. In meinem Spenderprofil ist mein Geburtsdatum falsch eingetragen (12.07.1999 statt 21.07.1999). Bitte korrigieren Sie das, sonst klappt die Anmeldung am Terminal im Spendezentrum nicht.

Bitte antworten Sie an meine eigene Adresse, diese hier lesen alle in der Familie.

Viele Grüße
Julia Hofmann
""", R(["Rectification"], "julia.hofmann@posteo.example", "Julia", "Hofmann"),
    headers=["Reply-To: Julia Hofmann <julia.hofmann@posteo.example>"])

add("de-19", "Urs Meier <urs.meier@sunrise.example>", "Ablehnung Leasing - Überprüfung verlangt",
    """Grüezi

Mein Leasingantrag für eine Wärmepumpe wurde innert Sekunden abgelehnt, mit dem Hinweis, die "automatische Risikoprüfung" sei negativ ausgefallen. Ich bin seit 20 Jahren beim gleichen Arbeitgeber und habe keine Betreibungen.

Ich verlange, dass dieser Entscheid von einer Person überprüft wird, und möchte meinen Standpunkt dazu darlegen können.

Freundliche Grüsse
Urs Meier
Bern
""", R(["AutomatedDecision"], "urs.meier@sunrise.example", "Urs", "Meier"))

add("de-20", "Tobias Neumann <tobias.neumann@gmail.example>", "Push-Nachrichten",
    """Moin,

nur damit es kein Missverständnis gibt: mein Konto soll NICHT gelöscht werden, ich nutze die App täglich. Ich möchte aber keine Push-Nachrichten mit Angeboten und Rabattaktionen mehr bekommen. Die Störungsmeldungen der Anlage bitte weiter schicken.

Gruß aus Kiel
Tobias Neumann

Von meinem Samsung Galaxy gesendet
""", R(["Opposition"], "tobias.neumann@gmail.example", "Tobias", "Neumann"))

add("de-21", "Bernd Schäfer <bernd.schaefer@ewe.example>", "Woher haben Sie meine Adresse?",
    """Sehr geehrte Damen und Herren,

ich habe heute einen Werbebrief von Ihnen erhalten ("Jetzt auf Wärmepumpe umsteigen - Ihr Haus ist geeignet!"). Ich hatte noch nie Kontakt mit Ihrer Firma. Woher stammen meine Daten, und woher wollen Sie wissen, dass mein Haus geeignet ist?

Außerdem untersage ich Ihnen jede weitere Werbung an mich.

Mit freundlichen Grüßen
Bernd Schäfer
Oldenburg
""", R(["Information", "Opposition"], "bernd.schaefer@ewe.example", "Bernd", "Schäfer"))

add("de-22", "Patrick Vogel <patrick.vogel@outlook.example>", "Rückstellung als Spender - Fehler im Fragebogen",
    """Sehr geehrte Damen und Herren,

beim letzten Spendetermin in Dresden wurde ich dauerhaft zurückgestellt. Begründung: Ich hätte im Fragebogen angegeben, dass ich 1980 bis 1996 mehr als sechs Monate in Großbritannien gelebt habe. Ich bin 1998 geboren und war nie länger als zwei Wochen dort. Da muss beim Übertragen ein Fehler passiert sein.

Ich bitte darum, mir den Fragebogen so zu übersenden, wie er bei Ihnen gespeichert ist. Bis zur Klärung soll der Eintrag gesperrt werden und darf nicht an andere Spendezentren übermittelt werden.

Mit freundlichen Grüßen
Patrick Vogel
""", R(["Access", "Restriction"], "patrick.vogel@outlook.example", "Patrick", "Vogel"))

add("de-23", "Heike Zimmermann <heike.zimmermann@web.example>", "Rechnung doppelt abgebucht",
    """Hallo,

für die Wartung der PV-Anlage (Rechnung Nr. 2026-11873) wurde der Betrag zweimal von meinem Konto abgebucht. Bitte überweisen Sie die 189,00 EUR zurück. Ich habe leider keine andere Adresse gefunden als diese.

Gruß
Heike Zimmermann
""", R(["Unknown"], "heike.zimmermann@web.example", "Heike", "Zimmermann"))

add("de-24", "Stefan Wolf <stefan.wolf@mailbox.example>", "Anbieterwechsel Monitoring",
    """Hallo,

ich kündige zum 31.12. das Monitoring-Abo. Bitte schickt mir vorher meine kompletten Erzeugungs- und Verbrauchsdaten in einem Format, das ich in Home Assistant importieren kann (CSV reicht). Danach bitte alles über mich löschen, inklusive Konto.

Danke,
Stefan Wolf
""", R(["Portability", "Erasure"], "stefan.wolf@mailbox.example", "Stefan", "Wolf"))

add("de-25", "Florian Huber <florian.huber@gmx.example>", "Ersuchen",
    """Sehr geehrte Damen und Herren,

ich ersuche höflich um eine Aufstellung, was bei Ihnen zu meiner Person „aufliegt“, wie man bei uns sagt. Ich war bis 2024 Blutspender in Innsbruck und habe seit heuer im Jänner auch Ihre Photovoltaik-App.

Mit besten Grüßen
Florian Huber
""", R(["Access"], "florian.huber@gmx.example", "Florian", "Huber"), ct=CP1252, encode="cp1252")

add("de-26", "Emily Schwarz <emily.schwarz@gmail.example>", "delete donor account",
    """Hi, please delete my donor account, ich bin nach Manchester umgezogen und kann eh nicht mehr spenden. Thanks & liebe Grüße, Emily Schwarz
""", R(["Erasure"], "emily.schwarz@gmail.example", "Emily", "Schwarz"))

add("de-27", "Beatrice Keller <beatrice.keller@gmx.example>", "Widerruf Einwilligung Quartiervergleich",
    """Guten Tag

Bei der Einrichtung der App habe ich eingewilligt, dass meine Verbrauchsdaten für den "Quartiervergleich" verwendet werden. Diese Einwilligung widerrufe ich hiermit. Bitte verwenden Sie meine Daten nicht mehr dafür.

Freundliche Grüsse
Beatrice Keller
Luzern
""", R(["Opposition"], "beatrice.keller@gmx.example", "Beatrice", "Keller"))

add("de-28", "Anna Schmitt <anna.schmitt@web.example>", "Namensänderung nach Heirat",
    """Liebes Team,

ich habe im September geheiratet und heiße jetzt Anna Schmitt (vorher Anna Braun). Bitte ändern Sie meinen Namen im Kundenkonto und auf dem Leasingvertrag. Die Heiratsurkunde kann ich gerne schicken.

Viele Grüße
Anna Schmitt
""", R(["Rectification"], "anna.schmitt@web.example", "Anna", "Schmitt"))

add("de-29", "Elisabeth Brandt <e.brandt@t-online.example>", "Digitaler Nachlass",
    """Sehr geehrte Damen und Herren,

ich regle gerade meinen digitalen Nachlass. Ich bin Kundin bei Ihnen (Wärmepumpe mit App) und langjährige Blutspenderin. Ich möchte verfügen, dass nach meinem Tod meine Tochter Susanne Brandt Zugriff auf das App-Konto bekommt und meine Spenderdaten gelöscht werden. Wie kann ich das bei Ihnen hinterlegen?

Mit freundlichen Grüßen
Elisabeth Brandt
""", R(["AdvanceDirectives"], "e.brandt@t-online.example", "Elisabeth", "Brandt"))

add("de-30", "Moritz Engel <moritz.engel@posteo.example>", "Wie lange speichert ihr Spenderdaten?",
    """Hi,

kurze Frage: Wie lange bewahrt ihr meine Spenderdaten und die Laborwerte auf? Ein Freund meinte, das wären wegen irgendeines Gesetzes 30 Jahre. Stimmt das, und gilt das auch für die Bonuspunkte in der App?

Gruß
Moritz
""", R(["Information"], "moritz.engel@posteo.example", "Moritz", "Engel"))

add("de-31", "Ralf Peters <ralf.peters@arcor.example>", "Betreuung meiner Mutter Gisela Peters",
    """Sehr geehrte Damen und Herren,

ich bin vom Amtsgericht Hannover als rechtlicher Betreuer meiner Mutter, Frau Gisela Peters (geb. 14.03.1941), bestellt, unter anderem für Vermögenssorge. Den Betreuerausweis füge ich bei.

Meine Mutter ist an Demenz erkrankt. Im Oktober hat ein Vertreter Ihres Unternehmens bei ihr an der Haustür einen Leasingvertrag für eine PV-Anlage unterschreiben lassen. Ich bitte um Übersendung aller Unterlagen und Daten, die Sie über meine Mutter gespeichert haben. Außerdem untersage ich jede weitere telefonische oder persönliche Kontaktaufnahme zu Werbezwecken mit meiner Mutter.

Den Vertrag werde ich gesondert widerrufen.

Mit freundlichen Grüßen
Ralf Peters
""", R(["Access", "Opposition"], "ralf.peters@arcor.example", "Gisela", "Peters", representative="Ralf Peters"))

add("de-32", "Nadine Frei <nadine.frei@bluewin.example>", "Spenderprofil",
    """Grüezi, bitte löschen Sie mein Spenderprofil. Freundliche Grüsse, Nadine Frei
""", R(["Erasure"], "nadine.frei@bluewin.example", "Nadine", "Frei"))

# ---------------------------------------------------------------- tasks

add("de-33", "Dr. Jana Kowalski <jana.kowalski@acme-corp.example>", "DSFA für KI-Verbrauchsprognose",
    """Hallo Datenschutz-Team,

wir wollen im Q2 eine neue Funktion in der Energie-App ausrollen: eine KI-gestützte Verbrauchsprognose, die aus den Smart-Meter-Daten Anwesenheitsmuster ableitet, um die Wärmepumpe vorausschauend zu steuern. Das Modell soll bei einem externen Dienstleister trainiert werden.

Könnt ihr bitte prüfen, ob dafür eine Datenschutz-Folgenabschätzung nötig ist, und sie ggf. mit uns aufsetzen? Ich schicke euch gern das Konzeptpapier.

Viele Grüße
Jana Kowalski
Product Owner Energie-App
""", TASK("jana.kowalski@acme-corp.example", "Jana", "Kowalski"))

add("de-34", "Michael Braun <michael.braun@acme-corp.example>", "AV-Vertrag SMS-Dienstleister Terminerinnerungen",
    """Hallo zusammen,

für die Terminerinnerungen an Spenderinnen und Spender wollen wir ab Januar einen neuen SMS-Dienstleister einsetzen. Der Anbieter hat uns seinen Auftragsverarbeitungsvertrag geschickt (Anlage). Bitte prüft den AVV, insbesondere die TOMs und die Regelung zu Unterauftragsverarbeitern. Vertragsunterzeichnung ist für den 10.12. geplant.

Danke!
Michael Braun
Einkauf
""", TASK("michael.braun@acme-corp.example", "Michael", "Braun"))

add("de-35", "Theresa Moser <theresa.moser@acme-corp.example>", "VVT - neues Plasmazentrum Linz",
    """Liebe Kolleginnen und Kollegen,

unser neues Plasmazentrum in Linz geht im Februar in Betrieb. Dort setzen wir erstmals Self-Check-in-Terminals und eine Videoüberwachung im Eingangsbereich ein. Bitte nehmt die entsprechenden Verarbeitungstätigkeiten ins Verzeichnis auf bzw. sagt mir, welche Angaben ihr von uns dafür braucht.

Liebe Grüße
Theresa Moser
Standortleitung Linz
""", TASK("theresa.moser@acme-corp.example", "Theresa", "Moser"))

add("de-36", "Kai Lorenz <kai.lorenz@acme-corp.example>", "Datenschutzschulung neue Monteure",
    """Hi,

im Januar fangen 14 neue Monteure bei uns an. Die sind viel bei Kunden zuhause, machen Fotos, lesen Zähler ab usw. Könnt ihr für die eine Datenschutz-Unterweisung machen? Am besten am 8. Januar im Schulungsraum Augsburg, 60-90 Minuten.

Danke dir/euch
Kai Lorenz
Teamleitung Montage
""", TASK("kai.lorenz@acme-corp.example", "Kai", "Lorenz"))

add("de-37", "Sophie Krämer <sophie.kraemer@acme-corp.example>", "Lieferantenfragebogen Leasingbank",
    """Hallo Datenschutz,

unsere Leasingbank hat uns im Rahmen ihres jährlichen Dienstleister-Audits einen Fragebogen geschickt. Abschnitt C betrifft Datenschutz (Löschkonzept, Betroffenenrechte, Meldeprozess bei Datenpannen, Schulungen). Könnt ihr Abschnitt C bis zum 27.11. ausfüllen? Der Rest liegt bei IT-Security.

Beste Grüße
Sophie Krämer
Partnermanagement Finanzierung
""", TASK("sophie.kraemer@acme-corp.example", "Sophie", "Krämer"))

# ---------------------------------------------------------------- incidents

add("de-38", "Dennis Schmid <dennis.schmid@acme-corp.example>", "Diensthandy aus Transporter gestohlen",
    """Hallo,

heute Morgen wurde in Offenbach unser Montagewagen aufgebrochen, während wir auf dem Dach waren. Weg sind mein Diensthandy und eine Mappe mit den Auftragsunterlagen der Woche (Namen, Adressen, Telefonnummern, teilweise Grundrisse der Häuser). Das Handy hat eine PIN, die Mappe natürlich nicht. Die Polizei war da, Anzeige ist erstattet (Aktenzeichen folgt).

Gruß
Dennis Schmid
Monteur Team Rhein-Main
""", INC("dennis.schmid@acme-corp.example", "Dennis", "Schmid"))

add("de-39", "Ingrid Baumann <ingrid.baumann@web.example>", "Falscher Brief erhalten",
    """Guten Tag,

ich habe heute einen Brief von Ihrem Blutspendedienst in meinem Briefkasten gefunden. Darin war der Spenderausweis und ein Laborbefund einer Frau Renate Sommer mit Blutgruppe, Hämoglobinwert und Hinweisen zu einer Rückstellung. Adressiert war der Brief an mich, aber der Inhalt gehört offensichtlich jemand anderem.

Ich möchte das nicht bei mir behalten. Wie soll ich es Ihnen zurückschicken?

Mit freundlichen Grüßen
Ingrid Baumann
""", INC("ingrid.baumann@web.example", "Ingrid", "Baumann"))

add("de-40", "Lukas Richter <lukas.richter@acme-corp.example>", "Phishing - Zugangsdaten eingegeben",
    """Hallo IT-Sicherheit und Datenschutz,

ich habe vor ca. 20 Minuten auf eine angebliche DHL-Mail geklickt und danach auf einer Seite, die wie unser Office-Login aussah, Benutzername und Passwort eingegeben. Passwort ist inzwischen geändert. Mit meinem Konto komme ich ins Kundenportal mit allen Leasingverträgen (inkl. Bankverbindungen).

Lukas Richter
Vertragsmanagement
""", INC("lukas.richter@acme-corp.example", "Lukas", "Richter"))

add("de-41", "Martina Bachmann <martina.bachmann@hispeed.example>", "App zeigt Daten einer fremden Anlage",
    """Guten Tag

Seit heute Morgen sehe ich in Ihrer App nicht mehr meine Anlage, sondern die eines Herrn Zürcher in Baden, mit Adresse, Seriennummer, Produktionswerten und Verbrauch im Viertelstundentakt. Ich nehme an, er sieht dafür meine Daten. Das ist bedenklich, man sieht ja genau, wann jemand zu Hause ist.

Bitte beheben Sie das rasch.

Freundliche Grüsse
Martina Bachmann
Wettingen
""", INC("martina.bachmann@hispeed.example", "Martina", "Bachmann"))

add("de-42", "Claudia Vogt <claudia.vogt@acme-corp.example>", "Rundmail an Spender im offenen Verteiler",
    """Liebe Kolleginnen und Kollegen vom Datenschutz,

mir ist ein Fehler passiert: Die Einladung zum Spendertag am 5. Dezember ist heute um 11:05 Uhr an 236 Spenderinnen und Spender gegangen, aber mit allen Adressen im An-Feld statt in BCC. Es haben schon drei Leute geantwortet und sich beschwert, einer mit "Allen antworten".

Was soll ich jetzt tun?

Claudia Vogt
Spenderbetreuung Leipzig
""", INC("claudia.vogt@acme-corp.example", "Claudia", "Vogt"))

# ---------------------------------------------------------------- follow-ups

add("de-43", "Hans-Jürgen Ott <hj.ott@gmx.example>", "AW: [DSR-40552] Ihre Anfrage ist bei uns eingegangen",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist inzwischen abgelaufen. Ich bitte um umgehende Erledigung, ansonsten wende ich mich an die Aufsichtsbehörde.

Mit freundlichen Grüßen
Hans-Jürgen Ott

> Sehr geehrter Herr Ott,
> wir bestätigen den Eingang Ihrer Anfrage. Ihre Vorgangsnummer lautet DSR-40552.
> Ihr Datenschutz-Team
""", FU("40552", "hj.ott@gmx.example", "Hans-Jürgen", "Ott"))

add("de-44", "MANFRED KRAUSE <m.krause@freenet.example>", "Re: DATEN LÖSCHEN!!!",
    """UND? ICH WARTE IMMER NOCH AUF IHRE BESTÄTIGUNG. HEUTE KAM SCHON WIEDER EIN PROSPEKT.

M. KRAUSE
""", FU(ref("de-05"), "m.krause@freenet.example", "Manfred", "Krause"), headers=irt("de-05"))

add("de-45", "Veronika Pichler <veronika.pichler@chello.example>", "AW: [DSR-38810] Identitätsnachweis",
    """Guten Tag,

wie gewünscht übermittle ich Ihnen anbei eine Kopie meines Reisepasses. Ich ersuche um rasche Bearbeitung.

Mit freundlichen Grüßen
Veronika Pichler
Salzburg

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Betreff: [DSR-38810] Identitätsnachweis
Um Ihre Anfrage bearbeiten zu können, benötigen wir einen Identitätsnachweis.
""", FU("38810", "veronika.pichler@chello.example", "Veronika", "Pichler"))

add("de-46", "Urs Meier <urs.meier@sunrise.example>", "AW: Ablehnung Leasing - Überprüfung verlangt",
    """Grüezi

Als Ergänzung zu meiner Mail: Im Anhang finden Sie meinen aktuellen Lohnausweis und einen Auszug aus dem Betreibungsregister ohne Einträge. Bitte berücksichtigen Sie das bei der Überprüfung.

Freundliche Grüsse
Urs Meier
""", FU(ref("de-19"), "urs.meier@sunrise.example", "Urs", "Meier"), headers=irt("de-19"))

# ---------------------------------------------------------------- ignored

add("de-47", "Kundenkonto Sicherheit <service@konto-sicherheit24.example>", "Letzte Warnung: Ihr Konto und Ihre Daten werden gelöscht",
    """Sehr geehrter Kunde,

aufgrund der neuen Datenschutzrichtlinien wird Ihr Konto einschließlich aller gespeicherten Daten am 18.11.2026 unwiderruflich gelöscht, sofern Sie Ihre Identität nicht bestätigen.

Jetzt bestätigen: http://konto-sicherheit24.example/verify

Ihr Sicherheitsteam
""", IGN("spam", "service@konto-sicherheit24.example"), headers=SPAM_HDR)

add("de-48", "Marco | SEO Profis <marco@seo-profis-24.example>", "Mehr Anfragen für Ihre Wärmepumpen",
    """Hallo Team,

Ihre Website rankt für "Wärmepumpe kaufen" nur auf Seite 4. Mit unseren Backlink-Paketen bringen wir Sie in 30 Tagen auf Seite 1 - garantiert und DSGVO-konform. Unverbindliches Angebot gefällig?

Beste Grüße
Marco Steinbrecher
SEO Profis 24
""", IGN("spam", "marco@seo-profis-24.example"))

add("de-49", "DSGVO Löschservice <info@dsgvo-loeschservice.example>", "Ihre Firmendaten im Darknet - jetzt entfernen lassen",
    """Sehr geehrte Geschäftsleitung,

unsere Analyse hat ergeben, dass personenbezogene Daten Ihrer Kunden in Darknet-Foren gehandelt werden. Wir entfernen diese Daten für einmalig 349 EUR aus über 300 Quellen. Zahlung per Bitcoin oder Gutscheinkarte.

Reagieren Sie nicht, drohen Bußgelder nach Art. 83 DSGVO in Millionenhöhe.

DSGVO Löschservice
""", IGN("spam", "info@dsgvo-loeschservice.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="dsgvo-loeschservice.example")])

add("de-50", "Andrea Wimmer <andrea.wimmer@stadtwerke-rosenheim.example>", "Abwesenheitsnotiz: Datenaustausch Smart Meter",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an netzservice@stadtwerke-rosenheim.example.

Mit freundlichen Grüßen
Andrea Wimmer
""", IGN("auto_reply", "andrea.wimmer@stadtwerke-rosenheim.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-51", "Support Ticket-System <noreply@helpdesk.wechselrichter-service.example>", "[Ticket#2026111610000417] Eingangsbestätigung",
    """Guten Tag,

vielen Dank für Ihre Anfrage. Wir haben ein Ticket mit der Nummer 2026111610000417 für Sie angelegt. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Service-Team
""", IGN("auto_reply", "noreply@helpdesk.wechselrichter-service.example"),
    headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])

add("de-52", "Fachverband Solar Newsletter <newsletter@fachverband-solar.example>", "Newsletter 11/2026: Solarspitzengesetz, Netzentgelte, DSGVO im Handwerk",
    html("<h2>Newsletter 11/2026</h2>",
         "Solarspitzengesetz - was Installateure jetzt wissen müssen | Netzentgelte 2027 | Praxisleitfaden: DSGVO beim Kundentermin",
         "Sie erhalten diesen Newsletter als Mitglied. <a href=\"https://fachverband-solar.example/abmelden\">Abmelden</a>"),
    IGN("bulk", "newsletter@fachverband-solar.example"), ct=HTML,
    headers=["List-Id: Fachverband Solar <newsletter.fachverband-solar.example>",
             "List-Unsubscribe: <mailto:abmelden@fachverband-solar.example>",
             "Precedence: bulk"])

add("de-53", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>", "Unzustellbar: Ihre Anfrage",
    "", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
