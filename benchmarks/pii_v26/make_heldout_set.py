"""Write tests/data/pii_heldout_v26.jsonl: a twenty-sixth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v24.jsonl and of
    tests/data/pii_heldout_v24_values.jsonl, for the format), earlier sets' generators (benchmarks/pii*/ was
    neither listed nor read), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, and who ran no git command. Read: the module docstring
    of v24's generator (handed over as a text file), the [tool.ruff] part of pyproject.toml,
    /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from, directory listings
    of benchmarks/ and /work/shared/data/. No PII detector or redactor was run on this set; numbers were
    made and checked with phonenumbers only (cards with Luhn, IBANs with mod 97, SSNs with the SSA rules,
    IPs with the ipaddress module). Emphasis (differs from v24's everyday correspondence): texts dense with
    numbers that are not phones, next to a few that are - sports club results and league tables,
    timetables (bus grids, ferries and tides, opening hours), recipes and shopping lists, school newsletters
    with dates and fees, classified listings with prices and sizes, tender notices, scientific and technical
    notes (lab notebooks, logger output, reference lists), social media posts and reviews.

Format and conventions: those of v24 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}, values in span order; PHONE modes international, national, local-announced, list-entry,
    other; subscriber-only numbers (local-announced, always announced by a phone word, a phone symbol or a
    phone sentence) for US, GB, DE, NL, BR, IN, with area_len the area code length phonenumbers gives and
    the text exactly the subscriber digits; area_len is given for every phone (0 where phonenumbers has no
    geographic area code); AT/CH/BE/AU/IE documents write their own numbers internationally only and use
    the neighbouring plan (DE, FR, NL, GB) for national, list and service numbers; Hindi documents carry the
    locale en_IN; ids <locale>-<pos|neg>-<genre>-<n> (n = the document's place in build order, 0-1049) or
    <source>-<language>-<row>; shuffled with the seed). 'other' numbers are service numbers (toll-free,
    shared cost, premium, UAN). IBANs mod-97 valid (no national check digits), cards Luhn-valid (Visa,
    Mastercard 51-55 and 2221-2720, Amex, Discover), SSNs by SSA rules in en_US documents only, IPs v4 (35
    private, 25 public) and global v6 compressed. Guards (guards.guard_hits): the masked text holds no '@',
    no Luhn-valid 13-19 digit run (groups joined by single spaces or hyphens, every window of whole groups
    checked), no mod-97-valid IBAN shape, no SSN shape (3-2-4 with single spaces or hyphens), no dotted
    quad, no IPv6; a document whose draw trips a guard is redrawn, and every hard-negative value is drawn
    again until it trips none on its own. Also: the local numbers of a document share one area code and the
    document is set in that area's town; a phrasing or label that implies a mobile (texting, 'my mobile',
    'Handy', 'Tel./WhatsApp') is used for mobiles only, one that implies a landline ('the landline',
    'Festnetz', 'fijo') for fixed lines only (US numbers fit both); a span never touches a letter or digit.

What is new against v24, by module
    8 genres (compose.py, lang_*.py): sports, timetable, recipe (recipe or shopping list), school,
    classified, tender, science, social (posts and reviews); number-dense blocks (blocks.py): league
    tables, results lists, 5 km race results, chess pairings with ratings, fixtures and diaries with dates
    in order, bus timetable grids, tide tables, opening-hours tables, ingredient lists and numbered methods
    (sweet or savoury by dish), shopping lists with prices and totals, fee tables, mock-exam timetables,
    classified ads, tender notice fields (I.1 ... VI.4.1), measurement tables, reference lists (DOI, PMID,
    ISBN), logger output with Unix timestamps, post footers and review headers;
    15 placements (compose.py): prose, key_line, footnote (*, superscript or (1) markers), caption
    ([Photo: name] ...), owner_reply (review replies), thread_reply (↳ name: ...), box (ASCII box,
    values never split), strapline (town · label number under the title), table_row (a row added to a
    table block), calendar_entry (an event in a dated list), letterhead (organisation, address, number),
    stop_press ("LATE CHANGE:", "NACHTRAG:" ...), form_field (tender I.1 sub-fields), ad_tail (the end of
    one classified ad), recipe_step (a numbered method step);
    10 roster formats (layout.py): fixed_width, semicolon_csv, tab_separated, rota_by_day, box_drawing,
    json_like, latex_tabular, ini_sections, html_list, vcard_lines; the same formats also carry rosters of
    numbers that are not phones (bib numbers, student IDs, FIDE IDs, serial numbers, VAT numbers ...) in
    negative documents; 13 value-line shapes (layout.py): pipe_cells, bracket_tag, emoji_lead (☎ 📞 📱 ✆,
    ✉, 🏦, 💳, 🌐), tab_aligned, em_dash, middot, latex_field and key_quoted (science only), right_aligned,
    triangle, double_slash, md_italic, html_bold;
    phrasings (lang_en.py, lang_de.py, lang_fr.py, lang_es.py, lang_it.py, lang_nl.py, lang_pt.py,
    lang_hi.py): per language 17 phone phrasings tied to the genres (lifts to away fixtures, crying off a
    match, juniors' results, dial-a-ride, wheelchair assistance, farm-shop eggs, allergen questions,
    attendance line, residential trip, viewings, serious buyers only, site visits, spectrometer booking,
    freezer alarm, 'just ring them', 'they never answer messages', 'my mobile'), 2 owner-reply and 3
    service phrasings, plus e-mail, IBAN, card, IP (and, in English, SSN) phrasings; labels split into
    neutral, mobile-only and landline-only;
    hard negatives (negs.py, negfmt.py, negs_labels.py labels in 8 languages), each announced by a context
    word that is not a phone word, in frames such as "Please quote {label} {value} on anything you send us":
    attendance, bib numbers, finish times, cricket scores, 1500 m splits, FIDE IDs, stadium seats, season
    tickets, golf cards, goal minutes, league tables, results lists, chess ratings, train services and
    platforms, tide times, opening hours, validity periods, route kilometres, fare zones, departure times,
    oven settings, nutrition values, price calculations, EAN barcodes (never Luhn-valid), article numbers,
    till receipts, loyalty points, best-before dates with lot and time, weights, cooking minutes, ingredient
    quantities, price lists, term dates, fees, room numbers, centre/candidate numbers, student IDs, locker
    combinations, exam slots, asking prices, car prices, floor areas, engine specifications, clothing sizes,
    listing references, dimensions, auction lots, year built/renovated, tender notice numbers, CPV codes,
    company registration numbers (HRB, KvK, SIREN, CIF, REA, CNPJ, CIN, EIN-style and 10-digit state file
    numbers), VAT numbers (GSTIN, ATU, BE 0...), contract values, bid bonds, deadlines, court case
    references, DOIs, PMIDs, ISBNs, sample IDs, measurements, radio frequencies, decimal GPS coordinates,
    software versions and builds, Unix timestamps, accession numbers and chromosome positions, CAS numbers,
    part numbers, serial numbers, patents, grant numbers, test statistics, order numbers, parcel tracking,
    follower counts, post times, star ratings, invoice numbers, customer numbers, meter readings, policy
    numbers, voucher codes, share prices, weather observations, postcodes, percentages;
    number habits (values.py): phonenumbers' own groupings plus US 415/555-0123, (415) 555 0123 and
    415 555 0123, GB 0207 946 0123 and 07700 900 123, DE 030 / 1234567 and digit pairs, NL 020 - 1234567
    and 020-123 45 67, ES triplets, dashes and dots, IT 06 12345678, BR 11 3456-7890, (11)3456-7890,
    (011) 3456-7890, (11) 3456.7890 and 11 3456 7890, IN 98765-43210, 987 654 3210 and 0141-2345678,
    +cc (area) rest for DE/AT/BR, (+cc) groups, service numbers as 1-800-..., 0800-..., 1800-123-4567,
    and subscriber spellings per length (3-2-2, 2-2-3, 9 xxxx-xxxx, 4.4, 3-3 ...).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; Faker (MIT), as
    installed in the venv (40.63.0), for first and last names only (towns come from values.AREAS, Hindi
    town names from core.HI_TOWNS); corpus negatives untouched from /work/shared/data: GSM8K train
    questions (MIT), MATH-500 problems (MIT), AIME 2024 and AMC 2023 problems (MIT), HumanEval prompts
    (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'rejected' side (MIT; can be offensive), OpenAI
    moderation samples, prompts (MIT; can be offensive), HateCheck English test cases (CC BY 4.0; can be
    hateful), Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0;
    can be hateful); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits
    joined by spaces, tabs, dashes, dots, slashes or parentheses), nothing the guards flag. Row = 0-based
    data row (after the CSV header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v26.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v26.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v26.stats [RECORDS [VALUES]]

Counts (seed 10026; `python -m benchmarks.pii_v26.stats` prints them all)
    rebuild matches the files: True
    documents: 1200 {'pos': 600, 'neg': 450, 'corpus': 150}
    positive documents without a value: 0
    values: 1813; by kind: PHONE: 1380, EMAIL: 165, IP_ADDRESS: 90, CREDIT_CARD: 72, IBAN: 66, US_SSN: 40
    modes: PHONE/local-announced: 450, PHONE/national: 405, PHONE/list-entry: 275, PHONE/international: 150,
        PHONE/other: 100, EMAIL/personal: 88, EMAIL/role: 77, IP_ADDRESS/v4: 60, IBAN/grouped: 50,
        CREDIT_CARD/grouped: 40, US_SSN/dashed: 33, IP_ADDRESS/v6: 30, CREDIT_CARD/dashed: 18, IBAN/compact:
        16, CREDIT_CARD/compact: 14, US_SSN/spaced: 7
    phone regions: US: 209, DE: 192, GB: 175, IN: 167, NL: 150, BR: 135, FR: 96, IT: 94, ES: 81, CH: 22, IE:
        17, AT: 14, AU: 14, BE: 14
    local-announced by region: BR: 75, DE: 75, GB: 75, IN: 75, NL: 75, US: 75
    locales: en_US: 293, en_IN: 130, de_DE: 116, en_GB: 110, fr_FR: 96, nl_NL: 96, pt_BR: 96, es_ES: 88,
        it_IT: 81, en_AU: 17, de_AT: 16, de_CH: 16, en_IE: 15, fr_BE: 12, fr_CH: 9, nl_BE: 9
    document languages (generated): en: 391, de: 142, fr: 111, nl: 99, pt: 90, es: 82, it: 75, hi: 60
    genres: sports: 140, timetable: 137, recipe: 133, school: 131, classified: 129, tender: 129, science:
        126, social: 125
    roster_format: vcard_lines: 8, box_drawing: 7, fixed_width: 7, html_list: 7, ini_sections: 7, json_like:
        7, rota_by_day: 7, semicolon_csv: 7, tab_separated: 7, latex_tabular: 6
    rosters of numbers that are not phones: html_list: 19, rota_by_day: 19, tab_separated: 18, fixed_width:
        16, semicolon_csv: 15, vcard_lines: 15, box_drawing: 12, ini_sections: 7, json_like: 2,
        latex_tabular: 2
    shape: double_slash: 38, bracket_tag: 37, emoji_lead: 37, tab_aligned: 35, md_italic: 32, pipe_cells:
        31, triangle: 31, em_dash: 29, html_bold: 29, middot: 26, right_aligned: 25, key_quoted: 5,
        latex_field: 5
    placements: prose: 480, key_line: 360, footnote: 143, box: 78, roster: 70, stop_press: 68, caption: 58,
        ad_tail: 55, table_row: 50, form_field: 49, thread_reply: 42, strapline: 36, calendar_entry: 34,
        letterhead: 31, recipe_step: 28, owner_reply: 26
    placement x language pairs: 116
    phrasings used: 236 (announcing phone numbers: 135, service numbers: 15)
    hard-negative kinds used: 97; hard-negative values: 11389
    hard-negative kinds: accession, amount, article_number, asking_price, attendance, auction_lot,
        best_before, bib_number, bond, candidate_number, car_price, cas_number, chess_ratings, closes,
        clothing_size, company_reg, contract_value, count, court_case, cpv_code, cricket_score,
        customer_number, date, deadline, departure_times, dimensions, doi, ean_barcode, engine_specs,
        epoch_time, exam_slot, fare_zones, fee_amount, few, fide_id, finish_time, floor_area,
        follower_count, frequency, golf_card, gps_decimal, grant_number, ingredient_qty, invoice_number,
        isbn, lap_splits, league_table, listing_ref, locker_combo, loyalty_points, match_minutes,
        measurement, meter_reading, minutes, notice_number, nutrition, opening_hours, opening_table, opens,
        order_number, oven_setting, part_number, patent_number, percent, pmid, policy_number, post_time,
        postcode, price_calc, price_list, receipt_number, results_list, room_number, route_km, sample_id,
        season_ticket, serial_number, small_price, stadium_seat, star_rating, stats_result, stock_quote,
        student_id, sw_version, term_dates, tide_times, time, tracking_number, train_service, valid_period,
        vat_number, voucher_code, weather_obs, week, weight_qty, year, year_built
    number styles used: 80
    corpus sources: gsm8k_train-en: 30, hh_rlhf_rejected-en: 20, openai_moderation-en: 20, math500-en: 15,
        humaneval-en: 13, hatecheck-en: 10, mhc-de: 6, mhc-es: 6, mhc-fr: 6, mhc-it: 6, mhc-nl: 6, mhc-pt:
        6, aime24-en: 3, amc23-en: 3
    guard redraws: 0
    characters: 810484
"""

import json
import random
import sys
from pathlib import Path

from . import compose, corpus, makevals, plan
from .core import LOCALES, Ctx, render
from .guards import guard_hits, mask
from .lang import LANGS
from .values import AREAS

SEED = 10026
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v26.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v26_values.jsonl"


def boundaries_ok(text, spans):
    for sp in spans:
        before = text[sp["start"] - 1] if sp["start"] else " "
        after = text[sp["end"]] if sp["end"] < len(text) else " "
        if before.isalnum() or before in "+_-." or after.isalnum() or after in "_-@":
            return False
    return True


def build_doc(i, doc, seed):
    locale, lang, genre = doc["locale"], doc["lang"], doc["genre"]
    _, fk_loc, home, nat_plan = LOCALES[locale]
    if lang == "hi":
        fk_loc = "hi_IN"
    for attempt in range(40):
        rng = random.Random(f"{seed}:{i}:{attempt}")
        ctx = Ctx(rng, locale, lang, LANGS[lang], fk_loc, home, nat_plan, seed * 100000 + i * 100 + attempt)
        area = rng.choice(AREAS[home])
        if any(t[0] == "local" for t in doc["tasks"]):
            ctx.area = area
        ctx.town = ctx.localise_town(area[1])
        ctx.town_latin = area[1]
        vals = [makevals.make(ctx, t, genre) for t in doc["tasks"]]
        roster_vals = [makevals.make(ctx, ("list",), genre) for _ in range(doc["roster"])]
        paras = compose.build(ctx, genre, vals, roster_vals, doc["positive"], doc["roster_fmt"])
        text, spans, ordered = render(paras)
        if guard_hits(mask(text, spans)) or not boundaries_ok(text, spans):
            continue
        rid = f"{locale}-{'pos' if doc['positive'] else 'neg'}-{genre}-{i}"
        meta = {
            "id": rid,
            "genre": genre,
            "lang": lang,
            "locale": locale,
            "attempts": attempt + 1,
            "placements": [v.placement for v in vals],
            "shapes": ctx.shapes,
            "rosters": ctx.roster_formats,
            "phrases": ctx.phrases,
            "negs": ctx.negs,
            "styles": [v.style for v in ordered if v.style],
            "sources": None,
        }
        return (
            {"id": rid, "locale": locale, "text": text, "spans": spans},
            [v.sidecar() for v in ordered],
            meta,
        )
    raise RuntimeError(f"document {i} keeps tripping a guard")


def build(seed=SEED):
    rng = random.Random(seed)
    docs = plan.allocate(rng)
    out = [build_doc(i, d, seed) for i, d in enumerate(docs)]
    for rec, source in corpus.select(random.Random(f"{seed}-corpus")):
        out.append(
            (
                rec,
                [],
                {
                    "id": rec["id"],
                    "genre": "corpus",
                    "lang": None,
                    "locale": rec["locale"],
                    "placements": [],
                    "shapes": [],
                    "rosters": [],
                    "phrases": [],
                    "negs": [],
                    "styles": [],
                    "sources": source,
                },
            )
        )
    random.Random(f"{seed}-shuffle").shuffle(out)
    return out


def dump(out):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _ in out)
    vals = "".join(json.dumps({"values": v}, ensure_ascii=False) + "\n" for _, v, _ in out)
    return recs, vals


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    seed = int(argv[0]) if argv else SEED
    recs, vals = dump(build(seed))
    RECORDS.write_text(recs, encoding="utf-8")
    VALUES.write_text(vals, encoding="utf-8")
    print(f"wrote {RECORDS} and {VALUES}: {recs.count(chr(10))} documents")


if __name__ == "__main__":
    main()
