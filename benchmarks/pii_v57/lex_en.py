"""English sentences for v57 (civic life). Slots: {P} national phone, {M} mobile, {I} international,
{O} toll-free or shared-cost, {E} e-mail, {IP}, {CARD}, {IBAN}, {SSN}, {NAME}, {T} town, {N:kind}."""

TITLES = {
    "notice": ["Public notice", "NOTICE OF ROAD CLOSURE", "Town hall notice board", "Notice to residents"],
    "polling": [
        "Your poll card",
        "Polling station information",
        "Election day: where to vote",
        "Notice of situation of polling stations",
    ],
    "library": [
        "Central Library: reservation ready",
        "Library newsletter",
        "Overdue item reminder",
        "Branch library update",
    ],
    "waste": [
        "Bin collection changes",
        "Bulky waste booking confirmation",
        "Recycling centre notice",
        "Your new collection calendar",
    ],
    "minutes": [
        "Minutes of the Parish Council meeting",
        "Draft minutes: Planning Committee",
        "Council minutes (unconfirmed)",
    ],
    "parking": [
        "Residents' parking permit",
        "Penalty charge notice: appeal outcome",
        "Parking zone consultation",
    ],
    "planning": ["Planning application: neighbour notification", "Decision notice", "Building control visit"],
}

SENT = {
    "notice": [
        "The footpath between Mill Lane and the allotments will be closed from Monday for drainage works; "
        "questions go to the highways officer on {P}.",
        "A temporary traffic order (Resolution {N:resolution_no}) applies to the whole of Station Road.",
        "Residents who need access for a blue-badge vehicle should ring {P} at least two days ahead.",
        "Copies of the order can be inspected at the council offices, Room {N:room_number}, between "
        "{N:opening_hours} on weekdays.",
        "Objections must be made in writing or by e-mail to {E} no later than 21 days after this notice.",
        "The hall itself sits on parcel {N:parcel} and the works compound is registered under title "
        "{N:title_number}.",
        "If you are away and a neighbour is minding your post, they can reach the duty officer on {M}.",
        "Out of hours, emergencies on the highway are taken by the county control room, {O}.",
        "Signed on behalf of the council by {NAME}, Democratic Services.",
        "Estimated cost of the scheme: £{N:budget}, met from budget line {N:budget_line}.",
    ],
    "polling": [
        "Your polling station is St Anne's Church Hall; your polling district is {N:polling_district} and "
        "your elector number is {N:elector_number}.",
        "Polls are open {N:opening_hours} and again until 22:00 on the day; bring photo ID.",
        "If you have lost your poll card, the elections team can confirm your details on {P}.",
        "Postal vote queries: {E} or {P}, Monday to Friday.",
        "Accessible parking is available behind the hall; the nearest bus stop is stop {N:stop_id}.",
        "At the last borough election turnout was {N:turnout}.",
        "Candidates' agents who cannot find the count venue on the night should phone {NAME} on {M}.",
        "Votes cast for the three candidates at the previous by-election were {N:vote_tally}.",
        "Voters living abroad who registered for a proxy can call the team on {I}.",
        "Free help for voters with sight loss: {O}.",
    ],
    "library": [
        "The item you reserved, ISBN {N:isbn13}, is waiting at the counter for seven days.",
        "Your library card number ends in {N:library_barcode}; keep it handy when you phone {P}.",
        "Shelved at {N:dewey} in the local studies room.",
        "Back issues of the parish magazine (ISSN {N:issn}) are kept on microfiche.",
        "The branch opens {N:opening_hours} on Saturdays; the reading group meets on the second Thursday.",
        "To renew by phone, ring {P} and key in your PIN when asked.",
        "Overdue charges of £2.40 can be paid online by card, e.g. {CARD}, or at the desk.",
        "The public computers now join the library network at {IP}; printing costs 10p a page.",
        "For the home library service, contact {NAME} at {E} or on {M}.",
        "Older editions are listed under the old ISBN {N:isbn10}.",
    ],
    "waste": [
        "From next month your green bin will be emptied fortnightly; collection dates are "
        "{N:collection_dates}",
        "Your new bin is tagged {N:bin_tag}; please do not swap it with a neighbour's.",
        "Bulky waste collection booked for the property with UPRN {N:uprn}.",
        "Missed a collection? Report it before 4pm on {P} or e-mail {E}.",
        "The recycling centre handled {N:tonnage} of garden waste last year.",
        "Payment of £38.00 for the garden waste permit was taken from card {CARD}.",
        "The garden waste subscription renews by direct debit from {IBAN}.",
        "Crews cannot lift bins left on the verge at grid reference {N:grid_ref}; move them to the kerb.",
        "Assisted collections can be arranged by calling {P}.",
        "Fly-tipping can be reported round the clock on {O}.",
        "Our depot's water meter read {N:meter_reading} at the end of the quarter, well under last year.",
        "Homestead exemption form received; the SSN given for the owner, {SSN}, matched county records.",
    ],
    "minutes": [
        "Present: Cllr {NAME} (Chair) and six members; apologies were received from two members.",
        "Item {N:agenda_item}: the clerk reported that the bus shelter repairs cost £{N:budget}.",
        "RESOLVED (minute {N:resolution_no}) that the precept be set at the level proposed.",
        "The meeting ran {N:meeting_times}; the next meeting is in the pavilion, Room {N:room_number}.",
        "A resident asked that the clerk's number, {P}, be printed in the newsletter; agreed.",
        "Correspondence from the county on tender {N:tender_no} was noted.",
        "The clerk can be reached on {M} or at {E} between meetings.",
        "By-law {N:bylaw_no} on dog fouling was reviewed and left unchanged.",
        "The population estimate of {N:census} for the parish was noted.",
        "Members noted that the village hall booking line had moved to {P}.",
        "The clerk confirmed that cemetery plot {N:plot_ref} has been reserved for the Harland family.",
    ],
    "parking": [
        "Your residents' permit {N:permit_no} is valid for vehicle {N:plate} in zone C only.",
        "Penalty charge {N:pcn} has been cancelled following your appeal.",
        "If the vehicle has changed, ring the parking services team on {P} before you park.",
        "The permit fee was charged to {CARD}.",
        "Visitor vouchers can be ordered online or by calling {O}.",
        "For blue-badge enquiries e-mail {E}.",
        "Enforcement officers patrol between {N:opening_hours}.",
        "Permit holders on Elm Street (ZIP {N:zip4}) may also park in the library lot after 6pm.",
        "Consultation responses close on the 30th; ring {NAME} on {P} with any questions.",
    ],
    "planning": [
        "Application {N:planning_ref}: single-storey rear extension at the address shown.",
        "Site: UPRN {N:uprn}, OS grid reference {N:grid_ref}.",
        "Comments can be made online quoting the reference, or by phone to the case officer, {NAME}, on {P}.",
        "The building inspector will visit on Tuesday; if this is inconvenient call {M}.",
        "The decision was issued under delegated powers (case file {N:case_file}).",
        "Plans can be viewed at the civic centre, Room {N:room_number}.",
        "Planning fees paid by card {CARD} are not refundable once the application is validated.",
        "Agents based overseas may call the planning desk on {I}.",
        "Send any further drawings to {E}.",
    ],
}

# local numbers: {T} town, {L1} and {L2} subscriber numbers (same area code)
LOCAL = [
    "Library in {T}? From a landline in the {T} area, ring {L1} to renew; the children's library is {L2}.",
    "{T} residents can book a bulky collection by calling {L1} – there is no need to dial the area code "
    "if you are calling from town.",
    "Polling station enquiries ({T}, local call): {L1}",
    'The elections office told us: "Anyone in {T} can just dial {L1} and ask for the returning officer."',
    "Call {L1} (a local {T} number) and leave a message if the line is busy.",
    "Town hall switchboard for {T} callers:\n{L1}\nRecycling yard: {L2}",
    "If you live in {T}, the waste hotline is {L1}; the depot itself is on {L2}. Both are local numbers.",
    "Within {T}, the parish clerk answers on {L1} (no code needed).",
    "Council tax desk – {T} locals ring {L1}, everyone else needs the full number.",
    "Note from the clerk: when phoning from inside {T}, {L1} is enough.",
]
LOCAL_IN = [
    "Residents of {T} can call the ward office at {L1} without the STD code; the water complaint cell "
    "is {L2}.",
    "{T} municipal corporation, local line: {L1} (dial from any {T} landline).",
    "From within {T} city, dial {L1} for the property tax counter.",
]

LIST_HEADS = ["Council contacts", "Phone the council", "Who to call at the town hall", "Civic centre numbers"]
LABELS = [
    "Electoral services",
    "Waste and recycling",
    "Library renewals",
    "Parking services",
    "Planning desk",
    "Council tax",
    "Highways",
    "Registrar",
    "Housing repairs",
]
