"""English and Hindi sentences for v89 (language schools, translation and interpreting)."""

EN = {
    "course": {
        "title": [
            "Your place on the evening Spanish course",
            "Timetable change: intensive German, week 3",
            "Welcome pack – Italian for beginners",
        ],
        "body": [
            "Thanks for enrolling on {n_course}; lessons run {n_slot} in room {n_room}, and the course book "
            "is "
            "ISBN {n_isbn}.",
            "If you will miss a class, text your teacher {NAME} on {NAT} so the group can start without you.",
            "The school office can move you to a later group – call {NAT} or write to {ROLE}.",
            "Balance of the course fee was taken from the card ending in your booking, {CARD}, on Monday.",
            "Our Wi-Fi for students hands out addresses in the {IPP} range; the listening lab PC is {IP}.",
            "Overseas students can reach the registrar from abroad on {INT}.",
            "Free-phone enrolment help is open on weekdays: {OTH}.",
        ],
        "neg": [
            "Homework for Thursday: Unit 6, {n_pages}, and the audio on the class page.",
            "Your student number is {n_student}; quote it on every form.",
            "Term dates (day.month.year, as on the Erasmus form): {n_term}.",
            "Placement result {n_score}, so we put you in {n_course} rather than the beginners' group.",
        ],
    },
    "tutor": {
        "title": [
            "Private lessons – Portuguese and French",
            "Re: conversation practice on Saturdays",
            "Tutor profile and first lesson",
        ],
        "body": [
            "Hi, it's {NAME} – I teach Brazilian Portuguese online and in person; message me on {NAT} for a "
            "free trial lesson.",
            "I'm away in Lisbon over the summer, so use my Portuguese mobile {INT} until September.",
            "Lesson notes and the vocabulary list are on their way to {MAIL}.",
            "Please pay the block of ten lessons to {IBAN} and put your name as the reference.",
            "My landline is {NAT}; I don't answer during lessons, so leave a message.",
        ],
        "neg": [
            "We covered {n_pages} of the grammar book; next week is the subjunctive.",
            "Your mock oral came out at {n_score}, which is comfortably above the pass mark.",
            "Slots left this month: {n_slot} on Tuesdays only.",
        ],
    },
    "agency": {
        "title": [
            "Quotation for certified translation",
            "Project update – product manual (EN>DE, EN>NL)",
            "Your translation order is ready",
        ],
        "body": [
            "Your quote {n_jobref} covers {n_words} source words; the project manager {NAME} is on {NAT}.",
            "For anything urgent over the weekend, the duty PM answers on {NAT}.",
            "Files can be sent to {ROLE} or uploaded through the portal; the upload server is {IP}.",
            "Invoice settled by card {CARD}; a receipt follows by e-mail.",
            "Our Madrid partner office takes calls on {INT} for Spanish-language projects.",
            "Please wire the deposit to {IBAN} before we start work.",
            "The reviewer, {NAME}, has asked for a quick call: {INT}.",
        ],
        "neg": [
            "Fuzzy matches {n_tm} were charged at the reduced rate; the file had {n_segments} segments.",
            "Our VAT number is {n_vat}; it must appear on your purchase order.",
            "Reference material: style guide, glossary, and the client's ISBN list ({n_isbn}).",
        ],
    },
    "court": {
        "title": [
            "Interpreter booking – Crown Court",
            "Court interpreter request: Polish and Romanian",
            "Confirmation of attendance – hearing",
        ],
        "body": [
            "You are booked to interpret in case {n_docket}; please report to the usher by 9:30 and ring the "
            "listing office on {NAT} if delayed.",
            "The defence solicitor, {NAME}, can be reached on {NAT} before the hearing.",
            "Booking confirmations come from {ROLE}; reply to that address only.",
            "If the hearing moves to video, the court's link is reached via {IP6} on the secure network.",
            "The witness care unit asked that you call {NAT} to confirm the language pair.",
            "For the Romanian witness the family's contact abroad is {INT}.",
        ],
        "neg": [
            "The relevant provisions are {n_law}; the interpreter must be present throughout.",
            "Court file {n_aktenzeichen} (transferred from the German authorities) will be read out in part.",
            "Your interpreter register number {n_swornreg} will be checked at the door.",
        ],
    },
    "hospital": {
        "title": [
            "Interpreter request – outpatient clinic",
            "Ward interpreter note",
            "Face-to-face interpreter, maternity",
        ],
        "body": [
            "Patient needs a Farsi interpreter for the {n_slot} appointment; ward clerk on {NAT}.",
            "Please ring the patient's daughter, {NAME}, on {NAT} – she will bring him in.",
            "The language line for telephone interpreting is {OTH}, code on the badge.",
            "Send the timesheet to {ROLE} after the session.",
            "The patient's husband is still abroad and asked to be called on {INT}.",
            "Appointment letters go out by e-mail as well: {MAIL}.",
        ],
        "neg": [
            "NHS number {n_nhs}, date of birth {n_dob}; check both with the patient before starting.",
            "Hospital number {n_mrn}, ward {n_room}, bed by the window.",
            "Clinic ran late; session {n_slot}, invoice at the standard hourly rate.",
        ],
    },
    "exchange": {
        "title": [
            "Your host family details",
            "Exchange programme – arrival information",
            "Semester abroad: what to bring",
        ],
        "body": [
            "Your host mother {NAME} will collect you at the airport; her mobile is {NAT}.",
            "Emergency line for exchange students, 24 hours: {NAT}.",
            "Your home coordinator can be reached from abroad on {INT}.",
            "Questions about the learning agreement go to {ROLE}.",
            "The programme fee can be paid by card ({CARD}) or to {IBAN}.",
            "The student's social security number ({SSN}) is needed for the campus job form only.",
            "In an emergency in Spain, call your local coordinator on {INT}.",
        ],
        "neg": [
            "Your SEVIS ID is {n_sevis}, program number {n_jprogram}; bring the DS-2019 to the interview.",
            "You arrive on {n_flight}; host family reference {n_hostref}.",
            "Grant agreement {n_grant}; the university's PIC is {n_pic}, OID {n_oid}.",
        ],
    },
    "exam": {
        "title": ["Exam registration confirmed", "Speaking test – your time", "Certificate collection"],
        "body": [
            "Your speaking test is at {n_slot}; if you are ill, call the test centre on {NAT} before 8am.",
            "Results queries only by e-mail to {ROLE}; include your candidate number.",
            "Special arrangements were agreed with {NAME} ({NAT}).",
            "The exam fee was charged to {CARD}.",
            "Candidates sitting abroad should ring the partner centre on {INT}.",
        ],
        "neg": [
            "Candidate number {n_candidate}; bring the passport {n_passport} you registered with.",
            "Overall band {n_score}; certificates are posted within 13 days.",
            "UCAS Personal ID {n_ucas} is needed to send your result to universities.",
        ],
    },
    "sworn": {
        "title": ["Certified translation of your documents", "Apostille and sworn translation – next steps"],
        "body": [
            "The sworn translator, {NAME}, will sign and stamp the translation; questions to {NAT}.",
            "Scans of the birth certificate can go to {MAIL} – originals by post please.",
            "The embassy's legalisation desk is on {INT}.",
            "Fee for three documents paid to {IBAN}.",
        ],
        "neg": [
            "Apostille no. {n_apostille}; the translation must be attached to it.",
            "Translator's court authorisation {n_swornreg}; seal number on page 2.",
            "Total length {n_chars} characters incl. spaces, billed per standard line.",
        ],
    },
    "booth": {
        "title": ["Conference interpreting – team sheet", "Booth set-up for the summit"],
        "body": [
            "Head of team {NAME} on {NAT}; the technician will test the consoles at 8:00.",
            "Speeches and slides go to {ROLE} at least a day before.",
            "The streaming encoder for the relay channel is on {IP}; booth laptop on {IPP}.",
            "Our colleague flying in from Geneva can be reached on {INT}.",
            "Venue reception: {NAT}.",
        ],
        "neg": [
            "Sessions {n_slot}; you arrive on {n_flight}.",
            "Meeting room {n_room}, booths 3 and 4 (EN/FR relay).",
        ],
    },
    "subtitle": {
        "title": ["Subtitling job – documentary, 52 min", "QC notes on the Dutch subtitles"],
        "body": [
            "Please call {NAME} on {NAT} if the timing file does not match the picture.",
            "Deliver the SRT to {ROLE}; the FTP is {IP}.",
            "Payment for the episode went to {IBAN}.",
            "The director would like a call about the songs: {INT}.",
        ],
        "neg": [
            "Cue 118 is too long at {n_srt}; split it.",
            "Job {n_jobref}, {n_segments} subtitles, delivered per the style guide.",
        ],
    },
}

EN_LOCAL = {
    "US": [
        "Our {TOWN} campus front desk is {L1} if you're calling from town; weekend tutoring desk {L2}.",
        "{TOWN} residents can skip the area code: the interpreting office is {L1}.",
        "(Local to {TOWN}? The clinic interpreter scheduler is just {L1}.)",
        '"Just dial {L1} from any {TOWN} phone," the coordinator said, "and ask for the Arabic desk."',
        "Calling within {TOWN} –\n{L1} front office\n{L2} host family hotline",
        "Language lab, {TOWN}: {L1} (seven digits from a local line).",
    ],
    "GB": [
        "From a {TOWN} landline the school's reception is simply {L1}, and the accommodation officer {L2}.",
        "For {TOWN} callers (no dialling code needed): {L1}.",
        "If you're ringing from within {TOWN}, the interpreting bureau is on {L1}.",
        'She told me: "in {TOWN} you just ring {L1}, the rest is the code".',
        "Court interpreters' room, {TOWN} (local calls only)\n{L1}",
        "Tutoring centre in {TOWN} – ring {L1} locally, or {L2} for the exam office.",
    ],
    "IN": [
        "Within {TOWN}, call the language institute on {L1}; the hostel desk is on {L2}.",
        "{TOWN} local line for the translation bureau: {L1} (no STD code).",
        "For students in {TOWN}: spoken-English centre {L1}, dial directly from a city landline.",
        '"From a {TOWN} landline it\'s only {L1}," says the admission counsellor.',
    ],
}

EN_LIST = {
    "heads": ["Contact the school", "Office lines", "Who to call", "Interpreting desk contacts"],
    "labels": [
        "Reception",
        "Course advice",
        "Accounts",
        "Evening duty",
        "Interpreter bookings",
        "Host families",
        "Exam office",
        "Project managers",
    ],
}

HI = {
    "course": {
        "title": ["स्पोकन इंग्लिश कोर्स – प्रवेश की पुष्टि", "जर्मन भाषा कक्षा – नया समय"],
        "body": [
            "आपका दाख़िला {n_course} में हो गया है; कक्षा {n_slot} कमरा {n_room} में होगी, "
            "जानकारी के लिए {NAT} पर कॉल करें।",
            "शिक्षक {NAME} से {NAT} पर बात कर सकते हैं।",
            "फ़ीस की रसीद {MAIL} पर भेज दी गई है।",
            "विदेश से संपर्क के लिए {INT} पर कॉल करें।",
            "टोल-फ़्री हेल्पलाइन: {OTH}",
        ],
        "neg": ["आपका छात्र नंबर {n_student} है।", "प्लेसमेंट टेस्ट में आपके {n_score} अंक आए।"],
    },
    "agency": {
        "title": ["अनुवाद सेवा – कोटेशन", "प्रमाणित अनुवाद तैयार है"],
        "body": [
            "आपके दस्तावेज़ का अनुवाद ({n_jobref}, {n_words} शब्द) तैयार है; प्रोजेक्ट मैनेजर {NAME} का नंबर {NAT} है।",
            "फ़ाइलें {ROLE} पर भेजें।",
            "भुगतान कार्ड {CARD} से हो गया है।",
            "हमारे दुबई कार्यालय का नंबर {INT} है।",
        ],
        "neg": ["अपोस्टिल नंबर {n_apostille}, पृष्ठ {n_pages}।", "GST के अलावा VAT नंबर {n_vat} बिल पर है।"],
    },
    "hospital": {
        "title": ["अस्पताल – दुभाषिया अनुरोध", "मरीज़ के लिए तमिल दुभाषिया"],
        "body": [
            "मरीज़ के बेटे {NAME} को {NAT} पर फ़ोन करें।",
            "दुभाषिया सेवा की टोल-फ़्री लाइन {OTH} है।",
            "रिपोर्ट {MAIL} पर भेजी जाएगी।",
        ],
        "neg": ["MRN {n_mrn}, जन्मतिथि {n_dob}, वार्ड {n_room}।", "समय {n_slot}, दुभाषिया हिंदी–तमिल।"],
    },
    "exchange": {
        "title": ["एक्सचेंज प्रोग्राम – होस्ट परिवार", "विदेश में सेमेस्टर – यात्रा जानकारी"],
        "body": [
            "होस्ट परिवार की सदस्य {NAME} का मोबाइल {INT} है।",
            "भारत में समन्वयक से {NAT} पर बात करें।",
            "प्रश्न {ROLE} पर भेजें।",
        ],
        "neg": [
            "आपकी उड़ान {n_flight} है, होस्ट संदर्भ {n_hostref}।",
            "SEVIS ID {n_sevis}, प्रोग्राम {n_jprogram}।",
        ],
    },
    "exam": {
        "title": ["IELTS परीक्षा पंजीकरण", "स्पीकिंग टेस्ट का समय"],
        "body": [
            "परीक्षा केंद्र का नंबर {NAT} है; बीमार होने पर सुबह 8 बजे से पहले कॉल करें।",
            "परिणाम संबंधी प्रश्न {ROLE} पर भेजें।",
            "परीक्षा शुल्क कार्ड {CARD} से लिया गया।",
        ],
        "neg": ["उम्मीदवार संख्या {n_candidate}, पासपोर्ट {n_passport}।", "कुल बैंड {n_score}।"],
    },
    "tutor": {
        "title": ["होम ट्यूशन – फ़्रेंच और जर्मन", "पहली क्लास की जानकारी"],
        "body": [
            "नमस्ते, मैं {NAME} हूँ; फ़्रेंच ट्यूशन के लिए {NAT} पर व्हाट्सऐप करें।",
            "नोट्स {MAIL} पर भेज दिए हैं।",
        ],
        "neg": ["अगली क्लास में {n_pages} पढ़ेंगे।", "खाली समय: {n_slot}।"],
    },
}

HI_LOCAL = [
    "{TOWN} शहर के अंदर भाषा संस्थान का नंबर सीधे {L1} है, हॉस्टल डेस्क {L2}।",
    "{TOWN} में लैंडलाइन से अनुवाद ब्यूरो को बस {L1} मिलाइए, कोड की ज़रूरत नहीं।",
    'काउंसलर ने कहा: "{TOWN} से तो सिर्फ़ {L1} डायल करो"।',
    "लोकल कॉल ({TOWN}) – दुभाषिया डेस्क: {L1}",
]

HI_LIST = {
    "heads": ["संपर्क सूची", "कार्यालय के नंबर"],
    "labels": ["रिसेप्शन", "फ़ीस विभाग", "दुभाषिया डेस्क", "परीक्षा विभाग"],
}
