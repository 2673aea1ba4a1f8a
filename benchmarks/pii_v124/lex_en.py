"""English sentences for v124 (toys, models and dolls).
Slots: {P} national phone, {I} international phone, {T} toll-free, {R} role e-mail, {E} personal e-mail,
{C} card, {B} IBAN, {ip4}/{ipp}/{ip6}, {ssn}, {n:kind} hard negative of a kind."""

GENRES = {
    "toyshop": {
        "title": [
            "Click & collect: your order is ready",
            "Pre-order confirmation – wooden toys",
            "Shop note",
        ],
        "body": [
            "Your wooden ark and the {n:age_band} stacking set are waiting at the counter; bring the box "
            "label with {n:date_code} if you want to swap colours.",
            "We took the deposit from card {C}; the rest is due on pickup.",
            "Can't make Saturday? Text Maisie on {P} and she'll keep it behind the till till Wednesday.",
            "Recall notice for the pull-along duck: ring the maker free on {T}.",
            "Gift wrapping is free this month – just tick the box or email {R} before we close.",
            "The dolls' house kit ({n:piece_count}) ships flat; our carpenter can build it for you, "
            "call {P} to book a slot.",
            "Restock of set {n:brick_set} is expected next week; we'll let the first ten names know.",
            "Trade accounts pay by transfer to {B}, quoting the shop reference on the invoice.",
            "Price band on the advent calendars this year runs {n:price_range}, all tested to {n:en71_ref}.",
        ],
    },
    "modelkit": {
        "title": ["Club newsletter – plastic kits", "Build night minutes", "Group build: armour month"],
        "body": [
            "This month's group build is the {n:scale_ratio} half-track, kit {n:kit_catalogue}; the "
            "instructions swap parts {n:sprue_part} around in step 9, so watch out.",
            "Paint call-outs are {n:paint_code} for the hull and {n:paint_code} for the tracks.",
            "If you're bringing a spray booth, ring Gareth first on {P}, the hall only has two sockets.",
            "Photos of finished builds go to {E}; please keep them under 5 MB.",
            "Subs for the year can go by card ({C}) at the door or by transfer to {B}.",
            "The contest table closes at 14:00 sharp and judging is by the {n:age_band} age "
            "band for juniors.",
            "Our forum moved to a small box at the club: from home, reach it on {ip4}; inside the hall "
            "it's {ipp}.",
            "Anyone who can't make it can phone in to the chairman's landline, {I}, and listen along.",
        ],
    },
    "railway": {
        "title": [
            "Layout operating session",
            "Model railway club – running night",
            "Exhibition layout notes",
        ],
        "body": [
            "Tonight's timetable runs at {n:fast_clock} on the fast clock, with the {n:wheel_arrangement} "
            "on the up express.",
            "Loco {n:loco_running_no} has been given DCC address {n:dcc_address}; set {n:cv_setting} if it "
            "creeps at step 1.",
            "The branch has a ruling gradient of {n:gradient} and minimum radius {n:track_radius}.",
            "Fiddle yard crew, please report faults to Derek on {P} rather than leaving notes "
            "on the baseboard.",
            "Exhibition managers who want the layout ({n:layout_size}) should write to {R}.",
            "The command station's Wi-Fi throttle server answers on {ipp}; the old one at {ip6} is retired.",
            "Replacement point motors are catalogue {n:catalogue_ref}; the club can order them at trade.",
            "Van hire for the show is on the treasurer's card {C}; paying members refund via {B}.",
        ],
    },
    "dollhosp": {
        "title": ["Doll hospital – admission slip", "Repair estimate", "Your doll is ready to go home"],
        "body": [
            "Patient: bisque head marked {n:doll_mould}, head circumference {n:head_circ}.",
            "We'll restring her with {n:elastic_gauge} elastic and reset the sleep eyes ({n:eye_size}).",
            "She's resting in {n:repair_bay} until the glue on the wig cap cures.",
            "Questions about the estimate? Our nurse Rosalind answers on {P}, Tuesday to Friday.",
            "A deposit of a third was taken from card {C}; the balance can be paid on collection.",
            "Please send before-and-after photos to {E} if you'd like them in our album.",
            "Insurers' valuation desk for antique dolls is free on {T}.",
            "Postal returns are insured; for overseas parcels we ring you first on {I}.",
        ],
    },
    "toylib": {
        "title": ["Toy library membership", "Loan reminder", "Volunteer rota"],
        "body": [
            "Your loan {n:loan_tag} (wooden marble run) is due back next Thursday.",
            "Bags of duplo are counted and weighed on return; missing pieces cost nothing, honestly.",
            "Volunteers need a background check before their first session; the form asks for your SSN "
            "({ssn}) and a reference.",
            "Renew by phone on {P} or just reply to {R} with your member number.",
            "Annual family membership is paid by direct debit from {B}.",
            "The booking kiosk in the library lobby is on {ipp}; if it freezes, switch it off and on.",
            "Sensory toys are sorted by {n:age_band} and by noise level, not by brand.",
        ],
    },
    "toyfair": {
        "title": [
            "Exhibitor pack – spring toy fair",
            "Toy & collectors' fair: trader info",
            "Fair day reminder",
        ],
        "body": [
            "Your pitch is {n:stand_no}, {n:table_pitch} of tables; doors open {n:opening_times}.",
            "Setting-up traders should phone the hall steward on {P} if the loading bay is full.",
            "Auction preview: {n:auction_lot}, a boxed tinplate bus, estimate {n:estimate}.",
            "Pitch fees were charged to {C}; refunds go back to the same card.",
            "Table fees for charities can also be paid to {B}.",
            "Overseas traders can reach the organiser on {I} or by email at {R}.",
            "The venue's free parking-permit line is {T}.",
            "Every item on sale must meet {n:en71_ref} if it's new stock rather than vintage.",
        ],
    },
    "kite": {
        "title": ["Kite festival – flyers' briefing", "Kite club weekend", "Beach flying notes"],
        "body": [
            "Forecast is {n:wind_range}, so bring the {n:kite_size} foils and leave the big delta at home.",
            "Lines for the arena displays must be at least {n:line_strength}.",
            "Meeting point is the dune car park ({n:field_coords}); the height limit there is "
            "{n:height_limit}.",
            "Lost child or lost kite? Phone the arena tent on {P}.",
            "Kite makers' workshop places: write to {E}, first come first served.",
            "Guest flyers from abroad, our team lead answers WhatsApp on {I}.",
            "Festival camping is paid by card ({C}) at the gate.",
        ],
    },
    "rcfly": {
        "title": ["RC flying club – field rules", "Model flying: new member pack", "Club night notes"],
        "body": [
            "Field flying is limited to {n:height_limit}; every pilot must carry their operator "
            "ID ({n:flyer_id}).",
            "Frequency board: peg your {n:rc_channel} before you switch on.",
            "The trainer is a {n:wingspan} high-wing with {n:prop_size} prop and a {n:motor_kv} "
            "motor on {n:cell_config}.",
            "For buddy-box lessons ring the instructor, Priya, on {P}.",
            "Log your flights ({n:flight_log} average last month) on the club sheet.",
            "Servos on the club trainer are {n:servo_spec}; spares are in the green box.",
            "The flight-sim server for winter evenings is at {ip4}.",
            "Membership renewals to {B}, or email {R} for a card link.",
        ],
    },
}

LOCAL = [
    "Shop in {town}? Pop in or call {L} – no need for the area code from a {town} phone.",
    "Locals in {town} can reach the club hut on {L}, and the secretary on {L}.",
    "From anywhere in {town}, the workshop is just {L}.",
    "{town} members: the hall phone is {L} (local call).",
    "Dialling from a {town} landline? The shop counter is {L}, the repair bench {L}.",
    "Our {town} branch picks up on {L} – local callers leave off the code.",
]

HEADS = ["Handy numbers", "Who's who", "Club contacts", "Phone tree", "Contact the team"]
LABELS = [
    "Shop counter",
    "Chairman",
    "Treasurer",
    "Workshop",
    "Fair steward",
    "Field warden",
    "Repairs",
    "Membership",
    "Secretary",
    "Out of hours",
]
