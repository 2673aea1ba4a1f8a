"""Write tests/data/pii_heldout_v38.jsonl: the thirty-eighth independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), from household paperwork.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths), benchmarks/results/ or any other
    benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, who ran no git command, no `make` target and no PII detector or redactor. Read:
    /tmp/s14/writer_prompt2.md (the brief), /tmp/s14/v36_docstring.txt (v36's module docstring, for format
    and conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s14/format_records_v36.jsonl and /tmp/s14/format_values_v36.jsonl (first three lines of v36 and its
    sidecar), /tmp/s14/ruff.toml.txt (lint settings), /work/shared/data/SOURCES.md, a listing of
    /work/shared/data/ (three levels), the first 400 characters of the German Multilingual HateCheck CSV, the
    header line of the English HateCheck CSV and the first 200 characters of gsm8k_test and math500_test (for
    keys); the source of phonenumbers / python-stdnum was only used through their APIs (stdnum's IBAN
    registry was queried for BBAN structures). Numbers were made and checked with phonenumbers only: every
    written form is parsed back to the same valid number before use (a habit that does not parse back falls
    back to phonenumbers' NATIONAL or INTERNATIONAL format), local forms with the area code put back; cards
    with Luhn, IBANs with python-stdnum (mod 97 and national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives were screened with phonenumbers (screen.py): each value on its own
    (PhoneNumberMatcher at Leniency.VALID always, and parse + is_valid_number for values that hold no
    letter: a departure from v36, whose parse test on every value would reject almost any alphanumeric
    reference in DE, where nearly every digit run is a valid number) for the document's own region and the
    region its national numbers come from (a failing value is drawn again, up to 300 times), and each whole
    document again with its labelled spans masked ('x'); the guards (screen.guard_hits: e-mail, Luhn card
    13-19 digits, valid IBAN, IPv4/IPv6, ddd-dd-dddd) run on every value and every masked document; a
    document that fails, or whose spans touch a letter or digit, is drawn again (up to 60 times). Written
    under a 45-minute limit, so each genre cell is small (two header layouts, three or four fillers and one
    or two sign-offs per genre and language; contact lines are shared by the genres of a language).
    Emphasis: money and household administration, each genre with its own sentences in every language: bank
    statements and transaction lists (bank), credit-card fraud alerts (fraud), loan and mortgage offers
    (credit), payment reminders and debt-collection letters (dunning), energy, broadband and mobile bills
    (utility), tax-office letters (tax), payslips and pension statements (payroll), insurance renewal notices
    (insurance), e-commerce return and refund e-mails (refund), crowdfunding / fundraising pages (fund).

Format and conventions: those of v36 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; local-announced only for US, GB, DE, NL, BR, IN fixed
    lines in documents of that country (en_US, en_GB, en_IN, hi, de_DE, nl_NL, pt_BR), text = subscriber
    part, area_len = length of the document's area code (equal to phonenumbers' geographic area-code
    length); area_len for every phone (0 where phonenumbers has none). AT/CH/BE/AU/IE documents write their
    own numbers internationally only (about half of their plain and list phone lines; such list rows keep the
    mode list-entry) and use DE (de_AT, de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE) for
    national, list and service numbers; 'from abroad' lines carry the document's own country's numbers (60%)
    or another country's; about a fifth of ordinary lines write the national number internationally. No 00
    prefixes are written in v38. Hindi documents carry the locale en_IN (stats.py tells them by their
    Devanagari). ids <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>; records shuffled with the
    seed. Other modes: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid (Amex 4-6-5), IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced (en_US only). 'other' = service
    numbers (toll-free, shared cost; toll-free where a region has no shared-cost range). list-entry = a phone
    in a directory block under a heading: dotted-leader rows ('Complaints ............ 0113 496 0123') or
    pipe rows ('Kartensperre | rund um die Uhr | 0511 / 1234567'). A document's local number names its town
    ('Within Leeds, drop the area code: 221 0967', 'Im Ortsnetz Dresden genügt die Durchwahl 642 87 95',
    'Belt u vanuit Leiden? Dan is 635-8883 genoeg', 'De um fixo de Curitiba, basta discar 3155.6641',
    Hindi town names in Devanagari); mobile-only phrasings carry mobiles, landline-only ones fixed lines.
    A span never touches a letter or digit. IBANs, cards, IPs and SSNs only appear in genres where they
    belong (IBAN: all but fraud, never in en_US/en_AU/en_IN/hi; card: fraud, refund, fund, insurance, bank;
    IP: online sign-in in bank, fraud, refund, fund, router address in utility; SSN: en_US tax, payroll and
    credit). Negative documents use the same headers and fillers, with no contact lines (sometimes a 'no
    calls, write to us' line). A few hard negatives belong to one locale only (boleto and CPF: pt_BR;
    Multibanco reference and Portuguese NIF: pt_PT; Belgian structured communication: fr_BE, nl_BE).

What is new against v36, by module
    genres and layouts (compose.py, texts_en/de/fr/es/it/nl/pt/hi.py): the 10 money genres above, in en,
    de, fr, es, it, nl, pt and hi, all sentences written fresh for v38; per language 3 general phone lines,
    a mobile-only, a landline-only, 2 'from abroad', 2 service, 3 local phrasings (en, de, nl, pt, hi), 2
    e-mail, IBAN (not hi), card, IP lines and (en) an SSN line, 2 directory headings, 6 roles, 3 hour
    ranges, 2 'no phone' lines; a template is not repeated within a document.
    57 hard-negative kinds (negs.py, negs_ids.py), none in v36's list: currency amounts (incl. Indian lakh
    grouping ₹1,42,472.88), interest rates or APR, masked card numbers, masked IBANs, customer numbers,
    contract numbers, energy meter serials, meter readings (kWh, m³), invoice numbers, transaction ids,
    SEPA mandate references, SEPA creditor identifiers, BICs, UK sort codes and US ABA routing numbers
    (valid checksum), personal tax ids (German IdNr, Dutch BSN, Portuguese NIF, Spanish DNI, Italian
    codice fiscale, French numéro fiscal, Indian PAN, UK NI-style; checksummed with stdnum), VAT numbers,
    tax references (German Steuernummer 21/815/08150 style, UK UTR), pension / social-security numbers
    (German RV number, Spanish NSS, Brazilian PIS style, Indian UAN), employee numbers, hours worked, pay
    periods, UK tax codes / German tax class with factor, insurance policy numbers, no-claims classes,
    licence plates, loan terms, loan-to-value ratios, due dates, e-commerce order numbers (3-7-7), return
    authorisations, parcel tracking numbers, EAN-13 codes (valid check digit), crowdfunding backer /
    percent lines, campaign ids, card authorisation codes, merchant / terminal ids, court and collection
    file numbers, ISO 11649 RF creditor references, Belgian structured communications
    (+++090/9337/55493+++), Multibanco entity and reference, Brazilian boleto lines, IFSC codes, UPI
    references, PAN (Hindi tax letters), ISINs, data usage, line speeds, router MAC addresses, premium /
    rate changes, statement numbers, cheque numbers, bank codes (BLZ), unit prices (ct/kWh, p/kWh),
    pension points, CPF numbers, pagoPA notice codes, Dutch payment references (betalingskenmerk).
    number habits (values.py): besides phonenumbers' NATIONAL and INTERNATIONAL formats: E.164 written
    solid (+15039428343) for every country; +cc (0) with the trunk zero in brackets (+44 (0)113 496 0123,
    +49 (0) 511 1234567, +31 (0)20 888 3607, +33 (0)5 79 03 28 92, and for AT, CH, BE, IE, AU); US
    503-942-8343, 503 942 8343, +1 (503) 942-8343; GB (0113) 496 0123, mobiles 07700 900 123; DE
    0511 / 1234567 and 0511/1234567 (area, slash, subscriber; mobiles 0171 / 1234567); FR 05-79-03-28-92;
    ES 938 244 757 (3-3-3), (+34) 938 24 47 57, +34 938 244 757; IT fixed 06 20278683 (area, solid
    subscriber), mobiles 338 123 4567 and 338.1234567, (+39) 06 2027 8683; NL (020) 888 36 07, 06-1234 5678;
    PT (+351) 912 345 678; BR 41 3123-4567, (41) 3123 4567, mobiles with the split nine (41) 9 9123-4567 and
    41 9 9123-4567, +55 41 9 9123-4567, +55 41 3123-4567; IN mobiles 98765-43210 / 98765 43210,
    +91-98765-43210, +91 98765-43210, fixed 080-23456789 and (080) 2345 6789. Service numbers only in
    NATIONAL / INTERNATIONAL format. Local forms: US 942 8343 / 942-8343, GB 221 0967 / 2210967 and
    412 345 for six-digit subscribers, DE 642 87 95 / 6428795 (six digits 56 22 31), NL 217-6262 /
    866 86 47, BR 31556641 / 3342.2667 / 3055-6195, IN 2102-4376 / 2102 4376 / 290-6045 / 2906045.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL, used
    as a library only) for IBAN, Luhn and the checksummed hard negatives; Faker (MIT) for person names (hi_IN
    names in Hindi documents, en_IN names for their e-mail addresses); towns from values.AREAS (fixed list);
    e-mail domains from compose.ORGS (invented names); corpus negatives untouched from /work/shared/data:
    GSM8K train questions (MIT), MATH-500 problems (MIT), Anthropic hh-rlhf harmless-base test dialogues,
    'chosen' side (MIT; can be offensive), OpenAI moderation samples, prompts (MIT; can be offensive; locale
    en_GB), HateCheck English test cases (CC BY 4.0; can be hateful; locale en_GB), Multilingual HateCheck
    German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful; Portuguese given
    the locale pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits
    joined by spaces, tabs, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher
    (own region, US, GB) flag. Row = 0-based data row (after the CSV header / JSONL line index).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v38.make_heldout_set [--check]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v38.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v38.stats [RECORDS [VALUES]]

Counts (seed 10038; `python -m benchmarks.pii_v38.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors; ruff: 0 findings
    documents: 1206 {'pos': 645, 'neg': 395, 'corpus': 166}
    languages: {'en': 364, 'de': 137, 'fr': 127, 'pt': 127, 'nl': 127, 'it': 117, 'es': 117, 'hi': 90}
    values: 2537 by kind: {'PHONE': 1890, 'EMAIL': 320, 'IBAN': 149, 'IP_ADDRESS': 88, 'CREDIT_CARD': 86,
        'US_SSN': 4}
    modes: {'PHONE/national': 608, 'PHONE/international': 479, 'PHONE/list-entry': 457, 'PHONE/other':
        213, 'EMAIL/role': 178, 'EMAIL/personal': 142, 'PHONE/local-announced': 133, 'IBAN/print': 103,
        'IBAN/electronic': 46, 'IP_ADDRESS/v4': 41, 'CREDIT_CARD/spaced': 41, 'IP_ADDRESS/v4-private': 32,
        'CREDIT_CARD/dashed': 25, 'CREDIT_CARD/solid': 20, 'IP_ADDRESS/v6': 15, 'US_SSN/dashed': 4}
    local-announced by region: {'IN': 39, 'GB': 28, 'BR': 20, 'NL': 19, 'US': 17, 'DE': 10}
    genres: {'bank': 104, 'credit': 104, 'dunning': 104, 'fraud': 104, 'fund': 104, 'insurance': 104,
        'payroll': 104, 'refund': 104, 'tax': 104, 'utility': 104}
    hard-negative kinds used: 57; document redraws: 0
"""

import argparse
import json
import random
import sys
from pathlib import Path

from . import compose, corpus

SEED = 10038
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v38.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v38_values.jsonl"
POS_SHARE = 0.62


def build(seed=SEED):
    rng = random.Random(seed)
    docs, redraws = [], 0
    for loc, lang, own, nat, n in compose.LOCALES:
        n_pos = round(n * POS_SHARE)
        for i in range(n):
            pos = i < n_pos
            genre = compose.GENRES[len(docs) % len(compose.GENRES)]
            text, spans, vals, attempts = compose.make_doc(rng, loc, lang, own, nat, genre, pos)
            redraws += attempts
            rid = f"{loc}-{'pos' if pos else 'neg'}-{genre}-{len(docs)}"
            docs.append(({"id": rid, "locale": loc, "text": text, "spans": spans}, {"values": vals}))
    for rec in corpus.corpus_docs(rng):
        docs.append((rec, {"values": []}))
    rng.shuffle(docs)
    return docs, redraws


def dump(docs):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in docs)
    vals = "".join(json.dumps(v, ensure_ascii=False) + "\n" for _, v in docs)
    return recs, vals


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the files; write nothing")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    docs, redraws = build(args.seed)
    recs, vals = dump(docs)
    if args.check:
        same = RECORDS.read_text(encoding="utf-8") == recs and VALUES.read_text(encoding="utf-8") == vals
        print(f"rebuild matches the files: {same}")
        return 0 if same else 1
    RECORDS.write_text(recs, encoding="utf-8")
    VALUES.write_text(vals, encoding="utf-8")
    print(f"wrote {len(docs)} documents ({redraws} document redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
