from common import *  # part en: written blind

add("en-01-what-have-you-got", "kwame.asante77@mailbox.example", "data",
    "what info have you lot got on me? registered with you years ago for warehouse shifts\n",
    R(["Access"], "kwame.asante77@mailbox.example"))

add("en-02-video-interview-score",
    "Aoife Gallagher <aoife.gallagher@inbox.example>",
    "Rejected by a computer?",
    "Hello,\n\n"
    "Last Tuesday I did one of your recorded video interviews for the Customer Success role "
    "(reference CS-2291). Forty minutes later I got an email saying I hadn't progressed. Nobody "
    "can watch six answers and decide in forty minutes, so I assume the software your agency uses "
    "scored me and that was that.\n\n"
    "I'd like a real person to look at my interview again and make the decision, not the algorithm. "
    "I'd also like to see the scores and whatever notes or ratings the tool produced about me - "
    "tone of voice, 'enthusiasm', whatever it measures.\n\n"
    "Thanks,\nAoife Gallagher\n",
    R(["AutomatedDecision", "Access"], "aoife.gallagher@inbox.example", "Aoife", "Gallagher"))

add("en-03-delete-reader-account",
    "Harold Pemberton <h.pemberton@oldmail.example>",
    "Close my online account",
    "Dear Sir or Madam\n\n"
    "I have cancelled my digital subscription to the Chronicle as of this month. Please would you "
    "now remove my reader account altogether, together with my card details, my reading history and "
    "anything else you have stored against my name. I do not wish to be kept on file.\n\n"
    "Yours faithfully\nHarold Pemberton\n",
    R(["Erasure"], "h.pemberton@oldmail.example", "Harold", "Pemberton"))

add("en-04-angry-delivery-calls",
    "Bernadette Mulligan <bernie.mulligan@homenet.example>",
    "ENOUGH",
    "I have had it with your company. Let me explain because clearly nobody in your customer service "
    "team reads anything.\n\n"
    "Back in March my husband took out the weekend print subscription. The Saturday paper turned up "
    "soaking wet on the doorstep three weeks running because your delivery lad throws it over the "
    "gate. We complained. We got a voucher. In July my husband passed away and I cancelled the "
    "subscription, which took four phone calls and a letter.\n\n"
    "Since then I have been rung at least twice a week, at teatime, by someone from your sales team "
    "trying to ‘win me back’ with a £5-a-month offer. I have told every single one of them I am not "
    "interested. Last Thursday one of them asked for my husband by name. Do you have any idea how "
    "that feels?\n\n"
    "I want these phone calls to stop, permanently. Take my number off whatever list it is on and "
    "do not ring this house again to sell me anything. I am not interested in the offer and I am not "
    "interested in a voucher.\n\n"
    "I will be speaking to the Information Commissioner if this carries on.\n\n"
    "B. Mulligan (Mrs)\n",
    R(["Opposition"], "bernie.mulligan@homenet.example", "Bernadette", "Mulligan"),
    ct=CP1252, encode="cp1252")

add("en-05-art20-cv-transfer",
    "Dr Oluwaseun Adebayo <o.adebayo@consultmail.example>",
    "Request under Article 20 UK GDPR",
    "Dear Data Protection Officer,\n\n"
    "Re: Data portability - candidate profile\n\n"
    "I was registered with your agency as a locum pharmacist from 2021 to 2025. Pursuant to "
    "Article 20 of the UK GDPR, I request that you provide the personal data I supplied to you "
    "(my CV, qualifications, right-to-work documents and availability records) in a structured, "
    "commonly used and machine-readable format, such as JSON or CSV, so that I may pass it to "
    "another agency.\n\n"
    "Once this has been supplied, I further request the erasure of my candidate profile under "
    "Article 17, as I no longer wish to be represented by you.\n\n"
    "Please confirm receipt within the statutory period.\n\n"
    "Yours sincerely,\n\n"
    "Dr Oluwaseun Adebayo MPharm\n"
    "Tel. 07700 900417\n",
    R(["Portability", "Erasure"], "o.adebayo@consultmail.example", "Oluwaseun", "Adebayo"))

add("en-06-payslip-name",
    "Siobhán Ní Bhriain <siobhan.nibhriain@webpost.example>",
    "my name is spelt wrong on payslips",
    "Hi there,\n\n"
    "I've been temping with you at the distribution centre since September and every payslip has my "
    "surname as 'Nibrian'. It's Ní Bhriain (two words, with the fada on the i). The bank has queried "
    "it twice now. Can you fix it on your payroll records please, and on my P60 when it comes out.\n\n"
    "Also my address changed in October - it's now 14 Carrick Road, not Apartment 3. Could you change "
    "that too?\n\n"
    "Cheers\nSiobhán\n\n"
    "Sent from my Galaxy\n",
    R(["Rectification"], "siobhan.nibhriain@webpost.example", "Siobhán", "Ní Bhriain"))

add("en-07-background-check-hold",
    "Marcus Thibodeaux <marcus.t@fastmail.example>",
    "Background check is wrong - please put it on hold",
    "Hi,\n\n"
    "Your background screening for my placement at Northgate Logistics came back with a county court "
    "judgment that isn't mine. There's another Marcus Thibodeaux in Leeds, born the same year. I've "
    "raised it with the credit reference agency and they're looking into it.\n\n"
    "Until they come back, please don't use that report or send it to Northgate or any other client. "
    "I'm not asking you to delete it - I may need it to show what went wrong - just keep it locked "
    "away and unused until this is sorted.\n\n"
    "Thank you,\nMarcus Thibodeaux\n07700 900 632\n",
    R(["Restriction"], "marcus.t@fastmail.example", "Marcus", "Thibodeaux"))

add("en-08-where-did-you-get-my-number",
    "Rajesh Venkataraman <rajesh.v@corpmail.example>",
    "How did your recruiter get my details?",
    "Hello,\n\n"
    "One of your recruiters, a 'Jess', phoned me at work yesterday about a finance director role. "
    "I have never applied to your agency or sent you a CV. Where did you obtain my name, mobile "
    "number and current employer? And how long do you plan to keep them? I'd also like to know "
    "whether you've passed my profile to any of your clients already.\n\n"
    "Regards,\nRajesh Venkataraman\n",
    R(["Information"], "rajesh.v@corpmail.example", "Rajesh", "Venkataraman"))

add("en-09-caps-stop-emails",
    "GORDON MCALLISTER <gordon.mcallister@postbox.example>",
    "STOP EMAILING ME",
    "I DO NOT WANT YOUR DAILY BRIEFING OR YOUR OFFERS OR YOUR SURVEYS. I HAVE CLICKED UNSUBSCRIBE "
    "THREE TIMES. TAKE ME OFF EVERY LIST YOU HAVE.\n\nGORDON MCALLISTER\n",
    R(["Opposition"], "gordon.mcallister@postbox.example", "Gordon", "McAllister"))

add("en-10-paywall-tracking-html",
    "Ingrid Solberg <ingrid.solberg@north.example>",
    "Question about tracking on your website",
    html("Hi,",
         "I read a few articles a month on your site without a subscription and I keep getting the "
         "'you have 1 free article left' banner, even in a private window. So you are clearly "
         "recognising me somehow.",
         "Could you explain what you use to track how many articles I read, what else you record "
         "about my reading (topics? time spent?), and which advertising or analytics companies "
         "receive that information? I'm not asking you to delete anything, I just want to understand "
         "it.",
         "Thanks,<br>Ingrid Solberg"),
    R(["Information"], "ingrid.solberg@north.example", "Ingrid", "Solberg"), ct=HTML)

add("en-11-parent-son-comments",
    "Deborah Whitfield <debs.whitfield@familymail.example>",
    "My son's comments on your website",
    "Hello,\n\n"
    "My son Callum Whitfield is 16. Last year he created an account on your news site and posted a "
    "lot of comments under his full name, some of which he now bitterly regrets (they come up when "
    "you google him and he's applying for sixth form and part-time jobs).\n\n"
    "As his mother I'm asking you to take down all of his comments and remove his account. His "
    "username was callum_w09 and the account email was callumw09@familymail.example. He's next to me "
    "and agrees with this.\n\n"
    "Many thanks,\nDeborah Whitfield\n",
    R(["Erasure"], "debs.whitfield@familymail.example", "Callum", "Whitfield",
      representative="Deborah Whitfield"))

add("en-12-family-address-replyto",
    "The Okonkwo Family <okonkwo.household@homenet.example>",
    "Temp work records",
    "Good afternoon,\n\n"
    "I did temporary admin work through your Croydon branch in 2022 and 2023. I'd like to see "
    "everything you still have on me - timesheets, the assessments you made me do, any notes from "
    "the consultants. After I've had a look, please get rid of all of it, I'm not coming back.\n\n"
    "Please reply to my own email, not this family one.\n\n"
    "Chidi Okonkwo\n",
    R(["Access", "Erasure"], "chidi.okonkwo@webpost.example", "Chidi", "Okonkwo"),
    headers=["Reply-To: Chidi Okonkwo <chidi.okonkwo@webpost.example>"])

add("en-13-recruiter-forward-inline",
    "Tom Barraclough <tom.barraclough@acme-corp.example>",
    "FW: my file",
    "Hi privacy team,\n\n"
    "Candidate below wants to see what we hold. She was on my desk for the nursing assignments. "
    "Over to you - let me know if you need anything from Bullhorn.\n\n"
    "Tom\n\n"
    "Tom Barraclough | Senior Consultant, Healthcare\n"
    "Acme Corp Recruitment | 0113 496 0021\n\n"
    "---------- Forwarded message ---------\n"
    "From: Priya Raghunathan <priya.raghu@nhsmail.example>\n"
    "Date: Fri, 13 Nov 2026 at 21:14\n"
    "Subject: my file\n"
    "To: Tom Barraclough <tom.barraclough@acme-corp.example>\n\n"
    "Hi Tom, hope you're well. Quick one - could I get a copy of everything the agency has on file "
    "about me, including the references you collected from St Luke's? I'd like to check what they "
    "said.\n\nThanks, Priya\n",
    R(["Access"], "priya.raghu@nhsmail.example", "Priya", "Raghunathan"))

add("en-14-forward-attached-profiling",
    "Sandra Kowalczyk <sandra.kowalczyk@acme-corp.example>",
    "FW: Reader complaint - ads",
    None,
    R(["Opposition"], "lenny.fairbrother@readermail.example", "Leonard", "Fairbrother"),
    note="Hi both,\n\nThis one came in to the subscriber helpdesk, I think it's for you rather than us. "
         "He's a premium subscriber, account 88231-P.\n\nSandra\nReader Services Team Lead",
    attached=("Leonard Fairbrother <lenny.fairbrother@readermail.example>", "Adverts",
              "To whoever deals with this,\n\n"
              "I pay for a premium subscription and I still see adverts that are obviously based on "
              "what I've been reading on your site (I read two articles about hearing aids and now "
              "it's hearing aids everywhere). I don't consent to that. Stop building an advertising "
              "profile on me and stop sharing my reading with ad networks.\n\n"
              "I'm NOT cancelling, I like the paper, I just want this to stop.\n\n"
              "Leonard Fairbrother\n"))

add("en-15-paper-not-delivered",
    "Maureen O'Sullivan <maureen.osullivan@homenet.example>",
    "no paper",
    "Hello, my paper has not come since Wednesday. 22 Elm Grove. Is there a problem with the "
    "delivery round? Can someone ring me. Maureen O'Sullivan 01632 960 114\n",
    R(["Unknown"], "maureen.osullivan@homenet.example", "Maureen", "O'Sullivan"))

add("en-16-take-my-cv-off",
    "jaydenbrooks99@quickmail.example", "cv",
    "hi can u take my cv off ur system i got a full time job now dont need the agency anymore thx jayden\n",
    R(["Erasure"], "jaydenbrooks99@quickmail.example", "Jayden", None))

add("en-17-solicitor-dsar",
    "Eleanor Hargreaves <e.hargreaves@hargreaves-law.example>",
    "Subject Access Request - our client Mr Dmitri Volkov",
    "Dear Sirs,\n\n"
    "We act for Mr Dmitri Volkov of 7 Harbour View, Southampton, who was engaged by you as a temporary "
    "warehouse operative between January and August 2026. A signed form of authority is attached.\n\n"
    "On behalf of our client, we make a subject access request under Article 15 UK GDPR and "
    "section 45 of the Data Protection Act 2018. Please provide all personal data relating to our "
    "client, including but not limited to: his candidate file; timesheets and payroll records; any "
    "disciplinary or performance notes; correspondence between your consultants and the client site "
    "concerning his assignment ending; and any references provided about him.\n\n"
    "Please send your response to this office.\n\n"
    "Yours faithfully,\n\n"
    "Eleanor Hargreaves\nSolicitor, Employment Team\nHargreaves & Lowe LLP\n\n"
    "This email is confidential and may be legally privileged. If you are not the intended recipient "
    "please notify the sender and delete it.\n",
    R(["Access"], "e.hargreaves@hargreaves-law.example", "Dmitri", "Volkov",
      representative="Eleanor Hargreaves"))

add("en-18-referee-consent-and-title",
    "Javier Montoya <javier.montoya@mailhub.example>",
    "References + profile",
    "Hi,\n\n"
    "Two things:\n\n"
    "1) I previously agreed that you could contact my last manager at Brightwell as a referee. I'm "
    "taking that back - please don't contact Brightwell about me at all, for this or any future "
    "role.\n\n"
    "2) My profile still says 'Junior Analyst'. I've been a Senior Data Analyst for two years. "
    "Please correct it before it goes to any more clients.\n\n"
    "Thanks\nJavier Montoya\n",
    R(["Opposition", "Rectification"], "javier.montoya@mailhub.example", "Javier", "Montoya"))

add("en-19-task-video-vendor-dpa",
    "Fiona Drummond <fiona.drummond@acme-corp.example>",
    "DPA review needed - HireLens video interviewing",
    "Hi team,\n\n"
    "Procurement are about to sign with HireLens for the video interviewing platform (replacing the "
    "current one from January). Their data processing agreement is attached, plus their sub-processor "
    "list - some of it is hosted in the US. Could you review the DPA and let me know if we need "
    "changes before legal signs? Target signature date is 4 December.\n\n"
    "Thanks,\nFiona\n\n"
    "Fiona Drummond\nProcurement Manager | Acme Corp\n",
    TASK("fiona.drummond@acme-corp.example", "Fiona", "Drummond"))

add("en-20-task-dpia-paywall",
    "Nikhil Desai <nikhil.desai@acme-corp.example>",
    "DPIA for new paywall personalisation",
    "Hello privacy,\n\n"
    "The digital product team want to launch dynamic paywall pricing in Q1 - the meter and the offer "
    "shown will depend on a propensity-to-subscribe score built from reading behaviour. Legal said "
    "we probably need a DPIA. Can we book a slot with you next week to kick it off? I can share the "
    "design doc.\n\n"
    "Nikhil Desai\nHead of Digital Product\n",
    TASK("nikhil.desai@acme-corp.example", "Nikhil", "Desai"))

add("en-21-task-register-screening",
    "Gwen Parry <gwen.parry@acme-corp.example>",
    "new screening supplier - register",
    "Hiya, we've switched background check providers from Veritas to ClearPath as of 1 Nov. "
    "Can you update the record of processing activities and the candidate privacy notice so they "
    "name the new provider? Happy to send the contract.\n\nGwen\nCompliance Coordinator, Temp Division\n",
    TASK("gwen.parry@acme-corp.example", "Gwen", "Parry"))

add("en-22-inc-laptop-car",
    "Liam Fitzgerald <liam.fitzgerald@acme-corp.example>",
    "URGENT - laptop stolen",
    "Hi,\n\n"
    "My car was broken into last night outside my house and my work laptop was taken from the boot. "
    "It has my Outlook and a folder of candidate CVs for the Bristol engineering campaign saved "
    "locally (maybe 60-70 CVs). It's BitLocker encrypted I think but I'm not 100% sure. I've reported "
    "it to the police (crime ref 4419/26) and IT.\n\n"
    "What else do I need to do?\n\n"
    "Liam Fitzgerald\nRecruitment Consultant, Engineering\n07700 900 881\n",
    INC("liam.fitzgerald@acme-corp.example", "Liam", "Fitzgerald"))

add("en-23-inc-someone-elses-payslip",
    "Anjali Menon <anjali.menon@inbox.example>",
    "I've been sent someone else's payslip",
    "Hello,\n\n"
    "This week's payslip email from your payroll has come through with a PDF for a different person - "
    "a Mr K. Lindqvist, with his National Insurance number, bank details and hours. I haven't "
    "forwarded it to anyone. I've not received my own.\n\n"
    "Please could you sort this and let me know whether I should delete it.\n\n"
    "Anjali Menon\n",
    INC("anjali.menon@inbox.example", "Anjali", "Menon"))

add("en-24-inc-phishing-crm",
    "Carys Lloyd <carys.lloyd@acme-corp.example>",
    "I think I clicked a dodgy link",
    "Morning - I got an email that looked like it was from Microsoft saying my password expired, "
    "clicked it and typed in my login before I realised the address was wrong. I'm on the subscriber "
    "services team so my account has access to the reader CRM (names, addresses, payment status). "
    "I've changed my password now. IT said to tell you as well.\n\n"
    "Carys\nSubscriber Services\n",
    INC("carys.lloyd@acme-corp.example", "Carys", "Lloyd"))

add("en-25-fu-dsr-overdue",
    "Patrick Kavanagh <paddy.kavanagh@mailhub.example>",
    "Re: [DSR-48213] We have received your request",
    "It's now been five weeks since this. A month is the limit as far as I know. When will I get my "
    "data?\n\nPatrick Kavanagh\n\n"
    "On 8 Oct 2026, privacy@acme-corp.example wrote:\n"
    "> Dear Patrick,\n"
    "> Thank you for your message. Your request has been registered under reference DSR-48213.\n"
    "> We will respond within one month.\n"
    "> Acme Corp Privacy Team\n",
    FU("48213", "paddy.kavanagh@mailhub.example", "Patrick", "Kavanagh"))

add("en-26-fu-account-still-live",
    "Harold Pemberton <h.pemberton@oldmail.example>",
    "Re: Close my online account",
    "Dear Sir or Madam\n\n"
    "Further to my letter below: I was still able to log in this morning. Has my account been "
    "removed or not?\n\n"
    "Harold Pemberton\n\n"
    "> I have cancelled my digital subscription to the Chronicle as of this month. Please would you\n"
    "> now remove my reader account altogether\n",
    FU(ref("en-03-delete-reader-account"), "h.pemberton@oldmail.example", "Harold", "Pemberton"),
    headers=irt("en-03-delete-reader-account"))

add("en-27-spam-data-broker-removal",
    "DataShield Pro <growth@datashield-pro.example>",
    "Your employees' personal data is for sale - we can delete it",
    "Hi there,\n\n"
    "Did you know the personal data of your staff is listed on 500+ data broker sites? Our GDPR-grade "
    "removal service automatically deletes it and keeps it deleted.\n\n"
    "Book a 15-minute demo this week and get 40% off your first year. Reply STOP to opt out.\n\n"
    "Kind regards,\nBrandon | DataShield Pro\n",
    IGN("spam", "growth@datashield-pro.example"), headers=SPAM_HDR)

add("en-28-spam-mailbox-verification",
    "Mail Administrator <admin@acme-c0rp-secure.example>",
    "Action required: verify your mailbox under new data protection policy",
    "Dear privacy@acme-corp.example,\n\n"
    "In compliance with the new data protection regulation your mailbox will be permanently DELETED "
    "within 24 hours unless you verify your account details.\n\n"
    "VERIFY NOW: http://acme-c0rp-secure.example/verify\n\n"
    "IT Helpdesk\n",
    IGN("spam", "admin@acme-c0rp-secure.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-c0rp-secure.example")])

add("en-29-auto-reply-ooo",
    "Helen Castellanos <helen.castellanos@clientco.example>",
    "Automatic reply: Your request",
    "Thank you for your email. I am out of the office until Monday 23 November with limited access "
    "to email. For urgent matters please contact hr@clientco.example.\n\nHelen\n",
    IGN("auto_reply", "helen.castellanos@clientco.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-30-bulk-hr-tech-newsletter",
    "TalentTech Weekly <news@talenttech-weekly.example>",
    "This week: AI hiring rules, right-to-work checks & more",
    "TALENTTECH WEEKLY - Issue 212\n\n"
    "- Regulators publish guidance on automated CV screening\n"
    "- Five things to check in your background screening contracts\n"
    "- Webinar: keeping candidate data for the right length of time\n\n"
    "You are receiving this because you subscribed at talenttech-weekly.example.\n"
    "Unsubscribe: https://talenttech-weekly.example/u/91a2\n",
    IGN("bulk", "news@talenttech-weekly.example"),
    headers=["List-Id: TalentTech Weekly <weekly.talenttech-weekly.example>",
             "List-Unsubscribe: <https://talenttech-weekly.example/u/91a2>",
             "Precedence: bulk"])
