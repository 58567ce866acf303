from common import *

# ---------------------------------------------------------------- requests
add("en-01-delete-bookshop-account", "Liam Gallagher <liam.gallagher@postbox.example>",
    "delete my account",
    "Please delete my bookshop account and everything attached to it. Thanks, Liam\n",
    R(["Erasure"], "liam.gallagher@postbox.example", "Liam", "Gallagher"))

add("en-02-cctv-footage-typos", "Priya Raghunathan <priya.r@inbox.example>",
    "cctv foootage from bus 42",
    "hi there\n\ni was on the number 42 bus on tuesday 10th nov around 5.15pm from Kingsway to the hospital "
    "and there was an incident with another passanger who shouted at me. i beleive there are cameras on the bus "
    "and i would like a copy of the footage that shows me, im told i have a right to this under data protecion law.\n"
    "i was wearing a red coat and had a pushchair.\n\ncheers\nPriya\n",
    R(["Access"], "priya.r@inbox.example", "Priya", "Raghunathan"))

add("en-03-caps-stop-emails", "GORDON MCALLISTER <g.mcallister@fastmail.example>",
    "STOP EMAILING ME",
    "I HAVE TOLD YOUR CLUB THREE TIMES NOW. I DO NOT WANT ANY MORE EMAILS ABOUT SEASON TICKET RENEWALS, "
    "MEMBERSHIP OFFERS, THE CLUB SHOP OR ANYTHING ELSE. TAKE ME OFF ALL YOUR LISTS. NOW.\n\nG MCALLISTER\n",
    R(["Opposition"], "g.mcallister@fastmail.example", "Gordon", "McAllister"))

add("en-04-html-order-history", "Chloé Fontaine-Brooks <chloe.fb@webmail.example>",
    "My order history",
    html("Hello,",
         "I have been buying books from your online shop since 2015 and I am closing my account soon. "
         "Before I do, could you send me a copy of all the personal data you hold about me, including my full "
         "order history and my wishlists?",
         "Ideally I would like the order history as a CSV or JSON file so I can import it into my reading tracker app.",
         "Many thanks,<br>Chloé Fontaine-Brooks"),
    R(["Access", "Portability"], "chloe.fb@webmail.example", "Chloé", "Fontaine-Brooks"), ct=HTML)

add("en-05-angry-fine-letter", "Desmond Okafor <desmond.okafor@mailhub.example>",
    "Penalty fare notice PF-2026-118834 - absolutely disgraceful",
    "To whom it may concern,\n\n"
    "I am writing to complain in the strongest possible terms about the way I was treated by two of your "
    "revenue inspectors on the 7.42 tram from Riverside on 3 November. I had a valid travel card, which I had "
    "topped up the night before online, but the reader on the tram was broken and your inspectors refused to "
    "believe me. They took my details in front of a full carriage as if I were a criminal. One of them even "
    "photographed my card and my face with a phone, which I never agreed to.\n\n"
    "I have now received a penalty fare notice by post, and to add insult to injury it is addressed to "
    "\"Desmon Okafer\" at my old flat on Mill Lane, which I left two years ago. How did you even get that address? "
    "I would like you to tell me exactly what personal data you have recorded about me over this, including "
    "the photo your inspector took and whatever notes they wrote, and I want my address corrected to "
    "14 Harcourt Road, Flat 3, before anything else is sent to the wrong place.\n\n"
    "I have been a loyal customer for eleven years. I pay over a hundred pounds a month for my travel card. "
    "I will be taking this up with my councillor and with the press if the fine is not cancelled.\n\n"
    "Desmond Okafor\n",
    R(["Access", "Rectification"], "desmond.okafor@mailhub.example", "Desmond", "Okafor"))

add("en-06-formal-sar-travelcard", "Dr Margaret Ellison <m.ellison@univmail.example>",
    "Subject Access Request under Article 15 UK GDPR",
    "Dear Data Protection Officer,\n\n"
    "Subject Access Request - Article 15 of the UK General Data Protection Regulation\n\n"
    "I hereby request a copy of all personal data which Acme Group processes about me in connection with "
    "my travel card (card number ending 7731), including journey and tap-in history for the last 24 months, "
    "payment records, any customer service notes and any CCTV stills linked to my account.\n\n"
    "I also request the supplementary information referred to in Article 15(1)(a) to (h), namely the purposes "
    "of processing, the recipients, the retention period and the source of the data.\n\n"
    "I look forward to your response within one month as required by Article 12(3).\n\n"
    "Yours faithfully,\n\nDr Margaret Ellison\n27 Larkspur Close\nBramford\n",
    R(["Access"], "m.ellison@univmail.example", "Margaret", "Ellison"))

add("en-07-vet-wrong-name", "Sunita Kaur-Bains <sunita.kb@homemail.example>",
    "Wrong name on Biscuit's records",
    "Hello,\n\nOur dog Biscuit is registered at your Northgate clinic. The owner on the file and on all the "
    "reminder letters is \"Sunita Bains\" but my surname has been Kaur-Bains since I got married, and the phone "
    "number on file is also an old one. Could you please update it to 07700 900412?\n\nThank you\nSunita\n",
    R(["Rectification"], "sunita.kb@homemail.example", "Sunita", "Kaur-Bains"))

add("en-08-parent-language-school", "Karen Whitfield <karen.whitfield@family.example>",
    "Please remove my son's details",
    "Hi,\n\nMy son Oscar Whitfield (14) did the summer English & drama course at your language school in July. "
    "I'm his mum. We will not be coming back and I would like all of his data deleted, including the photos "
    "and videos from the end-of-course show that were on the parents' portal.\n\n"
    "Kind regards,\nKaren Whitfield\n",
    R(["Erasure"], "karen.whitfield@family.example", "Oscar", "Whitfield", representative="Karen Whitfield"))

add("en-09-heir-club-member", "Ruth Abernethy <ruth.abernethy@postbox.example>",
    "My late father's membership",
    "Dear Sir or Madam,\n\nMy father, Thomas Abernethy, passed away in September. He had been a season ticket "
    "holder and club member for over forty years (member no. 004417). As executor of his estate I would ask you "
    "to close his membership and delete his personal details, as the renewal letters addressed to him are "
    "very upsetting for my mother. I can provide a copy of the death certificate if you need it.\n\n"
    "Yours sincerely,\nRuth Abernethy\n",
    R(["Erasure"], "ruth.abernethy@postbox.example", "Thomas", "Abernethy", representative="Ruth Abernethy"))

add("en-10-lawyer-fine-cctv", "Jonathan Pryce-Whitaker <jpw@pryce-law.example>",
    "Our client: Mr Adebayo Salami - request for data and restriction",
    "Dear Sirs,\n\nWe act for Mr Adebayo Salami in connection with an incident on one of your buses on "
    "29 October 2026 (route 17) and the penalty notice subsequently issued to him.\n\n"
    "On behalf of our client, and with his signed authority enclosed, we request:\n"
    "1. a copy of all personal data you hold about him, including all CCTV footage from the vehicle and the "
    "notes of the driver and the inspector, pursuant to Article 15 GDPR;\n"
    "2. that you restrict the processing of that data, and in particular do not delete the CCTV footage "
    "under your normal retention schedule, pursuant to Article 18(1)(c), as our client requires it for the "
    "establishment and defence of legal claims.\n\n"
    "Please direct all correspondence to the undersigned.\n\n"
    "Jonathan Pryce-Whitaker\nSolicitor\nPryce Whitaker LLP\nT: 020 7946 0581\n\n"
    "This email is confidential and may be legally privileged. If you are not the intended recipient please "
    "notify the sender and delete it.\n",
    R(["Access", "Restriction"], "jpw@pryce-law.example", "Adebayo", "Salami",
      representative="Jonathan Pryce-Whitaker"))

add("en-11-guardian-access", "Fiona Lindqvist <fiona.lindqvist@carers.example>",
    "Request on behalf of my brother (deputyship)",
    "Hello,\n\nI am the court-appointed deputy for my brother, Erik Lindqvist, who has a learning disability. "
    "He has a concessionary travel pass with you. He says he has been getting letters from you about "
    "\"unusual journeys\" and is very anxious. Could you please send me a copy of the information you hold "
    "about him and his pass so I can understand what is going on? I attach the deputyship order.\n\n"
    "Fiona Lindqvist\n07700 900187\n",
    R(["Access"], "fiona.lindqvist@carers.example", "Erik", "Lindqvist", representative="Fiona Lindqvist"))

add("en-12-retention-journeys", "Tomasz Wiśniewski <tomasz.w@inbox.example>",
    "How long do you keep my journeys?",
    "Hi, quick question. When I tap my contactless card on your buses, how long do you keep the record of where "
    "and when I travelled, and who else gets to see it (police? the council?). Just curious, I don't need "
    "a copy.\n\nTomasz\n",
    R(["Information"], "tomasz.w@inbox.example", "Tomasz", "Wiśniewski"))

add("en-13-coworking-auto-reject", "Amara Nwosu <amara@nwosu-design.example>",
    "Membership application rejected automatically?",
    "Hello,\n\nI applied online for a dedicated desk at your Canal Street coworking space last week. Within "
    "about thirty seconds I got an email saying my application \"did not meet our criteria\". Nobody has looked "
    "at it, clearly. I suspect it was the automated credit check. I would like a person to review the decision "
    "and to explain to me how it was made and what it was based on.\n\n"
    "Amara Nwosu\nNwosu Design\n",
    R(["AutomatedDecision"], "amara@nwosu-design.example", "Amara", "Nwosu"))

add("en-14-vet-records-transfer", "Ben Hartley <ben.hartley@mailhub.example>",
    "Transfer of records to new vet",
    "Hi,\n\nWe have moved house and registered our cats Pickle and Mango with a new practice. Could you send "
    "their full records and my owner details to the new practice at reception@greenvale-vets.example? "
    "They said an electronic export is fine.\n\nThanks,\nBen Hartley\n\nSent from my iPhone\n",
    R(["Portability"], "ben.hartley@mailhub.example", "Ben", "Hartley"))

add("en-15-restrict-disputed-fine", "Helena Marsh <helena.marsh@webmail.example>",
    "Disputed fine - please do not pass my details on",
    "Dear privacy team,\n\nI have received a fine for travelling without a ticket on 2 November. This is wrong: "
    "on that date I was abroad, and I can prove it. Someone must have given my name. Until this is sorted out "
    "I ask you to stop using my details, and especially not to pass them to a debt collection agency. "
    "Please also correct your records so that this journey is no longer attributed to me.\n\n"
    "Regards,\nHelena Marsh\n",
    R(["Restriction", "Rectification"], "helena.marsh@webmail.example", "Helena", "Marsh"))

add("en-16-after-my-death", "Patrick O'Sullivan <pat.osullivan@oldmail.example>",
    "Lifetime membership - what happens when I'm gone",
    "Dear club,\n\nI am 81 and have held a lifetime membership since 1971. I am putting my affairs in order. "
    "When I die I would like my membership records, photographs and the letters I have sent to the club over "
    "the years to be handed to my grandson Ciarán, and everything else deleted. Can you record this wish and "
    "tell me how I make it official?\n\nWith best wishes,\nPat O'Sullivan\n",
    R(["AdvanceDirectives"], "pat.osullivan@oldmail.example", "Patrick", "O'Sullivan"))

add("en-17-colleague-forward-inline", "Gemma Doyle <gemma.doyle@acme-corp.example>",
    "Fwd: please delete everything",
    "Hi privacy team, this came into the bookshop customer service inbox, over to you I think.\n"
    "Gemma\n\n---------- Forwarded message ---------\n"
    "From: Rashid Haddad <rashid.haddad@quickmail.example>\n"
    "Date: Sun, 15 Nov 2026 at 21:14\nSubject: please delete everything\n"
    "To: <help@acme-corp.example>\n\n"
    "I don't use your bookshop any more. Please delete my account, my addresses and my saved card. "
    "Rashid Haddad\n\n"
    "--\nGemma Doyle | Customer Service Team Lead | Acme Group\n",
    R(["Erasure"], "rashid.haddad@quickmail.example", "Rashid", "Haddad"))

add("en-18-forward-attached", "Owen Parry <owen.parry@acme-corp.example>",
    "FW: Request for my data",
    "",
    R(["Access"], "lucia.moreno@correo.example", "Lucía", "Moreno Castillo"),
    attached=("Lucía Moreno Castillo <lucia.moreno@correo.example>", "Request for my data",
              "Hello,\n\nI was a student at your language school in Manchester in 2024 (B2 intensive). "
              "I would like to receive a copy of all the personal data you have about me: my enrolment file, "
              "test results, attendance and the copy of my passport you took.\n\nThank you\nLucía Moreno Castillo\n"),
    note="Hi both - received at the Manchester school reception. Forwarding as attachment. Owen\n")

add("en-19-staff-own-data", "Natasha Ivanova <natasha.ivanova@acme-corp.example>",
    "My own personal data (employee)",
    "Hi,\n\nThis is a bit awkward as I work here (ticket office, stadium). I would like to make a subject access "
    "request for my own data as an employee: my HR file, any disciplinary notes and the CCTV and access-badge "
    "logs for me from the last 6 months. Please send it to this address.\n\nThanks,\nNatasha Ivanova\n"
    "Ticket Office Supervisor\n",
    R(["Access"], "natasha.ivanova@acme-corp.example", "Natasha", "Ivanova"))

add("en-20-family-reply-to", "The Hendersons <hendersons@family.example>",
    "Phone calls",
    "Hello,\n\nCould you please stop calling our home number about language courses? I did one course two years "
    "ago and I do not want sales calls. Please reply to my own address.\n\nThanks\nTom Henderson\n",
    R(["Opposition"], "tom.henderson@personal.example", "Tom", "Henderson"),
    headers=["Reply-To: Tom Henderson <tom.henderson@personal.example>"])

add("en-21-latin1-name-fix", "Zoë Müller <zoe.muller@mailhub.example>",
    "My name is spelled wrong",
    "Hi,\n\nOn my coworking membership card and on all invoices my name is written \"Zoe Muller\". "
    "It should be Zoë Müller, with the diaeresis and umlaut. Please correct it in your system.\n\n"
    "Best,\nZoë\n",
    R(["Rectification"], "zoe.muller@mailhub.example", "Zoë", "Müller"), ct=LATIN1, encode="latin-1")

add("en-22-cp1252-erase", "Declan Byrne <declan.byrne@quickmail.example>",
    "Close my account",
    "Hi,\n\nI’ve had enough of the bookshop’s “personalised” emails. Please close my account and erase my "
    "data – I don’t want to be on your system at all. I still have a €15 voucher, you can keep it.\n\nDeclan\n",
    R(["Erasure"], "declan.byrne@quickmail.example", "Declan", "Byrne"), ct=CP1252, encode="cp1252")

add("en-23-where-did-you-get-my-address", "k.mbeki77@webmail.example",
    "where did you get my address",
    "i got a leaflet addressed to me by name from your vet clinics offering 20% off a first consultation. "
    "i have never been a customer and dont have a pet. where did you get my name and address from?\n",
    R(["Information"], "k.mbeki77@webmail.example"))

add("en-24-sign-our-dpa", "Rebecca Stanton <r.stanton@brightlabs.example>",
    "Data Processing Agreement for signature",
    "Dear Acme privacy team,\n\nBrightlabs Ltd has 12 hot desks at your Canal Street coworking space. Our "
    "compliance team requires a signed data processing agreement with all suppliers who may process our data "
    "(visitor logs, wifi). Please find our standard DPA attached; could you return it signed by the end of "
    "the month?\n\nKind regards,\nRebecca Stanton\nOperations Manager, Brightlabs Ltd\n+44 161 496 0723\n",
    R(["Unknown"], "r.stanton@brightlabs.example", "Rebecca", "Stanton"))

add("en-25-parcel-not-arrived", "Gary Nolan <gary.nolan@inbox.example>",
    "order 55120887 not arrived",
    "Hi my order of 3 books, order number 55120887, still hasn't arrived after 2 weeks. Tracking says delivered "
    "but nothing here. Can someone look into it please\n\nGary\n",
    R(["Unknown"], "gary.nolan@inbox.example", "Gary", "Nolan"))

add("en-26-iphone-delete-unsubscribe", "Aisha Rahman <aisha.rahman@mailhub.example>",
    "Unsubscribe and delete",
    "Please take me off your newsletter and delete my details from the ticketing system. I only bought one "
    "match ticket for a friend\n\nAisha\n\nSent from my iPhone\n",
    R(["Opposition", "Erasure"], "aisha.rahman@mailhub.example", "Aisha", "Rahman"))

add("en-27-signature-disclaimer", "Marcus Chen-Williams <marcus.chenwilliams@consult.example>",
    "Copy of my membership data",
    "Hello,\n\nPlease could you send me a copy of the personal data held about me by the club's membership "
    "and ticketing departments, including any notes about my stadium ban appeal from 2025.\n\n"
    "Best regards,\n\nMarcus Chen-Williams\nSenior Consultant | Hartwell Advisory\nM: +44 7700 900355\n\n"
    "The information in this email is confidential and intended solely for the addressee. Access to this "
    "email by anyone else is unauthorised. Hartwell Advisory accepts no liability for any loss arising from "
    "viruses.\nPlease consider the environment before printing this email.\n",
    R(["Access"], "marcus.chenwilliams@consult.example", "Marcus", "Chen-Williams"))

add("en-28-mixed-language", "Giulia Bianchi <giulia.bianchi@posta.example>",
    "Request of my datas / richiesta dati",
    "Good morning,\n\nI am Italian student, I did the course at your school in Brighton last year. I want to "
    "know which datas you have of me and receive a copy please. Scusate per il mio inglese.\n\n"
    "Grazie mille\nGiulia Bianchi\n",
    R(["Access"], "giulia.bianchi@posta.example", "Giulia", "Bianchi"))

add("en-29-no-punctuation-photos", "Sam Okoro <sam.okoro@quickmail.example>",
    "photos",
    "hi i said yes to photos when i signed up at the coworking but i dont want my face on your instagram "
    "and website anymore i withdraw my consent please take them down thanks sam\n",
    R(["Opposition"], "sam.okoro@quickmail.example", "Sam", "Okoro"))

add("en-30-transfers-us", "Ingrid van der Berg <ingrid.vdberg@mailhub.example>",
    "Is my data sent to the US?",
    "Dear DPO,\n\nI am a member of your coworking space. I noticed your booking app is hosted by an American "
    "company. Could you tell me whether my personal data is transferred outside the EEA/UK, to which "
    "countries, and what safeguards (SCCs?) you rely on? I am not asking for a copy, just the information.\n\n"
    "Kind regards,\nIngrid van der Berg\n",
    R(["Information"], "ingrid.vdberg@mailhub.example", "Ingrid", "van der Berg"))

add("en-31-export-then-delete", "Kwame Asante <kwame.asante@inbox.example>",
    "Leaving the club - export my data then delete",
    "Hi,\n\nI'm moving to Canada and won't renew my membership. Could you send me my membership and ticket "
    "purchase history in a machine-readable format (CSV is fine), and then delete my account?\n\nCheers,\n"
    "Kwame Asante\n",
    R(["Portability", "Erasure"], "kwame.asante@inbox.example", "Kwame", "Asante"))

# ---------------------------------------------------------------- tasks
add("en-32-task-ticketing-contract", "Laura Jennings <laura.jennings@acme-corp.example>",
    "Contract review - new ticketing platform",
    "Hi privacy team,\n\nWe are about to sign with TixFlow as our new ticketing and membership platform for the "
    "club. Procurement need your sign-off on their data processing agreement and the list of sub-processors "
    "before Friday. Documents are in the shared drive under Procurement/TixFlow.\n\nThanks,\nLaura\n"
    "Laura Jennings | Head of Ticketing\n",
    TASK("laura.jennings@acme-corp.example", "Laura", "Jennings"))

add("en-33-task-register-cctv", "Mohammed Al-Farsi <mohammed.alfarsi@acme-corp.example>",
    "New CCTV on route 9 buses - register update",
    "Hello,\n\nFrom January we are fitting forward-facing and interior cameras with audio on the 24 buses on "
    "route 9. I was told this needs to go into the record of processing activities and maybe needs a DPIA "
    "because of the audio. Could you tell me what you need from me?\n\nMohammed Al-Farsi\nFleet Engineering\n",
    TASK("mohammed.alfarsi@acme-corp.example", "Mohammed", "Al-Farsi"))

add("en-34-task-dpia-facial", "Siobhán Kelleher <siobhan.kelleher@acme-corp.example>",
    "DPIA for facial recognition turnstiles",
    "Hi,\n\nThe stadium operations team wants to pilot facial recognition at the turnstiles for season ticket "
    "holders next season. I know this is biometric data. Can we set up a DPIA workshop in the next two weeks? "
    "I can bring the vendor.\n\nSiobhán\nStadium Operations Manager\n",
    TASK("siobhan.kelleher@acme-corp.example", "Siobhán", "Kelleher"))

add("en-35-task-vendor-questionnaire", "Adam Novak <adam.novak@acme-corp.example>",
    "Security & privacy questionnaire from publisher",
    "Hi,\n\nOne of our biggest publishers has sent a 90-question privacy and security questionnaire that we have "
    "to return before they renew the bookshop's distribution deal. About half the questions are GDPR ones "
    "(retention, DSR handling, DPO details). Could someone fill in that part? Spreadsheet attached.\n\n"
    "Adam\n",
    TASK("adam.novak@acme-corp.example", "Adam", "Novak"))

add("en-36-task-vet-training", "Eleanor Price <eleanor.price@acme-corp.example>",
    "GDPR training for new clinic staff",
    "Dear privacy team,\n\nWe have 15 new receptionists and nurses starting across the vet clinics in December. "
    "Could you run a short data protection training session for them (in person or Teams), especially about "
    "what they can say to people on the phone?\n\nMany thanks\nEleanor Price\nClinical Operations\n",
    TASK("eleanor.price@acme-corp.example", "Eleanor", "Price"))

# ---------------------------------------------------------------- incidents
add("en-37-lost-laptop", "Daniel Fraser <daniel.fraser@acme-corp.example>",
    "Lost laptop on the train",
    "Hi,\n\nI left my work laptop on the 18.05 train to Leeds yesterday evening. It has the enrolment "
    "spreadsheets for the autumn language courses on it (names, passport numbers, some medical info for the "
    "junior summer camp). I think it is encrypted but I'm not sure. I've reported it to the rail company lost "
    "property. What should I do?\n\nDaniel Fraser\nCourse Coordinator\n",
    INC("daniel.fraser@acme-corp.example", "Daniel", "Fraser"))

add("en-38-invoice-wrong-client", "Yasmin Clarke <yasmin.clarke@acme-corp.example>",
    "Sent invoice to the wrong client",
    "Hello,\n\nThis morning I emailed an invoice for a dog's surgery, with the owner's name, address and the "
    "diagnosis, to the wrong client (similar surname). The recipient has replied to tell us. I have asked her to "
    "delete it. Reporting it here as I was told to.\n\nYasmin\nReception, Westbrook Vet Clinic\n",
    INC("yasmin.clarke@acme-corp.example", "Yasmin", "Clarke"))

add("en-39-clicked-phishing", "Ravi Patel <ravi.patel@acme-corp.example>",
    "I think I clicked a bad link",
    "hi, I got an email that looked like it was from Microsoft saying my password was expiring, I clicked and "
    "typed my password before I realised. I have access to the coworking members CRM. I changed my password "
    "now. sorry!! Ravi\n",
    INC("ravi.patel@acme-corp.example", "Ravi", "Patel"))

add("en-40-other-customer-order", "Olivia Hughes <olivia.hughes@webmail.example>",
    "I can see someone else's orders",
    "Hi,\n\nWhen I logged into my bookshop account this evening, the order history shows orders that are not "
    "mine, with another woman's name, her delivery address in Bristol and the last 4 digits of her card. I "
    "haven't touched anything. I thought you should know straight away, this seems serious.\n\nOlivia Hughes\n",
    INC("olivia.hughes@webmail.example", "Olivia", "Hughes"))

add("en-41-stolen-inspector-device", "Craig Munro <craig.munro@acme-corp.example>",
    "Stolen ticket inspection device",
    "Team,\n\nOne of our revenue inspectors had his handheld ticket inspection device stolen from his bag at "
    "the depot canteen this afternoon. It holds the penalty fare records for the last two weeks (names, "
    "addresses, photos of ID). It has a PIN. Police have been informed, crime ref 14/88213/26.\n\n"
    "Craig Munro\nRevenue Protection Manager\n",
    INC("craig.munro@acme-corp.example", "Craig", "Munro"))

# ---------------------------------------------------------------- follow-ups
add("en-42-dsr-status", "Hannah Goldberg <hannah.goldberg@inbox.example>",
    "Re: [DSR-48213] We have received your request",
    "Hi,\n\nIt has now been five weeks since you acknowledged my request. Where is my data? Please reply.\n\n"
    "Hannah Goldberg\n\n"
    "> Dear Hannah Goldberg,\n> We have received your request and registered it under reference DSR-48213.\n"
    "> We will reply within one month.\n> Acme Group Privacy Team\n",
    FU("48213", "hannah.goldberg@inbox.example", "Hannah", "Goldberg"))

add("en-43-reply-to-sar", "Dr Margaret Ellison <m.ellison@univmail.example>",
    "Re: Subject Access Request under Article 15 UK GDPR",
    "Dear Data Protection Officer,\n\nFurther to my request below, I have had no acknowledgement. Please confirm "
    "that it has been received and is being dealt with.\n\nYours faithfully,\nDr Margaret Ellison\n\n"
    "> I hereby request a copy of all personal data which Acme Group processes about me in connection with\n"
    "> my travel card (card number ending 7731)...\n",
    FU(ref("en-06-formal-sar-travelcard"), "m.ellison@univmail.example", "Margaret", "Ellison"),
    headers=irt("en-06-formal-sar-travelcard"))

add("en-44-dsr-add-wish", "Kenji Watanabe <kenji.watanabe@mailhub.example>",
    "RE: [DSR-51907] Your access request",
    "Hello, thanks for the acknowledgement. While you are at it, please also stop sending me the bookshop's "
    "weekly recommendations emails.\n\nKenji\n\n-----Original Message-----\nFrom: Acme Group Privacy\n"
    "Subject: [DSR-51907] Your access request\n\nWe confirm receipt of your access request.\n",
    FU("51907", "kenji.watanabe@mailhub.example", "Kenji", "Watanabe"))

add("en-45-lawyer-chases", "Jonathan Pryce-Whitaker <jpw@pryce-law.example>",
    "RE: Our client: Mr Adebayo Salami - request for data and restriction",
    "Dear Sirs,\n\nWe refer to our letter below, to which we have had no reply. We remind you that the CCTV "
    "footage must be preserved. Please confirm by return.\n\nJonathan Pryce-Whitaker\nPryce Whitaker LLP\n",
    FU(ref("en-10-lawyer-fine-cctv"), "jpw@pryce-law.example", "Jonathan", "Pryce-Whitaker"),
    headers=irt("en-10-lawyer-fine-cctv"))

# ---------------------------------------------------------------- ignored
add("en-46-spam-seo", "Rank Booster <sales@rankbooster-seo.example>",
    "Get acme-corp.example to #1 on Google",
    "Hello Website Owner,\n\nI was checking your website and noticed it is not ranking for important keywords. "
    "We are a team of 50+ SEO experts and can put you on page 1 within 30 days. Reply YES for a free audit.\n\n"
    "To remove your data from our list reply DELETE.\n",
    IGN("spam", "sales@rankbooster-seo.example"), headers=SPAM_HDR)

add("en-47-phishing-mailbox", "Mail Administrator <admin@acme-corp-mailsupport.example>",
    "Your mailbox privacy@acme-corp.example is almost full",
    "Dear user,\n\nYour mailbox has exceeded 98% of its quota. To avoid losing incoming messages, verify your "
    "account within 24 hours: http://acme-corp-mailsupport.example/verify\n\nIT Helpdesk\n",
    IGN("spam", "admin@acme-corp-mailsupport.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="acme-corp-mailsupport.example")])

add("en-48-advance-fee", "Barrister James Okon <jamesokon.chambers@freemail.example>",
    "URGENT CONFIDENTIAL PROPOSAL",
    "Dear Friend,\n\nI am Barrister James Okon, personal attorney to the late Engr. Robert, who died with his "
    "family leaving the sum of $8.5M USD in a bank here. I need your consent to present you as next of kin. "
    "All your personal data will be erased after the transfer for your safety. Reply with your full name, "
    "phone and address.\n\nBarrister James Okon\n",
    IGN("spam", "jamesokon.chambers@freemail.example"))

add("en-49-out-of-office", "Philippa Grant <philippa.grant@lawfirm.example>",
    "Automatic reply: Information about your membership",
    "Thank you for your email. I am out of the office until 23 November with no access to email. For urgent "
    "matters please contact reception on 0113 496 0000.\n\nPhilippa Grant\n",
    IGN("auto_reply", "philippa.grant@lawfirm.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-50-auto-reply-dsr", "Helpdesk <noreply@support.brightlabs.example>",
    "[Ticket #88210] Re: [DSR-50334] Your request",
    "This is an automated response. Your message has been received by the Brightlabs helpdesk and a ticket "
    "(#88210) has been created. A member of our team will respond within 2 business days. Please do not "
    "reply to this email.\n",
    IGN("auto_reply", "noreply@support.brightlabs.example"),
    headers=["Auto-Submitted: auto-replied"])

add("en-51-newsletter", "Privacy Weekly <newsletter@privacyweekly.example>",
    "Privacy Weekly #212: fines, cookies and the new adequacy decisions",
    "This week in data protection:\n- Regulator fines transport operator over CCTV retention\n"
    "- Cookie banners: what the new guidance says\n- Adequacy decisions: what changes for transfers\n\n"
    "You are receiving this because you subscribed. Unsubscribe: https://privacyweekly.example/u/8812\n",
    IGN("bulk", "newsletter@privacyweekly.example"),
    headers=["List-Id: Privacy Weekly <weekly.privacyweekly.example>",
             "List-Unsubscribe: <https://privacyweekly.example/u/8812>", "Precedence: bulk"])

add("en-52-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
