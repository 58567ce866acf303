from common import *  # part en: written blind
# Splash (leisure centres, pools, membership cards, CCTV, children's lessons) and RootLine
# (DNA ancestry tests with relative matching): one group, privacy@acme-corp.example.

# ---------------------------------------------------------------- requests

add("en-01-bin-my-sample", "kmcallister88@mailbox.example", "rootline",
"""close my rootline account and bin my spit sample while youre at it. Kevin McAllister
""", R(["Erasure"], "kmcallister88@mailbox.example", "Kevin", "McAllister"))

add("en-02-cctv-leith", "Ewan Baird <ewan.baird@scotmail.example>", "Footage fae the Leith pool",
"""Hiya,

I was at the Splash in Leith on Thursday 5th November, roughly half six til quarter past
seven at night. Some numpty reversed into my motor in your car park and drove off without
leaving a note. The polis say I've to get hold of the camera footage myself since I'm the
one on it.

Could yous send me whatever recordings you've got of me and the car from that evening? I can
send a photo of myself or my membership number (SPL-448120) so you can pick me out.

Cheers,
Ewan Baird
07700 900418
""", R(["Access"], "ewan.baird@scotmail.example", "Ewan", "Baird"))

add("en-03-fed-up-texts", "Debbie Marsh <debbie.marsh@inbox.example>",
"Absolutely disgusted with how I've been treated",
"""To whoever reads this,

I have been a member at Splash Croydon for six years, and my two boys have done their
swimming lessons there since they were toddlers, so I think I've earned the right to be
listened to.

In September I was charged twice for the family membership. I went to the desk, the girl
there told me to email accounts. I emailed accounts, accounts told me to speak to the desk.
Round and round for seven weeks. Meanwhile my younger one lost his Thursday lesson slot
because "the system" said we were in arrears, which we were not, we had paid TWICE.

When I finally got the duty manager he was eating his lunch at the desk and told me there
was nothing he could do. Then the changing village was closed for "deep cleaning" three
Saturdays running, the showers in the family cubicles have been cold since the summer, and
the lockers eat pound coins.

And while I'm at it - I want the text messages to stop. Every Tuesday at 7am I get "Half
price aqua-fit this week!!" on my phone. I never asked for that, I don't want it, so take my
mobile off whatever list is sending them and don't use it for that sort of thing again.

I still want my refund of the duplicate payment (£64.50) and I want my son put back in his
Thursday slot. I've kept every email so don't tell me it didn't happen.

Debbie Marsh
""", R(["Opposition"], "debbie.marsh@inbox.example", "Debbie", "Marsh"))

add("en-04-formal-raw-genotype", "Dr Harriet Okonkwo-Lane <h.okonkwo-lane@fieldmail.example>",
"Request under Articles 15 and 20 UK GDPR - RootLine account",
"""Dear Data Protection Officer,

Re: RootLine account registered to h.okonkwo-lane@fieldmail.example (kit RL-2209-MD)

I write pursuant to Articles 15 and 20 of the UK General Data Protection Regulation.

1. Please confirm whether you process personal data concerning me and, if so, provide me
   with a copy of that data, including without limitation my genotype data, ethnicity
   estimate, the list of genetic relatives presented to me and to whom I have been
   presented, and any support correspondence.

2. In addition, please provide the raw genotype data which I supplied by way of my sample in
   a structured, commonly used and machine-readable format, so that I may reuse it with
   another service.

I look forward to your response within the statutory period of one month.

Yours faithfully,

Dr Harriet Okonkwo-Lane
""", R(["Access", "Portability"], "h.okonkwo-lane@fieldmail.example", "Harriet", "Okonkwo-Lane"))

add("en-05-wrong-birthdy", "Jamie Pryce <jamie.pryce@fastmail.example>", "wrong birthdy on my card",
"""hi there my membersip card says my date of brith is 03/11/1998 but its actualy 11/03/1998,
think someone swaped the day and month round when i joined at the desk. can you fix it on
your system pls becuase the student consession price is going off it and its wrong now. also can u stop the student offer emails, i get
like 3 a week and dont want them

thx
jamie pryce
""", R(["Rectification", "Opposition"], "jamie.pryce@fastmail.example", "Jamie", "Pryce"))

add("en-06-caps-cancel-everything", "GORDON FLETT <gflett@orkneymail.example>", "STOP",
"""I HAVE ASKED THREE TIMES AT RECEPTION IN KIRKWALL. I DO NOT WANT YOUR LEAFLETS, YOUR EMAILS
OR YOUR PHONE CALLS. REMOVE MY DETAILS FROM YOUR SYSTEM ENTIRELY. I LEFT SPLASH IN MARCH AND
HAVE NO INTENTION OF COMING BACK.

G. FLETT
""", R(["Erasure", "Opposition"], "gflett@orkneymail.example", "Gordon", "Flett"))

add("en-07-html-who-sees-matches", "Priya Raghunathan <priya.r@webmail.example>",
"Relative matching - who can see what?",
html("Hello,",
     "My RootLine results came back last week and I'm thinking about switching on the "
     "relative-matching option, but before I do I'd like to understand what a match would "
     "actually see about me. Is it my full name? My town? The percentage of shared DNA? My "
     "family tree?",
     "And if I switch it off again later, do the people who already matched with me keep "
     "anything? Is any of it passed on to third parties, for example police or research "
     "partners?",
     "Many thanks,<br>Priya Raghunathan"),
R(["Information"], "priya.r@webmail.example", "Priya", "Raghunathan"), ct=HTML)

add("en-08-irish-hold-that-report", "Siobhán Ní Bhriain <siobhan.nibhriain@eircom.example>",
"Incident report – please leave it alone until it’s looked at",
"""Dia dhuit,

I’m after getting a letter from the Splash centre in Salthill saying my membership is “under
review” because of an incident report from the 24th of October. The report says I was
abusive to a lifeguard. That’s simply not true – I asked him to keep an eye on the deep end
because there were young lads dive-bombing, and that was the height of it.

I’ve asked the manager to look at the whole thing again. Until that’s done I’d ask that
you don’t use that report for anything at all – not for the review, not for passing to the
other centres, nothing. Keep it on file by all means, but leave it sitting there until the
facts are checked. I understand I’m entitled to that under data protection law.

Go raibh maith agat,
Siobhán Ní Bhriain
Member no. 771-20934
""", R(["Restriction"], "siobhan.nibhriain@eircom.example", "Siobhán", "Ní Bhriain"),
    ct=CP1252, encode="cp1252")

add("en-09-concession-computer-says-no", "Marcus Achterberg <marcus.achterberg@post.example>",
"Concession application rejected by your website",
"""Hello,

On Sunday I applied online for the disability concession membership at Splash Norwich. I
uploaded my PIP letter and within about four seconds got a screen saying "Your eligibility
score does not meet the required threshold - application declined". No one phoned me, no
one looked at the letter, it was obviously just software.

I don't accept that outcome. I'd like an actual member of staff to reconsider my application
properly, and I'd like the chance to explain my circumstances to that person, because I
suspect the system couldn't read the scan.

Regards,
Marcus Achterberg
""", R(["AutomatedDecision"], "marcus.achterberg@post.example", "Marcus", "Achterberg"))

add("en-10-parent-gala-photo", "Aoife Doyle <aoife.doyle@familymail.example>",
"Photos of my daughter on your Facebook page",
"""Hi,

My daughter Ciara Doyle (7) is in the Tuesday 4.30 Stage 3 group at Splash Swansea. Someone
has put a photo of the Stage 3 gala on the Splash Swansea Facebook and Instagram pages and
she's front and centre, in her swimsuit, with her name on the medal caption.

I never signed a photo consent form and I'm not comfortable with it. Please take the pictures
of her down and delete any other copies you have of her from that day.

Thanks,
Aoife Doyle
""", R(["Erasure"], "aoife.doyle@familymail.example", "Ciara", "Doyle",
       representative="Aoife Doyle"))

add("en-11-when-im-gone", "Bernard Quayle <b.quayle@manx.example>", "My DNA results when I'm gone",
"""Good afternoon,

I am 81 and putting my affairs in order with my advocate. One loose end is my RootLine
account. When I die I'd like my granddaughter Emily to be able to download my results and
the family tree I've built (eleven years of work!), and after that for everything else to be
deleted, including whatever remains of the sample. I do not want the account simply left
dormant or passed to anyone else.

Is there a way to record those wishes with you now, so that they are followed later on?

With thanks,
Bernard Quayle
Ramsey, Isle of Man
""", R(["AdvanceDirectives"], "b.quayle@manx.example", "Bernard", "Quayle"))

add("en-12-late-mother", "Rakesh Varma <rakesh.varma@mailhub.example>", "My late mother's membership",
"""Dear Sir or Madam,

My mother, Kamala Varma, passed away on 19 September. She had been a Splash member at the
Leicester centre for many years (membership 48-007712). The direct debit has been cancelled
via the bank.

As her executor I'd like her membership closed and her records removed from your systems -
the card photo, her details, the health questionnaire she filled in for the aqua-aerobics
class, all of it. I can provide the death certificate and grant of probate if you need them.

Kind regards,
Rakesh Varma
""", R(["Erasure"], "rakesh.varma@mailhub.example", "Kamala", "Varma",
       representative="Rakesh Varma"))

add("en-13-solicitor-changing-room-slip", "Fiona Grierson <fgrierson@grierson-law.example>",
"Subject access request - our client Mr Thomas Wilder",
"""Dear Sirs,

Our client: Mr Thomas Wilder, 14 Brae Crescent, Aberdeen
Incident: slip in the changing village, Splash Aberdeen Beach, 12 August 2026

We act for Mr Wilder in connection with the above. Pursuant to Article 15 UK GDPR, we request
on his behalf copies of all personal data you hold concerning him, including but not limited
to CCTV footage of the changing village and poolside from 11:00 to 13:00 on the date in
question, the accident book entry, the incident report completed by your staff, and any
internal correspondence referring to our client.

A form of authority signed by Mr Wilder is enclosed.

Yours faithfully,

Fiona Grierson
Associate Solicitor
Grierson & Co LLP
T: 01224 496 000 | DX AB 41
This email and any attachments are confidential and may be legally privileged. If you are
not the intended recipient please notify the sender and delete it. Grierson & Co LLP is
regulated by the Law Society of Scotland.
""", R(["Access"], "fgrierson@grierson-law.example", "Thomas", "Wilder",
       representative="Fiona Grierson"))

add("en-14-fwd-front-desk-marketing", "Lauren Pike <lauren.pike@acme-corp.example>", "Fwd: emails",
"""Hi privacy team, this one landed in the Bristol front desk inbox - can you pick it up?
Thanks, Lauren
Duty Manager, Splash Bristol Harbourside

---------- Forwarded message ---------
From: Nathaniel Osei <nat.osei@homenet.example>
Date: Sat, 14 Nov 2026 at 21:12
Subject: emails
To: <bristol@acme-corp.example>

Hello, I've been getting the Splash offers newsletter plus the "we miss you" emails for
months. Could you take me off every mailing list you have? I'm still a member and I'm happy
with that, I just don't want the marketing.

Nat Osei
""", R(["Opposition"], "nat.osei@homenet.example", "Nathaniel", "Osei"))

add("en-15-fwd-attached-new-surname", "Tom Hargreaves <tom.hargreaves@acme-corp.example>",
"FW: Change of details", None,
R(["Rectification"], "imogen.cr@oldprovider.example", "Imogen", "Castellanos-Reid"),
attached=("Imogen Castellanos-Reid <imogen.cr@oldprovider.example>", "Change of details",
"""Hi,

My surname is now Castellanos-Reid (it was just Reid when I bought the kit) and I've moved to
Flat 3, 27 Marchmont Road, Edinburgh EH9 1HY. Could you put both right on my RootLine profile
and on the tree? The old address still comes up on my invoices.

Thanks
Imogen
"""),
note="""Privacy - forwarding as an attachment, she also rang in about it. Not sure whether this
sits with you or with membership ops, but she mentions her data so passing it over.

Tom Hargreaves
Customer Service Advisor | RootLine
""")

add("en-16-family-inbox", "The Hendersons <hendersons@homemail.example>",
"What do you have on file for me?",
"""Hello,

We share this email address as a family but please answer me at my own address (I've set it
as the reply address).

I've been a Splash member at Dunfermline for about nine years and I'd like to see everything
you keep about me - the joining form, payment history, the photo on the card, any notes
staff have written, and anything from the cameras if you keep it that long.

Moira Henderson (DOB 02/06/1967)
""", R(["Access"], "moira.henderson@homemail.example", "Moira", "Henderson"),
    headers=["Reply-To: Moira Henderson <moira.henderson@homemail.example>"])

add("en-17-consultant-cctv-questions", "Dr Alastair Kinnear <alastair.kinnear@kinnear-med.example>",
"CCTV at Splash Perth",
"""Hello,

Writing in a personal capacity as a member of Splash Perth. A couple of questions:

- How long do you retain recordings from the pool hall and the changing village?
- Are there any cameras inside the changing areas themselves, or only in the corridors?
- Who is able to view the footage, and is it ever shared outside the company?

I'm not asking for any footage, just curious having noticed the new domes on the ceiling.

Best wishes,

Dr Alastair Kinnear MBChB FRCA
Consultant Anaesthetist
Mobile: 07700 900 233

CONFIDENTIALITY NOTICE: This message and any attachment are intended solely for the
addressee and may contain confidential information. If you have received this message in
error, please delete it and notify the sender. Any views expressed are those of the author.
""", R(["Information"], "alastair.kinnear@kinnear-med.example", "Alastair", "Kinnear"))

add("en-18-iphone-research-optout", "Jess Turnbull <jessturnbull@icloud.example>", "research thing",
"""Hey, when I signed up I ticked the box letting RootLine use my DNA for research. I've changed
my mind - please take my consent back and leave me out of any future studies.

Ta, Jess

Sent from my iPhone
""", R(["Opposition"], "jessturnbull@icloud.example", "Jess", "Turnbull"))

add("en-19-card-flashing-red", "Owen Pritchard <owen.pritchard@cymru.example>", "Card not working",
"""My membership card keeps flashing red at the gate at Splash Cardiff Bay and the staff have to
buzz me through every single time. Can someone sort it out please? Membership 55-019233.

Diolch,
Owen
""", R(["Unknown"], "owen.pritchard@cymru.example", "Owen", "Pritchard"))

add("en-20-lane-hire-invoice", "Sandra Blakemore <s.blakemore@brightwave-swim.example>",
"Overdue invoice INV-2026-1187",
"""Good morning,

Invoice INV-2026-1187 (£1,320.00) for lane hire at Splash Leeds in October remains unpaid
and is now 30 days overdue. Your website lists this address for enquiries so apologies if
it's the wrong place - could you pass it to whoever handles supplier payments?

Kind regards,
Sandra Blakemore
Office Manager, Brightwave Swim School
""", R(["Unknown"], "s.blakemore@brightwave-swim.example", "Sandra", "Blakemore"))

add("en-21-aussie-insurers", "Bryce Whitlam <bryce.whitlam@ozmail.example>", "do insurers get my dna?",
"""G'day,

Did one of your kits a while back for a bit of fun. Now the missus reckons you lot flog the
data to insurance companies and big pharma. Before I chuck a wobbly - who actually gets my
genetic info? Is it kept here or overseas somewhere? Does any of it go to the States?

Cheers mate,
Bryce (Brisbane)
""", R(["Information"], "bryce.whitlam@ozmail.example", "Bryce", "Whitlam"))

add("en-22-invisible-to-cousins", "Helena van der Berg <helena.vdberg@mailpost.example>",
"Relative matches - make me invisible",
"""Hello,

I'm not asking you to close my account - I still want my ancestry report and I'd like to keep
my tree. But I've had some unwelcome contact from a supposed half-sibling and I want you to
stop using my DNA for the matching feature altogether, so that I no longer turn up in anyone's
list.

Please confirm once that's done.

Helena van der Berg
""", R(["Opposition"], "helena.vdberg@mailpost.example", "Helena", "van der Berg"))

add("en-23-genotype-export", "Sanjay Mehta <smehta@genealogy-club.example>",
"Raw data export to another platform",
"""Hi,

I need my genotype file - ideally the full raw data (VCF, or tab-delimited with rsIDs,
chromosome, position, genotype) - so I can upload it to GenTree where the rest of my family
tested. The "Download raw data" button in the account returns an HTTP 500 every time.

Could you either send the file over or push it directly to GenTree if you have a route for
that? Account email is this one.

Thanks,
Sanjay Mehta
""", R(["Portability"], "smehta@genealogy-club.example", "Sanjay", "Mehta"))

add("en-24-married-name-and-printout", "Chloe Abernethy <chloe.abernethy@wedmail.example>",
"Name change + what you hold",
"""Hi,

I got married in the summer - I was Chloe Dunn, now Chloe Abernethy. Could you change my name
on my Splash membership and on the kids' swimming lesson bookings where I'm down as the
parent?

While you're at it, I'd like a full printout of the personal info you hold on me, because
I'm not convinced the old address was ever changed either.

Thanks!
Chloe Abernethy
""", R(["Rectification", "Access"], "chloe.abernethy@wedmail.example", "Chloe", "Abernethy"))

add("en-25-destroy-the-tube", "Graham Tulloch <g.tulloch@highland.example>", "Saliva sample",
"""Please destroy the saliva sample I posted in last year and any DNA extracted from it that the
lab still has. The online report can stay for now. Kit ID RL-7731-KQ.

Could you also tell me which laboratory handled it and whether it ever left the UK?

Graham Tulloch
""", R(["Erasure", "Information"], "g.tulloch@highland.example", "Graham", "Tulloch"))

add("en-26-lock-my-results", "Yusuf Adeyemi-Clarke <yusuf.ac@lonmail.example>",
"Parent match - complaint pending",
"""Dear RootLine,

Your site shows a man I have never met as my biological father, with a 50% match. This has
caused a lot of upset in my family. I believe the samples were mixed up at the laboratory and
I have lodged a complaint with the ICO.

Until that is resolved I do not want you to delete anything - I may need it as evidence - but
I also do not want my results used, shown to other users or worked on in any way. Please lock
them as they are.

Yusuf Adeyemi-Clarke
""", R(["Restriction"], "yusuf.ac@lonmail.example", "Yusuf", "Adeyemi-Clarke"))

add("en-27-spanglish-my-info", "Lucía Fernández Ortega <lucia.fdez@correo.example>",
"Request datos / my data",
"""Hello, sorry my English is not perfect.

Soy socia de Splash en Manchester desde 2024. I want to receive toda la información personal
que tienen sobre mí - the card details, las fotos, el historial de pagos. Please send me by
email.

Gracias,
Lucía Fernández Ortega
""", R(["Access"], "lucia.fdez@correo.example", "Lucía", "Fernández Ortega"))

add("en-28-dad-no-punctuation", "Darren Cole <dazcole77@mail.example>", "my son",
"""hi my lad kyle cole goes to the saturday morning lessons at splash hull i want to see what
info u have got on him the other parents said u put the lesson reports and notes on some app
and i never got told about that darren cole
""", R(["Access"], "dazcole77@mail.example", "Kyle", "Cole", representative="Darren Cole"))

add("en-29-latin1-stop-ringing", "Seán Ó Ceallaigh <sean.oceallaigh@eirnet.example>", "Phone calls",
"""A chara,

I'm getting calls from a "Splash membership team" most evenings at tea-time trying to get me
to rejoin. I've no interest whatsoever. Stop ringing me please, and don't be using my number
for selling again. The number is 087 555 0192.

And I'd like to know where you got it - I never gave a mobile number to the centre, only
the landline.

Seán Ó Ceallaigh
Corcaigh
""", R(["Opposition", "Information"], "sean.oceallaigh@eirnet.example", "Seán", "Ó Ceallaigh"),
    ct=LATIN1, encode="latin-1")

add("en-30-legal-basis-transfers", "Ingrid Solheim <ingrid.solheim@nordpost.example>",
"Articles 13/14 - processing of genetic data",
"""Dear Sir/Madam,

As a RootLine customer I would be grateful for the following information:

(a) the condition under Article 9(2) UK GDPR on which you rely to process my genetic data;
(b) whether genotype data are transferred to your laboratory partner in the United States
    and, if so, under which transfer mechanism (IDTA, addendum to the SCCs, adequacy);
(c) the retention period applied to raw data and to the biological sample after an account
    is closed.

I am not requesting a copy of my data at this stage.

Kind regards,
Ingrid Solheim
""", R(["Information"], "ingrid.solheim@nordpost.example", "Ingrid", "Solheim"))

add("en-31-swipe-history", "Callum Rae <callum.rae@gymrat.example>", "Entry log",
"""Need my visit history - every swipe at the turnstiles at Splash Glasgow Fort for 2025 and
2026 with dates and times. Work's wellness scheme wants proof of attendance and the app only
shows the last 30 days. Member 66-482210.

Callum
""", R(["Access"], "callum.rae@gymrat.example", "Callum", "Rae"))

add("en-32-take-it-then-wipe", "Nadia Kowalczyk <nadia.kowalczyk@mailbox.example>", "Leaving RootLine",
"""I'm done with RootLine after the price hike. Before you wipe me, I want my raw DNA and my
family tree as files I can actually load somewhere else (CSV and GEDCOM are fine). Once I've
confirmed I've got them, get rid of the lot - account, results, sample, everything.

Nadia Kowalczyk
""", R(["Portability", "Erasure"], "nadia.kowalczyk@mailbox.example", "Nadia", "Kowalczyk"))

# ---------------------------------------------------------------- tasks

add("en-33-cctv-maintenance-dpa", "Rob Ellery <rob.ellery@acme-corp.example>",
"VisionGuard DPA - sign-off needed",
"""Hi both,

We're moving CCTV maintenance to VisionGuard Ltd from January. They'll have remote access to
the recorders at all 14 Splash sites. Procurement won't raise the PO until privacy has signed
off the data processing agreement.

Draft's in the shared drive under Facilities/Contracts/2027. Could you look over the
processing schedule and the sub-processor clause and come back to me by 4 December?

Cheers,
Rob Ellery
Group Facilities Manager
""", TASK("rob.ellery@acme-corp.example", "Rob", "Ellery"))

add("en-34-palm-vein-pilot", "Amira Haddad <amira.haddad@acme-corp.example>",
"Palm-vein entry pilot - DPIA?",
"""Hello privacy team,

We're planning to pilot palm-vein scanners instead of cards at Splash Milton Keynes, target
go-live in March. It's biometrics so I assume we need a DPIA before anything is installed.
Could you kick one off, or send me the template and tell me what you need from us?

Thanks,
Amira Haddad
Head of Digital Products
""", TASK("amira.haddad@acme-corp.example", "Amira", "Haddad"))

add("en-35-progress-app-register", "Kirsty MacLeod <kirsty.macleod@acme-corp.example>",
"New app for swim school",
"""Hiya,

The swim school has started using the SplashProgress app to send lesson progress reports to
parents. Someone at the area meeting said it needs adding to the record of processing
activities. Can you add it? Data in it: child's name, age, stage, teacher comments, parent
email and mobile. Supplier is Aquatrack Ltd.

Kirsty MacLeod
Swim School Coordinator, Scotland North
""", TASK("kirsty.macleod@acme-corp.example", "Kirsty", "MacLeod"))

add("en-36-lab-due-diligence", "Ben Okafor <ben.okafor@acme-corp.example>",
"GenomaLab supplier questionnaire",
"""Hi,

GenomaLab (our new sequencing partner in Dublin) have sent their supplier due-diligence
questionnaire - about 60 questions on our data protection set-up, retention, DPO contact and
breach handling. They want it back by Friday week. Could privacy complete sections C and D?
I'll do the commercial bits.

Ben Okafor
Partnerships Lead, RootLine
""", TASK("ben.okafor@acme-corp.example", "Ben", "Okafor"))

add("en-37-refresher-for-team-leads", "Sophie Lindqvist <sophie.lindqvist@acme-corp.example>",
"Data protection session - regional meeting 9 Dec",
"""Hi,

Would the privacy team be able to run a 45-minute data protection refresher for our
front-of-house and lifeguard team leads at the regional meeting on 9 December? Main topics:
CCTV requests from the public, photos at galas, and what to say when a parent asks about
another child.

Sophie Lindqvist
Learning & Development Partner
""", TASK("sophie.lindqvist@acme-corp.example", "Sophie", "Lindqvist"))

# ---------------------------------------------------------------- incidents

add("en-38-ipad-left-on-bus", "Danny Moffat <danny.moffat@acme-corp.example>", "lost the lessons ipad",
"""Hi, I think I left the lessons iPad on the number 22 bus last night on the way home. It has
the register app for all the Wednesday classes on it - kids' names, ages, medical notes
(asthma, epilepsy, one with a nut allergy) and parents' phone numbers. It's got a 4-digit
passcode. I've reported it to the bus company lost property. What else do I need to do?

Danny Moffat
Swim Teacher, Splash Dundee
""", INC("danny.moffat@acme-corp.example", "Danny", "Moffat"))

add("en-39-typed-password-in", "Leanne Birch <leanne.birch@acme-corp.example>",
"Think I fell for a phishing email",
"""Bit embarrassed to be writing this. This morning I got an email that looked like it came from
IT saying my Microsoft password was about to expire. I clicked the link and typed in my
username and password before I noticed the address was off. I've changed my password since.

I have access to the support desk with all the customer tickets (some include DNA results
and health questions). Reporting it in case.

Leanne Birch
Customer Support, RootLine
""", INC("leanne.birch@acme-corp.example", "Leanne", "Birch"))

add("en-40-someone-elses-results", "Martin Greaves <martin.greaves@homemail.example>",
"I can see someone else's DNA results",
"""Logged into RootLine tonight to look at my results and the report is for a "Patricia
Ellwood", born 1954 - her ethnicity breakdown, her list of relatives, the lot. I'm not her.
I haven't downloaded or shared anything, but you've clearly got a problem. Where are my
results, and is someone else looking at mine?

Martin Greaves
""", INC("martin.greaves@homemail.example", "Martin", "Greaves"))

add("en-41-wrong-letter-in-envelope", "Eilidh Munro <eilidh.munro@skye.example>",
"Letter meant for another member",
"""Hello,

Got a letter from Splash today with my name on the envelope, but inside was a renewal letter
for a different member - a Mr James Corrigan in Inverness, with his address, membership number
and the last digits of his bank account. Thought you'd want to know. I'll shred it unless you
want it posted back.

Eilidh Munro
""", INC("eilidh.munro@skye.example", "Eilidh", "Munro"))

add("en-42-police-clip-misdirected", "Paul Stirling <paul.stirling@acme-corp.example>",
"Incident - CCTV clip sent to wrong address",
"""Privacy team,

Yesterday afternoon I sent a CCTV clip of the changing-room corridor, requested by West
Yorkshire Police, to the wrong email address. Autocomplete picked a personal address
(pcsmith@) instead of the force mailbox. The clip shows three members, one of them a child,
faces clearly visible. I've emailed the recipient asking them to delete it, no reply yet.

Paul Stirling
Centre Manager, Splash Leeds
0113 496 0750
""", INC("paul.stirling@acme-corp.example", "Paul", "Stirling"))

# ---------------------------------------------------------------- follow-ups

add("en-43-five-weeks-later", "Alan Pearce <alan.pearce@mailhub.example>",
"Re: [DSR-31862] We have received your request",
"""It's now five weeks since this acknowledgement and I've heard nothing. My understanding is
you have one month. Please send what I asked for.

Alan

> Dear Alan Pearce,
> Thank you for contacting the Splash & RootLine privacy team. Your request has been logged
> under reference DSR-31862. We will respond within one month.
> Kind regards,
> Privacy Team
""", FU("31862", "alan.pearce@mailhub.example", "Alan", "Pearce"))

add("en-44-leith-correction", "Ewan Baird <ewan.baird@scotmail.example>",
"Re: Footage fae the Leith pool",
"""Sorry, wee correction - it was the Thursday right enough but more like seven til eight. I was
in a red Corsa, reg ends KXE, if that helps find me on the tapes.

Ewan
""", FU(ref("en-02-cctv-leith"), "ewan.baird@scotmail.example", "Ewan", "Baird"),
    headers=irt("en-02-cctv-leith"))

add("en-45-id-documents", "Marguerite Olawale <m.olawale@post.example>", "[DSR-40077] ID documents",
"""Hello,

As asked, here are a copy of my passport and a recent council tax bill. Please go ahead with
closing my RootLine account now.

Marguerite Olawale
""", FU("40077", "m.olawale@post.example", "Marguerite", "Olawale"))

add("en-46-still-in-matches", "Helena van der Berg <helena.vdberg@mailpost.example>",
"Re: Relative matches - make me invisible",
"""Hello again,

Ten days on and I'm still showing in my cousin's match list - she sent me a screenshot this
morning. Could someone please look at this?

Helena
""", FU(ref("en-22-invisible-to-cousins"), "helena.vdberg@mailpost.example", "Helena", "van der Berg"),
    headers=irt("en-22-invisible-to-cousins"))

# ---------------------------------------------------------------- ignored

add("en-47-broker-removal-offer", "DataShield Pro <offers@datashield-pro.example>",
"Your personal data is for sale - remove it in 24h",
"""Hi there,

Your name, home address and phone number are listed on 214 data broker websites RIGHT NOW.

Our AI robot will DELETE your personal data from the internet and PROTECT your privacy
forever. GDPR-compliant removal requests sent on your behalf!

80% OFF today only - just $9.99/month.
>> http://datashield-pro.example/r?id=77812 <<

To stop receiving these emails click here.
""", IGN("spam", "offers@datashield-pro.example"), headers=SPAM_HDR)

add("en-48-quota-phish", "IT Service Desk <it-servicedesk@acme-corp.example>",
"Action required: mailbox storage limit reached",
"""Dear user,

Your mailbox privacy@acme-corp.example has exceeded its storage quota. Incoming messages will
be rejected and stored items permanently deleted within 24 hours.

Validate your account now to keep your data:
http://acme-corp-mailverify.example/owa/login

IT Service Desk
""", IGN("spam", "it-servicedesk@acme-corp.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp.example")])

add("en-49-fake-fee-notice", "Data Protection Registration Office <noreply@dpro-uk.example>",
"FINAL NOTICE: data protection fee outstanding",
"""FINAL NOTICE

Our records show that your organisation has not paid the statutory data protection fee for
2026/27. Failure to pay may result in a penalty of up to £4,350.

To avoid enforcement action, pay £135 within 7 days at http://dpro-uk.example/pay quoting
reference ZA-90311.

Data Protection Registration Office
""", IGN("spam", "noreply@dpro-uk.example"))

add("en-50-annual-leave", "Gemma Carruthers <gemma.carruthers@lakeside-leisure.example>",
"Automatic reply: Pool hire agreement",
"""Thank you for your email. I am on annual leave until Monday 23 November with limited access
to email. For anything urgent please contact reception on 01632 960411.

Gemma
""", IGN("auto_reply", "gemma.carruthers@lakeside-leisure.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-51-trade-newsletter", "Leisure Industry Weekly <newsletter@leisureweekly.example>",
"This week: pool chemical costs, GDPR fines in fitness, and more",
"""LEISURE INDUSTRY WEEKLY - Issue 412

* Chlorine prices up 18% - how operators are coping
* Gym chain fined over CCTV in changing rooms: lessons learned
* Interview: the rise of family swim memberships

Read online: https://leisureweekly.example/issue/412

You are receiving this because you subscribed at leisureweekly.example.
Unsubscribe: https://leisureweekly.example/unsubscribe?u=4471
""", IGN("bulk", "newsletter@leisureweekly.example"),
    headers=["List-Id: Leisure Industry Weekly <weekly.leisureweekly.example>",
             "List-Unsubscribe: <https://leisureweekly.example/unsubscribe?u=4471>",
             "Precedence: bulk"])

add("en-52-undeliverable", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
"Undelivered Mail Returned to Sender", "",
IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("en-53-lab-ticket-ack", "GenomaLab Support <support@genomalab.example>",
"[Ticket #88213] We've received your request",
"""This is an automated response - please do not reply below this line.

Thank you for contacting GenomaLab Support. Ticket #88213 has been created and one of our
team will be in touch within 2 business days.

GenomaLab Support
""", IGN("auto_reply", "support@genomalab.example"), headers=["Auto-Submitted: auto-replied"])
