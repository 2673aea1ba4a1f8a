"""Write tests/data/pii_heldout_v86.jsonl: an eighty-sixth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), on libraries, museums
and archives.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of the German Multilingual
    HateCheck CSV, the English HateCheck CSV, MATH-500 and AMC23 (for their fields). No folder under
    /work/shared/data was listed; the corpus files were otherwise only read by corpus.py. GSM8K (train and
    test) was not used. Numbers were made and checked with phonenumbers only: drawn at random from an area
    code or prefix, kept when valid, of the wanted type and of the stated region (region_code_for_number),
    and every written form parsed back to the same number (numbers.written asserts it); local forms with
    their area code and trunk prefix put back (numbers.put_back) and the area length asserted equal to
    phonenumbers' geographical area code length; cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks; drawn with Faker's bank provider and redrawn until valid), SSNs with the SSA rules
    (no 000, 666 or 9xx area, no 00 group, no 0000 serial), IPs with the ipaddress module. Hard negatives
    are screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions (negs.HOME), plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes); a value still dirty after 200 draws would be replaced by a dash (none
    was); each whole document is screened again with its labelled spans blanked by '#' and redrawn when it
    still flags (checks.py repeats this). Three kinds were reshaped after the first build because too many
    draws came out dirty: year ranges are written with a word and a shortened end year ('1626 to 47',
    German: a single year), booking references and inter-library loan ids are alphanumeric.
    Written under a 35-minute limit, so cells are small (2-7 sentences per slot); English has all 10
    genres, German, French, Dutch and Portuguese 5, Spanish, Italian and Hindi 4. Emphasis: libraries,
    museums and archives.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, null for every other phone; text = the subscriber
    part only; a document's local numbers share one area code and the announcement names its town (one
    announcement per document, followed by one sentence of the genre and its negatives). AT/CH/BE/AU/IE
    documents write their own numbers internationally only and use DE, FR, NL or GB for national, list and
    service numbers (build.LOCALES; fr_CH is new); no 00 prefixes. Hindi documents carry the locale en_IN
    and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed (Visa, Mastercard, Amex 4-6-5), IBAN print/electronic, IP_ADDRESS
    v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in five new layouts:
    '• Label: <phone>', 'Label<TAB><phone>', '<phone> (Label)', 'Label – <phone>' (en dash) and
    'Label ☎ <phone>' (heads 'Contact the team', 'Telephone directory', 'Departments', 'Who to call',
    'Telefonliste', 'Abteilungen', 'Annuaire', 'Services et contacts', 'Contactos', 'Directorio',
    'Recapiti', 'Rubrica degli uffici', 'Contactgegevens', 'Afdelingen', 'Contatos', 'Setores',
    'संपर्क सूची'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py, lex_local.py; build.py, gen.py): 10
    genres, none in v52: library (public library accounts, holds, renewals), recordoffice (record office
    and archive enquiry replies), histsoc (local history society newsletters), museumbook (museum and school
    group booking confirmations), heritage (heritage site visit information), loans (inter-library and
    object loans, condition reports), reading (reading room rules and document ordering), reprographics
    (copy, digitisation and image licence orders), volunteers (volunteer rotas), friends (Friends
    memberships); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in
    new ways, before, after, on the line below, in reported speech ('If you live in Albany, the reference
    desk is just ... from any landline in town', 'Omaha patrons: call ... for renewals and ... for the
    children's room (local calls, no area code)', '"Just call ...," the volunteer said, "everyone in Duluth
    knows that number, it's the old courthouse line."', 'Branch line for Fresno residents, seven digits:',
    'The York Heritage Trust office (local number):' with the number on the next line, '"It's ... if
    you're in Bath," she told me', 'Norwich Record Office, local rate from the city:', 'Visitors calling
    from a Pune landline can book the heritage walk on', 'Inside Kochi city limits, the reading room answers
    at', 'Lucknow के लैंडलाइन से संग्रहालय की बुकिंग के लिए ... पर कॉल करें', 'Jaipur में ही हैं? तो धरोहर
    भ्रमण के लिए सीधे ... मिलाइए', 'Aus dem Lübecker Ortsnetz erreichen Sie den Lesesaal unter', 'Stadtarchiv
    Trier – innerhalb der Stadt genügt die ..., für das Magazin die ...', '„Rufen Sie einfach ... an“,
    sagte die Dame am Empfang', 'Heimatverein Weimar: Vorsitzender telefonisch unter ..., nur aus dem
    Ortsnetz', 'Vanaf een vaste lijn in Delft belt u de studiezaal op', 'Woont u in Zwolle? Reserveren
    voor de rondleiding kan via ..., zonder kengetal', 'Historische vereniging Alkmaar, secretariaat
    (lokaal):', 'De telefone fixo em Recife, a sala de consulta atende no', '"É só ligar ...", disse a
    recepcionista, "daqui de Natal não precisa de DDD."', 'Museu histórico de Campinas, número local da
    bilheteria:'); cards for group booking deposits, copy orders and Friends memberships, IBANs for search
    fees, image licences and subscriptions, IPs of library Wi-Fi portals, catalogue servers and image
    servers, SSNs on US volunteer background checks;
    44 hard-negative kinds (negs.KINDS), all used, none in v52's list: ISBN-13 (hyphenated, with check
    digit), ISBN-10, ISSNs, Dewey class marks, museum accession numbers (1987.234.12), archive references
    (Q/SM 3426/4/23), national-archives style references (HO 328/5063), 14-digit library card barcodes,
    reader's ticket numbers (3-3-3 digits), OCLC numbers, opening hours, year ranges, census piece/folio/page
    references (RG13/4521, f. 67, p. 12), box/file/item numbers, OS grid references (ST 7762 6696),
    decimal coordinates, admission prices, booking references (alphanumeric), UK charity numbers (7
    digits), DOIs, ISNIs (16 digits, spaced), microfilm reels with frame ranges, page ranges, object
    dimensions in cm, gallery climate readings (°C / % RH), lux levels, inventory numbers (1912/347),
    photographic negative numbers, journal volume(issue), year, sale lot numbers, room numbers, Wikidata
    ids, radiocarbon dates (± BP), register entry/queue numbers, Friends membership numbers, inter-library
    loan ids, exhibition run dates, folio ranges (23r–45v), ARK identifiers, coin weights in grams, UDC
    class marks, group sizes, Gift Aid declaration references, 16-hex RFID tag ids;
    number habits (numbers.py): US 402-341-7776, 402.341.7776, (402)341-7776, 1.402.341.7776,
    +1-402-341-7776, +1 402-341-7776, +14023417776, (877) 337-4068; GB (01904) 441586, 01904-441586,
    0113 496 0123, (0113) 496 0123, 077 9786 9073, 07797-869-073, 07797 869 073, +44 (0)1904 441586,
    +44 (0) 113 496 0123, +44-7797-869073, 0800-5851781; DE (0351) 8570704, 0351 8 57 07 04 (pairs
    from the right), 0351-8570704, 0160 830 388 36, +49 (0)351 8570704, +49 (0) 160 83038836,
    +49 160 83 03 88 36, +49.351.8570704, (0800) 7489068; NL (043) 807 59 83, 043 - 8075983, 06 19 25 41 22,
    06-192 541 22, (06) 19254122, +31 (0)43 807 5983, +31 (0)6-19254122, +31 43 807 59 83; BR
    (62) 5563.4148, 62 5563.4148, (62)55634148, (81) 96620-2786, (81) 9.6620-2786, +55 (62) 5563.4148,
    +5581966202786, 0800.780.6956; IN (0522) 262 1234, 0522-262 1234, 033-23041144, 98765 43210,
    9876543210, 098765-43210, +91 98765 43210, +91 (522) 262 1234, 1800 6351396; FR 02.71.64.87.05,
    02-71-64-87-05, 0623592563, +33 (0)6.23.59.25.63, +33 (0)2 71 64 87 05, 08 00 68 58 78; ES 910122283,
    91 012 22 83, 655.51.43.97, (+34) 910 122 283, +34655514397, 900 506 162, 900-506-162; IT 055 199 6198,
    055.199.6198, 06.76758513, 334.549.8174, 334-5498174, (+39) 334 5498174, 800.090.161, 800 090161; PT
    213 96 21 72, 213962172, (+351) 911 668 484, +351911668484; CH/AT/BE/IE/AU '+41 (0)61 765 61 15',
    '+43 (0)664 640 5259', '+43 (0) 1 4335 1417', '+32 2 254 18 94', '+353 (0)21 820 3417',
    '+61 (0) 402 858 733'; local forms 341.7776, 441 586, 441586, 496-0123, 2034 5678, 8 57 07 04 (DE
    pairs), 857 07 04, 807-5983, 12 34 56, 5563.4148, 55634148, 2304-1144, 23 041 144, 26-21234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for e-mail names and domains (en_US) and IBAN
    drafts (each country's locale); towns from numbers.AREAS; people's first names in the sentences were
    written by hand; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), HateCheck English cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (CSV: 0-based row after the
    header; JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v86.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v86.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v86.stats [RECORDS VALUES]

Counts (seed 10086; `python -m benchmarks.pii_v86.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    value redraws: 1330, document redraws: 3, values replaced after 200 dirty draws: 0,
            hard-negative kinds used: 44
    documents: 1196 {'pos': 817, 'neg': 259, 'corpus': 120}
    values: 2445 by kind: {'PHONE': 1833, 'EMAIL': 428, 'CREDIT_CARD': 68, 'IBAN': 66, 'IP_ADDRESS': 45,
            'US_SSN': 5}
    modes: {'PHONE/national': 912, 'PHONE/local-announced': 450, 'PHONE/list-entry': 303, 'EMAIL/role':
            301, 'EMAIL/personal': 127, 'PHONE/international': 106, 'PHONE/other': 62, 'IBAN/print': 48,
            'CREDIT_CARD/spaced': 29, 'CREDIT_CARD/dashed': 22, 'IP_ADDRESS/v4-private': 20,
            'IBAN/electronic': 18, 'CREDIT_CARD/solid': 17, 'IP_ADDRESS/v6': 14, 'IP_ADDRESS/v4': 11,
            'US_SSN/spaced': 4, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'friends': 47, 'heritage': 181, 'histsoc': 98, 'library': 211, 'loans': 52, 'museumbook':
            194, 'reading': 38, 'recordoffice': 171, 'reprographics': 43, 'volunteers': 41}
    languages (documents written here): {'de': 154, 'en': 421, 'es': 47, 'fr': 72, 'hi': 65, 'it': 47,
            'nl': 123, 'pt': 147}
    locales: {'de_AT': 17, 'de_CH': 17, 'de_DE': 130, 'en_AU': 29, 'en_GB': 149, 'en_IE': 29, 'en_IN':
            138, 'en_US': 201, 'es_ES': 57, 'fr_BE': 14, 'fr_CH': 13, 'fr_FR': 55, 'it_IT': 57, 'nl_BE':
            15, 'nl_NL': 118, 'pt_BR': 122, 'pt_PT': 35}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 25, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
"""

import sys

from .gen import build, write

RECORDS = "tests/data/pii_heldout_v86.jsonl"
VALUES = "tests/data/pii_heldout_v86_values.jsonl"


def main(argv):
    rec, val = (argv[0], argv[1]) if len(argv) >= 2 else (RECORDS, VALUES)
    docs, stats = build()
    write(docs, rec, val)
    print(
        f"{len(docs)} documents; value redraws {stats['value_redraws']}, document redraws "
        f"{stats['doc_redraws']}, replaced {stats['replaced']}, negative kinds used {len(stats['kinds'])}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
