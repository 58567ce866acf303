from common import *  # part en: written blind

# ---------------------------------------------------------------------------
# English. Organisation: Acme, mobile and broadband operator, and its collections
# arm (Acme Credit Services) chasing unpaid balances.
# ---------------------------------------------------------------------------

add("en-01-pls-send", "dwright77@mailbox.example", "data",
    "pls send me all the data you have on me. thanks\n",
    R(["Access"], "dwright77@mailbox.example"))

add("en-02-not-my-debt", "Priya Raman <priya.raman@fastmail.example>",
    "Harassment from your debt collectors - NOT MY DEBT",
    """To whoever reads this,

I have now had SEVEN calls in two weeks from your collections people (Acme Credit Services or
whatever they call themselves) asking for a "Mr Daniel Hughes". I told the first caller politely
that I don't know anyone of that name. I told the second one less politely. The woman who rang on
Tuesday at 8.15 in the morning, while I was trying to get my kids out of the door for school,
told me she "couldn't discuss the account" but then asked me to confirm my date of birth "for
security". I did not, obviously.

I've had this number for eleven years. I have never been a customer of yours, never had a
contract, never signed anything with you, and I have no connection with Mr Hughes whatsoever.
I rang your main customer line and after 40 minutes on hold was told that collections is "a
separate team" and they couldn't help me and to email this address instead. Brilliant.

So, two things. Firstly I want to know how my mobile number ended up attached to somebody else's
debt - who gave it to you, or did you buy it from somewhere? Secondly the calls and texts stop,
today. I don't consent to being contacted by you in any way and I object to you using my number
for anything at all.

If I get one more call I'm going to the ICO and frankly to the local paper too.

Priya Raman
07700 900418
""",
    R(["Information", "Opposition"], "priya.raman@fastmail.example", "Priya", "Raman"))

add("en-03-formal-sar", "Mr Tobias Ashworth-Clarke <t.ashworthclarke@ashworth.example>",
    "Subject access request - Article 15 GDPR",
    """Tobias Ashworth-Clarke
The Old Rectory
Church Lane
Little Haddon
OX7 4QT

16 November 2026

Data Protection Officer
Acme

Account number: 40-771-2093
Mobile number: 07700 900142

Dear Data Protection Officer,

Request for access to personal data - Article 15 GDPR

I am writing to exercise my right of access. Please provide me with a copy of all personal data
that you hold about me, together with the supplementary information required by Article 15(1)
(purposes, recipients, retention periods and source of the data).

For the avoidance of doubt, this request includes but is not limited to:

  1. my account and contract records, including any credit assessment carried out;
  2. call detail records (numbers called, dates, times, durations) for the last 12 months;
  3. notes made by your staff during calls or chats with me;
  4. recordings of any telephone calls I have had with your customer services;
  5. any records of searches made with credit reference agencies.

I would prefer to receive the information electronically at this e-mail address. I look forward to
your response within one month of receipt of this letter, as required.

Yours faithfully,

Tobias Ashworth-Clarke
""",
    R(["Access"], "t.ashworthclarke@ashworth.example", "Tobias", "Ashworth-Clarke"))

add("en-04-fada", "Siobhán O'Sullivan <siobhan.osullivan@eir-mail.example>",
    "Wrong name (and address) on my account",
    """Hi there,

My name has been spelt wrong on every single bill since I joined two years ago - you have me as
"Siobahn O Sullivan". It's Siobhán O'Sullivan (with the fada and the apostrophe please, if your
system can cope with that!).

Also I moved house in September. New address is 14 Harbour View, Cobh, Co. Cork, P24 XK20. The
girl in the shop said she'd update it but the October bill still went to the old flat in
Ballincollig.

Could you fix both please?

Thanks a million,
Siobhán
""",
    R(["Rectification"], "siobhan.osullivan@eir-mail.example", "Siobhán", "O'Sullivan"))

add("en-05-caps", "GORDON BRIGGS <gbriggs1951@oldmail.example>", "DELETE MY DETAILS",
    """I CANCELLED MY BROADBAND WITH YOU IN MARCH AFTER 9 YEARS AS A CUSTOMER. I DO NOT WANT YOU
KEEPING ANY OF MY DETAILS ON YOUR COMPUTERS. PLEASE REMOVE EVERYTHING YOU HAVE ON ME, MY NAME MY
ADDRESS MY BANK DETAILS THE LOT. AND CONFIRM IN WRITING WHEN IT IS DONE.

G. BRIGGS
(ACCOUNT WAS IN MY NAME AT 3 LARCH CLOSE, KETTERING)
""",
    R(["Erasure"], "gbriggs1951@oldmail.example", "Gordon", "Briggs"))

add("en-06-stop-texting", "Jazmin Kaur <jazmin.k@mobmail.example>", "stop",
    """stop texting me ur offers every other day i never asked for them. STOP. i replied STOP to the number like it says and they still keep coming

Sent from my Galaxy
""",
    R(["Opposition"], "jazmin.k@mobmail.example", "Jazmin", "Kaur"))

add("en-07-disputed-balance", "Callum Fraser <callum.fraser@lochmail.example>",
    "Disputed balance - account 55102938 - please hold",
    """Hello,

I received a letter from Acme Credit Services dated 2 November saying I owe £312.40 for an early
termination charge on my broadband contract. I dispute this. I left within the 30-day window
after your mid-contract price rise, which your own terms allow, and I have the chat transcript in
which your agent confirms that no charge would apply.

I've raised a complaint with customer services (ref C-884120), but in the meantime I'm told the
account could be reported to the credit reference agencies as a default at the end of the month.

I am therefore asking you to restrict the processing of my data relating to this balance - in
particular, not to pass anything to the credit reference agencies or to any third-party debt
collector - until the complaint has been resolved.

Regards,
Callum Fraser
""",
    R(["Restriction"], "callum.fraser@lochmail.example", "Callum", "Fraser"))

add("en-08-usage-csv", "Ngozi Adeyemi <ngozi.adeyemi@mailbox.example>", "Export of my usage data",
    """Hi,

I'm trying to work out whether I'm on the right tariff, and the comparison site I'm using asks me to
upload my usage history. Could you give me my call, text and data usage for the last 24 months
plus my billing history as a CSV (or any other file format a computer can read)? The PDF bills in
the app are no good for this.

I understand I'm entitled to this under the data portability right.

Thanks,
Ngozi
""",
    R(["Portability"], "ngozi.adeyemi@mailbox.example", "Ngozi", "Adeyemi"))

add("en-09-credit-declined", "Mateusz Nowak <m.nowak@postbox.example>",
    "Credit check declined - I want someone to actually look at it",
    """I applied online on Saturday for a handset contract (order 7781-AX). Within about ten seconds I
got a screen saying "we're unable to offer you credit at this time". No explanation whatsoever.

I have a good credit history, I've lived at the same address for six years and I have a mortgage.
I phoned and the agent told me it was "the system" and that nobody can override it.

I don't accept that a computer can just decide this on its own. Please have a human being review
my application properly.

Mateusz Nowak
""",
    R(["AutomatedDecision"], "m.nowak@postbox.example", "Mateusz", "Nowak"))

add("en-10-recordings-how-long", "Eleanor Whitcombe <e.whitcombe@academia.example>",
    "Call recordings - retention?",
    """Dear Privacy Team,

When I call your customer service line the recorded message says calls "may be recorded for
training and quality purposes". Could you tell me how long those recordings are kept, whether they
are transcribed or analysed by software, and whether they are shared with anyone outside Acme (for
instance an outsourced call centre abroad)?

To be clear, I'm not asking for my own recordings - I'd just like to understand how it works.

Kind regards,

Dr Eleanor Whitcombe
Senior Lecturer, School of Law
""",
    R(["Information"], "e.whitcombe@academia.example", "Eleanor", "Whitcombe"))

add("en-11-bill-up", "Bob Tennant <bob.tennant@home.example>", "bill",
    "why has my bill gone up from £34 to £39.50 this month nobody told me. acc no 33019284\nBob\n",
    R(["Unknown"], "bob.tennant@home.example", "Bob", "Tennant"))

add("en-12-pac-code", "Lucía Romero <lucia.romero@correo.example>", "Leaving - need my PAC code",
    """Hi,

I'm switching to another network and need my PAC code so I can keep my number (07700 900561). The
app just sends me round in circles and the chat bot keeps offering me a discount instead. Can you
send it to me please?

Thanks,
Lucía
""",
    R(["Unknown"], "lucia.romero@correo.example", "Lucía", "Romero"))

add("en-13-son-payg", "Helen Bancroft <helen.bancroft@family.example>",
    "My son's mobile - what do you hold about him?",
    """Hello,

My son Oliver (15) has a pay-as-you-go SIM with you which I bought for him last year; I top it up
from my card. Over the last few weeks he has been getting texts that seem to be targeted at him
(gaming offers, "student deals") and it's made me wonder what you actually know about him.

I'd like to see the information you hold on him: his registration details, what you record about
his usage and location, and whether any of it has been passed to anyone else. I'm his mother and
have parental responsibility; I'm happy to send his birth certificate and my own ID.

His number is 07700 900772.

Many thanks,
Helen Bancroft
""",
    R(["Access"], "helen.bancroft@family.example", "Oliver", "Bancroft", representative="Helen Bancroft"))

add("en-14-late-father", "Martin Finch <martin.finch@finchfamily.example>",
    "My late father's account - Gerald Finch",
    """Dear Sir or Madam,

My father, Gerald Finch, died on 14 August. His mobile and landline contracts with you were closed
through your bereavement team in September and the final bill was settled by the estate on
3 October (I have the confirmation).

Despite this, letters from Acme Credit Services addressed to him keep arriving at his house, which
my sister finds very upsetting when she goes round to collect the post.

As his executor, I would like you to delete my father's personal data from your systems now that
the account is closed and nothing is owed. I can send the death certificate and the grant of
probate if you need them.

Yours faithfully,
Martin Finch
""",
    R(["Erasure"], "martin.finch@finchfamily.example", "Gerald", "Finch", representative="Martin Finch"))

add("en-15-after-death", "Rosalind Kerr <ros.kerr@mailbox.example>",
    "Instructions for my data after my death",
    """Hello,

I'm sorry to start with something heavy. I have been diagnosed with a terminal illness and am
putting my affairs in order while I still can.

I've been a mobile and broadband customer of yours for many years and I also use your cloud
backup for the photos on my phone. I'd like to leave instructions about what should happen to my
data once I'm gone: the photos in the cloud backup should be made available to my daughter, Isla
Kerr, and everything else - call history, account records and so on - should be deleted as soon
as the law allows.

Could you tell me how I record these instructions with you, so that they are on file when the
time comes?

With thanks,
Rosalind Kerr
""",
    R(["AdvanceDirectives"], "ros.kerr@mailbox.example", "Rosalind", "Kerr"))

add("en-16-html-sar", "Kofi Boateng <kofi.boateng@webmail.example>", "Subject Access Request",
    html("Dear Sir/Madam,",
         "I am writing to make a <b>subject access request</b>. Please provide a copy of all "
         "personal data you hold about me, including my contract records, billing history, notes "
         "on my account and any call recordings.",
         "My details:<br>Kofi Boateng<br>Date of birth: 12/04/1988<br>Mobile: 07700 900233<br>"
         "Account: 61-220-9981",
         "I look forward to hearing from you within one month.",
         "Regards,<br>Kofi Boateng"),
    R(["Access"], "kofi.boateng@webmail.example", "Kofi", "Boateng"), ct=HTML)

add("en-17-dob-latin1", "René Dubois-Clarke <rene.dubois-clarke@mail.example>",
    "Incorrect date of birth on my account",
    """Hello,

During a credit check for a phone upgrade last week, the assistant at your Brighton store told me
that the date of birth you have on file for me is 03/07/1979. It is actually 07/03/1979 - it looks
as if someone swapped the day and the month (I'm half French, perhaps it was typed the
continental way round!). Apparently that's why the check didn't match with the credit agency.

Could you correct it please? In the meantime I've had to pay a £25 deposit, which isn't ideal.

Merci,
René Dubois-Clarke
""",
    R(["Rectification"], "rene.dubois-clarke@mail.example", "René", "Dubois-Clarke"),
    ct=LATIN1, encode="latin-1")

add("en-18-cp1252", "Harriet Lowe <harriet.lowe@inbox.example>",
    "Close my online account & stop the marketing",
    """Hi,

I’m still a broadband customer (happy with the service itself, for what it’s worth) but I’ve had
enough of the “exclusive offers”. Two things please:

– delete my “My Acme” online account and everything in it. I never use it, I pay by direct debit
and I don’t need it;
– take me off every marketing list you have — email, post, phone, all of it.

It’s been six “Black Friday” emails in a week. Six.

Harriet Lowe
""",
    R(["Erasure", "Opposition"], "harriet.lowe@inbox.example", "Harriet", "Lowe"),
    ct=CP1252, encode="cp1252")

add("en-19-store-fwd", "Rhys Tanner <rhys.tanner@acme-corp.example>",
    "FW: Request for CCTV footage and my data",
    """Hi team,

Customer came into Leeds Briggate on Saturday and then emailed the store inbox with the below. I
don't think it's something we can deal with in store - can you pick it up? She's expecting to hear
from someone.

Cheers,
Rhys Tanner
Store Manager, Leeds Briggate

---------- Forwarded message ---------
From: Fatima Zahra Benali <fz.benali@inbox.example>
Date: Sun, 15 Nov 2026 at 19:42
Subject: Request for CCTV footage and my data
To: <leeds.briggate@acme-corp.example>

Hello,

I was in your Briggate store on Saturday 14 November around 3pm to upgrade my phone. There was an
argument with another customer and one of your staff said it had "all been caught on camera".

I would like a copy of the CCTV footage showing me, and a copy of all the personal data you hold
about me on my account (including what the staff member wrote on my account that day).

Thank you,
Fatima Zahra Benali
07700 900388
""",
    R(["Access"], "fz.benali@inbox.example", "Fatima Zahra", "Benali"))

add("en-20-fwd-attached", "Kwame Mensah <kwame.mensah@acme-corp.example>",
    "Fw: please delete my data", "",
    R(["Erasure"], "gwen.llewellyn@post.example", "Gwen", "Llewellyn"),
    note="""Hi privacy team,

Not sure if this one is for you or for us - customer wants her data deleted after leaving. Can you
handle? I've told her it's been passed on.

Thanks,
Kwame
Customer Support (Email team)
""",
    attached=("Gwen Llewellyn <gwen.llewellyn@post.example>", "please delete my data",
              """Hello,

I moved my phone and broadband to another company at the end of October and the final bill has been
paid. I don't want you to keep my details any more. Please delete my personal data and close
everything in my name.

Account number 82-004-1196.

Gwen Llewellyn
"""))

add("en-21-solicitor", "Anjali Mehta <a.mehta@mehta-law.example>",
    "Our client: Mr Samuel Adebayo-Price - data access and restriction request",
    """Dear Sirs,

Our client: Mr Samuel Adebayo-Price, 22 Rookery Lane, Coventry CV3 5JH
Your reference: ACS/7731902

We act for the above-named client in connection with an alleged debt of £1,240.18 which your
collections division, Acme Credit Services, is seeking to recover from him in respect of a mobile
contract he states he never entered into. A signed form of authority is enclosed.

1. Pursuant to Article 15 of the GDPR, we request on our client's behalf copies of all personal
   data you hold concerning him, including collection notes, call recordings, correspondence, the
   application and identity documents relied upon when the contract was opened, and records of
   any disclosure to credit reference agencies or debt purchasers.

2. As our client contests the accuracy of the data on which the alleged debt is based, we further
   request that you restrict the processing of his personal data pursuant to Article 18(1)(a)
   pending verification, and in particular that no further collection activity or credit
   reporting takes place in the meantime.

We look forward to receiving your response within the statutory period.

Yours faithfully,

Anjali Mehta
Associate Solicitor
Mehta & Partners Solicitors LLP
T: 024 7946 0817

This email and any attachments are confidential and may be legally privileged. If you are not the
intended recipient, please notify the sender immediately and delete this email from your system.
Mehta & Partners Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority.
""",
    R(["Access", "Restriction"], "a.mehta@mehta-law.example", "Samuel", "Adebayo-Price",
      representative="Anjali Mehta"))

add("en-22-family-replyto", "The Okonkwo Family <okonkwo.family@homenet.example>",
    "Personalised offers setting - switch it off",
    """Hi,

I've just noticed in the My Acme app that "Personalised offers using your network data" is
switched on for my account. I never turned it on.

Please switch it off and stop using my location and browsing data for advertising or profiling of
any kind. For the record, I withdraw any consent you think I gave.

Chidi Okonkwo (account holder)
""",
    R(["Opposition"], "chidi.okonkwo@work.example", "Chidi", "Okonkwo"),
    headers=["Reply-To: Chidi Okonkwo <chidi.okonkwo@work.example>"])

add("en-23-ex-employee-business", "Yvonne Achterberg <yvonne.achterberg@brightline-freight.example>",
    "My personal details on a business account",
    """Good afternoon,

Until June I worked for Harlow Logistics Ltd and was the named contact on their business mobile
account with you (around 40 lines). At the time I gave my personal mobile number and my home
address as the out-of-hours contact for the account.

I have now left the company and I would like my personal number and home address removed from
that business account and your records. Harlow Logistics should give you a new contact - I have let
them know.

Kind regards,

Yvonne Achterberg
Senior Operations Planner | Brightline Freight Ltd
T: +44 20 7946 0321 | M: 07700 900652

This e-mail and any files transmitted with it are confidential and intended solely for the use of
the individual or entity to whom they are addressed. If you have received this e-mail in error
please notify the sender and delete it. Brightline Freight Ltd, registered in England and Wales,
no. 01234567. Please consider the environment before printing this e-mail.
""",
    R(["Erasure"], "yvonne.achterberg@brightline-freight.example", "Yvonne", "Achterberg"))

add("en-24-engineer-passport", "Dev Patel <devpatel@quickmail.example>",
    "engineer photographed my passport??",
    """Your engineer came on Thursday to install fibre. Before he would start he asked for ID and took a
photo of my passport on his own phone (not a company tablet as far as I could see).

Why is that needed for an install, how long will you keep it, and is it still on his personal
phone?? Please have it deleted from wherever it is now.

Sent from my iPhone
""",
    R(["Information", "Erasure"], "devpatel@quickmail.example", "Dev", "Patel"))

add("en-25-recordings-typos", "kayleigh m <kayleighm93@chatmail.example>", "recordings",
    """hi i want a copy of all the recordings of my calls to you lot and the notes ur agents wrote about me on my account, i was told on the phone i can ask here for it. my number is 07700900914 ta
kayleigh morris
""",
    R(["Access"], "kayleighm93@chatmail.example", "Kayleigh", "Morris"))

add("en-26-recycled-number", "Stefan Ionescu <stefan.ionescu@mailbox.example>",
    "Your collections team keeps calling me for Tomasz",
    """Hello,

I've had this number since May (new SIM - with you, as it happens). Ever since, I get calls
almost every day from your debt collection people asking for "Tomasz". I am not Tomasz and I don't
know him; I assume the number belonged to him before it was recycled.

Please delete my number from your collections records and stop calling me on it.

Stefan Ionescu
""",
    R(["Erasure", "Opposition"], "stefan.ionescu@mailbox.example", "Stefan", "Ionescu"))

add("en-27-payment-plan", "Ayesha Siddiqui <ayesha.siddiqui@mail.example>",
    "Late payments reported in error",
    """Dear Acme,

In March and April this year I was on a payment plan agreed with your agent on the phone on
28 February (reference PP-20931). I made every payment on the agreed dates.

I have just checked my credit file and it shows two late payments reported by Acme for exactly
those months. This is wrong and it is affecting a mortgage application.

Please correct these entries, both in your own records and with the credit reference agencies.
While you are looking into it, I'd ask that you do not use or share these entries any further.

Thank you,
Ayesha Siddiqui
Account 19-552-0037
""",
    R(["Rectification", "Restriction"], "ayesha.siddiqui@mail.example", "Ayesha", "Siddiqui"))

add("en-28-art21", "Prof. Henrik Lindqvist <h.lindqvist@uni.example>", "Objection under Article 21",
    """Dear Data Protection Officer,

I hereby object, under Article 21 GDPR, to the processing of my traffic and location data for the
"customer insights" purposes described in section 7 of your privacy notice, and to the sharing of
aggregated or pseudonymised data derived from my usage with your advertising partners.

Please confirm in writing that this processing has ceased.

Yours sincerely,
Prof. Henrik Lindqvist
Department of Computer Science
""",
    R(["Opposition"], "h.lindqvist@uni.example", "Henrik", "Lindqvist"))

add("en-29-where-from", "Moira Campbell <moira.campbell@thistle.example>",
    "Where did you get my name and address?",
    """Hello,

I have never been a customer of Acme, yet this week I received a letter addressed to me by name
offering "exclusive full-fibre deals for residents of Marchmont Road".

I'd like to know where you obtained my name and address, and on what basis you think you can use
them to write to me.

Moira Campbell
""",
    R(["Information"], "moira.campbell@thistle.example", "Moira", "Campbell"))

add("en-30-to-new-provider", "Wei Zhang <wei.zhang@mailhub.example>", "Data transfer to new provider",
    """Hello,

I'm moving my broadband and mobile to Northwind Telecom next month. Is it possible for you to send
my account data (contact details, contract history, usage history) directly to them in a
structured format, as Article 20 allows? Their data protection contact is dpo@northwind.example.

Best regards,
Wei Zhang
""",
    R(["Portability"], "wei.zhang@mailhub.example", "Wei", "Zhang"))

add("en-31-fraud-flag", "Giorgos Papadakis <g.papadakis@mail.example>",
    "SIM blocked by your fraud system",
    """Hi,

On Sunday my SIM was blocked and my account marked "suspected fraud" because (according to the
agent I eventually got through to) the system detected "unusual roaming activity". I was on
holiday in Crete visiting my family, which I do every single year. Nobody called me, it just
happened, and I was without a phone for three days with two small children abroad.

I want (1) a copy of all the data your system used to make that decision, and (2) a real person,
not an algorithm, to review it.

Giorgos Papadakis
""",
    R(["Access", "AutomatedDecision"], "g.papadakis@mail.example", "Giorgos", "Papadakis"))

add("en-32-deputy", "Lorraine Castellano-Reid <lorraine.cr@deputy.example>",
    "Arthur Pennington - request for records (Court of Protection deputyship)",
    """Dear Sir/Madam,

I am the court-appointed deputy for property and financial affairs for Mr Arthur Pennington (date
of birth 02/11/1939), who has advanced dementia and lives in residential care in Swindon.

In going through his bank statements I have found that earlier this year Mr Pennington appears to
have entered into two mobile phone contracts and a tablet agreement in your Swindon store. He has
no memory of this and no use for them.

Please provide me with copies of all personal data you hold about Mr Pennington, including the
signed agreements, any notes made during the sales process and the results of the credit checks
carried out. A copy of the deputyship order is attached.

Yours faithfully,

Lorraine Castellano-Reid
Professional Deputy
Castellano-Reid Deputyship Services
""",
    R(["Access"], "lorraine.cr@deputy.example", "Arthur", "Pennington",
      representative="Lorraine Castellano-Reid"))

add("en-33-two-words", "j.mcallister@postbox.example", "",
    "Delete my account. Number 07700 900123\n",
    R(["Erasure"], "j.mcallister@postbox.example"))

add("en-34-html-unsub", "Beatriz Alves <bea.alves@mailbox.example>", "unsubscribe",
    "<html><body><div>Please remove me from your mailing list. I have clicked unsubscribe at the "
    "bottom of your emails three times now and they keep coming.</div><div><br></div>"
    "<div>Beatriz</div><div><br></div><blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">"
    "<div><b>Acme Deals</b></div><div>Upgrade today and get 6 months half price!</div>"
    "<div><a href=\"https://acme-corp.example/unsubscribe\">Unsubscribe</a></div></blockquote>"
    "</body></html>\n",
    R(["Opposition"], "bea.alves@mailbox.example", "Beatriz", "Alves"), ct=HTML)

add("en-35-voiceprint", "Imogen Hartley-Boyd <imogen.hb@inbox.example>", "Voice ID - I do not consent",
    """Hello,

When I rang customer services yesterday I was told that my "voiceprint" is enrolled for Voice ID,
apparently because I said "yes" to something at the start of a call last year. I genuinely don't
remember agreeing to that and I'm not comfortable with it.

I withdraw my consent to voice biometrics and I want the stored voiceprint deleted.

Imogen Hartley-Boyd
""",
    R(["Opposition", "Erasure"], "imogen.hb@inbox.example", "Imogen", "Hartley-Boyd"))

add("en-36-deed-poll", "Alex Moreno-Whitfield <alex.mw@mail.example>", "Please update my title and name",
    """Hi,

I've changed my name by deed poll from Alexandra to Alex, and my title should be Mx, not Miss.
Could you update my account and the name printed on my bills? Happy to send a copy of the deed
poll if needed.

Thanks,
Alex Moreno-Whitfield
""",
    R(["Rectification"], "alex.mw@mail.example", "Alex", "Moreno-Whitfield"))

# --- tasks from staff -------------------------------------------------------

add("en-37-dpa-review", "Sophie Turnbull <sophie.turnbull@acme-corp.example>",
    "DPA review needed - Harrowgate Recoveries (new collections partner)",
    """Hi Privacy team,

Procurement here. We're onboarding Harrowgate Recoveries as a second collections agency for aged
debt over 180 days (go-live planned for 1 January). Legal have the MSA, but we need you to review
their data processing agreement and sub-processor list before we sign - they use an offshore
contact centre in Cape Town.

Could you take a look by Friday 27th? The documents are on the Procurement SharePoint under
Vendors > H > Harrowgate.

Thanks,
Sophie Turnbull
Category Manager - Professional Services
Acme
""",
    TASK("sophie.turnbull@acme-corp.example", "Sophie", "Turnbull"))

add("en-38-ropa-wifi", "Ravi Chandrasekaran <ravi.chandrasekaran@acme-corp.example>",
    "Record of processing - in-store Wi-Fi footfall analytics",
    html("Hi all,",
         "Quick one: Retail Insights have switched on footfall analytics on the guest Wi-Fi in 40 of "
         "our stores (it counts devices by MAC address to measure dwell time and repeat visits). "
         "Could you add it to the record of processing activities, and let me know if you need "
         "anything else from our side (supplier name, retention, etc.)?",
         "Thanks,<br>Ravi Chandrasekaran<br>Retail Insights Lead"),
    TASK("ravi.chandrasekaran@acme-corp.example", "Ravi", "Chandrasekaran"), ct=HTML)

add("en-39-dpia-transcription", "Claire Donnelly <claire.donnelly@acme-corp.example>",
    "DPIA for AI call transcription pilot",
    """Hi,

The contact centre wants to pilot a speech analytics tool (vendor: Sonara) that would transcribe
every inbound call and score agent performance and customer sentiment. Pilot is meant to start in
Sunderland in January with ~200 agents.

I've been told we need a DPIA before we go ahead. Can you kick that off? I can pull together the
vendor docs and a process flow this week.

Claire Donnelly
Head of Contact Centre Transformation
""",
    TASK("claire.donnelly@acme-corp.example", "Claire", "Donnelly"))

add("en-40-questionnaire", "Marcus Feld <marcus.feld@acme-corp.example>",
    "FW: Annual supplier data protection questionnaire - Kingsbridge NHS Trust",
    """Hi both,

Kingsbridge Trust (enterprise mobile fleet, 2,300 SIMs) have sent their annual supplier data
protection questionnaire. Sections 4-6 are about how we process their staff's data,
sub-processors and international transfers - could privacy complete those? They want it back by
4 December, the rest I can do with Security.

Cheers,
Marcus Feld
Enterprise Account Manager, Public Sector

-----Original Message-----
From: Procurement Compliance <supplier.assurance@kingsbridge-nhs.example>
Sent: 12 November 2026 16:20
To: Marcus Feld <marcus.feld@acme-corp.example>
Subject: Annual supplier data protection questionnaire

Dear Supplier,

As part of our annual assurance process please complete the attached questionnaire and return it
by 4 December 2026.

Kind regards,
Supplier Assurance Team
""",
    TASK("marcus.feld@acme-corp.example", "Marcus", "Feld"))

add("en-41-training", "Nadia Rahman <nadia.rahman@acme-corp.example>",
    "Privacy session for retail area managers?",
    """Hello,

Following the ID photocopy issues in the South West stores, our Regional Director would like a
45-minute session on data protection for the 12 area managers at the quarterly meeting on
9 December in Birmingham.

Could someone from your team run it? Topics we'd like covered: copying ID documents, customers'
phones left in for repair, and what staff can and can't tell a caller about someone else's
account.

Thanks,
Nadia Rahman
Retail Operations Business Partner
""",
    TASK("nadia.rahman@acme-corp.example", "Nadia", "Rahman"))

# --- incidents --------------------------------------------------------------

add("en-42-laptop-stolen", "Oliver Grant <oliver.grant@acme-corp.example>", "URGENT - laptop stolen",
    """Hi,

My work laptop was stolen from my car at Reading services last night around 9pm. Police ref
43260391128. It is BitLocker encrypted I think, but I had an Excel export of about 1,800
collections accounts (names, addresses, balances, phone numbers) saved on the desktop for the
arrears project.

IT have been told. What else do I need to do?

Oliver Grant
Collections Analyst, Acme Credit Services
""",
    INC("oliver.grant@acme-corp.example", "Oliver", "Grant"))

add("en-43-other-account-app", "Chloe Wainwright <chloe.wainwright@mail.example>",
    "I can see someone else's account in your app!",
    """Hello,

When I logged in to the My Acme app this morning it showed me a completely different person's
account - name "K. Osei", an address in Croydon, their last three bills and a list of the numbers
they've called. I logged out and back in and it's still there. I haven't done anything unusual.

Surely this shouldn't be happening? And presumably someone else could be looking at mine right
now. I thought you'd want to know straight away.

Chloe Wainwright
""",
    INC("chloe.wainwright@mail.example", "Chloe", "Wainwright"))

add("en-44-mail-merge", "Gareth Pryce <gareth.pryce@acme-corp.example>",
    "Letter batch error - notice of default letters",
    """Privacy team,

This morning we found that Tuesday's batch of "notice of default" letters (batch NDL-1118,
236 letters) was printed with a mail-merge offset: each letter carried the name and address of one
customer but the account number, balance and arrears history of the next customer on the list.
The letters were posted by our print supplier on Wednesday.

We have stopped tomorrow's batch. Three customers have already rung in about it.

Please advise on next steps - do we need to notify the ICO and write to the customers affected?

Gareth Pryce
Operations Manager, Acme Credit Services
Ext. 4471
""",
    INC("gareth.pryce@acme-corp.example", "Gareth", "Pryce"))

add("en-45-phish-click", "Janine Holt <janine.holt@acme-corp.example>", "FW: think I've done something stupid",
    """Hi,

Forwarding below from one of my agents in Sunderland. She clicked a link in an email pretending to
be the HR payslip portal and entered her network username and password at about 10:40. She
reported it to the IT service desk, who reset her password at 11:15. She has access to the CRM
(customer contracts and call notes).

Flagging in case it needs logging.

Janine Holt
Team Leader, Customer Care

-----Original Message-----
From: Bethany Cole <bethany.cole@acme-corp.example>
Sent: 16 November 2026 11:02
To: Janine Holt <janine.holt@acme-corp.example>
Subject: think I've done something stupid

Janine, I got an email about my payslip and clicked the link and put my login in, then it just
went to a blank page. Sorry!!
""",
    INC("janine.holt@acme-corp.example", "Janine", "Holt"))

add("en-46-van-broken-into", "Lee Barnett <lee.barnett@acme-corp.example>", "van broken into",
    """hi van got broken into overnight outside my house in walsall, they took the work tablet and the folder with todays job sheets (8 customers, names addresses phone numbers and notes with door codes for 2 of the blocks of flats). reported to police and my manager said to email privacy as well. tablet has a pin on it

Lee Barnett
Field Engineer

Sent from my iPhone
""",
    INC("lee.barnett@acme-corp.example", "Lee", "Barnett"))

# --- follow-ups -------------------------------------------------------------

add("en-47-id-attached", "Ewa Kowalczyk <ewa.kowalczyk@mail.example>",
    "Re: [DSR-48213] We have received your request",
    """Hello,

Please find attached a scan of my driving licence and a recent bill, as you asked.

Regards,
Ewa

On Fri, 13 Nov 2026 at 10:02, Acme Privacy Team <privacy@acme-corp.example> wrote:
> Dear Ewa Kowalczyk,
>
> Thank you for contacting Acme. We have received your request and registered it under
> reference DSR-48213.
>
> To protect your data we need to verify your identity. Please reply to this e-mail with a copy
> of a photo ID and a proof of address dated within the last three months.
>
> Kind regards,
> Acme Privacy Team
""",
    FU("48213", "ewa.kowalczyk@mail.example", "Ewa", "Kowalczyk"))

add("en-48-still-no-hold", "Callum Fraser <callum.fraser@lochmail.example>",
    "Re: Disputed balance - account 55102938 - please hold",
    """Hello again,

It has been more than three weeks since my email below and I've had no reply at all. Today I got
another letter from Acme Credit Services threatening to register a default.

Please confirm that the account has been put on hold as I asked.

Callum

On 16 Nov 2026, at 09:06, Callum Fraser <callum.fraser@lochmail.example> wrote:
> Hello,
>
> I received a letter from Acme Credit Services dated 2 November saying I owe £312.40 for an
> early termination charge on my broadband contract. I dispute this.
> [...]
> I am therefore asking you to restrict the processing of my data relating to this balance
""",
    FU(ref("en-07-disputed-balance"), "callum.fraser@lochmail.example", "Callum", "Fraser"),
    headers=irt("en-07-disputed-balance"))

add("en-49-ico-warning", "Tariq Hussain <tariq.hussain@mail.example>", "[DSR-51007] STILL WAITING",
    """I sent my access request on 8 October and you acknowledged it the same day with the reference
above. That is now 39 days. The legal deadline is one month.

If I don't receive my data by Friday I will be complaining to the Information Commissioner's
Office.

Tariq Hussain
""",
    FU("51007", "tariq.hussain@mail.example", "Tariq", "Hussain"))

add("en-50-voice-id-again", "Imogen Hartley-Boyd <imogen.hb@inbox.example>",
    "Re: Voice ID - I do not consent",
    """Hi,

Further to my email below: I called again this morning about a billing question and the system
still asked me to "say: my voice is my password". So I assume nothing has been done yet?

Could someone let me know where this is up to.

Imogen

> When I rang customer services yesterday I was told that my "voiceprint" is enrolled for Voice
> ID [...] I withdraw my consent to voice biometrics and I want the stored voiceprint deleted.
""",
    FU(ref("en-35-voiceprint"), "imogen.hb@inbox.example", "Imogen", "Hartley-Boyd"),
    headers=irt("en-35-voiceprint"))

# --- nothing to create ------------------------------------------------------

add("en-51-removal-service", "PrivacyShield Pro <offers@privacyshield-pro.example>",
    "Your customers' data is exposed - we DELETE it from 500+ data brokers",
    """Dear Data Protection Officer,

Did you know that the personal data of your customers and employees is being sold by over 500
data brokers right now?

PrivacyShield Pro automatically sends erasure requests on your behalf and removes personal data
from people-search sites, marketing databases and the dark web. GDPR compliant. Results in 72h.

>> Book your FREE exposure scan today: https://privacyshield-pro.example/scan?ref=acme

Special offer for telecom operators: 40% off annual plans until 30 November.

To stop receiving these emails reply REMOVE.
""",
    IGN("spam", "offers@privacyshield-pro.example"), headers=SPAM_HDR)

add("en-52-mailbox-quota", "Acme IT Helpdesk <helpdesk@acme-corp-support.example>",
    "Mailbox quota exceeded - action required within 24 hours",
    """Dear user,

Your mailbox privacy@acme-corp.example has exceeded its storage limit (49.8 GB / 50 GB). Incoming
messages will be rejected after 24 hours.

To avoid interruption please verify your account and increase your quota here:

https://acme-corp-support.example/owa/verify

IT Service Desk
This is an automated message, please do not reply.
""",
    IGN("spam", "helpdesk@acme-corp-support.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-support.example")])

add("en-53-inheritance", "Barrister Mohammed Sani <sani.chambers@lawmail.example>",
    "CONFIDENTIAL: unclaimed funds of your deceased customer",
    """Dear Sir/Madam,

I am Barrister Mohammed Sani, personal attorney to the late Engr. Richard Acheson, a customer of
your company who died with his entire family in a road accident. He left the sum of
US$8,500,000 (Eight Million Five Hundred Thousand United States Dollars) in a security deposit
with no next of kin.

As his telephone provider you hold his personal records, and I propose that you stand as beneficiary
so the funds can be released. You will receive 40% for your assistance. Kindly reply with your full
name, direct telephone number and bank details for the transfer.

Please treat this as strictly confidential.

Barrister Mohammed Sani (Esq.)
""",
    IGN("spam", "sani.chambers@lawmail.example"))

add("en-54-seo", "Ryan | RankRocket <ryan@rankrocket-seo.example>", "Quick question about acme-corp.example",
    """Hi there,

I was looking at acme-corp.example and noticed you're not on page 1 of Google for "cheap broadband
deals" or "best SIM only". Your competitors are getting that traffic instead of you.

We've helped 200+ companies rank on page 1 in under 90 days. Would you be open to a quick
10-minute call this week? I can send over a free audit.

Best,
Ryan
RankRocket SEO

If you don't want to hear from me again, just reply "no thanks".
""",
    IGN("spam", "ryan@rankrocket-seo.example"))

add("en-55-ooo", "Farah Al-Masri <farah.almasri@consultancy.example>",
    "Automatic reply: [DSR-50332] We have received your request",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access to
email. For urgent matters please contact my colleague Tom Reeve on tom.reeve@consultancy.example.

Kind regards,
Farah Al-Masri
""",
    IGN("auto_reply", "farah.almasri@consultancy.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-56-newsletter", "DataLaw Weekly <newsletter@datalawweekly.example>",
    "DataLaw Weekly #212: telecom fined for nuisance calls; DSAR deadlines explained",
    html("<b>DataLaw Weekly</b> - issue 212",
         "<b>Regulator fines telecom operator £1.2m for nuisance calls</b><br>The fine follows 3,400 "
         "complaints about marketing calls to numbers registered with the TPS...",
         "<b>Explainer: when does the one-month DSAR deadline start?</b><br>We look at identity "
         "checks, clarification requests and extensions...",
         "<b>Webinar</b>: Debt collection and data protection - 3 December, 12:30.",
         "You are receiving this because you subscribed at datalawweekly.example. "
         "<a href=\"https://datalawweekly.example/unsub?u=88213\">Unsubscribe</a>"),
    IGN("bulk", "newsletter@datalawweekly.example"), ct=HTML,
    headers=["List-Id: DataLaw Weekly <weekly.datalawweekly.example>",
             "List-Unsubscribe: <https://datalawweekly.example/unsub?u=88213>",
             "Precedence: bulk"])

add("en-57-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
