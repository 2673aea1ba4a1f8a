"""Hard negatives for v59: number-like strings of legal and financial paperwork, none of them a phone
number, card, IBAN, e-mail, IP or SSN. Every drawn value is screened (screen) and redrawn while dirty."""

import ipaddress
import re
import string

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import isin as std_isin
from stdnum import luhn
from stdnum.br import cpf as std_cpf
from stdnum.es import dni as std_dni
from stdnum.it import codicefiscale as std_cf

UP = string.ascii_uppercase


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _l(rng, n):
    return "".join(rng.choice(UP) for _ in range(n))


def _yy(rng):
    return rng.choice(["23", "24", "25"])


def _yyyy(rng):
    return rng.choice(["2023", "2024", "2025"])


def _money(rng, sep):
    whole = rng.randint(120, 980000)
    cents = rng.randint(0, 99)
    grp = f"{whole:,}"
    if sep == ",":
        return grp + f".{cents:02d}"
    return grp.replace(",", ".") + f",{cents:02d}"


def _isin(rng):
    body = rng.choice(["DE000", "GB00", "FR00", "NL00", "US"])
    body = body + _l(rng, 1) + _d(rng, 10 - len(body))
    return body + std_isin.calc_check_digit(body)


def _codice(rng):
    cons = "BCDFGHLMNPRSTVZ"
    body = "".join(rng.choice(cons) for _ in range(6)) + _d(rng, 2) + rng.choice("ABCDEHLMPRST")
    body += f"{rng.randint(1, 71):02d}" + rng.choice("ABCDEFGHLM") + _d(rng, 3)
    return body + std_cf.calc_check_digit(body)


def _cpf(rng):
    base = _d(rng, 9)
    full = base + std_cpf._calc_check_digits(base)
    return std_cpf.format(full)


def _dni(rng):
    n = _d(rng, 8)
    return n + std_dni.calc_check_digit(n)


KINDS = {
    # court and case numbers
    "us_docket": lambda r: f"{r.randint(1, 4)}:{_yy(r)}-{r.choice(['cv', 'cr', 'bk'])}-{_d(r, 5)}",
    "de_aktenzeichen": lambda r: (
        f"{r.randint(1, 39)} {r.choice(['O', 'C', 'S', 'U', 'T'])} {r.randint(10, 999)}/{_yy(r)}"
    ),
    "fr_rg": lambda r: f"{_yy(r)}/{_d(r, 5)}",
    "uk_claim": lambda r: f"{r.choice(['K', 'H', 'F', 'J'])}{_d(r, 2)}{_l(r, 2)}{_d(r, 3)}",
    "br_cnj_short": lambda r: f"{_d(r, 4)}.{_yyyy(r)}.8.{r.randint(10, 26)}",
    # notaries and registries
    "deed_roll": lambda r: f"{r.randint(100, 2999)}/{_yyyy(r)}",
    "land_title": lambda r: f"{r.choice(['WYK', 'NT', 'LA', 'MS', 'SYK', 'CYM'])}{_d(r, 6)}",
    "grundbuch": lambda r: f"Blatt {r.randint(100, 9999)}, Flurstück {r.randint(10, 999)}/{r.randint(1, 9)}",
    "kadaster": lambda r: f"sectie {r.choice('ABCDGHKMN')} {r.randint(100, 9999)}",
    "matricula": lambda r: f"{r.randint(10, 99)}.{_d(r, 3)}",
    # tax and company identifiers
    "vat_gb": lambda r: f"GB {_d(r, 3)} {_d(r, 4)} {_d(r, 2)}",
    "codice_fiscale": lambda r: _codice(r),
    "ni_number": lambda r: (
        f"{r.choice(['AB', 'JK', 'NR', 'PT', 'SE', 'WL'])} {_d(r, 2)} "
        f"{_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}"
    ),
    "us_ein": lambda r: f"{r.choice(['12', '27', '45', '61', '82', '94'])}-{_d(r, 7)}",
    "de_steuernr": lambda r: f"{r.randint(10, 99)}/{_d(r, 3)}/{_d(r, 5)}",
    "in_pan": lambda r: f"{_l(r, 3)}P{_l(r, 1)}{_d(r, 4)}{_l(r, 1)}",
    "es_dni": lambda r: _dni(r),
    "br_cpf": lambda r: _cpf(r),
    "company_no": lambda r: f"{r.choice(['SC', 'OC', 'NI'])}{_d(r, 6)}",
    "kvk": lambda r: f"KvK {_d(r, 4)} {_d(r, 4)}",
    # banking and markets, no IBAN
    "sort_code": lambda r: f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
    "bic": lambda r: (
        f"{_l(r, 4)}{r.choice(['GB', 'DE', 'FR', 'NL', 'IT', 'ES', 'BR'])}{_l(r, 2)}{r.choice(['', 'XXX'])}"
    ),
    "isin": lambda r: _isin(r),
    "masked_card": lambda r: f"{r.choice(['•••• ', '**** ', 'xxxx-'])}{_d(r, 4)}",
    "masked_iban": lambda r: f"{r.choice(['DE', 'NL', 'FR', 'ES'])}** **** **** {_d(r, 4)}",
    "cheque_no": lambda r: f"{_d(r, 6)}",
    "fx_rate": lambda r: (
        f"1 {r.choice(['EUR', 'GBP', 'USD'])} = {r.randint(0, 1)}.{_d(r, 4)} "
        f"{r.choice(['CHF', 'BRL', 'INR'])}"
    ),
    "money": lambda r: "$" + _money(r, ","),  # the Drawer writes money in the document's currency
    "rate": lambda r: (
        f"{r.randint(1, 9)}.{_d(r, 2)} %" if r.random() < 0.5 else f"{r.randint(1, 9)},{_d(r, 2)} % p.a."
    ),
    # insurance and debt paperwork
    "policy_no": lambda r: f"{_l(r, 3)}-{_d(r, 4)}-{_d(r, 4)}-{_l(r, 1)}",
    "claim_ref": lambda r: f"CLM-{_yy(r)}-{_d(r, 4)}{_l(r, 1)}",
    "no_claims": lambda r: f"{r.randint(1, 15)} years NCD",
    "dmp_ref": lambda r: f"DMP-{_d(r, 3)}-{_d(r, 3)}",
    "fee_note": lambda r: f"FN{_yy(r)}/{_d(r, 3)}",
    "time_entry": lambda r: f"{r.randint(0, 9)}.{r.choice(['1', '2', '3', '4', '5', '6', '7', '8', '9'])} h",
    "statute": lambda r: r.choice(
        [
            f"§ {r.randint(1, 2385)} BGB",
            f"s.{r.randint(1, 200)}({r.randint(1, 9)})",
            f"art. {r.randint(1, 2534)}",
            f"Art. {r.randint(1, 1500)} c.c.",
        ]
    ),
    "clause": lambda r: f"{r.randint(1, 29)}.{r.randint(1, 12)}.{r.randint(1, 9)}",
    "share_cap": lambda r: f"{r.randint(1, 99) * 100:,} shares of {r.choice(['£1', '€1', '$0.01'])}",
    "tax_period": lambda r: r.choice(
        [
            f"{_yyyy(r)}/{int(_yy(r)) + 1}",
            f"Q{r.randint(1, 4)} {_yyyy(r)}",
            f"{r.randint(1, 12):02d}/{_yyyy(r)}",
        ]
    ),
    "ltv": lambda r: f"{r.randint(55, 95)}% LTV",
    "credit_score": lambda r: f"{r.randint(300, 999)}/{r.choice(['999', '850', '1000'])}",
}

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN = re.compile(r"(?<!\d)\d{3}[- ]?\d{2}[- ]?\d{4}(?!\d)")
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}\b")
V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
RUN = re.compile(r"\d(?:[ -]?\d){12,18}")


def guard_hits(text):
    """Names of guards (other than phones) that the text trips."""
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in RUN.finditer(text):
        if luhn.is_valid(re.sub(r"\D", "", m.group())):
            hits.append("luhn")
    for m in IBAN_SHAPE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in V4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    """True when the text alone parses as a valid number or the matcher finds one, for any region."""
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                return True
        except pn.NumberParseException:
            pass
        for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            return True
    return False


def dirty(text, regions):
    return phone_hits(text, regions) or bool(guard_hits(text))


# currency of a locale: (prefix, decimal style, suffix)
CURRENCY = {
    "en_US": ("$", ",", ""),
    "en_GB": ("£", ",", ""),
    "en_IN": ("Rs. ", ",", ""),
    "en_AU": ("A$", ",", ""),
    "en_IE": ("€", ",", ""),
    "de_DE": ("", ".", " €"),
    "de_AT": ("€ ", ".", ""),
    "de_CH": ("CHF ", "'", ""),
    "fr_FR": ("", " ", " €"),
    "fr_BE": ("", " ", " €"),
    "fr_CH": ("", "'", " CHF"),
    "es_ES": ("", ".", " €"),
    "it_IT": ("€ ", ".", ""),
    "nl_NL": ("€ ", ".", ""),
    "nl_BE": ("€ ", ".", ""),
    "pt_BR": ("R$ ", ".", ""),
    "pt_PT": ("", " ", " €"),
}


def money(rng, locale):
    pre, sep, post = CURRENCY[locale]
    whole = rng.randint(120, 980000)
    grp = f"{whole:,}"
    cents = f"{rng.randint(0, 99):02d}"
    if sep == ",":
        body = grp + "." + cents
    elif sep == "'":
        body = grp.replace(",", "'") + "." + cents
    else:
        body = grp.replace(",", sep) + "," + cents
    return pre + body + post


class Drawer:
    """Draws clean values of a kind; counts redraws and kinds given up (written as a dash)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def value(self, kind, regions, locale="en_US"):
        for _ in range(200):
            v = money(self.rng, locale) if kind == "money" else KINDS[kind](self.rng)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
