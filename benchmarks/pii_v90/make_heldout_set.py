"""Write tests/data/pii_heldout_v90.jsonl: a ninetieth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), on energy and home improvement.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of MATH-500, AMC23, the English
    HateCheck CSV and the header of the German Multilingual HateCheck CSV (for their fields). No folder
    outside this package and the writer's scratch folder was listed. The other corpus files were only read
    by corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers
    only: drawn at random from a prefix, kept when valid and of the wanted type, and every written form
    parsed back to the same valid number of the stated region (local forms with their area code and trunk
    prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national
    checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52
    describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID)
    for the document's own, national and language home regions (English also US), plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (a dirty
    document is redrawn; checks.py repeats the whole-document screen). A value still dirty after 200 draws
    would be replaced by a dash (negs.Drawer); in the shipped build none was (0). Written under a 35-minute
    limit, so cells are small (2-7 sentences per slot); English has all 6 genres, German 5, Dutch 5,
    French 4, Spanish 4, Italian 4, Portuguese 4, Hindi 4.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the announcement names its town. AT/CH/BE/AU/IE documents write their own
    numbers internationally only (also in their contact lists) and use DE, FR, NL or GB for national and
    service numbers (compose.LOCALES). Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in four new layouts: 'Label: <phone>', '<phone> (Label)', 'Label – <phone>'
    and '• Label, <phone>' (heads such as 'Contacts for your installation', 'Numbers to keep by the meter
    cupboard', 'Ihre Ansprechpartner am Bautag', 'Telefonliste Montage', 'Uw contactpersonen', 'Vos
    interlocuteurs chantier', 'Contactos de su instalación', 'I vostri referenti di cantiere', 'Seus
    contatos na obra', 'इंस्टॉलेशन संपर्क'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_fr_es_it.py, lex_pt_hi.py; compose.py): 6 genres, none in v52:
    solar (PV installer quotes, roof surveys, commissioning), heatpump (heat-pump design summaries and
    fitting letters), insulation (insulation grant outcomes, loft/cavity/external wall works), evcharger
    (EV charger surveys, bookings and handover sheets), advice (energy advice follow-ups), smartmeter
    (smart-meter and meter-exchange appointments); all sentences written fresh in en, de, fr, es, it, nl,
    pt, hi; local numbers announced in new ways, before, after, on the line below, in brackets and in
    reported speech ('Calling from a Denver landline? The install crew's dispatcher picks up at ...',
    '(From inside the Tulsa calling area the crew lead answers at ...)', 'The utility's Omaha
    interconnection clerk said, “Just call ... and ask for the solar queue.”', 'Same-town number for Dayton
    customers:' + newline, 'If you're ringing from a York landline you only need ... for the depot', 'Our
    Exeter branch (local calls, no code):', 'Within Leeds just dial' + newline, 'Local line, Cardiff
    showroom – ... (mornings best)', 'Customers in Pune can dial ... from a landline for the solar desk, no
    STD code needed', 'Aus dem Ortsnetz Kiel erreichen Sie unsere Montageplanung unter', 'In Bonn genügt
    die ... – ohne Vorwahl –', '„Rufen Sie einfach ... an, das ist bei Ihnen in Kassel ein Ortsgespräch“',
    'Wer im Stadtgebiet Dresden anruft, wählt für die Bauleitung nur', 'Belt u vanuit Delft? Dan is het
    netnummer niet nodig:', '“Gewoon ... draaien vanuit Zwolle,” zei de monteur', 'Binnen de regio Arnhem
    volstaat ... voor de showroom', 'Quem liga de um fixo de Recife fala com a equipe de instalação no',
    '“É só discar ... daqui de Natal”, disse o instalador', 'Jaipur शहर के लैंडलाइन से सोलर डेस्क का नंबर
    सिर्फ़ ... है', 'इंस्टॉलर ने कहा, “Indore से बस ... डायल कीजिए।”'); cards for deposits and balances of
    installations, IBANs for deposits, grant payouts and direct debits, IPs of inverter pages, heat-pump
    controllers, wallboxes, smart-meter gateways and charger back offices, SSNs on US rebate applications;
    44 hard-negative kinds (negs.KINDS), all used, none in v52's list: UK MPAN cores, gas meter point
    references, Dutch EAN connection codes, French PRM/PDL numbers, Spanish CUPS, Italian POD codes, German
    Zählpunkt ids, MaStR unit numbers, PV sizes in kWp, panel counts × Wp, annual yields in kWh, meter
    readings, unit rates (p/kWh, ct/kWh), standing charges, U-values, insulation thickness with λ, SCOP,
    design heat loss at outdoor temperature, flow/return temperatures, refrigerant charges, sound power at
    distance, breaker and RCD ratings, cable types with run lengths, charger power/current, EVSE ids, UK EPC
    report references (5 × 4 digits), EPC bands with scores, grant references, BEG funding references, DNO
    G98/G99 references, roof pitch/azimuth, GPS coordinates, panel dimensions, CO₂ savings, US permit
    numbers, SEER2/HSPF2 ratings, BTU/h capacities, ventilation airflow, hot-water cylinder sizes, air
    tightness q50, main fuse ratings, PV strings with Voc, appointment windows, loft areas;
    number habits (numbers.py): US 303-555-0123 style dashes, (303)555-0123, 303.555.0123, 1-303-...,
    1.303.555.0123, +1-303-..., +1 303-555-0123, +1.303.555.0123, (800) 555-0123, 800.555.0123,
    1 800 555 0123; GB 0113 496 0018, 01134960018, 0113-4960018, +44 (0)113 496 0018, +44 113 496 0018,
    07700 900123, 07700900123, 07700-900123, 0808 157 0123, 0300-1570123; DE (0341) 868 38 73,
    0341 8683873, 0341-8683873, +49 (0)341 8683873, +49 341 868 38 73, +49 (0) 341 8683873,
    0151-23456789, (0151) 23456789, (0800) 1234567, 0800 123 4567; FR 04.44.78.76.74, 04 44 78 76 74,
    0444787674, +33 (0)4 44 78 76 74, +33 4 44 78 76 74, 08.05.23.21.66; ES 914 957 656, 914957656,
    915 97 14 39, +34 915 97 14 39, +34 915971439, (+34) 914 957 656; IT 06 7675 8513, 06 76758513,
    06.76758513, 333 123 4567, 333.1234567, (+39) 06 76758513, 800 123 456, 800.123456; NL 020 312 3456,
    (020) 3123456, 020-312 3456, 06 12 34 56 78, 06-1234 5678, (+31) 20 3123456,
    +31 (0)20 312 3456, 0800 123 4567; PT 213 456 789, 213456789, 21 345 67 89, (+351) 213456789,
    +351 21 345 6789; BR (61) 5120-0903, 61 5120-0903, (061) 5120-0903, (61) 5120.0903, (21) 94789-6374,
    +55 11 5363 7762, +55 (11) 5363.7762, 0800 809 6421, 0 800 8096421; IN (022) 7654 4330, 022-76544330,
    +91 22 7654 4330, +91-22 76544330, 87084 14514, 08708414514, 087084-14514, 1800 356 8516,
    1800-3568516; AT/CH/BE/IE/AU with '(0)' ('+43 (0)664 3419811', '+41 (0)31 860 95 74',
    '+32 (0)3 428 79 28', '+353 (0)87 197 1269', '+61 (0)7 1384 4362'); local forms 754.9860, 204–9313
    (en dash), 252-9461, 519 2449, 484-8472, 736 768, 836 22 53, 27638-60 (extension style), 389813,
    424 9429, 331-9893, 7552444, 2139.6789, 3211 6933, 29574900, 7915-0709, 4708 7064, 28758802.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN and Luhn checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale, English from en_GB) and e-mail user names; company
    domains are invented (compose.STEMS); towns from numbers.AREAS; corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), HateCheck English cases and
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only
    cases labelled non-hateful are taken (they can still mention protected groups; Portuguese cases carry
    pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher (all 15
    regions of the set) flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v90.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v90.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v90.stats [RECORDS VALUES]

Counts (seed 10090; `python -m benchmarks.pii_v90.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1284 {'corpus': 120, 'neg': 290, 'pos': 874}
    values: 2327 by kind: {'PHONE': 1703, 'EMAIL': 313, 'IP_ADDRESS': 116, 'CREDIT_CARD': 107, 'IBAN': 82,
            'US_SSN': 6}
    modes: {'PHONE/national': 557, 'PHONE/local-announced': 450, 'PHONE/list-entry': 434, 'PHONE/other':
            201, 'EMAIL/personal': 172, 'EMAIL/role': 141, 'PHONE/international': 61,
            'IP_ADDRESS/v4-private': 51, 'IBAN/print': 43, 'CREDIT_CARD/spaced': 42, 'IBAN/electronic':
            39, 'CREDIT_CARD/solid': 37, 'IP_ADDRESS/v6': 35, 'IP_ADDRESS/v4': 30, 'CREDIT_CARD/dashed':
            28, 'US_SSN/dashed': 4, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'advice': 114, 'evcharger': 220, 'heatpump': 229, 'insulation': 169, 'smartmeter': 183,
            'solar': 249}
    languages (documents written here): {'de': 180, 'en': 413, 'es': 57, 'fr': 92, 'hi': 76, 'it': 57,
            'nl': 138, 'pt': 151}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 25, 'mhc-dutch-nl': 10, 'mhc-french-fr':
            10, 'mhc-german-de': 10, 'mhc-italian-it': 10, 'mhc-portuguese-pt': 10, 'mhc-spanish-es': 10}
    document redraws: 0, value redraws: 272, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 44
    US SSNs are few (6): only en_US advice documents carry them.
"""

import json
import random
import sys
from pathlib import Path

from . import compose, corpus
from . import numbers as N

SEED = 10090
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v90.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v90_values.jsonl"
# local-announced quota: (region, language, locale, count)
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
]
# other positive documents per locale, negatives per locale
POS_PLAN = {
    "en_US": 40,
    "en_GB": 40,
    "en_IN": 20,
    "en_IE": 20,
    "en_AU": 20,
    "de_DE": 30,
    "de_AT": 18,
    "de_CH": 18,
    "fr_FR": 35,
    "fr_BE": 15,
    "fr_CH": 12,
    "es_ES": 35,
    "it_IT": 35,
    "nl_NL": 25,
    "nl_BE": 18,
    "pt_PT": 30,
    "pt_BR": 20,
    "hi": 25,
}
NEG_PLAN = {
    "en_US": 30,
    "en_GB": 30,
    "en_IN": 15,
    "en_IE": 10,
    "en_AU": 10,
    "de_DE": 25,
    "de_AT": 8,
    "de_CH": 8,
    "fr_FR": 22,
    "fr_BE": 8,
    "es_ES": 22,
    "it_IT": 22,
    "nl_NL": 22,
    "nl_BE": 8,
    "pt_PT": 15,
    "pt_BR": 15,
    "hi": 20,
}


def lang_of(key):
    return ("hi", "en_IN") if key == "hi" else (compose.LOCALES[key][0], key)


def build():
    rng = random.Random(SEED)
    b = compose.Builder(rng)
    docs = []

    def add(locale, lang, kind, genre, text, spans, values):
        tag = f"hi-{genre}" if lang == "hi" else genre
        docs.append(
            (
                {"id": f"{locale}-{kind}-{tag}-{len(docs)}", "locale": locale, "text": text, "spans": spans},
                values,
            )
        )

    for region, lang, locale, quota in LOCAL_PLAN:
        towns = sorted(N.AREAS[region])
        left = quota
        while left:
            town = rng.choice(towns)
            n = min(left, rng.choice([1, 1, 2]))
            genre = rng.choice(sorted(compose.GENRES[lang]))
            text, spans, values = b.document(
                locale,
                lang,
                "pos",
                genre,
                local=(region, town, N.AREAS[region][town], n),
                listing=rng.random() < 0.15,
            )
            left -= sum(1 for v in values if v.get("mode") == "local-announced")
            assert left >= 0
            add(locale, lang, "pos", genre, text, spans, values)
    for key, count in POS_PLAN.items():
        lang, locale = lang_of(key)
        for _ in range(count):
            genre = rng.choice(sorted(compose.GENRES[lang]))
            text, spans, values = b.document(locale, lang, "pos", genre, listing=rng.random() < 0.2)
            add(locale, lang, "pos", genre, text, spans, values)
    for key, count in NEG_PLAN.items():
        lang, locale = lang_of(key)
        for _ in range(count):
            genre = rng.choice(sorted(compose.GENRES[lang]))
            text, spans, values = b.document(locale, lang, "neg", genre)
            add(locale, lang, "neg", genre, text, spans, values)
    for rec in corpus.build(rng):
        docs.append((rec, []))
    rng.shuffle(docs)
    return docs, b


def main(argv):
    rec_path = Path(argv[0]) if argv else RECORDS
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES
    docs, b = build()
    with open(rec_path, "w", encoding="utf-8") as f:
        for rec, _ in docs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for _, values in docs:
            f.write(json.dumps({"values": values}, ensure_ascii=False) + "\n")
    print(
        f"documents {len(docs)}; document redraws {b.doc_redraws}; value redraws {b.drawer.redraws}; "
        f"replaced {b.drawer.replaced}; hard-negative kinds used {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
