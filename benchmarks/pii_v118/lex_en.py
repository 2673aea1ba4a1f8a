"""English sentences for v118: amateur radio, electronics and maker spaces. {P} phone, {n:kind} negative."""

EN = {
    "repeater": {
        "titles": ["Repeater status sheet", "GB3 repeater keeper's note", "Machine info for new members"],
        "pos": [
            "The output is on {n:repeater-frequency} ({n:offset-and-tone}); "
            "if it latches up, text the keeper on {P}.",
            "Linked to AllStar node {n:allstar-node} "
            "most evenings. Faults and interference reports go to {E}.",
            "The controller's web page lives at {IP}, reachable only from the club VPN.",
            "Site access is by arrangement with the farmer - ring {P} at least a day before you drive up.",
            "Kerchunkers be warned: the timeout is three minutes. Questions about the linking schedule: {P}.",
        ],
        "neg": [
            "Coverage map drawn from {n:coordinates}, "
            "antenna at {n:elevation}, {n:antenna-dimensions} collinear.",
            "EchoLink conference node {n:echolink-node} is up again after the lightning hit.",
            "The PSU was swapped for a {n:psu-rating} unit with a {n:fuse-rating} fuse.",
        ],
    },
    "clubnet": {
        "titles": ["Weekly net schedule", "Tuesday evening net - running order", "Club nets this month"],
        "pos": [
            "Net control this week is {name}; if conditions kill the net, he'll be on the landline at {P}.",
            "Check-ins who cannot hear net control can "
            "relay via the DMR talkgroup or phone the logger on {P}.",
            "Send your check-in count and any traffic for the bulletin to {E} before Sunday.",
            "The Thursday rag-chew starts at eight; latecomers who want a slot can message {P}.",
        ],
        "neg": [
            "We meet on {n:repeater-frequency} and simulcast "
            "on DMR {n:talkgroup}; hotspot users set ID {n:dmr-id}.",
            "Last week {n:callsign} topped the club's DXCC ladder with {n:dxcc-tally}.",
            "The APRS beacon during the net runs as {n:aprs-path}.",
        ],
    },
    "contest": {
        "titles": ["Contest log submission", "Results and log-check queries", "Soapbox - club contest entry"],
        "pos": [
            "Our Cabrillo file claims {n:contest-score}; "
            "the log checker asked us to confirm by phone on {P}.",
            "Operators for the multi-two entry: please reach the station manager at {P} to book a shift.",
            "Soapbox comments and photos to {E}, please, by the end of the month.",
            "If the generator fails again, the backup contact at the site is {name} on {P}.",
        ],
        "neg": [
            "Best run rate was at {n:qso-timestamp}; our exchange looked like {n:contest-exchange}.",
            "We ran from {n:grid-locator}, {n:cq-itu-zones}, with the amp showing {n:swr-and-power}.",
            "Serial numbers in the log restart after QSO {n:contest-exchange} because of a laptop crash.",
        ],
    },
    "repaircafe": {
        "titles": ["Repair café - intake slip", "This month's repair café", "Fixers' notes from Saturday"],
        "pos": [
            "Your toaster is waiting on a thermal fuse; we'll call you on {P} once the part arrives.",
            "Bring the power supply with you. Booking a slot is easiest by phone: {P}.",
            "Donations for spare parts can be paid by card at the "
            "door; one visitor paid with {CARD} and asked us to keep the slip.",
            "Volunteer fixers, please tell the coordinator {name} which tables you can cover ({E}).",
            "If the kettle still trips the breaker at home, ring our electrician volunteer on {P}.",
        ],
        "neg": [
            "Dishwasher {n:appliance-e-nr}: pump measured {n:resistance-reading}, replaced.",
            "PAT test before return: {n:mains-reading}, passed.",
            "The lamp needed a new {n:fuse-rating} fuse and a {n:component-value} capacitor.",
        ],
    },
    "hackerspace": {
        "titles": [
            "Welcome to the space - induction notes",
            "Hackerspace member handbook",
            "Laser cutter booking",
        ],
        "pos": [
            "Lost your fob? The door admin can re-enrol "
            "it; ring {P} and leave a message with your member number.",
            "The members' wiki and the 3D-printer queue run on {IP}; log in with your space account.",
            "For anything about the workshop tools, write to {E}.",
            "Laser cutter out of hours only with a trained member present - the duty keyholder is on {P}.",
            "Monthly dues are collected by direct debit; the space's account for standing orders is {IBAN}.",
        ],
        "neg": [
            "Your door record: member {n:member-number}, fob {n:rfid-fob}.",
            "Default PLA profile: {n:print-settings}.",
            "The soldering bench has a {n:psu-rating} supply "
            "and spare {n:component-value} parts in bin {n:bin-location}.",
        ],
    },
    "surplus": {
        "titles": [
            "Surplus stock list",
            "Order confirmation - electronics surplus",
            "Rally table: what we're bringing",
        ],
        "pos": [
            "Paid with card {CARD}; we'll post it on Monday and text tracking to {P}.",
            "Collection from the unit is fine - call {P} first, the gate is locked at weekends.",
            "Trade enquiries and bulk quotes to {E}; retail questions to {P}.",
            "For bank transfer please use {IBAN} and put your order number as the reference.",
        ],
        "neg": [
            "{n:part-number}, date code {n:date-code}, {n:price-quantity}.",
            "Ex-equipment RF modules, {n:parcel-dimensions} boxed, from bin {n:bin-location}.",
            "Scanner lookup for the manual: ISBN {n:isbn}, shelf label {n:ean-barcode}.",
        ],
    },
    "fieldday": {
        "titles": ["Field day plan", "Portable activation - logistics", "Weekend camp-out on the hill"],
        "pos": [
            "Set-up starts Friday evening; anyone arriving late should phone the site lead on {P}.",
            "There is no mobile coverage at the top, so the emergency contact at base is {name} on {P}.",
            "Share photos and logs afterwards via {E}.",
            "Generator fuel is being collected by {name}; coordinate with him on {P}.",
        ],
        "neg": [
            "We'll activate {n:park-summit-reference} from {n:grid-locator}, about {n:elevation}.",
            "The ISS pass on Saturday: {n:satellite-pass} (NORAD {n:norad-id}).",
            "Dipoles cut to {n:antenna-dimensions}; the tuner showed {n:swr-and-power}.",
        ],
    },
    "qsl": {
        "titles": ["QSL bureau notice", "Card manager update", "Outgoing cards - how to send them"],
        "pos": [
            "Sub-manager for the bureau is {name}; questions about missing cards to {E} or {P}.",
            "If you need your envelopes collected, the bureau desk takes calls on {P} on Wednesdays.",
            "Direct cards with a return envelope only; for urgent DXpedition cards phone {P}.",
        ],
        "neg": [
            "This batch covers {n:iota-reference} and the {n:park-summit-reference} activation.",
            "Cards for {n:callsign} are held until postage arrives; tally so far {n:dxcc-tally}.",
        ],
    },
    "exam": {
        "titles": ["Licence exam session", "VE team session notice", "Foundation course and exam"],
        "pos": [
            "Candidates without an FRN may give their SSN "
            "on the form; for this session one candidate listed {SSN}.",
            "Register with the VE liaison by phone ({P}) at least a week before the session.",
            "Study questions and the booking form are sent out from {E}.",
            "Parking is behind the fire station; if you get lost, call {name} on {P}.",
        ],
        "neg": [
            "New licensee's FRN {n:fcc-frn}, certificate {n:licence-certificate}.",
            "Reference book: ISBN {n:isbn}.",
        ],
    },
    "kitshop": {
        "titles": ["Your kit order", "Kit build help", "Maker shop dispatch note"],
        "pos": [
            "Paid by {CARD}. If a part is missing from the bag, call the workshop on {P} with the kit name.",
            "Build support is by e-mail at {E} - photos of both sides of the board help a lot.",
            "Local pickup is available Thursday afternoons; ring {P} when you're outside.",
            "The firmware update server for the kit is {IP}; it only answers over the USB tether.",
        ],
        "neg": [
            "Board: {n:pcb-spec}. Programming header runs at {n:baud-settings}.",
            "Kit contents include {n:part-number}, {n:component-value} and a {n:fuse-rating} fuse.",
            "Parcel: {n:parcel-dimensions}, barcode {n:ean-barcode}.",
        ],
    },
    "emcomm": {
        "titles": ["Emergency comms activation roster", "RAYNET exercise briefing", "ARES callout list"],
        "pos": [
            "If you're called out, confirm your availability to the controller on {P} within thirty minutes.",
            "The county EOC radio room can be reached at {P}; do not give this number to the public.",
            "Exercise reports go to {E} by Friday noon.",
            "The Winlink gateway for the exercise is reachable at {IP} on the county network.",
        ],
        "neg": [
            "Primary: {n:repeater-frequency}, fallback simplex with {n:offset-and-tone} disabled.",
            "Rendezvous point: {n:coordinates}. Packet nodes at {n:baud-settings}.",
            "Operators must carry a {n:psu-rating} supply and their licence {n:licence-certificate}.",
        ],
    },
}

LOCAL_EN = {
    "US": [
        "If you're calling from inside {town}, the club shack answers on {L1} - seven digits, no area code.",
        "{town} hams: the repeater trustee picks up on {L1}; the backup trustee is at {L2}.",
        "Folks around {town} can just dial {L1} for the repair table.",
        "Local to {town}? The shop line is {L1}, and after hours try {L2}.",
    ],
    "GB": [
        "From a {town} landline you can drop the code: the clubhouse is {L1}.",
        "In {town} itself, ring the repair café on {L1} (the evening number is {L2}).",
        "Space members in {town} can reach the keyholder on {L1} without dialling the area code.",
    ],
    "IN": [
        "Within {town}, call the club station at {L1}; "
        "without the STD code it works from any landline in the city.",
        "For {town} members, the workshop landline is {L1} and the secretary's is {L2}.",
    ],
}
HEADS_EN = ["Club contacts", "Handy numbers for the weekend", "Net control and backups", "Shack phone list"]
LABELS_EN = [
    "Secretary",
    "Repeater keeper",
    "Field day lead",
    "Bureau desk",
    "Workshop",
    "Treasurer",
    "Net control",
    "Duty keyholder",
    "Site owner",
    "Repair coordinator",
]
