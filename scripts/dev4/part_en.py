# English messages of development set 4 (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("en-01-personnel-file", "Priya Raman <priya.raman@acme-corp.example>", "my personnel file",
"""Hi,

I've been with the Leeds depot team for six years now. In my mid-year review my line manager
kept referring to "what's in your file" and some notes from 2023 that I have never seen.

I'd like to see my complete personnel file please - appraisal forms, any disciplinary or
"informal conversation" notes, sickness records, the lot. How do I go about that? Happy to
come to HR in person if that's easier.

Thanks,
Priya Raman
Shift Lead, Leeds South Hub
""", R(["Access"], "priya.raman@acme-corp.example", "Priya", "Raman"))

add("en-02-cv-remove", "tom.okafor@mailbox.example", "application - please remove",
"""hello

I applied for the payroll implementation consultant role back in march, didnt get it which is
fine, I've since accepted another job. please remove my cv and anything else you've got from
your recruitment system, I don't want to be in any talent pool either.

cheers
Tom Okafor
""", R(["Erasure"], "tom.okafor@mailbox.example", "Tom", "Okafor"))

add("en-03-doorstep-photo", "Gareth Lloyd-Jones <g.lloydjones@fastmail.example>",
"Your driver photographed my front door AND my daughter",
"""To whoever deals with this,

On Thursday afternoon one of your Acme Express drivers delivered a parcel for my wife. My
daughter (she's 9) opened the door, took the parcel, and the driver held his phone up and took
a picture of her standing in the doorway holding the box. When I complained to the driver
app's chat I was told this is "photo proof of delivery" and perfectly normal.

It is not normal to me. That picture shows my child, the inside of our hallway and our house
number. I want that photograph deleted from your systems, and I do not want your drivers
taking pictures at our address again - leave it with a neighbour or take a signature, I don't
care, but no photos.

Tracking number was AE 7730 1193 662.

Gareth Lloyd-Jones
14 Mill Lane, Abergavenny
""", R(["Erasure", "Opposition"], "g.lloydjones@fastmail.example", "Gareth", "Lloyd-Jones"))

add("en-04-cctv-carpark", "Helen Marsh <helen.marsh@northmail.example>",
"CCTV footage request - Acme Hotel Manchester Piccadilly, 3 October",
"""Dear Data Protection Officer,

I stayed at the Acme Hotel Manchester Piccadilly from 2 to 4 October 2026 (booking reference
MPC-558120). On the evening of 3 October my car was damaged in the hotel's underground car park
between roughly 21:00 and 23:00. Reception told me that the car park is covered by CCTV but that
footage can only be released "through the data protection team".

Under Article 15 of the UK GDPR I request a copy of the CCTV footage in which I and my vehicle
appear for that evening. My insurer needs it to process the claim. I can provide a photo of
myself and the car's registration if that helps you locate the right images.

Yours faithfully,
Helen Marsh
""", R(["Access"], "helen.marsh@northmail.example", "Helen", "Marsh"))

add("en-05-dpa-sign", "Sandra Whitfield <s.whitfield@brightwell-logistics.example>",
"DPA for Acme Payroll Cloud - signature needed before renewal",
"""Hello,

Our contract for Acme Payroll Cloud renews on 1 January. Our legal team has asked that we
have our own data processing agreement in place this time rather than the online terms. I
attach our template; could someone from your side review it, fill in Annex 2 (technical and
organisational measures) and send it back signed?

Our procurement won't raise the renewal PO until this is done, so a reply by the end of the
month would be appreciated.

Kind regards,

Sandra Whitfield
HR Operations Manager
Brightwell Logistics Ltd
T: +44 1632 960 118

This e-mail and any attachments are confidential and intended solely for the addressee.
""", R(["Unknown"], "s.whitfield@brightwell-logistics.example", "Sandra", "Whitfield"))

add("en-06-subprocessors", "Darren Kaye <darren.kaye@holmfirth-care.example>",
"Questions from our DPO re: payroll data",
"""Hi there,

Our DPO is doing the annual review of our suppliers and has a few questions about the payroll
module we use:

1. Which sub-processors have access to our employees' payroll data?
2. Is any of it stored or accessed outside the UK/EEA (support teams, backups)?
3. How long do you retain the data after the contract ends, and is it deleted or returned?

We don't need anything signed, just the answers so she can tick the box.

Thanks
Darren
--
Darren Kaye | People Systems Lead | Holmfirth Care Group
""", R(["Information"], "darren.kaye@holmfirth-care.example", "Darren", "Kaye"))

add("en-07-caps-stop", "BRIAN HOLT <bholt1961@inbox.example>", "STOP",
"""STOP SENDING ME HOTEL OFFERS. I HAVE UNSUBSCRIBED TWICE. THIS IS THE THIRD EMAIL THIS WEEK
""", R(["Opposition"], "bholt1961@inbox.example", "Brian", "Holt"))

add("en-08-rewards-copy-then-delete", "Aoife Ní Bhriain <aoife.nibhriain@eir-mail.example>",
"Closing my Acme Rewards account",
"""Hi,

I'm closing my Acme Rewards membership (no. 3009 4471 22). Before you do, I'd like a copy of
all the personal information you hold on me - stays, preferences, whatever notes the front
desks have added. Once I've received that, please delete the account and my details entirely.

Go raibh maith agat,
Aoife
""", R(["Access", "Erasure"], "aoife.nibhriain@eir-mail.example", "Aoife", "Ní Bhriain"))

add("en-09-new-surname", "Nisha Shah-Patel <nisha.sp@homebox.example>", "update details pls",
"""Hi, I got married over the summer and my surname is now Shah-Patel (was Patel). Could you
update it on my Acme Express account so parcels stop coming addressed to my old name? I also
moved - new address is Flat 3, 27 Ashby Road, Loughborough LE11 3AA. Old one was in Leicester.

Thanks!
Nisha

Sent from my iPhone
""", R(["Rectification"], "nisha.sp@homebox.example", "Nisha", "Shah-Patel"))

add("en-10-driver-deactivated", "Marek Kowalczyk <marek.kowalczyk@post.example>",
"driver account deactivated by the app - need a real person",
"""Hello,

I deliver for Acme Express as a self-employed driver (driver ID 20-44817) in the Reading area.
Yesterday morning I could not log in to the driver app - message "account deactivated due to
low quality score". Nobody called me, nobody explained. I think it is because of 3 failed
deliveries last week, but these were because the addresses were wrong.

I want that a human person looks at this decision again, not the computer. And I want to know
how this score is calculated, because I lose my income because of it.

Regards
Marek Kowalczyk
07700 900 482
""", R(["AutomatedDecision"], "marek.kowalczyk@post.example", "Marek", "Kowalczyk"))

add("en-11-how-long-cv", "Chloe Bennett <chloe.bennett@uni-mail.example>", "quick question about applications",
html("Hi,",
     "Not a formal request or anything - I was just wondering how long you keep applications from "
     "candidates who weren&#39;t successful? And do hiring managers in other countries see them? I applied "
     "for the graduate scheme at your Bristol office and I&#39;m curious where my CV ends up.",
     "Thanks a lot,<br>Chloe"),
R(["Information"], "chloe.bennett@uni-mail.example", "Chloe", "Bennett"), ct=HTML)

add("en-12-solicitor-sar", "Rebecca Thornton <r.thornton@hartley-crane.example>",
"Subject Access Request - our client Mr Kwame Mensah",
"""Dear Sirs,

We act for Mr Kwame Mensah, who was employed by Acme Express Ltd as a Warehouse Supervisor at
your Coventry hub until 30 September 2026. A signed form of authority from our client is
attached.

On our client's behalf we make a subject access request under Article 15 UK GDPR and section 45
of the Data Protection Act 2018 for all personal data relating to him, including but not limited
to: his personnel file; the notes and outcome of the disciplinary investigation opened in August
2026; e-mails and messages in which he is named; and CCTV images of the incident of 14 August.

Please send the information to this office within one month.

Yours faithfully,

Rebecca Thornton
Associate Solicitor
Hartley & Crane LLP
3 Priory Row, Coventry
""", R(["Access"], "r.thornton@hartley-crane.example", "Kwame", "Mensah", representative="Rebecca Thornton"))

add("en-13-export-history", "Fiona McAllister <fiona@mcallister-crafts.example>",
"Export of my shipping history and address book",
"""Hello,

I run a small online craft shop and have used your business account for about three years. I'm
moving to another carrier in the new year. Could you send me my complete shipping history and my
saved address book (recipients) as a CSV or some other file I can import? Their onboarding team
said they can load it directly if I send it in a standard format.

Many thanks,
Fiona McAllister
McAllister Crafts
""", R(["Portability"], "fiona@mcallister-crafts.example", "Fiona", "McAllister"))

add("en-14-freeze-smoking-fee", "Olusegun Adeyemi <o.adeyemi@kingsmail.example>",
"Disputed charge - do not pass my details on",
"""Dear Sir/Madam,

After my stay at your Birmingham hotel (28-30 September) I was charged a £250 “smoking
cleaning fee”. I don’t smoke and I have disputed the charge with the hotel and with my bank.

Today I received a letter saying that the matter "may be referred to our recovery partner". Until
this dispute is settled, I ask that you put my data on hold: do not pass my card details, the
so-called incident report or anything else about me to any collection agency, and do not use it
for any other purpose while the complaint is being investigated.

Regards,
Olusegun Adeyemi
""", R(["Restriction"], "o.adeyemi@kingsmail.example", "Olusegun", "Adeyemi"), ct=CP1252, encode="cp1252")

add("en-15-mum-summer-job", "Karen Doyle <karen.doyle73@inbox.example>",
"my son's application at your Brighton hotel",
"""Hello,

My son Jake Doyle is 16. In July he filled in an online application for a summer job as a
kitchen porter at the Acme Hotel Brighton Seafront, including a photo and his school details.
He didn't get the job, but he's now getting emails inviting him to "join the Acme talent
community", which he never asked for.

As his mother, I'd like you to delete his application, his photo and his details from your
systems. He's copied on this so you can see he agrees.

Karen Doyle
""", R(["Erasure"], "karen.doyle73@inbox.example", "Jake", "Doyle", representative="Karen Doyle"),
    headers=["Cc: jake.doyle2010@inbox.example"])

add("en-16-late-father", "The Prices <theprices@homefamily.example>",
"Leonard Price - Acme Rewards",
"""Good afternoon,

My father, Leonard Price, died in August. He was a member of your Acme Rewards scheme for many
years and letters and emails addressed to him keep arriving, which my mother finds upsetting.

I'm the executor of his estate. Please close his membership and remove his details from your
mailing lists and systems. I can send a copy of the death certificate and the grant of probate
if you need them - please reply to my own address rather than this family one.

With thanks,
Susan Whitaker (née Price)
""", R(["Erasure"], "susan.whitaker@brightmail.example", "Leonard", "Price", representative="Susan Whitaker"),
    headers=["Reply-To: Susan Whitaker <susan.whitaker@brightmail.example>"])

add("en-17-ex-employee", "Siobhan O'Rourke <siobhan.orourke@freemail.example>",
"Former employee - my records",
"""Hi,

I worked in the hotel group's revenue team in Dublin until April 2021. I've read that companies
keep ex-employees' files for years. Please delete everything you hold about me except what you
are legally required to keep (I understand payroll records have to be kept for tax).

Also, I don't want Acme to provide references or confirm my employment to anyone without asking
me first - I'd rather you didn't do that at all, actually.

Siobhan O'Rourke
""", R(["Erasure", "Opposition"], "siobhan.orourke@freemail.example", "Siobhan", "O'Rourke"))

add("en-18-map-who-sees", "Ian Fairbairn <ian.fairbairn@glenmail.example>", "live map on tracking page",
"""Hi,

When I tracked my parcel yesterday, your page showed a live map with the van, the driver's first
name and photo, and my house marked as the next stop. It made me wonder - who else can see my
address on that map? Is it only people with the tracking link? And how long do you keep the GPS
data and the location of my house after the delivery is done?

Cheers,
Ian
""", R(["Information"], "ian.fairbairn@glenmail.example", "Ian", "Fairbairn"))

add("en-19-fwd-call-recordings", "Jess Amankwah <jess.amankwah@acme-corp.example>",
"Fwd: all my data inc. call recordings",
"""Hi privacy team, a customer asking for everything we hold incl. the calls to our contact centre.
Can you take this over? I've told him you'll be in touch.
Jess - Customer Care, Acme Express

---------- Forwarded message ---------
From: Raj Malhotra <raj.malhotra@webmail.example>
Date: Fri, 13 Nov 2026 at 16:02
Subject: all my data inc. call recordings
To: <help@acme-corp.example>

Hi, following my complaint about the lost parcel I want a copy of all personal data you have
about me, including the recordings of my 4 phone calls to your helpline in October.

Raj Malhotra
""", R(["Access"], "raj.malhotra@webmail.example", "Raj", "Malhotra"))

add("en-20-not-delete-just-see", "Hannah Blake <hannah.blake@parkside.example>", "What do you know about me?",
"""Hello - to be clear, I'm NOT asking you to delete my account, I use it every week for work
deliveries and I don't want to lose my saved addresses. I just want to see what information you
actually have on me. A friend told me you keep the signatures and photos from every delivery?

Thanks
Hannah Blake
""", R(["Access"], "hannah.blake@parkside.example", "Hannah", "Blake"))

add("en-21-where-parcel", "dave sutton <dsutton@cheapnet.example>", "parcel AX4920193GB",
"""wheres my parcel?? stuck at the Swindon depot for 5 days now, nobody answers the phone and the
chat bot just loops. ive tried every email address on your website. sort it out please
""", R(["Unknown"], "dsutton@cheapnet.example", "Dave", "Sutton"))

add("en-22-rejected-in-minutes", "Adaeze Nwosu <adaeze.nwosu@mailhub.example>",
"Application rejected in 4 minutes",
"""Dear Recruitment / Data Protection team,

I applied for the Senior Payroll Analyst position (ref. HR-2291) on Tuesday at 10:12. At 10:16 I
received a rejection email. Nobody can read a CV and a cover letter in four minutes, so I assume
the decision was made by screening software.

I'd like my application to be assessed by a person, and I'd like to understand on what basis the
system rejected me.

Kind regards,
Adaeze Nwosu
""", R(["AutomatedDecision"], "adaeze.nwosu@mailhub.example", "Adaeze", "Nwosu"))

add("en-23-task-sms-vendor", "Mark Ellison <mark.ellison@acme-corp.example>",
"TextFlow contract - DPA review please",
"""Hi team,

Procurement want to sign with TextFlow next week - they'll send the "your parcel is arriving"
SMS messages instead of our current provider. Their DPA and the SCCs are in the shared folder
(Vendors > TextFlow > Contract v3). They use a US parent company for support, which I gather is
something you'll want to look at.

Could you review and let me know if we're OK to sign, or what needs changing?

Thanks,
Mark Ellison
Head of Last-Mile Operations
""", TASK("mark.ellison@acme-corp.example", "Mark", "Ellison"))

add("en-24-task-dashcam-dpia", "Lucy Hargreaves <lucy.hargreaves@acme-corp.example>",
"Inward-facing dashcams - DPIA?",
"""Hello,

Fleet are planning to fit inward-facing dashcams (driver-facing, with audio off) in 200 vans
from February, mainly for insurance. Legal said we'd need a DPIA before the pilot starts. Could we
get 30 minutes with someone from privacy to kick that off? I can bring the supplier's spec sheet.

Lucy
Fleet Safety Manager
""", TASK("lucy.hargreaves@acme-corp.example", "Lucy", "Hargreaves"))

add("en-25-task-wifi-register", "Tomasz Wiśniewski <tomasz.wisniewski@acme-corp.example>",
"guest wifi portal - register of processing",
"""Hi,

FYI we've gone live with the new guest wifi captive portal in the 12 UK hotels (vendor:
Skyline Hospitality Networks). It collects email address, room number, device MAC address and an
optional marketing opt-in. I believe it needs to be added to the register of processing
activities - can you do that or tell me what info you need from me?

Thx
Tomasz
IT Hotels UK
""", TASK("tomasz.wisniewski@acme-corp.example", "Tomasz", "Wiśniewski"))

add("en-26-task-questionnaire", "Olivia Grant <olivia.grant@acme-corp.example>",
"Urgent-ish: client security & privacy questionnaire",
"""Hi both,

Northgate Council (big payroll prospect, ~4,000 employees) sent their supplier assurance
questionnaire - 140 questions, about 40 of them are GDPR ones (retention, breach procedure,
international transfers, DPO contact). Bid deadline is the 27th. Could you fill in the privacy
section? I've highlighted the rows in yellow.

Many thanks
Olivia Grant
Bid Manager, Acme Payroll
""", TASK("olivia.grant@acme-corp.example", "Olivia", "Grant"))

add("en-27-inc-smashed-window", "Ben Whitlock <ben.whitlock@acme-corp.example>", "laptop",
"""Morning,

So, not a great start to the week. Last night I stopped at the services on the M6 on the way
back from a client go-live, and when I came back to the car the rear window was smashed and my
rucksack was gone. My work laptop was in it, plus a printed list of the client's new starters
that I'd been using for the data load (names, NI numbers, bank details for about 60 people).

I reported it to the police this morning (ref 44/118820/26) and told IT, who say the laptop is
encrypted. Not sure what else I'm supposed to do.

Ben
Implementation Consultant
""", INC("ben.whitlock@acme-corp.example", "Ben", "Whitlock"))

add("en-28-inc-wrong-export", "Aisha Rahman <aisha.rahman@acme-corp.example>",
"I attached the wrong file to a client ticket",
"""Hi,

I've just realised that on Friday I attached the wrong export to a support ticket for Harmon
Foods. Instead of their own file I sent them Greenfield Nurseries' payroll summary - 38
employees with salaries, tax codes and NI numbers. Harmon's payroll admin replied this morning to
tell us. I've asked her to delete it and she says she has, but I wanted to report it straight
away.

Sorry!
Aisha Rahman
Payroll Support Team
""", INC("aisha.rahman@acme-corp.example", "Aisha", "Rahman"))

add("en-29-inc-tracking-enum", "Callum Reid <callum.reid@highland-net.example>",
"Other people's deliveries visible on your tracking site",
"""Hi,

I'm not sure who to send this to, so privacy@ seemed like the best bet. When I check my parcel
on your tracking page and change the last two digits of the tracking number, I get other
people's deliveries - full names, addresses, and in some cases the photo of the parcel at their
front door. I tried five numbers and four of them worked.

I haven't saved anything, but someone less honest could scrape thousands of these. You should
probably fix it.

Callum Reid
""", INC("callum.reid@highland-net.example", "Callum", "Reid"))

add("en-30-inc-fake-login", "Gemma Stokes <gemma.stokes@acme-corp.example>", "think I messed up",
"""hi, I got an email this morning that looked like it came from the rota system saying my
password was expiring. I clicked and typed my username and password before I noticed the web
address was strange. I've changed my password since. The rota system has all the front desk
staff's phone numbers and home addresses in it. is that enough or do I need to do something else?

Gemma
Front Office, Acme Hotel Liverpool
""", INC("gemma.stokes@acme-corp.example", "Gemma", "Stokes"))

add("en-31-fu-five-weeks", "Martin Greaves <mgreaves@coastline.example>",
"Re: [DSR-48213] We have received your request",
"""It has now been five weeks since you sent this. The law says one month. When will I receive my
data?

Martin Greaves

On 9 Oct 2026, at 11:04, privacy@acme-corp.example wrote:
> Dear Martin Greaves,
> Thank you for your message. Your request has been registered under reference DSR-48213.
> We will reply within one month.
> Acme Privacy Team
""", FU("48213", "mgreaves@coastline.example", "Martin", "Greaves"))

add("en-32-fu-cctv-details", "Helen Marsh <helen.marsh@northmail.example>",
"Re: CCTV footage request - Acme Hotel Manchester Piccadilly, 3 October",
"""Hello again,

Just to add to my email: the car is a silver Skoda Octavia, registration ends in KFE, parked on
level -2 near the lifts. Reception mentioned that the recordings are overwritten after 30 days,
so I'd be grateful if someone could save the footage now even if it takes longer to send it.

Helen Marsh
""", FU(ref("en-04-cctv-carpark"), "helen.marsh@northmail.example", "Helen", "Marsh"),
    headers=irt("en-04-cctv-carpark"))

add("en-33-fu-passport", "Yusuf Demir <yusuf.demir@webpost.example>",
"RE: [DSR-50177] Identity verification",
"""Hi, as requested please find attached a scan of my driving licence. My passport is being
renewed so I hope this is acceptable.

Yusuf Demir

-----Original Message-----
From: Acme Privacy <privacy@acme-corp.example>
Subject: [DSR-50177] Identity verification
Before we can process your request we need to verify your identity.
""", FU("50177", "yusuf.demir@webpost.example", "Yusuf", "Demir"))

add("en-34-spam-redelivery", "Acme Express <notice@acme-express-redelivery.example>",
"Your parcel could not be delivered - action required",
"""Dear customer,

We attempted to deliver your parcel today but no one was available. Your package is being held at
our local depot.

To arrange redelivery, please confirm your address and pay the outstanding redelivery fee of
GBP 1.99 within 24 hours: http://acme-express-redelivery.example/confirm

If no action is taken, your parcel will be returned to sender and your data deleted in accordance
with GDPR.

Acme Express Customer Service
""", IGN("spam", "notice@acme-express-redelivery.example"), headers=SPAM_HDR)

add("en-35-spam-audit", "Compliance Desk <audit@gdpr-certify-now.example>",
"Your website is NOT GDPR compliant - fines up to 4% of turnover",
"""Hello,

Our automated scan found 17 GDPR violations on acme-corp.example, including missing cookie
consent and an outdated privacy policy. Companies like yours have been fined up to 20 million
euros.

For a limited time we offer a full compliance certificate for just 299 EUR (normally 1,490 EUR).
Reply YES today and our experts will fix everything in 48 hours. If you don't want your data
processed by us, reply DELETE.

Best regards,
Compliance Desk
""", IGN("spam", "audit@gdpr-certify-now.example"),
    headers=["Reply-To: sales.desk@quickmail-offers.example", AUTH(spf="fail", dkim="none", dmarc="fail", dom="gdpr-certify-now.example")])

add("en-36-ooo", "Sandra Whitfield <s.whitfield@brightwell-logistics.example>",
"Automatic reply: DPA for Acme Payroll Cloud - signature needed before renewal",
"""Thank you for your email. I am out of the office until Monday 23 November with limited access
to email. For urgent payroll matters please contact payroll.team@brightwell-logistics.example.

Sandra
""", IGN("auto_reply", "s.whitfield@brightwell-logistics.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-37-newsletter", "Privacy Pulse <news@privacypulse.example>",
"Privacy Pulse #212: employee monitoring, new adequacy talks, SAR deadlines",
"""PRIVACY PULSE - weekly briefing for data protection professionals

1. Regulator publishes guidance on monitoring workers: what it means for dashcams and
   productivity software.
2. Subject access requests: how to handle requests made through third-party portals.
3. Adequacy talks: where things stand.
4. Webinar: retention schedules for HR data - register now.

You are receiving this because you subscribed at privacypulse.example.
Unsubscribe: https://privacypulse.example/u/acme-privacy
""", IGN("bulk", "news@privacypulse.example"),
    headers=["List-Id: Privacy Pulse <weekly.privacypulse.example>",
             "List-Unsubscribe: <https://privacypulse.example/u/acme-privacy>", "Precedence: bulk"])
