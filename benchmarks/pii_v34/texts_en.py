"""English sentences for v34 (en_US, en_GB, en_AU, en_IE, en_IN documents)."""

G = {
    "legal": {
        "head": [
            "{ORG} LLP\nSolicitors & Notaries\n\nOur ref: {n:docket}\nYour ref: {n:claim}\n\n"
            "Dear {NAME},\n\nRe: {ORG2} v. {NAME2}",
            "IN THE COUNTY COURT AT {CITY}\nClaim No. {n:docket}\n\nBETWEEN\n{NAME} (Claimant)\nand\n"
            "{ORG2} (Defendant)\n\nWITNESS STATEMENT OF {NAME2}",
        ],
        "ph": [
            "Should you wish to discuss settlement, the fee earner's direct line is {NAT}.",
            "Counsel's clerk can be reached on {INTL} to confirm availability for the hearing.",
            "The completion monies will be released once the seller's conveyancer confirms by telephone on "
            "{FIX}.",
            "I telephoned the Defendant's office on {NAT} on three occasions and left messages each time.",
        ],
        "fill": [
            "We refer to {n:statute} and note the limitation period expires shortly.",
            "The judgment is reported as {n:ecli}; see in particular paragraphs {n:pages}.",
            "The property registered under {n:parcel} is to be transferred free of charges.",
            "Please quote our reference on all correspondence; the SRA number of this firm is {n:barroll}.",
            "The deed is recorded in the notarial register as no. {n:deed}.",
            "The energy performance certificate ({n:epc}) is annexed to the contract for sale.",
            "Replies may also be sent to PO Box {n:pobox}.",
        ],
        "foot": [
            "Yours sincerely,\n\n{NAME}\nPartner",
            "Statement of truth: I believe the facts stated in this "
            "witness statement are true.\nSigned: {NAME2}",
        ],
        "list": None,
    },
    "insurance": {
        "head": [
            "CLAIM FILE NOTE\nPolicy: {n:policy}\nClaim: {n:claim}\nInsured: {NAME}\nLoss location: {CITY}",
            "Adjuster report — {ORG}\nClaim reference {n:claim} (policy {n:policy})\nPrepared by {NAME2}",
        ],
        "ph": [
            "Spoke to the insured this morning; best number for the site visit is {MOB}.",
            "Loss assessor instructed, contactable on {NAT}, and will send photographs by Friday.",
            "Third-party insurer's handler asks that recovery queries go to {INTL}.",
            "Contractor's quote received; their estimator can be called on {FIX}.",
        ],
        "fill": [
            "Vehicle {n:plate} towed to the approved repairer; engineer's inspection pending.",
            "Reserve set at {n:price} pending the surveyor's figures.",
            "Water damage to approx. {n:area} of flooring on the ground floor.",
            "Police reference {n:crimeref} supplied by the insured for the theft element.",
            "Insured's bank sort code {n:sortcode} confirmed for the interim payment.",
        ],
        "foot": [
            "Next diary date set. No further action today.",
            "Recommendation: settle on an indemnity basis.",
        ],
        "list": None,
    },
    "medical": {
        "head": [
            "DISCHARGE SUMMARY\nPatient: {NAME}   Hospital no.: {n:patient}\nWard: {n:ward}\n"
            "Admitted: {n:admitted}",
            "Referral letter\n\nDear Dr {NAME2},\n\nRe: {NAME}, NHS no. {n:nhs}",
        ],
        "ph": [
            "If there are concerns after discharge, the ward sister can be reached on {FIX}.",
            "His daughter, who is the main carer, asked to be contacted on {MOB}.",
            "Please book the follow-up through the outpatient booking line, {NAT}.",
            "The specialist nurse runs a direct advice line on {NAT} on weekday mornings.",
        ],
        "fill": [
            "Blood pressure on admission {n:vitals}, pulse {n:pulse}; {n:lab}.",
            "Discharge medication: {n:dosage}.",
            "Diagnosis coded as {n:icd}; no complications recorded.",
            "Observations remained stable throughout; mobilising independently on the ward.",
        ],
        "foot": ["Yours sincerely,\n\nDr {NAME2}\nSpecialty Registrar", "Copy to: patient, GP practice"],
        "list": None,
    },
    "hr": {
        "head": [
            "NEW STARTER FORM — {ORG}\nEmployee number: {n:staff}\nName: {NAME}\nStart date: {n:admitted}",
            "Emergency contact details (confidential)\nStaff ID {n:staff}, department: Finance",
        ],
        "ph": [
            "Personal mobile: {MOB}",
            "Home telephone (if any): {FIX}",
            "Your line manager, {NAME2}, can be reached on {NAT} during your first week.",
        ],
        "fill": [
            "Annual salary: {n:salary}, paid monthly in arrears.",
            "Core hours are {n:hours}; flexible working may be agreed after probation.",
            "Your membership number for the pension scheme is {n:member}.",
        ],
        "foot": [
            "Please return this form to HR within five working days.",
            "Signed by the employee: ________",
        ],
        "list": (
            "Emergency contacts\nName | Relationship | Telephone",
            "{PNAME} | {REL} | {LP}",
            ["spouse", "mother", "brother", "partner", "neighbour", "father"],
        ),
    },
    "tender": {
        "head": [
            "CONTRACT NOTICE\nNotice number: {n:ted}\nBuyer: {ORG}, {CITY}\nInternal ref.: {n:tenderid}",
            "Invitation to tender {n:tenderid}\nMain CPV code: {n:cpv}\nLot {n:lot}: maintenance works",
        ],
        "ph": [
            "Clarification questions may be raised with the procurement officer by telephone on {NAT}.",
            "For access to the tender portal, contact the e-sourcing helpdesk on {SVC}.",
            "Site visits can be arranged with the facilities manager on {INTL}.",
        ],
        "fill": [
            "Estimated value excluding VAT: {n:price}.",
            "Tenders must be submitted before {n:admitted}.",
            "The contract will be awarded under grant agreement no. {n:grant}.",
        ],
        "foot": [
            "Review procedures: the High Court, Strand, London.",
            "Date of dispatch of this notice: see above.",
        ],
        "list": ("Contact points", "{PNAME} ({REL}): {LP}", ["technical", "commercial", "legal", "finance"]),
    },
    "academic": {
        "head": [
            "CURRICULUM VITAE\n{NAME}\nORCID {n:orcid}\nDepartment of Economics, University of {CITY}",
            "Conference programme — Session {n:session}\nChair: {NAME}\nRoom 2.14",
        ],
        "ph": [
            "Office: {FIX}",
            "Local organising committee, emergency number during the conference: {MOB}",
            "Visiting address and telephone: Main Building, {CITY}, {INTL}",
        ],
        "fill": [
            "{NAME2} (2023). Wage rigidity revisited. J. Lab. Econ. {n:bibvol}, pp. {n:pages}. doi:{n:doi}",
            "Monograph, ISBN {n:isbn}; reviewed in a journal with ISSN {n:issn}.",
            "Paper {n:paper}: Measuring informal care across regions.",
        ],
        "foot": ["References available on request.", "Coffee break in the foyer."],
        "list": ("Session chairs", "{PNAME} — {REL} — {LP}", ["chair", "co-chair", "discussant"]),
    },
    "press": {
        "head": [
            "PRESS RELEASE\nEMBARGOED UNTIL {n:embargo}\n\n{ORG} announces third-quarter results",
            "FOR IMMEDIATE RELEASE\n{CITY} — {ORG} opens new logistics centre (ISIN {n:isin})",
        ],
        "ph": [
            "Journalists seeking interviews should call the press office on {NAT}.",
            "Out of hours, the duty press officer is available on {MOB}.",
            "Investor relations: {INTL}",
        ],
        "fill": [
            "Revenue rose to {n:price}, the company said, with the new site covering {n:area}.",
            "The company is registered in England under {n:companyreg}.",
            "Shareholders will vote on resolution {n:resolution} at the annual meeting.",
        ],
        "foot": ["— ENDS —", "Notes to editors: high-resolution images are available on request."],
        "list": (
            "Media contacts",
            "{PNAME}, {REL}: {LP}",
            ["Head of Communications", "Press Officer", "Media Relations"],
        ),
    },
    "police": {
        "head": [
            "INCIDENT REPORT\nOccurrence no. {n:crimeref}\nReporting officer: PC {n:badge}\nLocation: {CITY}",
            "Witness statement (MG11)\nCrime reference {n:crimeref}\nOfficer collar no. {n:badge}",
        ],
        "ph": [
            "Witness {NAME2} can be contacted on {MOB} and is willing to attend court.",
            "The caller rang back from {NAT} to say the suspect had left in a grey van.",
            "Victim was advised to contact the fraud line, {SVC}, and to cancel the card.",
        ],
        "fill": [
            "Vehicle index {n:plate} was seen leaving the car park.",
            "Suspect described as approx. 30 years of age, medium build; CAD log closed at {n:hours}.",
            "Property recovered and booked in under reference {n:claim}.",
        ],
        "foot": ["Officer's signature: ________", "Supervisor review completed."],
        "list": None,
    },
}

COMMON = {
    "loc": [
        "Callers within {TOWN} may simply ring {LOC}.",
        "Our {TOWN} branch is on {LOC} (local call from any {TOWN} landline).",
        "Home phone (a {TOWN} number): {LOC}",
    ],
    "mob": ["Mobile, texts preferred: {MOB}"],
    "fix": ["The office landline is {FIX}, staffed during business hours."],
    "svc": ["Freephone advice line: {SVC}", "Further information is available on {SVC}."],
    "email": [
        "Correspondence by e-mail to {EMAIL}, please, copying {ROLE}.",
        "Documents can be sent to {ROLE}.",
    ],
    "iban": ["Payment to our client account, IBAN {IBAN}."],
    "card": ["The premium was charged to card {CARD}."],
    "ip": [
        "The online form was submitted from IP address {IP4}.",
        "Remote access was assigned {IPP}; the audit log also shows {IP6}.",
    ],
    "ssn": ["Social Security number on file: {SSN}"],
}

ROLES = ["info", "claims", "press", "office", "referrals", "tenders", "hr", "enquiries"]
ORGSUFFIX = ["& Co", "Solicitors", "Holdings plc", "Insurance Ltd", "Partners", "Group"]
