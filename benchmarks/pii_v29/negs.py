# ruff: noqa: E501
"""Hard negatives new in v29: numbers that are not phones, none of them among v28's 56 kinds.

Each kind: a maker (rng -> text) and labels in en, de, fr, es, it, nl, pt, hi.
"""

import string


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _orcid(rng):
    base = "0000000" + _d(rng, 8)
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    c = (12 - total % 11) % 11
    s = base + ("X" if c == 10 else str(c))
    return "-".join(s[i : i + 4] for i in range(0, 16, 4))


def _isbn10(rng):
    body = "0" + _d(rng, 8)
    c = sum((10 - i) * int(x) for i, x in enumerate(body)) % 11
    c = (11 - c) % 11
    return "%s-%s-%s-%s" % (body[0], body[1:4], body[4:9], "X" if c == 10 else c)


def _cas(rng):
    a, b = _d(rng, rng.choice([4, 5, 6]), "123456789"), _d(rng, 2)
    c = sum((i + 1) * int(x) for i, x in enumerate(reversed(a + b))) % 10
    return "%s-%s-%d" % (a, b, c)


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


U = string.ascii_uppercase
KINDS = {
    "unix_epoch": (
        lambda r: _d(r, 10, "1") if False else "17" + _d(r, 8),
        (
            "epoch",
            "Unix-Zeitstempel",
            "horodatage Unix",
            "marca de tiempo Unix",
            "timestamp Unix",
            "Unix-tijd",
            "timestamp Unix",
            "यूनिक्स टाइमस्टैम्प",
        ),
    ),
    "support_case": (
        lambda r: "%s-%s" % (r.choice(["2024", "2025"]), _d(r, 6)),
        (
            "case no.",
            "Vorgangsnummer",
            "n° de dossier",
            "n.º de caso",
            "n. pratica",
            "dossiernummer",
            "protocolo",
            "केस नंबर",
        ),
    ),
    "rma": (
        lambda r: "RMA-%s-%s" % (_d(r, 4), _d(r, 4)),
        ("RMA", "RMA-Nummer", "n° RMA", "RMA", "RMA", "RMA-nummer", "RMA", "RMA नंबर"),
    ),
    "flight": (
        lambda r: (
            "%s %d" % (r.choice(["LH", "BA", "AF", "IB", "AZ", "KL", "LA", "AI", "UA"]), r.randint(100, 9899))
        ),
        ("flight", "Flug", "vol", "vuelo", "volo", "vlucht", "voo", "फ़्लाइट"),
    ),
    "pnr": (
        lambda r: "".join(r.choice(U + "23456789") for _ in range(6)),
        (
            "booking ref",
            "Buchungscode",
            "réf. de réservation",
            "localizador",
            "codice prenotazione",
            "boekingscode",
            "localizador",
            "PNR",
        ),
    ),
    "meeting_id": (
        lambda r: "%s %s %s" % (_d(r, 3, "89"), _d(r, 4), _d(r, 4)),
        (
            "meeting ID",
            "Meeting-ID",
            "ID de réunion",
            "ID de reunión",
            "ID riunione",
            "vergader-ID",
            "ID da reunião",
            "मीटिंग आईडी",
        ),
    ),
    "passcode": (
        lambda r: _d(r, 6),
        (
            "passcode",
            "Kenncode",
            "code secret",
            "código de acceso",
            "passcode",
            "toegangscode",
            "senha",
            "पासकोड",
        ),
    ),
    "otp": (
        lambda r: _d(r, 6),
        (
            "verification code",
            "Bestätigungscode",
            "code de vérification",
            "código de verificación",
            "codice di verifica",
            "verificatiecode",
            "código de verificação",
            "ओटीपी",
        ),
    ),
    "iso_range": (
        lambda r: (
            "2025-%02d-%02d – 2025-%02d-%02d"
            % (r.randint(1, 6), r.randint(1, 28), r.randint(7, 12), r.randint(1, 28))
        ),
        ("period", "Zeitraum", "période", "periodo", "periodo", "periode", "período", "अवधि"),
    ),
    "page_range": (
        lambda r: "%d–%d" % ((lambda a: (a, a + r.randint(3, 40)))(r.randint(101, 1900))),
        ("pp.", "S.", "p.", "págs.", "pp.", "blz.", "págs.", "पृष्ठ"),
    ),
    "blood_pressure": (
        lambda r: "%d/%d" % (r.randint(105, 165), r.randint(62, 99)),
        ("BP", "Blutdruck", "tension", "tensión", "pressione", "bloeddruk", "pressão", "बीपी"),
    ),
    "cas": (_cas, ("CAS no.", "CAS-Nr.", "n° CAS", "n.º CAS", "n. CAS", "CAS-nr.", "n.º CAS", "CAS संख्या")),
    "orcid": (_orcid, ("ORCID", "ORCID", "ORCID", "ORCID", "ORCID", "ORCID", "ORCID", "ORCID")),
    "arxiv": (
        lambda r: "arXiv:%02d%02d.%s" % (r.randint(19, 25), r.randint(1, 12), _d(r, 5)),
        ("preprint", "Preprint", "prépublication", "preprint", "preprint", "preprint", "preprint", "प्रीप्रिंट"),
    ),
    "hs_code": (
        lambda r: "%s.%s.%s" % (_d(r, 4, "123456789"), _d(r, 2), _d(r, 2)),
        (
            "HS code",
            "Zolltarifnummer",
            "code SH",
            "código HS",
            "codice doganale",
            "GN-code",
            "código NCM",
            "एचएस कोड",
        ),
    ),
    "odometer": (
        lambda r: "%d %03d km" % (r.randint(12, 289), r.randint(0, 999)),
        (
            "odometer",
            "Kilometerstand",
            "kilométrage",
            "kilometraje",
            "chilometraggio",
            "kilometerstand",
            "quilometragem",
            "ओडोमीटर",
        ),
    ),
    "zip4": (
        lambda r: "%s-%s" % (_d(r, 5), _d(r, 4)),
        ("ZIP+4", "ZIP+4", "ZIP+4", "ZIP+4", "ZIP+4", "ZIP+4", "ZIP+4", "ZIP+4"),
    ),
    "commit": (
        lambda r: _hex(r, r.choice([7, 8, 10])),
        ("commit", "Commit", "commit", "commit", "commit", "commit", "commit", "कमिट"),
    ),
    "build": (
        lambda r: "2025%02d%02d.%d" % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 9)),
        ("build", "Build", "build", "compilación", "build", "build", "build", "बिल्ड"),
    ),
    "pid_port": (
        lambda r: (
            "PID %d, port %d" % (r.randint(1000, 99999), r.choice([8080, 8443, 5432, 6379, 3000, 9200]))
        ),
        ("process", "Prozess", "processus", "proceso", "processo", "proces", "processo", "प्रोसेस"),
    ),
    "model_no": (
        lambda r: r.choice(
            [
                "SM-A%d%dB" % (r.randint(10, 59), r.randint(0, 9)),
                "A%d" % r.randint(2100, 3299),
                "KD-%dX%d" % (r.choice([55, 65]), r.randint(80, 95)),
            ]
        ),
        ("model", "Modell", "modèle", "modelo", "modello", "model", "modelo", "मॉडल"),
    ),
    "resolution": (
        lambda r: r.choice(["2560×1440", "1920x1080", "3840 × 2160", "1366x768", "2880×1800"]),
        (
            "resolution",
            "Auflösung",
            "résolution",
            "resolución",
            "risoluzione",
            "resolutie",
            "resolução",
            "रिज़ॉल्यूशन",
        ),
    ),
    "sample_rate": (
        lambda r: r.choice(["44100 Hz", "48000 Hz", "96 kHz / 24 bit", "320 kbit/s"]),
        ("audio", "Audio", "audio", "audio", "audio", "audio", "áudio", "ऑडियो"),
    ),
    "dms": (
        lambda r: (
            "%d°%02d'%02d.%d\"N %d°%02d'%02d.%d\"E"
            % (
                r.randint(36, 55),
                r.randint(0, 59),
                r.randint(0, 59),
                r.randint(0, 9),
                r.randint(1, 15),
                r.randint(0, 59),
                r.randint(0, 59),
                r.randint(0, 9),
            )
        ),
        ("location", "Standort", "position", "ubicación", "posizione", "locatie", "localização", "लोकेशन"),
    ),
    "plate": (
        lambda r: r.choice(
            [
                "%s-%s %d"
                % (
                    r.choice(["B", "HH", "M", "K", "DD"]),
                    "".join(r.choice(U) for _ in range(2)),
                    r.randint(10, 9999),
                ),
                "%s-%03d-%s"
                % (
                    "".join(r.choice(U) for _ in range(2)),
                    r.randint(1, 999),
                    "".join(r.choice(U) for _ in range(2)),
                ),
                "%s %02d %s %04d"
                % (
                    r.choice(["MH", "KA", "DL"]),
                    r.randint(1, 49),
                    "".join(r.choice(U) for _ in range(2)),
                    r.randint(1, 9999),
                ),
            ]
        ),
        ("plate", "Kennzeichen", "immatriculation", "matrícula", "targa", "kenteken", "placa", "गाड़ी नंबर"),
    ),
    "vin": (
        lambda r: "W" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10)) + _d(r, 6),
        ("VIN", "FIN", "VIN", "bastidor", "telaio", "chassisnummer", "chassi", "वीआईएन"),
    ),
    "issn": (
        lambda r: (
            lambda b: (
                "%s-%s%s"
                % (
                    b[:4],
                    b[4:],
                    (lambda c: "X" if c == 10 else str(c))(
                        (11 - sum((8 - i) * int(x) for i, x in enumerate(b)) % 11) % 11
                    ),
                )
            )
        )(_d(r, 7)),
        ("ISSN", "ISSN", "ISSN", "ISSN", "ISSN", "ISSN", "ISSN", "ISSN"),
    ),
    "isbn10": (
        _isbn10,
        ("ISBN-10", "ISBN-10", "ISBN-10", "ISBN-10", "ISBN-10", "ISBN-10", "ISBN-10", "ISBN-10"),
    ),
    "kb": (
        lambda r: "KB%d" % r.randint(5000000, 5049999),
        (
            "update",
            "Update",
            "mise à jour",
            "actualización",
            "aggiornamento",
            "update",
            "atualização",
            "अपडेट",
        ),
    ),
    "hresult": (
        lambda r: "0x%08X" % r.randint(0x80000000, 0x8007FFFF),
        ("error", "Fehler", "erreur", "error", "errore", "fout", "erro", "एरर"),
    ),
    "cve": (
        lambda r: "CVE-20%d-%d" % (r.randint(19, 25), r.randint(1000, 49999)),
        ("CVE", "CVE", "CVE", "CVE", "CVE", "CVE", "CVE", "CVE"),
    ),
    "bic": (
        lambda r: (
            r.choice(
                [
                    "DEUTDEFF",
                    "COBADEFF",
                    "INGBNL2A",
                    "BNPAFRPP",
                    "CAIXESBB",
                    "BCITITMM",
                    "ITAUBRSP",
                    "SBININBB",
                ]
            )
            + r.choice(["", "XXX", _d(r, 3)])
        ),
        ("BIC", "BIC", "BIC", "BIC", "BIC", "BIC", "BIC/SWIFT", "स्विफ्ट कोड"),
    ),
    "mac": (
        lambda r: ":".join("%02X" % r.randint(0, 255) for _ in range(6)),
        ("MAC", "MAC-Adresse", "adresse MAC", "MAC", "MAC", "MAC-adres", "MAC", "मैक एड्रेस"),
    ),
    "asn": (
        lambda r: "AS%d" % r.randint(1000, 64000),
        ("ASN", "ASN", "ASN", "ASN", "ASN", "ASN", "ASN", "एएसएन"),
    ),
    "confirmation": (
        lambda r: "%s %s %s" % (_d(r, 4, "123456789"), _d(r, 4), _d(r, 1)),
        (
            "confirmation",
            "Bestätigungsnr.",
            "n° de confirmation",
            "n.º de confirmación",
            "n. conferma",
            "bevestigingsnr.",
            "n.º de confirmação",
            "कन्फ़र्मेशन",
        ),
    ),
    "lottery": (
        lambda r: " ".join("%d" % x for x in sorted(r.sample(range(1, 50), 6))),
        (
            "numbers drawn",
            "Lottozahlen",
            "numéros tirés",
            "combinación",
            "numeri estratti",
            "getrokken nummers",
            "dezenas",
            "लॉटरी नंबर",
        ),
    ),
    "salary": (
        lambda r: (lambda a: "%d.000–%d.000" % (a, a + r.randint(4, 15)))(r.randint(38, 90)),
        (
            "salary band",
            "Gehaltsband",
            "fourchette de salaire",
            "banda salarial",
            "RAL",
            "salarisschaal",
            "faixa salarial",
            "वेतन",
        ),
    ),
    "duration": (
        lambda r: "%d:%02d:%02d" % (r.randint(1, 3), r.randint(0, 59), r.randint(0, 59)),
        ("duration", "Dauer", "durée", "duración", "durata", "duur", "duração", "अवधि"),
    ),
    "timecode": (
        lambda r: "%02d:%02d:%02d,%03d" % (0, r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
        (
            "timecode",
            "Timecode",
            "timecode",
            "código de tiempo",
            "timecode",
            "tijdcode",
            "timecode",
            "टाइमकोड",
        ),
    ),
}
LANG_I = {"en": 0, "de": 1, "fr": 2, "es": 3, "it": 4, "nl": 5, "pt": 6, "hi": 7}


def draw(rng, lang, kind=None):
    kind = kind or rng.choice(sorted(KINDS))
    maker, labels = KINDS[kind]
    return kind, labels[LANG_I[lang]], maker(rng)
