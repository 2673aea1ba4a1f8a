"""English sentences for v125 (spiritual and alternative practice). {p} phone, {v} hard negative."""

GENRES = {
    "tarot": {
        "titles": [
            "Your tarot reading is booked",
            "Tarot by candlelight – session notes",
            "Three-card pull: follow-up",
        ],
        "phone": [
            "If the cards leave you with questions, text me on {p} and I'll send a short clarifier pull.",
            "Running late for your reading? Call the parlour on {p}; I hold the table for fifteen minutes.",
            "Phone readings happen at the agreed time: I ring you from "
            "{p}, so please save it so you pick up.",
            "For a full Celtic Cross over the phone, book through my assistant on {p}.",
        ],
        "fill": [
            "We drew the Tower reversed, which I read as a slow release rather than a sudden collapse.",
            "Please shuffle with your question in mind and stop when it feels right.",
            "Readings are for reflection and entertainment; they are not "
            "a substitute for medical or legal advice.",
        ],
    },
    "astrology": {
        "titles": [
            "Natal chart order confirmation",
            "Solar return consultation",
            "Your synastry report is ready",
        ],
        "phone": [
            "The consultation is by phone: our astrologer will call you on {p} at the start of your slot.",
            "Questions about the chart PDF go to the studio line, {p}, weekdays after ten.",
            "If your birth time changes after you check the certificate, ring {p} before we cast the chart.",
        ],
        "fill": [
            "An exact birth time matters: the rising sign moves roughly one degree every four minutes.",
            "We use the Placidus house system unless you ask for whole signs.",
            "Transits are described as tendencies, never as fixed outcomes.",
        ],
    },
    "reiki": {
        "titles": [
            "Reiki session reminder",
            "Energy healing – aftercare",
            "Level 1 attunement: what to bring",
        ],
        "phone": [
            "To move your treatment, call the healing room on {p} at least a day ahead.",
            "Some people feel tired or emotional after a session; if anything worries you, phone me on {p}.",
            "Distance reiki is arranged by text: send your first name and a time to {p}.",
        ],
        "fill": [
            "Wear loose clothes and drink plenty of water afterwards.",
            "You stay fully clothed on the couch; the hands rest lightly or hover above the body.",
            "Reiki is offered alongside, not instead of, care from your doctor.",
        ],
    },
    "retreat": {
        "titles": ["Silent meditation retreat: joining instructions", "Weekend retreat – final details"],
        "phone": [
            "Phones are handed in on arrival; in an emergency your "
            "family can reach the retreat office on {p}.",
            "If your train is delayed, ring the shuttle driver on {p} so nobody waits at the station.",
            "The manager's mobile for the week is {p}; please keep it for genuine emergencies only.",
        ],
        "fill": [
            "Noble silence begins after the evening talk on the first day.",
            "Meals are vegetarian; tell us about allergies before you travel.",
            "Bring a warm layer for the early sits and a torch for the path to the cabins.",
        ],
    },
    "crystals": {
        "titles": ["Crystal shop – order shipped", "Your crystal grid set", "Gemstone care card"],
        "phone": [
            "If a stone arrives chipped, photograph it and message us on {p}; we replace it free of charge.",
            "The shop phone, {p}, is answered Tuesday to Saturday while the door is open.",
            "Want a piece put aside until payday? Call {p} and give the shelf label.",
        ],
        "fill": [
            "Selenite should be kept dry; cleanse it with moonlight or sound instead of water.",
            "Each piece is natural, so colour and inclusions vary from the photos.",
            "Amethyst fades in strong sunlight, so keep it off the windowsill.",
        ],
    },
    "psychicfair": {
        "titles": [
            "Mind, Body & Spirit fair – exhibitor pack",
            "Psychic fair: reader rota",
            "Holistic fair update",
        ],
        "phone": [
            "On the day, the organiser's mobile is {p}; the hall has "
            "poor signal near the stage, so try twice.",
            "Readers who cannot make their shift must phone {p} by Friday noon so we can swap the rota.",
            "Table bookings and electricity requests: {p}, or ask at the front desk.",
        ],
        "fill": [
            "Setup starts at eight; the doors open to the public at ten.",
            "Please keep incense unlit inside the hall because of the smoke alarms.",
            "Each reader gets a table, two chairs and a cloth; bring your own signage.",
        ],
    },
    "soundbath": {
        "titles": ["Gong bath this Sunday", "Sound healing circle – what to expect"],
        "phone": [
            "Places are limited to sixteen mats; reserve by calling {p}.",
            "Ring {p} if you are pregnant or use a hearing aid, and we will adjust your spot in the room.",
        ],
        "fill": [
            "Bring a blanket and an eye pillow; the room cools as you relax.",
            "The session ends with a few minutes of silence before we bring the lights up.",
        ],
    },
}

NEG = {
    "birth_data": ["Birth data on file: {v} (from the hospital record)."],
    "birth_coords": ["Place of birth was entered as {v}; tell us if that is off by more than a few miles."],
    "planet_degree": ["Your progressed {v} is the theme of this year's reading."],
    "house_cusps": ["Angles for the chart: {v}."],
    "utc_offset": ["The time was converted from local time at {v}."],
    "julian_day": ["Ephemeris reference for the event: {v}."],
    "numerology_sum": ["Life path worked out as {v}."],
    "frequencies": ["The bowls are tuned to {v}."],
    "crystal_weight": ["The citrine point in your basket weighs {v}."],
    "crystal_size": ["Cluster size, roughly: {v}."],
    "voucher_code": ["Your gift voucher code is {v}; it is valid for twelve months."],
    "booking_ref": ["Please quote booking reference {v} in any message."],
    "cabin_bed": ["You are in cabin/bed {v} on the meadow side."],
    "session_times": ["Morning sitting runs {v}, with walking meditation after."],
    "date_range": ["Retreat dates: {v}."],
    "stand_number": ["Your stand is {v}, next to the tea bar."],
    "ean_barcode": ["Entry tickets carry the barcode {v} at the bottom."],
    "isbn": ["The deck's guidebook is listed as ISBN {v}."],
    "mantra_count": ["This week's practice: {v} repetitions of the mantra."],
    "breath_pattern": ["We open with box-style breathing, counted {v}."],
    "moon_phase": ["Full moon exact at {v}; the circle meets that evening."],
    "saros": ["The eclipse belongs to {v} in its series."],
    "decibels": ["Measured level during the gong crescendo: {v}."],
    "oil_lot": ["The lavender oil used today was batch {v}."],
    "practitioner_reg": ["Registered practitioner, {v}."],
    "insurance_policy": ["Public liability cover under policy {v}."],
    "course_hours": ["The practitioner course totals {v}."],
    "company_number": ["Trading as a registered company, {v} (German branch)."],
    "door_code": ["The side door code after dark is {v}."],
    "dasha_period": ["Your Venus dasha runs {v}."],
    "seat_range": ["Your group has row/seats {v} for the medium's talk."],
    "payment_ref": ["Use the payment reference {v} for your bank transfer."],
    "hexagram": ["The I Ching answer came as hexagram {v}."],
    "dosage": ["The herbalist suggested ashwagandha, {v} a day, with food."],
    "price_list": ["Prices for 30/60/90 minutes, in pounds: {v}."],
    "biorhythm": ["Biorhythm today (physical/emotional/intellectual): {v}."],
}

# Announced local numbers: {town}, {l1}, {l2}.
LOCAL = {
    "US": [
        "Calling from a {town} landline? Our studio is just {l1} – no area code needed.",
        "{town} neighbors can dial {l1} for readings and {l2} for the crystal counter.",
        "Local to {town}: seven digits, {l1}, rings straight into the healing room.",
        "Within the {town} exchange, book the gong bath by dialing {l1}.",
        "Front desk (in-town calls, {town}): {l1}",
    ],
    "GB": [
        "If you're ringing from a {town} number, simply dial {l1} for the shop.",
        "{town} callers: leave off the dialling code and ring {l1}; the therapy room is {l2}.",
        "From any landline in {town}, the retreat office is {l1}.",
        "Locals in {town} know us as {l1} – the old shop number still works.",
        "Bookings (local rate within {town}): {l1}",
    ],
    "IN": [
        "In {town}, call the ashram office directly on {l1} from any landline.",
        "{town} residents may dial {l1} without the STD code; for the meditation hall it is {l2}.",
        "Local callers in {town}: the reading room answers on {l1}.",
        "Landline within {town} city limits: {l1}",
    ],
}

LIST_HEADS = ["Reach us", "Our lines", "Practitioners' numbers", "Who picks up"]
LIST_LABELS = [
    "Bookings",
    "Studio",
    "Shop floor",
    "Retreat office",
    "Reader on duty",
    "Organiser",
    "Aftercare",
]

EMAIL = [
    "Send your birth certificate photo to {e} and we'll double-check the time.",
    "Questions about the retreat can go to {e} at any time.",
    "Exhibitor forms should be returned to {e} by the end of the month.",
    "Write to {e} if you would like a recording of your reading.",
]
CARD = [
    "Deposit paid by card {c}; the balance is due on arrival.",
    "Card used for the booking: {c} (as typed on the form).",
    "The crystal order was charged to {c}.",
]
IBAN = [
    "For the retreat balance, transfer to {i} and add your name.",
    "Exhibitor fees go to our account {i}.",
]
IP = [
    "The livestream of the circle runs from our server at {ip}; add it "
    "to your firewall allow list if it will not load.",
    "Your booking came in from {ip}, so the system asked for a second check.",
    "The retreat Wi-Fi gateway is {ip}; printers in the library use the same network.",
]
SSN = [
    "For the W-9, readers paid over the threshold gave an SSN; yours was entered as {s}.",
    "Tax form on file for the fair: SSN {s}, please confirm it matches your card.",
]
OTHER = [
    "Our free helpline for bookings is {p}.",
    "Call the free line {p} to order a printed birth chart.",
]
