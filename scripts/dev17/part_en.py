from common import *  # part en: written blind

add("en-01-formal-sar-art15",
    "Margaret O'Donnell <m.odonnell@postbox.example>",
    "Subject access request - Article 15 UK GDPR",
    """Dear Data Protection Officer,

Account number: 7730 4412 908

I am writing to make a subject access request under Article 15 of the UK General Data
Protection Regulation. Please provide me with all personal information your organisation
holds about me, including call recordings, notes made by your customer service agents,
meter readings and any correspondence with third parties concerning my account.

I understand you have one month to respond. I have enclosed nothing as I trust you can
verify me from the account details above; if you need further identification please let me
know promptly rather than letting the time run.

Yours faithfully,

Margaret O'Donnell
14 Larkspur Close
Harrogate
""",
    R(["Access"], "m.odonnell@postbox.example", "Margaret", "O'Donnell"))

add("en-02-oneliner-stop-calls",
    "dkwrench77@mailhub.example",
    "calls",
    """stop ringing me about fixed tariffs, 4 calls this week. take my number off whatever list it is on
""",
    R(["Opposition"], "dkwrench77@mailhub.example"))

add("en-03-moved-and-married",
    "Priya Raman-Holt <priya.ramanholt@fastpost.example>",
    "Change of details",
    """Hello,

Two things have changed since I opened my gas and electricity account with you and both are
still wrong on your side even though I told the call centre in September:

- I got married in July, my surname is now Raman-Holt (it still says Raman on the letters)
- we moved from 3 Finch Road to 22 Meadowbank Avenue, Leicester LE2 6PT. The old address is
  still on my direct debit mandate and on the annual statement.

Could you make sure the records are put right everywhere, including whatever you sent to the
credit reference agency?

Thanks,
Priya Raman-Holt
07700 900412
""",
    R(["Rectification"], "priya.ramanholt@fastpost.example", "Priya", "Raman-Holt"))

add("en-04-angry-smart-meter-installer",
    "Desmond Achebe <des.achebe@homenet.example>",
    "Complaint about your engineer and my smart meter",
    """To whoever reads this,

I have been a customer for eleven years and I have never been treated like this. Your
engineer arrived four hours late on Tuesday, walked mud through the hall, and when I asked
him what the new meter would actually do he told me "it just sends your readings, nothing to
worry about" and left. The old meter was working perfectly well. I only agreed because your
letters made it sound compulsory, which I now understand it is not.

Since then I have had two texts offering me a "time of use" tariff based on "my usage
pattern". So somebody is looking at when I boil the kettle. I want you to explain to me in
plain English what the meter records, how often, who at your company and outside it gets to
see it, and how long you keep it. And I want the half-hourly readings switched off: monthly
readings for billing, nothing more, and no more of these usage-based offers.

I also want compensation for the carpet but I suppose that is a different department.

Desmond Achebe
""",
    R(["Information", "Opposition"], "des.achebe@homenet.example", "Desmond", "Achebe"))

add("en-05-erase-after-switching",
    "Tomasz Wiśniewski <t.wisniewski@postal.example>",
    "Closing my account - please wipe my details",
    """Hi there,

I switched to another supplier at the end of October and the final bill has been paid (ref
FB-118273). There is no reason for you to keep my details any more, so please get rid of
them: my customer login, the phone numbers, the bank details and the old address. I would
rather not get a "we miss you" email in six months.

Please confirm once it is done.

Regards,
Tomasz Wiśniewski
""",
    R(["Erasure"], "t.wisniewski@postal.example", "Tomasz", "Wiśniewski"))

add("en-06-consumption-csv-for-solar",
    "Ellie Brathwaite <ellie.b@solarcurious.example>",
    "Usage history in a spreadsheet?",
    """Hi,

I'm getting quotes for solar panels and a battery (sorry, not from you!) and the installers
keep asking for my actual half-hourly electricity usage for the last 12-24 months. The app
only shows pretty graphs. Is there any way you can export the raw readings in a CSV or Excel
file I can pass on? Even better if you could send it straight to the installer, his address
is quotes@brightroof.example.

Cheers,
Ellie
""",
    R(["Portability"], "ellie.b@solarcurious.example", "Ellie", "Brathwaite"))

add("en-07-html-disputed-debt-hold",
    "Kwame Mensah-Bonsu <kwame.mb@webpost.example>",
    "Disputed balance - do not pass my details on",
    html("Dear Sir or Madam,",
         "I am disputing the closing balance of &pound;1,304.55 on my old account 5512-0087. The "
         "meter reading you used was estimated and is about 9,000 kWh higher than the photo I "
         "sent on the day I moved out.",
         "While this is being investigated I ask that you put my personal data on hold: do not "
         "hand it to a debt collection agency, do not report it to the credit files, and do not "
         "use it for anything except resolving this dispute.",
         "Kind regards,<br>Kwame Mensah-Bonsu<br>Flat 6, 90 Denmark Hill, London"),
    R(["Restriction"], "kwame.mb@webpost.example", "Kwame", "Mensah-Bonsu"), ct=HTML)

add("en-08-heatpump-finance-refused",
    "Fiona McAllister <fiona.mcallister@glenmail.example>",
    "Heat pump finance declined by 'the system'",
    """Hello,

I applied online for the 0% finance on an air source heat pump last week and was declined
within about ten seconds. When I phoned, the adviser said she couldn't see why, "the system
decides". I have a good credit history and a permanent job, so I find that hard to accept.

I would like a real person to reconsider the application properly, and I'd like you to send
me the information you hold about me, including whatever was used to score me, so I can see
if something is wrong.

Fiona McAllister
Sent from my iPad
""",
    R(["AutomatedDecision", "Access"], "fiona.mcallister@glenmail.example", "Fiona", "McAllister"))

add("en-09-allcaps-doorstep",
    "BERNARD KILBRIDE <bkilbride@oldtown.example>",
    "YOUR DOORSTEP SALESMEN",
    """THIS IS THE THIRD TIME ONE OF YOUR PEOPLE HAS KNOCKED ON MY DOOR AFTER 7PM TRYING TO SELL
ME SOLAR PANELS. I AM 81 AND LIVE ALONE. I DO NOT WANT THEM. TAKE MY ADDRESS OFF WHATEVER
LIST YOU GIVE THEM AND THEN DELETE EVERYTHING YOU HAVE ON ME, I AM NOT EVEN YOUR CUSTOMER.

B KILBRIDE
""",
    R(["Opposition", "Erasure"], "bkilbride@oldtown.example", "Bernard", "Kilbride"))

add("en-10-daughter-poa-father",
    "Helen Castellano <helen.castellano@familymail.example>",
    "My father's account - Lasting Power of Attorney",
    """Dear Privacy Team,

I hold a registered Lasting Power of Attorney for property and financial affairs for my
father, Mr Arthur Pembridge (account 6610 2207 331), who has dementia and lives at 7 Orchard
Row, Taunton. A copy of the LPA is attached.

He has been signed up to a new tariff over the phone twice this year and did not understand
either call. I would like:

1) everything you have on file about him, including the recordings of those sales calls;
2) no more marketing or sales calls to him, by phone, post or at the door.

Please correspond with me at this address.

Helen Castellano
""",
    R(["Access", "Opposition"], "helen.castellano@familymail.example", "Arthur", "Pembridge",
      representative="Helen Castellano"))

add("en-11-solicitor-estate",
    "Jonathan Ashby-Clarke <j.ashbyclarke@ashbyclarke-law.example>",
    "Estate of the late Mrs Doreen Fairweather - data request",
    """Dear Sirs,

We act for the executors of the estate of Mrs Doreen Fairweather, deceased (date of death 2
September 2026), formerly of 41 Wessex Gardens, Salisbury, who was a customer of yours under
account number 3308 1194 576.

In order to administer the estate and to verify a series of payments taken from her account
in the months before her death, our clients require a copy of all records you hold relating
to Mrs Fairweather, including contract documents, payment history and notes of telephone
contact. A certified copy of the Grant of Probate is enclosed.

Yours faithfully,

Jonathan Ashby-Clarke
Partner, Ashby Clarke LLP
Tel. 01722 555 019
This email is confidential and may be legally privileged. If you are not the intended
recipient please notify the sender and delete it.
""",
    R(["Access"], "j.ashbyclarke@ashbyclarke-law.example", "Doreen", "Fairweather",
      representative="Jonathan Ashby-Clarke"))

add("en-12-retention-and-credit-agencies",
    "Nadia Oyelaran <nadia.oyelaran@mymail.example>",
    "Question about what happens to my info when I leave",
    """Hi,

I'm thinking of moving supplier and before I do I'd like to understand a couple of things.
How long do you hang on to a former customer's details and payment records? And do you share
anything with credit reference agencies or debt collectors even if the account is in credit?
I'm not asking for a copy of anything, just want to know how it works.

Thanks
Nadia
""",
    R(["Information"], "nadia.oyelaran@mymail.example", "Nadia", "Oyelaran"))

add("en-13-colleague-inline-forward",
    "Gavin Teague <gavin.teague@acme-corp.example>",
    "FW: unsubscribe",
    """Hi team, this came into the customer service inbox, customer wants off the marketing.
Can you sort it? Not sure if we handle this or you do.
Gavin

Gavin Teague | Customer Service Team Leader | Acme Corp Energy
0800 555 0143

-----Original Message-----
From: Siobhan Ní Bhriain <siobhan.nibhriain@greenmail.example>
Sent: 13 November 2026 21:14
To: Customer Service <support@acme-corp.example>
Subject: unsubscribe

Please stop sending me the heat pump and solar offers, by email and by post. I have asked
twice. I just want my gas bill, nothing else.

Siobhan Ní Bhriain
""",
    R(["Opposition"], "siobhan.nibhriain@greenmail.example", "Siobhan", "Ní Bhriain"))

add("en-14-attached-dob-wrong",
    "Lucy Harrowby <lucy.harrowby@acme-corp.example>",
    "Fwd: wrong date of birth",
    "",
    R(["Rectification"], "dev.malhotra@inbox.example", "Dev", "Malhotra"),
    note="""Morning privacy - forwarding the customer's email below as an attachment. His DOB
is wrong on our system and it is making the ID check fail when he tries to set up the direct
debit. Billing can't change it without your say-so apparently.

Lucy Harrowby
Billing Operations""",
    attached=("Dev Malhotra <dev.malhotra@inbox.example>", "wrong date of birth",
              """Hello,

Your system has my date of birth as 03/11/1991 but it is 11/03/1991 - someone has swapped
day and month. Because of this I can't set up my direct debit online, the identity check
keeps failing. Please correct it.

Dev Malhotra
Account 4419 0037 615
"""))

add("en-15-typo-no-punct",
    "jaydenb2003@quickmail.example",
    "my info",
    """hi i want to no what info u got on me and can u delete my old acount from when i lived at
my mums in 2019 i dont use it thx jayden
""",
    R(["Access", "Erasure"], "jaydenb2003@quickmail.example", "Jayden", None))

add("en-16-direct-debit-increase",
    "Roger Plimsoll <roger.plimsoll@coastmail.example>",
    "Direct debit",
    """Why has my monthly direct debit gone up from £88 to £142 without any warning? Nobody
answers the phone. I want this put back to what it was immediately.

R. Plimsoll
Account 2290 5531 004
""",
    R(["Unknown"], "roger.plimsoll@coastmail.example", "Roger", "Plimsoll"))

add("en-17-withdraw-insights-cp1252",
    "Aoife Gallagher <aoife.gallagher@westnet.example>",
    "Energy insights emails",
    """Hi,

I keep getting your \u201cpersonalised energy insights\u201d emails telling me my fridge is
costing me \u00a3x a month. I never knowingly signed up for this. I\u2019m withdrawing whatever
consent you think I gave: please stop analysing my smart meter data for these \u201cinsights\u201d
and stop the emails.

Aoife Gallagher
""",
    R(["Opposition"], "aoife.gallagher@westnet.example", "Aoife", "Gallagher"),
    ct=CP1252, encode="cp1252")

add("en-18-name-spelling-not-closing",
    "Zoë Achterberg <zoe.achterberg@northpost.example>",
    "Spelling of my name",
    """Hello,

Just to be clear, I'm NOT asking you to close my account or remove anything, I'm happy with
the tariff. But every letter from you comes addressed to "Zoe Achterburg". It's Zoë
Achterberg, with the two dots and an e in berg. Please fix it on the account.

Many thanks,
Zoë
""",
    R(["Rectification"], "zoe.achterberg@northpost.example", "Zoë", "Achterberg"))

add("en-19-collector-where-from",
    "Callum Fraser <callum.fraser@highland.example>",
    "How did a debt collector get my mobile number??",
    """I've had three calls this week from "Castlegate Recoveries" about an electricity debt at
an address I left in 2022. The mobile number they're calling I only ever gave to you.

Before I decide what to do: which companies have you passed my details to, what exactly did
you give them, and on what basis? I'd like a proper answer, not a script.

Callum Fraser
""",
    R(["Information"], "callum.fraser@highland.example", "Callum", "Fraser"))

add("en-20-task-installer-dpa",
    "Rachel Okonkwo <rachel.okonkwo@acme-corp.example>",
    "Contract review - new heat pump installation partner",
    """Hi Privacy,

Procurement is about to sign with Thermaflow Installations Ltd, who will do heat pump surveys
and fitting for us in the North West from January. They'll get customer names, addresses,
phone numbers and photos of the inside of homes. Legal has the master agreement but I was told
the data processing schedule needs your review before signature.

Draft attached. Is end of next week realistic?

Thanks,
Rachel Okonkwo
Senior Procurement Manager
Acme Corp | 0161 555 0192
""",
    TASK("rachel.okonkwo@acme-corp.example", "Rachel", "Okonkwo"))

add("en-21-task-dpia-app-feature",
    "Owen Prydderch <owen.prydderch@acme-corp.example>",
    "DPIA needed? Appliance detection in the app",
    """Hello team,

We're planning to launch "appliance breakdown" in the customer app in Q2: a model that
takes the half-hourly (and where available 10-second) smart meter data and estimates how much
each appliance uses. Supplier is a start-up in Lisbon, processing in their AWS account.

I assume this needs a DPIA. Could we book a kick-off with someone from your team? Happy to
fill in the screening questionnaire first if you send it.

Owen
Product Owner, Digital
""",
    TASK("owen.prydderch@acme-corp.example", "Owen", "Prydderch"))

add("en-22-task-ropa-tablet-app",
    "Sunita Varghese <sunita.varghese@acme-corp.example>",
    "Register of processing - field sales tablet app",
    """Hi,

Following the audit finding, could you add the new field sales tablet app (SignPoint) to
the record of processing activities? It replaced the paper contracts in October. I can send
you the data fields and the retention set-up. Also, the vendor has sent us their security
questionnaire back - do you want to look at it or shall I pass it straight to InfoSec?

Best,
Sunita Varghese
Sales Operations Manager

The information in this email is confidential and intended solely for the addressee.
""",
    TASK("sunita.varghese@acme-corp.example", "Sunita", "Varghese"))

add("en-23-inc-tablet-stolen-van",
    "Liam Doherty <liam.doherty@acme-corp.example>",
    "URGENT stolen tablet",
    """Hi, my work tablet was nicked out of the van last night in Bolton while I was at a
customer. It had the SignPoint app on it with today's appointments and the contracts I signed
this week, about 15 customers, names addresses and some bank details for the DDs. It has a
PIN but I'm not sure the app logs out. Police ref 06/118820/26. IT told me to email you.

Liam Doherty
Field Sales
07700 900771
""",
    INC("liam.doherty@acme-corp.example", "Liam", "Doherty"))

add("en-24-inc-outsider-someone-elses-bill",
    "Grace Whitfield <grace.whitfield@riverside.example>",
    "I can see another person's bills in my account",
    """Hello,

I logged into my online account this morning to download my statement and the last two
bills showing are not mine. They are for a Mr K. Sandhu at a flat in Coventry, with his
account number, his usage and the last four digits of his bank account. I don't want to see
this and I'm worried the reverse is happening with my details.

Grace Whitfield
""",
    INC("grace.whitfield@riverside.example", "Grace", "Whitfield"))

add("en-25-inc-phishing-clicked",
    "Martin Szabo <martin.szabo@acme-corp.example>",
    "Think I fell for a phishing email",
    """Hi,

About twenty minutes ago I clicked a link in an email that looked like a SharePoint share
from our debt collection partner and typed my password in. Only afterwards I noticed the
address was wrong. I have access to the collections spreadsheet with around 4,000 customer
records. I've changed my password and told the service desk (INC0092231). Letting you know
as they said privacy must be informed.

Martin Szabo
Collections Analyst
""",
    INC("martin.szabo@acme-corp.example", "Martin", "Szabo"))

add("en-26-fu-dsr-chaser",
    "Harold Bennington <h.bennington@shiremail.example>",
    "RE: [DSR-40817] We have received your request",
    """It is now five weeks since this acknowledgement and I have received nothing. The law
gives you one month. Please send the information this week or I will complain to the ICO.

Harold Bennington

> Dear Mr Bennington,
> Thank you for your message. Your request has been registered under reference DSR-40817.
> We will reply within one month.
> Acme Corp Privacy Team
""",
    FU("40817", "h.bennington@shiremail.example", "Harold", "Bennington"))

add("en-27-fu-reply-new-phone",
    "Priya Raman-Holt <priya.ramanholt@fastpost.example>",
    "Re: Change of details",
    """Sorry, forgot to say in my last email - my mobile number changed too, the new one is
07700 900583. The old one ending 412 can go.

Priya
""",
    FU(ref("en-03-moved-and-married"), "priya.ramanholt@fastpost.example", "Priya", "Raman-Holt"),
    headers=irt("en-03-moved-and-married"))

add("en-28-spam-data-broker-removal",
    "DataShield Pro <offers@datashield-pro.example>",
    "Your personal data is on 217 broker sites - remove it today",
    """Hi there,

Did you know your name, address and phone number are being sold by over 200 data brokers?
DataShield Pro files GDPR deletion requests on your behalf automatically. Protect your
privacy for just $4.99/month - 80% OFF today only!

Click here to start your free scan >>

To stop receiving these emails reply STOP.
""",
    IGN("spam", "offers@datashield-pro.example"), headers=SPAM_HDR)

add("en-29-spam-mailbox-quota",
    "IT Helpdesk <no-reply@mail-admin-portal.example>",
    "privacy@acme-corp.example: mailbox will be deactivated",
    """Dear user,

Your mailbox privacy@acme-corp.example has exceeded its storage limit and will be
deactivated within 24 hours. All messages will be permanently deleted.

To keep your account, verify your credentials below:

VERIFY NOW

Mail Administrator
""",
    IGN("spam", "no-reply@mail-admin-portal.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="mail-admin-portal.example")])

add("en-30-auto-reply-ooo",
    "Patricia Lomax <p.lomax@lomaxlettings.example>",
    "Automatic reply: Your enquiry",
    """Thank you for your email. I am out of the office until Monday 23 November with limited
access to email. For urgent lettings matters please call the office on 01632 960 118.

Patricia Lomax
""",
    IGN("auto_reply", "p.lomax@lomaxlettings.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-31-bulk-newsletter",
    "Utility Week Privacy Briefing <newsletter@utilitybriefing.example>",
    "This week: smart meter data access rules, ICO fines roundup",
    """UTILITY PRIVACY BRIEFING - Issue 212

- Regulator consults on access to half-hourly settlement data
- ICO fines roundup: two energy suppliers reprimanded for nuisance calls
- Webinar: DPIAs for heat pump programmes (Thursday 2pm)

You are receiving this because you subscribed at utilitybriefing.example.
Unsubscribe | Manage preferences
""",
    IGN("bulk", "newsletter@utilitybriefing.example"),
    headers=["List-Id: Utility Privacy Briefing <briefing.utilitybriefing.example>",
             "List-Unsubscribe: <https://utilitybriefing.example/unsub?u=8812>",
             "Precedence: bulk"])
