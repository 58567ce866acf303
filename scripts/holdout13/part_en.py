from common import *  # part en: written blind
# Glide (e-scooter and bike sharing) and Harbour Vets (veterinary clinics, pet insurance,
# pet-owner app): one group, privacy@acme-corp.example.

# ---------------------------------------------------------------- requests

add("en-01-what-you-got", "dz1987@inbox.example", "data",
    "what do you lot hold on me? ride logs gps the lot. send it over\n",
    R(["Access"], "dz1987@inbox.example"))

add("en-02-admin-fee-rant", "Callum Birchall <callum.birchall@post.example>",
    "Absolutely disgusted with your 'admin fee'",
    """\
I'm writing because frankly I have had it with Glide.

Three weeks ago I got a letter from Westshire Council about a penalty charge notice for a
scooter "left obstructing a dropped kerb" on Albion Street. Fine, mistakes happen. Except I
ended my ride on Cavendish Road, half a mile away, and I have the screenshot of the parking
photo your app made me take to prove it.

Then, without asking me, you paid the PCN, stuck a 25 pound "administration fee" on top and
took the lot off my card. When I rang your support line I was on hold for 40 minutes and the
agent told me "the system shows the scooter on Albion Street" and that was the end of it.

So here's what I want. Under data protection law I'm entitled to see what you've got on me and
I want all of it: every ride on my account since I joined, the GPS trail for the ride on
14 October from start to finish, the end-of-ride photos, the notes your agents wrote about me
and whatever you sent the council with my name on it. I'll take it from there with the
council and my bank.

I've been a customer for two years and used to recommend you to everyone at work. Not any more.

Callum Birchall
07700 900418
""",
    R(["Access"], "callum.birchall@post.example", "Callum", "Birchall"))

add("en-03-caps-close", "GARY PENHALIGON <gpenhaligon@mail.example>", "CLOSE MY ACCOUNT",
    """\
I DONT USE YOUR SCOOTERS ANY MORE. CLOSE THE ACCOUNT AND GET RID OF ALL MY DETAILS, CARD,
LICENCE PHOTO, EVERYTHING. TODAY PLEASE

GARY
""",
    R(["Erasure"], "gpenhaligon@mail.example", "Gary", "Penhaligon"))

add("en-04-licence-name-dob", "Siobhán Ní Bhriain <siobhan.nibhriain@post.example>",
    "Name and DOB wrong on my verified profile",
    """\
Hi,

When I did the licence check last month your app seems to have read my details off the card
wrong. My profile now says "Siobhan Ni Bhriam" and date of birth 03/11/1994. It should be
Siobhán Ní Bhriain (with the fadas if your system can cope) and 11/03/1994 - looks like the day
and month got swapped.

Could somebody fix that on the account? I'm worried it'll cause trouble if a fine ever comes
through with the wrong details on it.

Go raibh maith agat,
Siobhán
""",
    R(["Rectification"], "siobhan.nibhriain@post.example", "Siobhán", "Ní Bhriain"))

add("en-05-flea-texts", "Hamish MacLeod <hamish.macleod@inbox.example>", "texts about flea treatment",
    """\
Hello,

We've been with Harbour Vets in Inverness for years and we're happy with the care Bramble
gets, so I'm not looking to close anything or come off the health plan.

But I'm now getting two or three texts a month flogging flea and worming bundles and "Black
Friday" deals on dental scale-and-polish. I never signed up for that as far as I remember.
Can you stop sending me the sales stuff please? Appointment reminders are fine, keep those.

Thanks,
Hamish
""",
    R(["Opposition"], "hamish.macleod@inbox.example", "Hamish", "MacLeod"))

add("en-06-claim-declined-auto", "Priya Raghunathan <priya.r@mail.example>",
    "Claim PC-220871 declined in under a minute - request for human review",
    """\
Dear Harbour Vets Pet Cover team,

I submitted a claim on Sunday evening for Mango's cruciate ligament surgery (3,480 GBP). Fifty
seconds later I received an email saying the claim was declined as "pre-existing condition -
automated assessment".

Mango has never had a knee problem. The lameness note from March was about a thorn in her
paw, which your own vet at the Reading clinic removed.

I do not accept that a computer can make this call on its own. I would like a member of
staff - ideally someone with veterinary knowledge - to reconsider the decision properly, and
I would like my explanation above to be taken into account when they do.

Kind regards,
Priya Raghunathan
Policy HV-PC-0093312
""",
    R(["AutomatedDecision"], "priya.r@mail.example", "Priya", "Raghunathan"))

add("en-07-move-practice", "Tomás O'Donoghue <tomas.odonoghue@inbox.example>",
    "Moving practices - records transfer",
    """\
Hi there,

We're relocating to Galway and registering the dogs (Pádraig and Nuala) with Corrib
Veterinary. They've asked if we can get everything out of your pet-owner app - my account
details, the vaccination history, weights, prescriptions - in a form their software can load
(they mentioned CSV or an export file, rather than 40 pages of PDF).

Could you send it straight to them at records@corribvets.example, or to me and I'll pass it on?

Cheers,
Tomás
""",
    R(["Portability"], "tomas.odonoghue@inbox.example", "Tomás", "O'Donoghue"))

add("en-08-formal-art15-art20", "Eleanor de la Cour <e.delacour@chambers-mail.example>",
    "Data subject request - Articles 15 and 20 UK GDPR",
    """\
Dear Data Protection Officer,

Re: Subject access and data portability request
Account e-mail: e.delacour@chambers-mail.example

I write to exercise my rights under Articles 15 and 20 of the UK General Data Protection
Regulation in respect of my Glide account.

1. Pursuant to Article 15, please confirm whether you process personal data concerning me and,
   if so, provide a copy of that data together with the supplementary information listed in
   Article 15(1)(a) to (h).

2. Pursuant to Article 20, please provide the personal data I have supplied to you, including
   my trip history, payment records and account settings, in a structured, commonly used and
   machine-readable format (CSV or JSON would be acceptable).

I expect your response within one calendar month of receipt, as required by Article 12(3).
Should you require further information to verify my identity, please let me know promptly.

Yours faithfully,

Eleanor de la Cour
""",
    R(["Access", "Portability"], "e.delacour@chambers-mail.example", "Eleanor", "de la Cour"))

add("en-09-solicitor-accident", "Marcus Oyelaran <m.oyelaran@brightwell-law.example>",
    "Our client: Ms Fatima Al-Sayed - request for personal data",
    """\
Dear Sirs,

We act for Ms Fatima Al-Sayed of 14 Harrow Court, Leeds LS6, in connection with injuries she
sustained on 2 September 2026 when the front brake of a Glide e-scooter failed on Kirkstall
Road. We enclose our client's signed form of authority.

On her behalf we request, under Article 15 UK GDPR, copies of all personal data you hold
relating to her, including but not limited to:

(a) account and registration data;
(b) trip records for 2 September 2026, including GPS telemetry and speed data associated
    with her ride;
(c) all communications between her and your company; and
(d) any incident report compiled in relation to the accident.

Please send the data to this office, quoting our reference MO/FA/2291.

Yours faithfully,

Marcus Oyelaran
Senior Associate | Brightwell Law LLP
T: 0113 496 0021

This email and any attachments are confidential and may be legally privileged. If you are not
the intended recipient, please notify us immediately and delete it. Brightwell Law LLP is
authorised and regulated by the Solicitors Regulation Authority.
""",
    R(["Access"], "m.oyelaran@brightwell-law.example", "Fatima", "Al-Sayed",
      representative="Marcus Oyelaran"))

add("en-10-mum-teen-account", "Grace Adeyemi-Clarke <grace.ac@home-mail.example>",
    "My son's account - he is 16",
    """\
Hello,

I've just found out that my son Daniel (16) set up a Glide account in August using my debit
card and a photo of his provisional licence. I thought you had to be 18! He's been riding
round town on your scooters without me knowing.

I want that account shut down and everything you took from him deleted - the licence photo,
the selfie, the trips, all of it. The email on his account is danny.ac07@inbox.example.

I'm his mother and have parental responsibility; happy to send proof if needed.

Grace Adeyemi-Clarke
""",
    R(["Erasure"], "grace.ac@home-mail.example", "Daniel", "Adeyemi-Clarke",
      representative="Grace Adeyemi-Clarke"))

add("en-11-late-father", "Ruth Penrose <ruth.penrose@post.example>",
    "My late father's account - Arthur Penrose",
    """\
Dear Sir or Madam,

My father, Arthur Penrose, died on 28 September. He had a Harbour Vets account and the Pet
Health Plan for his spaniel, Jess, who now lives with me. I am the executor of his estate.

Please could you close his account and remove his details from your systems. His old phone
keeps pinging with app notifications and I'd rather his information didn't just sit there.
I can send the death certificate and grant of probate if you need them.

Jess will be registered under my own name at the Truro branch separately.

With thanks,
Ruth Penrose
""",
    R(["Erasure"], "ruth.penrose@post.example", "Arthur", "Penrose", representative="Ruth Penrose"))

add("en-12-after-im-gone", "Kwame Asante <kwame.asante@mail.example>",
    "question about my account after I'm gone",
    """\
Bit of a morbid one, sorry.

I've been sorting out my will and a list of "digital assets" and Glide is on it, because I've
got about 90 quid of prepaid ride credit and years of trip history. What happens to my account
and my data when I die?

I'd like to leave instructions that my partner, Abena Mensah, can close it and have the data
wiped, and that nothing is kept for marketing afterwards. Can you record that on the account,
or tell me how to set it up?

Kwame
""",
    R(["AdvanceDirectives"], "kwame.asante@mail.example", "Kwame", "Asante"))

add("en-13-who-sees-journeys", "Rhiannon Pryce-Jones <rhiannon.pj@inbox.example>",
    "Who sees my journeys?",
    """\
Hiya,

Quick question before I sign up to the monthly pass. The council's trial page says operators
"share anonymised trip data with the local authority". Is it actually anonymised, or just
with the name taken off? Do the police get GPS records if they ask, and do they need a
warrant? And how long do you hang on to the routes?

Diolch,
Rhiannon
""",
    R(["Information"], "rhiannon.pj@inbox.example", "Rhiannon", "Pryce-Jones"))

add("en-14-html-remove-app", "Mei-Ling Tan <meiling.tan@mail.example>", "Remove me from the Harbour Vets app",
    html("Hello,",
         "Our cat Miso passed away in the summer and we won't be coming back to Harbour Vets. "
         "I'd like my pet-owner app profile taken down, together with everything stored against it "
         "(contact details, saved card and the photos I uploaded).",
         "Thank you for the care you gave her.",
         "Mei-Ling Tan"),
    R(["Erasure"], "meiling.tan@mail.example", "Mei-Ling", "Tan"), ct=HTML)

add("en-15-latin1-address", "Zoë Ferrão <zoe.ferrao@post.example>", "Change of address & billing name",
    """\
Hello,

I moved last month from 8 Café Row, Brighton to Flat 3, 41 Sackville Gardens, Hove BN3 4GH.
The Pet Health Plan letters (£18.50 a month) still go to the old address, and the direct
debit has me as "Zoe Ferrao" - it's Zoë Ferrão. Please update both.

Obrigada,
Zoë
""",
    R(["Rectification"], "zoe.ferrao@post.example", "Zoë", "Ferrão"), ct=LATIN1, encode="latin-1")

add("en-16-cp1252-rider-score", "Bartholomew van der Merwe <bart.vdmerwe@inbox.example>",
    "Your \u201crider score\u201d \u2014 I object",
    """\
Hi,

I’ve just read your updated privacy notice and see you now build a “rider score” out of my
speed, braking and where I park, and use it to decide which promotions I get and whether I’m
pushed the €9.99 “Glide Plus” upgrade.

I don’t want my riding behaviour analysed for marketing. Please stop profiling me for that —
I’m fine with you keeping what you actually need to bill me.

Regards,
Bart van der Merwe
""",
    R(["Opposition"], "bart.vdmerwe@inbox.example", "Bartholomew", "van der Merwe"),
    ct=CP1252, encode="cp1252")

add("en-17-damage-charge-hold", "Oluwaseun Bakare <seun.bakare@mail.example>",
    "Disputed damage charge - please put things on hold",
    """\
Hi,

On 5 November I was charged 150 GBP for "damage to handlebar assembly" on bike GL-44817. I did
not damage it: the handlebar was already loose when I unlocked it and I reported that in the
app within two minutes (there should be a record). I've opened a dispute with support, case
883104.

While that is being looked at I'd like you to park my data as far as this charge goes: no
passing my details to a collection agency, no "damage" flag on my profile, nothing, until the
dispute is closed. I'm not asking you to delete anything, you obviously need the records to
sort it out.

Thanks,
Oluwaseun Bakare
""",
    R(["Restriction"], "seun.bakare@mail.example", "Oluwaseun", "Bakare"))

add("en-18-fwd-call-recordings", "Jodie Marsh <jodie.marsh@acme-corp.example>", "Fwd: call recordings??",
    """\
Hi privacy team,

This landed in the Harbour Vets customer care inbox this morning. I think it's one for you
rather than us? Shout if you need anything from our side.

Jodie
Customer Care Team Lead

---------- Forwarded message ---------
From: Declan Fairweather <declan.fairweather@inbox.example>
Date: Sun, 15 Nov 2026 at 21:14
Subject: call recordings??
To: <care@acme-corp.example>

Hi, I phoned your insurance team three times in October about Luna's claim and was told each
time that calls are "recorded for training purposes". I'd like copies of those recordings and
whatever notes your people wrote on my file please.

Declan Fairweather, policy ending 4471
""",
    R(["Access"], "declan.fairweather@inbox.example", "Declan", "Fairweather"))

add("en-19-fwd-attached-sales-calls", "Liam Hargreaves <liam.hargreaves@acme-corp.example>",
    "FW: Stop calling me", "",
    R(["Opposition"], "nadia.chowdhury@post.example", "Nadia", "Chowdhury"),
    attached=("Nadia Chowdhury <nadia.chowdhury@post.example>", "Stop calling me", """\
Hello,

For the fourth time: I do not want phone calls about upgrading to the Premium Pet Plan. I have
the basic plan, I'm happy with it, and I'm sick of being rung at tea time by your sales team.
Take my number off whatever list it's on for sales calls. You can still ring me about
Biscuit's appointments.

Nadia Chowdhury
"""),
    note="""\
Hi both,

See attached from a Pet Plan customer - she wants to come off outbound sales. Passing it to you
as I'm not sure whether we just flag it in the CRM or there's a formal process.

Thanks,
Liam
Outbound Sales Ops
""")

add("en-20-family-replyto", "The Okonkwo Family <okonkwo.household@home-mail.example>",
    "request for my glide data",
    """\
Hi,

This is Chidi writing from the family account - please reply to my own email, it should come
up as the reply address.

I'd like to get hold of the personal information Glide keeps on me: profile, the licence
check, rides and payments. The account is registered to chidi.okonkwo@mail.example.

Thanks,
Chidi Okonkwo
""",
    R(["Access"], "chidi.okonkwo@mail.example", "Chidi", "Okonkwo"),
    headers=["Reply-To: Chidi Okonkwo <chidi.okonkwo@mail.example>"])

add("en-21-corporate-sig", "Jaswinder Sandhu <jaswinder.sandhu@northgate-consulting.example>",
    "Account closure",
    """\
Hello,

I'm relocating to Singapore for work next month so won't be using Glide any more. Please
close my account and delete the personal data tied to it. In the meantime, please also stop
the promotional emails and push notifications - I've had four this week.

Best regards,

Jaswinder Sandhu
Senior Manager, Transaction Services
Northgate Consulting LLP
M: +44 7700 900 552 | 1 Threadneedle Walk, London EC2R 8AY

--
This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it. Northgate Consulting LLP is
a limited liability partnership registered in England and Wales.
""",
    R(["Erasure", "Opposition"], "jaswinder.sandhu@northgate-consulting.example", "Jaswinder", "Sandhu"))

add("en-22-typos-cat-app", "kelseyy_b@inbox.example", "info??",
    "hi i wanna no what info u have got about me an my cat on the harbour vets app and who u give "
    "it to like the insurance ppl or whoever\nthx kelsey\n",
    R(["Access", "Information"], "kelseyy_b@inbox.example", "Kelsey", None))

add("en-23-charged-twice", "Ciarán O'Shea <ciaranoshea@mail.example>", "charged twice",
    """\
Hi, my ride on Saturday night (Quayside to the station, about 12 mins) was charged twice,
3.84 both times. Can you refund one of them?

Sent from my iPhone
""",
    R(["Unknown"], "ciaranoshea@mail.example", "Ciarán", "O'Shea"))

add("en-24-move-appointment", "Margaret Holloway <m.holloway@post.example>", "Appointment Thursday?",
    """\
Dear Sir/Madam,

I have an appointment for Pepper's booster jab at the Exeter clinic on Tuesday 24th at 10.15.
Could it please be moved to the Thursday? I can't get a lift on the Tuesday.

Many thanks,
Margaret Holloway (Mrs)
""",
    R(["Unknown"], "m.holloway@post.example", "Margaret", "Holloway"))

add("en-25-selfie-rejected", "Adebayo Kolawole <adebayo.k@inbox.example>", "ID check keeps rejecting me",
    """\
Hello,

I've tried four times to verify my identity in the Glide app and every time the selfie is
thrown out within seconds with "face does not match document". It's my passport and it's my
face. There's no way to reach a person from the app and the account is now locked "for
security".

Please have an actual human being look at my documents and lift the block. And once that's
done I don't want four copies of my face and passport sitting on your servers - get rid of
the failed attempts.

Adebayo Kolawole
""",
    R(["AutomatedDecision", "Erasure"], "adebayo.k@inbox.example", "Adebayo", "Kolawole"))

add("en-26-deputy-mother", "Helen Ashworth <helen.ashworth@post.example>",
    "Request on behalf of my mother (Court of Protection deputy)",
    """\
Dear Privacy Team,

I am the court-appointed property and affairs deputy for my mother, Mrs Dorothy Ashworth, who
has advanced dementia and now lives in a care home. Her cat is insured through Harbour Vets
Pet Cover (policy HV-PC-0071120).

I am trying to put her finances in order and cannot find any of the paperwork. Please send me
the personal information you hold about her: policy documents, payment history, any claims
and correspondence. A copy of the deputyship order is attached.

Regards,
Helen Ashworth
01392 000 417
""",
    R(["Access"], "helen.ashworth@post.example", "Dorothy", "Ashworth", representative="Helen Ashworth"))

add("en-27-expense-export", "Wojciech Nowak <w.nowak@mail.example>", "Export trips for expenses",
    """\
Cześć / hi,

My employer reimburses bike share for commuting but finance want a file, not screenshots. Can
I get my full Glide trip history (date, start, end, distance, price) as a CSV or Excel file I
can upload to their system? Jan-Oct 2026 would do but all of it is fine.

Dzięki!
Wojtek

Sent from my Galaxy
""",
    R(["Portability"], "w.nowak@mail.example", "Wojciech", "Nowak"))

add("en-28-mobility-insights-object", "Dr Imogen Thackeray <i.thackeray@uni-mail.example>",
    "Objection - use of location data for 'mobility insights'",
    """\
Dear Glide DPO,

Section 6 of your privacy notice states that you rely on legitimate interests to use riders'
location traces to produce "mobility insights", which you commercialise to municipalities and
property developers.

I object to this processing of my personal data under Article 21(1) GDPR. I do not accept that
your interests override mine: my trips reveal my home, my workplace and my regular hospital
appointments. Please confirm that my trip data will be excluded from these datasets from now on.

Yours sincerely,

Dr Imogen Thackeray
Lecturer in Urban Studies
""",
    R(["Opposition"], "i.thackeray@uni-mail.example", "Imogen", "Thackeray"))

add("en-29-old-number-rolo", "Dale Whitcombe <dale.whitcombe@inbox.example>", "old number still on Rolo's records",
    """\
alright

changed my mobile in the summer and the clinic still rang my old one when Rolo got out last
week, luckily a neighbour found him. can you get it changed to 07700 900731 on everything, the
app, the clinic system and the microchip contact if thats you. the old one ending 118 isnt mine
any more

cheers Dale
""",
    R(["Rectification"], "dale.whitcombe@inbox.example", "Dale", "Whitcombe"))

add("en-30-fines-what-happens", "Anjali Mehta <anjali.mehta@post.example>",
    "Penalty notices - what happens to my details",
    """\
Hello,

Last spring Glide passed a penalty notice on to me (paid it, no complaint). I'm curious about
the process though. When a council or the police contact you about a scooter, what exactly do
you tell them about me - name, address, licence number? Which organisations does it go to, and
how long do you keep it afterwards?

I'm not after a copy of anything, I just want to understand how it works.

Thanks,
Anjali Mehta
""",
    R(["Information"], "anjali.mehta@post.example", "Anjali", "Mehta"))

add("en-31-pedestrian-zone", "Henrik Sørensen <henrik.sorensen@mail.example>",
    "Suspension warning - pedestrian zone",
    """\
Hi,

I got a "final warning" saying I rode through the pedestrian zone on Market Street three times
and that one more will mean suspension. I have never ridden there. I think the GPS drifts
between the tall buildings on Church Lane, which runs parallel.

I'm contesting the accuracy of these records. Until you've checked them, please mark them as
disputed and don't use them to suspend me or pass them on to anyone.

Henrik Sørensen
""",
    R(["Restriction"], "henrik.sorensen@mail.example", "Henrik", "Sørensen"))

add("en-32-welcome-back-email", "Yusuf Demir <yusuf.demir@inbox.example>",
    "Odd email - what's on my account?",
    """\
Hi,

Yesterday I got an email, apparently from Harbour Vets, saying "Welcome back - your account
details have been updated". I haven't logged into the app in two years, since I took a
neighbour's cat in once.

I don't want to close anything in a hurry, but before I decide I'd like to see exactly what is
stored against my name and email address.

Yusuf Demir
""",
    R(["Access"], "yusuf.demir@inbox.example", "Yusuf", "Demir"))

add("en-33-shot-of-it", "Fionnuala Byrne <fbyrne@mail.example>", "get rid of my account",
    """\
Howya,

I'd like to be shot of my Glide account altogether, haven't touched it since I got the car.
Could ye wipe it and whatever's on it, card and all.

Ta,
Fionnuala
""",
    R(["Erasure"], "fbyrne@mail.example", "Fionnuala", "Byrne"))

# ---------------------------------------------------------------- tasks

add("en-40-dpa-telematics", "Oliver Brennan <oliver.brennan@acme-corp.example>",
    "DPA review needed - VoltTrack telematics",
    """\
Hi team,

Procurement here. We're about to sign with VoltTrack for the IoT modules on the Gen-4 scooters
(they'll receive location, battery and rider ID pings every 10 seconds). Their standard data
processing agreement is on the contract SharePoint.

Legal want privacy sign-off before we countersign - could you look at the Art. 28 terms, the
sub-processor list (they host on a US cloud) and the breach notification clause? Target
signature date is Friday 27th.

Thanks,
Oliver Brennan
Category Manager - Hardware
""",
    TASK("oliver.brennan@acme-corp.example", "Oliver", "Brennan"))

add("en-41-dpia-face-match", "Sana Qureshi <sana.qureshi@acme-corp.example>",
    "DPIA for face-match ID verification (Q1 launch)",
    """\
Hello privacy,

We're planning to replace the manual licence checks with automated face-match against the
licence photo, using Veridex as the provider, going live in Q1 in the UK and Ireland. I gather
biometrics means we need a DPIA. Can we book a kick-off next week? I'll pull together the data
flows and the vendor's documentation beforehand.

Sana
Product Manager, Rider Onboarding
""",
    TASK("sana.qureshi@acme-corp.example", "Sana", "Qureshi"))

add("en-42-ropa-new-clinic", "Gareth Lloyd <gareth.lloyd@acme-corp.example>",
    "New Cardiff Bay clinic - register update",
    """\
Hi,

Heads-up that Harbour Vets Cardiff Bay opens on 1 December. It'll use the same practice
management system as the others, but it also has a hydrotherapy unit with its own booking tool
(AquaPaws) and CCTV in the car park. Can you add whatever needs adding to the record of
processing activities, and tell me if you need a signed form from me?

Gareth
Regional Operations Manager, Wales
""",
    TASK("gareth.lloyd@acme-corp.example", "Gareth", "Lloyd"))

add("en-43-insurer-questionnaire", "Chloe Whitfield <chloe.whitfield@acme-corp.example>",
    "Security & privacy questionnaire from Meridian Insurance - due 4 Dec",
    """\
Hi all,

Meridian (our underwriting partner for Pet Cover) have sent their annual vendor due-diligence
questionnaire. Sections A-C are IT security and have gone to InfoSec; section D (lawful bases,
retention, DSAR handling, international transfers) is yours. The spreadsheet is on the shared
drive under Partnerships/Meridian/2026.

Could you fill it in by 4 December?

Thanks,
Chloe Whitfield
Partnerships Manager
""",
    TASK("chloe.whitfield@acme-corp.example", "Chloe", "Whitfield"))

add("en-44-reception-training", "Natalie Greaves <natalie.greaves@acme-corp.example>",
    "GDPR refresher for front-of-house",
    """\
Hi,

The last data protection training for clinic reception staff was in 2023 and we've had a lot
of new starters since. Could the privacy team put together a short refresher - 30 to 45
minutes - for receptionists and nurses across the south-west clinics? Ideally on Teams in
January. Happy to help sort dates.

Natalie
L&D Coordinator
""",
    TASK("natalie.greaves@acme-corp.example", "Natalie", "Greaves"))

# ---------------------------------------------------------------- incidents

add("en-50-laptop-on-train", "Ryan Whitlock <ryan.whitlock@acme-corp.example>",
    "Laptop left on train - need to report",
    """\
Hi,

Really sorry - I left my work laptop on the 18:05 Paddington to Bristol last night and only
realised at Swindon. It's a company MacBook, encrypted I think (IT set it up), but I had a
spreadsheet of rider fine disputes downloaded to the desktop: about 300 riders with names,
addresses and PCN details.

I've reported it to GWR lost property and to IT. What else do I need to do?

Ryan Whitlock
Fines & Disputes Team
""",
    INC("ryan.whitlock@acme-corp.example", "Ryan", "Whitlock"))

add("en-51-cc-not-bcc", "Beth Carmody <beth.carmody@acme-corp.example>",
    "Sent vaccine reminder with everyone in CC",
    """\
Hi privacy,

Bad news. This morning I sent the booster reminder for the Plymouth clinic from the shared
mailbox and put all the clients in the CC line instead of BCC. It went to 112 people, so they
can all see each other's email addresses (a lot of them are full names). Two clients have
already replied-all. I tried to recall it but it doesn't seem to have worked.

What should I do now?

Beth
Practice Administrator, Harbour Vets Plymouth
""",
    INC("beth.carmody@acme-corp.example", "Beth", "Carmody"))

add("en-52-someone-elses-rides", "Connor Walsh <connor.walsh@mail.example>",
    "I can see someone else's rides in my app",
    """\
Not sure who to tell so sending it here.

After the app update last night I logged in and my ride history is full of trips I never
took - Manchester, and I live in Dublin - and the receipts show a name, Priyanka something, and
the last four digits of a card. Logged out and back in, still there.

Pretty sure that shouldn't happen.

Connor
""",
    INC("connor.walsh@mail.example", "Connor", "Walsh"))

add("en-53-letter-wrong-street", "Sheila Burrows <sheila.burrows@post.example>", "Letter for someone else",
    """\
Hello,

Today I received a letter from Harbour Vets Pet Cover addressed to a Mr K. Lindqvist at
19 Orchard Close. I live at 19 Orchard Rise, a different street. The letter has his claim
settlement, the vet's notes about his dog's tumour and his bank details for the payout.

I haven't thrown it away. Shall I post it back to you? Please sort your addresses out.

Sheila Burrows
""",
    INC("sheila.burrows@post.example", "Sheila", "Burrows"))

add("en-54-phishing-click", "Tariq Hussain <tariq.hussain@acme-corp.example>",
    "Clicked a link in a fake Microsoft email - entered my password",
    """\
Hi,

I got an email about a "shared document: Q4 rider refunds" that looked like a SharePoint
notification. I clicked and entered my login before I noticed the web address was wrong. IT
have reset my password and MFA. My mailbox has access to the refunds queue (rider names,
emails, partial card numbers). IT told me to report it here as well.

Tariq Hussain
Payments Analyst
""",
    INC("tariq.hussain@acme-corp.example", "Tariq", "Hussain"))

# ---------------------------------------------------------------- follow-ups

add("en-60-dsr-five-weeks", "Lucy Fenwick <lucy.fenwick@inbox.example>",
    "Re: [DSR-40718] We have received your request",
    """\
Hello,

It's now five weeks since this acknowledgement and I still have nothing. The law says a month.
Please tell me when I'll get my data.

Lucy Fenwick

> Dear Lucy,
> Thank you for contacting us. Your request has been registered under reference DSR-40718.
> We will respond within one month of receipt.
> Kind regards,
> The Privacy Team
""",
    FU("40718", "lucy.fenwick@inbox.example", "Lucy", "Fenwick"))

add("en-61-chase-formal", "Eleanor de la Cour <e.delacour@chambers-mail.example>",
    "Re: Data subject request - Articles 15 and 20 UK GDPR",
    """\
Dear Data Protection Officer,

I refer to my letter below. I should be grateful for confirmation that it has been received
and logged, and for an indication of when I may expect a substantive response.

Yours faithfully,
Eleanor de la Cour

> Re: Subject access and data portability request
> Account e-mail: e.delacour@chambers-mail.example
> I write to exercise my rights under Articles 15 and 20 of the UK General Data Protection
> Regulation in respect of my Glide account.
""",
    FU(ref("en-08-formal-art15-art20"), "e.delacour@chambers-mail.example", "Eleanor", "de la Cour"),
    headers=irt("en-08-formal-art15-art20"))

add("en-62-id-document", "Ines Carvalho <ines.carvalho@post.example>",
    "RE: [DSR-39022] Verification of your identity",
    """\
Hi,

As requested, please find my driving licence attached (front and back). The address on it is
the same as on my Glide account. Let me know if you need anything else to move my request on.

Ines
""",
    FU("39022", "ines.carvalho@post.example", "Ines", "Carvalho"))

add("en-63-still-locked", "Adebayo Kolawole <adebayo.k@inbox.example>", "Re: ID check keeps rejecting me",
    """\
Any news on this? Still locked out, still no reply. It's been over a week.

Adebayo

On Mon, 16 Nov 2026, Adebayo Kolawole wrote:
> I've tried four times to verify my identity in the Glide app and every time the selfie is
> thrown out within seconds with "face does not match document".
""",
    FU(ref("en-25-selfie-rejected"), "adebayo.k@inbox.example", "Adebayo", "Kolawole"),
    headers=irt("en-25-selfie-rejected"))

# ---------------------------------------------------------------- ignored

add("en-70-spam-fee-notice", "GDPR Compliance Desk <notice@gdpr-register-uk.example>",
    "FINAL NOTICE: Data Protection Fee unpaid - ACME CORP",
    """\
FINAL NOTICE - ACTION REQUIRED WITHIN 48 HOURS

Our records show that ACME CORP has not renewed its Data Protection Registration for 2026/27.
Organisations processing customer personal data without valid registration face penalties of
up to 17,500,000 GBP.

To protect your customers' personal data and avoid enforcement, pay the registration and
certification fee of 2,950 GBP today via the secure link below:

https://gdpr-register-uk.example/pay?ref=ACM-88123

Compliance Enforcement Unit
""",
    IGN("spam", "notice@gdpr-register-uk.example"), headers=SPAM_HDR)

add("en-71-spam-data-brokers", "ErasePro <offers@erasepro-deals.example>",
    "Your personal data is for sale on 212 sites - delete it today (80% off)",
    """\
Hi there,

Data brokers are selling your home address, phone number and family members' names RIGHT NOW.
ErasePro automatically sends deletion requests to 212 people-search sites and keeps your
personal data off them for good.

Black Friday: 80% off the annual plan. Claim your discount:
https://erasepro-deals.example/bf?c=privacy

Unsubscribe | ErasePro Ltd
""",
    IGN("spam", "offers@erasepro-deals.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="erasepro-deals.example")])

add("en-72-phish-quarantine", "IT Helpdesk <helpdesk@acme-corp-mailsecure.example>",
    "privacy@acme-corp.example: 3 incoming messages held in quarantine",
    """\
Message Center

3 messages addressed to privacy@acme-corp.example are being held and will be deleted in 24 hours.

  From: legal-notice@...      Subject: Subpoena - urgent
  From: payroll@...           Subject: December payslip
  From: dpo@...               Subject: Data breach report

Release all messages: https://acme-corp-mailsecure.example/quarantine/release?u=privacy

This is an automated message from your mail administrator.
""",
    IGN("spam", "helpdesk@acme-corp-mailsecure.example"))

add("en-73-seo-offer", "Ravi | Growth Agency <ravi.k@rankrocket.example>",
    "Quick question about glide's Google ranking",
    """\
Hi,

I noticed your site isn't on page 1 for "e-scooter hire" or "vets near me" in several UK
cities. We've helped 300+ brands triple organic traffic in 90 days, guaranteed.

Can I send you a free audit? Just reply "YES".

Best,
Ravi
RankRocket Digital
""",
    IGN("spam", "ravi.k@rankrocket.example"))

add("en-74-ooo-insurer", "Daniel Whitaker <d.whitaker@meridian-ins.example>",
    "Automatic reply: Security & privacy questionnaire",
    """\
Thank you for your email. I am out of the office until Monday 30 November with limited access
to email. For anything urgent please contact partnerships@meridian-ins.example.

Daniel Whitaker
""",
    IGN("auto_reply", "d.whitaker@meridian-ins.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-75-council-ticket-ack", "Westshire Council Parking Services <no-reply@westshire-council.example>",
    "We have received your enquiry [Ref: PCN-ENQ-558120]",
    """\
This is an automated acknowledgement. Please do not reply to this email.

Thank you for contacting Westshire Council Parking Services. Your enquiry has been logged with
reference PCN-ENQ-558120. We aim to respond within 10 working days.
""",
    IGN("auto_reply", "no-reply@westshire-council.example"),
    headers=["Auto-Submitted: auto-generated"])

add("en-76-newsletter", "Privacy Pulse <newsletter@privacypulse.example>",
    "Privacy Pulse #212: ICO fines, adtech and the EU-US framework review",
    """\
PRIVACY PULSE - your weekly data protection briefing

This week:
* ICO issues reprimand to a mobility operator over location data retention
* Adtech: what the latest CJEU ruling means for consent strings
* EU-US Data Privacy Framework: second annual review published

Read online: https://privacypulse.example/212

You are receiving this because you subscribed at privacypulse.example.
Unsubscribe: https://privacypulse.example/unsub?u=8812
""",
    IGN("bulk", "newsletter@privacypulse.example"),
    headers=["List-Id: Privacy Pulse weekly <weekly.privacypulse.example>",
             "List-Unsubscribe: <https://privacypulse.example/unsub?u=8812>, <mailto:unsubscribe@privacypulse.example>",
             "Precedence: bulk"])

add("en-77-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
