"""English sentences (circus, magic and street performance), written for v119."""

GENRES = {
    "school": {
        "title": ["Circus school – autumn enrolment", "Youth circus: trial class confirmation"],
        "pos": [
            "Spaces for the Saturday aerial silks group (ages {n:age_range}) are almost gone; call the "
            "front desk "
            "on {PN} to hold one.",
            "If your child needs to miss a session, text the coach, {NAME}, on {PM} before noon.",
            "Questions about bursaries go to {ER}, or ring our family liaison on {PN} on weekday mornings.",
            "Tuition for the term can be paid by card ({CC}) at reception or by transfer to {IBAN}.",
            "Parents travelling from abroad can reach the school office on {PI}.",
        ],
        "neg": [
            "Trampoline and tumbling classes run {n:class_slot} on Thursdays in studio {n:rehearsal_room}.",
            "Please bring a signed copy of the coach's DBS certificate ({n:dbs_cert}) to the first session.",
            "Term runs {n:term_dates}; the showcase is limited to {n:capacity} seats.",
        ],
    },
    "magician": {
        "title": ["Booking enquiry – close-up magician", "Your magic show booking (ref {n:gig_ref})"],
        "pos": [
            "Thanks for asking about a walkaround set for the wedding; I'm {NAME} and the quickest way "
            "to reach "
            "me is {PM}.",
            "My agent handles contracts and riders – {EP}, or {PN} during office hours.",
            "The deposit of one third can go on a card ({CC}) or straight to my business account, {IBAN}.",
            "For corporate events abroad, please call the booking line on {PI}.",
            "Lost your booking details? Our free helpline {PO} will resend them.",
        ],
        "neg": [
            "The stage show runs 45 minutes and needs a 4 × 3 m performing area; the mentalism book I sign "
            "afterwards is ISBN {n:isbn}.",
            "Use voucher {n:voucher_code} for a signed deck; the last act uses a {n:hoop_cm} ring.",
            "Video proof of the card trick is at timecode {n:timecode} in the promo reel.",
        ],
    },
    "clown": {
        "title": ["Clown for hire – party checklist", "Hospital clown visit schedule"],
        "pos": [
            "Balloon modelling and face paint are included; to change the party time, ring {NAME} on {PM}.",
            "Our ward coordinator can be reached on {PN}; the clown doctors' team mailbox is {ER}.",
            "If the party is outdoors and it rains, call {PN} by 9 am and we'll move you to the next "
            "free slot.",
            "Families overseas who booked a video-call clown should phone {PI}.",
        ],
        "neg": [
            "Costume sizes for the twins: {n:costume_size}; the unicycle has a {n:unicycle_wheel} wheel.",
            "The bubble show uses about {n:fuel_litres} of mix and ends by {n:show_times}.",
            "Gig reference {n:gig_ref}; stand {n:fair_stand} at the summer fete.",
        ],
    },
    "busking": {
        "title": ["Street performance permit – approval", "Busking pitch rota"],
        "pos": [
            "Your permit has been approved; if a warden asks, they can verify it with the licensing "
            "team on {PN}.",
            "Complaints about amplified acts are logged on {PO}, and you can appeal by writing to {ER}.",
            "Pitch allocation queries: {NAME}, town centre manager, {PN}.",
            "Performers who are not resident here may call {PI} for temporary permits.",
        ],
        "neg": [
            "Permit {n:busking_permit} covers pitch {n:pitch_code}; amplification must stay below "
            "{n:noise_limit}.",
            "Performance slots are {n:class_slot}, and the fee for the season is {n:ticket_price}.",
            "The busking map puts the fountain pitch at {n:gps}.",
        ],
    },
    "juggling": {
        "title": ["Juggling club newsletter", "Juggling convention – volunteer sheet"],
        "pos": [
            "Club nights are back in the church hall; if the door is locked, ring {NAME} on {PM}.",
            "The convention office answers on {PN} and the volunteer rota is kept by {EP}.",
            "Club fees by card ({CC}) at the door or to the club account {IBAN}.",
            "Visitors from the European juggling scene can call the organiser on {PI}.",
        ],
        "neg": [
            "Pattern of the month is {n:siteswap}; our record is {n:catch_record} catches with five clubs.",
            "Membership card {n:member_no}; props from the shop are tagged {n:prop_sku}.",
            "Renegade stage scores: {n:score} for the winning routine, running order {n:running_order}.",
        ],
    },
    "acro": {
        "title": ["Acrobatics club – rigging inspection", "Aerial hoop workshop details"],
        "pos": [
            "The rigger on duty, {NAME}, is reachable on {PM} during the inspection.",
            "Injury reports go to {ER}; for anything urgent call the club secretary on {PN}.",
            "The insurer's claims line is {PO}.",
            "The visiting coach from the national federation can be called on {PI}.",
        ],
        "neg": [
            "Each point is rated {n:rig_load} and the hoop hangs at {n:rig_height}.",
            "Public liability cover is {n:cover_amount} under policy {n:policy_no}.",
            "Hoops are {n:hoop_cm}; the studio booking is {n:group_ref}.",
        ],
    },
    "troupe": {
        "title": ["Touring troupe – advance sheet", "Tour update for the company"],
        "pos": [
            "Advance contact for the next venue is {NAME} on {PM}; the production manager is on {PN}.",
            "Hotel changes go through {ER}; per diems are paid to {IBAN}.",
            "Border crossings: the tour manager answers on {PI} around the clock.",
            "The venue's stage door is on {PN} after 6 pm.",
            "Site Wi-Fi hands out {IPP}; the lighting desk sits on {IP4} and the video server on {IP6}.",
        ],
        "neg": [
            "Truck {n:truck_plate} pulls a {n:trailer_weight} trailer; the {n:generator_kva} generator "
            "goes behind "
            "the big top.",
            "The tent is {n:tent_size}; get-in dates {n:tour_dates}.",
            "Radio mics are on {n:mic_freq}; the VAT number for invoices is {n:vat_id}.",
        ],
    },
    "festival": {
        "title": ["Street arts festival – performer briefing", "Festival line-up and stewarding"],
        "pos": [
            "Lost performers or kids: the info tent answers on {PN} all weekend.",
            "Press and photo requests to {ER}; the head steward, {NAME}, is on {PM}.",
            "Festival ticket refunds are handled on {PO}.",
            "The artist liaison for international companies is on {PI}.",
        ],
        "neg": [
            "The parade route is {n:parade_km}, starting at {n:show_times}.",
            "Capacity of the main square is {n:capacity}; stand {n:fair_stand} sells fire toys (max "
            "{n:fuel_litres} "
            "fuel per performer).",
            "Ticket {n:ticket_price} on the gate, group bookings under {n:group_ref}.",
            "Reserved seating for the finale: row {n:seat_block}.",
        ],
    },
}

SSN = [
    "For the US work-visa sponsorship paperwork we still need the performer's SSN, {SSN}.",
    "Payroll for the summer tour has {NAME}'s social security number as {SSN}; please confirm it.",
]

LOCAL = [
    "Picking up props in {TOWN}? From any phone in town, the workshop is just {L}.",
    "{TOWN} families: the big top box office takes calls on {L} – no area code needed locally.",
    "Our {TOWN} rehearsal space answers on {L}; the rigging store on {L2}, both without the code if "
    "you're in town.",
    "Dialling from inside {TOWN}, the clown agency is simply {L}.",
    "Call the {TOWN} circus school at {L} (local calls) or the caretaker at {L2}.",
    "In {TOWN} itself the busking office is on {L}.",
]

HEADS = ["Backstage contacts", "Call sheet", "Tour office", "Who picks up"]
LABELS = [
    "Ringmaster",
    "Stage door",
    "Rigging crew",
    "Box office",
    "Tour manager",
    "Wardrobe",
    "Head clown",
    "Booking desk",
    "First aid",
]
