"""English sentences for v69 (weddings and private events), all written fresh for this set."""

TITLES = {
    "photo": [
        "Wedding photography – booking confirmation",
        "Your engagement shoot: the plan",
        "Gallery delivery note",
        "Second shooter brief",
    ],
    "dj": [
        "DJ & disco booking – final details",
        "Evening reception: music running order",
        "Ceilidh band and DJ rider",
    ],
    "florist": [
        "Bridal flowers – order summary",
        "Florist consultation follow-up",
        "Table centrepieces: revised quote",
    ],
    "venue": [
        "Venue hire agreement – key points",
        "Site visit notes: the Orangery",
        "Barn venue: what to expect on the day",
    ],
    "catering": [
        "Wedding breakfast menu and tasting",
        "Caterer's final numbers request",
        "Hog roast and evening buffet",
    ],
    "marquee": [
        "Marquee hire – site survey",
        "Party hire delivery schedule",
        "Sailcloth tent: build and de-rig",
    ],
}

POS = {
    "photo": [
        "If anything changes on the morning, text me on {M} – I'll have my phone on loud until the ceremony.",
        "Your online gallery goes live about four weeks after the day; questions about prints can go to {R}.",
        "The deposit was taken from the card in the block below: {C} (please keep this email for "
        "your records).",
        "My second shooter, {name}, can be reached directly on {P} if you'd like to go through the family "
        "group list with her.",
        "For the drone shots we upload straight from the field to our NAS at {IP}, so nothing sits on a "
        "single card overnight.",
        "{name} from the venue asked me to copy her in: {E}.",
        "Balance by bank transfer, please, to {I}, reference your surname.",
        "We're based abroad for part of the season; from May to July ring the studio on {X}.",
        "For 1099 purposes our bookkeeper needs the second shooter's SSN, {S}, on the contractor form.",
    ],
    "dj": [
        "On the night I'll be on {M}; the venue coordinator has the same number on her sheet.",
        "Send song requests and the do-not-play list to {R} by the Friday before.",
        "Our lighting desk takes the venue network address {IP}, so ask their IT person to leave it free.",
        "Booking fee paid by card {C}; the remaining balance is due fourteen days out.",
        "Any noise-limiter questions go to the venue's technical manager, {name}, on {P}.",
        "If you're booking the sax player too, his agent answers on {P} or by email at {E}.",
        "Free advice line for couples planning their first dance: {T}.",
    ],
    "florist": [
        "We'll deliver the buttonholes to the groom's hotel; the best man has given us {M} for the handover.",
        "Please pay the 50% deposit to {I} and send the remittance to {R}.",
        "If you decide on peonies after all, call the shop on {P} before the end of the month.",
        "Card used for the order: {C} – we'll only charge the balance once you approve the final mock-up.",
        "The bridesmaid posies will be collected by {name}; her number is {M}.",
        "Our wholesale orders are placed online every Tuesday; confirmations come from {R}.",
    ],
    "venue": [
        "The events office is open Tuesday to Saturday on {P}; "
        "outside those hours the duty manager carries {M}.",
        "Guests can book rooms through {R} quoting your booking reference.",
        "Guest Wi-Fi runs on a separate network; the gateway for your photo booth is {IP}.",
        "The {cur}500 security deposit is held on card {C} and released within ten days.",
        "Please send your supplier list to our coordinator, {name}, at {E}.",
        "Hire fee to be paid into {I}; we don't take cash on the day.",
        "Booking line for the holiday cottages on the estate: {T}.",
    ],
    "catering": [
        "Head chef {name} will take allergy questions personally on {P}.",
        "Final guest numbers to {R}, please, no later than two weeks before.",
        "We've taken the tasting fee from {C}; it will be deducted from the final invoice.",
        "The bar manager's mobile on the day is {M}.",
        "Payment details for the balance: {I}.",
        "Our hog roast partner is at {P} if you'd like to add a vegetarian option.",
    ],
    "marquee": [
        "Our crew leader {name} will call from {M} when the lorry is twenty minutes away.",
        "Please confirm the site survey slot by replying to {R}.",
        "The lighting controller sits on {IP}; if the house Wi-Fi reaches the lawn it joins by itself.",
        "Damage waiver and deposit were charged to {C}.",
        "Bank details for the balance: {I}, reference your order number.",
        "Questions about ground conditions: call our yard on {P}.",
        "If you need portable loos as well, our partner takes bookings on {T}.",
    ],
}

NEG = {
    "photo": [
        "Your booking reference is {n:booking_ref}; please quote it in every email.",
        "Expect roughly {n:photo_range} edited images from a full day.",
        "Most of the ceremony will be shot on the {n:lens}, no flash inside the church.",
        "The hero shot you liked was {n:image_file}, taken at {n:exposure}.",
        "Gallery password: {n:gallery_code} (case sensitive).",
        "We shoot to {n:card_size} cards in dual slots.",
        "Our drone operator ID is {n:drone_id}.",
        "Use {n:hashtag} so guests' phone photos end up in one place.",
    ],
    "dj": [
        "Set times: {n:set_times}, with a break for speeches.",
        "For the first hour we'll keep it around {n:bpm}.",
        "The hall has a sound limiter set at {n:db_limit}, so the band will run a little quieter.",
        "Power needed at the stage end: {n:power}.",
        "Your first-dance track is registered under ISRC {n:isrc}; we'll fade it at {n:song_len}.",
        "We hold a music licence, number {n:prs_licence}.",
        "Our quote {n:quote_no} covers the uplighters and the dance floor.",
    ],
    "florist": [
        "The arch needs about {n:stems} stems of white stock and eucalyptus.",
        "Your order number is {n:flower_order}.",
        "We matched the ribbon to {n:pantone}.",
        "The tall vases are {n:vase_dims}, so the centrepieces clear eye level.",
        "Tables {n:table_range} will have the low arrangements.",
    ],
    "venue": [
        "The Great Hall seats and stands {n:capacity} guests.",
        "The Orangery measures {n:room_dims}.",
        "For the sat-nav, use {n:gps}; the postcode takes you to the farm gate.",
        "The ceremony lawn is at grid reference {n:os_grid}.",
        "Our premises licence is {n:premises_licence}, so the bar can stay open until midnight.",
        "Timings we agreed: {n:run_sheet}.",
        "Your wedding car (registration {n:plate}) can park by the fountain.",
    ],
    "catering": [
        "Dietary counts so far: {n:dietary}.",
        "The menu you chose comes to {cur}{n:price_head} per head before service.",
        "We'll need the final count of {n:guest_count} guests confirmed in writing.",
        "The cake is three tiers, {n:cake_tiers}, on a cake stand from our store.",
        "Your RSVP code for the tasting evening is {n:rsvp_code}.",
        "We have traded since {n:since_years} under company number {n:company_no}.",
    ],
    "marquee": [
        "We've pencilled in a {n:marquee_size} frame marquee with a clear gable end.",
        "The structure is rated for winds up to {n:wind_rating}.",
        "A {n:generator} silent generator will sit behind the hedge.",
        "Items on your list include {n:hire_code} and the festoon lighting.",
        "Public liability policy {n:policy_no}; electrics carry test certificate {n:pat_cert}.",
        "Payment plan: {n:deposit_split}.",
        "Printed order of service: {n:paper_size}.",
    ],
}

# local numbers: {cw} is the regional word for the area code; {L} a subscriber-only number
LOCAL = [
    "Since you're both in {town}, you won't need the {cw} for our studio: {L}.",
    "{L} – that's the {town} landline, so skip the {cw} when you ring from the house.",
    "Shop phone (from within {town}, no {cw}):\n{L}",
    "Anyone staying in {town} can reach the venue office on {L}; it's a local call.",
    '"Just ring {L} from the hotel room," the coordinator told us, "it\'s a {town} line, no {cw} needed."',
    "Call the barn on {L} (local to {town}; add the {cw} if you're dialling from further away).",
    "From any {town} landline: {L} for the kitchen and {L} for the front desk.",
    "Note: {L} is our {town} number with the {cw} left off.",
    "Guests already in {town} only need {L} to get the concierge.",
    "The shuttle company is a {town} firm – dial {L} locally and mention the wedding name.",
    "Our {town} showroom answers on {L} and the workshop behind it on {L}; both are local calls in town.",
    "(Local to {town}: {L}. From elsewhere you'll need the {cw} first.)",
    "Ring the cake shop on {L} – they're round the corner in {town}, no {cw} required.",
    "Valet parking desk: {L}\n^ from a {town} phone, without the {cw}",
    "In {town}? The minibus driver picks up on {L}.",
]

CW = {"US": "area code", "GB": "dialling code", "IN": "STD code"}

HEADS = ["Suppliers on the day", "Day-of contacts", "Wedding team", "Who's who on the day"]
LABELS = [
    "Photographer",
    "DJ",
    "Florist",
    "Venue coordinator",
    "Caterer",
    "Marquee crew",
    "Best man",
    "Chief bridesmaid",
    "Cake maker",
    "Transport",
]
