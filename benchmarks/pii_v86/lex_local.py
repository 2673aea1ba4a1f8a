"""Ways of announcing a subscriber-only (local) number, fresh for v86. {T} town, {L}/{L2} local numbers."""

LOCAL = {
    ("US", "en"): [
        "If you live in {T}, the reference desk is just {L} from any landline in town.",
        "{T} patrons: call {L} for renewals and {L2} for the children's room (local calls, no area code).",
        "Questions about the {T} museum's field trips? Within the city you can dial {L}.",
        '"Just call {L}," the volunteer said, "everyone in {T} knows that number, it\'s the old '
        'courthouse line."',
        "The {T} historical society answers {L} on Tuesdays (a local call from {T} exchanges).",
        "Branch line for {T} residents, seven digits: {L}.",
        "From a {T} phone, reach the genealogy room at {L} or the archives annex at {L2}.",
    ],
    ("GB", "en"): [
        "Searchroom bookings for {T} callers: {L} (no need for the dialling code inside {T}).",
        "Ring the {T} local studies library on {L} – that's from a {T} landline; otherwise add the code.",
        "If you're phoning from within {T}, the museum's learning team is on {L} and the shop on {L2}.",
        "The {T} Heritage Trust office (local number):\n{L}",
        "\"It's {L} if you're in {T},\" she told me, \"the code only matters if you're ringing from "
        'outside."',
        "{T} Record Office, local rate from the city: {L}.",
        "Tickets for the {T} abbey tours can be booked on {L} by callers in the {T} area.",
    ],
    ("IN", "en"): [
        "Visitors calling from a {T} landline can book the heritage walk on {L}.",
        "The {T} district library's reference section is on {L}; within {T}, no STD code is needed.",
        "State Archives, {T} regional office – local number {L}, research room {L2}.",
        "For the {T} museum's school programme, dial {L} from any {T} landline.",
        "Inside {T} city limits, the reading room answers at {L}.",
    ],
    ("IN", "hi"): [
        "{T} के लैंडलाइन से संग्रहालय की बुकिंग के लिए {L} पर कॉल करें।",
        "{T} शहर में रहने वाले पुस्तकालय से {L} पर संपर्क कर सकते हैं, STD कोड की ज़रूरत नहीं।",
        "अभिलेखागार ({T}) का स्थानीय नंबर {L} है, और शोध कक्ष का {L2}।",
        "{T} में ही हैं? तो धरोहर भ्रमण के लिए सीधे {L} मिलाइए।",
        "ज़िला पुस्तकालय, {T} – शहर के अंदर से {L} डायल करें।",
    ],
    ("DE", "de"): [
        "Aus dem {T}er Ortsnetz erreichen Sie den Lesesaal unter {L}.",
        "Stadtarchiv {T} – innerhalb der Stadt genügt die {L}, für das Magazin die {L2}.",
        "Wer in {T} anruft, wählt für die Museumskasse einfach {L}.",
        "Führungen im {T}er Dom: Anmeldung unter {L} (Ortsgespräch, ohne Vorwahl).",
        "„Rufen Sie einfach {L} an“, sagte die Dame am Empfang, „von {T} aus reicht das.“",
        "Stadtbibliothek {T}, Ortsnummer der Auskunft: {L}.",
        "Heimatverein {T}: Vorsitzender telefonisch unter {L}, nur aus dem Ortsnetz.",
    ],
    ("NL", "nl"): [
        "Vanaf een vaste lijn in {T} belt u de studiezaal op {L}.",
        "Regionaal archief {T}: lokaal bereikbaar op {L}, de depotbalie op {L2}.",
        "Woont u in {T}? Reserveren voor de rondleiding kan via {L}, zonder kengetal.",
        "Bibliotheek {T} – binnen de stad volstaat {L}.",
        '"Bel maar gewoon {L}," zei de vrijwilliger, "in {T} weet iedereen dat nummer."',
        "Historische vereniging {T}, secretariaat (lokaal): {L}.",
    ],
    ("BR", "pt"): [
        "De telefone fixo em {T}, a sala de consulta atende no {L}.",
        "Arquivo Público de {T}: ligação local para {L}; acervo fotográfico no {L2}.",
        "Quem está em {T} agenda a visita guiada pelo {L}, sem o código de área.",
        "Biblioteca municipal de {T} – dentro da cidade, basta discar {L}.",
        '"É só ligar {L}", disse a recepcionista, "daqui de {T} não precisa de DDD."',
        "Museu histórico de {T}, número local da bilheteria: {L}.",
    ],
}
