"""Value blocks: announced numbers, value lines and rosters, each a piece of text with exact spans."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import phones
from . import values as V
from .locales import CITIES, ROLES, role_lang
from .phrasings import BY_LANG
from .value_lines import JOBS, LINES, ROSTER_COLUMNS, ROSTER_HEADINGS

INTERNATIONAL_AWAY = ("GB", "DE", "FR", "IT", "ES", "NL", "US", "IN", "BR", "CH", "AT", "BE", "AU", "IE")


@dataclass
class Block:
    text: str
    spans: list[tuple[int, int, dict]] = field(default_factory=list)


def fill(template: str, value: str, entry: dict, **fields: str) -> Block:
    """Put fields and then the value into a template; the span is where the value lands."""
    text = template
    for key, val in fields.items():
        text = text.replace("{" + key + "}", val)
    start = text.index("{v}")
    text = text[:start] + value + text[start + 3 :]
    return Block(text, [(start, start + len(value), entry)])


def phone_entry(p: phones.Phone) -> dict:
    return {"kind": "PHONE", "mode": p.mode, "text": p.text, **p.meta()}


def _person(rng: random.Random, ctx: dict) -> str:
    return rng.choice(ctx["first"])


def announced(rng: random.Random, ctx: dict, log: dict) -> Block:
    usage = ctx["state"]["phrasings"]
    pool = BY_LANG[ctx["lang"]]
    least = min(usage[p.pid] for p in pool)
    phrasing = rng.choice([p for p in pool if usage[p.pid] == least])
    usage[phrasing.pid] += 1
    log["phrasings"].append(phrasing.pid)
    p = phones.local_phone(rng, ctx["loc"].plan, "local-announced")
    return fill(phrasing.template, p.text, phone_entry(p), name=_person(rng, ctx))


def _line(rng: random.Random, kind: str, lang: str) -> str:
    table = LINES[kind]
    return rng.choice(table.get(lang) or table["en"])


def national(rng: random.Random, ctx: dict) -> Block:
    p = phones.full_phone(rng, ctx["loc"].plan, "national")
    return fill(_line(rng, "national", ctx["lang"]), p.text, phone_entry(p), name=_person(rng, ctx))


def service(rng: random.Random, ctx: dict) -> Block:
    p = phones.full_phone(rng, ctx["loc"].plan, "other")
    return fill(_line(rng, "other", ctx["lang"]), p.text, phone_entry(p))


def international(rng: random.Random, ctx: dict) -> Block:
    loc = ctx["loc"]
    if loc.own != loc.plan and rng.random() < 0.6:
        region = loc.own
    else:
        region = rng.choice([r for r in INTERNATIONAL_AWAY if r not in (loc.plan, loc.own)])
    p = phones.international_phone(rng, region, loc.plan)
    city = rng.choice(CITIES[region])
    return fill(
        _line(rng, "international", ctx["lang"]), p.text, phone_entry(p), name=_person(rng, ctx), city=city
    )


def _roster_line(style: str, name: str, job: str, number: str) -> tuple[str, int]:
    """A roster line and where its number starts in it."""
    if style == "pipe":
        prefix = f"{name} | {job} | "
    elif style == "dots":
        lead = f"{name} ({job}) "
        prefix = lead + "." * max(3, 30 - len(lead)) + " "
    elif style == "tab":
        prefix = f"{name}\t{job}\t"
    else:
        prefix = f"• {name} – {job}: "
    return prefix + number, len(prefix)


def roster(rng: random.Random, ctx: dict) -> Block:
    lang = ctx["lang"]
    style = rng.choice(("pipe", "dots", "tab", "bullet"))
    lines = [rng.choice(ROSTER_HEADINGS[lang])]
    if style == "pipe":
        lines.append(" | ".join(ROSTER_COLUMNS[lang]))
    text = "\n".join(lines) + "\n"
    spans = []
    people = rng.sample(ctx["first"], rng.randint(3, 6))
    for i, person in enumerate(people):
        p = phones.local_phone(rng, ctx["loc"].plan, "list-entry")
        name = person if rng.random() < 0.6 else f"{person} {rng.choice(ctx['last'])}"
        line, offset = _roster_line(style, name, rng.choice(JOBS[lang]), p.text)
        spans.append((len(text) + offset, len(text) + offset + len(p.text), phone_entry(p)))
        text += line + ("\n" if i < len(people) - 1 else "")
    return Block(text, spans)


def email(rng: random.Random, ctx: dict) -> Block:
    loc, lang = ctx["loc"], ctx["lang"]
    if rng.random() < 0.6:
        first, last = _person(rng, ctx), rng.choice(ctx["last"])
        if lang == "hi":
            first, last = rng.choice(("sunita", "ramesh", "geeta", "manoj")), rng.choice(("sharma", "yadav"))
        value, mode = V.personal_email(rng, first, last, loc.domains), "personal"
    else:
        org = V.ascii_fold(ctx["genre"] + "-" + ctx["town"]).replace("'", "")
        value, mode = V.role_email(rng, ROLES[role_lang(lang)], org, loc.tld), "role"
    entry = {"kind": "EMAIL", "mode": mode, "text": value}
    return fill(_line(rng, "email", lang), value, entry, name=_person(rng, ctx))


def iban(rng: random.Random, ctx: dict) -> Block:
    value, mode = V.iban(rng, rng.choice(ctx["loc"].ibans))
    entry = {"kind": "IBAN", "mode": mode, "text": value}
    return fill(_line(rng, "iban", ctx["lang"]), value, entry)


def card(rng: random.Random, ctx: dict) -> Block:
    value, mode = V.card(rng)
    entry = {"kind": "CREDIT_CARD", "mode": mode, "text": value}
    return fill(_line(rng, "card", ctx["lang"]), value, entry, name=_person(rng, ctx))


def ssn(rng: random.Random, ctx: dict) -> Block:
    value, mode = V.ssn(rng)
    return fill(
        _line(rng, "ssn", "en"),
        value,
        {"kind": "US_SSN", "mode": mode, "text": value},
        name=_person(rng, ctx),
    )


def ip(rng: random.Random, ctx: dict) -> Block:
    value, mode = V.ip(rng)
    return fill(_line(rng, "ip", ctx["lang"]), value, {"kind": "IP_ADDRESS", "mode": mode, "text": value})


def _count(rng: random.Random, p1: float, p2: float) -> int:
    r = rng.random()
    return 2 if r < p2 else 1 if r < p2 + p1 else 0


def value_blocks(rng: random.Random, ctx: dict, log: dict) -> list[Block]:
    """The value blocks of one document: at least one, drawn to the set's target proportions."""
    loc = ctx["loc"]
    out = [announced(rng, ctx, log) for _ in range(_count(rng, 0.53, 0.14))]
    out += [national(rng, ctx) for _ in range(_count(rng, 0.45, 0.15))]
    draws = ((0.1, roster), (0.21, international), (0.12, service), (0.31, email), (0.2, ip), (0.1, card))
    out += [fn(rng, ctx) for share, fn in draws if rng.random() < share]
    if loc.ibans and rng.random() < 0.14:
        out.append(iban(rng, ctx))
    if loc.code == "en_US" and rng.random() < 0.8:
        out.append(ssn(rng, ctx))
    return out or [national(rng, ctx)]
