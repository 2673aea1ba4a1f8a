"""English sentences (v95): legal services.

Placeholders: {P} national phone, {M} mobile, {X} international, {O} toll-free/shared-cost,
{E} e-mail, {C} card, {I} IBAN, {IP} IP address, {S} US SSN, {n:kind} hard negative,
{NAME} a person, {TOWN} the town of the document's local numbers, {L} a local (subscriber-only) number."""

GENRES = {
    "clientcare": {
        "title": [
            "Client care letter",
            "Engagement letter – terms of business",
            "Re: your instructions to us",
        ],
        "pos": [
            "{NAME} will have day-to-day conduct of your matter; her direct dial is {P}.",
            "If you are unhappy with our service, write to our Client Relations Partner at {E} or call {P}.",
            "Please quote matter number {n:matter_no} whenever you ring us on {P}.",
            "Our money on account can be paid by card over the phone; a client paid with {C} last week "
            "without any trouble.",
            "For urgent matters outside office hours, leave a message on {M} and the duty fee earner will "
            "call back.",
            "Funds should be sent to our client account, {I}, and never to any other account – we will "
            "not change these details by e-mail.",
            "Instructions from abroad can be given on {X}; our associate there speaks English.",
        ],
        "neg": [
            "Our hourly rate for a partner is £{n:fee_amount} plus VAT and we record time in six-minute "
            "units.",
            "We are authorised and regulated by the Solicitors Regulation Authority, SRA number {n:sra_id}.",
            "Our reference is {n:client_ref}; please keep it on all correspondence.",
            "To date {n:hours_recorded} have been recorded against this file.",
            "Documents can also be sent through the document exchange: {n:dx_address}.",
            "The firm is a limited liability partnership registered in England, company number "
            "{n:company_reg_no}.",
        ],
    },
    "conveyancing": {
        "title": [
            "Completion statement",
            "Your purchase: report on title",
            "Exchange of contracts – next steps",
        ],
        "pos": [
            "The seller's solicitors have confirmed they will accept completion monies on the day; you "
            "can reach {NAME} on {P} with questions.",
            "Please transfer the balance of the deposit to {I} and phone us on {P} to confirm the amount "
            "before you send it.",
            "The estate agent's negotiator, {NAME}, can be reached on {M} to arrange collection of the keys.",
            "Searches were ordered from the council; any queries go to {E}.",
            "Land Registry fees will be taken by card: we have noted {C} as you asked.",
            "Your mortgage lender's completions team is on {O}.",
        ],
        "neg": [
            "The property is registered under title number {n:land_title_no}.",
            "The Unique Property Reference Number shown on the search is {n:uprn}.",
            "The energy performance certificate, reference {n:epc_number}, is valid until 2033.",
            "Stamp duty land tax will be filed on form {n:court_form} on the day of completion.",
            "Completion is fixed for {n:hearing_slot}; interest on late completion runs at "
            "{n:interest_rate}.",
        ],
    },
    "notary": {
        "title": [
            "Notarial appointment",
            "Your documents for legalisation",
            "Notary public – booking confirmation",
        ],
        "pos": [
            "Please bring your passport to the appointment; if you are delayed, call the notary's clerk "
            "on {P}.",
            "The apostille will be sent to you by courier; track it by ringing {P}.",
            "Our correspondent notary abroad will call you from {X} to check the translation.",
            "Scans of the power of attorney may be sent in advance to {E}.",
            "The fee is payable by card on the day or by transfer to {I}.",
        ],
        "neg": [
            "The deed is entered in the register as number {n:notary_roll}.",
            "The apostille issued by the FCDO carries number {n:apostille_no}.",
            "Your signature will be witnessed at {n:hearing_slot}.",
            "Our fee for the certificate is £{n:fee_amount}, including disbursements.",
        ],
    },
    "mediation": {
        "title": [
            "Mediation information and assessment meeting",
            "Invitation to mediation",
            "Family mediation – your session",
        ],
        "pos": [
            "If you need to rearrange, text the mediator on {M}; we ask for 48 hours' notice.",
            "Joint sessions take place at our rooms; the front desk is on {P}.",
            "The other party's solicitor has asked for any papers to go to {E}.",
            "If you would rather join by video, our coordinator {NAME} will send a link – or ring {P} and "
            "she will talk you through it.",
            "Mediation vouchers are handled by the scheme helpline on {O}.",
        ],
        "neg": [
            "The mediator's notes from the session on {n:hearing_slot} are not shared with the court.",
            "Your session lasted {n:hours_recorded} and the fee is shared equally.",
            "Please read {n:paragraph_range} of the agreement to mediate before we meet.",
            "The court form you may need later is {n:court_form}.",
        ],
    },
    "arbitration": {
        "title": [
            "Procedural Order No. 2",
            "Notice of arbitration hearing",
            "Tribunal secretary – logistics for the hearing",
        ],
        "pos": [
            "Counsel for the claimant can be reached through the tribunal secretary on {X}.",
            "Logistics questions about the hearing centre go to {E} or {P}.",
            "The hearing room's IT desk will whitelist your laptop at {IP} before the first day.",
            "The respondent's in-house counsel, {NAME}, has given {X} for the duration of the hearing.",
            "Deposits towards costs should be paid to {I}.",
        ],
        "neg": [
            "This arbitration is registered as {n:arb_case_no}.",
            "The hearing bundle runs to {n:bundle_pages} for the witness statements alone.",
            "The tribunal refers the parties to {n:law_report_cite} on the construction point.",
            "Exhibit {n:exhibit_ref} was admitted without objection.",
            "The advance on costs is fixed at USD {n:fee_amount}.",
        ],
    },
    "witness": {
        "title": [
            "Witness care – your court date",
            "Citizens Advice Witness Service",
            "Letter to a prosecution witness",
        ],
        "pos": [
            "A volunteer from the Witness Service can show you round the courtroom before the trial; call "
            "{P} to book a pre-trial visit.",
            "If you feel unsafe at any point before the hearing, ring the witness care officer, {NAME}, "
            "on {M}.",
            "Travel expenses are refunded after the hearing; send your receipts to {E}.",
            "You can talk to someone in confidence about giving evidence on {O}.",
        ],
        "neg": [
            "The case will be heard in court {n:courtroom} on {n:hearing_slot}.",
            "Please quote the police reference {n:crime_ref} if you call.",
            "Your statement is exhibit {n:exhibit_ref} in the prosecution bundle.",
            "The custody record for the defendant is {n:custody_record}.",
        ],
    },
    "legalaid": {
        "title": [
            "Civil legal advice – can you get legal aid?",
            "Legal aid helpline: your callback",
            "Duty solicitor scheme",
        ],
        "pos": [
            "You can check whether you qualify for free advice by calling {O}; calls are free from mobiles.",
            "If you cannot wait for a callback, the duty solicitor for the police station is on {M}.",
            "Our legal aid caseworker, {NAME}, will call you on the number you gave; if it changes, "
            "e-mail {E}.",
            "Deaf callers can use the text relay service and dial {P}.",
        ],
        "neg": [
            "Your legal aid certificate is {n:legal_aid_cert} and covers the hearing only.",
            "Means testing looks at your income over the last month; the limit is £{n:fee_amount} of "
            "capital.",
            "Claims must usually be brought within {n:limitation_years} years.",
            "The application form is {n:court_form}.",
        ],
    },
    "clinic": {
        "title": [
            "University law clinic – drop-in advice",
            "Community law centre newsletter",
            "Pro bono clinic: appointment confirmed",
        ],
        "pos": [
            "Student advisers work under the supervision of a solicitor; to book, ring {P} between 10 and 4.",
            "Housing cases are referred to our partner centre on {P}.",
            "If you can't come in, send a short summary of your problem to {E} and we'll call you back.",
            "The clinic's Wi-Fi for clients is on the guest network; the printer sits at {IP}.",
            "Out of term time, messages left on {M} are picked up once a week.",
        ],
        "neg": [
            "The reading list starts with {n:isbn13}.",
            "We last advised on this point citing {n:law_report_cite}.",
            "Our supervising solicitor's SRA number is {n:sra_id}.",
            "The clinic is open on {n:hearing_slot} and every second week after that.",
        ],
    },
    "probate": {
        "title": [
            "Estate administration – update",
            "Your will: signing appointment",
            "Grant of probate received",
        ],
        "pos": [
            "The executors asked us to write to you; {NAME} can be reached on {P}.",
            "Please send death certificates to {E} or bring them to our office – call {P} first.",
            "The estate's bank account is {I}; payments from debtors should go there.",
            "The deceased's brother, who lives abroad, has asked to be called on {X}.",
        ],
        "neg": [
            "The probate registry reference is {n:custody_record}.",
            "Inheritance tax of £{n:fee_amount} was paid on account.",
            "The deceased's current account was held at the branch with sort code {n:sort_code_acct}.",
            "Interest accrues at {n:interest_rate} from the sixth month.",
            "The house at {n:land_title_no} will be sold by the executors.",
        ],
    },
    "tribunal": {
        "title": [
            "Employment tribunal: notice of preliminary hearing",
            "Your claim – ACAS early conciliation",
            "Case management orders",
        ],
        "pos": [
            "The ACAS conciliator assigned to your claim is {NAME}; his direct line is {P}.",
            "The respondent's representative can be contacted at {E}.",
            "If you need adjustments for the hearing, ring the tribunal office on {P} at least a week "
            "before.",
            "The claimant's union rep has asked to be copied in and gave {M}.",
        ],
        "neg": [
            "The claim was presented on form {n:court_form} and given case number {n:uk_claim_no}.",
            "The preliminary hearing is listed for {n:hearing_slot}, time estimate {n:hours_recorded}.",
            "The respondent relies on {n:law_report_cite}.",
            "The agreed bundle is {n:bundle_pages}, and witness statements are at {n:paragraph_range}.",
        ],
    },
}

US_EXTRA = {
    "pos": [
        "For the background check the firm needs your Social Security number; you gave {S} on the intake "
        "form.",
        "The paralegal, {NAME}, can be reached on {P}.",
    ],
    "neg": [
        "The matter is docketed as {n:us_docket}.",
        "See {n:us_reporter_cite} on this point.",
    ],
}
IN_EXTRA = {
    "neg": ["The petition is listed as {n:in_case_no}.", "Counsel's enrolment number is {n:bar_enrolment}."],
}

# local (subscriber-only) numbers: each announcement names the town and says the area code is left out
LOCAL = [
    "Clients who live in {TOWN} can ring the front office on {L} – no area code if you're calling from a "
    "{TOWN} landline.",
    "From any phone in {TOWN} itself, the conveyancing team is simply {L}.",
    "Local to {TOWN}? Our reception number is {L}, and the probate desk takes calls on {L2}.",
    "The {TOWN} office (dial it as a local call): {L}",
    "Witness Service volunteers at {TOWN} court are on {L} – that's a local number, so skip the code if "
    "you're in town.",
    '"Just dial {L} from home," the receptionist said, "you\'re in {TOWN}, you don\'t need the code."',
    "Our {TOWN} clinic has a landline again. Local callers:\n{L}",
    "In {TOWN} the notary's clerk answers on {L}; callers from outside the area need the code first.",
    "Please note – local {TOWN} number for the mediation rooms: {L}.",
    "Tenants in {TOWN} can call the housing advice line on {L} (local rate, no dialling code needed) or "
    "the family desk on {L2}.",
]
LIST_HEADS = ["Who to call at the firm", "Numbers for your file", "Contacts for the hearing", "Firm contacts"]
LABELS = [
    "Conveyancing",
    "Reception",
    "Accounts",
    "Client relations",
    "Duty solicitor",
    "Probate desk",
    "Witness care",
    "Mediation office",
    "Court listing office",
]
