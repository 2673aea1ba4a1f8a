"""Builds v45's written documents (positives and hard negatives) from the sentence tables."""

import re

from . import forms, others, screens
from . import lex_de_fr as ldf
from . import lex_en as len_
from . import lex_es_it as lei
from . import lex_nl_pt_hi as lnp
from . import numbers as nb


def _pack(g, local, svc, email, card, iban, ip, lst, ssn=()):
    return {
        "genres": g,
        "local": local,
        "svc": svc,
        "email": email,
        "card": card,
        "iban": iban,
        "ip": ip,
        "list": lst,
        "ssn": list(ssn),
    }


LEX = {
    "en": _pack(
        len_.G,
        len_.LOCAL,
        len_.SVC,
        len_.EMAIL,
        len_.CARD,
        len_.IBAN,
        len_.IP,
        (len_.LIST_HEAD, len_.LIST_LABELS),
        len_.SSN,
    ),
    "de": _pack(
        ldf.DE,
        {"DE": ldf.DE_LOCAL},
        ldf.DE_SVC,
        ldf.DE_EMAIL,
        ldf.DE_CARD,
        ldf.DE_IBAN,
        ldf.DE_IP,
        ldf.DE_LIST,
    ),
    "fr": _pack(ldf.FR, {}, ldf.FR_SVC, ldf.FR_EMAIL, ldf.FR_CARD, ldf.FR_IBAN, ldf.FR_IP, ldf.FR_LIST),
    "es": _pack(lei.ES, {}, lei.ES_SVC, lei.ES_EMAIL, lei.ES_CARD, lei.ES_IBAN, lei.ES_IP, lei.ES_LIST),
    "it": _pack(lei.IT, {}, lei.IT_SVC, lei.IT_EMAIL, lei.IT_CARD, lei.IT_IBAN, lei.IT_IP, lei.IT_LIST),
    "nl": _pack(
        lnp.NL,
        {"NL": lnp.NL_LOCAL},
        lnp.NL_SVC,
        lnp.NL_EMAIL,
        lnp.NL_CARD,
        lnp.NL_IBAN,
        lnp.NL_IP,
        lnp.NL_LIST,
    ),
    "pt": _pack(
        lnp.PT,
        {"BR": lnp.PT_LOCAL},
        lnp.PT_SVC,
        lnp.PT_EMAIL,
        lnp.PT_CARD,
        lnp.PT_IBAN,
        lnp.PT_IP,
        lnp.PT_LIST,
    ),
    "hi": _pack(
        lnp.HI, {"IN": lnp.HI_LOCAL}, lnp.HI_SVC, lnp.HI_EMAIL, lnp.HI_CARD, [], lnp.HI_IP, lnp.HI_LIST
    ),
}
# (locale, language, region, positives, hard negatives, local values wanted)
PLAN = [
    ("en_US", "en", "US", 95, 38, 75),
    ("en_GB", "en", "GB", 95, 38, 75),
    ("en_AU", "en", "AU", 25, 10, 0),
    ("en_IE", "en", "IE", 25, 10, 0),
    ("en_IN", "en", "IN", 45, 18, 35),
    ("de_DE", "de", "DE", 85, 34, 75),
    ("de_AT", "de", "AT", 15, 6, 0),
    ("de_CH", "de", "CH", 15, 6, 0),
    ("fr_FR", "fr", "FR", 55, 22, 0),
    ("fr_BE", "fr", "BE", 15, 6, 0),
    ("fr_CH", "fr", "CH", 10, 4, 0),
    ("es_ES", "es", "ES", 40, 16, 0),
    ("it_IT", "it", "IT", 40, 16, 0),
    ("nl_NL", "nl", "NL", 75, 30, 75),
    ("nl_BE", "nl", "BE", 15, 6, 0),
    ("pt_PT", "pt", "PT", 30, 12, 0),
    ("pt_BR", "pt", "BR", 75, 30, 75),
    ("en_IN", "hi", "IN", 50, 20, 40),
]
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
IBAN_OK = {"DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PT", "GB", "IE"}
TOKEN = re.compile(r"\[\[(\w+)(?::(\w+))?\]\]")
POS_TOKENS = ("phone", "local", "svc", "email", "pemail", "card", "iban", "ip", "ssn", "tab")


class Doc:
    def __init__(self, rng, drawer, lang, region, town):
        self.rng, self.drawer, self.lang, self.region = rng, drawer, lang, region
        self.town, self.area, self.sub_len = town
        self.regions = sorted(set(screens.LANG_REGIONS[lang] + [region]))
        self.text, self.spans, self.values = "", [], []
        self.tab = None

    def phone_value(self, mode_hint):
        r, rng = self.region, self.rng
        if mode_hint == "svc":
            num = nb.service(rng, r)
            return forms.service_national(rng, r, nb.nsn(num)), num, "other", None
        if mode_hint == "local":
            _, area, sub, num = nb.fixed(rng, r, self.town)
            return forms.local(rng, r, sub), num, "local-announced", len(area)
        intl = r in INTL_ONLY or rng.random() < 0.2
        if rng.random() < 0.45 and r != "US":
            num = nb.mobile(rng, r)
            nat = nb.nsn(num)
            text = forms.mobile_intl(rng, r, nat) if intl else forms.mobile_national(rng, r, nat)
        else:
            _, area, sub, num = nb.fixed(rng, r, self.town if rng.random() < 0.7 else None)
            text = forms.fixed_intl(rng, r, area, sub) if intl else forms.fixed_national(rng, r, area, sub)
        return text, num, "international" if text.startswith("+") else "national", None

    def render(self, tmpl, mode_override=None):
        out, pos = [], 0
        tmpl = tmpl.replace("{T}", self.town)
        for m in TOKEN.finditer(tmpl):
            out.append(tmpl[pos : m.start()])
            pos = m.end()
            tok, arg = m.group(1), m.group(2)
            if tok == "neg":
                out.append(self.drawer.draw(arg, self.lang, self.region, self.regions))
                continue
            start = len(self.text) + sum(len(x) for x in out)
            val = self.value(tok, mode_override)
            out.append(val["text"])
            self.spans.append({"kind": val["kind"], "start": start, "end": start + len(val["text"])})
            self.values.append(val)
        out.append(tmpl[pos:])
        self.text += "".join(out)

    def value(self, tok, mode_override):
        rng = self.rng
        if tok in ("phone", "local", "svc", "tab"):
            if tok == "tab" and self.tab:
                return dict(self.tab)
            text, num, mode, alen = self.phone_value("phone" if tok == "tab" else tok)
            if mode_override and mode != "local-announced":
                mode = mode_override
            v = {
                "kind": "PHONE",
                "mode": mode,
                "text": text,
                "region": self.region,
                "e164": nb.e164(num),
                "area_len": alen,
            }
            if tok == "tab":
                self.tab = v
            return v
        if tok in ("email", "pemail"):
            mode = "personal" if tok == "pemail" else "role"
            return {"kind": "EMAIL", "mode": mode, "text": others.email(rng, self.lang, tok == "pemail")}
        if tok == "card":
            mode = rng.choice(["spaced", "dashed", "solid"])
            return {"kind": "CREDIT_CARD", "mode": mode, "text": others.card(rng, mode)}
        if tok == "iban":
            mode = "print" if rng.random() < 0.75 else "electronic"
            return {"kind": "IBAN", "mode": mode, "text": others.iban(rng, self.region, mode)}
        if tok == "ip":
            mode = rng.choice(["v4", "v4-private", "v4-private", "v6"])
            return {"kind": "IP_ADDRESS", "mode": mode, "text": others.ip(rng, mode)}
        if tok == "ssn":
            mode = rng.choice(["dashed", "dashed", "spaced"])
            return {"kind": "US_SSN", "mode": mode, "text": others.ssn(rng, mode)}
        raise KeyError(tok)


def _has_pos(line):
    return any(t.group(1) in POS_TOKENS for t in TOKEN.finditer(line))


def _n_local(line):
    return line.count("[[local]]")


def build_doc(rng, drawer, lang, region, genre, positive, local_left):
    lex = LEX[lang]
    g = lex["genres"][genre]
    town = rng.choice(nb.AREAS[region])
    doc = Doc(rng, drawer, lang, region, town)
    body = [b for b in g["body"] if positive or not _has_pos(b)]
    if region == "US" and lang == "en":
        body = [b.replace("Flat", "Apt") for b in body]
    picked = rng.sample(body, min(len(body), rng.choice([2, 2, 3])))
    doc.render(rng.choice(g["title"]))
    doc.text += "\n\n"
    sep = "\n" if genre in ("garage", "removal", "siteboard") else " "
    for i, b in enumerate(picked):
        if i:
            doc.text += sep
        doc.render(b)
    doc.text += "\n\n"
    used_local = 0
    if not positive:
        doc.render(rng.choice(g["none"]))
        doc.text += "\n"
        return doc, 0
    lines = []
    if local_left > 0 and region in lex["local"]:
        cands = [x for x in lex["local"][region] if _n_local(x) <= local_left]
        loc = rng.choice(cands)
        used_local = _n_local(loc)
        lines.append(loc)
    if not lines or rng.random() < 0.6:
        lines.append(rng.choice(g["contact"]))
    ex = rng.random()
    if region in nb.SERVICE and region not in INTL_ONLY and ex < 0.2:
        lines.append(rng.choice(lex["svc"]))
    if rng.random() < 0.25:
        lines.append(rng.choice(lex["email"]))
    if rng.random() < 0.06:
        lines.append(rng.choice(lex["card"]))
    if region in IBAN_OK and lex["iban"] and rng.random() < 0.07:
        lines.append(rng.choice(lex["iban"]))
    if rng.random() < 0.03:
        lines.append(rng.choice(lex["ip"]))
    if region == "US" and genre in ("tolet", "landlord", "agent") and rng.random() < 0.3:
        lines.append(rng.choice(lex["ssn"]))
    rng.shuffle(lines)
    for ln in lines:
        doc.render(ln)
        doc.text += "\n"
    if rng.random() < 0.22:
        heads, labels = lex["list"]
        doc.text += "\n" + rng.choice(heads) + "\n"
        style = rng.choice(["{l}: [[phone]]", "{l} – [[phone]]", "- {l} [[phone]]"])
        for lab in rng.sample(labels, rng.choice([2, 2, 2, 3])):
            doc.render(style.replace("{l}", lab), mode_override="list-entry")
            doc.text += "\n"
    return doc, used_local


def build_all(rng, drawer):
    recs, stats = [], {"doc_redraws": 0}
    n = 0
    for locale, lang, region, npos, nneg, nlocal in PLAN:
        genres = sorted(LEX[lang]["genres"])
        local_left = nlocal
        for i in range(npos + nneg):
            positive = i < npos
            genre = genres[i % len(genres)] if i % 3 else rng.choice(genres)
            for _ in range(60):
                doc, used = build_doc(rng, drawer, lang, region, genre, positive, local_left)
                if positive and not doc.values:
                    stats["doc_redraws"] += 1
                    continue
                if not screens.doc_dirty(doc.text, doc.spans, doc.regions):
                    break
                stats["doc_redraws"] += 1
            else:
                raise RuntimeError("no clean document for %s %s" % (locale, genre))
            local_left -= used
            n += 1
            tag = "pos" if positive else "neg"
            gid = ("hi-" + genre) if lang == "hi" else genre
            recs.append(
                (
                    {
                        "id": "%s-%s-%s-%d" % (locale, tag, gid, n),
                        "locale": locale,
                        "text": doc.text,
                        "spans": doc.spans,
                    },
                    doc.values,
                    {"lang": lang, "genre": genre, "group": tag},
                )
            )
        if local_left:
            raise RuntimeError("local numbers left over for " + locale)
    return recs, stats
