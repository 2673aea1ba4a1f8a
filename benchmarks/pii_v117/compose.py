"""Documents of v117: a title, sentences from a genre's cell, announced local numbers, contact blocks."""

from __future__ import annotations

import random
import re

from faker import Faker

from . import habits, negs, values
from .numbers import AREAS, draw_local, draw_nsn, e164

# locale -> (language, own region, region of national/list/service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_AU": ("en", "AU", "GB"),
    "en_IE": ("en", "IE", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "fr_CH": ("fr", "CH", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
    "hi": ("hi", "IN", "IN"),
}
HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
FOREIGN = {
    "en": ["GB", "US", "IE", "AU"],
    "de": ["AT", "CH", "NL"],
    "fr": ["BE", "CH", "ES"],
    "es": ["PT", "FR", "IT"],
    "it": ["CH", "FR", "DE"],
    "nl": ["BE", "DE", "GB"],
    "pt": ["PT", "BR", "ES"],
    "hi": ["GB", "US", "IN"],
}
IBAN_COUNTRY = {"US": "GB", "IN": "GB", "BR": "PT", "AU": "GB"}
SLOT = re.compile(r"\{(P|M|I|F|E|C|B|A|S|L|L2|name|town|N:\w+)\}")
FAKERS: dict[str, Faker] = {}


def faker(locale: str) -> Faker:
    if locale not in FAKERS:
        f = Faker("hi_IN" if locale == "hi" else locale)
        f.seed_instance(22117 + len(FAKERS))
        FAKERS[locale] = f
    return FAKERS[locale]


class Doc:
    def __init__(
        self, rng: random.Random, locale: str, drawer: negs.Drawer, town: str = "", area: str = ""
    ) -> None:
        self.rng, self.locale, self.drawer = rng, locale, drawer
        self.lang, self.own, self.nat = LOCALES[locale]
        self.town, self.area = town, area
        self.text = ""
        self.spans: list[dict] = []
        self.vals: list[dict] = []

    @property
    def regions(self) -> list[str]:
        return sorted({self.own, self.nat, *HOME[self.lang]})

    def phone(self, slot: str, mode: str | None = None) -> tuple[str, dict]:
        rng = self.rng
        if slot == "F":
            reg = self.nat
            nsn = draw_nsn(rng, reg, "other")
            text, mode = habits.service(rng, reg, nsn), "other"
        elif slot == "I" or (
            self.own != self.nat and slot in ("P", "M") and mode is None and rng.random() < 0.5
        ):
            reg = self.own if self.own != self.nat else rng.choice(FOREIGN[self.lang])
            nsn = draw_nsn(rng, reg, "mobile" if slot == "M" or rng.random() < 0.4 else "fixed")
            text, mode = habits.international(rng, reg, nsn), "international"
        elif slot == "L":
            reg = self.own
            nsn = draw_local(rng, reg, self.area)
            text, mode = habits.local(rng, reg, nsn[len(self.area) :]), "local-announced"
        else:
            reg = self.nat
            nsn = draw_nsn(rng, reg, "mobile" if slot == "M" else rng.choice(["fixed", "fixed", "mobile"]))
            text = habits.national(rng, reg, nsn)
            mode = mode or "national"
        val = {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": reg,
            "e164": e164(reg, nsn),
            "area_len": len(self.area) if mode == "local-announced" else None,
        }
        return text, val

    def fill(self, slot: str) -> tuple[str, dict | None]:
        rng = self.rng
        if slot in ("P", "M", "I", "F", "L", "L2"):
            return self.phone("L" if slot == "L2" else slot)
        if slot == "E":
            t, m = values.email(rng)
            return t, {"kind": "EMAIL", "mode": m, "text": t}
        if slot == "C":
            t, m = values.card(rng)
            return t, {"kind": "CREDIT_CARD", "mode": m, "text": t}
        if slot == "B":
            t, m = values.iban(rng, IBAN_COUNTRY.get(self.own, self.own))
            return t, {"kind": "IBAN", "mode": m, "text": t}
        if slot == "A":
            t, m = values.ip(rng)
            return t, {"kind": "IP_ADDRESS", "mode": m, "text": t}
        if slot == "S":
            t, m = values.ssn(rng)
            return t, {"kind": "US_SSN", "mode": m, "text": t}
        if slot == "name":
            return faker(self.locale).name(), None
        if slot == "town":
            return self.town, None
        return self.drawer.draw(slot[2:], self.lang, self.regions), None

    def add(self, template: str) -> None:
        pos = 0
        for m in SLOT.finditer(template):
            self.text += template[pos : m.start()]
            text, val = self.fill(m.group(1))
            if val is not None:
                self.spans.append(
                    {"kind": val["kind"], "start": len(self.text), "end": len(self.text) + len(text)}
                )
                self.vals.append(val)
            self.text += text
            pos = m.end()
        self.text += template[pos:]

    def add_list(self, head: str, labels: list[str], layout: str) -> None:
        self.add("\n" + head + "\n")
        for label in labels:
            self.add(layout.replace("LABEL", label).replace("PHONE", "{P}") + "\n")
        # every phone after the head is a list entry
        cut = self.text.rfind("\n" + head + "\n")
        for sp, v in zip(self.spans, self.vals, strict=True):
            if sp["start"] > cut and v["kind"] == "PHONE":
                v["mode"] = "list-entry"


LAYOUTS = ["• LABEL: PHONE", "LABEL\tPHONE", "PHONE — LABEL", "LABEL >> PHONE", "- LABEL, PHONE"]


def blanked(text: str, spans: list[dict]) -> str:
    out = text
    for sp in spans:
        out = out[: sp["start"]] + " " * (sp["end"] - sp["start"]) + out[sp["end"] :]
    return out


def town_for(rng: random.Random, region: str) -> tuple[str, str]:
    return rng.choice(AREAS[region])
