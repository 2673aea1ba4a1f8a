"""How people write phone numbers in v16 (national, subscriber-only, service and international forms).
Every full form is parsed back with phonenumbers and must give the same e164; a form that does not is
replaced by another habit."""

import phonenumbers as pn

from .phones import CC

TRUNK = {
    "DE": "0",
    "GB": "0",
    "FR": "0",
    "NL": "0",
    "IN": "0",
    "BR": "",
    "US": "",
    "ES": "",
    "IT": "",
    "CH": "0",
    "AT": "0",
    "BE": "0",
    "IE": "0",
    "AU": "0",
}
# head length (area code or mobile prefix) for numbers without a geographic area code
HEAD = {
    "DE": 3,
    "GB": 4,
    "FR": 1,
    "NL": 1,
    "IN": 5,
    "BR": 2,
    "US": 3,
    "ES": 3,
    "IT": 3,
    "CH": 2,
    "AT": 3,
    "BE": 3,
    "IE": 2,
    "AU": 3,
}


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def pairs(s, from_right=False):
    if from_right and len(s) % 2:
        return [s[0]] + chunks(s[1:], [2] * 10)
    return chunks(s, [2] * 10)


def split_rest(rng, rest, allow_pairs=True):
    """A grouping of the part after the area code that a person might use."""
    n = len(rest)
    options = [[rest]]
    if n >= 6:
        options.append([rest[:-4], rest[-4:]])
    if 6 <= n <= 9:
        options.append([rest[:3], rest[3:]])
    if 8 <= n <= 10:
        options.append([rest[:3], rest[3:6], rest[6:]])
    if allow_pairs and n >= 4:
        options.append(pairs(rest, True))
    return rng.choice(options)


def classify(text):
    for ch, word in (("(", "brackets"), ("/", "slash"), (".", "dots"), ("-", "dashes"), (" ", "spaces")):
        if ch in text:
            return word
    return "none"


def head_of(num):
    return num.area_len if num.area_len > 0 else HEAD[num.region]


def _national_candidates(rng, num):
    r, nsn = num.region, num.nsn
    h = head_of(num)
    service = num.kind in ("toll-free", "shared-cost", "premium", "uan")
    if service:
        h = len(num.prefix)
    head, rest = nsn[:h], nsn[h:]
    t = TRUNK[r] if r != "BR" else ""
    if num.kind in ("toll-free", "shared-cost", "premium", "uan") and r in ("FR", "GB", "DE", "NL", "BR"):
        t = "0"
    if r == "IN" and num.kind == "mobile":
        t = rng.choice(["", "0"])
    if r == "IN" and num.kind in ("toll-free", "shared-cost"):
        t = ""
    th = t + head
    grp = split_rest(rng, rest, allow_pairs=r in ("DE", "NL", "CH", "AT", "BE"))
    c = []
    if r == "US":
        a, b, d = nsn[:3], nsn[3:6], nsn[6:]
        c += [
            f"({a}) {b}-{d}",
            f"{a}-{b}-{d}",
            f"{a}.{b}.{d}",
            f"1-{a}-{b}-{d}",
            f"{a} {b} {d}",
            nsn,
            f"{a}/{b}-{d}",
            f"1 ({a}) {b}-{d}",
        ]
    elif r == "FR":
        p = pairs("0" + nsn)
        c += [" ".join(p), ".".join(p), "-".join(p), "0" + nsn, " ".join(p), ".".join(p)]
    elif r == "BR":
        if num.kind in ("fixed", "mobile"):
            a, s = nsn[:2], nsn[2:]
            x, y = s[:-4], s[-4:]
            c += [
                f"({a}) {x}-{y}",
                f"{a} {x}-{y}",
                f"({a}) {x} {y}",
                f"{a} {x} {y}",
                f"({a}){x}-{y}",
                f"0{a} {x}-{y}",
                f"{a}-{x}-{y}",
            ]
        elif nsn.startswith("40"):
            c += [f"{nsn[:4]}-{nsn[4:]}", f"{nsn[:4]} {nsn[4:]}", nsn]
        else:
            c += [
                f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                "0" + nsn,
                f"0{nsn[:3]} {nsn[3:]}",
            ]
    elif r == "ES":
        c += [
            " ".join(chunks(nsn, [3, 3, 3])),
            " ".join(chunks(nsn, [2, 3, 2, 2])),
            "-".join(chunks(nsn, [3, 3, 3])),
            nsn,
            ".".join(chunks(nsn, [3, 3, 3])),
            " ".join(chunks(nsn, [3, 2, 2, 2])),
        ]
    elif r == "IN" and num.kind == "mobile":
        c += [
            f"{t}{nsn[:5]} {nsn[5:]}",
            f"{nsn[:5]}-{nsn[5:]}",
            f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            t + nsn,
            f"{t}{nsn[:5]} {nsn[5:]}",
        ]
    else:
        c += [
            f"{th} {' '.join(grp)}",
            f"{th}-{''.join(grp)}",
            f"{th}/{''.join(grp)}",
            f"{th} / {' '.join(grp)}",
            t + nsn,
            f"{th}-{'-'.join(grp)}" if len(grp) < 3 else f"{th}-{''.join(grp)}",
            f"{th} {''.join(grp)}",
        ]
        if r in ("NL", "IT", "GB", "DE"):
            c.append(f"{th}.{'.'.join(grp)}" if len(grp) < 3 else f"{th} {' '.join(grp)}")
        if num.kind == "fixed" or (r == "DE" and num.kind == "mobile"):
            c.append(f"({th}) {' '.join(grp)}")
        if r == "GB":
            c.append(f"{th} {rest[:3]} {rest[3:]}" if len(rest) > 6 else f"{th} {rest}")
    return c


def _parses_to(text, region, e164):
    try:
        obj = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(obj) and pn.format_number(obj, pn.PhoneNumberFormat.E164) == e164


def national(rng, num):
    """A full national form of num (any habit), checked by parsing it back in its region."""
    cands = _national_candidates(rng, num)
    rng.shuffle(cands)
    for text in cands:
        if _parses_to(text, num.region, num.e164):
            return text
    return pn.format_number(num.obj, pn.PhoneNumberFormat.NATIONAL)


def subscriber(rng, num):
    """The subscriber part only, grouped as people write it locally."""
    s = num.subscriber
    n = len(s)
    opts = [s]
    if n == 6:
        opts += [" ".join(pairs(s)), f"{s[:3]} {s[3:]}", f"{s[:3]}-{s[3:]}"]
    elif n == 7:
        opts += [f"{s[:3]} {s[3:]}", f"{s[:3]}-{s[3:]}", f"{s[:3]} {s[3:5]} {s[5:]}"]
    else:
        opts += [f"{s[:-4]} {s[-4:]}", f"{s[:-4]}-{s[-4:]}", " ".join(pairs(s, True))]
        if n == 8:
            opts.append(f"{s[:3]} {s[3:6]} {s[6:]}")
    if num.region in ("DE", "NL") and n == 7:
        opts.append(f"{s[:2]} {s[2:4]} {s[4:]}")
    if num.region in ("DE", "GB", "NL"):
        opts.append(f"{s[:-4]}.{s[-4:]}" if n >= 7 else " ".join(pairs(s)))
    if num.region == "US":
        opts = [f"{s[:3]}-{s[3:]}", f"{s[:3]} {s[3:]}", f"{s[:3]}.{s[3:]}", s]
    if num.region == "BR":
        opts = [f"{s[:4]}-{s[4:]}", f"{s[:4]} {s[4:]}", s, f"{s[:4]}.{s[4:]}"]
    return rng.choice(opts)


def normalise_international(text):
    """What checks.py does before parsing an international value: drop '(0)', turn 00/011 into '+'."""
    t = text.replace("(0)", "")
    t = t.replace("(+", "+").replace(")", " ", 1) if t.startswith("(+") else t
    digits_lead = t.lstrip()
    if digits_lead.startswith("011"):
        return "+" + digits_lead[3:]
    if digits_lead.startswith("00"):
        return "+" + digits_lead[2:]
    return digits_lead


def international(rng, num, us_writer=False):
    """An international form: +CC, 00CC, (+CC) or, for a US writer, 011."""
    r, nsn, cc = num.region, num.nsn, CC[num.region]
    h = head_of(num)
    head, rest = nsn[:h], nsn[h:]
    grp = split_rest(rng, rest, allow_pairs=r in ("DE", "NL", "CH", "BE", "ES"))
    body = [f"{head} {' '.join(grp)}", f"{head}-{''.join(grp)}", f"{head} {''.join(grp)}", nsn]
    if len(grp) == 2:
        body.append(f"{head}-{'-'.join(grp)}")
    if r == "US":
        body = [
            f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}",
            f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
        ]
    if r == "FR":
        p = [nsn[0]] + pairs(nsn[1:])
        body = [" ".join(p), ".".join(p), nsn[0] + " " + "".join(p[1:])]
    prefix = ["+" + cc, "+" + cc, "00" + cc, "(+" + cc + ")"]
    if us_writer and r != "US":
        prefix = ["011 " + cc, "+" + cc, "011-" + cc]
    if us_writer and r == "US":
        prefix = ["+1"]
    cands = []
    for p in prefix:
        for b in body:
            sep = "-" if p.endswith("-" + cc) else " "
            cands.append(p + sep + b)
            if r in ("DE", "GB", "NL", "CH", "AT", "IE", "AU", "BE", "FR") and not p.startswith("011"):
                cands.append(p + " (0)" + b)
    rng.shuffle(cands)
    for text in cands:
        try:
            obj = pn.parse(normalise_international(text), None)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(obj) and pn.format_number(obj, pn.PhoneNumberFormat.E164) == num.e164:
            return text
    return pn.format_number(num.obj, pn.PhoneNumberFormat.INTERNATIONAL)
