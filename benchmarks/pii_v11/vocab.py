"""Short words for table titles, column heads and table items, in seven languages (Hindi and Hinglish
documents use the English ones, as people there do for tables). Line: `key|en|de|fr|es|it|nl|pt`.
"""

from __future__ import annotations

_RAW = """
t_bowling|Bowling league – week scores|Bowlingliga – Wochenergebnisse|Ligue de bowling – scores|Liga de \
bolos – resultados|Lega bowling – punteggi|Bowlingcompetitie – scores|Liga de boliche – placar
t_golf|Society golf day – scorecard|Golf-Vereinsturnier – Scorekarte|Journée golf – carte de score|Jornada \
de golf – tarjeta|Gara sociale di golf – score|Golfdag – scorekaart|Torneio de golfe – cartão
t_setlist|Setlist for Saturday|Setliste für Samstag|Setlist de samedi|Setlist del sábado|Scaletta di sabato|\
Setlijst zaterdag|Setlist de sábado
t_bake|Bake sale – prices and takings|Kuchenbasar – Preise und Einnahmen|Vente de gâteaux – prix et \
recettes|Venta de pasteles – precios|Vendita dolci – prezzi e incassi|Taartenverkoop – prijzen|Venda de \
bolos – preços
t_fixtures|Fixtures and results|Spielplan und Ergebnisse|Calendrier et résultats|Calendario y resultados|\
Calendario e risultati|Programma en uitslagen|Tabela de jogos e resultados
t_meter|Meter readings, clubhouse|Zählerstände Vereinsheim|Relevés de compteur, local|Lecturas del \
contador, local|Letture contatore, sede|Meterstanden clubhuis|Leituras do medidor, sede
t_birds|Garden bird count|Vogelzählung im Garten|Comptage des oiseaux du jardin|Censo de aves del jardín|\
Censimento uccelli in giardino|Tuinvogeltelling|Contagem de aves do quintal
t_library|Returns to process|Rückgaben zu verbuchen|Retours à enregistrer|Devoluciones pendientes|\
Restituzioni da registrare|Te verwerken retouren|Devoluções a registrar
t_timesheet|Volunteer hours|Ehrenamtsstunden|Heures de bénévolat|Horas de voluntariado|Ore di volontariato|\
Vrijwilligersuren|Horas de voluntariado
t_pantry|Stock check – store cupboard|Bestand – Vorratsschrank|Inventaire – réserve|Inventario – despensa|\
Inventario – dispensa|Voorraad – voorraadkast|Estoque – despensa
t_bridge|Pairs results|Paarturnier – Ergebnisse|Tournoi par paires – résultats|Torneo por parejas – \
resultados|Torneo a coppie – risultati|Parenwedstrijd – uitslag|Torneio de duplas – resultados
t_cricket|Scorecard, first innings|Scorecard, erste Innings|Feuille de score, première manche|Tarjeta, \
primera entrada|Tabellino, primo inning|Scorekaart, eerste innings|Súmula, primeiro turno
t_permits|Resident parking permits issued|Ausgegebene Anwohnerparkausweise|Vignettes résidents délivrées|\
Tarjetas de residente emitidas|Permessi residenti rilasciati|Uitgegeven bewonersvergunningen|Permissões de \
moradores emitidas
t_rides|Club rides this month|Vereinsausfahrten diesen Monat|Sorties club du mois|Salidas del club este mes|\
Uscite del club di questo mese|Clubritten deze maand|Pedais do clube no mês
t_hall|Hall bookings this week|Raumbelegung diese Woche|Réservations de salle cette semaine|Reservas de \
sala esta semana|Prenotazioni sala della settimana|Zaalreserveringen deze week|Reservas do salão na semana
t_budget|Household budget|Haushaltsbuch|Budget du foyer|Presupuesto de casa|Bilancio di casa|Huishoudboekje|\
Orçamento da casa
t_tools|Tool library|Werkzeugverleih|Outilthèque|Biblioteca de herramientas|Biblioteca degli attrezzi|\
Gereedschapsbieb|Biblioteca de ferramentas
t_dogshow|Dog show – ring results|Hundeausstellung – Ringergebnisse|Exposition canine – résultats du ring|\
Exposición canina – resultados|Esposizione canina – risultati|Hondenshow – ringuitslagen|Exposição de cães \
– resultados
t_pigeons|Race results|Preisliste Flug|Résultats du concours|Resultados de la suelta|Classifica della gara|\
Uitslag vlucht|Resultado da prova
t_sun|Sunrise and sunset|Sonnenauf- und -untergang|Lever et coucher du soleil|Salida y puesta del sol|Alba \
e tramonto|Zonsopkomst en -ondergang|Nascer e pôr do sol
t_sweep|Sweepstake draw|Tippspiel – Auslosung|Tirage du pronostic|Sorteo de la porra|Sorteggio del \
totopronostico|Loting poule|Sorteio do bolão
t_vaccines|Pet vaccination record|Impfkalender Haustiere|Carnet de vaccination des animaux|Cartilla de \
vacunas de las mascotas|Libretto vaccinale degli animali|Vaccinatieschema huisdieren|Carteira de vacinação \
dos pets
name|Name|Name|Nom|Nombre|Nome|Naam|Nome
game|Game|Spiel|Partie|Partida|Partita|Game|Jogo
total|Total|Gesamt|Total|Total|Totale|Totaal|Total
hole|Hole|Loch|Trou|Hoyo|Buca|Hole|Buraco
par|Par|Par|Par|Par|Par|Par|Par
metres|Metres|Meter|Mètres|Metros|Metri|Meter|Metros
index|Stroke index|Vorgabe|Handicap du trou|Hándicap|Indice|Strokeindex|Índice
score|Score|Schläge|Coups|Golpes|Colpi|Score|Tacadas
song|Song|Titel|Titre|Canción|Brano|Nummer|Música
key|Key|Tonart|Tonalité|Tono|Tonalità|Toonsoort|Tom
length|Length|Dauer|Durée|Duración|Durata|Duur|Duração
item|Item|Artikel|Article|Artículo|Articolo|Artikel|Item
price|Price|Preis|Prix|Precio|Prezzo|Prijs|Preço
sold|Sold|Verkauft|Vendus|Vendidos|Venduti|Verkocht|Vendidos
date|Date|Datum|Date|Fecha|Data|Datum|Data
home|Home|Heim|Domicile|Local|Casa|Thuis|Mandante
away|Away|Gast|Extérieur|Visitante|Ospite|Uit|Visitante
kickoff|Kick-off|Anstoß|Coup d'envoi|Hora|Calcio d'inizio|Aftrap|Início
result|Result|Ergebnis|Résultat|Resultado|Risultato|Uitslag|Resultado
reading|Reading|Zählerstand|Index|Lectura|Lettura|Stand|Leitura
usage|Usage|Verbrauch|Consommation|Consumo|Consumo|Verbruik|Consumo
species|Species|Art|Espèce|Especie|Specie|Soort|Espécie
count|Count|Anzahl|Nombre|Cantidad|Numero|Aantal|Quantidade
lastyear|Last year|Vorjahr|L'an dernier|Año pasado|Anno scorso|Vorig jaar|Ano passado
barcode|Barcode|Barcode|Code-barres|Código de barras|Codice a barre|Barcode|Código de barras
title|Title|Titel|Titre|Título|Titolo|Titel|Título
due|Due|Fällig|À rendre le|Vence|Scadenza|Terug op|Vence
start|Start|Beginn|Début|Inicio|Inizio|Begin|Início
end|End|Ende|Fin|Fin|Fine|Eind|Fim
hours|Hours|Stunden|Heures|Horas|Ore|Uren|Horas
qty|Qty|Menge|Qté|Cant.|Q.tà|Aantal|Qtd.
bestbefore|Best before|MHD|DLUO|Consumir antes de|Da consumarsi entro|THT|Validade
pair|Pair|Paar|Paire|Pareja|Coppia|Paar|Dupla
pct|%|%|%|%|%|%|%
batter|Batter|Schlagmann|Batteur|Bateador|Battitore|Slagman|Rebatedor
runs|Runs|Runs|Points|Carreras|Punti|Runs|Corridas
balls|Balls|Bälle|Balles|Bolas|Palle|Ballen|Bolas
permit|Permit no.|Ausweis-Nr.|N° de vignette|Nº de tarjeta|N. permesso|Vergunningnr.|Nº da permissão
vehicle|Vehicle|Fahrzeug|Véhicule|Vehículo|Veicolo|Voertuig|Veículo
zone|Zone|Zone|Zone|Zona|Zona|Zone|Zona
expires|Expires|Gültig bis|Expire le|Caduca|Scade|Geldig tot|Validade
route|Route|Strecke|Parcours|Ruta|Percorso|Route|Rota
climb|Climb (m)|Höhenmeter|Dénivelé (m)|Desnivel (m)|Dislivello (m)|Hoogtemeters|Subida (m)
speed|Avg km/h|Schnitt km/h|Moy. km/h|Media km/h|Media km/h|Gem. km/h|Média km/h
room|Room|Raum|Salle|Sala|Sala|Zaal|Sala
group|Group|Gruppe|Groupe|Grupo|Gruppo|Groep|Grupo
planned|Planned|Geplant|Prévu|Previsto|Previsto|Begroot|Previsto
actual|Actual|Ist|Réel|Real|Effettivo|Werkelijk|Real
class|Class|Klasse|Classe|Clase|Classe|Klasse|Classe
exhibit|Exhibit no.|Katalog-Nr.|N° de catalogue|Nº de catálogo|N. catalogo|Catalogusnr.|Nº de catálogo
breed|Breed|Rasse|Race|Raza|Razza|Ras|Raça
placing|Placing|Platzierung|Classement|Puesto|Posizione|Plaats|Colocação
place|Place|Platz|Place|Puesto|Posto|Plaats|Lugar
ring|Ring no.|Ringnummer|N° de bague|Nº de anilla|N. anello|Ringnummer|Nº do anel
distance|Distance km|Entfernung km|Distance km|Distancia km|Distanza km|Afstand km|Distância km
velocity|m/min|m/min|m/min|m/min|m/min|m/min|m/min
sunrise|Sunrise|Aufgang|Lever|Salida|Alba|Op|Nascer
sunset|Sunset|Untergang|Coucher|Puesta|Tramonto|Onder|Pôr
daylen|Day length|Tageslänge|Durée du jour|Duración del día|Durata del giorno|Daglengte|Duração do dia
team|Team|Mannschaft|Équipe|Equipo|Squadra|Team|Time
tickets|Tickets|Lose|Billets|Papeletas|Biglietti|Loten|Bilhetes
drawnby|Drawn by|Gezogen von|Tiré par|Le tocó a|Estratto da|Getrokken door|Sorteado por
pet|Pet|Tier|Animal|Mascota|Animale|Dier|Pet
vaccine|Vaccine|Impfung|Vaccin|Vacuna|Vaccino|Vaccin|Vacina
given|Given|Geimpft am|Fait le|Puesta|Somministrato|Gegeven|Aplicada
nextdue|Next due|Nächste fällig|Rappel|Próxima|Richiamo|Volgende|Próxima dose
cake|Lemon drizzle|Zitronenkuchen|Cake au citron|Bizcocho de limón|Torta al limone|Citroencake|Bolo de limão
brownie|Brownies|Brownies|Brownies|Brownies|Brownies|Brownies|Brownies
scone|Scones|Muffins|Madeleines|Magdalenas|Muffin|Muffins|Bolinhos
cookie|Flapjacks|Haferkekse|Sablés|Galletas|Biscotti|Koekjes|Biscoitos
pasta|Pasta 500 g|Nudeln 500 g|Pâtes 500 g|Pasta 500 g|Pasta 500 g|Pasta 500 g|Macarrão 500 g
tins|Chopped tomatoes|Dosentomaten|Tomates concassées|Tomate triturado|Pelati|Tomatenblokjes|Molho de tomate
rice|Rice 1 kg|Reis 1 kg|Riz 1 kg|Arroz 1 kg|Riso 1 kg|Rijst 1 kg|Arroz 1 kg
lentils|Red lentils|Rote Linsen|Lentilles corail|Lentejas|Lenticchie|Rode linzen|Lentilha
drill|Hammer drill|Schlagbohrmaschine|Perforateur|Taladro percutor|Trapano a percussione|Klopboormachine|\
Furadeira de impacto
ladder|Step ladder|Stehleiter|Escabeau|Escalera de tijera|Scala a libretto|Trapladder|Escada
sander|Orbital sander|Schwingschleifer|Ponceuse|Lijadora|Levigatrice|Schuurmachine|Lixadeira
jigsaw|Jigsaw|Stichsäge|Scie sauteuse|Sierra de calar|Seghetto alternativo|Decoupeerzaag|Serra tico-tico
lent|on loan|verliehen|prêté|prestado|in prestito|uitgeleend|emprestado
instock|in|da|disponible|disponible|disponibile|aanwezig|disponível
repair|needs repair|defekt|en panne|averiado|guasto|kapot|com defeito
"""
_COLS = ("en", "de", "fr", "es", "it", "nl", "pt")
WORDS: dict[str, dict[str, str]] = {}
for _line in _RAW.strip().splitlines():
    _key, *_vals = _line.split("|")
    WORDS[_key] = dict(zip(_COLS, _vals, strict=True))


def w(key: str, lang: str) -> str:
    """The word in the language (English for Hindi and Hinglish)."""
    return WORDS[key].get(lang, WORDS[key]["en"])
