# dev3, English. Written blind (see scripts/BLIND-WRITER.md).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("en-01-shop-account-oneliner", "kjb1987@mailbox.example", "account",
    "pls remove my account from the pharmacy website and everything attached to it. thx\n",
    R(["Erasure"], "kjb1987@mailbox.example"))

add("en-02-physio-notes-sar", "Margaret O'Donnell <m.odonnell@eirmail.example>",
    "Subject Access Request - Acme Physio, Harrogate clinic",
    """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR.

Between February and September of last year I attended the Acme Physio clinic in Harrogate
for treatment of a shoulder injury. I would like a copy of all personal data you hold about me,
including but not limited to:

- the initial assessment and all subsequent treatment notes;
- any correspondence with my GP or with my insurer (Westbury Health);
- appointment history, including the sessions you recorded as "did not attend";
- any internal notes or emails in which I am mentioned.

My date of birth is 14/03/1961 and I lived at 22 Cold Bath Road during the period concerned.
I understand you have one month to respond. Please send the information electronically to
this address.

Yours faithfully,

Margaret O'Donnell
""",
    R(["Access"], "m.odonnell@eirmail.example", "Margaret", "O'Donnell"))

add("en-03-stop-the-emails-caps", "BARRY TENNANT <b.tennant@coolmail.example>",
    "STOP EMAILING ME",
    """I HAVE CLICKED UNSUBSCRIBE THREE TIMES NOW AND I STILL GET YOUR "VITAMIN WEEK" OFFERS
EVERY SINGLE DAY. I BOUGHT ONE BOX OF PLASTERS FROM YOUR PHARMACY SHOP IN 2024. TAKE ME OFF
EVERY LIST YOU HAVE. NO MORE EMAILS NO MORE TEXTS.

B TENNANT
""",
    R(["Opposition"], "b.tennant@coolmail.example", "Barry", "Tennant"))

add("en-04-wrong-module-mark", "Oluwaseun Adeyemi <seun.adeyemi@studentpost.example>",
    "Incorrect mark on my transcript + name spelling",
    """Hello,

I completed the Postgraduate Certificate in Clinical Leadership with your School of Continuing
Education last summer (student no. CE-220871). I have just downloaded my official transcript
and the mark for module CL204 shows 58. The mark that was published to us on the portal, and
confirmed in writing by the module lead, was 68. I attach nothing for now but can forward that
email.

Also my first name appears as "Oluwasuen" on the transcript and on the certificate. It should
be Oluwaseun.

Could both records be put right please? I need the transcript for a job application at the end
of the month.

Many thanks,
Seun Adeyemi
""",
    R(["Rectification"], "seun.adeyemi@studentpost.example", "Oluwaseun", "Adeyemi"))

add("en-05-donor-phone-calls", "Geoffrey Whitcombe <gwhitcombe@oldrectory.example>",
    "Acme Foundation - telephone calls",
    """Dear Sir or Madam,

For some years I have made a monthly gift to the Acme Foundation and I am happy to continue
doing so. What I am not happy about is being telephoned, usually around dinner time, to be asked
to increase it. I had three such calls in October.

I no longer consent to being contacted by telephone for fundraising purposes, and I would be
grateful if you would also stop sending the glossy quarterly magazine. My direct debit should
carry on as before.

Yours sincerely,
Geoffrey Whitcombe
The Old Rectory, Little Brampton
""",
    R(["Opposition"], "gwhitcombe@oldrectory.example", "Geoffrey", "Whitcombe"))

add("en-06-son-orthodontic-records", "Claire Brooks <claire.brooks@homenet.example>",
    "Records for my son Ethan",
    """Hi there,

My son Ethan Brooks (DOB 02/07/2011) has been seeing Dr Fairbairn at your Acme Dental practice
in Didsbury for his braces. We are moving to Bristol in January and the new orthodontist has
asked for his treatment history, photos and the scans/x-rays.

Could you please send me a copy of everything you have on file for Ethan? I'm his mum and have
parental responsibility. Happy to bring ID into the practice if needed.

Thanks a lot,
Claire

Sent from my iPhone
""",
    R(["Access"], "claire.brooks@homenet.example", "Ethan", "Brooks", representative="Claire Brooks"))

add("en-07-late-father-records", "Susan Pembleton-Hayes <susan.ph@fastmail.example>",
    "My late father, Harold Pembleton",
    """Good afternoon,

I'm sorry to write with this. My father, Harold Pembleton, passed away on 28 August. He had
physiotherapy at your Chester clinic after his hip operation in the spring, and I am the
executor of his estate.

There is a dispute with his travel insurer about whether the fall he had in May was related to
the treatment, and their claims handler has asked for the physio records. Could you send me a
copy of his file, please? I can provide the death certificate and the grant of probate.

Separately, he had an account on your online pharmacy which still sends him reminders to reorder
his blood pressure tablets. It is quite upsetting to see them arrive. Please close that account
and delete it.

Kind regards,
Susan Pembleton-Hayes
07700 900412
""",
    R(["Access", "Erasure"], "susan.ph@fastmail.example", "Harold", "Pembleton",
      representative="Susan Pembleton-Hayes"))

add("en-08-not-deleting-just-asking", "Rhys Llewellyn <rhys.llew@valleys.example>",
    "question about prescriptions",
    """Hiya,

Before anyone panics, I am NOT asking you to delete my account - I use the online pharmacy every
month and it works fine.

What I'd like to understand is who else sees my prescription details. Does the information go to
my GP surgery automatically? Is any of it passed to the drug manufacturers or to an insurer? And
is it stored in the UK or somewhere else?

Cheers,
Rhys
""",
    R(["Information"], "rhys.llew@valleys.example", "Rhys", "Llewellyn"))

add("en-09-how-long-dental-records", "anita.k.sharma@mailbox.example",
    "Retention of dental records",
    """Hello,
I left the Acme Dental practice on Kings Road about three years ago. Out of curiosity, how long
do you keep the records of former patients (notes, x-rays, the medical history form)? Is there a
set period and what happens at the end of it?
Thank you,
Anita Sharma
""",
    R(["Information"], "anita.k.sharma@mailbox.example", "Anita", "Sharma"))

add("en-10-prescription-history-csv", "Jonathan Reyes-Whitfield <jrw@reyeswhitfield.example>",
    "Transfer of my order/prescription history",
    """Hello,

I'm moving my repeat prescriptions to another online pharmacy (Pillbox Direct). They can import
a history file if I give them one. Please could you export my complete order and prescription
history from your webshop in a machine-readable format (CSV or JSON is fine) - either to me or
directly to their data team at imports@pillbox-direct.example.

Account email is this one.

Regards,
Jonathan Reyes-Whitfield
""",
    R(["Portability"], "jrw@reyeswhitfield.example", "Jonathan", "Reyes-Whitfield"))

add("en-11-enrolment-auto-rejected", "Fatima Zahra Bennani <fz.bennani@webpost.example>",
    "Application rejected within 2 minutes - was anyone involved?",
    """Dear Admissions / Data Protection team,

On Tuesday I applied for the Diploma in Sports Rehabilitation. Less than two minutes after I
pressed submit I received an email telling me my application "did not meet the eligibility
threshold". Nobody could have read my personal statement in two minutes, so I assume the
portal scored me automatically, probably on my qualifications which were obtained in Morocco.

I would like this decision to be looked at by a real person, and I would like to know what
criteria the system used to reject me.

Fatima Zahra Bennani
""",
    R(["AutomatedDecision"], "fz.bennani@webpost.example", "Fatima Zahra", "Bennani"))

add("en-12-missed-appointments-debt", "Colin McAllister <colin.mcallister@scotnet.example>",
    "Wrong 'missed appointments' and debt collection letter",
    """To whom it may concern

I have received a letter from a company called Redline Recoveries saying I owe Acme Physio
GBP 135 for three missed appointments in September. I did not miss them. The clinic cancelled
two of those sessions itself (I have the text messages) and the third was rebooked by phone with
your receptionist.

Please fix my record so it shows what actually happened. Until this has been sorted out I do not
want my details used for any further debt recovery, and I want you to tell Redline to stop
using them too.

Colin McAllister
Flat 3, 14 Dalry Road, Edinburgh
""",
    R(["Rectification", "Restriction"], "colin.mcallister@scotnet.example", "Colin", "McAllister"))

add("en-13-implant-complaint-long", "Deborah Finch <debbie.finch@inbox.example>",
    "Complaint - and I want my notes",
    """I don't even know where to start with this.

In March I went to your Acme Dental clinic in Reading for what I was told would be a
"straightforward" implant. I paid GBP 2,400 up front. The first appointment was cancelled on
the day. The second time the dentist (I won't name him here but you'll know who it is) was 40
minutes late and then told me the bone was not thick enough and I would need a graft, which
was never mentioned at the consultation. I agreed because I was already numb and in the chair,
which I now regret.

Since then I've had two infections, a course of antibiotics, and the practice manager keeps
telling me it is "normal healing". It is not normal to still be in pain in November.

I have an appointment with an independent dentist next month and I want to take everything with
me. So please send me a full copy of my dental record - every note the dentist wrote, the
consent form I signed, the x-rays and CT scan, and any emails between staff about my case.

I have also written to the practice about a refund and if I don't get a proper answer I will be
going to the General Dental Council.

Deborah Finch
""",
    R(["Access"], "debbie.finch@inbox.example", "Deborah", "Finch"))

add("en-14-family-address-dob", "The Nguyen Family <nguyenfamily@homemail.example>",
    "Wrong date of birth + new address",
    """Hello,

This is Linh Nguyen. I had a letter from your dental clinic addressed to the old house and with my
date of birth as 1987 - it's 1978, the numbers are swapped. Could you correct my date of birth on
my patient file and change the address to:

7 Sycamore Close
Basingstoke RG21 4XP

Please reply to my own email, not this family one.

Thanks
Linh
""",
    R(["Rectification"], "linh.nguyen@homemail.example", "Linh", "Nguyen"),
    headers=["Reply-To: Linh Nguyen <linh.nguyen@homemail.example>"])

add("en-15-solicitor-cctv", "Priya Raman <p.raman@ramanholt-law.example>",
    "Our client: Daniel Kowalczyk - request under Article 15 UK GDPR",
    """Dear Sirs

Our client: Mr Daniel Kowalczyk, date of birth 19 June 1990
Our ref: PR/KOW/0219

We act for the above-named in connection with an injury he sustained on 4 October at your Acme
Physio clinic at Unit 6, Riverside Park, Nottingham, when a treatment table collapsed.

On behalf of our client, and with his signed authority (enclosed), we request copies of all
personal data you hold concerning him, including in particular:

1. his clinical records and treatment notes;
2. the accident book entry and any incident report;
3. CCTV footage of the treatment area and reception for 4 October between 14:00 and 16:00.

We ask that the CCTV footage be preserved pending your response.

Yours faithfully

Priya Raman
Solicitor
Raman & Holt LLP
This email is confidential and may be legally privileged. If you have received it in error
please notify the sender and delete it.
""",
    R(["Access"], "p.raman@ramanholt-law.example", "Daniel", "Kowalczyk", representative="Priya Raman"))

add("en-16-bank-holiday-opening", "Mo Farouk <mo.farouk@chatmail.example>",
    "opening hours",
    """hi is the physio clinic in Headingley open on boxing day? i tried calling but nobody answers.
mo
""",
    R(["Unknown"], "mo.farouk@chatmail.example", "Mo", "Farouk"))

add("en-17-charged-twice-course", "Helen Achterberg <helen.achterberg@post.example>",
    "Charged twice for course fee",
    """Hello,

I enrolled on the short course "Introduction to Pharmacovigilance" (starts 12 January) and my card
has been charged GBP 490 twice on the same day. Could someone refund the duplicate payment? I
couldn't find the finance office email so I'm trying this one.

Best wishes,
Helen Achterberg
""",
    R(["Unknown"], "helen.achterberg@post.example", "Helen", "Achterberg"))

add("en-18-employee-own-file", "Tomasz Wiśniewski <tomasz.wisniewski@acme-corp.example>",
    "My HR file",
    """Hi privacy team,

I work as a physiotherapist at the Leeds site. I'm having a disagreement with my line manager
about a disciplinary note that I think is on my file, and HR won't tell me what's in it.

Can I get a copy of my personnel file, including any notes from the meeting on 3 November and any
emails about me between my manager and HR? I understand I'm allowed to ask for this.

Thanks,
Tomasz Wiśniewski
Senior Physiotherapist, Acme Physio Leeds
""",
    R(["Access"], "tomasz.wisniewski@acme-corp.example", "Tomasz", "Wiśniewski"))

add("en-19-alumnus-copy-then-delete", "Graham Otieno <graham.otieno@kenyanet.example>",
    "Personal data - former student",
    """Dear Sir/Madam,

I took an online course with your continuing education school in 2019 and have had nothing to do
with you since, yet I still receive brochures and surveys.

I would like to know what you are holding about me - please send me a copy. Once I have received
it, I want all of it erased. I don't need the certificate re-issued.

Regards,
Graham Otieno
""",
    R(["Access", "Erasure"], "graham.otieno@kenyanet.example", "Graham", "Otieno"))

add("en-20-recommended-for-you", "Nadia Petrova <nadia.petrova@cloudmail.example>",
    "Your 'Recommended for you' emails",
    html("Hello,",
         "I bought some pregnancy tests and folic acid from your online pharmacy. Now every email "
         "and half of the website is about baby products and &quot;your pregnancy journey&quot;. "
         "It is really not appropriate for you to analyse my purchases like this, and the outcome "
         "was not what you seem to think.",
         "Please stop using my shopping history to profile me and stop the personalised emails. "
         "I still want to be able to order from you.",
         "Nadia Petrova"),
    R(["Opposition"], "nadia.petrova@cloudmail.example", "Nadia", "Petrova"), ct=HTML)

add("en-21-name-spelt-wrong", "Siobhan Gallagher <siobhang@irishpost.example>",
    "name",
    """my name is spelt wrong on all the appointment reminders from the dentist its Siobhan not Shivon
can someone fix it please its been like this for a year
""",
    R(["Rectification"], "siobhang@irishpost.example", "Siobhan", "Gallagher"))

add("en-22-volunteer-erase-outlook", "Peter J. Lamb <peter.lamb@lambhouse.example>",
    "Volunteer records \u2013 please erase",
    """Dear Acme Foundation,

I volunteered at your charity shop in Lewes from 2021 until the summer. I\u2019ve now moved away and
won\u2019t be volunteering again.

I\u2019d be grateful if you\u2019d erase the information you hold on me \u2013 my application form,
the DBS check details, emergency contact, rota history and so on. If there\u2019s anything you\u2019re
legally required to keep, please just tell me what it is and for how long.

With thanks and best wishes to the team,
Peter Lamb
""",
    R(["Erasure"], "peter.lamb@lambhouse.example", "Peter", "Lamb"), ct=CP1252, encode="cp1252")

add("en-23-proctoring-dpia", "Rachel Osei <rachel.osei@acme-corp.example>",
    "Online exam proctoring - need your input",
    """Hi both,

The School of Continuing Education wants to move the January resit exams to remote invigilation.
The supplier we're looking at (ProctorWatch) records webcam and screen during the exam and flags
"suspicious behaviour" automatically. Students would be in the UK, EU and a handful in Nigeria and
India.

Legal said we would need a DPIA before we sign anything. Could you help us with that, and tell
me what you need from us (supplier docs, numbers of students, etc.)? We'd like to decide by
mid-December.

Thanks
Rachel

Rachel Osei
Programme Manager, School of Continuing Education
""",
    TASK("rachel.osei@acme-corp.example", "Rachel", "Osei"))

add("en-24-imaging-vendor-dpa", "Stuart Mulholland <stuart.mulholland@acme-corp.example>",
    "DPA review - DentalCloud Imaging",
    """Morning,

Procurement has the contract for the new cloud x-ray storage (DentalCloud Imaging Ltd) ready to
go. Their data processing agreement is attached to the tender pack in the shared drive under
/Procurement/2026/DentalCloud. Could someone from the privacy team review the DPA and the list of
sub-processors? I think they use a US hosting company.

Clinics want to go live in February so ideally we'd have your comments by the 30th.

Stuart
Procurement Lead | Acme Group
""",
    TASK("stuart.mulholland@acme-corp.example", "Stuart", "Mulholland"))

add("en-25-register-update-raffle", "Aisha Kamara <aisha.kamara@acme-corp.example>",
    "New Christmas raffle - does it need to go on the register?",
    """Hi,

The fundraising team at the Foundation is running an online Christmas raffle this year through a
platform called RaffleRight. We'll collect names, addresses, phone numbers and ages of ticket
buyers (must be 18+).

I've been told every new processing should be added to the record of processing activities. Could
you add it, or send me the template so I can fill it in?

Thanks,
Aisha
Acme Foundation - Fundraising Officer
""",
    TASK("aisha.kamara@acme-corp.example", "Aisha", "Kamara"))

add("en-26-summary-to-wrong-patient", "Lauren Pike <lauren.pike@acme-corp.example>",
    "I sent a letter to the wrong Mrs Harris",
    """Hi,

I'm on reception at the Didsbury dental practice. This morning I emailed a treatment summary and
quote to a Mrs Harris, but I picked the wrong one from the drop-down - we have two patients called
J Harris. The one who received it phoned us about an hour later to say it wasn't hers. It had the
other patient's name, date of birth, the planned treatment (two crowns and a root canal) and the
price.

She said she has deleted it. I haven't told the other Mrs Harris yet because I wasn't sure if I
should. What do I need to do now?

Lauren
""",
    INC("lauren.pike@acme-corp.example", "Lauren", "Pike"))

add("en-27-car-broken-into-usb", "Dev Mistry <dev.mistry@acme-corp.example>",
    "Bag taken from my car",
    """Hi,

Not sure this is the right address but my manager said to write to you.

Last night someone smashed the window of my car outside the gym and took my work bag. In it was my
notebook and a USB stick with the clinic's home-visit list for next week - names, addresses, phone
numbers and a short note on each patient's condition (about 40 patients). The stick wasn't
encrypted. I've reported it to the police (crime ref 13/99812/26).

Laptop was at home so that's fine. Sorry about this.

Dev Mistry
Community Physiotherapist
""",
    INC("dev.mistry@acme-corp.example", "Dev", "Mistry"))

add("en-28-saw-someone-elses-order", "Gemma Doyle <gemma.doyle@postbox.example>",
    "I can see another customer's orders",
    """Hello,

When I logged into my account on your pharmacy website this evening, the "My orders" page showed
orders that are not mine - for a Mr A. Okafor in Croydon, including what look like HIV
medication and his delivery address and phone number. I logged out and in again and it was still
there.

I thought you should know straight away. I have not done anything with the information. Please
check whether my own orders are showing up for someone else too.

Gemma Doyle
""",
    INC("gemma.doyle@postbox.example", "Gemma", "Doyle"))

add("en-29-passport-scan", "Margaret O'Donnell <m.odonnell@eirmail.example>",
    "RE: [DSR-40917] Your request has been received",
    """Hello,

As requested, I attach a scan of my passport photo page. Please let me know if anything else is
needed.

Margaret O'Donnell

> Thank you for your message. Your request has been registered under reference DSR-40917.
> To verify your identity, please reply with a copy of an identity document.
""",
    FU("40917", "m.odonnell@eirmail.example", "Margaret", "O'Donnell"))

add("en-30-chasing-no-reply", "Deborah Finch <debbie.finch@inbox.example>",
    "Re: Complaint - and I want my notes",
    """Hello? It's been over two weeks and I haven't had so much as an acknowledgement. My appointment
with the other dentist is on the 9th. Please confirm you are dealing with this.

Deborah Finch

On Mon, Deborah Finch wrote:
> I don't even know where to start with this.
""",
    FU(ref("en-13-implant-complaint-long"), "debbie.finch@inbox.example", "Deborah", "Finch"),
    headers=irt("en-13-implant-complaint-long"))

add("en-31-overdue-response", "Colm Brennan <colm.brennan@eirmail.example>",
    "Re: [DSR-38862] Acknowledgement",
    """Hi,

Today is day 34 since I got this acknowledgement and I have received nothing else. Is there a
date I can expect the copy of my data by? If not, I will take this to the ICO.

Colm Brennan

-----Original Message-----
From: Acme Privacy <privacy@acme-corp.example>
Subject: [DSR-38862] Acknowledgement
We have received your request and will reply within one month.
""",
    FU("38862", "colm.brennan@eirmail.example", "Colm", "Brennan"))

add("en-32-gdpr-fine-notice", "ICO Compliance Unit <notice@ico-gdpr-enforcement.example>",
    "FINAL NOTICE: GDPR non-compliance - penalty pending for acme-corp.example",
    """Dear Data Controller,

Our automated audit has identified 14 critical GDPR violations on your website acme-corp.example,
including unencrypted patient data and missing cookie consent. A penalty of up to 4% of annual
turnover will be issued in 72 hours.

To avoid enforcement, download your audit report and complete the Data Protection Fee
registration (GBP 1,950) at the secure link below:

http://ico-gdpr-enforcement.example/pay?ref=ACME-77812

Failure to act will result in your data being forwarded to the regulator.

Compliance Unit
""",
    IGN("spam", "notice@ico-gdpr-enforcement.example"), headers=SPAM_HDR)

add("en-33-seo-remove-data", "Ryan | GrowthRank <ryan@growthrank-seo.example>",
    "Quick question about acme-corp.example",
    """Hi there,

I was checking acme-corp.example and noticed you're not ranking on page 1 for "dentist near me"
in 9 of your 12 locations. We've helped 200+ healthcare brands triple their organic traffic.

Would you be open to a 15 minute call this week?

Best,
Ryan

P.S. We respect your privacy. If you'd rather not hear from me, reply "remove" and we'll delete
your data from our system.
""",
    IGN("spam", "ryan@growthrank-seo.example"), headers=[AUTH(dmarc="fail", dom="growthrank-seo.example")])

add("en-34-out-of-office", "Janet Holloway <j.holloway@nhs-trust.example>",
    "Automatic reply: Data sharing agreement - physio referrals",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access
to email. For urgent matters please contact the Information Governance team on 0113 496 0000.

Janet Holloway
Information Governance Manager
""",
    IGN("auto_reply", "j.holloway@nhs-trust.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-35-privacy-digest", "The Privacy Brief <digest@privacybrief.example>",
    "This week: health data fines, new EU-US guidance, DPO salaries",
    """THE PRIVACY BRIEF - Issue 212

1. Regulator fines hospital group over patient portal leak
2. What the new EU-US guidance means for your transfers
3. Survey: DPO salaries in 2026

Read online: https://privacybrief.example/212

You are receiving this because you subscribed at privacybrief.example.
Unsubscribe: https://privacybrief.example/u/acme-privacy
""",
    IGN("bulk", "digest@privacybrief.example"),
    headers=["List-Id: The Privacy Brief <brief.privacybrief.example>",
             "List-Unsubscribe: <https://privacybrief.example/u/acme-privacy>",
             "Precedence: bulk"])
