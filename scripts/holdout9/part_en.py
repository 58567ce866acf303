from common import *  # part en: written blind

# ---------------------------------------------------------------- requests

add("en-01-wipe-oneliner", "th1987@postbox.example", "account",
    "pls get rid of my account and everything thats in it. cheers\n",
    R(["Erasure"], "th1987@postbox.example"))

add("en-02-panel-full-picture", "Priya Raghunathan <priya.raghunathan@northmail.example>",
    "What does the panel actually know about me?",
    """Hello,

I've been a member of your Acme Voices survey panel for about three years and have filled in
well over a hundred questionnaires (health, finances, holidays, you name it). I'd now like to
see the full picture: the profile you've built on me, every answer I've given, the points
history and any notes or quality scores your team attached to my account. Please send it all
over to this address.

Kind regards,
Priya Raghunathan
Panel ID 7730418
""",
    R(["Access"], "priya.raghunathan@northmail.example", "Priya", "Raghunathan"))

add("en-03-sar-art15-20", "Declan O'Sullivan <declan.osullivan@corkmail.example>",
    "Subject Access Request - Articles 15 and 20 GDPR",
    """Dear Data Protection Officer,

I am writing to exercise my rights under Articles 15 and 20 of the General Data Protection
Regulation in respect of the personal data your organisation processes about me as a Friends
membership holder (membership no. FR-220918) and as a purchaser of tickets via your platform.

Under Article 15, please confirm whether you process personal data concerning me and, where
that is the case, provide me with that data together with the supplementary information listed
in Article 15(1)(a) to (h).

Under Article 20, please also provide the personal data which I have provided to you in a
structured, commonly used and machine-readable format (CSV or JSON would be acceptable).

I expect a response without undue delay and in any event within one month of receipt, as
required by Article 12(3).

Yours faithfully,

Declan O'Sullivan
14 Harbour View
Cobh, Co. Cork
""",
    R(["Access", "Portability"], "declan.osullivan@corkmail.example", "Declan", "O'Sullivan"))

add("en-04-stop-calling-caps", "Gary Prentice <gprentice@fastpost.example>", "STOP CALLING ME",
    """THIS IS THE THIRD TIME THIS WEEK SOMEONE FROM YOUR RENEWALS TEAM HAS RUNG MY MOBILE ABOUT
RENEWING MY MEMBERSHIP. I DO NOT WANT TO RENEW AND I DO NOT WANT ANY MORE PHONE CALLS FROM
YOU. TAKE MY NUMBER OFF YOUR CALL LIST TODAY, AND WHILE YOU ARE AT IT DELETE MY DETAILS FROM YOUR
SYSTEM ALTOGETHER. I WANT NOTHING MORE TO DO WITH YOU.

GARY PRENTICE
""",
    R(["Opposition", "Erasure"], "gprentice@fastpost.example", "Gary", "Prentice"))

add("en-05-shambolic-evening-name", "Aoife Fitzgerald-Nwosu <aoife.fn@greenpost.example>",
    "Absolutely shambolic evening at the Lyric - and my name AGAIN",
    """To whoever reads this,

I have been a season ticket holder at the Lyric for eleven years, and last Thursday was the
worst evening I have had in any theatre, ever. We arrived at 7.10 for a 7.30 curtain to find
two other people sitting in our seats (row F, 12 and 13), both holding tickets your system had
apparently sold them that afternoon. The front-of-house manager was perfectly polite but had no
idea what to do, so we were parked in the bar until the interval and then squeezed into the
back of the circle behind a pillar. My husband has a bad knee and spent the second act standing.

When I rang the box office on Friday I was told the seats had been "released" because my
renewal had not gone through. It had. I have the bank statement showing the direct debit.

And while I'm at it: for the fourth season running my ticket wallet and my membership card say
"Aiofe Fitzgerald Nwosu". It is Aoife, A-O-I-F-E, and the surname is hyphenated:
Fitzgerald-Nwosu. Please correct it on my account, properly this time, because the name check
at the door on Thursday very nearly got me turned away on top of everything else.

I'd also like to know what you intend to do about the evening itself. Two tickets at full
price for a view of a pillar is not what I have been paying for since 2015.

Aoife Fitzgerald-Nwosu
""",
    R(["Rectification"], "aoife.fn@greenpost.example", "Aoife", "Fitzgerald-Nwosu"))

add("en-06-too-much-email-html", "Mei-Ling Chow <meiling.chow@harbourmail.example>",
    "Too many emails",
    html("Hi there,",
         "Could you please take me off the members' e-newsletter <b>and</b> the weekly "
         "&quot;What's On&quot; offers? I'm still very happy being a member, I just get far too "
         "much email from you and I've stopped reading it.",
         "Also, the e-mail on my account is still my old work address "
         "(m.chow@formerjob.example) - could you change it to this one?",
         "Thanks,<br>Mei-Ling Chow"),
    R(["Opposition", "Rectification"], "meiling.chow@harbourmail.example", "Mei-Ling", "Chow"), ct=HTML)

add("en-07-wat-info", "jess.b92@kmail.example", "info u have",
    """hiya

can u tell me wat info u lot have got stored on me?? i booked a school trip thru ur site last
yr for my yr 5 class (dinosaur gallery) and ive been curious ever since what u actually kept
under my name

thx
jess
""",
    R(["Access"], "jess.b92@kmail.example", "Jess"))

add("en-08-who-sees-answers", "Oluwaseun Adeyemi <seun.adeyemi@lagoonmail.example>",
    "Questions about the survey panel and my answers",
    """Good afternoon,

I'm a fairly new panellist and before I carry on answering the longer questionnaires I'd like to
understand a few things. I'm not asking for anything to be deleted or sent to me.

1. When I answer a survey commissioned by one of your clients, does that client get my name or
   e-mail, or only anonymous answers?
2. How long do you keep individual answers after a project closes?
3. Are any of the answers processed or stored outside the UK/EU?
4. What is the legal basis you rely on for the profiling questions at sign-up?

Many thanks,
Oluwaseun Adeyemi
""",
    R(["Information"], "seun.adeyemi@lagoonmail.example", "Oluwaseun", "Adeyemi"))

add("en-09-kicked-off-panel", "Krzysztof Wiśniewski <k.wisniewski@vistula.example>",
    "Removed from panel by your system - I want a real person to look at this",
    """Hello,

Yesterday I got an automatic email saying my panel account has been closed for "inconsistent or
low-quality responses" and that my 4,200 points are forfeited. Nobody contacted me before, nobody
asked me anything. I always answer carefully, sometimes I am slow because English is my second
language, maybe this is what your algorithm did not like.

I do not accept a decision like this made only by a computer. Please have a human being review my
account and the decision, and tell me how your system decided it.

Krzysztof Wiśniewski
""",
    R(["AutomatedDecision"], "k.wisniewski@vistula.example", "Krzysztof", "Wiśniewski"))

add("en-10-merged-account-freeze", "Hannah Lindqvist <hannah.lindqvist@fjordmail.example>",
    "Merged membership account - please put it on hold",
    """Dear Privacy Team,

In October your membership team "merged" what they thought were two duplicate accounts. The result
is one account with my e-mail, someone else's postal address and a date of birth that isn't mine,
and I'm not even sure which of the bookings on it are mine any more.

I'm disputing that the details on that account are accurate and I've asked membership to untangle
it. Until they have, please make sure the account data is not used, shared or mailed from. Please
don't delete anything either - I need the record to stay exactly as it is so it can be checked.

Regards,
Hannah Lindqvist
""",
    R(["Restriction"], "hannah.lindqvist@fjordmail.example", "Hannah", "Lindqvist"))

add("en-11-points-ledger-csv", "Rafael Domínguez <rafa.dominguez@ibermail.example>",
    "Export of my panel history",
    """Hi,

I'm moving to another research panel next month. Is it possible to get my survey history, my
profile answers and the full points ledger as a CSV or JSON file? Ideally something a program can
read, not a PDF. The other panel says they can import a standard profile.

Once I've got the file, please close my account here and remove my details - no point keeping
them.

Thanks a lot,
Rafael Domínguez
""",
    R(["Portability", "Erasure"], "rafa.dominguez@ibermail.example", "Rafael", "Domínguez"))

add("en-12-son-photo-instagram", "Giulia Marchetti <giulia.marchetti@famiglia.example>",
    "Photo of my son on your Instagram",
    """Hello,

My son Leo Marchetti (age 8) visited the Natural History wing with his school, Greenfield Primary,
on 4 November. Yesterday a friend sent me a screenshot of your museum Instagram account: there is a
close-up photo of Leo at the fossil table, with his face fully visible and his school jumper.

We did NOT sign the photography consent for that trip - I checked with his teacher. Please take the
picture down and delete every copy of images of Leo that you hold, including any in your photo
library.

Giulia Marchetti (Leo's mother)
07700 900 412
""",
    R(["Erasure"], "giulia.marchetti@famiglia.example", "Leo", "Marchetti",
      representative="Giulia Marchetti"))

add("en-13-solicitor-sar", "Alistair Brooke-Hamilton <a.brooke-hamilton@brookefinch.example>",
    "Our client: Mrs Sandra Okonkwo - data subject access request",
    """Dear Sirs,

We act for Mrs Sandra Okonkwo of 7 Larch Grove, Leeds LS6 2QT, in connection with an incident at
your Riverside Gallery on 3 October 2026 in which she was injured. A signed form of authority is
available on request.

On behalf of our client we request, pursuant to Article 15 GDPR, all personal data you hold
concerning her, including but not limited to: CCTV footage of the Riverside Gallery entrance hall
between 14:00 and 15:30 on 3 October; the incident or accident report; any internal e-mails or
notes referring to her; recordings of her calls with your visitor services team; and her
membership and booking records.

Please send the material to this office.

Yours faithfully,

Alistair Brooke-Hamilton
Partner
Brooke & Finch LLP Solicitors
T: 0113 496 0750
This e-mail is confidential and may be legally privileged. If you have received it in error please
notify the sender and delete it.
""",
    R(["Access"], "a.brooke-hamilton@brookefinch.example", "Sandra", "Okonkwo",
      representative="Alistair Brooke-Hamilton"))

add("en-14-fwd-moved-abroad", "Ben Carter <ben.carter@acme-corp.example>", "Fwd: Please remove me",
    """Hi team, this landed in the box office inbox at the weekend - one for you I think. I haven't
replied to her.

Ben
Box Office Supervisor

---------- Forwarded message ---------
From: Margaret Oyelaran <margaret.oyelaran@homemail.example>
Date: Sat, 14 Nov 2026 at 21:12
Subject: Please remove me
To: boxoffice@acme-corp.example

Good evening,

I have moved abroad and won't be coming to your theatres any more. I'd like you to erase my
customer record, the card I saved and my booking history from your system.

Thank you,
Margaret Oyelaran
""",
    R(["Erasure"], "margaret.oyelaran@homemail.example", "Margaret", "Oyelaran"))

add("en-15-fwd-attached-address", "Lucy Danvers <lucy.danvers@acme-corp.example>",
    "FW: My details", "",
    R(["Access", "Rectification"], "sinead.nibhriain@eirmail.example", "Sinéad", "Ní Bhriain"),
    note="""Hi privacy folks,

Forwarding this from the members' helpdesk - she wants to see her data and an address change, both
sound like yours. Original attached.

Thanks,
Lucy
Membership Services""",
    attached=("Sinéad Ní Bhriain <sinead.nibhriain@eirmail.example>", "My details",
              """Hello,

Two things please. First, I'd like to see everything your membership system has stored about me -
I've been getting letters addressed to a flat I left two years ago and I'd like to know what else
is out of date. Second, my address is now 22 Clontarf Road, Dublin 3, D03 X2Y7. Please change it
everywhere (the old one is 5 Mountjoy Square).

Thanks,
Sinéad Ní Bhriain
"""))

add("en-16-where-are-my-tickets", "Derek Ashworth <derek.ashworth@pennine.example>",
    "Tickets not received",
    """Hi,

I paid £84 for four tickets to Saturday's matinee of The Snow Queen (order 5520-1187) and I still
haven't had the e-tickets. Nothing in spam either. Could someone resend them or tell me what's
happening? It's my daughter's birthday treat.

Derek Ashworth
""",
    R(["Unknown"], "derek.ashworth@pennine.example", "Derek", "Ashworth"))

add("en-17-school-invoice", "Fiona McAllister <f.mcallister@stcolumbas.example>",
    "Invoice needed for school group booking",
    """Dear Sir/Madam,

Could you please issue a VAT invoice for our Year 8 visit to the Science Theatre on 27 November
(group booking ref SG-30211, 58 pupils and 6 staff)? Our finance office can't process payment
without one. Our PO number is PO-77410.

Kind regards,

Fiona McAllister
School Business Manager
St Columba's High School
Tel 01382 496 221
""",
    R(["Unknown"], "f.mcallister@stcolumbas.example", "Fiona", "McAllister"))

add("en-18-family-brochures", "The Kowalczyk Family <kowalczykfamily@homenet.example>",
    "Brochures and magazine",
    """Hello,

Please stop posting the printed season brochure and the members' magazine to our house. It goes
straight into recycling. None of us wants paper mail from you any more.

Kind regards,
Anna
""",
    R(["Opposition"], "anna.kowalczyk@mailbox.example", "Anna", "Kowalczyk"),
    headers=["Reply-To: Anna Kowalczyk <anna.kowalczyk@mailbox.example>"])

add("en-19-not-cancelling", "Theo Whitcombe <theo.whitcombe@brightmail.example>",
    "What's on file",
    """Hello,

Just to be clear from the start: I'm NOT cancelling my membership and I don't want anything
deleted. I would simply like to see what you've got on file about me - contact details, booking
history, what my preferences are recorded as, and whether you've kept my card details anywhere.

Thanks,
Theo Whitcombe
Member no. 31-008-772
""",
    R(["Access"], "theo.whitcombe@brightmail.example", "Theo", "Whitcombe"))

add("en-20-profile-then-close", "Brigid Halloran <brigid.halloran@westmail.example>",
    "My panel account",
    """Hi,

Two things, in this order please.

First: I no longer agree to you using my profile (age, income, household, health answers) to put me
into segments and pick which surveys I'm invited to. Please stop doing that straight away.

Second: once that's done, close my panel membership and wipe the lot - answers, profile, points,
everything. I'm not interested in redeeming the points.

Brigid Halloran
""",
    R(["Opposition", "Erasure"], "brigid.halloran@westmail.example", "Brigid", "Halloran"))

add("en-21-dob-latin1", "Zoë Brontë-Hughes <zoe.bh@moormail.example>", "Wrong date of birth",
    """Hello,

My date of birth is wrong on my Young Friends membership: it shows 03/11/1998 but it's 11/03/1998,
so the online shop keeps refusing me the under-30 rate. While you're there, my surname should be
spelled Brontë-Hughes with the two dots on the e, not Bronte Hughes.

Many thanks,
Zoë
""",
    R(["Rectification"], "zoe.bh@moormail.example", "Zoë", "Brontë-Hughes"),
    ct=LATIN1, encode="latin-1")

add("en-22-where-did-you-get-me", "Terence O'Mahony <terry.omahony@quaymail.example>",
    "Where did you get my address?",
    """Hello,

I have never bought a ticket from you – not once – yet this morning I got a “Members’ Exclusive –
save €10 on winter exhibitions” letter addressed to me by name at my home address.

Where did you get my name and postal address from? Was it bought from a list, and if so from whom?

Terence O’Mahony
""",
    R(["Information"], "terry.omahony@quaymail.example", "Terence", "O'Mahony"),
    ct=CP1252, encode="cp1252")

add("en-23-late-mother", "Martin Pemberton <martin.pemberton@oakmail.example>",
    "My late mother's membership",
    """Dear Sir or Madam,

My mother, Dorothy Pemberton, passed away in September. She was a Patron member for over twenty
years (membership 00-114-563) and loved your Tuesday lecture series.

As her executor I'd be grateful if you could close her membership, stop the direct debit and remove
her personal details from your records so that no more post arrives for her. I can send a copy of
the death certificate and grant of probate if needed.

With thanks,
Martin Pemberton
""",
    R(["Erasure"], "martin.pemberton@oakmail.example", "Dorothy", "Pemberton",
      representative="Martin Pemberton"))

add("en-24-affairs-in-order", "Winifred Abernathy <winifred.abernathy@cottage.example>",
    "Instructions for after I am gone",
    """Dear Sirs,

I am 84 and putting my affairs in order with my solicitor. I have been a member of your museums
since 1979 and I have an online account which my late husband set up for me.

I should like to leave instructions with you about what is to become of my membership record and
personal details when I die: I would like everything removed, except that my niece Rosemary may have
the list of lectures I attended, which she has asked for. Can I lodge such wishes with you, and how
should I go about it?

Yours sincerely,
(Mrs) Winifred Abernathy
""",
    R(["AdvanceDirectives"], "winifred.abernathy@cottage.example", "Winifred", "Abernathy"))

add("en-25-corporate-sig", "Rajesh Venkataraman <rajesh.venkataraman@northgate-log.example>",
    "Data access request",
    """Dear Data Protection Officer,

Under Art. 15 GDPR I request access to the personal data you process about me. I have been both a
personal member and the organiser of our company's corporate hospitality bookings (three gala
evenings in 2025 and 2026), so I expect you to hold records in both capacities. Please include the
records linked to the corporate account that name me.

Best regards,

Rajesh Venkataraman | Senior Procurement Manager
Northgate Logistics Ltd
T: +44 20 7946 0321 | M: +44 7700 900 123
www.northgate-log.example

------------------------------------------------------------------
This e-mail and any attachments are confidential and intended solely for the addressee. If you are
not the intended recipient, please notify the sender immediately and delete this e-mail. Northgate
Logistics Ltd, registered in England No. 01234567.
""",
    R(["Access"], "rajesh.venkataraman@northgate-log.example", "Rajesh", "Venkataraman"))

add("en-26-no-more-texts", "Katarzyna Nowak <kasia.nowak@mobimail.example>", "texts",
    """Please stop texting me about last-minute seats. Once a week would be fine but it's every day now.
No more SMS please.

Kasia

Sent from my iPhone
""",
    R(["Opposition"], "kasia.nowak@mobimail.example", "Katarzyna", "Nowak"))

add("en-27-health-survey-consent", "Eleanor Ashby-Cole <eleanor.ashbycole@weald.example>",
    "Health surveys",
    """Hello,

Last spring I took part in three of your health and wellbeing studies (the sleep one, the diet one
and the pharmacy one). Could you tell me how long you keep those answers once a study is finished,
and whether they're passed to the pharmaceutical companies behind the studies or stored outside
the UK?

Also, from now on I withdraw my consent to you processing any health information about me - I don't
want to be included in those studies any more, though I'm happy to carry on with the others.

Thank you,
Eleanor Ashby-Cole
""",
    R(["Information", "Opposition"], "eleanor.ashbycole@weald.example", "Eleanor", "Ashby-Cole"))

add("en-28-culture-pass-transfer", "Nkechi Eze <nkechi.eze@sunmail.example>", "move my history",
    """hi i want to move my membership history and all my ticket purchases over to the city culture pass
scheme they told me you can send it to them in a file they can import can you do that for me thanks
nkechi eze
""",
    R(["Portability"], "nkechi.eze@sunmail.example", "Nkechi", "Eze"))

add("en-29-art18-profile", "Dr Helena Vasquez-Moreau <h.vasquezmoreau@academia.example>",
    "Request under Article 18 GDPR - restriction of processing",
    """Dear Data Protection Officer,

Re: Acme Voices panellist account no. 4410297

Pursuant to Article 18(1)(a) GDPR, I contest the accuracy of the household composition and income
band recorded in my panel profile, which appear to derive from a survey completed by another member
of my former household in 2023.

I do not at this stage ask you to amend the data. I request that its processing be restricted for
the period enabling you to verify its accuracy against your own records, and that it is neither used
for survey selection nor disclosed to your clients in the meantime. Please inform me before any
restriction is lifted, as Article 18(3) requires.

Yours sincerely,

Dr Helena Vasquez-Moreau
Senior Lecturer in Public Law
""",
    R(["Restriction"], "h.vasquezmoreau@academia.example", "Helena", "Vasquez-Moreau"))

add("en-30-bot-flag", "Bartholomew Nkemelu <bart.nkemelu@citymail.example>",
    "Order cancelled and account banned automatically??",
    """Hi,

I bought six tickets for the Christmas concert for my family (order 7781-2290). Ten minutes later
your site cancelled the order, refunded me, and now my account says "suspended - resale risk". I am
not a tout. I bought six because there are six of us.

As far as I can tell no human was involved in this - it's your anti-bot software. I'd like a member
of staff to actually review this decision and put it right, and I'd like to know on what basis the
software decided I was a reseller.

Bart Nkemelu
""",
    R(["AutomatedDecision"], "bart.nkemelu@citymail.example", "Bartholomew", "Nkemelu"))

add("en-31-deputy-nephew", "Fergus Lyall <fergus.lyall@glenmail.example>",
    "Nephew's panel account - Callum Reid",
    """Dear Sir or Madam,

I am the court-appointed deputy for property and financial affairs of my nephew, Callum Reid (DOB
12/06/2001), who has a learning disability. I've discovered that Callum has been signing up to your
online survey panel and answering questionnaires, some apparently about money and health.

Before we decide whether to close his account, I'd like to see what information he has given you
and what you hold about him. I can supply a copy of the deputyship order.

Yours faithfully,
Fergus Lyall
Tel: 01463 496 118
""",
    R(["Access"], "fergus.lyall@glenmail.example", "Callum", "Reid", representative="Fergus Lyall"))

add("en-32-hola-delete", "Lucía Fernández Ortega <lucia.fdez.ortega@correo.example>",
    "delete my informations",
    """Hola!

Sorry for my english. I was living 2 years in London and I was member of the museum (the card for
students). Now I am back in Sevilla for always. Please I want you borrar - delete - all my
informations, my account, my card, everything.

Muchas gracias!!
Lucía Fernández Ortega
""",
    R(["Erasure"], "lucia.fdez.ortega@correo.example", "Lucía", "Fernández Ortega"))

add("en-33-rude-usher-address", "Colin Featherstone <colin.featherstone@dales.example>",
    "Complaint about Saturday + wrong address",
    """I want to complain about the usher on the stalls door on Saturday evening who spoke to my wife as
if she were a child because she couldn't find the QR code on her phone quickly enough. Not the
welcome I expect after thirty years of supporting your theatre.

Separately, your system STILL has me at 9 Elm Close even though I told the box office in March
that we moved to 41 Beech Avenue, Harrogate HG2 7LT. That's why I never got the renewal letter.
Please fix it.

C. Featherstone
""",
    R(["Rectification"], "colin.featherstone@dales.example", "Colin", "Featherstone"))

add("en-34-send-then-delete-html", "Ingrid van der Berg <ingrid.vdberg@polder.example>",
    "Leaving the panel",
    html("Dear Acme Voices team,",
         "I have decided to leave the panel. Before I go I would like to receive an overview of "
         "everything you hold on me: profile, survey answers, points and payouts.",
         "Once I have received that, please remove my account and all of my answers permanently.",
         "Kind regards,<br>Ingrid van der Berg"),
    R(["Access", "Erasure"], "ingrid.vdberg@polder.example", "Ingrid", "van der Berg"), ct=HTML)

add("en-35-sell-data", "sam.k@quickpost.example", "question",
    "do you sell my data to other companies or not\n",
    R(["Information"], "sam.k@quickpost.example"))

add("en-36-object-retargeting", "Jean-Baptiste Okafor <jb.okafor@riverside.example>",
    "Objection to personalised ads",
    """Hello,

Since I bought tickets for the Egyptian exhibition I've been followed around social media by your
adverts, and the "recommended for you" section of my account seems to know an awful lot about me.

I object to my browsing and purchase history being used for personalised recommendations and for
re-targeted advertising on other sites. Please stop it. I'd also like to know which advertising
networks or social media companies you have passed my details to, and since when.

Jean-Baptiste Okafor
""",
    R(["Opposition", "Information"], "jb.okafor@riverside.example", "Jean-Baptiste", "Okafor"))

add("en-37-keep-it-frozen", "Anjali Deshmukh <anjali.deshmukh@lotusmail.example>",
    "Please don't delete - chargeback dispute",
    """Hi,

I know people usually write to you to get their accounts deleted - please DON'T delete mine. I'm in
a chargeback dispute with my bank over the gala dinner that was cancelled in October and your
booking records are my evidence.

What I'd like is for the account to be frozen: nobody using it, changing it or doing anything with
it until the dispute is closed. Then I'll decide what to do.

Thanks,
Anjali Deshmukh
""",
    R(["Restriction"], "anjali.deshmukh@lotusmail.example", "Anjali", "Deshmukh"))

# ---------------------------------------------------------------- tasks

add("en-40-task-seatstream-dpa", "Olivia Grant <olivia.grant@acme-corp.example>",
    "DPA review needed - SeatStream white-label ticketing",
    """Hi Privacy team,

We're about to sign with SeatStream for the white-label ticketing on the two regional theatres. Legal
have the MSA but the data processing agreement and their sub-processor list (some hosting in the US)
need your review before we sign. Target signature date is Friday 20th.

Documents are in the Procurement > SeatStream folder on SharePoint.

Thanks,
Olivia Grant
Procurement Lead
Acme Corp | ext. 4417
""",
    TASK("olivia.grant@acme-corp.example", "Olivia", "Grant"))

add("en-41-task-face-fasttrack", "Marcus Fairbanks <marcus.fairbanks@acme-corp.example>",
    "Face recognition fast-track for members - DPIA?",
    """Hello all,

Visitor Experience would like to pilot a "walk-through" entrance for annual members at the Riverside
Gallery from March, using face matching against a photo taken at sign-up. The supplier says they've
done this elsewhere.

I assume this needs a DPIA before we go any further - could you start one / tell me what you need
from us? Happy to set up a call with the supplier.

Marcus Fairbanks
Head of Visitor Experience
""",
    TASK("marcus.fairbanks@acme-corp.example", "Marcus", "Fairbanks"))

add("en-42-task-teen-panel-register", "Chiara Bellini <chiara.bellini@acme-corp.example>",
    "New teen panel (13-17) - register + consent flow",
    """Hi,

Panel Ops is launching a teen panel (13 to 17 year-olds) in Q1 for two youth-culture clients. Could
you add it to the register of processing activities and advise on how the parental consent step
should work? We have a draft sign-up flow I can share.

Thanks!
Chiara Bellini
Panel Operations Manager
""",
    TASK("chiara.bellini@acme-corp.example", "Chiara", "Bellini"))

add("en-43-task-seasonal-induction", "Tunde Bakare <tunde.bakare@acme-corp.example>",
    "GDPR induction for seasonal box office staff",
    """Hi team,

We have 30 seasonal box office and front-of-house staff starting on 1 December for the panto
season. Could you run a short data protection session for them in their induction week (45 mins is
the slot we have)? Tuesday 2nd or Thursday 4th would work best.

Thanks,
Tunde Bakare
HR Business Partner
""",
    TASK("tunde.bakare@acme-corp.example", "Tunde", "Bakare"))

add("en-44-task-client-questionnaire", "Rebecca Stein <rebecca.stein@acme-corp.example>",
    "URGENT-ish: privacy section of Harbour Museums' supplier questionnaire",
    """Hi privacy team,

Harbour Museums Trust are renewing their ticketing contract and have sent their usual security &
privacy questionnaire. Section 4 (data protection: retention, sub-processors, international
transfers, breach notification) is for you. They want it back by Friday.

Spreadsheet attached in the shared folder; I've done sections 1-3.

Rebecca Stein
Account Director, Museums & Heritage
""",
    TASK("rebecca.stein@acme-corp.example", "Rebecca", "Stein"))

add("en-45-task-consent-forms-retention", "d.whitfield@acme-corp.example", "consent forms",
    """hi can someone check how long we actually need to keep the signed school visit consent forms
(the paper ones with medical info) before facilities archive or shred them? theres 6 boxes from
2019-2022 in the learning office

ta
Dan Whitfield
Schools Programme
""",
    TASK("d.whitfield@acme-corp.example", "Dan", "Whitfield"))

# ---------------------------------------------------------------- incidents

add("en-50-inc-laptop-car", "Greg Holloway <greg.holloway@acme-corp.example>",
    "Work laptop stolen from my car",
    """Hi,

My work laptop was stolen from my car last night outside my house (window smashed). I've reported it
to the police (crime ref 14/88213/26) and to IT.

I need to flag that I had an Excel export of around 12,000 members (names, addresses, e-mails,
membership tier, renewal dates) in my Downloads folder for the renewals analysis. IT think the disk
is encrypted but aren't 100% sure for this older model.

Greg Holloway
Membership Data Analyst
07700 900 871
""",
    INC("greg.holloway@acme-corp.example", "Greg", "Holloway"))

add("en-51-inc-wrong-school", "Samira Haddad <samira.haddad@acme-corp.example>",
    "Sent St Aidan's pupil list to the wrong school",
    """Hi Privacy,

I'm really sorry - this morning I sent the visit confirmation for St Aidan's Primary to Holy Cross
Primary by mistake (picked the wrong contact in the CRM). The attachment was the full pupil list for
the trip: 42 children's names, classes, and the allergy / medical notes column.

I've e-mailed Holy Cross asking them to delete it and not open the attachment but haven't heard
back. What else do I need to do?

Samira Haddad
Learning & Schools Coordinator
""",
    INC("samira.haddad@acme-corp.example", "Samira", "Haddad"))

add("en-52-inc-refund-portal", "Liam O'Connor <liam.oconnor@acme-corp.example>",
    "think i got phished",
    """I clicked a link in an email that looked like it was from our payments provider about a "refund
portal" for the cancelled gala and put in my Microsoft login. Page then went blank. I changed my
password straight away but I'm logged in to the box office system with the same account. Sorry.
What do I do?

Liam
Box Office
""",
    INC("liam.oconnor@acme-corp.example", "Liam", "O'Connor"))

add("en-53-inc-someone-elses-dashboard", "Nadia Rahman <nadia.rahman@palmmail.example>",
    "I can see someone else's account",
    """Hello,

I logged in to my panel dashboard this evening to check my points and it is showing someone else's
details: a different name (Mr G. Thornbury), a home address in Bristol, date of birth, his phone
number and his points balance and redemption history. I logged out and back in and it's still the
same.

I haven't changed anything, but you should know this is happening - I presume he can see mine too.

Nadia Rahman
""",
    INC("nadia.rahman@palmmail.example", "Nadia", "Rahman"))

add("en-54-inc-received-confirmation", "Peter Lindgren <peter.lindgren@skymail.example>",
    "Received someone else's booking confirmation",
    """Hi,

I've just received an order confirmation e-mail from you addressed to a Mrs J. Whitlock. It has her
full home address, her mobile number, the last four digits of her card and details of her booking
for two at the ballet on 12 December. I've never booked anything with you and don't know her.

You might want to look into how that happened. I'll delete it.

Peter Lindgren
""",
    INC("peter.lindgren@skymail.example", "Peter", "Lindgren"))

add("en-55-inc-missing-forms-box", "Ayesha Siddiqui <ayesha.siddiqui@acme-corp.example>",
    "Box of membership forms missing after office move",
    html("Hi team,",
         "Following last week's move from the 3rd to the 5th floor, one archive box of paper "
         "membership application forms (2024, surnames M-R) is missing. The forms contain names, "
         "addresses, dates of birth and bank details for direct debits.",
         "The removal company say everything was delivered; we've searched both floors and the "
         "basement. Flagging it to you now in case it's been thrown out or taken.",
         "Ayesha Siddiqui<br>Facilities Coordinator<br>ext. 2290"),
    INC("ayesha.siddiqui@acme-corp.example", "Ayesha", "Siddiqui"), ct=HTML)

# ---------------------------------------------------------------- follow-ups

add("en-60-fu-five-weeks", "Harold Jenkins <h.jenkins@oldmail.example>",
    "Re: [DSR-48213] We have received your request",
    """It has now been five weeks since your message below and I have received nothing. Please tell me
when I can expect my information.

H. Jenkins

On 5 Oct 2026, at 10:14, privacy@acme-corp.example wrote:
> Dear Mr Jenkins,
>
> Thank you for your message. Your request has been registered under reference DSR-48213 and we will
> respond within one month.
>
> Kind regards,
> Privacy Team
""",
    FU("48213", "h.jenkins@oldmail.example", "Harold", "Jenkins"))

add("en-61-fu-id-attached", "Amara Nwachukwu <amara.nwachukwu@deltamail.example>",
    "RE: [DSR-50977] Identity verification",
    """Hello,

As requested, here is a scan of my passport photo page so you can verify my identity. I've blanked
out the passport number as your colleague said that was fine.

Regards,
Amara Nwachukwu

-----Original Message-----
From: Privacy Team <privacy@acme-corp.example>
Subject: [DSR-50977] Identity verification

Before we can respond to your request we need to verify your identity...
""",
    FU("50977", "amara.nwachukwu@deltamail.example", "Amara", "Nwachukwu"))

add("en-62-fu-previous-address", "Declan O'Sullivan <declan.osullivan@corkmail.example>",
    "Re: Subject Access Request - Articles 15 and 20 GDPR",
    """Dear Data Protection Officer,

Further to my letter of earlier today, I should add that between 2019 and 2022 I held a membership
under my previous address, 3 Westbourne Place, Cobh. Please ensure that any records linked to that
address are included in your response.

Yours faithfully,
Declan O'Sullivan
""",
    FU(ref("en-03-sar-art15-20"), "declan.osullivan@corkmail.example", "Declan", "O'Sullivan"),
    headers=irt("en-03-sar-art15-20"))

add("en-63-fu-any-news", "Brigid Halloran <brigid.halloran@westmail.example>", "Re: My panel account",
    """Hello? Any news on the below? I've just had ANOTHER survey invitation this morning.

Brigid

> Two things, in this order please.
> First: I no longer agree to you using my profile ...
""",
    FU(ref("en-20-profile-then-close"), "brigid.halloran@westmail.example", "Brigid", "Halloran"),
    headers=irt("en-20-profile-then-close"))

# ---------------------------------------------------------------- ignored

add("en-70-spam-inheritance", "Barrister Mark Ojo <mark.ojo.chambers@freemail.example>",
    "URGENT CONFIDENTIAL BUSINESS PROPOSAL",
    """Dear Friend,

I am Barrister Mark Ojo, personal attorney to late Engr. Thomas Acme who died in a car accident with
his family leaving the sum of US$12,500,000 (Twelve Million Five Hundred Thousand Dollars) in a bank
here. As you share same surname with my late client I wish to present you as next of kin.

For confidentiality, kindly delete all our correspondence after reading and send your full name,
age, phone number and a copy of your ID so the bank can process the transfer. You will receive 40%.

God bless,
Barrister Mark Ojo
""",
    IGN("spam", "mark.ojo.chambers@freemail.example"), headers=SPAM_HDR)

add("en-71-ooo-with-tag", "Rachel Dunmore <r.dunmore@hartlaw.example>",
    "Automatic reply: [DSR-49120] Your request",
    """Thank you for your e-mail. I am out of the office until Monday 23 November with limited access to
e-mail. For urgent matters please contact my assistant, Tom Reilly, on 0161 496 0022.

Rachel Dunmore
""",
    IGN("auto_reply", "r.dunmore@hartlaw.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-72-supplier-ticket-ack", "PrintPartner Support <support@printpartner.example>",
    "[Ticket #88231] Request received",
    """This is an automated message - please do not reply.

Your request has been logged with PrintPartner Support as ticket #88231. A member of our team will
respond within 2 working days. You can check the status of your ticket at any time in our customer
portal.

PrintPartner Customer Care
""",
    IGN("auto_reply", "support@printpartner.example"), headers=["Auto-Submitted: auto-generated"])

add("en-73-museums-digest", "Museums Network Digest <digest@museumsnetwork.example>",
    "Museums Network Digest - November 2026",
    """MUSEUMS NETWORK DIGEST - NOVEMBER 2026

In this issue:
* Webinar: handling subject access requests in visitor attractions (3 Dec)
* Membership schemes: what's working in 2026
* Jobs board: 14 new vacancies
* Grant deadlines for spring

You are receiving this because you subscribed to the Museums Network mailing list.
Unsubscribe: https://museumsnetwork.example/unsubscribe
""",
    IGN("bulk", "digest@museumsnetwork.example"),
    headers=["List-Id: Museums Network Digest <digest.museumsnetwork.example>",
             "List-Unsubscribe: <https://museumsnetwork.example/unsubscribe>",
             "Precedence: bulk"])

add("en-74-spam-seo", "Ryan | RankRocket <ryan@rankrocket-seo.example>",
    "Get acme-corp.example to #1 on Google for 'theatre tickets'",
    """Hi there,

I was checking acme-corp.example and noticed you're not ranking on page 1 for "theatre tickets" or
"museum membership". Our white-hat SEO team can get you there in 30 days - guaranteed - and we're
also fully GDPR compliant, so your customers' data is always protected.

Can I send you a free audit? Just reply YES.

Ryan
RankRocket SEO
""",
    IGN("spam", "ryan@rankrocket-seo.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="rankrocket-seo.example")])

add("en-75-spam-mailbox-phish", "Acme IT Helpdesk <it-helpdesk@acme-c0rp-mail.example>",
    "Action required: privacy@ mailbox will be deactivated",
    """Dear user,

Your mailbox privacy@acme-corp.example has exceeded its storage quota and will be DEACTIVATED within
24 hours. All messages and personal data will be permanently deleted.

To keep your mailbox, verify your account now:
http://acme-c0rp-mail.example/verify

IT Helpdesk
""",
    IGN("spam", "it-helpdesk@acme-c0rp-mail.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="acme-c0rp-mail.example")])

add("en-76-spam-data-brokers", "EraseMe Pro <offers@erasemepro.example>",
    "We'll DELETE your personal data from 200+ data brokers",
    """Is your personal data for sale?

Data brokers are selling your name, address and phone number right now. EraseMe Pro removes your
personal data from over 200 broker sites and keeps it deleted - automatically.

BLACK FRIDAY: 70% OFF all plans - today only!
Protect your privacy now >> https://erasemepro.example/bf

To stop receiving these offers, reply STOP.
""",
    IGN("spam", "offers@erasemepro.example"))

add("en-77-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
