"""Hard negatives, part 2: more identifiers, readings, money, dates and value-shaped non-values."""

from __future__ import annotations

from .common import digits, group, lbl, luhn_ok, pick
from .negatives import NEG, neg
from .values import iban_compact, iban_ok


@neg
def ifsc_micr(rng, lang):
    bank = pick(rng, ["HDFC", "SBIN", "ICIC", "UTIB", "PUNB", "KKBK"])
    return pick(rng, [f"IFSC {bank}0{digits(rng, 6)}", f"MICR {digits(rng, 9, '123456789')}"])


@neg
def ueln_horse(rng, lang):
    return f"UELN {pick(rng, ['276', '250', '528', '724', '040'])} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 5)} {digits(rng, 2)}"


@neg
def bp_reading(rng, lang):
    bp = lbl(rng, lang, {"en": "BP", "de": "RR", "fr": "TA", "es": "TA", "it": "PA", "nl": "RR", "pt": "PA"})
    pulse = lbl(
        rng,
        lang,
        {
            "en": "pulse",
            "de": "Puls",
            "fr": "pouls",
            "es": "pulso",
            "it": "polso",
            "nl": "pols",
            "pt": "pulso",
        },
    )
    return f"{bp} {rng.randint(105, 165)}/{rng.randint(60, 99)} mmHg, {pulse} {rng.randint(52, 110)}"


@neg
def timecode(rng, lang):
    return f"TC {rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 24):02d}"


@neg
def opus_catalogue(rng, lang):
    return pick(
        rng,
        [
            f"BWV {rng.randint(1, 1120)}",
            f"KV {rng.randint(1, 626)}",
            f"op. {rng.randint(1, 130)} n° {rng.randint(1, 6)}",
            f"Hob. XVI:{rng.randint(1, 52)}",
            f"D {rng.randint(100, 960)}",
            f"RV {rng.randint(100, 800)}",
        ],
    )


@neg
def library_call(rng, lang):
    if lang == "de":
        return f"Signatur {pick(rng, ['4°', '8°', '2°'])} {pick(rng, ['Hs', 'Mus', 'Inc'])} {rng.randint(100, 9999)}-{rng.randint(1, 9)}"
    if lang == "fr":
        return f"cote {rng.randint(100, 999)}.{rng.randint(1, 99)} {pick(rng, ['DUR', 'MAR', 'LEF'])}"
    return pick(
        rng,
        [
            f"call number QA{rng.randint(1, 99)}.{rng.randint(10, 99)} .{pick(rng, 'PKLM')}{rng.randint(10, 99)} {rng.randint(1990, 2023)}",
            f"Dewey {rng.randint(100, 999)}.{digits(rng, 3)}",
            f"shelfmark MS {rng.randint(100, 9999)}/{rng.randint(1, 99)}",
        ],
    )


@neg
def grant_no(rng, lang):
    return pick(
        rng,
        [
            f"grant EP/{pick(rng, 'TVWX')}{digits(rng, 6)}/1",
            f"DFG-Projektnummer {digits(rng, 9, '3456')}",
            f"ANR-{rng.randint(15, 23)}-CE{rng.randint(10, 45)}-{digits(rng, 4)}",
            f"NSF award {digits(rng, 7, '12')}",
            f"NWO {rng.randint(400, 900)}.{digits(rng, 2)}.{digits(rng, 3)}",
            f"PRIN 20{rng.randint(17, 22)}{digits(rng, 4)}{pick(rng, 'ABCX')}",
        ],
    )


@neg
def orcid(rng, lang):
    while True:
        body = "0000000" + digits(rng, 9, "123")
        if not luhn_ok(body):
            return "ORCID " + group(body, [4, 4, 4, 4], "-")


@neg
def share_no(rng, lang):
    return lbl(
        rng,
        lang,
        {
            "de": f"Geschäftsanteil Nr. {digits(rng, 4)}, Whg. {rng.randint(0, 5)}.{rng.randint(1, 24):02d}",
            "en": f"share cert. {digits(rng, 5)}, unit {pick(rng, 'ABCD')}/{rng.randint(1, 6)}/{rng.randint(1, 30)}",
            "fr": f"parts sociales n° {rng.randint(100, 999)} à {rng.randint(1000, 1400)}, lot {rng.randint(1, 80)}",
            "es": f"vivienda {rng.randint(1, 9)}º {pick(rng, 'ABCD')}, participación {rng.randint(1, 99)},{digits(rng, 2)} %",
            "it": f"quota n. {digits(rng, 4)}, interno {rng.randint(1, 40)}, scala {pick(rng, 'ABC')}",
            "nl": f"woning {rng.randint(1, 300)}-{pick(rng, 'abc')}, aandeel {digits(rng, 4)}",
            "pt": f"apto {rng.randint(1, 20)}{rng.randint(0, 1)}{rng.randint(1, 8)}, bloco {pick(rng, 'ABC')}, fração {rng.randint(1, 9)},{digits(rng, 3)}",
        },
    )


@neg
def energy(rng, lang):
    val = (
        f"{rng.randint(40, 260)},{rng.randint(0, 9)}"
        if lang != "en"
        else f"{rng.randint(40, 260)}.{rng.randint(0, 9)}"
    )
    cls = lbl(
        rng,
        lang,
        {
            "en": "class",
            "de": "Klasse",
            "fr": "classe",
            "es": "clase",
            "it": "classe",
            "nl": "klasse",
            "pt": "classe",
        },
    )
    return f"{val} kWh/(m²a), {cls} {pick(rng, ['B', 'C', 'D', 'E', 'A+'])}"


@neg
def money(rng, lang):
    n = int(10 ** rng.uniform(1.3, 6.2))
    en = f"{n:,}"
    eu = en.replace(",", ".")
    return lbl(
        rng,
        lang,
        {
            "en": [f"£{en}.{rng.randint(0, 99):02d}", f"${en}"],
            "de": [f"{eu},00 €", f"{en.replace(',', ' ')} €"],
            "fr": [f"{en.replace(',', ' ')},{rng.randint(0, 99):02d} €"],
            "es": [f"{eu} €"],
            "it": [f"€ {eu},{rng.randint(0, 99):02d}"],
            "nl": [f"€ {eu},-"],
            "pt": [f"R$ {eu},{rng.randint(0, 99):02d}"],
            "hi": [
                f"₹ {n // 100000},{(n // 1000) % 100:02d},{n % 1000:03d}" if n >= 100000 else f"₹ {n:,}",
                f"Rs. {n:,}/-",
            ],
        },
    )


@neg
def date_time(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    hh, mm = rng.randint(6, 21), pick(rng, [0, 15, 30, 45])
    iso = f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}Z"
    local = {
        "de": f"{d:02d}.{m:02d}.{y}, {hh}:{mm:02d} Uhr",
        "fr": f"{d:02d}/{m:02d}/{y} à {hh}h{mm:02d}",
        "nl": f"{d}-{m}-{y} {hh}.{mm:02d} uur",
        "es": f"{d}/{m}/{y} a las {hh}:{mm:02d}",
        "it": f"{d}/{m}/{y} ore {hh}.{mm:02d}",
        "pt": f"{d:02d}/{m:02d}/{y} às {hh}h{mm:02d}",
        "en": pick(
            rng,
            [
                f"{m}/{d}/{y % 100:02d} {hh % 12 + 1}:{mm:02d} pm",
                f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}, {hh:02d}:{mm:02d}",
            ],
        ),
        "hi": f"{d:02d}-{m:02d}-{y}, {hh % 12 + 1}:{mm:02d} baje",
    }
    return iso if rng.random() < 0.25 else local.get(lang, local["en"])


@neg
def ssn_bad(rng, lang):
    shape = pick(
        rng,
        [
            "000-00-0000",
            f"{rng.randint(900, 999)}-{digits(rng, 2)}-{digits(rng, 4)}",
            f"666-{rng.randint(10, 99)}-{digits(rng, 4)}",
            f"{rng.randint(100, 665)}-00-{digits(rng, 4)}",
            f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000",
            "XXX-XX-" + digits(rng, 4),
        ],
    )
    return pick(rng, [f"SSN {shape}", f"(sample: {shape})", f"e.g. {shape}", shape])


@neg
def card_bad(rng, lang):
    while True:
        num = pick(rng, ["4", "5", "6"]) + digits(rng, 15)
        if not luhn_ok(num):
            break
    label = lbl(
        rng,
        lang,
        {
            "en": ["loyalty card", "fuel card", "library card"],
            "de": ["Kundenkarte", "Tankkarte"],
            "fr": ["carte fidélité", "carte carburant"],
            "es": ["tarjeta de fidelización"],
            "it": ["carta fedeltà"],
            "nl": ["klantenkaart", "tankpas"],
            "pt": ["cartão fidelidade"],
            "hi": ["loyalty card"],
        },
    )
    return f"{label} {group(num, [4, 4, 4, 4])}"


@neg
def iban_bad(rng, lang):
    raw = iban_compact(rng, pick(rng, ["DE", "NL", "FR", "ES", "IT", "BE"]))
    while iban_ok(raw):
        raw = raw[:2] + f"{(int(raw[2:4]) + rng.randint(1, 96)) % 97 + 2:02d}"[-2:] + raw[4:]
    label = lbl(
        rng,
        lang,
        {
            "en": "the old account (closed, wrong digits) was",
            "de": "die falsche IBAN aus dem letzten Rundschreiben lautete",
            "fr": "l'ancien IBAN erroné était",
            "es": "el IBAN antiguo (erróneo) era",
            "it": "l'IBAN errato del vecchio avviso era",
            "nl": "het foute IBAN uit de vorige brief was",
            "pt": "a conta antiga (errada) era",
        },
    )
    return f"{label} {group(raw, [4] * 8)}"


@neg
def version_like(rng, lang):
    return pick(
        rng,
        [
            f"v{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 20)}",
            f"{rng.randint(2, 9)}.{rng.randint(0, 9)}.{rng.randint(256, 999)}.{rng.randint(1, 99)}",
            f"§ {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        ],
    )


@neg
def stop_code(rng, lang):
    return lbl(
        rng,
        lang,
        {
            "en": f"stop {digits(rng, 5, '123456789')} (bay {pick(rng, 'ABCDE')})",
            "de": f"Haltestelle {digits(rng, 4)}, Steig {pick(rng, 'ABC')}",
            "nl": f"halte {digits(rng, 5)}, perron {pick(rng, 'AB')}",
            "fr": f"arrêt n° {digits(rng, 4)}",
            "es": f"parada {digits(rng, 4)}",
            "it": f"fermata {digits(rng, 4)}",
            "pt": f"ponto {digits(rng, 5)}",
        },
    )


@neg
def darts_score(rng, lang):
    return f"{pick(rng, ['180', '140', '100+'])} x{rng.randint(1, 9)}, checkout {rng.randint(40, 170)}, avg {rng.randint(40, 99)}.{rng.randint(10, 99)}"


@neg
def ismn(rng, lang):
    return f"ISMN 979-0-{digits(rng, 4)}-{digits(rng, 4)}-{rng.randint(0, 9)}"


@neg
def lost_found(rng, lang):
    return lbl(
        rng,
        lang,
        {
            "en": f"lost property no. {rng.randint(2023, 2025)}/{digits(rng, 4)}",
            "de": f"Fundsache Nr. {rng.randint(2023, 2025)}/{digits(rng, 4)}",
            "fr": f"objet trouvé n° {digits(rng, 5)}",
            "nl": f"gevonden voorwerp {digits(rng, 6)}",
            "es": f"objeto perdido nº {digits(rng, 5)}",
            "it": f"oggetto smarrito n. {digits(rng, 5)}",
            "pt": f"achados e perdidos nº {digits(rng, 5)}",
        },
    )


@neg
def sat_transponder(rng, lang):
    return f"{rng.randint(10, 12)}.{digits(rng, 3)} GHz {pick(rng, 'HV')}, SR {pick(rng, ['22000', '27500', '29700'])}, FEC {pick(rng, ['5/6', '3/4', '2/3'])}"


@neg
def pairing_pin(rng, lang):
    label = lbl(
        rng,
        lang,
        {
            "en": "pairing PIN",
            "de": "Bluetooth-PIN",
            "fr": "code d’appairage",
            "es": "PIN de emparejamiento",
            "it": "PIN di abbinamento",
            "nl": "koppelcode",
            "pt": "PIN de pareamento",
        },
    )
    return f"{label} {pick(rng, ['0000', '1234', digits(rng, 4), digits(rng, 6)])}"


@neg
def conf_pin(rng, lang):
    pin = pick(
        rng,
        [
            f"{digits(rng, 4)} {digits(rng, 4)}#",
            f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}#",
            f"{digits(rng, 6)}#",
        ],
    )
    label = lbl(
        rng,
        lang,
        {
            "en": ["dial-in PIN", "conference ID", "meeting ID"],
            "de": ["Einwahl-PIN", "Konferenz-ID"],
            "fr": ["code de conférence", "ID de réunion"],
            "es": ["PIN de la conferencia"],
            "it": ["PIN riunione"],
            "nl": ["vergader-ID", "inbelcode"],
            "pt": ["ID da reunião"],
            "hi": ["meeting ID"],
        },
    )
    return f"{label} {pin}"


@neg
def donor_no(rng, lang):
    return lbl(
        rng,
        lang,
        {
            "en": f"donor no. {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}",
            "de": f"Spendernummer {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            "fr": f"n° de donneur {digits(rng, 9)}",
            "nl": f"donornummer {digits(rng, 7)}",
            "es": f"nº de donante {digits(rng, 8)}",
            "it": f"tessera donatore {digits(rng, 8)}",
            "pt": f"registro do doador {digits(rng, 9)}",
            "hi": f"donor ID {digits(rng, 8)}",
        },
    )


@neg
def hs_code(rng, lang):
    return f"{pick(rng, ['HS', 'tariff code', 'Zolltarifnr.', 'code SH'])} {pick(rng, ['0409.00.00', '3406.00.11', '4202.92.91', '9503.00.75'])}"


@neg
def wine_apnr(rng, lang):
    return f"A.P.Nr. {rng.randint(1, 9)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {rng.randint(19, 24)}"


@neg
def queue_no(rng, lang):
    label = lbl(
        rng,
        lang,
        {
            "en": "queue ticket",
            "de": "Wartenummer",
            "fr": "ticket d’attente",
            "es": "turno",
            "it": "numero",
            "nl": "volgnummer",
            "pt": "senha",
        },
    )
    return f"{label} {pick(rng, 'ABCFK')}-{rng.randint(1, 399):03d}"


@neg
def age_band(rng, lang):
    y = rng.randint(2012, 2020)
    age = 2025 - y
    return lbl(
        rng,
        lang,
        {
            "en": [f"born {y}/{(y + 1) % 100:02d}", f"U{age + 1}", f"age {age}"],
            "de": [f"Jg. {y}–{y + 1}", f"{age} J."],
            "fr": [f"{age} ans ({y})", f"né(e) en {y}"],
            "es": [f"{age} años", f"nacido en {y}"],
            "it": [f"nati nel {y}", f"{age} anni"],
            "nl": [f"{age} jaar", f"geb. {y}"],
            "pt": [f"{age} anos", f"nasc. {y}"],
            "hi": [f"umar {age}", f"age {age}"],
        },
    )


@neg
def seed_batch(rng, lang):
    germ = lbl(
        rng,
        lang,
        {
            "en": "germination",
            "de": "Keimrate",
            "fr": "germination",
            "es": "germinación",
            "it": "germinabilità",
            "nl": "kiemkracht",
            "pt": "germinação",
        },
    )
    harv = lbl(
        rng,
        lang,
        {
            "en": "harvest",
            "de": "Ernte",
            "fr": "récolte",
            "es": "cosecha",
            "it": "raccolto",
            "nl": "oogst",
            "pt": "colheita",
        },
    )
    return f"{rng.randint(5, 500)} g, {germ} {rng.randint(60, 99)} %, {harv} {rng.randint(2018, 2024)}"


@neg
def race_time(rng, lang):
    pace = lbl(
        rng,
        lang,
        {
            "en": "pace",
            "de": "Pace",
            "fr": "allure",
            "es": "ritmo",
            "it": "passo",
            "nl": "tempo",
            "pt": "pace",
        },
    )
    return f"{rng.randint(0, 2)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 9)} ({pace} {rng.randint(3, 7)}:{rng.randint(0, 59):02d}/km)"


@neg
def statute(rng, lang):
    return lbl(
        rng,
        lang,
        {
            "en": f"s. {rng.randint(1, 200)}({rng.randint(1, 9)}) Housing Act {rng.randint(1985, 2004)}",
            "de": f"§ {rng.randint(1, 300)} Abs. {rng.randint(1, 5)} GenG",
            "fr": f"art. L.{rng.randint(100, 999)}-{rng.randint(1, 12)} CCH",
            "es": f"art. {rng.randint(1, 99)}.{rng.randint(1, 5)} LPH",
            "it": f"art. {rng.randint(1000, 1200)} c.c.",
            "nl": f"art. 5:{rng.randint(100, 140)} BW",
            "pt": f"art. {rng.randint(1, 99)}, § {rng.randint(1, 4)}º, Lei {rng.randint(4000, 14000)}/{rng.randint(64, 99)}",
            "hi": f"Sec. {rng.randint(1, 80)} Co-op Societies Act {rng.randint(1950, 2002)}",
        },
    )


@neg
def cabin_berth(rng, lang):
    cab = lbl(
        rng,
        lang,
        {
            "en": ["cabin", "dorm"],
            "de": ["Kabine", "Lager"],
            "fr": ["cabine", "dortoir"],
            "es": ["camarote", "litera"],
            "it": ["cabina", "camerata"],
            "nl": ["hut", "slaapzaal"],
            "pt": ["cabine", "quarto"],
        },
    )
    bunk = lbl(
        rng,
        lang,
        {
            "en": "bunk",
            "de": "Platz",
            "fr": "couchette",
            "es": "cama",
            "it": "cuccetta",
            "nl": "bed",
            "pt": "beliche",
        },
    )
    return f"{cab} {rng.randint(1, 9)}{rng.randint(0, 3)}{rng.randint(1, 9)}, {bunk} {rng.randint(1, 12)}"


@neg
def count_stat(rng, lang):
    n = rng.randint(10000, 999999)
    shown = pick(rng, [f"{n:,}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")])
    what = lbl(
        rng,
        lang,
        {
            "en": ["visitors", "downloads"],
            "de": ["Besucher", "Aufrufe"],
            "fr": ["visiteurs"],
            "es": ["visitantes"],
            "it": ["visitatori"],
            "nl": ["bezoekers"],
            "pt": ["visitantes", "acessos"],
        },
    )
    return f"{shown} {what}"


def kinds() -> list[str]:
    return sorted(NEG)


def safe(rng, kind: str, lang: str) -> str:
    """A negative of `kind` that passes the guards (redrawn until it does)."""
    from .guards import problems

    for _ in range(60):
        text = NEG[kind](rng, lang)
        if not problems(text):
            return text
    raise RuntimeError(kind)
