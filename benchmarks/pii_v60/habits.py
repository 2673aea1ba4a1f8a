"""Number-writing habits of v60: each turns a PhoneNumber into a text form (checked by parse-back)."""

import phonenumbers

from . import numbers as nb

PNF = phonenumbers.PhoneNumberFormat


def _parts(num):
    nsn = nb.nsn_of(num)
    k = phonenumbers.length_of_national_destination_code(num)
    return nsn, nsn[:k], nsn[k:]


def _g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [p for p in out if p]


def national(num, region, rng):
    nsn, ndc, sub = _parts(num)
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return rng.choice(
            [f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}"]
        )
    if region == "GB":
        if ndc.startswith("7"):
            return rng.choice([f"0{nsn[:4]} {nsn[4:]}", f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}"])
        if len(ndc) == 2:
            return rng.choice([f"0{ndc} {sub[:4]} {sub[4:]}", f"(0{ndc}) {sub[:4]} {sub[4:]}"])
        if len(ndc) == 3:
            return rng.choice([f"0{ndc} {sub[:3]} {sub[3:]}", f"0{ndc}-{sub[:3]}-{sub[3:]}"])
        return rng.choice([f"(0{ndc}) {sub}", f"0{ndc} {sub[:3]} {sub[3:]}"])
    if region == "DE":
        if ndc.startswith("1"):
            return rng.choice([f"0{ndc} {sub}", f"0{ndc}-{sub}", f"0{ndc} {sub[:4]} {sub[4:]}"])
        pairs = " ".join(_g(sub, *([2] * 6)))
        return rng.choice([f"0{ndc} {sub}", f"(0{ndc}) {pairs}", f"0{ndc} {pairs}"])
    if region == "FR":
        pairs = [nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:]]
        return rng.choice(["0" + nsn[0] + " " + " ".join(pairs), "0" + nsn[0] + "." + ".".join(pairs)])
    if region == "ES":
        return rng.choice(
            [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", nsn]
        )
    if region == "IT":
        if nsn.startswith("3"):
            return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:]}"])
        return rng.choice([f"{ndc} {sub[:4]} {sub[4:]}", f"{ndc} " + " ".join(_g(sub, 2, 2, 2, 2))])
    if region == "NL":
        if ndc == "6":
            return rng.choice(
                [f"06 {sub[:4]} {sub[4:]}", f"06-{sub[:4]} {sub[4:]}", f"06 {sub[:2]} {sub[2:5]} {sub[5:]}"]
            )
        if len(ndc) == 2:
            return rng.choice([f"0{ndc} {sub[:3]} {sub[3:]}", f"(0{ndc}) {sub[:3]} {sub[3:5]} {sub[5:]}"])
        return rng.choice([f"0{ndc} {sub[:3]} {sub[3:]}", f"(0{ndc}) {sub}"])
    if region == "PT":
        return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}"])
    if region == "BR":
        if len(sub) == 9:
            return rng.choice(
                [
                    f"({ndc}) {sub[:5]}-{sub[5:]}",
                    f"{ndc} {sub[:5]}-{sub[5:]}",
                    f"({ndc}) {sub[0]} {sub[1:5]} {sub[5:]}",
                ]
            )
        return rng.choice([f"({ndc}) {sub[:4]} {sub[4:]}", f"({ndc}) {sub[:4]}.{sub[4:]}"])
    if region == "IN":
        if (
            ndc[0] in "6789"
            and len(nsn) == 10
            and phonenumbers.number_type(num) != phonenumbers.PhoneNumberType.FIXED_LINE
        ):
            return rng.choice([f"{nsn[:5]} {nsn[5:]}", nsn, f"0{nsn[:5]}-{nsn[5:]}"])
        return rng.choice([f"(0{ndc}) {sub[:4]} {sub[4:]}", f"(0{ndc}) {sub}", f"0{ndc} {sub[:4]}-{sub[4:]}"])
    return phonenumbers.format_number(num, PNF.NATIONAL)


def international(num, region, rng):
    nsn, ndc, sub = _parts(num)
    cc = "+%d" % num.country_code
    base = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    rest = base[len(cc) + 1 :]
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return rng.choice([f"+1-{a}-{b}-{c}", f"+1 {a}-{b}-{c}", f"+1.{a}.{b}.{c}"])
    if region in ("GB", "DE", "NL", "AT", "CH", "BE", "AU", "IE"):
        return rng.choice([f"{cc} (0){rest}", f"{cc} (0) {rest}", base])
    if region == "FR":
        pairs = " ".join([nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:]])
        return rng.choice([f"+33 (0){nsn[0]} {pairs}", f"+33 {nsn[0]} {pairs}"])
    if region == "ES":
        return rng.choice([f"+34 {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"(+34) {nsn[:3]} {nsn[3:6]} {nsn[6:]}"])
    if region == "IT":
        return rng.choice([base, f"(+39) {nsn}"])
    if region == "PT":
        return rng.choice([f"+351 {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"(+351) {nsn[:3]} {nsn[3:6]} {nsn[6:]}"])
    if region == "BR":
        if len(sub) == 9:
            return rng.choice([f"+55 {ndc} {sub[:5]}-{sub[5:]}", f"+55 ({ndc}) {sub[:5]} {sub[5:]}"])
        return rng.choice([f"+55 {ndc} {sub[:4]} {sub[4:]}", f"+55 ({ndc}) {sub[:4]}.{sub[4:]}"])
    if region == "IN":
        if phonenumbers.number_type(num) != phonenumbers.PhoneNumberType.FIXED_LINE:
            return rng.choice([f"+91 {nsn[:5]} {nsn[5:]}", f"+91 {nsn[:4]} {nsn[4:7]} {nsn[7:]}"])
        return rng.choice([f"+91 {ndc} {sub[:4]} {sub[4:]}", f"+91 ({ndc}) {sub}"])
    return base


def other(num, region, rng):
    nsn = nb.nsn_of(num)
    if region == "US":
        return rng.choice(
            [
                f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}",
                f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            ]
        )
    if region == "GB":
        return rng.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"])
    if region == "DE":
        return rng.choice([f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"])
    if region == "FR":
        return rng.choice(
            [
                f"0{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
                f"0{nsn[0]} {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
            ]
        )
    if region in ("ES", "IT", "PT"):
        return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"])
    if region == "NL":
        return rng.choice([f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]}-{nsn[3:]}"])
    if region == "BR":
        return rng.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]} {nsn[3:]}"])
    if region == "IN":
        return rng.choice([f"{nsn[:4]} {nsn[4:]}", f"1-{nsn[1:4]}-{nsn[4:7]}-{nsn[7:]}"])
    return phonenumbers.format_number(num, PNF.NATIONAL)


def local(sub, region, rng):
    if region == "US":
        return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}.{sub[3:]}"])
    if region == "GB":
        if len(sub) == 8:
            return rng.choice([f"{sub[:4]} {sub[4:]}", sub])
        if len(sub) == 7:
            return rng.choice([f"{sub[:3]} {sub[3:]}", sub])
        return rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
    if region == "DE":
        if len(sub) == 7:
            return rng.choice([f"{sub[:3]} {sub[3:5]} {sub[5:]}", sub, f"{sub[:3]} {sub[3:]}"])
        if len(sub) == 6:
            return rng.choice([sub, f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]} {sub[3:]}"])
        return rng.choice([sub, " ".join(_g(sub, 2, 2, 2, 2))])
    if region == "NL":
        if len(sub) == 7:
            return rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
        return rng.choice([sub, f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice([sub, f"{sub[:4]}-{sub[4:]}"])
        if len(sub) == 7:
            return rng.choice([sub, f"{sub[:3]}-{sub[3:]}"])
        return rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
    raise KeyError(region)
