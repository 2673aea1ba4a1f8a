"""Hard negatives for v112: numbers of the fashion and textile trade that are not PII, and their screen."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")


def _w(words, lang):
    """words: 'en|de|fr|es|it|nl|pt' (Hindi documents use the English word)."""
    parts = words.split("|")
    return parts[min(LANGS.index(lang), 6)] if lang != "hi" else parts[0]


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _ean13(rng):
    body = rng.choice(["400", "401", "540", "800", "789", "890", "871", "560"]) + _d(rng, 9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _dec(lang, x):
    return x if lang in ("en", "hi") else x.replace(".", ",")


CLOAK = (
    "cloakroom tag|Garderobenmarke|ticket vestiaire|ficha de guardarropa|scontrino guardaroba|"
    "garderobenummer|senha do guarda-volumes"
)

KINDS = {
    "ean13": lambda r, lang: f"EAN {_ean13(r)}",
    "style_no": lambda r, lang: (
        f"{_w('style|Modell-Nr.|réf. modèle|modelo|modello|model|modelo', lang)} "
        f"{r.choice(['SS', 'AW', 'FW'])}{r.randint(24, 27)}-{_d(r, 4)}"
    ),
    "sku": lambda r, lang: (
        f"SKU {r.choice(['DRS', 'BLZ', 'TRS', 'KNT', 'SKT'])}-{_d(r, 4)}-"
        f"{r.choice(['BLK', 'NVY', 'ECR', 'OLV'])}-{r.choice(['34', '36', '38', '40', '42'])}"
    ),
    "dye_lot": lambda r, lang: (
        f"{_w('dye lot|Farbpartie|bain|lote de tinte|bagno|verfbad|lote', lang)} {_d(r, 5)}"
    ),
    "bolt": lambda r, lang: f"{_w('bolt|Ballen|rouleau|pieza|pezza|rol|peça', lang)} {_d(r, 3)}/{_d(r, 4)}",
    "pantone": lambda r, lang: f"Pantone {r.randint(11, 19)}-{_d(r, 4)} {r.choice(['TCX', 'TPG', 'TPX'])}",
    "rn_number": lambda r, lang: f"RN {r.randint(10000, 149999)}",
    "hs_code": lambda r, lang: f"HS {r.choice(['6204', '6104', '6110', '5208', '5407'])}",
    "measurements": lambda r, lang: f"{r.randint(78, 94)}-{r.randint(58, 72)}-{r.randint(84, 98)} cm",
    "height": lambda r, lang: _dec(lang, f"{r.choice(['1.74', '1.76', '1.78', '1.80', '1.82', '1.85'])} m"),
    "size_run": lambda r, lang: (
        f"{_w('sizes|Gr.|tailles|tallas|taglie|maten|tamanhos', lang)} "
        f"{r.choice([32, 34, 36])} {_w('to|bis|à|a|-|t/m|a', lang)} {r.choice([44, 46, 48])}"
    ),
    "shoe_size": lambda r, lang: _dec(lang, f"EU {r.choice(['37.5', '38', '39.5', '41', '42.5', '44'])}"),
    "fabric_weight": lambda r, lang: f"{r.choice([120, 180, 240, 280, 320, 410])} g/m²",
    "fabric_width": lambda r, lang: f"{r.choice([112, 140, 145, 150, 280])} cm",
    "thread_count": lambda r, lang: f"{r.choice([200, 300, 400, 600, 800])} TC",
    "floss": lambda r, lang: f"DMC {r.choice([310, 321, 498, 3865, 3371, 817, 3799])}",
    "pattern_no": lambda r, lang: (
        f"{r.choice(['Butterick B', 'Simplicity S', 'Burda ', 'Vogue V', 'McCall M'])}{r.randint(4000, 9999)}"
    ),
    "yarn_count": lambda r, lang: f"Nm {r.choice(['2/28', '2/48', '1/15', '2/60', '3/30'])}",
    "zip_length": lambda r, lang: (
        f"{_w('zip|Reißverschluss|fermeture|cremallera|zip|rits|zíper', lang)} "
        f"{r.choice([18, 20, 22, 56, 60])} cm"
    ),
    "button_ligne": lambda r, lang: f"{r.choice([14, 18, 20, 24, 32, 40])}L",
    "stitch_len": lambda r, lang: _dec(lang, f"{r.choice(['2.5', '3.0', '3.5', '4.0'])} mm"),
    "stall": lambda r, lang: (
        f"{_w('stall|Stand|stand|puesto|banco|kraam|barraca', lang)} "
        f"{r.choice('ABCDEFGH')}-{r.randint(1, 240)}"
    ),
    "opening": lambda r, lang: (
        f"{r.choice(['09', '10', '11'])}:{r.choice(['00', '30'])}–"
        f"{r.choice(['17', '18', '19'])}:{r.choice(['00', '30'])}"
    ),
    "looks": lambda r, lang: f"look {r.randint(1, 9):02d}–{r.randint(30, 48)}",
    "cloakroom": lambda r, lang: f"{_w(CLOAK, lang)} {_d(r, 4)}",
    "docket": lambda r, lang: (
        f"{_w('docket|Auftragsschein|bon|resguardo|cedolino|bon|talão', lang)} {_d(r, 5)}"
    ),
    "voucher": lambda r, lang: (
        f"{_w('voucher|Gutschein|bon cadeau|vale|buono|cadeaubon|vale', lang)} "
        f"GV-{_d(r, 2)}{r.choice('HKMQRTX')}{_d(r, 1)}-{r.choice('ABCDEFGH')}{_d(r, 3)}"
    ),
    "price_range": lambda r, lang: (
        f"£{r.randint(40, 120)}–£{r.randint(150, 690)}"
        if lang in ("en", "hi")
        else f"{r.randint(40, 120)},00–{r.randint(150, 690)},00 €"
    ),
    "composition": lambda r, lang: (
        f"{(p := r.choice([55, 60, 70, 80]))}% {_w('linen|Leinen|lin|lino|lino|linnen|linho', lang)}, "
        f"{100 - p}% {_w('cotton|Baumwolle|coton|algodón|cotone|katoen|algodão', lang)}"
    ),
    "collection": lambda r, lang: f"{r.choice(['SS', 'AW', 'PF', 'RS'])}{r.randint(25, 27)}/{_d(r, 3)}",
    "auction_lot": lambda r, lang: (
        f"{_w('lot|Los|lot|lote|lotto|kavel|lote', lang)} {r.randint(1, 480)} "
        f"({r.choice(['1950s', '1960s', '1970s', '1980s', '1990s'])})"
    ),
    "wash_temp": lambda r, lang: f"{r.choice([30, 40, 60])} °C",
    "seat": lambda r, lang: (
        f"{_w('row|Reihe|rang|fila|fila|rij|fila', lang)} {r.choice('ABCDEF')}, "
        f"{_w('seat|Platz|place|asiento|posto|stoel|lugar', lang)} {r.randint(1, 40)}"
    ),
    "model_id": lambda r, lang: f"{r.choice(['MDL', 'TLT', 'NF'])}-{_d(r, 4)}",
    "bra_size": lambda r, lang: f"{r.choice([70, 75, 80, 85])}{r.choice('ABCDE')}",
    "yardage": lambda r, lang: _dec(
        lang, f"{r.choice(['1.5', '2.25', '3.5', '4.75'])} m × {r.choice([140, 150])} cm"
    ),
    "show_date": lambda r, lang: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice([2025, 2026])}",
    "hem": lambda r, lang: (
        f"{r.choice([2, 3, 4, 5])} cm {_w('hem|Saum|ourlet|dobladillo|orlo|zoom|bainha', lang)}"
    ),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
IPV4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IPV6_RE = re.compile(r"\b[0-9A-Fa-f:]*:[0-9A-Fa-f:]+\b")
SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")
RUN_RE = re.compile(r"\d[\d -]{11,}\d")


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def guard_hits(text):
    """Shapes of the other kinds that a text must not contain to be a negative."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ -]", "", m.group())
        for i in range(len(digits)):
            for j in range(i + 13, min(len(digits), i + 19) + 1):
                if luhn_ok(digits[i:j]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    """Phones that phonenumbers finds in a text (matcher at VALID, and each digit run parsed on its own)."""
    found = []
    for region in regions:
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            found.append((region, m.raw_string))
        for run in re.findall(r"\+?\d[\d ./()\u2013-]{4,}\d", text):
            try:
                num = pn.parse(run, region)
            except pn.NumberParseException:
                continue
            if pn.is_valid_number(num):
                found.append((region, run))
    return found


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draws clean hard negatives; counts redraws and kinds replaced after 200 dirty values."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def value(self, kind, lang, regions):
        for _ in range(200):
            text = KINDS[kind](self.rng, lang)
            if not dirty(text, regions):
                self.used.add(kind)
                return text
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append(kind)
        return "–"
