"""Roster rows for the list-entry mode: entries of a phone list whose heading or column says so."""

from . import phones as P
from .phone_tables import LOCAL_REGIONS
from .phrases import NAME_COLUMN, PHONE_COLUMN, ROLE_COLUMN, ROLES

STYLES = ("dots", "dash", "table", "colon", "tabs", "lastfirst", "bullet")


def _row_number(doc):
    """(text, value) for one roster entry; subscriber-only where the region writes so."""
    rng = doc.rng
    if doc.region in LOCAL_REGIONS:
        roll = rng.random()
        if roll < 0.05:
            return "—", None
        if roll < 0.2:
            value = doc.phone("mob")
            return value["text"], value
        ph = doc.local_phone()
        text = P.local_text(ph, rng)
        return text, doc.phone_value(ph, "list-entry", text)
    value = doc.phone("nat")
    return value["text"], value


def _header(doc, style, with_role):
    lang, rng = doc.lang, doc.rng
    phone_col = rng.choice(PHONE_COLUMN[lang])
    cols = [NAME_COLUMN[lang]] + ([ROLE_COLUMN[lang]] if with_role else []) + [phone_col]
    if style == "table":
        return "| " + " | ".join(cols) + " |\n" + "|" + "---|" * len(cols) + "\n"
    if style == "tabs":
        return "\t".join(cols) + "\n"
    return ""


def _row(doc, style, name, role, number):
    rng = doc.rng
    if style == "dots":
        pad = "." * max(3, 28 - len(name) - len(role or "") + rng.randint(-2, 2))
        return [f"{name}{' (' + role + ')' if role else ''} {pad} ", number, "\n"]
    if style == "dash":
        return [f"{name} – {role + ' – ' if role else ''}", number, "\n"]
    if style == "table":
        return [f"| {name} | {role + ' | ' if role is not None else ''}", number, " |\n"]
    if style == "colon":
        return [f"{name}{', ' + role if role else ''}: ", number, "\n"]
    if style == "tabs":
        return [f"{name}\t{role + chr(9) if role is not None else ''}", number, "\n"]
    if style == "lastfirst":
        last, first = name.split(" ", 1)[-1], name.split(" ", 1)[0]
        return [f"{last}, {first}{' [' + role + ']' if role else ''}   ", number, "\n"]
    return [f"• {name}{' (' + role + ')' if role else ''}  ", number, "\n"]


def rows(doc, arg):
    """Parts of a roster: arg is 'lo-hi' or 'lo-hi:roleset' (voice, day, plot, task)."""
    rng = doc.rng
    bits = arg.split(":")
    lo, hi = (int(x) for x in bits[0].split("-"))
    roleset = ROLES[bits[1]][doc.lang] if len(bits) > 1 else None
    style = rng.choice(STYLES)
    parts = [(_header(doc, style, roleset is not None), None)]
    for _ in range(rng.randint(lo, hi)):
        name = f"{doc.fk.first_name()} {doc.fk.last_name()}"
        role = rng.choice(roleset) if roleset else (None if style in ("table", "tabs") else "")
        text, value = _row_number(doc)
        pieces = _row(doc, style, name, role, None)
        parts.append((pieces[0], None))
        parts.append((text, value))
        parts.append((pieces[2], None))
    return parts
