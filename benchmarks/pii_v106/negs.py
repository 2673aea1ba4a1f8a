"""Hard negatives from betting, lotteries and racing, and the screens that keep them clean."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _money(rng, cur, lo, hi, cents=False):
    v = rng.randint(lo, hi)
    s = f"{v:,}"
    if cur in ("€", "R$"):
        s = s.replace(",", ".")
    if cents:
        c = rng.randint(0, 99)
        s += ("," if cur in ("€", "R$") else ".") + f"{c:02d}"
    return f"{cur}{s}" if cur in ("£", "$", "₹") else f"{s} {cur}" if cur == "€" else f"{cur} {s}"


def _lotto(rng, k, top, sep):
    return sep.join(f"{x:02d}" for x in sorted(rng.sample(range(1, top + 1), k)))


KINDS = {
    "betslip": lambda rng, cur: f"O/{_d(rng, 7)}/{_d(rng, 7)}",
    "frac_odds": lambda rng, cur: rng.choice(["11/4", "100/30", "5/2", "7/4", "13/8", "9/2", "33/1", "6/5"]),
    "dec_odds": lambda rng, cur: f"{rng.randint(1, 30)}.{rng.choice(['10', '25', '50', '75', '05', '40'])}",
    "prize": lambda rng, cur: _money(rng, cur, 5, 9000, cents=True),
    "market_id": lambda rng, cur: f"1.{rng.randint(200000000, 239999999)}",
    "selection": lambda rng, cur: str(rng.randint(100000, 99999999)),
    "lotto_line": lambda rng, cur: _lotto(rng, 6, 59, rng.choice([" – ", ", ", " · "])),
    "euromillions": lambda rng, cur: _lotto(rng, 5, 50, " ") + " ★ " + _lotto(rng, 2, 12, " "),
    "scratch": lambda rng, cur: f"{rng.randint(1000, 1999)}-{_d(rng, 7)}-{_d(rng, 3)}",
    "racetime": lambda rng, cur: f"{rng.randint(12, 20)}:{rng.choice(['05', '15', '25', '35', '40', '50'])}",
    "weight": lambda rng, cur: f"{rng.randint(8, 11)}st {rng.randint(0, 13)}lb",
    "distance": lambda rng, cur: rng.choice(
        ["1m 2f 110y", "7f 213y", "2m 4f", "1m 6f", "5f 10y", "2,400 m", "1.600 m"]
    ),
    "going": lambda rng, cur: f"GoingStick {rng.randint(5, 9)}.{rng.randint(0, 9)}",
    "form": lambda rng, cur: "-".join(rng.choice("1234567890FPU") for _ in range(rng.randint(4, 6))),
    "rating": lambda rng, cur: f"OR {rng.randint(55, 120)}",
    "tote": lambda rng, cur: _money(rng, cur, 2, 900, cents=True),
    "trifecta": lambda rng, cur: "-".join(str(x) for x in rng.sample(range(1, 19), 3)),
    "microchip": lambda rng, cur: rng.choice(["985", "826", "250", "276"]) + _d(rng, 12),
    "ueln": lambda rng, cur: (
        rng.choice(["826", "276", "250", "528"]) + _d(rng, 3) + rng.choice("ABCDEFGH") + _d(rng, 8)
    ),
    "licence": lambda rng, cur: f"000-0{_d(rng, 5)}-R-{_d(rng, 6)}-0{_d(rng, 2)}",
    "premises": lambda rng, cur: f"{_d(rng, 4)}-{_d(rng, 3)}/P",
    "selfex": lambda rng, cur: f"SE-{rng.randint(2021, 2025)}-{_d(rng, 6)}",
    "pools": lambda rng, cur: ", ".join(str(x) for x in sorted(rng.sample(range(1, 50), 8))),
    "bingo_serial": lambda rng, cur: f"{_d(rng, 2)}/{_d(rng, 4)}/{rng.randint(1, 6)}",
    "bingo_calls": lambda rng, cur: ", ".join(str(x) for x in rng.sample(range(1, 91), 6)),
    "jackpot": lambda rng, cur: _money(rng, cur, 1_000_000, 90_000_000),
    "rtp": lambda rng, cur: f"{rng.randint(85, 97)}.{rng.randint(0, 9)} %",
    "terminal": lambda rng, cur: f"SSBT-{_d(rng, 2)}-{_d(rng, 4)}",
    "stamp": lambda rng, cur: (
        f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)} "
        f"{rng.randint(10, 22)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    ),
    "barcode": lambda rng, cur: "-".join([_d(rng, 4), _d(rng, 4), _d(rng, 4), _d(rng, 2)]),
    "retailer": lambda rng, cur: f"R{_d(rng, 6)}",
    "draw": lambda rng, cur: f"#{rng.randint(1000, 3200)}",
    "stall": lambda rng, cur: f"{rng.randint(1, 20)}/{rng.randint(1, 20)}",
    "race_id": lambda rng, cur: (
        f"{rng.choice(['NMK', 'YRK', 'ASC', 'EPS', 'CHL'])}-2025{_d(rng, 4)}-R{rng.randint(1, 8)}"
    ),
    "ladder": lambda rng, cur: (
        f"{rng.randint(2, 9)}.{rng.choice(['2', '4', '6', '8'])} / lay "
        f"{rng.randint(2, 9)}.{rng.choice(['3', '5', '7', '9'])}"
    ),
    "overround": lambda rng, cur: f"{rng.randint(105, 128)}%",
    "ew_terms": lambda rng, cur: rng.choice(["1/5 1-2-3", "1/4 1-2", "1/5 1-2-3-4", "1/4 1-2-3"]),
    "acca": lambda rng, cur: f"{rng.randint(4, 9)}-fold at {rng.randint(20, 400)}/1",
    "share": lambda rng, cur: f"{rng.randint(1, 49)} of {rng.choice([49, 50, 25, 20])}",
    "season": lambda rng, cur: rng.choice(["2025/26", "2024/25", "Jul–Dec 2025", "Q3 2025"]),
    "trap": lambda rng, cur: f"{rng.randint(1, 6)} ({rng.choice(['5/2', '7/4', '3/1', '4/1', '6/4'])})",
    "wintime": lambda rng, cur: f"{rng.randint(1, 2)}:{rng.randint(10, 59)}.{rng.randint(0, 9)}",
    "decimo": lambda rng, cur: _d(rng, 5),
    "serie": lambda rng, cur: f"{rng.randint(1, 170)}ª, fracción {rng.randint(1, 10)}",
}

_DIGITRUN = re.compile(r"\d[\d\s./()\-]{5,}\d")


def _luhn_ok(s):
    total, alt = 0, False
    for ch in reversed(s):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
        alt = not alt
    return total % 10 == 0


def guard_hits(text):
    """Shapes of e-mails, cards, IBANs, IPs and SSNs."""
    hits = []
    if re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text):
        hits.append("email")
    for m in re.finditer(r"\d[\d \-]{11,}\d", text):
        ds = re.sub(r"\D", "", m.group())
        for i in range(len(ds)):
            for j in range(i + 13, min(len(ds), i + 19) + 1):
                if _luhn_ok(ds[i:j]):
                    hits.append("card")
                    break
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}", text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in re.finditer(r"[0-9a-fA-F:.]{7,}", text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    if re.search(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b", text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append((r, m.raw_string))
        try:
            num = pn.parse(text, r)
            if pn.is_valid_number(num):
                hits.append((r, text))
        except pn.NumberParseException:
            pass
    return hits


class DirtyValue(Exception):
    """A hard negative stayed dirty after its draws: the whole document is drawn again."""


def dirty(text, regions):
    return bool(phone_hits(text, regions) or guard_hits(text))
