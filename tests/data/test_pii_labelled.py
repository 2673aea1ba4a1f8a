"""PII detection on labelled sets. Every figure here but v28's is a DEVELOPMENT figure: each set was
measured once before anything in it was read (its held-out figure, in its test's docstring and
benchmarks/results/pii_heldout_v*.md), then read and tuned on. The Faker set
(benchmarks/pii/make_labelled_set.py, seeds 1 and 2) and the hand-designed set pii_heldout
(benchmarks/pii/make_heldout_set.py) were both read while the detectors were tuned; so were v2 to v9
(filter versions up to 11), v10 to v13 (versions 13 to 16: layout; version 17 gave back precision
for the realistic phones a review found those rules left) and v14 to v27 (versions 18 to 33, one
writer each; version 34 from a review). v28 is the exception: measured once per version and never
read, the held-out set of versions 33 and 34 (README, benchmarks/results/pii_heldout_v28.md). Before
libphonenumber and the card/IBAN/boundary fixes the Faker test split measured recall 0.78 at
precision 0.77, with 15% of values surviving redaction."""

import gzip
import json
from pathlib import Path

import pytest

from reasonrl.data.eval_sets import shared_data_root
from reasonrl.data.filters.phone_learned import PhoneModel
from reasonrl.data.filters.pii import detect_pii, redact_pii
from reasonrl.data.pii_eval import measure

HERE = Path(__file__).parent
# The sets the shipped model was trained on (its card): development sets, whose tests guard against
# a regression and run in the slow tier; a set it never saw runs in every `make test`.
TRAINED = frozenset(PhoneModel.load().card["sets"])


def _tier(name: str):
    """pytest.mark.slow for a set the shipped model trained on, else no mark (retraining moves it)."""
    return pytest.mark.slow if name in TRAINED else (lambda test: test)


def _measured(name: str) -> dict:
    """pii_eval.measure of detect_pii on a labelled set in tests/data. Lines are cut at "\n" only:
    some texts hold U+2028, where str.splitlines() would cut them."""
    text = (HERE / name).read_text(encoding="utf-8")
    return measure([json.loads(line) for line in text.split("\n") if line.strip()], detect_pii)


def _docs(split: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / f"pii_faker_{split}.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("split", ["test", "dev"])
def test_recall_precision_and_leaks_on_the_faker_set(split):
    """Development: recall 1.000 on both splits, precision 0.993 (dev) and 0.994 (test), phones
    1.000 / 1.000, no value left after redaction; cards are the least precise kind (0.968 / 0.971:
    Luhn-valid EANs and invoice numbers with a card brand's prefix).
    Version 42 (thresholds 0.05 / 0.02, chosen so the most writers held out in turn meet
    issue 24's goals) calls more numbers phones: phones 1.000 / 0.988 (test), 1.000 / 0.983 (dev);
    version 43 1.000 / 0.976 (test)."""
    result = measure(_docs(split), detect_pii)
    overall = result["overall"]
    assert overall["gold"] > 1000
    assert overall["recall"] >= 0.995 and overall["precision"] >= 0.985, overall
    for kind, scores in result["by_kind"].items():
        assert scores["recall"] >= 0.99 and scores["precision"] >= 0.95, (kind, scores)
    assert result["by_kind"]["PHONE"]["precision"] >= 0.97, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 2, result["leaks"]


def test_what_survives_redaction_is_only_what_was_not_found():
    docs = _docs("test")
    for doc in docs[:200]:
        redacted = redact_pii(doc["text"])
        found = detect_pii(doc["text"])
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            if any(s.start <= span["start"] and span["end"] <= s.end for s in found):
                assert value not in redacted


def test_maths_is_not_taken_for_phone_numbers():
    """GSM8K's worked solutions are full of digit chains ("= 100-50-30-15"): 47 were redacted as
    phone numbers before the shape rules, 1 before the context rules (5 in the whole train split,
    "$60000 - $48000"), 0 under the rules; the learned reading (version 42 on) takes "1800-1500",
    and version 45 "2100000 people" too (a town, New York, earlier on its line): a cost of its
    town features, 2 of these 3,000 texts (the trainer's negatives are the rows after them)."""
    path = shared_data_root() / "math" / "gsm8k_train.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines()[:3000]]
    hits = [detect_pii(r["question"] + "\n" + r["answer"]) for r in rows]
    assert sum(map(len, hits)) <= 2


def test_a_table_of_measurements_is_not_taken_for_phone_numbers():
    """OpenAI's moderation samples hold a table of dates and decimals ("1996 07 17 63
    93.904994..."): 76 phone hits before the quantity rules, 2 after them (a spam advert's number
    and a half-masked one); rule 6 (deny by default) first took 46 more, its table, date and
    notation refusals leave 3 (the two, and an OCR'd "392295 meal"). Version 35's learned reading
    takes 5 more, all in one text's table of dates and decimals ("1996 10 16 44 25", the text twice
    in the file): 8; version 36 (threshold 0.15) more rows of the same table: 14.
    benchmarks/pii/false_alarms.py counts every shipped corpus."""
    path = shared_data_root() / "moderation" / "openai_moderation_samples-1680.jsonl.gz"
    with gzip.open(path, "rt") as fh:
        rows = [json.loads(line) for line in fh]
    assert sum(s.kind == "PHONE" for r in rows for s in detect_pii(r["prompt"])) <= 14


@_tier("pii_heldout.jsonl")
def test_the_hand_designed_set_a_development_set_now():
    """pii_heldout (benchmarks/pii/make_heldout_set.py: a writer who never read the detectors;
    other phrasings, local numbers announced in seven languages, identifier numbers shaped like
    phones, shipped corpora) was held out once: recall 0.849 at precision 0.964, phones 0.830 /
    0.958, 125 of its 240 context-announced local numbers left after redaction. It has since been
    measured many times while the context rules were written, so it is a DEVELOPMENT set: recall
    1.000 at precision 1.000, phones 1.000 / 1.000, no value left (seeds 11, 12 and 13 of its
    generator: 0.998 / 1.000, 0.997 / 0.998, 0.998 / 1.000). Floors: those figures less a margin
    for the floating phonenumbers releases.
    Version 42 (thresholds 0.05 / 0.02, chosen so the most writers held out in turn meet
    issue 24's goals) calls more numbers phones: 1.000 / 0.991, phones 1.000 / 0.990."""
    result = _measured("pii_heldout.jsonl")
    assert result["overall"]["gold"] > 1000 and result["overall"]["recall"] >= 0.995, result["overall"]
    assert result["overall"]["precision"] >= 0.985, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.995, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 2, result["leaks"]
    for kind in ("CREDIT_CARD", "EMAIL", "IBAN", "IP_ADDRESS", "US_SSN"):
        assert result["by_kind"][kind]["recall"] == 1.0 and result["by_kind"][kind]["precision"] == 1.0, kind


@_tier("pii_heldout_v2.jsonl")
def test_the_v2_set_a_development_set_now():
    """pii_heldout_v2 (benchmarks/pii_v2/make_heldout_set.py): written by a writer who never read,
    ran or imported the detectors, in 12 locales (four outside Europe, fullwidth digits), with its
    own phrasings and 553 negative-only documents. It was held out ONCE, after the context rules
    were finished: recall 0.820 at precision 0.954, phones 0.751 / 0.930, 320 gold values left
    after redaction, 237 of 514 short national phones left (the detectors before the context rules:
    0.777 / 0.929). Its misses were then read to write the layout rules (phone_lists: "A / B"
    alternatives, lists of labelled numbers, table columns), the CJK rules (numbers glued to Han or
    kana, Chinese and Japanese phone and identifier words) and more identifier words, so it is a
    DEVELOPMENT set now: recall 0.993 at precision 1.000, phones 0.990 / 1.000, 13 values left,
    13 of 514 short national phones left; with rule 6 (deny by default) 0.999 / 1.000, phones
    0.999 / 1.000, 1 value left. The held-out figure comes from a fresh set measured once by
    someone else. Floors: those figures less a margin for phonenumbers releases."""
    result = _measured("pii_heldout_v2.jsonl")
    assert result["overall"]["gold"] == 1778 and result["overall"]["recall"] >= 0.995, result["overall"]
    assert result["overall"]["precision"] >= 0.995, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.995, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.995, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 4, result["leaks"]


@_tier("pii_heldout_v3.jsonl")
def test_the_v3_set_a_development_set_now():
    """pii_heldout_v3 (benchmarks/pii_v3/make_heldout_set.py): a third writer, who never read, ran
    or imported the detectors nor read v2's templates, wrote new document types (SMS threads,
    voicemail transcripts, signatures, classified ads, CSV/TSV, vCard, markdown, JSON, logs) in the
    policy regions' locales, 46 kinds of number-heavy negatives and 220 unchanged corpus sentences.
    It was held out ONCE, after the rules tuned on v2 were committed (8dc340a): recall 0.941 at
    precision 0.961, phones 0.914 / 0.940, 109 values left after redaction; by mode: list entries
    50/148 and context-announced local numbers 38/235 left, national 14/520, international 2/312
    (the detectors before the v2 tuning, 866d7a1: 0.884 / 0.953, list entries 147/148 left). Its
    misses and false positives were then read to write more general rules (markdown and quoted CSV
    tables, area codes in headers, house numbers before list entries, parallel "home ..., mobile ..."
    lines, a key line reading only its line, a name between an identifier word and its number,
    replies to a question asking for a number, opening hours after a number, JSON number values,
    drawn numbers, decimals, SSN columns and TIN labels, an IBAN's last group), so it is a
    DEVELOPMENT set now: recall 0.996 at precision 0.998, phones 0.995 / 0.998, 5 values left
    (announced local numbers 3/235, national 2/520, list entries 0/148). v2 and the older sets are
    unchanged. With rule 6 (deny by default): recall 0.997 at precision 0.996, phones 0.997 /
    0.994, 3 values left (announced local numbers 3/235, national 0/520; new false alarms: codes
    in Polish and Swedish, misspelt identifier words). The held-out figure comes from a fresh set
    measured once by someone else. Floors: those figures less a margin for phonenumbers releases.
    Version 42 (thresholds 0.05 / 0.02, chosen so the most writers held out in turn meet
    issue 24's goals) calls more numbers phones: 1.000 / 0.990, phones 1.000 / 0.984."""
    result = _measured("pii_heldout_v3.jsonl")
    assert result["overall"]["gold"] == 1888 and result["overall"]["recall"] >= 0.995, result["overall"]
    assert result["overall"]["precision"] >= 0.985, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.994, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.978, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 6, result["leaks"]


@_tier("pii_heldout_v4.jsonl")
def test_the_v4_set_a_development_set_now():
    """pii_heldout_v4 (benchmarks/pii_v4/make_heldout_set.py): a fourth writer, who never read, ran
    or imported the detectors nor read v2's or v3's templates, wrote new genres (minutes, incident
    reports, obituaries, listings, legal letters, statements, OCR'd scans, config/SQL/HTML, e-mail
    headers), 487 subscriber-only numbers in six regions and 200 corpus texts. It was held out
    ONCE, after the rules tuned on v3 were committed (0f8302f): recall 0.869 at precision 0.963,
    phones 0.809 / 0.944, 248 values left; by mode: list entries 87/222, announced local numbers
    92/265, national 47/593, international 21/158 left (0.817 / 0.961 at 866d7a1, 0.844 / 0.962
    after the v2 tuning). Each round of phrase rules tuned to 0.99+ on its development set bought
    ~0.025 recall on unseen text, so the next round was a structural one: rule 6, deny by default
    (phone_default, phone_refusals). Its misses were read while writing it, so v4 is a DEVELOPMENT
    set now: recall 0.985 at precision 1.000, phones 0.978 / 1.000, 29 values left (list entries
    7/222, announced local numbers 7/265, national 12/593, international 2/158; most of them digits
    split by OCR or adversarial spacing). Without rule 6 itself (its refusals kept on
    libphonenumber's matches, the "=" and speaker fixes kept): 0.894 / 1.000, phones 0.846 / 1.000.
    Floors: the measured figures less a margin.
    Version 42 (thresholds 0.05 / 0.02, chosen so the most writers held out in turn meet
    issue 24's goals) calls more numbers phones: 1.000 / 0.996, phones 1.000 / 0.995."""
    result = _measured("pii_heldout_v4.jsonl")
    assert result["overall"]["gold"] == 1894 and result["overall"]["recall"] >= 0.98, result["overall"]
    assert result["overall"]["precision"] >= 0.995, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.97, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.99, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 33, result["leaks"]


@_tier("pii_heldout_v5.jsonl")
def test_the_v5_set_a_development_set_now():
    """pii_heldout_v5 (benchmarks/pii_v5/make_heldout_set.py): a fifth writer, who never read, ran
    or imported the detectors nor the earlier sets' generators, wrote 153 new genres (podcast notes,
    court calendars, ship manifests, Slack exports, patient portals, RWA notices ...), 575
    subscriber-only numbers, 65 kinds of negatives and 150 corpus texts. It was held out ONCE, on
    the rules tuned on v4 (deny by default, rule 6): recall 0.991 at precision 0.927, phones 0.987 /
    0.909, 18 values left (announced local numbers 8/316, list entries 0/259, national 6/571,
    international 1/212, other 3/58); SSN precision 0.830 (88 predicted for 73 gold). The code
    before rule 6 (a7fe1a5) on it: 0.966 / 0.948, phones 0.952 / 0.937, 68 left. Its misses and
    false alarms were then read to write filter version 7 (phone_notation: times of day, numbers of
    a year's register, year ranges, match results, North America's dotted trunk 1; counts of
    things, purposes, "n." and e-mail addresses as labels, more identifier words; "A / B" with a
    long first number; closing tags; an SSN's shape inside a tracking number; no card after "+"),
    so it is a DEVELOPMENT set now: recall 1.000 at precision 0.9995, phones 1.000 / 0.9993 (one
    false alarm), SSN precision 1.000 (73 for 73), no value left. The held-out figure comes from a
    fresh set measured once by someone else. Floors: those figures less a margin for phonenumbers
    releases.
    Version 42 (thresholds 0.05 / 0.02, chosen so the most writers held out in turn meet
    issue 24's goals) calls more numbers phones: phones 1.000 / 0.994."""
    result = _measured("pii_heldout_v5.jsonl")
    assert result["overall"]["gold"] == 1997 and result["overall"]["recall"] >= 0.995, result["overall"]
    assert result["overall"]["precision"] >= 0.995, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.995, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.99, result["by_kind"]["PHONE"]
    assert result["by_kind"]["US_SSN"]["precision"] >= 0.985, result["by_kind"]["US_SSN"]
    assert len(result["leaks"]) <= 3, result["leaks"]


@_tier("pii_heldout_v6.jsonl")
def test_the_v6_set_a_development_set_now():
    """pii_heldout_v6 (benchmarks/pii_v6/make_heldout_set.py): a sixth writer, who never read, ran
    or imported the detectors nor the earlier generators (only v4's and v5's docstrings, for the
    format and the genres to avoid), wrote 140 new genres (beekeeping swarm lists, ferry notices,
    hut logbooks, phone trees, bug-bounty reports, taxi logs, Hinglish tuition ads ...), 587
    subscriber-only numbers, 69 kinds of negatives (look-alike rosters of membership, locker and
    licence numbers among them) and 150 corpus texts. Measured ONCE, on filter version 7 (tuned on
    v5): recall 0.980 at precision 0.887, phones 0.973 / 0.853, 40 values left (announced local
    numbers 10/316, list entries 8/271, national 8/640, other 13/73, international 1/174). Its
    misses and false alarms were then read to write filter version 8 (ledgers, a phone noun
    qualified through a preposition, Hindi's words), so it is a DEVELOPMENT set now: recall 0.985
    at precision 0.920, phones 0.980 / 0.895, 30 left (announced local numbers 3/316). A veto of
    table columns whose header names no phone took precision to 0.975 and was dropped: it lost real
    mobiles under headers like "Guardian". Floors: those figures less a margin."""
    result = _measured("pii_heldout_v6.jsonl")
    assert result["overall"]["gold"] == 1993 and result["overall"]["recall"] >= 0.98, result["overall"]
    assert result["overall"]["precision"] >= 0.91, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.975, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.885, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 33, result["leaks"]


@_tier("pii_heldout_v7.jsonl")
def test_the_v7_set_a_development_set_now():
    """pii_heldout_v7 (benchmarks/pii_v7/make_heldout_set.py): a seventh writer, who never read, ran
    or imported the detectors nor the earlier generators (v6's docstring only), wrote 127 genres
    with values and 22 negative-only (allotment waiting lists, vet reminders, harbour notices,
    radio phone-ins ...), 1,613 phones (420 announced local numbers, 355 list entries), 67 kinds of
    hard negatives (nine phone-shaped under a label naming what they are) and 150 corpus texts.
    Measured ONCE, on filter version 8: recall 0.991 at precision 0.964, phones 0.988 / 0.951, 19
    values left (announced local numbers 13/420, national 6/565; list entries 0/355); version 7
    gave the same figures (the v6 round bought nothing on it). Its misses were then read to write
    version 9 (a person's name before "at" owns the number; a line word outranks a thousands
    grouping), so it is a DEVELOPMENT set now: recall 0.996 at precision 0.964, phones 0.994 /
    0.951, 9 left, all announced local numbers. Floors: those figures less a margin."""
    result = _measured("pii_heldout_v7.jsonl")
    assert result["overall"]["gold"] == 2197 and result["overall"]["recall"] >= 0.99, result["overall"]
    assert result["overall"]["precision"] >= 0.955, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.99, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.94, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 12, result["leaks"]


@_tier("pii_heldout_v8.jsonl")
def test_the_v8_set_a_development_set_now():
    """pii_heldout_v8 (benchmarks/pii_v8/make_heldout_set.py): an eighth writer, who never read, ran
    or imported the detectors nor the earlier generators (v7's docstring only), wrote 112 genres
    with values and 20 negative-only, 1,374 phones (425 announced local numbers, the phrase before,
    after, a line above, in Q&A, speech, voicemail or SMS; 278 list entries), 68 kinds of hard
    negatives (14 phone-shaped under a label naming them, 1,548 uses) and 150 corpus texts.
    Measured ONCE, on filter version 9: recall 0.989 at precision 0.853, phones 0.985 / 0.813, 20
    values left (announced local numbers 3/425, other 10/82, international 5/120, list entries
    1/278, national 1/469); SSNs, IBANs, e-mails, IPs at precision 1.000, cards 0.980. Its misses
    and false alarms were then read to write filter version 10, so it is a DEVELOPMENT set now.
    Version 10's refusals read from a number's form (three slashed parts, columns of blanks, five
    rising pairs), its head-noun and line rules for labels, North America's exit code and a
    directory's notation siblings give recall 0.9995 at precision 0.918 (phones 0.999 / 0.894, 1
    value left: a five-digit list entry); its identifier words for cards, vouchers, cheques and
    work orders in the policy's languages then 0.9995 / 0.979 (phones 0.999 / 0.973); the rest
    of the false alarms are ticket ranges, rising pairs after a 0 and a few list siblings. Floors:
    those figures less a margin."""
    result = _measured("pii_heldout_v8.jsonl")
    assert result["overall"]["gold"] == 1824 and result["overall"]["recall"] >= 0.995, result["overall"]
    assert result["overall"]["precision"] >= 0.97, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.995, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.965, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 3, result["leaks"]


@_tier("pii_heldout_v9.jsonl")
def test_the_v9_set_a_development_set_now():
    """pii_heldout_v9 (benchmarks/pii_v9/make_heldout_set.py): a ninth writer, who never read, ran
    or imported the detectors nor the earlier generators (v8's docstring only), wrote 132 genres
    with values and 21 negative-only, 1,366 phones (425 announced local numbers in 101 new
    phrasings; 291 list entries), 106 kinds of hard negatives (28 phone-shaped under a label naming
    them, 1,042 uses; 11 kinds of number tables that are no phones) and 150 corpus texts. Measured
    ONCE, on filter version 10 (tuned on v8 before v9 was opened): recall 0.992 at precision 0.859,
    phones 0.989 / 0.820, 15 values left (announced local numbers 10/425, other 5/80; national,
    international and list entries all found); cards, SSNs, IBANs, e-mails, IPs at 1.000 / 1.000.
    Its misses and ~300 false alarms were then read to write filter version 11, so it is a
    DEVELOPMENT set now: half the false alarms were numbers followed by a remark in parentheses
    naming an identifier ("(Serial no.)", "(N° de commande)"), a quarter rows of monthly meter
    readings, the rest identifier labels of classes the lexicon lacked (inventories, catalogues,
    assets, payment references; Hindi's), blocks of raffle tickets, page ranges and drawn numbers.
    Version 11 on it: recall 1.000, no value left (a run
    of readings refusal that reached 0.998 also refused sorted directories of one area's numbers,
    and months refuse only runs of three without a trunk 0: both dropped for real phones' sake).
    A remark names the number only as a short label (review: instructions and purposes after an
    announced line were refused): 0.991 precision, phones 0.988; version 12 (month rows under a
    phone heading stay phones) 0.989, phones 0.986. Floors: those figures less a margin.
    Version 42 (thresholds 0.05 / 0.02, chosen so the most writers held out in turn meet
    issue 24's goals) calls more numbers phones: 1.000 / 0.974, phones 1.000 / 0.966. Version 47
    (trained on 66 sets) takes nine more national-shaped numbers a label calls a thing ("0185 7089105
    (Teilenummer)", "Payment reference: 07959 683864"): 1.000 / 0.967, phones 1.000 / 0.957."""
    result = _measured("pii_heldout_v9.jsonl")
    assert result["overall"]["gold"] == 1816 and result["overall"]["recall"] >= 0.995, result["overall"]
    assert result["overall"]["precision"] >= 0.962, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.995, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.952, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 2, result["leaks"]


@_tier("pii_heldout_v10.jsonl")
def test_the_tenth_writers_set_v10():
    """pii_heldout_v10 (benchmarks/pii_v10/make_heldout_set.py): a tenth writer, who never read, ran
    or imported the detectors nor the earlier generators (v9's docstring only), wrote 111 genres
    with values and 22 negative-only, 1,398 phones (485 announced local numbers in 104 new
    phrasings; 274 list entries), 142 kinds of hard negatives (35 phone-shaped under a label naming
    them, 21 kinds of tables and lists, 2,839 uses) and 150 corpus texts; committed before any
    detector ran on it. Measured ONCE, on filter version 11 (tuned on v9 before v10 was opened):
    recall 0.995 at precision 0.770, phones 0.994 / 0.712, 9 values left (announced local numbers
    4/485, national 2/451, service 3/65); cards, SSNs, IBANs, e-mails, IPs at 1.000 / 1.000.
    Version 10 on it: 0.995 / 0.769; version 12 (version 11 narrowed where the lead's own cases,
    not v10's, showed lost phones) the same as 11. The goal's precision (0.9) and zero announced leaks were
    NOT met. Its false alarms were then read (12-06) to write version 13 (layout: a label on the
    line above, abbreviations qualified by a thing, count columns, rows naming nobody, bulleted lists
    of bare numbers): a DEVELOPMENT set now, 0.995 / 0.956, phones 0.994 / 0.941 (its misses still
    unread). Floors: those figures less a margin. Lines are cut at "\n" only: two of its texts hold
    U+2028, where str.splitlines() would cut them."""
    result = _measured("pii_heldout_v10.jsonl")
    assert result["overall"]["gold"] == 1889 and result["overall"]["recall"] >= 0.99, result["overall"]
    assert result["overall"]["precision"] >= 0.925, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.99, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.905, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 10, result["leaks"]


@_tier("pii_heldout_v11.jsonl")
def test_the_eleventh_writers_set_v11():
    """pii_heldout_v11 (benchmarks/pii_v11/make_heldout_set.py): an eleventh writer (v10's docstring
    only; never read, ran or imported the detectors, the tests or the earlier generators), 113
    genres, 1,393 phones (485 announced local numbers in 104 new phrasings and 12 placements, 255
    list entries, 80 service numbers), 140 kinds of hard negatives (42 phone-shaped under a label
    naming them, 2,864 uses), 150 corpus texts; committed before any detector ran on it. Measured
    ONCE per version (benchmarks/results/pii_heldout_v11.md): version 12 0.991 / 0.792, phones
    0.989 / 0.741; version 13 (layout refusals, tuned on v10) 0.991 / 0.902, phones 0.989 / 0.873,
    16 values left (announced local 2/485, service 14/80). Phone precision (0.9) and zero announced
    leaks NOT met. Its false alarms and misses were then read (12-06) to write version 14 (units in
    table rows, a number opening a row of fields, a Romance "numero" + noun, a verb of calling after
    its object): a DEVELOPMENT set now, 0.992 / 0.973, phones 0.990 / 0.964, 14 values left
    (announced local 0). Floors: those figures less a margin."""
    result = _measured("pii_heldout_v11.jsonl")
    assert result["overall"]["gold"] == 1855 and result["overall"]["recall"] >= 0.99, result["overall"]
    assert result["overall"]["precision"] >= 0.895, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.985, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.865, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 15, result["leaks"]


@_tier("pii_heldout_v12.jsonl")
def test_the_twelfth_writers_set_v12():
    """pii_heldout_v12 (benchmarks/pii_v12/make_heldout_set.py): a twelfth writer (v11's docstring
    only), 92 genres with values and 22 table genres, 1,399 phones (482 announced local numbers in
    104 phrasings and 20 placements, 260 list entries in rosters of six new formats), 139 kinds of
    hard negatives (2,850 uses), 150 corpus texts. Measured ONCE per version, before anything in it
    was read (benchmarks/results/pii_heldout_v12.md): version 12 0.977 / 0.808, phones 0.971 /
    0.759; version 13 0.977 / 0.879; version 14 0.977 / 0.880, phones 0.971 / 0.846, 43 values left
    (list entries 32/260, announced local 5/482, service 3/79, cards 3/65). Recall (0.99), precision
    (0.9) and zero announced leaks NOT met. Its misses and false alarms were then read (12-06) to
    write version 15 (a name after a run of blanks is a list's next column, spaced-dash and blank
    tables, German "unter", passwords, grid references, RuPay cards): a DEVELOPMENT set now, 0.996 /
    0.900, phones 0.995 / 0.871, 7 values left. Floors: those figures less a margin."""
    result = _measured("pii_heldout_v12.jsonl")
    assert result["overall"]["gold"] == 1858 and result["overall"]["recall"] >= 0.99, result["overall"]
    assert result["overall"]["precision"] >= 0.86, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.99, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.825, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 9, result["leaks"]


@_tier("pii_heldout_v13.jsonl")
def test_the_thirteenth_writers_set_v13():
    """pii_heldout_v13 (benchmarks/pii_v13/make_heldout_set.py): a thirteenth writer (v12's
    docstring only), 88 genres and 22 table kinds, 1,464 phones (472 announced local numbers in 104
    phrasings and 18 new placements, 254 list entries in rosters of 10 new formats, 111 service
    numbers), 148 kinds of hard negatives (2,920 uses), 150 corpus texts; committed before any
    detector ran on it. Measured ONCE per version, nothing in it read
    (benchmarks/results/pii_heldout_v13.md): version 12 0.989 / 0.849, 13 0.989 / 0.906, 14 and 15
    0.989 / 0.907, phones 0.986 / 0.881, 20 values left (announced local 10/472, service 7/111,
    international 3/130). Recall (0.99), phone precision (0.9) and zero announced leaks NOT met.
    Its false alarms and misses were then read (12-06) to write version 16 (a key and a spaced
    dash, codes ended by '#', size pairs, more than 13 digits at home, valid 00 numbers): a
    DEVELOPMENT set now, 0.991 / 0.962, phones 0.988 / 0.951, 17 values left. Floors: those figures
    less a margin."""
    result = _measured("pii_heldout_v13.jsonl")
    assert result["overall"]["gold"] == 1913 and result["overall"]["recall"] >= 0.985, result["overall"]
    assert result["overall"]["precision"] >= 0.935, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= 0.983, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= 0.92, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= 19, result["leaks"]


# The writers of this filter's last rounds (v14-v27): each set was measured ONCE per filter
# version before anything in it was read (its held-out figures, benchmarks/results/pii_heldout_v*.md),
# then read to write the next version; all are training data of the learned reading (35, 36).
# v28 and v29 were never read: the held-out sets of version 35, then training data of version 36.
# v30 was never read: the held-out set of version 36, then training data of version 37. v31 was
# never read nor trained on: the held-out set of version 37. Row: gold values;
# floors for PII recall and precision, phone recall and precision, values left (the figures less a
# margin); the set's history.
WRITERS = {
    "v14": (
        1870,
        0.995,
        0.915,
        0.995,
        0.895,
        3,
        "pii_heldout_v14 (benchmarks/pii_v14/make_heldout_set.py): a fourteenth writer (v13's "
        "docstring only), 96 genres and 22 table kinds, 1,416 phones (475 announced local numbers in "
        "104 phrasings and 18 new placements, 295 roster entries in 67 rosters of 10 formats), 77 "
        "cards, 151 kinds of hard negatives (2,951 uses), 150 corpus texts; committed before any "
        "detector ran on it. Measured ONCE per version, nothing in it read "
        "(benchmarks/results/pii_heldout_v14.md): version 12 0.980 / 0.842, 13 and 14 0.980 / 0.913, "
        "15 and 16 0.983 / 0.933, phones 0.977 / 0.915, 32 values left (announced local 18/475, "
        "roster 11/295, national 3/394); version 17 (after a review of realistic phones) 0.983 / "
        "0.925, phones 0.977 / 0.906. Precision (0.9) met; recall (0.99) and zero announced leaks NOT "
        "met. Its misses were then read (12-06, eleventh session) to write version 18 (3-3-1 groups, "
        'a trunk 0 and area code before fours, Devanagari rosters, telephone signs, "privat" before a '
        "number): a DEVELOPMENT set now, 1.000 / 0.927, phones 1.000 / 0.908, no value left. Floors: "
        "those figures less a margin.",
    ),
    "v15": (
        1844,
        0.99,
        0.92,
        0.985,
        0.9,
        14,
        "pii_heldout_v15 (benchmarks/pii_v15/make_heldout_set.py): a fifteenth writer (v14's "
        "docstring only), 1,400 phones (450 announced local numbers in 108 new phrasings and 20 new "
        "placements, 277 roster entries in 62 rosters of 10 new formats, 418 national numbers), 140 "
        "new kinds of hard negatives (2,464 uses), 150 corpus texts; committed before any detector "
        "ran on it. Measured ONCE per version, before anything in it was read "
        "(benchmarks/results/pii_heldout_v15.md): version 12 0.937 / 0.746, 17 0.937 / 0.831, 18 "
        "0.937 / 0.830, phones 0.917 / 0.784, 116 values left (67 of 418 national numbers, most "
        'written "Label = number"; 23 service, 14 announced, 11 roster). No PII goal met on it. It '
        "was then read (12-06) to write version 19 (narrowed after a review of realistic phones it "
        "lost): a DEVELOPMENT set now, 0.994 / 0.930, phones 0.991 / 0.910, 12 values left. Floors: "
        "those figures less a margin.",
    ),
    "v16": (
        1832,
        0.975,
        0.77,
        0.965,
        0.72,
        40,
        "pii_heldout_v16 (benchmarks/pii_v16/make_heldout_set.py): a sixteenth writer (v15's "
        "docstring only), 1,388 phones (450 announced local numbers in 115 new phrasings and 17 new "
        "placements, 274 roster entries in 62 rosters of 9 new formats, 410 national numbers in 8 new "
        "line shapes), 131 new kinds of hard negatives (2,119 uses), 150 corpus texts; committed "
        "before any detector ran on it. Measured ONCE per version, before anything in it was read "
        "(benchmarks/results/pii_heldout_v16.md): versions 17, 18 and 19 alike 0.931 / 0.706, phones "
        '0.909 / 0.641, 126 values left (82 of them after ">>"): versions 18 and 19 carried nothing. '
        "It was then read (12-06) to write version 20 (arrows, bracketed and next-line remarks, comma "
        "keys, dated times): a DEVELOPMENT set now, 0.979 / 0.781, phones 0.973 / 0.730, 37 values "
        "left (19 of 450 announced). Floors: those figures less a margin.",
    ),
    "v17": (
        1818,
        0.97,
        0.84,
        0.96,
        0.8,
        50,
        "pii_heldout_v17 (benchmarks/pii_v17/make_heldout_set.py): a seventeenth writer (v16's "
        "docstring only), 1,378 phones (450 announced local numbers in 110 new phrasings and 18 new "
        "placements, 278 roster entries in 9 new formats, 400 national numbers in 8 new line shapes), "
        "122 new kinds of hard negatives, 150 corpus texts; committed before any detector ran on it. "
        "Measured ONCE per version, before anything in it was read "
        "(benchmarks/results/pii_heldout_v17.md): version 17 0.918 / 0.849, 19 and 20 0.955 / 0.849, "
        "phones 0.941 / 0.808, 81 values left (50 of 450 announced, 21 of 150 international). It was "
        'then read (12-06) to write version 21 (a slash after a label, "plus" beside a figure, an '
        "identifier word in a condition): a DEVELOPMENT set now, 0.974 / 0.851, phones 0.966 / 0.812, "
        "47 values left (36 of 450 announced). Floors: those figures less a margin.",
    ),
    "v18": (
        1823,
        0.975,
        0.89,
        0.965,
        0.86,
        38,
        "pii_heldout_v18 (benchmarks/pii_v18/make_heldout_set.py): an eighteenth writer (v17's "
        "docstring only), 1,383 phones (450 announced local numbers in 109 new phrasings and 16 new "
        "placements, 283 roster entries in 10 formats, 400 national, 150 international, 100 service), "
        "108 new kinds of hard negatives, 150 corpus texts; committed before any detector ran on it. "
        "Measured ONCE per version, before anything in it was read "
        "(benchmarks/results/pii_heldout_v18.md): version 17 0.873 / 0.868, 19 0.883 / 0.870, 20 and "
        "21 0.975 / 0.901, phones 0.967 / 0.873, 46 values left (20 of 450 announced). It was then "
        'read (12-06) to write version 22 (brackets around a match, fault-line words, "wählen"): a '
        "DEVELOPMENT set now, 0.981 / 0.902, phones 0.975 / 0.874, 35 values left. Floors: those "
        "figures less a margin.",
    ),
    "v19": (
        1815,
        0.975,
        0.91,
        0.97,
        0.885,
        36,
        "pii_heldout_v19 (benchmarks/pii_v19/make_heldout_set.py): a nineteenth writer (v18's "
        "docstring only), 1,375 phones (450 announced local numbers in 108 new phrasings and 16 new "
        "placements, 275 roster entries in 10 formats, 400 national, 150 international, 100 service), "
        "102 new kinds of hard negatives, 150 corpus texts; committed before any detector ran on it. "
        "Measured ONCE per version, before anything in it was read "
        "(benchmarks/results/pii_heldout_v19.md): version 17 0.905 / 0.889, 21 0.976 / 0.894, 22 "
        "0.982 / 0.896, phones 0.976 / 0.866, 33 values left (12 of 450 announced). It was then read "
        "(12-06) to write version 23 (form fields written value first): a DEVELOPMENT set now, 0.982 "
        "/ 0.921, phones 0.976 / 0.898, 33 values left. Floors: those figures less a margin.",
    ),
    "v20": (
        1808,
        0.9,
        0.925,
        0.87,
        0.9,
        170,
        "pii_heldout_v20 (benchmarks/pii_v20/make_heldout_set.py): a twentieth writer (v19's "
        "docstring only, asked for new number-writing habits too), 1,368 phones (450 announced local "
        "numbers in 108 new phrasings and 16 new placements, 268 roster entries in 10 new formats, "
        "400 national, 150 international, 100 service), 100 new kinds of hard negatives, 150 corpus "
        "texts; committed before any detector ran on it. Measured ONCE per version, before anything "
        "in it was read (benchmarks/results/pii_heldout_v20.md): version 17 0.812 / 0.899, 22 and 23 "
        "0.853 / 0.931, phones 0.806 / 0.908, 266 values left (111 of 450 announced; most phones left "
        'written "317 - 2662"). The last held-out figure of the session. It was then read (12-06) to '
        "write version 24 (a spaced dash or slash between two groups): a DEVELOPMENT set now, 0.910 / "
        "0.935, phones 0.882 / 0.915, 162 values left. Floors: those figures less a margin.",
    ),
    "v21": (
        1815,
        0.985,
        0.95,
        0.98,
        0.935,
        20,
        "pii_heldout_v21 (benchmarks/pii_v21/make_heldout_set.py): a twenty-first writer (v20's "
        "docstring only), 1,375 phones (450 announced local numbers in 63 new phrasings), 61 new "
        "kinds of hard negatives, 150 corpus texts; committed before any detector ran on it. "
        "Measured ONCE per version, before anything in it was read, the held-out set of version 24 "
        "(benchmarks/results/pii_heldout_v21.md): version 17 0.911 / 0.901, 23 and 24 0.976 / "
        "0.936, phones 0.968 / 0.916, 44 values left (22 of 450 announced). It was then read (12-06, "
        'twelfth session) to write version 25 (thousands one is reached at, "on 972.271"; long German '
        "numbers) and 26 (lists of small numbers): a DEVELOPMENT set now, 0.992 / 0.957, phones 0.989 "
        "/ 0.944, 15 values left.",
    ),
    "v22": (
        1815,
        0.985,
        0.96,
        0.98,
        0.95,
        20,
        "pii_heldout_v22 (benchmarks/pii_v22/make_heldout_set.py): a twenty-second writer (v21's "
        "docstring only; chats, SMS, e-mail signatures, ads, flyers, voicemail transcripts), 1,375 "
        "phones (450 announced local numbers in 153 phrasings, 14 cut by a line break), 66 kinds of "
        "hard negatives, 150 corpus texts; committed before any detector ran on it. Measured ONCE per "
        "version before anything in it was read (benchmarks/results/pii_heldout_v22.md): version 24 "
        "0.986 / 0.967, 26 0.986 / 0.969, phones 0.981 / 0.960, 26 values left (9 of 450 announced). "
        "It was then read (12-06) to write version 27 (cut numbers, extensions, German 'unter'): a "
        "DEVELOPMENT set now, 0.991 / 0.971, phones 0.988 / 0.961, 16 values left.",
    ),
    "v23": (
        1815,
        0.98,
        0.925,
        0.975,
        0.905,
        32,
        "pii_heldout_v23 (benchmarks/pii_v23/make_heldout_set.py): a twenty-third writer (v21's "
        "docstring only; invoices, contracts, minutes, CVs, letters, forms, PDF-to-text layout), 1,375 "
        "phones, 75 kinds of hard negatives from business documents, 150 corpus texts; committed "
        "before any detector ran on it. Measured ONCE per version before anything in it was read "
        "(benchmarks/results/pii_heldout_v23.md): version 24 0.982 / 0.855, 27 0.985 / 0.852, phones "
        "0.980 / 0.813, 28 values left (10 of 450 announced). It was then read (12-06) to write "
        "version 28 (India's PIN codes, business identifier names): a DEVELOPMENT set now, 0.985 / "
        "0.935, phones 0.980 / 0.915, 28 values left.",
    ),
    "v24": (
        1813,
        0.99,
        0.94,
        0.99,
        0.925,
        8,
        "pii_heldout_v24 (benchmarks/pii_v24/make_heldout_set.py): a twenty-fourth writer (v23's "
        "docstring only; notices, forums, travel, rental and care letters, call transcripts, "
        "hard-wrapped e-mails), 1,380 phones (450 announced local numbers in 98 phrasings), 59 kinds "
        "of hard negatives, 150 corpus texts; committed before any detector ran on it. Measured ONCE "
        "per version before anything in it was read (benchmarks/results/pii_heldout_v24.md): version "
        "24 0.964 / 0.939, 28 0.968 / 0.940, phones 0.958 / 0.922, 58 values left (29 of 450 "
        "announced; most under a Markdown label '*Tel:*' or in angle brackets). It was then read "
        "(12-06) to write version 29 (layout marks, codes' two capitals): a DEVELOPMENT set now, "
        "0.998 / 0.971, phones 0.998 / 0.963, 3 values left (0.998 / 0.951 under version 34, which "
        "dropped version 29's two-capital rule).",
    ),
    "v25": (
        1813,
        0.99,
        0.855,
        0.985,
        0.82,
        14,
        "pii_heldout_v25 (benchmarks/pii_v25/make_heldout_set.py): a twenty-fifth writer (v24's "
        "docstring only; local numbers announced in 312 phrasings, negatives in the same sentence "
        "shapes), 1,375 phones, 61 kinds of hard negatives (2,702 placed), 150 corpus texts; committed "
        "before any detector ran on it. Measured ONCE per version before anything in it was read "
        "(benchmarks/results/pii_heldout_v25.md): version 24 0.981 / 0.849, 30 0.981 / 0.858, phones "
        "0.977 / 0.821, 35 values left (14 of 450 announced), IBAN recall 0.956. It was then read "
        "(12-06) to write version 31 (banners, 'my home no.', IBAN prefixes): a DEVELOPMENT set now, "
        "0.994 / 0.865, phones 0.992 / 0.830, 11 values left.",
    ),
    "v26": (
        1813,
        0.99,
        0.94,
        0.985,
        0.925,
        14,
        "pii_heldout_v26 (benchmarks/pii_v26/make_heldout_set.py): a twenty-sixth writer (v24's "
        "docstring only; texts dense with numbers that are not phones: results, timetables, recipes, "
        "tenders, logs, LaTeX and HTML), 1,380 phones, 97 kinds of hard negatives (11,389 placed), "
        "150 corpus texts; committed before any detector ran on it. Measured ONCE per version before "
        "anything in it was read (benchmarks/results/pii_heldout_v26.md): version 24 0.975 / 0.786, "
        "31 0.976 / 0.789, phones 0.968 / 0.740, 44 values left (9 of 450 announced). It was then "
        "read (12-06) to write version 32 (log time stamps, tender notices, inline HTML, LaTeX rows): "
        "a DEVELOPMENT set now, 0.993 / 0.949, phones 0.991 / 0.938, 12 values left.",
    ),
    "v27": (
        1813,
        0.985,
        0.935,
        0.98,
        0.92,
        22,
        "pii_heldout_v27 (benchmarks/pii_v27/make_heldout_set.py): a twenty-seventh writer (v26's "
        "docstring only; messages, e-mails, notices, forms, listings), 1,380 phones, 81 kinds of hard "
        "negatives, 172 rosters of non-phone numbers, 150 corpus texts; committed after version 32 "
        "and before any detector ran on it. Measured ONCE per version before anything in it was read "
        "(benchmarks/results/pii_heldout_v27.md): version 24 0.921 / 0.917, 32 0.939 / 0.928, phones "
        "0.920 / 0.906, 110 values left (28 of 450 announced; most inside '>>> ... <<<' banners). It "
        "was then read (12-06) to write version 33 (chevron banners, routing and loan numbers): a "
        "DEVELOPMENT set now, 0.990 / 0.944, phones 0.987 / 0.928, 18 values left.",
    ),
    "v28": (
        1808,
        0.97,
        0.915,
        0.96,
        0.89,
        52,
        "pii_heldout_v28 (benchmarks/pii_v28/make_heldout_set.py): a twenty-eighth writer (v27's "
        "docstring only; a broad mix under a 30-minute limit), 1,375 phones (450 announced local "
        "numbers, 275 roster entries in 10 formats), 56 kinds of hard negatives, 150 corpus texts; "
        "committed after the last filter change and before any detector ran on it. Measured ONCE per "
        "version, NOTHING in it read: the HELD-OUT set of versions 33, 34 and 35 "
        "(benchmarks/results/pii_heldout_v28.md): rules (24-34) 0.928-0.929 / 0.865, phones 0.907 / "
        "0.826, 128 values left (49 of 450 announced, 55 roster entries); version 35 (learned) 0.974 "
        "/ 0.922, phones 0.965 / 0.898, 48 left (11 announced, 25 roster). Floors: version 35's "
        "figures less a margin. Training data of version 36 since (still unread).",
    ),
    "v29": (
        1749,
        0.975,
        0.91,
        0.97,
        0.89,
        37,
        "pii_heldout_v29 (benchmarks/pii_v29/make_heldout_set.py): a twenty-ninth writer (v28's "
        "docstring only; forums, support chats, e-mail threads, OCR'd letters, CSV exports, wiki "
        "pages, transcripts, SMS threads), 1,372 phones (404 announced local numbers, 258 roster "
        "entries), 39 new kinds of hard negatives, 150 corpus texts; committed before any detector "
        "ran on it and measured ONCE per version, NOTHING in it read (benchmarks/results/"
        "pii_heldout_v29.md): version 34 (rules) 0.965 / 0.881, phones 0.956 / 0.851, 61 left (28 "
        "announced); version 35 (learned) 0.981 / 0.919, phones 0.976 / 0.898, 33 left (21 "
        "announced). Floors: version 35's figures less a margin. Training data of version 36 since "
        "(still unread).",
    ),
    "v30": (
        1875,
        0.985,
        0.96,
        0.98,
        0.955,
        24,
        "pii_heldout_v30 (benchmarks/pii_v30/make_heldout_set.py): a thirtieth writer (v29's "
        "docstring only; newsletters, parish notices, small-business pages, listings, programmes, "
        "job adverts, health leaflets, rotas, recipe blogs, manuals), 1,457 phones (450 announced "
        "local numbers, 75 per region), 43 new kinds of hard negatives, 150 corpus texts; committed "
        "before version 36 was trained, NOTHING in it read nor trained on: the HELD-OUT set of "
        "version 36 (benchmarks/results/pii_heldout_v30.md), measured once per version: 34 (rules) "
        "0.954 / 0.942, 35 0.979 / 0.970, 36 0.989 / 0.970, phones 0.986 / 0.964, 20 values left "
        "(11 of 450 announced). Floors: version 36's figures less a margin. Training data of "
        "version 37 since (still unread).",
    ),
    "v31": (
        1775,
        0.97,
        0.925,
        0.96,
        0.905,
        51,
        "pii_heldout_v31 (benchmarks/pii_v31/make_heldout_set.py): a thirty-first writer (v30's "
        "docstring only; diaries, letters, marketplace posts, chats, invitations, rosters, "
        "reminders), 1,360 phones (450 announced local numbers, 46 split across a line), 33 new "
        "kinds of hard negatives, 150 corpus texts; committed before version 37 was trained, "
        "NOTHING in it read nor trained on: the HELD-OUT set of version 37 "
        "(benchmarks/results/pii_heldout_v31.md), measured once per version: 34 (rules) 0.962 / "
        "0.933, 36 0.973 / 0.934, 37 0.974 / 0.933, phones 0.965 / 0.915, 47 values left (10 "
        "announced, 28 national, 8 international). Floors: version 37's figures less a margin.",
    ),
    "v38": (
        2537,
        0.985,
        0.98,
        0.98,
        0.985,
        28,
        "pii_heldout_v38 (benchmarks/pii_v38/make_heldout_set.py): a thirty-eighth writer (v36's "
        "docstring only; money and household administration: statements, bills, dunning and tax "
        "letters, payslips, refunds, fundraising), 1,890 phones (133 announced local numbers, 457 "
        "roster entries), 57 new kinds of hard negatives, 166 corpus texts; committed before version "
        "40, NOTHING in it read nor trained on: a HELD-OUT set of version 40 "
        "(benchmarks/results/pii_heldout_v38.md), measured once per version: 34 (rules) 0.951 / "
        "0.981, 39 0.987 / 0.988, 40 0.991 / 0.989, phones 0.987 / 0.993, 24 values left (9 of 133 "
        "announced, 15 roster). Floors: version 40's figures less a margin. "
        "Read and trained on for version 41 since.",
    ),
    "v39": (
        1944,
        0.992,
        0.94,
        0.99,
        0.92,
        9,
        "pii_heldout_v39 (benchmarks/pii_v39/make_heldout_set.py): a thirty-ninth writer (v37's "
        "docstring only; news and public records: local news, police appeals, death notices, match "
        "and court reports, listings, small ads, bulletins), 1,467 phones (450 announced local "
        "numbers, 313 roster entries), 48 new kinds of hard negatives, 141 corpus texts; committed "
        "before version 40, NOTHING in it read nor trained on: a HELD-OUT set of version 40 "
        "(benchmarks/results/pii_heldout_v39.md), measured once per version: 34 (rules) 0.991 / "
        "0.953, 39 0.996 / 0.945, 40 0.997 / 0.948, phones 0.997 / 0.932, 5 values left (1 of 450 "
        "announced, 4 roster). Floors: version 40's figures less a margin. "
        "Read and trained on for version 41 since.",
    ),
    "v40": (
        2342,
        0.98,
        0.96,
        0.978,
        0.95,
        35,
        "pii_heldout_v40 (benchmarks/pii_v40/make_heldout_set.py): a fortieth writer (v38's docstring"
        " only; industry, logistics and agriculture: freight and customs papers, pick lists, fleet "
        "rosters, dispatch logs, farm notices, maintenance logs, safety data sheets, catalogues), "
        "1,901 phones (146 announced local numbers, 655 roster entries), 52 new kinds of hard "
        "negatives, 168 corpus texts; committed after version 40, NOTHING in it read nor trained on: "
        "a HELD-OUT set of version 40 (benchmarks/results/pii_heldout_v40.md), measured once per "
        "version: 34 (rules) 0.978 / 0.925, 39 0.986 / 0.961, 40 0.987 / 0.969, phones 0.984 / 0.962,"
        " 31 values left (26 of 146 announced, 5 service). Floors: version 40's figures less a "
        "margin. Read and trained on for version 41 since.",
    ),
    "v41": (
        1728,
        0.97,
        0.955,
        0.96,
        0.945,
        48,
        "pii_heldout_v41 (benchmarks/pii_v41/make_heldout_set.py): a forty-first writer (v39's "
        "docstring only; government and civic texts: waste calendars, election notices, permits, "
        "planning consultations, summonses, benefit letters, school notices, consular notices, "
        "parliamentary questions, FOI responses, health advisories), 1,361 phones (450 announced "
        "local numbers, 395 roster entries), 40 new kinds of hard negatives, 140 corpus texts; "
        "committed after version 40, NOTHING in it read nor trained on: a HELD-OUT set of version 40 "
        "(benchmarks/results/pii_heldout_v41.md), measured once per version: 34 (rules) 0.951 / "
        "0.945, 39 0.972 / 0.957, 40 0.975 / 0.967, phones 0.968 / 0.959, 44 values left (39 of 395 "
        "roster, 4 of 450 announced). Floors: version 40's figures less a margin. "
        "Read and trained on for version 41 since.",
    ),
    "v42": (
        2370,
        0.99,
        0.985,
        0.988,
        0.98,
        17,
        "pii_heldout_v42 (benchmarks/pii_v42/make_heldout_set.py): a forty-second writer (v40's "
        "docstring only; health, care and wellbeing: GP and pharmacy notices, discharge letters, lab "
        "results, care homes, telehealth, dental and optician reminders, helplines, fitness "
        "timetables), 2,015 phones (155 announced local numbers, 711 roster entries), 39 new kinds of"
        " hard negatives and 16 patient-id schemes, 168 corpus texts; committed before version 41, "
        "NOTHING in it read nor trained on: a HELD-OUT set of versions 40 and 41 "
        "(benchmarks/results/pii_heldout_v42.md), measured once per version: 34 (rules) 0.984 / "
        "0.989, 40 0.992 / 0.992, 41 0.995 / 0.992, phones 0.994 / 0.991, 13 values left (11 of 155 "
        "announced). Floors: version 41's figures less a margin. Read and trained on for version 42 "
        "since.",
    ),
    "v43": (
        1867,
        0.994,
        0.98,
        0.993,
        0.975,
        7,
        "pii_heldout_v43 (benchmarks/pii_v43/make_heldout_set.py): a forty-third writer (v41's "
        "docstring only; education, clubs and hobbies: course pages, exam notices, societies, "
        "language and music schools, sports clubs, scouts, libraries, choirs, hobby forums), 1,550 "
        "phones (450 announced local numbers, 549 roster entries), 45 new kinds of hard negatives, "
        "138 corpus texts; committed before version 41, NOTHING in it read nor trained on: a HELD-OUT"
        " set of versions 40 and 41 (benchmarks/results/pii_heldout_v43.md), measured once per "
        "version: 34 (rules) 0.996 / 0.981, 40 0.998 / 0.986, 41 0.998 / 0.988, phones 0.998 / 0.986,"
        " 3 values left (none announced). Floors: version 41's figures less a margin. "
        "Read and trained on for version 42 since.",
    ),
    "v44": (
        2114,
        0.998,
        0.978,
        0.997,
        0.975,
        4,
        "pii_heldout_v44 (benchmarks/pii_v44/make_heldout_set.py): a forty-fourth writer (v42's "
        "docstring only; work and jobs: job ads, CVs, recruiter e-mails, phone trees, shift rotas, "
        "payroll notices, union bulletins, e-mail signatures), 1,794 phones (151 announced local "
        "numbers, 670 roster entries), 39 new kinds of hard negatives, 168 corpus texts; committed "
        "before version 42, NOTHING in it read nor trained on: a HELD-OUT set of version 42 "
        "(benchmarks/results/pii_heldout_v44.md), measured once per version: 34 (rules) 0.989 / "
        "0.992, 41 0.997 / 0.993, 42 1.000 / 0.983, phones 0.999 / 0.980, 1 value left (1 of 151 "
        "announced). Floors: version 42's figures less a margin. Read and trained on for version 43 since.",
    ),
    "v45": (
        2090,
        0.992,
        0.97,
        0.99,
        0.965,
        15,
        "pii_heldout_v45 (benchmarks/pii_v45/make_heldout_set.py): a forty-fifth writer (v43's "
        "docstring only; trades, repairs, property and classifieds: flyers, van lettering, garage "
        "invoices, car and flat ads, estate agents, landlord letters, site boards, tear-off slips), "
        "1,722 phones (450 announced local numbers, 395 roster entries), 48 new kinds of hard "
        "negatives, 136 corpus texts; committed before version 42, NOTHING in it read nor trained on: "
        "a HELD-OUT set of version 42 (benchmarks/results/pii_heldout_v45.md), measured once per "
        "version: 34 (rules) 0.983 / 0.961, 41 0.985 / 0.993, 42 0.995 / 0.975, phones 0.994 / "
        "0.969, 11 values left (7 of 450 announced, 4 national). Floors: version 42's figures less a "
        "margin.",
    ),
    "v46": (
        1848,
        0.997,
        0.993,
        0.996,
        0.992,
        5,
        "pii_heldout_v46 (benchmarks/pii_v46/make_heldout_set.py): a forty-sixth writer (v41's "
        "docstring only; faith, family events and entertainment: parish newsletters, funeral notices,"
        " invitations, festival programmes, box office, radio phone-ins, raffles, venue hire, "
        "sitters), 1,424 phones (450 announced local numbers, 324 roster entries), 45 new kinds of "
        "hard negatives, 134 corpus texts; committed before version 42, NOTHING in it read nor "
        "trained on: a HELD-OUT set of version 42 (benchmarks/results/pii_heldout_v46.md), measured "
        "once per version: 34 (rules) 0.987 / 0.9995, 41 0.997 / 0.9995, 42 0.999 / 0.997, phones "
        "0.999 / 0.997, 2 values left (none announced). Floors: version 42's figures less a margin. "
        "Read and trained on for version 43 since.",
    ),
    "v47": (
        2164,
        0.998,
        0.988,
        0.998,
        0.987,
        3,
        "pii_heldout_v47 (benchmarks/pii_v47/make_heldout_set.py): a forty-seventh writer (v44's "
        "docstring only; retail, e-commerce and customer service: order e-mails, returns, receipts, "
        "loyalty mailers, seller pages, reviews, chat transcripts, store locators), 1,896 phones (450 "
        "announced local numbers, 478 roster entries), 38 new kinds of hard negatives, 190 corpus "
        "texts; committed after version 42, NOTHING in it read nor trained on: a HELD-OUT set of "
        "version 42 (benchmarks/results/pii_heldout_v47.md), measured once per version: 34 (rules) "
        "0.964 / 0.998, 41 0.996 / 0.998, 42 1.000 / 0.992, phones 1.000 / 0.991, no value left. "
        "Floors: version 42's figures less a margin. Read and trained on for version 43 since.",
    ),
    "v48": (
        1792,
        0.988,
        0.995,
        0.986,
        0.995,
        20,
        "pii_heldout_v48 (benchmarks/pii_v48/make_heldout_set.py): a forty-eighth writer (v45's "
        "docstring only; food and hospitality: menus, bookings, takeaway flyers, delivery apps, food "
        "trucks, pre-orders, tastings, cookery classes, hygiene notices, reviews), 1,524 phones (450 "
        "announced local numbers, 401 roster entries), 48 new kinds of hard negatives, 132 corpus "
        "texts; committed after version 42, NOTHING in it read nor trained on: a HELD-OUT set of "
        "version 42 (benchmarks/results/pii_heldout_v48.md), measured once per version: 34 (rules) "
        "0.946 / 1.000, 41 0.952 / 1.000, 42 0.991 / 0.999, phones 0.990 / 0.999, 16 values left (16 "
        "of 450 announced). Floors: version 42's figures less a margin. Read and trained on for version "
        "43 since.",
    ),
    "v49": (
        1911,
        0.998,
        0.986,
        0.997,
        0.985,
        4,
        "pii_heldout_v49 (benchmarks/pii_v49/make_heldout_set.py): a forty-ninth writer (v46's "
        "docstring only; emergencies, safety and utilities: outage notices, storm warnings, shelter "
        "lists, missing-person posters, claim notes, towing slips, helplines, incident logs), 1,615 "
        "phones (450 announced local numbers, 216 roster entries), 42 new kinds of hard negatives, 130"
        " corpus texts; committed after version 42, NOTHING in it read nor trained on: a HELD-OUT set "
        "of version 42 (benchmarks/results/pii_heldout_v49.md), measured once per version: 34 (rules) "
        "0.982 / 0.9995, 41 0.994 / 0.998, 42 0.9995 / 0.991, phones 0.999 / 0.989, 1 value left (1 "
        "of 450 announced). Floors: version 42's figures less a margin. Read and trained on for version "
        "43 since.",
    ),
    "v50": (
        1902,
        0.995,
        0.955,
        0.994,
        0.95,
        8,
        "pii_heldout_v50 (benchmarks/pii_v50/make_heldout_set.py): a fiftieth writer (v47's docstring"
        " only; getting around: taxis, car rental, driving schools, parking, transit, shuttles, bike "
        "shops, carpools), 1,657 phones (450 announced local numbers, 478 roster entries), 36 new "
        "kinds of hard negatives, 192 corpus texts; committed before version 43, NOTHING in it read "
        "nor trained on: a HELD-OUT set of versions 42 and 43 (benchmarks/results/pii_heldout_v50.md),"
        " measured once per version: 34 (rules) 0.972 / 0.977, 41 0.988 / 0.987, 42 0.995 / 0.960, "
        "43 0.998 / 0.963, phones 0.998 / 0.958, 4 values left (2 of 450 announced). Floors: version "
        "43's figures less a margin.",
    ),
    "v51": (
        1732,
        0.997,
        0.995,
        0.997,
        0.995,
        4,
        "pii_heldout_v51 (benchmarks/pii_v51/make_heldout_set.py): a fifty-first writer (v48's "
        "docstring only; personal and household services: salons, tailors, photographers, tutors, "
        "trainers, groomers, gardeners, cleaning agencies), 1,580 phones (450 announced local numbers,"
        " 361 roster entries), 41 new kinds of hard negatives, 134 corpus texts; committed before "
        "version 43, NOTHING in it read nor trained on: a HELD-OUT set of versions 42 and 43 "
        "(benchmarks/results/pii_heldout_v51.md), measured once per version: 34 (rules) 0.973 / "
        "0.993, 41 0.995 / 1.000, 42 0.996 / 1.000, 43 0.999 / 0.999, phones 0.999 / 0.999, 1 value "
        "left (1 of 450 announced). Floors: version 43's figures less a margin.",
    ),
    "v52": (
        2124,
        0.998,
        0.972,
        0.998,
        0.967,
        3,
        "pii_heldout_v52 (benchmarks/pii_v52/make_heldout_set.py): a fifty-second writer (v49's "
        "docstring only; telecom, IT support and devices: bills, porting letters, router sheets, "
        "outage updates, helpdesk tickets, switchboard lists, conference calls), 1,722 phones (450 "
        "announced local numbers, 345 roster entries), 41 new kinds of hard negatives, 130 corpus "
        "texts; committed before version 43, NOTHING in it read nor trained on: a HELD-OUT set of "
        "versions 42 and 43 (benchmarks/results/pii_heldout_v52.md), measured once per version: 34 "
        "(rules) 0.961 / 0.992, 41 0.995 / 0.989, 42 1.000 / 0.978, 43 1.000 / 0.978, phones 1.000 /"
        " 0.972, no value left. Floors: version 43's figures less a margin.",
    ),
    "v53": (
        2874,
        0.997,
        0.987,
        0.997,
        0.983,  # version 52: phones 0.9839 (development; 46 and 47 held 0.984)
        3,
        "pii_heldout_v53 (benchmarks/pii_v53/make_heldout_set.py): a fifty-third writer (v52's "
        "docstring only; schools, childcare and tutoring: parent letters, trip forms, PTA minutes, "
        "rosters, clubs, exam boards, nurseries, tutors), 2,145 phones (450 announced local numbers); "
        "committed before version 45 was trained or while it was, measured once under versions 34, "
        "41, 44 and 45 (its HELD-OUT figures), then read and trained on for version 46: a development "
        "set now (benchmarks/results/pii_heldout_v53.md). Under version 46: 0.9997 / 0.9921, phones "
        "0.9995 / 0.9898, 0 values left (0 of 450 announced). Floors: version 46's figures less a "
        "margin.",
    ),
    "v54": (
        2113,
        0.998,
        0.981,
        0.998,
        0.976,
        3,
        "pii_heldout_v54 (benchmarks/pii_v54/make_heldout_set.py): a fifty-fourth writer (v52's "
        "docstring only; farming, rural co-operatives and vet work: auctions, harvest crews, feed "
        "orders, machinery rings, vet call-outs, milk collection), 1,569 phones (450 announced local "
        "numbers); committed before version 45 was trained or while it was, measured once under "
        "versions 34, 41, 44 and 45 (its HELD-OUT figures), then read and trained on for version 46: "
        "a development set now (benchmarks/results/pii_heldout_v54.md). Under version 46: 1.0000 / "
        "0.9865, phones 1.0000 / 0.9819, 0 values left (0 of 450 announced). Floors: version 46's "
        "figures less a margin.",
    ),
    "v55": (
        2563,
        0.998,
        0.992,
        0.998,
        0.992,
        3,
        "pii_heldout_v55 (benchmarks/pii_v55/make_heldout_set.py): a fifty-fifth writer (v52's "
        "docstring only; sports and hobby clubs: fixtures, referee rosters, gym classes, angling and "
        "chess clubs, stewards, entry forms), 2,083 phones (450 announced local numbers); committed "
        "before version 45 was trained or while it was, measured once under versions 34, 41, 44 and "
        "45 (its HELD-OUT figures), then read and trained on for version 46: a development set now "
        "(benchmarks/results/pii_heldout_v55.md). Under version 46: 1.0000 / 0.9977, phones 1.0000 / "
        "0.9971, 0 values left (0 of 450 announced). Floors: version 46's figures less a margin.",
    ),
    "v56": (
        1772,
        0.996,
        0.986,
        0.998,
        0.984,
        5,
        "pii_heldout_v56 (benchmarks/pii_v56/make_heldout_set.py): a fifty-sixth writer (v52's "
        "docstring only; tourism and hospitality: hotels, B&Bs, campsites, holiday lets, tour guides, "
        "hostel boards, transfers), 1,363 phones (450 announced local numbers); committed before "
        "version 45 was trained or while it was, measured once under versions 34, 41, 44 and 45 (its "
        "HELD-OUT figures), then read and trained on for version 46: a development set now "
        "(benchmarks/results/pii_heldout_v56.md). Under version 46: 0.9989 / 0.9916, phones 1.0000 / "
        "0.9891, 2 values left (0 of 450 announced). Floors: version 46's figures less a margin.",
    ),
    "v57": (
        1883,
        0.998,
        0.988,
        0.998,
        0.986,
        3,
        "pii_heldout_v57 (benchmarks/pii_v57/make_heldout_set.py): a fifty-seventh writer (v52's "
        "docstring only; public administration and civic life: town-hall notices, polling stations, "
        "libraries, waste collection, council minutes), 1,536 phones (450 announced local numbers); "
        "committed before version 45 was trained or while it was, measured once under versions 34, "
        "41, 44 and 45 (its HELD-OUT figures), then read and trained on for version 46: a development "
        "set now (benchmarks/results/pii_heldout_v57.md). Under version 46: 1.0000 / 0.9931, phones "
        "1.0000 / 0.9916, 0 values left (0 of 450 announced). Floors: version 46's figures less a "
        "margin.",
    ),
    "v58": (
        3013,
        0.998,
        0.99,
        0.998,
        0.988,
        3,
        "pii_heldout_v58 (benchmarks/pii_v58/make_heldout_set.py): a fifty-eighth writer (v52's "
        "docstring only; small manufacturing and workshops: shift rotas, maintenance logs, supplier "
        "sheets, quality reports, print shops, joineries), 2,147 phones (450 announced local "
        "numbers); committed before version 45 was trained or while it was, measured once under "
        "versions 34, 41, 44 and 45 (its HELD-OUT figures), then read and trained on for version 46: "
        "a development set now (benchmarks/results/pii_heldout_v58.md). Under version 46: 1.0000 / "
        "0.9957, phones 1.0000 / 0.9940, 0 values left (0 of 450 announced). Floors: version 46's "
        "figures less a margin.",
    ),
    "v59": (
        2539,
        0.995,
        0.971,
        0.994,
        0.961,
        9,
        "pii_heldout_v59 (benchmarks/pii_v59/make_heldout_set.py): a fifty-ninth writer (v52's "
        "docstring only; legal and financial services: conveyancing, probate, notaries, tax, "
        "bookkeeping, claims, debt advice, mortgages), 1,761 phones (450 announced local numbers); "
        "committed before version 46, NOTHING in it read nor trained on: a HELD-OUT set of versions "
        "45 and 46, measured once per version (benchmarks/results/pii_heldout_v59.md). Under version "
        "46: 0.9976 / 0.9765, phones 0.9966 / 0.9664, 6 values left (3 of 450 announced). Floors: "
        "version 46's figures less a margin."
        " Trained on since version 47.",
    ),
    "v60": (
        2111,
        0.998,
        0.987,
        0.998,
        0.983,
        3,
        "pii_heldout_v60 (benchmarks/pii_v60/make_heldout_set.py): a sixtieth writer (v52's docstring "
        "only; universities and research: labs, conference programmes, grants offices, students' "
        "unions, field stations, vivas), 1,413 phones (450 announced local numbers); committed before "
        "version 46, NOTHING in it read nor trained on: a HELD-OUT set of versions 45 and 46, "
        "measured once per version (benchmarks/results/pii_heldout_v60.md). Under version 46: 1.0000 "
        "/ 0.9925, phones 1.0000 / 0.9888, 0 values left (0 of 450 announced). Floors: version 46's "
        "figures less a margin."
        " Trained on since version 47.",
    ),
    "v61": (
        2949,
        0.996,
        0.966,
        0.996,
        0.954,
        6,
        "pii_heldout_v61 (benchmarks/pii_v61/make_heldout_set.py): a sixty-first writer (v52's "
        "docstring only; arts and culture: theatres, galleries, music schools, choirs, film clubs, "
        "festival box offices), 2,075 phones (450 announced local numbers); committed before version "
        "46, NOTHING in it read nor trained on: a HELD-OUT set of versions 45 and 46, measured once "
        "per version (benchmarks/results/pii_heldout_v61.md). Under version 46: 0.9990 / 0.9713, "
        "phones 0.9986 / 0.9597, 3 values left (0 of 450 announced). Floors: version 46's figures "
        "less a margin."
        " Trained on since version 47.",
    ),
    "v62": (
        2807,
        0.994,
        0.987,
        0.993,
        0.989,
        12,
        "pii_heldout_v62 (benchmarks/pii_v62/make_heldout_set.py): a sixty-second writer (v52's "
        "docstring only; health and care: GP surgeries, dentists, pharmacies, physiotherapy, care "
        "homes, home care, opticians), 2,216 phones (450 announced local numbers); committed before "
        "version 47, measured once under versions 34, 45 and 46 as a held-out set (0 of 450 announced "
        "left under 46), then trained on: a DEVELOPMENT set of version 47 "
        "(benchmarks/results/pii_heldout_v62.md). Under version 47: 0.9968 / 0.9922, phones 0.9959 / "
        "0.9941, 9 values left (0 of 450 announced). Floors: version 47's figures less a margin."
        " Trained on since version 47.",
    ),
    "v63": (
        3261,
        0.998,
        0.991,
        0.998,
        0.99,
        3,
        "pii_heldout_v63 (benchmarks/pii_v63/make_heldout_set.py): a sixty-third writer (v52's "
        "docstring only; transport and logistics: taxis, couriers, removals, coach trips, car hire, "
        "ferries, freight forwarding), 2,350 phones (450 announced local numbers); committed before "
        "version 47, measured once under versions 34, 45 and 46 as a held-out set (0 of 450 announced "
        "left under 46), then trained on: a DEVELOPMENT set of version 47 "
        "(benchmarks/results/pii_heldout_v63.md). Under version 47: 1.0000 / 0.9963, phones 1.0000 / "
        "0.9958, 0 values left (0 of 450 announced). Floors: version 47's figures less a margin."
        " Trained on since version 47.",
    ),
    "v64": (
        2215,
        0.998,
        0.99,
        0.998,
        0.99,
        3,
        "pii_heldout_v64 (benchmarks/pii_v64/make_heldout_set.py): a sixty-fourth writer (v52's "
        "docstring only; charities and volunteering: food banks, shelters, mutual aid, blood drives, "
        "animal rescues, fundraisers), 1,887 phones (450 announced local numbers); committed before "
        "version 47, measured once under versions 34, 45 and 46 as a held-out set (3 of 450 announced "
        "left under 46, then read), then trained on: a DEVELOPMENT set of version 47 "
        "(benchmarks/results/pii_heldout_v64.md). Under version 47: 1.0000 / 0.9960, phones 1.0000 / "
        "0.9953, 0 values left (0 of 450 announced). Floors: version 47's figures less a margin."
        " Trained on since version 47.",
    ),
    "v65": (
        1687,
        0.998,
        0.986,
        0.998,
        0.985,
        3,
        "pii_heldout_v65 (benchmarks/pii_v65/make_heldout_set.py): a sixty-fifth writer (v52's "
        "docstring only; personal services: hairdressers, beauty salons, personal trainers, dog "
        "walkers and groomers, cleaners, babysitters), 1,435 phones (450 announced local numbers); "
        "committed before version 47, measured once under versions 34, 45 and 46 as a held-out set (3 "
        "of 450 announced left under 46, then read), then trained on: a DEVELOPMENT set of version 47 "
        "(benchmarks/results/pii_heldout_v65.md). Under version 47: 1.0000 / 0.9918, phones 1.0000 / "
        "0.9903, 0 values left (0 of 450 announced). Floors: version 47's figures less a margin."
        " Trained on since version 47.",
    ),
    "v66": (
        1755,
        0.998,
        0.987,
        0.998,
        0.985,
        3,
        "pii_heldout_v66 (benchmarks/pii_v66/make_heldout_set.py): a sixty-sixth writer (v52's "
        "docstring only; retail and e-commerce: returns desks, marketplace sellers, loyalty "
        "programmes, click-and-collect, pawn shops), 1,368 phones (450 announced local numbers); "
        "committed before version 47 was trained, measured once per version as a held-out set of 46 "
        "and 47 (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v66.md). Under version 55: 1.0000 / 0.9926, phones 1.0000 / "
        "0.9906, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v67": (
        2742,
        0.998,
        0.995,
        0.998,
        0.995,
        3,
        "pii_heldout_v67 (benchmarks/pii_v67/make_heldout_set.py): a sixty-seventh writer (v52's "
        "docstring only; motoring: garages, car dealers, tyre fitters, MOT and T\u00dcV stations, "
        "breakdown recovery, driving schools), 1,852 phones (450 announced local numbers); committed "
        "before version 47 was trained, measured once per version as a held-out set of 46 and 47 (2 "
        "of 450 announced left under 47, then read), then trained on (versions 52 to 55): a "
        "DEVELOPMENT set (benchmarks/results/pii_heldout_v67.md). Under version 55: 1.0000 / 1.0000, "
        "phones 1.0000 / 1.0000, 0 values left (0 of 450 announced). Floors: version 55's figures "
        "less a margin.",
    ),
    "v68": (
        2844,
        0.997,
        0.987,
        0.997,
        0.986,
        4,
        "pii_heldout_v68 (benchmarks/pii_v68/make_heldout_set.py): a sixty-eighth writer (v52's "
        "docstring only; media and broadcasting: radio phone-ins, newsdesks, podcast show notes, "
        "press offices, TV audience lines), 2,411 phones (450 announced local numbers); committed "
        "before version 47 was trained, measured once per version as a held-out set of 46 and 47 "
        "(never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v68.md). Under version 55: 0.9996 / 0.9923, phones 0.9996 / "
        "0.9913, 1 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v69": (
        2126,
        0.99,
        0.984,
        0.988,
        0.99,
        10,
        "pii_heldout_v69 (benchmarks/pii_v69/make_heldout_set.py): a sixty-ninth writer (v52's "
        "docstring only; weddings and private events: photographers, DJs, florists, venue hire, "
        "caterers, marquee and party hire), 1,627 phones (450 announced local numbers); committed "
        "before version 47 was trained, measured once per version as a held-out set of 46 and 47 (1 "
        "of 450 announced left under 47, then read), then trained on (versions 52 to 55): a "
        "DEVELOPMENT set (benchmarks/results/pii_heldout_v69.md). Under version 55: 0.9925 / 0.9892, "
        "phones 0.9902 / 0.9957, 7 values left (0 of 450 announced). Floors: version 55's figures "
        "less a margin.",
    ),
    "v70": (
        2672,
        0.997,
        0.976,
        0.998,
        0.969,
        4,
        "pii_heldout_v70 (benchmarks/pii_v70/make_heldout_set.py): a seventieth writer (v52's "
        "docstring only; housing and tenancy: letting agents, repairs, caretakers, tenants' "
        "associations, student halls, co-operatives), 1,851 phones (450 announced local numbers); "
        "committed after version 47 shipped, measured once under 47 (and a version 48 not shipped) as "
        "a held-out set (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v70.md). Under version 55: 0.9996 / 0.9816, phones 1.0000 / "
        "0.9742, 1 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v71": (
        2090,
        0.998,
        0.986,
        0.998,
        0.985,
        3,
        "pii_heldout_v71 (benchmarks/pii_v71/make_heldout_set.py): a seventy-first writer (v52's "
        "docstring only; outdoors and nature: rangers, mountain huts, nature reserves, outdoor "
        "centres, angling and hunting, wildlife rescue), 1,890 phones (450 announced local numbers); "
        "committed after version 47 shipped, measured once under 47 (and a version 48 not shipped) as "
        "a held-out set (2 of 450 announced left under 47, then read), then trained on (versions 52 "
        "to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v71.md). Under version 55: 1.0000 "
        "/ 0.9915, phones 1.0000 / 0.9906, 0 values left (0 of 450 announced). Floors: version 55's "
        "figures less a margin.",
    ),
    "v72": (
        2262,
        0.998,
        0.977,
        0.998,
        0.973,
        3,
        "pii_heldout_v72 (benchmarks/pii_v72/make_heldout_set.py): a seventy-second writer (v52's "
        "docstring only; security and facilities: guards, alarm companies, locksmiths, facility "
        "management, cleaning, CCTV), 1,790 phones (450 announced local numbers); committed after "
        "version 47 shipped, measured once under 47 (and a version 48 not shipped) as a held-out set "
        "(never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v72.md). Under version 55: 1.0000 / 0.9826, phones 1.0000 / "
        "0.9781, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v73": (
        2611,
        0.997,
        0.991,
        0.998,
        0.991,
        4,
        "pii_heldout_v73 (benchmarks/pii_v73/make_heldout_set.py): a seventy-third writer (v52's "
        "docstring only; senior life and retirement: retirement clubs, pension advice, meals on "
        "wheels, hearing aids, day centres), 2,091 phones (450 announced local numbers); committed "
        "after version 47 shipped, measured once under 47 (and a version 48 not shipped) as a "
        "held-out set (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v73.md). Under version 55: 0.9996 / 0.9969, phones 1.0000 / "
        "0.9967, 1 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v74": (
        2174,
        0.998,
        0.992,
        0.998,
        0.991,
        3,
        "pii_heldout_v74 (benchmarks/pii_v74/make_heldout_set.py): a seventy-fourth writer (v52's "
        "docstring only; pets and animal care: vets, kennels and catteries, dog walkers, groomers, "
        "animal rescues, riding stables), 1,659 phones (450 announced local numbers); committed while "
        "version 47 shipped, measured once under 47 and versions 49 and 50 not shipped as a held-out "
        "set (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v74.md). Under version 55: 1.0000 / 0.9977, phones 1.0000 / "
        "0.9970, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v75": (
        2204,
        0.998,
        0.993,
        0.998,
        0.992,
        3,
        "pii_heldout_v75 (benchmarks/pii_v75/make_heldout_set.py): a seventy-fifth writer (v52's "
        "docstring only; construction: site offices, scaffolders, planning applications, building "
        "control, snagging lists, skip hire), 1,749 phones (450 announced local numbers); committed "
        "while version 47 shipped, measured once under 47 and versions 49 and 50 not shipped as a "
        "held-out set (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v75.md). Under version 55: 1.0000 / 0.9982, phones 1.0000 / "
        "0.9977, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v76": (
        3384,
        0.998,
        0.992,
        0.998,
        0.992,
        3,
        "pii_heldout_v76 (benchmarks/pii_v76/make_heldout_set.py): a seventy-sixth writer (v52's "
        "docstring only; childcare and parenting: nurseries, childminders, nannies, toddler groups, "
        "school-run rotas, au pairs), 2,585 phones (450 announced local numbers); committed while "
        "version 47 shipped, measured once under 47 and versions 49 and 50 not shipped as a held-out "
        "set (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v76.md). Under version 55: 1.0000 / 0.9976, phones 1.0000 / "
        "0.9973, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v77": (
        2613,
        0.998,
        0.988,
        0.998,
        0.986,
        3,
        "pii_heldout_v77 (benchmarks/pii_v77/make_heldout_set.py): a seventy-seventh writer (v52's "
        "docstring only; maritime life: marinas, harbour masters, boatyards, ferries, sailing "
        "schools, fishing co-operatives), 2,202 phones (450 announced local numbers); committed while "
        "version 47 shipped, measured once under 47 and versions 49 and 50 not shipped as a held-out "
        "set (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v77.md). Under version 55: 1.0000 / 0.9932, phones 1.0000 / "
        "0.9919, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v78": (
        1883,
        0.998,
        0.986,
        0.998,
        0.983,
        3,
        "pii_heldout_v78 (benchmarks/pii_v78/make_heldout_set.py): a seventy-eighth writer (v52's "
        "docstring only; gardening: allotment societies, garden centres, tree surgeons, beekeepers, "
        "landscapers, plant swaps), 1,381 phones (450 announced local numbers); committed while "
        "version 47 shipped, measured once under 47 and versions 49 and 50 not shipped as a held-out "
        "set (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v78.md). Under version 55: 1.0000 / 0.9916, phones 1.0000 / "
        "0.9885, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v79": (
        1792,
        0.998,
        0.947,
        0.998,
        0.936,
        3,
        "pii_heldout_v79 (benchmarks/pii_v79/make_heldout_set.py): a seventy-ninth writer (v52's "
        "docstring only; music: bands and choirs, music teachers, recording studios, instrument "
        "repair, gig bookings, orchestras), 1,427 phones (450 announced local numbers); committed "
        "while version 47 shipped, measured once under 47 and a version 49 not shipped as a held-out "
        "set (phone precision 0.895 under 47; its false alarms read), then trained on (versions 52 to "
        "55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v79.md). Under version 55: 1.0000 / "
        "0.9527, phones 1.0000 / 0.9413, 0 values left (0 of 450 announced). Floors: version 55's "
        "figures less a margin.",
    ),
    "v80": (
        2316,
        0.998,
        0.984,
        0.998,
        0.979,
        3,
        "pii_heldout_v80 (benchmarks/pii_v80/make_heldout_set.py): a eightieth writer (v52's "
        "docstring only; printing and books: print shops, self-publishing, bookbinders, bookshops, "
        "libraries, literary agents), 1,575 phones (450 announced local numbers); committed while "
        "version 47 shipped, measured once under 47 and versions 49 and 50 not shipped as a held-out "
        "set (never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v80.md). Under version 55: 1.0000 / 0.9897, phones 1.0000 / "
        "0.9850, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v81": (
        2824,
        0.998,
        0.995,
        0.998,
        0.995,
        3,
        "pii_heldout_v81 (benchmarks/pii_v81/make_heldout_set.py): a eighty-first writer (v52's "
        "docstring only; funerals and bereavement: undertakers, crematoria, memorial masons, probate, "
        "support groups), 2,046 phones (450 announced local numbers); committed while version 47 "
        "shipped, measured once under 47 and a version 49 not shipped as a held-out set (2 of 450 "
        "announced left under 47, then read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v81.md). Under version 55: 1.0000 / 1.0000, phones 1.0000 / "
        "1.0000, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v82": (
        3108,
        0.998,
        0.987,
        0.998,
        0.984,
        3,
        "pii_heldout_v82 (benchmarks/pii_v82/make_heldout_set.py): a eighty-second writer (v52's "
        "docstring only; science and laboratories: school and university labs, testing labs, "
        "environmental monitoring, sample couriers), 2,269 phones (450 announced local numbers); "
        "committed while a version 50 trained, measured once under 47, 50 and 51 as a held-out set "
        "(never read), then trained on (versions 52 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v82.md). Under version 55: 1.0000 / 0.9923, phones 1.0000 / "
        "0.9895, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v83": (
        2287,
        0.998,
        0.974,
        0.998,
        0.971,
        3,
        "pii_heldout_v83 (benchmarks/pii_v83/make_heldout_set.py): a eighty-third writer (v52's "
        "docstring only; cleaning trades and hotel back office: housekeeping, night audit, laundries, "
        "pest control, chimney sweeps), 1,942 phones (450 announced local numbers); committed while a "
        "version 50 trained, measured once under 47, 50 and 51 as a held-out set (never read), then "
        "trained on (versions 52 to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v83.md). "
        "Under version 55: 1.0000 / 0.9799, phones 1.0000 / 0.9764, 0 values left (0 of 450 "
        "announced). Floors: version 55's figures less a margin.",
    ),
    "v84": (
        3445,
        0.995,
        0.99,
        0.995,
        0.992,
        3,
        "pii_heldout_v84 (benchmarks/pii_v84/make_heldout_set.py): a eighty-fourth writer (v52's "
        "docstring only; fitness and martial arts: gyms, yoga studios, dojos, pools, climbing walls, "
        "running clubs), 2,390 phones (450 announced local numbers); committed while a version 50 "
        "trained, measured once under 47, 50 and 51 as a held-out set (never read), then trained on "
        "(versions 52 to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v84.md). Under "
        "version 55: 0.9980 / 0.9959, phones 0.9971 / 0.9971, 0 values left (0 of 450 announced). "
        "Floors: version 55's figures less a margin.",
    ),
    "v85": (
        2592,
        0.998,
        0.986,
        0.998,
        0.981,
        3,
        "pii_heldout_v85 (benchmarks/pii_v85/make_heldout_set.py): a eighty-fifth writer (v52's "
        "docstring only; cycling: bike shops and repair, cycle clubs, sportives, bike hire, cycle "
        "couriers), 1,690 phones (450 announced local numbers); committed while a version 50 trained, "
        "measured once under 47, 50 and 51 as a held-out set (never read), then trained on (versions "
        "52 to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v85.md). Under version 55: "
        "1.0000 / 0.9912, phones 1.0000 / 0.9866, 0 values left (0 of 450 announced). Floors: version "
        "55's figures less a margin.",
    ),
    "v86": (
        2445,
        0.998,
        0.983,
        0.998,
        0.979,
        3,
        "pii_heldout_v86 (benchmarks/pii_v86/make_heldout_set.py): a eighty-sixth writer (v52's "
        "docstring only; libraries, museums and archives: record offices, history societies, museum "
        "bookings, heritage sites), 1,833 phones (450 announced local numbers); committed while a "
        "version 51 trained, measured once under 47 and 51 as a held-out set (never read), then "
        "trained on (versions 52 to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v86.md). "
        "Under version 55: 1.0000 / 0.9887, phones 1.0000 / 0.9850, 0 values left (0 of 450 "
        "announced). Floors: version 55's figures less a margin.",
    ),
    "v87": (
        2120,
        0.998,
        0.963,
        0.998,
        0.952,
        3,
        "pii_heldout_v87 (benchmarks/pii_v87/make_heldout_set.py): a eighty-seventh writer (v52's "
        "docstring only; aviation and airfields: flying clubs, flight schools, airfield briefings, "
        "air ambulance, drones), 1,524 phones (450 announced local numbers); committed while a "
        "version 51 trained, measured once under 47 and 51 as a held-out set (never read), then "
        "trained on (versions 52 to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v87.md). "
        "Under version 55: 1.0000 / 0.9689, phones 1.0000 / 0.9573, 0 values left (0 of 450 "
        "announced). Floors: version 55's figures less a margin.",
    ),
    "v88": (
        2010,
        0.998,
        0.993,
        0.998,
        0.992,
        3,
        "pii_heldout_v88 (benchmarks/pii_v88/make_heldout_set.py): a eighty-eighth writer (v52's "
        "docstring only; photography, arts and crafts: studios, framers, art classes, craft fairs, "
        "pottery, galleries), 1,506 phones (450 announced local numbers); committed while a version "
        "51 trained, measured once under 47 and 51 as a held-out set (never read), then trained on "
        "(versions 52 to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v88.md). Under "
        "version 55: 1.0000 / 0.9980, phones 1.0000 / 0.9974, 0 values left (0 of 450 announced). "
        "Floors: version 55's figures less a margin.",
    ),
    "v89": (
        2624,
        0.998,
        0.978,
        0.998,
        0.973,
        3,
        "pii_heldout_v89 (benchmarks/pii_v89/make_heldout_set.py): a eighty-ninth writer (v52's "
        "docstring only; language schools, translation and interpreting: courses, tutors, agencies, "
        "court interpreters), 1,952 phones (450 announced local numbers); committed while a version "
        "51 trained, measured once under 47 and 51 as a held-out set (never read), then trained on "
        "(versions 52 to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v89.md). Under "
        "version 55: 1.0000 / 0.9839, phones 1.0000 / 0.9784, 0 values left (0 of 450 announced). "
        "Floors: version 55's figures less a margin.",
    ),
    "v90": (
        2327,
        0.998,
        0.994,
        0.998,
        0.995,
        3,
        "pii_heldout_v90 (benchmarks/pii_v90/make_heldout_set.py): a ninetieth writer (v52's "
        "docstring only; energy and home improvement: solar, heat pumps, insulation grants, EV "
        "chargers, smart meters), 1,703 phones (450 announced local numbers); committed while version "
        "52 trained, measured once under 47 and 52 as a held-out set (never read), then trained on "
        "(versions 53 to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v90.md). Under "
        "version 55: 1.0000 / 0.9991, phones 1.0000 / 1.0000, 0 values left (0 of 450 announced). "
        "Floors: version 55's figures less a margin.",
    ),
    "v91": (
        1981,
        0.998,
        0.983,
        0.998,
        0.979,
        3,
        "pii_heldout_v91 (benchmarks/pii_v91/make_heldout_set.py): a ninety-first writer (v52's "
        "docstring only; elections and campaigns: canvassing, polling stations, constituency offices, "
        "petitions), 1,480 phones (450 announced local numbers); committed while version 52 trained, "
        "measured once under 47 and 52 as a held-out set (never read), then trained on (versions 53 "
        "to 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v91.md). Under version 55: 1.0000 "
        "/ 0.9880, phones 1.0000 / 0.9840, 0 values left (0 of 450 announced). Floors: version 55's "
        "figures less a margin.",
    ),
    "v92": (
        2455,
        0.998,
        0.989,
        0.998,
        0.987,
        3,
        "pii_heldout_v92 (benchmarks/pii_v92/make_heldout_set.py): a ninety-second writer (v52's "
        "docstring only; markets and festivals: street and farmers' markets, food festivals, pitch "
        "bookings, fairgrounds), 1,952 phones (450 announced local numbers); committed while version "
        "52 trained, measured once under 47 and 52 as a held-out set (its leaks under 52 read in "
        "session 20), then trained on (versions 53 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v92.md). Under version 55: 1.0000 / 0.9943, phones 1.0000 / "
        "0.9929, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v93": (
        2222,
        0.998,
        0.993,
        0.998,
        0.995,
        3,
        "pii_heldout_v93 (benchmarks/pii_v93/make_heldout_set.py): a ninety-third writer (v52's "
        "docstring only; removals and storage: removal firms, self-storage, man-and-van, relocation, "
        "shipping), 1,497 phones (450 announced local numbers); committed while version 52 trained, "
        "measured once under 47 and 52 as a held-out set (its leaks under 52 read in session 20), "
        "then trained on (versions 53 to 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v93.md). Under version 55: 1.0000 / 0.9987, phones 1.0000 / "
        "1.0000, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v94": (
        2683,
        0.998,
        0.993,
        0.998,
        0.993,
        3,
        "pii_heldout_v94 (benchmarks/pii_v94/make_heldout_set.py): a ninety-fourth writer (v52's "
        "docstring only; veterinary practice and animal care: vets, out-of-hours lines, kennels, "
        "farriers, rescues), 2,058 phones (450 announced local numbers); committed before version "
        "53's features were written, measured once under 52 and 53 as a held-out set (its misses "
        "under 53 read after), then trained on (versions 54 and 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v94.md). Under version 55: 1.0000 / 0.9989, phones 1.0000 / "
        "0.9985, 0 values left (0 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v95": (
        1865,
        0.998,
        0.98,
        0.998,
        0.978,
        3,
        "pii_heldout_v95 (benchmarks/pii_v95/make_heldout_set.py): a ninety-fifth writer (v52's "
        "docstring only; legal services: law firms, notaries, mediation, witness services, legal aid, "
        "conveyancing), 1,546 phones (450 announced local numbers); committed before version 53's "
        "features were written, measured once under 52 and 53 as a held-out set (never read), then "
        "trained on (versions 54 and 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v95.md). "
        "Under version 55: 1.0000 / 0.9857, phones 1.0000 / 0.9835, 0 values left (0 of 450 "
        "announced). Floors: version 55's figures less a margin.",
    ),
    "v96": (
        1740,
        0.992,
        0.988,
        0.991,
        0.987,
        13,
        "pii_heldout_v96 (benchmarks/pii_v96/make_heldout_set.py): a ninety-sixth writer (v52's "
        "docstring only; games and play: esports, board-game clubs, escape rooms, arcades, chess and "
        "bridge clubs), 1,516 phones (450 announced local numbers); committed before version 53's "
        "features were written, measured once under 52 and 53 as a held-out set (its misses under 53 "
        "read after), then trained on (versions 54 and 55): a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v96.md). Under version 55: 0.9943 / 0.9931, phones 0.9934 / "
        "0.9921, 10 values left (10 of 450 announced). Floors: version 55's figures less a margin.",
    ),
    "v97": (
        2632,
        0.998,
        0.988,
        0.998,
        0.986,
        3,
        "pii_heldout_v97 (benchmarks/pii_v97/make_heldout_set.py): a ninety-seventh writer (v52's "
        "docstring only; gardening and landscaping: garden centres, allotments, tree surgeons, "
        "nurseries, shows), 1,971 phones (450 announced local numbers); committed before version 53's "
        "features were written, measured once under 52 and 53 as a held-out set (never read), then "
        "trained on (versions 54 and 55): a DEVELOPMENT set (benchmarks/results/pii_heldout_v97.md). "
        "Under version 55: 1.0000 / 0.9940, phones 1.0000 / 0.9919, 0 values left (0 of 450 "
        "announced). Floors: version 55's figures less a margin.",
    ),
    "v98": (
        1615,
        0.998,
        0.949,
        0.998,
        0.938,
        3,
        "pii_heldout_v98 (benchmarks/pii_v98/make_heldout_set.py): a ninety-eighth writer (v52's "
        "docstring only; beauty and body care: salons, barbers, nail bars, tattoo and piercing "
        "studios, spas), 1,280 phones (450 announced local numbers); committed while version 53 was "
        "shipped, measured once under 52, 53 and 54 as a held-out set (never read), then trained on "
        "by version 55: a DEVELOPMENT set (benchmarks/results/pii_heldout_v98.md). Under version 55: "
        "1.0000 / 0.9545, phones 1.0000 / 0.9433, 0 values left (0 of 450 announced). Floors: version "
        "55's figures less a margin.",
    ),
    "v99": (
        1757,
        0.998,
        0.995,
        0.998,
        0.995,
        3,
        "pii_heldout_v99 (benchmarks/pii_v99/make_heldout_set.py): a ninety-ninth writer (v52's "
        "docstring only; property sales: estate agents, viewings, auctions, mortgage brokers, "
        "surveyors), 1,342 phones (450 announced local numbers); committed while version 53 was "
        "shipped, measured once under 52, 53 and 54 as a held-out set (never read), then trained on "
        "by version 55: a DEVELOPMENT set (benchmarks/results/pii_heldout_v99.md). Under version 55: "
        "1.0000 / 1.0000, phones 1.0000 / 1.0000, 0 values left (0 of 450 announced). Floors: version "
        "55's figures less a margin.",
    ),
    "v100": (
        1775,
        0.998,
        0.988,
        0.998,
        0.986,
        3,
        "pii_heldout_v100 (benchmarks/pii_v100/make_heldout_set.py): a hundredth writer (v52's "
        "docstring only; banking and insurance: branches, credit unions, brokers, claims, loss "
        "adjusters, debt advice), 1,384 phones (450 announced local numbers); committed while version "
        "53 was shipped, measured once under 52, 53 and 54 as a held-out set (never read), then "
        "trained on by version 55: a DEVELOPMENT set (benchmarks/results/pii_heldout_v100.md). Under "
        "version 55: 1.0000 / 0.9933, phones 1.0000 / 0.9914, 0 values left (0 of 450 announced). "
        "Floors: version 55's figures less a margin.",
    ),
    "v101": (
        1720,
        0.996,
        0.973,
        0.995,
        0.968,
        6,
        "pii_heldout_v101 (benchmarks/pii_v101/make_heldout_set.py): a hundred-and-first writer "
        "(v52's docstring only; IT support and telecom shops: computer repair, helpdesks, phone "
        "shops, SIM swaps), 1,377 phones (450 announced local numbers); committed while version 53 "
        "was shipped, measured once under 52, 53 and 54 as a held-out set (never read), then trained "
        "on by version 55: a DEVELOPMENT set (benchmarks/results/pii_heldout_v101.md). Under version "
        "55: 0.9983 / 0.9789, phones 0.9978 / 0.9738, 3 values left (0 of 450 announced). Floors: "
        "version 55's figures less a margin.",
    ),
    "v102": (
        1520,
        0.995,
        0.976,
        0.994,
        0.976,
        3,
        "pii_heldout_v102 (benchmarks/pii_v102/make_heldout_set.py): a hundred-and-second writer "
        "(v52's docstring only; consulates, embassies and visa services: visa centres, honorary "
        "consuls, passports, apostilles, citizenship ceremonies), 1,264 phones (450 announced local "
        "numbers); committed in session 21 before any detector ran on it, measured once under 53, 54 "
        "and 55 as a held-out set, its leaks and false phones under 55 read in session 22 and trained "
        "on by version 56: a DEVELOPMENT set (benchmarks/results/pii_heldout_v102.md). Under version "
        "56: 0.9974 / 0.9819, phones 0.9968 / 0.9813, 0 values left (0 of 450 announced). Floors: "
        "version 56's figures less a margin.",
    ),
    "v103": (
        1954,
        0.998,
        0.986,
        0.998,
        0.983,
        3,
        "pii_heldout_v103 (benchmarks/pii_v103/make_heldout_set.py): a hundred-and-third writer (v52's "
        "docstring only; wine, beer and spirits: cellar doors, breweries, distilleries, wine clubs, "
        "off-licences, harvest volunteers), 1,358 phones (450 announced local numbers); committed in "
        "session 21 before any detector ran on it, measured once under 53, 54 and 55 as a held-out "
        "set, its leaks and false phones under 55 read in session 22 and trained on by version 56: a "
        "DEVELOPMENT set (benchmarks/results/pii_heldout_v103.md). Under version 56: 1.0000 / 0.9919, "
        "phones 1.0000 / 0.9884, 0 values left (0 of 450 announced). Floors: version 56's figures less "
        "a margin.",
    ),
    "v104": (
        1705,
        0.998,
        0.974,
        0.998,
        0.969,
        3,
        "pii_heldout_v104 (benchmarks/pii_v104/make_heldout_set.py): a hundred-and-fourth writer "
        "(v52's docstring only; railways: heritage lines, station notices, rail-replacement buses, "
        "track work, signal boxes, freight yards), 1,342 phones (450 announced local numbers); "
        "committed in session 21 before any detector ran on it, measured once under 53, 54 and 55 as a "
        "held-out set, its leaks and false phones under 55 read in session 22 and trained on by "
        "version 56: a DEVELOPMENT set (benchmarks/results/pii_heldout_v104.md). Under version 56: "
        "1.0000 / 0.9799, phones 1.0000 / 0.9746, 0 values left (0 of 450 announced). Floors: version "
        "56's figures less a margin.",
    ),
    "v105": (
        1734,
        0.998,
        0.975,
        0.998,
        0.97,
        3,
        "pii_heldout_v105 (benchmarks/pii_v105/make_heldout_set.py): a hundred-and-fifth writer (v52's "
        "docstring only; prisons, probation and victim support: visit booking, probation offices, "
        "resettlement, youth offending, chaplaincy), 1,397 phones (450 announced local numbers); "
        "committed in session 21 before any detector ran on it, measured once under 53, 54 and 55 as a "
        "held-out set, its leaks and false phones under 55 read in session 22 and trained on by "
        "version 56: a DEVELOPMENT set (benchmarks/results/pii_heldout_v105.md). Under version 56: "
        "1.0000 / 0.9802, phones 1.0000 / 0.9756, 0 values left (0 of 450 announced). Floors: version "
        "56's figures less a margin.",
    ),
    "v106": (
        1762,
        0.998,
        0.981,
        0.998,
        0.977,
        3,
        "pii_heldout_v106 (benchmarks/pii_v106/make_heldout_set.py): a hundred-and-sixth writer (v52's "
        "docstring only; lotteries, betting and horse racing: betting shops, lottery kiosks, "
        "racecourses, trainers, bingo, gambling helplines), 1,354 phones (450 announced local "
        "numbers); committed in session 21 before any detector ran on it, measured once under 53, 54 "
        "and 55 as a held-out set, its leaks and false phones under 55 read in session 22 and trained "
        "on by version 56: a DEVELOPMENT set (benchmarks/results/pii_heldout_v106.md). Under version "
        "56: 1.0000 / 0.9866, phones 1.0000 / 0.9826, 0 values left (0 of 450 announced). Floors: "
        "version 56's figures less a margin.",
    ),
    "v107": (
        1850,
        0.998,
        0.98,
        0.998,
        0.975,
        3,
        "pii_heldout_v107 (benchmarks/pii_v107/make_heldout_set.py): a hundred-and-seventh writer "
        "(v52's docstring only; military life and veterans: family offices, reservists, veterans' "
        "associations, regimental museums, cadets), 1,349 phones (450 announced local numbers); "
        "committed in session 21 before any detector ran on it, measured once under 53, 54 and 55 as a "
        "held-out set, its leaks and false phones under 55 read in session 22 and trained on by "
        "version 56: a DEVELOPMENT set (benchmarks/results/pii_heldout_v107.md). Under version 56: "
        "1.0000 / 0.9856, phones 1.0000 / 0.9804, 0 values left (0 of 450 announced). Floors: version "
        "56's figures less a margin.",
    ),
    "v108": (
        2041,
        0.998,
        0.982,
        0.998,
        0.977,
        3,
        "pii_heldout_v108 (benchmarks/pii_v108/make_heldout_set.py): a hundred-and-eighth writer "
        "(v52's docstring only; dating, matchmaking and singles' events: agencies, speed dating, "
        "walking groups, supper clubs, marriage bureaus), 1,388 phones (450 announced local numbers); "
        "committed in session 21 before any detector ran on it, measured once under 53, 54 and 55 as a "
        "held-out set, its leaks and false phones under 55 read in session 22 and trained on by "
        "version 56: a DEVELOPMENT set (benchmarks/results/pii_heldout_v108.md). Under version 56: "
        "1.0000 / 0.9879, phones 1.0000 / 0.9823, 0 values left (0 of 450 announced). Floors: version "
        "56's figures less a margin.",
    ),
    "v109": (
        1718,
        0.998,
        0.981,
        0.998,
        0.978,
        3,
        "pii_heldout_v109 (benchmarks/pii_v109/make_heldout_set.py): a hundred-and-ninth writer (v52's "
        "docstring only; mining, quarrying and offshore energy: blasting notices, mine rescue, rig "
        "crew rotas, wind-farm vessels, depots), 1,378 phones (450 announced local numbers); committed "
        "in session 21 before any detector ran on it, measured once under 53, 54 and 55 as a held-out "
        "set, its leaks and false phones under 55 read in session 22 and trained on by version 56: a "
        "DEVELOPMENT set (benchmarks/results/pii_heldout_v109.md). Under version 56: 1.0000 / 0.9868, "
        "phones 1.0000 / 0.9836, 0 values left (0 of 450 announced). Floors: version 56's figures less "
        "a margin.",
    ),
    "v110": (
        1548,
        0.998,
        0.977,
        0.998,
        0.974,
        3,
        "pii_heldout_v110 (benchmarks/pii_v110/make_heldout_set.py): a hundred-and-tenth writer (v52's "
        "docstring only; astronomy and science outreach: observatories, planetariums, star parties, "
        "meteor and satellite watches), 1,268 phones (450 announced local numbers); committed in "
        "session 22 before any detector ran on it, measured once under 34, 55, 56 and 56's ablation as "
        "a held-out set, then trained on by version 57: a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v110.md). Under version 57: 1.0000 / 0.9829, phones 1.0000 / "
        "0.9799, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v111": (
        1658,
        0.998,
        0.989,
        0.998,
        0.988,
        3,
        "pii_heldout_v111 (benchmarks/pii_v111/make_heldout_set.py): a hundred-and-eleventh writer "
        "(v52's docstring only; water sports: dive centres, surf schools, kayak hire, lifeguard clubs, "
        "open-water swimming), 1,427 phones (450 announced local numbers); committed in session 22 "
        "before any detector ran on it, measured once under 34, 55, 56 and 56's ablation as a held-out "
        "set, then trained on by version 57: a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v111.md). Under version 57: 1.0000 / 0.9946, phones 1.0000 / "
        "0.9937, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v112": (
        1955,
        0.997,
        0.979,
        0.998,
        0.973,
        4,
        "pii_heldout_v112 (benchmarks/pii_v112/make_heldout_set.py): a hundred-and-twelfth writer "
        "(v52's docstring only; fashion and textiles: boutiques, alterations, fabric shops, modelling "
        "agencies, fashion shows), 1,377 phones (450 announced local numbers); committed in session 22 "
        "before any detector ran on it, measured once under 34, 55, 56 and 56's ablation as a held-out "
        "set, then trained on by version 57 (its false phones and misses under 56 read while 57 "
        "trained): a DEVELOPMENT set (benchmarks/results/pii_heldout_v112.md). Under version 57: "
        "0.9995 / 0.9849, phones 1.0000 / "
        "0.9787, 1 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v113": (
        1618,
        0.998,
        0.978,
        0.998,
        0.975,
        3,
        "pii_heldout_v113 (benchmarks/pii_v113/make_heldout_set.py): a hundred-and-thirteenth writer "
        "(v52's docstring only; clinical-trial recruitment: trial sites, volunteer panels, ethics "
        "committees, research nurses), 1,382 phones (450 announced local numbers); committed in "
        "session 22 before any detector ran on it, measured once under 34, 55, 56 and 56's ablation as "
        "a held-out set, then trained on by version 57: a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v113.md). Under version 57: 1.0000 / 0.9836, phones 1.0000 / "
        "0.9808, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v114": (
        2261,
        0.998,
        0.962,
        0.998,
        0.948,
        3,
        "pii_heldout_v114 (benchmarks/pii_v114/make_heldout_set.py): a hundred-and-fourteenth writer "
        "(v52's docstring only; antiques and collectibles: dealers, coin and stamp fairs, auction "
        "houses, valuers, restorers), 1,537 phones (450 announced local numbers); committed in session "
        "22 before any detector ran on it, measured once under 34, 55, 56 and 56's ablation as a "
        "held-out set, then trained on by version 57 (its false phones and misses under 56 read while "
        "57 trained): a DEVELOPMENT set (benchmarks/results/pii_heldout_v114.md). Under version 57: "
        "1.0000 / 0.9679, phones 1.0000 / "
        "0.9535, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v115": (
        1576,
        0.998,
        0.992,
        0.998,
        0.991,
        3,
        "pii_heldout_v115 (benchmarks/pii_v115/make_heldout_set.py): a hundred-and-fifteenth writer "
        "(v52's docstring only; market research and polling: survey panels, focus groups, mystery "
        "shopping, call-centre fieldwork), 1,306 phones (450 announced local numbers); committed in "
        "session 22 before any detector ran on it, measured once under 34, 55, 56 and 56's ablation as "
        "a held-out set, then trained on by version 57: a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v115.md). Under version 57: 1.0000 / 0.9975, phones 1.0000 / "
        "0.9969, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v116": (
        1989,
        0.998,
        0.994,
        0.998,
        0.994,
        3,
        "pii_heldout_v116 (benchmarks/pii_v116/make_heldout_set.py): a hundred-and-sixteenth writer "
        "(v52's docstring only; winter sports and mountain resorts: ski schools, lift passes, snow "
        "reports, avalanche bulletins), 1,491 phones (450 announced local numbers); committed in "
        "session 22 before any detector ran on it, measured once under 34, 55, 56 and 56's ablation as "
        "a held-out set, then trained on by version 57: a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v116.md). Under version 57: 1.0000 / 0.9995, phones 1.0000 / "
        "0.9993, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v117": (
        1625,
        0.998,
        0.987,
        0.998,
        0.985,
        3,
        "pii_heldout_v117 (benchmarks/pii_v117/make_heldout_set.py): a hundred-and-seventeenth writer "
        "(v52's docstring only; disability and accessibility services: relay services, interpreters, "
        "mobility aids, accessible taxis), 1,343 phones (450 announced local numbers); committed in "
        "session 22 before any detector ran on it, measured once under 34, 55, 56 and 56's ablation as "
        "a held-out set, then trained on by version 57: a DEVELOPMENT set "
        "(benchmarks/results/pii_heldout_v117.md). Under version 57: 1.0000 / 0.9921, phones 1.0000 / "
        "0.9904, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v118": (
        1945,
        0.994,
        0.961,
        0.993,
        0.948,
        9,
        "pii_heldout_v118 (benchmarks/pii_v118/make_heldout_set.py): a hundred-and-eighteenth writer "
        "(v52's docstring only; amateur radio, electronics and maker spaces: repeaters, contest logs, "
        "repair cafés, hackerspaces, surplus sellers), 1,374 phones (450 announced local numbers); "
        "committed in session 23 before any detector ran on it, NOTHING in it read nor trained on: a "
        "HELD-OUT set of version 57, measured once under 34, 56 and 57 "
        "(benchmarks/results/pii_heldout_v118.md). Under version 57: 0.9969 / 0.9666, phones 0.9956 / "
        "0.9533, 6 values left (5 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v119": (
        1909,
        0.998,
        0.959,
        0.998,
        0.948,
        3,
        "pii_heldout_v119 (benchmarks/pii_v119/make_heldout_set.py): a hundred-and-nineteenth writer "
        "(v52's docstring only; circus, magic and street performance: circus schools, magicians and "
        "clowns for hire, busking permits, juggling clubs), 1,466 phones (450 announced local "
        "numbers); committed in session 23 before any detector ran on it, NOTHING in it read nor "
        "trained on: a HELD-OUT set of version 57, measured once under 34, 56 and 57 "
        "(benchmarks/results/pii_heldout_v119.md). Under version 57: 1.0000 / 0.9641, phones 1.0000 / "
        "0.9538, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v120": (
        1770,
        0.996,
        0.953,
        0.995,
        0.941,
        6,
        "pii_heldout_v120 (benchmarks/pii_v120/make_heldout_set.py): a hundred-and-twentieth writer "
        "(v52's docstring only; postal services: post-office counters, PO boxes, sorting offices, mail "
        "redirection, franking), 1,351 phones (450 announced local numbers); committed in session 23 "
        "before any detector ran on it, NOTHING in it read nor trained on: a HELD-OUT set of version "
        "57, measured once under 34, 56 and 57 (benchmarks/results/pii_heldout_v120.md). Under version "
        "57: 0.9983 / 0.9588, phones 0.9978 / 0.9466, 3 values left (0 of 450 announced). Floors: "
        "version 57's figures less a margin.",
    ),
    "v121": (
        2044,
        0.998,
        0.995,
        0.998,
        0.995,
        3,
        "pii_heldout_v121 (benchmarks/pii_v121/make_heldout_set.py): a hundred-and-twenty-first writer "
        "(v52's docstring only; forestry and timber: sawmills, firewood and pellet delivery, timber "
        "auctions, forest owners, tree nurseries), 1,475 phones (450 announced local numbers); "
        "committed in session 23 before any detector ran on it, NOTHING in it read nor trained on: a "
        "HELD-OUT set of version 57, measured once under 34, 56 and 57 "
        "(benchmarks/results/pii_heldout_v121.md). Under version 57: 1.0000 / 1.0000, phones 1.0000 / "
        "1.0000, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v122": (
        2028,
        0.998,
        0.984,
        0.998,
        0.979,
        3,
        "pii_heldout_v122 (benchmarks/pii_v122/make_heldout_set.py): a hundred-and-twenty-second "
        "writer (v52's docstring only; coworking and start-ups: hot desks, incubators, pitch nights, "
        "founder meetups, virtual offices), 1,361 phones (450 announced local numbers); committed in "
        "session 23 before any detector ran on it, NOTHING in it read nor trained on: a HELD-OUT set "
        "of version 57, measured once under 34, 56 and 57 (benchmarks/results/pii_heldout_v122.md). "
        "Under version 57: 1.0000 / 0.9893, phones 1.0000 / 0.9841, 0 values left (0 of 450 "
        "announced). Floors: version 57's figures less a margin.",
    ),
    "v123": (
        1691,
        0.998,
        0.945,
        0.998,
        0.937,
        3,
        "pii_heldout_v123 (benchmarks/pii_v123/make_heldout_set.py): a hundred-and-twenty-third writer "
        "(v52's docstring only; archaeology and metal detecting: excavations, finds liaison, detecting "
        "clubs, heritage consultancies), 1,448 phones (450 announced local numbers); committed in "
        "session 23 before any detector ran on it, NOTHING in it read nor trained on: a HELD-OUT set "
        "of version 57, measured once under 34, 56 and 57 (benchmarks/results/pii_heldout_v123.md). "
        "Under version 57: 1.0000 / 0.9500, phones 1.0000 / 0.9421, 0 values left (0 of 450 "
        "announced). Floors: version 57's figures less a margin.",
    ),
    "v124": (
        2090,
        0.998,
        0.972,
        0.998,
        0.96,
        3,
        "pii_heldout_v124 (benchmarks/pii_v124/make_heldout_set.py): a hundred-and-twenty-fourth "
        "writer (v52's docstring only; toys, models and dolls: toy shops, model railways, doll "
        "hospitals, toy libraries, kite and RC groups), 1,356 phones (450 announced local numbers); "
        "committed in session 23 before any detector ran on it, NOTHING in it read nor trained on: a "
        "HELD-OUT set of version 57, measured once under 34, 56 and 57 "
        "(benchmarks/results/pii_heldout_v124.md). Under version 57: 1.0000 / 0.9771, phones 1.0000 / "
        "0.9651, 0 values left (0 of 450 announced). Floors: version 57's figures less a margin.",
    ),
    "v125": (
        1651,
        0.994,
        0.977,
        0.994,
        0.974,
        8,
        "pii_heldout_v125 (benchmarks/pii_v125/make_heldout_set.py): a hundred-and-twenty-fifth writer "
        "(v52's docstring only; spiritual and alternative practices: tarot readers, astrologers, "
        "reiki, retreats, crystal shops, psychic fairs), 1,378 phones (450 announced local numbers); "
        "committed in session 23 before any detector ran on it, NOTHING in it read nor trained on: a "
        "HELD-OUT set of version 57, measured once under 34, 56 and 57 "
        "(benchmarks/results/pii_heldout_v125.md). Under version 57: 0.9970 / 0.9827, phones 0.9964 / "
        "0.9793, 5 values left (5 of 450 announced). Floors: version 57's figures less a margin.",
    ),
}


def _tiered(names) -> list:
    """The writers the shipped model never trained on run in every `make test`; those it trained on
    (their floors guard against a regression, about 8 s each) run in the slow tier. The split is
    read from the model's card, so retraining moves it."""
    return [
        pytest.param(n, marks=pytest.mark.slow) if f"pii_heldout_{n}.jsonl" in TRAINED else n for n in names
    ]


@pytest.mark.parametrize("name", _tiered(WRITERS))
def test_each_writers_set_holds_its_development_floors(name):
    gold, recall, precision, phone_recall, phone_precision, leaks, _history = WRITERS[name]
    result = _measured(f"pii_heldout_{name}.jsonl")
    assert result["overall"]["gold"] == gold and result["overall"]["recall"] >= recall, result["overall"]
    assert result["overall"]["precision"] >= precision, result["overall"]
    assert result["by_kind"]["PHONE"]["recall"] >= phone_recall, result["by_kind"]["PHONE"]
    assert result["by_kind"]["PHONE"]["precision"] >= phone_precision, result["by_kind"]["PHONE"]
    assert len(result["leaks"]) <= leaks, result["leaks"]


def test_context_announced_local_numbers_are_phones_and_identifiers_are_not():
    said = {
        "Phone: 467 3395": True,
        "call me on 450 0840.": True,
        "Tel. 41183": True,
        "ring me on 7946 0958": True,
        "Ref. 467 3395": False,
        "Case no. 450-0840": False,
        "Facture n° 35 54 41 32": False,
        "Vorgangsnummer 810 801 7242": False,
        "I paid 12.50 and call 2 friends": False,
        "tel 12:30": False,
    }
    for text, phone in said.items():
        assert ("<PHONE>" in redact_pii(text)) is phone, text
    assert "<PHONE>" in redact_pii(
        "Ref. +44 20 7946 0958"
    )  # international form is a phone whatever announces it
