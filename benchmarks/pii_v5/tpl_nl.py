"""Dutch positive templates (nl_NL)."""

T = {
    "shownotes": [
        """Aflevering {n:5-150}: {pick:Moestuin in de stad|Verhalen uit de wijk|De zaak van de eeuw|Oude radio's}
Opgenomen op {date}, duur {n:30-90} min.
Te gast: {p1} ({org}). Genoemd: {neg:isbn}, {neg:statute}.
Wil je meedoen? {ctx} {loc} (voicemail {neg:hours}){pick: of mail {email:role}|}.""",
    ],
    "onderzoek": [
        """DEELNEMERS GEZOCHT — onderzoek naar {pick:astma|slaap|migraine|eczeem}
Het {org} zoekt volwassenen van {n:18-30} tot {n:55-70} jaar uit de regio {town}. Registratie {neg:trial_id}.
Vergoeding tot {neg:price}; {n:3-9} bezoeken.
Aanmelden? {ctx} {loc}{pick: of {email:role}| (gratis: {svc})|}. Goedgekeurd door de METC op {neg:date}.""",
    ],
    "spreekuur": [
        """Spreekuren — opleiding {pick:Geschiedenis|Scheikunde|Rechten|Muziekwetenschap}
Dr. {p1}: {day} {neg:time}, {neg:room}; {ctx} {loc}
Prof. {p2}: op afspraak{pick: via {email:p2}|}
Secretariaat: {p3}, {neg:hours}, {nat}
Tentamen op {neg:date} in {neg:room}.""",
    ],
    "veiling": [
        """Kavel {n:1-400}: {pick:notenhouten secretaire|paar Delftse vazen|zilveren zakhorloge|verzameling ansichtkaarten}, {neg:year_range}. {neg:measurement}.
Taxatie {neg:price}. {neg:accession}.
Schriftelijk en telefonisch bieden: {p1}, {ctx} {loc}{pick:; {email:role}|}. {pick:Telefonisch bieden alleen met creditcard: {cc}.|}
Opgeld {neg:percent}. Kijkdag {day} {neg:time}.""",
    ],
    "dierenarts": [
        """Dierenkliniek {org} — patiëntkaart
Dier: {pick:Bobbie|Poes|Snuf|Max} ({pick:kruising|Europese korthaar|dwergkonijn|labrador}), {neg:microchip}
Gewicht {neg:measurement}, temperatuur {neg:temperature}
Eigenaar: {p1}, {street}. {ctx} {loc}{pick:; mobiel {mob}|}
{date}: vaccinatie, {neg:lot}. Volgende {neg:date}.
Incasso van {iban}. {neg:invoice}""",
    ],
    "coop_nieuwsbrief": [
        """Nieuwsbrief {pick:Zuivelcoöperatie|Boerencoöperatie|Fruittelers} {town} — {pick:voorjaar|najaar|winter}
Melkprijs {neg:price} per liter; voorraad {neg:stock}.
De maaier ({neg:model}) is gereserveerd tot {neg:date}. Reserveren: {ctx} {loc} ({p1:f}).
Telefoonlijst van de leden:
{rows:2-3}
Contributie op {iban} o.v.v. {neg:account_ref}.""",
    ],
    "rommelmarkt": [
        """ROMMELMARKT {day} vanaf {neg:time}, {street}, {town}
Kinderkleding, {pick:gereedschap|lp's|boeken|servies}, alles onder {neg:price}.
Vragen? {ctx} {loc}{pick: (na 18.00 uur)|}. {pick:Alleen contant.|Kraam reserveren: maak {neg:price} over naar {iban}.}""",
        """Verhuisuitverkoop tot {neg:date}: bank {neg:price}, wasmachine ({neg:model}) {neg:price}.
Ophalen {street}. {pick:Bel|Even bellen met} {p1:f}: {loc} of {mob}.""",
    ],
    "gastenboek": [
        """{date}, kamer {n:1-20}. Heerlijk verblijf, wat een ontbijt! {p1} en {p2:f}, {city}
{date}. Als jullie ooit in de buurt zijn: {email:p3}, tel. {abroad}
{date}. {n:2-8} nachten, {neg:score} met klaverjassen. Familie {last}""",
    ],
    "belboom_volkstuin": [
        """Volkstuinvereniging {pick:De Eendracht|Ons Buiten|Tuinlust} {town}
Water gaat aan op {date}. Container tot {neg:date}.
Belboom (telefoonnummers, netnummer {area}):
{rows:2-3:plot}
Sleutel bij de voorzitter, {p1}: {ctx} {loc}.""",
    ],
    "koor_rooster": [
        """{pick:Kamerkoor|Gospelkoor|Zangvereniging} {town} — telefoonlijst {n:2023-2025}
{rows:2-3:voice}
Repetitie {day} {neg:time}, {neg:room}.""",
    ],
    "radio_nl": [
        """[{neg:time}] PRESENTATOR: ...en de derby eindigt in {neg:score}. Je luistert naar {neg:frequency}.
[{neg:time}] PRESENTATOR: De lijnen zijn open, {ctx} {loc}.
[{neg:time}] LUISTERAAR ({p1:f} uit {town}): Hoi, ik wilde even zeggen...
[{neg:time}] Verkeer: {neg:bus} rijdt om tot {neg:date}.""",
    ],
    "fietsreparatie": [
        """Repair Café {town} — fietsenwerkplaats
Open {neg:hours}. Onderdelen op voorraad: {neg:part}, {neg:sku}.
Afspraak maken: {ctx} {loc}. Vragen over je e-bike ({neg:serial}) {pick:via {email:role}|via de balie}.""",
    ],
}
