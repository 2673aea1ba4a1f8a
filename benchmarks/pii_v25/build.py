"""Putting a v25 document together: sentences, blocks, rosters, and the final text with its spans."""

from . import layout, negvals_b, places
from .compose import MARKS, NEG_PLACEMENTS, ONCE, PHONE_PLACEMENTS, TODO_BULLETS, weighted
from .layout import t

HEAD_WRAPS = ["## {h}", "{h}\n===", "*** {h} ***", "» {h} «", "UPPER"]
# the fillers that suit each of a genre's two titles (same order in every language)
GENRE_FILLS = {
    "classified": ([0, 1, 3], [0, 2, 3]),
    "trades": ([0, 1, 2], [1, 2, 3]),
    "club": ([0, 1, 3], [0, 2, 3]),
}
LETTER_GENRES = ("school", "club", "invitation", "sitter", "minutes", "trades", "classified")


class Parts:
    """The pieces of one document, sorted by where they go."""

    def __init__(self):
        self.sentences, self.contact, self.qa, self.todo, self.cal, self.sms = [], [], [], [], [], []
        self.foot, self.hand, self.top, self.heads, self.blocks = [], [], [], [], []
        self.once = set()


def _choose(doc, P: Parts, table: dict) -> str:
    for _ in range(20):
        p = weighted(doc.rng, table)
        if p not in ONCE or p not in P.once:
            P.once.add(p)
            return p
    return "inline"


def _wrap_heading(doc, parts: list) -> list:
    wrap = doc.rng.choice(HEAD_WRAPS)
    if wrap == "UPPER":
        return [(p[0], p[1].upper()) if p[0] == "t" else p for p in parts]
    pre, post = wrap.split("{h}")
    if post == "\n===":
        width = sum(len(p[1]) for p in parts)
        post = "\n" + "=" * width
    return [t(pre)] + parts + [t(post)]


def place_phone(doc, P: Parts, tok: dict):
    rng, L = doc.rng, doc.L
    mode = tok["mode"]
    region = tok.get("region")
    piece = doc.phone_piece(mode, region)
    if mode == "other":
        where = _choose(doc, P, {"inline": 55, "value_line": 30, "heading": 15})
    else:
        where = _choose(doc, P, PHONE_PLACEMENTS)
    doc.meta["placements"].append(where)
    doc.meta["phone_where"].append(f"{mode}:{where}")
    if where == "inline":
        extras = L.get("extra", {}).get(doc.locale)
        if mode == "other":
            tmpl = doc.phone_tmpl("service")
        elif mode == "international" and region != doc.own and rng.random() < 0.6:
            tmpl = doc.phone_tmpl("intl")
        elif extras and rng.random() < 0.25:
            tmpl = doc.phone_tmpl("extra." + doc.locale, extras)
        else:
            tmpl = doc.phone_tmpl("phone")
        fixed = {"city": places.CITIES[region][doc.lang]} if region else {}
        P.sentences.append(doc.emit(tmpl, piece, "num", fixed))
    elif where == "dash_aside":
        P.sentences.append(doc.emit(doc.phone_tmpl("aside"), piece, "num"))
    elif where == "number_first":
        P.sentences.append(doc.emit(doc.phone_tmpl("first"), piece, "num"))
    elif where == "value_line":
        lab = rng.choice(L["service_lab"] if mode == "other" else L["tel"])
        shape = rng.choice(layout.SHAPES)
        doc.meta["shapes"].append(shape)
        P.contact.append(layout.shape_line(shape, lab, piece, rng, "PHONE", rng.choice(L["abbrev"])))
    elif where == "qa_pair":
        (q, a), tid = doc.pick("qa_phone")
        doc.meta["phone_phrasings"].append(tid)
        P.qa.append((doc.fill(q), doc.emit(a, piece, "num")))
    elif where == "todo_item":
        P.todo.append(doc.emit(doc.phone_tmpl("todo"), piece, "num"))
    elif where == "calendar_entry":
        P.cal.append(doc.emit(doc.phone_tmpl("cal"), piece, "num"))
    elif where == "footnote":
        (body, note), tid = doc.pick("foot")
        doc.meta["phone_phrasings"].append(tid)
        mark = rng.choice(MARKS)
        fixed = {"mark": mark}
        P.sentences.append([t(doc.fill(body, fixed))])
        P.foot.append(doc.emit(note, piece, "num", {"mark": mark.strip()}))
    elif where == "heading":
        P.heads.append(_wrap_heading(doc, doc.emit(doc.phone_tmpl("head"), piece, "num")))
    elif where == "letterhead":
        street = doc.fk.street_name() if doc.lang != "hi" else rng.choice(places.HI_STREETS)
        town = doc.fill("{town}")
        lab = rng.choice(L["tel"])
        P.top.append([t(f"{doc.fill('{name}')}\n{street} {rng.randint(1, 120)}\n{town}\n{lab} "), piece])
    elif where == "handwritten":
        frame = rng.choice(L["hand_frame"])
        P.hand.append([t(frame)] + doc.emit(doc.phone_tmpl("hand"), piece, "num"))
    elif where == "sms_line":
        head = doc.fill(rng.choice(L["sms_head"]))
        P.sms.append([t(head + " ")] + doc.emit(doc.phone_tmpl("sms"), piece, "num"))


def place_other(doc, P: Parts, tok: dict):
    rng, L = doc.rng, doc.L
    kind = tok["kind"]
    piece = doc.other_piece(kind, tok["mode"])
    if rng.random() < 0.7:
        doc.meta["placements"].append("inline")
        key = "IP_PUBLIC" if kind == "IP_ADDRESS" and tok["mode"] != "v4-private" else kind
        tmpl, _ = doc.pick("other." + key, L["other"][key])
        P.sentences.append(doc.emit(tmpl, piece, "val"))
    else:
        doc.meta["placements"].append("value_line")
        shape = rng.choice(layout.SHAPES)
        doc.meta["shapes"].append(shape)
        lab = rng.choice(L["other_lab"][kind])
        P.contact.append(layout.shape_line(shape, lab, piece, rng, kind, lab))


def place_neg(doc, P: Parts, kind: str, inline_only: bool = False):
    rng = doc.rng
    piece = doc.neg_piece(kind)
    fixed = doc.neg_fixed(kind)
    where = "inline" if inline_only else _choose(doc, P, NEG_PLACEMENTS)
    doc.meta["placements"].append("neg:" + where)
    cls = negvals_b.KINDS[kind][0]
    if where == "inline":
        tmpl, _ = doc.pick("neg_r" if cls == "r" else "neg_q")
        P.sentences.append(doc.emit(tmpl, piece, "value", fixed))
    elif where == "value_line":
        shape = rng.choice(layout.SHAPES)
        doc.meta["shapes"].append(shape)
        P.contact.append(layout.shape_line(shape, fixed["Label"], piece, rng, "NEG", fixed["Label"]))
    elif where == "qa_pair":
        (q, a), _ = doc.pick("neg_qa")
        P.qa.append((doc.fill(q, fixed), doc.emit(a, piece, "value", fixed)))
    elif where == "todo_item":
        P.todo.append(doc.emit(doc.pick("neg_todo")[0], piece, "value", fixed))
    elif where == "calendar_entry":
        P.cal.append(doc.emit(doc.pick("neg_cal")[0], piece, "value", fixed))
    elif where == "number_first":
        P.sentences.append(doc.emit(doc.pick("neg_first")[0], piece, "value", fixed))
    elif where == "dash_aside":
        P.sentences.append(doc.emit(doc.pick("neg_aside")[0], piece, "value", fixed))
    elif where == "heading":
        P.heads.append(_wrap_heading(doc, doc.emit(doc.pick("neg_head")[0], piece, "value", fixed)))


def place_roster(doc, P: Parts, tok: dict):
    rng, L = doc.rng, doc.L
    fmt = tok["fmt"]
    doc.meta["roster_format"] = fmt
    doc.meta["placements"].append("roster")
    roles = rng.sample(L["roster_roles"], 5)
    rows = [(doc.fill("{name}"), roles[i], doc.phone_piece("list-entry")) for i in range(5)]
    doc.meta["phone_where"] += ["list-entry:roster"] * 5
    title = doc.fill(rng.choice(L["roster_title"]))
    P.blocks.append(layout.roster(fmt, title, L["cols"], rows, rng, L["days"]))


def place_neglist(doc, P: Parts, tok: dict):
    rng, L = doc.rng, doc.L
    kind, fmt = tok["neg"], tok["fmt"]
    doc.meta["placements"].append("neg:list")
    doc.meta["neg_list_format"] = fmt
    fixed = doc.neg_fixed(kind)
    k = rng.randint(4, 6)
    roles = rng.sample(L["roster_roles"], k)
    rows = [(doc.fill("{name}"), roles[i], doc.neg_piece(kind)) for i in range(k)]
    title = doc.fill(rng.choice(L["neg_roster_title"]), fixed)
    cols = (L["cols"][0], L["cols"][1], fixed["Label"])
    P.blocks.append(layout.roster(fmt, title, cols, rows, rng, L["days"]))


def _join(items: list, sep: str) -> list:
    out = []
    for i, item in enumerate(items):
        if i:
            out.append(t(sep))
        out += item
    return out


def blocks_of(doc, P: Parts, genre: str) -> list:
    rng, L = doc.rng, doc.L
    titles, fills = L["genres"][genre]
    ti = rng.randrange(len(titles))
    fills = [fills[i] for i in GENRE_FILLS[genre][ti]] if genre in GENRE_FILLS else fills
    chosen = rng.sample(fills, rng.randint(1, 3)) + rng.sample(L["general"], rng.randint(0, 2))
    sents = [[t(doc.fill(s))] for s in chosen] + P.sentences
    rng.shuffle(sents)
    paras = []
    while sents:
        k = rng.randint(1, 3)
        paras.append(_join(sents[:k], " "))
        sents = sents[k:]
    middle = list(P.blocks)
    if P.contact:
        lines = _join(P.contact, "\n")
        middle.append(([t(doc.fill("{name}") + "\n")] if rng.random() < 0.4 else []) + lines)
    qa_q, qa_a = L["qa"]
    for q, a in P.qa:
        style = rng.randrange(3)
        if style == 0:
            middle.append([t(f"{qa_q} {q}\n{qa_a} ")] + a)
        elif style == 1:
            middle.append([t(f"— {q}\n— ")] + a)
        else:
            middle.append([t(f"{q}\n   ↳ ")] + a)
    if P.todo:
        items = P.todo + [[t(doc.fill(s))] for s in rng.sample(L["todo_fill"], rng.randint(1, 3))]
        rng.shuffle(items)
        bullet = rng.choice(TODO_BULLETS)
        lines = _join([[t(bullet)] + i for i in items], "\n")
        middle.append([t(doc.fill(rng.choice(L["todo_head"])) + "\n")] + lines)
    if P.cal:
        items = P.cal + [[t(doc.fill(s))] for s in rng.sample(L["cal_fill"], rng.randint(1, 2))]
        rng.shuffle(items)
        middle.append([t(doc.fill(rng.choice(L["cal_head"])) + "\n")] + _join(items, "\n"))
    if P.sms:
        middle.append(_join(P.sms, "\n"))
    rng.shuffle(middle)
    body = paras[:1]
    for block in paras[1:] + middle:
        body.insert(rng.randint(1, len(body)), block)
    out = list(P.top)
    if rng.random() < 0.75 or genre in ("classified", "minutes", "diary") or P.heads:
        out.append([t(doc.fill(titles[ti]))])
    out += P.heads
    if genre in LETTER_GENRES[:6] and rng.random() < 0.6:
        out.append([t(doc.fill(rng.choice(L["greet"])))])
    out += body
    if genre in LETTER_GENRES and rng.random() < 0.6:
        out.append([t(doc.fill(rng.choice(L["sign"])))])
    if P.foot:
        out.append(_join(P.foot, "\n"))
    if P.hand:
        out.append(_join(P.hand, "\n"))
    return out


def assemble(blocks: list):
    """(text, spans, values, negs) from blocks of parts joined by blank lines."""
    text, spans, values, negs = [], [], [], []
    pos = 0
    for part in _join(blocks, "\n\n"):
        s = part[1]
        if part[0] == "v":
            assert s == part[2]["text"], (s, part[2])
            spans.append({"kind": part[2]["kind"], "start": pos, "end": pos + len(s)})
            values.append(part[2])
        elif part[0] == "n":
            negs.append(part[2])
        text.append(s)
        pos += len(s)
    return "".join(text), spans, values, negs
