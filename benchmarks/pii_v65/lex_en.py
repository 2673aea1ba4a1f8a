"""English (and Hindi) sentences for the personal-services genres. {P} = a phone, {N} = a hard negative."""

TITLES = {
    "salon": ["Your hair appointment", "Salon booking confirmed", "Cut & colour - what to expect"],
    "beauty": ["Beauty room price list", "Nails and lashes: booking note", "Brow bar reminder"],
    "trainer": ["Personal training plan", "PT check-in", "Your first session with me"],
    "dogwalk": ["Dog walking schedule", "Walkies update", "Pack walk sign-up"],
    "groomer": ["Grooming intake form", "Pup spa: pick-up note", "Groomer's card"],
    "cleaning": ["Cleaning quote", "Domestic cleaning - visit notes", "End-of-tenancy clean"],
    "babysit": ["Notes for the babysitter", "Sitter info sheet", "Tonight's babysitting"],
}

PHONE = {
    "salon": [
        "Running late for your fringe trim? Text Jade on {P} and she'll shuffle the chairs around.",
        "If the toner needs a second pass we'll ring you from {P} before we charge anything extra.",
        "Cancellations inside 24 hours: please call the front desk ({P}) rather than leaving a review.",
        "Our colourist works Thursdays only; her direct line is {P}.",
    ],
    "beauty": [
        "Patch tests for lash tints must be booked 48 hours ahead - WhatsApp {P}.",
        "Gel removal is free if you rebook; call {P} and mention this leaflet.",
        "Anyone with a reaction after a wax should phone {P} straight away.",
    ],
    "trainer": [
        "Can't make the 6am slot? Message me on {P} the night before and I'll move you to the evening.",
        "My backup coach covers my clients in August, reach him on {P}.",
        "Any sharp pain, stop and ring {P} - don't push through it.",
    ],
    "dogwalk": [
        "Biscuit gets walked between 12 and 2; if the gate code changes, text {P}.",
        "Vet on file for Luna: Greenway Animal Clinic, {P}.",
        "Walker running behind because of the rain - she'll call from {P} when she's at your door.",
    ],
    "groomer": [
        "Matted coats may need a shave-down; we'll call you on {P} before we pick up the clippers.",
        "Pick-up is from 3pm. The van driver's mobile is {P}.",
        "Nervous dogs do better first thing - ring {P} to grab the 8:30 slot.",
    ],
    "cleaning": [
        "The team lead for your street is Marta, reachable on {P} on cleaning days.",
        "Locked out or key safe jammed? Our office picks up on {P} until 6.",
        "For an oven deep-clean add-on, call {P} at least two days before the visit.",
    ],
    "babysit": [
        "If anything feels off, call us first on {P}; Grandma Pat is the backup on {P}.",
        "Poison helpline and GP numbers are on the fridge; the neighbour at no. 14 is {P}.",
        "We'll be at the theatre until about 10.30 - phones on silent, but texts to {P} get seen.",
    ],
}

PLAIN = {
    "salon": [
        "Please arrive with dry, product-free hair.",
        "Balayage appointments run long, so bring a book.",
    ],
    "beauty": ["No sunbeds for two days after a spray tan.", "Please remove nail polish before a manicure."],
    "trainer": [
        "Bring water, a towel and trainers with flat soles.",
        "We'll retest your squat in four weeks.",
    ],
    "dogwalk": [
        "Towels for muddy paws are by the back door.",
        "Max is not to be let off the lead near the pond.",
    ],
    "groomer": [
        "Please walk your dog before drop-off.",
        "We use hypoallergenic shampoo unless told otherwise.",
    ],
    "cleaning": [
        "We bring our own products unless you prefer yours.",
        "Pets are best kept in one room during the clean.",
    ],
    "babysit": ["Bedtime story is non-negotiable.", "No screens after dinner, please."],
}

NEG = {
    "salon": ["Booked: {N}.", "Colour notes from last time - {N}.", "Your slot: {N}."],
    "beauty": ["For your records: {N}.", "Today's treatment card lists {N}."],
    "trainer": ["This block's targets - {N}.", "Logged last week: {N}."],
    "dogwalk": ["From the walk log: {N}.", "Reminder, {N}."],
    "groomer": ["On the intake card: {N}.", "Vet record copy - {N}."],
    "cleaning": ["Job sheet: {N}.", "Access details: {N}."],
    "babysit": ["Jotted on the fridge note: {N}.", "Don't forget: {N}."],
}

LOCAL = [
    "Book at the {town} shop - within {town} just dial {L}.",
    "Locals in {town} can skip the area code: {L} gets you straight through to the desk.",
    "If you're calling from a {town} landline, {L} is all you need (the studio line).",
    "{town} studio (no code from inside town): {L}",
    "Our {town} branch picks up on {L}; the back room answers {L}.",
    "Ring {L} - that's the {town} number, so add the code if you're out of town.",
    "We moved within {town}, same line though: {L}.",
    "For {town} clients the number on the card is simply {L}.",
]

LIST_HEAD = ["Handy numbers", "Who to call", "Contact sheet", "Numbers to keep"]
LIST_LABEL = [
    "Front desk",
    "Owner",
    "Weekend cover",
    "Emergency vet",
    "Mum (mobile)",
    "Dad (work)",
    "Booking line",
    "Stylist",
    "Office",
]

HI_TITLES = {
    "salon": ["सैलून अपॉइंटमेंट", "हेयर कट बुकिंग"],
    "beauty": ["ब्यूटी पार्लर रेट लिस्ट", "मेहंदी और फेशियल बुकिंग"],
    "trainer": ["पर्सनल ट्रेनर का प्लान"],
    "cleaning": ["घर की सफ़ाई का कोटेशन"],
    "babysit": ["बेबीसिटर के लिए नोट"],
}
HI_PHONE = {
    "salon": ["देर हो रही हो तो रिसेप्शन पर {P} पर कॉल कर दें।", "कलर के बाद कोई दिक्कत हो तो {P} पर WhatsApp करें।"],
    "beauty": ["शादी के पैकेज के लिए दीदी का नंबर {P} है।", "बुकिंग कैंसिल करनी हो तो एक दिन पहले {P} पर बताएं।"],
    "trainer": ["सुबह की क्लास छूटे तो {P} पर मैसेज कर देना।", "चोट लगे तो तुरंत {P} पर फोन करें।"],
    "cleaning": ["टीम लीडर सुनीता से {P} पर बात करें।", "चाबी न मिले तो ऑफिस {P} पर संपर्क करें।"],
    "babysit": ["कुछ भी गड़बड़ लगे तो पहले हमें {P} पर फोन करना।", "पड़ोस वाली आंटी का नंबर {P} है।"],
}
HI_PLAIN = {
    "salon": ["बाल धोकर और सुखाकर आएं।"],
    "beauty": ["फेशियल के बाद दो दिन धूप से बचें।"],
    "trainer": ["पानी की बोतल और तौलिया साथ लाएं।"],
    "cleaning": ["हम अपना सामान साथ लाते हैं।"],
    "babysit": ["सोने से पहले कहानी ज़रूर सुनाना।"],
}
HI_NEG = {g: ["नोट: {N}।", "याद रखें - {N}।"] for g in HI_TITLES}
HI_LOCAL = [
    "{town} शहर के अंदर से सैलून का नंबर सिर्फ़ {L} है।",
    "{town} में रहने वाले ग्राहक बिना कोड के {L} मिलाएं।",
    "लोकल कॉल ({town}) के लिए: {L}",
    "{town} ब्रांच का लैंडलाइन {L} है, कोड लगाने की ज़रूरत नहीं अगर आप शहर में हैं।",
]
HI_LIST_HEAD = ["काम के नंबर", "संपर्क सूची"]
HI_LIST_LABEL = ["रिसेप्शन", "मालिक", "मम्मी", "पापा", "ऑफिस"]
