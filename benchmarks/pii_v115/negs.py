"""Hard negatives: number-like values of market research and polling, screened so none is PII."""

import string

import phonenumbers as pn

from . import checks_core as cc


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _dec(lang, text):
    return text.replace(".", ",") if lang != "en" and lang != "hi" else text


def _ean13(rng):
    body = str(rng.choice([4, 5, 7, 8])) + _d(rng, 11)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _thousands(lang, n):
    s = "{:,}".format(n)
    return (
        s
        if lang in ("en", "hi")
        else s.replace(",", "." if lang in ("de", "es", "it", "nl", "pt") else "\u202f")
    )


KINDS = {
    "panelist_id": lambda r, lang: "PNL" + _d(r, 6),
    "job_number": lambda r, lang: "%02d/%03d" % (r.randrange(22, 26), r.randrange(1, 1000)),
    "quota_cell": lambda r, lang: (
        "%s%d/%s%s"
        % (
            r.choice("ABCDEF"),
            r.randrange(1, 9),
            r.choice("MF"),
            r.choice(["18-24", "25-34", "35-44", "45-54", "55+"]),
        )
    ),
    "sample_size": lambda r, lang: "n = " + _thousands(lang, r.randrange(380, 4200)),
    "margin_error": lambda r, lang: "±" + _dec(lang, "%d.%d" % (r.randrange(1, 5), r.randrange(10))),
    "field_weeks": lambda r, lang: (lambda a: "%d–%d" % (a, a + r.randrange(1, 4)))(r.randrange(2, 48)),
    "incentive": lambda r, lang: (
        (r.choice(["£", "$"]) if lang == "en" else "€ ") + _dec(lang, "%d.00" % r.choice([5, 10, 15, 25, 40]))
    ),
    "points": lambda r, lang: _thousands(lang, r.randrange(1200, 48000)),
    "response_rate": lambda r, lang: _dec(lang, "%d.%d" % (r.randrange(8, 60), r.randrange(10))) + "%",
    "nps": lambda r, lang: r.choice("+-") + str(r.randrange(3, 62)),
    "likert": lambda r, lang: "%d of %d" % (r.randrange(1, 6), r.choice([5, 7, 10])),
    "age_band": lambda r, lang: "%d–%d" % r.choice([(18, 24), (25, 34), (35, 49), (50, 64), (16, 29)]),
    "store_number": lambda r, lang: "#" + _d(r, 5),
    "till_receipt": lambda r, lang: "%d/%s/%s" % (r.randrange(1, 12), _d(r, 4), _d(r, 3)),
    "visit_time": lambda r, lang: "%02d:%02d" % (r.randrange(8, 21), r.randrange(60)),
    "ean13": lambda r, lang: _ean13(r),
    "lot_code": lambda r, lang: "L%s%s" % (_d(r, 5), r.choice("ABCXYZ")),
    "best_before": lambda r, lang: "%02d.%d" % (r.randrange(1, 13), r.randrange(2025, 2028)),
    "pack_size": lambda r, lang: r.choice(["330 ml", "1.5 l", "250 g", "4 x 125 g", "750 ml", "2 kg"]),
    "q_version": lambda r, lang: "v%d.%d.%d" % (r.randrange(1, 9), r.randrange(10), r.randrange(20)),
    "interviewer_id": lambda r, lang: "IV-%s" % _d(r, 4),
    "cati_station": lambda r, lang: str(r.randrange(1, 64)),
    "call_attempts": lambda r, lang: "%d/%d" % (r.randrange(1, 6), r.choice([6, 8, 10])),
    "handle_time": lambda r, lang: "%d:%02d" % (r.randrange(3, 19), r.randrange(60)),
    "weight_factor": lambda r, lang: _dec(lang, "%d.%04d" % (r.randrange(0, 3), r.randrange(10000))),
    "conf_interval": lambda r, lang: _dec(
        lang,
        "%d.%d–%d.%d"
        % (lambda a: (a, r.randrange(10), a + r.randrange(3, 8), r.randrange(10)))(r.randrange(20, 60)),
    ),
    "disposition": lambda r, lang: r.choice(["1.1", "2.111", "2.12", "3.13", "3.21", "4.32", "2.20"]),
    "iso_stamp": lambda r, lang: (
        "2025-%02d-%02dT%02d:%02d:%02dZ"
        % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))
    ),
    "sku": lambda r, lang: "%s-%s" % ("".join(r.choice(string.ascii_uppercase) for _ in range(3)), _d(r, 5)),
    "voucher": lambda r, lang: "-".join(
        "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3)
    ),
    "room": lambda r, lang: "%d.%02d" % (r.randrange(1, 6), r.randrange(1, 40)),
    "price": lambda r, lang: _dec(lang, "%d.%02d" % (r.randrange(1, 40), r.randrange(100))),
    "seat_projection": lambda r, lang: "%d/%d" % (r.randrange(20, 320), r.choice([650, 630, 150, 350, 400])),
    "rdd_records": lambda r, lang: _thousands(lang, r.choice([12000, 18500, 25000, 40000, 60000])),
    "wave": lambda r, lang: "W%d" % r.randrange(2, 14),
    "vote_shares": lambda r, lang: (
        "%d/%d/%d" % (r.randrange(25, 36), r.randrange(18, 25), r.randrange(6, 15))
    ),
    "session_hex": lambda r, lang: (
        "%s-%s"
        % (
            "".join(r.choice("0123456789abcdef") for _ in range(6)),
            "".join(r.choice("0123456789abcdef") for _ in range(4)),
        )
    ),
    "dialer_campaign": lambda r, lang: "C%s-%s" % (_d(r, 3), r.choice("ABCD")),
    "shelf_facings": lambda r, lang: "%d×%d" % (r.randrange(2, 9), r.randrange(2, 6)),
    "temperature": lambda r, lang: _dec(lang, "%d.%d °C" % (r.randrange(2, 8), r.randrange(10))),
    "queue_length": lambda r, lang: str(r.randrange(2, 15)),
}


def value_dirty(value, regions):
    """True when the value alone could be read as PII."""
    for reg in regions:
        try:
            num = pn.parse(value, reg)
            if pn.is_valid_number(num):
                return True
        except pn.NumberParseException:
            pass
        if any(True for _ in pn.PhoneNumberMatcher(value, reg, leniency=pn.Leniency.VALID)):
            return True
    return bool(cc.guard_hits(value))


class Drawer:
    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = {}
        self.replaced_kinds = {}

    def draw(self, kind, lang, regions):
        for _ in range(200):
            value = KINDS[kind](self.rng, lang)
            if not value_dirty(value, regions):
                self.used[kind] = self.used.get(kind, 0) + 1
                return value
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds[kind] = self.replaced_kinds.get(kind, 0) + 1
        return "–"
