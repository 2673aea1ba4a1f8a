"""English sentences for v42 (en_US, en_GB, en_IN, en_AU, en_IE), written fresh."""

GENRES = {
    "gp": {
        "head": [
            "{org} — PATIENT NOTICE\nUpdated by {name}, practice manager",
            "Winter vaccination clinics at {org}\nPosted in the waiting room by {name}",
        ],
        "fill": [
            "Repeat prescriptions (for example {drug}) need two full working days before collection.",
            "Flu and COVID boosters are offered to everyone aged {ageband} this season; bring your "
            "health or insurance number ({patient_id}) if you have it.",
            "The blood-pressure machine in the lobby records readings like {bp}; hand the slip to reception.",
            "Our practice code is {practice} and Dr Marsh's registration is {regno}.",
            "Average wait at the walk-in desk this morning: {wait} minutes.",
        ],
        "sign": "Please be kind to our reception team — they are doing their best.",
    },
    "hosp": {
        "head": [
            "DISCHARGE SUMMARY — {org}\nConsultant: {name}",
            "Your outpatient appointment at {org}\nDear {name},",
        ],
        "fill": [
            "You were on ward {wardbed} (ward/bed) and your record number is {mrn}.",
            "Diagnosis coded {icd}; observations on leaving: {bp}, pulse {pulse}, {temp}.",
            "Continue {dose} with food and stop the drip that ran at {infusion}.",
            "Please come to clinic room {room}; your reference is {aptref}.",
            "ECG before discharge showed {qtc}, which is within range for you.",
        ],
        "sign": "If you cannot attend, tell us so the slot can go to someone on the waiting list.",
    },
    "lab": {
        "head": [
            "PATHOLOGY RESULTS LETTER\nRequested by {name} at {org}",
            "Your blood test results are back\n{org}, results team",
        ],
        "fill": [
            "Specimen {specimen}: potassium {refrange} is the reference range; yours sits inside it.",
            "HbA1c {hba1c} and fasting glucose {glucose}, so no change to treatment.",
            "Kidney function (eGFR) {egfr}; total cholesterol {chol}.",
            "Your INR today is {inr}; keep the same warfarin dose until the next check.",
        ],
        "sign": "Results are not discussed with anyone but you unless you have given consent.",
    },
    "care": {
        "head": [
            "THE {org} NEWSLETTER\nFrom the home manager, {name}",
            "Visiting arrangements at {org}\nIssued by {name}",
        ],
        "fill": [
            "Residents on the first floor (rooms up to {room}) have a new lounge with a piano.",
            "Visitors should sign in and wait if a resident's reading is above {temp}.",
            "Mrs Okafor celebrated her birthday with {steps} steps walked around the garden this month.",
            "The hearing clinic found losses around {hearing} for several residents; new aids are on order.",
        ],
        "sign": "Thank you to all the families who helped at the summer fete.",
    },
    "tele": {
        "head": [
            "HOW TO JOIN YOUR VIDEO CONSULTATION\n{org} — prepared by {name}",
            "Telehealth check-in guide\n{org}",
        ],
        "fill": [
            "Meeting ID {meeting}, passcode {passcode}; join five minutes early.",
            "Update the app to version {appver} or later before the call.",
            "Have your home monitor ready: we will ask for {bp} style readings and your {spo2}.",
            "If you were sent a reference ({aptref}), type it exactly as printed.",
        ],
        "sign": "The clinician may switch to a voice call if the picture freezes.",
    },
    "eyedent": {
        "head": ["Reminder from {org}\nFor {name}", "YOUR CHECK-UP IS DUE — {org}"],
        "fill": [
            "Last time we noted teeth {teeth} for monitoring, so allow forty minutes.",
            "Your current glasses prescription reads {eyerx}.",
            "Vision on the chart was {acuity} in the weaker eye.",
            "Children under 18 are seen free; bring the recall card ref {aptref}.",
        ],
        "sign": "Cancellations with less than 24 hours' notice may be charged.",
    },
    "helpline": {
        "head": [
            "Feeling low? You don't have to cope alone.\nA leaflet from {org}",
            "Forum post — {org} community board\nposted by {name}",
        ],
        "fill": [
            "I tracked my sleep for a month and my resting heart rate dropped to {pulse}.",
            "The GP started me on {dose} and the first two weeks were rough.",
            "Our volunteers answer about {wait} calls an hour on Sunday evenings.",
            "Talking therapies have a waiting list here, but it is shorter for people aged {ageband}.",
        ],
        "sign": "If you are in immediate danger, call the emergency services.",
    },
    "fitness": {
        "head": [
            "{org} — CLASS & PHYSIO TIMETABLE\nCompiled by {name}",
            "Your rehab plan from {org}\nPhysiotherapist: {name}",
        ],
        "fill": [
            "Knee programme: {sets}, three times a week.",
            "Keep your heart rate in zone 2 ({zone}) for the first fortnight.",
            "Membership {member}; your locker is number {locker}.",
            "Latest fitness test: VO2max {vo2}, BMI {bmi}, height/weight {hw}.",
        ],
        "sign": "Wipe down the equipment after use and return the weights to the rack.",
    },
}

GENERAL = [
    "Reception can be reached on {phone} during opening hours.",
    "Questions about this letter? Ring {phone} and quote the reference.",
    "To rebook, phone {phone}.",
]
MOBILE = "Text reminders come from {phone}; you can reply to it."
FIXED = "The landline at the front desk is {phone}."
ABROAD = ["Calling from outside the country? Use {phone}.", "Family overseas can reach the ward on {phone}."]
SERVICE = ["Free advice line: {phone}.", "Out-of-hours service, calls charged at local rate: {phone}."]
LOCAL = {
    "US": ["Inside {town}, the nurse line is just {local}.", "Local {town} callers can dial {local}."],
    "GB": [
        "If you're calling from a {town} number, just {local}.",
        "Within {town}: {local} (no code needed).",
    ],
    "IN": ["From any landline in {town}, dial {local}.", "{town} city line for the clinic: {local}."],
}
EMAIL = ["Send scans or forms to {email}.", "Or email your physio directly at {email}."]
IBAN = "Fees are collected by direct debit; to pay yourself, use {iban}."
CARD = "Prepayment certificate paid by card {card}, receipt attached."
IP_PRIV = "IT note: the video kiosk in the day room is on {ip}."
IP_PUB = "If your firewall blocks the call, allow our gateway at {ip}."
SSN = "Billing asked for the Social Security number on the form: {ssn}."
DIR_HEAD = ["Useful numbers", "Who to call"]
ROLES = ["Reception", "Dispensary", "Ward sister", "Physio desk", "Results line", "Night nurse"]
NOPHONE = ["We cannot give results over the phone.", "Please do not phone the ward for test results."]
