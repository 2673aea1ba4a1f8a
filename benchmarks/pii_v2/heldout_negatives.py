"""Unlabelled material for the held-out PII set: identifiers, dates, prices, corpus sentences.

Identifiers are written from shape patterns: `#` a digit, `A` an upper-case letter, `X` a letter or
digit, anything else literal. `hazards` lists anything in unlabelled text that would in fact be one of
the six labelled kinds (a Luhn-valid card-length run, a rule-abiding SSN, a mod-97-valid IBAN, a
valid IPv4 address, an e-mail address), so that a document can be redrawn instead of mislabelled.
"""

from __future__ import annotations

import csv
import ipaddress
import json
import random
import re
import string
from pathlib import Path

from heldout_values import card, iban_ok, luhn_ok, ssn, ssn_ok

DATA = Path("/work/shared/data")

# Generic identifier shapes; each slot name is what a template writes, e.g. {order}.
IDS: dict[str, list[str]] = {
    "idnum": [
        "###-###-####",
        "#### ####",
        "### ### ###",
        "##-###-####",
        "####/###/####",
        "### ## ## ##",
        "#######",
        "##########",
        "###/#######",
        "## #### ####",
        "####-######",
        "#### ### ###",
        "###.###.####",
        "0### ######",
        "### ####",
        "##-####-##",
    ],
    "order": [
        "###-#######-#######",
        "#########",
        "A####-#####",
        "##########",
        "####-####-##",
        "#-###-####-###",
    ],
    "customer": ["### ### ###", "K-######", "########", "## ### ###", "####-####"],
    "invoice": ["INV-####-#####", "####/#####", "#####-##", "F####-####"],
    "ref": ["REF-####-##", "AA-###-####", "########-##", "#### #### ##"],
    "ticket": ["#####", "#######", "TCK-######", "##-#####"],
    "serial": ["SN XXXXXXXXXX", "XXX-###-#####", "####-####-####", "XXXXX-XXXXX"],
    "tracking": [
        "1Z ### AA# ## #### ####",
        "#### #### ####",
        "JJD##########",
        "AA#########AA",
        "#### #### #### #### #### ##",
    ],
    "meeting_id": ["### #### ####", "### ### ####", "#### ### ####"],
    "meeting_compact": ["###########", "##########"],
    "passcode": ["######", "XXXXXX"],
    "part": ["###-####-###", "#####-###", "P/N ##-#####-##"],
    "flight": ["AA ####", "AA###"],
    "booking": ["AAAAAA", "AXAXAX"],
    "ext": ["##", "###", "####"],
    "cvv": ["###"],
    "room": ["#.##", "###", "A ###"],
    "seat": ["##A", "##C", "#F", "##D"],
    "plate": ["AA-###-AA", "A ####", "AAA ###"],
}

# Locale-specific identifiers and fillers; they override IDS entries of the same name.
LOCALE_IDS: dict[str, dict[str, list[str]]] = {
    "en_US": {
        "vat": ["##-#######"],
        "company_no": ["C#######"],
        "routing": ["0########"],
        "zip": ["#####-####"],
        "case": ["#:##-cv-#####", "#:##-cr-#####"],
    },
    "en_GB": {
        "vat": ["GB ### #### ##"],
        "company_no": ["0#######", "SC######"],
        "sortcode": ["##-##-##"],
        "planning": ["##/#####/FUL", "##/####/LBC"],
    },
    "en_IN": {
        "vat": ["##AAAAA####A#Z#"],
        "pnr": ["##########"],
        "company_no": ["U#####MH####PTC######"],
        "zip": ["### ###", "######"],
    },
    "de_DE": {
        "vat": ["DE #########", "DE#########"],
        "company_no": ["HRB ##### B", "HRB ######"],
        "taxno": ["##/###/#####", "###/###/#####"],
        "case": ["# O ###/##", "## C ####/##"],
        "postfach": ["## ## ##", "### ###"],
    },
    "fr_FR": {"vat": ["FR ## #########"], "company_no": ["### ### ###"], "case": ["RG n° ##/#####"]},
    "es_ES": {"vat": ["ESA########", "B-########"], "company_no": ["A########"], "case": ["###/####"]},
    "it_IT": {
        "vat": ["IT###########", "###########"],
        "company_no": ["AA-#######"],
        "case": ["R.G. ####/####"],
    },
    "nl_NL": {"vat": ["NL#########B##"], "company_no": ["########"], "case": ["C/##/######"]},
    "pt_PT": {
        "vat": ["PT #########", "5## ### ###"],
        "company_no": ["5########"],
        "case": ["####/##.#AAAAA"],
        "mb_ent": ["#####"],
        "mb_ref": ["### ### ###"],
    },
    "pt_BR": {
        "vat": ["##.###.###/####-##"],
        "company_no": ["##.###.###/####-##"],
        "cep": ["#####-###"],
        "case": ["#######-##.####.#.##.####"],
        "tracking": ["AA#########BR"],
        "boleto": ["#####.##### #####.###### #####.###### # ##############"],
    },
    "ja_JP": {
        "vat": ["T#############"],
        "company_no": ["#############"],
        "zip": ["〒###-####"],
        "tracking": ["####-####-####", "#### #### ####"],
    },
    "zh_CN": {
        "vat": ["91##############XX"],
        "company_no": ["91##############XX"],
        "zip": ["######"],
        "tracking": ["SF#############", "YT################"],
    },
}

BICS = {
    "en_US": ["CHASUS33", "BOFAUS3N", "CITIUS33"],
    "en_GB": ["NWBKGB2L", "BARCGB22", "HBUKGB4B"],
    "en_IN": ["SBININBB", "HDFCINBB", "ICICINBB"],
    "de_DE": ["COBADEFFXXX", "DEUTDEFF", "GENODEF1S04"],
    "fr_FR": ["BNPAFRPP", "SOGEFRPP", "CRLYFRPP"],
    "es_ES": ["BBVAESMM", "CAIXESBB", "BSCHESMM"],
    "it_IT": ["UNCRITMM", "BCITITMM", "BPMOIT22"],
    "nl_NL": ["INGBNL2A", "ABNANL2A", "RABONL2U"],
    "pt_PT": ["CGDIPTPL", "BCOMPTPL", "TOTAPTPL"],
    "pt_BR": ["BRASBRRJ", "ITAUBRSP", "CEFXBRSP"],
    "ja_JP": ["MHCBJPJT", "BOTKJPJT", "SMBCJPJT"],
    "zh_CN": ["BKCHCNBJ", "ICBKCNBJ", "PCBCCNBJ"],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}


def fill(rng: random.Random, pattern: str) -> str:
    pools = {"#": string.digits, "A": string.ascii_uppercase, "X": string.ascii_uppercase + string.digits}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


def identifier(rng: random.Random, locale: str, name: str) -> str | None:
    patterns = LOCALE_IDS.get(locale, {}).get(name) or IDS.get(name)
    return fill(rng, rng.choice(patterns)) if patterns else None


def date(rng: random.Random, locale: str) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    lang = locale[:2]
    if lang in ("ja", "zh"):
        return rng.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"])
    month = MONTHS[lang].split()[m - 1]
    if locale == "en_US":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{month} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    of = {"es": " de ", "pt": " de "}.get(lang, " ")
    day = f"{d}." if lang == "de" else f"{d}"
    return rng.choice([f"{d:02d}{sep}{m:02d}{sep}{y}", f"{day}{of}{month}{of}{y}"])


def price(rng: random.Random, locale: str) -> str:
    whole, cents = rng.choice([rng.randint(3, 99), rng.randint(100, 4999)]), rng.randint(0, 99)
    dot = f"{whole:,}.{cents:02d}"
    comma = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    forms = {
        "en_US": f"${dot}",
        "en_GB": f"£{dot}",
        "en_IN": f"₹{whole:,}",
        "de_DE": f"{comma} €",
        "fr_FR": f"{comma.replace('.', ' ')} €",
        "es_ES": f"{comma} €",
        "it_IT": f"€ {comma}",
        "nl_NL": f"€ {comma}",
        "pt_PT": f"{comma} €",
        "pt_BR": f"R$ {comma}",
        "ja_JP": f"{whole * 10:,}円",
        "zh_CN": f"¥{dot}",
    }
    return forms[locale]


def isbn13(rng: random.Random) -> str:
    while True:
        body = "978" + fill(rng, "#########")
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        digits = body + str(check)
        if not luhn_ok(digits):
            return f"{digits[:3]}-{digits[3]}-{digits[4:7]}-{digits[7:12]}-{digits[12]}"


def version(rng: random.Random) -> str:
    major, minor, patch = rng.randint(0, 24), rng.randint(0, 40), rng.randint(0, 30)
    return rng.choice(
        [
            f"v{major}.{minor}.{patch}",
            f"{major}.{minor}.{patch}-rc{rng.randint(1, 4)}",
            f"{major}.{minor}",
            f"{rng.randint(6, 12)}.{rng.randint(0, 4)}.{rng.randint(1000, 30000)}.{rng.randint(256, 9999)}",
        ]
    )


def coords(rng: random.Random) -> str:
    lat, lon = rng.uniform(-60, 65), rng.uniform(-120, 140)
    return rng.choice(
        [
            f"{lat:.4f}, {lon:.4f}",
            f"{abs(lat):.5f}° {'N' if lat > 0 else 'S'}, {abs(lon):.5f}° {'E' if lon > 0 else 'W'}",
        ]
    )


def masked_card(rng: random.Random) -> str:
    last = fill(rng, "####")
    return rng.choice(
        [f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}", f"************{last}"]
    )


def masked_iban(rng: random.Random, country: str) -> str:
    return f"{country}{fill(rng, '##')} **** **** **** {fill(rng, '####')} {fill(rng, '##')}"


def creditor_id(rng: random.Random) -> str:
    return "DE" + fill(rng, "##") + "ZZZ" + fill(rng, "00000######")


def special(rng: random.Random, locale: str, name: str) -> str | None:
    """Negatives that need more than a shape: checksums broken on purpose, masked values."""
    makers = {
        "ssn_bad": lambda: ssn(rng, rng.choice(["-", "-", " "]), valid=False).text,
        "card_bad": lambda: card(rng, rng.choice(["visa", "mc", "amex"]), valid=False).text,
        "masked_card": lambda: masked_card(rng),
        "masked_iban": lambda: masked_iban(rng, rng.choice(["DE", "FR", "NL", "ES", "IT"])),
        "creditor_id": lambda: creditor_id(rng),
        "isbn": lambda: isbn13(rng),
        "version": lambda: version(rng),
        "coords": lambda: coords(rng),
        "date": lambda: date(rng, locale),
        "price": lambda: price(rng, locale),
        "bic": lambda: rng.choice(BICS[locale]),
        "port": lambda: str(rng.choice([22, 443, 8080, 3306, 5432, rng.randint(1024, 65535)])),
        "expiry": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
        "year": lambda: str(rng.randint(2019, 2026)),
        "time": lambda: f"{rng.randint(7, 20)}:{rng.choice(['00', '15', '30', '45'])}",
        "qty": lambda: str(rng.randint(2, 40)),
    }
    maker = makers.get(name)
    return maker() if maker else None


CARD_RUN = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
SSN_SHAPE = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])")
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IPV4_SHAPE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
EMAIL_SHAPE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def hazards(text: str) -> list[str]:
    """What in this unlabelled text would really be one of the labelled kinds."""
    found = []
    for m in CARD_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            found.append("luhn:" + m.group())
    found += ["ssn:" + m.group() for m in SSN_SHAPE.finditer(text) if ssn_ok("".join(m.groups()))]
    found += ["iban:" + m.group() for m in IBAN_SHAPE.finditer(text) if iban_ok(m.group())]
    for m in IPV4_SHAPE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            found.append("ip:" + m.group())
        except ValueError:
            pass
    return found + ["email:" + m.group() for m in EMAIL_SHAPE.finditer(text)]


def _clean_sentence(text: str) -> bool:
    return not hazards(text) and "@" not in text and not re.search(r"\d{6}", text) and "http" not in text


def corpus_sentences(rng: random.Random) -> list[tuple[str, str, str]]:
    """(locale, source tag, text) from the shipped corpora, untouched; a random sample of each."""
    out = []
    with open(DATA / "math/gsm8k_test.jsonl", encoding="utf-8") as fh:
        questions = [json.loads(line)["question"] for line in fh]
    out += [("en", "gsm8k", q) for q in rng.sample(questions, 90) if _clean_sentence(q)]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8") as fh:
        rows = [r["test_case"].strip() for r in csv.DictReader(fh) if r["label_gold"] == "non-hateful"]
    out += [("en", "hatecheck", t) for t in rng.sample(rows, 45) if _clean_sentence(t)]
    langs = {
        "german": "de",
        "french": "fr",
        "spanish": "es",
        "italian": "it",
        "dutch": "nl",
        "portuguese": "pt",
        "mandarin": "zh",
        "arabic": "ar",
    }
    for lang, code in langs.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8") as fh:
            rows = [r["test_case"].strip() for r in csv.DictReader(fh) if r["label_gold"] == "non-hateful"]
        out += [(code, "mhc", t) for t in rng.sample(rows, 10) if _clean_sentence(t)]
    return out
