# English messages (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

# ---------------------------------------------------------------- requests
add("en-01-gym-oneliner-delete", "Dan Whitlock <dwhitlock88@gmail.example>", "account",
    "pls delete my acme fit account and everything on it. thx\n",
    R(["Erasure"], "dwhitlock88@gmail.example", "Dan", "Whitlock"))

add("en-02-marketplace-sar-formal", "Priya Raman <priya.raman@outlook.example>",
    "Subject Access Request - Priya Raman",
    """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR / EU GDPR.

I have been a seller on the Acme Marketplace since 2021 under the shop name "RamanCrafts". Please provide:

1. a copy of all personal data you hold about me, including internal notes and chat transcripts with your support agents;
2. the purposes for which it is processed;
3. the recipients or categories of recipients to whom it has been disclosed;
4. the retention period;
5. the source of any data not collected from me.

The e-mail address on my seller account is this one. I can provide ID if you need it.

I look forward to your response within one calendar month.

Yours faithfully,
Priya Raman
14 Elm Grove, Reading RG1 2XX
""",
    R(["Access"], "priya.raman@outlook.example", "Priya", "Raman"))

add("en-03-airline-rambling-buried-access", "Gordon McAllister <gordon.mcallister@btmail.example>",
    "Flight AC2291 Glasgow - absolutely disgraceful",
    """To whom it may concern,

I have been trying for eleven days now to get a straight answer out of anybody at your company and frankly I have given up on the phone line, which plays the same four bars of music on a loop until it hangs up on you. My wife and I flew out of Glasgow on the 2nd on AC2291 and our case, a large green Samsonite with a yellow strap, has still not turned up. The tracking reference the desk gave us (GLAAC41882) returns "no record found" on your own website. We were told to buy essentials and keep receipts, which we did, and I have sent the receipts twice to the baggage address and had no acknowledgement.

On top of that, when I finally got through to someone on the Thursday she was able to read out to me my wife's passport number, our home address and the fact that we had booked a wheelchair assist last year, which I found frankly alarming given she could not tell me where our bag was. So while I am at it, I want to know exactly what personal information your company holds about me, where it came from and who you have passed it to. Send me a copy of it. I am entitled to that and I expect it.

I would also like the compensation form that the desk promised, and someone to explain why your app still says our flight is "boarding".

Regards,
G. McAllister
07700 900461
""",
    R(["Access"], "gordon.mcallister@btmail.example", "Gordon", "McAllister"))

add("en-04-realestate-stop-calling", "Helen Osei <h.osei@yahoo.example>", "Valuation calls",
    """Hi,

I had my flat valued by one of your agents back in March. I decided not to sell. Since then someone from your office calls me roughly every fortnight asking if I've "reconsidered". I haven't. Please stop calling me and don't contact me for marketing again.

Helen
""",
    R(["Opposition"], "h.osei@yahoo.example", "Helen", "Osei"))

add("en-05-cardealer-wrong-address", "Tom Bradshaw <tombradshaw@talk.example>", "Service reminder letters going to old house",
    """Hello

Your service reminders for my Octavia keep going to 22 Mill Lane which I moved out of two years ago. The new owners keep passing them on. Can you change it to:

Flat 3, 9 Quayside Walk
Bristol BS1 6QA

Reg is WX19 KLP if that helps find me.

Cheers
Tom Bradshaw
""",
    R(["Rectification"], "tombradshaw@talk.example", "Tom", "Bradshaw"))

add("en-06-council-parking-retention", "Ruth Kaplan <ruthkaplan@fastmail.example>", "Parking app - number plate photos",
    """Good afternoon,

I use the parking app you run for the borough council. When I park, the enforcement car photographs my number plate. How long are these photos kept, and are they shared with the council or with the police? I couldn't find it in the app's privacy page.

I'm not asking for copies, I just want to understand.

Kind regards,
Ruth Kaplan
""",
    R(["Information"], "ruthkaplan@fastmail.example", "Ruth", "Kaplan"))

add("en-07-two-rights-one-sentence", "Owen Pryce <owen.pryce@gmail.example>", "my data",
    "Please send me a copy of whatever data you hold on me and then delete the lot, I'm done with your travel club.\n\nOwen Pryce\n",
    R(["Access", "Erasure"], "owen.pryce@gmail.example", "Owen", "Pryce"))

add("en-08-fitness-portability", "Leah Nakamura <leah.nakamura@proton.example>", "Workout history export",
    """Hi there,

I'm moving to another training app and would like to take my workout history with me (about three years of runs, heart-rate data and the strength logs). Is there a way to get all of it in a machine-readable format, CSV or JSON, that I can import elsewhere? The "export" button in the app only gives a PDF summary of the last 30 days.

Thanks!
Leah
""",
    R(["Portability"], "leah.nakamura@proton.example", "Leah", "Nakamura"))

add("en-09-marketplace-auto-suspension", "Marcus Feld <marcus@feldvintage.example>", "Shop suspended by your system - appeal",
    """Hello,

My shop "Feld Vintage" was suspended overnight. The e-mail says our "risk model" flagged the account and that the decision was made automatically. Nobody has looked at it. I've sold on your platform for six years with 99.6% positive feedback.

I want this decision reviewed by an actual person, and I want to know what the model looked at. I'm not accepting a decision no human has checked.

Marcus Feld
Feld Vintage
""",
    R(["AutomatedDecision"], "marcus@feldvintage.example", "Marcus", "Feld"))

add("en-10-cardealer-finance-restrict", "Sanjay Bhatt <sanjay.bhatt@outlook.example>", "Finance application - credit data dispute",
    """Dear Sir/Madam,

When I applied for finance on a used Golf at your Leeds showroom, your system pulled a credit record that shows a default which is not mine (it belongs to a previous occupant of my address). I have raised a dispute with the credit agency.

Until that dispute is resolved, please do not use or pass on that credit information in any way. I am asking you to restrict the processing of it, not delete it, as I may need it for the dispute.

Yours sincerely,
Sanjay Bhatt
""",
    R(["Restriction"], "sanjay.bhatt@outlook.example", "Sanjay", "Bhatt"))

add("en-11-travel-html-unsub-delete", "Fiona Clarke <fiona.clarke@icloud.example>", "Re: Last-minute Canary deals!",
    html("Hi,", "I never signed up for these holiday offers. Take me off your mailing list and delete my details from your database please.",
         "Fiona Clarke", "<i>Sent from my iPad</i>"),
    R(["Opposition", "Erasure"], "fiona.clarke@icloud.example", "Fiona", "Clarke"), ct=HTML)

add("en-12-caps-texts", "BARRY DUNNE <barrydunne1961@aol.example>", "STOP",
    "STOP SENDING ME TEXT MESSAGES ABOUT YOUR CAR SALES EVENTS. I BOUGHT ONE CAR OFF YOU IN 2019. THAT IS ENOUGH. STOP.\n\nB DUNNE\n",
    R(["Opposition"], "barrydunne1961@aol.example", "Barry", "Dunne"))

add("en-13-solicitor-access", "Katherine Low <k.low@lowandpartners.example>", "Our client: Mr Daniel Achebe - request under Article 15 GDPR",
    """Dear Sirs,

We act for Mr Daniel Achebe of 41 Chalk Farm Road, London NW1, in connection with a dispute concerning a tenancy arranged through your lettings branch in Camden.

On behalf of our client, and with his signed authority (enclosed), we request copies of all personal data you hold concerning him, including correspondence with the landlord, referencing reports, and internal notes about his application.

Please send your response to this office, quoting our reference KL/ACH/0412.

Yours faithfully,

Katherine Low
Solicitor
Low & Partners LLP
""",
    R(["Access"], "k.low@lowandpartners.example", "Daniel", "Achebe", representative="Katherine Low"))

add("en-14-parent-minor-gym", "Alison Reeve <alison.reeve@gmail.example>", "My son's account",
    """Hello,

My son Jacob Reeve (he's 14) signed up to your fitness app using his school e-mail, without asking us. He's uploaded photos and his weight and so on. I'm not happy about it. Can you please delete his account and everything connected to it.

His username is jakeyR_2012.

Alison Reeve (his mum)
""",
    R(["Erasure"], "alison.reeve@gmail.example", "Jacob", "Reeve", representative="Alison Reeve"))

add("en-15-heir-frequent-flyer", "Michael Harrow <mharrow@btmail.example>", "Late father's frequent flyer account",
    """Dear team,

My father, Peter Harrow, passed away in August. He had a frequent flyer account with you (membership number AF 4471 2290). As executor of his estate I'd like the account closed and his personal details removed from your systems. I can send the death certificate and grant of probate.

Please let me know if any miles can be transferred, otherwise that's fine.

Regards,
Michael Harrow
""",
    R(["Erasure"], "mharrow@btmail.example", "Peter", "Harrow", representative="Michael Harrow"))

add("en-16-family-address-replyto", "The Hendersons <hendersons@virginmedia.example>", "what info do you have",
    """Hi,

We've been renting through your agency for a while. Could you tell me what personal information you hold about me? I'd like a copy. Please reply to my own e-mail rather than the family one.

Thanks,
Karen Henderson
""",
    R(["Access"], "karen.h.1979@gmail.example", "Karen", "Henderson"),
    headers=["Reply-To: Karen Henderson <karen.h.1979@gmail.example>"])

add("en-17-fwd-outlook-customer-delete", "Jess Morton <jess.morton@acme-corp.example>", "FW: close my account",
    """Hi privacy team, this came into the marketplace support queue, I think it's one for you?

Jess

________________________________
From: Alan Pike <alan.pike@hotmail.example>
Sent: Sunday, November 15, 2026 9:41 PM
To: support@acme-corp.example
Subject: close my account

Hello, I don't use the marketplace any more. Please close my buyer account and erase my data, including my saved cards and address.

Alan Pike
""",
    R(["Erasure"], "alan.pike@hotmail.example", "Alan", "Pike"))

add("en-18-fwd-attached-access", "Raj Patel <raj.patel@acme-corp.example>", "Fwd: data request from a gym member",
    None,
    R(["Access"], "siobhan.kelly@eircom.example", "Siobhan", "Kelly"),
    note="Forwarding as attachment, member sent this to the club manager in Dublin.\n\nRaj\n",
    attached=("Siobhan Kelly <siobhan.kelly@eircom.example>", "my records",
              "Hi,\n\nI'd like to get a copy of all the information the gym holds about me - the sign-up form, the health questionnaire, my attendance logs and the photo from the entry system.\n\nThanks,\nSiobhan Kelly\nMember no. 220481\n"))

add("en-19-unknown-rights", "Nina Ortega <nina.ortega@gmail.example>", "GDPR",
    "Hello, I'd like to exercise my rights under the GDPR regarding my account with your airline. Please advise how I go about it.\n\nNina Ortega\n",
    R(["Unknown"], "nina.ortega@gmail.example", "Nina", "Ortega"))

add("en-20-iphone-phone-number", "Chris Yeung <chrisyeung@icloud.example>", "Phone calls",
    """Can you delete my phone number from your records and tell your sales people to stop ringing me. I only asked for one quote on a Kia Sportage.

Chris

Sent from my iPhone
""",
    R(["Erasure", "Opposition"], "chrisyeung@icloud.example", "Chris", "Yeung"))

add("en-21-gym-name-change", "Emma Lawson <emma.lawson@gmail.example>", "Change of name on membership",
    """Hi, I got married in September and my surname is now Lawson (was Pritchard). Could you update my membership and the name on my card? My membership no. is 88102-L.

Thanks,
Emma Lawson
""",
    R(["Rectification"], "emma.lawson@gmail.example", "Emma", "Lawson"))

add("en-22-marketplace-refund-plus-email", "Declan Moss <declan.moss@yahoo.example>", "order 7718-22019 + email change",
    """Hi,

Two things.

1) I still haven't had the refund for order 7718-22019 (the broken lamp). The seller agreed to it on the 3rd.

2) My e-mail on the account is an old work address (d.moss@oldjob.example) that I no longer have access to. Please change it to this one, declan.moss@yahoo.example.

Thanks
Declan
""",
    R(["Rectification"], "declan.moss@yahoo.example", "Declan", "Moss"))

add("en-23-sell-data-question", "Abigail Stone <abi.stone@outlook.example>", "Do you sell my data?",
    """Hello,

Your privacy policy says you share information with "selected partners". Who are those partners? Do you sell my personal information to them, and if so what do they get? I'm a member of your gym chain.

Abigail Stone
""",
    R(["Information"], "abi.stone@outlook.example", "Abigail", "Stone"))

add("en-24-textspeak-access", "kayleigh <kayleigh_xx_99@hotmail.example>", "hiya",
    "hi can u tell me wat info u have on me from the fitness app?? want 2 see it all ta x\n",
    R(["Access"], "kayleigh_xx_99@hotmail.example", "Kayleigh", None))

add("en-25-employee-hr-file", "Ben Carter <ben.carter@acme-corp.example>", "copy of my personnel file",
    """Hi,

I'm making a subject access request as an employee. Could I please have a copy of my personnel file, including the notes from my last two performance reviews and any e-mails about my flexible working application that mention me?

I'm in the Manchester sales team, employee no. 40913.

Thanks,
Ben Carter
""",
    R(["Access"], "ben.carter@acme-corp.example", "Ben", "Carter"))

add("en-26-withdraw-consent-and-access", "Graham Whitby <g.whitby@plusnet.example>", "Consent",
    """Dear Acme,

I withdraw my consent to receive marketing e-mails from your travel agency, with immediate effect. Further, please let me have a copy of the personal data you hold on me, as I believe you obtained my details from a third party.

G. Whitby
""",
    R(["Opposition", "Access"], "g.whitby@plusnet.example", "Graham", "Whitby"))

add("en-27-realestate-delete-id-docs", "Yusuf Demir <yusuf.demir@gmail.example>", "documents I gave for a viewing",
    """Hello,

In 2024 I applied for a flat through your branch on Station Road. I didn't get it and never became a tenant. At the time your agent took a copy of my passport, three payslips and a bank statement. There's no reason for you to still have them. I want them deleted, along with anything else from my application.

Regards,
Yusuf Demir
""",
    R(["Erasure"], "yusuf.demir@gmail.example", "Yusuf", "Demir"))

add("en-28-legal-17-21", "Victoria Ashdown <v.ashdown@ashdown-consulting.example>", "Notice under Articles 17 and 21 GDPR",
    """Dear Data Protection Officer,

NOTICE UNDER ARTICLES 17 AND 21 OF REGULATION (EU) 2016/679

I hereby object, pursuant to Article 21(2), to the processing of my personal data for direct marketing purposes, including profiling to the extent that it is related to such direct marketing.

Further, pursuant to Article 17(1)(c), as there are no overriding legitimate grounds for the processing, I request the erasure without undue delay of all personal data concerning me held by Acme Corp or its subsidiaries, including Acme Motors.

Please confirm in writing that you have complied, and confirm that any processors and recipients have been notified in accordance with Article 19.

Victoria Ashdown
""",
    R(["Opposition", "Erasure"], "v.ashdown@ashdown-consulting.example", "Victoria", "Ashdown"))

# ---------------------------------------------------------------- follow-ups
add("en-29-reply-quoting-ack", "Laura Finch <laura.finch@gmail.example>", "Re: [DSR-2231] We have received your request",
    """It's now been five weeks. Where is my data? You said one month.

Laura Finch

On Mon, 5 Oct 2026 at 10:02, Acme Corp Privacy <privacy@acme-corp.example> wrote:
> Dear Laura Finch,
>
> We have received your request and registered it under reference DSR-2231.
> We will answer within one month. Please keep the reference in the subject
> of any further message.
>
> Acme Corp Privacy Team
""",
    FU("2231", "laura.finch@gmail.example", "Laura", "Finch"))

add("en-30-inreplyto-add-detail", "Priya Raman <priya.raman@outlook.example>", "Re: Subject Access Request - Priya Raman",
    """Apologies, one more thing I forgot: before I opened the shop I had a buyer account under priya.r@uni.example. Please include that data in your response to my request too.

Priya
""",
    FU(ref("en-02-marketplace-sar-formal"), "priya.raman@outlook.example", "Priya", "Raman"),
    headers=irt("en-02-marketplace-sar-formal"))

add("en-31-update-chaser", "Stephen Ojo <stephen.ojo@yahoo.example>", "Re: [DSR-1874] Acknowledgement of your request",
    """Hi, any update on this? I sent my ID as asked on the 2nd.
Stephen
""",
    FU("1874", "stephen.ojo@yahoo.example", "Stephen", "Ojo"))

# ---------------------------------------------------------------- tasks
add("en-32-task-dpa-casual", "Tasha Greene <tasha.greene@acme-corp.example>", "quick one",
    """hey! procurement just pinged me, they want someone from your side to look over the DPA from CloudLift (the new booking engine for the travel agency) before we sign. they're hoping for friday. contract attached in the thread i'll forward. can one of you take it?

ta
Tasha
""",
    TASK("tasha.greene@acme-corp.example", "Tasha", "Greene"))

add("en-33-task-ropa-cctv", "Owen Blake <owen.blake@acme-corp.example>", "New CCTV at three gyms",
    """Hi team,

Facilities are installing CCTV in the changing-room corridors and at reception at our Hackney, Brixton and Croydon clubs from January. I've been told this needs to go into the record of processing activities. Can you add it / tell me what you need from me (retention is 30 days, footage on a local NVR, access by club managers only)?

Owen Blake
Head of Facilities, Acme Fit UK
""",
    TASK("owen.blake@acme-corp.example", "Owen", "Blake"))

add("en-34-task-dpia-face", "Clare Nguyen <clare.nguyen@acme-corp.example>", "Face recognition entry - DPIA?",
    """Hello privacy team,

Product want to pilot face-recognition turnstiles for member entry in two clubs next spring. I assume this needs a DPIA given it's biometric. Could we get one started? Happy to set up a kickoff with the vendor.

Thanks,
Clare Nguyen
Product Manager, Member Experience
""",
    TASK("clare.nguyen@acme-corp.example", "Clare", "Nguyen"))

add("en-35-task-questionnaire", "Hamish Ward <hamish.ward@acme-corp.example>", "Partner airline security & privacy questionnaire",
    """Hi,

SkyBridge Airways (codeshare partner) sent us their annual supplier privacy questionnaire, 64 questions, deadline 30 November. About half of it is about our data protection setup (DPO, retention, transfers, breach process). Could you fill in those sections? I'll do the IT security ones.

Hamish
""",
    TASK("hamish.ward@acme-corp.example", "Hamish", "Ward"))

# ---------------------------------------------------------------- incidents
add("en-36-incident-wrong-landlord", "Poppy Hughes <poppy.hughes@acme-corp.example>", "uh oh",
    """so... I think I just sent the tenant arrears spreadsheet for the whole Kentish Town block to the wrong landlord (Mr Patel at Ashford Lettings instead of Mr Patel the owner). it has names, phone numbers and how much each tenant owes. I've e-mailed him asking him to delete it but no reply yet. what do I do?

Poppy
Lettings, Camden
""",
    INC("poppy.hughes@acme-corp.example", "Poppy", "Hughes"))

add("en-37-incident-laptop-car", "Gareth Lloyd <gareth.lloyd@acme-corp.example>", "Laptop stolen",
    """Morning,

My work laptop was stolen from my car last night outside the Cardiff dealership. Police ref 62/114470/26. It had the customer finance pack exports for this month on the desktop (names, addresses, income). It's encrypted I think? IT said to let you know as well.

Gareth Lloyd
Sales Manager, Acme Motors Cardiff
""",
    INC("gareth.lloyd@acme-corp.example", "Gareth", "Lloyd"))

add("en-38-incident-phishing-clicked", "Sophie Turner <sophie.turner@acme-corp.example>", "I think I got phished",
    """Hi, sorry, I clicked a link in an e-mail that looked like it was from DocuSign and typed my password in. Then it just went blank. IT have reset my password now but my mailbox has all the booking confirmations for group travel customers (passport scans for the Morocco trip). Not sure if anyone got in. Thought I should report it here too.

Sophie
""",
    INC("sophie.turner@acme-corp.example", "Sophie", "Turner"))

add("en-39-incident-processor-notice", "Security Team <security@mailblast.example>", "Security incident notification - customer account ACME-TRAVEL",
    """Dear customer,

We are writing to inform you that on 12 November 2026 MailBlast detected unauthorised access to one of our database servers. Our investigation indicates that contact lists belonging to a number of customers, including your account ACME-TRAVEL, may have been exported by the attacker. The affected data consists of e-mail addresses, first names and marketing preferences.

We have contained the incident and are working with external forensic specialists. We will provide further details within 72 hours. Please contact your account manager with any questions.

Rachel Imbert
Chief Information Security Officer, MailBlast Ltd
""",
    INC("security@mailblast.example", "Rachel", "Imbert"))

# ---------------------------------------------------------------- ignore
add("en-40-spam-parcel-fee", "Royal Parcel Delivery <noreply@rp-delivery-track.example>", "Your parcel is waiting: customs fee unpaid",
    """Dear Customer,

Your parcel RP0092281GB could not be delivered because a customs fee of GBP 2.99 has not been paid.

To reschedule delivery, pay the fee within 24 hours here:
http://rp-delivery-track.example/pay?id=0092281

After this date your parcel will be returned to the sender.

Royal Parcel Delivery
""",
    IGN("spam"))

add("en-41-spam-fake-ico-fine", "Information Commissioner Enforcement <enforcement@ico-gov-uk.example>", "FINAL NOTICE: GDPR non-compliance penalty",
    """ATTENTION DATA CONTROLLER

Following a routine audit, your organisation has been found NON-COMPLIANT with the General Data Protection Regulation. A penalty of GBP 4,350 has been issued.

To avoid escalation to court proceedings and a fine of up to 4% of annual turnover, you must register and pay the data protection compliance fee within 48 HOURS using the secure link below:

https://gdpr-compliance-payments.example/acme

Failure to respond will result in enforcement action.

Enforcement Department
""",
    IGN("spam"),
    headers=[AUTH("fail", "none", "fail", "ico-gov-uk.example"), "Reply-To: ico.payments@mailbox-free.example"])

add("en-42-spam-data-removal-service", "Eraseme Pro <hello@erasemepro.example>", "Delete your data from 500+ brokers today",
    """Hi there,

Did you know your personal data is being sold by hundreds of data brokers? Eraseme Pro sends GDPR deletion requests on your behalf, every month, automatically.

Get 60% off your first year - offer ends Sunday!
https://erasemepro.example/offer

Unsubscribe: https://erasemepro.example/u
""",
    IGN("spam"), headers=[SPAM_HDR[0]])

add("en-43-spam-header-only", "IT Service Desk <servicedesk@acme-corp-mail.example>", "Mailbox storage",
    """Hello,

Your mailbox is almost full. Please review your storage settings at the link below to keep receiving messages.

https://acme-corp-mail.example/owa/storage

Thank you,
IT Service Desk
""",
    IGN("spam"), headers=[SPAM_HDR[1]])

add("en-44-auto-reply-ooo", "Graham Whitby <g.whitby@plusnet.example>", "Automatic reply: Your request [DSR-2240]",
    """Thank you for your e-mail. I am away until 23 November with limited access to e-mail. For urgent matters please call the office on 01632 960123.

Graham Whitby
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-45-bulk-privacy-newsletter", "Privacy Weekly <newsletter@privacyweekly.example>", "Privacy Weekly #212: right to erasure rulings, new SCCs guidance",
    """PRIVACY WEEKLY - Issue 212

This week:
- Court rules on the right to erasure for search engine results
- Regulator publishes updated guidance on international transfers
- Five things your DSAR process is probably getting wrong

Read online: https://privacyweekly.example/212

You are receiving this because you subscribed at privacyweekly.example.
Unsubscribe: https://privacyweekly.example/unsubscribe
""",
    IGN("bulk"), headers=["List-Unsubscribe: <https://privacyweekly.example/unsubscribe?u=8812>", "List-Id: Privacy Weekly <weekly.privacyweekly.example>", "Precedence: bulk"])

add("en-46-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>", "Undelivered Mail Returned to Sender", None,
    IGN("bounce"), dsn=True)

add("en-47-own-ack", "Acme Corp Privacy <privacy@acme-corp.example>", "[DSR-2245] We have received your request",
    """Dear customer,

We have received your request and registered it under reference DSR-2245. We will answer within one month.

Acme Corp Privacy Team
""",
    IGN("own_message"), headers=["X-Dastra-Mailgate: ack"])
