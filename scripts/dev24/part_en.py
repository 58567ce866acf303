# Development set 24, English. Organisation: a private primary and secondary school group
# (parent portal, school photos, canteen payments, exam results, alumni association,
# school trips abroad). Written blind.
from common import *

add("en-01-photo-consent-son",
    "Harriet Okonkwo-Blake <harriet.okonkwoblake@homemail.example>",
    "Tobi's pictures in the prospectus",
    """Dear Sir or Madam,

My son Tobi Okonkwo-Blake (Year 8, Form 8R) appears in at least three photos in the new
prospectus and in a reel on the school's Instagram account. When we signed the enrolment
pack in 2023 I ticked the box for photos in the school newsletter only.

I am therefore withdrawing whatever consent you think you have for using Tobi's image for
advertising the school. Please make sure his face is not used in any future marketing
material, printed or online.

Kind regards,
Harriet Okonkwo-Blake
""",
    R(["Opposition"], "harriet.okonkwoblake@homemail.example", "Tobi", "Okonkwo-Blake",
      representative="Harriet Okonkwo-Blake"))

add("en-02-formal-sar-alumna",
    "Priya Raman <priya.raman@lawmail.example>",
    "Subject Access Request - Article 15 UK GDPR / EU GDPR",
    """To the Data Protection Officer,

I attended the senior school from 2012 to 2019 (candidate number 40217). Under Article 15 of
the General Data Protection Regulation I request a copy of all personal data you process
about me, including but not limited to:

  1. my pupil file, including pastoral and disciplinary notes;
  2. exam entries and results, including internal mock results;
  3. any correspondence between staff that refers to me by name or initials;
  4. records held by the alumni association.

Please also provide the information listed in Article 15(1)(a)-(h). I expect a reply within
one month of receipt. An electronic copy to this address is fine.

Yours faithfully,

Priya Raman
""",
    R(["Access"], "priya.raman@lawmail.example", "Priya", "Raman"))

add("en-03-oneliner-alumni-news",
    "dz1987@fastpost.example",
    "alumni",
    "pls take me off the old pupils newsletter thx\n",
    R(["Opposition"], "dz1987@fastpost.example"))

add("en-04-canteen-rant-buried-access",
    "Gareth Pritchard-Jones <gareth.pj@valleynet.example>",
    "Canteen card - AGAIN",
    """I have now been charged twice for the same £45 top-up on the canteen account, for the
third time this term. The first time I let it go. The second time I phoned the bursary and
was told it would "sort itself out". It did not. Last Thursday my daughter was told at the
till that her balance was negative and she had to go without a hot meal, in front of her
friends, while I had just paid. Do you have any idea how humiliating that is for a
twelve-year-old?

I am not interested in another apology from the catering contractor. I want the money back
and I want someone to actually look at the payment system.

And since nobody seems able to tell me what is going on: I want to see everything your
payment system and the bursary keep on me as the paying parent. Every top-up, every card
number fragment, every note someone has typed on my account, all of it. Send it to me.

Then maybe we can work out where the double charges come from.

Gareth Pritchard-Jones
Sent from my iPhone
""",
    R(["Access"], "gareth.pj@valleynet.example", "Gareth", "Pritchard-Jones"))

add("en-05-married-name-not-closing",
    "Eleanor Fairweather <eleanor.fairweather@postbox.example>",
    "name change on parent portal",
    """Hello,

I got married over the summer and my surname is now Fairweather (previously Collins). The
parent portal, the termly invoices and the letters home still say Mrs E. Collins.

To be clear, I’m NOT asking you to close the portal account or remove anything – just
please change the surname on my record so the bills match my bank account.

Thanks so much,
Eleanor Fairweather
(mum of Alfie, Year 3)
""",
    R(["Rectification"], "eleanor.fairweather@postbox.example", "Eleanor", "Fairweather"),
    ct=CP1252, encode="cp1252")

add("en-06-alumni-export-then-delete",
    "Marcus de Souza <marcus.desouza@northmail.example>",
    "Leaving the alumni association",
    """Hi there,

I've decided to leave the alumni association. Before you remove me, could you send over my
profile and my giving history (the standing order donations since 2016) as a spreadsheet or
CSV? I'd like to import it into my own records for tax purposes.

Once that's done please wipe my account and details from the alumni database completely.

Cheers,
Marcus de Souza
Class of 2004
""",
    R(["Portability", "Erasure"], "marcus.desouza@northmail.example", "Marcus", "de Souza"))

add("en-07-proctoring-flag",
    "Aisling Ní Bhriain <aisling.nibhriain@studentmail.example>",
    "My mock exam was cancelled by the proctoring software",
    """Dear Data Protection team,

I'm in Upper Sixth (I turned 18 in September). My online chemistry mock on 9 November was
automatically marked "void - suspicious behaviour" by the remote invigilation software. As
far as I can tell no teacher ever watched the recording; the result just appeared as VOID on
the portal and my predicted grade was lowered because of it.

I looked away from the screen because my little brother came in. I don't think a program
should be allowed to decide that on its own. I want a real person to look at the recording
and reconsider the decision, and I would like to be able to explain what happened.

Thank you,
Aisling Ní Bhriain
""",
    R(["AutomatedDecision"], "aisling.nibhriain@studentmail.example", "Aisling", "Ní Bhriain"))

add("en-08-ski-trip-volunteer-info",
    "Duncan McAllister <d.mcallister@glenmail.example>",
    "Ski trip Austria - my passport and medical form",
    """Morning,

I've volunteered as an accompanying parent on the Year 9 ski trip to Austria in February. The
trips office has asked me for a scan of my passport, a DBS certificate and a medical
questionnaire.

Happy to help, but before I send any of it: who actually receives these documents? Is it
only the school, or also the tour operator and the hotel? Are they stored outside the UK/EU,
and how long are they kept after we come back? I'd rather my medical details weren't sitting
in some travel agent's inbox for years.

Regards
Duncan McAllister
07700 900 418
""",
    R(["Information"], "d.mcallister@glenmail.example", "Duncan", "McAllister"))

add("en-09-html-debt-collector-freeze",
    "Sunita Varma <sunita.varma@brightmail.example>",
    "Disputed canteen balance - please hold",
    html("Dear Privacy Office,",
         "I received a letter from a debt recovery agency about an alleged unpaid canteen balance of "
         "&pound;212.60. I dispute this amount: my son had packed lunches for most of the spring term "
         "and I have bank statements to prove the payments I did make.",
         "While the school checks this, I ask that you <b>put my data on hold</b>: please do not pass any "
         "more of my details to the agency or use them for recovery until the dispute is resolved.",
         "Sunita Varma<br>Parent, Junior School"),
    R(["Restriction"], "sunita.varma@brightmail.example", "Sunita", "Varma"), ct=HTML)

add("en-10-reception-forward-close-portal",
    "Tom Hale <t.hale@acme-corp.example>",
    "Fwd: closing our account",
    """Hi privacy team, one for you I think. Tom (front office)

---------- Forwarded message ---------
From: Beatriz Holloway <bea.holloway@maplemail.example>
Date: Fri, 13 Nov 2026 at 21:14
Subject: closing our account
To: reception@acme-corp.example

Good evening,

Both our girls finished at the school in July and have moved on to sixth form college. Could
you please close my parent portal login and delete the information you hold about me - bank
details for the fees, phone numbers, everything. We won't be needing it any more.

Many thanks
Beatriz Holloway
""",
    R(["Erasure"], "bea.holloway@maplemail.example", "Beatriz", "Holloway"))

add("en-11-exams-office-attached",
    "Julia Brandt <j.brandt@acme-corp.example>",
    "FW: transcript and date of birth",
    "",
    R(["Access", "Rectification"], "kwame.mensah@harbourmail.example", "Kwame", "Mensah"),
    attached=("Kwame Mensah <kwame.mensah@harbourmail.example>", "transcript and date of birth",
              """Hello,

I left the school in 2015. I'm applying for a master's programme and I need whatever you
still have on record about my exam results - GCSEs, A levels and the internal reports.
Please send me all of it.

Also, the certificate you issued at the time shows my date of birth as 03/07/1997. It is
07/03/1997 (day first). Please correct that in your records.

Kwame Mensah
"""),
    note="This landed in the exams office mailbox. Over to you - he's an old boy, left 2015.\nJulia\nExams Officer")

add("en-12-caps-summer-camp-texts",
    "Derek Flynn <derekflynn@roadmail.example>",
    "STOP THE TEXTS",
    """STOP SENDING ME TEXT MESSAGES ABOUT YOUR SUMMER CAMP. I NEVER SIGNED UP FOR ANY MARKETING.
MY KIDS LEFT YOUR SCHOOL TWO YEARS AGO. STOP THE TEXTS AND THEN DELETE MY NUMBER FROM YOUR
SYSTEM FOR GOOD, I DONT WANT IT KEPT ANYWHERE.

DEREK
""",
    R(["Opposition", "Erasure"], "derekflynn@roadmail.example", "Derek", "Flynn"))

add("en-13-photographer-who-keeps",
    "Rebecca Thornbury <rthornbury@willowmail.example>",
    "Class photos - who is the photographer company?",
    """Hi,

I ordered this year's class photos through the link you sent (the photographer's online
shop). I had to give my home address and card details there.

I'm not asking you to remove anything or stop the photos, I'd just like to understand: is
that company working for the school or on its own account, does the school share our names
with them beforehand, and do they keep my address and card details once the ordering window
closes?

Best wishes,
Rebecca Thornbury
""",
    R(["Information"], "rthornbury@willowmail.example", "Rebecca", "Thornbury"))

add("en-14-widow-late-husband",
    "Margaret Ashworth <margaret.ashworth@oldmail.example>",
    "My late husband Geoffrey Ashworth (Class of 1968)",
    """Dear Sirs,

I am writing to let you know that my husband, Geoffrey Ashworth, passed away in August. He
was a former pupil and a member of your alumni association for many years.

Since his death I have received two telephone calls from your development office asking to
speak to him about a legacy donation, which I found very distressing. Please stop these calls
and any post addressed to him, and remove his details from your alumni records entirely.

I am his widow and executor; I can send a copy of the death certificate if required.

Yours sincerely,
Margaret Ashworth (Mrs)
""",
    R(["Opposition", "Erasure"], "margaret.ashworth@oldmail.example", "Geoffrey", "Ashworth",
      representative="Margaret Ashworth"))

add("en-15-sixth-former-portfolio-export",
    "Lena Hoffmann-Clarke <lena.hc@studentmail.example>",
    "Moving college - can I get my coursework records in a file?",
    """Hi,

I'm 18 and I'm moving to a college in Bristol after Christmas to finish my A levels. Their
admissions person asked whether I could bring my coursework marks, teacher assessments and
attendance "in a format our system can import" (they mentioned CSV or XML).

Is it possible for you to export my records from the school system that way and send them to
me, or straight to the college (admissions@severncollege.example)?

Thanks
Lena Hoffmann-Clarke
""",
    R(["Portability"], "lena.hc@studentmail.example", "Lena", "Hoffmann-Clarke"))

add("en-16-unknown-nut-free",
    "Colm Brennan <colm.brennan@irishpost.example>",
    "Friday lunches",
    """hi is the canteen nut free on fridays, my lad has a peanut allergy and he said there was
satay chicken last week. who do i talk to about the menu?

Colm
""",
    R(["Unknown"], "colm.brennan@irishpost.example", "Colm", "Brennan"))

add("en-17-cctv-gate-incident",
    "Dariusz Nowicki <dariusz.nowicki@eastmail.example>",
    "CCTV recording of 4 November - school gate",
    """Dear Data Protection Officer,

On Wednesday 4 November at approximately 15:40 I was involved in a disagreement with a member
of staff at the main gate of the primary site during pick-up. I have since received a letter
from the Head accusing me of "aggressive behaviour".

I would like to obtain the CCTV recording of me from the cameras covering the gate for the
period 15:30-16:00 that day, together with any written notes or incident reports concerning
me that were made afterwards.

Please preserve the footage in the meantime.

Regards,
Dariusz Nowicki
""",
    R(["Access"], "dariusz.nowicki@eastmail.example", "Dariusz", "Nowicki"))

add("en-18-retention-exam-results",
    "Hannah Leigh-Whitmore <hannah.lw@citymail.example>",
    "How long do you keep exam results?",
    """Hello,

Quick question from a former pupil (left 2010). How long does the school hold on to exam
results and reports after someone leaves? And are they ever passed on - to the exam boards,
universities, or the alumni association?

Just curious, not asking for anything to be done.

Hannah
--
Hannah Leigh-Whitmore | Senior Associate
This e-mail and any attachments are confidential. If you have received it in error please
notify the sender and delete it.
""",
    R(["Information"], "hannah.lw@citymail.example", "Hannah", "Leigh-Whitmore"))

add("en-19-alumni-directory-typo",
    "Zoë Papadakis <zoe.papadakis@islandmail.example>",
    "alumni directory entry wrong",
    """hiya, my entry in the online alumni directory says "Zoe Papadakos, class of 2011" - it's
Papadakis, and I left in 2012 not 2011. could somone fix it please, it's a bit embarassing
when old classmates search for me lol

thanks
Zoë
""",
    R(["Rectification"], "zoe.papadakis@islandmail.example", "Zoë", "Papadakis"))

add("en-20-wealth-screening-object",
    "Anthony Greaves <a.greaves@chambers.example>",
    "Wealth screening of former pupils",
    """Dear Data Protection Officer,

A friend who is also a former pupil tells me that the development office commissioned an
outside firm to "screen" alumni for their likely capacity to donate, using company
registers, property records and press coverage.

I object to my personal data being used in this way, now and in the future. I also ask you to
send me whatever that research produced about me, including any rating or score I was given.

Yours sincerely,
Anthony Greaves KC
""",
    R(["Opposition", "Access"], "a.greaves@chambers.example", "Anthony", "Greaves"))

# --- tasks
add("en-21-task-photographer-dpa",
    "Fiona Clarke <f.clarke@acme-corp.example>",
    "New school photographer - contract review please",
    """Hi both,

We're switching school photographers from next term (Brightframe Studios instead of the
current firm). Their standard terms include a data processing agreement, attached. They'll
receive class lists with pupil names and forms before each shoot.

Could you review the DPA and let me know if we can sign it as is? We need to confirm by
4 December.

Thanks,
Fiona Clarke
Bursar
""",
    TASK("f.clarke@acme-corp.example", "Fiona", "Clarke"))

add("en-22-task-dpia-fingerprint",
    "Raj Patel <r.patel@acme-corp.example>",
    "DPIA for fingerprint tills in the senior canteen",
    """Hello Privacy team,

The catering contractor is proposing fingerprint readers at the senior school tills next
year to replace the swipe cards (faster queues, fewer lost cards). I understand biometric data
needs a DPIA before we go any further. Could you start one, or send me the template and tell
me what you need from us?

Raj Patel
Head of Catering Services
""",
    TASK("r.patel@acme-corp.example", "Raj", "Patel"))

add("en-23-task-register-japan-trip",
    "Sophie Lindqvist-Hart <s.lindqvisthart@acme-corp.example>",
    "Register of processing - new travel agency + Japan exchange",
    """Hi,

Two things for the record of processing activities:
 - we now book all trips abroad through Wanderwise Educational Travel (replacing the old
   agency), please update the processor entry;
 - the new Year 11 exchange with our partner school in Kyoto means pupil names, passport
   numbers and dietary/medical info will go to Japan. Can you check what we need for the
   transfer and add it to the register?

Sophie
Trips & Visits Coordinator
""",
    TASK("s.lindqvisthart@acme-corp.example", "Sophie", "Lindqvist-Hart"))

# --- incidents
add("en-24-inc-reports-wrong-list",
    "Olivia Grant <o.grant@acme-corp.example>",
    "URGENT - reports sent to wrong parents",
    """Hi,

I'm really sorry - at 7.50 this morning I sent the Year 10 autumn reports for 10G to the
10H parent mailing list by mistake. That's 27 reports (grades, effort scores, teacher
comments, two with SEN notes) to about 50 parent addresses. I've recalled the message but
several have already been opened and one parent has replied to say they got the wrong child.

What should I do now?

Olivia Grant
Head of Year 10
""",
    INC("o.grant@acme-corp.example", "Olivia", "Grant"))

add("en-25-inc-outsider-portal-other-child",
    "Femi Adeyemi <femi.adeyemi@lagoonmail.example>",
    "I can see another child's results on the portal",
    """Hello,

When I logged into the parent portal this evening to check my son's grades, the page showed a
different pupil - a girl called Emily in Year 7, with her exam results, her attendance and a
note about her medication. I logged out and back in and it happened again.

I don't think I should be seeing this and I assume other parents might be seeing my son's
details too. Please look into it urgently.

Femi Adeyemi
""",
    INC("femi.adeyemi@lagoonmail.example", "Femi", "Adeyemi"))

add("en-26-inc-phishing-office",
    "Gavin Moss <g.moss@acme-corp.example>",
    "clicked a dodgy link",
    """Hi, I think I've done something stupid. I got an email that looked like it was from
the payroll provider saying my payslip was ready, clicked the link and typed in my school
login and password. Page then went blank. I've changed my password now. I have access to the
admissions database and the parent contact lists.

Gavin Moss
School Office
""",
    INC("g.moss@acme-corp.example", "Gavin", "Moss"))

# --- follow-ups
add("en-27-fu-dsr-tag",
    "Nikhil Sharma <nikhil.sharma@metromail.example>",
    "Re: [DSR-48213] Your request has been received",
    """Hello,

You acknowledged my request on 2 October and said I'd hear back within a month. It's now
mid-November and I've had nothing. Could you tell me when I can expect my data?

Nikhil Sharma

> Thank you for your message. Your request has been registered under the reference
> DSR-48213. We will reply within one month.
""",
    FU("48213", "nikhil.sharma@metromail.example", "Nikhil", "Sharma"))

add("en-28-fu-reply-alumni-export",
    "Marcus de Souza <marcus.desouza@northmail.example>",
    "Re: Leaving the alumni association",
    """Sorry, one more thing - could the export include the Gift Aid declarations as well?
Thanks, Marcus

> I've decided to leave the alumni association. Before you remove me, could you send over my
> profile and my giving history
""",
    FU(ref("en-06-alumni-export-then-delete"), "marcus.desouza@northmail.example", "Marcus", "de Souza"),
    headers=irt("en-06-alumni-export-then-delete"))

# --- ignored
add("en-29-spam-gdpr-audit",
    "GDPR Compliance Desk <alerts@gdpr-shield-audit.example>",
    "Final notice: your school website is NOT GDPR compliant",
    """ATTENTION DATA CONTROLLER,

Our automated scan found 14 critical GDPR violations on your school website. Schools have been
fined up to EUR 20,000,000. Protect your pupils' personal data TODAY.

Order our Complete Education GDPR Pack (policies, cookie banner, staff e-learning) for only
EUR 299 - offer expires in 48 hours.

Click here to secure your compliance: http://gdpr-shield-audit.example/order

To stop receiving these alerts reply REMOVE.
""",
    IGN("spam", "alerts@gdpr-shield-audit.example"), headers=SPAM_HDR)

add("en-30-spam-mailbox-deleted",
    "IT Helpdesk <helpdesk@acme-corp-mailupgrade.example>",
    "Your mailbox privacy@ will be deleted in 24 hours",
    """Dear user,

Your mailbox has exceeded its storage quota and all personal data stored in it will be
permanently deleted in 24 hours. To keep your messages, verify your account now:

http://acme-corp-mailupgrade.example/verify

IT Helpdesk
""",
    IGN("spam", "helpdesk@acme-corp-mailupgrade.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailupgrade.example")])

add("en-31-auto-reply-parent",
    "Claire Whitfield <claire.whitfield@officemail.example>",
    "Automatic reply: Your request",
    """Thank you for your email. I am out of the office until Monday 23 November with limited
access to email. For urgent matters please contact my colleague James on 020 7946 0321.

Claire Whitfield
""",
    IGN("auto_reply", "claire.whitfield@officemail.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-32-bulk-edtech-newsletter",
    "ClassCloud Insights <news@classcloud.example>",
    "This month: AI marking, safeguarding updates and our winter webinar",
    """ClassCloud Insights - November edition

* AI-assisted marking: what schools are trialling this year
* Safeguarding and data protection: 5 things every DSL should check before January
* Register for our winter webinar on parent communication

You are receiving this because you subscribed at classcloud.example.
Unsubscribe: https://classcloud.example/unsubscribe
""",
    IGN("bulk", "news@classcloud.example"),
    headers=["List-Id: ClassCloud Insights <insights.classcloud.example>",
             "List-Unsubscribe: <https://classcloud.example/unsubscribe>",
             "Precedence: bulk"])
