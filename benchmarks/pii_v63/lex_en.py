"""English sentences for v63: transport and logistics genres (written fresh for this set)."""

CELLS = {
    "taxi": {
        "title": [
            "Booking confirmation – airport transfer",
            "Your cab is booked",
            "Minicab account statement",
            "Driver allocation notice",
        ],
        "pos": [
            "Your driver will wait 15 minutes free of charge; if the "
            "flight lands early, text the office on {M}.",
            "Pick-up from the hotel lobby confirmed. Lost property is "
            "handled by the control room, {P}, weekdays only.",
            "Account bookings can also be made by e-mail to {E}; please quote the cost centre.",
            "Fare paid by card ending in the digits shown below: {C}. A receipt has been sent to {EP}.",
            "For wheelchair-accessible vehicles please ring {P} at least a day before you travel.",
            "If you are calling from abroad, our 24-hour desk is {I}.",
            "Complaints about a driver go to the licensing team at {E} or by phone on {O}.",
            "{NAME} will be your driver tonight; his mobile is {M} should you need to find the car.",
        ],
        "neg": [
            "Driver badge {n_badge}, vehicle plate {n_plate}, silver estate.",
            "Estimated fare {n_fare}, distance {n_distance}, pick-up window {n_window}.",
            "Meeting point: short-stay car park, level 2, bay {n_gate}.",
            "Flight {n_flight} is being tracked; we adjust the pick-up if it is delayed.",
            "Trip logged at {n_timestamp}, odometer {n_odometer}.",
        ],
    },
    "courier": {
        "title": [
            "Delivery attempted – we missed you",
            "Same-day courier: job sheet",
            "Parcel on its way",
            "Proof of delivery",
        ],
        "pos": [
            "We tried to deliver your parcel today. Call the depot on {P} "
            "to rebook or to leave it with a neighbour.",
            "The rider is {NAME}; he can be reached on {M} while the job is open.",
            "Import duty of {n_fare} is due before release; pay online or by card over the phone: {O}.",
            "Questions about a missing item? Write to {E} with the tracking reference in the subject line.",
            "Collected from the sender at 10:42, signed for by reception. Sender contact: {EP}.",
            "Our hub in Rotterdam handles the customs step; they answer on {X}.",
            "Business customers with a monthly invoice can reach their account manager on {P}.",
            "The handheld scanners sync with {IPP}; the depot's new uplink is {IP6}.",
        ],
        "neg": [
            "Tracking reference {n_parcel_id}, {n_packages}, delivery window {n_window}.",
            "Label SSCC {n_sscc}; please keep the label until the goods are checked.",
            "Consignment weight {n_gross_weight}, dimensions {n_dims}.",
            "Scanned at the sorting centre {n_timestamp}, out for delivery on route {n_route}.",
        ],
    },
    "removals": {
        "title": [
            "Removal quotation",
            "Moving day checklist",
            "Survey report – household move",
            "Storage invoice",
        ],
        "pos": [
            "Your surveyor, {NAME}, will ring you from {M} on the morning of the visit.",
            "The crew leader's phone on moving day is {M}; the office line is {P}.",
            "A deposit of 20% secures the date. Please transfer it to "
            "{B} and use the quote number as reference.",
            "We took the deposit from the card you gave us, {C}, and will charge the balance after delivery.",
            "For insurance claims please e-mail {E} within seven days of the move.",
            "The warehouse does not take calls on Saturdays; for urgent access ring {O}.",
        ],
        "neg": [
            "Estimated volume {n_volume}, two vehicles, crew of {n_crew_count}.",
            "Piano and safe surcharge {n_fare}; excess on transit cover {n_excess}.",
            "Container {n_container} is sealed with seal no. {n_seal}.",
            "Distance between addresses {n_distance}; loading from {n_window}.",
        ],
    },
    "coach": {
        "title": [
            "Coach trip – final details",
            "Group tour itinerary",
            "Day excursion: what to bring",
            "Your coach holiday documents",
        ],
        "pos": [
            "Our tour manager, {NAME}, travels with the group and can be reached on {M}.",
            "If you are running late at the pick-up point, phone the "
            "duty office on {P}; the coach cannot wait.",
            "Dietary requests to {E} please, no later than a week before departure.",
            "The hotel in Salzburg answers on {X} if anyone needs to leave a message.",
            "The balance of {n_fare} was taken from {C}. Your booking copy went to {EP}.",
            "Lost something on the coach? Call the depot, {P}, and give them your seat number.",
        ],
        "neg": [
            "Seat {n_seat}, departure {n_dep_arr}, comfort stop after about {n_distance}.",
            "Coach registration {n_plate}; driver hours log reset {n_timestamp}.",
            "Group of {n_pax} passengers; luggage allowance {n_packages}.",
            "The ferry leg is on {n_imo}, cabins {n_cabin} and {n_cabin}.",
        ],
    },
    "carhire": {
        "title": [
            "Rental agreement",
            "Vehicle hire confirmation",
            "Damage report on return",
            "Your van hire: collection details",
        ],
        "pos": [
            "The vehicle was pre-authorised on {C}; the hold is released within ten working days.",
            "Breakdown assistance is available day and night on {O}.",
            "The branch closes at 6 pm; for key drop questions ring {P}.",
            "Damage photos were sent to {EP}. Disputes go to {E}.",
            "Renting abroad? The partner branch at the airport can be reached on {X}.",
            "We ran a soft credit check for the van lease using the SSN you gave, {S}.",
            "Please call {NAME} at the counter, {M}, if the flight is delayed.",
        ],
        "neg": [
            "Agreement {n_rental_no}, vehicle {n_plate}, fuel on pick-up {n_fuel}.",
            "VIN {n_vin}, mileage out {n_odometer}.",
            "Hire period {n_hire_dates}, excess {n_excess}, booking {n_booking_ref}.",
            "Return to bay {n_gate}, lane {n_lane}; late returns after {n_window} are charged.",
            "Driver licence checked: {n_licence_no}.",
        ],
    },
    "ferry": {
        "title": [
            "Sailing confirmation",
            "Ferry booking amended",
            "Travel update: weather disruption",
            "Your crossing – boarding pass",
        ],
        "pos": [
            "Because of high winds the 07:30 sailing is cancelled. "
            "Rebookings on {O} or at the port office, {P}.",
            "Foot passengers with reduced mobility should call {P} before arriving at the terminal.",
            "The port office in Santander answers on {X}.",
            "Your booking receipt was sent to {EP}; the payment card used was {C}.",
            "Group bookings and freight drivers: {E}.",
            "If you are stuck at the port, our night supervisor is on {M}.",
        ],
        "neg": [
            "Vessel {n_imo}, {n_tonnage}, sailing {n_dep_arr}.",
            "Cabin {n_cabin}, vehicle {n_plate}, lane {n_lane}.",
            "Booking {n_booking_ref}; check-in closes 45 minutes before departure at gate {n_gate}.",
            "Current position {n_coords}.",
        ],
    },
    "freight": {
        "title": [
            "Shipping instructions",
            "Booking confirmation – FCL",
            "Customs clearance update",
            "Arrival notice",
            "Haulage job sheet",
        ],
        "pos": [
            "Our customs broker in Felixstowe is on {P}; the after-hours export desk is {M}.",
            "Please send the commercial invoice and packing list to {E} before the cut-off.",
            "Freight charges are payable to {B}; quote the house bill number.",
            "The consignee's contact, {NAME}, can be reached at {EP} or on {X}.",
            "The EDI gateway logged the sending address as {IP}; the warehouse scanner sits on {IPP}.",
            "Carrier dispatch, open 24/7: {O}.",
            "The customs portal only accepts uploads from our office "
            "range; add {IP6} and {IP} to the allow list.",
            "For dangerous-goods approval, call the DGSA on {I}.",
        ],
        "neg": [
            "Container {n_container}, seal {n_seal}, gross weight {n_gross_weight}.",
            "Air waybill {n_awb}, {n_packages}, chargeable volume {n_volume}.",
            "Commodity code {n_hs_code}; MRN {n_mrn}; EORI {n_eori}.",
            "Reefer set point {n_reefer}; dangerous goods {n_un_number}.",
            "Haulier {n_usdot}; ETA at the warehouse {n_dep_arr}.",
        ],
    },
}

LOCAL = {
    "US": [
        "Dispatch here in {TOWN}: from a local phone, {L1} gets you straight to the yard.",
        "{TOWN} folks, you don't need the area code – the front desk is {L1} and after hours it's {L2}.",
        "Calling around {TOWN}? Just punch in {L1} and ask for the moving coordinator.",
        "Our {TOWN} garage picks up on {L1} (local calls only; long distance use the toll-free).",
        "Driver said: \u201cIf you're in {TOWN}, ring {L1}, that's the dispatcher's direct line.\u201d",
        "Local number for the {TOWN} terminal:\n{L1}",
        "In-town customers ({TOWN}) can reach the will-call counter at {L1} or the warehouse at {L2}.",
    ],
    "GB": [
        "If you're ringing from a {TOWN} landline, {L1} will get you the depot; drop the dialling code.",
        "{TOWN} office (from within the city): {L1}",
        "Locals in {TOWN} just dial {L1} for the cab office – no code – or {L2} for account work.",
        "Our man at the {TOWN} yard said to phone {L1}, that's the local line, for the van keys.",
        "From a {TOWN} phone box or landline the storage unit answers on {L1}.",
        "For {TOWN} callers the removals hotline is simply {L1}.",
    ],
    "IN": [
        "{TOWN} customers can call the godown on {L1} from any city landline.",
        "Local booking counter, {TOWN} (landline, no STD code needed): {L1}",
        "Within {TOWN}, dial {L1} for the cab office and {L2} for the parcel counter.",
        "As the agent told us, \u201cin {TOWN} you just dial {L1} for the bus depot\u201d.",
    ],
}

HEADS = [
    "Phone directory",
    "Numbers you may need",
    "Contacts for the day",
    "Depot and office lines",
    "Key contacts",
]
LABELS = [
    "Control room",
    "Depot",
    "Night dispatcher",
    "Customs desk",
    "Warehouse",
    "Port office",
    "Tour manager",
    "Returns counter",
    "Account bookings",
    "Crew leader",
    "Branch",
]
