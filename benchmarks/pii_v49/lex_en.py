"""English sentences of v49 (also used, with the towns swapped, for en_GB, en_US, en_IN, en_AU, en_IE)."""

EN = {
    "genres": {
        "outage": {
            "title": ["Planned power interruption", "Water supply notice", "GAS ESCAPE - PLEASE READ"],
            "pos": [
                "Crews are working to restore supply. Report a fault or a downed line on {P} and quote "
                "reference {X:outage_id}.",
                "If your pressure has not come back by tomorrow evening, call our network desk on {P}.",
                "Smell gas? Leave the building, do not use light switches, and ring {S} from outside.",
                "Customers on life-support equipment should register with us on {S} so we can call you "
                "before any shutdown.",
            ],
            "neg": [
                "The {X:voltage} feeder serving these streets will be switched out for cable repairs. "
                "Affected postcodes: {X:postcodes}.",
                "Your meter {X:meter_id} showed {X:meter_reading} at the last read; no action is needed.",
                "Boil water before drinking until further notice. Residual chlorine measured {X:chlorine} "
                "at the reservoir outlet.",
                "A {X:pipe_dn} main burst under the junction; mobile generator rated "
                "{X:generator} is on site "
                "for the pumping station.",
                "Appliances were checked at an inlet pressure of {X:gas_mbar} before "
                "supply was turned back on.",
            ],
        },
        "storm": {
            "title": ["Severe weather warning", "FLOOD ALERT - River Wyre catchment", "Storm update"],
            "pos": [
                "Sandbags can be collected from the depot; to book a drop for an "
                "elderly neighbour phone {P}.",
                "Floodline is staffed day and night: {S}.",
                "If water is entering your home, switch off power at the mains and call {P}.",
            ],
            "neg": [
                "Gusts of {X:wind_speed} are expected on exposed coasts, with central pressure falling to "
                "{X:pressure_hpa}.",
                "The gauge at the old bridge read {X:river_level} this morning and is still rising.",
                "Rainfall totals of {X:rainfall} are likely over high ground. Warning level {X:warn_level}.",
                "The council has filled {X:sandbags} sandbags since Friday.",
                "Wind chill will bring it down to {X:temperature} overnight; check on anyone living alone.",
            ],
        },
        "evac": {
            "title": ["Evacuation centres open tonight", "Rest centres and shelters"],
            "pos": [
                "Transport to the rest centre can be arranged for anyone without a car: ring {P}.",
                "Pets are welcome at the school hall only; ask the duty warden on {P}.",
                "For blankets, medicines or a cot for a baby, call the shelter coordinator on {P}.",
            ],
            "neg": [
                "Leisure centre (capacity {X:shelter_cap}), Grammar school gym (capacity {X:shelter_cap}).",
                "Residents of zone {X:assembly_point} should leave first, using the route past hydrant "
                "{X:hydrant}.",
                "Sirens will sound {X:sirens} when the order to leave is given.",
            ],
        },
        "watch": {
            "title": ["Neighbourhood Watch bulletin", "Community alert from your Watch coordinator"],
            "pos": [
                "Seen anything odd? Our coordinator {N} takes calls on {P}, or report online.",
                "Please pass any doorbell footage to PC {N} on {P}.",
            ],
            "neg": [
                "A silver hatchback, registration {X:plate}, was seen twice near the allotments.",
                "Police have linked the break-ins under crime reference {X:case_no}.",
                "The vehicle had a cracked rear light and odometer showing "
                "{X:odometer} on the service sticker "
                "left behind.",
            ],
        },
        "missing": {
            "title": ["MISSING", "LOST DOG - PLEASE HELP", "Have you seen our cat?"],
            "pos": [
                "If you see him, please do not chase him - call {N} on {P}, day or night.",
                "Any sightings, however small, to {P}. Thank you for sharing.",
                "She may be confused and is not carrying her phone. Call {P} or the police.",
            ],
            "neg": [
                "Last seen wearing a green fleece. Height and build: {X:height_weight}.",
                "Reward of £{X:reward} for his safe return, no questions asked.",
                "Last sighting near grid reference {X:grid_ref}, by the footbridge.",
            ],
        },
        "claim": {
            "title": ["Motor claim - notes of call", "Accident report for insurer", "Home claim follow-up"],
            "pos": [
                "Third party driver {N} gave {P} as a contact number and admitted liability at the scene.",
                "Witness {N} can be reached on {P} after six.",
                "Our claims handler will call you back from {P}; please keep your documents to hand.",
            ],
            "neg": [
                "Claim {X:claim_no} opened under policy {X:policy_no}; an excess of £{X:excess} applies.",
                "Vehicle identification number {X:vin}, mileage {X:odometer}.",
                "Replacement tyre required: {X:tyre_size}.",
                "Police incident number given at the roadside was {X:incident_no}.",
            ],
        },
        "tow": {
            "title": ["Roadside assistance - job sheet", "Recovery slip", "Breakdown confirmation"],
            "pos": [
                "The patrol is on the way. If you have to move to a safer spot, text the driver on {P}.",
                "Customer contact: {P}. Keys left with the garage night box.",
                "Need a hire car? Our partner desk is on {S}.",
            ],
            "neg": [
                "Recovered from the hard shoulder at {X:road_km}; vehicle {X:plate} taken to the compound.",
                "Tyre {X:tyre_size} deflated, spare also flat; odometer {X:odometer}.",
            ],
        },
        "firecard": {
            "title": ["IN CASE OF FIRE", "Fire action notice", "Building emergency card"],
            "pos": [
                "After the alarm: leave by the nearest exit and call the fire marshal's mobile {P}.",
                "Out of hours, building security can be reached on {P}.",
            ],
            "neg": [
                "Assemble at point {X:assembly_point} in the car park. Do not use the lifts.",
                "Extinguisher by the kitchen door: {X:extinguisher}. Alarm panel zone {X:alarm_zone}.",
                "Nearest hydrant {X:hydrant}; sprinkler valve set in the basement, {X:pipe_dn}.",
            ],
        },
        "helpline": {
            "title": ["Worried someone has swallowed something?", "You are not alone", "Helplines"],
            "pos": [
                "If a child has swallowed something harmful, call the poisons advice "
                "line on {S} and have the "
                "packet with you.",
                "Talk to someone tonight: {S}, free from landlines and mobiles.",
                "Our drop-in centre also takes calls on {P} during office hours.",
            ],
            "neg": [
                "Read the lot number off the bottle - for example {X:lot_no} - before you call.",
                "Transport placards show the hazard code, e.g. {X:un_number}; keep well back and upwind.",
            ],
        },
        "roster": {
            "title": ["Volunteer rescue rota", "Flood team duty list", "Search team call-out sheet"],
            "pos": [
                "Team leader this weekend: {N}, {P}.",
                "Boat crew contact if the pager fails: {P}.",
            ],
            "neg": [
                "Radio: PMR channel {X:radio_channel}; call signs {X:callsign} and {X:callsign}.",
                "Staging point at {X:coords}; generator {X:generator} stays with the welfare tent.",
            ],
        },
        "incident": {
            "title": ["Incident log", "Control room log - extract", "Shift incident record"],
            "pos": [
                "Caller {N} rang from {P}, reported smoke from the roof space.",
                "Site manager informed on {P}; agreed to meet crews at the gate.",
            ],
            "neg": [
                "Log {X:incident_no}: casualties (killed/injured/uninjured) {X:casualties}.",
                "Quake felt across the valley, {X:magnitude}, epicentre {X:coords}.",
                "Tanker {X:plate} carrying {X:un_number}, stopped at {X:road_km}.",
            ],
        },
    },
    "email": [
        "Written updates go out from {E}.",
        "Photos and reports can be sent to {E}.",
        "Questions by e-mail to {E}, please.",
    ],
    "card": ["Recovery fee paid on card {C} at the roadside.", "Excess taken from card ending in full: {C}."],
    "iban": ["Donations for flood relief: IBAN {I}.", "Your settlement will be paid to IBAN {I}."],
    "ip": [
        "Camera at the gate streams from {A}.",
        "Telemetry unit last reported from {A}.",
        "The alarm panel's web page is at {A}.",
    ],
    "ssn": ["For disaster assistance, the applicant's SSN is {SSN}.", "SSN on the claim form: {SSN}."],
    "local": [
        "From any {T} landline you only need {L}.",
        "In {T}? Leave off the code and ring {L}.",
        "{T} callers: {L} (depot) or {L2} (night duty).",
        "Local to {T}, just dial {L}.",
        "The {T} depot answers on {L} - no dialling code from within the city.",
    ],
    "heads": ["Emergency contacts", "Who to ring", "Numbers to keep by the phone", "Useful contacts"],
    "labels": ["Control room", "Duty officer", "Shelter desk", "Team leader", "Warden", "Depot", "Welfare"],
}
