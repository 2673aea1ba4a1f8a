"""Write tests/data/pii_heldout_v24.jsonl: a twenty-fourth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v23.jsonl and of
    tests/data/pii_heldout_v23_values.jsonl, for the format), earlier sets' generators (benchmarks/pii*/ was
    neither listed nor read), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, and who ran no git command. Read: the module docstring
    of v23's generator (handed over as a text file), the [tool.ruff] part of pyproject.toml,
    /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from, directory listings
    of benchmarks/ and /work/shared/data/. No PII detector or redactor was run on this set; numbers were
    made and checked with phonenumbers only. Emphasis (differs from v21 and v23): everyday and
    institutional text - community and public-service notices, forum posts and Q&A threads, travel and
    booking correspondence, rental and neighbourhood matters, medical and care appointments, transcribed
    phone calls and voicemails, hard-wrapped plain-text e-mails with quoted replies.

Format and conventions: those of v23 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}, values in span order; PHONE modes international, national, local-announced, list-entry,
    other; subscriber-only numbers (local-announced, always announced by a phone word, a phone symbol or a
    phone sentence) for US, GB, DE, NL, BR, IN, with area_len the area code length phonenumbers gives and
    the text exactly the subscriber digits; area_len is given for every phone (0 where phonenumbers has no
    geographic area code); AT/CH/BE/AU/IE documents write their own numbers internationally only and use
    the neighbouring plan (DE, FR, NL, GB) for national, list and service numbers; Hindi documents carry the
    locale en_IN; ids <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>; shuffled with the seed).
    'other' numbers are service numbers (toll-free, shared cost, premium, UAN). IBANs mod-97 valid (no
    national check digits), cards Luhn-valid (Visa, Mastercard 51-55 and 2221-2720, Amex, Discover), SSNs
    by SSA rules in en_US documents only, IPs v4 (35 private, 25 public) and global v6 compressed. Guards
    (others.guard_hits): the masked text holds no '@', no Luhn-valid 13-19 digit run (groups joined by
    single spaces or hyphens), no mod-97-valid IBAN shape, no SSN shape (3-2-4 with one separator), no
    dotted quad, no IPv6; a document whose draw trips a guard is redrawn.

What is new against v23, by module
    8 genres (compose.py, lang_*.py): notice, forum, qa, travel, rental, care, transcript (speaker turns),
    email (From/To/Subject headers, body hard-wrapped at 68-76 columns, quoted replies with "> ");
    12 placements (compose.py): sentence, value_line, parenthetical (name (label number)), sign_off,
    ps, subject_line, quoted_reply, edit_note (forum "EDIT:"), speaker_turn, tearoff (scissors strip at
    the foot of a notice), itinerary_row (date | town | label number), header (From: name <e-mail>);
    8 roster formats (layout.py): dot_leaders, numbered_paren, markdown_table, yaml_like, quoted_csv,
    two_column, bullet_emoji, slash_inline; 11 value-line shapes (layout.py): arrow, guillemet, equals,
    quote_gt, angle, star_bold, dot_leader, hash, paren_label, caps_colon, slash_sep; per language 9
    phone, 2 call-transcript and 2 service phrasings (lang_a.py en/de, lang_b.py fr/es, lang_c.py it/nl,
    lang_d.py pt/hi: voicemail, text-me, out-of-hours warden, "the number that finally worked", cancel an
    appointment, lettings office, lost pet, late check-in ...) and 9 phone labels; 59 hard-negative
    kinds (negs.py, negs_c.py labels in 8 languages, negs_b.py values), all used, each announced by a
    non-phone context word in frames such as "When you call, have your {label} ({value}) ready": rail
    PNR, train and seat, flight and time, hotel confirmation, bag tag, car rental agreement, ferry
    booking, forum thread, member number, edit timestamp, error code, model number, firmware build,
    ports, prescription number, appointment reference, insurer membership, dosage, glucose readings,
    vital signs, ward/bed, doctor registration, tenancy reference, key number, flat number, council tax,
    bin tag, parking space, library card, bus stop code, raffle tickets, match score, call length, call
    ID, complaint number, RMA, Wi-Fi name and password, door code, odometer, population, year ranges,
    timetables, grid references, altitude, pension number, energy account, call-centre protocol, benefit
    claim, e-prescription code, club licence, bike frame number, energy certificate, Bible reading,
    legal paragraph, file size, temperatures, lottery numbers, queue ticket, vaccine lot; number habits
    (values.py): phonenumbers' own groupings plus French dots, US dots/dashes/(xxx)xxx-xxxx/1-xxx-...,
    +1.xxx..., +cc-dashes, compact +cc, (+cc), 00cc.dots, +cc (0) ..., BR (0xx) and +55 (xx), IN 0xx-...
    and +91-xxxxx xxxxx, DE (0xx) and 0xx-..., NL 0xx-..., IT slash and compact, ES triplets and dots,
    and subscriber spellings per region (pairs, dots, 9 xxxx-xxxx, compact).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; Faker (MIT), as
    installed in the venv (40.63.0), for person, street, town and user names (Italian towns from a list in
    compose.py, because Faker's it_IT city() is not reproducible across processes); corpus negatives
    untouched from /work/shared/data: GSM8K test questions (MIT), MATH-500 problems (MIT), AIME 2024 and
    AMC 2023 problems (MIT), HumanEval prompts (MIT), Anthropic hh-rlhf harmless-base test dialogues,
    'chosen' side (MIT; can be offensive), OpenAI moderation samples, prompts (MIT; can be offensive),
    HateCheck English test cases (CC BY 4.0; can be hateful), Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by spaces, tabs, dashes, dots,
    slashes or parentheses), nothing the guards flag. Row = 0-based data row (after the CSV header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v24.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v24.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v24.stats [RECORDS [VALUES]]

Counts (seed 10024; `python -m benchmarks.pii_v24.stats` prints them all)
    rebuild matches the files: True
    documents: 1200 {'corpus': 150, 'pos': 600, 'neg': 450}
    positive documents without a value: 0
    values: 1813; by kind: PHONE 1380, EMAIL 165, IP_ADDRESS 90, CREDIT_CARD 72, IBAN 66, US_SSN 40
    modes: PHONE/local-announced 450, PHONE/national 405, PHONE/list-entry 275, PHONE/international 150,
        PHONE/other 100, EMAIL/personal 88, EMAIL/role 77, IP_ADDRESS/v4 60, IBAN/grouped 50,
        CREDIT_CARD/grouped 40, US_SSN/dashed 33, IP_ADDRESS/v6 30, CREDIT_CARD/dashed 18, IBAN/compact
        16, CREDIT_CARD/compact 14, US_SSN/spaced 7
    phone regions: US 239, DE 217, GB 192, IN 170, NL 148, BR 141, FR 88, ES 71, IT 63, AU 15, IE 12, CH
        11, AT 9, BE 4
    local-announced by region: BR 75, DE 75, GB 75, IN 75, NL 75, US 75
    locales: en_US 188, en_IN 122, de_DE 112, en_GB 108, fr_FR 94, pt_BR 89, es_ES 84, nl_NL 84, it_IT
        75, en_AU 17, de_AT 16, de_CH 16, en_IE 15, fr_BE 12, fr_CH 9, nl_BE 9
    document languages (generated): en 394, de 144, fr 115, nl 93, pt 89, es 84, it 75, hi 56
    genres: qa 144, care 138, forum 137, rental 136, email 130, transcript 125, travel 122, notice 118
    hard-wrapped e-mails: 130
    roster_format: bullet_emoji 5, dot_leaders 5, markdown_table 5, numbered_paren 5, quoted_csv 5,
        slash_inline 5, two_column 5, yaml_like 5
    shape: quote_gt 47, hash 36, dot_leader 35, slash_sep 35, star_bold 35, guillemet 34, arrow 33,
        paren_label 33, angle 32, caps_colon 32, equals 26
    placements: sentence 609, value_line 378, sign_off 124, parenthetical 111, ps 107, speaker_turn 58,
        tearoff 39, quoted_reply 31, edit_note 29, itinerary_row 24, subject_line 17, header 11
    placement x language pairs: 89
    phrasings used: 137 (announcing phone numbers: 98)
    hard-negative kinds used: 59; hard-negative values: 1957
    number styles used: 42
    corpus sources: gsm8k_test-en 30, hh_rlhf_harmless-en 20, openai_moderation-en 20, humaneval-en 15,
        math500-en 15, hatecheck-en 10, mhc-de 6, mhc-es 6, mhc-fr 6, mhc-it 6, mhc-nl 6, mhc-pt 6,
        aime24-en 2, amc23-en 2
    characters: 527475
"""

import json
import random
from collections import Counter
from pathlib import Path

from faker import Faker

from . import accounts, compose, mail, values
from .corpus import corpus_records
from .lang_a import DE, EN
from .lang_b import ES, FR
from .lang_c import IT, NL
from .lang_d import HI, PT
from .layout import ROSTER_FORMATS
from .negs import LABELS

SEED = 10024
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v24.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v24_values.jsonl"
LANG = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
LOCALES = [
    ("en_US", "en", 20),
    ("de_DE", "de", 12),
    ("en_GB", "en", 11.5),
    ("en_IN", "en", 7),
    ("en_IN", "hi", 6),
    ("fr_FR", "fr", 10),
    ("es_ES", "es", 9),
    ("nl_NL", "nl", 9),
    ("pt_BR", "pt", 9.5),
    ("it_IT", "it", 8),
    ("en_AU", "en", 1.8),
    ("de_AT", "de", 1.6),
    ("de_CH", "de", 1.6),
    ("en_IE", "en", 1.6),
    ("fr_BE", "fr", 1.3),
    ("fr_CH", "fr", 0.9),
    ("nl_BE", "nl", 0.9),
]
N_POS, N_NEG, N_ROSTER, N_LIST = 600, 450, 40, 275
COUNTS = {"national": 405, "international": 150, "other": 100, "local": 75}
EMAILS, IPS, CARDS, IBANS, SSNS = (88, 77), (35, 25, 30), (40, 18, 14), (50, 16), (33, 7)
IBAN_COUNTRY = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "en_GB": "GB",
    "pt_BR": "BR",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_CH": "CH",
    "fr_BE": "BE",
    "nl_BE": "BE",
    "en_IE": "IE",
    "en_AU": "GB",
    "en_US": "DE FR GB ES",
    "en_IN": "GB DE",
}


def allot(n, weights):
    total = sum(weights)
    raw = [n * w / total for w in weights]
    base = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (base[i] - raw[i], i))
    for i in order[: n - sum(base)]:
        base[i] += 1
    return base


def own_region(locale):
    return locale.split("_")[1]


def plan_region(locale):
    return values.NEIGHBOUR.get(locale, own_region(locale))


def phone_item(rng, mode, locale):
    own, plan = own_region(locale), plan_region(locale)
    if mode == "local":
        num = values.local_number(rng, own)
        (style, text), alen = values.local_text(rng, num)
        mode = "local-announced"
    elif mode == "other":
        num = values.service_number(rng, plan)
        style, text = values.pick_style(rng, values.national_styles(num), plan, num)
    else:
        intl = mode == "international" or (
            mode == "list-entry" and (rng.random() < 0.3 or own != plan and rng.random() < 0.5)
        )
        if intl:
            region = own if (mode == "list-entry" or rng.random() < 0.45) else rng.choice(values.ALL_REGIONS)
            num = values.personal_number(rng, region)
            style, text = values.pick_style(rng, values.international_styles(num), region, num)
        else:
            num = values.personal_number(rng, plan)
            style, text = values.pick_style(rng, values.national_styles(num), plan, num)
    region = values.pn.region_code_for_number(num)
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": values.e164(num),
        "area_len": values.pn.length_of_geographical_area_code(num),
        "_style": style,
    }


def other_item(rng, kind, mode, spec):
    if kind == "CREDIT_CARD":
        return {"kind": kind, "mode": mode, "text": accounts.card(rng, mode)}
    if kind == "IBAN":
        country = rng.choice(IBAN_COUNTRY[spec["locale"]].split())
        return {"kind": kind, "mode": mode, "text": accounts.iban(rng, country, mode)}
    if kind == "US_SSN":
        return {"kind": kind, "mode": mode, "text": accounts.ssn(rng, mode)}
    if mode == "v6":
        return {"kind": kind, "mode": mode, "text": accounts.ipv6(rng)}
    return {"kind": kind, "mode": "v4", "text": accounts.ipv4(rng, mode == "private")}


def fresh_meta():
    return {"placements": Counter(), "shapes": Counter(), "phrasings": set(), "neg_kinds": Counter()}


def plan_docs(rng):
    weights = [w for _, _, w in LOCALES]
    specs = []
    for label, n in (("pos", N_POS), ("neg", N_NEG)):
        for (loc, lang, _), k in zip(LOCALES, allot(n, weights), strict=True):
            for _ in range(k):
                specs.append(
                    {
                        "locale": loc,
                        "lang": lang,
                        "label": label,
                        "genre": rng.choice(compose.GENRES),
                        "items": [],
                        "roster": None,
                        "order": rng.random(),
                    }
                )
    pos = [s for s in specs if s["label"] == "pos"]
    roster_docs = rng.sample(pos, N_ROSTER)
    sizes = [N_LIST // N_ROSTER] * N_ROSTER
    for i in rng.sample(range(N_ROSTER), N_LIST - sum(sizes)):
        sizes[i] += 1
    for k, (s, n) in enumerate(zip(roster_docs, sizes, strict=True)):
        s["genre"] = rng.choice(("notice", "rental", "care", "travel", "forum", "email"))
        s["roster"] = (ROSTER_FORMATS[k % len(ROSTER_FORMATS)], n)
    return specs, [s for s in pos if s["roster"] is None]


def assign(rng, cands, make, n):
    for _ in range(n):
        s = min(cands, key=lambda d: (len(d["items"]), d["order"]))
        s["items"].append(make(s))


def distribute(rng, plain, fakers):
    for region in values.LOCAL_REGIONS:
        cands = [s for s in plain if own_region(s["locale"]) == region]
        assign(rng, cands, lambda s: phone_item(rng, "local", s["locale"]), COUNTS["local"])
    us = [s for s in plain if s["locale"] == "en_US" and s["genre"] in compose.COMPAT["US_SSN"]]
    for mode, n in zip(("dashed", "spaced"), SSNS, strict=True):
        assign(rng, us, lambda s, m=mode: other_item(rng, "US_SSN", m, s), n)
    for kind, modes, counts in (
        ("IP_ADDRESS", ("private", "public", "v6"), IPS),
        ("CREDIT_CARD", ("grouped", "dashed", "compact"), CARDS),
        ("IBAN", ("grouped", "compact"), IBANS),
    ):
        cands = [s for s in plain if s["genre"] in compose.COMPAT[kind]]
        for mode, n in zip(modes, counts, strict=True):
            assign(rng, cands, lambda s, k=kind, m=mode: other_item(rng, k, m, s), n)
    cands = [s for s in plain if s["genre"] in compose.COMPAT["EMAIL"]]
    for mode, n in zip(("personal", "role"), EMAILS, strict=True):
        assign(rng, cands, lambda s, m=mode: mail.email_item(rng, m, s, fakers[email_faker(s)]), n)
    for mode in ("other", "international", "national"):
        assign(rng, plain, lambda s, m=mode: phone_item(rng, m, s["locale"]), COUNTS[mode])


def email_faker(spec):
    return "en_IN" if spec["lang"] == "hi" else spec["locale"]


def text_faker(spec):
    return "hi_IN" if spec["lang"] == "hi" else spec["locale"]


def build():
    rng = random.Random(SEED)
    fakers = {}
    for k, loc in enumerate(sorted({x for lc, _, _ in LOCALES for x in (lc, "hi_IN")})):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(SEED + k)
    specs, plain = plan_docs(rng)
    distribute(rng, plain, fakers)
    out = []
    for n, s in enumerate(specs):
        fake = fakers[text_faker(s)]
        fake.seed_instance(rng.randrange(2**31))
        fakers[email_faker(s)].seed_instance(rng.randrange(2**31))
        L = LANG[s["lang"]]
        doc = compose.Doc(rng, s["lang"], L, s["locale"], fake, s["genre"], fresh_meta())
        items = list(s["items"])
        rng.shuffle(items)
        roster_spec = None
        if s["roster"]:
            fmt, k = s["roster"]
            rows = []
            for _ in range(k):
                items.append(phone_item(rng, "list-entry", s["locale"]))
                rows.append((fake.name(), compose.marker(len(items) - 1)))
            roster_spec = (fmt, rng.choice(L["roster_title"]), rng.choice(L["labels"][:3]), rows)
        nn = rng.randint(2, 4) if s["label"] == "neg" else rng.choice((0, 1, 1, 2))
        negs = rng.sample(sorted(LABELS), nn)
        text, spans, vals = compose.build_doc(doc, items, negs, roster_spec, fresh_meta)
        rid = "%s-%s-%s-%d" % (s["locale"], s["label"], s["genre"], n)
        meta = dict(
            doc.meta,
            lang=s["lang"],
            genre=s["genre"],
            group=s["label"],
            roster=roster_spec[0] if roster_spec else None,
            styles=[v.get("_style") for v in vals],
        )
        clean = [{k: v for k, v in it.items() if not k.startswith("_")} for it in vals]
        out.append(({"id": rid, "locale": s["locale"], "text": text, "spans": spans}, clean, meta))
    for rec, src in corpus_records(rng):
        out.append((rec, [], {"group": "corpus", "source": src}))
    rng.shuffle(out)
    return [o[0] for o in out], [o[1] for o in out], [o[2] for o in out]


def dumps(records, vals):
    a = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    b = "".join(json.dumps({"values": v}, ensure_ascii=False) + "\n" for v in vals)
    return a, b


def main():
    records, vals, _ = build()
    a, b = dumps(records, vals)
    RECORDS.write_text(a, encoding="utf-8")
    VALUES.write_text(b, encoding="utf-8")
    print("wrote %d records to %s and %s" % (len(records), RECORDS, VALUES))


if __name__ == "__main__":
    main()
