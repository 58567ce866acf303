from common import *  # part en: written blind
# Amora (dating app + wedding-planning marketplace) and Halcyon Hotels (hotel chain, Halcyon
# Rewards loyalty programme), both brands of the group behind privacy@acme-corp.example.

# ---------------------------------------------------------------- requests

add("en-01-oneliner-bin-profile", "Dan Whitlock <dwhitlock77@mailbox.example>", "amora",
    """pls bin my amora profile + everything linked to it. ta

Sent from my iPhone
""", R(["Erasure"], "dwhitlock77@mailbox.example", "Dan", "Whitlock"))

add("en-02-formal-sar-rewards", "Margaret Achterberg-Lowe <m.achterberg-lowe@fenmail.example>",
    "Subject Access Request - Halcyon Rewards member 4471 902 338",
    """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR and the EU
General Data Protection Regulation in respect of my dealings with Halcyon Hotels.

Please provide me with:

1. confirmation as to whether or not you process personal data concerning me;
2. a copy of that personal data, including booking records, folio and payment records,
   guest profile notes and preferences recorded by reception or housekeeping staff, call
   recordings, and any marketing segmentation applied to my Rewards account;
3. the supplementary information listed in Article 15(1)(a) to (h).

My Halcyon Rewards membership number is 4471 902 338 and I have stayed at your Cambridge,
Bath and Harrogate properties over the last four years. I enclose nothing at this stage but
will gladly verify my identity if you tell me what you need.

I look forward to your response within one calendar month.

Yours faithfully,

Margaret Achterberg-Lowe
14 Orchard Close
Ely CB7 4XX
""", R(["Access"], "m.achterberg-lowe@fenmail.example", "Margaret", "Achterberg-Lowe"))

add("en-03-moving-apps-json", "Rafael Okonkwo <rafa.okonkwo@lumenpost.example>",
    "Taking my stuff with me",
    """Hi there,

I'm switching to a different dating app (no offence, the algorithm and I just never got on).
Before I go I'd like everything I've put into Amora - profile answers, prompts, photos, my
chat history and the list of people I matched with - handed over in something a computer can
actually read, JSON or CSV, so I can load it into the new service instead of starting from
scratch. I believe I'm entitled to this under the GDPR.

I'll close the account myself afterwards, so no need to do anything else.

Cheers,
Rafael Okonkwo
""", R(["Portability"], "rafa.okonkwo@lumenpost.example", "Rafael", "Okonkwo"))

add("en-04-caps-stop-ringing", "bgriffiths1952@oldmail.example", "STOP RINGING ME",
    """THIS IS THE FOURTH TIME THIS WEEK SOMEONE FROM HALCYON HAS PHONED ABOUT A PLATINUM UPGRADE
OFFER. I DO NOT WANT IT. TAKE MY NUMBER OFF WHATEVER LIST YOU ARE USING AND DO NOT CALL OR
TEXT ME AGAIN WITH OFFERS.

BRIAN GRIFFITHS
""", R(["Opposition"], "bgriffiths1952@oldmail.example", "Brian", "Griffiths"))

add("en-05-long-story-florist-who-got-my-number", "Holly Brightwater <holly.brightwater@kestrelmail.example>",
    "Complaint - wedding marketplace, absolutely shocking",
    """To whom it may concern,

I want to put on record how badly our wedding was handled by vendors we found through your
Amora Weddings marketplace. We booked a florist, a string quartet and a cake maker through
the site in March. The florist cancelled nine days before the wedding by text message, the
quartet turned up with two players instead of four, and the cake maker has still not refunded
the £180 deposit despite your "Marketplace Promise". My husband Callum has spent hours on hold
with your support line and every time the ticket is "escalated" and nothing happens.

On top of that, since the wedding I have been getting calls and WhatsApp messages from
photographers, honeymoon agents and a "bridal detox" company I have never heard of, all
addressing me by name and mentioning the date of our wedding. Callum's mobile number has been
given out too. So I would like you to tell me, in writing, which of your so-called partner
vendors or other companies you handed our details to, on what basis, and how long you are
going to keep passing them around. I never ticked anything agreeing to that as far as I know.

I also want the deposit back, but I appreciate that is a different department. I have
screenshots of everything if needed and I am perfectly prepared to go to the ICO and to
Trustpilot.

Holly Brightwater (née Summers)
07700 900418
""", R(["Information"], "holly.brightwater@kestrelmail.example", "Holly", "Brightwater"))

add("en-06-typos-wot-u-got", "Kayleigh Brennan <kayleighb_x@chatbox.example>", "my info??",
    """hiya

i wnat to see evrything u have stored about me on amora, like my msgs and pics and who
ive swiped on. my ex says he knows stuff about my profile he shouldnt know so i want to see
wat u actually keep. can u send it me

kayleigh
""", R(["Access"], "kayleighb_x@chatbox.example", "Kayleigh", "Brennan"))

add("en-07-html-no-more-promos", "Imogen Radcliffe <imogen.radcliffe@brookline.example>",
    "Halcyon Rewards emails",
    "", R(["Opposition"], "imogen.radcliffe@brookline.example", "Imogen", "Radcliffe"),
    ct=HTML)
E[-1]["body"] = html(
    "Good afternoon,",
    "Could you please take me off the Halcyon Rewards promotional emails, the &quot;Weekend "
    "Escapes&quot; newsletter and the partner offers from the car hire people? I&rsquo;m getting "
    "three or four a week and I never asked for the partner ones.",
    "I still want the booking confirmations and the points statements, I&rsquo;m not leaving "
    "the programme.",
    "Many thanks,<br>Imogen Radcliffe<br><span style=\"color:#888\">Rewards no. 5520 118 004</span>")

add("en-08-wrong-birthday-and-address", "Nadia Farouk <nadia.farouk@postbox.example>",
    "My details on Halcyon Rewards are wrong",
    """Hello,

Two things in my Rewards profile are out of date and I can't change them in the app:

- my date of birth is showing as 11/04/1987 - it should be 04/11/1987 (day and month swapped,
  which is why my "birthday treat" voucher turned up in April!)
- my postal address is still 22 Dale Street, Leicester. I moved in the summer, it should be
  Flat 3, 9 Mill Lane, Loughborough LE11 1XX.

Can you sort these out please.

Thanks
Nadia Farouk
""", R(["Rectification"], "nadia.farouk@postbox.example", "Nadia", "Farouk"))

add("en-09-flagged-fake-profile", "Theo Vasilakis <theo.vasilakis@northmail.example>",
    "Account suspended by your bot",
    """Hello,

Yesterday my Amora account was suspended with a message saying it had been "flagged as a
likely fake or scam profile by our automated trust systems". There was no appeal button, only
a link to the FAQ.

I am a real person, I verified my phone number, and I have been on the app for two years. I
suspect it happened because I changed my photos and my location (I moved from Leeds to
Athens for work) on the same day.

I do not accept a decision like this being made by software alone. I want a human being at
Amora to look at my account and reconsider the suspension, and I want to know what factors
your system used to decide I was fake.

Theo Vasilakis
""", R(["AutomatedDecision"], "theo.vasilakis@northmail.example", "Theo", "Vasilakis"))

add("en-10-dad-fifteen-year-old", "Martin Ashdown <martin.ashdown@ashdownfamily.example>",
    "My 15 year old daughter is on your dating app",
    """Dear Sir or Madam,

I have just discovered that my daughter Chloe, who is 15, has set up an Amora account using a
fake date of birth that makes her 19. Her profile name is "Clo_ashd" and she used her school
email chloe.ashdown@schoolmail.example to register.

I am frankly appalled that this was possible. As her father and legal guardian I want the
account and everything connected to it removed immediately - the photos in particular. Before
it goes, I also want to see exactly what she has put on there and what has been collected
about her, including any messages with adult users, so that I can decide whether to involve
the police.

Please treat this as urgent.

Martin Ashdown
07700 900552
""", R(["Erasure", "Access"], "martin.ashdown@ashdownfamily.example", "Chloe", "Ashdown",
       representative="Martin Ashdown"))

add("en-11-executor-late-father", "Susan Pemberton-Hale <susan.ph@greystone.example>",
    "Late father's Halcyon Rewards account",
    """Hello,

I am the executor of my father's estate. Gerald Pemberton passed away on 2 September at the
age of 84. He was a Halcyon Rewards member for many years (member number 3309 445 127, email
gerald.pemberton@greystone.example, which I now manage).

Please close his account and erase his personal details from your systems - he is still
receiving your birthday emails, which my mother finds very upsetting. I can send a copy of the
death certificate and the grant of probate if you need them.

With thanks,

Susan Pemberton-Hale
Executor of the estate of Gerald Pemberton
""", R(["Erasure"], "susan.ph@greystone.example", "Gerald", "Pemberton",
       representative="Susan Pemberton-Hale"))

add("en-12-solicitor-sar-and-restriction", "Jonathan Fairweather <j.fairweather@fairweather-law.example>",
    "Our client: Ms Ioana Marinescu - Articles 15 and 18 GDPR",
    """Dear Sirs

Our client: Ms Ioana Marinescu
Amora account registered to ioana.marinescu@webpost.example

We act for the above-named in connection with the termination of her Amora account on
28 October following a report made against her by another user, which she strongly denies.

On our client's behalf we hereby request:

(a) pursuant to Article 15 GDPR, a copy of all personal data relating to her, including the
    content of the report, any moderation notes, internal correspondence and chat logs relied
    upon in reaching the decision; and

(b) pursuant to Article 18(1)(a) and (d) GDPR, that the processing of the data relating to
    the report be restricted pending verification of its accuracy, save for storage. In
    particular the report must not be shared with any other group company, including the
    wedding marketplace, while the matter is disputed.

A signed form of authority from our client is attached. Please direct all correspondence to
the writer.

Yours faithfully

Jonathan Fairweather
Partner
Fairweather & Cole LLP
T +44 20 7946 0321

This email is confidential and may be legally privileged. If you are not the intended
recipient please notify the sender and delete it. Fairweather & Cole LLP is authorised and
regulated by the Solicitors Regulation Authority.
""", R(["Access", "Restriction"], "j.fairweather@fairweather-law.example", "Ioana", "Marinescu",
       representative="Jonathan Fairweather"))

add("en-13-fwd-guest-relations-close-account", "Priya Natarajan <priya.natarajan@acme-corp.example>",
    "Fwd: Rewards account",
    """Hi privacy team,

This landed in the Halcyon guest relations inbox this morning - I think it's one for you?
Let me know if you need anything from our side.

Priya Natarajan
Guest Relations Coordinator, Halcyon Hotels

---------- Forwarded message ---------
From: Owen Llewellyn <owen.llewellyn@valleymail.example>
Date: Sat, 14 Nov 2026 at 21:47
Subject: Rewards account
To: guestrelations@acme-corp.example

Evening,

I haven't stayed with Halcyon since before the pandemic and don't intend to. Please shut my
Rewards account down and wipe my details - name, address, the lot. I don't want the points.

Owen Llewellyn
""", R(["Erasure"], "owen.llewellyn@valleymail.example", "Owen", "Llewellyn"))

add("en-14-fwd-attached-compat-score", "Tom Ridley <tom.ridley@acme-corp.example>",
    "FW: what do you have on me", "",
    R(["Access"], "grace.adeyemi@inbox.example", "Grace", "Adeyemi"),
    attached=("Grace Adeyemi <grace.adeyemi@inbox.example>", "what do you have on me",
              """Hello,

Could you send me a full copy of what Amora keeps about me? I'm especially curious about the
"compatibility score" and the personality quiz results - I'd like to see what's actually
recorded, not just what shows on my profile.

Thanks,
Grace Adeyemi
"""),
    note="""Hi both - forwarding from the Amora support queue, reads like a SAR so passing it to
you rather than answering from support. Original attached.

Tom
Amora Support, Tier 2""")

add("en-15-family-inbox-replyto", "The Hendersons <hendersonfamily@homenet.example>",
    "Texts and emails from Halcyon",
    """Hi,

Lucy here - this is the family email, please reply to my own address.

I've been getting the "Members' Weekend" texts and emails from Halcyon every few days. I did
tick the box when I joined but I've changed my mind: I withdraw my consent to marketing, by
text and by email. Please don't send me any more.

Thanks,
Lucy Henderson
""", R(["Opposition"], "lucy.h@personal.example", "Lucy", "Henderson"),
    headers=["Reply-To: Lucy Henderson <lucy.h@personal.example>"])

add("en-16-cp1252-passport-photocopy", "Tomás Ó Briain <tomas.obriain@railpost.example>",
    "Why was my passport copied at check-in?",
    """Hello,

I checked in at Halcyon Manchester Piccadilly on 6 November. The receptionist took my passport
and photocopied it – both the photo page and the page with my residence stamp – without
really explaining why. I’m a UK resident, I paid by card, and I don’t remember this happening
at any other hotel.

I’m not asking for anything to be deleted at this point, I’d just like to understand:
– what the copy is for and what legal basis you rely on,
– how long you keep it and whether it is paper or scanned,
– who can see it (only the hotel? head office? the police?).

Kind regards,
Tomás Ó Briain
""", R(["Information"], "tomas.obriain@railpost.example", "Tomás", "Ó Briain"),
    ct=CP1252, encode="cp1252")

add("en-17-latin1-cancel-subscription", "Renée Fairbairn <renee.fairbairn@thistlemail.example>",
    "Amora Premium - get rid of my account",
    """Hello,

I've cancelled the £14.99 Premium subscription already. Now I'd like the whole Amora account
erased, please, not just "paused" - pictures, bio, messages, everything. I used the café
check-in feature a few times too, so that location stuff as well.

Merci,
Renée Fairbairn
""", R(["Erasure"], "renee.fairbairn@thistlemail.example", "Renée", "Fairbairn"),
    ct=LATIN1, encode="latin-1")

add("en-18-vat-invoice-edinburgh", "Declan Murphy <declan@murphyjoinery.example>",
    "Invoice needed - booking HX-99812",
    """Hi,

Could someone send me a proper VAT invoice for my stay at Halcyon Edinburgh, 3-5 October,
booking reference HX-99812? The confirmation email doesn't have your VAT number on it and our
accountant won't accept it. Invoice should be made out to Murphy Joinery Ltd.

Thanks,

Declan Murphy
Finance Manager | Murphy Joinery Ltd
M: 07700 900781
Unit 4, Riverside Trading Estate, Newry
""", R(["Unknown"], "declan@murphyjoinery.example", "Declan", "Murphy"))

add("en-19-procurement-head-sar", "Anjali Mehta-Sharpe <anjali.mehta-sharpe@corvid-group.example>",
    "Personal information request",
    """Hello,

I travel a lot for work and book Halcyon through our corporate account, but I'm also a Rewards
member in my own right. I'd like to find out what personal information Halcyon holds on me,
across both - stay history, room preferences, any notes staff have made on my guest profile
(I had a disagreement at the Birmingham property in September and I'd like to see how it was
written up), and anything your sales team keeps on me as the company contact.

Best regards,

Anjali Mehta-Sharpe
Head of Procurement
Corvid Group plc
T: +44 121 496 0744 | M: +44 7700 900133

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely
for the addressee. If you have received it in error, please notify the sender immediately and
delete it from your system. Any views expressed are those of the individual sender and do not
necessarily represent those of Corvid Group plc. Corvid Group plc, registered in England and
Wales no. 01234567.
""", R(["Access"], "anjali.mehta-sharpe@corvid-group.example", "Anjali", "Mehta-Sharpe"))

add("en-20-points-ledger-status-match", "Chidi Eze <chidi.eze@atlaspost.example>",
    "Export of my Rewards history",
    """Hi,

I'm applying for a status match with another hotel group and they want proof of my activity.
Rather than screenshots, could you send me my full stay history and points ledger from Halcyon
Rewards as a CSV or other structured file? Ideally you'd transmit it straight to them - I'm
happy to give you their address - but a file to me is fine as well.

Thanks,
Chidi Eze
Rewards 6012 773 880
""", R(["Portability"], "chidi.eze@atlaspost.example", "Chidi", "Eze"))

add("en-21-disputed-damage-freeze", "Rhiannon Pugh <rhiannon.pugh@cwmpost.example>",
    "Disputed damage charge - Halcyon Bristol",
    """Hello,

After my stay at Halcyon Bristol Harbourside (room 412, 17-18 October) I was charged £260 for
"damage to soft furnishings". I did not cause any damage - the stain was there when I arrived
and I reported it at the desk. I'm disputing the charge with my bank.

I've now been told by the Rewards team that the incident is on my guest profile and that it
may affect future bookings. While the dispute is ongoing, I'd like that record put on hold:
don't use it against me, don't share it with other hotels in the group or anyone else, just
keep it until the facts are established. I understand this is the right to restrict processing.

Regards,
Rhiannon Pugh
""", R(["Restriction"], "rhiannon.pugh@cwmpost.example", "Rhiannon", "Pugh"))

add("en-22-after-i-die", "Robert Kilbride <rob.kilbride@highlandnet.example>",
    "Arrangements for my accounts",
    """Dear Sir/Madam,

I have been diagnosed with a terminal illness and I am putting my affairs in order. I have an
Amora account (we met through it, my wife and I) and we used your wedding marketplace for our
wedding two years ago, where all our photos and the guest book are stored.

When I die I would like the Amora dating profile to be deleted, but I want my wife, Clare
Kilbride, to be able to download and keep the wedding photos and guest book. Can I leave
instructions with you to that effect now, and what do you need from me so that they are
followed? Is there a form?

Thank you for your help.

Robert Kilbride
""", R(["AdvanceDirectives"], "rob.kilbride@highlandnet.example", "Robert", "Kilbride"))

add("en-23-scottish-copy-then-delete", "Fiona MacAulay <fiona.macaulay@glenmail.example>",
    "before i go",
    """Hiya,

Right, I'm done with online dating, it's been a long three years. Before yous delete me off
Amora I want a copy of what you've got - I'd like to keep my old chats for a laugh (and one
or two for evidence, long story). Then wipe the lot, aye?

Cheers,
Fiona MacAulay
""", R(["Access", "Erasure"], "fiona.macaulay@glenmail.example", "Fiona", "MacAulay"))

add("en-24-engaged-stop-profiling", "Abigail Nwachukwu <abi.nwachukwu@serenmail.example>",
    "Stop using my profile for targeted ads",
    """Hello,

Since I changed my Amora status to "engaged" the app has been full of "recommended" wedding
vendors, and I'm now seeing Halcyon honeymoon suites advertised everywhere on social media.
It's clear you're profiling me across your brands for advertising. I object to that.

To be clear I don't want my account deleted - I still use the wedding planner side - I just
want you to stop building an advertising profile on me and stop sharing it with ad networks.

Regards,
Abigail Nwachukwu
""", R(["Opposition"], "abi.nwachukwu@serenmail.example", "Abigail", "Nwachukwu"))

add("en-25-no-name-us-transfers", "m.oyelaran@webpost.example", "Question about where data is kept",
    """Hello,

Before I upload ID for Amora's photo verification I'd like to know a few things:

Is the verification done by you or by an outside company? Are the selfie and the ID image sent
outside the UK/EU, and if so to which country and under what safeguards? How long are they
stored once I've been verified?

Thanks in advance.
""", R(["Information"], "m.oyelaran@webpost.example"))

add("en-26-no-punctuation-fed-up", "Gary Holt <garyholt.builder@tradesmail.example>", "halcyon account",
    """hi ive asked twice on the phone now and nobody does anything so im putting it in writing stop
emailing me stop texting me and close my halcyon account and get rid of my details i dont
stay with you anymore since you shut the derby one
gary holt
""", R(["Opposition", "Erasure"], "garyholt.builder@tradesmail.example", "Gary", "Holt"))

add("en-27-cctv-lobby-incident", "Marcus Delacroix-Hughes <marcus.dh@quaymail.example>",
    "CCTV footage request - London Bridge, 2 November",
    """Hello,

On the evening of 2 November, at roughly 22:40, I was involved in a confrontation with another
guest in the lobby of Halcyon London Bridge. Security staff attended. I want to obtain the CCTV
footage showing me, from the lobby and the lift area, between 22:30 and 23:00, as part of my
right of access. Please preserve it in the meantime - I understand footage is usually overwritten
after 30 days.

I was wearing a navy overcoat and carrying a black holdall. I can provide a photo of myself.

Marcus Delacroix-Hughes
+44 7700 900964
""", R(["Access"], "marcus.dh@quaymail.example", "Marcus", "Delacroix-Hughes"))

add("en-28-html-gold-downgrade", "Chiara Benedetti <chiara.benedetti@studiopost.example>",
    "Gold status removed automatically?", "",
    R(["AutomatedDecision"], "chiara.benedetti@studiopost.example", "Chiara", "Benedetti"),
    ct=HTML)
E[-1]["body"] = (
    "<html><head><style>p{font-family:Calibri}</style></head><body>"
    "<div>Hello,</div>"
    "<div><br></div>"
    "<div>Last week my Halcyon Rewards tier went from <b>Gold</b> to <b>Silver</b> overnight and "
    "a booking I'd made with my points was cancelled. The email said my account had been "
    "&quot;adjusted following an automated review of unusual activity&quot;. The unusual activity "
    "was me booking three rooms for my sister&#39;s hen weekend.</div>"
    "<div><br></div>"
    "<div>I&#39;d like this decision looked at again by an actual person, please, and I&#39;d like "
    "to understand on what basis the system decided my account was suspicious.</div>"
    "<div><br></div>"
    "<div>Chiara Benedetti</div>"
    "</body></html>\n")

add("en-29-vendor-sharing-withdraw", "Eleanor van der Berg <eleanor.vdberg@tulipmail.example>",
    "Wedding marketplace - sharing my details",
    """Hi,

When I set up our wedding board on Amora Weddings I apparently consented to "sharing my
enquiry details with relevant partner vendors". I'd like to withdraw that consent now - we've
booked everyone we need and I'm still getting cold emails from venues. Keep the board and my
account, just stop handing my details out.

Thanks,
Eleanor van der Berg
""", R(["Opposition"], "eleanor.vdberg@tulipmail.example", "Eleanor", "van der Berg"))

add("en-30-letter-from-caterer-where-from", "Samir Haddad <samir.haddad@cedarpost.example>",
    "How did a caterer get my home address?",
    """Dear Privacy Team,

This morning I received a glossy brochure at home from a wedding caterer, addressed to me by
name, with "As recommended by Amora Weddings" on the envelope. I have never used your wedding
marketplace; I had a dating profile on Amora for a few months last year, that is all.

I would like to know where you got my postal address from (I don't think I ever gave it to
Amora), what you told this caterer about me, and who else has received it. And please make
sure my details are not passed to any more of these companies for marketing.

Yours sincerely,
Samir Haddad
""", R(["Information", "Opposition"], "samir.haddad@cedarpost.example", "Samir", "Haddad"))

add("en-31-lpa-mother-brochures", "Paul Ashworth <paul.ashworth@fellside.example>",
    "Mrs Dorothy Ashworth - Halcyon Rewards",
    """Hello,

I hold a Lasting Power of Attorney (property and financial affairs) for my mother, Mrs Dorothy
Ashworth, who has dementia and now lives in a care home. She is still a Rewards member and is
sent brochures and phone offers that confuse and upset her - last month she tried to book a
spa weekend over the phone.

Please stop all marketing to her, by post, phone and email, with immediate effect. I would also
like to know what personal information you hold about her and what's been booked on her
account in the last year, so I can check nothing has been taken out in her name.

I can send a certified copy of the LPA.

Regards,
Paul Ashworth
07700 900227
""", R(["Opposition", "Access"], "paul.ashworth@fellside.example", "Dorothy", "Ashworth",
       representative="Paul Ashworth"))

# ---------------------------------------------------------------- tasks

add("en-32-task-dpia-video-selfie", "Hannah Kowalczyk <hannah.kowalczyk@acme-corp.example>",
    "DPIA needed - video selfie verification (Amora)",
    """Hi privacy team,

We're planning to roll out video-selfie verification on Amora in the new year, using a vendor
called FaceTrust who would do liveness detection and match the video against profile photos.
Beta with ~5,000 users is pencilled in for 1 December.

Legal said we'll need a DPIA before the beta goes live given it's biometric. Could one of you
pick it up? I can set up a call with the vendor and share their security whitepaper and the
data flow diagram.

Thanks!
Hannah Kowalczyk
Senior Product Manager, Trust & Safety - Amora
""", TASK("hannah.kowalczyk@acme-corp.example", "Hannah", "Kowalczyk"))

add("en-33-task-sms-vendor-dpa", "Oliver Strand <oliver.strand@acme-corp.example>",
    "DPA review - Textwave (SMS provider)",
    """Hello,

Procurement is finalising the contract with Textwave, our new SMS provider for Halcyon booking
reminders and Rewards alerts. Their standard data processing agreement is in the shared drive
(Contracts > 2026 > Textwave). Their sub-processor list includes a company in India.

Could privacy review the DPA and the transfer terms and let me know what we need to push back
on? We'd like to sign by the 27th.

Best,
Oliver Strand
Procurement Lead, Halcyon Hotels
""", TASK("oliver.strand@acme-corp.example", "Oliver", "Strand"))

add("en-34-task-front-desk-training", "Bethany Clarke <bethany.clarke@acme-corp.example>",
    "Data protection refresher for front office teams",
    """Hi,

Following the passport photocopy complaints we've had this quarter, the GMs at Leeds, Glasgow
and Newcastle would like a short data protection refresher for front office and night audit
staff - 45 minutes max, ideally in the week of 11 January. Something practical: ID checks,
what we can say on the phone about guests, handling police requests.

Would you be able to run it or put something together we can deliver?

Thanks,
Bethany Clarke
Regional HR Business Partner - North
""", TASK("bethany.clarke@acme-corp.example", "Bethany", "Clarke"))

add("en-35-task-ropa-airline-partner", "Vikram Bose <vikram.bose@acme-corp.example>",
    "RoPA update - SkyPoints partnership",
    """Hi team,

FYI the SkyPoints partnership went live on Monday: Rewards members can now convert hotel points
to airline miles, which means we send SkyPoints the member's name, membership number and
points balance when they opt in. Could you add this to the record of processing activities
and tell me if the privacy notice needs changing? The joint marketing bit starts in Q2.

Cheers,
Vikram
Vikram Bose | Loyalty Partnerships Manager
""", TASK("vikram.bose@acme-corp.example", "Vikram", "Bose"))

add("en-36-task-client-questionnaire", "Laura Finch <laura.finch@acme-corp.example>",
    "Privacy section of Brightwater's supplier questionnaire",
    """Hi,

Brightwater Consulting (our biggest corporate accommodation account) has sent its annual
supplier due-diligence questionnaire. Sections 1-5 are IT security and we've got those covered,
but section 6 is 22 questions on data protection (DPO contact, retention, breach notification,
international transfers, sub-processors). It's due back Friday 20th.

Could someone on the privacy team complete section 6? Spreadsheet is in Teams > Corporate Sales.

Thanks a million,
Laura Finch
Key Account Director, Halcyon Corporate Sales
""", TASK("laura.finch@acme-corp.example", "Laura", "Finch"))

# ---------------------------------------------------------------- incidents

add("en-37-inc-laptop-on-train", "Sam Okafor <sam.okafor@acme-corp.example>",
    "Laptop left on train - urgent",
    """Hi,

I'm really sorry - I left my work laptop on the 18:05 Southern service to Brighton last night.
I've reported it to the train company's lost property and to IT, who say it's BitLocker
encrypted, but I had the vendor payouts spreadsheet for the Amora Weddings marketplace open
locally (vendor names, bank details, some couples' names and wedding dates) and I'm not sure
whether a copy was also saved to the desktop.

IT have locked my account. What else do you need from me?

Sam Okafor
Marketplace Finance Analyst
""", INC("sam.okafor@acme-corp.example", "Sam", "Okafor"))

add("en-38-inc-guest-list-wrong-vendor", "Jess Marlow <jess.marlow@acme-corp.example>",
    "Sent a couple's guest list to the wrong vendor",
    """Hi privacy,

This afternoon I emailed the full guest list for the Patel/O'Brien wedding (142 guests, names,
addresses, dietary needs incl. a couple of medical ones) to Bloom & Twine, which is the florist
for a different couple, instead of to the caterer. I realised about 20 minutes later and have
emailed them asking them to delete it, no reply yet.

Do I need to tell the couple? What should I do next?

Jess Marlow
Wedding Concierge, Amora Weddings
""", INC("jess.marlow@acme-corp.example", "Jess", "Marlow"))

add("en-39-inc-clicked-link-opera", "Krzysztof Nowak <krzysztof.nowak@acme-corp.example>",
    "I think I fell for a phishing email",
    """Hello,

At 09:15 I got an email that looked like it came from our booking engine provider asking me to
re-validate my login. I clicked it and typed in my username and password for the reservations
system before I noticed the address was wrong. I've changed my password since and told the IT
service desk (ticket INC-77120). I have access to guest profiles for the Heathrow and Gatwick
hotels.

Sorry. Let me know what you need.

Krzysztof Nowak
Reservations Supervisor, Halcyon Heathrow
""", INC("krzysztof.nowak@acme-corp.example", "Krzysztof", "Nowak"))

add("en-40-inc-outsider-someone-elses-booking", "Priyanka Desai <priyanka.desai@lotusmail.example>",
    "I've been sent another guest's booking",
    """Hello,

I received an email this morning titled "Your Halcyon stay is confirmed" but it isn't mine: it's
for a Mr Anders Lindqvist, staying at Halcyon Glasgow Central from 20 November. It contains his
home address, phone number, the last four digits of his card and a scan of what looks like his
driving licence as an attachment.

I've never booked with you under that name. I haven't forwarded it to anyone and I'll delete it
once you confirm you've seen this, but you clearly have a problem somewhere.

Priyanka Desai
""", INC("priyanka.desai@lotusmail.example", "Priyanka", "Desai"))

add("en-41-inc-outsider-other-users-chats", "Luca Romano <luca.romano@ponte.example>",
    "Seeing someone else's chats in the app",
    """Hi,

Something weird and worrying: after updating the Amora app on Android this evening, my
conversation list showed chats that aren't mine - a user called "Ben, 34" talking to several
women, including his phone number and photos he'd sent. I could open them and scroll. After
force-closing the app my own chats came back.

I took two screenshots as proof but I'm happy to delete them. I assume he can maybe see mine
too, which isn't great.

Luca Romano
""", INC("luca.romano@ponte.example", "Luca", "Romano"))

add("en-42-inc-researcher-open-bucket", "sec-research@whitehatlab.example",
    "Publicly readable storage with wedding contracts",
    """Hello,

During routine scanning I came across a publicly listable cloud storage bucket named
amora-weddings-contracts-prod-backup. It contains what appear to be signed vendor contracts and
couples' booking forms (names, addresses, phone numbers, some passport copies for destination
weddings). I downloaded two files to confirm the content and have deleted them.

I have not shared this with anyone. I'd appreciate an acknowledgement and, if you have one, a
contact in your security team. I plan to follow responsible disclosure and not publish anything.

Regards,
A. Lindgren
Independent security researcher
""", INC("sec-research@whitehatlab.example", None, "Lindgren"))

# ---------------------------------------------------------------- follow-ups

add("en-43-fu-dsr-id-attached", "Harriet Osei <harriet.osei@meadowmail.example>",
    "Re: [DSR-40817] We have received your request",
    """Hi,

Please find my driving licence attached as requested. Let me know if you need anything else.

Harriet

On Thu, 12 Nov 2026 at 10:02, Acme Corp Privacy <privacy@acme-corp.example> wrote:
> Dear Harriet Osei,
>
> Thank you for your message. We have registered your request under reference DSR-40817.
> To protect your data, we need to confirm your identity before we can proceed. Please reply
> to this email with a copy of an identity document.
>
> Kind regards,
> The Privacy Team
""", FU("40817", "harriet.osei@meadowmail.example", "Harriet", "Osei"))

add("en-44-fu-dsr-overdue", "Ravi Chandrasekhar <ravi.c@ganges.example>",
    "RE: [DSR-51266] Your data protection request",
    """It is now 37 days since you acknowledged my request and I have heard nothing. The legal time
limit is one month. If I don't receive my data by Friday I will be lodging a complaint with the
ICO.

Ravi Chandrasekhar

-----Original Message-----
From: privacy@acme-corp.example
Sent: 08 October 2026 14:21
Subject: [DSR-51266] Your data protection request

Dear Mr Chandrasekhar,
We confirm receipt of your request, registered under DSR-51266. We will reply within one month.
Privacy Team
""", FU("51266", "ravi.c@ganges.example", "Ravi", "Chandrasekhar"))

add("en-45-fu-irt-moving-apps", "Rafael Okonkwo <rafa.okonkwo@lumenpost.example>",
    "Re: Taking my stuff with me",
    """Hi again,

Just checking this has reached someone - I haven't had any reply, not even an automatic one.
Also, if it's easier, a zip with JSON files is absolutely fine.

Rafael
""", FU(ref("en-03-moving-apps-json"), "rafa.okonkwo@lumenpost.example", "Rafael", "Okonkwo"),
    headers=irt("en-03-moving-apps-json"))

add("en-46-fu-irt-other-email", "Fiona MacAulay <fiona.macaulay@glenmail.example>",
    "Re: before i go",
    """Sorry, forgot to say - I also had an older Amora account on fifi.mac@glenmail.example from
2021. Can yous include that one too.

F
""", FU(ref("en-23-scottish-copy-then-delete"), "fiona.macaulay@glenmail.example", "Fiona", "MacAulay"),
    headers=irt("en-23-scottish-copy-then-delete"))

# ---------------------------------------------------------------- ignored

add("en-47-spam-data-broker-removal", "ScrubIt Pro <offers@scrubit-pro.example>",
    "Your personal data is exposed on 214 sites - remove it today",
    """Hi there,

Did you know your name, home address and phone number are being sold by over 200 data brokers?
ScrubIt Pro automatically sends GDPR deletion requests on your behalf and protects your
personal data 24/7.

>> Start your FREE scan now: http://scrubit-pro.example/scan?ref=acme
>> 80% OFF this week only - just £2.49/month

Protect your privacy. Delete yourself from the internet.

To stop receiving these emails reply REMOVE.
""", IGN("spam", "offers@scrubit-pro.example"), headers=SPAM_HDR)

add("en-48-spam-mailbox-deletion-phish", "Microsoft 365 Admin <no-reply@m365-secure-verify.example>",
    "Action required: privacy@acme-corp.example will be deleted",
    """Dear privacy@acme-corp.example,

Your mailbox has exceeded its storage quota and is scheduled for permanent deletion within
24 hours, including all stored messages and personal data.

To keep your mailbox active, verify your account below:

VERIFY NOW: http://m365-secure-verify.example/login?u=privacy%40acme-corp.example

Microsoft 365 Security Team
""", IGN("spam", "no-reply@m365-secure-verify.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="m365-secure-verify.example")])

add("en-49-spam-seo-dating", "Jake | GrowthRank <jake@growthrank-seo.example>",
    "Get Amora to #1 on Google",
    """Hi,

I was looking at amora's website and noticed you're not ranking on page one for "best dating
app UK" or "wedding planner app". We've helped 300+ apps 10x their organic traffic.

Could I send you a free 12-point audit? Just reply "yes".

Best,
Jake
GrowthRank SEO
""", IGN("spam", "jake@growthrank-seo.example"))

add("en-50-spam-gdpr-registration-fee", "GDPR Compliance Registry <notice@gdpr-registry-office.example>",
    "FINAL NOTICE: Data Protection Registration Overdue",
    """FINAL NOTICE - REF GDPR/2026/88431

Our records indicate that ACME CORP has not completed its mandatory annual data protection
registration. Organisations processing personal data that fail to register may face fines of
up to £4,350.

To avoid enforcement action, pay the registration fee of £295 + VAT within 7 days at
http://gdpr-registry-office.example/pay quoting your reference.

Data Protection Registration Services
(This service is not affiliated with any government body.)
""", IGN("spam", "notice@gdpr-registry-office.example"))

add("en-51-auto-ooo", "Geraldine Foster <g.foster@hollowayfoster.example>",
    "Automatic reply: [DSR-62019] We have received your request",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access
to email. For urgent matters please contact my assistant on 01632 960 118.

Geraldine Foster
""", IGN("auto_reply", "g.foster@hollowayfoster.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-52-auto-ticket-ack", "Textwave Support <support@textwave.example>",
    "[Ticket #88213] We've received your message",
    """Hello,

Thanks for contacting Textwave Support. This is an automated confirmation that we've received
your message and created ticket #88213. One of our team will get back to you within 2 business
days.

Please do not reply to this email.

Textwave Support
""", IGN("auto_reply", "support@textwave.example"),
    headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])

add("en-53-bulk-privacy-digest", "Privacy Pros Digest <digest@privacypros.example>",
    "Privacy Pros Weekly #212: EDPB guidance on dating apps, fines round-up",
    """PRIVACY PROS WEEKLY - Issue 212

In this issue:
* EDPB publishes draft guidance on special category data in dating apps
* Fines round-up: three hotel chains penalised for ID scanning practices
* Webinar: running DPIAs for biometric verification (Thursday, 2pm GMT)

Read online: https://privacypros.example/weekly/212

You are receiving this because you subscribed at privacypros.example.
Unsubscribe: https://privacypros.example/unsub?u=8812
""", IGN("bulk", "digest@privacypros.example"),
    headers=["List-Id: Privacy Pros Weekly <weekly.privacypros.example>",
             "List-Unsubscribe: <https://privacypros.example/unsub?u=8812>",
             "Precedence: bulk"])

add("en-54-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
