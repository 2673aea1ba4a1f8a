"""Write tests/data/pii_heldout_v96.jsonl: a ninety-sixth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: games and play.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of MATH-500 test, AMC23 test,
    the English HateCheck CSV and the German Multilingual HateCheck CSV (for their fields); the other
    corpus files were only read by corpus.py. No folder under /work/shared/data was listed. GSM8K (train
    and test) was not used. Numbers were made and checked with phonenumbers only: drawn at random from a
    prefix (numbers.draw), kept when valid for the region and of the wanted type, and every written form
    parsed back to the same valid number of the stated region (local forms with trunk prefix and area code
    put back, numbers.put_back, asserted while building and again in checks.py); cards with Luhn, IBANs
    with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with ipaddress.
    Hard negatives are screened as v52 describes: each value on its own (every digit run of it parsed with
    parse + is_valid_number, then PhoneNumberMatcher at Leniency.VALID over the value) for the document's
    own, national and language home regions (and the region of its announced local numbers), plus the
    guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit windows of digit runs with spaces or
    dashes removed, mod-97 IBANs, IPv4/IPv6 tokens, SSN shapes), and each whole document again with its
    labelled spans blanked (checks.py repeats the whole-document screen). Digit runs are parsed on their
    own because parse() turns letters into keypad digits ('850 W max' reads as a German number). A value
    still dirty after 200 draws is dropped and another kind of the genre is drawn (negs.Drawer returns
    None); this happened twice in the shipped build. Written under a 35-minute limit, so cells are small
    (2-5 sentences per slot); English has all 8 genres, German 5, Dutch 5, French 4, Spanish 4, Italian 4,
    Portuguese 4, Hindi 3.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping, never touching a letter or digit;
    sidecar line i {"values": [...]} in span order, each value {kind, mode, text}, PHONE values also with
    region, e164, area_len; PHONE modes international, national, local-announced, list-entry, other).
    Subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each
    (IN: 40 in English, 35 in Hindi documents); area_len = the length of the document's area code,
    asserted equal to phonenumbers' geographical area code length, null for every other phone; text = the
    subscriber part only; a document's local numbers share one area code and the phrasing names its town
    (numbers.AREAS, 12 towns per region, none of v52's towns). AT/CH/BE/AU/IE documents write their own
    numbers internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five layouts new against v52: '- Label: <phone>', '<phone> (Label)',
    'Label<TAB><phone>', '* Label – <phone>', 'Label, tel. <phone>' (heads 'Club contacts', 'On the day',
    'Phone tree', 'Team numbers', 'Who to call', 'Kontakte', 'Am Spieltag', 'Telefonliste', 'Orga-Team',
    'Contacts du club', 'Le jour J', 'Qui appeler', 'Contactos', 'El día del torneo', 'A quién llamar',
    'Contatti', 'Chi chiamare', 'Contactpersonen', 'Op de speeldag', 'Belrooster', 'Contatos', 'No dia do
    evento', 'Telefones da organização', 'संपर्क नंबर', 'आयोजन के दिन'). No phone is split across lines;
    words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 8 genres, none
    in v52: esports (team tryouts, scrims, bootcamps), boardgame (board-game club nights and newsletters),
    escape (escape-room bookings and results), arcade (arcade parties and high-score walls), lan (LAN
    parties), gameshop (game-shop pre-orders and trade-ins), chess (club championships, junior camps),
    bridge (duplicate bridge clubs); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local
    numbers announced in new ways ('If you're calling from a Dayton landline, the arcade desk is just ...',
    'Omaha players: the front counter answers on ... – no area code needed in town', 'Local line for the
    Tulsa chess club (seven digits from anywhere in the city):', 'Calling from within Leeds? The club
    phone is simply', 'York members can ring the card room on ... (local call, leave off the dialling
    code)', 'Within Pune city, the chess academy's landline is ... (no STD code needed)', 'Aus dem Ortsnetz
    Kiel genügt für die Spielrunde', 'Ortsgespräch nach Bonn? Die Schachabteilung ist unter ... zu
    erreichen', 'Vereinsheim Erfurt, innerhalb der Stadt ohne Vorwahl:', 'Bel je vanuit Delft zelf, dan
    volstaat', 'Binnen Zwolle is de spellenwinkel te bereiken op ..., zonder kengetal', 'De fixo em Natal,
    a loja de jogos atende no', 'Em Recife, sem o DDD:', 'Quem está em Manaus liga para a lan house no',
    'Kochi शहर के अंदर शतरंज अकादमी का लैंडलाइन बस ... है', 'Surat में बिना कोड के ... डायल करें', ...,
    lex_*.LOCAL_*); cards for escape-room deposits, arcade party fees and shop orders, IBANs for entry fees,
    club subscriptions and donations, IPs of LAN game servers and tournament panels, SSNs on a US game
    shop's tax-exemption form (en_US gameshop only);
    38 hard-negative kinds (negs.KINDS), all used, none in v52's list, drawn by genre (compose.GENRE_NEGS)
    or by the sentence that carries them (compose.HINTS): Elo ratings, FIDE ids, chess move lists, time
    controls (90+30), round/board pairings, bridge contracts with scores, matchpoint percentages, IMPs,
    HCP ranges, bridge hands, SteamID64s (17 digits), Steam friend codes, Discord ids (18 digits), Switch
    friend codes (SW-1234-5678-9012), K/D/A lines, map scores, refresh rates and fps, mouse DPI and
    sensitivity, prize pools, escape-room booking references, escape times with hints, arcade high scores
    (1,234,500 pts), token prices, EAN-13 barcodes (valid check digit), ISBN-13s, trading-card collector
    numbers (027/198), dice notation (3d6+2), seat numbers, ladder ranks with MMR, army points, rule
    references (7.3.2), game patch numbers, PSU wattage, gift-card codes, bridge table movements, player
    count/time/age boxes, puzzle ids, season win-loss records;
    number habits (numbers.py), new against v52: US 312-533-0656, (312)533-0656, 312.533.0656,
    1.312.533.0656, 1-312-533-0656, +1-312-533-0656, +1 (312) 5330656, +1.312.533.0656, +1 312-533-0656,
    1 800 201 2904, (800) 201-2904, 1.800.201.2904; GB 0113-496-0018, 0113-4960018, (0113) 496 0018,
    020-7946-0018, (01603) 123 456, +44 (0)113 496 0018, +44 (0) 113 4960018, (+44) 113 4960018,
    +44-113-4960018,
    0800-123-4567, 0345 123 4567; DE (0221) 4567890, 0221-4567890, 0221 4 56 78 90, 0221 456 7890,
    +49 (0)221 4567890, +49 (0) 176 12345678, (+49) 176 12345678, 0800-1234567, 0800 1 23 45 67; FR
    04 44 78 76 74, 04.44.78.76.74, 0444 787 674, +33 4 44 78 76 74,
    +33 (0)4 44 78 76 74, +33.444787674, 0805.360.371; ES 93-641-28-61, 936-412-861,
    936.412.861, 936.41.28.61, +34 936 412 861, (+34) 936412861, +34.936412861, 900-47-50-18; IT
    06 7675 8513, 06.76758513, 06 76758513, (06) 7675 8513, 333 1234567, +39 06 7675 8513,
    (+39) 3331234567, 800.123456; NL 050 312 3456, (050) 312 34 56, 050/3123456, +31 (0)6 12345678,
    +31-6-12345678, 0800 123 45 67; PT 213 456 789, 21 345 6789, 912-345-678, (+351) 912345678,
    800 12 34 56; BR (51) 3222 1234, 51 3222.1234, (51) 3222-1234, (51)32221234, (51) 99876 5432,
    +55 (51) 32221234, +55-51-3222-1234, 0800 789 7520, 0800.789.7520; IN 020 2452 1234, (020) 24521234,
    020-24521234, 98765-43210, 9876543210, 09876543210, 987 654 3210, (+91) 98765 43210, +91 98765-43210,
    1800-4251234, 1800 4251234; AT/CH/BE/IE/AU +43 (0)1 23773053, +41 (0) 44 2966951, (+32) 2 5123456,
    +353-85-1234567; local forms 533.0656, 5330656, 533 - 0656, 496-0018, 7946-0018, 960-123,
    4 56 78 90, 456-7890, 4-56-78-90, 31 23 456, 312 3456, 12 34 56, 123-456, 3222.1234, 32221234,
    24521234, 2452-1234, 245 12 34.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 test problems (MIT), AMC23
    problems (MIT), English HateCheck test cases (CC BY 4.0) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they
    can still mention protected groups, violence or slurs in counter-speech; Portuguese cases carry pt_BR,
    English HateCheck en_GB); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run
    (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher flag. Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v96.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v96.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v96.stats [RECORDS VALUES]

Counts (seed 10096; `python -m benchmarks.pii_v96.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1208 {'corpus': 120, 'neg': 300, 'pos': 788}
    values: 1740 by kind: {'PHONE': 1516, 'EMAIL': 83, 'IBAN': 77, 'CREDIT_CARD': 45, 'IP_ADDRESS': 16,
            'US_SSN': 3}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 416, 'PHONE/list-entry': 394,
            'PHONE/international': 156, 'PHONE/other': 100, 'IBAN/print': 50, 'EMAIL/role': 42,
            'EMAIL/personal': 41, 'IBAN/electronic': 27, 'CREDIT_CARD/solid': 19, 'CREDIT_CARD/spaced':
            14, 'CREDIT_CARD/dashed': 12, 'IP_ADDRESS/v4-private': 8, 'IP_ADDRESS/v4': 5, 'IP_ADDRESS/v6':
            3, 'US_SSN/spaced': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    phones by region: {'AT': 9, 'AU': 11, 'BE': 24, 'BR': 160, 'CH': 18, 'DE': 161, 'ES': 72, 'FR': 100,
            'GB': 262, 'IE': 12, 'IN': 157, 'IT': 70, 'NL': 162, 'PT': 37, 'US': 261}
    genres: {'arcade': 70, 'boardgame': 168, 'bridge': 135, 'chess': 152, 'escape': 184, 'esports': 138,
            'gameshop': 127, 'lan': 114}
    languages (documents written here): {'de': 135, 'en': 451, 'es': 54, 'fr': 87, 'hi': 61, 'it': 63,
            'nl': 124, 'pt': 113}
    corpus: {'amc23-en': 10, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 684, kinds given up after 200 dirty values: 2 (another kind
            of the genre was drawn instead), hard-negative kinds used: 38
    US SSNs are few (3): only en_US gameshop documents carry them; IPs only appear in LAN documents.
"""

import json
import sys
from pathlib import Path

from .build import SEED, Builder

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v96.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v96_values.jsonl"


def write(records: Path, values: Path) -> Builder:
    b = Builder(SEED)
    docs = b.build()
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": d["values"]}, ensure_ascii=False) + "\n")
    return b


def main(argv: list[str]) -> None:
    records = Path(argv[0]) if argv else RECORDS
    values = Path(argv[1]) if len(argv) > 1 else VALUES
    b = write(records, values)
    print(f"documents written: {records}")
    print(
        f"document redraws: {b.doc_redraws}, value redraws: {b.c.drawer.redraws}, "
        f"kinds given up after 200 dirty values: {b.c.drawer.replaced}, "
        f"hard-negative kinds used: {len(b.c.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
