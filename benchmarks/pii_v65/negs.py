"""Hard negatives for v65 (personal services): values with digits that are no PII, and the screens."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt"]


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(rng, lo, hi, lang, nd=1):
    s = f"{rng.uniform(lo, hi):.{nd}f}"
    return s if lang == "en" else s.replace(".", ",")


def _t(rng):
    return f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30', '45'])}"


def _al(rng, n):
    return "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(n))


# kind: (generator(rng, lang) -> value, labels en|de|fr|es|it|nl|pt)
KINDS = {
    "appt_window": (lambda r, lg: f"{_t(r)}–{_t(r)}", "slot|Termin|créneau|franja|fascia|tijdslot|horário"),
    "colour_formula": (
        lambda r, lg: (
            f"{r.randint(4, 10)}/{r.randint(0, 9)} + {r.randint(4, 10)}/{r.randint(10, 99)}, "
            f"{r.choice([10, 20, 30, 40])} vol, 1:{r.choice(['1', '1.5', '2'])}"
        ),
        "colour formula|Farbrezeptur|formule couleur|fórmula de color|formula colore|kleurformule|"
        "fórmula da cor",
    ),
    "microchip": (
        lambda r, lg: r.choice(["276", "250", "528", "724", "380", "826", "076"]) + "0" + _d(r, 11),
        "microchip|Chipnummer|puce|microchip|microchip|chipnummer|microchip",
    ),
    "pet_passport": (
        lambda r, lg: f"{r.choice(['DE', 'FR', 'NL', 'ES', 'IT'])}-{_d(r, 2)}-{_d(r, 6)}",
        "pet passport|Heimtierausweis|passeport|pasaporte|passaporto|dierenpaspoort|passaporte",
    ),
    "vacc_batch": (
        lambda r, lg: f"{_al(r, 1)}{_d(r, 3)}{_al(r, 1)}-{_d(r, 2)}",
        "vaccine batch|Impfcharge|lot vaccin|lote vacuna|lotto vaccino|vaccinbatch|lote da vacina",
    ),
    "dog_weight": (lambda r, lg: _dec(r, 3, 45, lg) + " kg", "weight|Gewicht|poids|peso|peso|gewicht|peso"),
    "loyalty_card": (
        lambda r, lg: f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 1)}",
        "loyalty card|Bonuskarte|carte fidélité|tarjeta de puntos|tessera fedeltà|klantenpas|"
        "cartão fidelidade",
    ),
    "voucher": (
        lambda r, lg: f"GV-{_al(r, 4)}-{_al(r, 4)}",
        "gift voucher|Gutschein|bon cadeau|vale regalo|buono regalo|cadeaubon|vale-presente",
    ),
    "booking_ref": (
        lambda r, lg: f"BK{_al(r, 2)}-{_d(r, 3)}{_al(r, 1)}",
        "booking ref|Buchungsnr.|réf. résa|ref. reserva|rif. prenotazione|boekingsref.|reserva",
    ),
    "price_total": (
        lambda r, lg: f"{r.randint(2, 6)} × {_dec(r, 8, 60, lg, 2)} = {_dec(r, 40, 300, lg, 2)}",
        "total|Summe|total|total|totale|totaal|total",
    ),
    "hr_zone": (
        lambda r, lg: f"Z{r.randint(2, 5)}, {r.randint(120, 175)}+ bpm",
        "HR zone|Pulszone|zone cardio|zona cardiaca|zona cardio|hartslagzone|zona de FC",
    ),
    "sets_reps": (
        lambda r, lg: f"{r.randint(3, 5)} × {r.choice([5, 6, 8, 10, 12])} @ {_dec(r, 20, 140, lg)} kg",
        "squat|Kniebeuge|squat|sentadilla|squat|squat|agachamento",
    ),
    "measure": (
        lambda r, lg: f"{r.randint(60, 110)} / {r.randint(85, 125)} cm",
        "waist/hips|Taille/Hüfte|taille/hanches|cintura/cadera|vita/fianchi|taille/heupen|cintura/quadril",
    ),
    "steps": (
        lambda r, lg: f"{r.randint(6, 18)} {_d(r, 3)}",
        "daily steps|Schritte|pas par jour|pasos|passi|stappen|passos",
    ),
    "macros": (
        lambda r, lg: f"{r.randint(1, 3)} {_d(r, 3)} kcal, {r.randint(90, 220)} g",
        "kcal/protein|kcal/Eiweiß|kcal/protéines|kcal/proteína|kcal/proteine|kcal/eiwit|kcal/proteína",
    ),
    "keysafe": (
        lambda r, lg: _d(r, 4),
        "key safe|Schlüsseltresor|boîte à clés|caja de llaves|cassetta chiavi|sleutelkluis|cofre de chaves",
    ),
    "alarm": (
        lambda r, lg: _d(r, 6) + "#",
        "alarm code|Alarmcode|code alarme|código alarma|codice allarme|alarmcode|código do alarme",
    ),
    "area_m2": (
        lambda r, lg: f"{r.randint(45, 260)} m²",
        "floor area|Fläche|surface|superficie|superficie|oppervlakte|área",
    ),
    "hourly": (
        lambda r, lg: f"{_dec(r, 2, 6, lg)} h × {_dec(r, 11, 25, lg, 2)}",
        "hours × rate|Std. × Satz|heures × taux|horas × tarifa|ore × tariffa|uren × tarief|horas × valor",
    ),
    "bedtimes": (
        lambda r, lg: (
            f"{r.randint(2, 6)} & {r.randint(7, 11)}, 19:{r.choice(['00', '30'])}/20:{r.choice(['00', '15'])}"
        ),
        "ages, bedtimes|Alter, Bettzeit|âges, coucher|edades, dormir|età, nanna|leeftijd, bedtijd|"
        "idades, dormir",
    ),
    "dose": (
        lambda r, lg: f"{r.choice([2.5, 5, 7.5, 10])} ml / {r.choice([4, 6, 8])} h",
        "dose|Dosis|dose|dosis|dose|dosis|dose",
    ),
    "gym_member": (
        lambda r, lg: f"M-{_d(r, 7)}",
        "member no.|Mitgliedsnr.|n° adhérent|socio|tessera|lidnr.|matrícula",
    ),
    "locker": (
        lambda r, lg: f"{r.randint(1, 240)}, {r.randint(10, 39)}-{r.randint(10, 39)}-{_d(r, 2)}",
        "locker, combo|Spind, Code|casier, code|taquilla, código|armadietto, codice|kluisje, code|"
        "armário, código",
    ),
    "session_pack": (
        lambda r, lg: f"{r.randint(1, 9)}/10",
        "sessions left|Einheiten übrig|séances restantes|"
        "sesiones restantes|sedute rimaste|sessies over|aulas restantes",
    ),
    "shade": (
        lambda r, lg: f"N° {r.randint(100, 999)} / {r.randint(10, 99)}",
        "shade|Farbton|teinte|tono|tonalità|kleur|tom",
    ),
    "interval": (
        lambda r, lg: f"{r.randint(3, 6)}–{r.randint(7, 10)} wk",
        "rebook every|alle|tous les|cada|ogni|elke|a cada",
    ),
    "walk_route": (
        lambda r, lg: f"{_dec(r, 1, 9, lg)} km, {r.randint(25, 95)} min",
        "route|Runde|balade|ruta|giro|route|trajeto",
    ),
    "gps": (
        lambda r, lg: f"{r.uniform(38, 55):.5f}, {r.uniform(-3, 14):.5f}",
        "meeting point|Treffpunkt|"
        "point de rendez-vous|punto de encuentro|punto d'incontro|verzamelpunt|ponto de encontro",
    ),
    "postcodes": (
        lambda r, lg: (lambda b: f"{b}–{b + r.randint(3, 9)}")(r.randint(10000, 99000)),
        "service area|Einsatzgebiet PLZ|zone CP|zona CP|zona CAP|werkgebied|área CEP",
    ),
    "provider_reg": (
        lambda r, lg: f"EY{_d(r, 6)}",
        "childcare reg.|Pflegeerlaubnis|agrément|registro|registro|LRK-nr.|registro",
    ),
    "dilution": (
        lambda r, lg: f"1:{r.choice([10, 20, 40, 50, 100])} ({r.choice([10, 20, 25, 50])} ml / 1 l)",
        "dilution|Verdünnung|dilution|dilución|diluizione|verdunning|diluição",
    ),
    "wash_temp": (
        lambda r, lg: f"{r.choice([30, 40, 60, 90])} °C",
        "wash at|Waschen bei|lavage|lavar a|lavaggio|wassen op|lavar a",
    ),
    "crate": (
        lambda r, lg: f"{r.randint(50, 110)} × {r.randint(40, 75)} × {r.randint(45, 80)} cm",
        "crate|Box|cage|transportín|trasportino|bench|caixa",
    ),
    "station": (
        lambda r, lg: f"{r.randint(1, 9)}, {r.randint(1, 3)}{r.choice('ABC')}",
        "chair, room|Platz, Raum|poste, salle|puesto, sala|postazione, sala|stoel, kamer|cadeira, sala",
    ),
    "week_no": (
        lambda r, lg: f"{r.randint(1, 48)}–{r.randint(49, 52)}",
        "weeks|KW|semaines|semanas|settimane|weken|semanas",
    ),
    "terminal": (
        lambda r, lg: f"TID {_d(r, 8)}, auth {_al(r, 6)}",
        "card terminal|Kartenterminal|TPE|TPV|POS|pinautomaat|maquininha",
    ),
    "masked_card": (
        lambda r, lg: "**** **** **** " + _d(r, 4),
        "card|Karte|carte|tarjeta|carta|kaart|cartão",
    ),
    "body_stats": (
        lambda r, lg: f"{_dec(r, 1.5, 1.95, lg, 2)} m / {_dec(r, 48, 110, lg)} kg",
        "height/weight|Größe/Gewicht|taille/poids|altura/peso|altezza/peso|lengte/gewicht|altura/peso",
    ),
    "receipt": (
        lambda r, lg: f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 2)}",
        "receipt|Beleg|ticket|ticket|scontrino|bon|recibo",
    ),
}


def label(kind, lang):
    parts = KINDS[kind][1].split("|")
    return parts[LANGS.index(lang)] if lang in LANGS else parts[0]


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d -]{11,}\d")
TOK_RE = re.compile(r"[0-9A-Fa-f:.]{7,}")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,}")


def _luhn(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        ds = re.sub(r"[ -]", "", m.group())
        for i in range(len(ds)):
            for n in range(13, 20):
                if i + n <= len(ds) and _luhn(ds[i : i + n]):
                    hits.append("luhn")
                    break
            if hits and hits[-1] == "luhn":
                break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().strip()):
            hits.append("iban")
    for m in TOK_RE.finditer(text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((reg, m.raw_string))
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                hits.append((reg, text))
        except pn.NumberParseException:
            pass
    return hits


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draws a clean value of a kind: at most 200 tries, then a dash."""

    def __init__(self):
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def value(self, rng, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind][0](rng, lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "-"
