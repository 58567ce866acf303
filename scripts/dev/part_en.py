# Development set, English.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("en-01-no-display-sig", "praman77@gmail.example", "account",
    "Please get rid of my account and any personal details you have stored.\n\n-- \nPriya Raman\n",
    R(["Erasure"], "praman77@gmail.example", "Priya", "Raman"))
add("en-02-sar-signature-block", "Malcolm Fraser <malcolm.fraser@talktalk.example>", "Request for personal data (Art. 15 UK GDPR)",
    "To whom it may concern,\n\nPlease provide me with a copy of the personal data you hold about me, together with the "
    "sources of that data and the third parties you have disclosed it to. I expect a reply within one calendar month.\n\n"
    "Kind regards\n\nMalcolm Fraser\n14 Kelvin Grove\nGlasgow G3 7RS\nTel. 0141 496 0321\n",
    R(["Access"], "malcolm.fraser@talktalk.example", "Malcolm", "Fraser"))
add("en-03-negation-not-delete", "Hannah Pike <hannah.pike@outlook.example>", "newsletter",
    "Hi there, I'm not asking you to close or delete my account, I still shop with you. I just don't want the "
    "weekly promotional emails any more. Thanks, Hannah\n",
    R(["Opposition"], "hannah.pike@outlook.example", "Hannah", "Pike"))
add("en-04-solicitor", "Fiona Marsh <f.marsh@marsh-solicitors.example>", "Our client: Mr Daniel Hughes - data subject access request",
    "Dear Sirs,\n\nWe act on behalf of our client, Mr Daniel Hughes, of 3 Elm Row, Leeds. On his instructions we request "
    "a copy of all personal data your organisation holds about him, pursuant to Article 15 GDPR. His signed form of "
    "authority is attached.\n\nPlease send your response to this office.\n\nYours faithfully\n\nFiona Marsh\n"
    "Solicitor, Marsh & Co\n",
    R(["Access"], "f.marsh@marsh-solicitors.example", "Daniel", "Hughes", representative="Fiona Marsh"))
add("en-05-parent-minor", "Rachel Brooks <rachel.brooks@gmail.example>", "My son's account",
    "Hello,\n\nMy son Tyler Brooks (he is 14) opened an account on your app without my permission. As his parent "
    "I'm asking you to remove his account and all the data you collected about him.\n\nRachel Brooks\n",
    R(["Erasure"], "rachel.brooks@gmail.example", "Tyler", "Brooks", representative="Rachel Brooks"))
add("en-06-heir", "Simon Whitfield <simon.whitfield@btinternet.example>", "Account of my late father",
    "Dear Acme Corp,\n\nMy father, George Whitfield, passed away in March. I am the executor of his estate. Could you "
    "please close his customer account and erase his personal information? I can send the death certificate if needed.\n\n"
    "Regards,\nSimon Whitfield\n",
    R(["Erasure"], "simon.whitfield@btinternet.example", "George", "Whitfield", representative="Simon Whitfield"))
add("en-07-html-address", "Chloe Bennett <chloe.bennett@icloud.example>", "New address",
    html("Hello,", "I moved house last month. My address on file is still 22 Park Lane, please change it to "
         "<b>5 Mill Street, Bristol BS1 4DJ</b>.", "Many thanks,<br>Chloe Bennett"),
    R(["Rectification"], "chloe.bennett@icloud.example", "Chloe", "Bennett"), ct=HTML)
add("en-08-all-caps", "GARY NEWTON <garynewton1961@aol.example>", "DATA",
    "I WANT ALL MY DETAILS REMOVED FROM YOUR DATABASE IMMEDIATELY. I NEVER GAVE YOU PERMISSION TO HAVE THEM.\n",
    R(["Erasure"], "garynewton1961@aol.example", "Gary", "Newton"))
add("en-09-portability", "Nadia Hussain <nadia.h@proton.example>", "Switching supplier",
    "Hi, I'm switching to another energy supplier next month. Can you give me my consumption history and account "
    "data in a structured, commonly used format so the new company can load it? Thank you. Nadia Hussain\n",
    R(["Portability"], "nadia.h@proton.example", "Nadia", "Hussain"))
add("en-10-info-sharing", "Owen Price <owen.price@gmail.example>", "question",
    "Do you sell my details to other companies? And who exactly do you share my information with? I'm not asking "
    "for a copy, just want to understand.\n\nOwen\n",
    R(["Information"], "owen.price@gmail.example", "Owen", "Price"))
add("en-11-fix-and-stop", "Lucy Adams <lucy.adams@yahoo.example>", "two things",
    "Hello, my date of birth on your system is wrong (it should be 04/09/1988, not 09/04/1988), please correct it. "
    "Also please stop sending me marketing texts.\nLucy Adams\n",
    R(["Rectification", "Opposition"], "lucy.adams@yahoo.example", "Lucy", "Adams"))
add("en-12-restrict-complaint", "Victor Osei <victor.osei@outlook.example>", "Disputed debt",
    "Dear team,\n\nI dispute the debt recorded on my file. While the dispute is being investigated I ask that you "
    "restrict processing of my personal data: keep it but do not use or share it.\n\nVictor Osei\n",
    R(["Restriction"], "victor.osei@outlook.example", "Victor", "Osei"))
add("en-13-fraud-algorithm", "Ellie Morgan <ellie.morgan@gmail.example>", "blocked account",
    "Your system automatically flagged my account as fraudulent and blocked it. No one explained why. I want a real "
    "person to review this decision and tell me how the score was calculated.\n\nEllie Morgan\n",
    R(["AutomatedDecision"], "ellie.morgan@gmail.example", "Ellie", "Morgan"))
add("en-14-unknown-rights", "Tom Barker <tom.barker@gmail.example>", "GDPR",
    "Hello, I wish to exercise my rights under the GDPR regarding my personal data. Tom Barker\n",
    R(["Unknown"], "tom.barker@gmail.example", "Tom", "Barker"))
add("en-15-task-dpa", "Sarah Lin <sarah.lin@acme-corp.example>", "DPA for new payroll vendor",
    "Hi privacy team,\n\nWe're about to sign with PayFlow for payroll. Legal asked me to get the data processing "
    "agreement reviewed by you before signing. Draft attached - could you take a look by Thursday?\n\nThanks,\nSarah Lin\nHR Operations\n",
    TASK("sarah.lin@acme-corp.example", "Sarah", "Lin"))
add("en-16-task-ropa", "Mike Duarte <mike.duarte@acme-corp.example>", "new tool",
    "Hi, marketing started using a new webinar platform (registrations with name, email, company). I guess it needs "
    "to go into the register of processing activities? Can you add it? Mike\n",
    TASK("mike.duarte@acme-corp.example", "Mike", "Duarte"))
add("en-17-incident-laptop", "Jenny Walsh <jenny.walsh@acme-corp.example>", "stolen laptop",
    "Hi, my work laptop was stolen from my car last night in Manchester. It has customer spreadsheets on it. "
    "I've reported it to the police and IT. Not sure whether the disk was encrypted.\nJenny Walsh\n",
    INC("jenny.walsh@acme-corp.example", "Jenny", "Walsh"))
add("en-18-incident-misdirected", "Paul Kerr <paul.kerr@acme-corp.example>", "sent to the wrong person",
    "Hello, this morning I emailed a customer's invoice and bank details to the wrong customer (similar name). "
    "I've asked the recipient to delete it. What else do I need to do?\n\nPaul Kerr\nAccounts",
    INC("paul.kerr@acme-corp.example", "Paul", "Kerr"))
add("en-19-fu-tag", "Megan Clarke <megan.clarke@gmail.example>", "Re: [DSR-5521] We have received your request",
    "Hi, it's been three weeks. Any news on my request?\n\nMegan\n\n"
    "> Dear Megan Clarke,\n> We have received your request to access your personal data and will reply within one month.\n"
    "> Acme Corp privacy team\n",
    FU("5521", "megan.clarke@gmail.example", "Megan", "Clarke"))
add("en-20-fu-reply-to-own", "praman77@gmail.example", "Re: account",
    "Just checking you received my email below?\n\nPriya\n",
    FU("file:dv-en-01-no-display-sig.eml", "praman77@gmail.example", "Priya", "Raman"),
    headers=["In-Reply-To: <dv-en-01-no-display-sig@mail.example.net>",
             "References: <dv-en-01-no-display-sig@mail.example.net>"])
add("en-21-spam-prize-unsub", "Rewards Center <rewards@promo-winners.example>", "You have been selected!",
    "Congratulations! Your email was selected to receive a $1,000 gift card. Claim within 24 hours by confirming "
    "your card details here: http://claim-reward.example/go\n\nTo unsubscribe and have your data deleted, reply STOP.\n",
    IGN("spam"), headers=["Reply-To: claims.dept2026@freemail.example",
                          AUTH("softfail", "none", "fail", "promo-winners.example")])
add("en-22-spam-inheritance-only-words", "Barrister Kofi Mensah <kofi.mensah@chambers-law.example>", "Confidential proposal",
    "Dear friend,\n\nI am the personal lawyer of a late client who died with his family, leaving a deposit of "
    "US$8.5 million in a bank here. As you share his surname, I propose to present you as next of kin so the funds "
    "can be released. You will receive 40%. Kindly send your full name, phone number and bank details.\n\nBarrister Kofi Mensah\n",
    IGN("spam"))
add("en-23-ooo", "Alan Reeves <alan.reeves@partner-firm.example>", "Out of Office: Your request",
    "Thank you for your email. I am out of the office until 23 November with limited access to email. "
    "For urgent matters please contact my colleague.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])
add("en-24-newsletter", "Privacy Weekly <newsletter@privacyweekly.example>", "This week: new EDPB guidelines on consent",
    "In this issue: EDPB guidelines on consent, how to handle erasure requests, and a case study on data "
    "subject access requests.\n\nUnsubscribe: https://privacyweekly.example/u\n",
    IGN("bulk"), headers=["List-Unsubscribe: <https://privacyweekly.example/u>", "List-Id: <weekly.privacyweekly.example>"])
add("en-25-gmail-forward", "Kate Hughes <kate.hughes@acme-corp.example>", "Fwd: please remove me",
    "Hi privacy, this came to the support inbox. Can you handle it?\n\n"
    "---------- Forwarded message ---------\nFrom: Brian Doyle <brian.doyle@eircom.example>\n"
    "Date: Sun, 15 Nov 2026 at 19:02\nSubject: please remove me\nTo: <support@acme-corp.example>\n\n"
    "I'd like you to delete my account and all my data. I don't want to be a customer any more.\n\nBrian Doyle\n",
    R(["Erasure"], "brian.doyle@eircom.example", "Brian", "Doyle"))
add("en-26-iphone-access", "Carl <carl.jennings@me.example>", "my info",
    "Can you send me whatever personal data you hold on me\n\nCarl Jennings\n\nSent from my iPhone\n",
    R(["Access"], "carl.jennings@me.example", "Carl", "Jennings"))
add("en-27-angry-buried", "Diane Foster <diane.foster@virginmedia.example>", "Complaint",
    "I have been a customer for eleven years and I have never been treated so badly. Your delivery driver left my "
    "parcel in the rain, your call centre hung up on me twice and nobody answers the chat. Frankly it is a disgrace.\n\n"
    "While I'm at it, I want to know exactly what information you keep about me, so send me a copy of it all.\n\n"
    "I am also going to leave a review about this.\n\nDiane Foster\n",
    R(["Access"], "diane.foster@virginmedia.example", "Diane", "Foster"))
add("en-28-reply-quoting-ack", "Leo Grant <leo.grant@gmail.example>", "Re: [DSR-8840] Your request to Acme Corp",
    "Thanks. My customer number is 55102 if that helps.\n\nLeo\n\nOn Mon, 16 Nov 2026, Acme Corp Privacy wrote:\n"
    "> We have received your request (erasure, access, rectification or objection) and will process it.\n"
    "> You can also ask for a copy of your data or the deletion of your account at any time.\n",
    FU("8840", "leo.grant@gmail.example", "Leo", "Grant"))
