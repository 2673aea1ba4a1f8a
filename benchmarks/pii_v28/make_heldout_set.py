"""Write tests/data/pii_heldout_v28.jsonl: a twenty-eighth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v27.jsonl and of
    tests/data/pii_heldout_v27_values.jsonl, for the format), earlier sets' generators (benchmarks/pii*/ was
    neither listed nor read), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, and who ran no git command. Read: the module docstring
    of v27's generator (handed over as a text file), the [tool.ruff] part of pyproject.toml,
    /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from, directory listings
    of benchmarks/ and /work/shared/data/. No PII detector or redactor was run on this set; numbers were
    made and checked with phonenumbers only (cards with Luhn, IBANs with mod 97, SSNs with the SSA rules,
    IPs with the ipaddress module). Written under a 30-minute limit, so the phrase inventory is small.
    Emphasis: a broad realistic mix of personal and business text in eight languages (notes to friends and
    neighbours, swap-meet flyers, order summaries, classified ads, residents' meeting minutes, helpdesk
    ticket updates), with the numbers that are not phones that such text carries around them.

Format and conventions: those of v27 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}, values in span order; PHONE modes international, national, local-announced, list-entry,
    other; subscriber-only numbers (local-announced, announced by a phone word or a phone sentence) for
    US, GB, DE, NL, BR, IN, fixed lines only, area_len = phonenumbers' geographic area code length, text =
    exactly the subscriber digits; area_len given for every phone (0 where phonenumbers has none);
    AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB for
    national, list and service numbers; 00 prefixes only in documents from countries that dial 00; Hindi
    documents carry the locale en_IN; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order,
    0-1049) or <source>-<language>-<row>; shuffled with the seed). 'other' = service numbers (toll-free,
    shared cost, UAN, premium). Guards (guards.guard_hits) on the masked text as v27: no '@', no Luhn-valid
    13-19 digit run (groups joined by single spaces or hyphens, every window of whole groups), no mod-97
    IBAN shape, no SSN shape, no dotted quad, no IPv6; a document that trips a guard is redrawn and each
    hard-negative value is redrawn until it trips none on its own. A document's local numbers share one
    area code and its sign-off names that area's town; mobile-only phrasings (texting, WhatsApp, 'Handy',
    'zap') carry mobiles only, landline-only ones (pharmacy counter, surgery switchboard, 'Festnetz',
    'fijo', 'vast') fixed lines only (US numbers fit both); a span never touches a letter or digit.

What is new against v27, by module
    genres (compose.py): note, flyer, receipt, ad, minutes, ticket;
    11 placements (compose.place): body, chat_line ([14:32] Name: ...), footnote ([n] ...), numbered_step
    (Step n: ...), heading_block (## Contact), note_box (⚠ Note: ...), notification (New message · Name),
    hashtag_post (... #tags), calendar_entry (📅 dd/mm, hh:00 – ...), action_item (ACTION (AB): ...),
    reported_speech (Name said: “...”);
    8 value-line shapes: pipe_sep (Tel | v), emoji_icon (📞 v), label_dash (Tel – v), bracket_label ([Tel] v),
    colon_tab (Tel:<TAB>v), bare_label (mob v), spaced_columns (Phone<spaces>v), field_brackets (Tel: [ v ]);
    10 roster formats (compose.roster): tab_columns, json_lines, semicolon_csv, bracket_tags, two_line,
    colon_pairs, letter_list (a) Name – v), vcard_like (FN:/ROLE:/VALUE:), paren_value, fixed_width; the
    same formats carry rosters of numbers that are not phones in negative documents;
    phrasings (lang_a/b/c.py): 8-10 phone phrasings per language (late, buzz my cell; the plumber's number;
    pharmacy counter; meeting point changed; WhatsApp voice note; group reservations by phone; lost scarf on
    the bus; a job reference; the surgery switchboard; babysitter), 4 local phrasings in en, de, nl, pt, hi
    (old landline, clubhouse bar phone, grandma's house phone, branch desk), 2-3 service phrasings, plus
    e-mail, IBAN, card, IP (and SSN in English) phrasings; new negative frames ("Just so you have it, the
    {label} is {value}.", "{label} - {value} (double-check before sending)", "Noted down: ...");
    56 hard-negative kinds (negs.py), each with a non-phone label in all eight languages: parcel tracking,
    order, invoice, meter reading and meter serial, policy, event ticket, ISBN-13, postcodes, app versions,
    decimal coordinates, serials, customer and contract numbers, VAT ids, court cases, student ids, rooms,
    trains, recalled lots, EAN barcodes, warranty numbers, population, house prices, balances, article
    numbers, recipe quantities, Wi-Fi keys, error codes, log timestamps, race times, kcal, file sizes, DOIs,
    patents, engine sizes, solar yield, exchange rates, shares, concert seats, stop ids, radio frequencies,
    lockers, polling cards, donor numbers, containers, dimensions, air pressure, heart rate, receipt numbers,
    terminal ids, loyalty points, motorway kilometres, delivery slots, pallet SSCCs, RF payment references;
    number habits (numfmt.py): phonenumbers' own plus e.g. US 402/341-7776, (402)341-7776, 402 341 7776;
    DE 0431 - 4978690, 0431 / 4978690; NL 024 - 7999622, 06 1830 3883; BR (11) 9 0759-8386, 011 907598386;
    IN 71840 11070, 040 27903289; ES 95 266 03 06, 952.66.03.06; +cc (area) rest; 00cc-nsn.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; Faker (MIT, 40.63.0 in
    the venv) for names only (hi_IN names in Hindi documents; towns from values.AREAS); corpus negatives
    untouched from /work/shared/data: GSM8K train questions (MIT), MATH-500 problems (MIT), AIME 2024 and
    AMC 2023 problems (MIT), HumanEval prompts (MIT), Anthropic hh-rlhf harmless-base test dialogues,
    'rejected' side (MIT; can be offensive), OpenAI moderation samples, prompts (MIT; can be offensive),
    HateCheck English test cases (CC BY 4.0; can be hateful), Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful); screened: at most 1,500 characters, no
    '@', 'http', 'www.', no 7+ digit run (digits joined by spaces, tabs, dashes, dots, slashes or
    parentheses), nothing the guards flag. Row = 0-based data row (after the CSV header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v28.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v28.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v28.stats [RECORDS [VALUES]]

Counts (seed 10028; `python -m benchmarks.pii_v28.stats` prints them all)
    rebuild matches the files: True
    documents: 1200 {'neg': 450, 'pos': 600, 'corpus': 150}
    positive documents without a value: 0
    values: 1808; by kind: PHONE: 1375, EMAIL: 165, IP_ADDRESS: 90, CREDIT_CARD: 72, IBAN: 66, US_SSN: 40
    modes: PHONE/local-announced: 450, PHONE/national: 400, PHONE/list-entry: 275, PHONE/international:
        150, PHONE/other: 100, EMAIL/personal: 88, EMAIL/role: 77, IP_ADDRESS/v4: 60, IBAN/grouped: 50,
        CREDIT_CARD/grouped: 40, US_SSN/dashed: 33, IP_ADDRESS/v6: 30, CREDIT_CARD/dashed: 18,
        IBAN/compact: 16, CREDIT_CARD/compact: 14, US_SSN/spaced: 7
    phone regions: US: 342, DE: 170, GB: 162, IN: 148, NL: 145, BR: 141, FR: 98, IT: 81, ES: 75, CH: 4,
        AT: 3, AU: 3, IE: 2, BE: 1
    local-announced by region: BR: 75, DE: 75, GB: 75, IN: 75, NL: 75, US: 75
    locales: en_US: 404, en_IN: 112, de_DE: 106, en_GB: 100, nl_NL: 94, pt_BR: 94, fr_FR: 92, es_ES: 83,
        it_IT: 83, de_AT: 6, de_CH: 6, en_AU: 6, en_IE: 6, fr_BE: 4, fr_CH: 2, nl_BE: 2
    document languages (generated): en: 459, de: 112, fr: 92, nl: 90, pt: 88, es: 77, it: 77, hi: 55
    genres: flyer: 206, ad: 199, minutes: 169, note: 167, receipt: 156, ticket: 153
    roster formats (phones): bracket_tags: 7, colon_pairs: 7, json_lines: 7, letter_list: 7, paren_value:
        7, semicolon_csv: 7, tab_columns: 7, two_line: 7, vcard_like: 7, fixed_width: 6
    rosters of numbers that are not phones: json_lines: 27, tab_columns: 22, paren_value: 21, vcard_like:
        21, two_line: 18, bracket_tags: 16, semicolon_csv: 16, fixed_width: 15, colon_pairs: 12,
        letter_list: 12
    value-line shapes: bare_label: 86, pipe_sep: 82, label_dash: 81, spaced_columns: 72, emoji_icon: 70,
        field_brackets: 68, colon_tab: 66, bracket_label: 61
    placements: body: 581, notification: 109, hashtag_post: 102, footnote: 100, numbered_step: 100,
        calendar_entry: 95, note_box: 94, reported_speech: 94, action_item: 91, heading_block: 88,
        chat_line: 79
    phrasings used: 157 (announcing phone numbers: 59, local: 20, service numbers: 17)
    hard-negative kinds used: 56; hard-negative values: 3619
    hard-negative kinds: air_pressure, balance, barcode, batch_year, concert_seat, container, contract_no,
        coords, court_case, customer_no, dimensions, doi, donor_no, engine, error_code, event_ticket,
        file_size, fx_rate, heart_rate, house_price, invoice_no, isbn, kcal, locker, log_time,
        meter_reading, meter_serial, order_no, pallet, parcel, patent, points, policy_no, polling_card,
        population, postcode, race_time, radio, recall_lot, receipt_no, recipe, road_km, room, serial,
        shares, sku, solar, stop_id, student_id, terminal_id, train_no, transfer_ref, vat_no, version,
        warranty, wifi_key
    number styles used: 24
    corpus sources: gsm8k_train-en: 30, hh_rlhf_rejected-en: 20, openai_moderation-en: 20, math500-en: 15,
        humaneval-en: 13, hatecheck-en: 10, mhc-de: 6, mhc-es: 6, mhc-fr: 6, mhc-it: 6, mhc-nl: 6, mhc-pt:
        6, aime24-en: 3, amc23-en: 3
    guard redraws: 0
    characters: 459677
"""

import json
import sys

from .build import build

SEED = 10028
RECORDS = "tests/data/pii_heldout_v28.jsonl"
VALUES = "tests/data/pii_heldout_v28_values.jsonl"


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None):
    recs, vals, _meta = build(SEED)
    with open(RECORDS, "w", encoding="utf-8") as f:
        f.write(dumps(recs))
    with open(VALUES, "w", encoding="utf-8") as f:
        f.write(dumps(vals))
    print("wrote", len(recs), "records")


if __name__ == "__main__":
    main(sys.argv[1:])
