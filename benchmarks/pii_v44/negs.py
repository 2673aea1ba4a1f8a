"""Hard negatives from the world of work (v44): none of these kinds was in v42's list."""

from stdnum import luhn
from stdnum.at import uid as at_uid
from stdnum.au import tfn
from stdnum.be import vat as be_vat
from stdnum.br import cnpj
from stdnum.ch import uid as ch_uid
from stdnum.de import idnr
from stdnum.es import cif
from stdnum.it import iva
from stdnum.pt import nif

COMMA = {"de", "fr", "es", "it", "nl", "pt"}
CUR = {"US": "$", "GB": "£", "IN": "₹", "AU": "A$", "BR": "R$", "CH": "CHF "}


def _d(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def _valid(rng, fn, k, first="123456789"):
    while True:
        c = rng.choice(first) + _d(rng, k - 1)
        if fn(c):
            return c


def _num(x, lang, dec=2):
    s = f"{x:,.{dec}f}"
    if dec == 1 and s.endswith(".0"):
        s = s[:-2]
    if lang in COMMA:
        s = s.replace(",", " ").replace(".", ",").replace(" ", ".")
    return s


def _money(rng, cc, lang, x, dec=0):
    cur = CUR.get(cc, "€")
    v = _num(x, lang, dec)
    return f"{cur}{v}" if lang not in COMMA or cur == "R$" else f"{v} {cur.strip()}"


def natid(rng, cc, lang):
    """Tax, social-insurance and employer identifiers of the document's country."""
    if cc == "DE":
        return "Steuer-ID " + " ".join([(c := _valid(rng, idnr.is_valid, 11))[:2], c[2:5], c[5:8], c[8:]])
    if cc == "GB":
        return rng.choice(
            [
                f"tax code {rng.randint(1100, 1300)}L",
                f"NI number "
                f"{rng.choice(['AB', 'JK', 'NR', 'WT'])} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} "
                f"{rng.choice('ABCD')}",
            ]
        )
    if cc == "US":
        return f"EIN {rng.choice(['20', '46', '61', '84', '93'])}-{_d(rng, 7)}"
    if cc in ("FR",):
        c = _valid(rng, luhn.is_valid, 9)
        return f"SIREN employeur {c[:3]} {c[3:6]} {c[6:]}"
    if cc == "ES":
        return "CIF de la empresa " + _valid(rng, cif.is_valid, 9, "B")
    if cc == "IT":
        return "P.IVA " + _valid(rng, iva.is_valid, 11, "0")
    if cc in ("NL",):
        return f"KvK-nummer {_d(rng, 8)}"
    if cc == "PT":
        return "NIPC " + _valid(rng, nif.is_valid, 9, "5")
    if cc == "BR":
        if rng.random() < 0.5:
            c = _d(rng, 8) + "0001"
            c = c + cnpj.calc_check_digits(c + "00")
            return f"CNPJ {c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"
        while True:
            b = "1" + _d(rng, 9)
            w = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
            k = 11 - sum(int(x) * y for x, y in zip(b, w, strict=True)) % 11
            k = 0 if k >= 10 else k
            return f"PIS {b[:3]}.{b[3:8]}.{b[8:]}-{k}"
    if cc == "IN":
        return rng.choice(
            [
                f"PAN {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}P"
                f"{rng.choice('AKMSV')}{_d(rng, 4)}{rng.choice('ABCDEFGHJK')}",
                f"UAN {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
            ]
        )
    if cc == "AU":
        c = _valid(rng, tfn.is_valid, 9)
        return f"TFN {c[:3]} {c[3:6]} {c[6:]}"
    if cc == "CH":
        c = _valid(rng, ch_uid.is_valid, 9, "1").join(["CHE", ""])
        return f"UID {c[:3]}-{c[3:6]}.{c[6:9]}.{c[9:]}"
    if cc == "AT":
        return "UID " + _valid(rng, lambda x: at_uid.is_valid("ATU" + x), 8).join(["ATU", ""])
    if cc == "BE":
        c = _valid(rng, lambda x: be_vat.is_valid("0" + x), 9)
        lab = "ondernemingsnummer" if lang == "nl" else "n° d'entreprise"
        return f"{lab} 0{c[:3]}.{c[3:6]}.{c[6:]}"
    return f"CRO {_d(rng, 6)}"  # IE


OCC = {
    "US": lambda r: f"SOC {r.choice(['43-3051', '53-1047', '11-3121', '51-1011'])}",
    "GB": lambda r: f"SOC 2020 {r.choice(['4122', '1252', '9252', '3571'])}",
    "DE": lambda r: f"KldB {r.choice(['51312', '72213', '71402', '52202'])}",
    "BR": lambda r: f"CBO {r.choice(['4110-10', '4131-10', '4141-05', '5102-05'])}",
    "ES": lambda r: f"CNO-11 {r.choice(['4111', '4412', '3613', '9700'])}",
    "FR": lambda r: f"ROME {r.choice(['N1103', 'M1203', 'N1301', 'M1501'])}",
}
GRADE = {
    "de": ["E 9b Stufe 3", "EG 7", "TV-L E 6 Stufe 2"],
    "en": ["Band 5", "GS-9 step 4", "Grade C2"],
    "fr": ["coefficient 240", "niveau III échelon 2", "catégorie B"],
    "es": ["nivel 4", "grupo II"],
    "it": ["5° livello", "livello Q1", "3° livello super"],
    "nl": ["schaal 8 trede 4", "functiegroep F"],
    "pt": ["nível 12", "faixa III-B"],
    "hi": ["L-4", "पे लेवल 6"],
}
UNIT = {
    "de": ("Std.", "Tage", "Monate", "Anschläge/min"),
    "en": ("hours", "days", "months", "wpm"),
    "fr": ("h", "jours", "mois", "mots/min"),
    "es": ("horas", "días", "meses", "ppm"),
    "it": ("ore", "giorni", "mesi", "battute/min"),
    "nl": ("uur", "dagen", "maanden", "aanslagen/min"),
    "pt": ("horas", "dias", "meses", "ppm"),
    "hi": ("घंटे", "दिन", "महीने", "शब्द प्रति मिनट"),
}


def value(key, rng, cc, lang):
    u = UNIT[lang]
    yr = rng.randint(2009, 2022)
    if key == "emp":
        return rng.choice(
            [
                f"E-{_d(rng, 6)}",
                f"{_d(rng, 5)}",
                f"P{_d(rng, 4)}/{rng.randint(10, 99)}",
                f"HR-{rng.randint(100, 999)}-{_d(rng, 3)}",
            ]
        )
    if key == "badge":
        return rng.choice(
            [f"#{_d(rng, 4)}-{_d(rng, 2)}", f"B{_d(rng, 5)}", f"{rng.choice('ABCDK')}-{_d(rng, 4)}"]
        )
    if key == "cost":
        return rng.choice(
            [f"{_d(rng, 4)}-{_d(rng, 3)}", f"CC{_d(rng, 5)}", f"{rng.randint(4, 9)}{_d(rng, 3)}.{_d(rng, 2)}"]
        )
    if key == "req":
        return rng.choice(
            [
                f"REQ-{rng.randint(2023, 2025)}-{_d(rng, 5)}",
                f"JV/{rng.randint(23, 25)}/{_d(rng, 4)}",
                f"{rng.choice(['WH', 'PY', 'LOG'])}-{_d(rng, 4)}-{rng.choice('ABCD')}",
            ]
        )
    if key == "isco":
        return (
            OCC[cc](rng) if cc in OCC else f"ISCO-08 {rng.choice(['4311', '4321', '1324', '8344', '3343'])}"
        )
    if key == "salary":
        lo = rng.randrange(24000, 60000, 500)
        if cc == "IN":
            return f"₹{rng.randint(4, 18)}.{rng.randint(0, 9)} LPA"
        return f"{_money(rng, cc, lang, lo)} – {_money(rng, cc, lang, lo + rng.randrange(3000, 9000, 500))}"
    if key == "hourly":
        return _money(rng, cc, lang, rng.randint(1250, 3400) / 100, 2) + (
            "/h" if lang != "hi" else " प्रति घंटा"
        )
    if key == "grade":
        return rng.choice(GRADE[lang])
    if key == "shift":
        a = rng.choice([5, 6, 7, 14, 22])
        code = rng.choice(["F1", "E2", "S3", "N2", "T1"])
        return f"{code} {a:02d}:00–{(a + 8) % 24:02d}:{rng.choice(['00', '30'])}"
    if key == "hours":
        return f"{_num(rng.choice([37.5, 38.5, 39, 40, 35, 32]), lang, 1)} {u[0]}"
    if key == "leave":
        return f"{_num(rng.choice([24, 25.5, 28, 30, 12.5, 7]), lang, 1)} {u[1]}"
    if key == "overtime":
        return f"+{rng.randint(1, 40)}:{rng.choice(['00', '15', '30', '45'])} h"
    if key == "notice":
        return f"{rng.choice([2, 3, 6])} {u[2]}"
    if key == "period":
        return f"{rng.randint(1, 12):02d}/{yr} – {rng.randint(1, 12):02d}/{yr + rng.randint(1, 3)}"
    if key == "natid":
        return natid(rng, cc, lang)
    if key == "timesheet":
        return f"TS-{rng.randint(2023, 2025)}-W{rng.randint(1, 52):02d}-{_d(rng, 4)}"
    if key == "po":
        return f"PO {rng.choice(['45', '47'])}{_d(rng, 8)}" if rng.random() < 0.5 else f"PO-{_d(rng, 6)}"
    if key == "wpm":
        return f"{rng.randint(45, 85)} {u[3]}"
    if key == "fte":
        return f"{_num(rng.choice([0.5, 0.6, 0.8, 1.0]), lang, 1)} FTE"
    if key == "payslip":
        return f"PAY/{rng.randint(2024, 2025)}/M{rng.randint(1, 12):02d}/{_d(rng, 3)}"
    if key == "degree":
        return {
            "en": f"GPA {rng.choice(['3.4', '3.7', '3.9'])}/4.0",
            "de": f"Abschlussnote {rng.choice(['1,7', '2,3'])}",
            "fr": f"mention {rng.choice(['AB', 'B'])} ({rng.choice(['14,2', '15,1'])}/20)",
            "es": f"nota media {rng.choice(['7,8', '8,4'])}",
            "it": f"voto {rng.choice(['104', '110'])}/110",
            "nl": f"gemiddeld {rng.choice(['7,4', '8,1'])}",
            "pt": f"média {rng.choice(['15', '17'])} valores",
            "hi": f"CGPA {rng.choice(['8.2', '7.6'])}/10",
        }[lang]
    if key == "week":
        return str(rng.randint(1, 52))
    raise KeyError(key)


KINDS = [
    "emp",
    "badge",
    "cost",
    "req",
    "isco",
    "salary",
    "hourly",
    "grade",
    "shift",
    "hours",
    "leave",
    "overtime",
    "notice",
    "period",
    "natid",
    "timesheet",
    "po",
    "wpm",
    "fte",
    "payslip",
    "degree",
    "week",
]
