"""English sentences. Slots: {P} fixed national, {M} mobile national, {X} international, {F} free/shared,
{E} e-mail, {C} card, {I} IBAN, {IP} IP address, {S} US SSN, {N:kind} hard negative, {name}, {T} town,
{L} local number (subscriber only)."""

TITLES = {
    "shop": [
        "Notice to customers – Lindsey Road betting shop",
        "Shop bulletin: counter hours and settlements",
    ],
    "lottery": [
        "Lottery kiosk – prize claims",
        "Your ticket checker result",
        "Retailer update: draw-day rush",
    ],
    "racecourse": ["Raceday information pack", "Member's badge – arrival notes"],
    "trainer": ["Yard update for owners", "Weekly note from the stables"],
    "bingo": ["Bingo club newsletter", "Session changes this month"],
    "helpline": ["Taking a break from gambling", "Your self-exclusion request"],
    "syndicate": ["Office pools syndicate – round-up", "Syndicate membership renewal"],
}

POS = {
    "shop": [
        "If your slip won't scan at the counter, ring the shop on {P} and ask for the manager on duty.",
        "Disputed settlements go to our customer relations team: {F}, or email {E}.",
        "{name} now runs the late shift; his mobile for key-holder callouts is {M}.",
        "The self-service terminal by the door sits on {IP}; if it freezes, the engineer's desk is on {P}.",
        "Deposits for the darts evening can be paid by card ({C}) or by bank transfer to {I}.",
    ],
    "lottery": [
        "Prizes over the kiosk limit are paid by the operator: call {F} with your ticket in hand.",
        "For a lost or damaged ticket claim, write to {E} or phone the retailer line on {P}.",
        "Our Saturday cover, {name}, can be reached on {M} if the terminal won't print.",
        "We've set up the prize transfer to {I}; please check the account holder name matches your ID.",
        "If you win from abroad, our claims office answers on {X}.",
    ],
    "racecourse": [
        "Hospitality bookings: {P} (Mon–Fri) or {E}.",
        "Lost property on the day is handled at the weighing room; afterwards ring {P}.",
        "Coach parties should let the groundsman, {name}, know on {M} when they leave the motorway.",
        "Overseas owners can reach the racing office on {X}.",
        "Your badge payment of £45 was taken from card {C}.",
        "The press room Wi-Fi gateway is {IP}; media passes are issued by {E}.",
    ],
    "trainer": [
        "Owners wanting to visit on gallops morning should text {name} on {M} the day before.",
        "Vet's bills for the month are attached; please settle by transfer to {I}.",
        "The yard office is on {P} between 9 and 1; after that, leave a message.",
        "Our bloodstock agent in Ireland is on {X} if you want to talk about the sale.",
        "Entries and declarations queries: {E}.",
    ],
    "bingo": [
        "Call the club on {P} to book a table for the Friday session.",
        "Members' card queries can go to {E} – please include your membership number.",
        "Our caller, {name}, is collecting for the charity night: text her on {M}.",
        "Refunds for cancelled sessions are made to card {C}.",
        "Head office: {F}.",
    ],
    "helpline": [
        "You can talk to an adviser free on {F}, any time of day.",
        "If you'd rather write, our support team reads every message sent to {E}.",
        "Your named counsellor is {name}; she will call you from {P} on the agreed day.",
        "Friends and family worried about someone's betting can call {F} too.",
        "If you are outside the country, call {X} and ask for the support team.",
        "For the identity check we hold the last details you gave us: SSN {S}.",
    ],
    "syndicate": [
        "Weekly stakes of £2 per line go to the syndicate account {I} by Friday noon.",
        "{name} is collecting this round; ring or text {M} if you're away.",
        "Questions about your share? Email {E}.",
        "The organiser's landline is {P} – evenings only, please.",
        "The syndicate's online account was last accessed from {IP}.",
    ],
}

PLAIN = {
    "shop": [
        "Racing from three meetings will be shown on the big screens.",
        "Please keep your slips until settlement.",
    ],
    "lottery": [
        "Tickets can be checked at the terminal or on the app.",
        "The kiosk closes early on draw day.",
    ],
    "racecourse": [
        "Gates open ninety minutes before the first race.",
        "Smart-casual dress applies in the Premier enclosure.",
    ],
    "trainer": [
        "The colt worked nicely on the all-weather on Tuesday.",
        "The filly is back in full work after a short break.",
    ],
    "bingo": ["Doors open at six, eyes down at seven.", "The snowball jackpot rolls over again this week."],
    "helpline": [
        "Blocking software can be installed on your phone and laptop.",
        "Setting a deposit limit is a good first step.",
    ],
    "syndicate": [
        "Shares are split equally between paid-up members.",
        "Lines are entered before the Friday deadline.",
    ],
}

NEG = [
    "Slip {N:betslip} was settled at {N:frac_odds}, returning {N:prize}.",
    "Exchange market {N:market_id}, selection {N:selection}, matched at {N:dec_odds}.",
    "Saturday's lines were {N:lotto_line}; the bonus ball made no difference.",
    "Scratchcard {N:scratch} is a non-winner; the pack went back to the rep.",
    "Off time {N:racetime}, carrying {N:weight} over {N:distance} on good to soft ({N:going}).",
    "Recent form {N:form}, official rating {N:rating}.",
    "The tote paid {N:tote} on the trifecta {N:trifecta}.",
    "Microchip {N:microchip}, passport UELN {N:ueln}.",
    "Operating licence {N:licence}, premises {N:premises}.",
    "Your self-exclusion reference is {N:selfex}.",
    "Coupon picks this week: {N:pools}.",
    "Card {N:bingo_serial}; calls so far {N:bingo_calls}.",
    "The rollover now stands at {N:jackpot} and the return to player is {N:rtp}.",
    "Terminal {N:terminal} logged the bet at {N:stamp}.",
    "Ticket barcode {N:barcode} was checked twice.",
    "Retailer number {N:retailer}, draw {N:draw}.",
    "Stall {N:stall}; the race id is {N:race_id}.",
    "Back {N:ladder}; the book is at {N:overround}.",
    "EuroMillions line {N:euromillions}.",
    "Each-way terms {N:ew_terms}; the accumulator paid {N:acca}.",
    "Share {N:share} in the syndicate, renewal period {N:season}.",
    "Trap {N:trap}; winning time {N:wintime}.",
]

LOCAL = {
    "US": [
        "Calling from a {T} number? The cashier's cage is just {L}.",
        "Live in {T}? Skip the area code – the track's box office is {L}.",
        "{T} locals can phone the simulcast lounge on {L} to check which tracks are showing.",
        "From any phone in {T}, dial {L} for the parlour; the backstretch office is {L}.",
        "Inside {T} it's a seven-digit call: {L}.",
        "Neighbors in {T} say the fastest way to reach the barn is still {L}.",
    ],
    "GB": [
        "If you're ringing from {T} itself you won't need the code – it's {L}.",
        "Local to {T}? The yard answers on {L} from first lot onwards.",
        "From a {T} landline the racecourse office is simply {L}, and the stable lads' hostel {L}.",
        "Ring {L} from anywhere in {T}; out of town, add the code.",
        "Staying in {T} for the meeting? Our shop's local line is {L}.",
        "The {T} bingo hall still takes phone bookings on {L} (local calls).",
    ],
    "IN": [
        "Within {T}, the race club's booking counter takes calls on {L}.",
        "If you are calling from a {T} landline, the lottery agency is on {L} – no STD code needed.",
        "{T} members can ring the turf club secretary on {L} or the stewards' room on {L}.",
        "Local callers in {T} may dial {L} for the paddock enquiries desk.",
        "Anyone in {T} can reach the ticket counter directly: {L}.",
    ],
}

LIST_HEADS = ["Numbers to keep", "On the day", "Who to call", "Contacts for members"]
LIST_LABELS = [
    "Racing office",
    "Counter",
    "Claims line",
    "Yard",
    "Caller's desk",
    "Organiser",
    "Duty manager",
    "Secretary",
    "Stewards",
    "Box office",
]
