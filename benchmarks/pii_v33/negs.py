"""Hard negatives for v33: 38 kinds of long identifiers that machine-made text carries, none in v31's list.

Each value is drawn with the seed and screened (screen.value_clean) before use: it must not parse as a
valid phone for the document's region or its home region, PhoneNumberMatcher (Leniency.VALID) must find
nothing in it, and the guards must not flag it; a value that stays dirty after 200 draws is left out.
"""

import random
import string
import uuid

from stdnum import ean, isbn, luhn
from stdnum.at import uid as at_uid
from stdnum.be import vat as be_vat
from stdnum.ch import uid as ch_uid
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif
from stdnum.fr import tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.in_ import gstin
from stdnum.it import iva as it_iva
from stdnum.nl import btw as nl_btw
from stdnum.pt import nif as pt_nif
from stdnum.us import rtn

D = string.digits
U = string.ascii_uppercase


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _a(rng, n, pool=U):
    return "".join(rng.choice(pool) for _ in range(n))


def ean13(rng, region):
    gs1 = {
        "DE": "40",
        "FR": "30",
        "ES": "84",
        "IT": "80",
        "NL": "87",
        "PT": "560",
        "BR": "789",
        "IN": "890",
        "GB": "50",
        "US": "0",
        "BE": "54",
        "AT": "90",
        "CH": "76",
        "AU": "93",
        "IE": "539",
    }.get(region, "40")
    body = gs1 + _d(rng, 12 - len(gs1))
    return body + ean.calc_check_digit(body)


def upca(rng, region):
    body = _d(rng, 11, "0"[:1] + "0136")
    return body + ean.calc_check_digit(body)


def isbn13(rng, region):
    body = "978" + rng.choice("0123") + _d(rng, 8)
    full = body + ean.calc_check_digit(body)
    return isbn.format(full)


def isbn10(rng, region):
    while True:
        body = rng.choice("0123") + _d(rng, 8)
        full = body + isbn._calc_isbn10_check_digit(body)
        if "X" not in full or rng.random() < 0.3:
            return isbn.format(full)


def gtin14(rng, region):
    body = rng.choice("1234") + ean13(rng, region)[:12]
    return body + ean.calc_check_digit(body)


def sku(rng, region):
    return rng.choice(
        [
            "%s-%s-%s" % (_a(rng, 3), _d(rng, 5), _d(rng, 2)),
            "%s%s/%s" % (_a(rng, 2), _d(rng, 6), _d(rng, 3)),
            "%s.%s.%s" % (_d(rng, 3), _d(rng, 3), _d(rng, 2)),
            "%s-%s" % (_d(rng, 6), _d(rng, 4)),
        ]
    )


def model(rng, region):
    return rng.choice(
        [
            "%s%s%s%s" % (_a(rng, 2), _d(rng, 2), _a(rng, 1), _d(rng, 3)),
            "%s-%s%s" % (_a(rng, 3), _d(rng, 4), _a(rng, 2)),
            "%s %s" % (_a(rng, 2), _d(rng, 4)),
            "%s%s/%s" % (_a(rng, 3), _d(rng, 3), _d(rng, 2)),
        ]
    )


def serial(rng, region):
    return rng.choice(
        [
            "%s%s" % (_a(rng, 2), _d(rng, 10)),
            "%s-%s-%s" % (_d(rng, 4), _d(rng, 4), _d(rng, 4)),
            "%s%s%s" % (_d(rng, 2), _a(rng, 1), _d(rng, 9)),
            _a(rng, 3, U + D) + _d(rng, 9),
        ]
    )


def imei(rng, region):
    body = rng.choice(["35", "86", "01", "49"]) + _d(rng, 12)
    return body + luhn.calc_check_digit(body)


def mac(rng, region):
    sep = rng.choice([":", "-"])
    return (
        sep.join("%02x" % rng.randint(0, 255) for _ in range(6)).upper()
        if sep == "-"
        else ":".join("%02x" % rng.randint(0, 255) for _ in range(6))
    )


def uuid4(rng, region):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def githash(rng, region):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40])))


def epoch(rng, region):
    return str(rng.randint(1_600_000_000, 1_760_000_000))


def epoch_ms(rng, region):
    return str(rng.randint(1_600_000_000_000, 1_760_000_000_000))


def iso_ts(rng, region):
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(0, 23),
        rng.randint(0, 59),
        rng.randint(0, 59),
        rng.randint(0, 999),
    )


def pid(rng, region):
    return "pid=%d tid=%d" % (rng.randint(1000, 99999), rng.randint(100000, 9999999))


def http_log(rng, region):
    return "%s %d %d %dms" % (
        rng.choice(["GET", "POST"]),
        rng.choice([200, 201, 304, 404, 502]),
        rng.randint(1000, 9999999),
        rng.randint(3, 4999),
    )


def winbuild(rng, region):
    return "10.0.%d.%d" % (rng.choice([19045, 22631, 26100, 20348]), rng.randint(1000, 5999))


def semver(rng, region):
    return "%d.%d.%d+build.%s" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 99), _d(rng, 8, "2"))


def order_no(rng, region):
    return rng.choice(
        [
            "%s-%s-%s" % (_d(rng, 3), _d(rng, 7), _d(rng, 7)),
            "#%s" % _d(rng, 9, "123456789"),
            "%s%s" % (_a(rng, 2), _d(rng, 10)),
        ]
    )


def tracking(rng, region):
    return rng.choice(
        [
            "1Z%s%s" % (_a(rng, 6, U + D), _d(rng, 10)),
            "00%s" % _d(rng, 18),
            "%s%s%s" % (_a(rng, 2), _d(rng, 9), rng.choice(["DE", "NL", "IN", "BR", "PT", "FR"])),
            "3S%s%s" % (_a(rng, 4), _d(rng, 7)),
            _d(rng, 12, "123456789"),
        ]
    )


def invoice_no(rng, region):
    return rng.choice(
        [
            "INV-2025-%s" % _d(rng, 6),
            "RE%s" % _d(rng, 8),
            "F2025/%s" % _d(rng, 5),
            "%s/%s/25" % (_d(rng, 4), _a(rng, 2)),
        ]
    )


def _valid(rng, make, check):
    for _ in range(3000):
        v = make()
        if check(v):
            return v
    raise RuntimeError("no valid identifier")


def vat_id(rng, region):
    pick = (
        rng.choice(["DE", "FR", "NL", "IT", "ES", "PT", "AT", "BE", "GB", "CH"])
        if region in ("US", "AU", "IN", "BR")
        else region
    )
    if pick == "DE":
        return "DE" + _valid(rng, lambda: _d(rng, 9, "123456789"), de_vat.is_valid)
    if pick == "FR":
        siren = _d(rng, 8, "3456789")
        siren += luhn.calc_check_digit(siren)
        key = "%02d" % ((12 + 3 * (int(siren) % 97)) % 97)
        return "FR" + _valid(rng, lambda: key + siren, fr_tva.is_valid)
    if pick == "NL":
        return "NL" + _valid(rng, lambda: _d(rng, 9) + "B01", nl_btw.is_valid)
    if pick == "IT":
        return "IT" + _valid(rng, lambda: _d(rng, 11), it_iva.is_valid)
    if pick == "ES":
        return "ES" + _valid(rng, lambda: rng.choice("ABG") + _d(rng, 8), es_cif.is_valid)
    if pick == "PT":
        return "PT" + _valid(rng, lambda: rng.choice("5") + _d(rng, 8), pt_nif.is_valid)
    if pick == "AT":
        return "ATU" + _valid(rng, lambda: _d(rng, 8), lambda v: at_uid.is_valid("U" + v))
    if pick == "BE":
        return "BE" + _valid(rng, lambda: "0" + _d(rng, 9), be_vat.is_valid)
    if pick == "CH":
        v = _valid(rng, lambda: _d(rng, 9, "1"), lambda v: ch_uid.is_valid("CHE" + v))
        return "CHE-%s.%s.%s MWST" % (v[:3], v[3:6], v[6:])
    if pick == "GB":
        return "GB" + _valid(rng, lambda: _d(rng, 9, "123456789"), gb_vat.is_valid)
    return vat_id(rng, "DE")


def company_reg(rng, region):
    return {
        "DE": "HRB %s" % _d(rng, 5),
        "AT": "FN %s%s" % (_d(rng, 6), rng.choice("abdgkmptxy")),
        "NL": "KvK %s" % _d(rng, 8),
        "BE": "BCE 0%s.%s.%s" % (_d(rng, 3), _d(rng, 3), _d(rng, 3)),
        "FR": "RCS Lyon %s %s %s" % (_d(rng, 3), _d(rng, 3), _d(rng, 3)),
        "GB": "Company No. %s" % _d(rng, 8, "01"),
        "IT": "REA MI-%s" % _d(rng, 7),
        "ES": "Tomo %s, Folio %s, Hoja M-%s" % (_d(rng, 5), _d(rng, 3), _d(rng, 6)),
        "PT": "NIPC %s" % _d(rng, 9, "5"),
        "BR": cnpj(rng, region),
        "IN": "CIN U%sMH2019PTC%s" % (_d(rng, 5), _d(rng, 6)),
    }.get(region, "Reg. %s" % _d(rng, 8))


def cnpj(rng, region):
    from stdnum.br import cnpj as br_cnpj

    base = _d(rng, 8) + "0001"
    for c in D:
        for c2 in D:
            if br_cnpj.is_valid(base + c + c2):
                return br_cnpj.format(base + c + c2)
    return br_cnpj.format(base + "00")


def gst(rng, region):
    for _ in range(3000):
        pan = _a(rng, 5) + _d(rng, 4) + _a(rng, 1)
        body = "%02d%s1Z" % (rng.choice([8, 9, 27, 29, 33, 7]), pan)
        for c in D + U:
            if gstin.is_valid(body + c):
                return body + c
    raise RuntimeError("gstin")


def otp(rng, region):
    return _d(rng, 6)


def customer_no(rng, region):
    return rng.choice(
        ["%s %s %s" % (_d(rng, 3), _d(rng, 3), _d(rng, 3)), "K-%s" % _d(rng, 7), _d(rng, 10, "9")]
    )


def mpan(rng, region):
    if region in ("NL", "BE"):
        return "871" + _d(rng, 15)
    if region in ("DE", "AT", "CH"):
        return "DE000%s%s" % (_d(rng, 6), _d(rng, 22))
    return "%s %s %s %s" % (_d(rng, 2), _d(rng, 4), _d(rng, 4), _d(rng, 3))


def gps(rng, region):
    return "%.6f, %.6f" % (rng.uniform(-35, 60), rng.uniform(-80, 80))


def po_box(rng, region):
    return "%s %s" % (_d(rng, 2, "123456789"), _d(rng, 2)) + " " + _d(rng, 2)


def hs_code(rng, region):
    return "%s.%s.%s" % (_d(rng, 4, "123456789"), _d(rng, 2), _d(rng, 2))


def lot_no(rng, region):
    return "L%s%s-%s" % (_d(rng, 2), _a(rng, 1), _d(rng, 5))


def bic(rng, region):
    return rng.choice(
        [
            "COBADEFFXXX",
            "DEUTDEDBBER",
            "BNPAFRPPXXX",
            "INGBNL2A",
            "RABONL2U",
            "BSCHESMMXXX",
            "UNCRITMMXXX",
            "CGDIPTPLXXX",
            "ITAUBRSPXXX",
            "SBININBB104",
            "NWBKGB2L",
            "GEBABEBB",
            "UBSWCHZH80A",
            "BKAUATWW",
            "AIBKIE2D",
            "CHASUS33",
        ]
    )


def routing(rng, region):
    return _valid(rng, lambda: rng.choice(["0", "1", "2", "3"]) + _d(rng, 8), rtn.is_valid)


def asin(rng, region):
    return "B0" + _a(rng, 8, U + D)


def doi(rng, region):
    return "10.%s/%s.%s.%s" % (_d(rng, 4, "1"), _a(rng, 3).lower(), _d(rng, 4, "2"), _d(rng, 5))


def vin(rng, region):
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ" + D
    return rng.choice(["WVW", "WBA", "VF1", "ZFA", "SAL", "1HG", "9BW", "MA3"]) + _a(rng, 14, pool)


def issn(rng, region):
    from stdnum import issn as std_issn

    body = _d(rng, 7)
    return std_issn.format(body + std_issn.calc_check_digit(body))


def port_pair(rng, region):
    return "%d:%d" % (rng.choice([8080, 8443, 5432, 6379, 3306, 27017, 9200]), rng.randint(1024, 65535))


def stop_id(rng, region):
    return "%s%s" % (rng.choice(["", "Hst. ", "#"]), _d(rng, 6, "123456789"))


def cookie_id(rng, region):
    return "%s.%s.%s" % (_d(rng, 1, "1"), _d(rng, 10, "1"), _d(rng, 10, "1"))


def ticket(rng, region):
    return "#%s-%s" % (_a(rng, 3), _d(rng, 6))


KINDS = {
    f.__name__: f
    for f in [
        ean13,
        upca,
        isbn13,
        isbn10,
        gtin14,
        sku,
        model,
        serial,
        imei,
        mac,
        uuid4,
        githash,
        epoch,
        epoch_ms,
        iso_ts,
        pid,
        http_log,
        winbuild,
        semver,
        order_no,
        tracking,
        invoice_no,
        vat_id,
        company_reg,
        cnpj,
        gst,
        otp,
        customer_no,
        mpan,
        gps,
        po_box,
        hs_code,
        lot_no,
        bic,
        routing,
        asin,
        doi,
        vin,
        issn,
        port_pair,
        stop_id,
        cookie_id,
        ticket,
    ]
}


def make(rng: random.Random, kind, region):
    return KINDS[kind](rng, region)
