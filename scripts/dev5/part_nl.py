from common import *  # part nl: written blind

# ---------------------------------------------------------------- verzoeken
add("nl-01-paspoort", "Anouk Schoonderwoerd <anouk.schoonderwoerd@kpnmail.example>",
    "Kopie paspoort",
    """Beste,

Bij het inchecken in jullie hotel in Maastricht is mijn paspoort gekopieerd. Mijn verblijf is voorbij, dus ik wil graag dat die kopie wordt verwijderd.

Met vriendelijke groet,
Anouk Schoonderwoerd
""",
    R(["Erasure"], "anouk.schoonderwoerd@kpnmail.example", "Anouk", "Schoonderwoerd"))

add("nl-02-inzage-formeel", "Joris ter Horst <j.terhorst@advies.example>",
    "Inzageverzoek op grond van artikel 15 AVG",
    """Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij inzage te geven in alle persoonsgegevens die u over mij verwerkt, waaronder mijn boekingen via uw reisbureau-website, mijn spaarpunten, eventuele notities van medewerkers en opnames van telefoongesprekken.

Ik verzoek u tevens aan te geven voor welke doeleinden deze gegevens worden verwerkt en aan wie ze zijn verstrekt.

Ik zie uw reactie binnen de wettelijke termijn van een maand tegemoet.

Hoogachtend,
mr. J. ter Horst
Joris ter Horst
""",
    R(["Access"], "j.terhorst@advies.example", "Joris", "ter Horst"))

add("nl-03-hoofdletters", "FEMKE DIJKSTRA <femke.dijkstra@ziggo-mail.example>",
    "VERWIJDER MIJN GEGEVENS",
    """IK WIL DAT JULLIE AL MIJN GEGEVENS VERWIJDEREN. NU. IK HEB NOOIT EEN ACCOUNT AANGEMAAKT EN TOCH KRIJG IK MAILS.

FEMKE DIJKSTRA
""",
    R(["Erasure"], "femke.dijkstra@ziggo-mail.example", "Femke", "Dijkstra"))

add("nl-04-geen-leestekens", "thijsvandongen@hotmail-like.example",
    "nieuwsbrief",
    """hoi kunnen jullie stoppen met die nieuwsbrief en die smsjes met aanbiedingen ik heb er echt genoeg van groet thijs van dongen
""",
    R(["Opposition"], "thijsvandongen@hotmail-like.example", "Thijs", "van Dongen"))

add("nl-05-tussenvoegsel", "Sanne van der Heijden <sanne.vdheijden@xs4mail.example>",
    "Naam verkeerd gespeld",
    """Hallo,

In mijn klantprofiel staat mijn naam als "S. Vanderheijden". Dat moet zijn: Sanne van der Heijden, met spaties en kleine letters. Bij de receptie gaf dat gedoe omdat het niet overeenkwam met mijn ID-kaart. Willen jullie dit aanpassen?

Dank je wel,
Sanne
""",
    R(["Rectification"], "sanne.vdheijden@xs4mail.example", "Sanne", "van der Heijden"))

add("nl-06-recensie", "Pieter-Jan Van den Broeck <pj.vandenbroeck@telenet-mail.example>",
    "Verwijderen van mijn recensie",
    """Goeiedag,

Ik heb twee jaar geleden een recensie geschreven over jullie hotel in Gent. Die staat nog altijd online met mijn volledige naam. Ik wil dat die recensie en mijn reviewersprofiel volledig verwijderd worden.

Met vriendelijke groeten,
Pieter-Jan Van den Broeck

Verstuurd vanaf mijn Samsung Galaxy-smartphone.
""",
    R(["Erasure"], "pj.vandenbroeck@telenet-mail.example", "Pieter-Jan", "Van den Broeck"))

add("nl-07-portabiliteit", "Lieke Verbeek <lieke.verbeek@planet-mail.example>",
    "Mijn gegevens opvragen en meenemen",
    """Beste privacyteam,

Ik wil graag weten welke gegevens jullie van mij hebben, en ik wil mijn boekingshistorie en spaarpunten in een bestand (bijv. CSV of Excel) ontvangen zodat ik het naar een ander loyaliteitsprogramma kan meenemen.

Groet,
Lieke Verbeek
""",
    R(["Access", "Portability"], "lieke.verbeek@planet-mail.example", "Lieke", "Verbeek"))

add("nl-08-bewaartermijn", "Noor El Amrani <noor.elamrani@mailbox.example>",
    "Vraag over bewaartermijn",
    """Hallo,

Hoe lang bewaren jullie de gegevens van gasten na een verblijf? En worden mijn gegevens gedeeld met de reisorganisaties waarmee jullie samenwerken? Ik wil het alleen weten, verder niks.

Noor El Amrani
""",
    R(["Information"], "noor.elamrani@mailbox.example", "Noor", "El Amrani"))

add("nl-09-fraudedetectie", "Daan 't Hart <daan.thart@mailbox.example>",
    "Account geblokkeerd zonder uitleg",
    """Geachte heer/mevrouw,

Mijn account is gisteren geblokkeerd omdat "ons fraudedetectiesysteem ongebruikelijke activiteit heeft gezien". Ik had alleen een reservering gemaakt vanaf mijn vakantieadres in Spanje. Ik wil dat een medewerker deze automatische beslissing beoordeelt en mijn account weer vrijgeeft.

Met vriendelijke groet,
Daan 't Hart
""",
    R(["AutomatedDecision"], "daan.thart@mailbox.example", "Daan", "'t Hart"))

add("nl-10-beperking", "Marloes Hooijmans <marloes.hooijmans@mailbox.example>",
    "Beperking verwerking tijdens geschil",
    """Beste,

Ik heb een klacht ingediend bij de Geschillencommissie Reizen over mijn geannuleerde reis naar Kreta. Tot die zaak is afgerond, verzoek ik jullie de verwerking van mijn gegevens te beperken: niet gebruiken voor marketing en niet doorgeven aan incassobureaus. Niet verwijderen, want ik heb ze nodig als bewijs.

Marloes Hooijmans
""",
    R(["Restriction"], "marloes.hooijmans@mailbox.example", "Marloes", "Hooijmans"))

add("nl-11-vader-dochter", "Ruud van 't Zand <ruud.vantzand@familie.example>",
    "Gegevens van mijn dochter (14)",
    """Goedemiddag,

Mijn dochter Isa van 't Zand (14 jaar) heeft via jullie app een account aangemaakt om een hotel te zoeken voor een schoolreis. Als haar vader wil ik weten welke gegevens jullie over haar hebben opgeslagen, en daarna wil ik het account laten verwijderen.

Met vriendelijke groet,
Ruud van 't Zand
""",
    R(["Access", "Erasure"], "ruud.vantzand@familie.example", "Isa", "van 't Zand", representative="Ruud van 't Zand"))

add("nl-12-bewindvoerder", "Esmée Kuipers <e.kuipers@bewindbureau-noord.example>",
    "Cliënt dhr. H. Brouwer - stoppen marketing",
    """Geachte heer/mevrouw,

Ik ben de beschermingsbewindvoerder van de heer Henk Brouwer, geboren 02-04-1957 (beschikking kantonrechter bijgevoegd). Dhr. Brouwer wordt door uw organisatie regelmatig gebeld en gemaild met reisaanbiedingen, wat tot schulden heeft geleid. Ik verzoek u hiermee alle direct marketing richting dhr. Brouwer per direct te staken.

Met vriendelijke groet,
Esmée Kuipers
Bewindbureau Noord
""",
    R(["Opposition"], "e.kuipers@bewindbureau-noord.example", "Henk", "Brouwer", representative="Esmée Kuipers"))

add("nl-13-html-profilering", "Bas Veldhuizen <bas.veldhuizen@mailbox.example>",
    "Gepersonaliseerde aanbiedingen",
    html("Hallo,",
         "Ik merk dat jullie mijn zoekgedrag op de website gebruiken om mij &quot;persoonlijke aanbiedingen&quot; te sturen. "
         "Daar maak ik bezwaar tegen. Gebruik mijn gegevens niet meer voor profilering.",
         "Groet,<br>Bas Veldhuizen"),
    R(["Opposition"], "bas.veldhuizen@mailbox.example", "Bas", "Veldhuizen"), ct=HTML)

add("nl-14-lang-boos", "Ilse de Groot <ilse.degroot@mailbox.example>",
    "Nooit meer!",
    """Geachte heer, mevrouw,

Afgelopen weekend verbleven wij in uw hotel in Amsterdam-Zuid voor onze trouwdag. Wat een teleurstelling. De kamer was niet schoon, het bed had vlekken en toen ik dat meldde kreeg ik van de receptionist te horen dat ik "maar een ander hotel had moeten boeken". De beloofde fles champagne was er niet. Bij het uitchecken bleek er ook nog een minibarrekening van 64 euro op onze kamer te staan terwijl we niets hebben gebruikt.

Ik ben klaar met jullie. Ik wil dat mijn account en al mijn gegevens worden verwijderd, ook mijn spaarpunten mogen weg. En ik verwacht de 64 euro terug.

Ilse de Groot
""",
    R(["Erasure"], "ilse.degroot@mailbox.example", "Ilse", "de Groot"))

add("nl-15-collega-inline", "Koen Vermeulen <koen.vermeulen@acme-corp.example>",
    "FW: opvragen gegevens",
    """Hoi privacy, zie hieronder, kwam binnen bij klantenservice. Kunnen jullie dit oppakken? Groet, Koen

-----Oorspronkelijk bericht-----
Van: Wouter Claeys <wouter.claeys@skynet-mail.example>
Verzonden: zondag 15 november 2026 19:40
Aan: klantenservice@acme-corp.example
Onderwerp: opvragen gegevens

Dag, ik wil graag een kopie van alle gegevens die jullie over mij bewaren. Ik heb in 2023 en 2025 via jullie een citytrip geboekt. Wouter Claeys
""",
    R(["Access"], "wouter.claeys@skynet-mail.example", "Wouter", "Claeys"))

add("nl-16-collega-bijlage", "Mirjam Smulders <mirjam.smulders@acme-corp.example>",
    "Doorgestuurd: Uitschrijven en account weg",
    "",
    R(["Opposition", "Erasure"], "mehmet.yildiz.bakker@mailbox.example", "Mehmet", "Yıldız-Bakker"),
    attached=("Mehmet Yıldız-Bakker <mehmet.yildiz.bakker@mailbox.example>", "Uitschrijven en account weg",
              """Goedenavond,

Ik wil me afmelden voor alle marketing e-mails en daarna mijn account definitief laten verwijderen.

Mehmet Yıldız-Bakker
"""),
    note="Hoi team, dit bericht kwam bij de receptie in Utrecht binnen, als bijlage doorgestuurd. Mirjam\n")

add("nl-17-latin1-vlaams", "Griet Peeters <griet.peeters@proximus-mail.example>",
    "Inzage in mijn gegevens",
    """Goeiemorgen,

Ik heb vorig jaar één reis geboekt bij jullie en sindsdien krijg ik reclame van een cruisemaatschappij, waarin ik helemaal niet geïnteresseerd ben. Ik zou graag een overzicht krijgen van alle gegevens die jullie over mij hebben, en ook aan wie jullie die hebben doorgegeven.

Alvast bedankt, en een fijne dag verder.
Griet Peeters
Kortrijk
""",
    R(["Access"], "griet.peeters@proximus-mail.example", "Griet", "Peeters"),
    ct=LATIN1, encode="latin-1")

add("nl-18-factuur", "Henk-Jan Bosman <hj.bosman@bosman-installatie.example>",
    "Factuur op bedrijfsnaam",
    """Goedemiddag,

Kunnen jullie de factuur van mijn verblijf in Zwolle (12-13 november) op naam van mijn bedrijf zetten? Bosman Installatietechniek B.V., KvK 12345678.

Groet,
Henk-Jan Bosman
""",
    R(["Unknown"], "hj.bosman@bosman-installatie.example", "Henk-Jan", "Bosman"))

add("nl-19-gezin-replyto", "Fam. Hoekstra <gezin.hoekstra@thuis.example>",
    "account verwijderen",
    """Hallo,

Hier Jelle Hoekstra. Ik wil mijn account bij jullie opheffen en mijn gegevens laten wissen. Dit is ons gezinsadres, stuur het antwoord aub naar mijn eigen mailadres.

Jelle
""",
    R(["Erasure"], "jelle.hoekstra@werk-mail.example", "Jelle", "Hoekstra"),
    headers=["Reply-To: Jelle Hoekstra <jelle.hoekstra@werk-mail.example>"])

add("nl-20-een-regel", "r.oudshoorn@mailbox.example",
    "afmelden",
    """Graag mijn account opzeggen en al mijn gegevens wissen.

Verzonden vanaf mijn iPhone
""",
    R(["Erasure"], "r.oudshoorn@mailbox.example", None, None))

# ---------------------------------------------------------------- taken
add("nl-21-taak-verwerkers", "Tessa Bakker <tessa.bakker@acme-corp.example>",
    "Verwerkersovereenkomst reviewplatform",
    """Hoi privacyteam,

We gaan samenwerken met een nieuw platform dat na het verblijf automatisch een reviewverzoek naar gasten stuurt. Zij hebben een verwerkersovereenkomst gestuurd (bijlage). Kunnen jullie die beoordelen? Marketing wil graag in januari starten.

Groeten,
Tessa Bakker
Marketing Benelux
""",
    TASK("tessa.bakker@acme-corp.example", "Tessa", "Bakker"))

add("nl-22-taak-dpia", "Stijn Mulder <stijn.mulder@acme-corp.example>",
    "DPIA nieuwe app-functie",
    """Hallo,

In de nieuwe versie van de app willen we gasten tijdens hun verblijf pushberichten sturen op basis van waar ze zich in het hotel bevinden (bluetooth beacons). Ik denk dat hier een DPIA voor nodig is. Kunnen we een afspraak plannen?

Stijn Mulder
Product Owner App
""",
    TASK("stijn.mulder@acme-corp.example", "Stijn", "Mulder"))

add("nl-23-taak-cookies", "Yvonne de Wit <yvonne.dewit@acme-corp.example>",
    "Cookiebanner nieuwe website",
    """Hoi,

De nieuwe website voor onze Belgische hotels gaat over drie weken live. Willen jullie de cookiebanner en de lijst met cookies nog even nakijken? Link naar de testomgeving staat in het ticket.

Yvonne
""",
    TASK("yvonne.dewit@acme-corp.example", "Yvonne", "de Wit"))

# ---------------------------------------------------------------- incidenten
add("nl-24-inc-telefoon", "Sem Jansen <sem.jansen@acme-corp.example>",
    "Werktelefoon kwijt",
    """Hoi,

Ik ben gisteravond in de trein van Rotterdam naar Den Haag mijn werktelefoon verloren. Daarop staan WhatsApp-groepen met gasten van de groepsreizen (namen, telefoonnummers, kamernummers) en mijn mail. Er zat wel een pincode op. IT heeft hem op afstand proberen te wissen maar hij staat uit.

Sem Jansen
Groepsreizen
""",
    INC("sem.jansen@acme-corp.example", "Sem", "Jansen"))

add("nl-25-inc-cc", "Lotte Hendriks <lotte.hendriks@acme-corp.example>",
    "Mail met gasten in CC in plaats van BCC",
    """Hallo,

Ik heb vanochtend een mail over de verbouwing van het zwembad gestuurd naar 230 gasten die volgende maand geboekt hebben, en ze per ongeluk allemaal in het CC-veld gezet. Iedereen kan dus elkaars e-mailadres zien. Een paar gasten hebben al "allen beantwoorden" gedaan. Wat moet ik doen?

Lotte Hendriks
Front Office Scheveningen
""",
    INC("lotte.hendriks@acme-corp.example", "Lotte", "Hendriks"))

add("nl-26-inc-onderzoeker", "Frank Visser <frank@visser-security.example>",
    "Melding: openbare map met gastgegevens",
    """Geachte heer/mevrouw,

Als onafhankelijk beveiligingsonderzoeker trof ik een publiek toegankelijke map aan op een server van uw organisatie (het subdomein voor groepsboekingen), met daarin Excel-bestanden met namen, geboortedata en paspoortnummers van gasten. Ik heb niets gedownload behalve één bestand om de melding te kunnen onderbouwen, dat ik na deze melding verwijder.

Graag hoor ik van u. Ik ben bereid verdere details te delen.

Frank Visser
""",
    INC("frank@visser-security.example", "Frank", "Visser"))

# ---------------------------------------------------------------- opvolgingen
add("nl-27-fu-dsr", "Marloes Hooijmans <marloes.hooijmans@mailbox.example>",
    "RE: [DSR-40557] Uw verzoek",
    """Beste,

Bedankt voor de ontvangstbevestiging. Hierbij ook het dossiernummer van de Geschillencommissie: GC-2026-1187. Ik hoor graag wanneer de beperking is doorgevoerd.

Marloes Hooijmans
""",
    FU("40557", "marloes.hooijmans@mailbox.example", "Marloes", "Hooijmans"))

add("nl-28-fu-irt", "Daan 't Hart <daan.thart@mailbox.example>",
    "Re: Account geblokkeerd zonder uitleg",
    """Hallo, ik heb nog steeds geen reactie en mijn account is nog altijd geblokkeerd. Mijn boeking van volgende week staat daardoor op losse schroeven. Graag snel reactie.

Daan 't Hart

Op 16 nov. 2026 schreef Daan 't Hart:
> Mijn account is gisteren geblokkeerd omdat "ons fraudedetectiesysteem ongebruikelijke activiteit heeft gezien".
""",
    FU(ref("nl-09-fraudedetectie"), "daan.thart@mailbox.example", "Daan", "'t Hart"),
    headers=irt("nl-09-fraudedetectie"))

# ---------------------------------------------------------------- negeren
add("nl-29-spam-crypto", "Mr. Adewale Johnson <adewale.j@fund-transfer.example>",
    "Dringend zakelijk voorstel",
    """Beste vriend,

Ik ben bankdirecteur en heb een slapende rekening van 12,5 miljoen dollar gevonden. Ik zoek een betrouwbare partner om het geld over te maken. U ontvangt 30%. Stuur uw naam, adres en bankgegevens.

God zegene u.
""",
    IGN("spam", "adewale.j@fund-transfer.example"), headers=SPAM_HDR)

add("nl-30-spam-databestand", "Leadpartners <info@leadpartners-benelux.example>",
    "Opschonen van uw gastenbestand + 50.000 nieuwe leads",
    """Goedendag,

Is uw klantenbestand AVG-proof? Wij verwijderen verouderde en ongeldige gegevens uit uw gastenbestand en leveren tegelijk 50.000 nieuwe verifieerde e-mailadressen van reizigers. Nu tijdelijk 40% korting.

Reageer vandaag nog!
Team Leadpartners
""",
    IGN("spam", "info@leadpartners-benelux.example"),
    headers=[AUTH(spf="pass", dkim="none", dmarc="fail", dom="leadpartners-benelux.example")])

add("nl-31-afwezig", "Gert-Jan Smit <gj.smit@reisbureau-smit.example>",
    "Automatisch antwoord: Verwerkersovereenkomst",
    """Dank voor uw bericht. Ik ben afwezig tot en met maandag 23 november. Uw e-mail wordt niet doorgestuurd.

Met vriendelijke groet,
Gert-Jan Smit
""",
    IGN("auto_reply", "gj.smit@reisbureau-smit.example"),
    headers=["Auto-Submitted: auto-replied"])

add("nl-32-bounce", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
