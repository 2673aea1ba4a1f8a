"""How v14's writers put a number on paper: national, international and subscriber-only forms."""

from __future__ import annotations

import random
import re

import phonenumbers as pn

from .phones import CC, Phone, _chunk, _groups, _pairs, nsn

NAT = pn.PhoneNumberFormat.NATIONAL
TRUNK_ZERO = {"GB", "DE", "NL", "IN", "AT", "CH", "BE", "AU", "IE", "FR"}
JOINERS = {
    "GB": [" ", " ", "-"],
    "DE": [" ", "/", "/", "-", " / "],
    "NL": [" ", "-", "-"],
    "IN": [" ", "-", "-"],
    "IT": [" ", "/", " ", "-"],
    "ES": [" "],
    "AT": [" ", "/"],
    "CH": [" "],
    "BE": [" ", "/"],
    "AU": [" "],
    "IE": [" ", "-"],
}


def _head_rest(ph: Phone) -> tuple[str, str]:
    groups = _groups(pn.format_number(ph.num, NAT))
    return groups[0], "".join(groups[1:])


CHUNKS = {
    5: [[5], [2, 3]],
    6: [[6], [3, 3]],
    7: [[7], [3, 4]],
    8: [[8], [4, 4]],
    9: [[3, 3, 3], [9]],
    10: [[3, 3, 4], [10]],
}


def _rest_forms(region: str, rest: str, lib_rest: str = "") -> list[str]:
    forms = [" ".join(_chunk(rest, sizes)) for sizes in CHUNKS.get(len(rest), [[len(rest)]])]
    if lib_rest:
        forms.append(lib_rest)
    if region in ("DE", "NL", "ES", "CH", "BE", "AT") and len(rest) > 5:
        forms.append(" ".join(_pairs(rest)))
    return forms


def service_text(rng: random.Random, ph: Phone) -> str:
    lib = pn.format_number(ph.num, NAT)
    text = rng.choice([lib, lib, lib.replace(" ", "-"), re.sub(r"^\((\d+)\) ", r"\1 ", lib)])
    if ph.region == "FR":
        text = " ".join(_pairs("0" + nsn(ph.num)))
    return text if _ok(text, ph) else lib


def national(rng: random.Random, ph: Phone) -> str:
    r = ph.region
    head, rest = _head_rest(ph)
    lib_rest = " ".join(_groups(pn.format_number(ph.num, NAT))[1:])
    if r == "US":
        x, y = rest[:3], rest[3:]
        return rng.choice([f"({head}) {x}-{y}", f"{head}-{x}-{y}", f"{head}.{x}.{y}", f"1-{head}-{x}-{y}"])
    if r == "BR":
        x, y = rest[:-4], rest[-4:]
        return rng.choice([f"({head}) {x}-{y}", f"{head} {x}-{y}", f"({head}) {x} {y}", f"({head}){x}-{y}"])
    if r == "FR":
        pairs = _pairs("0" + nsn(ph.num))
        return rng.choice([" ", ".", ".", "-", ""]).join(pairs)
    if r == "IN" and ph.area_len == 0 and rng.random() < 0.6:
        digits = nsn(ph.num)
        return rng.choice([f"{digits[:5]} {digits[5:]}", f"{digits[:5]}-{digits[5:]}", digits])
    joiner = rng.choice(JOINERS.get(r, [" "]))
    if r in ("DE", "NL", "GB") and rng.random() < 0.2:
        head = f"({head})"
        joiner = " "
    text = head + joiner + rng.choice(_rest_forms(r, rest, lib_rest))
    return text if _ok(text, ph) else pn.format_number(ph.num, NAT)


def international(rng: random.Random, ph: Phone, us_writer: bool = False) -> str:
    cc = CC[ph.region]
    head, rest = _head_rest(ph)
    digits = nsn(ph.num)
    if ph.region in TRUNK_ZERO and head.startswith("0"):
        head = head[1:]
    if ph.region == "FR":
        body = " ".join([digits[0]] + _pairs(digits[1:]))
    elif ph.region == "BR":
        body = f"{head} {rest[:-4]}-{rest[-4:]}"
    elif ph.region == "US":
        body = rng.choice(
            [
                f"{head}-{rest[:3]}-{rest[3:]}",
                f"({head}) {rest[:3]}-{rest[3:]}",
                f"{head} {rest[:3]} {rest[3:]}",
            ]
        )
    else:
        body = f"{head} {rng.choice(_rest_forms(ph.region, rest))}"
    prefixes = ["+%d " % cc, "+%d " % cc, "00%d " % cc]
    if us_writer and ph.region != "US":
        prefixes = ["011 %d " % cc, "+%d " % cc]
    prefix = rng.choice(prefixes)
    if ph.region in TRUNK_ZERO and ph.region != "FR" and rng.random() < 0.25 and prefix.startswith("+"):
        text = prefix + "(0)" + body
    elif ph.region == "IN" and ph.area_len == 0 and rng.random() < 0.4:
        text = "+91-" + digits[:5] + "-" + digits[5:]
    else:
        text = prefix + body
    return text if _ok(text, ph, True) else pn.format_number(ph.num, pn.PhoneNumberFormat.INTERNATIONAL)


def subscriber(rng: random.Random, ph: Phone) -> str:
    sub = nsn(ph.num)[ph.area_len :]
    r = ph.region
    if r == "US":
        return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"])
    if r == "BR":
        return rng.choice([f"{sub[:-4]}-{sub[-4:]}", f"{sub[:-4]}-{sub[-4:]}", f"{sub[:-4]} {sub[-4:]}"])
    forms = [sub, " ".join(_chunk(sub, [len(sub) - 4, 4]))]
    if r in ("DE", "NL"):
        forms.append(" ".join(_pairs(sub)))
        forms.append(" ".join(_chunk(sub, [3, 3, 3])))
    if r == "DE":
        forms.append("-".join(_chunk(sub, [len(sub) - 4, 4])))
    if r in ("GB", "IN") and len(sub) == 6:
        forms.append(f"{sub[:3]} {sub[3:]}")
    if r == "IN":
        forms.append("-".join(_chunk(sub, [len(sub) - 4, 4])))
    return rng.choice(forms)


def parse_value(text: str, region: str, international: bool) -> pn.PhoneNumber:
    """Parse a written full number the way checks.py does: for international values the IDD prefix
    (00, or a US writer's 011) becomes '+' and a '(0)' trunk marker is dropped."""
    t = text
    if international:
        t = re.sub(r"^(?:00|011 )(?=[1-9])", "+", t.replace("(0)", ""))
    return pn.parse(t, region)


def _ok(text: str, ph: Phone, international: bool = False) -> bool:
    try:
        num = parse_value(text, ph.region, international)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and num.country_code == ph.num.country_code and nsn(num) == nsn(ph.num)
