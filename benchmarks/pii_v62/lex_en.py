"""English sentences (en_US, en_GB, en_IN, en_AU, en_IE): seven health and care genres."""

EN = {
    "gp": {
        "title": [
            "Appointment reminder",
            "Message from your surgery",
            "Test results ready",
            "Flu clinic: Saturday session",
            "Repeat prescription request received",
        ],
        "pos": [
            "Dr {name} has asked us to book you in for a medication review. Please call the surgery on "
            "{fixed} "
            "after 10 am, when the lines are quieter.",
            "Your blood test results are back and the doctor would like a quick word. If you'd rather we "
            "texted, reply with the best mobile to reach you, or ring us yourself on {fixed}.",
            "We could not reach you on {mobile} this morning. Nothing urgent, but please get in touch before "
            "Friday so we can rebook your review.",
            "For online access to your record, ask reception for a registration letter, or e-mail {role} "
            "with "
            "your full name and date of birth.",
            "Our practice nurse {fname} runs the asthma clinic on Tuesdays. To change an appointment, leave "
            "a "
            "message on {mobile} and she will ring you back.",
            "When the surgery is closed, NHS advice is still available, or you can try the free line {tf} "
            "for "
            "non-urgent questions about your medicines.",
            "Your reference for this request is {n:eps}. If the pharmacy has not received it within two "
            "working "
            "days, phone {fixed} and quote it.",
            "Please note that the practice manager, {name}, now handles complaints directly: {email}.",
        ],
        "neg": [
            "Your blood pressure today was {n:bp} mmHg and your pulse {n:pulse}, both in the range we'd "
            "expect.",
            "@GB We have your NHS number as {n:nhs}; if that does not match your card, tell reception at "
            "your "
            "next visit.",
            "HbA1c came back at {n:hba1c}, slightly higher than last time, so the nurse will see you in "
            "three "
            "months.",
            "@GB The locum who saw you, Dr {name} (GMC {n:gmc}), has added a note for your usual GP.",
            "Coded on your record as {n:icd} with SNOMED concept {n:snomed}; no action needed from you.",
            "Your next review is booked for {n:appt}. Please arrive ten minutes early.",
        ],
    },
    "dentist": {
        "title": [
            "Your treatment plan",
            "Check-up due",
            "Dental practice: booking confirmation",
            "Hygienist appointment",
        ],
        "pos": [
            "If you are in pain outside opening hours, our emergency dentist can be reached on {mobile}. For "
            "everything else, call reception on {fixed}.",
            "Thank you for your deposit of £60, paid with card {card}. The balance is due on the day of "
            "treatment.",
            "Patients paying monthly can set up a direct debit to our practice account {iban}; please use "
            "your "
            "surname as the reference.",
            "Running late? A quick call to {fixed} means we can often still see you, or move your slot.",
            "Questions about your plan can go to our treatment coordinator {name} at {email}.",
            "Our new booking line {tf} is free from landlines and mobiles.",
        ],
        "neg": [
            "Today we placed a filling on teeth {n:teeth} (FDI notation) and the hygienist scaled the lower "
            "front.",
            "@US Procedure code {n:cdt} was billed to your plan; your share comes to $42.",
            "Please don't eat for two hours after the anaesthetic. Take up to {n:dose} ibuprofen if needed.",
            "Your next check-up is on {n:appt}. Bring your insurance card, member number {n:member}.",
        ],
    },
    "pharmacy": {
        "title": [
            "Your prescription is ready to collect",
            "Pharmacy update",
            "Medicine delivery",
            "Vaccination booking",
        ],
        "pos": [
            "Your medicines are ready at the dispensary. If someone else is collecting, let us know on "
            "{fixed} so we can note their name.",
            "Our driver will drop the delivery round this afternoon. If nobody will be in, text {mobile} and "
            "we will hold it for tomorrow.",
            "For advice on side effects, speak to our pharmacist {name} on {fixed} or write to {role}.",
            "We took payment for your prescription prepayment certificate from card {card}.",
            "Vaccine bookings are handled on our booking system at {ip}; if the page does not load, call "
            "{tf}.",
            "The label printer in the back room now sits at {ipp}, and the dispensing terminal can reach it "
            "again.",
        ],
        "neg": [
            "Take one {n:dose} tablet twice a day with food; do not exceed four in 24 hours.",
            "Batch {n:lot} of the flu vaccine was used for your jab today.",
            "Product code PZN {n:pzn} is out of stock at the wholesaler, so we have ordered an equivalent.",
            "@US The pack is labelled NDC {n:ndc}; check it matches the label on your old box.",
            "The barcode on the spacer device decodes to UDI {n:gtin}; keep the box in case of a recall.",
            "Please bring back the sharps bin when it reaches the line; ours is in room {n:room}.",
        ],
    },
    "physio": {
        "title": [
            "Your exercise programme",
            "Physiotherapy: first assessment",
            "Rehab session booked",
            "Discharge letter from physiotherapy",
        ],
        "pos": [
            "If the pain flares up before your next session, call the clinic on {fixed} and ask for {name}.",
            "We'll send video links for your exercises to {email}; let us know if they do not arrive.",
            "The hydrotherapy pool is closed this week. For a new slot, message {mobile} or phone the front "
            "desk on {fixed}.",
            "Your insurer may need a letter from us. Ask them to call our admin team on {fixed} or e-mail "
            "{role}.",
            "Our gym's booking tablets connect to {ipp}; if yours shows offline, tell reception.",
        ],
        "neg": [
            "Knee flexion improved to {n:rom} today, with pain at {n:pain} on stairs.",
            "Do the bridges {n:reps}, twice a day, and stop if you feel a sharp pain.",
            "Today's weight was {n:wt}; keep the step count steady rather than pushing for more.",
            "Coded as {n:icd}; your next session is on {n:appt}.",
        ],
    },
    "carehome": {
        "title": ["Letter to families", "Care home newsletter", "Visiting arrangements", "Resident update"],
        "pos": [
            "Visiting is open again from 2 pm. If you are bringing children, please call the nurses' station "
            "on {fixed} first.",
            "Your mother's key worker is {fname}; she can be reached on {mobile} during her shifts.",
            "Residents' fees for the month can be paid by standing order to {iban}, quoting the room number.",
            "Our activities coordinator would love photos for the memory wall: send them to {email}.",
            "The new nurse-call system reports to a gateway at {ip6}; the installer will be in on Monday.",
            "Out of hours, the manager on call can be reached on {mobile}.",
        ],
        "neg": [
            "Your father has settled well in room {n:room}. His fluid intake yesterday was {n:fluid}.",
            "Observations this morning: temperature {n:temp}, oxygen saturation {n:spo2}.",
            "@GB Our CQC location ID is {n:cqc}; the latest report is on the noticeboard by reception.",
            "Born {n:dob}, she told us she had been a seamstress for forty years.",
        ],
    },
    "homecare": {
        "title": [
            "Home care visit notes",
            "District nursing: visit plan",
            "Care package update",
            "Your care team",
        ],
        "pos": [
            "Carers will arrive between 8 and 9. If the visit is running late, the coordinator will ring "
            "{mobile} to let you know.",
            "To change or cancel a visit, call the office on {fixed}; after 5 pm, the on-call line is "
            "{mobile}.",
            "Please keep the folder by the front door. Questions for the nurse can go to {email}.",
            "@US Medicare has asked us to confirm details for the enrollment form: SSN {ssn}, as given by "
            "the "
            "client's daughter.",
            "For equipment deliveries (hoists, commodes, pressure mattresses) call {tf}.",
        ],
        "neg": [
            "Key safe code is {n:keysafe}; please change it after the last visit and note the new one here.",
            "INR today {n:inr}; warfarin dose unchanged until the clinic says otherwise.",
            "Gave {n:dose} metformin with breakfast. Blood sugar before lunch was {n:gluc}.",
            "@US Medicare number on file: {n:mbi}. NPI of the referring physician: {n:npi}.",
            "Pressure areas checked; skin intact. Weight {n:wt}.",
        ],
    },
    "optician": {
        "title": [
            "Your eye test results",
            "Glasses ready to collect",
            "Contact lens check",
            "Optician appointment",
        ],
        "pos": [
            "Your new glasses are ready. Call the practice on {fixed} to arrange a fitting, or just drop in.",
            "We charged the balance for your varifocals to card {card}. Keep this message as your receipt.",
            "The optometrist, {name}, would like to see you again in six weeks. Book on {fixed} or reply to "
            "{role}.",
            "Lens orders for home delivery can be changed via our free line {tf}.",
            "If you notice flashes or a curtain over your vision, call {mobile} straight away.",
        ],
        "neg": [
            "Right eye {n:lensrx}; left eye {n:lensrx}. Near add +2.00.",
            "Pupillary distance {n:pd}. Visual acuity {n:va} with the new prescription.",
            "Eye pressures measured at {n:iop}; we'll repeat them next year.",
            "Your monthly lenses are {n:cl}. Please bring the box to your next check.",
        ],
    },
}

EN_LOCAL = [
    "From any phone in {town}, the surgery is simply {local} – no need for the code.",
    "{town} patients can reach the dispensary on {local}, and the delivery driver on {local2}.",
    "Calling from a {town} landline?\n{local} is all you need to dial.",
    "Reception desk ({town} clinic; local callers leave off the code): {local}",
    "The district nurses based in {town} take calls on {local} (a local call for most of our patients).",
    "\"Just dial {local}, you don't need the code if you're in {town},\" the receptionist said.",
    "In {town} itself the practice is on {local}; the branch surgery answers on {local2}.",
    "Local number for {town} families:\n{local}\nThe manager's direct line is {local2}.",
    "Our {town} physio team keeps the old local number, {local}, for patients ringing from town.",
    "If you live in {town}, ring the care home on {local}; relatives further away should use the full "
    "number on our letterhead.",
    "You can phone the {town} eye clinic on {local} (dial it just like that from a home phone in town).",
    "Dentist's note, {town}: emergencies on {local} – within the local area, no code needed.",
]

IN_LOCAL = [
    "Within {town}, dial the clinic directly on {local}, without the STD code.",
    "{town} patients can call the pharmacy counter on {local} from a local landline.",
    "Diagnostic centre, {town} (local calls): {local}",
]

EN_LIST = {
    "head": [
        "Keep these numbers handy",
        "Practice contacts",
        "Phone numbers for your records",
        "If you need us",
    ],
    "label": [
        "Reception",
        "Prescriptions line",
        "Out of hours",
        "Nurse team",
        "Care coordinator",
        "Dispensary",
        "Bookings",
        "Manager on call",
    ],
}
