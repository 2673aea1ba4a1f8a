"""Hard-negative value makers for v32 (numbers that spoken and transcribed text carries, none of them PII)."""


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(lang, s):
    return s if lang in ("en", "hi") else s.replace(".", ",")


def hms(rng, hours=False):
    h = rng.randint(0, 1) if hours else 0
    return "%02d:%02d:%02d" % (h, rng.randint(0, 59), rng.randint(0, 59))


def srt_time(rng, start):
    a, b = start, start + rng.randint(900, 4200)
    f = "%02d:%02d:%02d,%03d"
    return (f % (a // 3600000, a // 60000 % 60, a // 1000 % 60, a % 1000)) + " --> " + (
        f % (b // 3600000, b // 60000 % 60, b // 1000 % 60, b % 1000)
    ), b


def vtt_time(rng, start):
    s, b = srt_time(rng, start)
    return s.replace(",", "."), b


POSTCODES = {
    "US": lambda r: "%05d" % r.randint(10001, 99950),
    "GB": lambda r: (
        r.choice(("LS6", "M14", "BS3", "G12", "OX4", "YO31", "CF24", "EH9"))
        + " "
        + str(r.randint(1, 9))
        + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        + r.choice("ABDEFGHJLNPQRSTUWXYZ")
    ),
    "DE": lambda r: "%05d" % r.randint(1067, 99998),
    "AT": lambda r: "%04d" % r.randint(1010, 9992),
    "CH": lambda r: "%04d" % r.randint(1000, 9658),
    "FR": lambda r: "%05d" % r.randint(1000, 95999),
    "BE": lambda r: "%04d" % r.randint(1000, 9992),
    "ES": lambda r: "%05d" % r.randint(1001, 52080),
    "IT": lambda r: "%05d" % r.randint(10, 98168),
    "NL": lambda r: "%04d %s" % (r.randint(1011, 9999), r.choice(("AB", "KL", "RT", "GH"))),
    "PT": lambda r: "%04d-%03d" % (r.randint(1000, 9980), r.randint(0, 999)),
    "BR": lambda r: "%05d-%03d" % (r.randint(1001, 99990), r.randint(0, 999)),
    "IN": lambda r: "%d %03d" % (r.randint(110, 855), r.randint(1, 99)),
    "AU": lambda r: "%04d" % r.randint(2000, 7999),
    "IE": lambda r: (
        r.choice(("D04", "D08", "T12", "H91"))
        + " "
        + r.choice("ACDEFHKNPRTVWXY")
        + _d(r, 1)
        + r.choice("ACDEFHKNPRTVWXY")
        + _d(r, 1)
    ),
}
CURRENCY = {"US": "$", "GB": "£", "IN": "₹", "AU": "A$", "IE": "€", "BR": "R$", "CH": "CHF"}
ROADS = {
    "US": ["I-76", "I-10 east", "US-23"],
    "GB": ["M62 near junction 24", "A64", "M5 southbound"],
    "IN": ["NH 48", "Outer Ring Road"],
    "AU": ["M1", "Pacific Highway"],
    "IE": ["M50", "N7"],
    "DE": ["A7 zwischen Ausfahrt 23 und 24", "B 96"],
    "AT": ["A23", "A1 bei Melk"],
    "CH": ["A1", "A2"],
    "FR": ["A6 au niveau de la sortie 13", "RN 118"],
    "BE": ["E40", "R0"],
    "ES": ["A-6", "M-30"],
    "IT": ["A1 all'uscita 14", "SS 36"],
    "NL": ["A12 bij knooppunt 17", "A2"],
    "PT": ["A1", "IC19"],
    "BR": ["BR-116", "Marginal Tietê"],
}
SHORT = {
    "US": ["911"],
    "GB": ["999", "112"],
    "IN": ["112", "100", "108"],
    "AU": ["000"],
    "IE": ["112", "999"],
    "BR": ["190", "192", "193"],
}


def make(rng, kind, lang, region):
    r = rng
    if kind == "call_duration":
        return r.choice((hms(r), "%d:%02d min" % (r.randint(1, 48), r.randint(0, 59))))
    if kind == "hold_time":
        return r.choice(
            (
                "%d min %02d s" % (r.randint(1, 39), r.randint(0, 59)),
                "%d:%02d" % (r.randint(1, 39), r.randint(0, 59)),
            )
        )
    if kind == "case_no":
        return r.choice(("CS-%s" % _d(r, 7), "#%s" % _d(r, 8), "%s/%s" % (_d(r, 4), _d(r, 5))))
    if kind == "call_id":
        return "%s-%s-%s" % (
            r.choice(("INT", "CALL", "IX")),
            _d(r, 6),
            "".join(r.choice("abcdef0123456789") for _ in range(6)),
        )
    if kind == "agent_id":
        return r.choice(("A-%s" % _d(r, 5), _d(r, 4)))
    if kind == "ivr_option":
        return r.choice(("1", "2", "3", "4", "5", "9", "0", "*", "#"))
    if kind == "card_last4":
        return _d(r, 4)
    if kind == "meter_reading":
        return r.choice(
            (_dec(lang, "%05d.%d" % (r.randint(0, 99999), r.randint(0, 9))), "%05d" % r.randint(0, 99999))
        )
    if kind == "radio_freq":
        return _dec(lang, "%d.%d" % (r.randint(88, 107), r.randint(0, 9)))
    if kind == "episode":
        return r.choice(("S%02dE%02d" % (r.randint(1, 9), r.randint(1, 24)), str(r.randint(12, 412))))
    if kind == "rec_file":
        return "VM_%s%02d%02d_%02d%02d%02d.wav" % (
            r.choice(("2023", "2024", "2025")),
            r.randint(1, 12),
            r.randint(1, 28),
            r.randint(7, 20),
            r.randint(0, 59),
            r.randint(0, 59),
        )
    if kind == "audio_spec":
        return r.choice(("48 kHz / 24 bit", "44.1 kHz, 128 kbps", "16 kHz mono"))
    if kind == "pin_spoken":
        return " ".join(_d(r, 4))
    if kind == "dob":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2005)
        if region == "US":
            return "%d/%d/%d" % (m, d, y)
        return ("%02d.%02d.%d" if lang in ("de", "nl") and r.random() < 0.6 else "%02d/%02d/%d") % (d, m, y)
    if kind == "postcode":
        return POSTCODES.get(region, POSTCODES["DE"])(r)
    if kind == "amount":
        v = "%d.%02d" % (r.randint(3, 2400), r.randint(0, 99))
        cur = CURRENCY.get(region, "€")
        if lang in ("en", "hi"):
            return cur + v if cur != "₹" else "₹ " + "{:,}".format(r.randint(300, 95000))
        return _dec(lang, v) + " " + (cur if cur != "$" else "€")
    if kind == "percent":
        return ("%d%%" if lang == "en" else "%d %%") % r.randint(5, 95)
    if kind == "audience":
        n = "{:,}".format(r.randint(1200, 98000))
        return n if lang in ("en", "hi") else n.replace(",", ".")
    if kind == "asr_conf":
        return "0.%02d" % r.randint(41, 99)
    if kind == "tracking":
        return r.choice(
            (
                "1Z%s%s"
                % ("".join(r.choice("ABCDEFGHJKLMNPRTUVWXY0123456789") for _ in range(6)), _d(r, 10)),
                "JJD%s" % _d(r, 15),
            )
        )
    if kind == "order_no":
        return "%s-%s-%s" % (
            r.choice(("ORD", "BST", "CMD", "PED", "ENC")),
            r.choice(("2023", "2024", "2025")),
            _d(r, 6),
        )
    if kind == "firmware":
        return "%d.%d.%d" % (r.randint(1, 7), r.randint(0, 19), r.randint(0, 40))
    if kind == "serial":
        return "%s%s-%s-%s" % (_d(r, 1), r.choice("KXRT"), _d(r, 1), _d(r, 3)) + "-" + _d(r, 5)
    if kind == "room":
        return r.choice(
            (
                "%d.%02d" % (r.randint(0, 6), r.randint(1, 40)),
                "B %d.%02d" % (r.randint(0, 4), r.randint(1, 30)),
            )
        )
    if kind == "meeting_id":
        return "%s %s %s" % (r.choice("23456789") + _d(r, 2), _d(r, 4), _d(r, 4))
    if kind == "passcode":
        return _d(r, 6)
    if kind == "short_code":
        return r.choice(SHORT.get(region, ["112"]))
    if kind == "sms_short":
        return r.choice(("8%s" % _d(r, 4), "6%s" % _d(r, 4)))
    if kind == "road":
        return r.choice(ROADS.get(region, ROADS["DE"]))
    if kind == "gps":
        return "%.4f, %.4f" % (r.uniform(35, 58), r.uniform(-9, 16))
    if kind == "iso_time":
        return "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (
            r.randint(23, 25),
            r.randint(1, 12),
            r.randint(1, 28),
            r.randint(0, 23),
            r.randint(0, 59),
            r.randint(0, 59),
        )
    if kind == "pressure":
        return "%d hPa" % r.randint(985, 1035)
    if kind == "chapter":
        return "%02d:%02d" % (r.randint(1, 58), r.randint(0, 59))
    if kind == "extension":
        return _d(r, r.choice((3, 4)))
    if kind == "vin":
        return (
            r.choice(("WVW", "WBA", "VF1", "ZFA", "1HG"))
            + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8))
            + _d(r, 6)
        )
    raise KeyError(kind)


STRUCTURAL = ("srt_time", "vtt_time", "cue_index", "transcript_ts", "vm_length")
