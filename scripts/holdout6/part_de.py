from common import *  # part de: written blind

# ---------------------------------------------------------------- requests

add("de-01-auskunft-patientenakte",
    '"Dr. Friederike Hollweg" <f.hollweg@posteo.example>',
    "Auskunftsersuchen nach Art. 15 DSGVO – Patientenportal",
    """Sehr geehrte Damen und Herren,

ich war von März bis Juni 2026 am Standort Mainz Ihrer Klinikgruppe in ambulanter und
stationärer Behandlung (Fallnummer 26-031877, Portal-Benutzername fhollweg).

Hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Ich bitte um

1. Bestätigung, ob Sie personenbezogene Daten über mich verarbeiten,
2. eine Kopie dieser Daten (Art. 15 Abs. 3 DSGVO), insbesondere der Laborbefunde,
   Arztbriefe und der im Patientenportal hinterlegten Dokumente,
3. die Angaben nach Art. 15 Abs. 1 lit. a bis h DSGVO.

Die Kopie können Sie mir gerne verschlüsselt über das Portal bereitstellen.
Ich gehe davon aus, dass Sie die gesetzliche Frist von einem Monat einhalten.

Mit freundlichen Grüßen

Dr. phil. Friederike Hollweg
Kaiserstraße 41
55116 Mainz
""",
    R(["Access"], "f.hollweg@posteo.example", "Friederike", "Hollweg"))

add("de-02-konto-loeschen",
    "<kbrandst@gmx.example>",
    "konto löschen",
    """bitte löschen sie mein kundenkonto. danke
""",
    R(["Erasure"], "kbrandst@gmx.example"))

add("de-03-werbung-widerspruch-graz",
    "Ursula Gschwandtner <u.gschwandtner@aon.example>",
    "Werbung auf Instagram + Newsletter",
    """Grüß Gott,

seit ich im September bei Ihnen ein Dirndl und eine Trachtenbluse bestellt habe, sehe ich auf
Instagram und Facebook praktisch nur noch Werbung von Ihnen, teilweise genau mit den Artikeln,
die ich mir angeschaut habe. Das finde ich ehrlich gesagt unheimlich.

Ich widerspreche hiermit der Verwendung meiner Daten für personalisierte Werbung, egal auf
welcher Plattform. Den Newsletter möchte ich bitte auch nicht mehr bekommen.

Mein Kundenkonto läuft auf diese Mailadresse.

Mit lieben Grüßen aus Graz
Ursula Gschwandtner
""",
    R(["Opposition"], "u.gschwandtner@aon.example", "Ursula", "Gschwandtner"))

add("de-04-datenherausgabe-treuekarte-ch",
    "Hans-Peter Oberholzer <hp.oberholzer@bluewin.example>",
    "Herausgabe meiner Daten Treuekarte",
    """Grüezi

Ich besitze seit 2021 Ihre Treuekarte (Nr. 7700 0412 5531) und werde zu einem anderen Anbieter
wechseln. Gemäss Art. 28 DSG ersuche ich Sie, mir meine Kaufhistorie sowie die gesammelten
Punkte und Angaben aus dem Kundenprofil in einem gängigen elektronischen Format (CSV oder JSON)
herauszugeben, damit ich diese weiterverwenden kann.

Besten Dank im Voraus.

Freundliche Grüsse
Hans-Peter Oberholzer
Rosenstrasse 8, 8400 Winterthur
+41 52 213 47 90
""",
    R(["Portability"], "hp.oberholzer@bluewin.example", "Hans-Peter", "Oberholzer"))

add("de-05-lizenz-namensaenderung",
    "Jovana Keller-Petrović <jovana.keller@freenet.example>",
    "Namensänderung Spielerlizenz",
    """Hallo liebes Team vom Verband,

ich habe im Sommer geheiratet und heiße jetzt Jovana Keller-Petrović (vorher Petrović).
In meiner Spielerlizenz (Handball, Verein TSV Neuhausen, Lizenznr. HB-BW-118204) und in der
Online-Spielerliste steht noch der alte Name, ebenso meine alte Adresse in Esslingen.

Neue Anschrift: Uhlandstraße 17, 70182 Stuttgart.

Können Sie das bitte ändern? Die Heiratsurkunde kann ich gern schicken.

Viele Grüße
Jovana Keller-Petrović
""",
    R(["Rectification"], "jovana.keller@freenet.example", "Jovana", "Keller-Petrović"))

add("de-06-ratenkauf-abgelehnt",
    "Kevin Schmitz <kevin.schmitz88@web.example>",
    "Unverschämtheit!!! Kauf auf Rechnung abgelehnt",
    """Hallo,

ich bin echt sauer. Ich bestelle seit 4 Jahren bei Ihnen, über 60 Bestellungen, nie eine
Rechnung zu spät bezahlt, nie Ärger. Letzte Woche wollte ich für die Hochzeit meines Bruders
einen Anzug und Schuhe bestellen (ca. 480 Euro) und wollte wie immer auf Rechnung bzw.
"in 30 Tagen zahlen". Abgelehnt. Dann nochmal probiert, wieder abgelehnt. Dann kam eine Mail:
"Leider können wir Ihnen diese Zahlungsart aufgrund einer automatisierten Prüfung nicht
anbieten." Toll. Kein Grund, kein Ansprechpartner, nichts. Die Hotline hat gesagt, sie können
da nichts machen, das entscheidet "das System".

Ich habe jetzt mit Kreditkarte bezahlt, aber darum geht es nicht. Ich lasse mich nicht von
einem Algorithmus als zahlungsunfähig abstempeln. Ich verlange, dass ein Mensch sich diese
Entscheidung anschaut und sie überprüft, und dass mir jemand erklärt, warum ich abgelehnt
wurde. Außerdem will ich wissen, welche Daten Sie über mich gespeichert haben und was Sie an
die Auskunftei bzw. den Zahlungsdienstleister weitergegeben haben – als Kopie bitte.

Ich hab schon überlegt, einfach woanders zu bestellen. Die Konkurrenz schläft nicht.

Kevin Schmitz
Kundennr. 2093341
""",
    R(["AutomatedDecision", "Access"], "kevin.schmitz88@web.example", "Kevin", "Schmitz"))

add("de-07-mutter-fotos-tochter",
    "Sabine Wuttke <sabine.wuttke@t-online.example>",
    "Fotos meiner Tochter auf Ihrer Webseite",
    """Sehr geehrte Damen und Herren,

meine Tochter Mia Wuttke (12 Jahre) hat am 8. November an den Bezirksmeisterschaften im
Gerätturnen in Kassel teilgenommen. Auf der Webseite des Verbands sind jetzt in der Galerie
mindestens sechs Fotos, auf denen sie deutlich zu erkennen ist (im Turnanzug), außerdem steht
in der Ergebnisliste ihr voller Name mit Jahrgang und Verein.

Wir haben für diese Veranstaltung keine Einwilligung zur Veröffentlichung von Fotos gegeben.
Als Mutter und Sorgeberechtigte fordere ich Sie auf, die Fotos meiner Tochter zu löschen und
ihren Namen aus der öffentlichen Ergebnisliste zu entfernen.

Bitte bestätigen Sie mir die Löschung.

Sabine Wuttke
Baunatal
""",
    R(["Erasure"], "sabine.wuttke@t-online.example", "Mia", "Wuttke", representative="Sabine Wuttke"))

add("de-08-laborwerte-weitergabe",
    "Thi Lan Nguyen <thilan.nguyen@gmx.example>",
    "Frage Laborergebnisse",
    """Guten Tag,

ich habe eine Frage zu meinen Laborergebnissen im Patientenportal. Werden diese Ergebnisse
automatisch auch an meine Hausärztin geschickt? Und bekommt meine Krankenkasse die Werte?
Ich möchte einfach verstehen, an wen Sie meine Befunde weitergeben und wie lange die im
Portal gespeichert bleiben.

Vielen Dank und freundliche Grüße
Thi Lan Nguyen
""",
    R(["Information"], "thilan.nguyen@gmx.example", "Thi Lan", "Nguyen"))

add("de-09-sms-caps",
    '"Karl-Heinz Dörfler" <kh.doerfler@t-online.example>',
    "SMS TERMINERINNERUNG",
    """ICH WILL KEINE SMS MEHR VON IHREM TERMINSYSTEM AUF MEIN HANDY BEKOMMEN. ICH HABE DAS NIE
ERLAUBT UND MEINE NUMMER HABEN SIE NUR FÜR NOTFÄLLE. SOFORT ABSTELLEN!!!

K.H. DÖRFLER
""",
    R(["Opposition"], "kh.doerfler@t-online.example", "Karl-Heinz", "Dörfler"))

add("de-10-falscher-eintrag-akte",
    "Małgorzata Nowak-Brenner <m.nowak-brenner@outlook.example>",
    "Falscher Eintrag in meiner Patientenakte – Berichtigung und Einschränkung",
    """Sehr geehrte Damen und Herren,

in meinem Entlassbrief vom 2. Oktober 2026 (Innere Medizin, Station 4B) und im Patientenportal
bin ich als "Raucherin, ca. 20 Zig./Tag" eingetragen. Das ist falsch, ich habe nie geraucht.
Ich vermute eine Verwechslung bei der Aufnahme.

Ich beantrage die Berichtigung dieses Eintrags nach Art. 16 DSGVO. Bis die Sache geklärt ist,
verlange ich außerdem die Einschränkung der Verarbeitung nach Art. 18 DSGVO: Der Eintrag darf
insbesondere nicht an die Reha-Klinik und nicht an meine Berufsunfähigkeitsversicherung
weitergegeben werden, die gerade Unterlagen anfordert.

Geburtsdatum: 14.07.1979

Mit freundlichen Grüßen
Małgorzata Nowak-Brenner
""",
    R(["Rectification", "Restriction"], "m.nowak-brenner@outlook.example", "Małgorzata", "Nowak-Brenner"))

add("de-11-newsletter-html",
    "Leonie Pfaffenbichler <leonie.pfaffenbichler@gmx.example>",
    "Newsletter",
    html("Hallo,",
         "bitte tragt mich aus eurem Newsletter aus. Der Abmeldelink unten im Newsletter "
         "funktioniert nicht (da kommt nur <i>Fehler 404</i>).",
         "Danke!<br>Leonie Pfaffenbichler<br><br><small>Von meinem iPhone gesendet</small>"),
    R(["Opposition"], "leonie.pfaffenbichler@gmx.example", "Leonie", "Pfaffenbichler"),
    ct=HTML)

add("de-12-auskunft-verband-latin1",
    "Alois Hinterberger <alois.hinterberger@aon.example>",
    "Ersuchen um Auskunft",
    """Sehr geehrte Herren!

Ich bin seit 1978 Mitglied im Landesverband (Sportschützen, Verein SG Ried im Innkreis) und
habe jetzt erfahren, dass der Verband eine neue Datenbank hat, wo alles gespeichert ist.

Ich ersuche Sie um Auskunft, welche Daten über mich beim Verband gespeichert sind, wozu diese
verwendet werden und an wen sie weitergegeben werden. Bitte schicken Sie mir das schriftlich
an meine Adresse, ich schaue nicht so oft in das E-Mail.

Hochachtungsvoll
Alois Hinterberger
Bahnhofstraße 3
4910 Ried im Innkreis
""",
    R(["Access"], "alois.hinterberger@aon.example", "Alois", "Hinterberger"),
    ct=LATIN1, encode="latin-1")

add("de-13-erbe-behandlungsunterlagen",
    "Thomas Reiß <thomas.reiss@ewe.example>",
    "Behandlungsunterlagen meines verstorbenen Vaters Günter Reiß",
    """Sehr geehrte Damen und Herren,

mein Vater, Herr Günter Reiß, geb. 02.05.1941, ist am 3. Oktober 2026 in Ihrem Klinikum
Oldenburg verstorben. Ich bin sein Sohn und Alleinerbe; der Erbschein liegt mir vor und kann
nachgereicht werden.

Ich bitte Sie, mir eine Kopie der vollständigen Behandlungsunterlagen meines Vaters aus dem
letzten Aufenthalt (September/Oktober 2026) zur Verfügung zu stellen, einschließlich der
Laborwerte und der Pflegedokumentation. Es geht mir darum, den Verlauf nachvollziehen zu
können.

Für Rückfragen bin ich unter 0441 998 27 14 erreichbar.

Mit freundlichen Grüßen
Thomas Reiß
""",
    R(["Access"], "thomas.reiss@ewe.example", "Günter", "Reiß", representative="Thomas Reiß"))

add("de-14-kanzlei-auskunft-loeschung",
    "RAin Dr. Anja Beckmann-Sayin <a.beckmann@kanzlei-beckmann.example>",
    "Unsere Mandantin Zeynep Aydın – Auskunft und Löschung, Az. 412/26 BS",
    """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir Frau Zeynep Aydın, Friedrichstraße 201, 10117 Berlin,
anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Unsere Mandantin war Kundin Ihres Online-Marktplatzes und Inhaberin der Kundenkarte. Namens
und in Vollmacht unserer Mandantin fordern wir Sie auf,

1. unserer Mandantin vollständig Auskunft gemäß Art. 15 DSGVO über die zu ihrer Person
   gespeicherten Daten zu erteilen und eine Kopie dieser Daten zur Verfügung zu stellen;
2. sämtliche zu ihrer Person gespeicherten Daten gemäß Art. 17 DSGVO zu löschen, soweit
   keine gesetzlichen Aufbewahrungspflichten entgegenstehen, und uns die Löschung schriftlich
   zu bestätigen.

Wir haben uns hierfür eine Frist bis zum

16. Dezember 2026

notiert. Die Antwort bitten wir ausschließlich an unsere Kanzlei zu richten.

Mit freundlichen Grüßen

Dr. Anja Beckmann-Sayin
Rechtsanwältin
Fachanwältin für IT-Recht

Kanzlei Beckmann & Partner mbB
Kurfürstendamm 52, 10707 Berlin
Tel. +49 30 8845 210 | Fax +49 30 8845 211

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und vernichten Sie diese Mail.
""",
    R(["Access", "Erasure"], "sekretariat@kanzlei-beckmann.example", "Zeynep", "Aydın",
      representative="Anja Beckmann-Sayin"),
    headers=["Reply-To: Sekretariat Beckmann & Partner <sekretariat@kanzlei-beckmann.example>"])

add("de-15-familienadresse-kundenkarte",
    "Familie Özdemir <familie.oezdemir@web.example>",
    "Kundenkarte kündigen",
    """Hallo,

bitte meine Kundenkarte (Nr. 6001 2231 8890) kündigen und alle Daten dazu löschen, auch das
Konto im Shop.

Die Mailadresse ist von der ganzen Familie, bitte antworten Sie an meine eigene Adresse.

Gruß
Emre Özdemir
""",
    R(["Erasure"], "emre.oezdemir@mailbox.example", "Emre", "Özdemir"),
    headers=["Reply-To: Emre Özdemir <emre.oezdemir@mailbox.example>"])

add("de-16-woher-adresse-katalog",
    "Lukas Maurer <lukas.maurer@posteo.example>",
    "Woher haben Sie meine Adresse?",
    """Guten Tag,

heute lag ein gedruckter Katalog von Ihnen in meinem Briefkasten, persönlich adressiert an
mich. Ich kann mich nicht erinnern, jemals bei Ihnen bestellt zu haben.

Woher haben Sie meine Postanschrift? Von einem Adresshändler? Ich bitte um Angabe der Quelle.

Und bitte schicken Sie mir künftig keine Werbung mehr, weder per Post noch sonst wie.

Lukas Maurer
Lindenweg 12, 04275 Leipzig
""",
    R(["Information", "Opposition"], "lukas.maurer@posteo.example", "Lukas", "Maurer"))

add("de-17-daten-haben-tippfehler",
    "Aylin Demirci <aylin.d1993@gmx.example>",
    "daten",
    """hallo ich hätte gern alle daten die ihr von mir gespeichert habt kundennr 4471903 danke aylin
""",
    R(["Access"], "aylin.d1993@gmx.example", "Aylin", "Demirci"))

add("de-18-arztzeugnis-speicherdauer-ch",
    "Matthias Brühwiler <m.bruehwiler@sunrise.example>",
    "Frage Arztzeugnis Lizenz",
    """Hoi zäme

Wie lange speichert ihr eigentlich die Arztzeugnisse, die man für die Wettkampflizenz
hochladen muss? Und wer beim Verband kann die sehen, auch die Trainer vom Verein?
Da steht ja doch einiges drin.

Merci und Gruess
Matthias Brühwiler
""",
    R(["Information"], "m.bruehwiler@sunrise.example", "Matthias", "Brühwiler"))

add("de-19-groessenprofil-loeschen",
    "Anastasia Wolkow <a.wolkow@mail.example>",
    "Größenprofil",
    """Sehr geehrtes Team,

ich möchte, dass Sie mein Größenprofil löschen, also die Körpermaße (Brustumfang, Taille,
Hüfte usw.) und die Angaben zur Passform, die ich vor zwei Jahren eingegeben habe. Im Konto
selbst finde ich keine Möglichkeit dazu.

Mein Kundenkonto möchte ich ansonsten behalten.

Freundliche Grüße
Anastasia Wolkow
""",
    R(["Erasure"], "a.wolkow@mail.example", "Anastasia", "Wolkow"))

add("de-20-gutschrift-fehlt",
    "Sven Jürgensen <sven.juergensen@kabelmail.example>",
    "Rücksendung / Gutschrift",
    """Moin,

ich habe am 28.10. zwei Jacken zurückgeschickt (Sendungsnummer 00340434161094032115),
laut Tracking seit 31.10. bei Ihnen angekommen. Gutschrift ist bis heute nicht da, 219,90 EUR.
Kundenservice antwortet nicht, deswegen versuch ich es mal hier.

Gruß
Sven Jürgensen
""",
    R(["Unknown"], "sven.juergensen@kabelmail.example", "Sven", "Jürgensen"))

add("de-21-befunde-an-neue-klinik",
    "Eleni Papadopoulou <eleni.papadopoulou@gmail.example>",
    "Übermittlung meiner Befunde",
    """Guten Tag,

ich ziehe im Dezember nach Hamburg und werde dort in der Onkologie des UKE weiterbehandelt.
Können Sie meine Befunde, Arztbriefe und die Laborwerte aus dem Patientenportal bitte in
elektronischer Form direkt an die neue Klinik übermitteln? Am liebsten in einem Format, das
die dort einlesen können, damit nicht alles neu eingetippt werden muss.

Ansprechpartnerin dort: Frau Dr. Lindqvist, Sekretariat Onkologie.

Vielen Dank!
Eleni Papadopoulou
""",
    R(["Portability"], "eleni.papadopoulou@gmail.example", "Eleni", "Papadopoulou"))

add("de-22-resultate-loeschen-du",
    "fabienne.rueegg@hotmail.example",
    "Resultate auf Website",
    """Hallo zäme

Chönd ihr bitte meine Resultate und mein Name auf eurer Website löschen? Also bei den
Crosslauf-Ranglisten 2023 bis 2025. Ich will nicht, dass man mich googeln kann und das als
erstes kommt.

Danke vielmal
Fabienne Rüegg
""",
    R(["Erasure"], "fabienne.rueegg@hotmail.example", "Fabienne", "Rüegg"))

add("de-23-biobank-einwilligung-widerruf",
    "Ngozi Okafor-Lindner <ngozi.okafor@posteo.example>",
    "Widerruf Einwilligung Biobank",
    """Sehr geehrte Damen und Herren,

im Rahmen meiner Behandlung im Juli 2025 habe ich eingewilligt, dass Blutproben und
Behandlungsdaten für die Biobank bzw. für Forschungsprojekte Ihres Klinikums verwendet werden
dürfen.

Diese Einwilligung widerrufe ich hiermit mit Wirkung für die Zukunft.

Mit freundlichen Grüßen
Ngozi Okafor-Lindner
geb. 30.11.1986
""",
    R(["Opposition"], "ngozi.okafor@posteo.example", "Ngozi", "Okafor-Lindner"))

add("de-24-betreuerin-akte",
    "Claudia Hünecke <huenecke@betreuungsbuero-huenecke.example>",
    "Anforderung Patientenunterlagen – Betreuung Herr Bernd Schwalm",
    """Sehr geehrte Damen und Herren,

ich bin durch Beschluss des Amtsgerichts Hannover vom 12.03.2024 (Az. 612 XVII 1180/24) zur
rechtlichen Betreuerin von Herrn Bernd Schwalm, geb. 19.08.1958, bestellt. Der Aufgabenkreis
umfasst u. a. die Gesundheitssorge und die Vertretung gegenüber Behörden und Einrichtungen.
Eine Kopie des Betreuerausweises füge ich bei.

Ich bitte um Übersendung einer Kopie aller bei Ihnen über Herrn Schwalm gespeicherten Daten,
insbesondere der Behandlungsdokumentation der Aufenthalte 2025 und 2026, sowie um Mitteilung,
ob für ihn ein Zugang zum Patientenportal angelegt wurde.

Mit freundlichen Grüßen
Claudia Hünecke
Berufsbetreuerin

Betreuungsbüro Hünecke
Podbielskistraße 88, 30177 Hannover
Tel. 0511 3371 90
""",
    R(["Access"], "huenecke@betreuungsbuero-huenecke.example", "Bernd", "Schwalm",
      representative="Claudia Hünecke"))

add("de-25-zugriffsprotokoll",
    "Giuseppe Lo Bianco <g.lobianco@arcor.example>",
    "Wer hat meine Akte angeschaut?",
    """Sehr geehrte Datenschutzbeauftragte,

ich möchte wissen, welche Personen bzw. Abteilungen in den letzten sechs Monaten meine
Patientenakte im Kliniksystem und im Portal geöffnet haben. Bitte schicken Sie mir eine Kopie
des Zugriffsprotokolls und eine Kopie der Daten, die Sie über mich gespeichert haben.

Es gibt Gründe, warum ich das wissen will, die ich hier nicht ausführen möchte.

Patientennummer: 88 410 273
Geburtsdatum: 07.01.1971

Giuseppe Lo Bianco
Stuttgart-Bad Cannstatt
""",
    R(["Access"], "g.lobianco@arcor.example", "Giuseppe", "Lo Bianco"))

add("de-26-usa-uebermittlung-gemischt",
    "Ali Reza Karimi <alireza.karimi@mail.example>",
    "Frage Datenschutz / data transfer",
    """Hallo,

sorry, my German is not perfect, ich versuche es. Ich nutze eure App für Bestellungen. Nutzt
ihr Dienstleister in den USA, zum Beispiel für Cloud oder Analytics? Werden meine Daten
dorthin übermittelt, und auf welcher rechtlichen Grundlage? I read something about
"Standardvertragsklauseln" but I don't understand if this applies to you.

Thank you / Danke
Ali Reza Karimi
""",
    R(["Information"], "alireza.karimi@mail.example", "Ali Reza", "Karimi"))

add("de-27-geburtsdatum-altersklasse",
    "Ricarda Stöckl <ricarda.stoeckl@gmx.example>",
    "Falsches Geburtsdatum in meiner Lizenz!",
    """Hallo,

in meiner Leichtathletik-Lizenz ist als Geburtsdatum der 12.04.2009 eingetragen, richtig ist
21.04.2008. Deswegen werde ich bei den Ergebnissen in der falschen Altersklasse gewertet (U16
statt U18) und bei der Hallen-LM in Linz stand ich auch falsch in der Liste.

Bitte korrigieren, Kopie vom Reisepass kann ich schicken.

LG Ricarda Stöckl
ATSV Linz
""",
    R(["Rectification"], "ricarda.stoeckl@gmx.example", "Ricarda", "Stöckl"))

add("de-28-kollegin-weiterleitung",
    "Jana Wiegand <jana.wiegand@acme-corp.example>",
    "WG: Account",
    """Hallo Datenschutz-Team,

kam bei uns im Service-Postfach an, könnt ihr das übernehmen? Kunde ist im System unter der
Adresse unten zu finden.

LG Jana
Kundenservice Fashion

---------- Weitergeleitete Nachricht ---------
Von: Dragan Marković <dragan.markovic@outlook.example>
Datum: So., 15. Nov. 2026 um 21:14
Betreff: Account
An: <service@acme-corp.example>

Guten Tag,

ich will meinen Account bei Ihnen komplett gelöscht haben. Außerdem will ich keine Werbemails
und keine Push-Nachrichten mehr, ich bekomme jeden Tag drei Stück.

Dragan Marković
""",
    R(["Erasure", "Opposition"], "dragan.markovic@outlook.example", "Dragan", "Marković"))

add("de-29-filiale-anhang",
    "Tobias Ehrenreich <tobias.ehrenreich@acme-corp.example>",
    "WG: Frage zu meinen Daten",
    "",
    R(["Access"], "heike.tjarks@ewe.example", "Heike", "Tjarks"),
    attached=("Heike Tjarks <heike.tjarks@ewe.example>", "Frage zu meinen Daten",
              """Hallo,

ich hätte gern eine Aufstellung aller Daten, die Sie zu meiner Kundenkarte gespeichert haben,
auch welche Einkäufe da drauf gespeichert sind. Die Karte habe ich in Ihrer Filiale in der
Obernstraße bekommen.

Mit freundlichem Gruß
Heike Tjarks
"""),
    note="""Moin,

anbei eine Kundenanfrage aus dem Filial-Postfach Bremen, ich weiß nicht, wer das sonst
bearbeiten soll. Danke euch!

Tobias Ehrenreich
Filialleitung Bremen
""")

add("de-30-sperren-statt-loeschen",
    "Bernhard Kienzl <b.kienzl@drei.example>",
    "Bitte NICHT löschen – Einschränkung nach Art. 18",
    """Sehr geehrte Damen und Herren,

Sie haben mir mitgeteilt, dass mein Kundenkonto wegen Inaktivität zum 30.11.2026 gelöscht
wird, einschließlich der Bestellhistorie.

Bitte löschen Sie die Daten zu meiner Bestellung Nr. 5521-88713 (März 2026) nicht. Ich führe
derzeit einen Rechtsstreit mit dem Zustelldienst wegen der beschädigten Lieferung und benötige
diese Daten als Beweismittel. Ich verlange daher die Einschränkung der Verarbeitung gemäß
Art. 18 Abs. 1 lit. c DSGVO, bis das Verfahren abgeschlossen ist.

Mit freundlichen Grüßen
Bernhard Kienzl
Salzburg
""",
    R(["Restriction"], "b.kienzl@drei.example", "Bernhard", "Kienzl"))

add("de-31-treuekonto-automatisch-gesperrt",
    "Samira Haddad <samira.haddad@web.example>",
    "Treuekonto gesperrt - Überprüfung",
    """Hallo,

mein Treuekonto wurde letzte Woche gesperrt, in der Mail stand nur "aufgrund auffälliger
Aktivität automatisch gesperrt". Ich habe nichts falsch gemacht, ich habe nur mehrere
Bestellungen für meine Schwestern mit meiner Karte gemacht, weil wir zusammen bestellen.

Ich möchte, dass ein Mitarbeiter die Sperrung überprüft und nicht nur der Computer, und dass
man mir erklärt, nach welchen Kriterien das entschieden wurde. Meine 4.300 Punkte sind
jetzt weg.

Samira Haddad
Kundenkarte 6001 7781 2204
""",
    R(["AutomatedDecision"], "samira.haddad@web.example", "Samira", "Haddad"))

add("de-32-nach-meinem-tod-portal",
    "Wolfgang Amsel <w.amsel@t-online.example>",
    "Patientenportal - Verfügung für den Todesfall",
    """Sehr geehrte Damen und Herren,

ich bin 78 Jahre alt und regle gerade meine Angelegenheiten. Ich möchte festlegen, was nach
meinem Tod mit meinen Daten im Patientenportal geschehen soll: Meine Tochter, Frau Kerstin
Amsel-Roth, soll dann Zugriff auf meine Unterlagen erhalten, alles andere (Konto, Nachrichten)
soll gelöscht werden.

Ist das bei Ihnen möglich, und in welcher Form muss ich das erklären?

Mit freundlichen Grüßen
Wolfgang Amsel
""",
    R(["AdvanceDirectives"], "w.amsel@t-online.example", "Wolfgang", "Amsel"))

# ---------------------------------------------------------------- tasks

add("de-33-avv-newsletter-tool",
    "Melanie Krüger <melanie.krueger@acme-corp.example>",
    "AV-Vertrag neues Newsletter-Tool – bitte prüfen",
    """Hallo zusammen,

wir wollen ab Januar für den Fashion-Newsletter von unserem bisherigen Tool auf "SendFlow"
wechseln (Server laut Anbieter in Irland, Support aus Kanada). Der Anbieter hat uns seinen
Auftragsverarbeitungsvertrag inkl. TOMs geschickt, liegt im Teams-Ordner Marketing/Verträge.

Könnt ihr euch den bis Ende November anschauen? Einkauf braucht euer OK, bevor wir
unterschreiben.

Danke & viele Grüße
Melanie Krüger
Head of CRM & Newsletter
""",
    TASK("melanie.krueger@acme-corp.example", "Melanie", "Krüger"))

add("de-34-dsfa-videosprechstunde",
    "Dr. med. Stefan Albrecht <stefan.albrecht@acme-corp.example>",
    "DSFA Videosprechstunde Patientenportal",
    """Liebe Kolleginnen und Kollegen vom Datenschutz,

wir planen, im Februar im Patientenportal eine Videosprechstunde für die Nachsorge
(Kardiologie, später Onkologie) freizuschalten. Der Dienstleister ist zertifiziert nach
Anlage 31b BMV-Ä. Die IT fragt, ob wir dafür eine Datenschutz-Folgenabschätzung brauchen –
ich gehe davon aus, ja.

Können wir kurzfristig einen Termin machen, um die DSFA aufzusetzen? Ich bringe die
Projektleitung mit.

Beste Grüße
Stefan Albrecht

Dr. med. Stefan Albrecht
Chefarzt Kardiologie | Medizinischer Projektleiter Digitalisierung
Durchwahl -4412
""",
    TASK("stefan.albrecht@acme-corp.example", "Stefan", "Albrecht"))

add("de-35-vvt-lizenzsystem",
    "Nicole Brandauer <nicole.brandauer@acme-corp.example>",
    "Verzeichnis Verarbeitungstätigkeiten – neues Lizenzsystem",
    """Hallo,

ab 1.1.2027 stellen wir die Lizenzverwaltung auf das neue System "LizenzPro" um (Anbindung an
die Vereine, Upload Sportärztliche Untersuchung, Online-Zahlung). Damit ändert sich einiges an
den Datenflüssen.

Könnt ihr bitte den Eintrag im Verzeichnis der Verarbeitungstätigkeiten anpassen? Die
Systembeschreibung und das Datenflussdiagramm hab ich euch auf SharePoint freigegeben.

Liebe Grüße aus der Geschäftsstelle Wien
Nicole Brandauer
""",
    TASK("nicole.brandauer@acme-corp.example", "Nicole", "Brandauer"))

add("de-36-schulung-pflege",
    "Patrick Sommer <patrick.sommer@acme-corp.example>",
    "Datenschutzunterweisung neue Pflegekräfte Dezember",
    """Hi,

am 1. Dezember fangen 14 neue Pflegekräfte am Standort Kassel an (davon 5 aus dem
Anerkennungsprogramm, Deutsch B2). Die brauchen vor dem ersten Dienst die
Datenschutz-Unterweisung und die Verpflichtung auf das Datengeheimnis.

Habt ihr am 1. oder 2.12. vormittags Zeit für eine Präsenzschulung? Raum organisiere ich.

Danke, Patrick
Personalentwicklung
""",
    TASK("patrick.sommer@acme-corp.example", "Patrick", "Sommer"))

add("de-37-fragebogen-ratenkauf",
    "Ömer Yıldırım <oemer.yildirim@acme-corp.example>",
    "Fwd: Datenschutz-Fragebogen Payment-Partner",
    """Hallo Datenschutz,

der neue Ratenkauf-Anbieter möchte vor dem Go-Live von uns einen ausgefüllten
Datenschutz-Fragebogen (48 Fragen, u. a. zu TOMs, Löschkonzept, Unterauftragsverarbeitern).
Frist laut denen 30.11. Ich hab den Bogen unten angehängt. Könnt ihr den ausfüllen oder mir
sagen, wen ich fragen soll?

Grüße
Ömer

-------- Weitergeleitete Nachricht --------
Betreff: Vendor Due Diligence – Data Protection Questionnaire
Von: partner-onboarding@paylater-partner.example

Dear partner, please find attached our data protection questionnaire ...
""",
    TASK("oemer.yildirim@acme-corp.example", "Ömer", "Yıldırım"))

# ---------------------------------------------------------------- incidents

add("de-38-notebook-gestohlen",
    "Jonas Feldhaus <jonas.feldhaus@acme-corp.example>",
    "Dienstlaptop aus Auto gestohlen",
    """Hallo,

mir wurde heute Nacht das Dienst-Notebook aus dem Auto gestohlen (Parkplatz vor meiner
Wohnung in Bochum, Scheibe eingeschlagen). Ich bin mobile Physiotherapie und auf dem Laptop
sind Therapiepläne und Hausbesuchslisten von ca. 40 Patienten, teilweise auch als Excel auf
dem Desktop. Ob die Festplatte verschlüsselt ist, weiß ich nicht sicher.

Anzeige bei der Polizei ist erstattet (Vorgangsnr. liegt vor). IT habe ich auch informiert.

Was muss ich jetzt noch tun?

Jonas Feldhaus
Mobile Therapie Ruhr
Mobil 0171 5530 882
""",
    INC("jonas.feldhaus@acme-corp.example", "Jonas", "Feldhaus"))

add("de-39-befundbrief-falscher-patient",
    "Birgit Haselhuhn <birgit.haselhuhn@acme-corp.example>",
    "Befundbrief an falschen Patienten verschickt",
    """Sehr geehrte Kolleginnen und Kollegen,

wir haben heute von einem Patienten, Herrn Müller aus Fulda, einen Anruf bekommen: Er hat
per Post einen MRT-Befund erhalten, der nicht ihn betrifft, sondern einen anderen Herrn Müller
(gleicher Vorname, anderes Geburtsdatum). Vermutlich falsche Auswahl im System beim Druck.

Der Patient schickt den Brief zurück. Der eigentlich betroffene Patient weiß noch nichts.

Bitte um Rückmeldung, wie wir weiter vorgehen sollen.

Mit freundlichen Grüßen
Birgit Haselhuhn
Sekretariat Radiologie, Standort Fulda
""",
    INC("birgit.haselhuhn@acme-corp.example", "Birgit", "Haselhuhn"))

add("de-40-fremde-bestellungen-app",
    "Marco Hoffmann-Ilić <marco.hi@gmx.example>",
    "Ich sehe Daten einer anderen Kundin!",
    """Hallo,

wenn ich heute in die App gehe und auf "Meine Bestellungen" tippe, sehe ich nicht meine
Bestellungen, sondern die von einer Frau Schneider aus Leipzig, mit ihrer kompletten
Lieferadresse, Telefonnummer und den letzten vier Ziffern ihrer Kreditkarte. Habe Screenshots
gemacht. Nach Ab- und Anmelden immer noch so.

Das ist doch ein Datenleck, das sollten Sie sich dringend anschauen. Ich hoffe, meine Daten
sieht jetzt nicht auch jemand anderes.

Marco Hoffmann-Ilić
""",
    INC("marco.hi@gmx.example", "Marco", "Hoffmann-Ilić"))

add("de-41-phishing-klick",
    "Sabrina Lutz <sabrina.lutz@acme-corp.example>",
    "hab auf link geklickt",
    """hallo, ich hab glaub ich auf einen link geklickt in einer mail "DHL Zustellung fehlgeschlagen"
und dann kam eine seite die aussah wie unser login und ich hab mein passwort eingegeben.
erst danach hab ich gemerkt dass die adresse komisch war. was soll ich tun?? ich hab zugriff
auf die kundendatenbank (retouren)

sabrina, retourenmanagement
""",
    INC("sabrina.lutz@acme-corp.example", "Sabrina", "Lutz"))

add("de-42-unbefugter-aktenzugriff",
    "Dr. Henrik Vogelsang <henrik.vogelsang@acme-corp.example>",
    "Vertraulich: unberechtigter Zugriff auf Patientenakte",
    """Vertraulich

Sehr geehrte Datenschutzbeauftragte,

ich muss Ihnen einen Vorfall melden. Eine Assistenzärztin unserer Abteilung hat nach meiner
Kenntnis am vergangenen Wochenende ohne Behandlungszusammenhang die Akte einer Kollegin
aufgerufen, die derzeit auf der Gynäkologie stationär liegt. Aufgefallen ist es, weil Details
zur Diagnose auf Station die Runde gemacht haben.

Ich habe die Ärztin noch nicht darauf angesprochen und bitte um Ihre Unterstützung bei der
Prüfung der Zugriffsprotokolle und beim weiteren Vorgehen.

Mit kollegialen Grüßen
Dr. med. Henrik Vogelsang
Oberarzt Anästhesie
""",
    INC("henrik.vogelsang@acme-corp.example", "Henrik", "Vogelsang"))

# ---------------------------------------------------------------- follow-ups

add("de-43-aw-eingangsbestaetigung",
    "Bettina Schlögl <bettina.schloegl@chello.example>",
    "AW: Ihre Anfrage [DSR-40117] – Eingangsbestätigung",
    """Danke für die schnelle Bestätigung.

Ich wollte noch ergänzen, dass ich bis 2024 unter einer anderen Adresse registriert war
(Mariahilfer Straße 120, 1070 Wien) und damals auch eine zweite Mailadresse verwendet habe:
b.schloegl@utanet.example. Bitte berücksichtigen Sie die auch.

Bettina Schlögl

> Sehr geehrte Frau Schlögl,
>
> vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und unter der Nummer
> DSR-40117 erfasst. Wir werden sie innerhalb der gesetzlichen Frist beantworten.
>
> Mit freundlichen Grüßen
> Ihr Datenschutz-Team
""",
    FU("40117", "bettina.schloegl@chello.example", "Bettina", "Schlögl"))

add("de-44-nachtrag-ausweis",
    '"Dr. Friederike Hollweg" <f.hollweg@posteo.example>',
    "Re: Auskunftsersuchen nach Art. 15 DSGVO – Patientenportal",
    """Nachtrag zu meiner Mail von heute früh: Falls Sie zur Identifizierung einen Nachweis
benötigen, kann ich mich gerne im Portal mit Zwei-Faktor anmelden oder eine Ausweiskopie
(geschwärzt) schicken. Bitte teilen Sie mir mit, was Ihnen lieber ist.

F. Hollweg
""",
    FU(ref("de-01-auskunft-patientenakte"), "f.hollweg@posteo.example", "Friederike", "Hollweg"),
    headers=irt("de-01-auskunft-patientenakte"))

add("de-45-frist-abgelaufen-ch",
    "René Zimmermann-Frei <rene.zimmermann@gmx.example>",
    "Re: [DSR-39882] Ihr Auskunftsbegehren",
    """Guten Tag

Mein Auskunftsbegehren haben Sie am 9. Oktober bestätigt. Die Frist von 30 Tagen ist
verstrichen und ich habe nichts erhalten.

Ich erwarte Ihre Antwort bis Freitag, andernfalls wende ich mich an den EDÖB.

René Zimmermann-Frei
""",
    FU("39882", "rene.zimmermann@gmx.example", "René", "Zimmermann-Frei"))

add("de-46-nachtrag-zweite-karte",
    "Familie Özdemir <familie.oezdemir@web.example>",
    "Re: Kundenkarte kündigen",
    """Noch was: wir haben noch eine zweite Karte auf meinen Namen, Nr. 6001 2231 8891, die
bitte auch. Antwort bitte wieder an meine Adresse.

Emre
""",
    FU(ref("de-15-familienadresse-kundenkarte"), "emre.oezdemir@mailbox.example", "Emre", "Özdemir"),
    headers=irt("de-15-familienadresse-kundenkarte") + ["Reply-To: emre.oezdemir@mailbox.example"])

# ---------------------------------------------------------------- ignored

add("de-47-spam-dsgvo-check",
    "DSGVO Sofort-Check <info@dsgvo-sofortcheck.example>",
    "ABMAHNGEFAHR: Ihre Website verstößt gegen die DSGVO",
    """Sehr geehrte Damen und Herren,

bei einer automatischen Prüfung Ihrer Website acme-corp.example haben wir 17 DSGVO-Verstöße
festgestellt (Cookie-Banner, Google Fonts, fehlende Löschfristen). Abmahnungen kosten schnell
bis zu 5.000 EUR!

Jetzt für nur 49 EUR netto den vollständigen Prüfbericht anfordern und alle Daten
rechtssicher löschen lassen: https://dsgvo-sofortcheck.example/bericht

Sie möchten keine weiteren Informationen? Antworten Sie mit "STOP".
""",
    IGN("spam", "info@dsgvo-sofortcheck.example"),
    headers=SPAM_HDR)

add("de-48-phishing-postfach",
    "Mail-Administrator <admin@acme-corp-mailsupport.example>",
    "Ihr Postfach privacy@acme-corp.example wird in 24 Stunden gelöscht",
    """Sehr geehrter Benutzer,

Ihr Postfach hat das Speicherlimit überschritten. Alle Nachrichten werden in 24 Stunden
dauerhaft gelöscht, wenn Sie Ihr Konto nicht bestätigen.

Jetzt bestätigen: https://acme-corp-mailsupport.example/verify?u=privacy

IT-Service-Desk
""",
    IGN("spam", "admin@acme-corp-mailsupport.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailsupport.example")])

add("de-49-spam-nachlass",
    "Rechtsanwalt Dr. Klaus Bergmann <dr.k.bergmann@freemail.example>",
    "Vertrauliche Angelegenheit – Nachlass",
    """Sehr geehrte/r Begünstigte/r,

ich bin der persönliche Anwalt eines verstorbenen Kunden, der ein Vermögen von
4.500.000,00 € bei einer Bank in Lomé hinterlassen hat und keine Erben. Da Sie denselben
Familiennamen tragen, möchte ich Ihnen vorschlagen, als Begünstigte/r aufzutreten. Wir teilen
50/50. Alles ist legal und risikofrei.

Bitte antworten Sie mit Ihrem vollständigen Namen, Ihrer Telefonnummer und einer
Ausweiskopie.

Hochachtungsvoll
Dr. Klaus Bergmann
""",
    IGN("spam", "dr.k.bergmann@freemail.example"),
    ct=CP1252, encode="cp1252")

add("de-50-abwesenheit",
    "Stefanie Brandl <stefanie.brandl@stadtwerke-ried.example>",
    "Abwesenheitsnotiz: Ihre Anfrage [DSR-40002]",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
zentrale@stadtwerke-ried.example.

Mit freundlichen Grüßen
Stefanie Brandl
""",
    IGN("auto_reply", "stefanie.brandl@stadtwerke-ried.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("de-51-newsletter-fachmagazin",
    "Datenschutz-Praxis <newsletter@datenschutz-praxis.example>",
    "Datenschutz-Praxis 11/2026: Neue Leitlinien zu Gesundheitsdaten",
    """Datenschutz-Praxis – Ihr Newsletter für November 2026

* EDSA: Neue Leitlinien zu Gesundheitsdaten in Apps
* Urteil: Schadensersatz bei verspäteter Auskunft
* Checkliste: Fotos von Minderjährigen im Vereinssport
* Webinar am 3.12.: Löschkonzepte in der Praxis

Sie erhalten diesen Newsletter, weil Sie sich auf datenschutz-praxis.example angemeldet haben.
Abmelden: https://datenschutz-praxis.example/abmelden
""",
    IGN("bulk", "newsletter@datenschutz-praxis.example"),
    headers=["List-Id: Datenschutz-Praxis Newsletter <news.datenschutz-praxis.example>",
             "List-Unsubscribe: <mailto:unsubscribe@datenschutz-praxis.example>",
             "Precedence: bulk"])

add("de-52-unzustellbar",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Unzustellbar: Ihre Anfrage",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
