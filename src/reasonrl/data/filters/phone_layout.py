"""What a number's layout says it is: the refusals of rule 6 (phone_refusals) read from where a
number stands rather than from its words. A label on the line above it that numbers a thing
(`label_above`), a ledger's entry closed by money (`ledger`), a figure among figures: a table row,
a row naming nobody, a bulleted list of bare numbers (`table`).

    table(Number("Lucky draw\n1.  4417 220\n2.  0193 5527", ...), words) -> True
    label_above(Number("Seed lot no.\n4471 0928", ...)) -> "Seed lot no."

A roster names whose number it is; a column of tickets, plots or readings does not. A whole
national number (`complete`) is never refused for its layout alone: rosters of drivers and
volunteers list whole mobiles with no names (version 17, after a review found 82 such phones
left). Each function reads a `Number` (phone_refusals) and, where words matter, the lexicon.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reasonrl.data.filters.phone_quantity import digit_count
from reasonrl.data.filters.phone_script import COMBINING, fold
from reasonrl.data.filters.phone_vocabulary import RECORD
from reasonrl.data.filters.phone_words import NUMBER_MARKER, Lexicon

if TYPE_CHECKING:
    from reasonrl.data.filters.phone_refusals import Number

# a list entry holding one number and nothing that names it: a bullet or an ordinal, the number,
# a mark or a remark without letters of a name ("- 121 9406 (✓)", "3.  7372 305")
_BARE_ENTRY = re.compile(
    r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]+[\d(][\d ().\-/–]*\d"
    r"[ \t]*(?:\((?:[^\W\d_]{0,2}|[^\w\s]{1,3})\))?[ \t]*"
)
_NUMBERS = re.compile(r"(?<!\w)(?:numbers|nummern|nummers|numeros|numeri)(?!\w)")
_NAMING_CELL = re.compile(r"(?<!\w)[^\W\d_a-z][^\W\d_A-Z]{2,}")  # "Heiner", not "kWh", "EUR"
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{COMBINING}]){{2,}}")  # three letters or more: "Ana", "सुरेश"
LABEL_ABOVE = 40  # characters of a label on the line above a number


_RECORDS = frozenset(w for words in RECORD.values() for w in words.split())
_LINKING = frozenset("de da do di del du des d dos das della".split())


def record_head(label: str) -> bool:
    """The label's head noun is a record a thing's number is written on, in the singular: the last
    word ("Customer account", "Support ticket", a compound's end: "Kundenkarte"), or the first
    before a linking "de"/"di"/"da" ("Ficha da chapelaria", "Lot de vaccin"). A desk or a service
    is none: "Orders", "Room hire", "Card services", "Reservierung", "Tickets" (the box office)."""
    found = re.findall(r"[^\W\d_]+", fold(label))
    if not found:
        return False
    head = found[0] if len(found) >= 3 and found[1] in _LINKING else found[-1]
    return head in _RECORDS or any(len(r) >= 4 and head.endswith(r) for r in _RECORDS)


def numbers_a_thing(key: str, raw: str) -> bool:
    """A key or a label numbers a thing: a number marker ("Claim reference no."), or before a number
    shorter than a whole national one (`complete`) a record as its head noun ("Support ticket –
    689 1540", "Customer account\n439 944 286"); not a desk or service ("Reservierung – 030 ...",
    "Orders – 555 ...")."""
    return bool(NUMBER_MARKER.search(fold(key)) or (not complete(raw) and record_head(key)))


def label_above(n: Number) -> str | None:
    """The line above a number that stands alone on its line, when that line reads as a label that
    numbers a thing: a short key with letters, no digits and a number marker ("Tenancy ref.", "N°
    de donneur", "Student ID", "Voucher code"), not a sentence (no clause ends inside it). A form
    written one field per two lines names the value there, as "Key: value" does on one line; a
    label naming a service ("Delivery", "Réservation", "Devis gratuit") heads its phone line. Over a
    number shorter than a whole national one a record as the head noun numbers a thing too
    (`numbers_a_thing`: "Customer account\n439 944 286"; not "Orders\n726 1184")."""
    head, tail = n.line
    if head.strip() or tail.strip(" \t.,;:"):
        return None
    line_start = n.text.rfind("\n", 0, n.start)
    if line_start <= 0:
        return None
    above = n.plain[n.plain.rfind("\n", 0, line_start) + 1 : line_start].strip()
    if not above or len(above) > LABEL_ABOVE or re.search(r"\d|(?<=[^\W\d_]{4})[.!?;]\s", above):
        return None
    return above if re.search(r"[^\W\d_]", above) and numbers_a_thing(above, n.raw) else None


# an amount of money closing an entry after its number: " – 1.556 €", ": $85.00", ", R$ 120,00"
_MONEY_CLOSE = re.compile(
    r"[ \t]*[-–—:,][ \t]*(?:[€$£₹¥]|R\$|Rs\.?|EUR|USD|GBP|CHF|INR|BRL)?[ \t]*\d[\d.,' ]*"
    r"(?:[ \t]*(?:[€$£₹¥]|EUR|USD|GBP|CHF|INR|BRL|euros?|reais|rupees))?[ \t]*[.;]?[ \t]*",
    re.I,
)
_CURRENCY = re.compile(r"[€$£₹¥]|\b(?:EUR|USD|GBP|CHF|INR|BRL|euros?|reais|rupees|Rs)\b", re.I)


# a list's closing total: "Total R$ 21,02", "Totale € 739,14", "Summe: 1.250 EUR"
_TOTAL = re.compile(r"\n[ \t]*\n?[ \t]*(?:sub)?(?:total[e]?|totaal|gesamt|summe|som)\b[^\n]*", re.I)


def ledger(n: Number, words: Lexicon) -> bool:
    """A short number in a ledger line: an amount of money closes its entry right after it ("Pagès
    Í.: 753 139 – 1.556 €", "Room 4412 – $85"), or it ends an entry of a list that closes with a
    total of money ("Mensalidades recebidas: ... Ana Araújo: 548 548 ... Total R$ 185,06"): a
    register of payments numbers members, rooms or accounts. A complete number (nine digits or
    more, or written with +, a trunk 0 or an area code) is left to the other rules: a price list of
    plumbers, an ad's "98765 43210 - Rs 15,000", a receipt's delivery phone."""
    if digit_count(n.raw) > 8 or n.raw.startswith(("+", "0", "(")):
        return False
    tail = n.line[1]
    if _MONEY_CLOSE.fullmatch(tail) and _CURRENCY.search(tail):
        return True
    if tail.strip(" \t.;"):
        return False  # not the end of its entry
    rest = n.text[n.end : n.end + 400]
    closing = _TOTAL.search(rest)
    block_ends = re.search(r"\n[ \t]*\n", rest)
    return bool(
        closing
        and _CURRENCY.search(closing.group())
        and (block_ends is None or closing.start() <= block_ends.start())
    )


def table(n: Number, words: Lexicon) -> bool:
    """A figure among figures: another number right before or after it, blanks between ("1996
    07 10 19 7.5404", "8,503 233 254 30 8"), or figures aligned in columns by runs of blanks or a
    tab ("781   69   752"): a row of a table. Nobody groups a phone's digits with two blanks."""
    head, tail = n.line
    columns = re.search(r"\d(?:[ \t]{2,}|\t)\d", n.raw)  # "781   69   752": cells, not a grouping
    return bool(
        re.search(r"\d[ \t]+$", head)
        or re.match(r"[ \t]+[-+]?\d", tail)
        or columns
        or (not complete(n.raw) and (_nameless_row(head + n.raw + tail) or _bare_list(n, words)))
    )


def complete(raw: str) -> bool:
    """Written as a whole national number (a trunk 0 and nine digits or more, ten digits or more,
    or Spain's nine: "0171 2345678", "98765 43210", "(11) 98765-4321", "612 345 678"): a layout
    alone does not refuse it. A roster of drivers or volunteers lists whole mobiles with no names and no phone
    word ("Fahrer:\n- 0171 2345678"); tickets, plots and returned radios are numbered shorter. The
    data gate flags such numbers too (compliance.checks)."""
    digits = re.sub(r"\D", "", raw)
    spanish = len(digits) == 9 and digits[0] in "6789"  # Spain's mobiles and lines: "612 345 678"
    return len(digits) >= 10 or (raw.lstrip("(").startswith("0") and len(digits) >= 9) or spanish


def _nameless_row(line: str) -> bool:
    """A row of a delimited table whose cells name nobody ("556 6599 | 370 m² | 144.66", "11/09/2026
    | 011 276 | 204 kWh"): a roster row names whose number it is, in a cell of words or by a
    capitalised name beside a number ("Heiner 0159 / 63 15 61 54; Hagen ..."); a unit after a
    figure ("204 kWh", "12 m²") names nothing. A row of figures is a plot's, an item's, a reading's."""
    for delim in "|\t;":
        cells = [c for c in line.split(delim) if c.strip()]
        if len(cells) >= 3:
            return not any(
                _NAMING_CELL.search(c) if re.search(r"\d", c) else re.search(_WORD, c) for c in cells
            )
    return False


def _bare_list(n: Number, words: Lexicon) -> bool:
    """An entry of a bulleted or numbered list of bare numbers ("Winning tickets\n1.  2886 736\n2.
    392 8572", "- 121 9406 (✓)"): no entry names a person, and the list's heading names no phone,
    no line and no numbers ("Useful numbers:" lists phones; "Winning numbers:" is read so too). A
    list of phones names whose they are, or says it lists phones."""
    head, tail = n.line
    if not _BARE_ENTRY.fullmatch(head + "00" + tail):
        return False
    lines = n.text.split("\n")
    at = n.text.count("\n", 0, n.start)
    first = at
    while first > 0 and _BARE_ENTRY.fullmatch(lines[first - 1]):
        first -= 1
    last = at
    while last + 1 < len(lines) and _BARE_ENTRY.fullmatch(lines[last + 1]):
        last += 1
    heading = fold(lines[first - 1]) if first > 0 else ""
    says_phones = words.phone.search(heading) or words.weak.search(heading) or _NUMBERS.search(heading)
    return last > first and not says_phones  # "Useful numbers:", "Notrufe" list phones
