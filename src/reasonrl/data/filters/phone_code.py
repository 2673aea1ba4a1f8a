"""A value in code or a log, read from where a number stands: the `code` refusal of rule 6
(phone_refusals). A JSON number value, a value assigned to a variable, an element of a list or an
argument of a call, a line of code, a log line, a column of commit hashes.

    code(Number("retries = 5551234", ...), words) -> True
    code(Number("Schulsekretariat = 0170 286 47 14", ...), words) -> False  (a prose key)

A prose key before "=" and a bracket of prose are no code: people write "Caretaker's lodge = ..."
and "[pencilled on the back: ... 772-4410 ...]" (version 19, read off v15). Reads a `Number`
(phone_refusals) and the lexicon.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reasonrl.data.filters.phone_quantity import json_number
from reasonrl.data.filters.phone_script import COMBINING
from reasonrl.data.filters.phone_words import Lexicon

if TYPE_CHECKING:
    from reasonrl.data.filters.phone_refusals import Number

_CODE_LINE = re.compile(r"^[ \t]*(?:>>>|\.\.\.|assert\b|return\b|def\b|print\(|import\b|from\b.*\bimport\b)")
# A log line opens with a time stamp or an address ("2023-04-14 11:33:15", "[18/Dec/2024:10:57",
# "10.0.0.1 - -", Unix seconds) and names a level or a request (a chat's time stamps open lines too)
_LOG_LINE = re.compile(
    r"^[ \t]*\[?(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\d\d/\w{3}/\d{4}:|\d{1,3}(?:\.\d{1,3}){3}\s"
    r"|1[5-9]\d{8}(?:\.\d+)?\s)"  # Unix seconds: "1715326910 INFO t=12.34 ..."
    r".*\b(?:INFO|WARN(?:ING)?|ERROR|DEBUG|TRACE|FATAL|GET|POST|PUT|DELETE|HTTP/\d)\b"
)
_ASSIGNED = re.compile(r"[\w\]][ \t]*(?::=|=)[ \t]*[\"']?$")


def _prose_key(head: str) -> bool:
    """The key before "=" is written as prose labels a line, not as code names a variable: words
    of letters only, and two or more of them, a capital opening a lower-case word or a letter
    beyond ASCII ("Caretaker's lodge = ", "Schulsekretariat = ", "Presbytère = "; not "retries = ",
    "MAX_ID = ", "sms_to = ")."""
    key = head.rsplit("=", 1)[0].strip()
    if not re.fullmatch(r"[^\W\d_][^\W\d_'’\-]*(?:[\s'’\-]+[^\W\d_]+)*", key):
        return False
    return " " in key or "'" in key or "’" in key or key[:2].istitle() or not key.isascii()


def _prose_bracket(head: str, raw: str, tail: str) -> bool:
    """The bracket around the number is prose's, not a list's or a call's: a remark of three words
    or more and nothing of code in it ("[handwritten in the margin: ... 540-5158 ...]"), or the
    number alone after a name ("Ilse Verbeek [351 1862]")."""
    opened = re.search(r"[^\]\[(){}]*$", head).group()
    closed = re.match(r"[^\]\[(){}]*", tail).group()
    inside = opened + raw + closed
    if len(re.findall(r"[^\W\d_]{2,}", inside)) >= 3 and not re.search(r"[\"=_]", inside):
        return True
    after_name = re.search(rf"(?:[^\W\d_]|[{COMBINING}])[ \t]+\[$", head)  # "सेवा [", "Verbeek ["
    return not opened.strip() and not closed.strip() and bool(after_name)


def code(n: Number, words: Lexicon) -> bool:
    """A value in code or a log: a JSON number value, a value assigned to a key that names no phone
    ("ts=1700644505", 'ad_slot = "3718143501"'), an element of a list or an argument of a call,
    a line of code ("assert", ">>>"), a log line, a column of commit hashes ("1582798 merge ...")."""
    head, tail = n.line
    assigned = _ASSIGNED.search(head) and words.before(n.text, n.start) != "phone" and not _prose_key(head)
    bracketed = (
        re.search(r"(?:[\[{]|\w\()[^\]\[(){}]*$", head)
        and re.match(r"[^\]\[(){}]*[\]})]", tail)
        and not _prose_bracket(head, n.raw, tail)
    )
    hashes = not head.strip() and re.search(r"^[ \t]*(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\s", n.text, re.M)
    return bool(
        json_number(n.text, n.start, n.end)
        or assigned
        or bracketed
        or _CODE_LINE.match(head)
        or tail.startswith("#")  # "352562#": a PIN or meeting id keyed in, no line dialled
        or _LOG_LINE.match(head + n.raw + tail)  # a value in it, or its time stamp
        or hashes
    )
