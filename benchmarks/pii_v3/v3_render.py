"""Fill a v3 template: literal text, [[a|b]] alternatives and {placeholders} become a Doc.

Placeholders (all drawn per document from the seeded rng):
  people/places  {first} {last} {name} {first2} {name2} {xname} {xfirst} (a new person each time)
                 {co} {street} {city} {dom}
  PHONE          {tel[:flags]}  flags: m mobile, f fixed, t toll-free; n national, i international,
                                e E.164 (compact international)
                 {home}   the document's fixed-line number, national form (frames the local numbers)
                 {loc}    a local number in the home area, announced in running text
                 {lst}    a local number as an entry of a list or table
                 {xtel[:cc]}  another country's number, international form only
                 {itel:cc}    a number of another in-scope region, international form
  EMAIL          {mail} {mail2} {mailco} {role:<name>} {xmail}
  others         {card[:scheme]} {iban[:cc|c]} {ssn[:s|c]} {ip4} {ip6} {ip}
  unlabelled     {area} (the home area code), {day} (one date per document), {stamp} (log
                 timestamps, one format per document, moving forward), {clock} (times that
                 move forward through the document; {clock:big} jumps one to four hours) and
                 every generator in v3_negatives.NEGATIVES
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import v3_core as core
import v3_phones as ph
from v3_negatives import NEGATIVES

TOKEN = re.compile(r"\{\{|\}\}|\{([a-z0-9_]+)(?::([a-z0-9_]+))?\}")
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
ROLE = {
    "info",
    "hello",
    "contact",
    "office",
    "hr",
    "jobs",
    "support",
    "help",
    "billing",
    "accounts",
    "bookings",
    "reservations",
    "events",
    "admin",
    "sales",
    "kontakt",
    "buchhaltung",
    "empfang",
    "bewerbung",
    "accueil",
    "compta",
    "reservation",
    "recrutement",
    "contacto",
    "reservas",
    "administracion",
    "rrhh",
    "facturacion",
    "amministrazione",
    "prenotazioni",
    "segreteria",
    "ordini",
    "receptie",
    "administratie",
    "boekingen",
    "contato",
    "financeiro",
    "rh",
    "atendimento",
    "secretaria",
    "sekretariat",
    "noreply",
    "pta",
    "committee",
    "orders",
    "careers",
}


@dataclass
class Ctx:
    rng: object
    loc: str
    region: str | None  # phone region of the document (in scope) or None
    home_country: str  # two-letter country of the locale (for IBANs and foreign numbers)
    fk: object
    lower: bool = False
    typos: float = 0.0
    people: list = field(default_factory=list)
    company: str = ""
    domain: str = ""
    home: object = None
    day: str = ""
    clock: int = -1
    other: tuple | None = None
    stamp: list | None = None

    def person(self, i: int):
        while len(self.people) <= i:
            self.people.append((self.fk.first_name(), self.fk.last_name()))
        return self.people[i]

    def get_home(self):
        if self.home is None:
            self.home = ph.draw_home(self.rng, self.region)
        return self.home


def _phone(ctx: Ctx, doc: core.Doc, flags: str) -> None:
    rng = ctx.rng
    kind = (
        "mobile"
        if "m" in flags
        else "fixed"
        if "f" in flags
        else "free"
        if "t" in flags
        else rng.choice(["mobile", "mobile", "fixed"])
    )
    region = ctx.region or ctx.home_country
    if ctx.region is None:
        mode = "international"
        kind = "fixed" if kind == "free" else kind
    elif "i" in flags or "e" in flags:
        mode = "international"
    elif "n" in flags or kind == "free":
        mode = "national"
    else:
        mode = rng.choices(["national", "international"], weights=[3, 1])[0]
    num = ph.draw(rng, region, kind)
    text = ph.e164(num) if "e" in flags else ph.write(rng, num, mode, ctx.region)
    doc.gold("PHONE", text, {"mode": mode, "e164": ph.e164(num)})


def _other_phone(ctx: Ctx, doc: core.Doc, region: str) -> None:
    num = ph.draw(ctx.rng, region, ctx.rng.choice(["mobile", "fixed"]))
    doc.gold(
        "PHONE",
        ph.write(ctx.rng, num, "international", ctx.region),
        {"mode": "international", "e164": ph.e164(num)},
    )


def _local(ctx: Ctx, doc: core.Doc, mode: str) -> None:
    num = ph.draw_local(ctx.rng, ctx.get_home())
    doc.gold(
        "PHONE",
        ph.write(ctx.rng, num, "local", ctx.region),
        {"mode": mode, "e164": ph.e164(num), "area_len": ph.area_len(num)},
    )


def _area(ctx: Ctx, doc: core.Doc) -> None:
    home = ctx.get_home()
    nsn = ph.pn.national_significant_number(home)
    code = nsn[: ph.area_len(home)]
    text = {"US": f"({code})", "BR": code}.get(ctx.region, "0" + code)
    if ctx.region == "US" and ctx.rng.random() < 0.5:
        text = code
    doc.neg("areacode", text)


_CITIES: dict = {}


def _city(fk) -> str:
    """fk.city(), except that a provider's fixed city list is sorted first: it_IT's list is built in an
    order that depends on hash randomisation, which would make the output differ from run to run."""
    key = id(fk)
    if key not in _CITIES:
        lists = [p.cities for p in fk.providers if isinstance(getattr(p, "cities", None), (list, tuple, set))]
        _CITIES[key] = sorted(lists[0]) if lists else None
    return fk.random_element(_CITIES[key]) if _CITIES[key] else fk.city()


def _stamp(ctx: Ctx, doc: core.Doc) -> None:
    """Log timestamps: one format per document, moving forward."""
    rng = ctx.rng
    if ctx.stamp is None:
        start = datetime(2022, 1, 1) + timedelta(seconds=rng.randrange(4 * 365 * 86400))
        ctx.stamp = [
            start,
            rng.choice(
                [
                    "%Y-%m-%dT%H:%M:%SZ",
                    "%Y-%m-%d %H:%M:%S",
                    "%b %d %H:%M:%S",
                    "%d/%b/%Y:%H:%M:%S +0000",
                    "%Y-%m-%dT%H:%M:%S.{ms}+01:00",
                ]
            ),
        ]
    else:
        ctx.stamp[0] += timedelta(seconds=rng.randrange(0, 400))
    when, fmt = ctx.stamp
    doc.neg("timestamp", when.strftime(fmt).replace("{ms}", f"{rng.randrange(1000):03d}"))


def _email(ctx: Ctx, doc: core.Doc, who: int, at_company: bool) -> None:
    first, last = ctx.person(who)
    domain = ctx.domain if at_company else None
    text = core.person_email(ctx.rng, first, last, ctx.region or "", domain)
    doc.gold("EMAIL", text, {"mode": "company" if at_company else "personal"})


def _company(ctx: Ctx) -> None:
    if not ctx.company:
        ctx.company = ctx.fk.company()
        ctx.domain = core.company_domain(ctx.rng, ctx.company, ctx.region or "")


def fill(ctx: Ctx, doc: core.Doc, name: str, arg: str | None) -> None:
    rng = ctx.rng
    if name in ("first", "last", "name", "first2", "last2", "name2"):
        first, last = ctx.person(1 if name.endswith("2") else 0)
        doc.word({"first": first, "last": last}.get(name.rstrip("2"), f"{first} {last}"))
    elif name in ("xname", "xfirst"):
        ctx.other = (ctx.fk.first_name(), ctx.fk.last_name())
        doc.word(ctx.other[0] + ("" if name == "xfirst" else " " + ctx.other[1]))
    elif name in ("co", "dom"):
        _company(ctx)
        doc.word(ctx.company if name == "co" else ctx.domain)
    elif name == "street":
        doc.neg("address", ctx.fk.street_address().replace("\n", ", "))
    elif name == "city":
        doc.word(_city(ctx.fk))
    elif name == "tel":
        _phone(ctx, doc, arg or "")
    elif name == "home":
        num = ctx.get_home()
        text = ph.write(rng, num, "national", ctx.region)
        doc.gold("PHONE", text, {"mode": "national", "e164": ph.e164(num)})
    elif name in ("loc", "lst"):
        _local(ctx, doc, "local-announced" if name == "loc" else "list-entry")
    elif name == "area":
        _area(ctx, doc)
    elif name == "xtel":
        _other_phone(ctx, doc, arg.upper() if arg else rng.choice(ph.FOREIGN))
    elif name == "itel":
        _other_phone(ctx, doc, arg.upper())
    elif name in ("mail", "mail2", "mailco"):
        if name == "mailco":
            _company(ctx)
        _email(ctx, doc, 1 if name == "mail2" else 0, name == "mailco")
    elif name == "role":
        _company(ctx)
        assert arg in ROLE, arg
        doc.gold("EMAIL", f"{arg}@{ctx.domain}", {"mode": "role"})
    elif name == "xmail":  # the person last named by {xname}, else someone new
        first, last = ctx.other or (ctx.fk.first_name(), ctx.fk.last_name())
        ctx.other = None
        doc.gold("EMAIL", core.person_email(rng, first, last, ctx.region or ""), {"mode": "personal"})
    else:
        fill_other(ctx, doc, name, arg)


def fill_other(ctx: Ctx, doc: core.Doc, name: str, arg: str | None) -> None:
    rng = ctx.rng
    if name == "card":
        text, meta = core.make_card(rng, arg)
        doc.gold("CREDIT_CARD", text, meta)
    elif name == "iban":
        country = arg.upper() if arg and len(arg) == 2 else ctx.home_country
        if country not in core.IBAN_LAYOUT:
            country = rng.choice(["DE", "GB", "FR", "NL", "ES", "IT", "CH", "IE"])
        text, meta = core.make_iban(rng, country, True if arg == "c" else None)
        doc.gold("IBAN", text, meta)
    elif name == "ssn":
        text, meta = core.make_ssn(rng, {"s": " ", "c": ""}.get(arg or "", "-" if arg else None))
        doc.gold("US_SSN", text, meta)
    elif name in ("ip4", "ip6", "ip"):
        six = name == "ip6" or (name == "ip" and rng.random() < 0.25)
        text, meta = core.make_ipv6(rng) if six else core.make_ipv4(rng)
        doc.gold("IP_ADDRESS", text, meta)
    elif name == "day":
        if not ctx.day:
            ctx.day = NEGATIVES["date"](rng, ctx.region or ctx.home_country)
        doc.neg("date", ctx.day)
    elif name == "stamp":
        _stamp(ctx, doc)
    elif name == "clock":
        if ctx.clock < 0:
            ctx.clock = rng.randrange(7 * 12, 20 * 12) * 5
        elif arg == "big":
            ctx.clock = (ctx.clock + rng.randrange(4, 17) * 15) // 15 * 15
        else:
            ctx.clock += rng.randrange(1, 26)
        h, m = divmod(ctx.clock % (24 * 60), 60)
        doc.neg(
            "time",
            f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
            if ctx.region == "US"
            else f"{h:02d}:{m:02d}",
        )
    elif name in NEGATIVES:
        doc.neg(name, NEGATIVES[name](rng, ctx.region or ctx.home_country))
    else:
        raise KeyError(f"unknown placeholder {name}")


def _typo(rng, text: str) -> str:
    words = re.findall(r"[^\W\d_]{6,}", text)
    if not words:
        return text
    w = rng.choice(words)
    i = rng.randrange(1, len(w) - 2)
    bad = rng.choice([w[:i] + w[i + 1] + w[i] + w[i + 2 :], w[:i] + w[i + 1 :], w[:i] + w[i] + w[i:]])
    return text.replace(w, bad, 1)


def render(tpl: str, ctx: Ctx) -> core.Doc:
    tpl = ALT.sub(lambda m: ctx.rng.choice(m.group(1).split("|")), tpl)
    doc = core.Doc()
    pos = 0
    tokens = list(TOKEN.finditer(tpl))
    for m in tokens:
        literal = tpl[pos : m.start()]
        if ctx.lower:
            literal = literal.lower()
        if ctx.typos and m.group(1) not in ("loc", "lst") and ctx.rng.random() < ctx.typos:
            literal = _typo(ctx.rng, literal)
        doc.lit(literal)
        if m.group(0) in ("{{", "}}"):
            doc.lit(m.group(0)[0])
        else:
            fill(ctx, doc, m.group(1), m.group(2))
        pos = m.end()
    tail = tpl[pos:]
    doc.lit(tail.lower() if ctx.lower else tail)
    return doc
