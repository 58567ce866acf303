# Development set 22, English. Organisation: veterinary clinic chain with pet insurance,
# an online pet-food subscription shop and a pet-sitting app. Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("en-01-whats-on-file", "tom.hargreaves@mailbox.example", "query",
    "What have you lot actually got on file about me? Tom Hargreaves\n",
    R(["Access"], "tom.hargreaves@mailbox.example", "Tom", "Hargreaves"))

add("en-02-claim-rejected-story", "Rachel Blythe <rachel.blythe@inbox.example>",
    "Biscuit's cruciate claim - absolutely disgusted",
    """To whom it may concern,

I have been a customer of your clinics for nine years. Biscuit (springer spaniel, 7) tore his
cruciate ligament in August chasing a squirrel in the park. Your vet in Harrogate did the
surgery, which was brilliant, I will say that. The bill was 3,840 pounds.

I then submitted the claim through your pet insurance app, exactly as the leaflet at the
reception told me to. Within about two minutes I got a notification saying the claim was
declined as a "pre-existing condition". Two minutes! No human being could have read his history
in that time. He limped once in 2021 after a stone got stuck in his paw, that's it.

So, two things. First, I want someone with an actual pulse to look at this claim again rather
than whatever software spat out that answer. Second, I want to see everything you hold about me
and about Biscuit's records as they relate to me - the vet notes that were passed to the claims
people, any scores, the lot - so I can see what this decision was based on.

I have already rung the helpline three times and was cut off twice. I am copying this to your
privacy people because frankly nobody else seems to answer.

Rachel Blythe
14 Cold Bath Road, Harrogate
""",
    R(["AutomatedDecision", "Access"], "rachel.blythe@inbox.example", "Rachel", "Blythe"))

add("en-03-sitter-close-profile", "Marcus Oyelaran <m.oyelaran@post.example>",
    "Closing my sitter profile",
    """Hi,

I signed up as a sitter on your pet-sitting app last spring but I've taken a full-time job and
won't be doing it anymore. Please close my profile and wipe my details - ID scan, the DBS
certificate I uploaded, bank details, reviews, everything.

Cheers,
Marcus Oyelaran
""",
    R(["Erasure"], "m.oyelaran@post.example", "Marcus", "Oyelaran"))

add("en-04-kibble-promos", "Hannah Whitcombe <hannah.w@netmail.example>",
    "too many promo texts",
    """Hello,

I'm very happy with my monthly kibble box and I do NOT want my subscription cancelled or my
account deleted. I just want the promotional texts and the "your cat might also like..." emails
to stop. I get three a week. Please take me off whatever list that is.

Thanks,
Hannah Whitcombe
""",
    R(["Opposition"], "hannah.w@netmail.example", "Hannah", "Whitcombe"))

add("en-05-policy-name-wrong", "Siobhán Ní Bhriain <siobhan.nibhriain@eire.example>",
    "Policy documents have my name and Luna's birthday wrong",
    """Dear team,

My policy schedule says "Siobhan Ni Brian". My name is Siobhán Ní Bhriain - with the fadas, and
Bhriain not Brian. Could you fix that across my account please? Also my cat Luna's date of birth
is down as 03/11/2019 but she was born 11 March 2019 - I think someone swapped day and month.
It matters because the premium is age-based.

Many thanks,
Siobhán Ní Bhriain
Policy no. PC-7782190
""",
    R(["Rectification"], "siobhan.nibhriain@eire.example", "Siobhán", "Ní Bhriain"))

add("en-06-switch-insurer", "Daniel Price <dan.price@mailhub.example>",
    "Claims history for new insurer",
    """Hi there,

I'm moving both dogs to another insurer at renewal. They've asked for my full claims history.
Rather than me typing it up, can you export it from your system - a spreadsheet/CSV or anything
their system can read - and ideally send it straight to them at underwriting@otherpetcover.example?

Policy PC-1190345.

Regards,
Dan Price
""",
    R(["Portability"], "dan.price@mailhub.example", "Dan", "Price"))

add("en-07-who-sees-my-address", "Li Wei Chen <liwei.chen@home.example>",
    "Pet-sitting app: who gets my address and door code?",
    """Hello,

Before I book a sitter through the app I'd like to understand a few things. When I enter my
home address and the key-safe code, who exactly can see it? Only the sitter I book, or all
sitters who get the request? Is it stored after the booking ends, and for how long? And is any
of it sent outside the UK/EU?

I'm not asking for anything to be deleted, I just want to know before I use it.

Li Wei Chen
""",
    R(["Information"], "liwei.chen@home.example", "Li Wei", "Chen"))

add("en-08-ex-on-file", "Karen Doolan <karen.doolan@familymail.example>",
    "Please update my account - ex-husband still on it",
    """Hello,

Since my divorce the dog is registered to me alone, but my ex-husband is still down as second
owner and emergency contact on my account at your Chester clinic, with his mobile number, and
he keeps getting the appointment texts. Please take him off as contact and put my new number,
07700 900412, in place of the old landline.

Karen Doolan
""",
    R(["Rectification"], "karen.doolan@familymail.example", "Karen", "Doolan"))

add("en-09-late-father", "Gillian Ashworth <gill.ashworth@webpost.example>",
    "My late father Geoffrey Ashworth",
    """Dear Sir or Madam,

My father, Geoffrey Ashworth, passed away on 2 October. He had a pet insurance policy for his
old collie and a pet food subscription with you. The collie is now living with me and I have
set up my own policies.

Could you please remove his details from your systems, and in the meantime stop sending post
and marketing to his address at 7 Mill Lane, Chorley - the letters are upsetting my mother.

I am the executor of his estate and can send the grant of probate.

Yours faithfully,
Gillian Ashworth
""",
    R(["Erasure", "Opposition"], "gill.ashworth@webpost.example", "Geoffrey", "Ashworth",
      representative="Gillian Ashworth"))

add("en-10-bite-report", "Owen Pritchard <owen.pritchard@cymru.example>",
    "Incident note on my sitter profile",
    """Hello,

There is an "incident" recorded on my sitter profile saying a dog was bitten while in my care on
12 September. That is not what happened - the dog was bitten by another dog at the park BEFORE
I collected him, and the owner's own vet confirmed that.

I've raised it with support. While you look into it, I'd ask that this note is not used for
ranking me or shown to clients, and not passed anywhere. Just park it until it's been checked.

Owen Pritchard
""",
    R(["Restriction"], "owen.pritchard@cymru.example", "Owen", "Pritchard"))

add("en-11-solicitor-art15-20", "Hollis & Crane LLP <dataprotection@holliscrane.example>",
    "Our client: Mrs Priya Raman - Articles 15 and 20 UK GDPR",
    html("Dear Data Protection Officer,",
         "We act for Mrs Priya Raman of 22 Elm Grove, Leicester, a customer of your veterinary "
         "clinics and holder of pet insurance policy PC-5530218. Her signed authority is enclosed.",
         "On her behalf we request, under Article 15 UK GDPR, confirmation of whether you process "
         "her personal data and a copy of that data together with the information listed in "
         "Article 15(1)(a)-(h). We further request, under Article 20, that the data she provided "
         "to you in connection with the policy and her claims be supplied in a structured, "
         "commonly used and machine-readable format.",
         "Please respond within one month of receipt.",
         "Yours faithfully,<br>Edward Crane<br>Partner, Hollis &amp; Crane LLP<br>0116 496 0321",
         "<small>This email is confidential and may be legally privileged. If you are not the "
         "intended recipient please notify the sender and delete it.</small>"),
    R(["Access", "Portability"], "dataprotection@holliscrane.example", "Priya", "Raman",
      representative="Edward Crane"),
    ct=HTML)

add("en-12-caps-calls", "bigjohn1962@oldmail.example", "STOP THE CALLS",
    "STOP RINGING ME ABOUT PET INSURANCE. I BOUGHT ONE BAG OF DOG FOOD FROM YOUR SHOP AND NOW I GET "
    "A CALL EVERY WEEK. TAKE MY NUMBER OFF YOUR LIST. JOHN MABBUTT\n",
    R(["Opposition"], "bigjohn1962@oldmail.example", "John", "Mabbutt"))

add("en-13-typo-delete", "kayleigh.b@quickmail.example", "acount",
    "hi can u delete my acount on the petsitting app i dont use it anymore and i keep getting "
    "notifcations thx kayleigh\n",
    R(["Erasure"], "kayleigh.b@quickmail.example", "Kayleigh", None))

add("en-14-box-missing", "Adrian Fell <adrian.fell@mailbox.example>", "Where is my box??",
    """Hi, my kibble box was supposed to arrive on Thursday and it still hasn't come. Order
KB-449102. The dog has about two days of food left. Can someone tell me where it is?

Adrian
""",
    R(["Unknown"], "adrian.fell@mailbox.example", "Adrian", "Fell"))

add("en-15-family-address", "The Okafor Family <okafors@home.example>",
    "Loyalty scheme questions",
    """Hello,

We signed up to the clinic loyalty club for our two cats. I'd like to know what information
the scheme collects - is it just visits, or also what we buy in your food shop? Who else gets
it?

Also, I don't want our purchases being used to build a profile for "personalised"
recommendations. Please switch that off for us.

Best,
Chidi Okafor
""",
    R(["Information", "Opposition"], "chidi.okafor@work.example", "Chidi", "Okafor"),
    headers=["Reply-To: Chidi Okafor <chidi.okafor@work.example>"])

add("en-16-premium-algorithm", "Fiona McAllister <fiona.mcallister@scot.example>",
    "Renewal premium jump - computer says no?",
    """Good afternoon,

My renewal quote for Hamish (French bulldog, 4) has gone from 38 to 71 pounds a month. The
letter says the price was "calculated automatically using breed and claims risk factors".
I've made one claim, ever.

I'd like this reconsidered by an actual underwriter rather than the pricing model, and to be
able to put my side of it.

Fiona McAllister
""",
    R(["AutomatedDecision"], "fiona.mcallister@scot.example", "Fiona", "McAllister"))

add("en-17-reception-forward", "Becky Lawton <becky.lawton@acme-corp.example>",
    "FW: records request",
    """Hi privacy team,

This came into the Bristol clinic inbox, I think it's one for you?

Becky
Reception, Acme Vets Bristol

-----Original Message-----
From: Sandra Kowalczyk <sandra.kowal@bristolmail.example>
Sent: 15 November 2026 19:02
To: bristol@acme-corp.example
Subject: records

Hello, I'd like copies of all the records you hold on me and my rabbits, including the notes
the vet wrote and the phone call notes from when I complained in June. Thanks, Sandra Kowalczyk
""",
    R(["Access"], "sandra.kowal@bristolmail.example", "Sandra", "Kowalczyk"))

add("en-18-attached-moved", "Imran Siddiqui <imran.siddiqui@acme-corp.example>",
    "Fwd: address change - for privacy?", "",
    R(["Rectification"], "gwen.talbot@valleys.example", "Gwen", "Talbot"),
    attached=("Gwen Talbot <gwen.talbot@valleys.example>", "Moved house",
              "Hi, I've moved from 3 Bryn Road to 41 Heol Las, Pontypridd CF37 4AA. Your system\n"
              "still has my old address on the insurance AND the food deliveries went to the old\n"
              "house twice. Please update everything. Gwen Talbot\n"),
    note="Customer care here - the customer says she's asked twice, passing it to you so it's logged "
         "properly. Imran")

add("en-19-photos-consent", "Nadia Haddad <nadia.haddad@mail.example>",
    "Pet photos \u2013 I\u2019m withdrawing consent",
    """Hi,

When I signed up for the sitting app I ticked \u201cyou may use photos of my pet in our
communications\u201d. I\u2019ve now seen my dog Pepper on your Instagram with our street
visible in the background. I\u2019m withdrawing that permission from today \u2013 please don\u2019t
use her pictures for any more promotion.

Nadia Haddad
""",
    R(["Opposition"], "nadia.haddad@mail.example", "Nadia", "Haddad"),
    ct=CP1252, encode="cp1252")

add("en-20-retention-after-death", "Margaret Ellis <m.ellis@countrymail.example>",
    "How long do you keep records",
    """Dear Sirs,

My old cat Tilly had to be put to sleep last week at your Truro clinic. I'm not asking for
anything to be deleted, but I wondered how long you keep her records and my details after
that, and whether the insurance side keeps them separately.

Kind regards,
Margaret Ellis
""",
    R(["Information"], "m.ellis@countrymail.example", "Margaret", "Ellis"),
    ct=LATIN1, encode="latin-1")

add("en-21-task-sms-dpa", "Sophie Grant <sophie.grant@acme-corp.example>",
    "DPA review - new SMS reminder provider",
    """Hi both,

Marketing wants to switch appointment and vaccination reminders to a new SMS provider,
TextPing, from January. Their data processing agreement is attached. Could you review it,
especially the sub-processor list and where the servers are? Procurement needs a yes/no by the
4th.

Thanks,
Sophie Grant
Head of CRM
""",
    TASK("sophie.grant@acme-corp.example", "Sophie", "Grant"))

add("en-22-task-dpia-gps", "Tariq Bello <tariq.bello@acme-corp.example>",
    "DPIA needed? GPS walk tracking in the sitting app",
    """Hi privacy,

Product is planning live GPS tracking of dog walks in the sitter app (owners see the route in
real time, we keep the trace for disputes). I assume this needs a DPIA - can you kick that
off, or send me the template so we can start filling in the description?

Tariq Bello | Product Manager, Sitting
""",
    TASK("tariq.bello@acme-corp.example", "Tariq", "Bello"))

add("en-23-task-questionnaire", "Lauren Moss <lauren.moss@acme-corp.example>",
    "Vendor security & privacy questionnaire from PetMart",
    """Hello,

PetMart want to stock our subscription food and sent a 60-question privacy/security
questionnaire. Sections 4 and 5 (data protection, retention) are for you. Could you fill those
in by Friday? It's in the shared drive under Partnerships/PetMart.

Lauren Moss
Partnerships
""",
    TASK("lauren.moss@acme-corp.example", "Lauren", "Moss"))

add("en-24-inc-tablet-train", "Gemma Fraser <gemma.fraser@acme-corp.example>",
    "Lost clinic tablet",
    """Hi,

I'm really sorry - I left the clinic tablet on the 17:42 train from Leeds last night. It had
the day's appointment list open (about 30 clients, names, phone numbers, pets' conditions).
It has a PIN but I'm not sure the screen had locked. I've reported it to the train company
lost property.

Gemma Fraser
Senior Veterinary Nurse, Leeds
""",
    INC("gemma.fraser@acme-corp.example", "Gemma", "Fraser"))

add("en-25-inc-wrong-invoice", "Peter Lindqvist <p.lindqvist@home.example>",
    "I got someone else's invoice",
    """Hello,

Your food subscription confirmation email this morning contained an invoice for a Mrs J. Abara,
with her full delivery address in Croydon and the last four digits of her card. It's not me.
I've deleted it but thought you should know.

Peter Lindqvist
""",
    INC("p.lindqvist@home.example", "Peter", "Lindqvist"))

add("en-26-inc-phishing", "Ollie Barnes <ollie.barnes@acme-corp.example>",
    "think I clicked a dodgy link",
    """Hi, I got an email that looked like it was from the courier about a returned pallet of
food, clicked the link and typed my work login before I realised. IT have reset my password
but they said to tell you too. My account has access to the subscriptions customer database.

Ollie Barnes, Warehouse
""",
    INC("ollie.barnes@acme-corp.example", "Ollie", "Barnes"))

add("en-27-fu-dsr-chase", "Rachel Okonjo <rachel.okonjo@inbox.example>",
    "Re: [DSR-48213] We have received your request",
    """It's now been five weeks since this acknowledgement and I have received nothing. The
legal deadline is one month. Please tell me when I'll get my data.

Rachel Okonjo

> Thank you for your message. Your request has been registered under reference DSR-48213.
> We will reply within one month.
""",
    FU("48213", "rachel.okonjo@inbox.example", "Rachel", "Okonjo"))

add("en-28-fu-sitter-extra", "Marcus Oyelaran <m.oyelaran@post.example>",
    "Re: Closing my sitter profile",
    """Sorry, forgot to say - I also had a second login with marcus.o@workmail.example from when I
was testing it. Please include that one too.

Marcus
""",
    FU(ref("en-03-sitter-close-profile"), "m.oyelaran@post.example", "Marcus", "Oyelaran"),
    headers=irt("en-03-sitter-close-profile"))

add("en-29-spam-gdpr-cert", "GDPR Compliance Centre <offers@gdpr-certify.example>",
    "URGENT: your business is NOT GDPR compliant - fines up to 20M",
    """Dear Business Owner,

Our scan shows your website may be collecting personal data illegally. Avoid fines of up to
EUR 20,000,000! Get your official GDPR Certificate today for only 99 USD. We also delete all
your customers' personal data from dark web databases.

Click here to certify now: http://gdpr-certify.example/pay

Unsubscribe: reply STOP
""",
    IGN("spam", "offers@gdpr-certify.example"),
    headers=SPAM_HDR)

add("en-30-spam-mailbox-deletion", "IT Helpdesk <helpdesk@acme-corp-mailsecure.example>",
    "Your mailbox privacy@acme-corp.example will be deleted",
    """Your mailbox has exceeded its storage limit and will be permanently deleted within 24
hours together with all personal data. To keep your account verify your password here:
http://acme-corp-mailsecure.example/verify

IT Helpdesk
""",
    IGN("spam", "helpdesk@acme-corp-mailsecure.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailsecure.example")])

add("en-31-ooo", "Dr Alan Whitfield <alan.whitfield@partnervets.example>",
    "Automatic reply: Referral - Hamish McAllister",
    """Thank you for your email. I am on annual leave until 30 November with limited access to
email. For urgent referrals please contact reception on 0131 496 0000.

Alan Whitfield BVM&S MRCVS
""",
    IGN("auto_reply", "alan.whitfield@partnervets.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-32-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
