"""Pieces of documents: announced numbers, rosters, value lines and hard negatives, with their spans."""

from collections import Counter

from . import lines, neg_labelled, neg_patterned, phones, values
from .guards import trips
from .locales import CLUB_DOMAINS, LOCALES, MAIL, ROLES, people
from .phrasings import PHRASINGS, PLACEMENTS, WORDS

LOG = {}


def log(name, key, k=1):
    LOG.setdefault(name, Counter())[key] += k


def least(rng, name, options):
    """The least-used option of a log counter (ties broken at random)."""
    c = LOG.setdefault(name, Counter())
    low = min(c[o] for o in options)
    return rng.choice([o for o in options if c[o] == low])


def piece(text, at=None, entry=None):
    return (text, [] if entry is None else [(at, at + len(entry["text"]), entry)])


# ---------------------------------------------------------------- local numbers
def local_number(rng, locale, mode):
    """A local-announced or list-entry number in the document's phone plan."""
    plan = LOCALES[locale][1]
    p_sub = {"US": 1, "GB": 1, "DE": 1, "NL": 1, "BR": 1, "IN": 0.75 if mode == "local-announced" else 0.8}
    if rng.random() < p_sub.get(plan, 0):
        num, sub = phones.draw_subscriber(rng, plan)
        habit, text = phones.write_subscriber(rng, sub, plan)
        log("local", f"{mode} subscriber {plan}")
    else:
        mob = rng.random() < (0.8 if plan == "IN" else 0.5)
        num = phones.draw(rng, plan, "mobile" if mob else "fixed")
        habit, text = phones.write_national(rng, num, plan)
        log("local", f"{mode} full {plan}")
    log("habits " + mode, habit)
    return phones.entry(mode, text, num, plan)


def announced(rng, locale, lang, taken):
    """(where, text, offset, entry, fillers used) for one announced number."""
    ent = local_number(rng, locale, "local-announced")
    firsts, lasts = people(locale)
    pidx = least(rng, "phrasing " + lang, range(len(PHRASINGS[lang])))
    log("phrasing " + lang, pidx)
    log("phrasing uses", f"{lang}:{pidx}")
    phr = PHRASINGS[lang][pidx]
    f = rng.choice(firsts)
    ppre = phr.split("{n}")[0].format(f=f)
    ptext = phr.format(f=f, n=ent["text"])
    opts = [k for k, v in PLACEMENTS.items() if v[0] not in taken and v[2] <= len(taken["_fillers"])]
    name = least(rng, "placement " + lang, opts)
    log("placement " + lang, name)
    log("placements", name)
    where, tpl, need = PLACEMENTS[name]
    imp, ps, says, head = WORDS[lang]
    fields = {
        "imp": imp,
        "ps": ps,
        "says": says,
        "head": head,
        "g": rng.choice(firsts),
        "hh": f"{rng.randint(7, 21):02d}",
        "mm": rng.choice(["00", "15", "30", "45"]),
    }
    fills = taken["_fillers"][:need]
    del taken["_fillers"][:need]
    for i, fl in enumerate(fills):
        fields[f"F{i + 1}"] = fl
    fields["greet"] = taken.get("_greet", "")
    pre = tpl.split("{P}")[0].format(**fields)
    text = tpl.replace("{P}", "\x00").format(**fields).replace("\x00", ptext)
    if where in ("top", "greet", "after"):
        taken[where] = True
    return where, piece(text, len(pre) + len(ppre), ent)


def roster(rng, locale, lang):
    fmt = least(rng, "roster formats", list(lines.ROSTER_FORMATS))
    log("roster formats", fmt)
    heads, jobs, tel, days, header = lines.ROSTER_WORDS[lang]
    jobs, days = [j.strip() for j in jobs.split(",")], days.split()
    firsts, lasts = people(locale)
    k = rng.randint(3, 6)
    log("roster sizes", k)
    out = [rng.choice(heads)]
    if fmt == "semicolon_csv":
        out.append(header)
    text = "\n".join(out) + "\n"
    spans = []
    for i, job in enumerate(rng.sample(jobs, k)):
        ent = local_number(rng, locale, "list-entry")
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        tpl = lines.ROSTER_FORMATS[fmt]
        fields = {"name": name, "job": job, "tel": tel, "i": i + 1, "a": "abcdef"[i], "day": days[i]}
        pre = tpl.split("{N}")[0].format(**fields)
        line = tpl.format(N=ent["text"], **fields)
        spans.append((len(text) + len(pre), len(text) + len(pre) + len(ent["text"]), ent))
        text += line + ("\n" if i < k - 1 else "")
    log("rosters", "entries", k)
    return (text, spans)


# ---------------------------------------------------------------- value lines
def value_entry(rng, locale, kind):
    lang_, plan, own, iban_cc, _w = LOCALES[locale]
    if kind == "national":
        num = phones.draw(rng, plan, "mobile" if rng.random() < 0.45 else "fixed")
        habit, text = phones.write_national(rng, num, plan)
        log("habits national", habit)
        return phones.entry("national", text, num, plan)
    if kind in ("intl", "own"):
        region = own if kind == "own" else rng.choice([r for r in phones.REGIONS if r not in (plan, own)])
        num = phones.draw(rng, region, "mobile" if rng.random() < 0.4 else "fixed")
        habit, text = phones.write_international(rng, num, locale == "en_US")
        log("habits international", habit)
        if kind == "own":
            log("own-country", region)
        return phones.entry("international", text, num, region)
    if kind == "other":
        svc = rng.choice(phones.service_kinds(plan))
        num = phones.draw(rng, plan, svc)
        habit, text = phones.write_national(rng, num, plan, service=True)
        log("habits other", habit)
        log("service", f"{plan} {svc}")
        return phones.entry("other", text, num, plan)
    if kind == "email_personal":
        firsts, lasts = people(locale)
        t = values.personal_email(rng, rng.choice(firsts), rng.choice(lasts), MAIL[locale].split())
        return {"kind": "EMAIL", "mode": "personal", "text": t}
    if kind == "email_role":
        lg = "en" if lang_ == "en" else lang_
        t = values.role_email(rng, ROLES[lg].split(), CLUB_DOMAINS[lg].split())
        return {"kind": "EMAIL", "mode": "role", "text": t}
    if kind == "card":
        mode, t = values.card(rng, locale)
        return {"kind": "CREDIT_CARD", "mode": mode, "text": t}
    if kind == "iban":
        mode, t = values.iban(rng, iban_cc)
        return {"kind": "IBAN", "mode": mode, "text": t}
    if kind == "ssn":
        mode, t = values.ssn(rng)
        return {"kind": "US_SSN", "mode": mode, "text": t}
    if kind == "ip4":
        return {"kind": "IP_ADDRESS", "mode": "v4", "text": values.ipv4(rng)}
    return {"kind": "IP_ADDRESS", "mode": "v6", "text": values.ipv6(rng)}


def value_line(rng, locale, lang, kind):
    ent = value_entry(rng, locale, kind)
    lk = "ip" if kind in ("ip4", "ip6") else kind
    log("value-line kinds", lk)
    shape = least(rng, "value-line shapes", list(lines.VALUE_SHAPES))
    log("value-line shapes", shape)
    text, at = lines.value_line(shape, lines.label(lang, lk), ent["text"])
    return piece(text, at, ent)


# ---------------------------------------------------------------- hard negatives
HARD_KINDS = [("labelled", k) for k in neg_labelled.KINDS] + [
    ("patterned", k) for k in neg_patterned.CAPTIONS
]


def hard_negative(rng, locale, lang):
    fam, kind = least(rng, "hard kinds", HARD_KINDS)
    log("hard kinds", (fam, kind))
    forms = neg_labelled.FORMS if fam == "labelled" else neg_patterned.FORMS
    form = least(rng, "hard forms " + fam, list(forms))
    log("hard forms " + fam, form)
    for _ in range(50):
        if fam == "labelled":
            text = neg_labelled.labelled(rng, kind, lang, form)
        else:
            text = neg_patterned.patterned(rng, kind, lang, form, locale)
        if not trips(text):
            return piece(text)
        log("redraws", "hard")
    raise RuntimeError(kind)
