"""Identifier-like hard negatives (tax, pension, payroll, insurance, loan and court numbers) for v38."""

from stdnum.de import idnr
from stdnum.es import dni
from stdnum.in_ import pan
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pt import nif

from .negs_common import DIG, _a, _d, _num, _until


def tax_id(rng, lang):
    if lang == "de":
        v = _until(rng, lambda: _d(rng, 11), idnr.is_valid)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if lang == "nl":
        return _until(rng, lambda: _d(rng, 9), bsn.is_valid)
    if lang == "pt":
        return _until(rng, lambda: rng.choice("1235") + _d(rng, 8, DIG), nif.is_valid)
    if lang == "es":
        num = _d(rng, 8, DIG)
        return num + dni.calc_check_digit(num)
    if lang == "it":

        def make():
            day = rng.randint(1, 28) + rng.choice([0, 40])
            base = (
                _a(rng, 6)
                + _d(rng, 2, DIG)
                + rng.choice("ABCDEHLMPRST")
                + f"{day:02d}"
                + "H"
                + _d(rng, 3, DIG)
            )
            return base + codicefiscale.calc_check_digit(base)

        return _until(rng, make, codicefiscale.is_valid)
    if lang == "fr":
        head = f"{rng.choice('0123')}{_d(rng, 1, DIG)} {_d(rng, 2, DIG)}"
        return f"{head} {_d(rng, 3, DIG)} {_d(rng, 3, DIG)} {_d(rng, 3, DIG)}"
    if lang == "hi":
        return _until(rng, lambda: _a(rng, 3) + "P" + _a(rng, 1) + _d(rng, 4) + _a(rng, 1), pan.is_valid)
    return rng.choice(
        [
            f"{_a(rng, 2)} {_d(rng, 2, DIG)} {_d(rng, 2, DIG)} {_d(rng, 2, DIG)} {rng.choice('ABCD')}",
            f"{_d(rng, 2)}-{_d(rng, 7, DIG)}",
        ]
    )


def vat_no(rng, lang):
    cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "en": "GB", "hi": "IE"}[
        lang
    ]
    if cc == "NL":
        return f"NL{_d(rng, 9)}B0{rng.randint(1, 9)}"
    if cc == "ES":
        return f"ESB{_d(rng, 8, DIG)}"
    if cc == "FR":
        return f"FR {_d(rng, 2, DIG)} {_d(rng, 9)}"
    if cc == "IT":
        return f"IT{_d(rng, 11, DIG)}"
    return f"{cc}{_d(rng, 9)}"


def tax_ref(rng, lang):
    if lang == "de":
        return f"{_d(rng, 2)}/{_d(rng, 3, DIG)}/{_d(rng, 5, DIG)}"
    if lang == "en":
        return rng.choice([f"{_d(rng, 3)}/{_a(rng, 2)}{_d(rng, 5, DIG)}", f"{_d(rng, 5)} {_d(rng, 5, DIG)}"])
    return f"{rng.randint(2024, 2026)}/{_a(rng, 1)}/{_d(rng, 6, DIG)}"


def pension_no(rng, lang):
    if lang == "de":
        born = f"{rng.randint(10, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99)}"
        return f"{_d(rng, 2)} {born} {_a(rng, 1)} {_d(rng, 3, DIG)}"
    if lang == "pt":
        return _until(
            rng,
            lambda: _d(rng, 3) + "." + _d(rng, 5, DIG) + "." + _d(rng, 2, DIG) + "-" + _d(rng, 1, DIG),
            lambda s: True,
        )
    if lang == "es":
        return f"{_d(rng, 2)}/{_d(rng, 8, DIG)}/{_d(rng, 2, DIG)}"
    if lang == "hi":
        return f"UAN {_d(rng, 4)} {_d(rng, 4, DIG)} {_d(rng, 4, DIG)}"
    return f"{_a(rng, 2)}{_d(rng, 2, DIG)}{_d(rng, 2, DIG)}{_d(rng, 2, DIG)}{rng.choice('ABCD')}"


def employee_no(rng, lang):
    return rng.choice([f"P-{_d(rng, 5)}", f"#{_d(rng, 6)}", f"{_a(rng, 2)}{_d(rng, 4)}"])


def hours(rng, lang):
    x = rng.choice([rng.uniform(120, 190), rng.uniform(2, 30)])
    return f"{_num(x, lang, 2)} h"


def pay_period(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(2024, 2026)
    end = 30 if m in (4, 6, 9, 11) else 28 if m == 2 else 31
    if lang == "en":
        return f"{m:02d}/01/{y} – {m:02d}/{end}/{y}" if rng.random() < 0.5 else f"1–{end} {_MON[m - 1]} {y}"
    return (
        f"01.{m:02d}.{y}–{end}.{m:02d}.{y}" if lang in ("de", "nl") else f"01/{m:02d}/{y} – {end}/{m:02d}/{y}"
    )


_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def tax_code(rng, lang):
    if lang == "en":
        return rng.choice(
            [f"{rng.randint(100, 1300)}L", f"K{rng.randint(100, 900)}", "BR", f"S{rng.randint(1100, 1300)}L"]
        )
    if lang == "de":
        return f"{rng.choice(['I', 'II', 'III', 'IV', 'V'])}/{_num(rng.uniform(0.5, 2.5), lang, 1)}"
    return f"{_num(rng.uniform(9, 45), lang, 2)} %"


def policy_no(rng, lang):
    return rng.choice(
        [
            f"{_a(rng, 3)} {_d(rng, 4)}-{_d(rng, 3, DIG)}-{_d(rng, 2, DIG)}",
            f"{_d(rng, 2)}.{_d(rng, 3, DIG)}.{_d(rng, 3, DIG)}",
        ]
    )


def no_claims(rng, lang):
    yrs = rng.randint(1, 25)
    pct = rng.choice([30, 35, 40, 45, 50, 55, 60, 65, 70])
    if lang == "de":
        return f"SF {yrs} ({pct} %)"
    return f"{yrs} / {pct}%" if lang in ("en", "hi") else f"{yrs} / {pct} %"


def plate(rng, lang):
    if lang == "de":
        return f"{_a(rng, rng.choice([1, 2, 3]))}-{_a(rng, 2)} {_d(rng, rng.choice([2, 3, 4]))}"
    if lang == "fr":
        return f"{_a(rng, 2)}-{_d(rng, 3, DIG)}-{_a(rng, 2)}"
    if lang == "es":
        return f"{_d(rng, 4, DIG)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
    if lang == "nl":
        return f"{_d(rng, 2)}-{_a(rng, 3)}-{_d(rng, 1)}"
    if lang == "it":
        return f"{_a(rng, 2)} {_d(rng, 3, DIG)}{_a(rng, 2)}"
    if lang == "pt":
        return f"{_a(rng, 2)}-{_d(rng, 2, DIG)}-{_a(rng, 2)}"
    if lang == "hi":
        return f"{rng.choice(['MH', 'KA', 'DL', 'UP'])} {_d(rng, 2, DIG)} {_a(rng, 2)} {_d(rng, 4)}"
    return f"{_a(rng, 2)}{_d(rng, 2, DIG)} {_a(rng, 3)}"


def loan_term(rng, lang):
    n = rng.choice([12, 24, 36, 48, 60, 84, 120, 180, 240, 300, 360])
    w = {
        "en": "months",
        "de": "Monate",
        "fr": "mois",
        "es": "meses",
        "it": "mesi",
        "nl": "maanden",
        "pt": "meses",
        "hi": "महीने",
    }[lang]
    return f"{n} {w}"


def ltv(rng, lang):
    return f"{rng.randint(40, 95)}{'%' if lang in ('en', 'hi') else ' %'}"


def due_date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
    if lang == "en":
        return rng.choice([f"{d} {_MON[m - 1]} {y}", f"{_MON[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}"])
    if lang in ("de",):
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "nl":
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"])
    return f"{d:02d}/{m:02d}/{y}"
