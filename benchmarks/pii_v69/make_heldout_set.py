"""Write tests/data/pii_heldout_v69.jsonl: a sixty-ninth, independent held-out labelled set for PII detection
(phone numbers above all, plus e-mails, cards, IBANs, IPs and US SSNs). Emphasis: weddings and private
events (photographers, DJs, florists, venues, caterers, marquee and party hire).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were
    written there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened
    or listed), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (handed over as a text file);
    /work/shared/data/SOURCES.md, a listing of the files under /work/shared/data, and the first few hundred
    bytes of the German Multilingual HateCheck CSV, MATH-500, AMC23 and the English HateCheck CSV (for
    their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix or a town's area
    code, kept when valid, of the wanted type and region (numbers.draw), and every written form parsed back
    to the same valid number of the stated region (local forms with trunk prefix and area code put back,
    numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs
    with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each
    value on its own (letters blanked, parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID)
    for the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail
    shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN
    shapes), and each whole document again with its labelled spans blanked (matcher and guards; checks.py
    repeats this screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in
    the shipped build none was (0), after booking references were written 'WED-4817KM' (digits in
    'WED-25-4817' read as German numbers) and VAT numbers were dropped.
    Written under a 35-minute limit, so cells are small (2-9 sentences per slot). English has all 6
    genres, German 4, Dutch 4, Portuguese 4, French 3, Spanish 3, Italian 3, Hindi 3.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the town's area code, asserted equal to phonenumbers' geographical area code
    length, null for every other phone; text = the subscriber part only; a document's local numbers share
    one area code and the sentence names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national and 'other' numbers (compose.LOCALES); no
    00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new against v52: '• Label: <phone>', '<phone> (Label)', 'Label — <phone>',
    'Label » <phone>' and 'Label<TAB><phone>' (heads 'Suppliers on the day', 'Day-of contacts', 'Wedding
    team', "Who's who on the day", 'Dienstleister am Hochzeitstag', 'Contacts du jour J', 'Contactos del
    gran día', 'Fornitori del matrimonio', 'Leveranciers op de trouwdag', 'Fornecedores do casamento',
    'शादी के दिन के संपर्क', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_nl.py, lex_es_it_pt_hi.py; compose.py): 6 genres, none in v52: photo
    (wedding photographers), dj (DJs and bands), florist, venue (venue hire), catering, marquee (marquee
    and party hire); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced
    in new ways, before, after, on the line above or below, in a remark or in speech ('Since you're both in
    Bath, you won't need the dialling code for our studio:', '... – that's the Savannah landline, so skip
    the area code when you ring from the house', 'Shop phone (from within York, no dialling code):' on the
    line above, '"Just ring ... from the hotel room," the coordinator told us, "it's a Napa line, no area
    code needed."', '(Local to Jaipur: .... From elsewhere you'll need the STD code first.)', 'Valet parking
    desk: ...' with '^ from a Leeds phone, without the dialling code' on the line below, 'Wer schon in Köln
    ist, ruft das Trauzimmer einfach unter ... an – ohne Vorwahl', '„Ruft einfach ... an“, sagte die
    Wirtin', 'Zitten jullie al in Delft? Dan bel je de trouwambtenaar gewoon op', 'Quem já está em Recife
    liga para a recepção do sítio no ..., sem o DDD', '"Liga no ...," disse a dona da pousada', 'अगर आप
    Udaipur में ही हैं तो मंडप वालों को सीधे ... पर फ़ोन करें', ...); cards for deposits and tasting fees,
    IBANs for balances and security deposits, IPs of NAS gallery uploads, lighting desks and photo-booth
    gateways, SSNs on a contractor (1099) form for a second shooter (en_US only);
    46 hard-negative kinds (negs.KINDS), all used, none in v52's list: booking references (WED-4817KM),
    quote numbers, camera image file names, gallery passwords, edited-photo ranges, lens focal lengths and
    apertures, exposure settings, DJ set times, BPM ranges, sound-limiter levels, stage power supplies,
    ISRC codes, stem counts, florist order numbers, Pantone codes, vase dimensions, seated/standing
    capacities, marquee sizes, table-number ranges, OS grid references, GPS coordinates, premises licence
    numbers, insurance policy numbers, PAT certificate numbers, paper sizes, company numbers, prices per
    head, dietary counts, cake tier sizes, run-sheet timings, RSVP codes, hire item codes, wind ratings,
    generator ratings (kVA), music licence numbers, drone operator ids, memory-card sizes, trading year
    ranges, payment splits, wedding hashtags, room dimensions, vehicle registrations, guest counts, German
    postcodes, song lengths, quote totals (1.432,00);
    number habits (numbers.py): US 912.533.0656, (912)533-0656, 1-912-533-0656, 912-533-0656,
    1.912.533.0656, +1-912-533-0656, +1 912-533-0656, +19125330656; GB 01225-123-456, (01225) 123 456,
    01225123456, 07700-900-123, 07700900123, 07700 900-123, 0800 123 4567, 0345-698-1722,
    +44 (0)1225 123 456, +44 1225 123456, +44 (0) 7700 900123, +44-7700-900-123, +44 7700 900 123;
    DE (0221) 2345678, 0221-2345678, 0221 2 34 56 78 (pairs from the right), 0176 12345678, 0176-12345678,
    (0176) 123 456 78, 0800 123 4567, +49 (0)221 2345678, +49 (0) 221 2345678, +49 176-12345678;
    FR 04 44 78 76 74, 04.44.78.76.74, 0444787674, 0800 12 34 56, +33 4 44 78 76 74, +33 (0)6 12 34 56 78;
    ES 936 41 28 61, 936412861, 612 345 678, 900 123 456, +34 936 41 28 61, +34 612345678; IT 06 7675 8513,
    06.7675.8513, 347 123 4567, 347.1234567, 347-1234567, +39 347-1234567; NL 023 312 3456,
    (023) 312 34 56, 06 12 34 56 78, 06-1234 5678, (06) 12345678, 0800 123 45 67, +31 (0)6 1234 5678,
    +31 6 12 34 56 78, +31 (0)23 312 3456; PT 213 456 789, 213456789, +351 21 345 6789; BR
    (48) 3222 1234, 48 3222.1234, 48-3222-1234, (48) 99876-5432, 48 99876-5432, (48) 99876 5432,
    0800 7897520, +55 48 99876-5432, +55-48-3222-1234; IN (0141) 234 5678, 0141-2345678, 98765 43210,
    9876543210, 18001034567, +91 98765 43210, +91-9876-543-210, +91 141 234 5678, +91 (141) 2345678;
    AT/CH/BE/IE/AU '+43 (0)1 ...', '+41 (0)44 296 69 51', '+32 (0)2 512 34 56', '+353 (0)85 123 4567',
    '+61 (0)412 345 678' and solid-after-code forms ('+41 44 2966951'); local forms 533.0656 (US),
    496 0018, 12 34 56 (GB), 234 56 78, 2345678 (DE), 312 3456, 312-3456, 12 34 56
    (NL), 3222.1234, 32221234 (BR), 2345-6789, 23456789, 234 5678, 2345678, 23 45 67 (IN).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), the English HateCheck test cases (CC BY 4.0), hh-rlhf harmless-base test dialogues
    ('chosen', MIT) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases
    (CC BY 4.0); only HateCheck cases labelled non-hateful are taken (they can still mention protected
    groups; Portuguese cases carry pt_BR); hh-rlhf dialogues can touch harmful topics; screened: at most
    1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots,
    slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v69.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v69.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v69.stats [RECORDS VALUES]

Counts (seed 10069; `python -m benchmarks.pii_v69.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1230 {'corpus': 133, 'neg': 282, 'pos': 815}
    values: 2126 by kind: {'PHONE': 1627, 'EMAIL': 355, 'IP_ADDRESS': 57, 'IBAN': 41, 'CREDIT_CARD': 39,
            'US_SSN': 7}
    modes: {'PHONE/national': 453, 'PHONE/local-announced': 450, 'PHONE/list-entry': 385, 'EMAIL/role':
            260, 'PHONE/international': 237, 'PHONE/other': 102, 'EMAIL/personal': 95, 'IBAN/print': 25,
            'IP_ADDRESS/v6': 22, 'IP_ADDRESS/v4': 21, 'IBAN/electronic': 16, 'CREDIT_CARD/solid': 16,
            'IP_ADDRESS/v4-private': 14, 'CREDIT_CARD/spaced': 12, 'CREDIT_CARD/dashed': 11,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'catering': 201, 'dj': 186, 'florist': 123, 'marquee': 114, 'photo': 241, 'venue': 232}
    languages (documents written here): {'de': 149, 'en': 491, 'es': 45, 'fr': 74, 'hi': 57, 'it': 45,
            'nl': 114, 'pt': 122}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'hhrlhf-en': 15, 'math500-en': 35, 'mhc-dutch': 8, 'mhc-
            french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 287, kinds replaced after 200 dirty values: 0, hard-negative kinds
            used: 46
    US SSNs are few (7): only en_US photo documents carry them.
"""

import json
import random
import sys

from faker import Faker

from . import compose as C
from . import corpus, negs
from . import numbers as N

SEED = 10069
RECORDS = "tests/data/pii_heldout_v69.jsonl"
VALUES = "tests/data/pii_heldout_v69_values.jsonl"

# positive and hard-negative documents per locale ('hi' = Hindi documents with locale en_IN)
POS = {
    "en_US": 90,
    "en_GB": 80,
    "en_IN": 40,
    "en_AU": 25,
    "en_IE": 25,
    "de_DE": 45,
    "de_AT": 15,
    "de_CH": 15,
    "fr_FR": 35,
    "fr_BE": 15,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 35,
    "nl_BE": 15,
    "pt_BR": 35,
    "pt_PT": 20,
    "hi": 25,
}
NEG = {k: max(6, v // 2) for k, v in POS.items()}
LOCAL_LOCALE = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "NL": "nl_NL", "BR": "pt_BR", "IN": "en_IN"}
LOCALS_PER_REGION = 75
IN_ENGLISH = 40
FAKER_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}


def split(key):
    return ("en_IN", "hi") if key == "hi" else (key, C.LOCALES[key][0])


def screened(comp, kind, locale, lang, genre, ctx_fn, stats):
    """A document whose text, with its labelled spans blanked, the matcher and the guards leave alone."""
    regs = C.regions_for(locale, lang)
    while True:
        ctx = ctx_fn()
        doc = comp.document(kind, locale, lang, genre, ctx)
        text = doc.text()
        blank = list(text)
        for sp in doc.spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        if not negs.dirty("".join(blank), regs, whole=False):
            return doc, ctx
        stats["document redraws"] += 1


def build():
    rng = random.Random(SEED)
    fakers = {}
    for lang, loc in FAKER_LOCALE.items():
        fakers[lang] = Faker(loc)
        fakers[lang].seed_instance(SEED + len(fakers))
    drawer = negs.Drawer(rng)
    comp = C.Composer(rng, fakers, drawer)
    stats = {"document redraws": 0}
    records = []
    counter = [0]

    def emit(doc, locale, lang, kind, genre):
        counter[0] += 1
        hi = "hi-" if lang == "hi" else ""
        pn = "neg" if kind == "neg" else "pos"
        records.append(
            (
                {
                    "id": f"{locale}-{pn}-{hi}{genre}-{counter[0]}",
                    "locale": locale,
                    "text": doc.text(),
                    "spans": doc.spans,
                },
                doc.values,
            )
        )

    for table, kind in ((POS, "pos"), (NEG, "neg")):
        for key, n in table.items():
            locale, lang = split(key)
            genres = sorted(C.lex(lang)["titles"])
            for i in range(n):
                genre = genres[i % len(genres)]
                doc, _ = screened(comp, kind, locale, lang, genre, dict, stats)
                emit(doc, locale, lang, kind, genre)

    for region, locale in LOCAL_LOCALE.items():
        parts = (
            [("hi", LOCALS_PER_REGION - IN_ENGLISH), ("en", IN_ENGLISH)]
            if region == "IN"
            else [(C.LOCALES[locale][0], LOCALS_PER_REGION)]
        )
        for lang, total in parts:
            lx = C.lex(lang)
            cw = lx["cw"] if lang != "en" else C.EN.CW[region]
            genres = sorted(lx["titles"])
            left = total
            while left:
                sents = []
                want = min(left, rng.choice([1, 1, 2, 2, 3]))
                got = 0
                while got < want:
                    s = rng.choice([x for x in lx["local"] if x.count("{L}") <= want - got])
                    sents.append(s)
                    got += s.count("{L}")
                town, area = rng.choice(N.AREAS[region])

                def ctx_fn(town=town, area=area, sents=sents, region=region, cw=cw):
                    return {"town": town, "area": area, "region": region, "cw": cw, "local_sents": sents}

                genre = rng.choice(genres)
                doc, ctx = screened(comp, "local", locale, lang, genre, ctx_fn, stats)
                assert ctx["locals"] == got
                emit(doc, locale, lang, "pos", genre)
                left -= got

    recs = [(d, {"values": v}) for d, v in records]
    for d in corpus.pick(rng):
        recs.append((d, {"values": []}))
    rng.shuffle(recs)
    stats["value redraws"] = drawer.redraws
    stats["kinds replaced after 200 dirty values"] = drawer.replaced
    stats["hard-negative kinds used"] = len(drawer.used)
    stats["replaced"] = drawer.replaced_kinds
    return recs, stats


def write(recs, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as f:
        for d, _ in recs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(values, "w", encoding="utf-8") as f:
        for _, v in recs:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    recs, stats = build()
    write(recs, *argv[:2])
    print(len(recs), "documents;", stats)


if __name__ == "__main__":
    main(sys.argv[1:])
