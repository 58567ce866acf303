# Mixed-language mail and other EU languages (PT, BR, PL, SV, RO, EL, CS, DA, HU, FI, HR). Written blind.
from common import *

# ---------------------------------------------------------------- requests
add("mix-01", "Ana Rita Carvalho <anarita.carvalho@correio.example>", "Pedido de acesso aos meus dados",
"""Exmos. Senhores,

Venho por este meio, ao abrigo do artigo 15.º do RGPD, solicitar uma cópia de todos os dados pessoais que a vossa clínica dentária tem sobre mim, incluindo o processo clínico, as radiografias e os orçamentos. Fui paciente da clínica do Porto (Boavista) entre 2022 e 2025.

Agradeço que o envio seja feito em formato digital para este endereço.

Com os melhores cumprimentos,
Ana Rita Carvalho
""", R(["Access"], "anarita.carvalho@correio.example", "Ana Rita", "Carvalho"))

add("mix-02", "Thiago Nascimento <thiago.nasc@correio.example>", "excluir minha conta",
"""Oi, tudo bem? Quero excluir minha conta do app de música e todos os meus dados, inclusive histórico e cartão cadastrado. Não uso mais. Valeu!

Thiago Nascimento
Enviado do meu Galaxy
""", R(["Erasure"], "thiago.nasc@correio.example", "Thiago", "Nascimento"))

add("mix-03", "Katarzyna Wiśniewska <kasia.wisniewska@poczta.example>", "SMS marketingowe",
"""Dzień dobry,

od kilku miesięcy dostaję od Państwa kliniki SMS-y z promocjami na wybielanie zębów. Proszę o natychmiastowe zaprzestanie wysyłania mi wiadomości marketingowych oraz o usunięcie mojego numeru telefonu (+48 600 100 200) z Państwa bazy.

Z poważaniem,
Katarzyna Wiśniewska
""", R(["Opposition", "Erasure"], "kasia.wisniewska@poczta.example", "Katarzyna", "Wiśniewska"))

add("mix-04", "Erik Lindqvist <erik.lindqvist@post.example>", "Mina spellistor",
"""Hej,

jag vill byta musiktjänst och skulle vilja få ut alla mina spellistor och min lyssningshistorik i ett maskinläsbart format (JSON eller CSV), så att jag kan importera dem hos en annan leverantör.

Tack på förhand!
Erik Lindqvist
Göteborg
""", R(["Portability"], "erik.lindqvist@post.example", "Erik", "Lindqvist"))

add("mix-05", "Ioana Ștefănescu <ioana.stefanescu@posta.example>", "Corectare nume profil",
"""Bună ziua,

pe profilul meu de pe platforma de nunți numele apare „Ioana Stefanescu", fără diacritice, iar pe contractele cu furnizorii trebuie să apară corect: Ioana Ștefănescu. De asemenea, numărul de telefon s-a schimbat: +40 722 000 333. Vă rog să le actualizați.

Mulțumesc,
Ioana Ștefănescu
""", R(["Rectification"], "ioana.stefanescu@posta.example", "Ioana", "Ștefănescu"))

add("mix-06", "Γιώργος Παπαδόπουλος <g.papadopoulos@mail.example>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα",
"""Καλησπέρα σας,

Είμαι συνδρομητής της υπηρεσίας μουσικής σας από το 2021. Παρακαλώ να μου στείλετε αντίγραφο όλων των προσωπικών δεδομένων που τηρείτε για μένα (ιστορικό ακρόασης, στοιχεία πληρωμής, συσκευές), σύμφωνα με το άρθρο 15 του ΓΚΠΔ.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
Αθήνα
""", R(["Access"], "g.papadopoulos@mail.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-07", "Tereza Nováková <tereza.novakova@posta.example>", "Dotaz k seznamu hostů",
"""Dobrý den,

plánujeme svatbu přes vaši platformu a chtěla bych vědět, kdo všechno uvidí seznam hostů, který nahrajeme (jména, telefony, alergie). Vidí ho i dodavatelé, které kontaktujeme? A jak dlouho ho po svatbě uchováváte?

Děkuji,
Tereza Nováková
""", R(["Information"], "tereza.novakova@posta.example", "Tereza", "Nováková"))

add("mix-08", "Mette Kjærgaard <mette.kjaergaard@post.example>", "Anbefalinger",
"""Hej,

jeg ønsker ikke, at I bruger min lyttehistorik til at lave personlige anbefalinger og målrettede reklamer. Jeg gør indsigelse mod den profilering. Min konto vil jeg gerne beholde.

Venlig hilsen
Mette Kjærgaard
""", R(["Opposition"], "mette.kjaergaard@post.example", "Mette", "Kjærgaard"))

add("mix-09", "Sarah Whitfield <sarah.whitfield@mail.example>", "Datos / my patient file",
"""Hola,

perdón, my Spanish is not great so I'll write in English. I've been a patient at your clinic in Marbella since 2020. Could you please send me everything you have on file about me (treatment notes, x-rays, invoices)? Also, my surname is spelled wrong on every SMS reminder: it's Whitfield, not "Whitfeld", and my mobile changed to +34 611 222 333.

Muchas gracias,
Sarah Whitfield
""", R(["Access", "Rectification"], "sarah.whitfield@mail.example", "Sarah", "Whitfield"))

add("mix-10", "Jonas Becker <jonas.becker@post.example>", "Konto löschen / delete account",
"""Hallo,

bitte löschen Sie mein Konto auf der Hochzeitsplattform und alle meine Daten, inklusive der Gästeliste und der Fotogalerie.

(English, in case: please delete my wedding account, guest list and photo gallery. We divorced, long story.)

Danke / thanks,
Jonas Becker
""", R(["Erasure"], "jonas.becker@post.example", "Jonas", "Becker"))

add("mix-11", "Camille Roussel <camille.roussel@mail.example>", "Contestation / please freeze my data",
"""Bonjour / Hello,

Your debt collection partner claims I owe 620 € for a dental payment plan in your Barcelona clinic. Je n'ai jamais signé ce plan de paiement, je n'étais même pas en Espagne à cette date. I have filed a complaint.

Until this is sorted out, je vous demande de limiter le traitement de mes données: do not share them with the collection agency or any credit file, and do not use them for anything else.

Camille Roussel
""", R(["Restriction"], "camille.roussel@mail.example", "Camille", "Roussel"))

add("mix-12", "Dra. Helena Mendes <helena.mendes@mendesadvogados.example>", "Pedido de dados - cliente Joaquim Ferreira",
"""Exmos. Senhores,

Na qualidade de mandatária do Sr. Joaquim Ferreira Lopes, conforme procuração que junto, venho requerer, nos termos do artigo 15.º do RGPD, cópia de todos os dados pessoais do meu constituinte tratados pela vossa clínica de Lisboa (Saldanha), incluindo processo clínico, radiografias e contrato de financiamento do tratamento de implantes.

Com os melhores cumprimentos,

Helena Mendes
Advogada - Cédula Profissional 12345L
Mendes & Associados, Av. da Liberdade 100, Lisboa
""", R(["Access"], "helena.mendes@mendesadvogados.example", "Joaquim", "Ferreira Lopes", representative="Helena Mendes"))

add("mix-13", "Tomasz Kowalczyk <tomasz.kowalczyk@poczta.example>", "Profil mojego syna",
"""Dzień dobry,

jestem ojcem Jakuba Kowalczyka (13 lat), który ma profil w naszym planie rodzinnym. Jako rodzic proszę o usunięcie jego profilu i całej historii słuchania. Nie wyrażam zgody na przetwarzanie danych mojego dziecka.

Pozdrawiam,
Tomasz Kowalczyk
""", R(["Erasure"], "tomasz.kowalczyk@poczta.example", "Jakub", "Kowalczyk", representative="Tomasz Kowalczyk"))

add("mix-14", "Anders Holm <anders.holm@post.example>", "Min avlidna mammas konto",
"""Hej,

min mamma Birgitta Holm gick bort i oktober. Hon hade ett familjeabonnemang hos er. Jag är dödsbodelägare och ber er att avsluta abonnemanget och radera hennes konto och alla hennes uppgifter. Dödsfallsintyg kan skickas vid behov.

Med vänlig hälsning
Anders Holm
""", R(["Erasure"], "anders.holm@post.example", "Birgitta", "Holm", representative="Anders Holm"))

add("mix-15", "Mihai Popescu <mihai.popescu@posta.example>", "Refuz automat plan de plată",
"""Bună ziua,

am cerut la clinica dumneavoastră din Valencia un plan de plată în rate pentru o lucrare dentară și mi s-a spus că „sistemul" a respins cererea imediat, fără nicio explicație. Lucrez în Spania de 6 ani, cu contract pe perioadă nedeterminată.

Solicit ca decizia să fie reanalizată de o persoană și să mi se explice pe ce criterii s-a luat.

Mihai Popescu
""", R(["AutomatedDecision"], "mihai.popescu@posta.example", "Mihai", "Popescu"))

add("mix-16", "petr.dvorak@posta.example", "zruseni uctu",
"""Dobry den, prosim o zruseni meho uctu a smazani vsech mych udaju. Diky. Petr Dvorak
""", R(["Erasure"], "petr.dvorak@posta.example", "Petr", "Dvorak"))

add("mix-17", "Kovács Eszter <eszter.kovacs@posta.example>", "Adataim",
"""Tisztelt Cím!

Szeretném megtudni, milyen személyes adatokat tárolnak rólam (lejátszási előzmények, fizetési adatok, eszközök), és kérem, küldjenek róluk másolatot e-mailben.

Köszönettel,
Kovács Eszter
""", R(["Access"], "eszter.kovacs@posta.example", "Eszter", "Kovács"))

add("mix-18", "Ivana Horvat <ivana.horvat@posta.example>", "Prestanite slati obavijesti",
"""Poštovani,

molim vas da mi više ne šaljete promotivne e-poruke i obavijesti o ponudama za vjenčanja. Povlačim privolu za marketing.

Lijep pozdrav,
Ivana Horvat
Zagreb
""", R(["Opposition"], "ivana.horvat@posta.example", "Ivana", "Horvat"))

add("mix-19", "Marco Bellini <marco.bellini@mail.example>", "Data transfers / trasferimento dati",
"""Hi there, ciao,

quick question before I upgrade to the family plan: are my listening data and payment details transferred outside the EU (USA?), and if so, on which legal basis? Con quali garanzie, insomma, e a chi li date. Not asking to delete anything, just want to understand.

Thanks / grazie,
Marco Bellini
""", R(["Information"], "marco.bellini@mail.example", "Marco", "Bellini"))

add("mix-20", "Beatriz Almeida <beatriz.almeida@correio.example>", "Newsletter",
html("Olá,",
     "por favor <b>retirem o meu e-mail da vossa newsletter</b> de casamentos. Já me casei e não quero receber mais nada.",
     "Obrigada,<br>Beatriz Almeida"),
R(["Opposition"], "beatriz.almeida@correio.example", "Beatriz", "Almeida"), ct=HTML)

add("mix-21", "Joao Gonçalves <joao.goncalves@correio.example>", "Alteração de morada",
"""Boa tarde,

mudei de casa e peço que atualizem a minha morada na ficha de paciente: Rua da Conceição 45, 2.º Esq., 1100-152 Lisboa. O telemóvel também mudou para 912 345 678.

Obrigado,
João Gonçalves
""", R(["Rectification"], "joao.goncalves@correio.example", "João", "Gonçalves"), ct=LATIN1, encode="latin-1")

add("mix-22", "Frederik Sørensen <frederik.sorensen@post.example>", "Mine data",
"""Hej,

jeg vil gerne have en kopi af alle de oplysninger, I har om mig. Derudover vil jeg gerne have mine playlister og min lyttehistorik udleveret i et maskinlæsbart format, så jeg kan flytte dem til en anden tjeneste.

Mvh
Frederik Sørensen
""", R(["Access", "Portability"], "frederik.sorensen@post.example", "Frederik", "Sørensen"))

add("mix-23", "Rachel Adams <rachel.adams@acme-corp.example>", "Fwd: Polish patient - data request",
"""Hi privacy team,

forwarding this from the Kraków clinic inbox. Google Translate says the patient wants a copy of her records and X-rays. Can you take it from here?

Rachel Adams
Patient Services Manager, Central Europe

---------- Forwarded message ---------
From: Magdalena Zielińska <magda.zielinska@poczta.example>
Date: Fri, 13 Nov 2026 at 17:25
Subject: Dokumentacja
To: krakow@acme-corp.example

Dzień dobry, proszę o przesłanie kopii mojej dokumentacji medycznej oraz wszystkich zdjęć RTG wykonanych w Państwa klinice w latach 2023-2026, a także informacji, jakie jeszcze moje dane przechowujecie.
Magdalena Zielińska
""", R(["Access"], "magda.zielinska@poczta.example", "Magdalena", "Zielińska"))

add("mix-24", "Oliver Grant <oliver.grant@acme-corp.example>", "FW: Radera mitt konto", "",
R(["Erasure"], "lina.bergstrom@post.example", "Lina", "Bergström"),
attached=("Lina Bergström <lina.bergstrom@post.example>", "Radera mitt konto",
"""Hej!

Jag vill att ni raderar mitt konto och alla mina personuppgifter, även bröllopsgalleriet och gästlistan. Vi använder inte tjänsten längre.

Hälsningar
Lina Bergström
"""),
note="""Hi team,

attached a Swedish customer mail that landed in the wedding support queue. I think she wants her account deleted. Over to you.

Oliver
Customer Support - Weddings
""")

add("mix-25", "Νίκος Αντωνίου <nikos.antoniou@mail.example>", "Ραντεβού",
"""Καλημέρα, είχα ραντεβού στην κλινική σας την Τρίτη στις 17:00 αλλά δεν έλαβα SMS υπενθύμισης. Ισχύει ακόμα το ραντεβού; Ευχαριστώ.
Νίκος Αντωνίου
""", R(["Unknown"], "nikos.antoniou@mail.example", "Νίκος", "Αντωνίου"))

add("mix-26", "Quinta do Lago Eventos <geral@quintadolagoeventos.example>", "Pagamento em atraso",
"""Bom dia,

somos fornecedores na vossa plataforma de casamentos. O pagamento do casamento de 17 de outubro ainda não nos foi transferido. Podem verificar? Referência da reserva: WP-88231.

Cumprimentos,
Rui Tavares
Quinta do Lago Eventos
""", R(["Unknown"], "geral@quintadolagoeventos.example", "Rui", "Tavares"))

add("mix-27", "Daniela Morales <dani.morales@mail.example>", "my info",
"""Hi, so mi mamá and I share the family plan y quiero saber what info you guys have about me, like everything, historial, payment, todo. Can you send it to me? Gracias!!

Daniela Morales
San Antonio, TX
""", R(["Access"], "dani.morales@mail.example", "Daniela", "Morales"))

add("mix-28", "Aino Virtanen <aino.virtanen@posti.example>", "Röntgenkuvien säilytys",
"""Hei,

kuinka kauan säilytätte potilastiedot ja röntgenkuvat hoidon päättymisen jälkeen? Entä luovutetaanko tietoja vakuutusyhtiöille? En pyydä poistamaan mitään, haluan vain tietää.

Ystävällisin terveisin
Aino Virtanen
""", R(["Information"], "aino.virtanen@posti.example", "Aino", "Virtanen"))

add("mix-29", "Piotr Nowak <piotr.nowak@mail.example>", "delete",
"""hello i want delete my acount and all data from wedding website, i dont use it, my wife also not. thank you
Piotr Nowak
""", R(["Erasure"], "piotr.nowak@mail.example", "Piotr", "Nowak"))

# ---------------------------------------------------------------- follow-ups
add("mix-30", "Carla Sousa <carla.sousa@correio.example>", "Re: [DSR-62015] Recebemos o seu pedido",
"""Bom dia, envio em anexo a cópia do cartão de cidadão, conforme pedido. Quando posso esperar resposta?

Carla Sousa

Em 10/11/2026, privacy@acme-corp.example escreveu:
> Recebemos o seu pedido (referência DSR-62015). Para confirmar a sua identidade...
""", FU("62015", "carla.sousa@correio.example", "Carla", "Sousa"))

add("mix-31", "Agnieszka Lewandowska <agnieszka.lewandowska@poczta.example>", "Odp: [DSR-61877] Potwierdzenie otrzymania",
"""Dzień dobry,
minął już ponad miesiąc, a nadal nie otrzymałam odpowiedzi na mój wniosek. Proszę o informację, na jakim jest etapie.
Agnieszka Lewandowska
""", FU("61877", "agnieszka.lewandowska@poczta.example", "Agnieszka", "Lewandowska"))

add("mix-32", "Erik Lindqvist <erik.lindqvist@post.example>", "Sv: Mina spellistor",
"""Hej igen,

glömde nämna att jag även har ett gammalt konto med adressen erik.l@gammalpost.example, ta gärna med spellistorna därifrån också.

/Erik
""", FU(ref("mix-04"), "erik.lindqvist@post.example", "Erik", "Lindqvist"), headers=irt("mix-04"))

add("mix-33", "Sarah Whitfield <sarah.whitfield@mail.example>", "Re: Datos / my patient file",
"""Sorry, one more thing: I also had a cleaning at the Estepona clinic in 2024, please include that too. Gracias!
Sarah
""", FU(ref("mix-09"), "sarah.whitfield@mail.example", "Sarah", "Whitfield"), headers=irt("mix-09"))

# ---------------------------------------------------------------- tasks
add("mix-34", "Lukas Hoffmann <lukas.hoffmann@acme-corp.example>", "AVV Cloud-Röntgenarchiv / DPA review",
"""Hi privacy team / Hallo zusammen,

we are moving the X-ray archive of all clinics to a new cloud PACS provider in Q1. Der Anbieter hat uns seinen Auftragsverarbeitungsvertrag geschickt, including sub-processors in the US. Could you review it and tell us what to negotiate? Deadline from procurement: 4 December.

Danke,
Lukas Hoffmann
IT Infrastructure
""", TASK("lukas.hoffmann@acme-corp.example", "Lukas", "Hoffmann"))

add("mix-35", "Inês Marques <ines.marques@acme-corp.example>", "Política de privacidade em português",
"""Olá equipa,

vamos abrir duas clínicas em Lisboa em fevereiro e precisamos da política de privacidade e do consentimento para SMS em português de Portugal. Podem tratar disso ou indicar-me um tradutor aprovado? Preciso de tudo até 15 de janeiro.

Inês Marques
Expansão Portugal
""", TASK("ines.marques@acme-corp.example", "Inês", "Marques"))

add("mix-36", "Michał Wójcik <michal.wojcik@acme-corp.example>", "Register of processing - Polish clinics",
"""Hi,

after the acquisition of the three clinics in Kraków and Wrocław we still haven't added their processing activities to the group register (patient files, SMS reminders, payment plans with a local bank). Can we set up a call to go through it? I can provide the Polish documentation, mam wszystko po polsku.

Michał Wójcik
Country Manager Poland
""", TASK("michal.wojcik@acme-corp.example", "Michał", "Wójcik"))

add("mix-37", "Sophie Laurent <sophie.laurent@acme-corp.example>", "DPIA voice search",
"""Hello,

the streaming team wants to launch voice search ("play something for a rainy evening") in the app, with audio processed by an external speech-to-text provider. Nous pensons qu'une AIPD est nécessaire. Could you start the DPIA with us? Kick-off proposal: Tuesday 10:00.

Sophie Laurent
Head of Product, Streaming
""", TASK("sophie.laurent@acme-corp.example", "Sophie", "Laurent"))

add("mix-38", "Johan Eriksson <johan.eriksson@acme-corp.example>", "Vendor questionnaire from Nordic partner",
"""Hi,

our Swedish telco partner (bundling the family plan with mobile subscriptions) sent their annual security & privacy questionnaire. Roughly 80 questions, half in Swedish. Could the privacy team fill in sections C and D? They need it by 27 November.

Johan Eriksson
Partnerships Nordics
""", TASK("johan.eriksson@acme-corp.example", "Johan", "Eriksson"))

# ---------------------------------------------------------------- incidents
add("mix-39", "Δήμητρα Κωνσταντίνου <dimitra.k@mail.example>", "Έλαβα τιμολόγιο άλλου πελάτη",
"""Καλησπέρα,

σήμερα έλαβα στο email μου τιμολόγιο και σχέδιο πληρωμής της κλινικής σας που αφορά άλλον ασθενή: ονοματεπώνυμο, διεύθυνση, ΑΦΜ και περιγραφή θεραπείας. Σας ενημερώνω για να το διορθώσετε. Να το διαγράψω;

Δήμητρα Κωνσταντίνου
""", INC("dimitra.k@mail.example", "Δήμητρα", "Κωνσταντίνου"))

add("mix-40", "Pedro Antunes <pedro.antunes@acme-corp.example>", "Stolen laptop in Lisbon / portátil roubado",
"""Hi all,

my laptop was stolen from a café in Lisbon this afternoon during the site visit for the new clinics. Tinha no ambiente de trabalho uma exportação com os dados dos primeiros 300 pacientes pré-inscritos (name, phone, NIF). Disk encryption should be on but I'm not 100% sure. Police report filed.

Pedro Antunes
Project Manager
""", INC("pedro.antunes@acme-corp.example", "Pedro", "Antunes"))

add("mix-41", "Jana Svobodová <jana.svobodova@posta.example>", "Vidím cizí svatební fotky",
"""Dobrý den,

když se přihlásím do svého účtu na vaší svatební platformě, v galerii vidím fotky z úplně cizí svatby, včetně jmen hostů a dětí. Naše fotky tam nejsou. Asi je to chyba u vás, ale je to dost vážné.

Jana Svobodová
""", INC("jana.svobodova@posta.example", "Jana", "Svobodová"))

add("mix-42", "Marta Kamińska <marta.kaminska@acme-corp.example>", "Wrong recipient - patient list / zły adresat",
"""Hi,

przepraszam, I made a mistake: this morning I sent the Excel with the list of patients on payment plans (Wrocław clinic, about 120 people, with PESEL numbers and amounts) to an external address instead of our accountant. The address was similar. I asked the recipient to delete it but no reply yet.

Marta Kamińska
Administracja, Wrocław
""", INC("marta.kaminska@acme-corp.example", "Marta", "Kamińska"))

add("mix-43", "Niels de Boer <niels@securityresearch.example>", "Responsible disclosure: exposed playlist API",
"""Hello,

I am an independent security researcher. While testing your streaming web player I found that the endpoint /api/v2/users/{id}/profile returns the full e-mail address, date of birth and private playlists of any user when the id is incremented, without authentication. I have only verified it with three accounts and deleted the data. Happy to share details; I will wait 90 days before publishing.

Regards,
Niels de Boer
""", INC("niels@securityresearch.example", "Niels", "de Boer"))

# ---------------------------------------------------------------- ignored
add("mix-44", "GDPR Compliance Office <certification@gdpr-register-eu.example>", "FINAL NOTICE: GDPR registration required / Registo RGPD obrigatório",
"""Dear Data Controller,

Your company is not registered in the European GDPR Data Protection Register. Failure to register within 7 days may result in fines of up to 20,000,000 EUR and the deletion of your company data from EU registries.

Register now for only 499 EUR: http://gdpr-register-eu.example/pay

Caro responsável pelo tratamento, regularize já a sua situação.
""", IGN("spam", "certification@gdpr-register-eu.example"), headers=SPAM_HDR)

add("mix-45", "Suporte Conta <suporte@conta-verificacao.example>", "A sua conta será encerrada",
"""Caro cliente,

Detetámos atividade suspeita. Para proteger os seus dados pessoais, confirme a sua identidade nas próximas 12 horas ou a sua conta e os seus dados serão eliminados:

http://conta-verificacao.example/confirmar

Equipa de Segurança
""", IGN("spam", "suporte@conta-verificacao.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="conta-verificacao.example")])

add("mix-46", "Karin Ström <karin.strom@post.example>", "Frånvaromeddelande / Out of office",
"""Tack för ditt mejl. Jag är föräldraledig till och med 31 januari och läser inte min e-post.
Thank you for your e-mail. I am on parental leave until 31 January and will not read my e-mail.

Karin Ström
""", IGN("auto_reply", "karin.strom@post.example"), headers=["Auto-Submitted: auto-replied"])

add("mix-47", "EuroMusic Industry Digest <digest@euromusic-news.example>", "Weekly digest: streaming, privacy & royalties",
"""EUROMUSIC INDUSTRY DIGEST - Week 46

* Streaming services and the new EU data rules
* Nowe przepisy o prawach autorskich w Polsce
* Conferência de música digital em Lisboa

You receive this digest because you subscribed. Unsubscribe: https://euromusic-news.example/u
""", IGN("bulk", "digest@euromusic-news.example"),
    headers=["List-Id: EuroMusic Digest <digest.euromusic-news.example>",
             "List-Unsubscribe: <https://euromusic-news.example/u>", "Precedence: bulk"])

add("mix-48", "Mail Delivery System <MAILER-DAEMON@mx.post.example>", "Undelivered Mail Returned to Sender", "",
IGN("bounce", "MAILER-DAEMON@mx.post.example"), dsn=True)

add("mix-49", "Crypto Invest Romania <profit@crypto-investitii.example>", "Câștigați 5000 EUR pe săptămână / Earn 5000 EUR weekly",
"""Bună ziua! Hello!

Platforma noastră de tranzacționare automată vă aduce profit garantat. Our AI trading bot earns 5000 EUR per week for you.

Datele dumneavoastră personale sunt protejate și șterse după 30 de zile conform GDPR.

Înregistrați-vă acum / Register now: http://crypto-investitii.example
""", IGN("spam", "profit@crypto-investitii.example"))
