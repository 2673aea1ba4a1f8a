"""Write tests/data/pii_heldout_v47.jsonl: the forty-seventh independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), from the world of retail,
e-commerce and customer service.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths, and read back by checks.py/stats.py),
    benchmarks/results/ or any other benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, who ran no git command, no `make` target and no PII
    detector or redactor. Read: the brief, /tmp/s15/v44_docstring.txt (v44's module docstring, for format and
    conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s15/format_records_v44.jsonl and /tmp/s15/format_values_v44.jsonl (first three lines of v44 and its
    sidecar), /tmp/s15/ruff.toml.txt (lint settings), the first 120 lines of /work/shared/data/SOURCES.md
    (the whole file), a listing of /work/shared/data/ and its subfolders, and the first 400-500 characters
    of gsm8k_train, math500_test, the OpenAI moderation samples, the English HateCheck CSV and the German
    Multilingual HateCheck CSV (for keys); phonenumbers, python-stdnum and Faker only through their APIs.
    Nothing else under /tmp/s15/ but the scratch folder /tmp/s15/w47/ (which held a draft of this text).
    Numbers were made and checked with phonenumbers only (values.py): a number is drawn from a town's area
    code, a mobile prefix or a service prefix with a realistic national length and kept when valid, of its
    region, of the wanted type (fixed line; mobile; toll-free or shared cost) and with its national
    significant number equal to the drawn digits; for the local-announcing countries the town's code length
    equals phonenumbers' geographic area-code length. Every written form is parsed back to the same valid
    number before use (otherwise phonenumbers' INTERNATIONAL format is used). Hard negatives (negs.py) were
    screened with phonenumbers (screen.py): each value on its own (PhoneNumberMatcher at Leniency.VALID, and
    parse + is_valid_number for values without a letter) for the document's region, its borrowed region, US
    and GB (drawn again up to 300 times), and each whole document again with its spans masked ('x') for
    those regions plus the region of every phone in it; guards (e-mail, Luhn 13-19 digits starting 3-6 in
    any digit run, valid IBAN, IPv4/IPv6, ddd-dd-dddd) run on every value and every masked document; a
    failing document, or one whose spans touch a letter or digit, is drawn again (up to 60 times).
    Written under a 40-minute limit, so each genre cell is small (two headers, four fillers of which two or
    three are used, one sign-off per genre and language); contact lines are shared by the genres of a
    language.
    Emphasis: retail, e-commerce and customer service, each genre with its own sentences in every language:
    order confirmations and shipping e-mails (order), returns / warranty desks and complaint letters
    (returns), till receipts and shop-window text (receipt), loyalty-club mailers (loyalty), marketplace
    seller pages (seller), customer reviews and product Q&A (review), chat-support transcripts and
    call-centre scripts (chat), store locators and opening-hours pages (stores).

Format and conventions: those of v44 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; international/national follow the written form (a form
    starting '+', '(+' or '00' is international). local-announced only for US, GB, DE, NL, BR, IN fixed
    lines in documents of that country (en_US, en_GB, en_IN, hi, de_DE, nl_NL, pt_BR), exactly 75 per
    region (at most three per document), text = subscriber part, area_len = the town's area-code length
    (= phonenumbers' geographic area-code length); area_len for every phone (0 where phonenumbers has
    none). AT/CH/BE/AU/IE documents write every phone internationally and take half of their numbers from
    DE (de_AT, de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE); 'from abroad' lines carry the
    document's own country's numbers (60%) or another country's fixed line, always written
    internationally. Hindi documents carry the locale en_IN (stats.py tells them by their Devanagari) and
    Hindi town names in local lines. ids <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>;
    records shuffled with the seed. Other modes: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid (Amex
    4-6-5), IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced (en_US chat and
    loyalty only: a store-card application). 'other' = service numbers (toll-free or shared cost, written
    only in phonenumbers' NATIONAL or INTERNATIONAL format); a service number in a directory has the mode
    list-entry. list-entry = a phone in a directory block under a heading ending in a colon ('Useful
    numbers:' with service roles, or 'Our stores:' with the town of each fixed line), in three layouts new
    to v47: dot leaders ('Repairs .......... 0113 496 0123'), pipe-table rows with opening hours
    ('| Sevilla | 9–18 | 954 32 27 42 |') and bullets with an en dash ('• Pharmacy – +61-8-6120-5581'). A
    span never touches a letter or digit. IBANs only in order and returns documents and never in
    en_US/en_AU/en_IN/hi/pt_BR (a refund by bank transfer); cards in chat and returns (a customer who pasted
    a full card number); IPs in chat and order (order-fraud check, chat-session origin). Negative documents
    use the same headers and fillers with no contact lines (sometimes a 'no orders by phone' line).

What is new against v44, by module
    genres and layouts (compose.py, texts_en/de/fr/es/it/nl/pt/hi.py): the 8 retail genres above, all
    sentences written fresh; per language 3 general phone lines (order queries, customer service hours,
    service desk), a mobile-only line (text / WhatsApp the delivery team), a landline-only line (store
    landline, no texts), 2 'from abroad' lines (ordering from abroad), 2 service lines (order hotline,
    payment queries), 2 e-mail lines, IBAN (refund), card, 2 IP lines, (en) an SSN line, 2 directory
    headings, 6 shop roles, 2 'no phone' lines; 3 local phrasings per local country in the shop idiom
    ('Local to Omaha? Skip the area code and dial the pharmacy counter at 273 6508.', 'From a York
    landline just dial 646 869 for the click-and-collect counter.', 'Kundschaft aus Köln wählt ohne
    Vorwahl einfach die 584739.', 'Woon je in Leiden? Dan bel je de winkel gewoon op 514 6191.', 'Clientes
    de Recife ligam direto, sem o DDD: 3855-6781.', 'Within Pune, dial 25580796 for home delivery.',
    'कोच्चि स्टोर (लोकल कॉल): 2271900').
    Hard negatives (negs.py), none in v44's list: 38 retail kinds, each a labelled line in the
    document's language: order numbers (3-7-7, #nnnnnnn, WEB-yyyy-AAnnnnn), return authorisations
    (RMA-), SKUs, EAN-13 (check digit), UPC-A (check digit), coupon codes, receipt numbers
    (nnnn/nnn/nnnn), till numbers, cashier ids, loyalty-card numbers (16 digits in fours, failing Luhn),
    UPS 1Z tracking ids, UPU S10 registered-post ids (check digit), DHL/PostNL/14-digit parcel ids,
    prices (local currency and separators), struck-through prices with discount, model numbers, store
    numbers, aisle/bay/bin locations, gift-card numbers with PIN (19 digits failing Luhn), invoice
    numbers, customer numbers (nn nnn nnn, K-nnnnnnn), serial numbers, VAT rate and amount, card-terminal
    id with trace number, masked card numbers, authorisation codes, delivery slots, parcel weight and
    size, batch / best-before, clothing and shoe sizes, star ratings with review counts, warranty end
    dates, support case numbers, opening hours, quantity × unit price, ASINs, ISBN-13 (check digit),
    pickup codes (nnn nnn).
    number habits (values.py), besides phonenumbers' NATIONAL and INTERNATIONAL formats: '+CC (0)area
    subscriber' with the trunk zero in brackets (GB, DE, NL, FR, AT, CH, BE, IE, AU, IN, BR: +44 (0)113
    496 0123, +49 (0)231 584739); '(+CC) national-grouping' (ES, PT, IT, FR, BE, CH: (+34) 954 322 742);
    dashed international for IE/AU/AT (+353-1-564-3008); US 402 273 6508, 402/273-6508,
    +1 (402) 273-6508; GB (01223) 646869, mobiles 07796-935049; DE 0231/584739, 0231 / 58 47 39; FR
    05-54-26-69-01; ES 954-322-742, 954.32.27.42; IT 010.8708414, +39 3921203600; NL (050) 352 6119,
    mobiles 06 - 46468620; PT +351 239-647-788; BR fixed (027) 3855-6781, 027 3855 6781, +55 27 3855-6781,
    mobiles (21) 9 7845-4748, +55 21 9 7845-4748; IN fixed (0484) 2271900, +91 484 227 1900, mobiles
    98765-43210, 098765-43210. Local forms (subscriber only): US 597 9190; GB 496 0123 / 646 869 (3 +
    rest); DE 584739 or 584 739 (6 digits), solid or 4-4 for Berlin/Hamburg 8 digits; NL 4212472 or
    421 2472; BR 4584-7445 or 4584.7445; IN 25580796 or 2558-0796 (8 digits), 2271900 (7 digits).
    corpus (corpus.py): GSM8K train questions, MATH-500 problems, OpenAI moderation samples (prompts) and
    English HateCheck cases (none used by v44), plus Multilingual HateCheck cases.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN, Luhn, EAN and ISBN check digits; Faker (MIT) for person names (hi_IN
    names in Hindi documents, en_US names for personal e-mail addresses); towns from values.AREAS (fixed
    list); e-mail domains from compose.ORGS (invented shop names); corpus negatives untouched from
    /work/shared/data: GSM8K train questions (MIT), MATH-500 problems (MIT), OpenAI moderation samples
    'prompt' (MIT; can be offensive or about self-harm), English HateCheck test cases (CC BY 4.0; can be
    hateful; locale en_GB), Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases
    (CC BY 4.0; can be hateful; Portuguese given the locale pt_BR); screened: at most 1,500 characters, no
    '@', 'http', 'www.', no 7+ digit run (digits joined by spaces, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher (own region, US, GB) flag. Row = 0-based data row (after the
    CSV header / JSONL line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v47.make_heldout_set [--check]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v47.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v47.stats [RECORDS [VALUES]]

Counts (seed 10047; `python -m benchmarks.pii_v47.stats` prints them all)
    rebuild matches the files: True (also under another PYTHONHASHSEED); checks: 0 errors; ruff: 0 findings
    documents: 1199 {'pos': 645, 'neg': 364, 'corpus': 190}
    languages: {'en': 439, 'de': 136, 'fr': 128, 'pt': 125, 'nl': 113, 'es': 95, 'it': 93, 'hi': 70}
    values: 2164 by kind: {'PHONE': 1896, 'EMAIL': 152, 'IBAN': 41, 'CREDIT_CARD': 38, 'IP_ADDRESS': 33,
        'US_SSN': 4}
    modes: {'PHONE/international': 548, 'PHONE/list-entry': 478, 'PHONE/local-announced': 450,
        'PHONE/national': 259, 'PHONE/other': 161, 'EMAIL/personal': 82, 'EMAIL/role': 70,
        'IBAN/electronic': 24, 'IP_ADDRESS/v4-private': 17, 'IBAN/print': 17, 'CREDIT_CARD/dashed': 14,
        'CREDIT_CARD/solid': 14, 'IP_ADDRESS/v6': 11, 'CREDIT_CARD/spaced': 10, 'IP_ADDRESS/v4': 5,
        'US_SSN/dashed': 3, 'US_SSN/spaced': 1}
    local-announced by region: {'US': 75, 'GB': 75, 'DE': 75, 'NL': 75, 'BR': 75, 'IN': 75}
    genres: {'chat': 123, 'loyalty': 137, 'order': 131, 'receipt': 124, 'returns': 127, 'review': 125,
        'seller': 128, 'stores': 114}
    hard-negative kinds: 38 retail kinds; document redraws: 1
"""

import json
import sys
from pathlib import Path

from .build import build

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v47.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v47_values.jsonl"


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv):
    records, values, redraws = build()
    rec_text, val_text = dumps(records), dumps(values)
    if "--check" in argv:
        same = (
            RECORDS.read_text(encoding="utf-8") == rec_text and VALUES.read_text(encoding="utf-8") == val_text
        )
        print(f"rebuild matches the files: {same}")
        return 0 if same else 1
    RECORDS.write_text(rec_text, encoding="utf-8")
    VALUES.write_text(val_text, encoding="utf-8")
    print(f"wrote {len(records)} records; document redraws: {redraws}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
