"""English positive templates (en_US, en_GB, en_IN, en_AU) for held-out set v4. See render.py for slots."""

EN = [
    (
        "minutes",
        "MINUTES - {org} Residents' Committee\nHeld {date}, {time}, community room\nPresent: {who} (chair), "
        "{name}, {name}\n1. Apologies from {name}.\n2. Bins: {name} will ring the council depot on {P:loc} "
        "and report back.\n3. AOB - anyone wanting a lift to the AGM, phone {first} at home ({P:loc}).\n"
        "Next meeting: {date}.",
    ),
    (
        "minutes",
        "Board minutes, {org}\nItem 4 - Vendor follow-up\n{who} noted the supplier hotline {P:svc} is "
        "unattended after 5pm; escalation contact is {name}, direct line {P:nat}.\n"
        "Action: {first} to circulate Q{n} figures by {date}.",
    ),
    (
        "police",
        "INCIDENT REPORT  Ref {N:case}\nReporting officer: PC {last}, collar {N:member}\nAt approx {time} "
        "on {date} the complainant, {who}, of {street}, reported a vehicle ({N:plate}) parked across "
        "the drive. Complainant can be reached on {P:nat} or at work ext. {nn}.\nWitness {name} gave "
        "a statement.",
    ),
    (
        "obituary",
        "{who}, aged {nn}, passed away peacefully on {date} in {city}. Beloved friend of the {org} "
        "bowls club. Service at St Anne's, {date}, {time}. Family flowers only; donations to the "
        "hospice. Enquiries to the funeral directors, tel. {P:loc}, or to {first}'s daughter at {E}.",
    ),
    (
        "newsletter",
        "{org} PARISH BULLETIN - week of {date}\n* Coffee morning Tuesday in the hall. Helpers please "
        "call Margaret on {P:loc}.\n* Lost: a blue umbrella, left after the 10:30 mass. Ring the "
        "office ({P:loc}) if found.\n* Youth group trip - forms to the office by Friday.\n"
        "Readings: {N:verse}; {N:verse}.",
    ),
    (
        "roster",
        "{city} Harriers - U{nn} squad contacts\nPlease keep this list private.\n\nPlayer / parent"
        "          Phone\n{name}           {P:list}\n{name}           {P:list}\n{name}"
        "           {P:list}\n{name}           {P:list}\n\nCoach: {who}",
    ),
    (
        "realestate",
        "FOR RENT - 2 bed flat, {street}, {city}. {N:measure}, gas CH, EPC C. Available {date}. "
        "Viewings strictly by appointment: call the agent on {P:nat} or e-mail {E:org}. Ref {N:order}.",
    ),
    (
        "jobpost",
        "We're hiring: Warehouse Supervisor ({org}, {city})\nShift allowance + pension. Job ref "
        "{N:employee}.\nSend your CV to {E:org}. Questions? Talk to {who} in HR: {P:nat} "
        "(Mon-Fri).",
    ),
    (
        "lostfound",
        "LOST CAT!!\nGinger tom, answers to 'Biscuit', microchipped, lost near {street} on {date}.\n"
        "REWARD. Please phone {P:loc} or {P:mob} any time\n-- {who}",
    ),
    (
        "landlord",
        "NOTICE TO ALL TENANTS of {street}\nThe water will be shut off on {date} from {time}. For "
        "emergencies call the caretaker, {name}, on {P:loc}. Rent for flat {N:room} is now payable to "
        "IBAN {IBAN} (reference: your flat number). Managing agent: {org}.",
    ),
    (
        "court",
        "IN THE MATTER OF {who} v {company}\nClaim No. {N:docket}\nDear Sir/Madam,\nWe act for the "
        "claimant. Please direct all correspondence to the undersigned by telephone on "
        "{P:nat}; our fax is {P:nat}. Hearing listed for {date}, court {N:room}.\nYours faithfully",
    ),
    (
        "insurance",
        "CLAIM FORM - Policy {N:policy} / Claim {N:claim}\nPolicyholder: {who}\nSSN: {SSN}\nDaytime "
        "phone: {P:nat}   Evening: {P:loc}\nVehicle: {N:vin}, plate {N:plate}\nDescribe the loss: "
        "rear-ended at the lights on {street} around {time}.",
    ),
    (
        "taxform",
        "Form W-9 (Rev. {year})  Request for Taxpayer Identification Number\nName: {who}\nBusiness "
        "name: {company}\nAddress: {street}, {city}\nSocial security number {SSN}\nRequester: "
        "{org}, payroll desk {P:nat}",
    ),
    (
        "bankstmt",
        "{org} BANK - Statement {date}\nAccount holder: {who}\nIBAN: {IBAN}   BIC {N:bic}\n"
        "{date}  Card payment  {N:price}\n{date}  Standing order to {name}  {N:price}\nQueries: call "
        "{P:svc} or, from abroad, {P:intl}.",
    ),
    (
        "webform",
        "New submission from 'Contact us' form\n--------------------------------\nName: {who}\n"
        "Email: {E}\nPhone: {P:mob}\nMessage: hi, my order {N:order} never arrived, pls call back\n"
        "Submitted from IP {IP4} at {time}",
    ),
    (
        "chatbot",
        "Bot: Hi! I'm Ava, your virtual assistant. How can I help?\nUser: need to change my card\n"
        "Bot: Sure. What's the new card number?\nUser: {CC}\nBot: Thanks. And a phone number we can "
        "text a code to?\nUser: {P:mob}\nBot: Code sent. Ticket {N:order} created.",
    ),
    (
        "callcentre",
        "CALL NOTES {date} {time} agent {N:employee}\ncust {who} rang re billing. verified DOB + last "
        "4 of card. wants callback on landline {P:loc} (not the mobile on file {P:mob}). "
        "escalated to tier 2, case {N:case}",
    ),
    (
        "ocr",
        "ST. MARY'S HALL - WEDDING RECEPTION\nSaturday {date} at {time}\nRSVP to the bride's mother, "
        "telephone {P:nat} or {E}\nMenu choices by {date}. Dress: lounge suits.\nOLD SCHOOL HOUSE, "
        "{street}",
    ),
    (
        "itinerary",
        "TRIP PLAN - {who}\nDay 1  {N:flight}  dep {time} gate {N:gate}, seat {N:seat}\nHotel {company},"
        " {town}: front desk {PX}\nDay 3  train {N:train}, coach {n}\nEmergency contact at home: "
        "{name}, {P:nat}",
    ),
    (
        "prescription",
        "Rx {N:rx}   Qty {N:qty}   Refills {n}\n{who}\nTAKE 1 TABLET BY MOUTH TWICE DAILY\n{org} "
        "PHARMACY  {street}  Ph: {P:nat}\nNDC {N:ndc}  Lot {N:lot}",
    ),
    (
        "alumni",
        "Class of {year} - alumni directory (updated {date})\n{name} .......... {P:list}\n{name} "
        ".......... {P:list}\n{name} .......... {E}\n{name} .......... {P:list}\nCorrections to "
        "{who}.",
    ),
    (
        "watch",
        "NEIGHBOURHOOD WATCH - {street}\nIf you see anything suspicious, phone one of us:\n"
        "  No. {nn}  {name}  {P:list}\n  No. {nn}  {name}  {P:list}\n  No. {nn}  {name}  {P:list}\n"
        "Non-emergency police line is on the card by the letterboxes.",
    ),
    (
        "yellowpages",
        "PLUMBERS\n{company} - boilers, leaks, 24 hr ... {P:loc}\n{company}, {street} ... {P:loc}",
    ),
    (
        "wedding",
        "Together with their families\n{who} & {name}\nrequest the pleasure of your company\n{date}"
        " at {time}\nKindly reply by {date} to {first} - {P:mob} - or {E}",
    ),
    (
        "recipe",
        "Grandma's lemon drizzle (serves {n})\n225g butter, 4 eggs, 1 lemon... bake {nn} min at 180C."
        "\nUpdate: so many of you asked for the cake tins - the shop is {company}, phone them on "
        "{P:nat}. Questions about the recipe? Leave a comment!",
    ),
    (
        "subtitle",
        "{nn}\n00:{nn}:12,040 --> 00:{nn}:15,310\nIf you need me, call the motel.\nThe number's "
        "{P:loc}.\n\n{nn}\n00:{nn}:16,000 --> 00:{nn}:18,200\nRoom {N:room}. Ask for {first}.",
    ),
    (
        "disclaimer",
        "This e-mail and any attachments are confidential. If you received it in error please notify "
        "{E:org} or telephone {P:intl} and delete it. {org} is registered in England, company no. "
        "{N:company}, VAT {N:vat}.",
    ),
    (
        "wiki",
        "{org} is a volunteer-run museum in {city}, founded in {year}. Opening hours vary; the "
        "visitor desk can be reached at {P:nat}.<ref>Official site, retrieved {date}</ref> Its "
        "collection of {N:qty} clocks is catalogued under ISBN {N:isbn}.",
    ),
    (
        "incident-it",
        "SECURITY INCIDENT #{nn}  severity P{n}\nSummary: repeated failed logins against the VPN from "
        "{IP4} and {IP6}.\nReporter: {who}, on-call phone {P:mob}\nBuild affected: "
        "v{N:version}, commit {N:hash}",
    ),
    (
        "classnote",
        "Lost & found at the swimming pool, {date}: one pair of goggles, a towel with initials "
        "{n}. Phone reception on {P:loc} or pop in. Locker {N:room}.",
    ),
    (
        "fridge-note",
        "Note on the fridge: Landline's working again - if the school needs me it's {P:loc}, my "
        "new mobile is {P:mob}. Old number is gone. Dentist moved to {date}.",
    ),
]

EN += [
    (
        "donation",
        "ONLINE GIVING - {org} Restoration Appeal\nDonor: {who}\nAmount: {N:price}\nCard number: {CC}"
        "\nExpiry: 0{n}/2{n}\nGift Aid: yes. Receipt sent to {E}.",
    ),
    (
        "fraud",
        "Fraud team note {date}: customer {who} disputes {n} transactions on card {CC}, merchant "
        "ref {N:order}. Card blocked, replacement {N:maskcard} issued. Callback {P:nat}.",
    ),
    (
        "renewal",
        "Membership renewal - {org} Golf Club\nMember no. {N:member}\nPay by card: {CC}\nOr by "
        "transfer to {IBAN}\nLocker {N:room} renewed.",
    ),
]

US = [
    (
        "benefits",
        "BENEFITS ENROLLMENT {year}\nEmployee: {who}  Emp ID {N:employee}\nSSN {SSN}\nDependent: "
        "{name}, SSN {SSN}\nPlan: PPO {n}00  Effective {date}",
    ),
    (
        "tenant-screening",
        "Rental application - {street}\nApplicant: {who}\nSocial Security #: {SSN}\nCurrent "
        "landlord: {name}, {P:nat}\nEmployer: {company}",
    ),
    (
        "1099",
        "Form 1099-NEC  Payer: {org}, EIN on file\nRecipient's TIN: {SSN}\nRecipient: {who}\nBox "
        "1 Nonemployee compensation {N:price}\nAccount number (see instructions) {N:account}",
    ),
    (
        "bankruptcy",
        "UNITED STATES BANKRUPTCY COURT\nCase No. {N:docket}\nDebtor: {who}, last four digits of "
        "SSN: xxx-xx-{N:qty}; full SSN on the sealed copy: {SSN}\nDebtor's attorney: {name}, "
        "{P:nat}",
    ),
    (
        "police-us",
        "ARREST REPORT #{N:case}\nSubject: {who}, SSN {SSN}, DL {N:passport}\nVehicle plate "
        "{N:plate}. Subject's mother contacted at {P:loc}.",
    ),
    (
        "loan",
        "Loan officer notes: borrower {who} (SSN {SSN}) and co-borrower {name} (SSN {SSN}). Cell "
        "{P:mob}. Appraisal order {N:order}.",
    ),
]
