from common import *  # part en: written blind

# ---------------------------------------------------------------- requests
add("en-01-wot-u-got", "kwame.b@postbox.example", "data",
    "hi wot info have u got stored about me from when i did the u16 football camp\n",
    R(["Access"], "kwame.b@postbox.example"))

add("en-02-photo-gallery", "Grace Okonkwo-Hart <grace.oh@meadowmail.example>",
    "Photos of my daughter on your website",
    "Hello,\n\n"
    "My daughter Lily Okonkwo-Hart (9) swims with the Riverside Dolphins. Last week a friend sent me a link to "
    "the gala gallery on your website and there are at least six pictures of Lily in her swimsuit, with her full "
    "name in the caption. I never ticked any box agreeing to that.\n\n"
    "Please take those pictures down and remove her name from the captions. And from now on I do not want any "
    "photo of her going on the website, social media or the newsletter.\n\n"
    "Thanks,\nGrace Okonkwo-Hart\n07700 900412\n",
    R(["Erasure", "Opposition"], "grace.oh@meadowmail.example", "Lily", "Okonkwo-Hart",
      representative="Grace Okonkwo-Hart"))

add("en-03-caps", "DEREK PALMER <dpalmer1961@oldmail.example>", "STOP THE CAMP ADVERTS",
    "I HAVE TOLD YOUR CLUB TWICE NOW. MY GRANDSON HAS NOT PLAYED FOR 3 YEARS. "
    "I DO NOT WANT ANY MORE SUMMER CAMP BROCHURES, TEXT MESSAGES OR EMAILS SENT TO ME. TAKE MY DETAILS OFF "
    "WHATEVER LIST YOU USE FOR THIS. AND I WANT TO KNOW WHO GAVE YOU MY MOBILE NUMBER IN THE FIRST PLACE.\n\nD PALMER\n",
    R(["Opposition", "Information"], "dpalmer1961@oldmail.example", "Derek", "Palmer"))

add("en-04-formal-sar", "Ms Hannah Whitfield-Ross <h.whitfieldross@lawnet-mail.example>",
    "Subject access request - Article 15 UK GDPR / GDPR",
    "Dear Data Protection Officer,\n\n"
    "I write to make a subject access request under Article 15 of the General Data Protection Regulation.\n\n"
    "I was a volunteer team manager with the Northfield Netball section between 2021 and 2025. Please provide:\n"
    "  1. a copy of all personal data concerning me that you process, including e-mails and notes of the "
    "safeguarding committee in which I am named;\n"
    "  2. the purposes of the processing and the recipients to whom the data have been disclosed;\n"
    "  3. the period for which the data will be stored.\n\n"
    "In addition, your records still show my former address in Northfield; please amend it to "
    "22 Cedar Mews, Kingsbridge KB4 7TT.\n\n"
    "I expect a response within one month of receipt, as required by Article 12(3). My date of birth is "
    "14/02/1984 should you need it to locate my records.\n\n"
    "Yours faithfully,\n\nHannah Whitfield-Ross\n",
    R(["Access", "Rectification"], "h.whitfieldross@lawnet-mail.example", "Hannah", "Whitfield-Ross"))

add("en-05-misspelt-results", "jakub.nowak07@teenmail.example", "my name is spelt wrong",
    "hey, im in the u18 athletics squad at Eastbrook. on the results page of the county meet my surname is "
    "written Nowack, its Nowak with no c. also my club says 2008 born but im 2007. can somebody fix it "
    "because it shows up when people google me\n\nJakub\n",
    R(["Rectification"], "jakub.nowak07@teenmail.example", "Jakub", "Nowak"))

add("en-06-moving-away", "Siobhan McAllister <siobhan.mcallister@greenpost.example>",
    "Closing our account",
    "Hi there,\n\n"
    "We've relocated to Galway and none of us will be playing with the federation again. I don't need any "
    "paperwork or a summary sent to me - I'd simply like my login on the members' portal shut down and my "
    "personal details wiped from your systems once you no longer legally need them.\n\n"
    "Many thanks for everything over the years,\nSiobhan\n\nSent from my iPhone\n",
    R(["Erasure"], "siobhan.mcallister@greenpost.example", "Siobhan", "McAllister"))

add("en-07-transfer-records", "Ravi Chandrasekaran <ravi.c@trackmail.example>",
    "Export of my competition history",
    "Hello,\n\n"
    "I'm switching to the Harbour Athletic federation next season. Their registration system can import "
    "athlete histories from a spreadsheet. Could you send me my personal bests, race results and licence "
    "history as a CSV or Excel file (not a PDF please, they can't load those)?\n\n"
    "Cheers,\nRavi Chandrasekaran\n",
    R(["Portability"], "ravi.c@trackmail.example", "Ravi", "Chandrasekaran"))

add("en-08-medical-certs", "Fiona Lindqvist <fiona.lindqvist@northmail.example>",
    "Question about medical certificates",
    "Good evening,\n\n"
    "Every September we upload a doctor's certificate for each of our three children through the portal. "
    "I'm a bit uneasy about it. How long do you hold on to these certificates? Does the coach see them, or "
    "just the office? And are they passed to your insurer when there is an injury?\n\n"
    "I'm not asking for anything to be deleted, I'd just like to understand.\n\n"
    "Kind regards\nFiona Lindqvist\n",
    R(["Information"], "fiona.lindqvist@northmail.example", "Fiona", "Lindqvist"))

add("en-09-camp-scoring", "Marcus Delacroix-Bell <mdb@homefront.example>",
    "Elite camp application rejected by computer??",
    "To whom it may concern,\n\n"
    "My son Theo Delacroix-Bell applied for the elite tennis summer camp. Within two minutes of submitting "
    "the form he got an email saying he was 'not eligible based on his performance score'. Nobody at the "
    "club has ever watched him play this season; he was injured in the autumn, so of course his ranking "
    "points are low.\n\n"
    "I would like a real person to look at his application again, and I want to know what the score was "
    "based on. I don't accept a decision like this being made by an algorithm.\n\n"
    "Marcus Delacroix-Bell\n",
    R(["AutomatedDecision"], "mdb@homefront.example", "Theo", "Delacroix-Bell",
      representative="Marcus Delacroix-Bell"))

add("en-10-disciplinary", "Owen Pritchard <owen.pritchard@valleymail.example>",
    "Disputed disciplinary note",
    "Dear privacy team,\n\n"
    "I coach the U12 rugby side at Llanfair. I have learnt that a note was put on my file after the "
    "tournament in May saying I was 'verbally abusive to a referee'. That is simply not true and I have "
    "witnesses. I've appealed through the federation's disciplinary procedure.\n\n"
    "Until the appeal is decided, I ask that this note is not used, shown to other clubs or taken into "
    "account for my coaching licence renewal. I'm not asking you to remove it yet - just to put it on hold.\n\n"
    "I would also like to receive a copy of that note and of anything else held on my coaching file, so I can "
    "see exactly what was written.\n\n"
    "Regards,\nOwen Pritchard\nLevel 2 Coach\n",
    R(["Restriction", "Access"], "owen.pritchard@valleymail.example", "Owen", "Pritchard"))

add("en-11-html-two", "Adaeze Nwosu <adaeze.nwosu@brightmail.example>", "My information",
    html("Hi,",
              "I keep receiving your <b>Summer Camps 2027</b> mailings even though I unsubscribed in March. "
              "Please stop using my email for promotions altogether.",
              "Also I would like to see what you actually have on record about me - what was collected, "
              "when, and from where.",
              "Thanks,<br>Adaeze Nwosu"),
    R(["Access", "Opposition"], "adaeze.nwosu@brightmail.example", "Adaeze", "Nwosu"), ct=HTML)

add("en-12-refund-rant", "Colin Brennan <colin.brennan@townmail.example>",
    "Complaint - camp refund and more",
    "I am writing for the fourth time about the cancelled Easter multi-sport camp. We paid GBP 340 in "
    "January. The camp was cancelled two days before the start because of 'staffing issues' and we were "
    "promised a refund within 14 days. It is now November. I have phoned your office nine times, been put "
    "on hold for a total of what must be three hours, been told the finance person was on holiday, then "
    "that the refund had been sent (it had not), then that my bank details were wrong (they were not).\n\n"
    "Frankly I no longer trust how you handle anything. So in addition to my refund I am formally asking "
    "for everything your organisation holds about me: call notes, emails, payment records, whatever is on "
    "the system under my name.\n\n"
    "And yes, I will be leaving a review.\n\n"
    "Colin Brennan\n",
    R(["Access"], "colin.brennan@townmail.example", "Colin", "Brennan"))

add("en-13-fwd-inline", "Laura Simms <laura.simms@acme-corp.example>", "Fwd: please remove me",
    "Hi privacy team,\n\nThis came into the membership inbox, I think it's one for you.\n\nLaura\n"
    "Membership Services\n\n"
    "---------- Forwarded message ---------\n"
    "From: Tomasz Wiśniewski <t.wisniewski@polmail.example>\n"
    "Date: Sat, 14 Nov 2026 at 21:12\n"
    "Subject: please remove me\n"
    "To: <membership@acme-corp.example>\n\n"
    "Hello, I was registered as a parent helper for the 2024 season. I don't volunteer anymore. Please "
    "erase my details, my DBS reference and the copy of my passport I gave you.\n"
    "Tomasz Wiśniewski\n",
    R(["Erasure"], "t.wisniewski@polmail.example", "Tomasz", "Wiśniewski"))

add("en-14-fwd-attached", "Ben Achterberg <ben.achterberg@acme-corp.example>", "FW: change of address",
    "", R(["Rectification"], "noor.haddad@citymail.example", "Noor", "Haddad"),
    note="Forwarding this one as it came to the camps mailbox. She says the portal won't let her edit.\n\nBen",
    attached=("Noor Haddad <noor.haddad@citymail.example>", "change of address",
              "Hello,\n\nWe moved house in October, new address is 18 Larch Close, Bramford. The portal still "
              "shows our old flat and the camp letters are going there. Also my mobile is now 07700 900871. "
              "Please update.\n\nNoor Haddad\n"))

add("en-15-when-camp", "jess.t@quickmail.example", "summer camp dates",
    "Hi when does booking open for next year's summer camps and is there a sibling discount? "
    "couldnt find another email on the site sorry\n\nJess\n",
    R(["Unknown"], "jess.t@quickmail.example", "Jess", None))

add("en-16-family-replyto", "The Harrison Family <harrisons@familybox.example>",
    "Photos of me as coach",
    "Hello,\n\nI volunteer as assistant coach for the under-10s hockey. I agreed to my photo on the club "
    "page when I started but I'd now like to withdraw that consent - please don't use my picture in "
    "future posts or the coaches' page.\n\nPlease reply to my personal address, not the family one.\n\n"
    "Tom Harrison\n",
    R(["Opposition"], "tom.harrison@personalbox.example", "Tom", "Harrison"),
    headers=["Reply-To: Tom Harrison <tom.harrison@personalbox.example>"])

add("en-17-solicitor", "Priya Raman <p.raman@ramanlegal.example>",
    "Our client: Mr Daniel Osei - data subject access request",
    "Dear Sirs,\n\n"
    "We act for Mr Daniel Osei of 4 Quarry Lane, Hexley, in connection with an injury he sustained at "
    "your Hexley Juniors football tournament on 3 August 2026, at which he was a referee.\n\n"
    "On behalf of our client, and with his signed authority (enclosed), we request copies of all "
    "personal data you hold relating to him, in particular incident reports, first-aid records, photographs "
    "and correspondence relating to the tournament.\n\n"
    "Please send your response to this office.\n\n"
    "Yours faithfully\n\nPriya Raman\nSolicitor\nRaman & Co Legal LLP\nT: 020 7946 0321\n\n"
    "This email and any attachments are confidential and may be legally privileged. If you are not the "
    "intended recipient please notify the sender and delete it.\n",
    R(["Access"], "p.raman@ramanlegal.example", "Daniel", "Osei", representative="Priya Raman"))

add("en-18-late-father", "Elaine Fairbairn <elaine.fairbairn@glenmail.example>",
    "My late father's referee profile",
    "Hello,\n\n"
    "My father, Douglas Fairbairn, refereed junior badminton for your federation for over twenty years. "
    "He passed away in September. His profile, with his photo and phone number, is still on the "
    "officials page and people have been ringing my mother's house.\n\n"
    "As his daughter and executor, could you please delete his profile and his account?\n\n"
    "Thank you,\nElaine Fairbairn\n",
    R(["Erasure"], "elaine.fairbairn@glenmail.example", "Douglas", "Fairbairn",
      representative="Elaine Fairbairn"))

add("en-19-us-apps", "Sam Oduya <samoduya@pitchmail.example>", "where is the data kept",
    "quick q \u2013 is the team app you make us use (the \u201cavailability\u201d one) run from the US? "
    "does our kids info leave europe, and who else gets it apart from the club?? thx\n\nSam\n",
    R(["Information"], "samoduya@pitchmail.example", "Sam", "Oduya"), ct=CP1252, encode="cp1252")

# ---------------------------------------------------------------- tasks
add("en-20-photographer-contract", "Rachel Ingham <rachel.ingham@acme-corp.example>",
    "Contract with event photographer - can you check?",
    "Hi both,\n\n"
    "We're about to sign with SnapSport Ltd to photograph the regional gymnastics finals. They'll get "
    "the start lists (children's names, clubs, ages) so they can tag the pictures and sell them to parents. "
    "Could you review their data processing terms before Friday? Draft attached.\n\n"
    "Thanks!\nRachel Ingham\nEvents Manager | Acme Corp Youth Sports Federation\nExt. 2214\n",
    TASK("rachel.ingham@acme-corp.example", "Rachel", "Ingham"))

add("en-21-gps-dpia", "Mohammed El-Amin <mohammed.el-amin@acme-corp.example>",
    "New GPS vests for academy players",
    "Hello privacy team,\n\nThe football academy wants to trial GPS/heart-rate vests for the U14-U16 "
    "squads from January. Data would go to the vendor's cloud dashboard. I was told we need an impact "
    "assessment before starting - can you tell me what you need from me and kick that off?\n\n"
    "Mo\nHead of Performance\n",
    TASK("mohammed.el-amin@acme-corp.example", "Mohammed", "El-Amin"))

add("en-22-counsellor-training", "Kirsty Doyle <kirsty.doyle@acme-corp.example>",
    "data protection session for camp staff",
    "Hi,\n\nWe're recruiting about 40 seasonal counsellors for the summer camps. Would the privacy team "
    "be able to run a short session (45 min?) on handling kids' medical info, allergy lists and photos "
    "during induction week, 8-12 June? Happy to work around your diary.\n\nKirsty\nCamps Coordinator\n",
    TASK("kirsty.doyle@acme-corp.example", "Kirsty", "Doyle"))

# ---------------------------------------------------------------- incidents
add("en-23-laptop-train", "Gareth Lloyd <gareth.lloyd@acme-corp.example>", "URGENT lost laptop",
    "Hi, I left my work laptop on the 18:40 train from Cardiff last night. It has the registration "
    "spreadsheet for the whole junior swimming league on it (names, DOB, parents' phone numbers, some "
    "medical notes). I've reported it to the train company lost property. I'm not sure the disk was "
    "encrypted. What do I do now?\n\nGareth\n\nSent from my Samsung Galaxy smartphone.\n",
    INC("gareth.lloyd@acme-corp.example", "Gareth", "Lloyd"))

add("en-24-wrong-certificate", "Helen Marchetti <helen.marchetti@hillmail.example>",
    "I received someone else's child's details",
    "Hello,\n\nThis afternoon I got an email from the club secretary meant to confirm my son's "
    "registration. Attached was not his form but a medical certificate and the registration form of "
    "another boy - including his address, his asthma medication and his parents' numbers. I have not "
    "forwarded it to anybody and I'll delete it, but I thought you should know as this family surely "
    "wouldn't want it going around.\n\nHelen Marchetti\n",
    INC("helen.marchetti@hillmail.example", "Helen", "Marchetti"))

add("en-25-clicked-link", "Josh Abara <josh.abara@acme-corp.example>", "think I got phished",
    "Hi team, bit embarrassing - I got an email that looked like it was from the IT helpdesk about "
    "'mailbox storage full', clicked it and typed my password in. Realised after. I've changed the "
    "password now. My mailbox has all the camp booking confirmations in it. Letting you know as IT "
    "said to also tell privacy.\n\nJosh\n",
    INC("josh.abara@acme-corp.example", "Josh", "Abara"))

# ---------------------------------------------------------------- follow-ups
add("en-26-fu-still-waiting", "Patricia Oyelaran <patricia.oyelaran@ukmail.example>",
    "Re: [DSR-40817] Your request has been received",
    "It has now been five weeks and I have received nothing apart from this automatic message. "
    "When will I get my file?\n\nP. Oyelaran\n\n"
    "On 8 Oct 2026, privacy@acme-corp.example wrote:\n"
    "> Thank you for contacting us. Your request has been registered under reference DSR-40817.\n"
    "> We will reply within one month.\n"
    "> Privacy Team\n",
    FU("40817", "patricia.oyelaran@ukmail.example", "Patricia", "Oyelaran"))

add("en-27-fu-new-club", "Ravi Chandrasekaran <ravi.c@trackmail.example>",
    "Re: Export of my competition history",
    "Sorry, one more thing - if it's easier you can send the file straight to the registrar at "
    "Harbour Athletic, registrations@harbourathletic.example. Either is fine.\n\nRavi\n",
    FU(ref("en-07-transfer-records"), "ravi.c@trackmail.example", "Ravi", "Chandrasekaran"),
    headers=irt("en-07-transfer-records"))

# ---------------------------------------------------------------- ignored
add("en-28-spam-brokers", "DataShield Pro <offers@datashield-pro.example>",
    "Your personal data is exposed on 312 sites - delete it today",
    "Dear user,\n\nOur scan found your email on 312 data broker and dark web sites. "
    "For only $9.99/month DataShield Pro will automatically send GDPR erasure requests on your behalf "
    "and protect your identity.\n\nACT NOW: 70% discount ends tonight!\n\n"
    "Click here to start your free scan.\n\nUnsubscribe | Privacy\n",
    IGN("spam", "offers@datashield-pro.example"), headers=SPAM_HDR)

add("en-29-spam-inheritance", "Barrister James Kofi <jameskofi.chambers@freemail.example>",
    "CONFIDENTIAL BUSINESS PROPOSAL",
    "Dear Friend,\n\nI am Barrister James Kofi, personal attorney to late Mr. Andrew Acme who died "
    "intestate leaving USD 8.5 MILLION in a bank here. As you share the same surname/company name I "
    "want to present you as next of kin. Kindly send your full name, phone and bank details to "
    "proceed. 100% risk free.\n\nRegards\nBarr. James Kofi\n",
    IGN("spam", "jameskofi.chambers@freemail.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="freemail.example")])

add("en-30-ooo", "Andrew Kemp <andrew.kemp@consultmail.example>",
    "Automatic reply: Your request DSR-41002",
    "I am out of the office until 23 November with limited access to email. For anything urgent "
    "please contact my colleague at office@consultmail.example.\n\nAndrew Kemp\n",
    IGN("auto_reply", "andrew.kemp@consultmail.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("en-31-supplier-newsletter", "KitZone Team Sports <news@kitzone.example>",
    "New season kit deals for clubs - up to 40% off",
    "KitZone Club Newsletter - November\n\nGet your squads ready for spring: personalised training "
    "tops from 8.99, bulk discounts on match balls, and free printing of club crests on orders over 500.\n\n"
    "You are receiving this because your club registered for KitZone trade offers.\n"
    "Unsubscribe: https://kitzone.example/unsub\n",
    IGN("bulk", "news@kitzone.example"),
    headers=["List-Id: KitZone club offers <clubs.kitzone.example>",
             "List-Unsubscribe: <https://kitzone.example/unsub>", "Precedence: bulk"])

add("en-32-bounce", "Mail Delivery System <MAILER-DAEMON@acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@acme-corp.example"), dsn=True)
