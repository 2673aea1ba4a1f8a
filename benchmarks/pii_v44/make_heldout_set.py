"""Write tests/data/pii_heldout_v44.jsonl: the forty-fourth independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), from the world of work
and jobs.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths, and read back by checks.py/stats.py),
    benchmarks/results/ or any other benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, who ran no git command, no `make` target and no PII
    detector or redactor. Read: the brief, /tmp/s15/v42_docstring.txt (v42's module docstring, for format and
    conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s15/format_records_v42.jsonl and /tmp/s15/format_values_v42.jsonl (first three lines of v42 and its
    sidecar), /tmp/s15/ruff.toml.txt (lint settings), the first 80 lines of /work/shared/data/SOURCES.md (the
    whole file), a listing of /work/shared/data/ and of its moderation/multilingual_hatecheck/ folder, the
    first 300 characters of the German Multilingual HateCheck CSV, the first 200 characters of amc23_test
    and the first 150 characters of HumanEval (for keys); 10 lines of python-stdnum's br/cnpj.py and the
    module listings of stdnum and stdnum.{de,fr,nl,au,ch,in_,us,gb,es,it,pt,be,at,ie,br}; phonenumbers and
    Faker only through their APIs (plus Faker's list of locales). A scratch helper in /tmp/s15/w44/ wrapped
    long string literals.
    Numbers were made and checked with phonenumbers only (values.py): a number is drawn from a town's area
    code, a mobile prefix or a service prefix and kept when valid, of its region, of the wanted type (fixed
    line, mobile, toll-free or shared cost) and with its national significant number equal to the drawn
    digits; for the local-announcing countries the town's code length equals phonenumbers' geographic
    area-code length. Every written form is parsed back to the same valid number before use (otherwise
    phonenumbers' NATIONAL or INTERNATIONAL format is used). Hard negatives (negs.py) were screened with
    phonenumbers (screen.py): each value on its own (PhoneNumberMatcher at Leniency.VALID, and parse +
    is_valid_number for values without a letter) for the document's region and the region its borrowed
    numbers come from (drawn again up to 300 times), and each whole document again with its spans masked
    ('x') for those regions plus the region of every phone in it; guards (e-mail, Luhn 13-19 digits, valid
    IBAN, IPv4/IPv6, ddd-dd-dddd) run on every value and every masked document; a failing document, or one
    whose spans touch a letter or digit, is drawn again (up to 60 times). Written under a 45-minute limit,
    so each genre cell is small (two headers, three to five fillers, one sign-off per genre and language;
    contact lines are shared by the genres of a language).
    Emphasis: work and jobs, each genre with its own sentences in every language: job advertisements
    (jobad), CVs and résumés with references (cv), recruiter / agency e-mails and interview invitations
    (recruit), staff handbooks and phone trees (handbook), shift rotas and on-call lists (rota), HR and
    payroll notices and payslip explanations (payroll), union and works-council bulletins (union),
    out-of-office replies and e-mail sign-offs (ooo).

Format and conventions: those of v42 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; local-announced only for US, GB, DE, NL, BR, IN fixed
    lines in documents of that country (en_US, en_GB, en_IN, hi, de_DE, nl_NL, pt_BR), text = subscriber
    part, area_len = the town's area-code length (= phonenumbers' geographic area-code length); area_len for
    every phone (0 where phonenumbers has none). AT/CH/BE/AU/IE documents write every phone internationally
    and take half of their numbers (and of their service numbers) from DE (de_AT, de_CH), FR (fr_BE, fr_CH),
    NL (nl_BE) or GB (en_AU, en_IE); 'from abroad' lines carry the document's own country's numbers (60%) or
    another country's, always written internationally; about a fifth of ordinary lines write the national
    number internationally. Hindi documents carry the locale en_IN (stats.py tells them by their
    Devanagari). ids <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>; records shuffled with the
    seed. Other modes: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid (Amex 4-6-5), IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced (en_US payroll only). 'other' =
    service numbers (toll-free or shared cost); a service number in a directory has the mode list-entry.
    list-entry = a phone in a directory block under a heading ending in a colon, in three layouts new to
    v44: tab-separated rota rows (role, surname, number), numbered phone-tree steps with an arrow
    ('2. Night supervisor → 0117 440 7768') and semicolon export rows ('Joly;Gestionnaire paie;06 33 15 78
    80'). A local number names its town; mobile-only lines carry mobiles, landline-only ones fixed lines. A
    span never touches a letter or digit. IBANs only in payroll and union documents and never in
    en_US/en_AU/en_IN/hi/pt_BR; cards (job-board posting fees, company cards) in jobad and payroll; IPs in
    handbook and rota (a clock-in terminal on the site LAN: v4-private; a VPN gateway: v4 or v6). Negative
    documents use the same headers and fillers with no contact lines (sometimes a 'no queries by phone' line).

What is new against v42, by module
    genres and layouts (compose.py, texts_en/de/fr/es/it/nl/pt/hi.py): the 8 genres above, all sentences
    written fresh; per language 3 general phone lines, a mobile-only (WhatsApp / SMS), a landline-only (HR
    desk line), 2 'from abroad' (overseas applicants), 2 service (employee assistance, payroll helpline),
    2 local phrasings (en: US, GB, IN; de, nl, pt (BR), hi) in the office / desk-phone idiom ('Calling from
    a Tulsa desk phone? Just dial 603.8543', 'Staff in the Norwich office can dial 915038 without the code',
    'Aus dem Ortsnetz Dortmund ohne Vorwahl: 58 47 39', 'Binnen Arnhem hoef je geen netnummer te draaien:
    146-19-16', 'Ligação local em Salvador, sem DDD: 2274 5072', 'चेन्नई दफ़्तर का लोकल नंबर 7197 8784 है'),
    2 e-mail lines, IBAN (union dues), card, 2 IP lines and (en) an SSN line (W-4 on file), 2 directory
    headings, 6 workplace roles, 2 'no phone' lines.
    Hard negatives (negs.py), none in v42's list: 21 workplace kinds plus country schemes. Workplace kinds:
    employee / personnel numbers, badge numbers, cost centres, job reference / requisition codes,
    occupation codes (ISCO-08; US SOC; UK SOC 2020; German KldB; Brazilian CBO; Spanish CNO-11; French
    ROME), salary ranges (local currency and separators, Indian LPA), hourly rates, pay grades (TVöD/TV-L,
    GS steps, bands, CCNL livelli, cao schalen, coefficients), shift codes with times, weekly hours, leave
    days, overtime balances (+hh:mm h), notice periods, employment date ranges (mm/yyyy – mm/yyyy),
    timesheet numbers (TS-yyyy-Www-nnnn), purchase orders (SAP 45/47 + 8 digits), typing speeds, FTE
    fractions, payslip references, grade-point averages / final marks, rota week numbers. Country schemes
    (natid): German Steuer-ID (check digit), UK tax codes and NI numbers, US EIN, French SIREN (Luhn),
    Spanish CIF (check), Italian partita IVA (check), Dutch KvK numbers, Portuguese NIPC (mod 11), Brazilian
    CNPJ (check digits, branch 0001) and PIS (mod 11), Indian PAN and UAN, Australian TFN (check), Swiss UID
    (check), Austrian UID (check), Belgian enterprise numbers (mod 97), Irish CRO numbers.
    number habits (values.py), besides phonenumbers' NATIONAL and INTERNATIONAL formats and E.164: the
    RFC 3966 dashed international form as in e-mail signatures (+49-231-584739, +33-2-11-01-95-67); '+CC
    area subscriber' (+49 231 4032239); '00CC nsn' (0049 2314032239; not US/BR/AU); US dotted 402.273.6508,
    1-918-617-7763, +1.918.617.7763, 918-617-7763; GB 01392-158683, 01392 158683, mobiles 07911 123 456
    and +44 7911 123456; DE (0231) 584739, area + pairs 0231 58 47 39, +49-231-584739, 0231 - 584739,
    mobiles 0176-74776266 and 0151 234 56789; FR dotted pairs 05.54.26.69.01, solid 0554266901,
    +33.5.54.26.69.01; ES 954 32 27 42 (3-2-2-2), 0034 954 322 742, +34 954 32 27 42; IT mobiles
    344/4410314 and 392 120 3600, fixed 080-3986890, 0039 010 8708414, +39 010 870 8414; NL 013-8976920,
    06-14663365, 0031 13 8976920, +31 6 14663365; PT solid 234714239, 00351 234 714 239, +351 234714239;
    BR 85 5976.2525, (62) 4494 5715, +55 (62) 4494-5715, mobiles 71 96698-6169 and (71) 966986169; IN
    0522-5580796, +91-522-5580796, 0522 5580796, mobiles 088387 48602, 8838748602, +91 88387-48602.
    Service numbers only in NATIONAL / INTERNATIONAL format (US also 1-800-783-5337). Local forms: US
    603.8543 / 603-8543, GB 440-7768 / 4407 768 (7 digits), 7197-8784 / 71 978784 (8), 158-683 / 158683
    (6), DE pairs 58 47 39 / 584-739, NL 146 19 16 / 146-19-16, BR 2274 5072 / 22745072, IN 558 0796 /
    558-0796 (7 digits), 7197 8784 / 71-978784 (8).
    corpus (corpus.py): GSM8K test questions, AIME24 and AMC23 problems, HumanEval prompts and hh-rlhf
    harmless-base 'rejected' dialogues (none used by v42), plus Multilingual HateCheck cases.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN, Luhn and the identifier check digits; Faker (MIT) for person names
    (hi_IN names in Hindi documents, en_IN names for their e-mail addresses); towns from values.AREAS (fixed
    list); e-mail domains from compose.ORGS (invented names); corpus negatives untouched from
    /work/shared/data: GSM8K test questions (MIT), AIME24 and AMC23 problems (MIT), HumanEval prompts (MIT),
    Anthropic hh-rlhf harmless-base test dialogues, 'rejected' side (MIT; can be offensive; locale en_GB),
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be
    hateful; Portuguese given the locale pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.',
    no 7+ digit run (digits joined by spaces, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher (own region, US, GB) flag. Row = 0-based data row (after the CSV header / JSONL line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v44.make_heldout_set [--check]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v44.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v44.stats [RECORDS [VALUES]]

Counts (seed 10044; `python -m benchmarks.pii_v44.stats` prints them all)
    rebuild matches the files: True (also under another PYTHONHASHSEED); checks: 0 errors; ruff: 0 findings
    documents: 1200 {'corpus': 168, 'pos': 640, 'neg': 392}
    languages: {'en': 434, 'de': 130, 'fr': 123, 'nl': 114, 'es': 112, 'pt': 110, 'it': 105, 'hi': 72}
    values: 2114 by kind: {'PHONE': 1794, 'EMAIL': 163, 'IP_ADDRESS': 57, 'CREDIT_CARD': 48, 'IBAN': 47,
        'US_SSN': 5}
    modes: {'PHONE/list-entry': 670, 'PHONE/international': 413, 'PHONE/national': 397, 'PHONE/other':
        163, 'PHONE/local-announced': 151, 'EMAIL/personal': 87, 'EMAIL/role': 76,
        'IP_ADDRESS/v4-private': 29, 'IBAN/print': 24, 'IBAN/electronic': 23, 'CREDIT_CARD/dashed': 16,
        'CREDIT_CARD/solid': 16, 'CREDIT_CARD/spaced': 16, 'IP_ADDRESS/v6': 16, 'IP_ADDRESS/v4': 12,
        'US_SSN/spaced': 3, 'US_SSN/dashed': 2}
    local-announced by region: {'IN': 35, 'DE': 30, 'GB': 28, 'US': 24, 'NL': 19, 'BR': 15}
    genres: {'cv': 129, 'handbook': 129, 'jobad': 129, 'ooo': 129, 'payroll': 129, 'recruit': 129,
        'rota': 129, 'union': 129}
    hard-negative kinds: 21 workplace kinds plus 18 country schemes; document redraws: 2
"""

import json
import random
import sys

from . import compose, corpus

SEED = 10044
N_POS, N_NEG = 640, 392
OUT = "tests/data/pii_heldout_v44.jsonl"
OUT_VALUES = "tests/data/pii_heldout_v44_values.jsonl"


def build():
    rng = random.Random(SEED)
    comp = compose.Composer(rng)
    locs = [(loc, lang, cc) for loc, lang, cc, _ in compose.LOCALES]
    weights = [w for *_, w in compose.LOCALES]
    records, vals = [], []
    counter = {}
    for i in range(N_POS + N_NEG):
        positive = i < N_POS
        loc, lang, cc = rng.choices(locs, weights)[0]
        genre = compose.GENRES[i % len(compose.GENRES)]
        text, spans, values = comp.document(loc, lang, cc, genre, positive)
        rec_loc = "en_IN" if loc == "hi" else loc
        key = (rec_loc, positive, genre)
        counter[key] = counter.get(key, 0) + 1
        rid = f"{rec_loc}-{'pos' if positive else 'neg'}-{genre}-{i}"
        records.append({"id": rid, "locale": rec_loc, "text": text, "spans": spans})
        vals.append({"values": values})
    for rec in corpus.corpus(rng):
        records.append(rec)
        vals.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [vals[i] for i in order], comp.redraws


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv):
    recs, vals, redraws = build()
    a, b = dumps(recs), dumps(vals)
    if "--check" in argv:
        with open(OUT, encoding="utf-8") as f1, open(OUT_VALUES, encoding="utf-8") as f2:
            same = f1.read() == a and f2.read() == b
        print("rebuild matches the files:", same)
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as f1:
        f1.write(a)
    with open(OUT_VALUES, "w", encoding="utf-8") as f2:
        f2.write(b)
    print(f"wrote {len(recs)} records; document redraws: {redraws}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
