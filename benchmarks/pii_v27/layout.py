"""Value-line shapes, placements and roster formats. A part list holds plain strings and Val objects."""

import re
import unicodedata


class Val:
    def __init__(self, kind, mode, text, style="", **extra):
        self.kind, self.mode, self.text, self.style = kind, mode, text, style
        self.extra = extra  # region, e164, area_len for PHONE

    def record(self):
        d = {"kind": self.kind, "mode": self.mode, "text": self.text}
        if self.kind == "PHONE":
            d.update(region=self.extra["region"], e164=self.extra["e164"], area_len=self.extra["area_len"])
        return d


SHAPES = [
    "colon_dots",
    "arrow",
    "equals",
    "angle",
    "caps_label",
    "md_bold",
    "star_bullet",
    "paren_label",
    "label_newline",
    "value_first",
]


def shape(name, label, v, rng):
    if name == "colon_dots":
        return [label + " " + "." * rng.randint(3, 9) + " ", v]
    if name == "arrow":
        return [label + " → ", v]
    if name == "equals":
        return [label.lower() + " = ", v]
    if name == "angle":
        return [label + ": <", v, ">"]
    if name == "caps_label":
        return [label.upper() + " ", v]
    if name == "md_bold":
        return ["**" + label + ":** ", v]
    if name == "star_bullet":
        return ["* " + label + ": ", v]
    if name == "paren_label":
        return ["(" + label + ") ", v]
    if name == "label_newline":
        return [label + ":\n", v]
    return [v, " (" + label + ")"]


def fill(template, v, **kw):
    """Split a phrasing at its {n} or {v} slot; other fields are formatted in."""
    key = "{n}" if "{n}" in template else "{v}"
    a, b = template.split(key)
    return [a.format(**kw), v, b.format(**kw)]


ROSTERS = [
    "markdown_table",
    "yaml_list",
    "dot_leaders",
    "inline_commas",
    "quoted_csv",
    "dash_role",
    "key_equals",
    "xml_rows",
    "numbered_paren",
    "slash_separated",
]


def ascii_key(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z]+", "_", s).strip("_")
    return s or "contact"


def roster(fmt, title, head, rows, rng):
    """rows: (name, role, value); head: (name, role, value) column names. Returns part list."""
    out = [title + "\n"]
    if fmt == "markdown_table":
        out.append("| %s | %s | %s |\n|---|---|---|\n" % head)
        for n, r, v in rows:
            out += ["| %s | %s | " % (n, r), v, " |\n"]
    elif fmt == "yaml_list":
        for n, r, v in rows:
            out += [
                "- %s: %s\n  %s: %s\n  %s: "
                % (ascii_key(head[0]), n, ascii_key(head[1]), r, ascii_key(head[2])),
                v,
                "\n",
            ]
    elif fmt == "dot_leaders":
        for n, r, v in rows:
            left = "%s (%s) " % (n, r)
            out += [left + "." * max(3, 34 - len(left)) + " ", v, "\n"]
    elif fmt == "inline_commas":
        for i, (n, _r, v) in enumerate(rows):
            out += [("" if i == 0 else ", ") + n + ": ", v]
        out.append(".\n")
    elif fmt == "quoted_csv":
        out.append('"%s","%s","%s"\n' % head)
        for n, r, v in rows:
            out += ['"%s","%s","' % (n, r), v, '"\n']
    elif fmt == "dash_role":
        for n, r, v in rows:
            out += ["- %s, %s – " % (n, r), v, "\n"]
    elif fmt == "key_equals":
        for n, _r, v in rows:
            out += [ascii_key(n) + "=", v, "\n"]
    elif fmt == "xml_rows":
        for n, r, v in rows:
            out += ['<entry name="%s" role="%s">' % (n, r), v, "</entry>\n"]
    elif fmt == "numbered_paren":
        for i, (n, r, v) in enumerate(rows, 1):
            out += ["%d) %s, %s — " % (i, n, r), v, "\n"]
    else:
        for n, r, v in rows:
            out += ["%s / %s / " % (n, r), v, "\n"]
    if isinstance(out[-1], str) and out[-1].endswith("\n"):
        out[-1] = out[-1][:-1]
    return out


PLACEMENTS_PHRASE = ["body_sentence", "ps_line", "aside", "bullet_point", "quoted_reply", "autoreply"]
PLACEMENTS_LINE = [
    "signature",
    "checkbox_field",
    "tear_off",
    "banner",
    "qa_pair",
    "voicemail",
    "forward_header",
]
GENRE_PLACEMENTS = {
    "message": ["body_sentence", "ps_line", "aside", "quoted_reply", "voicemail", "signature"],
    "email": ["body_sentence", "signature", "forward_header", "quoted_reply", "autoreply", "ps_line"],
    "community": ["body_sentence", "bullet_point", "qa_pair", "aside", "banner", "quoted_reply"],
    "shop": ["body_sentence", "banner", "tear_off", "bullet_point", "signature", "qa_pair"],
    "public": ["body_sentence", "banner", "bullet_point", "qa_pair", "aside", "signature"],
    "form": ["checkbox_field", "body_sentence", "signature", "bullet_point", "aside"],
    "listing": ["body_sentence", "tear_off", "bullet_point", "banner", "qa_pair", "aside"],
}


def place(pl, L, rng, v, phrase, label, ctx, shape_name):
    """Wrap a value into one placement. phrase: part list (a phrasing filled with v) or None."""
    P = L["pl"]
    if pl == "body_sentence":
        return phrase
    if pl == "ps_line":
        return [P["ps"] + " "] + phrase
    if pl == "aside":
        return ["("] + phrase + [")"]
    if pl == "bullet_point":
        return ["• "] + phrase
    if pl == "quoted_reply":
        return [P["wrote"].format(day=ctx["day"], name=ctx["other"]) + "\n> "] + phrase
    if pl == "autoreply":
        return [P["ooo"].format(day=ctx["day"]) + " "] + phrase
    if pl == "signature":
        return ["%s\n%s\n" % (rng.choice(P["regards"]), ctx["me"])] + shape(shape_name, label, v, rng)
    if pl == "checkbox_field":
        return ["[x] %s\n" % P["ticked"]] + shape(shape_name, label, v, rng)
    if pl == "tear_off":
        return ["✂ - - - - - - - - - - - - - -\n%s | %s | " % (P["tear"], ctx["me"]), v]
    if pl == "banner":
        return [">>> "] + shape(shape_name, label, v, rng) + [" <<<"]
    if pl == "qa_pair":
        return ["%s %s?\n%s " % (P["q"], label, P["a"]), v]
    if pl == "voicemail":
        return [
            P["vm"].format(dur="0:%02d" % rng.randint(8, 59)) + " ",
            v,
            "\n" + P["vm_say"].format(first=ctx["other_first"]),
        ]
    if pl == "forward_header":
        subj = ctx["title"]
        if subj.startswith(P["subject"]):
            subj = subj.split(":", 1)[1].strip()
        return [
            "%s\n%s: %s <" % (P["fwd"], P["from"], ctx["other"]),
            v,
            ">\n%s: %s\n%s: %s" % (P["subject"], subj, P["to"], ctx["me"]),
        ]
    raise ValueError(pl)
