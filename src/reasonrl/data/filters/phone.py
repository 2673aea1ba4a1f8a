"""Phone numbers, found by Google's libphonenumber (the `phonenumbers` package, as presidio does):
it knows every region's lengths, trunk prefixes, international prefixes and extensions.

Matches are taken at POSSIBLE leniency (a plausible length for the region; VALID would also
demand an allocated area code, and redaction must not depend on whether a number was ever
issued), for each region the policy names. A bare run of digits is a phone number only when it
is written like one: an international prefix, a trunk 0, parentheses, an extension, phone-like
grouping (not a date, not 4-4-4 invoice groups, not an ISBN) or a context word ("tel", "Handy",
"portable", ...) just before it. So `123456789 + 987654321` in a maths problem is left alone.

    phone_spans("Ruf mich an unter 04171 41183.", ("DE", "US")) -> [(18, 29)]
"""

from __future__ import annotations

import re
import unicodedata

from phonenumbers import Leniency, PhoneNumberMatcher, is_valid_number

DEFAULT_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN")
CONTEXT_WORDS = (  # lower-case, accents stripped; en de fr es it nl pt
    "phone",
    "tel",
    "telephone",
    "mobile",
    "cell",
    "call",
    "fax",
    "whatsapp",
    "sms",
    "ring",
    "contact",
    "telefon",
    "handy",
    "mobil",
    "ruf",
    "anrufen",
    "telephone",
    "portable",
    "appelez",
    "appeler",
    "telefono",
    "movil",
    "llamame",
    "llamar",
    "celular",
    "cellulare",
    "chiamami",
    "chiamare",
    "telefoon",
    "mobiel",
    "bel",
    "telefone",
    "ligue",
    "ligar",
    "contato",
    "contacto",
    "numero",
    "telefonnummer",
    "handynummer",
    "rufnummer",
    "telefoonnummer",
    # how people announce a number without saying "phone": lines, desks, ways to reach someone
    "hotline",
    "helpline",
    "switchboard",
    "voicemail",
    "landline",
    "dial",
    "reach",
    "reachable",
    "office",
    "reservations",
    "bookings",
    "line",
    "text",
    "message",
    "bell",
    "direct",
    "extension",
    "festnetz",
    "durchwahl",
    "erreichst",
    "erreichen",
    "erreichbar",
    "melden",
    "anrufe",
    "zentrale",
    "fixe",
    "joindre",
    "contacter",
    "standard",
    "appel",
    "llame",
    "llamenos",
    "mandame",
    "mensaje",
    "fijo",
    "tlf",
    "tfno",
    "trovi",
    "chiama",
    "fisso",
    "numero verde",
    "bereikbaar",
    "vast",
    "manda",
    "mensagem",
    "fixo",
    "zap",
    "sac",
    "tel.",
    "fone",
    "t",
    "m",
)
_CONTEXT = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(CONTEXT_WORDS), key=len, reverse=True)) + r")\b",
    re.I,
)
# Words that say the number is an identifier, not a phone ("Ref. 467 3395", "Case no. 450-0840",
# "Facture n° 35 54 41 32"): when one is the nearest word before a number, that number is only a
# phone if it is written in international form.
IDENTIFIER_WORDS = (
    "ref",
    "reference",
    "case",
    "invoice",
    "order",
    "ticket",
    "lot",
    "batch",
    "serial",
    "tracking",
    "receipt",
    "booking",
    "dossier",
    "file",
    "claim",
    "policy",
    "account",
    "customer",
    "member",
    "membership",
    "po",
    "id",
    "model",
    "part",
    "sku",
    "isbn",
    "ean",
    "vat",
    "ein",
    "siret",
    "siren",
    "cnpj",
    "cpf",
    "kvk",
    "btw",
    "iva",
    "p.iva",
    "gstin",
    "postcode",
    "zip",
    "cep",
    "plz",
    "flight",
    "room",
    "parcel",
    "shipment",
    "consignment",
    "rechnung",
    "bestellung",
    "bestellnummer",
    "buchungsnummer",
    "sendungsnummer",
    "kundennummer",
    "aktenzeichen",
    "ticketnummer",
    "seriennummer",
    "vorgang",
    "facture",
    "commande",
    "dossier",
    "suivi",
    "colis",
    "lote",
    "factura",
    "pedido",
    "localizador",
    "poliza",
    "expediente",
    "ordine",
    "fattura",
    "pratica",
    "protocollo",
    "prenotazione",
    "lotto",
    "spedizione",
    "zaaknummer",
    "dossiernummer",
    "factuur",
    "bestelling",
    "ordernummer",
    "bestelnummer",
    "serienummer",
    "nota",
    "fiscal",
    "protocolo",
    "processo",
    "rastreio",
    "encomenda",
    "boleto",
    "serie",
    "matricola",
    "quote",
    "auftragsnr",
    "nº",
    "n°",
    "no.",
    "nr",
    "#",
)
_COMPOUND_ID = re.compile(
    r"\b(?!(?:telefon|handy|ruf|telefoon|fax|mobiel|mobil))\w+(?:nummer|nr)\b"
)  # Vorgangsnummer
_IDENTIFIER = re.compile(
    r"(?:^|[^\w])("
    + "|".join(re.escape(w) for w in sorted(set(IDENTIFIER_WORDS), key=len, reverse=True))
    + r")(?=[^\w]|$)",
    re.I,
)
_SEVEN_DIGITS = re.compile(r"(?:\d[\s().\-/x]*){7,}")
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_BOUNDARY = re.compile(r"[.,;:!?](?:\s+|$)|\s+[-\u2013\u2014]\s+|\n")
_EXTENSION = re.compile(r"(?:x|ext\.?|#)\s*\d{1,6}$", re.I)
WINDOW = 40  # characters before a number searched for a context word


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def written_like_a_phone(raw: str) -> bool:
    """Shape alone says phone: +/00 prefix, trunk 0 with 9-11 digits, (area), extension, or
    separators splitting it into 3+ groups that are not 4-4-4 and hold no single digit."""
    if re.fullmatch(r"\d{3}([ .-])\d{2}\1\d{4}", raw):
        return False  # US_SSN's shape, issued or not
    if re.match(r"\+\d|00", raw) or "(" in raw or _EXTENSION.search(raw):  # "+ 9876" is arithmetic
        return True
    groups = [g for g in re.split(r"[\s.\-/]+", raw) if g]
    if len(groups) >= 3 and all(len(g) == 4 for g in groups):
        return False  # 4-4-4: invoice and account numbers
    if raw.startswith("0") and 9 <= len(re.sub(r"\D", "", raw)) <= 12:  # national format, trunk prefix 0
        return True
    return len(groups) >= 3 and min(map(len, groups)) >= 2


def phone_spans(text: str, regions: tuple[str, ...] | list[str] = DEFAULT_REGIONS) -> list[tuple[int, int]]:
    """(start, end) of each phone number in text, longest first where matches overlap."""
    found: dict[tuple[int, int], str] = {}
    for offset, segment in _segments(text):
        if not _SEVEN_DIGITS.search(segment):
            continue  # cheap: libphonenumber is only asked about text that could hold a number
        for region in regions:
            for m in PhoneNumberMatcher(segment, region, leniency=Leniency.POSSIBLE):
                key = (offset + m.start, offset + m.end)
                found[key] = found.get(key) or (m.raw_string, is_valid_number(m.number))
    spans: list[tuple[int, int]] = []
    for (start, end), (raw, valid) in sorted(found.items(), key=lambda kv: kv[0][0] - kv[0][1]):
        if any(start < e and s < end for s, e in spans) or not _standalone(text, start, raw):
            continue
        bare_but_allocated = valid and re.fullmatch(r"\d{10,11}", raw)  # a full number in an allocated range
        if _identifier(text, start) and not re.match(r"\+|00", raw):
            continue
        if written_like_a_phone(raw) or _announced(text, start) or bare_but_allocated:
            spans.append((start, end))
    spans += [span for span in local_numbers(text) if not any(span[0] < e and s < span[1] for s, e in spans)]
    return sorted(spans)


# A subscriber number without its area code ("Phone: 467 3395", "call me on 450 0840", "Tel. 41183"):
# 5 to 8 digits in at most three groups. Every region the policy names dials such numbers locally,
# and libphonenumber cannot tell them from other short numbers, so only a context word right
# before one makes it a phone (LOCAL_WINDOW, tighter than WINDOW: "contact us about order 1234567").
_LOCAL = re.compile(r"(?<![\w.,/+-])\d{2,5}(?:[ .-]\d{2,5}){0,2}(?![\w/]|[.,-]\d)")
LOCAL_WINDOW = 24


def local_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of the short local numbers a context word announces."""
    out = []
    for m in _LOCAL.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        around = text[max(0, m.start() - 3) : m.start()] + text[m.end() : m.end() + 3]
        if (
            5 <= len(digits) <= 9
            and not _DATE.fullmatch(m.group())
            and not re.search(r"[=+*/×÷<>]", around)
            and _announced(text, m.start(), LOCAL_WINDOW)
            and not _identifier(text, m.start())
        ):
            out.append((m.start(), m.end()))
    return out


def _segments(text: str):
    """(offset, piece) between sentence punctuation, ' - ' and line breaks, which no phone number
    spans; the matcher would otherwise run "83372. 30642" or "687066 - 355" into one number."""
    pos = 0
    for m in _BOUNDARY.finditer(text):
        yield pos, text[pos : m.start()]
        pos = m.end()
    yield pos, text[pos:]


def _standalone(text: str, start: int, raw: str) -> bool:
    """Not a date, 8+ digits, not glued to a code (1Z..., ORD-...), not numbers run together
    (a price and the next number, coordinates), not a term of arithmetic ("= 100-50-30-15")."""
    before = text[max(0, start - 2) : start]
    glued = before[-1:].isalnum() or (before[-1:] in ("-", "/") and before[:1].isalpha())
    run_on = re.search(
        r"\.\s|\s-\d|^\+\s|\d\.\d+-|\(\d*\.\d*\)", raw
    )  # "$346.20. 26883", "45.42 -75.69", "1 + 9876"
    end = start + len(raw)
    arithmetic = re.search(r"[=+*/×÷<>]\s*$", text[max(0, start - 3) : start]) or re.match(
        r"\s*[=+*/×÷<>]", text[end : end + 3]
    )
    return not (glued or run_on or arithmetic or _DATE.fullmatch(raw) or len(re.sub(r"\D", "", raw)) < 8)


def _identifier(text: str, start: int) -> bool:
    """The nearest word before the number (within WINDOW, no other number between) names an
    identifier rather than a phone line."""
    window = _fold(text[max(0, start - WINDOW) : start])
    tail = re.split(r"\d", window)[-1]
    ids = [m.end(1) for m in _IDENTIFIER.finditer(tail)] + [m.end() for m in _COMPOUND_ID.finditer(tail)]
    phones = [m.end() for m in _CONTEXT.finditer(tail)]
    return bool(ids) and max(ids) > max(phones, default=-1)


def _announced(text: str, start: int, width: int = WINDOW) -> bool:
    """A context word in the `width` characters before the number, with no other number between
    them (a word that introduced an earlier number does not vouch for this one)."""
    window = _fold(text[max(0, start - width) : start])
    hits = list(_CONTEXT.finditer(window))
    return bool(hits) and not re.search(r"\d", window[hits[-1].end() :])
