"""Layout of the v23 documents: the context a document is written in, value-line shapes, placements,
roster formats, tables and the PDF-to-text quirks. A document is a list of blocks; a block a list of parts;
a part is plain text or a value (a dict), so offsets come out exact whatever the layout does."""

import re
from collections import Counter

from . import negs as N
from . import realize as R

# label-value shapes ({L} label, {V} value); v21's colon/comma/chevron/arrow/middot/bullet/equals are not here
SHAPES = {
    "bare": "{L} {V}",
    "tab": "{L}\t{V}",
    "bracket": "[{L}] {V}",
    "pipe": "{L} | {V}",
    "en_dash": "{L} – {V}",
    "wide": "{L}{W}{V}",
    "nbsp": "{L} {V}",
    "symbol": "{S} {V}",
    "trailing_paren": "{V} ({L})",
}
SYMBOL = {"tel": "☎", "mob": "📱", "fax": "℻", "svc": "☎", "mail": "✉"}
MULTI = {
    "tel": {
        "de": ["Tel. / Tél. / Tel.", "Telefon · Téléphone · Telefono", "Tel./Phone", "Telefon | Phone"],
        "fr": ["Tél. / Tel.", "Téléphone · Telefon", "Tél./Phone", "Téléphone / Telefoon"],
        "nl": ["Tel. / Tél.", "Telefoon / Téléphone", "Tel./Phone"],
        "en": ["Tel./Phone", "Phone / Téléphone", "Phone | Telefon"],
        "es": ["Tfno./Tel.", "Teléfono / Phone", "Telèfon / Teléfono"],
        "it": ["Tel. / Phone", "Telefono · Téléphone · Telefon"],
        "pt": ["Fone/Phone", "Telefone / Phone"],
        "hi": ["फ़ोन / Phone", "दूरभाष / Tel."],
    },
    "mob": {
        "de": ["Mobil / Mobile", "Handy/Natel"],
        "fr": ["Portable / Mobile", "Mobile / GSM"],
        "nl": ["Mobiel / Mobile", "GSM / Mobiel"],
        "en": ["Mobile / Portable"],
        "es": ["Móvil · Mobile"],
        "it": ["Cell. / Mobile"],
        "pt": ["Cel./Mobile"],
        "hi": ["मोबाइल / Mobile"],
    },
    "fax": {
        "de": ["Fax / Télécopie"],
        "fr": ["Fax / Télécopie"],
        "nl": ["Fax / Télécopie"],
        "en": ["Fax / Télécopie"],
        "es": ["Fax / Telefax"],
        "it": ["Fax / Telefax"],
        "pt": ["Fax/Fax"],
        "hi": ["फ़ैक्स / Fax"],
    },
    "svc": {
        "de": ["Hotline (DE/EN)", "Service · Servizio"],
        "fr": ["Service clients (FR/NL)"],
        "nl": ["Klantenservice (NL/FR)"],
        "en": ["Helpline (EN/ES)"],
        "es": ["Atención al cliente (ES/EN)"],
        "it": ["Assistenza · Service"],
        "pt": ["Atendimento / Service"],
        "hi": ["हेल्पलाइन (हिंदी/English)"],
    },
    "mail": {
        "de": ["E-Mail / Courriel"],
        "fr": ["Courriel / E-mail"],
        "nl": ["E-mail / Courriel"],
        "en": ["Email / Courriel"],
        "es": ["Correo/E-mail"],
        "it": ["E-mail / Posta"],
        "pt": ["E-mail/Email"],
        "hi": ["ईमेल / E-mail"],
    },
}
# which genres each phrasing (by index, the same meaning in every language) fits
PH_GENRES = {
    "ph": [
        "invoice delivery notice sheet",
        "*",
        "*",
        "delivery invoice notice",
        "school",
        "medical notice form directory",
        "job_ad cv contract notice minutes directory",
        "notice contract minutes directory",
        "minutes notice school",
        "medical",
    ],
    "ph_mail": [
        "form notice school contract directory sheet cv medical",
        "job_ad cv",
        "invoice delivery contract notice",
        "minutes",
    ],
    "ph_iban": ["invoice notice contract form", "school", "contract form"],
    "ph_card": ["invoice notice form", "form notice"],
    "ph_ssn": ["form contract", "medical form"],
}


def fill(tpl, val, fields):
    """Template text with {P} (the value) and named fields -> parts."""
    if "{P}" not in tpl:
        return [tpl.format_map(fields)]
    a, b = tpl.split("{P}", 1)
    return [a.format_map(fields), val, b.format_map(fields)]


class Ctx:
    def __init__(self, rng, L, locale, region, lang, fake, meta):
        self.rng, self.L, self.locale, self.region, self.lang, self.fake = rng, L, locale, region, lang, fake
        self.meta = meta
        self.pdf = False
        self.genre = ""
        self.used = set()
        self.city, self.area = "", None
        self.fields = {}

    # ---- helpers -----------------------------------------------------------------------------------------
    def ch(self, seq):
        return self.rng.choice(seq)

    def count(self, key, item):
        self.meta.setdefault(key, Counter())[item] += 1

    def person(self):
        return f"{self.fake.first_name()} {self.fake.last_name()}"

    def street(self):
        return R.street(self)

    def cityline(self):
        return R.cityline(self)

    def company_name(self):
        return R.company_name(self)

    def dob(self):
        day = N.datetime.date(self.rng.randint(1948, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return N.fmt_date(day, self.region)

    def date(self, style=0):
        return N.fmt_date(N.a_date(self.rng), self.region, style)

    # ---- labels and lines ------------------------------------------------------------------------------
    def label_key(self, val):
        if val["kind"] == "PHONE":
            if val["mode"] == "other":
                return "svc"
            return val.get("_lk", "tel")
        return {"EMAIL": "mail", "IBAN": "iban", "CREDIT_CARD": "card", "IP_ADDRESS": "ip", "US_SSN": "ssn"}[
            val["kind"]
        ]

    def shape_line(self, label, val, key=None, shapes=None):
        names = shapes or list(SHAPES)
        if key not in SYMBOL:
            names = [n for n in names if n != "symbol"] or ["bare"]
        name = self.ch(names)
        if self.pdf and name not in ("symbol", "trailing_paren") and self.rng.random() < 0.6:
            name = "wide"
        self.count("shape", name)
        a, b = SHAPES[name].split("{V}")
        f = {"L": label, "W": " " * self.rng.randint(3, 14), "S": SYMBOL.get(key, "")}
        return [a.format(**f), val, b.format(**f)]

    def value_line(self, val, shapes=None):
        key = self.label_key(val)
        return self.shape_line(self.ch(self.L[key]), val, key, shapes)

    def multi_line(self, val):
        key = self.label_key(val)
        if key not in MULTI:
            return self.value_line(val)
        shapes = ["bare", "tab", "wide", "en_dash", "pipe"]
        return self.shape_line(self.ch(MULTI[key][self.lang]), val, key, shapes)

    def phrase(self, val):
        key = self.label_key(val)
        pool = {
            "tel": "ph",
            "mob": "ph",
            "fax": "ph_fax",
            "svc": "ph_svc",
            "mail": "ph_mail",
            "iban": "ph_iban",
            "card": "ph_card",
            "ip": "ph_ip",
            "ssn": "ph_ssn",
        }[key]
        fits = PH_GENRES.get(pool, [])
        idx = [
            i
            for i in range(len(self.L[pool]))
            if i >= len(fits) or fits[i] == "*" or self.genre in fits[i].split()
        ]
        fresh = [i for i in idx if (pool, i) not in self.used]
        i = self.ch(fresh or idx or list(range(len(self.L[pool]))))
        self.used.add((pool, i))
        self.count("phrasing", f"{self.lang}:{pool}:{i}")
        return fill(self.L[pool][i], val, self.fields | {"name": self.person()})

    # ---- negatives --------------------------------------------------------------------------------------
    def labels(self, kind):
        lab = self.L["neg"].get(kind, [])
        return lab.get(self.region, lab.get("*", [])) if isinstance(lab, dict) else lab

    def neg_kinds(self, kinds):
        ks = [k for k in kinds if self.labels(k)]
        return ks or [k for k in self.L["neg"] if self.labels(k)]

    def neg(self, kind):
        self.count("neg_kind", kind)
        return self.ch(self.labels(kind)), N.KINDS[kind][0](self.rng, self.region)

    def neg_line(self, kinds, sentence=None):
        k = self.ch(self.neg_kinds(kinds))
        label, text = self.neg(k)
        if sentence is None:
            sentence = self.rng.random() < 0.3 and k not in MEASURES
        if sentence:
            tpl = self.ch(self.L["neg_sent"] if k in PAYABLE else self.L["neg_sent"][1:])
            if self.lang != "de" and not tpl.startswith("{label}") and label[1:2].islower():
                label = label[0].lower() + label[1:]
            return [tpl.format_map(self.fields | {"label": label, "N": text})]
        shapes = ["bare", "tab", "bracket", "pipe", "en_dash", "wide", "nbsp"]
        return self.shape_line(label, text, None, shapes)

    # ---- placements ----------------------------------------------------------------------------------------
    def place(self, val, where):
        self.count("placement", f"{where}:{self.lang}")
        val["_placement"] = where
        L = self.L
        if where in ("letterhead", "footer", "signature", "form_field", "pdf_header"):
            return self.value_line(val)
        if where == "multi_footer":
            return self.multi_line(val)
        if where == "sentence":
            return self.phrase(val)
        if where == "ps":
            return [L["ps"] + " "] + self.phrase(val)
        if where == "note":
            return [L["note"] + " "] + self.phrase(val)
        if where == "stamp":
            head = f"[{L['stamp']}: {self.fields['company']} · "
            return [head] + self.value_line(val, ["bare", "nbsp"]) + ["]"]
        if where == "action":
            who = self.person()
            tpl = self.ch(L["mn"]["action"])
            return [f"→ {who}: "] + self.phrase(val) + [" " + tpl.format_map(self.fields | {"name": who})]
        raise ValueError(where)


# ---- rosters ---------------------------------------------------------------------------------------------
# negatives a payment can quote (the first neg_sent template), and those that only stand as a label line
PAYABLE = set(
    "invoice_no customer_no order_no contract_no payment_ref account_ref mandate_ref policy_no "
    "claim_no quote_no delivery_no".split()
)
MEASURES = set(
    "date time_range amount measurement weight coordinates opening_hours meter_reading "
    "blood_pressure salary page pallet_count postcode po_box room isbn issn version mac_address "
    "license_key ean plate vin".split()
)
ROSTER_FORMATS = (
    "semicolon_csv",
    "fixed_width",
    "ascii_grid",
    "inline_semicolon",
    "label_blocks",
    "day_rota",
    "surname_caps",
    "dept_bracket",
)


def roster(ctx, entries, fmt, titles=None):
    """entries: list of (name, role, value). Returns a list of blocks."""
    L = ctx.L
    ctx.count("roster_format", fmt)
    cols = L["roster_cols"]
    title = ctx.ch(titles or L["roster_titles"]).format_map(ctx.fields)
    out = [[title]]
    if fmt == "semicolon_csv":
        q = ctx.rng.random() < 0.5
        rows = [";".join(cols)]
        lines = []
        for n, r, v in entries:
            nm = f'"{n}"' if q else n
            lines += [f"{nm};{r};", v, "\n"]
        out.append([rows[0] + "\n"] + lines[:-1])
    elif fmt in ("fixed_width", "ascii_grid"):
        w0 = max(len(cols[0]), *(len(n) for n, _, _ in entries)) + 2
        w1 = max(len(cols[1]), *(len(r) for _, r, _ in entries)) + 2
        w2 = max(len(cols[2]), *(len(v["text"]) for _, _, v in entries)) + 2
        if fmt == "fixed_width":
            block = [f"{cols[0]:<{w0}}{cols[1]:<{w1}}{cols[2]}\n", "-" * (w0 + w1 + w2) + "\n"]
            for n, r, v in entries:
                block += [f"{n:<{w0}}{r:<{w1}}", v, "\n"]
        else:
            sep = f"+{'-' * (w0 + 1)}+{'-' * (w1 + 1)}+{'-' * (w2 + 1)}+\n"
            block = [sep, f"| {cols[0]:<{w0}}| {cols[1]:<{w1}}| {cols[2]:<{w2}}|\n", sep]
            for n, r, v in entries:
                block += [f"| {n:<{w0}}| {r:<{w1}}| ", v, " " * (w2 - len(v["text"])) + "|\n"]
            block.append(sep)
        out.append(block[:-1] + [block[-1].rstrip("\n")] if isinstance(block[-1], str) else block)
    elif fmt == "inline_semicolon":
        block = [ctx.ch(L["roster_inline"]) + " "]
        for i, (n, r, v) in enumerate(entries):
            block += [f"{n} ({r}) ", v, "; " if i < len(entries) - 1 else "."]
        out = [[title + "\n"] + block]
    elif fmt == "label_blocks":
        for n, r, v in entries:
            out.append([f"{cols[0]}: {n}\n{L['roster_role']}: {r}\n{cols[2]}: ", v])
    elif fmt == "day_rota":
        days = L["days"]
        block = []
        for i, (n, _, v) in enumerate(entries):
            block += [f"{days[i % len(days)]}\t{n}\t", v, "\n"]
        out.append(block[:-1])
    elif fmt == "surname_caps":
        block = []
        for n, r, v in entries:
            first, _, last = n.rpartition(" ")
            block += [f"{last.upper()} {first}, {r}  ", v, "\n"]
        out.append(block[:-1])
    else:
        block = []
        for n, r, v in entries:
            block += [f"[{r}] {n}: ", v, "\n"]
        out.append(block[:-1])
    if ctx.rng.random() < 0.6:
        out.append([ctx.ch(L["roster_notes"]).format_map(ctx.fields)])
    return out


# ---- plain tables (negatives, IP inventories) --------------------------------------------------------------
TABLE_STYLES = ("semicolon", "ascii_grid", "fixed", "pipe_plain")


def table(ctx, header, rows, style):
    """rows: lists of cells, each a str or a value dict."""
    ctx.count("table_style", style)
    width = lambda c: len(c["text"]) if isinstance(c, dict) else len(c)  # noqa: E731
    ws = [max(width(r[i]) for r in [header] + rows) + 2 for i in range(len(header))]
    parts = []
    if style == "ascii_grid":
        sep = "+" + "+".join("-" * (w + 1) for w in ws) + "+\n"
        parts.append(sep)
    for j, row in enumerate([header] + rows):
        for i, c in enumerate(row):
            last = i == len(row) - 1
            if style == "semicolon":
                pre, post = "", ("" if last else ";")
            elif style == "ascii_grid":
                pre, post = ("| " if i == 0 else " "), " " * (ws[i] - width(c)) + "|"
            elif style == "pipe_plain":
                pre, post = "", ("" if last else " | ")
            else:
                pre, post = "", ("" if last else " " * (ws[i] - width(c)))
            parts += [pre, c, post]
        parts.append("\n")
        if style == "ascii_grid" and j == 0:
            parts.append(sep)
    if style == "ascii_grid":
        parts.append(sep)
    while parts and isinstance(parts[-1], str) and parts[-1].endswith("\n"):
        parts[-1] = parts[-1].rstrip("\n")
        if not parts[-1]:
            parts.pop()
        else:
            break
    return parts


# ---- PDF-to-text quirks -----------------------------------------------------------------------------------
def pdf_text(rng, s):
    s = s.replace("fi", "ﬁ") if rng.random() < 0.3 else s
    s = s.replace("fl", "ﬂ") if rng.random() < 0.3 else s
    s = re.sub(r"\. (?=[A-ZÄÖÜÉ])", lambda m: ".  " if rng.random() < 0.5 else m.group(), s)

    def hyph(m):
        w = m.group()
        if rng.random() < 0.04:
            k = rng.randint(3, len(w) - 3)
            return w[:k] + "-\n" + w[k:]
        return w

    return re.sub(r"(?<![\w(\"])[^\W\d_]{9,}\b", hyph, s)


def build(blocks, rng, pdf=False, page_line=None):
    """Join blocks into (text, spans, values); pdf applies the quirks to plain text only."""
    parts = []
    for i, b in enumerate(blocks):
        if i:
            parts.append("\n\n")
        parts.extend(b)
        if pdf and page_line and i == len(blocks) // 2 and len(blocks) > 4:
            parts.append("\n\n" + page_line[0] + "\n\f" + ("\n" + page_line[1] if page_line[1] else ""))
    text, spans, vals = "", [], []
    for p in parts:
        if isinstance(p, dict):
            start = len(text)
            text += p["text"]
            spans.append({"kind": p["kind"], "start": start, "end": len(text)})
            vals.append(p)
        else:
            text += pdf_text(rng, p) if pdf else p
    return text, spans, vals


def masked(text, spans):
    out, last = [], 0
    for s in spans:
        out += [text[last : s["start"]], "[MASK]"]
        last = s["end"]
    return "".join(out + [text[last:]])
