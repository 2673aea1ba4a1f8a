"""Hard-negative kinds, second half: pets, gardens, cleaning, care, paperwork and appointments."""

from . import negs as N
from . import negs_vals as V
from .negs_vals import dec

_p = N._p


def weigh_in(rng, lang):
    t = {
        "en": ["weigh-in {w} kg, body fat {f}%"],
        "de": ["Gewicht {w} kg, KFA {f} %"],
        "fr": ["pesée {w} kg, masse grasse {f} %"],
        "es": ["peso {w} kg, grasa {f} %"],
        "it": ["peso {w} kg, massa grassa {f}%"],
        "nl": ["gewicht {w} kg, vetpercentage {f}%"],
        "pt": ["peso {w} kg, gordura {f}%"],
        "hi": ["वज़न {w} किलो, बॉडी फ़ैट {f}%"],
    }
    return _p(rng, lang, t, w=dec(rng.uniform(52, 104), lang), f=dec(rng.uniform(12, 34), lang))


def dog_size(rng, lang):
    kg = rng.randint(3, 45)
    t = {
        "en": ["{k} kg, coat clipped to {m} mm"],
        "de": ["{k} kg, Scherlänge {m} mm"],
        "fr": ["{k} kg, tonte {m} mm"],
        "es": ["{k} kg, corte a {m} mm"],
        "it": ["{k} kg, tosatura {m} mm"],
        "nl": ["{k} kg, vacht op {m} mm"],
        "pt": ["{k} kg, tosa na lâmina {m} mm"],
        "hi": ["{k} किलो, बाल {m} mm"],
    }
    return _p(rng, lang, t, k=kg, m=rng.choice([3, 5, 7, 9, 13, 16]))


def microchip(rng, lang):
    t = {
        "en": ["microchip {c}"],
        "de": ["Chipnummer {c}"],
        "fr": ["puce {c}"],
        "es": ["microchip {c}"],
        "it": ["microchip {c}"],
        "nl": ["chipnummer {c}"],
        "pt": ["microchip {c}"],
        "hi": ["माइक्रोचिप {c}"],
    }
    return _p(rng, lang, t, c=V.microchip(rng, lang))


def walk_slot(rng, lang):
    c, h, m = V.clock(rng, lang, 7, 18)
    n = rng.choice([30, 45, 60])
    t = {
        "en": ["{d}× {n} min walk, from {c}"],
        "de": ["{d}× {n} Min. Gassi ab {c}"],
        "fr": ["{d} promenades de {n} min dès {c}"],
        "es": ["{d} paseos de {n} min desde las {c}"],
        "it": ["{d} uscite da {n} min dalle {c}"],
        "nl": ["{d}× {n} min uitlaten vanaf {c}"],
        "pt": ["{d} passeios de {n} min a partir das {c}"],
        "hi": ["{c} से {n} मिनट की {d} सैर"],
    }
    return _p(rng, lang, t, d=rng.randint(1, 3), n=n, c=c)


def garden_area(rng, lang):
    t = {
        "en": ["lawn {a} m², hedge {h} m long, {x} m high"],
        "de": ["Rasen {a} m², Hecke {h} m, Höhe {x} m"],
        "fr": ["pelouse {a} m², haie {h} m"],
        "es": ["césped {a} m², seto de {h} m"],
        "it": ["prato {a} m², siepe {h} m"],
        "nl": ["gazon {a} m², haag {h} m, {x} m hoog"],
        "pt": ["gramado {a} m², cerca viva {h} m"],
        "hi": ["लॉन {a} वर्ग मीटर, बाड़ {h} मीटर"],
    }
    return _p(rng, lang, t, a=rng.randint(40, 900), h=rng.randint(6, 60), x=dec(rng.uniform(1.2, 2.6), lang))


def windows(rng, lang):
    n = rng.randint(6, 32)
    t = {
        "en": ["{n} windows inside and out, {p} each"],
        "de": ["{n} Fenster beidseitig, je {p}"],
        "fr": ["{n} fenêtres, {p} l'unité"],
        "es": ["{n} ventanas a {p} cada una"],
        "it": ["{n} finestre, {p} l'una"],
        "nl": ["{n} ramen binnen en buiten, {p} per raam"],
        "pt": ["{n} janelas, {p} cada"],
        "hi": ["{n} खिड़कियाँ, {p} प्रति खिड़की"],
    }
    return _p(rng, lang, t, n=n, p=V.money(rng, lang, 2, 9))


def cleaning_hours(rng, lang):
    h = dec(rng.choice([2, 2.5, 3, 3.5, 4, 5]), lang)
    t = {
        "en": ["{h} h every other {d}"],
        "de": ["{h} Std. alle 14 Tage"],
        "fr": ["{h} h par semaine"],
        "es": ["{h} h cada quince días"],
        "it": ["{h} ore a settimana"],
        "nl": ["{h} uur per twee weken"],
        "pt": ["{h} h quinzenal"],
        "hi": ["हर हफ़्ते {h} घंटे"],
    }
    return _p(rng, lang, t, h=h, d=rng.choice(["Tuesday", "Friday", "week"]))


def care_level(rng, lang):
    t = {
        "en": ["care package: {h} h/week, {v} visits a day"],
        "de": ["Pflegegrad {g}, {v} Einsätze täglich"],
        "fr": ["GIR {gi}, {h} h d'aide par semaine"],
        "es": ["grado {g} de dependencia, {h} h/semana"],
        "it": ["{h} ore settimanali, {v} accessi al giorno"],
        "nl": ["{h} uur zorg per week, {v} bezoeken"],
        "pt": ["{h} h semanais de cuidador, {v} visitas"],
        "hi": ["{h} घंटे/हफ़्ता देखभाल, रोज़ {v} विज़िट"],
    }
    return _p(
        rng,
        lang,
        t,
        h=rng.choice([4, 6, 8, 10, 14, 21]),
        v=rng.randint(1, 4),
        g=rng.randint(1, 5),
        gi=rng.randint(1, 6),
    )


def key_safe(rng, lang):
    t = {
        "en": ["key safe by the back door, code {c}"],
        "de": ["Schlüsseltresor am Gartentor, Code {c}"],
        "fr": ["boîte à clés, code {c}"],
        "es": ["caja de llaves, código {c}"],
        "it": ["cassetta chiavi, codice {c}"],
        "nl": ["sleutelkluis, code {c}"],
        "pt": ["cofre de chaves, código {c}"],
        "hi": ["चाबी बॉक्स कोड {c}"],
    }
    return _p(rng, lang, t, c="%04d" % rng.randint(0, 9999))


def invoice(rng, lang):
    t = {
        "en": ["Invoice {i}"],
        "de": ["Rechnung Nr. {i}"],
        "fr": ["Facture n° {i}"],
        "es": ["Factura {i}"],
        "it": ["Fattura n. {i}"],
        "nl": ["Factuur {i}"],
        "pt": ["Nota fiscal {i}"],
        "hi": ["बिल नं. {i}"],
    }
    return _p(rng, lang, t, i=V.invoice(rng, lang))


def voucher(rng, lang):
    t = {
        "en": ["gift voucher {v}, valid until {m}/{y}"],
        "de": ["Gutschein {v}, gültig bis {m}/{y}"],
        "fr": ["bon cadeau {v}, valable jusqu'au {m}/{y}"],
        "es": ["vale regalo {v}, válido hasta {m}/{y}"],
        "it": ["buono regalo {v}, scade {m}/{y}"],
        "nl": ["cadeaubon {v}, geldig tot {m}-{y}"],
        "pt": ["vale-presente {v}, validade {m}/{y}"],
        "hi": ["गिफ्ट वाउचर {v}, {m}/{y} तक"],
    }
    return _p(rng, lang, t, v=V.voucher(rng, lang), m="%02d" % rng.randint(1, 12), y=rng.choice([2026, 2027]))


def member_card(rng, lang):
    t = {
        "en": ["member {m}"],
        "de": ["Kundenkarte {m}"],
        "fr": ["carte fidélité {m}"],
        "es": ["socio {m}"],
        "it": ["tessera {m}"],
        "nl": ["klantenpas {m}"],
        "pt": ["cartão cliente {m}"],
        "hi": ["मेंबर {m}"],
    }
    return _p(rng, lang, t, m=V.member(rng, lang))


def product_code(rng, lang):
    t = {
        "en": ["shampoo ref. {s}, 250 ml"],
        "de": ["Art.-Nr. {s} (Pflegeöl 100 ml)"],
        "fr": ["réf. {s}, masque 200 ml"],
        "es": ["ref. {s}, mascarilla 500 ml"],
        "it": ["cod. {s}, balsamo 300 ml"],
        "nl": ["art.nr. {s}, conditioner 250 ml"],
        "pt": ["cód. {s}, máscara 500 g"],
        "hi": ["प्रोडक्ट कोड {s}, 200 ml"],
    }
    return _p(rng, lang, t, s=V.sku(rng, lang))


def treatment_code(rng, lang):
    c = rng.choice(
        [
            "F%d" % rng.choice([30, 45, 60, 90]),
            "M%d" % rng.choice([30, 60, 90]),
            "HC%d" % rng.randint(1, 9),
            "T%02d" % rng.randint(1, 40),
        ]
    )
    t = {
        "en": ["treatment {c}"],
        "de": ["Behandlung {c}"],
        "fr": ["soin {c}"],
        "es": ["tratamiento {c}"],
        "it": ["trattamento {c}"],
        "nl": ["behandeling {c}"],
        "pt": ["procedimento {c}"],
        "hi": ["ट्रीटमेंट {c}"],
    }
    return _p(rng, lang, t, c=c)


def notice(rng, lang):
    h = rng.choice([24, 48, 72])
    t = {
        "en": ["cancel at least {h} hours ahead or {p}% is charged"],
        "de": ["Absage bis {h} Std. vorher, sonst {p} %"],
        "fr": ["annulation {h} h avant, sinon {p} % facturés"],
        "es": ["cancelar con {h} h, si no se cobra el {p} %"],
        "it": ["disdetta entro {h} ore, altrimenti {p}%"],
        "nl": ["{h} uur van tevoren afzeggen, anders {p}%"],
        "pt": ["desmarcar com {h} h de antecedência, senão cobramos {p}%"],
        "hi": ["{h} घंटे पहले रद्द करें, वरना {p}%"],
    }
    return _p(rng, lang, t, h=h, p=rng.choice([50, 100, 30]))


def clothing_size(rng, lang):
    eu = rng.choice([34, 36, 38, 40, 42, 44, 46])
    return rng.choice(
        [
            "EU %d / UK %d / US %d" % (eu, eu - 28, eu - 32),
            "Gr. %d" % eu if lang == "de" else "T%d" % eu,
            "%d/%d" % (rng.randint(28, 38), rng.choice([30, 32, 34])),
        ]
    )


def hours(rng, lang):
    t = {
        "en": ["Mon–Fri 9–6, Thu till 8"],
        "de": ["Mo–Fr 9–18 Uhr, Do bis 20 Uhr"],
        "fr": ["mar.–sam. 9h–19h"],
        "es": ["L-V 10-14 y 17-20.30"],
        "it": ["mar–sab 8.30–19.30"],
        "nl": ["di t/m za van 9 tot half 6"],
        "pt": ["seg. a sáb. 9h às 19h"],
        "hi": ["सुबह 10 से शाम 8 बजे तक"],
    }
    return _p(rng, lang, t)


def callout(rng, lang):
    d = rng.choice([5, 8, 10, 15])
    t = {
        "en": ["free within {d} miles, then {p} a mile"],
        "de": ["Anfahrt bis {d} km frei, danach {p}/km"],
        "fr": ["déplacement gratuit jusqu'à {d} km"],
        "es": ["desplazamiento gratis hasta {d} km"],
        "it": ["uscita gratuita entro {d} km"],
        "nl": ["voorrijden gratis tot {d} km"],
        "pt": ["deslocamento grátis até {d} km"],
        "hi": ["{d} किमी तक आना-जाना मुफ़्त"],
    }
    return _p(rng, lang, t, d=d, p=V.money(rng, lang, 1, 2))


def ph_value(rng, lang):
    return "pH %s" % dec(rng.choice([4.5, 5.5, 6.5, 7, 9.5, 10.5]), lang)


def appt_slot(rng, lang):
    c, h, m = V.clock(rng, lang, 8, 19)
    d = rng.choice([30, 45, 60, 75, 90, 120])
    t = {
        "en": ["{c} ({d} min)"],
        "de": ["{c} Uhr, Dauer ca. {d} Min."],
        "fr": ["à {c}, durée {d} min"],
        "es": ["a las {c} ({d} min)"],
        "it": ["alle {c}, durata {d} minuti"],
        "nl": ["om {c} uur ({d} min)"],
        "pt": ["às {c} (duração {d} min)"],
        "hi": ["{c} बजे ({d} मिनट)"],
    }
    return _p(rng, lang, t, c=c, d=d)


def price_line(rng, lang):
    svc = {
        "en": ["Cut & blow-dry", "Beard trim", "Full set acrylics", "Dog bath, small"],
        "de": ["Waschen, Schneiden, Föhnen", "Bart trimmen", "Maniküre mit Gel"],
        "fr": ["Coupe brushing", "Taille de barbe", "Pose gel complète"],
        "es": ["Corte y peinado", "Arreglo de barba", "Manicura completa"],
        "it": ["Taglio e piega", "Rifinitura barba", "Ricostruzione unghie"],
        "nl": ["Knippen en föhnen", "Baard trimmen", "Gellak handen"],
        "pt": ["Corte e escova", "Barba completa", "Mão e pé"],
        "hi": ["हेयरकट और ब्लो-ड्राई", "दाढ़ी ट्रिम"],
    }
    return "%s — %d min — %s" % (
        rng.choice(svc[lang]),
        rng.choice([20, 30, 45, 60, 90]),
        V.money(rng, lang, 12, 95),
    )


def appt_code(rng, lang):
    t = {
        "en": ["booking ref {c}"],
        "de": ["Buchungsnr. {c}"],
        "fr": ["réf. RDV {c}"],
        "es": ["código de cita {c}"],
        "it": ["codice prenotazione {c}"],
        "nl": ["afspraakcode {c}"],
        "pt": ["código do agendamento {c}"],
        "hi": ["बुकिंग कोड {c}"],
    }
    return _p(rng, lang, t, c=V.appt_code(rng, lang))


KINDS = {
    "colour_shade": N.colour_shade,
    "developer": N.developer,
    "mix_ratio": N.mix_ratio,
    "polish_shade": N.polish_shade,
    "lash_spec": N.lash_spec,
    "garment_ticket": N.garment_ticket,
    "measurements": N.measurements,
    "hem": N.hem,
    "fabric": N.fabric,
    "print_size": N.print_size,
    "camera": N.camera,
    "file_name": N.file_name,
    "session_pack": N.session_pack,
    "hourly_rate": N.hourly_rate,
    "music_piece": N.music_piece,
    "exam_grade": N.exam_grade,
    "tempo": N.tempo,
    "sets_reps": N.sets_reps,
    "hr_zone": N.hr_zone,
    "weigh_in": weigh_in,
    "dog_size": dog_size,
    "microchip": microchip,
    "walk_slot": walk_slot,
    "garden_area": garden_area,
    "windows": windows,
    "cleaning_hours": cleaning_hours,
    "care_level": care_level,
    "key_safe": key_safe,
    "invoice": invoice,
    "voucher": voucher,
    "member_card": member_card,
    "product_code": product_code,
    "treatment_code": treatment_code,
    "notice": notice,
    "clothing_size": clothing_size,
    "hours": hours,
    "callout": callout,
    "ph_value": ph_value,
    "appt_slot": appt_slot,
    "price_line": price_line,
    "appt_code": appt_code,
}
