"""Dutch sentences for pii_v50 (getting around)."""

G = {
    "taxi": (
        "TAXICENTRALE DE WEGWIJZER – dag en nacht, ook Schiphol",
        "Pinnen kan in elke auto; vraag de chauffeur vooraf om een bonnetje.",
        "Vooraf geboekte ritten naar het vliegveld hebben een vaste prijs, ook bij file.",
        "Rolstoelbusjes graag minstens twee uur van tevoren reserveren.",
        "Bedankt en goede reis!",
    ),
    "rental": (
        "Je huurauto staat klaar – ophalen en inleveren",
        "Neem het rijbewijs van alle bestuurders mee en de creditcard van de boeking.",
        "De auto is volgetankt en moet ook vol terugkomen.",
        "Deelautoleden openen de auto met de app; sleuteloverdracht is niet nodig.",
        "Goede rit gewenst!",
    ),
    "driving": (
        "Rijschool Voorrang – lesrooster en theorie-avonden",
        "Volgende week oefenen we rotondes en achteruit inparkeren.",
        "Notitie instructeur: eerst spiegels, dan richting aangeven. Dinsdag ging het goed.",
        "Lessen die je later dan 24 uur vooraf afzegt, rekenen we volledig.",
        "Tot donderdag op de vaste ophaalplek bij de bibliotheek.",
    ),
    "parking": (
        "PARKEREN ALLEEN MET VERGUNNING",
        "Auto's zonder zichtbare vergunning krijgen een naheffingsaanslag.",
        "Sorry, ik heb bij het wegrijden uw spiegel geraakt. Bel me even, dan regelen we het.",
        "De slagboom gaat vanzelf open voor aangemelde kentekens.",
        "Bedankt voor het vrijhouden van de uitrit.",
    ),
    "transit": (
        "Gevonden voorwerpen – bus, tram en pont",
        "Spullen die in onze voertuigen gevonden zijn, bewaren we vier weken in de remise.",
        "Aangepaste dienstregeling in het weekend door werkzaamheden aan de brug.",
        "Vermeld het voorwerp, de lijn en ongeveer hoe laat je reisde.",
        "Excuses voor het ongemak.",
    ),
    "shuttle": (
        "Boeking bevestigd: luchthavenshuttle en veerboot",
        "De chauffeur wacht in de aankomsthal met een bordje met je naam.",
        "Inchecken voor voetpassagiers sluit een half uur voor vertrek.",
        "Grote bagage zoals fietsdozen of surfplanken vooraf aanmelden.",
        "Goede reis, en houd deze bevestiging bij de hand.",
    ),
    "bike": (
        "Fietsenmaker De Spaak – reparatie, onderhoud, tweedehands fietsen",
        "Een onderhoudsbeurt is remmen, versnellingen, ketting en een veiligheidscheck.",
        "Werkbon: achterwiel gericht, nieuwe remblokjes, binnenband vervangen.",
        "De zelfservice-reparatiepaal bij het station heeft een pomp en gereedschap.",
        "Veel fietsplezier – na een maand stellen we de versnellingen gratis af.",
    ),
    "carpool": (
        "Rijschema school – eerste periode",
        "Elk gezin rijdt één week op de vier; ruilen graag eerst hier melden.",
        "Kinderen om 8:10 bij het hek, anders staan we vast op de Dorpsstraat.",
        "Zittingverhogers blijven in de auto van wie die week rijdt.",
        "Dank jullie wel, top geregeld!",
    ),
}
CONTACT = [
    "Ritten boeken, dag en nacht: {p}",
    "Vragen over je boeking? Bel {p}.",
    "Kantoor (ma–za 7–19 uur): {p}",
]
MOBILE = [
    "App je ophaaladres naar {p}, dan sturen we het kenteken terug.",
    "Mobiel van de instructeur (tijdens lessen alleen appen): {p}",
]
LANDLINE = ["Vaste lijn van de remise, alleen bellen, geen sms: {p}"]
ABROAD = ["Vanuit het buitenland bel je {p}.", "Gasten uit het buitenland: {p}"]
SERVICE = ["Gratis pechhulp: {p}", "Gevonden voorwerpen: {p}"]
EMAIL = ["Stuur je boekingsnummer naar {e}.", "Vragen over vergunningen: {e}"]
IBAN = "De borg storten we terug op: {v}"
CARD = "Klant schreef bij de boeking: schrijf maar af van kaart {v}, geldig tot 09/27."
IP = ["Inlog in de app vanaf onbekend adres: {v}", "Sessie in het boekingsportaal gestart vanaf {v}."]
DIR_HEADS = ["Wie bel je:", "Nummers voor onderweg:"]
ROLES = ["Balie luchthaven", "Meldkamer", "Remise", "Bergingswagen", "Veerterminal", "Werkplaats"]
NOPHONE = ["Telefonisch boeken kan niet, gebruik de app.", "Geen boekingen per telefoon."]
LOCAL = {
    "NL": [
        "In {town} zelf draai je gewoon {n} voor een taxi.",
        "Bel je vanuit {town}? Dan is het {n}, zonder netnummer.",
        "Gevonden voorwerpen, lokaal {town}: {n}",
    ],
}
