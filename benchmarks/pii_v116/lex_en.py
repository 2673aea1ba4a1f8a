"""English sentences for v116 (winter sports and mountain resorts). Placeholders: {ph} phone, {mob} mobile,
{free} toll-free or shared-cost, {intl} international, {mail}, {card}, {iban}, {ip}, {ssn}, {n:KIND} hard
negative, {name}, {resort}; local sentences also {town} and {loc}."""

EN = {
    "skischool": (
        [
            "Ski school – group lesson confirmation",
            "Snowsports school: your private lesson",
            "Kids' ski week – what to bring",
        ],
        [
            (
                "Meeting point is the carousel by the nursery slope at {n:lift_hours}; look for "
                "the instructor "
                "with the orange bib."
            ),
            (
                "Your instructor {name} (licence {n:instructor_licence}) will call you on {mob} "
                "if the session "
                "moves."
            ),
            (
                "Course {n:course_code} is fully booked, but the waitlist desk on {ph} can squeeze in late "
                "joiners."
            ),
            (
                "Please tell us your child's height and weight ({n:height_weight}) so we can set bindings "
                "beforehand."
            ),
            "Helmets are compulsory for under-16s; we lend sizes {n:helmet} free of charge.",
            "Lesson vouchers were charged to the card ending in the number below: {card}.",
            (
                "If the top lifts close because of wind, we regroup at the café and the desk texts everyone "
                "from {mob}."
            ),
            "Questions about the ski-kindergarten? Write to {mail} and we will answer before breakfast.",
            "Bib numbers ({n:bib}) are handed out on the first morning and stay with the child all week.",
        ],
    ),
    "liftpass": (
        ["Lift pass office – order receipt", "Season pass renewal", "Your lift pass has been reloaded"],
        [
            "The pass with chip number {n:wtp_chip} has been topped up for six days.",
            "Reference {n:season_pass} is your season card; keep it with the photo ID you uploaded.",
            (
                "Lost card? Block it straight away on {ph} and the ticket office prints a replacement at "
                "{n:price}."
            ),
            "Payment of the family pack was taken from {card} on the morning of arrival.",
            "Direct debit for the instalment plan will be collected from {iban}.",
            (
                "The online shop at our web server {ip} was down for an hour on Saturday; orders placed then "
                "were honoured."
            ),
            (
                "Lifts run {n:lift_hours} daily; the top section of the {n:lift_id} opens once patrol has "
                "cleared it."
            ),
            "Season dates: {n:season_dates}, conditions permitting.",
            "A glove was handed in from gondola cabin {n:cabin}; collect it at the top station.",
            "For group rates over twenty skiers please ring {free}.",
        ],
    ),
    "snowreport": (
        ["Morning snow report", "Snow and piste report", "Weekend conditions update"],
        [
            "Overnight we had {n:new_snow}; settled depth on the upper mountain is {n:snow_depth}.",
            "Summit temperature at seven was {n:temperature}, with gusts of {n:wind_gusts} on the ridge.",
            "The weather station ({n:station_id}) at {n:altitude} logged a snow water equivalent of {n:swe}.",
            "Snowmaking ran all night on the valley run at roughly {n:snowmaking}.",
            "Piste hotline with the recorded report: {ph}.",
            "The gondola carries up to {n:lift_capacity}, so expect queues after ten.",
            "Lift status changes are pushed to our app; the ops desk can also be reached on {mob}.",
            "Grooming reports and photos go out from {mail} every afternoon.",
        ],
    ),
    "avalanche": (
        ["Avalanche bulletin", "Backcountry advisory", "Avalanche danger update"],
        [
            "Danger level {n:danger_level} above the treeline, lower in the forest.",
            (
                "Problem: wind slab on north to east aspects between {n:altitude_band}, steeper than "
                "{n:slope_angle}."
            ),
            "Next bulletin: {n:bulletin_time}.",
            (
                "Set your transceiver to send before leaving the car park; ours (unit {n:beacon_serial}) was "
                "checked at the trailhead."
            ),
            "Report observations or a slide you triggered to the forecasting office on {ph}.",
            "The rescue radio channel is {n:radio_freq}; in an emergency phone {intl} before anything else.",
            "Field notes from {name} at the snow pit ({n:gps}) are attached.",
            (
                "In Scotland the cornice above the gully at grid reference {n:grid_ref} has "
                "already collapsed "
                "twice."
            ),
            "Subscribers receive the bulletin from {mail}; to stop it, reply with 'unsubscribe'.",
        ],
    ),
    "rental": (
        ["Equipment hire agreement", "Ski and board rental – pick-up slip", "Rental shop booking"],
        [
            (
                "Skis {n:ski_length}, boots {n:mondopoint}, sole length {n:boot_sole}; release value set to "
                "{n:din_setting}."
            ),
            "Contract {n:rental_contract} runs until closing on your last day.",
            "A deposit was pre-authorised on {card} and is released when the kit comes back undamaged.",
            "Boots pinching? Pop back to the fitting bench or call the workshop on {ph}.",
            "Your locker at the base station opens with code {n:locker_code}.",
            "Broken binding on the hill: the slope-side store sends a runner if you ring {mob}.",
            "Receipts are e-mailed from {mail}.",
            "Ski service (edges and hot wax) costs {n:price} and takes one night.",
        ],
    ),
    "chalet": (
        ["Chalet booking confirmation", "Welcome to your catered chalet", "Chalet arrival information"],
        [
            "Your chalet host {name} will meet you at the door; her mobile is {mob}.",
            "Booking {n:booking_ref}: six guests, half board, rooms {n:room} and {n:room}.",
            "The balance is due four weeks before arrival; please transfer it to {iban}.",
            "Wi-Fi in the lounge runs through a router at {ip} and the password is on the fridge.",
            "The nearest ski bus stop is a two-minute walk; departures at {n:bus_times}.",
            "For anything urgent after 10 pm the duty manager answers on {ph}.",
            "Postcode for sat-navs: {n:postcode}; chains may be needed on the last bend.",
            "The hot tub is emptied on changeover day, so it will not be warm before six.",
        ],
    ),
    "shuttle": (
        ["Airport transfer confirmation", "Resort shuttle booking", "Your transfer to the mountains"],
        [
            (
                "Your driver will be waiting in arrivals after flight {n:flight}, holding a board with your "
                "name."
            ),
            "If you come by rail, train {n:train} connects with our minibus at the station forecourt.",
            "Delayed? Message the transfer desk on {mob} and we will hold the bus up to forty minutes.",
            "The return pick-up is at {n:lift_hours} from the chalet door.",
            "Fares were paid with {card}.",
            "Ski bags count as one item each; bikes and sledges must be booked via {mail}.",
            "Operations line for changes on the day: {ph}.",
        ],
    ),
    "staff": (
        [
            "Seasonal staff onboarding",
            "Lift operator contract – payroll details",
            "Welcome to the winter team",
        ],
        [
            (
                "Please bring your employee pass and the safety card you got at induction (form "
                "{n:course_code})."
            ),
            (
                "Payroll needs your Social Security number to set up wages: we have {ssn} on "
                "file; tell us if "
                "that is wrong."
            ),
            "Wages go into the account you gave us: {iban}.",
            "Staff housing is in block C, room {n:room}; the warden can be reached on {mob}.",
            "Uniform sizes: jacket and helmet {n:helmet}; boots are issued at the store.",
            "Rota questions go to {name} on {ph}.",
            "Your staff season pass is {n:season_pass}; it is not transferable.",
        ],
    ),
}

LOCAL = {
    "en_US": [
        (
            "Heading up to the hill from {town}? The rental barn picks up on {loc} – in town "
            "you can skip the "
            "area code."
        ),
        (
            "{town} locals: the lesson desk is {loc} and the snow line is {loc}, seven digits from any "
            "landline here."
        ),
        "From a {town} landline, the lift-ticket window answers on {loc}.",
        "Shop front in {town} (local call, no area code): {loc}.",
        "Anyone in {town} can just dial {loc} for the patrol office.",
        "Our {town} base lodge keeps its old local number, {loc}, for folks calling from town.",
    ],
    "en_GB": [
        "Ringing from {town}? Leave off the dialling code and call the hire shop on {loc}.",
        "{town} office, local calls only: {loc} (bookings) or {loc} (ski school).",
        "If you're already in {town}, the chalet team is on {loc} from a landline.",
        "Within {town} the snow-sports desk is simply {loc}.",
        "Local to {town}? The club hut's phone is {loc}.",
        "Our {town} depot answers on {loc} if you are calling from the town itself.",
    ],
    "en_IN": [
        "For guests already in {town}, the ski desk is on {loc} from a landline, no STD code needed.",
        "{town} booking counter (local): {loc}.",
        "Calling within {town}? Dial {loc} for the equipment store and {loc} for the resort office.",
        "Inside {town}, the guest house reception is just {loc}.",
        "Travellers in {town} town can reach our pick-up point on {loc}.",
    ],
}

HEADS = {"en": ["Resort numbers", "On the mountain", "Who answers what", "Phone list for the week"]}
LABELS = {
    "en": [
        "Ski school",
        "Lift passes",
        "Hire shop",
        "Piste patrol",
        "Chalet host",
        "Transfers",
        "Snow line",
        "Lost property",
        "Night manager",
        "Mountain restaurant",
    ]
}
