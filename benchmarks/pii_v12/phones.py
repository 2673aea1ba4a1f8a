"""Number plans and the way writers in each region put a phone number down.

A plan entry is (kind, heads, rest lengths): a national number is head + rest, where the head is an area
code (kind "geo") or a mobile/service prefix. Every drawn number is checked with phonenumbers; geographic
numbers must also have exactly the drawn head as their geographical area code, so that cutting it off
leaves the subscriber number a local writer would give.
"""

from dataclasses import dataclass

import phonenumbers

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "NL": 31,
    "BR": 55,
    "IN": 91,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "CH": 41,
    "AT": 43,
    "BE": 32,
    "AU": 61,
    "IE": 353,
}

PLANS = {
    "US": [
        (
            "geo",
            "201 206 303 312 385 402 414 470 501 505 541 608 614 651 704 720 757 785 802 865 907 919 971",
            (7,),
        )
    ],
    "GB": [
        ("geo", "20", (8,)),
        ("geo", "113 114 115 116 117 118 121 131 141 151 161 191", (7,)),
        ("geo", "1223 1225 1244 1392 1483 1603 1743 1865 1904 1952", (6,)),
        ("mobile", "7400 7500 7700 7710 7800 7810 7900 7940 7970", (6,)),
    ],
    "DE": [
        ("geo", "30 40 69 89", (7, 8)),
        ("geo", "201 211 221 228 341 351 421 511 711 911", (6, 7)),
        ("geo", "2151 3641 4331 5251 6221 7071 7531 8031 9131 9721", (5, 6)),
        ("mobile", "151 152 157 160 162 170 171 172 175 176 177 179", (7, 8)),
    ],
    "NL": [
        ("geo", "10 13 15 20 23 24 26 30 33 35 38 40 43 45 50 53 55 58 70 72 73 76 79", (7,)),
        ("geo", "172 252 318 320 342 413 478 499 546 575 591", (6,)),
        ("mobile", "61 62 63 64 65", (7,)),
    ],
    "BR": [
        ("geo", "11 21 31 41 48 51 61 62 71 81 85 92", (8,), "2345"),
        ("mobile", "119 219 319 419 519 619 719 819 859 279 489", (8,)),
    ],
    "IN": [
        ("geo", "11 20 22 33 40 44 79 80", (8,)),
        ("geo", "141 172 484 512 821 231 755", (7,)),
        ("geo", "1342 2838 4175 5862", (6,)),
        ("mobile", "62 70 73 78 81 88 90 91 93 94 97 98 99", (8,)),
    ],
    "FR": [("geo", "1 2 3 4 5", (8,)), ("mobile", "6 7", (8,))],
    "ES": [("geo", "91 93 94 95 96 98 976 983 987", (7, 6)), ("mobile", "6 7", (8,))],
    "IT": [
        ("geo", "02 06", (8, 7)),
        ("geo", "011 010 051 055 081 091 041 070", (7, 6)),
        ("mobile", "320 328 333 338 340 347 348 349 366 388 392", (7,)),
    ],
    "CH": [("geo", "21 22 31 41 43 44 61 71 91", (7,)), ("mobile", "76 77 78 79", (7,))],
    "AT": [
        ("geo", "1", (7, 6)),
        ("geo", "316 512 662 732 463", (6, 5)),
        ("mobile", "650 660 664 676 699", (7,)),
    ],
    "BE": [
        ("geo", "2 3 4 9", (7,)),
        ("geo", "10 11 16 50 56 71 81", (6,)),
        ("mobile", "470 475 478 486 495", (6,)),
    ],
    "AU": [("geo", "2 3 7 8", (8,)), ("mobile", "4", (8,))],
    "IE": [("geo", "1", (7,)), ("geo", "21 51 61 71 91", (7, 6)), ("mobile", "83 85 86 87 89", (7,))],
}

# toll-free, shared-cost, UAN and premium numbers, written in national form
SERVICE = {
    "US": ("800 888 877 866", (7,)),
    "GB": ("800 808 345 330", (7,)),
    "DE": ("800 1805", (7, 6)),
    "NL": ("800 900", (4, 7)),
    "BR": ("800", (7,)),
    "IN": ("1800", (7, 6)),
    "FR": ("800 805 809 810", (6,)),
    "ES": ("900 901 902", (6,)),
    "IT": ("800 803 199", (6, 3)),
}


@dataclass
class Phone:
    region: str
    kind: str
    head: str
    rest: str
    number: object

    @property
    def e164(self):
        return phonenumbers.format_number(self.number, phonenumbers.PhoneNumberFormat.E164)

    @property
    def area_len(self):
        return phonenumbers.length_of_geographical_area_code(self.number)


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _check(region, kind, head, rest):
    nsn = head + rest
    try:
        num = phonenumbers.parse("+%d%s" % (CC[region], nsn), None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
        return None
    if kind == "geo" and phonenumbers.length_of_geographical_area_code(num) != len(head):
        return None
    return num


def draw(rng, region, kind=None):
    """A valid number of the region; kind "geo", "mobile" or "service", or any of the first two."""
    for _ in range(500):
        if kind == "service":
            heads, lens = SERVICE[region]
            k, first = "service", ["0123456789"]
        else:
            opts = [p for p in PLANS[region] if kind is None or p[0] == kind]
            k, heads, lens, *first = rng.choice(opts)
        head = rng.choice(heads.split())
        rest = _digits(rng, rng.choice(lens), first[0] if first else "23456789")
        if region == "US":
            rest = _digits(rng, 3, "23456789") + _digits(rng, 4)
        num = _check(region, k, head, rest)
        if num is not None:
            return Phone(region, k, head, rest, num)
    raise RuntimeError("no valid number for %s %s" % (region, kind))


def _cut(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [p for p in out if p]


def _pairs(s):
    return " ".join(_cut(s, [2] * 8))


def rest_groups(rng, ph):
    """The subscriber part as a writer of that region groups it (no head)."""
    r, reg = ph.rest, ph.region
    if reg == "US":
        return r[:3] + "-" + r[3:]
    if reg == "BR":
        local = ph.head[2:] + r
        return (
            rng.choice([local[:-4] + "-" + local[-4:], local[:-4] + "-" + local[-4:], local])
            if len(local) == 8
            else rng.choice(
                [
                    local[:5] + "-" + local[5:],
                    local[0] + " " + local[1:5] + "-" + local[5:],
                    local[:5] + "-" + local[5:],
                ]
            )
        )
    if reg in ("FR",):
        return _pairs(r)
    table = {
        8: [[4, 4], [4, 4], [8]],
        7: [[3, 4], [7], [3, 2, 2]],
        6: [[6], [3, 3], [2, 2, 2]],
        5: [[5], [3, 2]],
    }
    if reg == "DE":
        table = {8: [[8], [8], [4, 4]], 7: [[7], [7], [3, 2, 2]], 6: [[6], [2, 2, 2]], 5: [[5], [3, 2]]}
    if reg in ("GB", "IE", "AU", "IN", "IT"):
        table = {8: [[4, 4], [8]], 7: [[3, 4], [7]], 6: [[6], [3, 3]], 5: [[5]]}
    if reg in ("ES", "CH"):
        table = {7: [[3, 2, 2]], 6: [[3, 3]]}
    return " ".join(_cut(r, rng.choice(table[len(r)])))


def subscriber(rng, ph):
    """The number with its geographical area code cut off (None when that would start with 0 or 1)."""
    if ph.kind == "service" or ph.kind == "mobile" and ph.region != "BR":
        return None
    if ph.area_len <= 0 or ph.head + ph.rest != phonenumbers.national_significant_number(ph.number):
        return None
    if ph.region == "BR":
        local = ph.head[2:] + ph.rest
        if local[0] in "01":
            return None
        return rest_groups(rng, ph)
    if ph.rest[0] in "01":
        return None
    return rest_groups(rng, ph)


def _natl_head(ph):
    if ph.region in ("IT", "ES", "US"):
        return ph.head
    if ph.region == "BR":
        return ph.head[:2]
    return "0" + ph.head


def national(rng, ph):
    """Full national form, as people of that region write it."""
    reg, h = ph.region, _natl_head(ph)
    if ph.kind == "service":
        return service(rng, ph)
    if reg == "US":
        a, b = ph.head, ph.rest
        return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s", "(%s) %s-%s"]) % (
            a,
            b[:3],
            b[3:],
        )
    if reg == "BR":
        local = rest_groups(rng, ph)
        return rng.choice(["(%s) %s", "%s %s", "(%s) %s"]) % (h, local)
    if reg == "FR":
        nsn = "0" + ph.head + ph.rest
        sep = rng.choice([" ", " ", ".", "", "-"])
        if ph.kind == "service" and rng.random() < 0.5:
            return "0 %s %s" % (ph.head, _pairs(ph.rest))
        return sep.join(_cut(nsn, [2] * 5))
    if reg == "ES":
        nsn = ph.head + ph.rest
        sizes = [2, 3, 2, 2] if len(ph.head) == 2 else [3, 2, 2, 2]
        return rng.choice([" ".join(_cut(nsn, [3, 3, 3])), " ".join(_cut(nsn, sizes)), nsn])
    if reg == "IN" and ph.kind == "mobile":
        nsn = ph.head + ph.rest
        return rng.choice(["%s %s", "0%s %s", "%s%s", "%s-%s", "%s %s"]) % (nsn[:5], nsn[5:])
    if reg == "NL" and ph.kind == "mobile":
        nsn = ph.head + ph.rest
        return (
            rng.choice(["06 %s", "06-%s", "06 - %s"]) % nsn[1:]
            if rng.random() < 0.8
            else "06 %s %s" % (nsn[1:5], nsn[5:])
        )
    rest = rest_groups(rng, ph)
    pat = rng.choice(["%s %s", "%s %s", "(%s) %s"])
    if reg == "DE":
        pat = rng.choice(["%s %s", "%s/%s", "%s / %s", "(%s) %s", "%s-%s", "%s %s"])
    elif reg in ("NL", "IN", "IT"):
        pat = rng.choice(["%s %s", "%s-%s", "%s %s"] + (["%s/%s"] if reg == "IT" else []))
    if pat in ("%s-%s", "%s/%s"):
        rest = rest.replace(" ", "")
    return pat % (h, rest)


def service(rng, ph):
    """Toll-free, shared-cost, UAN and premium numbers in national form."""
    reg, h, r = ph.region, ph.head, ph.rest
    if reg == "US":
        return rng.choice(["1-%s-%s-%s", "(%s) %s-%s", "%s-%s-%s"]) % (h, r[:3], r[3:])
    if reg == "FR":
        return rng.choice(["0 %s %s" % (h, _pairs(r)), " ".join(_cut("0" + h + r, [2] * 5))])
    trunk = "" if reg in ("ES", "IT", "IN") else "0"
    sep = rng.choice([" ", "-"] if reg in ("NL", "BR", "IN") else [" "])
    groups = {7: [[3, 4], [3, 2, 2], [7]], 6: [[3, 3], [2, 2, 2], [6]], 4: [[4]], 3: [[3]]}[len(r)]
    if reg in ("NL", "DE") and len(r) == 7 and rng.random() < 0.5:
        groups = [[7]]
    return trunk + h + sep + sep.join(_cut(r, rng.choice(groups)))


def international(rng, ph, us_writer=False):
    """+CC, 00CC, or a US writer's 011; a (0) trunk marker where Europeans write one."""
    reg, cc = ph.region, CC[ph.region]
    if reg == "US":
        body = "%s-%s-%s" % (ph.head, ph.rest[:3], ph.rest[3:])
        return rng.choice(["+1 ", "+1-", "+1 "]) + (
            body if rng.random() < 0.7 else "(%s) %s-%s" % (ph.head, ph.rest[:3], ph.rest[3:])
        )
    if reg == "BR":
        body = "%s %s" % (ph.head[:2], rest_groups(rng, ph))
    elif reg == "FR":
        body = "%s %s" % (ph.head, _pairs(ph.rest))
    elif reg == "NL" and ph.kind == "mobile":
        nsn = ph.head + ph.rest
        body = "6 %s" % (nsn[1:] if rng.random() < 0.5 else nsn[1:5] + " " + nsn[5:])
    elif reg == "ES" or reg == "AU" and ph.kind == "mobile":
        nsn = ph.head + ph.rest
        body = " ".join(_cut(nsn, [3, 3, 3]))
    elif reg == "IN" and ph.kind == "mobile":
        nsn = ph.head + ph.rest
        body = rng.choice(["%s %s", "%s-%s"]) % (nsn[:5], nsn[5:])
    else:
        body = "%s %s" % (ph.head, rest_groups(rng, ph))
    if us_writer:
        return "011 %d %s" % (cc, body)
    trunk_ok = reg in ("DE", "GB", "NL", "CH", "AT", "BE", "AU", "IE", "FR") and ph.kind == "geo"
    r = rng.random()
    if trunk_ok and r < 0.25:
        return "+%d (0)%s" % (cc, body)
    if r < 0.45:
        return "00%d %s" % (cc, body)
    return "+%d %s" % (cc, body)
