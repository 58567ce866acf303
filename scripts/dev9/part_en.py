from common import *  # part en: written blind

# ---------------------------------------------------------------- requests

add("en-01-points-copy", "Priya Raghunathan <priya.r@mailbox.example>",
    "Copy of my data",
    """Hello,

I have had an Acme Plus loyalty card since 2017. Could you please send me a copy of all the personal data you hold about me, including my purchase history and the points log?

Card number ends in 4471.

Thank you,
Priya Raghunathan
""",
    R(["Access"], "priya.r@mailbox.example", "Priya", "Raghunathan"))

add("en-02-delete-card-typos", "dwayne.okafor88@webmail.example",
    "delete",
    """hi i want my acme plus card deleted and all my info on it i dont shop at ur stores anymore since u closed the one on harlow rd thx
dwayne okafor
""",
    R(["Erasure"], "dwayne.okafor88@webmail.example", "Dwayne", "Okafor"))

add("en-03-caps-stop-texts", "Maureen Fitzgibbon <mfitzgibbon@oldmail.example>",
    "STOP THE TEXTS",
    """STOP SENDING ME TEXT MESSAGES ABOUT YOUR 2 FOR 1 OFFERS. I NEVER AGREED TO THIS AND I GET THREE A WEEK. TAKE MY NUMBER OFF YOUR LIST NOW.

MAUREEN FITZGIBBON
""",
    R(["Opposition"], "mfitzgibbon@oldmail.example", "Maureen", "Fitzgibbon"))

add("en-04-claim-auto-rejected", "Tomasz Whitfield-Nowak <t.whitfieldnowak@inbox.example>",
    "Claim HC-2026-118834 rejected by a computer?",
    """Dear Privacy Team,

On 2 November I submitted a claim through your website for water damage in my kitchen (burst pipe under the sink). Eleven minutes later I received an email saying the claim was "declined following automated assessment". Nobody looked at the photos, nobody called me.

I want a human being at Acme to review this decision properly. I also want to know what information about me the system used to decide, and a copy of it.

Regards,
Tomasz Whitfield-Nowak
Policy HH-77120345
""",
    R(["AutomatedDecision", "Access"], "t.whitfieldnowak@inbox.example", "Tomasz", "Whitfield-Nowak"))

add("en-05-credit-check-why", "Imogen Achterberg <imogen.achterberg@post.example>",
    "Why did you run a credit check on me?",
    """Hi,

I asked for a home insurance quote on your site last week and now I see a "quotation search" from you on my credit file. Nobody told me this would happen.

Which credit reference agency did you use, what did you get back from them, why is this needed for a home insurance quote and how long will you keep it?

Imogen Achterberg
""",
    R(["Information"], "imogen.achterberg@post.example", "Imogen", "Achterberg"))

add("en-06-solicitor-sar", "Harriet Oyelaran-Banks <h.oyelaran-banks@oyelaranlaw.example>",
    "Subject Access Request - our client Mr Callum Dunleavy - Policy HH-60211978",
    """Dear Sir or Madam,

We act on behalf of Mr Callum Dunleavy of 14 Ferncliffe Road, in connection with his claim for subsidence damage which your company declined on 28 September 2026.

Pursuant to Article 15 of the UK GDPR, our client requests a copy of all personal data which Acme holds about him, including but not limited to: the claim file, reports and photographs from the home inspection of 11 August 2026, internal notes and emails referring to him, call recordings, and any fraud or risk scores attributed to him.

A signed letter of authority from our client is attached. Please send the response to this office.

Yours faithfully,

Harriet Oyelaran-Banks
Solicitor
Oyelaran Banks LLP
Tel. 0161 555 0142

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender immediately and delete it. Oyelaran Banks LLP is authorised and regulated by the Solicitors Regulation Authority.
""",
    R(["Access"], "h.oyelaran-banks@oyelaranlaw.example", "Callum", "Dunleavy",
      representative="Harriet Oyelaran-Banks"))

add("en-07-married-name", "Siobhan McAleer <siobhan.mcaleer@mailbox.example>",
    "change of name and address",
    """Hello, I got married in the summer and moved house. Can you please update my loyalty account and my home insurance policy:

old name: Siobhan Brannigan
new name: Siobhan McAleer
new address: 3 Orchard Mews, Kettlebridge KB4 9QT

Thanks!
Siobhan
""",
    R(["Rectification"], "siobhan.mcaleer@mailbox.example", "Siobhan", "McAleer"))

add("en-08-portability-csv", "Benedikt Lowry <ben.lowry@fastmail.example>",
    "Export of my purchase history",
    """Hi there,

I'm trying out a meal-planning app that can import shopping receipts. Under the right to data portability, could you give me my Acme Plus purchase history (items, dates, prices) for the last two years as a CSV or JSON file? Ideally you'd send it straight to the app but a download link is fine.

Cheers,
Ben Lowry
""",
    R(["Portability"], "ben.lowry@fastmail.example", "Benedikt", "Lowry"))

add("en-09-html-unsubscribe", "Gwendolyn Abara <gwen.abara@homemail.example>",
    "Unsubscribe please",
    html("Hi,",
         "I keep receiving your <b>weekly offers</b> email and the &quot;Home Cover Tips&quot; newsletter even though I clicked unsubscribe twice.",
         "Please remove me from <u>all</u> your marketing lists.",
         "Gwendolyn Abara"),
    R(["Opposition"], "gwen.abara@homemail.example", "Gwendolyn", "Abara"),
    ct=HTML)

add("en-10-inspection-photos", "Reginald Osei-Tutu <reggie.ot@inbox.example>",
    "Your so-called home inspection",
    """To whom it may concern,

I have been a customer for nine years and never made a single claim. In October your inspector came round for what I was told would be a "quick roof and boiler check" before renewal. He was in my house for nearly an hour. He photographed every room, including my daughter's bedroom and my study with my bank statements on the desk, and when I asked why, he said "it's all for the file, mate".

Then the renewal arrived 40% higher, with a note about "contents risk factors". Nobody explained anything. When I rang the helpline I waited 52 minutes and was told the inspection report is "internal".

I want those photographs of the inside of my home deleted. They had nothing to do with a roof or a boiler. I also want to know who has seen them, whether they were sent to the insurer or anyone else, and how long you were planning to keep them.

I am seriously considering moving my policy elsewhere.

Reginald Osei-Tutu
07700 900 318
""",
    R(["Erasure", "Information"], "reggie.ot@inbox.example", "Reginald", "Osei-Tutu"))

add("en-11-credit-mixup-restrict", "Anwen Prys-Jenkins <anwen.pj@post.example>",
    "Wrong credit record - please stop using it",
    """Dear DPO,

Your quote declined me because of a county court judgment. That judgment belongs to an Anwen Jenkins who lived at my previous address before me, not to me (different date of birth: mine is 9 May 1988).

Please correct your records so they stop linking me to her, and until this is sorted out do not use that credit information for anything else, including my renewal.

Kind regards,
Anwen Prys-Jenkins
""",
    R(["Rectification", "Restriction"], "anwen.pj@post.example", "Anwen", "Prys-Jenkins"))

add("en-12-parent-son-app", "Deborah Kwiatkowski <deb.kwiatkowski@familymail.example>",
    "My son's account",
    """Hello,

My son Jakub (15) signed up for the Acme Plus app on his phone to get free doughnuts, using his school email jakub.kw@school.example. He is under age and I did not consent to this. Please delete his account and everything you have about him.

I'm his mother, happy to provide proof.

Deborah Kwiatkowski
""",
    R(["Erasure"], "deb.kwiatkowski@familymail.example", "Jakub", "Kwiatkowski",
      representative="Deborah Kwiatkowski"))

add("en-13-heir-mother", "Alastair Nkemelu <a.nkemelu@mailbox.example>",
    "My late mother's accounts",
    """Dear Sir/Madam,

My mother, Mrs Grace Nkemelu, passed away on 19 October. I am the executor of her estate. She had a loyalty card with you and home insurance through your brokerage (policy HH-51093822).

Please close the loyalty account and erase her personal data, and stop all post addressed to her, which is distressing for my father. I will deal with the insurance policy separately with your customer team. I can send the death certificate and the grant of probate.

Yours sincerely,
Alastair Nkemelu
""",
    R(["Erasure", "Opposition"], "a.nkemelu@mailbox.example", "Grace", "Nkemelu",
      representative="Alastair Nkemelu"))

add("en-14-family-replyto", "The Pembertons <pemberton.family@homemail.example>",
    "data request",
    """Hi,

This is Lucy Pemberton. The loyalty card is registered to our family email but it's mine. Could you tell me what personal data you hold on me and send me a copy? Please reply to my own address, not the family one.

Lucy
""",
    R(["Access"], "lucy.pemberton@mailbox.example", "Lucy", "Pemberton"),
    headers=["Reply-To: Lucy Pemberton <lucy.pemberton@mailbox.example>"])

add("en-15-points-missing", "Faisal Haddad-Rhodes <faisal.hr@inbox.example>",
    "Points not credited",
    """Hello, my points from my shop on Saturday (Kingsmead store, £86.40) still haven't appeared on my card. Can you sort it? Card 6034 1188 2290.
Faisal
""",
    R(["Unknown"], "faisal.hr@inbox.example", "Faisal", "Haddad-Rhodes"))

add("en-16-cctv-footage", "Oluwaseun Marchetti <seun.marchetti@post.example>",
    "CCTV footage request",
    """Dear Acme,

On Thursday 12 November around 17:40 I was stopped by a security guard at your Riverside Parade store and accused of not scanning an item at the self-checkout. I want a copy of the CCTV footage of me from the self-checkout area and the entrance between 17:30 and 18:00 that day, and any incident report written about me.

I was wearing a green parka and a grey beanie.

Oluwaseun Marchetti
""",
    R(["Access"], "seun.marchetti@post.example", "Oluwaseun", "Marchetti"))

add("en-17-where-address-from", "Clementine Urquhart <c.urquhart@oldmail.example>",
    "Where did you get my address?",
    """I have never been a customer of Acme Home Insurance, yet today I received a letter addressed to me by name offering "a home cover quote tailored to your property". Where did you get my name and address from? And please stop writing to me.

C. Urquhart
""",
    R(["Information", "Opposition"], "c.urquhart@oldmail.example", "Clementine", "Urquhart"))

add("en-18-iphone-oneliner", "Mark Delacroix-Hale <markdh@icloudy.example>",
    "Account",
    """Please delete my Acme Plus account.

Sent from my iPhone
""",
    R(["Erasure"], "markdh@icloudy.example", "Mark", "Delacroix-Hale"))

add("en-19-claims-to-new-broker", "Niamh O'Sullivan-Reyes <niamh.osr@mailbox.example>",
    "Claims history \u2013 copy and transfer",
    """Hello,

I\u2019m switching my home insurance to another broker at renewal. Could you please:

\u2022 send me a copy of my claims history and the data you hold about my policy, and
\u2022 send the same claims history in a standard electronic format directly to my new broker, Harbourline Insurance Services (transfers@harbourline.example)?

My policy number is HH-70345561. Thanks in advance \u2013 the renewal date is 1 December.

Niamh O\u2019Sullivan-Reyes
""",
    R(["Access", "Portability"], "niamh.osr@mailbox.example", "Niamh", "O'Sullivan-Reyes"),
    ct=CP1252, encode="cp1252")

add("en-20-profiling-offers", "Ezekiel Thornbury <zeke.thornbury@fastmail.example>",
    "Personalised coupons",
    """Hi,

Your app keeps giving me coupons for nappies and baby formula. We lost our baby in the spring and it's painful every time. I understand this is because you analyse my shopping. I object to you profiling my purchases to target offers at me - please switch it off for good. I'm happy to keep the card for points only.

Ezekiel Thornbury
""",
    R(["Opposition"], "zeke.thornbury@fastmail.example", "Ezekiel", "Thornbury"))

add("en-21-dob-no-display", "kezia.baptiste@webmail.example",
    "wrong date of birth",
    """hey could you fix my date of birth on my account, it's 14/03/1979 not 14/03/1997, your system thinks im 29 lol
kezia baptiste-moreau
""",
    R(["Rectification"], "kezia.baptiste@webmail.example", "Kezia", "Baptiste-Moreau"))

add("en-22-deputy-dementia", "Rupert Vandersloot <rupert.vandersloot@deputyservices.example>",
    "Access request on behalf of Mrs Edith Carrow (Court of Protection deputy)",
    """Dear Data Protection Officer,

I am the Court of Protection appointed property and affairs deputy for Mrs Edith Carrow, date of birth 2 February 1937, who has advanced dementia and now lives in residential care.

Her family have noticed that several home insurance add-ons were sold to her by telephone in 2025 and 2026. In order to review these sales, I request, on her behalf, a copy of all personal data you hold about her, in particular records and recordings of telephone sales calls and the documents sent to her.

A copy of the deputyship order is attached.

Yours sincerely,
Rupert Vandersloot
Senior Deputy, Vandersloot Deputy Services
""",
    R(["Access"], "rupert.vandersloot@deputyservices.example", "Edith", "Carrow",
      representative="Rupert Vandersloot"))

add("en-23-fwd-store-desk", "Kirsty Lamb <kirsty.lamb@acme-corp.example>",
    "Fwd: please remove me",
    """Hi privacy team, this came into the customer services inbox at the Dunmore store. Customer wants everything removed. Can you handle? Thanks, Kirsty

Kirsty Lamb | Customer Services Supervisor, Dunmore | Acme

---------- Forwarded message ---------
From: Bartholomew Ingleby <bart.ingleby@oldmail.example>
Date: Sat, 14 Nov 2026 at 10:12
Subject: please remove me
To: dunmore.customerservices@acme-corp.example

I've closed my card at the till but I want all my details wiped from your systems, including the purchase history. I don't want to be in your database at all.
Bart Ingleby
""",
    R(["Erasure"], "bart.ingleby@oldmail.example", "Bartholomew", "Ingleby"))

add("en-24-fwd-attached-calls", "Declan Mahony <declan.mahony@acme-corp.example>",
    "FW: call recordings request",
    "",
    R(["Access"], "yasmin.terrell@inbox.example", "Yasmin", "Terrell"),
    attached=("Yasmin Terrell <yasmin.terrell@inbox.example>", "Recordings of my calls",
              """Hello,

I spoke to your claims line at least six times about my storm damage claim (ref CL-559102). I was promised things on the phone that are now being denied. I'd like copies of all the recordings of my calls and the notes your agents wrote.

Yasmin Terrell
"""),
    note="Forwarding this from the claims mailbox - customer asking for her call recordings, I think that's one for you. Declan (Claims Handling, Home)")

add("en-25-quoted-withdraw", "Hamish Abernethy-Lowe <hamish.al@mailbox.example>",
    "Re: Your question about partner offers",
    """Thanks, but that doesn't answer it. I withdraw my consent to my data being shared with your "partners" for offers, full stop. And delete the marketing profile you've built.

Hamish

On Wed, 11 Nov 2026 at 14:03, Acme Customer Care <care@acme-corp.example> wrote:
> Dear Hamish,
> Thank you for contacting Acme. Our partner offers are carefully selected to
> bring you value. You can manage your preferences in the app under Settings.
> Kind regards, Acme Customer Care
>
> > Why am I getting emails from an energy company saying they got my details
> > through "Acme partner offers"?
""",
    R(["Opposition", "Erasure"], "hamish.al@mailbox.example", "Hamish", "Abernethy-Lowe"))

# ---------------------------------------------------------------- tasks

add("en-26-task-dpa-analytics", "Gemma Richardson-Oduya <gemma.richardson@acme-corp.example>",
    "DPA review - BasketIQ analytics",
    """Hi all,

Procurement is close to signing with BasketIQ for the new loyalty basket analytics (they'd get pseudonymised transaction data for all Acme Plus members). Their data processing agreement is attached - could privacy review it, especially the sub-processor list and the international transfers clause? We'd like to sign by 4 December.

Thanks,
Gemma Richardson-Oduya
Senior Buyer, Indirect Procurement
""",
    TASK("gemma.richardson@acme-corp.example", "Gemma", "Richardson-Oduya"))

add("en-27-task-dpia-leak-sensors", "Oscar Pennington <oscar.pennington@acme-corp.example>",
    "DPIA needed? smart water-leak sensors",
    """Hello privacy,

The home insurance team wants to pilot free smart water-leak sensors for 2,000 policyholders next spring, with a premium discount if they keep them online. The sensors send usage and alert data to the vendor's cloud and we'd get a monthly risk score. I assume we need a DPIA before launch - can we book time with you to start one?

Oscar Pennington
Product Manager, Home Insurance
""",
    TASK("oscar.pennington@acme-corp.example", "Oscar", "Pennington"))

add("en-28-task-ropa-cctv", "Lindiwe Carmichael <lindiwe.carmichael@acme-corp.example>",
    "Register of processing - new CCTV at 12 stores",
    """Hi,

Facilities have installed the new CCTV with facial-blurring at 12 stores (list attached). Could you update the record of processing for store CCTV and let me know if the signage text needs changing? Retention is now 31 days instead of 28.

Thanks
Lindiwe
Loss Prevention Manager
""",
    TASK("lindiwe.carmichael@acme-corp.example", "Lindiwe", "Carmichael"))

add("en-29-task-reinsurer-questionnaire", "Victor Agbaje <victor.agbaje@acme-corp.example>",
    "Vendor security & privacy questionnaire from Northgate Re - due Friday",
    """Hi team,
Northgate Re sent their annual privacy and security questionnaire (84 questions, spreadsheet attached). Sections C and D are about data protection (retention, DPO, DSAR handling, breach log). Could you fill those in by Friday? I'll do the IT sections.
Victor Agbaje, IT Risk
""",
    TASK("victor.agbaje@acme-corp.example", "Victor", "Agbaje"))

# ---------------------------------------------------------------- incidents

add("en-30-inc-laptop-car", "Fergus Templeton <fergus.templeton@acme-corp.example>",
    "URGENT laptop stolen",
    """Hi, my work laptop was stolen from my car last night outside my house in Leeds. It had a local copy of the October claims spreadsheet (about 1,400 claimants, names, addresses, claim amounts, some bank details). I think the disk is encrypted but I'm not 100% sure. Reported to police (crime ref 13/88412/26) and IT service desk. What else do I need to do?

Fergus Templeton
Claims Analyst
07700 900 552
""",
    INC("fergus.templeton@acme-corp.example", "Fergus", "Templeton"))

add("en-31-inc-wrong-renewal", "Patience Holloway <patience.holloway@mailbox.example>",
    "I got someone else's renewal letter",
    """Hello,

Today I received in the post a home insurance renewal letter from you addressed to a Mr D. Ferreira at a different address, with his policy number, premium, his date of birth and details of a previous claim. It was in an envelope with my name and address on it. I haven't kept a copy but I'll post it back if you want. Not impressed - I wonder who got mine.

Patience Holloway
""",
    INC("patience.holloway@mailbox.example", "Patience", "Holloway"))

add("en-32-inc-phish-click", "Ravi Subramaniam <ravi.subramaniam@acme-corp.example>",
    "I think I clicked a phishing link",
    """Hi - about 20 minutes ago I got an email that looked like it came from our payroll provider, clicked the link and typed my Acme login and password. Then the page went blank. I've changed my password now. My account has access to the loyalty CRM. Sorry!! Not sure who to tell so telling you and IT.

Ravi
Marketing Executive, Loyalty
""",
    INC("ravi.subramaniam@acme-corp.example", "Ravi", "Subramaniam"))

add("en-33-inc-app-other-customer", "Bronwyn Castellanos <bronwyn.c@inbox.example>",
    "your app is showing me someone else's shopping",
    """I logged into the Acme Plus app this morning and the "My receipts" section shows receipts that are not mine - a different store in a town I've never been to, and at the top it says "Hello Marcus". I can see his card number and everything he bought. This is a serious privacy problem, someone should look at it. I took screenshots.

Bronwyn Castellanos
""",
    INC("bronwyn.c@inbox.example", "Bronwyn", "Castellanos"))

# ---------------------------------------------------------------- follow-ups

add("en-34-fu-dsr-waiting", "Horace Mbatha <horace.mbatha@post.example>",
    "Re: [DSR-48213] We have received your request",
    """It has now been five weeks since you sent this acknowledgement and I still have nothing. The law gives you one month. When will I get my data?

Horace Mbatha

> Thank you for your request. Your reference is DSR-48213.
> We will respond within one month.
""",
    FU("48213", "horace.mbatha@post.example", "Horace", "Mbatha"))

add("en-35-fu-irt-claim", "Tomasz Whitfield-Nowak <t.whitfieldnowak@inbox.example>",
    "Re: Claim HC-2026-118834 rejected by a computer?",
    """Adding to my email from this morning: I have now found the plumber's report which confirms the pipe burst suddenly (not a slow leak, which is what your decline letter suggests). I can send it to whoever does the human review.

Tomasz
""",
    FU(ref("en-04-claim-auto-rejected"), "t.whitfieldnowak@inbox.example", "Tomasz", "Whitfield-Nowak"),
    headers=irt("en-04-claim-auto-rejected"))

add("en-36-fu-dsr-id", "Lakshmi Venkataraman <lakshmi.v@mailbox.example>",
    "RE: [DSR-50977] Identity verification",
    """Hello,

As requested, please find attached a scan of my driving licence and a recent utility bill. Please go ahead with my request.

Regards,
Lakshmi Venkataraman

-----Original Message-----
From: Acme Privacy <privacy@acme-corp.example>
Subject: [DSR-50977] Identity verification

To process your request we need to verify your identity...
""",
    FU("50977", "lakshmi.v@mailbox.example", "Lakshmi", "Venkataraman"))

# ---------------------------------------------------------------- ignored

add("en-37-spam-delete-brokers", "GDPR Shield Team <compliance@gdpr-shield-now.example>",
    "Your company data is exposed on 312 broker sites - act now",
    """Dear Privacy Officer,

Our scan found that acme-corp.example personal data appears on 312 data broker websites. Regulators are issuing fines up to 4% of turnover.

For only $299/month GDPR Shield will automatically DELETE your data from all brokers and keep it deleted. Book a free demo today and receive our 2027 GDPR checklist.

Click here: http://gdpr-shield-now.example/deal?id=8812

To stop receiving these emails reply REMOVE.
""",
    IGN("spam", "compliance@gdpr-shield-now.example"),
    headers=SPAM_HDR)

add("en-38-phish-mailbox", "IT Helpdesk <helpdesk@acme-corp-mail.example>",
    "Action required: privacy mailbox storage limit reached",
    """Your mailbox privacy@acme-corp.example has reached 99% of its storage quota. Incoming messages will be rejected within 24 hours.

To keep your messages, verify your account here: http://acme-corp-mail.example/owa/verify

IT Helpdesk
""",
    IGN("spam", "helpdesk@acme-corp-mail.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mail.example")])

add("en-39-ooo", "Sandra Whitcombe <sandra.whitcombe@harbourline.example>",
    "Automatic reply: Claims history transfer",
    """Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For urgent matters please contact transfers@harbourline.example.

Sandra Whitcombe
""",
    IGN("auto_reply", "sandra.whitcombe@harbourline.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-40-newsletter", "Retail Data Weekly <newsletter@retaildataweekly.example>",
    "This week: loyalty data, AI pricing and the ICO",
    """RETAIL DATA WEEKLY - Issue 212

* Why loyalty schemes are the new data goldmine
* The ICO's view on AI-driven pricing
* Webinar: subject access requests at scale

You are receiving this because you subscribed at retaildataweekly.example.
Unsubscribe: https://retaildataweekly.example/unsub
""",
    IGN("bulk", "newsletter@retaildataweekly.example"),
    headers=["List-Id: Retail Data Weekly <weekly.retaildataweekly.example>",
             "List-Unsubscribe: <https://retaildataweekly.example/unsub>",
             "Precedence: bulk"])
