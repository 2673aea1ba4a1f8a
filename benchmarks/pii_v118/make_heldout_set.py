"""Write tests/data/pii_heldout_v118.jsonl: a 118th, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), set in amateur radio, electronics
and maker spaces.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (top level) and of its
    multilingual_hatecheck folder, the first few hundred bytes of the German Multilingual HateCheck CSV, the
    English HateCheck CSV, MATH-500 and AMC23 (for their fields); the other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix (numbers.PREFIXES), kept when valid, of the wanted type and region, and
    every written form parsed back to the same valid number of the stated region (local forms with their
    area code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum
    (check digits from calc_check_digits, kept only when iban.is_valid, which includes national checks),
    SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes:
    each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the
    document's own, national and language home regions (en: US and GB, pt: PT and BR), plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced by
    a dash (negs.Drawer); in the shipped build none was (0), after QSO times were written '14 Mar 2025,
    14:32 UTC' (the ISO '2025-03-14 1432Z' kept parsing as a German number). Repeater frequencies and
    other decimals of the negatives are written with a decimal comma in non-English documents.
    Written under a 35-minute limit, so cells are small (2-5 sentences per slot); English has all 11
    genres, German 7, Dutch 6, French 6, Portuguese 6, Spanish 5, Italian 5, Hindi 5.
    Emphasis: amateur radio, electronics and maker spaces.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers (build.LOCALES);
    no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free numbers (phonenumbers' type is
    checked). list-entry = a phone in a contact block at the end of a document, one per line, in five new
    layouts: 'Label: <phone>', '• Label — <phone>', '<phone> (Label)', 'Label = <phone>' and
    'Label, tel. <phone>' (heads 'Club contacts', 'Handy numbers for the weekend', 'Net control and
    backups', 'Shack phone list', 'Telefonliste des Ortsverbands', 'So erreichen Sie uns', 'Annuaire du
    radio-club', 'Joindre l'équipe', 'Contactos del radioclub', 'A quién llamar', 'Recapiti della sezione',
    'Chi chiamare', 'Telefoonlijst vereniging', 'Zo bereikt u ons', 'Contatos do radioclube', 'Fale com a
    gente', 'क्लब संपर्क', 'फ़ोन सूची'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_nl_pt_hi.py; build.py): 11 genres, none in v52: repeater (repeater
    status sheets), clubnet (net schedules), contest (contest logs, results, log-check queries),
    repaircafe (repair-café intake slips and notices), hackerspace (induction notes, member handbooks),
    surplus (electronics surplus lists and orders), fieldday (field days and portable activations), qsl
    (QSL bureau notices), exam (licence exam sessions; the only place US SSNs appear, on old VE forms),
    kitshop (kit orders and build help), emcomm (RAYNET/ARES activation rosters); all sentences written
    fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('If you're calling from
    inside Dayton, the club shack answers on ... - seven digits, no area code', 'Tacoma hams: the repeater
    trustee picks up on ...; the backup trustee is at ...', 'Folks around Duluth can just dial ... for the
    repair table', 'Local to Fresno? The shop line is ..., and after hours try ...', 'From a Leeds landline
    you can drop the code: the clubhouse is ...', 'In York itself, ring the repair café on ... (the evening
    number is ...)', 'Space members in Exeter can reach the keyholder on ... without dialling the area
    code', 'Within Pune, call the club station at ...; without the STD code it works from any landline in
    the city', 'For Jaipur members, the workshop landline is ... and the secretary's is ...', 'Aus dem
    Ulmer Ortsnetz erreichen Sie das Clubheim direkt unter ...', 'Im Stadtgebiet Kassel genügt für die
    Werkstatt die ..., für den Vorsitzenden die ...', 'Ortsgespräch in Potsdam? Dann einfach ... wählen',
    'Binnen Zwolle belt u het clubhuis gewoon op ..., zonder kengetal', 'Vanuit het netnummergebied
    Nijmegen: werkplaats ..., voorzitter ...', 'Woont u in de regio Haarlem? Toets dan alleen ...', 'Em
    Recife, de telefone fixo da cidade, o clube atende no ...', 'Para quem liga de dentro de Manaus:
    oficina ..., secretaria ...', 'Ligando de Natal mesmo? É só discar ...', 'Kochi शहर के अंदर से क्लब
    स्टेशन का नंबर सिर्फ़ ... है, STD कोड की ज़रूरत नहीं', 'Indore के सदस्यों के लिए वर्कशॉप ... और सचिव
    ...'); towns (numbers.AREAS) all new: Albuquerque, Dayton, Fresno, Duluth, Savannah, Tacoma, Lubbock,
    Burlington; Leeds, Sheffield, Nottingham, Cardiff, Norwich, York, Exeter; Kassel, Ulm, Würzburg,
    Bielefeld, Regensburg, Potsdam, Lübeck; Groningen, Zwolle, Nijmegen, Enschede, Maastricht, Haarlem,
    Arnhem; Campinas, Recife, Manaus, Florianópolis, Goiânia, Natal; Pune, Jaipur, Lucknow, Kochi, Indore,
    Coimbatore, Ahmedabad; cards for surplus and kit orders and repair-café donations, IBANs for club and
    hackerspace dues and repair-café donations, IPs of repeater controllers, HamNet pages, member wikis,
    kit firmware servers and Winlink gateways, SSNs on exam forms;
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: repeater output frequencies, offsets
    with CTCSS tones, call signs, Maidenhead grid locators, DMR ids (7 digits), DMR talkgroups, EchoLink
    nodes, AllStar nodes, contest exchanges (599 0147), QSO times, SWR and power, component values,
    semiconductor part numbers, date codes, FCC FRNs (10 digits, leading 00), CQ/ITU zones, POTA/SOTA/WWFF
    references, IOTA references, antenna dimensions, PSU ratings, hackerspace member numbers, RFID fob
    ids, 3D-print settings, appliance E-Nr./FD codes, fuse ratings, coordinates, elevations, NORAD ids,
    ISBNs, baud and serial settings, APRS paths, contest scores, storage bin locations, prices per
    quantity, parcel weights and sizes, satellite passes, EAN-13 barcodes, DXCC tallies, PCB specs,
    licence certificate numbers, resistance readings, PAT/mains readings;
    number habits (numbers.py): US 505-338-1474, (505) 338-1474, 505.338.1474, 1-505-338-1474,
    +1-505-338-1474, +15053381474, +1 505-338-1474, 877.577.1046; GB 0113 496 0018, 0113-4960018,
    01603 829532, 020-7946-0018, 0207 946 0018, 07903396217, 07903-396217, 0808 518 9991,
    +44 (0)1904 885878 ('(0)' forms), +44 113 496 0018, +447903396217; DE 0561 4567890,
    (0561) 4 56 78 90, 0561-4567890, 0176 12345678, 0176-12345678, 0176 123 45 67, 0800 1396341,
    +49 (0)941 9870 6524, +49 941 9870 6524, +4916046390765; NL 050 312 34 56, (050) 3123456,
    050-312 34 56, 06 12 34 56 78, 06 1234 5678, 0800 2120, +31 (0)50 312 34 56, +31 50 312 34 56,
    +31612345678; BR (84) 3638 8355, 84-3638-8355, (84) 3638-8355, (21) 94619-9879, 0800 346 8499,
    +55 84 3638-8355, +55 84 3638 8355; IN 0484 448 0031, 020 2452 1234, (0484) 4480031, 94903 15112,
    09490315112, 18005301988, 1800 530 1988, +91 484 4480031, +91 94903 15112; FR 03 25 21 72 30,
    03.25.21.72.30, +33 3 25 21 72 30, +33 (0)3 25 21 72 30; ES 969 303 110, 969303110, 969 30 31 10,
    +34 969 303 110, +34 969 30 31 10; IT 06 9056 0555, 06 90560555, 339 592 0523, 339 5920523,
    +39 06 9056 0555; PT 253 875 711, +351 253 875 711, +351 253 87 57 11; CH/AT/BE/IE/AU
    '+41 (0)44 296 69 51', '+41 79 123 45 67', '+43 (0)512 640 0070', '+32 (0)2 512 34 56', '+3235678946',
    '+353 (0)1 8293 7671', '+61 (0)7 5801 3425'; local forms 338.1474, 338 - 1474, 496 0018, 496-0018,
    2272 5193, 829532, 829 532, 4 56 78 90 (pairs from the right), 4567890, 312 3456, 3123456,
    36131037, 4843.5521, 24521234, 2452-1234, 305-5404.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale, pt from pt_BR) and e-mail user names and domains
    (en_US); towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems
    (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German,
    French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken
    (they can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes
    or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v118.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v118.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v118.stats [RECORDS VALUES]

Counts (seed 23118; `python -m benchmarks.pii_v118.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1197 {'corpus': 122, 'neg': 319, 'pos': 756}
    values: 1945 by kind: {'PHONE': 1374, 'EMAIL': 363, 'IP_ADDRESS': 88, 'CREDIT_CARD': 71, 'IBAN': 44,
            'US_SSN': 5}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 380, 'PHONE/list-entry': 218,
            'PHONE/international': 210, 'EMAIL/personal': 189, 'EMAIL/role': 174, 'PHONE/other': 116,
            'IP_ADDRESS/v4': 34, 'CREDIT_CARD/spaced': 33, 'IP_ADDRESS/v6': 30, 'IBAN/electronic': 28,
            'CREDIT_CARD/dashed': 24, 'IP_ADDRESS/v4-private': 24, 'IBAN/print': 16, 'CREDIT_CARD/solid': 14,
            'US_SSN/spaced': 3, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'clubnet': 65, 'contest': 109, 'emcomm': 105, 'exam': 54, 'fieldday': 89, 'hackerspace': 131,
            'kitshop': 39, 'qsl': 59, 'repaircafe': 146, 'repeater': 143, 'surplus': 135}
    languages (documents written here): {'de': 175, 'en': 432, 'es': 47, 'fr': 78, 'hi': 55, 'it': 47,
            'nl': 122, 'pt': 119}
    corpus: {'amc23_test-en': 20, 'hatecheck_en-en': 20, 'math500_test-en': 40, 'mhc-dutch': 7,
            'mhc-french': 7, 'mhc-german': 7, 'mhc-italian': 7, 'mhc-portuguese': 7, 'mhc-spanish': 7}
    document redraws: 0, value redraws: 419, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
    US SSNs are few (5): only en_US exam documents carry them.
"""

import json
import sys
from pathlib import Path

from .build import SEED, Builder

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v118.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v118_values.jsonl"


def main(argv):
    rec = Path(argv[1]) if len(argv) > 1 else RECORDS
    val = Path(argv[2]) if len(argv) > 2 else VALUES
    b = Builder(SEED)
    docs = b.build()
    with open(rec, "w", encoding="utf-8") as f:
        for r, _ in docs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(val, "w", encoding="utf-8") as f:
        for _, v in docs:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
    print(
        f"wrote {len(docs)} documents; document redraws {b.doc_redraws}, value redraws {b.drawer.redraws}, "
        f"kinds replaced {b.drawer.replaced}, kinds used {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv)
