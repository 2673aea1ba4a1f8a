"""Write tests/data/pii_heldout_v42.jsonl: the forty-second independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), from health, care and
wellbeing text.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths), benchmarks/results/ or any other
    benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, who ran no git command, no `make` target and no PII detector or redactor. Read:
    /tmp/s14/writer_prompt2.md (the brief), /tmp/s14/v40_docstring.txt (v40's module docstring, for format
    and conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s14/format_records_v40.jsonl and /tmp/s14/format_values_v40.jsonl (first three lines of v40 and its
    sidecar), /tmp/s14/ruff.toml.txt (lint settings), the first 80 lines of /work/shared/data/SOURCES.md
    (the whole file), a listing of /work/shared/data/ (three levels), the first 400 characters of the French
    Multilingual HateCheck CSV, the header line of the English HateCheck CSV, the first 300 characters of
    math500_test and the first 200 characters of the hh-rlhf harmless-base test file (for keys);
    phonenumbers, python-stdnum and Faker were only used through their APIs (a listing of the names in
    stdnum.nl.bsn, be.nn, ch.ssn, fr.nir, it.codicefiscale, ie.pps, at.vnr, ean and de.idnr).
    Numbers were made and checked with phonenumbers only (values.py): a number is drawn from a town's
    dialling prefix, a mobile prefix or a service prefix and kept when valid, of its region and of the
    wanted type (fixed line, mobile, toll-free or shared cost) and, for the local-announcing countries, with
    phonenumbers' geographic area-code length equal to the town's code; every written form is parsed back to
    the same valid number before use (a habit that does not parse back falls back to phonenumbers' NATIONAL
    or INTERNATIONAL format); local forms are checked with the area code (and trunk 0 where the country has
    one) put back; cards with Luhn, IBANs with python-stdnum (mod 97 and national checks), SSNs with the SSA
    rules, IPs with the ipaddress module. Hard negatives were screened with phonenumbers (screen.py): each
    value on its own (PhoneNumberMatcher at Leniency.VALID, and parse + is_valid_number for values without a
    letter) for the document's region and the region its borrowed numbers come from (a failing value is
    drawn again, up to 300 times), and each whole document again with its labelled spans masked ('x') for
    those regions plus the region of every phone in it; the guards (screen.guard_hits: e-mail, Luhn card
    13-19 digits, valid IBAN, IPv4/IPv6, ddd-dd-dddd) run on every value and every masked document; a
    document that fails, or whose spans touch a letter or digit, is drawn again (up to 60 times). Written
    under a 40-minute limit, so each genre cell is small (two headers, four or five fillers of which two to
    four are drawn, one sign-off per genre and language; contact lines are shared by the genres of a
    language). Emphasis: health, care and wellbeing, each genre with its own sentences in every language:
    GP-surgery / pharmacy notices and vaccination campaigns (gp), discharge and outpatient letters (hosp),
    lab-result letters (lab), care-home newsletters and visiting rules (care), telehealth instructions
    (tele), dental and optician recall reminders (eyedent), mental-health helpline leaflets and
    patient-forum posts (helpline), fitness-club and physiotherapy timetables and rehab plans (fitness).

Format and conventions: those of v40 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; local-announced only for US, GB, DE, NL, BR, IN fixed
    lines in documents of that country (en_US, en_GB, en_IN, hi, de_DE, nl_NL, pt_BR), text = subscriber
    part, area_len = length of the town's area code (equal to phonenumbers' geographic area-code length);
    area_len for every phone (0 where phonenumbers has none). AT/CH/BE/AU/IE documents write every phone
    internationally and take half of their ordinary and directory numbers, and all their service numbers,
    from DE (de_AT, de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE); 'from abroad' lines carry
    the document's own country's numbers (60%) or another country's, always written internationally; about a
    fifth of ordinary lines write the national number internationally. Hindi documents carry the locale
    en_IN (stats.py and checks.py tell them by their Devanagari). ids <locale>-<pos|neg>-<genre>-<n> or
    <source>-<language>-<row>; records shuffled with the seed. Other modes: EMAIL role/personal, CREDIT_CARD
    spaced/dashed/solid (Amex 4-6-5), IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    dashed/spaced (en_US only). 'other' = service numbers (toll-free or shared cost); a service number in a
    directory keeps the mode list-entry. list-entry = a phone in a directory block under a heading ending in
    a colon, in one of three layouts new to v42: dotted leaders with the role first ('Resultados ...........
    239-871-854'), pipe-table rows ('| Apotheke | 0761/4589123 |') and number-first rows with the role after
    an em dash ('918 540 9303 — Night nurse'). A document's local number names its town; mobile-only
    phrasings carry mobiles, landline-only ones fixed lines. A span never touches a letter or digit. IBANs
    only in care, fitness and eyedent documents and never in en_US/en_AU/en_IN/hi/pt_BR; cards (co-payments,
    prescription prepayment) in gp and fitness; IPs in tele and lab (a video kiosk on the home's LAN:
    v4-private; a firewall allow-list gateway: v4 or v6); SSNs only in en_US hosp documents (billing form).
    Negative documents use the same headers and fillers with no contact lines (sometimes a 'results not
    given by phone' line).

What is new against v40, by module
    genres and layouts (compose.py, texts_en/de/fr/es/it/nl/pt/hi.py): the 8 genres above, in en, de, fr,
    es, it, nl, pt and hi, all sentences written fresh for v42; per language 3 general phone lines, a
    mobile-only (SMS reminders), a landline-only, 2 'from abroad', 2 service, 2 local phrasings (en: US, GB,
    IN; de, nl, pt (BR), hi: 'Inside Spokane, the nurse line is just 617-7763', 'Within Leeds: 489 2184 (no
    code needed)', 'Im Stadtgebiet Freiburg genügt die 4228-34', 'Vanuit Deventer zelf: 819 839 (zonder
    netnummer)', 'De telefone fixo em Recife: 4225.4189', 'पटना के लैंडलाइन से क्लिनिक: 776-1396'), 2 e-mail,
    IBAN (not hi), card, 2 IP lines and (en) an SSN line, 2 directory headings, 6 roles, 2 'no phone' lines;
    a template is not repeated within a document.
    Hard negatives (negs.py), none in v40's list: 39 measurement / record kinds and 16 patient-identifier
    schemes. Identifiers by locale: NHS numbers (mod 11, 3-3-4), Medicare MBIs, Australian Medicare card
    numbers (check digit + IRN), Irish PPS numbers, ABHA numbers, German KVNR (letter + check digit),
    Austrian SV numbers (check digit), Swiss AHV numbers (EAN-13) and insurer member numbers, French NIR
    (key), Belgian NISS (mod 97), Spanish health-card codes, Italian codici fiscali (check letter), Dutch
    BSN (11-test), Portuguese utente numbers, Brazilian CNS (mod 11). Measurements and records: blood
    pressure (mmHg), pulse (bpm), SpO2, glucose (mmol/L, mg/dL), HbA1c (mmol/mol), eGFR, INR, potassium
    reference ranges, body temperature, BMI, height / weight, dose with a 1-0-1 schedule, infusion rates
    (mL/h), ICD-10 codes, national medicine codes (PZN with check digit, CIP13 with EAN check, AIC, C.N.,
    Z-index, CNPEM, NDC), specimen numbers, ward/bed, room numbers, hospital record
    numbers, spectacle prescriptions (SPH/CYL/AX), visual acuity, FDI tooth numbers, practice codes,
    clinician registration numbers (GMC, LANR, RPPS, BIG, colegiado, OM), video meeting IDs (3-4-4),
    passcodes, app versions with build numbers, step counts, VO2max, heart-rate zones, sets x reps @ kg,
    membership numbers, locker numbers, hearing thresholds (dB @ Hz), age bands, waiting minutes,
    appointment references, QTc intervals, cholesterol. (No batch or lot numbers: v40 had them.)
    number habits (values.py): besides phonenumbers' NATIONAL and INTERNATIONAL formats and E.164: the
    '(0)' habit for GB, DE, NL, FR, AT, CH, BE, IE, AU (+44 (0)113 496 0321, +49 (0)761 422834, +33
    (0)3 38 57 88 02, +61 (0)440 690 566); US 509 978 3533, (918)617-7763, +1 (509) 978-3533; GB
    (01392) 774 890, (029) 2018 3344, mobiles 07888 288 360; DE slash 0931/3648705, DIN extension split
    0761 4228-34, mobiles 0160/4208093 and 0176 / 984 55514; FR dashed pairs 05-47-47-27-80; ES 3-3-3
    976 741 921 and (+34) 952 007 569; IT dotted 010.8708414 and mobiles 392.1203600, bracketed (049)
    9127889, (+39) 344 2356851; NL bracketed (043) 543 3514, mobiles 06 4549 8174; PT 3-3-3 239 658 808,
    dashed 289-595-556, (+351) 961 132 860; BR 81 4225-4189 without brackets, 092 4463 9076, mobiles
    (81) 9 2328-0598 with the 9 apart, +55 (92) 4913-7028; IN bracketed (0522) 5169861, mobiles
    74279-83580 and +91-74279-83580, +91 755-6983798; AU (03) 3463 0868 and mobiles 04 1698 9960; IE
    (061) 961 971 and 083-693 2846. Service numbers only in NATIONAL / INTERNATIONAL format. Local forms:
    US 617-7763 / 617 7763, GB 489 2184 / 4892184 / 774 890, DE 422834 / 422 834 / 4228-34, NL 417-2321
    / 543 3514, BR 4225-4189 / 4225.4189, IN 776-1396 / 7761396 for 7 digits, 2419 2136 / 2419-2136 for 8.
    corpus (corpus.py): GSM8K train questions, MATH-500 problems and hh-rlhf 'chosen' dialogues, which
    v40 did not use, plus moderation prompts and HateCheck cases.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL, used
    as a library only) for IBAN, Luhn and the identifier check digits; Faker (MIT) for person names (hi_IN
    names in Hindi documents, en_IN names for their e-mail addresses); towns from areas.AREAS (fixed list);
    e-mail domains from compose.ORGS (invented names); corpus negatives untouched from /work/shared/data:
    GSM8K train questions (MIT), MATH-500 problems (MIT), Anthropic hh-rlhf harmless-base test dialogues,
    'chosen' side (MIT; can be offensive), OpenAI moderation samples, prompts (MIT; can be offensive; locale
    en_GB), HateCheck English test cases (CC BY 4.0; can be hateful; locale en_GB), Multilingual HateCheck
    German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful; Portuguese given
    the locale pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits
    joined by spaces, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher (own
    region, US, GB) flag. Row = 0-based data row (after the CSV header / JSONL line index).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v42.make_heldout_set [--check]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v42.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v42.stats [RECORDS [VALUES]]

Counts (seed 10042; `python -m benchmarks.pii_v42.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors; ruff: 0 findings
    documents: 1200 {'pos': 642, 'neg': 390, 'corpus': 168}
    languages: {'en': 419, 'de': 126, 'pt': 120, 'fr': 119, 'nl': 118, 'it': 109, 'es': 109, 'hi': 80}
    values: 2370 by kind: {'PHONE': 2015, 'EMAIL': 180, 'IP_ADDRESS': 84, 'CREDIT_CARD': 50, 'IBAN': 39,
        'US_SSN': 2}
    modes: {'PHONE/list-entry': 711, 'PHONE/international': 475, 'PHONE/national': 474, 'PHONE/other': 200,
        'PHONE/local-announced': 155, 'EMAIL/role': 93, 'EMAIL/personal': 87, 'IP_ADDRESS/v4-private': 36,
        'IP_ADDRESS/v6': 28, 'CREDIT_CARD/spaced': 24, 'IBAN/print': 23, 'IP_ADDRESS/v4': 20,
        'CREDIT_CARD/dashed': 16, 'IBAN/electronic': 16, 'CREDIT_CARD/solid': 10, 'US_SSN/dashed': 2}
    local-announced by region: {'IN': 52, 'GB': 26, 'NL': 22, 'BR': 19, 'DE': 18, 'US': 18}
    genres: 129 documents each of care, eyedent, fitness, gp, helpline, hosp, lab, tele
    hard-negative kinds: 39 plus 16 patient-identifier schemes; document redraws: 1
"""

import argparse
import json
import random
import sys
from pathlib import Path

from . import compose, corpus, screen

SEED = 10042
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v42.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v42_values.jsonl"
N_POS, N_NEG = 642, 390  # generated documents (positives, hard negatives); corpus adds 168


def _plan(rng):
    weights = [row[4] for row in compose.LOCALES]
    total = N_POS + N_NEG
    rows = []
    for i in range(total):
        rows.append(
            (compose.LOCALES[_pick(weights, i, total)], compose.GENRES[i % len(compose.GENRES)], i < N_POS)
        )
    return rows


def _pick(weights, i, total):
    acc, s = 0, sum(weights)
    target = (i * 7919 % total + 0.5) / total * s
    for k, w in enumerate(weights):
        acc += w
        if target < acc:
            return k
    return len(weights) - 1


def build():
    rng = random.Random(SEED)
    records, side, redraws = [], [], 0
    for n, (loc_row, genre, positive) in enumerate(_plan(rng)):
        for _ in range(60):
            text, spans, vals, regions = compose.compose(rng, loc_row, genre, positive)
            if positive and not spans:
                continue
            if all(not screen.touches(text, s) for s in spans) and screen.doc_ok(text, spans, regions):
                break
            redraws += 1
        else:
            raise RuntimeError(f"document {n} never passed")
        loc = "en_IN" if loc_row[0] == "hi" else loc_row[0]
        rid = f"{loc}-{'pos' if positive else 'neg'}-{genre}-{n}"
        records.append({"id": rid, "locale": loc, "text": text, "spans": spans})
        side.append({"values": vals})
    for rec in corpus.corpus_records(rng):
        records.append(rec)
        side.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [side[i] for i in order], redraws


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the files")
    args = ap.parse_args(argv)
    recs, side, redraws = build()
    a, b = dumps(recs), dumps(side)
    if args.check:
        same = RECORDS.read_text(encoding="utf-8") == a and VALUES.read_text(encoding="utf-8") == b
        print("rebuild matches the files:", same)
        return 0 if same else 1
    RECORDS.write_text(a, encoding="utf-8")
    VALUES.write_text(b, encoding="utf-8")
    print(f"wrote {len(recs)} records; document redraws: {redraws}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
