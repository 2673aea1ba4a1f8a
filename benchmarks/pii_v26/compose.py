"""Assemble one document: title, number-dense blocks, lines with hard negatives, rosters, and the values in
their placements: prose, key_line, footnote, caption, owner_reply, thread_reply, box, strapline, table_row,
calendar_entry, letterhead, stop_press, form_field, ad_tail, recipe_step."""

from . import blocks, layout, negs_labels

GENRES = ("sports", "timetable", "recipe", "school", "classified", "tender", "science", "social")
PLACEMENTS = {
    "sports": (
        "prose",
        "key_line",
        "footnote",
        "caption",
        "box",
        "strapline",
        "table_row",
        "calendar_entry",
        "stop_press",
    ),
    "timetable": ("prose", "key_line", "footnote", "box", "strapline", "table_row", "stop_press"),
    "recipe": ("prose", "key_line", "footnote", "box", "recipe_step", "stop_press", "caption"),
    "school": (
        "prose",
        "key_line",
        "footnote",
        "box",
        "letterhead",
        "calendar_entry",
        "stop_press",
        "caption",
    ),
    "classified": ("prose", "key_line", "ad_tail", "caption", "footnote", "box", "stop_press"),
    "tender": ("prose", "key_line", "form_field", "letterhead", "footnote", "stop_press"),
    "science": ("prose", "key_line", "footnote", "letterhead", "table_row", "stop_press", "box"),
    "social": ("prose", "key_line", "owner_reply", "thread_reply", "caption", "footnote", "stop_press"),
}
ALL = {p for ps in PLACEMENTS.values() for p in ps}
ALLOWED = {
    "PHONE": ALL,
    "EMAIL": ALL - {"recipe_step", "table_row"},
    "IBAN": {"prose", "key_line", "footnote", "box", "form_field", "stop_press", "thread_reply", "ad_tail"},
    "CREDIT_CARD": {"prose", "key_line", "thread_reply", "footnote", "stop_press"},
    "IP_ADDRESS": {"prose", "key_line", "table_row", "thread_reply", "footnote", "box", "stop_press"},
    "US_SSN": {"prose", "key_line", "thread_reply", "footnote", "form_field", "stop_press"},
}
WEIGHT = {
    "prose": 4,
    "key_line": 3,
    "footnote": 1.2,
    "stop_press": 0.6,
    "box": 1,
    "caption": 1,
    "table_row": 1.5,
    "strapline": 1,
    "calendar_entry": 1.5,
    "letterhead": 1,
    "form_field": 4,
    "ad_tail": 4.5,
    "recipe_step": 3,
    "owner_reply": 2,
    "thread_reply": 3,
}
ONCE = {"strapline", "letterhead", "owner_reply"}
KEY = {
    "PHONE": "phone",
    "EMAIL": "email",
    "IBAN": "iban",
    "CREDIT_CARD": "card",
    "IP_ADDRESS": "ip",
    "US_SSN": "ssn",
}
SLOT = {"PHONE": "p", "EMAIL": "e"}
GENRE_NEGS = {
    "sports": (
        "attendance",
        "bib_number",
        "fide_id",
        "season_ticket",
        "postcode",
        "voucher_code",
        "invoice_number",
    ),
    "timetable": (
        "train_service",
        "customer_number",
        "voucher_code",
        "postcode",
        "receipt_number",
        "sw_version",
    ),
    "recipe": (
        "ean_barcode",
        "article_number",
        "receipt_number",
        "loyalty_points",
        "order_number",
        "invoice_number",
    ),
    "school": ("candidate_number", "student_id", "locker_combo", "room_number", "invoice_number", "postcode"),
    "classified": ("listing_ref", "auction_lot", "asking_price", "postcode", "serial_number", "order_number"),
    "tender": (
        "notice_number",
        "cpv_code",
        "company_reg",
        "vat_number",
        "court_case",
        "contract_value",
        "deadline",
    ),
    "science": (
        "doi",
        "pmid",
        "isbn",
        "sample_id",
        "part_number",
        "serial_number",
        "patent_number",
        "grant_number",
        "epoch_time",
        "accession",
        "cas_number",
        "frequency",
        "sw_version",
    ),
    "social": (
        "order_number",
        "tracking_number",
        "invoice_number",
        "customer_number",
        "meter_reading",
        "policy_number",
        "voucher_code",
        "follower_count",
    ),
}
NEG_ROSTER = {
    "sports": ("fide_id", "bib_number", "season_ticket"),
    "school": ("student_id", "candidate_number", "locker_combo"),
    "science": ("sample_id", "serial_number"),
    "tender": ("company_reg", "vat_number"),
    "social": ("order_number", "customer_number"),
    "classified": ("listing_ref", "auction_lot"),
    "timetable": ("customer_number", "season_ticket"),
    "recipe": ("article_number", "ean_barcode"),
}
TENDER_CODES = {
    "org": "",
    "postcode": "",
    "company_reg": "",
    "vat_number": "",
    "cpv_code": "II.1.2)",
    "contract_value": "II.1.5)",
    "deadline": "IV.2.2)",
    "court_case": "VI.4.1)",
}
MARKS = (("*", "**", "***"), ("¹", "²", "³"), ("(1)", "(2)", "(3)"))


def phrase(ctx, val, genre):
    """A sentence announcing the value, chosen for the genre and not used before in the document."""
    key = ("service" if val.mode == "other" else "phone") if val.kind == "PHONE" else KEY[val.kind]
    if val.placement == "owner_reply":
        opts = ctx.L["place"]["reply_phone" if val.kind == "PHONE" else "reply_email"]
    else:
        step = val.placement == "recipe_step"
        fits = [(g.split(), t) for g, t in ctx.L[key] if type_fits(g.split(), val)]
        opts = [t for g, t in fits if ("*" in g and not step) or genre in g] or [t for _, t in fits]
    fresh = [t for t in opts if (key, t) not in ctx.phrases]
    tmpl = ctx.pick(fresh or opts)
    val.phrase = tmpl
    ctx.phrases.append((key, tmpl))
    return ctx.fill(tmpl, **{SLOT.get(val.kind, "v"): val})


def type_fits(tags, val):
    """Phrasings tagged mob (texting, 'my mobile') fit mobiles only; fix ('the landline') fixed lines only."""
    ntype = val.extra.get("ntype")
    if "mob" in tags and ntype not in ("mobile", "both"):
        return False
    return not ("fix" in tags and ntype not in ("fixed", "both"))


def label(ctx, val):
    labs = ctx.L["labels"]
    if val.kind != "PHONE":
        return ctx.pick(labs[KEY[val.kind]])
    if val.mode == "other":
        return ctx.pick(labs["service"])
    ntype = val.extra["ntype"]
    return ctx.pick(
        labs["phone"]
        + labs["mobile"] * (ntype in ("mobile", "both"))
        + labs["landline"] * (ntype in ("fixed", "both"))
    )


def _plen(pieces):
    return sum(len(x if isinstance(x, str) else x.text) for x in pieces)


def boxed(pieces, width=46):
    """Wrap a sentence (pieces) into an ASCII box without ever splitting a value."""
    words, cur = [], []
    for p in pieces:
        if isinstance(p, str):
            for i, part in enumerate(p.split(" ")):
                if i:
                    words.append(cur)
                    cur = []
                if part:
                    cur.append(part)
        else:
            cur.append(p)
    words = [w for w in words + [cur] if w]
    lines, line = [], []
    for w in words:
        if line and _plen(line) + 1 + _plen(w) > width:
            lines.append(line)
            line = []
        line += ([" "] if line else []) + w
    lines.append(line)
    w = max(_plen(x) for x in lines)
    out = ["+" + "-" * (w + 2) + "+"]
    for line in lines:
        out += ["\n| "] + line + [" " * (w - _plen(line)) + " |"]
    return out + ["\n+" + "-" * (w + 2) + "+"]


def address_line(ctx):
    pc = ctx.neg("postcode")
    if ctx.home in ("US", "AU"):
        return f"{ctx.town}, {pc}"
    if ctx.home in ("GB", "IE"):
        return f"{ctx.town} {pc}"
    if ctx.home == "IN":
        return f"{ctx.town} - {pc}"
    if ctx.home == "BR":
        return f"{ctx.town} - CEP {pc}"
    return f"{pc} {ctx.town}"


def choose_placements(ctx, genre, vals):
    used = set()
    for v in vals:
        opts = [
            p
            for p in PLACEMENTS[genre]
            if p in ALLOWED[v.kind]
            and not (p in ONCE and p in used)
            and not (p == "recipe_step" and v.mode == "other")
            and not (p == "table_row" and v.kind != "PHONE" and genre != "science")
        ]
        v.placement = ctx.rng.choices(opts, weights=[WEIGHT[p] for p in opts])[0]
        used.add(v.placement)


def neg_line(ctx, genre):
    kind = ctx.pick(GENRE_NEGS[genre])
    frame = ctx.pick(ctx.L["neg_frames"])
    text = frame.replace("{label}", negs_labels.label(kind, ctx.lang, ctx.home))
    return [text.replace("{value}", ctx.neg(kind))]


def neg_roster(ctx, genre):
    """A list of people with numbers that are not phone numbers (bib numbers, student IDs ...)."""
    kind = ctx.pick(NEG_ROSTER[genre])
    R = ctx.L["roster"]
    roles = ctx.rng.sample(R["roles"][genre], min(len(R["roles"][genre]), ctx.rng.randint(3, 4)))
    rows = [(ctx.person(), r, ctx.neg(kind)) for r in roles]
    fmt = ctx.pick([f for f in layout.ROSTERS if genre in layout.ROSTER_GENRES.get(f, genre)])
    cols = (R["cols"][0], R["cols"][1], negs_labels.label(kind, ctx.lang, ctx.home))
    ctx.roster_formats.append("neg:" + fmt)
    return layout.roster(fmt, cols[2], cols, rows, ctx.L["blocks"]["days"], ctx.rng)


def tender_block(ctx, form_vals):
    L = ctx.L
    subs, sections = [], []
    for lab, k in L["blocks"]["tender_fields"]:
        lab = negs_labels.OVERRIDE.get((k, ctx.home), lab) if ctx.lang == "en" else lab
        value = ctx.named("org") if k == "org" else ctx.neg(k)
        (sections if TENDER_CODES[k] else subs).append([f"{TENDER_CODES[k]} {lab}: ".lstrip(), value])
    for v in form_vals:
        subs.insert(ctx.rng.randint(1, len(subs)), [label(ctx, v) + ": ", v])
    para = [f"{L['blocks']['notice']}: {ctx.neg('notice_number')}", "\n", "I.1) " + L["blocks"]["tender_i1"]]
    for f in subs:
        para += ["\n    "] + f
    for f in sections:
        para += ["\n"] + f
    return [para]


def genre_blocks(ctx, genre, by, is_recipe):
    """The number-dense blocks of the genre, with the values placed inside them."""
    L, rng = ctx.L, ctx.rng
    made = []
    if genre in ("sports", "school"):
        if genre == "sports":
            made = [b(ctx) for b in rng.sample(blocks.BLOCKS["sports"], rng.randint(1, 2))]
        if "calendar_entry" in by or rng.random() < (0.3 if genre == "sports" else 0.6):
            extra = [
                [ctx.text(ctx.pick(L["place"]["events"][genre])), " (", label(ctx, v) + " ", v, ")"]
                for v in by.get("calendar_entry", [])
            ]
            made.append(blocks.diary(ctx, genre, extra))
        if genre == "school":
            made.append(ctx.pick(blocks.BLOCKS["school"])(ctx))
    elif genre == "recipe":
        if is_recipe:
            steps = [phrase(ctx, v, genre) for v in by.get("recipe_step", [])]
            made = [blocks.ingredients(ctx), blocks.method(ctx, steps)]
        else:
            made = [blocks.shopping(ctx)]
    elif genre == "classified":
        made = blocks.ads(ctx)
        for v in by.get("ad_tail", []):
            tail = ctx.pick(L["place"]["ad_suffix"]) if v.kind == "PHONE" else ""
            made[rng.randrange(len(made))] += [" " + label(ctx, v) + " ", v, tail]
    elif genre == "tender":
        made = tender_block(ctx, by.get("form_field", []))
    else:
        options = blocks.BLOCKS[genre]
        made = [b(ctx) for b in rng.sample(options, rng.randint(1, min(2, len(options))))]
    for v in by.get("table_row", []):
        tables = [m for m in made if "\n" in m] or made
        rng.choice(tables).extend(["\n", label(ctx, v).ljust(14), v])
    return made


def build(ctx, genre, vals, roster_vals, positive, roster_fmt=None):
    L, G, rng = ctx.L, ctx.L["genres"][genre], ctx.rng
    choose_placements(ctx, genre, vals)
    by = {}
    for v in vals:
        by.setdefault(v.placement, []).append(v)
    is_recipe = genre == "recipe" and ("recipe_step" in by or rng.random() < 0.6)
    titles = G["titles"][:2] if is_recipe else G["titles"][2:] if genre == "recipe" else G["titles"]
    title = ctx.fill(ctx.pick(titles))
    top, tail, contact = [], [], []
    shape = ctx.pick(layout.SHAPES if genre == "science" else layout.PLAIN_SHAPES)
    for v in by.get("key_line", []):
        contact += (["\n"] if contact else []) + layout.shape_line(shape, label(ctx, v), v, rng)
        ctx.shapes.append(shape)
    for v in by.get("strapline", []):
        title += ["\n", f"{ctx.town} · {label(ctx, v)} ", v]
        if rng.random() < 0.5:
            title += [" · ", ctx.neg("opening_hours")]
    for v in by.get("letterhead", []):
        org = ctx.named({"school": "school", "tender": "org"}.get(genre, "lab"))
        top.append([org, "\n", address_line(ctx), "\n", label(ctx, v) + " ", v])
    made = genre_blocks(ctx, genre, by, is_recipe)
    lines = [ctx.fill(t) for t in rng.sample(G["lines"], min(len(G["lines"]), rng.randint(2, 4)))]
    prose_ids = {id(x) for x in lines}
    for _ in range(rng.randint(0, 2) if positive else rng.randint(1, 3)):
        lines.append(neg_line(ctx, genre))
    body = []
    for i in range(max(len(lines), len(made))):
        body += lines[i : i + 1] + made[i : i + 1]
    if not positive and rng.random() < 0.3:
        body.insert(rng.randint(1, len(body)), neg_roster(ctx, genre))
    if roster_vals:
        R = L["roster"]
        roles = R["roles"][genre]
        rows = [(ctx.person(), roles[i % len(roles)], v) for i, v in enumerate(roster_vals)]
        ctx.roster_formats.append(roster_fmt)
        title_r = ctx.pick(R["titles"][genre])
        para = layout.roster(roster_fmt, title_r, R["cols"], rows, L["blocks"]["days"], rng)
        body.insert(rng.randint(1, len(body)), para)
    for v in by.get("prose", []):
        pieces = phrase(ctx, v, genre)
        i = rng.randint(1, len(body))
        if rng.random() < 0.4 and isinstance(body[i - 1][-1], str) and body[i - 1][-1].endswith("."):
            body[i - 1] = body[i - 1] + [" "] + pieces
        else:
            body.insert(i, pieces)
    for v in by.get("box", []):
        body.insert(rng.randint(1, len(body)), boxed(phrase(ctx, v, genre)))
    for v in by.get("caption", []):
        head = f"[{ctx.pick(L['place']['photo'])}: {ctx.person()}] "
        body.insert(rng.randint(1, len(body)), [head] + phrase(ctx, v, genre))
    marks = ctx.pick(MARKS)
    for i, v in enumerate(by.get("footnote", [])):
        if i < 3:
            target = rng.choice([p for p in body if id(p) in prose_ids and isinstance(p[-1], str)] or [title])
            target.append(marks[i])
        tail.append(([marks[i] + " "] if i < 3 else []) + phrase(ctx, v, genre))
    close = ctx.text(ctx.pick(G["closes"]))
    if genre == "social" and rng.random() < 0.5:
        close += " " + " ".join(rng.sample(L["words"]["hashtags"], 2))
    for v in by.get("owner_reply", []):
        head = ctx.pick(L["place"]["reply_head"]) + "\n" + ctx.text(ctx.pick(L["place"]["reply_open"])) + " "
        tail.append([head] + phrase(ctx, v, genre))
    for v in by.get("thread_reply", []):
        tail.append([f"↳ {ctx.person()}: "] + phrase(ctx, v, genre))
    for v in by.get("stop_press", []):
        tail.append([ctx.pick(L["place"]["stop"]) + " "] + phrase(ctx, v, genre))
    if contact and rng.random() < 0.25:
        body.insert(0, contact)
    elif contact:
        body.append(contact)
    return top + [title] + body + [[close]] + tail
