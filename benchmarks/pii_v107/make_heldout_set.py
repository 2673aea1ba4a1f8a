"""Write tests/data/pii_heldout_v107.jsonl: a hundred-and-seventh, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of MATH-500, AMC23, the English
    HateCheck CSV, the Dutch Multilingual HateCheck CSV and hh-rlhf harmless-base test (for their fields).
    No folder of /work/shared/data was listed; the corpus files were otherwise only read by corpus.py.
    GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only: drawn at
    random from a prefix, kept when valid, of the wanted type and of the wanted region, and every written
    form parsed back to the same valid number (local forms with their area code and trunk prefix put back,
    numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs
    with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each
    value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's
    own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid
    13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole
    document again with its labelled spans blanked (checks.py repeats the whole-document screen). A value
    still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0),
    after Gift Aid references and wreath orders were given short forms ('GA/24/0913', 'W24/387').
    Written under a 35-minute limit, so cells are small (2-9 sentences per slot); English has all 9 genres,
    German 5, Dutch 4, French 4, Hindi 4, Spanish 3, Italian 3, Portuguese 3. Emphasis: military life and
    veterans.

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
    document, one per line, in five layouts new against v52: 'Label: <phone>', 'Label – <phone>',
    '<phone> (Label)', 'Label<TAB><phone>' and 'Label / <phone>' (heads 'Numbers to keep', 'Who to call',
    'Unit contacts', 'Helplines', 'Branch officers', 'Erreichbarkeit', 'Ansprechstellen', 'Nuttige
    nummers', 'Bereikbaarheid', 'Contactpersonen', 'Numéros à garder', 'Contacts utiles', 'Teléfonos de
    contacto', 'A quién llamar', 'Recapiti utili', 'Chi chiamare', 'Contatos úteis', 'Para quem ligar',
    'ज़रूरी संपर्क', 'किसे फ़ोन करें', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_fr_es_it.py, lex_pt_hi.py; compose.py, make_heldout_set.py): 9
    genres, none in v52: family (barracks family and welfare offices, deployment letters), reserve
    (reservist training weekends and drill nights), veterans (veterans' associations and old comrades'
    newsletters), museum (regimental museums and their archives), charity (service charities, grants and
    appeals), cadets (cadet forces and NCC letters to parents), remembrance (Remembrance Sunday, Veterans
    Day, Volkstrauertag, Dodenherdenking, 11 Novembre, 4 Novembre, Kargil Vijay Diwas), resettlement
    (service leavers' career transition), mess (mess functions and dinner nights); all sentences written
    fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after, in
    brackets, in reported speech and as a label on the line ('Folks on base in Killeen can skip the area
    code: the family readiness center is ...', '(Local to Tacoma? The chaplain's office picks up at ...)',
    'Sergeant X said at the meeting, "If you're in El Paso, just ring ..., I'll be there."', 'Legion hall,
    Norfolk (local): ...', 'Poppy appeal organiser (York area, dial without the code): ...', 'Cadet hut,
    Plymouth – local number ... (parade nights)', 'Within Pune, the ECHS polyclinic reception is ...',
    'Aus dem Ortsnetz Kiel: ... (Geschäftszimmer), ... (Spieß)', 'Standortältester Ulm, Ortsruf: ...',
    '„Ruf einfach ... an“, sagte Hauptfeldwebel X', 'Kazerne Assen, wachtlokaal (zonder netnummer): ...',
    'Binnen Ede is de veteranenvereniging bereikbaar op ...', 'Núcleo Natal (ligação local): ...',
    'Ligando de um fixo de Manaus, a portaria do quartel é ...', 'Ambala कैंटीन (स्थानीय नंबर): ...',
    '"बस ... मिला दीजिए," सूबेदार X ने कहा'); cards for museum tickets, charity gifts and mess balls,
    IBANs for subscriptions, camp fees and mess bills, IPs of museum kiosks, visitor counters, archive
    servers, mess Wi-Fi and cadet booking systems, SSNs on VA claims, grant forms and DD Form 93 updates;
    38 hard-negative kinds (negs.KINDS), all used, none in v52's list: service numbers, regimental numbers
    (9/12873), OS grid references, MGRS references, latitude/longitude, NATO stock numbers, radio
    frequencies (MHz), 24-hour military times (0630), BFPO numbers, charity registration numbers, museum
    accession numbers (1998.045.12), grave references (III.B.12), CWGC casualty references, memorial panel
    ranges, calibres (7.62×51 mm), NATO pay grades (OR-6), archive references (WO 95/1234), armed forces
    pension references, membership numbers (044-7812), Gift Aid references, raffle ticket ranges, money
    amounts in each language's habit, course numbers (24/03), war years (1939–1945), military vehicle
    registrations (03 KC 47), hill numbers, march distances, ISBN-13s, seat references (C-14-22), room
    numbers (2.14), rifle serial numbers, dates of birth (14.03.1962), bank sort codes, kit weights, roll
    of honour counts, wreath orders, vehicle types, silence and ceremony times (10:59);
    number habits (numbers.py): US 910.432.1187, 910-432-1187, 910 432 1187, +1-910-432-1187, toll-free
    1 (800) 201-2904; GB 01252-624017, 01224 953065, +44 (0)1252 624017, +44 (0)7774 826761, 0300/0345
    numbers; DE 0261-123456, (0261) 123456, 0261 12 34 56, +49 (0)261 123456; FR 01.23.45.67.89,
    06.12.34.56.78, +33 (0)1 23 45 67 89; ES 912 345 678, 912345678, (+34) 612 345 678; IT 02.1234.5678,
    06 12345678, 347 1234567, (+39) 347 123 4567; NL (070) 1234567, 070 123 45 67, 06 12 34 56 78,
    +31 (0)70 123 4567; PT 213456789,
    21 345 6789, (+351) 912 345 678; BR (21) 2345.6789, (021) 2345-6789, 21 98765-4321; IN 0135-2712345,
    (0135) 271 2345, 98765-43210, 9876543210, +91 98765 43210; CH/AT/BE/IE/AU '+41 (0)31 123 45 67',
    '+43 (0)1 2345678', '+32 (0)2 123 45 67', '+353 (0)1 234 5678', '+61 (0)2 9123 4567'; local forms
    432.1187, 432 1187, 624017, 624 017, 278-0853, 2612 3456, 2612-3456, 45 67 89, 45-67-89, 456 789,
    62 34 56, 312 34 56, 3222.1234, 3222 1234, 271-2345.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), HateCheck English cases (CC BY 4.0), hh-rlhf harmless-base test 'chosen' dialogues
    (MIT) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0);
    only cases labelled non-hateful are taken (they can still mention protected groups; Portuguese cases
    carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits
    joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher
    flag. Row = 0-based data row (CSV: 0-based row after the header; JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v107.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v107.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v107.stats [RECORDS VALUES]

Counts (seed 10107; `python -m benchmarks.pii_v107.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1165 {'corpus': 129, 'neg': 330, 'pos': 706}
    values: 1850 by kind: {'PHONE': 1349, 'EMAIL': 315, 'IP_ADDRESS': 89, 'IBAN': 50, 'CREDIT_CARD': 40,
            'US_SSN': 7}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 430, 'PHONE/list-entry': 296,
            'EMAIL/role': 189, 'EMAIL/personal': 126, 'PHONE/international': 95, 'PHONE/other': 78,
            'IP_ADDRESS/v4-private': 49, 'IBAN/print': 26, 'IBAN/electronic': 24, 'IP_ADDRESS/v4': 22,
            'IP_ADDRESS/v6': 18, 'CREDIT_CARD/dashed': 14, 'CREDIT_CARD/solid': 14, 'CREDIT_CARD/spaced': 12,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'cadets': 54, 'charity': 38, 'family': 217, 'mess': 54, 'museum': 170, 'remembrance': 162,
            'reserve': 77, 'resettlement': 38, 'veterans': 226}
    languages (documents written here): {'de': 164, 'en': 392, 'es': 43, 'fr': 76, 'hi': 64, 'it': 40,
            'nl': 123, 'pt': 134}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'hhrlhf-en': 10, 'math500-en': 30, 'mhc-dutch': 9,
            'mhc-french': 9, 'mhc-german': 9, 'mhc-italian': 9, 'mhc-portuguese': 9, 'mhc-spanish': 9}
    document redraws: 0, value redraws: 471, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 38
    US SSNs are few (7): only en_US reserve, veterans and charity documents carry them.
"""

import json
import random
import sys
from pathlib import Path

import phonenumbers as pn

from . import compose as cp
from . import numbers as nb
from .corpus import corpus_docs
from .negs import Drawer, guard_hits

SEED = 10107
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v107.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v107_values.jsonl"
POS_WEIGHTS = {
    "en_US": 70,
    "en_GB": 70,
    "en_IN": 30,
    "en_IE": 14,
    "en_AU": 14,
    "de_DE": 45,
    "de_AT": 12,
    "de_CH": 12,
    "fr_FR": 36,
    "fr_BE": 10,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 36,
    "nl_BE": 10,
    "pt_PT": 26,
    "pt_BR": 30,
    "hi": 30,
}
N_POS, N_NEG, LOCAL_EACH = 470, 330, 75
LIST_P = 0.3


def blanked_clean(text, spans, regions):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    b = "".join(chars)
    if guard_hits(b):
        return False
    for reg in regions:
        for _ in pn.PhoneNumberMatcher(b, reg, leniency=pn.Leniency.VALID):
            return False
    return True


def _rid(locale, pn_, genre, n):
    if locale == "hi":
        return "en_IN-%s-hi-%s-%d" % (pn_, genre, n)
    return "%s-%s-%s-%d" % (locale, pn_, genre, n)


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = Drawer(rng)
        self.docs = []
        self.doc_redraws = 0

    def emit(self, make):
        for _ in range(50):
            ctx, genre, pn_, out, spans, values = make()
            text = "".join(out)
            if blanked_clean(text, spans, ctx.regions):
                loc = "en_IN" if ctx.locale == "hi" else ctx.locale
                rid = _rid(ctx.locale, pn_, genre, len(self.docs))
                self.docs.append(({"id": rid, "locale": loc, "text": text, "spans": spans}, values))
                return values
            self.doc_redraws += 1
        raise RuntimeError("document stayed dirty")

    def pos_doc(self, locale):
        def make():
            ctx = cp.Ctx(self.rng, locale, self.drawer)
            lex = cp.LEX[ctx.lang]
            genre = self.rng.choice(sorted(lex))
            cell = lex[genre]
            pos = [t for t in cell["pos"] + cell.get("pos_us", []) if cp.usable(t, ctx)]
            if locale == "en_US" and cell.get("pos_us") and self.rng.random() < 0.3:
                picks = [self.rng.choice(cell["pos_us"])]
            else:
                picks = self.rng.sample(pos, min(len(pos), self.rng.choice([1, 1, 2, 2, 3])))
            picks += self.rng.sample(cell["neg"], self.rng.choice([0, 1, 1, 2]))
            self.rng.shuffle(picks)
            out, spans, values = [self.rng.choice(cell["title"]) + "\n\n"], [], []
            for i, t in enumerate(picks):
                cp.fill(t + (" " if i < len(picks) - 1 else ""), ctx, out, spans, values)
            if self.rng.random() < LIST_P:
                cp.list_block(ctx, out, spans, values, self.rng.choice([2, 2, 3]))
            else:
                out.append("\n")
            return ctx, genre, "pos", out, spans, values

        self.emit(make)

    def neg_doc(self, locale):
        def make():
            ctx = cp.Ctx(self.rng, locale, self.drawer)
            lex = cp.LEX[ctx.lang]
            genre = self.rng.choice(sorted(lex))
            cell = lex[genre]
            picks = self.rng.sample(cell["neg"], min(len(cell["neg"]), self.rng.choice([2, 3, 3, 4])))
            out, spans, values = [self.rng.choice(cell["title"]) + "\n\n"], [], []
            for i, t in enumerate(picks):
                cp.fill(t + (" " if i < len(picks) - 1 else "\n"), ctx, out, spans, values)
            return ctx, genre, "neg", out, spans, values

        self.emit(make)

    def local_doc(self, key, left):
        locale, lines = cp.LOCS[key]
        region = key[:2]
        town, area, sublen = self.rng.choice(nb.AREAS[region])

        def make():
            ctx = cp.Ctx(self.rng, locale, self.drawer, town, area, region, sublen)
            lex = cp.LEX[ctx.lang]
            genre = self.rng.choice(sorted(lex))
            cell = lex[genre]
            budget = min(left, self.rng.choice([1, 2, 2, 3]))
            anns = []
            while budget > 0:
                choices = [t for t in lines if t.count("{LOC") <= budget and t not in anns]
                t = self.rng.choice(choices)
                anns.append(t)
                budget -= t.count("{LOC")
            extra = [t for t in cell["neg"] + cell["pos"] if "{INTL}" not in t and cp.usable(t, ctx)]
            picks = anns + self.rng.sample(extra, self.rng.choice([0, 1, 1, 2]))
            self.rng.shuffle(picks)
            out, spans, values = [self.rng.choice(cell["title"]) + "\n\n"], [], []
            for i, t in enumerate(picks):
                sep = "\n" if t.startswith("(") or t.endswith("{LOC}") else " "
                cp.fill(t + (sep if i < len(picks) - 1 else "\n"), ctx, out, spans, values)
            return ctx, genre, "pos", out, spans, values

        vals = self.emit(make)
        return sum(1 for v in vals if v.get("mode") == "local-announced")


def build():
    rng = random.Random(SEED)
    b = Builder(rng)
    for key in ("US", "GB", "DE", "NL", "BR", "IN", "IN-hi"):
        target = {"IN": 40, "IN-hi": 35}.get(key, LOCAL_EACH)
        done = 0
        while done < target:
            done += b.local_doc(key, target - done)
    locales = sorted(POS_WEIGHTS)
    weights = [POS_WEIGHTS[k] for k in locales]
    for _ in range(N_POS):
        b.pos_doc(rng.choices(locales, weights)[0])
    for _ in range(N_NEG):
        b.neg_doc(rng.choices(locales, weights)[0])
    corpus = [(d, []) for d in corpus_docs(rng)]
    docs = b.docs + corpus
    rng.shuffle(docs)
    return docs, b


def write(docs, rec_path, val_path):
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for rec, vals in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    rec = Path(argv[0]) if argv else RECORDS
    val = Path(argv[1]) if len(argv) > 1 else VALUES
    docs, b = build()
    write(docs, rec, val)
    print(
        "documents:",
        len(docs),
        "document redraws:",
        b.doc_redraws,
        "value redraws:",
        b.drawer.redraws,
        "replaced:",
        b.drawer.replaced,
        b.drawer.replaced_kinds,
        "hard-negative kinds used:",
        len(b.drawer.used),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
