"""Where a number closes an address: the `postcode` refusal of rule 6 (phone_refusals). A
postcode with its town after it, a ZIP after its state or its town, a PIN closing an Indian
address line.

    postcode(Number("140993 Siliguri", ...), words) -> True
    postcode(Number("Helpers\nAnil Pandey - 605589", ...), words) -> False  (a roster names a person)

Reads a `Number` (phone_refusals) and the lexicon.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reasonrl.data.filters.phone_script import COMBINING
from reasonrl.data.filters.phone_words import Lexicon

if TYPE_CHECKING:
    from reasonrl.data.filters.phone_refusals import Number

# A town after it ("140993 Siliguri", "69047440 da Cunha"), the shapes of postcodes
# (one blank: a name after a run of blanks is a list's next column, "549588  Declan Moss")
_TOWN_AFTER = re.compile(r"[ \t](?:(?:da|de|do|di|del|dos|das|van|von|le|la|am|an)[ \t]+)?[A-ZÀ-Þ][a-zß-ÿ]")
_POSTCODE = re.compile(r"\d{4,6}|\d{8}|\d{5}[ -]\d{3,4}|\d{4}-\d{3}|\d{3} \d{3}")


def postcode(n: Number, words: Lexicon) -> bool:
    """Shaped like a postcode and placed like one: its town after it ("140993 Siliguri", "69047440
    da Cunha", "1000-001 Lisboa"), a ZIP+4 after its state ("IL 62704-1234"), or closing an
    address line ("94/62, Das Nagar, Sambalpur 682974")."""
    head, tail = n.line
    if not _POSTCODE.fullmatch(n.raw):
        return False
    town = (
        _TOWN_AFTER.match(tail)
        or re.fullmatch(r"\d{5}-\d{4}", n.raw)
        and re.search(r"\b[A-Z]{2}[ \t]+$", head)
        # a ZIP closing its line after the town and a comma: "Denver, 80202-1234", "Raleigh, 27601"
        or re.fullmatch(r"\d{5}(?:-\d{4})?", n.raw)
        and re.search(r"[A-Z][a-z]+,[ \t]+$", head)
        and not tail.strip()
    )
    closes = (
        re.fullmatch(r"\d{6}", n.raw) and head.count(",") >= 2 and re.search(r"[A-Z][\w'’\-]+[ \t]+$", head)
    )
    return bool(town or (closes and re.match(r"[ \t]*(?:[.,;]|$)", tail)) or _indian_pin(n, words))


_PIN_TOWN = re.compile(rf"[^\W\d_][\w'’.{COMBINING}]*[ \t]+[-–][ \t]+$")  # "Kolkata - ", "देहरादून - "
_STREET = re.compile(r"(?:^|[|•/,:]\s*)\d{1,4},?[ \t]+[^\W\d_]")  # "108 Grover Chowk", "पता: 14, शर्मा"


def _indian_pin(n: Number, words: Lexicon) -> bool:
    """India's PIN closing an address after its town and a dash ("Kolkata - 700696"), the street
    with its house number before it on its line or on the line above ("23 Chakraborty Ganj, Kochi
    - 682333", "108 Grover Chowk\nKolkata - 700696"), then the end of the line or a separator. A
    roster's "Anil Pandey - 605589" has no street, and a line word is no town ("Office - 234567")."""
    head, tail = n.line
    if (
        not re.fullmatch(r"[1-8]\d{5}", n.raw)
        or not _PIN_TOWN.search(head)
        or words.before(n.plain, n.start) in ("phone", "weak")
    ):
        return False
    line_start = n.text.rfind("\n", 0, n.start) + 1
    above = n.text[n.text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    closes = re.match(r"[ \t]*(?:$|[|•/,]|[ \t]{2})", tail)
    return bool(closes and (_STREET.search(head) or _STREET.search(above)))
