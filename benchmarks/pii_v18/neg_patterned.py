"""Patterned hard negatives for v18: number patterns under a caption in the document's language."""

COMMA_DEC = {"de", "fr", "es", "it", "nl", "pt"}
THOUSANDS = {
    "en": ",",
    "hg": ",",
    "hi": ",",
    "de": ".",
    "fr": " ",
    "es": ".",
    "it": ".",
    "nl": ".",
    "pt": ".",
}


class Style:
    def __init__(self, lang):
        self.lang = lang

    def dec(self, x, nd=1):
        s = "%.*f" % (nd, x)
        return s.replace(".", ",") if self.lang in COMMA_DEC else s

    def th(self, n):
        return "{:,}".format(n).replace(",", THOUSANDS[self.lang])


def _hm(r, lo, hi):
    m = r.randint(lo * 60, hi * 60)
    return "%02d:%02d" % (m // 60, m % 60)


def _ms(r):
    return "%d:%02d" % (r.randint(0, 2), r.randint(0, 59))


def _total(r, s):
    a, b = r.randint(1000, 9999), r.randint(1000, 9999)
    return "%s + %s = %s" % (s.th(a), s.th(b), s.th(a + b))


_G = {
    "tyre_pressure": lambda r, s: "%s / %s bar" % (s.dec(r.uniform(1.9, 2.6)), s.dec(r.uniform(2.0, 2.9))),
    "bike_size": lambda r, s: "%d cm, 700x%dc" % (r.randint(48, 62), r.choice([23, 25, 28, 32])),
    "train_times": lambda r, s: " – ".join(_hm(r, 6, 22) for _ in range(3)),
    "tide_times": lambda r, s: "%s / %s" % (_hm(r, 0, 11), _hm(r, 12, 23)),
    "blood_pressure": lambda r, s: "%d/%d" % (r.randint(105, 150), r.randint(62, 95)),
    "race_splits": lambda r, s: ", ".join(
        "%d:%02d:%02d" % (0, r.randint(20, 59), r.randint(0, 59)) for _ in range(3)
    ),
    "dice_rolls": lambda r, s: " ".join(str(r.randint(1, 6)) for _ in range(r.randint(5, 8))),
    "chess_rating": lambda r, s: "%d → %d" % (r.randint(1100, 2100), r.randint(1100, 2100)),
    "darts": lambda r, s: ", ".join(str(r.choice([180, 140, 100, 85, 60, 45, 26])) for _ in range(4)),
    "bingo": lambda r, s: " ".join(
        "%s%d" % (c, r.randint(1 + 15 * i, 15 + 15 * i)) for i, c in enumerate("BINGO")
    ),
    "raffle_winners": lambda r, s: ", ".join("%03d" % r.randint(1, 500) for _ in range(3)),
    "screw_sizes": lambda r, s: (
        "M%dx%d, M%dx%d"
        % (r.choice([3, 4, 5]), r.choice([12, 16, 20]), r.choice([6, 8]), r.choice([30, 40, 60]))
    ),
    "timber": lambda r, s: (
        "%d x %d x %d mm" % (r.choice([1800, 2400, 3000]), r.choice([95, 120, 150]), r.choice([19, 22, 28]))
    ),
    "fuel_use": lambda r, s: "%s l/100 km" % s.dec(r.uniform(4.2, 9.8)),
    "odometer": lambda r, s: "%s km" % s.th(r.randint(12000, 240000)),
    "rainfall": lambda r, s: "; ".join("%s mm" % s.dec(r.uniform(0, 25)) for _ in range(3)),
    "wind": lambda r, s: (
        "%s %d–%d Bft"
        % (r.choice(["NW", "SW", "N", "O" if s.lang == "de" else "E"]), r.randint(2, 4), r.randint(5, 7))
    ),
    "altitude": lambda r, s: "%s m" % s.th(r.randint(600, 3800)),
    "heart_zones": lambda r, s: "-".join(str(x) for x in sorted(r.sample(range(110, 190), 4))),
    "swim_laps": lambda r, s: "%d × 25 m = %s m" % ((n := r.choice([20, 40, 60, 80])), s.th(n * 25)),
    "bus_lines": lambda r, s: ", ".join(str(r.randint(1, 399)) for _ in range(3)),
    "hymns": lambda r, s: ", ".join(str(r.randint(1, 700)) for _ in range(r.randint(3, 5))),
    "page_refs": lambda r, s: (
        "%d–%d, %d" % ((p := r.randint(10, 300)), p + r.randint(2, 9), r.randint(301, 480))
    ),
    "years_active": lambda r, s: "%d–%d" % ((y := r.randint(1960, 2010)), y + r.randint(3, 14)),
    "ages": lambda r, s: ", ".join(str(a) for a in sorted(r.sample(range(2, 17), 3))),
    "vote": lambda r, s: "%d / %d / %d" % (r.randint(20, 90), r.randint(0, 30), r.randint(0, 8)),
    "budget": lambda r, s: "€ %s" % s.dec(r.randint(100, 9000) + r.choice([0, 0.5]), 2),
    "percent": lambda r, s: "%s %%" % s.dec(r.uniform(20, 95)),
    "meeting_point": lambda r, s: "%.4f, %.4f" % (r.uniform(38, 55), r.uniform(-8, 16)),
    "room_temps": lambda r, s: "%s °C / %s °C" % (s.dec(r.uniform(16, 22)), s.dec(r.uniform(18, 24))),
    "sun_times": lambda r, s: "%s / %s" % (_hm(r, 5, 8), _hm(r, 17, 21)),
    "hours_worked": lambda r, s: " + ".join(
        "%s h" % s.dec(r.choice([2, 3, 3.5, 4.25, 6, 7.5]), 2) for _ in range(3)
    ),
    "ticket_prices": lambda r, s: " / ".join(
        "€ %d" % p for p in sorted(r.sample(range(2, 25), 3), reverse=True)
    ),
    "distances": lambda r, s: " – ".join("%s km" % s.dec(r.uniform(1, 21)) for _ in range(3)),
    "tennis_sets": lambda r, s: " ".join(
        r.choice(["6-4", "3-6", "7-5", "6-2", "4-6", "7-6", "6-3"]) for _ in range(3)
    ),
    "lap_times": lambda r, s: " ".join("1:%02d.%d" % (r.randint(30, 59), r.randint(0, 9)) for _ in range(3)),
    "sourdough": lambda r, s: "1:%d:%d" % (r.randint(2, 5), r.randint(2, 5)),
    "shelf_size": lambda r, s: (
        "%d × %d × %d cm" % (r.choice([60, 80, 100]), r.choice([30, 35, 40]), r.choice([180, 200, 220]))
    ),
    "mileage_claim": lambda r, s: "%d km × %s €" % (r.randint(40, 600), s.dec(0.30, 2)),
    "app_version": lambda r, s: "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20)),
    "timestamp": lambda r, s: (
        "%d-%02d-%02d %s:%02d"
        % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28), _hm(r, 0, 23), r.randint(0, 59))
    ),
    "date_list": lambda r, s: ", ".join(
        "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), 2025) for _ in range(2)
    ),
    "video_views": lambda r, s: s.th(r.randint(1_000_000, 9_999_999)),
    "running_total": lambda r, s: _total(r, s),
    "queue_ticket": lambda r, s: "%03d → %03d" % ((q := r.randint(1, 990)), q + 1),
    "stopwatch": lambda r, s: _ms(r) + "." + "%02d" % r.randint(0, 99),
}

# key|English|German|French|Spanish|Italian|Dutch|Portuguese|Hindi
_CAP = """\
tyre_pressure|Tyre pressure front/back|Reifendruck vorn/hinten|Pression pneus av/ar|
Presión ruedas del/tras|Pressione gomme ant/post|Bandenspanning voor/achter|Calibragem diant./tras.|
टायर प्रेशर
bike_size|Frame and tyre size|Rahmen- und Reifengröße|Cadre et pneus|Cuadro y cubierta|
Telaio e copertoni|Frame- en bandenmaat|Quadro e pneu|फ़्रेम और टायर
train_times|Trains we could catch|Mögliche Züge|Trains possibles|Trenes posibles|Treni possibili|
Treinen die we kunnen halen|Trens possíveis|संभावित ट्रेनें
tide_times|High tide|Hochwasser|Marée haute|Pleamar|Alta marea|Hoog water|Maré alta|ज्वार का समय
blood_pressure|Blood pressure this morning|Blutdruck heute früh|Tension ce matin|
Tensión esta mañana|Pressione stamattina|Bloeddruk vanochtend|Pressão hoje cedo|आज सुबह का रक्तचाप
race_splits|Split times|Zwischenzeiten|Temps intermédiaires|Tiempos parciales|Tempi intermedi|
Tussentijden|Parciais|बीच के समय
dice_rolls|Dice rolls|Würfelergebnisse|Lancers de dés|Tiradas de dados|Lanci di dadi|Worpen|
Jogadas de dado|पासे
chess_rating|Club rating before/after|Vereinswertung vorher/nachher|Elo avant/après|
Elo antes/después|Elo prima/dopo|Rating voor/na|Rating antes/depois|शतरंज रेटिंग
darts|Darts, last visits|Darts, letzte Aufnahmen|Fléchettes, dernières volées|
Dardos, últimas tiradas|Freccette, ultimi turni|Darts, laatste beurten|Dardos, últimas rodadas|
डार्ट्स स्कोर
bingo|Bingo calls so far|Bingo bisher|Loto, numéros sortis|Bingo, números cantados|
Tombola, numeri usciti|Bingo tot nu toe|Bingo até agora|बिंगो नंबर
raffle_winners|Winning raffle tickets|Gewinnlose|Billets gagnants|Papeletas premiadas|
Biglietti vincenti|Winnende loten|Rifas premiadas|विजेता टिकट
screw_sizes|Screws needed|Benötigte Schrauben|Vis nécessaires|Tornillos|Viti necessarie|
Benodigde schroeven|Parafusos|ज़रूरी पेंच
timber|Timber for the benches|Holz für die Bänke|Bois pour les bancs|Madera para los bancos|
Legno per le panche|Hout voor de bankjes|Madeira dos bancos|बेंच की लकड़ी
fuel_use|Fuel use on the trip|Verbrauch auf der Fahrt|Consommation du trajet|Consumo del viaje|
Consumo del viaggio|Verbruik op de rit|Consumo na viagem|ईंधन खपत
odometer|Odometer|Kilometerstand|Compteur|Cuentakilómetros|Contachilometri|Kilometerstand teller|
Hodômetro|ओडोमीटर
rainfall|Rain, last three days|Regen der letzten drei Tage|Pluie, trois derniers jours|
Lluvia, últimos tres días|Pioggia, ultimi tre giorni|Regen, laatste drie dagen|
Chuva, últimos três dias|पिछले तीन दिन की बारिश
wind|Wind forecast|Windvorhersage|Prévision de vent|Previsión de viento|Previsione vento|
Windverwachting|Previsão de vento|हवा का पूर्वानुमान
altitude|Summit height|Gipfelhöhe|Altitude du sommet|Altitud de la cima|Quota della vetta|
Hoogte van de top|Altitude do cume|चोटी की ऊँचाई
heart_zones|Heart-rate zones|Pulszonen|Zones cardiaques|Zonas de pulso|Zone cardio|Hartslagzones|
Zonas cardíacas|हृदय गति ज़ोन
swim_laps|Swim session|Schwimmeinheit|Séance de natation|Sesión de natación|Allenamento nuoto|
Zwemtraining|Treino de natação|तैराकी सत्र
bus_lines|Bus lines to the venue|Buslinien zum Treffpunkt|Lignes de bus|Líneas de autobús|
Linee di autobus|Buslijnen|Linhas de ônibus|बस रूट
hymns|Hymns on Sunday|Lieder am Sonntag|Cantiques dimanche|Cantos del domingo|Canti di domenica|
Liederen zondag|Hinos no domingo|रविवार के भजन
page_refs|Pages to read|Zu lesende Seiten|Pages à lire|Páginas para leer|Pagine da leggere|
Te lezen bladzijden|Páginas para ler|पढ़ने के पन्ने
years_active|Years the club ran|Bestehen des Vereins|Années d'activité|Años de actividad|
Anni di attività|Jaren actief|Anos de atividade|सक्रिय वर्ष
ages|Ages of the kids coming|Alter der Kinder|Âge des enfants|Edades de los niños|Età dei bambini|
Leeftijden van de kinderen|Idades das crianças|बच्चों की उम्र
vote|Vote (yes/no/abstain)|Abstimmung (ja/nein/Enthaltung)|Vote (pour/contre/abst.)|
Votación (sí/no/abst.)|Voto (sì/no/astenuti)|Stemming (voor/tegen/onthouding)|
Votação (sim/não/abst.)|मतदान
budget|Budget left|Restbudget|Budget restant|Presupuesto restante|Budget residuo|Resterend budget|
Orçamento restante|बचा बजट
percent|Share of tickets sold|Anteil verkaufter Karten|Part des billets vendus|Entradas vendidas|
Biglietti venduti|Verkochte kaarten|Ingressos vendidos|बिके टिकट
meeting_point|Meeting point (GPS)|Treffpunkt (GPS)|Point de rendez-vous (GPS)|
Punto de encuentro (GPS)|Punto d'incontro (GPS)|Verzamelpunt (GPS)|Ponto de encontro (GPS)|
मिलने का स्थान (GPS)
room_temps|Hall temperature before/after|Saaltemperatur vorher/nachher|
Température salle avant/après|Temperatura sala antes/después|Temperatura sala prima/dopo|
Zaaltemperatuur voor/na|Temperatura do salão|हॉल का तापमान
sun_times|Sunrise / sunset|Sonnenaufgang / -untergang|Lever / coucher du soleil|
Amanecer / atardecer|Alba / tramonto|Zonsopgang / -ondergang|Nascer / pôr do sol|
सूर्योदय / सूर्यास्त
hours_worked|Hours volunteered|Geleistete Stunden|Heures bénévoles|Horas de voluntariado|
Ore di volontariato|Vrijwilligersuren|Horas voluntárias|स्वयंसेवा घंटे
ticket_prices|Tickets adult / youth / child|Eintritt Erw. / Jugend / Kind|
Entrée adulte / jeune / enfant|Entrada adulto / joven / niño|Ingresso adulti / ragazzi / bimbi|
Entree volw. / jeugd / kind|Ingresso adulto / jovem / criança|टिकट दर
distances|Route options|Streckenvarianten|Parcours possibles|Recorridos posibles|Percorsi possibili|
Routeopties|Opções de percurso|रास्ते के विकल्प
tennis_sets|Club final|Vereinsfinale|Finale du club|Final del club|Finale del circolo|Clubfinale|
Final do clube|क्लब फ़ाइनल
lap_times|Go-kart laps|Kartrunden|Tours de karting|Vueltas de karting|Giri di kart|Kartrondes|
Voltas de kart|गो-कार्ट लैप
sourdough|Starter feed ratio|Sauerteig-Verhältnis|Ratio du levain|Proporción de masa madre|
Rapporto lievito madre|Verhouding desem|Proporção do fermento|खमीर अनुपात
shelf_size|Shelf unit|Regal|Étagère|Estantería|Scaffale|Stellingkast|Estante|शेल्फ़ माप
mileage_claim|Mileage claim|Kilometergeld|Indemnités kilométriques|Kilometraje|
Rimborso chilometrico|Kilometervergoeding|Reembolso de quilometragem|यात्रा भत्ता
app_version|Ticket app version|Version der Ticket-App|Version de l'appli|Versión de la app|
Versione dell'app|Versie van de app|Versão do app|ऐप संस्करण
timestamp|Last sync|Letzte Synchronisierung|Dernière synchro|Última sincronización|
Ultima sincronizzazione|Laatste synchronisatie|Última sincronização|अंतिम सिंक
date_list|Possible dates|Mögliche Termine|Dates possibles|Fechas posibles|Date possibili|
Mogelijke data|Datas possíveis|संभावित तारीख़ें
video_views|Views on the club video|Aufrufe des Vereinsvideos|Vues de la vidéo|Visitas del vídeo|
Visualizzazioni del video|Weergaven van de video|Visualizações do vídeo|वीडियो व्यूज़
running_total|Takings Saturday + Sunday|Einnahmen Sa + So|Recette sam. + dim.|
Recaudación sáb. + dom.|Incasso sab. + dom.|Opbrengst za + zo|Arrecadação sáb. + dom.|
शनिवार + रविवार की आय
queue_ticket|Now serving / next|Aktuelle / nächste Nummer|Numéro servi / suivant|
Turno actual / siguiente|Numero servito / prossimo|Nu aan de beurt / volgende|Senha atual / próxima|
अभी / अगला टोकन
stopwatch|Fastest egg-and-spoon run|Schnellster Eierlauf|Course à l'œuf la plus rapide|
Carrera del huevo más rápida|Corsa col cucchiaio più veloce|Snelste eierloop|
Corrida do ovo mais rápida|सबसे तेज़ चम्मच दौड़"""

CAPTIONS = {row.split("|")[0]: row.split("|")[1:] for row in _CAP.replace("|\n", "|").splitlines()}
KINDS = sorted(_G)
_COL = {"en": 0, "hg": 0, "de": 1, "fr": 2, "es": 3, "it": 4, "nl": 5, "pt": 6, "hi": 7}
FORMS = {"colon": "{C}: {V}", "paren": "{C} ({V})", "bullet_dash": "• {C} – {V}", "value_pipe": "{V} | {C}"}


def patterned(rng, kind, lang):
    """One patterned negative: (form name, text)."""
    value = _G[kind](rng, Style(lang))
    form = rng.choice(sorted(FORMS))
    return form, FORMS[form].format(C=CAPTIONS[kind][_COL[lang]], V=value)
