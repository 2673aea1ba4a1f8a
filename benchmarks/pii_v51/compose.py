"""Builds documents: positives (phones and other PII), local-announced, list blocks and hard negatives."""

import re

import phonenumbers as pn

from . import forms, others, phones, screens
from . import lex_de_nl as DN
from . import lex_en as EN
from . import lex_rom_hi as RH
from .negs2 import KINDS

GENRE_KINDS = {
    "salon": [
        "colour_shade",
        "developer",
        "mix_ratio",
        "price_line",
        "appt_slot",
        "appt_code",
        "product_code",
        "notice",
        "voucher",
        "treatment_code",
        "hours",
    ],
    "barber": ["price_line", "appt_slot", "appt_code", "member_card", "hours", "product_code"],
    "nails": ["polish_shade", "lash_spec", "price_line", "notice", "voucher", "treatment_code", "appt_slot"],
    "tailor": ["garment_ticket", "measurements", "hem", "fabric", "clothing_size", "invoice", "hours"],
    "photo": ["print_size", "camera", "file_name", "invoice", "voucher", "appt_slot"],
    "tutor": ["hourly_rate", "music_piece", "exam_grade", "tempo", "session_pack"],
    "trainer": ["sets_reps", "hr_zone", "weigh_in", "session_pack", "member_card"],
    "dog": ["dog_size", "microchip", "walk_slot", "price_line", "appt_code", "ph_value"],
    "garden": ["garden_area", "windows", "callout", "invoice"],
    "homecare": ["cleaning_hours", "care_level", "key_safe", "invoice", "callout", "hours"],
}
# locale -> (language, region, genre table, local phrasings or None, IBAN country or None)
LOCALES = {
    "en_US": ("en", "US", EN.G, EN.LOCAL, None),
    "en_GB": ("en", "GB", EN.G, EN.LOCAL, "GB"),
    "en_IN": ("en", "IN", EN.G, RH.EN_IN_LOCAL, None),
    "hi": ("hi", "IN", RH.HI, RH.HI_LOCAL, None),
    "en_AU": ("en", "AU", EN.G, None, None),
    "en_IE": ("en", "IE", EN.G, None, None),
    "de_DE": ("de", "DE", DN.DE, DN.DE_LOCAL, "DE"),
    "de_AT": ("de", "AT", DN.DE, None, "AT"),
    "de_CH": ("de", "CH", DN.DE, None, None),
    "nl_NL": ("nl", "NL", DN.NL, DN.NL_LOCAL, "NL"),
    "nl_BE": ("nl", "BE", DN.NL, None, "BE"),
    "fr_FR": ("fr", "FR", RH.FR, None, "FR"),
    "fr_BE": ("fr", "BE", RH.FR, None, "BE"),
    "fr_CH": ("fr", "CH", RH.FR, None, None),
    "es_ES": ("es", "ES", RH.ES, None, "ES"),
    "it_IT": ("it", "IT", RH.IT, None, "IT"),
    "pt_BR": ("pt", "BR", RH.PT, RH.PT_LOCAL, None),
    "pt_PT": ("pt", "PT", RH.PT, None, "PT"),
}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
CURRENCY = {"US": "$", "AU": "A$", "IE": "€", "IN": "₹"}
NOTE = {
    "en": "Notes",
    "de": "Notiz",
    "fr": "Note",
    "es": "Nota",
    "it": "Nota",
    "nl": "Notitie",
    "pt": "Obs.",
    "hi": "नोट",
}
SLOT = re.compile(r"\{(\w+)\}")


def lists_for(lang):
    if lang == "en":
        return EN.LIST_HEAD, EN.LIST_LABELS, EN.CLOSE
    if lang == "de":
        return DN.DE_LIST, DN.DE_LABELS, DN.DE_CLOSE
    if lang == "nl":
        return DN.NL_LIST, DN.NL_LABELS, DN.NL_CLOSE
    heads, labels = RH.LISTS[lang]
    return heads, labels, RH.CLOSE[lang]


def neg_value(rng, lang, kind, regions, stats, region):
    for _ in range(200):
        v = KINDS[kind](rng, lang)
        if lang == "en" and region in CURRENCY:
            v = v.replace("£", CURRENCY[region])
        if not screens.value_dirty(v, regions):
            return v
        stats["value_redraws"] += 1
    stats["swaps"] += 1
    return "75 cl"


def phone_value(rng, region, mode=None):
    if mode is None:
        if region in INTL_ONLY:
            mode = "international"
        else:
            x = rng.random()
            mode = (
                "international"
                if x < 0.15
                else ("service" if x < 0.24 and region in phones.SERVICE else "national")
            )
    if mode == "service":
        num = phones.draw(rng, region, "service")
        text, label = forms.write(rng, num, region, "service"), "other"
    else:
        kind = "mobile" if phones.MOBILE.get(region) and rng.random() < 0.5 else "fixed"
        num = phones.draw(rng, region, kind)
        wmode = mode if mode == "international" else "national-" + kind
        text, label = forms.write(rng, num, region, wmode), mode
    assert forms.check_written(text, num, region), (text, region)
    return {
        "kind": "PHONE",
        "mode": label,
        "text": text,
        "region": region,
        "e164": phones.e164(num),
        "area_len": None,
    }


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.values = []

    def add(self, s):
        self.text += s

    def add_value(self, v):
        start = len(self.text)
        self.text += v["text"]
        self.spans.append({"kind": v["kind"], "start": start, "end": len(self.text)})
        self.values.append(v)


def render(doc, rng, tmpl, fill):
    pos = 0
    for m in SLOT.finditer(tmpl):
        doc.add(tmpl[pos : m.start()])
        v = fill(m.group(1))
        if isinstance(v, str) and (m.start() == 0 or tmpl[m.start() - 2 : m.start()] == ": "):
            v = v[:1].upper() + v[1:] if m.start() == 0 and not v.startswith("pH") else v
        if isinstance(v, dict):
            doc.add_value(v)
        else:
            doc.add(v)
        pos = m.end()
    doc.add(tmpl[pos:])


def other_value(rng, slot, locale):
    lang, region, _, _, iban_cc = LOCALES[locale]
    if slot == "E":
        t, m = others.email(rng, rng.random() < 0.6)
        return {"kind": "EMAIL", "mode": m, "text": t}
    if slot == "C":
        t, m = others.card(rng)
        return {"kind": "CREDIT_CARD", "mode": m, "text": t}
    if slot == "I":
        t, m = others.iban(rng, iban_cc)
        return {"kind": "IBAN", "mode": m, "text": t}
    if slot == "IP":
        t, m = others.ip(rng)
        return {"kind": "IP_ADDRESS", "mode": m, "text": t}
    t, m = others.ssn(rng)
    return {"kind": "US_SSN", "mode": m, "text": t}


def usable(tmpl, locale):
    _, _, _, _, iban_cc = LOCALES[locale]
    if "{S}" in tmpl and locale != "en_US":
        return False
    return not ("{I}" in tmpl and not iban_cc)


def make(rng, locale, genre, kind, stats, local_n=0):
    """kind: pos, neg or local; local_n = how many local numbers (1 or 2) a local document takes."""
    lang, region, table, local_t, _ = LOCALES[locale]
    regions = screens.regions_for(lang, region)
    g = table[genre]
    heads, labels, closes = lists_for(lang)
    for _ in range(50):
        doc = Doc()
        nk = GENRE_KINDS[genre]

        def fill(slot, nk=nk):
            if slot == "N":
                return neg_value(rng, lang, rng.choice(nk), regions, stats, region)
            if slot in ("P", "P2"):
                return phone_value(rng, region)
            return other_value(rng, slot, locale)

        doc.add(rng.choice(g["head"]) + "\n\n")
        end = "।" if lang == "hi" else "."
        neg_lines = ["{N}" + end, "{N}" + end, "{N}" + end, NOTE[lang] + ": {N}" + end]
        for t in rng.sample(neg_lines, rng.randint(1, 3) if kind != "neg" else 3):
            render(doc, rng, t, fill)
            doc.add("\n")
        if kind == "pos":
            cands = [t for t in g["pos"] if usable(t, locale)]
            for t in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
                render(doc, rng, t, fill)
                doc.add("\n")
        elif kind == "local":
            town, area = rng.choice(phones.AREAS[region])
            tname = phones.HINDI_TOWNS[town] if lang == "hi" else town
            cands = [t for t in local_t if ("{L2}" in t) == (local_n == 2)]

            def lfill(slot, tname=tname, area=area):
                if slot == "T":
                    return tname
                num = phones.draw_local(rng, region, area)
                text = forms.local(rng, num, region)
                assert forms.check_written(text, num, region, area)
                assert pn.length_of_geographical_area_code(num) == len(area)
                return {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": region,
                    "e164": phones.e164(num),
                    "area_len": len(area),
                }

            render(doc, rng, rng.choice(cands), lfill)
            doc.add("\n")
        if kind == "pos" and rng.random() < 0.3:
            doc.add("\n" + rng.choice(heads) + "\n")
            style = rng.randrange(4)
            for lab in rng.sample(labels, rng.randint(2, 3)):
                v = phone_value(
                    rng,
                    region,
                    "international"
                    if region in INTL_ONLY
                    else rng.choice(["national", "national", "national", "international"]),
                )
                v["mode"] = "list-entry" if v["mode"] != "other" else "other"
                if style == 0:
                    doc.add(lab + ": ")
                    doc.add_value(v)
                elif style == 1:
                    doc.add(lab + " " + "." * rng.randint(4, 9) + " ")
                    doc.add_value(v)
                elif style == 2:
                    doc.add_value(v)
                    doc.add(" — " + lab)
                else:
                    doc.add("• " + lab.capitalize() + " – ")
                    doc.add_value(v)
                doc.add("\n")
        close = rng.choice(closes)
        if close:
            doc.add("\n" + close + "\n")
        if screens.doc_dirty(doc.text, doc.spans, regions):
            stats["doc_redraws"] += 1
            continue
        return doc
    raise RuntimeError("no clean document for %s %s" % (locale, genre))
