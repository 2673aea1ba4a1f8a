"""National, international and service-number spellings of a Phone."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF

from .phone_tables import COUNTRY_CODE, TRUNK_ZERO_MARK
from .phones import NBSP, _reseparate, _split, subscriber_text


def _pairs(s, sep):
    return sep.join(s[i : i + 2] for i in range(0, len(s), 2))


def _es_groups(nsn, rng, sep):
    pattern = rng.choice([(3, 3, 3), (3, 3, 3), (2, 3, 2, 2), (3, 2, 2, 2), (9,)])
    if nsn[0] in "67":
        pattern = rng.choice([(3, 3, 3), (3, 2, 2, 2), (9,)])
    out, i = [], 0
    for n in pattern:
        out.append(nsn[i : i + n])
        i += n
    return sep.join(out)


def _us_body(a, s, rng):
    x, y = s[:3], s[3:]
    return rng.choice(
        [
            f"({a}) {x}-{y}",
            f"{a}-{x}-{y}",
            f"{a}-{x}-{y}",
            f"{a}.{x}.{y}",
            f"{a} {x} {y}",
            f"({a}){x}-{y}",
            f"{a}{x}{y}",
        ]
    )


def _generic_national(ph, rng):
    head, tail = ph.trunk + ph.ndc, subscriber_text(ph, rng)
    r = ph.region
    joins = {
        "GB": [f"{head} {tail}", f"{head} {tail}", f"({head}) {tail}", f"{head}-{tail}"],
        "DE": [f"{head} {tail}", f"({head}) {tail}", f"{head}/{tail}", f"{head} / {tail}", f"{head}-{tail}"],
        "NL": [f"{head}-{tail}", f"{head} {tail}", f"({head}) {tail}", f"{head}-{ph.sub}"],
        "BR": [f"({ph.ndc}) {tail}", f"({ph.ndc}) {tail}", f"{ph.ndc} {tail}", f"({ph.ndc}){tail}"],
        "IN": [f"{head} {tail}", f"{head}-{tail}", f"({head}) {tail}", f"{head}-{ph.sub}"],
        "IT": [f"{head} {tail}", f"{head}/{tail}", f"{head}-{tail}", f"{head} {ph.sub}"],
    }
    options = joins.get(r, [f"{head} {tail}"])
    if r == "GB" and ph.ndc == "20" and rng.random() < 0.3:
        return f"020{ph.sub[0]} {ph.sub[1:4]} {ph.sub[4:]}"
    if r == "IN" and ph.kind == "mobile":
        return rng.choice(
            [
                f"{ph.ndc} {ph.sub}",
                f"0{ph.ndc} {ph.sub}",
                ph.nsn,
                f"{ph.ndc}-{ph.sub}",
                f"{ph.nsn[:3]} {ph.nsn[3:6]} {ph.nsn[6:]}",
            ]
        )
    return rng.choice(options)


def national_text(ph, rng):
    """Full national form (area code or mobile prefix included)."""
    r = ph.region
    if rng.random() < 0.2:
        return pn.format_number(ph.num, PNF.NATIONAL)
    if r == "US":
        body = _us_body(ph.ndc, ph.sub, rng)
        if rng.random() < 0.2:
            lead = "1." if "." in body else "1-" if "-" in body and "(" not in body else "1 "
            return lead + body
        return body
    if r == "FR":
        return _pairs(ph.trunk + ph.nsn, rng.choice([" ", " ", " ", ".", "-", "", NBSP]))
    if r == "ES":
        return _es_groups(ph.nsn, rng, rng.choice([" ", " ", "-", "."]))
    if rng.random() < 0.08:
        return ph.trunk + ph.nsn
    return _generic_national(ph, rng)


def _intl_body(ph, rng, sep):
    r = ph.region
    if r == "US":
        return _us_body(ph.ndc, ph.sub, rng) if sep == " " else sep.join([ph.ndc, ph.sub[:3], ph.sub[3:]])
    if r == "FR":
        return ph.ndc + sep + _pairs(ph.sub, sep)
    if r == "ES":
        return _es_groups(ph.nsn, rng, sep)
    if r == "BR" and sep == " " and rng.random() < 0.5:
        return f"({ph.ndc}) {subscriber_text(ph, rng)}"
    tail = subscriber_text(ph, rng) if sep == " " else sep.join(_split(ph.sub, "halves"))
    return ph.ndc + sep + tail


def intl_text(ph, rng, home=None):
    """International form: +CC or 00CC, sometimes with a (0) trunk marker. home: writer's region."""
    cc = COUNTRY_CODE[ph.region]
    roll = rng.random()
    if roll < 0.25 or (ph.region == "AU" and ph.kind == "mobile" and roll < 0.62):
        return pn.format_number(ph.num, PNF.INTERNATIONAL)
    if roll < 0.33:
        return ph.e164
    if roll < 0.45 and ph.region in TRUNK_ZERO_MARK and ph.trunk == "0":
        return f"+{cc} (0){_intl_body(ph, rng, ' ')}"
    if roll < 0.62:
        sep = rng.choice([" ", " ", "-"]) if ph.region != "BR" else " "
        body = _intl_body(ph, rng, sep)
        if ph.region == "US":
            return f"001 {body}" if home not in (None, "US") else f"+1 {body}"
        return f"00{cc}{sep}{body}"
    if roll < 0.7 and ph.region in ("US", "IN"):
        if ph.region == "IN":
            return f"+91-{ph.ndc}-{ph.sub}"
        return f"+1-{ph.ndc}-{ph.sub[:3]}-{ph.sub[3:]}"
    sep = rng.choice([" ", " ", " ", "-", ".", NBSP]) if ph.region != "BR" else " "
    return f"+{cc}{sep}{_intl_body(ph, rng, sep)}"


def service_text(ph, rng):
    """National form of a non-geographic service number (mode other)."""
    if ph.region == "US":
        a, s = ph.ndc, ph.sub
        return rng.choice(
            [
                f"1-{a}-{s[:3]}-{s[3:]}",
                f"1-{a}-{s[:3]}-{s[3:]}",
                f"({a}) {s[:3]}-{s[3:]}",
                f"{a}-{s[:3]}-{s[3:]}",
                f"1 {a} {s[:3]} {s[3:]}",
                f"1.{a}.{s[:3]}.{s[3:]}",
            ]
        )
    nat = pn.format_number(ph.num, PNF.NATIONAL)
    roll = rng.random()
    if roll < 0.5:
        return nat
    if roll < 0.7 and ph.region == "FR":
        return nat.replace("0 8", "08", 1)
    if roll < 0.85:
        return _reseparate(nat, rng.choice(["-", " ", "-"]))
    return "".join(ch for ch in nat if ch.isdigit()) if ph.region != "BR" else nat
