"""How people in each region write a number: national, subscriber-only, international and service forms."""

from .phones import roundtrip_ok


def _pairs(s):
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def _split(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [p for p in out if p]


def _area_and_sub(ph):
    al = ph.area_len
    if al == 0:  # mobiles: the operator prefix plays the part of the area code
        al = {"GB": 4, "DE": 3, "NL": 1, "IT": 3, "AU": 3, "IE": 2, "AT": 3, "CH": 2, "BE": 3, "FR": 1}.get(
            ph.region, 3
        )
        if ph.region == "DE" and ph.nsn.startswith("15"):
            al = 4
    if ph.region == "IN" and ph.kind == "mobile":
        al = 5
    return ph.nsn[:al], ph.nsn[al:]


def sub_groups(region, sub, rng):
    """Subscriber part grouped the local way."""
    n = len(sub)
    if region == "US":
        return rng.choice(["%s-%s", "%s %s", "%s.%s"]) % (sub[:3], sub[3:])
    if region == "BR":
        return "%s-%s" % (sub[:-4], sub[-4:])
    if region in ("FR", "BE", "CH") and n % 2 == 0:
        return _pairs(sub)
    if region in ("BE", "CH") and n == 7:
        return " ".join(_split(sub, 3, 2, 2))
    if region == "DE":
        forms = [sub, sub]
        if n % 2 == 0:
            forms.append(_pairs(sub))
        if n >= 7:
            forms.append("%s %s" % (sub[: n - 4], sub[n - 4 :]))
        return rng.choice(forms)
    if region == "NL":
        if n == 8:
            return rng.choice([sub, "%s %s" % (sub[:4], sub[4:]), _pairs(sub)])
        return rng.choice(
            [sub, "%s %s" % (sub[:3], sub[3:]), " ".join(_split(sub, 3, 2, 2)) if n == 7 else sub]
        )
    if region in ("GB", "IE", "AU"):
        if n == 8:
            return "%s %s" % (sub[:4], sub[4:])
        if n == 7:
            return "%s %s" % (sub[:3], sub[4 - 1 :])
        return rng.choice([sub, "%s %s" % (sub[:3], sub[3:])])
    if region == "IN":
        if n == 5:
            return sub
        if n == 10:
            return "%s %s" % (sub[:5], sub[5:])
        return rng.choice([sub, "%s %s" % (sub[: n - 4], sub[n - 4 :])])
    if region == "AT":
        return sub
    return "%s %s" % (sub[: n // 2], sub[n // 2 :])


def national(ph, rng):
    """A full national form (with trunk 0 where the plan has one)."""
    r, nsn = ph.region, ph.nsn
    if r == "US":
        a, e, line = nsn[:3], nsn[3:6], nsn[6:]
        pat = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "1-%s-%s-%s", "1 (%s) %s-%s"])
        return pat % (a, e, line)
    if r == "FR":
        body = _pairs("0" + nsn)
        return rng.choice([body, body, body.replace(" ", "."), body.replace(" ", "")])
    if r == "ES":
        if nsn[0] in "67" or rng.random() < 0.5:
            return "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
        return (
            "%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])
            if nsn[:2] in ("91", "93", "96")
            else ("%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]))
        )
    if r == "IT":
        area, sub = _area_and_sub(ph)
        return rng.choice(["%s %s", "%s %s", "%s-%s", "%s/%s"]) % (area, sub_groups("IT", sub, rng))
    if r == "BR":
        area, sub = _area_and_sub(ph)
        return rng.choice(["(%s) %s", "(%s) %s", "%s %s", "(0%s) %s"]) % (area, sub_groups("BR", sub, rng))
    if r == "IN" and ph.kind == "mobile":
        return rng.choice(["%s %s" % (nsn[:5], nsn[5:]), nsn, "0%s %s" % (nsn[:5], nsn[5:]), "0" + nsn])
    area, sub = _area_and_sub(ph)
    grouped = sub_groups(r, sub, rng)
    if r == "DE":
        pat = rng.choice(["0%s %s", "0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"])
    elif r == "NL":
        pat = rng.choice(["0%s %s", "0%s-%s", "0%s - %s", "(0%s) %s"])
    elif r == "IN":
        pat = rng.choice(["0%s %s", "0%s-%s", "(0%s) %s"])
    else:
        pat = rng.choice(["0%s %s", "0%s %s", "(0%s) %s"])
    return pat % (area, grouped)


def subscriber(ph, rng):
    """The number with its area code cut off, as announced locally."""
    return sub_groups(ph.region, ph.nsn[ph.area_len :], rng)


def international(ph, rng, writer="GB"):
    """+CC, 00CC, or (for a US writer) 011 CC; with a (0) trunk marker now and then."""
    r = ph.region
    area, sub = _area_and_sub(ph)
    if r == "US":
        a, e, line = ph.nsn[:3], ph.nsn[3:6], ph.nsn[6:]
        body = rng.choice(["%s %s %s", "(%s) %s-%s", "%s-%s-%s"]) % (a, e, line)
        joint = "-" if body[0].isdigit() and "-" in body and rng.random() < 0.3 else " "
        return rng.choice(["+1", "+1", "001"]) + joint + body
    if r == "FR" or (r in ("BE", "CH") and len(sub) % 2 == 0):
        body = "%s %s" % (area, _pairs(sub))
    elif r == "BR":
        body = rng.choice(["%s %s", "(%s) %s"]) % (area, sub_groups("BR", sub, rng))
    elif r == "ES":
        body = "%s %s %s" % (ph.nsn[:3], ph.nsn[3:6], ph.nsn[6:])
    else:
        body = "%s %s" % (area, sub_groups(r, sub, rng))
    trunk = r in ("GB", "DE", "NL", "FR", "AT", "CH", "BE", "IE", "AU") and rng.random() < 0.25
    if trunk:
        body = "(0)" + body
    if writer == "US" and rng.random() < 0.6:
        prefix = "011 %d " % ph.cc
    else:
        prefix = rng.choice(["+%d ", "+%d ", "+%d ", "00%d "]) % ph.cc
    if not trunk and r in ("IN", "DE", "NL") and rng.random() < 0.2:
        return prefix.strip() + "-" + body.replace(" ", "-")
    return prefix + body


def service(ph, rng):
    """Toll-free, shared-cost, premium and non-geographic numbers in national form."""
    r, nsn = ph.region, ph.nsn
    if r == "US":
        return rng.choice(["1-%s-%s-%s", "(%s) %s-%s", "%s-%s-%s", "1 %s %s %s"]) % (
            nsn[:3],
            nsn[3:6],
            nsn[6:],
        )
    if r == "FR":
        return rng.choice(["0%s %s %s %s", "0 %s %s %s %s"]) % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:])
    if r in ("ES", "IT"):
        return rng.choice(["%s %s %s", "%s.%s.%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
    if r == "BR" and nsn.startswith("40"):
        return "%s-%s" % (nsn[:4], nsn[4:])
    if r in ("IN", "AU", "IE"):
        return rng.choice(["%s %s %s", "%s-%s-%s"]) % (nsn[:4], nsn[4:7], nsn[7:])
    if r == "DE" and nsn.startswith("180"):
        return "0%s %s %s" % (nsn[:3], nsn[3], nsn[4:])
    if r == "BR" and len(nsn) == 10:
        return rng.choice(["0%s %s %s", "0%s-%s-%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
    head, tail, sep = nsn[:3], nsn[3:], rng.choice(" -")
    if len(tail) == 7:
        tail = tail[:3] + sep + tail[3:]
    return "0%s%s%s" % (head, sep, tail)


def checked(fn, ph, rng, writer):
    """Call a full-number formatter until the text round-trips through phonenumbers."""
    for _ in range(20):
        text = fn(ph, rng)
        if roundtrip_ok(text, ph, writer):
            return text
    raise RuntimeError("no round-trip form for %s (%s)" % (ph.e164, fn.__name__))
