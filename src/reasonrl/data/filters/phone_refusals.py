"""What else a number written like a phone number can be: the refusals of rule 6 (phone_default).

    why_not("NDC 51671-017-80", 4, 16, words) -> "identifier"
    why_not("Attendance 94 250 262", 11, 21, words) -> "quantity"
    why_not("Tennis: 114-96. Cricket: 105-112", 25, 32, words) -> "score"
    why_not("The number's 9110519.", 13, 20, words) -> None (a phone)

Each refusal names one kind of thing a digit group can be besides a phone, and reads the number,
its line and two facts about its document (its dialogue's speaker labels, whether it is a maths
text); those read from layout (phone_layout: a label on the line above, a ledger, a table or list
around the number) read the lines next to it. They are kept few and structural (shapes,
positions, punctuation, a closed set of words) so that they carry to text nobody has read yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from reasonrl.data.filters.phone_address import postcode
from reasonrl.data.filters.phone_code import code
from reasonrl.data.filters.phone_layout import label_above, ledger, numbers_a_thing, table
from reasonrl.data.filters.phone_notation import (
    block_of_numbers,
    nanp_dotted,
    of_a_year,
    page_marks,
    score,
    size_pair,
    slashed,
    year_range,
)
from reasonrl.data.filters.phone_quantity import counted, digit_count, is_date, quantity
from reasonrl.data.filters.phone_script import fold, words_regex
from reasonrl.data.filters.phone_series import readings
from reasonrl.data.filters.phone_vocabulary import QUANTITY
from reasonrl.data.filters.phone_words import Lexicon

_QUANTITY = words_regex({w for words in QUANTITY.values() for w in words.split()})
# ("plus", "minus" and "times" only beside a figure: French "un peu plus tard" is no sum)
_MATHS_WORDS = re.compile(
    r"(?<!\w)(?:divided|multipl\w*|equals?|quotient|remainder|divisible|modulo|gcd|lcm"
    r"|sqrt|solve|compute|evaluate)(?!\w)"
    r"|\d[ \t]*(?:plus|minus|times)(?!\w)|(?<!\w)(?:plus|minus|times)[ \t]*\d"
)
# A maths text: LaTeX, GSM8K's calculator annotations and answer line
_MATHS_TEXT = re.compile(
    r"\$[^$\s](?:[^$\n]{0,80}[^$\s])?\$|\\[(\[]|<<[^>\n]*>>|^####|\\(?:frac|dfrac|boxed|sqrt|cdot|times|text|begin|"
    r"left|right|gcd|pmod|binom|le|ge|neq)(?![a-z])",
    re.M,
)
_EQUATION = re.compile(r"\d[ \t]*[-+*×x÷/^][ \t]*\d+[ \t]*=[ \t]*\d")
_OPERATOR = re.compile(r"[\d)][ \t]*[+*×÷^=<>≤≥≠][ \t]*[\d(]|\d[ \t]+[-/][ \t]+\d")
# An acronym right before ("NDC 51671-017-80", "SKU: 3341 2290", "R.G. 5449/0336") labels it
# (three letters or more: "UK 020 ...", "DE 0049 ..." name a country)
_ACRONYM = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,4}|[A-Z]{3,5})[ \t]*(?:[:#.]|n[o°]\.?|nr\.?)?[ \t]*$")
_SPEAKER = re.compile(
    r"^[ \t]*(?:\[[\d:]+\][ \t]*)?([^\W\d_][\w'’.\-]*(?:[ \t][^\W\d_][\w'’.\-]*)?)[ \t]*:", re.M
)
_DATE = re.compile(
    r"(?:[0-3]?\d[ .\-/][01]?\d[ .\-/](?:19|20)\d\d|[0-3]?\d[ .\-/](?:19|20)\d\d)$"
    r"|(?:19|20)\d\d[ .\-/][01]\d[ .\-/][0-3]\d"  # a date first, a figure after ("1996 07 17 63")
)
_COMPACT_DATE = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d"
)
_COORDINATE = re.compile(r"\d{1,3}\.\d{3,}")
# The word right after a number that names it: "4711 is the order ...", "4711 (your ticket)"
_NAMED_AFTER = (
    r"\s*(?:(?:is|was|are|ist|est|es|e|è)\s+)?(?:(?:the|your|my|our|an?|de|la|le|el|il|o)\s+)?(\w+)"
)
_YEAR_NOTE = re.compile(r"[ \t]*\((?:19|20)\d\d\)")
_COUNT_COLUMN = re.compile(r"[ \t]{2,}[x×][ \t]?\d{1,4}[ \t]*$")  # a count set off as a column
# a grid square's two letters right before ("UTM: SD 1494 2529", "RD-coördinaten: SK 5445 7692")
_GRID_SQUARE = re.compile(r"(?<![\w.])[A-Z]{2}[ \t]+$")
_SHORT_DECIMAL_NEXT = re.compile(r"[ \t]*,[ \t]*\d{1,3}\.\d{1,2}(?![\d.])")  # ", 776.50": shelf marks
# a key opening the line, then a spaced dash or slash or a comma ("Claim reference – ", "N° client
# / ", "Hochzeitstisch Nr., "), which `numbers_a_thing` reads
_DASH_KEY = re.compile(r"[ \t]*[^\W\d_][^\d\n–,/]{0,58}(?:[ \t]+[-–/][ \t]+|,[ \t]+)")  # one comma at most
# ... or after the number: "303 534 297 – Key blank code", or alone on the next line: "– Pallet ID"
_KEY_AFTER = re.compile(
    r"(?:[ \t]+[-–][ \t]+|[ \t]*\n[ \t]*[-–][ \t]+)([^\W\d_][^\d\n–,]{0,58}?)[ \t]*(?:\n|$)"
)
_STAMP = re.compile(r"\[?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?\]?")  # "[07:11]" in a chat
KEY_WORDS = 5  # words of a form field's key before a spaced dash
MATHS_REACH = 25  # characters either side of a number searched for an operator


@dataclass(frozen=True)
class Number:
    """A candidate number in its document: `plain` is the text with a dialogue's speaker labels
    made neutral ("Kunde:", "Cliente:" name the speaker, not the number); `maths` says the
    document is a maths text."""

    text: str
    start: int
    end: int
    plain: str
    maths: bool

    @property
    def raw(self) -> str:
        return self.text[self.start : self.end]

    @property
    def line(self) -> tuple[str, str]:
        """(its line before it, its line after it)."""
        end = self.text.find("\n", self.end)
        head = self.text[self.text.rfind("\n", 0, self.start) + 1 : self.start]
        return head, self.text[self.end : end if end >= 0 else len(self.text)]


def identifier(n: Number, words: Lexicon) -> bool:
    """An identifier word labels it (phone_words: the nearest telling word, within its clause: "the
    parcel with Ann - 88 41 07" is Ann's), an acronym does ("NDC 51671-017-80", "R.G. 5449/0336"),
    it is the head of a code ("32-1635-YS"), the word right after it or a remark in parentheses
    names a thing ("4711 is the order ...", "4711 (Invoice no.)"), or it answers a question
    asking for one ("What's your order number?")."""
    head, tail = n.line
    # a key that opens the line and a spaced dash or a comma is a form field ("Customer no. – 535
    # 173 594", "Hochzeitstisch Nr., 886 914 94 18"), elsewhere the dash or comma ends a clause
    # ("the parcel with Ann - 88 41 07")
    keyed = _DASH_KEY.fullmatch(head) and len(head.split()) <= KEY_WORDS + 1 and numbers_a_thing(head, n.raw)
    clause = n.start - (len(head) if keyed else len(re.split(r",\s|\s[-–]\s|;\s", head)[-1]))
    if words.before(n.plain[clause : n.end], n.start - clause) == "identifier":
        return True
    after = _KEY_AFTER.match(n.text, n.end) if not head.strip() else None
    if after and len(after.group(1).split()) <= KEY_WORDS and numbers_a_thing(after.group(1), n.raw):
        key = after.group(1)
        if words.before(key + " 0", len(key) + 1) == "identifier":
            return True  # a form field written value first: "303 534 297 – Key blank code"
    above = label_above(n)  # "Customer account\n439 944 286"
    if above and words.before(f"{above}\n{n.raw}", len(above) + 1) == "identifier":
        return True  # "Tenancy ref.\n31749110", "N° d'adhérent\n53235 142768"
    acronym = _ACRONYM.search(head[-15:])
    if acronym and not any(
        p.fullmatch(fold(acronym.group(1))) for p in (words.phone, words.weak, words.line)
    ):
        return True
    named = re.match(_NAMED_AFTER, re.split(r"[.,;:!?()\d|·/]|\s[-–]\s", fold(tail))[0])
    return bool(
        re.match(r"-[^\W\d_]", tail)
        or words.remark(n.text, n.end) == "identifier"  # "0257 222 2730 (Serial no.)"
        or (named and words.identifier.fullmatch(named.group(1)))
        or _asked_for(n.plain, n.start, words) == "identifier"
    )


def _question(text: str, start: int) -> str | None:
    """The question this number answers: the last one in the 120 characters before it, at most
    two line breaks and no other number between (a chat's time stamps aside)."""
    before = text[max(0, start - 120) : start]
    ask = before.rfind("?")
    if ask < 0 or re.search(r"\d", _STAMP.sub("", before[ask:])) or before[ask:].count("\n") > 2:
        return None
    return re.split(r"[.!?\n]\s*", before[:ask])[-1]


_AGAIN = re.compile(
    r"[ \t,]+(?:again|(?:ook[ \t]+)?alweer|nochmal|noch[ \t]+mal|encore|de[ \t]+nuevo|otra[ \t]+vez"
    r"|di[ \t]+nuovo|de[ \t]+novo|mesmo|dobara|फिर[ \t]+से)[ \t]*$",
    re.I,
)


def _asked_for(text: str, start: int, words: Lexicon) -> str | None:
    """What the question before a reply asks for: "identifier" for "What's your order number?",
    "Qual o número do pedido?" (the thing closes the question, number nouns aside), not for
    "Questions about the inventory sheet?" (a sheet: the question names no number) nor for "a
    phone number we can text a code to?" (a phone word anywhere in it tells)."""
    question = _question(text, start)
    if not question or words.phone.search(fold(question)):
        return None
    question = _AGAIN.sub("", question)  # "What was the VAT number again?": the thing still closes it
    kind = words.before(question + " 0", len(question) + 1, width=len(question) + 1)
    return None if kind == "identifier" and words.last_word(question) != "identifier" else kind


def date(n: Number, words: Lexicon) -> bool:
    """A date, with any separator or none ("17 05 2024", "15-03-24", "22 2019", "20240517"), a
    row that opens with one ("1996 07 17 63"), or a range of years ("1776-1784": phone_notation;
    times of day are quantities, phone_quantity)."""
    return is_date(n.raw) or bool(_DATE.match(n.raw) or _COMPACT_DATE.fullmatch(n.raw)) or year_range(n.raw)


def notation(n: Number, words: Lexicon) -> bool:
    """A version ("12.1.1441.3958": dotted, a one-digit part), a coordinate of a pair ("15.9443,
    74.7239"), or a rising range: of pages in a citation ("(2008), 805-815", "129(2): 188-195",
    "S. 782-807, vol. 22"), of hours ("0900-1730"), between round bounds ("100-300 items") or of
    a block of tickets ("4505-4554": phone_notation); a solved Sudoku row (the digits 1-9 once
    each: "431 295 678"); a decimal listed beside one of a short fraction (shelf marks: "282.7383,
    776.50"); the heading of its line ("712 1972: The council filed ..."); a number
    within a year ("EudraCT 2016-936474-46", "Autos 3572/2019", "KW 51/2024": phone_notation) or in
    three slashed parts (`slashed`); a grid reference after its square's letters ("SD 1494 2529")."""
    head, tail = n.line
    parts = n.raw.split(".")
    version = (
        len(parts) >= 3
        and all(p.isdigit() for p in parts)
        and min(map(len, parts)) == 1
        and not nanp_dotted(n.raw)
    )
    pair = _COORDINATE.fullmatch(n.raw) and (
        re.search(r"\d\.\d{3,}[ \t]*,[ \t]*$", head) or re.match(r"[ \t]*,[ \t]*-?\d{1,3}\.\d{3,}", tail)
    )
    pages = re.fullmatch(r"(\d{2,5})-(\d{2,5})", n.raw)
    rising = (
        pages and len(pages.group(1)) == len(pages.group(2)) and int(pages.group(1)) < int(pages.group(2))
    )
    sudoku = sorted(re.sub(r"\D", "", n.raw)) == list("123456789")  # a row of a solved grid
    # one of a list of decimals, the other with a short fraction: "Shelf marks: 282.7383, 776.50"
    decimals = re.fullmatch(r"\d{1,3}\.\d{3,}", n.raw) and _SHORT_DECIMAL_NEXT.match(tail)
    hours = rising and re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d", n.raw)
    # a citation: "(2008), 805-815", "129(2): 188-195" (not a name's remark: "(Laura Novaes): ")
    cited = re.search(r"(?:19|20)\d\d\b\)?[,:]?[^\d\n]{0,20}$|\d\)[:,]?[ \t]*$", head)
    cited = cited or page_marks(head, tail)  # "S. 782-807", "págs. 702-738", "148-178, vol. 37"
    # round bounds: "100-300", "1500-2000" (not an Indian mobile's halves "71520-97210")
    rounded = rising and (n.raw.endswith("00") and pages.group(1).endswith("00") or len(pages.group(1)) <= 3)
    rounded = rounded and n.raw.endswith("0") and pages.group(1).endswith("0")
    heading = re.match(r":[ \t]+[A-Z]", tail) and not head.strip()  # "712 1972: The council filed ..."
    dated = of_a_year(n.raw) or slashed(n.raw) or size_pair(n.raw)
    block = block_of_numbers(n.raw)  # "Raffle tickets 4505-4554"
    grid = _GRID_SQUARE.search(head) and re.fullmatch(r"\d{3} \d{3}|\d{4} \d{4}", n.raw)  # easting, northing
    return bool(
        version
        or pair
        or hours
        or (rising and cited)
        or rounded
        or heading
        or dated
        or block
        or grid
        or sudoku
        or decimals
    )


def amount(n: Number, words: Lexicon) -> bool:
    """A quantity: a unit, a currency, thousands under nine digits (phone_quantity; or spaced
    after one or two digits: "12 345 678"), a round number ("2500000", "1 250 000"), a quantity
    word before it in its clause or right after it ("Total: 418 2290", "1200000 inhabitants"), a
    count of things (`_things_after`: "437908 tickets sold"), or the answer to a question asking
    how many."""
    head, tail = n.line
    # a year in parentheses qualifies the noun before it: "Population (2022): 392 934"
    clause = re.split(r"[.!?;]\s|\d", fold(_YEAR_NOTE.sub("", head)))[-1]
    noun = _QUANTITY.search(clause)
    after = " ".join(re.split(r"[.,;!?()\d]", fold(tail))[0].split()[:2])
    # thousands read from the grouping alone yield to a phone or line word announcing the number:
    # "the office line is 71 903 331", "if nobody answers at the office, try 585.725"
    grouped_only = words.before(n.plain, n.start) not in ("phone", "weak")
    return bool(
        quantity(n.text, n.start, n.end)
        # "368.876" (not "reached on 368.876"); Spain writes "615.497.395"
        or (counted(n.raw, head, tail) and digit_count(n.raw) < 9 and grouped_only)
        or re.fullmatch(r"\d+000|\d{1,3}(?:[ .]\d{3})*[ .]000", n.raw)
        or (re.fullmatch(r"\d{1,2}(?: \d{3}){2,}", n.raw) and grouped_only)
        or (noun and not words.phone.search(clause[noun.end() :]))
        or _QUANTITY.search(after)
        or _COUNT_COLUMN.match(tail)  # "034 81822461  x5": a stock take's count column
        or _things_after(tail, words)
        or _asks_how_many(n.text, n.start)
    )


def _things_after(tail: str, words: Lexicon) -> bool:
    """The plural of a thing an identifier word names right after the number ("437908 tickets",
    "52000 orders", "3500 members"): the number counts them. A phone is followed by its owner or
    its hours, not by things in the plural."""
    m = re.match(r"[ \t]+([^\W\d_]{3,})", fold(tail))
    if not m or not m.group(1).endswith("s"):
        return False
    word = m.group(1)
    return any(words.identifier.fullmatch(stem) for stem in (word[:-1], word[:-2]) if len(stem) >= 2)


def _asks_how_many(text: str, start: int) -> bool:
    question = _question(text, start)
    return bool(question and _QUANTITY.search(fold(question)))


def maths(n: Number, words: Lexicon) -> bool:
    """A maths text, an operator near it in its clause ("= 4565792 + 12", "12 - 3"), a word of maths
    or an equation in its sentence ("the sum of 123456 and 654321", "142857 x 7 = 999999")."""
    head, tail = _sentence(n)
    before, after = re.split(r",\s", head)[-1][-MATHS_REACH:], re.split(r",\s", tail)[0][:MATHS_REACH]
    sentence = head + " " + tail
    return n.maths or bool(
        _OPERATOR.search(before + " " * len(n.raw) + after)
        or _MATHS_WORDS.search(fold(sentence))
        or _EQUATION.search(sentence)
    )


def _sentence(n: Number) -> tuple[str, str]:
    """(its sentence before it, its sentence after it), within its line."""
    head, tail = n.line
    return re.split(r"[.!?;]\s", head)[-1], re.split(r"[.!?;]\s", tail)[0]


def match_result(n: Number, words: Lexicon) -> bool:
    """A match result or a range, "105-112" (phone_notation.score), unless a word announces it."""
    return score(n.raw, n.text, n.start, n.end, words.before(n.plain, n.start) is not None)


REFUSALS: tuple[tuple[str, Callable[[Number, Lexicon], bool]], ...] = (
    ("identifier", identifier),
    ("date", date),
    ("notation", notation),
    ("series", readings),
    ("quantity", amount),
    ("ledger", ledger),
    ("maths", maths),
    ("score", match_result),
    ("table", table),
    ("postcode", postcode),
    ("code", code),
)


def speakers(text: str) -> set[str]:
    """The labels of a dialogue's turns: line-start labels that come back, one of their turns a
    sentence of three words or more, two such labels or more ("Kunde: Ich möchte ...",
    "Assistent: Gern. Neue Nummer?")."""
    turns: dict[str, list[str]] = {}
    for m in _SPEAKER.finditer(text):
        turns.setdefault(m.group(1), []).append(text[m.end() :].split("\n", 1)[0])
    talking = {
        label
        for label, said in turns.items()
        if len(said) >= 2 and any(len(re.findall(r"[^\W\d_]+", s)) >= 3 for s in said)
    }
    return talking if len(talking) >= 2 else set()


def _neutral(m: re.Match) -> str:
    """The speaker label as a key that names nothing ("Kunde:" -> "xxxxx:"): its line is still
    read on its own."""
    return m.group()[: m.start(1) - m.start()] + "x" * len(m.group(1)) + m.group()[m.end(1) - m.start() :]


@lru_cache(maxsize=8)
def document(text: str) -> tuple[str, bool]:
    """(text with its speaker labels made neutral, whether it is a maths text)."""
    talking = speakers(text)
    plain = (
        _SPEAKER.sub(lambda m: _neutral(m) if m.group(1) in talking else m.group(), text) if talking else text
    )
    return plain, bool(_MATHS_TEXT.search(text))


def first_refusal(number: Number, words: Lexicon) -> str | None:
    """The name of the first refusal that says what `number` is instead of a phone, or None."""
    return next((reason for reason, refuses in REFUSALS if refuses(number, words)), None)


def why_not(text: str, start: int, end: int, words: Lexicon) -> str | None:
    """The first refusal that names what text[start:end] is instead of a phone, or None."""
    return first_refusal(Number(text, start, end, *document(text)), words)
