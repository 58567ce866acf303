from common import *  # part de: written blind

# ---------------------------------------------------------------- requests
add("de-01-auskunft-kurz", "Katrin Brandt <katrin.brandt@web.example>", "Auskunft",
    "Bitte um Auskunft nach Art. 15 DSGVO über sämtliche zu meiner Person gespeicherten Daten.\n\nK. Brandt\n",
    R(["Access"], "katrin.brandt@web.example", "Katrin", "Brandt"))

add("de-02-konto-weg-ohne-punkt", "mausi1987@web.example", "konto",
    "hallo bitte mein konto bei medipost komplett löschen hab da seit jahren nix mehr bestellt danke\n",
    R(["Erasure"], "mausi1987@web.example", None, None))

add("de-03-caps-keine-werbung", "Horst Lehmann <horst.lehmann@t-online.example>", "WERBUNG",
    """SEHR GEEHRTE DAMEN UND HERREN,

ICH HABE IHNEN SCHON AM TELEFON GESAGT, DASS ICH KEINE WERBUNG MEHR VON IHREM HÖRGERÄTE-LADEN WILL. JETZT KOMMT SCHON WIEDER EIN PROSPEKT MIT "HÖRTEST-WOCHEN". ICH WIDERSPRECHE HIERMIT JEDER WERBUNG PER POST, TELEFON UND E-MAIL!!!

HORST LEHMANN
BAHNHOFSTR. 7
31134 HILDESHEIM
""",
    R(["Opposition"], "horst.lehmann@t-online.example", "Horst", "Lehmann"))

add("de-04-wohnheim-fotos-loeschen", "Jana Kowalski <jana.kowalski@posteo.example>", "Vorfall Wohnheim Zimmer 214 - Fotos",
    """Sehr geehrte Damen und Herren,

ich wohne seit dem Wintersemester 2024 im Wohnheim Am Mühlgraben, Zimmer 214, und bin inzwischen wirklich mit den Nerven am Ende.

Am 28. Oktober war ich für ein Blockseminar in Leipzig. Als ich am Abend zurückkam, hatte jemand mein Zimmer betreten. Auf dem Schreibtisch lag ein Zettel vom Hausmeister: Es habe einen „Wasserschaden-Verdacht“ im Stockwerk darunter gegeben, man habe mein Zimmer „kontrolliert und dokumentiert“. Niemand hat mich vorher informiert, obwohl meine Handynummer bei der Verwaltung hinterlegt ist. Einen Wasserschaden gab es übrigens nicht.

Zwei Tage später erzählte mir eine Mitbewohnerin, dass der Hausmeister auf seinem Diensthandy Bilder von mehreren Zimmern herumgezeigt hat, auch von meinem – mit meiner Wäsche auf dem Bett und meinen Medikamenten auf dem Nachttisch. Ich finde das unfassbar.

Ich habe mich bei der Wohnheimverwaltung beschwert und bekam nur eine Standardantwort, man nehme das „sehr ernst“. Passiert ist seitdem nichts. Die Frage der Kaution und ob ich deswegen vorzeitig ausziehe, kläre ich gesondert mit dem Studierendenwerk.

Von Ihnen verlange ich, dass sämtliche Fotos meines Zimmers, die bei dieser „Kontrolle“ gemacht wurden, unverzüglich gelöscht werden – auf dem Diensthandy, in E-Mails und wo auch immer sie sonst gelandet sind. Bitte bestätigen Sie mir die Löschung schriftlich.

Außerdem erwarte ich, dass so etwas nie wieder ohne Ankündigung passiert.

Mit freundlichen Grüßen
Jana Kowalski
""",
    R(["Erasure"], "jana.kowalski@posteo.example", "Jana", "Kowalski"))

add("de-05-anwaeltin-sperrung-berichtigung", "Dr. Claudia Neumann <c.neumann@kanzlei-neumann.example>",
    "Ihr Kunde Herr Mustafa Aydın – Einschränkung und Berichtigung gem. Art. 16, 18 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit zeige ich an, dass ich Herrn Mustafa Aydın, wohnhaft Lindenallee 4, 50968 Köln, anwaltlich vertrete. Eine auf mich lautende Vollmacht füge ich bei.

Mein Mandant wird in Ihrem Kundensystem mit einer offenen Forderung über 389,90 EUR aus einer angeblichen Bestellung vom 02.08.2026 geführt. Diese Bestellung hat mein Mandant nicht aufgegeben; es handelt sich offenkundig um einen Identitätsmissbrauch. Strafanzeige ist erstattet.

Namens und in Vollmacht meines Mandanten fordere ich Sie auf,

1. die Verarbeitung der diese Forderung betreffenden Daten gemäß Art. 18 Abs. 1 lit. a DSGVO einzuschränken und insbesondere jede Weitergabe an Inkassounternehmen oder Auskunfteien zu unterlassen, solange der Sachverhalt nicht geklärt ist;
2. den unzutreffenden Eintrag gemäß Art. 16 DSGVO zu berichtigen, d. h. die Forderung aus dem Kundenkonto meines Mandanten zu entfernen.

Für die Erledigung habe ich mir den 07.12.2026 notiert.

Mit freundlichen Grüßen

Dr. Claudia Neumann
Rechtsanwältin | Fachanwältin für IT-Recht
Kanzlei Neumann | Hohenzollernring 18 | 50672 Köln
Tel. 0221 987 65 40

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, benachrichtigen Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""",
    R(["Restriction", "Rectification"], "c.neumann@kanzlei-neumann.example", "Mustafa", "Aydın",
      representative="Claudia Neumann"))

add("de-06-schweiz-hoerdaten-uebertragen", "Reto Bühler <reto.buehler@bluewin.example>", "Hörtest-Daten an neuen Akustiker",
    """Grüezi

Ich habe meine Hörgeräte vor drei Jahren in Ihrer Filiale in Winterthur gekauft und ziehe nun nach Chur, wo mich ein anderer Akustiker betreuen wird.

Könnten Sie bitte meine Audiogramme und die Anpassdaten der Geräte in einem gängigen elektronischen Format (z.B. NOAH-Export) direkt an die Hörberatung Calanda, info@hoerberatung-calanda.example, übermitteln? Gemäss revDSG habe ich ja das Recht auf Herausgabe bzw. Übertragung meiner Daten.

Freundliche Grüsse
Reto Bühler
Tel. 079 123 45 67
""",
    R(["Portability"], "reto.buehler@bluewin.example", "Reto", "Bühler"))

add("de-07-oesterreich-absolventenverzeichnis", "Stefanie Gruber-Hofbauer <stefanie.gruber@aon.example>", "Falsche Daten im Absolventenverzeichnis",
    """Servus liebes Alumni-Team,

im Absolventenverzeichnis steh ich leider noch immer als "Stefanie Gruber, BA" drin. Ich hab im Jänner meinen Master abgeschlossen und heiße seit der Hochzeit im Sommer Stefanie Gruber-Hofbauer. Die Adresse passt auch nicht mehr, neu ist: Mariahilfer Straße 101/12, 1060 Wien.

Könnt ihr das bitte richtigstellen? Danke vielmals!

Liebe Grüße aus Wien
Steffi
""",
    R(["Rectification"], "stefanie.gruber@aon.example", "Stefanie", "Gruber-Hofbauer"))

add("de-08-html-alumni-verteiler", "Felix Schröder <felix.schroeder@gmx.example>", "Abmeldung Newsletter und Spendenbriefe",
    html("Guten Tag,",
         "seit meinem Abschluss 2018 bekomme ich jeden Monat den Alumni-Newsletter und zweimal im Jahr einen Spendenbrief der Universitätsstiftung. "
         "Bitte nehmen Sie mich aus <u>allen</u> Verteilern heraus &ndash; E-Mail wie Post.",
         "Der Abmeldelink im Newsletter f&uuml;hrt &uuml;brigens auf eine Fehlerseite.",
         "Mit freundlichen Gr&uuml;&szlig;en<br>Felix Schr&ouml;der"),
    R(["Opposition"], "felix.schroeder@gmx.example", "Felix", "Schröder"), ct=HTML)

add("de-09-cp1252-rezeptdaten-weitergabe", "Birgit Hoffmann <b.hoffmann@arcor.example>", "Weitergabe meiner Rezeptdaten?",
    """Sehr geehrte Damen und Herren,

ich löse seit einem Jahr meine Rezepte bei MediPost ein (E-Rezept über Ihre App). Eine Bekannte hat mir erzählt, dass Versandapotheken „anonymisierte“ Verordnungsdaten an Pharmafirmen verkaufen – für ein paar Cent pro Datensatz.

Ist das bei Ihnen auch so? An wen geben Sie meine Rezept- und Bestelldaten weiter (Krankenkasse, Hersteller, Marktforschung, Werbepartner …) und auf welcher Rechtsgrundlage? Ich möchte das einfach verstehen, bevor ich entscheide, ob ich bei Ihnen bleibe. Meine letzte Bestellung lag übrigens bei 86,40 €.

Mit freundlichen Grüßen
Birgit Hoffmann
""",
    R(["Information"], "b.hoffmann@arcor.example", "Birgit", "Hoffmann"), ct=CP1252, encode="cp1252")

add("de-10-mutter-kinderhoergeraete", "Sabine Schäfer <sabine.schaefer@gmx.example>", "Daten meines Sohnes Leon (Kinderhörgeräte)",
    """Hallo,

mein Sohn Leon (9 Jahre) wird seit letztem Jahr in Ihrer Filiale in Kassel mit Hörgeräten versorgt. Zu den Geräten gibt es eine App, in der wir als Eltern Tragezeiten usw. sehen. Jetzt habe ich gelesen, dass die App auch Daten an den Hersteller schickt.

Als Mutter und Sorgeberechtigte möchte ich bitte vollständig erfahren, welche Daten über Leon bei Ihnen gespeichert sind – aus der Filiale und aus der App – und eine Kopie davon bekommen.

Viele Grüße
Sabine Schäfer
""",
    R(["Access"], "sabine.schaefer@gmx.example", "Leon", "Schäfer", representative="Sabine Schäfer"))

add("de-11-betreuer-auskunft-werbestopp", "Thomas Krüger <t.krueger@betreuungsbuero-krueger.example>",
    "Rechtliche Betreuung Herr Walter Zimmermann",
    """Sehr geehrte Damen und Herren,

durch Beschluss des Amtsgerichts Gelsenkirchen (Az. 12 XVII 345/25) bin ich zum rechtlichen Betreuer von Herrn Walter Zimmermann, geb. 11.02.1938, bestellt, u. a. für die Aufgabenkreise Vermögenssorge und Vertretung gegenüber Behörden und Unternehmen. Den Betreuerausweis füge ich bei.

Herr Zimmermann hat in den letzten Monaten bei MediPost wiederholt Nahrungsergänzungsmittel für mehrere hundert Euro bestellt, offenbar ausgelöst durch Ihre Werbeschreiben und Anrufe.

Ich bitte um
- Auskunft über alle zu Herrn Zimmermann gespeicherten Daten, einschließlich der Bestellhistorie und der Herkunft seiner Telefonnummer, sowie
- die sofortige Einstellung jeglicher Werbung an ihn (Post, Telefon, E-Mail).

Mit freundlichen Grüßen
Thomas Krüger
Berufsbetreuer
Betreuungsbüro Krüger, Gelsenkirchen
""",
    R(["Access", "Opposition"], "t.krueger@betreuungsbuero-krueger.example", "Walter", "Zimmermann",
      representative="Thomas Krüger"))

add("de-12-erbe-mutter-alumni", "Martin Vogel <martin.vogel@freenet.example>", "Tod meiner Mutter - Mitgliedschaft Alumni-Verein",
    """Guten Tag,

meine Mutter, Dr. Gisela Vogel, ist im August verstorben. Sie war viele Jahre Mitglied im Alumni-Verein (Medizin, Jahrgang 1971). An ihre Adresse, die ich gerade auflöse, kommen weiterhin die Vereinszeitschrift und Einladungen zum Jahrgangstreffen.

Als ihr Sohn und Erbe bitte ich darum, ihre Mitgliedschaft zu beenden und ihre personenbezogenen Daten zu löschen. Eine Kopie der Sterbeurkunde schicke ich gerne nach.

Mit freundlichen Grüßen
Martin Vogel
""",
    R(["Erasure"], "martin.vogel@freenet.example", "Gisela", "Vogel", representative="Martin Vogel"))

add("de-13-studienplatz-automatisch-abgelehnt", "Ayşe Demir <ayse.demir@gmail.example>",
    "Ablehnung Studienplatz – automatisierte Entscheidung (Art. 22 DSGVO)",
    """Sehr geehrte Damen und Herren,

ich habe mich für den Bachelorstudiengang Pflegewissenschaft beworben und bereits vier Minuten nach Absenden der Online-Bewerbung eine Ablehnung erhalten ("Ihr Punktwert im Auswahlverfahren reicht leider nicht aus"). Offensichtlich wurde meine Bewerbung vollautomatisch ausgewertet; meine Ausbildung als Pflegehelferin wurde dabei offenbar gar nicht berücksichtigt.

Ich verlange gemäß Art. 22 Abs. 3 DSGVO, dass ein Mensch meine Bewerbung prüft, und möchte meinen Standpunkt darlegen können.

Mit freundlichen Grüßen
Ayşe Demir
""",
    R(["AutomatedDecision"], "ayse.demir@gmail.example", "Ayşe", "Demir"))

add("de-14-bestellung-betrugspruefung", "Niklas Wagner <niklas.wagner@mailbox.example>", "Bestellung wegen 'Betrugsprüfung' abgelehnt??",
    """Moin,

meine Bestellung (Nr. 9918273, Blutzuckerteststreifen) wurde storniert mit dem Hinweis, "unser automatisches Prüfsystem" habe ein erhöhtes Risiko festgestellt, Kauf auf Rechnung sei daher nicht möglich. Ich bestelle seit Jahren bei euch und hab immer pünktlich bezahlt.

Ich akzeptier das so nicht. Ich will, dass sich ein echter Mensch das nochmal anschaut und mir erklärt, wieso mich eine Software als Risiko einstuft.

Gruß aus Kiel
Niklas Wagner
""",
    R(["AutomatedDecision"], "niklas.wagner@mailbox.example", "Niklas", "Wagner"))

add("de-15-digitaler-nachlass", "Elfriede Baumann <e.baumann@t-online.example>", "Digitaler Nachlass – meine Daten bei MediPost",
    """Sehr geehrte Damen und Herren,

ich bin 79 Jahre alt und regle gerade mit meinem Notar meinen Nachlass, auch den sogenannten digitalen. Ich bin Kundin Ihrer Versandapotheke und trage Hörgeräte aus Ihrer Filiale in Bamberg.

Ich möchte festlegen, was nach meinem Ableben mit meinen Daten bei Ihnen geschieht: Mein Kundenkonto soll dann gelöscht werden, und meine Gesundheitsdaten dürfen an niemanden herausgegeben werden – auch nicht an meine Kinder. Wie kann ich eine solche Verfügung bei Ihnen hinterlegen?

Hochachtungsvoll
Elfriede Baumann
""",
    R(["AdvanceDirectives"], "e.baumann@t-online.example", "Elfriede", "Baumann"))

add("de-16-doppelt-abgebucht", "Dirk Schulte <dirk.schulte@gmx.example>", "Doppelte Abbuchung Rechnung 2026-448812",
    "Hallo, mir wurde die Rechnung 2026-448812 (Hörgerätebatterien, 23,80 €) zweimal vom Konto abgebucht. "
    "Bitte erstatten Sie mir den doppelten Betrag, die IBAN haben Sie ja. Danke, Dirk Schulte\n",
    R(["Unknown"], "dirk.schulte@gmx.example", "Dirk", "Schulte"))

add("de-17-filiale-leitet-weiter", "Melanie Kraus <melanie.kraus@acme-corp.example>", "WG: Meine Unterlagen",
    """Hallo Datenschutz-Team,

die Kundin unten war heute bei uns in der Filiale Regensburg und hat danach noch diese Mail geschickt. Ich kann ihr ja nicht einfach die ganze Akte ausdrucken, oder? Bitte übernehmt ihr das.

Danke & Gruß
Melanie Kraus
Filialleitung MediPost Hörakustik Regensburg
Tel. 0941 123 456

-----Ursprüngliche Nachricht-----
Von: Renate Schmitt <renate.schmitt@web.example>
Gesendet: Montag, 16. November 2026 09:12
An: regensburg@acme-corp.example
Betreff: Meine Unterlagen

Liebe Frau Kraus,

wie heute besprochen: Ich hätte gern alle Unterlagen, die Sie über mich haben, also die Hörtests seit 2019, die Notizen zur Anpassung und was sonst noch in meiner Akte steht. Am liebsten als PDF per Mail.

Herzliche Grüße
Renate Schmitt
""",
    R(["Access"], "renate.schmitt@web.example", "Renate", "Schmitt"))

add("de-18-sekretariat-anhang-geburtsdatum", "Sebastian Lorenz <sebastian.lorenz@acme-corp.example>", "WG: Falsches Geburtsdatum in meinen Unterlagen", "",
    R(["Rectification"], "jonas.weber@studmail.example", "Jonas", "Weber"),
    note="""Hallo zusammen,

anbei eine Mail aus dem Postfach des Studierendensekretariats. Der Student möchte sein Geburtsdatum korrigiert haben. Da es auch in Bescheinigungen steht und er sich auf die DSGVO beruft, leite ich es an euch weiter – bitte kurz prüfen, ob wir das einfach so ändern dürfen.

Viele Grüße
Sebastian Lorenz
Studierendensekretariat""",
    attached=("Jonas Weber <jonas.weber@studmail.example>", "Falsches Geburtsdatum in meinen Unterlagen",
              """Sehr geehrte Damen und Herren,

in meinem Studierendenausweis und in der Immatrikulationsbescheinigung steht als Geburtsdatum der 12.07.2003. Richtig ist der 07.12.2003 (Tag und Monat vertauscht). Das macht mir gerade Probleme beim BAföG-Amt.

Ich bitte um Berichtigung nach Art. 16 DSGVO. Eine Kopie meines Personalausweises liegt bei.

Mit freundlichen Grüßen
Jonas Weber
Matrikelnr. 4410273
"""))

add("de-19-familie-replyto-wohnheim", "Familie Öztürk <familie.oeztuerk@t-online.example>", "Wohnheimplatz / meine Daten",
    """Hi,

ich schreib vom Account meiner Eltern, Antwort bitte an meine eigene Adresse.

Ich hatte mich letztes Semester für einen Wohnheimplatz beworben und wurde dann mehrmals angerufen, wegen Unterlagen, die ich angeblich nicht eingereicht hätte. Inzwischen wohne ich in einer WG. Bevor ich das abhake, will ich wissen, was ihr genau über mich gespeichert habt (eine Kopie wär super). Danach bitte alles löschen.

LG Deniz
""",
    R(["Access", "Erasure"], "deniz.oeztuerk@gmx.example", "Deniz", "Öztürk"),
    headers=["Reply-To: =?utf-8?q?Deniz_=C3=96zt=C3=BCrk?= <deniz.oeztuerk@gmx.example>"])

add("de-20-latin1-empfehlungen-widerspruch", "Wolfgang Richter <w.richter@online.example>", "Widerspruch gegen Auswertung meines Kaufverhaltens",
    """Sehr geehrte Damen und Herren,

in Ihrer App erhalte ich laufend "persönliche Empfehlungen", die offensichtlich aus meinen bisherigen Bestellungen abgeleitet werden (u. a. Haarwuchsmittel). Das finde ich äußerst unangenehm, zumal meine Frau das Tablet mitbenutzt.

Hiermit widerspreche ich gemäß Art. 21 DSGVO der Auswertung meiner Einkäufe zu Werbe- und Analysezwecken. Meine Bestellungen sollen ausschließlich zur Abwicklung verwendet werden.

Mit freundlichen Grüßen
Wolfgang Richter
""",
    R(["Opposition"], "w.richter@online.example", "Wolfgang", "Richter"), ct=LATIN1, encode="latin-1")

add("de-21-plagiatsvermerk-sperren", "Lukas Hartmann <lukas.hartmann@studmail.example>", "Plagiatsvermerk in meiner Prüfungsakte",
    """Sehr geehrte Damen und Herren,

in meiner Prüfungsakte steht seit Oktober ein Vermerk "Plagiatsverdacht" zu meiner Hausarbeit im Modul Europarecht. Die Plagiatssoftware hat wörtlich zitierte Gesetzestexte als Übernahme gewertet. Ich habe dagegen beim Prüfungsausschuss Widerspruch eingelegt; die Entscheidung steht noch aus.

Bis zur Klärung bitte ich darum, dass dieser Vermerk gesperrt und nicht weiterverwendet wird – insbesondere soll er nicht an den DAAD gehen, bei dem ich mich gerade um ein Stipendium bewerbe. Löschen sollen Sie ihn (noch) nicht, da ich ihn im Verfahren brauche.

Mit freundlichen Grüßen
Lukas Hartmann
Matrikelnr. 4398112
""",
    R(["Restriction"], "lukas.hartmann@studmail.example", "Lukas", "Hartmann"))

add("de-22-vorlesungsaufzeichnung-signatur", "Dr. Miriam Schwarz <miriam.schwarz@schwarz-consulting.example>", "Frage zu Vorlesungsaufzeichnungen",
    """Guten Tag,

als Gasthörerin habe ich im Sommersemester die Ringvorlesung "Ethik in der Medizin" besucht. Die Sitzungen wurden aufgezeichnet, und in mehreren Aufnahmen bin ich bei Wortbeiträgen zu sehen und zu hören.

Wie lange werden diese Aufzeichnungen gespeichert, wer hat Zugriff darauf und werden sie auf einer externen Plattform (YouTube o. Ä.) veröffentlicht? Mir geht es zunächst nur um diese Informationen.

Beste Grüße

Dr. Miriam Schwarz
Geschäftsführerin
Schwarz Consulting GmbH
Königsallee 60, 40212 Düsseldorf
Tel.: +49 211 555 12 34 | Mobil: +49 172 555 98 76
Amtsgericht Düsseldorf HRB 98765

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
""",
    R(["Information"], "miriam.schwarz@schwarz-consulting.example", "Miriam", "Schwarz"))

add("de-23-de-en-foto-campusmagazin", "Emma Johansson <emma.johansson@mail.example>", "Foto im Campus-Magazin / photo in magazine",
    """Hallo,

sorry for mixing languages, mein Deutsch ist erst B1. In der neuen Ausgabe vom Campus-Magazin ist ein Foto von mir in der Mensa, big on page 3. Nobody asked me. Ich möchte nicht, dass dieses Foto weiter benutzt wird – not in the online edition, not on Instagram, not in future brochures. Please stop using it.

Danke,
Emma Johansson
Erasmus student, Wohnheim Nord
""",
    R(["Opposition"], "emma.johansson@mail.example", "Emma", "Johansson"))

add("de-24-samsung-einzeiler", "Marco Klein <marco.klein@icloud.example>", "Daten",
    "Was habt ihr eigentlich alles über mich gespeichtert?\n\nVon meinem Samsung Galaxy Smartphone gesendet.\n",
    R(["Access"], "marco.klein@icloud.example", "Marco", "Klein"))

add("de-25-woher-adresse-werbung", "Petra Wolf <petra.wolf@posteo.example>", "Woher haben Sie meine Adresse?",
    """Guten Tag,

heute lag ein Werbebrief Ihrer Hörakustik-Filiale in Augsburg im Briefkasten: "Liebe Frau Wolf, ab 60 lässt das Gehör nach – kommen Sie zum kostenlosen Hörtest!" Ich war nie Kundin bei Ihnen und finde es ziemlich übergriffig, dass Sie mein Alter kennen.

Teilen Sie mir bitte mit, woher Sie meine Adresse und mein Geburtsjahr haben. Außerdem widerspreche ich der Verwendung meiner Daten für Werbung.

P. Wolf
""",
    R(["Information", "Opposition"], "petra.wolf@posteo.example", "Petra", "Wolf"))

add("de-26-bewerbung-hausmeister-loeschen", "Zoran Petrović <zoran.petrovic@gmx.example>", "Bewerbung Hausmeister Wohnanlage – Unterlagen",
    """Sehr geehrte Damen und Herren,

ich hatte mich im Juli auf die Stelle als Hausmeister für die Wohnanlage Am Stadtpark beworben und eine Absage bekommen. Meine Bewerbungsunterlagen (Lebenslauf, Zeugnisse, Führungszeugnis) brauchen Sie ja nun nicht mehr.

Ich bitte darum, diese zu vernichten und mir das kurz zu bestätigen.

Mit freundlichen Grüßen
Zoran Petrović
""",
    R(["Erasure"], "zoran.petrovic@gmx.example", "Zoran", "Petrović"))

add("de-27-selbstauskunft-hotline", "tobias.hahn@mailbox.example", "Selbstauskunft",
    """Hallo,

ich bitte um eine Selbstauskunft: Welche personenbezogenen Daten sind zu mir in Ihrem Kundenservice gespeichert, inkl. Gesprächsnotizen der Hotline und Aufzeichnungen meiner Anrufe (ich hatte im Oktober dreimal angerufen)? Bitte auch gleich eine Kopie.

Grüße
Tobias Hahn
Kundennr. 30-118877
""",
    R(["Access"], "tobias.hahn@mailbox.example", "Tobias", "Hahn"))

add("de-28-adresse-korrigieren-nicht-loeschen", "Claudia Becker <claudia.becker@web.example>", "Adressänderung – KEINE Löschung!",
    """Hallo,

bevor es Missverständnisse gibt: Ich will mein Konto NICHT löschen lassen (das hat mir die Hotline angeboten, weil sie die Adresse angeblich nicht ändern kann). Ich möchte nur, dass meine Lieferadresse und meine Telefonnummer korrigiert werden:

Neue Adresse: Claudia Becker, Gartenweg 3a, 04229 Leipzig
Telefon: 0341 223344

Die alte Adresse in Halle stimmt seit Mai nicht mehr, zwei Pakete sind schon zurückgegangen.

Danke
Claudia Becker
""",
    R(["Rectification"], "claudia.becker@web.example", "Claudia", "Becker"))

add("de-29-wechsel-versandapotheke", "Jürgen Weiß <juergen.weiss@vodafone.example>", "Wechsel der Versandapotheke",
    """Sehr geehrtes MediPost-Team,

ich wechsle zum Jahresende zu einer anderen Versandapotheke. Bitte stellen Sie mir meine Bestell- und Medikationshistorie der letzten drei Jahre in einem maschinenlesbaren Format (CSV, JSON, egal) bereit, damit ich sie dort importieren kann. Sobald ich den Eingang bestätigt habe, bitte ich um Löschung meines Kundenkontos und aller gespeicherten Daten, soweit keine Aufbewahrungspflichten entgegenstehen.

Mit besten Grüßen
Jürgen Weiß
""",
    R(["Portability", "Erasure"], "juergen.weiss@vodafone.example", "Jürgen", "Weiß"))

add("de-30-widerruf-tinnitusstudie", "Hannah Zimmer <hannah.zimmer@uni-mail.example>", "Widerruf meiner Einwilligung – Studie Tinnitus und Schlaf",
    """Sehr geehrtes Studienteam,

hiermit widerrufe ich meine Einwilligung zur Teilnahme an der Studie "Tinnitus und Schlaf" (Probanden-ID TS-0417). Ich möchte nicht weiter kontaktiert werden und verlange außerdem, dass alle bisher über mich erhobenen Daten – Fragebögen, Schlafprotokolle, Audiometrie – gelöscht werden.

Freundliche Grüße
Hannah Zimmer
""",
    R(["Opposition", "Erasure"], "hannah.zimmer@uni-mail.example", "Hannah", "Zimmer"))

add("de-31-drittlandtransfer-formell", "Prof. Dr. Klaus-Dieter von Hohenberg <kd.hohenberg@hohenberg.example>",
    "Anfrage nach Art. 13, 14 und 44 ff. DSGVO",
    """Sehr geehrte Damen und Herren,

als Kunde Ihrer Online-Apotheke bitte ich um Mitteilung,

a) ob personenbezogene Daten, insbesondere Gesundheitsdaten im Sinne von Art. 9 DSGVO, an Empfänger in Drittländern übermittelt werden,
b) welche geeigneten Garantien gemäß Art. 46 DSGVO Sie hierfür vorsehen, und
c) ob Sie Dienste US-amerikanischer Anbieter (z. B. Microsoft, Amazon Web Services, Google) einsetzen.

Eine Auskunft über die zu meiner Person gespeicherten Daten benötige ich derzeit nicht.

Hochachtungsvoll
Prof. Dr. Klaus-Dieter von Hohenberg
""",
    R(["Information"], "kd.hohenberg@hohenberg.example", "Klaus-Dieter", "von Hohenberg"))

add("de-32-qp-alumniportal-oesterreich", "Florian Huber <florian.huber@chello.example>", "Alumni-Portal Profil",
    """Grüß Gott,

ich hab heute gesehen, dass es im Alumni-Portal ein Profil von mir gibt, mit Foto, Studienrichtung und Arbeitgeber. Angemeldet hab ich mich dort nie, das wurde offenbar automatisch angelegt.

Bitte löscht's dieses Profil komplett. Und sagt's mir bitte auch, wer das bis jetzt alles sehen konnte - nur andere Absolventen oder jeder im Internet?

Danke und schöne Grüße aus Linz
Florian Huber
""",
    R(["Erasure", "Information"], "florian.huber@chello.example", "Florian", "Huber"), ct=LATIN1, encode="latin-1-qp")

# ---------------------------------------------------------------- tasks
add("de-33-task-avv-lernplattform", "Andrea Fischer <andrea.fischer@acme-corp.example>", "Bitte AVV mit StudyCloud prüfen",
    """Liebes Datenschutz-Team,

wir möchten zum Sommersemester die Lernplattform von StudyCloud GmbH einführen (inkl. Online-Prüfungen mit Webcam-Aufsicht). Der Anbieter hat uns seinen Auftragsverarbeitungsvertrag samt TOMs geschickt, beides im Anhang. Könnt ihr den AVV bis Mitte Dezember prüfen? Uns ist vor allem unklar, ob die Videoaufnahmen der Proctoring-Funktion in den USA gespeichert werden.

Viele Grüße
Andrea Fischer
Zentrum für digitale Lehre
""",
    TASK("andrea.fischer@acme-corp.example", "Andrea", "Fischer"))

add("de-34-task-dsfa-videoueberwachung", "Michael Braun <michael.braun@acme-corp.example>", "Videoüberwachung Fahrradkeller Wohnanlage – DSFA?",
    """Hallo,

nach mehreren Fahrraddiebstählen möchte die Wohnheimverwaltung im Fahrradkeller und am Eingang der Wohnanlage Am Stadtpark Kameras installieren (Aufzeichnung 72 Stunden). Brauchen wir dafür eine Datenschutz-Folgenabschätzung? Und was muss auf die Hinweisschilder? Ich würde gern bis Ende des Monats die Beauftragung des Installateurs freigeben.

Gruß
Michael Braun
Technische Gebäudeverwaltung
""",
    TASK("michael.braun@acme-corp.example", "Michael", "Braun"))

add("de-35-task-vvt-fernanpassung", "Julia Meyer <julia.meyer@acme-corp.example>", "VVT-Eintrag Fernanpassung Hörgeräte anlegen",
    """Hi zusammen,

ab Januar bieten wir in allen Hörakustik-Filialen die Fernanpassung per Videocall an. Könnt ihr dafür bitte einen Eintrag im Verzeichnis der Verarbeitungstätigkeiten anlegen? Die Eckdaten (Tool, Kategorien von Daten, Löschfristen) habe ich in der angehängten Tabelle zusammengestellt.

Danke!
Julia Meyer
Qualitätsmanagement Hörakustik
""",
    TASK("julia.meyer@acme-corp.example", "Julia", "Meyer"))

add("de-36-task-schulung-filialen", "Oliver Schmid <oliver.schmid@acme-corp.example>", "Datenschutzschulung für die Filialteams – Termin?",
    """Hallo Datenschutz,

bei der letzten Filialleiterrunde kam raus, dass viele Kolleginnen und Kollegen unsicher sind, welche Auskünfte sie am Telefon an Angehörige geben dürfen. Könntet ihr im ersten Quartal eine Online-Schulung (ca. 60 Min.) für die Teams der 14 Hörakustik-Filialen anbieten? Gern mit ein paar Praxisfällen.

Beste Grüße
Oliver Schmid
Regionalleitung Süd
""",
    TASK("oliver.schmid@acme-corp.example", "Oliver", "Schmid"))

add("de-37-task-lieferantenfragebogen", "Katja Winkler <katja.winkler@acme-corp.example>", "Lieferantenselbstauskunft Datenschutz – Frist 01.12.",
    """Hallo,

unser Pharmagroßhändler führt ein Lieferantenaudit durch und hat uns eine Selbstauskunft zum Datenschutz geschickt (Datenschutzbeauftragter, TOMs, Meldeprozess bei Datenpannen usw.). Ich kann die Einkaufsfragen beantworten, aber den Teil 4 "Datenschutz & Informationssicherheit" müsstet bitte ihr ausfüllen. Frist ist der 01.12.

Danke und Gruß
Katja Winkler
Strategischer Einkauf MediPost
""",
    TASK("katja.winkler@acme-corp.example", "Katja", "Winkler"))

# ---------------------------------------------------------------- incidents
add("de-38-inc-tablet-filiale-gestohlen", "Serkan Yıldız <serkan.yildiz@acme-corp.example>", "Tablet aus Filiale Nürnberg gestohlen",
    """Hallo Datenschutz-Team,

heute Vormittag wurde in unserer Filiale in Nürnberg das Beratungs-Tablet vom Tresen gestohlen, während ich hinten eine Kundin angepasst habe. Auf dem Tablet sind der Terminkalender der Filiale und die Hörtest-Software, man ist dort normalerweise eingeloggt. Eine PIN hatte es, aber ich weiß nicht, ob es gerade gesperrt war. Polizei ist informiert, die IT auch.

Was muss ich noch tun?

Serkan Yıldız
Hörakustikmeister, MediPost Hörakustik Nürnberg
Tel. 0911 456 789
""",
    INC("serkan.yildiz@acme-corp.example", "Serkan", "Yıldız"))

add("de-39-inc-rezept-falscher-empfaenger", "Anja Köhler <anja.koehler@acme-corp.example>", "Rezeptrücksendung an falschen Kunden verschickt",
    """Hallo,

beim Versand der Rezeptrücksendungen gestern ist uns ein Fehler passiert: Das Original-Privatrezept von Frau H. (mit Diagnose und Medikation) ist im Umschlag eines anderen Kunden gelandet. Der Kunde hat heute bei der Hotline angerufen und will es zurückschicken. Es ist wohl ein Einzelfall, eine Kollegin hat zwei Sendungen am Packtisch vertauscht.

Viele Grüße
Anja Köhler
Teamleitung Rezeptbearbeitung
""",
    INC("anja.koehler@acme-corp.example", "Anja", "Köhler"))

add("de-40-inc-makro-anhang-geoeffnet", "Bernd Schuster <bernd.schuster@acme-corp.example>", "Dringend: verdächtigen Anhang geöffnet",
    """hallo, ich hab eben eine Rechnung von einem angeblichen Catering für unser Alumni-Treffen geöffnet (Word-Datei) und dann auf "Inhalt aktivieren" geklickt. Danach ist Word abgestürzt. Der Rechner hat Zugriff auf die Alumni-Datenbank mit ca. 40.000 Adressen. Ich hab das Netzwerkkabel gezogen. Was soll ich jetzt machen??

Bernd Schuster
Alumni-Büro
""",
    INC("bernd.schuster@acme-corp.example", "Bernd", "Schuster"))

add("de-41-inc-noten-anderer-studentin", "Leonie Maier <leonie.maier@studmail.example>", "Im Campusportal sehe ich fremde Noten",
    """Hallo,

ich weiß nicht, ob ich hier richtig bin, aber seit heute Morgen sehe ich im Campusportal unter "Meine Leistungen" nicht meine Noten, sondern die einer anderen Studentin – mit Namen, Matrikelnummer und sogar einem Nachteilsausgleich-Vermerk. Eine Freundin hat das gleiche Problem. Ich habe nichts heruntergeladen.

Viele Grüße
Leonie Maier
""",
    INC("leonie.maier@studmail.example", "Leonie", "Maier"))

add("de-42-inc-bewohnerliste-kueche", "Can Arslan <can.arslan@gmx.example>", "Liste mit Bankdaten in der Gemeinschaftsküche",
    """Servus,

in der Gemeinschaftsküche im 3. OG lag heute eine ausgedruckte Liste aller Bewohner unseres Hauses mit Namen, Zimmernummer, IBAN und offenen Mietbeträgen. Ich hab sie an mich genommen, damit sie nicht noch mehr Leute sehen. Wahrscheinlich hat jemand von der Verwaltung sie am Drucker im Flur vergessen. Wem soll ich sie geben?

Can Arslan
Wohnheim Am Mühlgraben, Zimmer 311
""",
    INC("can.arslan@gmx.example", "Can", "Arslan"))

# ---------------------------------------------------------------- follow-ups
add("de-43-fu-dsr-auch-app-daten", "Katharina Roth <katharina.roth@gmx.example>", "AW: [DSR-52290] Eingangsbestätigung Ihrer Anfrage",
    """Hallo,

danke für die Bestätigung. Mir ist noch eingefallen: Bitte berücksichtigen Sie bei der Auskunft auch die Daten aus der MediPost-App (Erinnerungen, Medikationsplan), nicht nur das Kundenkonto im Webshop.

Gruß
Katharina Roth

-----Ursprüngliche Nachricht-----
Von: Datenschutz <privacy@acme-corp.example>
Gesendet: Freitag, 13. November 2026 11:05
Betreff: [DSR-52290] Eingangsbestätigung Ihrer Anfrage

Sehr geehrte Frau Roth,
wir bestätigen den Eingang Ihrer Anfrage, die wir unter der Nummer DSR-52290 bearbeiten. Sie erhalten innerhalb eines Monats eine Antwort.
Ihr Datenschutz-Team
""",
    FU("52290", "katharina.roth@gmx.example", "Katharina", "Roth"))

add("de-44-fu-dsr-ausweiskopie-schweiz", "Beat Studer <beat.studer@bluewin.example>", "Re: [DSR-47105] Identitätsnachweis",
    """Grüezi

Wie gewünscht sende ich Ihnen im Anhang eine Kopie meiner Identitätskarte. Ich hoffe, dass es nun vorwärtsgeht.

Freundliche Grüsse
Beat Studer

> Am 10.11.2026 schrieb Datenschutz <privacy@acme-corp.example>:
> Sehr geehrter Herr Studer
> Zur Bearbeitung Ihres Anliegens (DSR-47105) benötigen wir einen Identitätsnachweis.
""",
    FU("47105", "beat.studer@bluewin.example", "Beat", "Studer"))

add("de-45-fu-wieder-abgelehnt", "Niklas Wagner <niklas.wagner@mailbox.example>", "Re: Bestellung wegen 'Betrugsprüfung' abgelehnt??",
    """Hallo? Seit einer Woche keine Antwort, und heute wurde die nächste Bestellung auch wieder automatisch abgelehnt. Wie lange dauert das denn noch?

Niklas Wagner
""",
    FU(ref("de-14-bestellung-betrugspruefung"), "niklas.wagner@mailbox.example", "Niklas", "Wagner"),
    headers=irt("de-14-bestellung-betrugspruefung"))

add("de-46-fu-nachtrag-neue-apotheke", "Jürgen Weiß <juergen.weiss@vodafone.example>", "AW: Wechsel der Versandapotheke",
    """Nachtrag zu meiner gestrigen Mail: Die Daten können Sie gern direkt an meine neue Apotheke senden, Adresse: datenimport@apotheke-am-see.example. Kundennummer dort: 55-20931.

J. Weiß
""",
    FU(ref("de-29-wechsel-versandapotheke"), "juergen.weiss@vodafone.example", "Jürgen", "Weiß"),
    headers=irt("de-29-wechsel-versandapotheke"))

# ---------------------------------------------------------------- ignored
add("de-47-spam-dsgvo-abmahnung", "Kanzlei für Datenschutzrecht <abmahnung@dsgvo-kanzlei-24.example>", "Abmahnung wegen DSGVO-Verstoß – Zahlungsfrist 7 Tage",
    """Sehr geehrte Damen und Herren,

auf Ihrer Website acme-corp.example werden Google Fonts ohne Einwilligung geladen. Dies stellt einen Verstoß gegen die DSGVO dar. Unsere Mandantin verlangt Schadensersatz in Höhe von 1.850,00 EUR.

Zahlen Sie den Betrag innerhalb von 7 Tagen über den folgenden Link, dann werden sämtliche Daten zu diesem Vorgang gelöscht und auf eine Klage verzichtet:
https://dsgvo-kanzlei-24.example/zahlung?ref=AC-77120

Mit freundlichen Grüßen
Ihre Kanzlei für Datenschutzrecht
""",
    IGN("spam", "abmahnung@dsgvo-kanzlei-24.example"), headers=SPAM_HDR)

add("de-48-spam-paket-daten-bestaetigen", "DHL Paket <noreply@dhl-zustellung.example>", "Ihre Sendung wartet – Daten bestätigen",
    """Sehr geehrter Kunde,

Ihre Sendung JJD0049921834 konnte nicht zugestellt werden, da Ihre Adressdaten unvollständig sind. Gemäß DSGVO werden Ihre personenbezogenen Daten nach 48 Stunden gelöscht und die Sendung an den Absender zurückgeschickt.

Bestätigen Sie jetzt Ihre Daten und zahlen Sie die Zustellgebühr von 1,99 EUR:
http://dhl-zustellung.example/track/confirm

Ihr DHL-Team
""",
    IGN("spam", "noreply@dhl-zustellung.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="dhl-zustellung.example")])

add("de-49-spam-seo-angebot", "Kevin Maurer <kevin@topranking-agentur.example>", "Mehr Sichtbarkeit für acme-corp.example",
    """Hallo liebes Team von acme-corp.example,

ich habe mir Ihre Website angesehen und festgestellt, dass Sie bei Google für Begriffe wie "Hörgeräte online" und "Versandapotheke günstig" nicht auf Seite 1 ranken. Das kostet Sie jeden Monat Tausende Besucher!

Wir garantieren Top-10-Platzierungen innerhalb von 30 Tagen – sonst Geld zurück. Backlinks, Content, technische SEO, alles aus einer Hand.

Darf ich Ihnen eine kostenlose Analyse schicken? Antworten Sie einfach mit "JA".

Best regards / Beste Grüße
Kevin Maurer
TopRanking Agentur
""",
    IGN("spam", "kevin@topranking-agentur.example"))

add("de-50-abwesend-auf-dsr", "Ingo Fuchs <ingo.fuchs@fuchs-steuer.example>", "Automatische Antwort: [DSR-49922] Ihre Anfrage ist bei uns eingegangen",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30.11.2026 im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Lang (lang@fuchs-steuer.example).

Mit freundlichen Grüßen
Ingo Fuchs
""",
    IGN("auto_reply", "ingo.fuchs@fuchs-steuer.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("de-51-eingangsbestaetigung-stadtwerke", "Kundenservice Stadtwerke <noreply@service.stadtwerke-beispiel.example>",
    "Ihre Anfrage ist bei uns eingegangen – Vorgangsnummer 2026-11-004471",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Vorgangsnummer 2026-11-004471 erfasst und wird schnellstmöglich bearbeitet.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Kundenservice der Stadtwerke
""",
    IGN("auto_reply", "noreply@service.stadtwerke-beispiel.example"))

add("de-52-newsletter-datenschutzpraxis", "Datenschutz-Praxis <newsletter@datenschutz-praxis.example>",
    "Datenschutz-Praxis 11/2026: Löschkonzepte, Auskunftsersuchen, neue Bußgelder",
    """Datenschutz-Praxis – Ihr monatlicher Newsletter

1. Löschkonzept in 5 Schritten: So setzen Sie das Recht auf Löschung sauber um
2. Auskunftsersuchen nach Art. 15 DSGVO – die häufigsten Fehler
3. Bußgeld-Ticker: 1,2 Mio. EUR gegen Versandhändler

Jetzt lesen: https://datenschutz-praxis.example/ausgabe-11-2026

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://datenschutz-praxis.example/abmelden
""",
    IGN("bulk", "newsletter@datenschutz-praxis.example"),
    headers=["List-Id: Datenschutz-Praxis Newsletter <newsletter.datenschutz-praxis.example>",
             "List-Unsubscribe: <https://datenschutz-praxis.example/abmelden?u=8812>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
             "Precedence: bulk"])

add("de-53-bounce-unzustellbar", "Mail Delivery Subsystem <mailer-daemon@mail.example.net>", "Unzustellbar: Ihre Auskunft nach Art. 15 DSGVO", "",
    IGN("bounce", "mailer-daemon@mail.example.net"), dsn=True)
