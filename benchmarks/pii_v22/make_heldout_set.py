"""Write tests/data/pii_heldout_v22.jsonl: a twenty-second, independent held-out labelled set for PII
detection.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v21.jsonl and of
    tests/data/pii_heldout_v21_values.jsonl, for the format), earlier sets or their generators (no other
    benchmarks/pii*/ directory was listed or read), benchmarks/results/, README.md, ARCHITECTURE.md,
    DESIGN.md, /work/shared/DESIGN.md or /work/shared/research/, who ran no git command and installed
    nothing. Read: the brief, the module docstring of v21's generator (handed over as a text file), the
    [tool.ruff] part of pyproject.toml, /work/shared/data/SOURCES.md and the raw data files the corpus
    negatives come from, and directory listings of benchmarks/ and /work/shared/data/. No PII detector or
    redactor was run on this set; phonenumbers only made and validated the numbers. This writer's emphasis:
    numbers as people type them in messages and documents (chat and SMS threads, e-mail replies with
    signatures and quotes, classified ads, school and club notices, shop and trades flyers, transcribed
    handwritten notes, voicemail transcripts, pasted rosters), and hard negatives from the same genres.

Format and conventions (those of v21)
    Record {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}, Python str offsets, spans sorted
    and non-overlapping; sidecar line i {"values": [...]}, one value per span in span order: {"kind",
    "mode", "text"} plus "region", "e164", "area_len" for PHONE. PHONE modes: international (+, 00 or 011),
    national (as written inside its own country), local-announced (subscriber number only, announced by a
    phone word or a phone label; US, GB, DE, NL, BR, IN only; e164 holds the real area code drawn for it,
    area_len its length as phonenumbers gives the geographical area code, text digits = national
    number[area_len:]), list-entry (a number in a pasted roster, nationally or one time in ten
    internationally), other (toll-free, shared-cost, UAN and premium service numbers, written nationally).
    Elsewhere area_len is phonenumbers' national destination code length. National, local, list and service
    numbers are of the document locale's own plan; AT/CH/BE/AU/IE documents (de_AT, de_CH, fr_CH, fr_BE,
    nl_BE, en_AU, en_IE) carry their own numbers only internationally; Hindi documents use the locale en_IN.
    A span covers the number only, not its label, nor an extension ("ext. 214", "Durchwahl 37") or time
    window after it; a number split across a line break keeps the newline inside its span. EMAIL
    personal/role; IP_ADDRESS v4 (36 of 60 private) and v6 (global, compressed); CREDIT_CARD
    grouped/dashed/compact, Luhn-valid; IBAN grouped/compact, mod-97 valid only (no national check digits);
    US_SSN dashed/spaced, SSA rules, en_US only. Ids <locale>-<pos|neg>-<genre>-<n> (n: position before the
    shuffle) or <source>-<language>-<row> (row: 0-based data row, header not counted); all documents
    shuffled with the seed. Guards (values.guard_hits) on the masked text (each span replaced by [KIND]): no
    '@', no Luhn-valid run of 13-19 digits (single spaces or hyphens between digits), no mod-97 IBAN, no SSN
    shape, no dotted quad, no parseable IPv6; a generated document that fails them is drawn again.

What is in it
    Genres and placements (texts.py): chat threads in four header styles (plain, [hh:mm], WhatsApp export,
    name and time above), SMS threads, e-mail replies (body, signature, P.S., quoted previous message),
    classified ads, school and club notices, shop and trades flyers, transcribed notes, voicemail
    transcripts, pasted rosters; 15 placements (chat_message, sms, mail_body, signature, quoted_reply,
    postscript, notice_body, notice_footer, ad_body, ad_contact, flyer_bullet, flyer_footer, note_line,
    voicemail, roster) and phone variants (phrase, value line, in parentheses, followed by an extension,
    followed by a time window, split across a line break). Phrasings (lang_*.py "say"): 21 per language, 168
    in all (10 general, 4 landline, 3 mobile, 4 service), numbers mid-sentence and sentence-final, after
    verbs (ring, try, reach, text, bel, ruf an, appelle, llama, chiama, liga, call karna) and in
    parentheses. Value-line shapes (8): dash_spaced "Tel - n", pipe "Tel | n", paren_label "n (Tel)",
    slash_label "Tel / n", tab_aligned, bracket_label "[Tel] n", label_newline (value on the next line),
    unicode_arrow "Tel → n". Roster formats (8): paren_after, pipe_sep, csv_rows (with a header row),
    numbered, semicolon_inline, vcard, rota_grid (day-aligned), emoji_bullet. Number habits (phones.py):
    real area codes and mobile ranges checked with phonenumbers, written the ways each country types them
    (e.g. 030/1234567, (030) 1234567, 0171 - 2345678, 0207 946 0018, (11) 9 8765-4321, 098765 43210,
    06-12345678, 1 (212) 555-0134 style; subscriber numbers as 482-1190, 29 58 01, 3456-7890; +44 (0) 20
    ..., (+44) 20 ..., +44.20..., 0044 ..., 011 44 ...). Hard negatives (negatives.py, lang_*.py "neg"): 66
    kinds with their own non-phone words in each language (order, tracking, booking, member, customer,
    invoice, meter, policy, ticket, case, confirmation, receipt and box numbers; table, room, seat, parking,
    house and flat numbers; door codes, verification codes and OTPs, parcel-locker codes, wifi passwords;
    gift and loyalty cards, student and staff IDs, bib numbers; amounts, prices, mileage, meter readings,
    weights, dimensions, temperatures, doses; dates, times, delivery windows, race times, first
    registration, year and age ranges; postcodes, PIN codes, CEPs, coordinates; ISBN, EAN, versions,
    article, model and serial numbers, batches; flights, trains, bus stops, PNRs, number plates, sort codes,
    payment references, course numbers, lottery numbers, raffle tickets, scores, page ranges, sizes, queue
    numbers), many in phone-like layouts, as sentences or as value lines; each genre leans to its own kinds.

Sources and licences
    phonenumbers (Apache-2.0). Corpus negatives, untouched, from /work/shared/data: hh-rlhf harmless-base
    test "chosen" dialogues (MIT; can be offensive), GSM8K train questions (MIT), MATH-500 problems (MIT),
    HateCheck English test cases (CC BY 4.0; can be hateful), Multilingual HateCheck German, French,
    Spanish, Italian, Dutch and Portuguese cases (CC BY 4.0; can be hateful); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by spaces, tabs, dashes, dots,
    slashes or parentheses), nothing the guards flag, distinct texts. Everything in the generated documents
    is made up.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v22.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v22.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v22.stats [RECORDS [VALUES]]
    .venv/bin/ruff check benchmarks/pii_v22

Counts (seed 10022; `python -m benchmarks.pii_v22.stats` prints them all, long lines wrapped here)
    rebuild matches the files: True
    documents: 1200 {'pos': 600, 'neg': 450, 'corpus': 150}
    values by kind: PHONE 1375, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 75, IBAN 65, US_SSN 40
    modes: PHONE/local-announced 450, PHONE/national 400, PHONE/list-entry 275, PHONE/international 150,
        PHONE/other 100, EMAIL/personal 90, EMAIL/role 80, IP_ADDRESS/v4 60, IBAN/grouped 52,
        CREDIT_CARD/grouped 43, US_SSN/dashed 36, IP_ADDRESS/v6 30, CREDIT_CARD/dashed 18,
        CREDIT_CARD/compact 14, IBAN/compact 13, US_SSN/spaced 4
    IPv4 private: 36 of 60
    phone regions: DE 194, GB 189, US 172, IN 145, FR 137, NL 128, BR 123, ES 117, IT 105, AU 16, BE 16,
        CH 12, AT 11, IE 10
    locales: en_US 180, en_GB 170, de_DE 143, en_IN 118, fr_FR 111, nl_NL 104, pt_BR 95, es_ES 93, it_IT
        92, de_AT 17, nl_BE 17, en_AU 16, en_IE 13, fr_BE 13, de_CH 11, fr_CH 7
    languages (generated): en 350, de 161, fr 121, nl 111, pt 85, es 83, it 82, hi 57
    corpus sources: mhc 60, hhrlhf 40, gsm8ktrain 25, hatecheck 15, math500 10
    genres: email 161, chat 142, ad 109, sms 102, voicemail 96, note 94, school 84, club 72, trades 72,
        roster 61, shop 57
    roster_format: csv_rows 8, numbered 8, paren_after 8, pipe_sep 8, semicolon_inline 8, emoji_bullet 7,
        rota_grid 7, vcard 7
    shape: unicode_arrow 146, dash_spaced 145, pipe 129, bracket_label 119, label_newline 119, paren_label
        118, slash_label 116, tab_aligned 111
    placement: roster 275, chat_message 247, mail_body 193, sms 186, notice_body 166, note_line 149,
        flyer_bullet 137, ad_body 117, voicemail 105, signature 64, flyer_footer 54, notice_footer 52,
        ad_contact 38, quoted_reply 23, postscript 9
    phone variant: phrase 571, value_line 364, roster 275, with_time_window 74, in_parentheses 48,
        with_extension 29, split_across_lines 14
    phone habit: compact 215, hyphen 211, space 187, pairs 135, hyphens 76, threes 64, paren 51, dots 46,
        intl 43, slash 29, plus_hyphens 22, paren_tight 19, plus_zero_sp 18, plus_dots 17, spaced_dash 17,
        standard 17, trunk_fives 17, cc_then_compact 16, double_zero 15, paren_cc 15, dot 14, e164 14,
        one_hyphens 13, plus_zero 12, spaces 11, three_pairs 11, fives 10, one_paren 10, space_rest 10,
        nine_apart 9, plain 8, slash_sp 6, grouped 5, split 5, service_split 3, two_pairs 2, misgroup 1,
        us_011 1
    phone phrasings used: 153 {'de': 21, 'en': 21, 'es': 20, 'fr': 20, 'hi': 16, 'it': 17, 'nl': 20, 'pt':
        18}
    placement x language pairs (phones): 116  hard-negative kinds used: 66
    hard negatives placed: 2011  most used: time 100, date 83, table_no 63, amount 60, wifi_password 56,
        queue_no 54, door_code 52, parking 49
"""

import json
import sys
from pathlib import Path

from .build import build, public

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v22.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v22_values.jsonl"


def dumps(obj):
    """One JSON line; the characters str.splitlines() would break on are escaped too."""
    out = json.dumps(obj, ensure_ascii=False)
    for ch in ("\u0085", "\u2028", "\u2029"):
        out = out.replace(ch, "\\u%04x" % ord(ch))
    return out + "\n"


def serialize(docs):
    recs = "".join(dumps(r) for r, _, _ in docs)
    vals = "".join(dumps({"values": [public(v) for v in vs]}) for _, vs, _ in docs)
    return recs, vals


def main():
    recs, vals = serialize(build())
    RECORDS.write_text(recs, encoding="utf-8")
    VALUES.write_text(vals, encoding="utf-8")
    print("wrote %s (%d documents) and %s" % (RECORDS, recs.count("\n"), VALUES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
