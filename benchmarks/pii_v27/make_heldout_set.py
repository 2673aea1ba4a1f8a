"""Write tests/data/pii_heldout_v27.jsonl: a twenty-seventh, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v26.jsonl and of
    tests/data/pii_heldout_v26_values.jsonl, for the format), earlier sets' generators (benchmarks/pii*/ was
    neither listed nor read), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, and who ran no git command. Read: the module docstring
    of v26's generator (handed over as a text file), the [tool.ruff] part of pyproject.toml,
    /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from, directory listings
    of benchmarks/ and /work/shared/data/. No PII detector or redactor was run on this set; numbers were
    made and checked with phonenumbers only (cards with Luhn, IBANs with mod 97, SSNs with the SSA rules,
    IPs with the ipaddress module). Emphasis (differs from v26's number-dense texts): a broad everyday mix
    of what a content-safety team filters - personal messages and chats, e-mails (replies, forwards,
    out-of-office notes), community posts (neighbours' groups, lost pets, street parties), small-business
    notices, public-service notices (library, clinic, roadworks), filled-in forms and listings (cars, rooms,
    tradesmen).

Format and conventions: those of v26 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}, values in span order; PHONE modes international, national, local-announced, list-entry,
    other; subscriber-only numbers (local-announced, always announced by a phone word or a phone sentence)
    for US, GB, DE, NL, BR, IN, fixed lines only, with area_len the area code length phonenumbers gives and
    the text exactly the subscriber digits (spaced, dashed or dotted); area_len is given for every phone (0
    where phonenumbers has no geographic area code); AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use the neighbouring plan (DE, FR, NL, GB) for national, list and service
    numbers; 00 prefixes only in documents from countries that dial 00 abroad; Hindi documents carry the
    locale en_IN; ids <locale>-<pos|neg>-<genre>-<n> (n = the document's
    place in build order, 0-1049) or <source>-<language>-<row>; shuffled with the seed). 'other' numbers are
    service numbers (toll-free, shared cost, premium, UAN). IBANs mod-97 valid (no national check digits),
    cards Luhn-valid (Visa, Mastercard 51-55 and 2221-2720, Amex, Discover), SSNs by SSA rules in en_US
    English documents only, IPs v4 (35 private, 25 public) and global v6 compressed. Guards
    (guards.guard_hits): the masked text holds no '@', no Luhn-valid 13-19 digit run (groups joined by
    single spaces or hyphens, every window of whole groups checked), no mod-97-valid IBAN shape, no SSN
    shape (3-2-4 with single spaces or hyphens), no dotted quad, no IPv6; a document whose draw trips a
    guard is redrawn, and every hard-negative value is drawn again until it trips none on its own. The
    local numbers of a document share one area code and the document is set in that area's town; a
    phrasing or label that implies a mobile (texting, WhatsApp, 'Handy', 'zap', 'new number, old phone
    died') is used for mobiles only, one that implies a landline ('ring the house', 'Festnetz', 'fijo',
    'vaste lijn', 'लैंडलाइन', reception desks, duty lines) for fixed lines only (US numbers fit both); a
    span never touches a letter or digit.

What is new against v26, by module
    7 genres (compose.py, lang_*.py): message, email, community, shop, public, form, listing;
    13 placements (layout.py): body_sentence, ps_line (P.S., PS:, P. D.:, पुनश्च:), aside (a whole
    sentence in parentheses), bullet_point (•), quoted_reply ("On 3/7, X wrote:" then "> ..."),
    autoreply (out-of-office note at the top), signature (closing, name, value line), checkbox_field
    ("[x] Preferred contact" then a value line), tear_off (✂ strip with name), banner (>>> ... <<<),
    qa_pair (Q:/A:, F:/A:, प्रश्न:/उत्तर: ...), voicemail (voicemail header with the caller's number and the
    message), forward_header (forwarded-message block with From: name <address>); plus roster;
    10 roster formats (layout.py): markdown_table, yaml_list, dot_leaders, inline_commas, quoted_csv,
    dash_role, key_equals, xml_rows, numbered_paren, slash_separated; the same formats carry rosters of
    numbers that are not phones (membership numbers, plots, raffle tickets, staff numbers, library cards,
    parking permits, key-safe codes, flats, dates of birth, shifts) in negative documents;
    10 value-line shapes (layout.py): colon_dots (Tel. ...... value), arrow (→), equals (tel = value),
    angle (<value>), caps_label, md_bold (**Phone:**), star_bullet (* Phone:), paren_label ((Tel.) value),
    label_newline (label, then the value on its own line), value_first (value (Mobile));
    phrasings (lang_*.py): per language 8-12 phone phrasings (text me when you get home, new number old
    phone died, ring the front desk, leave a message, found the cat, ask for X, join the street WhatsApp,
    out-of-hours duty line, book a slot, viewings, ring the house, a referee's number), 3-4 local phrasings
    in the six local languages (the hall phone, ring us at home/we are in the phone book, shop tel. with
    answerphone, office phone 'it is a <town> number'), 2-3 service phrasings, plus e-mail, IBAN, card, IP
    (and in English SSN) phrasings; labels split into neutral, mobile-only and landline-only;
    hard negatives (negs.py, labels in the lang_*.py 'neg' tables), each announced by a context word that is
    not a phone word, in article-free frames ("Please quote your {label} {value} on all correspondence",
    "Sie wollten nochmal: {label} ({value})", "Pour info, {label} {value}"): 81 kinds - sort code and
    account, routing number (ABA check digit), NHS-style number (mod 11), hospital number, prescription
    number, vaccine batch with expiry, blood pressure, blood sugar, steps, doses, appointment references,
    booking confirmations, flights with gates, booking codes, coach/seat, number plates (per country), VIN,
    MAC address, door codes, key-safe codes, raffle ticket ranges, hymn numbers, Bible readings, page
    ranges, library shelfmarks, allotment plots, land title numbers, planning applications, penalty charge
    notices, parking permits, council-tax accounts, taxpayer references, staff numbers, PO boxes, flats,
    gift cards (never Luhn-valid), membership numbers, library cards, cheque numbers, model numbers, loan
    accounts, insurance claims, returns numbers, job references, support cases, OS grid references,
    mileage, tyre sizes, screen resolutions, storage, lottery numbers, net pay, shifts, hours, salary
    ranges, dates of birth, age ranges, vote tallies, petition signatures, money raised, head counts,
    temperatures, rainfall, house-number ranges, bus routes, marks, bin collection dates, body weight,
    height, shoe sizes, fuel use, energy unit rates, interest rates, DMS coordinates, altitude, distances,
    walking times, date ranges, year ranges, time ranges, unit prices;
    number habits (numfmt.py): phonenumbers' own groupings plus US 415.555.0123, (415)555-0123,
    1-415-555-0123 and 415 555-0123; trunk-dash 0511-8684847, (0351) 2161033, trunk pairs 0511 868 48 47,
    DE 0228/2457721, GB 07719 961 983; FR dots, dashes and solid; ES 3.3.3, solid and 2-3-2-2; IT 051/591234,
    051.334.1981, 055-5086871; BR 85-3905-4684, (48) 44845936, 71.3396.3410; IN (0141) 2820416,
    0522 4569 880, 098765-43210, 9876-543-210; international +4930..., +49-511-8684847, 0049 30 ...,
    +44 (0)20 ..., +1 (503) 341-7776, +55 (61) 36494383, +33.565.88.08.12; subscribers 341-7776,
    341.7776, 2235-9256, 68 39 60, 936 66 25; services 1-800-289-2184, 800.289.2184, 1800-246-141,
    4004-4192, 0345-5914913.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; Faker (MIT), as
    installed in the venv (40.63.0), for names only (hi_IN names in Hindi documents; towns come from
    values.AREAS); corpus negatives untouched from /work/shared/data: GSM8K train questions (MIT), MATH-500
    problems (MIT), AIME 2024 and AMC 2023 problems (MIT), HumanEval prompts (MIT), Anthropic hh-rlhf
    harmless-base test dialogues, 'rejected' side (MIT; can be offensive), OpenAI moderation samples,
    prompts (MIT; can be offensive), HateCheck English test cases (CC BY 4.0; can be hateful), Multilingual
    HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by spaces,
    tabs, dashes, dots, slashes or parentheses), nothing the guards flag. Row = 0-based data row (after the
    CSV header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v27.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v27.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v27.stats [RECORDS [VALUES]]

Counts (seed 10027; `python -m benchmarks.pii_v27.stats` prints them all)
    rebuild matches the files: True
    documents: 1200 {'neg': 450, 'pos': 600, 'corpus': 150}
    positive documents without a value: 0
    values: 1813; by kind: PHONE: 1380, EMAIL: 165, IP_ADDRESS: 90, CREDIT_CARD: 72, IBAN: 66, US_SSN: 40
    modes: PHONE/local-announced: 450, PHONE/national: 405, PHONE/list-entry: 275, PHONE/international: 150,
        PHONE/other: 100, EMAIL/personal: 88, EMAIL/role: 77, IP_ADDRESS/v4: 60, IBAN/grouped: 50,
        CREDIT_CARD/grouped: 40, US_SSN/dashed: 33, IP_ADDRESS/v6: 30, CREDIT_CARD/dashed: 18, IBAN/compact:
        16, CREDIT_CARD/compact: 14, US_SSN/spaced: 7
    phone regions: US: 284, IN: 186, GB: 162, DE: 151, BR: 128, NL: 123, FR: 108, IT: 80, ES: 79, CH: 23, AU:
        16, BE: 15, IE: 13, AT: 12
    local-announced by region: BR: 75, DE: 75, GB: 75, IN: 75, NL: 75, US: 75
    locales: en_US: 339, en_IN: 125, de_DE: 106, en_GB: 105, fr_FR: 91, nl_NL: 91, pt_BR: 91, es_ES: 81,
        it_IT: 81, de_AT: 15, de_CH: 15, en_AU: 15, en_IE: 15, fr_BE: 12, fr_CH: 9, nl_BE: 9
    document languages (generated): en: 425, de: 130, fr: 106, nl: 94, pt: 85, es: 75, it: 75, hi: 60
    genres: community: 150, email: 150, form: 150, listing: 150, message: 150, public: 150, shop: 150
    roster_format: dash_role: 7, dot_leaders: 7, inline_commas: 7, key_equals: 7, markdown_table: 7,
        numbered_paren: 7, quoted_csv: 7, slash_separated: 7, xml_rows: 7, yaml_list: 7
    rosters of numbers that are not phones: xml_rows: 25, dot_leaders: 21, markdown_table: 21, quoted_csv: 18,
        slash_separated: 17, dash_role: 16, yaml_list: 16, key_equals: 15, inline_commas: 13, numbered_paren:
        9
    shape: label_newline: 45, star_bullet: 45, colon_dots: 44, caps_label: 36, arrow: 35, angle: 33,
        paren_label: 33, md_bold: 32, value_first: 29, equals: 27
    placements: body_sentence: 308, bullet_point: 209, aside: 200, signature: 183, banner: 142, qa_pair: 141,
        quoted_reply: 113, tear_off: 78, ps_line: 75, roster: 70, autoreply: 40, checkbox_field: 34,
        voicemail: 10, forward_header: 5
    placement x language pairs: 101
    phrasings used: 159 (announcing phone numbers: 76, service numbers: 17)
    hard-negative kinds used: 81; hard-negative values: 4042
    hard-negative kinds: address_range, ages, appointment_ref, bible_ref, bin_day, blood_pressure,
        body_weight, booking_ref, bus_route, cheque_number, claim_number, council_tax_ref, date_range,
        distance, dob, donations, door_code, dosage, duration, elevation, flat, flight, fuel_use, gift_card,
        glucose, gps_dms, grid_ref, headcount, height, hours, hymns, interest_rate, job_ref, key_safe,
        library_card, loan_ref, lottery, mac, member_number, mileage, model_number, mrn, nhs_number, page_ref,
        payslip, pcn, permit_number, planning_ref, plate, plot, pnr, po_box, raffle, rainfall, resolution,
        rma, routing_number, rx_number, salary, score, shelfmark, shift, shoe_size, signatures, sort_code,
        staff_number, steps, storage, support_case, tariff, tax_ref, temperature, time_range, title_number,
        train_seat, tyre_size, unit_price, vaccine_batch, vin, votes, year_range
    number styles used: 49
    corpus sources: gsm8k_train-en: 30, hh_rlhf_rejected-en: 20, openai_moderation-en: 20, math500-en: 15,
        humaneval-en: 13, hatecheck-en: 10, mhc-de: 6, mhc-es: 6, mhc-fr: 6, mhc-it: 6, mhc-nl: 6, mhc-pt: 6,
        aime24-en: 3, amc23-en: 3
    guard redraws: 0
    characters: 432658
"""

import sys

from .build import build, dumps
from .checks import RECORDS, VALUES


def main():
    records, _info = build()
    r_text, v_text = dumps(records)
    RECORDS.write_text(r_text, encoding="utf-8")
    VALUES.write_text(v_text, encoding="utf-8")
    print("wrote %d documents to %s and %s" % (len(records), RECORDS, VALUES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
