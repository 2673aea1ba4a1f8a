"""How people in each country write a number: nationally, internationally, subscriber-only, service lines."""

from __future__ import annotations

import phonenumbers as pn

from .phones import CC, Number, group, split_pairs

HEAD = {
    "US": 3,
    "GB": 4,
    "DE": 3,
    "FR": 1,
    "NL": 1,
    "IN": 5,
    "IT": 3,
    "BR": 2,
    "ES": 3,
    "CH": 2,
    "AT": 3,
    "BE": 3,
    "AU": 3,
    "IE": 2,
}
TRUNK_REGIONS = {"GB", "DE", "FR", "NL", "IN", "CH", "AT", "BE", "AU", "IE"}
MARKER_REGIONS = {"GB", "DE", "CH", "AT", "NL", "BE", "FR"}


def head_len(num: Number) -> int:
    if num.kind == "service" and num.region == "FR":
        return 1
    if num.kind == "service":
        return 4 if num.region in ("IN", "BR") and num.prefix in ("1800", "3004", "4004", "4003") else 3
    if num.area_len:
        return num.area_len
    if num.region == "ES" and num.kind == "fixed":
        return 2 if num.nsn[:2] in ("91", "93") else 3
    if num.region == "IT" and num.nsn.startswith("0"):
        return 2 if num.nsn[:2] in ("06", "02") else (3 if num.nsn[:3] in ("011", "055", "051", "081") else 4)
    return HEAD[num.region]


def _by_length(region: str, n: int) -> list[list[int]]:
    pairs = [[2] * (n // 2)] if n % 2 == 0 else [[3] + [2] * ((n - 3) // 2)]
    if region == "US":
        return [[3, 4]] if n == 7 else [[n]]
    if region == "BR":
        return [[n - 4, 4]]
    if region in ("ES", "BE", "CH"):
        return [[3, 3], [2, 2, 2]] if n == 6 else ([[3, 2, 2]] if n == 7 else pairs)
    if region == "DE":
        return [[n], [n]] + pairs
    if region == "NL":
        return {7: [[3, 4], [7]], 8: [[8], [4, 4], [2, 2, 2, 2]], 6: [[6], [2, 2, 2]]}.get(n, [[n]])
    halves = {8: [[4, 4]], 7: [[3, 4]], 6: [[3, 3], [6]], 5: [[5]]}.get(n, [[n]])
    if region in ("IT", "IN", "AT", "IE"):
        return halves + [[n]]
    return halves


def rest_groups(rng, region: str, rest: str) -> list[str]:
    if region == "FR":
        return split_pairs(rest)
    return group(rest, rng.choice(_by_length(region, len(rest))))


def _parts(rng, num: Number) -> tuple[str, list[str]]:
    h = head_len(num)
    return num.nsn[:h], rest_groups(rng, num.region, num.nsn[h:])


def _ok(text: str, num: Number, region: str | None) -> bool:
    cleaned = text.replace("(0)", "")
    try:
        parsed = pn.parse(cleaned, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(parsed) and pn.format_number(parsed, pn.PhoneNumberFormat.E164) == num.e164


def national(rng, num: Number) -> str:
    for _ in range(30):
        text = _national_once(rng, num)
        if _ok(text, num, num.region):
            return text
    return pn.format_number(pn.parse(num.e164, None), pn.PhoneNumberFormat.NATIONAL)


def _national_once(rng, num: Number) -> str:
    head, rest = _parts(rng, num)
    r = num.region
    trunk = "0" if r in TRUNK_REGIONS and not (num.kind == "service" and r == "IN") else ""
    if r == "BR" and num.kind == "service":
        return (
            rng.choice([f"0{head} {' '.join(rest)}", f"0{head}-{''.join(rest)}", f"0{head} {''.join(rest)}"])
            if (head == "800")
            else f"{head}-{''.join(rest)}"
        )
    if r == "US":
        a, b = rest[0], rest[1] if len(rest) > 1 else ""
        return rng.choice(
            [
                f"({head}) {a}-{b}",
                f"{head}-{a}-{b}",
                f"{head}.{a}.{b}",
                f"{head} {a} {b}",
                f"1-{head}-{a}-{b}",
                f"1 ({head}) {a}-{b}",
            ]
        )
    if r == "BR":
        return rng.choice(
            [f"({head}) {'-'.join(rest)}", f"{head} {'-'.join(rest)}", f"({head}){'-'.join(rest)}"]
        )
    joined = rng.choice(
        {"DE": [" ", ""], "NL": [" ", ""], "IN": [" ", "", "-"], "IT": [" ", ""]}.get(r, [" "])
    )
    body = joined.join(rest)
    seps = {
        "DE": [" ", "/", "-", " / "],
        "NL": ["-", " ", " - "],
        "IN": ["-", " "],
        "IT": [" ", "/", "-"],
        "FR": [" ", "."],
        "GB": [" "],
        "ES": [" "],
    }.get(r, [" "])
    sep = rng.choice(seps)
    if r == "FR":
        dot = sep == "."
        return ("." if dot else rng.choice([" ", " ", ""])).join([trunk + head] + rest)
    if r in ("DE", "NL", "GB", "IN") and num.kind == "fixed" and rng.random() < 0.15:
        return f"({trunk}{head}) {body}"
    return f"{trunk}{head}{sep}{body}"


def subscriber(rng, num: Number) -> str:
    rest = num.nsn[num.area_len :]
    r = num.region
    if r == "US":
        return rng.choice([f"{rest[:3]}-{rest[3:]}", f"{rest[:3]} {rest[3:]}", f"{rest[:3]}.{rest[3:]}"])
    if r == "BR":
        return rng.choice([f"{rest[:-4]}-{rest[-4:]}", f"{rest[:-4]} {rest[-4:]}"])
    groups = rest_groups(rng, r, rest)
    return rng.choice([" ", " ", ""]).join(groups) if r in ("DE", "IN") else " ".join(groups)


def international(rng, num: Number, writer: str) -> str:
    for _ in range(30):
        text = _international_once(rng, num, writer)
        if _ok(text, num, "US" if text.startswith("011") else "DE"):
            return text
    return pn.format_number(pn.parse(num.e164, None), pn.PhoneNumberFormat.INTERNATIONAL)


def _international_once(rng, num: Number, writer: str) -> str:
    head, rest = _parts(rng, num)
    cc = CC[num.region]
    if writer == "US" and num.region != "US":
        lead = "011 " + str(cc)
    else:
        lead = rng.choice([f"+{cc}", f"+{cc}", f"00{cc}"]) if writer != "US" else f"+{cc}"
    if num.region == "US":
        return rng.choice(
            [
                f"+1 {head} {rest[0]} {rest[1]}",
                f"+1 ({head}) {rest[0]}-{rest[1]}",
                f"+1-{head}-{rest[0]}-{rest[1]}",
            ]
        )
    if num.region == "BR":
        return f"{lead} {head} {'-'.join(rest)}"
    marker = " "
    if (
        num.region in MARKER_REGIONS
        and num.kind != "service"
        and lead.startswith("+")
        and rng.random() < 0.25
    ):
        marker = " (0)"
    if marker == " (0)":
        return f"{lead}{marker}{head} {' '.join(rest)}"
    sep = rng.choice([" ", " ", "-"]) if lead.startswith("+") and num.region not in ("FR", "CH") else " "
    return lead + sep + sep.join([head] + rest)


def service(rng, num: Number) -> str:
    return national(rng, num)
