from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests
add("mix-01-pt-acesso", "Thiago Albuquerque Nogueira <thiago.nogueira@correio.example>",
    "Pedido de acesso aos meus dados pessoais",
    """Prezados,

Fui estudante de intercâmbio na vossa universidade no ano letivo 2024/2025 e morei na
residência estudantil. Ao abrigo do artigo 15.º do RGPD, solicito uma cópia de todos os dados
pessoais que possuem sobre mim (matrícula, notas, alojamento, pagamentos).

Com os melhores cumprimentos,
Thiago Albuquerque Nogueira
""", R(["Access"], "thiago.nogueira@correio.example", "Thiago", "Albuquerque Nogueira"))

add("mix-02-pl-usuniecie", "Zuzanna Wójcik-Kowalczyk <zuzanna.wojcik@poczta.example>",
    "Prośba o usunięcie danych",
    """Dzień dobry,

w zeszłym roku złożyłam wniosek o miejsce w akademiku, ale ostatecznie nie przyjechałam na
studia. Proszę o usunięcie wszystkich moich danych osobowych, łącznie z kopią paszportu i
zaświadczeniem o dochodach rodziców.

Z poważaniem,
Zuzanna Wójcik-Kowalczyk
""", R(["Erasure"], "zuzanna.wojcik@poczta.example", "Zuzanna", "Wójcik-Kowalczyk"))

add("mix-03-cs-oprava", "Vojtěch Dvořáček <vojtech.dvoracek@posta.example>",
    "Oprava osobních údajů",
    """Dobrý den,

v systému pro studenty mám špatně uvedené příjmení (Dvoracek bez diakritiky) a také datum
narození (03.08.2002 místo 08.03.2002). Prosím o opravu, kvůli tomu mi nesedí údaje na
potvrzení o studiu.

Děkuji,
Vojtěch Dvořáček
""", R(["Rectification"], "vojtech.dvoracek@posta.example", "Vojtěch", "Dvořáček"))

add("mix-04-ro-opozitie", "Ioana-Cristina Mureșan <ioana.muresan@mesaj.example>",
    "Dezabonare marketing",
    """Bună ziua,

Nu mai doresc să primesc e-mailuri și SMS-uri despre programele de master și școlile de
vară. Mă opun prelucrării datelor mele în scop de marketing. Vă rog să mă ștergeți din
listele de distribuție.

Mulțumesc,
Ioana-Cristina Mureșan
""", R(["Opposition"], "ioana.muresan@mesaj.example", "Ioana-Cristina", "Mureșan"))

add("mix-05-da-indsigt-latin1", "Søren Kjærgaard Østergaard <soren.ostergaard@postkasse.example>",
    "Anmodning om indsigt og dataportabilitet",
    """Hej,

Jeg har boet på jeres kollegium i to år og læst på kandidatuddannelsen i økonomi. Jeg vil
gerne have indsigt i alle de personoplysninger, I har om mig, og jeg vil også gerne have mine
karakterer og betalingshistorik udleveret i et maskinlæsbart format (fx CSV).

Venlig hilsen
Søren Kjærgaard Østergaard
""", R(["Access", "Portability"], "soren.ostergaard@postkasse.example", "Søren", "Kjærgaard Østergaard"),
    ct=LATIN1, encode="latin-1")

add("mix-06-greeklish", "Eleftheria Papadopoulou <eleftheria.pap@mail-gr.example>",
    "diagrafi stoixeion",
    """Kalispera sas,

eimai proin foititria tou Erasmus (2023) kai emeina stin estia. Thelo na diagrapsete ola ta
prosopika mou stoixeia kai na stamatisete na mou stelnete email gia ta alumni events.
Efxaristo poly.

Eleftheria Papadopoulou

Stalthike apo to kinito mou""", R(["Erasure", "Opposition"], "eleftheria.pap@mail-gr.example", "Eleftheria", "Papadopoulou"))

add("mix-07-en-fr-restriction", "Bérénice Atangana <berenice.atangana@courriel.example>",
    "Re my grade / ma note - please freeze",
    """Hello / Bonjour,

Sorry my English is not perfect. Ma note de "Corporate Finance" est fausse dans le système,
c'est 15/20 et pas 5/20, the professor confirmed it par mail. The appeal committee meets in
January. Until then please do not use this grade or send it to my exchange university in
Montréal - je voudrais que le traitement soit limité jusqu'à la correction.

Merci / thanks,
Bérénice Atangana
""", R(["Restriction"], "berenice.atangana@courriel.example", "Bérénice", "Atangana"))

add("mix-08-de-en-proctoring-flag", "Maximilian Oduro-Schmitz <max.oduroschmitz@studi-mail.example>",
    "Cheating flag from proctoring software / Täuschungsvorwurf",
    """Hi,

my online exam "Intro to Machine Learning" was automatically flagged as "possible cheating"
because the software detected a "second face" - it was a poster on my wall. Die Note wurde
deswegen auf 5,0 gesetzt, ohne dass ein Mensch die Aufnahme angeschaut hat.

I want a human to review this decision and ich möchte die Entscheidung anfechten.

Best / Viele Grüße
Maximilian Oduro-Schmitz
""", R(["AutomatedDecision"], "max.oduroschmitz@studi-mail.example", "Maximilian", "Oduro-Schmitz"))

add("mix-09-pt-mae-filho", "Conceição Magalhães Ribeiro <conceicao.ribeiro@correio.example>",
    "Dados do meu filho - residência",
    """Bom dia,

Escrevo em nome do meu filho, Rodrigo Ribeiro Fontes, que está no primeiro ano e vive na
residência universitária. Ele autorizou-me por escrito (segue em anexo). Ele recebeu uma
carta a dizer que tem rendas em atraso, mas nós pagámos tudo por transferência.

Pedimos uma cópia de todos os dados dele relacionados com o alojamento e os pagamentos.

Obrigada,
Conceição Magalhães Ribeiro
""", R(["Access"], "conceicao.ribeiro@correio.example", "Rodrigo", "Ribeiro Fontes",
       representative="Conceição Magalhães Ribeiro"))

add("mix-10-pl-en-alumni", "Bartłomiej Szczepański <bartek.szczepanski@poczta.example>",
    "alumni mails / proszę usunąć",
    """Hello, I finished my PhD in 2021. Nie chcę więcej dostawać newslettera alumni ani próśb o
darowizny. Please remove me from the mailing lists and delete my alumni profile completely.

Pozdrawiam,
Bartłomiej Szczepański""", R(["Opposition", "Erasure"], "bartek.szczepanski@poczta.example", "Bartłomiej", "Szczepański"))

add("mix-11-nl-en-html-info", "Ruben Sánchez-de Wit <ruben.sdw@studentmail.example>",
    "Question about housing data / vraag over gegevens",
    html("Hi there,",
         "I'm an international student in the Oost-Campus housing. Mijn huisbaas zegt dat de "
         "universiteit mijn gegevens doorgeeft aan de gemeente voor de BRP-inschrijving. "
         "Which data exactly do you share with the municipality, and on what legal basis?",
         "Thanks / bedankt,<br>Ruben Sánchez-de Wit"),
    R(["Information"], "ruben.sdw@studentmail.example", "Ruben", "Sánchez-de Wit"), ct=HTML)

add("mix-12-ro-rectificare", "Andrei-Mihai Constantinescu <andrei.constantinescu@mesaj.example>",
    "Corectare adresă și nume",
    """Bună ziua,

În dosarul meu de cămin numele apare „Andrei Constantinesku” și adresa este cea veche din
Cluj. Vă rog să corectați numele în Andrei-Mihai Constantinescu și adresa în Str. Avram
Iancu 22, Brașov.

Cu stimă,
Andrei-Mihai Constantinescu
""", R(["Rectification"], "andrei.constantinescu@mesaj.example", "Andrei-Mihai", "Constantinescu"))

# ---------------------------------------------------------------- tasks
add("mix-13-task-intl-office", "Inês Carvalho-Lindgren <ines.carvalholindgren@acme-corp.example>",
    "Data sharing agreement with partner universities (Erasmus) / accord de partage",
    """Hi privacy team,

The International Office needs a data sharing agreement template for our 14 Erasmus partner
universities (we exchange transcripts, learning agreements and housing applications).
Les partenaires français nous demandent une convention signée avant janvier. Could you draft
one or review the one from the partner in Lyon?

Obrigada / thanks,
Inês Carvalho-Lindgren
International Office
""", TASK("ines.carvalholindgren@acme-corp.example", "Inês", "Carvalho-Lindgren"))

add("mix-14-task-nl-en-vendor", "Koen Vandermeulen <koen.vandermeulen@acme-corp.example>",
    "vendor questionnaire housing app - graag jullie input",
    """Hoi / hi,

The new housing maintenance app vendor sent us their security & GDPR questionnaire. Kunnen
jullie de privacy-vragen (sectie C en D) invullen? Deadline is next Wednesday.

Thanks!
Koen Vandermeulen
Facility Services
""", TASK("koen.vandermeulen@acme-corp.example", "Koen", "Vandermeulen"))

# ---------------------------------------------------------------- incidents
add("mix-15-inc-pl-cudze-dane", "Kacper Lewandowski <kacper.lewandowski@poczta.example>",
    "Someone else's data in my email / cudze dane",
    """Hi, dzień dobry,

I got an email from the housing office with a PDF attached which is not mine - it is the
tenancy contract of another student (name, PESEL, passport number, bank account). Nie
otwierałem go więcej i usunąłem. Just letting you know.

Kacper Lewandowski
""", INC("kacper.lewandowski@poczta.example", "Kacper", "Lewandowski"))

add("mix-16-inc-en-fr-phone", "Aurélie Haddad-Jensen <aurelie.haddadjensen@acme-corp.example>",
    "Lost phone / téléphone perdu - student support",
    """Hello,

J'ai perdu mon téléphone professionnel hier soir à la gare. It has my work email, the
student-support WhatsApp with about 30 students and photos of some medical certificates
students sent me. Il y a un code PIN mais pas sûr que le chiffrement soit activé.

IT has been informed. What should I do next?

Aurélie Haddad-Jensen
Student Support Adviser
""", INC("aurelie.haddadjensen@acme-corp.example", "Aurélie", "Haddad-Jensen"))

# ---------------------------------------------------------------- follow-up
add("mix-17-fu-pt-dsr", "Thiago Albuquerque Nogueira <thiago.nogueira@correio.example>",
    "Re: [DSR-81742] Confirmation of receipt",
    """Olá,

Obrigado pela confirmação. Envio em anexo a cópia do meu passaporte para verificação da
identidade, como pediram. Sorry for the delay.

Thiago Albuquerque Nogueira
""", FU("81742", "thiago.nogueira@correio.example", "Thiago", "Albuquerque Nogueira"))

# ---------------------------------------------------------------- ignored
add("mix-18-spam-pt-crypto", "Investimentos Globais <lucro@cripto-rendimento.example>",
    "Ganhe 5.000 EUR por semana / earn 5,000 EUR weekly",
    """Olá!

Descubra o robô de investimento em criptomoedas que rende 5.000 EUR por semana. Join now,
only 20 places left! Os seus dados serão apagados após o registo, 100% anónimo e seguro.

https://cripto-rendimento.example/registo
""", IGN("spam", "lucro@cripto-rendimento.example"), headers=SPAM_HDR)

add("mix-19-bulk-en-de", "EUNIS Data Protection Digest <digest@eu-campus-privacy.example>",
    "Weekly digest / Wochenüberblick: campus privacy news",
    """EU CAMPUS PRIVACY - WEEKLY DIGEST / WOCHENÜBERBLICK

* EDPB statement on biometric access control in student residences
* Neue Leitlinien zur Speicherdauer von Prüfungsunterlagen
* Call for speakers: Campus DPO Forum 2027

You receive this digest as a member of the mailing list.
Unsubscribe / Abmelden: https://eu-campus-privacy.example/unsubscribe
""", IGN("bulk", "digest@eu-campus-privacy.example"),
    headers=["List-Id: EU Campus Privacy Digest <digest.eu-campus-privacy.example>",
             "List-Unsubscribe: <https://eu-campus-privacy.example/unsubscribe>",
             "Precedence: list"])

add("mix-20-da-autosvar", "Mette Rasmussen <mette.rasmussen@partner-universitet.example>",
    "Autosvar: Databehandleraftale udveksling",
    """Tak for din mail. Jeg er på ferie til og med 27. november og har ikke adgang til min mail.
I hastende sager kontakt venligst international@partner-universitet.example.

Thank you for your email. I am on holiday until 27 November.

Mette Rasmussen
""", IGN("auto_reply", "mette.rasmussen@partner-universitet.example"),
    headers=["Auto-Submitted: auto-replied"])
