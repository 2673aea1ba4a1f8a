"""Hard negatives for v28: numbers that are not phones, each with a non-phone label per language."""

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _d(rng, n - 1)


def _dec(lang):
    return "." if lang in ("en", "hi") else ","


def _ean(rng, pre):
    b = pre + _d(rng, 12 - len(pre))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


G = {
    "parcel": lambda r, lang: r.choice(
        ["JJD" + _d(r, 15), "1Z" + _d(r, 3) + "E" + _d(r, 11), _nz(r, 4) + " " + _d(r, 4) + " " + _d(r, 4)]
    ),
    "order_no": lambda r, lang: r.choice(["#" + _nz(r, 7), _nz(r, 3) + "-" + _d(r, 7) + "-" + _d(r, 7)]),
    "invoice_no": lambda r, lang: r.choice(
        ["RE-20%02d-%05d" % (r.randint(19, 25), r.randint(1, 99999)), _nz(r, 8)]
    ),
    "meter_reading": lambda r, lang: "%s %s kWh" % (_nz(r, 2), _d(r, 3)),
    "meter_serial": lambda r, lang: (
        _nz(r, 1) + " " + r.choice(["EBZ", "ITF", "LGZ"]) + " 00 " + _d(r, 4) + " " + _d(r, 4)
    ),
    "policy_no": lambda r, lang: _nz(r, 3) + "/" + _d(r, 6) + "-" + _d(r, 2),
    "event_ticket": lambda r, lang: _nz(r, 4) + " " + _d(r, 4) + " " + _d(r, 3),
    "isbn": lambda r, lang: _isbn(r),
    "postcode": lambda r, lang: {
        "en": "%s %d%s"
        % (r.choice(["SW1A", "LS6", "M14", "EH3"]), r.randint(1, 9), r.choice(["AA", "QH", "TB"])),
        "de": _nz(r, 5),
        "fr": _nz(r, 5),
        "es": "28" + _d(r, 3),
        "it": "40" + _d(r, 3),
        "nl": _nz(r, 4) + " " + r.choice(["AB", "KL", "TR"]),
        "pt": _nz(r, 5) + "-" + _d(r, 3),
        "hi": _nz(r, 6),
    }[lang],
    "version": lambda r, lang: (
        "%d.%d.%d (build %s)" % (r.randint(1, 17), r.randint(0, 40), r.randint(0, 99), _nz(r, 5))
    ),
    "coords": lambda r, lang: (
        "%d.%04d, %d.%04d" % (r.randint(35, 58), r.randint(0, 9999), r.randint(1, 20), r.randint(0, 9999))
    ),
    "serial": lambda r, lang: "SN " + _nz(r, 4) + "-" + _d(r, 4) + "-" + _d(r, 3),
    "customer_no": lambda r, lang: _nz(r, 3) + " " + _d(r, 3) + " " + _d(r, 3),
    "contract_no": lambda r, lang: _nz(r, 2) + "-" + _d(r, 3) + "-" + _d(r, 4),
    "vat_no": lambda r, lang: r.choice(["DE", "FR", "NL", "IT"]) + _nz(r, 9),
    "court_case": lambda r, lang: (
        "%d %s %d/%02d" % (r.randint(1, 30), r.choice(["O", "C", "S"]), r.randint(10, 999), r.randint(18, 25))
    ),
    "student_id": lambda r, lang: _nz(r, 8),
    "room": lambda r, lang: "%d.%03d" % (r.randint(1, 6), r.randint(1, 250)),
    "train_no": lambda r, lang: r.choice(["ICE ", "TGV ", "IC ", "AVE ", "RE "]) + _nz(r, r.choice([3, 4])),
    "recall_lot": lambda r, lang: (
        "L%s %02d/%02d/20%d" % (_d(r, 5), r.randint(1, 28), r.randint(1, 12), r.randint(24, 27))
    ),
    "barcode": lambda r, lang: _ean(r, r.choice(["40", "30", "84", "80", "87", "789", "890"])),
    "warranty": lambda r, lang: "W" + _nz(r, 3) + "-" + _d(r, 3) + "-" + _d(r, 3),
    "population": lambda r, lang: _thou(r.randint(12000, 3900000), lang),
    "house_price": lambda r, lang: _money(r.randint(95, 1900) * 1000, lang),
    "balance": lambda r, lang: _money(r.randint(10000, 9999999) / 100, lang, cents=True),
    "sku": lambda r, lang: "%03d.%03d.%02d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 99)),
    "recipe": lambda r, lang: "%d g / %d ml" % (r.randint(2, 9) * 50, r.randint(1, 9) * 125),
    "wifi_key": lambda r, lang: _nz(r, 4) + " " + _d(r, 4) + " " + _d(r, 4),
    "error_code": lambda r, lang: "E%d-%02d" % (r.randint(1, 99), r.randint(0, 99)),
    "log_time": lambda r, lang: (
        "20%d-%02d-%02d %02d:%02d:%02d"
        % (
            r.randint(19, 25),
            r.randint(1, 12),
            r.randint(1, 28),
            r.randint(0, 23),
            r.randint(0, 59),
            r.randint(0, 59),
        )
    ),
    "race_time": lambda r, lang: (
        "%d:%02d:%02d%s%d"
        % (r.randint(1, 5), r.randint(0, 59), r.randint(0, 59), _dec(lang), r.randint(0, 9))
    ),
    "kcal": lambda r, lang: _thou(r.randint(1200, 3400), lang) + " kcal",
    "file_size": lambda r, lang: _thou(r.randint(1000000, 99999999), lang) + " bytes",
    "doi": lambda r, lang: (
        "10.%d/%s.%d.%s"
        % (r.randint(1000, 9999), r.choice(["jmb", "ejn", "pnas"]), r.randint(2001, 2024), _d(r, 5))
    ),
    "patent": lambda r, lang: r.choice(
        [
            "EP " + _nz(r, 1) + " " + _d(r, 3) + " " + _d(r, 3) + " B1",
            "US 1" + _d(r, 1) + "," + _d(r, 3) + "," + _d(r, 3),
        ]
    ),
    "engine": lambda r, lang: _thou(r.choice([998, 1197, 1398, 1598, 1968, 2993]), lang) + " cm³",
    "solar": lambda r, lang: _thou(r.randint(2500, 14000), lang) + " kWh",
    "fx_rate": lambda r, lang: "1 EUR = %d%s%04d USD" % (1, _dec(lang), r.randint(500, 1500)),
    "shares": lambda r, lang: _thou(r.randint(1000, 250000), lang),
    "concert_seat": lambda r, lang: (
        "%s %d / %d / %d" % (r.choice("ABCDEFG"), r.randint(1, 40), r.randint(1, 30), r.randint(1, 60))
    ),
    "stop_id": lambda r, lang: _nz(r, 3) + " " + _d(r, 3),
    "radio": lambda r, lang: "%d%s%d MHz" % (r.randint(88, 107), _dec(lang), r.randint(0, 9)),
    "locker": lambda r, lang: "%d-%03d" % (r.randint(1, 9), r.randint(1, 400)),
    "polling_card": lambda r, lang: _nz(r, 3) + "/" + _d(r, 4),
    "donor_no": lambda r, lang: _nz(r, 2) + " " + _d(r, 4) + " " + _d(r, 4),
    "container": lambda r, lang: r.choice(["MSCU", "MAEU", "HLCU", "CMAU"]) + " " + _d(r, 6) + "-" + _d(r, 1),
    "dimensions": lambda r, lang: (
        "%d x %d x %d cm" % (r.randint(20, 220), r.randint(20, 120), r.randint(10, 90))
    ),
    "air_pressure": lambda r, lang: "%d hPa" % r.randint(975, 1040),
    "heart_rate": lambda r, lang: "%d bpm" % r.randint(48, 165),
    "receipt_no": lambda r, lang: _nz(r, 4) + "/" + _d(r, 3) + "/" + _d(r, 4),
    "terminal_id": lambda r, lang: _nz(r, 8),
    "points": lambda r, lang: _thou(r.randint(1000, 99999), lang),
    "road_km": lambda r, lang: (
        "A%d km %d%s%d" % (r.randint(1, 99), r.randint(1, 900), _dec(lang), r.randint(0, 9))
    ),
    "batch_year": lambda r, lang: (
        "20%02d-%02d-%02d / %02d:%02d"
        % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28), r.randint(6, 21), r.choice([0, 15, 30, 45]))
    ),
    "pallet": lambda r, lang: "(00) " + _d(r, 1) + " " + _d(r, 7) + " " + _d(r, 9),
    "transfer_ref": lambda r, lang: "RF" + _d(r, 2) + " " + _d(r, 4) + " " + _d(r, 4),
}

L = {
    "parcel": "tracking number|Sendungsnummer|numéro de suivi|número de seguimiento|codice di tracciamento|"
    "track-and-tracecode|código de rastreio|ट्रैकिंग नंबर",
    "order_no": "order no.|Bestellnummer|n° de commande|n.º de pedido|n. ordine|bestelnummer|nº do "
    "pedido|ऑर्डर नंबर",
    "invoice_no": "invoice no.|Rechnungsnummer|n° de facture|n.º de factura|n. fattura|factuurnummer|"
    "nº da nota|इनवॉइस नंबर",
    "meter_reading": "meter reading|Zählerstand|relevé du compteur|lectura del contador|lettura del "
    "contatore|"
    "meterstand|leitura do relógio|मीटर रीडिंग",
    "meter_serial": "meter serial|Zählernummer|n° de compteur|n.º de contador|matricola "
    "contatore|meternummer|"
    "nº do medidor|मीटर नंबर",
    "policy_no": "policy number|Versicherungsschein-Nr.|n° de police|n.º de póliza|n. polizza|polisnummer|"
    "nº da apólice|पॉलिसी नंबर",
    "event_ticket": "ticket code|Ticketcode|code du billet|código de entrada|codice biglietto|ticketcode|"
    "código do ingresso|टिकट कोड",
    "isbn": "ISBN|ISBN|ISBN|ISBN|ISBN|ISBN|ISBN|ISBN",
    "postcode": "postcode|PLZ|code postal|código postal|CAP|postcode|CEP|पिन कोड",
    "version": "app version|App-Version|version de l'appli|versión de la app|versione app|app-versie|"
    "versão do app|ऐप वर्ज़न",
    "coords": "coordinates|Koordinaten|coordonnées|coordenadas|coordinate|coördinaten|coordenadas|निर्देशांक",
    "serial": "serial no.|Seriennummer|n° de série|n.º de serie|n. di serie|serienummer|nº de série|सीरियल "
    "नंबर",
    "customer_no": "customer no.|Kundennummer|n° client|n.º de cliente|codice cliente|klantnummer|"
    "código do cliente|ग्राहक संख्या",
    "contract_no": "contract no.|Vertragsnummer|n° de contrat|n.º de contrato|n. contratto|contractnummer|"
    "nº do contrato|अनुबंध संख्या",
    "vat_no": "VAT no.|USt-IdNr.|n° de TVA|NIF-IVA|partita IVA|btw-nummer|nº de IVA|VAT नंबर",
    "court_case": "case ref.|Aktenzeichen|n° de rôle|n.º de autos|n. di ruolo|zaaknummer|nº do processo|केस "
    "संख्या",
    "student_id": "student ID|Matrikelnummer|n° étudiant|n.º de expediente|matricola|studentnummer|"
    "matrícula|छात्र आईडी",
    "room": "room|Raum|salle|aula|aula|lokaal|sala|कमरा",
    "train_no": "train|Zug|train|tren|treno|trein|trem|ट्रेन",
    "recall_lot": "recalled lot|zurückgerufene Charge|lot rappelé|lote retirado|lotto ritirato|"
    "teruggeroepen partij|lote recolhido|वापस मँगाया लॉट",
    "barcode": "barcode|EAN|code-barres|código de barras|codice a barre|streepjescode|código de "
    "barras|बारकोड",
    "warranty": "warranty reg.|Garantie-Nr.|n° de garantie|n.º de garantía|n. garanzia|garantienummer|"
    "nº da garantia|वारंटी नंबर",
    "population": "population|Einwohner|habitants|habitantes|abitanti|inwoners|habitantes|आबादी",
    "house_price": "asking price|Kaufpreis|prix demandé|precio|prezzo richiesto|vraagprijs|preço "
    "pedido|माँगी गई कीमत",
    "balance": "balance|Kontostand|solde|saldo|saldo|saldo|saldo|बैलेंस",
    "sku": "item no.|Art.-Nr.|réf. article|ref. artículo|cod. articolo|artikelnr.|cód. do item|आइटम नंबर",
    "recipe": "flour/milk|Mehl/Milch|farine/lait|harina/leche|farina/latte|bloem/melk|farinha/leite|आटा/दूध",
    "wifi_key": "Wi-Fi password|WLAN-Schlüssel|clé Wi-Fi|clave del wifi|password del Wi-Fi|wifi-wachtwoord|"
    "senha do wi-fi|वाई-फ़ाई पासवर्ड",
    "error_code": "error code|Fehlercode|code d'erreur|código de error|codice errore|foutcode|"
    "código de erro|एरर कोड",
    "log_time": "last sync|letzte Synchronisierung|dernière synchro|última sincronización|ultima "
    "sincronizzazione|"
    "laatste sync|última sincronização|आख़िरी सिंक",
    "race_time": "finish time|Zielzeit|temps d'arrivée|tiempo final|tempo finale|eindtijd|tempo "
    "final|फ़िनिश टाइम",
    "kcal": "daily intake|Tagesbedarf|apport quotidien|ingesta diaria|fabbisogno giornaliero|dagelijkse "
    "inname|"
    "consumo diário|रोज़ाना कैलोरी",
    "file_size": "file size|Dateigröße|taille du fichier|tamaño del archivo|dimensione file|bestandsgrootte|"
    "tamanho do arquivo|फ़ाइल साइज़",
    "doi": "DOI|DOI|DOI|DOI|DOI|DOI|DOI|DOI",
    "patent": "patent|Patent|brevet|patente|brevetto|octrooi|patente|पेटेंट",
    "engine": "engine|Hubraum|cylindrée|cilindrada|cilindrata|cilinderinhoud|cilindrada|इंजन",
    "solar": "solar yield this year|Solarertrag dieses Jahr|production solaire cette année|producción solar "
    "este año|"
    "produzione solare quest'anno|zonne-opbrengst dit jaar|geração solar este ano|इस साल सोलर "
    "उत्पादन",
    "fx_rate": "exchange rate|Wechselkurs|taux de change|tipo de cambio|tasso di "
    "cambio|wisselkoers|câmbio|विनिमय दर",
    "shares": "shares held|Stückzahl Aktien|actions détenues|acciones|azioni possedute|aandelen|ações|शेयर",
    "concert_seat": "block/row/seat|Block/Reihe/Platz|bloc/rang/place|bloque/fila/asiento|settore/fila/posto|"
    "vak/rij/stoel|setor/fila/assento|ब्लॉक/पंक्ति/सीट",
    "stop_id": "stop ID|Haltestellen-Nr.|n° d'arrêt|n.º de parada|n. fermata|haltenummer|nº do ponto|स्टॉप "
    "आईडी",
    "radio": "station|Sender|fréquence|emisora|frequenza|zender|rádio|रेडियो स्टेशन",
    "locker": "locker|Schließfach|casier|taquilla|armadietto|kluisje|armário|लॉकर",
    "polling_card": "polling card no.|Wählerverzeichnis-Nr.|n° d'électeur|n.º de elector|n. tessera "
    "elettorale|"
    "stempasnummer|nº do título|मतदाता क्रमांक",
    "donor_no": "donor no.|Spendernummer|n° de donneur|n.º de donante|codice donatore|donornummer|"
    "nº de doador|डोनर नंबर",
    "container": "container|Container|conteneur|contenedor|container|container|contêiner|कंटेनर",
    "dimensions": "size|Maße|dimensions|medidas|misure|afmetingen|medidas|आकार",
    "air_pressure": "air pressure|Luftdruck|pression|presión|pressione|luchtdruk|pressão|वायुदाब",
    "heart_rate": "resting pulse|Ruhepuls|pouls au repos|pulso en reposo|battito a riposo|rusthartslag|"
    "pulso em repouso|आराम की धड़कन",
    "receipt_no": "receipt no.|Beleg-Nr.|n° de ticket|n.º de ticket|n. scontrino|bonnummer|nº do cupom|रसीद "
    "नंबर",
    "terminal_id": "terminal ID|Terminal-ID|ID terminal|ID de terminal|ID terminale|terminal-ID|ID do "
    "terminal|टर्मिनल आईडी",
    "points": "points balance|Punktestand|solde de points|saldo de puntos|saldo punti|puntensaldo|saldo de "
    "pontos|पॉइंट्स",
    "road_km": "breakdown at|Panne bei|panne au|avería en|guasto al|pech bij|pane no|ब्रेकडाउन",
    "batch_year": "delivery slot|Lieferfenster|créneau de livraison|franja de entrega|fascia di consegna|"
    "bezorgmoment|janela de entrega|डिलीवरी स्लॉट",
    "pallet": "pallet SSCC|Paletten-SSCC|SSCC palette|SSCC del palé|SSCC bancale|pallet-SSCC|SSCC do "
    "palete|पैलेट SSCC",
    "transfer_ref": "payment reference|Zahlungsreferenz|référence de paiement|referencia de pago|"
    "riferimento pagamento|betalingskenmerk|referência do pagamento|भुगतान संदर्भ",
}


def _isbn(r):
    b = "978" + r.choice(["3", "2", "84", "88", "90", "85", "81", "0", "1"])
    b += "".join(r.choice("0123456789") for _ in range(12 - len(b)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    d = b + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])


def _thou(n, lang):
    s = "{:,}".format(n)
    return s if lang in ("en", "hi") else s.replace(",", "." if lang != "fr" else " ")


def _money(x, lang, cents=False):
    if cents:
        whole, c = int(x), int(round((x - int(x)) * 100))
        s = _thou(whole, lang) + ("." if lang in ("en", "hi") else ",") + "%02d" % c
    else:
        s = _thou(int(x), lang)
    return {
        "en": "£" + s,
        "de": s + " €",
        "fr": s + " €",
        "es": s + " €",
        "it": "€ " + s,
        "nl": "€ " + s,
        "pt": "R$ " + s,
        "hi": "₹" + s,
    }[lang]


def label(kind, lang):
    return L[kind].split("|")[LANGS.index(lang)]


KINDS = sorted(G)
assert set(KINDS) == set(L)
