from common import *  # part en: written blind

add("en-01-everything-you-have",
    "Harriet Okonkwo <h.okonkwo@mailbox.example>",
    "What do you actually know about me?",
    """Hello,

I've been using your streaming app since the pandemic and the recommendations have got
a bit too accurate for my liking. I'd like to see the full picture please: the programmes
you've logged me watching, whatever "taste profile" the app has built, the device IDs,
anything the licence office has on file under my name. The whole lot, in whatever form
you normally send it.

Thanks,
Harriet Okonkwo
""",
    R(["Access"], "h.okonkwo@mailbox.example", "Harriet", "Okonkwo"))

add("en-02-wipe-it",
    "tommyb1987@freemail.example",
    "account",
    """pls get rid of my streaming account and everything on it dont want it anymore
""",
    R(["Erasure"], "tommyb1987@freemail.example"))

add("en-03-bailiff-letters-old-flat",
    "Desmond O'Leary <des.oleary@postbox.example>",
    "THIRD letter this month - sort your records out",
    """To whoever reads this,

I am writing for the third time and frankly my patience has run out. In March I moved out
of Flat 2, 14 Carrick Road and into my new place at 7 Orchard Mews. I bought a new TV
licence online, paid in full, got the confirmation. Since then your licensing people have
sent no fewer than five "enforcement visit" letters to my OLD flat, addressed to me, which
the new tenant kindly forwards to me with increasingly sarcastic notes on them.

I rang the licence helpline twice. The first agent told me it was "in the system". The
second one told me I should write to the privacy team because it concerns my personal
details, so here I am. Your file on me still shows the Carrick Road address and, for good
measure, my surname spelt "O'Leery".

Please correct my address to 7 Orchard Mews, Bramley and fix the spelling of my name on
every record you hold, licensing and otherwise. I would also like a written apology but I
suppose that is not your department.

Desmond O'Leary
07700 900418
""",
    R(["Rectification"], "des.oleary@postbox.example", "Desmond", "O'Leary"))

add("en-04-caps-promos",
    "GRAHAM PIKE <g.pike@oldnet.example>",
    "STOP THE PROMO EMAILS",
    """I NEVER ASKED FOR YOUR "WHAT TO WATCH THIS WEEKEND" EMAILS. EVERY FRIDAY WITHOUT FAIL.
TAKE MY ADDRESS OFF WHATEVER LIST IT IS ON AND DO NOT SEND ME ANY MORE.

G PIKE
""",
    R(["Opposition"], "g.pike@oldnet.example", "Graham", "Pike"))

add("en-05-keep-account-no-profiling",
    "Ines Balogun <ines.balogun@webmail.example>",
    "Recommendations - opting out",
    """Hi there,

To be clear up front: I do NOT want my account closed, I like the app and I pay for the
licence like everyone else. What I don't like is being nudged. I'd like you to stop
analysing what I watch to build a profile and push "because you watched" rows at me.
A plain alphabetical catalogue would suit me fine.

Can you switch that off on your side for my account?

Ines
""",
    R(["Opposition"], "ines.balogun@webmail.example", "Ines", "Balogun"))

add("en-06-export-then-close",
    "Callum Fraser-Mackay <callum.fm@highland.example>",
    "Moving to another service - export please",
    """Hello privacy team,

I'm switching to a different provider and would like to take my watchlist, ratings and
viewing history with me. Could you give me a download in a standard format (CSV or JSON,
something a computer can read rather than a PDF)? Once I've got it, please close the
account and delete everything, I won't be coming back.

Cheers,
Callum Fraser-Mackay
""",
    R(["Portability", "Erasure"], "callum.fm@highland.example", "Callum", "Fraser-Mackay"))

add("en-07-phone-in-recordings",
    "Margaret Asante <maggie.asante@chat.example>",
    "Called the Thursday phone-in",
    """Good afternoon,

I rang in to the Thursday evening phone-in about the bus cuts (I was "Margaret from
Wolverton"). The researcher who took my call wrote down my full name, my mobile number and
my postcode before putting me through.

I'm not complaining, I'm just curious: what happens to those details afterwards? How long
is my number kept, is it shared with anyone outside the station, and is the recording of
the show kept for ever? I'd just like to understand it.

Kind regards,
Margaret Asante
""",
    R(["Information"], "maggie.asante@chat.example", "Margaret", "Asante"))

add("en-08-computer-says-penalty",
    "Nikhil Raman <nikhil.raman@inbox.example>",
    "Penalty notice issued by an algorithm?",
    """Dear Sir or Madam,

I received a penalty notice for "viewing without a licence" dated 2 November. When I
phoned, the agent said nobody had looked at my case: the notice is generated automatically
when your system matches a streaming login to an address with no licence on record.

The login in question is my sister's, who was staying with me for a week and has her own
licence at her own address. I am not prepared to accept a fine that no human being has
looked at. Please have a person review the decision and let me put my side of it.

Yours faithfully,
Nikhil Raman
""",
    R(["AutomatedDecision"], "nikhil.raman@inbox.example", "Nikhil", "Raman"))

add("en-09-dob-and-hold",
    "Beatrice Lindqvist <bea.lindqvist@nordpost.example>",
    "Wrong date of birth - and please hold off",
    """Hello,

Your licence office has me down as born in 1948, which would make me eligible for the
over-75 arrangement I never applied for, and now someone has written to say I "owe a
backdated amount". I was born in 1984, the digits have simply been swapped.

Please amend it. And until that's been sorted out, I'd ask that you don't use my details
for anything else: no passing them to the debt collection contractor, no further letters,
just park my file as it is.

Beatrice Lindqvist
""",
    R(["Rectification", "Restriction"], "bea.lindqvist@nordpost.example", "Beatrice", "Lindqvist"))

add("en-10-son-kids-profile",
    "Claire Pemberton <claire.pemberton@family.example>",
    "My son's account",
    """Hello,

My son Oliver Pemberton is 12 and it turns out he signed himself up to your app with his
own email address and his real date of birth, which I was not asked about. He has since been
getting emails from you about "teen picks".

As his mother I'd like his account and everything attached to it deleted, please. If you
need anything from me to prove I'm his parent, let me know.

Claire Pemberton
""",
    R(["Erasure"], "claire.pemberton@family.example", "Oliver", "Pemberton",
      representative="Claire Pemberton"))

add("en-11-late-father",
    "Anne Whitcombe <anne.whitcombe@countymail.example>",
    "My late father's account",
    """Dear team,

My father, Gerald Whitcombe, died on 19 September. I am the executor of his estate. I have
already dealt with the licence refund through the usual channel, but he also had a
streaming account and a radio competition entry on file with you.

Could you please remove all of it? I can send a copy of the death certificate and the
grant of probate if needed.

With thanks,
Anne Whitcombe
""",
    R(["Erasure"], "anne.whitcombe@countymail.example", "Gerald", "Whitcombe",
      representative="Anne Whitcombe"))

add("en-12-html-sar",
    "Dr. Samuel Adeyemi <s.adeyemi@clinic.example>",
    "Subject access request",
    html("Dear Data Protection Officer,",
         "Under Article 15 UK GDPR I request confirmation of whether you process personal data "
         "concerning me and, if so, copies of that data, including my viewing logs and any "
         "inferences drawn from them.",
         "Under Article 20 I also ask that the data I provided and my viewing history be given "
         "to me in a structured, commonly used, machine-readable format.",
         "Yours faithfully,<br>Dr Samuel Adeyemi"),
    R(["Access", "Portability"], "s.adeyemi@clinic.example", "Samuel", "Adeyemi"),
    ct=HTML)

add("en-13-solicitor-client",
    "Fiona Gallagher <f.gallagher@gallagher-law.example>",
    "Our client: Mr Rajesh Nair - data protection request",
    """Dear Sirs,

We act for Mr Rajesh Nair of 22 Elm Park Gardens in connection with a dispute concerning
his television licence. A signed form of authority is attached.

On our client's behalf we request (a) a copy of all personal data you hold concerning him,
including call notes and records of enforcement visits, pursuant to Article 15 UK GDPR;
and (b) that you cease processing his data for the purposes of direct marketing and
audience research, to which he objects under Article 21.

Please reply to this office within one calendar month.

Yours faithfully,

Fiona Gallagher
Partner
Gallagher & Co Solicitors
T: 0161 496 0321

This email and any attachments are confidential and may be legally privileged. If you are
not the intended recipient please notify the sender and delete it.
""",
    R(["Access", "Opposition"], "f.gallagher@gallagher-law.example", "Rajesh", "Nair",
      representative="Fiona Gallagher"))

add("en-14-where-did-you-get-my-name",
    "Philippa Rhodes <pip.rhodes@oldmail.example>",
    "How did you get my name?",
    """Hello,

I\u2019ve just moved into a new-build flat \u2013 nobody has lived here before \u2013 and
within a fortnight a letter arrived from your licensing office addressed to me by name.
I haven\u2019t bought a TV, haven\u2019t registered anything with you, and haven\u2019t
given you my name.

So where did it come from? Who sold or gave it to you, and what are you using it for? I'm
not asking you to send me a file, I just want an explanation.

Philippa Rhodes
""",
    R(["Information"], "pip.rhodes@oldmail.example", "Philippa", "Rhodes"),
    ct=CP1252, encode="cp1252")

add("en-15-subtitles-broken",
    "Ken Osei <ken.osei@chat.example>",
    "subtitles",
    """Hi, subtitles haven't worked on the app on my smart TV since the last update, episode 3
onwards of the drama just shows nothing. Is there a fix? Thanks Ken
""",
    R(["Unknown"], "ken.osei@chat.example", "Ken", "Osei"))

add("en-16-family-address",
    "The Hendersons <hendersons@home.example>",
    "Please remove my profile",
    """Hi,

We share one account in this house but I've moved out for university. Please delete my
profile (the one called "Lucy") and the history attached to it. The rest of the family want
to keep theirs, so please don't close the whole account.

Reply to my own address please, not the family one.

Lucy Henderson
""",
    R(["Erasure"], "lucy.henderson@campus.example", "Lucy", "Henderson"),
    headers=["Reply-To: Lucy Henderson <lucy.henderson@campus.example>"])

add("en-17-research-panel-consent",
    "Oksana Kovalenko <oksana.k@panelmail.example>",
    "Audience panel",
    """I signed up to your audience research panel two years ago. I no longer consent to my
answers and viewing data being used for it. Take me off please, and bin the answers I
already gave you while you're at it.

Oksana Kovalenko

Sent from my iPhone
""",
    R(["Opposition", "Erasure"], "oksana.k@panelmail.example", "Oksana", "Kovalenko"))

add("en-18-name-spelling-latin1",
    "Siobh\u00e1n N\u00ed Bhriain <siobhan.nibhriain@eire.example>",
    "My name",
    """Dia dhuit,

My name appears on my licence and on the app as "Siobahn Ni Bhrian". It is Siobh\u00e1n N\u00ed
Bhriain, with the fadas if your system can take them. Please change it everywhere.

Go raibh maith agat,
Siobh\u00e1n N\u00ed Bhriain
""",
    R(["Rectification"], "siobhan.nibhriain@eire.example", "Siobh\u00e1n", "N\u00ed Bhriain"),
    ct=LATIN1, encode="latin-1")

add("en-19-named-on-air",
    "Gareth Pryce-Jones <gareth.pj@valleys.example>",
    "Complaint about last Sunday's phone-in",
    """I want to make a formal complaint and I don't really know who to send it to, so I'm
sending it to every address on your website.

Last Sunday I phoned the late-night show to talk about my divorce, which is obviously a
sensitive subject. I was promised I'd be "Gareth from the valleys" and nothing else. The
presenter then read out my full name and the village I live in, on air, before the call
had even started. My ex-wife's family heard it. My boss heard it. I have had people
messaging me all week.

I understand the live broadcast can't be unbroadcast. But the show is now on your podcast
feed and on the catch-up app with my name in it, and the producer's notes apparently have
my full details too. I want that episode edited or taken down, and my details from that
call removed from your systems. I'd also like to know how this was allowed to happen, but
mainly I want it gone.

Gareth Pryce-Jones
""",
    R(["Erasure"], "gareth.pj@valleys.example", "Gareth", "Pryce-Jones"))

add("en-20-dsr-chaser",
    "Harold Finch <h.finch@library.example>",
    "RE: Your request has been received [DSR-48213]",
    """It has now been five weeks since your automatic acknowledgement below. I have heard
nothing. Please tell me when I can expect a response.

H. Finch

> Thank you for your message. Your request has been registered under the reference
> DSR-48213. We will reply within one month.
""",
    FU("48213", "h.finch@library.example", "Harold", "Finch"))

add("en-21-forgot-old-email",
    "Harriet Okonkwo <h.okonkwo@mailbox.example>",
    "Re: What do you actually know about me?",
    """Sorry, I forgot to say: the streaming account was originally opened under my old
address harriet.ok@uni.example, so please search under that one too.

Harriet
""",
    FU(ref("en-01-everything-you-have"), "h.okonkwo@mailbox.example", "Harriet", "Okonkwo"),
    headers=irt("en-01-everything-you-have"))

add("en-22-task-caption-vendor",
    "Marcus Bell <marcus.bell@acme-corp.example>",
    "DPA review - CaptionWorks before Friday",
    """Hi privacy team,

Procurement want to sign with CaptionWorks for live subtitling on Friday. They'll get
access to our programme audio and, for the phone-in shows, callers' voices. Their data
processing agreement is on the shared drive under Vendors/2026/CaptionWorks.

Could one of you look it over before then? Mainly worried about the sub-processor list and
where they store things.

Thanks
Marcus Bell
Commercial Partnerships
""",
    TASK("marcus.bell@acme-corp.example", "Marcus", "Bell"))

add("en-23-task-voting-feature",
    "Yasmin Choudhury <yasmin.choudhury@acme-corp.example>",
    "New text-to-vote feature on Radio 4pm show - need your input",
    """Hello,

From January the afternoon show wants listeners to vote on the running order by text
message. We'd keep the mobile numbers to stop people voting twice and maybe to invite them
on air later.

I've been told this might need an impact assessment. Can we book an hour with someone from
your team next week to go through it, and add it to the register if needed?

Best,
Yasmin Choudhury
Senior Producer, Afternoons
Ext. 4412
""",
    TASK("yasmin.choudhury@acme-corp.example", "Yasmin", "Choudhury"))

add("en-24-task-training-callcentre",
    "Robert Mensah <robert.mensah@acme-corp.example>",
    "Refresher training for licence contact centre",
    """Hi,

We've onboarded 28 new agents in the licence contact centre this autumn. Could your team
run a data protection refresher for them in December, ideally with examples about
identity checks on the phone? Two 45-minute sessions would work best for the rota.

Many thanks,

Robert Mensah
Head of Licence Operations
Acme Corp | Licensing Directorate
""",
    TASK("robert.mensah@acme-corp.example", "Robert", "Mensah"))

add("en-25-laptop-on-train",
    "Daniel Hughes <daniel.hughes@acme-corp.example>",
    "Urgent - left my laptop on the train",
    """Hi,

I'm really sorry. I left my work laptop on the 18:42 from Piccadilly last night. I've
reported it to the rail company's lost property and to IT. It has a spreadsheet on the
desktop with about 1,200 addresses from the unlicensed-property follow-up list. I'm not
sure whether the disk is encrypted, it's one of the older machines.

What do I need to do now?

Dan Hughes
Field Operations Analyst
""",
    INC("daniel.hughes@acme-corp.example", "Daniel", "Hughes"))

add("en-26-someone-elses-profile",
    "Rosa Delgado-Evans <rosa.de@homemail.example>",
    "I can see someone else's account!",
    """Hello,

I logged into the app on my laptop this morning and it wasn't my account. It showed a
"Continue watching" row I don't recognise, a profile called "Martin", and when I went
into settings I could see a name, an email address and the last four digits of a bank
card that are not mine. I logged out straight away.

I thought you should know. Somebody may be seeing my account too.

Rosa Delgado-Evans
""",
    INC("rosa.de@homemail.example", "Rosa", "Delgado-Evans"))

add("en-27-clicked-the-link",
    "Amir Haddad <amir.haddad@acme-corp.example>",
    "I think I fell for a phishing email",
    """hi, about 20 minutes ago I got an email that looked like it was from our payroll
system asking me to re-confirm my login. I clicked and typed in my username and password
before I noticed the address was wrong. I've changed my password now. My account has
access to the licence payer database. Told the IT service desk too.

Amir
""",
    INC("amir.haddad@acme-corp.example", "Amir", "Haddad"))

add("en-28-seo-offer",
    "Lisa from RankRocket <lisa@rankrocket-seo.example>",
    "Quick question about acme-corp.example",
    """Hi there,

I was looking at acme-corp.example and noticed you're not ranking on page one for
"streaming drama". Our team can get you there in 30 days, guaranteed. Can I send over a
free audit?

Lisa
Growth Specialist, RankRocket
""",
    IGN("spam", "lisa@rankrocket-seo.example"),
    headers=SPAM_HDR)

add("en-29-data-broker-removal-scam",
    "Privacy Shield Alerts <alert@privacyshield-secure.example>",
    "WARNING: Your personal data found on 412 websites",
    """Dear customer,

Our scan found your name, home address and phone number exposed on 412 data broker
websites. Criminals use this information for identity theft.

For a one-time fee of only $49 we will send deletion requests to every site and protect
your personal data forever. Click below to remove your data now.

>> REMOVE MY DATA <<

Offer expires in 24 hours.
""",
    IGN("spam", "alert@privacyshield-secure.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="privacyshield-secure.example")])

add("en-30-out-of-office",
    "Jonathan Reeve <j.reeve@mediaconsult.example>",
    "Automatic reply: Updated data sharing schedule",
    """Thank you for your email. I am out of the office until Monday 23 November with limited
access to email. For urgent matters please contact my colleague at office@mediaconsult.example.

Jonathan Reeve
""",
    IGN("auto_reply", "j.reeve@mediaconsult.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-31-industry-newsletter",
    "Broadcast Compliance Weekly <newsletter@bcweekly.example>",
    "This week: regulator fines, cookie rules, and AI in newsrooms",
    """BROADCAST COMPLIANCE WEEKLY - Issue 212

1. Regulator issues guidance on consent for streaming analytics
2. Three things every DPO should know about voice recordings
3. Events: Media Privacy Forum, 3 December

You are receiving this because you subscribed at bcweekly.example.
Unsubscribe: https://bcweekly.example/unsubscribe
""",
    IGN("bulk", "newsletter@bcweekly.example"),
    headers=["List-Id: Broadcast Compliance Weekly <weekly.bcweekly.example>",
             "List-Unsubscribe: <https://bcweekly.example/unsubscribe>",
             "Precedence: bulk"])

add("en-32-bounce",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)

add("en-33-fwd-advertisers-question",
    "Priya Shah <priya.shah@acme-corp.example>",
    "Fwd: Do you share my viewing with advertisers?",
    """Hi privacy team, this came into the Audience Services inbox - I think it's one for
you. Can you reply to the customer directly?

Thanks, Priya

---------- Forwarded message ---------
From: Doreen Fairweather <doreen.fw@oldmail.example>
Date: Sat, 14 Nov 2026 at 10:12
Subject: Do you share my viewing with advertisers?
To: <audience.services@acme-corp.example>

Hello. My grandson says the app tells advertisers what I watch. Is that true? Which
companies get my information, and is any of it sent abroad? I'd like to know before I
decide whether to keep using it.

Doreen Fairweather
""",
    R(["Information"], "doreen.fw@oldmail.example", "Doreen", "Fairweather"))

add("en-34-fwd-attached-delete",
    "Tom Whitfield <tom.whitfield@acme-corp.example>",
    "FW: request from a listener",
    "",
    R(["Erasure"], "w.achterberg@post.example", "Willem", "Achterberg"),
    note="Privacy team - forwarding this listener's email as an attachment, it came to the "
         "radio competitions inbox. Over to you.\n\nTom Whitfield\nRadio Promotions",
    attached=("Willem Achterberg <w.achterberg@post.example>",
              "Competition entries",
              "Hello,\n\nI've entered a few of your radio competitions over the years. I'd like "
              "you to erase my name, address and phone number from your competition records now, "
              "I'm not entering any more.\n\nWillem Achterberg\n"))

add("en-35-when-i-die",
    "Vera Holloway <vera.holloway@seniornet.example>",
    "Instructions for after I'm gone",
    """Dear privacy team,

I'm putting my affairs in order. When I die I would like my streaming account closed
and the history deleted, except for my saved list of nature documentaries, which I'd like
my granddaughter Ellie to be offered. Can you record those wishes against my account,
and tell me how I make it official?

Vera Holloway
""",
    R(["AdvanceDirectives"], "vera.holloway@seniornet.example", "Vera", "Holloway"))

add("en-36-wrong-letter-received",
    "Patrick Dunne <paddy.dunne@localmail.example>",
    "Got someone else's licence letter",
    """Hi. A letter from your TV licensing people came to my house today in my name envelope
but inside was a renewal notice for a Mrs J. Kowalczyk at a completely different address,
with her payment card ending and her licence number. Happy to post it back or shred it,
just tell me which.

Patrick Dunne
""",
    INC("paddy.dunne@localmail.example", "Patrick", "Dunne"))
