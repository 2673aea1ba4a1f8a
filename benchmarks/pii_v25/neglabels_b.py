"""Words that announce the v25 hard negatives (second half) and the label helpers."""

from .neglabels_a import LABELS_A

LABELS_B = {
    "kmmarker": {"en": "the mile marker", "de": "Kilometerstein", "fr": "la borne kilométrique",
                 "es": "el punto kilométrico", "it": "il chilometro", "nl": "de hectometerpaal",
                 "pt": "o marco quilométrico", "hi": "किलोमीटर पत्थर"},
    "radio": {"en": "the frequency", "de": "Frequenz", "fr": "la fréquence", "es": "la frecuencia",
              "it": "la frequenza", "nl": "de frequentie", "pt": "a frequência", "hi": "फ़्रीक्वेंसी"},
    "resolution": {"en": "the screen resolution", "de": "Auflösung", "fr": "la résolution",
                   "es": "la resolución", "it": "la risoluzione", "nl": "de resolutie", "pt": "a resolução",
                   "hi": "रेज़ोल्यूशन"},
    "dimensions": {"en": "the size", "de": "Maße", "fr": "les dimensions", "es": "las medidas",
                   "it": "le misure", "nl": "de afmetingen", "pt": "as medidas", "hi": "नाप"},
    "babyweight": {"en": "the birth weight", "de": "Geburtsgewicht", "fr": "le poids de naissance",
                   "es": "el peso al nacer", "it": "il peso alla nascita", "nl": "het geboortegewicht",
                   "pt": "o peso ao nascer", "hi": "जन्म के समय वज़न"},
    "date": {"en": "the date", "de": "Datum", "fr": "la date", "es": "la fecha", "it": "la data",
             "nl": "de datum", "pt": "a data", "hi": "तारीख़"},
    "timerange": {"en": "the opening hours", "de": "Öffnungszeit", "fr": "l'horaire d'ouverture",
                  "es": "el horario", "it": "l'orario", "nl": "de openingstijd", "pt": "o horário",
                  "hi": "समय"},
    "amount": {"en": "the total", "de": "Betrag", "fr": "le montant", "es": "el importe", "it": "l'importo",
               "nl": "het bedrag", "pt": "o valor", "hi": "कुल रकम"},
    "version": {"en": "the app version", "de": "App-Version", "fr": "la version de l'appli",
                "es": "la versión de la app", "it": "la versione dell'app", "nl": "de app-versie",
                "pt": "a versão do app", "hi": "ऐप वर्ज़न"},
    "logtime": {"en": "the log entry", "de": "Logeintrag", "fr": "l'entrée du journal",
                "es": "la entrada del registro", "it": "la riga del log", "nl": "de logregel",
                "pt": "o registro do log", "hi": "लॉग एंट्री"},
    "transfer": {"en": "the payment reference", "de": "Verwendungszweck", "fr": "la référence du virement",
                 "es": "el concepto de la transferencia", "it": "la causale", "nl": "het betalingskenmerk",
                 "pt": "a referência do pagamento", "hi": "ट्रांज़ैक्शन रेफ़रेंस"},
    "company": {"en": "the company number", "de": "Handelsregisternummer", "fr": "le SIREN",
                "es": "el CIF", "it": "la partita IVA", "nl": "het KvK-nummer", "pt": "o CNPJ",
                "hi": "कंपनी पंजीकरण संख्या"},
    "vat": {"en": "the VAT number", "de": "USt-IdNr.", "fr": "le numéro de TVA", "es": "el NIF-IVA",
            "it": "il codice IVA", "nl": "het btw-nummer", "pt": "a inscrição estadual", "hi": "GSTIN"},
    "standard": {"en": "the standard", "de": "Norm", "fr": "la norme", "es": "la norma", "it": "la norma",
                 "nl": "de norm", "pt": "a norma", "hi": "मानक"},
    "pages": {"en": "the pages", "de": "Seiten", "fr": "les pages", "es": "las páginas", "it": "le pagine",
              "nl": "de bladzijden", "pt": "as páginas", "hi": "पृष्ठ"},
    "seats": {"en": "the row and seats", "de": "Reihe und Plätze", "fr": "le rang et les places",
              "es": "la fila y los asientos", "it": "la fila e i posti", "nl": "de rij en stoelen",
              "pt": "a fileira e as poltronas", "hi": "पंक्ति और सीटें"},
    "cadastre": {"en": "the land parcel", "de": "Flurstück", "fr": "la parcelle cadastrale",
                 "es": "la parcela catastral", "it": "il mappale", "nl": "het kadastrale perceel",
                 "pt": "o lote", "hi": "खसरा नंबर"},
    "water": {"en": "the water account", "de": "Wasserkundennummer", "fr": "le contrat d'eau",
              "es": "el contrato del agua", "it": "il codice utenza dell'acqua", "nl": "het waterklantnummer",
              "pt": "a matrícula da água", "hi": "पानी का कनेक्शन नंबर"},
    "job": {"en": "the job number", "de": "Auftragsnummer", "fr": "le numéro d'intervention",
            "es": "el número de parte", "it": "il numero d'intervento", "nl": "het werkbonnummer",
            "pt": "o número da ordem de serviço", "hi": "जॉब नंबर"},
    "quote": {"en": "the quote reference", "de": "Angebotsnummer", "fr": "le numéro de devis",
              "es": "el número de presupuesto", "it": "il numero del preventivo", "nl": "het offertenummer",
              "pt": "o número do orçamento", "hi": "कोटेशन नंबर"},
    "gcnumber": {"en": "the boiler GC number", "de": "Gerätenummer der Therme",
                 "fr": "le numéro de la chaudière",
                 "es": "el número de la caldera", "it": "la matricola della caldaia", "nl": "het ketelnummer",
                 "pt": "o número do aquecedor", "hi": "गीज़र का मॉडल नंबर"},
    "warranty": {"en": "the warranty registration", "de": "Garantienummer", "fr": "le numéro de garantie",
                 "es": "el número de garantía", "it": "il numero di garanzia", "nl": "het garantienummer",
                 "pt": "o número da garantia", "hi": "वारंटी नंबर"},
    "plot": {"en": "the allotment plot", "de": "Parzelle", "fr": "la parcelle du jardin", "es": "el huerto",
             "it": "l'orto", "nl": "het tuinnummer", "pt": "o canteiro", "hi": "प्लॉट"},
    "table": {"en": "the table", "de": "Tisch", "fr": "la table", "es": "la mesa", "it": "il tavolo",
              "nl": "de tafel", "pt": "a mesa", "hi": "टेबल"},
    "rsvp": {"en": "the RSVP code", "de": "Antwortcode", "fr": "le code de réponse",
             "es": "el código de confirmación",
             "it": "il codice di conferma", "nl": "de aanmeldcode", "pt": "o código de confirmação",
             "hi": "RSVP कोड"},
    "friendcode": {"en": "the friend code", "de": "Freundescode", "fr": "le code ami",
                   "es": "el código de amigo",
                   "it": "il codice amico", "nl": "de vriendcode", "pt": "o código de amigo",
                   "hi": "फ्रेंड कोड"},
    "meeting": {"en": "the Zoom meeting ID", "de": "Zoom-Meeting-ID", "fr": "l'ID de réunion Zoom",
                "es": "el ID de la reunión de Zoom", "it": "l'ID della riunione Zoom",
                "nl": "de Zoom-vergader-ID",
                "pt": "o ID da reunião do Zoom", "hi": "ज़ूम मीटिंग ID"},
    "pressure": {"en": "the air pressure", "de": "Luftdruck", "fr": "la pression", "es": "la presión",
                 "it": "la pressione", "nl": "de luchtdruk", "pt": "a pressão", "hi": "वायुदाब"},
    "pace": {"en": "the run", "de": "Lauf", "fr": "la sortie", "es": "la tirada", "it": "l'uscita",
             "nl": "het loopje", "pt": "o treino", "hi": "दौड़"},
    "weight": {"en": "the weigh-in", "de": "Gewicht", "fr": "la pesée", "es": "el peso", "it": "il peso",
               "nl": "de weging", "pt": "a pesagem", "hi": "वज़न"},
}
LABELS = {**LABELS_A, **LABELS_B}
US_LABELS = {"postcode": "the ZIP code", "tyre": "the tire size", "plate": "the license plate",
             "paint": "the paint color", "kmmarker": "the mile marker", "plot": "the garden plot"}
GB_LABELS = {"kmmarker": "the marker post", "ean": "the barcode"}
ARTICLES = {
    "en": ("the ",), "fr": ("le ", "la ", "les ", "l'"), "es": ("el ", "la ", "los ", "las "),
    "it": ("il ", "lo ", "la ", "i ", "gli ", "le ", "l'"), "pt": ("o ", "a ", "os ", "as "),
    "nl": ("de ", "het "), "de": (), "hi": (),
}


def label(kind: str, lang: str, locale: str) -> str:
    if lang == "en" and locale == "en_US" and kind in US_LABELS:
        return US_LABELS[kind]
    if lang == "en" and locale != "en_US" and kind in GB_LABELS:
        return GB_LABELS[kind]
    return LABELS[kind][lang]


def bare(text: str, lang: str) -> str:
    for art in ARTICLES[lang]:
        if text.startswith(art):
            return text[len(art):]
    return text


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
