from common import *  # part en: written blind

add("en-01-mortgage-everything",
    "Gareth Pryce-Jones <gareth.prycejones@mail.example>",
    "Mortgage turned down - need to see my file",
    """Hello,

My mortgage broker rang yesterday to say the application with Northbank was declined "on the
basis of information from a credit reference agency". He named you. I have never missed a
payment in my life as far as I know, so I would like to see exactly what you are holding
under my name - accounts, searches, linked people, the lot - so I can work out what went wrong.

Current address: 22 Heol y Felin, Cardiff CF14 3RT. Previous (until 2022): 7 Marine Parade, Penarth.
Date of birth 03/09/1981.

Thanks,
Gareth Pryce-Jones
07700 900412
""",
    R(["Access"], "gareth.prycejones@mail.example", "Gareth", "Pryce-Jones"))

add("en-02-oneliner",
    "dazza_88@mail.example",
    "account",
    "pls get rid of my carmarket account and everything on it cheers\n",
    R(["Erasure"], "dazza_88@mail.example"))

add("en-03-phone-default",
    "Priya Raghunathan <priya.r@inbox.example>",
    "Default on my file that isn't mine",
    """Dear Sir or Madam,

There is a default registered on my credit file by "Talkmore Mobile" dated March 2024 for
£186.40. I have never had a contract with Talkmore; I have been with the same network since 2015.
I have reported it to Talkmore as well, who so far have not answered.

Please amend the file so that this entry no longer appears against me. While you and they are
looking into it, I would ask that the entry is not shown to any lender - I am in the middle of
applying for a car loan and it is costing me.

Kind regards
Priya Raghunathan
""",
    R(["Rectification", "Restriction"], "priya.r@inbox.example", "Priya", "Raghunathan"))

add("en-04-angry-dealers",
    "Declan O'Sullivan <declan.osullivan@post.example>",
    "This has to stop",
    """I am writing this for the third time now because nobody seems to read anything.

In August I put my Golf up for sale on your car site. Fine. It sold in four days to a lovely
couple from Swindon, I marked it as sold, and I thought that was the end of it. Since then I have
had, and I am not exaggerating, somewhere north of forty calls from "dealers" and "finance
partners" who all say they got my number from your website. One of them rang at 10pm on a Sunday.
My wife answered. Another one asked if I wanted to "unlock my credit potential", whatever that is.

I rang your customer line and was on hold for 52 minutes before being told to "email the privacy
team". So here I am.

I want my phone number and my details taken off whatever list you are giving to these people and I
don't want you passing them on to anybody ever again. And frankly once that is done I want my
number wiped from your systems altogether, there is no reason for you to still have it, the car is SOLD.

If I get one more call I am going to the ICO.

Declan O'Sullivan
""",
    R(["Opposition", "Erasure"], "declan.osullivan@post.example", "Declan", "O'Sullivan"))

add("en-05-score-computer",
    "Funmilayo Adeyemi <funmi.adeyemi@mail.example>",
    "Instant decline - want a real person",
    """Hi,

I applied for a small personal loan through the Quidly app on Saturday and got declined in
about three seconds. The app says the decision "used a score supplied by Acme Corp". I have a
permanent job, no debts apart from a phone contract, and I have lived at the same address for six
years, so something in that score is off.

I'm not happy that a computer just decided this. I'd like someone at your end to actually look at
how that number was worked out and review it with human eyes, and tell me what I can do to
challenge it.

Funmilayo Adeyemi
""",
    R(["AutomatedDecision"], "funmi.adeyemi@mail.example", "Funmilayo", "Adeyemi"))

add("en-06-export-file",
    "Hannah Whitcombe <hannah.whitcombe@web.example>",
    "Moving my report to another provider",
    html("Hi there,",
         "I've signed up with a budgeting service that wants to pull in my credit history. "
         "Rather than typing it all in, is there a way you can give me my report as a file they can "
         "read &ndash; CSV, JSON, anything structured really &ndash; or send it straight across to them?",
         "Not after a printed letter, I've got one of those already.",
         "Thanks!<br>Hannah Whitcombe"),
    R(["Portability"], "hannah.whitcombe@web.example", "Hannah", "Whitcombe"), ct=HTML)

add("en-07-general-questions",
    "Moira Campbell <moira.campbell@post.example>",
    "A few questions before I agree to anything",
    """Good afternoon,

My bank has asked me to consent to a check through your company. Before I say yes I would like to
understand a few things:

1. What sorts of organisations do you pass information on to, in general?
2. How long do you keep details of accounts that have been closed and settled?
3. Does any of it leave the UK - do you use servers or staff abroad?

I'm not asking for my own file at this stage, just how it works.

Regards,
Moira Campbell (Mrs)
""",
    R(["Information"], "moira.campbell@post.example", "Moira", "Campbell"))

add("en-08-mum-for-son",
    "Claire Bennett <claire.bennett@home.example>",
    "My son's account on your car website",
    """Hello,

My son Oliver (he's 16) made an account on your used car marketplace so he could save cars he
likes and message sellers. He did this without asking us and put in his school email and his
mobile number. I'm not comfortable with it at his age.

Can you please close his account and remove all of his information? The account email is
oliver.bennett@school.example. I'm his mother and can provide ID if you need it.

Thank you,
Claire Bennett
""",
    R(["Erasure"], "claire.bennett@home.example", "Oliver", "Bennett", representative="Claire Bennett"))

add("en-09-fwd-old-address",
    "Ben Tranter <ben.tranter@acme-corp.example>",
    "Fwd: old address still showing",
    """Hi privacy team - this one landed in the support queue, I think it's yours. Customer is happy
to be contacted on the address below.

Cheers
Ben Tranter | Customer Support | Acme Corp

---------- Forwarded message ---------
From: Aisha Rahman <aisha.rahman@post.example>
Date: Sat, 14 Nov 2026 at 11:02
Subject: old address still showing
To: <support@acme-corp.example>

Hi, I moved out of Flat 3, 88 Whitworth Street over two years ago and your report still lists it
as where I live now. My current address is 14 Linden Road, Leeds LS6 2AB. Please can you change it,
it keeps tripping up ID checks when I open accounts.

Aisha
""",
    R(["Rectification"], "aisha.rahman@post.example", "Aisha", "Rahman"))

add("en-10-attached-marketing",
    "Jess Nakamura <jess.nakamura@acme-corp.example>",
    "FW: unsubscribe??",
    "",
    R(["Opposition"], "liam.d@inbox.example", "Liam", "Doherty"),
    attached=("Liam Doherty <liam.d@inbox.example>", "unsubscribe??",
              """I've clicked unsubscribe on your "Cars picked for you" emails three times and they
still keep coming. I also don't want you tracking what I look at to decide what to show me.
Just stop. Thanks, Liam Doherty
"""),
    note="Came into the sales inbox, forwarding as attachment since it's a privacy thing. - Jess")

add("en-11-caps-texts",
    "KEVIN MARSH <kmarsh1966@mail.example>",
    "TEXT MESSAGES",
    """STOP SENDING ME TEXTS ABOUT CAR FINANCE. I NEVER SIGNED UP FOR ANYTHING WITH YOU.
AND I WANT TO KNOW WHO GAVE YOU MY NUMBER IN THE FIRST PLACE.

KEVIN MARSH
""",
    R(["Opposition", "Information"], "kmarsh1966@mail.example", "Kevin", "Marsh"))

add("en-12-solicitor-sar",
    "Eleanor Hartley-Davies <e.hartley-davies@hartleylaw.example>",
    "Our client: Mr Rajesh Kumar - Article 15 request",
    """Dear Data Protection Officer,

We act for Mr Rajesh Kumar of 41 Belgrave Road, Leicester LE4 6AR (date of birth 12 June 1975)
in connection with a dispute with a finance provider. A signed letter of authority is attached.

On our client's behalf we request, pursuant to Article 15 of the UK GDPR, confirmation as to whether
you process personal data concerning him and, where that is the case, a copy of that data together
with the information set out in Article 15(1)(a) to (h).

Please respond to this office within one calendar month.

Yours faithfully,

Eleanor Hartley-Davies
Partner
Hartley Law LLP
0116 496 0731

This email and any attachments are confidential and may be legally privileged. If you are not the
intended recipient please notify the sender and delete it.
""",
    R(["Access"], "e.hartley-davies@hartleylaw.example", "Rajesh", "Kumar",
      representative="Eleanor Hartley-Davies"))

add("en-13-latin1-paid-off",
    "Siobhán Ní Bhriain <siobhan.nibhriain@mail.example>",
    "Old debt still on record",
    """Hello,

Back in 2019 I had a catalogue debt of about £2,300 which I cleared in full in October of that
year. It still appears on my report with a "settled" marker. I know it is accurate, but it is seven
years old and I see no reason it should still be sitting there. I would like it taken off completely
and any of your records of it destroyed.

Go raibh maith agat,
Siobhán Ní Bhriain
""",
    R(["Erasure"], "siobhan.nibhriain@mail.example", "Siobhán", "Ní Bhriain"),
    ct=LATIN1, encode="latin-1")

add("en-14-keep-account",
    "Rhys Llewellyn <rhys.llewellyn@inbox.example>",
    "personalised ads",
    """Hiya,

Just to be clear up front: I do NOT want my seller account closed, I've got two vans listed and
it works fine. What I'm not happy about is the "because you viewed" stuff following me around on
other websites. Please stop using what I browse on your site for targeted adverts.

Rhys
Sent from my Galaxy
""",
    R(["Opposition"], "rhys.llewellyn@inbox.example", "Rhys", "Llewellyn"))

add("en-15-family-replyto",
    "The Okonkwo Family <okonkwo.home@mail.example>",
    "Information you hold",
    """Good evening,

Could you let me have a full print-out of whatever personal information your company holds on me,
including any notes about identity checks? My wife Ngozi will write to you separately about hers.

Please reply to my own address rather than this shared one.

Chidi Okonkwo
""",
    R(["Access"], "chidi.okonkwo@work.example", "Chidi", "Okonkwo"),
    headers=["Reply-To: Chidi Okonkwo <chidi.okonkwo@work.example>"])

add("en-16-pending-ad",
    "Graham Tull <graham.tull@post.example>",
    "Ad stuck on pending",
    """Hi, my advert for a 2017 Ford Focus has been "pending review" since Friday. I've paid the
£9.99. Can someone tell me what's holding it up? Not sure this is the right address but couldn't
find another one.

Graham
""",
    R(["Unknown"], "graham.tull@post.example", "Graham", "Tull"))

add("en-17-typos-score",
    "Mohammed Iqbal <m.iqbal@mail.example>",
    "credit scor question",
    """hi

how dose my score actualy get worked out, like what goes into it? is it sold on to insurence
comapnies as well? and can i get a look at mine please

thanks mo iqbal
""",
    R(["Information", "Access"], "m.iqbal@mail.example", "Mohammed", "Iqbal"))

add("en-18-executor-father",
    "Julie Ashdown <julie.ashdown@mail.example>",
    "Late father - Dennis Fairweather",
    """Dear Acme Corp,

My father, Dennis Fairweather, passed away on 2 October. I am the executor of his estate (copy of
the grant of probate and death certificate available on request).

To help settle his affairs, I need to see what credit accounts and debts are recorded against him
on your files. Once the estate is wound up I would like his records to be removed so that nobody can
open anything in his name.

His last address was 5 Orchard Close, Tewkesbury GL20 5QA, born 19/04/1941.

With thanks,
Julie Ashdown
""",
    R(["Access", "Erasure"], "julie.ashdown@mail.example", "Dennis", "Fairweather",
      representative="Julie Ashdown"))

add("en-19-employee-hr-file",
    "Natalie Crewe <natalie.crewe@acme-corp.example>",
    "Subject access request - my own HR records",
    """Hi,

I'm writing to you in a personal capacity rather than as a colleague. I'd like to make a subject
access request for the personal data Acme holds about me as an employee - my HR file, the notes from
my grievance meeting on 3 September and any emails where I'm discussed by name.

I'd prefer the response to go to this address.

Thanks,
Natalie Crewe
Collections Team
""",
    R(["Access"], "natalie.crewe@acme-corp.example", "Natalie", "Crewe"))

add("en-20-hold-for-ombudsman",
    "Victor Ashworth-Lyle <victor.al@post.example>",
    "Ombudsman complaint - please hold",
    """Dear Privacy Team,

I have an open complaint with the Financial Ombudsman about the late payment markers reported
by Crestline Finance. I am not asking you to delete anything - I need the evidence kept intact for
the complaint. But until the Ombudsman rules, I would ask that those entries are not used in scores
or disclosed in searches.

Reference FOS-2026-118734.

Yours sincerely,
Victor Ashworth-Lyle
""",
    R(["Restriction"], "victor.al@post.example", "Victor", "Ashworth-Lyle"))

add("en-21-task-vendor-dpa",
    "Sunil Patel <sunil.patel@acme-corp.example>",
    "DPA review - VerifyNow ID checks",
    """Hi privacy team,

Procurement have got to the contract stage with VerifyNow for the document/selfie ID checks on the
marketplace. Their DPA is attached - could you review it, especially the subprocessor list (they use a
US hosting provider) and the retention of selfie images? We're hoping to sign by the 30th.

Thanks
Sunil Patel
Senior Product Manager, Marketplace
""",
    TASK("sunil.patel@acme-corp.example", "Sunil", "Patel"))

add("en-22-task-dpia",
    "Rebecca Thorne <rebecca.thorne@acme-corp.example>",
    "DPIA needed - instant finance pre-approval",
    """Hi all,

We're planning to launch "instant finance pre-approval" on car listings in Q1: buyers click a button,
we run a soft search on their credit file and show them which lenders are likely to accept them.
Legal said we need a DPIA before build starts. Can we get some time with you next week to kick it off?
I can pull together the data flows.

Rebecca Thorne
Head of Consumer Products
""",
    TASK("rebecca.thorne@acme-corp.example", "Rebecca", "Thorne"))

add("en-23-task-training",
    "Marcus Oyelaran <marcus.oyelaran@acme-corp.example>",
    "Refresher training for the call centre",
    """Morning,

We've had a few new starters in the Sheffield call centre and the rest of the team are overdue their
annual data protection refresher. Could you run a session (or send us the e-learning link) before
Christmas? About 45 people in total.

Marcus Oyelaran
Operations Manager
T: 0114 496 0288

Acme Corp Ltd is registered in England and Wales. This email is intended for the addressee only.
""",
    TASK("marcus.oyelaran@acme-corp.example", "Marcus", "Oyelaran"))

add("en-24-inc-laptop-stolen",
    "Tom Hadley <tom.hadley@acme-corp.example>",
    "URGENT - work laptop stolen",
    """Hi,

My work laptop was taken from my car at a services on the M1 last night (Leicester Forest East),
window smashed. Police report done, crime ref 4471/11/26. It's encrypted as far as I know, but I
had an Excel export of about 300 open dispute cases saved on the desktop - names, addresses, account
numbers. IT have been told and are wiping it remotely.

Sorry. Let me know what else you need.

Tom Hadley
Disputes Team
""",
    INC("tom.hadley@acme-corp.example", "Tom", "Hadley"))

add("en-25-inc-someone-elses-report",
    "Beverley Stokes <bev.stokes@mail.example>",
    "I've been sent somebody else's credit report",
    """Hello,

I logged in this morning to download my statutory report and the PDF I got is not mine. It has a
different man's name on it, his address in Northampton, his bank accounts and two loans. I've not
shared it with anyone, but I thought you ought to know straight away, as that's his private
information and presumably someone might have got mine.

Bev Stokes
""",
    INC("bev.stokes@mail.example", "Beverley", "Stokes"))

add("en-26-inc-phishing-click",
    "Alan Pearce <alan.pearce@acme-corp.example>",
    "clicked a dodgy link",
    """Got an email that looked like a DocuSign from one of our lender clients, clicked it and put my
Office login in before I realised. Changed my password straight away. I have access to the bulk
report exports so thought I should flag it to you as well as IT.

Alan

Sent from my iPhone
""",
    INC("alan.pearce@acme-corp.example", "Alan", "Pearce"))

add("en-27-fu-five-weeks",
    "Sandra Lowe <sandra.lowe@inbox.example>",
    "Re: [DSR-48213] We have received your request",
    """Five weeks now and I still have nothing. You said one month. When will I get it?

Sandra Lowe

On 9 Oct 2026, privacy@acme-corp.example wrote:
> Dear Ms Lowe,
> Thank you for your message. Your request has been registered under reference [DSR-48213].
> We will respond within one month.
> Acme Corp Privacy Team
""",
    FU("48213", "sandra.lowe@inbox.example", "Sandra", "Lowe"))

add("en-28-fu-json-please",
    "Hannah Whitcombe <hannah.whitcombe@web.example>",
    "Re: Moving my report to another provider",
    """Sorry, meant to add - JSON would be best for them, and my date of birth is 21/02/1993 in case you
need it to find me.

H
""",
    FU(ref("en-06-export-file"), "hannah.whitcombe@web.example", "Hannah", "Whitcombe"),
    headers=irt("en-06-export-file"))

add("en-29-spam-delete-brokers",
    "DataShield Pro <alerts@datashield-pro.example>",
    "ACTION REQUIRED: Your personal data is exposed on 312 sites",
    """Dear user,

Our scan found your email privacy@acme-corp.example listed on 312 data broker and dark web sites.
For a one-time fee of $49 we will DELETE your personal data from all of them within 24 hours and
protect you under GDPR.

Click here to remove your data now: http://datashield-pro.example/remove?id=88231

Offer expires tonight.
""",
    IGN("spam", "alerts@datashield-pro.example"), headers=SPAM_HDR)

add("en-30-spam-inheritance",
    "Barrister James Okoro <j.okoro.chambers@freemail.example>",
    "CONFIDENTIAL BUSINESS PROPOSAL",
    """Dear Friend,

I am Barrister James Okoro, personal attorney to a late client who shares your surname and who left
the sum of US$8,500,000 in a security company. I seek your consent to present you as next of kin so
that the funds can be released. Kindly send your full name, phone and bank details. This is 100% risk
free.

Yours,
Barr. James Okoro
""",
    IGN("spam", "j.okoro.chambers@freemail.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="freemail.example")])

add("en-31-ooo",
    "Peter Grantham <peter.grantham@northbank.example>",
    "Automatic reply: Quarterly data file",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access to
email. For urgent matters please contact lender.ops@northbank.example.

Peter Grantham
""",
    IGN("auto_reply", "peter.grantham@northbank.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-32-newsletter",
    "Privacy Practitioner Weekly <news@privacyweekly.example>",
    "This week: regulators fine credit bureau, new cookie guidance",
    """PRIVACY PRACTITIONER WEEKLY - Issue 412

* Regulator fines credit bureau over data accuracy
* New guidance on cookie walls
* Webinar: running DPIAs that actually get read

You are receiving this because you subscribed at privacyweekly.example.
Unsubscribe: https://privacyweekly.example/unsubscribe
""",
    IGN("bulk", "news@privacyweekly.example"),
    headers=["List-Id: Privacy Practitioner Weekly <weekly.privacyweekly.example>",
             "List-Unsubscribe: <https://privacyweekly.example/unsubscribe>",
             "Precedence: bulk"])
