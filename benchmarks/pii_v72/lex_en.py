"""English sentences for v72 (security and facilities); written fresh for this set."""

HEADS = {
    "guard": ["Night shift handover", "Static guarding: occurrence report", "Mobile patrol summary"],
    "alarm": [
        "Intruder alarm service visit",
        "Alarm monitoring – keyholder update",
        "Signalling fault notice",
    ],
    "locksmith": ["Locksmith call-out invoice", "Lock change quotation", "Emergency entry job sheet"],
    "facility": [
        "Facilities helpdesk – reactive job",
        "Planned maintenance notice",
        "Building services update",
    ],
    "cleaning": ["Cleaning contract – site schedule", "Deep clean proposal", "Janitorial service note"],
    "cctv": ["CCTV installation handover", "Camera maintenance report", "Footage request response"],
    "access": ["Access control change request", "Door entry system notes", "Badge office bulletin"],
    "firesafety": [
        "Weekly fire alarm test record",
        "Fire door inspection summary",
        "Sprinkler and alarm PPM",
    ],
}

BODY = {
    "guard": [
        "Officer {name} took over at 19:00; patrol rounds logged at {n:patrol_times}.",
        "SIA licence {n:sia_licence} checked at the gate and recorded in the daily occurrence book.",
        "Shift pattern stays {n:shift} until the loading bay works finish; "
        "visitor passes {n:badge_range} issued.",
        "Incident raised with the police, reference {n:police_urn}; the contractor van was gone by 02:10.",
        "Site code {n:site_code} – fence line walked twice, one floodlight out near gate 3.",
    ],
    "alarm": [
        "The panel (serial {n:panel_serial}) logged {n:alarm_zone_event} at 03:12 and restored itself.",
        "Your monitoring account at the receiving centre is {n:arc_account}; "
        "please quote it when you set the system.",
        "Police response was withdrawn after the third false alarm, log {n:cad_log}.",
        "Engineer replaced the standby battery and re-walked every detector; site {n:site_code}.",
        "Keyholder list confirmed; the set/unset report shows {n:patrol_times} as the last three events.",
    ],
    "locksmith": [
        "Fitted a euro cylinder, {n:cylinder}, keyed to master suite {n:master_key}.",
        "Three keys cut to number {n:key_number}; the restricted profile needs the card to order more.",
        "Non-destructive entry, 25 minutes on site, job {n:work_order}.",
        "Invoice follows under job {n:work_order}; old cylinders left with reception.",
    ],
    "facility": [
        "Reactive job {n:work_order} has been assigned to the mechanical team for tomorrow.",
        "Planned task {n:ppm_task} covers the AHU filters ({n:filter_size}) on level 4.",
        "The sub-meter read {n:meter_reading} this morning, so the chiller is back within its band.",
        "Purchase order {n:po_number} is raised; lift {n:lift_no} stays out of service until Friday.",
        "Room {n:room_no} has a ceiling leak; buckets are down and the area is taped off.",
        "Water meter {n:water_meter} was read by the landlord's agent; the figure is on the portal.",
    ],
    "cleaning": [
        "Daily clean covers {n:floor_area} across the ground and first floor.",
        "Floor cleaner is dosed at {n:dilution}; batch {n:chem_lot} is recorded on the COSHH sheet.",
        "Washrooms are checked hourly between {n:shift}, with sign-off sheets on each door.",
        "Window cleaning moves to the second Tuesday; meeting room {n:room_no} needs a carpet shampoo.",
    ],
    "cctv": [
        "Recorder fitted with {n:nvr_storage}; retention is set to {n:retention} as agreed with your DPO.",
        "Each camera streams at {n:cam_bitrate} through the {n:poe_budget} PoE switch.",
        "The car-park dome uses a {n:lens} varifocal lens, refocused after the branch was cut back.",
        "Requested footage starts {n:footage_stamp}; the clip is held under reference {n:crime_ref}.",
    ],
    "access": [
        "New card UID {n:keycard_uid} added to the Level 2 group; old fob revoked.",
        "Reader on the east door reports facility/card {n:wiegand}, which is not enrolled.",
        "Contractor badges {n:badge_range} expire at the end of the month.",
        "Door controller for room {n:room_no} is back on the network after the power cut.",
        "Side gate keypad is {n:gate_code} for the cleaning crew until Friday, then it changes.",
    ],
    "firesafety": [
        "Call point {n:loop_address} was activated for this week's test; sounders heard in all areas.",
        "Extinguisher {n:extinguisher} discharged and replaced; tag updated.",
        "Fire door to stair B does not self-close; logged as {n:work_order}.",
        "Detector at loop address {n:loop_address} reported dirty; replacement ordered on PO {n:po_number}.",
    ],
}

CALL = [
    "If anything looks wrong overnight, the control room is staffed on {nat}.",
    "Questions about this visit? Ring our service desk on {nat} or write to {email}.",
    "Out of hours, the duty supervisor carries the on-call mobile: {mob}.",
    "For our head office abroad, call {intl}.",
    "Free helpline for alarm activations: {oth}.",
    "{name} will confirm the start date; reach them on {mob} or {email}.",
    "Please report faults to {email}, or by phone on {nat} if it's urgent.",
    "Our European monitoring partner answers on {intl} around the clock.",
    "Billing queries go to {oth} (free from landlines).",
    "Lost keys or a lock-out? Phone {nat} – the van is usually with you within the hour.",
]

LOCAL = [
    "{town} branch, local callers –\n{loc}",
    "Our {town} depot is a short call away: {loc}. Out of hours, {loc2}.",
    "For the {town} site, just dial {loc} from any landline in town.",
    "The guard house ({town} number, no area code needed) is {loc}.",
    "The officer told us: \"If you're in {town}, ring {loc} and you'll get the desk straight away.\"",
    "Callers in {town} reach the keyholding team on {loc} – the area code only matters from outside.",
    "{loc} is the {town} control room's local line; the alarm desk is {loc2}.",
    "(From a {town} phone: {loc}.)",
    "Local to {town}? The locksmith counter answers on {loc}.",
    "Cleaning supervisor, {town} office – dial {loc} when calling within the city.",
]

SSN = [
    "Vetting form for the new officer: SSN {ssn}, background check pending.",
    "Payroll needs the guard's social security number ({ssn}) before the first shift.",
]
CARD = [
    "Call-out fee taken on card {card}.",
    "Deposit for the new cylinders charged to {card}.",
]
IBAN = ["Monthly monitoring fee by direct debit from {iban}.", "Please pay the invoice to {iban}."]
IP = [
    "The recorder's web page is at {ipp}; remote viewing goes through {ip}.",
    "Access controller reachable on {ipp}; the cloud relay uses {ip6}.",
    "Alarm IP communicator reports from {ip} to the receiving centre.",
]

LIST_HEADS = ["Who to call", "Site contacts", "Key numbers for this building", "Emergency and service lines"]
LABELS = [
    "Control room",
    "Night supervisor",
    "Alarm engineer",
    "Locksmith",
    "Facilities helpdesk",
    "Cleaning manager",
    "CCTV support",
    "Reception",
    "Keyholder 1",
    "Keyholder 2",
]
