"""Document genres of the v23 set, part 2: doctor letters, school letters, filled-in forms, pasted
spreadsheets, notices and staff directories."""

from . import negs as N
from .genres import (
    GENRE_NEGS,
    address,
    contract,
    cv,
    delivery,
    distribute,
    footer,
    invoice,
    job_ad,
    join_lines,
    letterhead,
    minutes,
    negs,
    paragraph,
    pdf_head,
    pick_roster_fmt,
    signoff,
)
from .layout import ROSTER_FORMATS, TABLE_STYLES, roster, table


def by_kind(vals, d, key="title"):
    """Titles that fit what the document asks for (an IT form for an IP address, a mandate for an IBAN)."""
    for v in vals:
        if v["kind"] in d["kt"]:
            return d["kt"][v["kind"]]
    return d[key]


def medical(ctx, vals, ros, extra_negs):
    M = ctx.L["med"]
    h = distribute(ctx, vals, "medical")
    blocks = pdf_head(ctx, h) + [letterhead(ctx, h["letterhead"]), [address(ctx)]]
    lab, no = ctx.neg(ctx.ch([k for k in ("patient_no", "hospital_case", "nhs_no") if ctx.labels(k)]))
    blocks.append(
        join_lines(
            [f"{ctx.ch(M['title'])}", f"{M['pat']}: {ctx.person()}, {M['dob']} {ctx.dob()}", f"{lab}: {no}"]
            + negs(ctx, extra_negs // 2, "medical")
        )
    )
    blocks.append([M["dear"]])
    blocks.append(paragraph(ctx, M["intro"], []))
    dx = ctx.rng.sample(M["dx"], ctx.rng.randint(1, 3))
    blocks.append([M["dx_h"] + ":\n" + "\n".join(f"– {x}" for x in dx)])
    blocks.append(paragraph(ctx, M["body"] + ctx.rng.sample(M["follow"], 1), h["sentence"]))
    blocks.extend(negs(ctx, extra_negs - extra_negs // 2, "medical"))
    blocks.append(signoff(ctx, [], M["dr"] + " " + ctx.person()))
    blocks.extend(h["ps"])
    blocks.extend(h["stamp"])
    if h["footer"] or ctx.rng.random() < 0.5:
        blocks.append(footer(ctx, h["footer"], 1))
    return blocks


def school(ctx, vals, ros, extra_negs):
    S = ctx.L["sch"]
    h = distribute(ctx, vals, "school")
    blocks = [
        letterhead(ctx, h["letterhead"]),
        [f"{ctx.fields['city']}, {ctx.fields['date']}"],
        [ctx.ch(S["title"])],
        [S["dear"]],
        paragraph(ctx, S["body"], h["sentence"]),
    ]
    if ros:
        fmt = pick_roster_fmt(ctx, ("surname_caps", "dept_bracket", "fixed_width", "inline_semicolon"))
        blocks += roster(ctx, ros, fmt, S["tree"])
    blocks.extend(negs(ctx, extra_negs, "school"))
    blocks.append(signoff(ctx, h["signature"], None, ctx.ch(S["roles"])))
    blocks.extend(h["ps"])
    slip = [f"{f}: ______________________" for f in S["slip_fields"]]
    blocks.append(
        join_lines(
            ["- - - - - - - - ✂ - - - - - - - -", S["slip"].format_map(ctx.fields)] + slip + h["form_field"]
        )
    )
    return blocks


def boxed(text):
    return "|" + "|".join(c for c in text if c != " ") + "|"


def form(ctx, vals, ros, extra_negs):
    F = ctx.L["form"]
    h = distribute(ctx, vals, "form")
    blocks = [[ctx.ch(by_kind(vals, F))], [ctx.ch(F["intro"])]]
    vals_f = [ctx.person(), ctx.street(), ctx.cityline(), ctx.dob()]
    lines = []
    for lab, v in zip(F["fields"], vals_f, strict=True):
        lines.append([f"{lab}:{' ' * ctx.rng.randint(1, 12)}{v}"])
    lines += h["form_field"]
    ctx.rng.shuffle(lines)
    blocks.append(join_lines(lines))
    nl = []
    for _ in range(1 + extra_negs):
        k = ctx.ch(ctx.neg_kinds(GENRE_NEGS["form"].split()))
        lab, text = ctx.neg(k)
        if ctx.rng.random() < 0.3 and sum(c.isdigit() for c in text) >= 5 and text.replace(" ", "").isalnum():
            ctx.count("neg_layout", "boxed")
            nl.append([f"{lab} {boxed(text)}"])
        else:
            nl.append([f"{lab}: {text}"])
    blocks.append(join_lines(nl))
    boxes = []
    for q in ctx.rng.sample(F["boxes"], 2):
        y = ctx.rng.random() < 0.5
        boxes.append(f"{q}:  [{'X' if y else ' '}] {F['yes']}   [{' ' if y else 'X'}] {F['no']}")
    blocks.append(["\n".join(boxes)])
    blocks.extend(h["note"])
    blocks.extend(h["stamp"])
    blocks.append([f"{ctx.fields['city']}, {ctx.fields['date']}            {'_' * 20}\n{F['sign']}"])
    return blocks


def _cell(ctx, kind, items):
    if kind == "item":
        return ctx.ch(items)
    if kind == "qty":
        return str(ctx.rng.randint(1, 2400))
    ctx.count("neg_kind", kind)
    return N.KINDS[kind][0](ctx.rng, ctx.region)


def sheet(ctx, vals, ros, extra_negs):
    ips = [v for v in vals if v["kind"] == "IP_ADDRESS"]
    h = distribute(ctx, [v for v in vals if v["kind"] != "IP_ADDRESS"], "sheet")
    blocks = []
    if h["letterhead"]:
        blocks.append(letterhead(ctx, h["letterhead"]))
    if ros:
        blocks += roster(ctx, ros, pick_roster_fmt(ctx, ("semicolon_csv", "fixed_width", "ascii_grid")))
    if ips:
        title, cols = ctx.L["ip_sheet"][:2]
        rows = []
        for v in ips:
            ctx.count("placement", f"table_cell:{ctx.lang}")
            v["_placement"] = "table_cell"
            ctx.count("neg_kind", "room")
            rows.append(
                [
                    ctx.ch(ctx.L["devices"]),
                    f"{ctx.labels('room')[0]} {N.KINDS['room'][0](ctx.rng, ctx.region)}",
                    v,
                ]
            )
        blocks += [[title.format_map(ctx.fields)], table(ctx, cols, rows, ctx.ch(TABLE_STYLES))]
    if not (ros or ips) or ctx.rng.random() < 0.4:
        title, cols, kinds = ctx.ch(ctx.L["sheet"])
        items = ctx.L["devices"] if "asset_tag" in kinds else ctx.L["inv"]["items"]
        rows = [[_cell(ctx, k, items) for k in kinds] for _ in range(ctx.rng.randint(3, 7))]
        blocks += [[title.format_map(ctx.fields)], table(ctx, cols, rows, ctx.ch(TABLE_STYLES))]
    blocks.extend(negs(ctx, extra_negs, "sheet"))
    blocks.extend(h["note"])
    return blocks


def notice(ctx, vals, ros, extra_negs):
    T = ctx.L["nt"]
    h = distribute(ctx, vals, "notice")
    blocks = [
        [ctx.ch(by_kind(vals, T, "subject"))],
        [ctx.ch(ctx.L["hello"][:4]).format_map(ctx.fields)],
        paragraph(ctx, ctx.rng.sample(T["body"], 2), h["sentence"]),
    ]
    if ros:
        blocks += roster(ctx, ros, pick_roster_fmt(ctx, ("day_rota", "dept_bracket", "label_blocks")))
    blocks.extend(negs(ctx, extra_negs, "notice"))
    blocks.append(signoff(ctx, h["signature"], None, ctx.ch(ctx.L["roles"])))
    blocks.extend(h["ps"])
    if h["footer"] or h["multi_footer"] or ctx.rng.random() < 0.5:
        blocks.append(footer(ctx, h["footer"] + h["multi_footer"], 1))
    return blocks


def directory(ctx, vals, ros, extra_negs):
    h = distribute(ctx, vals, "directory")
    blocks = [letterhead(ctx, h["letterhead"])]
    if ros:
        blocks += roster(ctx, ros, ctx.ch(ROSTER_FORMATS))
    else:
        cols = ctx.L["roster_cols"][:2] + [ctx.labels("room")[0]]
        rows = []
        for _ in range(ctx.rng.randint(3, 7)):
            ctx.count("neg_kind", "room")
            rows.append([ctx.person(), ctx.ch(ctx.L["roles"]), N.KINDS["room"][0](ctx.rng, ctx.region)])
        title = ctx.ch(ctx.L["room_titles"]).format_map(ctx.fields)
        blocks += [[title], table(ctx, cols, rows, ctx.ch(TABLE_STYLES))]
    blocks.extend(negs(ctx, extra_negs, "directory"))
    blocks.extend(h["note"])
    blocks.append(footer(ctx, h["footer"], 1))
    return blocks


GENRES = {
    "invoice": invoice,
    "delivery": delivery,
    "contract": contract,
    "minutes": minutes,
    "cv": cv,
    "job_ad": job_ad,
    "medical": medical,
    "school": school,
    "form": form,
    "sheet": sheet,
    "notice": notice,
    "directory": directory,
}
ROSTER_GENRES = ("directory", "directory", "directory", "sheet", "minutes", "school", "notice")
