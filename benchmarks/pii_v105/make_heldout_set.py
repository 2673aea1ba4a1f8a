"""Write tests/data/pii_heldout_v105.jsonl: a 105th, independent held-out labelled set for PII detection
(phone numbers above all, plus e-mails, IPs, IBANs, cards and US SSNs), on prisons, probation and victim
support.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of AMC23, MATH-500, hh-rlhf
    harmless-base test, the English HateCheck CSV and the Dutch Multilingual HateCheck CSV (for their
    fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used. Before
    the brief was read, the brief's folder was listed once by mistake (names only; no other file in it was
    opened). Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid and of the wanted type, and every written form parsed back to the same valid number of the stated
    region (local forms with their area code and trunk prefix put back, numbers.e164); cards with Luhn,
    IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions plus US (compose.screen_regions), plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and
    each whole document again with its labelled spans blanked (checks.py repeats the whole-document
    screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped
    build none was (0). Three kinds were redesigned after a first build showed them always dirty (jail
    booking numbers, Spanish NIS, housing references read as valid US/AU numbers). Written under a
    35-minute limit, so cells are small (1-9 sentences per slot); English has 6 genres (en_US its own 2),
    German 4, Dutch 4, Portuguese 4, French 3, Spanish 3, Italian 3, Hindi 3.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the town's area code, equal to phonenumbers' geographical area code length
    (draws where it differs are skipped), null for every other phone; text = the subscriber part only; a
    document's local numbers share one town, named in the phrasing. AT/CH/BE/AU/IE documents write their own
    numbers internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<row> (source
    'math500-en', 'amc23-en', 'hhrlhf-en', 'hatecheck-en', 'mhc-<language>'); shuffled with the seed.
    Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS
    v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers'
    type is checked). list-entry = a phone in a contact block at the end of a document, one per line, in
    five layouts not in v52: '<phone> (Label)', '• Label – <phone>', 'Label ☎ <phone>', '- Label: <phone>'
    and 'Label<TAB><phone>' (heads 'Numbers you may need', 'Who to call', 'Contacts for families', 'Phone
    list', 'Wichtige Nummern für Angehörige', 'Rufnummern im Überblick', 'Numéros pour les familles',
    'Teléfonos para familias', 'Numeri per i familiari', 'Handige nummers', 'Telefones para familiares',
    'काम के नंबर', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_nl_pt_hi.py; compose.py): 6 genres, none in v52: visits (prison visit
    booking, parloirs, colloqui, bezoek, visitas, मुलाक़ात), probation (appointment and reporting letters,
    SPIP, UEPE, reclassering, Bewährungshilfe, US adult probation and reentry), victim (victim support,
    Witness Service, Opferhilfe, aide aux victimes, Slachtofferhulp, पीड़ित सहायता), resettle (resettlement
    charities, through-the-gate plans, Straffälligenhilfe, reinserción), yot (youth offending teams,
    jeugdreclassering), chaplaincy (prison chaplaincy, pastoral carcerária); all sentences written fresh in
    en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after, in a remark, on the
    line above or in reported speech ('Family in Albany? The visitor center's local number is', 'We asked
    our Dayton volunteers which number to print. 'Put ...,' they said, 'everyone here knows the area
    code.'', 'Our Leeds resettlement shop:' (line break) 'city landlines dial', 'Calling from inside
    Reading? Drop the code and dial', 'Aus dem Kieler Ortsnetz? Dann reicht für die Bewährungshilfe Kiel
    die', 'Anstaltsseelsorge Erfurt – vom Festnetz in der Stadt:', 'Woont u in Zwolle? Bel dan zonder
    netnummer', 'Geestelijke verzorging (Arnhem, vast nummer in de stad):', 'Quem está em Natal não precisa
    do DDD:', 'Ligue de um fixo de Recife para ... e fale com o patronato', 'Lucknow शहर के लैंडलाइन से जेल
    का नंबर ... मिलाएँ', 'मुलाक़ात काउंटर (Patna, बिना एसटीडी कोड):'); cards for money sent to prisoners and
    canteen vouchers, IBANs for compensation payments, Geldauflagen and charity donations, IPs of
    video-visit sessions, reporting kiosks and visits-hall tablets, SSNs on US reentry ID and benefits
    forms;
    43 hard-negative kinds (negs.KINDS), all used, none in v52's list: UK prisoner numbers (A1234BC), US
    federal register numbers (12345-678), state DOC numbers, NDelius CRNs, PNC ids, CRO numbers, crime
    reference numbers, US criminal docket numbers (2:24-cr-00123), visit booking references, cell locations
    (wing-landing-cell), curfew hours, electronic-tag serials, unpaid-work hours done/ordered, OGRS risk
    percentages, statute sections, bus stop numbers, locker numbers, visit slots, property bag seals,
    recorded-delivery tracking numbers, charity numbers, company numbers, CICA references, German
    Aktenzeichen, Dutch parketnummers, Brazilian CNJ case numbers, Indian FIR numbers, ISBN-13s (Luhn-valid
    draws screened out), licence expiry dates, prisoner PIN-phone accounts, visitor ids, fines and
    compensation amounts, French numéros d'écrou, Spanish NIS, Italian matricole, discharge grants, housing
    references, course session counts, age bands, interview room numbers, approved-premises bed spaces,
    youth court case numbers, jail booking numbers;
    number habits (numbers.py): US 303-617-7763, 702.200.8063, (206)869-0743, +1-702-948-9068,
    +1 713-378-1286, 1.206.936.6258, toll-free 855.956.5088, (833) 384-0110, 1 888-779-0328; GB
    0141 414 8396, 0151-308-0939, 07973-806-956, 07723 041 144, +44 (0)161 414 3972, +44 20 3359 2563,
    +44 7468 587831, 0300 191 4549, 0800-232-1668; DE 0351 59074-39 (DIN extension dash), (040) 41 77 76 31,
    030-20 80 63 60, 0151 73662585, (0176) 6834 4978, 0170-1234567, +49 (0)351 8524706, +49 511 868 48 78,
    0800 962 9137, 0800-8587335; FR 01 29 17 36 66, 04.29.73.16.98, +33 (0)6 18 59 46 85,
    +33 7 42 79 83 58, 08 05 06 26 42, 0800.54.68.42; ES 956 953 493, 955134113, 694 78 22 27,
    +34 956 57 91 31, +34 919 40 08 08, 900-416-130; IT 055 2841451, 02 3568 5165, 333 150 2807,
    339-1278898, +39 011 788 0812, 800 690184, 800.860.957; NL 070 870 3408, (070) 889 84 86,
    070-889 84 86, 06 59 47 42 87, 06-3069 0566, +31 (0)30 816 2016, +31 6 11 23 23 01,
    0800 846 8478; PT 221 224 318, 920 858 235, +351 915 012 653, 800 72 21 92; BR (51) 4457-3982,
    51 44573982, (61) 98495-7393, 31 91056-5409, +55 21 3066-1012, +55 21 98822 6908, 0800 047 4629,
    0800-8786826; IN 0755 2523425, 0755-2388613, (0755) 252 3425, 81843 70499, 9992881362,
    +91 80 2228 0707, +91 98765 43210, +91-172-2311067, 1-800-319-5668, 1800-1234567; AT/CH/BE/IE/AU
    '+43 (0)316 555495', '+43-664-3468499', '+41 (0)44 257 59 53', '+32 (0)3 375 26 60',
    '+32 475 16 38 79', '+353 (0)1 671 3639', '+61 (0)2 9509 0837', '+61 435 301 988'; local forms
    504.5091 and 5045091 (US), 814-3322 and 235.7800 (GB), 4942-08 and 5977 64 (DE), 360-5162 and
    45 26 658 (NL), 5386.7571 and 29108631 (BR), 7175334 and 643-2606 (IN).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), the first human turn of hh-rlhf harmless-base test dialogues (MIT; they can be
    unpleasant requests), English HateCheck (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only HateCheck cases labelled non-hateful are taken (they
    can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v105.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v105.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v105.stats [RECORDS VALUES]

Counts (seed 10105; `python -m benchmarks.pii_v105.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and ruff
            format --check: 0 findings
    documents: 1217 {'corpus': 120, 'neg': 303, 'pos': 794}
    values: 1734 by kind: {'PHONE': 1397, 'IP_ADDRESS': 142, 'EMAIL': 132, 'IBAN': 32, 'CREDIT_CARD': 26,
            'US_SSN': 5}
    modes: {'PHONE/national': 454, 'PHONE/local-announced': 450, 'PHONE/list-entry': 235,
            'PHONE/international': 157, 'PHONE/other': 101, 'EMAIL/personal': 68, 'EMAIL/role': 64,
            'IP_ADDRESS/v4': 55, 'IP_ADDRESS/v6': 44, 'IP_ADDRESS/v4-private': 43, 'IBAN/print': 26,
            'CREDIT_CARD/spaced': 11, 'CREDIT_CARD/dashed': 10, 'IBAN/electronic': 6, 'CREDIT_CARD/solid': 5,
            'US_SSN/dashed': 5}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'chaplaincy': 88, 'probation': 264, 'resettle': 111, 'victim': 241, 'visits': 317, 'yot': 76}
    languages (documents written here): {'de': 163, 'en': 406, 'es': 44, 'fr': 95, 'hi': 67, 'it': 42,
            'nl': 146, 'pt': 134}
    corpus: {'amc23-en': 12, 'hatecheck-en': 15, 'hhrlhf-en': 20, 'math500-en': 25, 'mhc-dutch': 8,
            'mhc-french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 1868, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 43
    US SSNs are few (5): only en_US documents carry them.
"""

import json
import random
import sys
from pathlib import Path

from . import compose, corpus, negs
from . import numbers as nums

SEED = 10105
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v105.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v105_values.jsonl"
LOCAL_PLAN = [
    ("US", "en_US", 75),
    ("GB", "en_GB", 75),
    ("DE", "de_DE", 75),
    ("NL", "nl_NL", 75),
    ("BR", "pt_BR", 75),
    ("IN", "en_IN", 40),
    ("IN", "hi", 35),
]
POS_WEIGHTS = {
    "en_GB": 56,
    "en_US": 40,
    "en_IN": 20,
    "en_AU": 16,
    "en_IE": 16,
    "de_DE": 36,
    "de_AT": 12,
    "de_CH": 12,
    "fr_FR": 34,
    "fr_BE": 12,
    "fr_CH": 10,
    "es_ES": 28,
    "it_IT": 28,
    "nl_NL": 28,
    "nl_BE": 12,
    "pt_PT": 18,
    "pt_BR": 24,
    "hi": 20,
}
NEG_SHARE = 0.72
LIST_P = 0.15


def dirty(text, spans, locale):
    blank = list(text)
    for s in spans:
        blank[s["start"] : s["end"]] = "X" * (s["end"] - s["start"])
    blank = "".join(blank)
    return bool(negs.guard_hits(blank)) or negs.matcher_hits(blank, compose.screen_regions(locale))


def build(seed=SEED):
    rng = random.Random(seed)
    comp = compose.Composer(rng, seed)
    docs = []
    stats = {"document_redraws": 0}

    def add(locale, polarity, genre, **kw):
        for _ in range(50):
            text, spans, values = comp.document(locale, genre, polarity, **kw)
            if not dirty(text, spans, locale):
                break
            stats["document_redraws"] += 1
        else:
            raise RuntimeError("document stays dirty")
        lang = compose.LOCALES[locale][0]
        loc = "en_IN" if locale == "hi" else locale
        gid = f"hi-{genre}" if locale == "hi" else genre
        docs.append(
            (
                {"id": f"{loc}-{polarity}-{gid}-{len(docs)}", "locale": loc, "text": text, "spans": spans},
                {"values": values},
                lang,
            )
        )
        return values

    for region, locale, target in LOCAL_PLAN:
        got = 0
        lines = compose.local_lines(locale)
        while got < target:
            left = target - got
            choices = [ln for ln in lines if ln.count("{L}") <= left]
            line = rng.choice(choices)
            town = rng.choice(nums.AREAS[region])
            genre = rng.choice(sorted(compose.genres_for(locale)))
            vals = add(locale, "pos", genre, local_sent=line, town=town, list_block=rng.random() < LIST_P / 2)
            got += sum(1 for v in vals if v.get("mode") == "local-announced")
    locales = sorted(POS_WEIGHTS)
    for polarity, n in (
        ("pos", sum(POS_WEIGHTS.values())),
        ("neg", int(sum(POS_WEIGHTS.values()) * NEG_SHARE)),
    ):
        weights = [POS_WEIGHTS[k] for k in locales]
        for _ in range(n):
            locale = rng.choices(locales, weights)[0]
            genre = rng.choice(sorted(compose.genres_for(locale)))
            add(locale, polarity, genre, list_block=rng.random() < LIST_P)
    records = [(d, v) for d, v, _ in docs]
    for c in corpus.pick(rng):
        records.append((c, {"values": []}))
    rng.shuffle(records)
    stats.update(
        value_redraws=comp.drawer.redraws,
        replaced=comp.drawer.replaced,
        kinds_used=len(comp.drawer.used),
        replaced_kinds=sorted(comp.drawer.replaced_kinds),
    )
    return records, stats


def write(records, rec_path=RECORDS, val_path=VALUES):
    with open(rec_path, "w", encoding="utf-8") as f:
        for r, _ in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for _, v in records:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    rec = Path(argv[1]) if len(argv) > 1 else RECORDS
    val = Path(argv[2]) if len(argv) > 2 else VALUES
    records, stats = build()
    write(records, rec, val)
    print(len(records), "documents;", stats)


if __name__ == "__main__":
    main(sys.argv)
