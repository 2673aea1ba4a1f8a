"""Fill a template into a document with exact character spans.

Template language: `{~a|b|c}` picks one alternative (plain text, may be empty); `{NAME}` or
`{NAME:arg}` is a slot. Upper-case slots are labelled values:

    {PHONE} {MOBILE} {FIXED}   a valid number of the locale's region in a style written there;
                               `:style` forces one (intl, intl_dash, e164, intl00, trunk, nat,
                               nat_dash, dots, slash, paren, plain, nozero, noparen, us1, wide)
    {LOCAL}                    a subscriber number cut from a valid fixed-line number (area code
                               dropped); national format where the region has no local dialling
    {FOREIGN} {FOREIGN:CC}     a valid number of a neighbouring region (or CC), international format
    {EMAIL} {EMAIL:work}       an address of the current person (private or company domain)
    {CARD} {CARD:brand}        a Luhn-valid card number;  {IBAN} {IBAN:CC} {IBAN:compact}
    {SSN} {SSN:space}          a US SSN that keeps the SSA rules;  {IP} {IP:private} {IP6}

Lower-case slots are unlabelled: {name} {first} {last} (the current person), {newname} (a new
person, who becomes current), {newperson} (the same, writing nothing), {company} {street} {city}
{postcode}, and the identifiers and fillers of heldout_negatives ({order} {idnum} {vat} {date}
{price} {ssn_bad} {card_bad} ...).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import heldout_negatives as neg
import heldout_values as hv
from faker import Faker

REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_PT": "PT",
    "pt_BR": "BR",
    "ja_JP": "JP",
    "zh_CN": "CN",
}
NEIGHBOURS = {
    "US": ["CA", "MX", "GB"],
    "GB": ["IE", "AU", "DE"],
    "IN": ["SG", "GB", "US"],
    "DE": ["AT", "CH", "NL"],
    "FR": ["BE", "CH", "ES"],
    "ES": ["PT", "FR", "MX"],
    "IT": ["CH", "FR", "DE"],
    "NL": ["BE", "DE", "GB"],
    "PT": ["BR", "ES", "FR"],
    "BR": ["PT", "US", "ES"],
    "JP": ["US", "SG", "CN"],
    "CN": ["SG", "JP", "US"],
}
# Styles people in each region actually use; {PHONE} without a style draws from these.
STYLES = {
    "US": "intl nat nat nat_dash nat_dash dots us1 intl_dash",
    "GB": "intl intl nat nat trunk plain e164",
    "IN": "intl intl intl_dash nozero nozero nat e164",
    "DE": "intl intl nat nat slash slash trunk intl00 nat_dash",
    "FR": "intl nat nat nat dots dots trunk intl00",
    "ES": "intl intl nat nat nat intl00 plain",
    "IT": "intl intl nat nat nat plain intl00 slash",
    "NL": "intl nat nat nat_dash trunk intl00 plain",
    "PT": "intl intl nat nat nat intl00 plain",
    "BR": "intl nat nat nat noparen e164 paren",
    "JP": "intl nat nat nat nat paren wide",
    "CN": "intl nat nat nat plain plain paren nat_dash",
}
EMAIL_DOMAINS = {
    "en_US": "gmail.com outlook.com yahoo.com icloud.com aol.com",
    "en_GB": "btinternet.com gmail.com hotmail.co.uk sky.com",
    "en_IN": "gmail.com rediffmail.com yahoo.co.in outlook.com",
    "de_DE": "gmx.de web.de t-online.de posteo.de gmail.com",
    "fr_FR": "orange.fr free.fr laposte.net gmail.com sfr.fr",
    "es_ES": "gmail.com hotmail.es telefonica.net yahoo.es",
    "it_IT": "libero.it virgilio.it tiscali.it gmail.com",
    "nl_NL": "ziggo.nl kpnmail.nl gmail.com hotmail.nl",
    "pt_PT": "sapo.pt gmail.com outlook.pt netcabo.pt",
    "pt_BR": "gmail.com uol.com.br bol.com.br hotmail.com",
    "ja_JP": "gmail.com yahoo.co.jp docomo.ne.jp ezweb.ne.jp icloud.com",
    "zh_CN": "163.com 126.com sina.com foxmail.com qq.com",
}
WORK_TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_IN": "co.in",
    "pt_BR": "com.br",
    "ja_JP": "co.jp",
    "zh_CN": "com.cn",
}
ROMAN_LOCALES = ("ja_JP", "zh_CN")
SLOT = re.compile(r"\{(~[^{}]*|[A-Za-z_0-9]+(?::[A-Za-z_0-9]+)?)\}")


@dataclass
class Span:
    start: int
    end: int
    value: hv.Value


@dataclass
class Ctx:
    locale: str
    rng: random.Random
    fake: Faker
    person: tuple[str, str] = ("", "")
    roman: tuple[str, str] = ("", "")
    company: str = ""
    spans: list[Span] = field(default_factory=list)

    @property
    def region(self) -> str:
        return REGION[self.locale]

    def new_person(self) -> None:
        f = self.fake
        self.person = (f.first_name(), f.last_name())
        self.roman = (
            (f.first_romanized_name(), f.last_romanized_name())
            if self.locale in ROMAN_LOCALES
            else self.person
        )

    def name(self) -> str:
        first, last = self.person
        sep = {"zh_CN": "", "ja_JP": " "}.get(self.locale, " ")
        return f"{last}{sep}{first}" if self.locale in ROMAN_LOCALES else f"{first} {last}"


def _work_domain(ctx: Ctx) -> str:
    words = hv.ascii_fold(ctx.company).replace("-", " ").split()
    words = [
        w for w in words if len(w) > 2 and w not in ("and", "sons", "ltd", "gmbh", "inc", "llc", "group")
    ]
    if not words:
        words = [
            ctx.rng.choice(["nexora", "kaisei", "tianhe", "hikari", "longmen", "sakura", "huaxin", "asahi"])
        ]
    tld = WORK_TLD.get(ctx.locale, ctx.locale[-2:].lower())
    return f"{words[0]}.{tld}"


def phone(ctx: Ctx, kind: str, style: str | None) -> hv.Value:
    rng = ctx.rng
    region = ctx.region
    if kind == "FOREIGN":  # the argument names the region, not a style
        styles = ["intl", "intl", "e164"] + (["intl00"] if region in hv.IDD_00 else [])
        region, style = style or rng.choice(NEIGHBOURS[region]), rng.choice(styles)
    elif kind == "LOCAL":
        style = "local"
    kind_plan = {"MOBILE": "mobile", "FIXED": "fixed", "LOCAL": "fixed"}.get(kind) or rng.choice(
        ["fixed", "mobile"]
    )
    num = hv.local_number(rng, region) if kind == "LOCAL" else hv.valid_number(rng, region, kind_plan)
    return hv.format_phone(rng, num, style or rng.choice(STYLES[region].split()))


def labelled(ctx: Ctx, name: str, arg: str | None) -> hv.Value:
    rng = ctx.rng
    if name in ("PHONE", "MOBILE", "FIXED", "LOCAL", "FOREIGN"):
        return phone(ctx, name, arg)
    if name == "EMAIL":
        first, last = ctx.roman
        domain = _work_domain(ctx) if arg == "work" else rng.choice(EMAIL_DOMAINS[ctx.locale].split())
        if domain == "qq.com":
            return hv.Value(f"{rng.randint(10**7, 10**10)}@qq.com", "EMAIL")
        return hv.email(rng, first, last, domain)
    if name == "CARD":
        brand = arg or rng.choice(
            {"ja_JP": ["jcb", "visa"], "zh_CN": ["unionpay", "unionpay", "visa"]}.get(
                ctx.locale, ["visa", "visa", "mc", "mc", "amex", "discover"]
            )
        )
        return hv.card(rng, brand)
    if name == "IBAN":
        country = arg if arg and len(arg) == 2 else ctx.region if ctx.region in hv.IBAN_LAYOUT else "DE"
        return hv.iban(rng, country, printed=False if arg == "compact" else None)
    if name == "SSN":
        return hv.ssn(rng, {"space": " ", "plain": ""}.get(arg or "", "-"))
    if name == "IP":
        return hv.ipv4(rng, arg)
    if name == "IP6":
        return hv.ipv6(rng)
    raise KeyError(name)


# Faker's it_IT city() depends on string hashing (PYTHONHASHSEED), so Italian cities come from here.
IT_CITIES = "Milano Roma Torino Bologna Firenze Napoli Genova Venezia Verona Bari Palermo Padova".split()


def city(ctx: Ctx) -> str:
    return ctx.rng.choice(IT_CITIES) if ctx.locale == "it_IT" else ctx.fake.city()


def unlabelled(ctx: Ctx, name: str, arg: str | None) -> str:
    f, rng = ctx.fake, ctx.rng
    if name in ("newname", "newperson"):
        ctx.new_person()
        if name == "newperson":
            return ""
        name = "name"
    simple = {
        "name": ctx.name,
        "first": lambda: ctx.person[0],
        "last": lambda: ctx.person[1],
        "company": lambda: ctx.company,
        "city": lambda: city(ctx),
        "postcode": f.postcode,
        "street": lambda: f.street_address().replace("\n", ", "),
        "newfirst": f.first_name,
        "num": lambda: str(rng.randint(2, 999)),
    }
    if name in simple:
        return simple[name]()
    text = neg.special(rng, ctx.locale, name) or neg.identifier(rng, ctx.locale, name)
    if text is None:
        raise KeyError(f"unknown slot {name}")
    return text


def render(template: str, ctx: Ctx) -> str:
    """Fill `template`; labelled spans go to ctx.spans."""
    out: list[str] = []
    length = 0
    pos = 0
    for m in SLOT.finditer(template):
        out.append(template[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        body = m.group(1)
        if body.startswith("~"):
            piece = ctx.rng.choice(body[1:].split("|"))
        else:
            name, _, arg = body.partition(":")
            if name.isupper():
                value = labelled(ctx, name, arg or None)
                ctx.spans.append(Span(length, length + len(value.text), value))
                piece = value.text
            else:
                piece = unlabelled(ctx, name, arg or None)
        out.append(piece)
        length += len(piece)
    out.append(template[pos:])
    return "".join(out)
