"""How people write a number: national, international, subscriber-only and service forms.

Every full-number style is checked by parsing the written text back with phonenumbers; a style
that does not round-trip is dropped and another is drawn (the plain library format is last).
"""

from __future__ import annotations

import re

import phonenumbers as pn

from .common import pick
from .phones import area_len, nsn_of

TRUNK_ZERO = ("GB", "DE", "FR", "NL", "AT", "CH", "BE", "IE", "AU", "IN")
IDD00 = ("GB", "DE", "FR", "ES", "IT", "NL", "IN", "AT", "BE", "CH", "IE")


def _tokens(num, fmt) -> list[str]:
    return re.findall(r"\d+", pn.format_number(num, fmt))


def pairs_right(s: str, sep: str = " ") -> str:
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    if s:
        out.insert(0, s)
    return sep.join(out)


def split_at(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def _nat_us(t, head, rest, std):
    return [
        "-".join(t),
        ".".join(t),
        " ".join(t),
        "1-" + "-".join(t),
        f"({head}){t[1]}-{t[2]}",
        f"1 ({head}) {t[1]}-{t[2]}",
        "".join(t),
    ]


def _nat_gb(t, head, rest, std):
    if head.startswith("07"):  # mobiles: no parentheses
        return [
            head + " " + split_at(rest, [3, 3]) if len(rest) == 6 else std,
            head + "-" + rest,
            head + rest,
        ]
    return [
        f"({head}) " + " ".join(t[1:]),
        head + " " + split_at(rest, [3, 3]) if len(rest) == 6 else std,
        head + "-" + "-".join(t[1:]),
    ]


def _nat_de(t, head, rest, std):
    return [
        head + "/" + rest,
        head + " / " + pairs_right(rest),
        head + " " + pairs_right(rest),
        f"({head}) {rest}",
        head + "-" + rest,
        f"({head}) " + pairs_right(rest),
    ]


def _nat_fr(t, head, rest, std):
    return [".".join(t), "-".join(t), "".join(t), " ".join(t)]


def _nat_es(t, head, rest, std):
    w = "".join(t)
    two = w[:2] in ("91", "93")
    return [split_at(w, [3, 3, 3]), split_at(w, [2, 3, 2, 2]) if two else std, w, split_at(w, [3, 3, 3], "-")]


def _nat_it(t, head, rest, std):
    return [head + "-" + rest, head + "/" + rest, head + " " + rest, "".join(t), head + "." + rest]


def _nat_nl(t, head, rest, std):
    return [
        head + "-" + rest,
        f"({head}) " + pairs_right(rest) if len(rest) == 7 else std,
        head + " - " + rest,
        head + " " + split_at(rest, [2, 2, 2, 2]) if len(rest) == 8 else std,
    ]


def _nat_br(t, head, rest, std):
    if len(t) < 3:
        return [std]
    return [
        f"({head}){t[1]}-{t[2]}",
        f"{head} {t[1]}-{t[2]}",
        f"{head} {t[1]} {t[2]}",
        f"({head}) {t[1][0]} {t[1][1:]}-{t[2]}" if len(t[1]) == 5 else std,
        "".join(t),
    ]


def _nat_in(t, head, rest, std):
    out = [head + "-" + rest, f"({head}) " + " ".join(t[1:]), "-".join(t), "".join(t)]
    if head.startswith("0") and len(head) >= 5:  # mobiles: most Indians drop the trunk 0
        bare = head.lstrip("0")
        out += [bare + " " + " ".join(t[1:]), bare + rest, bare + "-" + rest, bare + rest, bare + " " + rest]
    return out


NATIONAL_BY_REGION = {
    "US": _nat_us,
    "GB": _nat_gb,
    "DE": _nat_de,
    "FR": _nat_fr,
    "ES": _nat_es,
    "IT": _nat_it,
    "NL": _nat_nl,
    "BR": _nat_br,
    "IN": _nat_in,
}


def _national_styles(region: str, t: list[str], std: str) -> list[str]:
    head, rest = t[0], "".join(t[1:])
    generic = [std, std, std, " ".join(t), "".join(t)]
    fn = NATIONAL_BY_REGION.get(region)
    return generic + (fn(t, head, rest, std) if fn else [])


def _intl_styles(num, region: str, writer: str) -> list[str]:
    cc = str(num.country_code)
    t = _tokens(num, pn.PhoneNumberFormat.INTERNATIONAL)[1:]
    body = " ".join(t)
    out = [
        f"+{cc} {body}",
        f"+{cc} {body}",
        f"+{cc}-" + "-".join(t),
        f"+{cc}" + "".join(t),
        f"+{cc} " + "".join(t),
    ]
    if region in TRUNK_ZERO and region != "IN":
        out += [f"+{cc} (0){t[0]} " + " ".join(t[1:]), f"+{cc} (0) {body}"]
    if region == "US":
        out += [f"+1 ({t[0]}) {t[1]}-{t[2]}", f"+1.{t[0]}.{t[1]}.{t[2]}", f"+1 {t[0]} {t[1]} {t[2]}"]
    if region == "BR" and len(t) >= 3:
        out += [f"+55 ({t[0]}) {t[1]}-{t[2]}", f"+55 {t[0]} {t[1]} {t[2]}"]
    if region in ("DE", "AT") and len(t) >= 2:
        out.append(f"+{cc} {t[0]} " + pairs_right("".join(t[1:])))
    if writer in IDD00:
        out += [f"00{cc} {body}", f"00 {cc} {body}", f"00{cc}-" + "-".join(t)]
    if writer == "US":
        out.append(f"011 {cc} {body}")
    return out


def parse_written(text: str, region: str):
    """Parse text as written by someone in `region` (00 and US 011 exits become +)."""
    s = text.strip()
    if s.startswith("00"):
        s = "+" + s[2:]
    elif s.startswith("011 ") and region != "US":
        s = "+" + s[4:]
    return pn.parse(s, region)


def _first_ok(rng, num, styles: list[str], region: str, fallback: str) -> str:
    pool = list(styles)
    while pool:
        cand = pool.pop(rng.randrange(len(pool)))
        try:
            back = parse_written(cand, region)
        except pn.NumberParseException:
            continue
        if back.country_code == num.country_code and nsn_of(back) == nsn_of(num) and pn.is_valid_number(back):
            return cand
    return fallback


def national(rng, num, region: str) -> str:
    std = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    styles = _national_styles(region, _tokens(num, pn.PhoneNumberFormat.NATIONAL), std)
    return _first_ok(rng, num, styles, region, std)


def international(rng, num, region: str, writer: str) -> str:
    std = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    return _first_ok(rng, num, _intl_styles(num, region, writer), writer, std)


def _sub_styles(region: str, sub: str) -> list[str]:
    n = len(sub)
    if region == "US":
        return [split_at(sub, [3], "-")] * 5 + [split_at(sub, [3], "."), split_at(sub, [3]), sub]
    if region == "BR":
        out = [split_at(sub, [n - 4], "-")] * 4 + [sub, split_at(sub, [n - 4])]
        return out + ([f"{sub[0]} {sub[1:5]}-{sub[5:]}", f"{sub[0]}.{sub[1:5]}-{sub[5:]}"] if n == 9 else [])
    styles = [sub, sub]
    if region == "DE" or (region == "NL" and n % 2 == 0):
        styles += [pairs_right(sub)] * (2 if n % 2 == 0 else 1)
    if n == 8:
        styles += [split_at(sub, [4])] * 3 + [split_at(sub, [4], "-")]
    elif n == 7:
        styles += [split_at(sub, [3])] * 3 + [split_at(sub, [3], "-"), split_at(sub, [3, 2])]
    elif n == 6:
        styles += [split_at(sub, [3])] * 2 + ([split_at(sub, [2, 2])] if region in ("DE", "NL", "IN") else [])
    elif n == 5:
        styles += [split_at(sub, [2])]
    if region == "DE" and n >= 6:
        styles += [split_at(sub, [n - 4])]
    return styles


def subscriber(rng, num, region: str) -> str:
    sub = nsn_of(num)[area_len(num) :]
    return pick(rng, _sub_styles(region, sub))


def _service_styles(region: str, t: list[str], std: str) -> list[str]:
    whole = "".join(t)
    out = [std, std, " ".join(t), "-".join(t), whole]
    if region == "US":
        out += [
            "1-" + "-".join(t),
            f"({t[0]}) {t[1]}-{t[2]}",
            ".".join(t),
            "1 " + " ".join(t),
            "1-800-" + t[1] + "-" + t[2] if t[0] == "800" else std,
        ]
    if region in ("DE", "NL"):
        out += [t[0] + " / " + pairs_right("".join(t[1:])), t[0] + "-" + "".join(t[1:])]
    if region == "FR":
        out += [
            whole[:4] + " " + pairs_right(whole[4:]),
            pairs_right(whole),
            ".".join(pairs_right(whole).split()),
        ]
    if region in ("ES", "IT"):
        out += [split_at(whole, [3, 3]), split_at(whole, [3, 2, 2]), ".".join(t)]
    return out


def service(rng, num, region: str) -> str:
    std = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    styles = _service_styles(region, _tokens(num, pn.PhoneNumberFormat.NATIONAL), std)
    return _first_ok(rng, num, styles, region, std)
