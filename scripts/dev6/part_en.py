from common import *  # part en: written blind

# ---------------------------------------------------------------- requests
add("en-01-delete-bike-acct", "k.obrien77@mailbox.example", "delete",
    "pls delete my bike hire account, dont use it anymore. thx\n",
    R(["Erasure"], "k.obrien77@mailbox.example"))

add("en-02-formal-sar", "Dr Priyanka Venkataraman-Hale <p.venkataraman-hale@clinicmail.example>",
    "Subject Access Request under Article 15 UK GDPR / EU GDPR",
    """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

I hold a personalised annual travel card (card number ending 4471) and have used your city bike scheme since 2023. Please provide:

1. a copy of all personal data you hold about me, including journey and tap-in/tap-out records, top-up and payment history, and any notes created by customer services;
2. the purposes of the processing and the categories of recipients;
3. the retention period for each category;
4. the source of any data not collected from me.

I expect a reply within one calendar month of receipt, as required by Article 12(3). I can provide identification if you need it.

Yours faithfully,

Dr Priyanka Venkataraman-Hale
14 Larkspur Row
""",
    R(["Access"], "p.venkataraman-hale@clinicmail.example", "Priyanka", "Venkataraman-Hale"))

add("en-03-cctv-footage", "Marcus Oyelaran-Brooks <marcus.ob@netpost.example>", "CCTV footage from the number 17 bus",
    """Hello,

On Tuesday 3 November at around 18:40 I was on the number 17 bus (towards Harbour Gate) when another passenger shoved me and my phone was smashed. The police say I need to get the footage myself.

Can you please send me a copy of the CCTV recording showing me on that bus? I was sitting upstairs at the front, grey coat, black rucksack. I got on at Millbrook Road and off at the Station Interchange.

Please hurry, I've read that you only keep the footage for a short time.

Marcus Oyelaran-Brooks
07700 900 418
""",
    R(["Access"], "marcus.ob@netpost.example", "Marcus", "Oyelaran-Brooks"))

add("en-04-location-tracking", "Siobhán Ní Bhriain <siobhan.nibhriain@glenmail.example>", "Why is your app tracking me all the time?",
    """Hi there,

I noticed in my phone settings that your journey planner app has been using my location in the background, even when I'm not travelling. I never agreed to that as far as I know.

Two things:
- I object to you tracking my location in the background, please stop it on my account.
- I'd like to know who you share this location data with and how long you keep it.

Thanks,
Siobhán
""",
    R(["Opposition", "Information"], "siobhan.nibhriain@glenmail.example", "Siobhán", "Ní Bhriain"))

add("en-05-caps-wrong-dob", "GORDON MCALLISTER <gordie.mca@oldmail.example>", "WRONG DATE OF BIRTH ON MY SENIOR PASS",
    """YOUR SENIOR TRAVEL PASS HAS MY DATE OF BIRTH AS 12/07/1985 IT SHOULD BE 12/07/1958. THE DRIVER REFUSED IT THIS MORNING AND I HAD TO PAY. PLEASE CORRECT YOUR RECORDS IMMEDIATELY.

GORDON MCALLISTER
PASS NO 88123004
""",
    R(["Rectification"], "gordie.mca@oldmail.example", "Gordon", "McAllister"))

add("en-06-automated-fine", "Aaliyah Kowalczyk-Reyes <aaliyah.kr@studentmail.example>", "Penalty fare PF-2026-118734 - request human review",
    """Hello,

I received a penalty fare notice (PF-2026-118734) saying my card was "not validated" on the 07:52 tram on 9 November. The letter says the penalty was generated automatically from the validator data and the inspector's handheld scan.

I did tap in - my banking app shows the charge. I don't accept a decision made by your system alone. Under Article 22 GDPR I'm asking for a human being to review this decision and for an explanation of how the system decided my card wasn't valid.

Regards,
Aaliyah Kowalczyk-Reyes
""",
    R(["AutomatedDecision"], "aaliyah.kr@studentmail.example", "Aaliyah", "Kowalczyk-Reyes"))

add("en-07-export-csv", "Oluwaseun Adeyemi <seun.adeyemi@freelance.example>", "Export of my journey history",
    """Hi,

I'm self-employed and my accountant needs all my work journeys for the last two years. Could you send me my full journey and payment history from the travel card account in a machine readable format (CSV or JSON is fine) so I can import it into my bookkeeping software? The PDF statements on the website only go back 3 months.

Card: ending 0392

Cheers
Seun
""",
    R(["Portability"], "seun.adeyemi@freelance.example", "Oluwaseun", "Adeyemi"))

add("en-08-mum-for-son", "Harriet Penhaligon <harriet.penhaligon@homemail.example>", "My son's student travel card",
    """Dear Sir/Madam,

My son Jasper Penhaligon (14) has a student travel card that the school registered for him in September. I am his mother and I was never asked about this.

Please send me a copy of all the data you hold on Jasper (including the photo and his journeys) and then delete his account, as he will be cycling to school from now on. I can send a copy of his birth certificate if needed.

Kind regards,
Harriet Penhaligon
""",
    R(["Access", "Erasure"], "harriet.penhaligon@homemail.example", "Jasper", "Penhaligon",
      representative="Harriet Penhaligon"))

add("en-09-solicitor-restrict", "Rupert Fairweather-Lowe <r.fairweather-lowe@fwlsolicitors.example>",
    "Our client: Mr Naveen Chaudhary - penalty fare ref PF-2026-099310",
    """Dear Sirs,

We act for Mr Naveen Chaudhary of 22 Quarry Lane in connection with the penalty fare referenced above, which our client disputes. A signed form of authority is enclosed.

On behalf of our client we request that you:

(a) restrict the processing of his personal data relating to this penalty, including any transfer to a debt collection agency, pending the resolution of the dispute (Article 18(1)(a) and (d) GDPR); and
(b) provide a copy of all personal data relating to the incident, including inspector notes and any body-worn camera footage (Article 15 GDPR).

Please direct all correspondence to the writer.

Yours faithfully,

Rupert Fairweather-Lowe
Partner
Fairweather & Lowe Solicitors LLP
T: 0161 496 0233

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.
""",
    R(["Restriction", "Access"], "r.fairweather-lowe@fwlsolicitors.example", "Naveen", "Chaudhary",
      representative="Rupert Fairweather-Lowe"))

add("en-10-stop-marketing-typos", "Chloe Brannigan <chloebrannigan@quickmail.example>", "stop the emails",
    """hiya can you take me off your marketing emails and the texts aswell, i keep getting "summer bike deals" evry day its doing my head in

chloe
""",
    R(["Opposition"], "chloebrannigan@quickmail.example", "Chloe", "Brannigan"))

add("en-11-html-close-acct", "Imogen Achebe-Hart <imogen.ah@designstudio.example>", "Close my account",
    html("Hello,",
         "I moved to another city and I won't use your <b>travel card</b> or the bike app again.",
         "Please <b>close my account and delete all my personal data</b>, and stop sending me the monthly newsletter.",
         "Many thanks,<br>Imogen Achebe-Hart<br><i>Senior Designer</i>"),
    R(["Erasure", "Opposition"], "imogen.ah@designstudio.example", "Imogen", "Achebe-Hart"), ct=HTML)

add("en-12-retention-inspections", "Fergus Lindqvist <fergus.lindqvist@uni.example>", "How long do you keep inspection records?",
    """Good afternoon,

I was checked by ticket inspectors last week (my ticket was fine). The inspector scanned my card and also took a photo of my student ID on her device.

Could you tell me what happens to that information, how long it is kept and whether it is shared with the police or anyone else? I'm not asking for a copy, just want to understand.

Best wishes,
Fergus Lindqvist
""",
    R(["Information"], "fergus.lindqvist@uni.example", "Fergus", "Lindqvist"))

add("en-13-angry-inspector", "Desmond Clarke-Whitby <dez.cw@mailhub.example>", "Complaint AND data request",
    """I am absolutely furious and I want this escalated to someone senior.

Last Friday I was taken off the 6.15 train at Northgate by two of your so-called revenue protection officers in front of my kids because my monthly pass "wasn't showing" on their scanner. I had paid for it, I have the receipt, I showed them the receipt. They didn't care. One of them was filming me with a camera on his vest the entire time and laughing. My daughter was crying. They took my name, address and date of birth and told me I would get a fine in the post. I've been using your trains for eleven years and never been treated like this.

I want a copy of everything your company has on me - the camera footage from that officer, whatever he wrote down, my pass records, all of it. I know I have a right to that.

And I want an apology. The customer service line kept me on hold for 50 minutes and then cut me off. Absolute disgrace. If I don't hear back I'm going to the papers.

D. Clarke-Whitby
""",
    R(["Access"], "dez.cw@mailhub.example", "Desmond", "Clarke-Whitby"))

add("en-14-iphone-delete", "Rosalind Tse <roz.tse@cloudbox.example>", "Account deletion",
    """Hi, I'm moving to Singapore next month, please delete my bike rental account and card details. Username rozt88.

Sent from my iPhone
""",
    R(["Erasure"], "roz.tse@cloudbox.example", "Rosalind", "Tse"))

add("en-15-family-replyto", "The Okonkwo Family <okonkwo.family@homenet.example>", "data held about me",
    """Hello,

This is Adaeze Okonkwo writing. We share this family email address, so please reply to my personal address (it should be set as reply-to).

I'd like to see what information you hold about me - I've had a travel card with you for about five years and also did a couple of bike rentals.

Thank you,
Adaeze
""",
    R(["Access"], "adaeze.okonkwo@personalmail.example", "Adaeze", "Okonkwo"),
    headers=["Reply-To: Adaeze Okonkwo <adaeze.okonkwo@personalmail.example>"])

add("en-16-cp1252-address", "Ciarán Ó Dálaigh <ciaran.odalaigh@webpost.example>", "Change of address on my account",
    """Hello,

I’ve moved house and your annual pass renewal letter (£1,140 – thanks for that…) went to my old flat. Please update my address to:

Flat 3, 27 Weaver’s Close
Ashford Vale

and correct the spelling of my surname while you’re at it – it’s “Ó Dálaigh”, not “O Daly”.

Regards,
Ciarán
""",
    R(["Rectification"], "ciaran.odalaigh@webpost.example", "Ciarán", "Ó Dálaigh"), ct=CP1252, encode="cp1252")

add("en-17-heir-father", "Fiona Ashcombe-Reid <fiona.ashcombereid@familymail.example>", "My late father's travel account",
    """Dear Sir or Madam,

My father, Leonard Ashcombe, passed away on 28 September. He had a senior concession card and an online account with you which still sends him emails.

As executor of his estate, I would like you to close his account and delete his personal data. I can provide the death certificate and grant of probate.

With thanks,
Fiona Ashcombe-Reid
""",
    R(["Erasure"], "fiona.ashcombereid@familymail.example", "Leonard", "Ashcombe",
      representative="Fiona Ashcombe-Reid"))

add("en-18-double-charge", "Yusuf Demir <yusuf.demir@shopmail.example>", "charged twice",
    """Hello my travel card was charged twice on the 12th for the same trip (2 x 3.40). I want my money back please. Card no 6034 1182 9907.

Yusuf Demir
""",
    R(["Unknown"], "yusuf.demir@shopmail.example", "Yusuf", "Demir"))

add("en-19-sharing-question", "Margot Villiers-Stanton <margot.vs@lawschool.example>", "Who do you share app location data with?",
    """Dear privacy team,

I'm writing a dissertation on mobility data and I use your app myself. Could you let me know:
- whether the GPS data from the bike app is shared with advertisers or data brokers,
- whether it is transferred outside the EU/UK,
- and whether you hand it to the police without a court order?

I couldn't find clear answers in the privacy notice.

Kind regards,
Margot Villiers-Stanton
""",
    R(["Information"], "margot.vs@lawschool.example", "Margot", "Villiers-Stanton"))

add("en-20-withdraw-consent", "Tariq Al-Masri <tariq.almasri@inbox.example>", "Withdrawing consent - analytics and location",
    """Hello,

I withdraw my consent for the analytics and "improve our services" location tracking in your app. I've turned it off in the settings but I want to be sure.

Also please erase the location history you have already collected from my phone.

Thanks
Tariq Al-Masri
""",
    R(["Opposition", "Erasure"], "tariq.almasri@inbox.example", "Tariq", "Al-Masri"))

add("en-21-no-punct", "jordan pike <jpike.ride@fastmail.example>", "bike app data",
    """hi i want to know what data you have on me from the bike app my username is jpike_rides i signed up in 2024 can you send it to me thanks jordan
""",
    R(["Access"], "jpike.ride@fastmail.example", "Jordan", "Pike"))

add("en-22-guardian", "Beatrice Lyndon-Farr <b.lyndon-farr@advocacy.example>", "Request on behalf of Mr Samuel Otieno",
    """Dear Data Protection Officer,

I am the court-appointed deputy for property and affairs of Mr Samuel Otieno, who has a disability travel pass with your company. A copy of the court order is attached.

Mr Otieno has been receiving penalty notices he does not understand. Please provide me with a copy of all personal data held about him, including his pass application and any penalty records.

Yours sincerely,

Beatrice Lyndon-Farr
Deputy, Northfield Advocacy Services
01632 960 771
""",
    R(["Access"], "b.lyndon-farr@advocacy.example", "Samuel", "Otieno", representative="Beatrice Lyndon-Farr"))

add("en-23-colleague-fwd-inline", "Priya Raman <priya.raman@acme-corp.example>", "Fwd: please remove my details",
    """Hi privacy team, this came into the customer service inbox, I think it's one for you. She's a bike scheme member.

Thanks, Priya

---------- Forwarded message ---------
From: Gwendolyn Sayers <gwen.sayers@post.example>
Date: Sat, 14 Nov 2026 at 21:03
Subject: please remove my details
To: <customerservice@acme-corp.example>

I've cancelled my bike membership. I don't want you keeping my details, please wipe everything including my card info.

Gwendolyn Sayers
""",
    R(["Erasure"], "gwen.sayers@post.example", "Gwendolyn", "Sayers"))

add("en-24-fwd-attached", "Tom Hedley <tom.hedley@acme-corp.example>", "FW: data export request",
    "",
    R(["Portability"], "hamish.dr@mailbox.example", "Hamish", "Duncan-Reeves"),
    note="Forwarding a customer mail from the social media team (attached). He wants his trip data in a file for a different provider - over to you.\n\nTom Hedley\nCustomer Experience\n",
    attached=("Hamish Duncan-Reeves <hamish.dr@mailbox.example>", "moving my rides to another app",
              "Hello,\n\nI'm switching to the regional bike share and they let you import your ride history. Could you send me all my rides and distances in a standard file format (CSV/JSON) so I can upload it there?\n\nHamish Duncan-Reeves\n"))

add("en-25-restrict-hack", "Naledi Mokoena <naledi.mokoena@cityweb.example>", "Please freeze my data",
    """Hi,

Someone got into my travel account and changed my email and the auto top-up card - I got it back yesterday. Until you have worked out what happened and which details are actually mine, please don't use my data for anything else (no marketing, no sending it to the collection agency for the unpaid top-ups that weren't me).

Naledi Mokoena
""",
    R(["Restriction"], "naledi.mokoena@cityweb.example", "Naledi", "Mokoena"))

# ---------------------------------------------------------------- tasks
add("en-26-task-cctv-vendor", "Graham Oduya <graham.oduya@acme-corp.example>", "DPA review - new onboard CCTV supplier",
    """Hi both,

Procurement have picked BusVision Systems for the onboard CCTV refresh (320 buses, cloud storage of footage). Legal have the master agreement but we need the privacy team to review their data processing agreement and sub-processor list before signature on 4 December.

Draft DPA is on the procurement SharePoint under Tender 2026-14.

Thanks,
Graham Oduya
Category Manager, Fleet Procurement
""",
    TASK("graham.oduya@acme-corp.example", "Graham", "Oduya"))

add("en-27-task-dpia-offers", "Sasha Brightwater <sasha.brightwater@acme-corp.example>", "DPIA needed? location-based offers in the app",
    """Hello privacy folks,

Marketing wants to launch "Offers near you" in the journey app in Q1: push notifications with partner discounts based on where the rider is. I assume this needs a DPIA. Could you kick one off / tell us what you need from us? Happy to set up a meeting.

Sasha Brightwater
Product Owner, Digital Channels
""",
    TASK("sasha.brightwater@acme-corp.example", "Sasha", "Brightwater"))

add("en-28-task-ropa-driver-cams", "Helen Mbatha <helen.mbatha@acme-corp.example>", "Register of processing - driver fatigue cameras",
    """Hi,

Can you please add the driver fatigue-monitoring cameras (in-cab, pilot at Eastfield depot) to the register of processing activities? HR is the owner. Retention is 30 days unless an event is flagged.

Helen Mbatha
HR Business Partner
""",
    TASK("helen.mbatha@acme-corp.example", "Helen", "Mbatha"))

add("en-29-task-inspector-training", "Victor Achterberg <victor.achterberg@acme-corp.example>", "Training for revenue protection officers",
    """Morning,

We're onboarding 25 new revenue protection officers in January, all with body-worn cameras. Could the privacy team run a 1-hour session on what they can and can't record and how to handle requests for footage? Any date in week 2 works.

Best
Victor
Revenue Protection Manager
""",
    TASK("victor.achterberg@acme-corp.example", "Victor", "Achterberg"))

# ---------------------------------------------------------------- incidents
add("en-30-inc-lost-handheld", "Kieran Walsh-Doherty <kieran.walshdoherty@acme-corp.example>", "URGENT lost inspection device",
    """Hi,

One of my team left his handheld inspection device on the 22:10 tram from Central last night. It has the day's penalty fare records on it (names, addresses, some photos of ID). Tram depot has searched, nothing. Device has a PIN but I'm not sure encryption was on. Device ID RP-HH-0417.

What do we need to do?

Kieran Walsh-Doherty
Team Leader, Revenue Protection
Sent from my Android
""",
    INC("kieran.walshdoherty@acme-corp.example", "Kieran", "Walsh-Doherty"))

add("en-31-inc-wrong-fine-letter", "Bronwen Pryce <bronwen.pryce@valleymail.example>", "I got someone else's penalty notice",
    """Hello,

The email I received this morning about a "penalty fare payment reminder" is not for me. It has another man's name, home address and date of birth on it and the amount he owes. My name is nowhere on it. I assume you've mixed up email addresses.

I haven't forwarded it to anyone. What should I do with it?

Bronwen Pryce
""",
    INC("bronwen.pryce@valleymail.example", "Bronwen", "Pryce"))

add("en-32-inc-phishing-click", "Dev Malhotra <dev.malhotra@acme-corp.example>", "I think I clicked a phishing link",
    """Hi,

Sorry - about 20 min ago I got a "shared document" email that looked like it was from our ticketing supplier and I entered my Microsoft login on the page before realising. My account has access to the customer service mailbox and the complaints folder. I've changed my password and told the IT service desk (ticket INC-88213) but they said to tell you too.

Dev Malhotra
Customer Relations Advisor
""",
    INC("dev.malhotra@acme-corp.example", "Dev", "Malhotra"))

add("en-33-inc-other-rides-shown", "Lucinda Ferreira-Holt <lucinda.fh@pocketmail.example>", "your app is showing me someone else's rides",
    """Hi, since the update yesterday when I open "My rides" in the bike app I see trips that aren't mine - with start and end addresses near a house I've never been to, and a name "Pete H." at the top. Pretty sure someone else can see mine too. You should fix this.

Lucinda
""",
    INC("lucinda.fh@pocketmail.example", "Lucinda", "Ferreira-Holt"))

# ---------------------------------------------------------------- follow-ups
add("en-34-fu-dsr-update", "Rhiannon Caddick <rhiannon.caddick@coastmail.example>", "RE: [DSR-40217] Your data protection request",
    """Hello, it's been five weeks since you acknowledged my request and I still have nothing. When will I get my data?

Rhiannon Caddick

> Dear customer, we have received your request and registered it under reference DSR-40217.
> We will respond within one month.
""",
    FU("40217", "rhiannon.caddick@coastmail.example", "Rhiannon", "Caddick"))

add("en-35-fu-cctv-details", "Marcus Oyelaran-Brooks <marcus.ob@netpost.example>", "Re: CCTV footage from the number 17 bus",
    """Sorry, forgot to add - the bus registration was on the police report, it was MX21 KTP, and the crime reference is 4410/11/26. Hope that helps find it.

Marcus

On Mon, 16 Nov 2026, Marcus Oyelaran-Brooks wrote:
> On Tuesday 3 November at around 18:40 I was on the number 17 bus...
""",
    FU(ref("en-03-cctv-footage"), "marcus.ob@netpost.example", "Marcus", "Oyelaran-Brooks"),
    headers=irt("en-03-cctv-footage"))

add("en-36-fu-id-sent", "Wojciech Hartley <w.hartley@mailbox.example>", "Re: [DSR-39985] Identity verification",
    """Hi,

As asked, I've attached a scan of my driving licence. I've blacked out the licence number apart from the last 4 digits.

Regards,
Wojciech Hartley
""",
    FU("39985", "w.hartley@mailbox.example", "Wojciech", "Hartley"))

# ---------------------------------------------------------------- ignored
add("en-37-spam-seo", "Ryan from RankBoost <ryan@rankboost-seo.example>", "Quick question about acme-corp.example",
    """Hi there,

I was checking acme-corp.example and noticed you're not ranking on page 1 for "bike hire near me". We helped 200+ mobility brands triple their organic traffic in 90 days.

Can I send you a free audit? If you'd rather not hear from me, just reply "remove" and I'll delete your data from our list.

Ryan
Growth Consultant, RankBoost
""",
    IGN("spam", "ryan@rankboost-seo.example"))

add("en-38-phish-mailbox", "Mail Administrator <admin@acme-corp-secure.example>", "Action required: privacy mailbox storage full",
    """Dear privacy@acme-corp.example,

Your mailbox has exceeded its storage limit. 47 incoming messages are on hold. To avoid permanent deletion of your data, verify your account within 24 hours:

http://acme-corp-secure.example/verify?user=privacy

IT Service Team
""",
    IGN("spam", "admin@acme-corp-secure.example"), headers=SPAM_HDR)

add("en-39-ooo", "Angela Whitcombe <angela.whitcombe@partnerco.example>", "Automatic reply: Data sharing agreement - park and ride",
    """Thank you for your email. I am out of the office until Monday 23 November with no access to email. For urgent matters please contact partnerships@partnerco.example.

Angela
""",
    IGN("auto_reply", "angela.whitcombe@partnerco.example"), headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-40-newsletter", "Transit Data Weekly <news@transitdataweekly.example>", "This week: fare capping, MaaS APIs and the GDPR",
    """TRANSIT DATA WEEKLY - Issue 212

- Fare capping goes national: what operators need to know
- Webinar: consent in mobility-as-a-service apps (register now)
- Job board: 14 new roles in transport analytics

You are receiving this because you subscribed at transitdataweekly.example.
Unsubscribe: https://transitdataweekly.example/u/8812
""",
    IGN("bulk", "news@transitdataweekly.example"),
    headers=["List-Id: Transit Data Weekly <weekly.transitdataweekly.example>",
             "List-Unsubscribe: <https://transitdataweekly.example/u/8812>", "Precedence: bulk"])

add("en-41-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Undelivered Mail Returned to Sender",
    "", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("en-42-advance-fee", "Barrister Ezekiel Mornington <ezekiel.mornington@legalchambers-intl.example>", "CONFIDENTIAL: unclaimed inheritance of your late customer",
    """Dear Sir/Madam,

I am Barrister Ezekiel Mornington, personal attorney to a late engineer who died intestate leaving USD 8,400,000 in a deposit account. Your organisation's records show a customer of the same surname. I seek your consent to present you as next of kin so the funds can be released, to be shared 60/40.

Reply with your full name, direct phone number and bank details for this confidential transaction.

Regards,
Barr. Ezekiel Mornington
""",
    IGN("spam", "ezekiel.mornington@legalchambers-intl.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="legalchambers-intl.example")])
