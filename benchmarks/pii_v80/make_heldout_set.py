"""Write tests/data/pii_heldout_v80.jsonl: an eightieth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and the first few
    hundred bytes of MATH-500, AMC23, the English HateCheck CSV, the Dutch Multilingual HateCheck CSV and
    hh-rlhf (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test)
    was not used. Numbers were made and checked with phonenumbers only: drawn at random after a prefix,
    kept when valid, of the wanted type and of the wanted region (numbers.draw), and every written form
    parsed back to the same valid number of the stated region (local forms with their area code and trunk
    prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened
    as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions (compose.regions_for),
    plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes
    removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans
    blanked (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be
    replaced by a dash (negs.Drawer); in the shipped build none was (0), after quotation numbers were
    shortened to 'Q25/0481' and year spans written the bibliographer's way ('1886–92').
    Written under a 35-minute limit, so cells are small (2-6 sentences per slot); English has all 11
    genres, German 5, French 4, Dutch 4, Spanish 3, Italian 3, Portuguese 3, Hindi 3. Emphasis:
    printing, publishing and books.

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
    document, one per line, in six new layouts: 'Label = <phone>', '<phone> – Label', '• Label, <phone>',
    'Label / <phone>', 'Label<TAB><phone>' and '- <phone> (Label)' (heads 'Contact sheet', "Who's who at
    the press", 'Numbers for this job', 'Library contacts', 'Handy numbers', 'Kontakte Druckerei',
    'Adressbuch Verlag', "Carnet d'adresses", 'Contacts imprimerie', 'Contactos de la imprenta', 'Recapiti
    della tipografia', 'Contactgegevens drukkerij', 'Contatos da gráfica', 'संपर्क सूची'). No phone is
    split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py; make_heldout_set.py, compose.py): 11 genres, none in v52: printquote
    (print-shop quotations), proof (prepress proofs and preflight), selfpub (self-publishing services and
    royalty statements), bindery (bookbinders' job tickets and repairs), bookshop (special orders and
    signings), library (holds, overdues, interlibrary loans), agent (literary agents' replies and offers),
    distribution (book wholesale shipments and returns), bookfair (launches and fair stands), rights
    (permissions and translation rights), secondhand (antiquarian catalogues and wants lists); all sentences
    written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before the number,
    after it, on the line above and in a remark ('The {town} print shop counter is on ... – no area code
    if you're calling from town', 'Dialing inside {town}? The bindery answers at', '{town} branch
    library, local line: ... (renewals) and ... (children's desk)', 'Pressroom ({town}, seven-digit
    dialing):', 'Our {town} warehouse says: from a {town} phone, just dial', '{town} readers can ring the
    library on ... without the dialling code', 'Bindery, {town} (local number):' + line break, 'If you're
    in {town}, skip the code and dial ... for the reading room', 'Within {town}, the book depot picks up
    on', 'Local {town} lines, as the proofreader noted in the margin:', 'Aus dem {town}er Ortsnetz
    erreichen Sie die Druckerei direkt unter', 'Buchhandlung {town} – innerhalb der Stadt genügt', 'Wer in
    {town} anruft, lässt die Vorwahl weg:', 'Vanuit {town} belt u de drukkerij zonder netnummer op',
    'Boekbinderij ({town}, lokaal bellen):' + line break, 'Em {town}, ligue para a gráfica no ... – não
    precisa de DDD', 'A livraria de {town} atende no ... para quem liga da cidade', '{town} शहर से
    प्रिंटिंग प्रेस का नंबर सिर्फ़ ... है', '{town} के लैंडलाइन से बाइंडरी ... पर मिलेगी', ...); towns are new
    (Omaha, Albany, Tulsa, Savannah, Reno, Des Moines, Eugene, Columbus; Norwich, Leeds, Cardiff,
    Edinburgh, Exeter, York, Sheffield; Kiel, Bonn, Göttingen, Regensburg, Lübeck, Potsdam, Trier;
    Groningen, Zwolle, Maastricht, Haarlem, Arnhem, Delft, Tilburg; Porto Alegre, Recife, Manaus, Goiânia,
    Campinas, Florianópolis, Vitória; Pune, Jaipur, Lucknow, Kolkata, Hyderabad, Ahmedabad, Kochi, Indore);
    cards for print deposits, bindery deposits and bookshop orders, IBANs for royalties, returns credits,
    print deposits and permission fees, IPs of proof FTP servers, RIP workstations, library OPACs and
    kiosks and EDI feeds, SSNs on W-9 forms for royalties, advances and permission fees;
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: quotation numbers (Q25/0481), print
    runs, paper weights (g/m²), trim sizes, Pantone references, CMYK builds, dpi/ppi, signatures (30 × 16
    pp.), spine widths, job tickets (JT 57-7598), page ranges, total ink coverage, UPS-style tracking
    numbers, ISBN-13 and ISBN-10 (hyphenated, valid check digits), word counts, royalty rates, BISAC
    codes, e-book file sizes, pallet weights, year spans, prices, due dates, Library of Congress call
    numbers, Dewey numbers, library card barcodes (2 7319 56725 6141), OCLC numbers, volume/issue, pick-up
    locker codes, manuscript shelf marks, advances, SANs (Standard Address Numbers, 123-4567), EAN-13
    barcodes, fair stands (Hall 3.0, D78), clock times, US copyright registrations (TX 5-202-767), ISNIs
    (0000 0004 7278 414X), ORCID iDs, auction lots, museum accession numbers (1977.452.1373), ISSNs and
    printer's keys (10 9 8 7 6 5 4 3 2 1);
    number habits (numbers.py): US 518-914-1777, 518.914.1777, (518)914-1777, 1-518-914-1777,
    +1-518-914-1777, +15189141777, (+1) 518 914 1777; GB 01603 743915, 01603743915, 01603-743915,
    +44 (0)1603 743915, +44-1603-743915, (+44) 7400 806360; DE 0941 4068124, (0941) 4068124, 0941-4068124,
    0941 4 06 81 24 (pairs from the right), +49 (0)941 4068124, (+49) 941 4068124; FR 04.25.85.17.81,
    0425851781, +33 (0)4 25 85 17 81, +33-4-25-85-17-81; ES 936 859 574, 936859574, (+34) 936 85 95 74;
    IT 011.565.0889, 347.903.2892, 011 5650889, (+39) 347 903 2892; NL (023) 443 4192, 06 41 22 48 24,
    +31 (0)6 41224824, (+31) 23 443 4192; PT 225634148, (+351) 919 603 062, +351-919-603-062; BR
    (48) 3738.0695, (27) 90423.0411, (+55) 48 3738 0695; IN 020-9825-9791, 0141-7483378, +91 (0)20 9825
    9791; CH/AT/BE/IE/AU '+41 (0)61 878 31 01', '(+43) 664 5634168', '+32 (0)9 455 51 43',
    '(+353) 87 198 3914', '+61 (0)496 217 232'; local forms 639.8754, 635 189, 2190 8421, 5 79 86 42,
    579 8642, 39 61 517, 4275.4631, 4275 4631, 6362-2006, 636 22006.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale, Portuguese from pt_BR) and e-mail user names and domain
    words (en_US); towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500
    problems (MIT), AMC23 problems (MIT), English HateCheck test cases (CC BY 4.0) and Multilingual
    HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled
    non-hateful are taken (they can still mention protected groups; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row (CSV: 0-based row after the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v80.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v80.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v80.stats [RECORDS VALUES]

Counts (seed 10080; `python -m benchmarks.pii_v80.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1175 {'corpus': 120, 'neg': 290, 'pos': 765}
    values: 2316 by kind: {'PHONE': 1575, 'EMAIL': 440, 'IP_ADDRESS': 120, 'IBAN': 91, 'CREDIT_CARD': 87,
            'US_SSN': 3}
    modes: {'PHONE/list-entry': 496, 'PHONE/local-announced': 450, 'PHONE/national': 443, 'EMAIL/role':
            231, 'EMAIL/personal': 209, 'PHONE/international': 123, 'IP_ADDRESS/v4': 95, 'PHONE/other': 63,
            'IBAN/electronic': 46, 'IBAN/print': 45, 'CREDIT_CARD/solid': 38, 'CREDIT_CARD/spaced': 28,
            'CREDIT_CARD/dashed': 21, 'IP_ADDRESS/v4-private': 19, 'IP_ADDRESS/v6': 6, 'US_SSN/dashed': 2,
            'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'agent': 111, 'bindery': 81, 'bookfair': 37, 'bookshop': 131, 'distribution': 42, 'library':
            204, 'printquote': 207, 'proof': 42, 'rights': 35, 'secondhand': 45, 'selfpub': 120}
    languages (documents written here): {'de': 131, 'en': 413, 'es': 50, 'fr': 79, 'hi': 82, 'it': 47,
            'nl': 124, 'pt': 129}
    corpus: {'amc23-en': 10, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 1914, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
    US SSNs are few (3): only en_US selfpub, agent and rights documents carry them.
"""

import json
import random
import sys

from faker import Faker

from . import lex_en, lex_eu
from . import numbers as N
from .compose import Composer, regions_for
from .corpus import corpus_records
from .negs import Drawer, guard_hits, phone_hits

SEED = 10080
OUT = ("tests/data/pii_heldout_v80.jsonl", "tests/data/pii_heldout_v80_values.jsonl")
LANG_LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_PT", "pt_BR"],
    "hi": ["en_IN"],
}
FAKER_LOC = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
LAYOUTS = [
    "{label} = {phone}",
    "{phone} – {label}",
    "• {label}, {phone}",
    "{label} / {phone}",
    "{label}\t{phone}",
    "- {phone} ({label})",
]
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
]
LANG_WEIGHTS = [("en", 40), ("de", 10), ("fr", 10), ("es", 7), ("it", 7), ("nl", 10), ("pt", 9), ("hi", 7)]


def genres(lang):
    return lex_en.GENRES if lang == "en" else lex_eu.GENRES[lang]


def list_bits(lang):
    if lang == "en":
        return lex_en.LIST_HEADS, lex_en.LIST_LABELS
    return lex_eu.LIST_HEADS[lang], lex_eu.LIST_LABELS[lang]


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        fakers = {}
        for i, (lang, loc) in enumerate(sorted(FAKER_LOC.items())):
            fakers[lang] = Faker(loc)
            fakers[lang].seed_instance(SEED + i)
        ef = Faker("en_US")
        ef.seed_instance(SEED + 99)
        self.drawer = Drawer(self.rng)
        self.comp = Composer(self.rng, self.drawer, fakers, ef)
        self.records = []
        self.n = 0
        self.doc_redraws = 0

    def _pos_sentences(self, lang, locale, pool):
        return [s for s in pool if "{S}" not in s or locale == "en_US"]

    def _doc(self, lang, locale, genre, kind, local=None):
        """One document; local = (region, town, number of local numbers wanted)."""
        rng = self.rng
        g = genres(lang)[genre]
        for _ in range(50):
            pieces, vals = [], []
            self.comp.fill(rng.choice(g["title"]) + "\n\n", locale, lang, pieces, vals)
            body = []
            if local:
                region, town, want = local
                pool = lex_en.LOCAL.get(region) if lang == "en" else lex_eu.LOCAL[region]
                tmpl = rng.choice([t for t in pool if t.count("{L}") == want])
                body.append(("local", tmpl))
            if kind == "pos":
                pos = self._pos_sentences(lang, locale, g["pos"])
                k = rng.randint(0, 1) if local else rng.randint(1, min(3, len(pos)))
                body += [("s", s) for s in rng.sample(pos, k)]
            nneg = rng.randint(1, 2) if kind == "pos" else min(len(g["neg"]), rng.randint(2, 4))
            body += [("s", s) for s in rng.sample(g["neg"], min(nneg, len(g["neg"])))]
            head = body[:1] if local else []
            rest = body[1:] if local else body
            rng.shuffle(rest)
            for j, (what, s) in enumerate(head + rest):
                sep = "\n\n" if j and (what == "local" or rng.random() < 0.3) else (" " if j else "")
                pieces.append(sep)
                if what == "local":
                    self.comp.fill(s, locale, lang, pieces, vals, town=local[1], local_region=local[0])
                else:
                    self.comp.fill(s, locale, lang, pieces, vals)
            pieces.append("\n")
            if kind == "pos" and rng.random() < 0.25:
                heads, labels = list_bits(lang)
                layout = rng.choice(LAYOUTS)
                pieces.append("\n" + rng.choice(heads) + "\n")
                for label in rng.sample(labels, rng.randint(2, 3)):
                    kinds = ["fixed", "fixed", "mobile"]
                    text, val = self.comp.phone(locale, rng.choice(kinds), "national")
                    val["mode"] = "list-entry"
                    before, after = layout.split("{phone}")
                    pieces.append(before.format(label=label))
                    vals.append((sum(len(p) for p in pieces), val))
                    pieces.append(text)
                    pieces.append(after.format(label=label) + "\n")
            text = "".join(pieces)
            spans = [{"kind": v["kind"], "start": st, "end": st + len(v["text"])} for st, v in vals]
            for sp, (_, v) in zip(spans, vals, strict=True):
                assert text[sp["start"] : sp["end"]] == v["text"]
            if screen_ok(text, spans, regions_for(locale, lang)):
                self.n += 1
                gid = ("hi-" if lang == "hi" else "") + genre
                rec = {
                    "id": f"{locale}-{kind}-{gid}-{self.n}",
                    "locale": locale,
                    "text": text,
                    "spans": spans,
                }
                self.records.append((rec, [v for _, v in vals]))
                return rec
            self.doc_redraws += 1
        raise RuntimeError("document kept failing the screen")

    def build(self):
        rng = self.rng
        for region, lang, locale, total in LOCAL_PLAN:
            left = total
            towns = N.AREAS[region]
            while left:
                want = 2 if left >= 2 and rng.random() < 0.3 else 1
                genre = rng.choice(sorted(genres(lang)))
                self._doc(lang, locale, genre, "pos", local=(region, rng.choice(towns), want))
                left -= want
        langs = [lang for lang, w in LANG_WEIGHTS for _ in range(w)]
        for _ in range(420):
            lang = rng.choice(langs)
            self._doc(lang, rng.choice(LANG_LOCALES[lang]), rng.choice(sorted(genres(lang))), "pos")
        for _ in range(290):
            lang = rng.choice(langs)
            self._doc(lang, rng.choice(LANG_LOCALES[lang]), rng.choice(sorted(genres(lang))), "neg")
        self.records += corpus_records(rng)
        rng.shuffle(self.records)
        return self.records


def blank(text, spans):
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = " "
    return "".join(chars)


def screen_ok(text, spans, regions):
    b = blank(text, spans)
    return not guard_hits(b) and not phone_hits_doc(b, regions)


def phone_hits_doc(text, regions):
    return [h for h in phone_hits(text, regions) if h[1] != text]


def main(argv):
    rec_path, val_path = argv[1:3] if len(argv) >= 3 else OUT
    b = Builder()
    records = b.build()
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for rec, vals in records:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    print(
        f"documents {len(records)}, document redraws {b.doc_redraws}, value redraws {b.drawer.redraws}, "
        f"replaced {b.drawer.replaced}, hard-negative kinds used {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv)
