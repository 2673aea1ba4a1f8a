"""Notations a digit group written like a phone number can be instead: refusals of rule 6
(phone_default), read by phone_refusals; a time of day is a quantity (phone_quantity), whatever
announces it.

    time_of_day("7.00-17.00", " uur") -> True      (opening hours)
    of_a_year("2016-936474-46"), of_a_year("3572/2019") -> True   (a register's number of a year)
    year_range("1776-1784") -> True
    slashed("2089/860/14") -> True                 (a tax number, a tender's reference)
    block_of_numbers("4505-4554") -> True          (fifty raffle tickets)
    page_marks("S. ", ", vol. 22") -> True             (the pages of a citation)
    score("105-112", "Tennis: 114-96. Cricket: 105-112", 25, 32, announced=False) -> True

Why: deny by default takes any group shaped like a phone, so each thing such a group commonly
is must be named once, by its form rather than by the words of one writer. Times, numbers
counted within a year (case files, laws, trial registrations, invoices "2023-44284"), year
ranges, references in three slashed parts and match results are written the same way in every
language and in every genre.
"""

from __future__ import annotations

import re

_TIME = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
_TIME_RANGE = re.compile(rf"{_TIME}[ \t]?-[ \t]?{_TIME}")
# "2019 17.45", "67/20  13.50": a time after at most five digits in one piece (not "06 12345678
# 10.00", a phone run into its hours, nor the last pair of "01.23.45.67.45")
_LAST_TIME = re.compile(rf"(?:([\d/.]+)[ \t]+)?{_TIME}")
_HOUR_WORD = re.compile(
    r"[ \t]*(?:uhr|uur|h|hrs?|hours?|heures?|ore|horas?|am|pm|a\.m\.|p\.m\.|o'clock)(?!\w)", re.I
)
_YEAR = r"(?:19|20)\d\d"
# A serial within its year, the year first ("2016-936474-46", "Inv. 2020-61825", "WO 2017/736947")
# or last ("Autos 3572/2019", "d.lgs. 196/2003", "Lei 13.709/2018"); no trunk 0 before the slash
# ("0832/2019" is an area code and a subscriber number)
_OF_A_YEAR = re.compile(rf"{_YEAR}[-/]\d{{5,7}}(?:-\d{{1,2}})?|(?:[1-9]\d{{0,4}}|\d{{1,3}}\.\d{{3}})/{_YEAR}")
# Another result in the lines around a match result: "6-4 7-5", "114-96", "6:2", "271/5"
_OTHER_RESULT = re.compile(
    r"(?<![\d.:/-])(?:\d{1,3}-\d{1,2}|\d{1,2}-\d{1,3}|\d{1,2}:\d|\d{2,3}/\d{1,2})(?![\d:/-]|\.\d)"
)
# The page of a citation in the policy's languages: "p.", "pp.", "S." (Seite), "págs.", "pag.",
# "blz." (bladzijde), "fol."; a volume after the range ("782-807, vol. 22", "Bd. 3", "t. II")
_PAGES_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:(?:pp?|pgs?|p[aá]gs?|pagg?|s|blz?|fol)\.|seiten?|pages?|p[aá]ginas?)[ \t]*$"
)
_VOLUME_AFTER = re.compile(r"(?i)[ \t]*[,;]?[ \t]*(?:vol|bd|band|t|tome|jg|jahrg|anno)\.[ \t]*[\dIVX]")
BLOCK = 50  # tickets, seats or forms are issued in blocks of 50: a range holds a multiple of it
NEAR_LINES = 1  # lines either side of a match result searched for another one
MARGIN = 20  # points between two scores of one game (basketball: rarely more)


SIZE_STEP = 12  # the widest step between two sizes written as one ("140/152")


_DATED_TIME = re.compile(r"(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])[ \t]+(?:[01]?\d|2[0-3])[.:][0-5]\d")


def time_of_day(raw: str, tail: str) -> bool:
    """A range of times ("7.00-17.00": opening hours), a day and month before a time ("07/06
    18.30": a service, a departure), or a number that ends in a time of day an hour word follows
    ("19 april 2019 17.45 uur", "Az. 23 O 67/20  13.50 Uhr")."""
    if _TIME_RANGE.fullmatch(raw) or _DATED_TIME.fullmatch(raw):
        return True
    m = _LAST_TIME.fullmatch(raw)
    return bool(m and sum(c.isdigit() for c in m.group(1) or "") <= 5 and _HOUR_WORD.match(tail))


def of_a_year(raw: str) -> bool:
    """A number counted within a year: a register's, a court's, a law's or an invoice's
    ("2016-936474-46", "2017/736947", "3572/2019", "13.709/2018"). No region splits a phone
    number after a year this way."""
    return bool(_OF_A_YEAR.fullmatch(raw))


def slashed(raw: str) -> bool:
    """Three or more groups parted by slashes ("2089/860/14", "181/815/08155": a German tax
    number, a file's or a tender's reference). A phone takes one slash at most, between its area
    code and the subscriber's number ("0351/5694563"); a date's slashes are a date's ("12/05/2024":
    two groups of one or two digits before the last)."""
    return raw.count("/") >= 2 and not re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", raw)


def size_pair(raw: str) -> bool:
    """Two sizes or bounds parted by a slash, the second a step above the first ("104/110",
    "140/146": children's clothing sizes; "61/62"): a phone's area code and number are not of one
    length and a step apart."""
    m = re.fullmatch(r"(\d{2,3})/(\d{2,3})", raw)
    return bool(
        m and len(m.group(1)) == len(m.group(2)) and 0 < int(m.group(2)) - int(m.group(1)) <= SIZE_STEP
    )


def block_of_numbers(raw: str) -> bool:
    """A range of numbered things issued as a block: two numbers of equal length, the second
    greater, spanning a multiple of `BLOCK` up to ten blocks ("4505-4554", "0146-0195",
    "5579-5778": raffle tickets, seats, forms). A phone's halves are random: one in a thousand
    would read so."""
    m = re.fullmatch(r"(\d{3,5})-(\d{3,5})", raw)
    if not m or len(m.group(1)) != len(m.group(2)):
        return False
    count = int(m.group(2)) - int(m.group(1)) + 1
    return 0 < count <= 10 * BLOCK and count % BLOCK == 0


def page_marks(head: str, tail: str) -> bool:
    """A page mark before the number or a volume after it: the range is a citation's pages."""
    return bool(_PAGES_BEFORE.search(head) or _VOLUME_AFTER.match(tail))


def year_range(raw: str) -> bool:
    """Two years, the second later and at most two centuries on ("1776-1784", "1802-1899")."""
    m = re.fullmatch(r"(1\d{3}|20\d\d)-(1\d{3}|20\d\d)", raw)
    return bool(m and 0 < int(m.group(2)) - int(m.group(1)) <= 200)


def score(raw: str, text: str, start: int, end: int, announced: bool) -> bool:
    """A match result: two three-digit scores joined by a hyphen or a colon, either a game's
    margin apart (`MARGIN`: "termina 113-120", "128-104") where no word `announced` a line ("it's
    319-340" is a phone: a phone number's halves are random, a game's scores close), or among
    other results ("6-4 7-5", "114-96", "6:2", "271/5" in its line or the line next to it)."""
    m = re.fullmatch(r"(\d{3})[-:](\d{3})", raw)
    if not m:
        return False
    if not announced and abs(int(m.group(1)) - int(m.group(2))) <= MARGIN:
        return True
    before = text[:start].rsplit("\n", NEAR_LINES + 1)[-(NEAR_LINES + 1) :]
    after = text[end:].split("\n", NEAR_LINES + 1)[: NEAR_LINES + 1]
    around = "\n".join(before) + " " + "\n".join(after)
    return bool(_OTHER_RESULT.search(around))


def nanp_dotted(raw: str) -> bool:
    """North America's trunk 1 and dotted groups ("1.866.400.2685"): a toll-free or long-distance
    number, not a version string."""
    return bool(re.fullmatch(r"1\.\d{3}\.\d{3}\.\d{4}", raw))
