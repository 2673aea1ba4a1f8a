"""English sentences: salons, barbers, nail bars, tattoo and piercing studios, spas, home visits."""

HEAD = {
    "salon": ["Your colour appointment is booked", "Salon reminder", "Re: balayage consultation"],
    "barber": ["Walk-ins welcome", "Barbershop notice", "Chair update from the shop"],
    "nails": ["Nail bar booking", "Your infill is coming up", "Gel manicure aftercare"],
    "tattoo": ["Tattoo deposit received", "Consent form and aftercare", "Guest artist week"],
    "piercing": ["Piercing aftercare sheet", "Jewellery change booked", "Piercing studio notice"],
    "spa": ["Spa day confirmation", "Couples retreat itinerary", "Thermal suite booking"],
    "mobile": ["Home visit confirmed", "Mobile hairdresser – route for the day", "Bridal party trial"],
    "therapist": ["Lash and brow appointment", "Waxing booking", "Laser course update"],
}

POS = {
    "salon": [
        "If the toner goes brassy within a fortnight, ring {NAME} on {P} and she'll fit you in for a gloss.",
        "Running late for your foils? A quick call to {P} lets us push the next client back.",
        "We've moved your cut-and-blow-dry to Thursday; shout on {M} if that clashes with the school run.",
    ],
    "barber": [
        "Queue's long on Saturdays, so text {M} with your name and we'll message when the chair frees up.",
        "Beard trims are back on the menu. Book by phone on {P} or just wander in.",
        "{NAME} has gone freelance but still cuts on Mondays: {M}.",
    ],
    "nails": [
        "Lifting within five days is on us – call {P} and we'll redo the set.",
        "For acrylic removals please phone ahead on {P}, as soak-offs need a longer slot.",
        "Your nail tech {NAME} is off sick; her cover can be reached on {M}.",
    ],
    "tattoo": [
        "Any redness past day three, send a photo and call the studio on {P}.",
        "Our guest artist from abroad takes design questions on {X} until the end of the month.",
        "Deposits are non-refundable, but rescheduling is fine if you ring {P} at least two days out.",
    ],
    "piercing": [
        "Swelling, bumps or a crooked bar: call {P} before you take anything out yourself.",
        "Downsizing appointments are free within eight weeks – book on {M}.",
        "The piercer on shift tonight, {NAME}, answers {P} until close.",
    ],
    "spa": [
        "Robes and slippers are waiting at reception; to add a hot-stone massage, call {P}.",
        "Parking is tight on spa days, so ring {P} from the gate and someone will lift the barrier.",
        "For dietary needs at the spa lunch, speak to our kitchen on {P}.",
    ],
    "mobile": [
        "I'll be parked outside around ten; if you need to move the visit, my mobile is {M}.",
        "Bridesmaids should have hair washed and dried the night before. Questions to {M}, any time.",
        "No signal at the farmhouse? Leave a message on {P} and I'll pick it up between clients.",
    ],
    "therapist": [
        "Your patch test must be done 48 hours before the tint – pop in or ring {P} to arrange it.",
        "After laser, avoid the sauna for a few days; any blistering, call the clinic on {P} straight away.",
        "Lash lifts with {NAME} are now on Wednesdays too; her booking line is {M}.",
    ],
}

OTHER = [
    "Product questions go to the manufacturer's free helpline, {O}.",
    "The gift card hotline, {O}, checks balances around the clock.",
]

NEG = [
    "Formula on file: {n.shade_code} with {n.developer}, processing {n.duration}.",
    "Booking reference {n.booking_ref} – please quote it if you change anything.",
    "Gift voucher {n.voucher_code} has {n.gift_balance} left on it.",
    "Loyalty card {n.loyalty_card}: your next blow-dry is free.",
    "Aftercare balm (barcode {n.ean13}, {n.lot_number}, best before {n.expiry}) is sold at the desk.",
    "Needle set-up for the linework: {n.needle_config}; estimated size {n.tattoo_size}.",
    "Starter jewellery is titanium, {n.gauge}, bar length {n.jewel_dim}.",
    "Your slot on {n.date} runs {n.time_slot} in treatment room {n.cabin}.",
    "Gel polish shade {n.polish_no}, cured {n.cure_time}; tip sizes used: {n.tip_sizes}.",
    "Wax is heated to {n.temperature}; cancellations inside {n.cancel_window} are charged in full.",
    "Laser settings logged: {n.wavelength}, {n.fluence}, skin type {n.fitzpatrick}, session "
    "{n.session_count}.",
    "Steriliser cycle {n.autoclave_cycle} passed; studio licence {n.licence_no} is displayed by the door.",
    "Card terminal {n.terminal_id} approved the payment, auth code {n.auth_code}, receipt {n.receipt_no}.",
    "Fade this time: {n.clipper_guard}, top left at {n.hair_length}.",
    "Open Tuesday to Saturday, {n.opening_hours}, with {n.chair_count} chairs and stylist code "
    "{n.staff_code}.",
    "Cleanser is pH-balanced ({n.ph_value}), {n.volume_ml}, and we always finish with {n.spf}.",
    "Members (membership {n.membership_no}) get {n.discount} off retail.",
]

EMAIL = [
    "Inspiration photos can be sent to {ER} before the consultation.",
    "Receipts come from {ER}; reply there if anything looks off.",
    "{NAME} asked that the bridal timeline go to {EP}.",
    "Please forward the signed consent form to {EP} or hand it in on the day.",
]
CARD = ["The deposit was taken from card {C}.", "To secure the spa booking we pre-authorised {C}."]
IBAN = ["Chair rent for the month goes to {IB}, reference your name."]
IP = [
    "If the booking tablet drops off, its address on the salon Wi-Fi is {IP}.",
    "The till printer sits at {IP} on the shop network.",
]
SSN = ["For the stylist payroll form, {NAME} gave SSN {SSN}."]

LIST_HEADS = ["Find us", "Salon contacts", "Studio numbers", "Who to call"]
LABELS = [
    "Front desk",
    "Bookings",
    "Owner",
    "Studio mobile",
    "Spa reception",
    "Late line",
    "Second salon",
    "Aftercare",
]

LOCAL = {
    "US": [
        "Calling from a {TOWN} landline? Skip the area code and dial {L} for the front desk.",
        "\"Just dial {L} if you're in town,\" the receptionist told me – that's the {TOWN} shop.",
        "Everyone here in {TOWN} knows the number by heart: {L}. Colour questions go to {L2}.",
        "Local {TOWN} clients (seven digits only):\n{L}",
        "{L} – that's the barbershop on Main, no need for the code if you're calling from {TOWN}.",
        "Our {TOWN} spa picks up on {L} (local calls), and the nail room has its own line, {L2}.",
        "Reach the {TOWN} studio with just {L} from any phone in town.",
    ],
    "GB": [
        "From a {TOWN} phone you can drop the dialling code: the salon is {L}.",
        "Ring the {TOWN} studio locally on {L} (no code needed), or the piercing room on {L2}.",
        '"It\'s {L} from town," she said, "the {TOWN} code only if you\'re ringing from elsewhere."',
        "Local to {TOWN}? Our spa desk is simply {L}.",
        "{TOWN} clients, dial {L} without the area code; bookings for the barbers are on {L2}.",
        "Reception (within {TOWN}):\n{L}",
        "In {TOWN} itself, the nail bar answers {L} – mention the voucher when you call.",
    ],
    "IN": [
        "Within {TOWN}, dial {L} to book the bridal trial (no STD code from a city landline).",
        "Our {TOWN} parlour number for local callers is {L}; for threading, {L2}.",
        "{TOWN} landline users can reach the spa on {L} directly.",
        '"From inside {TOWN} just dial {L}," the manager said when we asked about appointments.',
        "Local line, {TOWN} salon: {L}",
    ],
}
