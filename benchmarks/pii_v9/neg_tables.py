"""Tables of numbers that are not phones: some columns phone-shaped, some without a label at all."""

from .locales import name
from .neg_labelled import phone_shape
from .neg_patterns import D, L, _dec


def _table(rows, sep=" | "):
    return "\n".join(sep.join(str(c) for c in r) for r in rows)


def league_table(rng, lang, plan, loc):
    cols = L(
        lang,
        "P W D L +/- Pts|Sp S U N Diff Pkt|J G N P Diff Pts|PJ G E P DG Pts|G V N P DR Pt|G W GL V DS Ptn|"
        "J V E D SG Pts",
    )
    head = [L(lang, "Team|Verein|Équipe|Equipo|Squadra|Team|Time")] + cols.split()
    rows = [head]
    for k in range(rng.randint(4, 6)):
        w, d, lo = rng.randint(2, 14), rng.randint(0, 6), rng.randint(0, 10)
        rows.append(
            [
                "%d. %s" % (k + 1, name(rng, loc).split()[-1]),
                w + d + lo,
                w,
                d,
                lo,
                rng.randint(-15, 25),
                3 * w + d,
            ]
        )
    return _table(rows)


def meter_log(rng, lang, plan, loc):
    rows = [
        [
            L(lang, "Date|Datum|Date|Fecha|Data|Datum|Data"),
            L(lang, "Reading|Stand|Index|Lectura|Lettura|Stand|Leitura"),
        ]
    ]
    base = rng.randint(10000, 90000)
    for m in range(1, rng.randint(4, 7)):
        base += rng.randint(150, 900)
        rows.append(
            [
                "%02d.%02d.%d" % (rng.randint(1, 5), m, rng.randint(2023, 2025)),
                "%s %03d" % (str(base)[:-3], base % 1000),
            ]
        )
    return _table(rows)


def article_list(rng, lang, plan, loc):
    head = [
        L(lang, "Item no.|Art.-Nr.|Réf.|Ref.|Cod. art.|Art.nr.|Cód."),
        L(lang, "Qty|Menge|Qté|Cant.|Q.tà|Aantal|Qtd."),
    ]
    rows = [head] + [[phone_shape(rng, plan), rng.randint(1, 48)] for _ in range(rng.randint(3, 5))]
    return _table(rows, sep="   ")


def shipment_table(rng, lang, plan, loc):
    head = [
        L(lang, "Tracking|Sendung|Colis|Envío|Spedizione|Zending|Rastreio"),
        "kg",
        L(lang, "Status|Status|Statut|Estado|Stato|Status|Situação"),
    ]
    st = L(lang, "delivered|zugestellt|livré|entregado|consegnato|bezorgd|entregue")
    rows = [head] + [
        [phone_shape(rng, plan), _dec(lang, rng.uniform(0.2, 19)), st] for _ in range(rng.randint(2, 4))
    ]
    return _table(rows)


def stop_times(rng, lang, plan, loc):
    rows = [[L(lang, "Stop|Haltestelle|Arrêt|Parada|Fermata|Halte|Ponto"), "1", "2", "3"]]
    t = rng.randint(360, 540)
    for _ in range(rng.randint(3, 5)):
        t += rng.randint(2, 9)
        rows.append(
            [
                name(rng, loc).split()[-1] + L(lang, " Rd|str.| (église)| (plaza)| (piazza)|plein| (praça)"),
                *("%02d:%02d" % ((t + k * 30) // 60, (t + k * 30) % 60) for k in range(3)),
            ]
        )
    return _table(rows)


def race_results(rng, lang, plan, loc):
    rows = [
        [
            L(lang, "Bib|Startnr.|Dossard|Dorsal|Pett.|Startnr.|Nº"),
            L(lang, "Name|Name|Nom|Nombre|Nome|Naam|Nome"),
            L(lang, "Time|Zeit|Temps|Tiempo|Tempo|Tijd|Tempo"),
        ]
    ]
    for _ in range(rng.randint(3, 5)):
        rows.append(
            [
                rng.randint(1, 2999),
                name(rng, loc),
                "%d:%02d:%02d" % (rng.randint(0, 2), rng.randint(0, 59), rng.randint(0, 59)),
            ]
        )
    return _table(rows)


def price_list(rng, lang, plan, loc):
    items = L(
        lang,
        "Tea,Scone,Soup,Cake|Kaffee,Kuchen,Suppe,Brezel|Café,Crêpe,Soupe,Tarte|Café,Tostada,Sopa,Tarta|"
        "Caffè,Cornetto,Zuppa,Torta|Koffie,Appeltaart,Soep,Tosti|Café,Pão de queijo,Sopa,Bolo",
    ).split(",")
    cur = {"US": "$", "GB": "£", "IN": "₹", "BR": "R$"}.get(plan, "€")
    return "\n".join("%-14s %s %s" % (it, cur, _dec(lang, rng.randint(80, 950) / 100, 2)) for it in items)


def distance_table(rng, lang, plan, loc):
    rows = [[L(lang, "To|Nach|Vers|A|Per|Naar|Para"), "km", "min"]]
    for _ in range(rng.randint(3, 5)):
        km = rng.randint(3, 180)
        rows.append([name(rng, loc).split()[-1], km, km + rng.randint(5, 40)])
    return _table(rows)


def draw_history(rng, lang, plan, loc):
    rows = []
    for k in range(rng.randint(3, 5)):
        nums = sorted(rng.sample(range(1, 50), 6))
        rows.append(["#%d" % (rng.randint(1000, 3000) + k), " ".join("%02d" % n for n in nums)])
    return (
        L(
            lang,
            "Past draws|Letzte Ziehungen|Derniers tirages|Últimos sorteos|Ultime estrazioni|"
            "Vorige trekkingen|Últimos concursos",
        )
        + ":\n"
        + _table(rows, sep="  ")
    )


def scores_no_header(rng, lang, plan, loc):
    out = [
        L(
            lang,
            "Scores, games 1-3|Ergebnisse, Spiel 1-3|Scores, parties 1-3|Puntos, partidas 1-3|"
            "Punti, partite 1-3|Scores, spel 1-3|Pontos, jogos 1-3",
        )
        + ":"
    ]
    for _ in range(rng.randint(3, 5)):
        s = [rng.randint(98, 260) for _ in range(3)]
        out.append("%s  %d %d %d  = %d" % (name(rng, loc, full=False), s[0], s[1], s[2], sum(s)))
    return "\n".join(out)


def readings_no_header(rng, lang, plan, loc):
    out = []
    base = int(D(rng, 6)) + 100000
    for m in ("Jan", "Feb", "Mar", "Apr")[: rng.randint(2, 4)]:
        base += rng.randint(40, 400)
        out.append("%s  %s %s" % (m, str(base)[:3], str(base)[3:]))
    return "\n".join(out)


TABLES = {
    "league-table": league_table,
    "meter-log-table": meter_log,
    "article-list": article_list,
    "shipment-table": shipment_table,
    "stop-times-table": stop_times,
    "race-results-table": race_results,
    "price-list-table": price_list,
    "distance-table": distance_table,
    "draw-history-table": draw_history,
    "scores-no-header": scores_no_header,
    "readings-no-header": readings_no_header,
}
