from common import *  # part en: written blind

# ---------------------------------------------------------------- requests
add("en-01-alumna-full-copy", "Priyanka Raghunathan <p.raghunathan@mailbox.example>",
    "Subject access request",
    """Hello,

I graduated in 2019 (MSc Environmental Policy, student no. 1784421). Under Article 15 GDPR I would
like a copy of all personal data the university holds about me, including anything kept by
the careers service and the alumni office.

Kind regards,
Priyanka Raghunathan
""", R(["Access"], "p.raghunathan@mailbox.example", "Priyanka", "Raghunathan"))

add("en-02-rejected-applicant-delete", "tobias wren <tobiwren04@freemail.example>",
    "delete my aplication",
    """hi i applied for the foundation year last year and didnt get in. i dont want you keeping my
personal statment and my school reports and all that. pls delete everyting you have on me
thanks
tobias wren
""", R(["Erasure"], "tobiwren04@freemail.example", "Tobias", "Wren"))

add("en-03-proctoring-object", "Mireille Adeyemi-Clarke <mireille.ac@studentpost.example>",
    "Online exam proctoring - objection",
    """Dear Data Protection Officer,

I am a second-year law student. My module handbook says the January resits will be taken
with the remote proctoring tool, which records my webcam, my microphone and my screen and
flags "suspicious" eye movements.

I object to this processing of my data. I share a small room with my younger brother and I am
not comfortable with my home being filmed. I am happy to sit the exam on campus instead.

Could you also tell me who receives the recordings, whether they leave the UK/EU and how long
they are kept?

Thank you,
Mireille Adeyemi-Clarke
Student ID 2290183
""", R(["Opposition", "Information"], "mireille.ac@studentpost.example", "Mireille", "Adeyemi-Clarke"))

add("en-04-name-change-records", "Rowan Fairweather <rowan.fairweather@inbox.example>",
    "Updating my name across university systems",
    """Hi,

I changed my name by deed poll in August. My old name still appears on the VLE, on my student
card record, on the library account and on the emails from the housing team. Please correct
my name everywhere to Rowan Fairweather. I can send the deed poll if needed.

Thanks,
Rowan
(student no. 2311570)
""", R(["Rectification"], "rowan.fairweather@inbox.example", "Rowan", "Fairweather"))

add("en-05-allcaps-fundraising", "GERALD PENHALIGON <gpenhaligon@oldmail.example>",
    "STOP THE PHONE CALLS",
    """I GRADUATED IN 1987 AND YOUR STUDENTS RING ME EVERY SINGLE TERM ASKING FOR MONEY FOR THE
ALUMNI FUND. TAKE MY NUMBER OFF YOUR LIST AND STOP CALLING AND WRITING TO ME. I DO NOT WANT
ANY MORE APPEALS.

G. PENHALIGON
""", R(["Opposition"], "gpenhaligon@oldmail.example", "Gerald", "Penhaligon"))

add("en-06-housing-file-noise", "Ellis Kwiatkowski <ellis.kwiatkowski@homemail.example>",
    "My accommodation file",
    """Good afternoon,

I live in Harbour Court (flat 14C). There was a disciplinary note added to my housing file
after a noise complaint in October which is wrong - I was at my parents' that weekend and
can prove it.

I would like a copy of everything in my accommodation file, including the complaint and any
notes made by the residence wardens about me.

Yours sincerely,
Ellis Kwiatkowski
""", R(["Access"], "ellis.kwiatkowski@homemail.example", "Ellis", "Kwiatkowski"))

add("en-07-solicitor-arrears", "Hallam & Strood Solicitors <lit@hallamstrood.example>",
    "Our client: Mr Nnamdi Okafor-Bright - Articles 15 and 18 UK GDPR",
    """Dear Sirs,

We act for Mr Nnamdi Okafor-Bright, formerly a resident of your Westgate student residences
(2023/24). Our client's signed form of authority is enclosed.

Our client disputes the sum of GBP 2,140 claimed as rent arrears, which we understand has been
passed by your student housing service to a debt collection agency.

1. Pursuant to Article 15 UK GDPR, please provide a copy of all personal data relating to our
   client, including his tenancy account ledger, correspondence and any data disclosed to the
   collection agency.
2. Pursuant to Article 18(1)(a), our client contests the accuracy of the arrears data. Please
   restrict its processing, including any further disclosure to the agency or to credit
   reference agencies, until its accuracy has been verified.

We look forward to your response within one month.

Yours faithfully,

Caroline Ashdown
Associate, Hallam & Strood Solicitors
T: 0113 496 0721

This email is confidential and may be legally privileged. If you are not the intended recipient
please notify the sender and delete it.
""", R(["Access", "Restriction"], "lit@hallamstrood.example", "Nnamdi", "Okafor-Bright", representative="Caroline Ashdown"))

add("en-08-transfer-records", "Halvard Simonsen <halvard.simonsen@uni-mail.example>",
    "Transferring my records to my new university",
    """Dear privacy team,

I am transferring to another university for my final year. Could you please export my module
results, credits and attendance data in a machine-readable format (CSV or XML is fine) and
send it directly to their admissions office (admissions-transfer@newuni.example)?

Best wishes,
Halvard Simonsen
""", R(["Portability"], "halvard.simonsen@uni-mail.example", "Halvard", "Simonsen"))

add("en-09-admission-algorithm", "Aoife Ní Bhraonáin <aoife.nibhraonain@webpost.example>",
    "Rejected by a computer?",
    """Hello,

My application for the Nursing BSc was turned down within four minutes of submitting it,
at 23:52 on a Sunday. Nobody read it. The portal says applications are "pre-screened
automatically against entry criteria". My predicted grades meet the criteria once my BTEC
is counted properly.

I want a real person to look at my application again and I would like to know how the
automatic screening reached its decision.

Aoife Ní Bhraonáin
""", R(["AutomatedDecision"], "aoife.nibhraonain@webpost.example", "Aoife", "Ní Bhraonáin"))

add("en-10-cctv-html", "Kwame Asante-Boateng <kwame.ab@campusmail.example>",
    "CCTV footage request",
    html("Dear Sir/Madam,",
         "On <b>3 November</b> at around 21:30 my bicycle was damaged in the bike store of "
         "Linden House. I understand the area is covered by CCTV.",
         "I am requesting a copy of the footage in which I appear, between 21:00 and 22:00 "
         "that evening. I wore a red rain jacket.",
         "Many thanks,<br>Kwame Asante-Boateng<br>Room 3.17, Linden House"),
    R(["Access"], "kwame.ab@campusmail.example", "Kwame", "Asante-Boateng"), ct=HTML)

add("en-11-long-housing-rant", "Saoirse Delacroix-Mbeki <saoirse.dm@inbox.example>",
    "Complaint about how my information was handled",
    """To whoever reads this,

I have been trying to get someone to listen since September. When I applied for halls I ticked
the box about my anxiety disorder because the form said it would help you find me a quiet flat.
Instead I was put in a flat of eight above the bar and when I asked to move, the lady at the
housing desk read out my "medical notes" at the counter in front of a queue of people. Then
one of my flatmates told me the wardens had mentioned I "had issues" to them.

I moved out in October and I'm now renting privately. I have already complained to student
services and the students' union. Honestly I don't trust you with anything anymore. I want to
see what you actually wrote about me, so send me a copy of everything in my housing and
wellbeing records, and after that I want all of it deleted, I don't want my health information
sitting in your system.

I also think someone should be trained properly, this was humiliating.

Saoirse Delacroix-Mbeki
""", R(["Access", "Erasure"], "saoirse.dm@inbox.example", "Saoirse", "Delacroix-Mbeki"))

add("en-12-exam-script-retention", "Benedikt Oyelaran <b.oyelaran@studentpost.example>",
    "How long do you keep exam scripts?",
    """Hi, quick question - how long does the university keep marked exam scripts and the
examiners' comments? And are they shared with external examiners outside the university?
Not asking for a copy, just want to know.

Ben Oyelaran
""", R(["Information"], "b.oyelaran@studentpost.example", "Benedikt", "Oyelaran"))

add("en-13-unsubscribe-iphone", "Lucía Montgomery <lucia.montgomery@phonemail.example>",
    "unsubscribe",
    """Please take me off the open day and events mailing list, I accepted an offer elsewhere.

Sent from my iPhone
""", R(["Opposition"], "lucia.montgomery@phonemail.example", "Lucía", "Montgomery"))

add("en-14-heir-alumnus", "Margaret Thistlewood <m.thistlewood@familymail.example>",
    "My late father's alumni record",
    """Dear Sir or Madam,

My father, Reginald Thistlewood, who studied engineering at the university from 1961 to 1964,
died in July. Letters from the alumni office addressed to him keep arriving at his house,
which is very upsetting for my mother.

As his executor I ask you to close his alumni record and delete his personal details.
A copy of the death certificate and the grant of probate can be provided.

Yours faithfully,
Margaret Thistlewood (Mrs)
""", R(["Erasure"], "m.thistlewood@familymail.example", "Reginald", "Thistlewood", representative="Margaret Thistlewood"))

add("en-15-family-address", "The Haddad-Lindqvist household <home@haddadlindqvist.example>",
    "Data request - Yasmin Haddad-Lindqvist",
    """Hi,

This is Yasmin, I'm using the family email because I'm locked out of my student account.
I'd like to know what personal data you hold on me (name, address, fees, housing, anything)
and get a copy of it. Please reply to my personal address, not this one.

Yasmin Haddad-Lindqvist
BA History, year 1
""", R(["Access"], "yasmin.hl@quickmail.example", "Yasmin", "Haddad-Lindqvist"),
    headers=["Reply-To: Yasmin Haddad-Lindqvist <yasmin.hl@quickmail.example>"])

add("en-16-wrong-grade-restrict", "Tiberiu Lungu <tiberiu.lungu@campusmail.example>",
    "Incorrect mark on my record - please don't send it anywhere yet",
    """Dear Data Protection Officer,

My record shows 38% for ECON2041 (a fail) but the module leader confirmed by email that my
actual mark is 63% - the coursework component was never entered. Please correct it.

I am applying for a scholarship and the transcript goes to the scholarship board next week.
Until the mark has been corrected, please make sure the wrong result is not used or passed on
to the board or anyone else.

Regards,
Tiberiu Lungu
""", R(["Rectification", "Restriction"], "tiberiu.lungu@campusmail.example", "Tiberiu", "Lungu"))

add("en-17-deposit-question", "Hannah Oduya <hannah.oduya@inbox.example>",
    "deposit",
    """Hello, I moved out of Birchfield Hall on 30 June and still haven't had my £250 deposit back.
Who do I need to talk to? The housing phone line just rings out.
Hannah Oduya
""", R(["Unknown"], "hannah.oduya@inbox.example", "Hannah", "Oduya"))

add("en-18-no-punctuation", "xander.quill@quickmail.example",
    "data",
    """what data do u have on me i applied in 2024 but never came can i see it
xander quill""", R(["Access"], "xander.quill@quickmail.example", "Xander", "Quill"))

add("en-19-after-death", "Imogen Featherstonhaugh <imogen.f@webpost.example>",
    "What happens to my account if I die?",
    """Hello,

This may sound morbid, but I have a serious illness and I am getting my affairs in order.
What happens to my student account, my emails and my research files if I die before I
finish my PhD? I would like my sister, Clementine Featherstonhaugh, to be able to decide
what is kept or deleted. Is it possible to register that wish with you?

With thanks,
Imogen Featherstonhaugh
""", R(["AdvanceDirectives"], "imogen.f@webpost.example", "Imogen", "Featherstonhaugh"))

add("en-20-fwd-inline-tenant", "Craig Mulholland <craig.mulholland@acme-corp.example>",
    "FW: wrong address on my tenancy",
    """Hi privacy team, this came into the housing inbox, I think it's one for you as she's asking
for her records to be corrected. Thanks, Craig

Craig Mulholland | Student Accommodation Officer
Acme Student Living | ext. 4471

-----Original Message-----
From: Oluwaseun Barrington-Ade <seun.ba@freemail.example>
Sent: 13 November 2026 09:12
To: housing@acme-corp.example
Subject: wrong address on my tenancy

Hello, my home address on my tenancy agreement and on your system is my old one in Croydon.
Your letters about the inspection went there. Please update it to
27 Wexford Road, Leicester LE2 7PH, and correct my mobile to 07700 900 418.
Thanks, Seun Barrington-Ade
""", R(["Rectification"], "craig.mulholland@acme-corp.example", "Oluwaseun", "Barrington-Ade"))

add("en-21-fwd-attached-interview", "Felicity Orme <felicity.orme@acme-corp.example>",
    "Fwd: interview notes",
    "", R(["Access"], "felicity.orme@acme-corp.example", "Dmitri", "Abernethy-Kovac"),
    attached=("Dmitri Abernethy-Kovac <dmitri.ak@inbox.example>", "interview notes",
              """Dear Admissions,

I was interviewed for the Medicine programme on 2 October and was not offered a place.
Could I please have a copy of the interviewers' notes and scores about me, and any other
personal data you hold from my application?

Thank you,
Dmitri Abernethy-Kovac
UCAS personal ID 142-883-9017
"""),
    note="""Hello DPO team,

Forwarding the attached from the admissions mailbox - an unsuccessful medicine applicant is
asking for his interview notes. I haven't replied. Can you take it from here?

Felicity Orme
Admissions Officer, Faculty of Medicine
""")

add("en-22-latin1-birthdate", "Zoë Ångström-Lefèvre <zoe.angstrom@mailbox.example>",
    "Date of birth wrong on my student record",
    """Dear Sir/Madam,

My date of birth is recorded as 07/11/2004 but it is 11/07/2004 (I'm from France and someone
swapped day and month). It's causing problems with my visa paperwork and my bank. Could you
please correct it? My name should also be written Zoë with the diaeresis, not "Zoe".

Merci,
Zoë Ångström-Lefèvre
""", R(["Rectification"], "zoe.angstrom@mailbox.example", "Zoë", "Ångström-Lefèvre"),
    ct=LATIN1, encode="latin-1")

add("en-23-guardian-prospectus-photos", "Fernando Castellanos <f.castellanos@familymail.example>",
    "Photos of my ward in marketing material",
    """Dear Data Protection Officer,

I am the legal guardian of Valentina Ruiz Castellanos (17), who attended your summer school
for international students in July. Photographs of her are now being used in your online
prospectus and on your Instagram page. No consent was given by me.

I withdraw any consent that may have been assumed and object to the use of her image and
details for your marketing. Please remove them.

Regards,
Fernando Castellanos
Guardian
""", R(["Opposition"], "f.castellanos@familymail.example", "Valentina", "Ruiz Castellanos", representative="Fernando Castellanos"))

add("en-24-us-transfer", "Jun-seo Park <junseo.park@studentpost.example>",
    "Where is my data stored?",
    """Hi,

Our department started using a new plagiarism checker and the new timetabling app. Do these
send student data to the United States? What safeguards are in place, and who exactly is the
provider? I'm writing a dissertation on data transfers and I'd like to understand it.

Thanks,
Jun-seo Park (MA Digital Society)
""", R(["Information"], "junseo.park@studentpost.example", "Jun-seo", "Park"))

# ---------------------------------------------------------------- tasks
add("en-25-task-dpia-proctoring", "Nadia Farouk-Lowe <nadia.faroukl@acme-corp.example>",
    "DPIA needed - new proctoring platform for spring exams",
    """Hi all,

Digital Education is piloting a new online proctoring platform for the spring exam diet
(approx. 1,800 students). It uses face matching for ID checks and AI flagging. Procurement
say we need a DPIA before the contract is signed on 15 December.

Could someone from the privacy team start a DPIA with us? I can share the vendor's security
pack and the draft data flow diagram.

Thanks,
Nadia Farouk-Lowe
Head of Digital Education | ext. 2209
""", TASK("nadia.faroukl@acme-corp.example", "Nadia", "Farouk-Lowe"))

add("en-26-task-laundry-contract", "Owen Pritchard-Jones <owen.pritchardjones@acme-corp.example>",
    "Processor agreement - laundry and door-access vendor",
    """Hello,

Student Living is switching the residence laundry and door-access cards to a single app
provider (they get the residents' names, room numbers and card IDs). Their data processing
agreement is attached - could you review it and let me know if it's OK to sign?

Cheers,
Owen
Owen Pritchard-Jones, Facilities Contracts Manager
""", TASK("owen.pritchardjones@acme-corp.example", "Owen", "Pritchard-Jones"))

add("en-27-task-ropa-crm", "Beatrix Holloway <beatrix.holloway@acme-corp.example>",
    "Record of processing - new alumni CRM",
    """Dear DPO,

The Development & Alumni Relations office moved to the new CRM on 1 November. Please update
the record of processing activities accordingly (new system, new hosting location in Ireland,
wealth-screening module switched off). Happy to fill in any template you have.

Best,
Beatrix Holloway
Alumni Data Manager
""", TASK("beatrix.holloway@acme-corp.example", "Beatrix", "Holloway"))

add("en-28-task-ta-training", "Dr Emeka Nwachukwu <emeka.nwachukwu@acme-corp.example>",
    "Data protection session for teaching assistants",
    """Hi,

We have 40 new postgraduate teaching assistants who mark coursework and see student records.
Could the privacy team run a short data protection training session for them in January
(45 mins would be ideal)? Let me know possible dates.

Emeka

Dr Emeka Nwachukwu
Director of Teaching, School of Computing
""", TASK("emeka.nwachukwu@acme-corp.example", "Emeka", "Nwachukwu"))

# ---------------------------------------------------------------- incidents
add("en-29-inc-laptop-train", "Prof. Siobhan Vantongeren <s.vantongeren@acme-corp.example>",
    "URGENT - laptop left on train",
    """Hi,

I left my university laptop on the 18:04 to York yesterday evening. It has the marks
spreadsheet for my 2nd year module (about 160 students, names, IDs and marks) and some
extenuating circumstances forms. It's password protected but I'm not sure the disk is
encrypted. I've reported it to the rail company's lost property and to IT.

What else do I need to do?

Siobhan
""", INC("s.vantongeren@acme-corp.example", "Siobhan", "Vantongeren"))

add("en-30-inc-arrears-list", "Gareth Illingworth <gareth.illingworth@acme-corp.example>",
    "Arrears list sent to all residents by mistake",
    """Privacy team,

At 10:40 this morning a colleague sent the "rent arrears - November" spreadsheet to the
Oakmere residents mailing list instead of the finance team. It lists 63 students with their
names, rooms and amounts owed. We've tried to recall it but most are external addresses.
Several residents have already replied asking what it is.

Please advise urgently.

Gareth Illingworth
Residence Manager, Oakmere Village
""", INC("gareth.illingworth@acme-corp.example", "Gareth", "Illingworth"))

add("en-31-inc-other-transcript", "Chiamaka Eze-Whitfield <chiamaka.ew@studentpost.example>",
    "I can see someone else's transcript",
    """hi, when I log in to the student portal and click "download transcript" I get a PDF for a
different student - Ruairi something, with his date of birth and all his marks. I haven't
shared it with anyone. I thought you should know because he probably gets mine.

Chiamaka Eze-Whitfield
""", INC("chiamaka.ew@studentpost.example", "Chiamaka", "Eze-Whitfield"))

add("en-32-inc-phishing-click", "Lars Benedetti <lars.benedetti@acme-corp.example>",
    "I think I fell for a phishing email",
    """Hi,

I received an email that looked like it was from Payroll asking me to confirm my bank details
for the pay award. I clicked the link and typed in my university username and password before
I noticed the address was wrong. I've changed my password now. My account has access to the
admissions system.

Sorry!
Lars Benedetti
Admissions Systems Support
""", INC("lars.benedetti@acme-corp.example", "Lars", "Benedetti"))

# ---------------------------------------------------------------- follow-ups
add("en-33-fu-dsr-still-waiting", "Priyanka Raghunathan <p.raghunathan@mailbox.example>",
    "Re: [DSR-40817] We have received your request",
    """Hello,

It has now been five weeks since your acknowledgement below and I've not received anything.
When can I expect the data?

Priyanka

> Thank you for your request. Your reference is DSR-40817.
> We will respond within one month.
""", FU("40817", "p.raghunathan@mailbox.example", "Priyanka", "Raghunathan"))

add("en-34-fu-irt-proctoring", "Mireille Adeyemi-Clarke <mireille.ac@studentpost.example>",
    "Re: Online exam proctoring - objection",
    """Hello again,

I haven't heard back about my objection to the proctoring software. The resit is on
12 January and I need to know whether I can take it on campus.

Mireille
""", FU(ref("en-03-proctoring-object"), "mireille.ac@studentpost.example", "Mireille", "Adeyemi-Clarke"),
    headers=irt("en-03-proctoring-object"))

add("en-35-fu-dsr-id-copy", "Wojtek Harrington <wojtek.harrington@webpost.example>",
    "RE: [DSR-52290] Verification of your identity",
    """Hi, as asked please find attached a scan of my passport. I've blacked out the passport
number as you suggested.

Wojtek Harrington

-----Original message-----
From: privacy@acme-corp.example
Subject: [DSR-52290] Verification of your identity

Before we can process your request we need to verify your identity...
""", FU("52290", "wojtek.harrington@webpost.example", "Wojtek", "Harrington"))

# ---------------------------------------------------------------- ignored
add("en-36-spam-gdpr-registry", "GDPR Compliance Registry <notice@gdpr-registry-eu.example>",
    "FINAL NOTICE: acme-corp.example not registered - data deletion pending",
    """Dear Data Controller,

Our records show that your organisation has NOT completed its annual GDPR Data Controller
Registration. Failure to register within 48 hours will result in a fine of up to EUR 20,000,000
and the deletion of your controller entry.

Register now and pay the processing fee of EUR 495: http://gdpr-registry-eu.example/pay

Compliance Department
""", IGN("spam", "notice@gdpr-registry-eu.example"), headers=SPAM_HDR)

add("en-37-spam-advance-fee", "Barrister Solomon Achebe <sol.achebe.chambers@freemail.example>",
    "CONFIDENTIAL BUSINESS PROPOSAL",
    """Dear Friend,

I am Barrister Solomon Achebe, personal attorney to late Engr. Thomas, a foreign contractor who
died with his entire family leaving the sum of USD 12,500,000 in a bank here. I seek your
consent to present you as next of kin so the funds can be released to you. You will receive
40% of the total sum.

Reply with your full name, phone number and bank details.

Best regards,
Barrister Solomon Achebe
""", IGN("spam", "sol.achebe.chambers@freemail.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="freemail.example")])

add("en-38-auto-reply-ooo", "Dr Hamish Culpepper <hamish.culpepper@partneruni.example>",
    "Automatic reply: Data sharing agreement - exchange students",
    """Thank you for your email. I am on research leave until 5 January 2027 with limited access
to email. For urgent exchange matters please contact international-office@partneruni.example.

Hamish Culpepper
""", IGN("auto_reply", "hamish.culpepper@partneruni.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-39-newsletter-hed", "HE Privacy Briefing <briefing@heprivacy-news.example>",
    "HE Privacy Briefing #112: student wellbeing data, ICO guidance, proctoring rulings",
    """HE PRIVACY BRIEFING - Issue 112

In this issue:
* New regulator guidance on sharing student wellbeing data with parents
* Two European rulings on remote exam proctoring
* Webinar: running a subject access request for a student with 10 years of records

Read online: https://heprivacy-news.example/112

You are receiving this because you subscribed to HE Privacy Briefing.
Unsubscribe: https://heprivacy-news.example/unsub
""", IGN("bulk", "briefing@heprivacy-news.example"),
    headers=["List-Id: HE Privacy Briefing <briefing.heprivacy-news.example>",
             "List-Unsubscribe: <https://heprivacy-news.example/unsub>",
             "Precedence: bulk"])

add("en-40-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
