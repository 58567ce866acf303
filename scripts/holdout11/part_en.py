from common import *  # part en: written blind

# Verdant (solar panels, heat pumps, smart-meter app, green loans) and Keystone Lettings
# (lettings agency: tenant screening, deposits, landlord portal): one group, one privacy address.

# ---------------------------------------------------------------- requests

add("en-01-oneliner-see-it-all", "dgreaves77@mailbox.example", "data",
    "what info have you lot got on me? want to see all of it\n",
    R(["Access"], "dgreaves77@mailbox.example"))

add("en-02-heat-pump-saga-wipe", "Martin Ashworth <m.ashworth@fastmail.example>",
    "Absolutely disgraceful service - heat pump install",
    """To whoever reads this inbox,

I'm writing here because frankly nobody in your customer service team seems able to read.

In March I signed up for an air-source heat pump with Verdant. The surveyor came, took about
forty photos of the inside and outside of my house, measured every radiator and told me the
install would be in May. May came and went. The engineers were booked three times and didn't
turn up once - the third time I'd taken a day's annual leave to let them in. When they
finally arrived in July they fitted the wrong size cylinder and left mud up my stairs.

Since then the system has tripped every cold night. I've rung the helpline eleven times. I
have a log of every call. Each time I'm told a "senior engineer will call back within 48
hours". Nobody ever has.

Last week I cancelled the contract and your finance team have agreed, in writing, to refund
the deposit and unwind the loan. Fine. Once that refund has landed I want every trace of me
gone from your systems - the survey photos of my home, my phone numbers, my bank details,
the lot. I don't trust a company this disorganised to look after any of it.

I've also left a review on every site I could find and I'll be telling everyone on our
street who's been getting your leaflets.

Martin Ashworth
14 Larkhill Close, Harrogate
""",
    R(["Erasure"], "m.ashworth@fastmail.example", "Martin", "Ashworth"))

add("en-03-formal-sar", "Dr Eleanor Fairweather <eleanor.fairweather@post.example>",
    "Subject access request under Article 15 UK GDPR",
    """Dear Data Protection Officer,

Re: Flat 4, 22 Marlborough Road, Oxford OX1 4LR - tenancy managed by Keystone Lettings

I am the tenant of the above property. Pursuant to Article 15 of the UK General Data
Protection Regulation, I hereby request that you furnish me with all personal data
concerning me which Keystone Lettings, or any other company in your group, processes.

This should include, without limitation: my original application and referencing file;
mid-term inspection reports and photographs; correspondence between Keystone and my
landlord in which I am mentioned; notes of telephone calls; and any internal emails in
which I am discussed. Please also provide the supplementary information listed in
Article 15(1)(a) to (h).

I would be grateful if the response could be provided electronically. I note that you have
one calendar month from receipt of this letter in which to respond.

Yours faithfully,

Dr Eleanor Fairweather
""",
    R(["Access"], "eleanor.fairweather@post.example", "Eleanor", "Fairweather"))

add("en-04-typos-stop-ringing", "Gary Pilkington <gary.pilkington84@inbox.example>",
    "phone calls",
    """stop ringin me every other day about solar pannels i sed no thanks 3 times now take my number of ur list
gary pilkington
""",
    R(["Opposition"], "gary.pilkington84@inbox.example", "Gary", "Pilkington"))

add("en-05-caps-texts", "Brenda Kowalczyk <brenda.k1959@homemail.example>",
    "STOP TEXTING ME",
    """I HAVE NEVER ASKED FOR ANY OF YOUR GREEN LOAN OFFERS. NO MORE TEXTS, NO MORE EMAILS.
AND DESTROY WHATEVER YOU HAVE ON ME, I WANT NOTHING LEFT ON YOUR COMPUTERS.
ONE MORE MESSAGE AND I AM GOING TO THE ICO.

BRENDA KOWALCZYK
""",
    R(["Opposition", "Erasure"], "brenda.k1959@homemail.example", "Brenda", "Kowalczyk"))

add("en-06-html-export-meter-history", "Ingrid Halvorsen <ingrid.halvorsen@nordpost.example>",
    "Moving my monitoring history to another platform",
    html("Hello,",
         "I've had the Verdant monitoring app since my panels went in (spring 2023). I'm moving to an "
         "independent energy-monitoring platform and would like my full generation, battery and "
         "consumption history &mdash; half-hourly readings if you have them &mdash; as a CSV or JSON "
         "file I can import there.",
         "Even better if you can push it straight to them: their import address is "
         "<a href=\"mailto:import@ohmtrack.example\">import@ohmtrack.example</a>.",
         "Many thanks,<br>Ingrid Halvorsen"),
    R(["Portability"], "ingrid.halvorsen@nordpost.example", "Ingrid", "Halvorsen"), ct=HTML)

add("en-07-married-new-surname", "Aaliyah Okafor-Reid <aaliyah.reid@mailbox.example>",
    "Change of name on my tenancy",
    """Hi Keystone,

I got married in August and my surname is now Okafor-Reid (it was Okafor). Could you amend
this on my tenancy file and in the tenant portal? My email has changed too - please use this
one instead of aaliyah.okafor@oldmail.example from now on.

I can send a scan of the marriage certificate if you need it.

Thanks,
Aaliyah Okafor-Reid
Flat 7, Canal Wharf, Leeds
""",
    R(["Rectification"], "aaliyah.reid@mailbox.example", "Aaliyah", "Okafor-Reid"))

add("en-08-green-loan-refused", "Rhys Llewellyn <rhys.llewellyn@cymru-mail.example>",
    "Green loan refused in 40 seconds??",
    """Hello,

I applied yesterday evening for your green finance to pay for an air-source heat pump
(quote ref VQ-55812). I was turned down before I'd even boiled the kettle. Forty seconds.
Nobody read that application.

I've been in the same job for twelve years and have never missed a payment on anything.
I want a real person to reassess it, not the algorithm, and I want to be able to give you
some context. Also please send me the data your scoring actually used on me - whatever came
back from the credit reference agency and the income and outgoings figures it worked from.

Diolch,
Rhys Llewellyn
""",
    R(["AutomatedDecision", "Access"], "rhys.llewellyn@cymru-mail.example", "Rhys", "Llewellyn"))

add("en-09-where-did-ccj-come-from", "Nkechi Adeyemi <nkechi.adeyemi@webpost.example>",
    "Where did you get this information?",
    """Good afternoon,

I applied for a two-bed flat through your Camden branch last month. On the phone the
negotiator brought up a county court judgment from 2019 which I settled years ago.

I'd like to understand three things: which company did Keystone get that from, who else
has my application been passed to (the landlord? an insurer?), and how long will you keep
it now that I've been turned down?

Regards,
Nkechi Adeyemi
""",
    R(["Information"], "nkechi.adeyemi@webpost.example", "Nkechi", "Adeyemi"))

add("en-10-irish-arrears-hold-off", "Siobhán Ní Bhriain <siobhan.nibhriain@eir-post.example>",
    "Arrears record - please hold off",
    """Hi there,

I'm disputing the arrears ye have recorded against me for Apt 3, Gardiner Street. I paid
every month by standing order and I have the bank statements to show it. It's gone to the
RTB and there's a hearing in January.

Until that's decided I don't want that arrears record used for anything - not passed to
referencing agencies, not to your debt collectors, not to the landlord's new agent. But
don't go deleting it either, I'll need it for the hearing.

Thanks a million,
Siobhán Ní Bhriain
""",
    R(["Restriction"], "siobhan.nibhriain@eir-post.example", "Siobhán", "Ní Bhriain"))

add("en-11-executor-late-father", "Daniel Osei <dan.osei@familymail.example>",
    "My late father's account - Kwame Osei",
    """Dear Sir or Madam,

My father, Kwame Osei, passed away on 2 October. He had solar panels and a battery installed
by Verdant in 2022 and used your app to keep an eye on them. I am the executor of his estate.

Please close his app account and erase his personal details from your records. I attach the
death certificate and the grant of probate. Any correspondence about the remaining export
payments should come to me at this address.

Kind regards,
Daniel Osei
""",
    R(["Erasure"], "dan.osei@familymail.example", "Kwame", "Osei", representative="Daniel Osei"))

add("en-12-wishes-after-death", "Margaret Thistlewood <m.thistlewood@seniornet.example>",
    "Instructions for when I'm gone",
    """Dear Verdant,

I am 81 and my solicitor has been helping me put my affairs in order. When I die I would
like my daughter, Helen, to be given the information on my Verdant account - the heat pump
servicing history and what's left on the loan - and after that I would like everything
about me to be deleted.

Is it possible to lodge those wishes with you now, while I'm still here to sign things?
Please tell me what you need from me.

With thanks,
Margaret Thistlewood
""",
    R(["AdvanceDirectives"], "m.thistlewood@seniornet.example", "Margaret", "Thistlewood"))

add("en-13-latin1-holding-deposit", "Renée Castellanos <renee.castellanos@postbox.example>",
    "Withdrawn offer - Clapham flat",
    """Hello,

I paid a £250 holding deposit for a one-bed in Clapham in September and a week later the
offer was withdrawn with no explanation. The deposit came back, but I'd like to know why.

Could you send me everything Keystone recorded about me during that application: the
referencing notes, the affordability calculation, and any emails between the negotiator
and the landlord about me?

Renée Castellanos
""",
    R(["Access"], "renee.castellanos@postbox.example", "Renée", "Castellanos"),
    encode="latin-1", ct=LATIN1)

add("en-14-cp1252-trusted-partners", "Callum McAllister <callum.mcallister@scotmail.example>",
    "Passing my details on",
    """Hi,

I’ve just had a call from an insurance broker about “boiler and heat pump cover” – he said
he got my number from one of Verdant’s “trusted partners”. I don’t remember agreeing to
that, but if I did, I’m withdrawing it now. Don’t hand my details to anyone else for their
sales pitches.

Callum McAllister
""",
    R(["Opposition"], "callum.mcallister@scotmail.example", "Callum", "McAllister"),
    encode="cp1252", ct=CP1252)

add("en-15-colleague-forward-inline", "Priya Raman <priya.raman@acme-corp.example>",
    "Fwd: please get rid of my details",
    """Hi privacy team - this landed in the installations inbox over the weekend, can you pick it up?
Thanks, Priya

---------- Forwarded message ---------
From: Hamish Drummond <hamish.drummond@highland.example>
Date: Sat, 14 Nov 2026 at 21:12
Subject: please get rid of my details
To: <installs@acme-corp.example>

Evening,
I had a quote from you in the summer but went with a local firm in the end. Please take my
name, address and the photos your surveyor took of my roof off your records - there's no
reason for you to have them now.
Cheers,
Hamish Drummond
""",
    R(["Erasure"], "hamish.drummond@highland.example", "Hamish", "Drummond"))

add("en-16-colleague-forward-attached", "Josh Whitaker <josh.whitaker@acme-corp.example>",
    "FW: Call recordings", "",
    R(["Access"], "fz.benali@correo.example", "Fatima Zahra", "Benali"),
    note="""Privacy - customer rang the loans team on Friday and then followed up by email, see attached.
Not sure if it's one for you or for complaints, so sending it your way.

Josh Whitaker | Customer Finance Team | ext. 4417
""",
    attached=("Fatima Zahra Benali <fz.benali@correo.example>", "Call recordings",
              """Hello,

I'd like the recordings of every phone call I've had with your finance team since January,
and the notes your advisers typed onto my loan file during those calls. I understand I'm
entitled to these.

Fatima Zahra Benali
"""))

add("en-17-family-address-reply-to", "The Okonkwo Household <okonkwohouse@familymail.example>",
    "Warranty certificate wrong",
    """Hi,

The MCS certificate and the warranty paperwork for our heat pump have my name as
"Chidi Okonkow" and the postcode as LS6 2QE - it should be Okonkwo and LS6 2QF. Can you
fix it on your system and reissue the certificate? The mistake has already caused a problem
with our home insurer.

Please reply to my own address rather than the family one.

Chidi
""",
    R(["Rectification"], "chidi.okonkwo@personal.example", "Chidi", "Okonkwo"),
    headers=["Reply-To: Chidi Okonkwo <chidi.okonkwo@personal.example>"])

add("en-18-solicitor-for-former-tenant", "Harriet Blackwood <h.blackwood@blackwood-solicitors.example>",
    "Our client: Mr Jerome Adebayo-Clarke - data subject access request",
    """Dear Sirs,

Our client: Mr Jerome Adebayo-Clarke
Former address: 9B Station Parade, Reading RG1 1LB
Our ref: HB/ADC/2291

We act for Mr Adebayo-Clarke, formerly the tenant of the above property, in connection with
a dispute concerning the return of his tenancy deposit. We enclose his signed form of
authority.

On our client's behalf we request disclosure, pursuant to Article 15 UK GDPR, of all
personal data relating to him held by Keystone Lettings, including the check-in and
check-out inventories and photographs, contractor invoices, and all communications with the
landlord and with the deposit protection scheme.

Please send the material to the writer at this address within the statutory period.

Yours faithfully,

Harriet Blackwood
Associate Solicitor
Blackwood & Finch LLP
T: 0118 496 0712

This email is confidential and may be legally privileged. If you are not the intended
recipient please notify us immediately and delete it. Blackwood & Finch LLP is authorised
and regulated by the Solicitors Regulation Authority.
""",
    R(["Access"], "h.blackwood@blackwood-solicitors.example", "Jerome", "Adebayo-Clarke",
      representative="Harriet Blackwood"))

add("en-19-attorney-for-mother", "Graham Whitcombe <graham.whitcombe@btmail.example>",
    "My mother, Mrs Joan Whitcombe",
    """Dear Verdant,

I hold a registered Lasting Power of Attorney (property and financial affairs) for my
mother, Mrs Joan Whitcombe, who is 87 and has vascular dementia. Your sales staff have
telephoned her at least four times this autumn and she very nearly agreed to a £14,000
solar and battery package.

Please stop all sales contact with her, by phone, post or at the door, with immediate
effect. I would also like to see whatever records you hold about her - call notes,
recordings, anything she is supposed to have agreed to. A copy of the LPA is attached.

Graham Whitcombe
""",
    R(["Opposition", "Access"], "graham.whitcombe@btmail.example", "Joan", "Whitcombe",
      representative="Graham Whitcombe"))

add("en-20-landlord-hosting-question", "Victoria Pemberton-Hale <victoria@pembertonestates.example>",
    "Landlord portal - where is our data kept?",
    """Good morning,

We have fourteen properties under Keystone management. Before I sign the renewed management
agreement I'd like a couple of points confirmed: where is the landlord portal data hosted,
does any of it leave the UK, and which subcontractors can see it?

Best regards,

Victoria Pemberton-Hale
Director | Pemberton Estates Ltd
T: +44 20 7946 0321 | M: 07700 900456
www.pembertonestates.example

This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error please notify the sender and delete it. Pemberton Estates Ltd,
registered in England and Wales no. 08812345.
""",
    R(["Information"], "victoria@pembertonestates.example", "Victoria", "Pemberton-Hale"))

add("en-21-keep-account-no-tailored-offers", "Oluwaseun Bakare <seun.bakare@mailhub.example>",
    "App - 'tailored' offers",
    """Hi,

To be clear, I am NOT asking you to close my account - the app is genuinely useful for
keeping an eye on the battery. But I don't want my usage figures being crunched to push
"tailored" upgrade offers at me. Please switch that off for my account.

Seun Bakare
""",
    R(["Opposition"], "seun.bakare@mailhub.example", "Oluwaseun", "Bakare"))

add("en-22-double-charged-service", "Kevin Brennan <kev.brennan@mailbox.example>",
    "invoice query",
    """Hi, I've been charged twice for the annual heat pump service (INV-20931 and INV-20977).
Who do I speak to about getting one refunded? Thanks
Kevin
""",
    R(["Unknown"], "kev.brennan@mailbox.example", "Kevin", "Brennan"))

add("en-23-mobile-close-applicant", "Lucía Fernández <lucia.fdez@mobilemail.example>",
    "applicant profile",
    """hi pls close my applicant profile on keystone and bin the docs i uploaded (passport, payslips, bank statements). found a flat elsewhere. thx

Sent from my iPhone
""",
    R(["Erasure"], "lucia.fdez@mobilemail.example", "Lucía", "Fernández"))

add("en-24-landlord-switching-agent", "Bernard Achterberg <b.achterberg@landlordmail.example>",
    "Leaving Keystone - transfer of my records",
    """Hello,

I've served notice on the management agreement for my two flats in Bristol and from January
they'll be managed by Harbourside Property Management.

Please export everything on my landlord account - statements, tenancy records, gas and EICR
certificates, maintenance history - as spreadsheets or CSV, and send it directly to
Harbourside at transfers@harbourside.example so they can load it into their system.

Regards,
Bernard Achterberg
""",
    R(["Portability"], "b.achterberg@landlordmail.example", "Bernard", "Achterberg"))

add("en-25-wrong-readings-collections", "Dorothy Abernethy <dot.abernethy@greymail.example>",
    "Readings on my account are wrong",
    """Dear Sir/Madam,

Your system says I owe £612 in export adjustments, based on meter readings that are plainly
wrong: the meter was replaced in June and the figures on my account are still coming from
the old one (serial ending 4471).

Please correct the readings on my account. And until somebody has actually checked them,
please don't use them for billing and don't pass me to your collections agency.

Yours faithfully,
Mrs D. Abernethy
""",
    R(["Rectification", "Restriction"], "dot.abernethy@greymail.example", "Dorothy", "Abernethy"))

add("en-26-polish-english-mix", "Agnieszka Wójcik-Nowak <a.wojcik.nowak@poczta.example>",
    "Prośba / request - my data",
    """Dzień dobry,

sorry my English is not perfect. I rent flat from Keystone since 2021 (Birmingham, Digbeth).
I want to receive all informations you keep about me - umowa, dane osobowe, notatki, everything.
Proszę o kopię wszystkich moich danych osobowych.

Dziękuję,
Agnieszka Wójcik-Nowak
""",
    R(["Access"], "a.wojcik.nowak@poczta.example", "Agnieszka", "Wójcik-Nowak"))

add("en-27-scots-how-long", "Stuart Mackenzie <stu.mackenzie@scotmail.example>",
    "how long",
    """Moved out of my flat in Leith back in 2022. How long do yous hang on to tenants' details
after they've left? Just wondering, still get the odd email from you.
Stuart Mackenzie
""",
    R(["Information"], "stu.mackenzie@scotmail.example", "Stuart", "Mackenzie"))

add("en-28-export-then-erase", "Yusuf Demir <yusuf.demir@postbox.example>",
    "Before you delete me",
    """Hi,

I'm closing my Verdant account. Before you wipe anything, send me everything you've got
stored about me - I want my own records of the install, the survey and the loan statements.
Once I've got that, erase the lot.

Yusuf Demir
""",
    R(["Access", "Erasure"], "yusuf.demir@postbox.example", "Yusuf", "Demir"))

add("en-29-object-rent-data-sharing", "Chloé Marchetti <chloe.marchetti@mailbox.example>",
    "Rent details shared with PropIndex?",
    """Hello,

I read in your updated privacy notice that Keystone shares tenancy details - rent, length of
tenancy, postcode - with PropIndex for their rental market reports. I object to my tenancy
being included in that. I haven't got a problem with you using it to manage the flat, just
not that.

Chloé Marchetti
""",
    R(["Opposition"], "chloe.marchetti@mailbox.example", "Chloé", "Marchetti"))

add("en-30-dsar-jargon-no-name", "r.kaur@consultmail.example", "DSAR",
    """Please treat this email as a DSAR.

Scope: all personal data relating to me held across Verdant and Keystone Lettings, Jan 2020
to date, incl. emails, CRM notes and call logs. Statutory deadline noted.

Regards,
Ravinder Kaur
""",
    R(["Access"], "r.kaur@consultmail.example", "Ravinder", "Kaur"))

add("en-31-computer-says-no", "Marcus Thibodeaux <marcus.thibodeaux@mailbox.example>",
    "computer says no?",
    """Got an email 3 minutes after I submitted my application for the flat on Harrow Road saying
I "did not meet the referencing criteria". I earn well over 30x the rent. There's no way a
human looked at it.

I'd like an actual person to go through my application and I want a chance to explain - I'm
self-employed, which I suspect is what your system doesn't like.

Marcus Thibodeaux
""",
    R(["AutomatedDecision"], "marcus.thibodeaux@mailbox.example", "Marcus", "Thibodeaux"))

add("en-32-keep-for-tribunal", "Precious Mahlangu <precious.mahlangu@webpost.example>",
    "Don't delete - tribunal",
    """Hi,

I know people usually write to ask you to delete things, but I'm asking for the opposite.
I'm taking my former landlord to the First-tier Tribunal over disrepair at 31 Kingsway.
Please keep every record relating to my tenancy, but lock them down: they shouldn't be used
for anything else or altered until the case is over. They're evidence.

Precious Mahlangu
""",
    R(["Restriction"], "precious.mahlangu@webpost.example", "Precious", "Mahlangu"))

add("en-33-husband-for-wife-calls", "Anil Mehta <anil.mehta@homemail.example>",
    "Calls to my wife",
    """Hello,

My wife, Priya Mehta, doesn't use email so I'm writing on her behalf (she's sitting next to
me and agrees). She keeps getting calls on her mobile, 07700 900812, from Verdant about a
battery upgrade. She doesn't want any more sales calls or texts.

Anil Mehta
""",
    R(["Opposition"], "anil.mehta@homemail.example", "Priya", "Mehta", representative="Anil Mehta"))

# ---------------------------------------------------------------- tasks (colleagues)

add("en-34-task-processor-addendum", "Laura Kingsley <laura.kingsley@acme-corp.example>",
    "DPA review - FieldRoute scheduling",
    """Hi both,

Procurement are ready to sign with FieldRoute (the engineer scheduling app the install team
want). They've sent their standard data processing addendum - could someone in privacy
review it before Friday? Two things jumped out at me: they use sub-processors in the US and
want to keep job data for 7 years after termination.

Thanks,
Laura Kingsley
Procurement Manager
""",
    TASK("laura.kingsley@acme-corp.example", "Laura", "Kingsley"))

add("en-35-task-dpia-smart-meter-campaign", "Ben Achebe <ben.achebe@acme-corp.example>",
    "DPIA needed? meter data for Q1 campaign",
    """Hi,

Marketing want to use half-hourly consumption data from the app to spot homes that would
benefit most from a heat pump and target them with offers in Q1. Legal said to check with
you whether this needs a DPIA first. Can you run one, or tell us what you need from us to
get it started?

Cheers,
Ben
Ben Achebe | Growth Marketing Lead
""",
    TASK("ben.achebe@acme-corp.example", "Ben", "Achebe"))

add("en-36-task-ropa-right-to-rent", "Sinead Gallagher <sinead.gallagher@acme-corp.example>",
    "New right-to-rent provider - register",
    """Hi privacy,

FYI from 1 December we're moving right-to-rent ID checks from Checkwise to VeriTenant. Could
you update the record of processing activities, and let me know if anything else needs
changing on our side (the applicant privacy notice?).

Sinead Gallagher
Lettings Operations, Keystone
""",
    TASK("sinead.gallagher@acme-corp.example", "Sinead", "Gallagher"))

add("en-37-task-induction-training", "Tom Reddington <tom.reddington@acme-corp.example>",
    "Data protection induction - new negotiators",
    """Hello,

Six new lettings negotiators start on 30 November. Could someone from the privacy team run
the data protection induction for them that week? An hour is plenty; Wednesday afternoon
would suit best.

Thanks,
Tom Reddington
Regional Lettings Director
""",
    TASK("tom.reddington@acme-corp.example", "Tom", "Reddington"))

add("en-38-task-bank-questionnaire", "Hannah Oyelaran <hannah.oyelaran@acme-corp.example>",
    "FW: Supplier due diligence questionnaire - Greenfield Bank",
    """hiya, greenfield bank (our loan funding partner) have sent their annual supplier infosec &
data protection questionnaire, 62 qs, due back 4 Dec. attached. can privacy fill in the data
protection section? IT are doing the security bit. ta

Hannah
""",
    TASK("hannah.oyelaran@acme-corp.example", "Hannah", "Oyelaran"))

# ---------------------------------------------------------------- incidents

add("en-39-inc-van-laptop-stolen", "Craig Donnelly <craig.donnelly@acme-corp.example>",
    "Laptop nicked from van",
    """Morning,

My van was broken into last night outside my house in Warrington. They took the work laptop
and a paper folder of site survey sheets for this week's jobs - customer names, addresses,
and on a few of them the alarm codes and key safe numbers the customers gave us. Laptop has
a password but I don't know if it's encrypted.

Police ref 0812 of 15/11.

Craig Donnelly
Senior Installer
07700 900233
""",
    INC("craig.donnelly@acme-corp.example", "Craig", "Donnelly"))

add("en-40-inc-renewal-wrong-flat", "Amira Haddad <amira.haddad@acme-corp.example>",
    "Renewal letter went to the wrong tenant",
    """Hi,

I've just realised the renewal pack for Flat 2, 15 Elm Grove went to the tenant in Flat 12 -
same building, the mail merge picked the wrong row. It has the Flat 2 tenant's name, the new
rent and their guarantor's name and address. The Flat 12 tenant emailed us about it this
morning. What should I do next?

Amira Haddad
Property Manager, Keystone Lettings
""",
    INC("amira.haddad@acme-corp.example", "Amira", "Haddad"))

add("en-41-inc-outsider-portal-others", "Gregory Fenwick <greg.fenwick@landlordmail.example>",
    "I can see someone else's properties",
    """Hello,

When I logged into the landlord portal this morning the dashboard was showing three
properties that are not mine, with the tenants' names, mobile numbers and rent arrears. I've
taken a screenshot but haven't clicked on anything else. You'll want to look at this
urgently - presumably somebody can see mine too.

Gregory Fenwick
""",
    INC("greg.fenwick@landlordmail.example", "Gregory", "Fenwick"))

add("en-42-inc-outsider-loan-agreement", "Rosalind Pike <ros.pike@inbox.example>",
    "Received someone else's loan agreement",
    """Hi,

This afternoon I got an email from your finance team with a signed green-loan agreement
attached. It isn't mine - it belongs to a man in Norwich and it has his full name, address,
bank details and income on it. I haven't forwarded it to anyone. Shall I just delete it?

Rosalind Pike
""",
    INC("ros.pike@inbox.example", "Rosalind", "Pike"))

add("en-43-inc-clicked-docusign", "Jordan Price <jordan.price@acme-corp.example>",
    "think i clicked a dodgy link",
    """Hi, got an email that looked like DocuSign about a landlord contract, clicked it and typed my
Microsoft password before I noticed the web address was weird. Changed my password now. My
mailbox has all the tenant referencing emails in it. Sorry!!

Jordan
""",
    INC("jordan.price@acme-corp.example", "Jordan", "Price"))

# ---------------------------------------------------------------- follow-ups

add("en-44-fu-dsr-five-weeks", "Patricia Oduya <patricia.oduya@mailbox.example>",
    "Re: [DSR-40217] We have received your request",
    """It has now been five weeks and I've had nothing from you except the message below. The
month is up. When will I actually receive my information?

Patricia Oduya

> Dear Patricia,
>
> Thank you for contacting us. Your request has been logged under reference DSR-40217 and
> we will respond within one month of receipt.
>
> Privacy Team - Verdant & Keystone Lettings
""",
    FU("40217", "patricia.oduya@mailbox.example", "Patricia", "Oduya"))

add("en-45-fu-formal-sar-id", "Dr Eleanor Fairweather <eleanor.fairweather@post.example>",
    "Re: Subject access request under Article 15 UK GDPR",
    """Dear Data Protection Officer,

Further to my letter of 16 November, I attach a copy of my driving licence as proof of
identity, as your colleague asked me by telephone. Please confirm the date by which I should
expect your response.

Yours faithfully,
Dr Eleanor Fairweather
""",
    FU(ref("en-03-formal-sar"), "eleanor.fairweather@post.example", "Eleanor", "Fairweather"),
    headers=irt("en-03-formal-sar"))

add("en-46-fu-loan-review-chaser", "Rhys Llewellyn <rhys.llewellyn@cymru-mail.example>",
    "Re: Green loan refused in 40 seconds??",
    """Any update on the review? The installer can only hold the price until the end of the month.

Rhys
""",
    FU(ref("en-08-green-loan-refused"), "rhys.llewellyn@cymru-mail.example", "Rhys", "Llewellyn"),
    headers=irt("en-08-green-loan-refused"))

add("en-47-fu-dsr-passport", "Wojciech Zieliński <w.zielinski@poczta.example>",
    "RE: [DSR-38864] Identity verification needed",
    """Hi, as asked here is a photo of my passport and a council tax bill from October. Hope that's
enough to go on.

Wojciech Zieliński

-----Original Message-----
From: privacy@acme-corp.example
Subject: [DSR-38864] Identity verification needed

To progress your request we need to verify your identity. Please reply with a copy of a
photo ID and a proof of address dated within the last three months.
""",
    FU("38864", "w.zielinski@poczta.example", "Wojciech", "Zieliński"))

# ---------------------------------------------------------------- ignored

add("en-48-spam-compliance-fine", "GDPR Compliance Office <notice@gdpr-enforcement-centre.example>",
    "FINAL NOTICE: your website is not GDPR compliant - fines up to £17.5m",
    """FINAL NOTICE

Our automated audit has found that acme-corp.example stores customer personal data in breach
of the Data Protection Act. Companies that fail to act face fines of up to £17.5 million.

To protect your customers' personal data and avoid enforcement, you must delete unlawfully
held records using our certified erasure tool and purchase your Compliance Certificate
(£499 + VAT) within 72 hours.

Click here to secure your certificate now.
""",
    IGN("spam", "notice@gdpr-enforcement-centre.example"), headers=SPAM_HDR)

add("en-49-spam-quota-phish", "IT Service Desk <helpdesk@acme-c0rp.example>",
    "Mailbox quota exceeded - action required",
    """Dear user,

Your mailbox privacy@acme-corp.example has exceeded its storage quota and incoming messages
will be rejected within 24 hours.

To keep receiving email, validate your account here: https://acme-c0rp.example/owa/validate

IT Service Desk
""",
    IGN("spam", "helpdesk@acme-c0rp.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-c0rp.example")])

add("en-50-spam-data-broker-removal", "EraseMe Now <hello@eraseme-now.example>",
    "Your personal data is for sale on 312 websites",
    """Hi there,

We found your home address, phone number and date of birth listed on 312 data broker sites.
Scammers buy this information every day.

Protect your privacy: EraseMe Now deletes your personal data from the internet and keeps it
deleted. Today only, 70% off your first year - just £2.99 a month.

Start my removal >>
""",
    IGN("spam", "hello@eraseme-now.example"))

add("en-51-spam-solar-leads", "Darren <darren@solarleadz.example>",
    "500 exclusive solar leads / month?",
    """Hi,

We generate pre-qualified homeowner leads for solar and heat pump installers - 100% GDPR
compliant opt-in data, exclusive to you, no contracts. Installers like you close 1 in 6.

Can I send over a free sample of 20 leads in your postcode area?

Darren
Growth Partner, SolarLeadz
""",
    IGN("spam", "darren@solarleadz.example"))

add("en-52-ooo-supplier", "Eilidh Campbell <eilidh.campbell@fieldroute.example>",
    "Automatic reply: DPA review - FieldRoute scheduling",
    """Thank you for your email. I'm out of the office until Monday 23 November with limited
access to email. For anything urgent please contact legal@fieldroute.example.

Eilidh
""",
    IGN("auto_reply", "eilidh.campbell@fieldroute.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-53-ticket-acknowledgement", "Greenfield Bank Supplier Desk <no-reply@greenfieldbank.example>",
    "[Ticket #88123] We've received your message",
    """This is an automated acknowledgement.

Your enquiry has been logged as ticket #88123 and assigned to the Supplier Assurance team.
We aim to respond within 5 working days. Please do not reply to this message.

Greenfield Bank plc
""",
    IGN("auto_reply", "no-reply@greenfieldbank.example"),
    headers=["Auto-Submitted: auto-generated"])

add("en-54-bulk-association-bulletin", "Heat Pump Association <news@heatpumpassoc.example>",
    "Members' bulletin: Boiler Upgrade Scheme changes from April",
    """MEMBERS' BULLETIN - NOVEMBER

* Boiler Upgrade Scheme: grant levels confirmed for 2027/28
* New MCS installer standard consultation closes 12 December
* Webinar: selling heat pumps to landlords ahead of EPC C

Read the full bulletin on our website.

You are receiving this because your organisation is a member. Unsubscribe or manage your
preferences: https://heatpumpassoc.example/prefs
""",
    IGN("bulk", "news@heatpumpassoc.example"),
    headers=["List-Id: HPA members <members.heatpumpassoc.example>",
             "List-Unsubscribe: <https://heatpumpassoc.example/unsub?u=9912>",
             "Precedence: bulk"])

add("en-55-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
