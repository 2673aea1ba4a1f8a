"""English text for v64: charities and volunteering. Slots: {p} phone, {town}, {a}/{b} local numbers,
{e} e-mail, {c} card, {i} IBAN, {ip} IP, {s} SSN, {v} hard-negative value, {name} a person."""

GENRES = {
    "foodbank": {
        "titles": [
            "Food bank – Saturday distribution notes",
            "Pantry update for volunteers",
            "Donation drop-off reminder",
        ],
        "lines": [
            "We ran out of tinned tomatoes by eleven, so please prioritise those "
            "at the supermarket collection.",
            "Parcels for families of four or more now include nappies if they ask for them.",
            "The chest freezer in the back room is being serviced, "
            "so frozen goods go to the church hall for now.",
            "Please don't leave bags at the door overnight; foxes got into two of them last week.",
        ],
        "phone": [
            "If a client turns up without a referral, ring {name} on {p} before turning anyone away.",
            "Van driver this week is {name} – text {p} when the pallets are ready at the cash and carry.",
            "Supermarket collection point queries go to {p}, not to the office line.",
            "Anyone who can help sort the harvest festival donations, give {name} a call on {p}.",
        ],
    },
    "shelter": {
        "titles": ["Night shelter rota – week 14", "Winter shelter handover", "Hostel volunteer briefing"],
        "lines": [
            "Doors open at 7pm; guests need to be in by 10pm unless they've arranged otherwise with staff.",
            "Clean bedding is in the blue cupboard. Used sheets go in the red bags, not the bins.",
            "Breakfast is cereal and toast only this week because the cooker hood is broken.",
            "Please log any incidents in the book by the kettle, however minor.",
        ],
        "phone": [
            "The on-call coordinator tonight is {name}, reachable on {p} until 8am.",
            "If a guest needs medical help that isn't an emergency, the outreach nurse picks up on {p}.",
            "Overflow beds at the partner hostel can be checked by phoning {p} after 6pm.",
            "{name} is doing the late shift and asked that swaps be arranged via {p}.",
        ],
    },
    "mutualaid": {
        "titles": [
            "Street mutual aid group – pinned message",
            "Neighbourhood help list",
            "Mutual aid: prescription runs",
        ],
        "lines": [
            "We now have eleven drivers for prescription pick-ups, which covers most of the estate.",
            "Please don't post people's door numbers in the group chat; message the admins instead.",
            "The shared shopping fund is topped up; receipts go in the envelope at the corner shop.",
            "Dog walking requests have doubled since the snow, so any spare hands are welcome.",
        ],
        "phone": [
            "Need a lift to a hospital appointment? Leave a message for {name} on {p}.",
            "For shopping drops on the north side, {name} coordinates from {p}.",
            "Anyone isolating who hasn't got a smartphone can just ring {p} and we'll sort it.",
            "Spare coats and blankets: {name} will collect if you call {p} the day before.",
        ],
    },
    "blooddrive": {
        "titles": [
            "Community blood drive – donor information",
            "Blood donation session at the sports club",
            "Blood drive volunteers wanted",
        ],
        "lines": [
            "Eat a proper meal and drink plenty of water before you come in.",
            "Bring photo ID; first-time donors should allow about an hour in total.",
            "Volunteers on the refreshment table hand out biscuits and keep an eye on people after donating.",
            "If you've had a tattoo in the last four months, please wait until your next session.",
        ],
        "phone": [
            "To book a slot or move an appointment, phone the session team on {p}.",
            "Feeling unwell after donating? Call the donor care line on {p}, day or night.",
            "{name} is running the refreshment table and can be reached on {p} on the day.",
            "Groups of five or more from one workplace should book through {p}.",
        ],
    },
    "rescue": {
        "titles": [
            "Animal rescue – foster update",
            "Dog rescue adoption day",
            "Cat rescue: trapping schedule",
        ],
        "lines": [
            "Biscuit has settled well and is now happy on a lead, though still nervous around bikes.",
            "All kittens are flea-treated and wormed; the first vaccinations are booked for next week.",
            "Please keep new arrivals separate from resident pets for at least ten days.",
            "Home checks are done by two volunteers and usually take about forty minutes.",
        ],
        "phone": [
            "Found a stray? Don't chase it – call our rescue line on {p} and send a photo if you can.",
            "Foster carers with questions about medication can ring {name} on {p}.",
            "The adoption team is on {p} Tuesday to Saturday, mornings only.",
            "Transport volunteers for the vet runs: {name} sorts the rota from {p}.",
        ],
    },
    "fundraiser": {
        "titles": [
            "Charity quiz night – organiser notes",
            "Sponsored walk: final details",
            "Bake sale and raffle plan",
        ],
        "lines": [
            "Tables of six are £30, and the bar is run by the club so we keep the ticket money.",
            "Raffle prizes so far: a hamper, two restaurant vouchers and a signed rugby shirt.",
            "The route follows the canal path, so wear proper shoes if it has been raining.",
            "Cakes need an ingredients label for allergens; blank labels are in the box by the door.",
        ],
        "phone": [
            "For team entries and sponsorship forms, ring {name} on {p}.",
            "Marshals should keep {p} saved; that's the phone at the finish tent.",
            "If you can donate a raffle prize, {name} is collecting them – {p}.",
            "Ticket sales at the door are handled by {name}, who can hold tables if you text {p}.",
        ],
    },
    "volunteer": {
        "titles": [
            "Welcome to the volunteer team",
            "Volunteer induction checklist",
            "New volunteer onboarding",
        ],
        "lines": [
            "Your first session will be shadowing an experienced volunteer; "
            "there's no need to prepare anything.",
            "We ask for a minimum of two shifts a month, but any time you can give is appreciated.",
            "Expenses for travel are paid monthly; keep your bus tickets or note your mileage.",
            "Safeguarding training is online and takes about ninety minutes.",
        ],
        "phone": [
            "If you can't make a shift, let your team lead {name} know on {p} as early as possible.",
            "The volunteer manager is {name}; her direct line is {p}.",
            "Any questions about your induction can go to {p} during office hours.",
            "Lost your lanyard? Reception on {p} will print a new one.",
        ],
    },
}

# local numbers announced: before, after, on the line above, in a remark, in speech
LOCAL = [
    "From any landline in {town} you only need {a} to reach the pantry desk.",
    "Ring {a} if you're calling from a {town} phone – no code needed.",
    "{town} residents (local call, no area code):\n{a}",
    "Our {town} hall phone is {a}; the kitchen extension on the same exchange is {b}.",
    '"Just dial {a} from home," {name} told the new {town} drivers, "it\'s a local number."',
    "Calling within {town}? The shelter desk answers on {a} and the night warden on {b}.",
    "Local line for {town} households: {a} (dial as written from a landline in town).",
    "For {town} donors: the clinic phone is {a} – it's a local call from anywhere in the city.",
    "The {town} sorting room has its own phone, {a}, which only works as a local call without the code.",
    "(Rescue van, {town}: ring {a} from a local phone.)",
    "Tell your neighbours in {town}: no code, just {a}.",
    "{a} – that's the church hall in {town}, if you dial from a local landline.",
]

LOCAL_IN = [
    "Within {town}, the relief camp office can be reached on {a}, without the STD code.",
    "{town} volunteers: landline {a} (local call) or the store room on {b}.",
    "Dial {a} from any {town} landline for the blood bank counter.",
    '"Call {a}, it\'s a local {town} number," the coordinator said at the meeting.',
    "Langar seva, {town} – local phone:\n{a}",
    "If you are calling from inside {town}, {a} is enough to reach the shelter kitchen.",
]

INTL = [
    "Our partner charity abroad, run by {name}, can be phoned on {p}.",
    "Volunteers travelling with the aid convoy should keep {p} for the coordinator overseas.",
    "The sister shelter in Europe has asked us to share their number: {p}.",
    "Donors outside the country can call {p} to set up a gift.",
]

OTHER = [
    "The free donor helpline is {p}.",
    "Free call for anyone who needs a food parcel: {p}.",
    "For debt advice, the partner charity's free line is {p}.",
    "The national volunteering line on {p} costs nothing from a landline.",
]

EMAIL = [
    "Send your availability to {e} by Thursday.",
    "Photos from the day can be emailed to {e}.",
    "Gift Aid forms go to {e}, not the general inbox.",
    "If you'd rather write, {name} is at {e}.",
]
CARD = [
    "A donor emailed their full card number, {c}, by mistake – please delete it from the shared folder.",
    "Card donation declined for {c}; please ask the donor to check the expiry date.",
    "The card on the fundraising page, {c}, was charged twice and needs one refund.",
]
IBAN = [
    "Monthly gifts by standing order go to {i}.",
    "Please refund the ticket money to the donor's account {i}.",
    "Reimbursed volunteer expenses were paid from {i}.",
]
IP = [
    "The donation kiosk at the entrance is at {ip} on the hall Wi-Fi.",
    "The volunteer portal log shows repeated failed logins from {ip}.",
    "Set the label printer in the pantry to {ip} if it drops off again.",
    "The booking page was scraped from {ip} last night, so we blocked it.",
]
SSN = [
    "Background check form for {name}: SSN {s}, signed and dated.",
    "The volunteer driver's SSN on the insurance form reads {s}.",
]

NEG = {
    "charity_ew": ["Registered charity no. {v}.", "Charity number {v} must appear on every poster."],
    "charity_sc": ["Scottish charity {v} is our partner for the Glasgow route."],
    "ein": ["Our EIN, {v}, goes on every donation receipt for tax purposes."],
    "donation_total_en": [
        "The quiz night raised {v} after costs.",
        "Running total on the thermometer board: {v}.",
    ],
    "donor_id": ["Donor reference {v} asked to remain anonymous."],
    "food_weight": ["The school collection came to {v}, mostly pasta and rice."],
    "blood_unit": ["Unit number {v} was set aside because the bag leaked."],
    "hemoglobin": ["Finger-prick result {v}, so she was fine to donate."],
    "microchip": ["Microchip {v} is registered to the previous owner, so we've asked for a transfer."],
    "kennel": ["Pepper is in kennel {v} while the paint dries."],
    "rabies_tag": ["Rabies tag {v} was still on the collar when he came in."],
    "referral_code": ["Referral voucher {v} had expired, so we issued an emergency parcel."],
    "ean13": ["Barcode {v} keeps scanning as dog food – it's actually baby formula."],
    "best_before": ["Anything with a best-before of {v} or earlier goes out first."],
    "occupancy": ["Beds taken last night: {v}."],
    "raffle_range": ["Tickets {v} were sold at the door and the rest online."],
    "bib": ["Runner {v} finished first in the fancy-dress category."],
    "dbs_cert": ["DBS certificate {v} was checked and copied for the file."],
    "shift": ["The morning shift runs {v} with a tea break halfway."],
    "gps": ["Meeting point for the litter pick: {v} (the car park by the lock)."],
    "plate": ["The rescue van, reg {v}, is back from its MOT."],
    "animal_weight": ["Bruno was {v} at intake and needs to put on weight."],
    "vaccine_lot": ["Vaccine batch {v} was used for the whole litter."],
    "grant_ref": ["Grant {v} covers the new freezer and two months of van fuel."],
    "cheque": ["Cheque no. {v} from the rotary club has cleared."],
    "isbn": ["Someone donated thirty copies of ISBN {v}; they're on the bookstall for 50p."],
    "companies_house": ["The trading arm is company no. {v}."],
    "tracking": ["The donated tents are on their way, tracking {v}."],
    "bin_location": ["Sanitary products are now in bay {v} of the warehouse."],
    "hours_total": ["Volunteers gave {v} this year across all projects."],
    "meals": ["Meals served since January: {v}."],
    "blood_pressure": ["His reading was {v}, so he was asked to come back another day."],
    "fridge_temp": ["Fridge log at close: {v}."],
}

LIST_HEADS = ["Contacts for the day", "Rota phone list", "Who's on call", "Numbers to keep handy"]
LABELS = [
    "Warehouse",
    "Night warden",
    "Van driver",
    "Coordinator",
    "Vet on call",
    "Kitchen",
    "First aid",
    "Treasurer",
]
