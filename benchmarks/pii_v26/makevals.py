"""Turn a document's value tasks into Val objects (the number or address exactly as written)."""

import phonenumbers as pn

from . import pii, values
from .core import Val, faker

IBAN_FALLBACK = {"US": ("GB", "DE", "NL", "IE"), "IN": ("GB", "DE"), "AU": ("GB", "IE")}
ROLE_ORG = {"sports": "club", "school": "school", "tender": "org", "science": "lab"}
LATIN_ORG = {
    "sports": "sportsclub",
    "school": "publicschool",
    "tender": "nagarnigam",
    "science": "lab",
    "recipe": "bakers",
    "classified": "classifieds",
    "timetable": "transport",
    "social": "community",
}
ROLE_WORDS = {
    "sports": ("secretary", "fixtures", "juniors", "membership"),
    "timetable": ("info", "travel", "bookings"),
    "recipe": ("orders", "hello", "kitchen"),
    "school": ("office", "admin", "pta", "admissions"),
    "classified": ("ads", "sales", "lettings"),
    "tender": ("procurement", "tenders", "contracts"),
    "science": ("lab", "facility", "datamanager"),
    "social": ("support", "hello", "complaints"),
}


NTYPE = {
    pn.PhoneNumberType.MOBILE: "mobile",
    pn.PhoneNumberType.FIXED_LINE: "fixed",
    pn.PhoneNumberType.FIXED_LINE_OR_MOBILE: "both",
}


def _phone(ctx, num, mode, region, style, text):
    ntype = NTYPE.get(pn.number_type(num), "service")
    return Val(
        "PHONE",
        mode,
        text,
        region=region,
        e164=values.e164(num),
        area_len=values.area_len(num),
        style=style,
        extra={"ntype": ntype},
    )


def local_phone(ctx):
    num, _ = values.fixed(ctx.rng, ctx.home, area=ctx.area)
    sub = values.nsn(num)[values.area_len(num) :]
    style, text = ctx.pick(values.subscriber_styles(sub, ctx.home))
    assert "".join(ch for ch in text if ch.isdigit()) == sub
    return _phone(ctx, num, "local-announced", ctx.home, style, text)


def national_number(ctx, region):
    if ctx.rng.random() < 0.45:
        return values.mobile(ctx.rng, region)
    same_area = ctx.area if (ctx.area and region == ctx.home and ctx.rng.random() < 0.6) else None
    return values.fixed(ctx.rng, region, area=same_area)[0]


def national_phone(ctx, mode="national"):
    region = ctx.plan
    num = national_number(ctx, region)
    style, text = values.pick_style(ctx.rng, values.national_styles(num, region), num, [region])
    return _phone(ctx, num, mode, region, style, text)


def international_phone(ctx, region, mode="international"):
    num = national_number(ctx, region) if region in values.AREAS else values.mobile(ctx.rng, region)
    style, text = values.pick_style(
        ctx.rng, values.international_styles(num, region), num, [None, ctx.plan, region]
    )
    return _phone(ctx, num, mode, region, style, text)


def list_phone(ctx):
    if ctx.rng.random() < 0.15:
        return international_phone(ctx, ctx.plan, mode="list-entry")
    return national_phone(ctx, mode="list-entry")


def service_phone(ctx):
    region = ctx.plan
    num = values.service(ctx.rng, region)
    style, text = values.pick_style(ctx.rng, values.service_styles(num, region), num, [region])
    return _phone(ctx, num, "other", region, style, text)


def latin_person(ctx):
    if ctx.lang == "hi":
        fk = faker("en_IN")
        return fk.first_name(), fk.last_name()
    return ctx.fk.first_name(), ctx.fk.last_name()


def email(ctx, mode, genre):
    region = ctx.home
    if mode == "personal":
        first, last = latin_person(ctx)
        text = pii.personal_email(ctx.rng, first, last, region)
    else:
        key = ROLE_ORG.get(genre)
        if ctx.lang == "hi":
            org = [ctx.town_latin, LATIN_ORG[genre]]
        elif key:
            org = ctx.named(key).split()
        else:
            org = [ctx.named("business"), ctx.town] if genre != "timetable" else [ctx.town]
        text = pii.role_email(ctx.rng, ctx.pick(ROLE_WORDS[genre]), org[:3], region)
    return Val("EMAIL", mode, text)


def iban(ctx, mode):
    country = ctx.home if ctx.home in pii.IBAN_SPECS else ctx.pick(IBAN_FALLBACK[ctx.home])
    return Val("IBAN", mode, pii.iban(ctx.rng, country, mode), extra={"country": country})


def card(ctx, mode):
    brands = ("visa", "visa", "mastercard", "mastercard2", "amex")
    if ctx.home == "US":
        brands += ("discover",)
    return Val("CREDIT_CARD", mode, pii.card(ctx.rng, ctx.pick(brands), mode))


def ip(ctx, sub):
    if sub == "v6":
        return Val("IP_ADDRESS", "v6", pii.ipv6(ctx.rng))
    return Val("IP_ADDRESS", "v4", pii.ipv4(ctx.rng, private=(sub == "v4-private")), extra={"sub": sub})


def ssn(ctx, mode):
    return Val("US_SSN", mode, pii.ssn(ctx.rng, mode))


def make(ctx, task, genre):
    kind = task[0]
    if kind == "local":
        return local_phone(ctx)
    if kind == "national":
        return national_phone(ctx)
    if kind == "international":
        return international_phone(ctx, task[1])
    if kind == "other":
        return service_phone(ctx)
    if kind == "list":
        return list_phone(ctx)
    if kind == "email":
        return email(ctx, task[1], genre)
    if kind == "iban":
        return iban(ctx, task[1])
    if kind == "card":
        return card(ctx, task[1])
    if kind == "ip":
        return ip(ctx, task[1])
    if kind == "ssn":
        return ssn(ctx, task[1])
    raise KeyError(task)


def region_ok(val):
    num = pn.parse(val.e164)
    return pn.is_valid_number(num) and pn.region_code_for_number(num) == val.region
