"""Hard negatives of social and messaging text (all new for v35): each kind makes one value, the lines in
lex_*.py put it in context as {kind}. COMMA = languages that write a decimal comma."""

import string

COMMA = {"de", "fr", "es", "it", "nl", "pt"}
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _thou(n, lang):
    s = "{:,}".format(n)
    if lang in ("de", "es", "it", "nl", "pt"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    if lang == "hi" and n >= 100000:
        t = str(n)
        head, tail = t[:-3], t[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        return ",".join(p for p in parts if p) + "," + tail
    return s


def social_count(rng, lang):
    if rng.random() < 0.5:
        v = "%d%s%d" % (rng.randint(1, 99), "," if lang in COMMA else ".", rng.randint(1, 9))
        return v + rng.choice(["k", "K", "M", "k"])
    return _thou(rng.randint(1200, 9_800_000), lang)


def hashtag_digits(rng, lang):
    w = rng.choice(
        [
            "summer",
            "sommer",
            "ete",
            "verano",
            "estate",
            "zomer",
            "verao",
            "ipl",
            "fest",
            "tour",
            "worldcup",
            "euro",
            "class",
            "batch",
            "drop",
            "meetup",
            "cosplay",
        ]
    )
    return "#%s%s" % (w, rng.choice([str(rng.randint(2019, 2026)), str(rng.randint(19, 26)), _d(rng, 3)]))


def handle_digits(rng, lang):
    w = rng.choice(
        [
            "luna",
            "xx_sniper",
            "kiki",
            "rohit",
            "mar.ina",
            "jonas",
            "the_real_tom",
            "bea",
            "nico",
            "gamer",
            "priya",
            "dani",
            "fabi",
            "sven",
            "ana.clara",
            "gio",
        ]
    )
    return "@%s%s" % (w, rng.choice([str(rng.randint(1985, 2008)), _d(rng, 2), _d(rng, 4), _d(rng, 3)]))


def chat_stamp(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(21, 25)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [
            "[%02d.%02d.%02d %02d:%02d]" % (d, m, y, hh, mm),
            "%02d/%02d/20%02d, %02d:%02d" % (d, m, y, hh, mm),
            "[%d/%d/%02d, %d:%02d %s]" % (m, d, y, hh % 12 + 1, mm, rng.choice(["AM", "PM"])),
        ]
    )


def discord_snowflake(rng, lang):
    return _d(rng, rng.choice([18, 19]), "1")


def discord_tag(rng, lang):
    name = rng.choice(["Shadow", "mika", "Pixel", "zoe", "Ravioli", "KaiKai", "NoScope"])
    return "%s#%s" % (name, _d(rng, 4))


def telegram_id(rng, lang):
    return _d(rng, 10, "15678")


def signal_safety(rng, lang):
    groups = [_d(rng, 5) for _ in range(12)]
    return " ".join(groups[:6]) + " " + " ".join(groups[6:])


def zoom_id(rng, lang):
    return rng.choice(
        [
            "%s %s %s" % (_d(rng, 3, "89"), _d(rng, 4), _d(rng, 4)),
            "%s %s %s" % (_d(rng, 3, "89"), _d(rng, 3), _d(rng, 4)),
        ]
    )


def zoom_pass(rng, lang):
    return _d(rng, 6)


def switch_code(rng, lang):
    return "SW-%s-%s-%s" % (_d(rng, 4), _d(rng, 4), _d(rng, 4))


def pogo_code(rng, lang):
    return "%s %s %s" % (_d(rng, 4), _d(rng, 4), _d(rng, 4))


def genshin_uid(rng, lang):
    return _d(rng, 9, "6789")


def steam_friend(rng, lang):
    return _d(rng, rng.choice([8, 9, 10]), "1234")


def mmr_elo(rng, lang):
    return str(rng.randint(800, 9900))


def match_score(rng, lang):
    a, b = rng.randint(0, 16), rng.randint(0, 16)
    return rng.choice(["%d-%d" % (a, b), "%d:%d" % (a % 6, b % 6), "%d–%d" % (a, b)])


def price(rng, lang):
    v = rng.choice([rng.randint(5, 95), rng.randint(100, 2500), rng.randint(10, 400)])
    c = rng.randint(0, 99)
    if lang == "hi" or (lang == "en" and rng.random() < 0.2):
        return "₹" + _thou(rng.randint(199, 249999), "hi")
    if lang == "en":
        return rng.choice(["$", "£"]) + ("%d" % v if rng.random() < 0.5 else "%d.%02d" % (v, c))
    if lang == "pt" and rng.random() < 0.6:
        return "R$ %s,%02d" % (_thou(v, "pt"), c)
    cents = "" if rng.random() < 0.5 else ",%02d" % c
    return rng.choice(["%s%s €" % (_thou(v, lang), cents), "%s€" % v, "€%s" % v])


def rent_area(rng, lang):
    return "%d m²" % rng.randint(9, 140)


def age_height(rng, lang):
    sep = "," if lang in COMMA else "."
    return "%d, 1%s%02d m" % (rng.randint(19, 45), sep, rng.randint(55, 98))


def date_range(rng, lang):
    d = rng.randint(1, 25)
    m = rng.randint(1, 12)
    if lang == "en" and rng.random() < 0.5:
        return "%d/%d–%d/%d" % (m, d, m, d + rng.randint(1, 3))
    return "%d.–%d.%02d.20%d" % (d, d + rng.randint(1, 3), m, rng.randint(24, 26))


def time_range(rng, lang):
    a = rng.randint(8, 21)
    return "%d:%02d–%d:%02d" % (a, rng.choice([0, 15, 30, 45]), a + rng.randint(1, 3), rng.choice([0, 30]))


def ebay_item(rng, lang):
    return _d(rng, 12, "123")


def classified_id(rng, lang):
    return _d(rng, 10, "2")


def paypal_txn(rng, lang):
    return _d(rng, 1, "123456789") + "".join(rng.choice(UP + "0123456789") for _ in range(16))


def upi_ref(rng, lang):
    return _d(rng, 12, "3456")


def ticket_barcode(rng, lang):
    return " ".join(_d(rng, 4) for _ in range(rng.choice([3, 4]))) + " " + _d(rng, 2)


def seat_ref(rng, lang):
    return "%d/%d/%d" % (rng.randint(101, 540), rng.randint(1, 40), rng.randint(1, 60))


def flight_no(rng, lang):
    return "%s %d" % (
        rng.choice(["LH", "FR", "U2", "AF", "IB", "AZ", "KL", "TP", "6E", "AI", "BA", "UA"]),
        rng.randint(10, 9899),
    )


def train_no(rng, lang):
    return "%s %d" % (rng.choice(["ICE", "IC", "TGV", "AVE", "FR", "RE"]), rng.randint(100, 9999))


def video_ts(rng, lang):
    return rng.choice(
        [
            "%d:%02d" % (rng.randint(0, 59), rng.randint(0, 59)),
            "%d:%02d:%02d" % (rng.randint(1, 3), rng.randint(0, 59), rng.randint(0, 59)),
        ]
    )


def poll_pct(rng, lang):
    a = rng.randint(3, 97)
    return "%d %% / %d %%" % (a, 100 - a) if lang == "fr" else "%d%% / %d%%" % (a, 100 - a)


def phone_model(rng, lang):
    return rng.choice(
        [
            "iPhone %d Pro %d GB" % (rng.randint(11, 16), rng.choice([128, 256, 512])),
            "Galaxy S%d %dGB" % (rng.randint(20, 25), rng.choice([128, 256])),
            "Redmi Note %d (%d+%dGB)" % (rng.randint(9, 13), rng.choice([6, 8]), rng.choice([128, 256])),
            "Pixel %da" % rng.randint(6, 9),
        ]
    )


def shoe_size(rng, lang):
    eu = rng.randint(36, 46)
    return "EU %d%s / US %d" % (eu, rng.choice(["", ",5" if lang in COMMA else ".5"]), eu - 33)


def year_range(rng, lang):
    a = rng.randint(2009, 2022)
    return "%d–%d" % (a, a + rng.randint(1, 3))


def rep_points(rng, lang):
    return _thou(rng.randint(1000, 250000), lang)


def crypto_amount(rng, lang):
    sep = "," if lang in COMMA and rng.random() < 0.5 else "."
    return "0%s%s %s" % (sep, _d(rng, rng.choice([5, 6, 8]), "0"), rng.choice(["BTC", "ETH"]))


def invite_code(rng, lang):
    return "discord.gg/" + "".join(rng.choice(ALNUM) for _ in range(rng.choice([7, 8, 10])))


def pincode(rng, lang):
    return "%s%s" % (rng.choice("1234567"), _d(rng, 5))


def stream_uptime(rng, lang):
    return "%dh %02dm" % (rng.randint(1, 14), rng.randint(0, 59))


def lobby_code(rng, lang):
    return "".join(rng.choice(UP) for _ in range(4)) + "-" + _d(rng, 4)


def otp_sms_short(rng, lang):
    """SMS short codes of promos (5 or 6 digits)."""
    return _d(rng, rng.choice([5, 6]), "3456789")


KINDS = {
    "social_count": social_count,
    "hashtag_digits": hashtag_digits,
    "handle_digits": handle_digits,
    "chat_stamp": chat_stamp,
    "discord_snowflake": discord_snowflake,
    "discord_tag": discord_tag,
    "telegram_id": telegram_id,
    "signal_safety": signal_safety,
    "zoom_id": zoom_id,
    "zoom_pass": zoom_pass,
    "switch_code": switch_code,
    "pogo_code": pogo_code,
    "genshin_uid": genshin_uid,
    "steam_friend": steam_friend,
    "mmr_elo": mmr_elo,
    "match_score": match_score,
    "price": price,
    "rent_area": rent_area,
    "age_height": age_height,
    "date_range": date_range,
    "time_range": time_range,
    "ebay_item": ebay_item,
    "classified_id": classified_id,
    "paypal_txn": paypal_txn,
    "upi_ref": upi_ref,
    "ticket_barcode": ticket_barcode,
    "seat_ref": seat_ref,
    "flight_no": flight_no,
    "train_no": train_no,
    "video_ts": video_ts,
    "poll_pct": poll_pct,
    "phone_model": phone_model,
    "shoe_size": shoe_size,
    "year_range": year_range,
    "rep_points": rep_points,
    "crypto_amount": crypto_amount,
    "invite_code": invite_code,
    "pincode": pincode,
    "stream_uptime": stream_uptime,
    "lobby_code": lobby_code,
    "sms_shortcode": otp_sms_short,
}
