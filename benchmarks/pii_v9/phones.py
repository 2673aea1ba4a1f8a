"""Number plans and phone formatting for the v9 held-out set.

Each region lists national significant number (NSN) prefixes with the count of digits that follow. A
drawn number is kept only if phonenumbers says it is valid for its region; the subscriber part of a
geographic number is what is left after phonenumbers.length_of_geographical_area_code.
"""

import phonenumbers as pn

_US_AREAS = (
    "201 203 205 206 207 208 212 214 215 216 217 224 225 231 239 240 248 251 253 254 256 262 267 269 270"
    " 281 301 303 304 305 307 309 310 312 313 314 315 316 317 318 319 320 321 330 334 336 337 347 352 360"
    " 361 385 386 401 402 404 405 406 407 408 409 410 412 413 414 415 417 419 423 425 432 434 435 440 443"
    " 469 470 478 479 480 484 501 502 503 504 505 507 508 509 510 512 513 515 516 517 518 520 530 540 541"
    " 559 561 562 563 570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612 614 615 616"
    " 617 618 619 620 623 626 630 631 636 641 646 650 651 660 661 662 678 701 702 703 704 706 707 708 712"
    " 713 714 715 716 717 718 719 720 724 727 731 732 734 740 754 757 760 763 765 770 772 773 774 775 781"
    " 785 786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 850"
    " 856 857 858 859 860 862 863 864 865 870 901 903 904 907 908 909 910 912 913 914 915 916 917 918 919"
    " 920 925 928 931 936 937 940 941 949 951 952 954 956 970 971 972 973 978 979 985 989"
).split()

# region -> {"geo": [(prefix, digits after prefix)], "mobile": [...], "other": [...]}
PLANS = {
    "US": {
        "geo": [(a, 7) for a in _US_AREAS],
        "mobile": [(a, 7) for a in _US_AREAS[::3]],
        "other": [(p, 7) for p in ("800", "888", "877", "866", "855", "844", "833")],
    },
    "GB": {
        "geo": [("20", 8), ("28", 8), ("29", 8), ("23", 8), ("24", 8)]
        + [
            (a, 7)
            for a in ("113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161", "191")
        ]
        + [(a, 6) for a in ("1223", "1865", "1904", "1273", "1392", "1603", "1225", "1524", "1228", "1482")]
        + [(a, 6) for a in ("1752", "1332", "1792", "1382", "1224", "1463", "1539", "1768", "1348")],
        "mobile": [(p, 8) for p in ("71", "73", "74", "75", "77", "78", "79")],
        "other": [("800", 7), ("808", 7), ("345", 7), ("330", 7), ("300", 7), ("845", 7), ("844", 7)],
    },
    "DE": {
        "geo": [("30", 8), ("40", 8), ("89", 8), ("69", 8), ("30", 7), ("89", 7)]
        + [(a, 7) for a in ("221", "211", "351", "711", "511", "911", "421", "231", "201", "228", "341")]
        + [(a, 6) for a in ("341", "371", "391", "345", "381", "385", "441", "451", "531", "621", "631")]
        + [(a, 6) for a in ("6221", "7071", "3641", "5251", "7531", "8031", "4131", "6131", "9131")]
        + [(a, 5) for a in ("8331", "4621", "3943", "7721", "9341")],
        "mobile": [("151", 8), ("152", 8), ("157", 8), ("160", 7), ("170", 7), ("171", 7), ("172", 7)]
        + [("175", 7), ("176", 8), ("177", 8), ("178", 8), ("179", 8)],
        "other": [("800", 7), ("1806", 6), ("1805", 6), ("900", 7)],
    },
    "FR": {
        "geo": [(p, 8) for p in "12345"],
        "mobile": [("6", 8), ("7", 8)],
        "other": [("800", 6), ("805", 6), ("809", 6), ("891", 6), ("899", 6)],
    },
    "ES": {
        "geo": [(p, 7) for p in ("91", "93", "96")]
        + [(p, 6) for p in ("954", "976", "981", "985", "944", "928", "971", "958", "983", "968", "948")],
        "mobile": [(p, 7) for p in ("60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "72")],
        "other": [("900", 6), ("901", 6), ("902", 6), ("803", 6), ("806", 6), ("807", 6)],
    },
    "IT": {
        "geo": [("06", 8), ("02", 8), ("06", 7), ("02", 7)]
        + [(p, 7) for p in ("011", "081", "055", "051", "041", "010", "091", "080", "095", "070", "045")]
        + [(p, 6) for p in ("0571", "0471", "0823", "0331", "0541", "0522", "0861", "0965", "0131")],
        "mobile": [(p, 7) for p in ("320", "328", "329", "333", "335", "338", "340", "347", "348", "349")]
        + [(p, 7) for p in ("366", "380", "388", "392", "393")],
        "other": [("800", 6), ("803", 6), ("848", 6), ("840", 6), ("899", 6)],
    },
    "NL": {
        "geo": [(p, 7) for p in ("20", "10", "70", "30", "40", "50", "23", "24", "26", "43", "76", "13")]
        + [(p, 7) for p in ("15", "33", "38", "71", "72", "74", "35", "53", "55", "58")]
        + [(p, 6) for p in ("318", "475", "499", "570", "592", "348", "174", "299", "575", "411", "513")],
        "mobile": [(p, 7) for p in ("61", "62", "63", "64", "65")],
        "other": [("800", 4), ("800", 7), ("900", 4), ("900", 7), ("909", 4)],
    },
    "BR": {
        "geo": [(d, 8) for d in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48")]
        + [(d, 8) for d in ("12", "13", "15", "16", "24", "32", "43", "47", "62", "67", "79", "91", "92")],
        "mobile": [(d + "9", 8) for d in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27")],
        "other": [("800", 7), ("4004", 4), ("4003", 4), ("300", 7)],
    },
    "IN": {
        "geo": [(p, 8) for p in ("22", "11", "80", "44", "33", "40", "20", "79")]
        + [(p, 7) for p in ("141", "522", "172", "484", "821", "471", "612", "674", "755", "712", "824")],
        "mobile": [(p, 9) for p in "6789"],
        "other": [("1800", 7), ("1800", 6), ("1860", 7)],
    },
    "AU": {
        "geo": [(p, 8) for p in "2378"],
        "mobile": [("4", 8)],
        "other": [("1800", 6), ("1300", 6)],
    },
    "IE": {
        "geo": [("1", 7), ("21", 7), ("74", 7), ("91", 6), ("51", 6), ("66", 7), ("94", 7), ("71", 7)],
        "mobile": [(p, 7) for p in ("83", "85", "86", "87", "89")],
        "other": [("1800", 6)],
    },
    "AT": {
        "geo": [("1", 7), ("1", 6), ("316", 6), ("662", 6), ("512", 6), ("732", 6), ("463", 6), ("5574", 5)],
        "mobile": [(p, 7) for p in ("664", "676", "650", "660", "681", "699")],
        "other": [("800", 6)],
    },
    "CH": {
        "geo": [
            (p, 7)
            for p in ("21", "22", "26", "27", "31", "32", "33", "41", "43", "44", "52", "61", "71", "81")
        ],
        "mobile": [(p, 7) for p in ("76", "77", "78", "79")],
        "other": [("800", 6)],
    },
    "BE": {
        "geo": [(p, 7) for p in "2349"]
        + [(p, 6) for p in ("50", "51", "53", "56", "59", "64", "65", "71", "81")],
        "mobile": [(p, 6) for p in ("470", "471", "472", "475", "476", "477", "478", "479", "484", "486")],
        "other": [("800", 5)],
    },
}


def _draw_nsn(rng, region, kind):
    """A valid NSN of the given kind (geo, mobile, other) as a phonenumbers object."""
    cc = pn.country_code_for_region(region)
    for _ in range(400):
        prefix, rest = rng.choice(PLANS[region][kind])
        digits = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        if region == "US" and (digits[:3].endswith("11") or digits[:3] == "555"):
            continue
        num = pn.parse("+%d%s" % (cc, prefix + digits))
        if not pn.is_valid_number(num):
            continue
        if kind == "other" and pn.number_type(num) in (
            pn.PhoneNumberType.FIXED_LINE,
            pn.PhoneNumberType.MOBILE,
        ):
            continue
        if kind == "geo":
            alen = pn.length_of_geographical_area_code(num)
            nsn = pn.national_significant_number(num)
            if alen == 0 and region not in ("ES",):
                continue
            if nsn[alen] in "01":
                continue
        return num
    raise RuntimeError("no valid %s number for %s" % (kind, region))


class Phone:
    """A drawn number: e164, nsn, area_len and the region it belongs to."""

    def __init__(self, region, num):
        self.region = region
        self.num = num
        self.nsn = pn.national_significant_number(num)
        self.cc = num.country_code
        self.area_len = pn.length_of_geographical_area_code(num)
        self.e164 = pn.format_number(num, pn.PhoneNumberFormat.E164)
        self.kind = "geo"

    def meta(self):
        return {"region": self.region, "e164": self.e164, "area_len": self.area_len}


def draw(rng, region, kind):
    ph = Phone(region, _draw_nsn(rng, region, kind))
    ph.kind = kind
    return ph


def draw_subscriber_able(rng, region):
    """A geographic (or, for BR, mobile) number whose area code can be cut off."""
    kind = "mobile" if region == "BR" and rng.random() < 0.35 else "geo"
    for _ in range(100):
        ph = draw(rng, region, kind)
        if ph.area_len > 0 and ph.nsn[ph.area_len] not in "01":
            return ph
    raise RuntimeError(region)


def roundtrip_ok(text, phone, writer_region):
    """True when text parses back to the phone's number for a writer in writer_region."""
    try:
        got = pn.parse(text, writer_region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and pn.format_number(got, pn.PhoneNumberFormat.E164) == phone.e164
