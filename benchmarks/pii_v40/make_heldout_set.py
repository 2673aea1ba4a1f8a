"""Write tests/data/pii_heldout_v40.jsonl: the fortieth independent held-out labelled set for PII detection
(phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), from industry, logistics and
agriculture paperwork.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths), benchmarks/results/ or any other
    benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, who ran no git command, no `make` target and no PII detector or redactor. Read:
    /tmp/s14/writer_prompt2.md (the brief), /tmp/s14/v38_docstring.txt (v38's module docstring, for format
    and conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s14/format_records_v38.jsonl and /tmp/s14/format_values_v38.jsonl (first three lines of v38 and its
    sidecar), /tmp/s14/ruff.toml.txt (lint settings), the first 80 lines of /work/shared/data/SOURCES.md, a
    listing of /work/shared/data/ (three levels), the first 400 characters of the German Multilingual
    HateCheck CSV, the header line of the English HateCheck CSV and the first 200 characters of amc23_test
    and aime24_test (for keys); phonenumbers, python-stdnum and Faker were only used through their APIs.
    Numbers were made and checked with phonenumbers only (values.py): a number is drawn from an area code or
    a mobile / service prefix and kept when valid, of the wanted type and (for the local-announcing
    countries) with phonenumbers' geographic area-code length equal to the town's code; every written form
    is parsed back to the same valid number before use (a habit that does not parse back falls back to
    phonenumbers' NATIONAL or INTERNATIONAL format), local forms with the area code put back; cards with
    Luhn, IBANs with python-stdnum (mod 97 and national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives were screened with phonenumbers (screen.py): each value on its own
    (PhoneNumberMatcher at Leniency.VALID, and parse + is_valid_number for values without a letter) for
    the document's own region and the region its national numbers come from (a failing value is drawn
    again, up to 300 times), and each whole document again with its labelled spans masked ('x') for those
    regions plus the region of every phone in it; the guards (screen.guard_hits: e-mail, Luhn card 13-19
    digits, valid IBAN, IPv4/IPv6, ddd-dd-dddd) run on every value and every masked document; a document
    that fails, or whose spans touch a letter or digit, is drawn again (up to 60 times). Written under a
    45-minute limit, so each genre cell is small (two header layouts, four fillers of which two to four are
    drawn, one sign-off per genre and language; contact lines are shared by the genres of a language).
    Emphasis: industry, logistics and agriculture, each genre with its own sentences in every language:
    freight manifests, CMR consignment notes, haulage and customs paperwork (freight), pick lists and
    delivery notes (warehouse), driver rosters and vehicle records (fleet), dispatch radio and night logs
    (dispatch), farm co-operative market reports and member notices (farm), maintenance logs and service
    bulletins (maint), safety data sheets, sections 1 and 14 (sds), trade price lists and supplier
    catalogues (supply).

Format and conventions: those of v38 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; local-announced only for US, GB, DE, NL, BR, IN fixed
    lines in documents of that country (en_US, en_GB, en_IN, hi, de_DE, nl_NL, pt_BR), text = subscriber
    part, area_len = length of the town's area code (equal to phonenumbers' geographic area-code length);
    area_len for every phone (0 where phonenumbers has none). AT/CH/BE/AU/IE documents write their own
    numbers internationally only and take half of their ordinary and directory numbers from DE (de_AT,
    de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE), which also give their service numbers;
    'from abroad' lines carry the document's own country's numbers (60%) or another country's, always
    written internationally; about a fifth of ordinary lines write the national number internationally.
    Hindi documents carry the locale en_IN (stats.py tells them by their Devanagari). ids
    <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>; records shuffled with the seed. Other
    modes: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid (Amex 4-6-5), IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced (en_US only). 'other' = service numbers (toll-free or
    shared cost); a service number in a directory keeps the mode list-entry. list-entry = a phone in a
    directory block under a heading, in one of three layouts new to v40: bullet rows ('• Yard marshal –
    0114-2248244'), tab-separated columns with the role padded ('Waage<TAB>0421 78 90 46') and arrow rows
    with the role in capitals ('PLANNING → 010 2913702'). A document's local number names its town;
    mobile-only phrasings carry mobiles, landline-only ones fixed lines. A span never touches a letter or
    digit. IBANs only in freight, supply and farm documents and never in en_US/en_AU/en_IN/hi; cards
    (fuel cards) in fleet and supply; IPs in warehouse, maint, dispatch and freight (a label printer on the
    dock LAN: v4-private; a tracking-portal login: v4 or v6); SSNs only in en_US fleet documents (new-hire
    form). Negative documents use the same headers and fillers with no contact lines (sometimes a 'no
    orders by phone' line).

What is new against v38, by module
    genres and layouts (compose.py, texts_en/de/fr/es/it/nl/pt/hi.py): the 8 genres above, in en, de, fr,
    es, it, nl, pt and hi, all sentences written fresh for v40; per language 3 general phone lines, a
    mobile-only, a landline-only, 2 'from abroad', 2 service, 3 local phrasings (en, de, nl, pt, hi:
    'From a Bristol phone just dial 972-9806', 'Aus dem Ortsnetz Bremen reicht 75 13 50', 'Bel binnen Zwolle
    gewoon 834 44 85', 'Em Londrina, disque só 2428 3449', 'लुधियाना शहर के अंदर डिपो का नंबर 664 0266 है'),
    2 e-mail, IBAN (not hi), card, 2 IP lines and (en) an SSN line, 2 directory headings, 6 roles, 3 hour
    ranges, 2 'no phone' lines; a template is not repeated within a document.
    53 hard-negative kinds (negs.py), none in v38's list: ISO 6346 container numbers with check digit,
    seal numbers, SSCC-18 pallet codes with GS1 check digit, batch / lot numbers, best-before dates,
    part numbers, machine serial numbers, gross weights (kg, t), temperature set points and ranges,
    case quantities, pallet dimensions (mm), HS / tariff codes, UN numbers with ADR class, Kemler hazard
    numbers, CAS numbers and EC numbers (check digits), flash points, occupational exposure limits (ppm,
    mg/m³), EORI numbers, customs MRNs, air waybill numbers (mod 7), bills of lading, VINs (check digit),
    odometer readings, engine / hour-meter hours, torque and tyre pressures, driving-licence numbers,
    tachograph card numbers, radio channels and frequencies (PMR446 MHz), GPS coordinates, log time
    stamps, dock doors, warehouse bin locations, farm holding numbers, livestock ear tags, yields with
    moisture, commodity prices per tonne / sack / quintal, NPK fertiliser grades, hectares, firmware
    versions, fault codes (SPN/FMI, OBD), calendar weeks, shift times, UIC wagon numbers (Luhn check),
    weighbridge tickets, engine power (kW / hp), tank volumes, densities and pH, Incoterms with place,
    catalogue article numbers, pack sizes, pallet counts, material grades (S355J2, 1.4301, SAE 15W-40).
    number habits (values.py): besides phonenumbers' NATIONAL and INTERNATIONAL formats: 00 prefixes for
    European and Indian numbers (0049 421 789046, 0033 5 87 94 39 55, 00353 91 684 302, 0091 20 4330
    9925); +cc-area-subscriber with dashes (+44-114-2248244, +31-10-2913702, +91-712-4192136); +cc (area)
    subscriber for DE, AT, CH (+49 (431) 852544); US 419.778.3533, 1-402-417-7763, (559) 391 5000,
    +1.559.391.5000; GB 0117 9729806 and 0114-2248244, mobiles 07945-498174 and solid; DE (0391) 542834,
    0541-3280598, old pair grouping 0381 9 53 64 05, mobiles 0162-1768487; FR dotted 04.23.56.85.16 and
    solid 0579032892, +33 4.23.56.85.16; ES 976-152-449, 968.58.78.40, 95 828 23 30 style for two-digit
    areas; IT with a slash 045/9975766, 051-6002176, mobiles 328/0026067; NL 050-7736589, 010 2913702,
    mobiles 06 42572973 and 06-42 57 29 73; PT solid 219150310 and 22 529 47 44; BR (43) 3123.4567,
    043 2428-3449, mobiles (65)91297-9294 and 65 91297 9294; IN 0712 4192136, 0281-360-0187, mobiles solid
    8867084145 and 08867084145; AU 03-8676-8498, (02) 2989-7613, mobiles 0464-351-092; IE (091) 684302,
    021-430 9733, mobiles 085-4746811. Service numbers only in NATIONAL / INTERNATIONAL format. Local forms:
    US 942.8343, GB 224-8244 (685-878 for six digits), DE 75 13 50 / 9 53 64 05 (pairs from the right) and
    561-15971, NL 8344485 / 291 37 02, BR 2428 3449, IN 41613072 / 789 6374.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL, used
    as a library only) for IBAN and Luhn; Faker (MIT) for person names (hi_IN names in Hindi documents,
    en_IN names for their e-mail addresses); towns from values.AREAS (fixed list); e-mail domains from
    compose.ORGS (invented names); corpus negatives untouched from /work/shared/data: GSM8K test questions
    (MIT), AMC23 and AIME24 problems (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'rejected' side
    (MIT; can be offensive), OpenAI moderation samples, prompts (MIT; can be offensive; locale en_GB),
    HateCheck English test cases (CC BY 4.0; can be hateful; locale en_GB), Multilingual HateCheck German,
    French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful; Portuguese given the
    locale pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits
    joined by spaces, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher (own
    region, US, GB) flag. Row = 0-based data row (after the CSV header / JSONL line index).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v40.make_heldout_set [--check]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v40.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v40.stats [RECORDS [VALUES]]

Counts (seed 10040; `python -m benchmarks.pii_v40.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors; ruff: 0 findings
    documents: 1200 {'pos': 642, 'neg': 390, 'corpus': 168}
    languages: {'en': 354, 'de': 139, 'fr': 129, 'nl': 127, 'pt': 127, 'es': 117, 'it': 117, 'hi': 90}
    values: 2342 by kind: {'PHONE': 1901, 'EMAIL': 192, 'IP_ADDRESS': 101, 'IBAN': 96, 'CREDIT_CARD': 50,
        'US_SSN': 2}
    modes: {'PHONE/list-entry': 655, 'PHONE/national': 542, 'PHONE/international': 375, 'PHONE/other':
        183, 'PHONE/local-announced': 146, 'EMAIL/role': 108, 'EMAIL/personal': 84, 'IBAN/print': 61,
        'IP_ADDRESS/v4-private': 50, 'IBAN/electronic': 35, 'IP_ADDRESS/v4': 34, 'CREDIT_CARD/spaced': 28,
        'IP_ADDRESS/v6': 17, 'CREDIT_CARD/solid': 15, 'CREDIT_CARD/dashed': 7, 'US_SSN/spaced': 1,
        'US_SSN/dashed': 1}
    local-announced by region: {'IN': 47, 'NL': 30, 'DE': 24, 'US': 18, 'GB': 16, 'BR': 11}
    genres: 129 documents each of dispatch, farm, fleet, freight, maint, sds, supply, warehouse
    hard-negative kinds defined: 53, drawn at this seed: 52; document redraws: 2
"""

import argparse
import json
import random
from pathlib import Path

from . import compose, corpus

SEED = 10040
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v40.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v40_values.jsonl"
# generated documents per locale (corpus negatives come on top)
PLAN = {
    "en_US": 70,
    "en_GB": 70,
    "en_IN": 40,
    "en_AU": 30,
    "en_IE": 30,
    "de_DE": 85,
    "de_AT": 22,
    "de_CH": 23,
    "fr_FR": 80,
    "fr_BE": 20,
    "fr_CH": 20,
    "es_ES": 108,
    "it_IT": 108,
    "nl_NL": 85,
    "nl_BE": 33,
    "pt_BR": 60,
    "pt_PT": 58,
    "hi": 90,
}
POS_SHARE = 0.62


def build(seed=SEED):
    rng = random.Random(seed)
    records, sidecar, redraws, used = [], [], 0, set()
    n = 1000
    for locale, count in PLAN.items():
        for _ in range(count):
            genre = compose.GENRES[n % len(compose.GENRES)]
            positive = rng.random() < POS_SHARE
            text, spans, vals, tries, kinds = compose.make(rng, locale, genre, positive)
            redraws += tries
            used |= kinds
            rid = "%s-%s-%s-%d" % (compose.record_locale(locale), "pos" if positive else "neg", genre, n)
            records.append({"id": rid, "locale": compose.record_locale(locale), "text": text, "spans": spans})
            sidecar.append({"values": vals})
            n += 1
    for rec in corpus.pick(rng):
        records.append(rec)
        sidecar.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [sidecar[i] for i in order], redraws, used


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the files, write nothing")
    args = ap.parse_args()
    records, sidecar, redraws, used = build()
    a, b = dump(records), dump(sidecar)
    if args.check:
        same = RECORDS.read_text(encoding="utf-8") == a and VALUES.read_text(encoding="utf-8") == b
        print("rebuild matches the files:", same)
        raise SystemExit(0 if same else 1)
    RECORDS.write_text(a, encoding="utf-8")
    VALUES.write_text(b, encoding="utf-8")
    print(
        "wrote %d records; document redraws: %d; hard-negative kinds used: %d"
        % (len(records), redraws, len(used))
    )


if __name__ == "__main__":
    main()
