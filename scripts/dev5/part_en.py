from common import *  # part en: written blind

# ---------------------------------------------------------------- requests
add("en-01-passport-scan", "Priyanka Raghunathan <priya.raghu@mailbox.example>",
    "Passport copy",
    """Hi,

At check-in at your Edinburgh Waverley hotel last week the receptionist scanned my passport. I'd like that scan deleted now that I have checked out, please.

Thanks,
Priyanka Raghunathan
""",
    R(["Erasure"], "priya.raghu@mailbox.example", "Priyanka", "Raghunathan"))

add("en-02-formal-sar", "Declan O'Sullivan-Hart <d.osullivanhart@lawnet.example>",
    "Subject Access Request under Article 15 UK GDPR",
    """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR.

Please provide me with a copy of all personal data you hold about me, including but not limited to:
  - my booking history made directly or through your online travel agency site;
  - my loyalty programme ("Acme Voyager") profile and points statement;
  - any identity documents copied at check-in;
  - CCTV footage of me at the Bristol Harbourside property on 3 and 4 October 2026;
  - notes recorded by staff about me, including any complaint handling notes.

Please also confirm the purposes of processing, the recipients, and the period for which the data will be stored.

My details: Declan O'Sullivan-Hart, date of birth 14/02/1979, Voyager number VY-5520918.

I look forward to your response within one month.

Yours faithfully,
Declan O'Sullivan-Hart
""",
    R(["Access"], "d.osullivanhart@lawnet.example", "Declan", "O'Sullivan-Hart"))

add("en-03-caps-close", "KWAME ASANTE-BOATENG <kwame.ab@fastmail.example>",
    "CLOSE MY ACCOUNT",
    """CLOSE MY VOYAGER REWARDS ACCOUNT AND DELETE EVERYTHING YOU HAVE ON ME. I DONT WANT ANY MORE POINTS OR ANYTHING.

KWAME ASANTE-BOATENG
""",
    R(["Erasure"], "kwame.ab@fastmail.example", "Kwame", "Asante-Boateng"))

add("en-04-nopunct-marketing", "tamsin.achterberg@inbox.example",
    "emails",
    """stop sending me deals and last minute offers every day i never signed up for this and also stop the text messages to my mobile 07700 900412 thanks tamsin
""",
    R(["Opposition"], "tamsin.achterberg@inbox.example", "Tamsin", None))

add("en-05-review-takedown", "Imogen Fairweather <imogen.fairweather@postbox.example>",
    "My review on your website",
    """Hello,

In 2024 I left a review of the Lakeside Lodge on your booking site. It is shown with my full name and my home town, and it now comes up when people search for me. I want the review removed from your site completely, along with the profile attached to it.

Kind regards,
Imogen Fairweather
""",
    R(["Erasure"], "imogen.fairweather@postbox.example", "Imogen", "Fairweather"))

add("en-06-dob-spelling", "Rhys ap Gwilym <rhys.apgwilym@cymru.example>",
    "Wrong details on my membership",
    """Hi there

My Voyager card and profile say "Rees Apgwilym" and the date of birth is 03/11/1990. It should be Rhys ap Gwilym (lower-case ap, two words) and 11/03/1990 - looks like someone swapped day and month. Could you correct both? It's causing problems when I check in because it doesn't match my passport.

Diolch,
Rhys
""",
    R(["Rectification"], "rhys.apgwilym@cymru.example", "Rhys", "ap Gwilym"))

add("en-07-portability", "Soo-ah Park <sooah.park@webmail.example>",
    "Export of my stay history",
    """Dear team,

I'm moving most of my business travel to another hotel group which offers status matching. Could you send me my full stay history, nights, points earned and redeemed as a CSV or other machine-readable file, so I can upload it to them? If you can transmit it directly to their programme that's fine too.

Best,
Soo-ah Park
Senior Consultant
+44 20 7946 0321
""",
    R(["Portability"], "sooah.park@webmail.example", "Soo-ah", "Park"))

add("en-08-info-police", "Faisal Al-Khatib <faisal.alkhatib@desert-mail.example>",
    "Question about passport information",
    """Good afternoon,

We have booked your hotel in Lisbon for December. The confirmation says you need our passport numbers in advance. Who receives this information? Is it sent to the police or immigration authorities, and how long do you keep it after we leave? I'm not refusing, I just want to understand what happens to it.

Regards,
Faisal Al-Khatib
""",
    R(["Information"], "faisal.alkhatib@desert-mail.example", "Faisal", "Al-Khatib"))

add("en-09-fraud-check", "Oluwaseun Adeyemi <seun.adeyemi@mailhub.example>",
    "Booking cancelled by your system - need a real person",
    """Hello,

My booking ref ACM-77120-K for 3 nights in Dublin was cancelled two hours after I paid, with an email saying it had been "flagged by our automated risk assessment". I have been a customer for years. Nobody on the phone could tell me why. I want a human being to look at this decision and explain what it was based on, because as far as I know it was made entirely by a computer.

Oluwaseun Adeyemi
""",
    R(["AutomatedDecision"], "seun.adeyemi@mailhub.example", "Oluwaseun", "Adeyemi"))

add("en-10-restrict-damage", "Hamish MacAulay <hamish.macaulay@glen.example>",
    "Damage charge - data",
    """To whom it may concern

You have charged my card 350 GBP for "damage to room furnishings" at the Inverness hotel, which I dispute and which is now with my bank as a chargeback. Until that is resolved I ask that you restrict the use of my personal data to what is strictly necessary and do not pass it on to any debt collection agency.

I would also like a copy of the incident report and any photos or notes about me that your staff made.

H. MacAulay
""",
    R(["Restriction", "Access"], "hamish.macaulay@glen.example", "Hamish", "MacAulay"))

add("en-11-solicitor", "Bethany Crowther <b.crowther@crowther-legal.example>",
    "Our client: Mr Tobias Wren - request for personal data",
    """Dear Sirs

We act for Mr Tobias Wren of 12 Mill Lane, Harrogate, in connection with an injury he sustained at the swimming pool of your Harrogate Spa Hotel on 22 August 2026.

On behalf of our client, and with his signed authority (attached), we request copies of all personal data you hold relating to him, including booking records, incident and accident reports, witness statements taken by staff, and CCTV footage from the pool area on that date.

Please direct all correspondence to this office.

Yours faithfully

Bethany Crowther
Solicitor
Crowther & Pike LLP
Tel 01423 555 019

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.
""",
    R(["Access"], "b.crowther@crowther-legal.example", "Tobias", "Wren", representative="Bethany Crowther"))

add("en-12-mother-kidsclub", "Naomi Whitlock-Reyes <naomi.wr@familymail.example>",
    "photos of my son",
    """Hi,

We stayed at your family resort in Paphos in the summer and my son Leo (he is 7) took part in the kids club. I have just seen photos of him on the resort's Instagram and in your new brochure. We never agreed to this. Please remove all pictures of Leo and delete any other data you have on him from the kids club registration.

Naomi Whitlock-Reyes (Leo's mum)

Sent from my iPhone
""",
    R(["Erasure"], "naomi.wr@familymail.example", "Leo", "Whitlock-Reyes", representative="Naomi Whitlock-Reyes"))

add("en-13-family-replyto", "The Pemberton Family <pembertons@homefamily.example>",
    "data held about me",
    """Hello

This is Gregory Pemberton writing (we share this address, please reply to my own address). I booked several trips through your travel agency site over the years. Please send me a copy of the data you hold about me, and after that delete my account as I won't use it again.

Gregory Pemberton
""",
    R(["Access", "Erasure"], "greg.pemberton@workmail.example", "Gregory", "Pemberton"),
    headers=["Reply-To: Gregory Pemberton <greg.pemberton@workmail.example>"])

add("en-14-html-profiling", "Marguerite Lindqvist <m.lindqvist@nordpost.example>",
    "Personalised offers",
    html("Hello,",
         "Your app keeps showing me &quot;offers picked for you&quot; based on where I have stayed and what I searched. "
         "I object to this profiling and I do not want my browsing and booking history used to target me.",
         "Thank you,<br>Marguerite Lindqvist"),
    R(["Opposition"], "m.lindqvist@nordpost.example", "Marguerite", "Lindqvist"), ct=HTML)

add("en-15-long-angry", "Dominic Ashworth <dom.ashworth@quickmail.example>",
    "Absolutely disgraceful treatment",
    """I don't even know where to start.

We arrived at your Canary Wharf hotel at 11pm on Friday after a delayed flight with two tired children, only to be told the hotel was "overbooked" and that our room, booked and paid for three months ago through your own website, had been given away. The night manager was rude, told us we should have called ahead, and sent us in a taxi to some place forty minutes away which frankly was not fit for purpose. No apology. No refund so far. Your customer service line has kept me on hold for a total of three hours this week.

I have written to customer relations separately. But I want to know what you have been recording about me - I was told on the phone there's a "note on my profile" and I have no idea what it says. So I want a copy of all the personal data you hold about me, including those notes and any recordings of my phone calls.

And I want my refund.

Dominic Ashworth
""",
    R(["Access"], "dom.ashworth@quickmail.example", "Dominic", "Ashworth"))

add("en-16-invoice", "Accounts Payable <ap@brightwell-consulting.example>",
    "Invoice for stay 9-11 Nov - VAT number missing",
    """Hello,

The invoice for our employee's stay (Mr J. Okafor, reservation 553201) does not show our company VAT number, so we cannot process it. Could you reissue it with VAT no. GB 123 4567 89?

Many thanks
Accounts Payable
Brightwell Consulting
""",
    R(["Unknown"], "ap@brightwell-consulting.example", None, None))

add("en-17-cp1252", "Ciarán Ó Dálaigh <ciaran.odalaigh@eire.example>",
    "Request \u2013 my data",
    """Hello,

I\u2019d like two things please:
1. a copy of the personal data you hold on me (bookings, loyalty, anything else);
2. the same data in a \u201cstructured, commonly used and machine-readable format\u201d as the law puts it, so I can keep it myself.

I paid \u20ac1,240 for my last stay so I\u2019m sure there\u2019s plenty on file.

Go raibh maith agat,
Ciarán Ó Dálaigh
""",
    R(["Access", "Portability"], "ciaran.odalaigh@eire.example", "Ciarán", "Ó Dálaigh"), ct=CP1252, encode="cp1252")

add("en-18-location-consent", "Jasmine Thorncliffe <jas.thorncliffe@mymail.example>",
    "Withdrawing consent - app location",
    """Hi, when I installed your app I allowed location access so it could show me nearby hotels. I withdraw that consent. Please stop collecting my location.

Jasmine
""",
    R(["Opposition"], "jas.thorncliffe@mymail.example", "Jasmine", "Thorncliffe"))

add("en-19-heir", "Philip Garside <philip.garside@oldmail.example>",
    "My late father's account",
    """Dear Sir or Madam,

My father, Raymond Garside, passed away in September. He was a long-standing member of your loyalty scheme (membership 88-40321) and still receives your mailings. As his son and executor of his estate, I would ask you to close his account and delete his personal details. I can send a copy of the death certificate and the grant of probate if required.

Yours sincerely,
Philip Garside
""",
    R(["Erasure"], "philip.garside@oldmail.example", "Raymond", "Garside", representative="Philip Garside"))

add("en-20-card-retention", "Amara Nwosu <amara.nwosu@citymail.example>",
    "How long do you keep card details?",
    """Hi,

Two quick questions:
- how long do you keep my credit card details after a booking?
- do you share them with the airlines or car rental companies you sell packages for?

Thanks, Amara Nwosu
""",
    R(["Information"], "amara.nwosu@citymail.example", "Amara", "Nwosu"))

add("en-21-one-liner", "zk1987@anonmail.example",
    "data",
    """what data do you have on me
""",
    R(["Access"], "zk1987@anonmail.example", None, None))

add("en-22-colleague-inline", "Helen Marsh <helen.marsh@acme-corp.example>",
    "Fwd: Please delete my account",
    """Hi privacy team, this came into the reservations inbox, can you deal with it? Thanks, Helen

Helen Marsh | Reservations Team Leader | Acme Hotels & Travel

---------- Forwarded message ---------
From: Lorenzo Bianchi-Hughes <lorenzo.bh@homeisp.example>
Date: Sun, 15 Nov 2026 at 20:14
Subject: Please delete my account
To: reservations@acme-corp.example

Hello, I no longer want an online account with you. Please delete it and all my personal details. My email is lorenzo.bh@homeisp.example.
Lorenzo Bianchi-Hughes
""",
    R(["Erasure"], "lorenzo.bh@homeisp.example", "Lorenzo", "Bianchi-Hughes"))

add("en-23-colleague-attached", "Sanjay Mehta <sanjay.mehta@acme-corp.example>",
    "FW: change of email + newsletters",
    None,
    R(["Rectification", "Opposition"], "e.vandermeer.old@oldisp.example", "Eleanor", "Vandermeer"),
    attached=("Eleanor Vandermeer <e.vandermeer.old@oldisp.example>", "change of email + newsletters",
              """Hello,

I'm changing email provider. Please update my profile to eleanor.vandermeer@newisp.example instead of this address. And while you're at it, please take me off the newsletter list, I only want booking confirmations.

Eleanor Vandermeer
"""),
    note="Customer mail from the guest services queue, forwarding to you as it's a data protection thing. Sanjay\n")

add("en-24-typos", "Chloe Dunmore <chloedunmore@phonemail.example>",
    "delte acount",
    """hiya pls delte my acount an stop sending me ofers i booked once in 2022 thats it

chloe dunmore

Sent from my Galaxy
""",
    R(["Erasure", "Opposition"], "chloedunmore@phonemail.example", "Chloe", "Dunmore"))

add("en-25-restriction-insurer", "Victor Lemaire-Grant <victor.lgrant@consult.example>",
    "Please do not delete - but stop using",
    """Dear DPO,

I am in a dispute with my travel insurer about a cancelled trip I booked with you (booking TRV-204417). Please do NOT delete my booking data, as I may need it as evidence, but I ask that you restrict its processing - do not use it for marketing or anything else - until the dispute is settled. I will let you know when it is.

Victor Lemaire-Grant
""",
    R(["Restriction"], "victor.lgrant@consult.example", "Victor", "Lemaire-Grant"))

add("en-26-deputy", "Gwendolyn Pryce <g.pryce@deputy-services.example>",
    "Request on behalf of Mrs Edith Colquhoun",
    """Dear Sir/Madam,

I am the court-appointed deputy for property and financial affairs of Mrs Edith Colquhoun (born 1938), who has dementia. We have found that several hotel bookings and package holidays were made in her name through your website in 2025 and 2026, which she could not have made herself.

Please provide copies of all the personal data you hold about Mrs Colquhoun, including the booking records, the email addresses and phone numbers used, IP addresses and payment details. A copy of the court order is attached.

Yours faithfully,
Gwendolyn Pryce
Professional Deputy
""",
    R(["Access"], "g.pryce@deputy-services.example", "Edith", "Colquhoun", representative="Gwendolyn Pryce"))

add("en-27-no-display-access-erase", "t.nakamura.london@mailbox.example",
    "request",
    """Hello. I would like to know what personal information you store about me, and then I want it deleted. Takeshi Nakamura
""",
    R(["Access", "Erasure"], "t.nakamura.london@mailbox.example", "Takeshi", "Nakamura"))

# ---------------------------------------------------------------- tasks
add("en-28-task-dpa", "Oliver Brandt <oliver.brandt@acme-corp.example>",
    "DPA review - new channel manager",
    """Hi team,

Procurement have picked SiteLink as our new channel manager (it pushes availability and rates to the OTAs and pulls guest reservations back). Their data processing agreement is attached. Could you review it before we sign? Go-live is planned for 1 February so ideally we'd need your comments by mid-December.

Cheers,
Oliver Brandt
IT Project Manager
""",
    TASK("oliver.brandt@acme-corp.example", "Oliver", "Brandt"))

add("en-29-task-dpia", "Fiona Drummond <fiona.drummond@acme-corp.example>",
    "Face recognition check-in kiosks - DPIA needed?",
    """Hello privacy team,

We're piloting self check-in kiosks at two London properties next spring. The vendor offers an optional face match between the guest's selfie and the passport photo. I assume that needs a DPIA - can we set up a meeting to start one? I can bring the vendor's technical docs.

Fiona Drummond
Head of Guest Experience
""",
    TASK("fiona.drummond@acme-corp.example", "Fiona", "Drummond"))

add("en-30-task-register", "Ravi Chandrasekaran <ravi.c@acme-corp.example>",
    "Record of processing - spa bookings",
    """Hi,

The spa booking tool we introduced in the summer (treatments, health questionnaire) isn't in the record of processing activities yet. Could you add it? Happy to fill in whatever template you use.

Thanks
Ravi
""",
    TASK("ravi.c@acme-corp.example", "Ravi", "Chandrasekaran"))

add("en-31-task-questionnaire", "Lucy Fenwick <lucy.fenwick@acme-corp.example>",
    "Urgent: security & privacy questionnaire from corporate client",
    """Hi both,

One of our biggest corporate accounts (a bank) has sent its annual supplier privacy and security questionnaire - 84 questions, due back on the 30th. Sales have answered the commercial bits but sections 4-7 (data retention, transfers, subprocessors, breach handling) need you. I've shared it in the Sales drive.

Lucy Fenwick
Key Account Manager, Corporate Travel
""",
    TASK("lucy.fenwick@acme-corp.example", "Lucy", "Fenwick"))

# ---------------------------------------------------------------- incidents
add("en-32-inc-laptop", "Gareth Pugh <gareth.pugh@acme-corp.example>",
    "Stolen laptop - Manchester Piccadilly front office",
    """Hi,

Reporting this as asked by IT: the front office laptop at Manchester Piccadilly was stolen from behind the desk last night around 2am, during a busy check-in of a coach group. It was logged into the PMS and had the morning's arrival list with names and phone numbers saved on the desktop as an Excel file. Police have been informed (crime ref 06/44812/26). IT say the disk was encrypted but I'm not sure about the saved file.

Gareth Pugh
Front Office Manager, Manchester Piccadilly
""",
    INC("gareth.pugh@acme-corp.example", "Gareth", "Pugh"))

add("en-33-inc-wrong-guest", "Sophie Kettering <sophie.kettering@acme-corp.example>",
    "Sent a guest's passport scan to the wrong person",
    """Hello,

I'm really sorry - this morning I emailed a group confirmation including the passport copies of four guests to the wrong travel agent (a similar name in our address book). I have asked them to delete it but haven't heard back yet. What should I do now?

Sophie Kettering
Groups & Events Coordinator
""",
    INC("sophie.kettering@acme-corp.example", "Sophie", "Kettering"))

add("en-34-inc-outsider", "Mateusz Górecki <mateusz.gorecki@travelmail.example>",
    "I can see someone else's booking in your app",
    """Hi,

When I logged into your app this morning to check my booking in Prague, the "My trips" page showed a stay for someone called A. Feldman in Vienna, with her phone number, email and the last four digits of a card. I haven't touched anything but I thought you should know - this seems like a serious problem. Screenshot available if needed.

Mateusz Górecki
""",
    INC("mateusz.gorecki@travelmail.example", "Mateusz", "Górecki"))

add("en-35-inc-phishing", "Tyrone Blackwood <tyrone.blackwood@acme-corp.example>",
    "I think I clicked a bad link",
    """Hi, I got an email that looked like it came from Booking partner support asking me to confirm our property's extranet login. I clicked and typed in my password before I realised the address was wrong. That login can see all guest reservations for the Leeds hotel. I've changed my password now. Sorry. Tyrone, Reservations Leeds
""",
    INC("tyrone.blackwood@acme-corp.example", "Tyrone", "Blackwood"))

# ---------------------------------------------------------------- follow-ups
add("en-36-fu-dsr-id", "Priya Venkataraman <priya.venkat@homemail.example>",
    "RE: [DSR-40213] We have received your request",
    """Hi,

As requested, attached is a copy of my driving licence to confirm my identity.

Priya

> Dear customer, we have received your request and will respond within one month. To verify your identity, please reply with...
""",
    FU("40213", "priya.venkat@homemail.example", "Priya", "Venkataraman"))

add("en-37-fu-irt-chase", "Declan O'Sullivan-Hart <d.osullivanhart@lawnet.example>",
    "Re: Subject Access Request under Article 15 UK GDPR",
    """Dear Data Protection Officer,

Further to my request below, I note that I have received no acknowledgement. Please confirm receipt and the date by which I can expect your response.

Yours faithfully,
Declan O'Sullivan-Hart

On Mon, 16 Nov 2026, Declan O'Sullivan-Hart wrote:
> Dear Data Protection Officer,
> I am writing to make a subject access request under Article 15 of the UK GDPR.
""",
    FU(ref("en-02-formal-sar"), "d.osullivanhart@lawnet.example", "Declan", "O'Sullivan-Hart"),
    headers=irt("en-02-formal-sar"))

add("en-38-fu-dsr-late", "Ngozi Eze-Williams <ngozi.ew@mailplace.example>",
    "Re: [DSR-39877] Your data protection request",
    """It has now been more than a month since you acknowledged my request and I still have nothing. When will I receive my data?

Ngozi Eze-Williams

-----Original Message-----
From: privacy@acme-corp.example
Subject: [DSR-39877] Your data protection request

Dear Ms Eze-Williams, thank you for your message. Your request has been registered under reference DSR-39877.
""",
    FU("39877", "ngozi.ew@mailplace.example", "Ngozi", "Eze-Williams"))

# ---------------------------------------------------------------- ignored
add("en-39-spam-seo", "Ryan | Growth Team <ryan@rankboost-seo.example>",
    "Your hotel website is losing bookings",
    """Hi there,

I was checking acme-corp.example and noticed you are not on page 1 of Google for "boutique hotel deals". We are a top SEO agency and can get you there in 30 days, guaranteed. Reply YES for a free audit.

Ryan
Growth Team
""",
    IGN("spam", "ryan@rankboost-seo.example"), headers=SPAM_HDR)

add("en-40-spam-phish", "Mail Administrator <admin@acme-corp-mailsecure.example>",
    "ACTION REQUIRED: privacy mailbox will be deactivated",
    """Dear user privacy@acme-corp.example,

Your mailbox has exceeded its storage quota and all messages will be deleted in 24 hours. To keep your data, verify your account here:
http://acme-corp-mailsecure.example/verify

IT Helpdesk
""",
    IGN("spam", "admin@acme-corp-mailsecure.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailsecure.example")])

add("en-41-spam-removal-pitch", "Jenna from WipeTrace <jenna@wipetrace.example>",
    "Help your guests delete their data from 400+ brokers",
    """Hi Privacy Team,

Your guests' personal data is probably sold by hundreds of data brokers. WipeTrace automatically sends erasure requests on their behalf and removes their data everywhere. Hotels that partner with us offer it as a loyalty perk.

Can I book 15 minutes with you next week to show a demo?

Jenna Collins
Partnerships, WipeTrace
Unsubscribe: reply STOP
""",
    IGN("spam", "jenna@wipetrace.example"))

add("en-42-ooo", "Marcus Hale <marcus.hale@partnerco.example>",
    "Automatic reply: Data sharing agreement",
    """Thank you for your email. I am out of the office until 23 November with limited access to email. For urgent matters please contact legal@partnerco.example.

Marcus Hale
""",
    IGN("auto_reply", "marcus.hale@partnerco.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-43-newsletter", "Hospitality Data Weekly <newsletter@hospitalitydata.example>",
    "This week: guest data, AI pricing and the new adequacy decisions",
    """HOSPITALITY DATA WEEKLY - issue 212

- Five things hotels get wrong about guest consent
- AI pricing and the regulators: what's next
- Webinar: passport data retention across Europe

You receive this newsletter because you subscribed at hospitalitydata.example.
Unsubscribe: https://hospitalitydata.example/unsub
""",
    IGN("bulk", "newsletter@hospitalitydata.example"),
    headers=["List-Id: Hospitality Data Weekly <weekly.hospitalitydata.example>",
             "List-Unsubscribe: <https://hospitalitydata.example/unsub>",
             "Precedence: bulk"])

add("en-44-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
