from common import *  # part en: written blind

# ---------------------------------------------------------------- requests
add("en-01-formal-sar-lease",
    "Margaret O'Sullivan <m.osullivan@postbox.example>",
    "Subject Access Request - Article 15 UK/EU GDPR",
    """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

I have held a personal contract hire agreement with Acme Lease since March 2023 (agreement ref. PCH-0093318, vehicle registration KX21 HBO). I also bought a used car from your Basingstoke branch in 2019.

Please provide me with all personal information that your group holds about me, including but not limited to: credit checks carried out at the start of the agreement, notes made by your sales and collections staff, call recordings, and any data collected by the telematics unit fitted to the vehicle.

I understand you have one month to respond. Please write to me at this email address.

Yours faithfully,

Margaret O'Sullivan
14 Larch Close
Basingstoke RG22 4PL""",
    R(["Access"], "m.osullivan@postbox.example", "Margaret", "O'Sullivan"))

add("en-02-oneliner-delete-dating",
    "kwabena88@quickmail.example",
    "delete",
    """pls delete my amora account and all my pics asap thx""",
    R(["Erasure"], "kwabena88@quickmail.example", None, None))

add("en-03-gps-retention-question",
    "Priya Raghunathan <priya.raghunathan@inbox.example>",
    "Question about the tracker in my leased car",
    """Hello,

I've just taken delivery of a leased Octavia and the handover guy mentioned it has an Acme Connect box in it that logs where the car goes. Nobody gave me anything in writing about it.

Could you tell me:
- how long you keep the trip history / GPS positions
- whether my employer (it's a company car scheme) can see where I drive at weekends
- whether any of it goes to insurers or outside the UK

I'm not asking for the data itself at this point, I just want to understand what's going on before I decide whether to switch the private mode on.

Thanks,
Priya Raghunathan
Senior Analyst | Harbourline Consulting
+44 7700 900412""",
    R(["Information"], "priya.raghunathan@inbox.example", "Priya", "Raghunathan"))

add("en-04-angry-carshare-fine-cp1252",
    "Dean Whitlock <dean.whitlock@homenet.example>",
    "Absolutely disgusted with AcmeShare",
    """To whoever reads this,

I have been an AcmeShare member for two years and I have never been treated like this. On 2 October I booked a car from the Kingsway bay, drove to my mum’s in Croydon and back, and parked it EXACTLY where the app told me to. Three weeks later I get a “penalty recharge” of €95 plus a £25 “admin fee” for a parking ticket I never got, in a street I have never been to.

I rang your helpline four times. The first person said it was the previous driver, the second person said it was me, the third hung up on me. The fourth one told me to “email privacy” if I wanted to see the trip records, so here I am.

So. I want a full copy of everything you hold on me – every trip, every GPS point, the booking logs, the photos I took of the car, notes your call centre wrote about me, all of it. I will be sending it to my solicitor and to the council.

And while we’re at it, stop sending me your “weekend deals” texts. I have asked twice in the app. I don’t want them.

I’m not cancelling my membership yet because I need the car for work, but believe me I’m looking at alternatives.

Dean Whitlock
Member no. 4471-209""",
    R(["Access", "Opposition"], "dean.whitlock@homenet.example", "Dean", "Whitlock"),
    ct=CP1252, encode="cp1252")

add("en-05-html-export-dating",
    "Saoirse Mac Giolla <saoirse.mg@webpost.example>",
    "Moving my profile",
    html("Hi Amora team,",
         "I met someone (yay!) but we're both leaving Amora for good. Before I go I'd like to take my stuff with me: my chat history with him, my photos and my profile answers.",
         "Could you send it as a download I can actually open again, something like a JSON or CSV file plus the original images, not a PDF printout?",
         "Thanks a million,<br>Saoirse"),
    R(["Portability"], "saoirse.mg@webpost.example", "Saoirse", "Mac Giolla"),
    ct=HTML)

add("en-06-typos-new-surname",
    "Hannah Kowalczyk <hannah.k.1992@mailer.example>",
    "wrong name on my lease",
    """hi there

i got maried in august and changed my surname from Brennan to Kowalczyk, can you please chnage it on my lease agreement and the account, the direct debit is now from our joint acount and the bank keeps asking why the names dont match. also the adress on your letters still says flat 3 its flat 3B now

agreement number is ACL-552871

cheers
Hannah""",
    R(["Rectification"], "hannah.k.1992@mailer.example", "Hannah", "Kowalczyk"))

add("en-07-selfie-ban-human-review",
    "Tobiah Mensah <tobiah.mensah@net-mail.example>",
    "Banned by your bot - I want a human to look at this",
    """Hello,

Yesterday my Amora profile was suspended with the message "Your verification selfie could not be matched with your profile photos". I've uploaded three selfies, in good light, no filters, and each time it was rejected within seconds, so clearly no person ever looked at them.

I've grown a beard since my profile pictures were taken, that's all. I find it pretty troubling that a machine can decide I'm a fake account and lock me out with no way to talk to anyone.

I'm asking for this decision to be reviewed by an actual member of staff and for the chance to explain myself. I'm happy to do a video call to prove who I am.

Tobiah Mensah""",
    R(["AutomatedDecision"], "tobiah.mensah@net-mail.example", "Tobiah", "Mensah"))

add("en-08-parent-minor-profile",
    "Diane Fairweather <diane.fairweather@familymail.example>",
    "My 16 year old daughter has a profile on your app",
    """Good evening,

I found out tonight that my daughter Chloe, who is 16, has been using Amora for the past month. She lied about her age when she signed up (she put 1998 as her birth year). She's been chatting to men in their 20s and 30s and I'm frankly horrified.

I'm her mother and legal guardian. I want her profile taken down immediately and everything she uploaded wiped from your servers: the photos, the selfie she used for verification, the conversations. Her account is under the name "Chloe F" and linked to chloe.fairweather07@teenmail.example.

Please confirm to me, not to her, once this is done. I can send a copy of her birth certificate if you need it.

Diane Fairweather""",
    R(["Erasure"], "diane.fairweather@familymail.example", "Chloe", "Fairweather",
      representative="Diane Fairweather"))

add("en-09-colleague-forward-calls",
    "Gareth Pryce <gareth.pryce@acme-corp.example>",
    "FW: Phone calls",
    """Hi privacy team,

This landed in the Leeds showroom inbox. Not sure what the process is, can you pick it up? I've already told the sales lads not to ring her again.

Cheers
Gareth Pryce
Sales Manager, Acme Motors Leeds
0113 496 0721

---------- Forwarded message ---------
From: Brenda Achterberg <b.achterberg@mailbox.example>
Date: Fri, 13 Nov 2026 at 16:42
Subject: Phone calls
To: leeds@acme-corp.example

I came in for a test drive in September and did not buy anything. Since then someone from your showroom has rung me at least once a week about "end of year offers". I don't want your calls or your emails or your leaflets, please take me off whatever list I'm on and don't contact me again.

Brenda Achterberg""",
    R(["Opposition"], "b.achterberg@mailbox.example", "Brenda", "Achterberg"))

add("en-10-attached-forward-telematics",
    "Nadia Hussain <nadia.hussain@acme-corp.example>",
    "Fwd: my driving data",
    "",
    R(["Access"], "rohan.d@fastmail.example", "Rohan", "Deshpande"),
    attached=("Rohan Deshpande <rohan.d@fastmail.example>", "my driving data",
              """Hello,

My insurer says my premium went up because of my "driving behaviour score" which apparently comes from the Acme Connect box in my car. I'd like to see what's actually been recorded: the harsh braking events, speeds, times, whatever is behind that score.

Please can you send me what you have.

Rohan Deshpande
Customer no. C-771204"""),
    note="""Hi both, customer wrote to Connect support asking for his telematics records, forwarding as per the procedure. He's not happy about the insurer thing so I've told him you'll be in touch.

Nadia
Acme Connect Customer Support""")

add("en-11-restrict-damage-dispute",
    "Ifeoma Adeyemi-Clarke <ifeoma.ac@post-box.example>",
    "Disputed damage claim - please put a hold on my data",
    """Dear Sir or Madam,

AcmeShare has charged me £640 for a scrape on the rear bumper of car WR68 TLO, booking 20260918-3321. I have photos from the start of my booking showing that the scrape was already there, and I have formally disputed the charge with your claims team (case CL-88120).

In the meantime I have received a letter saying my details will be "passed to our recovery partner" if I do not pay within 14 days. Until the dispute is settled, I ask that you do not use or pass on my personal data for the purpose of recovering this debt and do not report it to any credit reference agency. Please just keep it as it is until the claim is resolved.

I am not asking you to delete anything – I need the booking records preserved for the dispute.

Kind regards,
Ifeoma Adeyemi-Clarke""",
    R(["Restriction"], "ifeoma.ac@post-box.example", "Ifeoma", "Adeyemi-Clarke"))

add("en-12-caps-stop",
    "Ron Tattersall <rontattersall@oldmail.example>",
    "STOP",
    """I HAVE TOLD YOUR SHOWROOM THREE TIMES. STOP SENDING ME SERVICE REMINDERS AND OFFERS, I SOLD THAT CAR IN 2021. TAKE MY NAME OFF YOUR MAILING LIST AND DO NOT PHONE MY HOUSE AGAIN.

R TATTERSALL""",
    R(["Opposition"], "rontattersall@oldmail.example", "Ron", "Tattersall"))

add("en-13-not-delete-just-ads",
    "Lukas Brandt <lukas.brandt@mailhub.example>",
    "Driving data and advertising",
    """Hi,

To be clear from the start: I'm happy with the car and I do NOT want my Acme Connect account closed or anything deleted, the remote heating and the stolen-vehicle tracking are useful.

What I don't agree to is my journeys being used to show me ads. Last week the app suggested a tyre shop "near your usual Tuesday route" which is creepy. Please stop using my location and driving data for marketing or personalised offers. I've looked in the settings and can't find a switch for it.

Thanks,
Lukas Brandt""",
    R(["Opposition"], "lukas.brandt@mailhub.example", "Lukas", "Brandt"))

add("en-14-heir-father-account",
    "Simon Adebayo-Reid <simon.adebayoreid@domainmail.example>",
    "My late father's account - Mr Clement Reid",
    """Dear Acme team,

I am writing on behalf of my father, Clement Reid, who passed away on 28 October. I am his son and the executor of his estate; I can provide the death certificate and the grant of probate.

Dad had a lease car with you (the Kuga, agreement ACL-337104) which we will return through the normal end-of-contract process, that's being handled separately with your collections team.

What I'd like from this address is for his personal data to be removed: his online account with the connected-car app, his saved cards, his location history and the marketing profile. The family keeps receiving birthday emails addressed to him and it's upsetting for my mother.

Many thanks for your understanding.

Simon Adebayo-Reid
07700 900 883""",
    R(["Erasure"], "simon.adebayoreid@domainmail.example", "Clement", "Reid",
      representative="Simon Adebayo-Reid"))

add("en-15-unknown-invoice",
    "Janet Mbeki <janet.mbeki@workmail.example>",
    "Invoice for my last service",
    """Hi,

I had my car serviced at your Reading branch on 3 November but never received the invoice by email. I need it for my expenses claim. Registration is LD70 XKA.

Thanks
Janet""",
    R(["Unknown"], "janet.mbeki@workmail.example", "Janet", "Mbeki"))

add("en-16-family-replyto-insurer",
    "The Okonkwo Family <okonkwo.household@homemail.example>",
    "Who have you shared my driving score with?",
    """Hello,

This is Ada Okonkwo (I'm the main driver on our family lease, the email above is the house one, please answer me on my own address).

I have been told by a comparison site that "your telematics provider" shared information about me. I'd like to know exactly which companies you have passed my driving data or score to, when, and on what basis. And please send me a copy of the data itself too, the whole file you keep on me.

Ada Okonkwo""",
    R(["Information", "Access"], "ada.okonkwo@personal.example", "Ada", "Okonkwo"),
    headers=["Reply-To: Ada Okonkwo <ada.okonkwo@personal.example>"])

add("en-17-credit-refused-wrong-income",
    "Dmitri Volkov <d.volkov@mailstream.example>",
    "Lease application declined - computer says no?",
    """Good morning,

My application for a personal lease on a Tucson (quote Q-2026-11-04471) was declined within about thirty seconds of me pressing submit on your website. The only explanation I got was "based on our automated assessment we are unable to proceed".

Two things:

1. The summary page shows my annual income as £2,850. I typed £28,500 — either I mistyped or your form dropped a zero. Please correct that on my record.

2. I want the decision looked at again by a real underwriter, not just re-run through the same system, and I'd like to know what factors led to the refusal.

Regards,
Dmitri Volkov""",
    R(["Rectification", "AutomatedDecision"], "d.volkov@mailstream.example", "Dmitri", "Volkov"))

add("en-18-iphone-erase-matches",
    "Yuki Tanaka-Brooks <yuki.tb@phonemail.example>",
    "close my profile",
    """Hi can you remove my profile completely, including my matches and all the photos. I dont want anything left on your system. Username yukitb

Sent from my iPhone""",
    R(["Erasure"], "yuki.tb@phonemail.example", "Yuki", "Tanaka-Brooks"))

add("en-19-solicitor-access-restriction",
    "Harrington Vale Solicitors <pwells@harringtonvale.example>",
    "Our client: Mr Aurelio Fonseca - data subject access request",
    """Dear Sirs,

We act for Mr Aurelio Fonseca of 7 Weir Road, Reading, in connection with a dispute concerning the early termination of his business lease agreement ACL-B-10923 and the subsequent repossession of the vehicle. A signed form of authority is attached.

On behalf of our client we request, pursuant to Article 15 GDPR, copies of all personal data relating to him held by Acme Lease and any other company in the Acme group, including internal correspondence, collections notes and telematics data recorded in the period 1 June to 30 September 2026.

Further, as our client contests the accuracy of the arrears recorded against him, we require that you restrict processing of that data pursuant to Article 18(1)(a) pending resolution, and in particular that no adverse entry be registered with credit reference agencies.

Please direct all correspondence to the writer.

Yours faithfully,

Philippa Wells
Partner
Harrington Vale Solicitors LLP
This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.""",
    R(["Access", "Restriction"], "pwells@harringtonvale.example", "Aurelio", "Fonseca",
      representative="Philippa Wells"))

add("en-20-withdraw-location-consent",
    "Amara Chukwu <amara.chukwu@brightmail.example>",
    "Location permission AcmeShare",
    """Hello

When I installed the AcmeShare app I ticked the box to allow location "always". I've changed my mind on that. I withdraw my consent to you tracking my phone location outside of an active booking. I still want to use the service.

Thank you
Amara Chukwu""",
    R(["Opposition"], "amara.chukwu@brightmail.example", "Amara", "Chukwu"))

add("en-21-after-death-profile",
    "Gerald Finch <gerald.finch@retiredmail.example>",
    "What happens to my account when I'm gone",
    """Dear Sir/Madam,

I'm 78 and doing my affairs in order with my solicitor. I have a customer account with you (I've bought my last three cars from your Winchester showroom) and, don't laugh, a dating profile on your Amora app too.

I'd like to leave instructions for what you should do with all of that after my death: I want the dating profile deleted without anyone reading my messages, and my nephew Robert Finch to be the person you deal with for the rest. Is there a form for this, and how do I register these wishes with you?

With thanks,
Gerald Finch""",
    R(["AdvanceDirectives"], "gerald.finch@retiredmail.example", "Gerald", "Finch"))

add("en-22-info-ai-matching",
    "Mohammed Al-Rashid <m.alrashid@desertmail.example>",
    "How are matches chosen?",
    """Hi,

Quick question. Does Amora use my religion and ethnicity answers to decide who I get shown? And are the photos I upload used to train any AI model, yours or a partner's? I couldn't find a straight answer in the privacy policy.

Thanks,
Mo Al-Rashid""",
    R(["Information"], "m.alrashid@desertmail.example", "Mohammed", "Al-Rashid"))

# ---------------------------------------------------------------- tasks
add("en-23-task-dpia-driving-score",
    "Eleanor Whitcombe <eleanor.whitcombe@acme-corp.example>",
    "DPIA needed - Eco Driving Score feature (launch Feb)",
    """Hi Privacy,

Product are launching the Eco Driving Score in the Connect app in February. It rates customers 0-100 on acceleration, braking and night-time driving and we'd like to show a leaderboard and share scores with two insurer partners (opt-in).

Legal said we need a DPIA before anything goes live. Can you set one up and tell me what you need from us? I can share the product spec and data flow diagram.

Thanks,
Eleanor Whitcombe
Product Owner, Acme Connect""",
    TASK("eleanor.whitcombe@acme-corp.example", "Eleanor", "Whitcombe"))

add("en-24-task-vendor-selfie-dpa",
    "Ravi Chandrasekhar <ravi.chandrasekhar@acme-corp.example>",
    "DPA review - new ID verification supplier",
    """Morning,

We're switching Amora's selfie verification from the current provider to FaceCheck Ltd from January. Procurement has the contract ready but needs privacy sign-off on their data processing agreement and the sub-processor list (they use a US hosting provider). Contract attached.

Could you review and come back by the 30th? Also please let me know if the record of processing needs updating.

Ravi
Procurement - Digital""",
    TASK("ravi.chandrasekhar@acme-corp.example", "Ravi", "Chandrasekhar"))

add("en-25-task-training-showroom",
    "Julie Atkinson <julie.atkinson@acme-corp.example>",
    "GDPR refresher for new sales staff",
    """Hi,

We've taken on 14 new sales executives across the northern branches this quarter. Could the privacy team run a one-hour session on handling customer data (copies of driving licences, test-drive forms, what to do when someone asks for their data)? Ideally in early December, Teams is fine.

Thanks
Julie Atkinson
HR Business Partner""",
    TASK("julie.atkinson@acme-corp.example", "Julie", "Atkinson"))

# ---------------------------------------------------------------- incidents
add("en-26-inc-laptop-stolen",
    "Connor McBride <connor.mcbride@acme-corp.example>",
    "Laptop stolen from my car last night",
    """Hi,

My work laptop was stolen from my car outside my house last night (window smashed). Police report ref 44260011923. It had the Salesforce app on it and I think a couple of spreadsheets of finance proposals on the desktop with customer names, addresses and salaries. The laptop had a password but I'm not sure if it was encrypted.

IT have been told and they've disabled my account. Let me know what else you need.

Connor McBride
Business Manager, Acme Motors Glasgow
07700 900 156""",
    INC("connor.mcbride@acme-corp.example", "Connor", "McBride"))

add("en-27-inc-outsider-wrong-statement",
    "Philip Osei <philip.osei@netbox.example>",
    "I've received someone else's lease statement",
    """Hello,

This morning I got an envelope from Acme Lease addressed to me, but the statement inside is for a Mrs S. Patel at a different address in Slough. It has her agreement number, bank details (last 4 digits), arrears amount and the car registration.

I don't know if she got mine. I'll shred it unless you want it back. Somebody should probably look at how this happened.

Philip Osei""",
    INC("philip.osei@netbox.example", "Philip", "Osei"))

add("en-28-inc-user-sees-other-chats",
    "Leah Goldberg <leah.goldberg@mailpoint.example>",
    "Seeing other people's conversations in the app",
    """Hi,

Something weird is happening. Since this morning's update, when I open my inbox in Amora I'm seeing conversations that aren't mine, between two people I've never matched with, with their first names and photos. I've taken screenshots. I assume that means someone else could be seeing my chats too.

This is really not OK for a dating app. Please look into it urgently.

Leah""",
    INC("leah.goldberg@mailpoint.example", "Leah", "Goldberg"))

# ---------------------------------------------------------------- follow-ups
add("en-29-fu-dsr-chaser",
    "Colin Ashworth <colin.ashworth@mailtown.example>",
    "Re: [DSR-48213] We have received your request",
    """It has now been five weeks since you sent this. The law says one month. Where is my data?

Colin Ashworth

> Dear Colin Ashworth,
> Thank you for your message. Your request has been registered under reference DSR-48213.
> We will reply within one month.
> Acme Privacy Team""",
    FU("48213", "colin.ashworth@mailtown.example", "Colin", "Ashworth"))

add("en-30-fu-reply-id-document",
    "Margaret O'Sullivan <m.osullivan@postbox.example>",
    "Re: Subject Access Request - Article 15 UK/EU GDPR",
    """Dear Data Protection Officer,

Further to my email of this morning, I attach a scan of my driving licence as proof of identity, as I imagine you will ask for it.

Yours faithfully,
Margaret O'Sullivan""",
    FU(ref("en-01-formal-sar-lease"), "m.osullivan@postbox.example", "Margaret", "O'Sullivan"),
    headers=irt("en-01-formal-sar-lease"))

# ---------------------------------------------------------------- ignored
add("en-31-spam-data-broker-removal",
    "Privacy Shield Pro <offers@privacyshieldpro.example>",
    "Remove your company data from 500+ broker sites - 70% OFF",
    """Dear privacy@acme-corp.example,

Did you know your employees' personal data is being sold on over 500 data broker websites right now?

PrivacyShield PRO automatically deletes your personal information and keeps it deleted. GDPR compliant. No contract. Limited Black Friday offer: 70% OFF all business plans.

>> CLAIM YOUR DISCOUNT NOW <<

To stop receiving these messages reply REMOVE.""",
    IGN("spam", "offers@privacyshieldpro.example"),
    headers=SPAM_HDR)

add("en-32-spam-phishing-mailbox",
    "IT Helpdesk <helpdesk@acme-corp-secure.example>",
    "ACTION REQUIRED: privacy mailbox will be deleted in 24h",
    """Dear user,

Due to a GDPR data retention policy update, your mailbox privacy@acme-corp.example has been scheduled for permanent deletion.

To keep your messages and personal data, please validate your account within 24 hours:

https://acme-corp-secure.example/validate?u=privacy

Failure to validate will result in loss of all data.

IT Service Desk""",
    IGN("spam", "helpdesk@acme-corp-secure.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-secure.example")])

add("en-33-ooo-processor",
    "Karen Liddell <k.liddell@cloudhost-partner.example>",
    "Automatic reply: Processor audit questionnaire",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For urgent matters please contact our support desk at support@cloudhost-partner.example.

Kind regards,
Karen Liddell""",
    IGN("auto_reply", "k.liddell@cloudhost-partner.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-34-bulk-newsletter",
    "DataProtection Weekly <news@dpweekly.example>",
    "This week: EDPB guidance on connected vehicles, dating apps fined",
    """DataProtection Weekly - Issue 212

1. EDPB updates its guidelines on connected vehicles and mobility applications
2. Regulator fines dating app EUR 1.2m over sharing of sensitive data
3. Webinar: running DSARs at scale

Read online: https://dpweekly.example/issue-212

You are receiving this email because you subscribed at dpweekly.example.
Unsubscribe: https://dpweekly.example/unsub""",
    IGN("bulk", "news@dpweekly.example"),
    headers=["List-Id: DataProtection Weekly <weekly.dpweekly.example>",
             "List-Unsubscribe: <https://dpweekly.example/unsub>",
             "Precedence: bulk"])

add("en-35-bounce",
    "Mail Delivery System <MAILER-DAEMON@acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@acme-corp.example"),
    dsn=True)
