"""Exact value quotas for the positive documents, dealt out at random (so counts do not drift with the seed).

Each positive document gets a recipe: how many national, announced and international numbers, and whether
it carries a roster, a service number, e-mail addresses, an IP address, an IBAN, a card number or an SSN.
"""

SSN_GENRES = {"tax-clinic-intake", "daycare-enrollment", "apartment-rental-application"}

# field -> {count per document: number of documents}
QUOTAS = {
    "national": {2: 80, 1: 265},
    "announced": {2: 75, 1: 275},
    "international": {2: 5, 1: 110},
    "roster": {1: 95},
    "service": {1: 80},
    "email": {2: 10, 1: 155},
    "ip": {1: 110},
    "card": {1: 50},
}
N_IBAN, N_SSN = 70, 45


def _deal(rng, n, counts):
    arr = [val for val, k in counts.items() for _ in range(k)]
    arr += [0] * (n - len(arr))
    rng.shuffle(arr)
    return arr


def recipes(rng, genres, homes):
    """One recipe per positive document; genres and homes (home regions) are in document order."""
    n = len(genres)
    cols = {field: _deal(rng, n, counts) for field, counts in QUOTAS.items()}
    out = [{field: cols[field][i] for field in QUOTAS} for i in range(n)]
    # Hinglish and Hindi documents always announce a number: swap with documents of other languages
    donors = [i for i in range(n) if genres[i]["lang"] not in ("hinglish", "hi") and out[i]["announced"] > 0]
    rng.shuffle(donors)
    for i in range(n):
        if genres[i]["lang"] in ("hinglish", "hi") and out[i]["announced"] == 0 and donors:
            j = donors.pop()
            out[i]["announced"], out[j]["announced"] = out[j]["announced"], 0
    iban_ok = [i for i in range(n) if homes[i] not in ("US", "IN")]
    for i in rng.sample(iban_ok, N_IBAN):
        out[i]["iban"] = 1
    us = [i for i in range(n) if homes[i] == "US"]
    first = [i for i in us if genres[i]["slug"] in SSN_GENRES]
    rest = [i for i in us if i not in first]
    rng.shuffle(first)
    rng.shuffle(rest)
    for i in (first + rest)[:N_SSN]:
        out[i]["ssn"] = 1
    return out
