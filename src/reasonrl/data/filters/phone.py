"""Phone numbers, found by Google's libphonenumber (the `phonenumbers` package, as presidio does):
it knows every region's lengths, trunk prefixes, international prefixes and extensions.

Matches are taken at POSSIBLE leniency (a plausible length for the region; VALID would also
demand an allocated area code, and redaction must not depend on whether a number was ever
issued), for each region the compliance policy names. A bare run of digits is a phone number only when it
is written like one: an international prefix, a trunk 0, parentheses, an extension, phone-like
grouping (not a date, not 4-4-4 invoice groups, not an ISBN), a complete allocated national
number, or a word around it ("tel", "Handy", "portable", "my number", ... in the languages of the
compliance policy's regions: phone_words). Numbers no shape gives away (local numbers, lists of names and
numbers) come from phone_context and phone_lists; rule 6 (phone_default) takes any other number
written like a phone that no refusal (phone_refusals) explains, and those refusals apply to the
unannounced matches here too. So `123456789 + 987654321` in a maths problem is left alone.

    phone_spans("Ruf mich an unter 04171 41183.", ("DE", "US")) -> [(18, 29)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from phonenumbers import (
    Leniency,
    NumberParseException,
    PhoneNumberFormat,
    PhoneNumberMatcher,
    PhoneNumberType,
    format_number,
    is_valid_number,
    national_significant_number,
    number_type,
    parse,
    region_code_for_country_code,
)

from reasonrl.data.filters.phone_context import context_spans
from reasonrl.data.filters.phone_default import PhoneByDefault, small_numbers
from reasonrl.data.filters.phone_lists import alternatives, layout_spans
from reasonrl.data.filters.phone_quantity import (
    GREATER,
    assigned,
    candidates,
    counted,
    digit_count,
    json_number,
    quantity,
    quoted,
)
from reasonrl.data.filters.phone_refusals import document, why_not
from reasonrl.data.filters.phone_script import WORD_CHAR, unmarked
from reasonrl.data.filters.phone_words import Lexicon, lexicon

DEFAULT_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN")
_SEVEN_DIGITS = re.compile(r"(?:\d[\s().\-/x]*){7,}")
_BOUNDARY = re.compile(r"[.,;:!?](?:\s+|$)|\s+[-\u2013\u2014]\s+|\n")
NATIONAL_MAX = 13  # digits of the longest national number with its trunk prefix
LONG_NATIONAL = 15  # ... and of a German one dialled with a direct extension (libphonenumber: valid)
_CLOSERS = {"(": ")", "[": "]"}  # a bracket libphonenumber takes into a match, and its closer
_COLUMN_AFTER = re.compile(r"[ \t]{2,}(?:x|ext\.?|#)[ \t]?\d{1,6}$", re.I)
_EXTENSION = re.compile(r"\d{7}\D*(?:x|ext\.?|#)\s*\d{1,6}$", re.I)  # after a whole number only
_WORD_CHAR = re.compile(WORD_CHAR)
_INTERNATIONAL = re.compile(r"\(?\+\s?\d|00\s?[1-9]")  # "000-79-3991" is no call abroad
_NANP_EXIT = re.compile(r"011[ .\-]?[1-9]")  # North America's exit code: "011 33 3 80 20 33 10"


def _abroad(raw: str) -> bool:
    """Written in international form: +, or 00 and a country code before a whole number (not the
    CEP "00879664"), or North America's exit code 011 before one: twelve digits or more, which
    no national number starting 011 has (Delhi's "011 2833 9529" has eleven)."""
    return (
        raw.lstrip("(").startswith("+")
        or bool(_INTERNATIONAL.match(raw) and digit_count(raw) >= 10)
        or bool(_NANP_EXIT.match(raw) and digit_count(raw) >= 12)
    )


def _dialled_abroad(raw: str) -> bool:
    """00, then a country code written as a group of its own, then the number ("0043 676 6344730",
    "00 33 6 12 34 56 78"): a call abroad, not a zero-padded identifier ("004 9807 5879")."""
    m = re.match(r"00[ \t]?(\d{1,3})(?=[ .\-/(])", raw)
    return bool(m and region_code_for_country_code(int(m.group(1))) != "ZZ" and _abroad(raw))


def written_like_a_phone(raw: str) -> bool:
    """Shape alone says phone: +/00 prefix, trunk 0 with 9-11 digits, (area), extension, NANP's
    trunk 1 (1-983-817-9077), or separators splitting it into 3+ groups that are not 4-4-4 and
    hold no single digit."""
    if re.fullmatch(r"\d{3}([ .-])\d{2}\1\d{4}", raw):
        return False  # US_SSN's shape, issued or not
    if _abroad(raw) or "(" in raw or _EXTENSION.search(re.sub(r"[\s.\-/()]", "", raw)):
        return True  # "+ 9876" is arithmetic
    if re.fullmatch(r"1([ .-])\d{3}\1\d{3}\1\d{4}", raw):
        return True
    groups = [g for g in re.split(r"[\s.\-/]+", raw) if g]
    if len(groups) >= 3 and all(len(g) == 4 for g in groups) or [len(g) for g in groups] == [4, 4, 2]:
        return False  # 4-4-4: invoice and account numbers; 4-4-2: drug and budget codes
    if raw.startswith("0") and 9 <= digit_count(raw) <= 12:  # national format, trunk prefix 0
        return True
    return len(groups) >= 3 and min(map(len, groups)) >= 2


def allocated(raw: str, valid: bool) -> bool:
    """A complete number in an allocated range of a compliance policy region, as that region writes it at
    home (`valid`), in one piece or as prefix and subscriber number ("8368969393", "334-3630329",
    "342/1488324"), or as a trunk 0 and area code before two groups of four ("0221 4514 6949",
    "0160 / 4183 7326": invoice groups to `written_like_a_phone` unless valid); not a counting run
    ("1234567890" is a placeholder)."""
    digits = re.sub(r"\D", "", raw)
    counting = digits in "01234567890" or digits in "98765432109876543210"
    groups = len(re.split(r"[\s.\-/]+", raw))
    trunk_fours = re.fullmatch(r"0[1-9]\d\d(?:\s?[ /.\-]\s?\d{4}){2}", raw) is not None
    # Germany dials area code and subscriber number up to fifteen digits with the trunk 0 ("038851
    # 82252828", "0180 0 45992022"): long only after a trunk 0, in at most three groups
    long_trunk = digits.startswith("0") and 12 <= len(digits) <= LONG_NATIONAL and 2 <= groups <= 3
    return valid and not counting and (10 <= len(digits) <= 11 and groups <= 2 or trunk_fours or long_trunk)


def phone_spans(text: str, regions: tuple[str, ...] | list[str] = DEFAULT_REGIONS) -> list[tuple[int, int]]:
    """(start, end) of each phone number in text, longest first where matches overlap; local
    numbers are read as numbers of `regions`, words in their languages (and English). A number a
    line break cuts in running prose is read whole too (`_unwrapped`)."""
    regions = tuple(regions)
    found = _spans(text, regions)
    unwrapped, joins = _unwrapped(text)
    if not joins:
        return found
    words = lexicon(regions)
    whole = [
        (s, e)
        for s, e in _spans(unwrapped, regions)
        if any(s < j < e for j in joins)
        # it may take in what was found of it ("0161\n496 0000": "496 0000"), not cut another
        and not any(s < fe and fs < e and not (s <= fs and fe <= e) for fs, fe in found)
        and words.before(unwrapped, s) in ("phone", "weak")  # announced: "1999\n2001 was ..." is none
    ]
    kept = [f for f in found if not any(s <= f[0] and f[1] <= e for s, e in whole)]
    return sorted(kept + whole)


# A line of prose ending in a digit group, and the next line going on with the rest of the number
# (then more prose, or nothing): a hard-wrapped e-mail or a pasted message ("Ring me on
# 2803\n9381 if you get lost", "call Rob (2453\n3258).")
_WRAP = re.compile(
    r"[^\W\d_][^\n\d]{0,60}[ \t(](?:0\d{1,4} - )?\d{2,6}(\n)"
    r"(?=\d{2,6}(?:[ \t]\d{2,4})?(?:[ \t]+[^\W\d_]|[).,;!?]|\n|$))"
)


# a postcode and its town on the next line ("Knud-Wilms-Ring 146\n18676 Rostock"), no cut number
_CAPITAL_NEXT = re.compile(r"\d{4,5}[ \t]+[A-ZÀ-Þ][a-zß-ÿ]")


def _unwrapped(text: str) -> tuple[str, list[int]]:
    """The text with each line break that cuts a number in running prose made a blank (the same
    length, so spans carry over), and the offsets of those breaks."""
    if not re.search(r"\d\n\d", text):
        return text, []  # cheap: most texts cut no number
    # not before a capital: "Knud-Wilms-Ring 146\n18676 Rostock" is a street and a postcode
    joins = [m.start(1) for m in _WRAP.finditer(text) if not _CAPITAL_NEXT.match(text, m.end())]
    chars = list(text)
    for j in joins:
        chars[j] = " "
    return "".join(chars), joins


def _spans(text: str, regions: tuple[str, ...]) -> list[tuple[int, int]]:
    """libphonenumber's matches the shape or a word vouches for, then context (phone_context),
    rule 6 (phone_default) and layout (phone_lists), on the text as it stands (its layout marks
    made blanks: phone_script.unmarked)."""
    text = alternatives(unmarked(text))
    words = lexicon(regions)
    spans: list[tuple[int, int]] = []
    for (start, end), (raw, valid) in sorted(
        _matches(text, regions).items(), key=lambda kv: kv[0][0] - kv[0][1]
    ):
        if any(start < e and s < end for s, e in spans) or not _standalone(text, start, raw):
            continue
        if raw.lstrip("(").startswith("+") or (valid and _dialled_abroad(raw)):
            # international form is a phone whatever announces it ("Auslandsnummer Resi: 0043 676
            # ..."), 00 only before a valid number: "0097-5445-3038" after "Invoice" is none
            spans.append((start, end))
        elif _shape_says_phone(text, start, end, valid, words):
            spans.append((start, end))
    more = context_spans(
        text, words, _validator(regions), spans, lambda t, start, end: why_not(t, start, end, words)
    )
    found = sorted(more + [f for f in spans if not any(s <= f[0] and f[1] <= e for s, e in more)])
    free = [c for c in candidates(text) if not any(c[0] < e and s < c[1] for s, e in found)]
    found = sorted(found + PhoneByDefault(words, _validator(regions))(text, free, found))
    return layout_spans(text, words, _validator(regions), found, lambda t, s, e: why_not(t, s, e, words))


def _shape_says_phone(text: str, start: int, end: int, valid: bool, words: Lexicon) -> bool:
    """A number libphonenumber found, not written with +: a phone when written like one (00
    included), allocated or announced, unless an identifier word announces it or it is a quantity
    (thousands, a JSON number value or what else rule 6 refuses, only when nothing announces it:
    "Tel.: 952.766.213")."""
    raw = text[start:end]
    if (
        re.fullmatch(r"\d+(?:[ .\-]\d+)+", raw)
        and digit_count(raw) > (LONG_NATIONAL if raw.startswith("0") and valid else NATIONAL_MAX)
        and not _abroad(raw)
    ):
        return False  # "830 694 871 386 246": fifteen digits dialled at home are a microchip's, no line
    label = words.before(document(text)[0], start)  # "Kunde:" of a dialogue's speaker names no number
    if label == "identifier" or quantity(text, start, end) or words.remark(text, end) == "identifier":
        return False  # a remark after it is nearer than any label: "Tel. 0171 4364149 (Vertragsnummer)"
    if label == "phone" or words.after(text, end):
        return True
    if counted(raw) or json_number(text, start, end):
        return False
    # a list of small numbers is no phone however grouped ("147 243 156 255": phone_default)
    written = written_like_a_phone(raw) and not small_numbers(raw, valid)
    shaped = written or allocated(raw, valid) or label == "weak"
    # rule 6's refusals (phone_refusals), except for a call abroad ("0049 ...")
    return shaped and (_abroad(raw) or why_not(text, start, end, words) is None)


@lru_cache(maxsize=16)
def _validator(regions: tuple[str, ...]):
    return lambda raw: national_number(raw, regions)


def national_number(raw: str, regions: tuple[str, ...]) -> bool:
    """A valid national number of one of `regions` (libphonenumber's allocated ranges)."""
    for region in regions:
        try:
            if _written_as_at_home(parse(raw, region), raw):
                return True
        except NumberParseException:
            pass
    return False


def _matches(text: str, regions) -> dict[tuple[int, int], tuple[str, bool]]:
    """libphonenumber's POSSIBLE matches for each region: span -> (raw, valid in some region)."""
    found: dict[tuple[int, int], tuple[str, bool]] = {}
    for offset, segment in _segments(text):
        if not _SEVEN_DIGITS.search(segment):
            continue  # cheap: libphonenumber is only asked about text that could hold a number
        for region in regions:
            for m in PhoneNumberMatcher(segment, region, leniency=Leniency.POSSIBLE):
                # a bracket around the whole number is the text's: "Victor Holland (01592 999934)",
                # "The exchange family [+33 1 72 72 97 30]", "call Jo (1 (212) 507-2721)"
                opener = m.raw_string[:1]
                closer = _CLOSERS.get(opener)
                lead = int(closer is not None and m.raw_string.count(opener) > m.raw_string.count(closer))
                # an "extension" set off by a run of blanks is the next column: "0472 8028415  x11"
                cut = _COLUMN_AFTER.search(m.raw_string)
                end = m.start + (cut.start() if cut else len(m.raw_string))
                key = (offset + m.start + lead, offset + end)
                raw, valid = found.get(key, (m.raw_string[lead : end - m.start], False))
                found[key] = (raw, valid or _written_as_at_home(m.number, m.raw_string))
    return found


def _written_as_at_home(number, raw: str) -> bool:
    """Valid, and written with the digits its region's national format has, or, for a mobile, its
    bare national number (Indians write "9071403725" for 09071 403725): "1234567890" is a valid
    British landline only as "01234 567890" (a Briton writes the trunk 0)."""
    if not is_valid_number(number):
        return False
    digits = re.sub(r"\D", "", raw)
    if raw.lstrip("(").startswith(("+", "00")):
        return True
    if re.sub(r"\D", "", format_number(number, PhoneNumberFormat.NATIONAL)) == digits:
        return True
    return number_type(number) == PhoneNumberType.MOBILE and national_significant_number(number) == digits


def _segments(text: str):
    """(offset, piece) between sentence punctuation, ' - ' and line breaks, which no phone number
    spans; the matcher would otherwise run "83372. 30642" or "687066 - 355" into one number."""
    pos = 0
    for m in _BOUNDARY.finditer(text):
        yield pos, text[pos : m.start()]
        pos = m.end()
    yield pos, text[pos:]


def _standalone(text: str, start: int, raw: str) -> bool:
    """8+ digits, not glued to a code or a sign (1Z..., ORD-..., 58.262.216/0001-11, a longitude
    -121.8244116; Han and kana do not glue), not keyed in after a dialled number (",,6356295220#":
    a meeting ID), not the tail of a longer digit run (a tracking number "9400 7207 3556 4992
    8782 92"), not numbers run together (a price and the next number, coordinates), not a term of
    arithmetic ("= 100-50-30-15")."""
    before = text[max(0, start - 2) : start]
    last = before[-1:]
    glued = _WORD_CHAR.match(last) or last in ("-", ")") or (last in ("/", ".") and before[:1].isalnum())
    keyed = before == ",," or text[start + len(raw) : start + len(raw) + 1] == "#"  # "+1512...,,6356295220#"
    tail_of_run = re.search(r"\d[ .\-]$", before) and not raw.startswith("+")
    run_on = re.search(r"\.\s|\s-\d|^\+\s|\d\.\d+-|\(\d*\.\d*\)", raw)  # "$346.20. 26883", "45.42 -75.69"
    end = start + len(raw)
    arithmetic = (
        (  # a tag it abuts compares nothing: "<td>0711 4711</td>" (phone_quantity)
            # (a slash divides only after a figure: "Partnergemeinde / +41 27 ..." labels its line)
            re.search(rf"(?:[=+*×÷<]|{GREATER}|\d\)?[ \t]*/)\s*$", text[max(0, start - 6) : start])
            and not assigned(text, start)
            and not quoted(text, start)
        )
        or re.match(r"[ \t]*(?:[=*×÷>]|<(?![/A-Za-z!?])|[+/][ \t]*\d)", text[end : end + 4])
    )
    return not (glued or keyed or tail_of_run or run_on or arithmetic or digit_count(raw) < 8)
