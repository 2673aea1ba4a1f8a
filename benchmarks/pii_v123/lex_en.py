"""English sentences: excavations, finds recording, detecting clubs and heritage work."""

EN = {
    "titles": {
        "dig": ["Site diary, week 3", "Excavation update for volunteers", "Dig notes – north paddock"],
        "flo": ["Finds recording day", "Message from your Finds Liaison Officer", "Recording appointment"],
        "club": ["Club newsletter – spring", "Minutes of the monthly club meeting", "Detecting club notices"],
        "rally": ["Charity rally: booking details", "Landowner permission letter", "Rally rules and parking"],
        "fieldwalk": [
            "Field-walking Sunday",
            "Field-walking group: plan for the ploughed field",
            "Walk report",
        ],
        "consult": [
            "Watching brief – fee proposal",
            "Heritage statement: next steps",
            "Evaluation trenching quote",
        ],
        "treasure": [
            "Treasure report acknowledgement",
            "Coroner's inquest: your find",
            "Treasure process update",
        ],
        "lab": ["Sample submission form", "Post-excavation progress", "Conservation lab booking"],
    },
    "pos": {
        "dig": [
            "If you're running late for the 8am briefing, text the site supervisor on {P} so we don't send "
            "the trowel-hunting party out after you.",
            "Spoil heap questions, tool shed keys and anything about the welfare cabin go to {name} ({P}).",
            "Weather looks grim for Thursday; we'll decide by 6am and post it, or ring {P} after that.",
            "Anyone who finds human remains: stop, cover them, and call the site director straight away on "
            "{P}.",
        ],
        "flo": [
            "Bring your finds in labelled bags with the findspot written down; I can be reached on {P} if "
            "you "
            "want to book a slot instead of queuing.",
            "Can't make the library session? Leave a message with {name} on {P} and we'll arrange a home "
            "visit.",
            "The recording day moves to the village hall this month. Parking queries: {P}.",
            "Please photograph anything fragile in situ and call me on {P} before lifting it.",
        ],
        "club": [
            "Subs are due at the next meeting. Our treasurer {name} takes calls on {P} in the evenings.",
            "New members should ring the membership secretary on {P} before turning up to a dig.",
            "The find of the month competition closes Friday – photos and entries via {P} (WhatsApp is "
            "fine).",
            "Club insurance is renewed; if a farmer asks for proof, the secretary can be reached on {P}.",
        ],
        "rally": [
            "Gates open 8.30; marshals carry radios but the emergency line on the day is {P}.",
            "Permission covers the stubble fields only. The landowner asks that any problem goes to his "
            "agent first, on {P}.",
            "Camper vans can stay Saturday night – book a pitch by calling {P}.",
            "Lost and found, first aid and finds table are all by the barn; the organiser's mobile is {P}.",
        ],
        "fieldwalk": [
            "We meet at the lay-by on the B-road. If you can't find us, {name} has the list on {P}.",
            "Bring a pen, finds bags and wellies; the farmer's son is on {P} if the gate is locked.",
            "We walk in 20 m transects, so be on time. Lift shares: {P}.",
        ],
        "consult": [
            "Our project manager for the watching brief is {name}; direct line {P}.",
            "The county archaeologist has asked for an evaluation first. To discuss scope, call us on {P}.",
            "For the site induction, the groundworks foreman can be reached on {P}.",
            "We can mobilise within ten working days of instruction. Questions on the fee: {P}.",
        ],
        "treasure": [
            "Your report has been logged with the coroner. The Treasure Registrar's office answers on {P}.",
            "The museum has expressed an interest in acquiring the hoard; their curator, {name}, is on {P}.",
            "If the landowner wishes to waive their share, please ask them to call {P}.",
        ],
        "lab": [
            "Samples must arrive dry and double-bagged. Courier problems: ring the lab on {P}.",
            "Results for the charred grain are ready; {name} will talk you through them on {P}.",
            "The X-ray slot is booked for Tuesday; if the iron objects aren't ready, phone {P} to move it.",
        ],
    },
    "neg": {
        "dig": [
            "Context {n:context} turned out to be a later pit cutting the ditch; see {n:cut} on the matrix.",
            "{n:trench} was reopened after rain; the base sits at {n:elevation}.",
            "Soil from {n:sample} was a dark greyish brown ({n:munsell}), with charcoal flecks.",
            "Photographs {n:photos} cover the north-facing section, drawn as {n:drawing}.",
            "Total station points {n:stations} were shot in before lunch, accuracy {n:gnss}.",
            "Small finds so far: {n:smallfind}, a copper-alloy pin, and a worn jetton from the topsoil.",
        ],
        "flo": [
            "Your brooch is now on the database as {n:pasid}, findspot {n:osgrid}.",
            "The Roman coin is a nummus, {n:coinweight}, {n:dieaxis}, probably {n:coinref}.",
            "Finds were recovered from plough soil at roughly {n:depth}.",
        ],
        "club": [
            "Find of the month went to a hammered penny; the runner-up was a lead spindle whorl.",
            "Settings that worked on the heavy clay: {n:detector}.",
            "We logged {n:hours} on the church project last year, a club record.",
        ],
        "rally": [
            "Search area is roughly 140 acres; the pasture by the river is out of bounds.",
            "All finds over 300 years old must go to the finds table and will be recorded.",
            "Last year's rally produced {n:sherds} of medieval pottery as well as the coins.",
        ],
        "fieldwalk": [
            "Collection units are 20 m squares; the first corner is at {n:eastnorth}.",
            "Bags are labelled by unit, e.g. {n:box}, and pottery is counted at the end of each line.",
            "The scatter centres on {n:latlon}, near the old field boundary.",
        ],
        "consult": [
            "The application ({n:planning}) carries a standard archaeological condition.",
            "The site lies 300 m from a scheduled barrow ({n:listentry}) and the HER lists {n:her} nearby.",
            "The OASIS record is {n:oasis}; the geophysics showed anomalies of {n:geophys}.",
            "Please quote site code {n:sitecode} on every invoice, bag label and context sheet.",
            "For the Irish job, the excavation licence is {n:licence}; the report is due within a year.",
        ],
        "treasure": [
            "Case {n:treasure} is listed for inquest in the autumn.",
            "The museum accession number will be {n:accession} if the acquisition goes ahead.",
        ],
        "lab": [
            "The determination came back at {n:c14} ({n:labcode}), calibrating to {n:calrange}.",
            "The oak timber was dated by dendrochronology: {n:dendro}.",
            "Soil pH in the waterlogged deposit was {n:ph}, which explains the bone survival.",
        ],
    },
    "local": [
        "Staying near the dig in {town}? The farmhouse office is on {L} from a local landline.",
        "For the {town} finds day, locals can just dial {L}; out-of-town callers need the area code.",
        "Our {town} store room (the old school) answers on {L} – no code needed in town.",
        "{town} members: the chairman's landline is {L}, and the hut phone is {L}.",
        "Finds drop-off in {town}, ring ahead from any phone in town: {L}.",
        "In {town} itself the museum's education room is simply {L}; the front desk is {L}.",
        "From inside {town}, the field unit's yard answers on {L}.",
    ],
    "heads": [
        "Dig contacts",
        "Who to call on site",
        "Useful numbers for the season",
        "Club committee",
        "Recording team",
    ],
    "labels": [
        "Site director",
        "Finds supervisor",
        "Welfare cabin",
        "Club secretary",
        "Rally organiser",
        "Finds Liaison Officer",
        "Farm office",
        "Conservator",
        "Geophysics team",
        "Health and safety",
    ],
    "E": [
        "Send your finds photos to {E} with the findspot and date.",
        "Booking confirmations come from {E}; check your spam folder.",
        "Context sheets can be scanned and emailed to {E} at the end of each week.",
    ],
    "C": [
        "Your training-dig place is paid with card {C}; a receipt will follow.",
        "We charged the rally ticket to the card ending in the number you gave us: {C}.",
    ],
    "I": [
        "Please pay the membership fee by bank transfer to {I}, reference your surname.",
        "Our invoice for the evaluation is payable to {I} within 30 days.",
    ],
    "IP": [
        "The site webcam streams from {IP}; the drone base station logs to the same network.",
        "The GIS server for the finds database lives at {IP} if the tablets lose sync.",
    ],
    "S": [
        "For payroll as a field technician we need your SSN ({S}) on the W-4.",
        "Background check for the federal site contract: SSN {S}, as supplied.",
    ],
}
