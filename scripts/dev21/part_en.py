# Development set 21, English. Organisation: a regional public transport operator (bus, tram,
# regional trains), contactless RegioPass card, season tickets, CCTV, fare inspection, lost property.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("en-01-tap-history", "Priya Raghunathan <priya.r@mailbox.example>",
    "Every tap on my RegioPass since 2023",
    """Hello,

I've had a RegioPass since March 2023 and I'd like to see everything your back office has logged
against it: each tap in and tap out, the stops, the times, the top-ups and whatever else is stored
behind the card number ending 4471.

Is that something you can pull together for me? Happy to prove who I am if needed.

Many thanks,
Priya Raghunathan
""", R(["Access"], "priya.r@mailbox.example", "Priya", "Raghunathan"))

add("en-02-delete-app", "tomfoolery88@post.example", "account",
    """pls delete my online acount for the regiopass app, i moved to canada and wont be using it again. acct is under this email

Sent from my iPhone
""", R(["Erasure"], "tomfoolery88@post.example"))

add("en-03-stop-texts", "Gareth O'Donnell <g.odonnell@inbox.example>",
    "Enough with the 'exciting network news' texts",
    """I signed up for SMS delay alerts on the 42 bus. That is ALL I agreed to.

Since January I've had texts about the new tram extension, a summer family ticket and a survey
about "your travel experience". Take my number off whatever promotional list it ended up on. Delay
alerts can carry on, nothing else. I'd also like to know where you think I gave consent for
marketing, and whether my number has been passed to anyone outside your company.

Gareth O'Donnell
07700 900 412
""", R(["Opposition", "Information"], "g.odonnell@inbox.example", "Gareth", "O'Donnell"))

add("en-04-name-on-card", "Siobhán McCarthy <s.mccarthy@eire-mail.example>",
    "Spelling of my name on my personalised season ticket",
    """Hi there,

My annual season ticket (zones 1-3) was printed as "SIOBHAN MC CARTHY". My name is Siobhán McCarthy,
with the fada on the a and no space in McCarthy. The ticket inspector on the Tuesday train queried
it against my passport, which was a bit embarrassing.

Could you fix it on your records and on the card itself when it's next reissued?

Go raibh maith agat,
Siobhán McCarthy
""", R(["Rectification"], "s.mccarthy@eire-mail.example", "Siobhán", "McCarthy"),
    ct=LATIN1, encode="latin-1")

add("en-05-cctv-retention", "Dev Malhotra <dev.malhotra@northmail.example>",
    "cameras on the buses",
    """Quick question. There are cameras everywhere on the new double-deckers, including one pointing
at the upper deck seats. How long is that footage kept, who is allowed to watch it, and does it get
handed to the police as a matter of routine or only when they ask?

Not complaining, just curious.
Dev
""", R(["Information"], "dev.malhotra@northmail.example", "Dev", "Malhotra"))

add("en-06-card-blocked", "Rosalind Achterberg <ros.achterberg@fastpost.example>",
    "Card blocked by your 'system' - I want a human to look at this",
    """Dear Sir or Madam,

Last Friday my RegioPass stopped working at the tram validator. The helpline told me it had been
"flagged by the automated fraud check" because it was used at two stations 40 km apart within an
hour. That is because my husband and I share the family account and have two cards on it.

Nobody looked at this before the card was cut off. I'd like the decision reviewed by an actual
member of staff and I'd like to be able to explain the situation to them. I also want to know what
the algorithm took into account.

Yours faithfully,
Rosalind Achterberg
""", R(["AutomatedDecision"], "ros.achterberg@fastpost.example", "Rosalind", "Achterberg"))

add("en-07-formal-15-17", "Dr Amara Okonkwo-Bell <a.okonkwo-bell@clinic.example>",
    "Subject access and erasure - penalty fare reference PF-2022-118734",
    """Dear Data Protection Officer,

In October 2022 I was issued a penalty fare on the Riverside line (reference PF-2022-118734), which
I paid in full within 14 days.

Pursuant to Article 15 UK/EU GDPR, please provide me with all personal data you hold relating to
that incident, including the inspector's notes, any images taken on the handheld device and the
list of third parties to whom the data was disclosed.

Once that has been provided, I request under Article 17 that the records be erased, as the matter
is closed and I see no lawful basis for keeping them.

I look forward to your response within one month.

Dr Amara Okonkwo-Bell
Consultant Paediatrician
""", R(["Access", "Erasure"], "a.okonkwo-bell@clinic.example", "Amara", "Okonkwo-Bell"))

add("en-08-expenses-export", "Lukas Brennan <lukas.brennan@consult.example>",
    "Journey export for my expenses tool",
    """Hi,

My employer reimburses business trips and their expense software only imports CSV or JSON. The
PDF statements in the RegioPass portal are useless for that.

Can you give me my full trip and payment history in a format I can import straight into another
system? Ideally you'd send it directly to our provider ExpenseFlow at import@expenseflow.example,
but a file to me is fine too.

Cheers,
Lukas Brennan
""", R(["Portability"], "lukas.brennan@consult.example", "Lukas", "Brennan"))

add("en-09-hold-debt", "Winston Adeyemi <w.adeyemi@homebox.example>",
    "Fine under appeal - please don't pass my details on yet",
    """Hello,

I've appealed the £80 fare evasion fine I got at Millbrook station (my card had been charged,
the gate just didn't open). The appeals team says it can take eight weeks.

In the meantime I've received a letter warning that my details "may be transferred to our
recovery partner". Please put my data on hold and don't let it go to any debt collector until the
appeal is decided. I'm not asking you to delete anything, just to stop using it for now.

Winston Adeyemi
""", R(["Restriction"], "w.adeyemi@homebox.example", "Winston", "Adeyemi"))

add("en-10-parent-student-card", "Helen Fairweather <helen.fairweather@family.example>",
    "My son's student travel card",
    """Good afternoon,

My son Oliver Fairweather (15) has a student RegioPass that the school applied for on his behalf.
I never saw the form. As his mother I'd like to know what information you hold on him, including
the photo, his school, and whether his journeys are recorded and visible to anyone at the school.

Please send me whatever you have. I can send his birth certificate if you need it.

Kind regards,
Helen Fairweather
""", R(["Access"], "helen.fairweather@family.example", "Oliver", "Fairweather",
       representative="Helen Fairweather"))

add("en-11-lost-laptop-bag", "Callum Reid <callum.reid@studentmail.example>",
    "left my bag on the tram",
    """hi sorry if this is the wrong address, it was the only one I could find. I left a grey laptop bag
on the number 3 tram yesterday around 6pm heading to the university. is there a lost property office
and how do I claim it back?

Callum
""", R(["Unknown"], "callum.reid@studentmail.example", "Callum", "Reid"))

add("en-12-html-unsub-delete", "Marguerite Olsen <m.olsen@webmail.example>",
    "Newsletter and 'offers' profile",
    html("Hello,",
         "I keep receiving your monthly <b>Travel Smarter</b> newsletter. Please take me off that list for good.",
         "I also noticed in the app that there is an &quot;offers profile&quot; built from my trips. I never wanted that, please remove it entirely along with the preferences you inferred.",
         "Thanks,<br>Marguerite Olsen"),
    R(["Opposition", "Erasure"], "m.olsen@webmail.example", "Marguerite", "Olsen"), ct=HTML)

add("en-13-angry-address", "Barry Whitcombe <barry.whitcombe@oldtown.example>",
    "Complaint - driver, inspector AND your letters",
    """Right. Where do I start.

On the 3rd the 17 bus drove straight past me at the Elm Road stop even though I had my arm out.
The next one was 25 minutes later, so I ran for the train, and because the machine on the platform
was broken I boarded without a ticket, intending to buy one on board as your own posters say you can.
The inspector would not listen and issued me a penalty notice.

That's bad enough, but the penalty letters have been going to 14 Dale Close, where I haven't lived
for two years. My address is 7 Harrow Lane, Oldtown OT4 2BX and it has been on my RegioPass account
since 2024. Please correct it in whatever system the fines come from so this stops happening. And
while you're at it, stop sending paper leaflets about your "loyalty scheme" to either address.

I'll be taking the fine itself up with the appeals people separately.

Barry Whitcombe
""", R(["Rectification", "Opposition"], "barry.whitcombe@oldtown.example", "Barry", "Whitcombe"))

add("en-14-fwd-complaints", "Complaints Team <complaints@acme-corp.example>",
    "FW: footage of the incident on the 22",
    """Hi privacy team,

This came into the complaints inbox, I think it's one for you. Can you pick it up with the customer
directly?

Thanks
Joanne (Customer Relations)

---------- Forwarded message ---------
From: Marcus Delaney <m.delaney@fastmail.example>
Date: Fri, 13 Nov 2026 at 21:14
Subject: footage of the incident on the 22
To: complaints@acme-corp.example

I was verbally abused by another passenger on the 22 on Thursday evening around 19:40. I know the
bus has cameras. I want a copy of any recording that shows me, for my own records and possibly for
the police.

Marcus Delaney
""", R(["Access"], "m.delaney@fastmail.example", "Marcus", "Delaney"))

add("en-15-attached-lostprop", "Lost Property Office <lostproperty@acme-corp.example>",
    "Fwd: my details on your lost property log", "",
    R(["Erasure"], "yusuf.kaya@mailpoint.example", "Yusuf", "Kaya"),
    attached=("Yusuf Kaya <yusuf.kaya@mailpoint.example>", "my details on your lost property log",
              """Hello,

I collected my phone from your office at Central Station last week, thank you. When I signed for it
the clerk typed my name, address, phone number and ID card number into a computer.

Now that I have the phone back, there's no reason for you to keep any of that. Please wipe my entry
from the log.

Yusuf Kaya
"""),
    note="Hi, customer below wants his entry removed from the lost property database. Passing it to you as asked. - Dean, Lost Property")

add("en-16-family-replyto", "The Nakamura-Evans Family <family.ne@home.example>",
    "Personalised offers based on where we travel",
    """Hello,

I've just read the app's new "For you" section, which apparently suggests tickets based on my
journeys. I object to my travel patterns being analysed for that. Please switch it off for my
account. I'm perfectly happy to keep using the card for actual travel.

Keiko Nakamura-Evans
(please reply to my own address, this is the family account)
""", R(["Opposition"], "keiko.ne@work.example", "Keiko", "Nakamura-Evans"),
    headers=["Reply-To: Keiko Nakamura-Evans <keiko.ne@work.example>"])

add("en-17-solicitor-estate", "Fiona Kettering <f.kettering@kettering-law.example>",
    "Estate of the late Harold Pemberton - personal data held",
    """Dear Sirs,

We act for the executors of the estate of the late Mr Harold James Pemberton of 21 Orchard Rise,
who died on 2 September 2026. A copy of the death certificate and of the grant of probate are
enclosed.

Mr Pemberton held a senior concessionary travel pass and an online account with your company. Our
clients ask that you (1) disclose to us the personal data you hold in respect of Mr Pemberton, so
that any outstanding matters can be settled, and (2) thereafter close the account and delete the
associated data.

Yours faithfully,

Fiona Kettering
Associate Solicitor, Kettering & Hale LLP
This email is confidential and may be legally privileged.
""", R(["Access", "Erasure"], "f.kettering@kettering-law.example", "Harold", "Pemberton",
       representative="Fiona Kettering"))

add("en-18-who-gets-taps", "Nadia Petrosyan <nadia.petrosyan@mailhub.example>",
    "Question about sharing",
    """Hi,

To be clear, I don't want my account closed and I'm not asking for my data. I'm just wondering who
else gets to see my tap-in records. The council? The company that makes the card readers? Are they
sent outside the UK or the EU at all?

Thanks,
Nadia
""", R(["Information"], "nadia.petrosyan@mailhub.example", "Nadia", "Petrosyan"))

add("en-19-caps-photo", "Ronald Biggins <ron.biggins@pensioner.example>",
    "SENIOR PASS PHOTO",
    """WHY DO YOU NEED MY PHOTO ON FILE FOR THE OVER 65 PASS AND WHO LOOKS AT IT. IS IT KEPT AFTER THE PASS
RUNS OUT. MY NEIGHBOUR SAYS YOU USE IT FOR FACE RECOGNITION ON THE TRAMS.

RONALD BIGGINS
""", R(["Information"], "ron.biggins@pensioner.example", "Ronald", "Biggins"))

add("en-20-task-cctv-vendor", "Sanjay Patel <sanjay.patel@acme-corp.example>",
    "DPA review - VisionCloud bus CCTV storage",
    """Hi team,

Procurement is about to sign with VisionCloud Ltd for cloud storage of on-vehicle CCTV (all 340
buses and 60 trams). Their data processing agreement is attached, together with their sub-processor
list (one of them is in India).

Could you review the DPA and the transfer clauses before Friday the 27th? Legal have the commercial
terms.

Thanks,
Sanjay Patel
Category Manager, Procurement
""", TASK("sanjay.patel@acme-corp.example", "Sanjay", "Patel"))

add("en-21-task-dpia-gates", "Eleanor Whitfield <eleanor.whitfield@acme-corp.example>",
    "DPIA needed: face-pay pilot at Central Station gates",
    """Hello privacy team,

Ticketing would like to trial "walk-through" face payment at four gates at Central Station from
March. Passengers would opt in by enrolling a selfie in the app.

I understand this needs a DPIA before we go anywhere near a pilot. Could we book a kick-off meeting
next week and can you tell me what you need from us (data flow diagram, vendor docs etc.)?

Best,
Eleanor Whitfield
Head of Ticketing Innovation
""", TASK("eleanor.whitfield@acme-corp.example", "Eleanor", "Whitfield"))

add("en-22-task-ropa-telematics", "HR Systems <hr.systems@acme-corp.example>",
    "Record of processing - driver telematics",
    html("Hi,",
         "We've switched on the harsh-braking and speed telematics on the whole bus fleet and the data now feeds into driver coaching sessions.",
         "Can you update the register of processing activities with this new purpose and let us know if drivers need a new notice?",
         "Regards,<br>Tomasz Zielinski<br>HR Systems Lead"),
    TASK("hr.systems@acme-corp.example", "Tomasz", "Zielinski"), ct=HTML)

add("en-23-inc-handheld", "Craig Munro <craig.munro@acme-corp.example>",
    "Lost inspection device - train 2S47",
    """Hi,

Reporting this as instructed. One of our revenue protection officers left her handheld inspection
device on the 17:05 to Lakeside (2S47) yesterday. It holds the penalty notices issued over the last
three days (names, addresses, dates of birth of about 60 passengers). It's PIN-locked but not
encrypted as far as I know. The train has been searched and it's not in lost property.

Craig Munro
Revenue Protection Supervisor, Northern Depot
""", INC("craig.munro@acme-corp.example", "Craig", "Munro"))

add("en-24-inc-wrong-notice", "Abigail Thornton <abi.thornton@greenmail.example>",
    "I got someone else's penalty notice",
    """Hello,

I've just received an email from your fines department with a PDF penalty notice attached. It isn't
mine. It's for a man called J. Kowalczyk, with his home address, date of birth and the details of
where he was caught without a ticket. My name isn't anywhere on it.

I thought you ought to know. Shall I just delete it?

Abigail Thornton
""", INC("abi.thornton@greenmail.example", "Abigail", "Thornton"))

add("en-25-inc-phishing", "Priyanka Shah <priyanka.shah@acme-corp.example>",
    "clicked a dodgy link - sorry",
    """Hi, this morning I got an email that looked like it was from payroll ("update your bank details
for December pay") and I clicked it and entered my staff login before I realised. IT have reset my
password. I have access to the customer refunds system, so I'm letting you know as well.

Priyanka, Customer Refunds
""", INC("priyanka.shah@acme-corp.example", "Priyanka", "Shah"))

add("en-26-fu-dsr", "Harriet Lockwood <harriet.lockwood@mailbox.example>",
    "Re: [DSR-40817] Your data protection request",
    """It's been five weeks since you sent this acknowledgement and I have heard nothing. The law says
one month. Please tell me when I will get my journey records.

Harriet Lockwood

> Thank you for your message. Your request has been registered under reference DSR-40817.
> We will respond within one month.
> Privacy Team
""", FU("40817", "harriet.lockwood@mailbox.example", "Harriet", "Lockwood"))

add("en-27-fu-irt", "Priya Raghunathan <priya.r@mailbox.example>",
    "Re: Every tap on my RegioPass since 2023",
    """Hi again,

Just to add to my earlier email: the card was replaced in August 2024 after it got damaged, so
there are two card numbers. Please include the old one as well (it ended 0932).

Priya
""", FU(ref("en-01-tap-history"), "priya.r@mailbox.example", "Priya", "Raghunathan"),
    headers=irt("en-01-tap-history"))

add("en-28-spam-gdpr-cert", "GDPR Compliance Office <certificate@gdpr-register-eu.example>",
    "URGENT: your domain acme-corp.example is not registered - fines up to 20,000,000 EUR",
    """Dear Data Controller,

Our audit shows acme-corp.example has NOT renewed its mandatory GDPR Data Protection Certificate.
Unregistered organisations face immediate fines. To remove your exposed personal data from
public breach lists and obtain your certificate, pay the registration fee of 489 EUR within 48 hours:

http://gdpr-register-eu.example/pay?ref=ACME

Data Protection Registration Office
""", IGN("spam", "certificate@gdpr-register-eu.example"), headers=SPAM_HDR)

add("en-29-spam-seo", "Ryan from RankBoost <ryan@rankboost-seo.example>",
    "Quick question about acme-corp.example",
    """Hi,

I was checking out acme-corp.example and noticed you're not ranking for "bus tickets near me".
We've helped 200+ transport companies double their organic traffic in 90 days.

Would you be open to a 10 minute call this week?

Ryan
Growth Lead, RankBoost
Reply STOP to never hear from me again.
""", IGN("spam", "ryan@rankboost-seo.example"),
    headers=[AUTH(dmarc="fail", spf="softfail", dom="rankboost-seo.example")])

add("en-30-auto-reply", "Graham Fletcher <graham.fletcher@citycouncil.example>",
    "Automatic reply: Your request DSR-40990",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access
to email. For urgent transport policy matters please contact policy@citycouncil.example.

Graham Fletcher
""", IGN("auto_reply", "graham.fletcher@citycouncil.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-31-bulk-association", "Transport Data Forum <news@transportdataforum.example>",
    "November digest: open data, ticketing APIs and the new accessibility rules",
    """TRANSPORT DATA FORUM - November digest

* Webinar: account-based ticketing and privacy by design (3 Dec)
* Consultation on open timetable data closes 15 Dec
* Member spotlight: how one tram operator cut data retention by half

You are receiving this because you subscribed as privacy@acme-corp.example.
Unsubscribe: https://transportdataforum.example/unsubscribe
""", IGN("bulk", "news@transportdataforum.example"),
    headers=["List-Id: Transport Data Forum news <news.transportdataforum.example>",
             "List-Unsubscribe: <https://transportdataforum.example/unsubscribe>",
             "Precedence: bulk"])

add("en-32-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
