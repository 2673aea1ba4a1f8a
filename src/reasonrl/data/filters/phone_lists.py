"""Numbers that the layout around them makes phone numbers: lists and tables.

    Directory: "Taxi firm: 490 7794\\nChinese takeaway: 9921 2565\\nVet: 020 3417 6795" -> all three
    Columns: "name,phone,email\\nMarissa Chavez,415-780-9394,..." -> the phone column's cells
    alternatives("Tel./Fax: 964 77 15 75 / 943 34 02 02") -> the "/" read as a separator

People keep the numbers of a household, a firm or a team as a list: one entry a line (or a
sentence), a label (a person, a shop, a desk) and a number. Nobody lists an invoice next to a
plumber, so when one entry of such a list is a phone number, its siblings are too, whatever
shape they have; a heading with a phone word ("Noodnummers", "常用电话", "緊急連絡網") says the
same. A table says it with its header: the column under "Mobile" holds phones, the column under
"Member no." or "Kundennr." does not, even where a number there has a phone's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from reasonrl.data.filters.phone_context import SHAPES, WEAK_MIN, Refusal, Span, no_refusal
from reasonrl.data.filters.phone_layout import record_head
from reasonrl.data.filters.phone_quantity import LOCAL_MIN, NUMBER, candidates, digit_count, quantity
from reasonrl.data.filters.phone_script import fold
from reasonrl.data.filters.phone_words import NUMBER_MARKER, Lexicon

# A number as people group a phone's digits, parentheses included: "(022) 6694 2025", "964 77 15 75";
# its first group may be long ("32672586 / 85772 78661", "084046 92683")
_GROUPED = r"\(?\d{1,5}\)?(?:[ .\-]\(?\d{1,8}\)?)*|\d{6,12}(?:[ .\-]\d{1,8})*"
_SLASHED = re.compile(rf"(?<![\w/.])({_GROUPED})([ \t]*/[ \t]*)({_GROUPED})(?![\w/])")
# An entry ends at a line break, or at a full stop after its number ("... 860-4128. Pizza place: ...")
_ENTRY_END = re.compile(r"\n|(?<=\d\d|\d\))\.[ \t]+")  # not a bullet's "1. "
# A bullet, or an entry's ordinal or house number: "- ", "1. ", "No. 8 " (a street's list)
_BULLET = re.compile(r"^[ \t]*(?:[-–•・*·▪►]|\d{1,2}[.)]|(?i:no\.?|nr\.?|n°|#)[ \t]?\d{1,4}(?=[ \t]))?[ \t]*")
_REMARK = re.compile(r"[ \t]*(?:\([^()\d\n]{0,20}\))?[ \t]*[.,;]?[ \t]*")  # "(home)", "(res.)"
_PAREN = re.compile(r"\([^()\n]*\)")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\W\d_]{2,}")
# a rule line of a drawn table: dashes, equals signs and box-drawing characters (U+2500-U+257F)
_RULE = re.compile(r"[ \t]*[|+:\u2500-\u257f]?[ \t]*[-=\u2500\u2550]{3,}[-=+|: \t\u2500-\u257f]*")
_DELIMITERS = (";", "\t", "|", ",", "\u2502", "\u00a6")  # a box-drawn table's "│", a broken bar "¦"
_PAGES = re.compile(r"pages?|seiten?|paginas?|pagine|bladzijden?|blz\.?|pp\.?|पृष्ठ")  # a column of page ranges
_PIPES = ("\t", "|", "\u2502", "\u00a6")  # delimiters that draw columns: two cells make a table
# columns set off by a spaced dash or a run of blanks ("N° adhérent – Nom – Depuis", "Name    Since")
_SPACED = (re.compile(r"[ \t]+[–—][ \t]+"), re.compile(r"[ \t]{2,}"))
LABEL_MAX = 60  # characters of an entry's label


def alternatives(text: str) -> str:
    """text with each "/" between two numbers written like phones ("964 77 15 75 / 943 34 02 02",
    "(022) 6694 2025/5489 9258") made a ";": such a slash offers alternatives (Tel./Fax), while
    arithmetic divides plain numbers. Both sides need seven digits and one of them a grouping, so
    "1234567/7654321" stays a division. The length is kept: spans index the original text."""

    def separate(m: re.Match) -> str:
        a, b = m.group(1), m.group(3)
        phones = digit_count(a) >= 7 and digit_count(b) >= 7 and bool(re.search(r"[ .\-()]", a + b))
        return a + (m.group(2).replace("/", ";") if phones else m.group(2)) + b

    return _SLASHED.sub(separate, text) if "/" in text else text


def _pieces(text: str):
    """(start, end) of each list entry candidate: a line, or a sentence closed after a number."""
    pos = 0
    for m in _ENTRY_END.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


@dataclass(frozen=True)
class Directory:
    """Rule 4: the numbers of a list of two or more "label number" entries (one a line or a
    sentence; a label without digits, a bullet before it, a remark in parentheses after the
    number) of which one is already a phone or whose heading has a phone word. E-mail entries
    count as entries ("Spoed: 071 ...\\nReceptie: 400 0628\\nHerhaalrecepten: a@b.nl"); an entry whose
    label is an identifier word ("Member no.: ...") is no phone, nor is one that `refusal` names a
    date, a notation, a ledger's entry or a reading from its form or layout (`SHAPES`: "Tender
    4651/687/61", "KW 51/2024", a list of payments closed by a total, "Jan  758 260"). Refusals
    read from words ("quantity": "Som e luz", "Coste" are names too) yield to the list."""

    words: Lexicon
    refusal: Refusal = no_refusal

    def __call__(self, text: str, spans: list[Span], found: list[Span]) -> list[Span]:
        out: list[Span] = []
        block: list[Span | None] = []  # the entries' numbers; None for an e-mail entry
        heading = ""
        for start, end in [*_pieces(text), (len(text), len(text))]:
            entry = self._entry(text, start, end, spans + found)
            if entry is not False:
                block.append(entry)
                continue
            out += self._decide(text, block, found, heading)
            block, heading = [], text[start:end]
        return out

    def _entry(self, text: str, start: int, end: int, numbers: list[Span]):
        """The number of an entry in text[start:end], None for an e-mail entry, False for no entry."""
        piece = text[start:end]
        inside = [s for s in numbers if start <= s[0] and s[1] <= end]
        if len(inside) != 1:
            email = _EMAIL.search(piece)
            label = piece[: email.start()] if email else ""
            return None if email and self._label_ok(label) and not piece[email.end() :].strip() else False
        s, e = inside[0]
        label = _BULLET.sub("", text[start:s], count=1)
        if not self._label_ok(label) or not _REMARK.fullmatch(text[e:end]):
            return False
        return s, e

    def _label_ok(self, label: str) -> bool:
        """A short label with letters and no digits, not a sentence ended before the number ("Nur
        Barzahlung. 88698": a full stop after a word of five letters or more closes a sentence;
        "Dr.", "Prof." do not)."""
        return (
            0 < len(label) <= LABEL_MAX
            and not re.search(r"\d", label)
            and bool(re.search(r"[^\W\d_]", label))
            and not re.search(r"[^\W\d_]{5}\.\s", label)
        )

    def _decide(self, text: str, block: list, found: list[Span], heading: str) -> list[Span]:
        numbers = [s for s in block if s is not None]
        confirmed = [s for s in numbers if s in found]
        announced = bool(self.words.phone.search(fold(heading)))
        if len(block) < 2 or not (confirmed or (announced and numbers)):
            return []
        return [
            s
            for s in numbers
            if s not in found
            and digit_count(text[s[0] : s[1]]) >= LOCAL_MIN
            and "identifier" not in (self.words.before(text, s[0]), self.words.remark(text, s[1]))
            and not quantity(text, *s)
            and self.refusal(text, *s) not in SHAPES
        ]


def tables(text: str):
    """Each delimited table: a list of rows, a row a list of (start, end) cells; a table is two
    or more consecutive lines with the same count of one delimiter (one or more of a delimiter
    that draws columns, two or more of ";" or ","). A rule drawn
    between rows ("+----+----+", "├────┼────┤", "|---|---|") is no row: the header above it heads
    the rows below."""
    lines, pos = [], 0
    for line in text.split("\n"):
        if not _RULE.fullmatch(line):
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for delim in (*_DELIMITERS, *_SPACED):
        split = _cells if isinstance(delim, str) else _spaced_cells
        rows = [split(text, *line, delim) for line in lines]
        least = 2 if delim in _PIPES else 3  # "Name, 123" is a sentence; "Ticket | Prize" a table
        i = 0
        while i < len(lines):
            n = len(rows[i])
            j = i + 1
            while n >= least and j < len(lines) and len(rows[j]) == n:
                j += 1
            if j - i >= 2:
                yield rows[i:j]
            i = j


def _cells(text: str, start: int, end: int, delim: str) -> list[Span]:
    """The cells of one line; a delimiter inside double quotes is the cell's text, as in CSV
    ("66,21 €" is one price, not two cells)."""
    cells, pos, quoted = [], start, False
    for i in range(start, end):
        if text[i] == '"':
            quoted = not quoted
        elif text[i] == delim and not quoted:
            cells.append((pos, i))
            pos = i + 1
    return cells + [(pos, end)]


def _spaced_cells(text: str, start: int, end: int, gap: re.Pattern) -> list[Span]:
    """The cells of one line between the matches of `gap` (blanks at the line's ends aside)."""
    line = text[start:end]
    lead, body = len(line) - len(line.lstrip()), line.strip()
    cells, pos = [], start + lead
    for m in gap.finditer(body):
        cells.append((pos, start + lead + m.start()))
        pos = start + lead + m.end()
    return cells + [(pos, start + lead + len(body))]


def _cell_number(text: str, cell: Span) -> Span | None:
    """The cell's span when it holds one number and nothing else."""
    raw = text[cell[0] : cell[1]]
    m = NUMBER.fullmatch(raw.strip())
    if not m or digit_count(raw) < LOCAL_MIN + raw.strip().startswith("0"):  # not an area code
        return None
    lead = len(raw) - len(raw.lstrip())
    return cell[0] + lead, cell[0] + lead + len(m.group())


@dataclass(frozen=True)
class Columns:
    """Rule 5: the numbers of a delimited table (CSV, semicolon or tab separated) in a column
    whose header has a phone word, or in which other rows hold phones; `vetoed` gives the cells of
    a column whose header is an identifier word ("Member no.", "Kundennr.", "order_id") or names
    pages ("Pages", "Seiten": a reading log's ranges)."""

    words: Lexicon
    valid: Callable[[str], bool]

    def header(self, text: str, cell: Span, pair: bool = False) -> str | None:
        """What a header cell says of its column; a remark in parentheses is left out ("landline
        (01727)", "fixo (21)": the column's area code)."""
        label = _PAREN.sub(" ", text[cell[0] : cell[1]]).replace("_", " ").strip()
        if _PAGES.fullmatch(fold(label)):
            return "pages"  # "Pages", "Seiten": a reading log's ranges ("171-193")
        kind = self.words.before(label + " 1", len(label) + 1) if not re.search(r"\d", label) else None
        if kind == "identifier" and pair and not (NUMBER_MARKER.search(fold(label)) or record_head(label)):
            return None  # beside one other column, a desk's or service's: "Orders", "Seat booking"
        return kind

    def columns(self, text: str):
        """(header kind or None, the number spans of the column's cells) of each column."""
        for rows in tables(text):
            has_header = not re.search(r"\d", _PAREN.sub("", text[rows[0][0][0] : rows[0][-1][1]]))
            body = rows[1:] if has_header else rows
            for j in range(len(rows[0])):
                kind = self.header(text, rows[0][j], len(rows[0]) == 2) if has_header else None
                cells = [_cell_number(text, row[j]) for row in body]
                yield kind, [c for c in cells if c is not None]

    def __call__(self, text: str, spans: list[Span], found: list[Span]) -> list[Span]:
        out = []
        for kind, numbers in self.columns(text):
            phones = [s for s in numbers if any(f[0] <= s[0] and s[1] <= f[1] for f in found)]
            if kind == "weak":  # "vast", "office": a line, when its numbers are long enough
                numbers = [s for s in numbers if digit_count(text[s[0] : s[1]]) >= WEAK_MIN]
            if kind in ("phone", "weak") or (kind is None and numbers and 2 * len(phones) >= len(numbers)):
                out += [s for s in numbers if s not in phones and not quantity(text, *s)]
        return out

    def vetoed(self, text: str) -> list[Span]:
        return [s for kind, numbers in self.columns(text) if kind in ("identifier", "pages") for s in numbers]


def layout_spans(
    text: str,
    words: Lexicon,
    valid: Callable[[str], bool],
    found: list[Span],
    refusal: Refusal = no_refusal,
) -> list[Span]:
    """`found` (the phones the shape and context rules took), less the cells of identifier columns,
    with the numbers rules 4 and 5 add (rule 4's siblings only where `refusal` names nothing else
    they are)."""

    def overlaps(span: Span, spans: list[Span]) -> bool:
        return any(span[0] < e and s < span[1] for s, e in spans)

    columns = Columns(words, valid)
    vetoed = columns.vetoed(text)
    found = [f for f in found if not overlaps(f, vetoed)]
    free = [s for s in candidates(text) if not overlaps(s, found)]
    added = Directory(words, refusal)(text, free, found)
    added += [s for s in columns(text, free, found) if not overlaps(s, added + found)]
    return sorted(found + added)
