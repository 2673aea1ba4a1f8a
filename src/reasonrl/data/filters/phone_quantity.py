"""What a digit run is before any word says anything: the candidates that context (phone_context)
and rule 6 (phone_default) read, and the quantities no announcement makes a phone.

    candidates("Call 467 3395 before 17:30 or pay EUR 1200") -> [(5, 13)]
    quantity("we sold 1200 kg", 8, 12) -> True

A date, a time of day, money, a measurement, a count, a year range, a postcode, a term of a sum,
the tail of a code or a number with an unclosed parenthesis is no phone, whatever announces it
(`quantity`); thousands are `counted`; a JSON value is a count, a time or an id (`json_number`).
"""

from __future__ import annotations

import re

from reasonrl.data.filters.phone_notation import time_of_day
from reasonrl.data.filters.phone_script import COMBINING, SIGN, WORD_CHAR, fold

LOCAL_MIN, MAX_DIGITS = 5, 12  # digits: a local number at the least, any number at the most

# A run of digit groups as people write a local or national number: "467 3395", "35-21-78",
# "342/1488324", "(0173) 093 30 85", "0591 - 45 03 90" (a trunk area code set off by a dash),
# "9 9416-3712" (Brazil's mobile 9), "389 457 5" (a last digit on its own after two groups of
# three; not after a dash: "474 646-2" is a catalogue number's check digit), "011  3157  3721" (a
# trunk 0 and groups set off by two blanks, as PDF text spaces them; a table's columns without a
# trunk 0 stay apart: "214  105  148  467"). Not glued to a word,
# a decimal, a code or a time (glued to Han or kana it stands alone: "座机3467 9998").
NUMBER = re.compile(
    rf"(?<!{WORD_CHAR})(?<![.,/+\-#@])(?<!\d:)"
    r"(?:\(?0\d{1,4}\)?\s[-\u2013]\s|\(\d{2,5}\)\s?)?"
    r"(?:0\d{0,4}(?:  \d{1,8}){1,4}(?!\d)|"
    r"\d{1,12}(?:[ .\-/](?:\d{2,12}|\d(?=[ .\-]\d{4})))*(?:(?<=\d{3}[ .\-]\d{3})[ .]\d(?![ .\-/]?\d))?)"
    rf"(?!{WORD_CHAR}|[/@]|[.,\-/:]\d)"
)
_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\5(\d{2}|\d{4})")
_FULL_DATE = re.compile(r"(?:19|20)\d\d([-/.])[01]?\d\1[0-3]?\d|[0-3]?\d([-/.])[01]?\d\2(?:19|20)\d\d")
_YEARS = re.compile(r"(?:1[89]|20)\d\d\s?[-\u2013/]\s?(?:(?:1[89]|20)\d\d|\d\d)")  # 1993-1999, 2012/13
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
# a currency right before the number on its line ("Rs. 4500", "EUR 1200"), not the end of a word
# ("ouders.", "Customers") nor a line above ("... 0,9411 GBP\n622527 ist die neue Nummer")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₹]|(?<!\w)(?:r\$|us\$|eur|usd|gbp|inr|brl|rs\.?|chf))[ \t]?\Z")
# Units, currencies and counted things after a number ("125000 calls per day"; not times of day:
# "Phone 357 7020 days or 603-9604 evenings"; not on the next line: "...-0203\nw.martin@...")
_UNIT_AFTER = re.compile(
    r"[ \t]?(?:[%‰°€$£]|[x×]\s?\d|(?:eur|euros?|usd|dollars?|pounds?|rupees?|reais|cents?|km|kg|mg|g|mm"
    r"|cm|m|m2|m²|ml|l|lbs?|oz|ft|feet|miles?|meters?|metres?|kwh|mwh|kw|w|mah|ah|wh|kb|mb|gb|tb|hz|mhz"
    r"|ha|hectares?|hektar|acres?"
    r"|pcs|pieces?"
    r"|units?|items?|people|persons?|years?|steps?|points?|votes?|copies|views|users|mph|kcal"
    r"|ms|secs?|seconds?|mins?|minutes?"
    r"|calls|messages|texts|times"
    r"|st(?:u|ü)ck)\b(?!['’]))",  # not an elision: "46 m'appelle" is no length in metres
    re.I,
)
_POSTCODE = re.compile(r"\d{5}-\d{3}")  # Brazil's CEP: no region's phone numbers split 5-3
# An operator next to the number, only blanks between: "12345 + 678", not "12345, +91 ...";
# a markup tag around it compares nothing ("<td>0711 471130</td>", "Tel. 483 0690</target>": the
# value abuts its tag; "<PhoneNumber> 1996 09 18" is a placeholder, and a blank follows it). An
# arrow points, it compares nothing ("Coach driver >> +34 ...", "-> 0171 ...", "=> ..."), but
# ">>182746" quotes a forum post: GREATER is a comparison's ">"
GREATER = r"(?<![\w\"'/>=-])>(?!>)|(?<![>=-])>(?=[ \t])|>>(?![ \t])"
_OPERATOR_BEFORE = re.compile(rf"(?:[=*×÷<^]|{GREATER}|\d[ \t]*[+/])[ \t]*[(\"']?$")
_OPERATOR_AFTER = re.compile(r"[ \t]*(?:[=*×÷>^+]|<(?![/A-Za-z!?])|/[ \t]*\d)")
# "=" after a key of two letters or more, in any script, assigns a value ("sms_to = +49 ...",
# "field[phone]=0151 ...", "विदेश में गाइड = +34 ..."),
# it does not end a sum ("x = 12", "= 100-50-30-15")
_ASSIGNED = re.compile(
    rf"(?:[^\W\d][\w.\-{COMBINING}]*(?:[^\W\d]|[{COMBINING}])\.?|\]|{SIGN})[ \t]*=[ \t]*[\"']?$"
)  # "sms_to = ", "field[phone]=", "Cel. = ", "☎ = "
# (a blank after the mark: ">>182746" is a forum post's reference, no quotation)
_LINE_MARK = re.compile(r"(?:^|\n)[ \t]*(?:>[ \t]?)*>[ \t]+$|(?:^|\n)[ \t]*\*[ \t]+$")
# the head of a code, letters and digits ("1Z 001 CC8 4626 0914", "2024/S 123-456789": a tender notice)
_CODE_BEFORE = re.compile(r"(?<!\S)(?=[\w/\-]*\d)(?=[\w/\-]*[A-Za-z])[^\W_][\w/\-]* $")


def digit_count(raw: str) -> int:
    return sum(c.isdigit() for c in raw)


def quantity(text: str, start: int, end: int) -> bool:
    """A date, a time of day, money, a measurement, a count, a year range, a postcode, a term of a sum,
    the rest of a code ("CC8 4626 0914 54"), a list of small numbers or a number with an unclosed
    parenthesis: not a phone, whatever announces it. (Thousands are `counted`.)"""
    raw = text[start:end]
    before, after = text[max(0, start - 4) : start], text[end : end + 12]
    return bool(
        is_date(raw)
        or _FULL_DATE.search(raw)
        or time_of_day(raw, after)  # "7.00-17.00", "17.45 uur": whatever announces the line
        or re.fullmatch(r"0[.,]\d+|[1-9]\d?\.\d{5,}", raw)  # decimals: "0.00023186", "19.292242"
        or _drawn(raw)
        or len(re.findall(r"(?<!\d)\d(?!\d)", raw)) >= 2  # a list of numbers: "4 8 15 16 23 42"
        or _repeated(raw)
        or _YEARS.fullmatch(raw)
        or _POSTCODE.fullmatch(raw)
        or raw.count("(") != raw.count(")")
        or _MONEY_BEFORE.search(fold(text[max(0, start - 8) : start]))
        or _UNIT_AFTER.match(after)
        or re.search(r"\d\s?[x×]\s?$", before)
        or (_OPERATOR_BEFORE.search(before) and not assigned(text, start) and not quoted(text, start))
        or _CODE_BEFORE.search(text[max(0, start - 12) : start])
        or _OPERATOR_AFTER.match(after)
    )


def quoted(text: str, start: int) -> bool:
    """The number opens a line after a quotation or footnote mark ("> 333501 – das ist die Nummer",
    "* 454.2931 is the landline"): a mark of the text, no comparison or product."""
    return bool(_LINE_MARK.search(text[max(0, start - 8) : start]))


def assigned(text: str, start: int) -> bool:
    """The number is the value of a key ("sms_to = ", "field[phone]="), not the result of a sum."""
    return bool(_ASSIGNED.search(text[max(0, start - 40) : start]))


def _repeated(raw: str) -> bool:
    """Three groups or more, all the same, joined by dashes ("20-20-20": a fertiliser's NPK): a
    ratio. Not with blanks: taxi firms buy such numbers ("Taxi-Ruf 44 44 44")."""
    groups = raw.split("-")
    return len(groups) >= 3 and len(set(groups)) == 1


def _drawn(raw: str) -> bool:
    """Six or more two-digit numbers in rising order ("04 18 23 43 47 49", "05-06-14-15-22-37"), or
    five not opening with a trunk 0 ("17 19 43 45 58"): numbers drawn in a lottery or picked from
    a range, whatever separates them. No region writes a phone as six pairs, and France writes five
    only after a 0 ("01 16 21 22 32" may be a Paris line: about one French number in 25 has rising
    pairs)."""
    groups = re.split(r"[ .\-]", raw)
    rising = all(len(g) == 2 for g in groups) and groups == sorted(set(groups))
    return rising and (len(groups) >= 6 or (len(groups) == 5 and not raw.startswith("0")))


def is_date(raw: str) -> bool:
    """2024-03-15, 15.03.2024, 03/15/24: with a four-digit year, or a day and a month in range
    ("35-21-78" is a number; "03-32-2011" an invalid date, still no phone)."""
    m = _DATE.fullmatch(raw)
    if not m:
        return False
    if m.group(1) or len(m.group(7)) == 4:
        return True
    a, b = int(m.group(4)), int(m.group(6))
    return 1 <= min(a, b) <= 12 and 1 <= max(a, b) <= 31


# A preposition by which one reaches a line ("reached on 972.271", "bereikbaar op 508.706", "unter
# 287.431"), or Hindi's postposition after it ("392.349 pe milega"); a count after one is named by
# what follows it, as a count written without grouping is (`quantity`: "on 702.415 hectares")
_REACHED_BY = re.compile(r"(?<!\w)(?:on|at|unter|op|via|au|al|sur|em|no)[ \t]+$", re.I)
_REACHED_PE = re.compile(r"[ \t]+(?:pe|par|पर|पे)(?!\w)")


def _reached(before: str, after: str) -> bool:
    """A preposition one reaches a line by ends `before` ("... bereikbaar op "), or a Hindi
    postposition opens `after` (" pe milega")."""
    return bool(_REACHED_BY.search(before) or _REACHED_PE.match(after))


def counted(raw: str, before: str = "", after: str = "") -> bool:
    """Written in thousands ("10.908.924", "1,250,000"): a count, unless a phone word announces it
    (Spain writes "Tel.: 952.766.213") or the number is `_reached` ("reached on 972.271")."""
    return bool(_THOUSANDS.fullmatch(raw)) and not _reached(before, after)


# Two groups joined by a spaced dash or slash, as some write a local number ("a bell on 317 - 2662"):
# a candidate only where a word or a list announces it (phone_default refuses the shape); a trunk 0
# and its area code set off so are NUMBER's ("0411 - 381952")
SPACED = re.compile(
    rf"(?<!{WORD_CHAR})(?<![.,/+\-#@])(?<!\d[ \t][-/][ \t])[1-9]\d{{2,4}}[ \t][-/][ \t]\d{{3,8}}"
    rf"(?!{WORD_CHAR}|[/@]|[.,\-/:]\d|[ \t][-/][ \t]\d)"
)


def candidates(text: str) -> list[tuple[int, int]]:
    """Digit runs of phone length that are not quantities (NUMBER's, and SPACED ones no NUMBER
    match overlaps)."""
    out = []
    spaced = [m for m in SPACED.finditer(text) if not quantity(text, m.start(), m.end())]
    for m in NUMBER.finditer(text):
        if any(s.start() <= m.start() and m.end() <= s.end() for s in spaced):
            continue  # "317" and "2662" are the halves of "317 - 2662"
        n, trunk = digit_count(m.group()), m.group().lstrip("(").startswith("0")
        # a parenthesis around the whole number is the text's: "Kees (06 - 46678979) heeft ..."
        wrapped = m.group().startswith("(") and ")" not in m.group() and text[m.end() : m.end() + 1] == ")"
        start = m.start() + wrapped
        # a trunk 0 and up to four digits is an area code on its own: "(01727)", "all 01799"
        if LOCAL_MIN + trunk <= n <= MAX_DIGITS + trunk and not quantity(text, start, m.end()):
            out.append((start, m.end()))
    return sorted(out + [m.span() for m in spaced if not any(a < m.end() and m.start() < b for a, b in out)])


def json_number(text: str, start: int, end: int) -> bool:
    """An unquoted number value of a JSON key ('"ts": 1715326910,'): a count, a time or an id.
    JSON keeps a phone in a string, where its "+" and leading 0 survive."""
    return bool(
        re.search(r'"[^"\n]{1,40}"[ \t]*:[ \t]*$', text[max(0, start - 45) : start])
        and re.match(r"[ \t]*(?:[,}\]]|\n|$)", text[end : end + 2])
    )
