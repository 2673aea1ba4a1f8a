"""Write tests/data/pii_heldout_v85.jsonl: an eighty-fifth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: cycling.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (three levels), the first few
    hundred bytes of AMC23, MATH-500, the Dutch Multilingual HateCheck CSV and the English HateCheck CSV
    (for their fields); a listing of .venv/bin and of stdnum/it/, Faker's list of locales and the help text
    of stdnum.iban.calc_check_digits. The corpus files are otherwise only read by corpus.py. GSM8K (train
    and test) was not used. Numbers were made and checked with phonenumbers only: drawn at random from a
    prefix or area code, kept when valid and of the wanted type (fixed line, mobile, or toll-free /
    shared-cost / UAN), and every written form parsed back to the same valid number of the stated region
    (local forms with their area code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs
    with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with ipaddress.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language home regions, plus
    the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed,
    mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced by
    a dash (negs.Drawer); in the shipped build none was (0), after axle standards were written with '×'
    and brake rotors with 'Ø' (phonenumbers.parse reads letters such as 'x' and 'mm' as keypad digits).
    Written under a 35-minute limit, so cells are small (2-6 sentences per slot); English has all 7
    genres, German 6, Dutch 6, Portuguese 5, French 4, Spanish 4, Italian 4, Hindi 4. The document text
    lives in lex_<lang>.txt (read by lexicon.py), so that no Python line is over 110 characters.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. International numbers are the document's own region's three times in
    four, otherwise any of the 15 regions. Hindi documents carry the locale en_IN and 'hi-' before the
    genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed (Visa, Mastercard, Amex 4-6-5), IBAN print/electronic, IP_ADDRESS
    v4/v4-private/v6, US_SSN spaced/dashed (only en_US courier documents, a contractor's W-9). 'other' =
    toll-free, shared-cost or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact
    block at the end of a document, one per line, in five new layouts: 'Label: <phone>', '<phone> –
    Label', '• Label, <phone>', '<phone> (Label)', 'Label – tel. <phone>' (tel. / Tel. / tél. / फ़ोन),
    with new heads ('Numbers to keep handy', 'Ride-day contacts', 'Workshop lines', 'Who to call on the
    day', 'Telefonnummern für unterwegs', 'Kontakt am Veranstaltungstag', 'Werkstatt und Verleih', 'Pour
    nous joindre', 'Contacts le jour de l'épreuve', 'Contactos del evento', 'Contatti utili per la gara',
    'Handige nummers voor onderweg', 'Contatos do passeio', 'Telefones da oficina', 'संपर्क नंबर', ...).
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_*.txt, lexicon.py, compose.py): 7 cycling genres, none in v52: shop (bike-shop orders and
    collection notes), repair (workshop job cards, estimates), club (club runs and newsletters), sportive
    (rider information packs), hire (bike and e-bike hire, docking stations), courier (cycle-courier
    dispatch and rider onboarding), c2w (Cycle to Work / Dienstrad-Leasing / fietsplan letters); all
    sentences written fresh in en, de, fr, es, it, nl, pt, hi. Local numbers announced in new ways, before,
    after, on the line above, in a remark in brackets and in quoted speech: 'Local riders can just call ...
    - we're on the south side of Denver by the trailhead', 'Anyone in Omaha can reach the shop floor at ...
    without dialing the area code; the service desk is ...', 'Say "Tulsa store" to the operator, or if
    you're calling from a Tulsa landline just dial ...', '(From anywhere in Reno: ...)', 'Our Dayton
    location - seven digits from a local phone:', 'Ringing from Leeds? You can drop the dialling code',
    'Our York branch, from a local landline:' (numbers on the lines below), 'no code needed from a Norwich
    phone', 'if you're dialling from the same exchange', '"Just ring ... if you're in Cardiff," ... said',
    'Pune customers can call the showroom on ... from any local landline, no STD code needed', 'Local
    landline, Kochi:', 'Aus dem Leipziger Ortsnetz einfach ... wählen', 'vom Festnetz in Kassel ohne
    Vorwahl:', '„Aus Bamberg selbst reicht die ...“', '(Ortsgespräch Bremen: ...)', 'Radstation Dresden,
    Ortsnummer:', 'Vanuit Zwolle bel je zonder netnummer', 'Bel je uit de regio Delft? Dan is het gewoon',
    'Binnen Alkmaar volstaat', '"Vanaf een vaste lijn in Haarlem is het ...," zegt', 'Para quem liga de
    Recife, é só discar ..., sem o DDD', 'Ligando de um fixo de Natal? Disque direto', 'Oficina Manaus -
    número local:', 'Jaipur शहर के लैंडलाइन से शोरूम सीधे ... पर मिलता है, कोड लगाने की ज़रूरत नहीं', 'अगर आप
    Lucknow से ही फ़ोन कर रहे हैं तो बस ... मिलाइए' (town names vary); cards for hire deposits, shop
    deposits, sportive entry fees and bike-to-work balances, IBANs for club dues, parts-deposit refunds and
    courier payouts, IPs of docking-station controllers, e-bike motor diagnostic laptops, shop tills and
    courier dispatch tablets, SSNs on cycle-courier contractor forms;
    48 hard-negative kinds (negs.KINDS), all used, none in v52's list: frame numbers, ETRTO tyre sizes,
    tyre sizes (700x28c, 29 x 2.4), tyre pressures (bar / psi), cassette ranges (11-34), chainrings
    (50/34T), crank lengths, frame sizes, spoke lengths, torque specs, route distance and climbing, power
    (W), heart rate (bpm), bib numbers, timing-chip codes, start waves (07:30–08:25), GPS coordinates,
    Komoot tour ids (10 digits), docking-station and dock numbers, hire release codes (digits 1-3), lock
    combinations, cycle-to-work certificate numbers, salary-sacrifice amounts, EN ISO 4210 standards,
    Shimano part numbers, SRAM part numbers (00.1234.567.890), e-bike battery voltage/capacity, battery
    key numbers, UCI ids (100 123 456 78), club membership numbers, cycling insurance policy numbers, UPU
    S10 consignment numbers (with their check digit), delivery windows, rim ERD, bike weights, workshop job
    cards, hire booking references, hire rates (day/week), cadence (rpm), thru-axle standards (12 × 142
    mm), chain wear, bottom-bracket standards, Strava activity ids (11 digits), parcel dimensions, e-bike
    odometer readings, brake rotor sizes (Ø 180 / Ø 160), gradients, temperature ranges;
    number habits (habits.py): US 303.642.8123, (303)642-8123, 1-303-642-8123, 1.800.642.8123,
    +1-303-642-8123, +1.303.642.8123, +1 303-642-8123; GB 0113-496-0018, 0161 496 0018, (029) 2018 0018,
    029-2018-0018, 01223 456789, 01603-456789, 07700-900-123, 07700900123, 07700 900123, 0800-123-4567,
    +44 (0)161 4960018, +44 (0) 7700 900123, +44-7700-900123; DE (0341) 45 67 89, 0341 456789,
    0341-45 67 89, 0341 45678-0 (switchboard -0), 0176 12345678, 0176-12345678, (0176) 1234 5678,
    0800 123 4567, +49 (0)341 456789, +49 (0) 176 12345678, +49 176 / 12345678; FR 04.44.78.76.74,
    04 44 78 76 74, 0444787674, 08 05 36 03 71, 0800.36.03.71, +33 (0)4 44 78 76 74, +33.4.44.78.76.74,
    (+33) 4 44787674; ES 936 41 28 61, 936412861, 936.412.861, (+34) 936 412 861, +34 936 41 28 61; IT
    06 7675 8513, 06.76758513, (06) 76758513, 333 123 4567, 333.123.4567, 800.123456, (+39) 06 76758513,
    +39 333 123 4567, +39-333-1234567; NL (050) 312 34 56, 050 312 3456, 050.3123456, (0570) 612 345,
    0570 61 23 45, 06 12 34 56 78, 06 123 456 78, (06) 12345678, 0800.1234567, +31 (0)50 3123456,
    +31-6-12345678, (+31) 6 12345678; PT 213 456 789, 213456789, 213.456.789, 800 12 34 56,
    (+351) 912 345 678, +351 213 45 67 89; BR (51) 3222 1234, 51 32221234, (51)3222.1234,
    (41) 99876-5432, 41 99876-5432, (41) 998765432, 0800 789 7520, 0800.789.7520, +55 51 3222 1234,
    +55 (41) 99876.5432, +55-41-99876-5432; IN (020) 24521234, 020 2452 1234, 020-2452-1234,
    98765 43210, 9876543210, 098765-43210, 18004251234, +91 98765 43210, (+91) 9876543210,
    +91 20 2452 1234, +91.9876543210; CH/AT/BE/IE/AU '+41 (0)44 215 24 49', '+41.31.640.05.75',
    '(+41) 79 0926685', '+43 (0)316 2766764', '+43 676 / 6323104', '+32 (0)2 247 40 82',
    '(+32) 488 770046', '+353 (0)1 2835904', '(+353) 85 011 4340', '+61 (0)3 5117 0220',
    '(+61) 466 949135'; local forms 642.8123, 642–8123 (en dash), 496 0018, 496-0018, 7946-0018,
    7946.0018, 45 67 89, 456-789, 456 789, 4567-89, 45-6789, 45678-0, 3123456, 312 3456, 312-3456, 3222 1234,
    32221234, 3222.1234, 2452-1234, 24521234, 24 521 234, 234-0157, 2340157, 234 0157.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale); e-mail user names from those names (ASCII-folded) at each
    region's common free-mail domains, role addresses at invented shop domains (values.SHOPWORD); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck Dutch, French, German,
    Italian, Portuguese, Spanish cases (CC BY 4.0); only cases labelled non-hateful are taken (they can
    still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no
    '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v85.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v85.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v85.stats [RECORDS VALUES]

Counts (seed 10085; `python -m benchmarks.pii_v85.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1235 {'corpus': 125, 'neg': 299, 'pos': 811}
    values: 2592 by kind: {'PHONE': 1690, 'EMAIL': 466, 'CREDIT_CARD': 167, 'IP_ADDRESS': 142, 'IBAN': 121,
            'US_SSN': 6}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 434, 'PHONE/list-entry': 374,
            'EMAIL/role': 297, 'PHONE/international': 284, 'EMAIL/personal': 169, 'PHONE/other': 148,
            'IBAN/print': 77, 'CREDIT_CARD/spaced': 65, 'IP_ADDRESS/v4': 64, 'CREDIT_CARD/solid': 57,
            'CREDIT_CARD/dashed': 45, 'IBAN/electronic': 44, 'IP_ADDRESS/v6': 40, 'IP_ADDRESS/v4-private':
            38, 'US_SSN/dashed': 5, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'c2w': 115, 'club': 190, 'courier': 101, 'hire': 200, 'repair': 215, 'shop': 153,
            'sportive': 136}
    languages (documents written here): {'de': 167, 'en': 389, 'es': 57, 'fr': 65, 'hi': 76, 'it': 57,
            'nl': 155, 'pt': 144}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 35, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 465, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 48
    US SSNs are few (6): only en_US courier documents carry them.
"""

import json
import random
import sys

from . import compose, corpus, negs
from . import numbers as nums
from .lexicon import LEX

SEED = 10085
OUT = ("tests/data/pii_heldout_v85.jsonl", "tests/data/pii_heldout_v85_values.jsonl")
LOCAL = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
]
POS = {"en": 165, "de": 70, "nl": 60, "pt": 55, "fr": 40, "es": 35, "it": 35, "hi": 30}
NEG = {"en": 90, "de": 45, "nl": 40, "pt": 35, "fr": 25, "es": 22, "it": 22, "hi": 20}


class Stats:
    doc_redraws = 0


def _make(rng, drawer, n, locale, lang, genre, pol, local=None):
    for _ in range(100):
        d = compose.build_doc(rng, drawer, locale, lang, genre, pol, rng.randrange(2**31), local)
        if not compose.screen_doc(d):
            break
        Stats.doc_redraws += 1
    else:
        raise RuntimeError("document stays dirty")
    g = f"hi-{genre}" if lang == "hi" else genre
    rec = {"id": f"{locale}-{pol}-{g}-{n}", "locale": locale, "text": d.text, "spans": d.spans}
    return rec, {"values": d.values}, genre, lang


def build(seed=SEED):
    rng = random.Random(seed)
    drawer = negs.Drawer(rng)
    out, n = [], 0
    for region, lang, locale, quota in LOCAL:
        left = quota
        while left:
            town, area = rng.choice(nums.AREAS[region])
            k = 2 if left >= 2 and rng.random() < 0.4 else 1
            genre = rng.choice(sorted(LEX[lang]["genre"]))
            n += 1
            out.append(_make(rng, drawer, n, locale, lang, genre, "pos", (region, town, area, k)))
            left -= k
    for table, pol in ((POS, "pos"), (NEG, "neg")):
        for lang, count in table.items():
            locs = compose.LANG_LOCALES[lang]
            for _ in range(count):
                locale = rng.choices(list(locs), list(locs.values()))[0]
                genre = rng.choice(sorted(LEX[lang]["genre"]))
                n += 1
                out.append(_make(rng, drawer, n, locale, lang, genre, pol))
    for rec in corpus.corpus_records(rng):
        out.append((rec, {"values": []}, None, None))
    rng.shuffle(out)
    return out, drawer


def write(out, paths=OUT):
    with open(paths[0], "w", encoding="utf-8") as f:
        for rec, _, _, _ in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(paths[1], "w", encoding="utf-8") as f:
        for _, vals, _, _ in out:
            f.write(json.dumps(vals, ensure_ascii=False) + "\n")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    paths = tuple(argv[:2]) if len(argv) >= 2 else OUT
    out, drawer = build()
    write(out, paths)
    print(
        f"wrote {len(out)} documents; document redraws {Stats.doc_redraws}, value redraws {drawer.redraws}, "
        f"replaced {drawer.replaced}, kinds used {len(drawer.used)}"
    )


if __name__ == "__main__":
    main()
