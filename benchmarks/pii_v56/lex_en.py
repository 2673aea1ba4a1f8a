"""English sentences for v56 (tourism and hospitality), all written fresh for this set."""

GENRES = {
    "hotel": {
        "title": [
            "Your reservation is confirmed",
            "Pre-arrival note from the front desk",
            "Folio query - guest relations",
        ],
        "pii": [
            "If your flight is delayed past midnight, let the night manager know on {ph} so we "
            "hold the room.",
            "Your confirmation was also sent to {email}; please check the spelling of the guest name.",
            "The guarantee card ending in the digits below was pre-authorised: {card}.",
            "For group changes write to {role} or call our sales office on {ph}.",
            "Valet parking can be requested in advance by texting {mob} with your arrival time.",
            "Central reservations, free to call: {free}.",
            "Our sister property abroad takes bookings on {intl} if you are extending the trip.",
            "The balance may be paid by bank transfer to {iban}, quoting the booking reference.",
            "Guest Wi-Fi login page: open {ip} in your browser if the pop-up does not appear.",
            "HR note for the seasonal team: {name}'s I-9 lists SSN {ssn}; file it, don't pin it up.",
        ],
        "plain": [
            "Booking number {n:booking_ref}, room {n:room_no}, check-in window {n:checkin_window}.",
            "The rate of {n:nightly_rate} per night excludes city tax of {n:tourist_tax} per person.",
            "Free cancellation ends {n:cancel_deadline}; after that the first night is charged.",
            "Your bed is set up as {n:bed_size}; an extra cot is free for under-threes.",
            "The rooftop pool is heated to {n:water_temp} and open {n:opening_hours}.",
            "Members earn points on stay {n:loyalty_no} once the folio is settled.",
        ],
    },
    "bnb": {
        "title": ["Welcome to the Old Rectory", "A note from your hosts", "Breakfast and house notes"],
        "pii": [
            "We live next door - knock, or ring the house mobile {mob}, any time before ten.",
            "If you'd like to leave us a review or a recipe request, {email} reaches Margaret directly.",
            "Our neighbour {name} keeps a spare key; her number is {ph}.",
            "Breakfast orders for the morning can be texted to {mob} before 8pm.",
            "The deposit was taken from the card {card} and will be released on departure.",
        ],
        "plain": [
            "The side gate opens with code {n:keysafe}; please close it behind you for the hens.",
            "Your room is {n:room_no}, at the top of the stairs; the bed is {n:bed_size}.",
            "Breakfast is served {n:opening_hours}; we ask for quiet between {n:quiet_hours}.",
            "For deliveries the address reads {n:postcode_house} - the house with the blue door.",
            "The coastal path starts 200 yards down the lane - about {n:distance} to the harbour.",
            "Parking is on the gravel; just leave your plate number ({n:plate}) on the hall table.",
        ],
    },
    "campsite": {
        "title": ["Campsite arrival sheet", "Caravan park - welcome pack", "Touring pitch confirmation"],
        "pii": [
            "Late arrivals: the warden's on-site phone is {mob}; the barrier number plate reader "
            "does the rest.",
            "Booking queries go to {role}, and we'll reply within a working day.",
            "Electric hook-up faults out of hours: call {ph} and leave your pitch number.",
            "The pitch fee was charged to {card}.",
            "The site office router sits at {ip} if the camera by the gate is offline again.",
        ],
        "plain": [
            "You are on pitch {n:pitch}; the shower block is the green building by the pond.",
            "Electric meter reading on arrival: {n:meter}.",
            "Site coordinates for the sat-nav: {n:gps_dd}.",
            "Quiet time is {n:quiet_hours}; the barrier stays closed overnight.",
            "Laundry costs {n:laundry}; tokens are sold in the shop.",
            "The lake swim area is buoyed, and water was {n:water_temp} this morning.",
        ],
    },
    "holidaylet": {
        "title": [
            "House manual - Seaview Cottage",
            "Holiday let: arrival instructions",
            "Everything you need for your stay",
        ],
        "pii": [
            "Any problem with the boiler, call our handyman {name} on {mob}.",
            "The cleaning team can be reached on {ph} if you'd like a mid-week change of linen.",
            "TV not casting? The router admin page is {ip}; the password is on the sticker.",
            "Send the signed rental agreement to {email} before your arrival date.",
            "The damage deposit will be refunded to {iban} within seven days.",
            "If the owner is abroad, her number in Spain is {intl}.",
            "For the hot tub service company, ring {free} - it's free from any phone.",
            "Owner's W-9 for the booking platform: SSN {ssn} (keep this page out of the guest binder).",
        ],
        "plain": [
            "The key safe is to the left of the door; the code is {n:keysafe}.",
            "Please read the electricity meter on departure - it showed {n:meter} when we left.",
            "The EV charger on the drive is {n:ev_charger}; it runs at 7 kW.",
            "High tide tomorrow: {n:tide}, so the causeway is closed for two hours around it.",
            "Beds: master {n:bed_size}, twin room 2 × 90 × 190 cm.",
            "The licence number for the property is {n:guest_reg}.",
        ],
    },
    "tourguide": {
        "title": ["Walking tour booking", "Your guided day trip", "Meeting point and timings"],
        "pii": [
            "On the day, your guide {name} can be reached on {mob} - please text if you're running late.",
            "Private tour invoices are sent from {role}; reply there with any dietary needs for lunch.",
            "Payment was taken from the card ending below: {card}.",
            "If you lose the group, call the office on {ph} and we'll tell you where to catch up.",
            "Our partner in Lisbon picks up the onward tour; their desk is on {intl}.",
        ],
        "plain": [
            "Meeting point: the fountain at {n:gps_dms}.",
            "The hike is trail {n:trail}; sturdy shoes, please.",
            "Party size booked: {n:group_ages} (children's ages in brackets).",
            "Summit station at {n:altitude}; it can be cold even in August.",
            "Return is by bus - departures at {n:bus_times}.",
            "Your museum entry barcode is {n:ean_ticket}; show it at the side entrance.",
        ],
    },
    "hostelboard": {
        "title": ["NOTICE BOARD - please read", "Hostel house rules", "Lost? Bored? Read this"],
        "pii": [
            "Pub crawl tonight! Sign up at reception or message Jonno on {mob}.",
            "Ride share to the coast on Friday - two seats left, text {mob}.",
            "The lounge printer is at {ip} - send print jobs there, not to reception.",
            "Anyone found a black Kindle? It's mine - {email}. Reward: beers.",
            "Night reception is not staffed after 2am - emergency phone {ph}.",
            "Walking tour free every morning, tips only; bookings {role}.",
        ],
        "plain": [
            "Your bed and locker are on your key card: {n:bunk_locker}.",
            "Laundry: {n:laundry}; dryers take the same tokens.",
            "Kitchen closes at 23:00 - quiet hours {n:quiet_hours}.",
            "Bike hire: please write the frame number ({n:bike_frame}) on the sign-out sheet.",
            "Airport bus leaves from the corner stop at {n:bus_times}.",
            "Max luggage in the store room is {n:luggage_weight} per bag.",
        ],
    },
    "transfer": {
        "title": ["Airport transfer voucher", "Shuttle pickup confirmation", "Your driver details"],
        "pii": [
            "Your driver will text from {mob} when he is at arrivals.",
            "Lost your voucher? Our freephone is {free}.",
            "Delays or changes: our dispatch desk is open 24/7 on {ph}.",
            "The transfer was paid with card {card}; no cash needed on the day.",
            "Return pickup times can be changed by email at {role}.",
            "If you can't find the driver, call our overseas partner on {intl}.",
        ],
        "plain": [
            "Flight {n:flight_no}, landing 14:35 - the driver tracks delays.",
            "Vehicle: silver minivan, plate {n:plate}.",
            "Train connection: {n:train_seat} (train / coach / seat).",
            "Luggage allowance per passenger: one case up to {n:luggage_weight}.",
            "Bag tag on your case: {n:bag_tag}.",
            "Ferry reservation {n:ferry_ticket}, check-in closes 45 minutes before sailing.",
            "Water taxi moors at berth {n:mooring}; crossings stop when the wind reaches {n:wind}.",
        ],
    },
    "lostproperty": {
        "title": ["Lost property - item found", "Re: left behind in room", "Item held at reception"],
        "pii": [
            "Housekeeping found a phone charger and a scarf after you checked out; call {ph} to "
            "arrange postage.",
            "We can post the item if you send your address to {role}.",
            "Postage was charged to the card on file, {card}.",
            "The guest asked us to contact her on {mob} about the ring.",
            "Please confirm by email - {email} is the address we have on the booking.",
        ],
        "plain": [
            "Item logged under number {n:guest_reg}, found in room {n:room_no}.",
            "We hold items for 90 days; after {n:cancel_deadline} they go to charity.",
            "Your table was {n:table_res} (table · guests · time), which is where the glasses turned up.",
            "The parcel will be sent with a tracking voucher {n:voucher}.",
        ],
    },
}

# Local numbers announced, one town per document
LOCAL = {
    "US": [
        "Calling from a {town} landline? You only need the last seven digits: {loc}.",
        "Front desk (local to {town}): {loc}",
        "Guests staying in {town} can reach the concierge desk at {loc} - no area code from the "
        "room phone either.",
        "Tour pickups around {town}:\n{loc}\nThat's a local call from any hotel in town.",
        '"Just dial {loc} from the lobby phone," the clerk said, '
        '"it\'s a {town} number, so nothing in front."',
        "Our shuttle office is on {loc} and the bike shop next door on {loc2} - both in-town {town} numbers.",
        "{loc} is the after-hours line for the {town} property (local calls only).",
        "For a cab in {town}, ring {loc}; drivers know the inn.",
    ],
    "GB": [
        "From anywhere in {town} the guest house is simply {loc}.",
        "Reception - {town}, local dialling:\n{loc}",
        "If you're already in {town}, the booking office is {loc} and the ferry kiosk {loc2}.",
        "Staying in the city centre? Leave off the {town} code and ring {loc}.",
        '"It\'s {loc}," she wrote on the card, "- that\'s {town}, you won\'t need the 0 bit."',
        "Taxi rank in {town}: {loc} (no dialling code from a local phone).",
        "Restaurant bookings on {loc}, a {town} number.",
        "Call us on {loc} - we're in {town}, so no code if you're calling from the hotel.",
    ],
    "IN-en": [
        "Within {town} you can call the homestay on {loc} - no STD code from a local line.",
        "Travel desk, {town} landline: {loc}",
        "If you are calling from inside {town}, the tour office number is just {loc}; "
        "our cab stand is {loc2}.",
        "{loc} is the hotel's {town} landline; dial it without the STD code when you're in the city.",
        'The driver said, "Ring {loc}, it\'s a {town} number, local call only."',
        "Heritage walk bookings: {loc} (from any {town} phone).",
    ],
}

LIST = {
    "heads": ["Handy numbers for your stay", "Numbers to keep", "During your stay", "If you need us"],
    "labels": [
        "Reception",
        "Night manager",
        "Housekeeping",
        "Taxi",
        "Tour desk",
        "Duty host",
        "Shuttle dispatch",
        "Owner",
        "Caretaker",
        "Bike hire",
    ],
    "tel": "tel.",
}
