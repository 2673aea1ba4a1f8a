"""Write tests/data/pii_heldout_v49.jsonl: a forty-ninth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v46's generator (handed over as a text file); the first three
    lines of v46's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of the German multilingual HateCheck CSV, the English HateCheck CSV and MATH-500 test
    (for their fields); the other corpus files were only read by corpus.py. Numbers were made and checked
    with phonenumbers only (its example numbers seed the service and foreign numbers): every written form
    is parsed back to the same valid number of the stated region (local forms with their area code and
    trunk prefix put back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks),
    SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v46 describes:
    each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the
    document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with
    its labelled spans blanked (checks.py repeats the whole-document screen). A value still dirty after
    200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0), after German
    tyre sizes ('225/65 R16' is always DE-phone-shaped) were written '225/65, Felge R16' and incident and
    policy numbers were given letters inside the digit runs.
    Written under a 40-minute limit, so cells are small (1-5 lines per slot); English has all 11 genres,
    the others 6-8. Emphasis: emergencies, safety and utilities.

Format and conventions: those of v46 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
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
    shuffled with the seed. Modes of the other kinds as in v46. 'other' = toll-free, shared-cost or UAN
    numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: '• Label – <phone>', '<phone> (Label)', 'Label / <phone>',
    'Label, <phone>' and 'Label<TAB><phone>' (heads 'Emergency contacts', 'Numbers to keep by the phone',
    'Notfallnummern', 'Erreichbarkeiten', 'Numéros d'urgence', 'Teléfonos de emergencia', 'Numeri di
    emergenza', 'Noodnummers', 'Bereikbaarheid', 'Telefones de emergência', 'आपातकालीन नंबर', ...). No
    phone is split across lines; words stay outside the span; a '(0)' trunk marker inside an international
    number belongs to the span.

What is new against v46, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 11 genres, none
    in v46: outage (power, water and gas outage notices), storm (storm and flood warnings), evac
    (evacuation centres and shelter lists), watch (neighbourhood-watch bulletins), missing (lost-pet and
    missing-person posters), claim (insurance claim notes after an accident), tow (roadside-assistance and
    towing slips), firecard (fire-safety and building-emergency cards), helpline (poison and crisis
    helpline leaflets), roster (volunteer rescue rotas), incident (incident and control-room logs); all
    sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('From
    any Leeds landline you only need', 'In Tulsa? Leave off the code and ring', 'Cardiff callers: ...
    (depot) or ... (night duty)', 'Local to Omaha, just dial', 'The Glasgow depot answers on ... - no
    dialling code from within the city', 'Im Kasseler Stadtnetz reicht die', 'Aus Ulm ohne Vorwahl:',
    'Innerhalb von Passau erreichen Sie den Bauhof unter ..., nachts die Rufbereitschaft unter ...',
    'Festnetz Erfurt, direkt:', 'Vanaf een vaste lijn in Zwolle volstaat', 'Binnen Arnhem zonder
    kengetal: ... (werf) of ... (piket)', 'Inwoners van Haarlem bellen gewoon', 'De fixo em Recife, sem
    DDD:', 'Quem está em Natal liga só ... (base) ou ... (plantão)', 'Telefone local (Goiânia):', 'Pune के
    लैंडलाइन से सीधे ... मिलाइए', 'Kochi शहर में बिना कोड: ... (नियंत्रण कक्ष) या ... (रात्रि ड्यूटी)',
    'स्थानीय (Jaipur):'); cards for towing fees and claim excesses, IBANs for flood-relief donations and
    claim settlements, IPs of gate cameras, river-gauge probes, telemetry units and alarm panels, SSNs on
    US disaster-assistance and claim forms;
    42 hard-negative kinds (negs.KINDS), all used, none in v46's list: incident numbers (INC 25/K4807),
    claim numbers (CLM/43/RF8838), policy numbers, meter ids, outage ids (OUT4417-K3), grid references
    (SK 351 879), coordinates (52.3731° N, 4.8922° E), river-gauge levels, wind speeds, rainfall totals
    (45 mm / 6 h), road numbers with kilometre posts (A7 km 412.6), court and police case numbers
    (4 Js 1123/25), shelter capacities, casualty counts (killed/injured/uninjured 0/3/1), PMR radio
    channels with frequencies, licence plates, VINs, extinguisher ratings (6 kg, 27A 183B), assembly
    points, warning levels (3/4), air pressure (978 hPa), gas inlet pressure (mbar), meter readings (kWh),
    line voltages (kV), hydrant numbers, affected postcode lists, UN hazard numbers with Kemler codes
    (UN 1203 / 33), product lot numbers, insurance excesses, odometer readings, tyre sizes, radio call
    signs (Florian 83/2-1), sandbag counts, residual chlorine (mg/l), fire-alarm zones (Z12-B3), pipe
    diameters (DN 300), height and weight of a missing person, rewards, earthquake magnitudes (M 4.2),
    generator ratings (kVA), wind-chill temperatures, siren signals (3 × 12 s);
    number habits (numbers.py, habits.py): US 419.222.4410, (419)222-4410, 1-419-222-4410, +1.419.222.4410,
    +1-419-222-4410, +1 (419) 222.4410, 1.800.201.2904; GB (029) 2087 6543, 029-2087-6543, 029 20876543,
    (0114) 4960018, 0114-496 0018, 07700-900123, +44 (0)29 2087 6543, +44 (0) 114 496 0018,
    +44 (0)7700 900123, 0345-1234567; DE 0561 37859-15 and 0561 378591-5 (extension hyphen), (0561) 378 5915,
    (0170) 1234567, 0170 12 34 5678, +49 (0)561 378 5915, +49 (0) 170 ...; FR 04.44.78.76.74, 0444787674,
    +33 (0)4 44 78 76 74, +33 4.44.78.76.74, 08.84.57.36.03; ES 936 412 861, 936.412.861, (+34) 936 412 861,
    +34 936.412.861, 900.475.018; IT 06.7675.8513, 02.18139614, 333.1234567, (+39) 06 7675 8513,
    +39 06.7675.8513, 800.406.856; NL (038) 421 55 66, (038) 4215566, 0613456789, +31 (0)38 421 55 66,
    +31 (0)6 1234 5678; PT 223.096.748, (+351) 223 096 748, +351 223.096.748; BR (081) 2308-7748,
    81.2308-7748, (81) 2308 7748, (81) 2308.7748, (081) 98765-4321, +55 (81) 2308.7748, 0800.789.752,
    4004-1234; IN (0522) 2527804, (0522)-2527804, 0522-2527804, +91 (522) 2527804, 98765-43210,
    098765-43210, +91 9876543210, 1800-117510; CH/AT/BE/IE/AU '+41 (0)44 296 69 51', '+43 (0)1 2377 30533',
    '+32 (0) 12 57 16 58', '+353 (0)85 421 9121', '+61 (0)2 1213 7515'; local forms 222.4410, 2087 6543,
    20876543, 496 0018, 37859-15, 378 5915, 421 55 66, 4215566, 2308.7748, 2308 7748, 2527804, 252 7804.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari) and personal e-mail user names; towns from numbers.AREAS; corpus negatives untouched
    from /work/shared/data: GSM8K train questions (MIT), MATH-500 problems (MIT), English HateCheck cases
    (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases
    (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention protected groups;
    Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit
    run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v49.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v49.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v49.stats [RECORDS VALUES]

Counts (seed 10049; `python -m benchmarks.pii_v49.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1273 {'corpus': 130, 'neg': 316, 'pos': 827}
    values: 1911 by kind: {'PHONE': 1613, 'EMAIL': 149, 'IP_ADDRESS': 57, 'IBAN': 44, 'CREDIT_CARD': 40,
            'US_SSN': 8}
    modes: {'PHONE/national': 594, 'PHONE/local-announced': 450, 'PHONE/international': 231,
            'PHONE/list-entry': 216, 'PHONE/other': 122, 'EMAIL/personal': 75, 'EMAIL/role': 74,
            'IP_ADDRESS/v6': 33, 'IBAN/print': 28, 'IBAN/electronic': 16, 'CREDIT_CARD/spaced': 16,
            'CREDIT_CARD/solid': 15, 'IP_ADDRESS/v4-private': 13, 'IP_ADDRESS/v4': 11,
            'CREDIT_CARD/dashed': 9,
            'US_SSN/spaced': 4, 'US_SSN/dashed': 4}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'claim': 110, 'evac': 136, 'firecard': 73, 'helpline': 50, 'incident': 90, 'missing': 135,
            'outage': 139, 'roster': 79, 'storm': 156, 'tow': 126, 'watch': 49}
    languages (documents written here): {'de': 174, 'en': 393, 'es': 62, 'fr': 106, 'hi': 72, 'it': 62,
            'nl': 124, 'pt': 150}
    corpus: 40 GSM8K train, 16 MATH-500, 14 English HateCheck, 10 each from six Multilingual HateCheck
            languages; hard-negative kinds used: 42; document redraws: 0, value redraws: 155, kinds
            replaced after 200 dirty values: 0
"""

import json
import sys
from pathlib import Path

from .build import Builder

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v49.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v49_values.jsonl"


def write(records_path=RECORDS, values_path=VALUES):
    b = Builder()
    docs, vals = b.run()
    with open(records_path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(values_path, "w", encoding="utf-8") as fh:
        for v in vals:
            fh.write(json.dumps(v, ensure_ascii=False) + "\n")
    return b


def main(argv):
    recs = Path(argv[1]) if len(argv) > 1 else RECORDS
    vals = Path(argv[2]) if len(argv) > 2 else VALUES
    b = write(recs, vals)
    print(
        f"documents: {len(b.docs)}; document redraws: {b.doc_redraws}; value redraws: {b.c.drawer.redraws}; "
        f"kinds replaced: {b.c.drawer.replaced}; kinds used: {len(b.c.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv)
