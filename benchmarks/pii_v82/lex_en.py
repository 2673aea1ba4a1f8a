"""English sentences, written fresh for v82 (science and laboratories)."""

TITLES = {
    "schoollab": [
        "Science department – technician request",
        "Year 10 practical: prep notes",
        "Prep room notice",
        "Chemistry practical risk note",
    ],
    "unilab": [
        "Lab induction – read before your first session",
        "Group lab notice",
        "Instrument booking reminder",
        "New starter checklist (wet lab)",
    ],
    "testlab": [
        "Certificate of analysis – cover letter",
        "Results summary",
        "Drinking water test report",
        "Soil nutrient analysis",
    ],
    "envmon": [
        "Monitoring station log",
        "Air quality network – weekly note",
        "River gauge field visit",
        "Site report: groundwater sampling",
    ],
    "courier": [
        "Specimen pickup confirmation",
        "Cold-chain shipment notice",
        "Courier handover note",
        "Dry-ice consignment",
    ],
    "servicing": [
        "Service visit report",
        "Preventive maintenance – job sheet",
        "Fume cupboard test record",
        "Autoclave validation visit",
    ],
    "citsci": [
        "Volunteer update",
        "Garden bird count – thank you!",
        "Pond-dipping survey briefing",
        "Community water watch",
    ],
}

POS = {
    "schoollab": [
        "Mr {name} needs the copper sulfate crystals set out by Tuesday; if the prep room is locked, "
        "his mobile is {mob}.",
        "Copy the CLEAPSS helpline on {nat} into the risk assessment before anyone opens the "
        "concentrated acid.",
        "Practical kits for the microscopy lesson are in {n:room}; ring the lab technician on {nat} "
        "if a slide box is missing.",
        "Parents asked about the overnight fieldwork: the head of science can be reached at {role} or {nat}.",
        "Order the replacement Bunsen tubing through {role}; the supplier's order line is {free}.",
    ],
    "unilab": [
        "Before your first session read {n:standard} and ring the biosafety officer on {nat} with "
        "any questions.",
        "Out of hours, spills of anything hazardous go to security on {nat}, not to the group chat.",
        "Book the confocal through {role}; the facility manager, {name}, picks up on {mob}.",
        "The plate reader PC sits at {ip4p} on the lab network; raise access problems with {mail}.",
        "Visiting collaborator {name} will be on {intl} while in the building.",
        "Liquid nitrogen top-ups are Tuesdays only; call the cryogenics store on {nat} to join the round.",
    ],
    "testlab": [
        "Questions about this certificate go to the reporting scientist on {nat} or to {mail}.",
        "The analysis fee was charged to card {card}; remittance queries on {free}.",
        "Please pay the outstanding invoice by transfer to {iban}, quoting the sample reference.",
        "Our results portal moved to {ip4}; if it will not load, phone the client desk on {nat}.",
        "For the resample, {name} from our field team will call you from {mob}.",
        "Your consultant, {name}, asked to be copied; their direct line is {intl}.",
    ],
    "envmon": [
        "The logger at the bridge uploads to {ip4} every fifteen minutes; if the feed stops, call {mob}.",
        "Farmers who see a fish kill should ring the incident hotline on {free} straight away.",
        "Station access is arranged through the network coordinator ({nat}, {role}).",
        "The gateway's new address is {ip6}; the old IPv4 endpoint will be switched off.",
        "Our partner network in the neighbouring catchment can be reached on {intl}.",
    ],
    "courier": [
        "Driver {name} will collect the cool box at reception; he calls from {mob} when he is five "
        "minutes out.",
        "If the dry ice arrives sublimated, phone the depot on {nat} before signing.",
        "Booking changes go to {role} or to the night desk on {free}.",
        "The receiving lab abroad asked us to call {intl} once the shipment is handed over.",
        "Tracking updates are e-mailed from {role}; the account was paid with {card}.",
    ],
    "servicing": [
        "Engineer {name} ({mob}) replaced the rotor lid seal and will return for the annual inspection.",
        "To book the next visit, call the service centre on {free} or write to {role}.",
        "The autoclave's controller now reports to {ip4p}; our remote team checks it from {nat}.",
        "Parts were paid by card {card}; the balance is due to {iban}.",
        "Our head office is on {intl} if the local branch cannot help.",
    ],
    "citsci": [
        "Questions about your kit? Text {name} on {mob} – she answers most evenings.",
        "Upload your counts before Sunday; stuck with the app, ring our volunteer line {free}.",
        "Results from all the ponds are collected by {role}; the coordinator's number is {nat}.",
        "Groups abroad joining the survey can call our partner office on {intl}.",
        "Please write to {mail} if you want a new testing kit posted.",
    ],
}

NEG = {
    "schoollab": [
        "Make up the acid to {n:conc} and record the balance reading ({n:mass}) in the prep book.",
        "Pupils work at {n:pipette} with the micropipettes; the thermometers read {n:temp} in the "
        "water bath.",
        "The module sheet for {n:module_code} lists the practicals in the order we run them.",
        "Filter paper, fume cupboard and the spectroscope set to {n:wavelength} are ready in {n:room}.",
    ],
    "unilab": [
        "Spin the lysate at {n:rcf} for ten minutes, then store it at {n:freezer_pos}.",
        "The lab sheet for {n:reagent_lot} says it must be kept at {n:temp}.",
        "Your work is covered by ethics approval {n:ethics_ref} and funded under grant {n:grant}.",
        "Cite the method as doi {n:doi} and add your ORCID ({n:orcid}) to the submission.",
        "Last run {n:run_id} gave clean reads; the reference is {n:accession}.",
        "Soil cores were passed through a {n:sieve} sieve and the residue viewed at {n:magnification}.",
    ],
    "testlab": [
        "Sample {n:sample_id}: {n:conc}, {n:ph}, conductivity {n:conductivity}.",
        "Tested to {n:standard} under accreditation {n:accreditation}; lab received it with form "
        "{n:coc_form}.",
        "Peak at {n:retention} (m/z shown as {n:mz}) was below the reporting limit.",
        "Reagent {n:cas} from lot {n:reagent_lot} was used for the calibration, certificate {n:cal_cert}.",
        "Extract diluted {n:dilution} before measurement at {n:wavelength}.",
    ],
    "envmon": [
        "Station {n:station} logged {n:pm} at {n:logger_ts}.",
        "Flow at the weir was {n:flow}; the gauge sits at {n:coords}.",
        "Borehole sampled at {n:grid_ref}, water {n:temp}, {n:ph}, {n:conductivity}.",
        "Badge readings for the month stayed below {n:dose}.",
        "Salinity at the estuary mouth read {n:salinity} on the ebb tide.",
    ],
    "courier": [
        "Consignment marked {n:un_number}, air waybill {n:waybill}, chain-of-custody {n:coc_form}.",
        "The probe in the box logged {n:temp} at {n:logger_ts}.",
        "Tubes {n:well} of the plate travel in the second bag with sample {n:sample_id}.",
    ],
    "servicing": [
        "Centrifuge checked at {n:rpm}; imbalance trip tested, calibration certificate {n:cal_cert}.",
        "Face velocity measured to {n:standard}; readings filed against {n:room}.",
        "Balance verified with a {n:mass} check weight under {n:accreditation}.",
        "Pipettes in the {n:pipette} range were adjusted; see certificate {n:cal_cert}.",
    ],
    "citsci": [
        "A blackcap with ring {n:ring} was retrapped near {n:grid_ref}.",
        "Your stream reading came in at {n:conductivity} and {n:ph}; thanks for sending the photo.",
        "Nitrate strips showed {n:conc}; we plotted it at {n:coords}.",
        "The bat detector picked up calls at {n:retention} past sunset.",
    ],
}

# local (subscriber-only) numbers: {town}, {l1} and sometimes {l2}; region-specific where marked
LOCAL = {
    "US": [
        "If you're calling from inside {town}, the sample reception desk is just {l1}.",
        "Lab manager, {town} site: from a campus phone just dial {l1}, no area code.",
        "From any {town} landline the after-hours biosafety phone is {l1}; the loading dock is {l2}.",
        "{town} volunteers: the field office rings through on {l1} if you dial it locally.",
        "Need a pickup in {town}? Dial {l1} – you won't need the area code in town.",
        "The {town} water-testing lab asked us to print its local number, {l1}, on every kit.",
    ],
    "GB": [
        "Ringing from within {town}? The sample booking line is simply {l1}.",
        "{town} depot, local calls only: {l1}. The technical desk is {l2}.",
        "Once you're in {town}, leave off the dialling code – the prep room is on {l1}.",
        "Local number for the {town} survey group (from a {town} phone): {l1}",
        "The {town} engineers' office answers on {l1} to anyone dialling from the city.",
    ],
    "IN": [
        "For callers in {town}, the lab's reception can be reached on {l1} without the STD code.",
        "{town} collection centre (local landline): {l1}, evenings {l2}.",
        "Within {town} city limits just dial {l1} for the sample pickup desk.",
        "Our {town} branch of the testing lab answers on {l1} for local calls.",
    ],
}

LIST_HEADS = [
    "Numbers for the lab wall",
    "Who to call (lab)",
    "Field contacts",
    "Service contacts",
    "Sample logistics",
]
LIST_LABELS = [
    "Prep room",
    "Biosafety officer",
    "Stores",
    "Night security",
    "Courier desk",
    "Engineer on call",
    "Field coordinator",
    "Reception",
    "Volunteer line",
    "QA manager",
]
