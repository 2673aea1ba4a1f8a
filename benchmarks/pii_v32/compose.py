"""Document assembly for v32: one renderer per spoken/transcribed genre. Values are carried inside the text
between private-use markers (\\ue000 + index char ... \\ue001) until finish() turns them into spans."""

import re

from . import negs
from . import values as V

OPEN, CLOSE, BASE = "\ue000", "\ue001", 0xE100
GENRES = ("voicemail", "callnote", "meeting", "subtitle", "dictation", "phonein", "leaflet", "ivr")
SPOKEN = {"voicemail", "meeting", "subtitle", "dictation", "phonein"}


class Doc:
    def __init__(self, rng, lang, locale, region, nat_region, texts, fake, genre):
        self.rng, self.lang, self.locale, self.region = rng, lang, locale, region
        self.nat_region, self.T, self.fake, self.genre = nat_region, texts, fake, genre
        self.vals, self.negs = [], []
        self.area = None

    # -------------------------------------------------------------- values
    def mark(self, value):
        self.vals.append(value)
        return OPEN + chr(BASE + len(self.vals) - 1) + value["text"] + CLOSE

    def phone_value(self, ph, mode, text):
        al = len(ph.area) if mode == "local-announced" else V.area_len(ph)
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": ph.region,
            "e164": ph.e164,
            "area_len": al,
        }

    def draw_phone(self, kind=None, mode=None):
        r = self.rng
        own_intl = self.region in ("AT", "CH", "BE", "AU", "IE")
        kind = kind or r.choice(("fixed", "mobile", "mobile"))
        if kind == "service":
            ph = V.make_phone(r, self.nat_region, "service")
            return ph, "other", V.fmt_national(r, ph)
        if own_intl and (mode == "international" or r.random() < 0.5):
            ph = V.make_phone(r, self.region, kind)
            return ph, "international", V.fmt_international(r, ph, self.genre in SPOKEN)
        reg = self.nat_region
        ph = V.make_phone(r, reg, kind)
        mode = mode or ("international" if r.random() < 0.3 else "national")
        stt = self.genre in SPOKEN and r.random() < 0.5
        if mode == "international":
            return ph, mode, V.fmt_international(r, ph, stt)
        return ph, mode, V.fmt_national(r, ph, stt)

    def phone(self, kind=None, mode=None, list_entry=False):
        ph, m, text = self.draw_phone(kind, mode)
        if list_entry and m != "other":
            m = "list-entry"
        return self.mark(self.phone_value(ph, m, text)), ph, m, text

    def local_phone(self):
        ph = V.make_phone(self.rng, self.region, "fixed", self.area)
        return self.mark(self.phone_value(ph, "local-announced", V.fmt_local(self.rng, ph)))

    def neg(self, kind):
        v = negs.make(self.rng, kind, self.lang, self.region)
        self.negs.append((kind, v))
        return v

    def fill(self, tpl, cat="ph"):
        r, out = self.rng, tpl
        if "{N}" in out:
            out = out.replace("{N}", self.fake.name())
        if "{T}" in out:
            out = out.replace("{T}", self.area[0])
        if "{P}" in out:
            if cat == "local":
                out = out.replace("{P}", self.local_phone())
            else:
                kind = {"mob": "mobile", "fix": "fixed", "svc": "service"}.get(cat)
                if kind == "fixed" and self.region == "US":
                    kind = "fixed"
                mk, ph, m, text = self.phone(kind)
                out = out.replace("{P}", mk, 1)
                if "{P2}" in out:
                    again = (
                        text
                        if r.random() < 0.6
                        else V.fmt_national(r, ph, True)
                        if m in ("national", "other")
                        else V.fmt_international(r, ph, True)
                    )
                    if V.parse_back(again, ph.region) != ph.e164:
                        again = text
                    out = out.replace("{P2}", self.mark(self.phone_value(ph, m, again)))
        if "{E}" in out:
            out = out.replace("{E}", self.mark(self.email()))
        if "{I}" in out:
            ctry = {"US": "DE", "IN": "GB", "AU": "GB", "BR": "PT"}.get(self.region, self.region)
            t, m = V.make_iban(r, ctry)
            out = out.replace("{I}", self.mark({"kind": "IBAN", "mode": m, "text": t}))
        if "{C}" in out:
            t, m = V.make_card(r)
            out = out.replace("{C}", self.mark({"kind": "CREDIT_CARD", "mode": m, "text": t}))
        if "{A}" in out:
            t, m = V.make_ip(r)
            out = out.replace("{A}", self.mark({"kind": "IP_ADDRESS", "mode": m, "text": t}))
        if "{S}" in out:
            t, m = V.make_ssn(r)
            out = out.replace("{S}", self.mark({"kind": "US_SSN", "mode": m, "text": t}))
        return out

    def email(self):
        r = self.rng
        first, last = self.fake.first_name(), self.fake.last_name()
        clean = re.sub(r"[^a-z]", "", (first + "." + last).lower().translate(TRANS).replace(".", "_"))
        if len(clean) < 5 or clean.startswith("_") or clean.endswith("_"):
            clean = r.choice(("ravi", "meera", "kiran", "sam", "alex")) + "_" + r.choice(("k", "m", "s", "p"))
        dom = r.choice(DOMAINS.get(self.region, DOMAINS["GB"]))
        if r.random() < 0.35:
            role = r.choice(("callback", "service", "studio", "info", "helpline", "rueckruf", "contact"))
            return {"kind": "EMAIL", "mode": "role", "text": "%s@%s" % (role, r.choice(ORG_DOMAINS))}
        user = r.choice(
            (
                clean.replace("_", "."),
                clean.replace("_", "") + str(r.randint(1, 99)),
                clean[:1] + "." + clean.split("_")[-1],
            )
        )
        return {"kind": "EMAIL", "mode": "personal", "text": "%s@%s" % (user, dom)}


TRANS = str.maketrans("äöüßéèêàáâãçíóôõúñëï", "aouseeeaaaacioooune" + "i")
DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com"],
    "IN": ["rediffmail.com", "gmail.com"],
    "AU": ["bigpond.com"],
    "IE": ["eircom.net"],
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "AT": ["gmx.at"],
    "CH": ["bluewin.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net"],
    "BE": ["skynet.be", "telenet.be"],
    "ES": ["telefonica.net", "gmail.com"],
    "IT": ["libero.it", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl"],
    "PT": ["sapo.pt", "gmail.com"],
    "BR": ["uol.com.br", "bol.com.br"],
}
ORG_DOMAINS = [
    "radio-vale.example.org",
    "helpline-north.org",
    "wohnbau-ost.de",
    "clinique-belair.fr",
    "podcast-lab.nl",
    "ayuda-mayores.es",
    "sportello-casa.it",
    "linha-apoio.pt",
    "seva-helpline.in",
]


def wrap_caption(doc, s, width=40):
    """Greedy caption wrap: spaces outside values, or inside a phone value, may become line breaks."""
    out, line_len, depth, last_space, i = list(s), 0, 0, -1, 0
    visible_since_space = 0
    while i < len(out):
        ch = out[i]
        if ch == OPEN:
            depth = 0 if doc.vals[ord(out[i + 1]) - BASE]["kind"] == "PHONE" else 1
            i += 2
            continue
        if ch == CLOSE:
            depth, i = 0, i + 1
            continue
        if ch == " " and not depth:
            last_space, visible_since_space = i, 0
        else:
            visible_since_space += 1
        line_len += 1
        if line_len > width and last_space >= 0:
            out[last_space] = "\n"
            line_len, last_space = visible_since_space, -1
        i += 1
    return "".join(out)


def finish(doc, raw):
    """Strip the markers; return (text, spans, values) with spans in text order."""
    text, spans, values, i, cur = [], [], [], 0, None
    pos = 0
    while i < len(raw):
        ch = raw[i]
        if ch == OPEN:
            cur = (ord(raw[i + 1]) - BASE, pos)
            i += 2
            continue
        if ch == CLOSE:
            idx, start = cur
            val = dict(doc.vals[idx])
            val["text"] = "".join(text[start:pos])
            spans.append({"kind": val["kind"], "start": start, "end": pos})
            values.append(val)
            i += 1
            continue
        text.append(ch)
        pos += 1
        i += 1
    return "".join(text), spans, values
