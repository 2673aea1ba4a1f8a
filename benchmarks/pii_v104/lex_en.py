"""English text: railway genres. Slots: {ph} phone, {mob} mobile, {tf} free/shared-cost number, {intl}
phone of another country, {em}/{pe} e-mails, {ip}/{ipp}/{ip6}, {card}, {iban}, {ssn}, {n:kind} a hard
negative, {name}, {town}, {L} a local number (local announcements only)."""

GENRES = {
    "heritage": {
        "titles": [
            "Steam gala weekend – volunteer briefing",
            "Footplate experience: joining instructions",
            "Santa Specials 2025 – booking notes",
            "Loco shed open day",
        ],
        "pos": [
            "If the car park by the goods shed is full, ring the booking office on {ph} and we will hold "
            "your "
            "train for ten minutes – but no longer, the crossing keeper goes home at four.",
            "Footplate guests report to the shed foreman, {name}; his mobile is {mob} if you are running "
            "late.",
            "Deposits for the dining train are taken by card over the phone; one guest sent theirs by e-mail "
            "({card}) – please never do that, ring {ph} instead.",
            "Gift vouchers can be ordered from {em} or on the free line {tf}.",
            "The line's archive is looked after by {name} ({pe}), who can also be reached on {ph} on "
            "Tuesdays.",
            "Coach parties from abroad, please contact our overseas agent on {intl}.",
        ],
        "neg": [
            "Loco {n:tops_loco} works the first two rounds; the tank engine (works no. {n:works_no}) takes "
            "over "
            "after lunch.",
            "Trains leave the top station at {n:departures}.",
            "The line is laid to {n:gauge} and climbs from the river to the summit at {n:elr}.",
            "Adult return {n:fare}; family ticket reference {n:booking_ref} covers two adults and three "
            "children.",
            "The restored carriages date from {n:build_years} and are formed {n:coach_count}.",
        ],
    },
    "notice": {
        "titles": [
            "Customer notice",
            "Station information",
            "Planned changes to your journey",
            "Lift out of service",
        ],
        "pos": [
            "Passengers who need help boarding should call the assistance team on {tf} at least two hours "
            "before travel.",
            "The ticket office is closed today. Season ticket renewals can be handled by our team at "
            "{em}, or call {ph} between 07:00 and 19:00.",
            "Lost something on a train? Describe it to {em} or phone the lost property office, {ph}.",
            "Complaints about the temporary footbridge go to the station manager, {name}, on {ph}.",
            "Seasonal ticket-office staff: payroll needs the SSN ({ssn}) of each new starter by Friday; "
            "{name} collects the forms.",
            "Station Wi-Fi is down; staff laptops on the booking hall network ({ipp}) are unaffected.",
        ],
        "neg": [
            "Trains to the coast now depart from platform {n:platform} instead of the usual bay.",
            "Your reserved seat ({n:seat}) is still valid on the later service.",
            "The 16-25 Railcard with number {n:railcard} must be shown with your ticket.",
            "Journey time is extended to {n:duration} while the diversion is in place.",
            "Timetable table {n:timetable_page} in the printed guide no longer applies.",
        ],
    },
    "replacement": {
        "titles": ["Rail replacement buses this weekend", "Buses replace trains", "Replacement coach plan"],
        "pos": [
            "Coaches are provided by a local operator; their controller answers on {ph} throughout the "
            "night.",
            "Drivers who cannot find the pick-up point should ring the bus marshal, {name}, on {mob}.",
            "Wheelchair users: the accessible minibus must be booked on {tf} by Friday noon.",
            "Bus timings are mailed each evening from {em}; please reply if a stop is wrong.",
        ],
        "neg": [
            "Buses leave from stand {n:bus_stand} outside the main entrance.",
            "Works run {n:works_window}; the last train before the blockade leaves at {n:departures}.",
            "Allow an extra {n:duration} for the journey by road.",
            "The replacement service calls at {n:grid_ref} (the old station yard), not at the village green.",
        ],
    },
    "trackwork": {
        "titles": ["Weekend possession – site briefing", "Track renewal: crew notes", "Night shift handover"],
        "pos": [
            "The PICOP for this possession is {name}, reachable on {mob} for the whole shift.",
            "Site compound gate code is issued by the access desk on {ph}; do not share it by text.",
            "Plant hire invoices to {em}; the deposit was paid from {iban}.",
            "If the tamper breaks down, call the depot fitter on {ph} before anyone touches the hydraulics.",
            "The welding contractor has its head office abroad: {intl}.",
            "Contractors new to the site: the badge office still asks for your SSN ({ssn}) on the induction "
            "form, so fill it in at the cabin, not over e-mail.",
        ],
        "neg": [
            "Possession {n:possession} covers the down line between {n:milepost} and the overbridge.",
            "Rail temperature reached {n:rail_temp} at midday, so a speed restriction of "
            "{n:speed_restriction} "
            "stays on.",
            "New rail is {n:rail_profile} sleeper spacing, clipped on the first pass.",
            "Track circuit {n:track_circuit} showed occupied after the ballast drop; points {n:points} were "
            "clamped.",
            "Location case {n:location_case} needs a new padlock.",
        ],
    },
    "signalbox": {
        "titles": ["Signal box log – extract", "Box open day: visitors' notes", "Relief signaller handover"],
        "pos": [
            "Faults on the level crossing barriers go straight to the fault control desk on {ph}.",
            "The relief signaller for Sunday is {name}; she prefers texts to {mob}.",
            "The box's panel PC logs to the maintainer's server at {ip} every hour.",
            "Visitors must register with {em} at least a week ahead.",
        ],
        "neg": [
            "Train described {n:headcode} was offered at 14:02 with bell code {n:bell_code}.",
            "Levers {n:levers} are spare and painted white.",
            "Signal {n:signal_id} was replaced on the automatic section after the storm.",
            "The box controls STANOX {n:stanox} and the junction beyond.",
        ],
    },
    "modelclub": {
        "titles": [
            "Club newsletter – autumn",
            "Exhibition layout list",
            "Model railway club: members' notes",
        ],
        "pos": [
            "Table rental for the show is paid to the treasurer, {name}, on {pe}; questions on {mob}.",
            "The exhibition manager can be reached on {ph} up to the evening before the show.",
            "Our trader stand takes cards; please do not post card details such as {card} in the forum.",
            "The club's DCC command station now answers on {ipp} on the layout network.",
        ],
        "neg": [
            "The new {n:scale} layout uses {n:gauge} track; locos are addressed {n:dcc}.",
            "Membership number {n:member_no} wins the raffle kit ({n:part_no}).",
            "The branch line module covers the years {n:build_years}.",
            "Visitors counted on Saturday: {n:pass_count}.",
        ],
    },
    "freight": {
        "titles": [
            "Yard notes – early turn",
            "Freight terminal: haulier instructions",
            "Wagon defect report",
        ],
        "pos": [
            "Hauliers collecting containers must book a slot on {ph} or by e-mail to {em}.",
            "The yard supervisor tonight is {name}, mobile {mob}.",
            "Demurrage invoices are paid to {iban}; query them with accounts on {ph}.",
            "Customs questions for boxes from Rotterdam go to the agent on {intl}.",
            "Gate cameras stream to {ip6} on the terminal network.",
            "New ground staff: the background check form needs your SSN ({ssn}); hand it to {name} in "
            "person, not by e-mail.",
        ],
        "neg": [
            "Wagon {n:uic_wagon} is stopped with a flat wheel; load {n:load_capacity}.",
            "Container {n:container} goes on the second train, consignment {n:consignment}.",
            "The departure is booked as {n:trailing_load}, {n:axles} wagons/axles.",
            "Loco {n:evn_loco} comes off the fuel point at 05:40.",
            "Shunting order {n:order_job} was cancelled.",
            "The new siding's buffer stop is at {n:gps}, next to the old weighbridge.",
        ],
    },
}

# local announcements (one or two subscriber numbers {L}, {L2}; {town} names the area)
LOCAL = [
    "Travelling from {town} itself? The station's booking clerk answers on {L} – a local call, so no code.",
    "Town callers ({town} exchange) reach the heritage line's shop on {L} and the loco shed on {L2}.",
    "From any landline in {town}, dial {L} for the station taxi rank.",
    "{town} members can ring the club room directly – {L} – on meeting nights.",
    "Local number for the {town} yard gatehouse: {L} (just the digits, you're in the same area).",
    "Our {town} office is on {L}; if it's busy try the stores on {L2}, same exchange.",
    '"Just ring {L} if you\'re in town," the stationmaster at {town} told us.',
    "Calling within {town}: bus marshal point {L}, lost property {L2}.",
    "Neighbours of the {town} depot worried about night-time noise can call {L} from a local phone.",
    "The {town} signal box museum phone (in-town calls only) is {L}.",
]
LOCAL_LINES = [
    "For {town} residents – dial without the area code:\n{L}",
    "Works information line, {town} local:\n{L}",
]

LIST_HEADS = ["Contacts on the day", "Phone these", "Who to call", "Numbers for the shift"]
LIST_LABELS = [
    "Booking office",
    "Shed foreman",
    "Bus control",
    "Fault desk",
    "Yard gate",
    "Exhibition desk",
    "Duty manager",
    "Lost property",
    "Crossing keeper",
    "Treasurer",
]
NAMES_LOCALE = {"US": "en_US", "GB": "en_GB", "IN": "en_IN", "IE": "en_IE", "AU": "en_AU"}
