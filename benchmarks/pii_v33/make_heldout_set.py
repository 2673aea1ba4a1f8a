"""Write tests/data/pii_heldout_v33.jsonl: a thirty-third, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (nothing under tests/ was read or listed; only the two output files were
    written there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or
    listed), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v31's generator (handed over as a text file); the first three
    lines of v31's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data and of its moderation/
    multilingual_hatecheck folder, and the header lines of two HateCheck CSVs (English, German); the
    installed Faker locales were tried once (names, streets, postcodes). Numbers were made and checked with
    phonenumbers only: every written form is parsed back to the same valid number (local forms with their
    area code put back); cards with Luhn, IBANs with mod 97 plus python-stdnum's national checks, SSNs with
    the SSA rules, IPs with the ipaddress module. Hard negatives were screened as v31 describes: each value
    on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's region
    and its home region, plus the guards (screen.guard_hits), and each whole document again with its labelled
    spans masked; a value still dirty after 200 draws is replaced by a UUID (8 times in this build). Written
    under a 45-minute limit (overrun by some minutes), so each language's sentence cells are small.
    Emphasis: machine-made and structured text scraped from the web and from exports.

Format and conventions: those of v31 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, PHONE values with region, e164, area_len; PHONE modes international, national, local-announced,
    list-entry, other). Subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines,
    75 each; area_len = the length of the document's area code, asserted equal to phonenumbers' geographic
    area code length; text = the subscriber part only; a document's local numbers share one area code and
    the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers internationally only and
    use DE, FR, NL or GB for national, list and service numbers; 00 prefixes only for numbers of countries
    that dial 00 (never US, BR, AU). Hindi documents carry the locale en_IN and 'hi-' before the genre in the
    id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled
    with the seed. Modes of the other kinds: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced. 'other' = service numbers
    (toll-free, shared cost, UAN). list-entry = a phone in a roster block: dot-leader directory lines,
    contact-export CSV rows (Google-contacts header), Markdown tables. No phone is split across lines.

What is new against v31, by module
    genres (genres.py, lex_a.py, lex_b.py, compose.py): 10 machine-made genres, none in v31: directory
    (yellow-pages listings with ratings, listing ids, dot-leader blocks), vcard (vCard 3.0/4.0 records with
    TEL;TYPE=cell:, TEL;VALUE=uri:tel:, UID/REV lines, or CSV contact exports, pasted into help-forum posts),
    webpage (HTML stripped to text: nav menus, tel: links, legal footers with company register and VAT ids,
    cookie banners with consent ids, 'Your IP' lines), config (JSON, YAML, XML, log lines with phone= /
    to= fields, .env files, inside ``` fences in forum posts), product (listings with EAN/UPC/ISBN/GTIN/SKU/
    model/serial/IMEI/ASIN/VIN/ISSN/MAC fields), order (shipping and tracking e-mails), invoice (invoices,
    receipts, credit notes with VAT ids, customer and invoice numbers, HS codes, batches, IBAN or card
    payment lines), timetable (bus and ferry timetables with stop ids and information lines), notify
    (auto-generated SMS: one-time codes, delivery slots, appointment reminders, with sender ids), address
    (shipping and billing address blocks, tracking and GPS lines, contact tables); all sentences and labels
    written fresh for v33 in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('Local
    calls from within Omaha:', 'Im Ortsnetz Kiel ohne Vorwahl:', 'Binnen Utrecht zonder netnummer:', 'De
    Recife, disque só', 'स्थानीय कॉल (जयपुर, बिना STD कोड):'), US SSN lines of payroll/W-9 exports;
    43 hard-negative kinds defined (negs.py), 37 used in this build, none in v31's list: EAN-13, UPC-A,
    ISBN-13, ISBN-10, GTIN-14, SKUs, model numbers, serial numbers, IMEIs, MAC addresses, UUIDs, git hashes,
    Unix epoch seconds, ISO 8601 timestamps, pid/tid pairs, HTTP access-log fields, Windows build numbers,
    semver build strings, e-commerce order numbers, parcel tracking numbers, invoice numbers, EU VAT ids
    (valid per python-stdnum), company register numbers (HRB, KvK, RCS, FN, CIN...), CNPJ, GSTIN, one-time
    codes, customer numbers, HS/customs tariff codes, lot numbers, GPS coordinates, ASINs, VINs, ISSNs,
    host:port pairs, stop ids, cookie consent ids, support-ticket ids (also defined, unused here: energy
    meter point ids, PO box numbers, BICs, US routing numbers, DOIs);
    number habits (habits.py): WHOIS +CC.NSN (+1.4023417776), E.164 solid, RFC 3966 bodies after tel:
    (+49-521-5607123), (+34) 912345678, +CC (0)area rest, +33.1.42.68.53.00 / +1.402.341.7776 dots,
    00CC area rest, German switchboard/extension style +49 521 56071-23 and 0521 56071-23, +43 664/1234567
    and 333/1234567 slashes, +55 11 9 8765-4321, US 402.341.7776, (402)341-7776, 1-402-341-7776, 0521/5607123,
    0521-5607123, 0141-2214567, 06-12345678, 098765 43210, (021) 91507-1511, FR 01.42.68.53.00, ES/PT
    912 345 678; local forms 5607123, 560-7123, 560.7123, 560 71 23, 5 607 123, 56071-23, 3325-4410.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN, VAT, EAN, ISBN, ISSN, CNPJ, GSTIN and routing checks; Faker (MIT) for
    names and street names (hi_IN names in Hindi documents); towns from values.AREAS and compose.CITIES;
    corpus negatives untouched from /work/shared/data: GSM8K train questions (MIT), MATH-500 problems (MIT),
    AIME 2024 and AMC 2023 problems (MIT), HumanEval prompts (MIT), Anthropic hh-rlhf harmless-base test
    dialogues, 'rejected' side (MIT; can be offensive), OpenAI moderation samples, prompts (MIT; can be
    offensive), HateCheck English test cases (CC BY 4.0; can be hateful), Multilingual HateCheck German,
    French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by spaces, tabs, dashes, dots,
    slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v33.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v33.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v33.stats [RECORDS [VALUES]]

Counts (seed 10033; `python -m benchmarks.pii_v33.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors
    documents: 1168 {'pos': 602, 'corpus': 150, 'neg': 416}
    values: 2016; by kind: {'PHONE': 1558, 'EMAIL': 233, 'IP_ADDRESS': 98, 'CREDIT_CARD': 53, 'IBAN': 46,
            'US_SSN': 28}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 398, 'PHONE/international': 387, 'PHONE/list-
            entry': 228, 'EMAIL/role': 146, 'PHONE/other': 95, 'EMAIL/personal': 87, 'IP_ADDRESS/v4': 51,
            'CREDIT_CARD/spaced': 32, 'IBAN/print': 30, 'IP_ADDRESS/v4-private': 25, 'US_SSN/dashed': 22,
            'IP_ADDRESS/v6': 22, 'IBAN/electronic': 16, 'CREDIT_CARD/solid': 12, 'CREDIT_CARD/dashed': 9,
            'US_SSN/spaced': 6}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'address': 88, 'config': 107, 'directory': 119, 'invoice': 96, 'notify': 90, 'order': 96,
            'product': 106, 'timetable': 94, 'vcard': 115, 'webpage': 107}
    hard-negative kinds used: 37; hard-negative values: 3180; document redraws: 0; value redraws: 2723;
            values left out: 8
"""

import json
import random
import sys

from . import compose, screen
from .compose import GENRES, Ctx
from .corpus import corpus_records

SEED = 10033
OUT = "tests/data/pii_heldout_v33.jsonl"
OUT_VALUES = "tests/data/pii_heldout_v33_values.jsonl"
LOCALES = [  # (locale, language, region, home region for national/list/service numbers, positives, negatives)
    ("en_US", "en", "US", "US", 55, 38),
    ("en_GB", "en", "GB", "GB", 50, 34),
    ("en_AU", "en", "AU", "GB", 15, 11),
    ("en_IE", "en", "IE", "GB", 15, 11),
    ("en_IN", "en", "IN", "IN", 38, 22),
    ("en_IN", "hi", "IN", "IN", 40, 27),
    ("de_DE", "de", "DE", "DE", 55, 38),
    ("de_AT", "de", "AT", "DE", 15, 11),
    ("de_CH", "de", "CH", "DE", 15, 11),
    ("fr_FR", "fr", "FR", "FR", 45, 32),
    ("fr_BE", "fr", "BE", "FR", 12, 9),
    ("fr_CH", "fr", "CH", "FR", 10, 8),
    ("es_ES", "es", "ES", "ES", 45, 32),
    ("it_IT", "it", "IT", "IT", 45, 32),
    ("nl_NL", "nl", "NL", "NL", 50, 32),
    ("nl_BE", "nl", "BE", "NL", 12, 9),
    ("pt_BR", "pt", "BR", "BR", 55, 37),
    ("pt_PT", "pt", "PT", "PT", 30, 22),
]
LOCAL_QUOTA = 75


def build_all(seed=SEED):
    rng = random.Random(seed)
    neg_rng = random.Random(seed + 1)
    records, sidecar = [], []
    pos_docs_by_region = {}
    for _loc, lang, region, _home, npos, _ in LOCALES:
        if region in ("US", "GB", "DE", "NL", "BR", "IN") and (
            lang in ("en", "hi") or region not in ("US", "GB", "IN")
        ):
            pos_docs_by_region[region] = pos_docs_by_region.get(region, 0) + npos
    seen_local = {}
    redraws = 0
    n = 0
    for loc, lang, region, home, npos, nneg in LOCALES:
        for polarity, count in (("pos", npos), ("neg", nneg)):
            genres = [GENRES[i % len(GENRES)] for i in range(count)]
            rng.shuffle(genres)
            for genre in genres:
                n_local = 0
                if polarity == "pos" and region in pos_docs_by_region:
                    k = seen_local.get(region, 0)
                    total = pos_docs_by_region[region]
                    n_local = LOCAL_QUOTA // total + (k < LOCAL_QUOTA % total)
                    seen_local[region] = k + 1
                for _ in range(50):
                    c = Ctx(rng, loc, lang, region, home, seed, n_local, polarity == "neg")
                    doc, used = compose.build(c, genre, neg_rng)
                    if polarity == "pos" and not doc.spans:
                        redraws += 1
                        continue
                    m = screen.masked(doc.text, doc.spans)
                    if screen.guard_hits(m) or screen.phone_hits(m, sorted({region, home})):
                        redraws += 1
                        continue
                    break
                else:
                    raise RuntimeError("could not draw a clean %s %s document" % (loc, genre))
                sub = genre if lang != "hi" else "hi-" + genre
                records.append(
                    {
                        "id": "%s-%s-%s-%d" % (loc, polarity, sub, n),
                        "locale": loc,
                        "text": doc.text,
                        "spans": doc.spans,
                    }
                )
                sidecar.append({"values": doc.values, "_negs": used})
                n += 1
    for r in corpus_records(random.Random(seed + 2)):
        records.append(r)
        sidecar.append({"values": [], "_negs": []})
    order = list(range(len(records)))
    random.Random(seed + 3).shuffle(order)
    recs = [records[i] for i in order]
    side = [sidecar[i] for i in order]
    return recs, side, redraws


def dumps(records, side):
    a = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    b = "".join(json.dumps({"values": s["values"]}, ensure_ascii=False) + "\n" for s in side)
    return a, b


def main(argv):
    records, side, redraws = build_all()
    a, b = dumps(records, side)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(a)
    with open(OUT_VALUES, "w", encoding="utf-8") as fh:
        fh.write(b)
    print(
        "wrote %d records; document redraws %d; hard-negative redraws %d, dropped %d"
        % (len(records), redraws, screen.STATS["redraws"], screen.STATS["dropped"])
    )


if __name__ == "__main__":
    main(sys.argv[1:])
