"""Write tests/data/pii_heldout_v77.jsonl: a seventy-seventh, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: maritime life,
harbours and boating (marinas, harbour masters, boatyards, ferries, sailing schools, fishing co-operatives,
lifeboat stations).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and of its
    multilingual_hatecheck folder, the first few hundred bytes of MATH-500, AMC23 and hh-rlhf harmless-base
    test, and the header and first two rows of the English HateCheck and the Dutch Multilingual HateCheck
    CSVs (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test)
    was not used. One slip: at the very start a single `ls -la` of the brief's hand-over folder showed its
    file names; nothing else in it was opened. Numbers were made and checked with phonenumbers only: drawn
    at random from a prefix, kept when valid and of the wanted type (numbers.draw, areas.draw_local), and
    every written form parsed back to the same valid number of the stated region (local forms with trunk
    prefix and area code put back, numbers.put_back, and the geographic area code length asserted equal to
    area_len); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the
    SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each value on
    its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own,
    national and language home regions (plus US for English, BR for pt_BR), plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (a dirty
    document is drawn again; checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0). Ship MMSIs
    (9 digits) were dropped as a kind: almost every draw parses as a valid German number. Written under a
    35-minute limit, so cells are small (2-3 titles, 3-8 sentences); English has all 7 genres, German 5,
    Dutch 5, French 4, Portuguese 4, Spanish 3, Italian 3, Hindi 3.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town (Hindi documents name it in Devanagari).
    AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB for
    national, list and service numbers (build.LOCALES); no 00 prefixes. Hindi documents carry the locale
    en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build
    order) or <source>-<language>-<row> (corpus); shuffled with the seed. Other modes: EMAIL personal/role,
    CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in five new layouts:
    '• Label: <phone>', 'Label<TAB><phone>', '<phone> (Label)', 'Label – <phone>', 'Label ☎ <phone>'
    (heads 'Harbour contacts', 'Numbers for the pontoon', "Who's who at the yard", 'Crew contacts',
    'Kontakte im Hafen', 'Telefonliste Steg', 'Contacts du port', 'Annuaire de la station',
    'Havencontacten', 'Telefoonlijst werf', 'Contactos del puerto', 'Teléfonos de la lonja', 'Recapiti del
    porto', 'Rubrica del cantiere', 'Contatos do porto', 'Ramais do píer', 'बंदरगाह संपर्क', 'घाट के फ़ोन').
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_nl.py, lex_es_it_pt_hi.py; build.py): 7 genres, none in v52: marina
    (berth-holder bulletins, visitor berth confirmations), harbour (harbour master's notices, local notices
    to mariners), boatyard (winter-works estimates, job sheets), ferry (service updates, crossing
    confirmations), sailschool (joining instructions), fishcoop (co-operative circulars, market reports),
    lifeboat (station news, supporters' updates); all sentences written fresh in en, de, fr, es, it, nl,
    pt, hi; local numbers announced in new ways (L lines, before, after, in quoted speech and as a
    parenthesised remark: 'Calling from a Mystic landline? The dock office is simply ... – no area code
    needed', 'Around Oban most people just ring ... for the harbour office; the boatyard is ...', 'The fuel
    dock is ... if you're in Leith (out-of-towners will need the area code)', '"Ring us on ...," the
    harbourmaster said, "anyone in Duluth knows the number."', 'Lifeboat shop (local calls, Falmouth):',
    'Within the Kochi exchange, the co-op ice plant is', 'Aus dem Ortsnetz Kiel erreichen Sie das
    Hafenbüro einfach unter', 'In Emden selbst genügt die ... – ohne Vorwahl', '„Einfach ... wählen“, sagt
    der Hafenmeister, „jeder in Cuxhaven kennt die Nummer.“', 'Fähranleger Rostock, aus dem Ort: ...;
    Fundbüro ...', 'Belt u vanuit Urk? Dan is het havenkantoor gewoon', 'In Harlingen zelf volstaat ...,
    zonder kengetal', 'Veerhuis Vlissingen (lokaal):', 'Ligando de um fixo de Santos? A secretaria da marina
    é só', 'Quem é de Itajaí liga direto para o píer: ..., sem DDD', 'Terminal das barcas em Niterói,
    ligação local:', 'पणजी के लैंडलाइन से जेटी ऑफ़िस का नंबर सीधे ... है', '"... मिलाइए," हार्बर मास्टर ने
    कहा, "कोच्चि में सब यह नंबर जानते हैं।"'); cards for berth and access-card deposits, ferry fares,
    course fees, crane deposits and co-op fuel cards; IBANs for annual berth fees, port dues and auction
    payouts; IPs for pontoon Wi-Fi ranges and the harbour webcam; SSNs on a US boat-refit loan form;
    43 hard-negative kinds (negs.KINDS), all used, none in v52's list: coast-station MMSIs (00 + MID),
    IMO numbers with their check digit, radio call signs, VHF channels, VHF frequencies, positions
    (degrees and decimal minutes, or decimal degrees), tide times and heights, berth and pontoon numbers,
    CE hull identification numbers, sail numbers, engine hours, length × beam, fuel and paint litres,
    ferry timetables, booking references, cabin numbers, wind (direction, Beaufort range, gusts in knots),
    barometric pressure, charted depths, chart numbers, notices to mariners (14/2025), light
    characteristics (Fl(3) WRG 15s 12M), fishing-vessel port registrations (PZ 1127), catch weights,
    prices per kg, auction lot numbers, quota references, lifeboat official numbers (ON 1314), lifeboat
    operational numbers (13-07), launch and return times, gate codes, shore-power meter readings, propeller
    sizes, engine serial numbers, certificate numbers (ICC-48213/25), gross tonnage, EPIRB hex ids
    (15 hex digits), mooring buoy numbers, tidal coefficients, water temperatures, waypoints, harbour
    dues per metre, crossing numbers;
    number habits (numbers.py): US 312.533.0656, 312-533-0656, (312)533-0656, 1.312.533.0656, +1-312-533-0656,
    +1 312-533-0656, +1.312.533.0656, 800.201.2904, 1.877.201.2904; GB 0161 496 0018, 0161-496-0018, 0207 946
    0018, (020) 7946 0018, 01752 481 234, 07700900123, 0770 090 0123, 07700-900123, 0808-157-0192,
    +44 (0)161 496 0018, +44 (0)7700 900123; DE 0431 1234567, (0431) 1 23 45 67, 0431-1234567,
    0171 2345678, 0171-2345678, 0800 123 4567, 0800-1234567, +49 (0)431 123 4567, +49 (0)171 2345678; FR
    02 98 44 12 34, 02.98.44.12.34, 06.12.34.56.78, 08 00 12 34 56, 0805 12 34 56, +33 (0)2 98 44 12 34;
    ES 986 41 28 61, 986412861, 612-345-678, 900-123-456, +34 986 41 28 61, +34 612 345 678; IT 010 246
    8135, 010.2468135, 333 123 4567, 333.1234567, 800.123.456, +39 010 246 8135; NL 010 312 3456, 0223 61
    23 45, (010) 3 12 34 56, 06 12 34 56 78, 06-1234 5678, 0800 022 4455, +31 (0)10 312 3456,
    +31 (0)6 12345678; PT 213 456 789, 213456789, 800 20 12 34, +351 912 345 678; BR (13) 3222 1234,
    13 3222.1234, (13) 99876-5432, 13 99876.5432, 0800 789 7520, 0800 7897520, +55 13 3222 1234; IN 0484
    2712345, (0484) 271 2345, 98765 43210, 098765-43210, 18004251234, +91 484 271 2345; AT/CH/BE/IE/AU
    '+43 (0)662 123 4567', '+41 (0)44 296 69 51', '+32 (0)2 512 34 56', '+353 (0)87 123 4567', '+61 (0)412
    345 678'; local forms 533.0656, 5330656, 496-0018, 1 23 45 67, 12 34 56 78, 31 23 456, 61 23 45,
    3222.1234, 32221234, 2712345, 271-2345, 2452-1234, 24521234. Some plain forms (e.g. '+44 161 496
    0018', '+31 6 12345678', '533 0656') are drawn too, as the plain international or local layout.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (each locale's own; Hindi documents
    from hi_IN, in Devanagari) and e-mail user names and domains (en_US); towns from areas.AREAS; corpus
    negatives untouched from /work/shared/data: MATH-500 test problems (MIT), AMC23 problems (MIT),
    hh-rlhf harmless-base test 'chosen' dialogues (MIT), HateCheck English and Multilingual HateCheck
    German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled
    non-hateful are taken (they can still mention protected groups or swear; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row =
    0-based data row (CSV) or line (JSONL).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v77.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v77.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v77.stats [RECORDS VALUES]

Counts (seed 10077; `python -m benchmarks.pii_v77.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1257 {'corpus': 118, 'neg': 310, 'pos': 829}
    values: 2613 by kind: {'PHONE': 2202, 'EMAIL': 276, 'CREDIT_CARD': 62, 'IBAN': 40, 'IP_ADDRESS': 32,
            'US_SSN': 1}
    modes: {'PHONE/national': 1073, 'PHONE/local-announced': 450, 'PHONE/list-entry': 341, 'EMAIL/role':
            234, 'PHONE/international': 233, 'PHONE/other': 105, 'EMAIL/personal': 42, 'CREDIT_CARD/dashed':
            24, 'IBAN/print': 22, 'CREDIT_CARD/spaced': 20, 'CREDIT_CARD/solid': 18, 'IBAN/electronic': 18,
            'IP_ADDRESS/v4-private': 16, 'IP_ADDRESS/v4': 10, 'IP_ADDRESS/v6': 6, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'boatyard': 151, 'ferry': 232, 'fishcoop': 195, 'harbour': 156, 'lifeboat': 104, 'marina': 187,
            'sailschool': 114}
    languages (documents written here): {'de': 165, 'en': 433, 'es': 60, 'fr': 78, 'hi': 69, 'it': 54, 'nl':
            156, 'pt': 124}
    corpus: {'amc23-en': 10, 'hatecheck-en': 10, 'hhrlhf-en': 25, 'math500-en': 25, 'mhc-dutch': 8,
            'mhc-french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 105, kinds replaced after 200 dirty values: 0,
        hard-negative kinds used: 43 (of 43)
    US SSNs are few (1): only en_US boatyard documents carry them (a boat-refit loan form).
"""

import json
import random
import sys
from pathlib import Path

from . import areas, corpus, negs
from .build import LOCALES, Builder

SEED = 10077
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v77.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v77_values.jsonl"
LANG_LOCALES = {
    "en": ["en_US", "en_US", "en_GB", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_DE", "de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_FR", "fr_BE", "fr_CH"],
    "nl": ["nl_NL", "nl_NL", "nl_BE"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "pt": ["pt_PT", "pt_BR"],
    "hi": ["en_IN"],
}
LANG_WEIGHTS = {"en": 34, "de": 14, "nl": 12, "fr": 11, "pt": 10, "es": 6, "it": 6, "hi": 7}
LOCAL_PLAN = [
    ("US", "en", 75),
    ("GB", "en", 75),
    ("DE", "de", 75),
    ("NL", "nl", 75),
    ("BR", "pt", 75),
    ("IN", "en", 40),
    ("IN", "hi", 35),
]
LOCAL_LOCALE = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "NL": "nl_NL", "BR": "pt_BR", "IN": "en_IN"}
N_POS, N_NEG = 470, 310


class Stats:
    doc_redraws = 0


def dirty(text, spans, regions):
    chars = list(text)
    for s in spans:
        chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
    blank = "".join(chars)
    return bool(negs.phone_hits(blank, regions) or negs.guard_hits(blank))


def make_doc(b, ctx, kind, phrase=None):
    while True:
        text, spans, values = b.document(ctx, kind, phrase)
        if not dirty(text, spans, ctx["regions"]):
            return text, spans, values
        Stats.doc_redraws += 1


def ident(ctx, kind, n):
    hi = "hi-" if ctx["lang"] == "hi" else ""
    return "%s-%s-%s%s-%d" % (ctx["locale"], kind, hi, ctx["genre"], n)


def build():
    rng = random.Random(SEED)
    b = Builder(rng, SEED)
    out = []
    for region, lang, target in LOCAL_PLAN:
        done = 0
        while done < target:
            locale = LOCAL_LOCALE[region]
            town, area = rng.choice(areas.AREAS[region])
            phrase = rng.choice([p for p in b.locals[lang] if p.count("{L}") <= target - done])
            ctx = {
                "locale": locale,
                "lang": lang,
                "genre": rng.choice(sorted(b.cells[lang])),
                "region": region,
                "area": area,
                "regions": b.regions(locale, lang),
                "town": areas.HINDI_TOWN[town] if lang == "hi" else town,
            }
            text, spans, values = make_doc(b, ctx, "pos", phrase)
            done += phrase.count("{L}")
            out.append(
                ({"id": ident(ctx, "pos", len(out)), "locale": locale, "text": text, "spans": spans}, values)
            )
    langs = sorted(LANG_WEIGHTS)
    for kind, count in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(count):
            lang = rng.choices(langs, [LANG_WEIGHTS[x] for x in langs])[0]
            locale = rng.choice(LANG_LOCALES[lang])
            ctx = {
                "locale": locale,
                "lang": lang,
                "genre": rng.choice(sorted(b.cells[lang])),
                "regions": b.regions(locale, lang),
            }
            text, spans, values = make_doc(b, ctx, kind)
            out.append(
                ({"id": ident(ctx, kind, len(out)), "locale": locale, "text": text, "spans": spans}, values)
            )
    for rec in corpus.draw(rng):
        out.append((rec, []))
    rng.shuffle(out)
    info = {
        "doc_redraws": Stats.doc_redraws,
        "value_redraws": b.drawer.redraws,
        "kinds_replaced": b.drawer.replaced,
        "kinds_used": len(b.drawer.used),
    }
    return out, info


def write(out, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as f:
        for rec, _ in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(values, "w", encoding="utf-8") as f:
        for _, vals in out:
            f.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    out, info = build()
    if len(argv) == 2:
        write(out, Path(argv[0]), Path(argv[1]))
    else:
        write(out)
    print(json.dumps(info))
    assert set(LOCALES)


if __name__ == "__main__":
    main(sys.argv[1:])
