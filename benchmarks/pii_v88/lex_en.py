"""English sentences for v88 (photography, arts and crafts). Slots: see compose.py."""

GENRES = {
    "studio": {
        "titles": ["Portrait session confirmed", "Your studio booking", "Headshot day - what to bring"],
        "body": [
            "Thanks for booking a family portrait with {NAME}; if the little ones are poorly, text {M} and "
            "we'll move you.",
            "The backdrop room is upstairs, so ring {P} from the door if the lift is out again.",
            "We shoot tethered, so you will see every frame on the big screen ({N_exposure}).",
            "Hair and make-up starts forty minutes before your slot; our stylist can be reached on {M}.",
            "Proofs go up in a private gallery within a week; questions about retouching to {E}.",
            "Last session we noted {N_kelvin}, which we keep on file for matching reprints.",
            "A deposit was taken on the card ending in the digits below: {C}.",
            "Parking is behind the bakery; the studio manager picks up on {P} until six.",
        ],
    },
    "wedding": {
        "titles": ["Wedding coverage quote", "Timeline for your big day", "Second shooter briefing"],
        "body": [
            "Congratulations again! Our lead photographer {NAME} will arrive at the venue at noon; her "
            "mobile on the day is {M}.",
            "The balance is due thirty days before the ceremony, by transfer to {IB}.",
            "Confetti shots work best outdoors - we scouted the lawn at {N_gps}.",
            "If the coordinator needs us, the office number is {P}; after hours try {M}.",
            "Drone footage needs the venue's sign-off; send the form back to {E}.",
            "We will back up every card on site ({N_sdcard}) before leaving.",
            "Our friend in Lisbon who does destination weddings answers on {X}.",
            "Final gallery delivery: eight to ten weeks, full-size files at {N_dpi} dpi.",
        ],
    },
    "framing": {
        "titles": ["Framing order slip", "Your frame is ready for collection", "Conservation framing quote"],
        "body": [
            "Artwork received: watercolour, {N_frame}, museum glass and a double mount.",
            "Keep it at {N_climate} and away from the window, if you can.",
            "Collection from Thursday; call {P} before you come in case we are at a fair.",
            "The moulding you picked is on back order; our supplier's trade line is {F}.",
            "Payment taken by card {C}; receipt sent to {EP}.",
            "For large mirrors we deliver and hang - book through {E} or on {M}.",
            "Fitting notes: {N_mat}; backing board acid-free.",
        ],
    },
    "classes": {
        "titles": ["Welcome to the spring term", "Evening life drawing - joining details", "Kids' clay club"],
        "body": [
            "The watercolour beginners' class meets {N_hours}; bring your own brushes if you have them.",
            "Tutor {NAME} is happy to take questions on {M} (texts preferred).",
            "If you can't make a session, let the front desk know on {P} so we can offer the easel to the "
            "waiting list.",
            "Course fees can be paid by card ({C}) or by transfer to {IB}.",
            "The printmaking room laptop is on the studio network at {IP} if you want to send files to the "
            "plotter.",
            "Materials list and the model's timetable are coming from {E}.",
            "This term's reference code is {N_course}.",
        ],
    },
    "fair": {
        "titles": [
            "Stallholder pack - Winter Makers Market",
            "Craft fair: setting-up notes",
            "Artisan fair application received",
        ],
        "body": [
            "Your pitch is {N_stall}; vans may unload from 7:30 through the side gate.",
            "On the day, the marshal can be reached on {M}; lost property goes to the info tent.",
            "Pitch fees are non-refundable after the first of the month; we hold the card on file ({C}).",
            "For electricity hook-ups, email {E} or phone the organiser on {P}.",
            "The card reader hotspot will be at {IP}; ask us for the password.",
            "Please label every item with your maker number ({N_member}) so the tills can match sales to "
            "makers.",
            "The market's free helpline for visitors is {F}.",
        ],
    },
    "pottery": {
        "titles": ["Kiln firing schedule", "Pottery studio membership", "Open studio: glaze day"],
        "body": [
            "Bisque firing on Tuesday reached {N_kiln}; glaze loads go in on Friday.",
            "Members collect work from the shelves by the door - if your piece is missing, ring {P}.",
            "Please note the glaze batch ({N_glaze}) on the base of each pot in underglaze pencil.",
            "The wheel-throwing tutor, {NAME}, is on {M} if you are running late.",
            "Monthly membership is taken by direct debit from {IB}.",
            "Clay orders ({N_clay}) come from our supplier; questions to {E}.",
            "The kiln controller logs to the studio computer at {IP}.",
        ],
    },
    "gallery": {
        "titles": ["Exhibition of local makers", "Sale confirmation - gallery", "Consignment agreement"],
        "body": [
            "Thank you for buying from the autumn show; the work ({N_edition}) stays on the wall until the "
            "exhibition closes.",
            "Our gallery manager {NAME} will arrange delivery - call {P} or {M}.",
            "Artists are paid sixty per cent of the sale price within fourteen days to {IB}.",
            "For press images please write to {E}.",
            "The piece is listed as {N_lot} in our stock book.",
            "Payment of the balance went through on {C}.",
            "Collectors abroad can reach our partner space on {X}.",
        ],
    },
    "printlab": {
        "titles": ["Print order received", "Your lab order is on its way", "Film developing - order update"],
        "body": [
            "We received {N_filename} and the rest of the folder; prints go on {N_gsm}.",
            "Colour-corrected proofs are on the lab's file server at {IP}.",
            "If the crop looks off, ring the print desk on {P} before we run the full order.",
            "Three rolls came in for developing; we found {N_filmframe}.",
            "Charged to card {C}; the invoice went to {EP}.",
            "Express couriers can call our dispatch team on {F}.",
            "Questions about colour profiles to {E} or text {M}.",
        ],
    },
    "commission": {
        "titles": [
            "Commission brief - pet portrait",
            "Mural commission: next steps",
            "Your custom ceramics order",
        ],
        "body": [
            "I've sketched three compositions at {N_ratio}; pick one and I'll start on the canvas.",
            "Half up front, please, to {IB}, and the rest on delivery.",
            "My studio line is {P}, but the quickest way to get me is {M}.",
            "Reference photos can go to {EP}; phone snaps are fine.",
            "Finished size will be {N_frame}, ready to hang.",
            "If you are in the States, my agent takes calls on {X}.",
            "For the invoice I'll need your details; send them via {E}.",
        ],
    },
    "hire": {
        "titles": ["Camera hire agreement", "Lens repair estimate", "Rental kit checklist"],
        "body": [
            "Kit out: one body ({N_shutter}) and a {N_focal} zoom, both checked on the bench.",
            "A pre-authorisation was placed on {C}; it drops off once the kit is back.",
            "Return by 4 pm; if you're stuck in traffic, call the rental counter on {P}.",
            "Our technician measured {N_ev} on the returned body.",
            "Weekend emergencies: {M}.",
            "For repair estimates write to {E}; the workshop's public IP for the booking portal is {IP}.",
            "The manufacturer's service centre is on {F}.",
        ],
    },
}

SSN_LINES = [
    "For the 1099 we need the W-9 back with your SSN ({S}) - it stays in the locked cabinet.",
    "Tax form on file for {NAME}: SSN {S}, sales above the reporting threshold.",
]

# locally announced numbers: {TOWN} and one or two {L}
LOCAL = {
    "US": [
        "Swing by the {TOWN} studio any Saturday - from a phone in town the front desk is just {L}.",
        "Locals in {TOWN} can dial {L} for the gallery shop and {L} for the framing bench; no area code "
        "needed.",
        "Our {TOWN} darkroom answers on {L} (seven digits is plenty if you're calling from town).",
        '"Just dial {L}," the potter told me, "everybody in {TOWN} does."',
        "{TOWN} crafters, the guild's phone tree starts with {L}.",
        "If you're local to {TOWN}: {L} for the studio, {L} for Kim's mobile-free landline at the kiln shed.",
    ],
    "GB": [
        "Popping into the {TOWN} gallery? From a {TOWN} landline it's simply {L}.",
        "Ring the workshop on {L} (local to {TOWN}, no code needed) or drop in.",
        "{TOWN} members: the clay room phone is {L}, the office {L}.",
        "From inside {TOWN} just ring {L} and ask for the framing counter.",
        "Town number, {TOWN} exchange:\n{L}",
        '"Give us a bell on {L}," she said, "that\'s the {TOWN} shop."',
    ],
    "IN": [
        "Within {TOWN}, call the photo studio on {L}; out-of-town callers add the STD code.",
        "{TOWN} customers can reach the framing shop at {L} and the workshop at {L}.",
        "For the {TOWN} pottery class, ring {L} from any landline in the city.",
        "Local line ({TOWN}): {L}",
        "Our {TOWN} gallery's landline - dial {L} if you are in the city.",
    ],
}

LIST_HEADS = ["Studio contacts", "Get in touch", "Numbers for the day", "Who picks up", "Contact the makers"]
LABELS = [
    "Front desk",
    "Framing bench",
    "Print desk",
    "Kiln room",
    "Gallery shop",
    "Tutor",
    "Bookings",
    "Lab dispatch",
    "Rental counter",
    "Stall marshal",
]

TOWN_ABROAD = "Lisbon"
