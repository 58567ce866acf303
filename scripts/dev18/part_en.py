from common import *  # part en: written blind

add("en-01-opposing-party", "Derek Hollis <derek.hollis@fastmail.example>",
    "What exactly have you got on me?",
    """Hello,

Your firm is acting for my former landlord (Carrow Estates Ltd) in the deposit dispute that is now in the small claims track. I had a letter from one of your associates last week that quoted my mobile number, my new address and, oddly, my employer. None of those were ever given to Carrow by me.

I would like to see everything your office holds about me: the documents, the notes, any searches you ran, and where each piece came from. I appreciate you act for the other side, I am not asking for your legal advice to them, just my own information.

Regards,
Derek Hollis
14 Thornbury Rise, Leeds
""",
    R(["Access"], "derek.hollis@fastmail.example", "Derek", "Hollis"))

add("en-02-newsletter-oneliner", "lmcgrath77@inbox.example",
    "legal updates",
    "pls take me off the legal update emails never signed up for them thx\n",
    R(["Opposition"], "lmcgrath77@inbox.example"))

add("en-03-executor-late-father", "Susan Pemberton-Clarke <s.pemberton.clarke@homemail.example>",
    "My late father's records - Harold Pemberton",
    """Dear Sir or Madam,

I am the executor of my father, Harold James Pemberton, who passed away on 2 September. Your notary office drew up his last will in 2017 and, as far as I know, a lasting power of attorney in 2021.

As his personal representative I'm asking for whatever personal information your firm still holds on him - the file notes, correspondence, identity documents you took at the time. The grant of probate and the death certificate are attached.

With thanks,
Susan Pemberton-Clarke
Executor of the estate of H. J. Pemberton
07700 900431
""",
    R(["Access"], "s.pemberton.clarke@homemail.example", "Harold", "Pemberton",
      representative="Susan Pemberton-Clarke"))

add("en-04-married-name", "Aisha Rahman <aisha.rahman@mailbox.example>",
    "Change of surname and address on my file",
    """Hi there,

Since you last handled my flat purchase I've got married and moved. Could your records please show:

  old name: Aisha Begum
  new name: Aisha Rahman
  new address: Flat 3, 27 Gilmore Road, Bristol BS6 4QT

Your annual client statement still goes to the old place and I'd rather my ex-flatmate stopped forwarding it.

Many thanks
Aisha

--
Sent from my iPhone
""",
    R(["Rectification"], "aisha.rahman@mailbox.example", "Aisha", "Rahman"))

add("en-05-conflict-check-wipe", "Gareth Llewellyn <gllewellyn@cymru-post.example>",
    "Old enquiry from 2019",
    """Good afternoon,

Back in 2019 I phoned your employment team about an unfair dismissal matter. After a twenty-minute call I was told you couldn't take me on because of a conflict (you were already acting for my employer). Fair enough.

I've since learned that firms keep conflict-check entries for years. I don't need to see what was written, I just want the whole thing gone - my name, the notes of the call, the lot. There's no ongoing relationship between us and never was.

Please confirm once it's done.

Gareth Llewellyn
""",
    R(["Erasure"], "gllewellyn@cymru-post.example", "Gareth", "Llewellyn"))

add("en-06-switching-solicitors", "Priya Raghunathan <priya.r@sunmail.example>",
    "Transfer of my matter documents",
    """Dear Acme,

I've decided to instruct Hartley & Moss for the remainder of my divorce proceedings. Could you export everything I supplied to you - the financial disclosure spreadsheets, bank statements, the Form E drafts - in their original electronic formats (xlsx, pdf, not scanned printouts please) and send them directly to my new solicitor at transfers@hartleymoss.example?

Kind regards,
Priya Raghunathan
""",
    R(["Portability"], "priya.r@sunmail.example", "Priya", "Raghunathan"))

add("en-07-how-long-wills", "Moira Fitzgerald <moira.fitzgerald@greenpost.example>",
    "Question about your record keeping",
    """Hello,

My husband and I made mirror wills with you last spring. A friend told me law firms destroy files after six years but keep wills forever, which left me a bit confused.

How long will you keep our details and the wills themselves? Is anything shared with the national will register or any outside storage company? I'm not asking for anything to be sent to me, I just want to understand.

Thank you,
Moira Fitzgerald
""",
    R(["Information"], "moira.fitzgerald@greenpost.example", "Moira", "Fitzgerald"))

add("en-08-html-see-then-delete", "Tomasz Wierzbicki <t.wierzbicki@webpost.example>",
    "Personal data held by Acme Corp",
    html("Hello,",
         "I attended one of your free landlord seminars in March and since then I receive calls and letters from your firm.",
         "Please let me know what information you have stored about me and where you got it. Once I have seen it, "
         "I want all of it removed from your systems.",
         "Best,<br>Tomasz Wierzbicki"),
    R(["Access", "Erasure"], "t.wierzbicki@webpost.example", "Tomasz", "Wierzbicki"),
    ct=HTML)

add("en-09-caps-calls", "RON BAXTER <ronbaxter1958@oldmail.example>",
    "STOP RINGING ME",
    """THIS IS THE THIRD TIME THIS WEEK SOMEONE FROM YOUR "PRIVATE CLIENT TEAM" HAS RUNG ME ABOUT MAKING A WILL. I HAVE A WILL. I DO NOT WANT YOUR CALLS OR YOUR LEAFLETS. TAKE MY NUMBER OFF WHATEVER LIST IT IS ON AND DESTROY EVERY DETAIL YOU HAVE ABOUT ME, I NEVER GAVE IT TO YOU.

RON BAXTER
""",
    R(["Opposition", "Erasure"], "ronbaxter1958@oldmail.example", "Ron", "Baxter"))

add("en-10-probate-saga", "Eleanor Whitcombe <eleanor.whitcombe@riverside.example>",
    "Complaint - estate of my aunt and the address you keep using",
    """To whom it may concern,

I have been meaning to write this for weeks and I apologise in advance for the length.

My aunt, Margaret Ives, died in January. Your probate department acts for my cousin, who is the sole executor, and I am one of four residuary beneficiaries. From the start the communication has been dreadful. Letters meant for me were sent to a house I sold in 2020, one of them containing my share of the interim distribution figures, which the new owners then opened. When I rang to complain I was put on hold for forty minutes and then told the associate was "in court".

Then the estate accounts arrived showing a different date of birth for me and an address in Swindon that I have never lived at. I honestly don't know where you got it; perhaps from a tracing agent.

I'm not asking you to change anything on my say-so at this stage, because I expect you'll want evidence. But until you have checked where that Swindon address came from, please do not use it or pass it on to anyone - not to the executor, not to HMRC, not to the tracing company. Just leave it parked.

Separately, I would like my cousin's solicitor to understand that I am not being difficult; I simply want the process to be handled professionally. My aunt would have been mortified.

Yours faithfully,
Eleanor Whitcombe
""",
    R(["Restriction"], "eleanor.whitcombe@riverside.example", "Eleanor", "Whitcombe"))

add("en-11-onboarding-robot", "Kwame Mensah <kwame.mensah@netmail.example>",
    "Rejected by your online ID check",
    """Hi,

I tried to become a client through your website so you could handle my house sale. The onboarding portal ran some kind of automatic identity and anti money laundering check and then just told me "we are unable to proceed with your instruction". No explanation, no one to talk to.

I'm a British citizen with a clean record and a mortgage from a high street bank. I'd like a real person at your firm to look at this again rather than a piece of software, and to be told why I was flagged. Please also send me whatever information about me the check pulled in from credit agencies or databases, I'd like to see it.

Thanks,
Kwame Mensah
07911 123456
""",
    R(["AutomatedDecision", "Access"], "kwame.mensah@netmail.example", "Kwame", "Mensah"))

add("en-12-reception-forward", "Jodie Marsh <j.marsh@acme-corp.example>",
    "Fwd: my date of birth is wrong",
    """Hi privacy team, this came into reception, I think it's for you? The client rang as well. Jodie

---------- Forwarded message ---------
From: Colin Ashworth <colin.ashworth@blueyonder-mail.example>
Date: Fri, 13 Nov 2026 at 16:12
Subject: my date of birth is wrong
To: reception@acme-corp.example

Hello, the lease extension papers you sent me have my date of birth as 03/11/1962. It is 11/03/1962. Can someone fix that on your system, and while you're at it could you send me a printout of what personal details you have for me so I can check the rest isn't also wrong.

Colin Ashworth
""",
    R(["Rectification", "Access"], "colin.ashworth@blueyonder-mail.example", "Colin", "Ashworth"))

add("en-13-attached-event-invites", "Raj Patel <r.patel@acme-corp.example>",
    "FW: events",
    "",
    R(["Opposition"], "helen.nakamura@kitemail.example", "Helen", "Nakamura"),
    attached=("Helen Nakamura <helen.nakamura@kitemail.example>", "events",
              """Dear Mr Patel,

Thank you for completing our lease renewal so quickly. One small thing: since the matter closed I've been getting invitations to your firm's breakfast briefings and wine evenings, about two a week. Please could I be taken off those invitation lists. I'm happy for you to keep my file of course.

Best wishes,
Helen Nakamura
"""),
    note="Privacy - forwarding a client's request below, can you deal? She's a good client so please be quick. Raj\n\nRaj Patel | Senior Associate, Real Estate\nAcme Corp LLP | +44 20 7946 0123")

add("en-14-solicitor-art15", "Fiona Drummond <fdrummond@drummond-law.example>",
    "Subject Access Request - our client Mr Alistair Grant",
    """Dear Data Protection Officer,

We act for Mr Alistair Grant of 8 Ravelston Terrace, Edinburgh, in connection with his dispute with your client, Northgate Holdings plc. A signed form of authority is enclosed.

Pursuant to Article 15 of the UK GDPR, our client requests confirmation as to whether your firm processes personal data concerning him and, where that is the case, a copy of such data together with the information listed at Article 15(1)(a) to (h). Please direct all correspondence regarding this request to the writer.

We look forward to your response within one month of receipt.

Yours faithfully,

Fiona Drummond
Partner
Drummond & Reid Solicitors
45 George Street, Edinburgh EH2 2HT
T: 0131 496 0000

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.
""",
    R(["Access"], "fdrummond@drummond-law.example", "Alistair", "Grant",
      representative="Fiona Drummond"))

add("en-15-family-address", "The Okafor Family <okafors@familymail.example>",
    "close my client portal login",
    """Hello,

Could you shut down my account on your client portal and get rid of the data attached to it? The purchase completed months ago and I don't want another login floating around.

This is the shared family email, please reply to my own address.

Chidi Okafor
""",
    R(["Erasure"], "chidi.okafor@personal.example", "Chidi", "Okafor"),
    headers=["Reply-To: Chidi Okafor <chidi.okafor@personal.example>"])

add("en-16-invoice-query", "Brenda Sykes <brenda.sykes@townmail.example>",
    "Invoice 2026-11873",
    """Hi, I've received an invoice for £1,240 for conveyancing but I was quoted £950 plus VAT. Can someone explain the difference? Not sure this is the right address, it was the only one on the letter.

Brenda Sykes
""",
    R(["Unknown"], "brenda.sykes@townmail.example", "Brenda", "Sykes"))

add("en-17-cp1252-cloud", "Nadia Hussain <nadia.hussain@opalmail.example>",
    "Where is my file stored?",
    """Dear Privacy Team,

I’m a client of your immigration team. I read in the news that some UK law firms store documents with American cloud companies, and given what’s in my file (passport, asylum history) I’m rather anxious.

Could you tell me which countries my information goes to, which companies you use to store it, and what safeguards are in place for those transfers? I’m not asking for my documents – just an explanation.

Thank you – Nadia Hussain
""",
    R(["Information"], "nadia.hussain@opalmail.example", "Nadia", "Hussain"),
    ct=CP1252, encode="cp1252")

add("en-18-testimonial-photo", "Sean O'Connell <sean.oconnell@emeraldmail.example>",
    "My photo on your website",
    """Hi,

Last year I agreed to let you use my photo and a short quote about your personal injury team on your website and in the brochure. Things have moved on and I no longer want to be featured - please treat my permission as withdrawn and take the picture down.

To be clear, my claim is still running and I don't want my case file touched, only the marketing use.

Cheers,
Sean O'Connell
""",
    R(["Opposition"], "sean.oconnell@emeraldmail.example", "Sean", "O'Connell"))

add("en-19-task-ediscovery-dpa", "Victoria Ashdown <v.ashdown@acme-corp.example>",
    "DPA review - Lexicon Discovery",
    """Hi both,

Disputes are about to sign up with Lexicon Discovery for document review on the Northgate matter. They'll be hosting about 2 million documents including employee emails from the client. Their standard data processing addendum is attached - it has a US subprocessor list and a liability cap I don't love.

Could you review the DPA and the transfer terms before Friday? Happy to jump on a call.

Thanks,
Victoria

Victoria Ashdown
Partner, Commercial Disputes
Acme Corp LLP
""",
    TASK("v.ashdown@acme-corp.example", "Victoria", "Ashdown"))

add("en-20-task-ropa-crm", "Ben Thackeray <ben.thackeray@acme-corp.example>",
    "new CRM for events + newsletter",
    """Morning,

Marketing is moving the legal newsletter and event invitations from the old spreadsheet to HubSpot from 1 December. I was told the record of processing activities needs updating when a system changes. What do you need from me? I can give you the field list and the retention settings.

Ben
Marketing Manager
""",
    TASK("ben.thackeray@acme-corp.example", "Ben", "Thackeray"))

add("en-21-task-dictation-dpia", "Dr. Miriam Goldberg <m.goldberg@acme-corp.example>",
    "AI dictation pilot - impact assessment?",
    """Dear privacy colleagues,

The private client group would like to pilot an AI transcription tool for attendance notes from January. It would record client meetings (including discussions of health for capacity assessments) and produce summaries.

I assume we need a data protection impact assessment before we start. Could you take that on, or send me the template and I'll draft the first part?

Best,
Miriam

Dr. Miriam Goldberg | Head of Private Client
Acme Corp LLP | Direct: +44 20 7946 0456
""",
    TASK("m.goldberg@acme-corp.example", "Miriam", "Goldberg"))

add("en-22-inc-laptop-train", "Oliver Brennan <o.brennan@acme-corp.example>",
    "urgent - left my laptop on the train",
    """Hi, I'm so sorry. I left my work laptop on the 18:42 from Reading last night. It's encrypted (BitLocker) but I had two client bundles downloaded to the desktop for the hearing, one with medical records. I've reported it to GWR lost property and IT has been told. What else do I need to do?

Oliver Brennan
Trainee Solicitor
Sent from Outlook for Android
""",
    INC("o.brennan@acme-corp.example", "Oliver", "Brennan"))

add("en-23-inc-stranger-will", "Pauline Greaves <pauline.greaves@coastmail.example>",
    "I think you sent me someone else's will",
    """Hello,

This morning I received an envelope from your notary office. Inside was a draft will for a Mr and Mrs Dutton, including their address, their children's names and a list of their investments. I have nothing to do with these people; my name is Greaves, I had a power of attorney done with you in the summer.

I haven't shared it with anyone. Do you want me to post it back or shred it?

Pauline Greaves
""",
    INC("pauline.greaves@coastmail.example", "Pauline", "Greaves"))

add("en-24-inc-docusign-click", "Karen Doyle <k.doyle@acme-corp.example>",
    "I clicked a link I shouldn't have",
    """Hello,

About 20 minutes ago I received what looked like a DocuSign notification from a client and clicked on it. It asked for my Microsoft login and I typed my password before I realised the page was odd. I've changed my password now. I look after the inboxes of two partners in the family team so there's a lot of sensitive stuff in there.

Sorry, Karen
Legal Secretary, Family
""",
    INC("k.doyle@acme-corp.example", "Karen", "Doyle"))

add("en-25-fu-dsr-chaser", "Derrick Obi <derrick.obi@cityline.example>",
    "Re: [DSR-48213] We have received your request",
    """Hello again,

It's now been five weeks since I got this acknowledgement and I haven't heard a thing. The law gives you a month. When can I expect my information?

Derrick Obi

> Dear Derrick Obi,
> Thank you for your message. Your request has been registered under reference DSR-48213.
> We will respond within one month.
> Acme Corp Privacy Team
""",
    FU("48213", "derrick.obi@cityline.example", "Derrick", "Obi"))

add("en-26-fu-hollis-id", "Derek Hollis <derek.hollis@fastmail.example>",
    "Re: What exactly have you got on me?",
    """Hi, following up my email from this morning - I've attached a scan of my driving licence in case you need to verify I'm me. The reference on your letter to me was AC/LIT/22871 if that helps you find it.

Derek
""",
    FU(ref("en-01-opposing-party"), "derek.hollis@fastmail.example", "Derek", "Hollis"),
    headers=irt("en-01-opposing-party"))

add("en-27-spam-estate-claim", "Barrister James Okonkwo <legal.chambers.jok@freemail.example>",
    "URGENT: Unclaimed estate of deceased client - your firm",
    """Dear Esteemed Colleague,

I am Barrister James Okonkwo, personal attorney to late Engr. Robert Acme, a foreign contractor who died intestate leaving the sum of $12,500,000 USD in a security company. As he shares same surname with your firm, I propose to present your firm as next of kin so the proceeds can be released.

All legal documents will be arranged. To protect your personal data, kindly reply only to this private email with your full name, direct phone and bank details. 40% will be yours.

Regards,
Barrister James Okonkwo
""",
    IGN("spam", "legal.chambers.jok@freemail.example"),
    headers=SPAM_HDR)

add("en-28-spam-data-broker", "DataShield Pro <offers@datashield-pro.example>",
    "Your partners' personal data is exposed on 312 broker sites",
    """Hi Privacy Team,

Did you know your lawyers' home addresses and phone numbers are listed on over 300 people-search websites? Criminals use these to target law firms.

DataShield Pro automatically requests deletion of your team's personal data from every broker, every month. GDPR-compliant, 100% hands-off.

Book a 15-minute demo this week and get 3 months FREE.

Unsubscribe | DataShield Pro Ltd
""",
    IGN("spam", "offers@datashield-pro.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="datashield-pro.example")])

add("en-29-ooo-client", "Graham Pryce <graham.pryce@pryce-builders.example>",
    "Automatic reply: Your newsletter subscription",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For urgent matters please call the office on 01632 960 123.

Graham Pryce
""",
    IGN("auto_reply", "graham.pryce@pryce-builders.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-30-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
