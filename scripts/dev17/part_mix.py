from common import *  # part mix: written blind

add("mix-01-pt-acesso-formal",
    "João Pedro Carvalho Santos <joaopedro.csantos@correio.example>",
    "Pedido de acesso aos dados pessoais - artigo 15.º do RGPD",
    """Exmos. Senhores,

Nos termos do artigo 15.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar o
acesso a todos os dados pessoais que a vossa empresa trata a meu respeito, incluindo o
histórico de consumos, os registos de chamadas e quaisquer dados obtidos junto de terceiros,
bem como a indicação das finalidades e dos destinatários.

Cliente n.º 600 114 229, instalação na Rua de Santa Catarina, 402, 4000-446 Porto.

Com os melhores cumprimentos,
João Pedro Carvalho Santos
""",
    R(["Access"], "joaopedro.csantos@correio.example", "João Pedro", "Carvalho Santos"),
    ct=LATIN1, encode="latin-1")

add("mix-02-pl-usuniecie",
    "Agnieszka Wójcik-Nowak <agnieszka.wojcik@pocztaonline.example>",
    "Usunięcie moich danych osobowych",
    """Dzień dobry,

od października nie jestem już Państwa klientką (przeprowadzka). Proszę o usunięcie
wszystkich moich danych osobowych oraz konta w portalu klienta i potwierdzenie tego mailowo.

Z poważaniem
Agnieszka Wójcik-Nowak
""",
    R(["Erasure"], "agnieszka.wojcik@pocztaonline.example", "Agnieszka", "Wójcik-Nowak"))

add("mix-03-sv-invandning-marknadsforing",
    "Björn Lindqvist <bjorn.lindqvist@postlada.example>",
    "Sluta skicka reklam",
    """Hej,

Jag vill inte längre få erbjudanden om solpaneler och värmepumpar från er, varken via mejl,
sms eller telefon. Jag invänder mot all direktmarknadsföring. Elavtalet vill jag behålla.

Mvh
Björn Lindqvist
Uppsala
""",
    R(["Opposition"], "bjorn.lindqvist@postlada.example", "Björn", "Lindqvist"))

add("mix-04-da-html-adresse",
    "Mette Søndergaard <mette.sondergaard@postkasse.example>",
    "Forkert adresse og telefonnummer",
    html("Hej,",
         "I har stadig min gamle adresse (Nørregade 12, Aarhus) og et gammelt telefonnummer. "
         "Min nye adresse er Vestergade 7, 2. th., 8000 Aarhus C, og mit nummer er 20 55 41 17.",
         "Vil I venligst rette oplysningerne?",
         "Venlig hilsen<br>Mette Søndergaard"),
    R(["Rectification"], "mette.sondergaard@postkasse.example", "Mette", "Søndergaard"), ct=HTML)

add("mix-05-cs-prenositelnost",
    "Tomáš Dvořák <tomas.dvorak@postak.example>",
    "Žádost o export dat o spotřebě",
    """Dobrý den,

chystám se přejít k jinému dodavateli a rád bych si vzal svá data o spotřebě elektřiny
(hodinové hodnoty z chytrého elektroměru za poslední dva roky). Můžete mi je poslat ve
strojově čitelném formátu, např. CSV?

Děkuji a přeji hezký den
Tomáš Dvořák
""",
    R(["Portability"], "tomas.dvorak@postak.example", "Tomáš", "Dvořák"))

add("mix-06-hu-hozzaferes-torles",
    "Nagy Katalin <nagy.katalin@levelezo.example>",
    "Adataim",
    """Tisztelt Hölgyem/Uram!

Szeretném megtudni, milyen személyes adatokat tárolnak rólam, kérem, küldjenek róluk
másolatot. Ezt követően kérem az összes adatom törlését, mivel már nem vagyok az
ügyfelük.

Üdvözlettel:
Nagy Katalin
Budapest
""",
    R(["Access", "Erasure"], "nagy.katalin@levelezo.example", "Katalin", "Nagy"))

add("mix-07-ro-restrictionare",
    "Ioana Popescu <ioana.popescu@postaro.example>",
    "Contestare factură și restricționarea prelucrării",
    """Bună ziua,

Contest factura de regularizare nr. 2026-11-4410 în valoare de 1.980 lei, calculată pe baza
unui index estimat greșit. Până la soluționarea contestației, vă rog să restricționați
prelucrarea datelor mele și să nu le transmiteți către firme de recuperare a creanțelor.

Cu stimă,
Ioana Popescu
Cluj-Napoca
""",
    R(["Restriction"], "ioana.popescu@postaro.example", "Ioana", "Popescu"))

add("mix-08-fi-automaattinen-paatos",
    "Mikko Virtanen <mikko.virtanen@sahkoposti.example>",
    "Lämpöpumpun rahoitushakemus hylätty",
    """Hei,

Hain verkossa rahoitusta ilmalämpöpumpulle ja hakemus hylättiin muutamassa sekunnissa
ilman perusteluja. Haluan, että ihminen käsittelee hakemukseni uudelleen ja että voin
esittää oman näkemykseni.

Ystävällisin terveisin
Mikko Virtanen
""",
    R(["AutomatedDecision"], "mikko.virtanen@sahkoposti.example", "Mikko", "Virtanen"))

add("mix-09-hr-informacije-brojilo",
    "Ivana Horvat <ivana.horvat@posta-hr.example>",
    "Pitanje o podacima s pametnog brojila",
    """Poštovani,

zanima me tko sve ima pristup podacima s mog pametnog brojila, koliko dugo ih čuvate i
koristite li ih u marketinške svrhe. Ne trebam kopiju podataka, samo objašnjenje.

Lijep pozdrav,
Ivana Horvat
Zagreb
""",
    R(["Information"], "ivana.horvat@posta-hr.example", "Ivana", "Horvat"))

add("mix-10-sl-sin-pokojna-mama",
    "Matej Kovačič <matej.kovacic@posta-si.example>",
    "Pokojna mama Marija Kovačič",
    """Spoštovani,

moja mama, Marija Kovačič, je umrla v oktobru. Kot dedič prosim, da izbrišete njene osebne
podatke, saj še vedno prihajajo reklamna pisma na njeno ime. Pogodba za elektriko je že
prepisana name.

Prilagam mrliški list.

Lep pozdrav,
Matej Kovačič
""",
    R(["Erasure"], "matej.kovacic@posta-si.example", "Marija", "Kovačič",
      representative="Matej Kovačič"))

add("mix-11-lv-piekluve",
    "Jānis Bērziņš <janis.berzins@pasts-lv.example>",
    "Pieprasījums par maniem personas datiem",
    """Labdien!

Saskaņā ar VDAR 15. pantu lūdzu izsniegt kopiju visiem maniem personas datiem, ko jūsu
uzņēmums apstrādā, tostarp līguma datus un maksājumu vēsturi.

Ar cieņu,
Jānis Bērziņš
Rīga
""",
    R(["Access"], "janis.berzins@pasts-lv.example", "Jānis", "Bērziņš"))

add("mix-12-el-diafimisi-diagrafi",
    "Γιώργος Παπαδόπουλος <g.papadopoulos@mail-gr.example>",
    "Διαγραφή στοιχείων και διαφημίσεις",
    """Καλησπέρα σας,

Σας παρακαλώ να σταματήσετε να μου στέλνετε διαφημιστικά μηνύματα για φωτοβολταϊκά και
αντλίες θερμότητας και να διαγράψετε όλα τα προσωπικά μου δεδομένα από τα αρχεία σας. Δεν
είμαι πελάτης σας.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
""",
    R(["Opposition", "Erasure"], "g.papadopoulos@mail-gr.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-13-en-fr-copie",
    "Sophie Vandenbroucke <sophie.vdb@belgomail.example>",
    "Data request / demande de données",
    """Hello,

(Français ci-dessous)

I've been a customer since 2019 and would like to see everything you have on file about me,
including the notes from my calls about the heat pump.

Bonjour, je suis cliente depuis 2019 et je voudrais recevoir une copie de toutes les données
me concernant, y compris les notes de mes appels au sujet de la pompe à chaleur.

Thanks / Merci,
Sophie Vandenbroucke
""",
    R(["Access"], "sophie.vdb@belgomail.example", "Sophie", "Vandenbroucke"))

add("mix-14-en-de-werbung-adresse",
    "Lars Becker <lars.becker@expatmail.example>",
    "Werbung + new address",
    """Hi there,

sorry for the Denglisch. Zwei Dinge: please stop sending me the Werbung for solar panels,
ich will das nicht, und bitte update my address: I moved to Hauptstraße 55, 53111 Bonn, the
bills still go to the old Wohnung in Köln.

Thanks, danke
Lars Becker
""",
    R(["Opposition", "Rectification"], "lars.becker@expatmail.example", "Lars", "Becker"))

add("mix-15-pt-colega-reencaminha",
    "Tiago Mendes <tiago.mendes@acme-corp.example>",
    "FW: Não quero mais chamadas",
    """Hi privacy team / olá,

Forwarding this from the Lisbon customer desk: the customer wants no more sales calls. Can
you register the opposition?

Tiago Mendes
Customer Care Portugal

---------- Forwarded message ---------
De: Ana Luísa Ferreira <analuisa.ferreira@correio-pt.example>
Data: sexta, 13/11/2026 09:12
Assunto: Não quero mais chamadas

Bom dia, recebo chamadas vossas quase todos os dias a oferecer painéis solares. Não quero
receber mais nenhuma chamada nem mensagem comercial. Obrigada.
Ana Luísa Ferreira
""",
    R(["Opposition"], "analuisa.ferreira@correio-pt.example", "Ana Luísa", "Ferreira"))

add("mix-16-pl-zalacznik-dostep",
    "Kasia Zielińska <kasia.zielinska@acme-corp.example>",
    "Fwd: Wniosek o dostęp do danych",
    "",
    R(["Access"], "piotr.kowalczyk@skrzynka.example", "Piotr", "Kowalczyk"),
    note="""Hi, attached an email from a Polish customer asking for his data (access request I
think). Could you take it over? Thanks, Kasia (Warsaw office)""",
    attached=("Piotr Kowalczyk <piotr.kowalczyk@skrzynka.example>", "Wniosek o dostęp do danych",
              """Dzień dobry,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych osobowych przetwarzanych
przez Państwa firmę, w tym historii płatności i nagrań rozmów z infolinią.

Piotr Kowalczyk
"""))

add("mix-17-ro-majuscule-stergere",
    "MIHAI DUMITRESCU <mihai.dumitrescu@mailro.example>",
    "STERGETI-MA",
    """STERGETI-MA DIN BAZA VOASTRA DE DATE. NU SUNT CLIENTUL VOSTRU SI NU VREAU SA FIU.
""",
    R(["Erasure"], "mihai.dumitrescu@mailro.example", "Mihai", "Dumitrescu"))

add("mix-18-pt-quando-tecnico",
    "Rui Almeida <rui.almeida@correio.example>",
    "Instalação dos painéis",
    """Boa tarde,

assinei o contrato para os painéis solares em setembro e ainda ninguém me contactou para
marcar a instalação. Podem dizer-me quando vem o técnico?

Rui Almeida
""",
    R(["Unknown"], "rui.almeida@correio.example", "Rui", "Almeida"))

add("mix-19-sv-god-man",
    "Anders Holm <anders.holm@godman-tjanst.example>",
    "Begäran om registerutdrag - Karin Ek",
    """Hej,

Jag är förordnad god man för Karin Ek, Storgatan 3, Umeå (förordnande bifogas). Jag begär
ett registerutdrag med alla personuppgifter som ni behandlar om henne, inklusive avtal och
betalningshistorik.

Med vänliga hälsningar
Anders Holm
God man
""",
    R(["Access"], "anders.holm@godman-tjanst.example", "Karin", "Ek",
      representative="Anders Holm"))

add("mix-20-pl-zadanie-umowa-powierzenia",
    "Marcin Lewandowski <marcin.lewandowski@acme-corp.example>",
    "Przegląd umowy powierzenia - call center Kraków",
    """Cześć,

podpisujemy umowę z nowym call center w Krakowie (obsługa klientów PL). Proszę o przegląd
umowy powierzenia przetwarzania danych przed podpisem - termin mamy do 27.11.

Dzięki,
Marcin Lewandowski
Kierownik Obsługi Klienta PL
""",
    TASK("marcin.lewandowski@acme-corp.example", "Marcin", "Lewandowski"))

add("mix-21-pt-tarefa-aipd",
    "Inês Rocha <ines.rocha@acme-corp.example>",
    "AIPD - novo sistema de telecontagem",
    """Olá,

vamos implementar um novo sistema de telecontagem para clientes domésticos em Portugal, com
leituras de 15 em 15 minutos. Precisamos de uma avaliação de impacto sobre a proteção de
dados antes do piloto. Podemos marcar uma reunião?

Obrigada,
Inês Rocha
Gestora de Projeto
""",
    TASK("ines.rocha@acme-corp.example", "Inês", "Rocha"))

add("mix-22-sv-en-uppdatera-register",
    "Erik Sjöberg <erik.sjoberg@acme-corp.example>",
    "Registerförteckning / record of processing - heat pump service visits",
    """Hej privacy team,

Vi har startat serviceavtal för värmepumpar i Sverige. Could you add this processing to
the record of processing activities? Jag skickar datafälten och lagringstiderna i en
separat fil.

Tack!
Erik Sjöberg
Service Operations Nordics
""",
    TASK("erik.sjoberg@acme-corp.example", "Erik", "Sjöberg"))

add("mix-23-cs-incident-telefon",
    "Petr Novák <petr.novak@acme-corp.example>",
    "Ztracený služební telefon",
    """Dobrý den,

včera večer jsem v tramvaji v Brně ztratil služební telefon. Je v něm e-mail a aplikace
pro obchodníky se seznamem zákazníků, které jsem tento týden navštívil (jména, adresy,
telefony). Telefon je zamčený PINem, IT jsem informoval.

Petr Novák
Obchodní zástupce
""",
    INC("petr.novak@acme-corp.example", "Petr", "Novák"))

add("mix-24-da-extern-andens-data",
    "Kasper Mikkelsen <kasper.mikkelsen@postkasse.example>",
    "Jeg har modtaget en anden kundes oplysninger",
    """Hej,

Jeg fik i dag en mail fra jer med en årsopgørelse, men den tilhører en anden kunde, Lene
Østergaard i Odense, med hendes adresse, forbrug og kontonummer. Jeg har ikke bedt om den.
Det er vist et databrud, så jeg giver jer besked.

Venlig hilsen
Kasper Mikkelsen
""",
    INC("kasper.mikkelsen@postkasse.example", "Kasper", "Mikkelsen"))

add("mix-25-ro-incident-plicuri",
    "Andreea Stan <andreea.stan@acme-corp.example>",
    "Incident - facturi puse în plicuri greșite",
    """Bună,

Am descoperit azi că aproximativ 80 de facturi trimise săptămâna trecută din biroul din
București au fost puse în plicuri greșite: fiecare client a primit factura altui client,
cu nume, adresă, cod client și consum. Câțiva clienți au sunat deja.

Andreea Stan
Operațiuni Facturare
""",
    INC("andreea.stan@acme-corp.example", "Andreea", "Stan"))

add("mix-26-pl-followup-dsr",
    "Ewa Mazur <ewa.mazur@pocztaonline.example>",
    "Odp: [DSR-88120] Potwierdzenie otrzymania wniosku",
    """Dzień dobry,

minął już ponad miesiąc, a nadal nie otrzymałam odpowiedzi na mój wniosek. Proszę o
informację, kiedy mogę się jej spodziewać.

Ewa Mazur

> Państwa wniosek został zarejestrowany pod numerem DSR-88120.
""",
    FU("88120", "ewa.mazur@pocztaonline.example", "Ewa", "Mazur"))

add("mix-27-cs-odpoved-format",
    "Tomáš Dvořák <tomas.dvorak@postak.example>",
    "Re: Žádost o export dat o spotřebě",
    """Dobrý den,

ještě doplním: pokud by CSV nešlo, stačí i Excel. Hlavně ať jsou tam čtvrthodinové nebo
hodinové hodnoty.

Díky,
Tomáš Dvořák
""",
    FU(ref("mix-05-cs-prenositelnost"), "tomas.dvorak@postak.example", "Tomáš", "Dvořák"),
    headers=irt("mix-05-cs-prenositelnost"))

add("mix-28-pt-spam-dados",
    "Proteção de Dados Já <ofertas@protecao-dados-ja.example>",
    "Os seus dados estão expostos! Apague-os hoje",
    """Olá!

Encontrámos os seus dados pessoais em 180 sites. Com o nosso serviço, enviamos pedidos de
apagamento RGPD automaticamente. Experimente grátis durante 7 dias!

Clique aqui para começar.
""",
    IGN("spam", "ofertas@protecao-dados-ja.example"), headers=SPAM_HDR)

add("mix-29-pl-spam-phishing",
    "Poczta - Administrator <admin@skrzynka-weryfikacja.example>",
    "Twoja skrzynka zostanie zablokowana",
    """Szanowny Użytkowniku,

Twoja skrzynka pocztowa privacy@acme-corp.example przekroczyła limit. Aby uniknąć
usunięcia wiadomości i danych, zweryfikuj konto w ciągu 24 godzin:

http://skrzynka-weryfikacja.example/login

Administrator
""",
    IGN("spam", "admin@skrzynka-weryfikacja.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="skrzynka-weryfikacja.example")])

add("mix-30-sv-franvaro",
    "Helena Nyström <helena.nystrom@kommunmail.example>",
    "Automatiskt svar: Frånvaro",
    """Hej! Jag är på semester till och med den 24 november och läser inte min e-post. Vid
brådskande ärenden, kontakta växeln på 090-555 10 00.

Helena Nyström
""",
    IGN("auto_reply", "helena.nystrom@kommunmail.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-31-fi-uutiskirje",
    "Energiauutiset <uutiskirje@energiauutiset.example>",
    "Energiauutiset 46/2026: älymittarit ja tietosuoja",
    """ENERGIAUUTISET - VIIKKO 46

- Uudet säännöt älymittarien tietojen jakamisesta
- Tietosuojavaltuutetun linjaukset energiayhtiöille
- Webinaari: lämpöpumppujen etäohjaus

Saat tämän uutiskirjeen, koska olet tilannut sen. Peru tilaus
""",
    IGN("bulk", "uutiskirje@energiauutiset.example"),
    headers=["List-Id: Energiauutiset <uutiskirje.energiauutiset.example>",
             "List-Unsubscribe: <https://energiauutiset.example/peru>",
             "Precedence: bulk"])
