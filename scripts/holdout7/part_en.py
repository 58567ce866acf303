from common import *  # part en: written blind

# ---------------------------------------------------------------- requests

add("en-01-access-oneliner", "tadhg.obriain@eiremail.example", "copy of my data",
    "Please send me a copy of all the personal data you hold about me.\n\nThanks,\nTadhg Ó Briain\n",
    R(["Access"], "tadhg.obriain@eiremail.example", "Tadhg", "Ó Briain"))

add("en-02-camera-delete-typos", "Kwame Mensah-Bonsu <kmb1988@fastpost.example>", "delete acount",
    "hi\n\ni want my acount deleted and all the vidoes from my indoor cam aswell, i sold the camera "
    "on ebay last week and i dont want anything left on your cloud. pls confirm when its done\n\nkwame\n",
    R(["Erasure"], "kmb1988@fastpost.example", "Kwame", "Mensah-Bonsu"))

add("en-03-caps-stop-marketing", "Desmond Achterberg <d.achterberg@oldmail.example>", "STOP EMAILING ME",
    "I HAVE TOLD YOUR CUSTOMER SERVICE THREE TIMES. STOP SENDING ME PROMOTIONAL EMAILS ABOUT "
    "THERMOSTATS AND 'BLACK FRIDAY DEALS'. I BOUGHT ONE DEVICE IN 2023 AND NEVER AGREED TO ANY OF THIS. "
    "TAKE ME OFF EVERY MAILING LIST YOU HAVE.\n\nD. ACHTERBERG\n",
    R(["Opposition"], "d.achterberg@oldmail.example", "Desmond", "Achterberg"))

add("en-04-formal-sar-pension", "Margaret Halloway-Price <m.halloway-price@quillmail.example>",
    "Subject Access Request - Member no. 00481275",
    "Dear Data Protection Officer,\n\n"
    "Re: Subject access request under Article 15 of the General Data Protection Regulation\n\n"
    "I am a deferred member of the Acme Corp Pension Scheme (membership number 00481275, date of "
    "birth 14 March 1969). I hereby request a copy of all personal data that the Scheme and its "
    "administrators hold about me, including but not limited to:\n\n"
    "  - my contribution history and the salary figures reported by my former employers;\n"
    "  - any notes of telephone calls and correspondence since 2015;\n"
    "  - the data used to calculate my transfer value quotation of June this year.\n\n"
    "Please also confirm the purposes of the processing, the recipients to whom my data has been "
    "disclosed and the period for which it will be stored, as Article 15(1) requires.\n\n"
    "I look forward to your response within one month.\n\n"
    "Yours faithfully,\n\nMargaret Halloway-Price\n27 Larkspur Close\nNorthampton NN3 8QT\n",
    R(["Access"], "m.halloway-price@quillmail.example", "Margaret", "Halloway-Price"))

add("en-05-address-change-pensioner", "Bartholomew Okonjo <bart.okonjo@seniornet.example>", "Change of address",
    "Good morning,\n\nPlease note that my wife and I have moved. Could you update the address you have "
    "for me so that my pension payslips and the P60 go to the right place.\n\n"
    "Old address: 12 Tannery Row, Bexhill TN39 4RR\nNew address: Flat 3, 88 Marine Parade, Worthing BN11 3QF\n\n"
    "Pensioner reference: P-771203\n\nKind regards\nBartholomew Okonjo\n",
    R(["Rectification"], "bart.okonjo@seniornet.example", "Bartholomew", "Okonjo"))

add("en-06-dob-wrong-restrict", "Iolanthe Brisbois <iolanthe.b@lanternmail.example>",
    "Wrong date of birth on my pension record",
    "Hello,\n\nMy annual benefit statement shows my date of birth as 02/11/1957. It is 02/11/1958, "
    "as you can see on the copy of my passport attached. This matters because it moves my normal "
    "retirement date.\n\nPlease correct the record, and until it is corrected please do not use the "
    "wrong date for any calculation or quotation - I do not want a retirement pack sent out on the "
    "basis of the wrong year.\n\nThank you,\nIolanthe Brisbois\n",
    R(["Rectification", "Restriction"], "iolanthe.b@lanternmail.example", "Iolanthe", "Brisbois"))

add("en-07-voice-recordings-info", "Priya Raghunathan <priya.r@orchidmail.example>",
    "Question about the voice assistant",
    "Hi,\n\nBefore I switch the voice assistant back on I'd like to understand a few things:\n"
    "1. Are my voice recordings ever listened to by people at your company or by contractors?\n"
    "2. How long are they kept?\n3. Are they sent to servers outside Europe?\n\n"
    "I couldn't find clear answers in the privacy notice.\n\nPriya Raghunathan\n",
    R(["Information"], "priya.r@orchidmail.example", "Priya", "Raghunathan"))

add("en-08-portability-thermostat", "Søren Vestergaard-Lund <soren.vl@nordpost.example>",
    "Export of my thermostat data",
    "Hello,\n\nI'm moving to a different heating system provider. Under Article 20 GDPR please send me "
    "my thermostat schedules, temperature history and energy usage data in a structured, "
    "machine-readable format (CSV or JSON is fine) so I can import it into their app.\n\n"
    "Account email: soren.vl@nordpost.example\n\nBest,\nSøren\n",
    R(["Portability"], "soren.vl@nordpost.example", "Søren", "Vestergaard-Lund"))

add("en-09-automated-pension-decision", "Rhiannon Pryce-Jones <rhiannon.pj@valleymail.example>",
    "Ill-health early retirement - rejected by the website",
    "I applied through the member portal for early retirement on ill-health grounds. Within two "
    "minutes I got an email saying my application 'does not meet the eligibility criteria'. Nobody "
    "could have read my consultant's letter in two minutes, so I assume this was decided by a "
    "computer.\n\nI do not accept a decision like this being made automatically. I want a real person "
    "to look at my application and my medical evidence again.\n\nRhiannon Pryce-Jones\nMember 00913342\n",
    R(["AutomatedDecision"], "rhiannon.pj@valleymail.example", "Rhiannon", "Pryce-Jones"))

add("en-10-heir-father-account", "Clara Thackeray-Moss <clara.tm@riverside.example>",
    "My late father - Edmund Thackeray",
    "Dear Sir or Madam,\n\nI am writing about my father, Edmund Thackeray, who received a pension from "
    "your fund (pensioner no. 5520318). He passed away on 3 October. I am the executor of his estate.\n\n"
    "I have already informed the pensions payroll team. Separately, I would like his online account "
    "closed and his personal data deleted, except of course what you have to keep by law. He would not "
    "have wanted his details kept for longer than necessary.\n\nI attach a copy of the death "
    "certificate.\n\nYours sincerely,\nClara Thackeray-Moss\n",
    R(["Erasure"], "clara.tm@riverside.example", "Edmund", "Thackeray", representative="Clara Thackeray-Moss"))

add("en-11-parent-child-camera", "Helen Dunn <helen.dunn@homefront.example>", "My son's account",
    "Hello,\n\nMy son Luca Ferreira-Dunn (he is 14) created an account in your companion app with his "
    "own email address (luca.fd@homefront.example) to control the camera in his bedroom. I did not "
    "agree to this. Please delete his account and everything recorded through it.\n\n"
    "I am his mother and can send proof if you need it.\n\nHelen Dunn\n",
    R(["Erasure"], "helen.dunn@homefront.example", "Luca", "Ferreira-Dunn", representative="Helen Dunn"))

add("en-12-family-replyto", "The Abernathy Family <abernathys@homenet.example>", "doorbell camera data",
    "Hi there,\n\nI'd like to see what personal data you hold on me in connection with our video "
    "doorbell account - the recordings, logs of who opened the app, and anything else. Please reply "
    "to my own address rather than the family one.\n\nThanks\nJonah Abernathy\n",
    R(["Access"], "jonah.abernathy@mailbox.example", "Jonah", "Abernathy"),
    headers=["Reply-To: Jonah Abernathy <jonah.abernathy@mailbox.example>"])

add("en-13-html-only-unsub-delete", "Ngozi Adeyemi-Clarke <ngozi.ac@blossom.example>",
    "Remove me", html("Hello,",
                      "Please take me off all your marketing emails <b>and</b> close my account. "
                      "I no longer use the SmartHome app and want my data deleted.",
                      "Regards,<br>Ngozi Adeyemi-Clarke"),
    R(["Opposition", "Erasure"], "ngozi.ac@blossom.example", "Ngozi", "Adeyemi-Clarke"), ct=HTML)

add("en-14-long-angry-story", "Fitzgerald Moyo <fitz.moyo@cobalt.example>",
    "Complaint - thermostat outage and your 'support'",
    "I have been a customer for four years and I have never been treated this badly.\n\n"
    "On the 2nd of November the thermostat in our house stopped responding after a firmware update. "
    "It was 4 degrees outside, my wife is recovering from surgery, and the heating would not come on. "
    "I called your hotline and waited 58 minutes. The first agent told me to 'turn it off and on again', "
    "which I had obviously already done. The second agent promised a callback within 24 hours. "
    "Nobody called back. I had to get an electrician in on a Sunday to bypass the device, which cost me "
    "GBP 240.\n\n"
    "When I finally got through again, the agent told me she could see 'everything that happened in my "
    "house' in the logs - when the heating went on, when we were home, when the motion sensor triggered. "
    "Frankly that frightened me more than the cold. So I want a copy of all the personal data you have "
    "collected about me and my household, including those logs.\n\n"
    "I also expect a refund of the electrician's bill and an apology. If I don't hear back within a "
    "week I will be going to the ombudsman.\n\nFitzgerald Moyo\n",
    R(["Access"], "fitz.moyo@cobalt.example", "Fitzgerald", "Moyo"))

add("en-15-lawyer-access", "Marcus Delacroix-Hart <mdh@hartwell-legal.example>",
    "Our client: Ms Anwen Llewellyn - Data Subject Access Request",
    "Dear Sirs,\n\nWe act for Ms Anwen Llewellyn of 4 Heol y Bryn, Carmarthen, a member of the Acme "
    "Corp Pension Scheme (member number 00655120), in connection with a dispute concerning the "
    "calculation of her accrued benefits.\n\nOn behalf of our client, and pursuant to Article 15 UK GDPR, "
    "we request a copy of all personal data relating to her held by the Scheme, its trustees and "
    "administrators. Our client's signed form of authority is enclosed.\n\n"
    "Please send your response to this office.\n\nYours faithfully,\n\n"
    "Marcus Delacroix-Hart\nSenior Associate\nHartwell Legal LLP\nT: +44 29 2000 1188\n\n"
    "This email is confidential and may be legally privileged. If you have received it in error, "
    "please notify the sender and delete it. Hartwell Legal LLP is authorised and regulated by the "
    "Solicitors Regulation Authority.\n",
    R(["Access"], "mdh@hartwell-legal.example", "Anwen", "Llewellyn", representative="Marcus Delacroix-Hart"))

add("en-16-deputy-mother", "Gwendolyn Asare <g.asare@cedarpost.example>",
    "Deputyship - Mrs Beatrix Asare, pension member",
    "Dear Pensions Team,\n\nI have been appointed by the Court of Protection as deputy for property and "
    "financial affairs for my mother, Mrs Beatrix Asare (pensioner ref. P-402287), who has advanced "
    "dementia. A sealed copy of the order is attached.\n\nPlease:\n"
    "- change the correspondence address on her record to mine (14 Orchard Way, Leamington Spa CV31 2HF), "
    "as post to her old flat is no longer read;\n"
    "- send me a copy of the personal data you hold on her, so that I can check her records are complete.\n\n"
    "With thanks,\nGwendolyn Asare\n",
    R(["Rectification", "Access"], "g.asare@cedarpost.example", "Beatrix", "Asare", representative="Gwendolyn Asare"))

add("en-17-cp1252-object-profiling", "Aurélie Fontaine-Bishop <aurelie.fb@westmail.example>",
    "Energy \"insights\" and personalised offers",
    "Hello,\n\nYour app now shows me \u201cpersonalised offers\u201d based on my heating habits \u2013 for example "
    "a \u20ac20 voucher for a boiler service because it \u201cnoticed\u201d my usage went up. I never asked for "
    "this. I object to you analysing my energy data to profile me or to target me with offers. The "
    "thermostat should just run my heating.\n\nAur\u00e9lie Fontaine-Bishop\n",
    R(["Opposition"], "aurelie.fb@westmail.example", "Aurélie", "Fontaine-Bishop"),
    ct=CP1252, encode="cp1252")

add("en-18-latin1-restriction", "Iñigo Castellanos Rowe <inigo.cr@harbour.example>",
    "Disputed salary history",
    "Dear team,\n\nThe pensionable salary my former employer reported to you for 2019-2021 is wrong "
    "(it leaves out my shift allowance). I have raised this with them and with you. Until that is "
    "sorted out, please restrict the processing of my salary data - don't delete it, but don't use it "
    "for my transfer value either.\n\nMany thanks,\nIñigo Castellanos Rowe\nMember 00877140\n",
    R(["Restriction"], "inigo.cr@harbour.example", "Iñigo", "Castellanos Rowe"),
    ct=LATIN1, encode="latin-1")

add("en-19-advance-directives", "Philippa Nkemelu <pnkemelu@greenmail.example>",
    "After I die - camera recordings",
    "Hi,\n\nA slightly morbid question. I'm writing my will. What happens to my account and the videos "
    "stored in your cloud when I die? Can I leave instructions that my daughter should get access to "
    "them, and that everything else is deleted?\n\nPhilippa Nkemelu\n",
    R(["AdvanceDirectives"], "pnkemelu@greenmail.example", "Philippa", "Nkemelu"))

add("en-20-unknown-double-charge", "Dariusz Kowal <dkowal@plainmail.example>", "charged twice",
    "Hello, I was charged twice for Premium Cloud this month (2 x 9.99). Can someone refund one of "
    "them? Order ref SH-20391-77.\n\nDariusz\n",
    R(["Unknown"], "dkowal@plainmail.example", "Dariusz", "Kowal"))

add("en-21-unknown-pension-payment", "bert.h1946@seniornet.example", "payment date",
    "when will the pension be paid this month with the bank holiday\n\nBert\n",
    R(["Unknown"], "bert.h1946@seniornet.example", "Bert", None))

add("en-22-info-employer-sharing", "Yasmin El-Amrani <yasmin.elamrani@sunmail.example>",
    "Medical information and my employer",
    "Dear Sir/Madam,\n\nLast year I sent the fund medical reports in support of a claim for an "
    "ill-health pension. I'm still employed by one of your participating employers. Could you tell me "
    "whether any of that medical information is shared with my employer or anyone else, and for how "
    "long you keep it?\n\nYasmin El-Amrani\n",
    R(["Information"], "yasmin.elamrani@sunmail.example", "Yasmin", "El-Amrani"))

add("en-23-iphone-access", "dreadnought77@quickmail.example", "data",
    "what data does the app have on me. send it over\n\nSent from my iPhone\n",
    R(["Access"], "dreadnought77@quickmail.example", None, None))

add("en-24-withdraw-consent-ai", "Haruto Whitcombe <haruto.w@kitemail.example>",
    "Withdrawing consent - AI training",
    "Hello,\n\nWhen I set up my outdoor camera I ticked the box to 'help improve person detection'. "
    "I'm withdrawing that consent now. Please also delete any of my clips that have already been "
    "copied into your training data.\n\nRegards,\nHaruto Whitcombe\n",
    R(["Opposition", "Erasure"], "haruto.w@kitemail.example", "Haruto", "Whitcombe"))

add("en-25-survivor-access-source", "Dolores Featherstonehaugh <dolores.f@ivymail.example>",
    "Survivor's pension - what you hold about me",
    "Dear Sirs,\n\nSince my husband died in March I have been receiving a survivor's pension from you. "
    "I was never a member myself, yet your letters contain my date of birth, my National Insurance "
    "number and my bank details. I would like a copy of all the information you hold about me, and to "
    "be told where you obtained it from.\n\nYours faithfully,\nDolores Featherstonehaugh (Mrs)\n",
    R(["Access", "Information"], "dolores.f@ivymail.example", "Dolores", "Featherstonehaugh"))

add("en-26-married-name", "Simran Kaur-Henriksen <simran.kh@lilac.example>", "Name change",
    "Hi, I got married in September. Please change my surname on my member record from Kaur to "
    "Kaur-Henriksen. Marriage certificate attached. Member no. 01022931.\n\nThanks!\nSimran Kaur-Henriksen\n",
    R(["Rectification"], "simran.kh@lilac.example", "Simran", "Kaur-Henriksen"))

add("en-27-no-punctuation-erasure", "Tom Wren <tomwren@bluebox.example>", "why do you still write to me",
    "i left the company in 2011 and transferred my pension out in 2014 why do you still send me "
    "letters i have nothing with you anymore delete everything you have on me\n\ntom wren\n",
    R(["Erasure"], "tomwren@bluebox.example", "Tom", "Wren"))

add("en-28-access-portability", "Benedikt Aschenbrenner <b.aschenbrenner@alpmail.example>",
    "All my data, please",
    "Hello,\n\nI would like to receive all personal data you hold about me - account details, device "
    "list, automation rules, camera event history. Ideally in a machine-readable format (JSON) so that "
    "I can take it to my new smart home platform.\n\nThank you\nBenedikt Aschenbrenner\n",
    R(["Access", "Portability"], "b.aschenbrenner@alpmail.example", "Benedikt", "Aschenbrenner"))

add("en-29-object-calls", "Oluwaseun Bakare <seun.bakare@copper.example>", "Sales calls",
    "Your sales team has rung me four times this month about upgrading to the Pro camera bundle. "
    "I am not interested. Stop calling me and do not use my number for sales.\n\nOluwaseun Bakare\n"
    "07700 900431\n",
    R(["Opposition"], "seun.bakare@copper.example", "Oluwaseun", "Bakare"))

add("en-30-info-transfers", "Dr. Cornelius van Rijswijk <c.vanrijswijk@polder.example>",
    "International transfers and sub-processors",
    "Dear Data Protection Officer,\n\nI am considering your indoor camera for my practice's waiting "
    "room, but first I need to know: in which countries are video recordings stored and processed; "
    "whether any data is transferred outside the EEA and on what basis (SCCs, adequacy); and which "
    "sub-processors have access to the footage.\n\nWith kind regards,\n\n"
    "Dr. Cornelius van Rijswijk\nGeneral Practitioner\n",
    R(["Information"], "c.vanrijswijk@polder.example", "Cornelius", "van Rijswijk"))

add("en-31-ex-partner-cameras", "Marisol Quintero-Blake <marisol.qb@safemail.example>",
    "My ex still has access to my cameras",
    "Hi,\n\nMy ex-partner set up the cameras in my flat and the account is still linked to his email, "
    "even though he moved out in August. I've changed the wifi but I don't know what he can still see.\n\n"
    "I want to know what recordings and data about me are stored on that account, and I want the "
    "footage of me deleted. Please don't contact him about this.\n\nMarisol Quintero-Blake\n",
    R(["Access", "Erasure"], "marisol.qb@safemail.example", "Marisol", "Quintero-Blake"))

add("en-32-short-restrict", "Hamish Drummond <hamish.drummond@glenmail.example>", "Hold my data",
    "Please stop processing my data while my complaint (ref C-99120) is investigated. Do not delete "
    "anything.\n\nH. Drummond\n",
    R(["Restriction"], "hamish.drummond@glenmail.example", "Hamish", "Drummond"))

add("en-33-research-object-info", "Ingrid Solberg-Achebe <ingrid.sa@fjordpost.example>",
    "Use of my data for research",
    "Dear Scheme,\n\nThe latest newsletter says the fund is sharing member data with a university for "
    "longevity research. I object to my data being used for this. Please also tell me exactly which "
    "data about me has already been passed to the university.\n\nIngrid Solberg-Achebe\nMember 00310087\n",
    R(["Opposition", "Information"], "ingrid.sa@fjordpost.example", "Ingrid", "Solberg-Achebe"))

add("en-34-colleague-fwd-inline", "Rosalind Achterhof <rosalind.achterhof@acme-corp.example>",
    "Fwd: delete me",
    "Hi privacy team,\n\nThis came into the support inbox - can you pick it up?\n\nThanks,\nRos\n"
    "Customer Support Team Lead\n\n"
    "---------- Forwarded message ---------\nFrom: Theodora Vasquez <theo.vasquez@brightmail.example>\n"
    "Date: Sun, 15 Nov 2026 at 21:14\nSubject: delete me\nTo: <support@acme-corp.example>\n\n"
    "I returned the thermostat and the camera. I want my account and all recordings deleted. "
    "Please confirm in writing.\n\nTheodora Vasquez\n",
    R(["Erasure"], "theo.vasquez@brightmail.example", "Theodora", "Vasquez"))

add("en-35-colleague-fwd-attached", "Priyanka Chaudhary <priyanka.chaudhary@acme-corp.example>",
    "FW: my records", "",
    R(["Access", "Rectification"], "a.kilgallon@westpost.example", "Ambrose", "Kilgallon"),
    attached=("Ambrose Kilgallon <a.kilgallon@westpost.example>", "my records",
              "Hello,\n\nPlease tell me what personal information you have about me. I also noticed "
              "my National Insurance number is wrong on my last statement (it should end in C, not D); "
              "please correct it.\n\nAmbrose Kilgallon\nMember 00722519\n"),
    note="Forwarding from Member Services - looks like a subject access request plus a correction. "
         "Original attached.\n\nPriyanka\nMember Services")

# ---------------------------------------------------------------- tasks

add("en-36-task-dpa-review", "Laurence Oyelaran-Smith <laurence.oyelaran-smith@acme-corp.example>",
    "DPA review - new cloud video storage vendor",
    "Hi team,\n\nProcurement is about to sign with a new provider for cold storage of camera clips. "
    "Their data processing agreement is attached (v3.2). Could you review it, especially the "
    "sub-processor and audit clauses, by the 27th? Legal has done the commercial side.\n\n"
    "Thanks,\nLaurence\nProcurement Manager\n",
    TASK("laurence.oyelaran-smith@acme-corp.example", "Laurence", "Oyelaran-Smith"))

add("en-37-task-dpia-presence", "Mei-Ling Fairbanks <mei-ling.fairbanks@acme-corp.example>",
    "DPIA needed? presence detection in voice assistant",
    "Hello privacy,\n\nWe are planning a feature where the voice assistant uses the microphone to "
    "detect whether anyone is at home and lowers the heating. It would run on the device but send "
    "occupancy flags to the cloud. I assume we need a DPIA - can we book a session next week to "
    "start it?\n\nMei-Ling Fairbanks\nSenior Product Manager, Climate\n",
    TASK("mei-ling.fairbanks@acme-corp.example", "Mei-Ling", "Fairbanks"))

add("en-38-task-ropa-update", "Gareth Pennington <gareth.pennington@acme-corp.example>",
    "Register of processing - new print supplier",
    "Hi,\n\nFrom January the annual benefit statements will be printed and posted by a new supplier "
    "(Inkwell Mailing Ltd) instead of in-house. Please update the record of processing for the "
    "pension administration and let me know if you need anything from me.\n\nCheers\nGareth\n"
    "Pensions Operations\n",
    TASK("gareth.pennington@acme-corp.example", "Gareth", "Pennington"))

add("en-39-task-vendor-questionnaire", "Fiona MacAlister <fiona.macalister@acme-corp.example>",
    "URGENT: security & privacy questionnaire from housing association",
    "Hi all,\n\nA housing association that wants to fit 3,000 of our thermostats sent us a 90-question "
    "supplier questionnaire. Sections D (data protection) and E (retention) need your input. Deadline "
    "is Friday. Spreadsheet attached, I've highlighted the rows.\n\nFiona MacAlister\nKey Account Manager\n"
    "+44 20 7946 0321\n",
    TASK("fiona.macalister@acme-corp.example", "Fiona", "MacAlister"))

add("en-40-task-training", "Kofi Ashworth <kofi.ashworth@acme-corp.example>",
    "GDPR training for new call centre starters",
    "Hi, we have 12 new agents starting on the member helpline on 1 December. Could someone from "
    "your team run the data protection induction (identity checks, SARs, what not to say on the "
    "phone)? An hour would do.\n\nKofi\nHelpline Team Leader\n",
    TASK("kofi.ashworth@acme-corp.example", "Kofi", "Ashworth"))

# ---------------------------------------------------------------- incidents

add("en-41-inc-laptop-stolen", "Declan Fitzpatrick <declan.fitzpatrick@acme-corp.example>",
    "Laptop stolen from my car",
    "Hi,\n\nMy work laptop was stolen from my car at a service station on the M4 last night around "
    "20:30. It's encrypted (BitLocker), but I had a spreadsheet of about 400 members due for "
    "retirement quotes on the desktop, and Outlook was set to stay signed in. I have reported it to "
    "the police (crime ref 47A/221/26) and to IT.\n\nDeclan Fitzpatrick\nPensions Administrator\n",
    INC("declan.fitzpatrick@acme-corp.example", "Declan", "Fitzpatrick"))

add("en-42-inc-wrong-statement", "Agatha Ploughwright <agatha.p@meadow.example>",
    "Someone else's pension statement in my envelope",
    "Hello,\n\nThe envelope with my annual statement also contained the statement of another member "
    "- a Mr R. Sandoval, with his address, date of birth and the value of his pension. I haven't done "
    "anything with it. Do you want me to post it back or destroy it? And I'd like to know that mine "
    "hasn't gone to someone else too.\n\nAgatha Ploughwright\n",
    INC("agatha.p@meadow.example", "Agatha", "Ploughwright"))

add("en-43-inc-stranger-feed", "Nikolai Brandt-Osei <nikolai.bo@orbit.example>",
    "I can see someone else's living room in your app!!",
    "This morning I opened the app to look at my hallway camera and it showed me a live view of a "
    "living room that is NOT mine - a sofa, two kids watching TV. I closed and reopened the app and it "
    "was back to my camera. I have a screenshot. This is very worrying - if I can see them, who can "
    "see my home?\n\nNikolai Brandt-Osei\n",
    INC("nikolai.bo@orbit.example", "Nikolai", "Brandt-Osei"))

add("en-44-inc-phish-click", "Sunita Lakhani <sunita.lakhani@acme-corp.example>",
    "I think I clicked a phishing link",
    "Hi,\n\nI got an email that looked like it came from Payroll about 'your updated payslip' and I "
    "clicked the link and typed in my Microsoft password before I realised the address was wrong. "
    "I've changed my password now. I have access to the member database and the shared drive for "
    "death benefit cases. Sorry!\n\nSunita\nDeath Benefits Team\n",
    INC("sunita.lakhani@acme-corp.example", "Sunita", "Lakhani"))

add("en-45-inc-wrong-recipient", "Ambrose Trevelyan <ambrose.trevelyan@acme-corp.example>",
    "Email sent to wrong employer",
    "Privacy team,\n\nAt 11:05 today I sent the monthly contribution reconciliation for Harrow & Pike "
    "Ltd (names, NI numbers and salaries of 57 employees) to the payroll contact of a different "
    "participating employer, Harrowgate Logistics, because Outlook autocompleted the address. I've "
    "asked them to delete it but haven't had a reply yet.\n\nAmbrose Trevelyan\nEmployer Services\n",
    INC("ambrose.trevelyan@acme-corp.example", "Ambrose", "Trevelyan"))

add("en-46-inc-researcher-bucket", "Zainab Oyelowo-Kerr <zok@sec-research.example>",
    "Responsible disclosure: exposed diagnostic logs",
    "Hello,\n\nI'm an independent security researcher. While scanning for misconfigured storage I "
    "found a publicly readable bucket that appears to belong to you (name: acme-sh-diag-eu-prod). It "
    "contains device diagnostic uploads with Wi-Fi SSIDs, plaintext Wi-Fi passwords and customer email "
    "addresses. I have not downloaded more than needed to confirm. I'd appreciate an acknowledgement "
    "and will wait 90 days before publishing anything.\n\nZainab Oyelowo-Kerr\nPGP key on request\n",
    INC("zok@sec-research.example", "Zainab", "Oyelowo-Kerr"))

# ---------------------------------------------------------------- follow-ups

add("en-47-fu-dsr-chaser", "Callum Whitlock-Ng <callum.wn@slate.example>",
    "Re: [DSR-48213] We have received your request",
    "It's now been five weeks. Where is my data? You said one month.\n\nCallum Whitlock-Ng\n\n"
    "On 9 Oct 2026, privacy@acme-corp.example wrote:\n"
    "> Dear Callum Whitlock-Ng,\n> Thank you for your message. Your request has been registered under "
    "the reference DSR-48213.\n> We will reply within one month.\n> The Privacy Team\n",
    FU("48213", "callum.wn@slate.example", "Callum", "Whitlock-Ng"))

add("en-48-fu-dsr-id", "Esperanza Hollingworth <esperanza.h@tidal.example>",
    "RE: [DSR-51977] Identity verification needed",
    "Hello,\n\nAs requested, please find attached a scan of my driving licence. The address on it is "
    "my current one.\n\nBest wishes,\nEsperanza Hollingworth\n\n"
    "-----Original Message-----\nFrom: privacy@acme-corp.example\nSubject: [DSR-51977] Identity "
    "verification needed\n\nTo process your request we need to verify your identity...\n",
    FU("51977", "esperanza.h@tidal.example", "Esperanza", "Hollingworth"))

add("en-49-fu-irt-tadhg", "tadhg.obriain@eiremail.example", "Re: copy of my data",
    "Just to add to my earlier email - please include the recordings of my phone calls to the "
    "helpline as well.\n\nTadhg\n\n> Please send me a copy of all the personal data you hold about me.\n",
    FU(ref("en-01-access-oneliner"), "tadhg.obriain@eiremail.example", "Tadhg", "Ó Briain"),
    headers=irt("en-01-access-oneliner"))

add("en-50-fu-irt-clara", "Clara Thackeray-Moss <clara.tm@riverside.example>",
    "Re: My late father - Edmund Thackeray",
    "Dear Sir or Madam,\n\nFurther to my email below, I now have the grant of probate and attach a "
    "copy in case you need it. I haven't heard back yet.\n\nClara Thackeray-Moss\n\n"
    "> I am writing about my father, Edmund Thackeray, who received a pension from your fund...\n",
    FU(ref("en-10-heir-father-account"), "clara.tm@riverside.example", "Edmund", "Thackeray"),
    headers=irt("en-10-heir-father-account"))

# ---------------------------------------------------------------- ignored

add("en-51-spam-databroker", "Privacy Shield Pro <offers@privshield-pro.example>",
    "Delete your personal data from 500+ data brokers - GDPR guaranteed",
    "Hi there!\n\nDid you know your personal data is sold by hundreds of data brokers? Our GDPR "
    "deletion robot sends erasure requests to 500+ companies on your behalf.\n\n"
    ">> 70% OFF today only - just $29.99/year <<\nClick here: http://privshield-pro.example/go?id=8812\n\n"
    "To unsubscribe reply STOP.\n",
    IGN("spam", "offers@privshield-pro.example"), headers=SPAM_HDR)

add("en-52-spam-phish-mailbox", "IT Helpdesk <helpdesk@acme-corp-mailsecure.example>",
    "Action required: privacy@ mailbox storage full",
    "Your mailbox privacy@acme-corp.example has exceeded its storage limit (99.8%).\n"
    "Incoming messages will be rejected within 24 hours.\n\n"
    "Verify your account to increase quota: http://acme-corp-mailsecure.example/owa/verify\n\n"
    "IT Service Desk\n",
    IGN("spam", "helpdesk@acme-corp-mailsecure.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailsecure.example")])

add("en-53-spam-advance-fee", "Barrister Chukwuemeka Obiora <obiora.chambers@freemail.example>",
    "UNCLAIMED PENSION ENTITLEMENT - YOUR URGENT ATTENTION",
    "Dear Beneficiary,\n\nI am Barrister Chukwuemeka Obiora, personal attorney to late Engr. Harold "
    "Acme, a pensioner who died without next of kin leaving the sum of US$8,500,000.00 (Eight Million "
    "Five Hundred Thousand United States Dollars) in an unclaimed pension account. I seek your consent "
    "to present you as next of kin so the funds can be released. You will receive 40%.\n\n"
    "Kindly reply with your full name, phone and address for documentation. Treat as strictly "
    "confidential.\n\nBarr. C. Obiora\n",
    IGN("spam", "obiora.chambers@freemail.example"))

add("en-54-spam-seo", "Ravi <ravi.growth@rankfast.example>", "Quick question about acme-corp.example",
    "Hi,\n\nI was looking at your website and noticed it's not ranking on page 1 for 'smart thermostat' "
    "and 'wifi camera'. We help smart home brands get 3x organic traffic in 90 days. Would you be open to "
    "a 15-minute call this week?\n\nBest,\nRavi\nGrowth Consultant\n\nIf you don't want to hear from me "
    "again, just let me know and I'll remove your data from our list.\n",
    IGN("spam", "ravi.growth@rankfast.example"))

add("en-55-auto-reply-ooo", "Callum Whitlock-Ng <callum.wn@slate.example>",
    "Automatic reply: [DSR-48213] Your request",
    "Thank you for your email. I am out of the office until Monday 23 November with limited access to "
    "email. For urgent matters please call my mobile.\n\nCallum\n",
    IGN("auto_reply", "callum.wn@slate.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-56-bulk-newsletter", "Pensions Data Forum <newsletter@pensionsdataforum.example>",
    "November briefing: dashboards, data quality and the new retention guidance",
    "PENSIONS DATA FORUM - MONTHLY BRIEFING\n\n"
    "1. Pensions dashboards: connection deadlines confirmed\n2. Regulator publishes data quality "
    "scores\n3. Webinar: retention of deferred member records - 2 December\n\n"
    "You are receiving this because you subscribed at pensionsdataforum.example.\n"
    "Unsubscribe: https://pensionsdataforum.example/u/abc123\n",
    IGN("bulk", "newsletter@pensionsdataforum.example"),
    headers=["List-Id: Pensions Data Forum briefing <briefing.pensionsdataforum.example>",
             "List-Unsubscribe: <https://pensionsdataforum.example/u/abc123>", "Precedence: bulk"])

add("en-57-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("en-58-ticket-ack", "Inkwell Mailing Support <support@inkwell-mailing.example>",
    "[Ticket #88123] We've received your message",
    "Hello,\n\nThis is an automated message to confirm that we have received your email. A member of "
    "our team will respond within 2 working days. Your ticket number is #88123.\n\n"
    "Please do not reply to this email.\n\nInkwell Mailing Ltd - Customer Care\n",
    IGN("auto_reply", "support@inkwell-mailing.example"), headers=["Auto-Submitted: auto-generated"])
