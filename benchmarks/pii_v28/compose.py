"""Placements, value-line shapes and roster formats of v28, and the assembly of one document."""

import json

from .lang_a import DE, EN
from .lang_b import ES, FR, IT
from .lang_c import HI, NL, PT

LANG = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
GENRES = ("note", "flyer", "receipt", "ad", "minutes", "ticket")
PLACEMENTS = (
    "body",
    "chat_line",
    "footnote",
    "numbered_step",
    "heading_block",
    "note_box",
    "notification",
    "hashtag_post",
    "calendar_entry",
    "action_item",
    "reported_speech",
)
SHAPES = (
    "pipe_sep",
    "emoji_icon",
    "label_dash",
    "bracket_label",
    "colon_tab",
    "bare_label",
    "spaced_columns",
    "field_brackets",
)
ROSTERS = (
    "tab_columns",
    "json_lines",
    "semicolon_csv",
    "bracket_tags",
    "two_line",
    "colon_pairs",
    "letter_list",
    "vcard_like",
    "paren_value",
    "fixed_width",
)
EMOJI = {"phone": "📞", "email": "✉️", "iban": "🏦", "card": "💳", "ip": "🖧", "ssn": "🪪", "neg": "🔖"}
TAGS = ("#nachbarschaft", "#community", "#helpwanted", "#local", "#aviso", "#buurt", "#vizinhança", "#info")


def seg(text, val=None):
    return [(text, val)]


def fill(template, val_text, val, **kw):
    """Template with {v} -> segments; the other fields are filled first."""
    before, after = template.split("{v}")
    return [(before.format(**kw), None), (val_text, val), (after.format(**kw), None)]


def shape_line(rng, shape, label, icon, val_text, val):
    if shape == "pipe_sep":
        pre = label + " | "
    elif shape == "emoji_icon":
        pre = icon + " "
    elif shape == "label_dash":
        pre = label + " – "
    elif shape == "bracket_label":
        pre = "[" + label + "] "
    elif shape == "colon_tab":
        pre = label + ":\t"
    elif shape == "bare_label":
        pre = label.lower().rstrip(".:") + " "
    elif shape == "spaced_columns":
        pre = label + " " * rng.randint(4, 12)
    else:
        return [(label + ": [ ", None), (val_text, val), (" ]", None)]
    return [(pre, None), (val_text, val)]


def place(rng, placement, segs, lang, name, k):
    w = LANG[lang]["words"]
    if placement == "body":
        return segs
    if placement == "chat_line":
        return [
            ("[%02d:%02d] %s: " % (rng.randint(7, 22), rng.choice([0, 5, 12, 27, 41, 58]), name), None)
        ] + segs
    if placement == "footnote":
        return [("[%d] " % k, None)] + segs
    if placement == "numbered_step":
        return [("%s %d: " % (w["step"], k), None)] + segs
    if placement == "heading_block":
        return [("## %s\n" % w["contact"], None)] + segs
    if placement == "note_box":
        return [("⚠ %s: " % w["note"], None)] + segs
    if placement == "notification":
        return [("%s · %s\n" % (w["new"], name), None)] + segs
    if placement == "hashtag_post":
        return segs + [(" " + " ".join(rng.sample(TAGS, 2)), None)]
    if placement == "calendar_entry":
        return [
            ("📅 %02d/%02d, %02d:00 – " % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 19)), None)
        ] + segs
    if placement == "action_item":
        initials = "".join(p[0] for p in name.split()[:2]).upper()
        return [("%s (%s): " % (w["action"], initials), None)] + segs
    return [("%s %s: “" % (name, w["said"]), None)] + segs + [("”", None)]


def roster(rng, fmt, title, rows):
    """rows: list of (name, role, val_text, val). Returns segments."""
    out = [(title + "\n", None)]
    for i, (name, role, vt, v) in enumerate(rows):
        nl = "\n" if i < len(rows) - 1 else ""
        if fmt == "tab_columns":
            out += [(f"{name}\t{role}\t", None), (vt, v), (nl, None)]
        elif fmt == "json_lines":
            pre = json.dumps({"name": name, "role": role}, ensure_ascii=False)[:-1] + ', "value": "'
            out += [(pre, None), (vt, v), ('"}' + nl, None)]
        elif fmt == "semicolon_csv":
            out += [(f"{name};{role};", None), (vt, v), (nl, None)]
        elif fmt == "bracket_tags":
            out += [(f"[{name}] ", None), (vt, v), (f" ({role}){nl}", None)]
        elif fmt == "two_line":
            out += [(f"{name}, {role}\n    ", None), (vt, v), (nl, None)]
        elif fmt == "colon_pairs":
            out += [(f"{name}: ", None), (vt, v), (nl, None)]
        elif fmt == "letter_list":
            out += [(f"{'abcdefgh'[i]}) {name} – ", None), (vt, v), (nl, None)]
        elif fmt == "vcard_like":
            out += [(f"FN:{name}\nROLE:{role}\nVALUE:", None), (vt, v), (nl and "\n" + nl, None)]
        elif fmt == "paren_value":
            out += [(f"{name} (", None), (vt, v), (f"), {role}{nl}", None)]
        else:
            out += [(f"{name:<24}{role:<14}", None), (vt, v), (nl, None)]
    return out


def assemble(blocks):
    """blocks: list of segment lists -> text, spans, values (values in span order)."""
    text, spans, vals = "", [], []
    for bi, block in enumerate(blocks):
        if bi:
            text += "\n\n"
        for t, v in block:
            if v is not None:
                spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
                assert v["text"] == t
                vals.append(v)
            text += t
    return text, spans, vals
