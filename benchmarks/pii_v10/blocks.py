"""Text blocks with exact spans, and the value blocks that put labelled values into a document."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import phones as P
from . import values as V
from .contexts import ABROAD, CTX
from .locales import IBAN_CC, LOCALES, SUBSCRIBER_REGIONS, people

FIELD = re.compile(r"\{(\w+)\}")


@dataclass
class Block:
    text: str
    spans: list = field(default_factory=list)  # (start, end, meta), or ("neg", kind) markers


@dataclass
class Val:
    text: str
    meta: dict


def fill(template: str, values: dict) -> Block:
    """Fill {x} fields; a Val becomes a span, a str is plain text."""
    out, spans, pos = [], [], 0
    for m in FIELD.finditer(template):
        out.append(template[pos : m.start()])
        cur = sum(len(x) for x in out)
        v = values[m.group(1)]
        if isinstance(v, Val):
            spans.append((cur, cur + len(v.text), v.meta))
            out.append(v.text)
        else:
            out.append(v)
        pos = m.end()
    out.append(template[pos:])
    return Block("".join(out), spans)


def join(blocks: list[Block], seps: list[str]) -> Block:
    text, spans = "", []
    for i, b in enumerate(blocks):
        if i:
            text += seps[i - 1]
        off = len(text)
        spans += [x if len(x) == 2 else (x[0] + off, x[1] + off, x[2]) for x in b.spans]
        text += b.text
    return Block(text, spans)


def phone_val(num: P.Num, text: str, mode: str) -> Val:
    return Val(
        text,
        {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": num.region,
            "e164": num.e164,
            "area_len": num.area_len,
        },
    )


def local_number(rng: random.Random, locale: str, mode: str) -> Val:
    """A number as a local writes it in an announced slot or a roster: subscriber-only where that is usual."""
    region = LOCALES[locale][1]
    share = 0.75 if mode == "local-announced" else 0.8
    if region in SUBSCRIBER_REGIONS and (region != "IN" or rng.random() < share):
        kind = "mobile" if region == "BR" and rng.random() < 0.4 else "geo"
        num = P.draw(rng, region, kind, subscriber=True)
        return phone_val(num, rng.choice(P.subscriber_variants(num)), mode)
    if region == "IN":
        kind = "mobile" if rng.random() < 0.8 else "geo"
    else:
        kind = "geo" if rng.random() < 0.7 else "mobile"
    num = P.draw(rng, region, kind)
    return phone_val(num, rng.choice(P.national_variants(num)), mode)


def national_number(rng: random.Random, locale: str) -> Val:
    region = LOCALES[locale][1]
    num = P.draw(rng, region, "mobile" if rng.random() < 0.55 else "geo")
    return phone_val(num, rng.choice(P.national_variants(num)), "national")


def service_number(rng: random.Random, locale: str) -> Val:
    region = LOCALES[locale][1]
    num = P.draw(rng, region, "service")
    return phone_val(num, rng.choice(P.national_variants(num)), "other")


def intl_number(rng: random.Random, locale: str) -> tuple[Val, str]:
    _, plan, own = LOCALES[locale]
    if own != plan and rng.random() < 0.75:
        region = own
    else:
        region = rng.choice([r for r in P.GEO if r not in (plan, own)])
    num = P.draw(rng, region, "mobile" if rng.random() < 0.5 else "geo")
    return phone_val(num, rng.choice(P.international_variants(num, plan)), "international"), ABROAD[region]


def ctx_lang(lang: str) -> str:
    return lang if lang in CTX else "en"


def value_block(
    rng: random.Random, kind: str, locale: str, lang: str, who: tuple[str, str], town: str, org: str
) -> Block:
    c = CTX[ctx_lang(lang)]
    first, last = who
    base = {"n": first, "t": town}
    if kind == "national":
        return fill(rng.choice(c["national"]), {**base, "v": national_number(rng, locale)})
    if kind == "service":
        return fill(rng.choice(c["service"]), {**base, "v": service_number(rng, locale)})
    if kind == "intl":
        val, abroad = intl_number(rng, locale)
        return fill(rng.choice(c["intl"]), {**base, "t": abroad, "v": val})
    mail_lang = "hi" if locale == "en_IN" else lang
    if not V.ascii_slug(first):  # Devanagari names: the address is written in Latin letters
        first, last = rng.choice(people("en_IN")[0]), rng.choice(people("en_IN")[1])
    if kind == "email":
        if rng.random() < 0.57:
            text, mode = V.email_personal(rng, first, last, mail_lang, locale), "personal"
        else:
            text, mode = V.email_role(rng, org, mail_lang, locale), "role"
        return fill(
            rng.choice(c["email"]), {**base, "v": Val(text, {"kind": "EMAIL", "mode": mode, "text": text})}
        )
    if kind == "ip":
        text, mode = (V.ipv4(rng), "v4") if rng.random() < 0.77 else (V.ipv6(rng), "v6")
        return fill(
            rng.choice(c["ip"]), {**base, "v": Val(text, {"kind": "IP_ADDRESS", "mode": mode, "text": text})}
        )
    if kind == "iban":
        mode = "grouped" if rng.random() < 0.85 else "compact"
        text = V.iban(rng, IBAN_CC[locale], mode == "grouped")
        return fill(
            rng.choice(c["iban"]), {**base, "v": Val(text, {"kind": "IBAN", "mode": mode, "text": text})}
        )
    if kind == "card":
        mode = rng.choice(["grouped", "compact", "dashed"])
        text = V.card(rng, mode)
        return fill(
            rng.choice(c["card"]),
            {**base, "v": Val(text, {"kind": "CREDIT_CARD", "mode": mode, "text": text})},
        )
    if kind == "ssn":
        mode = "dashed" if rng.random() < 0.8 else "spaced"
        text = V.ssn(rng, mode)
        return fill(
            rng.choice(c["ssn"]), {**base, "v": Val(text, {"kind": "US_SSN", "mode": mode, "text": text})}
        )
    raise ValueError(kind)


def roster_block(rng: random.Random, locale: str, lang: str, names: list[tuple[str, str]]) -> Block:
    """A list of people and their numbers under a Phone-style heading: list, leaders or table."""
    c = CTX[ctx_lang(lang)]
    head = rng.choice(c["roster"])
    style = rng.choice(["list", "leaders", "table", "colon"])
    rows = []
    for first, last in names:
        val = local_number(rng, locale, "list-entry")
        who = "%s %s" % (first, last)
        if style == "list":
            rows.append(fill("- {w}: {v}", {"w": who, "v": val}))
        elif style == "leaders":
            rows.append(fill("{w} {d} {v}", {"w": who, "d": "." * max(3, 26 - len(who)), "v": val}))
        elif style == "table":
            rows.append(fill("{w} | {v}", {"w": who, "v": val}))
        else:
            rows.append(fill("{w}\t{v}", {"w": who, "v": val}))
    name_col = {"de": "Name", "fr": "Nom", "es": "Nombre", "it": "Nome", "nl": "Naam", "pt": "Nome",
                "hi": "नाम"}.get(lang, "Name")  # fmt: skip
    title = Block("%s | %s" % (name_col, c["roster"][-1])) if style == "table" else Block(head + ":")
    return join([title] + rows, ["\n"] * len(rows))
