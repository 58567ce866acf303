from common import *  # part en: written blind

add("en-01-whats-on-file", "dazza_k@fastmail.example", "quick one",
"""what info have u lot got on me, just send it over pls

darren""",
    R(["Access"], "dazza_k@fastmail.example", "Darren", None))

add("en-02-dental-records-new-practice", "Siobhán O'Donoghue <siobhan.odonoghue@eircom.example>",
    "My records from the Riverside dental clinic",
"""Hello,

I have been a patient at your Riverside dental clinic for about nine years and I'm moving to
Galway in January, so I've registered with a new practice there.

Two things, please:
1. I would like to see everything the clinic holds on me - charting, treatment notes, the
   x-rays and the notes the hygienist makes about my gums.
2. Could the digital files (the x-rays especially) be sent electronically to my new dentist,
   Dr. Fennelly at Salthill Dental (reception@salthilldental.example), in a format their
   system can open? They tell me DICOM is fine.

My membership number is 88-204-5517 and my date of birth is 03/07/1984.

Many thanks,
Siobhán O'Donoghue""",
    R(["Access", "Portability"], "siobhan.odonoghue@eircom.example", "Siobhán", "O'Donoghue"))

add("en-03-wrong-date-of-birth", "Oluwaseun Adeyemi <seun.adeyemi@mailhub.example>",
    "Date of birth wrong on my membership card",
"""Good afternoon,

My new membership card says I was born on 12/11/1979. I was born on 11/12/1979 - day and month
have been swapped. Because of this the pharmacy portal keeps rejecting my prescriptions as
"member details do not match".

Please fix it on your side and issue a new card.

Regards,
Oluwaseun Adeyemi
Member no. 4471-0093""",
    R(["Rectification"], "seun.adeyemi@mailhub.example", "Oluwaseun", "Adeyemi"))

add("en-04-close-wellness-app", "Priya Raghunathan <priya.r@northmail.example>",
    "Wellness app - get rid of my profile",
"""Hi there,

I tried the MoveWell app for a couple of months but it isn't for me. I don't want to cancel my
health cover - that stays as it is - but I'd like the app profile, the step history, the food
diary and whatever else the app has collected to be wiped completely. Uninstalling it clearly
doesn't do that, because I still get the weekly "your activity report" emails.

Thanks,
Priya""",
    R(["Erasure"], "priya.r@northmail.example", "Priya", "Raghunathan"))

add("en-05-stop-calling", "GARY WHITFIELD <g.whitfield1961@btinternet.example>",
    "STOP CALLING ME",
"""THIS IS THE FOURTH TIME THIS WEEK SOMEONE FROM YOUR SALES TEAM HAS RUNG ME ABOUT A DENTAL
UPGRADE. I DO NOT WANT IT. TAKE MY NUMBER OFF WHATEVER LIST IT IS ON AND DO NOT PHONE ME AGAIN
TO SELL ME THINGS.

GARY WHITFIELD""",
    R(["Opposition"], "g.whitfield1961@btinternet.example", "Gary", "Whitfield"))

add("en-06-claim-rejected-by-computer", "Margaret Hollis <peggy.hollis@homemail.example>",
    "Complaint - physiotherapy claim",
"""To whom it may concern,

I have been a member of your mutual for over twenty years and I have never been treated like
this. In September my husband had a fall in the garden and I have been driving him to
physiotherapy twice a week, as well as going myself for my own shoulder, which your own GP
referred me for. I sent in the receipts for my sessions through your website as I was told to.

Within about two minutes I received an email saying the claim had been "declined - treatment
not consistent with member profile". Two minutes! Nobody could have read the GP letter in that
time. When I rang your helpline the young man told me the system does the first check and he
could not override it. He was polite but he could not tell me what "member profile" meant.

I would like a real person, not a program, to go through my claim again properly, and I want
you to send me the information your system used about me to come to that answer, because I
have no idea what "profile" you have built up of me.

I am also copying this to my local MP's office, frankly.

Yours faithfully,
Mrs Margaret Hollis
14 Orchard Rise, Tewkesbury""",
    R(["AutomatedDecision", "Access"], "peggy.hollis@homemail.example", "Margaret", "Hollis"))

add("en-07-after-my-death", "Reginald Ashworth-Pryce <r.ashworthpryce@oldrectory.example>",
    "Instructions regarding my records upon my death",
"""Dear Sir or Madam,

At 81 I am putting my affairs in order with my solicitor. I should like to leave you clear
instructions about my medical file, my dental records and the information held in my member
account once I have died.

My wishes are: my daughter, Mrs Harriet Lang, should be entitled to receive a copy of my
records should she ask for them, and after that everything should be destroyed rather than
kept. Please confirm whether you can record these wishes on my file and what form you need
them in.

With thanks,
Reginald Ashworth-Pryce""",
    R(["AdvanceDirectives"], "r.ashworthpryce@oldrectory.example", "Reginald", "Ashworth-Pryce"))

add("en-08-mum-for-son-app", "Nomvula Mbeki <nomvula.mbeki@familynet.example>",
    "My son's wellness app account",
"""Hello,

My son Tobias (he is 15) is covered under my family policy and signed himself up for the
wellness app without asking me. He's been logging his meals and weight, which worries me given
his age. As his parent I'd like his app account and all of the data he put in to be removed
please. His member number is the family number 2290-311 with suffix 03.

Thank you
Nomvula Mbeki
07700 900 412""",
    R(["Erasure"], "nomvula.mbeki@familynet.example", "Tobias", "Mbeki", representative="Nomvula Mbeki"))

add("en-09-export-my-app-data", "Wei-Ling Chen <weiling.chen@inbox.example>",
    "Exporting my activity data",
    html("Hi,",
         "I'm moving my fitness tracking to a different platform and want to take my history with me. "
         "Is there a way to get my <b>step counts, sleep logs and workouts</b> from the wellness app as a "
         "CSV or JSON file I can import elsewhere? There's no export button in the app.",
         "Cheers,<br>Wei-Ling Chen"),
    R(["Portability"], "weiling.chen@inbox.example", "Wei-Ling", "Chen"), ct=HTML)

add("en-10-fwd-no-gym-partners", "Hannah Lowe <hannah.lowe@acme-corp.example>",
    "FW: partner gyms",
"""Hi privacy team,

This landed in the claims inbox - I think it's one for you. Can you pick it up?

Thanks, Hannah

Hannah Lowe | Claims Support Advisor | Acme Corp Mutual
T: +44 20 7946 0331

---------- Forwarded message ---------
From: Bartholomew Nkemelu <b.nkemelu@postbox.example>
Date: Fri, 13 Nov 2026 at 21:40
Subject: partner gyms
To: claims@acme-corp.example

Hello, I just found out that my details were passed to "FitLife Partners" because I ticked a
box in the app two years ago. I'm withdrawing that - I don't want my information going to any
gym or partner for offers anymore. Please confirm.

Bart Nkemelu""",
    R(["Opposition"], "b.nkemelu@postbox.example", "Bartholomew", "Nkemelu"))

add("en-11-attached-questionnaire-who-sees", "Callum Reid <callum.reid@acme-corp.example>",
    "Fwd: question about the health questionnaire", "",
    R(["Information"], "fergus.macleod@highland.example", "Fergus", "MacLeod"),
    note="Morning - member email attached, he's asking who gets to see his questionnaire. Over to you. Callum",
    attached=("Fergus MacLeod <fergus.macleod@highland.example>", "health questionnaire",
"""Hello,

Before I fill in the medical questionnaire for the top-up cover, I'd like to understand who
actually reads the answers. Is it a doctor? Does it go to a reinsurer or any company outside
the UK? And how long is it kept if I decide not to take the cover after all?

Regards,
Fergus MacLeod"""))

add("en-12-wrong-diagnosis-code", "Ifeoma Chukwu-Harris <ifeoma.ch@lagosmail.example>",
    "Incorrect diagnosis on my file",
"""Dear Privacy Team,

Looking at my reimbursement statements I see a diagnosis code for "type 2 diabetes" against a
blood test in March. I do not have diabetes; the test was a routine check requested by my
employer. The code is wrong and needs to be taken off.

While you look into this, I don't want that code used for anything at all - not for my renewal
premium, not for the wellness app's "health score", nothing - until it's been sorted out.

Kind regards,
Ifeoma Chukwu-Harris""",
    R(["Rectification", "Restriction"], "ifeoma.ch@lagosmail.example", "Ifeoma", "Chukwu-Harris"))

add("en-13-solicitor-sar", "Amelia Thornbury <a.thornbury@thornburyvance.example>",
    "Our client: Mr Declan Fitzgerald - request under Article 15 UK GDPR",
"""Dear Data Protection Officer,

We act for Mr Declan Fitzgerald of 22 Marine Parade, Brighton (policy number AC-7781-220) in
connection with a dispute concerning the refusal of his dental implant claim. His signed
authority is enclosed.

Pursuant to Article 15 of the UK GDPR, our client requests all personal data you process
concerning him, including claim assessment notes, internal correspondence, call recordings and
clinical records held by your dental practice in Hove, together with the information set out in
Article 15(1)(a) to (h).

Please send your response to this office within one month.

Yours faithfully,

Amelia Thornbury
Partner
Thornbury & Vance Solicitors LLP
+44 1273 960 218

This email is confidential and may be legally privileged. If you are not the intended
recipient please notify the sender and delete it.""",
    R(["Access"], "a.thornbury@thornburyvance.example", "Declan", "Fitzgerald", representative="Amelia Thornbury"))

add("en-14-double-invoice", "Kwame Asante <kwame.asante@webpost.example>",
    "invoice",
"""Hi, I received an invoice for GBP 85 from the dental clinic for my check-up on the 2nd but I
paid at the desk by card on the day. Can someone sort this out? I don't want it going to a debt
collector.

Kwame Asante""",
    R(["Unknown"], "kwame.asante@webpost.example", "Kwame", "Asante"))

add("en-15-typos-delete-and-unsubscribe", "Joanne Pritchard <jo.pritch@mailbox.example>",
    "remove me",
"""hi can u pls delet all my detals i left u in june and i still get ur newsleters and promo stuf
every week, i dont want any more of them either

thx jo""",
    R(["Erasure", "Opposition"], "jo.pritch@mailbox.example", "Joanne", "Pritchard"))

add("en-16-family-address-retention", "The Sandersons <sandersons.home@isp.example>",
    "How long do you keep claim history?",
"""Hello,

I'm leaving the family policy next month because I'm getting cover through work. Out of
curiosity - and some worry - how long will you keep my claims and the counselling sessions I
claimed for after I've left? And will any of it be visible to my parents, who stay on the
policy?

Please reply to my own address, not the family one.

Lucy Sanderson""",
    R(["Information"], "lucy.sanderson@uni-mail.example", "Lucy", "Sanderson"),
    headers=["Reply-To: Lucy Sanderson <lucy.sanderson@uni-mail.example>"])

add("en-17-object-premium-profiling", "Anneliese Cortés-Whitmore <anneliese.cw@cornmail.example>",
    "Use of my app data for pricing",
"""Dear Acme,

Your renewal letter says premiums are now “personalised using activity insights”. I never
agreed to my step count deciding what I pay – I signed up for the app for a €5 gift voucher.

I object to my wellness-app data being used for pricing or any kind of profiling. Keep paying
my claims as before; just stop feeding the app data into that.

Anneliese Cortés-Whitmore""",
    R(["Opposition"], "anneliese.cw@cornmail.example", "Anneliese", "Cortés-Whitmore"),
    ct=CP1252, encode="cp1252")

add("en-18-what-did-the-clinic-write", "Rhys ap Gwilym <rhys.apgwilym@cymru.example>",
    "root canal notes",
"""Hiya - not asking you to delete anything, I'm happy staying with you. I'd just like to see
what the clinic in Cardiff wrote down about me after the root canal in October (the dentist
said something about "patient anxious" and I'm curious what else). And while you're at it,
whatever the wellness app has on me too.

Rhys ap Gwilym

Sent from my iPhone""",
    R(["Access"], "rhys.apgwilym@cymru.example", "Rhys", "ap Gwilym"))

add("en-19-task-teledentistry-dpa", "Ravi Chandrasekhar <ravi.chandrasekhar@acme-corp.example>",
    "Contract review needed - SmileLink teledentistry",
"""Hi Privacy,

Procurement is about to sign with SmileLink for the remote dental consultation pilot in six of
our clinics. They'll be hosting video sessions and the intra-oral photos patients upload.

Could you review their data processing agreement (attached, v3) and the sub-processor list
before 4 December? Legal has done the commercial side already.

Thanks,
Ravi

Ravi Chandrasekhar
Senior Category Manager, Procurement
Acme Corp Mutual | +44 20 7946 0188
This message is intended for the addressee only.""",
    TASK("ravi.chandrasekhar@acme-corp.example", "Ravi", "Chandrasekhar"))

add("en-20-task-dpia-sleep-feature", "Eleanor Fairbairn-Lowe <eleanor.fairbairn-lowe@acme-corp.example>",
    "DPIA for sleep coaching feature?",
"""Hello team,

We're planning to add a "sleep coaching" module to the wellness app in Q1, using data from
wearables (heart rate, sleep stages) and a short mood questionnaire. I assume this needs an
impact assessment before we go to build - can we set up a kick-off with you next week and get
the DPIA template?

Best,
Eleanor Fairbairn-Lowe
Product Manager, Digital Health""",
    TASK("eleanor.fairbairn-lowe@acme-corp.example", "Eleanor", "Fairbairn-Lowe"))

add("en-21-task-ropa-oh-provider", "Tom O'Reilly <tom.oreilly@acme-corp.example>",
    "new occ health provider - register",
"""hi, HR switched occupational health provider to Medicus OH from 1 Nov. can you update the
record of processing activities entry for staff sickness absence? happy to send details.
tom (HR ops)""",
    TASK("tom.oreilly@acme-corp.example", "Tom", "O'Reilly"))

add("en-22-inc-laptop-stolen", "Marcus Delacroix-Bennett <marcus.delacroix-bennett@acme-corp.example>",
    "URGENT - laptop stolen from car",
"""Hi,

My work laptop was taken from my car last night outside my house in Leeds (window smashed).
I'd been working on the Q3 claims audit, so there is a spreadsheet on it with roughly 1,200
members' names, policy numbers and claim amounts. The laptop has a password but I'm honestly
not sure whether BitLocker was on. Police reference 13/98765/26. IT has been told.

What else do I need to do?

Marcus Delacroix-Bennett
Claims Audit Lead
07700 900 671""",
    INC("marcus.delacroix-bennett@acme-corp.example", "Marcus", "Delacroix-Bennett"))

add("en-23-inc-someone-elses-statement", "Graham Tulloch <graham.tulloch@scotnet.example>",
    "I've been sent someone else's statement",
"""Hello,

The envelope with my reimbursement statement this morning also contained two pages for a Mrs
J. Patel - her address, her policy number and a list of what looks like hospital and
psychiatrist appointments. I haven't done anything with it. Do you want me to post it back or
shred it? You should probably let her know.

Graham Tulloch""",
    INC("graham.tulloch@scotnet.example", "Graham", "Tulloch"))

add("en-24-inc-clicked-link", "Aisha Rahman-Ortiz <aisha.rahman-ortiz@acme-corp.example>",
    "i think i clicked a phishing link",
"""hi sorry - got an email that looked like it was from docusign about a supplier contract,
clicked and typed my office 365 password in before i noticed the address was weird. changed
my password straight away. my mailbox has member complaints in it. servicedesk ticket
INC-40213. what else should i do?

aisha
member relations""",
    INC("aisha.rahman-ortiz@acme-corp.example", "Aisha", "Rahman-Ortiz"))

add("en-25-fu-where-is-my-data", "Patricia Oyelaran <pat.oyelaran@homemail.example>",
    "Re: [DSR-48213] We have received your request",
"""It has now been five weeks since this acknowledgement and I've had nothing else. The law
says one month. When can I expect a reply?

Patricia Oyelaran

On 8 Oct 2026, privacy@acme-corp.example wrote:
> Dear Ms Oyelaran,
> Thank you for your message. Your request has been registered under reference DSR-48213.
> We will respond within one month.
> Acme Corp Mutual - Privacy Team""",
    FU("48213", "pat.oyelaran@homemail.example", "Patricia", "Oyelaran"))

add("en-26-fu-export-heart-rate", "Wei-Ling Chen <weiling.chen@inbox.example>",
    "Re: Exporting my activity data",
"""Sorry, forgot to add - I'd need the heart-rate readings in the export too, not only steps
and sleep. Thanks! Wei-Ling""",
    FU(ref("en-09-export-my-app-data"), "weiling.chen@inbox.example", "Wei-Ling", "Chen"),
    headers=irt("en-09-export-my-app-data"))

add("en-27-spam-data-removal", "DataShield Pro <offers@datashield-pro.example>",
    "Your personal data is exposed on 47 broker sites - remove it today",
"""Dear User,

Our scan found YOUR personal information (address, phone, medical interests) listed on 47 data
broker websites and on the dark web. Hackers can buy it for under $1.

DataShield Pro will DELETE your data from all of them automatically. Protect your privacy now
for just $29.99/year - 80% off, today only!

>> Start my removal now <<

Unsubscribe | DataShield Pro, 1 Harbour Plaza""",
    IGN("spam", "offers@datashield-pro.example"), headers=SPAM_HDR)

add("en-28-spam-mailbox-quota", "Mail Administrator <admin@acme-corp-mailsecurity.example>",
    "Action required: privacy@ mailbox will be deactivated",
"""Your mailbox privacy@acme-corp.example has exceeded its storage quota and pending messages
are on hold. To avoid permanent deactivation and loss of data, verify your account within 24
hours:

https://acme-corp-mailsecurity.example/verify

IT Helpdesk""",
    IGN("spam", "admin@acme-corp-mailsecurity.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailsecurity.example")])

add("en-29-out-of-office", "Benedict Okonkwo <b.okonkwo@lawfirm.example>",
    "Automatic reply: Your request DSR-45102",
"""Thank you for your email. I am out of the office until Monday 23 November with limited
access to email. For urgent matters please contact my assistant, Clare, on 0161 496 0744.

Benedict Okonkwo""",
    IGN("auto_reply", "b.okonkwo@lawfirm.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-30-bounce", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
