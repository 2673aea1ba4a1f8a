"""English sentences of v60 (universities and research), all written fresh for this set."""

TITLES = {
    "lab": [
        "Cryo-EM facility – booking notes",
        "Wet lab 2 induction, week 3",
        "Mass spec core: instrument status",
    ],
    "conf": [
        "Programme update – Annual Meeting on Soil Microbiomes",
        "Registration confirmed: Workshop on Sparse Inference",
        "Venue and travel information",
    ],
    "grant": [
        "Research Grants Office – award set-up",
        "Internal deadline reminder",
        "Budget query on your proposal",
    ],
    "union": [
        "Students' Union weekly bulletin",
        "Advice Centre drop-in changes",
        "Society treasurers – please read",
    ],
    "field": [
        "Field station arrival pack",
        "Boat and vehicle bookings, spring season",
        "Fieldwork risk assessment – contacts",
    ],
    "seminar": ["Departmental seminar this Thursday", "Seminar room swap", "Reading group moves online"],
    "viva": ["Arrangements for your viva voce", "PhD defence – logistics", "Examiners' travel and claims"],
    "visitor": [
        "Welcome, visiting researchers",
        "Your first week in the department",
        "Guest housing and campus card",
    ],
}

POS = {
    "lab": [
        "If the Titan Krios alarms outside staffed hours, phone the facility "
        "manager, {X}, on {P}; do not power-cycle anything yourself.",
        "The autoloader was serviced last week (service report "
        "{N:purchase_order}). Faults go to {E}, urgent ones to {P}.",
        "Please log every session against your cost centre {N:cost_centre}; "
        "the instrument PC sits at {IP} on the facility VLAN.",
        "Spill outside the fume hood? Evacuate, close the door and ring the "
        "safety officer on {M} before you clean anything.",
        "Samples for the −80 freezers must be labelled with the "
        "{N:sample_id} style of ID. Questions to {EP}.",
    ],
    "conf": [
        "Registration desk opens at 08:30 in the foyer of the Lister "
        "Building; lost badges can be reprinted, or call {P}.",
        "Your session is {N:session}, in the Marlowe Room. Speakers "
        "upload slides by 12:00 the day before to {E}.",
        "The conference fee of {N:fee} was charged to the card ending in your "
        "booking, full number on file {C}; contact us if that looks wrong.",
        "Poster {N:poster} is on board 14. If your flight changes, text the local organiser {X} at {M}.",
        "Conference Wi-Fi issues? The streaming server is {I4}; the AV team answers on {P} during sessions.",
        "Shuttle buses leave the hotel every 20 minutes; the coach company's hotline is {O}.",
    ],
    "grant": [
        "Your award (ref. {N:grant_ref}) has been set up; the "
        "post-award officer for your school is {X}, {P}.",
        "Reimbursement for the kick-off meeting will be paid to {B} within 30 days of the claim.",
        "The internal deadline is {N:deadline}; late drafts cannot be "
        "reviewed. Ring {P} if the portal rejects your upload.",
        "For the {N:call_id} call, send the draft budget of {N:budget} "
        "to {E} and copy in your head of department.",
        "Questions about the US sub-award payment: the stipend form needs "
        "the fellow's SSN ({S}) before funds are released.",
    ],
    "union": [
        "The Advice Centre is moving to the second floor of the Union; the drop-in line stays {P}.",
        "Society treasurers: grants up to £500 are paid to the society account, {B}. Receipts to {E}.",
        "Nightline is open 8pm–8am in term time on {O}, or message {E}.",
        "Lost your student card? Bring ID to reception or ring {P}; the "
        "replacement fee is taken from {C} only if you agree in writing.",
        "Elections officer {X} can be reached on {M} until nominations close.",
    ],
    "field": [
        "On arrival, collect the gate key from the warden ({X}), {M}. "
        "Mobile coverage stops at the second cattle grid.",
        "Boats may only leave the jetty with a shore contact: log your "
        "plan at {EP} and leave a number, ours is {P}.",
        "The weather station at {N:gps} uploads to {I4} every ten minutes; if it goes quiet, tell {E}.",
        "Vehicle bookings for transect {N:plot} run through the station office on {P}.",
    ],
    "seminar": [
        "This week {X} speaks on tropical cyclone intensification, Room "
        "{N:room}, {N:timeslot}. Hosting questions to {E}.",
        "The room has been swapped with the Clarke seminar room; the porters' lodge can help on {P}.",
        "Remote attendees: the stream runs on {I6}; if it drops, ring the AV desk on {P}.",
        "Speaker dinner at 19:30; please RSVP to {EP} or text {M}.",
    ],
    "viva": [
        "Your viva is booked for 14:00 in Room {N:room}. The "
        "Doctoral College contact on the day is {X}, {P}.",
        "The external examiner travels by train; taxi firm on standby: {O}.",
        "Examiners' fees are paid into {B} after the outcome form is signed.",
        "Please send the final thesis PDF (with your ORCID, {N:orcid}) "
        "to {E}; problems with the upload, ring {P}.",
    ],
    "visitor": [
        "Your host, {X}, will meet you at reception; if your train is late, text {M}.",
        "Guest housing is at 14 Mill Lane. The key safe code is sent the "
        "day before; the housing office answers on {P}.",
        "Campus card photos can be e-mailed to {E}. Library access "
        "uses shelfmark ranges such as {N:call_number}.",
        "The visitors' Wi-Fi hands out addresses from {IP}; printing problems go to {E} or {P}.",
    ],
}

NEG = {
    "lab": [
        "Centrifuge at {N:rcf} for ten minutes, then keep the pellet at {N:freezer}.",
        "Stock solutions are {N:concentration}; the laser line used for this assay is {N:wavelength}.",
        "Reagent CAS {N:cas} is now stored in cabinet B; check the inventory before ordering.",
    ],
    "conf": [
        "Abstract {N:paper_no} has been moved to session {N:session}.",
        "Proceedings will appear as ISBN {N:isbn}, and the journal special issue in ISSN {N:issn}.",
        "Seats are filling up: {N:headcount} registered for the hands-on tutorial so far.",
    ],
    "grant": [
        "The project is funded under grant {N:grant_ref} with a total of {N:budget}.",
        "Orders against {N:purchase_order} must be receipted before the year-end freeze.",
        "Ethics approval {N:ethics_ref} covers the interviews but not the follow-up survey.",
    ],
    "union": [
        "The module {N:course} ({N:ects}) clashes with the Thursday socials this term.",
        "Locker combination for the darkroom: {N:locker}.",
        "Scholarship applicants need a GPA of at least {N:gpa}.",
    ],
    "field": [
        "Ringing totals today: 42 birds, including {N:bird_ring} retrapped at the reedbed net.",
        "The upper hide sits at {N:elevation}; pressure fell to {N:pressure} overnight.",
        "Soil cores from {N:plot} are labelled {N:sample_id} and go in the cold room.",
    ],
    "seminar": [
        "Background reading: vol. {N:vol_issue}, pp. {N:pages}, and the preprint arXiv:{N:arxiv}.",
        "Slides and code are archived at {N:zenodo}.",
        "The headline effect held up in the replication ({N:p_value}), the speaker will argue.",
        "The talk draws on data from accession {N:accession} ({N:pmid}).",
    ],
    "viva": [
        "The thesis cites {N:doi} twice; the examiners asked for the page ranges.",
        "Corrections are due by {N:deadline}.",
        "Candidate number {N:student_id}; the viva is in Room {N:room}.",
    ],
    "visitor": [
        "Your access card number is {N:keycard}; it opens the lab corridor from 07:00.",
        "Visitors' matriculation number {N:matric} is only needed for the library.",
        "Training slot for the microscope: {N:timeslot}.",
    ],
}

LOCAL = {
    "US": [
        "Dialing from a campus phone in {T}? The grad school's front desk is {L}, no area code needed.",
        "Hosting speakers in {T}: reserve the faculty club at {L}, and the parking office at {L}.",
        '"Just call {L} — everyone in {T} knows that number," the department administrator told us.',
        "The lab manager's landline (local to {T}):\n{L}",
        "Anyone in town can reach the {T} field office at {L} (it's a local call from most of the county).",
        "Campus police non-emergency, {T} exchange: {L}.",
    ],
    "GB": [
        "The porters' lodge is on {L} if you're ringing from inside {T}.",
        "From a {T} landline, the college office is simply {L}; the bursary is {L}.",
        "Local to {T}? Book the seminar room on {L}.",
        'In her email the course administrator wrote: "ring me on {L}, I\'m in {T} all week".',
        "Department office – {T} number, local dialling:\n{L}",
        "If you live in {T}, the Union's housing team answers on {L} (no need for the code).",
    ],
    "IN": [
        "For callers within {T}, the institute's guest house reception is {L}.",
        "The hostel warden's office, {T} landline, local: {L}.",
        "Students in {T} can reach the placement cell directly on {L}, the accounts section on {L}.",
        '"Dial {L} from any phone in {T}," the registrar\'s circular says.',
    ],
}
