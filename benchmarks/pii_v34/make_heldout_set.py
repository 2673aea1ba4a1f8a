"""Write tests/data/pii_heldout_v34.jsonl: the thirty-fourth independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths), benchmarks/results/ or any other
    benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, who ran no git command, no `make` target and no PII detector or redactor. Read:
    /tmp/s14/writer_prompt2.md (the brief), /tmp/s14/v32_docstring.txt (v32's module docstring, for format
    and conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s14/format_records_v32.jsonl and /tmp/s14/format_values_v32.jsonl (first three lines of v32 and its
    sidecar), /tmp/s14/ruff.toml.txt (lint settings), /work/shared/data/SOURCES.md, a listing of
    /work/shared/data/ and its subfolders, and the first line of the English and German HateCheck CSVs, of
    gsm8k_test, amc23_test and the hh-rlhf test file and the first three of aime24_test (for keys). A
    directory listing of /tmp/s14/ was seen (file names only; no other file there was opened). Numbers were
    made and checked with phonenumbers only: every written form is parsed back to the same valid number
    before use (a habit that does not parse back falls back to phonenumbers' NATIONAL or INTERNATIONAL
    format), local forms with the area code put back; cards with Luhn, IBANs with python-stdnum (mod 97 and
    national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives were screened
    with phonenumbers: each value on its own (parse + is_valid_number and PhoneNumberMatcher at
    Leniency.VALID) for the document's own region and the region its national numbers come from (a failing
    value is drawn again, up to 30 times), and each whole document again with its labelled spans masked
    ('x'); the guards (screen.guard_hits: e-mail, Luhn card 13-19 digits, valid IBAN, IPv4/IPv6,
    ddd-dd-dddd) run on every value and every masked document; a document that fails is drawn again (up to
    60 times). Written under a 45-minute limit, so each genre cell is small (one or two layouts, three to
    five phone lines and three to six fillers per genre and language).
    Emphasis: professional and administrative documents as a data pipeline meets them, each genre with its
    own sentences in every language: legal letters, statements of claim and notarial/conveyancing
    passages (letterhead with our/your reference, court heading with claim number, parties, sign-off),
    insurance claim file notes and adjuster reports (policy/claim header, diary-style notes), hospital
    discharge summaries and referral letters (patient number, ward/bed, vitals, medication), HR starter
    forms with emergency-contact tables, procurement contract notices (notice number, CPV code, lots,
    contact points), academic CVs and conference programmes (ORCID, references with DOI/ISBN/ISSN, session
    chairs), press releases with embargo lines and media-contact blocks, and police incident reports and
    witness statements (occurrence number, officer number, vehicle index).

Format and conventions: those of v32 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; local-announced only for US, GB, DE, NL, BR, IN fixed
    lines, text = subscriber part, area_len = length of the document's area code (equal to phonenumbers'
    geographic area-code length); area_len for every phone (0 where phonenumbers has none). AT/CH/BE/AU/IE
    documents write their own numbers internationally only (about half of their plain phone lines) and use
    DE (de_AT, de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE) for national, list and service
    numbers; 00 prefixes only for countries that dial 00 (never US, BR, AU); Hindi documents carry the
    locale en_IN (stats.py tells them by their Devanagari). ids <locale>-<pos|neg>-<genre>-<n> or
    <source>-<language>-<row>; records shuffled with the seed. Other modes as v32: EMAIL role/personal,
    CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    dashed/spaced (en_US only). 'other' = service numbers (toll-free, shared cost, UAN). list-entry = a
    phone in a roster-like block: rows of an HR emergency-contact table ('Name | Relationship | Telephone'),
    'Name (role): number' lines under a tender's contact points, 'Name — role — number' lines of a
    programme's session chairs, 'Name, role: number' lines of a press release's media contacts. A
    document's local numbers share one town and the phrasing names it ('Callers within Leeds may simply
    ring 496 0123', 'Privat (Ortsnetz Kiel): 4829170', 'Thuis (netnummer van Utrecht): 123 4567',
    'Residência (telefone de Recife): 3592-5634', Hindi town names in Devanagari); mobile-only phrasings
    carry mobiles, landline-only ones fixed lines. A span never touches a letter or digit. IBANs, cards, IPs
    and SSNs only appear in genres where they belong (IBAN: legal, insurance, HR, tender; card: insurance,
    police; IP: police, insurance, tender, HR; SSN: HR, insurance, medical).

What is new against v32, by module
    genres and layouts (compose.py, texts_en/de/fr/es/it/nl/pt/hi.py): the 8 genres above, in en, de, fr,
    es, it, nl, pt and hi, all sentences written fresh for v34: per genre and language 2 header layouts,
    3-4 phone lines, 3-6 fillers carrying the hard negatives, 2 sign-offs and (hr, tender, academic,
    press) a contact block; per language 3 local phrasings (en, de, nl, pt, hi), a mobile-only, a
    landline-only, 2 service, 2 e-mail, IBAN, card, IP lines and (en_US) an SSN line.
    46 hard-negative kinds (negs.py), none in v32's list: court docket / claim numbers, statute citations (§
    823 Abs. 1 BGB, article 1240 du Code civil, 28 U.S.C. § 1332), ECLI identifiers, insurance policy
    numbers, claim numbers, hospital patient numbers, NHS numbers (mod 11), staff/personnel numbers, TED
    notice numbers (2024/S 112-345678), CPV codes with check digit, ORCID iDs (ISO 7064 check), DOIs,
    ISBN-13s, ISSNs (with check digits), conference paper numbers, session codes, embargo date-times, ISINs
    (check digit), cadastral parcel / land-title references, notarial deed/repertory numbers, company
    register numbers (HRB, SIREN with Luhn, KvK, CIF, REA, NIPC, CIN, UK company numbers), police
    crime/occurrence references, vehicle registration plates per country, officer badge numbers, blood
    pressure readings, pulse rates, lab values (HbA1c, CRP, eGFR), dosage schedules (1-0-1), ICD-10 codes,
    ward/bed numbers, UK sort codes, floor areas (m²), prices in local style ($1,240,000, £86,250, 385.000
    €, 1.200.000 CHF, ₹5,88,633), energy performance certificate numbers, solicitor/bar roll numbers, page
    ranges, board resolution numbers, membership numbers, PO box numbers, tender lot numbers, office hours
    ranges, admission/deadline date-times, salaries, grant agreement numbers, tender reference ids, journal
    volume(issue).
    number habits (values.py): besides phonenumbers' NATIONAL and INTERNATIONAL formats and bare E.164
    (+441614960123): US 412-683-2291, 412 683 2291, 412/683-2291, +1 (412) 683-2291, +1 412 683 2291;
    GB (0161) 496 0123, 029 2018 0123 as 4-4, 01603 496 012 as 3-3; DE 0351/4829170 and
    0176/74172560 (slash), 0351 48291-70 (DIN extension hyphen, fixed lines only), +49 351 4829170; NL
    (010) 123 45 67, 010-123 4567; FR 01-42-68-53-00, 0 800 ... service; ES 612 34 56 78 (3-2-2-2
    mobiles), 91 123 45 67 (fixed), (+34) ...; IT 06 45678901, 347 123 4567, (+39) ...; PT 212 345 678
    (3-3-3), (+351) ...; BR (21) 3592-5634, 21 3592-5634; IN 098765 43210, 98765-43210, 011-2345 6789,
    (0141) 2345678, +91-141-2345678; CH/GB/FR/NL/AT +cc (0)area ...; 00cc with INTERNATIONAL groups.
    Local forms: US 683-2291, GB 496 0123, DE 4829170 / 482917-0 / 482 9170, NL 123 4567 / 123-4567,
    BR 3592-5634, IN 2345-6789 / 23456789.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL, used
    as a library only) for IBAN, ISIN, ISSN and Luhn checks; Faker (MIT) for person names and last names for
    firm names (hi_IN names in Hindi documents, en_IN names for their e-mail addresses); towns from
    values.AREAS, heading cities from compose.CITIES (a fixed list: Faker's it_IT city() did not rebuild
    identically across processes); corpus negatives untouched from /work/shared/data: GSM8K train questions
    (MIT), MATH-500 problems (MIT), AIME 2024 and AMC 2023 problems (MIT), HumanEval prompts (MIT),
    Anthropic hh-rlhf harmless-base test dialogues, 'rejected' side (MIT; can be offensive), OpenAI
    moderation samples, prompts (MIT; can be offensive), HateCheck English test cases (CC BY 4.0; can be
    hateful), Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0;
    can be hateful; Portuguese given the locale pt_PT); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by spaces, tabs, dashes, dots, slashes or parentheses), nothing
    the guards or PhoneNumberMatcher flag. Row = 0-based data row (after the CSV header / JSONL line index).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v34.make_heldout_set [--check]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v34.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v34.stats [RECORDS [VALUES]]

Counts (seed 10034; `python -m benchmarks.pii_v34.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors; ruff: 0 findings
    documents: 1176 {'pos': 616, 'neg': 400, 'corpus': 160}
    languages: {'en': 286, 'de': 143, 'nl': 135, 'fr': 135, 'pt': 135, 'it': 119, 'es': 119, 'hi': 104}
    values: 3004 by kind: {'PHONE': 2402, 'EMAIL': 367, 'IP_ADDRESS': 95, 'IBAN': 84, 'CREDIT_CARD': 41,
        'US_SSN': 15}
    modes: {'PHONE/national': 1085, 'PHONE/list-entry': 442, 'PHONE/international': 317,
        'PHONE/local-announced': 295, 'PHONE/other': 263, 'EMAIL/role': 245, 'EMAIL/personal': 122,
        'IBAN/print': 60, 'IP_ADDRESS/v4': 37, 'IP_ADDRESS/v4-private': 29, 'IP_ADDRESS/v6': 29,
        'CREDIT_CARD/spaced': 24, 'IBAN/electronic': 24, 'US_SSN/dashed': 14, 'CREDIT_CARD/dashed': 10,
        'CREDIT_CARD/solid': 7, 'US_SSN/spaced': 1}
    local-announced by region: {'IN': 81, 'NL': 53, 'DE': 51, 'US': 37, 'BR': 37, 'GB': 36}
    genres: {'academic': 127, 'hr': 127, 'insurance': 127, 'legal': 127, 'medical': 127, 'police': 127,
        'press': 127, 'tender': 127}
    hard-negative kinds used: 46; hard-negative values: 4442; document redraws: 26
"""

import json
import random
import sys
from pathlib import Path

from . import compose, corpus

SEED = 10034
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "pii_heldout_v34.jsonl"
OUT_VALUES = ROOT / "tests" / "data" / "pii_heldout_v34_values.jsonl"
GENRES = ["legal", "insurance", "medical", "hr", "tender", "academic", "press", "police"]
POS = {"en": 16, "de": 10, "fr": 9, "es": 8, "it": 8, "nl": 9, "pt": 9, "hi": 8}
NEG = {"en": 11, "de": 6, "fr": 6, "es": 5, "it": 5, "nl": 6, "pt": 6, "hi": 5}
LOCALE_WEIGHTS = {
    "en": {"en_US": 4, "en_GB": 4, "en_AU": 1, "en_IE": 1, "en_IN": 2},
    "de": {"de_DE": 3, "de_AT": 1, "de_CH": 1},
    "fr": {"fr_FR": 3, "fr_BE": 1, "fr_CH": 1},
    "es": {"es_ES": 1},
    "it": {"it_IT": 1},
    "nl": {"nl_NL": 3, "nl_BE": 1},
    "pt": {"pt_PT": 1, "pt_BR": 1},
    "hi": {"en_IN": 1},
}
STATS = {"redraws": 0, "negvals": 0, "negkinds": set()}


def pick_locale(rng, lang):
    w = LOCALE_WEIGHTS[lang]
    name = rng.choices(list(w), weights=list(w.values()))[0]
    return next(x for x in compose.LOCALES if x[0] == name and x[1] == lang)


def build_all(seed=SEED):
    rng = random.Random(seed)
    recs, vals = [], []
    n = 0
    for genre in GENRES:
        for lang in POS:
            for positive, count in ((True, POS[lang]), (False, NEG[lang])):
                for _ in range(count):
                    loc = pick_locale(rng, lang)
                    doc, redraws = compose.make_doc(rng, loc, genre, positive, seed)
                    STATS["redraws"] += redraws
                    STATS["negvals"] += len(doc.negvals)
                    STATS["negkinds"].update(k for k, _ in doc.negvals)
                    n += 1
                    recs.append(
                        {
                            "id": "%s-%s-%s-%d" % (loc[0], "pos" if positive else "neg", genre, n),
                            "locale": loc[0],
                            "text": doc.text,
                            "spans": doc.spans,
                        }
                    )
                    vals.append({"values": doc.values})
    for r in corpus.corpus_records(rng):
        recs.append(r)
        vals.append({"values": []})
    order = list(range(len(recs)))
    rng.shuffle(order)
    return [recs[i] for i in order], [vals[i] for i in order]


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv):
    recs, vals = build_all()
    a, b = dump(recs), dump(vals)
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == a and OUT_VALUES.read_text(encoding="utf-8") == b
        print("rebuild matches the files:", same)
        return 0 if same else 1
    OUT.write_text(a, encoding="utf-8")
    OUT_VALUES.write_text(b, encoding="utf-8")
    print(
        "wrote %d records; redraws %d; hard-negative values %d; kinds %d"
        % (len(recs), STATS["redraws"], STATS["negvals"], len(STATS["negkinds"]))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
