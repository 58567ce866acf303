from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests
add("mix-01-pt-acesso-formal",
    "João Pedro Carvalho Mendes <jp.carvalhomendes@correio-pt.example>",
    "Pedido de acesso aos dados pessoais - artigo 15.º RGPD",
    """Exmos. Senhores,

Na qualidade de cliente da Acme Renting Portugal (contrato de aluguer de longa duração n.º ALD-2023-11820, viatura com a matrícula AB-12-CD), venho, ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados, solicitar o acesso a todos os dados pessoais que a vossa empresa trata a meu respeito, incluindo os dados recolhidos pelo equipamento de telemática instalado na viatura, as gravações de chamadas e a avaliação de crédito efetuada.

Agradeço que me indiquem igualmente as finalidades do tratamento e as entidades a quem os dados foram comunicados.

Com os melhores cumprimentos,
João Pedro Carvalho Mendes
Rua de Santa Catarina 455, 4000-446 Porto""",
    R(["Access"], "jp.carvalhomendes@correio-pt.example", "João Pedro", "Carvalho Mendes"))

add("mix-02-ptbr-excluir-e-parar-emails",
    "Thaís Oliveira dos Santos <thais.oliveira.santos@emailbr.example>",
    "excluir minha conta",
    """Oi gente,

Quero excluir minha conta do Amora de vez, com fotos, matches, tudo. E por favor parem de me mandar e-mail e notificação de promoção, já cansei.

Valeu,
Thaís""",
    R(["Erasure", "Opposition"], "thais.oliveira.santos@emailbr.example", "Thaís", "Oliveira dos Santos"))

add("mix-03-pl-sprostowanie-danych",
    "Małgorzata Wróblewska-Nowak <m.wroblewska.nowak@poczta-pl.example>",
    "Wniosek o sprostowanie danych",
    """Dzień dobry,

w umowie najmu długoterminowego (nr NDL-2025-0442) moje nazwisko zostało zapisane jako "Wroblewska Nowak" – bez polskich znaków i bez łącznika, a numer PESEL ma zamienione dwie ostatnie cyfry. Przez to bank odrzuca polecenie zapłaty.

Proszę o sprostowanie tych danych w Państwa systemach.

Z poważaniem
Małgorzata Wróblewska-Nowak""",
    R(["Rectification"], "m.wroblewska.nowak@poczta-pl.example", "Małgorzata", "Wróblewska-Nowak"))

add("mix-04-pl-bez-polskich-znakow",
    "Krzysztof Zielinski <k.zielinski@skrzynka.example>",
    "newsletter",
    """Dzien dobry, prosze o wypisanie mnie z newslettera salonu i zaprzestanie telefonow z ofertami. Nie zgadzam sie na marketing.
Krzysztof Zielinski""",
    R(["Opposition"], "k.zielinski@skrzynka.example", "Krzysztof", "Zielinski"))

add("mix-05-hu-hozzaferes-telematika",
    "Szabó Eszter <szabo.eszter@levelezo.example>",
    "Hozzáférési kérelem",
    """Tisztelt Hölgyem/Uram!

Az általános adatvédelmi rendelet 15. cikke alapján kérem, hogy küldjék meg részemre az Önök által rólam kezelt összes személyes adatot, különös tekintettel a lízingelt autómba szerelt Acme Connect eszköz által rögzített helymeghatározási és vezetési adatokra.

Szerződésszám: HU-LZ-2024-3310

Tisztelettel:
Szabó Eszter
Budapest""",
    R(["Access"], "szabo.eszter@levelezo.example", "Eszter", "Szabó"))

add("mix-06-el-diagrafi-profil",
    "Γιώργος Παπαδόπουλος <g.papadopoulos@mail-gr.example>",
    "Διαγραφή λογαριασμού",
    """Καλησπέρα σας,

Θα ήθελα να διαγράψετε οριστικά τον λογαριασμό μου στην εφαρμογή Amora, μαζί με όλες τις φωτογραφίες και τις συνομιλίες μου. Δεν θέλω να μείνει τίποτα στα συστήματά σας.

Ευχαριστώ,
Γιώργος Παπαδόπουλος""",
    R(["Erasure"], "g.papadopoulos@mail-gr.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-07-no-lagring-forsikring",
    "Ingrid Sæther <ingrid.saether@epost-no.example>",
    "Spørsmål om kjøredata",
    """Hei,

Jeg leaser en bil fra dere med Acme Connect. Hvor lenge lagrer dere kjøredataene og posisjonene mine, og deler dere dem med forsikringsselskapet mitt eller andre? Lagres noe utenfor EØS?

Jeg trenger ikke en kopi, bare en forklaring.

Vennlig hilsen
Ingrid Sæther""",
    R(["Information"], "ingrid.saether@epost-no.example", "Ingrid", "Sæther"))

add("mix-08-fi-siirto-vakuutus",
    "Aino Mäkinen <aino.makinen@posti-fi.example>",
    "Ajotietojen siirto",
    """Hei,

Vaihdoin vakuutusyhtiötä. Haluaisin saada Acme Connect -sovelluksen keräämät ajotietoni (matkat, kilometrit, ajotapapisteet) koneluettavassa muodossa, esimerkiksi CSV-tiedostona, jotta voin toimittaa ne uudelle vakuutusyhtiölleni.

Kiitos,
Aino Mäkinen""",
    R(["Portability"], "aino.makinen@posti-fi.example", "Aino", "Mäkinen"))

add("mix-09-fr-arabe-permis-bloque",
    "Youssef El Mansouri <youssef.elmansouri@boite-mail.example>",
    "Compte bloqué - permis marocain",
    """Salam alaykoum, bonjour,

Mon compte AcmeShare a été refusé automatiquement parce que votre système n'a pas "reconnu" mon permis de conduire marocain. C'est un permis valide, je suis en France depuis 8 mois et j'ai le droit de conduire avec. Personne n'a regardé mon dossier, la réponse est arrivée en 10 secondes.

Je demande qu'une vraie personne vérifie mon permis et revoie la décision. Je peux venir en agence avec l'original.

Baraka Allahu fikoum,
Youssef El Mansouri""",
    R(["AutomatedDecision"], "youssef.elmansouri@boite-mail.example", "Youssef", "El Mansouri"))

add("mix-10-en-arabic-writer-for-father",
    "Rania Haddad <rania.haddad@mailcity.example>",
    "Request for my father information",
    """Dear Sir or Madam,

I am writing for my father Mr. Abdullah Haddad, he is 71 and he don't read English well, I am his daughter and I translate for him. He bought a car from your branch in Dearborn Road in 2022 and also took the finance with you.

He receive now letters about "data sharing" and he is worried. He want to know all the information you are keeping about him and please send him copy of it. You can answer to me on this email, he agrees (he signed the letter I attach).

Thank you very much,
Rania Haddad""",
    R(["Access"], "rania.haddad@mailcity.example", "Abdullah", "Haddad",
      representative="Rania Haddad"))

add("mix-11-franglais-export-delete",
    "Camille Nguyen-Lefort <camille.nl@mailbox-fr.example>",
    "leaving Amora / je pars",
    """Hey,

So je quitte Amora (finally found someone, lol). Before that, can you send me mes photos et conversations in a proper format, JSON or zip, que je peux garder or import somewhere else? Et après ça please delete everything, account included.

Merci!!
Camille""",
    R(["Portability", "Erasure"], "camille.nl@mailbox-fr.example", "Camille", "Nguyen-Lefort"))

add("mix-12-pt-filha-procuradora-mae",
    "Ana Rita Sousa Lopes <anarita.lopes@correio-pt.example>",
    "Chamadas para a minha mãe",
    """Boa tarde,

Sou filha e procuradora da minha mãe, D. Maria de Fátima Sousa, de 84 anos (envio em anexo a procuração). O vosso stand de Braga telefona-lhe quase todas as semanas a propor a troca do carro, que ela já nem conduz. Ela fica confusa e ansiosa com estas chamadas.

Peço que deixem de a contactar para fins comerciais, por qualquer meio, e que retirem o número dela das vossas listas de marketing.

Cumprimentos,
Ana Rita Sousa Lopes""",
    R(["Opposition"], "anarita.lopes@correio-pt.example", "Maria de Fátima", "Sousa",
      representative="Ana Rita Sousa Lopes"))

add("mix-13-sv-registerutdrag",
    "Björn Lindqvist <bjorn.lindqvist@post-se.example>",
    "Begäran om registerutdrag",
    """Hej!

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag har varit medlem i AcmeShare i Stockholm sedan 2023 och vill veta vilka personuppgifter ni behandlar om mig, inklusive resehistorik och positionsdata.

Med vänliga hälsningar
Björn Lindqvist""",
    R(["Access"], "bjorn.lindqvist@post-se.example", "Björn", "Lindqvist"))

add("mix-14-da-begraensning-skade",
    "Mette Kjærgaard <mette.kjaergaard@mail-dk.example>",
    "Begrænsning af behandling - skadesag",
    """Kære Acme,

Jeg har gjort indsigelse mod en opkrævning på 3.200 kr. for en skade på en AcmeShare-bil (sag nr. DK-7781), som var der, før jeg hentede bilen.

Indtil sagen er afklaret, beder jeg om, at behandlingen af mine oplysninger begrænses, så de ikke sendes til inkasso eller bruges til at spærre min konto. Slet dem ikke, de skal bruges som dokumentation.

Venlig hilsen
Mette Kjærgaard""",
    R(["Restriction"], "mette.kjaergaard@mail-dk.example", "Mette", "Kjærgaard"))

add("mix-15-cs-komu-predavate",
    "Tereza Dvořáková <tereza.dvorakova@posta-cz.example>",
    "Dotaz k ochraně osobních údajů",
    """Dobrý den,

chtěla bych vědět, komu předáváte údaje z mého profilu na Amora (fotky, orientace, poloha), jestli se ukládají mimo EU a jak dlouho je uchováváte po zrušení účtu. Účet zatím rušit nechci.

Děkuji,
Tereza Dvořáková""",
    R(["Information"], "tereza.dvorakova@posta-cz.example", "Tereza", "Dvořáková"))

add("mix-16-ro-copie-si-data-nasterii",
    "Andreea Ionescu-Popa <andreea.ionescupopa@posta-ro.example>",
    "Cerere date personale",
    """Bună ziua,

Vă rog să îmi trimiteți o copie a tuturor datelor personale pe care le dețineți despre mine în legătură cu contractul de leasing (nr. RO-LS-2024-0917).

De asemenea, data mea de naștere este greșită în contract: este 21.07.1988, nu 12.07.1988. Vă rog să o corectați.

Cu stimă,
Andreea Ionescu-Popa""",
    R(["Access", "Rectification"], "andreea.ionescupopa@posta-ro.example", "Andreea", "Ionescu-Popa"))

add("mix-17-tr-araba-ne-zaman",
    "Emre Şahin <emre.sahin@eposta-tr.example>",
    "Araba servis",
    """Merhaba, arabamı iki hafta önce Köln'deki servisinize bıraktım, ne zaman hazır olur? Kimse telefonu açmıyor. Plaka K-ES 2210. Teşekkürler, Emre Şahin""",
    R(["Unknown"], "emre.sahin@eposta-tr.example", "Emre", "Şahin"))

add("mix-18-hu-en-no-profiling",
    "Bence Nagy <bence.nagy@freemail-hu.example>",
    "Személyre szabott ajánlatok / personalised offers",
    """Sziasztok,

I don't mind the app, de nem szeretném, hogy a vezetési adataimat marketingre vagy személyre szabott ajánlatokra használjátok. Please stop profiling me for offers. A fiókomat NEM akarom törölni.

Köszönöm,
Bence Nagy""",
    R(["Opposition"], "bence.nagy@freemail-hu.example", "Bence", "Nagy"))

add("mix-19-pl-decyzja-zautomatyzowana",
    "Paweł Grabowski <pawel.grabowski@poczta-pl.example>",
    "Odrzucony wniosek leasingowy",
    """Dzień dobry,

mój wniosek o leasing konsumencki został odrzucony w kilka sekund, bez udziału człowieka. Na podstawie art. 22 RODO proszę o ponowne rozpatrzenie wniosku przez pracownika oraz o przekazanie kopii danych, które zostały wykorzystane do tej oceny.

Z poważaniem
Paweł Grabowski""",
    R(["AutomatedDecision", "Access"], "pawel.grabowski@poczta-pl.example", "Paweł", "Grabowski"))

# ---------------------------------------------------------------- tasks
add("mix-20-pt-tarefa-subcontratante",
    "Rui Tavares <rui.tavares@acme-corp.example>",
    "Revisão contrato subcontratante - reboques",
    """Olá equipa de privacidade,

Vamos contratar uma nova empresa de reboques para a assistência em viagem dos clientes de renting em Portugal. Eles vão receber nome, telefone e localização do cliente. Podem rever o acordo de subcontratação (art. 28.º) que segue em anexo?

Obrigado,
Rui Tavares
Operações Acme Renting Portugal""",
    TASK("rui.tavares@acme-corp.example", "Rui", "Tavares"))

add("mix-21-pl-szkolenie",
    "Agnieszka Lewandowska <agnieszka.lewandowska@acme-corp.example>",
    "Szkolenie RODO dla salonu Warszawa",
    """Cześć,

czy moglibyście przeprowadzić szkolenie z RODO dla nowych doradców w salonie w Warszawie (8 osób)? Chodzi głównie o kopie dowodów osobistych i prawa jazdy przy jazdach próbnych. Najlepiej w grudniu, online.

Pozdrawiam
Agnieszka Lewandowska
HR Polska""",
    TASK("agnieszka.lewandowska@acme-corp.example", "Agnieszka", "Lewandowska"))

add("mix-22-no-en-register-charging",
    "Håkon Østby <hakon.ostby@acme-corp.example>",
    "Behandlingsprotokoll / record of processing - charging app",
    """Hi privacy team (hei!),

We are launching the EV charging subscription in Norway in January. It processes charging locations, payment data and car VIN. Can you add it to the record of processing activities and check whether we need a DPIA? I can send the data flow.

Takk,
Håkon Østby
Product Lead Nordics""",
    TASK("hakon.ostby@acme-corp.example", "Håkon", "Østby"))

# ---------------------------------------------------------------- incidents
add("mix-23-fi-kannettava-kadonnut",
    "Mikko Virtanen <mikko.virtanen@acme-corp.example>",
    "Kannettava tietokone kadonnut",
    """Hei,

Unohdin työkannettavani raitiovaunuun eilen illalla Helsingissä. Koneella on Excel-tiedosto leasingasiakkaista (nimet, osoitteet, henkilötunnukset). Kone on salasanasuojattu, mutta en tiedä onko levy salattu. Ilmoitin jo IT:lle.

Mikko Virtanen
Myyntipäällikkö""",
    INC("mikko.virtanen@acme-corp.example", "Mikko", "Virtanen"))

add("mix-24-gr-en-wrong-invoice",
    "Eleni Georgiou <eleni.georgiou@mail-gr.example>",
    "Received another customer's invoice",
    """Hello,

Today I received by email an AcmeShare invoice that is not mine. It belongs to a Mr. Konstantinos Alexiou, with his address, card last digits and all his trips in Athens for October. I never used your service in Athens.

Please check your system, I think other people may also get wrong invoices. I have deleted it.

Eleni Georgiou""",
    INC("eleni.georgiou@mail-gr.example", "Eleni", "Georgiou"))

add("mix-25-ptbr-outro-usuario",
    "Lucas Pereira da Silva <lucas.pereira.silva@emailbr.example>",
    "App mostrando dados de outra pessoa",
    """Olá,

Quando abri o Amora hoje, apareceu no meu perfil o número de telefone e a localização em tempo real de outra usuária, uma tal de Juliana. Tirei print. Isso é muito grave, qualquer um pode estar vendo os meus dados também.

Lucas Pereira da Silva""",
    INC("lucas.pereira.silva@emailbr.example", "Lucas", "Pereira da Silva"))

# ---------------------------------------------------------------- follow-ups
add("mix-26-pl-odp-dsr",
    "Tomasz Wiśniewski <tomasz.wisniewski@poczta-pl.example>",
    "Odp: [DSR-81603] Potwierdzenie otrzymania wniosku",
    """Dzień dobry,

minął ponad miesiąc, a ja nadal nie otrzymałem odpowiedzi. Proszę o informację, kiedy otrzymam swoje dane.

Tomasz Wiśniewski

> Państwa wniosek został zarejestrowany pod numerem DSR-81603.""",
    FU("81603", "tomasz.wisniewski@poczta-pl.example", "Tomasz", "Wiśniewski"))

add("mix-27-pt-resposta-identificacao",
    "João Pedro Carvalho Mendes <jp.carvalhomendes@correio-pt.example>",
    "Re: Pedido de acesso aos dados pessoais - artigo 15.º RGPD",
    """Exmos. Senhores,

Na sequência do meu pedido desta manhã, junto cópia do meu Cartão de Cidadão para efeitos de identificação.

Com os melhores cumprimentos,
João Pedro Carvalho Mendes""",
    FU(ref("mix-01-pt-acesso-formal"), "jp.carvalhomendes@correio-pt.example", "João Pedro", "Carvalho Mendes"),
    headers=irt("mix-01-pt-acesso-formal"))

# ---------------------------------------------------------------- ignored
add("mix-28-pt-spam-heranca",
    "Dr. Abílio Fonseca <abilio.fonseca.advogado@correio-gratis.example>",
    "Herança de 7.500.000 EUR - assunto confidencial",
    """Caro amigo,

Sou advogado de um cliente falecido sem herdeiros que deixou 7.500.000 EUR num banco em Lisboa. Preciso de um parceiro estrangeiro para receber os fundos. Para proteger os seus dados pessoais, responda apenas para este endereço com o seu nome completo, morada e cópia do passaporte.

Receberá 40% do valor.

Dr. Abílio Fonseca""",
    IGN("spam", "abilio.fonseca.advogado@correio-gratis.example"),
    headers=SPAM_HDR)

add("mix-29-en-spam-seo-gdpr",
    "Digital Growth Agency <growth@seo-rank-boost.example>",
    "Re: your website ranking + GDPR data cleanup",
    """Hello Sir/Madam,

I was checking your website acme-corp.example and found 37 SEO errors and GDPR problems. Our expert team can fix your ranking to Google first page and also delete all unnecessary personal data from your website database for GDPR compliance.

Very cheap price, only $299. Reply YES for free audit report.

Best Regards,
Rahul
Digital Growth Agency""",
    IGN("spam", "growth@seo-rank-boost.example"))

add("mix-30-no-fravaersmelding",
    "Kari Nordmann-Lie <kari.nordmannlie@leverandor-no.example>",
    "Fraværsmelding: Databehandleravtale",
    """Hei,

Jeg er på ferie til og med 24. november og har begrenset tilgang til e-post. Ved hastesaker, kontakt kundeservice@leverandor-no.example.

Mvh
Kari Nordmann-Lie""",
    IGN("auto_reply", "kari.nordmannlie@leverandor-no.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-31-fi-en-uutiskirje",
    "Nordic Privacy Forum <news@nordicprivacy.example>",
    "Nordic Privacy Forum - uutiskirje / newsletter 11/2026",
    """Nordic Privacy Forum - uutiskirje / newsletter 11/2026

* Connected cars and location data: Nordic DPAs joint statement
* Tietosuojavaltuutettu: dating apps and age verification
* Helsinki meetup 10.12.

Peru tilaus / unsubscribe: https://nordicprivacy.example/unsubscribe""",
    IGN("bulk", "news@nordicprivacy.example"),
    headers=["List-Id: Nordic Privacy Forum <news.nordicprivacy.example>",
             "List-Unsubscribe: <https://nordicprivacy.example/unsubscribe>",
             "Precedence: bulk"])
