"""Write tests/data/pii_heldout_v32.jsonl: the thirty-second independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths), benchmarks/results/ or any other
    benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, who ran no git command, no `make` target and no PII detector or redactor.
    Read: /tmp/s14/writer_prompt.md (the brief), /tmp/s14/v31_docstring.txt (v31's module docstring, for
    format and conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s14/format_records.jsonl and /tmp/s14/format_values.jsonl (first three lines of v31 and its
    sidecar), /tmp/s14/ruff.toml.txt (lint settings), /work/shared/data/SOURCES.md, a listing of
    /work/shared/data/ and the first line of the multilingual and English HateCheck CSVs, of
    openai_moderation_samples, amc23_test and aime24_test (for keys). Numbers were made and checked with
    phonenumbers only: every written form is parsed back to the same valid number (local forms with their
    area code and trunk prefix put back; a caption line break inside a number is read as a space); cards
    with Luhn, IBANs with python-stdnum (mod 97 and national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives were screened with phonenumbers: each value on its own (parse +
    is_valid_number and PhoneNumberMatcher at Leniency.VALID) for the document's own region and the region
    its national numbers come from, and each whole document again with its labelled spans masked ('x');
    the guards (screen.guard_hits: e-mail, Luhn card 13-19 digits, valid IBAN, IPv4/IPv6, ddd-dd-dddd) run
    on every masked document; a document that fails is drawn again (up to 60 times). Written under a
    45-minute limit (overrun by a few minutes), so each genre cell is small.
    Emphasis: transcribed and spoken-style text as an LLM training pipeline meets it, each genre with its
    own sentences in every language: voicemail transcripts (header with length, 'From:' caller line, one
    run-on paragraph, ASR confidence, attached vCard), call-centre CRM call notes (interaction id, agent,
    talk time, bullet notes, wrap-up code, pipe-separated call-log export), meeting and interview
    transcripts ('[hh:mm:ss] Name: ...' and Otter-style 'Name  hh:mm:ss' blocks, participant lists),
    podcast/video subtitles (SRT and WebVTT cues, captions wrapped at about 40 characters), dictated notes
    (spoken punctuation: 'comma', 'full stop', 'Komma', 'virgule', 'punto y aparte', ...), radio phone-in
    scripts (PRESENTER / CALLER (name, town), stings), audio versions of help-line leaflets (tracks,
    '• organisation · number' lists), and IVR prompt scripts ('Prompt 2.3: "..."').

Format and conventions: those of v31 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; local-announced only for US, GB, DE, NL, BR, IN fixed
    lines, text = subscriber part, area_len = length of the document's area code (equal to phonenumbers'
    geographic area-code length); area_len for every phone (0 where phonenumbers has none). AT/CH/BE/AU/IE
    documents write their own numbers internationally only and use DE (de_AT, de_CH), FR (fr_BE, fr_CH),
    NL (nl_BE) or GB (en_AU, en_IE) for national, list and service numbers; 00 prefixes only for countries
    that dial 00 (never US, BR, AU); Hindi documents carry the locale en_IN. ids <locale>-<pos|neg>-<genre>-
    <n> or <source>-<language>-<row>; records shuffled with the seed. Other modes as v31: EMAIL
    role/personal, CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN dashed/spaced. 'other' = service numbers (toll-free, shared cost, UAN). list-entry = a phone in a
    roster-like block: the vCard 'TEL;TYPE=CELL:' line under a voicemail, rows of a pipe-separated CRM call
    log, 'Name (number)' items of a meeting's participant line, '• organisation · number' lines of a
    leaflet track. A document's local numbers share one area code and the phrasing names that town
    ('from a Leeds landline just dial 4960123'); mobile-only phrasings carry mobiles, landline-only ones
    fixed lines (US numbers fit both). A span never touches a letter or digit. A phone may be split across
    a caption line break (SRT/VTT only) at a group boundary; its value text keeps the '\n'.

What is new against v31, by module
    genres and layouts (genres.py, compose.py, texts_*.py): the 8 genres above, in en, de, fr, es, it, nl,
    pt and hi, all sentences written fresh for v32: per genre 2-3 phone lines and 2-3 fillers; per language
    3-4 local phrasings (en, de, nl, pt, hi), 2 mobile-only, 2 landline-only, 2 service, 2 'repeat' lines in
    which the same number is said twice ('so that's X, again that's X'; both occurrences are spans with the
    same e164, the second sometimes in another grouping), e-mail, IBAN, card, IP and (en) SSN lines.
    40 hard-negative kinds (negs.py, genres.py), none in v31's list: SRT cue timings, WebVTT cue timings
    (with cue settings), SRT cue indexes, transcript timestamps, voicemail length, call durations, queue/hold
    times, CRM case numbers, interaction ids, agent ids, IVR key options, card last four digits, meter
    readings, radio frequencies, podcast episode numbers (S03E11), voicemail recording file names
    (VM_20240311_143012.wav), audio specs (48 kHz / 24 bit), spoken temporary PINs ('7 3 9 1'), dates of
    birth read for verification, postcodes, balances/credits, percentages, download/listener counts, ASR
    confidence scores, courier tracking numbers, order numbers, firmware versions, appliance serials,
    meeting room numbers, video-meeting ids (three groups, 11 digits), meeting passcodes, emergency short
    codes (112, 999, 911, 190, 000), SMS short codes for radio, road and junction numbers, GPS coordinates,
    ISO timestamps, air pressure, video chapter marks, internal extensions, vehicle VINs.
    number habits (values.py): besides phonenumbers' INTERNATIONAL format (not its NATIONAL format):
    speech-to-text grouping with digits cut where the speaker paused ('0161 49 60 123', '+44 16 1496 0123'),
    pauses written as '...' inside one number ('0161... 496 0123'), numbers said twice; US 412.683.2291,
    (412)683-2291, 1-412-683-2291, +1 412.683.2291, local 683.2291; GB 0161-496-0123, 0161 4960123,
    07700-900123, 0044 161 4960123, +44 (0)7700 900123, local 4960123; DE (0351) 48 29 17, 0351-482917,
    0176 12 34 56 78, 0176-12345678, +49 (0)176 12345678, local '48 29 17' pairs; NL 06-12345678, 010-1234567,
    0800-123456, +31 (0)6 12345678, local 123 45 67; FR 06.12.34.56.78, '06 123 456 78', 0033 ...; ES
    612 345 678, 612-345-678; IT 347-1234567, 347/1234567, 06 4567 8901, 800 123456; PT 912345678 solid,
    21 234 5678; BR 011 98765-4321 (trunk 0), 11 9 8765 4321, +55 (11) 98765-4321, local 3592.5634 and
    3592 5634; IN 9876 543 210, '0 98765 43210', 0141-234-5678, +91-11-23456789 (fixed), local 2345 6789;
    AU +61 412 345 678; 00cc with odd groups; numbers split across a caption line.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for person, first and company names (hi_IN names
    in Hindi documents); towns from values.AREAS; corpus negatives untouched from /work/shared/data: GSM8K
    train questions (MIT), MATH-500 problems (MIT), AIME 2024 and AMC 2023 problems (MIT), HumanEval prompts
    (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'rejected' side (MIT; can be offensive), OpenAI
    moderation samples, prompts (MIT; can be offensive), HateCheck English test cases (CC BY 4.0; can be
    hateful), Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0;
    can be hateful; Portuguese given the locale pt_PT); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by spaces, tabs, dashes, dots, slashes or parentheses), nothing
    the guards or PhoneNumberMatcher flag. Row = 0-based data row (after the CSV header / JSONL line index).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v32.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v32.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v32.stats [RECORDS [VALUES]]

Counts (seed 10032; `python -m benchmarks.pii_v32.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors; ruff: 0 findings
    documents: 1220 {'pos': 640, 'neg': 430, 'corpus': 150}
    languages: {'en': 380, 'de': 156, 'nl': 135, 'pt': 135, 'fr': 129, 'es': 99, 'hi': 95, 'it': 91}
    values: 2147 by kind: {'PHONE': 1773, 'EMAIL': 186, 'IP_ADDRESS': 78, 'CREDIT_CARD': 53, 'IBAN': 49,
        'US_SSN': 8}
    modes: {'PHONE/national': 678, 'PHONE/international': 394, 'PHONE/local-announced': 308, 'PHONE/list-
        entry': 242, 'PHONE/other': 151, 'EMAIL/personal': 119, 'EMAIL/role': 67, 'IP_ADDRESS/v4-private':
        39, 'IBAN/print': 36, 'CREDIT_CARD/spaced': 31, 'IP_ADDRESS/v6': 20, 'IP_ADDRESS/v4': 19,
        'CREDIT_CARD/solid': 16, 'IBAN/electronic': 13, 'CREDIT_CARD/dashed': 6, 'US_SSN/dashed': 5,
        'US_SSN/spaced': 3}
    local-announced by region: {'IN': 78, 'BR': 56, 'NL': 51, 'US': 48, 'GB': 45, 'DE': 30}
    phones split across a caption line: 40
    genres: {'callnote': 134, 'dictation': 134, 'ivr': 133, 'leaflet': 133, 'meeting': 134, 'phonein':
        134, 'subtitle': 134, 'voicemail': 134}
    hard-negative kinds used: 40; hard-negative values: 4857; document redraws: 309
"""

import gzip
import json
import random
import re
import sys
from pathlib import Path

from faker import Faker

from . import genres, screen, texts_de, texts_en, texts_es, texts_fr, texts_hi, texts_it, texts_nl, texts_pt
from . import values as V
from .compose import GENRES, Doc, finish

SEED = 10032
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "pii_heldout_v32.jsonl"
OUT_VALUES = ROOT / "tests" / "data" / "pii_heldout_v32_values.jsonl"
DATA = Path("/work/shared/data")
N_POS, N_NEG, N_CORPUS = 640, 430, 150

# (language, locale, own region, region for national/service numbers, Faker locale, weight)
LOCALES = [
    ("en", "en_US", "US", "US", "en_US", 9),
    ("en", "en_GB", "GB", "GB", "en_GB", 9),
    ("en", "en_IN", "IN", "IN", "en_IN", 6),
    ("en", "en_AU", "AU", "GB", "en_AU", 2),
    ("en", "en_IE", "IE", "GB", "en_IE", 2),
    ("de", "de_DE", "DE", "DE", "de_DE", 10),
    ("de", "de_AT", "AT", "DE", "de_AT", 2),
    ("de", "de_CH", "CH", "DE", "de_CH", 2),
    ("fr", "fr_FR", "FR", "FR", "fr_FR", 7),
    ("fr", "fr_BE", "BE", "FR", "fr_FR", 2),
    ("fr", "fr_CH", "CH", "FR", "fr_CH", 1),
    ("es", "es_ES", "ES", "ES", "es_ES", 8),
    ("it", "it_IT", "IT", "IT", "it_IT", 8),
    ("nl", "nl_NL", "NL", "NL", "nl_NL", 9),
    ("nl", "nl_BE", "BE", "NL", "nl_BE", 2),
    ("pt", "pt_PT", "PT", "PT", "pt_PT", 4),
    ("pt", "pt_BR", "BR", "BR", "pt_BR", 9),
    ("hi", "en_IN", "IN", "IN", "hi_IN", 8),
]
TEXTS = {
    "en": texts_en,
    "de": texts_de,
    "fr": texts_fr,
    "es": texts_es,
    "it": texts_it,
    "nl": texts_nl,
    "pt": texts_pt,
    "hi": texts_hi,
}
FAKERS = {}


def faker_for(loc, rng):
    if loc not in FAKERS:
        FAKERS[loc] = Faker(loc)
    f = FAKERS[loc]
    f.seed_instance(rng.randrange(1 << 30))
    return f


def content(doc, pos):
    r, T = doc.rng, doc.T
    G = T.G[doc.genre]
    lines = []
    if pos:
        cats = []
        if doc.area is not None:
            cats += ["local"] * r.choice((1, 1, 2))
        for _ in range(r.choice((1, 1, 2, 2, 3)) - (1 if cats and r.random() < 0.5 else 0)):
            cats.append(r.choice(("ph", "ph", "ph", "mob", "fix", "svc", "rep")))
        used = set()
        for c in cats:
            pool = {"ph": G["ph"], "local": T.LOCAL, "mob": T.MOB, "fix": T.FIX, "svc": T.SVC, "rep": T.REP}[
                c
            ]
            choices = [t for t in pool if t not in used] or pool
            t = r.choice(choices)
            used.add(t)
            lines.append(doc.fill(t, "ph" if c in ("ph", "rep") else c))
        extra = []
        if r.random() < 0.3:
            extra.append(T.EMAIL)
        if r.random() < 0.09 and T.IBAN:
            extra.append(T.IBAN)
        if r.random() < 0.08:
            extra.append(T.CARD)
        if r.random() < (0.25 if doc.genre in ("callnote", "meeting") else 0.04):
            extra.append(T.IP)
        if (
            doc.locale == "en_US"
            and T.SSN
            and doc.genre in ("callnote", "voicemail", "dictation", "meeting")
            and r.random() < 0.6
        ):
            extra.append(T.SSN)
        for pool in extra:
            lines.append(doc.fill(r.choice(pool)))
    kinds = sorted(T.NEG)
    for _ in range(r.randint(1, 2) if pos else r.randint(2, 4)):
        k = r.choice(kinds)
        lines.append(r.choice(T.NEG[k]).replace("{V}", doc.neg(k)))
    for t in r.sample(G["fill"], min(len(G["fill"]), r.randint(1, 2))):
        lines.append(t)
    r.shuffle(lines)
    return lines


def build_doc(rng, spec, genre, pos, n):
    lang, locale, region, nat, floc, _ = spec
    for attempt in range(60):
        r = random.Random(rng.random())
        doc = Doc(r, lang, locale, region, nat, TEXTS[lang], faker_for(floc, r), genre)
        if pos and region in V.LOCAL_REGIONS and TEXTS[lang].LOCAL and r.random() < 0.6:
            doc.area = r.choice(V.AREAS[region])
        raw = genres.RENDER[genre](doc, content(doc, pos), pos)
        text, spans, vals = finish(doc, raw)
        if pos and not spans:
            continue
        regions = sorted({region, nat})
        if any(screen.phone_like(v, regions) or screen.guard_hits(v) for _, v in doc.negs):
            continue
        if not screen.doc_clean(text, spans, regions) or not touch_ok(text, spans):
            continue
        rec = {
            "id": "%s-%s-%s-%d" % (locale, "pos" if pos else "neg", genre, n),
            "locale": locale,
            "text": text,
            "spans": spans,
        }
        return rec, vals, doc.negs, attempt
    raise RuntimeError("could not build %s %s" % (locale, genre))


def touch_ok(text, spans):
    for s in spans:
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            return False
        if s["end"] < len(text) and text[s["end"]].isalnum():
            return False
    return True


def corpus_rows():
    def jl(p, key, gz=False):
        op = gzip.open if gz else open
        with op(DATA / p, "rt", encoding="utf-8") as f:
            return [json.loads(x)[key] for x in f]

    import csv

    def cs(p):
        with open(DATA / p, encoding="utf-8", newline="") as f:
            return [row["test_case"] for row in csv.DictReader(f)]

    mhc = "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv"
    return [
        ("gsm8k", "en", "en_US", jl("math/gsm8k_train.jsonl", "question"), 22),
        ("math500", "en", "en_US", jl("math/math500_test.jsonl", "problem"), 10),
        ("aime24", "en", "en_US", jl("math/aime24_test.jsonl", "problem"), 4),
        ("amc23", "en", "en_US", jl("math/amc23_test.jsonl", "problem"), 4),
        ("humaneval", "en", "en_US", jl("code/HumanEval.jsonl.gz", "prompt", True), 10),
        ("hhrlhf", "en", "en_US", jl("moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rejected", True), 15),
        (
            "oaimod",
            "en",
            "en_US",
            jl("moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", True),
            15,
        ),
        ("hatecheck", "en", "en_US", cs("moderation/hatecheck_en_test_suite_cases.csv"), 10),
        ("mhc", "de", "de_DE", cs(mhc % "german"), 10),
        ("mhc", "fr", "fr_FR", cs(mhc % "french"), 10),
        ("mhc", "es", "es_ES", cs(mhc % "spanish"), 10),
        ("mhc", "it", "it_IT", cs(mhc % "italian"), 10),
        ("mhc", "nl", "nl_NL", cs(mhc % "dutch"), 10),
        ("mhc", "pt", "pt_PT", cs(mhc % "portuguese"), 10),
    ]


LONG_RUN = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")
REGION_OF = {
    "en_US": "US",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_PT": "PT",
}


def corpus(rng):
    out = []
    for src, lang, locale, rows, want in corpus_rows():
        idx = list(range(len(rows)))
        rng.shuffle(idx)
        got = 0
        for i in idx:
            t = rows[i]
            if got >= want:
                break
            if len(t) > 1500 or "@" in t or "http" in t or "www." in t or LONG_RUN.search(t):
                continue
            if screen.guard_hits(t) or screen.phone_like(t, [REGION_OF[locale]], alone=False):
                continue
            out.append({"id": "%s-%s-%d" % (src, lang, i), "locale": locale, "text": t, "spans": []})
            got += 1
    return out


def build():
    rng = random.Random(SEED)
    weights = [s[-1] for s in LOCALES]
    recs, redraws, negvals = [], 0, []
    for i in range(N_POS + N_NEG):
        pos = i < N_POS
        spec = rng.choices(LOCALES, weights)[0]
        genre = GENRES[i % len(GENRES)]
        rec, vals, nv, att = build_doc(rng, spec, genre, pos, i)
        redraws += att
        negvals += nv
        recs.append((rec, vals))
    for rec in corpus(rng):
        recs.append((rec, []))
    rng.shuffle(recs)
    return recs, {"redraws": redraws, "neg_values": negvals}


def write(recs, path=OUT, vpath=OUT_VALUES):
    with open(path, "w", encoding="utf-8") as f, open(vpath, "w", encoding="utf-8") as g:
        for rec, vals in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            g.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main():
    recs, info = build()
    write(recs)
    print(
        "wrote %d documents; redraws %d; hard-negative values %d"
        % (len(recs), info["redraws"], len(info["neg_values"])),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
