"""Write tests/data/pii_heldout_v41.jsonl: a forty-first, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v39's generator (handed over as a text file); the first three
    lines of v39's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data and of its multilingual
    HateCheck folder, and the first lines of GSM8K train, MATH-500 test, the openai moderation samples
    (looked at, not used), the English HateCheck CSV and the German multilingual HateCheck CSV (for their
    fields); the other corpus files were only read by corpus.py. Also read: python-stdnum's iban.py (its
    function list and calc_check_digits). Numbers were made and checked with phonenumbers only: every
    written form is parsed back to the same valid number (local forms with their area code and trunk
    prefix put back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs
    with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v39 describes: each
    value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the
    document's region, its national (stand-in) region and its language's home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs, mod-97 IBANs, IPv4/IPv6, SSN shapes), and
    each whole document again with its labelled spans blanked (checks.py repeats the whole-document screen).
    A negative value still dirty after 200 draws would be replaced by another kind (negs.Drawer.draw); in
    the shipped build no kind was replaced (0 swaps), because the kinds that were nearly always
    phone-shaped for a language (e.g. 6-digit German file numbers with a year) were rewritten shorter
    before the final build. No '#nofilter' is in the files.
    Written under a 45-minute limit (it took longer), so each language's cells are small (1-4 lines per
    slot) and not every genre exists in every language (English has all 11, the others 6-9).
    Emphasis: government and civic text.

Format and conventions: those of v39 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each; area_len = the length of the document's area
    code, asserted equal to phonenumbers' geographic area code length, null for every other phone; text =
    the subscriber part only; a document's local numbers share one area code and the phrasing names its
    town. AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE (de_AT, de_CH),
    FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE) for national, list and service numbers
    (compose.FALLBACK); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Modes of the other kinds: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid,
    IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced. 'other' = service numbers
    (toll-free, shared cost, UAN: phonenumbers' type is checked). list-entry = a phone in a contact block at
    the end of a notice ('Department numbers', 'So erreichen Sie uns:', 'Contacts mairie', 'Directorio
    municipal', 'Recapiti degli uffici', 'Telefoonnummers gemeente:', 'Contatos da prefeitura', 'विभागों के
    फ़ोन'; one '<label>: <phone>' or '- <label> <phone>' per line). No phone is split across lines; every
    phone is one digit string with separators; words stay outside the span. French-language documents
    sometimes keep no-break spaces inside a number (the span includes them).

What is new against v39, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py): 11 government and civic
    genres, none in v39: waste (bin-collection calendars, depots), election (notices of poll, polling
    stations, postal/proxy votes), permit (permit and licence applications), planning (public consultations,
    plans on deposit), summons (jury and lay-judge summonses), benefit (benefit and pension agency letters),
    school (school-district and school-board announcements), consular (consular notices), parlq
    (parliamentary written questions and answers), foi (freedom-of-information / IFG / Woo / LAI / RTI
    responses), health (public-health advisories); all sentences written fresh for v41 in en, de, fr, es, it,
    nl, pt, hi; local numbers announced in new ways ('Within Boise just dial', 'City hall (Tucson line):',
    'From a Derby landline, ring', 'Council offices (Hull number):', 'Callers within Exeter need only',
    'Local callers in Indore may dial ... directly', 'Help desk (Nagpur city line):', 'From within Pune,
    call ... without the STD code', 'Aus dem Kasseler Ortsnetz wählen Sie einfach', 'Bürgerbüro (Ortsnetz
    Ulm):', 'Innerhalb von Kiel erreichen Sie uns unter', 'Binnen Breda belt u', 'Stadswinkel (Leiden,
    lokaal):', 'Wie in Tilburg woont, draait gewoon', 'De Natal, disque apenas', 'Prefeitura (ramal local
    de Recife):', 'Moradores de Londrina ligam direto para', 'Jaipur शहर से सीधे ... डायल करें', 'नगर निगम
    (Indore लोकल):', 'Pune के भीतर ... पर बात करें'); cards and IBANs in fee payments and benefit refunds,
    IPs in FOI and online-application logs, SSNs in jury and benefit papers;
    41 hard-negative kinds defined in neg_kinds1-3.py (negs.KINDS), 40 used (coords only as a replacement),
    none in v39's list: planning and building application references (24/0187/FUL, BV 412/24, PC ... A0031,
    Expte. .../LURB-..., SCIA prot., OLO numbers, Alvará nº), land parcels (APN, Indian survey numbers,
    Flurstück, parcelle, Spanish referencia catastral, foglio/particella, kadastraal perceel, artigo
    matricial, khasra), wards and polling districts/stations, electoral-roll part/serial numbers, statute
    and regulation section citations, form numbers (Form DS-.., Cerfa n° ...*.., Modelo ..., modello F..),
    FOI/IFG/CADA/Woo/LAI/RTI request references, parliamentary question numbers (UIN, HL, Unstarred
    Question, question écrite, interrogazione), parliamentary record citations (HC Deb vol/col,
    Plenarprotokoll, Diario de Sesiones), consultation references (CP24/7, Bebauungsplan Nr., enquête
    publique n° E.., NL.IMRO plan ids), office-hour ranges, date ranges of consultation and claim periods,
    waste-collection rounds and districts, bin sizes in litres, unit tariffs (per lift, per m³, per 1,000
    gallons), school-district numbers (USD, UDISE codes), school ids (URN, Schulnummer, UAI, código de
    centro, codice meccanografico, BRIN, INEP), vaccine lot numbers, incidence per 100,000, air-quality
    readings (PM2.5/NO2 in µg/m³), water-quality values (mg/l, pH, °dH), map grid references (OS, UTM, RD),
    decimal coordinates, ordinances and council resolutions, juror numbers and panels, courtroom numbers,
    TED tender notice numbers, CPV codes, property-tax rates (mills, Hebesatz v. H., per mille), land
    registry title numbers, parking/ZTL/taxi permit numbers, benefit claim and pension payment order
    references, statutory instrument and decree numbers, water-meter serials, house-number ranges, postal
    codes (ZIP, PLZ, CEP, PIN, Dutch postcodes), paragraph and page references, form revision stamps,
    ballot positions and list places, consular appointment references, benefit amounts per week/month;
    number habits (numbers.py, phones.py): US 916.751.7812, (916)751-7812, 1-916-751-7812, +1-916-751-7812,
    +1.916.751.7812, 1-833-722-8303, 833.722.8303; GB +44 (0)114 488 2768, +44 (0) 114 4882768,
    0114-488-2768, 0114 488-2768, 0345-835-2947; DE DIN-style direct-dial 0431 37859-15 and
    0431 378591-0, +49 (0)431 3785915, mobiles 0151 2345 6789 and 0151/23456789, 0800 123 4567; FR
    04.44.78.76.74, +33 (0)4 44 78 76 74, +33 4.44.78.76.74, 08.00.88.25.76; ES 936 41 28 61 (3-2-2-2),
    936.412.861, (+34) 936 412 861, +34-936412861, 900-123-456; IT 06.7675.8513, 06 7675 8513,
    (+39) 06 76758513, +39 06.76758513, 800.123.456; NL (043) 606 90 32, 043-6069032, +31 (0)43 606 9032,
    0800-1820402; PT 223.096.748, 223096748, (+351) 223 096 748, 800 62 64 20; BR (81) 2308.7748,
    (081) 2308-7748, 81 2308 7748, +55 81 2308.7748, 0800-506-1143, 0800.506.1143; IN 841-373-1956,
    +91 8413731956, 08413731956, (0141) 5278048, 0141 527 8048, +91-141-5278048, 1800-11-xxxx style toll-free
    groupings; AT/CH/BE/AU/IE '+CC (0)area rest'; local forms 801.1524, 801-1524, 488 2768, 488 296,
    37859-15, 378 59 15, 606 90 32, 606 9032, 2308.7748, 2308 7748, 527 80 48, 527 8048, 5278048.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN check digits and checks; Faker (MIT) for first and last names in
    personal e-mail addresses; towns from numbers.AREAS; corpus negatives untouched from /work/shared/data:
    GSM8K train questions (MIT), MATH-500 problems (MIT), English HateCheck test cases (CC BY 4.0),
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only
    cases labelled non-hateful are taken (they can still mention protected groups); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes
    or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v41.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v41.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v41.stats [RECORDS [VALUES]]

Counts (seed 10041; `python -m benchmarks.pii_v41.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1296 {'pos': 796, 'neg': 360, 'corpus': 140}
    values: 1728 by kind: {'PHONE': 1361, 'EMAIL': 234, 'CREDIT_CARD': 45, 'IBAN': 42, 'IP_ADDRESS': 40,
            'US_SSN': 6}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 395, 'PHONE/national': 238, 'PHONE/other': 139,
            'PHONE/international': 139, 'EMAIL/personal': 117, 'EMAIL/role': 117, 'IBAN/print': 31,
            'CREDIT_CARD/spaced': 19, 'IP_ADDRESS/v4': 18, 'CREDIT_CARD/dashed': 15,
            'IP_ADDRESS/v4-private': 12, 'IBAN/electronic': 11, 'CREDIT_CARD/solid': 11, 'IP_ADDRESS/v6': 10,
            'US_SSN/dashed': 5, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'benefit': 121, 'consular': 35, 'election': 120, 'foi': 125, 'health': 98, 'parlq': 69,
            'permit': 149, 'planning': 96, 'school': 105, 'summons': 93, 'waste': 145}
    languages (documents written here): {'de': 157, 'en': 375, 'es': 70, 'fr': 85, 'hi': 110, 'it': 70,
            'nl': 150, 'pt': 139}
    hard-negative kinds used: 40; document redraws: 0, value redraws: 1139, kinds replaced after 200 dirty
            values: 0
"""

import json
import random
import sys

from . import compose, corpus
from . import numbers as nums

SEED = 10041
OUT = "tests/data/pii_heldout_v41.jsonl"
OUT_VALUES = "tests/data/pii_heldout_v41_values.jsonl"
POS = {"en": 125, "de": 55, "fr": 50, "es": 40, "it": 40, "nl": 50, "pt": 50, "hi": 45}
NEG = {"en": 110, "de": 45, "fr": 35, "es": 30, "it": 30, "nl": 40, "pt": 35, "hi": 35}
LOCAL_LANG = {"US": ["en"], "GB": ["en"], "DE": ["de"], "NL": ["nl"], "BR": ["pt"], "IN": ["en", "hi"]}
LOCAL_PER_REGION = 75


def build(seed=SEED):
    rng = random.Random(seed)
    comp = compose.Composer(rng)
    records, values = [], []
    n = 0

    def add(lang, locale, own, genre, kind):
        nonlocal n
        text, spans, vals = comp.build(lang, locale, own, genre, kind)
        tag = "pos" if kind != "neg" else "neg"
        g = ("hi-" if lang == "hi" else "") + genre
        records.append(
            {"id": "%s-%s-%s-%d" % (locale, tag, g, n), "locale": locale, "text": text, "spans": spans}
        )
        values.append({"values": vals})
        n += 1
        return vals

    for own in nums.LOCAL_REGIONS:
        got, i = 0, 0
        while got < LOCAL_PER_REGION:
            langs = LOCAL_LANG[own]
            lang = langs[i % len(langs)]
            i += 1
            locale = "en_IN" if own == "IN" else [lc for lc, reg in compose.LOCALES[lang] if reg == own][0]
            genre = rng.choice(sorted(compose.LEX[lang]["GENRES"]))
            # keep exactly LOCAL_PER_REGION: retry the draw if a two-number document would overshoot
            for _ in range(20):
                state = rng.getstate()
                vals = add(lang, locale, own, genre, "local")
                k = sum(v["mode"] == "local-announced" for v in vals)
                if got + k <= LOCAL_PER_REGION:
                    got += k
                    break
                records.pop()
                values.pop()
                n -= 1
                rng.setstate(state)
                rng.random()
    for table, kind in ((POS, "pos"), (NEG, "neg")):
        for lang in sorted(table):
            for _ in range(table[lang]):
                locale, own = rng.choice(compose.LOCALES[lang])
                genre = rng.choice(sorted(compose.LEX[lang]["GENRES"]))
                add(lang, locale, own, genre, kind)
    for rec in corpus.corpus_docs(rng):
        records.append(rec)
        values.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [values[i] for i in order], comp


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None):
    records, values, comp = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(dump(records))
    with open(OUT_VALUES, "w", encoding="utf-8") as fh:
        fh.write(dump(values))
    print(
        "documents",
        len(records),
        "doc redraws",
        comp.doc_redraws,
        "value redraws",
        comp.drawer.value_redraws,
        "kind swaps",
        comp.drawer.kind_swaps,
        "kinds used",
        len(comp.drawer.used),
    )
    print(sorted(comp.drawer.used.items()))
    print("swapped", sorted(comp.drawer.swapped.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
