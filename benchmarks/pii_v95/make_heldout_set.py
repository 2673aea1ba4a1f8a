"""Write tests/data/pii_heldout_v95.jsonl: a ninety-fifth, independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IBANs, cards, IPs and US SSNs), built on v52's format.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, the first few hundred bytes
    of MATH-500, AMC23, the English HateCheck CSV and the Dutch Multilingual HateCheck CSV (for their
    fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random after a prefix, kept when valid
    and of the wanted type (numbers.draw_nsn, numbers.draw_local), and every written form parsed back to
    the same valid number of the stated region (local forms with their area code and trunk prefix put
    back, checks.check_value); cards with Luhn, IBANs with python-stdnum (mod 97 plus national checks),
    SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes:
    each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the
    document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and
    each whole document again with its labelled spans blanked (a dirty document is redrawn; checks.py
    repeats the whole-document screen). A value still dirty after 200 draws would be replaced by a dash
    (negs.Drawer); in the shipped build none was. Written under a 35-minute limit, so cells are small
    (2-7 sentences per slot); English has all 10 genres, German 6, Dutch 6, Portuguese 6, French 5,
    Spanish 5, Italian 5, Hindi 4. Emphasis: legal services.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the announcement names its town. AT/CH/BE/AU/IE documents write their own
    numbers internationally only (P/M slots half the time, list entries always) and use DE, FR, NL or GB
    for national and service numbers (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale
    en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build
    order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role,
    CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in five layouts new
    against v52: 'Label: <phone>', 'Label – <phone>', '<phone> (Label)', '- Label, <phone>' and
    'Label<TAB><phone>' (heads 'Who to call at the firm', 'Numbers for your file', 'Contacts for the
    hearing', 'Rufnummern der Kanzlei', 'Numéros du cabinet', 'Teléfonos del despacho', 'Recapiti dello
    studio', 'Telefoonnummers van het kantoor', 'Telefones do escritório', 'दफ़्तर के नंबर', ...). No phone
    is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py, make_heldout_set.py): 10
    genres of legal services, none in v52: clientcare (solicitors' client-care and engagement letters),
    conveyancing (completion statements, reports on title), notary (notarial appointments, legalisation,
    deeds), mediation (MIAMs, family and neighbour mediation), arbitration (procedural orders, hearing
    logistics), witness (court witness service and witness care letters), legalaid (legal aid helplines,
    duty solicitors, Beratungshilfe, aide juridictionnelle, justicia gratuita, gratuito patrocinio,
    toevoeging, Defensoria Pública, DLSA), clinic (university and community law clinics), probate (estate
    administration, wills), tribunal (employment tribunal and ACAS); all sentences written fresh in en,
    de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after, on the line below,
    in quoted speech and in brackets ('Clients who live in Omaha can ring the front office on ... – no
    area code if you're calling from a Omaha landline', 'From any phone in Tulsa itself, the
    conveyancing team is simply', 'Local to Reno? Our reception number is ..., and the probate desk',
    'The Leeds office (dial it as a local call):', '"Just dial ... from home," the receptionist said,
    "you're in York, you don't need the code."', 'Our Leeds clinic has a landline again. Local
    callers:' + line below, 'In Pune the notary's clerk answers on ...; callers from outside the area need
    the code first', 'Please note – local Exeter number for the mediation rooms:', '(local rate, no
    dialling code needed)', 'Die Kanzlei ist im Ortsnetz unter ... zu erreichen, die Vorwahl entfällt',
    'Innerhalb von Kiel wählen Sie für das Notariat nur die', 'Sekretariat (aus Göttingen ohne
    Vorwahl):', '„Rufen Sie einfach die ... an", sagte die Mediatorin', 'Aus dem Kasseler Festnetz',
    'Cliënten uit Delft bellen ons kantoor gewoon op ..., zonder netnummer', '"Bel maar ..., dat is hier
    in Delft genoeg," zei de mediator', 'Vanaf een vaste lijn in Zwolle kiest u ... alleen', 'Quem é de
    Recife pode ligar direto ... sem o DDD', '"Liga no ..., aqui em Natal não precisa de código"',
    'Morador de Manaus? Núcleo de prática jurídica: ...; CEJUSC: ...', 'Pune शहर के लैंडलाइन से ... सिर्फ़
    ... है', '"... मिला लीजिए, Jaipur में कोड नहीं लगता," क्लर्क ने कहा', ...); towns new against v52
    (numbers.AREAS); cards for money on account and fees, IBANs of client, CARPA, Anderkonto, derdengeld
    and estate accounts, IPs of clinic printers and hearing-room whitelists, SSNs on US intake forms;
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: UK county court claim numbers, US
    docket numbers (2:23-cv-01234), German Aktenzeichen (3 O 123/24), French RG numbers, Italian R.G.
    numbers, Dutch zaaknummers, Brazilian CNJ process numbers, Indian writ petition numbers, ECLI
    identifiers, UK neutral citations, US Reports citations, statute sections (§ 823 Abs. 1 BGB),
    arbitration case numbers (ICC/LCIA/SCC/DIS), land registry title numbers, UPRNs (12 digits), company
    registration numbers, SRA ids, Indian bar enrolment numbers, OAB numbers, notarial roll/repertory
    numbers, Flurstück/Blatt, DX addresses, matter numbers, client references, crime reference numbers,
    custody record numbers, legal aid certificate numbers, bundle page ranges, paragraph ranges, exhibit
    references, hearing dates with times, fee amounts, hours recorded, interest rates p.a., ISBN-13 of law
    books, apostille numbers, sort codes, court form names (N244, ET1, TR1), EPC report numbers (5x4
    digits), courtroom numbers, limitation periods;
    number habits (habits.py): US 402.533.0656, (402)533-0656, 402-533-0656, 1.402.533.0656,
    1-402-533-0656, +1-402-533-0656, +1.402.533.0656, +1 402-533-0656, +14025330656; GB 0113 496 0018,
    0113-496-0018, 0113 4960018, 020 7946 0018, 0207 946 0018, 020-7946-0018, +44 (0)113 496 0018,
    +44 (0) 113 496 0018, +44-113-4960018, +44 (0)20 7946 0018, 07700-900-123, 07700 900-123,
    0770 090 0123 style regrouping, +44 (0) 7700 900123, +44-7700-900123, 0800 123 4567, 0345-...,
    0330 1234567; DE (0431) 123456, 0431-123456, 0431 1 23 45 67 (pairs from the right), 0431 - 12 34 56,
    +49 (0)431 123456, +49 (0) 431 12 34 56, +49 431 12 34 56; FR 04 44 78 76 74, 04.44.78.76.74,
    0444787674, 0800 12 34 56, 0800.12.34.56, +33 (0)4 44 78 76 74, +33 4 44 78 76 74, +33 4.44.78.76.74;
    ES 936 41 28 61, 93.641.28.61, 612-345-678, 612.345.678, +34 936 41 28 61, +34.936.412.861; IT
    06 7675 8513, 06.7675.8513, (06) 76758513, 333 123 4567, 333 123 45 67, 333.1234567, 800 123 456,
    +39 (333) 1234567, +39.06.7675.8513; NL 050 312 3456, (050) 312 34 56, 050/3123456, 06 12 34 56 78,
    (06) 12345678, 06-123 456 78, +31 (0)50 312 3456, +31 (0)6 1234 5678, +31-6-12345678, 0800 123 4567;
    PT 213 456 789, +351 213 456 789, (+351) 213 456 789; BR (81) 3222 1234, (81) 3222.1234,
    81-3222-1234, (11) 98765-4321, 11 98765-4321, +55 11 98765-4321, +55-81-3222-1234, 0800 789 7520,
    0800.789.7520; IN 020 24521234, (020) 2452 1234, 020-2452-1234, 098765-43210 style 0XXXXX-XXXXX,
    0-9876543210, 987 654 3210, +91 20 24521234, +91 (20) 24521234, +91 987 654 3210, 1-800-425-1234;
    AT/CH/BE/IE/AU '+43 (0)1 ...', '+43 1/...', '+41 (0)44 296 69 51', '+41 44 296.69.51',
    '+32 (0)2 512 34 56', '+32 2/512.34.56', '+353 (0)1 ...', '+61 (0)2 ...', '+61-412-345-678';
    local forms 533.0656, 533-0656, 533 0656, 496 0018, 496-0018, 4960 018, 1 23 45 67 and 45 67 89 (pairs
    from the right), 312-3456, 3123456, 312 34 56, 3222.1234, 32221234, 24521234, 2452-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail domains (en_US); towns from numbers.AREAS; corpus
    negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English
    HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch,
    Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing
    the guards or PhoneNumberMatcher flag. Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v95.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v95.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v95.stats [RECORDS VALUES]

Counts (seed 10095; `python -m benchmarks.pii_v95.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1295 {'corpus': 120, 'neg': 310, 'pos': 865}
    values: 1865 by kind: {'PHONE': 1546, 'EMAIL': 201, 'IBAN': 76, 'IP_ADDRESS': 16, 'CREDIT_CARD': 16,
            'US_SSN': 10}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 434, 'PHONE/national': 420,
            'PHONE/international': 185, 'EMAIL/personal': 107, 'EMAIL/role': 94, 'PHONE/other': 57,
            'IBAN/print': 39, 'IBAN/electronic': 37, 'CREDIT_CARD/spaced': 7, 'CREDIT_CARD/solid': 6,
            'IP_ADDRESS/v6': 6, 'US_SSN/spaced': 6, 'IP_ADDRESS/v4-private': 5, 'IP_ADDRESS/v4': 5,
            'US_SSN/dashed': 4, 'CREDIT_CARD/dashed': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'arbitration': 63, 'clientcare': 161, 'clinic': 50, 'conveyancing': 56, 'legalaid': 175,
            'mediation': 180, 'notary': 169, 'probate': 120, 'tribunal': 51, 'witness': 150}
    languages (documents written here): {'de': 150, 'en': 487, 'es': 61, 'fr': 72, 'hi': 64, 'it': 52,
            'nl': 146, 'pt': 143}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 194, kinds replaced after 200 dirty values: 0, hard-negative kinds
            used: 41
"""

import json
import random
import sys

from faker import Faker

from . import compose as C
from . import negs
from .corpus import corpus_docs

SEED = 10095
OUT = ("tests/data/pii_heldout_v95.jsonl", "tests/data/pii_heldout_v95_values.jsonl")
LANG_LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_BR"],
    "hi": ["en_IN"],
}
LANG_WEIGHTS = {"en": 40, "de": 12, "fr": 9, "es": 7, "it": 7, "nl": 10, "pt": 10, "hi": 5}
N_POS, N_NEG = 470, 310
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
]


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.fakers = {}
        for loc in [
            "en_US",
            "en_GB",
            "en_IN",
            "en_AU",
            "en_IE",
            "de_DE",
            "de_AT",
            "de_CH",
            "fr_FR",
            "fr_BE",
            "fr_CH",
            "es_ES",
            "it_IT",
            "nl_NL",
            "nl_BE",
            "pt_BR",
            "hi_IN",
        ]:
            f = Faker(loc)
            f.seed_instance(seed)
            self.fakers[loc] = f
        self.drawer = negs.Drawer(self.rng)
        self.filler = C.Filler(self.rng, self.fakers, self.drawer)
        self.doc_redraws = 0
        self.n = 0

    def name(self, lang, locale):
        return self.fakers["hi_IN" if lang == "hi" else C.LOCALES[locale][3]].name()

    def one(self, lang, locale, kind, genre, local=None):
        """One document; redrawn while the whole text (labelled spans blanked) trips a screen."""
        genres, heads, labels, extra = C.tables(lang, locale)
        g = genres[genre]
        regions = C.screen_regions(locale, lang)
        while True:
            rng = self.rng
            ctx = {"locale": locale, "name": self.name(lang, locale), "regions": regions}
            doc = C.Doc()
            doc.add(rng.choice(g["title"]) + "\n\n")
            negs_pool = g["neg"] + extra.get("neg", [])
            pos_pool = g["pos"] + extra.get("pos", [])
            if kind == "neg":
                sents = rng.sample(negs_pool, min(len(negs_pool), rng.randint(2, 4)))
            elif local:
                region, town, area, tpl = local
                ctx.update(town=town, area=area, region=region)
                sents = (
                    rng.sample(negs_pool, rng.randint(0, 1))
                    + [tpl]
                    + rng.sample(negs_pool, rng.randint(0, 1))
                )
            else:
                sents = rng.sample(negs_pool, rng.randint(0, 2)) + rng.sample(
                    pos_pool, min(len(pos_pool), rng.randint(1, 3))
                )
                rng.shuffle(sents)
            for i, s in enumerate(sents):
                ctx["name"] = self.name(lang, locale)
                self.filler.fill(doc, s, ctx)
                doc.add("\n" if s.endswith(":") or "\n" in s else (" " if i < len(sents) - 1 else "\n"))
            if kind == "pos" and not local and rng.random() < 0.35:
                self.filler.list_block(doc, ctx, heads, labels)
            blank = list(doc.text)
            for sp in doc.spans:
                blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
            blank = "".join(blank)
            if negs.guard_hits(blank) or negs.phone_hits(blank, regions):
                self.doc_redraws += 1
                continue
            self.n += 1
            gid = ("hi-" if lang == "hi" else "") + genre
            return {
                "id": f"{locale}-{kind}-{gid}-{self.n}",
                "locale": locale,
                "text": doc.text,
                "spans": doc.spans,
            }, doc.values

    def build(self):
        rng = self.rng
        out = []
        for region, lang, locale, target in LOCAL_PLAN:
            genres = C.tables(lang, locale)[0]
            made = 0
            while made < target:
                town, area = rng.choice(C.nb.AREAS[region])
                tpls = C.LOCAL_LEX[lang]
                if target - made == 1:
                    tpls = [t for t in tpls if "{L2}" not in t]
                tpl = rng.choice(tpls)
                rec, vals = self.one(
                    lang, locale, "pos", rng.choice(sorted(genres)), (region, town, area, tpl)
                )
                made += sum(v.get("mode") == "local-announced" for v in vals)
                out.append((rec, vals))
        langs = sorted(LANG_WEIGHTS)
        for kind, count in (("pos", N_POS), ("neg", N_NEG)):
            for _ in range(count):
                lang = rng.choices(langs, [LANG_WEIGHTS[x] for x in langs])[0]
                locale = rng.choice(LANG_LOCALES[lang])
                genre = rng.choice(sorted(C.LEX[lang][0]))
                out.append(self.one(lang, locale, kind, genre))
        out += [(d, []) for d in corpus_docs(rng)]
        rng.shuffle(out)
        return out


def write(records_path, values_path, seed=SEED):
    b = Builder(seed)
    docs = b.build()
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, vals in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    return b


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    paths = argv if len(argv) == 2 else OUT
    b = write(*paths)
    print(
        f"document redraws: {b.doc_redraws}, value redraws: {b.drawer.redraws}, "
        f"kinds replaced after 200 dirty values: {b.drawer.replaced}, "
        f"hard-negative kinds used: {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main()
