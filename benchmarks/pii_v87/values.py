"""Non-phone values for v87: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn

_FAKE = Faker("en_US")
ROLES = [
    "ops",
    "bookings",
    "tower",
    "training",
    "ppr",
    "lostproperty",
    "supporters",
    "dispatch",
    "hangar",
    "flightdesk",
    "events",
    "drones",
]
DOMAINS = [
    "airfield-ops.net",
    "flyingclub.org",
    "aeroclub.eu",
    "airambulance.org",
    "dronesurvey.io",
    "flighttraining.com",
    "skyhangar.de",
    "vliegclub.nl",
    "aerodrome.fr",
    "aviacao.com.br",
]

IBAN_FMT = {
    "GB": "LLLLnnnnnnnnnnnnnn",
    "DE": "n" * 18,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "FR": "n" * 23,
    "BE": "n" * 12,
    "ES": "n" * 20,
    "IT": "L" + "n" * 22,
    "NL": "LLLL" + "n" * 10,
    "PT": "n" * 21,
    "IE": "LLLL" + "n" * 14,
}


def email(rng, mode):
    _FAKE.seed_instance(rng.randint(0, 10**9))
    dom = rng.choice(DOMAINS)
    if mode == "role":
        return f"{rng.choice(ROLES)}@{dom}"
    first, last = _FAKE.first_name().lower(), _FAKE.last_name().lower()
    user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}"])
    return f"{user}@{rng.choice([dom, _FAKE.free_email_domain()])}"


def card(rng, mode):
    pre, length = rng.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("34", 15)])
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) - 1))
    num = body + luhn.calc_check_digit(body)
    if mode == "solid":
        return num
    sep = " " if mode == "spaced" else "-"
    if length == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def iban(rng, country, mode):
    fmt = IBAN_FMT[country]
    for _ in range(100000):
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "L" else str(rng.randint(0, 9)) for c in fmt
        )
        digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        cd = 98 - int(digits) % 97
        code = f"{country}{cd:02d}{bban}"
        if std_iban.is_valid(code):
            if mode == "electronic":
                return code
            return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    raise RuntimeError(country)


def ip(rng, mode):
    while True:
        if mode == "v4-private":
            a = rng.choice(
                [
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                ]
            )
        elif mode == "v4":
            a = ".".join(str(rng.randint(1, 223) if i == 0 else rng.randint(0, 255)) for i in range(4))
        else:
            a = (
                str(ipaddress.IPv6Address(f"2a0{rng.randint(1, 9)}:{rng.randint(0, 65535):x}::"))
                if rng.random() < 0.3
                else ":".join([f"2a0{rng.randint(1, 9)}"] + [f"{rng.randint(0, 65535):x}" for _ in range(7)])
            )
        obj = ipaddress.ip_address(a)
        if mode == "v4" and (obj.is_private or obj.is_reserved or obj.is_multicast or obj.is_loopback):
            continue
        return a


def ssn(rng, mode):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        sep = "-" if mode == "dashed" else " "
        return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"
