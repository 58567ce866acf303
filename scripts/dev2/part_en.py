# English messages of development set 2 (Acme group: Acme Style fashion shop + Style Club
# loyalty programme, Acme Play music/video streaming, Acme Match dating app).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("en-01-kill-match", "Jayden Okafor <jayden.okafor@mailbox.example>", "account",
    """get rid of my acme match account and everything on it pls. met someone, dont need it anymore

sent from my phone""",
    R(["Erasure"], "jayden.okafor@mailbox.example", "Jayden", "Okafor"))

add("en-02-formal-sar", "\"Dr. Helen Marsh\" <h.marsh@marshconsulting.example>",
    "Subject access request - Article 15 UK GDPR / EU GDPR",
    """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the General Data Protection
Regulation in respect of the personal data that Acme Style Ltd and its group companies process
about me as a customer and member of the Style Club loyalty scheme.

Please provide:

1. confirmation of whether you process personal data concerning me;
2. a copy of that personal data, including purchase records, loyalty transactions, browsing and
   clickstream data linked to my account, and any notes made by your customer service staff;
3. the purposes of the processing, the recipients or categories of recipients, the envisaged
   retention period and the source of any data not collected from me.

My customer number is SC-0088213 and my registered address is 14 Fernbank Road, Leeds LS6 2QQ.

I look forward to your response within one calendar month.

Yours faithfully,

Dr Helen Marsh""",
    R(["Access"], "h.marsh@marshconsulting.example", "Helen", "Marsh"))

add("en-03-angry-billing", "Trevor Whitcombe <trev.whitcombe@oldmail.example>", "Absolutely disgraceful service",
    """I have been an Acme Play subscriber for SIX years and I have never been treated like this.

In September I downgraded to the basic plan. You carried on taking the premium amount in
October, November AND December. I rang your helpline three times, was cut off twice, and the
third time a young man told me it was "a known issue" and that I should "wait for the system to
catch up". Wait for what?? It's my money.

Then last week I got an email saying my payment had failed (it hadn't, the bank confirms it) and
my playlists were "at risk". I have 40-odd playlists on there, some of which my late wife made.

Frankly I no longer trust you with anything. While you are sorting out my refund I also want
to see exactly what you hold on me - every record, every note your call centre people have
typed about me, the lot. I want it in writing.

I expect the refund of the three overcharges (GBP 20.97 in total) within 14 days or I will be
going to the ombudsman.

T. Whitcombe
(Mr)""",
    R(["Access"], "trev.whitcombe@oldmail.example", "Trevor", "Whitcombe"))

add("en-04-no-marketing-keep-account", "Priya Raman <priya.raman@fastpost.example>", "Too many emails!!",
    """Hi,

I get at least one email a day from Acme Style and now texts as well about "flash sales". Please
take me off all of it - emails, SMS, the lot.

To be clear I do NOT want my account closed or deleted, I still have Club points I want to use
and I'll keep shopping, I just don't want to be spammed.

Thanks
Priya""",
    R(["Opposition"], "priya.raman@fastpost.example", "Priya", "Raman"))

add("en-05-married-name", "Charlotte Bellamy <charlotte.bellamy@homenet.example>", "Change of surname on my Style Club card",
    """Hello there,

I got married in the summer and my surname has changed from Pearce to Bellamy. My Style Club
card and all the emails still say Charlotte Pearce. Could you update my records please? The
email address stays the same.

Membership number 7734 0021 889.

Many thanks,
Charlotte Bellamy (née Pearce)""",
    R(["Rectification"], "charlotte.bellamy@homenet.example", "Charlotte", "Bellamy"))

add("en-06-playlists-export", "Marcus Lindqvist <marcus@lindqvist.example>", "Moving my playlists",
    """Hey Acme Play team,

I'm switching to another streaming service next month. Is there a way to get all my playlists,
liked songs and my listening history out as a file (CSV or JSON, anything a program can read)
so I can import them there? I know GDPR gives me a right to take my data with me, so I'm
assuming you have to do this.

If you can send it straight to the other provider even better, but a download link is fine.

Cheers,
Marcus""",
    R(["Portability"], "marcus@lindqvist.example", "Marcus", "Lindqvist"))

add("en-07-banned-by-bot", "Oluwaseun Adeyemi <seun.adeyemi@webpost.example>", "banned for no reason - want a human to look at it",
    """Hi

Yesterday my Acme Match profile was suspended with the message "Our automated systems detected
activity that violates our community guidelines". I have no idea what I did. I had been chatting
with 3 people, all normal conversations.

Nobody from your side has actually looked at this, it's clearly a bot decision. Under data
protection law I'm entitled to have a real person review a decision like this and to explain
what it was based on. Please do that. I would like my profile back.

Seun Adeyemi""",
    R(["AutomatedDecision"], "seun.adeyemi@webpost.example", "Oluwaseun", "Adeyemi"))

add("en-08-who-sees-profile", "Rachel Kwan <rkwan@postbox.example>", "questions before I sign up",
    """Hi, before I sign up to Acme Match I have a few questions that I couldn't find answered in
your privacy policy:

- Do you share anything from my profile (orientation, religion etc.) with advertisers or other
  Acme companies like the fashion shop?
- Where are the servers? Is my data sent to the US?
- If I delete my profile, how long do you keep my messages and photos?

Thanks in advance,
Rachel""",
    R(["Information"], "rkwan@postbox.example", "Rachel", "Kwan"))

add("en-09-freeze-dispute", "Gareth Pryce-Jones <gareth.pj@cymru-mail.example>", "Disputed Club points - please do not delete anything",
    """Dear Sir or Madam,

Your system says I redeemed 12,000 Style Club points in an order on 3 October. I did not place
that order and I have reported it to my bank as fraud; the investigation is ongoing.

I understand your systems may automatically clean up "inactive" data or close accounts. Please
make sure nothing on my account is deleted or changed, and that my details are not used for
anything else, until the bank and your fraud team have finished. I may need the records.

Regards,
Gareth Pryce-Jones
07700 900431""",
    R(["Restriction"], "gareth.pj@cymru-mail.example", "Gareth", "Pryce-Jones"))

add("en-10-copy-then-delete", "s.oconnell@inboxer.example", "my data",
    """Hello,

I'd like two things please. First send me a copy of all personal info you have about me (account
on Acme Style and Acme Play, same email). Once I've had that, delete both accounts completely.

Siobhan O'Connell""",
    R(["Access", "Erasure"], "s.oconnell@inboxer.example", "Siobhan", "O'Connell"))

add("en-11-parent-teen", "Debbie Harrow <debbie.harrow@familymail.example>", "My son is 16 and on your dating app",
    """To whom it may concern,

I have just discovered that my son, Liam Harrow, who is 16, has made a profile on Acme Match by
lying about his age (he put 19). I am horrified that there was nothing to stop him.

I want his profile and everything connected to it removed immediately - photos, messages, all of
it. The account is under liam.h2010@quickmail.example. I can provide his birth certificate if
you need proof of his age and that I am his mother.

Deborah Harrow""",
    R(["Erasure"], "debbie.harrow@familymail.example", "Liam", "Harrow", representative="Deborah Harrow"))

add("en-12-parcel", "Tom Beckwith <tom.beckwith@netpost.example>", "Where is my order #AS-4410927",
    """Hi, ordered a coat on the 2nd, tracking hasn't moved since it "left the warehouse" 9 days
ago. Can someone tell me where it is? Customer service chat just loops. Sorry if this is the
wrong address, it was the only one I could find.

Tom""",
    R(["Unknown"], "tom.beckwith@netpost.example", "Tom", "Beckwith"))

add("en-13-caps-calls", "BRIAN HOLLOWAY <bholloway1958@oldmail.example>", "STOP PHONING ME",
    """I HAVE HAD 4 CALLS THIS WEEK FROM SOMEONE SAYING THEY ARE FROM ACME ABOUT A "LOYALTY UPGRADE".
I DO NOT WANT ANY MORE CALLS. TAKE MY NUMBER OFF YOUR LIST. 01632 960 118.

B HOLLOWAY""",
    R(["Opposition"], "bholloway1958@oldmail.example", "Brian", "Holloway"))

add("en-14-profiling-ads", "Nadia Petrovic <nadia.p@techpost.example>", "Objection to profiling",
    """Hello,

I noticed that after I watched a couple of documentaries on Acme Play, ads on Acme Style started
showing me related products. So you're obviously combining what I watch with what I buy.

I object to my viewing history being used to profile me for advertising, across any of your
services. I'm fine with the normal recommendations inside the app but not with ads.

Nadia Petrovic""",
    R(["Opposition"], "nadia.p@techpost.example", "Nadia", "Petrovic"))

add("en-15-dob-wrong", "Kieran Walsh <kieran.walsh@irishpost.example>", "wrong birthday on profile",
    """Hiya, when I set up my match profile I fat-fingered my date of birth, it says 1998 but I was born
in 1989 (03/07/1989). the app won't let me edit it myself. people think I'm lying about my age lol.
can you fix it

Kieran""",
    R(["Rectification"], "kieran.walsh@irishpost.example", "Kieran", "Walsh"))

add("en-16-staff-own-sar", "Amira Haddad <amira.haddad@acme-corp.example>", "Request for my own personal data (HR)",
    """Hi privacy team,

As you may know I'm leaving Acme at the end of the month. Before I go I would like to receive a
copy of the personal data the company holds about me as an employee - HR file, performance
reviews, any notes from the grievance process last spring, and emails where I'm discussed, as
far as the law allows.

I'm making this as a formal subject access request in my personal capacity, please reply to my
private address amira.h@personalmail.example as my work account will be closed.

Thanks,
Amira Haddad
Customer Insights Analyst""",
    R(["Access"], "amira.haddad@acme-corp.example", "Amira", "Haddad"))

add("en-17-late-father", "Joanne Fitzgerald <jo.fitzgerald@homenet.example>", "My father's accounts",
    """Hello,

My father, Patrick Fitzgerald, passed away in August. He had an Acme Play subscription and an
account with Acme Style (he liked his cardigans). I'm the executor of his estate.

Could you please close both accounts and erase his details? I have the death certificate and the
grant of probate and can send copies. His email was pat.fitz@oldmail.example, which I can no
longer access.

Kind regards,
Joanne Fitzgerald""",
    R(["Erasure"], "jo.fitzgerald@homenet.example", "Patrick", "Fitzgerald", representative="Joanne Fitzgerald"))

add("en-18-where-from", "Ethan Caldwell <ethan.caldwell@netpost.example>", "How did you get my email?",
    """I have started receiving Style Club offers but I have never, as far as I remember, bought
anything from you or joined any club. Before I do anything else I'd like to know where you got my
email address from and who gave it to you.

E. Caldwell""",
    R(["Information"], "ethan.caldwell@netpost.example", "Ethan", "Caldwell"))

add("en-19-location-gender", "Sam Ortiz <sam.ortiz@quickmail.example>", "two things re my Match account",
    """hi,

1) please stop using my precise location. I turned it off in my phone settings but the app still
shows "2 km away" so you must be getting it somehow. I withdraw my consent to location tracking.

2) my profile lists my gender as "woman", I'm non-binary and changed it in settings but it keeps
reverting. please correct it on your side.

thanks, Sam""",
    R(["Opposition", "Rectification"], "sam.ortiz@quickmail.example", "Sam", "Ortiz"))

add("en-20-typo-access", "dannyboy87@webpost.example", "club card info",
    """hi i want to no what info u have on me from the acme club card , like what u track when i scan it in
the store thx
dan murphy""",
    R(["Access"], "dannyboy87@webpost.example", "Dan", "Murphy"))

add("en-21-task-influencer", "Lucy Tran <lucy.tran@acme-corp.example>", "Influencer agency - need privacy sign-off",
    """Hi team,

We're about to sign with Brightwave Talent, the agency that'll run our spring influencer campaign
for Acme Style. They want a monthly export of Style Club members who used influencer discount
codes (name, email, order value) so they can report back to the creators.

Legal said I need your sign-off on their data processing agreement before we can sign. I've
put the draft in the shared drive under Marketing/Contracts/Brightwave. Any chance you could look
at it this week? Campaign kicks off on the 1st.

Thanks!
Lucy Tran
Senior CRM Manager, Acme Style""",
    TASK("lucy.tran@acme-corp.example", "Lucy", "Tran"))

add("en-22-task-dpia-selfie", "Ben Achterberg <ben.achterberg@acme-corp.example>", "Selfie verification on Match - DPIA?",
    """Hello privacy folks,

Product is planning to launch photo verification on Acme Match in Q2: users take a selfie, a
third-party vendor compares it to their profile pictures and we show a "verified" badge. The
vendor keeps a face template for 30 days.

I assume we need a DPIA for this (biometrics?). Can you tell me what you need from us and
when we can start? Happy to set up a call.

Ben
Product Lead, Trust & Safety""",
    TASK("ben.achterberg@acme-corp.example", "Ben", "Achterberg"))

add("en-23-task-questionnaire", "Grace Mensah <grace.mensah@acme-corp.example>", "FW: Security & privacy questionnaire - StreamCo partnership",
    """Hi,

StreamCo (the telco bundle partner for Acme Play) sent over their supplier due diligence
questionnaire. About half of it is privacy (sections C to F - retention, subprocessors, DPO
contact, transfers). Could you fill in those sections? They want it back by the 27th.

Attached to the Jira ticket PARTNER-219.

Grace Mensah
Partnerships Manager""",
    TASK("grace.mensah@acme-corp.example", "Grace", "Mensah"))

add("en-24-task-ropa-timetracking", "Oliver Kent <oliver.kent@acme-corp.example>", "new time tracking system in the warehouse",
    """Morning,

Just flagging that from January the warehouse team will clock in with a new system (fingerprint
readers from TimeWise). HR told me the privacy team needs to add this to the register and
probably check the contract. I'm the project owner - let me know what you need.

Oliver
Ops Manager, Northampton DC""",
    TASK("oliver.kent@acme-corp.example", "Oliver", "Kent"))

add("en-25-inc-taxi-phone", "Jack Morrow <jack.morrow@acme-corp.example>", "Phone",
    """Hi,

Not sure who I should tell about this. I got a taxi home from the Christmas do last night and
I'm pretty sure my work phone is still in the cab. It has Outlook and Teams on it and the
customer service WhatsApp group where we sometimes share screenshots of customer orders. It has
a PIN but a simple one. I've called the taxi company, nothing yet.

Sorry!
Jack Morrow, Customer Care Team Lead""",
    INC("jack.morrow@acme-corp.example", "Jack", "Morrow"))

add("en-26-inc-wrong-confirmation", "Hannah Greaves <hannah.greaves@mailbox.example>", "I got someone else's order",
    """Hi,

This morning I received an order confirmation email from Acme Style, but it's not mine. It has a
woman's full name, her home address in Bristol, her phone number and what she ordered (including
underwear sizes...). The last 4 digits of a card too.

I haven't ordered anything since spring. I thought you should know, it seems like a pretty
serious mix-up. I've not forwarded it to anyone.

Hannah Greaves""",
    INC("hannah.greaves@mailbox.example", "Hannah", "Greaves"))

add("en-27-inc-spreadsheet", "Zainab Iqbal <zainab.iqbal@acme-corp.example>", "sent file to wrong email",
    """Hi,

At about 3pm today I was sending the list of Style Club Gold members invited to the London
preview event to the events agency. Autocomplete picked the wrong address and it went to a
customer, a "Martin" at gmail-ish address, instead of Martin at the agency. The file has around
400 names, emails and phone numbers. I've emailed him asking him to delete it but no reply yet.

What should I do now?

Zainab Iqbal
Events Coordinator""",
    INC("zainab.iqbal@acme-corp.example", "Zainab", "Iqbal"))

add("en-28-fu-five-weeks", "Paul Henderson <paul.henderson@netpost.example>", "Re: [DSR-40317] We have received your request",
    """It has now been five weeks since I got this acknowledgement and I have heard nothing.
The law says one month. Please confirm when I will receive my data.

Paul Henderson

> Dear customer,
> Thank you for contacting Acme. Your request has been registered under reference DSR-40317.
> We will respond within one month.
> Acme Privacy Team""",
    FU("40317", "paul.henderson@netpost.example", "Paul", "Henderson"))

add("en-29-fu-id-for-sar", "\"Dr. Helen Marsh\" <h.marsh@marshconsulting.example>",
    "Re: Subject access request - Article 15 UK GDPR / EU GDPR",
    """Dear Data Protection Officer,

Further to my letter below, please find attached a scan of my driving licence as proof of
identity, as your customer service team suggested by telephone. I trust this will not reset the
one-month time limit.

Yours faithfully,
Helen Marsh""",
    FU(ref("en-02-formal-sar"), "h.marsh@marshconsulting.example", "Helen", "Marsh"),
    headers=irt("en-02-formal-sar"))

add("en-30-fu-missing-orders", "Imogen Clarke <imogen.clarke@homenet.example>", "RE: [DSR-51288] Your data export is ready",
    """Hello,

Thanks for the export. However it only has my profile and Club points - there's nothing about my
orders (I have placed maybe 30 orders since 2019) or the returns. Could you send the rest?

Imogen

-----Original Message-----
From: Acme Privacy <privacy@acme-corp.example>
Subject: [DSR-51288] Your data export is ready
Your data is available for download for 7 days.""",
    FU("51288", "imogen.clarke@homenet.example", "Imogen", "Clarke"))

add("en-31-spam-broker-removal", "EraseMe Pro <offers@erasemepro.example>", "Your personal data is being sold - delete it in 1 click",
    """Hello,

Did you know that 340+ data brokers are selling your home address, phone number and salary?

EraseMe Pro sends GDPR deletion requests to every broker on your behalf and deletes your data
from the internet for good. 80% OFF today only.

>> Start deleting your data now: http://erasemepro.example/go?id=88271

To stop receiving these emails click here.""",
    IGN("spam", "offers@erasemepro.example"), headers=SPAM_HDR)

add("en-32-spam-seo", "Ravi from GrowthRank <ravi@growthrank-seo.example>", "Quick question about acme-corp.example",
    """Hi there,

I was checking acme-corp.example and noticed you're not ranking on page 1 for "online fashion
store" and "dating app UK". We helped 200+ brands triple their organic traffic.

Can I send you a free audit? Just reply YES.

Best,
Ravi
GrowthRank SEO Solutions""",
    IGN("spam", "ravi@growthrank-seo.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="growthrank-seo.example")])

add("en-33-ooo", "Nicola Fenwick <nicola.fenwick@lawpartners.example>", "Automatic reply: [DSR-39002] Your request",
    """Thank you for your email. I am out of the office until Monday 30 November with limited access
to email. For urgent matters please contact my assistant, Karen Doyle, on 0113 496 0555.

Nicola Fenwick
Partner, Fenwick & Lowe Solicitors""",
    IGN("auto_reply", "nicola.fenwick@lawpartners.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-34-bulk-newsletter", "Privacy Pulse <newsletter@privacypulse.example>", "Privacy Pulse weekly: ICO fines, adtech, and the new DUA Act guidance",
    """PRIVACY PULSE - Issue #212

This week:
* Regulator fines a retailer for excessive marketing emails
* What the new guidance on "legitimate interests" means for loyalty schemes
* Webinar: handling subject access requests at scale (Thursday 2pm)

Read online: https://privacypulse.example/issues/212

You are receiving this because you subscribed at privacypulse.example.
Unsubscribe: https://privacypulse.example/unsub?u=acme""",
    IGN("bulk", "newsletter@privacypulse.example"),
    headers=["List-Id: Privacy Pulse <weekly.privacypulse.example>",
             "List-Unsubscribe: <https://privacypulse.example/unsub?u=acme>",
             "Precedence: bulk"])
