"""Hard negatives, part four: more patterned numbers (same line format as neg_patterns.py)."""

from __future__ import annotations

from .neg_patterns import _parse

_RAW = """
anniversary|{ed} years of the club – please come!|{ed} Jahre Verein – kommt alle!|{ed} ans du club, venez \
nombreux !|\
{ed} años de la asociación, ¡venid!|{ed} anni di associazione, vi aspettiamo!|{ed} jaar vereniging, kom \
allemaal!|\
{ed} anos da associação, venham!
house_numbers|Leaflets for house numbers {n2}–{n3}|Flyer für Hausnummern {n2}–{n3}|Tracts pour les numéros \
{n2} à {n3}|\
Folletos para los números {n2} a {n3}|Volantini per i civici {n2}–{n3}|Folders voor huisnummers {n2}–{n3}|\
Panfletos para os números {n2} a {n3}
flat|Flat {n2}, {n1}th floor, lift on the left|Wohnung {n2}, {n1}. OG, Aufzug links|Appartement {n2}, {n1}e \
étage|\
Piso {n1}º, puerta {n2}|Interno {n2}, piano {n1}|Appartement {n2}, {n1}e verdieping|Apto {n3}, bloco {letter}
map_scale|Walk map 1:{scale}, sheet {n2}|Wanderkarte 1:{scale}, Blatt {n2}|Carte IGN 1:{scale}, feuille {n2}|\
Mapa 1:{scale}, hoja {n2}|Carta 1:{scale}, foglio {n2}|Wandelkaart 1:{scale}, blad {n2}|Mapa 1:{scale}, \
folha {n2}
exposure|Settings: f/{fno}, 1/{shutter} s, ISO {iso}|Einstellungen: f/{fno}, 1/{shutter} s, ISO {iso}|\
Réglages : f/{fno}, 1/{shutter} s, ISO {iso}|Ajustes: f/{fno}, 1/{shutter} s, ISO {iso}|\
Impostazioni: f/{fno}, 1/{shutter} s, ISO {iso}|Instellingen: f/{fno}, 1/{shutter} s, ISO {iso}|\
Configuração: f/{fno}, 1/{shutter} s, ISO {iso}
sky|Target tonight: M42, {sky}|Ziel heute: M42, {sky}|Cible ce soir : M42, {sky}|Objetivo: M42, {sky}|\
Obiettivo: M42, {sky}|Doel vanavond: M42, {sky}|Alvo: M42, {sky}
rating|Rated {rating}/5 ({reviews} reviews)|Bewertung {rating}/5 ({reviews} Bewertungen)|Note {rating}/5 \
({reviews} avis)|\
Valoración {rating}/5 ({reviews} opiniones)|Voto {rating}/5 ({reviews} recensioni)|Score {rating}/5 \
({reviews} reviews)|\
Nota {rating}/5 ({reviews} avaliações)
vote|Vote: yes {yes}, no {no}, abstentions {abst}|Abstimmung: ja {yes}, nein {no}, Enthaltungen {abst}|\
Vote : pour {yes}, contre {no}, abstentions {abst}|Votación: sí {yes}, no {no}, abstenciones {abst}|\
Votazione: sì {yes}, no {no}, astenuti {abst}|Stemming: voor {yes}, tegen {no}, onthouding {abst}|\
Votação: sim {yes}, não {no}, abstenções {abst}
agenda|Agenda item {n1}.{n2}|TOP {n1}.{n2}|Point {n1}.{n2} de l'ordre du jour|Punto {n1}.{n2} del orden del \
día|\
Punto {n1}.{n2} dell'ordine del giorno|Agendapunt {n1}.{n2}|Item {n1}.{n2} da pauta
standard|Certified to ISO {std}|Zertifiziert nach DIN EN ISO {std}|Certifié ISO {std}|Certificado UNE-EN \
ISO {std}|\
Certificato UNI EN ISO {std}|Gecertificeerd volgens NEN-EN-ISO {std}|Certificado ABNT NBR ISO {std}
u_value|New windows, U-value {uval} W/(m²K)|Neue Fenster, U-Wert {uval} W/(m²K)|Fenêtres neuves, Uw {uval} \
W/(m²K)|\
Ventanas nuevas, U {uval} W/(m²K)|Finestre nuove, Uw {uval} W/(m²K)|Nieuwe ramen, U-waarde {uval} W/(m²K)|\
Janelas novas, U {uval} W/(m²K)
vision|Glasses: Sph {sph} Cyl {cyl} Axis {axis}|Brille: Sph {sph} Cyl {cyl} Achse {axis}|Lunettes : Sph \
{sph} Cyl {cyl} Axe {axis}|\
Gafas: Esf {sph} Cil {cyl} Eje {axis}|Occhiali: Sf {sph} Cil {cyl} Asse {axis}|Bril: S {sph} C {cyl} As \
{axis}|\
Óculos: Esf {sph} Cil {cyl} Eixo {axis}
apgar|Baby news! Apgar {apgar}, mother and baby well.|Babynews! Apgar {apgar}, allen geht es gut.|\
Naissance ! Apgar {apgar}, tout le monde va bien.|¡Ha nacido! Apgar {apgar}, todos bien.|È nato! Apgar \
{apgar}, stanno bene.|\
Geboren! Apgar {apgar}, alles goed.|Nasceu! Apgar {apgar}, todos bem.
oven|Bake at {oven} °C fan (gas mark {gas}).|Bei {oven} °C Umluft backen.|Cuire à {oven} °C, chaleur \
tournante.|\
Hornear a {oven} °C con ventilador.|Cuocere a {oven} °C ventilato.|Bakken op {oven} °C hetelucht.|Assar a \
{oven} °C.
cook_time|Simmer {min1}–{min2} minutes.|{min1}–{min2} Minuten köcheln lassen.|Laisser mijoter {min1} à \
{min2} minutes.|\
Cocer {min1}–{min2} minutos.|Cuocere {min1}–{min2} minuti.|{min1}–{min2} minuten laten sudderen.|\
Cozinhar por {min1}–{min2} minutos.
brewing|Home brew: OG {og}, FG {fg}|Hausbräu: Stammwürze {og}, Restextrakt {fg}|Bière maison : DI {og}, DF \
{fg}|\
Cerveza casera: DI {og}, DF {fg}|Birra fatta in casa: OG {og}, FG {fg}|Thuisbrouwsel: SG {og}, EG {fg}|\
Cerveja caseira: OG {og}, FG {fg}
coffee|Coffee ratio 1:{ratio}, {grams} g per jug|Kaffee 1:{ratio}, {grams} g pro Kanne|Café 1:{ratio}, \
{grams} g par cafetière|\
Café 1:{ratio}, {grams} g por jarra|Caffè 1:{ratio}, {grams} g per caraffa|Koffie 1:{ratio}, {grams} g per \
kan|\
Café 1:{ratio}, {grams} g por garrafa
dough|Dough at {hydr} % hydration, {salt} g salt|Teig mit {hydr} % Hydration, {salt} g Salz|\
Pâte à {hydr} % d'hydratation, {salt} g de sel|Masa al {hydr} % de hidratación, {salt} g de sal|\
Impasto al {hydr} % di idratazione, {salt} g di sale|Deeg {hydr} % hydratatie, {salt} g zout|\
Massa com {hydr} % de hidratação, {salt} g de sal
beehive|Hive {n1}: {frames} frames of brood|Volk {n1}: {frames} Brutwaben|Ruche {n1} : {frames} cadres de \
couvain|\
Colmena {n1}: {frames} cuadros de cría|Arnia {n1}: {frames} telaini di covata|Kast {n1}: {frames} broedramen|\
Colmeia {n1}: {frames} quadros de cria
quake|Felt the tremor? M {mag}, depth {depth} km|Beben gespürt? M {mag}, Tiefe {depth} km|Séisme ressenti : \
M {mag}, {depth} km|\
Terremoto: M {mag}, profundidad {depth} km|Scossa di magnitudo {mag}, profondità {depth} km|Aardbeving M \
{mag}, diepte {depth} km|\
Tremor de M {mag}, profundidade {depth} km
air|Air today: PM2.5 {pm} µg/m³, AQI {aqi}|Luft heute: PM2,5 {pm} µg/m³, AQI {aqi}|Air : PM2,5 {pm} µg/m³, \
indice {aqi}|\
Aire: PM2,5 {pm} µg/m³, ICA {aqi}|Aria: PM2,5 {pm} µg/m³, AQI {aqi}|Lucht: PM2,5 {pm} µg/m³, AQI {aqi}|\
Ar: PM2,5 {pm} µg/m³, IQA {aqi}
snow|Snow depth {snow1}/{snow2} cm (top/valley)|Schneehöhe Berg/Tal {snow1}/{snow2} cm|Neige \
{snow1}/{snow2} cm (haut/bas)|\
Nieve {snow1}/{snow2} cm (cota alta/baja)|Neve {snow1}/{snow2} cm (monte/valle)|Sneeuw {snow1}/{snow2} cm \
(boven/dal)|\
Neve {snow1}/{snow2} cm
avalanche|Avalanche danger level {aval}|Lawinenwarnstufe {aval}|Risque d'avalanche {aval}/5|Peligro de \
aludes {aval}|\
Pericolo valanghe grado {aval}|Lawinegevaar niveau {aval}|Risco de avalanche {aval}
river|River gauge {gauge} m and rising|Pegel {gauge} m, steigend|Niveau de la rivière {gauge} m, en hausse|\
Nivel del río {gauge} m, subiendo|Livello del fiume {gauge} m, in crescita|Waterstand {gauge} m, stijgend|\
Nível do rio {gauge} m, subindo
roman|Quiz night {roman} is sold out.|Quizabend {roman} ist ausverkauft.|La soirée quiz {roman} est \
complète.|\
La noche de trivial {roman} está agotada.|La serata quiz {roman} è esaurita.|Quizavond {roman} is \
uitverkocht.|\
O quiz {roman} esgotou.
bic|BIC {bic}|BIC {bic}|BIC {bic}|BIC {bic}|BIC {bic}|BIC {bic}|BIC {bic}
invoice_line|Net {net} plus {vat} % VAT|Netto {net} zzgl. {vat} % MwSt.|HT {net} + TVA {vat} %|Base {net} + \
IVA {vat} %|\
Imponibile {net} + IVA {vat} %|Netto {net} + {vat} % btw|Valor {net} + {vat} %
build|Laptop updated to build {build}|Laptop auf Build {build} aktualisiert|Portable mis à jour (build \
{build})|\
Portátil actualizado a la compilación {build}|Portatile aggiornato alla build {build}|Laptop bijgewerkt \
naar build {build}|\
Notebook atualizado para o build {build}
error_hex|Update failed with error {errhex}|Update-Fehler {errhex}|Échec de la mise à jour, erreur {errhex}|\
Error de actualización {errhex}|Errore di aggiornamento {errhex}|Update mislukt met fout {errhex}|Erro na \
atualização {errhex}
fault|Boiler shows fault {fault} again.|Therme zeigt wieder Störung {fault}.|La chaudière affiche le défaut \
{fault}.|\
La caldera marca el error {fault}.|La caldaia segnala l'errore {fault}.|De ketel geeft storing {fault}.|\
O aquecedor mostra o erro {fault}.
frame|Frame {frame} cm, wheels {inch}″|Rahmenhöhe {frame} cm, {inch} Zoll|Cadre {frame} cm, roues {inch}″|\
Cuadro {frame} cm, ruedas {inch}″|Telaio {frame} cm, ruote {inch}″|Frame {frame} cm, wielen {inch} inch|\
Quadro {frame} cm, aro {inch}
bars|Start again from bar {bar1} to {bar2}.|Nochmal ab Takt {bar1} bis {bar2}.|Reprendre mesure {bar1} à \
{bar2}.|\
Repetir del compás {bar1} al {bar2}.|Riprendere dalla battuta {bar1} alla {bar2}.|Opnieuw vanaf maat {bar1} \
tot {bar2}.|\
Repetir do compasso {bar1} ao {bar2}.
metronome|Tempo ♩ = {bpm}, tuning A = {hz} Hz|=|=|=|=|=|=
music_grade|Grade {grade} piano exam passed!|Klavierprüfung Stufe {grade} bestanden!|Examen de piano, \
niveau {grade}, réussi !|\
¡Aprobado el grado {grade} de piano!|Esame di pianoforte livello {grade} superato!|Pianoexamen niveau \
{grade} gehaald!|\
Prova de piano nível {grade} aprovada!
age_group|U{under} training moved to the back pitch|U{under}-Training auf dem Nebenplatz|Entraînement \
U{under} sur le terrain annexe|\
Entreno sub-{under} en el campo anexo|Allenamento Under {under} sul campo B|Training O{under} op veld 2|\
Treino sub-{under} no campo 2
lotto|This week's numbers: {lotto}, bonus {bonus}|Lottozahlen: {lotto}, Superzahl {bonus}|Tirage : {lotto}, \
chance {bonus}|\
Combinación: {lotto}, reintegro {bonus}|Estrazione: {lotto}, jolly {bonus}|Trekking: {lotto}, bonus {bonus}|\
Dezenas: {lotto}, bônus {bonus}
"""

TEMPLATES = _parse(_RAW)
