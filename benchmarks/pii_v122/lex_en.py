"""English sentences for v122 (coworking and start-ups). {P} phone, {E} e-mail, {C} card, {I} IBAN,
{IP} IP address, {S} US SSN, {N} hard negative, {NAME} person, {ORG} space or start-up, {TOWN} town."""

G = {
    "hotdesk": {
        "t": ["Your hot-desk pass is confirmed", "Hot desk booking – next week"],
        "s": [
            "Grab any free seat on the quiet floor; {N:desk|locker} is held for you until noon.",
            "Bring your own headphones, the phone booths fill up fast after ten.",
            "We topped up your account: {N:print_quota}, valid until the end of the month.",
            "Kitchen rota: please rinse mugs, {NAME} will not do it for you.",
        ],
        "p": [
            "Running late? Text the front desk on {P} and we will keep the window seat.",
            "Your receipt went to {E}; the day pass was charged to the card ending in the usual digits.",
            "If the door reader rejects you, ring the community line, {P}.",
            "Day-pass payment taken from {C} – reply to {E} if that looks wrong.",
        ],
    },
    "virtualoffice": {
        "t": ["Virtual office: mail scan summary", "Welcome to your registered business address"],
        "s": [
            "Three letters arrived today, one from the tax office ({N:company_no|vat_de|ein|po_box}).",
            "You may now use our street address on your website; {N:company_no|duns|lei} stays on file.",
            "We forward post every Friday unless you ask us to hold it.",
        ],
        "p": [
            "Calls to your dedicated number are answered in your company's name and put through to {P}.",
            "Scans are sent to {E}; originals are shredded after thirty days.",
            "The monthly fee is collected by direct debit from {I}.",
            "For same-day forwarding, call our mailroom on {P}.",
        ],
    },
    "pitchnight": {
        "t": ["Pitch Night #14 – you're on the list", "Founders' pitch evening: running order"],
        "s": [
            "Five minutes on stage, three minutes of questions, no demos that need Wi-Fi.",
            "Your {N:pitch_slot|iso_ts} is fixed; please be backstage ten minutes before.",
            "The audience vote closes at nine, results over pizza.",
            "Last time the winner left with {N:funding_usd|funding_eur}, so polish that deck.",
        ],
        "p": [
            "Stage manager on the night: {NAME}, reachable on {P}.",
            "Send your final deck as a PDF to {E} by Thursday noon.",
            "Stuck at the door? The host's mobile is {P}.",
        ],
    },
    "accelerator": {
        "t": ["Offer to join the spring accelerator", "Accelerator programme: next steps"],
        "s": [
            "We invest in exchange for {N:equity_pct|share_count}, as set out in the term sheet.",
            "Weekly check-ins start Monday; {NAME} is your programme lead.",
            "Demo day falls in week twelve; {N:seat_cap} are reserved for investors.",
        ],
        "p": [
            "Questions about the paperwork go to {E} or to legal on {P}.",
            "Please confirm by phone ({P}) before Friday, or we offer the place to the waitlist.",
            "The first tranche will be wired to your company account once we receive your details.",
        ],
    },
    "meetup": {
        "t": ["Founder breakfast – RSVP", "Bootstrappers' meetup this Thursday"],
        "s": [
            "Tea, coffee and honest talk about churn; no recruiters, please.",
            "Tonight's topic: getting from zero to {N:arr} without burning out.",
            "We meet in {N:room_label}, up the stairs past the bike racks.",
        ],
        "p": [
            "Can't find us? Call {NAME} on {P}.",
            "RSVPs to {E}, so we order the right number of croissants.",
            "Speakers wanting a slot can ring the organiser on {P} or write to {E}.",
        ],
    },
    "membership": {
        "t": ["Membership agreement – resident plan", "Your coworking invoice"],
        "s": [
            "The resident plan includes a fixed desk, {N:locker|print_quota|parking_permit} and room hours.",
            "Notice period is one calendar month; {N:fob_id|parking_permit} must be returned on departure.",
            "Company details on file: {N:company_no|vat_fr|ein|kvk|siret|duns|lei|nace}.",
        ],
        "p": [
            "The plan is paid monthly from {I}; questions to accounts on {P}.",
            "We charged {C} for the deposit and the first month.",
            "For the US entity's credit check we still need the founder's SSN, {S}.",
            "Billing contact: {E}, phone {P}.",
        ],
    },
    "mentorhours": {
        "t": ["Office hours with our mentors", "Mentor slot booked"],
        "s": [
            "Bring one question, not ten: the slot ({N:iso_ts}) goes by quickly.",
            "{NAME} has sold two SaaS companies and still answers cold e-mails.",
            "Agenda so far: pricing, hiring a first salesperson and the {N:cap_usd|runway}.",
        ],
        "p": [
            "If you can't make it, text {NAME} on {P} so someone else gets the slot.",
            "The mentor prefers a quick call first – {P} – before the session.",
            "Calendar invites come from {E}.",
        ],
    },
    "demoday": {
        "t": ["Demo Day run sheet", "Demo Day: investor logistics"],
        "s": [
            "Doors at five, first pitch at half past; {N:seat_cap} are already taken.",
            "Each team gets a {N:pitch_slot}; the timer is strict.",
            "Livestream goes out on the main channel, archive link the day after.",
        ],
        "p": [
            "Streaming runs from {IP}; AV questions to {P}.",
            "Investor check-in: the desk in the lobby, or call {P} if the list is wrong.",
            "Press requests to {E}.",
        ],
    },
    "roombooking": {
        "t": ["Meeting room booking confirmed", "Your room is ready"],
        "s": [
            "You have {N:room_label} from two until four; the screen takes HDMI and USB-C.",
            "Whiteboard markers are in the drawer; please wipe the board when you leave.",
            "Catering for {N:seat_cap} is ordered for half past one.",
        ],
        "p": [
            "The room's screen-share box sits at {IP} on the guest network.",
            "Need to move the slot? Ring reception on {P}.",
            "Confirmation also sent to {E}.",
        ],
    },
    "investorintro": {
        "t": ["Intro: two founders you should meet", "Quick intro from the incubator"],
        "s": [
            "They are raising {N:funding_usd} on a {N:cap_usd}.",
            "Deck attached; see {N:slide_no} for the cohort numbers.",
            "I'll let you two take it from here.",
        ],
        "p": [
            "{NAME} is best reached on {P}, and by e-mail at {E}.",
            "The founder's mobile is {P}; she's in town until Friday.",
            "Data-room access is handled by {E}.",
        ],
    },
}

# local (subscriber-only) announcements; {TOWN} names the town, {L1}/{L2} are local numbers
LOCAL = {
    "US": [
        "Members dialing from inside {TOWN} can reach the front desk at {L1}.",
        "Locally in {TOWN}, the community manager picks up on {L1}; for events try {L2}.",
        "Around {TOWN} it's a local call: {L1} for the space, {L2} for after-hours access.",
        "Our {TOWN} hub (local line): {L1}.",
        "From any {TOWN} landline, the mailroom answers at {L1}.",
    ],
    "GB": [
        "From a {TOWN} phone the reception desk is simply {L1}.",
        "{TOWN} members can ring the hosts locally on {L1}, or the events team on {L2}.",
        "Local to {TOWN}? Skip the code and dial {L1}.",
        "The {TOWN} studio's landline, no area code needed in town: {L1}.",
    ],
    "IN": [
        "Within {TOWN}, dial {L1} for the coworking front office (no STD code needed).",
        "{TOWN} members: reception {L1}, facilities {L2} – local calls only.",
        "From a {TOWN} landline, the incubator office is on {L1}.",
    ],
}
MISC = [
    "A parcel is waiting for you at reception: {N:parcel}.",
    "Finding us: {N:gps}; the pin drops on the courtyard gate.",
    "This month's {N:isbn} is on the shelf by the kitchen.",
    "Your {N:booking_ref} has been updated.",
    "Your badge was last used in {N:iso_week}.",
    "Your {N:member_id} is printed on the back of your badge.",
    "The fund's report lists the holding under {N:isin}.",
    "We tagged {N:git_sha} right before the rehearsal.",
    "Slides should use {N:hex_colour} for headings.",
    "Welcome to {N:cohort}!",
    "The new mezzanine adds {N:floor_area}.",
    "Scores are in: {N:jury_score} for the winning team.",
    "Our second site: Prinsengracht, {N:postcode_nl} Amsterdam.",
]
LIST_HEADS = ["Numbers for the space", "Who to call", "Contacts on the day", "Front desk & friends"]
LIST_LABELS = [
    "Front desk",
    "Community manager",
    "Events",
    "Facilities",
    "Mailroom",
    "Programme lead",
    "Night access",
    "Finance",
]
