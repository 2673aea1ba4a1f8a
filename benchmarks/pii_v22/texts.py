"""Document assembly for the v22 held-out set: the genres people type numbers in (chat and SMS threads,
e-mail replies with signatures and quotes, classified ads, school and club notices, shop and trades flyers,
transcribed notes, voicemail transcripts), the value-line shapes, and the roster formats as pasted."""

SHAPES = (
    "dash_spaced",
    "pipe",
    "paren_label",
    "slash_label",
    "tab_aligned",
    "bracket_label",
    "label_newline",
    "unicode_arrow",
)
ROSTERS = (
    "paren_after",
    "pipe_sep",
    "csv_rows",
    "numbered",
    "semicolon_inline",
    "vcard",
    "rota_grid",
    "emoji_bullet",
)
GENRES = ("chat", "sms", "email", "ad", "school", "club", "shop", "trades", "note", "voicemail")


def fill(tpl, rng, L, val, key="{n}", suffix=""):
    """Template to segments: {name} and {x} are plain words, key marks the one value."""
    tpl = tpl.replace("{name}", rng.choice(L["first"])).replace("{x}", str(rng.randint(2, 480)))
    if suffix:
        tpl = tpl.replace(key, key + suffix.replace("{x}", str(rng.randint(2, 480))))
    head, _, tail = tpl.partition(key)
    return [s for s in (head, val, tail) if s != ""]


def shape_line(shape, label, val):
    return {
        "dash_spaced": [label + " - ", val],
        "pipe": [label + " | ", val],
        "paren_label": [val, " (%s)" % label],
        "slash_label": [label + " / ", val],
        "tab_aligned": [label + "\t", val],
        "bracket_label": ["[%s] " % label, val],
        "label_newline": [label + "\n", val],
        "unicode_arrow": [label + " → ", val],
    }[shape]


def person(rng, L):
    return "%s %s" % (rng.choice(L["first"]), rng.choice(L["last"]))


def roster(fmt, L, rng, entries):
    """entries: (name, role, value); returns segments."""
    R = L["roster"]
    out = []
    if fmt == "csv_rows":
        out.append(",".join(R["cols"]) + "\n")
    for i, (nm, role, v) in enumerate(entries):
        if fmt == "paren_after":
            out += [nm + " (", v, ")\n"]
        elif fmt == "pipe_sep":
            out += ["%s | %s | " % (nm, role), v, "\n"]
        elif fmt == "csv_rows":
            out += ["%s,%s," % (nm, role), v, "\n"]
        elif fmt == "numbered":
            out += ["%d. %s " % (i + 1, nm), v, "\n"]
        elif fmt == "semicolon_inline":
            out += [("" if i == 0 else "; ") + nm.split(" ")[0] + " ", v]
        elif fmt == "vcard":
            out += [
                "BEGIN:VCARD\nFN:%s\nTEL;TYPE=%s:" % (nm, rng.choice(["CELL", "HOME", "VOICE"])),
                v,
                "\nEND:VCARD\n",
            ]
        elif fmt == "rota_grid":
            out += ["%-5s%-22s" % (R["days"][i % len(R["days"])], nm), v, "\n"]
        elif fmt == "emoji_bullet":
            out += ["%s %s – " % (rng.choice(["📞", "☎️", "📱", "👉"]), nm), v, "\n"]
    if fmt == "semicolon_inline":
        out.append("\n")
    return out


def _clock(rng):
    return rng.randint(7, 21), rng.randint(0, 59)


def _join(items, sep):
    out = []
    for i, it in enumerate(items):
        if i:
            out += sep
        out += it
    return out


def _mark(items, place):
    for it in items:
        for s in it:
            if isinstance(s, dict):
                s.setdefault("_place", place)


def _paragraphs(rng, items):
    out, i = [], 0
    while i < len(items):
        k = rng.randint(1, 3)
        out.append(_join(items[i : i + k], [" "]))
        i += k
    return _join(out, ["\n\n"])


def layout(genre, L, rng, body, contact, quote=(), ps=(), date_of=None):
    """body, contact, quote, ps: lists of items (segment lists). Returns the document's segments."""
    G = L["genres"][genre]
    nm = person(rng, L)
    first = nm.split(" ")[0]
    seg = []
    if genre in ("chat", "sms", "note", "voicemail"):
        body = body + contact
        contact = []
    _mark(
        contact,
        {
            "email": "signature",
            "ad": "ad_contact",
            "school": "notice_footer",
            "club": "notice_footer",
            "shop": "flyer_footer",
            "trades": "flyer_footer",
        }.get(genre, "footer"),
    )
    _mark(quote, "quoted_reply")
    _mark(ps, "postscript")
    if genre == "chat":
        _mark(body, "chat_message")
        style = rng.randrange(4)
        people = rng.sample(L["first"], 3)
        h, m = _clock(rng)
        if rng.random() < 0.7:
            seg.append(rng.choice(G["t"]) + "\n\n")
        day = date_of(rng) if date_of else ""
        for it in body:
            who = rng.choice(people)
            m += rng.randint(0, 9)
            h, m = (h + m // 60) % 24, m % 60
            pre = {
                0: "%s: " % who,
                1: "[%02d:%02d] %s: " % (h, m, who),
                2: "%s, %02d:%02d - %s: " % (day, h, m, who),
                3: "%s (%02d:%02d)\n" % (who, h, m),
            }[style]
            seg += [pre] + it + ["\n"]
    elif genre == "sms":
        _mark(body, "sms")
        seg.append(rng.choice(L["sms_head"]).replace("{name}", first) + "\n\n")
        h, m = _clock(rng)
        for i, it in enumerate(body):
            if rng.random() < 0.5:
                seg.append("%02d:%02d\n" % (h, (m + 3 * i) % 60))
            seg += it + ["\n\n"]
    elif genre == "email":
        _mark(body, "mail_body")
        seg += [
            "%s %s\n\n" % (L["subject"], rng.choice(G["t"])),
            rng.choice(L["hello"]).replace("{name}", rng.choice(L["first"])) + "\n\n",
        ]
        seg += _paragraphs(rng, body) + ["\n\n", rng.choice(L["bye"]) + "\n" + first + "\n"]
        if ps:
            seg += ["\n" + L["ps"] + " "] + _join(ps, [" "]) + ["\n"]
        if contact:
            seg += ["\n--\n" + nm + "\n"] + _join(contact, ["\n"]) + ["\n"]
        if quote:
            who = person(rng, L)
            seg.append("\n" + L["wrote"].replace("{date}", date_of(rng)).replace("{name}", who) + "\n")
            for it in quote:
                seg += ["> "] + it + ["\n"]
    elif genre in ("school", "club"):
        _mark(body, "notice_body")
        seg += [rng.choice(G["t"]) + "\n\n", rng.choice(L["hello_all"]) + "\n\n"]
        seg += _paragraphs(rng, body) + ["\n\n", rng.choice(L["bye"]) + "\n" + nm + "\n"]
        if contact:
            seg += ["\n"] + _join(contact, ["\n"]) + ["\n"]
    elif genre == "ad":
        _mark(body, "ad_body")
        t = rng.choice(G["t"])
        seg.append((t.upper() if rng.random() < 0.3 else t) + "\n\n")
        seg += _join(body, ["\n"]) + ["\n"]
        if contact:
            seg += ["\n"] + _join(contact, ["\n"]) + ["\n"]
    elif genre in ("shop", "trades"):
        _mark(body, "flyer_bullet")
        bullet = rng.choice(["• ", "- ", "✔ ", "* ", ""])
        seg.append(rng.choice(G["t"]) + "\n\n")
        for it in body:
            seg += [bullet] + it + ["\n"]
        if contact:
            seg += ["\n"] + _join(contact, ["\n"]) + ["\n"]
    elif genre == "note":
        _mark(body, "note_line")
        if rng.random() < 0.7:
            seg.append(rng.choice(L["note_head"]) + "\n\n")
        dash = rng.choice(["- ", "", "* "])
        for it in body:
            seg += [dash] + it + ["\n"]
        seg.append(rng.choice(["", first[0], first]) + "\n")
    elif genre == "voicemail":
        _mark(body, "voicemail")
        dur = "%d:%02d" % (rng.randint(0, 1), rng.randint(5, 59))
        seg.append(rng.choice(L["vm_head"]).replace("{name}", nm).replace("{dur}", dur) + '\n\n"')
        for i, it in enumerate(body):
            if i and rng.random() < 0.35:
                seg.append(" " + rng.choice(L["vm_fill"]) + " ")
                if isinstance(it[0], str):
                    it = [it[0][:1].lower() + it[0][1:]] + it[1:]
            elif i:
                seg.append(" ")
            seg += it
        seg.append('"\n\n' + rng.choice(L["vm_end"]) + "\n")
    return seg


def assemble(seg):
    """Segments to (text, spans, values); adjacent strings joined, each dict becomes one span."""
    text, spans, vals = [], [], []
    pos = 0
    for s in seg:
        if isinstance(s, dict):
            spans.append({"kind": s["kind"], "start": pos, "end": pos + len(s["text"])})
            vals.append(s)
            text.append(s["text"])
            pos += len(s["text"])
        else:
            text.append(s)
            pos += len(s)
    return "".join(text), spans, vals
