"""English sentences for v59 (legal and financial services). Slots: {PN} fixed or mobile phone written
nationally, {PI} international, {PO} service number, {EM}/{EP} role/personal e-mail, {CC} card, {IB} IBAN,
{IP}/{IQ}/{I6} public/private/v6 address, {SSN}, {N:kind} hard negative, {NAME} a person, {FIRM} a firm."""

EN = {
    "conveyancing": (
        [
            "Completion statement – {N:land_title}",
            "Your purchase: where things stand",
            "Exchange of contracts",
        ],
        [
            "We have now received the signed transfer deed and the lender's certificate of title.",
            "Searches came back clean apart from a note on the drainage plan; title number {N:land_title}.",
            "Completion monies of {N:money} must reach our client account no later than noon on the day.",
            "Please send the balance to {IB}, quoting your matter reference and surname only.",
            "If anything about the bank details looks different to you, do not pay – ring {NAME} on "
            "{PN} first.",
            "Stamp Duty Land Tax of {N:money} will be paid on your behalf; the return reference "
            "follows under separate cover.",
            "Your file handler is {NAME} ({EP}); for keys and completion day, the team mailbox is {EM}.",
            "The seller's solicitors confirmed vacant possession; their reception is on {PN}.",
            "Leasehold pack fee paid by card ending {N:masked_card}.",
        ],
    ),
    "probate": (
        ["Estate of the late {NAME}", "Grant of probate – next steps", "Executor update"],
        [
            "The grant was issued on the {N:tax_period} list and we have started to collect in the assets.",
            "Inheritance tax account IHT400 shows a net estate of {N:money} after the nil-rate band.",
            "Holdings in {N:isin} will be sold at the executors' instruction; the broker quotes "
            "{N:fx_rate} for the overseas part.",
            "The residuary beneficiaries can reach {NAME}, our private client partner, on {PN} or {EP}.",
            "Bank statements for the deceased's current account can be posted or e-mailed to {EM}.",
            "A cousin in Australia has asked to be kept informed; we will call her on {PI} once the "
            "accounts are agreed.",
            "Under clause {N:clause} of the will, the pecuniary legacies are paid first.",
            "Our interim fee note {N:fee_note} covers {N:time_entry} of partner time.",
        ],
    ),
    "notary": (
        [
            "Appointment with the notary public",
            "Apostille and notarisation",
            "Documents for signature abroad",
        ],
        [
            "Please bring your passport and the unsigned power of attorney; we cannot witness a "
            "document already signed.",
            "The notarial certificate will be recorded in our register as no. {N:deed_roll}.",
            "Apostilles are issued by the FCDO and usually take about five working days.",
            "To move your appointment, call the notarial office on {PN} or write to {EM}.",
            "Our fee is {N:money} plus disbursements; card payment on the day is fine, or pay in "
            "advance with {CC}.",
            "If the document is going to Brazil, the consulate may also ask you to ring {PI} to "
            "confirm the sworn translation.",
            "The company documents refer to share capital of {N:share_cap}; we will certify the "
            "extract as a true copy.",
        ],
    ),
    "taxreturn": (
        ["Self Assessment: what we still need", "Your tax return for {N:tax_period}", "Year-end checklist"],
        [
            "We still need your P60 and the interest certificates for the {N:tax_period} tax year.",
            "Your UTR is on last year's statement; your National Insurance number as we hold it is "
            "{N:ni_number}.",
            "Payments on account of {N:money} fall due in January and July.",
            "Questions about expenses? {NAME} is at her desk most mornings on {PN}.",
            "Upload your receipts to the portal; our records show the last login from {IP}.",
            "Should HMRC write to you directly, forward the letter to {EM} the same day.",
            "For US persons we also file Form 1040; please confirm the SSN we hold, {SSN}, is current.",
            "The employer's reference on your payslip matches EIN {N:us_ein}.",
        ],
    ),
    "bookkeeping": (
        ["VAT return – quarter {N:tax_period}", "Monthly bookkeeping pack", "Payroll and VAT reminders"],
        [
            "Your VAT registration {N:vat_gb} is now on the Making Tax Digital scheme.",
            "Sales ledger balances to {N:money}; two invoices are older than ninety days.",
            "Company number {N:company_no} shows a confirmation statement due next month.",
            "The bank feed dropped again; the accounting package logged the error from {IQ}.",
            "If the payroll figures look off, call {NAME} on {PN} before Thursday's run.",
            "The direct debit for the VAT payment will leave {IB} on the due date.",
            "Supplier payment to Frankfurt needs SWIFT/BIC {N:bic} on the remittance.",
            "Cheque no. {N:cheque_no} has not been presented yet; sort code {N:sort_code} on the "
            "stub is correct.",
        ],
    ),
    "claim": (
        ["Your claim {N:claim_ref}", "Escape of water – claim update", "Motor claim: repair authorised"],
        [
            "The loss adjuster visited on Tuesday and has agreed the scope of works.",
            "Policy {N:policy_no} carries an excess of {N:money}, which the insurer deducts from "
            "the settlement.",
            "Your protected no-claims discount ({N:no_claims}) is not affected by this claim.",
            "The adjuster, {NAME}, asked that you call {PN} to book the drying equipment collection.",
            "Out of hours, the insurer's emergency line is {PO}.",
            "Photos of the damage can go to {EM}; please keep them under 10 MB each.",
            "The garage is abroad-owned; their claims desk in Lisbon answers on {PI}.",
        ],
    ),
    "renewal": (
        ["Home insurance renewal", "Your renewal quotation", "Commercial combined – renewal terms"],
        [
            "Renewal premium this year is {N:money}, including insurance premium tax.",
            "The insurer loaded the buildings cover after the subsidence survey; the clause is {N:clause}.",
            "We compared eight markets; the cheapest like-for-like quote was {N:money}.",
            "To accept, reply to {EP} or ring our renewals team on {PO}.",
            "If paying in full, card {CC} will be charged on the renewal date unless you tell us otherwise.",
            "Your broker of record is {NAME}; mobile {PN} for anything urgent.",
        ],
    ),
    "debtadvice": (
        ["Your debt management plan", "Budget review", "Letter to creditors – copy for you"],
        [
            "Your plan reference is {N:dmp_ref}; creditors have accepted a monthly payment of {N:money}.",
            "We asked the lender to freeze interest; the account had been charging {N:rate}.",
            "The bailiff letter you sent us relates to council tax for {N:tax_period}.",
            "Your credit file score of {N:credit_score} will recover once the defaults fall off.",
            "If a creditor rings you, give them our number, {PO}, and do not agree anything on the phone.",
            "Your adviser {NAME} can be reached on {PN} on Tuesdays and Thursdays.",
            "Payslips and bank statements can be e-mailed to {EM}.",
        ],
    ),
    "litigation": (
        ["Hearing listed", "Claim {N:uk_claim}: directions", "Settlement offer"],
        [
            "The court has listed the small claims hearing for a three-hour window.",
            "Claim number {N:uk_claim}; the defence was filed within the time limit.",
            "Our costs to date are {N:money}, based on {N:time_entry} this month.",
            "The US proceedings were docketed as {N:us_docket}; local counsel will call you from {PI}.",
            "The other side's solicitor, {NAME}, can be reached on {PN}; please do not contact her directly.",
            "The court's e-filing receipt shows submission from {I6}.",
            "The limitation period under {N:statute} runs to next spring.",
        ],
    ),
    "mortgage": (
        ["Mortgage in principle", "Your remortgage options", "Offer received"],
        [
            "The lender has issued an offer at {N:rate} fixed for five years, at {N:ltv}.",
            "Valuation came in at {N:money}, so the loan sits comfortably within their criteria.",
            "Please sign the declaration and send it to {EM} with your last three payslips.",
            "Your adviser {NAME} is on {PN}; after 6 pm use {EP}.",
            "The arrangement fee can be added to the loan or paid now with {CC}.",
            "Credit score at application: {N:credit_score}.",
        ],
    ),
}

EN_LOCAL = {
    "US": [
        "For walk-in clients in {TOWN}, our tax office front desk picks up on {L} – no area code "
        "needed from a city line.",
        "{TOWN} clients: the notary's direct line is {L} and the closing room is {L}.",
        "Calling from inside {TOWN}? Dial {L} for the claims team.",
        "The {TOWN} branch (local calls only) – bookkeeping {L}.",
        "Our {TOWN} paralegal said to just use {L} when you're calling from town.",
        "If you're local to {TOWN}, the debt clinic schedules appointments at {L}.",
        "Seven digits will do from a {TOWN} landline: {L}.",
        "{TOWN} office, in-town number: {L}",
        "\"Just call {L} – you're in {TOWN}, you don't need the 1 or anything,\" the receptionist told me.",
        "Escrow desk for {TOWN} homebuyers: {L}, or {L} for the title officer.",
    ],
    "GB": [
        "Clients in {TOWN} can ring our conveyancing team locally on {L}.",
        "{TOWN} office (dial without the code from a local phone): {L}",
        "From a {TOWN} landline the debt advice drop-in is simply {L}.",
        "For the {TOWN} practice, ring {L}; the accounts department is on {L}.",
        "Our {TOWN} broker picks up on {L} – local rate, no dialling code if you're in the city.",
        "Ring the {TOWN} probate team on {L} (local).",
        "Her note says: 'call me on {L}, I'm in the {TOWN} office all week'.",
        "Within {TOWN}, the notary's clerk answers on {L}.",
        "Local number for the {TOWN} chambers: {L}",
        "In {TOWN} it's {L} for the tax clinic – leave a message if no one answers.",
    ],
    "IN": [
        "Clients in {TOWN} may call our CA office on {L} from any local landline.",
        "{TOWN} branch of the insurance broker – local no. {L}",
        "For the {TOWN} notary, dial {L} within the city (no STD code).",
        "Our {TOWN} tax consultant sits at the Civil Lines office, phone {L}, extn. via reception.",
        "Local to {TOWN}? The legal aid desk takes calls on {L} and {L}.",
        "Mr. Iyer said, 'From a {TOWN} landline just dial {L}, sir.'",
        "GST filing help in {TOWN}: {L} (city calls).",
    ],
}
EN_LISTS = {
    "heads": ["Contact points", "Direct lines", "Who handles what", "Keep for your records"],
    "labels": [
        "Conveyancing",
        "Accounts",
        "Private client",
        "Claims",
        "Reception",
        "Tax team",
        "Payroll",
        "Renewals",
        "Debt helpline",
        "Litigation",
        "Notarial office",
        "Out of hours",
    ],
}
