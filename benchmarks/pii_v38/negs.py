"""Hard negatives of household paperwork: number-like strings that are not PII of the six kinds.

Each generator takes (rng, lang) and returns a string; compose.py screens every value (screen.py) and draws
again when phonenumbers or a guard flags it. Checksummed identifiers are made valid with python-stdnum.
"""

from stdnum import ean, isin, iso11649
from stdnum.be import ogm_vcs
from stdnum.br import cpf
from stdnum.in_ import pan
from stdnum.us import rtn

from . import negs_ids
from .negs_common import DIG, UP, _a, _d, _num, _until

CUR = {
    "en": ["£", "$", "€", "A$"],
    "de": ["€", "CHF"],
    "fr": ["€", "CHF"],
    "es": ["€"],
    "it": ["€"],
    "nl": ["€"],
    "pt": ["€", "R$"],
    "hi": ["₹", "रु."],
}


def amount(rng, lang):
    x = rng.choice([rng.uniform(3, 99), rng.uniform(100, 2500), rng.uniform(2500, 480000)])
    cur = rng.choice(CUR[lang])
    if lang == "hi" or cur == "₹":
        whole = int(x)
        s = str(whole)
        if len(s) > 3:
            head, tail = s[:-3], s[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            s = ",".join([head] + groups + [tail]) if head else ",".join(groups + [tail])
        return f"{cur}{s}.{int(x * 100) % 100:02d}"
    n = _num(x, lang)
    if lang in ("en",) or cur in ("R$",):
        return f"{cur}{n}" if cur != "R$" else f"R$ {n}"
    return rng.choice([f"{n} {cur}", f"{cur} {n}"])


def rate(rng, lang):
    x = rng.uniform(0.4, 24.9)
    n = _num(x, lang, rng.choice([1, 2]))
    return f"{n}%" if lang in ("en", "hi") else f"{n} %"


def masked_card(rng, lang):
    last = _d(rng, 4, DIG)
    return rng.choice(
        [
            f"•••• {last}",
            f"XXXX XXXX XXXX {last}",
            f"**** **** **** {last}",
            f"…{last}",
            f"ending {last}" if lang == "en" else f"*{last}",
        ]
    )


def masked_iban(rng, lang):
    cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "en": "GB", "hi": "GB"}[
        lang
    ]
    return rng.choice(
        [
            f"{cc}{_d(rng, 2, DIG)} **** **** **** {_d(rng, 2, DIG)}",
            f"{cc}{_d(rng, 2, DIG)} XXXX XXXX XXXX XX{_d(rng, 2, DIG)}",
            f"{cc}•• •••• {_d(rng, 4, DIG)}",
        ]
    )


def customer_no(rng, lang):
    return rng.choice([_d(rng, 8), f"{_d(rng, 3)} {_d(rng, 3, DIG)} {_d(rng, 3, DIG)}", f"K-{_d(rng, 7)}"])


def contract_no(rng, lang):
    return rng.choice(
        [f"{_a(rng, 2)}-{rng.randint(2019, 2026)}-{_d(rng, 6, DIG)}", f"{_d(rng, 4)}/{_d(rng, 5, DIG)}"]
    )


def meter_no(rng, lang):
    return rng.choice(
        [
            f"1{_a(rng, 3)}{_d(rng, 10, DIG)}",
            f"Z {_d(rng, 4)} {_d(rng, 4, DIG)} {_d(rng, 2, DIG)}",
            f"{_a(rng, 3)}{_d(rng, 8, DIG)}",
        ]
    )


def meter_reading(rng, lang):
    x = rng.uniform(1000, 98000)
    unit = rng.choice(["kWh", "m³"])
    n = _num(x, lang, 1)
    if lang == "fr":
        n = n.replace("\u202f", " ")
    return f"{n} {unit}"


def invoice_no(rng, lang):
    pre = {"en": "INV", "de": "RE", "fr": "FA", "es": "FAC", "it": "FT", "nl": "FN", "pt": "FT", "hi": "INV"}[
        lang
    ]
    return rng.choice(
        [f"{pre}-{rng.randint(24, 26)}-{_d(rng, 6, DIG)}", f"{pre} {rng.randint(2024, 2026)}/{_d(rng, 5)}"]
    )


def txn_id(rng, lang):
    hexd = "0123456789ABCDEF"
    return rng.choice(
        [
            "".join(rng.choice(hexd) for _ in range(12)),
            f"TX{_d(rng, 4)}-{_a(rng, 2)}{_d(rng, 4, DIG)}",
            "-".join("".join(rng.choice(hexd) for _ in range(4)) for _ in range(3)),
        ]
    )


def mandate_ref(rng, lang):
    return rng.choice([f"MNDT{_d(rng, 6)}{_a(rng, 2)}", f"M-{_d(rng, 4)}-{_a(rng, 3)}-{_d(rng, 3, DIG)}"])


def creditor_id(rng, lang):
    cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "en": "DE", "hi": "DE"}[
        lang
    ]
    return f"{cc}{_d(rng, 2, DIG)}ZZZ{_d(rng, 11, DIG)}"


def bic(rng, lang):
    cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "en": "GB", "hi": "IN"}[
        lang
    ]
    return (
        _a(rng, 4)
        + cc
        + _a(rng, 1)
        + rng.choice(UP + DIG)
        + rng.choice(["", "XXX", _a(rng, 1) + _d(rng, 2, DIG)])
    )


def sort_code(rng, lang):
    if rng.random() < 0.5:
        return f"{_d(rng, 2)}-{_d(rng, 2, DIG)}-{_d(rng, 2, DIG)}"
    return _until(rng, lambda: rng.choice("0123") + _d(rng, 8, DIG), rtn.is_valid)


def order_no(rng, lang):
    return rng.choice(
        [f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}", f"#{_d(rng, 6)}", f"ORD-{_a(rng, 2)}{_d(rng, 6)}"]
    )


def rma(rng, lang):
    return rng.choice(
        [f"RMA {_d(rng, 2)}-{_d(rng, 5, DIG)}", f"R{_d(rng, 9)}", f"RET-{_a(rng, 3)}-{_d(rng, 4)}"]
    )


def tracking(rng, lang):
    return rng.choice(
        [
            f"1Z{''.join(rng.choice(UP + DIG) for _ in range(6))}{_d(rng, 10, DIG)}",
            f"{_a(rng, 2)}{_d(rng, 9)}{_a(rng, 2)}",
            f"JJD{_d(rng, 18, DIG)}",
        ]
    )


def ean_code(rng, lang):
    body = _d(rng, 12, "4567")
    return body + ean.calc_check_digit(body)


def pledge(rng, lang):
    x = rng.randint(40, 9000)
    pct = rng.randint(12, 340)
    sep = {"en": ",", "hi": ",", "fr": "\u202f"}.get(lang, ".")
    n = f"{x:,}".replace(",", sep)
    w = {
        "en": "backers",
        "de": "Unterstützer",
        "fr": "contributeurs",
        "es": "mecenas",
        "it": "sostenitori",
        "nl": "donateurs",
        "pt": "apoiadores",
        "hi": "समर्थक",
    }[lang]
    return f"{n} {w} · {pct}{'%' if lang in ('en', 'hi') else ' %'}"


def campaign_id(rng, lang):
    return rng.choice(
        [f"#{_a(rng, 2)}-{_d(rng, 5)}", f"c/{_d(rng, 8)}", f"{_a(rng, 1)}{_d(rng, 4)}{_a(rng, 2)}"]
    )


def auth_code(rng, lang):
    return rng.choice([_d(rng, 6, DIG), f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 3)}", _a(rng, 2) + _d(rng, 4)])


def merchant_id(rng, lang):
    return rng.choice([f"MID {_d(rng, 6)}", f"TID {_a(rng, 2)}{_d(rng, 6)}", f"{_d(rng, 4)}-{_a(rng, 3)}"])


def court_file(rng, lang):
    if lang == "de":
        return f"{rng.randint(1, 40)} C {rng.randint(100, 9999)}/{rng.randint(22, 26)}"
    if lang == "en":
        return f"{_a(rng, 1)}{_d(rng, 2)}{_a(rng, 2)}{_d(rng, 3)}"
    return f"{rng.randint(100, 9999)}/{rng.randint(2023, 2026)}"


def rf_ref(rng, lang):
    body = _d(rng, 12)
    chk = iso11649.mod_97_10.calc_check_digits(body + "RF")
    ref = "RF" + chk + body
    return iso11649.format(ref)


def be_ogm(rng, lang):
    base = _d(rng, 10, DIG)
    full = base + ogm_vcs.calc_check_digits(base)
    return f"+++{full[:3]}/{full[3:7]}/{full[7:]}+++"


def mb_ref(rng, lang):
    return f"{_d(rng, 5)} · {_d(rng, 3, '134')} {_d(rng, 3, DIG)} {_d(rng, 3, DIG)}"


def boleto(rng, lang):
    return (
        f"{_d(rng, 5)}.{_d(rng, 5, DIG)} {_d(rng, 5, DIG)}.{_d(rng, 6, DIG)} "
        f"{_d(rng, 5, DIG)}.{_d(rng, 6, DIG)} {_d(rng, 1)} {_d(rng, 14)}"
    )


def ifsc(rng, lang):
    return (
        rng.choice(["SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "CNRB"])
        + "0"
        + "".join(rng.choice(UP + DIG) for _ in range(6))
    )


def upi_ref(rng, lang):
    return rng.choice([f"{_d(rng, 4)}{_a(rng, 2)}{_d(rng, 6, DIG)}", _d(rng, 12, "45")])


def pan_no(rng, lang):
    return _until(rng, lambda: _a(rng, 3) + "P" + _a(rng, 1) + _d(rng, 4) + _a(rng, 1), pan.is_valid)


def isin_code(rng, lang):
    cc = rng.choice(["DE000", "FR001", "NL001", "IE00B", "US0"])
    body = cc + "".join(rng.choice(UP + DIG) for _ in range(11 - len(cc)))
    return body + isin.calc_check_digit(body)


def data_usage(rng, lang):
    a = rng.uniform(0.3, 48)
    b = rng.choice([5, 10, 20, 50, 100])
    w = {"en": "of", "de": "von", "fr": "sur", "es": "de", "it": "di", "nl": "van", "pt": "de", "hi": "में से"}[
        lang
    ]
    return f"{_num(a, lang, 1)} GB {w} {b} GB"


def speed(rng, lang):
    down = rng.choice([50, 100, 250, 500, 1000])
    return f"{down}/{rng.choice([10, 20, 40, 50, 100])} Mbit/s"


def mac(rng, lang):
    hexd = "0123456789ABCDEF"
    sep = rng.choice([":", "-"])
    return sep.join(rng.choice(hexd) + rng.choice(hexd) for _ in range(6))


def change(rng, lang):
    sign = rng.choice(["+", "−", "-"])
    return f"{sign}{_num(rng.uniform(0.1, 18), lang, 1)}{'%' if lang in ('en', 'hi') else ' %'}"


def statement_no(rng, lang):
    return f"{rng.randint(1, 12)}/{rng.randint(2024, 2026)}"


def cheque_no(rng, lang):
    return _d(rng, 6, "0")


def bank_code(rng, lang):
    if lang == "de":
        return f"{_d(rng, 3)} {_d(rng, 3, DIG)} {_d(rng, 2, DIG)}"
    return f"{_d(rng, 5)} {_d(rng, 5, DIG)}"


def unit_price(rng, lang):
    return (
        f"{_num(rng.uniform(18, 45), lang, 2)} ct/kWh"
        if lang != "en"
        else f"{_num(rng.uniform(18, 45), lang, 2)}p/kWh"
    )


def pension_points(rng, lang):
    return _num(rng.uniform(5, 60), lang, 4)


def cpf_no(rng, lang):
    v = _until(rng, lambda: _d(rng, 11), cpf.is_valid)
    return cpf.format(v)


def pagopa(rng, lang):
    v = "3" + _d(rng, 17, DIG)
    return " ".join([v[0:4], v[4:8], v[8:12], v[12:16], v[16:]])


def nl_kenmerk(rng, lang):
    v = _d(rng, 16, "57")
    return " ".join(v[i : i + 4] for i in range(0, 16, 4))


NEGS = {
    name: f
    for name, f in list(globals().items()) + list(vars(negs_ids).items())
    if callable(f)
    and not name.startswith("_")
    and getattr(f, "__module__", "") in (__name__, negs_ids.__name__)
}
