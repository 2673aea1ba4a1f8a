"""Fresh number-writing habits for v113. Each habit is f(n, c) -> text, n = national significant number,
c = length of the area code (fixed lines) or of the operator prefix. Every written form is parsed back."""

from .numbers import pairs


def _sp(s, *cuts):
    out, last = [], 0
    for k in cuts:
        out.append(s[last:k])
        last = k
    out.append(s[last:])
    return out


def _split_sub(s, sep):
    k = 3 if len(s) == 7 else len(s) // 2
    return s[:k] + sep + s[k:]


# (region, type) -> habits for national writing; type is fixed, mobile or free
NATIONAL = {
    ("US", "fixed"): [
        lambda n, c: "-".join(_sp(n, 3, 6)),
        lambda n, c: ".".join(_sp(n, 3, 6)),
        lambda n, c: f"({n[:3]}){n[3:6]}-{n[6:]}",
        lambda n, c: "1-" + "-".join(_sp(n, 3, 6)),
        lambda n, c: "1." + ".".join(_sp(n, 3, 6)),
    ],
    ("US", "free"): [
        lambda n, c: "1." + ".".join(_sp(n, 3, 6)),
        lambda n, c: ".".join(_sp(n, 3, 6)),
        lambda n, c: f"({n[:3]}){n[3:6]}-{n[6:]}",
    ],
    ("GB", "fixed"): [
        lambda n, c: f"0{n[:c]} {_split_sub(n[c:], ' ')}" if c == 3 else f"0{n[:3]} {n[3:6]} {n[6:]}",
        lambda n, c: f"(0{n[:c]}) {n[c:]}",
        lambda n, c: f"0{n[:c]}-{_split_sub(n[c:], '-')}",
    ],
    ("GB", "mobile"): [
        lambda n, c: f"0{n[:4]} {n[4:]}",
        lambda n, c: f"0{n[:4]}-{n[4:]}",
        lambda n, c: f"0{n[:3]} {n[3:6]} {n[6:]}",
    ],
    ("GB", "free"): [lambda n, c: f"0{n[:3]} {n[3:6]} {n[6:]}"],
    ("DE", "fixed"): [
        lambda n, c: f"(0{n[:c]}) {n[c:]}",
        lambda n, c: f"0{n[:c]} {pairs(n[c:])}",
        lambda n, c: f"0{n[:c]}-{n[c:]}",
    ],
    ("DE", "mobile"): [
        lambda n, c: f"0{n[:3]} {n[3:]}",
        lambda n, c: f"0{n[:3]}-{n[3:]}",
        lambda n, c: f"0{n[:3]} {n[3:7]} {n[7:]}",
    ],
    ("DE", "free"): [lambda n, c: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n, c: f"0{n[:3]}-{n[3:]}"],
    ("NL", "fixed"): [
        lambda n, c: f"0{n[:c]} {n[c : c + 3]} {n[c + 3 :]}",
        lambda n, c: f"(0{n[:c]}) {n[c : c + 3]} {n[c + 3 : c + 5]} {n[c + 5 :]}",
        lambda n, c: f"0{n[:c]}-{n[c : c + 3]} {n[c + 3 :]}",
    ],
    ("NL", "mobile"): [
        lambda n, c: f"0{n[0]} {n[1:5]} {n[5:]}",
        lambda n, c: f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
    ],
    ("NL", "free"): [lambda n, c: f"0{n[:3]} {n[3:]}"],
    ("BR", "fixed"): [
        lambda n, c: f"({n[:2]}) {n[2:6]}-{n[6:]}",
        lambda n, c: f"({n[:2]}) {n[2:6]} {n[6:]}",
        lambda n, c: f"{n[:2]}-{n[2:6]}-{n[6:]}",
    ],
    ("BR", "mobile"): [
        lambda n, c: f"({n[:2]}) {n[2:7]}-{n[7:]}",
        lambda n, c: f"{n[:2]} {n[2:7]}-{n[7:]}",
        lambda n, c: f"({n[:2]}) {n[2:7]} {n[7:]}",
    ],
    ("BR", "free"): [lambda n, c: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n, c: f"0{n[:3]} {n[3:]}"],
    ("IN", "fixed"): [
        lambda n, c: f"0{n[:c]}-{n[c:]}",
        lambda n, c: f"(0{n[:c]}) {n[c:]}",
        lambda n, c: f"0{n[:c]} {_split_sub(n[c:], '-')}",
    ],
    ("IN", "mobile"): [
        lambda n, c: f"{n[:5]} {n[5:]}",
        lambda n, c: f"0{n}",
        lambda n, c: f"{n[:3]} {n[3:6]} {n[6:]}",
    ],
    ("IN", "free"): [lambda n, c: n, lambda n, c: f"{n[:4]}-{n[4:]}"],
    ("FR", "fixed"): [
        lambda n, c: f"0{n[0]} " + " ".join(_sp(n[1:], 2, 4, 6)),
        lambda n, c: f"0{n[0]}." + ".".join(_sp(n[1:], 2, 4, 6)),
    ],
    ("FR", "mobile"): [
        lambda n, c: f"0{n[0]} " + " ".join(_sp(n[1:], 2, 4, 6)),
        lambda n, c: f"0{n[0]}." + ".".join(_sp(n[1:], 2, 4, 6)),
        lambda n, c: f"0{n[0]}{n[1:3]}{n[3:5]}{n[5:7]}{n[7:]}",
    ],
    ("FR", "free"): [lambda n, c: f"0{n[0]} " + " ".join(_sp(n[1:], 2, 4, 6))],
    ("ES", "fixed"): [
        lambda n, c: " ".join(_sp(n, 3, 6)),
        lambda n, c: n,
        lambda n, c: " ".join(_sp(n, 3, 5, 7)),
    ],
    ("ES", "mobile"): [
        lambda n, c: " ".join(_sp(n, 3, 5, 7)),
        lambda n, c: n,
        lambda n, c: "-".join(_sp(n, 3, 6)),
    ],
    ("ES", "free"): [lambda n, c: " ".join(_sp(n, 3, 6))],
    ("IT", "fixed"): [
        lambda n, c: f"{n[:c]} {n[c : c + 4]} {n[c + 4 :]}",
        lambda n, c: f"{n[:c]} {n[c:]}",
        lambda n, c: f"({n[:c]}) {n[c:]}",
    ],
    ("IT", "mobile"): [
        lambda n, c: f"{n[:3]} {n[3:6]} {n[6:]}",
        lambda n, c: f"{n[:3]}-{n[3:]}",
        lambda n, c: f"{n[:3]}.{n[3:]}",
    ],
    ("IT", "free"): [lambda n, c: f"{n[:3]} {n[3:]}", lambda n, c: f"{n[:3]} {n[3:6]} {n[6:]}"],
    ("PT", "fixed"): [lambda n, c: " ".join(_sp(n, 3, 6)), lambda n, c: n],
    ("PT", "mobile"): [lambda n, c: " ".join(_sp(n, 3, 6)), lambda n, c: n],
    ("PT", "free"): [lambda n, c: " ".join(_sp(n, 3, 6))],
}

CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "NL": "31",
    "BR": "55",
    "IN": "91",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "PT": "351",
    "AT": "43",
    "CH": "41",
    "BE": "32",
    "IE": "353",
    "AU": "61",
}


def _intl_trunk(r):
    return [
        lambda n, c: f"+{CC[r]} (0){n[:c]} {n[c:]}",
        lambda n, c: f"+{CC[r]} (0) {n[:c]} {n[c:]}",
        lambda n, c: f"+{CC[r]} {n[:c]} {n[c:]}",
    ]


INTERNATIONAL = {
    "US": [
        lambda n, c: f"+1-{n[:3]}-{n[3:6]}-{n[6:]}",
        lambda n, c: f"+1.{n[:3]}.{n[3:6]}.{n[6:]}",
        lambda n, c: f"+1 {n[:3]}-{n[3:6]}-{n[6:]}",
    ],
    "GB": [
        lambda n, c: f"+44 (0){n[:c]} {n[c:]}",
        lambda n, c: f"+44 (0) {n[:c]} {n[c:]}",
        lambda n, c: f"+44 {n[:c]} {n[c:]}",
    ],
    "DE": _intl_trunk("DE"),
    "NL": _intl_trunk("NL"),
    "BR": [
        lambda n, c: f"+55 {n[:2]} {n[2:-4]}-{n[-4:]}",
        lambda n, c: f"+55 {n[:2]} {n[2:-4]} {n[-4:]}",
        lambda n, c: f"+55-{n[:2]}-{n[2:-4]}-{n[-4:]}",
    ],
    "IN": [
        lambda n, c: f"+91 {n[:c]} {n[c:]}",
        lambda n, c: f"+91 {n[:5]} {n[5:]}" if c == 0 else f"+91-{n[:c]}-{n[c:]}",
    ],
    "FR": [
        lambda n, c: f"+33 {n[0]} " + " ".join(_sp(n[1:], 2, 4, 6)),
        lambda n, c: f"+33 (0){n[0]} " + " ".join(_sp(n[1:], 2, 4, 6)),
        lambda n, c: f"+33 (0){n[0]}." + ".".join(_sp(n[1:], 2, 4, 6)),
    ],
    "ES": [
        lambda n, c: "+34 " + " ".join(_sp(n, 3, 6)),
        lambda n, c: "(+34) " + " ".join(_sp(n, 3, 6)),
        lambda n, c: "+34 " + " ".join(_sp(n, 3, 5, 7)),
    ],
    "IT": [
        lambda n, c: f"+39 {n[:3]} {n[3:6]} {n[6:]}",
        lambda n, c: f"+39 {n[: c or 3]} {n[c or 3 :]}",
        lambda n, c: f"(+39) {n}",
    ],
    "PT": [lambda n, c: "+351 " + " ".join(_sp(n, 3, 6)), lambda n, c: "(+351) " + n],
    "AT": _intl_trunk("AT"),
    "CH": [
        lambda n, c: f"+41 (0){n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
        lambda n, c: f"+41 {n[:2]} {n[2:5]} {n[5:]}",
    ],
    "BE": _intl_trunk("BE"),
    "IE": _intl_trunk("IE"),
    "AU": _intl_trunk("AU"),
}

LOCAL = {
    "US": [lambda s: f"{s[:3]}.{s[3:]}", lambda s: s],
    "GB": [lambda s: _split_sub(s, "-"), lambda s: s if len(s) == 8 else _split_sub(s, "-")],
    "DE": [pairs, lambda s: s, lambda s: _split_sub(s, " ")],
    "NL": [lambda s: f"{s[:3]} {s[3:]}", lambda s: s, lambda s: f"{s[:2]} {s[2:4]} {s[4:]}"],
    "BR": [lambda s: f"{s[:4]}.{s[4:]}", lambda s: s],
    "IN": [lambda s: _split_sub(s, "-"), lambda s: s],
}
