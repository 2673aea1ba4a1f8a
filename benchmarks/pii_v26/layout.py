"""Value-line shapes (a label and a value on one line) and roster formats (lists of people and numbers)."""

from .pii import ascii_slug

SYMBOLS = {
    "PHONE": ("☎", "📞", "📱", "✆"),
    "EMAIL": ("✉", "📧"),
    "IBAN": ("🏦",),
    "CREDIT_CARD": ("💳",),
    "IP_ADDRESS": ("🖧", "🌐"),
    "US_SSN": ("🪪",),
}
KEYS = {
    "PHONE": "tel",
    "EMAIL": "email",
    "IBAN": "iban",
    "CREDIT_CARD": "card",
    "IP_ADDRESS": "host",
    "US_SSN": "ssn",
}

SHAPES = (
    "pipe_cells",
    "bracket_tag",
    "emoji_lead",
    "tab_aligned",
    "em_dash",
    "middot",
    "latex_field",
    "key_quoted",
    "right_aligned",
    "triangle",
    "double_slash",
    "md_italic",
    "html_bold",
)

PLAIN_SHAPES = tuple(s for s in SHAPES if s not in ("latex_field", "key_quoted"))


def shape_line(shape, label, val, rng):
    if shape == "pipe_cells":
        return ["| ", label, " | ", val, " |"]
    if shape == "bracket_tag":
        return ["[", label, "] ", val]
    if shape == "emoji_lead":
        return [rng.choice(SYMBOLS[val.kind]), " ", val]
    if shape == "tab_aligned":
        return [label, "\t", val]
    if shape == "em_dash":
        return [label, " — ", val]
    if shape == "middot":
        return [label, " · ", val]
    if shape == "latex_field":
        return ["\\textbf{", label, "} ", val, " \\\\"]
    if shape == "key_quoted":
        key = ascii_slug(label) if ascii_slug(label) and len(ascii_slug(label)) < 9 else KEYS[val.kind]
        return [key, '="', val, '"']
    if shape == "right_aligned":
        return [label.ljust(22), val]
    if shape == "triangle":
        return [label, " ▸ ", val]
    if shape == "double_slash":
        return [label, " // ", val]
    if shape == "md_italic":
        return ["_", label, "_ ", val]
    if shape == "html_bold":
        return ["<b>", label, "</b> ", val]
    raise KeyError(shape)


ROSTERS = (
    "fixed_width",
    "semicolon_csv",
    "tab_separated",
    "rota_by_day",
    "box_drawing",
    "json_like",
    "latex_tabular",
    "ini_sections",
    "html_list",
    "vcard_lines",
)
ROSTER_GENRES = {
    "latex_tabular": ("science",),
    "json_like": ("science", "timetable", "social", "tender"),
    "ini_sections": ("science", "timetable", "tender", "sports"),
}


def _key(label, default):
    return "_".join(w for w in ascii_slug_words(label) if w) or default


def ascii_slug_words(text):
    return [ascii_slug(w) for w in text.replace(".", " ").replace("/", " ").replace("-", " ").split()]


def _t(v):
    return v if isinstance(v, str) else v.text


def _lines(rows):
    out = []
    for i, row in enumerate(rows):
        if i:
            out.append("\n")
        out.extend(row)
    return out


def roster(fmt, title, cols, rows, days, rng):
    """rows: (name, role, value); value is a Val, or a str for a roster of numbers that are not phones (then
    cols[2] names it wherever a format would otherwise leave the column unnamed). Returns one paragraph."""
    if rows and isinstance(rows[0][2], str):
        if fmt in ("rota_by_day", "html_list"):
            rows = [(n, r, cols[2] + " " + v) for n, r, v in rows]
    name_w = max(len(cols[0]), *(len(r[0]) for r in rows)) + 3
    role_w = max(len(cols[1]), *(len(r[1]) for r in rows)) + 3
    if fmt == "fixed_width":
        body = [[cols[0].ljust(name_w) + cols[1].ljust(role_w) + cols[2]]]
        body += [[n.ljust(name_w) + r.ljust(role_w), v] for n, r, v in rows]
        return _lines([[title]] + body)
    if fmt == "semicolon_csv":
        return _lines([[title], [";".join(cols)]] + [[f"{n};{r};", v] for n, r, v in rows])
    if fmt == "tab_separated":
        return _lines([[title], ["\t".join(cols)]] + [[f"{n}\t{r}\t", v] for n, r, v in rows])
    if fmt == "rota_by_day":
        start = rng.randint(0, max(0, 7 - len(rows)))
        body = [[f"{days[(start + i) % 7]}: {n} ({r}) – ", v] for i, (n, r, v) in enumerate(rows)]
        return _lines([[title]] + body)
    if fmt == "box_drawing":
        val_w = max(len(cols[2]), *(len(_t(v)) for _, _, v in rows))
        top = "┌" + "─" * (name_w + 1) + "┬" + "─" * (role_w + 1) + "┬" + "─" * (val_w + 2) + "┐"
        mid = "├" + "─" * (name_w + 1) + "┼" + "─" * (role_w + 1) + "┼" + "─" * (val_w + 2) + "┤"
        bot = "└" + "─" * (name_w + 1) + "┴" + "─" * (role_w + 1) + "┴" + "─" * (val_w + 2) + "┘"
        head = [
            "│ " + cols[0].ljust(name_w) + "│ " + cols[1].ljust(role_w) + "│ " + cols[2].ljust(val_w) + " │"
        ]
        body = [
            ["│ " + n.ljust(name_w) + "│ " + r.ljust(role_w) + "│ ", v, " " * (val_w - len(_t(v))) + " │"]
            for n, r, v in rows
        ]
        return _lines([[title], [top], head, [mid]] + body + [[bot]])
    if fmt == "json_like":
        k = [ascii_slug(c) or d for c, d in zip(cols, ("name", "role", "tel"), strict=True)]
        body = [
            [
                f'  {{"{k[0]}": "{n}", "{k[1]}": "{r}", "{k[2]}": "',
                v,
                '"}' + ("," if i < len(rows) - 1 else ""),
            ]
            for i, (n, r, v) in enumerate(rows)
        ]
        return _lines([[title], ["["]] + body + [["]"]])
    if fmt == "latex_tabular":
        body = [[f"{n} & {r} & ", v, " \\\\"] for n, r, v in rows]
        return _lines(
            [["% " + title], ["\\begin{tabular}{lll}"], [f"{cols[0]} & {cols[1]} & {cols[2]} \\\\ \\hline"]]
            + body
            + [["\\end{tabular}"]]
        )
    if fmt == "ini_sections":
        key, role = _key(cols[2], "tel"), _key(cols[1], "role")
        out = [["; " + title]]
        for n, r, v in rows:
            out += [[f"[{n}]"], [f"{role} = {r}"], [f"{key} = ", v]]
        return _lines(out)
    if fmt == "html_list":
        body = [[f"  <li>{n} ({r}): ", v, "</li>"] for n, r, v in rows]
        return _lines([[f"<h3>{title}</h3>"], ["<ul>"]] + body + [["</ul>"]])
    if fmt == "vcard_lines":
        out = [[title]]
        for n, r, v in rows:
            if isinstance(v, str):
                tel = f"NOTE:{cols[2]} "
            else:
                tel = f"TEL;TYPE={rng.choice(('CELL', 'HOME', 'WORK'))}:"
            out += [["BEGIN:VCARD"], [f"FN:{n}"], [f"TITLE:{r}"], [tel, v], ["END:VCARD"]]
        return _lines(out)
    raise KeyError(fmt)
