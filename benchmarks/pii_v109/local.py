"""Local (subscriber-only) numbers, each announced in words: {town} is the document's town, {L} a local
number of it (one or two per sentence)."""

LOCAL = {
    "US": [
        "Blasting hotline for {town} residents (local call, no area code): {L}.",
        "If you live in {town}, the quarry's noise line is simply {L} from a home phone.",
        "{town} rescue station, in-town dialing:\n{L}",
        "Neighbors around {town} can dial {L} – that's a local call – "
        "to hear the week's shot times recorded.",
        '"Just punch in {L} from any {town} landline," the depot foreman told the council meeting.',
        "Scale house at the {town} pit: {L} (local) – dispatch: {L} (local).",
        "Drop-in crew room, {town}. Seven digits from town: {L}.",
    ],
    "GB": [
        "Blast warnings for {town} households – ring {L} from a local landline, no dialling code needed.",
        "{town} depot weighbridge (calls from within the {town} exchange): {L}",
        "Locally in {town}, the rescue station's watch room is {L}; the stores are on {L}.",
        "'From town it's only {L},' says the harbour master, meaning the {town} marine office.",
        "If you're ringing from {town} itself, drop the code and dial {L}.",
        "Crew accommodation, {town} (local number):\n{L}",
    ],
    "DE": [
        "Anwohner in {town} erreichen das Sprengtelefon im Ortsnetz unter {L}.",
        "Grubenwehr {town}, aus dem Ort ohne Vorwahl:\n{L}",
        "Aus {town} selbst genügt {L} – die Vorwahl können Sie weglassen.",
        "„Einfach {L} wählen, wenn Sie in {town} sind“, sagte der Werksleiter bei der Bürgerversammlung.",
        "Kieswerk {town}: Waage {L}, Büro {L} (jeweils Ortsgespräch).",
        "Für Anrufe innerhalb von {town} gilt die Kurzform {L}.",
    ],
    "NL": [
        "Omwonenden in {town} bellen voor de springtijden het lokale nummer {L}.",
        "Reddingsstation {town}, binnen de stad zonder kengetal:\n{L}",
        "Belt u vanuit {town} zelf, dan volstaat {L}.",
        "'Gewoon {L} draaien als je in {town} woont,' zei de havenmeester op de informatieavond.",
        "Depot {town}: weegbrug {L}, kantoor {L} (lokaal gesprek).",
        "Het bemanningshotel in {town} is lokaal te bereiken op {L}.",
    ],
    "BR": [
        "Moradores de {town} podem ligar para o plantão de detonação no número local {L}.",
        "Base de resgate {town}, ligação dentro da cidade:\n{L}",
        "De um fixo de {town}, basta discar {L}, sem o DDD.",
        '"É só ligar {L} se você estiver em {town}", disse o encarregado na reunião com a comunidade.',
        "Pedreira {town}: balança {L}, escritório {L} (chamadas locais).",
        "A hospedagem da tripulação em {town} atende localmente no {L}.",
    ],
    "IN": [
        "Residents of {town} can call the blasting cell locally on {L}, no STD code needed.",
        "Mine rescue station, {town} (local calls):\n{L}",
        "From a {town} landline the weighbridge is just {L}.",
        "'Dial {L} if you are in {town},' the colliery manager said at the village meeting.",
        "{town} depot: office {L}, loading bay {L} (both local).",
    ],
    "IN-hi": [
        "{town} के निवासी ब्लास्टिंग सेल को लोकल नंबर {L} पर फ़ोन कर सकते हैं, STD कोड की ज़रूरत नहीं।",
        "खान बचाव केंद्र, {town} (शहर के अंदर से):\n{L}",
        "{town} के लैंडलाइन से कांटा घर का नंबर सिर्फ़ {L} है।",
        '"{town} में हों तो बस {L} मिलाइए," मैनेजर ने ग्राम सभा में कहा।',
        "{town} डिपो: ऑफ़िस {L}, लोडिंग {L} (दोनों लोकल)।",
    ],
}
