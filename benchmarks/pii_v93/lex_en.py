"""English sentences (also the base of en_GB, en_IN, en_AU, en_IE documents)."""

GENRES = {
    "quote": {
        "title": ["Your removal estimate", "Quotation for your house move", "Moving quote – please review"],
        "pos": [
            "Thanks for having us round on Tuesday. If anything on the inventory looks off, our estimator "
            "can be reached on {P} until six.",
            "To hold the date we need a deposit; you can pay by bank transfer to {B} or read a card number "
            "to the office over the phone.",
            "The deposit was taken from the card ending as shown: {C}. A receipt has gone to {E}.",
            "Questions about the insurance add-on go to {R}, or call {O} free of charge.",
            "Your estimator, who is on the road most days, prefers texts to {M}.",
        ],
        "neg": [
            "Estimated load: {volume_cuft}, roughly {weight}, with a crew of three at {rate}.",
            "Please quote reference {quote_ref} in all correspondence.",
            "Declared value for transit cover: {declared}; the piano alone measures {dims}.",
        ],
    },
    "storage": {
        "title": [
            "Self-storage rental confirmation",
            "Your storage unit: access details",
            "Storage account notice",
        ],
        "pos": [
            "Welcome aboard! The front desk answers on {P} during staffed hours.",
            "Rent is charged monthly to the card on file ({C}); to change it, reply to {R}.",
            "If the alarm goes off while you are inside, stay put and ring the site manager on {M}.",
            "The CCTV recorder for your corridor sits at {V4P}; footage requests go through {R}.",
            "Your online account was last opened from {V4}. If that wasn't you, email {E} straight away.",
        ],
        "neg": [
            "You have unit {unit} ({unitsize}), climate-controlled at {climate}.",
            "Gate code for this month: {gatecode}; your padlock combination is {combo}. "
            "The lift takes up to {liftcap}.",
            "Access hours are {access} every day. Units more than 60 days in arrears may be "
            "sold at auction as {lot}.",
        ],
    },
    "vanhire": {
        "title": ["Man and van booking", "Booking confirmed: van and driver", "Your van job for Saturday"],
        "pos": [
            "Driver's mobile on the day: {M}. He'll ring about twenty minutes before arriving.",
            "If you need to move the slot, call the yard on {P} – not the driver, please.",
            "Paid in full by card {C}; the receipt will come from {R}.",
            "Any stairs we weren't told about? Let us know at {E} or on {P}.",
        ],
        "neg": [
            "Van: Luton box with tail lift, reg {plate_uk}, last odometer reading {odometer}.",
            "Booked window {window}, two hours minimum at {rate}.",
            "Please keep a space free; council suspension ref {parking}.",
        ],
    },
    "relocation": {
        "title": [
            "Relocation programme – welcome",
            "Destination services: next steps",
            "Your assignment move",
        ],
        "pos": [
            "I'm your relocation consultant for the next eight weeks; my direct line is {P} "
            "and my mobile {M}.",
            "Our partner office abroad handles the home search; they are on {I} during their business hours.",
            "For the tax-equalisation forms, HR will need your details; send them to {R} rather than to me.",
            "Employee relocation allowance will be paid to {B} within ten working days.",
            "Your spouse's job-search coach, Anna, prefers e-mail: {E}.",
        ],
        "neg": [
            "Flights are booked on {flight}, arriving early morning; temporary housing is "
            "held for 30 nights.",
            "The household goods shipment is estimated at {volume_m3}, door to door.",
            "School visits are pencilled in for the week after arrival, between {window}.",
        ],
    },
    "packing": {
        "title": [
            "Order confirmation: packing materials",
            "Your box order has shipped",
            "Packing supplies invoice",
        ],
        "pos": [
            "Questions about delivery? Our warehouse team is on {P}, weekdays.",
            "Charged to card {C}. Need an invoice with your company name? Write to {R}.",
            "Bulk discounts for removal firms: call our trade desk free on {O}.",
            "The courier will text {M} with a one-hour slot on the morning of delivery.",
        ],
        "neg": [
            "20 × {sku}, 6 rolls of tape {tape}, 2 rolls of bubble wrap.",
            "Wardrobe boxes: {dims}, order line {sku}.",
            "Parcel tracking: {tracking}.",
        ],
    },
    "shipping": {
        "title": [
            "International shipment of household goods",
            "Container booking – personal effects",
            "Overseas move: shipping schedule",
        ],
        "pos": [
            "Our agent at destination will clear customs on your behalf; you can reach them on {I}.",
            "Copies of your passport and the packing list should go to {R} before loading.",
            "The freight balance can be paid to {B}; please mention your file number.",
            "Your move coordinator in the origin office is on {P} and answers e-mails at {E}.",
        ],
        "neg": [
            "Container {container}, seal {seal}, bill of lading {bol}.",
            "Vessel sailing as voyage {voyage}, from {locode} to {locode2}.",
            "Customs MRN {mrn}; gross weight {weight}, crate {crate}.",
        ],
    },
    "claims": {
        "title": ["Damage claim received", "Your claim after the move", "Transit claim – update"],
        "pos": [
            "We're sorry the dresser arrived scratched. The claims handler is on {P}, extension not needed.",
            "Photos can be sent to {R}; our assessor may ring you from {M} to arrange a visit.",
            "Any settlement will be paid to {B} once you sign the release form.",
            "If you'd rather speak to the insurer directly, their claims line is {O}.",
        ],
        "neg": [
            "Item {inventory} on the inventory, crate {crate}, noted as 'chipped leg'.",
            "Policy {policy}; excess {declared}.",
            "Box {roombox} was logged as delivered, but the label was torn.",
        ],
    },
    "moveday": {
        "title": ["Moving day plan", "Crew sheet – Friday", "Your move: the day itself"],
        "pos": [
            "Crew leader: Marek ({M}). Office, if he can't be reached: {P}.",
            "The lift at the new building is booked through the concierge, {E}.",
            "If the truck is held up in traffic, dispatch will ring you from {P}.",
            "The balance is charged on the day to the card you registered, {C}.",
        ],
        "neg": [
            "Arrival {window}. Parking bay suspended under {parking}.",
            "Boxes are labelled by room ({roombox}); the wardrobe is {dims}.",
            "Truck {plate_uk}; drop-off at {postcode_uk}, no lift, {floor_en}.",
        ],
    },
}

LOCAL = {
    "US": [
        "Crews leave from our {town} yard at seven sharp. Calling from a {town} landline? {L1} gets you the "
        "dispatcher, no area code needed.",
        "Storage office, {town} facility – local callers dial {L1}; the after-hours gate line is {L2}.",
        '"Just call {L1}, that\'s the warehouse here in {town}," the foreman told us when we asked.',
        "Local line, {town} warehouse:\n{L1}",
        "P.S. From any phone in {town}, {L1} is all you need to rebook the crew.",
        "{town} customers: the truck rental counter is {L1}, and the packing shop next door is {L2} "
        "(both local numbers).",
    ],
    "GB": [
        "Ringing from within {town}? It's simply {L1} for the depot – no code.",
        "Depot ({town}, local calls): {L1}",
        "Our {town} store is on {L1} if you're local; the porters' room is {L2}.",
        "Remark from the surveyor: customers in {town} can dial {L1} from a landline to reach the office.",
        '"Give us a bell on {L1}, that\'s the {town} yard," said the driver.',
        "Storage reception, {town} town centre branch, local number below:\n{L1}",
    ],
    "IN": [
        "From any {town} landline, dial {L1} for the packers-and-movers desk.",
        "Warehouse, {town} (local): {L1}; tempo booking: {L2}.",
        "Within {town} city limits, {L1} reaches our relocation cell directly.",
        '"Call {L1}, that\'s our {town} office number," the supervisor told us at the survey.',
        "Local number for the {town} godown, written on the gate board:\n{L1}",
        "Note for {town} customers: skip the STD code and ring {L1} for pickup timings.",
    ],
}

LIST_HEADS = ["Moving-day contacts", "Who's who on the job", "Storage site numbers", "Crew phones"]
LIST_LABELS = [
    "Crew leader",
    "Dispatch",
    "Storage office",
    "Packing team",
    "Van driver",
    "Claims",
    "Night porter",
    "Lift booking",
]

FILLER = [
    "Please make sure fragile items are set aside and clearly marked.",
    "We'll protect floors and banisters before anything is carried out.",
    "Kind regards,\nThe moves team",
    "Let us know if anything changes before the big day.",
    "Thanks again for choosing us.",
]
