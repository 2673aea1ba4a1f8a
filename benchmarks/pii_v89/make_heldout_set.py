"""Write tests/data/pii_heldout_v89.jsonl: an eighty-ninth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of MATH-500, AMC23, hh-rlhf
    harmless-base test and the Dutch Multilingual HateCheck CSV (for their fields). No folder outside this
    package and the writer's scratch folder was listed. The other corpus files were only read by corpus.py.
    GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only: drawn at
    random from a prefix, kept when valid and of the wanted type, and every written form parsed back to the
    same valid number of the stated region (local forms with trunk prefix and area code put back,
    numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs
    with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each
    value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the
    document's own, national and language home regions (build.LANG_HOME: en -> US, GB; pt -> BR, PT;
    hi -> IN; others their country), plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit
    runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document
    again with its labelled spans blanked (checks.py repeats the whole-document screen). A value still
    dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0),
    after job references, student numbers, apostille numbers and host-family references were given letters
    or shorter digit runs. Written under a 35-minute limit, so cells are small (2-7 sentences per slot);
    English has all 10 genres, Hindi 6, German 6, Dutch 5, French 5, Portuguese 4, Spanish 4, Italian 3.
    Emphasis: language schools, translation and interpreting.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers (build.LOCALES);
    no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new against v52: 'Label: <phone>', 'Label — <phone>', '<phone> (Label)',
    '• Label, <phone>' and 'Label<TAB><phone>' (heads 'Contact the school', 'Office lines', 'Who to call',
    'Interpreting desk contacts', 'Kontakt Sekretariat', 'Telefonliste Dolmetscherdienst', 'Coordonnées du
    cabinet', 'Contacts de l'école', 'Contactos de la academia', 'Teléfonos de la agencia', 'Recapiti della
    scuola', 'Contatti dell'agenzia', 'Bereikbaarheid bureau', 'Telefoonlijst taalschool', 'Contatos da
    escola', 'Telefones da agência', 'संपर्क सूची', 'कार्यालय के नंबर'). No phone is split across lines; words
    stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py; build.py): 10 genres, none in v52: course (language-course enrolment and
    timetables), tutor (private language tutors), agency (translation-agency quotes and orders), court
    (court and police interpreter bookings), hospital (hospital and clinic interpreter requests), exchange
    (exchange programmes, host families, semesters abroad), exam (language-exam registration and speaking
    tests), sworn (sworn/certified translation and apostilles), booth (conference interpreting teams),
    subtitle (subtitling jobs); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways, before, after, on the line above, in a remark in brackets and in reported speech
    ('Our Omaha campus front desk is ... if you're calling from town', '(Local to Tulsa? The clinic
    interpreter scheduler is just ...)', '"Just dial ... from any Fresno phone," the coordinator said',
    'Calling within Wichita –' with numbers on the lines below, 'For Leeds callers (no dialling code
    needed):', 'she told me: "in Glasgow you just ring ..., the rest is the code"', 'Court interpreters'
    room, Leicester (local calls only)' with the number on the next line, '... local line for the
    translation bureau: ... (no STD code)', 'Aus dem Kieler Ortsnetz erreichen Sie die Sprachschule einfach
    unter', 'Dolmetscherdienst Bonn – innerhalb der Stadt ohne Vorwahl:', '„In Potsdam einfach ...
    wählen“, sagte die Kursleiterin', 'Sekretariat (Anrufe aus Erfurt):', 'Binnen Delft bel je de
    taalschool gewoon op', '"Vanuit Zwolle draai je alleen ...", zei de coördinator', 'Woon je in Tilburg?
    Bijles via', 'De telefone fixo em Recife, a escola de idiomas atende no', '"Aqui em Natal é só discar
    ...", disse a coordenadora', 'Pune शहर के अंदर भाषा संस्थान का नंबर सीधे ... है', 'लोकल कॉल (Delhi) –
    दुभाषिया डेस्क:'); cards for course, exam and translation fees, IBANs for course-fee direct debits,
    tutor and translator payments, IPs of student Wi-Fi, language labs, upload servers, stream encoders and
    court video links, SSNs only on en_US exchange-programme job forms;
    34 hard-negative kinds (negs.KINDS), all used, none in v52's list: textbook ISBN-13s (hyphenated, check
    digit right), word counts, translation job references, US federal docket numbers, German criminal file
    numbers (Aktenzeichen), hospital record numbers, NHS numbers (mod 11), dates of birth, room numbers,
    course codes, student numbers, passport numbers, apostille numbers, sworn-translator authorisation
    numbers, exam candidate numbers, exam scores and bands, lesson time slots, term date ranges, SRT
    subtitle timecodes, character counts, Erasmus+ grant agreement numbers, Erasmus PICs (9 digits),
    Erasmus OIDs, SEVIS ids, J-1 programme numbers, VAT ids, flight numbers, host-family booking references,
    translation-memory match bands, segment counts, law citations (§ GVG/StPO, ECHR, U.S.C.), UCAS Personal
    IDs (123-456-7890 shape), invoice amounts (1.234,56), page ranges;
    number habits (numbers.py): US 415-681-2415, (213)883-6075, 602.756.5088, 1-415-681-2415,
    +1-503-914-1777, +1 414-783-5337, (877) 604-2304, 888.944.8600; GB 0117 416 8587, 0113-012-2283,
    London 0207 946 0018, 07403 396217, 07521-668-484, +44 (0)131 351 3969, +44 (0) 7461 622519,
    0800 953 6405; DE 040 32805983, (089) 68 20 34 17, 0351-4 87 87 06, 0157 7335 7736, 0171 4485279,
    +49 (0)711 2185182, +49 351 1100 457, 0800 6257 2973; FR 05.42.18.59.46, 06 78 04 81 96,
    +33 (0)5 34 32 42 83, 08 00 96 56 34; ES 931 363 776, 933478963, 676 54 43 30, 711-61-30-72,
    (+34) 900 861 491, 900-14-51-40; IT 011.2910.485, 02 5559 1747, 321 841 3419, 323.2860957,
    (+39) 3461902087, 800.858.984; NL 030 657 3766, (010) 946 48 46, 010-946 4846, 06 13 84 43 62,
    06 4474 4737, +31 (0)6 1620 1690, +31 70 526 2024, 0800 1393894; PT 220 851 529, 93 554 22 67,
    (+351) 919812336; BR (21) 3553 7757, (21) 3066.1012, (21) 96308-3898, +55 (71) 98422-8140,
    +55 51 3545 7398, 0800 564 9702; IN 040 4184 3704, (011) 3682-9401, 98709-22470, 7068533591,
    +91 70678 93402, +91-33-36523425, 18005558059; AU/IE/AT/CH/BE '+61 (0)7 5482 0750',
    '+353 (0)85 879 9887', '+43 (0)662 7375266', '+41 (0)31 663 92 45', '+32 (0)2 387 05 56',
    '+32 493 44 86 30'; local forms 252.4249 (US), 335 8422 and 249-8889 (GB), 9141502, 459 79 49 and
    the switchboard form 456 78-0 (DE), 553-2270 (NL), 3301.1186 and 28018375 (BR), 2897-5768 and
    24217272 (IN). Every number shown here is an example of the shape; the set's numbers are drawn.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 test problems (MIT), AMC23
    problems (MIT), hh-rlhf harmless-base test 'chosen' dialogues (MIT) and Multilingual HateCheck German,
    French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are
    taken (they can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots,
    slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row
    (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v89.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v89.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v89.stats [RECORDS VALUES]

Counts (seed 10089; `python -m benchmarks.pii_v89.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings,
            ruff format --check clean
    documents: 1242 {'corpus': 130, 'neg': 300, 'pos': 812}
    values: 2624 by kind: {'PHONE': 1952, 'EMAIL': 421, 'CREDIT_CARD': 89, 'IBAN': 86, 'IP_ADDRESS': 72,
            'US_SSN': 4}
    modes: {'PHONE/national': 622, 'PHONE/list-entry': 459, 'PHONE/local-announced': 450,
            'PHONE/international': 347, 'EMAIL/role': 308, 'EMAIL/personal': 113, 'PHONE/other': 74,
            'IBAN/electronic': 47, 'IP_ADDRESS/v4': 44, 'IBAN/print': 39, 'CREDIT_CARD/solid': 31,
            'CREDIT_CARD/spaced': 29, 'CREDIT_CARD/dashed': 29, 'IP_ADDRESS/v4-private': 21, 'IP_ADDRESS/v6':
            7, 'US_SSN/dashed': 2, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'agency': 194, 'booth': 42, 'course': 184, 'court': 116, 'exam': 62, 'exchange': 176, 'hospital':
            180, 'subtitle': 40, 'sworn': 60, 'tutor': 58}
    languages (documents written here): {'de': 158, 'en': 397, 'es': 60, 'fr': 87, 'hi': 71, 'it': 41, 'nl':
            163, 'pt': 135}
    corpus: {'amc23-en': 15, 'hhrlhf-en': 20, 'math500-en': 35, 'mhc-dutch': 10, 'mhc-french': 10, 'mhc-
            german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 616, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 34
    US SSNs are few (4): only en_US exchange documents carry them.
"""

import json
import random
import sys

from . import build, corpus, negs, values
from . import numbers as N

SEED = 10089
RECORDS = "tests/data/pii_heldout_v89.jsonl"
VALUES = "tests/data/pii_heldout_v89_values.jsonl"
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
]
POS_WEIGHTS = {
    "en_US": 9,
    "en_GB": 8,
    "en_IN": 4,
    "en_AU": 2,
    "en_IE": 2,
    "de_DE": 6,
    "de_AT": 2,
    "de_CH": 2,
    "fr_FR": 5,
    "fr_BE": 2,
    "fr_CH": 1,
    "es_ES": 5,
    "it_IT": 5,
    "nl_NL": 5,
    "nl_BE": 2,
    "pt_BR": 5,
    "pt_PT": 3,
    "hi": 4,
}
N_POS, N_NEG = 470, 300
STATS = {"document redraws": 0}


def _lang(loc):
    return ("en_IN", "hi") if loc == "hi" else (loc, build.LOCALES[loc][0])


def _screened(make):
    """Build a document until its text with labelled spans blanked is clean."""
    while True:
        d = make()
        chars = list(d.text)
        for s in d.spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        if not negs.dirty("".join(chars), d.regions):
            return d
        STATS["document redraws"] += 1


def _record(d, kind, genre):
    gid = f"hi-{genre}" if d.lang == "hi" else genre
    return {"id": f"{d.locale}-{kind}-{gid}", "locale": d.locale, "text": d.text, "spans": d.spans}, d.vals


def generate():
    rng = random.Random(SEED)
    values.seed(SEED)
    drawer = negs.Drawer(rng)
    out = []
    for region, loc, lang, target in LOCAL_PLAN:
        placed = 0
        genres = sorted(build.LEX[lang][0])
        while placed < target:
            town, area, n, first = rng.choice(N.AREAS[region])
            genre = rng.choice(genres)
            local = (region, town, area, n, first, min(2, target - placed))
            d = _screened(
                lambda g=genre, lo=local, lc=loc, la=lang: build.compose(lc, la, g, "pos", rng, drawer, lo)
            )
            placed += sum(v.get("mode") == "local-announced" for v in d.vals)
            out.append(_record(d, "pos", genre))
    locs = sorted(POS_WEIGHTS)
    w = [POS_WEIGHTS[k] for k in locs]
    for kind, count in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(count):
            loc, lang = _lang(rng.choices(locs, w)[0])
            genre = rng.choice(sorted(build.LEX[lang][0]))
            d = _screened(lambda lo=loc, la=lang, g=genre, k=kind: build.compose(lo, la, g, k, rng, drawer))
            out.append(_record(d, kind, genre))
    for i, (rec, _vals) in enumerate(out):
        rec["id"] = f"{rec['id']}-{i}"
    out += [(doc, []) for doc in corpus.corpus_docs(rng)]
    rng.shuffle(out)
    STATS.update(
        {
            "value redraws": drawer.redraws,
            "kinds replaced after 200 dirty values": drawer.replaced,
            "hard-negative kinds used": len(drawer.used),
        }
    )
    return out


def write(records_path=RECORDS, values_path=VALUES):
    out = generate()
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, vals in out:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    print(STATS)


if __name__ == "__main__":
    write(*sys.argv[1:3])
