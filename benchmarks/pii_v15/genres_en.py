"""v15 genres in English (US, GB, Australians and Irish in Britain, India), Hinglish and Hindi.

Each genre: (key, locale, language, organisation domain, title, body lines separated by " | ").
"""

from __future__ import annotations

GENRES_EN = [
    (
        "blockparty",
        "en_US",
        "en",
        "elmstreetblock.org",
        "Elm Street block party",
        "We're closing the street from noon, so move cars by eleven. | Bring a side dish and your own lawn "
        "chairs. "
        "| The bounce house arrives after lunch. | Please keep dogs on a leash near the grills.",
    ),
    (
        "rummage",
        "en_US",
        "en",
        "stlukesrummage.org",
        "St. Luke's rummage sale",
        "Drop-offs in the fellowship hall on Thursday evening only. | No mattresses, car seats or old TVs, "
        "please. "
        "| Pricing stickers are in the blue tub. | Leftovers go to the thrift store on Monday.",
    ),
    (
        "concession",
        "en_US",
        "en",
        "valleylittleleague.org",
        "Little League concession stand",
        "Hot dogs go on the roller an hour before first pitch. | Count the cash box at the start and the "
        "end. "
        "| Ice comes from the gas station on the corner. | Wipe down the counter before you lock up.",
    ),
    (
        "pantry",
        "en_US",
        "en",
        "riversidepantry.org",
        "Riverside food pantry drive",
        "We need peanut butter, canned tuna and diapers most. | Volunteers sort donations in the church "
        "basement. "
        "| Wear closed-toe shoes in the warehouse. | Families pick up on Saturday morning.",
    ),
    (
        "reunion",
        "en_US",
        "en",
        "westhighreunion.com",
        "West High class reunion",
        "The banquet room is booked for Saturday night. | Name tags will have your yearbook photo on them. "
        "| There's a memorial table for classmates we've lost. | Dress is casual, no ties required.",
    ),
    (
        "chili",
        "en_US",
        "en",
        "firehousechili.org",
        "Firehouse chili cook-off",
        "Entrants set up on the apron in front of the bays. | Judges taste blind, so no names on the "
        "crockpots. "
        "| Bring your own ladle and an extension cord. | Proceeds buy new turnout gear.",
    ),
    (
        "habitat",
        "en_US",
        "en",
        "habitatbuildday.org",
        "Habitat build day",
        "Hard hats and gloves are provided at check-in. | Nobody under sixteen on the roof. "
        "| Lunch is donated by the taqueria on Main. | Sign the waiver before you pick up a hammer.",
    ),
    (
        "fourh",
        "en_US",
        "en",
        "county4hbarn.org",
        "County fair 4-H barn",
        "Animals must be in their pens before the vet check. | Water buckets get refilled every two hours. "
        "| The showmanship ring is behind the poultry barn. | Keep the aisles clear for the judges.",
    ),
    (
        "crickettea",
        "en_GB",
        "en",
        "nethertoncc.org.uk",
        "Cricket club tea rota",
        "Teas are served at the innings break, usually around four. | Sandwiches, scones and one proper "
        "cake. "
        "| The urn takes ages, so switch it on early. | Leftovers go to the opposition, it's tradition.",
    ),
    (
        "panto",
        "en_GB",
        "en",
        "villagepanto.org.uk",
        "Village panto rehearsals",
        "Rehearsals are in the church hall on Tuesday and Thursday evenings. | Learn your lines before "
        "Christmas. "
        "| The dame's costume needs taking in again. | We still need someone to work the smoke machine.",
    ),
    (
        "litterpick",
        "en_GB",
        "en",
        "tidytowncommunity.org.uk",
        "Community litter pick",
        "Meet at the war memorial with gloves if you have them. | Grabbers and hi-vis vests are provided. "
        "| Don't touch needles or broken glass, just mark the spot. | Full bags go by the bus shelter.",
    ),
    (
        "jumble",
        "en_GB",
        "en",
        "scoutjumble.org.uk",
        "Scout group jumble sale",
        "Doors open at two, and the queue starts long before. | Bric-a-brac on the stage, clothes on the "
        "tables. "
        "| We don't take electricals any more. | Tea and biscuits in the side room.",
    ),
    (
        "flowerfest",
        "en_GB",
        "en",
        "stmaryflowers.org.uk",
        "Church flower festival",
        "Arrangements go in on Friday and must be finished by six. | Oasis and wire are in the vestry "
        "cupboard. "
        "| Please don't block the font. | Stewards are needed for each afternoon.",
    ),
    (
        "brownies",
        "en_GB",
        "en",
        "brownieunit.org.uk",
        "Brownies camp weekend",
        "Kit list: sleeping bag, torch, wellies and a plate. | No sweets in the dorms, we've learned our "
        "lesson. "
        "| Parents collect from the car park on Sunday. | Medicines go to the leader in a labelled bag.",
    ),
    (
        "menshed",
        "en_GB",
        "en",
        "menshedcommunity.org.uk",
        "Men's Shed open morning",
        "The kettle's always on in the workshop. | Safety glasses on before the lathe goes on. "
        "| We're restoring a bench for the park. | New members welcome, no experience needed.",
    ),
    (
        "repaircafe",
        "en_GB",
        "en",
        "repaircafetown.org.uk",
        "Repair café",
        "Bring broken toasters, lamps, jeans and bikes. | Fixers can't promise miracles. "
        "| We don't do microwaves or anything gas. | A donation in the jar is appreciated.",
    ),
    (
        "anzac",
        "en_AU",
        "en",
        "anzaclondon.org.uk",
        "Anzac Day dawn service, London",
        "Gather at the memorial well before first light. | Medals on the right if they're a relative's. "
        "| Gunfire breakfast afterwards at the Aussie pub. | Wrap up, London dawns are cold.",
    ),
    (
        "netball",
        "en_AU",
        "en",
        "expatnetball.org.uk",
        "Expat netball team",
        "Training on the outdoor courts behind the leisure centre. | Bibs are in the kit bag. "
        "| Subs are due before the first league match. | After-game drinks, as ever.",
    ),
    (
        "paddysday",
        "en_IE",
        "en",
        "stpatsmanchester.org.uk",
        "St Patrick's Day parade committee",
        "The float needs painting at the depot on Sunday. | Marshals wear green tabards. "
        "| The céilí band plays from the back of the lorry. | Road closures start mid-morning.",
    ),
    (
        "setdance",
        "en_IE",
        "en",
        "irishsetdance.org.uk",
        "Irish set dancing class",
        "Beginners welcome, partners not needed. | Soft shoes, nothing with a heel. "
        "| The céilí at the end of term is open to families. | The tea urn is the committee's pride and joy.",
    ),
    (
        "ganesh",
        "en_IN",
        "en",
        "greenparkganesh.org",
        "Society Ganesh utsav",
        "The idol arrives on the evening before Chaturthi. | Aarti morning and evening in the clubhouse. "
        "| Visarjan procession leaves from the main gate. | Please use eco-friendly decorations only.",
    ),
    (
        "blooddonation",
        "en_IN",
        "en",
        "rotaryblooddrive.org",
        "Blood donation camp",
        "Donors should eat a proper breakfast before coming. | Carry a photo ID for registration. "
        "| Refreshments after donating, please don't skip them. | Certificates are handed out at the exit.",
    ),
    (
        "annualday",
        "en_IN",
        "en",
        "sunriseschoolpta.org",
        "School annual day",
        "Dress rehearsal on Thursday in the auditorium. | Costumes must be returned after the show. "
        "| Parents are requested to be seated on time. | Photography only from the back rows.",
    ),
    (
        "watertank",
        "en_IN",
        "en",
        "lakeviewresidents.org",
        "Housing society water tank cleaning",
        "Water supply will be off for the whole morning. | Please store enough water the night before. "
        "| The contractor will need access to the terrace. | Lift will be paused while pumps are off.",
    ),
    (
        "onam",
        "en_IN",
        "en",
        "keralasamajam.org",
        "Onam sadya at the samajam",
        "Pookalam competition starts early, bring your own flowers. | Sadya is served on banana leaves. "
        "| Volunteers needed for serving and clearing. | Kids' games on the lawn in the afternoon.",
    ),
    (
        "collegefest",
        "en_IN",
        "hx",
        "techfestcollege.in",
        "College fest ki planning",
        "Stage setup kal raat tak complete hona chahiye. | Sponsors ke banners main gate pe lagenge. "
        "| Volunteers apna ID card saath rakhna. | Band wale soundcheck subah karenge.",
    ),
    (
        "sangeet",
        "en_IN",
        "hx",
        "sharmafamilysangeet.in",
        "Sangeet ki practice",
        "Dance practice roz shaam ko terrace pe hogi. | Choreographer Sunday ko final run karayega. "
        "| Outfits ka colour theme pastel hai. | Mehendi wali Friday ko aayegi.",
    ),
    (
        "gullycricket",
        "en_IN",
        "hx",
        "colonycricket.in",
        "Colony cricket tournament",
        "Har team mein sirf aath players honge. | Tennis ball se khelenge, leather ball allowed nahi. "
        "| Umpire ka decision final hoga. | Finals ke baad sab ke liye chai samose.",
    ),
    (
        "offsite",
        "en_IN",
        "hx",
        "teamoffsite.in",
        "Office offsite trip",
        "Bus subah jaldi office ke bahar se niklegi. | Resort mein pool aur games dono hain. "
        "| Apna ID aur comfortable shoes le aana. | Raat ko bonfire aur DJ hai.",
    ),
    (
        "lohri",
        "en_IN",
        "hx",
        "greenvalleylohri.in",
        "Lohri bonfire in the society",
        "Bonfire park ke beech mein lagega. | Rewri, moongphali aur gajak ka intezaam ho gaya hai. "
        "| Bachchon ko aag se door rakhna. | Dhol wala shaam ko aayega.",
    ),
    (
        "janmashtami",
        "en_IN",
        "hi",
        "krishnamandirsamiti.in",
        "जन्माष्टमी उत्सव",
        "मंदिर की सजावट शाम तक पूरी करनी है। | मटकी फोड़ प्रतियोगिता पार्क में होगी। "
        "| रात बारह बजे आरती और प्रसाद। | सभी भक्त समय पर पहुँचें।",
    ),
    (
        "safai",
        "en_IN",
        "hi",
        "mohallasamiti.in",
        "मोहल्ला सफ़ाई अभियान",
        "रविवार सुबह सभी लोग चौक पर इकट्ठा हों। | दस्ताने और झाड़ू समिति देगी। "
        "| सूखा और गीला कचरा अलग रखें। | बाद में सबके लिए नाश्ता है।",
    ),
    (
        "chhath",
        "en_IN",
        "hi",
        "chhathghatsamiti.in",
        "छठ पूजा घाट व्यवस्था",
        "घाट की सफ़ाई दो दिन पहले से शुरू होगी। | व्रतियों के लिए अलग रास्ता रहेगा। "
        "| रात में रोशनी का इंतज़ाम किया गया है। | बच्चों को पानी से दूर रखें।",
    ),
    (
        "bhandara",
        "en_IN",
        "hi",
        "hanumanmandir.in",
        "मंगलवार भंडारा",
        "भंडारा दोपहर से शुरू होगा। | सेवादार सुबह सब्ज़ी काटने आ जाएँ। "
        "| पत्तलें और दोने मंदिर में रखे हैं। | जूते बाहर उतारकर ही अंदर आएँ।",
    ),
]
