"""Write tests/data/pii_heldout_v72.jsonl: a seventy-second, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a file listing of /work/shared/data, and the first few hundred
    bytes of the Dutch Multilingual HateCheck CSV, MATH-500, AMC23 and the English HateCheck CSV (for their
    fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix (numbers.SPECS),
    kept when valid, of the wanted type and of the stated region (region_code_for_number), and every written
    form parsed back to the same number (local forms with trunk prefix and area code put back,
    numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus national checks), SSNs with
    the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each value on
    its own (parse + is_valid_number for values without letters, and PhoneNumberMatcher at Leniency.VALID)
    for the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail
    shape, Luhn-valid 13-19 digit windows in runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6,
    SSN shapes), and each whole document again with its labelled spans blanked (checks.py repeats the
    whole-document screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer);
    in the shipped build none was (0), after work orders moved from 'WO-2025-123456' (which holds a US
    number) to 'WO12345/A'. Written under a 35-minute limit, so cells are small (2-10 sentences per slot);
    English has all 8 genres, German, Dutch and Portuguese 5-6, French 5, Spanish, Italian and Hindi 4.
    Emphasis: security and facilities.

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
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: 'Label: <phone>', 'Label – <phone>', '<phone> (Label)',
    'Label<TAB><phone>' and '• Label, <phone>' (heads 'Who to call', 'Site contacts', 'Key numbers for this
    building', 'Emergency and service lines', 'Wichtige Kontakte', 'Ansprechpartner vor Ort',
    'Notfallnummern', 'Contacts du site', 'Numéros à joindre', 'Contactos de la instalación', 'A quién
    llamar', 'Recapiti del sito', 'Chi chiamare', 'Contactpersonen', 'Wie bel je?', 'Contatos do local',
    'Para quem ligar', 'ज़रूरी संपर्क', 'किसे फ़ोन करें'). No phone is split across lines; words stay outside
    the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it_nl.py, lex_pt_hi.py; make_heldout_set.py, compose.py): 8
    genres, none in v52: guard (static guarding and patrol reports), alarm (intruder alarm service and
    monitoring), locksmith (call-outs, lock changes, master key suites), facility (FM helpdesk jobs and
    planned maintenance), cleaning (cleaning contracts and schedules), cctv (CCTV installs, maintenance,
    footage requests), access (access control and badge office), firesafety (fire alarm tests, fire doors);
    all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways,
    before, after, on the line above, in a remark and in reported speech ('{town} branch, local callers –'
    on the line above, 'Our {town} depot is a short call away: ... Out of hours, ...', 'The guard house
    ({town} number, no area code needed) is', 'The officer told us: "If you're in {town}, ring ..."',
    '... is the {town} control room's local line', '(From a {town} phone: ...)', 'Cleaning supervisor,
    {town} office – dial ... when calling within the city', 'Niederlassung {town}, aus dem Ortsnetz:',
    'Die Wache ({town}, ohne Vorwahl) hat die Nummer', 'Der Kollege sagte: „Aus {town} einfach ... wählen',
    '(Innerhalb von {town}: ...)', 'Vestiging {town}, lokaal bellen:', 'De post ({town}, zonder netnummer)',
    'Woon je in {town}, bel gewoon', '(Binnen {town}: ...)', 'A guarita ({town}, sem DDD) é', 'O vigilante
    avisou: "Se estiver em {town}, é só ligar ..."', 'De um fixo de {town}, a portaria atende no',
    '{town} के किसी भी लैंडलाइन से गार्ड रूम का नंबर सिर्फ़', '({town} शहर के अंदर: ...)');
    cards for call-out fees and deposits, IBANs for monitoring fees and invoices, IPs of recorders, access
    controllers and alarm IP communicators, SSNs on guard vetting and payroll forms;
    37 hard-negative kinds (negs.KINDS), all used, none in v52's list: SIA licence numbers (16 digits),
    alarm receiving centre accounts, police URNs, crime references, CAD log entries, alarm event/zone codes,
    panel serials, master key suite numbers, key numbers, cylinder sizes, keycard UIDs (hex), Wiegand
    facility:card pairs, badge ranges, NVR storage, camera bitrates, lens focal lengths, footage timestamps,
    retention periods, PoE budgets, work orders, PPM task codes, SAP-style PO numbers (45 + 8 digits), floor
    areas, patrol times, shift windows, energy meter readings, water meter serials, extinguisher serials
    with year, fire loop addresses, dilution ratios, chemical lot numbers, room numbers, filter sizes,
    invoice totals, lift numbers, gate keypad codes, site codes;
    number habits (numbers.py): US 402-xxx-xxxx dashes, dots (402.xxx.xxxx), (402)xxx-xxxx, 1.402...,
    1 402 xxx xxxx, +1-402-..., +1 402xxxxxxx, +1.402...; GB 0113 496 0018 and 0113-496-0018, 01223 xxx
    xxx, 07473 685311 and 07473-685-311, 0800 948 4604, 0800-948-4604, +44 (0)113 ..., +44-7473-685311;
    DE 0431 5829760, (0431) 5829760, 0431-5829760, 0151 65179874, 0151 651 798 74, (0151) 65179874,
    0800 884 0815, 0800-8840815, +49 (0)431 ..., +49-800-...; FR 04 53 35 00 78, 04.53.35.00.78,
    0805 097 666, +33 (0)6 23 43 16 55; ES 954338969, 954 338 969, 640 42 16 44, +34-900-...; IT 06 76758513,
    06 7675 8513, 055 484 5270, 323 148 5119, 800 671 640, +39-...; NL 023 207 7555, (023) 207 75 55,
    06 36 28 97 17, 06-36 28 97 17, 0800 305 2826, +31 (0)23 ..., +31-6-...; PT 226 085 490, +351-22-...;
    BR (31) 3610-1149, 31 3610-1149, (31) 3610 1149, (31) 97661-6501, 0800 654 7984, +55 31 97661-6501;
    IN (0522) 2577831, 0522-2577831, 97832 16532, 097832 16532, 9783216532, 1800-300-3269,
    1800 300 3269, +91 97832 16532; AT/CH/BE/IE/AU '+41 (0)61 851 51 30', '+32 (0)3 667 78 08',
    '+41-78-599-42-39', '+61-2-9355-4008', '+353-21-365-1874'; local forms 499.6035, 931-8542,
    822 7173, 23 22 44, 227 749, 292-8653, 230 77 54, 3489432, 841 7808,
    2880.4318, 4845 1949, 4422-4819, 37653301, 750 8779.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN and Luhn checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v72.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v72.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v72.stats [RECORDS VALUES]

Counts (seed 10072; `python -m benchmarks.pii_v72.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings,
            ruff format --check: clean
    documents: 1239 {'corpus': 128, 'neg': 300, 'pos': 811}
    values: 2262 by kind: {'PHONE': 1790, 'EMAIL': 258, 'IP_ADDRESS': 154, 'CREDIT_CARD': 37, 'IBAN': 21,
            'US_SSN': 2}
    modes: {'PHONE/national': 535, 'PHONE/list-entry': 510, 'PHONE/local-announced': 450,
            'EMAIL/role': 162, 'PHONE/other': 155, 'PHONE/international': 140, 'EMAIL/personal': 96,
            'IP_ADDRESS/v4-private': 74, 'IP_ADDRESS/v4': 66, 'IBAN/print': 16, 'CREDIT_CARD/spaced': 16,
            'CREDIT_CARD/solid': 14, 'IP_ADDRESS/v6': 14, 'CREDIT_CARD/dashed': 7, 'IBAN/electronic': 5,
            'US_SSN/dashed': 1, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'access': 61, 'alarm': 189, 'cctv': 190, 'cleaning': 190, 'facility': 100, 'firesafety': 56,
            'guard': 186, 'locksmith': 139}
    languages (documents written here): {'de': 160, 'en': 449, 'es': 50, 'fr': 75, 'hi': 68, 'it': 50,
            'nl': 129, 'pt': 130}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 40, 'mhc-dutch': 8, 'mhc-french': 8,
            'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 551, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 37
    US SSNs are few (2): only en_US documents carry them (4% chance each).
"""

import json
import random
import sys

from . import compose, corpus, negs
from . import numbers as N

SEED = 10072
OUT = ("tests/data/pii_heldout_v72.jsonl", "tests/data/pii_heldout_v72_values.jsonl")
LANG_HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
POS = {"en": 200, "de": 60, "fr": 45, "es": 30, "it": 30, "nl": 50, "pt": 50, "hi": 25}
NEG = {"en": 110, "de": 40, "fr": 30, "es": 20, "it": 20, "nl": 30, "pt": 30, "hi": 20}
LOCAL_PLAN = [
    ("US", "en", 75),
    ("GB", "en", 75),
    ("DE", "de", 75),
    ("NL", "nl", 75),
    ("BR", "pt", 75),
    ("IN", "en", 40),
    ("IN", "hi", 35),
]


def regions_for(locale, lang):
    _, home, nat, _ = compose.LOCALES[locale]
    return sorted({home, nat, *LANG_HOME[lang]})


def doc_dirty(doc, regions):
    chars = list(doc["text"])
    for s in doc["spans"]:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    blank = "".join(chars)
    return bool(negs.phone_hits(blank, regions) or negs.guard_hits(blank))


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.c = compose.Composer(self.rng)
        self.doc_redraws = 0
        self.docs = []

    def _new(self, locale, lang, genre, local=None):
        ctx = {
            "locale": locale,
            "lang": lang,
            "regions": regions_for(locale, lang),
            "genre": genre,
            "iban_cc": compose.IBAN_CC[compose.LOCALES[locale][1]],
        }
        if local:
            ctx.update(local)
        return ctx, {"text": "", "spans": [], "values": []}

    def _body(self, lex, ctx, out, k):
        sents = self.rng.sample(lex["BODY"][ctx["genre"]], k)
        for s in sents:
            self.c.render(s + " ", ctx, out)

    def _extras(self, lex, ctx, out):
        r = self.rng
        if lex.get("CARD") and r.random() < 0.08:
            self.c.render(r.choice(lex["CARD"]) + " ", ctx, out)
        if lex.get("IBAN") and ctx["iban_cc"] and r.random() < 0.08:
            self.c.render(r.choice(lex["IBAN"]) + " ", ctx, out)
        if lex.get("IP") and r.random() < 0.14:
            self.c.render(r.choice(lex["IP"]) + " ", ctx, out)
        if ctx["locale"] == "en_US" and r.random() < 0.04:
            self.c.render(r.choice(lex["SSN"]) + " ", ctx, out)

    def _list(self, lex, ctx, out):
        r = self.rng
        layout = r.choice(compose.LIST_LAYOUTS)
        out["text"] = out["text"].rstrip() + "\n\n" + r.choice(lex["LIST_HEADS"]) + "\n"
        for label in r.sample(lex["LABELS"], r.randint(2, 3)):
            self.c.render(layout.replace("{label}", label) + "\n", ctx, out)

    def make(self, kind, lang, genre, local=None, n_loc=1):
        locale = local["locale"] if local else self.rng.choice(compose.LANG_LOCALES[lang])
        lex = compose.LEX[lang]
        for _ in range(50):
            ctx, out = self._new(locale, lang, genre, local)
            self.c.render(self.rng.choice(lex["HEADS"][genre]) + "\n\n", ctx, out)
            r = self.rng
            if kind == "neg":
                self._body(lex, ctx, out, min(len(lex["BODY"][genre]), r.randint(2, 4)))
            elif local:
                self._body(lex, ctx, out, 1)
                tpls = [t for t in lex["LOCAL"] if ("{loc2}" in t) == (n_loc == 2)]
                tpl = r.choice(tpls)
                sep = "\n" if tpl.endswith("{loc}") and "\n" in tpl else " "
                self.c.render(tpl + sep, ctx, out)
                if r.random() < 0.5:
                    self._body(lex, ctx, out, 1)
                if r.random() < 0.3:
                    self.c.render(r.choice(lex["CALL"]) + " ", ctx, out)
            else:
                self._body(lex, ctx, out, r.randint(1, 2))
                for s in r.sample(lex["CALL"], r.randint(1, 2)):
                    self.c.render(s + " ", ctx, out)
                self._extras(lex, ctx, out)
                if r.random() < 0.4:
                    self._list(lex, ctx, out)
            out["text"] = out["text"].rstrip() + "\n"
            doc = {"locale": locale, "text": out["text"], "spans": out["spans"]}
            if doc_dirty(doc, ctx["regions"]) or out["text"] in self.c.seen:
                self.doc_redraws += 1
                continue
            self.c.seen.add(out["text"])
            tag = ("hi-" if lang == "hi" else "") + genre
            doc["id"] = f"{locale}-{kind}-{tag}-{len(self.docs)}"
            self.docs.append((doc, out["values"]))
            return
        raise RuntimeError("document stayed dirty")

    def build(self):
        r = self.rng
        for region, lang, quota in LOCAL_PLAN:
            left = quota
            locale = "en_IN" if region == "IN" else compose.LOCAL_LANG[region]
            while left:
                n_loc = 2 if left >= 2 and r.random() < 0.4 else 1
                town, area = r.choice(N.AREAS[region])
                genre = r.choice(sorted(compose.LEX[lang]["BODY"]))
                self.make(
                    "pos",
                    lang,
                    genre,
                    {"locale": locale, "local_region": region, "area": area, "town": town},
                    n_loc,
                )
                left -= n_loc
        for table, kind in ((POS, "pos"), (NEG, "neg")):
            for lang, n in table.items():
                genres = sorted(compose.LEX[lang]["BODY"])
                for i in range(n):
                    self.make(kind, lang, genres[i % len(genres)])
        docs = [(d, v) for d, v in self.docs]
        docs += [(d, []) for d in corpus.pick(r)]
        r.shuffle(docs)
        return docs


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    b = Builder()
    docs = b.build()
    with open(paths[0], "w", encoding="utf-8") as f, open(paths[1], "w", encoding="utf-8") as g:
        for d, v in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            g.write(json.dumps({"values": v}, ensure_ascii=False) + "\n")
    print(
        f"documents {len(docs)}, document redraws {b.doc_redraws}, value redraws {b.c.drawer.redraws}, "
        f"replaced {b.c.drawer.replaced}, kinds used {len(b.c.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv)
