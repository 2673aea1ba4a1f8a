"""Hard negatives, patterned kind (second half): workshop, home, money, health and pastime numbers."""

from __future__ import annotations

from .neg_common import _pick, _times, dec

PATTERNED_B = [
    (
        "fuel consumption",
        "Consumption|Verbrauch|Consommation|Consumo|Consumi|Verbruik|Consumo|माइलेज",
        lambda r, g: f"{dec(r.uniform(4.5, 8.5), g)} l/100 km" if g != "hi" else f"{r.randint(14, 22)} km/l",
    ),
    (
        "odometer",
        "Odometer|Kilometerstand|Kilométrage|Kilometraje|Chilometraggio|Kilometerstand|Hodômetro|ओडोमीटर",
        lambda r, g: (lambda a: f"{a:,} → {a + r.randint(80, 900):,} km".replace(",", " "))(
            r.randint(12000, 190000)
        ),
    ),
    (
        "engine oil",
        "Oil|Motoröl|Huile moteur|Aceite|Olio motore|Motorolie|Óleo|इंजन ऑयल",
        lambda r, g: f"{r.choice(['5W-30', '0W-20', '10W-40', '5W-40'])}, {dec(r.uniform(3.5, 5.5), g)} l",
    ),
    (
        "RAL colours",
        "Colours|Farbtöne|Teintes|Colores|Colori|Kleuren|Cores|रंग",
        lambda r, g: ", ".join(
            "RAL " + c for c in r.sample(["7016", "9010", "6005", "3000", "5010", "1015"], 3)
        ),
    ),
    (
        "brand colours",
        "Brand colours|Hausfarben|Couleurs|Colores corporativos|Colori sociali|Huiskleuren|"
        "Cores da marca|ब्रांड रंग",
        lambda r, g: f"Pantone {r.choice([2945, 7621, 356, 123, 2728])} C, #1F4E79",
    ),
    (
        "paper",
        "Paper|Papier|Papier|Papel|Carta|Papier|Papel|कागज़",
        lambda r, g: f"A4 {r.choice([80, 90, 100])} g/m², A3 {r.choice([120, 160, 250])} g/m²",
    ),
    (
        "photo prints",
        "Prints|Abzüge|Tirages|Copias|Stampe|Afdrukken|Revelações|प्रिंट",
        lambda r, g: f"10x15 ×{r.randint(10, 60)}, 13x18 ×{r.randint(2, 20)}, 20x30 ×{r.randint(1, 4)}",
    ),
    (
        "screen resolution",
        "Resolution|Auflösung|Résolution|Resolución|Risoluzione|Resolutie|Resolução|रेज़ोल्यूशन",
        lambda r, g: _pick(r, "1920x1080", "3840x2160", "1280x720", "2560x1440"),
    ),
    (
        "storage",
        "Storage|Speicher|Stockage|Almacenamiento|Memoria|Opslag|Armazenamento|स्टोरेज",
        lambda r, g: f"{r.choice([128, 256, 512])} GB SSD + {r.choice([1, 2, 4])} TB HDD",
    ),
    (
        "appliance error code",
        "Error code|Fehlercode|Code erreur|Código de error|Codice errore|Foutcode|Código de erro|एरर कोड",
        lambda r, g: _pick(r, "E24", "F-07", "E:15", "H20", "4E"),
    ),
    (
        "washing programme",
        "Programme|Programm|Programme|Programa|Programma|Programma|Programa|प्रोग्राम",
        lambda r, g: (
            f"{r.choice([30, 40, 60])}°, {r.choice([800, 1200, 1400])} rpm, "
            f"{r.randint(1, 3)}:{r.randint(0, 59):02d} h"
        ),
    ),
    (
        "room dimensions",
        "Room|Raum|Pièce|Habitación|Stanza|Kamer|Cômodo|कमरा",
        lambda r, g: (lambda a, b: f"{dec(a, g, 2)} m x {dec(b, g, 2)} m = {dec(a * b, g)} m²")(
            r.uniform(2.5, 6), r.uniform(2.5, 5)
        ),
    ),
    (
        "bus routes",
        "Lines|Linien|Lignes|Líneas|Linee|Lijnen|Linhas|रूट",
        lambda r, g: ", ".join(str(x) for x in r.sample(range(2, 180), 3)) + f", N{r.randint(1, 9)}",
    ),
    (
        "exam slots",
        "Exam|Prüfung|Épreuve|Examen|Esame|Toets|Prova|परीक्षा",
        lambda r, g: (
            f"{_times(r, 1, 9)[0]}–{_times(r, 1, 10)[0]}, {_times(r, 1, 11)[0]}–{_times(r, 1, 12)[0]}"
        ),
    ),
    (
        "vote tally",
        "Vote|Abstimmung|Vote|Votación|Votazione|Stemming|Votação|मतदान",
        lambda r, g: f"{r.randint(8, 30)} / {r.randint(0, 6)} / {r.randint(0, 4)}",
    ),
    (
        "budget line",
        "Budget|Budget|Budget|Presupuesto|Bilancio|Begroting|Orçamento|बजट",
        lambda r, g: (
            f"£{r.randint(1, 9)},{r.randint(0, 999):03d}.00"
            if g in ("en", "hg")
            else f"₹{r.randint(10, 99)},{r.randint(0, 999):03d}"
            if g == "hi"
            else f"{r.randint(1, 9)}.{r.randint(0, 999):03d},00 €"
        ),
    ),
    (
        "exchange rate",
        "Rate|Kurs|Taux|Cambio|Cambio|Koers|Câmbio|विनिमय दर",
        lambda r, g: f"1 EUR = {dec(r.uniform(0.84, 0.88), g, 4)} GBP",
    ),
    (
        "interest rate",
        "Interest|Zins|Taux|Interés|Tasso|Rente|Juros|ब्याज",
        lambda r, g: f"{dec(r.uniform(2.5, 8.5), g, 2)} % p.a.",
    ),
    (
        "nutrition",
        "Per portion|Pro Portion|Par portion|Por ración|Per porzione|Per portie|Por porção|प्रति सर्विंग",
        lambda r, g: f"{r.randint(250, 700)} kcal, {r.randint(5, 35)} g protein, {r.randint(3, 30)} g fat",
    ),
    (
        "step count",
        "Steps|Schritte|Pas|Pasos|Passi|Stappen|Passos|कदम",
        lambda r, g: f"{r.randint(3, 19)} {r.randint(0, 999):03d} / 10 000",
    ),
    (
        "plant spacing",
        "Spacing|Pflanzabstand|Espacement|Marco de plantación|Sesto d'impianto|Plantafstand|Espaçamento|दूरी",
        lambda r, g: f"{r.choice([20, 30, 40, 50])} x {r.choice([45, 60, 75])} cm",
    ),
    (
        "hardiness",
        "Hardiness|Winterhärte|Rusticité|Rusticidad|Rusticità|Winterhardheid|Rusticidade|सहनशीलता",
        lambda r, g: f"USDA {r.randint(5, 9)}{r.choice('ab')}, -{r.randint(5, 25)} °C",
    ),
    (
        "egg count",
        "Eggs|Eier|Œufs|Huevos|Uova|Eieren|Ovos|अंडे",
        lambda r, g: " ".join(str(r.randint(2, 9)) for _ in range(7)),
    ),
    (
        "fishing tackle",
        "Tackle|Angelzeug|Matériel|Aparejo|Attrezzatura|Tuig|Equipamento|सामान",
        lambda r, g: (
            f"#{r.choice([8, 10, 12, 14])}, {dec(r.choice([0.18, 0.2, 0.25]), g, 2)} mm / "
            f"{dec(r.uniform(3, 7), g)} kg"
        ),
    ),
    (
        "star rating",
        "Rating|Bewertung|Note|Valoración|Valutazione|Beoordeling|Avaliação|रेटिंग",
        lambda r, g: f"{dec(r.uniform(3.5, 4.9), g)}/5 ({r.randint(20, 900)})",
    ),
    (
        "bingo calls",
        "Called|Gezogen|Tirés|Cantados|Estratti|Getrokken|Cantados|निकले नंबर",
        lambda r, g: ", ".join(f"{c}-{r.randint(1, 15) + 15 * i}" for i, c in enumerate("BINGO")),
    ),
    (
        "quiz rounds",
        "Rounds|Runden|Manches|Rondas|Manche|Rondes|Rodadas|राउंड",
        lambda r, g: ", ".join(f"R{i} {r.randint(3, 10)}/10" for i in range(1, 5)),
    ),
    (
        "page references",
        "See pp.|Siehe S.|Voir p.|Ver págs.|Vedi pp.|Zie blz.|Ver págs.|पृष्ठ",
        lambda r, g: (lambda p: f"{p}–{p + r.randint(2, 9)}, {p + r.randint(40, 90)}")(r.randint(10, 300)),
    ),
    (
        "statute references",
        "Rules|Satzung|Statuts|Estatutos|Statuto|Statuten|Estatuto|नियम",
        lambda r, g: f"§ {r.randint(2, 14)} (2), § {r.randint(15, 30)} (1)",
    ),
    (
        "standards",
        "Standard|Norm|Norme|Norma|Norma|Norm|Norma|मानक",
        lambda r, g: _pick(r, "EN 71-3:2019", "ISO 9001:2015", "EN 1176-1:2017", "EN 12572-1:2017"),
    ),
    (
        "model railway scale",
        "Scale|Maßstab|Échelle|Escala|Scala|Schaal|Escala|स्केल",
        lambda r, g: _pick(r, "H0 1:87", "N 1:160", "TT 1:120", "0 1:45"),
    ),
    (
        "indoor air",
        "Air|Luft|Air|Aire|Aria|Lucht|Ar|हवा",
        lambda r, g: f"CO₂ {r.randint(450, 1400)} ppm, {dec(r.uniform(18, 24), g)} °C, {r.randint(35, 65)} %",
    ),
    (
        "E numbers",
        "Additives|Zusatzstoffe|Additifs|Aditivos|Additivi|Toevoegingen|Aditivos|योजक",
        lambda r, g: ", ".join(
            "E" + x for x in r.sample(["330", "471", "202", "300", "412", "160a", "322"], 3)
        ),
    ),
    (
        "beer specs",
        "Beer|Bier|Bière|Cerveza|Birra|Bier|Cerveja|बीयर",
        lambda r, g: f"{dec(r.uniform(4, 7.5), g)} %, {r.randint(15, 70)} IBU, {r.randint(6, 60)} EBC",
    ),
    (
        "nappy sizes",
        "Nappies|Windeln|Couches|Pañales|Pannolini|Luiers|Fraldas|डायपर",
        lambda r, g: f"{r.randint(2, 6)} ({r.randint(4, 11)}–{r.randint(12, 20)} kg) x {r.randint(1, 4)}",
    ),
    (
        "car seat",
        "Car seat|Kindersitz|Siège auto|Silla de coche|Seggiolino|Autostoel|Cadeirinha|कार सीट",
        lambda r, g: _pick(r, "i-Size 76–105 cm", "ECE R44/04 9–18 kg", "i-Size 100–150 cm"),
    ),
    (
        "time zones",
        "Times|Uhrzeiten|Heures|Horas|Orari|Tijden|Horários|समय",
        lambda r, g: (lambda h: f"London {h}:00 / Berlin {h + 1}:00 / Delhi {h + 4}:30")(r.randint(8, 17)),
    ),
]
