from common import *  # part mix: written blind

add("mix-01-pt-o-que-tem",
    "João Pedro Almeida Santos <joaopedro.santos@correio-pt.example>",
    "Pedido dos meus dados",
    """Bom dia,

Peço que me enviem tudo o que têm registado em meu nome, tanto na loja online como na ótica do
Colombo, em Lisboa. Sou cliente há vários anos e nunca soube ao certo o que guardam.

Com os melhores cumprimentos,
João Pedro Almeida Santos
""",
    R(["Access"], "joaopedro.santos@correio-pt.example", "João Pedro", "Almeida Santos"),
    encode="latin-1", ct=LATIN1)

add("mix-02-pt-apaguem-conta",
    "Ana Rita Ferreira <anarita.ferreira@correio-pt.example>",
    "conta e promoções",
    "Olá, quero que apaguem a minha conta e que deixem de me mandar promoções por SMS e email. obrigada, Ana Rita Ferreira\n",
    R(["Erasure", "Opposition"], "anarita.ferreira@correio-pt.example", "Ana Rita", "Ferreira"))

add("mix-03-pl-art17-rodo",
    "Małgorzata Wójcik <malgorzata.wojcik@poczta-pl.example>",
    "Żądanie usunięcia danych osobowych (art. 17 RODO)",
    """Szanowni Państwo,

na podstawie art. 17 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych
przetwarzanych przez Acme, w tym danych konta w sklepie internetowym, historii zamówień oraz danych
z karty lojalnościowej. Proszę o potwierdzenie wykonania na ten adres e-mail.

Z poważaniem
Małgorzata Wójcik
""",
    R(["Erasure"], "malgorzata.wojcik@poczta-pl.example", "Małgorzata", "Wójcik"))

add("mix-04-pl-nazwisko-po-slubie",
    "Katarzyna Nowak-Zielińska <k.nowakzielinska@poczta-pl.example>",
    "Zmiana nazwiska",
    """Dzień dobry,

w sierpniu wzięłam ślub i zmieniłam nazwisko. Proszę o zmianę danych na koncie klienta i na karcie Acme
z „Katarzyna Nowak” na „Katarzyna Nowak-Zielińska”. Adres e-mail pozostaje bez zmian.

Pozdrawiam
Katarzyna Nowak-Zielińska
""",
    R(["Rectification"], "k.nowakzielinska@poczta-pl.example", "Katarzyna", "Nowak-Zielińska"))

add("mix-05-sv-sluta-reklam",
    "Björn Åkesson <bjorn.akesson@post-se.example>",
    "Reklamutskick",
    """Hej!

Jag vill inte längre få era reklamutskick, varken via mejl eller vanlig post. Jag har försökt
avregistrera mig på hemsidan men det fungerar inte. Mitt konto får ni gärna behålla.

Mvh
Björn Åkesson
""",
    R(["Opposition"], "bjorn.akesson@post-se.example", "Björn", "Åkesson"),
    encode="cp1252", ct=CP1252)

add("mix-06-sv-registerutdrag",
    "Ingrid Lindström <ingrid.lindstrom@post-se.example>",
    "Begäran om registerutdrag",
    """Hej,

Jag skulle vilja begära ett registerutdrag, alltså en sammanställning av alla personuppgifter ni har
om mig, både från butiken och från er optikeravdelning i Göteborg. Passa också på att rätta min
adress, ni har kvar den gamla – jag bor numera på Linnégatan 14, 413 04 Göteborg.

Tack på förhand,
Ingrid Lindström
""",
    R(["Access", "Rectification"], "ingrid.lindstrom@post-se.example", "Ingrid", "Lindström"))

add("mix-07-fi-kopio-ja-siirto",
    "Mikko Häkkinen <mikko.hakkinen@posti-fi.example>",
    "Henkilötietopyyntö",
    """Hei,

pyydän saada kopion kaikista minua koskevista henkilötiedoista, joita Acme käsittelee. Haluaisin
lisäksi saada ostohistoriani ja takuutietoni koneluettavassa muodossa (esim. CSV), jotta voin siirtää
ne toiseen palveluun.

Ystävällisin terveisin
Mikko Häkkinen
""",
    R(["Access", "Portability"], "mikko.hakkinen@posti-fi.example", "Mikko", "Häkkinen"))

add("mix-08-fi-kuulotutkimus",
    "Aino Virtanen <aino.virtanen@posti-fi.example>",
    "Kuulotutkimuksen tiedot",
    """Hei,

kävin ilmaisessa kuulotutkimuksessa Tampereen liikkeessänne. Mihin tarkoitukseen tutkimuksen
tuloksia käytetään, luovutetaanko niitä kuulokojevalmistajille ja kuinka kauan niitä säilytetään?

Terveisin
Aino Virtanen
""",
    R(["Information"], "aino.virtanen@posti-fi.example", "Aino", "Virtanen"))

add("mix-09-hr-odbijena-kartica",
    "Ivana Kovačević <ivana.kovacevic@posta-hr.example>",
    "Odbijen zahtjev za karticu",
    """Poštovani,

moj zahtjev za Acme karticu odbijen je automatski, u roku od nekoliko sekundi, bez ikakvog
obrazloženja. Tražim da odluku preispita zaposlenik, a ne računalni sustav, te da mogu iznijeti
svoje stajalište.

Srdačan pozdrav,
Ivana Kovačević
""",
    R(["AutomatedDecision"], "ivana.kovacevic@posta-hr.example", "Ivana", "Kovačević"))

add("mix-10-hr-obrisite",
    "tomislav horvat <tomo.horvat@posta-hr.example>",
    "brisanje",
    "pozdrav molim vas da obrisete moj korisnicki racun i sve moje podatke ne kupujem vise kod vas hvala tomislav horvat\n",
    R(["Erasure"], "tomo.horvat@posta-hr.example", "Tomislav", "Horvat"))

add("mix-11-sl-omejitev",
    "Špela Zupančič <spela.zupancic@posta-si.example>",
    "Zahteva za omejitev obdelave",
    """Spoštovani,

na računu za podaljšano garancijo je znesek, ki ga izpodbijam, saj garancije nisem nikoli naročila.
Dokler zadeve ne razčistite, zahtevam omejitev obdelave mojih osebnih podatkov v zvezi s to
pogodbo – podatkov ne posredujte nikomur, tudi ne agenciji za izterjavo.

Lep pozdrav,
Špela Zupančič
""",
    R(["Restriction"], "spela.zupancic@posta-si.example", "Špela", "Zupančič"))

add("mix-13-lv-personas-dati",
    "Līga Bērziņa <liga.berzina@pasts-lv.example>",
    "Pieprasījums par maniem datiem",
    """Labdien!

Vēlos saņemt kopiju no visiem maniem personas datiem, ko jūs glabājat – pirkumu vēsturi, lojalitātes
kartes datus un optikas salona pierakstus.

Ar cieņu,
Līga Bērziņa
""",
    R(["Access"], "liga.berzina@pasts-lv.example", "Līga", "Bērziņa"))

add("mix-15-fr-en-supprimer",
    "Sophie Van Damme <sophie.vandamme@mail-be.example>",
    "Delete my account / supprimer mon compte",
    """Bonjour / Hello,

Sorry for mixing languages, mon français est meilleur à l'écrit. I moved back to Dublin and won't use
Acme anymore. Pourriez-vous supprimer mon compte client et toutes mes données ? Please confirm when
it's done.

Merci / thanks,
Sophie Van Damme
""",
    R(["Erasure"], "sophie.vandamme@mail-be.example", "Sophie", "Van Damme"))

add("mix-16-en-de-welche-daten",
    "Klaus-Peter Schmidt <kp.schmidt@mail-uk.example>",
    "Data question / Datenanfrage",
    """Hello, guten Tag,

I have lived in Bristol since 2019 but my Acme customer account was opened in Germany (Filiale
Hannover). I would like to get an overview of welche Daten Sie über mich gespeichert haben, and I'd
also like to know whether my data from the German shop were transferred to the UK after Brexit and on
what legal basis.

Viele Grüße / best regards,
Klaus-Peter Schmidt
""",
    R(["Access", "Information"], "kp.schmidt@mail-uk.example", "Klaus-Peter", "Schmidt"))

add("mix-17-spanglish",
    "Daniela Gómez Herrera <dani.gomezherrera@mail-latam.example>",
    "emails de ofertas",
    "Hi! soy Daniela, please stop sending me los emails de ofertas, ya no vivo en España y no me interesan nada. Thanks!!\n",
    R(["Opposition"], "dani.gomezherrera@mail-latam.example", "Daniela", "Gómez Herrera"))

add("mix-18-it-en-avvocato",
    "Avv. Paolo Gentile <p.gentile@studiogentile.example>",
    "Our client Mr Wei CHEN - richiesta di accesso ai dati",
    """Dear Sirs, gentili signori,

this firm represents Mr Wei CHEN, resident in Milan, who does not speak Italian well; for this reason
we write in English e in italiano.

On behalf of our client (power of attorney attached / procura allegata) we request a copy of all
personal data concerning him processed by Acme, including data relating to his store card and to the
delivery of his furniture in October. Vi chiediamo di rispondere entro i termini di legge allo
scrivente studio.

Kind regards / Cordiali saluti
Avv. Paolo Gentile
Studio Legale Gentile - Milano
""",
    R(["Access"], "p.gentile@studiogentile.example", "Wei", "Chen", representative="Paolo Gentile"))

add("mix-19-pt-filho-mae-falecida",
    "Rui Sousa <rui.sousa@correio-pt.example>",
    "Falecimento da cliente Maria da Conceição Sousa",
    """Exmos. Senhores,

A minha mãe, Maria da Conceição Sousa, faleceu em setembro. Continua a receber correspondência vossa
e mensagens sobre o cartão Acme. Na qualidade de filho e cabeça de casal da herança, solicito que
eliminem os dados dela e encerrem a conta de cliente.

Posso enviar a certidão de óbito.

Cumprimentos,
Rui Sousa
""",
    R(["Erasure"], "rui.sousa@correio-pt.example", "Maria da Conceição", "Sousa", representative="Rui Sousa"))

add("mix-20-da-attached", "Lars Holm <lars.holm@acme-corp.example>",
    "Fwd: Indsigt i mine oplysninger", "",
    R(["Access"], "mette.sorensen@post-dk.example", "Mette", "Sørensen"),
    note="Hi privacy team, a Danish customer sent this to the Copenhagen store. Attached. Mange tak, Lars (Store Manager Copenhagen)",
    attached=("Mette Sørensen <mette.sorensen@post-dk.example>", "Indsigt i mine oplysninger",
              "Hej,\n\nJeg vil gerne have indsigt i, hvilke personoplysninger I har registreret om mig, og få en kopi af dem.\n\n"
              "Venlig hilsen\nMette Sørensen\n"))

add("mix-21-de-pl-weitergeleitet",
    "Sabine Krüger <sabine.krueger@acme-corp.example>",
    "WG: telefony i SMS",
    """Hallo Datenschutz-Team,

anbei eine Kundenanfrage auf Polnisch aus unserer Filiale Frankfurt (Oder). Laut Kollegin geht es um
Werbeanrufe. Bitte übernehmt ihr.

Gruß
Sabine Krüger

---------- Weitergeleitete Nachricht ----------
Von: Piotr Kamiński <piotr.kaminski@poczta-pl.example>
Datum: 12.11.2026 18:03
Betreff: telefony i SMS
An: filiale.frankfurt-oder@acme-corp.example

Dzień dobry, proszę więcej do mnie nie dzwonić z ofertami i nie wysyłać SMS-ów reklamowych. Nie
wyrażam na to zgody. Piotr Kamiński
""",
    R(["Opposition"], "piotr.kaminski@poczta-pl.example", "Piotr", "Kamiński"))

add("mix-22-pl-gdzie-pralka",
    "Agnieszka Lewandowska <agnieszka.lewandowska@poczta-pl.example>",
    "zamówienie 8812004",
    "gdzie jest moja pralka? zamówienie 8812004, miała być w poniedziałek a nikt się nie odezwał\n",
    R(["Unknown"], "agnieszka.lewandowska@poczta-pl.example", "Agnieszka", "Lewandowska"))

add("mix-23-sv-kreditupplysning",
    "Oskar Nyberg <oskar.nyberg@post-se.example>",
    "Frågor om Acme-kortet",
    html("Hej,",
         "Innan jag ansöker om Acme-kortet undrar jag: vilket kreditupplysningsföretag använder ni, till vilka "
         "lämnar ni ut mina uppgifter och hur länge sparas ansökan om jag får avslag?",
         "Med vänliga hälsningar<br>Oskar Nyberg"),
    R(["Information"], "oskar.nyberg@post-se.example", "Oskar", "Nyberg"), ct=HTML)

add("mix-24-task-pl-umowa-powierzenia",
    "Anna Kowalska <anna.kowalska@acme-corp.example>",
    "Umowa powierzenia / DPA - new installer Warsaw",
    """Hi team,

we are signing with a new kitchen installation subcontractor in Warsaw (MontażPro sp. z o.o.). They
need an umowa powierzenia przetwarzania danych (DPA) - can you review their draft or send us our
template? Contract start is 1 January.

Dzięki,
Anna Kowalska
Operations Manager Poland
""",
    TASK("anna.kowalska@acme-corp.example", "Anna", "Kowalska"))

add("mix-25-task-pt-avaliacao-impacto",
    "Tiago Carvalho <tiago.carvalho@acme-corp.example>",
    "Avaliação de impacto - marcação online de consultas na ótica",
    """Olá,

Vamos lançar a marcação online de consultas de optometria nas óticas de Portugal, com um fornecedor
externo. Precisamos da vossa ajuda para a avaliação de impacto sobre a proteção de dados e para
rever o contrato com o fornecedor.

Obrigado,
Tiago Carvalho
Gestor de Projeto
""",
    TASK("tiago.carvalho@acme-corp.example", "Tiago", "Carvalho"))

add("mix-26-task-sv-vendor-questionnaire",
    "Erik Johansson <erik.johansson@acme-corp.example>",
    "Leverantörsenkät / vendor questionnaire - betalpartner",
    """Hej privacy-teamet,

Our new payment partner for Sweden sent a vendor due diligence questionnaire (GDPR-sektionen är ca
30 frågor). Could you fill in the data protection part by Friday? Jag skickar filen separat.

Tack!
Erik Johansson
Finance Nordics
""",
    TASK("erik.johansson@acme-corp.example", "Erik", "Johansson"))

add("mix-27-inc-fi-puhelin",
    "Jussi Laine <jussi.laine@acme-corp.example>",
    "Kadonnut työpuhelin / lost work phone",
    """Hei / Hi,

kadotin työpuhelimeni eilen illalla Helsingin keskustassa. I lost my work phone yesterday evening. It
has the delivery app with today's and tomorrow's customer addresses and phone numbers. Screen lock
is only a 4-digit PIN.

Jussi Laine
Delivery Team Lead Helsinki
""",
    INC("jussi.laine@acme-corp.example", "Jussi", "Laine"))

add("mix-28-inc-hr-tudji-racun",
    "Marko Babić <marko.babic@posta-hr.example>",
    "Dobio sam tuđi račun",
    """Poštovani,

uz moju narudžbu hladnjaka u paketu je bio račun druge osobe, s njezinim imenom, adresom, brojem
telefona i popisom kupljenih proizvoda. Mislim da biste to trebali znati.

Marko Babić
""",
    INC("marko.babic@posta-hr.example", "Marko", "Babić"))

add("mix-29-inc-pt-receita-email-errado",
    "Inês Rodrigues <ines.rodrigues@acme-corp.example>",
    "Enviei uma receita de óculos para o email errado",
    """Bom dia,

Hoje de manhã enviei a receita de óculos e o orçamento de um cliente (Sr. Fernando Lopes) para outro
cliente com nome parecido. Já pedi ao destinatário para apagar o email mas ainda não respondeu. O que
devo fazer?

Inês Rodrigues
Ótica Acme Porto - Santa Catarina
""",
    INC("ines.rodrigues@acme-corp.example", "Inês", "Rodrigues"))

add("mix-30-fu-pl-dsr",
    "Tomasz Zieliński <tomasz.zielinski@poczta-pl.example>",
    "Re: [DSR-10288] Potwierdzenie otrzymania wniosku",
    """Dzień dobry,

minął ponad miesiąc od potwierdzenia, a nadal nie otrzymałem odpowiedzi. Proszę o informację, kiedy
mogę się jej spodziewać.

Tomasz Zieliński

> Państwa wniosek został zarejestrowany pod numerem DSR-10288.
""",
    FU("10288", "tomasz.zielinski@poczta-pl.example", "Tomasz", "Zieliński"))

add("mix-31-fu-fi-lisays",
    "Mikko Häkkinen <mikko.hakkinen@posti-fi.example>",
    "Vs: Henkilötietopyyntö",
    """Hei,

lisäys edelliseen viestiini: minulla oli aiemmin myös toinen asiakastili osoitteella
mikko.h@vanha-posti.example. Ottakaa senkin tiedot mukaan.

Mikko Häkkinen
""",
    FU(ref("mix-07-fi-kopio-ja-siirto"), "mikko.hakkinen@posti-fi.example", "Mikko", "Häkkinen"),
    headers=irt("mix-07-fi-kopio-ja-siirto"))

add("mix-32-spam-pt-heranca",
    "Dr. Samuel Mensah <samuel.mensah.adv@correio-rapido.example>",
    "Herança de 4,5 milhões / Inheritance of 4.5 million",
    """Caro amigo / Dear friend,

Sou advogado de um falecido cliente que deixou 4.500.000 USD sem herdeiros. Proponho dividir consigo.
Please send your full name, address and phone number. Os seus dados pessoais serão tratados com
total confidencialidade e apagados depois da transferência.
""",
    IGN("spam", "samuel.mensah.adv@correio-rapido.example"), headers=SPAM_HDR)

add("mix-33-spam-pl-wyciek",
    "Ochrona Danych <alert@ochrona-danych-24.example>",
    "Twoje dane osobowe wyciekły – usuń je teraz",
    """Uwaga!

Twoje dane osobowe (PESEL, adres, numer telefonu) zostały znalezione w wycieku. Kliknij, aby je
natychmiast usunąć z internetu: https://ochrona-danych-24.example/usun

Zespół Ochrony Danych
""",
    IGN("spam", "alert@ochrona-danych-24.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="ochrona-danych-24.example")])

add("mix-34-auto-sv-franvaro",
    "Karin Bergqvist <karin.bergqvist@bergqvist-bygg.example>",
    "Automatiskt svar: Frånvarande",
    "Hej! Jag är på semester till och med 30 november och läser inte min e-post. Vid brådskande ärenden, ring kontoret på 08-123 456 78.\n",
    IGN("auto_reply", "karin.bergqvist@bergqvist-bygg.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-35-bulk-sl-en",
    "Privacy Adriatic <news@privacy-adriatic.example>",
    "Novice o varstvu podatkov / Privacy news - november",
    html("<b>Privacy Adriatic</b> - novice / news",
         "Informacijski pooblaščenec je izdal nove smernice o videonadzoru. The Croatian DPA fined a retailer for "
         "unsolicited marketing.",
         "<a href='https://privacy-adriatic.example/odjava'>Odjava / Unsubscribe</a>"),
    IGN("bulk", "news@privacy-adriatic.example"), ct=HTML,
    headers=["List-Id: <news.privacy-adriatic.example>",
             "List-Unsubscribe: <https://privacy-adriatic.example/odjava>",
             "Precedence: bulk"])
