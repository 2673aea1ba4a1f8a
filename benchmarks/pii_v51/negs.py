"""Hard-negative kinds of personal and household services: 34 kinds, none in v48's list.

Each kind is a function (rng, lang) -> a short phrase with numbers that are not PII."""

from . import negs_vals as V
from .negs_vals import dec


def _p(rng, lang, table, **vals):
    return rng.choice(table[lang]).format(**vals)


def colour_shade(rng, lang):
    t = {
        "en": ["Colour: {s} with a {t} gloss", "roots in {s}, lengths {t}"],
        "de": ["Farbe {s}, Glossing {t}", "Ansatz {s}, Längen {t}"],
        "fr": ["Coloration {s}, patine {t}"],
        "es": ["Tinte {s} y baño de color {t}"],
        "it": ["Colore {s}, riflessante {t}"],
        "nl": ["Kleur {s}, toner {t}"],
        "pt": ["Coloração {s}, tonalizante {t}"],
        "hi": ["कलर शेड {s}, टोनर {t}"],
    }
    return _p(rng, lang, t, s=V.shade(rng, lang), t=V.shade(rng, lang))


def developer(rng, lang):
    pct, vol = rng.choice([(3, 10), (6, 20), (9, 30), (12, 40)])
    t = {
        "en": ["{v} vol developer ({p}%)"],
        "de": ["Oxidant {p} % ({v} Vol.)"],
        "fr": ["oxydant {p} % – {v} vol."],
        "es": ["oxidante {v} vol. ({p} %)"],
        "it": ["ossigeno {v} vol. ({p}%)"],
        "nl": ["ontwikkelaar {p}% ({v} vol)"],
        "pt": ["OX {v} volumes ({p}%)"],
        "hi": ["डेवलपर {v} वॉल्यूम ({p}%)"],
    }
    return _p(rng, lang, t, p=pct, v=vol)


def mix_ratio(rng, lang):
    r = rng.choice(["1:1", "1:1,5" if lang in V.COMMA else "1:1.5", "1:2", "1+2", "1 : 3"])
    t = {
        "en": ["mix {r}, leave {m} min"],
        "de": ["Mischverhältnis {r}, Einwirkzeit {m} Min."],
        "fr": ["mélange {r}, pose {m} min"],
        "es": ["mezcla {r}, exposición {m} min"],
        "it": ["miscelazione {r}, posa {m} minuti"],
        "nl": ["mengen {r}, inwerktijd {m} min"],
        "pt": ["mistura {r}, pausa de {m} min"],
        "hi": ["मिक्स {r}, {m} मिनट लगाकर रखें"],
    }
    return _p(rng, lang, t, r=r, m=rng.choice([20, 25, 30, 35, 40, 45]))


def polish_shade(rng, lang):
    c = rng.choice(
        [
            "no. %d" % rng.randint(100, 999),
            "#%d" % rng.randint(10, 499),
            "%s%02d" % (rng.choice("ABCDEHLN"), rng.randint(1, 99)),
        ]
    )
    t = {
        "en": ["gel polish {c}, two coats"],
        "de": ["Gellack {c}, zwei Schichten"],
        "fr": ["vernis semi-permanent {c}"],
        "es": ["esmalte semipermanente {c}"],
        "it": ["smalto semipermanente {c}"],
        "nl": ["gellak {c}, twee lagen"],
        "pt": ["esmalte em gel {c}"],
        "hi": ["नेल पॉलिश शेड {c}"],
    }
    return _p(rng, lang, t, c=c)


def lash_spec(rng, lang):
    c = rng.choice(["C", "CC", "D", "B", "L"])
    th = rng.choice(["0.07", "0.05", "0.10", "0.15", "0.12"])
    th = th.replace(".", ",") if lang in V.COMMA else th
    a, b = sorted(rng.sample(range(7, 15), 2))
    t = {
        "en": ["lashes {c}-curl {th} mm, {a}–{b} mm"],
        "de": ["Wimpern {c}-Curl, {th} mm, {a}–{b} mm"],
        "fr": ["cils courbure {c}, {th} mm, {a} à {b} mm"],
        "es": ["pestañas curva {c}, {th} mm, {a}-{b} mm"],
        "it": ["ciglia curva {c} {th} mm, {a}/{b} mm"],
        "nl": ["wimpers {c}-krul {th} mm, {a}–{b} mm"],
        "pt": ["cílios curvatura {c}, {th} mm, {a} a {b} mm"],
        "hi": ["लैश {c}-कर्ल {th} mm, {a}–{b} mm"],
    }
    return _p(rng, lang, t, c=c, th=th, a=a, b=b)


def garment_ticket(rng, lang):
    t = {
        "en": ["ticket {k}: 2 shirts, 1 suit"],
        "de": ["Abholschein {k} (Sakko, Hose)"],
        "fr": ["ticket de dépôt {k} – 1 manteau"],
        "es": ["resguardo {k}: vestido largo"],
        "it": ["scontrino {k}: giacca e pantalone"],
        "nl": ["bonnetje {k}: colbert en broek"],
        "pt": ["comprovante {k}: 3 camisas"],
        "hi": ["रसीद {k}: 2 शर्ट, 1 साड़ी"],
    }
    return _p(rng, lang, t, k=V.ticket(rng, lang))


def measurements(rng, lang):
    ch, w = rng.randint(86, 118), rng.randint(68, 102)
    t = {
        "en": ['chest {c} cm, waist {w} cm, inside leg {l}"'],
        "de": ["Brust {c}, Taille {w}, Schrittlänge {i}"],
        "fr": ["tour de poitrine {c} cm, taille {w} cm"],
        "es": ["pecho {c} cm, cintura {w} cm"],
        "it": ["torace {c} cm, vita {w} cm"],
        "nl": ["borst {c} cm, taille {w} cm, binnenbeen {i} cm"],
        "pt": ["busto {c} cm, cintura {w} cm"],
        "hi": ["छाती {c} सेमी, कमर {w} सेमी"],
    }
    return _p(rng, lang, t, c=ch, w=w, l=rng.randint(28, 34), i=rng.randint(74, 88))


def hem(rng, lang):
    x = dec(rng.choice([1.5, 2, 2.5, 3, 3.5, 4, 5]), lang)
    t = {
        "en": ["take up {x} cm, keep the original hem"],
        "de": ["kürzen um {x} cm, Originalsaum"],
        "fr": ["ourlet : raccourcir de {x} cm"],
        "es": ["bajo: acortar {x} cm"],
        "it": ["orlo: accorciare di {x} cm"],
        "nl": ["zoom {x} cm korter"],
        "pt": ["barra: encurtar {x} cm"],
        "hi": ["लंबाई {x} सेमी कम करनी है"],
    }
    return _p(rng, lang, t, x=x)


def fabric(rng, lang):
    a = rng.choice([55, 60, 65, 70, 80, 95])
    t = {
        "en": ["{a}% wool / {b}% polyamide"],
        "de": ["{a} % Wolle, {b} % Polyamid"],
        "fr": ["{a} % laine, {b} % polyamide"],
        "es": ["{a} % algodón, {b} % elastano"],
        "it": ["{a}% lana, {b}% cashmere"],
        "nl": ["{a}% katoen, {b}% elastaan"],
        "pt": ["{a}% algodão, {b}% poliéster"],
        "hi": ["{a}% कॉटन, {b}% पॉलिएस्टर"],
    }
    return _p(rng, lang, t, a=a, b=100 - a)


def print_size(rng, lang):
    s = rng.choice(["10x15", "13×18", "20 x 30", "30×40", "A4", "15x21"])
    t = {
        "en": ["{n} prints at {s} cm", "one {s} enlargement"],
        "de": ["{n} Abzüge {s} cm"],
        "fr": ["{n} tirages {s} cm"],
        "es": ["{n} copias de {s} cm"],
        "it": ["{n} stampe {s} cm"],
        "nl": ["{n} afdrukken {s} cm"],
        "pt": ["{n} fotos impressas {s} cm"],
        "hi": ["{n} प्रिंट {s} सेमी"],
    }
    return _p(rng, lang, t, n=rng.choice([6, 10, 12, 20, 25, 40]), s=s)


def camera(rng, lang):
    f = rng.choice(["f/1.8", "f/2.8", "f/4", "f/5.6", "f/8"])
    sh = rng.choice(["1/125", "1/250", "1/500", "1/60", "1/1000"])
    iso = rng.choice([100, 200, 400, 800, 1600, 3200])
    return "%s · %s s · ISO %d · %d mm" % (f, sh, iso, rng.choice([35, 50, 85, 24, 70, 135]))


def file_name(rng, lang):
    return rng.choice(["IMG_%04d", "DSC0%04d", "_MG_%04d", "DSCF%04d"]) % rng.randint(1, 9999) + rng.choice(
        [".jpg", ".JPG", ".CR3", ".NEF", ""]
    )


def session_pack(rng, lang):
    n = rng.choice([5, 8, 10, 12, 20])
    k = rng.randint(1, n)
    t = {
        "en": ["session {k} of {n}", "{k}/{n} sessions used"],
        "de": ["Einheit {k} von {n}"],
        "fr": ["séance {k} sur {n}"],
        "es": ["sesión {k} de {n}"],
        "it": ["lezione {k} di {n}"],
        "nl": ["les {k} van {n}"],
        "pt": ["sessão {k} de {n}"],
        "hi": ["{n} में से {k}वाँ सेशन"],
    }
    return _p(rng, lang, t, k=k, n=n)


def hourly_rate(rng, lang):
    m = rng.choice([30, 45, 60, 90])
    t = {
        "en": ["{p} per {m} min"],
        "de": ["{p} pro {m} Minuten"],
        "fr": ["{p} les {m} minutes"],
        "es": ["{p} por {m} minutos"],
        "it": ["{p} ogni {m} minuti"],
        "nl": ["{p} per {m} minuten"],
        "pt": ["{p} por aula de {m} min"],
        "hi": ["{p} प्रति {m} मिनट"],
    }
    return _p(rng, lang, t, p=V.money(rng, lang, 15, 70), m=m)


def music_piece(rng, lang):
    return rng.choice(
        [
            "BWV %d" % rng.randint(772, 999),
            "Op. %d No. %d" % (rng.randint(9, 72), rng.randint(1, 4)),
            "K. %d" % rng.randint(280, 550),
            "Hob. XVI:%d" % rng.randint(20, 52),
            "D. %d" % rng.randint(780, 960),
        ]
    )


def exam_grade(rng, lang):
    g = rng.randint(1, 8)
    t = {
        "en": ["Grade {g} exam, {y} syllabus"],
        "de": ["Stufe {g}, Prüfung {y}"],
        "fr": ["cycle {c}, année {a}"],
        "es": ["grado {g}, curso {y}"],
        "it": ["livello {g}, sessione {y}"],
        "nl": ["niveau {g}, examen {y}"],
        "pt": ["nível {g}, prova de {y}"],
        "hi": ["ग्रेड {g} परीक्षा, {y}"],
    }
    return _p(
        rng, lang, t, g=g, y=rng.choice([2025, 2026, "2025-2026"]), c=rng.randint(1, 3), a=rng.randint(1, 4)
    )


def tempo(rng, lang):
    a = rng.choice([60, 72, 80, 88, 96, 104, 112, 120, 132])
    return rng.choice(
        [
            "♩= %d" % a,
            "%d bpm" % a,
            "metronome %d→%d" % (a, a + 16) if lang == "en" else "%d→%d bpm" % (a, a + 16),
        ]
    )


def sets_reps(rng, lang):
    kg = (
        dec(rng.choice([20, 22.5, 40, 60, 62.5, 80, 100]), lang)
        if rng.random() < 0.5
        else str(rng.choice([20, 40, 60, 80]))
    )
    return rng.choice(
        [
            "%d × %d @ %s kg" % (rng.randint(3, 5), rng.randint(5, 12), kg),
            "%dx%d-%d" % (rng.randint(3, 4), rng.randint(6, 8), rng.randint(10, 12)),
            "EMOM %d'" % rng.choice([10, 12, 16, 20]),
        ]
    )


def hr_zone(rng, lang):
    a = rng.randint(110, 150)
    t = {
        "en": ["zone {z}: {a}–{b} bpm"],
        "de": ["Zone {z}: Puls {a}–{b}"],
        "fr": ["zone {z} : {a}-{b} bpm"],
        "es": ["zona {z}: {a}-{b} ppm"],
        "it": ["zona {z}: {a}-{b} bpm"],
        "nl": ["zone {z}: hartslag {a}-{b}"],
        "pt": ["zona {z}: {a} a {b} bpm"],
        "hi": ["ज़ोन {z}: {a}–{b} bpm"],
    }
    return _p(rng, lang, t, z=rng.randint(1, 5), a=a, b=a + rng.randint(10, 18))
