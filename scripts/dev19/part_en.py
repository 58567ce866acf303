from common import *  # part en: written blind

add("en-01-deactivated-story", "Marcus Okafor <marcus.okafor@mailbox.example>",
    "Deactivated after 3 years - I want answers",
    """To whoever reads this,

I have been riding for you lot since 2023. Three years. Over 6,000 deliveries, 4.9 rating, never
late more than a handful of times and always because the restaurant was slow. Last Tuesday I
finish a shift in the rain, go home, open the app the next morning and it says my account is
"permanently deactivated due to irregular activity". That's it. No phone call, no email, no
explanation. Support just keeps pasting the same message about "our systems detected a pattern".

What pattern?? I have a mortgage. This was my main income.

So here is what I'm asking, and I'm told I'm entitled to it under GDPR: I want an actual human
being at your company to look at this decision again properly, not the computer that made it.
And I want to see everything you hold on me that went into it - GPS traces, the "irregular
activity" flags, acceptance rates, customer complaints, whatever the score was made of.

My rider ID is R-55102 and the phone on the account is 07700 900412.

I am also speaking to the union about this.

Marcus Okafor""",
    R(["AutomatedDecision", "Access"], "marcus.okafor@mailbox.example", "Marcus", "Okafor"))

add("en-02-oneliner", "<k.dlamini@webpost.example>", "account",
    "pls get rid of my account and everything attached to it, not using the app anymore",
    R(["Erasure"], "k.dlamini@webpost.example"))

add("en-03-formal-art15", "Dr. Helen Fairweather <h.fairweather@fairweather-home.example>",
    "Subject access request under Article 15 UK GDPR",
    """Dear Data Protection Officer,

I am writing to make a subject access request pursuant to Article 15 of the UK General Data
Protection Regulation.

I have been a registered customer of your food and parcel delivery app since approximately
2021, registered with this email address. Please provide me with:

1. confirmation as to whether you process personal data concerning me;
2. a copy of that personal data, including order history, payment tokens, device identifiers
   and any notes made by your customer service team;
3. the information listed in Article 15(1)(a) to (h).

I look forward to your response within one calendar month as required.

Yours faithfully,

Dr Helen Fairweather
14 Larchmont Road
Bristol""",
    R(["Access"], "h.fairweather@fairweather-home.example", "Helen", "Fairweather"))

add("en-04-solicitor-background", "Priya Raman <p.raman@raman-legal.example>",
    "Our client: Mr Tomasz Wiśniewski - background check data",
    """Dear Sirs,

We act for Mr Tomasz Wiśniewski (driver account registered to tomasz.w@postbox.example) in
connection with the rejection of his driver application on 2 November.

Our client was informed that his application failed the background screening. We understand
the screening report attributed to him a motoring conviction which in fact belongs to another
individual with a similar name and a different date of birth.

On our client's behalf we request:

(a) a copy of all personal data relating to him obtained from your screening provider,
    including the report itself and the matching criteria used; and
(b) that the inaccurate conviction entry be corrected in your records without delay.

A signed letter of authority from our client is enclosed.

Yours faithfully,

Priya Raman
Solicitor
Raman & Cole LLP
T: +44 20 7946 0831

This email and any attachments are confidential and may be legally privileged. If you are not
the intended recipient please notify the sender and delete it.""",
    R(["Access", "Rectification"], "p.raman@raman-legal.example", "Tomasz", "Wiśniewski",
      representative="Priya Raman"))

add("en-05-caps-promos", "GARY PHILLIPS <garyphillips1961@fastmail.example>",
    "STOP THE PROMO TEXTS",
    """I HAVE ASKED THREE TIMES NOW. STOP SENDING ME "50% OFF YOUR NEXT ORDER" TEXTS AND EMAILS.
I NEVER AGREED TO ANY OF IT. TAKE ME OFF WHATEVER LIST I AM ON.

GARY""",
    R(["Opposition"], "garyphillips1961@fastmail.example", "Gary", "Phillips"))

add("en-06-html-portability", "Aisha Bello <aisha.bello@ridemail.example>",
    "Moving to another platform - my ratings and trip history",
    html("Hi there,",
         "I'm switching to a different courier platform next month. They let new drivers skip the "
         "probation period if they can show an existing track record.",
         "Could you export my delivery history, customer ratings and completion stats in a format "
         "a computer can read (CSV or JSON is fine) so I can upload it there? If you can send it "
         "straight to them even better - their onboarding address is onboarding@swiftlane.example.",
         "Thanks,<br>Aisha Bello<br>Driver ID D-20931"),
    R(["Portability"], "aisha.bello@ridemail.example", "Aisha", "Bello"), ct=HTML)

add("en-07-selfie-retention", "Jonas Whitfield <jonas.whitfield@netmail.example>",
    "ID selfies - how long are they kept?",
    """Hello,

When I signed up to ride I had to take a selfie holding my passport, and the app asks for a
new selfie every couple of weeks before I can log on.

I'm not asking you to send me anything, I just want to understand: how long are those photos
stored, is it your company or an outside firm doing the face matching, and do the pictures
leave the UK/EU?

Also - the selfies from my first months (2024) surely aren't needed anymore. Please get rid of
those old ones.

Cheers
Jonas""",
    R(["Information", "Erasure"], "jonas.whitfield@netmail.example", "Jonas", "Whitfield"))

add("en-08-colleague-inline", "Beth Crowley <beth.crowley@acme-corp.example>",
    "Fwd: wrong surname on my account",
    """Hi privacy team, one for you I think - customer wants her name fixed, she got married and
support can't edit verified names. Thanks, Beth

Beth Crowley | Customer Support Lead | Acme Corp

---------- Forwarded message ---------
From: Chloe Andrews-Moyo <chloe.am@homepost.example>
Date: Sat, 14 Nov 2026 at 19:02
Subject: name change
To: <support@acme-corp.example>

Hi, my account is still under my maiden name Chloe Andrews, I'm Chloe Andrews-Moyo now. Can you
update it everywhere incl the receipts please, my employer's expense system rejects them.
Thank you
Chloe""",
    R(["Rectification"], "chloe.am@homepost.example", "Chloe", "Andrews-Moyo"))

add("en-09-colleague-attached", "Ravi Sethi <ravi.sethi@acme-corp.example>",
    "FW: who gave you my number",
    "",
    R(["Information", "Opposition"], "olu.adeyemi@inboxer.example", "Olu", "Adeyemi"),
    note="""Forwarding this one from the support queue, the customer seems to be asking where we got
his number. Not sure what the process is. Ravi""",
    attached=("Olu Adeyemi <olu.adeyemi@inboxer.example>", "who gave you my number",
              """I have never downloaded your app and I keep getting SMS from you with driver
recruitment offers. Where did you get my mobile number from? Which company sold it to you?
And whatever the answer, stop contacting me.

Olu Adeyemi"""))

add("en-10-pay-breakdown", "Daniel Mwangi <dmwangi@postcorner.example>",
    "Pay for weeks 41-44 doesnt add up",
    """hi

not trying to close my account or anything I still want to work, but my payouts for weeks 41 to
44 are way under what i worked. the app only shows one total per week.

i want the underlying data you used: every job with its distance, waiting time, the surge or
bonus applied, the per-km rate, any deductions. all of it for those 4 weeks. I've asked driver
support twice and they say they "can't see the calculation". someone must be able to.

Daniel Mwangi
sent from my phone""",
    R(["Access"], "dmwangi@postcorner.example", "Daniel", "Mwangi"))

add("en-11-fraud-flag-freeze", "Sofia Lindqvist <sofia.lindqvist@nordpost.example>",
    "Fraud flag on my customer account",
    """Dear privacy team,

My customer account was marked as "suspected refund abuse" after two orders went missing in a
row. I have disputed this with support and they say an investigation is ongoing.

Until that is resolved I do not want that flag used for anything - not shared with restaurants,
not used to block my card, not fed into any other scoring. Please put the processing of that
data on hold while the dispute is looked at.

Kind regards,
Sofia Lindqvist""",
    R(["Restriction"], "sofia.lindqvist@nordpost.example", "Sofia", "Lindqvist"))

add("en-12-mother-for-son", "Karen O'Neill <karen.oneill@familymail.example>",
    "My son is 15 and signed up as a rider",
    """Hello,

I have just found out that my son Liam O'Neill, who is 15, managed to register as a bicycle
courier on your platform using his older cousin's ID for the check but his own name, phone and
bank details. He has done a few deliveries.

He should never have been accepted. I want his account closed and all his information - photos,
bank details, location history - wiped from your systems. I am his mother and legal guardian
and can provide his birth certificate.

His account email is liam.oneill.09@gamerpost.example.

Karen O'Neill
Tel 0161 496 0288""",
    R(["Erasure"], "karen.oneill@familymail.example", "Liam", "O'Neill",
      representative="Karen O'Neill"))

add("en-13-heir-father", "Stephen Achterberg <s.achterberg@inboxer.example>",
    "Account of my late father",
    """Good afternoon,

My father, Hendrik Achterberg, passed away in September. He drove for your platform part time
in his retirement. I am the executor of his estate.

The app keeps sending him shift reminders and his phone still gets notifications, which my
mother finds very upsetting. Please close his driver account and delete the personal
information you have about him. I can send the death certificate and grant of probate.

With thanks,
Stephen Achterberg""",
    R(["Erasure"], "s.achterberg@inboxer.example", "Hendrik", "Achterberg",
      representative="Stephen Achterberg"))

add("en-14-missing-order", "Tamsin Gale <tamsin.gale@webpost.example>",
    "order never arrived",
    """Ordered a curry at 7.40 last night, app said delivered at 8.15, nothing at my door. Can I get
a refund? Order number 88-4410-231. Couldn't find any other email address sorry.""",
    R(["Unknown"], "tamsin.gale@webpost.example", "Tamsin", "Gale"))

add("en-15-typos-profiling", "<bigmike_77@quickmail.example>", "adds",
    """stop useing my info for the adds in the app and the profilng thing that decides what
restaurants i see, i dont want that""",
    R(["Opposition"], "bigmike_77@quickmail.example"))

add("en-16-family-replyto", "The Harrisons <harrison.family@homepost.example>",
    "What do you have on me",
    """Hi,

This is Rebecca (I use the family email for shopping apps). I'd like to see what personal
details your company keeps about me - everything linked to my account, addresses, card info,
anything support wrote down. And the postcode on my profile is wrong, it should be BS6 5QT not
BS6 5QD - please fix it. Please reply to my own address, not this one.

Rebecca Harrison""",
    R(["Access", "Rectification"], "rebecca.harrison@privatebox.example", "Rebecca", "Harrison"),
    headers=["Reply-To: Rebecca Harrison <rebecca.harrison@privatebox.example>"])

add("en-17-cp1252-dob", "Siobhán Ní Bhriain <siobhan.nibhriain@eiremail.example>",
    "Date of birth wrong on driver profile",
    """Hi,

When I did the ID verification the system read my date of birth off my licence as 03/11/1995 \u2013
it\u2019s actually 11/03/1995 (Irish format). Now the insurance partner says my details \u201cdon\u2019t
match\u201d. Can someone amend it on your side?

Go raibh maith agat,
Siobhán""",
    R(["Rectification"], "siobhan.nibhriain@eiremail.example", "Siobhán", "Ní Bhriain"),
    ct=CP1252, encode="cp1252")

add("en-18-location-consent", "Ben Osei <ben.osei@ridemail.example>",
    "Location when I'm offline",
    """Hello

I noticed in my phone settings that your driver app uses my location "always", even when I'm
logged out of shifts. I'm withdrawing whatever consent I gave for that. Outside of working
hours I don't want you tracking where I am.

I still want to keep driving, so please don't close anything.

Ben""",
    R(["Opposition"], "ben.osei@ridemail.example", "Ben", "Osei"))

add("en-19-close-and-unsubscribe", "Margaret Blythe <m.blythe@blythe-consulting.example>",
    "Closing my account",
    """Hello,

Please close my customer account and remove my personal details from your systems. In the
meantime, and in any case, stop sending me marketing emails - I have unsubscribed twice using
the link and they keep coming.

Regards,

Margaret Blythe
Director | Blythe Consulting Ltd
Mob: +44 7700 900 155
Registered in England No. 0918273. This message is confidential. If you received it in error,
please delete it and let us know.""",
    R(["Erasure", "Opposition"], "m.blythe@blythe-consulting.example", "Margaret", "Blythe"))

add("en-20-not-delete-just-ask", "Lucy Tran <lucy.tran@mailbox.example>",
    "Question about restaurants seeing my data",
    """Hey,

I'm not asking you to delete my account, I like the app. I'm just curious and a bit worried:
when I order, which bits of my info does the restaurant get? Do they keep my phone number
afterwards? And do you pass my order history to advertisers or anyone else?

Thanks
Lucy""",
    R(["Information"], "lucy.tran@mailbox.example", "Lucy", "Tran"))

add("en-21-task-dpa-screening", "Oliver Grant <oliver.grant@acme-corp.example>",
    "DPA review - new background screening vendor",
    """Hi team,

Procurement is about to sign with VerityCheck for driver background screening in Ireland and
the Netherlands. Legal asked that privacy review their data processing agreement and the
sub-processor list before signature. Draft is in the shared drive under
Vendors/VerityCheck/DPA_v3.docx.

Target signing date is 30 Nov, so anything before the 25th would be great.

Thanks,
Oliver Grant
Senior Procurement Manager""",
    TASK("oliver.grant@acme-corp.example", "Oliver", "Grant"))

add("en-22-task-dpia-facematch", "Nadia Hussain <nadia.hussain@acme-corp.example>",
    "Need a DPIA for continuous face-match",
    """Hi privacy folks,

Product wants to move the driver selfie check from "every 2 weeks" to "at random times during a
shift", with a liveness test. I'm the PM. I assume this needs an impact assessment given it's
biometric - can we book time to go through the template together? Launch is planned for Q1.

Nadia
Nadia Hussain | Product Manager, Trust & Safety""",
    TASK("nadia.hussain@acme-corp.example", "Nadia", "Hussain"))

add("en-23-task-questionnaire", "Will Pemberton <will.pemberton@acme-corp.example>",
    "Security & privacy questionnaire from Harbour Foods",
    """Hello,

Harbour Foods (enterprise client, 140 restaurants) sent their annual vendor privacy
questionnaire - 62 questions, mostly about retention, transfers and sub-processors. Sales needs
it back by Friday. Could someone from your team fill in the privacy section? Spreadsheet
attached.

Will
Account Executive, Enterprise""",
    TASK("will.pemberton@acme-corp.example", "Will", "Pemberton"))

add("en-24-inc-laptop", "Jake Morrison <jake.morrison@acme-corp.example>",
    "Laptop stolen from car",
    """Hi,

Reporting this as IT told me to also tell privacy: my work laptop was stolen out of my car in
Leeds last night (window smashed). It had the driver onboarding spreadsheets for the northern
region on the desktop - names, phone numbers, some licence numbers. The disk should be
encrypted but I'm honestly not sure about the spreadsheets I saved to a USB stick that was in
the same bag.

Police reference 13/998712/26.

Jake Morrison
Regional Onboarding Coordinator
07700 900 733""",
    INC("jake.morrison@acme-corp.example", "Jake", "Morrison"))

add("en-25-inc-outsider-other-rider", "Emma Castellano <emma.castellano@netmail.example>",
    "I can see someone else's details in the app",
    """Hello,

This morning when I opened my rider app, the "Documents" page showed someone else's driving
licence and insurance certificate - a man called D. Petrov, with his address and date of birth.
My own documents are gone. I took screenshots in case you need them, but I haven't shared them.

This seems like a big problem for him. Please fix it.

Emma Castellano""",
    INC("emma.castellano@netmail.example", "Emma", "Castellano"))

add("en-26-inc-phishing", "Liam Foster <liam.foster@acme-corp.example>",
    "I think I got phished",
    """Hi - bit embarrassing. I got an email that looked like a Microsoft password expiry, clicked
the link and typed my password before I noticed the domain was wrong. That was about 20 min
ago. I've changed the password now. My mailbox has driver payout queries in it with bank details.
Security team is cc'd.

Liam
Payments Ops""",
    INC("liam.foster@acme-corp.example", "Liam", "Foster"))

add("en-27-fu-dsr-chaser", "Farah Qureshi <farah.q@postcorner.example>",
    "Re: [DSR-48213] We have received your request",
    """It has now been over five weeks since you sent this acknowledgement and I have received
nothing. The legal deadline is one month. Please tell me when I will get my data.

Farah Qureshi

> Thank you for contacting us. Your request has been registered under reference DSR-48213.
> We will respond within one month.""",
    FU("48213", "farah.q@postcorner.example", "Farah", "Qureshi"))

add("en-28-fu-reply-id", "Dr. Helen Fairweather <h.fairweather@fairweather-home.example>",
    "Re: Subject access request under Article 15 UK GDPR",
    """Dear DPO,

Further to my email below, please find attached a scan of my driving licence as proof of
identity, as your colleague requested by phone.

Regards,
Helen Fairweather

> Dear Data Protection Officer,
> I am writing to make a subject access request pursuant to Article 15 ...""",
    FU(ref("en-03-formal-art15"), "h.fairweather@fairweather-home.example", "Helen", "Fairweather"),
    headers=irt("en-03-formal-art15"))

add("en-29-spam-broker-removal", "DataShield Pro <alerts@datashield-pro.example>",
    "URGENT: Your personal data found on 214 broker sites",
    """Dear privacy@acme-corp.example,

Our scan found your personal information (home address, phone, relatives) exposed on 214 data
broker websites! Criminals use this data for identity theft.

DataShield Pro will DELETE your data from all brokers automatically. Protect your privacy today
for only $9.99/month - 80% off for the next 24 hours!

>> Click here to remove your data now <<

To stop receiving these alerts reply STOP.""",
    IGN("spam", "alerts@datashield-pro.example"), headers=SPAM_HDR)

add("en-30-spam-advance-fee", "Barrister James Udo <jamesudo.chambers@freemail.example>",
    "CONFIDENTIAL BUSINESS PROPOSAL",
    """Dear Friend,

I am Barrister James Udo, personal attorney to the late engineer who died with his family in a
motor accident, leaving the sum of US$12,500,000 in a security vault. As you share the same
surname I seek your consent to present you as next of kin so the funds can be released to you.

Kindly send your full name, private phone and bank details for the paperwork. Your data will be
protected with strict confidentiality.

Barrister James Udo""",
    IGN("spam", "jamesudo.chambers@freemail.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="freemail.example")])

add("en-31-out-of-office", "Rachel Kim <rachel.kim@partnerfoods.example>",
    "Automatic reply: Processor agreement - signed copy",
    """Thank you for your email. I am out of the office until Monday 23 November with limited
access to email. For urgent matters please contact legal@partnerfoods.example.

Rachel Kim""",
    IGN("auto_reply", "rachel.kim@partnerfoods.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-32-bounce", "Mail Delivery System <MAILER-DAEMON@mail.example.net>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mail.example.net"), dsn=True)

add("en-33-newsletter", "Privacy Weekly <newsletter@privacyweekly.example>",
    "Privacy Weekly #212: platform workers and algorithmic management",
    """This week in Privacy Weekly:

- Platform work directive: what the new transparency rules mean for algorithmic management
- Regulator fines a delivery app over rider facial recognition
- Five tips for handling subject access requests at scale

Read online | Forward to a colleague

You are receiving this because you subscribed at privacyweekly.example.
Unsubscribe: https://privacyweekly.example/u/8812""",
    IGN("bulk", "newsletter@privacyweekly.example"),
    headers=["List-Id: Privacy Weekly <weekly.privacyweekly.example>",
             "List-Unsubscribe: <https://privacyweekly.example/u/8812>",
             "Precedence: bulk"])
