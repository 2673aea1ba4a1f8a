"""English sentences for v61 (arts and culture genres), written fresh for this set."""

TITLES = {
    "theatre": [
        "Box office notice",
        "Front of house briefing",
        "Your tickets for tonight",
        "Understudy call sheet",
    ],
    "gallery": [
        "Exhibition loan memo",
        "Private view invitation",
        "Collection store note",
        "Gallery shop reorder",
    ],
    "musicschool": [
        "Lesson timetable",
        "Music school enrolment",
        "Exam entry confirmation",
        "Instrument hire",
    ],
    "choir": ["Choir newsletter", "Rehearsal reminder", "Concert dress and call times", "Tour to the coast"],
    "filmclub": ["Film club programme", "Projection room notes", "Screening booked", "Members' evening"],
    "festival": ["Festival box office", "Volunteer rota", "Wristband collection", "Weekend pass"],
}

POS = {
    "theatre": [
        (
            "Returns for the Saturday matinee are handled by the box office on {P}; seat {N:seat} is "
            "already held in your name."
        ),
        (
            "If the show is cancelled we refund to the card ending in the last four digits of {C}, "
            "usually within five working days."
        ),
        "Company manager {name} can be reached on {P} during the get-in.",
        "Access bookings (wheelchair spaces, captioned performances) go through {E} or the access line {P}.",
        (
            "The understudy for Lady Bracknell is on standby tonight, so please keep {X} switched on "
            "until the half."
        ),
        (
            "Group bookings of ten or more: ask for {name} at {E}; the running time is {N:running_time} "
            "with one interval."
        ),
        (
            "Before the guest director's fee is paid, payroll needs the W-9 with her SSN ({S}); ring "
            "them on {P}."
        ),
        "Lost property from the stalls is logged at stage door; ring {P} and quote booking {N:booking_ref}.",
    ],
    "gallery": [
        "The lender's courier, {name}, lands on Thursday and can be reached on {X}.",
        "Please send the condition report for accession {N:accession} to {EP} before the crate is opened.",
        (
            "Insurance is arranged through the registrar's office, {P}, at an agreed value of "
            "{N:insurance_value}."
        ),
        "The invoice for framing ({N:dimensions}) will be settled from {I}.",
        "The art handlers' van driver will call from {P} about twenty minutes out.",
        "RSVPs for the private view to {E}; late arrivals can ring the front desk on {P}.",
        "The lighting console in Gallery 3 picks up {IP} on the collection network.",
    ],
    "musicschool": [
        "To change a lesson slot, message the office on {P} no later than 48 hours ahead.",
        "Term fees can be paid by bank transfer to {I} quoting the pupil's member number {N:member_no}.",
        "Ms {name} teaches cello on Tuesdays in room {N:room}; her mobile is {P} for cancellations.",
        "Instrument hire deposit was taken from card {C}; it is released when the violin comes back.",
        "Grade 5 theory results will be emailed from {E}; questions to {EP}.",
        "The practice-room booking tablet is at {IP} on the school Wi-Fi.",
        "Free taster lessons: call {O} on weekdays.",
    ],
    "choir": [
        "Sectional rehearsal for tenors and basses moves to the church hall; {name} ({P}) has the key.",
        "Please learn bars {N:bars} of the Fauré by heart; the accompanist is happy to take calls on {P}.",
        "Subscriptions for the spring term go to {I}, reference SUBS plus your surname.",
        "If you can't make Sunday's call at 2 pm, text {name} on {X} so the seating plan can be redone.",
        "Concert tickets for family and friends can be ordered via {E}.",
        "The coach company for the tour wants a contact number for each voice part: sopranos {P}, altos {P}.",
    ],
    "filmclub": [
        "The distributor's booking office is on {P} if the DCP hasn't arrived by Wednesday.",
        "Key delivery messages (KDMs) come to {E}; the window for this print is {N:kdm_window}.",
        "Membership renewals can be paid by card ({C}) at the door or by transfer to {I}.",
        "Projectionist on duty: {name}, {P}. Reel changeover at {N:timecode}.",
        "The server in the booth answers on {IP}; leave the ingest running overnight.",
        "Questions about the season? Ring our volunteer coordinator on {X}.",
    ],
    "festival": [
        "Wristbands can be collected from the box office tent; lost bands are reissued on {P}.",
        "For accessible camping, call {O} or write to {E}.",
        "Stage manager {name} is on {X} from soundcheck until curfew.",
        "Your weekend pass was paid with {C}; the receipt number is {N:order_no}.",
        "Headliner fee paperwork: SSN {S} is on the W-9, and the tour accountant answers on {P}.",
        "Traders' pitch fees are due by transfer to {I}.",
        "The ticket scanners sync with the gate server at {IP}.",
        "Medical tent on {P}, site security on {P}.",
    ],
}

NEG = {
    "theatre": [
        "Your seats are {N:seat} and {N:seat}; doors open at {N:show_date_time}.",
        "Sound cue {N:cue} now fires on the blackout; LX cue {N:cue} moves to the curtain call.",
        "Running time {N:running_time} including interval; ticket price {N:price} each.",
        "Please keep gift voucher {N:voucher} safe, it is valid for twelve months.",
    ],
    "gallery": [
        "Work {N:accession}, oil on canvas, {N:dimensions}, edition {N:edition}.",
        "The loan agreement {N:loan_agreement} covers the period to {N:show_date_time}.",
        "Opening hours during the show: {N:opening_hours} daily; the catalogue is ISBN {N:isbn}.",
        (
            "Last year's retrospective drew {N:visitors} visitors; lot {N:lot_estimate} is the estimate "
            "we were given."
        ),
    ],
    "musicschool": [
        "Please bring the Bärenreiter edition, ISMN {N:ismn}, to the first lesson.",
        "Set pieces this term: {N:catalogue_work} and {N:catalogue_work}; practise at {N:metronome}.",
        "The school's Steinway, serial {N:piano_serial}, is tuned to {N:pitch}.",
        "Lessons take place in room {N:room}; your member number is {N:member_no}.",
    ],
    "choir": [
        "We start from letter {N:score_rehearsal_letter} and go through to bars {N:bars}.",
        "The concert is on {N:show_date_time}; the programme opens with {N:catalogue_work}.",
        "Tuning for the baroque set is {N:pitch}, so the organ will sound low.",
    ],
    "filmclub": [
        "Tonight's print: {N:aspect_fps}, running {N:running_time}, reel {N:reel}.",
        "The restoration is catalogued as {N:isan}; the soundtrack master is {N:audio_spec}.",
        "The KDM is valid {N:kdm_window}; please do not ingest before then.",
    ],
    "festival": [
        "Wristband {N:wristband} is linked to booking {N:booking_ref}.",
        "Main stage coordinates for taxis: {N:gps}. Gates open {N:opening_hours}.",
        "The compilation album has ISRC {N:isrc} on track one; barcode {N:ean_barcode}.",
        "Ticket {N:ticket_serial} was scanned at the north gate.",
    ],
}

# local announcements: {town}, {L}, {L2}
LOCAL = {
    "US": [
        "Box office, {town} (local callers drop the area code): {L}.",
        "Anyone in {town} can reach the ticket window at {L}; the stage door is {L2}.",
        "From a {town} landline the rehearsal studio is simply {L}.",
        "Our {town} gallery shop picks up on {L} — it's a local call for most of our members.",
        "Calling within {town}? The lesson line is {L}, and the instrument store answers on {L2}.",
        "Locals: {L} gets you the {town} concert hall ticket desk.",
        "The {town} film society phone (local) is {L}. Leave a message if nobody answers.",
    ],
    "GB": [
        "If you're ringing from inside {town} you only need {L} for the box office.",
        "{town} venue, local number: {L} (stage door {L2}).",
        "Choir secretary, {town} — dial {L} from any local landline.",
        "Ticket enquiries from {town} phones: {L}. The café takes calls on {L2}.",
        "The {town} studio is on {L} if you're calling locally.",
        "Local to {town}? Give the festival office a ring on {L}.",
    ],
    "IN": [
        "From a {town} landline, call the auditorium booking counter on {L}.",
        "Our {town} music academy office (local number): {L}; the hostel warden is on {L2}.",
        "Within {town} city, dial {L} for the gallery reception.",
        "{town} box office — local calls {L}.",
        "Residents of {town} can phone the dance school at {L} without the STD code.",
    ],
}

LIST_HEADS = ["Who to call", "Useful contacts", "On the night", "Phone list", "Contacts for the weekend"]
LABELS = [
    "Box office",
    "Stage door",
    "Front of house",
    "Duty manager",
    "Registrar",
    "Accompanist",
    "Projection booth",
    "Volunteer lead",
    "Site office",
    "Lost property",
]
