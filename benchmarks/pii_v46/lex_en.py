"""English sentences for v46 (faith, family events, entertainment). Slots: {P} phone, {L} local number,
{T} town, {N:kind} hard negative, {E} e-mail, {C} card, {IBAN}, {IP}, {SSN}, {NAME} a person."""

G = {
    "parish": {
        "title": ["St Brendan's Parish Newsletter", "Grace Fellowship - This Week", "Holy Trinity Notices"],
        "phone": [
            "The parish office is staffed Tuesday to Friday mornings; ring {P} to book a Mass intention.",
            "Fr {NAME} is away on retreat, so for sick calls please use the deanery line, {P}.",
            "Anyone needing a lift to Sunday service can text our transport volunteers at {P}.",
        ],
        "neg": [
            "This Sunday's readings: {N:bible}; the choir leads {N:hymn} at the offertory.",
            "Responsorial psalm: {N:psalm}. Mass times this weekend: {N:masstimes}.",
            "Copies of baptism certificates take two weeks; quote {N:register} when you ask.",
        ],
    },
    "funeral": {
        "title": ["Funeral Notice", "In Loving Memory", "Celebration of Life"],
        "phone": [
            "Arrangements are in the care of {NAME} & Sons Funeral Directors, who can be reached on {P}.",
            "Family flowers only; donations and enquiries to the funeral home on {P}.",
            "For the livestream link, please call the chapel office at {P} before Thursday.",
        ],
        "neg": [
            "{NAME}, {N:lifespan}, peacefully at home, {N:aged}.",
            "Interment will follow at Woodlawn Cemetery, {N:plot}.",
            "The service begins at {N:clock} in the chapel; the cortège leaves from {N:gate}.",
        ],
    },
    "wedding": {
        "title": ["Together with their families", "You're invited!", "Christening of baby {NAME}"],
        "phone": [
            "RSVP by the end of May to {NAME} on {P} (calls or texts).",
            "Kindly reply to the best man, {P}, with any dietary needs.",
            "Questions on the day? The venue coordinator's mobile is {P}.",
        ],
        "neg": [
            "Your seats are at {N:table}; the couple's gift list is {N:giftlist}.",
            "We have planned for {N:guests}, so please let us know numbers early.",
            "The ceremony starts at {N:clock}, and the baby's godparents will read {N:bible}.",
        ],
    },
    "festival": {
        "title": [
            "Riverside Folk Festival - Programme",
            "Summer Proms in the Park",
            "Jazz Weekend Running Order",
        ],
        "phone": [
            "Lost property and first aid share one number on site: {P}.",
            "Traders wanting a pitch for next year should call the festival office on {P}.",
            "Accessible viewing platform bookings: {P}.",
        ],
        "neg": [
            "After the interval: {N:opus}, then {N:opus}.",
            "The headliners play {N:setlen}; their closing number runs {N:duration}.",
            "Gates open at {N:clock} and the arena holds {N:capacity}.",
        ],
    },
    "boxoffice": {
        "title": ["Box Office", "Your tickets are confirmed", "Booking summary"],
        "phone": [
            "Phone bookings open at 10am on {P}; lines are busiest in the first hour.",
            "If your e-tickets have not arrived, call the box office on {P} and quote your reference.",
            "Group sales (10 or more) are handled by a separate desk: {P}.",
        ],
        "neg": [
            "You are in {N:seat}; your booking reference is {N:bookref}.",
            "Tickets: {N:price}. Entry via {N:gate}.",
            "Scan this code at the door: {N:barcode}. Event code {N:eventcode}.",
        ],
    },
    "listings": {
        "title": ["What's On This Week", "Cinema Listings", "At the Playhouse"],
        "phone": [
            "Booking line for all screens: {P}.",
            "Audio-described performances can be reserved on {P}.",
            "For relaxed screenings call the front-of-house manager, {P}.",
        ],
        "neg": [
            "{N:screen}: the new thriller ({N:rating}, {N:runtime}), showing {N:showtimes}.",
            "Presented in {N:format}; doors 20 minutes before each show.",
            "Matinee at {N:clock}, {N:screen}, certificate {N:rating}.",
        ],
    },
    "radio": {
        "title": ["Drive-Time Phone-In - running order", "Friday Night Quiz - host script", "Request Hour"],
        "phone": [
            "HOST: Lines are open now - the number to call is {P}, that's {PR} - and we'll take the first "
            "three callers.",
            "HOST: Text your answer, A, B or C, to {P}; standard network rates apply.",
            "PRODUCER NOTE: studio hotline for the caller on hold is {P}.",
        ],
        "neg": [
            "HOST: You're listening on {N:frequency}. Coming up at {N:timecode}: the travel news.",
            "HOST: After round four, {N:quizscore} - still all to play for.",
            "HOST: That was track {N:sidetrack} from the 1974 pressing, catalogue {N:catalogue}.",
        ],
    },
    "raffle": {
        "title": ["Grand Summer Raffle", "Christmas Hamper Draw", "Charity Lottery Results"],
        "phone": [
            "Winners not present tonight will be phoned; unclaimed prizes, call {NAME} on {P}.",
            "To buy more books of tickets, ring the committee at {P}.",
        ],
        "neg": [
            "First prize goes to {N:raffle}; second prize, {N:raffle}.",
            "Draw {N:drawno}: the winning numbers were {N:lotto}.",
            "Tickets are {N:prizeprice}.",
        ],
    },
    "fanclub": {
        "title": ["Official Fan Club Newsletter", "Tribute Night - The Fab Fourever", "Members' Corner"],
        "phone": [
            "Meet-and-greet passes: call the fan club hotline, {P}, before the tour.",
            "Booking the band for your party? Our manager {NAME} answers on {P}.",
        ],
        "neg": [
            "Renewals: please quote {N:member}. The reissue is out on {N:catalogue}.",
            "We open with a {N:bpm} stomper and the {N:tour} set list.",
            "The single peaked at {N:chart}; the B-side runs {N:duration}.",
        ],
    },
    "venue": {
        "title": ["Function Room Hire", "Catering Quote", "Party Booking Confirmation"],
        "phone": [
            "To hold the date, call our events team on {P}; holds lapse after seven days.",
            "Any allergy changes must reach the kitchen by phone ({P}) ten days ahead.",
        ],
        "neg": [
            "The Garden Suite measures {N:roomsize} and seats {N:guests}.",
            "Menu B is priced at {N:perhead}.",
            "Access from {N:clock}; the DJ plays until {N:clock}.",
        ],
    },
    "sitter": {
        "title": ["Notes for the babysitter", "Pet-sitting instructions", "While we're away"],
        "phone": [
            "If anything worries you, call me first on {P}, then Grandma on {P}.",
            "Our vet is Dr {NAME}; the out-of-hours surgery is {P}.",
            "Neighbour with the spare key: {NAME}, {P}.",
        ],
        "neg": [
            "Biscuit's microchip is {N:microchip} in case she slips out.",
            "Medicine: {N:dose}. Bedtime is {N:clock}.",
            "We agreed {N:rate}, paid on Friday.",
        ],
    },
}

LOCAL = [
    "If you're calling from inside {T}, the number is simply {L}.",
    "{T} folk can ring the office on {L} - no code needed.",
    "Around {T}? Just dial {L} or, for the hall, {L}.",
    "Local line ({T} exchange): {L}.",
    "Callers in {T} reach us on {L}; from anywhere else add the area code.",
    "For the {T} branch dial {L} from any phone in town.",
]
LIST_HEAD = ["Who to call:", "Useful numbers", "Contacts for the day", "Phone list"]
LIST_LABELS = [
    "Office",
    "Stage manager",
    "Catering",
    "Chapel",
    "Ticket desk",
    "Lost & found",
    "Organist",
    "Minibus",
    "Caretaker",
    "Coordinator",
]
EMAIL = ["Write to us at {E}.", "Send photos for the next issue to {E}.", "RSVP by e-mail: {E}."]
CARD = [
    "Card used for the deposit: {C}, expiry 09/27.",
    "Please charge the balance to my card {C} (exp. 11/26, CVV sent separately).",
]
IBAN = ["Gifts may be sent to the couple's account, IBAN {IBAN}.", "Donations by transfer: {IBAN}."]
IP = ["Order placed online from {IP} at 10:02.", "Security log: login to your ticket account from {IP}."]
SSN = ["Prizes over $600 need a W-2G: winner's SSN {SSN}.", "Nanny payroll form - SSN: {SSN}."]
