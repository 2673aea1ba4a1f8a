"""English sentences of the v90 set (energy and home improvement), written fresh for it."""

GENRES = {
    "solar": {
        "title": [
            "Your solar PV quotation",
            "Survey notes – rooftop solar",
            "Solar install: what happens next",
        ],
        "pos": [
            "Thanks for having {name} round on Tuesday. The array we priced is {k:panels} ({k:kwp}) on the "
            "south slope, roof {k:roof}; if the scaffold date doesn't suit, text the planner on {mob}.",
            "Our surveyor measured each panel as {k:panel_size}, so two rows fit under the ridge. Questions "
            "about the layout drawing go to {email} or, if it's quicker, {nat}.",
            "Expected generation is around {k:yield}. The deposit of 25% was taken from the card ending in "
            "the digits you gave us; the full number on file is {card} "
            "– tell us at once if that isn't yours.",
            "Once the inverter is live you can open its local page at {ip} from any device on your Wi-Fi. "
            "Stuck? The monitoring team sits on {free} weekdays.",
            "Your DNO notification ({k:dno_ref}) has been sent. If the network operator rings you directly, "
            "pass them to {name} on {nat}.",
            "Warranty claims for the panels are handled by the manufacturer's European desk, {intl}.",
        ],
        "neg": [
            "Array: {k:panels}, strings {k:strings}, design yield {k:yield} at {k:roof}.",
            "Panel footprint {k:panel_size}; scaffold needed on the front elevation only.",
            "Site location for the shading report: {k:coords}.",
            "Estimated saving is roughly {k:co2} in the first year, depending on how much you use at home.",
        ],
    },
    "heatpump": {
        "title": [
            "Heat pump installation – pre-visit letter",
            "Air-source heat pump: your design summary",
            "Heat pump commissioning notes",
        ],
        "pos": [
            "The heat-loss calculation came out at {k:heat_loss}, so we've specified a 9 kW unit running at "
            "{k:flow_temp}. Ring {name} on {nat} if you'd like to "
            "walk through the room-by-room figures.",
            "The outdoor unit is rated {k:sound}; the neighbour at "
            "number 14 asked for the spec sheet, which we "
            "can send from {email}.",
            "Our fitters arrive between {k:window}. If nobody is in, they'll call {mob} before leaving.",
            "The controller joins your router and takes the address {ip}; leave it reserved so the app keeps "
            "working.",
            "Grant paperwork ({k:grant_ref}) is with the scheme administrator; their helpline is {free}.",
            "For the cylinder swap ({k:cylinder}) the plumber will need the water off for about four hours – "
            "any problem, phone the office on {nat}.",
        ],
        "neg": [
            "Design: {k:heat_loss}, emitters sized for {k:flow_temp}, seasonal efficiency {k:scop}.",
            "Refrigerant charge {k:refrigerant}; no F-gas leak check needed under 5 t CO₂e.",
            "Sound at the boundary: {k:sound}. New cylinder {k:cylinder}.",
            "Ductless option quoted at {k:btu}, {k:seer}.",
        ],
    },
    "insulation": {
        "title": [
            "Insulation grant – eligibility outcome",
            "Loft and cavity wall survey",
            "Your insulation works",
        ],
        "pos": [
            "Good news: the property qualifies for fully funded loft insulation. {name} will top the loft "
            "({k:loft_area}) up to {k:depth}; to rearrange, call {nat}.",
            "We need one more document before the grant is approved – reply to {email} with a photo of a "
            "recent energy bill.",
            "If a neighbour received the same letter, they can check eligibility themselves on {free}.",
            "Your grant contribution will be paid into {iban} within ten working days of sign-off.",
            "The cavity wall installer, {name}, can be reached on {mob} on the day.",
        ],
        "neg": [
            "Current rating {k:epc_band}. Certificate reference {k:epc_rrn}.",
            "Roof: {k:u_value} after works, {k:depth}, loft area {k:loft_area}.",
            "Air test result {k:airtight}; ventilation upgrade recommended in the bathroom ({k:airflow}).",
        ],
    },
    "evcharger": {
        "title": [
            "EV charger installation booking",
            "Home charge point – survey result",
            "Charger handover sheet",
        ],
        "pos": [
            "We'll fit a {k:charge_kw} unit on the garage wall, fed "
            "through {k:breaker} and {k:cable}. If the "
            "main fuse turns out smaller than {k:fuse}, our electrician will phone {mob} first.",
            "Your charge point ID is {k:evse_id}. Add it in the app, and if it won't pair call {free}.",
            "The charger talks to our back office from {ip}; you don't need to open any ports.",
            "Balance of the installation was charged to {card}. Receipts come from {email}.",
            "For anything about the off-peak tariff, the energy supplier's team is on {nat}.",
            "Warranty swaps are handled by our partner desk, reachable on {intl}.",
        ],
        "neg": [
            "Supply: {k:fuse} main fuse, circuit {k:breaker}, cable {k:cable}.",
            "Charge point {k:evse_id} registered; output {k:charge_kw}.",
            "Earthing: TT rod fitted, permit {k:permit}.",
        ],
    },
    "advice": {
        "title": [
            "Home energy advice – follow-up",
            "Notes from your energy advice call",
            "Energy check summary",
        ],
        "pos": [
            "It was good to speak today. As promised, here is a summary; our adviser {name} can be reached "
            "directly on {nat} until Friday.",
            "Your current unit rate is {k:rate} with a standing charge of {k:standing}, so moving the "
            "washing to the cheaper hours helps. The supplier's switching line is {free}.",
            "We've referred you to the local warm-homes scheme; their caseworker will e-mail from {email}.",
            "If you'd rather talk in person, the drop-in advisers are on {mob} (text is fine).",
            "For the US rebate application we need the taxpayer's number exactly as filed: {ssn}.",
        ],
        "neg": [
            "Last reading {k:reading}; unit rate {k:rate}, standing charge {k:standing}.",
            "Current rating {k:epc_band}; heating system: gas combi, cylinder removed.",
            "Suggested first steps: draught-proofing, then loft to {k:depth}.",
        ],
    },
    "smartmeter": {
        "title": [
            "Smart meter appointment confirmed",
            "Your smart meter installation",
            "Meter exchange visit",
        ],
        "pos": [
            "Your engineer, {name}, will arrive between {k:window}. To "
            "move the slot, call {nat} or reply STOP "
            "to the text from {mob}.",
            "Please make sure the meter cupboard is clear. Meter point "
            "{k:mpan} (electricity) is the one we'll "
            "exchange.",
            "Questions about the in-home display go to {email}; faults after installation: {free}.",
            "The communications hub will show up on your network as {ip} only if you pair the optional app "
            "bridge.",
        ],
        "neg": [
            "Electricity supply number {k:mpan}; gas meter reference {k:mprn}.",
            "Opening reading {k:reading}. Appointment window {k:window}.",
            "Main fuse {k:fuse}; isolator to be fitted if space allows.",
        ],
    },
}

# announced local numbers: (region, template); {town} names the town, {loc} is one subscriber number
ANNOUNCE = {
    "US": [
        "Calling from a {town} landline? The install crew's dispatcher picks up at {loc}.",
        "{town} homeowners can reach our showroom without dialing the area code: {loc}.",
        "Local to {town}? Dial {loc} for the permit desk, or {loc} for scheduling.",
        "(From inside the {town} calling area the crew lead answers at {loc}.)",
        "When I'm in the {town} office I'm on {loc} – no area code needed if you're local.",
        "The utility's {town} interconnection clerk said, “Just call {loc} and ask for the solar queue.”",
        "Same-town number for {town} customers:\n{loc}",
    ],
    "GB": [
        "If you're ringing from a {town} landline you only need {loc} for the depot.",
        "Our {town} branch (local calls, no code): {loc}",
        "{town} residents: the retrofit coordinator is on {loc} and the scaffold firm on {loc}.",
        "“Tell them to ring {loc},” the {town} assessor said, “it's a local number.”",
        "The warm-homes hub in {town} answers on {loc} from a local phone.",
        "Within {town} just dial\n{loc}",
        "Local line, {town} showroom – {loc} (mornings best).",
    ],
    "IN": [
        "Customers in {town} can dial {loc} from a landline for the solar desk, no STD code needed.",
        "{town} city office, local line: {loc}",
        "For rooftop subsidy queries within {town}, call {loc} or {loc}.",
        "(Local call from {town}: {loc}.)",
        "Our {town} installer said over the phone, “dial {loc} from any city landline.”",
    ],
}

LIST_HEADS = [
    "Contacts for your installation",
    "Handy numbers for install day",
    "Who's who on your project",
    "Numbers to keep by the meter cupboard",
]
LIST_LABELS = [
    "Project manager",
    "Electrician",
    "Scaffold",
    "Grant helpline",
    "Aftercare",
    "Survey team",
    "Roofing",
    "Commissioning",
]
