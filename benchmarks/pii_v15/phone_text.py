"""How people write phone numbers: v15's habits for full, subscriber-only and international numbers."""

from __future__ import annotations

import re

import phonenumbers as pn

from .phones import nsn

TRUNK_MARK = {"DE", "AT", "CH", "GB", "FR", "NL", "BE", "AU", "IE"}


def groups(num) -> list[str]:
    g = re.findall(r"\d+", pn.format_number(num, pn.PhoneNumberFormat.NATIONAL))
    if g[0] == "0" and len(g) > 1:
        g = [g[0] + g[1]] + g[2:]
    return g


def _pairs(s: str) -> str:
    if len(s) % 2:
        return s[:3] + ("" if len(s) == 3 else " " + _pairs(s[3:]))
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def _threes(s: str, sep: str) -> str:
    return sep.join(s[i : i + 3] for i in range(0, len(s), 3))


def _native(num) -> str:
    return pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)


def full_styles(region: str, num) -> dict[str, str]:
    """All the ways this writer lets people write a full national number of this region."""
    g = groups(num)
    if region == "DE" and pn.length_of_geographical_area_code(num) == 0 and nsn(num)[0] == "1":
        whole = "0" + nsn(num)
        g = [whole[:4], whole[4:]]
    head, rest = g[0], "".join(g[1:])
    out = {"spaced": " ".join(g), "compact": "".join(g)}
    if region == "US":
        out.update(native=_native(num), dashed="-".join(g), dotted=".".join(g), us1="1-" + "-".join(g))
    elif region == "GB":
        out.update(paren="(%s) %s" % (head, " ".join(g[1:])), dashed="-".join(g), dash1=head + "-" + rest)
    elif region == "DE":
        out.update(
            slash=head + "/" + rest,
            slash_pairs=head + " / " + _pairs(rest),
            dash1=head + "-" + rest,
            paren_c="(%s) %s" % (head, rest),
            pairs=head + " " + _pairs(rest),
        )
    elif region == "FR":
        full = "".join(g)
        out["spaced"] = (
            " ".join(full[i : i + 2] for i in range(0, 10, 2)) if len(full) == 10 else out["spaced"]
        )
        if len(full) == 10:
            out.update(dotted=out["spaced"].replace(" ", "."), dashed=out["spaced"].replace(" ", "-"))
    elif region == "ES":
        full = "".join(g)
        out.update(
            native=_native(num),
            threes=_threes(full, " "),
            dotted3=_threes(full, "."),
            dashed3=_threes(full, "-"),
        )
    elif region == "IT":
        out.update(
            slash=head + "/" + rest,
            dash1=head + "-" + rest,
            paren_c="(%s) %s" % (head, rest),
            dotted=".".join(g),
        )
    elif region == "NL":
        out.update(dash1=head + "-" + rest, paren_c="(%s) %s" % (head, rest), pairs=head + " " + _pairs(rest))
    elif region == "BR":
        fmt = _native(num)
        out.update(native=fmt, bare=fmt.replace("(", "").replace(")", ""), paren_c="(%s) %s" % (head, rest))
    elif region == "IN":
        out.update(dash1=head + "-" + rest, paren="(%s) %s" % (head, " ".join(g[1:])))
        if head.startswith("0") and len(head) == 6:
            out.update(no0=head[1:] + " " + rest, no0_dash=head[1:] + "-" + rest, no0_c=head[1:] + rest)
    else:
        out.update(dash1=head + "-" + rest)
    if pn.length_of_geographical_area_code(num) == 0 and region != "DE":
        out = {k: v for k, v in out.items() if not k.startswith("paren")}
    return out


def _pick(rng, styles: dict[str, str], avoid=()) -> str:
    """Run-together digits about one time in six; otherwise any other habit of the region."""
    keys = [k for k in styles if k not in avoid and k != "compact"]
    if not keys or rng.random() < 0.17:
        return styles["compact"]
    return styles[rng.choice(keys)]


def write_full(rng, region: str, num, avoid=()) -> str:
    return _pick(rng, full_styles(region, num), avoid)


def sub_styles(region: str, num, sub: str) -> dict[str, str]:
    out = {"compact": sub}
    if region in ("DE", "NL"):
        out["pairs"] = _pairs(sub)
    native = re.sub(r"^\(?\d+\)?\s*", "", _native(num))
    if re.sub(r"\D", "", native) == sub and native != sub:
        out["native"] = native
    if len(sub) == 6:
        out["three3"] = sub[:3] + " " + sub[3:]
    if len(sub) >= 7:
        out["dash4"] = sub[:-4] + "-" + sub[-4:]
        out["space4"] = sub[:-4] + " " + sub[-4:]
    if region in ("US", "BR") and len(sub) >= 7:
        out["dot4"] = sub[:-4] + "." + sub[-4:]
    if region == "DE" and len(sub) in (6, 8):
        out["pairs_dash"] = _pairs(sub).replace(" ", "-")
    if region == "NL" and len(sub) == 7:
        out["nl322"] = sub[:3] + " " + sub[3:5] + " " + sub[5:]
    return out


def write_sub(rng, region: str, num, sub: str) -> str:
    return _pick(rng, sub_styles(region, num, sub))


def intl_styles(region: str, num, us_writer: bool = False) -> dict[str, str]:
    fmt = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    cc = str(num.country_code)
    body = fmt[len(cc) + 2 :]
    parts = re.findall(r"\d+", body)
    out = {
        "plus": fmt,
        "double0": "00" + fmt[1:],
        "dashed": "+" + cc + "-" + "-".join(parts),
        "tight": "+" + cc + " " + "".join(parts),
    }
    if region in TRUNK_MARK:
        out["trunk"] = "+%s (0)%s" % (cc, body)
    if us_writer:
        out = {"plus": fmt, "us011": "011 " + cc + " " + body, "dashed": out["dashed"]}
    return out


def write_intl(rng, region: str, num, us_writer: bool = False) -> str:
    styles = intl_styles(region, num, us_writer)
    return styles[rng.choice(sorted(styles))]


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def check_sub(num, text: str) -> bool:
    n = nsn(num)
    cut = pn.length_of_geographical_area_code(num)
    return cut > 0 and digits(text) == n[cut:] and text[0] not in "01"
