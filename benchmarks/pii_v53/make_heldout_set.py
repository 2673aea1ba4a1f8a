"""Write tests/data/pii_heldout_v53.jsonl: a fifty-third, independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IBANs, IPs, cards and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (three levels), the first few
    hundred bytes of MATH-500, AMC23, the English HateCheck CSV and the German Multilingual HateCheck CSV
    (for their fields); the corpus files themselves were only read by corpus.py. GSM8K (train and test),
    AIME24 and HumanEval were not used. Numbers were made and checked with phonenumbers only: drawn at
    random from a prefix, kept when valid, of the wanted type and of the wanted region (no GG/JE numbers
    for GB), and every written form parsed back to the same valid number (local forms with their trunk
    prefix and area code put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97
    plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions (negs.LANG_HOME), plus the
    guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed,
    mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced by
    a dash (negs.Drawer); in the shipped build none was (0). German school years ('2025/26') were dropped
    as a kind because they parse as valid German numbers; payment references and Kita voucher numbers
    were given letters inside for the same reason. Written under a 40-minute limit, so cells are small
    (1-7 sentences per slot); English has all 10 genres, German 7, Dutch 6, Portuguese 6, French 5,
    Hindi 5, Spanish 4, Italian 4. Emphasis: schools, childcare and tutoring.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). 'international' values start with '+' or '(+'.
    list-entry = a phone in a contact block at the end of a document, one per line, in six new layouts:
    'Label – tel. <phone>', '<phone>  (Label)', 'Label ✆ <phone>', '• Label / <phone>', 'Label — <phone>'
    and 'Label, <phone>' (labels sometimes with a first name in brackets; heads 'Class contacts', 'Phone
    tree', 'Who to call on the day', 'Trip day contacts', 'Telefonkette', 'Notfallkontakte Ausflug',
    'Telefoonlijst', 'Contacten schoolreis', 'Contacts du jour de sortie', 'Teléfonos del día de la
    excursión', 'Contatti per la gita', 'Contatos da turma', 'संपर्क सूची', ...). No phone is split across
    lines; words stay outside the span. Body sentences that end in a value are followed by a line break.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_romance.py, lex_hi.py; compose.py): 10 genres, none in v52:
    letter (letters and notes home), trip (trip consent forms and permission slips), pta (PTA, Elternbeirat,
    ouderraad and MR minutes), roster (class contact lists, phone trees, carpool rotas), club (after-school
    and wraparound clubs, extraescolares, périscolaire), exam (exam board and exams-office notices, Abitur),
    nursery (nursery, daycare, Kita, crèche, creche, asilo nido, childminder contracts), tutor (tutoring
    ads and terms, Nachhilfe, bijles, soutien scolaire, ripetizioni, explicações, ट्यूशन), bus (school
    transport), fees (lunch accounts, fee reminders, dependent-care claims); all sentences written fresh in
    en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after, on the line above,
    in brackets and in reported speech ('Parents living in Omaha can simply dial ... for the office - no
    area code needed', 'From a Reno landline, the absence line is ...; the kitchen is ...', 'Office (local
    calls, Leeds):' on the line above, 'Ring ... if you're calling from within Dayton.', '(Calling locally
    in York? Just ....)', 'Our receptionist always says it like this: "From anywhere in Tacoma, just ...."',
    'The Exeter site keeps its own line: ... from a local phone.', 'Aus dem Kasseler Ortsnetz erreichen Sie
    das Sekretariat unter ...', 'Innerhalb von Ulm genügt die ..., die Mensa hat die ...', 'Sekretariat
    (Erfurt, ohne Vorwahl):', 'Frau ... sagt am Telefon immer: „Von Potsdam aus einfach ... wählen.“',
    '... – so erreichen Eltern aus Würzburg die Kita direkt (Ortsnetz).', 'Hinweis für Familien in
    Regensburg: Die Vorwahl fällt weg, es bleibt ...', 'Wie in Zwolle woont, belt de administratie gewoon
    op ...', 'Binnen Arnhem zonder netnummer: ... (conciërge ...)', '„In Tilburg is het gewoon ...”, zegt
    de conciërge altijd', '... – dat is het nummer voor ouders uit Haarlem zelf.', 'Quem liga de telefone
    fixo em Recife fala com a secretaria pelo ...', 'Dentro de Natal, sem DDD: ... (cantina ...)', 'Como
    diz a dona ... da portaria: "de Manaus é só discar ..."', '... – número da creche para quem está em
    Vitória.', 'Pune शहर के लैंडलाइन से स्कूल ऑफ़िस का नंबर सीधे ... है', 'कार्यालय (Kochi, लोकल कॉल):',
    'रिसेप्शन पर हमेशा यही बताया जाता है: "Indore से बस ... डायल कीजिए।"', '... – Jaipur के भीतर से स्कूल
    बस डेस्क।'); towns and area codes all new (numbers.AREAS); cards for trip deposits and club refunds,
    IBANs for nursery fees, tutoring fees, trip contributions and PTA donations, IPs of parent portals,
    exam laptops, robot kits and online whiteboards, SSNs of a childcare provider on dependent-care forms;
    44 hard-negative kinds (negs.KINDS), all used, none in v52's list: exam candidate numbers, centre
    numbers, UCIs, paper/component codes (8300/1H), syllabus codes (0580/42), qualification numbers
    (601/8829/6), raw marks, attendance percentages, session times, term dates, room numbers, bus routes,
    bus stop ids, locker combinations, ISBN-13s (valid check digit), Dewey shelf marks, trip/lunch payment
    references, money amounts, school URNs, LA establishment numbers (873/4012), staff ratios, reading ages,
    class/set codes (10Y/Ma2), vote counts (12–3–2), cost centres, hike distance and ascent, GPS meeting
    points, funded childcare hours, Tax-Free Childcare references, lunch ids, library card barcodes, pupil
    numbers, grade boundaries, exam seats, exam durations, coach booking references, Ofsted early-years
    URNs (EY...), Kita voucher numbers, tutoring packages (10 × 60 min), clothing sizes (134/140), grade
    averages, agenda item numbers, head counts (24 + 4), dates;
    number habits (habits.py): US (312)533-0656, 312.533.0656, 1-312-533-0656, 312–533–0656 (en dashes),
    +1-312-533-0656, +1 312-533-0656, 800.201.2904, 1.800.201.2904; GB 0113-496-0018, (0113) 4960018,
    (029) 2018-0000, 029-2018-0000, (01603) 230 113, +44 (0)141 326 8111, +44 (0) 7957 835 131,
    +44-7957-835131, 0800-267-8194; DE (0561) 86 16 37, 0561-861637, 030 1234 5678, +49 (0)30 1234 5678,
    +49 (0) 176 ..., +49-711-4325434, 0800 846 430 82; FR 01.44.78.76.74, 0144787674, +33 (0)1 44 78 76 74,
    08 05 49 61 29; ES 93.641.28.61, 612345678, (+34) 612 34 56 78, +34 612 345 678, 900-510-621; IT
    02 2199 8640, 02.21998640, 349-1433725, (+39) 349 1433725, 800.586.297; NL (050) 312 34 56,
    06 387 133 55, 06-387 133 55, +31 (0)53 945 4910, +31-6-38713355, 0800 056 6005; PT 21 345 6789,
    (+351) 912 345 678; BR (41) 3222.1234, (041) 3222-1234, (21) 96880-8879, 21 96880.8879,
    +55 21 96880 8879, 0800.727.2389; IN (044) 24521234, 044 - 2452 1234, 097621-13433, 97621 13433,
    +91 44 5830 9396, 1800 386 4016; CH/AT/BE/IE/AU with '(0)' after the country code ('+41 (0)31 620 53
    85', '+43 (0) 664 ...', '+32 (0)470 32 43 13', '+353 (0)86 725 0837', '+61 (0)477 719 833') or
    dashes ('+353-21-5282488'); local forms 533.0656, 2917-3321, 230113, 861637, 729 13 16, 4857125,
    2859.4959, 28594959, 2253-5444, 5604240.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_BE from fr_FR) and e-mail user names and domains (en_US);
    towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT),
    AMC23 problems (MIT), English HateCheck test cases (CC BY 4.0) and Multilingual HateCheck German,
    French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken
    (they can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes
    or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (CSV: 0-based
    row after the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v53.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v53.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v53.stats [RECORDS VALUES]

Counts (seed 10053; `python -m benchmarks.pii_v53.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1266 {'corpus': 120, 'neg': 300, 'pos': 846}
    values: 2874 by kind: {'PHONE': 2145, 'EMAIL': 430, 'IBAN': 141, 'IP_ADDRESS': 116, 'CREDIT_CARD': 38,
            'US_SSN': 4}
    modes: {'PHONE/national': 990, 'PHONE/local-announced': 450, 'PHONE/list-entry': 448,
            'EMAIL/role': 341, 'PHONE/international': 154, 'PHONE/other': 103, 'IBAN/print': 93,
            'EMAIL/personal': 89, 'IBAN/electronic': 48, 'IP_ADDRESS/v4': 40, 'IP_ADDRESS/v4-private': 40,
            'IP_ADDRESS/v6': 36, 'CREDIT_CARD/spaced': 16, 'CREDIT_CARD/dashed': 12, 'CREDIT_CARD/solid': 10,
            'US_SSN/spaced': 2, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'bus': 44, 'club': 92, 'exam': 77, 'fees': 62, 'letter': 188, 'nursery': 133, 'pta': 77,
            'roster': 135, 'trip': 162, 'tutor': 176}
    languages (documents written here): {'de': 160, 'en': 426, 'es': 55, 'fr': 80, 'hi': 88, 'it': 55,
            'nl': 138, 'pt': 144}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch-nl': 10, 'mhc-french-fr': 10,
            'mhc-german-de': 10, 'mhc-italian-it': 10, 'mhc-portuguese-pt': 10, 'mhc-spanish-es': 10}
    document redraws: 0, value redraws: 332, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 44
    US SSNs are few (4): only en_US fees documents carry them.
"""

import json
import random
import sys
from pathlib import Path

from . import corpus, negs
from . import numbers as nb
from .compose import LEX, Composer

SEED = 10053
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/data/pii_heldout_v53.jsonl"
OUT_VALUES = ROOT / "tests/data/pii_heldout_v53_values.jsonl"

# language -> [(locale, weight)] for documents without local numbers
SPREAD = {
    "en": [("en_US", 3), ("en_GB", 3), ("en_IN", 2), ("en_AU", 1), ("en_IE", 1)],
    "de": [("de_DE", 3), ("de_AT", 1), ("de_CH", 1)],
    "fr": [("fr_FR", 3), ("fr_BE", 1), ("fr_CH", 1)],
    "es": [("es_ES", 1)],
    "it": [("it_IT", 1)],
    "nl": [("nl_NL", 3), ("nl_BE", 1)],
    "pt": [("pt_BR", 2), ("pt_PT", 1)],
    "hi": [("en_IN", 1)],
}
POS_DOCS = {"en": 170, "de": 60, "fr": 50, "es": 35, "it": 35, "nl": 45, "pt": 50, "hi": 35}
NEG_DOCS = {"en": 105, "de": 40, "fr": 30, "es": 20, "it": 20, "nl": 30, "pt": 30, "hi": 25}
# local region -> [(locale, language, quota)]
LOCAL = {
    "US": [("en_US", "en", 75)],
    "GB": [("en_GB", "en", 75)],
    "DE": [("de_DE", "de", 75)],
    "NL": [("nl_NL", "nl", 75)],
    "BR": [("pt_BR", "pt", 75)],
    "IN": [("en_IN", "en", 40), ("en_IN", "hi", 35)],
}


def pick(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def build():
    rng = random.Random(SEED)
    comp = Composer(rng, SEED)
    docs, stats = [], {"doc_redraws": 0}

    def make(locale, lang, genre, positive, local=None):
        for _ in range(50):
            state = rng.getstate()
            comp.start(locale, lang, local)
            text, spans, vals = comp.document(genre, positive)
            if not comp.dirty():
                return text, spans, vals, comp.local_left
            stats["doc_redraws"] += 1
            rng.setstate(state)
            rng.random()
        raise RuntimeError(f"dirty document {locale} {genre}")

    def emit(locale, lang, kind, genre, text, spans, vals):
        g = f"hi-{genre}" if lang == "hi" else genre
        docs.append(
            (
                {"id": f"{locale}-{kind}-{g}-{len(docs)}", "locale": locale, "text": text, "spans": spans},
                {"values": vals},
            )
        )

    for region, plans in LOCAL.items():
        for locale, lang, quota in plans:
            left = quota
            while left:
                town, area, sub_len = rng.choice(nb.AREAS[region])
                genre = rng.choice(sorted(LEX[lang]["POS"]))
                text, spans, vals, after = make(
                    locale, lang, genre, True, (region, town, area, sub_len, left)
                )
                left = after
                emit(locale, lang, "pos", genre, text, spans, vals)
    for lang, n in POS_DOCS.items():
        for _ in range(n):
            locale, genre = pick(rng, SPREAD[lang]), rng.choice(sorted(LEX[lang]["POS"]))
            emit(locale, lang, "pos", genre, *make(locale, lang, genre, True)[:3])
    for lang, n in NEG_DOCS.items():
        for _ in range(n):
            locale, genre = pick(rng, SPREAD[lang]), rng.choice(sorted(LEX[lang]["NEG"]))
            emit(locale, lang, "neg", genre, *make(locale, lang, genre, False)[:3])
    for rec in corpus.corpus(rng):
        docs.append((rec, {"values": []}))
    rng.shuffle(docs)
    stats.update(
        value_redraws=comp.drawer.redraws,
        replaced=comp.drawer.replaced,
        kinds_used=len(comp.drawer.used),
        kinds=len(negs.KINDS),
        unused=sorted(set(negs.KINDS) - comp.drawer.used),
    )
    return docs, stats


def write(docs, out, out_values):
    with open(out, "w", encoding="utf-8") as f, open(out_values, "w", encoding="utf-8") as g:
        for rec, vals in docs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            g.write(json.dumps(vals, ensure_ascii=False) + "\n")


def main(argv):
    out = Path(argv[0]) if argv else OUT
    out_values = Path(argv[1]) if len(argv) > 1 else OUT_VALUES
    docs, stats = build()
    write(docs, out, out_values)
    print(len(docs), "documents;", stats)


if __name__ == "__main__":
    main(sys.argv[1:])
