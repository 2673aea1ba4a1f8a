"""English sentences. Placeholders: {N} national fixed, {M} national mobile, {I} international (home),
{X} international (abroad), {O} toll-free or shared-cost, {E} e-mail, {C} card, {B} IBAN, {P} IP, {S} SSN,
{name} a person, {n:kind} a hard negative of negs.KINDS."""

EN = {
    "blast": {
        "title": [
            "Notice of blasting – {name}, quarry manager",
            "Blast notification to neighbours",
            "Shotfiring schedule",
        ],
        "pii": [
            "Residents who want a text before each shot can register with the site office on {N}.",
            "If the siren sounds outside the published window, "
            "please ring the shotfirer's mobile, {M}, straight away.",
            (
                "Complaints about vibration are logged by our environmental officer ({E}) "
                "and answered within two working days."
            ),
            "The independent monitoring contractor can be reached on {N}; their last reading was {n:ppv}.",
            "For the blast at the east face the exclusion zone is manned from the gatehouse, {N}.",
        ],
        "neg": [
            "Next blast: bench at {n:aod}, {n:mic} per delay, detonator series {n:delays}.",
            "The previous shot recorded {n:ppv} and {n:overpressure} at the nearest property.",
            "Survey point {n:os_grid} will be closed to walkers from {n:shift_times}.",
            "Planning condition 14 of permission {n:planning_ref} limits us to one blast a day.",
        ],
    },
    "rescue": {
        "title": [
            "Mine rescue station – weekly brief",
            "Rescue brigade call-out sheet",
            "Central rescue station bulletin",
        ],
        "pii": [
            "The duty superintendent this week is {name}; if the pager fails, use {M}.",
            "Call-outs come through the control room on {N}, never through the brigade members' own phones.",
            "Kit returns and BA servicing questions go to {E}.",
            "Our partner station across the border answers on {X} and keeps a bilingual officer on shift.",
            "Refresher places for next quarter are bookable on {O}.",
        ],
        "neg": [
            "Set {n:ba_cylinder} failed its positive-pressure test and is quarantined.",
            "Last underground exercise: readings of {n:gas} at the fresh-air base.",
            "Team two walked in along {n:conveyor} to {n:core_box} in the drift store.",
            "Member {n:badge} is cleared for deep entry again after the medical.",
        ],
    },
    "rota": {
        "title": [
            "Crew change rota – platform {n:licence_block}",
            "Rotation schedule for the drilling crew",
            "Offshore crew list",
        ],
        "pii": [
            "{name} relieves the night toolpusher; she is on {M} until she boards.",
            "Logistics confirm seats from the heliport; problems with the manifest go to {E} or {N}.",
            "Families can reach the installation through the onshore duty phone, {I}.",
            "Crew arriving from abroad should text their flight details to {X} the day before.",
        ],
        "neg": [
            "Pattern is {n:rotation}, changeovers on Tuesdays, {n:pob} at the last count.",
            "Certificates expiring this hitch: {n:opito}.",
            "Shift times on board are {n:shift_times}; drilling has reached {n:depth_md} on {n:well_id}.",
            "Weather hold criteria: {n:sea_state} or {n:wind}.",
        ],
    },
    "ctv": {
        "title": ["Service vessel booking – {n:wtg}", "CTV daily plan", "Wind farm marine coordination"],
        "pii": [
            "Technicians for {n:wtg} muster at the pontoon at 06:30; the skipper's phone is {M}.",
            "Marine coordination can be called on {N} or by e-mail to {E}.",
            "Vessel tracking runs through the crew transfer vessel's router at {P}.",
            "Fuel and berthing invoices for the vessel are paid by direct debit from {B}.",
            "Out of hours the turbine OEM's hotline is {O}.",
        ],
        "neg": [
            "Vessel {n:imo}, {n:mmsi}, listening on {n:vhf}.",
            "Transfer limit today is {n:sea_state}; {n:tide} at the harbour.",
            "Array cable at {n:cable_kv} between {n:wtg} and the substation stays isolated.",
            "Position of the work site: {n:dms}.",
        ],
    },
    "depot": {
        "title": [
            "Aggregates depot – order confirmation",
            "Delivery note and collection slip",
            "Trade counter receipt",
        ],
        "pii": [
            "Your load of type 1 sub-base will be tipped by {name}; the driver will ring {M} on approach.",
            "Paid at the counter by card {C}, thank you.",
            "Please settle the account by transfer to {B}, quoting your ticket.",
            "Order changes before 3 pm go to the depot desk, {N}; statements come from {E}.",
            "For sales outside our area call the group line, {O}.",
        ],
        "neg": [
            "Weighbridge ticket {n:weighbridge}: {n:tonnage} net of {n:grading} washed gravel.",
            "Crusher set at {n:css}; product tested at {n:ucs}.",
            "Stockpile reference {n:os_grid}, loading bay {n:conveyor}.",
        ],
    },
    "heli": {
        "title": [
            "Helicopter transfer manifest",
            "Flight advisory for offshore passengers",
            "Heliport check-in notice",
        ],
        "pii": [
            "Passengers who miss check-in must call the heliport desk on {N} before the gate closes.",
            "Baggage over 15 kg needs approval from {E}.",
            "If the flight is cancelled, {name} in logistics will rebook you; her number is {M}.",
            "Transit passengers from the continent can reach the operator on {X}.",
        ],
        "neg": [
            "Deck limits: {n:helideck_d}; {n:notam} is in force for the crane.",
            "Passengers must hold {n:opito} or equivalent.",
            "Winds {n:wind}, departure slot {n:shift_times}.",
        ],
    },
    "induction": {
        "title": [
            "Site induction – contractors",
            "Permit to work: notes for visitors",
            "Quarry visitor rules",
        ],
        "pii": [
            "Before the induction, send your CSCS card and insurance to {E}.",
            "The site's first aider today is {name}, on {M}; the gatehouse is {N}.",
            "US contractors filling in the payroll form give their SSN, e.g. {S}, only on the paper copy.",
            "Remote access to the gas-monitoring logger is through {P} once your account is set up.",
        ],
        "neg": [
            "Speed limit on the haul road is 15 km/h; the face is at {n:aod}.",
            "Your permit covers equipment {n:equipment_no} and the belt {n:conveyor} only.",
            "Licence {n:explosives_licence} is on the magazine door; never prop it open.",
            "Induction valid from {n:iso_date} for 12 months.",
        ],
    },
    "survey": {
        "title": [
            "Geotechnical survey – field update",
            "Seismic crew weekly report",
            "Drilling programme update",
        ],
        "pii": [
            "The core logger, {name}, is reachable on {M} while on the rig.",
            "Field data upload to the office server at {P} each night, please.",
            "Landowner questions go to our liaison line, {N}, or {E}.",
            "Partners in the joint venture can call the project manager on {X}.",
        ],
        "neg": [
            "Hole {n:drillhole} finished at {n:depth_md}, averaging {n:grade}.",
            "Collar position {n:utm}, logged in {n:core_box}.",
            "Rock at the bottom tested at {n:ucs}.",
        ],
    },
}

HEADS = ["Emergency contacts on site", "Key numbers", "Call tree", "Contact sheet", "Phone list"]
LABELS = [
    "Control room",
    "Gatehouse",
    "Shift supervisor",
    "Medic",
    "Marine coordinator",
    "Logistics",
    "Duty manager",
    "Environmental officer",
    "Heliport desk",
    "Weighbridge",
]
