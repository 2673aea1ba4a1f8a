"""English sentences for the v110 set (astronomy and science outreach)."""

TITLES = {
    "obsnight": [
        "Public observing night – booking confirmation",
        "Open night at the observatory: what to expect",
    ],
    "planetarium": ["Planetarium programme this month", "Fulldome show – group booking"],
    "society": ["Astronomical society newsletter", "Minutes of the committee meeting"],
    "starparty": ["Autumn star party: site notes", "Star party registration pack"],
    "schooltrip": ["School visit to the science centre", "Class trip: the Sun, safely"],
    "meteor": ["Meteor watch: Perseids briefing", "Fireball report follow-up"],
    "satpass": ["Satellite spotting club – tonight's passes", "ISS pass and ham radio contact"],
    "scopeloan": ["Telescope lending library: your loan", "Loan scope returned – condition notes"],
    "eclipse": ["Eclipse trip itinerary", "Totality coach tour – final details"],
    "darksky": ["Dark-sky survey results", "Light pollution complaint, follow-up"],
    "lecture": ["Public lecture series", "Talk invitation: black holes for beginners"],
}

BODY = {
    "obsnight": [
        "Tonight's targets are {ngc} and the double star {hd}, weather permitting; the dome opens "
        "{timerange}.",
        "Our main instrument is a {optics} reflector, and visitors usually see Saturn through a "
        "{eyepiece} eyepiece.",
        "Please park on the gravel and switch to red torches; last month the sky meter read {sqm}.",
        "If the forecast shows more than half cloud we move the session, and your ticket {booking} "
        "stays valid.",
    ],
    "planetarium": [
        "The 40-minute show follows {exoplanet} and ends with a live sky over the dome; your group "
        "sits in {seat}.",
        "Our projector rebuilds the sky for any date, so we start with the night of {utc}.",
        "Seats are unreserved except for the accessible bay; the afternoon slot is {timerange}.",
        "The new segment flies out to a galaxy group at {dist} and then zooms back to the Sun.",
    ],
    "society": [
        "Membership cards for {member} and the rest of the intake will be posted next week.",
        "Two members followed {supernova} in the outskirts of {ngc}, peaking near {mag}.",
        "The variable star section logged {hd} on forty nights; light curves are on the noticeboard.",
        "The minor-planet group confirmed {minor} and measured the newcomer {provdes} on three nights.",
        "Our treasurer reminds everyone that the journal now cites {bibcode} in the imaging column.",
    ],
    "starparty": [
        "The field sits at {elev} above sea level, {latlon}, with a typical {bortle} sky.",
        "Generators go at the far end; no white light after dusk, and cars leave the field before "
        "{timerange}.",
        "Saturday's observing challenge: {ngc}, {ngc} and the faint galaxy at {ra}, {dec}.",
        "Last year's best Andromeda image was {stack} with a {pixel} camera; raw frames look like {fits}.",
        "Bring a dew heater; last year the mirror fogged within an hour and the sky meter still gave {sqm}.",
    ],
    "schooltrip": [
        "Pupils will look at the Sun through a hydrogen-alpha filter at {wave} and sketch the prominences.",
        "The workshop runs {timerange}; each class rotates through the rocket lab and the planetarium.",
        "We will show them how far light travels: the nearest big galaxy is {dist} away.",
        "Lunch is in the atrium; please label lunch bags with the class and {seat} from the seating plan.",
    ],
    "meteor": [
        "Expect a {zhr} around the peak; the radiant rises in the north-east at {ra}, {dec}.",
        "Our camera caught the fireball at {utc}; the brightest frame reached {mag}.",
        "Count in blocks of one hour, note cloud cover, and write the limiting magnitude (e.g. {mag}).",
        "The meteoroid stream belongs to comet {comet}; older trails may give a short burst.",
    ],
    "satpass": [
        "The station ({norad}, launched as {cospar}) will pass {pass}, brightest at {mag}.",
        "We will listen for the downlink on {freq} and decode the weather images afterwards.",
        "Space weather looks lively ({kp}), so keep an eye on the northern horizon too.",
        "The logger stamps every pass in {mjd}, so convert before you post times in the chat.",
        "A Starlink train from launch {cospar} should cross Cassiopeia shortly after dusk.",
    ],
    "scopeloan": [
        "Your loan kit is a {optics} Dobsonian with a {eyepiece} eyepiece and a red-dot finder.",
        "Please clean nothing yourself; if the secondary is dewy, let it dry with the cap off.",
        "Good first targets: {ngc}, the Moon's terminator and the double star {hd}.",
        "The kit comes back with your membership number {member} on the tag.",
    ],
    "eclipse": [
        "Totality at our site lasts about two minutes; first contact {utc}.",
        "The coach leaves the hotel at 05:30 and we set up at {latlon}, {elev} up.",
        "Solar filters are in the welcome pack; only remove them during totality.",
        "For imaging, a {optics} refractor with a {pixel} camera gives a full disc with room for the corona.",
    ],
    "darksky": [
        "Readings across the county ranged from {sqm} at the reservoir to much brighter values in town.",
        "The new floodlights at the depot push the site from {bortle} towards the next class.",
        "We logged each station with its position ({latlon}) and the time ({utc}).",
        "Shielded, warm-white fittings would bring the zenith back within a season.",
    ],
    "lecture": [
        "Doors open at 19:00; the talk covers {exoplanet} and the transit method, with a Q&A after.",
        "Slides will cite {arxiv} and {doi} for those who want to read further.",
        "The speaker will also discuss the alert {atel} and how follow-up was organised within hours.",
        "The host star, {gaia} (also listed as {twomass}), is fainter than most people expect.",
        "A recording goes online a week later; the hall holds up to 180 people.",
    ],
}

PHONE = [
    "To change your booking, ring {P}.",
    "Questions on the night itself: {P}.",
    "If the weather turns, the duty observer texts everyone from {P}.",
    "Coach organiser's phone: {P} (she is also the first-aider).",
    "Leave a message for the outreach officer on {P} and she will call back.",
    "Group bookings are handled by the box office on {P}.",
    "The warden at the site can be reached at {P} until midnight.",
    "Lost property from the dome goes to the front desk – {P}.",
]
PHONE2 = [
    "The office is on {P}; on observing nights use {P2} instead.",
    "Ring {P} for tickets or {P2} if you need the accessible entrance opened.",
    "Coach leader: {P}. Backup driver: {P2}.",
]
SERVICE = [
    "Free phone line for school bookings: {P}.",
    "The national dark-sky helpline is {P} (free to call).",
    "Members' renewal hotline: {P}, weekdays 9–5.",
]
LOCAL1 = [
    "Living in {T}? The dome office picks up on {L1}, no area code needed.",
    "Calling from a {T} landline, just dial {L1} for the observatory.",
    "{T} members: the clubhouse number is simply {L1} when you ring from town.",
    "For anyone local to {T}, the planetarium desk is {L1}.",
]
LOCAL2 = [
    "Round {T} you can reach the dome on {L1} and the warden's cottage on {L2}, both without the code.",
    "From inside {T}: ticket desk {L1}, observing floor {L2} (local calls only).",
    "Town lines ({T}, drop the area code): front desk {L1}, education team {L2}.",
]
EMAIL = [
    "Send your observing reports to {E}.",
    "Images for the gallery can be mailed to {E} (full resolution, please).",
    "Accessibility requests: {E}.",
]
IP = [
    "The all-sky camera streams from {IP} on the club network.",
    "The mount controller sits at {IP}; log in only if you are rota'd on.",
    "Weather station data is served from {IP} every five minutes.",
]
CARD = [
    "The deposit was charged to the card ending in the number you gave us: {C}.",
    "Paid by card {C}; the receipt is attached.",
]
IBAN = [
    "Membership fees go by standing order to {IB}.",
    "Please refund the coach deposit to {IB}.",
]
SSN = [
    "For the school outreach volunteer check we hold your SSN as {SSN}.",
    "Background screening for the youth astronomy camp used SSN {SSN}.",
]
HEADS = ["Numbers for the night", "Observatory contacts", "Who to call on the field", "Club phone tree"]
LABELS = [
    "Box office",
    "Duty observer",
    "Site warden",
    "Coach leader",
    "Education team",
    "Dome control",
    "Membership secretary",
    "Car park marshal",
]
