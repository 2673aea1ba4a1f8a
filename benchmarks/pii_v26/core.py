"""Values, template filling and rendering of pieces into text with character offsets."""

import re
from dataclasses import dataclass, field

from faker import Faker

from . import negfmt, negs

SLOT = re.compile(r"\{(\w+)\}")

# locale: (language of generated text, Faker locale, home region, national plan region)
LOCALES = {
    "en_US": ("en", "en_US", "US", "US"),
    "en_GB": ("en", "en_GB", "GB", "GB"),
    "en_IN": ("en", "en_IN", "IN", "IN"),
    "en_AU": ("en", "en_AU", "AU", "GB"),
    "en_IE": ("en", "en_IE", "IE", "GB"),
    "de_DE": ("de", "de_DE", "DE", "DE"),
    "de_AT": ("de", "de_AT", "AT", "DE"),
    "de_CH": ("de", "de_CH", "CH", "DE"),
    "fr_FR": ("fr", "fr_FR", "FR", "FR"),
    "fr_BE": ("fr", "fr_BE", "BE", "FR"),
    "fr_CH": ("fr", "fr_CH", "CH", "FR"),
    "es_ES": ("es", "es_ES", "ES", "ES"),
    "it_IT": ("it", "it_IT", "IT", "IT"),
    "nl_NL": ("nl", "nl_NL", "NL", "NL"),
    "nl_BE": ("nl", "nl_BE", "BE", "NL"),
    "pt_BR": ("pt", "pt_BR", "BR", "BR"),
}
HI_TOWNS = {
    "Delhi": "दिल्ली",
    "Mumbai": "मुंबई",
    "Kolkata": "कोलकाता",
    "Chennai": "चेन्नई",
    "Bengaluru": "बेंगलुरु",
    "Hyderabad": "हैदराबाद",
    "Pune": "पुणे",
    "Jaipur": "जयपुर",
    "Kochi": "कोच्चि",
    "Lucknow": "लखनऊ",
    "Chandigarh": "चंडीगढ़",
    "Ahmedabad": "अहमदाबाद",
    "Patna": "पटना",
}
_FAKERS = {}


def faker(loc):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


@dataclass
class Val:
    kind: str
    mode: str
    text: str
    region: str = ""
    e164: str = ""
    area_len: int = -1
    style: str = ""
    placement: str = ""
    phrase: str = ""
    extra: dict = field(default_factory=dict)

    def sidecar(self):
        out = {"kind": self.kind, "mode": self.mode, "text": self.text}
        if self.kind == "PHONE":
            out.update(region=self.region, e164=self.e164, area_len=self.area_len)
        return out


class Ctx:
    """Everything one document draws from: its random stream, language, regions, texts and names."""

    def __init__(self, rng, locale, lang, L, fk_locale, home, plan, seed):
        self.rng, self.locale, self.lang, self.L = rng, locale, lang, L
        self.home, self.plan = home, plan
        self.fk = faker(fk_locale)
        self.fk.seed_instance(seed)
        self.negs = []
        self.phrases = []
        self.town = ""
        self.names = {}
        self.shapes = []
        self.roster_formats = []
        self.area = None
        self.year = rng.choice((2024, 2024, 2025))
        negfmt.YEAR[0] = self.year

    def pick(self, seq):
        return self.rng.choice(seq)

    def person(self):
        return f"{self.fk.first_name()} {self.fk.last_name()}"

    def neg(self, kind):
        self.negs.append(kind)
        return negs.make(kind, self.rng, self.lang, self.home)

    def named(self, key):
        """Names that stay the same within a document (town, club, school ...)."""
        if key not in self.names:
            W = self.L["words"]
            if key in ("club", "club2"):
                val = self.pick(W["team"] if key == "club2" else W["club"])
                val = val.replace("{town}", self.town if key == "club" else self.other_town())
            elif key in ("school", "org", "lab", "team"):
                val = self.pick(W[key]).replace("{town}", self.town)
            elif key in ("dish", "business", "tender_title"):
                val = self.pick(W[key])
            elif key == "stop":
                val = self.pick(self.L["blocks"]["stops"])
            elif key == "route":
                val = str(self.rng.choice((1, 4, 7, 12, 23, 36, 42, 61, 88, 105, 220, 403)))
            elif key in ("name", "name2"):
                val = self.person()
            else:
                raise KeyError(key)
            self.names[key] = val
        return self.names[key]

    def other_town(self):
        from .values import AREAS

        towns = [t for _, t, _ in AREAS.get(self.home, AREAS["GB"]) if t != self.town]
        return self.localise_town(self.pick(towns))

    def localise_town(self, town):
        return HI_TOWNS.get(town, town) if self.lang == "hi" else town

    def fill(self, tmpl, **given):
        """Template -> pieces (strings and Val objects); unknown slots are names or hard negatives."""
        pieces, pos = [], 0
        for m in SLOT.finditer(tmpl):
            pieces.append(tmpl[pos : m.start()])
            key = m.group(1)
            if key in given:
                pieces.append(given[key])
            elif key == "town":
                pieces.append(self.town)
            elif key in negs.GEN:
                pieces.append(self.neg(key))
            else:
                pieces.append(self.named(key))
            pos = m.end()
        pieces.append(tmpl[pos:])
        return [p for p in pieces if p != ""]

    def text(self, tmpl, **given):
        out = self.fill(tmpl, **given)
        assert all(isinstance(p, str) for p in out), tmpl
        return "".join(out)


def render(paragraphs):
    """Paragraphs (lists of pieces) -> text, spans and values in span order."""
    text, spans, vals = [], [], []
    pos = 0
    for i, para in enumerate(paragraphs):
        if i:
            text.append("\n\n")
            pos += 2
        for piece in para:
            if isinstance(piece, Val):
                spans.append({"kind": piece.kind, "start": pos, "end": pos + len(piece.text)})
                vals.append(piece)
                text.append(piece.text)
                pos += len(piece.text)
            else:
                text.append(piece)
                pos += len(piece)
    return "".join(text), spans, vals
