"""Write tests/data/pii_heldout_v37.jsonl: a thirty-seventh, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    One slip: at the start the writer's scratch folder was created with a command that also printed a
    listing of the hand-over folder's file names; none of the files it named was opened beyond those below.
    Read: the brief; the module docstring of v35's generator (handed over as a text file); the first three
    lines of v35's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first lines of
    HumanEval, MATH-500 test, the German multilingual HateCheck CSV and the English HateCheck CSV (for their
    fields); the other corpus files were only read by corpus.py. Numbers were made and checked with
    phonenumbers only: every written form is parsed back to the same valid number (local forms with their
    area code put back); cards with Luhn, IBANs with mod 97 plus python-stdnum's national checks, SSNs with
    the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v35 describes: each value on
    its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's region,
    its national region and its language's home regions, plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with
    its labelled spans masked. A negative value still dirty after 200 draws is not written as '#nofilter':
    another kind is drawn instead (negs.draw_clean returns None), so no '#nofilter' is in the files.
    Written under a 45-minute limit, so each language's cells are small (1-5 lines per slot).
    Emphasis: code and technical text as an LLM training pipeline meets it.

Format and conventions: those of v35 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, PHONE values with region, e164, area_len; PHONE modes international, national, local-announced,
    list-entry, other). Subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines,
    75 each; area_len = the length of the document's area code, asserted equal to phonenumbers' geographic
    area code length; text = the subscriber part only; a document's local numbers share one area code and
    the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers internationally only and
    use DE, FR, NL or GB for national, list and service numbers (compose.national_region); no 00 prefixes.
    Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Modes of the other kinds: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced. 'other' = service numbers
    (toll-free, shared cost, UAN). list-entry = a phone in a roster block: Python/JS/Java/SQL/shell contact
    tables, JSON/YAML/CSV seed rows, markdown tables and bullet lists, numbered issue lists, data-frame
    output rows, .po/.properties/JSON team strings, captured CI stdout. No phone is split across lines;
    every phone is one digit string with separators; quotes, 'tel:'-like prefixes and words stay outside.

What is new against v35, by module
    genres (genres.py, lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py): 8 code genres, none in
    v35: source (Python, JavaScript, Java, SQL migrations, shell scripts; phones in comments, string
    literals and contact tables), fixture (JSON, YAML and CSV seed data), readme (README/CONTRIBUTING with
    code blocks, contact sections, tables), issue (issue comments with tracebacks), apidoc (endpoint docs
    with headers and JSON responses), notebook (cells, printed output, data-frame rows), i18n (.po,
    .properties and i18n JSON), cilog (CI logs with failing assertion messages and captured stdout); all
    sentences written fresh for v37 in en (with Indian English lines for en_IN), de, fr, es, it, nl, pt, hi
    (comments, localised strings, help texts); local numbers announced in new ways ('Inside the Leeds
    exchange the front desk answers on', '(local Austin line, drop the area code)', 'Same-city callers in
    ... only dial', 'Aus dem Ortsnetz Münster reicht die', 'Innerhalb von Köln einfach die Durchwahl ...
    wählen, Vorwahl entfällt', '(Ortsgespräch Kiel)', 'Binnen het netnummergebied Leiden volstaat', '(lokaal
    Utrecht, zonder kengetal)', 'Dentro de Curitiba basta discar ..., sem o DDD', '(ligação local em
    Recife)', 'Within Pune city you can directly dial ..., STD code not required', '(Nagpur लोकल लैंडलाइन)',
    'Jaipur शहर के अंदर से सीधे ... डायल करें'); phone bug reports (a form rejects a number, CSV export
    mangles it); SSNs in fake payroll fixtures; cards as checkout-test cards;
    49 hard-negative kinds defined and used (negs.py), none in v35's list: short and full git SHAs,
    semantic versions, localhost ports, UUIDs, issue references, CI run/job ids, Unix epoch seconds and
    milliseconds, ISO-8601 timestamps, file:line:col, hex addresses, underscore literals, float constants,
    durations in ms, byte sizes, image digests, pip pins, Content-Length headers, pids, Jira keys, CVE ids,
    RNG seeds, data-frame shapes, CRC32 values, dated build numbers, Android versionCodes, Java
    serialVersionUIDs, AUTO_INCREMENT values, Unicode code points, hex colours, latitude/longitude, tensor
    shapes, cron expressions, chmod/umask modes, object hash reprs, Maven coordinates, CSS breakpoints, .po
    source references, UTC offsets, npm install summaries, Kubernetes resource limits, invoice numbers,
    postal codes (DE/NL/BR shapes), hash multipliers, embedding vectors, pagination parameters, exit codes,
    coverage lines;
    number habits (numbers.py): US 512.884.1234, 1-512-884-1234, (512)884-1234; GB (0113) 496 0123,
    0113-496-0123, 01134960123, 020-7946-0018; DE 0251/3847219, (0251) 3847219, DIN-5008 0251 3847-219;
    FR 01.23.45.67.89, 0123456789; ES 912345678; IT 02/12345678, (02) 1234 5678, 0212345678; NL
    020-1234567, (020) 123 45 67, 06-12345678; PT 211234567; BR (011) 3456-7890, 11 3456-7890, solid; IN
    022-23456789, (022) 2345 6789, 098201-23456, 09820123456; international '+49 (0)251 3847219' (trunk 0
    in parentheses), EPP '+49.2513847219', RFC 3966 dashes '+49-251-3847219', bare E.164; service numbers
    1-800-xxx-xxxx and 1800-xxx-xxxx; local forms 884-1234, 884.1234, 4960123, 496-0123, 7946-0018,
    3847219, 3847-219, 5123456, 51 23 456, 32471992, 3247–1992 (en dash), 26123456, 2612-3456, 254-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for first and last names (hi_IN names in Hindi
    documents); towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: HumanEval
    prompts (MIT), MATH-500 test problems (MIT), HateCheck English test cases (CC BY 4.0; can be hateful),
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be
    hateful); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    spaces, tabs, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v37.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v37.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v37.stats [RECORDS [VALUES]]

Counts (seed 10037; `python -m benchmarks.pii_v37.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors
    documents: 1281 {'pos': 741, 'neg': 390, 'corpus': 150}
    values: 1702; by kind: {'PHONE': 1329, 'EMAIL': 204, 'IBAN': 54, 'CREDIT_CARD': 52, 'IP_ADDRESS': 47,
            'US_SSN': 16}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 274, 'PHONE/international': 240,
            'PHONE/list-entry': 229, 'PHONE/other': 136, 'EMAIL/role': 103, 'EMAIL/personal': 101,
            'IBAN/print': 35, 'CREDIT_CARD/spaced': 27, 'IP_ADDRESS/v4': 24, 'IBAN/electronic': 19,
            'IP_ADDRESS/v6': 15, 'CREDIT_CARD/dashed': 14, 'US_SSN/dashed': 14, 'CREDIT_CARD/solid': 11,
            'IP_ADDRESS/v4-private': 8, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'apidoc': 141, 'cilog': 138, 'fixture': 144, 'i18n': 145, 'issue': 149, 'notebook': 123,
            'readme': 144, 'source': 147}
    languages (documents written here): {'de': 146, 'en': 384, 'es': 50, 'fr': 71, 'hi': 105, 'it': 48,
            'nl': 141, 'pt': 186}
    hard-negative kinds used: 49; hard-negative values: 5119; document redraws: 0; value redraws: 63149;
    kinds redrawn after 200 dirty values: 308
"""

import collections
import json
import random
import sys

from . import compose as C
from . import numbers as num
from .corpus import corpus_records

SEED = 10037
OUT = "tests/data/pii_heldout_v37.jsonl"
OUT_VALUES = "tests/data/pii_heldout_v37_values.jsonl"
LANG_W = {"en": 30, "de": 12, "fr": 9, "es": 7, "it": 7, "nl": 12, "pt": 13, "hi": 10}
LOCAL_DOCS = [
    ("US", "en", "en_US"),
    ("GB", "en", "en_GB"),
    ("DE", "de", "de_DE"),
    ("NL", "nl", "nl_NL"),
    ("BR", "pt", "pt_BR"),
    ("IN", "en", "en_IN"),
    ("IN", "hi", "en_IN"),
]
N_GENERIC, N_NEG, LOCAL_PER_REGION = 400, 390, 75


def pick_lang(rng):
    return rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]


def extras(rng, lang, fk_seed):
    from faker import Faker

    fk = Faker(C.FAKER_LOC[lang])
    fk.seed_instance(fk_seed)
    out = []
    if rng.random() < 0.27:
        out.append(("line", C.make_email(rng, fk)))
    if rng.random() < 0.075:
        out.append(("line", C.make_ip(rng)))
    if rng.random() < 0.065:
        out.append(("line", C.make_iban(rng, lang)))
    if rng.random() < 0.055:
        out.append(("line", C.make_card(rng)))
    if rng.random() < 0.03:
        out.append(("line", C.make_ssn(rng)))
    return out


def roster_item(rng, locale, lang):
    vals = []
    for _ in range(rng.randint(2, 3)):
        v = C.make_phone(rng, "national" if rng.random() < 0.7 else "international", locale, lang)
        v["mode"] = "list-entry"
        vals.append(v)
    return ("roster", vals)


def generic_plan(rng, locale, lang):
    plan = []
    for _ in range(rng.choice([1, 1, 2])):
        mode = rng.choices(["national", "international", "other"], weights=[45, 38, 17])[0]
        plan.append(("line", C.make_phone(rng, mode, locale, lang)))
    if rng.random() < 0.17:
        plan.append(roster_item(rng, locale, lang))
    return plan + extras(rng, lang, rng.randrange(1 << 30))


def build(seed=SEED):
    rng = random.Random(seed)
    stats = {
        "doc_redraws": 0,
        "value_redraws": 0,
        "kind_fallbacks": 0,
        "neg_values": 0,
        "neg_kinds": collections.Counter(),
    }
    stats = collections.defaultdict(int, stats)
    jobs = []
    for region, lang, locale in LOCAL_DOCS:
        quota = (
            LOCAL_PER_REGION // 2 + (LOCAL_PER_REGION % 2 if lang == "hi" else 0)
            if region == "IN"
            else LOCAL_PER_REGION
        )
        while quota > 0:
            k = min(quota, rng.choice([1, 1, 2]))
            quota -= k
            ti = rng.randrange(len(num.AREAS[region]))
            plan = []
            for _ in range(k):
                n, town, area = num.draw_local(rng, region, ti)
                sub = num.nsn(n)[len(area) :]
                v = C.phone_value(
                    rng, "local-announced", region, n, num.fmt_local(rng, region, sub), len(area)
                )
                plan.append(("local", v, town))
            if rng.random() < 0.4:
                mode = rng.choice(["national", "international", "other"])
                plan.append(("line", C.make_phone(rng, mode, locale, lang)))
            if rng.random() < 0.05:
                plan.append(roster_item(rng, locale, lang))
            jobs.append(("pos", lang, locale, plan + extras(rng, lang, rng.randrange(1 << 30))))
    for _ in range(N_GENERIC):
        lang = pick_lang(rng)
        locale = rng.choice(C.LOCALES[lang])
        jobs.append(("pos", lang, locale, generic_plan(rng, locale, lang)))
    for _ in range(N_NEG):
        lang = pick_lang(rng)
        jobs.append(("neg", lang, rng.choice(C.LOCALES[lang]), []))
    records, values = [], []
    for i, (pol, lang, locale, plan) in enumerate(jobs):
        genre = rng.choice(sorted(C.GENRES))
        n_negs = rng.randint(2, 5) if pol == "pos" else rng.randint(5, 8)
        text, spans, vals = C.build_doc(rng, genre, lang, locale, plan, stats, n_negs)
        gid = f"hi-{genre}" if lang == "hi" else genre
        records.append({"id": f"{locale}-{pol}-{gid}-{i}", "locale": locale, "text": text, "spans": spans})
        values.append({"values": vals})
    for rec in corpus_records(rng):
        records.append(rec)
        values.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [values[i] for i in order], stats


def dump(records, values):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    vals = "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in values)
    return recs, vals


def main():
    records, values, stats = build()
    recs, vals = dump(records, values)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(recs)
    with open(OUT_VALUES, "w", encoding="utf-8") as f:
        f.write(vals)
    print(
        len(records),
        "documents;",
        {k: v for k, v in stats.items() if k != "neg_kinds"},
        "neg kinds used:",
        len(stats["neg_kinds"]),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
