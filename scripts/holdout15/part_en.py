# Holdout set 15, English part. Written blind. Organisation: a ski resort operator
# (Acme Peaks: lift passes with photo, RFID gates, ski school, season passes, slope webcams)
# and a dating app (Sparkle: profiles, matches, chats, verification selfies, Premium).
from common import *

# --- requests -------------------------------------------------------------------------

add("en-01", "kayla.m@inbox.example", "delete",
"""pls delete my account on the app, met someone and dont need it anymore

Sent from my iPhone
""", R(["Erasure"], "kayla.m@inbox.example"))

add("en-02", "Oluwaseun Adeyemi <o.adeyemi@freemail.example>", "Subject Access Request – Article 15 GDPR",
"""Dear Data Protection Officer,

I am the holder of Acme Peaks season pass no. SP-2025-88412 and have been a customer of the
resort since the 2021/22 winter.

Pursuant to Article 15 of the General Data Protection Regulation, I hereby ask you to confirm
whether or not you are processing personal data concerning me and, where that is the case, to
provide me with that personal data, together with the information listed in Article 15(1)(a)
to (h). For the avoidance of doubt this includes, but is not limited to:

  - the photograph printed on my pass and any copies of it;
  - the records produced by the RFID gates each time my pass was scanned;
  - any CCTV or webcam images in which I can be identified;
  - notes made by ticket office or customer service staff about me.

I would be grateful if the information could be provided electronically. I remind you that
you have one month from receipt of this letter to respond.

Yours faithfully,

Oluwaseun Adeyemi
""", R(["Access"], "o.adeyemi@freemail.example", "Oluwaseun", "Adeyemi"))

add("en-03", "Emma-Rose Whitfield <emmarose.whitfield@mail.example>", "what do you keep on me?",
"""Hi Sparkle team,

Before I leave the app for good I'd like to see everything you've kept on me — my chats, the
selfie I uploaded for the blue tick, the list of people I matched with, whatever notes your
moderators made when I reported that guy in March. Once I've had a look, please wipe the lot.
I don't want a single photo of me sitting on your servers.

Thanks,
Emma-Rose
""", R(["Access", "Erasure"], "emmarose.whitfield@mail.example", "Emma-Rose", "Whitfield"))

add("en-04", "Siobhán Ní Bhriain <siobhan.nibhriain@post.example>", "Wrong details on my season pass",
"""Hello,

My season pass reads "Siobhan Ni Brian" and my date of birth shows as 1991 instead of 1993.
Because of that the system put me in the wrong age band and I can't collect the under-30
discount I'm entitled to. Could you please put my name right (Siobhán Ní Bhriain, with the
accents) and fix the year of birth on my file?

Go raibh maith agat,
Siobhán Ní Bhriain
Mob: +353 87 555 0142
""", R(["Rectification"], "siobhan.nibhriain@post.example", "Siobhán", "Ní Bhriain"))

add("en-05", "Hamish MacLeod <hamish.macleod77@mailbox.example>", "powder alerts",
"""hi, i keep geting your "fresh powder alert" emails evry morning at 6am, i never signed up
for thos as far as i know. take me of the list please

thx Hamish
""", R(["Opposition"], "hamish.macleod77@mailbox.example", "Hamish", "MacLeod"))

add("en-06", "Brenda Kowalczyk <brenda.k@netmail.example>", "STOP",
"""STOP SENDING ME "YOU HAVE 5 NEW ADMIRERS" EMAILS AND PUSH NOTIFICATIONS. I NEVER ASKED FOR
THEM. I WANT THEM STOPPED TODAY NOT IN 10 WORKING DAYS.

BRENDA
""", R(["Opposition"], "brenda.k@netmail.example", "Brenda", "Kowalczyk"))

add("en-07", "Daniel Price <dan.price@family.example>", "Ski school photos of my son",
"""Good afternoon,

My son Leo Hartmann-Price (7) attended the "Snowflakes" group of your ski school during the
February half-term week. Yesterday a friend sent me a screenshot of your Instagram account and
the ski school Facebook page: Leo is in at least four of the photos, in one of them with his
name on his bib clearly readable. I never signed any photo consent — I ticked "no" on the form.

I would like you to tell me everything you hold about Leo: the registration form, the photos,
the instructor's progress notes, his allergy information and anything else. And I want every
photo of him taken down from your social media and website and deleted from your archive.

I am his father and hold parental responsibility; I can provide proof if needed.

Daniel Price
07700 900 417
""", R(["Access", "Erasure"], "dan.price@family.example", "Leo", "Hartmann-Price",
       representative="Daniel Price"))

add("en-08", "Aroha Ngata <aroha.ngata@kiwimail.example>", "RFID gate records - question",
"""Kia ora,

Quick question before I buy a season pass: the gates scan the card every time I go through
and I gather they take a photo as well. How long do you keep those records, and does anyone
outside the resort (insurers, police, your marketing partners) ever get to see them?

Just trying to understand how it works, I'm not asking for anything to be sent to me.

Ngā mihi,
Aroha Ngata
""", R(["Information"], "aroha.ngata@kiwimail.example", "Aroha", "Ngata"))

add("en-09", "Mei-Ling Chow <meiling.chow@mail.example>", "Moving my stuff to another app",
"""Hello,

I'm switching from Sparkle to another dating service. Could you send me my profile text, my
photos and my full conversation history in a file I can actually reuse — JSON, CSV, whatever
the industry standard is — rather than a PDF printout? If you can transmit it straight to the
other provider that would be even better, I can give you their contact.

Best,
Mei-Ling Chow
""", R(["Portability"], "meiling.chow@mail.example", "Mei-Ling", "Chow"))

add("en-10", "Ravi Subramanian <ravi.subramanian@post.example>", "Banned by a robot",
"""Your system banned me ten minutes after I uploaded my verification selfie. The message says
"identity could not be confirmed, your account has been closed". Nobody looked at this, it was
obviously an automatic check. I've grown a beard since my profile pictures, that's all.

I want a real person to look at my case and reverse this decision. I'm a paying Premium member.

Ravi Subramanian
""", R(["AutomatedDecision"], "ravi.subramanian@post.example", "Ravi", "Subramanian"))

add("en-11", "Connor Fitzgerald <connor.fitz@mailbox.example>", "Season pass suspended - disputing gate records",
"""Hi,

My season pass was blocked last Saturday. Your staff told me the gate camera "didn't match" my
photo on three occasions and that I am suspected of lending my pass. I was skiing myself every
one of those days and have the Strava tracks to prove it.

I dispute the accuracy of those gate records. While you investigate, I ask that you restrict
the processing of them: don't delete them, don't pass them to anyone and don't use them for
any further decision about me until the matter is settled.

Regards,
Connor Fitzgerald
""", R(["Restriction"], "connor.fitz@mailbox.example", "Connor", "Fitzgerald"))

add("en-12", "Gareth Llewellyn <gareth.llewellyn@valleymail.example>", "Worst start to a holiday ever",
"""To whoever reads this,

I have been coming to your resort with my family for eleven years and I have never been
treated like this. We bought four 6-day passes online in October. On Sunday morning the gate at
the Gondola 1 refused my pass — red light, beep, nothing. The lad at the gate said the pass
"wasn't recognised" and sent us to the ticket office. Forty minutes in a queue with two kids
in ski boots. The woman at the desk said my online order was "linked to another profile" and
that my photo "didn't load". She then told me, in front of everyone, that people try to use
fake passes all the time. My daughter missed the first hour of her ski school lesson and
nobody refunded that either.

Frankly, after this I would like to know exactly what information you hold about me. If my
order can end up linked to "another profile", who knows what else is wrong in your system.
Send me all of it — what you have, where it came from, who you gave it to.

I am NOT asking you to close my account: we have, God help us, already booked again for
Easter. But I do expect an apology and a refund of the lost lesson.

Gareth Llewellyn
Pontypridd
""", R(["Access"], "gareth.llewellyn@valleymail.example", "Gareth", "Llewellyn"))

add("en-13", "Nadia Haddad <nadia.haddad@webmail.example>", "Promotional emails",
html("Hello,",
     "Please stop sending me Sparkle Premium promotional emails, &quot;special offers&quot; and "
     "&quot;your week in review&quot; newsletters.",
     "I want to <b>keep</b> my account and my subscription, I simply don't want marketing.",
     "Thank you,<br>Nadia Haddad"),
R(["Opposition"], "nadia.haddad@webmail.example", "Nadia", "Haddad"), ct=HTML)

add("en-14", "José Araújo <jose.araujo@correio.example>", "webcam video of me",
"""Hello,

On 12 January your webcam "Summit Express - top station" filmed me during a rather spectacular
fall. The time-lapse is now on your website and on your YouTube channel and has more than
40 000 views. My face and my orange jacket are perfectly recognisable and my colleagues have
found it.

Please remove this video everywhere and delete the recording.

Obrigado,
José Araújo
""", R(["Erasure"], "jose.araujo@correio.example", "José", "Araújo"),
    encode="latin-1", ct=LATIN1)

add("en-15", "Tom Becker <tom.becker@acme-corp.example>", "Fwd: my info",
"""Hi privacy team – this came into Guest Services over the weekend, looks like one for you.
Cheers, Tom

Tom Becker | Guest Services Supervisor | Acme Peaks

---------- Forwarded message ---------
From: Priya Raghunathan <priya.raghu@mailbox.example>
Date: Sat, 14 Nov 2026 at 21:14
Subject: my info
To: <guestservices@acme-corp.example>

Hello, I bought lift passes for my family last season and would like to obtain the personal
information you have stored on me, including the photo taken at the ticket desk and the
list of times my pass went through the gates.

Thanks,
Priya Raghunathan
""", R(["Access"], "priya.raghu@mailbox.example", "Priya", "Raghunathan"))

add("en-16", "Marta Kovač <marta.kovac@acme-corp.example>", "FW: Remove my profile", "",
    R(["Erasure"], "tomasz.w@poczta.example", "Tomasz", "Wiśniewski"),
    note="""Privacy – a user wrote to support, see attached. User ID 4471920, Premium until January.
Can you take it from here?

Marta Kovač
Trust & Safety, Sparkle
""",
    attached=("Tomasz Wiśniewski <tomasz.w@poczta.example>", "Remove my profile",
"""Hi,

I want my Sparkle profile and everything attached to it gone: photos, chats, the verification
selfie and my match list. Please confirm by email once it's done.

Tomasz Wiśniewski
"""))

add("en-19", "Rupert Blackwood <r.blackwood@blackwood-hale.example>",
    "Our client Mrs Margaret O'Sullivan – collision on 3 February 2026 – personal data",
"""Dear Sirs,

Our client: Mrs Margaret O'Sullivan, season pass holder no. 77102

We act for Mrs O'Sullivan, who was seriously injured on 3 February 2026 in a collision with
another skier on the "Edelweiss" blue run, below the Gamsjoch chairlift. A signed form of
authority is enclosed.

On our client's behalf and pursuant to Article 15 GDPR, we request copies of all personal data
you hold relating to her, and in particular: (i) the RFID gate records of her pass for
3 February 2026; (ii) any footage from slope webcams covering the Edelweiss run between 10:00
and 12:00 that day; and (iii) the ski patrol incident report and first-aid log.

Further, as those data are required by our client for the establishment, exercise or defence
of legal claims, we ask that, pursuant to Article 18(1)(c) GDPR, you restrict their processing
and in particular that they are not deleted under your routine retention schedule.

We look forward to hearing from you within one month.

Yours faithfully,

Rupert Blackwood
Partner
Blackwood & Hale LLP
T +44 20 7946 0831

This email is confidential and may be legally privileged. If you have received it in error,
please notify the sender and delete it.
""", R(["Access", "Restriction"], "r.blackwood@blackwood-hale.example", "Margaret", "O'Sullivan",
       representative="Rupert Blackwood"))

add("en-20", "Anna Lindqvist <anna.lindqvist@nordmail.example>", "My late father's account",
"""Hello,

My father, Gösta Lindqvist, passed away in September. He had a season pass with you for more
than twenty years and loved the place. Since then my mother keeps receiving renewal reminders
addressed to him, with his photo in the "your pass is ready" email, which is very upsetting.

Please close his customer account and remove his details, photo included. I can send you a
copy of the death certificate and proof that I am his daughter and executor.

Anna Lindqvist
""", R(["Erasure"], "anna.lindqvist@nordmail.example", "Gösta", "Lindqvist",
       representative="Anna Lindqvist"))

add("en-21", "The Okonkwo Family <okonkwo.family@homemail.example>", "change of address",
"""Hello,

We moved in the summer. Please change the postal address on my season pass account to
14 Larch Close, Kendal LA9 4QT. My mobile has also changed, it's now 07700 900123.

Thanks
Chidi Okonkwo
""", R(["Rectification"], "chidi.okonkwo@workmail.example", "Chidi", "Okonkwo"),
    headers=["Reply-To: Chidi Okonkwo <chidi.okonkwo@workmail.example>"])

add("en-22", "Harriet Quinn <h.quinn@oldmail.example>", "my wishes for after I'm gone",
"""Dear Sir or Madam,

I am 78 and my grandson set me up on your Sparkle app last spring (yes, really — and I have
had some lovely conversations). I have recently been given some difficult news about my health
and am putting my affairs in order.

I would like to leave instructions for when I die: my profile should be deleted, my messages
should not be kept, and my son Peter should be told that it has been done. How do I register
these wishes with you, and will you honour them?

With thanks,
Harriet Quinn
""", R(["AdvanceDirectives"], "h.quinn@oldmail.example", "Harriet", "Quinn"))

add("en-23", "Sam Oduya <s.oduya@mail.example>", "are my chats private?",
"""Hey,

Couple of questions. Are my chat messages on Sparkle read by anybody at your company? Are they
used to train any AI? And are they stored in the US or in Europe?

I'm not asking you to delete anything, I like the app, I just want to understand what happens
to them.

— Sam Oduya
Sent from Outlook for Android
""", R(["Information"], "s.oduya@mail.example", "Sam", "Oduya"))

add("en-24", "Declan Murphy <declan.murphy@eiremail.example>", "phone calls",
"""Third call this week from one of your sales people about "early bird season pass offers".
I told the last one I wasn't interested. Stop ringing me and get my phone number out of your
systems altogether.

Declan Murphy
""", R(["Opposition", "Erasure"], "declan.murphy@eiremail.example", "Declan", "Murphy"))

add("en-25", "Kirsty Anderson <kirsty.anderson@mailbox.example>", "lost helmet",
"""Hi there,

I think I left my daughter's helmet (white with pink stars, name "ISLA" on the back) at the
ski school meeting point on Sunday afternoon. Is there a lost property office? Sorry if this is
the wrong address, it was the only one I could find on the website.

Kirsty
""", R(["Unknown"], "kirsty.anderson@mailbox.example", "Kirsty", "Anderson"))

add("en-26", "Jon Ferreira <jon.ferreira@freelance.example>", "invoice with VAT number",
"""Hello, could you reissue my Sparkle Premium invoice for October with my company name
(Ferreira Design Ltd) and VAT number GB 123 4567 89 on it? Need it for my accountant. Thanks!
Jon
""", R(["Unknown"], "jon.ferreira@freelance.example", "Jon", "Ferreira"))

add("en-27", "Marcus Delacroix-Hughes <m.delacroixhughes@post.example>", "Brochure photos",
"""Dear Acme Peaks,

Last winter I agreed to be photographed by your photographer in the snow park for the
2025/26 brochure. I hereby withdraw my consent to any further use of those pictures in your
brochures, adverts or social media from today.

Kind regards,
Marcus Delacroix-Hughes
""", R(["Opposition"], "m.delacroixhughes@post.example", "Marcus", "Delacroix-Hughes"))

add("en-28", "jaylen.b@quickmail.example", "info",
"""what info do u have on me from the app i want to see it
""", R(["Access"], "jaylen.b@quickmail.example"))

add("en-29", "Fatima Zahra El Idrissi <fz.elidrissi@mail.example>", "my age is wrong!!",
"""Hi, I typed my birthday wrong when I signed up (1899 lol) and now my profile says I'm 127
years old. The app won't let me change it myself. Please correct it to 14/06/1996.

Fatima Zahra El Idrissi
""", R(["Rectification"], "fz.elidrissi@mail.example", "Fatima Zahra", "El Idrissi"))

add("en-30", "Giulia Bernasconi <giulia.bernasconi@posta.example>", "cancel my data",
"""Buongiorno,

sorry for my English. I have bought the season pass 2024/25 but I not come back anymore, I move
to Milano for work. Per favore cancellate tutti i miei dati, also the photo of the pass and my
credit card.

Grazie mille,
Giulia Bernasconi
""", R(["Erasure"], "giulia.bernasconi@posta.example", "Giulia", "Bernasconi"))

add("en-31", "Oskar Nyberg <oskar.nyberg@nordmail.example>", "closing my account",
"""Hi,

Before I close my Sparkle account I want a download of everything — matches, messages, photos,
profile answers — in something I can open in a spreadsheet or import into another service.
Once I've got that, delete the account and everything with it.

Oskar
""", R(["Portability", "Erasure"], "oskar.nyberg@nordmail.example", "Oskar", "Nyberg"))

add("en-32", "Kwame Mensah-Bonsu <kwame.mb@post.example>", "Premium price",
"""Hello,

Why does Sparkle Premium cost me £29.99 a month while my flatmate, same age, same city, pays
£14.99? The app clearly sets the price from my profile. I don't accept a price decided by an
algorithm: I want a human being to reconsider it, and I want to see the data about me that your
pricing system used to come up with that figure.

Kwame Mensah-Bonsu
""", R(["AutomatedDecision", "Access"], "kwame.mb@post.example", "Kwame", "Mensah-Bonsu"))

add("en-33", "Ingrid Solberg <ingrid.solberg@fjordmail.example>", "selected partners?",
"""Hello,

Your privacy notice says you share data with "selected partners". Who exactly are they, and
what do they get? And for the record: I object to my data being passed to any advertising
partner, whoever they are.

Ingrid Solberg
""", R(["Information", "Opposition"], "ingrid.solberg@fjordmail.example", "Ingrid", "Solberg"))

add("en-34", "Jean-Luc van der Berg <jl.vanderberg@mail.example>", "surname spelling",
"""Good morning,

My surname is spelt "Van Der Berg" on my season pass account; it is "van der Berg", lower case
v and d. Please fix it. While you are at it, please also take me off the promotional mailing
list — I only want the operational emails about my pass.

Many thanks,
Jean-Luc van der Berg
Senior Project Engineer
+31 20 555 0199
""", R(["Rectification", "Opposition"], "jl.vanderberg@mail.example", "Jean-Luc", "van der Berg"))

add("en-35", "Lucy Tran <lucy.tran@inbox.example>", "blocked user",
"""hi, i blocked a guy on sparkle after he got really creepy. i want the conversation with him
deleted on your side too, not just hidden from me, and the photos i sent him. thanks lucy
""", R(["Erasure"], "lucy.tran@inbox.example", "Lucy", "Tran"))

# --- follow-ups ---------------------------------------------------------------------

add("en-17", "Liam Brennan <liam.brennan@mail.example>", "Re: [DSR-48213] We have received your request",
"""Hi,

It's been over three weeks since this acknowledgement and I've heard nothing since. Can you
tell me where things stand?

Liam

> On 20 Oct 2026, at 09:12, privacy@acme-corp.example wrote:
> Dear Liam Brennan,
> We have received your request and registered it under reference DSR-48213.
> We will respond within one month.
""", FU("48213", "liam.brennan@mail.example", "Liam", "Brennan"))

add("en-18", "Oluwaseun Adeyemi <o.adeyemi@freemail.example>", "Re: Subject Access Request – Article 15 GDPR",
"""Dear Data Protection Officer,

Further to my request below, please find attached a scan of my driving licence as proof of
identity, as your website suggests.

Kind regards,
O. Adeyemi
""", FU(ref("en-02"), "o.adeyemi@freemail.example", "Oluwaseun", "Adeyemi"), headers=irt("en-02"))

add("en-36", "Patricia Novak <patricia.novak@webmail.example>", "RE: [DSR-51077] Your objection has been recorded",
"""Recorded my foot. I got another "Black Friday on the slopes" email this morning, two weeks
after your confirmation. Please check again.

Patricia Novak

-----Original Message-----
From: privacy@acme-corp.example
Subject: [DSR-51077] Your objection has been recorded
""", FU("51077", "patricia.novak@webmail.example", "Patricia", "Novak"))

add("en-37", "Harriet Quinn <h.quinn@oldmail.example>", "Re: my wishes for after I'm gone",
"""Dear Sir or Madam,

I forgot to give you my son's details in my letter: Peter Quinn, peter.quinn@home.example,
telephone 01632 960 552. He knows about my wishes.

Harriet Quinn
""", FU(ref("en-22"), "h.quinn@oldmail.example", "Harriet", "Quinn"), headers=irt("en-22"))

# --- tasks ----------------------------------------------------------------------------

add("en-38", "Sophie Brandt <sophie.brandt@acme-corp.example>", "New webcam provider - contract review",
"""Hi privacy team,

We're switching our slope webcam provider to PanoView from December (they host the livestreams
and the daily time-lapses on our site). Their contract comes with a data processing annex and
a list of sub-processors in the US. Could you review it before we sign on the 30th? We'd also
like your view on whether we should ask them to blur faces by default.

Thanks!
Sophie Brandt
Head of Digital Marketing, Acme Peaks
+44 1632 960 210
""", TASK("sophie.brandt@acme-corp.example", "Sophie", "Brandt"))

add("en-39", "Raj Patel <raj.patel@acme-corp.example>", "RoPA entry for new turnstiles",
"""Hello,

The new GateKeeper 5 turnstiles go live on the Gondola and the two six-seaters on 5 December.
They read the RFID pass and compare a snapshot with the pass photo. Can you add this to the
register of processing activities? I can send you the technical spec and the retention settings
the supplier proposes (90 days for snapshots at the moment).

Raj Patel
IT Infrastructure Manager
""", TASK("raj.patel@acme-corp.example", "Raj", "Patel"))

add("en-40", "Chloé Martin-Rivers <chloe.martinrivers@acme-corp.example>", "DPIA needed – AI selfie liveness check",
"""Hi both,

Product wants to replace the manual check of verification selfies with an AI liveness and
face-match service from a vendor (FaceProof). As it's biometric data I assume we need a DPIA
before the pilot in January. Could you start one, or tell me what you need from us? Happy to
set up a call with the vendor.

Chloé
Senior Product Manager – Trust, Sparkle
""", TASK("chloe.martinrivers@acme-corp.example", "Chloé", "Martin-Rivers"))

add("en-41", "Bernd Hofer <bernd.hofer@acme-corp.example>", "parent consent form for photos",
"""Hi,

After the complaint last season about photos of kids on Instagram, I'd like a proper consent
form for parents (photos during lessons, the end-of-week race, social media use) plus a short
privacy text we can print on the registration sheet. Could you draft something before the
season opens on the 12th?

Bernd Hofer
Ski School Director
""", TASK("bernd.hofer@acme-corp.example", "Bernd", "Hofer"))

add("en-42", "Aisha Khan <aisha.khan@acme-corp.example>", "GDPR training for seasonal staff",
"""Hello privacy team,

We're onboarding 140 seasonal staff (lift operators, ticket desk, ski school) between 24 and 30
November. Could you run a 45-minute data protection session for them — pass photos, ID checks,
what not to say at the desk, what to do if someone asks for their data? Let me know which slot
suits you.

Aisha Khan
HR Business Partner
""", TASK("aisha.khan@acme-corp.example", "Aisha", "Khan"))

# --- incidents -------------------------------------------------------------------------

add("en-43", "Felix Gruber <felix.gruber@acme-corp.example>", "lost check-in tablet",
"""Hi,

Bad news: one of the ski school check-in tablets fell out of an instructor's jacket on the
Gondola 2 at about 10:30 this morning, somewhere above the middle station. We searched but the
snow is deep there. It has the group lists for this week on it — kids' names, parents' phone
numbers, and the allergy and medical notes. It has a 4-digit PIN, I'm not sure it's encrypted.

What do we do now?

Felix Gruber
Ski School Operations
""", INC("felix.gruber@acme-corp.example", "Felix", "Gruber"))

add("en-44", "Hannah Scott <hannah.scott@acme-corp.example>", "sent spreadsheet to the wrong person",
"""Hi,

I've just realised I sent the season-pass renewal spreadsheet (about 2,300 holders: names,
email addresses, dates of birth, pass numbers) to Jana Scott at the travel agency we work
with instead of to Joanna Scott in finance. Autocomplete picked the wrong one. I've asked
her to delete it but haven't heard back yet.

Sorry!
Hannah Scott
Sales Administrator
""", INC("hannah.scott@acme-corp.example", "Hannah", "Scott"))

add("en-45", "Ben Whitaker <ben.whitaker@mailbox.example>", "I can see someone else's messages",
"""Hi,

After this morning's app update, when I open my inbox on Sparkle I see conversations that
are not mine. There's a woman called Steph chatting with people I've never matched with, and
I can open her chats and see the photos she has sent. I haven't replied to anyone. You have a
serious problem — somebody is probably reading my messages too.

Ben Whitaker
""", INC("ben.whitaker@mailbox.example", "Ben", "Whitaker"))

add("en-46", "Olivia Grant <olivia.grant@post.example>", "Received another customer's pass",
"""Hello,

I received an envelope from Acme Peaks addressed to me today, but inside is a season pass
with another woman's photo on it and her invoice, with her home address and the last digits
of her card. My own pass was not in it. I'll keep it aside until you tell me what to do with
it — please sort it out, she must be worried.

Olivia Grant
""", INC("olivia.grant@post.example", "Olivia", "Grant"))

add("en-47", "Marco Rossi <marco.rossi@acme-corp.example>", "think I got phished",
"""hi security/privacy

I clicked on a "Microsoft 365 password expires today" email about an hour ago and typed my
password on the page before noticing the address was weird. My account has access to the
moderation dashboard (reports, verification selfies, chat excerpts). I've changed my password
now. Anything else I should do?

Marco
Content Moderator, Sparkle
""", INC("marco.rossi@acme-corp.example", "Marco", "Rossi"))

# --- ignored ---------------------------------------------------------------------------

add("en-48", "GDPR Compliance Office <compliance@gdpr-registry-eu.example>",
    "URGENT: your customer database must be purged before 30 November",
"""Dear Data Controller,

Our records show that your organisation has NOT yet registered its databases with the EU GDPR
Compliance Registry. Non-registered companies face fines of up to EUR 20,000,000.

To avoid penalties, our certified experts will delete all non-compliant personal data from your
systems and issue your official compliance certificate within 48 hours, for a one-off fee of
EUR 499.

Click here to register now: http://gdpr-registry-eu.example/register

Compliance Department
""", IGN("spam", "compliance@gdpr-registry-eu.example"), headers=SPAM_HDR)

add("en-49", "IT Helpdesk <no-reply@acme-corp-support.example>",
    "Your mailbox privacy@acme-corp.example will be deleted in 24 hours",
"""Dear user,

Your mailbox has exceeded its storage quota and will be permanently deleted together with all
your data in 24 hours.

To keep your emails, verify your account here: http://acme-corp-support.example/verify

IT Helpdesk
""", IGN("spam", "no-reply@acme-corp-support.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-support.example")])

add("en-50", "Erase Me Pro <offers@erase-me-pro.example>", "Your personal data is exposed on 150 sites",
"""Hi there,

We found your personal information (name, phone, home address) on more than 150 data broker
websites and dating-profile aggregators. Anyone can see it!

Erase Me Pro removes your data automatically and keeps it deleted. Start your 7-day free trial
today and protect your privacy: http://erase-me-pro.example/start

Unsubscribe: reply STOP
""", IGN("spam", "offers@erase-me-pro.example"))

add("en-51", "Hiroshi Tanaka <h.tanaka@corp-mail.example>",
    "Automatic reply: [DSR-50321] We have received your request",
"""Thank you for your email. I am out of the office until 23 November with limited access to
email. For urgent matters please contact my colleague at office@corp-mail.example.

Hiroshi Tanaka
""", IGN("auto_reply", "h.tanaka@corp-mail.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-52", "Alpine Tourism Weekly <newsletter@alpine-tourism-weekly.example>",
    "This week: snowmaking costs, GDPR and ski passes, new lifts in Tyrol",
"""ALPINE TOURISM WEEKLY – Issue 412

* Snowmaking: energy costs up 18% this season
* Ski passes and GDPR: what the regulators said about photo gates
* Tyrol: three new 10-seater gondolas open in December
* Interview: running a ski school with 40% fewer instructors

Read online: http://alpine-tourism-weekly.example/412

You are receiving this email because you subscribed to Alpine Tourism Weekly.
Unsubscribe: http://alpine-tourism-weekly.example/unsubscribe
""", IGN("bulk", "newsletter@alpine-tourism-weekly.example"),
    headers=["List-Id: Alpine Tourism Weekly <weekly.alpine-tourism-weekly.example>",
             "List-Unsubscribe: <http://alpine-tourism-weekly.example/unsubscribe>",
             "Precedence: bulk"])

add("en-53", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
