"""Roster formats and value-line shapes for v25.

A document is built from parts: ("t", text) plain text, ("v", text, value) a labelled value (a span),
("n", text, kind) a hard negative (plain text, counted in the stats).
"""

import json

ROSTER_FORMATS = [
    "tsv",
    "pipe_plain",
    "em_dash",
    "ascii_box",
    "ini",
    "vcard",
    "time_slots",
    "letter_index",
    "json_list",
    "fixed_width",
    "semicolon_csv",
]
SHAPES = [
    "tab",
    "bracket",
    "trailing",
    "double_colon",
    "pipe",
    "emoji",
    "tilde",
    "en_dash",
    "braces",
    "abbrev",
    "backtick",
    "padded",
]
EMOJI = {
    "PHONE": ["☎ ", "📞 ", "☎️ ", "📱 "],
    "EMAIL": ["✉ ", "📧 "],
    "IBAN": ["🏦 "],
    "CREDIT_CARD": ["💳 "],
    "IP_ADDRESS": ["🖥 ", "🌐 "],
    "US_SSN": ["🪪 "],
    "NEG": ["🔖 ", "📌 ", "👉 "],
}


def t(text: str) -> tuple:
    return ("t", text)


def ptext(part: tuple) -> str:
    return part[1]


def shape_line(shape: str, label: str, piece: tuple, rng, kind: str = "PHONE", abbrev: str = None) -> list:
    if shape == "tab":
        return [t(f"{label}\t"), piece]
    if shape == "bracket":
        return [t(f"[{label}] "), piece]
    if shape == "trailing":
        return [piece, t(f" ({label.rstrip('.:')})")]
    if shape == "double_colon":
        return [t(f"{label} :: "), piece]
    if shape == "pipe":
        return [t(f"{label} | "), piece]
    if shape == "emoji":
        return [t(rng.choice(EMOJI[kind])), piece]
    if shape == "tilde":
        return [t(f"~ {label} ~ "), piece]
    if shape == "en_dash":
        return [t(f"{label} – "), piece]
    if shape == "braces":
        return [t(f"{{{label}}} "), piece]
    if shape == "abbrev":
        return [t(f"{abbrev or label} "), piece]
    if shape == "backtick":
        return [t(f"{label}: `"), piece, t("`")]
    if shape == "padded":
        return [t(label + " " * max(2, 16 - len(label))), piece]
    raise ValueError(shape)


def _js(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - len(text))


def roster(fmt: str, title: str, cols: tuple, rows: list, rng, days: list) -> list:
    """rows: (name, role, piece). Returns the parts of the whole block, title included."""
    out = [t(title + "\n")]
    c_name, c_role, c_num = cols
    w_name = max(len(c_name), *(len(r[0]) for r in rows))
    w_role = max(len(c_role), *(len(r[1]) for r in rows))
    w_num = max(len(c_num), *(len(ptext(r[2])) for r in rows))
    if fmt == "tsv":
        out.append(t(f"{c_name}\t{c_role}\t{c_num}\n"))
        for name, role, piece in rows:
            out += [t(f"{name}\t{role}\t"), piece, t("\n")]
    elif fmt == "pipe_plain":
        for name, role, piece in rows:
            out += [t(f"{name} | {role} | "), piece, t("\n")]
    elif fmt == "em_dash":
        for name, role, piece in rows:
            out += [t(f"{name} — "), piece, t(f" ({role})\n")]
    elif fmt == "ascii_box":
        rule = "+" + "-" * (w_name + 2) + "+" + "-" * (w_role + 2) + "+" + "-" * (w_num + 2) + "+\n"
        out.append(
            t(rule + f"| {_pad(c_name, w_name)} | {_pad(c_role, w_role)} | {_pad(c_num, w_num)} |\n" + rule)
        )
        for name, role, piece in rows:
            gap = " " * (w_num - len(ptext(piece)))
            out += [t(f"| {_pad(name, w_name)} | {_pad(role, w_role)} | "), piece, t(f"{gap} |\n")]
        out.append(t(rule))
    elif fmt == "ini":
        for name, role, piece in rows:
            out += [t(f"[{name}]\n{c_role.lower()} = {role}\n{c_num.lower()} = "), piece, t("\n\n")]
    elif fmt == "vcard":
        for name, role, piece in rows:
            kind = rng.choice(["home", "voice", "work"])
            out += [
                t(f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTITLE:{role}\nTEL;TYPE={kind}:"),
                piece,
                t("\nEND:VCARD\n"),
            ]
    elif fmt == "time_slots":
        start = rng.randint(7, 10)
        for i, (name, role, piece) in enumerate(rows):
            h = start + 2 * i
            day = days[i % len(days)]
            out += [t(f"{day} {h:02d}:00–{h + 2:02d}:00  {_pad(name, w_name)}  "), piece, t(f"  ({role})\n")]
    elif fmt == "letter_index":
        for i, (name, role, piece) in enumerate(rows):
            out += [t(f"{'abcdefghij'[i]}) {name}, {role}: "), piece, t("\n")]
    elif fmt == "json_list":
        keys = [c.lower() for c in cols]
        out.append(t("[\n"))
        for i, (name, role, piece) in enumerate(rows):
            head = "  {" + f"{_js(keys[0])}: {_js(name)}, "
            head += f'{_js(keys[1])}: {_js(role)}, {_js(keys[2])}: "'
            out += [t(head), piece, t('"}' + ("," if i < len(rows) - 1 else "") + "\n")]
        out.append(t("]\n"))
    elif fmt == "fixed_width":
        out.append(
            t(
                f"{_pad(c_name, w_name)}   {_pad(c_role, w_role)}   {c_num}\n"
                f"{'-' * w_name}   {'-' * w_role}   {'-' * w_num}\n"
            )
        )
        for name, role, piece in rows:
            out += [t(f"{_pad(name, w_name)}   {_pad(role, w_role)}   "), piece, t("\n")]
    elif fmt == "semicolon_csv":
        out.append(t(f"{c_name};{c_role};{c_num}\n"))
        for name, role, piece in rows:
            out += [t(f"{name};{role};"), piece, t("\n")]
    else:
        raise ValueError(fmt)
    # drop the trailing newline of the block; blocks are joined by blank lines
    last = out[-1]
    if last[0] == "t":
        out[-1] = t(last[1].rstrip("\n"))
    return out
