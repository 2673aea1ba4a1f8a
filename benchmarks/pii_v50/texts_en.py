"""English sentences for pii_v50 (getting around)."""

G = {
    "taxi": (
        "NIGHT LINE CABS — licensed private hire, airport runs welcome",
        "Card machines in every car; tell the driver before you set off if you need a receipt.",
        "Pre-booked fares are fixed, so traffic on the ring road will not change the price.",
        "Wheelchair-accessible saloons must be booked at least two hours ahead.",
        "Please keep this card in your wallet — we are the cheapest firm after midnight.",
    ),
    "rental": (
        "Your car is reserved — pick-up details inside",
        "Bring the driving licence of every named driver and the card used to book.",
        "The car comes with a full tank; return it full or we charge the refuelling fee.",
        "Car-sharing members unlock the car with the app, no key handover needed.",
        "Drive safe, and thank you for renting with Kerbside Hire.",
    ),
    "driving": (
        "Lesson plan and timetable — Clearview School of Motoring",
        "Next week we practise roundabouts and bay parking on the industrial estate.",
        "Instructor note: check mirrors before signalling, not after. Much better on Tuesday.",
        "If you cancel with less than 48 hours' notice the lesson is charged in full.",
        "See you at the usual pick-up point by the library. — Dawn",
    ),
    "parking": (
        "RESIDENTS' PARKING — permit holders only beyond this point",
        "Vehicles without a valid permit on display will be issued a penalty charge.",
        "Sorry, I clipped your wing mirror while reversing out this morning — my fault entirely.",
        "The barrier lifts automatically for registered plates; visitors use the intercom.",
        "Thank you for keeping the access road clear.",
    ),
    "transit": (
        "Lost property — buses, trams and the river ferry",
        "Items handed in on our vehicles are kept at the depot for 28 days.",
        "Weekend timetable: route changes apply while the bridge is resurfaced.",
        "Please describe the item, the route and roughly when you travelled.",
        "We are sorry for any disruption to your journey.",
    ),
    "shuttle": (
        "Booking confirmed: airport shuttle and harbour ferry",
        "Your driver will wait in arrivals holding a sign with the lead passenger's name.",
        "Check-in for the foot-passenger ferry closes thirty minutes before departure.",
        "Oversized luggage such as surfboards or bike boxes must be declared in advance.",
        "Have a pleasant trip, and remember to keep this confirmation handy.",
    ),
    "bike": (
        "Spokes & Sprockets — repairs, servicing, secondhand bikes",
        "A standard service includes brakes, gears, chain clean and a safety check.",
        "Your repair ticket: rear wheel trued, new brake pads, inner tube replaced.",
        "The self-service repair stand by the canal has a pump and tools on cables.",
        "Ride safe — and bring the bike back in a month for a free gear tune.",
    ),
    "carpool": (
        "School-run rota — autumn term",
        "Each family drives one week in four; swaps are fine if you post them here first.",
        "Please have the kids at the gate by 8:15, the traffic on Mill Lane is awful.",
        "Booster seats stay in the car of whoever is driving that week.",
        "Thanks all — this rota has saved us all a lot of petrol!",
    ),
}
CONTACT = [
    "Bookings day and night: {p}",
    "Questions about your booking? Call us on {p}.",
    "Office (Mon–Sat, 7am–7pm): {p}",
]
MOBILE = [
    "Text your pick-up address to {p} and we'll text back the car's plate.",
    "Instructor's mobile (texts only while I'm not driving): {p}",
]
LANDLINE = ["Depot landline, calls only — it can't receive texts: {p}"]
ABROAD = ["Calling from outside the country? Use {p}.", "Overseas guests can reach the desk on {p}."]
SERVICE = ["Free breakdown assistance line: {p}", "Lost property helpline: {p}"]
EMAIL = [
    "Send your booking reference to {e} and we'll confirm by return.",
    "Questions about permits go to {e}.",
]
IBAN = "Your deposit is refunded by bank transfer to: {v}"
CARD = "Customer wrote in the booking notes: please charge card {v}, exp 09/27."
IP = ["App login flagged from an unfamiliar address: {v}", "Booking portal session opened from {v}."]
SSN = "Learner permit form: Social Security number {v} (required by the DMV)."
DIR_HEADS = ["Who to call:", "Numbers for the road:"]
ROLES = ["Airport desk", "Dispatch", "Depot", "Recovery truck", "Ferry terminal", "Workshop"]
NOPHONE = ["We do not take bookings by phone; please use the app.", "No phone bookings — online only."]
LOCAL = {
    "US": [
        "Stuck somewhere in {town}? From a local phone just punch in {n} and a cab is on the way.",
        "{town} riders: the lost-and-found window picks up at {n} (no area code needed in town).",
        "Calling from a {town} landline? Dial {n} for the carpool coordinator.",
    ],
    "GB": [
        "Minicab office — in {town} ring {n}, no need for the code.",
        "If you're calling from a {town} number, the car park office is simply {n}.",
        "Local bookings ({town} exchange): {n}",
    ],
    "IN": [
        "{town} city calls only: dial {n} for the driving school office.",
        "Inside {town}, cab control answers on {n} — add the STD code if calling from outside.",
        "Local line for {town} passengers: {n}",
    ],
}
