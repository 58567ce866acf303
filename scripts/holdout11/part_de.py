from common import *  # part de: written blind

# ---------------------------------------------------------------- requests

add("de-01-einzeiler-gespeichert", "M. Schröder <m.schroeder@gmx-mail.example>", "Anfrage",
"""Bitte teilen Sie mir mit, was Sie alles über mich gespeichert haben. Danke. M. Schröder
""", R(["Access"], "m.schroeder@gmx-mail.example", None, "Schröder"))

add("de-02-konto-loeschen-tippfehler", "dennis.krueger91@web-mail.example", "konto löschn",
"""hallo, ich möchte das mein konto bei fahrwerk gelöscht wird und alle meine datn auch, hab die app schon deinstaliert und brauch das nicht mehr
gruß Dennis Krüger
""", R(["Erasure"], "dennis.krueger91@web-mail.example", "Dennis", "Krüger"))

add("de-03-unfall-lange-geschichte", "Jürgen Albrecht <j.albrecht@t-online-mail.example>", "Beschwerde Unfallabwicklung / Weitergabe meiner Daten",
"""Sehr geehrte Damen und Herren,

ich bin seit 2023 Kunde bei Fahrwerk und habe bisher nie Probleme gehabt. Am 21. September stand ich mit einem Ihrer Carsharing-Fahrzeuge (VW ID.3, Kennzeichen M-FW 2291E) an einer roten Ampel in München-Schwabing, als mir jemand hinten draufgefahren ist. Eindeutige Sache, der Unfallgegner hat das auch sofort zugegeben, die Polizei war vor Ort.

Trotzdem bekam ich drei Wochen später Post von einem Gutachterbüro, das "im Auftrag von Fahrwerk" wissen wollte, mit welcher Geschwindigkeit ich vor dem Aufprall gefahren sei – und die hatten schon einen Ausdruck mit meinen Fahrdaten aus der Telematikbox! Ich habe nie zugestimmt, dass jemand von außen meine Fahrdaten bekommt. Dann rief auch noch die gegnerische Versicherung bei mir auf dem Handy an. Woher hatten die meine Nummer?

Ich will jetzt von Ihnen wissen, an wen Sie meine Daten in diesem Zusammenhang weitergegeben haben: Gutachter, Versicherungen, Polizei, Anwälte, wer noch? Und auf welcher Grundlage?

Ihre Hotline konnte mir dazu nichts sagen, man hat mich nur an diese Adresse verwiesen. Ich erwarte eine schriftliche Antwort.

Mit freundlichen Grüßen
Jürgen Albrecht
""", R(["Information"], "j.albrecht@t-online-mail.example", "Jürgen", "Albrecht"))

add("de-04-oesterreich-nachname-falsch", "Magdalena Pölzl <magdalena.poelzl@aon-mail.example>", "Richtigstellung meines Namens",
"""Grüß Gott,

auf allen Schreiben Ihrer Ordination in Linz (Glimlach Zahnambulatorium Landstraße) steht mein Nachname als "Pöltl". Richtig ist Pölzl, mit z. Das ist bei der Krankenkasse schon einmal zu einem Problem bei der Abrechnung geworden.

Ich ersuche höflich um Richtigstellung in Ihrer Patientenkartei und bei der Ratenvereinbarung.

Mit besten Grüßen
Magdalena Pölzl
""", R(["Rectification"], "magdalena.poelzl@aon-mail.example", "Magdalena", "Pölzl"))

add("de-05-fahrtenbuch-datev", "Stefanie Wolff <s.wolff@wolff-design.example>", "Fahrtenbuch als Export für Steuerberater",
"""Hallo Fahrwerk-Team,

ich fahre seit April einen Privatleasing-Wagen bei Ihnen und nutze ihn teilweise beruflich. Mein Steuerberater braucht für die Steuererklärung ein lückenloses Fahrtenbuch. Die Telematikbox zeichnet ja jede Fahrt auf.

Könnten Sie mir alle Fahrten seit dem 1. April (Datum, Uhrzeit, Start, Ziel, Kilometer) als CSV-Datei zur Verfügung stellen, die er direkt in DATEV importieren kann? Screenshots aus der App nützen ihm leider nichts.

Viele Grüße
Stefanie Wolff
Wolff Grafikdesign
Tel. 0711 / 48 22 190
""", R(["Portability"], "s.wolff@wolff-design.example", "Stefanie", "Wolff"))

add("de-06-schweiz-kfo-wechsel", "Reto Brunner <reto.brunner@bluewin-mail.example>", "Wechsel Kieferorthopäde – Unterlagen übermitteln",
"""Grüezi

Ich ziehe Ende Monat von Zürich nach Basel und setze meine Zahnspangen-Behandlung dort bei Dr. Anna Meier (Praxis am Spalenberg) fort.

Ich bitte Sie, meine Röntgenbilder, die 3D-Scans und den Behandlungsplan direkt elektronisch an die neue Praxis zu übermitteln: praxis@kfo-spalenberg.example. Ein Ausdruck ist nicht nötig.

Freundliche Grüsse
Reto Brunner
""", R(["Portability"], "reto.brunner@bluewin-mail.example", "Reto", "Brunner"))

add("de-07-caps-werbeanrufe", "GUENTHER WAGNER <g.wagner55@freenet-mail.example>", "WERBEANRUFE SOFORT EINSTELLEN",
"""SEHR GEEHRTE DAMEN UND HERREN,

ICH WERDE SEIT WOCHEN VON IHNEN ANGERUFEN WEGEN EINEM "AUTO-ABO". ICH WILL DAS NICHT. ICH HABE NIE MEINE ERLAUBNIS FÜR ANRUFE GEGEBEN. STREICHEN SIE MEINE NUMMER AUS IHREN LISTEN UND RUFEN SIE MICH NIE WIEDER AN.

GÜNTHER WAGNER
""", R(["Opposition"], "g.wagner55@freenet-mail.example", "Günther", "Wagner"))

add("de-08-ratenzahlung-scoring-abgelehnt", "Mehmet Aydın <mehmet.aydin@posteo-mail.example>", "Ratenzahlung für Zahnersatz automatisch abgelehnt",
"""Sehr geehrte Damen und Herren,

für meinen Zahnersatz (Kostenplan 5.860 EUR) wollte ich die Ratenzahlung nutzen, die Ihre Praxis in Köln-Ehrenfeld anbietet. Ich habe das Online-Formular ausgefüllt und nach wenigen Sekunden kam die Mitteilung, dass eine Finanzierung "aufgrund der automatisierten Bonitätsprüfung" nicht möglich sei.

Das akzeptiere ich so nicht. Ich habe ein festes Einkommen und keine negativen Schufa-Einträge. Ich verlange, dass diese Entscheidung von einem Menschen überprüft wird und dass ich dazu Stellung nehmen kann.

Mit freundlichen Grüßen
Mehmet Aydın
""", R(["AutomatedDecision"], "mehmet.aydin@posteo-mail.example", "Mehmet", "Aydın"))

add("de-09-konto-gesperrt-fahrverhalten", "Lukas Hoffmann <lukas.hoffmann@mailbox-de.example>", "Konto gesperrt wegen \"auffälligem Fahrverhalten\"?!",
"""Hi,

seit gestern kann ich keine Autos mehr buchen. In der App steht: "Ihr Konto wurde aufgrund auffälligen Fahrverhaltens vorübergehend gesperrt." Keine Mail, kein Anruf, nichts.

Ich vermute, das kommt von der Fahrt am Samstag auf der A9, da musste ich wegen eines Rehs eine Vollbremsung machen. Das hat Ihr System dann wohl als Raserei gewertet.

Ich möchte, dass sich ein Mitarbeiter das anschaut und nicht ein Algorithmus über meine Sperre entscheidet. Ich kann auch gern erklären, was passiert ist.

Lukas Hoffmann
""", R(["AutomatedDecision"], "lukas.hoffmann@mailbox-de.example", "Lukas", "Hoffmann"))

add("de-10-html-personalisierte-werbung", "Nina Bergmann <nina.bergmann@gmx-mail.example>", "Newsletter & Angebote",
html("Liebes Fahrwerk-Team,",
     "bitte tragen Sie mich aus Ihrem Newsletter aus. Außerdem möchte ich keine <i>personalisierten Angebote</i> mehr bekommen, die offensichtlich aus meinen Fahrten abgeleitet werden (&bdquo;Sie fahren oft nach Hamburg &ndash; 10&nbsp;% auf Langzeitmieten!&ldquo;).",
     "Mein Konto möchte ich behalten.",
     "Danke und viele Grüße<br>Nina Bergmann"),
R(["Opposition"], "nina.bergmann@gmx-mail.example", "Nina", "Bergmann"), ct=HTML)

add("de-11-mutter-fotos-sohn", "Sabine Hartmann <sabine.hartmann@arcor-mail.example>", "Fotos meines Sohnes im Wartezimmer",
"""Guten Tag,

mein Sohn Leon Hartmann (14) ist bei Ihnen in Dresden in kieferorthopädischer Behandlung. Bei unserem letzten Termin habe ich gesehen, dass auf dem Bildschirm im Wartezimmer Vorher-Nachher-Fotos laufen – darunter auch Bilder von Leon, auf denen er gut zu erkennen ist.

Wir haben damals ein Formular unterschrieben, aber ich dachte, das sei nur für die Dokumentation. Als Erziehungsberechtigte widerrufe ich diese Einwilligung hiermit. Bitte entfernen Sie die Fotos vom Bildschirm und löschen Sie sie aus allem, was mit Werbung zu tun hat.

Freundliche Grüße
Sabine Hartmann
""", R(["Opposition", "Erasure"], "sabine.hartmann@arcor-mail.example", "Leon", "Hartmann", representative="Sabine Hartmann"))

add("de-12-familie-huber-cloud-usa", "Familie Huber <familie.huber@aon-mail.example>", "Röntgenbilder in der Cloud?",
"""Servus,

ich war letzte Woche in Ihrer Ordination in Graz und habe gesehen, dass die Röntgenbilder auf einem Tablet angezeigt wurden, mit so einem Programm, das offensichtlich online läuft. Werden meine Gesundheitsdaten in einer Cloud gespeichert? Wenn ja, wo – in Europa oder in den USA? Und wer hat darauf Zugriff?

Bitte antworten Sie an meine eigene Adresse, dieses Postfach lesen alle in der Familie.

LG
Christine Huber
""", R(["Information"], "christine.huber@gmx-mail.example", "Christine", "Huber"),
headers=["Reply-To: Christine Huber <christine.huber@gmx-mail.example>"])

add("de-13-latin1-neue-bankverbindung", "Hans-Peter Weiß <hp.weiss@kabelmail.example>", "Änderung Anschrift und Bankverbindung",
"""Sehr geehrte Damen und Herren,

bitte ändern Sie meine Daten wie folgt:

neue Anschrift: Lindenstraße 7, 34117 Kassel
neue Bankverbindung für den Lastschrifteinzug der Leasingrate: IBAN DE44 5205 0353 0001 2345 67 (Kasseler Sparkasse)

Die alte Kontoverbindung bei der Postbank wird zum 30.11. aufgelöst. Ich bitte um kurze Bestätigung.

Mit freundlichen Grüßen
Hans-Peter Weiß
""", R(["Rectification"], "hp.weiss@kabelmail.example", "Hans-Peter", "Weiß"), ct=LATIN1, encode="latin-1")

add("de-14-cp1252-raten-bezahlt", "Elisabeth Gruber <elisabeth.gruber@chello-mail.example>", "Ratenplan abbezahlt – Auskunft und Löschung",
"""Sehr geehrte Damen und Herren,

mit der Rate vom Oktober habe ich meinen Ratenplan für die Implantate (insgesamt € 4.120,–) vollständig beglichen. Bei Abschluss wurden damals Einkommensnachweise, Kontoauszüge und eine „Bonitätsauskunft“ eingeholt.

Ich ersuche Sie, mir mitzuteilen, welche dieser Unterlagen und Angaben Sie bzw. Ihr Finanzierungspartner noch gespeichert haben. Anschließend bitte ich um Vernichtung bzw. Löschung dieser Finanzunterlagen – meine Patientenakte betrifft das natürlich nicht.

Mit freundlichen Grüßen
Elisabeth Gruber
Wien
""", R(["Access", "Erasure"], "elisabeth.gruber@chello-mail.example", "Elisabeth", "Gruber"), ct=CP1252, encode="cp1252")

add("de-15-formell-art17-art21", "Dr. Friedrich von Ahlen <f.vonahlen@kanzlei-vonahlen.example>", "Löschung und Widerspruch gemäß Art. 17, 21 DSGVO",
"""Sehr geehrte Damen und Herren,

hiermit mache ich gegenüber der Fahrwerk Mobility GmbH folgende Rechte geltend:

1. Widerspruch gemäß Art. 21 Abs. 2 DSGVO gegen die Verarbeitung meiner personenbezogenen Daten zu Zwecken der Direktwerbung, einschließlich eines damit verbundenen Profilings;

2. Löschung gemäß Art. 17 Abs. 1 DSGVO sämtlicher zu meiner Person gespeicherten Daten, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen. Mein Kundenkonto (Kundennr. FW-0093312) ist zu schließen.

Bitte bestätigen Sie mir die Umsetzung schriftlich innerhalb der Frist des Art. 12 Abs. 3 DSGVO.

Mit freundlichen Grüßen

Dr. Friedrich von Ahlen
Rechtsanwalt

Kanzlei von Ahlen | Königsallee 58 | 40212 Düsseldorf
Tel. +49 211 8630 440 | Fax +49 211 8630 449

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""", R(["Opposition", "Erasure"], "f.vonahlen@kanzlei-vonahlen.example", "Friedrich", "von Ahlen"))

add("de-16-anwaeltin-mandantin-inkasso", "RAin Julia Seidel <seidel@seidel-recht.example>", "Mandantin Frau Petra Lange – Auskunftsersuchen Art. 15 DSGVO",
"""Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeige ich an, dass mich Frau Petra Lange, Wiesenweg 3, 04315 Leipzig, anwaltlich vertritt. Eine auf mich lautende Vollmacht liegt bei.

Meine Mandantin hat von einem Inkassounternehmen eine Forderung aus einer angeblich offenen Ratenzahlungsvereinbarung mit der Zahnarztpraxis Glimlach Leipzig-Mitte erhalten. Namens und in Vollmacht meiner Mandantin ersuche ich Sie um vollständige Auskunft über die zu ihrer Person gespeicherten Daten nach Art. 15 DSGVO, einschließlich einer Kopie der Daten, der Empfänger (insbesondere des Inkassounternehmens und etwaiger Auskunfteien) und der Herkunft der Daten.

Für die Erledigung habe ich mir den 16.12.2026 notiert.

Mit freundlichen Grüßen

Julia Seidel
Rechtsanwältin
Seidel Rechtsanwälte – Karl-Liebknecht-Str. 12 – 04107 Leipzig
""", R(["Access"], "seidel@seidel-recht.example", "Petra", "Lange", representative="Julia Seidel"))

add("de-17-erbin-mutter", "Claudia Neumann <claudia.neumann@email-de.example>", "Verstorbene Patientin Ingrid Neumann",
"""Sehr geehrte Damen und Herren,

meine Mutter, Frau Ingrid Neumann, geb. 04.05.1941, ist am 28. Oktober verstorben. Sie war viele Jahre Patientin in Ihrer Praxis in Bielefeld. Seitdem kommen weiterhin Terminerinnerungen per SMS auf ihr Handy, das ich nun habe – das ist jedes Mal ein Stich.

Als Alleinerbin bitte ich Sie, die Daten meiner Mutter zu löschen, soweit Sie dürfen, damit diese Nachrichten endlich aufhören. Erbschein kann ich vorlegen.

Mit freundlichen Grüßen
Claudia Neumann
""", R(["Erasure"], "claudia.neumann@email-de.example", "Ingrid", "Neumann", representative="Claudia Neumann"))

add("de-18-digitaler-nachlass", "Werner Koch <werner.koch@t-online-mail.example>", "Digitaler Nachlass – mein Fahrwerk-Konto",
"""Guten Tag,

ich regle gerade mit meinem Notar meinen digitalen Nachlass. Dabei ist mir Ihr Carsharing-Konto eingefallen, das ich seit Jahren nutze.

Ich möchte festlegen, dass nach meinem Tod mein Konto geschlossen und die gespeicherten Fahrten gelöscht werden und dass meine Kinder keinen Einblick in meine Fahrtenhistorie bekommen. Ist das bei Ihnen möglich, und in welcher Form muss ich Ihnen das mitteilen?

Mit freundlichen Grüßen
Werner Koch
""", R(["AdvanceDirectives"], "werner.koch@t-online-mail.example", "Werner", "Koch"))

add("de-19-schweiz-telematik-frage", "corinne.keller@sunrise-mail.example", "Frage zur Telematikbox",
"""Grüezi mitenand

Ich überlege, ein Auto-Abo bei Fahrwerk abzuschliessen. Vorher möchte ich wissen: Was genau zeichnet die Telematikbox auf (nur Kilometer oder auch Standort und Fahrstil)? Wird der Standort laufend übermittelt? Wo werden die Daten gespeichert, in der Schweiz oder im Ausland, und wie lange?

Besten Dank und freundliche Grüsse
Corinne Keller
""", R(["Information"], "corinne.keller@sunrise-mail.example", "Corinne", "Keller"), ct=LATIN1, encode="latin-1-qp")

add("de-20-mixed-englisch-deutsch", "Priyanka Nair <priyanka.nair@mail-berlin.example>", "my data / meine Daten",
"""Hallo,

sorry, my German is still not perfect. I have been using Fahrwerk carsharing in Berlin for one year. Ich möchte bitte alles sehen, was Sie über mich gespeichert haben - trips, payments, the photo of my driving licence, everything. Can you send it to me per E-Mail?

Vielen Dank!
Priyanka Nair
""", R(["Access"], "priyanka.nair@mail-berlin.example", "Priyanka", "Nair"))

add("de-21-nicht-loeschen-kein-profiling", "Tobias Fischer <tobias.fischer@gmx-mail.example>", "Auswertung meines Fahrverhaltens",
"""Hallo,

vorab: Ich bin zufrieden und will mein Konto weder kündigen noch löschen lassen.

Aber ich habe in den AGB gelesen, dass Sie mein Fahrverhalten "zur Verbesserung Ihrer Angebote und für Partnerangebote" auswerten. Dem widerspreche ich. Die Telematikdaten dürfen Sie für die Abrechnung nutzen, aber bitte nicht für Profile oder Werbung.

Gruß
Tobias Fischer
""", R(["Opposition"], "tobias.fischer@gmx-mail.example", "Tobias", "Fischer"))

add("de-22-doppelte-abbuchung", "Andrea Zimmermann <a.zimmermann@web-mail.example>", "Rate doppelt abgebucht",
"""Guten Tag,

die Rate für meine Zahnspange wurde im November zweimal von meinem Konto abgebucht (je 89,50 EUR am 02.11. und 03.11.). Bitte überweisen Sie mir den doppelten Betrag zurück.

Mit freundlichen Grüßen
Andrea Zimmermann
""", R(["Unknown"], "a.zimmermann@web-mail.example", "Andrea", "Zimmermann"))

add("de-23-schluessel-graz", "florian.steiner@aon-mail.example", "schlüssel",
"""wo kann ich in graz den autoschlüssel abgeben wenn die station am hauptbahnhof zu hat? florian steiner
""", R(["Unknown"], "florian.steiner@aon-mail.example", "Florian", "Steiner"))

add("de-24-fuehrerscheinkopie", "Sebastian Richter <sebastian.richter@mailbox-de.example>", "Kopie meines Führerscheins",
"""Hallo,

bei der Registrierung musste ich Vorder- und Rückseite meines Führerscheins und meinen Personalausweis hochladen. Wozu brauchen Sie den Ausweis überhaupt noch, wenn der Führerschein doch geprüft ist? Und wer bei Ihnen kann diese Bilder einsehen?

Bitte löschen Sie die Ausweiskopie. Die Führerscheinprüfung ist ja längst erledigt.

Danke
Sebastian Richter
""", R(["Information", "Erasure"], "sebastian.richter@mailbox-de.example", "Sebastian", "Richter"))

add("de-25-betreuer-auskunft-adresse", "Thomas Kuhn <kuhn@betreuungsbuero-kuhn.example>", "Rechtliche Betreuung Herr Karl-Heinz Becker",
"""Sehr geehrte Damen und Herren,

ich bin vom Amtsgericht Hannover zum rechtlichen Betreuer von Herrn Karl-Heinz Becker, geb. 11.02.1952, bestellt (Aufgabenkreise u. a. Vermögenssorge und Gesundheitssorge). Eine Kopie des Betreuerausweises füge ich bei.

Herr Becker ist Patient in Ihrer Zahnarztpraxis Hannover-List. Ich bitte Sie um Auskunft, welche Daten Sie zu Herrn Becker gespeichert haben, insbesondere zu offenen Forderungen und Ratenvereinbarungen.

Außerdem ist die bei Ihnen hinterlegte Anschrift veraltet: Herr Becker lebt seit August im Seniorenzentrum Eilenriede, Am Lister Bad 4, 30161 Hannover. Bitte korrigieren Sie das.

Mit freundlichen Grüßen
Thomas Kuhn
Berufsbetreuer
Tel. 0511 / 62 40 15
""", R(["Access", "Rectification"], "kuhn@betreuungsbuero-kuhn.example", "Karl-Heinz", "Becker", representative="Thomas Kuhn"))

add("de-26-geburtsname-nach-scheidung", "Katharina Lindner <katharina.lindner@posteo-mail.example>", "Namensänderung",
"""Hallo,

nach meiner Scheidung trage ich wieder meinen Geburtsnamen. Bei Ihnen bin ich noch als Katharina Brandt registriert, bitte ändern Sie den Namen auf Katharina Lindner, auch im Führerscheinprofil. Eine Kopie des neuen Ausweises kann ich hochladen.

Viele Grüße
Katharina Lindner
""", R(["Rectification"], "katharina.lindner@posteo-mail.example", "Katharina", "Lindner"))

add("de-27-schadensmeldung-einschraenken", "Moritz Kaiser <moritz.kaiser@freenet-mail.example>", "Schadensmeldung Kratzer – bitte vorerst nichts weitergeben",
"""Guten Tag,

mir wird ein Kratzer an der Heckklappe eines Fahrzeugs zugeschrieben, das ich am 6.11. gefahren bin. Ich bestreite das, der Kratzer war vorher schon da (ich habe Fotos bei Fahrtbeginn gemacht, die liegen Ihrem Schadenteam vor).

Bis das geklärt ist, möchte ich, dass meine Daten zu diesem Vorgang nur noch gespeichert und nicht weiter verwendet werden – insbesondere keine Meldung an die Versicherung oder eine Auskunftei, und kein Eintrag in meinem Kundenprofil.

Mit freundlichen Grüßen
Moritz Kaiser
""", R(["Restriction"], "moritz.kaiser@freenet-mail.example", "Moritz", "Kaiser"))

add("de-28-einwilligung-umfragen", "Laura Schmitt <laura.schmitt@web-mail.example>", "Umfragen",
"""Ich widerrufe meine Einwilligung, dass Sie mich für Kundenzufriedenheitsumfragen und Marktforschung kontaktieren. Laura Schmitt
""", R(["Opposition"], "laura.schmitt@web-mail.example", "Laura", "Schmitt"))

add("de-29-anbieterwechsel-score", "Felix Braun <felix.braun@mail-hamburg.example>", "Wechsel zu anderem Anbieter – Fahrerscore mitnehmen",
"""Moin,

ich wechsle Anfang Dezember zu einem anderen Carsharing-Anbieter, der einen Rabatt für Fahrer mit gutem Fahrprofil gibt. Bei Ihnen habe ich einen Fahrerscore von 94/100.

Können Sie mir meine Fahrdaten und den Score in einem maschinenlesbaren Format (JSON, CSV, egal) schicken, damit ich sie beim neuen Anbieter hochladen kann? Wenn das erledigt ist, können Sie mein Konto und meine Daten bei Ihnen komplett löschen.

Moin moin
Felix Braun
""", R(["Portability", "Erasure"], "felix.braun@mail-hamburg.example", "Felix", "Braun"))

add("de-30-lange-geschichte-kfo", "Anja Roth <anja.roth@arcor-mail.example>", "Meine Erfahrungen mit Ihrer Praxis in Nürnberg",
"""Sehr geehrte Damen und Herren,

eigentlich wollte ich nur eine Beschwerde an die Praxisleitung schreiben, aber dort erreicht man niemanden. Also schreibe ich hierher.

Seit 2024 bin ich mit meiner Aligner-Behandlung in Ihrer Praxis in Nürnberg. Anfangs lief alles gut. Dann wurde die Praxis umgebaut, die Termine wurden zweimal kurzfristig abgesagt, und beim dritten Termin war meine Behandlerin gekündigt. Die Nachfolgerin kannte meinen Fall nicht und meinte, laut "Akte" hätte ich die Schienen nicht regelmäßig getragen. Das stimmt nicht! Ich habe sie 22 Stunden am Tag getragen.

Ich möchte deshalb sehen, was in meiner Akte und in Ihrem System über mich steht – alle Einträge, Notizen, Fotos, Scans und auch die Abrechnungsdaten zu meinem Ratenplan. Bitte schicken Sie mir das zu.

Dazu kommt, dass die Ratenzahlung natürlich weiterläuft, obwohl die Behandlung seit zwei Monaten stillsteht. Das werde ich mit meinem Anwalt besprechen, falls sich nichts ändert.

Mit freundlichen Grüßen
Anja Roth
""", R(["Access"], "anja.roth@arcor-mail.example", "Anja", "Roth"))

add("de-31-kamera-wartezimmer", "Daniel Vogel <daniel.vogel@gmx-mail.example>", "Videoüberwachung in der Praxis",
"""Guten Tag,

im Empfangsbereich Ihrer Praxis in Stuttgart-West hängt eine Kamera, die auch auf die Sitzplätze im Wartezimmer gerichtet ist. Ein Hinweisschild habe ich nicht gesehen. Wer sieht sich die Aufnahmen an und wie lange werden sie aufbewahrt?

Außerdem möchte ich die Aufnahmen von mir am 12.11. zwischen 8:30 und 9:15 Uhr haben.

Daniel Vogel
""", R(["Information", "Access"], "daniel.vogel@gmx-mail.example", "Daniel", "Vogel"))

add("de-32-handynummer-entfernen", "Marie Schulz <marie.schulz@icloud-mail.example>", "Handynummer",
"""Hallo, ich bin seit einem Jahr nicht mehr Kundin bei Glimlach. Bitte entfernt meine Handynummer und meine Mailadresse aus eurem System.

LG Marie Schulz

Von meinem iPhone gesendet
""", R(["Erasure"], "marie.schulz@icloud-mail.example", "Marie", "Schulz"))

# colleague forward inline: the data subject is the customer
add("de-33-kollegin-weitergeleitet", "Sandra Lehmann <sandra.lehmann@acme-corp.example>", "WG: Weitergabe an Versicherung",
"""Hallo Datenschutz-Team,

diese Mail kam bei uns im Kundenservice an. Ich glaube, das ist ein Fall für euch. Könnt ihr übernehmen?

Danke & Gruß
Sandra Lehmann
Kundenservice Fahrwerk

-------- Weitergeleitete Nachricht --------
Von: Oliver Krause <oliver.krause@web-mail.example>
Gesendet: Sonntag, 15. November 2026 19:47
An: service@acme-corp.example
Betreff: Weitergabe an Versicherung

Hallo,

ich habe einen Brief von Ihrer "Partnerversicherung" bekommen, die mir auf Grundlage meiner Fahrdaten einen Telematik-Tarif für mein Privatauto anbietet. Ich will nicht, dass Sie meine Fahrdaten an Versicherungen oder andere Partner für Werbung weitergeben. Bitte stellen Sie das ab.

Oliver Krause
""", R(["Opposition"], "oliver.krause@web-mail.example", "Oliver", "Krause"))

# colleague forward as attachment
add("de-34-empfang-anhang", "Melanie Berger <melanie.berger@acme-corp.example>", "WG: Anfrage Patient",
"", R(["Access"], "yannick.moser@bluewin-mail.example", "Yannick", "Moser"),
attached=("Yannick Moser <yannick.moser@bluewin-mail.example>", "Meine Daten",
"""Guten Tag

Ich möchte gerne wissen, welche Personendaten Sie über mich bearbeiten, und bitte Sie um eine vollständige Zusammenstellung inkl. der Behandlungsdokumentation.

Freundliche Grüsse
Yannick Moser
"""),
note="""Hoi zusammen,

im Anhang eine Anfrage von einem Patienten aus unserer Praxis in Bern. Ich weiss nicht, was wir ihm schicken dürfen – bitte übernehmt ihr?

Gruss
Melanie Berger
Empfang Glimlach Bern
""")

# ---------------------------------------------------------------- tasks

add("de-35-task-avv-factoring", "Markus Schmid <markus.schmid@acme-corp.example>", "AVV mit neuem Factoring-Partner prüfen",
"""Hallo zusammen,

für die Ratenzahlung in den deutschen Glimlach-Praxen wollen wir ab Q1 mit der ZahnFinanz Abrechnungs GmbH zusammenarbeiten. Die Rechtsabteilung hat den Hauptvertrag durch, es fehlt noch der Auftragsverarbeitungsvertrag samt TOMs.

Könnt ihr den AVV bis Ende November prüfen? Mir ist unklar, ob das überhaupt Auftragsverarbeitung ist oder ob die eigenverantwortlich handeln (Forderungskauf).

Danke!
Markus Schmid
Leitung Finanzen DACH
""", TASK("markus.schmid@acme-corp.example", "Markus", "Schmid"))

add("de-36-task-vvt-ki-schaeden", "Jana Wolf <jana.wolf@acme-corp.example>", "Eintrag ins Verarbeitungsverzeichnis: KI-Schadenerkennung",
"""Hallo Datenschutz,

ab Januar müssen Kundinnen und Kunden beim Abstellen des Fahrzeugs vier Fotos mit der App machen, die automatisch von einer KI auf neue Schäden geprüft werden (Anbieter: ScanDamage Oy, Finnland). Auf den Fotos können Personen und Kennzeichen zu sehen sein.

Bitte nehmt die Verarbeitung ins Verzeichnis von Verarbeitungstätigkeiten auf und sagt mir, ob wir dafür eine DSFA brauchen.

Viele Grüße
Jana Wolf
Produktmanagement App
""", TASK("jana.wolf@acme-corp.example", "Jana", "Wolf"))

add("de-37-task-loeschkonzept-telematik", "Christian Wagner <christian.wagner@acme-corp.example>", "Löschfristen Telematikdaten – Abstimmung",
"""Hi,

wir bauen gerade die Datenplattform für die Telematikdaten neu. Aktuell werden Rohdaten (GPS alle 5 Sekunden) unbegrenzt gespeichert. Für das neue Löschkonzept brauche ich von euch eine Vorgabe: wie lange dürfen wir Rohdaten, aggregierte Fahrten und Schadensfall-Daten vorhalten?

Können wir dazu diese oder nächste Woche 30 Minuten sprechen?

Christian Wagner
Data Engineering
""", TASK("christian.wagner@acme-corp.example", "Christian", "Wagner"))

add("de-38-task-schulung-oesterreich", "Verena Hofer <verena.hofer@acme-corp.example>", "Datenschutzschulung Ordinationen Österreich",
"""Liebes Datenschutz-Team,

in unseren fünf österreichischen Ordinationen (Wien, Graz, Linz, Salzburg, Innsbruck) hat seit zwei Jahren keine Datenschutzschulung mehr stattgefunden. Könnt ihr für Jänner eine Online-Schulung für ca. 60 Mitarbeiter:innen organisieren? Schwerpunkt: Umgang mit Gesundheitsdaten, Auskünfte am Telefon, ELGA.

Liebe Grüße
Verena Hofer
Regionalleitung Österreich
""", TASK("verena.hofer@acme-corp.example", "Verena", "Hofer"))

add("de-39-task-fragebogen-flottenkunde", "Patrick Schuster <patrick.schuster@acme-corp.example>", "Datenschutz-Fragebogen Stadtwerke Augsburg",
"""Hallo,

die Stadtwerke Augsburg (ca. 90 Fahrzeuge im Corporate Carsharing) haben uns im Rahmen der Ausschreibung einen Datenschutz-Fragebogen geschickt, inkl. Fragen zu TOMs, Unterauftragsverarbeitern und zur Einbindung ihres Betriebsrats bei den Fahrtdaten der Mitarbeiter.

Die Abgabefrist ist der 27.11. Könnt ihr den Datenschutzteil ausfüllen? Datei liegt im Teams-Kanal "Vertrieb B2B".

Grüße
Patrick Schuster
Key Account Manager
Mobil +49 171 553 2089
""", TASK("patrick.schuster@acme-corp.example", "Patrick", "Schuster"))

# ---------------------------------------------------------------- incidents

add("de-40-inc-usb-stick-roentgen", "Dr. Sarah Klein <sarah.klein@acme-corp.example>", "USB-Stick mit Röntgenbildern verloren",
"""Hallo,

ich muss leider einen Verlust melden: Ich hatte für eine Fortbildung am Wochenende einen USB-Stick mit anonymisierten – ich fürchte aber nicht bei allen Fällen – Röntgenbildern und Fallberichten von ca. 15 Patienten dabei. Der Stick ist seit Samstag weg, vermutlich im ICE zwischen Frankfurt und Köln liegen gelassen. Er war nicht verschlüsselt.

Bei der DB habe ich eine Fundsachenmeldung aufgegeben.

Dr. Sarah Klein
Zahnärztin, Glimlach Frankfurt-Sachsenhausen
""", INC("sarah.klein@acme-corp.example", "Sarah", "Klein"))

add("de-41-inc-fax-falsche-nummer", "Ursula Meyer <ursula.meyer@acme-corp.example>", "Befund an falsche Faxnummer geschickt",
"""Guten Morgen,

gestern Nachmittag habe ich einen Überweisungsbrief samt Befund und OPG eines Patienten an einen Kieferchirurgen gefaxt. Heute rief eine Steuerkanzlei an, dass das Fax bei ihnen angekommen ist – ich hatte mich bei der Nummer um eine Ziffer vertippt.

Die Kanzlei sagt, sie hätten es vernichtet. Muss ich noch etwas tun?

Ursula Meyer
ZFA, Glimlach Mainz
""", INC("ursula.meyer@acme-corp.example", "Ursula", "Meyer"))

add("de-42-inc-fremde-rechnung-app", "Kerstin Baumann <kerstin.baumann@t-online-mail.example>", "Fremde Rechnung in meinem Kundenkonto",
"""Sehr geehrte Damen und Herren,

in meinem Fahrwerk-Kundenkonto unter "Rechnungen" liegt seit heute eine Rechnung, die nicht mir gehört: Sie ist auf einen Herrn Marco Ritter aus Mannheim ausgestellt, mit seiner Adresse, seinen Fahrten vom Oktober und den letzten Ziffern seiner Kreditkarte.

Ich habe die Rechnung nicht heruntergeladen. Ich gehe davon aus, dass Sie das sofort abstellen und prüfen, ob meine Rechnungen bei anderen Kunden auftauchen.

Mit freundlichen Grüßen
Kerstin Baumann
""", INC("kerstin.baumann@t-online-mail.example", "Kerstin", "Baumann"))

add("de-43-inc-navi-vorgaenger", "pascal.huber@bluewin-mail.example", "Daten des Vormieters im Auto",
"""Hallo

Ich habe heute um 7 Uhr einen Wagen bei der Station Zürich Oerlikon übernommen. Im Infotainment war noch das Handy des Vormieters verbunden: Ich konnte sein komplettes Telefonbuch, die letzten Anrufe und im Navi seine Adresse unter "Zuhause" sehen, sogar SMS-Vorschauen.

Ich habe nichts angefasst und die Verbindung nicht gelöscht, falls Sie das prüfen wollen. Das sollte aber eigentlich automatisch zurückgesetzt werden, oder?

Gruss
Pascal Huber
""", INC("pascal.huber@bluewin-mail.example", "Pascal", "Huber"))

add("de-44-inc-tablet-gestohlen", "Kevin Schäfer <kevin.schaefer@acme-corp.example>", "Tablet vom Empfang gestohlen",
"""Hallo Datenschutz,

heute Mittag wurde in unserer Praxis in Essen-Rüttenscheid das Check-in-Tablet vom Empfangstresen gestohlen, während die Kollegin kurz im Behandlungszimmer war. Auf dem Tablet füllen Patienten die Anamnesebögen aus. Es war mit PIN gesperrt, ob die Bögen lokal zwischengespeichert sind, weiß ich nicht.

Polizei ist verständigt, IT sperrt gerade das Gerät aus der Ferne.

Kevin Schäfer
Praxismanager
""", INC("kevin.schaefer@acme-corp.example", "Kevin", "Schäfer"))

# ---------------------------------------------------------------- follow-ups

add("de-45-fu-dsr-frist", "Bernd Hahn <bernd.hahn@gmx-mail.example>", "AW: [DSR-51730] Eingangsbestätigung Ihrer Datenschutzanfrage",
"""Sehr geehrte Damen und Herren,

die Monatsfrist ist am Freitag abgelaufen und ich habe noch keine Auskunft erhalten. Ich gebe Ihnen bis zum 30.11. Zeit, danach wende ich mich an die Aufsichtsbehörde.

Bernd Hahn

> Sehr geehrter Herr Hahn,
>
> vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage unter der Nummer
> DSR-51730 erfasst und werden sie innerhalb der gesetzlichen Frist
> beantworten.
>
> Mit freundlichen Grüßen
> Ihr Datenschutz-Team
""", FU("51730", "bernd.hahn@gmx-mail.example", "Bernd", "Hahn"))

add("de-46-fu-dsr-ausweis", "Helga Jung <helga.jung@web-mail.example>", "Re: [DSR-50994] Identitätsnachweis",
"""Guten Tag,

anbei wie gewünscht die Kopie meines Personalausweises (Vorderseite, geschwärzt bis auf Name und Geburtsdatum).

Freundliche Grüße
Helga Jung
""", FU("50994", "helga.jung@web-mail.example", "Helga", "Jung"))

add("de-47-fu-irt-ratenzahlung", "Mehmet Aydın <mehmet.aydin@posteo-mail.example>", "Re: Ratenzahlung für Zahnersatz automatisch abgelehnt",
"""Hallo,

ich habe auf meine Mail vom Montag noch keine Antwort erhalten. Mein Behandlungstermin ist am 3. Dezember, ich brauche also bald eine Entscheidung. Meine Gehaltsabrechnungen kann ich jederzeit nachreichen.

Mehmet Aydın
""", FU(ref("de-08-ratenzahlung-scoring-abgelehnt"), "mehmet.aydin@posteo-mail.example", "Mehmet", "Aydın"),
headers=irt("de-08-ratenzahlung-scoring-abgelehnt"))

add("de-48-fu-irt-betreuerausweis", "Thomas Kuhn <kuhn@betreuungsbuero-kuhn.example>", "Re: Rechtliche Betreuung Herr Karl-Heinz Becker",
"""Sehr geehrte Damen und Herren,

der Betreuerausweis war meiner ersten Nachricht versehentlich nicht beigefügt. Ich reiche ihn hiermit nach.

Mit freundlichen Grüßen
Thomas Kuhn
Berufsbetreuer
""", FU(ref("de-25-betreuer-auskunft-adresse"), "kuhn@betreuungsbuero-kuhn.example", "Thomas", "Kuhn"),
headers=irt("de-25-betreuer-auskunft-adresse"))

# ---------------------------------------------------------------- ignored

add("de-49-spam-darknet-loeschen", "Datenschutz-Zentrale <service@datenschutz-zentrale24.example>", "Warnung: Ihre persönlichen Daten wurden im Darknet gefunden",
"""Sehr geehrter Kunde,

bei einem routinemäßigen Scan haben wir festgestellt, dass Ihre E-Mail-Adresse, Ihr Passwort und Ihre Bankdaten im Darknet gehandelt werden.

Lassen Sie Ihre persönlichen Daten JETZT löschen! Unser DSGVO-zertifizierter Löschservice entfernt Ihre Daten aus über 500 Datenbanken – für nur 39,90 EUR.

>>> Jetzt Daten schützen: http://datenschutz-zentrale24.example/loeschen

Ihr Team der Datenschutz-Zentrale
""", IGN("spam", "service@datenschutz-zentrale24.example"),
headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="datenschutz-zentrale24.example")])

add("de-50-spam-dsgvo-abmahnung", "DSGVO Prüfstelle <info@dsgvo-pruefstelle-online.example>", "Letzte Mahnung: DSGVO-Registrierung Ihres Unternehmens",
"""Sehr geehrte Damen und Herren,

Ihr Unternehmen ist nach unseren Unterlagen noch nicht im zentralen DSGVO-Register eingetragen. Unternehmen, die personenbezogene Daten verarbeiten, sind zur Registrierung verpflichtet. Bei Nichteintragung drohen Bußgelder von bis zu 4 % des Jahresumsatzes.

Die Eintragungsgebühr von 498,00 EUR zzgl. MwSt. ist innerhalb von 5 Werktagen auf das unten genannte Konto zu überweisen.

DSGVO Prüfstelle – Abteilung Registrierung
""", IGN("spam", "info@dsgvo-pruefstelle-online.example"), headers=SPAM_HDR)

add("de-51-spam-erbschaft", "Barrister James Okafor <j.okafor.chambers@freemail-intl.example>", "Vertraulich: Erbschaft 8,5 Mio. USD",
"""Sehr geehrter Freund,

ich bin Rechtsanwalt eines verstorbenen Kunden, der den gleichen Nachnamen wie Sie trägt. Er hinterließ 8.500.000 USD ohne Erben. Ich schlage vor, dass wir das Geld teilen (50/50). Bitte senden Sie mir Ihren vollständigen Namen, Ihre Telefonnummer und eine Kopie Ihres Ausweises für die Übertragung.

Ihre Daten werden selbstverständlich streng vertraulich behandelt.

Mit freundlichen Grüßen
Barrister James Okafor
""", IGN("spam", "j.okafor.chambers@freemail-intl.example"))

add("de-52-autoreply-ticket", "Helpdesk TrackSense <support@tracksense-helpdesk.example>", "[Ticket#2026111610000457] Ihre Anfrage ist bei uns eingegangen",
"""Guten Tag,

vielen Dank für Ihre Nachricht. Dies ist eine automatisch erzeugte Eingangsbestätigung. Ihre Anfrage wurde unter der Ticketnummer 2026111610000457 erfasst und wird von unserem Support-Team schnellstmöglich bearbeitet.

Bitte antworten Sie nicht auf diese E-Mail.

Ihr TrackSense Support
""", IGN("auto_reply", "support@tracksense-helpdesk.example"))

add("de-53-autoreply-abwesend", "Bernd Hahn <bernd.hahn@gmx-mail.example>", "Abwesenheitsnotiz: AW: [DSR-51730] Eingangsbestätigung Ihrer Datenschutzanfrage",
"""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 im Urlaub und lese meine E-Mails nur unregelmäßig. Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Bernd Hahn
""", IGN("auto_reply", "bernd.hahn@gmx-mail.example"), headers=["Auto-Submitted: auto-replied"])

add("de-54-bulk-newsletter", "Datenschutz Aktuell <newsletter@datenschutz-aktuell.example>", "Datenschutz Aktuell 11/2026: Telematik im Fuhrpark",
html("<h2>Datenschutz Aktuell – Ausgabe 11/2026</h2>",
     "Themen dieser Ausgabe: Telematik im Fuhrpark und Mitbestimmung des Betriebsrats, neue Orientierungshilfe zur Videoüberwachung in Arztpraxen, Bußgeldübersicht Q3.",
     "<a href=\"http://datenschutz-aktuell.example/ausgabe/2026-11\">Im Browser lesen</a>",
     "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href=\"http://datenschutz-aktuell.example/abmelden\">Abmelden</a>"),
IGN("bulk", "newsletter@datenschutz-aktuell.example"), ct=HTML,
headers=["List-Id: Datenschutz Aktuell <newsletter.datenschutz-aktuell.example>",
         "List-Unsubscribe: <mailto:abmelden@datenschutz-aktuell.example>, <http://datenschutz-aktuell.example/abmelden>",
         "Precedence: bulk"])

add("de-55-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Unzustellbar: Ihre Datenschutzanfrage",
"", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
