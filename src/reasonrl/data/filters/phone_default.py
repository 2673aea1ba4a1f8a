"""Rule 6, deny by default: a number written like a phone number is one unless something says
what else it is.

    "If you need me, call the motel.\\nThe number's 9110519." -> "9110519" is a phone
    "Staude .... 685 42 79" -> "685 42 79" is a phone
    "NDC 51671-017-80", "Attendance 94 250 262", "retries = 5551234" -> not phones

Why: four rounds of phrase rules (phone_words, phone_context, phone_lists) each reached 0.99 on
the text they were written from and bought ~0.025 recall on the next writer's. People announce a
number in more ways than a lexicon can list, and often not at all ("it's 2925430", a directory of
dotted leaders). What carries from one writer to the next is the other side: the few things a
digit group written like a phone can otherwise be. So a group shaped as the policy regions shape
their numbers (`phone_shaped`) is a phone unless a refusal (phone_refusals) names what it is
instead: an identifier (a register's number of a year too), a date or a range of years, a version
or a coordinate, a quantity (a time of day, a count of things), maths, a match result, a figure
of a table, a postcode, a value in code (phone_notation names the notations among them).
Compliance prefers recall; a false alarm is fixed by naming what the number is, not by listing
more ways to say "phone". libphonenumber's unannounced matches (phone.py) pass the same refusals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from reasonrl.data.filters.phone_context import Span, unlabelled_ok
from reasonrl.data.filters.phone_refusals import why_not
from reasonrl.data.filters.phone_words import Lexicon

PARALLEL_GAP = 30  # characters between a number and a refused one of its shape that it follows


def phone_shaped(raw: str, valid: Callable[[str], bool], min_digits: int = 6, max_digits: int = 11) -> bool:
    """Grouped as the policy regions group their numbers: `min_digits` to `max_digits` digits (one
    more after a trunk 0), compact (more than eight digits only with a trunk 0 or as a `valid`
    national number: "4000123456" is an id) or in groups of two to eight digits with at most
    one single digit ("9 9416-3712"), an area code in parentheses first ("(0176) 5582 0019").
    Not 4-4-4 (invoices) unless after an area code set off ("(0176) 5582 0019", "0176/3313 0392"),
    not 3-2-4 (an SSN), not 4-4-2 (drug and budget codes), not a last group of one or two digits
    after one other ("1999 55": a year and a count)."""
    if re.match(r"[1-9]\d{2,4}[ \t][-/][ \t]\d", raw):
        return False  # "317 - 2662": a phone only where a word or a list announces it
    body = re.sub(r"^\((\d{2,5})\)[ \t]?", r"\1 ", raw)
    if "(" in body or ")" in body:
        return False
    groups = [g for g in re.split(r"[ .\-/]+", body) if g]
    digits = "".join(groups)
    if not digits.isdigit() or not min_digits <= len(digits) <= max_digits + digits.startswith("0"):
        return False
    if digits.startswith("00") and len(digits) < 10:
        return False  # zero-padded ("000123"); a call abroad has ten digits or more
    if len(groups) == 1:
        return len(digits) <= 8 or digits.startswith("0") or valid(raw)
    lengths = [len(g) for g in groups]
    return not (
        sum(n == 1 for n in lengths) > 1
        or max(lengths) > 8
        or (len(lengths) == 2 and lengths[1] <= 2)
        or (len(lengths) >= 3 and set(lengths) == {4} and not re.match(r"\(0|0\d+/", raw))
        or lengths in ([3, 2, 4], [4, 4, 2])
        or small_numbers(raw, valid(raw))
    )


def small_numbers(raw: str, valid: bool) -> bool:
    """Four or more groups of one to three digits, without a trunk 0, as a list of small numbers
    is written ("44 47 40 43 37 40" shoe sizes, "38 320 36 30 70" eggs a day, "147 243 156 255"
    bowling scores). A local number so written is four pairs, the first perhaps one digit ("43 05
    58 53", "5 93 43 53"); anything else must be a `valid` national number ("832 66 95 97")."""
    lengths = [len(g) for g in re.split(r"[ .\-/]+", raw)]
    return (
        len(lengths) >= 4
        and max(lengths) <= 3
        and raw[:1].isdigit()
        and not raw.startswith("0")
        and lengths[1:] != [2, 2, 2]
        and not valid
    )


@dataclass(frozen=True)
class PhoneByDefault:
    """Rule 6: each candidate (phone_quantity.candidates: not a quantity) that is `phone_shaped`,
    `unlabelled_ok` (as any number nothing announces: not thousands, not a JSON value, no town
    after it) and that no refusal explains is a phone, unless it is `parallel` to a refused one.
    Its settings are its lexicon, the national number check of the policy regions and the digit
    bounds of the shape."""

    words: Lexicon
    valid: Callable[[str], bool]
    min_digits: int = 6
    max_digits: int = 11

    def __call__(self, text: str, spans: list[Span], found: list[Span]) -> list[Span]:
        reasons = {
            (start, end): why_not(text, start, end, self.words)
            for start, end in spans
            if phone_shaped(text[start:end], self.valid, self.min_digits, self.max_digits)
            and unlabelled_ok(text, start, end, self.valid)
        }
        refused = [span for span, reason in reasons.items() if reason]
        taken = [span for span, reason in reasons.items() if not reason]
        while more := [span for span in taken if parallel(text, span, refused)]:  # a chain of them
            refused += more
            taken = [span for span in taken if span not in more]
        return taken


def _shape(raw: str) -> list[int]:
    return [len(g) for g in re.findall(r"\d+", raw)]


def parallel(text: str, span: Span, refused: list[Span]) -> bool:
    """A number of the same shape as a refused one next to it in its sentence shares its fate:
    "visitors: 812 440 (Q1), 790 115 (Q2)", "Lot 551 2090, 551 2091 and 551 2092"."""
    for other in refused:
        gap = text[min(span[1], other[1]) : max(span[0], other[0])]
        if (
            _shape(text[other[0] : other[1]]) == _shape(text[span[0] : span[1]])
            and len(gap) <= PARALLEL_GAP
            and not re.search(r"\n|[.!?](?:\s|$)|\d{3}", gap)
            and len(re.findall(r"[^\W\d_]{2,}", gap)) <= 2
        ):
            return True
    return False
