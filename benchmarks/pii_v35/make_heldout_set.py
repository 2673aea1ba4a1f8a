"""Write tests/data/pii_heldout_v35.jsonl: a thirty-fifth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (nothing under tests/ was read or listed; only the two output files were
    written there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or
    listed), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v33's generator (handed over as a text file); the first three
    lines of v33's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first lines of the
    German multilingual HateCheck CSV, the English HateCheck CSV and GSM8K test (for their headers); the
    other corpus files were only read by corpus.py. Numbers were made and checked with phonenumbers only:
    every written form is parsed back to the same valid number (local forms with their area code put back);
    cards with Luhn, IBANs with mod 97 plus python-stdnum's national checks, SSNs with the SSA rules, IPs with
    the ipaddress module. Hard negatives are screened as v33 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's region, its national
    region and its language's home regions, plus the guards (screen.guard_hits: e-mail shape, Luhn-valid
    13-19 digit runs, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled
    spans masked; a value still dirty after 200 draws would become '#nofilter' (0 times in this build).
    Written under a 45-minute limit, so each language's cells are small (2-4 lines per genre and slot).
    Emphasis: social media and messaging text.

Format and conventions: those of v33 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, PHONE values with region, e164, area_len; PHONE modes international, national, local-announced,
    list-entry, other). Subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines,
    75 each; area_len = the length of the document's area code, asserted equal to phonenumbers' geographic
    area code length; text = the subscriber part only; a document's local numbers share one area code and
    the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers internationally only and
    use DE, FR, NL or GB for national, list and service numbers (compose.LOCALES); no 00 prefixes at all.
    Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Modes of the other kinds: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced. 'other' = service numbers
    (toll-free, shared cost, UAN). list-entry = a phone in a roster block: pinned-contact and admin lists
    with numbered, bulleted, emoji-arrow or pipe-separated entries. No phone is split across lines; every
    phone is one digit string with separators, emoji and words stay outside the span.

What is new against v33, by module
    genres (compose.py, lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt.py): 9 social genres, none in v33:
    post (neighbourhood-group posts and numbered threads with hashtags), comments (comment sections with
    '@handle · 3h' and '↳ x replied:' heads), bio (profile bios), forum (community Q&A answers), chat
    (Telegram/WhatsApp/Signal/Discord exports with three timestamp-head styles), dating (dating and
    roommate profiles), market (buy-and-sell group posts), event (event promotions, webinars), gaming (fan
    and gaming communities); all lines written fresh for v35 in en (with Hinglish lines for en_IN), de, fr,
    es (some Spanglish), it, nl, pt, hi; local numbers announced in new ways ('if ur in Leeds just ring',
    'Calling from inside Tampa? Dial', 'Aus Münster? Dann einfach ... wählen, ohne Vorwahl', 'Vanuit
    Leiden? Bel dan gewoon ..., zonder netnummer', 'Quem é de Curitiba liga só ..., sem DDD', 'Pune mein ho
    toh seedha ... pe call karo, STD code ki zaroorat nahi', '(Nagpur शहर के अंदर से)'); SSNs in scam-warning
    posts;
    41 hard-negative kinds defined (negs.py), none in v33's list: social counts (12,4k / 1.284.903 /
    Indian lakh grouping), hashtags with digits, @handles with digits, chat-export timestamps, Discord
    snowflake ids, Discord name#1234 tags, Telegram user ids, Signal safety numbers (12 groups of 5),
    Zoom meeting ids and passcodes, Switch friend codes, Pokémon GO trainer codes (4-4-4), Genshin UIDs,
    Steam friend codes, MMR/Elo ratings, match scores, prices (₹ lakh, R$, €, $, £), room sizes in m²,
    age/height, date ranges, time ranges, eBay item numbers, classified-ad ids, PayPal transaction ids,
    UPI reference numbers, event-ticket barcodes, block/row/seat, flight numbers, train numbers, video
    timestamps, poll percentages, phone models with storage, shoe sizes, year ranges, reputation points,
    Discord invite links, Indian PIN codes, stream uptimes, lobby codes (also defined, unused here:
    crypto amounts, SMS short codes);
    number habits (numbers.py): IN 98765 43210 / 98765-43210 / 9876-543-210 / 987 654 3210 / fully spaced
    9 8 7 6 5 4 3 2 1 0 / 98765.43210, +91-98765-43210, +91 9876 543 210; +CC-NSN and +CC NSN solid
    after a space; '+ 49' with a space after the plus; DE 0176-1234 5678, 0176 / 1234 5678,
    0176.1234.5678; GB 07912 345 678, 07912-345-678, +44 7912 345 678; US 512 884 1234, (512) 884 1234,
    +1 (512) 884 1234; FR 06-12-34-56-78, +33 6 12 34 56 78; ES 612 34 56 78, 612.345.678, +34 612-345-678;
    IT 347-1234567, 347.123.4567, +39 347.123.4567; NL 06 12 34 56 78, 06 - 1234 5678; PT 912-345-678,
    912.345.678; BR 11 98765-4321, (11)98765-4321, 11 9 8765-4321, 011 98765-4321, +55 (11) 98765-4321;
    local forms 884 1234, 245 6789, 2045 6789, 456 789, 1 23 45 67, 123-45-67, 12 34 567, 3325 4410,
    3325.4410, 2550 1234, 2550-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for first names (hi_IN names in Hindi documents);
    towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: Multilingual HateCheck
    German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful), HateCheck English
    test cases (CC BY 4.0; can be hateful), OpenAI moderation samples, prompts (MIT; can be offensive),
    GSM8K test questions (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'chosen' side (MIT; can be
    offensive); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined
    by spaces, tabs, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v35.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v35.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v35.stats [RECORDS [VALUES]]

Counts (seed 10035; `python -m benchmarks.pii_v35.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors
    documents: 1309 {'pos': 739, 'neg': 420, 'corpus': 150}
    values: 1722; by kind: {'PHONE': 1379, 'EMAIL': 191, 'IP_ADDRESS': 52, 'IBAN': 46, 'CREDIT_CARD': 37,
            'US_SSN': 17}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 291, 'PHONE/international': 286,
            'PHONE/list-entry': 225, 'PHONE/other': 127, 'EMAIL/personal': 97, 'EMAIL/role': 94,
            'IBAN/print': 34, 'IP_ADDRESS/v4': 24, 'CREDIT_CARD/spaced': 20, 'IP_ADDRESS/v6': 15,
            'IP_ADDRESS/v4-private': 13, 'IBAN/electronic': 12, 'US_SSN/dashed': 12, 'CREDIT_CARD/solid': 12,
            'US_SSN/spaced': 5, 'CREDIT_CARD/dashed': 5}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'bio': 129, 'chat': 147, 'comments': 131, 'dating': 113, 'event': 142, 'forum': 129,
            'gaming': 122, 'market': 113, 'post': 133}
    languages (documents written here): {'de': 171, 'en': 425, 'es': 85, 'fr': 102, 'hi': 103, 'it': 81,
            'nl': 172, 'pt': 170}
    hard-negative kinds used: 39; hard-negative values: 5989; document redraws: 0; value redraws: 1837
"""

import json
import random
import sys
from pathlib import Path

from faker import Faker

from . import compose, corpus, numbers, screen

SEED = 10035
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/data/pii_heldout_v35.jsonl"
OUT_VALUES = ROOT / "tests/data/pii_heldout_v35_values.jsonl"
LOCAL_LANGS = {
    "US": [("en_US", "en")],
    "GB": [("en_GB", "en")],
    "DE": [("de_DE", "de")],
    "NL": [("nl_NL", "nl")],
    "BR": [("pt_BR", "pt")],
    "IN": [("en_IN", "en"), ("en_IN", "hi")],
}
N_GENERIC, N_LIST, N_NEG, LOCAL_EACH = 330, 55, 420, 75
FAKER_LOC = {"fr_BE": "fr_FR", "nl_BE": "nl_BE", "en_IN": "en_IN", "hi_IN": "hi_IN"}


def fakers(seed):
    out = {}
    for loc in sorted({x[0] for x in compose.LOCALES} | {"hi_IN"}):
        try:
            f = Faker(FAKER_LOC.get(loc, loc))
        except AttributeError:
            f = Faker("en_US")
        f.seed_instance(seed)
        out[loc] = f
    return out


def pick_locale(rng):
    loc = rng.choices(compose.LOCALES, weights=[x[4] for x in compose.LOCALES])[0]
    return loc[:4]


def doc_id(locale, lang, kind, genre, n):
    return "%s-%s-%s%s-%d" % (locale, kind, "hi-" if lang == "hi" else "", genre, n)


def try_build(rng, fk, locale, lang, region, nat, genre, plan_fn, stats, town_area=None):
    for _ in range(50):
        ctx = compose.Ctx(rng, fk, locale, lang, region, nat)
        if town_area:
            ctx.town, ctx.area = town_area
        doc = compose.build(ctx, genre, plan_fn())
        stats["value_redraws"] += ctx.redraws
        text = doc.text()
        if screen.doc_dirty(text, doc.spans, ctx.regions):
            stats["doc_redraws"] += 1
            continue
        stats["neg_values"] += ctx.neg_count
        stats["neg_kinds"] |= ctx.neg_kinds
        return text, doc
    raise RuntimeError("could not build a clean %s %s document" % (locale, genre))


def build_all(seed=SEED):
    rng = random.Random(seed)
    fk = fakers(seed)
    stats = {"value_redraws": 0, "doc_redraws": 0, "neg_values": 0, "neg_kinds": set()}
    recs, vals = [], []

    def emit(text, doc, locale, lang, kind, genre):
        recs.append(
            {
                "id": doc_id(locale, lang, kind, genre, len(recs)),
                "locale": locale,
                "text": text,
                "spans": doc.spans,
            }
        )
        vals.append({"values": doc.values})

    def extras(lang, locale):
        out = []
        if rng.random() < 0.3:
            out.append(("kind", "email"))
        if rng.random() < 0.07:
            out.append(("kind", "iban"))
        if rng.random() < 0.05:
            out.append(("kind", "card"))
        if rng.random() < 0.09 and compose.LEX[lang]["ip"]:
            out.append(("kind", "ip"))
        if locale == "en_US" and lang == "en" and rng.random() < 0.2:
            out.append(("kind", "ssn"))
        return out

    # local-announced: 75 subscriber-only numbers per region, one town per document
    for region, langs in LOCAL_LANGS.items():
        got = 0
        while got < LOCAL_EACH:
            locale, lang = rng.choice(langs)
            town_area = rng.choice(numbers.AREAS[region])
            n_loc = min(rng.choice([1, 1, 2]), LOCAL_EACH - got)
            genre = rng.choice(compose.GENRES)

            def plan(n_loc=n_loc, lang=lang, locale=locale):
                p = [("local",)] * n_loc + [("neg",)] * rng.randint(1, 2)
                if rng.random() < 0.3:
                    p.append(("pos", rng.choice(["national", "international"])))
                p += extras(lang, locale)
                rng.shuffle(p)
                return p

            text, doc = try_build(rng, fk, locale, lang, region, region, genre, plan, stats, town_area)
            got += n_loc
            emit(text, doc, locale, lang, "pos", genre)

    # generic positives: national, international, service numbers
    for _ in range(N_GENERIC):
        locale, lang, region, nat = pick_locale(rng)
        genre = rng.choice(compose.GENRES)

        def plan(lang=lang, locale=locale):
            modes = ["national", "national", "international", "international", "other"]
            p = [("pos", rng.choice(modes)) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
            p += [("neg",)] * rng.randint(1, 3) + extras(lang, locale)
            rng.shuffle(p)
            return p

        text, doc = try_build(rng, fk, locale, lang, region, nat, genre, plan, stats)
        emit(text, doc, locale, lang, "pos", genre)

    # roster blocks
    for _ in range(N_LIST):
        locale, lang, region, nat = pick_locale(rng)
        genre = rng.choice(["post", "chat", "event", "gaming", "forum"])

        def plan():
            p = [("list", rng.randint(3, 5)), ("neg",)]
            if rng.random() < 0.3:
                p.append(("pos", "national"))
            rng.shuffle(p)
            return p

        text, doc = try_build(rng, fk, locale, lang, region, nat, genre, plan, stats)
        emit(text, doc, locale, lang, "pos", genre)

    # hard negatives: the same genres, no PII
    for _ in range(N_NEG):
        locale, lang, region, nat = pick_locale(rng)
        genre = rng.choice(compose.GENRES)
        text, doc = try_build(
            rng, fk, locale, lang, region, nat, genre, lambda: [("neg",)] * rng.randint(2, 4), stats
        )
        emit(text, doc, locale, lang, "neg", genre)

    for r in corpus.corpus_docs(rng):
        recs.append(r)
        vals.append({"values": []})

    order = list(range(len(recs)))
    rng.shuffle(order)
    return [recs[i] for i in order], [vals[i] for i in order], stats


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None):
    recs, vals, stats = build_all()
    OUT.write_text(dump(recs), encoding="utf-8")
    OUT_VALUES.write_text(dump(vals), encoding="utf-8")
    print(
        "documents",
        len(recs),
        "neg kinds used",
        len(stats["neg_kinds"]),
        "neg values",
        stats["neg_values"],
        "doc redraws",
        stats["doc_redraws"],
        "value redraws",
        stats["value_redraws"],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
