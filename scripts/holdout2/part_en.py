# English: mostly a bank / insurer (Acme Bank, Acme Insurance), its health clinics and its HR.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH, AUTOREPLY, ref, irt

add("en-01-close-current-account", "Dan Whitcombe <dwhitcombe@gmail.example>", "close my account",
    """Please close my current account and delete everything you hold on me. I've moved to another bank and don't want my details sitting on your systems.

Dan
""", R(["Erasure"], "dwhitcombe@gmail.example", "Dan", "Whitcombe"))

add("en-02-sar-policy-claim-file", "Margaret O'Driscoll <m.odriscoll@btinternet.example>",
    "Subject Access Request - Policy HM-4471823",
    """Dear Sir or Madam,

Subject Access Request under Article 15 UK GDPR

I am a policyholder (home insurance, policy number HM-4471823). On 14 August I made a claim for storm damage to my roof which was declined.

I request copies of all personal data you hold about me, in particular:
- the complete claim file, including the loss adjuster's report and any photographs;
- all internal notes, emails and messages that mention me or my claim;
- recordings of my telephone calls with your claims line between 14 August and 30 September;
- any fraud or risk scores attached to my policy and where they came from.

Please also tell me who you have shared this data with. I expect a response within one calendar month.

Yours faithfully,

Margaret O'Driscoll
12 Willowbank Road
Cheltenham GL52 3AX
""", R(["Access"], "m.odriscoll@btinternet.example", "Margaret", "O'Driscoll"))

add("en-03-stop-ringing-mobile", "Rakesh Patel <rakesh.patel77@outlook.example>", "Phone calls",
    """Third time this week someone from Acme Insurance has rung my mobile about "reviewing my home cover". I never asked for this and I'm not interested. Take my number off your call lists.

R. Patel
""", R(["Opposition"], "rakesh.patel77@outlook.example", "Rakesh", "Patel"))

add("en-04-surname-spelling-old-address", "Siobhan McAllister <siobhan.mcallister@gmail.example>",
    "Wrong details on my policy documents",
    """Hi,

My renewal documents arrived today and my surname is spelt "McAlister" (one L) – it should be McAllister. The letter also went to my old flat, even though I phoned in July to give you my new address:

Flat 3, 48 Ormeau Road, Belfast BT7 1FW

Could you fix both please? I'm worried the spelling mistake will cause a problem if I ever need to claim.

Thanks
Siobhan McAllister
07700 900 481
""", R(["Rectification"], "siobhan.mcallister@gmail.example", "Siobhan", "McAllister"))

add("en-05-portability-switching-bank", "Ewan Gilchrist <ewan.gilchrist@proton.example>", "Data portability request",
    """Hello,

I'm moving my day-to-day banking to another provider. Could you please send me my full transaction history since I opened the account (2017) together with my standing orders and direct debits, in a machine-readable format? CSV or JSON would be perfect, I want to import it into the new bank's budgeting tool.

I understand this falls under my right to data portability.

Account ending 4419.

Many thanks,
Ewan Gilchrist
""", R(["Portability"], "ewan.gilchrist@proton.example", "Ewan", "Gilchrist"))

add("en-06-loan-rejected-in-seconds", "Olivia Bramwell <olivia.bramwell@yahoo.example>", "Loan application ref LN-88213",
    """Good afternoon,

I applied for a £7,500 personal loan on your website last night and was declined in about four seconds. Nobody looked at my application - it was clearly a computer. I've been with Acme for 11 years, have a salary paid into the account every month and have never been overdrawn.

I'd like a real person to review the decision, and I want to know what the decision was actually based on. I believe I'm entitled to that under the GDPR rules on automated decisions.

Olivia Bramwell
""", R(["AutomatedDecision"], "olivia.bramwell@yahoo.example", "Olivia", "Bramwell"))

add("en-07-claims-retention-cue", "Neil Ashworth <neil.ashworth@talk21.example>", "Question about old claims",
    """Hi there,

Back in 2019 I made a claim on my car insurance with you (a windscreen, then a minor bump). Both were settled ages ago and I left Acme in 2021.

How long do you keep records of claims after someone stops being a customer? And do you pass them to shared databases like CUE that other insurers look at? I'm not asking for a copy of anything, I just want to understand why my new quote mentions claims from 7 years ago.

Cheers,
Neil
""", R(["Information"], "neil.ashworth@talk21.example", "Neil", "Ashworth"))

add("en-08-restrict-missed-payment-marker", "Dr. Amara Nwosu <amara.nwosu@nhsmail.example>",
    "Article 18 - restriction of processing",
    """Dear Data Protection Officer,

I have already complained to your customer relations team (reference CR-2026-55107) that the missed payment you recorded on my credit card in May is inaccurate: the direct debit failed because of an error on your side, as your own letter of 2 June admits.

While that complaint is being looked at, I ask you to restrict the processing of this data under Article 18(1)(a) GDPR. In practice: do not report it again to the credit reference agencies and do not use it in any lending decision until the accuracy question is resolved.

Please confirm in writing that the restriction is in place.

Regards,
Dr Amara Nwosu
""", R(["Restriction"], "amara.nwosu@nhsmail.example", "Amara", "Nwosu"))

add("en-09-applicant-notes-then-delete", "Jake Thornbury <jakethornbury@gmail.example>", "my application for Claims Handler",
    """Hi,

I interviewed for the Claims Handler role in Swindon in March and got a rejection email with no feedback at all. Could you send me copies of the interview notes, the scores from the assessment day and anything the recruiter wrote about me?

Once I've had them, please delete my application and CV. I won't be applying again.

Thanks,
Jake Thornbury
""", R(["Access", "Erasure"], "jakethornbury@gmail.example", "Jake", "Thornbury"))

add("en-10-solicitor-for-client", "Helen Marsh <h.marsh@marshbrook-law.example>", "Our client: Mr Thomas Greaves - DOB 04/02/1971",
    """Dear Sirs,

We act for Mr Thomas Greaves of 7 Castle Mews, York YO1 7HJ, in connection with a dispute concerning his income protection policy (IP-0092211).

On behalf of our client, and with his signed authority (attached), we make a subject access request under Article 15 UK GDPR for all personal data you hold about him, including underwriting records, medical evidence obtained from his GP and any surveillance reports.

Please send the data to this office. We look forward to hearing from you within the statutory period.

Yours faithfully,

Helen Marsh
Associate Solicitor
Marshbrook Law LLP
T: 01904 555 210

This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.
""", R(["Access"], "h.marsh@marshbrook-law.example", "Thomas", "Greaves", representative="Helen Marsh"))

add("en-11-parent-kids-money-app", "Claire Hughes <clairehughes.home@gmail.example>", "My daughter's account",
    """Hello,

My daughter Lily Hughes (she's 12) has signed up to your Acme Kids Money app using my email without asking me. I don't want her to have an account and I certainly don't want you holding her data.

Please delete her account and everything linked to it, and confirm when it's done.

Claire Hughes (Lily's mum)
""", R(["Erasure"], "clairehughes.home@gmail.example", "Lily", "Hughes", representative="Claire Hughes"))

add("en-12-executor-marketing-post", "Susan Clarke <susan.clarke54@btinternet.example>", "Arthur Pennington (deceased)",
    """To whom it may concern,

My father, Arthur Pennington, died on 2 October. I am the executor of his estate and your bereavement team already has the death certificate.

Letters offering him a "special over-60s life cover" are still arriving at his house every week, which my mother finds very upsetting. Please stop sending him any marketing, by post or otherwise, and remove him from all your mailing lists.

Thank you.
Susan Clarke
""", R(["Opposition"], "susan.clarke54@btinternet.example", "Arthur", "Pennington", representative="Susan Clarke"))

add("en-13-html-copy-of-data", "Jamal Osei <jamal.osei@outlook.example>", "Request",
    html("Hello,",
         "I would like a copy of all the personal information Acme Bank holds about me. That includes my account details, "
         "any notes made when I called customer services and the data used for my credit limit.",
         "My sort code and account number are on file under this email address.",
         "Kind regards,<br>Jamal Osei"),
    R(["Access"], "jamal.osei@outlook.example", "Jamal", "Osei"), ct=HTML)

add("en-14-all-caps-stop-emails", "gary.b1962@hotmail.example", "STOP SENDING ME EMAILS",
    """I HAVE CLICKED UNSUBSCRIBE 4 TIMES!!! I STILL GET YOUR "EXCLUSIVE OFFERS" EVERY DAY. TAKE ME OFF YOUR MAILING LIST NOW OR I WILL REPORT YOU TO THE ICO.
""", R(["Opposition"], "gary.b1962@hotmail.example"))

add("en-15-angry-water-claim-buried-erasure", "Brian Lockwood <b.lockwood@virginmedia.example>", "Complaint - claim WD/118/2026",
    """I am writing yet again about the way my claim for the burst pipe at my property has been handled, because nobody on your phone line seems capable of giving me a straight answer.

The leak happened on 3 July. Your assessor did not turn up until 29 July, by which time the kitchen floor had to be ripped out completely. I was then told that the damage was "gradual" and therefore excluded, despite the plumber's report (which I sent you TWICE) saying the joint failed suddenly. I have paid premiums to your company for nineteen years and made one previous claim in all that time.

I have now instructed a loss assessor at my own expense and I will be taking this to the Financial Ombudsman.

Frankly, I no longer wish to be your customer. My policy ends on 30 November and I will not be renewing. Once it has ended I do not want you keeping any of my information, so delete it — I don't want to be contacted by Acme ever again in any shape or form. Obviously that is without prejudice to my complaint, which you must still deal with.

I would also point out that on two occasions your staff promised to call me back and never did. I expect a written response to this letter.

B. Lockwood
""", R(["Erasure"], "b.lockwood@virginmedia.example", "Brian", "Lockwood"))

add("en-16-gdpr-rights-nothing-more", "Natalia Wisniewska <n.wisniewska@wp.example>", "GDPR",
    """Hi, I would like to exercise my rights under the GDPR regarding my personal data. Please advise how to proceed.

Regards,
Natalia Wiśniewska
""", R(["Unknown"], "n.wisniewska@wp.example", "Natalia", "Wiśniewska"))

add("en-17-family-address-reply-to", "The Fairbanks Family <fairbanks.home@sky.example>", "my own data",
    """Hi, this is Emma (not Rob!). I'm a named person on our joint home insurance policy with my husband. Please can you tell me what personal data you hold on me specifically and send me a copy. Please reply to my own email address, not the family one.

Thanks
Emma Fairbanks
""", R(["Access"], "emma.fairbanks@outlook.example", "Emma", "Fairbanks"),
    headers=["Reply-To: Emma Fairbanks <emma.fairbanks@outlook.example>"])

add("en-18-premium-rise-plus-texts", "Kelly Armstrong <kellyarmstrong88@gmail.example>", "Why has my premium gone up??",
    """Why has my car insurance gone up by £240 this year when I've had NO claims and nothing has changed?? I'd like someone to explain that to me because the renewal letter doesn't.

Also while I'm at it, please stop texting me offers for pet insurance and travel insurance, I never agreed to that and I don't even have a pet.

Kelly Armstrong
""", R(["Opposition"], "kellyarmstrong88@gmail.example", "Kelly", "Armstrong"))

add("en-19-textspeak-delete", "jordz99@gmail.example", "delete",
    """hi can u delete all my info off ur system, dont use the app anymore. thx

J
""", R(["Erasure"], "jordz99@gmail.example"))

add("en-20-iphone-call-recordings", "Priya Raman <priya.raman@icloud.example>", "Call recordings",
    """Hi, can I get a copy of the recordings of my calls with your claims team in September? There were 3 or 4 of them about my travel claim. Thanks, Priya

Sent from my iPhone
""", R(["Access"], "priya.raman@icloud.example", "Priya", "Raman"))

add("en-21-cp1252-date-of-birth", "Oluwaseun Adebayo <seun.adebayo@outlook.example>", "Date of birth incorrect on my account",
    """Good morning,

My date of birth is wrong on your records – it says 03/07/1985 but it’s actually 07/03/1985 (7th March). Because of this I keep failing the ID check when I log in to the app and I’ve been locked out twice.

Please correct it. I can send a copy of my passport if needed.

Kind regards,
Oluwaseun “Seun” Adebayo
""", R(["Rectification"], "seun.adebayo@outlook.example", "Oluwaseun", "Adebayo"), encode="cp1252")

add("en-22-former-employee-personnel-file", "Craig Dunmore <craig.dunmore@gmail.example>", "Personnel file",
    """Hello,

I worked at Acme Corp's Leeds contact centre from 2019 until June 2025 (employee number 40712). I would like a copy of my personnel file, including any disciplinary or performance notes, and a copy of whatever reference you have been giving to prospective employers, as I have been turned down twice after what seemed like successful interviews.

Please send it to this email address.

Craig Dunmore
""", R(["Access"], "craig.dunmore@gmail.example", "Craig", "Dunmore"))

add("en-23-talent-pool-remove-cv", "Aisha Khan <aisha.khan.cv@gmail.example>", "Talent pool",
    """Please remove my CV from your talent pool. I've accepted a job elsewhere and I'm no longer looking.

Thanks,
Aisha Khan
""", R(["Erasure"], "aisha.khan.cv@gmail.example", "Aisha", "Khan"))

add("en-24-clinic-knee-scan-records", "Patrick Doyle <paddy.doyle@eircom.example>", "Medical records - Acme Health Manchester",
    """Dear Acme Health,

I had an MRI scan of my left knee at your Manchester clinic in February 2024, referred by my insurer. My physio now wants to see it.

Please could you send me a copy of my medical records from that visit, including the radiologist's report and the images if possible (a download link is fine).

Patient details: Patrick Doyle, born 19/11/1966, 22 Beech Grove, Stockport SK4 2LP.

Kind regards,
Patrick Doyle
""", R(["Access"], "paddy.doyle@eircom.example", "Patrick", "Doyle"))

add("en-25-unsubscribe-and-erase", "Fiona Grant <fiona.grant@gmail.example>", "Unsubscribe",
    """Unsubscribe me from everything please and erase my details. I closed my savings account with you last year and I don't see why you still need my email address.

Fiona Grant
""", R(["Opposition", "Erasure"], "fiona.grant@gmail.example", "Fiona", "Grant"))

add("en-26-transfer-claims-data-then-delete", "Graham Holt <graham.holt@plus.example>", "Moving my insurance",
    """Hello,

From January my fleet of three vans will be insured by another company. They've asked for my claims history.

I'd like you to send my complete policy and claims data in electronic form (a CSV or XML file, not a scanned letter) so it can be loaded into their system — directly to them if you can: underwriting@northgate-ins.example. After that I'd like my data deleted as far as the law allows.

Policy CV-553019, Holt Plumbing & Heating.

Graham Holt
""", R(["Portability", "Erasure"], "graham.holt@plus.example", "Graham", "Holt"))

add("en-27-cctv-branch-question", "Rebecca Lowe <becky.lowe@gmail.example>", "CCTV in the Bristol branch",
    """Hi,

I noticed new cameras at the counters in your Broadmead branch, pointing right at the customers' faces. Do you record customers, how long is the footage kept, and who gets to see it? Is it shared with the police automatically?

Just curious, I couldn't find it in your privacy notice.

Rebecca
""", R(["Information"], "becky.lowe@gmail.example", "Rebecca", "Lowe"))

add("en-28-copy-and-fix-email", "Tom Abernathy <tom.abernathy@fastmail.example>", "Data held / email address",
    """Hi,

Two things:
1) please send me a copy of the personal data you hold on me
2) the email address on my account is my old work address (t.abernathy@kellerman-group.example) which I no longer have access to - please replace it with this one.

Thanks,
Tom Abernathy
""", R(["Access", "Rectification"], "tom.abernathy@fastmail.example", "Tom", "Abernathy"))

add("en-29-colleague-forward-inline", "Laura Benning <laura.benning@acme-corp.example>", "Fwd: Complaint",
    """FYI - this came in to the complaints mailbox, think it's one for you.

Laura

---------- Forwarded message ---------
From: Kuldeep Sandhu <kuldeep.sandhu@yahoo.example>
Date: Fri, 13 Nov 2026 at 22:41
Subject: Complaint
To: <complaints@acme-corp.example>

I cancelled my home insurance in August after your price went up. I want all my data deleted from your systems, including the quotes I did online and the credit search you ran.

Regards
Mr K Sandhu
""", R(["Erasure"], "kuldeep.sandhu@yahoo.example", "Kuldeep", "Sandhu"))

add("en-30-branch-forward-attached", "Mohammed Iqbal <mohammed.iqbal@acme-corp.example>", "FW: my details",
    "", R(["Opposition"], "debfirth@aol.example", "Deborah", "Firth"),
    attached=("Deborah Firth <debfirth@aol.example>", "my details",
              """Hello,

Could you please stop passing my details to your "partners"? For the last month I have been getting calls from a loan broker who says he got my number from Acme Bank. I did not agree to that.

Deborah Firth
"""),
    note="Hi privacy team, customer emailed the Harrogate branch. Can you pick this up please?\n\nThanks, Mo\n")

# ---- ignore ----
add("en-31-phish-account-suspended", "Acme Security <security@acme-c0rp-alerts.example>", "Action required: your account has been suspended",
    """Dear Customer,

We detected unusual sign-in activity on your Acme online banking account. For your protection your account has been temporarily suspended.

To restore access you must verify your identity within 24 hours:
http://acme-c0rp-alerts.example/secure/verify?id=88172

Failure to verify will result in permanent closure of your account and your funds being held.

Acme Security Team
""", IGN("spam"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-c0rp-alerts.example")])

add("en-32-spam-data-removal-service", "DataGone Pro <hello@datagone-pro.example>", "Is your personal data for sale? Delete it today",
    """Hi there,

Data brokers are selling YOUR name, address and phone number right now. Under GDPR you have the right to have it deleted — but doing it yourself takes hundreds of hours.

DataGone Pro sends erasure requests to 500+ brokers for you. Special offer this week only: $49/year (normally $129).

>> Start deleting your data: http://datagone-pro.example/go

To unsubscribe from these emails click here.
""", IGN("spam"), headers=SPAM_HDR)

add("en-33-advance-fee-inheritance", "Barrister James Okafor <james.okafor.chambers@gmail.example>", "CONFIDENTIAL: UNCLAIMED FUNDS OF LATE CLIENT",
    """Dear Friend,

I am Barrister James Okafor, personal attorney to the late Engr. Robert Acme, who died with his family in a car accident in 2021 leaving the sum of US$10.5 Million (Ten Million Five Hundred Thousand United States Dollars) in a security company.

Since you share the same surname/company name with my late client, I wish to present you as the next of kin so the funds can be released to you. We shall share 50/50.

Kindly reply with your full name, phone number and bank details to my private email for immediate processing. This transaction is 100% risk free.

Regards,
Barr. James Okafor
""", IGN("spam"), headers=["Reply-To: barr.okafor.private@yandex.example"])

add("en-34-crypto-withdrawal-pending", "Wallet Notification <noreply@coinvault-secure.example>", "You have (1) pending BTC withdrawal - 0.8741 BTC",
    """Your withdrawal of 0.8741 BTC ($58,320.17) is pending confirmation.

If you did not request this withdrawal, cancel it immediately by logging in below, otherwise funds will be released in 2 hours.

CANCEL WITHDRAWAL: http://coinvault-secure.example/cancel

Support ID: #CV-771203
""", IGN("spam"))

add("en-35-out-of-office", "Nigel Carter <n.carter@carterbuild.example>", "Automatic reply: Your request for information",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access to email.

For anything urgent please contact Jo in the office on 0117 496 0123.

Nigel Carter
Carter Build Ltd
""", IGN("auto_reply"), headers=AUTOREPLY)

add("en-36-insurtech-newsletter", "Insurance Weekly <newsletter@insurance-weekly.example>", "This week: claims automation, FCA Consumer Duty and more",
    """INSURANCE WEEKLY — 12 November 2026

* Claims automation: who is really saving money?
* Consumer Duty one year on: what the FCA found
* Interview: the CDO bringing AI to motor underwriting
* Events: London Market Forum, 3 December

You are receiving this because you subscribed at insurance-weekly.example.
Manage preferences | Unsubscribe
""", IGN("bulk"), headers=["List-Unsubscribe: <https://insurance-weekly.example/unsub?u=99812>",
                           "List-Id: Insurance Weekly <weekly.insurance-weekly.example>", "Precedence: bulk"])

add("en-37-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Undelivered Mail Returned to Sender",
    "", IGN("bounce"), dsn=True)

# ---- tasks ----
add("en-38-task-payroll-dpa", "Sarah Lindqvist <sarah.lindqvist@acme-corp.example>", "DPA for PayWell - need review before Friday",
    """Hi team,

Procurement have asked me to get the data processing agreement for our new payroll provider, PayWell, reviewed before we sign on Friday 27th. It's their standard template - I've put it in the Legal > Contracts > PayWell folder on SharePoint.

They'll be processing salary, bank details, NI numbers and sickness absence for all UK staff, and they use a sub-processor in India for support. Could you mark it up and let me know if there's anything we need to push back on?

Thanks,
Sarah

Sarah Lindqvist | HR Operations Manager | Acme Corp
""", TASK("sarah.lindqvist@acme-corp.example", "Sarah", "Lindqvist"))

add("en-39-task-ropa-call-recording-vendor", "Ben Okonkwo <ben.okonkwo@acme-corp.example>", "Claims call recordings moving to new vendor",
    """Hi both,

Heads up that from 1 December the recording of calls on the claims line moves from our on-prem system to CallVault (cloud, hosted in Ireland). Retention stays at 6 years.

I think that means the record of processing for "Claims handling - telephony" needs updating (processor, location, security measures). Can you update the register, or tell me what info you need from me?

Ben
Claims Technology
""", TASK("ben.okonkwo@acme-corp.example", "Ben", "Okonkwo"))

add("en-40-task-telematics-dpia", "Harriet Vance <harriet.vance@acme-corp.example>", "Young driver telematics pilot",
    """Morning,

We're planning a pilot of a telematics box for drivers under 25 from Q2 next year - it records location, speed, braking and time of day, and the score would feed straight into their renewal price.

Legal said we'd need a DPIA before going ahead. Could the privacy team run one, or send me the template so we can start it? Happy to set up a call with the product team.

Best,
Harriet Vance
Head of Motor Pricing
""", TASK("harriet.vance@acme-corp.example", "Harriet", "Vance"))

add("en-41-task-broker-questionnaire", "Callum Reid <callum.reid@acme-corp.example>", "Security & privacy questionnaire from Hargreaves Brokers",
    """Hi,

One of our biggest broker partners has sent us their annual supplier questionnaire - 64 questions, about a third on data protection (DPO contact, breach process, international transfers, retention, etc.). They need it back by 30 November.

Could someone from privacy fill in section C? I've done the commercial bits. The spreadsheet is attached.

Cheers
Callum
Partnerships
""", TASK("callum.reid@acme-corp.example", "Callum", "Reid"))

# ---- incidents ----
add("en-42-inc-laptop-left-on-train", "Ravi Menon <ravi.menon@acme-corp.example>", "Lost laptop",
    """Hi,

I'm really sorry - I left my work laptop on the 18:05 from Reading to Paddington last night. I've reported it to GWR lost property and the IT service desk (ticket INC0459921) but nothing has turned up yet.

It's encrypted (BitLocker) but I had a spreadsheet of about 300 underwriting referrals saved on the desktop, with names, addresses and some medical declarations.

Please let me know what else I need to do.

Ravi Menon
Underwriting
""", INC("ravi.menon@acme-corp.example", "Ravi", "Menon"))

add("en-43-inc-claim-pack-wrong-customer", "Jess Pryce <jess.pryce@acme-corp.example>", "Sent claim documents to the wrong customer",
    """Hi privacy team,

This morning I emailed a claim settlement pack (policy schedule, bank details and the loss adjuster's report) to the wrong Mr Davies - we have two customers with the same name and I picked the wrong one from the drop-down.

The recipient has just rung us to say he received it. He's agreed to delete it but I don't know what else we need to do. Can you advise?

Jess Pryce
Claims Team Leader
""", INC("jess.pryce@acme-corp.example", "Jess", "Pryce"))

add("en-44-inc-clicked-phishing-link", "Martin Sowerby <martin.sowerby@acme-corp.example>", "I think my account has been hacked",
    """I clicked on a link in an email that looked like it came from DocuSign and typed in my password. About an hour later the mailbox started sending hundreds of emails to my contacts and customers.

IT have reset my password and blocked the sessions, but whoever it was could read my inbox for about an hour - there's a lot of customer correspondence in there including mortgage applications.

Sorry. What do you need from me?

Martin
Mortgage Adviser, Acme Bank Guildford
""", INC("martin.sowerby@acme-corp.example", "Martin", "Sowerby"))

add("en-45-inc-print-vendor-envelopes", "Incident Desk <incidents@printhaus.example>", "Notification of data incident - Acme annual statements batch 11/09",
    """Dear Acme Corp,

In accordance with clause 9 of our data processing agreement we are notifying you of an incident affecting a print run we carried out on your behalf.

During the production of annual savings statements on 11 November, a fault in one of our inserting machines caused 212 statements to be placed in envelopes addressed to other customers from the same batch. We became aware of this today when two recipients contacted us. The statements show name, address, account number and balance.

We have stopped the machine and identified the affected customers; the list is available through our secure portal. Our full investigation report will follow within 5 working days.

Regards,
Martin Keyes
Information Security Manager, PrintHaus Ltd
""", INC("incidents@printhaus.example", "Martin", "Keyes"))

# ---- follow-ups ----
add("en-46-fu-passport-attached", "Hannah Price <hannahprice@gmail.example>", "Re: [DSR-30418] We have received your request",
    """Hi,

Thanks for coming back to me. As requested I've attached a scan of my passport and a recent bank statement showing my address.

Hannah

On Thu, 12 Nov 2026 at 09:14, Acme Corp Privacy <privacy@acme-corp.example> wrote:
> Dear Hannah Price,
>
> We have received your request and registered it under reference DSR-30418.
> Before we can proceed we need to verify your identity. Please reply to this
> email with a copy of a photo ID and proof of address.
>
> Acme Corp Privacy Team
""", FU("30418", "hannahprice@gmail.example", "Hannah", "Price"))

add("en-47-fu-chasing-own-portability", "Ewan Gilchrist <ewan.gilchrist@proton.example>", "Re: Data portability request",
    """Hello again,

It's been over three weeks and I haven't had so much as an acknowledgement. Could someone let me know where things are with this?

Ewan

On 26/10/2026, Ewan Gilchrist wrote:
> Hello,
>
> I'm moving my day-to-day banking to another provider. Could you please send me my full transaction history since I opened the account (2017) ...
""", FU(ref("en-05-portability-switching-bank"), "ewan.gilchrist@proton.example", "Ewan", "Gilchrist"),
    headers=irt("en-05-portability-switching-bank"))

add("en-48-fu-only-an-applicant", "Lewis Farrant <lewisfarrant@outlook.example>", "RE: [DSR-30577] Your request - more information needed",
    """I don't have a customer number, I was never a customer. I only applied for a job with you (IT support, Birmingham, last year). The email address I applied with is this one.

Lewis Farrant

-----Original Message-----
From: Acme Corp Privacy <privacy@acme-corp.example>
Sent: 13 November 2026 15:02
Subject: [DSR-30577] Your request - more information needed

Dear Mr Farrant, to locate your records please provide your customer number...
""", FU("30577", "lewisfarrant@outlook.example", "Lewis", "Farrant"))

add("en-49-own-ack-looped", "Acme Corp Privacy <privacy@acme-corp.example>", "[DSR-30611] We have received your request",
    """Dear customer,

We have received your request and registered it under reference DSR-30611. We will reply within one month.

Acme Corp Privacy Team
""", IGN("own_message"), headers=["X-Dastra-Mailgate: ack"])
