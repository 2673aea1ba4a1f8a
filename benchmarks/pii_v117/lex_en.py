"""English cells of v117: relay, interpreter, mobility, taxi, advocacy, loan (all written fresh)."""

GENRES = {
    "relay": {
        "titles": [
            "Using the text relay service",
            "Video relay: getting set up",
            "Relay call log query",
            "Captioned telephone - your questions answered",
        ],
        "pos": [
            "If the captions lag behind the caller, hang up and redial through the relay on {P}; the next "
            "available assistant will pick it up.",
            "Hearing callers who want to reach you can dial {P} and ask the relay assistant to connect them.",
            "Your videophone should register automatically; if it does not, enter the server address {A} "
            "by hand under Network settings.",
            "For help with the app itself, message {E} or call our voice line on {F}.",
            "{name} from the relay team left a note: the captioned handset is ready, and the installer will "
            "ring you from {M} before arriving.",
            "Deaf customers travelling abroad can still reach the service through {I}.",
            "Your SSI appeal mentioned a relay call; please confirm the caller's SSN, {S}, only over the "
            "secure "
            "video line, never by text.",
        ],
        "neg": [
            "The call you asked about has reference {N:relay_call_id}; it was handled by assistant "
            "{N:ca_number}.",
            "Older TTYs still talk at {N:tty_baud}, so leave the modem setting alone.",
            "Live captions ran at roughly {N:caption_rate} during the test, well within the target.",
            "A one-time code ({N:sms_code}) has been sent to confirm your new relay account.",
        ],
    },
    "interpreter": {
        "titles": [
            "Interpreter booking confirmed",
            "BSL interpreter request",
            "Your ASL booking",
            "Change to your interpreter appointment",
        ],
        "pos": [
            "{name} will interpret at your hospital appointment; if she is running late she will text you "
            "from {M}.",
            "To cancel with less than 48 hours' notice, ring the bookings desk on {P}, not the office line.",
            "Send the agenda and any slides to {E} so the interpreters can prepare.",
            "Our freelance co-worker is based in Dublin and can be reached at {I}.",
            "The interpreting fee will be charged to the card you gave us, {C}, unless "
            "you tell us otherwise.",
            "Our remote interpreting platform only accepts calls from the hospital network address {A}.",
            "Remote interpreting runs over the link we send you; if the picture freezes, call {P} and we "
            "switch you to a backup interpreter.",
        ],
        "neg": [
            "Booking reference {N:interp_booking}, {N:appointment_date}, {N:time_window}.",
            "Please meet the interpreter in room {N:room_number}, on the step-free side of the building.",
            "The venue's hearing loop meets {N:standard_ref}; ask at reception for a receiver.",
            "Your Access to Work grant ({N:grant_ref}) covers this session in full.",
        ],
    },
    "mobility": {
        "titles": [
            "Wheelchair service report",
            "Scooter hire agreement",
            "Repair of your power chair",
            "Mobility aid delivery note",
        ],
        "pos": [
            "Our engineer {name} will call from {M} about half an hour before the visit.",
            "If the chair fails again outside office hours, use the breakdown line on {F}.",
            "The refundable deposit for the scooter was charged to {C}.",
            "Monthly hire payments will be collected by direct debit from {B}.",
            "Questions about the quote can go to {E} or to the workshop on {P}.",
            "The manufacturer's technical desk in Germany is on {I} if parts are held up.",
        ],
        "neg": [
            "Seat width {N:door_clearance} will not fit; we measured your hallway at {N:turning_radius} "
            "turning "
            "space.",
            "Batteries fitted: {N:battery_spec}; top speed limited to {N:scooter_speed}.",
            "Max. user weight {N:max_user_weight}. Tyres inflated to {N:tyre_pressure}.",
            "Product code {N:hcpcs}, ISO 9999 class {N:iso9999}, UDI {N:udi_di}.",
        ],
    },
    "taxi": {
        "titles": [
            "Accessible taxi booking",
            "Paratransit trip confirmation",
            "Wheelchair taxi: your ride",
            "Dial-a-ride registration",
        ],
        "pos": [
            "Your driver today is {name}; the vehicle has a rear ramp, and dispatch can be reached on {P}.",
            "To book a return trip, call {P} at least one day ahead or email {E}.",
            "If the vehicle has not arrived ten minutes after the window, ring the late-ride line on {F}.",
            "The fare will be charged to {C} when the trip ends.",
            "The dispatch tablets in each van report to {A}; give that address to the council's IT team.",
            "Drivers can text you on arrival if you give them a mobile number, such as {M}.",
        ],
        "neg": [
            "Trip {N:trip_id}, vehicle {N:fleet_number}, registration {N:plate}.",
            "Pick-up window {N:time_window}; estimated fare {N:fare}.",
            "Your eligibility number is {N:paratransit_id}; quote it on every booking.",
            "The driver will wait at the drop kerb, {N:route_length} from the main entrance.",
            "The lift on this vehicle takes a platform of {N:platform_size}.",
        ],
    },
    "advocacy": {
        "titles": [
            "Members' newsletter",
            "Advocacy group meeting notes",
            "Open letter to the council",
            "Peer support evening",
        ],
        "pos": [
            "Anyone who needs help filling in a benefits form can ring our volunteer {name} on {M}.",
            "Donations keep the helpline running; our account is {B}.",
            "The campaign inbox is {E}; please put your town in the subject line.",
            "For an advocate at a tribunal hearing, call the casework line on {P}.",
            "Our sister group abroad is on {I} and happy to share their toolkit.",
            "The captioned webinar will be streamed from {A} for members who cannot use the usual link.",
            "The free information line {F} is staffed by disabled volunteers on weekdays.",
        ],
        "neg": [
            "The tribunal has listed the appeal as {N:tribunal_ref}; the hearing room is step-free.",
            "Membership number {N:member_number} entitles you to the reduced conference rate.",
            "The new guide on accessible websites walks through criterion {N:wcag_criterion} with examples.",
            "Our report is out in large print and Braille (ISBN {N:isbn}).",
            "The accessible car park is at {N:gps_coords}.",
        ],
    },
    "loan": {
        "titles": [
            "Assistive technology loan agreement",
            "Equipment library: item due back",
            "Your trial of a communication aid",
            "Loan of hearing equipment",
        ],
        "pos": [
            "Please return the device within four weeks; to extend the loan, call {P}.",
            "The communication aid syncs its vocabulary to {A} each night while on the clinic Wi-Fi.",
            "Speech and language therapist {name} will phone from {M} to arrange the first session.",
            "If anything breaks, email {E} with a photo before sending it back.",
            "A refundable deposit was taken from {C}.",
        ],
        "neg": [
            "Item: FM system, channel {N:fm_frequency}; receiver programme {N:program_slot}.",
            "Audiogram shows {N:hearing_threshold} at the higher frequencies.",
            "Funding for the trial: {N:funding_share} from the local authority; weekly allowance "
            "{N:benefit_amount}.",
            "Braille display catalogue number {N:pzn}.",
        ],
    },
}

LOCAL = {
    "US": [
        "Deaf and hard-of-hearing residents in {town} can reach the relay help desk from a local phone at "
        "{L}.",
        "Wheelchair van dispatch, {town} city limits only: {L}. Outside the city, use the county line.",
        "Calling from within {town}? The interpreter scheduling office picks up at {L}, and the after-hours "
        "pager is {L2}.",
        "The {town} equipment loan closet: drop in, or from any {town} landline dial {L}.",
        "{town} paratransit riders: cancellations {L}, lost property {L2}.",
        "Our {town} advocacy office answers at {L} (a local call for anyone in town).",
    ],
    "GB": [
        "If you live in {town}, ring the shopmobility desk on {L} - there is no need for the dialling code.",
        "{town} residents can book a wheelchair-accessible cab locally on {L}; the evening desk is {L2}.",
        "From a {town} landline: BSL interpreting bookings {L}.",
        "Local calls within {town} reach our advocacy drop-in on {L}.",
        "For the {town} hearing aid repair clinic, dial {L} from any phone in the area.",
        "Dial-a-ride {town}: bookings {L}, changes on the day {L2}.",
    ],
    "IN": [
        "Within {town}, the deaf helpline can be dialled without the STD code: {L}.",
        "Accessible auto bookings for {town}: call {L} from a local landline.",
        "The {town} disability resource centre takes local calls on {L} and {L2}.",
        "Sign language interpreters in {town}: local number {L}.",
    ],
}

LISTS = {
    "heads": [
        "Access contacts",
        "Relay and interpreter lines",
        "Numbers for your fridge door",
        "Who can help",
    ],
    "labels": [
        "Bookings",
        "Interpreter cover",
        "Breakdown",
        "Advocacy casework",
        "Driver on duty",
        "Loan library",
        "Relay help desk",
        "Out of hours",
    ],
}

TOWNS = ["Leeds", "Tulsa", "Hobart", "Galway", "Pune", "Omaha", "Exeter", "Perth"]
