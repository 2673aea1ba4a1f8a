"""Hard negatives of the v23 set: digit strings from business and official papers that are not phone numbers
(nor cards, IBANs, SSNs, IPs), many in the lengths and groupings a phone number could have. Each kind is a
generator (rng, region) -> text; the labels that announce them come from the language modules (NEG)."""

import datetime

from . import values as V

KINDS = {}


def kind(name, tags):
    def deco(fn):
        KINDS[name] = (fn, tags.split())
        return fn

    return deco


def d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1)) if n else ""


def z(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def up(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def year(rng):
    return str(rng.randint(2017, 2025))


def pick(rng, *opts):
    return rng.choice(opts)()


def dec(r):
    return "." if r in ("US", "GB", "IN", "AU", "IE") else ","


def th(r):
    if r in ("US", "GB", "IN", "AU", "IE"):
        return ","
    return "." if r in ("DE", "AT", "ES", "IT", "NL", "BR") else " "


# ---- locale formatting (dates, amounts) -------------------------------------------------------------------
def a_date(rng):
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(-900, 500))


def fmt_date(dt, region, style=0):
    if style == 1:
        return dt.isoformat()
    if region == "US":
        return f"{dt.month:02d}/{dt.day:02d}/{dt.year}"
    if region in ("DE", "AT", "CH"):
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year}"
    if region in ("NL",):
        return f"{dt.day:02d}-{dt.month:02d}-{dt.year}"
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}"


def fmt_amount(x, region):
    whole, cents = f"{x:.2f}".split(".")
    if region == "IN":
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        whole = ",".join(([head] if head else []) + groups + [tail]) if len(whole) > 3 else whole
        return f"{whole}.{cents}"
    g = f"{int(whole):,}"
    if region in ("US", "GB", "AU", "IE"):
        return f"{g}.{cents}"
    if region == "CH":
        return g.replace(",", "'") + "." + cents
    if region in ("FR", "BE"):
        return g.replace(",", "\u202f") + "," + cents
    return g.replace(",", ".") + "," + cents


VAT = {
    "US": 8.875,
    "GB": 20,
    "IN": 18,
    "AU": 10,
    "IE": 23,
    "DE": 19,
    "AT": 20,
    "CH": 8.1,
    "FR": 20,
    "BE": 21,
    "ES": 21,
    "IT": 22,
    "NL": 21,
    "BR": 12,
}


def fmt_rate(x, region):
    t = f"{x:g}"
    return t if dec(region) == "." else t.replace(".", ",")


CURRENCY = {
    "US": "$",
    "GB": "£",
    "IN": "₹",
    "AU": "A$",
    "IE": "€",
    "DE": "€",
    "AT": "€",
    "CH": "CHF",
    "FR": "€",
    "BE": "€",
    "ES": "€",
    "IT": "€",
    "NL": "€",
    "BR": "R$",
}


def money(rng, region, lo=20, hi=9000):
    x = rng.randint(lo * 100, hi * 100) / 100
    c, a = CURRENCY[region], fmt_amount(x, region)
    return f"{c} {a}" if region in ("US", "GB", "IN", "AU", "BR", "CH") or c == "A$" else f"{a} {c}"


# ---- business ---------------------------------------------------------------------------------------------
@kind("invoice_no", "biz")
def invoice_no(rng, r):
    return pick(
        rng,
        lambda: f"{year(rng)}-{z(rng, 5)}",
        lambda: f"RE{year(rng)[2:]}{z(rng, 6)}",
        lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        lambda: f"{year(rng)}/{z(rng, 4)}",
        lambda: f"{d(rng, 2)}-{z(rng, 4)}-{z(rng, 3)}",
        lambda: f"F{year(rng)[2:]}-{z(rng, 7)}",
    )


@kind("customer_no", "biz gen")
def customer_no(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 2)} {z(rng, 3)} {z(rng, 3)}",
        lambda: f"K-{z(rng, 6)}",
        lambda: d(rng, 8),
        lambda: f"{d(rng, 4)} {z(rng, 4)}",
        lambda: f"{d(rng, 3)}-{z(rng, 3)}-{z(rng, 3)}",
    )


@kind("order_no", "biz")
def order_no(rng, r):
    return pick(
        rng,
        lambda: f"4500 {z(rng, 3)} {z(rng, 3)}",
        lambda: f"PO-{d(rng, 7)}",
        lambda: f"{d(rng, 3)}-{z(rng, 7)}-{z(rng, 7)}",
        lambda: f"{year(rng)}{z(rng, 6)}",
        lambda: f"B{d(rng, 2)}/{z(rng, 5)}",
    )


@kind("delivery_no", "biz")
def delivery_no(rng, r):
    return pick(
        rng,
        lambda: "80" + z(rng, 6),
        lambda: f"LS {year(rng)}/{z(rng, 4)}",
        lambda: f"{d(rng, 3)} {z(rng, 4)}",
        lambda: f"DN-{z(rng, 7)}",
    )


@kind("quote_no", "biz")
def quote_no(rng, r):
    return pick(
        rng,
        lambda: f"AN-{year(rng)}-{z(rng, 4)}",
        lambda: f"{d(rng, 2)}/{z(rng, 5)}",
        lambda: f"Q{z(rng, 8)}",
    )


@kind("contract_no", "biz legal")
def contract_no(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 1)} {z(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        lambda: f"V-{year(rng)}-{z(rng, 5)}",
        lambda: f"{d(rng, 4)}.{z(rng, 4)}.{z(rng, 2)}",
        lambda: f"{d(rng, 2)}/{z(rng, 6)}",
    )


@kind("article_no", "biz sheet")
def article_no(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 3)}.{z(rng, 3)}.{z(rng, 2)}",
        lambda: f"{d(rng, 2)}-{z(rng, 4)}-{z(rng, 2)}",
        lambda: d(rng, 6),
        lambda: f"ART {d(rng, 5)}",
        lambda: f"{d(rng, 4)} {z(rng, 3)}",
    )


@kind("batch_no", "biz med sheet")
def batch_no(rng, r):
    dt = a_date(rng)
    return pick(
        rng,
        lambda: f"{dt:%y%m%d}-{z(rng, 2)}",
        lambda: f"L{d(rng, 4)} {z(rng, 4)}",
        lambda: f"CH{z(rng, 7)}",
        lambda: f"{up(rng, 1)}{z(rng, 5)}",
    )


@kind("serial_no", "biz it sheet")
def serial_no(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 4)}-{z(rng, 4)}-{z(rng, 3)}",
        lambda: f"{d(rng, 2)} {z(rng, 3)} {z(rng, 4)}",
        lambda: f"{up(rng, 2)}{z(rng, 8)}",
        lambda: f"{up(rng, 3)}-{d(rng, 6)}",
    )


@kind("parcel_no", "biz")
def parcel_no(rng, r):
    return pick(
        rng,
        lambda: "00" + z(rng, 18),
        lambda: f"RR {d(rng, 3)} {z(rng, 3)} {z(rng, 3)} {rng.choice(list(V.CC))}",
        lambda: f"{d(rng, 4)} {z(rng, 4)} {z(rng, 4)}",
        lambda: f"JJD{z(rng, 18)}",
        lambda: f"1Z {up(rng, 3)} {z(rng, 3)} {z(rng, 2)} {z(rng, 4)} {z(rng, 3)}",
    )


@kind("account_ref", "biz gen")
def account_ref(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 4)} {z(rng, 4)} {z(rng, 2)}",
        lambda: f"{d(rng, 3)} {z(rng, 4)} {z(rng, 3)}",
        lambda: f"{d(rng, 2)}-{z(rng, 6)}-{z(rng, 2)}",
    )


@kind("vat_id", "biz")
def vat_id(rng, r):
    return {
        "DE": lambda: f"DE {d(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        "AT": lambda: f"ATU{z(rng, 8)}",
        "CH": lambda: f"CHE-{d(rng, 3)}.{z(rng, 3)}.{z(rng, 3)} MWST",
        "FR": lambda: f"FR {z(rng, 2)} {d(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        "BE": lambda: f"BE 0{d(rng, 3)}.{z(rng, 3)}.{z(rng, 3)}",
        "ES": lambda: f"ES{up(rng, 1)}{z(rng, 8)}",
        "IT": lambda: f"IT{z(rng, 11)}",
        "NL": lambda: f"NL{z(rng, 9)}B0{rng.randint(1, 9)}",
        "GB": lambda: f"GB {d(rng, 3)} {z(rng, 4)} {z(rng, 2)}",
        "IE": lambda: f"IE{z(rng, 7)}{up(rng, 1)}",
        "IN": lambda: f"{rng.randint(10, 36)}{up(rng, 5)}{z(rng, 4)}{up(rng, 1)}1Z{up(rng, 1)}",
        "BR": lambda: f"{z(rng, 2)}.{z(rng, 3)}.{z(rng, 3)}/0001-{z(rng, 2)}",
        "AU": lambda: f"{d(rng, 2)} {z(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        "US": lambda: f"{d(rng, 2)}-{z(rng, 7)}",
    }[r]()


@kind("tax_no", "biz hr")
def tax_no(rng, r):
    return {
        "DE": lambda: f"{d(rng, 3)}/{z(rng, 3)}/{z(rng, 5)}",
        "AT": lambda: f"{d(rng, 2)}-{z(rng, 3)}/{z(rng, 4)}",
        "GB": lambda: f"{d(rng, 5)} {z(rng, 5)}",
        "US": lambda: f"{d(rng, 2)}-{z(rng, 7)}",
        "IN": lambda: f"{up(rng, 5)}{z(rng, 4)}{up(rng, 1)}",
        "ES": lambda: f"B-{z(rng, 8)}",
        "IT": lambda: f"{z(rng, 11)}",
        "FR": lambda: f"{d(rng, 2)} {z(rng, 2)} {z(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        "NL": lambda: f"{d(rng, 4)}.{z(rng, 2)}.{z(rng, 3)}",
        "BR": lambda: f"{z(rng, 2)}.{z(rng, 3)}.{z(rng, 3)}/{z(rng, 4)}-{z(rng, 2)}",
        "BE": lambda: f"0{d(rng, 3)}.{z(rng, 3)}.{z(rng, 3)}",
        "CH": lambda: f"{d(rng, 3)}.{z(rng, 3)}.{z(rng, 3)}",
        "AU": lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        "IE": lambda: f"{z(rng, 7)}{up(rng, 2)}",
    }[r]()


@kind("company_reg", "biz legal")
def company_reg(rng, r):
    return {
        "DE": lambda: f"HRB {d(rng, rng.choice((5, 6)))}",
        "AT": lambda: f"FN {d(rng, 6)} {rng.choice('abdfghkmpsx')}",
        "GB": lambda: f"{z(rng, 8)}",
        "FR": lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        "BE": lambda: f"0{d(rng, 3)}.{z(rng, 3)}.{z(rng, 3)}",
        "NL": lambda: f"{d(rng, 4)} {z(rng, 4)}",
        "IT": lambda: f"MI-{d(rng, 7)}",
        "ES": lambda: f"Tomo {d(rng, 5)}, Folio {d(rng, 3)}, Hoja M-{d(rng, 6)}",
        "BR": lambda: f"{d(rng, 11)}",
        "IN": lambda: f"U{d(rng, 5)}KA{year(rng)}PTC{z(rng, 6)}",
        "US": lambda: f"{d(rng, 7)}",
        "AU": lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        "IE": lambda: d(rng, 6),
        "CH": lambda: f"CH-{d(rng, 3)}.{z(rng, 1)}.{z(rng, 3)}.{z(rng, 3)}-{z(rng, 1)}",
    }[r]()


@kind("bank_code", "biz")
def bank_code(rng, r):
    return {
        "DE": lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 2)}",
        "AT": lambda: d(rng, 5),
        "GB": lambda: f"{d(rng, 2)}-{z(rng, 2)}-{z(rng, 2)}",
        "US": lambda: f"0{z(rng, 8)}",
        "IT": lambda: f"{z(rng, 5)} {z(rng, 5)}",
        "IN": lambda: f"{up(rng, 4)}0{z(rng, 6)}",
        "BR": lambda: f"{d(rng, 4)}-{z(rng, 1)}",
        "FR": lambda: f"{d(rng, 5)} {z(rng, 5)}",
        "ES": lambda: f"{d(rng, 4)} {z(rng, 4)}",
        "AU": lambda: f"{d(rng, 3)}-{z(rng, 3)}",
        "NL": lambda: f"{up(rng, 4)}NL2A",
        "BE": lambda: f"{up(rng, 4)}BEBB",
        "CH": lambda: d(rng, 5),
        "IE": lambda: f"{d(rng, 2)}-{z(rng, 2)}-{z(rng, 2)}",
    }[r]()


@kind("old_account", "biz")
def old_account(rng, r):
    return pick(
        rng,
        lambda: d(rng, 10),
        lambda: d(rng, 8),
        lambda: f"{d(rng, 5)}-{z(rng, 1)}",
        lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 4)}",
    )


@kind("bad_iban", "biz")
def bad_iban(rng, r):
    c = r if r in V.IBAN_LEN else rng.choice(list(V.IBAN_LEN))
    good = V.make_iban(rng, c, "compact")
    while True:
        i = rng.randrange(4, len(good))
        if not good[i].isdigit():
            continue
        bad = good[:i] + str((int(good[i]) + rng.randint(1, 9)) % 10) + good[i + 1 :]
        if V.mod97(bad) != 1:
            break
    return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4)) if rng.random() < 0.7 else bad


@kind("bic", "biz")
def bic(rng, r):
    cc = {"US": "US", "GB": "GB", "IN": "IN", "AU": "AU", "IE": "IE"}.get(r, r)
    branch = rng.choice(["", "XXX", up(rng, 3)])
    return f"{up(rng, 4)}{cc}{up(rng, 1)}{rng.choice('0123456789ABCDEFGH')}{branch}"


@kind("mandate_ref", "biz")
def mandate_ref(rng, r):
    return pick(
        rng,
        lambda: f"M-{year(rng)}-{z(rng, 6)}",
        lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 3)}-01",
        lambda: f"SEPA{z(rng, 9)}",
    )


@kind("payment_ref", "biz")
def payment_ref(rng, r):
    return pick(
        rng,
        lambda: f"RE {year(rng)} {z(rng, 5)}",
        lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 4)}",
        lambda: f"+++{z(rng, 3)}/{z(rng, 4)}/{z(rng, 5)}+++",
        lambda: f"{d(rng, 2)}{z(rng, 8)}",
    )


@kind("hs_code", "biz sheet")
def hs_code(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 4)} {z(rng, 2)} {z(rng, 2)}",
        lambda: f"{d(rng, 4)}.{z(rng, 2)}.{z(rng, 2)}",
        lambda: d(rng, 8),
    )


def _ean13(rng):
    body = rng.choice(
        ["400", "401", "402", "300", "301", "800", "871", "890", "789", "840", "500", "840"]
    ) + z(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


@kind("ean", "biz sheet")
def ean(rng, r):
    e = _ean13(rng)
    return pick(rng, lambda: e, lambda: f"{e[0]} {e[1:7]} {e[7:]}")


@kind("duns", "biz")
def duns(rng, r):
    return pick(rng, lambda: f"{z(rng, 2)}-{z(rng, 3)}-{z(rng, 4)}", lambda: z(rng, 9))


@kind("container_no", "biz")
def container_no(rng, r):
    return f"{rng.choice(['MSKU', 'HLXU', 'CMAU', 'TGHU', 'MSCU'])} {z(rng, 6)} {z(rng, 1)}"


@kind("customs_mrn", "biz")
def customs_mrn(rng, r):
    cc = rng.choice(["DE", "NL", "BE", "FR", "IT"])
    return f"{year(rng)[2:]}{cc}{z(rng, 6)}{up(rng, 2)}{z(rng, 6)}{rng.randint(0, 9)}"


@kind("sscc", "biz sheet")
def sscc(rng, r):
    return f"(00) {z(rng, 1)} {z(rng, 7)} {z(rng, 9)} {z(rng, 1)}"


@kind("pallet_count", "biz")
def pallet_count(rng, r):
    return f"{rng.randint(2, 34)} / {rng.randint(120, 980)} kg"


# ---- legal / admin ----------------------------------------------------------------------------------------
@kind("case_no", "legal")
def case_no(rng, r):
    y2 = year(rng)[2:]
    return {
        "DE": lambda: f"{d(rng, 1)} {rng.choice(['O', 'C', 'S', 'U'])} {d(rng, 3)}/{y2}",
        "AT": lambda: f"{d(rng, 2)} Cg {d(rng, 3)}/{y2}",
        "CH": lambda: f"{up(rng, 2)}{y2}{z(rng, 4)}",
        "US": lambda: f"{d(rng, 1)}:{y2}-cv-{z(rng, 5)}",
        "GB": lambda: f"{up(rng, 1)}{z(rng, 2)}{up(rng, 2)}{z(rng, 3)}",
        "FR": lambda: f"RG {y2}/{z(rng, 5)}",
        "IT": lambda: f"R.G. {d(rng, 5)}/{year(rng)}",
        "ES": lambda: f"{z(rng, 7)}/{year(rng)}",
        "NL": lambda: f"C/{z(rng, 2)}/{d(rng, 6)}",
        "BE": lambda: f"{year(rng)}/AR/{d(rng, 4)}",
        "BR": lambda: f"{z(rng, 7)}-{z(rng, 2)}.{year(rng)}.8.26.{z(rng, 4)}",
        "IN": lambda: f"W.P.(C) {d(rng, 4)}/{year(rng)}",
        "AU": lambda: f"NSD{d(rng, 4)}/{year(rng)}",
        "IE": lambda: f"{year(rng)}/{d(rng, 4)}P",
    }[r]()


@kind("file_ref", "legal gen")
def file_ref(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 2)}/{year(rng)}-{z(rng, 3)}",
        lambda: f"{up(rng, 2)}-{d(rng, 3)}-{z(rng, 4)}/{year(rng)[2:]}",
        lambda: f"{d(rng, 3)}.{z(rng, 2)}/{z(rng, 4)}",
        lambda: f"{up(rng, 1)} {d(rng, 4)} {z(rng, 3)}",
    )


@kind("land_parcel", "legal")
def land_parcel(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 4)}/{d(rng, 1)}",
        lambda: f"{d(rng, 3)}/{d(rng, 2)}, {rng.randint(120, 9800)} m²",
        lambda: f"{up(rng, 2)}{z(rng, 6)}",
    )


@kind("resolution_no", "legal")
def resolution_no(rng, r):
    return pick(
        rng,
        lambda: f"{year(rng)}/{z(rng, 2)}",
        lambda: f"{d(rng, 3)}/{year(rng)[2:]}",
        lambda: f"{d(rng, 1)}.{d(rng, 1)}",
    )


@kind("policy_no", "biz legal med")
def policy_no(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 3)} {z(rng, 4)} {z(rng, 3)}",
        lambda: f"{up(rng, 2)}-{z(rng, 4)} {z(rng, 4)}",
        lambda: f"{d(rng, 2)}.{z(rng, 3)}.{z(rng, 3)}.{z(rng, 1)}",
        lambda: d(rng, 10),
    )


@kind("claim_no", "biz legal")
def claim_no(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 2)}-{z(rng, 1)} {z(rng, 3)} {z(rng, 3)}",
        lambda: f"S{year(rng)}{z(rng, 5)}",
        lambda: f"{d(rng, 3)}-{z(rng, 5)}-{year(rng)[2:]}",
    )


@kind("permit_no", "legal")
def permit_no(rng, r):
    return pick(rng, lambda: f"{d(rng, 3)}/{year(rng)}/{z(rng, 4)}", lambda: f"BA-{year(rng)}-{z(rng, 4)}")


from . import negs_b  # noqa: E402,F401  (registers the remaining kinds)
