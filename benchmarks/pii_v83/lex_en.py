"""English sentences for v83 (hotel back office and cleaning trades), written fresh."""

G = {
    "housekeeping": {
        "title": [
            "Housekeeping handover – {day}",
            "Room attendant board, early shift",
            "Floor supervisor notes",
        ],
        "body": [
            "Deep clean on rooms {room_range} this week; the sofa beds there still need flipping.",
            "Agency cover today is badge {staff_id}, please pair her with someone on the third floor.",
            "Inspection scores dipped to {qa_score} on Tuesday, mostly hair in shower drains.",
            "Bathroom descaler goes at {dilution}, never neat – the data sheet is revision {sds_rev}.",
            "Lost-and-found bag tagged {keycard} is waiting in the linen room for collection.",
            "Overtime this pay period came to {hours}, so no extra turndowns without a word from me.",
            "Fire panel flagged detector {zone} at 06:10 – shower steam again, reset by the porter.",
        ],
        "contact": [
            "If the executive housekeeper isn't on the radio, her mobile is {P}.",
            "Maintenance never answers channel 2 after ten, so ring the duty engineer on {P} instead.",
            "Linen shortages go straight to Maria at the supplier, {P}, before 11 am.",
            "{name} is covering the weekend and asked to be texted on {P} rather than called.",
        ],
    },
    "nightaudit": {
        "title": ["Night audit summary", "Night audit – shift report", "Overnight back-office log"],
        "body": [
            "Day closed at 03:12 with room revenue of {revenue}; occupancy finished at {occupancy}.",
            "ADR landed on {adr}, slightly under forecast because of the group rate on the fifth floor.",
            "Folio {folio} still shows a duplicate parking charge, left for the morning cashier.",
            "No-show from booking {confirm} was charged one night per the guarantee policy.",
            "Card terminal {tid} dropped twice around 1 am and came back after a restart.",
            "Purchase order {po} for minibar stock was approved and filed in the red folder.",
            "Minibar crisps restocked, barcode {ean}, two boxes short on delivery.",
        ],
        "contact": [
            "The revenue manager wants the pickup report before eight; she's on {P} if anything looks odd.",
            "System outage procedure: call the PMS vendor's overnight line on {P} and log the ticket number.",
            "Security was called at 02:40 (guard on duty reachable on {P}) for a noise complaint.",
            "For anything over the petty-cash limit, wake the general manager on {P}.",
        ],
    },
    "laundry": {
        "title": [
            "Laundry delivery note",
            "Linen service – weekly collection",
            "Commercial laundry: pickup schedule",
        ],
        "body": [
            "Collected today: {linen_kg} of flat linen and 46 bags of towels.",
            "White table linen runs on {wash_prog}; the coloured napkins stay on the cold cycle.",
            "Lot {lot} of the oxygen bleach was quarantined after the test read {ph}.",
            "Rejects this week (stains, tears) came to 37 pieces, credit note to follow.",
            "Van {plate} does the Thursday round, loading bay access from {time_win}.",
        ],
        "contact": [
            "Missed pickups should be phoned through to our dispatch desk at {P} before noon.",
            "Your account manager {name} can be reached on {P} for changes to the par levels.",
            "Driver running late? The transport office is on {P}.",
        ],
    },
    "windows": {
        "title": ["Window cleaning quote", "Window round – schedule change", "Glass cleaning job sheet"],
        "body": [
            "We'll reach the third-floor frames from the ground with a {pole_m} water-fed pole.",
            "Our pure water is filtered to {tds}, so there's no need for squeegees or chemicals.",
            "Access to the courtyard is via key safe, code {keysafe}, which we'll return to you afterwards.",
            "Shop front and upstairs flat: every four weeks, usually between {time_win}.",
            "Conservatory roof is quoted separately as it's about {area_m2} of glass.",
        ],
        "contact": [
            "If it's raining on the day we'll text the evening before from {P}.",
            "Questions about the quote? Give {name} a ring on {P}.",
            "To cancel a visit, just leave a message on {P} at least a day ahead.",
        ],
    },
    "carpet": {
        "title": [
            "Carpet cleaning job sheet",
            "Upholstery and carpet care – booking",
            "Hot-water extraction report",
        ],
        "body": [
            "Corridor carpets cleaned by hot-water extraction, roughly {area_m2} in total.",
            "Pre-spray mixed at {dilution} and rinsed with an acidic rinse at {ph}.",
            "Drying time is usually {hours}; please keep the windows open if you can.",
            "Stain protector batch {lot}, product code {sku}, applied to the lounge sofas.",
            "Red wine mark by room {room_range} only lightened – it may need a second visit.",
        ],
        "contact": [
            "Our technician today was {name}; you can reach him directly on {P}.",
            "For aftercare advice or to book the stairs, phone the office on {P}.",
            "Anything not dry by tomorrow afternoon? Call us on {P} and we'll come back out.",
        ],
    },
    "pest": {
        "title": [
            "Pest control service report",
            "Rodent monitoring visit",
            "Integrated pest management – site visit",
        ],
        "body": [
            "External bait boxes checked, {trap_count} showing activity, station {bait_station} replaced.",
            "Gel bait applied in the kitchen voids; product registration {epa_reg}.",
            "Insect light trap in the dry store: tubes last changed {sds_rev}.",
            "Proofing needed at the delivery door – a gap of about 12 mm under the seal.",
            "Chemical used: {un_no} classified product, mixed at {dilution} in the backpack sprayer.",
        ],
        "contact": [
            "If you spot droppings before our next visit, ring the call-out line on {P}.",
            "Your area surveyor is {name} ({P}); he'll send the proofing quote separately.",
            "Emergency wasp and rodent call-outs are answered 24/7 on {P}.",
        ],
    },
    "sweep": {
        "title": ["Chimney sweeping certificate", "Sweep's visit notes", "Flue inspection and sweep record"],
        "body": [
            "Flue liner {flue}, swept from below, about two buckets of soot removed.",
            "Smoke draw test passed; flue gas temperature on the stove read {flue_temp}.",
            "Carbon monoxide alarm tested; room reading {co_ppm} with the fire lit.",
            "Certificate number {sweep_cert} – keep it for your home insurer.",
            "Bird guard fitted on the pot; the cowl is marked {sku}.",
        ],
        "contact": [
            "Book next year's sweep on {P} – we fill up quickly in October.",
            "If you smell smoke in the bedroom above, stop using the stove and call me on {P}.",
            "{name} does our stove servicing and can be reached on {P}.",
        ],
    },
    "waste": {
        "title": ["Waste collection schedule", "Trade waste agreement – summary", "Skip hire confirmation"],
        "body": [
            "Two {bin_litres} bins for general waste, emptied Mondays and Thursdays.",
            "Glass goes under EWC code {ewc}; the duty-of-care note is {wtn}.",
            "Weighbridge ticket: gross and tare {weighbridge}.",
            "Our VAT registration, {vat}, is printed on every invoice.",
            "The skip ({skip_yd}) will be dropped on the drive; permit reference {po}.",
            "Collection lorry {plate} arrives between {time_win}, please leave the gate unlocked.",
        ],
        "contact": [
            "Missed collection? Report it on {P} within two working days.",
            "To add a food-waste caddy, phone our trade team on {P}.",
            "The driver, {name}, asked that you call him on {P} if the bins are locked away.",
        ],
    },
}

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# announced local numbers, town named; {L} = subscriber number only
LOCAL = [
    "Calling from a {town} landline? Drop the area code and dial {L}.",
    "Our {town} depot is on {L} for anyone ringing locally.",
    "For {town} customers the office number is simply {L} – no code needed within the city.",
    "{L} ({town} number, dial as shown from a local phone)",
    "Local to {town}? The front desk picks up on {L}, the back office on {L}.",
    "Dial {L} if you're in {town}; from elsewhere you'll need the code first.",
    "The {town} office line (local callers):\n{L}",
    'When we spoke she said, "Anyone here in {town} can just ring {L}."',
    "Reception in {town} – from a town phone it's only {L}.",
    "Note: {L} works without the area code only inside {town}.",
    "{town} branch, ask for the scheduler: {L} (local calls), or {L} for the yard.",
]

LIST_HEAD = ["Key contacts", "Call list", "Contractor numbers", "Out-of-hours list", "Phone tree"]
LABELS = [
    "Night manager",
    "Housekeeping office",
    "Duty engineer",
    "Laundry dispatch",
    "Pest control",
    "Waste contractor",
    "Window cleaner",
    "Front office",
    "Security",
    "Accounts",
]

OTHER = [
    "Customer services are free to call on {O}.",
    "Our national booking line is {O} (calls charged at the local rate).",
    "Freephone for missed collections and complaints: {O}.",
]
EMAIL = [
    "Send the signed sheet back to {E}.",
    "Invoices go to {E}, not to the general mailbox.",
    "Photos of the damage can be e-mailed to {E}.",
]
CARD = [
    "Deposit of 60.00 taken on card {C} when the job was booked.",
    "The guest's card on file, {C}, was pre-authorised for incidentals.",
]
IBAN = [
    "Please pay by transfer to {I}, quoting the job number.",
    "Our bank details for the standing order: {I}.",
]
IP = [
    "The back-office PC for the laundry scales is at {IP}.",
    "CCTV recorder in the bin store can be reached on {IP}.",
    "The PMS interface server answers on {IP}.",
]
SSN = [
    "New room attendant paperwork: SSN {S} entered on the W-4 and I-9.",
    "Payroll needs the SSN corrected to {S} before Friday's run.",
]
