"""Numbers that only their context makes phone numbers.

    context_spans("Drivers: Nicholas 290-2326; Joshua 4972648; Mark 515.1892", words, valid, [])
    -> [(18, 26), (35, 42), (49, 57)]

A subscriber number without its area code ("467 3395"), or a national one written without the
grouping libphonenumber's shape rules trust ("4972648", "342/1488324"), looks like any other
number. Every region dials such numbers, so they are phones in every compliance policy region when
(1) a word announces them, before or after (phone_words), (2) they are the numbers of a list of
names ("Nicholas 290-2326; Joshua 4972648; ..."), or (3) they stand next to a phone number,
joined by a few words ("Ligue 99725-3160 de dia ou 96111-9111 à noite"). Quantities never are:
dates, money, measurements, thousands, sums (`quantity`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from reasonrl.data.filters.phone_notation import time_of_day
from reasonrl.data.filters.phone_words import MARKUP, WORD_CHAR, Lexicon, fold

# A run of digit groups as people write a local or national number: "467 3395", "35-21-78",
# "342/1488324", "(0173) 093 30 85", "0591 - 45 03 90" (a trunk area code set off by a dash),
# "9 9416-3712" (Brazil's mobile 9). Not glued to a word, a decimal, a code or a time (glued to
# Han or kana it stands alone: "座机3467 9998").
NUMBER = re.compile(
    rf"(?<!{WORD_CHAR})(?<![.,/+\-#@])(?<!\d:)"
    r"(?:\(?0\d{1,4}\)?\s[-\u2013]\s|\(\d{2,5}\)\s?)?"
    r"\d{1,12}(?:[ .\-/](?:\d{2,12}|\d(?=[ .\-]\d{4})))*"
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
    r"|cm|m|m2|m²|ml|l|lbs?|oz|ft|feet|miles?|meters?|metres?|kwh|mwh|kw|w|mb|gb|tb|hz|mhz|pcs|pieces?"
    r"|units?|items?|people|persons?|years?|steps?|points?|votes?|copies|views|users|mph|kcal"
    r"|ms|secs?|seconds?|mins?|minutes?"
    r"|calls|messages|texts|times"
    r"|st(?:u|ü)ck)\b(?!['’]))",  # not an elision: "46 m'appelle" is no length in metres
    re.I,
)
_POSTCODE = re.compile(r"\d{5}-\d{3}")  # Brazil's CEP: no region's phone numbers split 5-3
# An operator next to the number, only blanks between: "12345 + 678", not "12345, +91 ...";
# a markup tag around it compares nothing ("<td>0711 471130</td>", "Tel. 483 0690</target>": the
# value abuts its tag; "<PhoneNumber> 1996 09 18" is a placeholder, and a blank follows it)
_OPERATOR_BEFORE = re.compile(r"(?:[=*×÷<^]|(?<![\w\"'/])>|>(?=[ \t])|\d[ \t]*[+/])[ \t]*[(\"']?$")
_OPERATOR_AFTER = re.compile(r"[ \t]*(?:[=*×÷>^+]|<(?![/A-Za-z!?])|/[ \t]*\d)")
# "=" after a key of two letters or more assigns a value ("sms_to = +49 ...", "field[phone]=0151 ..."),
# it does not end a sum ("x = 12", "= 100-50-30-15")
_ASSIGNED = re.compile(r"(?:[A-Za-z_][\w.\-]*[A-Za-z_]|\])[ \t]*=[ \t]*[\"']?$")
_CODE_BEFORE = re.compile(r"(?<!\S)(?=[^\W_]*\d)(?=[^\W_]*[A-Za-z])[^\W_]+ $")  # "1Z 001 CC8 4626 0914"
_LETTER_LABEL = re.compile(r"(?:^|[\s|·,;(])[TMFPH][.:]?\s?$")  # "T 06 11220989 | M 0591 - 827260"
_SEPARATOR = re.compile(r"\s*[;,|/·•\n]\s*|\s*\n\s*")
# Opening hours after a number say it is answered ("(Mo–Fr 8–12 Uhr)", "open till 4", "ab 18 Uhr")
_HOURS = re.compile(
    r"(?<!\w)(?:open|opens|offen|geoffnet|ouvert|abierto|aperto|aberto|geopend)(?!\w)"
    r"|\d{1,2}(?::\d\d)?[ \t]?(?:-|–|bis|to|till?|until|a|à|as|às|alle|tot)[ \t]?\d{1,2}(?::\d\d)?[ \t]?"
    r"(?:uhr|h|am|pm|hrs?|horas?|heures?|ore|uur)(?!\w)"
    r"|(?<!\w)(?:ab|from|after|dalle|des|desde|vanaf|apres|nach)[ \t]\d{1,2}(?::\d\d)?[ \t]?"
    r"(?:uhr|h|am|pm|ore|uur)(?!\w)",
    re.I,
)
_TIME = re.compile(r"\[?\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?\]?")  # a chat message's time stamp
SHAPES = ("date", "notation", "series", "ledger")  # refusals (phone_refusals) read from form and layout
LOCAL_MIN, WEAK_MIN, MAX_DIGITS = 5, 6, 12  # digits: a local number, one a weak word vouches for
ROSTER_MIN = 3  # entries that make a list of names and numbers a phone list
GAP = 30  # characters that may join a number to a phone number next to it


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
        or _YEARS.fullmatch(raw)
        or _POSTCODE.fullmatch(raw)
        or raw.count("(") != raw.count(")")
        or _MONEY_BEFORE.search(fold(text[max(0, start - 8) : start]))
        or _UNIT_AFTER.match(after)
        or re.search(r"\d\s?[x×]\s?$", before)
        or (_OPERATOR_BEFORE.search(before) and not assigned(text, start))
        or _CODE_BEFORE.search(text[max(0, start - 12) : start])
        or _OPERATOR_AFTER.match(after)
    )


def assigned(text: str, start: int) -> bool:
    """The number is the value of a key ("sms_to = ", "field[phone]="), not the result of a sum."""
    return bool(_ASSIGNED.search(text[max(0, start - 40) : start]))


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


def counted(raw: str) -> bool:
    """Written in thousands ("10.908.924", "1,250,000"): a count, unless a phone word announces it
    (Spain writes "Tel.: 952.766.213")."""
    return bool(_THOUSANDS.fullmatch(raw))


def candidates(text: str) -> list[tuple[int, int]]:
    """Digit runs of phone length that are not quantities."""
    out = []
    for m in NUMBER.finditer(text):
        n, trunk = digit_count(m.group()), m.group().lstrip("(").startswith("0")
        # a parenthesis around the whole number is the text's: "Kees (06 - 46678979) heeft ..."
        wrapped = m.group().startswith("(") and ")" not in m.group() and text[m.end() : m.end() + 1] == ")"
        start = m.start() + wrapped
        # a trunk 0 and up to four digits is an area code on its own: "(01727)", "all 01799"
        if LOCAL_MIN + trunk <= n <= MAX_DIGITS + trunk and not quantity(text, start, m.end()):
            out.append((start, m.end()))
    return out


def json_number(text: str, start: int, end: int) -> bool:
    """An unquoted number value of a JSON key ('"ts": 1715326910,'): a count, a time or an id.
    JSON keeps a phone in a string, where its "+" and leading 0 survive."""
    return bool(
        re.search(r'"[^"\n]{1,40}"[ \t]*:[ \t]*$', text[max(0, start - 45) : start])
        and re.match(r"[ \t]*(?:[,}\]]|\n|$)", text[end : end + 2])
    )


def unlabelled_ok(
    text: str, start: int, end: int, valid: Callable[[str], bool], min_digits: int = WEAK_MIN
) -> bool:
    """What a number needs when no phone word vouches for it: six digits (`min_digits`: five after
    a desk's key, `Announced`); not written in
    thousands unless `valid` (a number of a compliance policy region: "Hernando 615.497.395" in Spain, not
    "Brazil 203.062.512"); not a JSON number value; no capitalised word right after it on its line
    ("45826985 Pinto das Pedras", "140993 Siliguri": a postcode and its town; a name after a run of
    blanks is the next column of a list: "415 8001  Gareth Pryce")."""
    raw = text[start:end]
    town = re.match(r"[ \t]([^\W\d_])", text[end : end + 2])
    return (
        digit_count(raw) >= min_digits
        and (not counted(raw) or valid(raw))
        and not json_number(text, start, end)
        and not (town and town.group(1).isupper())
    )


_UNTER = re.compile(r"(?<!\w)unter[ \t]+$")
_ACRONYM = re.compile(r"[A-Z]{3,5}")


def name_before(text: str, start: int, words: Lexicon) -> int | None:
    """Start of the name that opens this list entry ("; Joshua 4972648", "\\nKate 68 17 40"): one
    to four words, the first capitalised, the others capitalised or short ("de", "van", "au":
    "Diane au 07.63.51.30.59"), right after a separator, a colon or the start of the text, naming
    nothing an identifier word names."""
    m = re.search(r"(?:^|[;,|\n:·/])\s*((?:[^\W\d_][\w'’.\-]*\s+){1,4})$", text[max(0, start - 40) : start])
    if not m:
        return None
    names = m.group(1).split()
    if not names[0][0].isupper() or not all(w[0].isupper() or len(w) <= 3 for w in names):
        return None
    if words.before(text, start) == "identifier" or words.identifier.search(fold(m.group(1))):
        return None
    if len(names) == 1 and _ACRONYM.fullmatch(names[0]) and not words.phone.fullmatch(fold(names[0])):
        return None  # "IMO 9773832", "MMSI 224178684": a register's acronym, no person ("TEL" is a word)
    return start - len(m.group(1))


Span = tuple[int, int]
Refusal = Callable[[str, int, int], "str | None"]  # (text, start, end) -> why it is no phone, or None


def no_refusal(text: str, start: int, end: int) -> str | None:
    """The refusal of a caller that gives none: nothing is refused."""
    return None


@dataclass(frozen=True)
class Announced:
    """Rule 1: a phone word before the number announces it (a weak one only what `unlabelled_ok`
    allows), a one-letter label does ("T 06 11220989"), or the clause after it calls it a phone
    ("... is my work phone")."""

    words: Lexicon
    valid: Callable[[str], bool]
    refusal: Refusal = no_refusal  # phone_refusals' why_not, given by phone.py

    def __call__(self, text: str, spans: list[Span], found: list[Span]) -> list[Span]:
        return [s for s in spans if self.says(text, *s)]

    def says(self, text: str, start: int, end: int) -> bool:
        if self.words.called_after(text, end):
            return True  # "Kavya ko 285 9591 pe call karo": the verb after its object outranks a word before
        label = self.words.before(text, start)
        if label == "identifier" or self.words.remark(text, end) == "identifier":
            return False  # the remark after it is nearer: "rappeler : 03 83 92 60 44 (N° d'autorisation)"
        if label == "weak":  # a weak word vouches only for what rule 6 would take too
            # a desk's key or German's "unter" names the line: "Rezeption: 40211", "erreichen Sie
            # ihn unter 446 61"
            least = (
                LOCAL_MIN
                if self._desk_key(text, start) or _UNTER.search(text[max(0, start - 7) : start])
                else WEAK_MIN
            )
            return (
                unlabelled_ok(text, start, end, self.valid, least) and self.refusal(text, start, end) is None
            )
        return (
            label == "phone"
            or bool(_LETTER_LABEL.search(text[max(0, start - 4) : start]))
            or self.words.after(text, end)
        )

    def _desk_key(self, text: str, start: int) -> bool:
        """A key whose head noun is a weak word ("the bothy line: 32094", "Rezeption: 40211")
        names the line whose value follows: a local number of five digits is enough, as after a
        phone word. A weak word in running text ("office at 63612 Main St") still needs six."""
        key = re.search(r"([^\W\d_]+)[ \t]*:[ \t]*$", text[max(0, start - 40) : start])
        return bool(key and self.words.weak.fullmatch(fold(key.group(1))))


@dataclass(frozen=True)
class Reply:
    """Rule 1b: the first number of the reply to a question that asks for a phone or a number
    ("qual o fixo da portaria?\n[07:11] Ana: 5187-3567", "What's the number for the tip?[/quote]\n
    It's 78981151"), a few words or a speaker and a time stamp between; or a number followed by
    opening hours ("Terminänderung: 443139 (Mo–Fr 8–12 Uhr)", "7633311, Sa bis 14 Uhr offen")."""

    words: Lexicon
    valid: Callable[[str], bool]

    def __call__(self, text: str, spans: list[Span], found: list[Span]) -> list[Span]:
        return [
            s
            for s in spans
            if self.words.before(text, s[0]) is None
            and not json_number(text, *s)
            and not re.match(r"[ \t]+[A-Z]", text[s[1] : s[1] + 3])  # a postcode and its town
            and (self._answers(text, s[0]) or self._hours(text, s[1]))
        ]

    def _answers(self, text: str, start: int) -> bool:
        before = text[max(0, start - 200) : start]
        ask = before.rfind("?")
        if ask < 0:
            return False
        gap = MARKUP.sub(" ", _TIME.sub(" ", before[ask + 1 :]))
        question = re.split(r"[.!?\n]\s*", before[:ask])[-1]
        return (
            0 < gap.count("\n") <= 2
            and len(gap) <= 80
            and len(re.findall(r"[^\W\d_]+", gap)) <= 6
            and not re.search(r"\d", gap)
            and not self.words.identifier.search(fold(gap))
            and self.words.asks_for_number(question)
        )

    def _hours(self, text: str, end: int) -> bool:
        clause = re.split(r"\n|[.!?;](?:\s|$)", text[end : end + 40])[0]
        return bool(_HOURS.search(fold(clause)[:30]))


@dataclass(frozen=True)
class Roster:
    """Rule 2: the numbers of a list of ROSTER_MIN or more "Name number" entries one after another
    ("Nicholas 290-2326; Joshua 4972648; Mark 515.1892"): a phone list, like a contact sheet. The
    entries count whichever rule found their numbers."""

    words: Lexicon
    valid: Callable[[str], bool]
    refusal: Refusal = no_refusal

    def __call__(self, text: str, spans: list[Span], found: list[Span]) -> list[Span]:
        entries = sorted(set(spans) | set(found))
        out: list[Span] = []
        chain: list[Span] = []
        last_end = None
        for start, end in entries + [(len(text) + 1, len(text) + 1)]:
            name = name_before(text, start, self.words) if start <= len(text) else None
            joined = name is not None and last_end is not None and _SEPARATOR.fullmatch(text[last_end:name])
            if not joined:
                if len(chain) >= ROSTER_MIN:
                    out += [s for s in chain if s not in found and self._entry_ok(text, s)]
                chain = []
            if name is not None:
                chain.append((start, end))
            last_end = end if name is not None else None
        return out

    def _entry_ok(self, text: str, span: Span) -> bool:
        """An entry's number joins the list unless its form or layout says what else it is
        (`SHAPES`: "Jan  758 260\nFeb  758 484" labels months, not people)."""
        return unlabelled_ok(text, *span, self.valid) and self.refusal(text, *span) not in SHAPES


@dataclass(frozen=True)
class Siblings:
    """Rule 3: numbers joined to a phone number on the same line by a few words and separators,
    with no sentence end, other number or identifier word between ("Tagsüber 09131564765, abends
    35-21-78", "Day: 226.8000 / Evening: +1 ..."). A phone word between a number and the phone
    after it announces that phone, not this number ("Raiganj 885205 Ph: +91 ..."), unless a word
    naming a line labels this one too ("home 811 2911, mobile (419) 863-5336": parallel lines)."""

    words: Lexicon
    valid: Callable[[str], bool]

    def __call__(self, text: str, spans: list[Span], found: list[Span]) -> list[Span]:
        out = []
        for start, end in spans:
            if (
                not unlabelled_ok(text, start, end, self.valid)
                or self.words.before(text, start) == "identifier"
                or self.words.remark(text, end) == "identifier"
            ):
                continue
            parallel = self.words.line_before(text, start)  # "home 811 2911, mobile (419) ..."
            if any(
                (f_end <= start and self._joins(text[f_end:start], ahead=False))
                or (end <= f_start and self._joins(text[end:f_start], ahead=not parallel))
                for f_start, f_end in found
            ):
                out.append((start, end))
        return out

    def _joins(self, gap: str, ahead: bool) -> bool:
        folded = fold(gap)
        return (
            len(gap) <= GAP
            and len(re.findall(r"[^\W\d_]+", gap)) <= 4  # words, not the punctuation between
            and "\n" not in gap
            and not re.search(r"\d|[.!?](?:\s|$)", gap)
            and not self.words.identifier.search(folded)
            and not (ahead and (self.words.phone.search(folded) or self.words.weak.search(folded)))
        )


def context_spans(
    text: str,
    words: Lexicon,
    valid: Callable[[str], bool],
    found: list[Span],
    refusal: Refusal = no_refusal,
) -> list[Span]:
    """(start, end) of the numbers context makes phones, given `found` (the numbers
    libphonenumber's shapes already took), which rules 2 and 3 build on. A span here may contain a
    found one: "06 - 37 63 22 59", where the matcher saw only "37 63 22 59". `refusal(text, start,
    end)` names what a number is instead of a phone (phone_refusals, which reads this module, so
    phone.py passes it in): a weak word ("office", "line") vouches only for a number it does not
    refuse."""

    def free(span, taken):
        return not any(span[0] < e and s < span[1] for s, e in taken)

    def fits(span):  # overlaps no found span, or wholly contains those it overlaps
        return all(span[0] <= s and e <= span[1] for s, e in found if span[0] < e and s < span[1])

    spans = [s for s in candidates(text) if fits(s)]
    taken = Announced(words, valid, refusal)(text, spans, found)
    taken += [s for s in Reply(words, valid)(text, spans, found) if free(s, taken)]
    roster = Roster(words, valid, refusal)(text, spans, found)
    taken += [s for s in roster if free(s, taken) and free(s, found)]
    siblings = Siblings(words, valid)
    for _ in range(3):  # a sibling of a sibling: "Tel. A, B oder C"
        more = [s for s in siblings(text, spans, found + taken) if free(s, taken)]
        if not more:
            break
        taken += more
    return sorted(taken)
