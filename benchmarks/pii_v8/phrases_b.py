"""Announcing phrases for local numbers, part B: Spanish, Italian, Dutch, Brazilian Portuguese, Hindi.

Same shape as phrases_a: (placement, template) with {n} and {name}. "hing" is Hinglish (Latin
script), "hi" is Devanagari.
"""

ES = [
    ("before", "Para recoger las llaves, llamad a {name} al {n} por la tarde."),
    ("before", "Me encontráis en el fijo de casa: {n}."),
    ("after", "{n} es el teléfono de casa; si no contesto, dejad recado."),
    ("above", "Teléfono para avisos urgentes:\n{n}"),
    ("qa", "P: ¿A quién llamo si no llega el autobús?\nR: A {name}, tel. {n}."),
    ("qa", "– ¿Tienes un número donde localizarte?\n– Sí, el {n}, mejor por las noches."),
    ("speech", "«Dame un toque al {n} y bajo», dijo {name}."),
    ("voicemail", "Buzón de voz, 11:20 (0:40): Hola, soy {name}, llámame cuando puedas al {n}. Gracias."),
    ("sms", "SMS de {name}, 21:05: sin batería, llámame al fijo {n}"),
    ("before", "Si hay avería fuera de horario, marcad el {n} y preguntad por {name}."),
    ("after", "{n} — número del portero, solo de 8 a 14."),
]

IT = [
    ("before", "Per ritirare le chiavi chiamate {name} al {n} nel pomeriggio."),
    ("before", "Reperibile la sera al numero fisso {n}."),
    ("after", "{n} è il telefono di casa, lasciate pure un messaggio in segreteria."),
    ("above", "Numero da chiamare in caso di ritardo:\n{n}"),
    ("qa", "D: Chi chiamo se il pulmino non passa?\nR: {name}, tel. {n}."),
    ("qa", "– Hai un numero dove trovarti?\n– Sì, {n}, meglio dopo cena."),
    ("speech", "«Fammi uno squillo al {n}», ha detto {name}."),
    ("voicemail", "Segreteria, ore 9:35 (0:33): Ciao, sono {name}, richiamami al {n} appena puoi."),
    ("sms", "SMS da {name}, 18:40: cellulare scarico, chiamami sul fisso {n}"),
    ("before", "Il custode risponde al {n} dalle 7 alle 13."),
    ("after", "{n}: questo è il numero della nonna, chiamate lì in caso di urgenza."),
]

NL = [
    ("before", "Sleutel ophalen? Bel {name} even op {n}."),
    ("before", "'s Avonds bereikbaar op het vaste nummer {n}."),
    ("after", "{n} is ons vaste nummer, spreek gerust iets in."),
    ("above", "Telefonisch bereikbaar (na 17.00 uur):\n{n}"),
    ("qa", "V: Wie bel ik als de bus niet komt?\nA: {name}, tel. {n}."),
    ("qa", "– Op welk nummer ben je thuis te bereiken?\n– {n}, na het eten."),
    ("speech", '"Bel me gewoon even, {n}, ik ben toch thuis," zei {name}.'),
    ("voicemail", "Voicemail, 10:02 (0:47): Hoi, met {name}, wil je me terugbellen op {n}? Dank je."),
    ("sms", "Sms van {name}, 19:44: accu leeg, bel me op de vaste lijn {n}"),
    ("before", "Storing buiten kantooruren: bel de huismeester op {n}."),
    ("after", "{n} – dat is het nummer van mijn schoonmoeder, daar logeer ik."),
]

PT = [
    ("before", "Para pegar a chave, liga pra {name} no {n} à tarde."),
    ("before", "Fixo de casa, pra falar comigo à noite: {n}."),
    ("after", "{n} é o telefone de casa, pode deixar recado."),
    ("above", "Telefone pra contato (depois das 18h):\n{n}"),
    ("qa", "P: Pra quem eu ligo se a van não passar?\nR: Pra {name}, tel. {n}."),
    ("qa", "– Tem um número pra eu te achar?\n– Tenho, {n}, melhor de noite."),
    ("speech", '"Me dá uma ligada no {n} que eu desço", falou {name}.'),
    ("voicemail", "Caixa postal, 14h10 (0:39): Oi, aqui é {name}, me liga de volta no {n}, tá? Obrigado."),
    ("sms", "SMS de {name}, 22:15: celular sem bateria, liga no fixo {n}"),
    ("before", "Zelador atende no ramal do prédio, telefone {n}, das 7h às 15h."),
    ("after", "{n}: esse é o número da minha tia, estou lá essa semana."),
]

HING = [
    ("before", "Chabi lene ke liye {name} ko {n} pe call kar lena, shaam ko."),
    ("before", "Ghar ka landline number hai {n}, raat 9 baje tak."),
    ("after", "{n} mera ghar ka phone hai, koi na uthaye toh message chhod dena."),
    ("above", "Urgent ho toh is number pe phone karo:\n{n}"),
    ("qa", "Q: Van late ho toh kisko call karein?\nA: {name} ji ko, phone {n}."),
    ("speech", '"Bas ek missed call de dena {n} pe, main neeche aa jaunga," {name} bole.'),
    (
        "voicemail",
        "Voicemail 11:05 (0:36): Namaste, main {name} bol raha hoon, please {n} pe call back kijiye.",
    ),
    ("sms", "SMS from {name}, 20:12: phone ki battery khatam, ghar ke number {n} pe call karo"),
]

HI = [
    ("before", "चाबी के लिए {name} जी को {n} पर फ़ोन करें।"),
    ("before", "शाम को घर के फ़ोन पर संपर्क करें: {n}"),
    ("after", "{n} हमारे घर का नंबर है, कोई न उठाए तो संदेश छोड़ दें।"),
    ("above", "आपात स्थिति में इस नंबर पर कॉल करें:\n{n}"),
    ("qa", "प्रश्न: बस देर से आए तो किसे फ़ोन करें?\nउत्तर: {name} जी, फ़ोन {n}"),
    ("speech", '"बस {n} पर एक मिस्ड कॉल दे देना," {name} ने कहा।'),
    ("voicemail", "वॉइसमेल 10:20 (0:41): नमस्ते, मैं {name} बोल रहा हूँ, कृपया {n} पर वापस फ़ोन करें।"),
    ("sms", "{name} का SMS, 21:30: मोबाइल बंद है, घर के फ़ोन {n} पर बात करो"),
]
