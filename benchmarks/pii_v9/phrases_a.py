"""Announcing phrasings (English, Hinglish, Hindi, German), written for this set.

Each entry is (placement, template); {n} is where the local number goes, {name} a person. Placements:
before (phrase then number), after (number then phrase), above (phrase on the line above), qa
(question and answer), speech (reported speech), voicemail (a transcript) and sms (a text message).
"""

EN = [
    ("before", "If the gate's padlocked, the farmhouse is on {n}."),
    ("before", "Out of hours, try the bothy line: {n}."),
    ("before", "For lifts back after the match, ring {name} at home on {n}."),
    ("before", "Our new landline (the engineer finally came) is {n}."),
    ("after", "{n} is the caretaker's flat - ring twice, he's a bit deaf."),
    ("after", "{n} - that's the clubhouse phone, only answered on Saturdays."),
    ("above", "Number for the kitchen on the day:\n{n}"),
    ("above", "Can't make it? Let {name} know on this number:\n{n}"),
    ("qa", "Q: Who do I call about the key?\nA: {name}, on {n}."),
    ("qa", "> what's the number for the hall?\n{n}, ask for {name}"),
    ("speech", '{name} said, "Just give me a tinkle on {n} when you\'re outside."'),
    ("speech", "As my gran put it: 'ring {n} and let it ring, I'm slow on the stairs.'"),
    ("voicemail", '[Voicemail, 0:37] "...hiya, it\'s {name}, can you call us back on {n}? Ta."'),
    ("voicemail", "Transcribed message: please return the call on {n} before six."),
    ("sms", "Text from {name}, 18:42: use the house phone {n}, my mobile's dead"),
    ("sms", "SMS > moved desks, my direct line is now {n}"),
]

HINGLISH = [
    ("before", "Koi problem ho toh uncle ko {n} pe call karna."),
    ("after", "{n} - ye ghar ka landline hai, mobile band rehta hai."),
    ("above", "Booking ke liye iss number pe phone karo:\n{n}"),
    ("qa", "Q: Delivery kab tak hogi?\nA: Kal tak, urgent ho toh {n} pe baat karo."),
    ("speech", 'Bhaiya ne bola, "{n} pe missed call de dena, main wapas kar lunga."'),
    ("voicemail", "Voicemail: namaste ji, {name} bol raha hoon, please {n} pe call back kijiye."),
    ("sms", "SMS: Madam, shop ka number badal gaya hai, naya wala {n} hai."),
    ("before", "Raat ko emergency ho toh seedha {n} dial karo."),
]

HI = [
    ("before", "किसी भी जानकारी के लिए {n} पर संपर्क करें।"),
    ("after", "{n} - यह दफ़्तर का नंबर है, सुबह दस बजे के बाद फ़ोन करें।"),
    ("above", "बुकिंग के लिए इस नंबर पर फ़ोन करें:\n{n}"),
    ("qa", "प्रश्न: चाबी किसके पास है?\nउत्तर: {name} जी के पास, {n} पर फ़ोन कर लीजिए।"),
    ("speech", '{name} जी ने कहा, "शाम को {n} पर बात कर लेना।"'),
    ("voicemail", "वॉइसमेल: नमस्ते, मैं {name} बोल रहा हूँ, कृपया {n} पर वापस फ़ोन करें।"),
    ("sms", "संदेश: दुकान का नया नंबर {n} है, पुराना बंद हो गया।"),
    ("before", "रात में ज़रूरत हो तो घर के फ़ोन {n} पर बताइए।"),
]

DE = [
    ("before", "Wer den Schlüssel braucht, meldet sich bei {name} unter {n}."),
    ("before", "Festnetz im Vereinsheim (nur samstags besetzt): {n}"),
    ("before", "Bei Glatteis bitte vorher kurz durchklingeln: {n}"),
    ("before", "Telefonische Anmeldung bei {name}: {n}"),
    ("after", "{n} - das ist der Anschluss im Gartenhaus, einfach lange klingeln lassen."),
    ("after", "{n} ist die neue Nummer von {name}, die alte gilt nicht mehr."),
    ("above", "Für Rückfragen am Veranstaltungstag:\n{n}"),
    ("above", "So erreicht ihr mich abends am besten:\n{n}"),
    ("qa", "Frage: Wen rufe ich an, wenn der Bus ausfällt?\nAntwort: {name}, {n}."),
    ("qa", "- Habt ihr eine Nummer vom Hausmeister?\n- Ja, {n}, aber nicht vor neun."),
    ("speech", "{name} meinte: „Ruf mich einfach unter {n} an, ich bin ab sieben zu Hause.“"),
    ("voicemail", "Mailbox-Nachricht (0:52): „Hallo, hier ist {name}, bitte zurückrufen unter {n}, danke.“"),
    ("sms", "SMS von {name}: Handy kaputt, bin unter {n} zu erreichen."),
]

PHRASES_A = {"en": EN, "hinglish": HINGLISH, "hi": HI, "de": DE}
