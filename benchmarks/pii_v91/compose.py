"""Fills v91's sentences: every slot becomes text, PII slots also a span and a sidecar value."""

import re

import phonenumbers as pn
from faker import Faker

from . import fmt, negs, pii
from . import numbers as nums

SLOT = re.compile(r"\{(L|T|P|M|I|F|E|R|C|B|IP|S|N|X:\w+)\}")
FAKER_LOCALE = {"hi": "hi_IN"}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "CH", "AT", "BE", "IE", "AU"]
INTL_ONLY = {"en_AU", "en_IE", "de_AT", "de_CH", "fr_BE", "nl_BE"}
ROLES = {
    "en": ["campaign", "agent", "casework", "press", "office", "volunteers", "petition"],
    "de": ["kontakt", "buergerbuero", "wahlkampf", "presse", "info"],
    "fr": ["contact", "permanence", "campagne", "presse"],
    "es": ["campana", "contacto", "prensa"],
    "it": ["segreteria", "comitato", "stampa"],
    "nl": ["campagne", "info", "fractie", "pers"],
    "pt": ["comite", "contato", "imprensa"],
    "hi": ["office", "sampark", "media"],
}
LAYOUTS = [
    "• {label}: {phone}",
    "{label}\t{phone}",
    "{phone} – {label}",
    "{label} ({phone})",
    "- {label}, {phone}",
]


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.seed = seed
        mail = Faker("en_US")
        mail.seed_instance(seed)
        self.mail = mail

    def faker(self, locale, lang):
        key = FAKER_LOCALE.get(lang, locale)
        if key not in self.fakers:
            f = Faker(key)
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[key] = f
        return self.fakers[key]

    # phones -------------------------------------------------------------------------------------------
    def phone(self, locale, kind, mode):
        rng = self.rng
        home = negs.LOCALE_REGION[locale]
        natreg = negs.NATIONAL_OF.get(locale, home)
        if mode == "international":
            region = (
                home
                if locale in INTL_ONLY and rng.random() < 0.5
                else rng.choice([r for r in FOREIGN if r != natreg])
            )
            k = kind if kind != "other" else "fixed"
            num = nums.draw(rng, region, k)
            return fmt.write_international(rng, num, natreg, k), num, "international"
        if locale in INTL_ONLY and kind != "other" and rng.random() < 0.5:
            num = nums.draw(rng, home, kind)
            t = fmt.write_international(rng, num, natreg, kind)
            return t, num, ("international" if mode == "national" else mode)
        num = nums.draw(rng, natreg, kind)
        t = fmt.write_national(rng, num, kind)
        return t, num, mode

    # filling -------------------------------------------------------------------------------------------
    def fill(self, template, ctx, out):
        """Append template, filled, to out = {'text': str, 'spans': [], 'values': []}."""
        rng = self.rng
        pos = 0
        for m in SLOT.finditer(template):
            out["text"] += template[pos : m.start()]
            pos = m.end()
            slot = m.group(1)
            value = None
            if slot == "T":
                out["text"] += ctx["town"]
                continue
            if slot == "N":
                out["text"] += ctx["faker"].name()
                continue
            if slot.startswith("X:"):
                out["text"] += self.drawer.draw(slot[2:], ctx["regions"], ctx["lang"])
                continue
            if slot == "L":
                region, area = ctx["local_region"], ctx["area"]
                num, sub = nums.draw_local(rng, region, area, ctx["sub_len"])
                text = fmt.local(region, sub, rng.choice(fmt.LOCAL_HABITS[region]))
                value = {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": region,
                    "e164": nums.e164(num),
                    "area_len": len(area),
                }
            elif slot in ("P", "M", "I", "F"):
                kind = {"P": "fixed", "M": "mobile", "I": rng.choice(["fixed", "mobile"]), "F": "other"}[slot]
                mode = {"P": "national", "M": "national", "I": "international", "F": "other"}[slot]
                text, num, mode = self.phone(ctx["locale"], kind, mode)
                value = {
                    "kind": "PHONE",
                    "mode": mode,
                    "text": text,
                    "region": pn.region_code_for_number(num),
                    "e164": nums.e164(num),
                    "area_len": None,
                }
            elif slot == "E":
                f = ctx["faker"]
                user = self.mail.user_name()
                if rng.random() < 0.4:
                    user = re.sub(r"[^a-z]", "", f.first_name().lower()) or user
                    user += rng.choice([".", "_", ""]) + re.sub(r"[^a-z]", "", f.last_name().lower())
                text = f"{user.strip('._')}@{self.mail.free_email_domain()}"
                value = {"kind": "EMAIL", "mode": "personal", "text": text}
            elif slot == "R":
                text = f"{rng.choice(ROLES[ctx['lang']])}@{self.mail.domain_name()}"
                value = {"kind": "EMAIL", "mode": "role", "text": text}
            elif slot == "C":
                mode, text = pii.card(rng)
                value = {"kind": "CREDIT_CARD", "mode": mode, "text": text}
            elif slot == "B":
                mode, text = pii.iban(rng, ctx["iban_cc"])
                value = {"kind": "IBAN", "mode": mode, "text": text}
            elif slot == "IP":
                mode, text = pii.ip(rng)
                value = {"kind": "IP_ADDRESS", "mode": mode, "text": text}
            elif slot == "S":
                mode, text = pii.ssn(rng)
                value = {"kind": "US_SSN", "mode": mode, "text": text}
            start = len(out["text"])
            out["text"] += value["text"]
            out["spans"].append({"kind": value["kind"], "start": start, "end": len(out["text"])})
            out["values"].append(value)
        out["text"] += template[pos:]

    def contact_block(self, lex, ctx, out):
        rng = self.rng
        out["text"] += "\n" + rng.choice(lex["heads"]) + "\n"
        layout = rng.choice(LAYOUTS)
        labels = rng.sample(lex["labels"], min(len(lex["labels"]), rng.randrange(2, 4)))
        for label in labels:
            kind = rng.choice(["fixed", "mobile", "mobile"])
            text, num, _mode = self.phone(ctx["locale"], kind, "list-entry")
            before, after = layout.split("{phone}")
            out["text"] += before.replace("{label}", label)
            start = len(out["text"])
            out["text"] += text
            out["spans"].append({"kind": "PHONE", "start": start, "end": len(out["text"])})
            out["values"].append(
                {
                    "kind": "PHONE",
                    "mode": "list-entry",
                    "text": text,
                    "region": pn.region_code_for_number(num),
                    "e164": nums.e164(num),
                    "area_len": None,
                }
            )
            out["text"] += after.replace("{label}", label) + "\n"
