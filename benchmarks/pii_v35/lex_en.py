"""English (with Hinglish for en_IN) and Hindi lines. Slots: {ph} phone, {em} e-mail, {cc} card, {iban},
{ip}, {ssn}, {town}, {name}; any negs.KINDS name is a hard negative."""

EN = {
    "post": {
        "open": [
            "lost my phone at the bus stop yesterday 😭😭 new number below, pls save it",
            "PSA for the neighbourhood group 🏡",
            "okay twitter do your thing 🙏",
            "Thread 🧵 on how we got the community fridge running (1/5)",
        ],
        "pos": [
            "new number: {ph} — old one is dead, don't text it",
            "if you found a grey Fjällräven bag call me {ph} 🙏",
            "volunteers can reach Marisol directly on {ph} (evenings only pls)",
            "my sis is selling homemade tamales again!! orders via WhatsApp {ph} 🌽🔥",
        ],
        "neg": [
            "this got {social_count} views overnight wtf 😳 #tbt {hashtag_digits}",
            "poll closed: {poll_pct}, so the fridge stays at the library 📚",
            "shoutout to {handle_digits} for the drone shots, {social_count} likes already",
        ],
        "close": ["RT so it reaches more people 🔁", "that's it, love u all ❤️", "(5/5) end of thread"],
    },
    "comments": {
        "open": ["Top comments ▾", "View 23 more replies", "Replying to the pinned post:"],
        "pos": [
            "bro just call the landlord, his number is literally on the flyer: {ph}",
            "I used these guys for my move, great service. Text Dev on {ph}",
            "@admin can you pin this? lost dog hotline {ph} 🐕",
        ],
        "neg": [
            "the part at {video_ts} had me crying 😂 {social_count} people agree apparently",
            "{handle_digits} the final was {match_score}, not even close lol",
            "edit: thanks for the {social_count} upvotes kind strangers",
        ],
        "close": ["↳ Reply · Like · Share", "Load more comments", "(edited)"],
    },
    "bio": {
        "open": [
            "she/her ✨ plant mom 🌿 coffee > people",
            "Dad. Runner. Bad puns.",
            "📍 somewhere between the gym and the kitchen",
        ],
        "pos": [
            "📲 bookings & collabs: {ph}",
            "DM or WhatsApp {ph} for commissions 🎨",
            "Biz inquiries → {ph} (no calls after 9pm pls)",
        ],
        "neg": [
            "🏃 marathons: {year_range}, PB at Chicago | {social_count} followers",
            "est. {year_range} • Spotify {handle_digits}",
            "🎂 {age_height} • {hashtag_digits}",
        ],
        "close": ["links below ⬇️", "✌️", "opinions my own"],
    },
    "forum": {
        "open": [
            "Accepted answer ✔",
            "Re: which carrier has the best coverage upstate?",
            "Answered 2 days ago · edited",
        ],
        "pos": [
            "Call their retention line and ask for the loyalty discount, worked for me: {ph}",
            "The repair shop on Main St fixed my screen in an hour, ask for Andy at {ph}",
            "Honestly skip the chatbot. Their real human support is at {ph}",
        ],
        "neg": [
            "I had the same issue on my {phone_model}, reputation {rep_points}, trust me on this",
            "Bounty of {social_count} rep still open. Tested with {phone_model}.",
            "It took {stream_uptime} on hold last time, so bring snacks",
        ],
        "close": [
            "Hope this helps!",
            "Upvote if it worked for you.",
            "— posted from mobile, sorry for formatting",
        ],
    },
    "chat": {
        "open": [
            "Telegram Desktop export · Chat: Flat 4B 🏠",
            "Signal · Note to self",
            "#general — Discord server 'Night Owls'",
        ],
        "pos": [
            "here's the plumber's number {ph} he said tmrw morning",
            "can u call mom? she's on {ph} now",
            "new sim lol save this {ph}",
            "uber driver says he's outside, his number is {ph}",
        ],
        "neg": [
            "my safety number changed? it shows {signal_safety}",
            "user id {telegram_id} joined the group",
            "msg link: channel/{discord_snowflake} (pinned)",
            "gg {discord_tag} see u tmrw",
        ],
        "close": ["👍", "ok ty", "lmaoo", "k see you at 8"],
    },
    "dating": {
        "open": ["ROOM AVAILABLE 🛏️ near campus", "About me 💫", "Looking for a roommate from next month!"],
        "pos": [
            "Serious inquiries only, text me at {ph} with a bit about yourself",
            "Viewing this weekend, call {ph} to book a slot",
            "If we match and you wanna skip the app: {ph} 😉",
        ],
        "neg": [
            "{age_height}, Scorpio, will judge your playlist",
            "room is {rent_area}, {price}/month incl. bills",
            "move-in {date_range}, deposit {price}",
        ],
        "close": ["no smokers pls 🚭", "swipe right if you like dogs 🐶", "first come first served"],
    },
    "market": {
        "open": [
            "FOR SALE 🔥",
            "Buy / Sell / Trade group — rules in the pinned post",
            "Price drop!! Need gone by Friday",
        ],
        "pos": [
            "Collection only, message or call {ph}",
            "Cash or Venmo, text {ph} if interested 💸",
            "Still available? Yes. Call {ph} after 5",
        ],
        "neg": [
            "{phone_model}, barely used, {price} OBO",
            "Nike Dunks {shoe_size}, {price}, eBay listing {ebay_item}",
            "paid via PayPal, txn {paypal_txn}, still waiting on shipping",
        ],
        "close": ["no lowballers", "first come first served, no holds", "bump 🆙"],
    },
    "event": {
        "open": [
            "🎉 This Saturday: Rooftop Sessions Vol. 7",
            "Community potluck + open mic 🎤",
            "Webinar: budgeting for first-year students",
        ],
        "pos": [
            "Guest list & tables: {ph} (text only)",
            "Questions? Ring the organiser on {ph}",
            "Accessibility requests → {ph}",
        ],
        "neg": [
            "Doors {time_range}, tickets {price}, barcode {ticket_barcode}",
            "Zoom ID {zoom_id}, passcode {zoom_pass}",
            "Seat block/row/seat: {seat_ref} • flight {flight_no} lands 6pm",
        ],
        "close": ["Tag a friend who needs this 👇", "See you there!! ✨", "Limited spots, RSVP fast"],
    },
    "gaming": {
        "open": [
            "LFG 🎮 chill squad, EU servers",
            "Raid tonight, who's in?",
            "Trading thread — post your codes",
        ],
        "pos": [
            "add me on WhatsApp for the squad chat {ph}",
            "text {ph} if the discord is down again",
            "coach hit me up at {ph} for scrim times",
        ],
        "neg": [
            "my trainer code {pogo_code} 🔥 add me",
            "Switch friend code {switch_code}, UID {genshin_uid}",
            "MMR {mmr_elo}, steam friend code {steam_friend}, lobby {lobby_code}",
            "join us {invite_code} — stream was {stream_uptime} yesterday",
        ],
        "close": ["gg", "no toxic players pls", "ranked only"],
    },
    "local": [
        "if ur in {town} just ring {ph}, no area code needed",
        "{town} folks: the shop line is {ph} (local call)",
        "Calling from inside {town}? Dial {ph} and you're through",
        "(local to {town}) {ph} — landline, ask for Bea",
    ],
    "other": [
        "their customer care is free to call: {ph}",
        "Helpline (toll-free, 24/7): {ph}",
        "the refund line is {ph}, don't bother with the app",
    ],
    "list_head": [
        "📌 Pinned: useful contacts for the group",
        "Emergency contacts for the trip 🚐",
        "Admins (msg any of us):",
    ],
    "email": [
        "send your portfolio to {em} 📩",
        "or email me {em} if you don't use WhatsApp",
        "receipts go to {em} pls",
    ],
    "card": [
        "someone just posted their card {cc} in the group chat, delete it omg 😬",
        "mom sent me the card number {cc} for the booking lol",
    ],
    "iban": ["you can transfer the deposit to IBAN {iban}", "bank transfer works too: {iban}"],
    "ip": ["server IP is {ip}, whitelist is on", "if it lags ping {ip} and post your ms"],
    "ssn": [
        "scam alert: someone DM'd me asking to 'verify' SSN {ssn} 🚩",
        "the IRS form she filled has her SSN {ssn}, blur that before posting!!",
    ],
}

HING = {
    "pos": [
        "bhai urgent hai, call kar {ph} pe",
        "order ke liye WhatsApp karo {ph} 🙏 cash on delivery available",
        "aunty ka number {ph} hai, unse pooch lo",
    ],
    "local": [
        "{town} mein ho toh seedha {ph} pe call karo, STD code ki zaroorat nahi",
        "{town} local landline: {ph}",
    ],
}

HI = {
    "post": {
        "open": ["सभी दोस्तों को नमस्ते 🙏", "ज़रूरी सूचना ‼️", "आज का अपडेट 📢"],
        "pos": [
            "मेरा नया नंबर {ph} है, पुराना बंद हो गया",
            "खाना चाहिए तो {ph} पर WhatsApp करें 🍛",
            "खोया हुआ कुत्ता मिला है, मालिक {ph} पर संपर्क करें",
        ],
        "neg": [
            "इस पोस्ट को {social_count} लोगों ने देखा 🙏 {hashtag_digits}",
            "पोल का नतीजा: {poll_pct}",
            "शुक्रिया {handle_digits} भाई",
        ],
        "close": ["शेयर ज़रूर करें 🔁", "धन्यवाद ❤️", "जय हिंद 🇮🇳"],
    },
    "comments": {
        "open": ["टॉप कमेंट्स", "जवाब दें:"],
        "pos": ["भाई इनसे बात करो {ph}, बहुत अच्छे हैं", "डॉक्टर साहब का नंबर {ph} है"],
        "neg": ["{video_ts} पर वाला सीन 😂", "स्कोर {match_score} था भाई"],
        "close": ["👍", "सही बात"],
    },
    "bio": {
        "open": ["फोटोग्राफर 📸 | शादी और इवेंट्स", "योगा टीचर 🧘‍♀️"],
        "pos": ["बुकिंग के लिए: {ph}", "कॉल/WhatsApp {ph}"],
        "neg": ["{social_count} फॉलोअर्स 🙏", "{year_range} से काम कर रहे हैं"],
        "close": ["✨", "🙏"],
    },
    "forum": {
        "open": ["जवाब:", "मेरा अनुभव"],
        "pos": ["कस्टमर केयर को {ph} पर कॉल करें, तुरंत हल हो गया", "सर्विस सेंटर वालों का नंबर {ph} है"],
        "neg": ["मेरे {phone_model} में भी यही दिक्कत थी", "पिन कोड {pincode} में डिलीवरी नहीं होती"],
        "close": ["उम्मीद है मदद मिलेगी", "🙏"],
    },
    "chat": {
        "open": ["WhatsApp चैट एक्सपोर्ट · परिवार 👨‍👩‍👧", "Telegram ग्रुप: कॉलेज बैच"],
        "pos": ["पापा का नया नंबर {ph} सेव कर लो", "प्लंबर को {ph} पर बुला लेना"],
        "neg": ["UPI रेफ नंबर {upi_ref} है, पैसे भेज दिए", "यूज़र आईडी {telegram_id} ग्रुप में आया"],
        "close": ["ठीक है", "👍🏻"],
    },
    "dating": {
        "open": ["रूममेट चाहिए 🏠", "पीजी उपलब्ध है"],
        "pos": ["देखने के लिए {ph} पर कॉल करें", "सिर्फ लड़कियों के लिए, संपर्क {ph}"],
        "neg": ["किराया {price}, कमरा {rent_area}", "उम्र/कद: {age_height}"],
        "close": ["धूम्रपान मना है", "जल्दी करें"],
    },
    "market": {
        "open": ["बेचना है 🔥", "पुराना सामान सस्ते में"],
        "pos": ["खरीदने के लिए {ph} पर कॉल करें", "{ph} पर मैसेज करें"],
        "neg": ["{phone_model} सिर्फ {price} में", "पेमेंट UPI से, रेफ {upi_ref}"],
        "close": ["मोलभाव नहीं", "पहले आओ पहले पाओ"],
    },
    "event": {
        "open": ["🎉 दिवाली मेला", "भजन संध्या 🙏"],
        "pos": ["पास के लिए {ph} पर संपर्क करें", "आयोजक: {ph}"],
        "neg": ["समय {time_range}, टिकट {price}", "ट्रेन {train_no} से आने वाले {date_range} को पहुँचें"],
        "close": ["सभी आमंत्रित हैं", "ज़रूर आइए"],
    },
    "gaming": {
        "open": ["BGMI स्क्वाड चाहिए 🎮", "आज रात टूर्नामेंट"],
        "pos": ["जुड़ने के लिए WhatsApp {ph}", "कैप्टन का नंबर {ph}"],
        "neg": ["मेरा UID {genshin_uid} है", "लॉबी {lobby_code}, स्कोर {match_score}"],
        "close": ["GG", "चलो खेलें"],
    },
    "local": [
        "{town} में हैं तो सीधे {ph} डायल करें, एसटीडी कोड नहीं चाहिए",
        "{town} की लोकल लाइन: {ph}",
        "({town} शहर के अंदर से) {ph}",
    ],
    "other": ["टोल-फ्री हेल्पलाइन: {ph}", "ग्राहक सेवा (मुफ़्त): {ph}"],
    "list_head": ["📌 ग्रुप के ज़रूरी नंबर", "एडमिन्स:"],
    "email": ["ईमेल करें: {em}", "रिज़्यूमे {em} पर भेजें"],
    "card": ["किसी ने ग्रुप में कार्ड नंबर {cc} डाल दिया, हटाओ!!"],
    "iban": ["विदेश से पैसे भेजने के लिए IBAN {iban}"],
    "ip": ["सर्वर आईपी {ip} है"],
    "ssn": [],
}
