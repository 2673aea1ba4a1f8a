"""English sentences for v94 (animal care). Placeholders: see compose.py."""

GENRES = {
    "clinic": {
        "t": [
            "Discharge notes – {pet}",
            "Your appointment at Hollybank Veterinary Centre",
            "Post-op check reminder",
        ],
        "p": [
            "{pet} has been booked in for a dental scale on Thursday; if she eats after midnight please ring "
            "the surgery on {N} so we can move the slot.",
            "Questions about the stitches over the weekend? A nurse reads the inbox at {E} and the mobile "
            "{M} is on until 6pm.",
            "The deposit for the cruciate surgery was taken from the card {C}.",
            "Referral letters go to the orthopaedic centre, who asked that owners call them direct on {N}.",
            "Our partner hospital abroad will phone you from {I} with the MRI results.",
            "If the cone comes off and the wound opens, don't wait until morning: call {O} straight away.",
            "Blood results for {pet} were uploaded by the lab from the portal at {IP}; Dr {name} will go "
            "through them with you.",
        ],
        "n": [
            "Weight today {x:body_weight}, temperature {x:temperature}, {x:heart_resp}.",
            "Meloxicam {x:dose} once daily with food, from batch {x:vaccine_lot}.",
            "Microchip scanned and confirmed: {x:microchip}.",
            "Lab reference {x:lab_accession}; {x:blood_panel} – slightly raised, recheck in four weeks.",
            "Radiographs stored under study {x:dicom_uid}.",
            "Repeat prescription {x:rx_no} can be collected from reception; total {x:money}.",
            "Date of birth on the record: {x:dob_pet}; age at visit {x:pet_age}.",
            "Antibiotic tablets at {x:med_times} for seven days, even if he seems better.",
        ],
    },
    "ooh": {
        "t": ["Out of hours – what to do", "Emergency cover tonight", "Night line rota"],
        "p": [
            "Between 7pm and 8am our phones divert to the emergency hospital: dial {N} and have your pet's "
            "name and age ready.",
            "For suspected poisoning (chocolate, grapes, rat bait) the animal poison line is free on {O}.",
            "Travelling abroad with your dog? The partner clinic's night number is {I}.",
            "The on-call vet tonight is {name}; if the line is busy, text {M} and she will call back.",
            "Please don't email {E} in an emergency – nobody reads it overnight.",
        ],
        "n": [
            "Out-of-hours consultation fee {x:money}, payable on arrival.",
            "Bring the packet or a photo of the barcode ({x:ean13}) if your pet has eaten medication.",
            "The emergency hospital is at {x:gps}; parking is at the back.",
            "Triage note: {x:temperature}, {x:heart_resp}, weight {x:body_weight}.",
        ],
    },
    "boarding": {
        "t": [
            "Booking confirmation – Meadow View Kennels",
            "Cattery stay for {pet}",
            "Your boarding booking",
        ],
        "p": [
            "We'll send a photo update every evening; if you need us during the stay, ring the kennel "
            "office on {N}.",
            "Please pay the balance by bank transfer to {B} quoting the booking reference.",
            "Your emergency contact while you are away was given as {I}.",
            "Our booking system e-mails confirmations from {E}; replies go to the same desk.",
            "A deposit was taken from {C} and will be deducted from the final bill.",
            "The cattery manager, {name}, can be reached on {M} at weekends.",
        ],
        "n": [
            "Booking {x:booking_ref}: {pet} is in pen {x:run_pen}, drop-off/collection {x:checkin_times}.",
            "Feeding plan: {x:feed_grams} of her own food, water changed twice a day.",
            "Each chalet measures {x:pen_size} with a heated sleeping shelf.",
            "Vaccination certificate checked: last booster batch {x:vaccine_lot}, titre {x:titre}.",
            "Total for nine nights {x:money}, including medication administration.",
        ],
    },
    "farrier": {
        "t": ["Farrier visit – yard notes", "Shoeing record", "Trim and reset schedule"],
        "p": [
            "Next reset for the grey mare is in six weeks; the farrier's van phone is {M}.",
            "If a shoe comes off before then, call {name} on {N} rather than riding her out.",
            "Invoices come from {E}; the yard pays by card, last one was {C}.",
            "The remedial shoes were ordered from the supplier on {I}.",
        ],
        "n": [
            "Fronts reset with {x:shoe_size} shoes, hinds trimmed; hoof measured {x:hoof_mm}.",
            "Passport checked, UELN {x:ueln}.",
            "Holding number {x:cph} written on the movement form.",
            "Worm count came back at {x:egg_count}, so no dosing this round.",
            "The bullocks in the next field are tagged {x:ear_tag} onwards; keep the gate between them shut.",
            "Charge for the full set {x:money}, travel included.",
        ],
    },
    "rescue": {
        "t": [
            "Adoption update from Second Chance Rescue",
            "Foster handbook – first week",
            "Home check booked",
        ],
        "p": [
            "Your home check is with volunteer {name}; she will phone from {M} the evening before.",
            "If the dog slips the harness, call our lost-dog line {N} immediately and keep the gate shut.",
            "Adoption fees go to the charity account {B}.",
            "For anything about fosters, write to {E} or ring the coordinator on {N}.",
            "The adopter is moving abroad and can be reached on {I}.",
        ],
        "n": [
            "Registered charity no. {x:charity_no}.",
            "Kennel Club registration {x:kc_reg} transferred with the adoption pack.",
            "She came in at {x:body_weight} and is now {x:pet_age} old by our best guess.",
            "The litter was born here: {x:litter}.",
            "Collar tracker {x:tracker_id} stays with the rescue and is returned after the trial week.",
        ],
    },
    "claim": {
        "t": ["Your claim has been received", "Pet insurance – claim form notes", "Claim settled"],
        "p": [
            "Our claims team works weekdays 8–8 on {O}; from abroad please use {I}.",
            "The settlement will be paid to {B} within five working days.",
            "Your vet can send the clinical history to {E}; we no longer need paper copies.",
            "Please confirm the policyholder's Social Security number {S} on the signed form.",
            "Your excess was taken from the card {C} on file.",
            "If you'd rather speak to your handler, {name} is on {N}.",
        ],
        "n": [
            "Policy {x:policy_no}, claim {x:claim_ref}: treatment costs {x:money}.",
            "Excess and co-payment deducted: {x:money}.",
            "The vet's registration {x:vet_reg} is on the invoice.",
            "Pet passport {x:pet_passport} and chip {x:microchip} both match the policy record.",
        ],
    },
    "walker": {
        "t": ["Walk report for {pet}", "Dog walking – new client sheet", "This week's walks"],
        "p": [
            "I'm running ten minutes late today – if anything's urgent text me on {M}.",
            "Back-up walker when I'm on holiday is {name}, {N}.",
            "Invoices go out from {E} every Friday.",
            "You can pay monthly by transfer to {B} or by card over the phone.",
        ],
        "n": [
            "Key safe code {x:gate_code}, gate code the same.",
            "Today: {x:walk_stats}, lots of sniffing by the canal.",
            "Meeting point for group walks: {x:gps}.",
            "County dog licence tag {x:licence_tag} is on her collar.",
            "Address for pick-ups ends in ZIP {x:zip4}.",
        ],
    },
}

LOCAL = {
    "US": [
        "From any phone in {town}, the clinic's front desk is just {L}.",
        "{town} clients, you only need seven digits for us: {L}.",
        "Local to {town}? Call the kennels on {L} or the grooming room on {L2}.",
        "Emergency line for the {town} area (no area code needed inside town):\n{L}",
        '"Just dial {L} from a {town} landline," the receptionist told us.',
        "Pick-ups in {town}: ring {L} (local call).",
        "Shelter intake desk, {town} exchange: {L}; adoption counselor {L2}.",
        "Our walkers cover {town} only – call {L} from any local phone.",
    ],
    "GB": [
        "From a {town} landline the surgery is simply {L}.",
        "{town} owners can ring the cattery on {L}, no code needed.",
        "Kennels ({town}, local rate): {L}, or the grooming parlour on {L2}.",
        "If you're calling from within {town}, drop the code and dial {L}.",
        "\"It's {L} if you're local to {town},\" the nurse said on the phone.",
        "Night cover for {town} clients – local number:\n{L}",
        "Yard phone in the village near {town}: {L} (dial from a local line).",
        "The {town} branch picks up on {L}; the farriery desk on {L2} – both local numbers.",
    ],
    "IN": [
        "Within {town}, call the clinic on {L} – no STD code needed.",
        "{town} pet parents can reach the boarding desk on {L} or {L2} from a landline in the city.",
        "Local line for {town} (landline only): {L}",
        'The shelter said: "From a {town} landline just dial {L}."',
        "For ambulance pick-ups inside {town}, ring {L}.",
    ],
}

HEADS = ["Keep these handy", "Numbers for the fridge door", "Out-of-hours and other contacts", "Who to call"]
LABELS = [
    "Surgery",
    "Emergency vet",
    "Kennels",
    "Farrier",
    "Rescue coordinator",
    "Claims team",
    "Dog walker",
    "Grooming room",
    "Cattery",
]
