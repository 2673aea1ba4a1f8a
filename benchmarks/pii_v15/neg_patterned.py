"""Hard negatives, part two: patterned numbers (measurements, scores, times, dates, prices, codes).

Each kind: (key, labels in en|de|fr|es|it|nl|pt|hi order, generator(rng, lang) -> value text).
"""

from __future__ import annotations

COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def dec(x: float, lang: str, nd: int = 1) -> str:
    s = "%.*f" % (nd, x)
    return s.replace(".", ",") if lang in COMMA else s


def _r(rng, a, b):
    return rng.randint(a, b)


def _shoe(rng, lang):
    return " / ".join(str(_r(rng, 28, 46)) for _ in range(_r(rng, 3, 5)))


def _jeans(rng, lang):
    return ", ".join("W%d L%d" % (_r(rng, 26, 38), rng.choice([30, 32, 34])) for _ in range(2))


def _gauge(rng, lang):
    return "%d × %d = 10 cm" % (_r(rng, 16, 28), _r(rng, 22, 38))


def _needles(rng, lang):
    return "%s mm / %s mm" % (
        dec(rng.choice([3, 3.5, 4, 4.5, 5]), lang),
        dec(rng.choice([5.5, 6, 7, 8]), lang),
    )


def _bowling(rng, lang):
    g = [_r(rng, 98, 230) for _ in range(3)]
    return "%d, %d, %d (%d)" % (g[0], g[1], g[2], sum(g))


def _golf(rng, lang):
    a, b = _r(rng, 36, 52), _r(rng, 36, 52)
    return "%d + %d = %d, HCP %d" % (a, b, a + b, _r(rng, 4, 36))


def _cricket(rng, lang):
    return "%d/%d (%d ov) v %d/%d (%d.%d ov)" % (
        _r(rng, 120, 330),
        _r(rng, 2, 9),
        50,
        _r(rng, 100, 320),
        _r(rng, 3, 10),
        _r(rng, 30, 49),
        _r(rng, 1, 5),
    )


def _quarters(rng, lang):
    q = [(_r(rng, 12, 28), _r(rng, 12, 28)) for _ in range(4)]
    return "%d–%d (%s)" % (sum(a for a, _ in q), sum(b for _, b in q), ", ".join("%d-%d" % p for p in q))


def _gears(rng, lang):
    return "%s, %s" % (
        rng.choice(["50/34", "52/36", "53/39", "46/30"]),
        rng.choice(["11-28", "11-32", "11-34", "10-36"]),
    )


def _din(rng, lang):
    return "DIN %s, %d mm" % (dec(rng.choice([4, 5, 5.5, 6, 6.5, 7, 8]), lang), _r(rng, 270, 335))


def _baro(rng, lang):
    a = _r(rng, 995, 1032)
    return "%d hPa → %d hPa" % (a, a - _r(rng, 2, 12))


def _sun(rng, lang):
    return "%02d:%02d / %02d:%02d" % (_r(rng, 5, 8), _r(rng, 0, 59), _r(rng, 16, 21), _r(rng, 0, 59))


def _moon(rng, lang):
    d, m = _r(rng, 1, 14), _r(rng, 1, 12)
    return "%02d.%02d. / %02d.%02d." % (d, m, d + 14, m)


def _hardness(rng, lang):
    return "%d °dH (%s mmol/l)" % (_r(rng, 4, 24), dec(_r(rng, 7, 43) / 10, lang))


def _pool(rng, lang):
    return "pH %s, Cl %s ppm, %d °C" % (
        dec(_r(rng, 68, 78) / 10, lang),
        dec(_r(rng, 5, 30) / 10, lang),
        _r(rng, 22, 30),
    )


def _aquarium(rng, lang):
    return "%d °C, pH %s, NO3 %d mg/l" % (_r(rng, 22, 28), dec(_r(rng, 62, 78) / 10, lang), _r(rng, 5, 40))


def _npk(rng, lang):
    return rng.choice(["10-10-10", "20-20-20", "7-7-7", "12-6-18", "4-3-6", "15-5-30"])


def _soil(rng, lang):
    return "pH %s / pH %s" % (dec(_r(rng, 55, 75) / 10, lang), dec(_r(rng, 45, 55) / 10, lang))


def _paint(rng, lang):
    v = rng.choice([0.75, 2.5, 5, 10])
    return "%s l → %d m², 2 ×" % (dec(v, lang, 2 if v < 1 else 1), _r(rng, 8, 120))


def _tiles(rng, lang):
    return "%d × %d cm, %d ×, %d mm" % (
        rng.choice([30, 20, 60]),
        rng.choice([60, 30, 120]),
        _r(rng, 6, 40),
        rng.choice([2, 3, 5]),
    )


def _concrete(rng, lang):
    return "1:%d:%d, %d × 25 kg" % (_r(rng, 2, 3), _r(rng, 3, 4), _r(rng, 4, 40))


def _battery(rng, lang):
    return "%s %d mAh, AA %d mAh" % (
        rng.choice(["18650", "21700", "14500"]),
        _r(rng, 20, 50) * 100,
        _r(rng, 19, 28) * 100,
    )


def _fuses(rng, lang):
    return ", ".join("%d A" % a for a in rng.sample([6, 10, 13, 16, 20, 32, 40], 3))


def _bulbs(rng, lang):
    return "%s %d lm %d K" % (
        rng.choice(["E27", "E14", "GU10"]),
        rng.choice([250, 470, 806, 1055]),
        rng.choice([2700, 3000, 4000]),
    )


def _audio(rng, lang):
    return "%s kHz / %d-bit, %d kbps" % (
        dec(rng.choice([44.1, 48.0, 96.0]), lang),
        rng.choice([16, 24]),
        rng.choice([128, 192, 256, 320]),
    )


def _camera(rng, lang):
    return "f/%s, 1/%d s, ISO %d, %d–%d mm" % (
        dec(rng.choice([1.8, 2.8, 4.0, 5.6]), lang),
        rng.choice([60, 125, 250, 500]),
        rng.choice([100, 200, 400, 800, 3200]),
        24,
        rng.choice([70, 105, 200]),
    )


def _version(rng, lang):
    return "v%d.%d.%d (build %d)" % (_r(rng, 1, 9), _r(rng, 0, 20), _r(rng, 0, 30), _r(rng, 1000, 9999))


def _port(rng, lang):
    return "port %d → %d" % (rng.choice([8080, 8443, 3000, 5000, 9000]), rng.choice([404, 500, 502, 503]))


def _sudoku(rng, lang):
    d = rng.sample(range(1, 10), 9)
    return "%d%d%d %d%d%d %d%d%d" % tuple(d)


def _lotto(rng, lang):
    return " – ".join(str(n) for n in sorted(rng.sample(range(1, 50), 6))) + " (+%d)" % _r(rng, 0, 9)


def _hrzones(rng, lang):
    a = _r(rng, 100, 125)
    return "–".join(str(a + 15 * i) for i in range(5)) + " bpm"


def _weight(rng, lang):
    a = _r(rng, 550, 950) / 10
    return "%s kg → %s kg" % (dec(a, lang), dec(a - _r(rng, 2, 15) / 10, lang))


def _sleep(rng, lang):
    return "%02d:%02d–%02d:%02d" % (rng.choice([22, 23, 0]), _r(rng, 0, 59), _r(rng, 5, 8), _r(rng, 0, 59))


PATTERNED_A = [
    (
        "shoe_sizes",
        "Shoe sizes|Schuhgrößen|Pointures|Tallas de calzado|Numeri di scarpe|Schoenmaten|"
        "Números de calçado|जूतों के साइज़",
        _shoe,
    ),
    (
        "jeans_sizes",
        "Jeans sizes|Jeansgrößen|Tailles de jean|Tallas de vaqueros|Taglie jeans|Spijkerbroekmaten|"
        "Tamanhos de jeans|जींस साइज़",
        _jeans,
    ),
    (
        "knitting_gauge",
        "Tension square|Maschenprobe|Échantillon tricot|Muestra de punto|Campione a maglia|"
        "Proeflapje|Amostra de tricô|बुनाई का नमूना",
        _gauge,
    ),
    ("knitting_needles", "Needles|Nadelstärke|Aiguilles|Agujas|Ferri|Naalddikte|Agulhas|सलाइयाँ", _needles),
    ("bowling", "Bowling|Bowling|Bowling|Bolos|Bowling|Bowlen|Boliche|बॉलिंग स्कोर", _bowling),
    ("golf_card", "Golf|Golf|Golf|Golf|Golf|Golf|Golfe|गोल्फ़", _golf),
    ("cricket_score", "Cricket|Cricket|Cricket|Críquet|Cricket|Cricket|Críquete|क्रिकेट स्कोर", _cricket),
    (
        "basketball_quarters",
        "Basketball|Basketball|Basket|Baloncesto|Basket|Basketbal|Basquete|बास्केटबॉल",
        _quarters,
    ),
    ("gear_ratio", "Gearing|Übersetzung|Braquet|Desarrollo|Rapporti|Verzet|Relação|गियर अनुपात", _gears),
    (
        "ski_din",
        "Binding setting|Bindungseinstellung|Réglage fixation|Ajuste de fijación|Taratura attacchi|"
        "Bindingsinstelling|Regulagem da fixação|बाइंडिंग सेटिंग",
        _din,
    ),
    ("barometer", "Barometer|Luftdruck|Baromètre|Presión|Pressione|Luchtdruk|Pressão|वायुदाब", _baro),
    (
        "sunrise_sunset",
        "Sunrise / sunset|Sonnenaufgang / -untergang|Lever / coucher|Amanecer / ocaso|Alba / tramonto|"
        "Zonsopkomst / -ondergang|Nascer / pôr do sol|सूर्योदय / सूर्यास्त",
        _sun,
    ),
    (
        "moon_phases",
        "Full moon / new moon|Vollmond / Neumond|Pleine lune / nouvelle lune|Luna llena / nueva|"
        "Luna piena / nuova|Volle maan / nieuwe maan|Lua cheia / nova|पूर्णिमा / अमावस्या",
        _moon,
    ),
    (
        "water_hardness",
        "Water hardness|Wasserhärte|Dureté de l'eau|Dureza del agua|Durezza acqua|Waterhardheid|"
        "Dureza da água|पानी की कठोरता",
        _hardness,
    ),
    (
        "pool_chemistry",
        "Pool check|Poolwerte|Analyse piscine|Control piscina|Controllo piscina|Zwembadwaarden|"
        "Análise da piscina|पूल जाँच",
        _pool,
    ),
    ("aquarium", "Aquarium|Aquarium|Aquarium|Acuario|Acquario|Aquarium|Aquário|एक्वेरियम", _aquarium),
    (
        "npk",
        "Fertiliser NPK|Dünger NPK|Engrais NPK|Abono NPK|Concime NPK|Kunstmest NPK|Adubo NPK|खाद NPK",
        _npk,
    ),
    (
        "soil_ph",
        "Soil pH|Boden-pH|pH du sol|pH del suelo|pH del terreno|Bodem-pH|pH do solo|मिट्टी का pH",
        _soil,
    ),
    ("paint_coverage", "Paint|Farbe|Peinture|Pintura|Vernice|Verf|Tinta|पेंट", _paint),
    ("tiles", "Tiles|Fliesen|Carrelage|Azulejos|Piastrelle|Tegels|Azulejos|टाइलें", _tiles),
    (
        "concrete_mix",
        "Concrete mix|Betonmischung|Béton|Hormigón|Calcestruzzo|Betonmix|Concreto|कंक्रीट मिश्रण",
        _concrete,
    ),
    ("batteries", "Batteries|Akkus|Batteries|Baterías|Batterie|Accu's|Baterias|बैटरियाँ", _battery),
    ("fuses", "Fuses|Sicherungen|Fusibles|Fusibles|Fusibili|Zekeringen|Fusíveis|फ़्यूज़", _fuses),
    ("light_bulbs", "Bulbs|Leuchtmittel|Ampoules|Bombillas|Lampadine|Lampen|Lâmpadas|बल्ब", _bulbs),
    (
        "audio_settings",
        "Recording|Aufnahme|Enregistrement|Grabación|Registrazione|Opname|Gravação|रिकॉर्डिंग",
        _audio,
    ),
    ("camera_settings", "Camera|Kamera|Appareil|Cámara|Fotocamera|Camera|Câmera|कैमरा", _camera),
    (
        "software_version",
        "Firmware|Firmware|Micrologiciel|Firmware|Firmware|Firmware|Firmware|फ़र्मवेयर",
        _version,
    ),
    (
        "server_port",
        "Test server|Testserver|Serveur de test|Servidor de prueba|Server di prova|Testserver|"
        "Servidor de teste|टेस्ट सर्वर",
        _port,
    ),
    (
        "sudoku_row",
        "Sudoku, top row|Sudoku, oberste Zeile|Sudoku, ligne du haut|Sudoku, fila de arriba|"
        "Sudoku, riga in alto|Sudoku, bovenste rij|Sudoku, linha de cima|सुडोकू, ऊपर की पंक्ति",
        _sudoku,
    ),
    (
        "lotto_draw",
        "Lotto draw|Lottozahlen|Tirage loto|Sorteo|Estrazione|Lottotrekking|Sorteio|लॉटरी ड्रॉ",
        _lotto,
    ),
    (
        "hr_zones",
        "Heart rate zones|Pulszonen|Zones cardio|Zonas de pulso|Zone cardio|Hartslagzones|"
        "Zonas de frequência|हृदय गति ज़ोन",
        _hrzones,
    ),
    ("weight_log", "Weigh-in|Wiegen|Pesée|Peso|Peso|Wegen|Pesagem|वज़न", _weight),
    ("sleep_log", "Slept|Geschlafen|Sommeil|Dormí|Dormito|Geslapen|Dormi|नींद", _sleep),
]
