"""Hard negatives from games and play (none in v52's list) and the screens they pass."""

import ipaddress
import random
import re

import phonenumbers
from stdnum import iban as std_iban


def _d(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _isbn13(rng: random.Random) -> str:
    e = _ean13(rng, "9783" + rng.choice("16789"))
    return f"{e[:3]}-{e[3]}-{e[4:7]}-{e[7:12]}-{e[12]}"


def _move_list(rng: random.Random) -> str:
    lines = [
        ["e4 c5", "Nf3 d6", "d4 cxd4", "Nxd4 Nf6", "Nc3 a6"],
        ["d4 Nf6", "c4 e6", "Nc3 Bb4", "Qc2 O-O"],
        ["e4 e5", "Nf3 Nc6", "Bb5 a6", "Ba4 Nf6", "O-O Be7"],
        ["c4 e5", "Nc3 Nf6", "g3 d5", "cxd5 Nxd5"],
    ]
    ml = rng.choice(lines)
    k = rng.randint(3, len(ml))
    return " ".join(f"{i + 1}. {m}" for i, m in enumerate(ml[:k]))


def _hand(rng: random.Random) -> str:
    cards = "AKQJT98765432"
    deal = rng.sample([(s, c) for s in "♠♥♦♣" for c in cards], 13)
    return " ".join(
        s + ("".join(sorted((c for t, c in deal if t == s), key=cards.index)) or "–") for s in "♠♥♦♣"
    )


KINDS = {
    "elo": lambda r: f"Elo {r.randint(1100, 2650)}",
    "fide_id": lambda r: f"FIDE ID {_d(r, r.choice([6, 7, 8]))}",
    "move_list": _move_list,
    "time_control": lambda r: r.choice(["90+30", "60+15", "15+10", "3+2", "5+3", "40/90, 30/30"]),
    "round_board": lambda r: (
        f"R{r.randint(1, 9)} B{r.randint(1, 40)}: #{r.randint(1, 80)} vs #{r.randint(1, 80)}"
    ),
    "bridge_contract": lambda r: (
        f"{r.randint(1, 7)}{r.choice(['♠', '♥', '♦', '♣', 'NT'])}{r.choice(['=', '+1', '+2', '-1'])} "
        f"{r.choice(['N', 'S', 'E', 'W'])}, {r.choice([110, 140, 420, 450, 620, 650, 980, 1430])}"
    ),
    "matchpoints": lambda r: f"{r.randint(38, 71)}.{r.randint(0, 99):02d} %",
    "imps": lambda r: f"{r.choice(['+', '-'])}{r.randint(1, 17)} IMPs",
    "hcp": lambda r: r.choice(["15-17 HCP", "12–14 HCP", "20-21 HCP", "6–9 HCP"]),
    "bridge_hand": _hand,
    "steam_id64": lambda r: f"SteamID64 7656119{_d(r, 10, '0123456789')}",
    "friend_code": lambda r: f"friend code {_d(r, r.choice([9, 10]))}",
    "discord_id": lambda r: f"Discord ID {_d(r, 18)}",
    "switch_fc": lambda r: f"SW-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}",
    "kda": lambda r: f"K/D/A {r.randint(0, 25)}/{r.randint(0, 12)}/{r.randint(0, 20)}",
    "map_score": lambda r: (
        f"{r.choice(['Mirage', 'Inferno', 'Nuke', 'Ancient', 'Haven', 'Bind'])} "
        f"{r.choice([13, 16])}–{r.randint(3, 12)}"
    ),
    "refresh": lambda r: f"{r.choice([144, 165, 240, 360])} Hz / {r.randint(200, 600)} fps",
    "dpi_sens": lambda r: f"{r.choice([400, 800, 1600])} DPI, sens {r.randint(1, 3)}.{r.randint(10, 99)}",
    "prize_pool": lambda r: f"{r.choice(['€', '$', '£'])}{r.randint(2, 250)},{r.randint(0, 9)}00",
    "booking_ref": lambda r: f"{r.choice(['ESC', 'BK', 'RM'])}-{_d(r, 5)}-{r.choice('ABCDEFGHJK')}",
    "escape_time": lambda r: f"{r.randint(41, 59)}:{r.randint(0, 59):02d} min, {r.randint(0, 4)} hints",
    "high_score": lambda r: (
        f"{r.randint(1, 9)},{_d(r, 3, '0123456789')},{r.choice(['000', '250', '500', '750'])} pts"
    ),
    "tokens": lambda r: f"{r.choice([20, 40, 60, 100])} tokens / {r.choice([5, 10, 15, 20])} €",
    "ean": lambda r: f"EAN {_ean13(r, r.choice(['400', '401', '871', '300', '841']))}",
    "isbn": lambda r: f"ISBN {_isbn13(r)}",
    "collector_no": lambda r: f"{r.randint(1, 280):03d}/{r.choice([165, 198, 202, 264, 280])}",
    "dice": lambda r: f"{r.randint(1, 8)}d{r.choice([4, 6, 8, 10, 12, 20])}+{r.randint(1, 5)}",
    "seat": lambda r: f"Row {r.choice('ABCDEFGH')}, seat {r.randint(1, 160)}",
    "mmr": lambda r: (
        f"rank #{r.randint(1, 9)},{_d(r, 3, '0123456789')}, {r.randint(1, 7)},{_d(r, 3, '0123456789')} MMR"
    ),
    "army_points": lambda r: f"{r.choice([500, 1000, 1500, 2000, 3000])} pts, {r.randint(12, 60)} models",
    "rules_ref": lambda r: f"rule {r.randint(1, 12)}.{r.randint(1, 9)}.{r.randint(1, 14)}",
    "patch": lambda r: f"patch {r.randint(1, 14)}.{r.randint(1, 24)}{r.choice(['', 'b', 'a'])}",
    "psu": lambda r: f"{r.choice([450, 550, 650, 750, 850])} W max",
    "gift_code": lambda r: "-".join(
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(3)
    ),
    "pairs_move": lambda r: f"table {r.randint(1, 14)}: NS {r.randint(1, 14)} vs EW {r.randint(1, 14)}",
    "players_age": lambda r: (
        f"{r.randint(1, 3)}–{r.randint(4, 8)} players, {r.choice([30, 45, 60, 90])}–"
        f"{r.choice([120, 150, 180])} min, {r.choice([8, 10, 12, 14])}+"
    ),
    "puzzle_id": lambda r: f"puzzle #{r.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJK')}{_d(r, 4)}",
    "season_record": lambda r: f"{r.randint(5, 30)}W-{r.randint(0, 15)}L-{r.randint(0, 5)}D",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
TOKEN_RE = re.compile(r"[0-9A-Za-z:.%]+")


def luhn(s: str) -> bool:
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return t % 10 == 0


def guard_hits(text: str) -> list[str]:
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn(d[i:j]):
                    hits.append("luhn")
                    break
    compact = re.sub(r"\s", "", text)
    for m in re.finditer(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for tok in TOKEN_RE.findall(text):
        tok = tok.strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    return hits


def phone_hits(text: str, regions: list[str]) -> list[str]:
    hits = []
    for reg in regions:
        for m in phonenumbers.PhoneNumberMatcher(text, reg, leniency=phonenumbers.Leniency.VALID):
            hits.append(f"{reg}:{m.raw_string}")
    return hits


DIGITS_RE = re.compile(r"[+(]?\d[\d\s().\-/]*\d|\d")


def value_dirty(text: str, regions: list[str]) -> bool:
    """Each digit run of the value parsed on its own for every region, then the matcher and the guards."""
    for m in DIGITS_RE.finditer(text):
        for reg in regions:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(m.group(), reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return bool(phone_hits(text, regions) or guard_hits(text))


class Drawer:
    """Draws a clean value of a kind; counts dirty draws and kinds given up after 200."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used: set[str] = set()

    def draw(self, kind: str, regions: list[str]) -> str | None:
        """A clean value, or None after 200 dirty draws (the caller then takes another kind)."""
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return None
