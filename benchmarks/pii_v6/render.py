"""Template filling. A template is text with <<SLOT>> markers; see SLOT_HELP for the slot names."""

from __future__ import annotations

import re

from . import values
from .common import Doc, ascii_fold, pick
from .negatives_more import kinds, safe
from .phrases import CALL, DAYS, MONTHS
from .rosters import neg_roster, roster

SLOT_RE = re.compile(r"<<(.+?)>>")
SLOT_HELP = """NAME[n] FIRST[n] LAST[n] EMAIL[n] ROLE:local TOWN AREA DATE DAY TIME NUM:a-b PICK:a|b
P_ANN P_FULL P_MOB P_GEO P_INTL P_FX P_OTHER CALL CARD IBAN[:CC] SSN IP4 IP6 NEG[:kind]
ROSTER:style:n[:extra] NROSTER:style:n:kind[:extra]"""
IBAN_CC = {
    "DE": "DE",
    "FR": "FR",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "GB": "GB",
    "BR": "BR",
    "AT": "AT",
    "BE": "BE",
    "CH": "CH",
    "IE": "IE",
}


def _date(ctx) -> str:
    rng, lang = ctx.rng, ctx.lang
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    names = MONTHS.get(lang, MONTHS["en"]).split()
    if lang in ("en", "hi"):
        return (
            pick(rng, [f"{d} {names[m - 1]}", f"{names[m - 1]} {d}"])
            if ctx.region != "US"
            else f"{names[m - 1]} {d}"
        )
    if lang == "de":
        return pick(rng, [f"{d}. {names[m - 1]}", f"{d:02d}.{m:02d}."])
    return pick(rng, [f"{d} {names[m - 1]}", f"{d}/{m:02d}"])


def _time(ctx) -> str:
    h, mi = ctx.rng.randint(6, 21), pick(ctx.rng, [0, 0, 15, 30, 45])
    if ctx.region == "US":
        return f"{h % 12 or 12}:{mi:02d} {'am' if h < 12 else 'pm'}"
    return pick(
        ctx.rng,
        [f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}h{mi:02d}" if ctx.lang == "fr" else f"{h:02d}:{mi:02d}"],
    )


def _person_slot(ctx, name: str, key: str):
    f, ln = ctx.person(key)
    if name == "NAME":
        return f"{f} {ln}"
    if name == "FIRST":
        return f
    if name == "LAST":
        return ln
    return values.email_personal(ctx.rng, f, ln, ctx.region)


def _phone_slot(ctx, name: str):
    return {
        "P_ANN": ctx.announced,
        "P_FULL": ctx.full,
        "P_MOB": lambda: ctx.full(kind="mobile"),
        "P_GEO": lambda: ctx.full(kind="geo"),
        "P_INTL": ctx.intl,
        "P_FX": ctx.foreign,
        "P_OTHER": ctx.service,
    }[name]()


def _value_slot(ctx, name: str, arg: str):
    rng = ctx.rng
    if name == "CARD":
        return values.card(rng, arg or None)
    if name == "IBAN":
        return values.iban(rng, arg or IBAN_CC.get(ctx.region, "DE"))
    if name == "SSN":
        return values.ssn(rng)
    if name == "IP4":
        return values.ipv4(rng)
    if name == "IP6":
        return values.ipv6(rng)
    if name == "ROLE":
        if ctx.domain is None:
            ctx.domain = values.org_domain(rng, ctx.slug, ctx.town, ctx.region)
        return values.email_role(rng, arg or "info", ctx.domain)
    raise KeyError(name)


def resolve(ctx, slot: str):
    """Return a str, a Value or a list of them for one slot."""
    name, _, arg = slot.partition(":")
    if name in ("IP4", "IP6"):
        return _value_slot(ctx, name, arg)
    m = re.fullmatch(r"([A-Z_]+?)(\d*)", name)
    base, key = (m.group(1), m.group(2)) if m else (name, "")
    if base in ("NAME", "FIRST", "LAST", "EMAIL"):
        return _person_slot(ctx, base, key)
    if base.startswith("P_"):
        return _phone_slot(ctx, base)
    if base in ("CARD", "IBAN", "SSN", "ROLE"):
        return _value_slot(ctx, base, arg)
    return _plain_slot(ctx, name, arg)


def _plain_slot(ctx, name: str, arg: str):
    rng = ctx.rng
    if name == "TOWN":
        return ctx.town
    if name == "AREA":
        return ctx.cache.setdefault("AREA", ctx.area_prefix())
    if name == "DATE":
        return _date(ctx)
    if name == "DAY":
        return pick(rng, DAYS.get(ctx.lang, DAYS["en"]).split())
    if name == "TIME":
        return _time(ctx)
    if name == "NUM":
        a, b = (int(x) for x in arg.split("-"))
        return str(rng.randint(a, b))
    if name == "PICK":
        return pick(rng, arg.split("|"))
    if name == "CALL":
        return pick(rng, CALL.get(ctx.lang, CALL["en"]))
    if name == "NEG":
        kind = arg or pick(rng, kinds())
        ctx.neg_kinds.append(kind)
        return safe(rng, kind, ctx.lang)
    if name == "ROSTER":
        parts = arg.split(":")
        lo, _, hi = parts[1].partition("-")
        n = rng.randint(int(lo), int(hi or lo))
        return roster(ctx, parts[0], n, parts[2] if len(parts) > 2 else "none")
    if name == "NROSTER":
        parts = arg.split(":")
        ctx.neg_kinds.append("roster_" + parts[2])
        return neg_roster(ctx, parts[0], int(parts[1]), parts[2], parts[3] if len(parts) > 3 else "none")
    raise KeyError(name)


OPTIONAL_RE = re.compile(r"\[\[(.*?)\]\]", re.S)


def render(ctx, template: str) -> Doc:
    """Fill a template; each [[optional segment]] is kept with probability 0.5."""
    template = OPTIONAL_RE.sub(lambda m: m.group(1) if ctx.rng.random() < 0.5 else "", template)
    doc = Doc()
    pos = 0
    for m in SLOT_RE.finditer(template):
        doc.add(template[pos : m.start()])
        item = resolve(ctx, m.group(1))
        for x in item if isinstance(item, list) else [item]:
            doc.add(x)
        pos = m.end()
    doc.add(template[pos:])
    return doc


def slugify(s: str) -> str:
    return ascii_fold(s.lower().replace(" ", "-"))[:20]
