"""Write tests/data/pii_heldout_v84.jsonl: an eighty-fourth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), and the first
    few hundred bytes of the English HateCheck CSV, the German Multilingual HateCheck CSV, MATH-500, AMC23
    and hh-rlhf (for their fields; hh-rlhf was then not used); the other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix, kept when valid, of the wanted type and of the stated region, and every
    written form parsed back to the same valid number (local forms with their area code and trunk prefix
    put back, numbers.put_back); cards with Luhn, IBANs with mod 97 and python-stdnum (its national checks
    too), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52
    describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID)
    for the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail
    shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes),
    and each whole document again with its labelled spans blanked (build.clean; checks.py repeats the
    whole-document screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer);
    in the shipped build none was (0), after units made of three or more letters (bpm, mmHg, spm) were
    moved out of the values into the sentences (phonenumbers reads three letters as a vanity number, and
    Irish and Austrian numbering then made nearly every heart-rate zone, blood pressure and cadence dirty).
    Written under a 35-minute limit, so cells are small; English has all 8 genres, German 7, Dutch 5,
    Portuguese 5, French 5, Hindi 4, Spanish 4, Italian 4. Emphasis: fitness and martial arts.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; each announcing sentence
    names its town, and its one or two local numbers share that town's area code. AT/CH/BE/AU/IE documents
    write their own numbers internationally only and use DE, FR, NL or GB for national, list and service
    numbers (build.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the
    genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other'
    = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a
    contact block at the end of a document, one per line, in five new layouts: '• Label: <phone>',
    '<phone> – Label', 'Label<TAB><phone>', '☎ Label — <phone>', 'Label, tel. <phone>' (heads 'Contacts',
    'Who to call', 'Phone list', 'Club contacts', 'Numbers for the day', 'Kontakte', 'Telefonliste',
    'Ansprechpersonen im Verein', 'Contacts utiles', 'Numéros du club', 'Contactos', 'A quién llamar',
    'Contatti', 'Chi chiamare', 'Contactgegevens', 'Wie bel je', 'Telefones do clube', 'ज़रूरी फ़ोन', ...).
    No phone is split across lines; words stay outside the span. IBANs appear only in documents of IBAN
    countries (not US, IN, AU, BR), SSNs only in en_US documents.

What is new against v52, by module
    genres (lex_en.py, lex_de.py, lex_fr_es_it.py, lex_nl_pt_hi.py, parsed by lexparse.py; build.py): 8
    genres, none in v52: gym (membership, front desk, freezes), yoga (studio timetables and retreats), dojo
    (kyu/belt gradings, tournaments, club fees), pool (swim school, lane booking, masters squad), climb
    (bouldering and climbing walls, belay courses), run (running clubs and race packs), pblog (personal-best
    and training logs), coach (personal-training agreements, independent coach onboarding); all sentences
    written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after, on
    the line above, in a remark and in speech ('Front desk (we're in Boulder, so locals can skip the area
    code):', 'Calling from a Eugene landline? The pool office is simply', '"Just dial ..., we're local,"
    the coach told us after the Missoula trial class', 'Lost and found (a Savannah number, local calls
    only) –', 'If you're ringing from within Leeds, the leisure centre is on', '"Give us a bell on ...,"
    said the man at the Glasgow boxing gym', 'Yoga shala, Pune – phone ... within the city', 'Wer in Kiel
    wohnt, erreicht das Studio ohne Vorwahl unter', 'Tresen Hallenbad (Bonn, Ortsnetz):', 'Kletterhalle
    Leipzig, Ortsgespräch: ... (ohne Vorwahl, nur innerhalb der Stadt)', 'Woon je in Delft? Dan bel je de
    sportschool zonder netnummer op', 'Binnen Arnhem volstaat ...; voor de zwemlessen is het ...', 'Quem
    é de Recife liga para a academia sem DDD:', '"Liga no ..., a gente é daqui de Natal", disse o
    professor', 'Jaipur के लैंडलाइन से बस ... मिलाइए', 'योग शाला Kochi – शहर का नंबर:' ...); cards for
    membership, class packs, race entries and grading fees, IBANs for membership and club-fee direct
    debits and retreat balances, IPs of member Wi-Fi portals, check-in kiosks, auto-belay controllers,
    pool timing consoles, chip-timing mats and livestream encoders, SSNs on youth-coach background checks
    and contractor tax forms;
    47 hard-negative kinds (negs.KINDS), all used, none in v52's list: race bib numbers, chip times with
    tenths (3:41:27.4), swim splits (1:05.32), running paces (4:35 min/km), heart-rate zones (142–158),
    lifted weights (102.5 kg), sets×reps (5×5), grading and freeze dates (US m/d/yyyy, dd/mm/yyyy,
    dd.mm.yyyy, d-m-yyyy), 13-digit membership barcodes (Luhn-valid draws screened out), locker numbers,
    class start times, lane bookings (4 × 25 m), VO2max, GPS coordinates of meeting points, elevation,
    climbing grades (6b+, V5, 5.11c), body weight with body fat, blood pressure (128/82), daily steps,
    kcal, running cadence, FTP watts, 10-11 digit activity ids, federation licence numbers (JP-118734),
    athlete barcodes (A1234567), club insurance policies (SV-44812-KT), booking references
    (BK-4812-QX), promo codes (SUMMER25), US ZIP+4 codes, prices, opening hours (06:00–22:30), rowing
    splits (1:48.6 /500m), bout ranges, weight classes (-73 kg), kyu grades, water and room temperatures,
    class capacities (12/20), interval sets (8×400 m), FIT file names with timestamps, ISO timestamps,
    swim distances, seasons (24/25), HRV, resting pulse, age groups (M40), boulder numbers (#37), shoe
    mileage;
    number habits (numbers.py; towns and prefixes in areas.py): US 303.655.6700, 303-655-6700,
    (303)655-6700, 1.303.655.6700,
    +1-303-655-6700, +1.303.655.6700, +1 3036556700, 866.907.5516, 1 888 292 5037; GB 0113-496-0018,
    0113 496 0018, (01223) 428 696, 07700-900123, +44 (0)113 496 0018, +44-1273-966-519,
    +44 (0)7400 850 729, 0800 247 2894, 0808-379-8700; DE (06221) 456789, 0341 482 37 08, 030-20 61 48 38,
    0176 12345678, 0160-82573688, +49 (0)341 482 3708, +49 (0) 40 18580403, +49 30 20 61 48 38,
    0180 534 6275, 0800-127-9280; FR 04.44.78.76.74, 04 44 78 76 74, +33 (0)4 66 64 74 41,
    +33 6 77 38 34 19, 08.09.14.89.94; ES 936 41 28 61, 936.412.861, 612-345-678, +34 933 81 29 77,
    (+34) 612 345 678, 901.172.568; IT 06 7675 8513, 06.7675.8513, 333 123 4567, 333.123.4567, 347-1234567,
    +39 333 123 4567, (+39) 333.1234567, +39 011 304 0033, 800.648.758; NL (050) 312 34 56, 050 312 3456,
    050-312 34 56, 06 12 34 56 78, (06) 1234 5678, +31 (0)50 955 6499, +31 (0)6 1240 1890, +31 6 3162 0364,
    0800-047-6507; PT 213 456 789, 912-345-678, +351 239 582 518, (+351) 933 178 484; BR (51) 3222.1234,
    51-3222-1234, (51) 32221234, 051 3222-1234, (51) 99876-5432, 51 99876.5432, (51) 9.9876-5432,
    +55 51 3123 1470, +55 (51) 97291-0286, +55-61-3085-6363, 0800.431.8812; IN (044) 2452 1234,
    044-2452-1234, 0141 2345678, 98765 43210, 0 98765 43210, 987-654-3210, +91 484 306 6550,
    +91 (0)80 4500 7206, +91 98765 43210, +91 987 654 3210, 1800-567-7624; CH/AT/BE/AU/IE +41 (0)44 296 69 51,
    +43 (0)512 541 1420, +32 (0)2 512 34 56, +61 (0)7 8181 7928, +61-3-9428-7207, +353 (0)21 435 4428;
    local forms 655.6700, 6556700 (US), 496-0018, 496 0018, 1768-2045 (GB), 85-95-36, 678-10-15, 67810-15
    (DE), 943-5843, 94 35 843 (NL), 3412.3957, 34123957 (BR), 4873-5378, 590-0437, 48735378 (IN).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (each locale's own; Hindi documents from
    hi_IN, in Devanagari) and free e-mail domains (en_US); role e-mails on made-up club domains
    (values.BRANDS); towns from areas.AREAS; corpus negatives untouched from /work/shared/data: MATH-500
    problems (MIT), AMC23 problems (MIT), HumanEval prompts (MIT), English HateCheck and Multilingual
    HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled
    non-hateful are taken (they can still mention protected groups; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row (HumanEval: 0-based line; HateCheck: 0-based CSV data row).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v84.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v84.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v84.stats [RECORDS VALUES]

Counts (seed 10084; `python -m benchmarks.pii_v84.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and ruff
    format --check: 0 findings
    documents: 1183 {'corpus': 124, 'neg': 307, 'pos': 752}
    values: 3445 by kind: {'PHONE': 2390, 'EMAIL': 428, 'CREDIT_CARD': 283, 'IP_ADDRESS': 213, 'IBAN': 112,
            'US_SSN': 19}
    modes: {'PHONE/national': 1061, 'PHONE/list-entry': 557, 'PHONE/local-announced': 450,
            'EMAIL/role': 330, 'PHONE/international': 173, 'PHONE/other': 149, 'IP_ADDRESS/v4-private': 127,
            'CREDIT_CARD/dashed': 104, 'EMAIL/personal': 98, 'CREDIT_CARD/solid': 94,
            'CREDIT_CARD/spaced': 85, 'IP_ADDRESS/v4': 62, 'IBAN/print': 59, 'IBAN/electronic': 53,
            'IP_ADDRESS/v6': 24, 'US_SSN/spaced': 12, 'US_SSN/dashed': 7}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'climb': 110, 'coach': 59, 'dojo': 148, 'gym': 177, 'pblog': 85, 'pool': 156, 'run': 185,
            'yoga': 139}
    languages (documents written here): {'de': 146, 'en': 375, 'es': 66, 'fr': 103, 'hi': 55, 'it': 66,
            'nl': 119, 'pt': 129}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'humaneval-en': 10, 'math500-en': 30, 'mhc-dutch': 9,
            'mhc-french': 9, 'mhc-german': 9, 'mhc-italian': 9, 'mhc-portuguese': 9, 'mhc-spanish': 9}
    document redraws: 0, value redraws: 123, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 47
    US SSNs are few (19): only en_US dojo and coach documents carry them.
"""

import json
import random
import sys
from pathlib import Path

from . import build, corpus

SEED = 10084
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v84.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v84_values.jsonl"


def make(seed=SEED):
    rng = random.Random(seed)
    b = build.Builder(rng, seed)
    docs = []
    n = 0
    for locale, lang, region, nat, n_pos, n_neg in build.LOCALES:
        ctx = build.Ctx(rng, locale, lang, region, nat)
        genres = sorted({g for (g, *_r) in build.LEX[lang] if (g, "title") in build.LEX[lang]})
        left = build.LOCAL_QUOTA.get((region, lang), 0)
        for _ in range(n_pos):
            genre = rng.choice(genres)
            k = 0
            if left:
                k = 2 if left >= 2 and rng.random() < 0.4 else 1
                left -= k
            d = b.positive(ctx, genre, k)
            n += 1
            tag = ("hi-" if lang == "hi" else "") + genre
            docs.append(
                (
                    {
                        "id": "%s-pos-%s-%d" % (locale, tag, n),
                        "locale": locale,
                        "text": d["text"],
                        "spans": d["spans"],
                    },
                    d["values"],
                )
            )
        assert left == 0, (locale, lang, left)
        for _ in range(n_neg):
            genre = rng.choice(genres)
            d = b.negative(ctx, genre)
            n += 1
            tag = ("hi-" if lang == "hi" else "") + genre
            docs.append(
                (
                    {
                        "id": "%s-neg-%s-%d" % (locale, tag, n),
                        "locale": locale,
                        "text": d["text"],
                        "spans": [],
                    },
                    [],
                )
            )
    docs += [(d, []) for d in corpus.corpus(rng)]
    rng.shuffle(docs)
    info = {
        "doc_redraws": b.doc_redraws,
        "value_redraws": b.drawer.redraws,
        "replaced": b.drawer.replaced_kinds,
        "kinds_used": len(b.drawer.used),
        "kinds_unused": sorted(set(build.negs.KINDS) - b.drawer.used),
    }
    return docs, info


def dump(docs):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in docs)
    vals = "".join(json.dumps({"values": v}, ensure_ascii=False) + "\n" for _, v in docs)
    return recs, vals


def main(argv):
    records = Path(argv[0]) if argv else RECORDS
    values = Path(argv[1]) if len(argv) > 1 else VALUES
    docs, info = make()
    recs, vals = dump(docs)
    records.write_text(recs, encoding="utf-8")
    values.write_text(vals, encoding="utf-8")
    print("wrote %d documents to %s and %s" % (len(docs), records, values))
    print(info)


if __name__ == "__main__":
    main(sys.argv[1:])
