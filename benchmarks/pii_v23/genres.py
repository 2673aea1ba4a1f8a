"""Document genres of the v23 set, part 1: shared pieces (letterhead, footer, address, signature), where
values may go, and invoices, delivery notes, contracts, minutes, CVs and job ads."""

from collections import defaultdict

from . import negs as N
from .layout import ROSTER_FORMATS, TABLE_STYLES, roster, table

PLACES = {
    "invoice": ["letterhead", "footer", "multi_footer", "sentence", "ps"],
    "delivery": ["letterhead", "footer", "sentence", "note"],
    "contract": ["form_field", "sentence", "signature", "footer"],
    "minutes": ["action", "sentence", "note"],
    "cv": ["form_field", "letterhead"],
    "job_ad": ["sentence", "signature", "footer"],
    "medical": ["letterhead", "stamp", "sentence", "footer", "ps"],
    "school": ["letterhead", "sentence", "form_field", "signature", "ps"],
    "form": ["form_field", "stamp", "note"],
    "sheet": ["note", "letterhead"],
    "notice": ["sentence", "signature", "multi_footer", "ps", "footer"],
    "directory": ["letterhead", "footer", "note"],
}
KIND_PLACES = {
    "IBAN": {"footer", "sentence", "form_field", "ps"},
    "CREDIT_CARD": {"sentence", "form_field", "note"},
    "IP_ADDRESS": {"sentence", "form_field", "note", "action"},
    "US_SSN": {"form_field", "sentence"},
}
# genres a value kind can stand in (phones and e-mails go anywhere)
KIND_GENRES = {
    "IBAN": ["invoice", "contract", "form", "notice", "school"],
    "CREDIT_CARD": ["invoice", "form", "notice"],
    "IP_ADDRESS": ["form", "notice", "minutes", "sheet"],
    "US_SSN": ["form", "contract", "medical"],
}


MAX_PER_PLACE = {"ps": 1, "stamp": 1, "pdf_header": 1, "note": 2}


def distribute(ctx, vals, genre):
    hooks = defaultdict(list)
    for v in vals:
        opts = [p for p in PLACES[genre] if p in KIND_PLACES.get(v["kind"], {p})]
        opts = [p for p in opts if len(hooks[p]) < MAX_PER_PLACE.get(p, 99)] or opts
        if (
            ctx.pdf
            and genre in ("invoice", "delivery", "medical")
            and v["kind"] in ("PHONE", "EMAIL")
            and not hooks["pdf_header"]
            and ctx.rng.random() < 0.4
        ):
            opts = ["pdf_header"]
        p = ctx.ch(opts)
        hooks[p].append(ctx.place(v, p))
    return hooks


def by_region(ctx, x):
    """A list given per region ({"GB": [...], ...}) or the same for all."""
    return x.get(ctx.region, next(iter(x.values()))) if isinstance(x, dict) else x


def join_lines(lines, sep="\n"):
    out = []
    for i, ln in enumerate(lines):
        if i:
            out.append(sep)
        out += ln if isinstance(ln, list) else [ln]
    return out


def letterhead(ctx, extra):
    f = ctx.fields
    if ctx.rng.random() < 0.35:
        sep = ctx.ch([" | ", "  ", " – "])
        one = f"{f['company']}{sep}{f['street']}{sep}{f['cityline']}"
        return join_lines([one] + extra, ctx.ch(["\n", sep]))
    return join_lines([f["company"], f["street"], f["cityline"]] + extra)


def footer(ctx, extra, n_neg=2):
    f = ctx.fields
    cells = [[f["company"]], [f"{f['street']}, {f['cityline']}"]]
    for k in ctx.rng.sample(["company_reg", "vat_id", "tax_no", "bank_code", "bic"], n_neg):
        if ctx.labels(k):
            label, text = ctx.neg(k)
            cells.append([f"{label} {text}"])
    cells += extra
    mode = ctx.ch(["cols", "bar", "lines"])
    if mode == "bar":
        return join_lines(cells, ctx.ch(["  |  ", " • ", " / "]))
    if mode == "lines":
        return join_lines(cells)
    rows, out = [cells[i : i + 3] for i in range(0, len(cells), 3)], []
    for r in rows:
        out.append(join_lines(r, " " * ctx.rng.randint(4, 10)))
    return join_lines(out)


def address(ctx, name=None):
    return "\n".join([name or ctx.person(), ctx.street(), ctx.cityline()])


def signoff(ctx, extra, name=None, role=None):
    lines = [ctx.ch(ctx.L["bye"]), "", name or ctx.person()]
    if role:
        lines.append(role)
    return join_lines(lines + extra)


def paragraph(ctx, fillers, phrases):
    items = [[s.format_map(ctx.fields)] for s in fillers] + phrases
    ctx.rng.shuffle(items)
    return join_lines(items, " ")


def pdf_head(ctx, hooks):
    if not hooks["pdf_header"]:
        return []
    return [
        join_lines(
            [[ctx.fields["company"]]] + hooks["pdf_header"] + [[ctx.L["page"].format(a=1, b=2)]], "   "
        )
    ]


def pick_roster_fmt(ctx, allowed):
    return ctx.ch([f for f in ROSTER_FORMATS if f in allowed])


GENRE_NEGS = {
    "invoice": "invoice_no customer_no order_no delivery_no quote_no vat_id tax_no payment_ref bank_code "
    "old_account bad_iban bic mandate_ref gl_account cost_center account_ref date amount "
    "contract_no duns page",
    "delivery": "delivery_no order_no customer_no parcel_no batch_no serial_no ean sscc hs_code "
    "customs_mrn container_no pallet_count weight measurement article_no time_range "
    "coordinates duns",
    "contract": "contract_no customer_no company_reg vat_id land_parcel permit_no policy_no account_ref "
    "meter_no meter_reading market_location amount date plate vin personnel_no file_ref "
    "bank_code old_account bad_iban mandate_ref",
    "minutes": "resolution_no file_ref amount case_no permit_no land_parcel ticket_no contract_no "
    "quote_no account_ref room",
    "cv": "student_no exam_no personnel_no job_ref isbn",
    "job_ad": "job_ref salary cost_center room",
    "medical": "patient_no hospital_case lab_order drug_code insurer_code blood_pressure nhs_no policy_no "
    "room opening_hours",
    "school": "student_no school_code exam_no room amount isbn issn booking_ref time_range",
    "form": "customer_no policy_no claim_no contract_no account_ref meter_no meter_reading plate vin "
    "booking_ref loyalty_card student_no patient_no insurer_code date po_box postcode "
    "personnel_no tax_no bank_code old_account bad_iban mandate_ref voucher_code",
    "sheet": "article_no batch_no serial_no asset_tag mac_address version license_key gl_account "
    "cost_center ean hs_code sscc",
    "notice": "ticket_no version time_range opening_hours customer_no contract_no po_box room case_no "
    "file_ref voucher_code booking_ref license_key mac_address coordinates",
    "directory": "room personnel_no cost_center po_box opening_hours",
}


def negs(ctx, n, genre):
    return [ctx.neg_line(GENRE_NEGS[genre].split()) for _ in range(n)]


# ---- genres ------------------------------------------------------------------------------------------
def invoice(ctx, vals, ros, extra_negs):
    L, inv = ctx.L, ctx.L["inv"]
    h = distribute(ctx, vals, "invoice")
    blocks = pdf_head(ctx, h)
    blocks.append(letterhead(ctx, h["letterhead"]))
    blocks.append([address(ctx)])
    lab, no = ctx.neg("invoice_no")
    info = [f"{ctx.ch(inv['title'])} {inv['no']} {no}", f"{inv['date']}: {ctx.fields['date']}"]
    info += [
        ctx.neg_line(["customer_no", "order_no", "delivery_no", "contract_no", "account_ref"])
        for _ in range(1 + extra_negs // 2)
    ]
    blocks.append(join_lines(info))
    rows, total = [], 0.0
    for i, item in enumerate(ctx.rng.sample(inv["items"], ctx.rng.randint(2, 5)), 1):
        q, p = ctx.rng.randint(1, 12), ctx.rng.randint(500, 90000) / 100
        total += q * p
        rows.append([str(i), item, str(q), N.fmt_amount(p, ctx.region), N.fmt_amount(q * p, ctx.region)])
    blocks.append(table(ctx, inv["cols"], rows, ctx.ch(TABLE_STYLES)))
    rate = N.VAT[ctx.region]
    vat = total * rate / 100
    labels = [lab.get(ctx.region, lab.get("*")) if isinstance(lab, dict) else lab for lab in inv["sums"]]
    labels = [lab.format(vat=N.fmt_rate(rate, ctx.region)) for lab in labels]
    amounts = (total, vat, total + vat)
    cur = N.CURRENCY[ctx.region]
    sums = [f"{a}: {N.fmt_amount(b, ctx.region)} {cur}" for a, b in zip(labels, amounts, strict=True)]
    blocks.append(["\n".join(sums)])
    blocks.append(paragraph(ctx, ctx.rng.sample(inv["terms"], 2), h["sentence"]))
    blocks.extend(negs(ctx, extra_negs - extra_negs // 2, "invoice"))
    blocks.append([ctx.ch(L["bye"]) + "\n" + ctx.fields["company"]])
    blocks.extend(h["ps"])
    blocks.append(footer(ctx, h["footer"] + h["multi_footer"]))
    return blocks


def delivery(ctx, vals, ros, extra_negs):
    D = ctx.L["dn"]
    h = distribute(ctx, vals, "delivery")
    blocks = pdf_head(ctx, h) + [letterhead(ctx, h["letterhead"]), [address(ctx)]]
    lab, no = ctx.neg("delivery_no")
    head = [
        ctx.neg_line(["order_no", "customer_no", "parcel_no", "customs_mrn", "time_range", "weight"])
        for _ in range(2)
    ]
    blocks.append(join_lines([f"{ctx.ch(D['title'])} – {lab} {no}"] + head))
    rows = []
    for i, item in enumerate(ctx.rng.sample(ctx.L["inv"]["items"], ctx.rng.randint(2, 5)), 1):
        art = N.KINDS["article_no"][0](ctx.rng, ctx.region)
        rows.append([str(i), art, item, str(ctx.rng.randint(1, 40))])
    ctx.count("neg_kind", "article_no")
    blocks.append(table(ctx, D["cols"], rows, ctx.ch(TABLE_STYLES)))
    lines = [s.replace("{n}", str(ctx.rng.randint(2, 48))) for s in ctx.rng.sample(D["lines"], 2)]
    blocks.append(paragraph(ctx, lines, h["sentence"] + h["note"]))
    blocks.extend(negs(ctx, extra_negs, "delivery"))
    blocks.append([D["sign"]])
    blocks.append(footer(ctx, h["footer"]))
    return blocks


def contract(ctx, vals, ros, extra_negs):
    C = ctx.L["ct"]
    h = distribute(ctx, vals, "contract")
    blocks = [[ctx.ch(C["title"])]]
    lab, no = ctx.neg("contract_no")
    blocks.append([f"{lab}: {no}"])
    p1 = join_lines([C["between"], address(ctx, ctx.fields["company"])] + h["form_field"] + [C["roles"][0]])
    blocks += [p1, [C["and"]], [address(ctx) + "\n" + C["roles"][1]]]
    keep = sorted(ctx.rng.sample(range(len(C["clauses"])), ctx.rng.randint(3, 5)))
    clauses = [C["clauses"][i] for i in keep]
    for i, (head, text) in enumerate(clauses, 1):
        body = [text.format_map(ctx.fields)]
        if i == 2 and h["sentence"]:
            body = join_lines([body] + h["sentence"], " ")
        blocks.append([f"{C['sec']} {i} {head}\n"] + body)
    blocks.extend(negs(ctx, extra_negs, "contract"))
    line = "______________________"
    blocks.append([f"{ctx.fields['city']}, {ctx.fields['date']}\n{line}        {line}\n{C['sign']}"])
    if h["signature"]:
        blocks.append(join_lines([ctx.person()] + h["signature"]))
    if h["footer"]:
        blocks.append(footer(ctx, h["footer"], 1))
    return blocks


def minutes(ctx, vals, ros, extra_negs):
    M = ctx.L["mn"]
    h = distribute(ctx, vals, "minutes")
    f = M["fields"]
    head = [
        f"{f[0]}: {ctx.fields['date']}",
        f"{f[1]}: {ctx.ch(M['places'])}",
        f"{f[2]}: 18:{ctx.rng.choice(['00', '30'])}",
        f"{f[3]}: 20:{ctx.rng.choice(['00', '15', '45'])}",
        f"{f[4]}: {ctx.person()}",
    ]
    blocks = [[ctx.ch(M["title"]).format_map(ctx.fields)], ["\n".join(head)]]
    if ros:
        blocks += roster(ctx, ros, pick_roster_fmt(ctx, ("inline_semicolon", "label_blocks", "surname_caps")))
    else:
        blocks.append([f"{M['present']}: " + ", ".join(ctx.person() for _ in range(ctx.rng.randint(3, 6)))])
    blocks.append([f"{M['absent']}: {ctx.person()}"])
    extra = h["action"] + h["sentence"]
    for i, (head_, text) in enumerate(ctx.rng.sample(M["items"], ctx.rng.randint(3, 5)), 1):
        body = [text.format_map(ctx.fields)]
        while extra and ctx.rng.random() < 0.6:
            body = join_lines([body, extra.pop()], "\n")
        if i == 2:
            body = join_lines([body] + negs(ctx, extra_negs, "minutes"))
        blocks.append([f"{M['top']} {i}: {head_}\n"] + body)
    for e in extra + h["note"]:
        blocks.append(e)
    return blocks


def cv(ctx, vals, ros, extra_negs):
    C = ctx.L["cv"]
    h = distribute(ctx, vals, "cv")
    name = ctx.person()
    blocks = []
    if h["letterhead"]:
        blocks.append(
            join_lines(
                [name, ctx.street() + ", " + ctx.cityline()] + h["letterhead"], ctx.ch(["\n", "  |  "])
            )
        )
    blocks.append([ctx.ch(C["title"])])
    pers = [
        f"{C['f_name']}: {name}",
        f"{C['f_addr']}: {ctx.street()}, {ctx.cityline()}",
        f"{C['f_dob']}: {ctx.dob()}",
    ]
    blocks.append(join_lines([C["pers"]] + pers + h["form_field"]))
    y = ctx.rng.randint(2014, 2020)
    exp = []
    for job in ctx.rng.sample(C["jobs"], 3):
        m1, m2 = ctx.rng.randint(1, 12), ctx.rng.randint(1, 12)
        exp.append(f"{m1:02d}/{y} – {m2:02d}/{y + 2}\t{job}, {ctx.company_name()}")
        y -= 3
    blocks.append([C["exp"] + "\n" + "\n".join(exp)])
    edu = [f"{y - 4 - i * 3}\t{s}" for i, s in enumerate(ctx.rng.sample(by_region(ctx, C["schools"]), 2))]
    blocks.append([C["edu"] + "\n" + "\n".join(edu)])
    skills = ctx.rng.sample(by_region(ctx, C["skill_list"]), 3)
    blocks.append([C["skills"] + "\n" + "\n".join("– " + s for s in skills)])
    blocks.extend(negs(ctx, extra_negs, "cv"))
    blocks.append([f"{ctx.fields['city']}, {ctx.fields['date']}"])
    return blocks


def job_ad(ctx, vals, ros, extra_negs):
    J = ctx.L["job"]
    h = distribute(ctx, vals, "job_ad")
    lab, ref = ctx.neg("job_ref")
    ctx.fields["ref"] = ref
    blocks = [
        [ctx.fields["company"] + " – " + ctx.fields["city"]],
        [ctx.ch(J["title"])],
        paragraph(ctx, J["intro"], []),
        [J["tasks_h"] + "\n" + "\n".join("• " + t for t in J["tasks"])],
        [J["offer_h"] + "\n" + "\n".join("• " + t for t in J["offer"])],
    ]
    blocks.append(paragraph(ctx, J["apply"], h["sentence"]))
    blocks.extend(negs(ctx, extra_negs, "job_ad"))
    if h["signature"]:
        blocks.append(join_lines([ctx.person(), ctx.ch(ctx.L["roles"])] + h["signature"]))
    blocks.append(footer(ctx, h["footer"], 1))
    return blocks
