# Held-out set holdout1, English messages. Written blind.
from common import add, R, IGN, INC, TASK, FU, AUTH, SPAM_HDR, HTML, html

# ---------------------------------------------------------------- requests

add("en-01-delete-oneliner", "Tom Brennan <tom.brennan88@gmail.example>", "account",
    "pls delete my account and all my data. thx\n",
    R(["Erasure"], "tom.brennan88@gmail.example", "Tom", "Brennan"))

add("en-02-sar-formal", "Siobhan Gallagher <s.gallagher@eircom.example>", "Subject Access Request",
    """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection
Regulation.

Please provide me with a copy of all personal data you hold about me, together with the
purposes of the processing, the recipients to whom it has been disclosed, the retention period
and the source of any data not collected from me.

For identification: I have been a mobile customer since 2019, account number 40-118-2276, and
my registered address is 14 Marine Terrace, Bray, Co. Wicklow.

I look forward to your response within one month as required.

Yours faithfully,
Siobhan Gallagher
""",
    R(["Access"], "s.gallagher@eircom.example", "Siobhan", "Gallagher"))

add("en-03-angry-broadband-recordings", "Derek Fowles <derekfowles@btinternet.example>", "Complaint - AGAIN",
    """This is the FOURTH time I am writing to you people about my broadband. Since the 2nd of
October the connection drops every evening between 7 and 11pm, which is exactly when I need it
for work calls. Your engineer came out once, spent ten minutes in the cabinet and left, and
nothing changed. I have been on hold for a combined total of well over six hours.

Every time I call I get told a different story. One of your agents told me the line was
"within tolerance", another promised me a credit of 30 euro which never appeared on my bill.

Since nobody seems to keep any notes I want a copy of the recordings of all my calls with your
customer service since October, and whatever notes your agents put on my account. I am going
to use them in my complaint to the regulator.

I also expect the promised credit to be applied and frankly an apology.

Derek Fowles
Customer no. 77120934
""",
    R(["Access"], "derekfowles@btinternet.example", "Derek", "Fowles"))

add("en-04-stop-texts-caps", "<gary.n@yahoo.example>", "STOP",
    "STOP SENDING ME PROMO TEXTS EVERY DAY. I NEVER AGREED TO THIS. NUMBER IS 0871 555 2301\n\nGARY\n",
    R(["Opposition"], "gary.n@yahoo.example", "Gary", None))

add("en-05-name-misspelt", "Aoife Ni Bhriain <aoife.nibhriain@outlook.example>", "My name is spelt wrong on everything",
    """Hello,

Every letter and bill I get from you has my surname as "Ni Brian". It is Ní Bhriain, with the
h and the accent. Could you please correct it on my account (customer number 5530912)?

Also my address is missing the apartment number - it should be Apt 4, 22 Harbour Road, Howth.

Thanks a million,
Aoife Ní Bhriain
""",
    R(["Rectification"], "aoife.nibhriain@outlook.example", "Aoife", "Ní Bhriain"))

add("en-06-portability-switch", "Marcus Webb <marcus.webb@proton.example>", "moving to another provider",
    """Hi,

I'm leaving at the end of my contract next month. Under my right to data portability I'd like
to receive the personal data I gave you, and my usage history, in a structured machine readable
format (CSV or JSON is fine) so that I can hand it to my new provider.

Account: marcus.webb@proton.example
Mobile: +353 86 555 0192

Cheers
Marcus
""",
    R(["Portability"], "marcus.webb@proton.example", "Marcus", "Webb"))

add("en-07-credit-check-refused", "Priya Raman <priya.raman@gmail.example>", "Refused for phone contract",
    """Hello,

I tried to order the Galaxy bundle on your website yesterday and after entering my details I
got an instant message that my application "could not be approved". Nobody looked at it, it
was refused within two seconds.

I have a permanent job and have never missed a payment in my life. I would like a person to
look at the decision again, and I would like to know what information the decision was based
on so I can give my side.

Regards,
Priya Raman
""",
    R(["AutomatedDecision"], "priya.raman@gmail.example", "Priya", "Raman"))

add("en-08-id-scan-retention", "Neil Hargreaves <neil.hargreaves@virgin.example>", "Passport copy",
    """Hi there

When I signed up in the shop the sales assistant took a photo of my passport on a tablet. Can
you tell me why you need that, where it is kept and how long you hold on to it? I am not
comfortable with a copy of my passport sitting in some system forever.

Neil
""",
    R(["Information"], "neil.hargreaves@virgin.example", "Neil", "Hargreaves"))

add("en-09-restrict-debt-dispute", "Olivia Crane <olivia.crane@mail.example>", "Disputed invoice - please do not pass my details on",
    """Dear Acme,

I am disputing invoice INV-2026-448812, which charges me for a router I returned in August
(I have the tracking receipt). I have been told the amount has been marked as overdue.

Until this dispute is resolved I ask that you restrict the processing of my personal data
relating to this invoice: in particular do not pass my details to a debt collection agency or a
credit reference agency. I am not asking you to delete anything.

Kind regards
Olivia Crane
07700 900461
""",
    R(["Restriction"], "olivia.crane@mail.example", "Olivia", "Crane"))

add("en-10-access-then-delete", "Hannah Kowalczyk <hkowalczyk@gmx.example>", "what do you have on me",
    """Hi,

I haven't ordered anything from you in years but I keep getting emails. First I would like to
know what personal data you actually still have about me, please send me a copy. Once I have
that, please delete all of it and close whatever account I have.

Hannah Kowalczyk
""",
    R(["Access", "Erasure"], "hkowalczyk@gmx.example", "Hannah", "Kowalczyk"))

add("en-11-unsub-and-delete", "Ben Okafor <ben.okafor@hotmail.example>", "Re: Black Friday starts NOW",
    """Take me off your mailing list and delete my details please. I only bought a phone case once.

Ben

On Fri, 13 Nov 2026 at 07:00, Acme Deals <deals@news.acme-corp.example> wrote:
> Black Friday starts NOW - up to 60% off headphones, chargers and more
> Unsubscribe | Manage preferences
""",
    R(["Opposition", "Erasure"], "ben.okafor@hotmail.example", "Ben", "Okafor"))

add("en-12-solicitor-access", "Fiona Drummond <f.drummond@drummondlegal.example>", "Our client: Mr Callum Reid - Data Subject Access Request",
    """Dear Data Protection Officer,

We act on behalf of Mr Callum Reid of 9 Abbey Lane, Leith, Edinburgh, in connection with a
dispute concerning the termination of his fibre contract.

On behalf of our client, and with his written authority (enclosed), we request copies of all
personal data relating to him held by Acme Corp, including call recordings, account notes and
correspondence, pursuant to Article 15 UK/EU GDPR.

Please send the response to this office.

Yours sincerely

Fiona Drummond
Solicitor
Drummond Legal LLP
12 Queen Street, Edinburgh EH2 1JE
T: +44 131 555 0147

This email is confidential and may be legally privileged. If you have received it in error
please notify the sender and delete it.
""",
    R(["Access"], "f.drummond@drummondlegal.example", "Callum", "Reid", representative="Fiona Drummond"))

add("en-13-parent-minor-account", "Karen Whitfield <karen.whitfield@sky.example>", "my son's account",
    """Hello

My son Jamie Whitfield is 14 and he has set up an account on your website using his own email
(jamiew2012@gmail.example) and my card apparently. He is too young and I did not agree to it.
Please delete his account and any data you have on him.

I am his mother, I can send his birth certificate if needed.

Karen Whitfield
""",
    R(["Erasure"], "karen.whitfield@sky.example", "Jamie", "Whitfield", representative="Karen Whitfield"))

add("en-14-deceased-father", "Paul Mercer <paul.mercer@outlook.example>", "Account of my late father",
    """Good afternoon,

My father, Geoffrey Mercer, passed away on 28 September. He had a landline and broadband
package with you at 3 Elm Close, Sandyford. I am the executor of his estate.

Could you please close his account, stop the direct debit and delete his personal details
from your systems. I can provide the death certificate and the grant of probate.

Thank you for your help at a difficult time.

Paul Mercer
""",
    R(["Erasure"], "paul.mercer@outlook.example", "Geoffrey", "Mercer", representative="Paul Mercer"))

add("en-15-html-access", "Laura Bennett <laura.bennett@live.example>", "Data request",
    html("Hello,",
         "Please could you send me a copy of all the personal information your company holds about me "
         "(name, addresses, orders, anything recorded on phone calls, marketing preferences etc.).",
         "My customer number is <b>30018845</b>.",
         "Many thanks,<br>Laura Bennett"),
    R(["Access"], "laura.bennett@live.example", "Laura", "Bennett"), ct=HTML)

add("en-16-gdpr-rights-vague", "r.oconnell@gmail.example", "GDPR",
    "Hi, I would like to exercise my rights under the GDPR regarding my data. Please advise how to proceed.\n\nRory O'Connell\n",
    R(["Unknown"], "r.oconnell@gmail.example", "Rory", "O'Connell"))

add("en-17-router-and-calls", "Stephen Lowe <stephen.lowe@talk.example>", "router + sales calls",
    """Hi,

Two things.

1) The new router you sent me keeps rebooting itself, the light goes orange and then red. Can
someone send a replacement?

2) I get a call from one of your sales people nearly every week trying to sell me TV. I have
told them no several times. Please stop calling me for sales, I only want to be contacted about
my actual account.

Stephen Lowe
087 555 3310
""",
    R(["Opposition"], "stephen.lowe@talk.example", "Stephen", "Lowe"))

add("en-18-family-address-replyto", "The Harringtons <harrington.family@home.example>", "remove my details",
    """Hello, please delete my personal data and my customer account from your shop, I don't use it
any more. Please reply to my own address, not the family one.

Emma Harrington
""",
    R(["Erasure"], "emma.harrington@gmail.example", "Emma", "Harrington"),
    headers=["Reply-To: Emma Harrington <emma.harrington@gmail.example>"])

add("en-19-fwd-from-support", "Declan Moore <declan.moore@acme-corp.example>", "Fwd: please remove me",
    """Hi privacy team, this came into the support queue, can you take it from here?

Declan

---------- Forwarded message ---------
From: Wendy Lam <wendy.lam@icloud.example>
Date: Sun, 15 Nov 2026 at 21:14
Subject: please remove me
To: <support@acme-corp.example>

Hello, I closed my contract last month. Please remove all my personal information from your
records, including my bank details. I don't want to be contacted again.

Wendy Lam
""",
    R(["Erasure"], "wendy.lam@icloud.example", "Wendy", "Lam"))

add("en-20-attached-fwd-access", "Ruth Adeyemi <ruth.adeyemi@acme-corp.example>", "FW: copy of my data",
    "", R(["Access"], "j.fairbairn@mail.example", "James", "Fairbairn"),
    attached=("James Fairbairn <j.fairbairn@mail.example>", "copy of my data",
              """Dear Acme,

Please send me a copy of the personal data you hold about me. I was a customer from 2021 to
2024 (mobile number 083 555 6621).

Regards
James Fairbairn
"""),
    note="Forwarding for your attention - customer sent this to the shop mailbox.\n\nRuth\nStore Manager, Dundrum\n")

add("en-21-textspeak-access", "<kayleigh.x@snapmail.example>", "hi",
    "hi can u tell me wat info u got on me?? like my details n stuff. ty\n\nkayleigh\n",
    R(["Access"], "kayleigh.x@snapmail.example", "Kayleigh", None))

add("en-22-who-did-you-share", "Conor Byrne <conor.byrne@eir.example>", "Who did you give my number to?",
    """Hello,

Two days after I bought a phone in your online shop I started getting calls from an insurance
company offering me "phone protection", and they knew the model I bought. Did you share my
phone number and order with them? Who else do you pass customer data to?

I want an explanation.

Conor Byrne
""",
    R(["Information"], "conor.byrne@eir.example", "Conor", "Byrne"))

add("en-23-new-email-and-copy", "Margaret Ellis <m.ellis@btinternet.example>", "change of email address",
    """Dear Sir/Madam

My old email address (maggie.ellis@aol.example) no longer works. Please update my account so
that all correspondence goes to this address instead. While you're at it, I would like a copy
of the information you have on file for me so that I can check it is all correct.

Kind regards,
Margaret Ellis
""",
    R(["Rectification", "Access"], "m.ellis@btinternet.example", "Margaret", "Ellis"))

add("en-24-typos-remove", "<shaz1979@hotmail.example>", "remove",
    """hello plese remove my informations from you're database i do not want it there anymore, i never
gave permision for this

sharon walsh
""",
    R(["Erasure"], "shaz1979@hotmail.example", "Sharon", "Walsh"))

add("en-25-object-profiling", "Dr. Anton Vogel <anton.vogel@uni-mail.example>", "Objection to profiling",
    """Dear Data Protection Officer,

Your privacy notice states that you analyse customers' browsing and purchase behaviour to show
personalised offers on the basis of your legitimate interests. I object under Article 21 GDPR
to this processing of my personal data for profiling and personalised advertising.

Please confirm that it has stopped.

Dr. Anton Vogel
""",
    R(["Opposition"], "anton.vogel@uni-mail.example", "Anton", "Vogel"))

add("en-26-iphone-unsub", "Chloe Martin <chloe.m@icloud.example>", "Unsubscribe",
    "Please unsubscribe me from all emails and texts\n\nSent from my iPhone\n",
    R(["Opposition"], "chloe.m@icloud.example", "Chloe", "Martin"))

add("en-27-export-then-delete", "Samir Haddad <samir.haddad@posteo.example>", "Leaving Acme",
    """Hi,

My contract ends on the 30th and I am moving to another operator. Before you close my account
please export my data (contact details, contract, call and usage history) in a machine-readable
file that I can give to the new provider. After that I want everything deleted that you are not
legally required to keep.

Thanks,
Samir Haddad
""",
    R(["Portability", "Erasure"], "samir.haddad@posteo.example", "Samir", "Haddad"))

add("en-28-mother-sales-calls", "Gillian Porter <gillian.porter@gmail.example>", "Calls to my elderly mother",
    """Hello,

I'm writing on behalf of my mother, Mrs Dorothy Porter, who is 84 and lives alone at 7 Glebe
Road, Malahide. Her landline is with you. Your telesales people ring her several times a month
and last time she nearly agreed to an upgrade she doesn't need and can't use.

She has asked me to deal with this for her. Please stop all marketing calls and letters to her
and confirm in writing.

Gillian Porter (daughter)
""",
    R(["Opposition"], "gillian.porter@gmail.example", "Dorothy", "Porter", representative="Gillian Porter"))

add("en-29-location-data", "Tomasz Wrona <tomasz.wrona@o2.example>", "location data from my phone",
    """Hello,

I read that mobile operators keep records of which masts a phone connects to. Please send me all
location data and call detail records you hold for my number 085 555 7734 for the last 12 months.

Thank you
Tomasz Wrona
""",
    R(["Access"], "tomasz.wrona@o2.example", "Tomasz", "Wrona"))

# ---------------------------------------------------------------- ignore

add("en-30-spam-gdpr-service", "GDPR Shield <sales@gdpr-shield-compliance.example>", "Are your DSAR responses compliant? Fines up to 4% of turnover",
    """Hi there,

Did you know that regulators fined companies more than EUR 2 billion last year?

Our AI platform automatically answers every "delete my data" and "unsubscribe" request in under
60 seconds. Book a free 15-minute demo today and receive a complimentary GDPR audit worth EUR 1,500!

Offer ends Friday.

Best,
Jake | Growth Team
GDPR Shield - Compliance made easy
If you no longer wish to hear from us reply REMOVE.
""",
    IGN("spam"))

add("en-31-phish-verify", "Acme Security <security-alert@acme-c0rp-support.example>", "Action required: your mailbox will be suspended",
    """Dear user,

We detected unusual sign-in activity on your privacy@acme-corp.example mailbox. To avoid
permanent suspension within 24 hours, verify your account now:

http://acme-c0rp-support.example/verify?u=privacy

Failure to verify will result in deletion of all your emails and data.

IT Helpdesk
""",
    IGN("spam"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-c0rp-support.example")])

add("en-32-inheritance", "Barrister James Okonkwo <j.okonkwo.chambers@mail.example>", "URGENT CONFIDENTIAL PROPOSAL",
    """Dear Friend,

I am Barrister James Okonkwo, personal attorney to late Mr. Robert Acme who died with his
entire family in a car accident. He left a deposit of USD 10,500,000.00 (Ten Million Five
Hundred Thousand US Dollars) with a bank here and you share the same surname with my client.

I seek your consent to present you as next of kin so the funds can be released to you. We will
share 50/50. Kindly reply to my private email with your full name, phone number and bank details.

Yours faithfully,
Barrister James Okonkwo
""",
    IGN("spam"), headers=["Reply-To: jokonkwo.private@freemail.example"])

add("en-33-spam-header-seo", "Nathan <nathan@rank-first-seo.example>", "Quick question about acme-corp.example",
    """Hello,

I was looking at your website and noticed it is not ranking on page 1 for some important
keywords. We can fix that for a small monthly fee. Would you be interested in a free report?

Thanks
Nathan
""",
    IGN("spam"), headers=SPAM_HDR[:1])

add("en-34-ooo", "Rachel Dunne <rachel.dunne@partnerco.example>", "Out of Office: Re: DPA signature",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access
to email. For urgent matters please contact legal@partnerco.example.

Kind regards,
Rachel
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])

add("en-35-newsletter", "Privacy Weekly <newsletter@privacyweekly.example>", "This week: new EDPB guidance on access requests",
    """PRIVACY WEEKLY - Issue 212

* EDPB adopts final guidelines on the right of access
* Regulator fines telecom operator for ignoring erasure requests
* How to handle a data subject request from a deceased person's family

Read online: https://privacyweekly.example/212

You are receiving this because you subscribed at privacyweekly.example.
Unsubscribe: https://privacyweekly.example/unsub
""",
    IGN("bulk"), headers=["List-Id: Privacy Weekly <weekly.privacyweekly.example>",
                          "List-Unsubscribe: <https://privacyweekly.example/unsub?u=8812>",
                          "Precedence: bulk"])

add("en-36-own-ack", "Acme Corp Privacy <privacy@acme-corp.example>", "[DSR-4410] We have received your request",
    """Dear customer,

Thank you for your message. We have registered your request under reference DSR-4410 and will
answer within one month.

Acme Corp - Privacy Team
""",
    IGN("own_message"), headers=["X-Dastra-Mailgate: ack"])

# ---------------------------------------------------------------- tasks

add("en-37-task-dpa-review", "Oliver Grant <oliver.grant@acme-corp.example>", "DPA for new helpdesk tool - review needed",
    """Hi privacy team,

Customer Service wants to move to a new ticketing tool (SupportHive) from January. Procurement
sent me their standard Data Processing Agreement and the list of sub-processors (attached).
Could one of you review the DPA before we sign? They host in Frankfurt but support is from the US.

We'd like to sign by 4 December if possible.

Thanks,
Oliver Grant
IT Service Owner - Customer Tools
""",
    TASK("oliver.grant@acme-corp.example", "Oliver", "Grant"))

add("en-38-task-ropa", "Mei Chen <mei.chen@acme-corp.example>", "Register of processing - loyalty app",
    """Hello,

We launched the new loyalty app last week. I think the entry for the loyalty programme in the
record of processing activities is out of date (no mention of the app, push notifications or
the geolocation for store finder). Can you update it, or tell me what information you need
from me?

Mei
Product Manager, Loyalty
""",
    TASK("mei.chen@acme-corp.example", "Mei", "Chen"))

add("en-39-task-questionnaire", "Victor Alves <victor.alves@acme-corp.example>", "Customer security & privacy questionnaire (B2B tender)",
    """Hi all,

We are bidding for the fleet mobile contract of a large logistics company and they sent a
120-question vendor privacy & security questionnaire. Sections 4 (GDPR) and 7 (international
transfers) need your input. Deadline on their side is the 27th.

Shared in Teams under Sales > Tenders > 2026-LOG-17.

Thanks!
Victor Alves | Enterprise Sales
""",
    TASK("victor.alves@acme-corp.example", "Victor", "Alves"))

add("en-40-task-dpia", "Sophie Lindqvist <sophie.lindqvist@acme-corp.example>", "DPIA - AI voice analytics in call centre",
    """Hi,

Ops wants to pilot an AI tool that transcribes customer calls and scores agent performance and
customer sentiment. I assume we need a DPIA before the pilot starts in Q1. Could you kick that
off and let me know who should attend the first workshop?

Best regards,
Sophie Lindqvist
Head of Customer Operations
""",
    TASK("sophie.lindqvist@acme-corp.example", "Sophie", "Lindqvist"))

# ---------------------------------------------------------------- incidents

add("en-41-inc-laptop-stolen", "Mark Doherty <mark.doherty@acme-corp.example>", "laptop stolen",
    """Hi,

My work laptop was stolen from my car last night in Galway (window smashed). It's a company
ThinkPad, I'm fairly sure BitLocker is on but not 100%. It had a few exports from the CRM on the
desktop with customer names and phone numbers for the retention campaign, maybe 2,000 rows.

Reported to the Gardaí, reference 11/2026/55301. IT has been told too.

Mark Doherty
Retention Team Lead
""",
    INC("mark.doherty@acme-corp.example", "Mark", "Doherty"))

add("en-42-inc-wrong-recipient", "Aisha Rahman <aisha.rahman@acme-corp.example>", "sent customer list to wrong address",
    """Hello,

I think I've made a mistake. This morning I sent an Excel file with open orders (names,
delivery addresses, phone numbers, about 350 customers) to what I thought was our courier's
dispatch address but the autocomplete picked a similar address at a different company. I've
emailed them asking them to delete it but no reply yet.

What should I do?

Aisha
Fulfilment Coordinator
""",
    INC("aisha.rahman@acme-corp.example", "Aisha", "Rahman"))

add("en-43-inc-phishing-click", "Luke Simmons <luke.simmons@acme-corp.example>", "I clicked a link :(",
    """Hi,

I got an email that looked like a DocuSign from HR, clicked it and entered my password before I
realised it was fake. That was about an hour ago. I have access to the customer billing system
and the shared HR drive. IT reset my password but they said to tell you too.

Sorry,
Luke Simmons
Billing
""",
    INC("luke.simmons@acme-corp.example", "Luke", "Simmons"))

add("en-44-inc-courier-partner", "Gráinne Kelly <g.kelly@swiftparcel.example>", "Security incident notification - SwiftParcel",
    """Dear Acme Corp Data Protection team,

In accordance with our data processing agreement we are notifying you of a security incident.
On 14 November an unauthorised party accessed one of our tracking servers through a
vulnerable plugin. Shipment records for several clients were exposed, including an estimated
4,100 Acme Corp parcels (recipient name, delivery address, phone number, parcel contents
description). No payment data is involved.

We have patched the vulnerability and engaged a forensic firm. A full report will follow within
72 hours.

Gráinne Kelly
Information Security Manager
SwiftParcel Logistics
""",
    INC("g.kelly@swiftparcel.example", "Gráinne", "Kelly"))

# ---------------------------------------------------------------- follow-ups

add("en-45-fu-still-waiting", "Derek Lyons <derek.lyons@gmail.example>", "Re: [DSR-3817] We have received your request",
    """It has now been five weeks and I have not received anything. The law says one month. Please
send me my data or I will complain to the Data Protection Commission.

Derek Lyons

> Dear customer,
> Thank you for your message. We have registered your request under reference DSR-3817 and
> will answer within one month.
> Acme Corp - Privacy Team
""",
    FU("3817", "derek.lyons@gmail.example", "Derek", "Lyons"))

add("en-46-fu-id-provided", "Siobhan Gallagher <s.gallagher@eircom.example>", "Re: Subject Access Request",
    """Hello,

As requested, please find attached a copy of my driving licence and a recent utility bill to
confirm my identity.

Regards,
Siobhan Gallagher
""",
    FU("file:h1-en-02-sar-formal.eml", "s.gallagher@eircom.example", "Siobhan", "Gallagher"),
    headers=["In-Reply-To: <h1-en-02-sar-formal@mail.example.net>",
             "References: <h1-en-02-sar-formal@mail.example.net>"])

add("en-47-fu-thanks", "Marcus Webb <marcus.webb@proton.example>", "Re: [DSR-4022] Your data export",
    """Thanks, got the file. One question though - the usage history only goes back to March, is
that everything you keep?

Marcus

Sent from my Pixel
""",
    FU("4022", "marcus.webb@proton.example", "Marcus", "Webb"))
