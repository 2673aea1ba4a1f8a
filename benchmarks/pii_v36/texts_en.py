"""English travel sentences for v36 (written fresh)."""

G = {
    "hotel": {
        "head": [
            (
                "Your stay is confirmed, {NAME}!\nConfirmation number: {X:hotel_conf}\nDates: {X:stay} "
                "({X:nights} nights)\n"
            ),
            "HOLIDAY LET — BOOKING SUMMARY\nGuest: {NAME}\nProperty ref. {X:voucher}, sleeps {X:covers}\n",
        ],
        "fill": [
            (
                "Your room {X:room} is on the garden side; the key box by the back door opens with "
                "{X:door_code}."
            ),
            "Wi-Fi network 'Guest', password {X:wifi}.",
            "The cottage sits at {X:altitude} above sea level, so evenings can drop to {X:temperature}.",
            "Sat-nav users should enter {X:gps} rather than the postcode {X:postcode}.",
        ],
        "phone": [
            "Front desk, open round the clock: {P}",
            "Running late? Text your arrival time to {P}.",
            "Your host, {NAME}, can be reached on {P} for anything about the house.",
        ],
        "end": ["We look forward to welcoming you.", "Safe travels — the reservations team"],
    },
    "air": {
        "head": [
            (
                "ELECTRONIC TICKET RECEIPT\nBooking reference: {X:pnr}   Ticket: {X:eticket}\nPassenger: "
                "{NAME} MR\n"
            ),
            "Itinerary for {NAME}\nRecord locator {X:pnr}\nFlight {X:flight} {X:route}, {X:dep_arr}\n",
        ],
        "fill": [
            "Seat {X:seat} assigned. Fare basis {X:fare_class}. Checked baggage: {X:baggage}.",
            "Boarding closes 20 minutes before departure at gate {X:gate}; block time {X:duration}.",
            "Frequent flyer no. {X:loyalty} credited — balance {X:miles} miles.",
            "Bag tag {X:bag_tag} issued at check-in; connecting flight {X:flight} departs {X:clock}.",
        ],
        "phone": [
            "Changes to this booking: call our sales office on {P}.",
            "Lost luggage desk at the airport: {P}",
            "Issued by a travel agency (IATA {X:agency_no}); agent helpline {P}",
        ],
        "end": ["Please carry this receipt together with your passport.", "Conditions of carriage apply."],
    },
    "rail": {
        "head": [
            "Your e-ticket\nOrder {X:hotel_conf} — {NAME}\n{X:train}, {X:dep_arr}, platform {X:platform}\n",
            "TRAVEL PASS: {X:pass_no}\nHolder: {NAME}\nValidity: {X:stay}\n",
        ],
        "fill": [
            "Reserved: {X:coach_seat}.",
            "Stopping pattern this Saturday: {X:timetable}.",
            "Replacement buses leave from the station forecourt, bay {X:gate}.",
            "Journey time roughly {X:duration} over {X:distance}.",
        ],
        "phone": [
            "Assisted travel bookings: {P}",
            "Questions about your ticket? Our team is on {P} from 7am to 10pm.",
        ],
        "end": ["Show this ticket on your phone or printed out.", "Have a good journey."],
    },
    "car": {
        "head": [
            "RENTAL AGREEMENT {X:rental_no}\nRenter: {NAME}\nVehicle group {X:acriss}\n",
            "Car hire voucher {X:voucher}\nDriver: {NAME}, licence {X:licence}\n",
        ],
        "fill": [
            "Mileage out: {X:odometer}. Fuel: full to full.",
            "Return to the airport car park, level 2, bay {X:pitch}, by {X:clock}.",
            "The toll motorway exit {X:exit_no} is closed for works; detour about {X:distance}.",
            "Breakdown markers: if you stop on the hard shoulder, note the marker post ({X:km_marker}).",
        ],
        "phone": [
            "24-hour roadside assistance: {P}",
            "Return desk at the terminal: {P}",
            "Branch manager {NAME}, direct line {P}",
        ],
        "end": ["Signed at pick-up by the renter.", "Drive safely."],
    },
    "dining": {
        "head": [
            "Table booked: {NAME}, party of {X:covers}\nRef {X:resto_ref}\n",
            "Reservation reminder — {CITY}\nGuest {NAME} · {X:covers} guests · {X:clock}\n",
        ],
        "fill": [
            "We hold tables for 15 minutes; the tasting menu has {X:covers} courses.",
            "Parking is in the courtyard behind {X:postcode} Harbour Road.",
            "Gift voucher {X:voucher} will be redeemed against your bill.",
        ],
        "phone": [
            "To change or cancel, ring the restaurant on {P}.",
            "For parties above ten, please call {NAME} on {P}.",
        ],
        "end": ["See you soon!", "Bon appétit from the kitchen team."],
    },
    "tour": {
        "head": [
            "Our offer for {NAME}\nTour code {X:tour_code}\n{X:stay}, {X:nights} nights, half board\n",
            "ON BOARD TODAY — Day {X:nights}\nCabin {X:cabin} · Muster station {X:muster}\n",
        ],
        "fill": [
            "Sea day: Pool deck open {X:deck_time}; captain's cocktails at {X:clock}.",
            "Exchange rate used for this quote: {X:fx_rate}.",
            (
                "Travel insurance summary: cover starts on departure; excess per claim as per schedule, "
                "booking {X:voucher}."
            ),
            "Highest point of the trek: {X:altitude}; daily walking {X:distance}.",
        ],
        "phone": [
            "Your tour manager {NAME} is on {P} throughout the trip.",
            "Reception at our {CITY} agency: {P}",
            "Emergency line of the insurer, worldwide: {P}",
        ],
        "end": ["The offer is valid for seven days.", "Kind regards from your travel team."],
    },
    "visa": {
        "head": [
            (
                "Consular section — visa information\nAppointment no. {X:appt_no}\nApplicant: {NAME}, "
                "passport {X:passport}\n"
            ),
            "VISITOR INFORMATION CENTRE {CITY}\nWhat's on this week\n",
        ],
        "fill": [
            "Bring the printed form and the visa {X:visa_no} you were issued previously.",
            "Processing currently takes {X:nights} working days.",
            "The old town walking tour starts at the fountain ({X:gps}) at {X:clock}.",
            "Castle hill: {X:altitude}; shuttle every 20 minutes, {X:timetable}.",
        ],
        "phone": [
            "Visa enquiries, weekdays 9-12: {P}",
            "Tourist information desk: {P}",
            "Citizens in distress abroad may call the duty officer on {P}.",
        ],
        "end": ["Information correct at the time of printing.", "We are happy to help."],
    },
    "camp": {
        "head": [
            "CAMPSITE RULES\nPitch {X:pitch} · {NAME}\n",
            "HOSTEL HOUSE RULES\nYour bed: {X:dorm_bed}\n",
        ],
        "fill": [
            "Quiet hours {X:deck_time}. Barrier code for late arrivals: {X:door_code}.",
            "Showers need tokens; the laundry room code is {X:door_code}.",
            "Wi-Fi: {X:wifi}. Lockers fit bags of {X:baggage}.",
            "The lake is {X:distance} down the path; water today {X:temperature}.",
        ],
        "phone": ["Warden on duty at night: {P}", "Reception: {P} (8am–8pm)"],
        "end": ["Thank you for respecting our neighbours.", "Enjoy your stay!"],
    },
}

C = {
    "local": [
        "Inside {TOWN} you can drop the area code and just dial {L}.",
        "(from a {TOWN} landline: {L})",
        "Local guests in {TOWN} often simply call {L}.",
    ],
    "mobile": ["Mobile, also on WhatsApp: {P}"],
    "land": ["Landline at the property (no texts): {P}"],
    "service": ["Free reservations hotline: {Q}", "Customer service (standard rates apply): {Q}"],
    "email": ["Write to us at {E}.", "Confirmation sent to {E}"],
    "iban": ["Please pay the deposit to IBAN {I} quoting your booking reference."],
    "card": ["Guarantee card on file: {C}"],
    "ip": ["Booking made online from IP {IP}.", "Posted from {IP}"],
    "ssn": ["Social Security number (as entered on the online form): {S}"],
    "list": [("On-trip contacts", "{NAME} ({ROLE}) — {P}"), ("Who to call", "{ROLE}: {NAME}, {P}")],
    "roles": ["guide", "driver", "rep", "night porter", "duty manager", "coach captain"],
    "none": ["No phone at the property; please use the app.", "Reception is unstaffed after 6pm."],
}
