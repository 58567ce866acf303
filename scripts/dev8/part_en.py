from common import *  # part en: written blind

# ---------------------------------------------------------------- requests
add("en-01-copy-oneliner", "Tobias Wren <t.wren@mailbox.example>", "my data",
    "Hi, please send me a copy of all the personal data you hold about me. Thanks, Tobias Wren\n",
    R(["Access"], "t.wren@mailbox.example", "Tobias", "Wren"))

add("en-02-delete-tracker-account", "Marisol Quaye <marisol.quaye@freshpost.example>", "Close my PulseTrack account and delete everything",
    """Hello,

I cancelled my premium subscription last month and I no longer use the PulseTrack app or the wristband.
Please delete my account and all the data that goes with it (workouts, sleep logs, heart rate, weight entries).
I don't want anything kept "for analytics".

The account is registered under this email address.

Regards,
Marisol Quaye
""",
    R(["Erasure"], "marisol.quaye@freshpost.example", "Marisol", "Quaye"))

add("en-03-stop-vitamin-texts", "Dev Raghunathan <dev.r@postbox.example>", "STOP the promo texts",
    """I keep getting text messages about 20% off vitamin D and collagen. I never asked for these.
Take my number off your marketing lists please, I only want messages about my actual prescription orders.
Number is 07700 900418.
Dev
""",
    R(["Opposition"], "dev.r@postbox.example", "Dev", "Raghunathan"))

add("en-04-rx-history-and-dob", "Eleanor Fitzgibbon <eleanor.fitzgibbon@wmail.example>", "Prescription history and wrong date of birth",
    """Dear Privacy Team,

Two things please:

1. I would like a copy of my prescription history and all personal data you hold on me, including the notes your pharmacists added when they called me in September.
2. Your records show my date of birth as 03/11/1958. It is 11/03/1958 (11 March). This caused a problem when my GP's surgery tried to match the repeat prescription. Please correct it.

Customer number AC-5582917.

Kind regards,
Eleanor Fitzgibbon
""",
    R(["Access", "Rectification"], "eleanor.fitzgibbon@wmail.example", "Eleanor", "Fitzgibbon"))

add("en-05-all-caps", "GARY HOLLINSHEAD <garyh1961@inbox.example>", "DELETE ME",
    """DELETE MY ACCOUNT AND EVERYTHING YOU HAVE ON ME AND STOP SENDING ME EMAILS EVERY DAY. I HAVE UNSUBSCRIBED THREE TIMES. THIS IS HARASSMENT.
GARY HOLLINSHEAD
""",
    R(["Erasure", "Opposition"], "garyh1961@inbox.example", "Gary", "Hollinshead"))

add("en-06-export-heart-data", "Lena Sørby-Walsh <lena.sorbywalsh@netmail.example>", "Export of my heart rate and sleep data",
    """Hi there,

I'm moving to a different tracker and I'd like to take my history with me. Could you send me my heart rate, HRV, sleep stages and step counts since 2023 in a machine-readable format (CSV or JSON is fine)? The in-app export only gives me the last 90 days as a PDF which is useless.

If it's possible to send it directly to the new provider that would be even better, but a file is fine.

Thanks!
Lena
""",
    R(["Portability"], "lena.sorbywalsh@netmail.example", "Lena", "Sørby-Walsh"))

add("en-07-insurer-sharing", "Ikenna Mbah <ikenna.mbah@letterbox.example>", "Do you share step counts with insurers?",
    """Hello,

My health insurer has started offering a discount if I "connect my fitness app". Before I do anything: do you already share any of my activity data with insurers or other third parties? Who exactly receives it, and is any of it sent outside the UK/EU?

I'm not asking for a copy, just want to understand how it works.

Ikenna Mbah
""",
    R(["Information"], "ikenna.mbah@letterbox.example", "Ikenna", "Mbah"))

add("en-08-order-auto-declined", "Rosalind Achterberg <ros.achterberg@quickmail.example>", "Order refused by your system - I want a person to look at it",
    """Hello,

My order for my regular asthma inhaler was refused last night with the message "We could not verify this order (risk check)". Nobody explained anything, it seems to be an automatic fraud score. I have ordered from you for four years from the same address and the same card.

I would like this decision reviewed by an actual human being, and to know what the "risk check" was based on. I need this medication.

Rosalind Achterberg
07700 900 266
""",
    R(["AutomatedDecision"], "ros.achterberg@quickmail.example", "Rosalind", "Achterberg"))

add("en-09-allergy-wrong-freeze", "Haruto Linwood <haruto.linwood@mailbox.example>", "Wrong allergy on my profile",
    """To whom it may concern

My patient profile says I am allergic to penicillin. I am not, I think someone mixed me up with another customer. Please correct it. Until you have checked this with my GP, please don't use or share that allergy record with anyone (pharmacists, the prescribing doctor service, etc.) as it could lead to me getting the wrong antibiotic.

Haruto Linwood
DOB 14/02/1990
""",
    R(["Rectification", "Restriction"], "haruto.linwood@mailbox.example", "Haruto", "Linwood"))

add("en-10-mother-for-son", "Priya Ashdown-Reyes <priya.ashdownreyes@homemail.example>", "My son's account",
    """Hello,

My son Callum Ashdown-Reyes (15) made an account on your fitness app using my card for the subscription. I have cancelled the subscription but I want his account and all of his data deleted, including the photos he uploaded for the "body progress" feature. He is a minor and I did not agree to this.

His account email is callum.ar09@gamerpost.example.

I am his mother and can provide ID if needed.

Priya Ashdown-Reyes
""",
    R(["Erasure"], "priya.ashdownreyes@homemail.example", "Callum", "Ashdown-Reyes",
      representative="Priya Ashdown-Reyes"))

add("en-11-solicitor-sar", "Jonathan Pryce-Ellery <j.pryce-ellery@hallamlaw.example>", "Subject Access Request - our client Ms Bronagh Kilcullen",
    """Dear Sirs,

We act for Ms Bronagh Kilcullen of 12 Larchwood Terrace, in connection with a dispute concerning the dispensing of medication in August 2026.

Pursuant to Article 15 of the UK GDPR, our client requests a copy of all personal data you hold concerning her, including but not limited to: order records, prescription images, pharmacist consultation notes, call recordings, chat transcripts and any internal correspondence referring to her.

A signed form of authority from our client is enclosed. Please respond within one calendar month.

Yours faithfully,

Jonathan Pryce-Ellery
Associate Solicitor
Hallam & Pryce LLP
T: 0114 496 0321

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
""",
    R(["Access"], "j.pryce-ellery@hallamlaw.example", "Bronagh", "Kilcullen",
      representative="Jonathan Pryce-Ellery"))

add("en-12-late-father", "Siobhan Mac an tSaoir <siobhan.mcintyre@postbox.example>", "My late father's account",
    """Hello,

My father, Declan Mac an tSaoir, passed away on 2 October. He had a repeat prescription account with you and the fitness app linked to his watch. I am the executor of his estate.

Please close his accounts and delete his data. The reminder emails about his blood pressure tablets are very upsetting for my mother.

I can send the death certificate and the grant of probate.

Siobhan Mac an tSaoir
""",
    R(["Erasure"], "siobhan.mcintyre@postbox.example", "Declan", "Mac an tSaoir",
      representative="Siobhan Mac an tSaoir"))

add("en-13-html-access", "Wendell Oyelaran <wendell.oyelaran@webpost.example>", "Data request",
    html("Hi,", "Under GDPR I would like to see <b>what information you have about me</b>: my orders, my app data and anything you bought from or got from third parties.",
         "Many thanks<br>Wendell Oyelaran<br><i>Sent from Outlook Web</i>"),
    R(["Access"], "wendell.oyelaran@webpost.example", "Wendell", "Oyelaran"), ct=HTML)

add("en-14-cp1252-new-address", "Margaret O'Donoghue <m.odonoghue@oldmail.example>", "Change of address \u2013 please update",
    """Dear Sir/Madam,

I have moved and my tablets are still being sent to my old flat. Could you please update my address on \u201call your systems\u201d to:

Flat 3, 27 Quarry Lane
Kettleby
KB4 9QT

I\u2019ve tried in the app but it won\u2019t let me change it while an order is \u201cin progress\u201d. I already paid \u00a34.99 for the last delivery which went to the wrong place!

Thank you,
Margaret O\u2019Donoghue
""",
    R(["Rectification"], "m.odonoghue@oldmail.example", "Margaret", "O'Donoghue"),
    ct=CP1252, encode="cp1252")

add("en-15-long-angry-story", "Benedikt Thornycroft <b.thornycroft@fastmail.example>", "Absolutely appalling service",
    """I don't even know where to start.

On 28 October I ordered my usual levothyroxine through your website. I received a confirmation, then a second confirmation, then an email saying my prescription had been "rejected by the prescriber" which is nonsense because my GP confirmed she had sent it. I called your helpline and waited 47 minutes, then was told it was a "system issue" and someone would call me back. Nobody called back.

On 3 November the parcel arrived but it contained half the quantity and a leaflet for a completely different product. I was charged twice, once for the subscription "Care Plus" which I never signed up for and once for the order itself. Your chat bot kept sending me links to the FAQ.

Meanwhile your fitness app keeps telling me my "heart health score" is dropping and suggesting I book a paid consultation. How does the app know about my thyroid medication? Did the pharmacy share my prescription with the app team? I never agreed to that.

So: I want to know exactly what you hold about me, in both the pharmacy and the app, and who it has been shared with. Send me a full copy. And I want the Care Plus charge refunded.

I am also considering complaining to the ICO.

Benedikt Thornycroft
""",
    R(["Access"], "b.thornycroft@fastmail.example", "Benedikt", "Thornycroft"))

add("en-16-where-is-parcel", "Chantelle Abara <chantelle.abara@inbox.example>", "order not arrived",
    """hi my order 88213407 was meant to come tuesday and its still not here, tracking hasnt moved since sunday. can someone tell me where it is please i need it before the weekend
thanks chantelle
""",
    R(["Unknown"], "chantelle.abara@inbox.example", "Chantelle", "Abara"))

add("en-17-family-address-research", "The Okonkwo-Harris Family <home@okonkwoharris.example>", "Research programme - withdraw",
    """Hello,

I joined your "Move Better" research programme through the app last year and agreed that my activity and sleep data could be used for research with your university partner. I am withdrawing that consent now. Please stop using my data for the study.

Please reply to my own address, not the family one.

Adaeze Okonkwo-Harris
""",
    R(["Opposition"], "adaeze.oh@personalmail.example", "Adaeze", "Okonkwo-Harris"),
    headers=["Reply-To: Adaeze Okonkwo-Harris <adaeze.oh@personalmail.example>"])

add("en-18-no-name-typos", "kezza_88@quickmail.example", "remove",
    """pls remove my email from ur mailing list i get like 4 emails a day about protien shakes and step challanges its too much
""",
    R(["Opposition"], "kezza_88@quickmail.example"))

add("en-19-retention-scans", "Ottilie Featherstonehaugh <ottilie.f@wmail.example>", "How long do you keep prescription photos?",
    """Good afternoon,

When I uploaded my private prescription I had to take a photo of the paper form. How long do you keep those images, and do you keep them after I close my account? Also, is the photo seen by anyone outside your pharmacy (e.g. an outsourced checking service)?

Thank you,
Ottilie Featherstonehaugh
""",
    R(["Information"], "ottilie.f@wmail.example", "Ottilie", "Featherstonehaugh"))

add("en-20-iphone-footer", "Ravi Chandrasekaran <ravi.chandra@mobilemail.example>", "data",
    """Can I get a copy of my data and also an export I can import into another app (json or csv)
Ravi

Sent from my iPhone
""",
    R(["Access", "Portability"], "ravi.chandra@mobilemail.example", "Ravi", "Chandrasekaran"))

add("en-21-support-forward-inline", "Hattie Blackwood <hattie.blackwood@acme-corp.example>", "Fwd: Please delete my details",
    """Hi privacy team, this came in on the customer support queue, I think it's one for you. Customer is not happy, she's already asked twice apparently.
Thanks, Hattie (Customer Care, Leeds)

---------- Forwarded message ---------
From: Noor Al-Sabbagh <noor.alsabbagh@postbox.example>
Date: Sun, 15 Nov 2026 at 21:14
Subject: Please delete my details
To: <support@acme-corp.example>

This is the third time I am writing. I closed my account in the summer. Please delete all my personal details including my address, my card and my medical questionnaire answers. I do not consent to you keeping them.

Noor Al-Sabbagh
""",
    R(["Erasure"], "noor.alsabbagh@postbox.example", "Noor", "Al-Sabbagh"))

add("en-22-attached-employer-wellness", "Fergus Lathwell <fergus.lathwell@acme-corp.example>", "FW: employer wellness question",
    "", R(["Information", "Access"], "imogen.strachan@corpmail.example", "Imogen", "Strachan"),
    attached=("Imogen Strachan <imogen.strachan@corpmail.example>", "What does my employer see?",
              """Hello,

My employer signed us all up to the PulseTrack corporate wellness challenge. I'd like to know exactly what data about me my employer can see (steps? sleep? weight?) and whether you send them individual or only team-level figures.

And please send me a copy of whatever you have shared with them about me so far.

Thanks,
Imogen Strachan
"""),
    note="Forwarding as attachment - came into the B2B partnerships inbox. Customer of our corporate client Thistledown Logistics. Fergus")

add("en-23-formal-objection-profiling", "Cornelius Abernethy-Vance <c.abernethy-vance@lettermail.example>", "Objection under Article 21 UK GDPR",
    """Dear Data Protection Officer,

I hereby object, pursuant to Article 21 of the UK General Data Protection Regulation, to the processing of my personal data for the purposes of profiling and direct marketing, including the "personalised health offers" displayed in your app and sent by email, which I understand are generated from my purchase history and activity data.

Please confirm in writing that this processing has ceased.

Yours faithfully,

Cornelius Abernethy-Vance
""",
    R(["Opposition"], "c.abernethy-vance@lettermail.example", "Cornelius", "Abernethy-Vance"))

add("en-24-signature-disclaimer", "Dr Yasmin Halloran-Price <y.halloran-price@northridgeclinic.example>", "Old pharmacy account",
    """Hello,

I have an old personal account with your online pharmacy from when I lived in Bristol (registered with my previous email yhp.bristol@oldmail.example). I no longer use it. Please erase the account and the data attached to it.

Best wishes,

Dr Yasmin Halloran-Price
Consultant Physiotherapist | Northridge Clinic
Tel: +44 20 7946 0958

CONFIDENTIALITY NOTICE: This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. Northridge Clinic accepts no liability for the content of this email.
""",
    R(["Erasure"], "y.halloran-price@northridgeclinic.example", "Yasmin", "Halloran-Price"))

# ---------------------------------------------------------------- tasks
add("en-25-task-sms-vendor-dpa", "Clementine Ashworth <clementine.ashworth@acme-corp.example>", "DPA review - new SMS reminder vendor",
    """Hi privacy team,

We're onboarding TextPing Ltd to send the medication refill reminders by SMS (they'll get name, mobile number and the name of the medicine in the reminder). Legal has the MSA but we need you to review their data processing agreement and the sub-processor list before we sign. Target go-live is 7 December.

DPA attached in the procurement ticket PROC-2291.

Thanks,
Clementine Ashworth
Procurement Lead
""",
    TASK("clementine.ashworth@acme-corp.example", "Clementine", "Ashworth"))

add("en-26-task-dpia-sleep-coach", "Anselm Greathead <anselm.greathead@acme-corp.example>", "New feature: AI sleep coach - DPIA?",
    """Hello,

Product is planning an "AI sleep coach" in the app that uses heart rate, sleep stages and the user's medication list (from the pharmacy side) to suggest bedtime routines. Could you tell us whether we need a DPIA for this and help us with it, and update the record of processing activities? We'd like to start the beta in Q1.

Happy to set up a call.

Anselm Greathead
Senior Product Manager, Wellness
""",
    TASK("anselm.greathead@acme-corp.example", "Anselm", "Greathead"))

add("en-27-task-pharmacist-training", "Beatrix Onwuachi <beatrix.onwuachi@acme-corp.example>", "GDPR training for the new pharmacist intake",
    """Hi,

We have 14 new pharmacists and dispensing assistants starting on 1 December. Can the privacy team run the data protection induction session for them (in person in Manchester if possible, otherwise Teams)? Please let me know what dates work.

Beatrix
People & Culture
""",
    TASK("beatrix.onwuachi@acme-corp.example", "Beatrix", "Onwuachi"))

add("en-28-task-hospital-questionnaire", "Lucian Thwaites <lucian.thwaites@acme-corp.example>", "Security & privacy questionnaire from St Aldhelm's Trust",
    """Hi all,

St Aldhelm's NHS Trust want to pilot PulseTrack for cardiac rehab patients. Their information governance team sent us a 120-question supplier questionnaire (data flows, retention, hosting location, DPO details, breach process). I can fill in the commercial bits but need you for the data protection sections. Deadline is Friday 20th.

Spreadsheet is on the shared drive under Partnerships/StAldhelms.

Cheers,
Lucian Thwaites
Partnerships Manager
""",
    TASK("lucian.thwaites@acme-corp.example", "Lucian", "Thwaites"))

# ---------------------------------------------------------------- incidents
add("en-29-inc-laptop-train", "Oluwaseun Bright <oluwaseun.bright@acme-corp.example>", "URGENT - laptop left on train",
    """Hi,

I left my work laptop on the 18:42 from Manchester Piccadilly yesterday evening. I reported it to the train company and IT this morning. It has the standard encryption I think, but I had a spreadsheet on the desktop with about 300 customers' names and their pending prescription orders that I was using for the delayed-orders follow up.

What do I need to do?

Oluwaseun Bright
Dispensing Operations
""",
    INC("oluwaseun.bright@acme-corp.example", "Oluwaseun", "Bright"))

add("en-30-inc-wrong-parcel", "Phoebe Carrow <phoebe.carrow@inbox.example>", "I received someone else's medication",
    """Hello,

Today I received a parcel from you addressed to me, but inside there was a bag of medication with another person's name, date of birth and address on the pharmacy label (a Mr T. at an address in Sheffield), plus his prescription printout. My own order was not in it.

I haven't opened the medication. Please tell me what to do with it, this person's details should not have been sent to me.

Phoebe Carrow
""",
    INC("phoebe.carrow@inbox.example", "Phoebe", "Carrow"))

add("en-31-inc-phishing-click", "Gideon Fairweather <gideon.fairweather@acme-corp.example>", "I think I clicked a phishing link",
    """Hi,

About 20 minutes ago I got an email that looked like a DocuSign from our payroll provider. I clicked it and typed my Microsoft password before realising the address was wrong. I've changed my password now and told the IT service desk. I have access to the customer order system and the CRM.

Sorry. Let me know if you need anything else.

Gideon Fairweather
Customer Care Team Leader
""",
    INC("gideon.fairweather@acme-corp.example", "Gideon", "Fairweather"))

add("en-32-inc-other-user-dashboard", "Aurelio Benn <aurelio.benn@webpost.example>", "I can see somebody else's data in the app",
    """Hi, this morning after the app update, when I opened my dashboard I saw someone else's workouts, their weight history and their name "Kasia" at the top. I logged out and in again and it is still showing her data, not mine. Screenshots available.

This is pretty serious, I assume she can see mine too?

Aurelio Benn
""",
    INC("aurelio.benn@webpost.example", "Aurelio", "Benn"))

# ---------------------------------------------------------------- follow-ups
add("en-33-fu-dsr-chase", "Wilhelmina Stroud <w.stroud@lettermail.example>", "Re: [DSR-40917] We have received your request",
    """Hello, it has now been more than three weeks since your acknowledgement below and I haven't received anything. When can I expect my data?

Wilhelmina Stroud

On 22/10/2026, privacy@acme-corp.example wrote:
> Dear Wilhelmina Stroud,
> We have received your request and registered it under reference DSR-40917.
> We will reply within one month.
> The Privacy Team
""",
    FU("40917", "w.stroud@lettermail.example", "Wilhelmina", "Stroud"))

add("en-34-fu-dsr-id", "Emeka Aldous-Njoku <emeka.an@netmail.example>", "RE: [DSR-41288] Verification of your identity",
    """Hi,

As requested, I've uploaded a photo of my driving licence through the secure link. The address on it is the old one, I've also added a council tax bill with the new address.

Emeka

-----Original Message-----
From: privacy@acme-corp.example
Subject: [DSR-41288] Verification of your identity

To process your request we need to verify your identity...
""",
    FU("41288", "emeka.an@netmail.example", "Emeka", "Aldous-Njoku"))

add("en-35-fu-irt-gps", "Lena Sørby-Walsh <lena.sorbywalsh@netmail.example>", "Re: Export of my heart rate and sleep data",
    """Sorry, forgot to add: please include the GPS routes of my runs and cycles in the export too (GPX would be ideal).

Lena
""",
    FU(ref("en-06-export-heart-data"), "lena.sorbywalsh@netmail.example", "Lena", "Sørby-Walsh"),
    headers=irt("en-06-export-heart-data"))

# ---------------------------------------------------------------- ignored
add("en-36-spam-seo", "Ryan | RankRocket <ryan@rankrocket-seo.example>", "Boost acme-corp.example to page 1 of Google",
    """Hi there,

I was checking your website acme-corp.example and noticed it isn't ranking for key terms like "online pharmacy" and "fitness tracker app". We guarantee first page ranking in 60 days or your money back.

Reply YES and I'll send our price list.

Best,
Ryan
Digital Growth Consultant

If you don't want to hear from me again, reply "delete my data" and I will remove you.
""",
    IGN("spam", "ryan@rankrocket-seo.example"), headers=SPAM_HDR)

add("en-37-phish-data-deletion", "Data Protection Compliance Office <noreply@gdpr-compliance-centre.example>", "Final notice: your company data will be deleted in 24 hours",
    """ATTENTION DATA CONTROLLER,

Your organisation's GDPR registration has EXPIRED. All stored customer records linked to privacy@acme-corp.example will be permanently deleted within 24 hours unless you verify your account.

Verify now: http://gdpr-compliance-centre.example/verify?id=88271

Failure to comply will result in a fine of up to EUR 20,000,000.

Compliance Department
""",
    IGN("spam", "noreply@gdpr-compliance-centre.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="gdpr-compliance-centre.example")])

add("en-38-autoreply-partner", "Tamsin Yeardley <tamsin.yeardley@wellbeinglabs.example>", "Automatic reply: Sub-processor list update",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For urgent matters please contact partnerships@wellbeinglabs.example.

Kind regards,
Tamsin
""",
    IGN("auto_reply", "tamsin.yeardley@wellbeinglabs.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-39-newsletter", "HealthTech Privacy Weekly <news@healthtechprivacy.example>", "This week: wearables, the ICO and health data",
    html("<h2>HealthTech Privacy Weekly</h2>",
         "In this issue: the regulator's new guidance on wearables, why consent is not always the right basis for health data, and 5 questions to ask your cloud provider.",
         "You are receiving this because you subscribed at healthtechprivacy.example. <a href='https://healthtechprivacy.example/unsub'>Unsubscribe</a>"),
    IGN("bulk", "news@healthtechprivacy.example"), ct=HTML,
    headers=["List-Id: HealthTech Privacy Weekly <weekly.healthtechprivacy.example>",
             "List-Unsubscribe: <https://healthtechprivacy.example/unsub>",
             "Precedence: bulk"])

add("en-40-bounce", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>", "Undelivered Mail Returned to Sender",
    "", IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
