"""English sentences for senior-life documents; slots are filled by compose.py."""

TITLES = {
    "club": [
        "Silver Threads Club – spring newsletter",
        "Tuesday Club news",
        "Over-60s Rambling Group: dates for your diary",
        "Probus Club bulletin",
        "Retired Staff Association – members' letter",
    ],
    "pension": [
        "Your pension review appointment",
        "Notes from your retirement planning session",
        "Pension Wise follow-up",
        "Annuity quotation – summary",
        "Letter about your state pension forecast",
    ],
    "meals": [
        "Meals on Wheels – delivery schedule",
        "Hot meals service: your weekly round",
        "Lunch delivery: menu change notice",
        "Community meals – driver's run sheet",
    ],
    "hearing": [
        "Hearing care appointment confirmation",
        "Your new hearing aids – aftercare sheet",
        "Audiology clinic: results of your hearing test",
        "Hearing-aid repair receipt",
    ],
    "daycentre": [
        "Day centre programme for the week",
        "Elmfield Day Centre – what's on",
        "Day opportunities: transport and activities",
        "Memory café and day centre news",
    ],
    "sheltered": [
        "Notice to residents",
        "Sheltered housing – scheme manager's update",
        "Warden's note for Linden Court",
        "Retirement flats: fire alarm test and repairs",
    ],
}

BODY = {
    "club": [
        "Coach outing to the garden centre on the 14th – seats are filling up, so give {name} a ring on {P}.",
        "Anyone needing a lift to the quiz night can call our transport volunteer on {M}; "
        "he leaves at quarter past six.",
        "Last week's bingo calls were {n:bingo_calls} – no full house, so the jackpot rolls over.",
        "Congratulations to the winning pair at whist, {n:bridge_score} on the final board.",
        "Raffle tickets {n:raffle_range} were sold at the door; the draw is on Friday after tea.",
        "Walk leader's notes: {n:walk_stats} of ascent, start at grid reference {n:grid_ref}.",
        "Membership renewals are due; send questions to {E} or leave a note in the box by the hall door.",
        "Our treasurer will collect the {n:meal_price} lunch contribution at the door – cash or card.",
        "If the hall is locked, the caretaker's number is {P}.",
        "The committee thanks everyone who sang hymns {n:hymn_numbers} at the Harvest service.",
        "Overseas members who want to join the video tea can ring our secretary's daughter on {X}.",
        "The lunch club is free this month thanks to a grant; the freephone booking line is {F}.",
    ],
    "pension": [
        "Thank you for meeting our adviser. Your projected income is {n:pension_amount} a month before tax.",
        "Your current tax code is {n:tax_code}; if HMRC changes it, please let us know.",
        "Qualifying years on your record: {n:contribution_years}.",
        "The best annuity rate we found today was {n:annuity_rate}, guaranteed for 30 days.",
        "Your scheme contracted-out number is {n:scheme_ref}. "
        "Please quote it if you call the administrators.",
        "If you want to talk anything through before signing, ring me directly on {P}.",
        "The pensions helpline is free on {F}, weekdays between 8 and 6.",
        "Please send the signed form by e-mail to {E}.",
        "We will pay the tax-free lump sum into account {I} within five working days.",
        "Our adviser fee is paid by card; we will charge the card you gave us, {C}, as shown on the form.",
        "Date of birth on file: {n:birth_date}. Please tell us if this is wrong.",
        "For questions about your transfer from abroad, our partner office is reachable on {X}.",
    ],
    "meals": [
        "Your driver this week is {name}; if nobody answers the door she will try {P} before leaving.",
        "Round {n:delivery_window} – please leave the porch light on in winter.",
        "You asked for menu {n:menu_code}; we have noted the soft diet.",
        "The price per hot meal goes up to {n:meal_price} from next month.",
        "To cancel a meal, ring the kitchen on {P} by 10 o'clock the day before.",
        "Key safe at the side door, code {n:key_safe}; please tell us if it changes.",
        "The frozen meal order form can be sent to {E}.",
        "Questions about your bill? The council's free line is {F}.",
        "Your son asked to be called if there is a problem: {M}.",
        "Payment by card is now possible: the card on your account is {C}.",
    ],
    "hearing": [
        "Your test showed thresholds of {n:audiogram} in the right ear at 500, 1000, 2000 and 4000 Hz.",
        "Battery size {n:battery_size} – we posted a new pack today.",
        "We set your aids to programme {n:hearing_aid_programme} for the restaurant setting.",
        "If the aids whistle or stop working, ring the clinic on {P} and we will book a repair.",
        "Balance for the premium pair was taken from card {C}.",
        "Our hearing care assistant {name} can visit you at home; her mobile is {M}.",
        "You can also e-mail your questions to {E}.",
        "The app on your phone connects to the charger at {IPP} when you set it up at home.",
        "Free batteries are ordered on {F}.",
        "The next check is in six months; the clinic is open {n:opening_hours}.",
        "Your daughter in Canada asked us to copy her in; her number is {X}.",
    ],
    "daycentre": [
        "Monday: chair exercises, then lunch at {n:meal_price}. Tuesday: memory café.",
        "The minibus picks up from 9.15; if you will not be ready, call the driver on {M}.",
        "Please bring your bus pass ({n:bus_pass}) for the trip to the seaside.",
        "The nurse will check blood pressure on Thursday – last time yours was {n:blood_pressure}.",
        "Pulse and oxygen at the health morning: {n:pulse_spo2}.",
        "Families can ring the centre office on {P} between ten and three.",
        "The tablet class uses the centre's Wi-Fi; the printer is at {IPP} if you need it.",
        "Photos from the party are on the shared drive; the video link server is {IP4}.",
        "Send menu choices to {E} by Wednesday.",
        "The new reminiscence room has a smart screen at {IP6} – ask staff to switch it on.",
        "Our day centre manager {name} is on {P} if you want to visit before joining.",
    ],
    "sheltered": [
        "The fire alarm will be tested on Wednesday at 11. Please do not ring the emergency line.",
        "Flat {n:flat_block} has a new pull-cord; the engineer will call back next week.",
        "Heating in the lounge is now set to {n:room_temp}.",
        "Your council tax reference is {n:council_tax_ref} if the office asks for it.",
        "The scheme manager {name} is on {P} Monday to Friday.",
        "Out of hours, the careline answers on {F}.",
        "Repairs can be reported by e-mail to {E} – please give your flat number.",
        "Rent is collected by direct debit from {I}; tell us if your bank changes.",
        "The alarm hub in the office uses address {IPP}; please do not unplug it.",
        "Relatives abroad can reach the office on {X}.",
        "Hairdresser visits on Thursday – book with {name} on {M}.",
    ],
}

US_ONLY = {
    "pension": [
        "For the Social Security benefit estimate we used the number you gave us, {S}.",
        "Your Medicare card number is {n:medicare_mbi}; keep it with your supplement policy.",
    ],
    "hearing": ["Your insurer has your Medicare number as {n:medicare_mbi}."],
}
GB_ONLY = {
    "pension": ["Your National Insurance number is {n:ni_number}.", "Bank sort code on file: {n:sort_code}."],
    "hearing": ["NHS number {n:nhs_number} – we have sent the referral to your GP."],
    "daycentre": ["NHS number on the registration form: {n:nhs_number}."],
}
IN_ONLY = {
    "pension": ["Your Aadhaar number on the form is masked as {n:aadhaar_masked}."],
}

NEG_EXTRA = [
    "The postcode for the minibus driver is {n:postcode}.",
    "Please keep the pharmacy code {n:pzn} for your repeat order.",
    "Your weight at the health check was {n:weight_bmi} (BMI).",
    "Blood sugar this morning: {n:glucose}.",
    "Tablets: {n:dosage}, after meals.",
]

LOCAL = {
    "US": [
        "We're in {town}, so from a home phone here just dial {L}.",
        "{town} folks: the senior center front desk is {L}, the van scheduler {L}.",
        "Reservations (local {town} call): {L}",
        "Living in {town}? Our hearing center picks up at {L} – no area code needed in town.",
        "Question about your meals? In {town} it's a local call: {L}.",
        '"Just call {L}," she said, "everyone in {town} knows that number."',
        "Club secretary, {town} line:\n{L}",
        "Call {L} for rides – that's our {town} number, seven digits from a local landline.",
    ],
    "GB": [
        "Members living in {town} can ring the club room on {L} without the dialling code.",
        "For {town} residents: the lunch club kitchen is {L}, the driver's office {L}.",
        "{town} office (local rate from a {town} landline): {L}",
        "Ring us locally in {town} on {L} – we'll ring you back if it's busy.",
        "Our warden's office in {town}, just the last digits from a town phone: {L}.",
        "The {town} hearing clinic? From home, dial {L} and ask for the nurse.",
        "If you're ringing from a {town} number you only need {L}.",
    ],
}
LOCAL["IN"] = [
    "Pensioners in {town} can call the association office on {L}; no STD code from a city landline.",
    "{town} members – for the yoga morning ring {L}, for transport {L}.",
    "Senior citizens' helpdesk ({town}, local call): {L}",
    "Within {town} the hearing centre is simply {L}.",
    "Our {town} day care unit is on {L} if you are calling from the city.",
]

HEADS = [
    "Handy numbers to keep by the phone",
    "Numbers for the fridge door",
    "Who to call",
    "Club contacts",
    "If you need us",
]
LABELS = [
    "Warden",
    "Transport",
    "Kitchen",
    "Club secretary",
    "Chiropodist",
    "Hearing clinic",
    "Careline",
    "Pharmacy",
    "Minibus driver",
    "Treasurer",
    "Hairdresser",
    "GP surgery",
]
