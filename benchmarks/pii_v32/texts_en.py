"""English phrasings for v32 (spoken and transcribed text); {P} phone, {P2} the same phone again, {T} town,
{N} a name, {E} e-mail, {I} IBAN, {C} card, {A} IP address, {S} SSN, {V} a hard-negative value."""

LAB = {
    "vm": ("Voicemail", "From", "Length", "Transcription (automatic, may contain errors)", "confidence"),
    "unknown": "Withheld",
    "crm": (
        "Interaction",
        "Handled by",
        "Direction",
        "inbound",
        "outbound",
        "Talk time",
        "Call notes",
        "Wrap-up code",
    ),
    "log": "Date | Time | Agent | Dir | Number | Talk time",
    "vcard": "Contact card attached to the ticket",
    "meet": [
        "Quarterly supplier review (recording)",
        "Interview with a former shift supervisor",
        "Volunteer coordinators' call",
        "Project kick-off – auto transcript",
    ],
    "parts": "On the call",
    "dict": "Dictated note – not yet proofread",
    "punct": ("comma", "full stop", "new paragraph"),
    "radio": ("PRESENTER", "CALLER", "[STING]", "[BACK TO STUDIO]"),
    "leaf": ("Audio version of the printed leaflet", "Track", "Numbers read out in this track"),
    "ivr": ("Prompt", "Main menu script, version", "Recorded by"),
    "sub": ("[music]", "[laughs]", "[phone rings]"),
}

G = {
    "voicemail": {
        "ph": [
            "Hi it's {N} um just calling back about the quote, you can get me on {P} any time after four.",
            "Hello, this is a message for the practice manager, could you ring me back on {P}, thanks, bye.",
            "yeah hiya it's me, my battery's dying so if this doesn't work try {P} instead okay?",
        ],
        "fill": [
            "Sorry, I've been playing phone tag with your office all week.",
            "Nothing urgent, just wanted to check you got the paperwork.",
            "Oh and tell Dave the van's fixed.",
        ],
    },
    "callnote": {
        "ph": [
            "Customer asked us to use {P} from now on, old number is disconnected.",
            "Callback requested on {P} between 9 and 11, caller works nights.",
            "Son ({N}) is second contact, reachable on {P}.",
        ],
        "fill": [
            "Explained the billing cycle again, customer calmer by end of call.",
            "Escalated to tier 2, no promise of timescale given.",
            "Caller was driving, call dropped twice.",
        ],
    },
    "meeting": {
        "ph": [
            "If the courier gets lost they can just ring me directly, I'm on {P}.",
            "So the escalation contact over there is {N}, and her direct line is {P}.",
            "Put the site office down as {P}, that one's staffed until six.",
        ],
        "fill": [
            "Okay, can everyone hear me? Great, let's get going.",
            "Sorry, you cut out for a second there, say that again?",
            "I think we're at time, so let's pick that up next week.",
        ],
    },
    "subtitle": {
        "ph": [
            "If anything in this episode affected you, you can talk to someone on {P}.",
            "To book a place on the workshop, call the centre on {P}.",
            "Want to come on the show? Leave us a message on {P}.",
        ],
        "fill": [
            "So today we're talking about something a bit different.",
            "And honestly that surprised all of us.",
            "Stick around, because after the break we've got a guest.",
        ],
    },
    "dictation": {
        "ph": [
            "Letter to {N} comma ask her to confirm the new address by phoning {P} full stop",
            "Reminder to myself to chase the surveyor on {P} before Friday",
            "Patient's daughter can be contacted on {P} comma she has power of attorney",
        ],
        "fill": [
            "Start of dictation for the Henderson file.",
            "Scratch that last sentence.",
            "End of dictation, please type up today.",
        ],
    },
    "phonein": {
        "ph": [
            "And if you've got a view on that, the lines are open, it's {P}.",
            "Our producer will call you back, so make sure the number you leave is {P}, is that right?",
            "Caller says the food bank's own number is {P} if anyone wants to donate.",
        ],
        "fill": [
            "Good afternoon, you're on the air, what's on your mind?",
            "I've been listening for twenty years and I've never rung in before.",
            "Thanks for your call, we'll leave it there.",
        ],
    },
    "leaflet": {
        "ph": [
            "If you are worried about someone, you can call our support line on {P}.",
            "For large print or braille copies of this leaflet, phone {P}.",
            "Carers can speak to an adviser by ringing {P}.",
        ],
        "fill": [
            "This is the audio version of our leaflet about staying safe at home.",
            "You can pause this recording at any time.",
            "The next section explains what happens after you call.",
        ],
    },
    "ivr": {
        "ph": [
            "If you'd rather speak to our local branch, hang up and dial {P}.",
            "For out-of-hours repairs please call {P}.",
            "Business customers have a dedicated line, that's {P}.",
        ],
        "fill": [
            "Thank you for calling. Calls may be recorded for training purposes.",
            "Please listen carefully as our options have changed.",
            "We're sorry, that was not a valid selection.",
        ],
    },
}

LOCAL = [
    "if you're ringing from inside {T} you can leave off the code, it's just {P}",
    "the {T} office, the local number there is {P}, that's without the area code",
    "from a {T} landline just dial {P}",
    "anyone in {T} can pop in or call {P}, local rate",
]
MOB = ["text or WhatsApp me on {P}, I don't really check voicemail", "my mobile's {P} if I'm out on site"]
FIX = [
    "the landline at the house is {P}, there's usually someone in",
    "don't use the mobile, use the office desk phone, {P}",
]
SVC = [
    "it's a freephone number, {P}, open twenty-four hours",
    "customer services are on {P}, standard rates apply",
]
REP = ["the number is {P}, I'll say that again, {P2}", "so that's {P}, again that's {P2}"]
EMAIL = ["or drop me an email, it's {E}", "send the photos over to {E} please"]
IBAN = ["refund to go to IBAN {I}, confirmed back to the customer"]
CARD = ["customer read out the card number {C} before I could stop them, redacted in billing system"]
IP = ["router shows WAN address {A}, asked customer to restart it", "device on the LAN is {A}"]
SSN = [
    "caller verified with social security number {S}",
    "she read out her SSN as {S}, I said we didn't need it",
    "benefits form dictated, claimant's social is {S}",
]

NEG = {
    "call_duration": ["Call lasted {V}, mostly hold music.", "Duration {V}"],
    "hold_time": ["Customer had waited {V} in the queue."],
    "case_no": ["Case {V} reopened.", "Please quote case number {V} when you call back."],
    "call_id": ["Linked interaction {V}."],
    "agent_id": ["Transferred to agent {V}."],
    "ivr_option": ["For billing, press {V}.", "To hear these options again, press {V}."],
    "card_last4": ["Payment taken on the card ending {V}."],
    "meter_reading": ["Gas meter reading given as {V}."],
    "radio_freq": ["You're listening on {V} FM.", "Also on {V} MHz in the north of the county."],
    "episode": ["This is episode {V}.", "Continuing from {V}."],
    "rec_file": ["Recording saved as {V}."],
    "audio_spec": ["Audio captured at {V}."],
    "pin_spoken": ["Your temporary PIN is {V}, please change it."],
    "dob": ["Date of birth given as {V} for security."],
    "postcode": ["Postcode {V}, first line of address confirmed."],
    "amount": ["Outstanding balance {V}.", "Goodwill credit of {V} applied."],
    "percent": ["About {V} of callers asked for this."],
    "audience": ["Last week {V} of you downloaded the show, thank you!"],
    "asr_conf": ["[segment confidence {V}]"],
    "tracking": ["Courier tracking {V}."],
    "order_no": ["Order {V} dispatched yesterday."],
    "firmware": ["Router firmware is {V}."],
    "serial": ["Boiler serial {V}."],
    "room": ["We're in room {V} if anyone's joining in person."],
    "meeting_id": ["Meeting ID: {V}"],
    "passcode": ["Passcode {V}"],
    "short_code": ["In an emergency always dial {V}."],
    "sms_short": ["Text your answers to {V}, texts cost your standard network rate."],
    "road": ["Long delays on the {V} this morning."],
    "gps": ["Caller's handset location {V}."],
    "iso_time": ["Created {V} by system."],
    "pressure": ["Pressure steady at {V}."],
    "chapter": ["{V} where the guest arrives"],
    "extension": ["Internal only: extension {V}."],
    "vin": ["Vehicle VIN {V} checked against the policy."],
}
