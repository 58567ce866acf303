from common import *  # part en: written blind

# ---------------------------------------------------------------- requests

add("en-01-sar-formal",
    "Siobhán Ní Bhriain <siobhan.nibhriain@eircom-mail.example>",
    "Data Subject Access Request – Article 15 GDPR",
    """Siobhán Ní Bhriain
4 Bóthar na Trá
Salthill
Galway H91 X2K7

16 November 2026

Data Protection Officer
Acme

Re: Subject access request – Acme Pay customer, date of birth 22/09/1987

Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data
Protection Regulation.

Please provide me with a copy of all personal data which you hold about me, whether on
computer or in manual files, in relation to my Acme Pay current account and my home
insurance policy (policy number HH-0049921-IE). This includes, but is not limited to, notes
made by your staff, records of telephone calls, the results of any identity checks and
any internal correspondence in which I am mentioned.

I would also ask you to tell me the purposes for which my data is processed, the
recipients to whom it has been disclosed, and the period for which it will be kept.

I have enclosed a copy of my driving licence and a recent utility bill as proof of
identity and address. I look forward to your reply within one month, as required.

Yours faithfully,

Siobhán Ní Bhriain
""",
    R(["Access"], "siobhan.nibhriain@eircom-mail.example", "Siobhán", "Ní Bhriain"))

add("en-02-close-delete-typos",
    "tomasz.wisniewski83@poczta.example",
    "account",
    """hello

i want close my account in acme pay and delet all my data what you have, also the
pasport photo and the selfie video i send when i open the account. i not use it anymore
since i go back to Poland. please dont keep nothing

thank you
Tomasz Wiśniewski
""",
    R(["Erasure"], "tomasz.wisniewski83@poczta.example", "Tomasz", "Wiśniewski"))

add("en-03-caps-texts",
    "DEREK OAKES <d.oakes1958@btinternet.example>",
    "STOP THE TEXTS",
    """I HAVE NOW TOLD YOUR CALL CENTRE THREE TIMES. STOP SENDING ME TEXT MESSAGES ABOUT
"PRE-APPROVED" PERSONAL LOANS AND CREDIT CARD UPGRADES. I DO NOT WANT CREDIT. I DO NOT
WANT TEXTS. I DO NOT WANT PHONE CALLS AT TEA TIME.

TAKE MY MOBILE NUMBER OFF YOUR MARKETING LIST TODAY OR I WILL BE CONTACTING THE
INFORMATION COMMISSIONER.

D OAKES
""",
    R(["Opposition"], "d.oakes1958@btinternet.example", "Derek", "Oakes"))

add("en-04-moved-house",
    "Rachel Thornbury <rachel.thornbury@fastmail.example>",
    "Change of address + name on policies",
    """Hi there,

We moved last month from 14 Elm Grove, Leeds LS6 2AB to 3 Haddon Close, Harrogate HG1 5PQ.
Could you please update my address on both the home policy and the car policy? The app
won't let me do it myself, it keeps saying the address has to match my ID documents.

While you're at it, my surname on the car policy is still showing as my maiden name
(Pickering) - it should be Thornbury, has been since 2023. The bank side has it right so
no idea why insurance doesn't.

Many thanks,
Rachel Thornbury
07700 900412
""",
    R(["Rectification"], "rachel.thornbury@fastmail.example", "Rachel", "Thornbury"))

add("en-05-passport-retention",
    "Chukwuemeka Okafor <emeka.okafor@mailbox.example>",
    "Enquiry on my international passport data",
    """Good day Sir/Ma,

I trust this mail meets you well.

I recently opened account with your app and during the registration I was asked to upload
the data page of my international passport and to record a short selfie video turning my
head. Kindly let me know for how long you will be keeping the passport copy and the video,
and if it is shared with any third party company for the verification.

I will also like to know if my data is being sent outside the UK, because the app was
showing a different company name while the video was uploading.

Thanks in anticipation of your prompt response.

Best regards,
Chukwuemeka Okafor
""",
    R(["Information"], "emeka.okafor@mailbox.example", "Chukwuemeka", "Okafor"))

add("en-06-loan-refused",
    "Priya Raghunathan <priya.r@outlook-mail.example>",
    "Loan application refused in 40 seconds - request for human review",
    """Hello,

On Saturday I applied in the app for a personal loan of £6,500 to pay for a car. The
decision came back in about 40 seconds: "We're unable to offer you a loan at this time."
No reason given, and the chat assistant just repeats the same sentence.

I have been a customer for four years, my salary is paid into the account every month and
I have never been overdrawn. I find it hard to believe a person looked at this.

I would like the decision to be reviewed by an actual member of staff, and I want to be
able to put my side of it (my employer changed its name in September, which may be
confusing your system).

I would also like a copy of the personal data you used to make the decision - the credit
file data, any score you gave me and the transaction data that went into it.

Kind regards,
Priya Raghunathan
""",
    R(["AutomatedDecision", "Access"], "priya.r@outlook-mail.example", "Priya", "Raghunathan"))

add("en-07-black-box-rant",
    "Gareth Pritchard <gaz.pritchard@valleynet.example>",
    "your so called black box",
    """Right. I've had enough of this.

When I took out the policy in March your salesman told me the black box would SAVE me
money "as long as you drive sensibly". I am 52, I have driven for 34 years, I have had
one claim in my life and that was when somebody reversed into me in the Tesco car park in
Pontypridd. I drive to work and back and to my mother's on a Sunday. That's it.

Then last month I get the renewal and it's gone up £310. I ring up, wait 45 minutes, get
a lad who tells me my "driving score" has dropped because of "harsh braking events" and
"night-time driving". Night-time driving! I work shifts at the hospital, what do you want
me to do, walk?? He couldn't tell me where, when or how many of these braking events
there were, he said he "can only see the score".

So here it is in writing. I want a copy of every single journey record, speed reading,
location and whatever "harsh braking events" you've logged against my car since March,
and whatever you've worked out from them. All of it, not a score.

And nobody ever told me the box records where I go at 2 in the morning. My wife was not impressed either when the bloke on the phone read out that I'd been
"stationary at a location" for an hour (it was the hospital car park, I was at work).

I've been with Acme for the bank account for years and I'm this close to moving the lot.

Gareth Pritchard
""",
    R(["Access"], "gaz.pritchard@valleynet.example", "Gareth", "Pritchard"))

add("en-08-call-recordings-html",
    "Ciarán Ó Súilleabháin <ciaran.osullivan@corkmail.example>",
    "Recordings of my calls re claim CLM-7781203",
    html("Hello,",
         "I had a number of phone calls with your claims team between 2 October and 10 November "
         "about my burst pipe claim (<b>CLM-7781203</b>). At the start of each call I was told "
         "the call was being recorded.",
         "I am requesting copies of <b>all recordings</b> of those calls, and of any notes your "
         "handlers made during or after them. The handler on 27 October told me things that "
         "are now being denied and I want to hear it again.",
         "An audio file by e-mail or a download link is fine.",
         "Regards,<br>Ciarán Ó Súilleabháin<br>Ballincollig, Co. Cork<br>087 555 0193"),
    R(["Access"], "ciaran.osullivan@corkmail.example", "Ciarán", "Ó Súilleabháin"),
    ct=HTML)

add("en-09-export-transactions",
    "Ana-Maria Popescu <anamaria.popescu@yahoo.example>",
    "Export my transactions to new bank",
    """Dear Acme,

I am moving my salary and bills to other bank (Nordbank) from next month. I need all my
transactions from the account since I open it in 2021 in a file like CSV or Excel, so I can
import it in their app, the PDF statements are not good for this.

If it is possible please send it directly to Nordbank, they told me it is my right under
GDPR, the "data portability". My IBAN is in the app, I don't write it here for security.

Thank you very much,
Ana-Maria Popescu
""",
    R(["Portability"], "anamaria.popescu@yahoo.example", "Ana-Maria", "Popescu"))

add("en-10-fraud-marker-restrict",
    "Kwame Asante <kwame.asante@londonmail.example>",
    "Fraud marker on my account - restriction of processing",
    """To the Data Protection Officer,

On 9 November your fraud team froze my Acme Pay account and told me a "fraud marker" had
been recorded in my name after a payment of £1,200 I received from a friend repaying a
loan. I have sent the fraud team his bank statement and a copy of our WhatsApp messages.

I contest the accuracy of this marker. While your fraud team checks it, I am asking you
to restrict the processing of my data linked to it: please do not use it for any other
purpose and do not pass it to CIFAS or any other organisation until the investigation is
finished. I am not asking you to delete anything at this stage - just to freeze it.

Please confirm in writing that the restriction is in place.

Kwame Asante
Flat 7, 22 Coldharbour Lane, London SE5
""",
    R(["Restriction"], "kwame.asante@londonmail.example", "Kwame", "Asante"))

add("en-11-mother-junior-account",
    "Aoife Byrne <aoife.byrne@eir.example>",
    "My son's account - please close and delete",
    """Hi,

My son Oisín (he's 15, DOB 03/02/2011) opened one of your junior accounts and ordered a
card through the app without asking me or his dad. Apparently all it took was a photo of
his passport and a selfie. I'm not happy about that at all.

I'm his mother and I want the account closed and all his details deleted, including the
passport photo and the video. There's about €12 in it - send it back to wherever it came
from, I don't care.

I can send his birth cert or whatever you need to prove I'm his parent.

Aoife Byrne
Drumcondra, Dublin 9
""",
    R(["Erasure"], "aoife.byrne@eir.example", "Oisín", "Byrne", representative="Aoife Byrne"))

add("en-12-executor-late-father",
    "Margaret Jenkins-Blake <mjblake@talktalk.example>",
    "The late Mr Harold Jenkins - bank account and home insurance",
    """Dear Sirs,

I am the executor of the estate of my father, Mr Harold Arthur Jenkins, of 18 Church Lane,
Market Harborough, who died on 2 September 2026. I enclose a copy of the death
certificate and of the grant of probate.

My father held an Acme Pay account and a buildings and contents policy with your
insurance company. I have already written to your bereavement team about closing the
account and cancelling the policy.

To deal with the estate properly I would be grateful if you would send me a copy of the
personal information you hold about him, in particular any correspondence, call notes and
the record of payments out of his account during the last six months of his life (I have
some concerns about transfers made while he was in hospital).

Once the estate is settled, I would ask that his personal data be deleted, other than what
you are legally obliged to keep.

Yours faithfully,

Mrs Margaret Jenkins-Blake
Executor
""",
    R(["Access", "Erasure"], "mjblake@talktalk.example", "Harold", "Jenkins",
      representative="Margaret Jenkins-Blake"))

add("en-13-after-my-death",
    "Brendan Fitzgerald <b.fitzgerald@limerick-net.example>",
    "What happens to my data when I die",
    """Hello,

This is not an easy email to write. I was diagnosed with motor neurone disease in the
summer, and I am trying to get my affairs in order while I still can type.

I have a bank account with you and my car and house are insured with Acme. I'd like to
know what happens to my personal information with you after I die, and to leave clear
instructions now:

- my sister, Maura Fitzgerald, should be the one person allowed to get my data and the
  account history, if she needs it;
- everything else, including the recordings of my phone calls and the medical forms I
  sent when I claimed for the wheelchair ramp, should be deleted after my death.

Can you record these wishes, and tell me how to make it official?

Thank you,
Brendan Fitzgerald
""",
    R(["AdvanceDirectives"], "b.fitzgerald@limerick-net.example", "Brendan", "Fitzgerald"))

add("en-14-solicitor-sar",
    "Jonathan Hale <j.hale@halemorrow-solicitors.example>",
    "Our client: Ms Fiona McAllister – Subject Access Request – your ref MTR-558120",
    """Dear Sir or Madam,

Our client: Ms Fiona McAllister, 41 Bruntsfield Place, Edinburgh EH10
Your claim reference: MTR-558120 (road traffic accident, 14 June 2026)

We act for the above-named in connection with her claim arising out of the road traffic
accident on 14 June 2026.

On behalf of our client, and with her written authority (enclosed), we hereby make a
request under Article 15 UK GDPR and section 45 of the Data Protection Act 2018 for a copy
of all personal data you hold concerning her, including without limitation: the complete
claim file; all medical reports and records obtained by you or your appointed medical
agency; engineer's reports; telematics data for the insured vehicle for 14 June 2026; all
call recordings and attendance notes; and all internal and external correspondence.

Please send the data to this office, marking your reply for the attention of the writer.

Yours faithfully,

Jonathan Hale
Partner
Hale & Morrow Solicitors LLP
12 Queen Street, Edinburgh EH2 1JE | T: 0131 496 0718

This e-mail and any attachments are confidential and may be legally privileged. If you are
not the intended recipient please notify the sender and delete it. Hale & Morrow
Solicitors LLP is authorised and regulated by the Law Society of Scotland.
""",
    R(["Access"], "j.hale@halemorrow-solicitors.example", "Fiona", "McAllister",
      representative="Jonathan Hale"))

add("en-15-medical-report-shared",
    "Agnieszka Kowalczyk <agnieszka.kowalczyk@gmail.example>",
    "My medical report - who have you given it to?",
    """Dear Data Protection Officer,

After my car accident on 12 August your claim handler asked me to sign a form so you could
get my medical report from the hospital in Swindon. I signed it because I was told it was
only for my claim.

Last week the solicitor of the other driver wrote to me and quoted from this report (my
back injury and also my antidepressant medication, which has NOTHING to do with the
accident). So they have a copy from somewhere.

I want to know exactly who you have given my medical report to, when, and on which legal
basis. And I object to you sending it to anybody else from now, without asking me first.

I am very upset about this.

Agnieszka Kowalczyk
Policy MOT-7730015
""",
    R(["Information", "Opposition"], "agnieszka.kowalczyk@gmail.example", "Agnieszka", "Kowalczyk"))

add("en-16-who-gave-broker",
    "Liam Doherty <liamdoh@eircom.example>",
    "How did you get my details??",
    """A fella rang me yesterday saying he was a broker "working with Acme Insurance" and he
knew my car reg and that my renewal is due in December. I never gave you or any broker my
details, I'm with another crowd for the car.

So where did you get my information from and who gave it to this broker?

Liam
""",
    R(["Information"], "liamdoh@eircom.example", "Liam", "Doherty"))

add("en-17-dob-wrong",
    "Lan Nguyen <lan.nguyen.uk@proton.example>",
    "ID verification fail - date of birth wrong",
    """Hello,

The ID verification in the app keep failing for me. I think because in my profile the
date of birth is 14/07/1992 but my real date of birth is 14 July 1993, like in my
passport. Can you correct it please?

Also on the letter you send me my name is written "Nguyen Lan", the order is wrong, it
should be Lan Nguyen (Lan is first name).

Thanks
Lan Nguyen
""",
    R(["Rectification"], "lan.nguyen.uk@proton.example", "Lan", "Nguyen"))

add("en-18-withdraw-consent-html",
    "Rhiannon Evans <rhiannon.evans@cardiffmail.example>",
    "Withdrawing consent - spending insights",
    html("Hi,",
         "When I updated the app it asked me to &quot;turn on personalised offers&quot; and I "
         "tapped yes without really reading it. I've now read it.",
         "I withdraw my consent to you analysing my card spending to build a profile for "
         "offers, and to sharing my spending data with your &quot;retail partners&quot;. "
         "I can't find where to turn it off in the app, so please do it at your end and confirm.",
         "Diolch,<br>Rhiannon Evans"),
    R(["Opposition"], "rhiannon.evans@cardiffmail.example", "Rhiannon", "Evans"),
    ct=HTML)

add("en-19-card-not-arrived",
    "Sean Murphy <seanie.murphy@gmail.example>",
    "card still not arrived",
    """ordered a replacement card 3 weeks ago still nothing. the chat in the app just goes round
in circles. can someone sort this out please, i cant pay for anything

Sean
""",
    R(["Unknown"], "seanie.murphy@gmail.example", "Sean", "Murphy"))

add("en-20-claim-payment-cp1252",
    "Chloë O'Reilly <chloe.oreilly@iol.example>",
    "Claim payment – when?",
    """Hi,

I was told by the assessor on the 2nd that my storm-damage claim was approved for €3,420
but it’s now the 16th and nothing’s come through. The roof is still covered with a tarp.

Who do I talk to? Nobody answers the claims line after 4pm.

Thanks,
Chloë O’Reilly
Claim HC-2026-118834
""",
    R(["Unknown"], "chloe.oreilly@iol.example", "Chloë", "O'Reilly"),
    ct=CP1252, encode="cp1252")

add("en-21-copy-and-csv-replyto",
    "Hamish MacLeod <hamish@macleod-joinery.example>",
    "data request",
    """Hello,

Please send me a copy of all the personal data you hold on me - both for the Acme Pay
account and the van insurance.

For the transactions I want them as a CSV or JSON file, not PDFs, so I can load them into
my bookkeeping software. My accountant tells me I'm entitled to that under data
portability.

Reply to my personal address please (hamish.macleod@personal-mail.example), not this
one - the lads at work read this inbox.

Hamish MacLeod
MacLeod Joinery, Inverness
""",
    R(["Access", "Portability"], "hamish.macleod@personal-mail.example", "Hamish", "MacLeod"),
    headers=["Reply-To: Hamish MacLeod <hamish.macleod@personal-mail.example>"])

add("en-22-do-the-needful",
    "Deepak Chaudhary <deepak.chaudhary1990@rediff.example>",
    "Remove my details and stop calls",
    """Dear Team,

Kindly do the needful and remove all my details from your database at the earliest.

Also your agents are calling me daily on my mobile for car insurance quote, even on
Sunday. I have already purchased policy elsewhere. Please stop these calls immediately.

Regards,
Deepak Chaudhary

Sent from my Samsung Galaxy smartphone.
""",
    R(["Erasure", "Opposition"], "deepak.chaudhary1990@rediff.example", "Deepak", "Chaudhary"))

add("en-23-card-blocked-algorithm",
    "Marco Bianchi <marco.bianchi@libero-mail.example>",
    "Card blocked 4 times by your system - I want a person to decide",
    """Good morning,

During my holiday in Spain (1-12 November) my Acme card was blocked four times by your
automatic fraud system, one time in a restaurant with my family and one time at the car
rental, very embarrassing. Each time I had to call and they unlock it, and next day again.

The operator told me the system has now put my profile as "high risk" and that he cannot
change it because "the algorithm decide". I don't accept that a computer decide this
about me. I ask that a real person look at my case and take the decision, not a machine.

I live in Manchester but I travel to Italy and Spain often for work, this will happen
again.

Best regards,
Marco Bianchi
""",
    R(["AutomatedDecision"], "marco.bianchi@libero-mail.example", "Marco", "Bianchi"))

add("en-24-enduring-poa",
    "Patricia Walsh-Kearney <patricia.wk@gmail.example>",
    "Mrs Eileen Walsh - Enduring Power of Attorney",
    """Dear Data Protection Officer,

I hold a registered Enduring Power of Attorney for my mother, Mrs Eileen Walsh (DOB
11/05/1939), who has advanced dementia and now lives in a nursing home in Mullingar. A
copy of the registered EPA is attached.

Two things please:

1. Her correspondence address with you is still her old house at 6 Ashfield Road,
   Athlone, which has been sold. Please change it to my address: 29 The Paddocks,
   Mullingar, Co. Westmeath, and my phone number 086 555 2740.

2. Please send me a copy of all the data you hold on her. I've found statements showing
   she was given a credit card with a €4,000 limit in March this year, and she could not
   possibly have understood what she was signing up to.

Kind regards,
Patricia Walsh-Kearney
""",
    R(["Rectification", "Access"], "patricia.wk@gmail.example", "Eileen", "Walsh",
      representative="Patricia Walsh-Kearney"))

add("en-25-colleague-fwd-delete",
    "Nadia Hussain <nadia.hussain@acme-corp.example>",
    "Fwd: please delete me",
    """Hi privacy team,

This came into the complaints inbox this morning - think it's one for you rather than us?
He was a home policyholder, cancelled in September.

Thanks,
Nadia

Nadia Hussain | Complaints Handler | Acme Home & Motor
Ext. 4471

---------- Forwarded message ---------
From: Yusuf Demir <yusuf.demir@mailbox-tr.example>
Date: Sun, 15 Nov 2026 at 21:14
Subject: please delete me
To: complaints@acme-corp.example

Hello,
I cancelled my home insurance with you in September because I moved back to Izmir. I
don't want you to keep any of my information anymore. Please delete all of it and tell me
when it's done.
Yusuf Demir
""",
    R(["Erasure"], "yusuf.demir@mailbox-tr.example", "Yusuf", "Demir"))

add("en-26-claims-fwd-attached",
    "Tom Callaghan <tom.callaghan@acme-corp.example>",
    "FW: Dashcam footage and my claim file",
    "",
    R(["Access"], "bronagh.kelly@btmail.example", "Bronagh", "Kelly"),
    attached=("Bronagh Kelly <bronagh.kelly@btmail.example>",
              "Dashcam footage and my claim file",
              """Hello,

My claim number is MC-2026-40271 (collision on the Lisburn Road, 3 October).

Could you please send me everything you have on me for this claim: the dashcam footage
and data from the telematics box in my car, the photos, the engineer's report, the notes
of my phone calls and the statement of the other driver's insurer about me.

I'd like to have it all before I decide whether to accept your offer.

Thanks,
Bronagh Kelly
"""),
    note="""Privacy team - forwarding the attached from a motor claimant. She's asking for
"everything you have" including the dashcam/telematics data. Not sure what we can release
from the third party side, over to you.

Tom Callaghan
Motor Claims Team Leader, Belfast""")

add("en-27-family-address-unsubscribe",
    "The Patel Family <thepatels@homemail.example>",
    "Unsubscribe",
    """Hi,

Please take me off all your marketing emails and the monthly "money tips" newsletter. I
have clicked unsubscribe twice at the bottom of the emails and I'm still getting them.

This is the family email address - please reply to my own address, which should come up
when you hit reply.

Nisha Patel
""",
    R(["Opposition"], "nisha.patel84@mailbox.example", "Nisha", "Patel"),
    headers=["Reply-To: Nisha Patel <nisha.patel84@mailbox.example>"])

add("en-28-call-recording-question-latin1",
    "Jürgen Schäfer <j.schaefer@t-mail.example>",
    "Question about recording of telephone calls",
    """Dear Sir or Madam,

I have a question regarding the recording of telephone calls. When I phoned your hotline
about my car insurance last week, the announcement said that calls are recorded "for
training and quality purposes".

How long are these recordings stored, and who has access to them? Are they also
transcribed or analysed by some software (for example for voice or emotion analysis)?

I moved to Bristol from Düsseldorf two years ago and in Germany we are used to be asked
before such recordings, so I am a little surprised.

With kind regards,
Jürgen Schäfer
""",
    R(["Information"], "j.schaefer@t-mail.example", "Jürgen", "Schäfer"),
    ct=LATIN1, encode="latin-1")

add("en-29-credit-file-wrong",
    "Olumide Adeyemi <olu.adeyemi@gmail.example>",
    "Incorrect missed payment reported on my credit file",
    """Hello,

You have reported a missed payment for July 2026 on my Acme personal loan to Experian and
Equifax. This is wrong. The direct debit was taken on 1 July as normal - I have the bank
statement to prove it and I've attached it.

Because of this my mortgage application has been put on hold.

1. Please correct the record on my credit file with all the agencies you report to.
2. Until that's done, please restrict the use of this wrong entry - do not use it in any
   decision about me and do not share it with anyone else.

This is urgent, the mortgage offer expires on 30 November.

Olumide Adeyemi
Loan account ending 8841
""",
    R(["Rectification", "Restriction"], "olu.adeyemi@gmail.example", "Olumide", "Adeyemi"))

add("en-30-transfers-barrister",
    "Eleanor Whitfield-Hughes <e.whitfield-hughes@greystone-chambers.example>",
    "International transfers of customer data",
    """Dear DPO,

I write in a purely personal capacity, as a customer of both Acme Pay and Acme Home
insurance.

Your privacy notice says that personal data "may be transferred to service providers
outside the UK and the EEA". Could you tell me which countries my data is actually sent
to, which kinds of providers receive it (I assume a call centre and cloud hosting), and
which safeguards you rely on for each transfer - adequacy regulations, the IDTA, or
something else?

I am not asking for a copy of my data.

With thanks,

Eleanor Whitfield-Hughes
Barrister
Greystone Chambers, 3 Temple Row, Birmingham B2

This message is confidential and may be subject to legal professional privilege. If you
have received it in error, please notify the sender and delete it. Barristers at
Greystone Chambers are self-employed and regulated by the Bar Standards Board.
""",
    R(["Information"], "e.whitfield-hughes@greystone-chambers.example", "Eleanor", "Whitfield-Hughes"))

add("en-31-unsubscribe-bare",
    "dave1971@freemail.example",
    "unsubscribe",
    """unsubscribe
""",
    R(["Opposition"], "dave1971@freemail.example", None, None))

add("en-32-what-do-you-hold-iphone",
    "Fatima-Zahra Benali <fz.benali@icloud.example>",
    "My data",
    """Hi, what personal data do you hold about me? I'd like to see all of it. I've had the app
since 2022 and the car insurance since last year.

Fatima-Zahra

Sent from my iPhone
""",
    R(["Access"], "fz.benali@icloud.example", "Fatima-Zahra", "Benali"))

add("en-33-hard-search-rant",
    "Declan Moriarty <declan.moriarty@kerrymail.example>",
    "Complaint - credit search without my permission",
    """To whom it may concern,

I am writing to complain in the strongest terms about the way your company has treated
me, and I am copying in my TD.

On 28 October I started an application for your "Acme Flex" credit card in the app,
purely to see what rate I'd be offered. Nowhere, and I have screenshots of every screen,
did it say that you would do a full search on my credit file. I stopped at the screen
asking for my employer details and closed the app. I never pressed submit.

Two weeks later my mortgage broker tells me there is a hard search from Acme on my file
and that it has knocked my score just when we're trying to buy our first house. My wife
and I have been saving for six years. The broker had to explain this search to the bank.

When I rang your customer service line the girl told me "all applications are searched"
and that I "must have agreed to the terms". I did not. Then I was put on hold for 25
minutes and cut off.

I want every bit of information you took from me for that application deleted - the
employer details, the salary, the credit file data you pulled, all of it - and I want
written confirmation that it has been done.

I also expect a written apology. If this is not dealt with within 14 days I will be taking it
to the Financial Services and Pensions Ombudsman.

Declan Moriarty
Tralee, Co. Kerry
""",
    R(["Erasure"], "declan.moriarty@kerrymail.example", "Declan", "Moriarty"))

# ---------------------------------------------------------------- tasks (staff)

add("en-34-task-kyc-vendor-dpa",
    "Sophie Langford <sophie.langford@acme-corp.example>",
    "DPA review needed - VeriPass (second KYC provider)",
    """Hi Privacy,

We're onboarding VeriPass Ltd as a second identity verification provider for Acme Pay
(passport/ID scan + liveness check), as a fallback when the current provider is down.

Legal have said privacy needs to review their DPA and sub-processor list before we sign.
Their standard DPA (v3.2) and the sub-processor list are on the procurement SharePoint
under Vendors > VeriPass. Target signature date is 30 November.

Could someone pick this up and let me know if you need a call with their DPO?

Thanks,
Sophie Langford
Senior Procurement Manager | Acme
""",
    TASK("sophie.langford@acme-corp.example", "Sophie", "Langford"))

add("en-35-task-dpia-drivescore",
    "Ravi Menon <ravi.menon@acme-corp.example>",
    "DPIA for DriveScore sharing with partner garages",
    """Hi team,

Motor product are planning to launch "DriveScore sharing" in Q1: with the customer's opt-in,
we'd share their telematics driving score and mileage with partner garages (for
service reminders) and with FuelPlus (discount on fuel cards).

I'm told we need a DPIA for this since it involves location-derived data and a new
recipient category. Can you start one or send me the template? Happy to walk you through
the data flows - I've got a draft diagram.

Cheers,
Ravi Menon
Product Owner, Motor Telematics
""",
    TASK("ravi.menon@acme-corp.example", "Ravi", "Menon"))

add("en-36-task-induction-training",
    "Gemma Doyle <gemma.doyle@acme-corp.example>",
    "Data protection session for new claims handlers",
    """Hiya,

We have 12 new claims handlers starting in the Dublin office on Monday. Would someone from
your team be able to do a one-hour data protection session for them on Wednesday or
Thursday afternoon? Especially on handling medical reports, call recordings, and what to
do if a customer asks for their data over the phone.

Can be in person or on Teams, whatever suits.

Thanks a million,
Gemma

Gemma Doyle | Learning & Development | Acme Home & Motor
""",
    TASK("gemma.doyle@acme-corp.example", "Gemma", "Doyle"))

add("en-37-task-reinsurer-questionnaire",
    "Oliver Brennan <oliver.brennan@acme-corp.example>",
    "FW: Annual due diligence questionnaire - Section 4 Data Protection",
    """Privacy - Section 4 of this one is yours (data protection & GDPR, about 25 questions).
They need it back by Friday 20th. I've done sections 1-3. Shout if that's not doable.

Oliver

Oliver Brennan | Partnerships Manager | Acme Home & Motor

-----Original Message-----
From: Due Diligence <dd@northsea-re.example>
Sent: 12 November 2026 16:02
To: Oliver Brennan <oliver.brennan@acme-corp.example>
Subject: Annual due diligence questionnaire

Dear Oliver,

As part of our annual review of cedant insurers, please complete the attached
questionnaire (sections 1-6) and return it by 20 November 2026.

Kind regards,
Vendor Risk Team, Northsea Re
""",
    TASK("oliver.brennan@acme-corp.example", "Oliver", "Brennan"))

add("en-38-task-ropa-call-platform",
    "Wojciech Nowak <wojciech.nowak@acme-corp.example>",
    "Call recording platform changed - register of processing",
    """hi,

fyi we moved the call recording from CallVault to Sonata Voice on 1 Nov (all contact
centre lines, bank + insurance). can you update the record of processing activities
please. Sonata host in Frankfurt but 2nd line support is from Manila, so maybe you need a
transfer assessment also? tell me what info you need from IT

thx
Wojciech

Wojciech Nowak
Infrastructure Engineer, Contact Centre Systems
""",
    TASK("wojciech.nowak@acme-corp.example", "Wojciech", "Nowak"))

add("en-39-task-notice-review-html",
    "Isabelle Chambers <isabelle.chambers@acme-corp.example>",
    "Review needed: in-app privacy wording for Spending Insights (release 4.12)",
    html("Hi Privacy team,",
         "Release 4.12 of the app (going live <b>25 November</b>) includes the new Spending "
         "Insights screen. We've drafted the short privacy text for the pop-up and the update "
         "to the privacy notice section 6.",
         "Could you review the wording and let me know if it's OK, or send edits by the 20th? "
         "The draft is in the Marketing &gt; App Releases &gt; 4.12 folder.",
         "Many thanks,<br>Isabelle Chambers<br>Content Lead, Digital Marketing"),
    TASK("isabelle.chambers@acme-corp.example", "Isabelle", "Chambers"),
    ct=HTML)

# ---------------------------------------------------------------- incidents

add("en-40-inc-laptop-stolen",
    "Connor Fitzpatrick <connor.fitzpatrick@acme-corp.example>",
    "Laptop stolen from car - urgent",
    """Hi,

My work laptop was stolen from my car last night outside my house in Stockport (window
smashed). I've reported it to Greater Manchester Police (crime ref 06/11873/26) and logged
it with the IT service desk (INC0098812).

I'm a motor claims handler. There's a spreadsheet of about 60 open injury claims saved in
my Downloads folder (names, claim refs, injury descriptions) and some medical reports I'd
saved to work on offline. IT think BitLocker should be on but they're not 100 % sure for
this model.

What do you need from me?

Connor Fitzpatrick
Motor Claims Handler
07700 900877
""",
    INC("connor.fitzpatrick@acme-corp.example", "Connor", "Fitzpatrick"))

add("en-41-inc-other-customer-in-app",
    "Hannah Lewis <hannah.lewis@gmail.example>",
    "Seeing someone else's account in your app??",
    """Hi,

I logged into the app this morning around 7.40 and the transactions list was showing
payments that aren't mine - salary from an NHS trust, rent to a lettings agent, a name
"R. Okonkwo" at the top and what looked like a full account number and sort code. I took
a screenshot (attached) in case you need it.

I logged out and back in and it was my own account again. Thought you should know - if I
can see theirs, can someone else see mine?

Hannah Lewis
""",
    INC("hannah.lewis@gmail.example", "Hannah", "Lewis"))

add("en-42-inc-letter-old-address",
    "Maeve Keane <maeve.keane@acme-corp.example>",
    "Possible breach - settlement letter sent to old address",
    """Hi Privacy,

Reporting a possible breach. A claim settlement letter for a home policyholder (claim
HC-2026-101552) was posted to his old address last Tuesday even though he'd updated his
address with us in October - the update didn't carry over to the claims system. The
letter included a summary of his GP report (he'd claimed for a fall on the stairs).

The new occupant rang us this morning, she has opened it and says she'll post it back.
I've apologised to the customer by phone.

What do I need to do next?

Maeve Keane
Senior Claims Handler, Cork
""",
    INC("maeve.keane@acme-corp.example", "Maeve", "Keane"))

add("en-43-inc-clicked-phish",
    "Sanjay Kapoor <sanjay.kapoor@acme-corp.example>",
    "i think i clicked a phishing link",
    """hi, i think i did something stupid. got an email at 9.10 that looked like a docusign for
a broker contract, clicked it and typed my microsoft password on the page before i
realised the address was wrong. IT reset my password and MFA at 9.35.

problem is my mailbox has KYC escalations in it with passport scans and proof of address
for maybe 40 customers. forwarded the phish to security@ already.

sanjay
KYC Operations
""",
    INC("sanjay.kapoor@acme-corp.example", "Sanjay", "Kapoor"))

add("en-44-inc-broker-wrong-file",
    "Ruth Abernethy <ruth@abernethy-brokers.example>",
    "Your broker portal sent us another broker's customer data",
    """Good afternoon,

This morning's commission statement download from your broker portal (file dated
16/11/2026) contained policyholder details that are not ours: names, addresses, dates of
birth, vehicle registrations and claims history for roughly 300 customers. It looks like
another broker's book.

We only opened it far enough to see what it was. It has been deleted from our system and
the download folder. Please let us know if you need anything further from us, and please
make sure our own clients' data hasn't gone the other way.

Kind regards,

Ruth Abernethy
Director
Abernethy Insurance Brokers Ltd, Perth
Authorised and regulated by the Financial Conduct Authority.
""",
    INC("ruth@abernethy-brokers.example", "Ruth", "Abernethy"))

add("en-45-inc-letter-for-someone-else",
    "Wei Zhang <zhangwei.uk@163mail.example>",
    "Letter for another person in my envelope",
    """Dear Sir/Madam,

Today I received a letter from your company in the post. In the envelope there was my
letter about my card and also a second letter which is not for me, it is for a Mr. Brian
Aldridge in another address in Reading. It is about his loan application which was refused
and it shows his income and his credit score.

I did not read all of it. What should I do with this letter? I can send back to you if
you give me the address.

Kind regards,
Wei Zhang
""",
    INC("zhangwei.uk@163mail.example", "Wei", "Zhang"))

# ---------------------------------------------------------------- follow-ups

add("en-46-fu-dsr-chase",
    "Graham Whitlock <graham.whitlock@blueyonder.example>",
    "Re: [DSR-40817] We have received your request",
    """It's now been five weeks since you sent the message below. The legal deadline is one
month. When will I receive my data?

Graham Whitlock

On 9 Oct 2026, at 11:02, privacy@acme-corp.example wrote:
> Dear Mr Whitlock,
>
> Thank you for your message. We have registered your request under reference
> DSR-40817 and will reply within one month of receipt.
>
> Kind regards,
> Acme Privacy Team
""",
    FU("40817", "graham.whitlock@blueyonder.example", "Graham", "Whitlock"))

add("en-47-fu-id-document",
    "Aleksandra Petrović <a.petrovic@mail-rs.example>",
    "RE: [DSR-41230] Verification of your identity",
    """Hello,

Please find attached copy of my residence permit (both sides) as you asked. I don't have
my passport at the moment, it is at the embassy for visa. I hope this is enough.

Aleksandra Petrović

-----Original Message-----
From: Acme Privacy Team <privacy@acme-corp.example>
Subject: [DSR-41230] Verification of your identity

Before we can proceed with your request, we need to verify your identity. Please reply
with a copy of a valid photo ID.
""",
    FU("41230", "a.petrovic@mail-rs.example", "Aleksandra", "Petrović"))

add("en-48-fu-loan-payslips",
    "Priya Raghunathan <priya.r@outlook-mail.example>",
    "Re: Loan application refused in 40 seconds - request for human review",
    """Hello again,

Adding to my message from this morning: I've attached my last three payslips and the
letter from my employer about the name change (Brightwell Analytics Ltd became Brightwell
Data Ltd in September), in case it helps whoever reviews the decision.

Thanks,
Priya
""",
    FU(ref("en-06-loan-refused"), "priya.r@outlook-mail.example", "Priya", "Raghunathan"),
    headers=irt("en-06-loan-refused"))

add("en-49-fu-black-box-again",
    "Gareth Pritchard <gaz.pritchard@valleynet.example>",
    "Re: your so called black box",
    """And another thing. I've just had a letter saying my policy will auto-renew at the new
price unless I ring up. Still haven't had my journey data. Don't renew anything until
I've seen it.

G. Pritchard
""",
    FU(ref("en-07-black-box-rant"), "gaz.pritchard@valleynet.example", "Gareth", "Pritchard"),
    headers=irt("en-07-black-box-rant"))

# ---------------------------------------------------------------- ignored

add("en-50-spam-advance-fee",
    "Mrs. Grace Mbeki <grace.mbeki.foundation@freemail-box.example>",
    "URGENT ATTENTION BENEFICIARY",
    """Dear Beloved,

I am Mrs Grace Mbeki, widow of late Engineer Thomas Mbeki who worked with the Ministry of
Mines for many years before his death. Before he died he deposited the sum of US$7,500,000
(Seven Million Five Hundred Thousand United States Dollars) with a security company here.

I am now suffering from cancer and I want you to help me receive this fund and use it for
charity. You will take 30% for your assistance. Kindly reply with your full name,
telephone number and bank details so the lawyer can process the transfer.

God bless you,
Mrs Grace Mbeki
""",
    IGN("spam", "grace.mbeki.foundation@freemail-box.example"),
    headers=SPAM_HDR)

add("en-51-spam-seo",
    "Kevin | RankRocket <kevin@rankrocket-seo.example>",
    "Quick question about acme-corp.example",
    """Hi there,

I was checking acme-corp.example and noticed you're not ranking on page 1 for "best
banking app UK" or "cheap car insurance". Your competitors are.

We've helped 200+ fintech brands 10x their organic traffic in 90 days with our white-hat
link building. Can I send you a free audit and a few case studies?

Best,
Kevin
Growth Specialist, RankRocket

Not interested? Reply "no" and I won't follow up.
""",
    IGN("spam", "kevin@rankrocket-seo.example"))

add("en-52-spam-mailbox-phish",
    "IT Helpdesk <helpdesk@acme-corp-mailsupport.example>",
    "privacy@acme-corp.example: Mailbox storage full - action required",
    """Your mailbox privacy@acme-corp.example has reached 99% of its storage quota.

Incoming messages will be rejected within 24 hours. To avoid losing your emails and to
stay compliant with data retention rules, verify your account and release your pending
messages below:

>> RELEASE MESSAGES NOW <<
https://acme-corp-mailsupport.example/owa/verify?u=privacy

IT Helpdesk
Microsoft 365 Administrator
""",
    IGN("spam", "helpdesk@acme-corp-mailsupport.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="acme-corp-mailsupport.example")])

add("en-53-spam-data-broker-removal",
    "GDPR Compliance Office <office@gdpr-certify-eu.example>",
    "Your organisation is NOT compliant - deletion deadline 30 November",
    """NOTICE TO THE DATA PROTECTION OFFICER

Our automated audit has found that acme-corp.example fails 14 out of 32 GDPR checks and
that personal data of your customers appears on at least 212 data broker websites.

Fines of up to EUR 20,000,000 or 4% of turnover may apply. We can delete your customers'
data from all broker sites and issue your official GDPR Compliance Certificate 2027 for a
one-off fee of EUR 1,490.

Pay before 30 November to avoid being listed in the public register of non-compliant
companies.

GDPR Certification Office
""",
    IGN("spam", "office@gdpr-certify-eu.example"))

add("en-54-auto-reply-ooo",
    "Julia Stanton <julia.stanton@fairclough-legal.example>",
    "Automatic reply: [DSR-40533] Our response to your client's request",
    """Thank you for your email. I am out of the office until Monday 23 November with limited
access to email.

For urgent matters please contact my assistant, Mark Ellison, on 0161 496 0355 or at
mark.ellison@fairclough-legal.example.

Julia Stanton
Fairclough Legal LLP
""",
    IGN("auto_reply", "julia.stanton@fairclough-legal.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-55-bulk-newsletter",
    "Privacy Digest <newsletter@privacydigest.example>",
    "Privacy Digest - Week 46: ICO fines, DPC decisions and the new adequacy talks",
    """PRIVACY DIGEST - WEEK 46

This week:
- ICO fines a credit broker £350k for nuisance calls
- Irish DPC publishes decision on telematics data in motor insurance
- EU-UK adequacy: what the review means for your transfers
- Webinar: Handling subject access requests at scale (Thursday, 2pm GMT)

Read the full issue online.

You are receiving this because you subscribed at privacydigest.example.
Unsubscribe: https://privacydigest.example/unsubscribe?id=88213
""",
    IGN("bulk", "newsletter@privacydigest.example"),
    headers=["List-Id: Privacy Digest <digest.privacydigest.example>",
             "List-Unsubscribe: <https://privacydigest.example/unsubscribe?id=88213>",
             "Precedence: bulk"])

add("en-56-bounce",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
