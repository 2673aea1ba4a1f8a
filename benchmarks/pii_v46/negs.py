"""Hard negatives for v46: 45 kinds from worship, family events and entertainment, none in v41's list,
each drawn for a language and screened (guards + phonenumbers) before use."""

from .neg_words import BOOKS, CHIP, CUR, CUR_OVERRIDE, DEC, HYMNAL, W
from .screen import clean


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _clock(rng, lang):
    h, m = rng.randint(8, 22), rng.choice([0, 15, 30, 45, 5, 50])
    if lang == "en":
        return (
            f"{(h - 1) % 12 + 1}.{m:02d}{'pm' if h >= 12 else 'am'}" if rng.random() < 0.5 else f"{h}:{m:02d}"
        )
    if lang == "de":
        return f"{h}.{m:02d} Uhr"
    if lang == "fr":
        return f"{h}h{m:02d}"
    return f"{h}:{m:02d}" if lang != "nl" else f"{h}.{m:02d} uur"


def _money(rng, lang, lo, hi):
    cur = CUR_OVERRIDE.get("cur") or CUR[lang]
    v = rng.randint(lo * 100, hi * 100) // 5 * 5
    s = f"{v // 100}{DEC[lang]}{v % 100:02d}"
    return f"{cur}{s}" if lang in ("en", "hi", "pt") else f"{s} {cur}"


def gen(kind, rng, lang):
    w = W[lang]
    r = rng.randint
    if kind == "bible":
        b = rng.choice(BOOKS[lang])
        sep = ":" if lang in ("en", "hi", "nl") else ","
        return (
            f"{b} {r(1, 21)}{sep}{r(1, 30)}-{r(31, 44)}"
            if rng.random() < 0.5
            else f"{b} {r(1, 21)}{sep}{r(1, 40)}"
        )
    if kind == "hymn":
        return f"{HYMNAL[lang]} {r(1, 699)}" + (f", {r(1, 2)}-{r(3, 6)}" if rng.random() < 0.4 else "")
    if kind == "psalm":
        return (
            f"Ps {r(1, 150)}, {r(1, 9)}-{r(10, 20)}"
            if lang != "en"
            else f"Psalm {r(1, 150)}:{r(1, 9)}-{r(10, 20)}"
        )
    if kind == "masstimes":
        return f"{_clock(rng, lang)}, {_clock(rng, lang)} & {_clock(rng, lang)}"
    if kind == "register":
        return {
            "en": "register vol. {} p. {} entry {}",
            "de": "Taufbuch Bd. {}, S. {}, Nr. {}",
            "fr": "registre vol. {}, f° {}, acte {}",
            "es": "libro {}, folio {}, n.º {}",
            "it": "registro {}, pag. {}, atto {}",
            "nl": "doopboek deel {}, blz. {}, nr. {}",
            "pt": "livro {}, fl. {}, assento {}",
        }.get(lang, "vol. {} p. {} no. {}").format(r(3, 40), r(10, 399), r(1, 120))
    if kind == "lifespan":
        b, d = r(1925, 1960), r(2022, 2025)
        if lang == "de":
            return f"* {r(1, 28)}.{r(1, 12)}.{b}  † {r(1, 28)}.{r(1, 12)}.{d}"
        return (
            f"{b} – {d}" if rng.random() < 0.5 else f"{r(1, 28)}/{r(1, 12)}/{b} – {r(1, 28)}/{r(1, 12)}/{d}"
        )
    if kind == "aged":
        return (
            f"{w[8]} {r(61, 99)}"
            + {
                "en": "",
                "es": " años",
                "pt": " anos",
                "nl": " jaar",
                "hi": " वर्ष",
                "fr": " ans",
                "de": " Jahren",
                "it": "",
            }[lang]
        )
    if kind == "plot":
        return {
            "en": "Section {} plot {}, row {}",
            "de": "Feld {}, Reihe {}, Grab {}",
            "fr": "carré {}, allée {}, tombe {}",
            "es": "cuartel {}, nicho {}, fila {}",
            "it": "campo {}, loculo {}, fila {}",
            "nl": "vak {}, nummer {}, rij {}",
            "pt": "quadra {}, jazigo {}, rua {}",
        }.get(lang, "{} {} {}").format(rng.choice("ABCDEFGH"), r(1, 480), r(1, 30))
    if kind == "clock":
        return _clock(rng, lang)
    if kind == "gate":
        return {
            "en": "Gate {}",
            "de": "Tor {}",
            "fr": "porte {}",
            "es": "puerta {}",
            "it": "ingresso {}",
            "nl": "poort {}",
            "pt": "porta {}",
            "hi": "गेट {}",
        }[lang].format(rng.choice(["A", "B", "C", r(1, 12)]))
    if kind == "table":
        return f"{w[2]} {r(1, 32)}"
    if kind == "giftlist":
        return rng.choice(["n° ", "no. ", "#"]) + _d(rng, 5)
    if kind == "guests":
        return f"{r(4, 28) * 10} {w[3]}"
    if kind == "opus":
        return rng.choice(
            [
                f"BWV {r(1, 1120)}",
                f"KV {r(1, 626)}",
                f"op. {r(2, 130)} n° {r(1, 6)}",
                f"D {r(1, 998)}",
                f"RV {r(100, 800)}",
                f"Hob. XVI:{r(1, 52)}",
            ]
        )
    if kind == "setlen":
        return f"{r(45, 120)} min" if lang != "en" else f"a {r(60, 100)}-minute set"
    if kind == "duration":
        mn, s = r(2, 7), r(0, 59)
        return rng.choice([f"{mn}:{s:02d}", f"{mn}'{s:02d}\"", f"{mn} min {s:02d} s"])
    if kind == "capacity":
        n = r(8, 95) * 50
        return (
            f"{n:,}".replace(",", "." if lang in ("de", "es", "it", "nl", "pt") else ",")
            + " "
            + {
                "en": "people",
                "de": "Personen",
                "fr": "personnes",
                "es": "personas",
                "it": "persone",
                "nl": "bezoekers",
                "pt": "pessoas",
                "hi": "लोग",
            }[lang]
        )
    if kind == "seat":
        return f"{w[1]} {rng.choice('ABCDEFGHJKLMN')}, {w[0]} {r(1, 38)}"
    if kind == "bookref":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "price":
        return f"{_money(rng, lang, 18, 95)} + {_money(rng, lang, 1, 6)}"
    if kind == "barcode":
        return " ".join(_d(rng, 4) for _ in range(4))
    if kind == "eventcode":
        if lang == "de":
            return f"V{r(24, 26)}{rng.choice('KMTX')}{_d(rng, 3)}"
        return f"EV-{r(24, 26)}-{_d(rng, 4)}"
    if kind == "screen":
        return f"{w[6]} {r(1, 12)}"
    if kind == "rating":
        return {
            "en": rng.choice(["PG-13", "12A", "15", "R"]),
            "de": f"FSK {rng.choice([6, 12, 16])}",
            "fr": "-12 ans",
            "es": "NR +12",
            "it": "VM14",
            "nl": "12+",
            "pt": "M/12",
            "hi": "U/A 13+",
        }[lang]
    if kind == "runtime":
        return f"{r(85, 175)} min"
    if kind == "showtimes":
        return " · ".join(_clock(rng, "de" if lang == "de" else "es").replace(" Uhr", "") for _ in range(3))
    if kind == "format":
        return rng.choice(["35 mm, 2.39:1", "4K DCP, 1.85:1", "70 mm", "IMAX 1.43:1"])
    if kind == "frequency":
        f = f"{r(875, 1079) / 10:.1f}".replace(".", DEC[lang])
        return rng.choice([f"FM {f} MHz", f"{r(53, 160) * 9} kHz", f"DAB+ {r(5, 12)}{rng.choice('ABCD')}"])
    if kind == "timecode":
        return f"{r(0, 2):02d}:{r(0, 59):02d}:{r(0, 59):02d}"
    if kind == "quizscore":
        return f"{r(20, 48)}-{r(20, 48)}"
    if kind == "sidetrack":
        return f"{rng.choice('AB')}{r(1, 6)}"
    if kind == "catalogue":
        return rng.choice(
            [
                f"Parlophone R {r(4000, 5999)}",
                f"SXL {r(6000, 6999)}",
                f"CBS {r(60000, 88999)}",
                f"2LP-{_d(rng, 3)}",
                f"EMI {r(10, 99)}C {r(100, 999)}",
            ]
        )
    if kind == "raffle":
        return f"{w[4]} {_d(rng, 4)}" + (
            f" ({rng.choice(['blue', 'pink', 'yellow'])})" if lang == "en" else ""
        )
    if kind == "drawno":
        return f"{r(1200, 3999)}" if lang != "en" else f"no. {r(1200, 3999)}"
    if kind == "lotto":
        ns = sorted(rng.sample(range(1, 50), 6))
        return " – ".join(str(n) for n in ns) + f" + {r(1, 10)}"
    if kind == "prizeprice":
        return f"{_money(rng, lang, 1, 2)}"
    if kind == "member":
        return f"{w[7]} {_d(rng, 5)}"
    if kind == "bpm":
        return f"{r(90, 180)} BPM"
    if kind == "tour":
        y = r(2015, 2022)
        if lang == "de":
            return f"Tour {y}"
        return f"{y}–{y + r(1, 3)}"
    if kind == "chart":
        return f"#{r(1, 40)}" if lang == "en" else f"nr. {r(1, 40)}"
    if kind == "roomsize":
        return f"{r(8, 24)} x {r(12, 40)} m"
    if kind == "perhead":
        return f"{_money(rng, lang, 28, 85)} {w[9]}"
    if kind == "microchip":
        if lang == "de":
            pre = rng.choice(["900", "941000", "985"])
            return pre + _d(rng, 15 - len(pre))
        return CHIP[lang] + _d(rng, 12)
    if kind == "dose":
        pill = {
            "en": "1/2 tablet",
            "de": "1/2 Tablette",
            "fr": "1/2 comprimé",
            "es": "1/2 comprimido",
            "it": "1/2 compressa",
            "nl": "1/2 tablet",
            "pt": "1/2 comprimido",
            "hi": "1/2 गोली",
        }[lang]
        at = {
            "en": "at",
            "de": "um",
            "fr": "à",
            "es": "a las",
            "it": "alle",
            "nl": "om",
            "pt": "às",
            "hi": "-",
        }
        return f"{rng.choice([pill, '5 ml', '2 x 2,5 ml'])} {at[lang]} {_clock(rng, 'es')}"
    if kind == "rate":
        return f"{_money(rng, lang, 10, 18)}/h"
    raise KeyError(kind)


KINDS = [
    "bible",
    "hymn",
    "psalm",
    "masstimes",
    "register",
    "lifespan",
    "aged",
    "plot",
    "clock",
    "gate",
    "table",
    "giftlist",
    "guests",
    "opus",
    "setlen",
    "duration",
    "capacity",
    "seat",
    "bookref",
    "price",
    "barcode",
    "eventcode",
    "screen",
    "rating",
    "runtime",
    "showtimes",
    "format",
    "frequency",
    "timecode",
    "quizscore",
    "sidetrack",
    "catalogue",
    "raffle",
    "drawno",
    "lotto",
    "prizeprice",
    "member",
    "bpm",
    "tour",
    "chart",
    "roomsize",
    "perhead",
    "microchip",
    "dose",
    "rate",
]


class Drawer:
    """Draws screened negatives; counts redraws and replacements."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.swaps = 0
        self.used = set()
        self.swapped = []

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = gen(kind, self.rng, lang)
            if clean(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.swaps += 1
        self.swapped.append((kind, lang))
        return self.draw("table", lang, regions)
