"""Other names of towns libphonenumber's geocoder knows: the Hindi (Devanagari) names of India's
larger towns, and English spellings people write where the geocoder has an older or local one.

    ALIASES: {name as written: the geocoder's own name, folded}

Why: the geocoder describes India in English only, some of it in forms nobody writes ("Varansi",
"Hyderabad Local", "Nasik City", "Jallandhar"), so "पुणे से बिना कोड के: 4617-6596" and "in
Hyderabad dial 2345 6789" named no town to phone_towns. Only the name is kept here: the area codes
stay libphonenumber's (phone_towns.towns maps each alias to the prefixes of the town it names).
Words that are also common Hindi words are left out ("गया" is Gaya and "went", "कल्याण" is Kalyan
and "welfare").
"""

from __future__ import annotations

# the geocoder's name (as phone_towns folds it) -> the names written for it, Devanagari first
_NAMES = {
    "mumbai": "मुंबई मुम्बई बम्बई ठाणे bombay thane",
    "new delhi": "दिल्ली नई_दिल्ली नयी_दिल्ली delhi",
    "bangalore": "बेंगलुरु बेंगलूरु बैंगलोर बंगलौर bengaluru",
    "chennai": "चेन्नई चेन्नै मद्रास madras",
    "kolkata": "कोलकाता कलकत्ता calcutta",
    "hyderabad local": "हैदराबाद hyderabad",
    "pune": "पुणे पूना पुना poona",
    "ahmedabad local": "अहमदाबाद ahmedabad amdavad",
    "jaipur": "जयपुर",
    "lucknow": "लखनऊ",
    "kanpur": "कानपुर",
    "nagpur": "नागपुर",
    "indore": "इंदौर इन्दौर",
    "bhopal": "भोपाल",
    "patna": "पटना",
    "vadodara": "वडोदरा बड़ौदा",
    "surat": "सूरत",
    "ludhiana": "लुधियाना",
    "agra": "आगरा",
    "nasik city": "नासिक नाशिक nashik nasik",
    "varansi": "वाराणसी बनारस varanasi banaras",
    "madurai": "मदुरै मदुरई",
    "ernakulam": "कोच्चि कोचीन एर्नाकुलम kochi cochin",
    "coimbatore": "कोयंबटूर कोयम्बटूर",
    "thiruvananthapuram": "तिरुवनंतपुरम तिरुवनन्तपुरम त्रिवेंद्रम trivandrum",
    "chandigarh": "चंडीगढ़ चण्डीगढ़",
    "guwahati": "गुवाहाटी",
    "bhubaneshwar": "भुवनेश्वर bhubaneswar",
    "dehradun": "देहरादून",
    "ranchi": "रांची राँची",
    "raipur": "रायपुर",
    "amritsar": "अमृतसर",
    "jodhpur": "जोधपुर",
    "udaipur": "उदयपुर",
    "mysore": "मैसूर मैसूरु mysuru",
    "mangalore": "मंगलौर मंगलुरु mangaluru",
    "visakhapatnam": "विशाखापत्तनम विशाखापट्टनम vizag",
    "vijayawada": "विजयवाड़ा",
    "goa": "गोवा पणजी panaji panjim",
    "shimla": "शिमला",
    "srinagar": "श्रीनगर",
    "jammu": "जम्मू",
    "allahabad": "इलाहाबाद प्रयागराज prayagraj",
    "meerut": "मेरठ",
    "gwalior": "ग्वालियर",
    "jabalpur": "जबलपुर",
    "rajkot": "राजकोट",
    "gurgaon": "गुड़गांव गुड़गाँव गुरुग्राम gurugram",
    "faridabad": "फरीदाबाद",
    "ghaziabad": "गाज़ियाबाद गाजियाबाद नोएडा noida",
    "ajmer": "अजमेर",
    "bikaner": "बीकानेर",
    "jallandhar": "जालंधर jalandhar jullundur",
    "pondicherry": "पुडुचेरी पांडिचेरी puducherry",
    "tiruchchirappalli": "तिरुचिरापल्ली तिरुचि tiruchirappalli tiruchirapalli trichy",
    "sholapur": "सोलापुर solapur",
    "kozhikode": "कोझिकोड calicut",
    "tirupathi": "तिरुपति tirupati",
    "belgaum": "बेलगाम बेलगावी belagavi",
    "kolhapur": "कोल्हापुर",
    "mathura": "मथुरा",
    "aligarh": "अलीगढ़",
    "bareilly": "बरेली",
    "moradabad": "मुरादाबाद",
    "gorakhpur": "गोरखपुर",
    "ujjain": "उज्जैन",
    "salem": "सेलम",
    "hubli": "हुबली",
    "thrissur": "त्रिशूर",
    "shillong": "शिलांग",
    "imphal": "इंफाल",
    "siliguri": "सिलीगुड़ी",
    "darjeeling": "दार्जिलिंग",
    "jamshedpur": "जमशेदपुर",
    "dhanbad": "धनबाद",
    "cuttack": "कटक",
    "haridwar": "हरिद्वार",
}

# "नई_दिल्ली": a name of several words is written with "_" between them
ALIASES = {name.replace("_", " "): town for town, names in _NAMES.items() for name in names.split()}
