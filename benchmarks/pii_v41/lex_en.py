"""English civic text for v41 (US, GB, IN, AU, IE frames); slots in braces are filled by compose.py."""

GENRES = {
    "waste": (
        "Bin collection calendar",
        [
            "Your recycling moves to Thursdays from {dateranges};"
            " households on {route} keep their Monday garden waste.",
            "Replacement {binvol} wheelie bins cost {tariff},"
            " and the brown-bin subscription renews {dateranges}.",
            "Bulky items are only taken from {housenos} on the first Saturday; {route} crews start at 6.",
            "The depot on {postcode} is open {hours}, except bank holidays.",
        ],
        [
            "Missed a collection? Report it before noon the next working day on {ph}.",
            "To order an extra caddy, call the waste team at {ph}.",
            "Clinical waste pick-ups have to be booked by phone: {ph}.",
        ],
    ),
    "election": (
        "Notice of poll",
        [
            "Polling stations are open {hours}; voters in {ward} now vote at the scout hut.",
            "Your poll card shows {elroll}; bring it along, though it is not required.",
            "Candidates appear in alphabetical order, the independent at {ballotpos}.",
            "Postal vote applications are accepted from {dateranges}.",
        ],
        [
            "Questions about your registration can be put to the electoral services office, {ph}.",
            "If you need a proxy vote at short notice, ring {ph} before 5 pm on polling day.",
        ],
    ),
    "permit": (
        "Permit and licence applications",
        [
            "Application {planref} for a dropped kerb outside {housenos} has been validated.",
            "A residents' parking {permitno} is valid for one vehicle and renews after twelve months.",
            "Please complete {formno} ({formrev}) and attach a plan of {parcel}.",
            "The fee for a street-trading consent is set by {ordinance}.",
        ],
        [
            "Licensing officers take calls on {ph}, Monday to Thursday.",
            "Queries on a pending application: {ph}, quoting the reference above.",
        ],
    ),
    "planning": (
        "Public consultation: neighbourhood plan",
        [
            "Comments on {consultref} may be made {dateranges}; the site is shown at {gridref}.",
            "The proposal affects {parcel} and the frontage of {housenos}.",
            "Objections must refer to {regcite} and to {pagepara} of the draft plan.",
            "Hard copies are in the library lobby ({hours}).",
        ],
        [
            "Officers will hold a drop-in session; to book a slot, phone {ph}.",
            "If you cannot comment online, leave a message on {ph} and we will post you a form.",
        ],
    ),
    "summons": (
        "Jury summons",
        [
            "You have been summoned for jury service as {jurorno}; report to {courtroom} at 9.15.",
            "Loss of earnings is paid up to the limit in {statute}.",
            "If you wish to defer, complete part 2 of the reply form ({formrev}) within seven days.",
            "Parking is not provided; the court is on the bus route from {postcode}.",
        ],
        [
            "The jury central summoning bureau can be reached at {ph}.",
            "Call {ph} the evening before to check whether you are needed.",
        ],
    ),
    "benefit": (
        "Letter about your benefit",
        [
            "Your award of {benefit} continues under {claimref}.",
            "We have reviewed your claim under {regcite}; the decision is explained in {pagepara}.",
            "Your pension is paid four-weekly in arrears from {dateranges}.",
            "If you disagree, ask for a mandatory reconsideration on {formno}.",
        ],
        [
            "To tell us about a change of circumstances, call {ph} (textphone available).",
            "Our pension helpline is {ph}; have your reference to hand.",
        ],
    ),
    "school": (
        "District announcement",
        [
            "{schooldist} will use a two-hour delayed start on snow days;"
            " buses on {route} run late accordingly.",
            "Enrollment for kindergarten opens {dateranges} at the administration building ({hours}).",
            "The board adopted the levy at {millage} by {ordinance}.",
            "Ofsted inspected the school ({schoolcode}) in the spring term.",
        ],
        [
            "Parents with transportation questions may call {ph}.",
            "The attendance line is {ph}; leave your child's name and class.",
        ],
    ),
    "consular": (
        "Consular notice",
        [
            "Passport appointments must be confirmed with your booking reference {appt}.",
            "Applicants need {formno} and two photographs; fees follow {statute}.",
            "The consular section is open {hours} for collections only.",
            "Emergency travel documents are issued the same day where possible.",
        ],
        [
            "In an emergency outside office hours, British nationals can call {ph}.",
            "For visa enquiries the call centre number is {ph}.",
        ],
    ),
    "parlq": (
        "Written question and answer",
        [
            "Asked by the Member ({pqno}): what assessment has been made of delays at the district registry?",
            "Answer: as set out in {hansard}, the backlog fell after {statute} came into force.",
            "The Minister referred to {pagepara} of the annual report.",
            "A further answer was tabled under {pqno}.",
        ],
        [
            "Constituents affected may contact the department's helpline on {ph}.",
        ],
    ),
    "foi": (
        "Freedom of information response",
        [
            "Thank you for your request, reference {foiref}, received on the first working day of the month.",
            "We hold the information requested; parts are withheld under {regcite}.",
            "The contract was advertised as {tender} under {cpv}.",
            "The attached spreadsheet lists meters such as {meter} and their installation dates.",
        ],
        [
            "If you are unhappy with this response you may ask for an internal review; telephone {ph}.",
            "The information governance team can be reached on {ph}.",
        ],
    ),
    "health": (
        "Public health advisory",
        [
            "Cases rose to {incidence} in the week to Sunday; the rate in {ward} is highest.",
            "Readings at the roadside monitor reached {airq};"
            " sensitive groups should limit outdoor exercise.",
            "Tap water tested at {waterq} is safe to drink; no boil notice applies.",
            "Recalled vaccine from batch {lotno} should not be used.",
        ],
        [
            "For advice, call the health protection team on {ph}.",
            "Anyone with symptoms should ring {ph} rather than attend in person.",
        ],
    ),
}

EMAIL = [
    "Written comments can also be sent to {em}.",
    "Send scanned documents to {em}.",
    "Questions by e-mail: {em}.",
    "The case officer's address is {em}.",
]
LOCAL = {
    "US": [
        "Within {town} just dial {ph}, no area code.",
        "City hall ({town} line): {ph}.",
        "{town} residents reach the clerk at {ph} from any local phone.",
    ],
    "GB": [
        "From a {town} landline, ring {ph}.",
        "Council offices ({town} number): {ph}.",
        "Callers within {town} need only {ph}.",
    ],
    "IN": [
        "Local callers in {town} may dial {ph} directly.",
        "Help desk ({town} city line): {ph}.",
        "From within {town}, call {ph} without the STD code.",
    ],
}
LIST_HEAD = ["Contacts for this notice:", "Who to call:", "Department numbers"]
LIST_LABELS = [
    "Council tax",
    "Housing repairs",
    "Registrar",
    "Electoral services",
    "Planning duty officer",
    "Environmental health",
    "Highways",
    "Library",
]
CARD = [
    "Please take the licence fee from my card {card}, expiry next year.",
    "The caller gave the card number {card} to pay the parking fine.",
]
IBAN = ["Refunds are paid to the account you gave us, {iban}.", "Please pay the fee to IBAN {iban}."]
SSN = [
    "Juror's Social Security number on file: {ssn}.",
    "Claimant SSN {ssn} was redacted in the public copy.",
]
IP = [
    "The request was submitted from address {ip} according to the portal log.",
    "Access logs show the address {ip} on both dates.",
]
