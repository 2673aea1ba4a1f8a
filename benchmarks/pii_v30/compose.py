# ruff: noqa: E501
"""Genre layouts for v30: everyday institutions' web pages, notices, listings, rotas, blogs and manuals.

A document is a list of lines; a line is a list of segments, each a str or a value dict (which becomes a span).
"""

GENRES = (
    "newsletter",
    "parish",
    "business",
    "listing",
    "programme",
    "job",
    "leaflet",
    "rota",
    "blog",
    "manual",
)


def sentence(template, value, **kw):
    pre, post = template.split("{v}")
    pre, post = pre.format(**kw), post.format(**kw)
    return [pre, value, post]


def roster(rng, Ld, entries, style):
    """entries: [(name, role, value-or-None, day)] -> lines. value None means no phone (negative rosters)."""
    w = Ld["w"]
    out = []
    if style == "table":
        out.append([f"| {w['name']} | {w['role']} | {w['phone']} |"])
        out.append(["|---|---|---|"])
        for name, role, v, _ in entries:
            out.append([f"| {name} | {role} | ", v, " |"])
    elif style in ("csv;", "csv,", "tsv"):
        sep = {"csv;": ";", "csv,": ",", "tsv": "\t"}[style]
        out.append([sep.join([w["day"], w["name"], w["role"], w["phone"]])])
        for name, role, v, day in entries:
            nm = f'"{name}"' if sep == "," and rng.random() < 0.5 else name
            out.append([sep.join([day, nm, role]) + sep, v])
    elif style == "leaders":
        for name, role, v, _ in entries:
            head = f"{name} ({role}) "
            out.append([head + "." * max(3, 34 - len(head)) + " ", v])
    else:  # day list
        for name, role, v, day in entries:
            out.append([f"{day}: {name}, {role} – ", v])
    return out


def layout(rng, genre, Ld, town, org, person, items, extras):
    """items: list of lines (already built sentences); extras: dict with 'roster' lines, 'negs' lines, 'model'."""
    w = Ld["w"]
    title = Ld["titles"][genre].format(org=org, town=town, model=extras.get("model", ""))
    lines = [[title], [""]]
    body = list(items)
    rng.shuffle(body)
    negl = extras.get("negs", [])
    ros = extras.get("roster", [])
    if genre == "business":
        lines.insert(0, [f"Home | {w['hours']} | {w['contact']}"])
        lines.append([rng.choice(Ld["fill"])])
        lines.append([f"{w['hours']}:"])
        d = Ld["days"]
        lines += [
            [
                f"{d[0]}–{d[4]}: {rng.choice(['7:30', '08:00', '9.00', '10:00'])}–{rng.choice(['17:30', '18:00', '18.30', '19:00'])}"
            ],
            [f"{d[5]}: {rng.choice(['8:00–13:00', '09:00–14:00', '9.00–12.30'])}"],
            [f"{d[6]}: {w['closed']}"],
            [""],
        ]
        lines += body + [[""]] + negl
    elif genre == "listing":
        lines += [["• " + neg[0]] for neg in negl]
        lines += [[""]] + body
    elif genre == "programme":
        t = rng.randint(9, 14)
        for i, ln in enumerate(body + [[f] for f in rng.sample(Ld["fill"], 2)]):
            lines.append([f"{t + i}:{rng.choice(['00', '15', '30', '45'])}  "] + ln)
        lines += [[""]] + negl
    elif genre == "blog":
        fills = rng.sample(Ld["fill"], 2)
        half = len(body) // 2
        lines += (
            [[fills[0]]] + body[:half] + negl + [[""], [f"{w['comments']} ({len(body) - half + 1})"], [""]]
        )
        for ln in body[half:] + [[fills[1]]]:
            lines += [
                [f"{rng.choice(extras['names'])} · {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2025"],
                ln,
                [w["reply"]],
                [""],
            ]
    elif genre == "manual":
        for i, ln in enumerate(body, 1):
            lines.append([f"{w['step']} {i}: "] + ln)
        lines += [[""], [f"--- {w['warranty']} ---"]] + negl
    else:
        if genre in ("newsletter", "parish", "leaflet"):
            lines.append([rng.choice(Ld["fill"])])
        bullets = genre in ("parish", "job", "leaflet")
        for ln in body:
            lines.append((["– "] if bullets else []) + ln)
        lines += [[""]] + negl
    if ros:
        lines += [[""], [f"{w['contact']}:" if genre != "rota" else f"{title.split('–')[0].strip()}:"]] + ros
    lines += [[""], [w["signoff"]], [person], [f"{org}, {town}" if town not in org else org]]
    return lines


def render(lines):
    text, spans, values = [], [], []
    pos = 0
    for ln in lines:
        for seg in ln:
            if isinstance(seg, dict):
                spans.append({"kind": seg["kind"], "start": pos, "end": pos + len(seg["text"])})
                values.append(seg)
                s = seg["text"]
            else:
                s = seg
            text.append(s)
            pos += len(s)
        text.append("\n")
        pos += 1
    return "".join(text), spans, values
