"""English cells (en_US, en_GB, en_IN, en_AU, en_IE): titles, sentences with PII, sentences with hard
negatives only, and announced local numbers. Placeholders are filled by compose.py."""

GENRES = {
    "branch": (
        ["Branch notice", "Changes to your local branch", "Temporary closure – please read"],
        [
            "While the counter is being refitted, cash deposits go through the machine in the lobby; for "
            "anything "
            "else the branch manager, {NAME}, can be reached on {P}.",
            "Mortgage appointments will be held at our sister branch instead. To rebook, phone {P} or write "
            "to {R}.",
            "If you cannot get to a branch at all, our telephone banking team is on {F}, seven days a week.",
            "Calling from abroad? Use {X} rather than the freephone number.",
            "Online banking now shows your last sign-in: if it says {IP} and that wasn't you, ring {F}.",
        ],
        [
            "Opening hours from Monday: {n:openhours}, closed Wednesday afternoons.",
            "The cash machine on the left (ID {n:atmid}) will be out of use for two days.",
            "Customers with safe deposit box {n:safebox} or nearby should collect their contents by Friday.",
            "Our sort code {n:sortcode} stays the same, so standing orders need no change.",
            "The euro rate quoted at the counter today is {n:fxrate}.",
        ],
    ),
    "cu": (
        ["Member update", "Your credit union newsletter", "Annual meeting and loan rates"],
        [
            "Questions about the share dividend go to our member services desk at {P} or {R}.",
            "{NAME} from the lending team asked us to say she is happy to talk through options – her direct "
            "line "
            "is {P}.",
            "Members who still get paper statements can switch by emailing {E} with their member number.",
            "Text us on {M} if you would like a call back instead.",
            "This year's membership fee was charged to the card you registered, {C}; call {P} if it has "
            "expired.",
        ],
        [
            "Your member number is {n:member}; please quote it in every letter.",
            "New car loans start at {n:apr} APR for terms of up to 60 months.",
            "The ballot closes at {n:openhours} on the day of the meeting, room 2.",
            "Routing number for direct deposit: {n:aba}.",
            "If your payroll is split, {n:instalments} can go straight into your savings share.",
        ],
    ),
    "bsoc": (
        ["Your mortgage offer", "Building society – annual mortgage statement", "Remortgage reminder"],
        [
            "Your case is being handled by {NAME}; if anything in the offer looks wrong, ring {P} before "
            "you sign.",
            "Our valuer will call you from {M} to arrange access to the property.",
            "For payment difficulties please speak to us early on {F}.",
            "Conveyancers can send completion statements to {R}.",
        ],
        [
            "Roll number {n:rollno} – please use it as the reference on any transfer.",
            "Loan amount: {n:loan}; property valuation: {n:valuation}.",
            "Your fixed rate of {n:apr} ends next spring, after which the standard variable rate applies.",
            "The floor area recorded by the valuer is {n:area}.",
            "Interest charged in tax year {n:taxyear} is shown on page two.",
        ],
    ),
    "broker": (
        [
            "Your renewal quote",
            "Insurance broker – summary of cover",
            "Quote comparison for your home policy",
        ],
        [
            "I've attached three quotes; call me on {P} or reply to {E} and I will bind whichever you "
            "choose.",
            "If you prefer to pay the premium in one go, we can take card {C} over the phone – just confirm "
            "by "
            "replying to this email.",
            "Out of hours, the insurer's own helpline is {F}.",
            "Our Dublin office can be reached on {X} if it is easier for you.",
        ],
        [
            "Current policy {n:policy}, no-claims discount {n:ncd}.",
            "The vehicle on cover is {n:regplate}, VIN {n:vin}, about {n:mileage} on the clock.",
            "Monthly premium {n:premium}, voluntary excess £250.",
            "We are authorised by the FCA, firm reference number {n:frn}.",
            "Buildings sum insured has been raised to {n:valuation} after the rebuild survey.",
        ],
    ),
    "claim": (
        ["Claim acknowledgement", "We've received your claim", "Update on your claim"],
        [
            "Your claims handler is {NAME}, direct dial {P}; please have the claim reference ready.",
            "Photos and receipts can be emailed to {R}, or texted to {M}.",
            "If the damage gets worse or you need emergency repairs tonight, call {F}.",
            "The £100 excess was taken from card {C} on the day you reported the loss.",
            "The settlement will be paid into the account you gave us, IBAN {B}, within five days.",
        ],
        [
            "Claim reference {n:claimref}, date of loss {n:lossdate}.",
            "Policy {n:policy}; the excess on this claim is {n:premium}.",
            "The third party's vehicle was {n:regplate}.",
            "We have paid {n:loan} so far; the balance follows once the repairer's report is in.",
        ],
    ),
    "adjuster": (
        ["Loss adjuster – visit confirmation", "Site visit notes", "Preliminary loss report"],
        [
            "I'll be with you between the times below; if you need to move the appointment, ring me on {M}.",
            "Our office manager {NAME} keeps the diary and can be reached on {P}.",
            "Drying contractors will invoice us directly – their reports go to {R}.",
        ],
        [
            "Our file reference is {n:adjfile}; the insurer's claim number is {n:claimref}.",
            "Moisture readings in the kitchen wall were {n:moisture}, so the drying equipment stays another "
            "week.",
            "Visit window: {n:visitwindow} on Tuesday.",
            "Affected floor area: {n:area}, ceiling in the hallway included.",
            "Reserve set at {n:loan} pending the builder's estimate.",
        ],
    ),
    "debt": (
        ["Your debt advice appointment", "Free debt advice – what happens next", "Your budget plan"],
        [
            "Your adviser is {NAME}. If your circumstances change before we next speak, call the advice "
            "line on {F}.",
            "Please don't ignore letters from creditors – forward them to {R} and we will deal with them.",
            "For a call back in the evening, text your name to {M}.",
            "Creditors wanting to confirm the plan can call our creditor liaison team on {P}.",
        ],
        [
            "Your plan reference is {n:dmpref}.",
            "Under the proposal you pay {n:instalments}, shared between your creditors.",
            "Your credit file shows a score of {n:creditscore}, which we expect to improve once the "
            "defaults age.",
            "The council tax arrears for {n:taxyear} are treated as a priority debt.",
        ],
    ),
    "fraud": (
        ["Security alert on your account", "Did you make this payment?", "Your card has been frozen"],
        [
            "If you did not sign in from {IP} yesterday, call our fraud team straight away on {F}.",
            "We will never ask for your PIN. If someone does, hang up and ring us back on {P} from a "
            "different "
            "phone.",
            "A replacement card will arrive in 3-5 working days; travelling abroad? ring {X}.",
            "For disputes please email {R} and include the transaction date.",
        ],
        [
            "The payment was made with card {n:maskcard}, expiry {n:expiry}, authorisation code "
            "{n:authcode}.",
            "It was taken from the account {n:maskacct}.",
            "The cheque {n:cheque} presented this morning has been held.",
            "A transfer to BIC {n:bic} was stopped by our checks.",
        ],
    ),
}

US_EXTRA = [
    "For the credit check we need your Social Security number ({S}) and your date of birth.",
    "The SSN on the application, {S}, does not match our records; please call us to correct it.",
]

LOCAL = {
    "US": [
        "Members living in {T} can walk in or just dial {L} from a home phone.",
        "{T} branch, local calls only: {L}. Drive-thru teller: {L2}.",
        "The adjuster's {T} field office picks up at {L} – no need for the area code if you're calling from "
        "town.",
        "In {T}? Our debt counselors answer on {L}.",
        "Need someone in {T} today? Ring {L}; the claims desk there also takes walk-ins.",
        "Local to {T}:\n{L} (lending)\n{L2} (member services)",
    ],
    "GB": [
        "If you're in {T}, the branch can be phoned directly on {L} – leave off the dialling code from a "
        "local "
        "landline.",
        "Our {T} surveyors (local number): {L}.",
        "From a {T} landline, dial {L} for the mortgage desk or {L2} for the cashier.",
        "Locals in {T} often find it quicker to ring the office itself: {L}.",
        "The {T} claims team works from the local exchange – {L}, weekdays until half five.",
        "Debt advice drop-in, {T}. Phone from town on {L}.",
    ],
    "IN": [
        "Customers in {T} can call the branch directly on {L} from any local landline.",
        "{T} claims office (local): {L}",
        "For {T} members, the recovery desk is {L} and the locker section {L2}, city calls only.",
        "Within {T}, just dial {L} – no STD code needed.",
        "Our {T} surveyor's office: {L} (local line).",
    ],
}

LIST_HEADS = ["Numbers you may need", "Keep these handy", "Getting in touch", "Phone lines"]
LIST_LABELS = [
    "Claims",
    "Branch",
    "Lending",
    "Fraud team",
    "Complaints",
    "Mortgages",
    "Hardship",
    "Member desk",
    "Repairs",
    "Loss adjuster",
]
CLOSINGS = ["Kind regards,\n{NAME}", "Yours sincerely,\n{NAME}", "Thanks,\n{NAME}", "Best wishes,\n{NAME}"]
