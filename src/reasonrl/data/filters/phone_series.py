"""Runs of lines that hold a period's figures, not phone numbers: a refusal of rule 6
(phone_default), read by phone_refusals and by the list rules.

    "Jan  758 260\\nFeb  758 484\\nMar  758 874" -> each number is that month's figure (`series`)

Why: a list of phones is a list of labels and numbers, one a line, and so is a meter's log or a
statement of monthly figures. A row labelled by a month holds that month's figure: nobody files
their contacts under the months of the year. Numbers alone do not tell them apart: a run of rising
numbers that share their leading digits is a meter's readings, and also a switchboard's extensions
or any sorted list of one area's numbers ("020 7946 0101 / 0102 / 0115"), so it is no refusal.
"""

from __future__ import annotations

import re

from reasonrl.data.filters.phone_script import fold

# A line of the run: a short label without digits (or none) and one number, nothing after it
_ROW = re.compile(r"[ \t]*(?P<label>[^\d\n]{0,30}?)[ \t]*(?P<number>\d[\d .]*\d)[ \t]*")
# The months in the policy's languages, in full or cut to three letters ("Jan", "März", "févr.",
# "agosto", "मार्च"); a run needs all its labels to be months, so a "Jan" among names is no month
_MONTH_NAMES = (
    "january february march april may june july august september october november december "
    "januar februar marz mai juni juli oktober dezember "
    "janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "januari februari maart mei augustus "
    "janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro "
    "जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"
)
_MONTHS = {fold(m) for m in _MONTH_NAMES.split()}
_MONTHS |= {m[:3] for m in _MONTHS if m.isascii()} | {"mrt", "sept", "janv", "fevr", "avr", "juil"}
RUN_MIN = 3  # rows of month-labelled figures that make a period


def _rows(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], str] | None:
    """The run of row-shaped lines around the number's line, as (label, digits) each, and the
    line above the run ("" at the top); None when its line is no such row."""
    lines = text.split("\n")
    at = text.count("\n", 0, start)
    line_start = text.rfind("\n", 0, start) + 1
    own = _ROW.fullmatch(lines[at])
    if not own or line_start + own.start("number") != start or line_start + own.end("number") != end:
        return None
    shape = [len(g) for g in re.findall(r"\d+", own.group("number"))]

    def row(i: int):
        m = _ROW.fullmatch(lines[i]) if 0 <= i < len(lines) else None
        if not m or [len(g) for g in re.findall(r"\d+", m.group("number"))] != shape:
            return None
        return fold(m.group("label")).strip(" \t:.-"), re.sub(r"\D", "", m.group("number"))

    first, last = at, at
    while row(first - 1):
        first -= 1
    while row(last + 1):
        last += 1
    return [row(i) for i in range(first, last + 1)], lines[first - 1] if first else ""


def series(text: str, start: int, end: int, heading: re.Pattern | None = None) -> bool:
    """text[start:end] is a line of a run of such lines that are a period's figures: `RUN_MIN` or
    more rows, every one labelled by a month ("Jan  758 260\\nFeb  758 484\\nMar  758 874"),
    and no number dialled with a trunk 0 (an on-call rota by month lists mobiles: "Jan  07700
    900123"; two people named May and June are no period), nor a line above the run that
    `heading` finds a phone word in ("On-call phones\\nMar  555 0134\\nApr  555 0178 ...")."""
    found = _rows(text, start, end)
    if found is None:
        return False
    rows, above = found
    months = all(label.rstrip(".") in _MONTHS for label, _ in rows)
    if len(rows) < RUN_MIN or not months or any(digits.startswith("0") for _, digits in rows):
        return False
    return not (heading and heading.search(fold(above)))


def readings(n, words) -> bool:
    """The refusal (phone_refusals.REFUSALS) for a Number `n`: it is a figure of a `series`
    under no heading that names phones."""
    return series(n.text, n.start, n.end, heading=words.phone)
