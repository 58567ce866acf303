# Development set 23, English. Organisation: a coworking and serviced-office provider (badge
# access, meeting-room booking app, mail handling for virtual offices, visitor registration).
# Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("en-01-badge-swipes", "Oliver Whitcombe <oliver.whitcombe@fastmail.example>",
    "Badge entry records - request",
    """Hello,

I've been a hot-desk member at your Farringdon building since March. Under the UK GDPR / EU GDPR
I'd like to receive everything your door system has logged against my fob: every entry and exit,
the turnstile and the lift readers, with timestamps, plus whatever else is linked to my member
profile.

Please send it to this address. My member number is FAR-20931.

Thanks,
Oliver Whitcombe
""",
    R(["Access"], "oliver.whitcombe@fastmail.example", "Oliver", "Whitcombe"))

add("en-02-wipe-app", "k.obrien88@mailbox.example",
    "roomz app",
    """pls close my roomz app account and wipe everything u have on me, i dont use the space anymore thx
""",
    R(["Erasure"], "k.obrien88@mailbox.example"))

add("en-03-visitor-newsletters", "Priya Raghunathan <priya.r@brightlane.example>",
    "I was a VISITOR, not a member",
    """Hi there,

Three weeks ago I attended one meeting at your King's Cross centre. The receptionist asked me to
type my name, company and email on the iPad at the front desk "for fire safety". Since then I have
had four emails from you about "flexible workspace plans" and an invitation to a wine-tasting
networking evening.

I never agreed to any of that. Kindly stop sending me promotional material and take my address
off whatever list it was put on.

Priya Raghunathan
Senior Analyst, Brightlane Partners
""",
    R(["Opposition"], "priya.r@brightlane.example", "Priya", "Raghunathan"))

add("en-04-post-scans-questions", "Dr Aisling Ní Bhriain <aisling@nibhriain-consulting.example>",
    "Virtual office - how is my post handled?",
    """Dear Privacy Team,

I use your virtual office package (registered address + mail scanning) for my consultancy. Before
I renew I'd like a few straight answers:

1. Who physically opens my envelopes, and are they your employees or an agency?
2. Where are the scanned PDFs stored - in the EU, the UK or with a US cloud provider?
3. How long do you keep the scans and the original paper after I have been notified?
4. Is anything from my letters (sender names, amounts) used to profile me or shared with partners?

I'm not asking for a copy of anything at this point, just clarity.

Kind regards,
Dr Aisling Ní Bhriain
Ní Bhriain Consulting Ltd | +353 1 555 0142
""",
    R(["Information"], "aisling@nibhriain-consulting.example", "Aisling", "Ní Bhriain"))

add("en-05-deposit-dispute", "Marcus Delacroix-Hale <mdh@delacroixhale.example>",
    "Formal complaint and data request",
    """To whom it may concern,

I am writing after what has honestly been the worst end to a business relationship I have had.
My team of six rented Suite 4.12 in your Canary Wharf building for 18 months. When we gave
notice, your centre manager told us the deposit would be returned "within 14 days". It has now
been 71 days. We have been told in turn that the carpet was stained (it was not - we have photos),
that the whiteboard wall needed repainting (it was like that when we moved in), and finally that
"the finance team is looking into it". Nobody answers the phone.

In the middle of all this I discovered that a note was apparently added to my profile in your CRM
describing me as "difficult". I would like to see exactly what has been written about me and my
company, including these internal notes, the emails about our deposit, the badge logs you say show
we were in the suite after our end date, and anything else you have on file.

Once that has been provided and the deposit is settled, I want my personal records removed from
your systems entirely; I will not be coming back.

I expect a reply within the statutory month.

Marcus Delacroix-Hale
Director, Delacroix Hale Advisory
""",
    R(["Access", "Erasure"], "mdh@delacroixhale.example", "Marcus", "Delacroix-Hale"))

add("en-06-misspelt-name", "Siobhan McGarrigle <siobhan@mcgarrigle-law.example>",
    "Spelling of my name and company on your records",
    """Hello,

Could someone please fix the following on my account? The mail-forwarding labels and the member
directory show my surname as "McGarrickle" and the company as "McGarrigle Law Limted". It should be
Siobhan McGarrigle, McGarrigle Law Limited. Letters from the court have started arriving with the
wrong name on them because they copy it from your directory listing.

Many thanks,
Siobhan
""",
    R(["Rectification"], "siobhan@mcgarrigle-law.example", "Siobhan", "McGarrigle"))

add("en-07-auto-lockout", "Tunde Bakare-Williams <tunde.bw@gmail.example>",
    "Locked out by your system - need a human to look at this",
    """Morning,

On Tuesday my card payment bounced because my bank replaced my card. Within the hour your platform
had switched my badge off and cancelled my meeting room booking for 10am - I found out when the
turnstile went red in front of a client I'd brought in. No call, no email before it happened.

I understand nobody at the centre actually decided this; the billing software did it on its own.
I'd like that decision looked at again by an actual person, and I'd like to know what rules the
system applied so I can say my piece about it. I've paid in full every month for two years.

Tunde Bakare-Williams
07700 900 418
""",
    R(["AutomatedDecision"], "tunde.bw@gmail.example", "Tunde", "Bakare-Williams"))

add("en-08-export-bookings", "Grace Liang <grace.liang@studio-liang.example>",
    "Moving our team - booking data export",
    html("Hi,",
              "We're moving our studio to another flexible-office operator at the end of the month. "
              "Their onboarding team asked whether we can bring our <b>booking history, room "
              "preferences and desk allocations</b> with us so they can set things up the same way.",
              "Could you provide my account's data as a CSV or JSON file (something their system can "
              "import), or send it straight to their onboarding address if that's easier? I can give "
              "you their contact.",
              "Thanks so much,<br>Grace Liang<br><i>Studio Liang - Interiors</i>"),
    R(["Portability"], "grace.liang@studio-liang.example", "Grace", "Liang"),
    ct=HTML)

add("en-09-cctv-damage", "Declan Furlong <declan.furlong@eircom.example>",
    "CCTV footage re. alleged damage to meeting room",
    """Hello,

Your centre manager has charged me GBP 640 for a "broken" meeting-room screen in Room Thames on
2 November and says the CCTV shows me leaving the room last. I deny causing any damage and I have
taken the matter to the small-claims mediation service.

Two things:
- please do not use or pass on the footage or my booking record for anything else (collections,
  marketing, whatever) while this is in dispute - but do NOT delete it, I need it preserved;
- I would like a copy of the clip(s) in which I appear that day.

Regards,
Declan Furlong
""",
    R(["Restriction", "Access"], "declan.furlong@eircom.example", "Declan", "Furlong"))

add("en-10-solicitor-sar", "James Pemberton <j.pemberton@pembertonlowe.example>",
    "Subject Access Request - our client Ms Harriet Oyelaran",
    """Dear Sirs,

Our client: Ms Harriet Oyelaran, member ref. SHO-11873
Your premises: Shoreditch, 3rd floor

We act for the above-named in connection with an incident of harassment she suffered in your
third-floor breakout area on 22 October. We enclose her signed authority.

Pursuant to Article 15 of the UK GDPR, we request on our client's behalf copies of all personal
data relating to her, including in particular: (a) CCTV recordings of the third-floor breakout
area and lift lobby between 17:00 and 19:30 on 22 October; (b) access-control logs for her
credential on that date; (c) any incident reports, emails or messages in which she is referred to.

Please correspond with this office.

Yours faithfully,

James Pemberton
Partner, Pemberton & Lowe Solicitors LLP
This email is confidential and may be legally privileged. If you have received it in error please
notify the sender and delete it.
""",
    R(["Access"], "j.pemberton@pembertonlowe.example", "Harriet", "Oyelaran", representative="James Pemberton"))

add("en-11-intern-photo", "The Marsh Family <marsh.family@homemail.example>",
    "My daughter's photo at your reception",
    """Hello,

My daughter Ellie (17) did a week's work experience with one of your member companies in your
Bristol building. At reception she had her photograph taken for a visitor pass and was told it
"stays on the system". I'm not comfortable with a photo of a minor being kept on a reception
database. Please get rid of her picture and her visitor record.

(This is our shared family account - please answer to my own address.)

Caroline Marsh
""",
    R(["Erasure"], "caroline.marsh@workmail.example", "Ellie", "Marsh", representative="Caroline Marsh"),
    headers=["Reply-To: Caroline Marsh <caroline.marsh@workmail.example>"])

add("en-12-caps-calls", "BRIAN KEOGH <bkeogh@keogh-plumbing.example>",
    "STOP RINGING ME",
    """I HAVE HAD 3 CALLS THIS WEEK FROM YOUR SALES PEOPLE ABOUT HOT DESK OFFERS. I TOLD THEM NO. I DO
NOT WANT ANY MORE CALLS OR TEXTS. TAKE MY NUMBER OFF YOUR LIST

BRIAN KEOGH
""",
    R(["Opposition"], "bkeogh@keogh-plumbing.example", "Brian", "Keogh"))

add("en-13-fwd-community-profile", "Hannah Poole <hannah.poole@acme-corp.example>",
    "Fwd: please remove me from the community app",
    """Hi privacy team, one for you I think - Rafael left us last month. Hannah

Hannah Poole | Community Manager, Manchester Spinningfields

---------- Forwarded message ---------
From: Rafael Oduya <rafael@oduya-design.example>
Date: Fri, 13 Nov 2026 at 16:02
Subject: please remove me from the community app
To: Hannah Poole <hannah.poole@acme-corp.example>

Hey Hannah,

Now that I've moved out, can you make sure my profile in the community app and the members'
directory is deleted properly - photo, bio, skills tags, all of it - and not just hidden? I still
get people messaging me through it.

Cheers,
Rafael
""",
    R(["Erasure"], "rafael@oduya-design.example", "Rafael", "Oduya"))

add("en-14-fwd-visitor-tablet", "Reception Leeds <reception.leeds@acme-corp.example>",
    "FW: visitor sign-in question",
    "",
    R(["Information"], "meera.v@hallcross-legal.example", "Meera", "Venkataraman"),
    attached=("Meera Venkataraman <meera.v@hallcross-legal.example>", "Your visitor sign-in",
              """Hello,

I visit a client in your Leeds building every fortnight and each time I'm asked to sign in on the
tablet, which takes a photo and asks me to accept terms I can't read in the 3 seconds available.

Could you explain what you actually record when I sign in, whether my details are passed to the
company I visit (or anyone else), and how long you hold them?

Thanks,
Meera Venkataraman
"""),
    note="Hi both - a visitor sent this to the front desk inbox, forwarding it as it's a privacy "
         "question. Jess (Reception, Leeds)")

add("en-15-not-deleting-just-stop", "Jonas Eriksen <jonas.eriksen@nordlight.example>",
    "Personalised offers",
    """Hi,

Just to be clear from the start: I'm NOT asking you to delete my account - I still use a desk three
days a week and I'm happy.

What I don't want is your app analysing which days I come in and which rooms I book so it can push
me "personalised offers" for dedicated desks and day passes for my friends. Please switch that off
for me, I object to being profiled like that.

Best,
Jonas
""",
    R(["Opposition"], "jonas.eriksen@nordlight.example", "Jonas", "Eriksen"))

add("en-16-late-father-post", "Patrick Halloran <pat.halloran@btmail.example>",
    "My late father's virtual office account",
    """Dear Sir or Madam,

My father, Geoffrey Halloran, passed away on 30 September. He had a virtual office with you
(account GH-4471, registered address in Edinburgh) for his small import business, and I am the
executor of his estate.

Your system is still scanning his post and emailing it to his old address, which nobody reads.
For the estate I need the scans of everything received since 1 May, as there may be invoices and
tax letters in there. After that, please close the account and erase his details - there is no
reason for you to keep them.

I can send the death certificate and grant of confirmation if required.

Patrick Halloran
""",
    R(["Access", "Erasure"], "pat.halloran@btmail.example", "Geoffrey", "Halloran", representative="Patrick Halloran"))

add("en-17-parcel", "Noor Haddad <noor.haddad@haddad-ux.example>",
    "Parcel at Shoreditch?",
    """Hi, is there a DHL parcel for me at the Shoreditch reception? The app says "no items" but the
tracking says delivered yesterday 14:12 and signed by "ACME". Thanks, Noor Haddad
""",
    R(["Unknown"], "noor.haddad@haddad-ux.example", "Noor", "Haddad"))

add("en-18-typo-wifi", "Samira Quenneville <samira.q@webmail.example>",
    "data",
    """hello can i get a coppy of all the infomation you hold on me incl the wifi logs and the
meeting room bookings, my member name is samira quenneville, glasgow site

ta
""",
    R(["Access"], "samira.q@webmail.example", "Samira", "Quenneville"))

add("en-19-face-unlock", "Aoife Brennan <aoife.brennan@protonmail.example>",
    "Face unlock at the turnstiles",
    """Hello,

When I joined I opted into the "face unlock" at the turnstiles because it was quicker than the
fob. I've since read more about biometric data and I've changed my mind. I withdraw my consent,
please delete my face template and any enrolment photos, and put me back on the normal fob.

Thank you,
Aoife Brennan
Member, Dublin Docklands
""",
    R(["Opposition", "Erasure"], "aoife.brennan@protonmail.example", "Aoife", "Brennan"))

add("en-20-task-desk-sensors", "Liam Carter <liam.carter@acme-corp.example>",
    "Desk occupancy sensors - Manchester pilot",
    """Hi privacy,

Facilities are piloting under-desk occupancy sensors (the Sensa-IQ ones) on floors 2 and 3 in
Manchester from January. The vendor says they're "anonymous" but they can be tied to desk bookings
in the app. Ops director wants a DPIA signed off before we install. Can you pick this up? I can get
you the vendor's technical sheet and the data flow diagram.

Cheers,
Liam Carter
Facilities Lead, North
""",
    TASK("liam.carter@acme-corp.example", "Liam", "Carter"))

add("en-21-task-questionnaire", "Rebecca Stone <rebecca.stone@acme-corp.example>",
    "Urgent: enterprise client privacy questionnaire",
    """Hi team,

Halvorsen Pharma are moving 140 people onto three floors at our Paddington site and their
procurement has sent a 92-question supplier privacy & security questionnaire (attached in the
deal room). Half of it is about visitor registration, CCTV and the booking app. They need it back
by Friday 20th or the signature slips to Q1.

Could someone from privacy go through it with me? Happy to do a call tomorrow.

Rebecca Stone
Enterprise Sales Director
""",
    TASK("rebecca.stone@acme-corp.example", "Rebecca", "Stone"))

add("en-22-task-guestly-dpa", "Tom Abernethy <tom.abernethy@acme-corp.example>",
    "DPA review - Guestly visitor management",
    """Hello,

We're replacing the reception iPads with Guestly across all UK sites. Their DPA and sub-processor
list are in the procurement folder; I noticed the photos are hosted in the US and there's a
support team in India. Legal says privacy must review before we sign. Target go-live is February.

Thanks,
Tom Abernethy
Procurement
""",
    TASK("tom.abernethy@acme-corp.example", "Tom", "Abernethy"))

add("en-23-inc-scan-wrong-client", "Nadia Popescu <nadia.popescu@acme-corp.example>",
    "Scanned letter went to the wrong client portal",
    """Hi,

I need to report a mistake. This morning in the Birmingham mailroom I scanned a letter from HMRC
addressed to Fenwick Joinery Ltd (a director's personal tax matter) and it got uploaded to the
portal of Fenwick & Daughters Catering instead - similar names, I picked the wrong one from the
drop-down. Their user opened it at 11:40 according to the log. I've removed it from their portal
and uploaded it to the right one, but they have seen it.

What do I need to do next?

Nadia Popescu
Mailroom Supervisor, Birmingham
""",
    INC("nadia.popescu@acme-corp.example", "Nadia", "Popescu"))

add("en-24-inc-outsider-bank", "Felix Brandt-Morgan <felix@brandtmorgan.example>",
    "Someone else's bank statement in my mail portal",
    """Hello,

I logged into the virtual mailbox portal this morning and among my scans there is a bank statement
for a "Ms L. Adeyemi" - full account number, balance, transactions, home address. It is not mine
and has nothing to do with my company. I haven't downloaded it. I assume my post could be ending up
with someone else too?

Please sort this out.

Felix Brandt-Morgan
""",
    INC("felix@brandtmorgan.example", "Felix", "Brandt-Morgan"))

add("en-25-inc-master-badge", "Craig Dunmore <craig.dunmore@acme-corp.example>",
    "lost master fob + work phone",
    """Hi - reporting this as per the handbook. Last night after locking up Glasgow St Vincent St I lost
my bag on the way home: master access fob (opens all floors + comms room) and the work phone,
which has the reception app logged in (visitor list, member contacts). Phone has a 4 digit PIN.
I've told security to disable the fob. Craig

Craig Dunmore
Night Manager

Sent from my iPad
""",
    INC("craig.dunmore@acme-corp.example", "Craig", "Dunmore"))

add("en-26-fu-dsr-chaser", "Martina Kowalczyk <martina.kowalczyk@kowalczyk-arch.example>",
    "Re: [DSR-48213] We have received your request",
    """It has now been five weeks since this acknowledgement and I have received nothing. Please tell
me when I will get my data.

Martina Kowalczyk

On 8 Oct 2026, privacy@acme-corp.example wrote:
> Dear Martina Kowalczyk,
> Thank you for your message. Your request has been registered under reference DSR-48213.
> We will reply within one month.
> The Privacy Team
""",
    FU("48213", "martina.kowalczyk@kowalczyk-arch.example", "Martina", "Kowalczyk"))

add("en-27-fu-deposit-more", "Marcus Delacroix-Hale <mdh@delacroixhale.example>",
    "Re: Formal complaint and data request",
    """Further to my email below - please make sure the WhatsApp messages your centre manager sent
about us to the cleaning contractor are included as well. I have reason to believe they exist.

M. Delacroix-Hale

> To whom it may concern,
> I am writing after what has honestly been the worst end to a business relationship I have had.
""",
    FU(ref("en-05-deposit-dispute"), "mdh@delacroixhale.example", "Marcus", "Delacroix-Hale"),
    headers=irt("en-05-deposit-dispute"))

add("en-28-spam-seo", "Rank Boost Agency <growth@rankboost-seo.example>",
    "Get your coworking space to #1 on Google Maps",
    """Hello Acme Team,

We noticed your coworking locations are not ranking on the first page for "serviced office near
me". Our white-hat SEO package guarantees top 3 positions in 30 days or your money back.

Reply YES to receive a free audit worth $499.

Kind regards,
Daniel | Rank Boost Agency
To stop receiving our emails reply REMOVE.
""",
    IGN("spam", "growth@rankboost-seo.example"),
    headers=SPAM_HDR)

add("en-29-spam-gdpr-registry", "EU Data Protection Registry <notice@gdpr-registry-eu.example>",
    "FINAL NOTICE: GDPR registration expired - personal data records will be deleted",
    """FINAL NOTICE

Company: ACME CORP
Reference: EU/GDPR/2026/77813

Your organisation's entry in the European Data Protection Register has expired. Under Regulation
(EU) 2016/679 all registered controllers must renew annually. Failure to renew within 48 hours will
result in the deletion of your data-processing records and a fine of up to EUR 20,000,000.

Renewal fee: EUR 349.00 - pay now at the secure link below to protect your customers' personal
data.

http://gdpr-registry-eu.example/renew?id=77813
""",
    IGN("spam", "notice@gdpr-registry-eu.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="gdpr-registry-eu.example")])

add("en-30-ooo", "Harriet Fox <harriet.fox@foxandfinch.example>",
    "Automatic reply: Your November statement",
    """Thank you for your email. I am on annual leave until Monday 30 November with limited access to
email. For anything urgent please contact office@foxandfinch.example.

Harriet
""",
    IGN("auto_reply", "harriet.fox@foxandfinch.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-31-flex-weekly", "Flex Space Weekly <newsletter@flexspaceweekly.example>",
    "Flex Space Weekly #212: occupancy rebounds, and is hybrid dead?",
    """FLEX SPACE WEEKLY - Issue 212

This week:
* Occupancy across UK regional centres hits 81%
* Interview: why one operator ditched badges for phone-based access
* GDPR and visitor management: five things operators get wrong
* Events: Flex Summit London, 3 December

You are receiving this because you subscribed at flexspaceweekly.example.
Unsubscribe: https://flexspaceweekly.example/u/8812
""",
    IGN("bulk", "newsletter@flexspaceweekly.example"),
    headers=["List-Id: Flex Space Weekly <weekly.flexspaceweekly.example>",
             "List-Unsubscribe: <https://flexspaceweekly.example/u/8812>",
             "Precedence: bulk"])
