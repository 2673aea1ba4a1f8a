"""More hard-negative kinds, and the picker used by the templates."""

import uuid as _uuid

from .guards import problems
from .neg_labels import STATUTES
from .negatives import KINDS, d, kind, lab, upper
from .values import iban_valid, luhn_ok


def _fail_luhn(rng, digits):
    while luhn_ok(digits):
        digits = digits[:-1] + rng.choice("0123456789")
    return digits


@kind
def population(rng, lang):
    n = rng.randint(1200, 9_800_000)
    txt = f"{n:,}" if lang in ("en",) else f"{n:,}".replace(",", ".")
    if lang == "fr":
        txt = f"{n:,}".replace(",", "\u202f")
    return (
        f"{txt} {lab(rng, 'population', lang)}" if lang != "en" else f"{lab(rng, 'population', lang)} {txt}"
    )


@kind
def stock(rng, lang):
    return f"{lab(rng, 'stock', lang)} {rng.randint(0, 4800)}"


@kind
def cas(rng, lang):
    body = d(rng, rng.randint(2, 6), "123456789") + d(rng, 2)
    check = sum(int(c) * (i + 1) for i, c in enumerate(reversed(body))) % 10
    return f"CAS {body[:-2]}-{body[-2:]}-{check}"


@kind
def patent(rng, lang):
    return rng.choice(
        [
            f"US {rng.randint(9, 11)},{d(rng, 3)},{d(rng, 3)} B2",
            f"EP {d(rng, 1, '1234')} {d(rng, 3)} {d(rng, 3)} A1",
            f"DE 10 20{rng.randint(10, 24)} {d(rng, 3)} {d(rng, 3)} A1",
            f"WO 20{rng.randint(10, 24)}/{d(rng, 6)}",
        ]
    )


@kind
def flight(rng, lang):
    return f"{rng.choice(['LH', 'BA', 'AZ', 'IB', 'KL', 'AF', 'LA', 'AI', 'UA', 'QF', 'OS', 'SN'])}{rng.choice(['', ' '])}{rng.randint(10, 9899)}"


@kind
def ean(rng, lang):
    while True:
        core = rng.choice(["40", "50", "30", "84", "80", "87", "789", "890", "00"]) + d(rng, 10)
        core = core[:12]
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
        full = core + str((10 - total % 10) % 10)
        if not luhn_ok(full):
            return f"EAN {full}"


@kind
def meter(rng, lang):
    sep = "," if lang != "en" else "."
    return f"{lab(rng, 'meter', lang)} {d(rng, 5)}{sep}{rng.randint(0, 9)} {rng.choice(['kWh', 'm³'])}"


@kind
def plate(rng, lang):
    return rng.choice(
        {
            "en": [
                f"{upper(rng, 2)}{rng.randint(10, 24)} {upper(rng, 3)}",
                f"{rng.randint(1, 9)}{upper(rng, 3)}{d(rng, 3)}",
            ],
            "de": [f"{rng.choice(['B', 'M', 'HH', 'K', 'HD', 'TÜ'])}-{upper(rng, 2)} {rng.randint(1, 9999)}"],
            "fr": [f"{upper(rng, 2)}-{d(rng, 3)}-{upper(rng, 2)}"],
            "es": [f"{d(rng, 4)} {upper(rng, 3)}"],
            "it": [f"{upper(rng, 2)} {d(rng, 3)} {upper(rng, 2)}"],
            "nl": [f"{d(rng, 2)}-{upper(rng, 3)}-{d(rng, 1)}"],
            "pt": [f"{upper(rng, 3)}{d(rng, 1)}{upper(rng, 1)}{d(rng, 2)}"],
        }.get(lang, ["AB12 CDE"])
    )


@kind
def bus(rng, lang):
    return f"{lab(rng, 'bus', lang)} {rng.choice([str(rng.randint(1, 399)), 'N' + str(rng.randint(1, 99)), str(rng.randint(1, 40)) + 'A'])}"


@kind
def room(rng, lang):
    return f"{lab(rng, 'room', lang)} {rng.choice([f'{rng.randint(0, 5)}.{d(rng, 3)}', f'{upper(rng, 1)} {rng.randint(1, 4)}.{d(rng, 2)}', str(rng.randint(1, 640))])}"


@kind
def statute(rng, lang):
    return rng.choice(STATUTES.get(lang, STATUTES["en"]))


@kind
def lottery(rng, lang):
    nums = sorted(rng.sample(range(1, 50), 6))
    return " ".join(f"{n:02d}" for n in nums) + f" + {rng.randint(0, 9)}"


@kind
def docket(rng, lang):
    return rng.choice(
        {
            "en": [
                f"No. {rng.randint(1, 5)}:{rng.randint(18, 25)}-cv-{d(rng, 5)}",
                f"Case {rng.randint(18, 25)}-CR-{d(rng, 4)}",
            ],
            "de": [
                f"Az. {rng.randint(1, 30)} O {rng.randint(1, 480)}/{rng.randint(18, 25)}",
                f"{rng.randint(1, 9)} C {d(rng, 3)}/2{rng.randint(0, 5)}",
            ],
            "fr": [f"RG n° {rng.randint(18, 25)}/{d(rng, 5)}"],
            "es": [f"Autos {d(rng, 4)}/20{rng.randint(18, 25)}"],
            "it": [f"R.G. {d(rng, 4)}/20{rng.randint(18, 25)}"],
            "nl": [f"zaaknummer C/{rng.randint(1, 19):02d}/{d(rng, 6)}"],
            "pt": [f"Proc. {d(rng, 7)}-{d(rng, 2)}.20{rng.randint(18, 25)}.8.26.{d(rng, 4)}"],
        }.get(lang, ["No. 1:22-cv-00001"])
    )


@kind
def pages(rng, lang):
    a = rng.randint(1, 600)
    return rng.choice(
        [
            f"pp. {a}–{a + rng.randint(2, 40)}",
            f"S. {a} ff.",
            f"p. {a}",
            f"{rng.choice(['Genesis', 'Psalm', 'John', 'Mark'])} {rng.randint(1, 40)}:{rng.randint(1, 30)}",
        ]
    )


@kind
def percent(rng, lang):
    v = f"{rng.uniform(0, 99):.1f}"
    return (v if lang == "en" else v.replace(".", ",")) + rng.choice([" %", "%"])


@kind
def temperature(rng, lang):
    return rng.choice(
        [f"{rng.randint(-15, 38)} °C", f"{rng.randint(10, 104)}°F", f"−{rng.randint(1, 20)} °C"]
    )


@kind
def creditor_id(rng, lang):
    return f"{rng.choice(['Creditor ID', 'Gläubiger-ID', 'ICS', 'Creditor Identifier'])} DE{rng.randint(10, 99)}ZZZ0{d(rng, 10)}"


@kind
def masked_card(rng, lang):
    last = d(rng, 4)
    return rng.choice(
        [f"**** **** **** {last}", f"Visa •••• {last}", f"XXXX-XXXX-XXXX-{last}", f"Mastercard ending {last}"]
    )


@kind
def giftcard(rng, lang):
    return f"{lab(rng, 'giftcard', lang)} {_fail_luhn(rng, d(rng, 16, '6789'))}"


@kind
def ssn_bad(rng, lang):
    area = rng.choice(["000", "666", f"9{d(rng, 2)}"])
    return f"{lab(rng, 'ssn_bad', lang)} {area}-{d(rng, 2, '123456789')}-{d(rng, 4, '123456789')}"


@kind
def quad_bad(rng, lang):
    parts = [rng.randint(0, 255) for _ in range(4)]
    parts[rng.randint(1, 3)] = rng.randint(256, 999)
    return f"{rng.choice(['firmware', 'fw', 'section', 'BIOS'])} {'.'.join(map(str, parts))}"


@kind
def uuid(rng, lang):
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


@kind
def vin(rng, lang):
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return (
        "VIN "
        + rng.choice(["WVW", "WBA", "VF1", "ZFA", "1HG", "9BW", "XTA"])
        + "".join(rng.choice(pool) for _ in range(14))
    )


@kind
def trial_id(rng, lang):
    return rng.choice(
        [
            f"NCT0{d(rng, 7)}",
            f"EudraCT {rng.randint(2015, 2024)}-{d(rng, 6)}-{d(rng, 2)}",
            f"ISRCTN{d(rng, 8)}",
            f"DRKS000{d(rng, 5)}",
            f"CTRI/20{rng.randint(18, 25)}/0{rng.randint(1, 9)}/0{d(rng, 5)}",
        ]
    )


@kind
def accession(rng, lang):
    return rng.choice(
        [
            f"Acc. no. {rng.randint(1880, 2023)}.{rng.randint(1, 400)}.{rng.randint(1, 60)}",
            f"Inv.-Nr. {upper(rng, 2)} {rng.randint(1950, 2023)}/{rng.randint(1, 999)}",
            f"inv. {rng.randint(1, 9)}{d(rng, 4)}",
            f"objnr. {upper(rng, 1)}-{d(rng, 4)}-{d(rng, 3)}",
        ]
    )


@kind
def container(rng, lang):
    return f"{rng.choice(['MSCU', 'MAEU', 'CMAU', 'HLXU', 'TGHU', 'OOLU'])} {d(rng, 6)} {d(rng, 1)}"


@kind
def imo(rng, lang):
    body = d(rng, 6, "6789")
    check = sum(int(c) * w for c, w in zip(body, range(7, 1, -1), strict=True)) % 10
    return f"IMO {body}{check}"


@kind
def frequency(rng, lang):
    return rng.choice(
        [
            f"{rng.randint(88, 107)}.{rng.randint(0, 9)} FM",
            f"{rng.randint(531, 1602)} kHz",
            f"{rng.randint(144, 146)}.{d(rng, 3)} MHz",
        ]
    )


@kind
def crossword(rng, lang):
    return f"{rng.randint(1, 32)} {rng.choice(['Across', 'Down', 'ac.', 'dn'])} ({rng.randint(3, 9)}{rng.choice(['', ',' + str(rng.randint(2, 6))])})"


@kind
def doi(rng, lang):
    return f"doi:10.{rng.randint(1000, 9999)}/{rng.choice(['s', 'j.', 'nature', 'bmj.'])}{d(rng, 5)}-{d(rng, 3)}-{d(rng, 4)}-{rng.randint(0, 9)}"


@kind
def microchip(rng, lang):
    return f"{rng.choice(['Chip', 'Transponder', 'microchip', 'puce'])} {_fail_luhn(rng, rng.choice(['276', '250', '380', '528', '826', '941']) + d(rng, 12))}"


@kind
def hours(rng, lang):
    a, b = rng.randint(7, 10), rng.randint(16, 20)
    return {
        "en": f"Mon–Fri {a}am–{b - 12}pm",
        "de": f"Mo–Fr {a}–{b} Uhr",
        "fr": f"lun.–ven. {a}h–{b}h",
        "es": f"L–V de {a}:00 a {b}:00",
        "it": f"lun–ven {a}:00–{b}:00",
        "nl": f"ma t/m vr {a}.00–{b}.00 uur",
        "pt": f"seg. a sex. das {a}h às {b}h",
    }.get(lang, f"{a}–{b}")


@kind
def year_range(rng, lang):
    a = rng.randint(1700, 2010)
    return rng.choice(
        [
            f"{a}–{a + rng.randint(1, 40)}",
            f"c. {a}",
            f"{a}/{str(a + 1)[2:]}",
            f"FY{str(a)[2:]}/{str(a + 1)[2:]}",
        ]
    )


@kind
def bic(rng, lang):
    return f"BIC {rng.choice(['COBADEFFXXX', 'DEUTDEDBBER', 'BNPAFRPPXXX', 'CAIXESBBXXX', 'UNCRITMMXXX', 'INGBNL2A', 'ITAUBRSP', 'NWBKGB2L'])}"


@kind
def vat(rng, lang):
    return rng.choice(
        {
            "en": [
                f"VAT GB {d(rng, 3)} {d(rng, 4)} {d(rng, 2)}",
                f"EIN {d(rng, 2)}-{d(rng, 7)}",
                f"GSTIN 2{rng.randint(7, 9)}{upper(rng, 5)}{d(rng, 4)}{upper(rng, 1)}1Z{rng.randint(1, 9)}",
                f"ABN {d(rng, 2)} {d(rng, 3)} {d(rng, 3)} {d(rng, 3)}",
            ],
            "de": [f"USt-IdNr. DE{d(rng, 9)}", f"HRB {rng.randint(1000, 99999)}", f"UID ATU{d(rng, 8)}"],
            "fr": [
                f"SIRET {d(rng, 3)} {d(rng, 3)} {d(rng, 3)} {d(rng, 5)}",
                f"TVA FR{d(rng, 2)} {d(rng, 9)}",
                f"BCE 0{d(rng, 3)}.{d(rng, 3)}.{d(rng, 3)}",
            ],
            "es": [f"CIF B{d(rng, 8)}", f"NIF {upper(rng, 1)}{d(rng, 8)}"],
            "it": [f"P.IVA {d(rng, 11)}", f"REA MI-{d(rng, 7)}"],
            "nl": [f"KvK {d(rng, 8)}", f"btw NL{d(rng, 9)}B0{rng.randint(1, 9)}"],
            "pt": [f"CNPJ {d(rng, 2)}.{d(rng, 3)}.{d(rng, 3)}/0001-{d(rng, 2)}"],
        }.get(lang, ["VAT 123"])
    )


@kind
def train(rng, lang):
    return f"{rng.choice(['ICE', 'IC', 'TGV', 'AVE', 'Frecciarossa', 'RE', 'Thalys', 'EC', 'Avanti'])} {rng.randint(10, 9999)}"


@kind
def seat_gate(rng, lang):
    return f"Gate {upper(rng, 1)}{rng.randint(1, 60)}, seat {rng.randint(1, 45)}{rng.choice('ABCDEF')}"


@kind
def bib(rng, lang):
    return f"{lab(rng, 'bib', lang)} {rng.randint(1, 9999)}"


@kind
def call_number(rng, lang):
    return f"{upper(rng, 2)}{rng.randint(1, 999)}.{rng.randint(1, 99)} .{upper(rng, 1)}{rng.randint(10, 99)} {rng.randint(1980, 2024)}"


@kind
def sku(rng, lang):
    return f"SKU {d(rng, 4)}-{rng.choice(['BLK', 'RED', 'NAT', 'GRN'])}-{rng.choice(['S', 'M', 'L', 'XL', '42', '38'])}"


@kind
def issn(rng, lang):
    return f"ISSN {d(rng, 4)}-{d(rng, 3)}{rng.choice('0123456789X')}"


@kind
def iban_bad(rng, lang):
    country = rng.choice(["DE", "NL", "FR", "IT", "ES"])
    body = d(rng, {"DE": 18, "NL": 14, "FR": 23, "IT": 23, "ES": 20}[country])
    text = f"{country}00{body}"  # check digits 00 never pass mod 97
    assert not iban_valid(text)
    word = rng.choice(["sample", "Muster", "exemple", "ejemplo", "esempio", "voorbeeld", "exemplo"])
    return f"{word} {' '.join(text[i : i + 4] for i in range(0, len(text), 4))}"


def neg(rng, lang, name=None, used=None):
    """One negative phrase; lang is one of en, de, fr, es, it, nl, pt."""
    name = name or rng.choice(sorted(KINDS))
    for _ in range(50):
        text = KINDS[name](rng, lang)
        if not problems(text):
            break
    else:
        raise RuntimeError(f"negative kind {name} keeps producing PII-like text")
    if used is not None:
        used[name] = used.get(name, 0) + 1
    return text
