"""English lines (en_US, en_GB, en_IN, en_AU, en_IE): personal and household services."""

# slots: {P} phone, {N} hard negative of the genre, {E} e-mail, {C} card, {I} IBAN, {IP} IP, {S} SSN
G = {
    "salon": {
        "head": [
            "Hi Megan! Reminder from Fringe Benefits Hair",
            "PRICE LIST – Copper & Comb Salon",
            "Your appointment is confirmed ✂",
        ],
        "neg": ["Toner this time: {N}.", "Last visit: {N}.", "{N}", "Stylist notes — {N}."],
        "pos": [
            "Running late? Text the salon on {P} and we'll shuffle things round.",
            "Can't make it? Reply here or call {P} – {N}.",
            "New clients, book a patch test first: {P}.",
            "Bookings: {P} · {E}",
            "Online booking is down (server {IP}); phone {P} instead.",
        ],
    },
    "barber": {
        "head": ["Sharp Lines Barbers — walk-ins welcome", "Barber chat 💈", "Old Town Barber Co."],
        "neg": ["{N}.", "Fade + beard: {N}.", "Today's slot: {N}."],
        "pos": [
            "yo is Dez still at the shop? his number's {P}, best barber in town no cap",
            "Book by WhatsApp only: {P}",
            "Mobile barber for weddings and care homes, ring Lou {P}.",
        ],
    },
    "nails": {
        "head": ["The Nail Room 💅 appointment confirmed", "Polished Studio — aftercare card"],
        "neg": ["Colour used: {N}.", "{N}.", "Infills every 3 weeks; {N}."],
        "pos": [
            "Chip within 5 days? Message us on {P} for a free fix.",
            "Deposit taken on card {C}; balance on the day. Questions: {P}.",
        ],
    },
    "tailor": {
        "head": ["Stitch in Time – alterations & dry cleaning", "Collection slip"],
        "neg": ["{N}.", "Alteration: {N}.", "Label reads {N}."],
        "pos": [
            "We'll ring {P} when your garments are ready.",
            "Wedding dress alterations by appointment, call Mrs Okafor on {P}.",
        ],
    },
    "photo": {
        "head": ["Golden Hour Photography — booking confirmation", "Mini sessions this Saturday!"],
        "neg": ["Gallery favourites: {N}.", "Package: {N}.", "Settings for the curious: {N}."],
        "pos": [
            "Weather worries on the day? Call or text Priya on {P}.",
            "Second shooter for weddings, contact {E} or {P}.",
            "Upload link sent from {IP}; if it fails, ring {P}.",
        ],
    },
    "tutor": {
        "head": [
            "MATHS & PHYSICS TUITION — GCSE / A level",
            "Piano lessons for all ages ♪",
            "Violin teacher taking new pupils",
        ],
        "neg": ["Rates: {N}.", "Currently working on {N}.", "This term: {N}.", "Practice at {N}."],
        "pos": [
            "Tear off ✂ {P} ✂ {P2}",
            "DBS checked. Call or text {P} after 4pm.",
            "Mum-to-mum: our tutor Ana was brilliant, her number is {P}, tell her Jess sent you x",
        ],
    },
    "trainer": {
        "head": ["Coach Kai — your week", "Bootcamp in the park", "PT check-in"],
        "neg": ["Main lift: {N}.", "Cardio: {N}.", "Progress: {N}.", "{N}."],
        "pos": [
            "Sick or injured? Tell me by text on {P} before 7am.",
            "First session free — message {P} or email {E}.",
            "Gym check-in kiosk ({IP}) frozen again, just text me at {P} when you arrive.",
        ],
    },
    "dog": {
        "head": [
            "Paws & Suds grooming reminder 🐾",
            "Dog walking — new clients welcome",
            "Lost & found at the groomer's",
        ],
        "neg": ["Bella: {N}.", "Max — {N}.", "{N}."],
        "pos": [
            "If Bella needs collecting early we'll call {P}.",
            "Emergency contact for Max: {P} (owner's mum).",
            "Anyone know a good dog walker? — Try Rhys, {P}, he's got a van and walks in the woods",
        ],
    },
    "garden": {
        "head": ["GREEN FINGERS GARDEN SERVICES", "Window cleaning round — next visit", "Quote"],
        "neg": ["Job: {N}.", "{N}.", "Quote based on {N}."],
        "pos": [
            "Payments by bank transfer to {I}, reference your house number. Queries: {P}.",
            "Not home? Leave the side gate open and text {P}.",
            "Hedge cutting, leaf clearance, gutters — call Tom {P}.",
        ],
    },
    "homecare": {
        "head": [
            "Brightwell Home Care — visit schedule",
            "Sparkle Cleaning Co. — booking confirmed",
            "New carer timesheet",
        ],
        "neg": ["{N}.", "Visit plan: {N}.", "Access: {N}."],
        "pos": [
            "Out-of-hours on-call coordinator: {P}.",
            "If your cleaner hasn't arrived by 9:30, call the office on {P}.",
            "Payroll form: SSN {S}; direct deposit set up. HR questions {P}.",
            "New hire packet received (SSN {S}). Your field supervisor is Dana, cell {P}.",
        ],
    },
}

LOCAL = [
    "Locals can skip the area code — {T} salon line is {L}.",
    "From anywhere in {T}, just dial {L}.",
    'Posted on the {T} community board: "Reliable cleaner, 3 yrs, refs. Ring {L}."',
    "{T} shop {L}; after hours, home line {L2}.",
    "We're on the old {T} exchange: {L} (front desk) and {L2} (grooming room).",
    "Calling from {T}? It's {L}, no prefix needed.",
    "Neighbour recommendation in the {T} group chat: the tailor on Mill St, {L}, ask for Rosa.",
]
HIND_LOCAL: list = []
LIST_HEAD = ["Handy numbers for the fridge:", "Who we use:", "Our regulars:", "Recommended by the street:"]
LIST_LABELS = [
    "hairdresser",
    "dog walker",
    "window cleaner",
    "piano teacher",
    "tailor",
    "cleaner",
    "gardener",
    "nail tech",
    "barber",
    "photographer",
]
CLOSE = ["See you soon!", "Thanks for choosing us.", "Reply STOP to opt out.", "Tips always appreciated.", ""]
