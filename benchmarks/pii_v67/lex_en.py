"""English (and Hindi) sentences for v67: motoring genres, written fresh for this set."""

GENRES = ["garage", "dealer", "tyres", "inspection", "recovery", "school"]

EN = {
    "titles": {
        "garage": [
            "Job sheet – workshop",
            "Service booking confirmed",
            "Your vehicle is ready for collection",
            "Estimate before we start work",
        ],
        "dealer": [
            "Part-exchange valuation",
            "Your test drive",
            "Order confirmation – new vehicle",
            "Used car enquiry",
        ],
        "tyres": ["Tyre fitting appointment", "Mobile tyre fitter – visit note", "Puncture repair receipt"],
        "inspection": ["MOT reminder", "MOT result", "Annual inspection booked"],
        "recovery": ["Breakdown call log", "Recovery job summary", "Roadside assistance – membership"],
        "school": [
            "Driving lessons – booking",
            "Intensive course details",
            "Instructor's note before your test",
        ],
    },
    "pos": {
        "garage": [
            "If anything else turns up during the service we will phone {name} on {M} before going ahead.",
            "Questions about the estimate go to our service advisor, {R}, or ring the workshop on {N}.",
            "A deposit of £60 was taken on card {C} to hold the parts order.",
            "We ran the diagnostic tablet through the customer Wi-Fi; it logged in from {VP}.",
            "Please settle the balance by bank transfer to {B}, quoting the job card.",
            "Collection after 6 pm is possible by arrangement – text {M} and someone will wait.",
            "Our parts supplier in Rotterdam can be reached on {I:NL} if the bracket is back-ordered again.",
            "Extended warranty claims are handled by the insurer on {O}, not by us.",
        ],
        "dealer": [
            "Your sales executive is {name}; direct line {N}, e-mail {E}.",
            "To reserve the car we have taken a refundable holding fee on {C}.",
            "The finance company will run a credit check using SSN {S} as given on the application.",
            "Finance payments will be collected from {B} on the 1st of each month.",
            "Prefer to speak to head office? Call {O} between 8 am and 8 pm.",
            "The dealer portal flagged a login to your account from {V4} – if that wasn't you, "
            "tell us on {N}.",
            "Ask for {name} at the handover desk, or drop a line to {R}.",
            "For the imported model, the factory liaison in Munich answers on {I:DE}.",
        ],
        "tyres": [
            "Our van will arrive between 10 and 12; the fitter, {name}, rings {M} about 20 minutes before.",
            "Running late or need to move the slot? Call {N} or reply to {R}.",
            "Paid on the van terminal with card ending {C}.",
            "The wheel alignment rig uploads its printout from {VP} to the shared drive.",
            "Run-flat stock is held at our depot; the depot desk is on {N}.",
            "Nationwide booking line: {O}.",
        ],
        "inspection": [
            "Your test is booked with tester {name}; if you can't make it, ring {N} at least a day ahead.",
            "The retest is free within 10 working days – book it on {N} or by e-mail to {R}.",
            "We accept payment by card on the day; pre-paid bookings were charged to {C}.",
            "The testing station's booking terminal is at {VP}; the DVSA server replied from {V6}.",
            "For advisories about emissions, our specialist {name} can be reached at {E}.",
        ],
        "recovery": [
            "Driver {name} was dispatched and called the member back on {M}.",
            "Members can reach the control room on {O} at any hour.",
            "The patrol van's tracker last reported from {V4}.",
            "Onward travel was arranged; the hire company's desk is {N}.",
            "The member abroad was advised to ring our European partner in Lyon on {I:FR}.",
            "Annual cover renews by direct debit from {B}.",
            "Updates on the tow will be texted from {M}; please save it as 'Recovery'.",
        ],
        "school": [
            "Your instructor is {name}; texts only while driving, please – {M}.",
            "Lesson fees can be paid into {B}, with your surname as reference.",
            "The office takes card payments over the phone on {N}, or at {R}.",
            "If you cancel with less than 48 hours' notice, the lesson is charged to {C}.",
            "Pass Plus bookings go through {E}.",
            "The booking app was last used from {V6}; reset your password if that looks odd.",
        ],
    },
    "neg": {
        "garage": [
            "VIN {vin}, odometer {odometer} at check-in.",
            "Oil and filter changed ({oil_spec}); wheel nuts torqued to {torque}.",
            "Fault code {obd_code} cleared after replacing part {part_no}.",
            "Front discs measured {brake_disc}, still above the minimum.",
            "Battery tested: {battery}; alignment adjusted to {alignment}.",
            "Job card {job_card}; next service due at {service_interval} months, whichever comes first.",
        ],
        "dealer": [
            "Stock number {stock_no}, registration {uk_plate}, {mileage} on the clock.",
            "Cash price {price}; on finance {finance} at {apr} APR.",
            "Engine {engine}, combined {consumption}, {co2}.",
            "Kerb weight {weight}; paint code {paint_code}.",
            "VIN {vin} checked against the finance register: clear.",
        ],
        "tyres": [
            "Fitted two {tyre_size}, date code {tyre_dot}.",
            "Old tyres had {tread} left on the inside edge.",
            "Pressures set to {pressure} front and rear; locking wheel nut key {key_code} "
            "returned to glovebox.",
            "Reg {uk_plate}, odometer {odometer}.",
        ],
        "inspection": [
            "MOT test number {mot_test}; expiry {due_month}.",
            "Emissions: {lambda_co}; brake efficiency within limits.",
            "Advisory: front tyre {tread}, close to the legal limit.",
            "Vehicle {uk_plate}, {mileage} recorded at test.",
        ],
        "recovery": [
            "Location given as {junction}, hard shoulder; GPS {gps}.",
            "Job {recovery_job}, vehicle {uk_plate}, towed {weight} with dolly.",
            "Policy {policy_no}; booking reference {booking_ref}.",
            "Diagnosis on scene: {obd_code}, battery {battery}.",
        ],
        "school": [
            "Booked: {lesson_block}, starting Monday.",
            "Theory test reference {theory_ref}; licence number {licence_no}.",
            "Package price {price}, paid in two instalments.",
            "The car for your test is {uk_plate} – a manual, so please keep practising hill starts.",
        ],
    },
    "local": {
        "US": [
            "Folks in {town} can just dial {L} for the service desk – the area code isn't needed.",
            "From any {town} landline: parts counter {L}, body shop {L2}.",
            "{town} location (local call) — {L}",
            "Tow dispatch for {town}, seven digits from town: {L}.",
            "\"Just call {L}, that's the {town} shop, you don't need the area code,\" the advisor said.",
            "The {town} driving school office is on {L} (local calls only; out of town use the main number).",
        ],
        "GB": [
            "Ringing from a {town} number? The depot is simply {L}.",
            "Local to {town}: workshop {L}, MOT bay {L2}.",
            "{town} testing station, local line:\n{L}",
            "\"It's {L}, love – if you're in {town} you don't need the code,\" said the receptionist.",
            "Our {town} fitters take calls on {L} (from within {town} only).",
        ],
        "IN": [
            "{town} customers can call the service centre on {L} from a local landline, "
            "without the STD code.",
            "Showroom ({town} landline, no STD code): {L}",
            "Within {town}, dial {L} for the towing van and {L2} for accounts.",
            "Our {town} driving school: local number {L}; outstation callers add the STD code.",
        ],
    },
    "heads": ["Who to call", "Garage numbers", "Numbers for your glovebox", "Contacts for this job"],
    "labels": [
        "Workshop",
        "Service advisor",
        "Parts",
        "Body shop",
        "Recovery",
        "Sales",
        "Instructor",
        "Tyre depot",
        "Accounts",
    ],
}

HI = {
    "titles": {
        "garage": ["जॉब कार्ड – वर्कशॉप", "सर्विस बुकिंग की पुष्टि"],
        "dealer": ["टेस्ट ड्राइव की जानकारी", "नई गाड़ी की बुकिंग"],
        "tyres": ["टायर बदलने की रसीद"],
        "inspection": ["PUC जाँच की याद"],
        "recovery": ["ब्रेकडाउन सहायता – कॉल विवरण"],
        "school": ["ड्राइविंग क्लास की बुकिंग"],
    },
    "pos": {
        "garage": [
            "गाड़ी तैयार होने पर {name} आपको {M} पर फ़ोन करेंगे।",
            "एस्टिमेट के बारे में सवाल हो तो {N} पर कॉल करें या {R} पर लिखें।",
        ],
        "dealer": [
            "आपके सेल्स सलाहकार {name} हैं, मोबाइल {M}।",
            "टोल-फ़्री हेल्पलाइन: {O}",
            "बुकिंग राशि कार्ड {C} से ली गई है।",
        ],
        "tyres": ["फ़िटर के आने से पहले {M} से कॉल आएगा।", "शिकायत के लिए {R} पर ईमेल करें।"],
        "inspection": ["जाँच केंद्र का नंबर {N} है, समय बदलना हो तो पहले बता दें।"],
        "recovery": ["टो ट्रक ड्राइवर {name} ने {M} से संपर्क किया।", "24 घंटे सहायता: {O}"],
        "school": ["आपके प्रशिक्षक {name} का नंबर {M} है।", "फ़ीस की रसीद {E} पर भेजी जाएगी।"],
    },
    "neg": {
        "garage": ["ओडोमीटर {odometer}, इंजन ऑयल {oil_spec}।", "फ़ॉल्ट कोड {obd_code} ठीक किया गया।"],
        "dealer": ["एक्स-शोरूम कीमत के अलावा EMI {finance}।", "VIN {vin}"],
        "tyres": ["नए टायर {tyre_size}, हवा {pressure}।"],
        "inspection": ["CO {lambda_co}, अगली जाँच {due_month}।"],
        "recovery": ["लोकेशन GPS {gps}, दूरी {odometer}।"],
        "school": ["क्लास: {lesson_block}।"],
    },
    "local": {
        "IN": [
            "{town} शहर के लैंडलाइन से वर्कशॉप को सीधे {L} पर फ़ोन करें, STD कोड की ज़रूरत नहीं।",
            "शोरूम का लोकल नंबर ({town}): {L}",
            "{town} में रहते हैं? टो वैन के लिए {L} और हिसाब-किताब के लिए {L2} मिलाइए।",
            "ड्राइविंग स्कूल ({town} के अंदर से कॉल): {L}",
        ],
    },
    "heads": ["काम के नंबर", "गैराज के नंबर"],
    "labels": ["वर्कशॉप", "सर्विस सलाहकार", "टोइंग", "सेल्स", "प्रशिक्षक"],
}
