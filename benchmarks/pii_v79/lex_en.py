"""English text of the v79 set (music): titles, genre sentences, contact sentences, local announcements.

Slots: {P} national phone, {M} national mobile, {I} own number written internationally, {X} a foreign
number written internationally, {O} toll-free / shared-cost number, {E} personal e-mail, {R} role e-mail,
{C} card, {B} IBAN, {A} public IPv4, {Ap} private IPv4, {A6} IPv6, {S} US SSN, {N:kind} hard negative,
{NAME} a person, {T} the town, {L} a subscriber-only number in that town.
"""

TITLES = {
    "choir": [
        "Rehearsal notes \u2013 Tuesday chorus",
        "Choir newsletter, spring term",
        "Audition call: tenors wanted",
    ],
    "lessons": [
        "Lesson confirmation",
        "Studio policy for piano students",
        "Term letter from your violin teacher",
    ],
    "studio": ["Session booking confirmation", "Mix notes, round two", "Studio B: handover sheet"],
    "luthier": [
        "Workshop ticket \u2013 instrument repair",
        "Bow rehair and setup receipt",
        "Repair estimate",
    ],
    "gig": [
        "Gig confirmation",
        "Booking enquiry \u2013 wedding reception",
        "Advance sheet for Friday's show",
    ],
    "orchestra": ["Orchestra bulletin", "Sectional schedule, second violins", "Concert day logistics"],
}

BODY = {
    "choir": [
        "We start with {N:hymn} and then run the Bruckner motet from bar {N:bars}.",
        "Voice count this week is {N:voices}, so altos please bring a friend.",
        "Sopranos, the pitch for the unaccompanied piece is {N:tuning}; please hum it on the way in.",
        "The tune we sing on Sunday is in {N:meter}, so the third line goes to the descant.",
        "Robes are in cupboard {N:scene} in the vestry; wash instructions are pinned to the door.",
        "If you can't make Thursday, text our section leader {NAME} on {M}.",
        "Concert tickets are going fast: the box office number is {P}.",
        "Questions about music folders go to {R}; {NAME} keeps the master list.",
        "The parish office can take messages on {P} between nine and noon.",
        "Subs for the tour (coach and two nights) can be paid by card, {C}, or by bank transfer.",
        "Please pay the term subscription to {B} with your surname as the reference.",
        "Our accompanist {NAME} has moved; her new mobile is {M} and e-mail {E}.",
    ],
    "lessons": [
        "Your slot is {N:stagetimes} on Wednesdays, starting with scales and then the {N:bwv}.",
        "Please practise the study at {N:tempo} before pushing it up to performance speed.",
        "For the exam, your candidate number is {N:candidate}; arrive twenty minutes early.",
        "The metronome setting for the first page is {N:bpm}, no faster.",
        "The riff is {N:tab}, and the opening chord shape is {N:chordshape}.",
        "The term fee is {N:fee} for ten half-hour lessons.",
        "If you're ill, let me know before 8 a.m. on {M} and we'll reschedule.",
        "Fees go to {B}; a receipt will follow by e-mail from {E}.",
        "The card on file, {C}, will be charged on the first of each month.",
        "Parents can reach the music school office on {P}.",
        "Grade books are on order from the shop on {P}; ask for {NAME}.",
        "For the summer intensive, send your repertoire list to {R}.",
        "Your rental cello is on agreement {N:rental}; the insurance covers accidental damage.",
    ],
    "studio": [
        "We tracked at {N:samplerate} and the rough mix is printed to {N:takefile}.",
        "Drum overdubs run from {N:position} to the end of the bridge.",
        "The streaming master sits at {N:lufs}, which is where you asked it.",
        "Song two is in {N:timesig}, so the click needs an accent on every beat one.",
        "ISRC for the single is {N:isrc}; the B-side has not been registered yet.",
        "Publishing is filed under ISWC {N:iswc}, writer IPI {N:ipi}.",
        "The hit point for the film cue is {N:smpte}, so the brass swell has to land there.",
        "Keys: send {N:midicc} on the second chorus to switch to the pad.",
        "The vocal chain starts at {N:impedance} into the preamp; we kept the same settings as last time.",
        "Stems are on the NAS at {Ap}; guests can use the wi-fi but not the patch bay.",
        "The remote session came in from {A}, so the engineer whitelisted it on the firewall.",
        "Our storage box also answers on {A6} when the IPv4 side is down.",
        "For late changes, call the control room on {P}; {NAME} is on the desk until midnight.",
        "The deposit was taken from {C}; the balance is due on delivery of masters.",
        "Please settle the invoice to {B} within fourteen days.",
        "Mastering queries go to {R}, and artwork to {E}.",
        "Our producer is travelling next week, but you can reach him on {X}.",
    ],
    "luthier": [
        "New strings fitted ({N:gauge}) and the action lowered at the twelfth fret.",
        "Scale length measured at {N:scale}; the nut slots were cut for the heavier set.",
        "Please keep the guitar at {N:humidity} over winter or the top will sink again.",
        "Intonation was out by {N:pitchcents} on the G string and is now corrected.",
        "The bridge pickup was rewired; output impedance reads {N:impedance}.",
        "Your viola is ready for collection; we'll ring you on {M} the day before.",
        "For warranty claims call the maker's helpline on {O}.",
        "The estimate came to {N:fee}; a deposit was charged to {C}.",
        "Workshop phone: {P}. We don't answer while the glue is out, so leave a message.",
        "Photos of the crack were sent to {E}.",
        "Parts were ordered from our supplier abroad; their service desk is on {X}.",
        "Send any questions about the rehair to {R}.",
    ],
    "gig": [
        "Load-in at 16:00, set times {N:stagetimes}, curfew strict.",
        "Your booking reference is {N:bookref}; quote it on the invoice.",
        "Stage plot attached: channels {N:channels} go to the stage box on the left.",
        "In-ears run on {N:wireless}; please check your packs before soundcheck.",
        "The agreed fee is {N:fee} including travel, payable on the night.",
        "Front-of-house limit is {N:spl} measured at the desk.",
        "Set list goes {N:nashville} in the chart for the opener, so horns enter on the turnaround.",
        "Day-of-show contact is our tour manager {NAME}, mobile {M}.",
        "The venue's production office is on {P}; ask for the stage manager.",
        "Send the rider and the input list to {R} by Tuesday.",
        "The booking deposit was paid by card {C}.",
        "Invoice to the promoter, bank details {B}.",
        "The couple's wedding planner is {NAME} ({E}).",
        "If the van breaks down, ring the hire company's 24-hour line on {O}.",
        "The festival's artist liaison in Rotterdam is on {X}.",
    ],
    "orchestra": [
        "First rehearsal is {N:opus} with seating {N:seats} reserved for the families.",
        "Second violins: the sectional covers bars {N:bars}, with bowings marked in pencil.",
        "Parts are from the library, shelf mark {N:shelfmark}; return them unmarked.",
        "Tuning is to {N:tuning} for the period-instrument half.",
        "The premiere has work number {N:workno} with the collecting society.",
        "The recording will go out on {N:catno} later in the year.",
        "The concert barcode for press copies is {N:upc}.",
        "If you're stuck in traffic, call the orchestra manager on {M}.",
        "The stage door is staffed from five; its number is {P}.",
        "Fees for extras are paid to {B} after the last performance.",
        "Questions about the tour to {R}; travel bookings come from {E}.",
        "Subscribers can renew on {O}, free from a landline.",
    ],
}

CONTACT = [
    "If you need anything else, ring {P}.",
    "My mobile is {M}, best after six.",
    "From abroad, dial {I}.",
    "Our booking line is {O} (free of charge).",
    "Drop us a line at {R}.",
    "Cheers, {NAME} \u2013 {M}",
]

US_ONLY = [
    "For payroll we need your W-4 and Social Security number ({S}) before the first paid service.",
    "The tax form you returned shows SSN {S}; please confirm it is correct.",
]

LIST_HEADS = ["Contacts for the day", "Who's who", "Numbers to keep", "Production contacts", "Call sheet"]
LIST_LABELS = [
    "Stage manager",
    "Box office",
    "Librarian",
    "Front of house",
    "Tour manager",
    "Piano tuner",
    "Choir secretary",
    "Studio desk",
    "Workshop",
    "Backline hire",
    "Promoter",
]

# local announcements; every one names its town {T} and carries {L} (and maybe {L2})
LOCAL = {
    "US": [
        "If you're in {T}, the rehearsal hall's number is just {L}.",
        "{T} folks can call the music store at {L} \u2013 no area code from a local phone.",
        "Around {T}, ring {L} for the studio; the late-night line is {L2}.",
        "Lessons in {T}: call {L} (local calls only, we don't answer long distance after 5).",
        "The {T} chapter of the guild meets monthly; members dial {L} for the phone tree.",
        "Within {T} city limits, the band's booking phone is {L}.",
        "We're a {T} outfit, so locally it's {L} for bookings and {L2} for the rental desk.",
        "\u201cCall the shop at {L},\u201d he said, "
        "\u201cthat's the {T} number, you won't need the code.\u201d",
    ],
    "GB": [
        "Ringing from {T}? The choir's secretary is on {L}.",
        "Local callers in {T} can reach the practice rooms on {L}.",
        "The {T} branch of the music service: {L} (drop the code if you're in town).",
        "For piano tuning around {T}, just dial {L}; for the workshop, {L2}.",
        "In {T} it's {L} for the box office, no dialling code needed.",
        "Our {T} studio picks up on {L} \u2013 that's the local number.",
        "Gig enquiries ({T}, local): {L}",
        "The orchestra's {T} office said to call {L} from any phone in the city.",
    ],
    "IN": [
        "Students in {T} can call the academy on {L} without the STD code.",
        "The {T} music shop answers on {L}; the repair counter is {L2}.",
        "For tabla and sitar classes in {T}, dial {L} from a city landline.",
        "{T} local number for the sabha office: {L}.",
        "Calling within {T}? The studio is on {L}.",
        "Our {T} auditorium booking desk is reachable on {L} (local).",
    ],
}
