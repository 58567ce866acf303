# Holdout set 14, English part. Written blind: funeral-services company (pre-paid funeral
# plans, online condolence pages, memorial livestreams) and smartwatch / fitness-tracker maker
# with a companion app (heart rate, sleep, GPS runs).
from common import *

# ---------------------------------------------------------------- requests

add("en-01", "runner_88@mail.example", "account",
    "delete my watch account pls\n",
    R(["Erasure"], "runner_88@mail.example"))

add("en-02", "Priya Raman <priya.raman@inbox.example>", "What do you hold on me?", """\
Hello,

I've worn one of your Pulse 3 watches for about two years now and it occurred to me that I
have no real idea what actually ends up on your servers. Could you send me everything you've
got on me - heart-rate history, sleep scores, the GPS routes, whatever the app syncs, plus any
notes your support people made when I rang about the broken strap last spring?

My account is registered to this address.

Thanks,
Priya Raman
""", R(["Access"], "priya.raman@inbox.example", "Priya", "Raman"))

add("en-03", "Tomás Ó Briain <tomas.obriain@post.example>", "Exporting six years of runs", """\
Hi folks,

I'm moving to a different brand of watch (sorry!) and would like to take six years of training
with me. Could you give me all my activities, GPS tracks and heart-rate streams as GPX or FIT
files - or, even better, push them straight across to my new provider's import service?

I'm not closing my account for now, so please don't delete anything. I just want my history
out in a format another platform can read.

Go raibh maith agat,
Tomás
""", R(["Portability"], "tomas.obriain@post.example", "Tomás", "Ó Briain"))

add("en-04", "Gareth Price-Williams <g.pricewilliams@mail.example>", "STOP THE LETTERS", """\
I HAVE TOLD YOUR PEOPLE ON THE PHONE THREE TIMES NOW. MY MOTHER DIED IN MARCH AND I STILL GET A
GLOSSY BROCHURE EVERY MONTH ASKING WHETHER I HAVE "THOUGHT ABOUT MY OWN ARRANGEMENTS". IT IS
DISGUSTING.

I DO NOT WANT ANY MORE POST, EMAILS OR PHONE CALLS FROM YOU ABOUT FUNERAL PLANS. TAKE MY NAME
OFF WHATEVER LIST I AM ON AND KEEP IT OFF.

GARETH PRICE-WILLIAMS
""", R(["Opposition"], "g.pricewilliams@mail.example", "Gareth", "Price-Williams"))

add("en-05", "Dr Margaret Okonkwo-Hale <m.okonkwohale@clinic-mail.example>",
    "Subject access request and rectification - Plan ref. FP-0093381", """\
Dear Sir or Madam,

I hold a pre-paid funeral plan with your company (reference FP-0093381).

Pursuant to Article 15 of the General Data Protection Regulation, I request confirmation as to
whether or not you process personal data concerning me and, where that is the case, access to
that personal data together with the information listed in Article 15(1)(a) to (h).

Further, under Article 16, I ask that you rectify my date of birth, which your annual statement
gives as 14/07/1951. The correct date is 17/04/1951. I can supply a copy of my passport should
you require it.

I look forward to your response within the statutory period of one month.

Yours faithfully,

Dr Margaret Okonkwo-Hale
""", R(["Access", "Rectification"], "m.okonkwohale@clinic-mail.example", "Margaret", "Okonkwo-Hale"))

add("en-06", "Lena Virtanen <lena.virtanen@mailbox.example>", "sleep data questions", """\
Hi there,

Before I switch on the new "Sleep Coach" feature I'd like some straight answers.

Does my sleep and heart-rate data ever leave your company? Is any of it sold or passed on to
insurers or employers? Which country are the servers in, and how long do you hang on to it
after someone stops using the watch?

I'm not after a copy of anything, I just want to understand what happens to it before I
agree.

Cheers,
Lena
""", R(["Information"], "lena.virtanen@mailbox.example", "Lena", "Virtanen"))

add("en-07", "Rashid Mahmood <rashid.mahmood@webmail.example>",
    "Instalment plan refused - want a person to look at it", """\
Good afternoon,

On Saturday I applied on your website to pay for a funeral plan over 60 months. Within a few
seconds the page told me I had been declined following an "automated affordability
assessment". No one has looked at my actual circumstances - I have been with the same employer
for 19 years and have never missed a payment on anything in my life.

I would like a member of your staff to review this decision properly and to be given the
chance to explain my situation to them, rather than be turned down by a computer.

Regards
Rashid Mahmood
07700 900 412
""", R(["AutomatedDecision"], "rashid.mahmood@webmail.example", "Rashid", "Mahmood"))

add("en-08", "Siobhán Kelleher <siobhan.kelleher@inbox.example>", "Account mix-up - please freeze it", """\
Hi,

Something has gone badly wrong with my account. Since last week the app shows runs I never did,
a different resting heart rate and a weight that definitely isn't mine. I suspect it's been
merged with my ex-partner's account because we once paired both watches to the same phone.

Your support team says they're "investigating". Until they've worked out whose data is whose I
don't want any of it used - no coaching emails built on it, no sharing with the insurance
discount partner, nothing. Please just put my account data on hold until it's sorted.

Siobhán
""", R(["Restriction"], "siobhan.kelleher@inbox.example", "Siobhán", "Kelleher"))

add("en-09", "Harold Fensome <h.fensome@post.example>", "Condolence page for Joan Fensome", """\
Dear all,

You looked after the arrangements for my wife Joan's funeral in August, for which I remain
grateful.

I set up the online condolence page at the time and left a message on it with my mobile
number so that friends could reach me. I would now like my message and my number taken down,
and my personal details removed from your systems, apart from whatever you are obliged to keep
for the invoice.

I would also ask you to stop the "remembrance anniversary" emails. I know they are meant
kindly but I find them very upsetting.

Kind regards,
Harold Fensome
""", R(["Erasure", "Opposition"], "h.fensome@post.example", "Harold", "Fensome"))

add("en-10", "Alistair Crane <a.crane@cranepartners.example>",
    "Our client: Mrs Beatrice Lomax - request for personal data", """\
Dear Data Protection Officer,

We act for Mrs Beatrice Lomax of 14 Marlow Gardens, Reading RG4 7QT, in connection with a
dispute concerning the pre-paid funeral plan sold to her in 2019 by one of your field
representatives.

On our client's behalf, and with her signed form of authority enclosed, we request copies of
all personal data you hold about her, including in particular any call recordings, the notes
of the home visit on or around 3 June 2019 and the record of any suitability assessment.

Please direct your response to this office, quoting our reference AC/LOM/2214.

Yours faithfully,

Alistair Crane
Partner
Crane & Partners Solicitors LLP
T: 0118 496 0811

This email and any attachments are confidential and may be legally privileged. If you are not
the intended recipient please notify the sender and delete it from your system.
""", R(["Access"], "a.crane@cranepartners.example", "Beatrice", "Lomax", representative="Alistair Crane"))

add("en-11", "Natasha Ivanova-Burke <natasha.ib@family.example>", "My daughter's KidsBand account", """\
Hello,

My daughter Mila Burke (she's 12) set up an account for the KidsBand tracker we bought her for
Christmas - apparently by ticking a box that said she was 16. Nobody asked me about any of
this.

Please delete her account and everything it has collected: steps, sleep, the location history,
the lot. Her username is mila.burke2014 if that helps you find it.

Natasha Ivanova-Burke (Mila's mum)
""", R(["Erasure"], "natasha.ib@family.example", "Mila", "Burke", representative="Natasha Ivanova-Burke"))

add("en-12", "Chinedu Achebe <chinedu.achebe@mail.example>", "Deceased account holder - Leonard Achebe", """\
Hi,

My father, Leonard Achebe, passed away on 2 October. He wore your watch every day and his
account is still sending "You haven't moved today!" notifications to his phone, which my mum
finds very hard to see.

As his son and the executor of his estate, I'm asking you to close his account and erase his
data. I can send you the death certificate and the grant of probate - just tell me where.

Thank you,
Chinedu Achebe
""", R(["Erasure"], "chinedu.achebe@mail.example", "Leonard", "Achebe", representative="Chinedu Achebe"))

add("en-13", "Eleanor Whitcombe <eleanor.whitcombe@inbox.example>", "Instructions for after I'm gone", """\
Dear privacy team,

I am 78 and have just taken out one of your pre-paid plans, which has got me thinking about
loose ends.

I would like to leave instructions about what should happen to the information you hold on me
once I die. My account and the online memorial details should be deleted three months after the
funeral, except that my granddaughter, Ruby Whitcombe, may have a copy of the condolence
messages people leave.

Could you record this against my file, and let me know if there is a form I ought to fill in?

With thanks,
Eleanor Whitcombe
""", R(["AdvanceDirectives"], "eleanor.whitcombe@inbox.example", "Eleanor", "Whitcombe"))

add("en-14", "Fiona MacLeod <fiona.macleod@mail.example>", "Livestream link for Thursday", """\
Hi, my uncle's funeral is on Thursday at 11 at the Inverness chapel and we booked the
livestream so the family in Canada can watch. Nobody has sent us the link yet. Who do I speak
to? This is the only address I could find on the website.

Fiona MacLeod
""", R(["Unknown"], "fiona.macleod@mail.example", "Fiona", "MacLeod"))

add("en-15", "Olu Adeyemi <olu.adeyemi@webmail.example>", "double charged??", """\
You took £42.50 twice on 1st October for my plan instalment. Please refund one of them.
Plan no FP-0120554.

Olu
""", R(["Unknown"], "olu.adeyemi@webmail.example", "Olu", "Adeyemi"))

add("en-16", "Jasmine Kaur-Dhillon <jasmine.kd@mailbox.example>", "My information", html(
    "Hi,",
    "I'd like to find out what personal information your company has about me through the "
    "FitPulse app and my watch.",
    "Separately, I'd like all my workouts and heart-rate readings exported in a format I can load "
    "into another app (CSV or JSON is fine).",
    "Thanks,<br>Jasmine Kaur-Dhillon"),
    R(["Access", "Portability"], "jasmine.kd@mailbox.example", "Jasmine", "Kaur-Dhillon"), ct=HTML)

add("en-17", "Renée Åkesson <renee.akesson@post.example>", "Spelling of my name", """\
Hello,

Every letter you send me about my funeral plan is addressed to "Renee Akesson" or, worse,
"RenÃ©e Akesson". My name is Renée Åkesson, with the accents.

I would be grateful if you could put it right in your records. It matters to me that it is
spelt properly on the paperwork that will one day be used for my own service.

Best wishes,
Renée Åkesson
""", R(["Rectification"], "renee.akesson@post.example", "Renée", "Åkesson"), ct=LATIN1, encode="latin-1")

add("en-18", "Danielle Foster <dani.f@mail.example>", "gps ads", """\
hi so i just found out ur using my gps runs to show me ads for running shops near my route??
i never agreed to that pls stop it. and can u tell me wat else u have on me thx
dani
""", R(["Opposition", "Access"], "dani.f@mail.example", "Danielle", "Foster"))

add("en-19", "Patricia Dunmore <pat.dunmore@home.example>", "Complaint - my husband's funeral", """\
To whom it may concern,

I am writing about the funeral of my husband, Roy Dunmore, which your Harrogate branch conducted
on 28 October. I have put off writing this because I did not trust myself to be polite.

The hymn we chose was replaced with one we had specifically said we did not want. The flowers
from his brother were left in the hearse. The livestream, which we paid £95 extra for so that
Roy's sister in Perth could watch, cut out after eleven minutes and never came back, and when
she rang your office she was told "these things happen". The condolence page gave the wrong
date of death for four days, which your staff only changed after I phoned twice.

I also want a full copy of everything you have recorded about me - the arrangement notes, the
calls with your office, the forms I signed, anything with my name on it - because I intend to
take this further and I want to see exactly what was written down.

I expect a refund of the livestream fee at the very least, and an apology from the branch
manager, who has not had the courtesy to call me.

Patricia Dunmore (Mrs)
""", R(["Access"], "pat.dunmore@home.example", "Patricia", "Dunmore"))

add("en-20", "Mark Delaney <mark.delaney@acme-corp.example>", "Fwd: close my account and delete everything", """\
Hi privacy team - this landed in the support queue overnight. Can you take it from here? I
haven't replied to him.

Mark

Mark Delaney | Customer Support Team Lead | Acme Wearables

---------- Forwarded message ---------
From: Yusuf Demir <yusuf.demir@webmail.example>
Date: Sun, 15 Nov 2026 at 21:14
Subject: close my account and delete everything
To: support@acme-corp.example

I've sent the watch back for a refund. Please close my account and wipe all my data, I don't
want anything left on your servers.

Yusuf Demir
""", R(["Erasure"], "yusuf.demir@webmail.example", "Yusuf", "Demir"))

add("en-21", "Sophie Grant <sophie.grant@acme-corp.example>", "FW: Stop texting me", "",
    R(["Opposition"], "agnieszka.wrobel@poczta.example", "Agnieszka", "Wróbel"),
    note="Hi both, forwarding the attached from a customer - she wants the marketing texts to stop.\n"
         "Not sure whether this sits with you or with marketing, so over to you.\n\nSophie\n",
    attached=("Agnieszka Wróbel <agnieszka.wrobel@poczta.example>", "Stop texting me",
              "Hello,\n\nI keep getting SMS offers for your new watch bands, two or three every week.\n"
              "I never signed up for marketing. Please stop sending them and do not use my number\n"
              "for advertising of any kind.\n\nAgnieszka Wróbel\n"))

add("en-22", "The Hendersons <hendersons@home.example>", "Change of address on my plan", """\
Hello,

I've moved out of the family house. Please update the address on my funeral plan (FP-0077120)
to Flat 3, 22 Dock Street, Dundee DD1 4BY, and use craig.h@mail.example for any emails from now
on rather than this shared one.

Thanks,
Craig Henderson
""", R(["Rectification"], "craig.h@mail.example", "Craig", "Henderson"),
    headers=["Reply-To: Craig Henderson <craig.h@mail.example>"])

add("en-23", "Marcus Lindqvist <marcus.lindqvist@mail.example>", "Personalised offers", """\
Hi - to be clear up front, I don't want my account deleted, I actually like the app.

What I don't want is you analysing my workouts to push "personalised offers" and supplement ads
at me. Please switch that profiling off on my account, permanently.

Marcus
""", R(["Opposition"], "marcus.lindqvist@mail.example", "Marcus", "Lindqvist"))

add("en-24", "Hannah Oyelaran <hannah.oyelaran@inbox.example>", "withdrawing consent - Heart Health Research", """\
Dear team,

Last year I opted in to the "Heart Health Research" programme in the app. I'd like to withdraw
that consent with immediate effect.

Could you also tell me which universities or companies my heart-rate data has already been
shared with under the programme, and whether it was anonymised before it went to them?

Many thanks,
Hannah Oyelaran
""", R(["Opposition", "Information"], "hannah.oyelaran@inbox.example", "Hannah", "Oyelaran"))

add("en-25", "Geoffrey Ashworth-Bell <g.ashworthbell@post.example>", "Transfer of my plan details", """\
Dear Sirs,

I am moving permanently to Spain and my arrangements will in future be handled by Sunset
Memorial Services SL in Alicante.

I should like the personal information I gave you when taking out my plan - my wishes, next of
kin, and the notes regarding cremation - sent to them directly, in an electronic format their
system can import. Their data contact is datos@sunsetmemorial.example.

Yours faithfully,
Geoffrey Ashworth-Bell
""", R(["Portability"], "g.ashworthbell@post.example", "Geoffrey", "Ashworth-Bell"))

add("en-26", "Ciara Byrne <ciara.byrne@mail.example>", "condolence page comment", """\
Hi can you take down my comment on the condolence page for Mr Desmond Doyle? I posted it under
my full name by mistake and I'd rather it wasn't public. Thanks Ciara

Sent from my iPhone
""", R(["Erasure"], "ciara.byrne@mail.example", "Ciara", "Byrne"))

add("en-27", "Alejandro Ruiz Castillo <aruizcastillo@correo.example>", "datos / my data", """\
Buenos días,

sorry for my English. I use your watch since 2023 for running. Quiero saber qué datos
personales tienen de mí - I want to see what information about me you keep from the app and
the watch, please send it to me.

Gracias,
Alejandro Ruiz Castillo
""", R(["Access"], "aruizcastillo@correo.example", "Alejandro", "Ruiz Castillo"))

add("en-28", "Ingrid van der Berg <ingrid.vanderberg@mailbox.example>", "wrong birth year + old weight entries", """\
Hello,

Two things please:

1) My date of birth in the profile says 1967 but it should be 1976. It's skewing my heart-rate
   zones and since the last update I can't edit it myself.
2) Please get rid of all the weight entries from before 2024. They came from a smart scale I've
   since given away and I don't want them kept.

Regards,
Ingrid van der Berg
""", R(["Rectification", "Erasure"], "ingrid.vanderberg@mailbox.example", "Ingrid", "van der Berg"))

add("en-29", "Samuel Nkemelu <samuel.nkemelu@webmail.example>", "Disputed plan - hold my data", """\
I dispute that I ever signed the plan agreement you say I signed in 2021 (ref FP-0102207).

While this is being looked into, do not use my information for collections, credit reference
or anything else. I also want to see every record you hold on me, including the signature you
claim is mine.

Samuel Nkemelu
""", R(["Restriction", "Access"], "samuel.nkemelu@webmail.example", "Samuel", "Nkemelu"))

add("en-30", "Deborah Fairweather <debfairweather@inbox.example>", "Recording of Dad's service", """\
Hello,

We had Dad's funeral livestreamed last Friday. Could someone tell me how long you keep the
recording, who at your company is able to view it, and whether the list of people who logged
in to watch is stored anywhere?

I don't need anything deleted, I'd just like to know.

Deborah Fairweather
""", R(["Information"], "debfairweather@inbox.example", "Deborah", "Fairweather"))

add("en-31", "Rosalind Mbatha <r.mbatha@stcolumbahospice.example>", "Please remove my details", """\
Good morning,

I was previously the referral contact for St Columba's Hospice and my details appear in your
partner portal. I left that role at the end of September. Please delete my name, direct line
and mobile number from your systems; my successor will be in touch separately.

Kind regards,

Rosalind Mbatha
Family Support Coordinator (until 30/09)
St Columba's Hospice
T: 0131 496 0722

CONFIDENTIALITY NOTICE: The information in this email is confidential and intended solely for
the addressee. St Columba's Hospice is a registered charity.
""", R(["Erasure"], "r.mbatha@stcolumbahospice.example", "Rosalind", "Mbatha"))

add("en-32", "Neil Grimshaw <neil.grimshaw@mail.example>", "Calls to my father", """\
Your sales people have now phoned my father, Albert Grimshaw, five times in two weeks about a
funeral plan. He is 86, has dementia, and on the last call "agreed" to a home visit he has no
memory of.

I hold a lasting power of attorney for him. Stop all calls, letters and visits to him, cancel
that visit, and make sure his number is never used for marketing again.

Neil Grimshaw
""", R(["Opposition"], "neil.grimshaw@mail.example", "Albert", "Grimshaw", representative="Neil Grimshaw"))

# ---------------------------------------------------------------- tasks

add("en-33", "Helen Marsh <helen.marsh@acme-corp.example>", "DPIA needed - fall detection alerts", """\
Hi privacy team,

We're planning to launch fall detection on the Pulse 4 in Q2. When the watch detects a hard
fall and the wearer doesn't respond within 60 seconds, we'll send their GPS position and last
heart-rate reading by SMS to up to three emergency contacts.

Legal said this needs a DPIA before we go any further. Could you kick one off? I've put the
spec and the data-flow diagram in the shared drive under Wearables/Q2/FallDetection.

Thanks,
Helen Marsh
Senior Product Manager, Wearables
""", TASK("helen.marsh@acme-corp.example", "Helen", "Marsh"))

add("en-34", "Tom Gallagher <tom.gallagher@acme-corp.example>", "DPA review - StreamVault (memorial livestreams)", """\
Hello,

Procurement here. We're renewing the contract with StreamVault, who host the funeral
livestreams and keep the recordings. Their new data processing agreement has a clause letting
them add sub-processors in the US without telling us first.

Could you review it and send back a mark-up before 30 November? Draft attached.

Tom Gallagher
Procurement Manager
""", TASK("tom.gallagher@acme-corp.example", "Tom", "Gallagher"))

add("en-35", "Ollie Nwosu <ollie.nwosu@acme-corp.example>", "ROPA entry for Sleep Coach", """\
hey,

Sleep Coach went live on the 9th and I've just realised nobody added it to the record of
processing. It uses sleep stages, HRV and the free-text bedtime notes users type in.

Can you add an entry? I'm happy to fill in the technical columns (systems, retention jobs) if
you send me the template.

Ollie
""", TASK("ollie.nwosu@acme-corp.example", "Ollie", "Nwosu"))

add("en-36", "Priyanka Shah <priyanka.shah@acme-corp.example>", "Privacy questionnaire from the cardiac rehab pilot", """\
Hi,

The hospital trust we're piloting cardiac-rehab tracking with has sent over a 94-question
security and privacy questionnaire (attached). About a third of it is for the DPO: lawful
basis, retention, international transfers, whether there's a DPIA.

Could you complete those sections by Friday week? I'll do the product ones.

Thanks,
Priyanka
""", TASK("priyanka.shah@acme-corp.example", "Priyanka", "Shah"))

add("en-37", "Beth Morrison <beth.morrison@acme-corp.example>", "Training for new funeral arrangers", """\
Hello privacy team,

We have 11 new funeral arrangers starting across the northern branches in January. Could you
run a data protection session for them? Handling next-of-kin details, what is and isn't OK to
put on a condolence page, and what to do when a family asks for "the file".

An hour on Teams in the week of 11 January would be ideal.

Beth Morrison
Learning & Development
""", TASK("beth.morrison@acme-corp.example", "Beth", "Morrison"))

# ---------------------------------------------------------------- incidents

add("en-38", "Sandra Kowalczyk <sandra.kowalczyk@acme-corp.example>", "Laptop left on train", """\
Hi,

I'm so sorry - I left my work laptop on the 17:42 Leeds to York train last night. There's an
export of the upcoming funerals for the York branch saved on the desktop (names, addresses,
next of kin, and some notes about cause of death).

It has a login password but I honestly don't know if the disk is encrypted. I've reported it
to the train company's lost property. What should I do now?

Sandra Kowalczyk
Funeral Arranger, York
""", INC("sandra.kowalczyk@acme-corp.example", "Sandra", "Kowalczyk"))

add("en-39", "Jamie Reid <jamie.reid@acme-corp.example>", "Email sent with all addresses visible", """\
Privacy team,

This morning I sent the "thank you for joining us" email for the Okafor memorial livestream to
63 attendees with everyone in CC instead of BCC. Several people have already replied-all, and
one has asked how we got her work address.

I've asked IT whether a recall is possible. Let me know what else you need from me.

Jamie Reid
Events & Livestream Coordinator
""", INC("jamie.reid@acme-corp.example", "Jamie", "Reid"))

add("en-40", "Ben Hollis <ben.hollis@mail.example>", "I can see someone else's runs in the app", """\
Hi,

After today's app update my activity feed is full of runs that aren't mine - someone called
"K. Morgan", with every route starting from what is clearly a house in Bristol, plus their heart
rate and pace. I'm in Manchester and have never run in Bristol.

Presumably they can see my runs too? This seems like a serious problem and I thought you should
know.

Ben Hollis
""", INC("ben.hollis@mail.example", "Ben", "Hollis"))

add("en-41", "Anil Chaudhry <anil.chaudhry@acme-corp.example>", "I think I clicked a phishing link", """\
Hi,

About 20 minutes ago I got an email that looked like it came from our payroll provider asking
me to confirm my bank details. I clicked the link and entered my Microsoft login before I
realised the address was wrong.

I have access to the funeral plan CRM and the shared branch mailboxes. I've changed my password
and told the IT service desk (ticket INC-20417).

Anil
""", INC("anil.chaudhry@acme-corp.example", "Anil", "Chaudhry"))

add("en-42", "Maureen O'Sullivan <maureen.osullivan@post.example>", "Letter sent to me for someone else", """\
Hello,

I received a letter from you today with my name on the envelope, but inside was the annual
statement for a Mr Kenneth Blythe's funeral plan - his address, date of birth, part of his bank
account number and even his funeral wishes. I don't know the gentleman.

I've put it to one side. What would you like me to do with it?

Maureen O'Sullivan
""", INC("maureen.osullivan@post.example", "Maureen", "O'Sullivan"))

# ---------------------------------------------------------------- follow-ups

add("en-43", "Victor Oduya <victor.oduya@mail.example>", "Re: [DSR-48213] We have received your request", """\
It is now five weeks since you sent this and I still have nothing. The law gives you one month.
When will I get my data?

Victor Oduya

On 9 Oct 2026, privacy@acme-corp.example wrote:
> Dear Victor Oduya,
> Thank you for your message. Your request has been registered under reference DSR-48213.
> We will respond within one month.
> Privacy Team
""", FU("48213", "victor.oduya@mail.example", "Victor", "Oduya"))

add("en-44", "Kerry-Ann Bishop <kerryann.bishop@inbox.example>", "RE: [DSR-50977] Verification of your identity", """\
Hi,

Please find attached a copy of my driving licence as you asked. The address on it is my old
one - I moved in June.

Kerry-Ann Bishop

-----Original Message-----
From: Privacy Team <privacy@acme-corp.example>
Subject: [DSR-50977] Verification of your identity

Before we can act on your request we need to confirm your identity. Please reply to this email
with a copy of a photo ID.
""", FU("50977", "kerryann.bishop@inbox.example", "Kerry-Ann", "Bishop"))

add("en-45", "Priya Raman <priya.raman@inbox.example>", "Re: What do you hold on me?", """\
Sorry, one more thing - I had an older account under priya.r@oldmail.example until 2023. Please
include whatever is linked to that one as well.

Priya

> I've worn one of your Pulse 3 watches for about two years now ...
""", FU(ref("en-02"), "priya.raman@inbox.example", "Priya", "Raman"), headers=irt("en-02"))

add("en-46", "Fiona MacLeod <fiona.macleod@mail.example>", "Re: Livestream link for Thursday", """\
Still no link and the service is tomorrow morning. Can someone PLEASE call me on 07700 900 318.

Fiona

> Hi, my uncle's funeral is on Thursday at 11 at the Inverness chapel ...
""", FU(ref("en-14"), "fiona.macleod@mail.example", "Fiona", "MacLeod"), headers=irt("en-14"))

# ---------------------------------------------------------------- ignored

add("en-47", "DataShield Pro <offers@datashield-pro.example>",
    "Your customers' personal data is EXPOSED - we delete it in 48h", """\
Dear Privacy Officer,

Did you know that over 400 data brokers are selling the personal details of YOUR customers and
staff right now? GDPR fines can reach 4% of turnover!!!

DataShield Pro will locate and DELETE all exposed personal data within 48 hours - guaranteed.
Erase your risk today: 70% discount for the first 50 companies that reply.

Click here to protect your data: http://datashield-pro.example/go?id=88121

To stop receiving these offers reply REMOVE.
""", IGN("spam", "offers@datashield-pro.example"), headers=SPAM_HDR)

add("en-48", "IT Helpdesk <it-support@acme-corp-mail.example>",
    "ACTION REQUIRED: privacy@ mailbox scheduled for deletion", """\
Dear user,

Your mailbox privacy@acme-corp.example has exceeded its storage quota. All messages and personal
data stored in this mailbox will be permanently deleted within 24 hours.

To keep your data, verify your account now:
http://acme-corp-mail.example/owa/verify

IT Helpdesk
""", IGN("spam", "it-support@acme-corp-mail.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mail.example")])

add("en-49", "Barrister James Okoro <jokoro.chambers@freemail.example>",
    "Unclaimed estate of late client - strictly confidential", """\
Dear Friend,

I am Barrister James Okoro, personal attorney to the late Mr Harold Acme, an engineer who died
with his wife and only daughter in a road accident in 2021. He left the sum of USD 8,700,000
(Eight Million Seven Hundred Thousand Dollars) with a finance house here, and no next of kin
has come forward.

Since you share the same name as my late client, I propose to present you as his heir so the
funds can be released. All documents will be handled legally, and all records will be deleted
afterwards to protect your privacy.

Reply with your full name, phone number and address to proceed.

Barrister James Okoro Esq.
""", IGN("spam", "jokoro.chambers@freemail.example"))

add("en-50", "Kevin Marsh <kevin.marsh@builders.example>", "Automatic reply: Your data request", """\
Thank you for your email. I am out of the office until Monday 23 November with limited access to
email. For urgent matters please contact the site office on 0161 496 0500.

Kevin
""", IGN("auto_reply", "kevin.marsh@builders.example"), headers=["Auto-Submitted: auto-replied"])

add("en-51", "StreamVault Support <support@streamvault.example>", "[Ticket #88213] We've received your request", """\
Hello,

This is an automated message to confirm that we have received your request and a ticket has been
created (#88213). One of our support engineers will get back to you within 2 business days.

Please do not reply to this email; to add information, use the link below.
https://support.streamvault.example/tickets/88213

StreamVault Support
""", IGN("auto_reply", "support@streamvault.example"))

add("en-52", "Privacy Weekly <newsletter@privacyweekly.example>",
    "Privacy Weekly #212: regulator fines, DSAR deadlines and health data", """\
PRIVACY WEEKLY - Issue 212

In this issue:
- Regulator fines fitness app over location sharing
- How to handle subject access requests from bereaved families
- Health data and wearables: new guidance on consent
- Events: Data Protection Practitioners' Conference, 3 December

Read online: https://privacyweekly.example/issues/212

You are receiving this because you subscribed to Privacy Weekly.
Unsubscribe: https://privacyweekly.example/unsubscribe
""", IGN("bulk", "newsletter@privacyweekly.example"),
    headers=["List-Id: Privacy Weekly <weekly.privacyweekly.example>",
             "List-Unsubscribe: <https://privacyweekly.example/unsubscribe>",
             "Precedence: bulk"])

add("en-53", "Mail Delivery Subsystem <mailer-daemon@mx.mail.example>", "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "mailer-daemon@mx.mail.example"), dsn=True)
