"""English sentences (en_US, en_GB, en_IN, en_AU, en_IE), written for v40."""

GENRES = {
    "freight": {
        "head": [
            "FREIGHT MANIFEST — B/L {bill_of_lading}\nShipper contact: {name}",
            "Haulage instruction, trailer load {cal_week}\nBooked by {name}",
        ],
        "fill": [
            "Box {container} sealed with {seal}, declared gross {weight}.",
            "Commodity code {hs_code}; EORI of the declarant {eori}.",
            "Air leg on AWB {awb}, terms {incoterm}.",
            "Customs MRN {mrn} released at {timestamp}.",
        ],
        "sign": ["Carrier accepts no liability for delays at the border."],
    },
    "warehouse": {
        "head": ["PICK LIST — wave {cal_week}\nPicker: {name}", "Delivery note\nReceived by: {name}"],
        "fill": [
            "Pick {qty} from bin {bin_location}, lot {lot}.",
            "Pallet label {sscc}, stack height {dims}.",
            "Load {pallets} at door {dock}; best before {best_before}.",
            "Chilled lines must stay at {temp} during staging.",
        ],
        "sign": ["Please count goods in front of the driver and note shortages on this slip."],
    },
    "fleet": {
        "head": [
            "Driver roster {cal_week}\nTransport planner: {name}",
            "FLEET RECORD — unit VIN {vin}\nAssigned driver: {name}",
        ],
        "fill": [
            "Licence no. {licence_no} checked, tacho card {tacho_card} valid.",
            "Odometer at handover {odometer}, tyres at {torque}.",
            "Early shift {shift}, trailer parked at bay {dock}.",
            "Tank topped up to {tank} before departure.",
        ],
        "sign": ["Rest breaks are not optional. Log them or we cannot pay them."],
    },
    "dispatch": {
        "head": [
            "DISPATCH RADIO LOG\nControllers on duty: {name}",
            "Night desk log, {cal_week}\nEntered by {name}",
        ],
        "fill": [
            "{timestamp} unit 7 reports delay on {radio}, position {gps}.",
            "{timestamp} reefer alarm, box reading {temp}, driver advised.",
            "{timestamp} load {bill_of_lading} handed over, weight slip {weigh_ticket}.",
            "{timestamp} fault {fault_code} on tractor, limp mode, {odometer} on the clock.",
        ],
        "sign": ["Log closed by night controller. Handover at 06:00."],
    },
    "farm": {
        "head": [
            "GROWERS CO-OPERATIVE — market report {cal_week}\nFor members, from {name}",
            "Members notice: harvest intake\nIssued by {name}",
        ],
        "fill": [
            "Feed wheat traded at {market_price}; intake standard {yield_moist}.",
            "Holding {holding}: fertiliser order of {npk} ready for collection.",
            "Calf with tag {ear_tag} sold at the Tuesday ring.",
            "Area declared for the scheme: {area_ha}.",
        ],
        "sign": ["Weighbridge closes at dusk during harvest. Bring your own sample bags."],
    },
    "maint": {
        "head": [
            "MAINTENANCE LOG — forklift S/N {serial}\nTechnician: {name}",
            "Service bulletin for part {part_no}\nReviewed by {name}",
        ],
        "fill": [
            "Hour meter at {engine_hours}; controller updated to {firmware}.",
            "Wheel nuts torqued to {torque}, hydraulic oil {grade}.",
            "Fault {fault_code} cleared after sensor swap.",
            "Rated output {power}; next inspection {cal_week}.",
        ],
        "sign": ["Do not operate the machine with a guard removed."],
    },
    "sds": {
        "head": [
            "SAFETY DATA SHEET — Section 1 and 14\nPrepared by: {name}",
            "SDS summary, product batch {lot}\nContact person: {name}",
        ],
        "fill": [
            "Identification: {cas}, {ec_number}.",
            "Transport: {un_number}, hazard number {kemler}.",
            "Flash point {flash}; occupational limit {exposure}.",
            "Physical data: {density}.",
        ],
        "sign": ["Read the whole sheet before first use. Keep it where the product is stored."],
    },
    "supply": {
        "head": [
            "TRADE PRICE LIST 2025\nAccount manager: {name}",
            "Supplier catalogue, section fasteners\nQuoted for {name}",
        ],
        "fill": [
            "Item {article_no}, pack {pack}, material {grade}.",
            "Spare {part_no} now ships in {pack}.",
            "Minimum order {pallets}, delivery {incoterm}.",
            "Lead time {cal_week} for item {article_no}.",
        ],
        "sign": ["Prices exclude tax and carriage. Errors and omissions excepted."],
    },
}

CONTACT = {
    "phone": [
        "Questions about this load: {role}, {p}.",
        "{role} can be reached on {p} ({hours}).",
        "Ring {p} and ask for the {role}.",
    ],
    "mobile": ["Driver mobile, texts preferred: {p}"],
    "fixed": ["Yard office landline (no texts): {p}"],
    "abroad": ["Calling from outside the country? Use {p}.", "Overseas partners dial {p}."],
    "service": ["Free breakdown line, all hours: {p}", "Order desk, national rate: {p}"],
    "local": [
        "From a {town} phone just dial {p}.",
        "Inside {town}, the depot answers on {p}.",
        "{town} callers can drop the code: {p}",
    ],
    "email": ["Send signed copies to {e}.", "Paperwork queries: {e}"],
    "iban": ["Pay freight charges to {iban}."],
    "card": ["Fuel card on file: {card}."],
    "ip": ["Label printer on the dock LAN: {ip}", "Tracking portal login recorded from {ip}."],
    "ssn": ["New-hire form, driver SSN: {ssn}"],
    "dir": ["WHO TO CALL", "Site numbers"],
    "roles": [
        "transport office",
        "yard marshal",
        "night controller",
        "quality desk",
        "shift lead",
        "weighbridge",
    ],
    "hours": ["06:00 to 22:00", "weekdays until 17:30", "round the clock"],
    "nophone": ["We do not take orders by phone. Use the portal.", "No calls to the gatehouse, please."],
}
