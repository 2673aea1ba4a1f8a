"""The words around a number that say what it is, in the languages of the compliance policy's regions.

    lexicon(("DE", "US")).before("Tel.-Nr.: 4711", 10) -> "phone"
    lexicon(("DE", "US")).before("Kundennummer 4711", 13) -> "identifier"

People announce a phone number with a word ("Tel.", "Handy", "llámame", "bel me op"), with a
number noun that something qualifies ("my number", "Contact no.", "Telefonnummer", "il mio
numero"), or after it ("... is my work phone", "... è occupato"). Identifier words ("Invoice
no.", "Chamado", "Kundennummer") say the opposite. The nearest telling word decides, so "call us
about order 1234567" is an order number and "Order? Call 1234567" a phone.

Entries are folded (lower case, no accents); a trailing `*` matches any word ending ("telefon*":
telefonisch, telefone, telefonare), a leading one any word start (German compounds end in their
head: "*referenz" is Mandatsreferenz, Kundenreferenz). English is always in: it is the lingua
franca of the data. Chinese and Japanese are always in too: their script cannot be mistaken for
another language's words, and their words are read without word boundaries (CJK text has no
spaces: "座机：3467 9998", "携帯番号は070-...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reasonrl.data.filters.phone_script import CJK_CHAR, fold, words_regex
from reasonrl.data.filters.phone_vocabulary import (
    ALWAYS,
    BUSY,
    IDENTIFIER,
    LINE,
    PERSONS,
    PHONE,
    POSSESSIVE,
    REGION_LANGUAGES,
    WEAK,
)

# A noun for "number", neutral on its own: the word before it says whose number it is. Hindi's
# colloquial नंबर too, and its formal संख्या and क्रमांक (`_noun_patterns`, folded as text is).
_HINDI_NOUNS, _HINDI_THING_NOUNS = "नंबर संख्या क्रमांक", "संख्या क्रमांक"
# Compounds: "Telefonnummer" is a phone, "Kundennummer" an identifier (what the stem says).
_COMPOUND = re.compile(r"(?<!\w)(\w+?)-?(?:nummer|nr|number)(?!\w)")
# A sentence ends at a full stop after a word of five letters or more: "... per ordine. Chiedi di
# Paola al 06 9238551" (not after "Tel.", "No.", "Port.", which announce what follows, nor before
# the number itself on its line: "Rechnungsnr. 0352547984"; a line closed by one is a sentence:
# "... pas de sac plastique.\n71477 Agen"); Hindi's danda "।" ends one too.
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{5})[.!?](?:\s+(?=[^\W\d_])|[ \t]*\n)|[。！？।॥]")
# A forum's tags name no number: "[/quote]", "[code]", "[/Zitat]" (a key's index is no tag:
# "field[phone]"; a bracketed label is no tag either: "[Retourennummer] 838-2712-162")
MARKUP = re.compile(
    r"(?<![\w\]])\[(?:/\w+|\w+=[^\]\n]*|(?i:quote|code|b|i|u|s|url|img|zitat|spoiler|list|size|color"
    r"|font|center|cita|citation|citazione|citaat|citacao|citação|media|email))\]"
)
# An address names no number: "contact@acme.it", "www.tel-shop.de" hold words, not labels
_ADDRESS = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+")
# A purpose: the identifier word names what one calls about, not the number ("For orders: ...",
# "Für Bestellungen: ...", Hindi's postposition "Order ke liye PP: ...", "बुकिंग के लिए ...")
_PURPOSE_BEFORE = re.compile(
    r"(?<!\w)(?:for|fur|voor|pour|para|per|por)\s+(?:(?:the|les|la|le|los|las|die|den|de|i|gli|as|os)\s+)?$"
)
# A key naming a number by whom or where it reaches, nothing telling after the noun ("Number for
# the kitchen on the day:", "Nummer für die Halle:", "numéro pour le gardien :"): a thing's number
# takes "of" ("number of the invoice") or its identifier word; "Hymn numbers for Sunday" is no key
_DESTINATION = re.compile(r"[ \t]+(?:for|fur|pour|para|per|voor)[ \t]+[^\d:\n]{1,40}:[ \t]*\n?[ \t]*")
# (a word between: any run of non-blanks, as Devanagari's vowel signs are no \w: "मीटर रीडिंग के लिए")
_PURPOSE_AFTER = re.compile(r"(?:\s+[^\s\d]+)?\s+(?:(?:ke|ki)\s+li(?:ye|e|ya)|(?:के|की)\s+(?:लिए|लिये))(?!\w)")
# A key on its own line ("T: ", "Recepción: "): it labels its value, whatever the line above says
_KEY_LINE = re.compile(r"\n[ \t]*([^\W\d_][^\d:\n]{0,30}:[ \t]*)$")
# A person's name right before the number ("Customer: Victor Holland (", a preposition allowed:
# "case administrator Isaiah Andrade at 316-277-6466" is hers, whatever her title says)
_NAME_LAST = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){1,3}[A-Z][\w'’-]+)[ \t]*"
    r"(?:[(,:]|(?<=[ \t])(?:at|on|unter|op|au|al|no|em)(?=[ \t]))?[ \t]*$"
)
# words between a phone noun and the identifier word that qualifies it, an article only after one
# of them ("en rappelant la facture" quotes the invoice): where the number is kept ("phone on the
# order", "mobile on file") qualifies any record; whose it is ("Portable de la cliente", "phone of
# the member") only a person ("Fax of the invoice 88412077" is the invoice's reference)
_CONDITION = re.compile(
    r"(?<!\w)(?:if|when|unless|falls|wenn|sobald|si|quand|cuando|quando|als|indien|caso)(?!\w)"
)
_WHERE = set("on in at for".split())
_WHOSE = set("of de del do da du des di della dello van von vom".split())
_ARTICLES = set("the la le les el il lo los las".split())  # "los" is also German's lot: an article here
# A remark in parentheses right after a number, no digits in it: "(Asset tag)", "(Réf. dossier)"
# ... or in square brackets ("0456 305 4201 [Ferry booking]"), or alone on the next line
_REMARK = re.compile(
    r"[ \t]*(?:\(([^()\d\n]{2,40})\)|\[([^\[\]\d\n]{2,40})\]|\n[ \t]*\(([^()\d\n]{2,40})\)[ \t]*(?=\n|$))"
)
REMARK_WORDS = 3  # a remark of more words is an instruction ("have your order number ready"), no label
# A number noun in a remark, alone or closing a compound ("no.", "n°", "#", "Rechnungsnummer")
_MARKS = r"nos?|nr|n\.?°|numbers?|numeros?|num|ref|#"
_NUMBERS_A_THING = re.compile(rf"nummer\b|(?<!\w)(?:{_MARKS})(?!\w)")
# a label that numbers a thing (phone_layout, phone_refusals): those, "n.", IDs and codes too
NUMBER_MARKER = re.compile(rf"nummer\b|(?<!\w)(?:{_MARKS}|n\.|id|code|codigo|codice)(?!\w)")
# Hindi's "on" after a number and the next three words; "baat" (talk) with it says a line
_POSTPOSITION = re.compile(r"[ \t]*(?:pe|par|पर|पे)[ \t]+((?:\S+[ \t]+){0,2}\S+)")
_TALK = re.compile(r"(?<!\w)(?:baat|bat|बात)(?!\w)")
_TIME_OF_DAY = re.compile(
    r"(?<![\d:.])(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?[ \t]*"
    r"(?:uhr|h|heures?|hrs?|am|pm|a\.m\.|p\.m\.|horas?|ore|uur)(?!\w)",
    re.I,
)
_INFINITIVE = re.compile(r"[ \t]+(?:anrufen|zurückrufen|(?:op|terug)?bellen)(?!\w)")
_REACHED = re.compile(r"[ \t]*(?:zu[ \t]+)?erreich")  # after the number: "... zu erreichen", "erreichbar"
UNTER = re.compile(r"(?<!\w)unter[ \t]+\(?$")  # German reaches a line "unter" its number
WINDOW = 50  # characters before a number searched for its label (names run long)
AFTER = 40  # characters after a number searched for "... is my work phone"


def _noun_patterns() -> tuple[str, re.Pattern]:
    """The number nouns, and those that number a thing on their own: "No.", "n°", "n." (Romance:
    "Prot. n. 351"), "#", 番号, 号, and Hindi's formal संख्या and क्रमांक ("बुकिंग संख्या" is a
    booking's; "मोबाइल संख्या" a phone's: a phone word before it tells)."""
    hindi, things = (sorted(fold(w) for w in words.split()) for words in (_HINDI_NOUNS, _HINDI_THING_NOUNS))
    noun = (
        r"(?<!\w)(?:numbers?|nummer|numeros?|nro|num|nos?(?=[.:])|n(?=\.\s)|nr|n\.?°|#|"
        + "|".join(hindi)
        + r")(?!\w)|番号|号码|号碼|号"
    )
    return noun, re.compile(r"nos?|n|nr|n\.?°|#|番号|号|" + "|".join(things))


_NOUN, _ABBREVIATED = _noun_patterns()
# words that link a verb to its object, no thing: "llamar al n.º", "appelez le n°", "chiamare il n."
_LINKS = {"the", "les", "los", "las", "del", "des", "der", "die", "das", "den", "dem", "una", "uno", "une"}
_LATIN_ABBREVIATION = re.compile(r"nos?|n|nr|n\.?°|#")
# a thing named after a number's abbreviation: "N° de prêt", "N. biglietto", "n.º de cuadro"
_NAMES_A_THING = re.compile(r"\.?[ \t]*(?:(?:de|d'|di|del|do|da|des|du|of|van|der)[ \t]*)?[^\W\d_]{3,}")


@dataclass(frozen=True)
class Lexicon:
    """The telling words of some languages, one pattern per kind, and how to read them."""

    phone: re.Pattern
    weak: re.Pattern
    identifier: re.Pattern
    possessive: re.Pattern
    busy: re.Pattern
    line: re.Pattern

    def _events(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of each telling word in folded text; a longer match hides those
        inside it ("telefonnummer" is one phone word, not a phone word and a noun)."""
        found = [
            (m.start(), m.end(), k)
            for k in ("phone", "weak", "identifier", "possessive")
            for m in getattr(self, k).finditer(text)
        ]
        found += [(m.start(), m.end(), "noun") for m in re.finditer(_NOUN, text)]
        for m in _COMPOUND.finditer(text):
            stem = m.group(1)
            kind = "phone" if self.phone.fullmatch(stem) or self.weak.fullmatch(stem) else "identifier"
            found.append((m.start(), m.end(), kind))
        rank = {"phone": 0, "weak": 1, "identifier": 2, "possessive": 3, "noun": 4}
        found.sort(key=lambda e: (e[0], -e[1], rank[e[2]]))
        kept: list[tuple[int, int, str]] = []
        for ev in found:
            if not any(k[0] <= ev[0] and ev[1] <= k[1] for k in kept):
                kept.append(ev)
        return kept

    def before(self, text: str, start: int, width: int = WINDOW) -> str | None:
        """'phone', 'weak', 'identifier' or None: what the nearest telling word in the `width`
        characters before `start` says, with no other number between them (a word that introduced
        an earlier number does not vouch for this one), within its sentence. A number noun takes
        its sense from the word right before it: a possessive or a phone word makes it a phone, an
        identifier word an identifier; unqualified, "No."/"n°"/"#"/番号 number a thing and "number"
        is neutral (an earlier word tells). A weak word right after an identifier qualifies it
        ("Protocolo de atendimento"). A key on its own line reads only its line; forum tags are
        no words, nor are e-mail and web addresses ("contact@...")."""
        window = _SENTENCE_END.split(text[_word_start(text, max(0, start - width)) : start])[-1]
        key = _KEY_LINE.search(window)
        window = _ADDRESS.sub(" ", MARKUP.sub(" ", key.group(1) if key else window))
        # a time of day says when to call, it numbers nothing: "Telefonisch ab 17 Uhr unter 81502"
        line = window.rfind("\n") + 1  # (on the number's line: a time above ends an earlier entry)
        window = window[:line] + _TIME_OF_DAY.sub(lambda m: "·" * len(m.group()), window[line:])
        tail = re.split(r"\d", fold(window).replace("_", " "))[-1]  # keys: "sms_to", "order_id"
        if re.search(r"\d", window):  # a remark right after an earlier number is that number's
            tail = re.sub(r"^[ \t]*\([^()\n]*\)", lambda m: " " * len(m.group()), tail)
        events = self._events(tail)
        own_line = tail.rfind("\n") if re.search(r"[^\W\d_]", tail[tail.rfind("\n") + 1 :]) else -1
        for i in range(len(events) - 1, -1, -1):
            begin, _, kind = events[i]
            if kind == "possessive" or (kind == "identifier" and begin < own_line):
                continue  # "ring me on my 07..." : the word before it tells; so does its own line
            if kind == "weak" and i and events[i - 1][2] in ("identifier", "phone"):
                if _qualifies(tail[events[i - 1][1] : begin], events[i - 1][2]):
                    return events[i - 1][2]  # "Protocolo de atendimento", "Telefonisch erreichbar"
            if kind == "identifier":
                if _purpose(tail, events[i]):
                    continue  # "For orders: ...": an earlier word tells
                return self._identifier(window, tail, events[: i + 1])
            if kind != "noun":
                return kind
            prev = events[i - 1] if i else None
            latin = _LATIN_ABBREVIATION.fullmatch(tail[begin : events[i][1]])
            between = (
                [w for w in re.findall(r"[^\W\d_]{3,}", tail[prev[1] : begin]) if w not in _LINKS]
                if prev
                else None
            )
            if prev and prev[2] == "possessive" and between and all(self.line.fullmatch(w) for w in between):
                return "phone"  # a person's line: "my home no. is ...", "mijn vaste nr. is ..."
            if latin and prev and (between or _NAMES_A_THING.match(tail, events[i][1])):
                # the abbreviation numbers the thing named next to it, not the word before:
                # "Bitte bei Rückfragen HU-Prüfbericht Nr. ...", "Merci de rappeler N° de prêt ..."
                return "identifier"
            if prev is None or len(tail[prev[1] : begin].split()) > 1 or prev[2] == "noun":
                # "Incidencia n.º 5663", "Bon de livraison n° ...": an abbreviation numbers a thing;
                # "the number", "Numéro d'urgence" are neutral: an earlier word tells ("Track it
                # with number ...")
                if _ABBREVIATED.fullmatch(tail[begin : events[i][1]]):
                    return "identifier"
                if i == len(events) - 1 and _DESTINATION.fullmatch(tail, events[i][1]):
                    return "phone"  # "Number for the kitchen on the day:", "Nummer für den Notfall"
                continue
            return "phone" if prev[2] == "possessive" else prev[2]
        return None

    def _identifier(self, window: str, tail: str, events: list) -> str | None:
        """What the identifier word `events[-1]` says, unless it qualifies a phone word before it
        ("Phone on file: ...", "Telefone do cliente": the head noun comes first, 'phone'), sits in
        a condition after one ("The number to ring if the gate is locked: ...": 'phone'), or a
        person's name stands between it and the number ("Customer: Victor Holland (01592 999934)":
        the number is the person's, the word tells nothing: None)."""
        if len(events) >= 2 and events[-2][2] == "phone":
            links = re.findall(r"[^\W\d_]+|\S", tail[events[-2][1] : events[-1][0]])
            # none at all is a compound whose last noun is its head ("app version", "phone customer")
            noun = tail[events[-1][0] : events[-1][1]]
            via = _WHERE | (_WHOSE if noun in PERSONS | _ARTICLES else set())  # "teléfonos de los socios"
            linked = bool(links) and links[0] in via and all(w in via | _ARTICLES for w in links[1:])
            if len(links) <= 2 and linked:
                return "phone"
        # a condition between the phone word and it: "The number to ring if the gate is locked: ..."
        calls = [e for e in events[:-1] if e[2] == "phone"]
        clause_after = re.findall(r"[^\W\d_]+", tail[events[-1][1] :])  # "... is locked when you arrive"
        if calls and _CONDITION.search(tail[calls[-1][1] : events[-1][0]]) and len(clause_after) >= 2:
            return "phone"  # (not "Phone us if your order 4471092 is late": the order's number)
        name = _NAME_LAST.search(re.split(r"\d", window)[-1])
        if name and not self._events(fold(name.group(1))):
            return None
        return "identifier"

    def after(self, text: str, end: int) -> bool:
        """The clause after the number calls it someone's phone ("is my work phone", "esse é meu
        número novo", "is mijn nieuwe nummer") or says the line is busy. Not when that noun
        introduces the next number (", Mijn nummer is 06 ..."). A remark naming a line ("(home)") or,
        in Chinese and Japanese, a phone verb after it ("に電話して"), or a German or Dutch
        infinitive ("77410 anrufen", "... bellen") says so too."""
        clause = fold(text[end : _word_end(text, end + AFTER)])
        head = re.split(r"[.!?;\n。！？]", clause)[0]
        head, next_number = re.split(r"\d", head)[0], bool(re.search(r"\d", head))
        if (
            self.busy.search(head)
            or self._line_remark(clause)
            or self._cjk_verb(head)
            or self._postposed(head)
            or _INFINITIVE.match(text, end)  # German, Dutch: "77410 anrufen", "... bellen" (not "Anrufen")
            or (_REACHED.match(clause) and UNTER.search(text[max(0, end - 40) : _number_start(text, end)]))
        ):
            return True  # ... "unter 44095 zu erreichen": German reaches a line "unter" its number
        events = self._events(head)
        owner = next((i for i, e in enumerate(events) if e[2] == "possessive"), None)
        named = (
            next((e for e in events[owner + 1 :] if e[2] != "possessive"), None)
            if owner is not None
            else None
        )
        if named is None or named[2] not in ("phone", "weak", "noun"):
            return False
        return not (next_number and len(head[named[1] :].split()) <= 2)

    def called_after(self, text: str, end: int) -> bool:
        """A verb of calling right after the number, where Hindi and Chinese or Japanese put it after
        its object ("285 9591 pe call karo", "763-9927に電話して"): nothing says phone more plainly."""
        head = re.split(r"[.!?;\n。！？]", fold(text[end : _word_end(text, end + AFTER)]))[0]
        head = re.split(r"\d", head)[0]
        return self._postposed(head) or self._cjk_verb(head)

    def asks_for_number(self, question: str) -> bool:
        """A question after a phone or a number ("qual o fixo da portaria?", "What's the number for
        the council tip?", "the plumber's number?"), not after a thing's ("your order number?")."""
        kind = self.before(question + " 0", len(question) + 1, width=len(question) + 1)
        return kind == "phone" or (kind is None and bool(re.search(_NOUN, fold(question))))

    def last_word(self, text: str) -> str | None:
        """What the last word of `text` says, number nouns and punctuation aside ("your order
        number?" -> 'identifier', "número do pedido" -> 'identifier', "the inventory sheet" -> None)."""
        folded = re.sub(rf"(?:\s*(?:{_NOUN})|[\s?¿!.:])+$", "", fold(text))
        last = re.search(r"\S+$", folded)
        return self.before(last.group() + " 0", len(last.group()) + 1) if last else None

    def line_before(self, text: str, start: int) -> bool:
        """A word naming a line right before the number ("home 811 2911, mobile ...", "Privat:
        ..."): the number is one of a person's lines, as the phone next to it is."""
        folded = fold(text[max(0, start - 20) : start])
        return any(re.search(r"\W*$", folded[m.end() :]).start() == 0 for m in self.line.finditer(folded))

    def _line_remark(self, head: str) -> bool:
        """A remark in parentheses right after the number names a line: "(home)", "(pager)",
        "(res.)", "（実家）"."""
        m = re.match(r"\s*\(([^()\d]{1,20})\)", head)
        return bool(m and any(p.search(m.group(1)) for p in (self.phone, self.weak, self.line)))

    def remark(self, text: str, end: int) -> str | None:
        """What a remark in parentheses (or square brackets, or alone on the next line) right after
        the number says it is, read as a label
        before it would be ("(Invoice no.)", "(N° de commande)", "(Rechnungsnummer)":
        'identifier'; "(Tel.)": 'phone'): the remark is nearer the number than any word before.
        Only a label is one: an instruction of more than `REMARK_WORDS` words is not ("Call 0800
        ... (have your order number ready)"), and a purpose without a number noun does not outrank
        a phone word announcing the number ("Telefon 030 ... (Bestellungen)", "Hotline ...
        (Ticket-Support)"); a number noun does ("À rappeler : 04 ... (N° de commande)")."""
        m = _REMARK.match(text, end)
        if not m:
            return None
        label = fold(next(g for g in m.groups() if g))
        # a label opened or closed by a number's abbreviation and naming a thing may run longer:
        # "(N° de dossier patient)", not "(n° de Chantal, la présidente)"
        edged = re.match(r"(?:n°|nos?\.|nr)(?!\w)|.*(?<!\w)(?:n°|nos?\.|nr)\.?\s*$", label)
        if len(label.split()) > REMARK_WORDS and not (edged and self.identifier.search(label)):
            return None
        kind = self.before(label + " 0", len(label) + 1, width=len(label) + 1)
        if kind == "identifier" and not _NUMBERS_A_THING.search(label):
            if self.before(text, _number_start(text, end)) == "phone":
                return None
        return kind

    def _postposed(self, head: str) -> bool:
        """Hindi puts its postposition and verb after the number: "99523 pe call back kijiye",
        "2011 9351 pe baat karo" (talk on it), "98... पर संपर्क करें"; a phone word or the verb of
        talking within three words of the postposition says the number is a line."""
        m = _POSTPOSITION.match(head)
        return bool(m and (self.phone.search(m.group(1)) or _TALK.search(m.group(1))))

    def _cjk_verb(self, head: str) -> bool:
        """Chinese and Japanese put the verb after its object: "763-9927（実家）に電話してください",
        "715-4854に折り返しください"."""
        return any(CJK_CHAR.match(m.group()) for m in self.phone.finditer(head))


def _qualifies(between: str, kind: str) -> bool:
    """Whether the word before a weak word heads the phrase: an identifier only across one linking
    word, as Romance languages put their head noun first ("Protocolo de atendimento"); written
    next to it, the weak word is the head, as English, German and Dutch compounds end in theirs
    ("Customer line", "Kunden-Service" are lines). A phone word next to a weak word or one word
    before it says how the line is reached ("Telefonisch erreichbar", "phone enquiries")."""
    links = between.split()
    return len(links) == 1 if kind == "identifier" else len(links) <= 1


def _purpose(tail: str, event: tuple[int, int, str]) -> bool:
    """The identifier word names a purpose, what one calls about, not the number: a preposition
    of purpose before it and a colon or words between it and the number ("For orders: ...",
    "Für Bestellungen: ..."), or Hindi's postposition after it ("Order ke liye PP: ...", "order
    likhwane ke liye ..."). Not when the number follows the word itself ("payment for order
    12345678")."""
    rest = tail[event[1] :]
    before = _PURPOSE_BEFORE.search(tail[: event[0]])
    return bool(_PURPOSE_AFTER.match(rest) or (before and not re.fullmatch(r"[\s#.]*", rest)))


def _number_start(text: str, end: int) -> int:
    """Where the number that ends at `end` starts: back over its digits and separators."""
    i = end
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in " \t-./+\u00a0"):
        i -= 1
    while i < end and not (text[i].isdigit() or text[i] == "+"):
        i += 1
    return i


def _word_start(text: str, i: int) -> int:
    """i, moved past a word the window would cut ("st|ring" must not read as "ring")."""
    while 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum():
        i += 1
    return i


def _word_end(text: str, i: int) -> int:
    """i, moved back before a word the window would cut ("tel|evision" must not read as "tel")."""
    while 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum():
        i -= 1
    return i


@lru_cache(maxsize=16)
def lexicon(regions: tuple[str, ...]) -> Lexicon:
    """The words of English and of the languages of `regions`."""
    languages = set(ALWAYS) | {lang for r in regions for lang in REGION_LANGUAGES.get(r.upper(), ())}
    tables = (PHONE, WEAK, IDENTIFIER, POSSESSIVE, BUSY, LINE)
    return Lexicon(*(words_regex({w for lang in languages for w in t.get(lang, "").split()}) for t in tables))
