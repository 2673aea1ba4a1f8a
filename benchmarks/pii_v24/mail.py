"""E-mail addresses for v24: free-mail and organisation domains per language."""

import unicodedata

TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "de_DE": "de",
    "de_AT": "at",
    "de_CH": "ch",
    "fr_FR": "fr",
    "fr_BE": "be",
    "fr_CH": "ch",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "nl_BE": "be",
    "pt_BR": "com.br",
    "en_IN": "in",
    "en_AU": "com.au",
    "en_IE": "ie",
}
FREEMAIL = {
    "en": "gmail.com outlook.com icloud.com yahoo.com",
    "de": "gmx.de web.de t-online.de posteo.de",
    "fr": "orange.fr free.fr laposte.net sfr.fr",
    "es": "gmail.com hotmail.es telefonica.net yahoo.es",
    "it": "libero.it virgilio.it alice.it tiscali.it",
    "nl": "ziggo.nl kpnmail.nl hotmail.nl xs4all.nl",
    "pt": "uol.com.br bol.com.br terra.com.br gmail.com",
    "hi": "rediffmail.com gmail.com yahoo.co.in",
}
ROLE = {
    "en": "info bookings office reception hello lettings",
    "de": "info kontakt praxis buero verwaltung",
    "fr": "contact accueil secretariat reservation",
    "es": "info reservas administracion recepcion",
    "it": "info prenotazioni segreteria amministrazione",
    "nl": "info receptie beheer secretariaat",
    "pt": "contato reservas atendimento sindico",
    "hi": "info helpdesk office bookings",
}
ORG = {
    "en": "surgery lettings guesthouse residents",
    "de": "praxis hausverwaltung pension verein",
    "fr": "cabinet agence gite asso",
    "es": "clinica inmobiliaria casarural vecinos",
    "it": "studio agenzia agriturismo condominio",
    "nl": "praktijk verhuur bnb bewoners",
    "pt": "clinica imobiliaria pousada condominio",
    "hi": "clinic properties homestay society",
}


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum())


def email_item(rng, mode, spec, fake_email):
    lang, locale = spec["lang"], spec["locale"]
    if mode == "personal":
        first, last = ascii_slug(fake_email.first_name()), ascii_slug(fake_email.last_name())
        local = rng.choice(
            (
                first + "." + last,
                first[0] + last,
                first + "_" + last[:1] + str(rng.randint(60, 99)),
                last + "." + first,
                first + last[:3],
            )
        )
        dom = rng.choice(FREEMAIL[lang].split())
    else:
        local = rng.choice(ROLE[lang].split())
        dom = "%s-%s.%s" % (rng.choice(ORG[lang].split()), ascii_slug(fake_email.last_name()), TLD[locale])
    return {"kind": "EMAIL", "mode": mode, "text": local + "@" + dom}
