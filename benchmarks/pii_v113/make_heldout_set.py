"""Write tests/data/pii_heldout_v113.jsonl: a 113th, independent held-out labelled set for PII detection
(phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), all in one domain: clinical trials
and medical research recruitment.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and the first few
    hundred bytes of amc23_test.jsonl, math500_test.jsonl, the English HateCheck CSV and the German
    Multilingual HateCheck CSV (for their fields); the other corpus files were only read by corpus.py.
    GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only: drawn at
    random after an area code or operator prefix, kept when valid, of the wanted type and of the stated
    region, and every written form parsed back to the same number (national forms with the region,
    international forms with none, local forms with trunk prefix and area code put back). Cards with Luhn,
    IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with ipaddress.
    Hard negatives are screened one by one (negs.value_dirty: parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID, for the document's own, national and language home regions, plus
    negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes, valid IBANs, SSN
    shapes, IPv4/IPv6), and each finished document again with its labelled spans blanked (compose.screened;
    checks.py repeats this screen). A kind still dirty after 200 draws falls back to a related kind
    (compose.FALLBACK: MedDRA codes -> ICD-10 codes, blood pressures -> heart rates, else storage ranges):
    this happened 12 times in the shipped build (8 MedDRA codes in Belgian and Irish documents, where
    '100xxxxx' is always a valid number, 4 blood pressures). Written under a 35-minute limit, so cells are
    small (2-5 sentences per slot); English has all 11 genres, German 6, French 5, Spanish 4, Italian 4,
    Dutch 5, Portuguese 5, Hindi 4.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the area code's length, checked against phonenumbers' geographical area code length, null
    for every other phone; text = the subscriber part only; a document's local numbers share one area code
    and the sentence names its town. AT/CH/BE/AU/IE documents write their own numbers internationally only
    and use DE, FR, NL or GB for national, list and free-phone numbers (compose.LOCALES); no 00 prefixes.
    Hindi documents carry locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with the
    seed. 'international' = written with a leading + (possibly inside parentheses, '(+34) ...'). Other modes:
    EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS
    v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free numbers (type checked). list-entry = a phone
    in a contact block at the end of a document, one per line, in five new layouts: '• Label: <phone>',
    '<phone> (Label)', 'Label — <phone>', 'Label<TAB><phone>', '* Label, tel. <phone>' (heads 'Study
    contacts', 'Site numbers', 'Trial team', 'Who to call about this study', 'Studienkontakte',
    'Ansprechpersonen der Studie', "Contacts de l'étude", 'Numéros du centre', 'Contactos del estudio',
    'Teléfonos del centro', 'Contatti dello studio', 'Numeri del centro', 'Contactgegevens studie',
    'Telefoonnummers onderzoeksteam', 'Contatos do estudo', 'Telefones do centro', 'अध्ययन संपर्क',
    'ट्रायल टीम के नंबर'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 11 genres, none
    in v52, all clinical research: recruit (volunteer recruitment adverts), screening (screening-visit
    letters), ethics (ethics committee / IRB letters), courier (frozen-sample shipping instructions), nurse
    (research nurse handovers and visit notes), consent (information sheets and consent-form contact
    sections), feasibility (site feasibility and initiation visits), safety (SAE reporting lines),
    stipend (volunteer payments: reloadable study cards, IBAN transfers, a US tax-form SSN), panel (volunteer
    register newsletters), pharmacy (trial pharmacy, temperature excursions); all sentences written fresh in
    en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('Live in Denver? The research
    clinic's front desk is a local call:', 'Omaha participants: reach the study coordinator at ..., or the
    after-hours nurse at ...', 'Calling from a Tampa number, you only need to dial ... for the volunteer
    desk', 'The Houston trial site takes voicemails on ... (no area code needed in town)', 'Volunteers near
    Leeds can ring the unit directly on ... from a local phone', 'Within Cardiff, the research office is
    simply ...; the overnight ward is ...', 'If you're dialling from a Glasgow landline, the recruitment line
    is just', 'For Pune participants, the site office landline is ... (local call)', 'Within Chennai city,
    dial ... for the trial coordinator and ... for the lab', 'Jaipur volunteers may call ... from any
    landline in the city', 'Aus dem Kölner Ortsnetz erreichen Sie die Studienambulanz direkt unter',
    'Probanden aus Essen: Anmeldung ..., Rückrufbitte ... – jeweils ohne Vorwahl', 'Innerhalb von Leipzig
    genügt für das Studienzentrum die Nummer', 'Studienzentrum Dresden, Ortsgespräch:', 'Woont u in Delft?
    Het onderzoekscentrum belt u binnen de stad gewoon op', 'Deelnemers uit Zwolle: aanmelden via ...,
    spoed via ... (zonder netnummer)', 'Binnen Arnhem is de researchpoli kortweg', 'Mora em Recife? A
    recepção do centro de pesquisa atende no ..., ligação local', 'Voluntários de Manaus: agendamento ...,
    enfermagem ... – sem o DDD', 'De um fixo de Campinas, basta discar', 'Delhi शहर के लैंडलाइन से ट्रायल
    सेंटर का नंबर सिर्फ़ ... है', 'Mumbai के प्रतिभागी पंजीकरण के लिए ... और लैब के लिए ... डायल करें',
    'Kolkata में लोकल कॉल पर स्टडी कोऑर्डिनेटर:'); cards are reloadable participant payment cards, IBANs
    receive travel refunds, IPs are EDC servers, panel portals and temperature-logger hosts, the SSN sits
    on a US participant payment form;
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: ClinicalTrials.gov NCT numbers,
    EudraCT numbers, ISRCTN numbers, WHO UTNs, UK REC references (23/NW/0147), protocol codes, document
    versions with dates, NIH grant numbers, sample sizes (n = 240), screening/subject numbers (104-0032),
    randomisation codes, IMP kit numbers, batch/lot numbers, specimen labels, courier waybills (JJD...),
    dry-ice weights with UN 1845, centrifuge settings, freezer positions, storage ranges (2–8 °C),
    temperature-logger min/max, visit windows (day 28 ± 3), appointment time windows, doses (mg/m², mg/kg),
    blood pressures, heart rates, HbA1c, eGFR, BMI ranges, reimbursement amounts (£, €, US$, R$, ₹), blood
    tube counts and volumes, QTc, platelet counts, infusion rates, PHQ-9 scores, MedDRA codes, ATC codes,
    ICD-10 codes, ORCID iDs, DOIs, PMIDs, elimination half-lives;
    number habits (habits.py): US 312-533-0656, 312.533.0656, (312)533-0656, 1-312-533-0656,
    1.312.533.0656, +1-312-533-0656, +1.312.533.0656, +1 312-533-0656, 1.800.201.2904, (888)201-2904; GB
    0207 946 0018, 0161 496 0018, (0161) 4960018, (020) 79460018,
    0161-496-0018, 07700 900123, 07700-900123, 0770 090 0123, +44 (0)161 4960018, +44 (0) 20 79460018,
    0808 157 0192; DE (0761) 4567890, 030 12 34 56 78 (pairs from the right), 030-12345678,
    0176 12345678, 0176-12345678, 0176 1234 5678, +49 (0)30 12345678, +49 (0) 30 12345678,
    0800 123 4567, 0800-1234567; NL 020 312 3456, (020) 312 34 56, 020-312 3456, 06 1234 5678,
    06 12 34 56 78, +31 (0)20 3123456, +31 (0) 6 12345678; BR (11) 3222-1234, (11) 3222 1234,
    11-3222-1234, (11) 99876-5432, 11 99876-5432, (11) 99876 5432, +55 11 3222-1234, +55 11 99876 5432,
    +55-11-99876-5432, 0800 789 7520, 0800 7897520; IN 044-24521234, (044) 2452 1234, 044 2452-1234,
    98765 43210, 09876543210, 987 654 3210, +91 44 24521234, +91 98765 43210, 18004251234, 1800-4251234;
    FR 04 44 78 76 74, 04.44.78.76.74, 0612345678, +33 4 44 78 76 74, +33 (0)4 44 78 76 74,
    +33 (0)4.44.78.76.74, 08 00 12 34 56; ES 936 412 861, 936412861, 936 41 28 61, 612 34 56 78,
    612-345-678, +34 936 412 861, (+34) 936 412 861, 900 123 456; IT 06 7675 8513, 06 76758513,
    (06) 76758513, 333 123 4567, 333-1234567, 333.1234567, +39 333 123 4567, (+39) 3331234567,
    800 123456; PT 213 456 789, 213456789, +351 213 456 789, (+351) 213456789; AT/CH/BE/IE/AU
    '+43 (0)1 2345678', '+41 (0)44 296 69 51', '+41 44 296 6951', '+32 (0) 2 5123456',
    '+353 (0)1 2345678', '+61 (0)2 98765432'; local forms 533.0656, 5330656, 496-0018, 7946-0018,
    79460018, 12 34 56 78, 1234567, 123 4567, 312 3456, 3123456, 31 23 456, 3222.1234, 32221234,
    2452-1234, 24521234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems, AMC23 problems,
    HumanEval prompts (MIT), English HateCheck and Multilingual HateCheck Dutch, French, German, Italian,
    Portuguese, Spanish cases (CC BY 4.0), only cases labelled non-hateful (they may still mention protected
    groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no
    7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher flag. Row = 0-based data row (HumanEval, MATH-500, AMC23: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v113.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v113.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v113.stats [RECORDS VALUES]

Counts (seed 22113; `python -m benchmarks.pii_v113.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1203 {'corpus': 130, 'neg': 325, 'pos': 748}
    values: 1618 by kind: {'PHONE': 1382, 'EMAIL': 182, 'IP_ADDRESS': 27, 'IBAN': 15, 'CREDIT_CARD': 11,
            'US_SSN': 1}
    modes: {'PHONE/national': 490, 'PHONE/local-announced': 450, 'PHONE/list-entry': 180, 'EMAIL/role': 178,
            'PHONE/international': 150, 'PHONE/other': 112, 'IP_ADDRESS/v6': 10, 'IP_ADDRESS/v4': 9,
            'IBAN/electronic': 9, 'IP_ADDRESS/v4-private': 8, 'IBAN/print': 6, 'CREDIT_CARD/spaced': 4,
            'CREDIT_CARD/dashed': 4, 'EMAIL/personal': 4, 'CREDIT_CARD/solid': 3, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'consent': 134, 'courier': 115, 'ethics': 113, 'feasibility': 34, 'nurse': 70, 'panel': 95,
            'pharmacy': 49, 'recruit': 174, 'safety': 70, 'screening': 140, 'stipend': 79}
    languages (documents written here): {'de': 161, 'en': 407, 'es': 55, 'fr': 70, 'hi': 70, 'it': 55,
            'nl': 125, 'pt': 130}
    corpus: {'amc23-en': 12, 'hatecheck-en': 20, 'humaneval-en': 15, 'math500-en': 35, 'mhc-dutch': 8,
            'mhc-french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 2779, kinds replaced after 200 dirty values: 12 (8 meddra, 4 bp),
            hard-negative kinds used: 41
    Few cards (11), IBANs (15), personal e-mails (4) and one US SSN: only stipend, feasibility and
    pharmacy/panel sentences carry them.
"""

import json
import sys

from .build import build

RECORDS = "tests/data/pii_heldout_v113.jsonl"
VALUES = "tests/data/pii_heldout_v113_values.jsonl"


def write(records_path=RECORDS, values_path=VALUES):
    recs, ctx = build()
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, vals in recs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    return ctx


if __name__ == "__main__":
    c = write(*sys.argv[1:3])
    print(
        f"document redraws: {c.doc_redraws}, value redraws: {c.value_redraws}, "
        f"hard-negative kinds used: {len(c.kinds_used)}, replaced: {c.replaced}"
    )
