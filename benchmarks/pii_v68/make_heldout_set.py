"""Write tests/data/pii_heldout_v68.jsonl: a sixty-eighth, independent held-out labelled set for PII
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
    hundred bytes of AMC23, MATH-500, the English HateCheck CSV and the German Multilingual HateCheck CSV
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid, of the wanted type and region, and every written form parsed back to the same valid number of
    the stated region (local forms with their area code and trunk prefix put back, numbers.put_back);
    cards with Luhn, IBANs drawn with Faker and kept when python-stdnum accepts them (mod 97 plus national
    checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52
    describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID)
    for the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail
    shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes),
    and each whole document again with its labelled spans blanked (checks.py repeats the whole-document
    screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped
    build none was (0), after press-release references were written 'PR 25/117' and magazine EAN codes
    were dropped for Pantone colours (both were always dirty for German documents). Written under a
    35-minute limit, so cells are small (2-9 sentences per slot); English has 6 genres, German 5, Dutch 5,
    Portuguese 5, French 4, Spanish 4, Italian 4, Hindi 4. Emphasis: media and broadcasting.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
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
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: 'Label — <phone>' (em dash), '<phone> (Label)',
    'Label<TAB><phone>', '• Label, <phone>' and 'Label ☎ <phone>' (heads 'Contacts for this story',
    'Studio and desk numbers', 'Who to call on the day', 'Redaktionsnummern', 'Numéros de la rédaction',
    'Teléfonos de la redacción', 'Numeri della redazione', 'Nummers van de redactie', 'Telefones da
    redação', 'संपर्क नंबर', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_es.py, lex_it_nl_pt_hi.py; compose.py, build.py): 6 genres, none in v52:
    phonein (radio phone-in running orders and producers' call sheets), newsdesk (newspaper newsdesk
    diaries, tip-offs, night handovers), shownotes (podcast show notes), pressoffice (press releases,
    media advisories, notes to editors), audience (TV audience lines, duty logs, complaints), obsheet
    (outside-broadcast logistics sheets); all sentences written fresh in en, de, fr, es, it, nl, pt, hi;
    local numbers announced in new ways, before, after, on the line above, in a producer's remark and in
    presenters' speech ('If you're listening in Tulsa, the request line is simply ... – no need for the area
    code', 'Town-centre callers (that's Leeds) can reach the newsroom on ..., or the picture desk on ...',
    'Our Omaha bureau: dial ... from any phone in town', 'Presenter script: "And for those of you in Reno,
    the number to ring is ..."', 'Calling from a landline in York? Then it's just ... for the phone-in',
    'Remark from the producer – the Exeter hospital switchboard, from within the city, is ...', 'Kochi
    reporters' room (local dialling):\n...', 'Aus dem Ortsnetz Kiel genügt für das Studio die ...', 'Hörer
    in Bremen wählen einfach ... – ohne Vorwahl', 'Ansage der Moderation: „Wer in Köln sitzt, ruft jetzt an
    unter ...!“', 'Redaktionsbüro Leipzig (Ortsgespräch):\n...', 'Luistert u in Zwolle? Dan belt u de
    studio gewoon op ...', 'Binnen Arnhem volstaat ... voor de redactie, zonder kengetal', 'Vaste lijn
    Tilburg-centrum (zonder netnummer):\n...', 'Quem ouve a rádio em Recife liga direto no ..., sem o DDD',
    'O locutor: "Você que está em Natal, ligue agora: ...!"', 'Sucursal Manaus – fixo local:\n...',
    'Pune में रहने वाले श्रोता स्टूडियो को सीधे ... पर कॉल करें, STD कोड की ज़रूरत नहीं', 'एंकर: "Jaipur के
    साथी अभी डायल करें ...!"'); cards for telethon and appeal donations, IBANs for appeal donations and
    licence refunds, IPs of codecs, stream servers and feed hosts, SSNs on prize-winner tax forms and
    freelance payment forms (en_US only);
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: ISRC codes, ISBN-13s, ISSNs, FM
    frequencies, medium-wave frequencies, DAB blocks, SMPTE timecodes, podcast episode numbers with
    runtimes, TV audience figures, audience shares, word counts, embargo times with dates, press-release
    references, wire image ids, newspaper edition numbers, bitrates, sample rates with bit depth, DOIs,
    transmitter coordinates, satellite transponder parameters, RDS PI codes, production codes, Pantone
    colours, podcast feed GUIDs, podcast store ids (id + 10 digits), survey sample sizes, stock index
    closes, match attendances, air pressure readings, election vote counts, lottery draws, photo EXIF
    settings, camera clip names, US court case numbers, advertising rate cards, loudness targets
    (LUFS/dBTP), channel numbers, archive tape numbers, radio package durations, poll margins, page and
    column references; thousands written with each language's separator (',', '.', narrow no-break space);
    number habits (numbers.py), where each still parses back: US 312-533-0656, 312.533.0656,
    (312)533-0656, 1-312-533-0656, +1-312-533-0656, +1 312-533-0656, 800.201.2904, (800) 201-2904; GB
    0113 496 0018, (0113) 496 0018, +44 (0)113 496 0018, 0800 1234567 / 0345 ...; DE (040) 12345678,
    040-12345678, 040 12 34 56 78, +49 (0)40 12345678; FR 04.44.78.76.74, +33 (0)4 44 78 76 74; ES
    936 412 861, +34 936412861; IT 06.76758513, 333.1234567; NL (050) 312 34 56, 06 123 456 78,
    +31 (0)50 312 3456; PT 213456789; BR (41)99876-5432, 41 3222.1234, +55 41 99876 5432; IN (022) 2452
    1234, 98765 43210, 098765-43210, 1800 425 1234; AT/CH/BE/AU/IE with the '(0)' habit ('+41 (0)44 296
    69 51', '+61 (0)2 9876 5432'); local forms 533.0656, 533-0656, 496 0018, 2018 4455, 612 345, 12 34 56
    78, 1234-5678, 312-3456, 3222.1234, 2452-1234, 273 7991.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale), e-mail user names and domains (en_US) and IBAN
    drafts (each country's locale); towns from numbers.AREAS; corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), hh-rlhf harmless-base test 'chosen'
    dialogues (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only HateCheck cases labelled non-hateful are
    taken (they can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes
    or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v68.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v68.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v68.stats [RECORDS VALUES]

Counts (seed 10068; `python -m benchmarks.pii_v68.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1208 {'corpus': 112, 'neg': 300, 'pos': 796}
    values: 2844 by kind: {'PHONE': 2411, 'EMAIL': 235, 'IP_ADDRESS': 141, 'IBAN': 32, 'CREDIT_CARD': 18,
            'US_SSN': 7}
    modes: {'PHONE/national': 870, 'PHONE/list-entry': 673, 'PHONE/local-announced': 450, 'PHONE/other':
            213, 'PHONE/international': 205, 'EMAIL/role': 169, 'IP_ADDRESS/v4': 95, 'EMAIL/personal': 66,
            'IP_ADDRESS/v4-private': 30, 'IBAN/print': 21, 'IP_ADDRESS/v6': 16, 'IBAN/electronic': 11,
            'CREDIT_CARD/spaced': 7, 'CREDIT_CARD/dashed': 7, 'US_SSN/spaced': 4, 'CREDIT_CARD/solid': 4,
            'US_SSN/dashed': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'audience': 224, 'newsdesk': 190, 'obsheet': 98, 'phonein': 219, 'pressoffice': 199,
            'shownotes': 166}
    languages (documents written here): {'de': 162, 'en': 391, 'es': 60, 'fr': 75, 'hi': 72, 'it': 55,
            'nl': 139, 'pt': 142}
    corpus: {'amc23-en': 10, 'hatecheck-en': 20, 'hhrlhf-en': 14, 'math500-en': 20, 'mhc-dutch': 8, 'mhc-
            french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0; value redraws: 342; replaced: 0; hard-negative kinds used: 41
"""

import json
import sys

from .build import SEED, Builder

RECORDS = "tests/data/pii_heldout_v68.jsonl"
VALUES = "tests/data/pii_heldout_v68_values.jsonl"


def write(records, sidecar, rec_path, val_path):
    with open(rec_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for v in sidecar:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    b = Builder(SEED)
    records, sidecar = b.build()
    write(records, sidecar, rec_path, val_path)
    print(
        f"documents: {len(records)}; document redraws: {b.doc_redraws}; value redraws: {b.drawer.redraws};"
        f" replaced: {b.drawer.replaced}; hard-negative kinds used: {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
