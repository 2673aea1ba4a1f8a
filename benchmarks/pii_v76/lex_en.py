"""English sentences (also the base of en_US, en_GB, en_IN, en_AU, en_IE documents)."""

GENRES = [
    "nursery",
    "childminder",
    "nanny",
    "toddler",
    "schoolrun",
    "forum",
    "aupair",
    "babysit",
    "wraparound",
]

TITLES = {
    "nursery": [
        "Settling-in pack: your first fortnight",
        "Nursery newsletter – spring term",
        "Message from the room leader",
        "Fees and funding update for parents",
    ],
    "childminder": [
        "Childminding agreement – summary of terms",
        "Note from your childminder",
        "Registered childminder: availability for September",
    ],
    "nanny": [
        "Nanny wanted – two days a week",
        "Nanny share: proposed arrangements",
        "Re: trial day on Thursday",
    ],
    "toddler": [
        "Stay & Play at St Aidan's hall",
        "Baby sensory group – new block",
        "Toddler group committee notes",
    ],
    "schoolrun": [
        "School-run rota (Years 1–3)",
        "Carpool shuffle for next week",
        "Re: who's doing Friday pick-up?",
    ],
    "forum": [
        "Posted in Childcare › Nurseries",
        "Thread: settling a clingy 2-year-old",
        "Re: anyone used a night nanny?",
    ],
    "aupair": [
        "Host family profile – matched candidates",
        "Au-pair placement confirmation",
        "Your au pair's arrival: practical notes",
    ],
    "babysit": [
        "Babysitting circle: tokens and bookings",
        "Sitter needed Saturday evening",
        "Notes for the babysitter",
    ],
    "wraparound": [
        "Breakfast and after-school club bookings",
        "Holiday club – summer weeks",
        "Wraparound care update",
    ],
}

BODY = {
    "nursery": [
        "If your little one is unwell, please ring the office on {P} before 9am so we can plan staffing.",
        "The Caterpillar room has its own mobile for daytime updates: {M} (texts are fine).",
        "Fees are due on the 1st; card payments can be taken over the phone, e.g. {C} – we never "
        "keep the long number.",
        "Direct debit details for fees: {B}, reference your child's first and last name.",
        "Our manager {NAME} is reachable at {E} or on {P}.",
        "The nursery's camera feed sits behind the parent app, which logs sign-ins from addresses "
        "such as {IP4}.",
        "Grandparents abroad can call us on {I} if they're collecting during the holidays.",
        "The free parent advice line on {O} is open weekdays.",
    ],
    "childminder": [
        "I work from home, so the best number for me is my mobile, {M}; I check messages at nap time.",
        "Invoices come from {EP} at the end of each month.",
        "My assistant {NAME} covers pick-ups on Wednesdays – her number is {M}.",
        "Please pay the retainer by bank transfer to {B} or by card ({C}).",
        "Emergency contact if you can't reach me: my husband on {P}.",
        "Should you need the local authority's early years team, they take calls on {O}.",
    ],
    "nanny": [
        "We're a relaxed family of four; text {M} with a little about yourself.",
        "Please send your CV and references to {EP}.",
        "Our agency contact is {NAME} ({E}, {P}).",
        "For payroll we'll need your details on the W-4; the one we have on file reads {S}, can you confirm?",
        "Wages go out every other Friday; let us know if {B} is still your account.",
        "If the baby monitor drops off Wi-Fi, it usually comes back on {IPP} – just restart the app.",
        "My husband travels a lot; his work mobile is {I}.",
    ],
    "toddler": [
        "Sessions cost £2 per family; bring a snack to share. Questions? Call {NAME} on {M}.",
        "The hall phone ({P}) only rings in the office, so please text instead.",
        "To join the WhatsApp group, message {M} with your child's first name.",
        "Bookings for the baby sensory block go through {E}.",
        "Parents struggling with feeding can ring the free helpline on {O}.",
    ],
    "schoolrun": [
        "Monday and Tuesday: {NAME} drives – mobile {M}.",
        "If you're running late for pick-up, call the school office on {P} first, then text the group.",
        "Anyone who can't do their day, swap directly and copy {EP} so we keep the rota straight.",
        "Thursday swim kit day: {NAME} has the spare car seat; her number is {M}.",
        "If neither of us picks up, my partner's on {I} (he's working in Europe this month).",
    ],
    "forum": [
        "We ended up ringing the nursery directly on {P} and they were lovely about a shorter first week.",
        "Don't post your number publicly – but fwiw the agency's line was {P} and they sorted a "
        "night nanny in two days.",
        "Mod note: account flagged, sign-in from {IP4} and {IP6} within an hour.",
        "PM me or email {EP} if you want the name of our childminder.",
        "The free parenting helpline ({O}) was honestly more helpful than the GP.",
    ],
    "aupair": [
        "Your agency coordinator is {NAME}; reach her on {P} or at {E}.",
        "Your au pair's mobile once she lands will be {I}; she'll switch to a local SIM after a week.",
        "The pocket money goes to {B} every Friday.",
        "Placement fee paid by card ending in the number on your receipt ({C}).",
        "Out-of-hours support for host families: {O}.",
        "Her new local number is {M} – please save it under 'Au pair'.",
    ],
    "babysit": [
        "We'll be at the restaurant all evening; my mobile is {M} and my husband's is {M}.",
        "If anything feels wrong, ring us first on {M}, then the neighbour at number 12 ({P}).",
        "Circle secretary {NAME} keeps the token spreadsheet – {EP}.",
        "Sitter fee can be sent by card link; last time it was charged to {C}.",
        "Out-of-hours NHS advice is 111; for non-urgent questions about the circle call {P}.",
    ],
    "wraparound": [
        "Breakfast club opens at 7:30; if you need to change a booking, call {P} or email {E}.",
        "Holiday club payments: {B} (reference: surname and week).",
        "Late pick-ups: ring the club mobile {M} – the landline isn't staffed after 5.",
        "The booking system blocks too many failed logins; yours came from {IP4}.",
        "For Tax-Free Childcare problems, the government line is {O}.",
    ],
}

NEGS = {
    "nursery": [
        "Ofsted URN {N:ofsted_urn}; last inspection graded Good.",
        "Your funding code {N:eligibility_code} was validated for this term.",
        "Core hours are {N:session_times}; the ratio in the baby room stays at {N:staff_ratio}.",
        "Monthly fee for three full days: {N:fee_amount}.",
        "Please pay via Tax-Free Childcare using reference {N:tfc_ref}.",
        "Room for ages {N:age_band} months; we'll need your child's date of birth ({N:child_dob}) "
        "on the form.",
        "Calpol given at 14:10: {N:dose}; temperature was {N:temperature}.",
        "Childcare vouchers: quote scheme reference {N:voucher_ref} on every payment.",
    ],
    "childminder": [
        "My DBS certificate number is {N:dbs_cert} and it's on the update service.",
        "Paediatric first aid renewed: certificate {N:first_aid_cert}.",
        "Hourly rate {N:hourly_rate}, minimum four hours.",
        "The gate keypad code is {N:door_code}; please don't share it.",
        "Registered with Ofsted, URN {N:ofsted_urn}, ages {N:age_band} months.",
    ],
    "nanny": [
        "Rate offered: {N:hourly_rate} gross, paid through a nanny payroll service.",
        "The car seat is an i-Size seat, approval {N:ece_approval}; the buggy's serial is {N:buggy_serial}.",
        "Baby drinks {N:feed_volume} per feed; birth weight was {N:birth_weight}.",
        "DBS {N:dbs_cert} (enhanced, child workforce).",
        "Nappies are size {N:nappy_pack} per box, in the hall cupboard.",
    ],
    "toddler": [
        "Raffle tickets {N:raffle_range} are still unsold.",
        "Story of the week: ISBN {N:isbn} – copies in the book box.",
        "Ages {N:age_band} months; sessions {N:session_times} on Tuesdays.",
        "Donated formula tins must be unopened (barcode {N:ean_barcode} is the one the food bank asks for).",
    ],
    "schoolrun": [
        "Gate code for the back car park: {N:door_code}.",
        "School year {N:school_year}: the rota restarts after half term.",
        "Dinner money: top up lunch account {N:lunch_account} before Monday.",
        "Booster seats only; ours is approval {N:ece_approval}.",
    ],
    "forum": [
        "DS was {N:birth_weight} at birth and sits on the {N:centile}th centile now, so no idea "
        "what size {N:nappy_pack} is meant to fit.",
        "Our nursery quoted {N:fee_amount} a month for four days. Is that normal?",
        "Fever of {N:temperature} last night, gave {N:dose}.",
        "Child benefit finally came through (ref {N:child_benefit_ref}) after 11 weeks.",
        "The monitor runs on {N:monitor_band}, so it shouldn't clash with the Wi-Fi.",
    ],
    "aupair": [
        "Application {N:au_pair_app} is complete; her DBS {N:dbs_cert} cleared last week.",
        "Pocket money: {N:hourly_rate} equivalent for 25 hours a week.",
        "First aid course booked, certificate will be {N:first_aid_cert}.",
    ],
    "babysit": [
        "Bedtime is 19:30; milk {N:feed_volume}, warmed.",
        "Alarm code {N:door_code}, front door only.",
        "Tokens used this month: 14 of 20; ISBN of the bedtime book he insists on: {N:isbn}.",
    ],
    "wraparound": [
        "Holiday club weeks for {N:school_year} are now open; sessions {N:session_times}.",
        "Please quote your Tax-Free Childcare reference ({N:tfc_ref}) on bookings.",
        "Fees this term: {N:fee_amount}, payable in three instalments.",
        "Childcare voucher ref {N:voucher_ref} has been added to your account.",
    ],
}

# local-number announcements; {TOWN} the town, {L}/{L2} subscriber parts
LOCAL = [
    "Calling from a landline in {TOWN}? You only need {L} for the nursery office.",
    "{TOWN} parents: our front desk is {L}, no area code from a local phone.",
    "Nursery office (within {TOWN}, dial as written): {L}",
    "Since we're all in {TOWN}, the after-school club's number is just {L}; the cook takes calls on {L2}.",
    "From home in {TOWN} the childminding network answers on {L} – leave a message if nobody picks up.",
    "In {TOWN}, ring the toddler group hall on {L} (Tuesday mornings only).",
    "Local line for {TOWN} families – {L}. Out of area? Add the code.",
    '"Just dial {L} from any {TOWN} landline," the room leader said at the open day.',
    "The {TOWN} office phone, for those of us on the town exchange, is {L}; the kitchen is {L2}.",
    "Reminder for {TOWN} households: the holiday club's landline is {L}.",
    "Any {TOWN} number can reach the crèche on {L} without the prefix.",
    "She said to call her house directly – {L} – since we're both in {TOWN}.",
    "Au-pair support ({TOWN} office, local calls): {L}",
    "For the school-run lot living in {TOWN}: the school's attendance line is {L}, reception {L2}.",
]

LIST_HEADS = [
    "Numbers for the fridge",
    "Emergency pick-up contacts",
    "Who to call",
    "Handy numbers",
    "Contacts for the sitter",
]
LIST_LABELS = [
    "Mum (mobile)",
    "Dad (work)",
    "Grandma",
    "Nursery office",
    "Childminder",
    "Neighbour",
    "GP surgery",
    "Au pair",
    "Breakfast club",
    "Aunt Sue",
]
ORGS = ["Little Acorns", "Bumblebees Day Nursery", "Treetops Childcare", "Rainbow Cubs", "Busy Bees Club"]
EMAIL_ROLES = ["office", "bookings", "admin", "hello", "manager", "fees", "families"]
