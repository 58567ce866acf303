from common import *  # part en: written blind

add("en-01-what-have-you-got",
    "Raj Patel <raj.patel84@mailbox.example>",
    "quick question",
    "hi what info have you lot actually got stored about me? bought a washing machine in march and now im getting stuff from everywhere\n\nsent from my phone\n",
    R(["Access"], "raj.patel84@mailbox.example", "Raj", "Patel"))

add("en-02-sofa-saga-wipe-me",
    "Margaret O'Sullivan <maggie.osullivan@homenet.example>",
    "Complaint - order 7731902 - and I want my details removed",
    """To whom it may concern,

I am writing because frankly I have run out of patience with your company. On the 2nd of October I
ordered a three-seater corner sofa from your Croydon store. I was promised delivery within 14 days.
The first delivery slot was cancelled by text message at 7am on the day, after I had taken the day
off work. The second delivery arrived with the wrong fabric. The third time, your installers
scratched the hallway paintwork, left the packaging in my front garden and one of them was, to put it
mildly, rude to my elderly mother who lives with me.

Customer services have promised me a call back four times. Nobody has ever called.

I have decided I am done with Acme. Once the refund for the sofa has gone through, I want my
customer account, my loyalty points, my order history and whatever else you keep on me taken off
your systems for good. I do not want to be a customer of yours in any shape or form.

Separately I expect a written apology and compensation for the paintwork, and I have photographs.
I have also left reviews online and I will be contacting Trading Standards if the refund is not in
my account by the end of the month.

Margaret O'Sullivan
""",
    R(["Erasure"], "maggie.osullivan@homenet.example", "Margaret", "O'Sullivan"))

add("en-03-optician-art15",
    "Dr Adebayo Okonkwo <a.okonkwo@okonkwo-family.example>",
    "Subject access request under Article 15 UK GDPR",
    """Dear Data Protection Officer,

I am a patient of the Acme Opticians branch in Kingston upon Thames and have had eye examinations
there in 2021, 2023 and 2025.

Pursuant to Article 15 of the UK GDPR, I request confirmation as to whether you process personal
data concerning me and, where that is the case, a copy of that data, including but not limited to:
my clinical records, retinal photographs and OCT scans, prescriptions issued, notes made by the
optometrists, and any records of contact lens fittings.

Please respond within one calendar month of receipt. I can supply proof of identity on request.

Yours faithfully,

Dr Adebayo Okonkwo
14 Elm Grove, Kingston upon Thames
""",
    R(["Access"], "a.okonkwo@okonkwo-family.example", "Adebayo", "Okonkwo"))

add("en-04-stop-texting-caps",
    "<sms.user.4471@phonemail.example>",
    "STOP",
    "STOP SENDING ME TEXT MESSAGES ABOUT YOUR BLACK FRIDAY SALE I NEVER AGREED TO THIS. 3 TEXTS TODAY. TAKE MY NUMBER OFF YOUR LIST NOW\n",
    R(["Opposition"], "sms.user.4471@phonemail.example"))

add("en-05-moved-house",
    "Tomasz Wiśniewski <tomasz.wisniewski@correo.example>",
    "change of adress",
    """Hello,

I moved last month from Reading to Bristol and your website doesnt let me change the billing
address on my store card (it says contact us). New address is Flat 3, 22 Cotham Hill, Bristol
BS6 6LA. Also my surname is spelled wrong on the card statements, its Wiśniewski not Wisniewsky.

Can you sort both please.

Tomasz
""",
    R(["Rectification"], "tomasz.wisniewski@correo.example", "Tomasz", "Wiśniewski"))

add("en-06-audiogram-to-new-clinic",
    "Eileen Fairbrother <eileen.fairbrother@seniors-mail.example>",
    "Moving my hearing aid records",
    """Dear Sir or Madam,

I have worn hearing aids fitted at your Harrogate hearing centre since 2019. I am moving to be near my
daughter in Cornwall and will be looked after by ClearSound Audiology in Truro from January.

They have asked me to get my audiograms and the programming settings of my aids from you in an
electronic file their fitting software can read (they mentioned NOAH). Could you please send these
straight to them at records@clearsound-truro.example, or to me if that is easier.

Thank you for all your help over the years, the staff in Harrogate have been lovely.

Kind regards,
Eileen Fairbrother (Mrs)
""",
    R(["Portability"], "eileen.fairbrother@seniors-mail.example", "Eileen", "Fairbrother"))

add("en-07-store-card-who-sees",
    "Priya Raghunathan <priya.r@fastmail.example>",
    "Acme store card - credit checks",
    html("Hi,",
         "I am thinking of applying for the Acme store card to spread the cost of a new kitchen, but before I do I "
         "would like to understand a few things. Which credit reference agencies do you search and share my details "
         "with? Is the card actually run by a bank rather than by Acme? And how long do you hold on to the "
         "application if I am turned down or close the card later on?",
         "Thanks in advance,<br>Priya Raghunathan"),
    R(["Information"], "priya.r@fastmail.example", "Priya", "Raghunathan"), ct=HTML)

add("en-08-card-declined-by-computer",
    "Declan Murphy <declan.murphy@eiremail.example>",
    "Declined in 4 seconds??",
    """Applied for your store card online last night for a dishwasher, got declined literally seconds
after pressing submit. No person could have looked at that. I have a good credit history, have
been in the same job 11 years and own my house.

I want the decision looked at again by an actual human being who can see my circumstances, not
an algorithm. Reference on screen was APP-88213.

Declan Murphy
""",
    R(["AutomatedDecision"], "declan.murphy@eiremail.example", "Declan", "Murphy"))

add("en-09-missed-payments-wrong",
    "Hannah Whitcombe <h.whitcombe@wmail.example>",
    "Your records are wrong - extended warranty direct debit",
    """Dear Acme,

According to a letter I received your system shows that I missed three monthly payments on my
extended warranty plan for the tumble dryer (plan no. EW-2290431). This is not true: the direct debits
were taken every month and I have the bank statements to prove it.

Please correct your records. While you are looking into it I do not want this information used for
anything or passed to the collection agency mentioned in your letter - put it on hold until it has
been checked.

Regards,
Hannah Whitcombe
07700 900412
""",
    R(["Rectification", "Restriction"], "h.whitcombe@wmail.example", "Hannah", "Whitcombe"))

add("en-10-mum-for-teenager",
    "Claire Brennan <claire.brennan@familyhub.example>",
    "My son's account",
    """Hello,

My son Oliver (he is 14) signed himself up to your Acme Rewards app so he could get a discount on a
gaming chair. He used his own email, oliver.brennan.2012@kidsmail.example. I am not comfortable
with this at all. As his mother I would like the account and everything attached to it closed and
deleted.

I can send his birth certificate if you need proof that I am his parent.

Claire Brennan
""",
    R(["Erasure"], "claire.brennan@familyhub.example", "Oliver", "Brennan", representative="Claire Brennan"))

add("en-11-late-father",
    "Susan Atkinson-Reid <susan.ar@northmail.example>",
    "Gerald Atkinson (deceased)",
    """Dear Sir/Madam,

My father, Gerald Atkinson, of 3 Mill Lane, Skipton, passed away on 19 September. I am the executor of
his estate.

He had an online account with you and an Acme store card (now paid off). Please close his account and
delete his details, and make sure he is taken off every mailing list - it is very upsetting for my
mother to keep receiving catalogues addressed to him.

A copy of the death certificate and grant of probate can be provided.

Yours sincerely,
Susan Atkinson-Reid
""",
    R(["Erasure", "Opposition"], "susan.ar@northmail.example", "Gerald", "Atkinson",
      representative="Susan Atkinson-Reid"))

add("en-12-solicitor-cctv",
    "Jonathan Pryce <jpryce@pryce-hale-law.example>",
    "Our client: Mr Kwame Mensah - SAR - incident at Acme Wembley 03/09/2026",
    """Dear Sirs,

We act for Mr Kwame Mensah in connection with a slip and fall he suffered at your Wembley store on
3 September 2026 at approximately 14:20.

On behalf of our client and with his signed authority (enclosed), we make a subject access request for
all personal data you hold relating to him, in particular: CCTV footage of the fall and of the
aisle in the hour preceding it, the accident book entry, any internal incident reports, witness
statements and correspondence concerning the incident.

Please preserve the footage pending your response. Kindly reply to the undersigned.

Yours faithfully,

Jonathan Pryce
Partner, Pryce & Hale Solicitors LLP
T: 020 7946 0183
This email and any attachments are confidential and may be legally privileged. If you have received it
in error please notify the sender and delete it.
""",
    R(["Access"], "jpryce@pryce-hale-law.example", "Kwame", "Mensah", representative="Jonathan Pryce"))

add("en-13-send-then-wipe",
    "Lucy Tran <lucytran.design@pixmail.example>",
    "my data",
    "hiya, can u send me over everything u have on me first pls and once ive had a look id like it all wiped, accont included. cheers lucy\n",
    R(["Access", "Erasure"], "lucytran.design@pixmail.example", "Lucy", "Tran"))

add("en-14-keep-account-no-catalogue",
    "Bernard Ashworth <bernard.ashworth@oldtown.example>",
    "Paper catalogue",
    """Good afternoon,

To be clear I don't want my account closed or anything drastic, I still buy from you now and again.
I'd just like the thick paper catalogue to stop coming through my letterbox every season, and the
leaflets that come with it. It all goes straight into the recycling.

Many thanks,
Bernard Ashworth
""",
    R(["Opposition"], "bernard.ashworth@oldtown.example", "Bernard", "Ashworth"))

add("en-15-where-did-you-get-my-name",
    "The Hendersons <hendersons.home@familymail.example>",
    "Letter from Acme Hearing",
    """Hi,

This morning I got a letter from "Acme Hearing Centres" inviting me for a free hearing test "as a valued
customer aged over 60". I have never been to one of your hearing centres or opticians and I'm 58.

Where did you get my name, my address and my age from? Who gave them to you?

Mark Henderson
""",
    R(["Information"], "mark.henderson@inbox.example", "Mark", "Henderson"),
    headers=["Reply-To: Mark Henderson <mark.henderson@inbox.example>"])

add("en-16-fridge-not-here",
    "Gary Pinto <garypinto@quickmail.example>",
    "order 55123",
    "where is my fridge freezer, was ment to come tuesday between 8 and 12, nobody came, nobody rang. second time this happened\n\nGary\n",
    R(["Unknown"], "garypinto@quickmail.example", "Gary", "Pinto"))

add("en-17-cc-forward-inline",
    "Becky Harlow <becky.harlow@acme-corp.example>",
    "FW: what do you store about me",
    """Hi privacy team,

Customer below wrote into the care inbox, looks like one for you. I've told him you'll be in touch.

Thanks,
Becky Harlow
Customer Care Advisor | Acme Home
Ext. 4418

---------- Forwarded message ---------
From: Ahmed Siddiqui <a.siddiqui@webpost.example>
Date: Sat, 14 Nov 2026 at 21:13
Subject: what do you store about me
To: customercare@acme-corp.example

Hello, I have been a customer for years (kitchen, two TVs, glasses from your opticians). I would like
to see all of the personal information Acme has on file about me, across the shop and the opticians.

Ahmed Siddiqui
""",
    R(["Access"], "a.siddiqui@webpost.example", "Ahmed", "Siddiqui"))

add("en-18-store-forward-attached", "Dan Whitfield <dan.whitfield@acme-corp.example>",
    "Fwd: personalised adverts", "",
    R(["Opposition"], "fiona.g@postbox.example", "Fiona", "Galbraith"),
    note="Hi both, this came into the Leeds store mailbox, forwarding as attachment. Not sure who picks these up.\n\nDan\nStore Manager, Acme Leeds White Rose",
    attached=("Fiona Galbraith <fiona.g@postbox.example>", "personalised adverts",
              "Hello,\n\nSince I bought a cot from you I get adverts for baby products from Acme on every website and app I use. "
              "I don't want you using what I buy to build a profile of me and target me. Please stop doing this.\n\nFiona Galbraith\n"))

add("en-19-married-name",
    "Siobhán Ní Bhriain <siobhan.nibhriain@celtmail.example>",
    "Name change on my account",
    """Hi there,

I got married in the summer and I’d like my name on my Acme account and on my opticians’ record updated
from “Siobhán Ní Bhriain” to “Siobhán Kavanagh”. My email stays the same.

Also my date of birth shows as 03/11 when it should be 11/03 – I think it got entered the American way.

Go raibh maith agat,
Siobhán
""",
    R(["Rectification"], "siobhan.nibhriain@celtmail.example", "Siobhán", "Ní Bhriain"),
    encode="cp1252", ct=CP1252)

add("en-20-procurement-style",
    "Rebecca Lindqvist-Hall <r.lindqvisthall@brightwell-group.example>",
    "Personal data request - R. Lindqvist-Hall",
    """Good morning,

In a private capacity (not on behalf of my employer) I would like to receive all personal information
Acme holds about me, including recordings of my calls to your installation helpline in August and
the notes your installer made on his visit.

In addition, please let me know how long you intend to keep those call recordings and on what basis.

Best regards,

Rebecca Lindqvist-Hall
Senior Procurement Manager
Brightwell Group plc | 1 Canal Side, Manchester M1 2AB
M: +44 7700 900 861

CONFIDENTIALITY NOTICE: This message is intended only for the addressee. If you are not the intended
recipient, any use, disclosure or copying is prohibited. Brightwell Group plc, registered in England
no. 01234567.
""",
    R(["Access", "Information"], "r.lindqvisthall@brightwell-group.example", "Rebecca", "Lindqvist-Hall"))

add("en-21-task-dpa-courier",
    "Nathan Cole <nathan.cole@acme-corp.example>",
    "DPA review needed - SwiftDrop last-mile delivery",
    """Hi Privacy,

We're onboarding SwiftDrop Logistics as a second two-man delivery partner for the North West from
1 February. Legal have their standard terms but their data processing agreement is attached and I
need your sign-off on it before we can raise the PO. They'll get customer names, addresses, phone
numbers and delivery notes.

Could you have a look by end of next week?

Cheers,
Nathan Cole
Category Buyer - Logistics
""",
    TASK("nathan.cole@acme-corp.example", "Nathan", "Cole"))

add("en-22-task-dpia-hearing-app",
    "Amira Haddad <amira.haddad@acme-corp.example>",
    "DPIA for the new hearing aid companion app",
    """Hello team,

Product is about to start building the "Acme Hear+" companion app that lets customers adjust
their hearing aids and shares usage logs with the audiologist. Since it involves health data I
assume we need a DPIA. Can someone from privacy join our kick-off on Thursday at 10:00 and tell us
what you need from us?

Thanks,
Amira Haddad
Product Owner, Digital Health
""",
    TASK("amira.haddad@acme-corp.example", "Amira", "Haddad"))

add("en-23-task-ropa-cctv",
    "Owen Price <owen.price@acme-corp.example>",
    "Register of processing - new cameras at Daventry DC",
    """Hi,

FYI we installed 24 new CCTV cameras at the Daventry distribution centre last week, including two
covering the staff car park with number plate recognition. Facilities tell me the record of processing
activities needs updating and a new signage text. Could you please take care of that or tell me what
info you need?

Owen Price
Site Security Lead
""",
    TASK("owen.price@acme-corp.example", "Owen", "Price"))

add("en-24-inc-laptop-car",
    "Craig Dunmore <craig.dunmore@acme-corp.example>",
    "URGENT laptop stolen",
    """Someone smashed my car window at the services on the M6 last night and took my work bag with
my laptop in it. It has BitLocker I think but I had a spreadsheet of this month's kitchen installation
bookings on the desktop (customer names, addresses, phone numbers, about 300 rows). Police crime
ref 13/88123/26. IT already know.

Craig Dunmore
Regional Installation Manager
07700 900 223
""",
    INC("craig.dunmore@acme-corp.example", "Craig", "Dunmore"))

add("en-25-inc-someone-elses-invoice",
    "Jenny Walsh <jenny.walsh@greenleaf.example>",
    "I've been sent someone else's invoice",
    """Hi,

I got my order confirmation email for a microwave today but the PDF invoice attached is for a
completely different person - a Mr D. Kowalczyk in Norwich, with his address, phone number and what
he bought (and the last 4 digits of his card). I haven't done anything with it, thought you should know
since it's obviously not right. My order number is 9918230.

Jenny
""",
    INC("jenny.walsh@greenleaf.example", "Jenny", "Walsh"))

add("en-26-inc-docusign-click",
    "Paul Okafor <paul.okafor@acme-corp.example>",
    "I think I fell for a phishing email",
    """Hi,

About 20 minutes ago I opened an email that looked like a DocuSign request from one of our suppliers
and I typed in my Microsoft password on the page it took me to. Then it just went blank. I've changed
my password now. I have access to the HR shared drive (payroll and absence records). Sorry. What should
I do next?

Paul Okafor
HR Advisor
""",
    INC("paul.okafor@acme-corp.example", "Paul", "Okafor"))

add("en-27-fu-five-weeks",
    "Alan Greaves <alan.greaves@pennine.example>",
    "Re: [DSR-40817] We have received your request",
    """It's now been five weeks since this acknowledgement and I've had nothing else. The law says a
month. When can I expect my information?

Alan Greaves

> Thank you for contacting Acme. Your request has been registered under reference DSR-40817.
> We will respond within one month.
""",
    FU("40817", "alan.greaves@pennine.example", "Alan", "Greaves"))

add("en-28-fu-lucy-old-address",
    "Lucy Tran <lucytran.design@pixmail.example>",
    "Re: my data",
    "oh and i forgot, i used to use lucy.t.1994@oldmail.example for my account before, so pls include that one too x\n",
    FU(ref("en-13-send-then-wipe"), "lucytran.design@pixmail.example", "Lucy", "Tran"),
    headers=irt("en-13-send-then-wipe"))

add("en-29-spam-seo-gdpr",
    "Rank Boost Agency <growth@rankboost-seo.example>",
    "Acme-corp.example: GDPR-friendly SEO audit (free)",
    """Hi there,

I was checking acme-corp.example and noticed 37 issues holding your rankings back. Our GDPR-compliant
SEO package gets you to page 1 of Google in 30 days, guaranteed. We never store personal data!

Reply YES for your free audit. If you don't want more emails reply "delete my data" and we'll remove you.

Best,
Kelly | Growth Specialist
""",
    IGN("spam", "growth@rankboost-seo.example"), headers=SPAM_HDR)

add("en-30-spam-dark-web",
    "Identity Shield <alerts@id-shield-secure.example>",
    "WARNING: your personal data was found on the dark web",
    """Dear customer,

Our scanners detected YOUR email, password and bank details for sale on 4 dark web markets.

Click below within 24 hours to permanently DELETE your personal data from these sites and protect
your identity:

https://id-shield-secure.example/remove-now

Failure to act may result in identity theft.
Identity Shield Protection Team
""",
    IGN("spam", "alerts@id-shield-secure.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="id-shield-secure.example")])

add("en-31-ooo",
    "Graham Fletcher <graham.fletcher@fletcher-kitchens.example>",
    "Automatic reply: Installation schedule week 47",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access to
email. For urgent matters please contact the office on 0113 496 0571.

Graham
""",
    IGN("auto_reply", "graham.fletcher@fletcher-kitchens.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-32-newsletter-privacy-weekly",
    "Privacy Pro Weekly <newsletter@privacypro-weekly.example>",
    "This week: ICO fines, cookie banners and the new adequacy decision",
    html("<b>Privacy Pro Weekly</b> - issue #212",
         "The ICO has fined a retailer 1.2m for marketing texts sent without consent. Plus: five cookie banner "
         "patterns regulators hate, and what the new adequacy decision means for your transfers.",
         "You are receiving this because you subscribed at privacypro-weekly.example. "
         "<a href='https://privacypro-weekly.example/unsub'>Unsubscribe</a>"),
    IGN("bulk", "newsletter@privacypro-weekly.example"), ct=HTML,
    headers=["List-Id: Privacy Pro Weekly <weekly.privacypro-weekly.example>",
             "List-Unsubscribe: <https://privacypro-weekly.example/unsub>",
             "Precedence: bulk"])

add("en-33-bounce",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
