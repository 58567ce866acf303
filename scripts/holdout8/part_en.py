from common import *  # part en: written blind

BULK = lambda lid, unsub: ["List-Id: " + lid, "List-Unsubscribe: " + unsub, "Precedence: bulk"]

add("en-01-sar-article15-harrogate",
    "Alasdair Pennington-Rowe <a.penningtonrowe@highgatemail.example>",
    "Subject Access Request - Article 15 UK GDPR",
    """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR and the Data
Protection Act 2018.

I have held a player account on your platform since 2017 (username: Ravenmoor_Al) and I am
also a client of your veterinary practice in Harrogate, where my two Labradors are registered
and insured under your Gold Plus plan.

Please provide:
1. confirmation as to whether or not you process personal data concerning me;
2. a copy of that personal data, including purchase records, support tickets, chat logs and any
   clinical or insurance notes in which I am named as the owner;
3. the supplementary information to which I am entitled under Article 15(1).

I look forward to your response within one calendar month of receipt.

Yours faithfully,

Alasdair Pennington-Rowe
14 Kingsway Terrace
Harrogate HG1 2QT
""",
    R(["Access"], "a.penningtonrowe@highgatemail.example", "Alasdair", "Pennington-Rowe"))

add("en-02-oneliner-delete-acc",
    "xx.d4rkw0lf.xx@gamemail.example",
    "delete",
    "pls delete my acc and everything on it, done with this game\n",
    R(["Erasure"], "xx.d4rkw0lf.xx@gamemail.example"))

add("en-03-angry-ban-human-review",
    "Jaylen Brooks <jaylen.brooks22@usmail.example>",
    "PERMANENT BAN ON MY ACCOUNT - THIS IS RIDICULOUS",
    """To whoever actually reads this,

I have been playing on your platform for SIX YEARS. I have spent well over $2,000 on skins,
battle passes and the stupid seasonal bundles. Yesterday at 2am I get kicked mid-match and when
I try to log back in it says my account is permanently suspended for "use of unauthorized
third-party software". I have never used a cheat in my life. I play on a console for crying out
loud, I don't even know how you would install something on it.

I opened three tickets with support. Every single one got closed within a minute by your bot
with the same copy-paste answer that "the decision is final and was made by our automated
security systems". So basically a piece of software decided I'm a cheater and nobody at your
company has even looked at it.

I want an actual human being at your company to review this ban properly, look at my history
and give me a chance to explain myself. Not the anti-cheat algorithm, a person. I play on the
EU servers and I know I have a right not to be judged only by a machine.

And while you're at it, send me whatever data your system used to flag me - the logs, the
"evidence", the detection reports, everything you have on my account that led to this.

My gamertag is JB_Hooper22. I expect an answer this time and not from a bot.

Jaylen Brooks
Columbus, OH
""",
    R(["AutomatedDecision", "Access"], "jaylen.brooks22@usmail.example", "Jaylen", "Brooks"))

add("en-04-irish-stop-promo-texts",
    "Aoife Ní Bhriain <aoife.nibhriain@eirmail.example>",
    "Texts about Pet Dental Month",
    """Hi there,

Could ye stop texting me about "Pet Dental Month" and the 10% off flea treatments? I'm getting
about three a week at this stage.

Bran (my collie) is still a patient at the Galway clinic and I'm grand with getting his
appointment reminders, but none of the promotional stuff please.

Go raibh maith agat,
Aoife Ní Bhriain
""",
    R(["Opposition"], "aoife.nibhriain@eirmail.example", "Aoife", "Ní Bhriain"))

add("en-05-aus-claim-knocked-back",
    "Bronwyn McAllister <bronwyn.mcallister@bigpond-mail.example>",
    "Claim PI-778213 - computer says no?",
    """G'day,

Claim no. PI-778213 for my kelpie Digger's cruciate surgery ($4,860) got knocked back four
minutes after I lodged it through the app at 11pm on Thursday. No one from your mob could have
read the vet's report in four minutes, so I'm guessing a computer made the call.

I'd like a real person who actually understands vet stuff to go over it properly and have
another look. Digger's knee was fine until he went after a roo in September, it's all in the
notes.

Cheers,
Bronwyn McAllister
Toowoomba QLD
0412 555 019
""",
    R(["AutomatedDecision"], "bronwyn.mcallister@bigpond-mail.example", "Bronwyn", "McAllister"))

add("en-06-indian-address-shifted",
    "Priya Venkataraman <priya.venkat@rediffmail.example>",
    "Change of address - client record",
    """Dear Sir/Madam,

We have shifted from Leicester to Nottingham last month. Kindly update the address on file for
me and for my cat Mishti's records at your Leicester branch:

Flat 3, 22 Mapperley Road, Nottingham NG3 5AA

Also my mobile number has changed to 07700 900412, please update the same.

Thanking you,
Priya Venkataraman
""",
    R(["Rectification"], "priya.venkat@rediffmail.example", "Priya", "Venkataraman"))

add("en-07-nigeria-export-library",
    "Chukwuemeka Nwosu <emeka.nwosu@naijamail.example>",
    "Export of my account data",
    """Good day,

I am moving to another gaming service and I would like to take my stuff with me. Please send me
my account information, my game library and purchase history and my achievements in a format
like CSV or JSON, something I can import into another platform or at least open on my laptop.

I understand Article 20 covers this. My username is EmekaTheGreat.

Regards,
Chukwuemeka Nwosu
Lagos
""",
    R(["Portability"], "emeka.nwosu@naijamail.example", "Chukwuemeka", "Nwosu"))

add("en-08-mum-12yo-account-wipe",
    "Rebecca Hartley <beckyhartley@hartleyfamily.example>",
    "My son's account - please remove",
    """Hello,

My son Oliver is 12 and I've just found out he set up an account on your platform last year by
lying about his age (he said he was born in 2000!). He has also been in voice chats with adults,
which I'm not happy about at all.

I want his account closed and everything you hold on him wiped, including any recordings of
those chats. His username is olliekickflip09 and the email he used was
olliehartley.gaming@kidsmail.example.

I can send proof that I'm his mum if you need it.

Rebecca Hartley
""",
    R(["Erasure"], "beckyhartley@hartleyfamily.example", "Oliver", "Hartley",
      representative="Rebecca Hartley"))

add("en-09-how-long-keep-cat-records",
    "Graham Fairweather <graham.fairweather@northmail.example>",
    "Quick question about records",
    """Morning,

We've moved our two cats to a practice closer to home, so we won't be using the Didsbury
surgery any more. Before we go: how long will you hang on to their medical histories and the
card details I saved for the monthly health plan? And does any of it get passed over to the
insurance side of the business?

Not asking you to delete anything, just want to understand what happens to it.

Graham Fairweather
""",
    R(["Information"], "graham.fairweather@northmail.example", "Graham", "Fairweather"))

add("en-10-see-it-then-bin-it",
    "Kerry-Ann Whitfield <kerryann.w@chatmail.example>",
    "my account",
    """Hiya,

I'd like to see everything you've got stored about me first - account, purchases, any notes
your support people made - and once I've had a look I want the lot removed. Not interested in
keeping the account.

Kerry-Ann Whitfield

Sent from my Galaxy
""",
    R(["Access", "Erasure"], "kerryann.w@chatmail.example", "Kerry-Ann", "Whitfield"))

add("en-11-allcaps-stop-ringing",
    "Derrick Holloway <d.holloway1958@tiscalimail.example>",
    "STOP CALLING ME",
    """STOP RINGING ME ABOUT RENEWING MY DOGS INSURANCE. I HAVE TOLD YOUR CALL CENTRE 4 TIMES NOW.
I DO NOT WANT ANY MORE PHONE CALLS OR LETTERS TRYING TO SELL ME THINGS. TAKE MY NUMBER OFF
WHATEVER LIST IT IS ON.

D HOLLOWAY
""",
    R(["Opposition"], "d.holloway1958@tiscalimail.example", "Derrick", "Holloway"))

add("en-12-html-everything-on-file",
    "Marisol Gutierrez <marisol.gutierrez@txmail.example>",
    "Records request",
    html("Hi,",
              "I've been a member of your Pawsitive Care wellness plan in Austin for two years. "
              "Could someone pull together <b>everything your company has on file about me</b> - "
              "including whatever the insurance side has - and send it over to me?",
              "Thanks so much!",
              "Marisol Gutierrez<br>Austin, TX<br>(512) 555-0187"),
    R(["Access"], "marisol.gutierrez@txmail.example", "Marisol", "Gutierrez"),
    ct=HTML)

add("en-13-cp1252-diaeresis-name",
    "Zoë Fitzgerald-Hughes <zoe.fh@postbox-uk.example>",
    "My name is spelt wrong",
    """Hello,

My name is showing as “Zoe Fitzgerald Hughes” on my insurance documents and on the clinic’s
reminder letters – it should be “Zoë Fitzgerald-Hughes” (with the diaeresis and the hyphen).

It’s causing problems because my bank won’t match the direct debit to my name. Could you fix
it everywhere it appears, please?

Thank you,
Zoë Fitzgerald-Hughes
""",
    R(["Rectification"], "zoe.fh@postbox-uk.example", "Zoë", "Fitzgerald-Hughes"),
    ct=CP1252, encode="cp1252")

add("en-14-support-fw-closure",
    "Lauren Pike <lauren.pike@acme-corp.example>",
    "FW: Account closure",
    """Hi Privacy team,

Passing this one over as it came into the support queue - customer wants everything gone, not
just the account closed. Can you pick it up?

Thanks
Lauren Pike
Player Support Team Lead | Acme Corp

-----Original Message-----
From: Hamish Buchanan <hamish.buchanan@bluepost.example>
Sent: 13 November 2026 21:14
To: support@acme-corp.example
Subject: Account closure

Hello,

Please close my account (Hamish_B_Glasgow) and don't keep anything - no purchase records, no
saved payment card, nothing. I haven't logged in for two years.

Hamish Buchanan
""",
    R(["Erasure"], "hamish.buchanan@bluepost.example", "Hamish", "Buchanan"))

add("en-15-attached-creepy-bundles",
    "Marcus Obi <marcus.obi@acme-corp.example>",
    "Fwd: Stop using my play data for the shop",
    "",
    R(["Opposition"], "adaeze.okonkwo@naijamail.example", "Adaeze", "Okonkwo"),
    attached=("Adaeze Okonkwo <adaeze.okonkwo@naijamail.example>",
              "Stop using my play data for the shop",
              """Hello,

Every time I log in, the shop shows me "bundles picked for you" based on what I have bought
before and how many hours I play. I find this creepy and I never agreed to be analysed like
that. Please stop building a spending profile on me and stop using my play data to push offers
at me.

Adaeze Okonkwo
"""),
    note="""Hi team,

Forwarding the attached from a player - she's unhappy about the personalised bundle offers in
the store. Not sure if this is one for you or for marketing, so sending it your way.

Marcus Obi
Player Support, Acme Corp
""")

add("en-16-fu-five-weeks-nothing",
    "Fiona Gallagher <fiona.gallagher@eircom-mail.example>",
    "Re: We have received your request [DSR-40817]",
    """Hi,

It's now five weeks since I got the email below and I've heard nothing since. Can someone tell
me where this is at?

Fiona Gallagher

> From: privacy@acme-corp.example
> Thank you for contacting us. Your request has been logged with reference DSR-40817.
> We will respond within one month.
""",
    FU("40817", "fiona.gallagher@eircom-mail.example", "Fiona", "Gallagher"))

add("en-17-fu-old-email-address",
    "Alasdair Pennington-Rowe <a.penningtonrowe@highgatemail.example>",
    "Re: Subject Access Request - Article 15 UK GDPR",
    """Further to my email of this morning (below), I omitted to mention that between 2019 and 2021
I used a different email address on the player account: al.pr@oldisp.example. Please ensure
records linked to that address are included in your search.

Regards,
A. Pennington-Rowe

> Dear Data Protection Officer,
> I am writing to make a subject access request under Article 15 of the UK GDPR and the Data
> Protection Act 2018.
""",
    FU(ref("en-01-sar-article15-harrogate"), "a.penningtonrowe@highgatemail.example",
       "Alasdair", "Pennington-Rowe"),
    headers=irt("en-01-sar-article15-harrogate"))

add("en-18-task-telemetry-dpa",
    "Ravi Shankar <ravi.shankar@acme-corp.example>",
    "DPA review needed - telemetry vendor (PlayMetrics)",
    """Hi both,

Game analytics are about to sign with PlayMetrics Ltd for crash and session telemetry from the
PC client. Procurement say legal want privacy sign-off on the data processing agreement first.
The draft DPA and their sub-processor list are in the shared drive under Vendors/PlayMetrics.

Could you take a look this week? Target signature date is 30 Nov.

Cheers,
Ravi

Ravi Shankar | Senior Producer, Live Ops
Acme Corp | +44 20 7946 0311
""",
    TASK("ravi.shankar@acme-corp.example", "Ravi", "Shankar"))

add("en-19-task-cctv-inverness",
    "Morag Sinclair <morag.sinclair@acme-corp.example>",
    "CCTV at the new Inverness clinic",
    """Hello Privacy,

We open the Inverness clinic in January and facilities want to put cameras in reception and in
the consulting rooms (mainly for staff safety after what happened in Perth). I've been told we
need an impact assessment done before anything gets installed.

What do you need from me to get that started?

Morag Sinclair
Clinic Operations Manager - Highlands
""",
    TASK("morag.sinclair@acme-corp.example", "Morag", "Sinclair"))

add("en-20-inc-laptop-on-train",
    "Callum Reid <callum.reid@acme-corp.example>",
    "Left my work laptop on the train",
    """Hi,

Really sorry but I left my work laptop on the 17:42 Edinburgh to Glasgow last night. It has the
clinic booking system cached and I had an export of this month's insurance claims on the
desktop (about 300 rows - owner names, addresses and the pets' conditions). I think it's
BitLocker encrypted but I'm not 100% sure.

I've reported it to ScotRail lost property. What do I do now?

Callum Reid
Practice Administrator, Glasgow West
""",
    INC("callum.reid@acme-corp.example", "Callum", "Reid"))

add("en-21-inc-got-strangers-policy",
    "Ifeoma Bello <ifeoma.bello@zenmail.example>",
    "Received someone else's pet insurance documents",
    """Hello,

This morning I received an email from your pet insurance team with a policy schedule attached.
It is not mine. It is for a Mr Stephen Ward, with his home address, the last digits of his bank
account and his dog's medical conditions. I don't even own a dog.

I have not forwarded it to anyone. Please let me know what you would like me to do with it.

Ifeoma Bello
""",
    INC("ifeoma.bello@zenmail.example", "Ifeoma", "Bello"))

add("en-22-spam-gdpr-shield",
    "GDPR Shield Pro <offers@gdprshield-pro.example>",
    "Is your business 100% GDPR compliant? Avoid EUR 20M fines",
    """Dear Business Owner,

Did you know 7 out of 10 companies are NOT compliant with GDPR? Regulators are handing out
record fines in 2026 and yours could be next.

GDPR Shield Pro is the AI-powered platform that automatically finds and deletes personal data
across your systems, answers erasure requests in minutes and keeps you audit-ready 24/7.

>> Book your FREE demo today and get 40% off your first year <<
http://gdprshield-pro.example/demo?ref=acme

Best regards,
The GDPR Shield Pro Team

You are receiving this because your address appears in a public business directory.
To unsubscribe click here.
""",
    IGN("spam", "offers@gdprshield-pro.example"),
    headers=SPAM_HDR)

add("en-23-ooo-solicitor-tagged",
    "Tom Pritchard <tom.pritchard@pritchardlaw.example>",
    "Automatic reply: Your request [DSR-39920]",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access
to email. For urgent matters please contact reception on 0161 496 0200.

Tom Pritchard
Pritchard & Co Solicitors
""",
    IGN("auto_reply", "tom.pritchard@pritchardlaw.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-24-bulk-pixelpulse",
    "PixelPulse Weekly <newsletter@pixelpulse.example>",
    "This week: loot box rules, patch notes & a giveaway",
    """PIXELPULSE WEEKLY - Issue 212

* Loot boxes: what the new UK guidance means for your favourite games
* Patch notes round-up: 14 updates you might have missed
* Privacy corner: can a game studio really delete your data?
* GIVEAWAY: win a limited edition controller

Read online: https://pixelpulse.example/issue/212

You are receiving this email because you subscribed to PixelPulse Weekly.
Unsubscribe: https://pixelpulse.example/unsub?u=8812
""",
    IGN("bulk", "newsletter@pixelpulse.example"),
    headers=BULK("PixelPulse Weekly <weekly.pixelpulse.example>",
                 "<https://pixelpulse.example/unsub?u=8812>"))

add("en-25-bounce-user-unknown",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)

add("en-26-freeze-fraud-flag",
    "Arjun Malhotra <arjun.malhotra@outmail.example>",
    "Incorrect fraud flag on my account - please put on hold",
    """Dear Team,

Last month my bank reversed a duplicate charge of GBP 49.99 for a gem pack. Since then my
account shows "payment risk" and support told me this flag is also shared with your payment
partner. This is wrong - the bank itself confirmed it was a duplicate charge on your side.

While you look into this, I request that you do not use or pass on this flag or the related
payment data for any purpose. Please confirm that this processing has been put on hold until
the matter is checked.

Regards,
Arjun Malhotra
""",
    R(["Restriction"], "arjun.malhotra@outmail.example", "Arjun", "Malhotra"))

add("en-27-executor-late-father",
    "Kieran O'Sullivan <kieran.osullivan@corkmail.example>",
    "My late father's account and pet insurance",
    """Hello,

My father, Desmond O'Sullivan, passed away on 2 October. He had a pet insurance policy with you
for his spaniel Rusty (who is now living with me) and an online account to manage it. I am the
executor of his estate.

Please cancel the policy, close his online account and delete his personal details from your
systems - we don't want letters in his name arriving at the house any more, it's upsetting for
my mother.

I can send on the death certificate and the grant of probate if you need them.

Kieran O'Sullivan
""",
    R(["Erasure"], "kieran.osullivan@corkmail.example", "Desmond", "O'Sullivan",
      representative="Kieran O'Sullivan"))

add("en-28-which-countries-stored",
    "Eleanor Marchbanks <e.marchbanks@quillmail.example>",
    "Where is my data kept?",
    """Dear Sir or Madam,

I read in the news that many gaming companies keep player data in the United States and in
Asia. Could you tell me in which countries my account data is stored, whether it is transferred
outside the UK and EEA and, if so, on what basis (standard contractual clauses or otherwise)?

I would also like to know the names of the main companies you share it with.

I am not requesting a copy of my data at this stage.

Kind regards,
Eleanor Marchbanks
""",
    R(["Information"], "e.marchbanks@quillmail.example", "Eleanor", "Marchbanks"))

add("en-29-nopunct-what-u-got",
    "kyle.mcd1995@quickmail.example",
    "info",
    """hi i want to no what info u got on me from the game and also stop sending me them emails about sales every day its doing my head in
kyle
""",
    R(["Access", "Opposition"], "kyle.mcd1995@quickmail.example", "Kyle", None))

add("en-30-iphone-close-myvet",
    "Siobhan Kavanagh <siobhankav@irishpost.example>",
    "MyVet account",
    """Hi, I no longer have a pet with you (RIP Bella) so I'd like my MyVet portal account shut down and my details erased from your system please.

Siobhan

Sent from my iPhone
""",
    R(["Erasure"], "siobhankav@irishpost.example", "Siobhan", "Kavanagh"))

add("en-31-solicitor-bruno-clifton",
    "Jonathan Ashworth-Blake <j.ashworth-blake@ashworthblake-solicitors.example>",
    "Our client: Mr Marcus Delaney - Data Subject Access Request",
    """Dear Sirs,

Our client: Mr Marcus Delaney, 9 Clarendon Road, Bristol BS6 7EX

We act for Mr Delaney in connection with a dispute concerning the death of his dog, Bruno,
following treatment at your Clifton veterinary practice on 3 September 2026.

On behalf of our client, and with his signed authority (enclosed), we hereby request under
Article 15 of the UK GDPR copies of all personal data you hold relating to him, including but
not limited to clinical records, consultation notes, telephone call recordings, internal emails
and any incident reports which refer to our client or to his dog.

Please direct your response to this office. We expect to receive it within the statutory period
of one month.

Yours faithfully,

Jonathan Ashworth-Blake
Partner
Ashworth Blake Solicitors LLP
Tel: 0117 496 0734

This email and any attachments are confidential and may be legally privileged. If you are not
the intended recipient please notify the sender and delete it. Ashworth Blake Solicitors LLP is
authorised and regulated by the Solicitors Regulation Authority.
""",
    R(["Access"], "j.ashworth-blake@ashworthblake-solicitors.example", "Marcus", "Delaney",
      representative="Jonathan Ashworth-Blake"))

add("en-32-family-inbox-dob-fix",
    "The Nwachukwu Family <nwachukwu.home@familynet.example>",
    "wrong date of birth on my account",
    """Hello,

When I made my account years ago I put in a random date of birth (01/01/2010) and now the game
keeps locking me out of the 16+ servers and asking for parental consent. I'm 24. My real date
of birth is 14/03/2002.

Can you correct it? Happy to show ID. Please reply to my own email, not the family one.

Tobi Nwachukwu
""",
    R(["Rectification"], "tobi.nwachukwu@corpmail.example", "Tobi", "Nwachukwu"),
    headers=["Reply-To: Tobi Nwachukwu <tobi.nwachukwu@corpmail.example>"])

add("en-33-cat-food-not-arrived",
    "Margaret Ellison <maggie.ellison@seniornet.example>",
    "Order not arrived",
    """Dear Sir,

I ordered the kidney diet food for my cat Pippin from your online pharmacy on 2nd November
(order 55120) and it still hasn't come. She only has a few days' worth left. Could you please
chase it up for me?

Many thanks,
Margaret Ellison (Mrs)
""",
    R(["Unknown"], "maggie.ellison@seniornet.example", "Margaret", "Ellison"))

add("en-34-gem-refund-pending",
    "Sandeep Kulkarni <sandeep.k@indimail.example>",
    "Refund for gem pack not received",
    """Hi,

I was charged twice for the 1200 gem pack (Rs 899 each) on 8 Nov. Support told me the refund
will come in 5-7 working days, it has been 8 days now. Please process at the earliest.

Transaction IDs: TXN88213, TXN88214

Regards,
Sandeep
""",
    R(["Unknown"], "sandeep.k@indimail.example", "Sandeep", "Kulkarni"))

add("en-35-not-deleting-just-no-ads",
    "Liam Brennan <liambrennan@dubmail.example>",
    "Ads based on my gameplay",
    """Hey,

To be clear, I'm NOT asking you to delete my account - I still play most nights.

What I want is for you to stop using my gameplay and purchase history to target me with ads,
both in the game and on Facebook/Instagram (I'm fairly sure you're uploading my email to them
for "lookalike audiences"). Opt me out of all of that.

Liam
""",
    R(["Opposition"], "liambrennan@dubmail.example", "Liam", "Brennan"))

add("en-36-aus-pull-out-of-study",
    "Matilda Greenaway <tilly.greenaway@ozmail.example>",
    "Kidney study - changed my mind",
    """Hi,

When I brought Possum (my Burmese) in for her kidney check in August I ticked a box saying her
bloodwork and my contact details could be used for the uni feline kidney study. I've had a
think and changed my mind - please take us out of the study and don't use our info for any
research from now on.

Thanks heaps,
Matilda Greenaway
Fremantle
""",
    R(["Opposition"], "tilly.greenaway@ozmail.example", "Matilda", "Greenaway"))

add("en-37-switch-insurer-claims-file",
    "Gurpreet Sandhu <gurpreet.sandhu@midlandsmail.example>",
    "Moving my pet insurance - claims history",
    """Hello,

I am switching my two dogs' insurance to another provider from 1 December. The new insurer
needs the full claims history and policy details. Can you send these to me as an electronic
file (spreadsheet or similar) that I can pass on, or directly to them at
underwriting@newpaws-insure.example?

Once the switch is done I don't want you keeping my bank details or contact information on
file.

Gurpreet Sandhu
""",
    R(["Portability", "Erasure"], "gurpreet.sandhu@midlandsmail.example", "Gurpreet", "Sandhu"))

add("en-38-grandad-wishes-after-death",
    "Ambrose Whittaker <ambrose.whittaker@oldtown-mail.example>",
    "My account after I die",
    """Dear Sir/Madam,

I am 71 and putting my affairs in order. I have rather a large collection on your games
platform (my grandchildren tease me about it).

I would like to leave instructions about what should happen to my account and my personal
information when I die: I would like my grandson, Toby Whittaker, to be able to take over the
account, and everything else to be deleted. Is there a way to register this wish with you?

Yours sincerely,
Ambrose Whittaker
""",
    R(["AdvanceDirectives"], "ambrose.whittaker@oldtown-mail.example", "Ambrose", "Whittaker"))

add("en-39-voice-chat-recordings",
    "Chloe Nakamura-Evans <chloe.ne@brightmail.example>",
    "Voice chat suspension - recordings",
    """Hi,

I got a 7 day voice chat suspension for "abusive language", which I really don't think is fair.
I want to hear or read what was actually recorded, so please send me the recordings or
transcripts of the reports made against me.

Also, who gets to listen to these recordings? Are they sent to an outside moderation company,
and how long do you keep them?

Chloe Nakamura-Evans
""",
    R(["Access", "Information"], "chloe.ne@brightmail.example", "Chloe", "Nakamura-Evans"))

add("en-40-spam-remittance-file",
    "Mrs. Helen Carter <helen.carter.remit@globalfunds-intl.example>",
    "ATTENTION BENEFICIARY: FINAL NOTICE BEFORE YOUR FILE IS DELETED",
    """Attention Beneficiary,

This is to inform you that an unclaimed fund of US$4,500,000.00 (Four Million Five Hundred
Thousand United States Dollars) has been approved in your favour by the Foreign Remittance
Committee.

In line with international data protection law, your personal file will be permanently DELETED
from our database if you do not reconfirm your details within 72 hours:

Full name / Home address / Phone number / Copy of ID / Bank name

Reply to this email immediately to claim your fund.

Mrs. Helen Carter
Compliance Department
""",
    IGN("spam", "helen.carter.remit@globalfunds-intl.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="globalfunds-intl.example")])

add("en-41-phish-mailbox-retention",
    "Acme Mail Admin <admin@acme-corp-security.example>",
    "ACTION REQUIRED: your mailbox will be purged under GDPR retention policy",
    """Dear privacy user,

In accordance with GDPR data retention rules, all messages in your mailbox older than 30 days
will be permanently deleted within 24 hours.

To keep your messages, verify your account now:
http://acme-corp-mailverify.example/login

Failure to verify will result in loss of all data.

IT Service Desk
""",
    IGN("spam", "admin@acme-corp-security.example"))

add("en-42-inc-docusign-phish-clicked",
    "Bethany Coulthard <bethany.coulthard@acme-corp.example>",
    "I think I clicked a dodgy link",
    """Hi,

About 20 minutes ago I got an email that looked like it was from DocuSign asking me to review
the "Q4 insurer agreement". I clicked it and typed in my Microsoft login before I noticed the
address was wrong. I've changed my password now.

My mailbox has all the claims correspondence for the North West region in it. IT are aware and
said I should also tell you.

Beth Coulthard
Claims Handler
""",
    INC("bethany.coulthard@acme-corp.example", "Bethany", "Coulthard"))

add("en-43-inc-someone-elses-billing",
    "Ahmed Qureshi <ahmed.qureshi@brightmail.example>",
    "I can see another player's details in my account",
    """Hi,

After today's update, when I go to Account > Billing I see a different person's name (Sophie
Langford), a billing address in Leeds and the last four digits of a card that isn't mine. I've
logged out and back in and it's still there.

Thought you should know ASAP.

Ahmed Qureshi
""",
    INC("ahmed.qureshi@brightmail.example", "Ahmed", "Qureshi"))

add("en-44-task-pawpoints-ropa",
    "Niamh Fitzpatrick <niamh.fitzpatrick@acme-corp.example>",
    "New loyalty scheme - register entry",
    """Hi,

The clinics are launching "PawPoints" (loyalty card + app) in February. Marketing tell me the
record of processing needs a new entry for it before launch. I've put the data fields and the
retention we're proposing in the attached sheet - could you add it to the register and let me
know if anything's missing?

Thanks,
Niamh

Niamh Fitzpatrick | Customer Marketing Manager (Veterinary) | Dublin
""",
    TASK("niamh.fitzpatrick@acme-corp.example", "Niamh", "Fitzpatrick"))

add("en-45-task-lagos-agent-training",
    "Oluwaseun Adebayo <oluwaseun.adebayo@acme-corp.example>",
    "Data protection training for new support agents",
    """Good afternoon,

We are onboarding 14 new player support agents in the Lagos office from 7 December. HR says they
must complete data protection training before they are given access to player accounts.

Could the privacy team run a session for them (virtual is fine) or point us to the e-learning
module?

Kind regards,
Oluwaseun Adebayo
Support Operations Lead, West Africa
""",
    TASK("oluwaseun.adebayo@acme-corp.example", "Oluwaseun", "Adebayo"))

add("en-46-task-underwriter-questionnaire",
    "Greg Tanaka <greg.tanaka@acme-corp.example>",
    "Supplier questionnaire from Harbour Underwriting - due Friday",
    """Hi folks,

Harbour Underwriting (our new pet insurance underwriter) have sent over their supplier due
diligence questionnaire - 62 questions, about a third on data protection (breach process, DPO
contact, international transfers, retention). Can you fill in the privacy section? It's due
back Friday 20th. I've shared the doc with you.

Thanks,
Greg
--
Greg Tanaka
Partnerships Director, Pet Insurance
M: +44 7700 900877
""",
    TASK("greg.tanaka@acme-corp.example", "Greg", "Tanaka"))

add("en-47-lpa-attorney-dorothy",
    "Janet Mills <janet.mills@carersnet.example>",
    "Request on behalf of Mrs Dorothy Pembroke",
    """Dear Sir/Madam,

I hold a Lasting Power of Attorney for property and financial affairs for Mrs Dorothy Pembroke,
who now lives in a care home and has dementia. Her cat was rehomed last year, but we have
noticed direct debits to your company still going out of her bank account.

Before I cancel anything I need to see what information you hold about her: her account, any
policies in her name, payment details and correspondence. A copy of the LPA is attached.

Yours faithfully,
Janet Mills
Attorney for Mrs D. Pembroke
""",
    R(["Access"], "janet.mills@carersnet.example", "Dorothy", "Pembroke",
      representative="Janet Mills"))

add("en-48-welsh-hip-note-wrong",
    "Rhys Llewellyn <rhys.llewellyn@cymru-mail.example>",
    "Mabli - incorrect pre-existing condition",
    """Hi,

My dog Mabli's insurance record says she has "pre-existing hip dysplasia". That's wrong: the vet
at your Cardiff clinic wrote "query hip dysplasia" at her puppy check and the X-rays in March
came back clear (I have the report). Please correct her record.

Until that's sorted I don't want that note used for anything - not for my renewal price and not
for deciding any claims.

Diolch,
Rhys Llewellyn
""",
    R(["Rectification", "Restriction"], "rhys.llewellyn@cymru-mail.example", "Rhys", "Llewellyn"))

add("en-49-whale-profiling-complaint",
    "Tanvir Hossain <tanvir.hossain@eastlondon-mail.example>",
    "Your 'whale' targeting - I want it stopped",
    """Hello,

I've just read an article about how mobile and online games identify "whales" - players who
spend a lot - and then hit them with more and more offers. I recognised myself in every line of
it. Over the past 18 months I've spent more than GBP 3,400 on your platform, most of it at night,
and I'm now getting support for a gambling problem.

Looking back, the pattern is obvious: the more I spent, the more "limited time" offers I got,
the more push notifications, the more "exclusive" bundles with countdown timers. Your system
clearly knew exactly what it was doing.

I am withdrawing any consent I gave for analytics and personalised offers, and I object to you
profiling my spending or play habits for marketing in any form. I still want to be able to log
in and play the games I've paid for, but without being targeted.

I'm also considering a complaint to the ICO and I think you should seriously look at how you
treat vulnerable players.

Tanvir Hossain
""",
    R(["Opposition"], "tanvir.hossain@eastlondon-mail.example", "Tanvir", "Hossain"))

add("en-50-typos-remove-and-unsub",
    "Jessica Tran <jesstran.88@ozmail.example>",
    "remove me",
    """hello, pls remove all my informations from ur database and unsubscibe me from all the emails and txts, i never even signed up for half of them

jess tran
""",
    R(["Erasure", "Opposition"], "jesstran.88@ozmail.example", "Jessica", "Tran"))

add("en-51-fu-id-sent-no-reply",
    "Olumide Fashola <olumide.fashola@lagosmail.example>",
    "RE: Acknowledgement of your request [DSR-41102]",
    """Good morning,

Please I sent my ID as requested on 2nd November but nobody has responded since then. The one
month is almost over. Kindly update me on the status.

Olumide Fashola

-----Original Message-----
From: Acme Privacy Team <privacy@acme-corp.example>
Subject: Acknowledgement of your request [DSR-41102]

Dear Olumide,
We have received your request and registered it under reference DSR-41102. To verify your
identity, please send us a copy of a valid ID document by replying to this email.
""",
    FU("41102", "olumide.fashola@lagosmail.example", "Olumide", "Fashola"))

add("en-52-fu-did-you-get-this",
    "Gurpreet Sandhu <gurpreet.sandhu@midlandsmail.example>",
    "Re: Moving my pet insurance - claims history",
    """Just checking you got this? The new policy starts in two weeks and they still need the file.

Gurpreet

On Mon, 16 Nov 2026, Gurpreet Sandhu wrote:
> I am switching my two dogs' insurance to another provider from 1 December.
""",
    FU(ref("en-37-switch-insurer-claims-file"), "gurpreet.sandhu@midlandsmail.example",
       "Gurpreet", "Sandhu"),
    headers=irt("en-37-switch-insurer-claims-file"))

add("en-53-indian-furnish-and-rectify",
    "Venkatesh Iyer <venkatesh.iyer@indimail.example>",
    "Request for personal data and correction of name",
    """Respected Sir/Madam,

I am an active player on your platform since 2020 (user ID: VenkyPlays). Kindly furnish me a
copy of all personal data pertaining to me which is stored with your company.

Also my name is wrongly spelt as "Venkatash Iyer" in all the purchase invoices. Kindly rectify
the same to "Venkatesh Iyer".

Do the needful at the earliest.

Thanks and regards,
Venkatesh Iyer
Bengaluru
+91 98450 12345
""",
    R(["Access", "Rectification"], "venkatesh.iyer@indimail.example", "Venkatesh", "Iyer"))

add("en-54-ico-complaint-hold-data",
    "Philippa Crowther <philippa.crowther@somersetmail.example>",
    "Complaint to the ICO - your clinic in Bath",
    """Dear Acme,

I have today lodged a complaint with the Information Commissioner's Office about the way your
clinic in Bath passed my details to a debt collection agency over a disputed bill.

I am not asking you to delete anything, as it may be needed as evidence. But until the ICO has
looked at it, I do not want my data used for anything beyond simply being kept - no more passing
it to the collectors, no further processing of any kind. Please confirm.

Philippa Crowther
""",
    R(["Restriction"], "philippa.crowther@somersetmail.example", "Philippa", "Crowther"))

add("en-55-never-had-a-pet-sms",
    "Blessing Okoro <blessing.okoro@naijamail.example>",
    "Where did you get my number?",
    """Good day,

I keep receiving SMS from "Acme Vets" about pet vaccination offers. I have never owned a pet
nor visited your clinic. How did you get my phone number and who gave it to you?

Please also stop sending me these messages.

Blessing Okoro
""",
    R(["Information", "Opposition"], "blessing.okoro@naijamail.example", "Blessing", "Okoro"))

add("en-56-latin1-kerry-look",
    "Seán Ó Briain <sean.obriain@kerrymail.example>",
    "My data",
    """A chara,

I'd like to get a look at all the personal data your company holds on me - both from the game
(account name SeanOB_Kerry) and from the vet clinic in Tralee where my dog Réalt is registered.
Please send it on by email.

Le meas,
Seán Ó Briain
""",
    R(["Access"], "sean.obriain@kerrymail.example", "Seán", "Ó Briain"),
    ct=LATIN1, encode="latin-1")

add("en-57-bulk-privacy-digest",
    "Privacy Digest <digest@privacyweekly.example>",
    "Privacy Weekly: 5 things DPOs need to know this month",
    """PRIVACY WEEKLY

1. Regulator fines games studio over children's voice data
2. Erasure requests: how long is "without undue delay"?
3. Pet health data - is it personal data? Our analysis
4. Upcoming webinar: DPIAs for AI moderation tools
5. Job board: 23 new DPO roles

Manage your subscription: https://privacyweekly.example/prefs
""",
    IGN("bulk", "digest@privacyweekly.example"),
    headers=BULK("<digest.privacyweekly.example>", "<mailto:unsubscribe@privacyweekly.example>"))

add("en-58-spam-broker-removal",
    "DataVanish <hello@datavanish-now.example>",
    "Your personal data is on 217 broker sites - remove it today",
    """Hi there,

Your name, home address and phone number were found on 217 data broker websites.

DataVanish sends legally-binding deletion requests to every broker on your behalf and keeps
your data off the web for good. Only $9.99/month!

Start your free scan now: http://datavanish-now.example/scan

DataVanish Inc.
""",
    IGN("spam", "hello@datavanish-now.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="datavanish-now.example")])

add("en-59-inc-letter-wrong-door",
    "Gareth Pryce <gareth.pryce@valleysmail.example>",
    "Letter for one of your customers delivered to us",
    """Hi,

We've had a letter from your Swansea vet practice through our door addressed to "Mrs J. Lloyd"
at number 14 - we're number 41. It had come open in the post; it's an invoice with her dog's
euthanasia details on it and her card payment.

I've popped it through her door now, but thought you ought to know it went to the wrong house.

Gareth Pryce
""",
    INC("gareth.pryce@valleysmail.example", "Gareth", "Pryce"))

add("en-60-inc-beta-sheet-public",
    "Sunita Rao <sunita.rao@acme-corp.example>",
    "URGENT - beta sign-up sheet was public",
    """Hi Privacy team,

This morning one of our community moderators noticed that the Google Sheet with our closed beta
sign-ups (approx. 4,200 rows: gamer tags, emails, country, date of birth) had link sharing set to
"anyone with the link", and the link was posted in our public Discord for about 6 hours
yesterday. I've locked it down now. We don't know how many people opened it.

What are the next steps?

Sunita Rao
Community Manager
""",
    INC("sunita.rao@acme-corp.example", "Sunita", "Rao"))
