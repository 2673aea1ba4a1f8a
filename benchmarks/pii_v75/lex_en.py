"""English sentences for v75 (construction and building projects), all written fresh for this set."""

GENRES = {
    "siteoffice": {
        "t": [
            "Site office notice",
            "Weekly site bulletin",
            "Induction pack – page 2",
            "Site welfare and access",
        ],
        "p": [
            "The site office is staffed from {N:work_hours}; if the gate is locked, ring {NAT} and "
            "someone will walk down.",
            "Deliveries must be booked 24 hours ahead with {NAME} on {MOB} – the loading bay takes "
            "one lorry at a time.",
            "First aider this week is {NAME}; radio channel 3 or {MOB}.",
            "Subcontractor onboarding: please return the W-9 with SSN {SSN} corrected, it was typed "
            "with a digit missing last time.",
            "Timesheets go to {ROLE} by Thursday noon, scanned, not photographed.",
            "Payroll still needs the I-9 for {NAME}; the SSN on the form reads {SSN}, please confirm it.",
            "The CCTV recorder in the cabin is at {IPP} if the security firm needs to check the gate camera.",
            "Our head office switchboard is {INTL}; ask for the contracts team, not accounts.",
            "For anything about the crane, speak to {NAME} ({MOB}) before you go near the exclusion zone.",
            "Visitors sign in at the cabin and can reach the project manager on {NAT} or {EMAIL}.",
        ],
        "n": [
            "Permit {N:permit_no} covers hot works on level 4 until Friday.",
            "Working hours are {N:work_hours} Monday to Friday, no noisy work on Saturdays.",
            "The induction video was updated; the CSCS check now reads {N:cscs} style cards at the "
            "turnstile.",
            "Anyone parking on the verge will be asked to move – the {N:skip_size} skip arrives at 7.",
            "Ground level datum for this phase is {N:site_level}.",
        ],
    },
    "scaffold": {
        "t": [
            "Scaffold handover certificate",
            "Scaffold inspection record",
            "Scaffold hire quotation",
            "Adaption request",
        ],
        "p": [
            "Any alterations to the scaffold must go through our yard on {NAT} – do not remove ties "
            "yourselves.",
            "Inspector {NAME} signed tag {N:scaffold_tag}; reach him on {MOB} if the tag is missing.",
            "Out-of-hours emergencies (wind damage, sheeting loose) call {FREE}.",
            "Hire invoices are sent from {ROLE}; queries on the weekly rate to {NAME} at {EMAIL}.",
            "Our drawings office in the UK can be reached on {FOR} for design checks on the loading bay.",
            "The erection crew leader today is {NAME}, mobile {MOB}.",
            "The scaffold alarm's motion sensors report to {IP6}; the monitoring centre is on {FREE}.",
        ],
        "n": [
            "Loading bay rated to {N:load_rating}, maximum two pallets at any time.",
            "Lift 6 boards were replaced after the storm; tag {N:scaffold_tag} re-issued.",
            "Ties at 4 m centres horizontally, tolerance {N:tolerance}.",
            "Design ref {N:drawing_rev} applies to the cantilevered section only.",
            "Weekly hire, first 8 weeks: {N:cost_gbp} plus adaptions at day rate.",
        ],
    },
    "planning": {
        "t": [
            "Planning application – neighbour notification",
            "Re: your planning application",
            "Pre-application advice",
            "Decision notice (covering letter)",
        ],
        "p": [
            "If you wish to comment on the application, the case officer {NAME} can be reached on "
            "{NAT} or {EMAIL}.",
            "Our planning helpline is {FREE} (Monday to Thursday); please quote the reference above.",
            "Your agent gave {MOB} as a contact number, but it went to voicemail twice – please confirm.",
            "The heritage officer asked that you send photographs of the existing sash windows to {ROLE}.",
            "For a pre-app meeting in person, ring the duty planner on {NAT}.",
            "The applicant's agent is based abroad and lists {FOR} as their office line.",
        ],
        "n": [
            "Application {N:planning_ref} was validated on 3 June; the consultation period runs 21 days.",
            "The site (UPRN {N:uprn}) lies inside the conservation area.",
            "Grid reference of the plot: {N:grid_ref}.",
            "The proposed rear extension adds {N:floor_area} of floor space over two storeys.",
            "Roof pitch of the dormer is shown as {N:roof_pitch} on drawing {N:drawing_no}.",
            "Officers noted the roof is to be finished in {N:ral_colour} standing seam.",
        ],
    },
    "bcontrol": {
        "t": [
            "Building control – inspection booking",
            "Site inspection report",
            "Completion certificate request",
            "Building regulations notice",
        ],
        "p": [
            "To book a foundation or drainage inspection, call {NAT} before 10 a.m. for a same-day visit.",
            "Surveyor {NAME} will attend on Tuesday; if the excavation is not ready, let her know on {MOB}.",
            "Please send the SAP calculations and the air test to {ROLE}.",
            "The contractor's contact for the fire strategy is {NAME}, {EMAIL}, {NAT}.",
            "Our out-of-hours dangerous structures line is {FREE}.",
            "The air-tightness rig uploaded its results from {IP4}; the report is attached.",
        ],
        "n": [
            "Application {N:bc_ref}: steel beam {N:steel_section} approved subject to padstone details.",
            "Wall U-value achieved {N:u_value}, which meets the notional figure.",
            "Doors to the protected stair must be {N:fire_rating} with self-closers.",
            "Party wall test result {N:acoustic} – pass.",
            "Stair geometry checked: {N:stair}, handrail at 900 mm.",
            "Slab moisture was {N:moisture}; do not lay the vinyl yet.",
        ],
    },
    "architect": {
        "t": [
            "Letter from the architect",
            "Architect's instruction",
            "Design team meeting – actions",
            "Tender query response",
        ],
        "p": [
            "Please direct design queries to our studio on {NAT}; {NAME} is the project architect.",
            "I am on site Wednesdays and can be reached on {MOB} – email {EMAIL} for anything that "
            "needs a record.",
            "The structural engineer's office is on {NAT}; they will issue revised calculations this week.",
            "Our partner practice abroad is answering the façade queries: {FOR}.",
            "Invoices for stage 4 should be paid to account {IBAN}, quoting the job number.",
            "Drawings are also on the project extranet; if you cannot log in, contact {ROLE}.",
        ],
        "n": [
            "Instruction 14: omit the rooflight shown on {N:drawing_no} and replace with a sun tunnel.",
            "Drawing {N:drawing_rev} supersedes the previous kitchen layout.",
            "The revised bay window increases the floor area to {N:floor_area}.",
            "Specified brick: {N:brick_count} facing bricks, flush joint, to match sample panel.",
            "Adjustment to contract sum: {N:cost_gbp} (omission).",
        ],
    },
    "snagging": {
        "t": [
            "Snagging list – plot 12",
            "Snag list before handover",
            "Defects schedule",
            "Pre-completion walkround",
        ],
        "p": [
            "Snags can be reported by text to {MOB}; include a photo and the room name.",
            "The aftercare team is on {FREE} for the first two years after completion.",
            "Please email further defects to {ROLE} – one email per room saves time.",
            "Painter {NAME} will return on Monday; the homeowner can reach him on {MOB}.",
            "Site manager: {NAME}, {NAT}.",
            "The thermostat hub in the lounge shows {IPP} and will not pair; the installer is {NAME} "
            "({MOB}).",
        ],
        "n": [
            "Kitchen: worktop joint out by {N:tolerance}, to be re-made.",
            "Landing: door is {N:fire_rating} but the intumescent strip is missing.",
            "Bedroom 2: skirting gap, paint finish to {N:ral_colour} window boards incomplete.",
            "Bathroom: extractor reads low; drawing {N:drawing_rev} shows it ducted to the eaves.",
            "Garage: plasterboard {N:dimensions} sheet cracked above the door.",
            "Rear garden: level at the patio is {N:site_level}, 150 mm below the DPC as required.",
        ],
    },
    "skiphire": {
        "t": [
            "Skip hire booking confirmation",
            "Skip permit application",
            "Waste collection receipt",
            "Grab hire order",
        ],
        "p": [
            "Your skip will be delivered between 7 and 11; the driver will ring {MOB} when he is 20 "
            "minutes away.",
            "Paid by card ending in the number shown on the receipt: {CARD}.",
            "Card payment taken: {CARD} – please keep this receipt for the permit refund.",
            "To swap or collect the skip, call our yard on {NAT} or book online.",
            "Questions about the council permit go to {ROLE}.",
            "Lines open 7 days: {FREE}.",
        ],
        "n": [
            "Skip size: {N:skip_size}, waste code {N:ewc_code}, licensed for mixed construction waste.",
            "Waste transfer note {N:waste_note} is attached for your records.",
            "Vehicle {N:vehicle_reg} will park on the road side; cones supplied.",
            "Maximum load {N:swl}; no plasterboard or tyres please.",
            "Charge: {N:cost_gbp} for 14 days including VAT (VAT no. {N:vat_gb}).",
        ],
    },
    "delivery": {
        "t": ["Delivery note", "Materials call-off", "Concrete pour booking", "Builders' merchant order"],
        "p": [
            "Please have someone on site to sign; our driver will call {MOB} on arrival.",
            "Pour booked for 8 a.m.; the batching plant is on {NAT} if you need to cancel before 6.",
            "Account queries to {ROLE} or the branch on {NAT}.",
            "Supplier's export desk: {FOR}.",
            "Trade account payments by transfer to {IBAN}.",
            "The site's gate camera feed is {IP4} (ask security for the password).",
            "The weighbridge terminal reports to {IP6}.",
        ],
        "n": [
            "Order {N:po_number}: 12 m³ {N:concrete_grade}, slump S3, pump required.",
            "Batch {N:batch_no}, delivered 9:40, washed out 10:25.",
            "Rebar {N:rebar} to the raft; 2 bundles short, to follow.",
            "Drainage: 6 lengths {N:pipe_size} twin-wall, 3 bends.",
            "Pallet of {N:brick_count} bricks left at the front of plot 7.",
            "Sheets {N:dimensions} moisture-resistant, 40 no.",
        ],
    },
}

# local announcements: {TOWN} and one or two {LOC} (subscriber numbers of the town's area code)
LOCAL = [
    "Calling from a {TOWN} landline? Leave off the area code: the site cabin is {LOC}.",
    "{TOWN} site office (local number, no code): {LOC}",
    "Neighbours in {TOWN} with questions about the works can phone the liaison officer on {LOC} – "
    "it's a town number, "
    "so from your home phone that's all you dial.",
    "For {TOWN} callers: the yard is {LOC} and the weekend duty manager is {LOC}.",
    "\"Just dial {LOC}, love, you're in {TOWN}, you don't need the rest of it,\" the receptionist "
    "told the caller.",
    "Our {TOWN} depot answers on {LOC}. (That's the short local form – add the code from outside town.)",
    "Skip exchanges in {TOWN}:\n{LOC}, seven days.",
    "If you're ringing from within {TOWN}, the building inspector's desk is {LOC}.",
    "Local line ({TOWN} exchange) for the show home: {LOC}; the sales office is {LOC}.",
    "The foreman scribbled {LOC} on the hoarding – that's the {TOWN} number, dialled locally.",
]
HEADS = ["Site contacts", "Key holders", "Out-of-hours numbers", "Who's who on site", "Trade contacts"]
LABELS = [
    "Site manager",
    "Scaffolder",
    "Skip hire",
    "Building control",
    "Architect",
    "Electrician",
    "Security",
    "Groundworks",
    "Crane supervisor",
    "Plumber",
]
