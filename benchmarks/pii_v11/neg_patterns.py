"""Hard negatives, part three: patterned numbers a community or household text carries.

Eighty kinds, none of them a value: hashes, versions, sizes, gear ratios, knitting gauges, sports scores
and paces, water chemistry, electrical ratings, road exits, map scales, camera settings, vote tallies,
standards, building figures, kitchen and brewing numbers, weather and hazard levels, tax and invoice
lines, fault codes, music markings, belts and age groups, lottery draws and more. A line below is
`key|en|de|fr|es|it|nl|pt`; `=` repeats the English template; fields come from patterns_values.py.
"""

from __future__ import annotations

import random

from .patterns_values import VALUES

_RAW = """
commit|Fixed in commit {hex7} of the booking script.|Behoben in Commit {hex7} des Buchungsskripts.|\
Corrigé dans le commit {hex7} du script.|Corregido en el commit {hex7}.|Corretto nel commit {hex7}.|\
Opgelost in commit {hex7}.|Corrigido no commit {hex7}.
checksum|SHA-256 of the minutes PDF: {hex12}…|SHA-256 des Protokoll-PDFs: {hex12}…|\
Empreinte SHA-256 du PDF : {hex12}…|SHA-256 del acta: {hex12}…|SHA-256 del verbale: {hex12}…|\
SHA-256 van de notulen: {hex12}…|SHA-256 da ata: {hex12}…
semver|Needs app version {semver} or newer.|Benötigt App-Version {semver} oder neuer.|\
Nécessite la version {semver} de l'appli.|Requiere la versión {semver} de la app.|\
Serve la versione {semver} dell'app.|Vereist app-versie {semver} of hoger.|Precisa da versão {semver} do app.
age_range|For ages {a}–{b}.|Für Kinder von {a} bis {b} Jahren.|Pour les {a}–{b} ans.|De {a} a {b} años.|\
Dai {a} ai {b} anni.|Voor {a} tot {b} jaar.|De {a} a {b} anos.
pct_range|Members get {a}–{b} % off.|Mitglieder erhalten {a}–{b} % Rabatt.|Remise de {a} à {b} % pour les \
adhérents.|\
Descuento del {a} al {b} % para socios.|Sconto del {a}–{b} % per i soci.|Leden krijgen {a}–{b} % korting.|\
Sócios têm {a}–{b} % de desconto.
clothing|Shirt sizes EU {eu}/{eu2}, UK {uk}–{uk2}.|Trikotgrößen {eu}/{eu2}.|Maillots taille {eu}/{eu2}.|\
Camisetas talla {eu}/{eu2}.|Maglie taglia {eu}/{eu2}.|Shirts maat {eu}/{eu2}.|Camisas tamanho {eu}/{eu2}.
pantone|Club blue is Pantone {n3} C.|Vereinsblau ist Pantone {n3} C.|Le bleu du club est le Pantone {n3} C.|\
El azul del club es Pantone {n3} C.|Il blu sociale è Pantone {n3} C.|Clubblauw is Pantone {n3} C.|\
O azul do clube é Pantone {n3} C.
wine|Vintage {year}, {abv} % vol.|Jahrgang {year}, {abv} % vol.|Millésime {year}, {abv} % vol.|\
Cosecha {year}, {abv} % vol.|Annata {year}, {abv} % vol.|Oogst {year}, {abv} % vol.|Safra {year}, {abv} % vol.
gears|Gearing {ch}/{ch2} × {cs}–{cs2}|Übersetzung {ch}/{ch2} × {cs}–{cs2}|Braquet {ch}/{ch2} × {cs}–{cs2}|\
Desarrollo {ch}/{ch2} × {cs}–{cs2}|Rapporti {ch}/{ch2} × {cs}–{cs2}|Verzet {ch}/{ch2} × {cs}–{cs2}|\
Relação {ch}/{ch2} × {cs}–{cs2}
knitting|Gauge {st} sts × {rows} rows = 10 cm|Maschenprobe {st} M × {rows} R = 10 cm|\
Échantillon {st} m × {rows} rgs = 10 cm|Muestra {st} p × {rows} h = 10 cm|Campione {st} m × {rows} f = 10 cm|\
Proeflapje {st} st × {rows} nld = 10 cm|Amostra {st} p × {rows} carr. = 10 cm
needles|Needles {mm} mm, circular {cm} cm|Nadeln {mm} mm, Rundnadel {cm} cm|Aiguilles {mm} mm, circulaire \
{cm} cm|\
Agujas de {mm} mm, circular de {cm} cm|Ferri {mm} mm, circolare {cm} cm|Naalden {mm} mm, rondbreinaald {cm} \
cm|\
Agulhas {mm} mm, circular {cm} cm
dye_lot|Yarn dye lot {n5}, shade {n3}|Farbpartie {n5}, Farbe {n3}|Bain {n5}, coloris {n3}|Lote de tinte \
{n5}, color {n3}|\
Bagno {n5}, colore {n3}|Verfbad {n5}, kleur {n3}|Lote de tingimento {n5}, cor {n3}
sewing|Pattern {brand} {n4}, view {letter}|Schnitt {brand} {n4}, Modell {letter}|Patron {brand} {n4}, \
modèle {letter}|\
Patrón {brand} {n4}, modelo {letter}|Cartamodello {brand} {n4}, modello {letter}|Patroon {brand} {n4}, \
model {letter}|\
Molde {brand} {n4}, modelo {letter}
chess|Opening played: {moves}|Gespielte Eröffnung: {moves}|Ouverture jouée : {moves}|Apertura jugada: \
{moves}|\
Apertura giocata: {moves}|Gespeelde opening: {moves}|Abertura jogada: {moves}
bridge_contract|Board {n2}: {contract}, {bscore}|Board {n2}: {contract}, {bscore}|Donne {n2} : {contract}, \
{bscore}|\
Mano {n2}: {contract}, {bscore}|Smazzata {n2}: {contract}, {bscore}|Spel {n2}: {contract}, {bscore}|\
Mão {n2}: {contract}, {bscore}
golf_hcp|Handicap index {hcp}|Handicap {hcp}|Index {hcp}|Hándicap {hcp}|Handicap {hcp}|Handicap {hcp}|\
Handicap {hcp}
cricket_score|Close of play: {runs}/{wk} ({ov} ov)|=|=|=|=|=|=
bowling_series|Series {series}|Serie {series}|Série {series}|Serie {series}|Serie {series}|Serie {series}|\
Série {series}
lap_time|Fastest lap {lap}|Schnellste Runde {lap}|Meilleur tour {lap}|Vuelta rápida {lap}|Giro veloce {lap}|\
Snelste ronde {lap}|Volta mais rápida {lap}
swim_pace|Target pace {pace}/100 m|Zieltempo {pace}/100 m|Allure cible {pace}/100 m|Ritmo objetivo \
{pace}/100 m|\
Passo {pace}/100 m|Doeltempo {pace}/100 m|Ritmo alvo {pace}/100 m
heart_rate|Keep your heart rate at {hr}–{hr2} bpm.|Puls zwischen {hr} und {hr2} halten.|\
Fréquence cardiaque {hr}–{hr2} bpm.|Pulsaciones entre {hr} y {hr2}.|Frequenza {hr}–{hr2} bpm.|Hartslag \
{hr}–{hr2} bpm.|\
Frequência {hr}–{hr2} bpm.
power|FTP {watt} W, {wkg} W/kg|=|=|=|=|=|=
elevation|↑ {up} m ↓ {down} m|=|=|=|=|=|=
hardness|Water hardness {dh} °dH|Wasserhärte {dh} °dH|Dureté de l'eau {dh} °f|Dureza del agua {dh} °f|\
Durezza dell'acqua {dh} °f|Waterhardheid {dh} °dH|Dureza da água {dh} mg/l
ph|Pond pH {ph}, nitrite {no2} mg/l|Teich: pH {ph}, Nitrit {no2} mg/l|Bassin : pH {ph}, nitrites {no2} mg/l|\
Estanque: pH {ph}, nitritos {no2} mg/l|Laghetto: pH {ph}, nitriti {no2} mg/l|Vijver: pH {ph}, nitriet {no2} \
mg/l|\
Lago: pH {ph}, nitrito {no2} mg/l
npk|Feed NPK {npk}|Dünger NPK {npk}|Engrais NPK {npk}|Abono NPK {npk}|Concime NPK {npk}|Mest NPK {npk}|\
Adubo NPK {npk}
chlorine|Free chlorine {cl}–{cl2} mg/l|Freies Chlor {cl}–{cl2} mg/l|Chlore libre {cl}–{cl2} mg/l|\
Cloro libre {cl}–{cl2} mg/l|Cloro libero {cl}–{cl2} mg/l|Vrij chloor {cl}–{cl2} mg/l|Cloro livre {cl}–{cl2} \
mg/l
decibel|Music limited to {db} dB(A) after {late}.|Musik ab {late} höchstens {db} dB(A).|\
Musique limitée à {db} dB(A) après {late}.|Música a {db} dB(A) como máximo desde las {late}.|\
Musica al massimo {db} dB(A) dopo le {late}.|Muziek na {late} maximaal {db} dB(A).|\
Som limitado a {db} dB(A) depois das {late}.
battery|Battery {volt} V / {ah} Ah|Akku {volt} V / {ah} Ah|Batterie {volt} V / {ah} Ah|Batería {volt} V / \
{ah} Ah|\
Batteria {volt} V / {ah} Ah|Accu {volt} V / {ah} Ah|Bateria {volt} V / {ah} Ah
power_rating|Urn: {watt4} W, 230 V~ 50 Hz|Kaffeemaschine: {watt4} W, 230 V~ 50 Hz|Percolateur : {watt4} W, \
230 V~ 50 Hz|\
Cafetera: {watt4} W, 230 V~ 50 Hz|Bollitore: {watt4} W, 230 V~ 50 Hz|Koffiezetter: {watt4} W, 230 V~ 50 Hz|\
Cafeteira: {watt4} W, 127 V~ 60 Hz
fuse|Kitchen circuit: B{amp}, RCD {ma} mA|Küche: B{amp}, FI {ma} mA|Cuisine : disjoncteur {amp} A, \
différentiel {ma} mA|\
Cocina: PIA {amp} A, diferencial {ma} mA|Cucina: {amp} A, differenziale {ma} mA|Keuken: B{amp}, aardlek \
{ma} mA|\
Cozinha: disjuntor {amp} A, DR {ma} mA
light|Bulbs: {lm} lm, {kelvin} K|Leuchtmittel: {lm} lm, {kelvin} K|Ampoules : {lm} lm, {kelvin} K|\
Bombillas: {lm} lm, {kelvin} K|Lampadine: {lm} lm, {kelvin} K|Lampen: {lm} lm, {kelvin} K|Lâmpadas: {lm} \
lm, {kelvin} K
storage|Laptop for the office: {tb} TB SSD, {ram} GB RAM|Vereinslaptop: {tb} TB SSD, {ram} GB RAM|\
Portable du club : SSD {tb} To, {ram} Go de RAM|Portátil: {tb} TB SSD, {ram} GB RAM|Portatile: {tb} TB SSD, \
{ram} GB RAM|\
Laptop: {tb} TB SSD, {ram} GB RAM|Notebook: {tb} TB SSD, {ram} GB RAM
bandwidth|Hall broadband {down_mb}/{up2} Mbit/s|Internet im Saal {down_mb}/{up2} Mbit/s|Débit de la salle \
{down_mb}/{up2} Mbit/s|\
Fibra del local {down_mb}/{up2} Mb|Connessione {down_mb}/{up2} Mbit/s|Internet zaal {down_mb}/{up2} Mbit/s|\
Internet {down_mb}/{up2} Mbps
road|Leave the {road} at exit {n2}.|Auf der {road} die Ausfahrt {n2} nehmen.|Sortie {n2} sur l'{road}.|\
Salida {n2} de la {road}.|Uscita {n2} della {road}.|Afrit {n2} van de {road}.|Saída {n2} da {road}.
platform|Platform {n1}{letter}, coach {n2}|Gleis {n1}{letter}, Wagen {n2}|Voie {n1}{letter}, voiture {n2}|\
Vía {n1}{letter}, coche {n2}|Binario {n1}{letter}, carrozza {n2}|Spoor {n1}{letter}, rijtuig {n2}|\
Plataforma {n1}{letter}, vagão {n2}
car_park|Car park level −{n1}, bays {n2}–{n3}|Tiefgarage Ebene −{n1}, Plätze {n2}–{n3}|\
Parking niveau −{n1}, places {n2}–{n3}|Parking planta −{n1}, plazas {n2}–{n3}|Parcheggio piano −{n1}, posti \
{n2}–{n3}|\
Parkeergarage niveau −{n1}, plaatsen {n2}–{n3}|Estacionamento G{n1}, vagas {n2}–{n3}
wifi|Guest Wi-Fi: Clubhouse_{n4}_5G|Gäste-WLAN: Vereinsheim_{n4}_5G|Wi-Fi invités : Salle_{n4}_5G|\
Wifi invitados: Local_{n4}_5G|Wi-Fi ospiti: Sede_{n4}_5G|Gasten-wifi: Clubhuis_{n4}_5G|Wi-Fi visitantes: \
Sede_{n4}_5G
shortcode|Text GIVE to {short} to donate.|SMS mit SPENDE an die {short}.|Envoyez DON au {short}.|\
Envía DONA al {short}.|Invia DONA al {short}.|Sms GEEF naar {short}.|Envie DOAR para {short}.
term|Chair {y1}–{y2}, treasurer since {y3}|Vorsitz {y1}–{y2}, Kasse seit {y3}|Présidence {y1}–{y2}, \
trésorerie depuis {y3}|\
Presidencia {y1}–{y2}, tesorería desde {y3}|Presidenza {y1}–{y2}, tesoreria dal {y3}|Voorzitter {y1}–{y2}, \
penningmeester sinds {y3}|\
Presidência {y1}–{y2}, tesouraria desde {y3}
"""


def _parse(raw: str) -> dict[str, list[str]]:
    out = {}
    for line in raw.strip().splitlines():
        key, *vals = line.split("|")
        assert len(vals) == 7, key
        out[key] = [vals[0] if v == "=" else v for v in vals]
    return out


_COL = {"en": 0, "de": 1, "fr": 2, "es": 3, "it": 4, "nl": 5, "pt": 6}
TEMPLATES = _parse(_RAW)


def render_from(templates: dict[str, list[str]], rng: random.Random, key: str, lang: str) -> str:
    template = templates[key][_COL.get(lang, 0)]
    fields = {name: fn(rng, lang) for name, fn in VALUES.items() if "{" + name + "}" in template}
    return template.format(**fields)
