"""Hard negatives for the v120 set: postal look-alikes (38 kinds, none in v52's list) and their screens."""

import ipaddress
import re

import phonenumbers
from stdnum import iban as std_iban

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n):
    return "".join(rng.choice(D) for _ in range(n))


def _s10(rng):
    body = _d(rng, 8)
    tot = sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))
    c = 11 - tot % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    pre = rng.choice(["RR", "CP", "EE", "LX", "RB", "CX", "LY"])
    cc = rng.choice(["GB", "DE", "FR", "NL", "ES", "IT", "PT", "BR", "IN", "US"])
    if rng.random() < 0.5:
        return "%s%s%d%s" % (pre, body, c, cc)
    return "%s %s %s %d %s" % (pre, body[:4], body[4:], c, cc)


def _plate(rng):
    return rng.choice(
        [
            "KA %s %s %s" % (_d(rng, 2), rng.choice(["AB", "MF", "PX"]), _d(rng, 4)),
            "B-PO %s" % _d(rng, 4),
            "%s%s %s"
            % (rng.choice(["LS", "NR", "CF", "EX"]), _d(rng, 2), "".join(rng.choice(UP) for _ in range(3))),
        ]
    )


def _ean(rng):
    body = rng.choice(["400", "871", "560", "300", "789", "890"]) + _d(rng, 9)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    full = body + str((10 - tot % 10) % 10)
    return "%s %s %s" % (full[0], full[1:7], full[7:])


def _identcode(rng):
    x = _d(rng, 11)
    tot = sum(int(c) * (4 if i % 2 == 0 else 9) for i, c in enumerate(x))
    x += str((10 - tot % 10) % 10)
    return "%s.%s %s.%s %s" % (x[:2], x[2:5], x[5:8], x[8:11], x[11])


def _hours(rng):
    a, b = rng.choice(["07:30", "08:00", "08:30", "09:00"]), rng.choice(["12:00", "12:30", "13:00"])
    c, d = rng.choice(["14:00", "14:30", "15:00"]), rng.choice(["17:30", "18:00", "18:30"])
    return "%s–%s, %s–%s" % (a, b, c, d)


GEN = {
    "tracking_s10": _s10,
    "parcel_id": lambda r: " ".join([_d(r, 4)] * 0 + [_d(r, 4) for _ in range(5)]),
    "zip_plus4": lambda r: "%s-%s" % (_d(r, 5), _d(r, 4)),
    "uk_postcode": lambda r: (
        "%s%d %d%s"
        % (
            r.choice(["LS", "NR", "CF", "IV", "EX", "S"]),
            r.randint(1, 28),
            r.randint(1, 9),
            "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in "ab"),
        )
    ),
    "plz_town": lambda r: (
        "%s %s" % (r.randint(10000, 99999), r.choice(["Kassel", "Erfurt", "Passau", "Hof"]))
    ),
    "nl_postcode": lambda r: (
        "%d %s" % (r.randint(1000, 9999), "".join(r.choice("BCDEGHJKLMNPRTVWX") for _ in "ab"))
    ),
    "cep": lambda r: "%s-%s" % (_d(r, 5), _d(r, 3)),
    "pin_code": lambda r: "%d %s" % (r.randint(110, 855), _d(r, 3)),
    "postfach": lambda r: "%s %s %s" % (_d(r, 2), _d(r, 2), _d(r, 2)),
    "weight": lambda r: r.choice(["%d,%03d kg", "%d.%03d kg"]) % (r.randint(0, 29), r.randint(0, 999)),
    "dimensions": lambda r: "%d × %d × %d cm" % (r.randint(20, 120), r.randint(15, 60), r.randint(5, 60)),
    "postage": lambda r: (
        r.choice(["€ %d,%02d", "£%d.%02d", "R$ %d,%02d", "₹%d.%02d"]) % (r.randint(0, 48), r.randint(0, 99))
    ),
    "franking_serial": lambda r: "%s%s %s" % (r.choice(["2F", "4F", "FP", "NQ"]), _d(r, 4), _d(r, 4)),
    "meter_reading": lambda r: "%s %s,%s" % (_d(r, 3), _d(r, 3), _d(r, 2)),
    "permit": lambda r: "%d" % r.randint(100, 99999),
    "route": lambda r: "%s-%s%s" % (_d(r, 3), _d(r, 2), r.choice(["", "A", "B"])),
    "seal": lambda r: "%s %s" % (_d(r, 4), _d(r, 4)),
    "collection_time": lambda r: "%02d:%s" % (r.randint(9, 19), r.choice(["00", "15", "30", "45"])),
    "opening_hours": _hours,
    "branch_code": lambda r: "%s %s" % (_d(r, 3), _d(r, 3)),
    "postal_order": lambda r: "%s %s" % (_d(r, 2), _d(r, 6)),
    "hs_code": lambda r: (
        "%s.%s.%s" % (r.choice(["8471", "6109", "4901", "9503", "3304", "8517"]), _d(r, 2), _d(r, 2))
    ),
    "mrn": lambda r: (
        "%d%s%s%s"
        % (
            r.randint(23, 25),
            r.choice(["DE", "NL", "FR", "GB"]),
            _d(r, 12),
            "".join(r.choice(UP + D) for _ in range(4)),
        )
    ),
    "item_count": lambda r: "%d %03d" % (r.randint(2, 480), r.randint(0, 999)),
    "locker": lambda r: "%d/%d" % (r.randint(100, 999), r.randint(1, 160)),
    "redirect_ref": lambda r: "RD-%s-%s" % (_d(r, 6), r.choice(UP)),
    "queue": lambda r: "%s%03d" % (r.choice("ABCKP"), r.randint(1, 199)),
    "stamp_catalogue": lambda r: (
        "%s %d" % (r.choice(["Michel", "SG", "Yvert", "Scott"]), r.randint(100, 4200))
    ),
    "tray_range": lambda r: (lambda a: "%04d–%04d" % (a, a + r.randint(4, 40)))(r.randint(100, 9000)),
    "van_plate": _plate,
    "identcode": _identcode,
    "receptacle": lambda r: (
        "%sA%sA%s%s%s"
        % (
            r.choice(["GBLON", "DEFRA", "NLAMS", "FRCDG"]),
            r.choice(["USJFK", "BRSAO", "INBOM", "ESMAD"]),
            r.choice(["UN", "UR", "CN"]),
            _d(r, 4),
            _d(r, 12),
        )
    ),
    "session_txn": lambda r: "%s/%s" % (_d(r, 4), _d(r, 4)),
    "weight_band": lambda r: r.choice(["101–250 g", "251–500 g", "501–1000 g", "1001–2000 g", "21–50 g"]),
    "bus_time": lambda r: (
        "%d, %02d:%s" % (r.randint(11, 899), r.randint(6, 18), r.choice(["05", "20", "35", "50"]))
    ),
    "money_order": lambda r: _d(r, 11),
    "ean": _ean,
    "box_range": lambda r: (lambda a: "%d–%d" % (a, a + r.choice([49, 99, 249])))(
        r.randint(10, 90) * 100 + 1
    ),
}

# kind | en | de | fr | es | it | nl | pt | hi  (label put before the value)
_LABELS = """
tracking_s10|item number|Sendungsnummer|numéro d'envoi|número de envío|
codice di spedizione|zendingnummer|código de rastreio|ट्रैकिंग नंबर
parcel_id|parcel barcode|Paketnummer|code colis|código del paquete|
codice collo|pakketcode|código do volume|पार्सल बारकोड
zip_plus4|ZIP+4|US-Postleitzahl|code ZIP|código ZIP|codice ZIP|ZIP-code|código ZIP|ZIP कोड
uk_postcode|postcode|britische Postleitzahl|code postal britannique|código postal británico|
CAP britannico|Britse postcode|código postal britânico|UK पोस्टकोड
plz_town|delivery address town line|Ort|ville|localidad|località|plaats|localidade|शहर
nl_postcode|Dutch postcode|niederländische PLZ|code postal néerlandais|código postal neerlandés|
CAP olandese|postcode|código postal holandês|डच पोस्टकोड
cep|CEP|CEP|CEP|CEP|CEP|CEP|CEP|CEP
pin_code|PIN code|PIN-Code|code PIN indien|código PIN|codice PIN|pincode|código PIN|पिन कोड
postfach|box number|Postfach|boîte postale|apartado|casella postale|postbus|caixa postal|बॉक्स नंबर
weight|weight|Gewicht|poids|peso|peso|gewicht|peso|वज़न
dimensions|dimensions|Maße|dimensions|medidas|dimensioni|afmetingen|dimensões|नाप
postage|postage|Porto|affranchissement|franqueo|affrancatura|porto|franquia|डाक शुल्क
franking_serial|franking machine serial|Frankiermaschine Nr.|n° de machine à affranchir|
n.º de máquina franqueadora|
matricola affrancatrice|frankeermachine nr.|n.º da máquina de franquear|फ्रैंकिंग मशीन सीरियल
meter_reading|ascending register|Zählerstand|compteur|contador|
contatore|tellerstand|contador|मीटर रीडिंग
permit|bulk mail permit no.|Genehmigung Nr.|autorisation n°|permiso n.º|
autorizzazione n.|vergunning nr.|licença n.º|परमिट नंबर
route|delivery walk|Zustellbezirk|tournée|ruta de reparto|
giro di recapito|bestelwijk|giro de entrega|बीट नंबर
seal|bag seal|Plombe|scellé|precinto|sigillo|zegel|selo do malote|सील नंबर
collection_time|last collection|letzte Leerung|dernière levée|última recogida|
ultima levata|laatste lichting|última coleta|आख़िरी संग्रह
opening_hours|counter hours|Öffnungszeiten|horaires du guichet|horario de ventanilla|
orario sportello|openingstijden|horário do balcão|काउंटर समय
branch_code|branch code|Filialnummer|code bureau|código de oficina|
codice ufficio|vestigingscode|código da agência|शाखा कोड
postal_order|postal order serial|Postanweisung Nr.|mandat n°|giro postal n.º|
vaglia n.|postwissel nr.|vale postal n.º|पोस्टल ऑर्डर नंबर
hs_code|tariff code|Zolltarifnummer|code SH|código arancelario|
codice doganale|HS-code|código NCM|HS कोड
mrn|customs MRN|MRN|MRN|MRN|MRN|MRN|MRN|कस्टम्स MRN
item_count|items posted|Sendungen|plis|envíos|invii|poststukken|objetos|आइटम
locker|locker/compartment|Packstation/Fach|consigne/casier|taquilla/casillero|
locker/vano|kluis/vak|armário/compartimento|लॉकर/खाना
redirect_ref|redirection reference|Nachsendeauftrag|réexpédition|reenvío|
inoltro|doorzending|reencaminhamento|रीडायरेक्शन संदर्भ
queue|queue ticket|Wartenummer|ticket d'attente|turno|numero di coda|volgnummer|senha|टोकन
stamp_catalogue|catalogue|Katalog|catalogue|catálogo|catalogo|catalogus|catálogo|कैटलॉग
tray_range|tray labels|Behälterlabels|étiquettes de bacs|etiquetas de bandeja|
etichette vassoi|baklabels|etiquetas de bandeja|ट्रे लेबल
van_plate|van registration|Kennzeichen|immatriculation|matrícula|targa|kenteken|placa|वैन नंबर
identcode|Identcode|Identcode|Identcode|Identcode|Identcode|Identcode|Identcode|Identcode
receptacle|receptacle ID|Kartenschluss-ID|récipient|receptáculo|
dispaccio|receptakel|recipiente|रिसेप्टेकल ID
session_txn|session/transaction|Sitzung/Buchung|session/opération|sesión/operación|
sessione/operazione|sessie/transactie|sessão/operação|सत्र/लेनदेन
weight_band|weight band|Gewichtsstufe|tranche de poids|tramo de peso|
scaglione di peso|gewichtsklasse|escalão de peso|वज़न श्रेणी
bus_time|post bus|Postbus|car postal|autobús|autobus|buslijn|ônibus|बस
money_order|money order serial|Zahlschein Nr.|mandat cash n°|giro n.º|
vaglia postale n.|betaalopdracht nr.|vale n.º|मनी ऑर्डर नंबर
ean|booklet barcode|Heftchen-EAN|code-barres du carnet|código de barras|
codice a barre|barcode boekje|código de barras|बारकोड
box_range|box range|Fachbereich|plage de boîtes|rango de apartados|
caselle|bussenreeks|caixas|बॉक्स रेंज
"""
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "hi"]
LABELS = {}
for _line in _LABELS.strip().replace("|\n", "|").splitlines():
    _parts = _line.split("|")
    LABELS[_parts[0]] = dict(zip(LANGS, _parts[1:], strict=True))
KINDS = sorted(GEN)
assert set(KINDS) == set(LABELS), set(KINDS) ^ set(LABELS)

HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
SCREEN_REGIONS_EXTRA = ["GB", "IN"]


def _luhn(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def guard_hits(text):
    """Non-phone guards: e-mail shape, Luhn runs, IBANs, IPs, SSN shapes."""
    hits = []
    if re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text):
        hits.append("email")
    for m in re.finditer(r"\d[\d \-]{11,30}\d", text):
        run = re.sub(r"[ \-]", "", m.group())
        for a in range(len(run)):
            for b in range(a + 13, min(len(run), a + 19) + 1):
                if _luhn(run[a:b]):
                    hits.append("luhn")
                    break
            if hits and hits[-1] == "luhn":
                break
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in re.finditer(r"[0-9A-Fa-f:.]{7,45}", text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    if re.search(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)", text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in phonenumbers.PhoneNumberMatcher(text, reg, leniency=phonenumbers.Leniency.VALID):
            hits.append((reg, m.raw_string))
    return hits


def value_dirty(value, regions):
    for reg in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws a hard-negative value that passes every screen; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions):
        for _ in range(200):
            v = GEN[kind](self.rng)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
