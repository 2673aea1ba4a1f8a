"""English sentences (outdoors and nature genres), written fresh for v71."""

GENRES = {
    "ranger": {
        "titles": [
            "Ranger station notice",
            "Backcountry office – visitor bulletin",
            "From the district ranger",
        ],
        "phone": [
            "Lost or overdue hikers should be reported to the ranger dispatch on {ph}, day or night.",
            "If the gate at the north trailhead is locked, text {name} on {mob} and someone will drive up.",
            "Our partner park across the border takes calls on {intl} for cross-boundary permits.",
            "Campfire permits are issued by phone only this season: {ph}, weekdays.",
            "For a wildfire sighting, call {oth} before you do anything else.",
        ],
        "neg": [
            "The washout is at {n:gps_decimal}; detour via trail {n:trail_number} adds about an hour.",
            "Bear activity reported near the lake at {n:summit_altitude}, so food lockers are mandatory.",
            "Fire weather index today: {n:fire_index}. Stoves only above the treeline.",
            "The visitor centre is staffed {n:opening_hours} until the end of October.",
            "Last season we counted {n:visitor_count} visitors on the canyon rim alone.",
        ],
        "extra": [
            "Volunteer rota questions go to {role}; photos of trail damage to {mail}.",
            "The webcam on the fire lookout streams from {ip} inside the park network.",
        ],
    },
    "hut": {
        "titles": [
            "Mountain hut booking confirmation",
            "Hut warden's note for the summer",
            "Refuge reservation",
        ],
        "phone": [
            "The warden, {name}, is reachable on {mob} – signal is patchy, so leave a voicemail.",
            "Cancel at least 48 hours ahead on {ph} or the deposit is kept.",
            "The valley office of the alpine club books the winter room: {intl}.",
            "Helicopter supply days are announced by recorded message on {oth}.",
        ],
        "neg": [
            "Your booking reference is {n:hut_booking_ref}; show it at the hut, "
            "not a printout of this email.",
            "The hut sits at {n:summit_altitude} with {n:bed_count} bunks and a drying room.",
            "From the car park it is {n:ascent_hm} of ascent; allow four hours with packs.",
            "Grid reference of the emergency shelter: {n:os_grid}.",
            "Sunrise and sunset on your dates: {n:sun_times}.",
            "Half board for the whole group comes to {n:fee_amount}, payable on arrival.",
        ],
        "extra": [
            "The half-board deposit was taken from card {card}.",
            "For the group rate, transfer the balance to {iban} with your reference.",
            "Menu requests (vegan, gluten-free) to {role}.",
        ],
    },
    "reserve": {
        "titles": [
            "Nature reserve visitor information",
            "Wetland reserve – access update",
            "Reserve warden's update",
        ],
        "phone": [
            "School visits are booked through the education officer on {ph}.",
            "Spotted an injured seal on the shingle? Ring the warden's mobile, {mob}, and keep dogs away.",
            "The Dutch partner reserve that shares our flyway counts can be reached at {intl}.",
        ],
        "neg": [
            "The hide on the east scrape is at {n:gps_dms}.",
            "The reserve covers {n:hectares} of reedbed, saltmarsh and wet grassland.",
            "High tide on Saturday: {n:tide}; the causeway floods an hour either side.",
            "Please stay on the boardwalk between posts {n:pitch_range} during the nesting season.",
            "Ringing totals are logged under EURING species code {n:euring_code}.",
            "A colour-ringed godwit, {n:bird_ring}, was resighted here on Tuesday.",
        ],
        "extra": [
            "Sightings can be sent to {role} with the time and the nearest post number.",
            "Membership renewals are online; one-off gifts by transfer to {iban}.",
        ],
    },
    "centre": {
        "titles": [
            "Outdoor centre – course joining instructions",
            "Kayak and climbing week: what to bring",
            "Adventure centre booking",
        ],
        "phone": [
            "On the day, the instructor team leader {name} will be on {mob}.",
            "Reception is on {ph} from eight; after that the duty instructor takes over.",
            "Our sister centre in the Alps answers on {intl} if you are joining the glacier module.",
            "Weather cancellations are posted on the recorded line, {oth}, by 7 a.m.",
        ],
        "neg": [
            "Meet at the boathouse, {n:gps_decimal}; the river gauge should read under {n:water_gauge}.",
            "Water temperature yesterday was {n:water_temp}, so wetsuits are provided.",
            "Bring the guidebook (ISBN {n:isbn}) if you have it; we have spares.",
            "Climbing wall gate code for residential groups: {n:gate_code}.",
            "Wind forecast for the lake: gusts to {n:wind_speed}; sailing may move to the afternoon.",
        ],
        "extra": [
            "Medical forms go to {role}; the parent contact on file is {mail}.",
            "The balance of the course fee was charged to {card}.",
            "Guest Wi-Fi hands out addresses from {ip}; ask reception for the password.",
        ],
    },
    "angling": {
        "titles": [
            "Angling club – members' newsletter",
            "Fishing permit and water rules",
            "Club secretary's letter",
        ],
        "phone": [
            "Day tickets can be bought from the bailiff, {name}, on {mob}.",
            "Report pollution or dead fish straight away to {oth}.",
            "The club hut phone is {ph}; it is answered on match days only.",
            "Our twinned club in Ireland takes reciprocal bookings at {intl}.",
        ],
        "neg": [
            "Your membership number is {n:angling_member}; quote it on the catch return.",
            "Permit {n:fishing_permit} covers the lower beat from {n:river_km} downstream.",
            "Minimum size for brown trout on the club water is {n:catch_size}; bag limit {n:bag_limit}.",
            "The season runs {n:season_dates}, with catch and release only in the last month.",
        ],
        "extra": [
            "Subscriptions by standing order to {iban}, please.",
            "Match results and photos to {role}.",
            "Your resident fishing licence was issued against SSN {ssn}, as the state requires.",
        ],
    },
    "hunting": {
        "titles": [
            "Deer management group – season notice",
            "Shooting syndicate information",
            "Stalking permit",
        ],
        "phone": [
            "Before going out, check in with the head stalker on {mob}.",
            "Shot-deer collection is arranged through the larder on {ph}.",
            "Foreign guests should register with the estate office at {intl}.",
        ],
        "neg": [
            "Your certificate number {n:hunting_licence} must be carried on the hill.",
            "Cull plan: hinds and calves only, daily/season limit {n:bag_limit}. "
            "Stag season: {n:season_dates}.",
            "High seat 4 is at {n:utm}, facing {n:bearing}.",
            "The beat is {n:hectares}; the march fence runs along parcel {n:parcel_number}.",
        ],
        "extra": [
            "Syndicate fees are due to {iban} by the end of July.",
            "Game dealer invoices to {role}.",
            "The state licence application still asks for a Social Security number; we have {ssn} on file.",
        ],
    },
    "wildlife": {
        "titles": [
            "Wildlife rescue – admission note",
            "Hedgehog hospital volunteer update",
            "Wildlife rescue hotline",
        ],
        "phone": [
            "Found a fledgling or a casualty? Call our hotline, {ph}, and we will talk you through it.",
            "After 9 p.m. the on-call rescuer is {name}, {mob}.",
            "Oiled birds are transferred to the coastal unit, who answer on {intl}.",
            "The national animal welfare line is free: {oth}.",
        ],
        "neg": [
            "Case {n:rescue_case}: adult badger, released at {n:gps_decimal} after three weeks.",
            "The dog that found it was microchipped, {n:microchip}, so the owner was traced quickly.",
            "The fawn came in with ear tag {n:ear_tag} from a neighbouring farm.",
            "Ring {n:bird_ring} was read before the buzzard was released.",
        ],
        "extra": [
            "Donations by card ({card}) were received with thanks.",
            "Volunteer shift swaps: {role}. Please copy {mail}.",
        ],
    },
    "trail": {
        "titles": [
            "Trail and avalanche conditions",
            "Mountain conditions report",
            "Long-distance path update",
        ],
        "phone": [
            "Mountain rescue is not a taxi service, but if you are in trouble dial {oth} "
            "or the local post on {ph}.",
            "Conditions recorded daily by the mountain guide {name}; questions to {mob}.",
            "The Swiss side publishes its own bulletin; their hut line is {intl}.",
        ],
        "neg": [
            "Avalanche danger {n:avalanche_level} above 2,000 m; snow depth at the station {n:snow_depth}.",
            "Wind on the ridge {n:wind_speed} from the north-west, measured at station {n:wmo_station}.",
            "Map: sheet {n:map_sheet}, scale {n:map_scale}.",
            "The boat warden monitors VHF {n:vhf_channel} on the ferry crossing.",
            "Diversion at {n:os_grid}; follow the bearing {n:bearing} to the cairn.",
        ],
        "extra": [
            "Report path damage to {role} with a photo and grid reference.",
            "The weather station uploads from {ip}; if readings freeze, the link is down, not the weather.",
        ],
    },
}

LOCAL = [
    "Anyone ringing from inside {town} can drop the code and dial {loc} for the ranger desk.",
    "Local callers ({town} numbers) – the kit-hire shop is {loc}.",
    "Call {loc} from any {town} landline; mobiles need the area code.",
    "The warden's office in {town} is {loc}, or {loc2} when the office is closed.",
    "{town} phone book entry, under 'Wildlife rescue': {loc}.",
    "Ring the boathouse – {loc} – if you are local to {town}; visitors use the full number on the booking.",
    "The recorded river levels for {town} are on {loc}, local-rate, updated at noon.",
    "From a {town} line, the campsite is just {loc} (ask for {name}).",
    "In {town} itself? Then it's {loc} for the outdoor centre.",
    '"Just dial {loc}, love, you\'re in {town}," the lady at the visitor centre told us.',
    "Our {town} depot (no area code needed locally):\n{loc}",
    "Trailhead shuttle, {town} calls only: {loc} – drivers: {loc2}.",
]

LIST_HEADS = ["Numbers for the day", "Keep these handy", "On the hill – contacts", "Contacts", "Who to call"]
LIST_LABELS = [
    "Ranger dispatch",
    "Hut warden",
    "Boathouse",
    "Head stalker",
    "Bailiff",
    "Rescue hotline",
    "Duty instructor",
    "Estate office",
    "Visitor centre",
    "Shuttle driver",
]

NEG_TITLES = ["Trip log", "Field notes", "Conditions", "Route card", "Season summary"]
