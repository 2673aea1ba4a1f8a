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

from reasonrl.data.filters.phone_quantity import (
    LOCAL_MIN,
    candidates,
    counted,
    digit_count,
    json_number,
)
from reasonrl.data.filters.phone_script import COMBINING, SIGN, fold
from reasonrl.data.filters.phone_words import MARKUP, UNTER, Lexicon

_LETTER_LABEL = re.compile(r"(?:^|[\s|·,;(])[TMFPH][.:]?\s?$")  # "T 06 11220989 | M 0591 - 827260"
# An extension after the number: only a switchboard's number has one ("8509140 App. 20", "poste 12")
_EXTENSION_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:ext|extn|app|durchwahl|dw|nebenstelle|poste|interno|int|toestel|tst|ramal"
    r"|extension|extensión)\.?[ \t]*\d{1,5}(?!\d)",
    re.I,
)
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
# A telephone sign (☎ ☏ ✆ 📞 📱 📲) opening the line and no digit before the number: the line is a phone's
_SIGNED_LINE = re.compile(rf"(?:^|\n)[ \t]*[-*•#]?[ \t]*{SIGN}[^\d\n]*$")
_TIME = re.compile(r"\[?\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?\]?")  # a chat message's time stamp
SHAPES = ("date", "notation", "series", "ledger")  # refusals (phone_refusals) read from form and layout
ROSTER_MIN = 3  # entries that make a list of names and numbers a phone list
GAP = 30  # characters that may join a number to a phone number next to it
WEAK_MIN = 6  # digits of a number a weak word vouches for


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
        and (not counted(raw, text[max(0, start - 8) : start], text[end : end + 6]) or valid(raw))
        and not json_number(text, start, end)
        and not (town and town.group(1).isupper())
    )


_ACRONYM = re.compile(r"[A-Z]{3,5}")


_NAMES_BEFORE = re.compile(rf"(?:^|[;,|\n:·/])\s*((?:[^\W\d_][\w{COMBINING}'’.\-]*\s+){{1,4}})$")


def _capital(word: str) -> bool:
    """Written as a name starts: a capital, or a letter of a script without case ("सुरेश", "张伟")."""
    return word[0].isupper() or (word[0].isalpha() and not word[0].islower())


def name_before(text: str, start: int, words: Lexicon) -> int | None:
    """Start of the name that opens this list entry ("; Joshua 4972648", "\\nKate 68 17 40"): one
    to four words, the first capitalised, the others capitalised or short ("de", "van", "au":
    "Diane au 07.63.51.30.59"), right after a separator, a colon or the start of the text, naming
    nothing an identifier word names."""
    m = _NAMES_BEFORE.search(text[max(0, start - 40) : start])
    if not m:
        return None
    names = m.group(1).split()
    if not _capital(names[0]) or not all(_capital(w) or len(w) <= 3 for w in names):
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
    allows, as a word naming a person's line does: "Kerstin, privat 994169319"), a one-letter label
    does ("T 06 11220989"), a telephone sign opening its line does ("📞 Kylie – gate: 9579637"), or
    the clause after it calls it a phone ("... is my work phone")."""

    words: Lexicon
    valid: Callable[[str], bool]
    refusal: Refusal = no_refusal  # phone_refusals' why_not, given by phone.py

    def __call__(self, text: str, spans: list[Span], found: list[Span]) -> list[Span]:
        return [s for s in spans if self.says(text, *s)]

    def says(self, text: str, start: int, end: int) -> bool:
        if _EXTENSION_AFTER.match(text[end : end + 16]) and self.refusal(text, start, end) is None:
            return True  # an extension after it: "erreichst du mich unter 8509140 App. 20"
        if self.words.called_after(text, end):
            return True  # "Kavya ko 285 9591 pe call karo": the verb after its object outranks a word before
        if _SIGNED_LINE.search(text[max(0, start - 80) : start]):
            return True  # "📞 Brodie Nguyen – gate: 9579637": the sign heads the line; "gate" is a role
        label = self.words.before(text, start)
        if label is None and (
            self.words.line_before(text, start) or UNTER.search(text[max(0, start - 8) : start])
        ):
            # a person's line named right before it ("Kerstin, privat 994169319"), or German's
            # "unter" ("probier's unter 640 90"): what a weak word vouches for
            label = "weak"
        if label == "identifier" or self.words.remark(text, end) == "identifier":
            return False  # the remark after it is nearer: "rappeler : 03 83 92 60 44 (N° d'autorisation)"
        if label == "weak":  # a weak word vouches only for what rule 6 would take too
            # a desk's key or German's "unter" names the line: "Rezeption: 40211", "erreichen Sie
            # ihn unter 446 61"
            least = (
                LOCAL_MIN
                if self._desk_key(text, start) or UNTER.search(text[max(0, start - 8) : start])
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
        if len(gap) > GAP:
            return False  # cheap first: every pair of numbers in a text comes here
        folded = fold(gap)
        return (
            len(re.findall(r"[^\W\d_]+", gap)) <= 4  # words, not the punctuation between
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
