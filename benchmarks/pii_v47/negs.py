"""Retail hard negatives (none in v44's list): 38 kinds, each a labelled line in the document's language."""

from stdnum import ean, isbn, luhn

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")
CUR = {
    "en_US": ("$", "pre", "."),
    "en_GB": ("£", "pre", "."),
    "en_IN": ("₹", "pre", "."),
    "en_AU": ("A$", "pre", "."),
    "en_IE": ("€", "pre", "."),
    "de_DE": ("€", "post", ","),
    "de_AT": ("€", "post", ","),
    "de_CH": ("CHF", "pre", "."),
    "fr_FR": ("€", "post", ","),
    "fr_BE": ("€", "post", ","),
    "fr_CH": ("CHF", "pre", "."),
    "nl_NL": ("€", "pre", ","),
    "nl_BE": ("€", "pre", ","),
    "es_ES": ("€", "post", ","),
    "it_IT": ("€", "post", ","),
    "pt_PT": ("€", "post", ","),
    "pt_BR": ("R$", "pre", ","),
}

# label per kind, in en de fr es it nl pt hi order (one line each)
LABELS = {
    "order": "Order no.|Bestellnummer|N° de commande|N.º de pedido|N. ordine|Bestelnummer|"
    "N.º do pedido|ऑर्डर नंबर",
    "rma": "Return authorisation|Retourenschein|N° de retour|Autorización de devolución|"
    "Autorizzazione al reso|"
    "Retourcode|Autorização de devolução|रिटर्न नंबर",
    "sku": "SKU|Art.-Nr.|Réf.|Ref.|Cod. art.|Artikelnr.|Ref.ª|SKU",
    "ean": "EAN|EAN|EAN|EAN|EAN|EAN|EAN|EAN",
    "upc": "UPC|UPC|UPC|UPC|UPC|UPC|UPC|UPC",
    "coupon": "Coupon code|Gutscheincode|Code promo|Código de descuento|Codice sconto|Kortingscode|"
    "Cupom|कूपन कोड",
    "receipt": "Receipt|Bon-Nr.|Ticket n°|Ticket n.º|Scontrino n.|Bonnr.|Talão n.º|रसीद संख्या",
    "till": "Till|Kasse|Caisse|Caja|Cassa|Kassa|Caixa|काउंटर",
    "cashier": "Cashier ID|Bediener|Hôte de caisse|Cajero/a|Operatore|Medewerker|Operador|कैशियर आईडी",
    "loyalty": "Member card|Kundenkarte|Carte fidélité|Tarjeta de socio|Carta fedeltà|Klantenpas|"
    "Cartão cliente|मेंबर कार्ड",
    "track_ups": "Tracking|Sendungsnummer|Suivi colis|Seguimiento|Tracking|Track & trace|Rastreio|ट्रैकिंग",
    "track_s10": "Registered post|Einschreiben|Lettre recommandée|Certificado|Raccomandata|Aangetekend|"
    "Registado|रजिस्टर्ड डाक",
    "track_num": "Parcel ID|Paketnummer|N° de colis|N.º de bulto|N. collo|Pakketnummer|"
    "N.º da encomenda|पार्सल आईडी",
    "price": "Price|Preis|Prix|Precio|Prezzo|Prijs|Preço|कीमत",
    "discount": "Was|Statt|Au lieu de|Antes|Invece di|Van|De|पहले",
    "model": "Model|Modell|Modèle|Modelo|Modello|Model|Modelo|मॉडल",
    "store": "Store no.|Filiale|Magasin n°|Tienda n.º|Punto vendita|Filiaal|Loja n.º|स्टोर नं.",
    "aisle": "Location|Lagerort|Emplacement|Ubicación|Ubicazione|Locatie|Localização|लोकेशन",
    "giftcard": "Gift card|Geschenkkarte|Carte cadeau|Tarjeta regalo|Gift card|Cadeaukaart|Cartão-presente|"
    "गिफ्ट कार्ड",
    "invoice": "Invoice|Rechnung|Facture|Factura|Fattura|Factuur|Fatura|इनवॉइस",
    "customer": "Customer no.|Kundennummer|N° client|N.º de cliente|Cod. cliente|Klantnummer|"
    "N.º de cliente|ग्राहक संख्या",
    "serial": "Serial no.|Seriennummer|N° de série|N.º de serie|Matricola|Serienummer|"
    "N.º de série|सीरियल नंबर",
    "vat": "VAT|MwSt.|TVA|IVA|IVA|btw|IVA|जीएसटी",
    "terminal": "Terminal ID|Terminal-ID|N° terminal|Terminal|ID terminale|Terminal-ID|Terminal|टर्मिनल आईडी",
    "masked": "Card|Karte|Carte|Tarjeta|Carta|Kaart|Cartão|कार्ड",
    "auth": "Auth code|Genehmigungs-Nr.|N° autorisation|Cód. autorización|Cod. autorizzazione|"
    "Autorisatiecode|"
    "Cód. autorização|ऑथ कोड",
    "slot": "Delivery slot|Lieferfenster|Créneau de livraison|Franja de entrega|Fascia di consegna|Bezorgvak|"
    "Janela de entrega|डिलीवरी स्लॉट",
    "parcel": "Parcel|Paket|Colis|Paquete|Pacco|Pakket|Volume|पार्सल",
    "lot": "Lot|Charge|Lot|Lote|Lotto|Partij|Lote|बैच",
    "size": "Size|Größe|Taille|Talla|Taglia|Maat|Tamanho|साइज़",
    "rating": "Rating|Bewertung|Note|Valoración|Valutazione|Beoordeling|Avaliação|रेटिंग",
    "warranty": "Warranty until|Garantie bis|Garantie jusqu'au|Garantía hasta|Garanzia fino al|Garantie tot|"
    "Garantia até|वारंटी तक",
    "ticket": "Case|Vorgang|Dossier|Incidencia|Pratica|Zaaknummer|Protocolo|केस",
    "hours": "Open|Geöffnet|Ouvert|Horario|Orario|Open|Horário|खुला",
    "qty": "Qty|Menge|Qté|Cant.|Q.tà|Aantal|Qtd.|मात्रा",
    "asin": "ASIN|ASIN|ASIN|ASIN|ASIN|ASIN|ASIN|ASIN",
    "isbn": "ISBN|ISBN|ISBN|ISBN|ISBN|ISBN|ISBN|ISBN",
    "pickup": "Pickup code|Abholcode|Code de retrait|Código de recogida|Codice di ritiro|Ophaalcode|"
    "Código de retirada|पिकअप कोड",
}
KINDS = tuple(LABELS)
AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _a(rng, n):
    return "".join(rng.choice(AL) for _ in range(n))


def money(rng, locale, lo=1, hi=900):
    sym, pos, dec = CUR[locale]
    val = rng.randint(lo * 100, hi * 100) / 100
    whole, cents = f"{val:.2f}".split(".")
    if int(whole) >= 1000:
        sep = "," if dec == "." else "."
        whole = f"{int(whole):,}".replace(",", sep)
    amount = f"{whole}{dec}{cents}"
    return (
        f"{sym}{amount}"
        if pos == "pre" and len(sym) < 3
        else (f"{sym} {amount}" if pos == "pre" else f"{amount} {sym}")
    )


def _ean13(rng, pre):
    body = pre + _d(rng, 12 - len(pre))
    return body + ean.calc_check_digit(body)


def _not_luhn(rng, n):
    while True:
        s = _d(rng, n)
        if not luhn.is_valid(s):
            return s


def value(rng, kind, locale):
    dec = CUR[locale][2]
    if kind == "order":
        return rng.choice(
            [
                f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
                f"#{rng.randint(10, 99)}{_d(rng, 5)}",
                f"WEB-{rng.randint(2023, 2025)}-{_a(rng, 2)}{_d(rng, 5)}",
            ]
        )
    if kind == "rma":
        return f"RMA-{_d(rng, 2)}{_a(rng, 1)}-{_d(rng, 5)}"
    if kind == "sku":
        return rng.choice(
            [
                f"{_d(rng, 4)}-{rng.choice(['BLK', 'WHT', 'NVY', 'RED'])}-{rng.randint(36, 46)}",
                f"{_a(rng, 3)}{_d(rng, 4)}{_a(rng, 1)}",
            ]
        )
    if kind == "ean":
        return _ean13(rng, rng.choice(["40", "50", "30", "84", "80", "87", "560", "789", "890", "76"]))
    if kind == "upc":
        body = "0" + _d(rng, 10)
        return body + ean.calc_check_digit(body)
    if kind == "coupon":
        return rng.choice(
            [
                f"{rng.choice(['SPRING', 'WELCOME', 'BLACKFRI', 'SAVE'])}{rng.randint(10, 40)}",
                f"{_a(rng, 4)}-{_a(rng, 2)}{_d(rng, 2)}-{_a(rng, 3)}",
            ]
        )
    if kind == "receipt":
        return rng.choice(
            [f"{_d(rng, 4)}/{_d(rng, 3)}/{_d(rng, 4)}", f"{rng.randint(1, 9)}{_d(rng, 3)}-{_d(rng, 4)}"]
        )
    if kind == "till":
        return f"{rng.randint(1, 24):02d}"
    if kind == "cashier":
        return f"{_a(rng, 1)}{_d(rng, 3)}"
    if kind == "loyalty":
        s = _not_luhn(rng, 16)
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if kind == "track_ups":
        return "1Z" + _a(rng, 3) + _d(rng, 3) + _a(rng, 2) + _d(rng, 8)
    if kind == "track_s10":
        body = _d(rng, 8)
        w = [8, 6, 4, 2, 3, 5, 9, 7]
        c = 11 - sum(int(x) * y for x, y in zip(body, w, strict=True)) % 11
        c = {10: 0, 11: 5}.get(c, c)
        pre = rng.choice(["RR", "RX", "LX", "CP"])
        return f"{pre}{body}{c}{rng.choice(['GB', 'DE', 'FR', 'NL', 'BR', 'IT'])}"
    if kind == "track_num":
        return rng.choice(["JJD" + _d(rng, 18), "3S" + _a(rng, 4) + _d(rng, 9), "0" + _d(rng, 13)])
    if kind == "price":
        return money(rng, locale)
    if kind == "discount":
        return f"{money(rng, locale, 20, 400)} (-{rng.choice([10, 15, 20, 25, 30, 40, 50])} %)"
    if kind == "model":
        return rng.choice(
            [
                f"{_a(rng, 2)}{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 1)}{_a(rng, 2)}",
                f"{_a(rng, 3)}-{_d(rng, 4)}{_a(rng, 1)}",
                f"{_a(rng, 2)}{_d(rng, 3)}/{_d(rng, 2)}",
            ]
        )
    if kind == "store":
        return rng.choice([f"{rng.randint(1, 999):04d}", f"{_d(rng, 3)}"])
    if kind == "aisle":
        return f"{rng.randint(1, 24)}-{_a(rng, 1)}-{rng.randint(1, 9)}/{rng.randint(1, 40):02d}"
    if kind == "giftcard":
        s = _not_luhn(rng, 19)
        return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:16]} {s[16:]}, PIN {_d(rng, 4)}"
    if kind == "invoice":
        return f"{_a(rng, 2)}{rng.randint(23, 25)}-{_d(rng, 6)}"
    if kind == "customer":
        return rng.choice([f"{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", f"K-{_d(rng, 7)}"])
    if kind == "serial":
        return f"{_d(rng, 1)}{_a(rng, 1)}{_d(rng, 4)}{_a(rng, 1)}{_d(rng, 5)}"
    if kind == "vat":
        return f"{rng.choice([19, 20, 21, 22, 23, 7, 10, 18])} % {money(rng, locale, 1, 60)}"
    if kind == "terminal":
        return f"{_d(rng, 8)} / Trace {_d(rng, 6)}"
    if kind == "masked":
        return rng.choice(["**** **** **** " + _d(rng, 4), "XXXX-" + _d(rng, 4), "•••• " + _d(rng, 4)])
    if kind == "auth":
        return f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 3)}"
    if kind == "slot":
        h = rng.randint(7, 16)
        return f"{h:02d}:00–{h + rng.choice([2, 3, 4]):02d}:00"
    if kind == "parcel":
        kg = f"{rng.randint(1, 19)}{dec}{rng.randint(0, 9)} kg"
        return f"{kg}, {rng.randint(20, 60)} × {rng.randint(15, 40)} × {rng.randint(5, 30)} cm"
    if kind == "lot":
        code = f"{_d(rng, 5)}{_a(rng, 1)}"
        return f"{code} · {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2025, 2027)}"
    if kind == "size":
        return rng.choice(
            [
                f"EU {rng.randint(36, 46)} / UK {rng.randint(3, 11)}",
                f"W{rng.randint(28, 38)} L{rng.randint(30, 34)}",
                f"{rng.choice(['S', 'M', 'L', 'XL'])} "
                f"({rng.choice([38, 40, 42, 44])}/{rng.choice([36, 38, 40])})",
            ]
        )
    if kind == "rating":
        return f"{rng.randint(3, 4)}{dec}{rng.randint(0, 9)}/5 · {rng.randint(12, 4800)}"
    if kind == "warranty":
        return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2026, 2029)}"
    if kind == "ticket":
        return f"#{rng.randint(2024, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_d(rng, 4)}"
    if kind == "hours":
        a, b = rng.choice([(8, 20), (9, 19), (10, 18), (7, 22)])
        return f"{a:02d}:00–{b:02d}:00"
    if kind == "qty":
        return f"{rng.randint(2, 6)} × {money(rng, locale, 1, 30)}"
    if kind == "asin":
        return "B0" + "".join(rng.choice(AL + "0123456789") for _ in range(8))
    if kind == "isbn":
        body = "978" + rng.choice(["3", "2", "84", "88", "90", "85", "0", "1"])
        body += _d(rng, 12 - len(body))
        full = body + ean.calc_check_digit(body)
        return isbn.format(full)
    if kind == "pickup":
        return rng.choice([f"{_d(rng, 3)} {_d(rng, 3)}", _d(rng, 6), f"{_a(rng, 2)}-{_d(rng, 4)}"])
    raise KeyError(kind)


def line(rng, kind, locale, lang):
    idx = LANGS.index(lang)
    label = LABELS[kind].split("|")[idx]
    return f"{label}: {value(rng, kind, locale)}"
