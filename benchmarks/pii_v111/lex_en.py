"""English sentences for the water-sports genres. Slots: {P} phone, {T} toll-free/shared-cost, {E} e-mail,
{C} card, {B} IBAN, {IP} IP address, {S} SSN, {name} a person, {n_<kind>} a hard negative."""

EN = {
    "dive": {
        "t": [
            "Dive centre – booking confirmation",
            "Boat dive briefing: tomorrow's two-tank trip",
            "Re: your Open Water course dates",
        ],
        "p": [
            "If the boat is delayed, the skipper texts from {P}, so keep your phone in the dry bag.",
            "Questions about the refresher dive? {name} runs the pool sessions and picks up on {P}.",
            "The deposit was taken from the card ending in your booking, {C}; the balance is due on the day.",
            "Please send your medical questionnaire to {E} at least 48 hours before the first pool session.",
            "Our nitrox fill log uploads to the shop server at {IP}; "
            "ask at the desk if your card is missing.",
            "Can't make it? Call the shop on {P} before 6 pm and we'll move you to the next boat.",
        ],
        "n": [
            "Cert no. {n_divecert} is on file; your last logged dive was {n_diveno} with a max depth of "
            "{n_maxdepth}.",
            "Plan for {n_bottomtime} at the wreck; turn the dive at half tank, starting from {n_tankbar}.",
            "Gas for the second dive is {n_nitrox}, analysed at the fill station, "
            "with {n_leadweight} of lead on a {n_wetsuit} suit.",
            "Water was {n_watertemp} at depth yesterday and your air use averaged {n_sac}.",
            "We anchor at {n_gps}, near the buoy line marked on chart {n_chart}.",
            "Cylinders last passed their hydrostatic test in {n_hydrotest}; the boat takes {n_capacity}.",
            "Your dive insurance membership, {n_dandmember}, has to be valid on the day.",
        ],
    },
    "surf": {
        "t": [
            "Surf school – lesson reminder",
            "Weekend surf camp: what to bring",
            "Lesson moved because of the swell",
        ],
        "p": [
            "Running late for the lesson? Text the beach hut on {P} and we'll wait at the flags.",
            "Group bookings and school trips go through {name} – ring {P} or write to {E}.",
            "The board hire balance will be charged to {C} once the boards are back on the rack.",
            "Parents can watch the surf cam stream from {IP} on the clubhouse Wi-Fi.",
            "For the camp minibus from the station, the driver's number is {P}.",
        ],
        "n": [
            "Forecast for Saturday: {n_swell} from {n_swelldir}, offshore {n_wind}.",
            "Your slot is {n_slot}; low tide is at {n_tide}, so we paddle out on the push.",
            "Beginners ride a {n_boarddims} foamie and a {n_wetsuit} suit; coaching is {n_ratio}.",
            "Booking {n_bookingref} covers two lessons; sunset is at {n_sunset}, "
            "so the evening session is short.",
            "Water is {n_watertemp} and the UV forecast says {n_uvindex}, so bring a rash vest.",
            "Wave buoy {n_buoy} showed the swell building overnight.",
        ],
    },
    "kayak": {
        "t": [
            "Kayak & canoe hire – your rental",
            "River trip: put-in and take-out details",
            "Sea kayak day hire confirmation",
        ],
        "p": [
            "If you capsize or lose a paddle, call the hire base on {P}; we collect from any landing stage.",
            "Our pick-up driver, {name}, will ring you from {P} when the trailer reaches the bridge.",
            "A security deposit of one boat's value is held on {C} and released when the boats are back.",
            "Damage reports with photos go to {E}, quoting your hire date.",
            "The trip tracker on the clubhouse router is at {IP} if you want to follow the group.",
        ],
        "n": [
            "Your boats are stored at rack {n_berth}; paddles are cut to {n_paddlelen}.",
            "Hire ref {n_bookingref}: two doubles, {n_capacity} in total, out for {n_slot}.",
            "The river gauge read {n_maxdepth} this morning; we cancel above the orange mark.",
            "The sea leg is {n_distance} each way with {n_wind} forecast from {n_swelldir}.",
            "Locker code for the changing room: {n_lockerpin}. Waiver {n_waiver} is signed.",
            "The support RIB, hull ID {n_hin}, launches from the slipway at nine.",
        ],
    },
    "lifeguard": {
        "t": [
            "Lifeguard club – patrol roster",
            "Surf life saving club: incident follow-up",
            "Pool lifeguard renewal – paperwork",
        ],
        "p": [
            "Patrol captain this weekend is {name}; swap a shift by ringing {P} before Thursday.",
            "The tower radio is down, so the duty guard carries the club mobile, {P}.",
            "Renewal fees for the award can be paid by card ({C}) or by transfer to {B}.",
            "Send your first-aid certificate scan to {E} so we can update the roster.",
            "For payroll, HR still needs your SSN ({S}) on the seasonal lifeguard form.",
        ],
        "n": [
            "Your award {n_lgaward} expires next spring; the refresher is {n_slot} in lanes {n_lanes}.",
            "Incident {n_incident} is closed; the casualty was out of the water within four minutes.",
            "The rescue boat listens on {n_vhf}; the coastguard station's MMSI is {n_mmsi}.",
            "Flags go up at 10:00; water quality today: E. coli {n_ecoli}, {n_uvindex}.",
            "Beach beacon ID {n_epirb} is registered to the club boat.",
        ],
    },
    "openwater": {
        "t": [
            "Open-water swim – race pack",
            "Lake swim series: results and next round",
            "Sea swim club: Sunday session",
        ],
        "p": [
            "On race morning the safety officer, {name}, is reachable on {P} until the last swimmer is out.",
            "Lost something at the finish? Ring the event office on {P}.",
            "Entries and refunds: {E}. Timing queries go to the results desk.",
            "Entry fee paid with {C}; you'll get a receipt with your race pack.",
            "Live tracking for the relay runs off a laptop at {IP} in the marquee.",
        ],
        "n": [
            "Your cap number is {n_bib}; you swim the {n_distance} wave.",
            "Last year's split at the turn buoy was {n_splittime}; the lake was {n_watertemp}.",
            "Target pace for the improvers' group: {n_pace}. Wetsuits are compulsory below 16 °C.",
            "Kayak cover keeps station at {n_gps}; the course is closed if wind exceeds {n_wind}.",
            "Your chip time was {n_splittime}; the next round starts in lanes {n_lanes} of the lido.",
        ],
    },
    "sup": {
        "t": ["Paddleboard rental – receipt", "SUP yoga on the harbour: booking", "Paddleboard hire terms"],
        "p": [
            "Board not holding air? Ring {P} and someone will bring a pump to the slipway.",
            "Our harbour kiosk is staffed by {name}; text {P} to check if boards are free.",
            "The hire was paid with {C}; the deposit is returned when the leash and fin come back.",
            "For corporate bookings write to {E} with the number of boards you need.",
            "Club members pay the season fee by direct debit from {B}.",
        ],
        "n": [
            "Board {n_boarddims}, paddle set to {n_paddlelen}, leash included.",
            "Voucher {n_voucher} is valid for two hours; your slot is {n_slot}.",
            "The harbour limit is {n_capacity} boards at once; stay inside berth line {n_berth}.",
            "Wind at the pontoon: {n_wind}; we close the rental when gusts pass 18 kn.",
            "Sunset session ends at {n_sunset}; the price is {n_price} per board.",
        ],
    },
}

# Announced local numbers: {town}, {L1}, optional {L2}
LOCAL_EN = [
    "Calling from a {town} landline? The dive shop is just {L1}, no area code needed.",
    "If you're in {town}, dial {L1} for the boat desk and {L2} for the fill station - local calls only.",
    "Dockside office ({town} numbers drop the area code): {L1}.",
    "Staying in {town}? Reach the surf hut from your room phone on {L1}.",
    "Inside the {town} area the kayak base answers on {L1}; out of hours try {L2}.",
    "For paddlers ringing from {town} itself, the short number is {L1}.",
    "Local callers in {town} can book the lifeguard course on {L1} or {L2}.",
    "From any {town} phone, the lake swim hotline is simply {L1}.",
]

HEADS_EN = ["Beach phone list", "On-the-water contacts", "Boat and shore contacts", "Who picks up"]
LABELS_EN = [
    "Boat skipper",
    "Fill station",
    "Beach hut",
    "Hire base",
    "Safety boat",
    "Club secretary",
    "Event office",
    "Pool desk",
    "Minibus driver",
    "Harbour kiosk",
]
