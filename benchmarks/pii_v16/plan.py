"""The build plan of v16: which locale each synthetic document has, and what each document with values
carries (an announced number, a roster, value lines)."""

from .iban import IBAN_COUNTRY
from .locales import LOCALES

N_POS, N_NEG_PROSE, N_TABLES = 600, 225, 225
N_ANNOUNCED = 450
N_ROSTERS = 62
ROSTER_SIZES = [3, 4, 4, 5, 5, 6]
LINE_COUNTS = {
    "national": 410,
    "intl": 150,
    "other": 104,
    "email_personal": 92,
    "email_role": 78,
    "ipv4": 60,
    "ipv6": 30,
    "card": 76,
    "iban": 66,
    "ssn": 42,
}
MAX_LINES = 4


def locale_slots(rng):
    slots = [loc for loc, (_, w) in LOCALES.items() for _ in range(w)]
    assert len(slots) == N_POS + N_NEG_PROSE + N_TABLES
    rng.shuffle(slots)
    return slots[:N_POS], slots[N_POS : N_POS + N_NEG_PROSE], slots[N_POS + N_NEG_PROSE :]


def _eligible(kind, locale):
    if kind == "ssn":
        return locale == "en_US"
    if kind == "iban":
        return locale in IBAN_COUNTRY
    return True


def positive_specs(rng, locales):
    """One dict per document with values: announced (bool), roster (entries, 0 if none), lines (kinds)."""
    n = len(locales)
    specs = [
        {"locale": loc, "announced": i < N_ANNOUNCED, "roster": 0, "lines": []}
        for i, loc in enumerate(locales)
    ]
    quiet = [s for s in specs if not s["announced"]]
    for s in rng.sample(quiet, N_ROSTERS):
        s["roster"] = rng.choice(ROSTER_SIZES)
    pool = [k for k, c in LINE_COUNTS.items() for _ in range(c)]
    rng.shuffle(pool)
    # restricted kinds first, then one line for every document that would otherwise have no value
    for kind in ("ssn", "iban"):
        for _ in range(LINE_COUNTS[kind]):
            pool.remove(kind)
            cands = [s for s in specs if _eligible(kind, s["locale"]) and len(s["lines"]) < 2]
            rng.choice(cands)["lines"].append(kind)
    for s in specs:
        if not s["announced"] and not s["roster"] and not s["lines"]:
            s["lines"].append(pool.pop())
    while pool:
        kind = pool.pop()
        while True:
            s = specs[rng.randrange(n)]
            if len(s["lines"]) < MAX_LINES:
                s["lines"].append(kind)
                break
    for s in specs:
        rng.shuffle(s["lines"])
    return specs
