"""Hard negatives for v48: food and hospitality numbers that are not PII (screens are in screens.py)."""

from .screens import value_dirty

COMMA = {"de", "fr", "es", "it", "nl", "pt"}
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
CUR = {"en": "£", "de": "€", "fr": "€", "es": "€", "it": "€", "nl": "€", "pt": "R$ ", "hi": "₹"}


def _dec(lang, x, nd=1):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if lang in COMMA else s


def _n(r, a, b):
    return r.randint(a, b)


def _L(r, k):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))


def k_table(r, lang):
    return r.choice(
        [
            str(_n(r, 1, 48)),
            f"T{_n(r, 1, 30)}",
            f"{_n(r, 1, 20)}{r.choice('ABC')}",
            f"{_n(r, 2, 9)}+{_n(r, 10, 12)}",
        ]
    )


def k_app_order(r, lang):
    return r.choice(
        [
            f"#{_L(r, 1)}{_n(r, 1, 9)}-{_n(r, 1000, 99999)}",
            f"#{_n(r, 100, 999)}-{_L(r, 3)}",
            f"{_L(r, 2)}{_n(r, 1000, 9999)}",
        ]
    )


def k_menu_no(r, lang):
    lab = {
        "en": "No. ",
        "de": "Nr. ",
        "fr": "n° ",
        "es": "n.º ",
        "it": "n. ",
        "nl": "nr. ",
        "pt": "nº ",
        "hi": "No. ",
    }[lang]
    return lab + r.choice([str(_n(r, 1, 140)), f"{_n(r, 1, 99)}{r.choice('abc')}"])


def k_price_weight(r, lang):
    c = CUR[lang]
    if lang == "en":
        return r.choice(
            [
                f"£{_n(r, 1, 6)}.{_n(r, 10, 99)} per 100g",
                f"${_n(r, 8, 39)}.{_n(r, 10, 99)}/lb",
                f"£{_n(r, 12, 48)}.{_n(r, 10, 99)}/kg",
            ]
        )
    if lang == "hi":
        return f"₹{_n(r, 180, 1400)}/kg"
    return r.choice(
        [
            f"{c}{_dec(lang, _n(r, 600, 6900) / 100, 2)}/kg",
            f"{_dec(lang, _n(r, 90, 690) / 100, 2)} {c.strip()}/100 g",
        ]
    )


def k_energy(r, lang):
    kcal = _n(r, 180, 1150)
    return r.choice([f"{kcal} kcal", f"{round(kcal * 4.184)} kJ / {kcal} kcal"])


def k_allergens(r, lang):
    if lang in ("de",) and r.random() < 0.6:
        return ", ".join(sorted(r.sample("ACDEFGHLMNOP", _n(r, 2, 5))))
    return ",".join(str(x) for x in sorted(r.sample(range(1, 15), _n(r, 2, 5))))


def k_e_number(r, lang):
    return ", ".join(
        r.sample(["E330", "E 471", "E150d", "E322", "E 300", "E412", "E160a", "E 202", "E621"], _n(r, 1, 3))
    )


def k_hygiene_id(r, lang):
    return r.choice(
        [
            f"FHRS/{_n(r, 100, 999)}/{_n(r, 10, 99)}",
            f"{_L(r, 2)}-{_n(r, 1000, 9999)}",
            f"{_n(r, 2019, 2025)}-{_n(r, 100, 999)}/{_L(r, 1)}",
        ]
    )


def k_lot(r, lang):
    return r.choice(
        [
            f"L{_n(r, 1000, 9999)}{_L(r, 1)}",
            f"LOT {_n(r, 20, 26)}-{_n(r, 100, 399)}",
            f"{_L(r, 1)}{_n(r, 10, 99)}-{_n(r, 1000, 9999)}",
        ]
    )


def k_best_before(r, lang):
    d, m, y = _n(r, 1, 28), _n(r, 1, 12), _n(r, 2025, 2027)
    if lang == "en":
        return r.choice([f"{d:02d} {MONTHS[m - 1]} {y % 100}", f"{d:02d}/{m:02d}/{y}"])
    return r.choice([f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{y}", f"{d:02d}/{m:02d}/{y % 100}"])


def k_vintage(r, lang):
    return str(_n(r, 1998, 2023))


def k_recipe_qty(r, lang):
    u = {
        "en": ["g", "ml", "tsp", "tbsp", "oz"],
        "de": ["g", "ml", "EL", "TL"],
        "fr": ["g", "cl", "c. à s."],
        "es": ["g", "ml", "cucharadas"],
        "it": ["g", "ml", "cucchiai"],
        "nl": ["g", "ml", "el"],
        "pt": ["g", "ml", "colheres"],
        "hi": ["ग्राम", "कप", "चम्मच"],
    }[lang]
    return r.choice([f"{_n(r, 2, 50) * 25} {u[0]}", f"{_n(r, 1, 4)}½ {u[-1]}", f"{_n(r, 1, 9) * 50} {u[1]}"])


def k_oven(r, lang):
    c = r.choice([160, 170, 180, 190, 200, 220, 230, 250])
    extra = {
        "en": f" / Gas {(c - 120) // 14}",
        "de": " (Umluft)",
        "fr": f" (th. {c // 30})",
        "es": "",
        "it": " ventilato",
        "nl": "",
        "pt": "",
        "hi": "",
    }[lang]
    return r.choice(
        [f"{c} °C{extra}", f"{c}°C", f"{round(c * 9 / 5 + 32)}°F"]
        if lang == "en"
        else [f"{c} °C{extra}", f"{c}°C"]
    )


def k_covers(r, lang):
    return str(_n(r, 24, 260))


def k_eta(r, lang):
    h, m = _n(r, 11, 22), _n(r, 0, 49)
    return r.choice([f"{h}:{m:02d}–{h}:{m + 10:02d}", f"{_n(r, 2, 5) * 5}–{_n(r, 6, 9) * 5} min"])


def k_abv(r, lang):
    return f"{_dec(lang, _n(r, 45, 150) / 10)} % vol"


def k_volume(r, lang):
    return r.choice(
        [
            "75 cl",
            "37,5 cl" if lang in COMMA else "37.5 cl",
            "0,33 l" if lang in COMMA else "330 ml",
            "1,5 l" if lang in COMMA else "1.5 l",
            "50 cl",
            "3 l",
        ]
    )


def k_scoville(r, lang):
    return f"{_n(r, 2, 900) * 1000:,}".replace(",", "." if lang in COMMA else ",") + " SHU"


def k_fridge_log(r, lang):
    return f"{_dec(lang, _n(r, 5, 79) / 10)} °C @ {_n(r, 6, 22):02d}:{r.choice(['00', '15', '30', '45'])}"


def k_stamps(r, lang):
    n = r.choice([8, 10, 12])
    return f"{_n(r, 1, n - 1)}/{n}"


def k_promo(r, lang):
    return r.choice(["PIZZA", "SUSHI", "BRUNCH", "TAPAS", "CURRY", "FREEDEL", "HUNGRY", "WELCOME"]) + str(
        r.choice([10, 15, 20, 25, 30])
    )


def k_service_charge(r, lang):
    return (
        r.choice(["12.5 %", "10 %", "15 %", "12,5 %"]) if lang != "en" else r.choice(["12.5%", "10%", "15%"])
    )


def k_health_mark(r, lang):
    return r.choice(
        [
            f"DE {r.choice(['BY', 'NW', 'BW', 'NI'])} {_n(r, 100, 99999)} EG",
            f"FR {_n(r, 1, 95):02d}.{_n(r, 100, 999)}.{_n(r, 1, 99):03d} CE",
            f"ES {_n(r, 10, 40)}.{_n(r, 1000, 29999)}/{_L(r, 1)} CE",
            f"IT {_n(r, 100, 2999)} L CE",
            f"UK {_L(r, 2)}{_n(r, 10, 999)} EC",
            f"NL {_n(r, 10, 999)} EG",
        ]
    )


def k_egg_code(r, lang):
    return r.choice(
        [
            f"{_n(r, 0, 3)}-DE-{_n(r, 1, 16):02d}{_n(r, 100, 999)}",
            f"{_n(r, 0, 3)}FR{_L(r, 3)}{_n(r, 1, 9):02d}",
            f"{_n(r, 0, 3)}UK{_n(r, 10000, 99999)}",
            f"{_n(r, 0, 3)}-NL-{_n(r, 1000, 9999)}",
        ]
    )


def k_cut_weight(r, lang):
    if lang == "en" and r.random() < 0.4:
        return f"{_n(r, 1, 6)} lb {_n(r, 1, 15)} oz"
    return r.choice([f"{_dec(lang, _n(r, 8, 60) / 10)} kg", f"{_n(r, 3, 19) * 50} g"])


def k_wine_score(r, lang):
    return r.choice([f"{_n(r, 86, 99)} pts", f"{_dec(lang, _n(r, 28, 38) / 2)}/20", f"{_n(r, 87, 98)}/100"])


def k_blend(r, lang):
    a = _n(r, 5, 17) * 5
    return f"{a} % / {100 - a} %"


def k_sugar(r, lang):
    return f"{_dec(lang, _n(r, 10, 450) / 10)} g/l"


def k_coffee(r, lang):
    return f"{_n(r, 16, 22)} g → {_n(r, 32, 48)} g, {_n(r, 24, 34)} s"


def k_bake_time(r, lang):
    a = _n(r, 4, 11) * 5
    return f"{a}–{a + 5} min"


def k_servings(r, lang):
    a = _n(r, 2, 10)
    return r.choice([str(a), f"{a}–{a + 2}"])


def k_receipt(r, lang):
    return r.choice(
        [f"{_n(r, 1, 9999):04d}/{_n(r, 1, 4)}", f"{_n(r, 100, 999)}-{_n(r, 10, 99)}-{_n(r, 1, 9)}"]
    )


def k_staff_id(r, lang):
    return r.choice([f"{_L(r, 1)}-{_n(r, 100, 9999):04d}", f"{_n(r, 1000, 9999)}"])


def k_review_count(r, lang):
    n = f"{_n(r, 40, 4800):,}".replace(",", "." if lang in COMMA else ",")
    return f"{_dec(lang, _n(r, 32, 50) / 10)}/5 ({n})"


def k_booking_ref(r, lang):
    return r.choice(
        [f"{_L(r, 2)}{_n(r, 1, 9)}{_L(r, 1)}-{_n(r, 1000, 9999)}", f"{_L(r, 3)}{_n(r, 100, 999)}"]
    )


def k_plu(r, lang):
    return str(r.choice([_n(r, 3000, 4999), _n(r, 93000, 94999)]))


def k_stall(r, lang):
    return r.choice([f"{_n(r, 1, 60)}/{r.choice('ABCDE')}", f"{r.choice('ABCDE')}{_n(r, 1, 40)}"])


def k_gluten_ppm(r, lang):
    return r.choice(["< 20 ppm", "<20 ppm", "< 100 ppm"])


def k_class_size(r, lang):
    return f"{_n(r, 1, 5)}/{_n(r, 6, 8)}"


def k_wifi(r, lang):
    return (
        r.choice(["Espresso", "Croissant", "Flatwhite", "Zuurdesem", "Brezel", "Cannoli", "Pastel"])
        + str(_n(r, 2019, 2026))
        + r.choice(["!", "", "#"])
    )


def k_deli_ticket(r, lang):
    return str(_n(r, 1, 99))


def k_alcohol_units(r, lang):
    return f"{_dec(lang, _n(r, 8, 45) / 10)}"


def k_nutrition(r, lang):
    return f"{_dec(lang, _n(r, 5, 400) / 10)} g / {_dec(lang, _n(r, 1, 30) / 10)} g"


def k_ccp(r, lang):
    return f"CCP {_n(r, 1, 7)}"


def k_shift(r, lang):
    h = r.choice([6, 7, 10, 11, 14, 16])
    return f"{r.choice('FSMNL')}{_n(r, 1, 3)} ({h:02d}:{r.choice(['00', '30'])}–{h + 8:02d}:00)"


def k_per_head(r, lang):
    c = CUR[lang]
    v = _n(r, 25, 95) if lang != "hi" else _n(r, 450, 2500)
    return r.choice([f"{c}{v} pp", f"{v} € p.P." if lang == "de" else f"{c}{v} p.p."])


def k_hydration(r, lang):
    return f"{_n(r, 62, 82)} %"


def k_hygiene_score(r, lang):
    return r.choice([f"{_n(r, 3, 5)}/5", f"{_n(r, 3, 5)} / 5"])


KINDS = {k[2:]: f for k, f in globals().items() if k.startswith("k_")}


class Drawer:
    """Draws a kind's value until it passes the screens (at most 200 tries, then 'RAL 9010'... never here)."""

    def __init__(self):
        self.redraws = 0
        self.swaps = 0
        self.used = {}

    def draw(self, rng, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](rng, lang)
            if not value_dirty(v, regions):
                self.used[kind] = self.used.get(kind, 0) + 1
                return v
            self.redraws += 1
        self.swaps += 1
        return "75 cl"
