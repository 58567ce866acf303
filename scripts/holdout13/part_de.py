from common import *  # part de: written blind

# ---------------------------------------------------------------- requests

add("de-01-alles-loeschen", "ralf.k1971@web.example.de", "Löschen",
    "Bitte alles von mir löschen. Danke\n",
    R(["Erasure"], "ralf.k1971@web.example.de"))

add("de-02-auskunft-art15", "Dr. Friederike von Albrecht <friederike.albrecht@posteo.example.de>",
    "Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht nach Art. 15 Abs. 1 und 3 DSGVO Gebrauch. Ich bitte um
Bestätigung, ob Sie mich betreffende personenbezogene Daten verarbeiten, und gegebenenfalls um
Auskunft über

1. die Verarbeitungszwecke,
2. die Kategorien der verarbeiteten Daten,
3. die Empfänger oder Kategorien von Empfängern,
4. die geplante Speicherdauer,
5. die Herkunft der Daten, soweit diese nicht bei mir erhoben wurden,

sowie um Überlassung einer Kopie der Daten.

Ich bin seit 2021 Mitglied im Bonusprogramm „Staybright Rewards“ (Mitgliedsnummer SR-3310598)
und habe mehrfach in Ihren Häusern in Stuttgart und Freiburg übernachtet. Für die Beantwortung
erwarte ich die gesetzliche Frist von einem Monat ab Eingang dieses Schreibens.

Mit freundlichen Grüßen

Dr. Friederike von Albrecht
Heilbronner Straße 27
70191 Stuttgart
""",
    R(["Access"], "friederike.albrecht@posteo.example.de", "Friederike", "von Albrecht"))

add("de-03-servus-newsletter", "Florian Gruber <flo.gruber@gmx.example.at>",
    "newsletter",
    """Servus,

bitte schickts ma keine Newsletter mehr, i hab mi do nie angmeldet.

Danke
Flo
""",
    R(["Opposition"], "flo.gruber@gmx.example.at", "Florian", "Gruber"))

add("de-04-adresse-zuerich", "Beat Kälin <beat.kaelin@bluewin.example.ch>",
    "Adressänderung Bonusprogramm",
    """Grüezi

Ich bin umgezogen und bitte Sie, meine Angaben im Bonusprogramm anzupassen. Neue Adresse:
Seefeldstrasse 112, 8008 Zürich (bisher Baarerstrasse 3, 6300 Zug). Ausserdem stimmt meine
Handynummer nicht mehr, neu: +41 79 555 12 34.

Freundliche Grüsse
Beat Kälin
""",
    R(["Rectification"], "beat.kaelin@bluewin.example.ch", "Beat", "Kälin"),
    ct=LATIN1, encode="latin-1-qp")

add("de-05-wellnesswochenende-wut", "Jürgen Maaß <juergen.maass@t-online.example.de>",
    "Beschwerde Wellnesswochenende Staybright Binz - so nicht!",
    """Sehr geehrte Damen und Herren,

ich bin seit über zehn Jahren Gast in Ihren Häusern, aber was meine Frau und ich am letzten
Oktoberwochenende in Binz erlebt haben, schlägt dem Fass den Boden aus.

Gebucht hatten wir das Paket „Ostsee Auszeit“: zwei Nächte Meerblick, zwei Ganzkörpermassagen,
Saunalandschaft. Bekommen haben wir ein Zimmer neben dem Aufzug mit Blick auf den Parkplatz.
Die Massage meiner Frau wurde eine Stunde vorher abgesagt, „Krankheitsfall“. Ersatz gab es
keinen, abgerechnet wurde trotzdem. Die Sauna war am Samstag wegen einer geschlossenen
Gesellschaft nicht zugänglich, das stand nirgends.

Als ich mich an der Rezeption beschwert habe, sagte mir die junge Dame wörtlich, ich sei in
Ihrem System ohnehin schon als „schwieriger Gast“ vermerkt. Wie bitte? Ich möchte deshalb
schriftlich aufgelistet bekommen, was Sie alles über mich gespeichert haben, inklusive
sämtlicher Notizen und Vermerke Ihrer Mitarbeiter, und zwar vollständig.

Ich erwarte außerdem die Erstattung der nicht erbrachten Massage (119 Euro) und eine
Entschuldigung. Ihre Servicehotline hat mich zweimal in der Warteschleife hängen lassen.

Jürgen Maaß
Greifswald
""",
    R(["Access"], "juergen.maass@t-online.example.de", "Jürgen", "Maaß"))

add("de-06-vater-lernstand-leon", "Markus Schneider <markus.schneider@mailbox.example.de>",
    "Daten meines Sohnes Leon",
    """Guten Tag,

unser Sohn Leon Schneider (9 Jahre) nutzt seit März Ihre Lernplattform für Mathe und Deutsch.
Als sorgeberechtigter Vater möchte ich wissen, was über Leon bei Ihnen gespeichert ist:
Lernstände, Auswertungen, Chatverläufe mit den Tutoren, Videoaufzeichnungen. Bitte schicken Sie
mir eine Kopie davon.

Viele Grüße
Markus Schneider
""",
    R(["Access"], "markus.schneider@mailbox.example.de", "Leon", "Schneider",
      representative="Markus Schneider"))

add("de-07-caps-loeschen-anrufe", "Gerda Schulze <gerda.schulze@freenet.example.de>",
    "SOFORT LÖSCHEN",
    """LÖSCHEN SIE SOFORT ALLE MEINE DATEN!!! UND HÖREN SIE AUF MICH STÄNDIG WEGEN IHREM PREMIUM-ABO ANZURUFEN. ICH WILL DAS NICHT.

GERDA SCHULZE
""",
    R(["Erasure", "Opposition"], "gerda.schulze@freenet.example.de", "Gerda", "Schulze"))

add("de-08-html-export-buchungen", "Henrike Oldenburg <henrike.oldenburg@icloud.example.com>",
    "Export meiner Buchungshistorie",
    html("Guten Tag,",
         "ich m&ouml;chte meine gesamte Buchungshistorie und meinen Punktestand aus Staybright "
         "Rewards in einem maschinenlesbaren Format erhalten (gerne CSV oder JSON), damit ich die "
         "Daten in meine Reise-App importieren kann. Ein PDF oder Screenshot hilft mir leider nicht.",
         "Vielen Dank und freundliche Gr&uuml;&szlig;e<br>Henrike Oldenburg"),
    R(["Portability"], "henrike.oldenburg@icloud.example.com", "Henrike", "Oldenburg"),
    ct=HTML)

add("de-09-vermerk-bademantel", "Uwe Köhler <uwe.koehler@arcor.example.de>",
    "Vermerk in Ihrem System - Sperrung",
    """Sehr geehrte Damen und Herren,

bei meinem Aufenthalt im Staybright Leipzig vom 1. bis 3. November wurde mir vorgeworfen, einen
Bademantel aus dem Spa mitgenommen zu haben. Das ist nicht richtig. Man hat mir mitgeteilt, dass
ich deswegen in Ihrem Gästesystem mit einem entsprechenden Vermerk versehen wurde.

Ich bestreite die Richtigkeit dieses Vermerks. Bis die Sache geklärt ist, verlange ich, dass der
Eintrag gesperrt und nicht weiter verwendet wird (Art. 18 DSGVO). Eine Löschung meines
Gastprofils wünsche ich ausdrücklich nicht.

Mit freundlichen Grüßen
Uwe Köhler
""",
    R(["Restriction"], "uwe.koehler@arcor.example.de", "Uwe", "Köhler"),
    ct=LATIN1, encode="latin-1")

add("de-10-ausweisscan-muenchen", "Katharina Wendt <k.wendt@outlook.example.de>",
    "Warum wird mein Ausweis eingescannt?",
    """Hallo,

beim Check-in in Ihrem Hotel in München wurde nicht nur der Meldeschein ausgefüllt, sondern auch
mein Personalausweis eingescannt – „aus Sicherheitsgründen“, hieß es. Auf welcher
Rechtsgrundlage passiert das, wie lange wird der Scan aufbewahrt und wer hat darauf Zugriff?
Wird das auch an die anderen Hotels der Gruppe weitergegeben?

Danke vorab für eine kurze Erklärung.

Katharina Wendt
""",
    R(["Information"], "k.wendt@outlook.example.de", "Katharina", "Wendt"),
    ct=CP1252, encode="cp1252")

add("de-11-spa-wien-fw", "Mag. Elisabeth Pichler <elisabeth.pichler@acme-corp.example>",
    "WG: Gesundheitsfragebogen",
    """Liebe Kolleginnen und Kollegen vom Datenschutz,

bitte um Übernahme, siehe unten. Die Dame hat gestern auch an der Rezeption angerufen.

Danke und liebe Grüße
Elisabeth Pichler
Spa Managerin | Staybright Wien Ringstraße

---------- Weitergeleitete Nachricht ---------
Von: Doris Weninger <doris.weninger@aon.example.at>
Datum: So., 15. Nov. 2026 um 19:40
Betreff: Gesundheitsfragebogen
An: spa.wien@acme-corp.example

Sehr geehrte Damen und Herren,

vor meiner Massage im Oktober musste ich einen Fragebogen zu Vorerkrankungen und Medikamenten
ausfüllen. Ich möchte, dass dieser Bogen vernichtet wird und alle diesbezüglichen Angaben aus
Ihrem System gelöscht werden.

Mit freundlichen Grüßen
Doris Weninger
""",
    R(["Erasure"], "doris.weninger@aon.example.at", "Doris", "Weninger"))

add("de-12-anhang-werbeanrufe", "Tim Krause <tim.krause@acme-corp.example>",
    "WG: Anrufe", "",
    R(["Opposition"], "sandra.wolff@t-online.example.de", "Sandra", "Wolff"),
    attached=("Sandra Wolff <sandra.wolff@t-online.example.de>", "Anrufe",
              """Hallo,

ich werde jetzt zum vierten Mal von Ihrem Vertrieb angerufen, ob wir nicht auf das Premium-Abo
upgraden wollen. Ich möchte keine Werbeanrufe mehr und untersage Ihnen, meine Telefonnummer für
so etwas zu verwenden. Das Basis-Abo für meine Tochter soll aber bleiben.

Sandra Wolff
"""),
    note="""Hi zusammen,

anbei eine Mail aus dem Kundenservice-Postfach von Brightpath. Ist eher euer Thema, oder?
Ich habe der Kundin noch nicht geantwortet.

VG Tim
""")

add("de-13-einstufungstest-absage", "Claudia Becker <claudia.becker@posteo.example.de>",
    "Automatische Absage Aufnahme Klasse 7 - Bitte um Überprüfung",
    """Sehr geehrte Damen und Herren,

unsere Tochter Mia Becker hat sich für die Brightpath Online-Privatschule (Klasse 7) beworben.
Nach dem Online-Einstufungstest am Samstag kam innerhalb weniger Minuten eine automatische
Absage, ohne dass offenbar ein Mensch die Bewerbung angesehen hat.

Mia hat eine diagnostizierte Lese-Rechtschreib-Störung; für die Schule hat sie einen
Nachteilsausgleich. Das hat der Test sicher nicht berücksichtigt.

Wir möchten, dass diese Entscheidung von einer Lehrkraft überprüft wird, und bitten um die
Möglichkeit, dazu Stellung zu nehmen.

Mit freundlichen Grüßen
Claudia Becker
""",
    R(["AutomatedDecision"], "claudia.becker@posteo.example.de", "Mia", "Becker",
      representative="Claudia Becker"))

add("de-14-kanzlei-hausverbot", "RA Dr. Johannes Brandt <brandt@brandt-partner.example.de>",
    "Deniz Arslan ./. Staybright - Hausverbotsvermerk",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeigen wir an, dass uns Herr Deniz Arslan, wohnhaft in Köln, mit der
Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist
beigefügt.

Unserem Mandanten ist nach einer Auseinandersetzung im Staybright Köln Deutz ein Hausverbot
erteilt worden. Er hat inzwischen erfahren, dass ein entsprechender Vermerk an sämtliche Häuser
Ihrer Gruppe übermittelt wird und seine Buchungen in Düsseldorf und Bonn daraufhin storniert
wurden.

Namens unseres Mandanten widersprechen wir der Übermittlung dieses Vermerks an andere Häuser
gemäß Art. 21 Abs. 1 DSGVO und fordern Sie auf, den Vermerk gemäß Art. 17 DSGVO zu löschen.
Wir haben uns hierfür eine Frist bis zum 16.12.2026 notiert.

Mit freundlichen Grüßen

Dr. Johannes Brandt
Rechtsanwalt
Brandt & Partner Rechtsanwälte PartG mbB
Hohenzollernring 58 · 50672 Köln
Tel. 0221 555 480-0 · Fax 0221 555 480-99

Diese Nachricht ist vertraulich und kann dem Berufsgeheimnis unterliegen. Sollten Sie nicht
der vorgesehene Empfänger sein, informieren Sie bitte umgehend den Absender und löschen Sie
diese Nachricht.
""",
    R(["Opposition", "Erasure"], "brandt@brandt-partner.example.de", "Deniz", "Arslan",
      representative="Johannes Brandt"))

add("de-15-witwe-konto", "Ingrid Lorenz <ingrid.lorenz@gmx.example.de>",
    "Kundenkonto meines verstorbenen Mannes",
    """Guten Tag,

mein Mann Werner Lorenz ist im August verstorben. Er hatte bei Ihnen ein Rewards-Konto und war
regelmäßig in Ihren Hotels zu Gast.

Für die Nachlassabwicklung muss ich wissen, was zu seiner Person bei Ihnen gespeichert ist,
insbesondere ob noch Buchungen, Gutscheine oder ein Guthaben bestehen. Danach bitte ich Sie, das
Konto aufzulösen und seine Daten zu löschen. Den Erbschein schicke ich Ihnen gerne zu.

Mit freundlichen Grüßen
Ingrid Lorenz
""",
    R(["Access", "Erasure"], "ingrid.lorenz@gmx.example.de", "Werner", "Lorenz",
      representative="Ingrid Lorenz"))

add("de-16-digitaler-nachlass", "Andrea Vogt <andrea.vogt@web.example.de>",
    "Digitaler Nachlass",
    """Hallo,

ich regle gerade meinen digitalen Nachlass (Vorsorgevollmacht, Testament und so weiter). Für mein
Brightpath-Elternkonto und mein Staybright-Konto möchte ich festlegen, dass nach meinem Tod
sämtliche Daten gelöscht werden und mein Bruder Thomas Vogt dafür Ihr Ansprechpartner ist.

Wie und wo kann ich das bei Ihnen hinterlegen?

Viele Grüße
Andrea Vogt
""",
    R(["AdvanceDirectives"], "andrea.vogt@web.example.de", "Andrea", "Vogt"))

add("de-17-doppelt-abgebucht", "Stefan Hartmann <stefan.hartmann@online.example.de>",
    "Doppelte Abbuchung November",
    """Hallo,

für November wurde mir die Nachhilfe meines Sohnes doppelt abgebucht (2 x 89,00 EUR am
02.11.). Bitte um Rückerstattung des zweiten Betrags. Kundennummer BP-55102.

Gruß
Stefan Hartmann
""",
    R(["Unknown"], "stefan.hartmann@online.example.de", "Stefan", "Hartmann"))

add("de-18-tippfehler-austragen", "Jessica Neumann <jessi.neumann@gmx.example.de>",
    "mails",
    """hallo ich hab mein konto bei brightpath schon im sommer gekündigt aber krieg imer noch jede woche mails von euch bitte austragen aus dem verteiler danke jessica
""",
    R(["Opposition"], "jessi.neumann@gmx.example.de", "Jessica", "Neumann"))

add("de-19-usa-uebermittlung", "Tobias Ehrlich <tobias.ehrlich@mailbox.example.de>",
    "Datenübermittlung in die USA?",
    """Sehr geehrtes Datenschutzteam,

ich habe gelesen, dass Ihr Bonusprogramm über einen US-amerikanischen CRM-Anbieter betrieben
wird. Werden meine Daten in die USA übermittelt? Wenn ja, auf welcher Grundlage
(Angemessenheitsbeschluss, Standardvertragsklauseln)? Und welche Unterauftragsverarbeiter setzen
Sie sonst noch ein?

Mit freundlichen Grüßen
Tobias Ehrlich
""",
    R(["Information"], "tobias.ehrlich@mailbox.example.de", "Tobias", "Ehrlich"))

add("de-20-name-falsch-geschrieben", "Sengül Özdemir <senguel.oezdemir@gmail.example.com>",
    "Mein Name ist falsch geschrieben",
    """Merhaba, guten Tag,

mein Name wird in Ihrem System seit Jahren falsch geschrieben, nämlich als "Sengül Oezdemir".
Richtig ist Şengül Özdemir, so wie in meinem Pass. Beim Check-in gab es deswegen schon zweimal
Probleme, weil Buchung und Pass nicht übereinstimmten. Bitte korrigieren Sie das in meinem
Profil und auf der Rewards-Karte.

Danke und viele Grüße
Şengül Özdemir
""",
    R(["Rectification"], "senguel.oezdemir@gmail.example.com", "Şengül", "Özdemir"))

add("de-21-widerspruch-direktwerbung", "Konstantin Reuter <k.reuter@reuter-home.example.de>",
    "Widerspruch",
    """Sehr geehrte Damen und Herren,

gemäß Art. 21 Abs. 2 DSGVO widerspreche ich der Verarbeitung meiner personenbezogenen Daten zum
Zwecke der Direktwerbung einschließlich des damit verbundenen Profilings.
Mitgliedsnummer SR-2093317.

Mit freundlichen Grüßen
Konstantin Reuter
""",
    R(["Opposition"], "k.reuter@reuter-home.example.de", "Konstantin", "Reuter"))

add("de-22-familienadresse-auskunft", "Familie Hoffmann <familie.hoffmann@arcor.example.de>",
    "Meine Daten im Treueprogramm",
    """Hallo,

diese Adresse nutzen wir als Familie gemeinsam, bitte antworten Sie an meine eigene Adresse.

Ich möchte gerne sehen, welche Informationen zu meiner Person in Ihrem Treueprogramm hinterlegt
sind, also Aufenthalte, gespeicherte Zahlungsarten und Vorlieben.

Danke!
Sabine Hoffmann
""",
    R(["Access"], "sabine.hoffmann@mailbox.example.de", "Sabine", "Hoffmann"),
    headers=["Reply-To: Sabine Hoffmann <sabine.hoffmann@mailbox.example.de>"])

add("de-23-firmensignatur", "Hoffmeister, Clemens <c.hoffmeister@hoffmeister-maschinenbau.example.de>",
    "Rewards-Profil: E-Mail-Adresse und Übersicht",
    """Sehr geehrte Damen und Herren,

ich bin seit Jahren Rewards-Mitglied, leider läuft mein Profil noch über meine Firmenadresse.
Bitte stellen Sie die hinterlegte E-Mail-Adresse auf meine private um:
clemens.hoffmeister@privat.example.de. Außerdem bitte ich um eine Aufstellung aller zu mir
gespeicherten Daten.

Mit freundlichen Grüßen

i. A. Clemens Hoffmeister
Leiter Einkauf

Hoffmeister Maschinenbau GmbH & Co. KG
Industriestraße 4 · 33602 Bielefeld
Tel. +49 521 555-2040 · Mobil +49 171 5550199
www.hoffmeister-maschinenbau.example.de

Sitz der Gesellschaft: Bielefeld · Amtsgericht Bielefeld HRA 12345
Geschäftsführer: Dipl.-Ing. Gerhard Hoffmeister

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und vernichten Sie diese Mail.
""",
    R(["Rectification", "Access"], "c.hoffmeister@hoffmeister-maschinenbau.example.de",
      "Clemens", "Hoffmeister"))

add("de-24-nicht-loeschen-nur-empfaenger", "Melanie Brückner <melanie.brueckner@web.example.de>",
    "An wen wurden meine Daten weitergegeben?",
    """Hallo,

ich möchte mein Konto ausdrücklich NICHT löschen. Mich interessiert nur eines: An wen haben Sie
meine Daten weitergegeben? Seit meinem Aufenthalt in Hamburg im September bekomme ich Werbung von
einem Reiseveranstalter, mit dem ich nie etwas zu tun hatte, und der kennt sogar meine
Zimmerkategorie.

Gruß
Melanie Brückner
""",
    R(["Information"], "melanie.brueckner@web.example.de", "Melanie", "Brückner"))

add("de-25-passkopie-englisch", "Aoife Ní Bhriain <aoife.nibhriain@eircom.example.ie>",
    "Passport copy / Passkopie",
    """Hello,

sorry for writing in English, mein Deutsch ist nicht so gut. I stayed at Staybright Berlin Mitte
last week for a conference and at check-in the receptionist made a copy of my passport. Bitte
löschen Sie diese Kopie. As an EU citizen I don't think you need to keep it, and I never agreed.

Danke schön,
Aoife Ní Bhriain

Sent from my Galaxy
""",
    R(["Erasure"], "aoife.nibhriain@eircom.example.ie", "Aoife", "Ní Bhriain"))

add("de-26-ehemaliger-schueler-export", "Lukas Szymański <lukas.szymanski@student.example.de>",
    "Meine Lerndaten als Export",
    """Hallo,

ich war von der 8. bis zur 12. Klasse an der Brightpath Online-Schule und bin inzwischen 19. Für
meine Bewerbungen an Fachhochschulen baue ich gerade ein digitales Portfolio auf und hätte gerne
meine Noten, Projektarbeiten und Lerndaten als Export (JSON, CSV oder ähnliches), damit ich sie
dort direkt übernehmen kann.

Geht das?

Viele Grüße
Lukas Szymański
""",
    R(["Portability"], "lukas.szymanski@student.example.de", "Lukas", "Szymański"))

add("de-27-bewerbung-tutorin", "Franziska Huber <franziska.huber@posteo.example.de>",
    "Meine Bewerbungsdaten",
    """Grüß Gott,

ich hatte mich im Sommer als Nachhilfelehrerin für Latein bei Brightpath beworben und nach der
Probestunde eine Absage bekommen. Bitte teilen Sie mir mit, welche Daten Sie im
Bewerbungsverfahren über mich gespeichert haben, einschließlich der Bewertung meiner
Probestunde und etwaiger interner Notizen.

Mit freundlichen Grüßen
Franziska Huber
Regensburg
""",
    R(["Access"], "franziska.huber@posteo.example.de", "Franziska", "Huber"))

add("de-28-standort-app", "Patrick Lehmann <patrick.lehmann@online.example.de>",
    "Standortabfrage der Staybright-App",
    """Hallo,

in der Staybright-App ist mir aufgefallen, dass sie ständig meinen Standort abfragt, auch wenn ich
gar nicht in der Nähe eines Hotels bin, und mir dann Push-Nachrichten mit Angeboten schickt.
Hiermit widerrufe ich meine Einwilligung in die Standortverarbeitung und in die
Push-Werbung.

Patrick Lehmann

Von meinem iPhone gesendet
""",
    R(["Opposition"], "patrick.lehmann@online.example.de", "Patrick", "Lehmann"))

add("de-29-html-kuendigung-loeschung", "Natascha Weiß <natascha.weiss@t-online.example.de>",
    "Kündigung Elternkonto",
    html("Sehr geehrte Damen und Herren,",
         "hiermit k&uuml;ndige ich mein Brightpath-Elternkonto zum n&auml;chstm&ouml;glichen "
         "Zeitpunkt und bitte um vollst&auml;ndige L&ouml;schung meines Kontos und aller "
         "zugeh&ouml;rigen Daten.",
         "Bitte best&auml;tigen Sie mir die L&ouml;schung schriftlich.",
         "Mit freundlichen Gr&uuml;&szlig;en<br>Natascha Wei&szlig;"),
    R(["Erasure"], "natascha.weiss@t-online.example.de", "Natascha", "Weiß"),
    ct=HTML)

add("de-30-woher-meine-daten", "Holger Baumann <holger.baumann@freenet.example.de>",
    "Werbung von Brightpath - woher haben Sie meine Adresse?",
    """Guten Tag,

ich bekomme seit Wochen Post von Brightpath: „Nachhilfe für Ihr Kind – jetzt 30 % sparen“. Ich
habe keine Kinder und war nie Kunde bei Ihnen.

Teilen Sie mir bitte mit, welche Daten Sie über mich gespeichert haben und aus welcher Quelle
sie stammen.

Holger Baumann
""",
    R(["Access", "Information"], "holger.baumann@freenet.example.de", "Holger", "Baumann"))

add("de-31-gruezi-auskunft", "Corinne Meier <corinne.meier@sunrise.example.ch>",
    "Auskunft",
    """Grüezi

Ich hätte gern Auskunft, welche Personendaten Sie über mich bearbeiten.

Mit freundlichen Grüssen
Corinne Meier

Von meinem iPhone gesendet
""",
    R(["Access"], "corinne.meier@sunrise.example.ch", "Corinne", "Meier"))

# ---------------------------------------------------------------- tasks

add("de-32-avv-spa-software", "Sebastian Krüger <sebastian.krueger@acme-corp.example>",
    "AVV SpaManager Pro - bitte prüfen",
    """Hallo Datenschutz-Team,

wir stellen ab Februar die Spa-Buchung in allen DACH-Häusern auf „SpaManager Pro“ um. Der
Anbieter hat uns seinen Auftragsverarbeitungsvertrag samt TOMs geschickt (liegt im Teams-Kanal
„Spa-Projekt“). Könnt ihr den bis Ende des Monats prüfen? Uns ist vor allem unklar, ob die
Gesundheitsangaben aus den Anamnesebögen da sauber abgedeckt sind.

Danke & Gruß
Sebastian Krüger
Projektleitung Spa & Wellness DACH
""",
    TASK("sebastian.krueger@acme-corp.example", "Sebastian", "Krüger"))

add("de-33-vvt-aufzeichnung", "Julia Schmitt <julia.schmitt@acme-corp.example>",
    "VVT-Eintrag für Aufzeichnung der Live-Stunden",
    """Hi,

mit dem Release im Dezember werden die Live-Nachhilfestunden standardmäßig aufgezeichnet
(Aufbewahrung 30 Tage, Zugriff für Eltern und Tutor). Könntet ihr dafür einen Eintrag im
Verzeichnis von Verarbeitungstätigkeiten anlegen bzw. den bestehenden Eintrag „Live-Unterricht“
anpassen? Infos zum Datenfluss schicke ich euch gerne.

Liebe Grüße
Julia Schmitt
Product Lead Brightpath Live
""",
    TASK("julia.schmitt@acme-corp.example", "Julia", "Schmitt"))

add("de-34-dsfa-tiefgarage", "Michael Roth <michael.roth@acme-corp.example>",
    "DSFA Kennzeichenerkennung Tiefgaragen",
    """Hallo zusammen,

wir planen, in den Tiefgaragen in Frankfurt, München und Wien Kameras mit automatischer
Kennzeichenerkennung einzusetzen, damit Hotelgäste ohne Ticket ein- und ausfahren können. Der
Betriebsrat hat bereits nachgefragt. Ich gehe davon aus, dass wir dafür eine
Datenschutz-Folgenabschätzung brauchen. Könnt ihr die aufsetzen oder mir sagen, was ihr dafür
von uns braucht?

Beste Grüße
Michael Roth
Head of Security Staybright DACH
""",
    TASK("michael.roth@acme-corp.example", "Michael", "Roth"))

add("de-35-schulung-tutoren", "Anja Zimmermann <anja.zimmermann@acme-corp.example>",
    "Datenschutzschulung für neue Tutor:innen",
    """Liebes Datenschutz-Team,

im Januar starten 25 neue Tutor:innen bei uns. Bisher haben wir beim Onboarding nur ein PDF zum
Datenschutz verteilt. Könnt ihr eine 45-minütige Online-Schulung vorbereiten, mit Schwerpunkt
auf dem Umgang mit Schülerdaten, Bildschirmfreigabe und Chats mit Eltern? Termin wäre
der 12. Januar.

Danke euch!
Anja Zimmermann
Teamleitung Tutor Success | Brightpath
""",
    TASK("anja.zimmermann@acme-corp.example", "Anja", "Zimmermann"))

add("de-36-loeschkonzept-meldescheine", "Oliver Schäfer <oliver.schaefer@acme-corp.example>",
    "Löschkonzept Meldescheine und Ausweiskopien",
    """Hallo Datenschutz,

bei der internen Revision kam heraus, dass einige Häuser die Meldescheine seit 2019 im Keller
aufbewahren und die Ausweisscans im PMS nie gelöscht werden. Könnt ihr uns ein verbindliches
Löschkonzept mit Fristen für Meldescheine, Ausweiskopien und CCTV-Aufnahmen erstellen, das wir
an alle Häuser in Deutschland, Österreich und der Schweiz ausrollen können?

Viele Grüße
Oliver Schäfer
Leitung Front Office Operations DACH
Staybright Hotels GmbH
Tel. +49 69 555 7310

Diese E-Mail ist ausschließlich für den Adressaten bestimmt und kann vertrauliche
Informationen enthalten.
""",
    TASK("oliver.schaefer@acme-corp.example", "Oliver", "Schäfer"))

# ---------------------------------------------------------------- incidents

add("de-37-usb-stick-video", "Dennis Kaya <dennis.kaya@acme-corp.example>",
    "USB-Stick mit Videoaufnahmen verloren",
    """Hallo Datenschutz,

ich muss leider einen Verlust melden: Der USB-Stick, auf den ich gestern die Videoaufnahmen aus
der Lobby für die Polizei exportiert habe (Diebstahl vom 12.11.), ist weg. Ich hatte ihn in der
Jackentasche und war danach noch in der S-Bahn. Drauf sind ca. 6 Stunden Aufnahmen von Lobby und
Eingang, unverschlüsselt.

Was muss ich jetzt tun?

Dennis Kaya
Security Staybright Frankfurt Messe
""",
    INC("dennis.kaya@acme-corp.example", "Dennis", "Kaya"))

add("de-38-eltern-offener-verteiler", "Yvonne Fischer <yvonne.fischer@web.example.de>",
    "Mail an alle Eltern mit offener Liste",
    """Guten Abend,

heute kam von Brightpath eine Mail an alle Eltern der Gruppe „Mathe Klasse 5b“ – alle ca. 30
E-Mail-Adressen offen im CC. Und im Anhang war eine Liste mit den Namen aller Kinder und
Bemerkungen zu ihrem Förderbedarf (ADHS, Dyskalkulie usw.).

Ich finde das ungeheuerlich. Das darf doch nicht passieren! Ich wollte Ihnen das melden,
bevor es noch weiter verbreitet wird.

Yvonne Fischer
""",
    INC("yvonne.fischer@web.example.de", "Yvonne", "Fischer"))

add("de-39-phishing-dienstplan", "Lena Bauer <lena.bauer@acme-corp.example>",
    "Auf Phishing-Mail reingefallen?",
    html("Hallo,",
         "ich habe heute früh auf eine Mail &bdquo;DocuSign: Dienstplan Dezember&ldquo; geklickt "
         "und auf der Seite mein Passwort eingegeben. Erst danach ist mir aufgefallen, dass die "
         "Adresse komisch war. Mit dem Konto habe ich Zugriff auf das Hotelsystem mit allen "
         "Gästedaten vom Haus Düsseldorf.",
         "Passwort habe ich schon geändert. Muss ich noch etwas tun?",
         "Lena Bauer<br>Guest Relations | Staybright Düsseldorf"),
    INC("lena.bauer@acme-corp.example", "Lena", "Bauer"),
    ct=HTML)

add("de-40-app-fremde-buchung", "Emre Doğan <emre.dogan@gmail.example.com>",
    "In der App wird eine fremde Buchung angezeigt",
    """Hallo,

als ich heute Morgen in der Staybright-App meine Buchung für nächste Woche aufrufen wollte,
wurde mir die Reservierung einer fremden Person angezeigt: Name, Telefonnummer, E-Mail,
Zimmernummer, Anreisedatum und sogar die Passnummer. Nach einem Neustart der App war wieder
alles normal.

Ich dachte, Sie sollten das wissen. Screenshot habe ich.

Emre Doğan
""",
    INC("emre.dogan@gmail.example.com", "Emre", "Doğan"))

add("de-41-bildschirm-noten", "Carsten Vogel <carsten.vogel@acme-corp.example>",
    "Vorfall in Videostunde - Notenübersicht geteilt",
    """Hallo Datenschutz-Team,

in einer Videostunde heute Nachmittag hat eine unserer Tutorinnen versehentlich ihren ganzen
Bildschirm geteilt, statt nur das Arbeitsblatt. Für ca. 2 Minuten war für die 8 teilnehmenden
Kinder die Notenübersicht der gesamten Lerngruppe sichtbar, inkl. Bemerkungen zu Förderbedarf.
Mindestens ein Kind hat wohl einen Screenshot gemacht.

Bitte meldet euch, wie wir weiter vorgehen.

Carsten Vogel
Fachbereichsleitung Mathematik | Brightpath
""",
    INC("carsten.vogel@acme-corp.example", "Carsten", "Vogel"))

# ---------------------------------------------------------------- follow-ups

add("de-42-dsr-frist-abgelaufen", "Marion Kessler <marion.kessler@gmx.example.de>",
    "AW: [DSR-51230] Eingangsbestätigung Ihrer Anfrage",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist seit einer Woche abgelaufen, ich habe bis heute nichts von Ihnen gehört.
Sollte ich bis Ende der Woche keine Antwort bekommen, werde ich mich an die zuständige
Aufsichtsbehörde wenden.

Marion Kessler

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Gesendet: Dienstag, 6. Oktober 2026 09:12
Betreff: [DSR-51230] Eingangsbestätigung Ihrer Anfrage

Sehr geehrte Frau Kessler,
vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage unter der Nummer DSR-51230 erfasst und
melden uns innerhalb eines Monats bei Ihnen.
Ihr Datenschutzteam
""",
    FU("51230", "marion.kessler@gmx.example.de", "Marion", "Kessler"))

add("de-43-ausweis-nachgereicht", "Dr. Friederike von Albrecht <friederike.albrecht@posteo.example.de>",
    "Re: Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

zur Identifizierung übersende ich Ihnen anbei eine geschwärzte Kopie meines Personalausweises
im Nachgang zu meinem Schreiben von heute Morgen.

Mit freundlichen Grüßen
Friederike von Albrecht
""",
    FU(ref("de-02-auskunft-art15"), "friederike.albrecht@posteo.example.de", "Friederike", "von Albrecht"),
    headers=irt("de-02-auskunft-art15"))

add("de-44-dsr-immer-noch-mails", "Peter Lindner <peter.lindner@arcor.example.de>",
    "Re: [DSR-50877] Ihre Anfrage wurde bearbeitet",
    """Hallo,

Sie haben mir vor zwei Wochen bestätigt, dass ich aus allen Verteilern genommen wurde. Trotzdem
kam gestern wieder der Rewards-Newsletter. Wie kann das sein?

Peter Lindner

Am 02.11.2026 um 14:30 schrieb privacy@acme-corp.example:
> Sehr geehrter Herr Lindner,
> Ihre Anfrage DSR-50877 wurde bearbeitet. Sie erhalten künftig keine Werbung mehr von uns.
""",
    FU("50877", "peter.lindner@arcor.example.de", "Peter", "Lindner"))

add("de-45-name-nachfrage", "Sengül Özdemir <senguel.oezdemir@gmail.example.com>",
    "Re: Mein Name ist falsch geschrieben",
    """Gibt es schon etwas Neues? Ich checke nächste Woche wieder in Nürnberg ein und möchte nicht
wieder eine halbe Stunde an der Rezeption stehen.

Şengül Özdemir
""",
    FU(ref("de-20-name-falsch-geschrieben"), "senguel.oezdemir@gmail.example.com", "Şengül", "Özdemir"),
    headers=irt("de-20-name-falsch-geschrieben"))

# ---------------------------------------------------------------- ignored

add("de-46-spam-darknet", "DatenSchutzProfi <alert@datenschutz-alarm.example>",
    "WARNUNG: Ihre persönlichen Daten wurden im Darknet gefunden",
    """Sehr geehrter Nutzer,

unsere Systeme haben Ihre E-Mail-Adresse, Passwörter und Kreditkartendaten in 7 Datenlecks im
Darknet gefunden!

Lassen Sie Ihre persönlichen Daten JETZT löschen und schützen Sie sich vor Identitätsdiebstahl.
Nur heute: Rundum-Schutzpaket für 29,99 EUR statt 99,99 EUR.

>>> Jetzt Daten entfernen lassen: http://datenschutz-alarm.example/entfernen

Ihr DatenSchutzProfi-Team
""",
    IGN("spam", "alert@datenschutz-alarm.example"), headers=SPAM_HDR)

add("de-47-phishing-kontosperre", "Staybright Sicherheitsteam <security@staybright-rewards.example>",
    "Ihr Konto wird gesperrt - Bestätigung gemäß DSGVO erforderlich",
    """Sehr geehrter Kunde,

aufgrund neuer Datenschutzbestimmungen (DSGVO) müssen alle Konten bis zum 20.11.2026 neu
verifiziert werden. Andernfalls wird Ihr Konto gesperrt und Ihre Punkte verfallen.

Bestätigen Sie jetzt Ihre Daten: http://staybright-rewards.example/verify

Mit freundlichen Grüßen
Ihr Sicherheitsteam
""",
    IGN("spam", "security@staybright-rewards.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="staybright-rewards.example")])

add("de-48-spam-abmahnwelle", "DSGVO-Check24 <angebot@dsgvo-check24.example>",
    "Abmahnwelle 2027: Ist Ihre Website DSGVO-konform?",
    """Sehr geehrte Damen und Herren,

derzeit rollt eine neue Abmahnwelle wegen fehlerhafter Cookie-Banner und Datenschutzerklärungen.
Schützen Sie Ihr Unternehmen: Mit unserem Website-Check erhalten Sie innerhalb von 24 Stunden
ein Prüfprotokoll und eine rechtssichere Datenschutzerklärung – für nur 49 EUR.

Zusätzlich: Platz 1 bei Google mit unserem SEO-Paket!

Jetzt bestellen unter dsgvo-check24.example

Ihr Team von DSGVO-Check24
""",
    IGN("spam", "angebot@dsgvo-check24.example"))

add("de-49-abwesenheit-prof", "Prof. Dr. Hans-Peter Wagner <h.wagner@uni-musterstadt.example.de>",
    "Abwesenheitsnotiz: Kooperationsanfrage Lernplattform",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30. November auf Forschungsreise und habe nur eingeschränkt Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an mein Sekretariat,
sekretariat-wagner@uni-musterstadt.example.de.

Mit freundlichen Grüßen
Hans-Peter Wagner
""",
    IGN("auto_reply", "h.wagner@uni-musterstadt.example.de"),
    headers=["Auto-Submitted: auto-replied"])

add("de-50-ticket-eingang", "Kundenservice Stadtwerke <noreply@stadtwerke-beispiel.example.de>",
    "[Ticket#2026111610000123] Ihre Anfrage ist bei uns eingegangen",
    """Guten Tag,

vielen Dank für Ihre Anfrage. Diese wurde unter der Ticketnummer 2026111610000123 erfasst.
Wir bearbeiten Ihr Anliegen so schnell wie möglich.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Kundenservice
""",
    IGN("auto_reply", "noreply@stadtwerke-beispiel.example.de"),
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"])

add("de-51-newsletter-datenschutz", "Datenschutz Aktuell <newsletter@datenschutz-aktuell.example.de>",
    "Newsletter November: EuGH zum Auskunftsrecht, neue Bußgelder, Löschkonzepte",
    """Datenschutz Aktuell – Ausgabe 11/2026

1. EuGH: Wie weit reicht das Recht auf Kopie nach Art. 15 DSGVO?
2. Bußgeld gegen Hotelkette wegen Ausweiskopien
3. Praxis: So bauen Sie ein Löschkonzept auf
4. Webinar am 3.12.: Betroffenenanfragen effizient bearbeiten

Zum Abbestellen dieses Newsletters klicken Sie bitte hier.
""",
    IGN("bulk", "newsletter@datenschutz-aktuell.example.de"),
    headers=["List-Id: Datenschutz Aktuell <news.datenschutz-aktuell.example.de>",
             "List-Unsubscribe: <mailto:abmelden@datenschutz-aktuell.example.de>",
             "Precedence: bulk"])

add("de-52-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mx.example.de>",
    "Unzustellbar: Ihre Anfrage", "",
    IGN("bounce", "MAILER-DAEMON@mx.example.de"), dsn=True)
