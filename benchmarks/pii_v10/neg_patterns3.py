"""Hard negatives, part 2b: legal references, markets, colours and radio."""

from __future__ import annotations

from .neg_labelled import base_lang
from .neg_patterns import FX, _r, w


def p_statute(rng, lang):
    b = base_lang(lang)
    if b == "de":
        return "gemäß § %d Abs. %d BGB" % (_r(rng, 100, 2385), _r(rng, 1, 4))
    if b == "fr":
        return "article L. %d-%d du Code de la consommation" % (_r(rng, 100, 899), _r(rng, 1, 30))
    if b == "en":
        return "under s. %d(%d) of the Charities Act 2011" % (_r(rng, 1, 350), _r(rng, 1, 6))
    return "%s %d" % (w(lang, "-|-|-|artículo|articolo|artikel|artigo"), _r(rng, 1, 2000))


def p_court(rng, lang):
    b = base_lang(lang)
    if b == "de":
        return "Az. %d O %d/%d" % (_r(rng, 1, 30), _r(rng, 10, 999), _r(rng, 19, 25))
    if b == "en":
        return "Claim No. K%02dYM%03d" % (_r(rng, 10, 99), _r(rng, 100, 999))
    return "RG %d/%05d" % (_r(rng, 19, 25), _r(rng, 0, 99999))


def p_years(rng, lang):
    a = _r(rng, 1950, 2010)
    return "%s %d–%d" % (
        w(lang, "Chair|Vorsitz|Présidence|Presidencia|Presidenza|Voorzitter|Presidência"),
        a,
        a + _r(rng, 2, 15),
    )


def p_fx(rng, lang):
    cur = rng.choice(["USD", "GBP", "CHF", "BRL", "INR"])
    return "EUR/%s %.4f" % (cur, FX[cur] * rng.uniform(0.97, 1.03))


def p_index(rng, lang):
    return "%s %d %03d,%02d (%+.2f %%)" % (
        rng.choice(["DAX", "CAC 40", "IBEX 35", "FTSE MIB", "AEX"]),
        _r(rng, 1, 19),
        _r(rng, 0, 999),
        _r(rng, 0, 99),
        rng.uniform(-2, 2),
    )


def p_hex(rng, lang):
    return "%s #%06X" % (
        w(lang, "Club colour|Vereinsfarbe|Couleur|Color|Colore|Clubkleur|Cor"),
        _r(rng, 0, 0xFFFFFF),
    )


def p_mac(rng, lang):
    return "MAC " + ":".join("%02X" % _r(rng, 0, 255) for _ in range(6))


def p_freq(rng, lang):
    return "%s %d.%03d MHz" % (
        w(lang, "Channel|Funkkanal|Fréquence|Frecuencia|Frequenza|Frequentie|Frequência"),
        _r(rng, 144, 446),
        _r(rng, 0, 995),
    )
