# German (Germany, Austria, Switzerland): car leasing / car subscriptions with telematics, and
# a network of public libraries with an e-book lending app. Written blind.
from common import *

# ---------------------------------------------------------------- requests

add("de-01", "Jonas Richter <jonas.richter@gmx.example>", "Konto",
    "Bitte mein Konto in der E-Book-App komplett entfernen, brauch ich nicht mehr. Danke, Jonas Richter\n",
    R(["Erasure"], "jonas.richter@gmx.example", "Jonas", "Richter"))

add("de-02", "Dr. Katharina Weiß <k.weiss@posteo.example>", "Auskunftsersuchen gemäß Art. 15 DSGVO",
    "Sehr geehrte Damen und Herren,\n\n"
    "hiermit mache ich von meinem Recht nach Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob Sie "
    "personenbezogene Daten über mich verarbeiten, und stellen Sie mir in diesem Fall eine vollständige "
    "Aufstellung dieser Daten zur Verfügung, einschließlich der Verarbeitungszwecke, der Empfänger, der "
    "geplanten Speicherdauer und der Herkunft der Daten.\n\n"
    "Ich bin seit 2019 Nutzerin Ihres Auto-Abos (Vertragsnummer AA-0093377) und war zwischenzeitlich auch "
    "Inhaberin eines Bibliotheksausweises der Stadtbibliothek.\n\n"
    "Für die Beantwortung setze ich Ihnen eine Frist von einem Monat ab Eingang dieses Schreibens.\n\n"
    "Mit freundlichen Grüßen\n"
    "Dr. Katharina Weiß\n"
    "Fachärztin für Allgemeinmedizin\n"
    "Tel. 0221 / 48 77 120\n",
    R(["Access"], "k.weiss@posteo.example", "Katharina", "Weiß"))

add("de-03", "Reto Baumgartner <reto.baumgartner@bluewin.example>", "Telematikbox im Abo-Auto",
    "Grüezi\n\n"
    "Ich fahre seit August einen Wagen aus Ihrem Auto-Abo. Im Handbuch steht, dass eine Telematikbox "
    "eingebaut ist. Was genau zeichnet diese Box auf? Nur Kilometerstand und Fehlercodes, oder auch den "
    "Standort und das Fahrverhalten? Und werden diese Daten ins Ausland übermittelt, z.B. an einen Anbieter in "
    "den USA? Wer hat bei Ihnen Zugriff darauf?\n\n"
    "Ich möchte einfach verstehen, was da passiert, bevor ich das Abo verlängere.\n\n"
    "Freundliche Grüsse\n"
    "Reto Baumgartner\n"
    "Winterthur\n",
    R(["Information"], "reto.baumgartner@bluewin.example", "Reto", "Baumgartner"))

add("de-04", "Florian Gruber <florian.gruber@aon.example>", "Frechheit - Organstrafverfügung + Bearbeitungsgebühr",
    "Servus,\n\n"
    "ich muss mich jetzt einmal richtig beschweren. Im Jänner hab ich ein Auto-Abo bei Ihnen abgeschlossen, "
    "alles super, bis letzte Woche eine Anonymverfügung der LPD Wien gekommen ist, weitergeleitet von Ihnen, "
    "mit 25 Euro 'Bearbeitungsgebühr' obendrauf. Angeblich bin ich am 3. Oktober um 23:40 am Gürtel zu schnell "
    "gefahren. Da war ich nachweislich in Graz bei meiner Schwester, das Auto hatte mein Schwager, der eh "
    "selbst zahlen will.\n\n"
    "Dann ruf ich bei Ihrer Hotline an, 40 Minuten Warteschleife, und die Dame sagt mir, sie sieht im System "
    "'die Fahrtdaten', da war das Auto eh am Gürtel. Also wissen Sie auf die Minute genau, wo mein Auto war? "
    "Davon hat mir beim Vertragsabschluss niemand was gesagt.\n\n"
    "Ich will jetzt erstens wissen, was Sie alles über mich und meine Fahrten gespeichert haben, und zwar "
    "vollständig. Und zweitens, wenn ich das gesehen hab, will ich, dass sämtliche Fahrtaufzeichnungen "
    "gelöscht werden. Die Gebühr zahle ich nicht.\n\n"
    "Mit freundlichen Grüßen aus Wien\n"
    "Florian Gruber\n",
    R(["Access", "Erasure"], "florian.gruber@aon.example", "Florian", "Gruber"))

add("de-05", "wolfgang.k@t-online.example", "WERBUNG",
    "HÖREN SIE ENDLICH AUF MIR WERBUNG FÜR IHR AUTO-ABO ZU SCHICKEN!!! JEDE WOCHE EIN BRIEF UND ZWEI MAILS. "
    "ICH WILL DAS NICHT!!!\n\nWOLFGANG KOWALSKI\n",
    R(["Opposition"], "wolfgang.k@t-online.example", "Wolfgang", "Kowalski"))

add("de-06", "Elif Schneider-Yıldız <elif.sy@web.example>", "Namensänderung Bibliotheksausweis",
    "Hallo,\n\n"
    "ich habe im Sommer geheiratet und heiße jetzt Schneider-Yıldız (vorher nur Yıldız). Auf meinem "
    "Bibliotheksausweis und in der App steht noch der alte Name. Können Sie das bitte ändern? Die Kopie der "
    "Heiratsurkunde kann ich gern schicken. Meine Ausweisnummer ist 0041-558812.\n\n"
    "Viele Grüße\nElif Schneider-Yıldız\n",
    R(["Rectification"], "elif.sy@web.example", "Elif", "Schneider-Yıldız"))

add("de-07", "Sabine Hoffmann <sabine.hoffmann@arcor.example>", "Kinderausweis Leon - Ausleihhistorie",
    "Guten Tag,\n\n"
    "unser Sohn Leon Hoffmann (8) hat seit diesem Schuljahr einen Kinderausweis in der Stadtteilbibliothek "
    "Ehrenfeld. Wir haben jetzt gesehen, dass in der App alle seine ausgeliehenen Bücher gespeichert sind, "
    "bis zurück zum ersten Bilderbuch.\n\n"
    "Als seine Mutter bitte ich Sie, diese Ausleihhistorie zu löschen. Der Ausweis selbst soll bestehen "
    "bleiben, er liest wirklich gerne.\n\n"
    "Mit freundlichen Grüßen\nSabine Hoffmann\n",
    R(["Erasure"], "sabine.hoffmann@arcor.example", "Leon", "Hoffmann", representative="Sabine Hoffmann"))

add("de-08", "Maximilian von Arnim <m.vonarnim@vonarnim-consulting.example>", "Übertragung meiner Fahrdaten",
    "Sehr geehrte Damen und Herren,\n\n"
    "mein Leasingvertrag (LV-2021-44810) endet zum 31.12. Mein neuer Anbieter bietet einen Tarif, bei dem "
    "das bisherige Fahrverhalten berücksichtigt wird. Ich bitte Sie daher, meine Fahrdaten und den "
    "Fahrverhaltensscore der letzten 24 Monate in einem gängigen, maschinenlesbaren Format (CSV oder JSON) "
    "direkt an die DriveFlex GmbH zu übermitteln, hilfsweise an mich.\n\n"
    "Mit freundlichen Grüßen\n"
    "Maximilian von Arnim\n"
    "Geschäftsführer | von Arnim Consulting GmbH\n"
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.\n",
    R(["Portability"], "m.vonarnim@vonarnim-consulting.example", "Maximilian", "von Arnim"))

add("de-09", "Tobias Lehmann <tobias.lehmann@mailbox.example>", "Erhöhung der Monatsrate wegen Score",
    "Hallo,\n\n"
    "ich habe heute eine automatisch erzeugte Mitteilung bekommen, dass meine Monatsrate ab Dezember um 38 "
    "Euro steigt, weil mein 'Fahrstil-Score' auf 41 gefallen ist. Ich bin Pflegekraft im ambulanten Dienst und "
    "fahre viel Kurzstrecke in der Stadt mit Stop-and-go, das hat mit riskantem Fahren nichts zu tun.\n\n"
    "Ich akzeptiere nicht, dass ein Algorithmus das alleine entscheidet. Bitte lassen Sie die Erhöhung von "
    "einem Sachbearbeiter überprüfen, und ich möchte dazu Stellung nehmen können.\n\n"
    "Gruß\nTobias Lehmann\n",
    R(["AutomatedDecision"], "tobias.lehmann@mailbox.example", "Tobias", "Lehmann"))

add("de-10", "Anja Krüger <anja.krueger@freenet.example>", "Einspruch Bußgeld - Daten sperren",
    "Sehr geehrte Damen und Herren,\n\n"
    "gegen den Bußgeldbescheid des Landkreises Harburg vom 21.10. habe ich Einspruch eingelegt, da ich zum "
    "fraglichen Zeitpunkt nicht gefahren bin (das Fahrzeug war zur Reparatur).\n\n"
    "Bis zur Klärung bitte ich Sie, meine Daten im Zusammenhang mit diesem Vorgang zu sperren: keine "
    "Weitergabe an Inkasso, keine Berücksichtigung in meinem Fahrerprofil. Löschen sollen Sie bitte noch "
    "nichts, die Daten werden eventuell als Beweis gebraucht.\n\n"
    "Mit freundlichen Grüßen\nAnja Krüger\n",
    R(["Restriction"], "anja.krueger@freenet.example", "Anja", "Krüger"))

add("de-11", "Miriam Schulte <miriam.schulte@gmx.example>", "Widerruf Leseempfehlungen",
    html("Liebes Team der Stadtbibliothek,",
         "bei der Anmeldung in der E-Book-App habe ich wohl einen Haken bei &bdquo;personalisierte "
         "Empfehlungen&ldquo; gesetzt. Diese Einwilligung widerrufe ich hiermit.",
         "Bitte l&ouml;schen Sie au&szlig;erdem das Leseprofil, das dabei &uuml;ber mich erstellt wurde "
         "(Lieblingsgenres, Lesegeschwindigkeit usw.). Mein Konto und meine aktuellen Ausleihen sollen "
         "bleiben.",
         "Viele Gr&uuml;&szlig;e<br>Miriam Schulte"),
    R(["Opposition", "Erasure"], "miriam.schulte@gmx.example", "Miriam", "Schulte"), ct=HTML)

add("de-12", "Herbert Pichler <herbert.pichler@chello.example>", "Ersuchen um Auskunft",
    "Sehr geehrte Damen und Herren!\n\n"
    "Ich bin Leser der Büchereien Wien und verwende seit zwei Jahren Ihre E-Book-App. Ich ersuche Sie um "
    "eine Aufstellung sämtlicher über mich gespeicherten Daten, insbesondere meiner Leselisten, der "
    "Entlehnungen und der Mahngebühren, die ich bezahlt habe.\n\n"
    "Hochachtungsvoll\n"
    "Herbert Pichler\n"
    "Oberstudienrat i.R.\n"
    "1180 Wien\n",
    R(["Access"], "herbert.pichler@chello.example", "Herbert", "Pichler"), ct=LATIN1, encode="latin-1")

add("de-13", "Julia Neumann <julia.neumann@acme-corp.example>", "WG: Weitergabe an Arbeitgeber",
    "Hallo zusammen,\n\n"
    "das kam über das Kontaktformular Leasing rein. Ist das was für euch? Bitte übernehmen, ich habe dem Kunden "
    "noch nicht geantwortet.\n\n"
    "LG Julia\nKundenservice Firmenleasing\n\n"
    "---------- Weitergeleitete Nachricht ----------\n"
    "Von: Markus Brandt <markus.brandt@web.example>\n"
    "Datum: Sa., 14. Nov. 2026 um 10:02 Uhr\n"
    "Betreff: Weitergabe an Arbeitgeber\n"
    "An: leasing@acme-corp.example\n\n"
    "Guten Tag,\n\n"
    "mein Dienstwagen wird über Sie geleast. Mein Arbeitgeber hat mir im Mitarbeitergespräch meine "
    "'Fahrweise' vorgehalten, offenbar bekommt er von Ihnen Berichte aus der Telematik. Damit bin ich nicht "
    "einverstanden. Ich widerspreche der Weitergabe meiner Fahrverhaltensdaten an meinen Arbeitgeber, soweit "
    "sie über Kilometerstand und Wartung hinausgehen.\n\n"
    "Markus Brandt\n",
    R(["Opposition"], "markus.brandt@web.example", "Markus", "Brandt"))

add("de-14", "Urs Meier <urs.meier@acme-corp.example>", "WG: Daten berichtigen und Kopie", "",
    R(["Rectification", "Access"], "claudia.frey@bluewin.example", "Claudia", "Frey"),
    attached=("Claudia Frey <claudia.frey@bluewin.example>", "Daten berichtigen und Kopie",
              "Guten Tag\n\n"
              "In meinem Kundenkonto ist die Adresse falsch erfasst: Hauptstrasse 12, nicht 21, 4051 Basel. Darum "
              "sind die weitergeleiteten Bussen nie bei mir angekommen und jetzt habe ich eine Mahnung. Bitte "
              "korrigieren Sie das.\n\n"
              "Ausserdem möchte ich eine Kopie von allem, was Sie über mich gespeichert haben.\n\n"
              "Freundliche Grüsse\nClaudia Frey\n"),
    note="Hoi zäme\n\nAnbei eine Mail einer Kundin aus Basel, die im Support gelandet ist. Bitte an die Hand "
         "nehmen, die Adresse habe ich noch nicht angepasst.\n\nGruss\nUrs Meier\nKundendienst Schweiz\n")

add("de-15", "Familie Bauer <bauer.familie@gmx.example>", "Mein Konto löschen",
    "Hallo,\n\n"
    "hier schreibt Lena Bauer. Wir haben alle Bibliotheksausweise über diese Familienadresse angemeldet. Ich "
    "ziehe zum Studium weg und möchte, dass mein eigenes Konto in der Bibliotheks-App gelöscht wird. Die Konten "
    "meiner Eltern und meines Bruders sollen bitte bleiben!\n\n"
    "Antwort bitte an meine eigene Adresse.\n\nLena\n",
    R(["Erasure"], "lena.bauer@studium.example", "Lena", "Bauer"),
    headers=["Reply-To: Lena Bauer <lena.bauer@studium.example>"])

add("de-16", "RAin Dr. Birgit Haller <haller@kanzlei-haller.example>", "Herr Stefan Köhler ./. Ihr Unternehmen - Auskunft und Löschung",
    "Sehr geehrte Damen und Herren,\n\n"
    "hiermit zeigen wir an, dass wir Herrn Stefan Köhler, Lindenallee 4, 30159 Hannover, anwaltlich "
    "vertreten. Eine auf uns lautende Vollmacht liegt bei.\n\n"
    "Namens und in Vollmacht unseres Mandanten fordern wir Sie auf,\n\n"
    "1. gemäß Art. 15 DSGVO Auskunft über sämtliche zu unserem Mandanten gespeicherten personenbezogenen Daten "
    "zu erteilen, insbesondere über die mittels der Telematikeinheit erhobenen GPS-Standortdaten, und eine "
    "Kopie dieser Daten zur Verfügung zu stellen;\n"
    "2. nach Erteilung der Auskunft die GPS-Standortdaten gemäß Art. 17 Abs. 1 lit. a DSGVO zu löschen, da "
    "sie für die Vertragsabwicklung nicht erforderlich sind.\n\n"
    "Wir haben uns hierfür eine Frist bis zum 16.12.2026 notiert.\n\n"
    "Mit freundlichen Grüßen\n\n"
    "Dr. Birgit Haller\n"
    "Rechtsanwältin\n"
    "Kanzlei Haller & Partner mbB\n"
    "Georgstraße 22, 30159 Hannover\n",
    R(["Access", "Erasure"], "haller@kanzlei-haller.example", "Stefan", "Köhler", representative="Birgit Haller"))

add("de-17", "Andrea Wimmer <andrea.wimmer@a1.example>", "Verlassenschaft Theresia Huber",
    "Sehr geehrte Damen und Herren,\n\n"
    "meine Mutter, Frau Theresia Huber, geb. 12.05.1944, wohnhaft zuletzt in Linz, ist am 30. September "
    "verstorben. Ich bin laut Einantwortungsbeschluss Alleinerbin.\n\n"
    "Sie hatte bei Ihnen ein Auto-Abo und einen Büchereiausweis mit E-Book-Zugang. Um die Verlassenschaft "
    "abwickeln zu können, ersuche ich um Auskunft, welche Daten zu ihr bei Ihnen gespeichert sind, "
    "einschließlich offener Forderungen und Strafverfügungen.\n\n"
    "Mit freundlichen Grüßen\n"
    "Andrea Wimmer\n"
    "Tel. 0664 21 88 431\n",
    R(["Access"], "andrea.wimmer@a1.example", "Theresia", "Huber", representative="Andrea Wimmer"))

add("de-18", "Paul Zimmermann <paul.zimmermann@outlook.example>", "Newsletter",
    "Hallo,\n\n"
    "bitte nicht falsch verstehen: Ich will mein Konto NICHT löschen, die App ist super. Ich möchte nur keine "
    "Newsletter und 'Lesetipps der Woche' mehr per Mail bekommen. Der Abmeldelink im Newsletter führt auf eine "
    "Fehlerseite.\n\n"
    "Danke\nPaul Zimmermann\n\nVon meinem iPhone gesendet\n",
    R(["Opposition"], "paul.zimmermann@outlook.example", "Paul", "Zimmermann"))

add("de-19", "dennis.k92@gmx.example", "daten",
    "hallo bitte schicken sie mir was sie alles über mich gespeichert haben ich hab ein leasing auto bei euch "
    "über die firma und will wissen was mein chef sehen kann gruss dennis\n",
    R(["Access"], "dennis.k92@gmx.example", "Dennis", None))

add("de-20", "Renate Vogel <renate.vogel@t-online.example>", "Verlängerung geht nicht",
    "Guten Tag,\n\n"
    "ich kann mein E-Book 'Der Schwarm' nicht verlängern, die App zeigt immer 'Fehler 403'. Morgen läuft die "
    "Leihfrist ab und ich bin erst auf Seite 600. Können Sie mir helfen?\n\n"
    "Renate Vogel\n",
    R(["Unknown"], "renate.vogel@t-online.example", "Renate", "Vogel"))

add("de-21", "Beat Schürch <beat.schuerch@gmx.example>", "Ortung Telematikbox",
    "Grüessech\n\n"
    "Hiermit ziehe ich meine Einwilligung zur Ortung meines Fahrzeugs über die Telematikbox zurück. Bei "
    "Diebstahl dürfen Sie das Auto natürlich orten, aber sonst will ich nicht, dass laufend mein Standort "
    "übermittelt wird.\n\n"
    "Merci und freundliche Grüsse\n"
    "Beat Schürch\n"
    "Natel 079 442 18 07\n",
    R(["Opposition"], "beat.schuerch@gmx.example", "Beat", "Schürch"))

add("de-22", "Holger Wagner <holger.wagner@wagner-sanitaer.example>", "Fahrer-Score falsch",
    "Moin,\n\n"
    "der Fahrer-Score in meinem Konto ist schlicht falsch. Das Auto wird seit März auch von meiner Frau "
    "gefahren (ist im Vertrag als Zusatzfahrerin eingetragen), und alle ihre Fahrten landen unter meinem "
    "Namen. Bitte korrigieren Sie die Zuordnung.\n\n"
    "Und solange das nicht geklärt ist, soll der Score bitte für nichts verwendet werden, weder für die Rate "
    "noch für irgendwelche Berichte.\n\n"
    "Gruß\nHolger Wagner\nWagner Sanitär & Heizung\n",
    R(["Rectification", "Restriction"], "holger.wagner@wagner-sanitaer.example", "Holger", "Wagner"))

add("de-23", "Priya Raman <priya.raman@proton.example>", "Data request / Datenanfrage",
    "Hello, sorry, mein Deutsch ist noch nicht so gut.\n\n"
    "I have been in Berlin for two years and I use the library e-book app with my Bibliotheksausweis. Could "
    "you please send me everything you store about me? Alle Daten, Ausleihen, reading lists, everything.\n\n"
    "Vielen Dank!\nPriya\n",
    R(["Access"], "priya.raman@proton.example", "Priya", "Raman"))

add("de-24", "Ursula Becker <ursula.becker@web.example>", "Frage zur Speicherung der Ausleihen",
    "Sehr geehrte Damen und Herren,\n\n"
    "in unserem Lesekreis kam die Frage auf, wie lange die Bibliothek eigentlich speichert, welche Bücher man "
    "ausgeliehen hat, wenn sie zurückgegeben sind. Und hat der Anbieter der E-Book-Plattform auch Zugriff "
    "darauf, was ich lese? Eine Auflistung meiner Daten brauche ich nicht, mich interessiert nur, wie das "
    "grundsätzlich gehandhabt wird.\n\n"
    "Mit freundlichen Grüßen\nUrsula Becker\n",
    R(["Information"], "ursula.becker@web.example", "Ursula", "Becker"))

add("de-25", "Kemal Arslan <kemal.arslan@gmail.example>", "Ablehnung Auto-Abo",
    "Guten Abend,\n\n"
    "mein Antrag auf ein Auto-Abo wurde nach 30 Sekunden abgelehnt, 'aufgrund einer automatisierten "
    "Bonitätsbewertung'. Ich habe ein festes Einkommen und keine negativen Einträge.\n\n"
    "Ich verlange, dass ein Mensch meinen Antrag prüft. Sollte es trotzdem bei der Ablehnung bleiben, löschen "
    "Sie bitte alle meine Antragsdaten, inklusive der Kopie meines Personalausweises und der Gehaltsnachweise.\n\n"
    "Kemal Arslan\n",
    R(["AutomatedDecision", "Erasure"], "kemal.arslan@gmail.example", "Kemal", "Arslan"))

add("de-26", "Martin Eckert <m.eckert@betreuungsverein.example>", "Betreuung Herr Klaus Wendt - Auskunft",
    "Sehr geehrte Damen und Herren,\n\n"
    "ich bin durch Beschluss des Amtsgerichts Kassel zum rechtlichen Betreuer von Herrn Klaus Wendt, geb. "
    "02.01.1956, bestellt, unter anderem für den Aufgabenkreis Vermögenssorge und Behördenangelegenheiten. "
    "Den Betreuerausweis füge ich bei.\n\n"
    "Herr Wendt hat einen Bibliotheksausweis und offenbar ein kostenpflichtiges Premium-Abo in der E-Book-App. "
    "Bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über ihn verarbeiten und welche Zahlungen "
    "erfasst sind.\n\n"
    "Mit freundlichen Grüßen\n"
    "Martin Eckert\n"
    "Betreuungsverein Kassel e.V.\n",
    R(["Access"], "m.eckert@betreuungsverein.example", "Klaus", "Wendt", representative="Martin Eckert"))

add("de-27", "Gisela Roth <gisela.roth@online.example>", "Verfügung für den Todesfall",
    "Sehr geehrte Damen und Herren,\n\n"
    "ich bin 79 Jahre alt und ordne gerade meinen Nachlass. Für den Fall meines Todes verfüge ich, dass mein "
    "Bibliothekskonto mitsamt allen Leselisten und Notizen in der App gelöscht wird und dass nichts davon an "
    "Angehörige herausgegeben wird, auch nicht an meinen Sohn.\n\n"
    "Bitte bestätigen Sie mir, dass Sie diese Verfügung bei meinen Daten vermerkt haben.\n\n"
    "Mit freundlichen Grüßen\nGisela Roth\n",
    R(["AdvanceDirectives"], "gisela.roth@online.example", "Gisela", "Roth"))

add("de-28", "Helmut Fischer <helmut.fischer@kabelmail.example>", "Woher haben Sie meine Adresse?",
    "Guten Tag,\n\n"
    "seit Wochen bekomme ich Briefe mit 'Ihr persönliches Leasingangebot'. Ich war nie Kunde bei Ihnen. Woher "
    "haben Sie meinen Namen und meine Anschrift? Von wem haben Sie die gekauft?\n\n"
    "Ich widerspreche hiermit jeder weiteren Verwendung meiner Daten für Werbung.\n\n"
    "H. Fischer\n",
    R(["Information", "Opposition"], "helmut.fischer@kabelmail.example", "Helmut", "Fischer"))

add("de-29", "Nicole Brunner <nicole.brunner@sunrise.example>", "Löschung meiner Personendaten",
    "Sehr geehrte Damen und Herren\n\n"
    "Bis Ende September hatte ich bei Ihnen ein Auto-Abo (Vertrag CH-8810-552). Das Fahrzeug ist retourniert "
    "und die Schlussrechnung bezahlt.\n\n"
    "Gestützt auf das Datenschutzgesetz (DSG) ersuche ich Sie, sämtliche Personendaten, die Sie im Rahmen "
    "dieses Abos über mich bearbeitet haben, zu löschen, namentlich die Telematikdaten und die Kopie meines "
    "Führerausweises. Daten, die Sie von Gesetzes wegen aufbewahren müssen, sind davon ausgenommen.\n\n"
    "Besten Dank für eine kurze Bestätigung.\n\n"
    "Freundliche Grüsse\n"
    "Nicole Brunner\n"
    "Zug\n",
    R(["Erasure"], "nicole.brunner@sunrise.example", "Nicole", "Brunner"))

add("de-30", "Sebastian Lorenz <sebastian.lorenz@posteo.example>", "Leselisten exportieren",
    "Hallo,\n\n"
    "ich möchte zu einer anderen Lese-App wechseln und meine „Gelesen“- und „Will ich lesen“-Listen "
    "mitnehmen. Können Sie mir die als CSV oder JSON schicken, so dass ich sie dort importieren kann? Ich habe "
    "für das Jahresabo 24 € bezahlt, da sollte das drin sein …\n\n"
    "Grüße\nSebastian Lorenz\n",
    R(["Portability"], "sebastian.lorenz@posteo.example", "Sebastian", "Lorenz"), ct=CP1252, encode="cp1252")

add("de-31", "t.schmid@freenet.example", "Art. 15",
    "Auskunft bitte. Kd-Nr. 7781-332.\nT. Schmid\n",
    R(["Access"], "t.schmid@freenet.example", None, "Schmid"))

# ---------------------------------------------------------------- tasks

add("de-32", "Christian Hartmann <christian.hartmann@acme-corp.example>", "AVV LeseWolke GmbH prüfen",
    "Hallo Datenschutz-Team,\n\n"
    "wir wollen ab Februar zusätzlich die Hörbücher der LeseWolke GmbH in der App anbieten. Die haben uns "
    "ihren Auftragsverarbeitungsvertrag samt TOMs geschickt (liegt im Teams-Kanal 'Bibliothek Digital'). "
    "Könnt ihr den bitte prüfen? Besonders die Klausel zu Unterauftragsverarbeitern in Irland kommt mir "
    "komisch vor.\n\n"
    "Danke und Gruß\nChristian Hartmann\nLeitung Digitale Bibliotheksdienste\n",
    TASK("christian.hartmann@acme-corp.example", "Christian", "Hartmann"))

add("de-33", "Sandra Kühn <sandra.kuehn@acme-corp.example>", "DSFA Fahrverhaltens-Score 2.0",
    "Hallo zusammen,\n\n"
    "für das Release im Q2 planen wir den Fahrverhaltens-Score 2.0: neue Kriterien (Handynutzung während der "
    "Fahrt über die App-Sensoren, Nachtfahrten) und eine Schnittstelle, über die Kunden den Score an ihre "
    "Kfz-Versicherung freigeben können. Ich gehe davon aus, dass wir dafür eine Datenschutz-"
    "Folgenabschätzung brauchen. Könnt ihr die aufsetzen und uns sagen, wann ihr den Workshop mit dem "
    "Produktteam machen wollt?\n\n"
    "Viele Grüße\nSandra Kühn\nProduct Owner Telematik\n",
    TASK("sandra.kuehn@acme-corp.example", "Sandra", "Kühn"))

add("de-34", "Mag. Stefan Auer <stefan.auer@acme-corp.example>", "VVT: neuer Dienstleister Mahnwesen Österreich",
    "Liebe Kolleginnen und Kollegen,\n\n"
    "ab 1. Jänner übernimmt die Inkasso Alpin GmbH das Mahnwesen für die Büchereien in Österreich (Mahngebühren "
    "über 30 Euro). Bitte das Verzeichnis der Verarbeitungstätigkeiten entsprechend ergänzen, Vertrag und "
    "Datenflussdiagramm schicke ich gern nach.\n\n"
    "Liebe Grüße\nMag. Stefan Auer\nFinanzen & Controlling, Wien\n",
    TASK("stefan.auer@acme-corp.example", "Stefan", "Auer"))

add("de-35", "Franziska Zbinden <franziska.zbinden@acme-corp.example>", "Schulung Kinderausweise",
    "Grüessech mitenand\n\n"
    "Könntet ihr für das Personal der Bibliotheken Bern und Thun eine kurze Schulung zum Datenschutz bei "
    "Kinderausweisen machen? Eltern fragen immer öfter, was wir über ihre Kinder speichern und ob die "
    "Lehrpersonen die Ausleihen sehen. Ideal wäre Ende Januar, 45 Minuten per Teams.\n\n"
    "Merci vielmal\nFranziska Zbinden\nLeiterin Kinder- und Jugendbibliothek\n",
    TASK("franziska.zbinden@acme-corp.example", "Franziska", "Zbinden"))

add("de-36", "Jan-Philipp Wolf <jan-philipp.wolf@acme-corp.example>", "Lieferantenfragebogen Stadtwerke - Datenschutzteil",
    "Hi,\n\n"
    "die Stadtwerke Bielefeld (Flottenkunde, 180 Fahrzeuge) verlangen zur Vertragsverlängerung ihren "
    "Lieferanten-Fragebogen Informationssicherheit & Datenschutz. Teil C (Datenschutz, 25 Fragen: Löschkonzept, "
    "Auftragsverarbeiter, Drittlandtransfer) müsstet bitte ihr ausfüllen. Abgabe bis 30.11.\n\n"
    "Danke!\nJan-Philipp Wolf\nKey Account Flotten\nMobil +49 171 5550 182\n",
    TASK("jan-philipp.wolf@acme-corp.example", "Jan-Philipp", "Wolf"))

# ---------------------------------------------------------------- incidents

add("de-37", "Lukas Steiner <lukas.steiner@acme-corp.example>", "Diensthandy gestohlen",
    "Hallo,\n\n"
    "mir ist gestern Abend in der U6 am Westbahnhof das Diensthandy aus der Jackentasche gestohlen worden. "
    "Darauf ist die Telematik-App mit Zugriff auf die Live-Standorte unserer Abo-Fahrzeuge in Wien, und meine "
    "Mails mit Kundendaten. Das Handy hatte eine PIN, aber die App war eingeloggt. Anzeige bei der Polizei ist "
    "gemacht, IT hat das Gerät gesperrt.\n\n"
    "Lukas Steiner\nFlottenbetreuung Wien\n",
    INC("lukas.steiner@acme-corp.example", "Lukas", "Steiner"))

add("de-38", "Petra Schäfer <petra.schaefer@acme-corp.example>", "Bußgeldweiterleitung an falschen Fahrer",
    "Hallo Datenschutz,\n\n"
    "mir ist ein Fehler passiert: Ich habe gestern die Weiterleitung eines Bußgeldbescheids samt Fahrtenbuch-"
    "Auszug an den falschen Fahrer geschickt (Herr M. Wagner statt Herr M. Wegner, beide bei derselben "
    "Firmenflotte). Darin standen Name, Adresse und die Fahrten des richtigen Fahrers vom ganzen Tag. Herr "
    "Wagner hat sich eben gemeldet. Was soll ich jetzt tun?\n\n"
    "Petra Schäfer\nSachbearbeitung Ordnungswidrigkeiten\n",
    INC("petra.schaefer@acme-corp.example", "Petra", "Schäfer"))

add("de-39", "Thomas Berger <thomas.berger@mail.example>", "Fremde Daten in der E-Book-App",
    "Guten Tag,\n\n"
    "nach dem Login in Ihrer E-Book-App wurden mir heute Abend nicht meine Ausleihen angezeigt, sondern die "
    "einer anderen Person: Name, Postanschrift in Leipzig, Ausweisnummer und eine Liste mit ziemlich "
    "persönlichen Büchern (Ratgeber zu einer Krankheit). Nach einem Neustart war es wieder normal. Ich dachte, "
    "das sollten Sie wissen.\n\n"
    "Thomas Berger\n",
    INC("thomas.berger@mail.example", "Thomas", "Berger"))

add("de-40", "Sandro Keller <sandro.keller@kellertransporte.example>", "Falsche Excel-Liste erhalten",
    "Grüezi\n\n"
    "Wir haben heute von Ihrer Flottenabteilung den Monatsbericht erhalten. Im Anhang war aber nicht unser "
    "Bericht, sondern eine Excel-Liste eines anderen Kunden mit Namen, Kontrollschildern und Fahrverhaltens-"
    "Scores von rund 120 Fahrern. Wir haben die Datei nicht weitergegeben und werden sie löschen, sobald Sie "
    "uns das bestätigen.\n\n"
    "Freundliche Grüsse\n"
    "Sandro Keller\n"
    "Keller Transporte AG\n",
    INC("sandro.keller@kellertransporte.example", "Sandro", "Keller"))

add("de-41", "Monika Braun <monika.braun@acme-corp.example>", "phishing??",
    "hallo, ich hab heute früh auf einen link in einer mail 'Ihr Postfach ist voll' geklickt und mich dort "
    "angemeldet. jetzt sind aus meinem postfach 200 mails an leser rausgegangen mit einem komischen link. "
    "ich arbeite in der ausleihe stadtbibliothek nord, im postfach sind auch mahnungen mit adressen. was "
    "soll ich machen?? die IT-hotline ist besetzt\n\nMonika Braun\n",
    INC("monika.braun@acme-corp.example", "Monika", "Braun"))

# ---------------------------------------------------------------- follow-ups

add("de-42", "Carina Scholz <carina.scholz@web.example>", "AW: [DSR-52814] Eingangsbestätigung Ihrer Anfrage",
    "Guten Tag,\n\n"
    "wie gewünscht hier zur Identifizierung meine Bibliotheksausweisnummer: 0017-332901, und das "
    "Geburtsdatum 14.07.1988.\n\n"
    "Mit freundlichen Grüßen\nCarina Scholz\n\n"
    "-----Ursprüngliche Nachricht-----\n"
    "Von: privacy@acme-corp.example\n"
    "Gesendet: Donnerstag, 12. November 2026 09:14\n"
    "Betreff: [DSR-52814] Eingangsbestätigung Ihrer Anfrage\n\n"
    "Sehr geehrte Frau Scholz, wir haben Ihre Anfrage erhalten ...\n",
    FU("52814", "carina.scholz@web.example", "Carina", "Scholz"))

add("de-43", "Johann Steinbauer <j.steinbauer@aon.example>", "Re: [DSR-51190] Ihre Anfrage",
    "Die Monatsfrist ist seit einer Woche abgelaufen und ich habe noch immer keine Auskunft bekommen. Wenn ich "
    "bis Freitag nichts höre, bringe ich eine Beschwerde bei der Datenschutzbehörde ein.\n\n"
    "J. Steinbauer\n",
    FU("51190", "j.steinbauer@aon.example", "Johann", "Steinbauer"))

add("de-44", "Florian Gruber <florian.gruber@aon.example>", "Re: Frechheit - Organstrafverfügung + Bearbeitungsgebühr",
    "Nachtrag: Kennzeichen W-47211 K, Abo-Vertrag AB-A-22310. Die Bestätigung von meiner Schwester, dass ich "
    "in Graz war, kann ich auch schicken.\n\nFlorian Gruber\n",
    FU(ref("de-04"), "florian.gruber@aon.example", "Florian", "Gruber"), headers=irt("de-04"))

add("de-45", "Holger Wagner <holger.wagner@wagner-sanitaer.example>", "Re: Fahrer-Score falsch",
    "Noch zur Ergänzung: meine Frau heißt Sabine Wagner, Führerschein liegt Ihnen vor. Vertragsnummer "
    "LV-2024-10339.\n\nGruß\nHolger Wagner\n",
    FU(ref("de-22"), "holger.wagner@wagner-sanitaer.example", "Holger", "Wagner"), headers=irt("de-22"))

# ---------------------------------------------------------------- ignored

add("de-46", "Datenschutz-Zentrale <info@darknet-schutz24.example>", "Ihre Daten wurden im Darknet gefunden!",
    "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
    "unsere Überwachung hat Ihre E-Mail-Adresse und 3 Passwörter in einem Darknet-Forum gefunden. Lassen Sie "
    "Ihre Daten JETZT löschen, bevor Kriminelle Ihr Konto übernehmen.\n\n"
    "➜ Daten jetzt entfernen lassen: http://darknet-schutz24.example/loeschen\n\n"
    "Sonderpreis nur heute: 39,90 € statt 129 €.\n",
    IGN("spam", "info@darknet-schutz24.example"), headers=SPAM_HDR)

add("de-47", "DSGVO-Check <kontakt@abmahnschutz-dsgvo.example>", "Abmahnung droht: Ihre Website ist nicht DSGVO-konform",
    "Sehr geehrte Damen und Herren,\n\n"
    "bei einer automatischen Prüfung Ihrer Website haben wir 7 Datenschutzverstöße festgestellt (Google Fonts, "
    "fehlendes Löschkonzept, unvollständige Datenschutzerklärung). Abmahnungen kosten schnell mehrere tausend "
    "Euro.\n\n"
    "Mit unserem Paket 'DSGVO Komplett' für einmalig 299 € sind Sie sofort abgesichert. Antworten Sie einfach "
    "auf diese Mail.\n\n"
    "Ihr Team DSGVO-Check\n",
    IGN("spam", "kontakt@abmahnschutz-dsgvo.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="abmahnschutz-dsgvo.example")])

add("de-48", "Frau Dr. Elisabeth Morgan <e.morgan@stiftung-erbe.example>", "Vertrauliche Erbschaftsangelegenheit",
    "Sehr geehrter Begünstigter,\n\n"
    "ich bin Rechtsanwältin eines verstorbenen Kunden, der ohne Erben ein Vermögen von 4.800.000 EUR "
    "hinterlassen hat. Da Sie denselben Nachnamen tragen, können wir Sie als Erben eintragen. Aus Gründen "
    "des Datenschutzes bitte ich um absolute Vertraulichkeit. Senden Sie mir Ihren vollständigen Namen, "
    "Ihre Adresse und eine Kopie Ihres Ausweises; nach Abschluss werden alle Ihre Daten gelöscht.\n\n"
    "Hochachtungsvoll\nDr. Elisabeth Morgan\n",
    IGN("spam", "e.morgan@stiftung-erbe.example"))

add("de-49", "Anna Wolff <anna.wolff@wolff-architekten.example>", "Abwesenheitsnotiz: AW: [DSR-50433] Ihre Anfrage",
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro und habe keinen Zugriff "
    "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buero@wolff-architekten.example.\n\n"
    "Mit freundlichen Grüßen\nAnna Wolff\n",
    IGN("auto_reply", "anna.wolff@wolff-architekten.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-50", "Bibliotheksverband Rundbrief <rundbrief@bibliotheksverband.example>", "Rundbrief 11/2026: Datenschutz in Onleihe & Co.",
    "RUNDBRIEF 11/2026\n\n"
    "Themen dieser Ausgabe:\n"
    "* Löschfristen für Ausleihdaten - was empfiehlt die Aufsicht?\n"
    "* Kinderausweise und Einwilligung der Eltern\n"
    "* Fortbildung: Auskunftsersuchen in der Bibliothek richtig beantworten\n\n"
    "Sie erhalten diesen Rundbrief als Mitglied des Verbands. Abbestellen: siehe Link in der Fußzeile.\n",
    IGN("bulk", "rundbrief@bibliotheksverband.example"),
    headers=["List-Id: Rundbrief <rundbrief.bibliotheksverband.example>",
             "List-Unsubscribe: <mailto:rundbrief-leave@bibliotheksverband.example>",
             "Precedence: bulk"])

add("de-51", "Mail Delivery Subsystem <mailer-daemon@mail.gmx.example>", "Unzustellbar: Ihre Anfrage",
    "", IGN("bounce", "mailer-daemon@mail.gmx.example"), dsn=True)

add("de-52", "Bußgeldstelle Service <noreply@bussgeld-service.example>", "Ihre Nachricht ist eingegangen - Vorgang A-55812",
    "Sehr geehrte Damen und Herren,\n\n"
    "Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer A-55812 erfasst. Bitte geben "
    "Sie diese Nummer bei Rückfragen an. Diese E-Mail wurde automatisch erstellt.\n",
    IGN("auto_reply", "noreply@bussgeld-service.example"),
    headers=["Auto-Submitted: auto-generated"])
