"""English sentences for v105 (prison visits, probation, victim support, resettlement, youth offending
teams, prison chaplaincy). {P} national phone, {I} international, {O} toll-free/UAN, {L} local number,
{T} town, {N:kind} hard negative, {NAME} a person's name; PII slots {E} {e} {C} {B} {IP} {IPP} {IP6} {S}."""

GENRES = {
    "visits": {
        "titles": [
            "Visit booking confirmation",
            "Booking a social visit – what you need to know",
            "Family visits: changes from next month",
        ],
        "phone": [
            "If you need to cancel, phone the booking line on {P} at least 24 hours before the visit.",
            "The visits hall phone is staffed from 8.30am; ring {P} if you are running late and we will "
            "try to hold your table.",
            "Visitors coming from abroad can call {I} to arrange an extended visit.",
            "Lost your confirmation? The booking team will resend it – call {P} and have the prisoner's "
            "name ready.",
            "Assisted Prison Visits Scheme claims are handled nationally on {O}.",
        ],
        "neg": [
            "Your visit reference is {N:visit_ref}; the session runs {N:visit_slot}.",
            "Please bring photo ID. Your visitor ID on file is {N:visitor_id}.",
            "Leave coats and phones in locker {N:locker} – the key deposit is a £1 coin.",
            "Phone credit for PIN account {N:pin_credit} is added on Thursdays.",
            "The nearest stop is number {N:bus_stop}; the shuttle leaves the station at {N:visit_slot}.",
            "You are visiting prisoner {N:prisoner_no}, currently on wing {N:cell_loc}.",
        ],
    },
    "probation": {
        "titles": [
            "Appointment letter – Probation Service",
            "Your next supervision appointment",
            "Reporting instructions",
        ],
        "phone": [
            "If you cannot attend, you must phone your probation practitioner {NAME} on {P} before the "
            "appointment, not after.",
            "Out of hours, messages can be left on {P}; they are picked up the next working morning.",
            "Your unpaid work supervisor can be reached on {P} if the van pick-up changes.",
            "For questions about your licence conditions while you are abroad, the duty desk is on {I}.",
        ],
        "neg": [
            "Case reference (CRN) {N:crn}. Please quote it on every letter.",
            "Unpaid work completed so far: {N:unpaid_hours} hours.",
            "Your curfew remains {N:curfew} every night until the licence ends.",
            "Your tag ({N:tag_serial}) was fitted on Tuesday.",
            "Licence expiry date: {N:expiry_date}.",
            "You have attended {N:session_count} sessions of the Building Better Relationships course.",
            "PNC ID {N:pnc_id}; CRO {N:cro_no}.",
            "Risk of reoffending (OGRS, one and two years): {N:ogrs}.",
            "Your appointment is in interview room {N:room_no} on the second floor.",
            "Breach was considered under {N:statute}; no further action was taken.",
        ],
    },
    "victim": {
        "titles": ["Support after a crime", "Victim Contact Scheme – update", "Referral received"],
        "phone": [
            "Our support line is free and confidential: {O}, open day and night.",
            "Your caseworker {NAME} works Monday to Thursday and can be reached directly on {P}.",
            "If you feel unsafe at any point, call 999; for a chat about how you are coping, ring {P}.",
            "The Witness Service at the court can be contacted on {P} before your hearing date.",
            "You can also reach our partner service abroad on {I} if you are travelling.",
        ],
        "neg": [
            "The police crime reference is {N:crime_ref}.",
            "Your compensation claim is registered under {N:cica_ref}.",
            "The offender's licence conditions include an exclusion zone until {N:expiry_date}.",
            "We are a registered charity (number {N:charity_no}) and a company limited by guarantee "
            "({N:company_no}).",
            "The hearing is listed for {N:visit_slot} in court room {N:locker}.",
        ],
    },
    "resettle": {
        "titles": [
            "Through-the-gate resettlement plan",
            "Leaving prison: your first week",
            "Housing and benefits on release",
        ],
        "phone": [
            "On the day of release, ring your resettlement worker {NAME} on {P} once you are through the "
            "gate.",
            "The housing options team has a dedicated prison-leavers' line: {P}.",
            "If your bank account is not open yet, the Jobcentre can help – call {O}.",
            "Our mentor for the first month is {NAME}; save {P} in your phone before you leave.",
        ],
        "neg": [
            "Your discharge grant of £{N:grant} will be paid at reception.",
            "Housing application {N:housing_ref} is with the council.",
            "A bed is held for you at the approved premises (bed space {N:bed_space}).",
            "Property bag seal {N:seal_no} was checked on discharge.",
            "Your birth certificate was sent by recorded delivery, tracking {N:tracking}.",
            "The library is keeping ISBN {N:isbn} for you to collect at the hub.",
        ],
    },
    "yot": {
        "titles": [
            "Youth Justice Service – referral order",
            "Your panel meeting",
            "Youth offending team: parents' information",
        ],
        "phone": [
            "Parents and carers can call the duty worker on {P} between 9 and 5.",
            "If {NAME} cannot make the panel, please phone {P} as soon as possible so we can rearrange.",
            "The reparation project co-ordinator is on {P}.",
        ],
        "neg": [
            "The service works with young people aged {N:age_band}.",
            "The referral order has {N:session_count} contacts completed.",
            "Case number {N:cjsm_case} at the youth court.",
            "The panel meets in room {N:room_no} of the civic centre.",
        ],
    },
    "chaplaincy": {
        "titles": [
            "Chaplaincy news",
            "Multi-faith chaplaincy – weekly notices",
            "Letter from the chaplaincy team",
        ],
        "phone": [
            "Family members who need to pass on sad news can ring the chaplaincy office on {P}; please "
            "do not rely on letters.",
            "The Imam is in on Fridays; the Catholic chaplain {NAME} can be reached on {P}.",
            "Volunteers for the Sycamore Tree course should speak to the co-ordinator on {P}.",
            "Our partner church overseas sends greetings and can be reached on {I}.",
        ],
        "neg": [
            "Hymn books (ISBN {N:isbn}) are available on request.",
            "Friday prayers move to the multi-faith room {N:room_no}.",
            "Applications go through the kiosk; please quote your number {N:prisoner_no}.",
            "The Bible study group has completed {N:session_count} sessions.",
        ],
    },
}

US_GENRES = {
    "visits": {
        "titles": ["Inmate visitation schedule", "Video visitation and in-person visits"],
        "phone": [
            "To schedule or cancel a visit, call the visitation desk at {P} during business hours.",
            "Questions about the approved visitor list go to the records office at {P}.",
            "Inmate phone account support is available toll-free at {O}.",
        ],
        "neg": [
            "The inmate's federal register number is {N:bop_register}.",
            "Booking number {N:jaildate}; housing unit {N:cell_loc}.",
            "State DOC number {N:doc_id} must appear on all mail.",
        ],
    },
    "probation": {
        "titles": ["Reentry program intake", "Adult probation – reporting notice"],
        "phone": [
            "Report to your supervising officer {NAME}; if you will be late, call {P}.",
            "The reentry hotline at {O} can help with ID, housing and work.",
            "Treatment provider intake line: {P}.",
        ],
        "neg": [
            "Case {N:docket} remains under supervision.",
            "Community service hours completed: {N:unpaid_hours}.",
            "Your curfew is {N:curfew}, seven days a week.",
        ],
    },
}

PII = {
    "E": [
        "Booking requests can also be sent to {E}.",
        "Please e-mail {E} with any questions about your case.",
        "Referrals from other agencies go to {E}.",
    ],
    "e": ["You can write to your worker directly at {e}.", "{NAME}'s e-mail is {e}."],
    "C": [
        "Money sent to a prisoner was paid with the card {C}; the receipt is attached.",
        "The visitor paid for the canteen voucher with card number {C}.",
    ],
    "B": [
        "Donations to the family support fund: IBAN {B}.",
        "Compensation will be paid into the account {B}.",
    ],
    "IP": [
        "The video-visit session logged your connection from {IP}.",
        "If the booking page will not load, tell us the address it shows: {IP}.",
    ],
    "IPP": [
        "The kiosk in the reporting centre is on {IPP}.",
        "The visits hall tablet uses {IPP} on our network.",
    ],
    "IP6": ["Video calls were made from {IP6}.", "The secure portal recorded the login from {IP6}."],
    "S": [
        "For the state ID application we have the Social Security number {S} on file.",
        "The reentry benefits form lists SSN {S}.",
    ],
}

LOCAL = {
    "US": [
        "Family in {T}? The visitor center's local number is {L}.",
        "From anywhere in {T}, just dial {L} – no area code – for the probation front desk.",
        "{T} reporting office (local call): {L}. Weekend voicemail: {L}.",
        "We asked our {T} volunteers which number to print. 'Put {L},' they said, 'everyone here knows "
        "the area code.'",
        "Victim advocate, {T} office — local line {L}",
        "The reentry hub in {T} answers on {L} (local) and the housing navigator on {L}.",
    ],
    "GB": [
        "Ring the {T} probation office from a local phone on {L}.",
        "Calling from inside {T}? Drop the code and dial {L} for the visitors' centre.",
        "Victim Support in {T} (local calls): {L} – messages can also be left on {L}.",
        "The {T} hub is on {L} if you are ringing from a landline in the city.",
        "Our {T} resettlement shop:\ncity landlines dial {L}",
        "In {T}, the chaplaincy volunteers' line is {L}, no dialling code needed.",
    ],
    "IN": [
        "The legal aid clinic in {T} can be reached locally on {L}.",
        "From a {T} landline, dial {L} for the jail visit counter.",
        "{T} district probation officer (local): {L}.",
        "Within {T} city, the victim help desk answers on {L} and {L}.",
        "For families living in {T}, the welfare office's city number is {L}.",
    ],
}

HEADS = ["Numbers you may need", "Who to call", "Contacts for families", "Phone list"]
LABELS = [
    "Visits booking",
    "Probation duty desk",
    "Victim care",
    "Chaplaincy",
    "Housing team",
    "Family liaison",
    "Safer custody",
    "Resettlement hub",
]
