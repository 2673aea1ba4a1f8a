"""Rosters for v16's list-entry numbers: nine formats, none of v15's, under new headings."""

from .piece import Piece, fill, join

HEADINGS = {
    "en": ["Helpers and how to reach them", "Who's who on the day", "Rota – phone if you can't come"],
    "hg": ["Volunteers ke numbers", "Kaun kya kar raha hai", "Duty list – na aa pao toh call karo"],
    "hi": ["स्वयंसेवकों के नंबर", "कौन क्या करेगा", "ड्यूटी सूची"],
    "de": ["Helferliste mit Telefon", "Wer macht was", "Dienstplan – bei Ausfall bitte anrufen"],
    "fr": ["Les bénévoles et leurs numéros", "Qui fait quoi", "Planning des permanences"],
    "es": ["Voluntarios y teléfonos", "Quién hace qué", "Turnos – avisad si no podéis"],
    "it": ["Volontari e recapiti", "Chi fa cosa", "Turni – avvisate se mancate"],
    "nl": ["Vrijwilligers en hun nummers", "Wie doet wat", "Rooster – bel als je niet kunt"],
    "pt": ["Voluntários e telefones", "Quem faz o quê", "Escala – avise se não puder"],
}
JOBS = {
    "en": "raffle|bar|car park|first aid|setting up|washing up|door|sound",
    "hg": "lucky draw|snacks counter|parking|first aid|decoration|cleaning|gate|music",
    "hi": "लकी ड्रॉ|नाश्ता|पार्किंग|प्राथमिक चिकित्सा|सजावट|सफ़ाई|गेट|संगीत",
    "de": "Tombola|Getränke|Parkplatz|Sanitäter|Aufbau|Abwasch|Kasse|Technik",
    "fr": "tombola|buvette|parking|secourisme|installation|vaisselle|entrée|sono",
    "es": "rifa|barra|aparcamiento|botiquín|montaje|fregadero|puerta|sonido",
    "it": "lotteria|bar|parcheggio|primo soccorso|allestimento|lavaggio piatti|ingresso|audio",
    "nl": "loterij|bar|parkeren|EHBO|opbouw|afwas|kassa|geluid",
    "pt": "rifa|bar|estacionamento|primeiros socorros|montagem|lavar louça|portaria|som",
}
COLS = {
    "en": "Name|Job|Phone",
    "hg": "Naam|Kaam|Phone",
    "hi": "नाम|काम|फ़ोन",
    "de": "Name|Aufgabe|Telefon",
    "fr": "Nom|Rôle|Tél.",
    "es": "Nombre|Tarea|Teléfono",
    "it": "Nome|Compito|Telefono",
    "nl": "Naam|Taak|Telefoon",
    "pt": "Nome|Função|Telefone",
}
DAY = {
    "en": "Sat",
    "hg": "Sat",
    "hi": "शनि",
    "de": "Sa",
    "fr": "sam.",
    "es": "sáb.",
    "it": "sab",
    "nl": "za",
    "pt": "sáb",
}
ON = {
    "en": "on",
    "hg": "–",
    "hi": "–",
    "de": "unter",
    "fr": "au",
    "es": "al",
    "it": "al",
    "nl": "op",
    "pt": "no",
}
AND = {
    "en": "and",
    "hg": "aur",
    "hi": "और",
    "de": "und",
    "fr": "et",
    "es": "y",
    "it": "e",
    "nl": "en",
    "pt": "e",
}
SLOTS = ["9–11", "11–13", "13–15", "15–17", "17–19", "19–21"]
FORMATS = [
    "semicolon_csv",
    "fixed_width",
    "index_cards",
    "number_in_brackets",
    "time_slots",
    "yaml_like",
    "phone_first",
    "inline_sentence",
    "ascii_grid",
]


def _pad(s, w):
    return s + " " * (w - len(s))


def render(fmt, lang, heading, rows):
    """rows: list of (name, job, number piece). Returns a Piece."""
    name_h, job_h, tel_h = COLS[lang].split("|")
    head = heading + "\n"
    if fmt == "semicolon_csv":
        lines = [f"{name_h};{job_h};{tel_h}"] + [fill("{a};{b};{n}", a=a, b=b, n=n) for a, b, n in rows]
    elif fmt == "fixed_width":
        w1 = max(len(name_h), *(len(a) for a, _, _ in rows)) + 3
        w2 = max(len(job_h), *(len(b) for _, b, _ in rows)) + 3
        lines = [
            _pad(name_h, w1) + _pad(job_h, w2) + tel_h,
            "-" * (w1 - 3) + "   " + "-" * (w2 - 3) + "   " + "-" * len(tel_h),
        ]
        lines += [fill("{a}{b}{n}", a=_pad(a, w1), b=_pad(b, w2), n=n) for a, b, n in rows]
    elif fmt == "index_cards":
        return join([head.rstrip("\n")] + [fill("{a}\n{b}\n{n}", a=a, b=b, n=n) for a, b, n in rows], "\n\n")
    elif fmt == "number_in_brackets":
        lines = [fill("{a} ({n}) – {b}", a=a, b=b, n=n) for a, b, n in rows]
    elif fmt == "time_slots":
        lines = [
            fill("{d} {s}   {a}   {n}   ({b})", d=DAY[lang], s=SLOTS[i % 6], a=a, b=b, n=n)
            for i, (a, b, n) in enumerate(rows)
        ]
    elif fmt == "yaml_like":
        keys = [k.lower().rstrip(".") for k in (name_h, job_h, tel_h)]
        lines = [
            fill("- {k1}: {a}\n  {k2}: {b}\n  {k3}: {n}", k1=keys[0], k2=keys[1], k3=keys[2], a=a, b=b, n=n)
            for a, b, n in rows
        ]
    elif fmt == "phone_first":
        lines = [fill("📞 {n} — {a} ({b})", a=a, b=b, n=n) for a, b, n in rows]
    elif fmt == "inline_sentence":
        items = [fill("{a} ({b}) {on} {n}", a=a, b=b, on=ON[lang], n=n) for a, b, n in rows]
        body = join(items[:-1], "; ") + f"; {AND[lang]} " + items[-1] + ("।" if lang == "hi" else ".")
        return Piece(heading + ": ") + body
    elif fmt == "ascii_grid":
        w1 = max(len(name_h), *(len(a) for a, _, _ in rows)) + 1
        w2 = max(len(job_h), *(len(b) for _, b, _ in rows)) + 1
        w3 = max(len(tel_h), *(len(n.text) for _, _, n in rows)) + 1
        rule = "+" + "-" * (w1 + 1) + "+" + "-" * (w2 + 1) + "+" + "-" * (w3 + 1) + "+"
        lines = [rule, f"| {_pad(name_h, w1)}| {_pad(job_h, w2)}| {_pad(tel_h, w3)}|", rule]
        lines += [
            fill("| {a}| {b}| {n}{p}|", a=_pad(a, w1), b=_pad(b, w2), n=n, p=" " * (w3 - len(n.text)))
            for a, b, n in rows
        ]
        lines.append(rule)
    else:
        raise ValueError(fmt)
    return Piece(head) + join(lines, "\n")
