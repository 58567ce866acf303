# Frozen evaluation set, English. Written blind; never tune on it.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("en-01-oneliner-remove", "Kevin Brooks <kevin.brooks@gmail.example>", "remove me",
    "pls remove all my info from ur system thx\n",
    R(["Erasure"], "kevin.brooks@gmail.example", "Kevin", "Brooks"))
add("en-02-caps", "DEBORAH KING <deb.king@aol.example>", "STOP CONTACTING ME",
    "I HAVE ASKED THREE TIMES. STOP EMAILING AND CALLING ME. I DO NOT WANT YOUR MARKETING.\n",
    R(["Opposition"], "deb.king@aol.example", "Deborah", "KING"))
add("en-03-sar-formal", "Harriet Collins <h.collins@btinternet.example>", "Subject Access Request",
    "Dear Sir or Madam,\n\nUnder Article 15 of the UK GDPR I am making a subject access request. Please send me a copy of all personal data you process about me, the purposes, the recipients and how long you keep it.\n\nMy customer number is 00418832.\n\nYours faithfully,\nHarriet Collins\n",
    R(["Access"], "h.collins@btinternet.example", "Harriet", "Collins"))
add("en-04-typos-delete", "Jordan Lee <jordan.lee@hotmail.example>", "acount deletion",
    "hi can u delet my acount and all the informations u have on me. i dont use it anymore\n",
    R(["Erasure"], "jordan.lee@hotmail.example", "Jordan", "Lee"))
add("en-05-what-data", "Megan Price <megan.price@outlook.example>", "What do you have on me?",
    "Hello,\n\nCould you tell me what personal information your company has stored about me and where you got it from?\n\nThanks,\nMegan\n",
    R(["Access"], "megan.price@outlook.example", "Megan", "Price"))
add("en-06-wrong-phone", "Arjun Patel <arjun.patel@yahoo.example>", "Wrong phone number on my account",
    "Hi, the phone number on my profile is an old one, the right one is 07700 900123. Can you update it please? Arjun\n",
    R(["Rectification"], "arjun.patel@yahoo.example", "Arjun", "Patel"))
add("en-07-port-to-competitor", "Grace Hill <grace.hill@icloud.example>", "Data export",
    "Hello, I'm moving to another provider. Please send me my data in a machine-readable format (CSV or JSON) so I can import it there.\n",
    R(["Portability"], "grace.hill@icloud.example", "Grace", "Hill"))
add("en-08-restrict", "Oliver Grant <oliver.grant@proton.example>", "Please stop using my data while you check",
    "Dear privacy team,\n\nI believe the credit score you hold about me is wrong. Until this is resolved please restrict the processing of my data and do not share it.\n\nOliver Grant\n",
    R(["Restriction"], "oliver.grant@proton.example", "Oliver", "Grant"))
add("en-09-automated-decision", "Leah Ward <leah.ward@gmail.example>", "Loan refused by computer",
    "My loan application was refused within seconds, so I assume no human looked at it. I want a person to review the decision and an explanation of the logic involved, as is my right under Article 22.\n",
    R(["AutomatedDecision"], "leah.ward@gmail.example", "Leah", "Ward"))
add("en-10-withdraw-consent-marketing", "Ben Foster <ben.foster@virgin.example>", "Consent",
    "I withdraw my consent for marketing. Don't send me any more offers by text or email.\n",
    R(["Opposition"], "ben.foster@virgin.example", "Ben", "Foster"))
add("en-11-access-then-delete", "Zara Ahmed <zara.ahmed@gmail.example>", "GDPR request",
    "Hello,\n\nFirst, please send me a copy of everything you hold on me. After that I want it all deleted.\n\nRegards,\nZara Ahmed\n",
    R(["Access", "Erasure"], "zara.ahmed@gmail.example", "Zara", "Ahmed"))
add("en-12-html-only", "Ryan Murphy <ryan.murphy@outlook.example>", "Close my account",
    html("Hi,", "I&#39;d like you to close my account and erase my personal details.", "Best,<br>Ryan"),
    R(["Erasure"], "ryan.murphy@outlook.example", "Ryan", "Murphy"), ct=HTML)
add("en-13-dont-delete-just-copy", "Sophie Turner <sophie.t@gmail.example>", "my data",
    "I'm not asking you to delete anything. I only want to see what data you have about me.\n",
    R(["Access"], "sophie.t@gmail.example", "Sophie", "Turner"))
add("en-14-question-retention", "Liam Carter <liam.carter@gmail.example>", "How long do you keep CVs?",
    "Hi, I applied for a job last year. How long do you keep applicants' CVs, and who can see them?\n",
    R(["Information"], "liam.carter@gmail.example", "Liam", "Carter"))
add("en-15-no-display-signature", "t.walker82@gmail.example", "delete",
    "Please delete my account and everything linked to it.\n\nTom Walker\n",
    R(["Erasure"], "t.walker82@gmail.example", "Tom", "Walker"))
add("en-16-unsub-oneliner", "Amy Scott <amy.scott@sky.example>", "unsubscribe",
    "unsubscribe\n", R(["Opposition"], "amy.scott@sky.example", "Amy", "Scott"))
add("en-17-correct-name-married", "Emma Richardson <emma.richardson@gmail.example>", "Name change",
    "Hello, I got married and my surname is now Richardson (it was Bell). Please update your records.\n",
    R(["Rectification"], "emma.richardson@gmail.example", "Emma", "Richardson"))
add("en-18-mobile-short", "Dan <dan.okafor@gmail.example>", "Re:",
    "Delete my number from your list. Sent from my iPhone\n",
    R(["Erasure"], "dan.okafor@gmail.example", "Dan", None))
add("en-19-object-profiling", "Isabel Knight <isabel.knight@tutanota.example>", "Objection to profiling",
    "I object to you using my purchase history to profile me for targeted advertising. Please stop.\n",
    R(["Opposition"], "isabel.knight@tutanota.example", "Isabel", "Knight"))
add("en-20-cctv", "Mark Evans <mark.evans@btinternet.example>", "CCTV footage",
    "Hello, I was in your Leeds store on 3 November around 2pm. I request a copy of the CCTV footage showing me, under my right of access.\n",
    R(["Access"], "mark.evans@btinternet.example", "Mark", "Evans"))
add("en-21-complaint-no-right", "Paul Barnes <paul.barnes@gmail.example>", "Late delivery",
    "My parcel is a week late and nobody answers the phone. Where is it?\n",
    R(["Unknown"], "paul.barnes@gmail.example", "Paul", "Barnes"))
add("en-22-forwarded-by-colleague", "Hannah Clarke <hannah.clarke@acme-corp.example>", "Fwd: Please delete my details",
    "Hi privacy team, this came into the customer service inbox, can you handle it?\nHannah\n\n---------- Forwarded message ---------\nFrom: Victor Hughes <victor.hughes@gmail.example>\nDate: Fri, 13 Nov 2026 at 17:02\nSubject: Please delete my details\nTo: <support@acme-corp.example>\n\nHello, I no longer want to be your customer. Please delete all my details.\nVictor Hughes\n",
    R(["Erasure"], "victor.hughes@gmail.example", "Victor", "Hughes"))
add("en-23-reply-quoting-ack", "Laura Bennett <laura.bennett@gmail.example>", "Re: [DSR-7311] We received your request",
    "Thanks. Just to add: please also delete my old address from 2019.\n\nOn 10 Nov 2026, Acme Privacy wrote:\n> We received your request and will answer within one month.\n",
    FU("7311", "laura.bennett@gmail.example", "Laura", "Bennett"))
add("en-24-mixed-fr-en", "Pierre Lambert <pierre.lambert@orange.example>", "Data request",
    "Hello, sorry for my English. I want to know which datas you have about me. Merci beaucoup.\n",
    R(["Access"], "pierre.lambert@orange.example", "Pierre", "Lambert"))
add("en-25-lawyer", "Smith & Partners LLP <j.smith@smithpartners.example>", "Data subject access request on behalf of our client Mr Daniel Green",
    "Dear Sirs,\n\nWe act for Mr Daniel Green of 14 Elm Road, Bristol. On behalf of our client we request, under Article 15 GDPR, a copy of all personal data you hold concerning him. A signed letter of authority is attached.\n\nYours faithfully,\nJohn Smith\nSmith & Partners LLP\n",
    R(["Access"], "j.smith@smithpartners.example", "Daniel", "Green", representative="John Smith"))
add("en-26-parent-minor", "Karen Moore <karen.moore@gmail.example>", "My son's account",
    "Hello,\n\nMy son Jack Moore (he is 14) created an account on your gaming platform without our permission. As his mother I ask you to delete his account and all his data.\n\nKaren Moore\n",
    R(["Erasure"], "karen.moore@gmail.example", "Jack", "Moore", representative="Karen Moore"))
add("en-27-family-replyto", "The Robinsons <robinson.family@btinternet.example>", "Please delete my data",
    "Hi, this is Lucy Robinson. We share this family address. Please erase my personal data and answer me at my own address.\n\nLucy\n",
    R(["Erasure"], "lucy.robinson@gmail.example", "Lucy", "Robinson"),
    headers=["Reply-To: Lucy Robinson <lucy.robinson@gmail.example>"])
add("en-28-task-dpa", "Rachel Adams <rachel.adams@acme-corp.example>", "Can you review the DPA for Zendesk?",
    "Hi privacy team,\n\nProcurement is about to sign with Zendesk. Could you review their data processing agreement and tell us if anything is missing? Deadline is next Wednesday.\n\nThanks,\nRachel\n",
    TASK("rachel.adams@acme-corp.example", "Rachel", "Adams"))
add("en-29-task-register", "George Wilson <george.wilson@acme-corp.example>", "Register of processing - new HR tool",
    "Hello, we are rolling out a new HR tool (Personio) in January. Please add it to the register of processing activities.\n",
    TASK("george.wilson@acme-corp.example", "George", "Wilson"))
add("en-30-task-dpia", "Ella Baker <ella.baker@acme-corp.example>", "DPIA needed for facial recognition pilot",
    "Hi team, the security department wants to pilot facial recognition at the warehouse entrance. I think we need a DPIA before we start - could you run one?\n\nElla\n",
    TASK("ella.baker@acme-corp.example", "Ella", "Baker"))
add("en-31-incident-laptop", "Sam Hughes <sam.hughes@acme-corp.example>", "Lost laptop on the train",
    "Hi, I left my work laptop on the train yesterday evening. It has client spreadsheets on it. IT says the disk is encrypted but I wanted to report it.\n",
    INC("sam.hughes@acme-corp.example", "Sam", "Hughes"))
add("en-32-incident-misdirected", "Julia Price <julia.price@acme-corp.example>", "Sent an email to the wrong customer",
    "I accidentally sent a customer's invoice with her address and bank details to another customer this morning. What should I do?\n",
    INC("julia.price@acme-corp.example", "Julia", "Price"))
add("en-33-incident-phishing", "Tom Baker <tom.baker@acme-corp.example>", "I think my account was hacked",
    "I clicked a link in an email that looked like it came from Microsoft and typed my password. Now there are strange rules in my mailbox forwarding emails outside. Please help.\n",
    INC("tom.baker@acme-corp.example", "Tom", "Baker"))
add("en-34-spam-advance-fee", "Barrister James Okoro <james.okoro@lawchambers.example>", "URGENT CONFIDENTIAL BUSINESS PROPOSAL",
    "Dear Friend,\n\nI am Barrister James Okoro, attorney to the late engineer who died with a deposit of US$12,500,000 (Twelve Million Five Hundred Thousand Dollars). I need your assistance to transfer the funds; you will receive 40%. After the transfer we will delete all data and records of this transaction. Reply urgently with your full name, phone number and bank account details.\n",
    IGN("spam"), headers=["Reply-To: james.okoro.chambers@mailbox.example"])
add("en-35-spam-phishing-account", "Microsoft Account Team <security@micros0ft-support.example>", "Your account will be deleted in 24 hours",
    "Dear user,\n\nWe detected unusual activity. Your mailbox will be permanently deleted in 24 hours unless you verify your account now. Click here to confirm your identity and avoid deletion of your data.\n\nMicrosoft Security\n",
    IGN("spam"), headers=[AUTH("fail", "none", "fail", "micros0ft-support.example")])
add("en-36-spam-header", "Amazing Deals <deals@promo-blast.example>", "Delete your debt today!!!",
    "Erase your debt now! Limited time offer, act now and win $5000 cash. Click to unsubscribe and delete your data.\n",
    IGN("spam"), headers=SPAM_HDR)
add("en-37-ooo", "Chris Hall <chris.hall@hall-consulting.example>", "Out of office",
    "Thank you for your email. I am currently out of the office with limited access to email and will return on 7 December.\n",
    IGN("auto_reply"))
add("en-38-newsletter-privacy", "IAPP Daily <daily@iapp-news.example>", "Daily Dashboard: Right to erasure under scrutiny",
    "Today: regulators fine a retailer for ignoring deletion requests; how to handle subject access requests at scale.\n",
    IGN("bulk"), headers=["List-Unsubscribe: <https://iapp-news.example/unsub>", "Precedence: bulk"])
add("en-39-fu-in-reply-to", "Kevin Brooks <kevin.brooks@gmail.example>", "Re: remove me",
    "It's been 5 weeks and I still get your emails. Have you done it or not?\n",
    FU("file:ev-en-01-oneliner-remove.eml", "kevin.brooks@gmail.example", "Kevin", "Brooks"),
    headers=["In-Reply-To: <ev-en-01-oneliner-remove@mail.example.net>"])
add("en-40-portability-bank", "Nathan Cole <nathan.cole@gmail.example>", "Transfer my transaction history",
    "Hi, I'd like you to transmit my transaction history directly to my new bank, Monzo, as I am entitled to under data portability.\n",
    R(["Portability"], "nathan.cole@gmail.example", "Nathan", "Cole"))
add("en-41-erase-photos", "Chloe Edwards <chloe.edwards@gmail.example>", "Photos of me on your website",
    "Hello, there are photos of me from your 2023 event on your website and Instagram. I never agreed to this. Please take them down and delete them.\n",
    R(["Erasure"], "chloe.edwards@gmail.example", "Chloe", "Edwards"))
add("en-42-stop-calls", "Frank Morris <frank.morris@talktalk.example>", "Phone calls",
    "Your call centre keeps ringing me at dinner time. Take my number off your call list.\n",
    R(["Opposition"], "frank.morris@talktalk.example", "Frank", "Morris"))
add("en-43-employee-forward-letter", "Support Desk <support@acme-corp.example>", "FW: Letter from customer",
    "Forwarding this letter we got by email. Thanks, Support\n\n-----Original Message-----\nFrom: Margaret Young <margaret.young@aol.example>\nSent: Thursday, November 12, 2026 10:14 AM\nTo: Support <support@acme-corp.example>\nSubject: Letter\n\nDear Sir, I want to know what information you keep about me since my late husband's account was closed. Margaret Young\n",
    R(["Access"], "margaret.young@aol.example", "Margaret", "Young"))
add("en-44-all-caps-subject-only", "ALAN REID <alan.reid@gmail.example>", "DELETE MY ACCOUNT NOW",
    "", R(["Erasure"], "alan.reid@gmail.example", "Alan", "REID"))
add("en-45-rectify-and-object", "Naomi Fisher <naomi.fisher@gmail.example>", "Two things",
    "1) My date of birth on file is wrong, it should be 04/09/1987.\n2) I don't want my data used for marketing any more.\n\nNaomi Fisher\n",
    R(["Rectification", "Opposition"], "naomi.fisher@gmail.example", "Naomi", "Fisher"))
add("en-46-spam-seo", "Web Solutions <seo@rank-first.example>", "Your website ranking",
    "Hi, I noticed your website is not on the first page of Google. We can fix that for only $199/month. If you don't want to hear from us, reply 'delete my data'.\n",
    IGN("spam"), headers=["X-Spam-Status: Yes, score=6.1 required=5.0"])
add("en-47-retention-question-info", "Olivia Reed <olivia.reed@gmail.example>", "Privacy policy question",
    "Hi, your privacy policy mentions 'trusted partners'. Who exactly are they and for what purpose do you share customer data with them?\n",
    R(["Information"], "olivia.reed@gmail.example", "Olivia", "Reed"))
add("en-48-deceased", "Peter Hall <peter.hall@gmail.example>", "Account of my late father",
    "Hello, my father Robert Hall passed away in October. As executor of his estate I ask you to close his account and delete his personal data. Death certificate attached.\n\nPeter Hall\n",
    R(["Erasure"], "peter.hall@gmail.example", "Robert", "Hall", representative="Peter Hall"))
add("en-49-lawyer-erasure", "Claire Dawson <c.dawson@dawson-law.example>", "Erasure request - our client Ms Amelia Wright",
    "Dear Data Protection Officer,\n\nThis firm represents Ms Amelia Wright. Acting on her behalf, we hereby request the erasure of all her personal data under Article 17 GDPR. Please confirm within one month.\n\nClaire Dawson\nSolicitor\n",
    R(["Erasure"], "c.dawson@dawson-law.example", "Amelia", "Wright", representative="Claire Dawson"))
add("en-50-spam-lottery-replyto", "UK National Lottery <claims@uknl-awards.example>", "Congratulations winner",
    "Your email address won GBP 850,000 in our online draw. To claim, send your name, address and a processing fee of GBP 250 by Western Union. Your data will be deleted after payment.\n",
    IGN("spam"), headers=["Reply-To: claims.agent2026@freemail.example"])
