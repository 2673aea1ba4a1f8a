"""Write tests/data/pii_heldout_v79.jsonl: a seventy-ninth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: music.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and of
    multilingual_hatecheck/, the first few hundred bytes of MATH-500, AMC23, the English HateCheck CSV and
    the German Multilingual HateCheck CSV (for their fields); the other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix (numbers.PREFIXES; fixed and service numbers outside FR/ES/PT/IT/US never
    start their subscriber part with 0 or 1), kept when valid, of the wanted type and of the wanted region,
    and every written form parsed back to the same valid number of the stated region (local forms with their
    trunk prefix and area code put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97
    plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced
    by a dash (negs.Drawer); in the shipped build none was (0), after rental agreement and booking
    references were written as 'MV/25/200' and 'BKG/26/299' (earlier shapes failed every draw).
    Written under a 35-minute limit, so cells are small (4-14 sentences per genre and language); English,
    German, Dutch and Portuguese have all 6 genres, French 5, Spanish, Italian and Hindi 4.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, equal to phonenumbers' geographical area code length
    for that very number (numbers.local redraws until it is), null for every other phone; text = the
    subscriber part only; a document's local numbers share one area code and the phrasing names its town.
    AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB for
    national, list and service numbers (compose.LOCALES); no 00 prefixes; 'other' numbers are always
    written nationally. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<row>; shuffled with the seed.
    Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS
    v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers'
    type is checked). list-entry = a phone in a contact block at the end of a document, one per line, in
    five new layouts: 'Label: <phone>', '• Label — <phone>', '<phone> (Label)', 'Label<TAB><phone>' and
    '- Label, <phone>' (heads 'Contacts for the day', "Who's who", 'Numbers to keep', 'Production
    contacts', 'Call sheet', 'Kontakte am Konzerttag', 'Telefonliste Produktion', 'Contacten concertdag',
    'Contacts du jour', 'Contactos del día', 'Contatti del giorno', 'Contatos do dia', 'ज़रूरी संपर्क', ...).
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_romance.py, lex_hi.py; build.py, compose.py): 6 genres, none in
    v52: choir (choir rehearsal notes, newsletters, auditions), lessons (music teachers, music schools,
    exam and rental letters), studio (recording-studio bookings and mix notes), luthier (instrument repair
    tickets and estimates), gig (gig bookings, advance sheets, wedding enquiries), orchestra (orchestra
    bulletins, sectionals, concert-day logistics); all sentences written fresh in en, de, fr, es, it, nl,
    pt, hi; local numbers announced in new ways, before, after, on the line above, in a remark or in
    speech ('If you're in Austin, the rehearsal hall's number is just ...', 'Tulsa folks can call the
    music store at ... – no area code from a local phone', 'Within Omaha city limits, the band's booking
    phone is ...', '"Call the shop at ...," he said, "that's the Memphis number, you won't need the
    code."', 'Ringing from York? The choir's secretary is on ...', 'Gig enquiries (Leeds, local): ...',
    'The orchestra's Cardiff office said to call ... from any phone in the city', 'Calling within Pune?
    The studio is on ...', 'In Köln selbst wählt man für den Notenverleih nur ...', 'Tonstudio Kiel,
    Festnetz ohne Vorwahl:' + newline, '„Ruf einfach ... an", sagte sie, „das ist unser Festnetz hier in
    Bonn."', 'Binnen Delft bel je de repetitieruimte gewoon op ...', 'Pianostemmer regio Zwolle, lokaal
    nummer:' + newline, 'Em Natal, o telefone fixo do estúdio é ..., sem DDD', '"Liga no ...", disse ela,
    "é o fixo aqui de Recife."', 'Jaipur शहर में अकादमी का फ़ोन सिर्फ़ ... है', 'सितार कक्षा (Kochi, लोकल
    नंबर):' + newline); cards for tour subscriptions, repair deposits, studio and booking deposits; IBANs
    for choir subscriptions, tuition, studio invoices, fees for extras; IPs of studio NAS boxes, remote
    session peers and IPv6 storage; SSNs on payroll / tax forms for paid singers (en_US only);
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: ISRCs, ISWCs, IPI numbers, record
    catalogue numbers, BWV/KV/HWV/D/RV/Hob. numbers, opus numbers, metronome marks, BPM, bar ranges,
    sample rate and bit depth, concert pitch (a' = 442 Hz), SMPTE timecodes, string gauges, MIDI CC/PC,
    guitar tab, chord shapes (x32010), time signatures, seat ranges, booking references, collecting-society
    work numbers, stage times, fees, sound levels dB(A), impedances, hymn numbers (EG/GL/Hymn), SATB voice
    counts, library shelf marks, instrument rental agreements, scale lengths, take file names, in-ear
    radio frequencies (MHz), loudness (LUFS, dBTP), Nashville-number progressions, hymn metres (87 87 D),
    stage-box channel ranges, exam candidate numbers, humidity ranges (% RH), DAW positions (bar:beat:tick),
    mixer scene numbers, intonation in cents, UPC barcodes;
    number habits (numbers.py): US 615-291-4177, 615.291.4177, (615)291-4177, (615) 291.4177,
    +1-505-614-4368, +1.505.614.4368, +1 346-597-1663, 800.201.2904, (866) 966-5991, 1 800 201 2904;
    GB (0113) 890 6828, 0113-890-6828, (01223) 771046, 01223-771046, 01904 960 306, (029) 2078 6838,
    029-2078-6838, 07874-579-131, 07874 579-131, 07874579131, +44 (0)141 312 9792, +44 (0)7874 579131,
    +44 7874 579 131, 0345 217 4008, 0808-157-0192; DE (0341) 6045246, 0341-6045246, 0341 604 52 46,
    (030) 12345678, 030 12 34 56 78, 0151-42356851, (0151) 423 568 51, 0151 42 356 851,
    +49 (0)341 6045246, +49 (0) 341 604 52 46, +49 3416045246, +49 (0)151 42356851, 0800-0243921;
    FR 04.40.11.06.47, 04 40 11 06 47, 0440110647, +33 (0)4 40 11 06 47, +33 4.40.11.06.47, 0800.12.34.56;
    ES 936412861, 936-41-28-61, 936 41 28 61, +34 936 41 28 61, +34 936412861, 900 755 422;
    IT 06 7675 8513, (06) 76758513, 06.76758513, 333 051 8287, 333.0518287, 333-0518287, +39.3386768197,
    800.836.225; NL (050) 228 34 59, 050 228 3459, 050-228 34 59, 06 36 24 36 52, 06-362 436 52,
    +31 (0)50 228 3459, +31 (0)6 36 24 36 52, +31 6 36243652, 0800 022 3344; PT 213 456 789, 213456789,
    253-809-910, +351 213 456 789, 808 730 575; BR (81) 3222.1234, 81 3222.1234, (81) 32221234,
    (84) 94903-1511, (84) 949031511, +55 48 2409-0775, +55 21 90933-3663, 0800 846 0417; IN (079) 5610 9281,
    079-5610-9281, (0141) 652 4706, 0141-6524706, 0 98765 43210, 98765 43210, 98765-43210, +91 98765 43210,
    +91 968-227-2221, 18004251234, 1-800-425-1234; AT/CH/BE/IE/AU '+43 (0)1 512 34 56', '+41 (0)44 296 69
    51', '+32 (0)2 512 34 56', '+353 (0)1 234 5678', '+61 (0)2 9876 5432', '+61 4 6067 7449'; local forms
    291.4177, 291–4177, 890-6828, 771-046, 2078-6838, 3 80 69 56, 423 0411, 12 34 56 78, 2283 459, 298-1506,
    2719.5364, 55135000, 4765 - 6115, 2541-8942, 28059832, 652-4706, 3577365.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only HateCheck cases labelled non-hateful are taken (they
    can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v79.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v79.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v79.stats [RECORDS VALUES]

Counts (seed 10079; `python -m benchmarks.pii_v79.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1239 {'corpus': 120, 'neg': 274, 'pos': 845}
    values: 1792 by kind: {'PHONE': 1427, 'EMAIL': 177, 'IBAN': 81, 'CREDIT_CARD': 64, 'IP_ADDRESS': 42,
            'US_SSN': 1}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 416, 'PHONE/list-entry': 318,
            'PHONE/international': 163, 'EMAIL/role': 101, 'PHONE/other': 80, 'EMAIL/personal': 76,
            'IBAN/print': 43, 'IBAN/electronic': 38, 'CREDIT_CARD/spaced': 25, 'IP_ADDRESS/v4-private': 22,
            'CREDIT_CARD/dashed': 20, 'CREDIT_CARD/solid': 19, 'IP_ADDRESS/v4': 13, 'IP_ADDRESS/v6': 7,
            'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'choir': 220, 'gig': 189, 'lessons': 183, 'luthier': 174, 'orchestra': 150, 'studio': 203}
    languages (documents written here): {'de': 166, 'en': 412, 'es': 54, 'fr': 78, 'hi': 79, 'it': 54, 'nl':
            137, 'pt': 139}
    corpus: {'amc23-en': 10, 'hatecheck-en': 15, 'math500-en': 35, 'mhc-dutch': 10, 'mhc-french': 10, 'mhc-
            german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 414, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
"""

import json
import sys
from pathlib import Path

from .build import Builder

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v79.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v79_values.jsonl"


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv):
    records_path = Path(argv[0]) if argv else RECORDS
    values_path = Path(argv[1]) if len(argv) > 1 else VALUES
    builder = Builder()
    records, values = builder.run()
    records_path.write_text(dump(records), encoding="utf-8")
    values_path.write_text(dump(values), encoding="utf-8")
    print(
        "documents:",
        len(records),
        "document redraws:",
        builder.doc_redraws,
        "value redraws:",
        builder.drawer.redraws,
        "replaced:",
        builder.drawer.replaced,
        "hard-negative kinds used:",
        len(builder.drawer.used),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
