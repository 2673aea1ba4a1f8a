"""Negative-only documents: full of numbers, none of them personal data. No value placeholders."""

EN = {
    "crossword_answers": """Solution to Cryptic No. {n:1000-9999} ({date})
Across: {neg:crossword} OXBOW; {neg:crossword} LANTERN; {neg:crossword} SEVENTEEN
Down: {neg:crossword} RIVET; {neg:crossword} ORCHESTRA
Prize winners drawn {neg:date}; entries received {n:200-4000}. Next prize puzzle {neg:time}.""",
    "museum_label": """{pick:Figurehead|Tide clock|Hand loom|Medicine chest}, {neg:year_range}
{pick:Carved pine, painted|Brass, glass|Oak, iron}. {neg:measurement}. {neg:accession}.
Recovered {neg:coordinates}. Conserved {n:1990-2023} with support of the {town} Trust ({neg:vat}).
See catalogue {neg:pages}, {neg:isbn}.""",
    "ship_manifest": """MANIFEST  MV {pick:ORKNEY LASS|BALTIC DAWN|RIO GRANDE}  {neg:imo}
Voyage {n:100-999}  ETD {neg:timestamp}  Draught {neg:measurement}
{neg:container}  {neg:measurement}  seal {neg:serial}
{neg:container}  {neg:measurement}  {neg:lot}
{neg:container}  reefer {neg:temperature}  {neg:part}""",
    "auction_results": """Sale results, {date}
Lot {n:1-50}: hammer {neg:price} ({neg:accession})
Lot {n:51-99}: hammer {neg:price}
Lot {n:100-200}: unsold, reserve {neg:price}
Total {neg:price}; {neg:percent} sold by lot. Next sale {neg:date}, viewing {neg:hours}.""",
    "court_list": """Cause list, {date}
{neg:docket}  {neg:time}  Courtroom {n:1-12}  ({neg:statute})
{neg:docket}  {neg:time}  Courtroom {n:1-12}
{neg:docket}  adjourned to {neg:date}
Fees: {neg:price}. Reporter ref. {neg:phone_like}.""",
    "room_timetable": """Room bookings, week {n:1-52}
{neg:room}  {neg:time}  Organic Chemistry II (group {n:1-8})
{neg:room}  {neg:time}  Contract Law seminar
{neg:room}  {neg:time}  Exam, {n:40-240} seats
Projector {neg:serial}; key {neg:account_ref}. Building opens {neg:hours}.""",
    "recipe_card": """{pick:Lemon Drizzle|Beef Stew|Oat Cookies} (serves {n:4-12})
{neg:measurement} butter, {neg:measurement} sugar, {n:2-4} eggs
Bake {n:20-60} min at {neg:temperature}. Per slice: {n:180-420} kcal, {neg:percent} fat.
From "{pick:Kitchen Notes|Family Bakes}", {neg:isbn}, {neg:pages}.""",
    "patch_notes": """{neg:version} ({neg:timestamp})
- Fixed memory leak ({neg:hash})
- Updated {pick:libpng|openssl|zlib} to {neg:version}
- Known issue: {neg:quad_bad} on some boards
- Build {neg:uuid}""",
    "sports_desk": """Results: {pick:Rovers|Athletic|City} {neg:score} {pick:Wanderers|United|Town}; attendance {n:1200-52000}.
Tennis: {neg:score}. Cricket: {neg:score} ({n:20-50} overs).
Marathon winner (bib {n:1-9999}) in 2:{n:5-30}:{n:10-59}. Next fixture {neg:date} {neg:time}.""",
    "readings_log": """Meter and gauge log, {town}
{date}  {neg:meter}
{date}  {neg:meter}
Rain {neg:measurement}; max {neg:temperature}; wind {n:5-60} km/h
Station at {neg:coordinates}, height {n:10-900} m.""",
    "lottery_results": """Draw {n:1000-3999}, {date}
Winning numbers: {neg:lottery}
Jackpot {neg:price}; {n:0-5} winners; {n:100000-9000000} tickets sold.
Claim within {n:90-180} days quoting {neg:ticket}.""",
    "departures": """DEPARTURES {neg:time}
{neg:flight}  {city}  {neg:seat_gate}  boarding
{neg:flight}  {city}  delayed to {neg:time}
{neg:train}  platform {n:1-18}  on time
{neg:bus} to the centre every {n:5-20} min.""",
    "stock_sheet": """Stock sheet, {date}
{neg:sku}  {neg:stock}  {neg:price}
{neg:ean}  {neg:stock}
{neg:part}  {neg:lot}  reorder at {n:5-50}
Supplier {neg:vat}; PO {neg:order}; {neg:tracking}.""",
    "lab_inventory": """Chemical store, shelf {n:1-30}
{neg:cas}  {neg:measurement}  {neg:lot}  exp. {neg:date}
{neg:cas}  {neg:measurement}  opened {neg:date}
Fridge {neg:temperature}. SDS rev. {neg:version}. Patent ref. {neg:patent}.""",
    "vehicle_log": """Fleet log
{neg:plate}  {neg:vin}  {n:12000-240000} km  service {neg:date}
{neg:plate}  tyres {neg:measurement}  {neg:claim}
Fuel card {neg:masked_card}; {neg:giftcard} (expired).""",
    "finance_footer": """Statement notes
Payments reference {neg:invoice}; mandate {neg:creditor_id}. {neg:bic}.
Sample only: {neg:iban_bad} (not a real account). Form {neg:ssn_bad}.
Policy {neg:policy}; claim {neg:claim}. Fees {neg:percent}.""",
    "citations": """References
[{n:1-9}] {last}, {first}. ({n:1990-2024}). Journal {n:1-80}({n:1-12}), {neg:pages}. {neg:doi}
[{n:10-19}] {neg:statute}; {neg:docket}
[{n:20-29}] {neg:issn}; {neg:call_number}; {neg:isbn}""",
    "clinic_board": """Trial board, {date}
{neg:trial_id}: {n:20-400} enrolled, {neg:percent} retention
{neg:trial_id}: recruiting, visit window {neg:hours}
Freezer {neg:temperature}; samples {neg:lot}; sponsor ref. {neg:phone_like}.""",
}

LOCAL = {
    "de": {
        "spielplan": """Ergebnisse vom {date}: {neg:score}, {neg:score}, {neg:score}. Zuschauer {n:200-40000}.
Nächster Spieltag {neg:date}, Anstoß {neg:time}. {neg:bus} ab Bahnhof.""",
        "inventar": """Inventarliste Lager {n:1-9}: {neg:part}, {neg:stock}; {neg:sku}; {neg:ean}; {neg:lot}.
Lieferschein {neg:order}, {neg:tracking}. Zählerstand: {neg:meter}.""",
        "urteile": """Entscheidungen: {neg:docket} ({neg:statute}), {neg:docket} vom {neg:date}. Streitwert {neg:price}. {neg:phone_like}.""",
        "museumsschild": """{pick:Truhe|Spinnrad|Taufkleid}, {neg:year_range}. {neg:measurement}. {neg:accession}. Leihgabe ({neg:vat}). Literatur: {neg:pages}, {neg:isbn}.""",
        "rezeptkarte": """{pick:Apfelstrudel|Linsensuppe|Zwetschgenkuchen}: {neg:measurement} Mehl, {neg:measurement} Milch, {n:2-4} Eier; {n:30-70} Min. bei {neg:temperature}. {neg:population} Portionen verkauft beim Stadtfest.""",
    },
    "fr": {
        "resultats": """Résultats du {date} : {neg:score}, {neg:score}. Affluence {n:200-40000}. Prochaine journée {neg:date} à {neg:time}, {neg:bus}.""",
        "inventaire": """Inventaire : {neg:part}, {neg:stock} ; {neg:sku} ; {neg:ean} ; {neg:lot}. Bon {neg:order}, {neg:tracking}. {neg:meter}.""",
        "cartel": """{pick:Coffre de mariage|Rouet|Horloge comtoise}, {neg:year_range}. {neg:measurement}. {neg:accession}. Voir {neg:pages}, {neg:isbn}. {neg:vat}.""",
        "jugements": """Décisions : {neg:docket} ({neg:statute}) ; {neg:docket} du {neg:date}. Montant {neg:price}. {neg:phone_like}.""",
    },
    "es": {
        "resultados": """Resultados del {date}: {neg:score}, {neg:score}. Asistencia {n:200-40000}. Próxima jornada {neg:date} {neg:time}. {neg:bus}.""",
        "inventario": """Inventario: {neg:part}, {neg:stock}; {neg:sku}; {neg:ean}; {neg:lot}. Albarán {neg:order}; {neg:tracking}. {neg:meter}.""",
        "cartela": """{pick:Arca nupcial|Rueca|Reloj de pared}, {neg:year_range}. {neg:measurement}. {neg:accession}. {neg:pages}, {neg:isbn}. {neg:vat}.""",
        "sentencias": """Resoluciones: {neg:docket} ({neg:statute}); {neg:docket} de {neg:date}. Cuantía {neg:price}. {neg:phone_like}.""",
    },
    "it": {
        "risultati": """Risultati del {date}: {neg:score}, {neg:score}. Spettatori {n:200-40000}. Prossima giornata {neg:date} {neg:time}. {neg:bus}.""",
        "inventario_it": """Inventario: {neg:part}, {neg:stock}; {neg:sku}; {neg:ean}; {neg:lot}. DDT {neg:order}; {neg:tracking}. {neg:meter}.""",
        "didascalia": """{pick:Cassone nuziale|Arcolaio|Orologio a pendolo}, {neg:year_range}. {neg:measurement}. {neg:accession}. {neg:pages}, {neg:isbn}. {neg:vat}.""",
        "sentenze": """Provvedimenti: {neg:docket} ({neg:statute}); {neg:docket} del {neg:date}. Valore {neg:price}. {neg:phone_like}.""",
    },
    "nl": {
        "uitslagen": """Uitslagen {date}: {neg:score}, {neg:score}. Toeschouwers {n:200-40000}. Volgende speelronde {neg:date} {neg:time}. {neg:bus}.""",
        "voorraad": """Voorraadlijst: {neg:part}, {neg:stock}; {neg:sku}; {neg:ean}; {neg:lot}. Pakbon {neg:order}; {neg:tracking}. {neg:meter}.""",
        "museumbordje": """{pick:Bruidskist|Spinnewiel|Staartklok}, {neg:year_range}. {neg:measurement}. {neg:accession}. {neg:pages}, {neg:isbn}. {neg:vat}.""",
        "uitspraken": """Uitspraken: {neg:docket} ({neg:statute}); {neg:docket} van {neg:date}. Belang {neg:price}. {neg:phone_like}.""",
    },
    "pt": {
        "resultados_br": """Resultados de {date}: {neg:score}, {neg:score}. Público {n:200-60000}. Próxima rodada {neg:date} {neg:time}. {neg:bus}.""",
        "estoque": """Estoque: {neg:part}, {neg:stock}; {neg:sku}; {neg:ean}; {neg:lot}. Pedido {neg:order}; {neg:tracking}. {neg:meter}.""",
        "etiqueta_museu": """{pick:Baú|Roda de fiar|Relógio de parede}, {neg:year_range}. {neg:measurement}. {neg:accession}. {neg:pages}, {neg:isbn}. {neg:vat}.""",
        "decisoes": """Decisões: {neg:docket} ({neg:statute}); {neg:docket} de {neg:date}. Valor da causa {neg:price}. {neg:phone_like}.""",
    },
}


def negative_templates(lang):
    """Negative-only genres for a template language; English genres count for every language."""
    out = {f"{k}": v for k, v in EN.items()}
    if lang != "en":
        out = {k: v for k, v in list(out.items())[::2]}
        out.update(LOCAL[lang])
    return out
