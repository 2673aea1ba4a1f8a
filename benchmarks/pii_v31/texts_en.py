# ruff: noqa: E501
"""English and Hindi genre cells (written fresh for v31). T title, F filler, P phone line, N negative line, S sign-off."""

EN = {
    "diary": """T: {DATE} – {TOWN}, evening
T: Dear diary, {DATE}
F: Rained all morning, so I finally sorted the shoebox of old photos.
F: Felt calmer after the walk along the canal; the heron was back.
F: Made soup from whatever was left in the fridge. Not bad!
P: Auntie Jo rang from a new number and told me to save it: {P}. Did that straight away.
P: Wrote {P} on my hand so I wouldn't lose it – the plumber Dad recommended.
P: Must remember to call the piano teacher back tomorrow on {P}, before ten.
N: Steps today: {N:steps}. Legs say more.
N: Blood pressure this morning {N:bp}, better than last week.
N: Lottery line I played for Gran, as always: {N:lotto}.
N: Temperature was {N:temp} at lunch, so I stayed in bed.
S: Night, diary.
S: – {NAME}""",
    "travel": """T: Travel journal – day {DAY}, {TOWN}
T: On the road again: {TOWN}, {DATE}
F: The bus climbed for an hour through fog and then suddenly everything was blue.
F: Breakfast on the terrace: figs, bread, terrible coffee, perfect view.
F: Lost my sunglasses for the third time. Found them on my head.
P: The guesthouse owner, a lovely lady called {NAME}, said to ring her on {P} if we get lost.
P: Swapped numbers with the Dutch couple from the ferry – theirs is {P}, we might meet in the next town.
P: Taxi driver left his card: {P}. Apparently he does airport runs at 5 am.
N: Flight {N:flight} delayed again, so we sat by gate {N:gate} for two hours.
N: Hotel confirmation no. {N:hotel} – keep this handy for check-in.
N: Exchange rate at the kiosk: {N:fx}. Robbery.
N: Train {N:train}, coach and seat {N:seat}.
S: More tomorrow, if the Wi-Fi holds.""",
    "letter": """T: Dear Mum and Dad,
T: Dear Grandma,
F: Thank you so much for the parcel – the jumper fits perfectly and the biscuits lasted two days.
F: The new flat is small but bright, and the neighbours seem kind.
F: Work is busy, but I've started swimming again on Thursdays.
P: I have a new phone number now, so please cross out the old one in your little book and write in {P}.
P: If you can't reach me, my flatmate {NAME} is usually home – her number is {P}.
P: Uncle Pete asked for my number, could you pass on {P}? Thanks!
N: I sent the photos by post – the tracking code for the parcel locker is {N:pickup}.
N: The new address is {N:flat}, same building as before but two floors up.
N: Your birthday voucher code is {N:voucher} – it works online too.
S: Lots of love,
S: All my love, {NAME}""",
    "market": """T: FOR SALE: kids' bike, good condition – {TOWN}
T: FOUND: grey cat near the allotments ({TOWN})
T: LOST: brown leather wallet, {TOWN} high street
F: Collection only, cash on pickup. No time-wasters please.
F: Very friendly, seems well fed, was hiding under our shed since Tuesday.
F: Sentimental value, contains photos of my late husband.
P: Text or call {P} – usually answer after 5.
P: If he's yours, please get in touch on {P} and describe the collar.
P: Reward offered! Call {NAME} on {P}.
N: Asking {N:price} ono.
N: Microchip was scanned at the vet: {N:chip}.
N: Frame number {N:frame}, so no chancers please.
N: Size {N:dims}, fits in a hatchback.
N: Car was parked behind the bank, reg {N:plate}.
S: Thanks for sharing!""",
    "chat": """T: Greenfield Road Neighbours 🏡
T: Oak Close WhatsApp group
F: Has anyone else had their bins not collected this week?
F: Lovely to see so many of you at the street party, thanks all!
F: Just a heads up – the gate at the bottom of the lane is broken again.
P: The window cleaner who did no. 12 is really good, his number is {P}.
P: If anyone needs a lift to the hospital on Monday, I'm free. My mobile's {P}.
P: Lost cat update: still missing. Please ring {P} if you see her!
N: Parcel left at no. 18 for you, locker code {N:pickup}.
N: The van that's been blocking the drive is reg {N:plate}.
N: Spare key is in the key safe, code {N:doorcode}.
S: 👍
S: Thanks neighbours x""",
    "tenant": """T: Re: heating in flat {N:flat}
T: Message to landlord – {TOWN}
F: The boiler stopped again on Sunday night and we had no hot water until Tuesday.
F: We'd like to renew the tenancy for another year if that's OK with you.
F: There is damp in the back bedroom corner again, see photos.
P: The engineer said to ask you to call him directly on {P}.
P: Please contact me on {P} to arrange a time for the inspection.
P: My partner will be home on Wednesday – best number for her is {P}.
N: The display shows fault code {N:fault}.
N: Rent of {N:rent} was paid on the 1st, as usual.
N: The key for the bike shed is numbered {N:keyno}.
S: Kind regards, {NAME}""",
    "invite": """T: You're invited! {NAME}'s 40th
T: Save the date – {NAME} & {NAME2} are getting married
F: Dinner, dancing and far too much cake.
F: Dress code: garden smart, flat shoes recommended (it's on grass!).
F: Children are very welcome.
P: RSVP by 1 June to {NAME} on {P} (text is fine).
P: Any dietary needs? Let us know on {P}.
P: For directions on the day, ring the venue on {P}.
N: You're at table {N:table}.
N: Gift list with the shop, list number {N:registry}.
N: Ceremony at {N:clock}, reception to follow.
S: Can't wait to celebrate with you!""",
    "school": """T: Class 4B parents – {TOWN} Primary
T: Year 6 parents' group
F: Reminder: non-uniform day on Friday, £1 for the charity.
F: The trip to the farm is confirmed; packed lunch and wellies please.
F: Has anyone found a blue lunchbox with a dinosaur on it?
P: If your child needs collecting early, the school office asks you to ring {P}.
P: I'm organising the end-of-year gift – message me on {P} if you want to chip in.
P: {NAME}'s mum here, new number: {P}.
N: Lunch account top-up: pupil number {N:pupil}.
N: Term dates: {N:term}.
N: Trip costs {N:price}, pay on the parent app by Friday.
S: Thanks everyone, {NAME}""",
    "team": """T: Under-11s squad – Saturday away game
T: Carpool plan for swimming gala
F: Kick-off is early, so please be at the clubhouse in good time.
F: Bring shin pads, water bottle and the away kit.
F: Parents: we still need two drivers for the return trip.
P: Coach {NAME} can be reached on {P} on the day.
P: If you're running late, ring {P}.
P: Drivers meet at the car park; questions to {P}.
N: Shirt numbers: {N:jersey}.
N: League table after round 9: {N:league}.
N: Player registration no. {N:licence}, bring the card.
N: Pick-up {N:clock}.
S: Go team!""",
    "appt": """T: Appointment reminder
T: Reminder from {TOWN} Veterinary Surgery
F: Please arrive 10 minutes early and bring a list of current medication.
F: Remember to bring Biscuit's vaccination booklet.
F: If you have a cough or fever, please let us know before coming in.
P: To cancel or rebook, call {P} at least 24 hours in advance.
P: Out of hours, please call {P}.
P: Questions about the bill: {P}.
N: Your booking reference: {N:apptref}.
N: Weight at last visit: {N:weight}.
N: Insurance policy {N:policy}, please bring the claim form.
S: {TOWN} Health Centre""",
    "note": """T: [handwritten note, pinned to the fridge]
T: [note found in the hall, biro on the back of an envelope]
F: Gone to the shops, back by 4. Feed the fish!!
F: Milk, eggs, bin bags, birthday card for Sam.
F: Dentist moved to Thursday – don't forget.
P: Plumber: {P} – call him if the tap drips again
P: Mrs Patel upstairs → {P}
P: ring {NAME} about Saturday: {P}
N: Wi-Fi box code {N:doorcode}
N: bike lock {N:lotto}
N: meter {N:steps}
S: x {NAME}""",
}

EN_MODES = {
    "mob": [
        "WhatsApp me on {P} (mobile, no landline here).",
        "Best to text: {P}.",
        "Send a text to {P} and I'll reply when I'm off shift.",
    ],
    "fix": ["The house phone is {P} – it's a landline, so ring after six.", "Landline at the cottage: {P}."],
    "loc": [
        "If you're in {TOWN}, just dial {P}, no code needed.",
        "From anywhere in {TOWN} ring {P}.",
        "({TOWN} number, you only need {P} from a local phone.)",
        "Local {TOWN} line: {P}.",
    ],
    "svc": [
        "The free helpline is {P}.",
        "Freephone booking line: {P}.",
        "The council's repairs line is {P}.",
    ],
    "email": ["Or email {E}.", "Photos to {E}, please."],
    "iban": ["Bank transfer to {I} with your name as reference.", "Money for the gift can go to {I}."],
    "card": ["Use my card for the order, it's {C} – delete this afterwards!"],
    "ip": ["The camera is on {IP} if you need to reset it.", "Router page: {IP}"],
    "ssn": ["For the rental application they need my SSN: {S}."],
    "roster": [
        "Name",
        "Role",
        "Phone",
        ["driver", "coach", "kit", "snacks", "first aid", "class rep", "best man", "caretaker"],
    ],
}

HI = {
    "diary": """T: {DATE} – {TOWN}, रात
T: प्रिय डायरी, {DATE}
F: आज सुबह से बारिश हो रही थी, इसलिए पुरानी तस्वीरें छाँटीं।
F: शाम को छत पर बैठकर माँ से बहुत देर बात की।
P: मौसी ने नया नंबर दिया है, लिख लेती हूँ: {P}।
P: कल सुबह दस बजे से पहले ट्यूशन वाले सर को {P} पर फ़ोन करना है।
N: आज के कदम: {N:steps}।
N: सुबह का बीपी {N:bp} था।
N: बुखार {N:temp} तक गया।
S: शुभ रात्रि।""",
    "travel": """T: यात्रा डायरी – दिन {DAY}, {TOWN}
T: सफ़र फिर शुरू: {TOWN}, {DATE}
F: पहाड़ों में बस घंटे भर चढ़ती रही, फिर अचानक सब साफ़ हो गया।
F: नाश्ते में आलू के पराठे और बहुत मीठी चाय।
P: होमस्टे वाली आंटी ने कहा रास्ता भूलें तो {P} पर फ़ोन करें।
P: टैक्सी वाले भैया का नंबर: {P}, सुबह पाँच बजे भी आते हैं।
N: ट्रेन {N:train}, कोच और सीट {N:seat}।
N: होटल की बुकिंग संख्या {N:hotel}।
N: फ़्लाइट {N:flight} दो घंटे लेट थी।
S: बाक़ी कल।""",
    "letter": """T: आदरणीय माँ और पापा,
T: प्यारी दादी,
F: आपका भेजा पार्सल मिल गया, लड्डू दो दिन में ख़त्म हो गए।
F: नया कमरा छोटा है पर धूप अच्छी आती है।
P: मेरा नया नंबर अपनी डायरी में लिख लीजिए: {P}।
P: अगर मैं न मिलूँ तो मेरी रूममेट {NAME} को {P} पर फ़ोन कर लेना।
N: नया पता {N:flat} है।
N: पार्सल लॉकर का कोड {N:pickup} है।
S: आपका प्यारा, {NAME}""",
    "market": """T: बिक्री: बच्चों की साइकिल – {TOWN}
T: खोया: भूरे रंग का बटुआ, {TOWN}
F: सिर्फ़ नक़द, घर से ले जाना होगा।
F: इसमें मेरे पिताजी की पुरानी तस्वीर है।
P: कॉल या मैसेज करें {P} पर, शाम पाँच बजे के बाद।
P: मिले तो {NAME} को {P} पर बताइए, इनाम मिलेगा।
N: क़ीमत {N:price}, थोड़ा कम हो सकता है।
N: गाड़ी नंबर {N:plate}।
N: साइज़ {N:dims}।
S: धन्यवाद!""",
    "chat": """T: गुलमोहर सोसाइटी ग्रुप 🏡
T: ब्लॉक C पड़ोसी
F: क्या इस हफ़्ते किसी का कचरा नहीं उठा?
F: कल पानी की सप्लाई सुबह छह से आठ तक बंद रहेगी।
P: प्लंबर अच्छा काम करता है, उसका नंबर {P} है।
P: सोमवार को अस्पताल जाना हो तो बताइए, मेरा नंबर {P}।
N: गेट का नया कोड {N:doorcode} है।
N: पार्सल लॉकर कोड {N:pickup}।
S: 🙏""",
    "tenant": """T: मकान मालिक को संदेश – {TOWN}
T: फ़्लैट {N:flat} का गीज़र
F: गीज़र रविवार से फिर बंद है।
F: हम किराया-नामा एक साल और बढ़ाना चाहते हैं।
P: मिस्त्री ने कहा आप उन्हें सीधे {P} पर फ़ोन करें।
P: निरीक्षण का समय तय करने के लिए {P} पर संपर्क करें।
N: किराया {N:rent} एक तारीख़ को भेज दिया।
N: स्क्रीन पर एरर कोड {N:fault} आ रहा है।
S: धन्यवाद, {NAME}""",
    "invite": """T: शुभ विवाह – {NAME} संग {NAME2}
T: आप सादर आमंत्रित हैं: {NAME} का जन्मदिन
F: संगीत, भोजन और ढेर सारी मिठाई।
F: बच्चों का विशेष स्वागत है।
P: कृपया 1 जून तक {NAME} को {P} पर सूचित करें।
P: स्थान का रास्ता पूछने के लिए {P} पर फ़ोन करें।
N: फेरे {N:clock} बजे।
N: आपकी टेबल संख्या {N:table}।
S: आपकी प्रतीक्षा रहेगी।""",
    "school": """T: कक्षा 4 ब के अभिभावक – {TOWN}
T: कक्षा 6 पेरेंट्स ग्रुप
F: शुक्रवार को रंगीन कपड़ों का दिन है।
F: पिकनिक पक्की हो गई है, टिफ़िन साथ भेजें।
P: बच्चे को जल्दी ले जाना हो तो स्कूल ऑफ़िस {P} पर फ़ोन करें।
P: सालाना तोहफ़े के लिए पैसे देने हों तो मुझे {P} पर मैसेज करें।
N: छात्र संख्या {N:pupil}।
N: फ़ीस {N:price}।
S: धन्यवाद, {NAME}""",
    "team": """T: अंडर-12 क्रिकेट टीम – शनिवार का मैच
T: तैराकी के लिए कार-पूल
F: किट और पानी की बोतल साथ लाएँ।
F: वापसी के लिए अभी दो ड्राइवर चाहिए।
P: कोच {NAME} से {P} पर बात करें।
P: देर हो तो {P} पर फ़ोन करें।
N: जर्सी नंबर: {N:jersey}।
N: पिक-अप {N:clock}।
S: चलो टीम!""",
    "appt": """T: अपॉइंटमेंट की याद
T: {TOWN} पशु चिकित्सालय से याद दिलाना
F: कृपया दस मिनट पहले पहुँचें और दवाइयों की सूची लाएँ।
F: टीकाकरण कार्ड साथ लाना न भूलें।
P: अपॉइंटमेंट बदलने के लिए {P} पर फ़ोन करें।
P: रात में आपात स्थिति में {P} पर संपर्क करें।
N: बुकिंग संदर्भ {N:apptref}।
N: पिछली बार वज़न {N:weight}।
S: {TOWN} क्लिनिक""",
    "note": """T: [हाथ से लिखी पर्ची, फ़्रिज पर चिपकी]
T: [लिफ़ाफ़े के पीछे लिखा नोट]
F: बाज़ार गई हूँ, चार बजे तक लौटूँगी।
F: दूध, अंडे, दवाई।
P: दूधवाला: {P}
P: ऊपर वाली शर्मा आंटी → {P}
N: ताला {N:lotto}
N: मीटर {N:steps}
S: – {NAME}""",
}

HI_MODES = {
    "mob": ["मुझे व्हाट्सऐप करें {P} पर (मोबाइल)।", "मैसेज भेजें: {P}।"],
    "fix": ["घर का लैंडलाइन नंबर {P} है, शाम को फ़ोन करें।", "लैंडलाइन: {P}।"],
    "loc": [
        "{TOWN} में हों तो सीधे {P} मिलाइए, कोड की ज़रूरत नहीं।",
        "{TOWN} का लोकल नंबर: {P}।",
        "({TOWN} से बस {P} डायल करें।)",
    ],
    "svc": ["मुफ़्त हेल्पलाइन: {P}।", "टोल-फ़्री नंबर {P} है।"],
    "email": ["या ईमेल करें {E} पर।"],
    "iban": ["पैसे {I} में भेजें।"],
    "card": ["मेरा कार्ड {C} है, ऑर्डर के बाद यह मिटा देना।"],
    "ip": ["कैमरा {IP} पर है।"],
    "roster": ["नाम", "काम", "फ़ोन", ["ड्राइवर", "कोच", "नाश्ता", "प्राथमिक उपचार", "कक्षा प्रतिनिधि"]],
}
