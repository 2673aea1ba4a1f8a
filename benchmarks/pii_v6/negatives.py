"""Hard negatives, part 1: codes, identifiers and readings that look like numbers worth labelling.

Each generator takes (rng, lang) and returns a short phrase in that language; nothing here is
ever labelled. The registry NEG maps a kind name to its generator (see negatives_more.py too).
"""

from __future__ import annotations

from .common import digits, group, lbl, luhn_ok, pick

NEG = {}


def neg(fn):
    NEG[fn.__name__] = fn
    return fn


@neg
def otp(rng, lang):
    code = digits(rng, pick(rng, [6, 6, 4, 8]))
    shown = pick(rng, [code, group(code, [3]), "-".join([code[:3], code[3:]]) if len(code) == 6 else code])
    label = lbl(
        rng,
        lang,
        {
            "en": ["one-time code", "your verification code is", "login code", "OTP"],
            "de": ["Bestätigungscode", "TAN", "Einmalcode"],
            "fr": ["code de vérification", "code à usage unique"],
            "es": ["código de verificación", "clave de un solo uso"],
            "it": ["codice OTP", "codice di verifica"],
            "nl": ["verificatiecode", "eenmalige code"],
            "pt": ["código de verificação", "código SMS"],
            "hi": ["OTP", "OTP code (kisi ko mat batana)"],
        },
    )
    return f"{label} {shown}"


@neg
def booking_ref(rng, lang):
    ref = pick(
        rng,
        [
            f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 4)}",
            f"ESC-{digits(rng, 2)}-{digits(rng, 5)}",
            f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
            f"R{digits(rng, 9)}",
        ],
    )
    label = lbl(
        rng,
        lang,
        {
            "en": ["booking ref.", "reservation no.", "conf. #"],
            "de": ["Buchungsnr.", "Reservierung"],
            "fr": ["réf. réservation", "n° de dossier"],
            "es": ["localizador", "nº de reserva"],
            "it": ["cod. prenotazione", "n. prenotazione"],
            "nl": ["boekingsnummer", "reserveringsnr."],
            "pt": ["código da reserva", "nº da reserva"],
            "hi": ["booking ID", "PNR"],
        },
    )
    return f"{label} {ref}"


@neg
def membership_no(rng, lang):
    ref = pick(
        rng,
        [
            digits(rng, 7, "123456789"),
            f"{digits(rng, 3)} {digits(rng, 3)}",
            f"{digits(rng, 5)}/{digits(rng, 2)}",
            f"{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 2)}",
        ],
    )
    label = lbl(
        rng,
        lang,
        {
            "en": ["membership no.", "member #", "BBKA reg."],
            "de": ["Mitgliedsnr.", "Mitglieds-Nr."],
            "fr": ["n° d'adhérent", "carte adhérent"],
            "es": ["nº de socio", "socio nº"],
            "it": ["tessera n.", "n. socio"],
            "nl": ["lidnummer", "lidnr."],
            "pt": ["matrícula", "nº de sócio"],
            "hi": ["membership no.", "sadasya sankhya"],
        },
    )
    return f"{label} {ref}"


@neg
def meter_no(rng, lang):
    ref = pick(
        rng,
        [
            f"1 ESY 11 {digits(rng, 4)} {digits(rng, 4)}",
            f"{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}",
            f"{digits(rng, 10, '123456789')}",
            f"Z{digits(rng, 8)}",
            f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
        ],
    )
    label = lbl(
        rng,
        lang,
        {
            "en": ["meter serial", "meter no.", "MPRN"],
            "de": ["Zählernummer", "Zähler-Nr."],
            "fr": ["n° de compteur", "PDL"],
            "es": ["nº de contador", "CUPS parcial"],
            "it": ["matricola contatore", "POD parz."],
            "nl": ["meternummer", "EAN-code meter (laatste cijfers)"],
            "pt": ["nº do medidor", "hidrômetro"],
            "hi": ["meter no.", "bijli meter sankhya"],
        },
    )
    return f"{label} {ref}"


@neg
def door_code(rng, lang):
    code = pick(rng, [digits(rng, 4) + "#", "*" + digits(rng, 4), " ".join(digits(rng, 4)), digits(rng, 6)])
    label = lbl(
        rng,
        lang,
        {
            "en": ["door code", "key safe", "gate code", "keypad"],
            "de": ["Türcode", "Schlüsselsafe", "Torcode"],
            "fr": ["digicode", "code portail"],
            "es": ["código del portal", "cajetín de llaves"],
            "it": ["codice portone", "cassetta chiavi"],
            "nl": ["deurcode", "sleutelkluis"],
            "pt": ["senha do portão", "código do cadeado"],
            "hi": ["gate code", "taala code"],
        },
    )
    return f"{label} {code}"


@neg
def padlock_combo(rng, lang):
    n = pick(rng, [3, 4, 4, 5])
    combo = pick(
        rng, ["-".join(digits(rng, n)), " ".join(digits(rng, n)), digits(rng, n), "–".join(digits(rng, n))]
    )
    label = lbl(
        rng,
        lang,
        {
            "en": ["the blue padlock opens with", "lock combo", "safe combination"],
            "de": ["Zahlenschloss", "Kombination Truhe"],
            "fr": ["cadenas à code", "combinaison du coffre"],
            "es": ["candado", "combinación del cofre"],
            "it": ["lucchetto", "combinazione cassaforte"],
            "nl": ["cijferslot", "combinatie kist"],
            "pt": ["cadeado", "segredo do cofre"],
            "hi": ["taala combination", "lock code"],
        },
    )
    return f"{label} {combo}"


@neg
def wifi_pass(rng, lang):
    pw = pick(
        rng,
        [
            f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
            digits(rng, 10),
            f"{digits(rng, 5)}-{digits(rng, 5)}",
        ],
    )
    label = lbl(
        rng,
        lang,
        {
            "en": ["Wi-Fi key", "WLAN password"],
            "de": ["WLAN-Schlüssel", "WLAN-Passwort"],
            "fr": ["clé Wi-Fi", "mot de passe wifi"],
            "es": ["clave wifi", "contraseña wifi"],
            "it": ["password wifi", "chiave WPA"],
            "nl": ["wifi-wachtwoord", "WPA-sleutel"],
            "pt": ["senha do wi-fi"],
            "hi": ["WiFi password"],
        },
    )
    return f"{label}: {pw}"


@neg
def ham_freq(rng, lang):
    f = pick(
        rng,
        [
            f"145.{rng.randint(200, 775)}",
            f"433.{rng.randint(100, 975):03d}",
            f"7.{rng.randint(40, 199):03d}",
            f"14.{rng.randint(100, 345):03d}",
        ],
    )
    return f"{f} MHz, shift -{pick(rng, ['600 kHz', '7.6 MHz', '0.6'])}, CTCSS {pick(rng, ['67.0', '88.5', '71.9', '123.0', '110.9'])} Hz"


@neg
def callsign_rst(rng, lang):
    call = pick(
        rng, ["DL", "G", "M0", "F4", "EA", "I", "PA", "PY", "VU2", "OE", "VK", "ON", "HB9", "EI", "K", "W"]
    )
    call += str(rng.randint(0, 9)) if not call[-1].isdigit() else ""
    call += "".join(pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(pick(rng, [2, 3])))
    return f"{call} {pick(rng, ['59', '57', '599', '579', '55'])} {digits(rng, 3)} {pick(rng, ['JO62', 'IO91', 'JN45', 'IN80', 'GG87', 'MK82'])}{pick(rng, ['qm', 'wm', 'ar', 'xk'])}"


@neg
def fide_rating(rng, lang):
    fid = digits(rng, pick(rng, [7, 8]), "123456789")
    return f"FIDE ID {fid}, {pick(rng, ['Elo', 'rating', 'Wertung', 'classement'])} {rng.randint(1150, 2350)}"


@neg
def chess_result(rng, lang):
    res = pick(rng, ["1-0", "0-1", "½-½", "1/2-1/2", "+ -", "0-1 (forfeit)"])
    moves = lbl(
        rng,
        lang,
        {
            "en": "moves",
            "de": "Züge",
            "fr": "coups",
            "es": "jugadas",
            "it": "mosse",
            "nl": "zetten",
            "pt": "lances",
        },
    )
    return f"R{rng.randint(1, 9)} B{rng.randint(1, 24)}: {res} ({rng.randint(18, 87)} {moves})"


@neg
def climbing_grade(rng, lang):
    return pick(
        rng,
        [
            f"route {rng.randint(1, 48)}: {pick(rng, ['6a', '6b+', '7a', '5c', '6c+'])}",
            f"Boulder {rng.randint(1, 60)} – Fb {pick(rng, ['5+', '6A', '6B+', '7A'])}",
            f"UIAA {pick(rng, ['VI-', 'VII+', 'V', 'VIII-'])} / {rng.randint(12, 45)} m / {rng.randint(6, 14)} Haken",
        ],
    )


@neg
def hive_record(rng, lang):
    w = (
        f"{rng.randint(14, 48)},{rng.randint(0, 9)}"
        if lang != "en"
        else f"{rng.randint(14, 48)}.{rng.randint(0, 9)}"
    )
    label = lbl(
        rng,
        lang,
        {
            "en": "Hive",
            "de": "Volk",
            "fr": "Ruche",
            "es": "Colmena",
            "it": "Arnia",
            "nl": "Volk",
            "pt": "Colmeia",
            "hi": "Hive",
        },
    )
    day = lbl(
        rng,
        lang,
        {"en": "day", "de": "Tag", "fr": "jour", "es": "día", "it": "giorno", "nl": "dag", "pt": "dia"},
    )
    queen = lbl(
        rng,
        lang,
        {
            "en": "queen",
            "de": "Königin",
            "fr": "reine",
            "es": "reina",
            "it": "regina",
            "nl": "koningin",
            "pt": "rainha",
        },
    )
    return f"{label} {rng.randint(1, 40)}: {w} kg, varroa {rng.randint(0, 14)}/{day}, {queen} 20{rng.randint(19, 24)}"


@neg
def altitude(rng, lang):
    h = rng.randint(850, 3450)
    shown = pick(
        rng,
        [f"{h // 1000} {h % 1000:03d}", f"{h // 1000}.{h % 1000:03d}", f"{h // 1000},{h % 1000:03d}", str(h)],
    )
    unit = lbl(
        rng,
        lang,
        {
            "en": ["m", "m a.s.l."],
            "de": ["m ü. M.", "m ü. NN", "Hm"],
            "fr": ["m d'altitude"],
            "es": ["m de altitud", "msnm"],
            "it": ["m s.l.m."],
            "nl": ["m hoogte"],
            "pt": ["m de altitude"],
        },
    )
    return f"{shown} {unit}"


@neg
def os_gridref(rng, lang):
    sq = pick(rng, ["SH", "NY", "NN", "SD", "SK", "NH", "TQ", "SX", "NG"])
    n = pick(rng, [3, 4, 5])
    return f"{pick(rng, ['grid ref', 'GR', 'OS ref'])} {sq} {digits(rng, n)} {digits(rng, n)}"


@neg
def avalanche(rng, lang):
    lvl = rng.randint(1, 4)
    alt = rng.randint(16, 28) * 100
    return lbl(
        rng,
        lang,
        {
            "en": f"avalanche danger {lvl} above {alt} m",
            "de": f"Lawinenwarnstufe {lvl} oberhalb {alt} m",
            "fr": f"risque d'avalanche {lvl}/5 au-dessus de {alt} m",
            "es": f"peligro de aludes {lvl} por encima de {alt} m",
            "it": f"pericolo valanghe grado {lvl} sopra i {alt} m",
            "nl": f"lawinegevaar {lvl} boven {alt} m",
        },
    )


@neg
def ski_pass(rng, lang):
    while True:
        body = digits(rng, 2) + digits(rng, 8) + digits(rng, 4) + digits(rng, 1)
        if not luhn_ok(body):
            break
    shown = f"{body[:2]}-{body[2:6]} {body[6:10]} {body[10:14]}-{body[14]}"
    label = lbl(
        rng,
        lang,
        {
            "en": ["lift pass", "ski pass no."],
            "de": ["Skipass", "Liftkarte"],
            "fr": ["forfait n°"],
            "es": ["forfait nº"],
            "it": ["skipass n."],
            "nl": ["skipas"],
            "pt": ["passe"],
        },
    )
    return f"{label} {shown}"


@neg
def cve_cvss(rng, lang):
    return f"CVE-20{rng.randint(19, 24)}-{rng.randint(1000, 52000)} (CVSS {rng.randint(3, 9)}.{rng.randint(0, 9)})"


@neg
def port_list(rng, lang):
    ports = rng.sample([22, 80, 443, 8080, 8443, 3306, 5432, 51820, 1883, 9100, 6379, 25565, 3389, 5060], 3)
    return ", ".join(f"{p}/{pick(rng, ['tcp', 'tcp', 'udp'])}" for p in ports)


@neg
def mac_address(rng, lang):
    parts = [f"{rng.randint(0, 255):02X}" for _ in range(6)]
    return pick(
        rng,
        [":".join(parts), "-".join(parts), ".".join("".join(parts[i : i + 2]) for i in (0, 2, 4)).lower()],
    )


@neg
def snmp_oid(rng, lang):
    return f"OID 1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 20)}.{rng.randint(1, 9)}.{rng.randint(0, 9)}"


@neg
def build_number(rng, lang):
    return pick(
        rng,
        [
            f"Build {rng.randint(19041, 26100)}.{rng.randint(1000, 4999)}",
            f"KB{rng.randint(5000000, 5049999)}",
            f"firmware {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(256, 4000)}.{rng.randint(0, 99)}",
        ],
    )


@neg
def report_id(rng, lang):
    return pick(
        rng,
        [
            f"report #{rng.randint(1000000, 2999999)}",
            f"bounty ${rng.randint(1, 30) * 250:,}",
            f"ticket H1-{rng.randint(100000, 999999)}",
            f"advisory GHSA-{rng.randint(1000, 9999):x}-q{rng.randint(100, 999)}",
        ],
    )


@neg
def ferry_sailing(rng, lang):
    hh, mm = rng.randint(5, 22), pick(rng, [0, 5, 15, 20, 35, 40, 50])
    label = lbl(
        rng,
        lang,
        {
            "en": ["sailing", "dep."],
            "de": ["Abfahrt", "Fahrt"],
            "fr": ["départ", "traversée"],
            "es": ["salida", "trayecto"],
            "it": ["partenza", "corsa"],
            "nl": ["afvaart", "vertrek"],
            "pt": ["saída", "travessia"],
            "hi": ["departure"],
        },
    )
    berth = lbl(
        rng,
        lang,
        {
            "en": "berth",
            "de": "Anleger",
            "fr": "quai",
            "es": "muelle",
            "it": "molo",
            "nl": "steiger",
            "pt": "cais",
        },
    )
    trip = lbl(
        rng,
        lang,
        {
            "en": "trip",
            "de": "Fahrt-Nr.",
            "fr": "rotation n°",
            "es": "viaje nº",
            "it": "corsa n.",
            "nl": "rit",
            "pt": "viagem nº",
        },
    )
    return f"{label} {hh:02d}:{mm:02d} – {berth} {rng.randint(1, 9)}, {trip} {rng.randint(1000, 9999)}"


@neg
def tide(rng, lang):
    sep = "." if lang in ("en", "hi") else ","
    return (
        f"HW {rng.randint(0, 11):02d}:{rng.randint(0, 59):02d} {rng.randint(3, 9)}{sep}{rng.randint(0, 9)} m / "
        f"LW {rng.randint(12, 23):02d}:{rng.randint(0, 59):02d} 0{sep}{rng.randint(1, 9)} m"
    )


@neg
def cab_job(rng, lang):
    money = (
        f"{rng.randint(8, 90)},{rng.randint(0, 99):02d} €"
        if lang not in ("en", "hi", "pt")
        else f"${rng.randint(8, 90)}.{rng.randint(0, 99):02d}"
    )
    if lang == "pt":
        money = f"R$ {rng.randint(8, 90)},{rng.randint(0, 99):02d}"
    car = lbl(
        rng,
        lang,
        {
            "en": "car",
            "de": "Wagen",
            "fr": "voiture",
            "es": "coche",
            "it": "auto",
            "nl": "wagen",
            "pt": "carro",
        },
    )
    return f"{car} {rng.randint(1, 99)}, job {rng.randint(2023, 2025)}-{digits(rng, 6)}, {money}, {rng.randint(2, 40)}.{rng.randint(0, 9)} km"


@neg
def knitting(rng, lang):
    if lang == "de":
        return f"{rng.randint(80, 180)} M anschlagen, Nadel {pick(rng, ['3', '3,5', '4', '4,5'])}, R {rng.randint(1, 12)}–{rng.randint(13, 30)} wdh."
    if lang == "fr":
        return f"monter {rng.randint(60, 200)} m., aig. {pick(rng, ['3', '3,5', '4'])}, rangs {rng.randint(1, 10)} à {rng.randint(11, 30)}"
    return f"cast on {rng.randint(60, 240)} sts, rep rows {rng.randint(3, 14)}–{rng.randint(15, 40)} x {rng.randint(2, 6)}"


@neg
def tyre_size(rng, lang):
    return f"{pick(rng, [185, 195, 205, 215, 225, 235])}/{pick(rng, [45, 50, 55, 60, 65])} R{pick(rng, [15, 16, 17, 18])} {rng.randint(84, 99)}{pick(rng, 'HTVW')}, DOT {rng.randint(1, 52):02d}{rng.randint(19, 24)}"


@neg
def paint_code(rng, lang):
    return pick(
        rng,
        [
            f"RAL {pick(rng, ['7016', '9010', '6005', '3000', '5015', '1015'])}",
            f"NCS S {rng.randint(10, 80):02d}05-Y{rng.randint(1, 9)}0R",
            f"Pantone {rng.randint(100, 7700)} C",
            f"#{rng.randint(0, 0xFFFFFF):06X}",
        ],
    )


@neg
def cadastral(rng, lang):
    return lbl(
        rng,
        lang,
        {
            "de": f"Flurstück {rng.randint(1, 999)}/{rng.randint(1, 30)}, Flur {rng.randint(1, 20)}",
            "fr": f"parcelle cadastrée section {pick(rng, ['AB', 'ZC', 'B'])} n° {rng.randint(1, 999):04d}",
            "it": f"foglio {rng.randint(1, 60)} particella {rng.randint(1, 999)} sub {rng.randint(1, 20)}",
            "es": f"ref. catastral {digits(rng, 7)}{pick(rng, ['VK', 'DF', 'TG'])}{digits(rng, 4)}{pick(rng, 'NS')}{digits(rng, 4)}{pick(rng, ['WX', 'BZ'])}",
            "nl": f"kadastraal {pick(rng, ['Haarlem', 'Texel', 'Goes'])} sectie {pick(rng, 'ABCK')} nr. {rng.randint(100, 9999)}",
            "pt": f"matrícula do imóvel nº {rng.randint(10000, 199999)}, {rng.randint(1, 15)}º CRI",
            "en": f"title no. {pick(rng, ['CB', 'NYK', 'WSX', 'LA'])}{rng.randint(100000, 999999)}",
        },
    )


@neg
def postbox(rng, lang):
    return lbl(
        rng,
        lang,
        {
            "de": f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "fr": f"BP {rng.randint(10, 9999)}, CS {rng.randint(10000, 99999)}",
            "es": f"Apartado de Correos {rng.randint(100, 9999)}",
            "it": f"Casella Postale {rng.randint(10, 999)}",
            "nl": f"Postbus {rng.randint(100, 99999)}",
            "pt": f"Caixa Postal {rng.randint(100, 99999)}",
            "en": f"PO Box {rng.randint(100, 99999)}",
            "hi": f"Post Box No. {rng.randint(100, 9999)}",
        },
    )
