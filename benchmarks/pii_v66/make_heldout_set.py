"""Write tests/data/pii_heldout_v66.jsonl: a sixty-sixth, independent held-out labelled set for PII
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
    hundred bytes of MATH-500, AMC23, GSM8K test, AIME24, the English HateCheck CSV and the German
    Multilingual HateCheck CSV (for their fields); the corpus files used were otherwise only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix, kept when valid and of the wanted type, and every written form parsed
    back to the same valid number of the stated region (local forms with their area code and trunk prefix
    put back, numbers.put_back, and the area code's length asserted equal to phonenumbers' geographical
    area code length); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs
    with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each
    value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's
    own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid
    13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole
    document again with its labelled spans blanked (checks.py repeats the whole-document screen). A value
    still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was.
    Written under a 35-minute limit, so cells are small: English has 6 genres with 5-8 sentences per slot,
    German 5, French, Spanish, Italian, Dutch, Portuguese and Hindi 4 each, with 2-4 sentences per slot.
    Emphasis: retail and e-commerce.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, null for every other phone; text = the subscriber
    part only; a document's local numbers share one area code and the phrasing names its town. AT/CH/BE/
    AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB for national,
    list and service numbers (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and
    'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other'
    = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a
    contact block at the end of a document, one per line, in five layouts new against v52: '• Label:
    <phone>', 'Label — <phone>', '<phone> (Label)', '☎ <phone> – Label' and 'Label<TAB><phone>' (heads
    'Phone numbers at a glance', 'Who to call', 'Shop contacts', 'Keep these numbers', 'Store directory',
    'Telefonnummern im Überblick', 'So erreichen Sie uns', 'Filialkontakte', 'Numéros du magasin', 'Pour
    nous joindre', 'Teléfonos de la tienda', 'Numeri del negozio', 'Telefoonnummers', 'Telefones da loja',
    'दुकान के नंबर', ...). No phone is split across lines; words stay outside the span. IBANs are not
    written in en_US, en_IN or pt_BR documents; US SSNs only in en_US documents.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_more.py; build.py, compose.py): 6 retail genres, none in v52:
    returns (returns desks, refunds, exchanges), seller (marketplace sellers' messages and disputes),
    loyalty (loyalty programmes, members' cards, points), collect (click-and-collect and parcel lockers),
    pawn (pawn agreements, loan renewals, redemption), secondhand (consignment and second-hand buying); all
    sentences written fresh in en, de, fr, es, it, nl, pt, hi; a signature line with a Faker name in about
    a third of the documents; local numbers announced in new ways, before, after, on the line above, in a
    remark and in speech ('The Dayton store's returns counter is ... – that's a local call if you're in
    town', 'Locals in Tulsa know us as ...; from out of state you'll need the area code', '"Just dial ...,
    you're in Reno," the cashier told me, "no area code needed."', 'Pickup desk (Omaha, local line)' above
    the number, 'Store phone ... (that's the Akron number; drop the area code if you're calling from the
    city)', 'From a Fresno landline, customer service is ... and the pharmacy counter is ...', 'Our Duluth
    pawn counter answers on ... – local calls only', 'If you're ringing from a Leeds landline, you can leave
    the dialling code off:', 'Norwich branch, local number:' above, '"It's ...," she said, "you're in York,
    you don't need the code."', 'For Exeter callers only: ... (add the code if you're out of the area)',
    'In Cardiff? Give the counter a ring on', 'Within Pune city, the showroom's landline is simply',
    'Jaipur store – dial ... from any local landline, no STD code required', 'Aus dem Kasseler Ortsnetz
    erreichen Sie die Kasse direkt unter', 'Filiale Erfurt, Ortsgespräch:' above, '„Wählen Sie einfach
    ...“, sagte die Verkäuferin, „Sie sind ja in Potsdam.“', 'Annahme ..., Werkstatt ... – beides im
    Ortsnetz Augsburg, also ohne Vorwahl', 'Wer aus Lübeck anruft, braucht nur die ...', 'Telefon ...
    (Ortsnetz Kassel; von außerhalb mit Vorwahl)', 'Vanuit Zwolle bel je de winkel op ..., het netnummer
    mag je weglaten', 'Winkel Delft (lokaal nummer):' above, '"Gewoon ... draaien," zei de verkoopster',
    'Woon je in Arnhem? Dan is de balie te bereiken op', 'Quem liga de Recife fala com a loja no ..., sem o
    DDD', 'Loja Natal (ligação local):' above, '"É só discar ...," disse a atendente', 'Mora em Londrina? O
    caixa atende no', 'Lucknow शहर के अंदर से दुकान का नंबर सिर्फ़ ... है', '"Kochi से हो तो बस ...
    मिलाइए," दुकानदार ने कहा', 'काउंटर ..., गोदाम ... – दोनों Indore के लोकल नंबर हैं', ...); cards for
    refunds, click-and-collect payments and fuel-card links, IBANs for refunds, consignment payouts and
    pawn redemption transfers, IPs of marketplace and consignor logins, SSNs on pawn credit checks and tax
    forms for buying high-value goods;
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: EAN-13 barcodes (check digit),
    UPC-A stock labels, SSCC pallet codes '(00) ...', ISBN-13 with hyphens, SKUs, gift-card numbers (19
    digits, not Luhn-valid), loyalty point balances, pawn ticket numbers, consignor numbers, parcel
    tracking numbers (1Z, Royal-Mail-like, JJD), locker/pin pairs, click-and-collect codes, prices in four
    currencies, VAT ids, store numbers, till/transaction lines, receipt numbers (4x4 digits), gold
    carat and weight, ring sizes, shoe sizes, furniture dimensions, monthly pawn interest, redemption
    dates, opening hours, voucher codes, unit prices per kg, lot numbers, best-before months, watch
    references, cheque numbers, postcodes, marketplace listing ids (12 digits), seller ratings with counts,
    warehouse bin locations, delivery slots, parcel weights, gold prices per gram, instalment plans,
    receipt timestamps, stock counts, carton quantities;
    number habits (numbers.py): US 312-533-0656, 312.533.0656, (312)533-0656, 1-312-533-0656,
    1.800.201.2904, 1 800 201 2904, +1-312-533-0656, +1 312-533-0656, +1.312.533.0656, +13125330656;
    GB 0161 496 0018, 0161-496-0018, 07700-900-123, +44 (0)161 496 0018, +44 (0) 7700 900123,
    +44-161-496-0018, 0345 ... UAN numbers; DE (0761) 45 67 89, 0761-456789, 0221 84223149,
    +49 (0)761 456789, +49-761-456789; FR 04 44 78 76 74, 04.44.78.76.74, 0444787674,
    +33 (0)4 44 78 76 74, +33-4-44-78-76-74; ES 936412861, 936 41 28 61, 936.412.861, +34 936412861;
    IT 06 7675 8513, 06.76758513, 333 123 4567, 333.1234567, 333-123-4567, 800.123456; NL 050 312 34 56,
    (050) 312 34 56, 06 12 34 56 78, 0612345678, (06) 1234 5678, 0800 1234567, 0800-12 34567,
    +31 (0)50 312 3456; PT 213 456 789, 213456789, 912-345-678, +351 213456789; BR (41) 3222.1234,
    41 3222 1234, 041 3222-1234, (41) 99876-5432, 0800 789 7520, 0800.789.7520, +55 (41) 3222 1234,
    +5541999876543; IN 98765 43210, 9876543210, 098765-43210, 044 2452 1234, (044) 24521234,
    044-24521234, 18004251234, 1800 4251234, 1-800-425-1234, +91 98765 43210, +91-4424521234;
    AT/CH/BE/IE/AU with '(0)' or dashes ('+41 (0)44 296 69 51', '+43-1-2377305', '+32 (0) 2 512 34 56');
    local forms 533.0656, 5330656, 533 - 0656, 496-0018, 496 00 18, 2960-0018, 96 01 23, 2 34 56 78,
    234-5678, 45 67 89, 456-789, 3123456, 31 23 456, 312-3456, 3222.1234, 32221234, 2452-1234, 24521234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (each document's locale; Hindi
    documents from hi_IN, in Devanagari) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they
    can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher (home region, US, GB) flag. Row = 0-based data
    row (JSONL line or CSV data row).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v66.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v66.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v66.stats [RECORDS VALUES]

Counts (seed 10066; `python -m benchmarks.pii_v66.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and ruff
    format --check: 0 findings
    documents: 1206 {'corpus': 130, 'neg': 288, 'pos': 788}
    values: 1755 by kind: {'PHONE': 1368, 'EMAIL': 180, 'IBAN': 99, 'CREDIT_CARD': 72, 'IP_ADDRESS': 31,
            'US_SSN': 5}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 437, 'PHONE/list-entry': 293,
            'EMAIL/personal': 102, 'PHONE/international': 100, 'PHONE/other': 88, 'EMAIL/role': 78,
            'IBAN/print': 59, 'IBAN/electronic': 40, 'CREDIT_CARD/spaced': 30, 'CREDIT_CARD/solid': 23,
            'CREDIT_CARD/dashed': 19, 'IP_ADDRESS/v4': 14, 'IP_ADDRESS/v4-private': 11, 'IP_ADDRESS/v6': 6,
            'US_SSN/spaced': 3, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'collect': 240, 'loyalty': 131, 'pawn': 170, 'returns': 214, 'secondhand': 172, 'seller': 149}
    languages (documents written here): {'de': 165, 'en': 413, 'es': 48, 'fr': 79, 'hi': 58, 'it': 48,
            'nl': 132, 'pt': 133}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 35, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 966, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (5): only en_US pawn and second-hand documents carry them.
"""

import json
import random
import sys
from pathlib import Path

from . import build, corpus
from .compose import Filler

SEED = 10066
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v66.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v66_values.jsonl"
STATS = {"doc_redraws": 0}


def _one(f, locale, lang, kind, **kw):
    while True:
        d = build.make_doc(f, locale, lang, kind, **kw)
        if d is not None:
            return d
        STATS["doc_redraws"] += 1


def _id(locale, lang, kind, genre, n):
    mid = f"hi-{genre}" if lang == "hi" else genre
    return f"{locale}-{kind}-{mid}-{n}"


def generate(seed=SEED):
    rng = random.Random(seed)
    f = Filler(rng, seed)
    docs = []
    for locale, lang, region, want in build.LOCAL_PLAN:
        got = 0
        while got < want:
            d = _one(f, locale, lang, "pos", local_region=region, local_left=want - got)
            got += d["n_local"]
            d.update(locale=locale, id=_id(locale, lang, "pos", d["genre"], len(docs)), lang=lang)
            docs.append(d)
    for plan, kind in ((build.POS_PLAN, "pos"), (build.NEG_PLAN, "neg")):
        for (locale, lang), n in plan.items():
            for _ in range(n):
                d = _one(f, locale, lang, kind)
                d.update(locale=locale, id=_id(locale, lang, kind, d["genre"], len(docs)), lang=lang)
                docs.append(d)
    for d in corpus.corpus_docs(rng):
        d["lang"] = "corpus"
        docs.append(d)
    rng.shuffle(docs)
    STATS["value_redraws"] = f.drawer.redraws
    STATS["kinds_replaced"] = f.drawer.replaced
    STATS["kinds_used"] = len(f.drawer.used)
    return docs


def write(docs, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as r, open(values, "w", encoding="utf-8") as v:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            r.write(json.dumps(rec, ensure_ascii=False) + "\n")
            v.write(json.dumps({"values": d["values"]}, ensure_ascii=False) + "\n")


def main(argv):
    records = Path(argv[0]) if argv else RECORDS
    values = Path(argv[1]) if len(argv) > 1 else VALUES
    docs = generate()
    write(docs, records, values)
    print(len(docs), "documents;", STATS)


if __name__ == "__main__":
    main(sys.argv[1:])
