"""English cells (schools, childcare, tutoring). Slots: see compose.py."""

TITLES = {
    "letter": ["Letter to parents and carers", "Headteacher's Friday letter", "Note home from Class {cls}"],
    "trip": [
        "Trip consent form",
        "Residential visit: permission slip",
        "Day trip - please return by Wednesday",
    ],
    "pta": ["PTA committee minutes", "Friends of the School - meeting notes", "PTO board minutes (draft)"],
    "roster": ["Class {cls} contact list", "Parent phone tree", "Carpool roster"],
    "club": ["After-school clubs this term", "Chess club sign-up", "Wraparound care bookings"],
    "exam": [
        "Summer exam series: candidate information",
        "Exams office notice",
        "Access arrangements update",
    ],
    "nursery": ["Nursery settling-in notes", "Daycare enrollment packet", "Childminder agreement"],
    "tutor": ["Maths tutoring - terms", "Tutor profile", "Reading support sessions"],
    "bus": ["School transport update", "Bus pass renewal", "Route change from Monday"],
    "fees": ["Lunch account statement", "Fee reminder", "Dependent care claim checklist"],
}

POS = {
    "letter": [
        "If your child will be absent, please ring the attendance line on {P} before 8.45am.",
        "Questions about the new reading scheme can go to Mrs {sur} at {E}.",
        "The office mobile, {PM}, takes texts about lateness, not about lost property.",
        "We have had a few calls from relatives abroad; they can reach reception on {PI}.",
        "Free school meal queries are handled by the council's helpline, {PO}.",
        "The parent portal only accepts logins from the school address {IP} or your home Wi-Fi.",
        "Parents' evening slots open on Monday - book online or leave a message on {P}.",
    ],
    "trip": [
        "Emergency contact during the visit (please write clearly): {P}",
        "The group leader, {name}, will carry the trip mobile {PM} at all times.",
        "If the coach is delayed we will text from {PM}; do not call the school office.",
        "The centre's own number is {PI} should you need to reach staff directly.",
        "Your deposit was taken from card {C}; the balance is due after half term.",
        "Second emergency contact: {name}, {P}.",
    ],
    "pta": [
        "{name} agreed to be the contact for the bake sale; her number is {PM}.",
        "Treasurer reported the raffle float was paid into {IB}.",
        "Action: chair to e-mail {E} about the summer fair licence.",
        "Volunteers for the disco should text {PM} by Friday.",
        "The uniform exchange now has its own line, {P}, staffed on Tuesdays.",
    ],
    "roster": [
        "Please check your entry and tell {E} about any changes.",
        "Rota coordinator: {name} ({PM}).",
        "If you cannot drive on your day, swap directly and let {name} know on {P}.",
        "Numbers are shared for school matters only; please do not add them to group chats without asking.",
    ],
    "club": [
        "Club leader {name} can be reached on {PM} after 3pm.",
        "The robot kits pair with the laptop at {IP}, so bring nothing from home.",
        "Places are confirmed by e-mail from {E}; please do not reply to that address.",
        "Late pick-up from breakfast club: call {P} and we will keep your child inside.",
        "Last term the card {C} was charged twice for coding club; the refund went through on Monday.",
        "The coding kit connects to the school network at {IP}, so please do not bring home routers.",
    ],
    "exam": [
        "Candidates who are ill on the day must ring the exams office on {P} "
        "before the start of the session.",
        "Requests for a review of marking go to {E} by the published deadline.",
        "The board's centre support line is {PO}; candidates should not call it themselves.",
        "Out of hours, the exams officer's mobile is {PM}.",
        "Remote invigilation laptops are locked to {IP} during the session.",
    ],
    "nursery": [
        "If your child has a temperature, we will call the first number you gave us, {P}.",
        "Our room leader, {name}, answers the baby room phone on {P} during nap time too.",
        "Invoices are sent from {E}; direct debit is taken from {IB} on the first working day.",
        "For the sessions funded by the local authority, queries go to {PO}.",
        "Grandparents collecting on Thursdays: please confirm on {PM}.",
    ],
    "tutor": [
        "To book a trial lesson, message me on {PM} or write to {EP}.",
        "Sessions run online from my home study; my landline is {P} if the video drops.",
        "Fees are paid monthly in advance by transfer to {IB}.",
        "Parents abroad can reach me on {PI}; I reply within a day.",
        "The whiteboard app sometimes shows my server as {IP}; that is expected.",
        "Cancellations with less than 24 hours' notice are charged in full; text {PM}.",
    ],
    "bus": [
        "If the bus has not arrived ten minutes after the stated time, call the operator on {P}.",
        "Lost passes: report them to {E} and we will post a replacement.",
        "The driver's radio base can be reached on {P} in the mornings only.",
        "Free transport applications are handled by the council on {PO}.",
    ],
    "fees": [
        "You can top up by phone on {PO} or by card online.",
        "The card on file, {C}, will be charged on the 5th.",
        "Please pay the balance to {IB}, quoting your child's name.",
        "Accounts in arrears are reviewed by the bursar; call {P} to arrange a plan.",
        "For the dependent care form, our provider SSN is {S}; keep it with your tax papers.",
        "Statements are e-mailed from {E} every half term.",
    ],
}

NEG = {
    "letter": [
        "Attendance this half term stood at {N:attendance}; well done to Class {cls}.",
        "Term dates: {N:termdates}. School year groups move up on {N:date}.",
        "The book fair is in room {N:room}; the recommended title this week is ISBN {N:isbn}.",
        "Library books due back: look for shelf mark {N:dewey} and your card {N:libcard}.",
    ],
    "trip": [
        "Cost per pupil: {N:money}, payment reference {N:payref}.",
        "Walking route: {N:distance}. Meeting point {N:gps}.",
        "Coach booking {N:coachref}; party size {N:headcount} adults; ratio {N:ratio}.",
        "Return time {N:session}; uniform sizes for the team kit: {N:sizes}.",
    ],
    "pta": [
        "Item {N:agenda}: the motion to buy new playground markings was carried {N:votes}.",
        "Summer fair takings: {N:money}, booked to cost centre {N:costcentre}.",
        "Next meeting {N:date}, {N:session}, room {N:room}.",
    ],
    "roster": [
        "Group {N:classcode}, {N:headcount} children; lockers {N:locker} and up.",
        "Lunch ids start at {N:lunchid}; pupil numbers from {N:pupilno}.",
    ],
    "club": [
        "Chess club meets {N:session} in room {N:room}, fee {N:money} per term.",
        "Kit sizes available: {N:sizes}; ratio {N:ratio}.",
        "Packages: {N:package}; reference {N:payref}.",
    ],
    "exam": [
        "Candidate number {N:candno}, centre number {N:centre}, UCI {N:uci}.",
        "Paper {N:component} ({N:duration}); seat {N:seat}.",
        "Syllabus {N:syllabus}, qualification number {N:qan}; raw mark {N:marks}.",
        "Provisional boundaries: {N:boundaries}.",
    ],
    "nursery": [
        "Funded hours: {N:fundedhours} a year; Tax-Free Childcare reference {N:tfcref}.",
        "Ofsted registration {N:eyurn}; staff ratio {N:ratio}.",
        "Spare clothes please, size {N:sizes}; session {N:session}.",
    ],
    "tutor": [
        "Package: {N:package}; progress test {N:marks}, reading age {N:readage}.",
        "Grade average last term: {N:gpa}; next session {N:date}.",
    ],
    "bus": [
        "Route {N:busroute} now stops at stop {N:stopid}; journey {N:duration}.",
        "Morning pick-up {N:session}, school URN {N:urn}.",
    ],
    "fees": [
        "Balance {N:money}, reference {N:payref}, cost centre {N:costcentre}.",
        "Lunch id {N:lunchid}; establishment number {N:laestab}.",
    ],
}

LOCAL = [
    "Parents living in {town} can simply dial {L1} for the office - no area code needed.",
    "From a {town} landline, the absence line is {L1}; the kitchen is {L2}.",
    "Office (local calls, {town}):\n{L1}",
    "Ring {L1} if you're calling from within {town}.",
    "{town} families tell us the old number still gets used: "
    "the right one is now {L1}, and {L2} for the nursery.",
    "(Calling locally in {town}? Just {L1}.)",
    'Our receptionist always says it like this: "From anywhere in {town}, just {L1}."',
    "The {town} site keeps its own line: {L1} from a local phone.",
]

HEADS = [
    "Class contacts",
    "Phone tree",
    "Who to call on the day",
    "Trip day contacts",
    "Contacts for this club",
]
LABELS = [
    "School office",
    "Trip leader",
    "Deputy head",
    "Nurse",
    "Club leader",
    "Form tutor",
    "Site team",
    "Exams officer",
    "Driver",
    "Room leader",
]
SIGN = ["With thanks,\n{name}", "Kind regards,\n{name}, School Business Manager", "Best,\n{name}"]
CLASSES = ["3B", "Oak", "Willow", "5H", "R", "Year 2"]
