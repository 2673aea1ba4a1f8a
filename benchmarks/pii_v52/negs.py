"""Hard negatives from telecom, IT support and devices (34 kinds, none in v49's list) and the screens."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

D = "0123456789"
HEX = "0123456789ABCDEF"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def ds(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        k = int(ch)
        if i % 2:
            k = k * 2 - 9 if k > 4 else k * 2
        t += k
    return t % 10 == 0


def luhn_digit(s):
    return str(next(c for c in range(10) if luhn_ok(s + str(c))))


def dec(lang, x):
    return x.replace(".", ",") if lang in ("de", "fr", "es", "it", "nl", "pt") else x


def imeisv(rng, lang):
    return ds(rng, 14, "3") + ds(rng, 2)


def iccid(rng, lang):
    body = "89" + rng.choice(["44", "49", "31", "33", "34", "39", "351", "55", "91"]) + ds(rng, 15)
    body = body[:19]
    s = body + luhn_digit(body)
    return " ".join(s[i : i + 4] for i in range(0, 20, 4)) if rng.random() < 0.5 else s


def mac(rng, lang):
    b = ["".join(rng.choice(HEX) for _ in range(2)) for _ in range(6)]
    return rng.choice(
        [":".join(b), "-".join(b).lower(), ".".join("".join(b[i : i + 2]) for i in (0, 2, 4)).lower()]
    )


def serial(rng, lang):
    return rng.choice(["C02", "F4K", "R58", "DMP", "G6T"]) + "".join(rng.choice(UP + D) for _ in range(9))


def account(rng, lang):
    return rng.choice(["", "K"]) + ds(rng, 3, "123456789") + " " + ds(rng, 4) + " " + ds(rng, 3)


def customer(rng, lang):
    return "CU-" + ds(rng, 2) + rng.choice(UP) + ds(rng, 5)


def puk(rng, lang):
    return ds(rng, 8)


def simpin(rng, lang):
    return ds(rng, 4)


def port(rng, lang):
    p = rng.choice(["443", "8443", "5060-5061", "1194", "3389", "51820", "8080", "993", "10000-20000"])
    return p + " " + rng.choice(["TCP", "UDP"])


def firmware(rng, lang):
    return f"{rng.randint(1, 9)}.{rng.randint(0, 12)}.{rng.randint(0, 40)} (build {ds(rng, 6, '2')})"


def allowance(rng, lang):
    a = rng.choice([20, 30, 40, 50, 100, 150])
    used = dec(lang, f"{rng.uniform(1, a - 1):.2f}")
    return f"{used} GB / {a} GB"


def speed(rng, lang):
    return (
        dec(lang, f"{rng.uniform(50, 950):.1f}")
        + " / "
        + dec(lang, f"{rng.uniform(10, 100):.1f}")
        + " Mbit/s"
    )


def ticket(rng, lang):
    return rng.choice(["REQ", "HD", "SR", "TCK"]) + ds(rng, 7, "0")


def asset(rng, lang):
    return rng.choice(["IT-", "AST-", "LT-", "PC-"]) + rng.choice(UP) + ds(rng, 5)


def ext_range(rng, lang):
    a = rng.randint(2, 7) * 100
    return f"{a}\u2013{a + rng.choice([49, 99])}"


def meeting_id(rng, lang):
    s = ds(rng, 11, "123456789")
    return s[:3] + " " + s[3:7] + " " + s[7:]


def passcode(rng, lang):
    return ds(rng, 6) + "#"


def wifi_key(rng, lang):
    return "-".join("".join(rng.choice(UP + D) for _ in range(4)) for _ in range(4))


def vlan(rng, lang):
    return f"VLAN {rng.randint(2, 4094)}"


def signal(rng, lang):
    return f"RSRP -{rng.randint(80, 120)} dBm, SINR {rng.randint(-3, 25)} dB"


def band(rng, lang):
    return rng.choice(
        [
            "Band 20 (800 MHz)",
            "Band 3 (1800 MHz)",
            "n78 (3.5 GHz)",
            "Band 7 (2600 MHz)",
            "5 GHz, Kanal 36",
            "2.4 GHz, ch 11",
            "6 GHz, ch 37",
        ]
    )


def model(rng, lang):
    return rng.choice(["HG", "RX", "CPE-", "XG-", "ONT "]) + ds(rng, 4) + rng.choice(["", "AX", "V2", "S"])


def order(rng, lang):
    return "ORD-" + ds(rng, 4, "2") + "-" + "".join(rng.choice(UP) for _ in range(2)) + ds(rng, 4)


def invoice(rng, lang):
    return f"{rng.choice(['INV', 'RE', 'FA', 'NF'])}-{rng.randint(24, 25)}{rng.choice(UP)}{ds(rng, 5)}"


MONTHS = {
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
}


def period(rng, lang):
    m = rng.randint(1, 11)
    y = rng.randint(2024, 2025)
    if lang in ("en_US",):
        return f"{m:02d}/01/{y} - {m:02d}/{28 + rng.randint(0, 2)}/{y}"
    if lang in MONTHS:
        mon = MONTHS[lang].split()
        return f"{rng.randint(1, 9)} {mon[m - 1]} {y} \u2013 {rng.randint(1, 9)} {mon[m]} {y}"
    return f"{rng.randint(1, 9):02d}.{m:02d}.{y} \u2013 {rng.randint(1, 9):02d}.{m + 1:02d}.{y}"


def duration(rng, lang):
    return f"{rng.randint(0, 2):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def pac(rng, lang):
    return "".join(rng.choice(UP) for _ in range(3)) + ds(rng, 6)


def stac(rng, lang):
    return ds(rng, 6) + "".join(rng.choice(UP) for _ in range(3))


def rma(rng, lang):
    return "RMA " + "".join(rng.choice(UP) for _ in range(2)) + ds(rng, 6)


def battery(rng, lang):
    return f"{rng.randint(2800, 5200)} mAh, {rng.randint(71, 100)} %"


def imsi(rng, lang):
    s = rng.choice(["262", "234", "208", "214", "222", "204", "268", "724", "404", "310"]) + ds(rng, 12)
    return s


def mccmnc(rng, lang):
    return (
        f"MCC {rng.choice(['262', '234', '208', '214', '222', '204', '268', '724', '404', '310'])}"
        f" / MNC {rng.randint(1, 99):02d}"
    )


def latency(rng, lang):
    return f"{rng.randint(4, 180)} ms, " + dec(lang, f"{rng.uniform(0, 4):.1f}") + " %"


def matter(rng, lang):
    s = ds(rng, 11, "123")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def homekit(rng, lang):
    s = ds(rng, 8, "123456789")
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def kb(rng, lang):
    return "KB" + ds(rng, 7, "5")


def errcode(rng, lang):
    return "0x" + "".join(rng.choice(HEX) for _ in range(8))


def circuit(rng, lang):
    return "".join(rng.choice(UP) for _ in range(3)) + "/" + ds(rng, 4) + "/" + rng.choice(UP) + ds(rng, 3)


def uptime(rng, lang):
    return dec(lang, rng.choice(["99.9", "99.95", "99.5", "98.7", "99.99"])) + " %"


def screen(rng, lang):
    return rng.choice(
        [
            "6.1\u2033, 2532 \u00d7 1170",
            "6.7\u2033, 2796 \u00d7 1290",
            "27\u2033, 2560 \u00d7 1440",
            "6.4\u2033, 2340 \u00d7 1080",
        ]
    )


def zigbee(rng, lang):
    return (
        f"Zigbee {rng.choice(['11', '15', '20', '25'])}, PAN 0x{''.join(rng.choice(HEX) for _ in range(4))}"
    )


KINDS = {
    f.__name__: f
    for f in [
        imeisv,
        iccid,
        mac,
        serial,
        account,
        customer,
        puk,
        simpin,
        port,
        firmware,
        allowance,
        speed,
        ticket,
        asset,
        ext_range,
        meeting_id,
        passcode,
        wifi_key,
        vlan,
        signal,
        band,
        model,
        order,
        invoice,
        period,
        duration,
        pac,
        stac,
        rma,
        battery,
        imsi,
        mccmnc,
        latency,
        matter,
        homekit,
        kb,
        errcode,
        circuit,
        uptime,
        screen,
        zigbee,
    ]
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d(?:[ -]?\d)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
TOK_RE = re.compile(r"[0-9A-Fa-f:.]{7,}")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in TOK_RE.finditer(text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        try:
            x = pn.parse(text, r)
            if pn.is_valid_number(x):
                hits.append("parse:" + r)
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append("match:" + r + ":" + m.raw_string)
    return hits


def dirty(text, regions):
    return guard_hits(text) + phone_hits(text, regions)


class Drawer:
    """Draws a clean value of a kind; a kind still dirty after 200 draws gives a dash (counted)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.replaced_kinds = []

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append((kind, tuple(regions)))
        return "\u2013"
