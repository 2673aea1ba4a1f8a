"""Nederlandse zinnen voor v42 (nl_NL, nl_BE), nieuw geschreven."""

GENRES = {
    "gp": {
        "head": [
            "Huisartsenpraktijk {org} — mededeling\nBijgewerkt door {name}",
            "Vaccinatiecampagne bij apotheek {org}",
        ],
        "fill": [
            "Herhaalrecepten ({drug}) zijn na twee werkdagen klaar.",
            "De booster is er voor iedereen van {ageband} jaar; neem uw BSN/rijksregisternummer "
            "({patient_id}) mee.",
            "De bloeddrukmeter in de wachtkamer print waarden als {bp}.",
            "Gemiddelde wachttijd op het inloopspreekuur vanochtend: {wait} minuten.",
            "Praktijkcode {practice}, BIG-registratie {regno}.",
        ],
        "sign": "Wees vriendelijk voor onze assistentes.",
    },
    "hosp": {
        "head": [
            "Ontslagbrief — {org}\nBehandelend arts: {name}",
            "Uw afspraak op de polikliniek, {org}\nBeste {name},",
        ],
        "fill": [
            "U lag op afdeling/bed {wardbed}, patiëntnummer {mrn}.",
            "Diagnose {icd}; bij ontslag RR {bp}, pols {pulse}, temperatuur {temp}.",
            "Ga door met {dose}; het infuus van {infusion} is gestopt.",
            "Meld u bij kamer {room}, afspraakkenmerk {aptref}.",
            "Het controle-ECG liet een {qtc} zien, normaal.",
        ],
        "sign": "Kunt u niet komen, laat het ons op tijd weten.",
    },
    "lab": {
        "head": [
            "Uitslagenbrief laboratorium {org}\nAanvrager: {name}",
            "Uw bloeduitslagen zijn binnen\nLab {org}",
        ],
        "fill": [
            "Monster {specimen}: kalium binnen de referentiewaarde {refrange}.",
            "HbA1c {hba1c}, nuchtere glucose {glucose}.",
            "Nierfunctie (eGFR) {egfr}; totaal cholesterol {chol}.",
            "Uw INR is vandaag {inr}; houd dezelfde dosering aan.",
        ],
        "sign": "Uitslagen geven we alleen aan uzelf of uw gemachtigde.",
    },
    "care": {
        "head": [
            "Nieuwsbrief woonzorgcentrum {org}\nVan de locatiemanager, {name}",
            "Bezoekregels — zorgcentrum {org}",
        ],
        "fill": [
            "De kamers tot en met {room} hebben nieuwe hoog-laagbedden.",
            "Bij koorts boven {temp} vragen we u het bezoek uit te stellen.",
            "Meneer De Wit liep deze maand {steps} stappen per dag in de tuin.",
            "Bij de gehoortest zagen we bij meerdere bewoners verlies rond {hearing}.",
        ],
        "sign": "Dank aan alle families die hielpen bij de zomermarkt.",
    },
    "tele": {
        "head": [
            "Zo werkt uw beeldbelafspraak\n{org}, opgesteld door {name}",
            "Handleiding e-consult — {org}",
        ],
        "fill": [
            "Vergadering-ID {meeting}, toegangscode {passcode}.",
            "Werk de app bij naar versie {appver} of hoger.",
            "Houd uw meter klaar: we vragen naar waarden als {bp} en uw {spo2}.",
            "Typ het kenmerk {aptref} precies zoals op de brief.",
        ],
        "sign": "Bevriest het beeld, dan schakelt de arts over op bellen zonder beeld.",
    },
    "eyedent": {
        "head": ["Herinnering van {org}\nVoor {name}", "TIJD VOOR UW CONTROLE — {org}"],
        "fill": [
            "Vorige keer noteerden we elementen {teeth} om in de gaten te houden.",
            "Uw huidige brilsterkte: {eyerx}.",
            "Gezichtsscherpte van het zwakste oog: {acuity}.",
            "Neem de oproepkaart met kenmerk {aptref} mee.",
        ],
        "sign": "Niet tijdig afgezegde afspraken kunnen in rekening worden gebracht.",
    },
    "helpline": {
        "head": ["Zit je ergens mee? Folder van {org}", "Forumbericht op {org}\ngeplaatst door {name}"],
        "fill": [
            "Sinds ik 's avonds wandel, is mijn rustpols {pulse}.",
            "Mijn huisarts schreef {dose} voor; de eerste weken waren zwaar.",
            "Op zondagavond beantwoorden onze vrijwilligers zo'n {wait} gesprekken per uur.",
            "Voor jongeren van {ageband} jaar is de wachtlijst korter.",
        ],
        "sign": "Ben je in direct gevaar, bel dan de hulpdiensten.",
    },
    "fitness": {
        "head": [
            "Lesrooster en fysiotherapie — {org}\nSamengesteld door {name}",
            "Je revalidatieschema\n{org}, fysiotherapeut: {name}",
        ],
        "fill": [
            "Knie: {sets}, drie keer per week.",
            "Train de eerste twee weken in hartslagzone {zone}.",
            "Lidnummer {member}, kluisje {locker}.",
            "Laatste test: VO2max {vo2}, BMI {bmi}, lengte/gewicht {hw}.",
        ],
        "sign": "Maak de toestellen na gebruik schoon.",
    },
}

GENERAL = [
    "De assistente is bereikbaar op {phone}.",
    "Vragen over deze brief? Bel {phone}.",
    "Afspraak verzetten kan via {phone}.",
]
MOBILE = "Sms-herinneringen komen van {phone}; u kunt erop reageren."
FIXED = "Vaste lijn van de afdeling: {phone}."
ABROAD = ["Vanuit het buitenland belt u {phone}.", "Familie in het buitenland kan ons bellen op {phone}."]
SERVICE = ["Gratis informatielijn: {phone}.", "Servicenummer huisartsenpost: {phone}."]
LOCAL = {"NL": ["Binnen {town} draait u alleen {local}.", "Vanuit {town} zelf: {local} (zonder netnummer)."]}
EMAIL = ["Stuur formulieren naar {email}.", "Je fysio mailen kan ook: {email}."]
IBAN = "Zelf betalen? Maak het over naar {iban}."
CARD = "Eigen bijdrage betaald met kaart {card}, bon bijgevoegd."
IP_PRIV = "Voor de ICT: de beeldbelzuil in de huiskamer zit op {ip}."
IP_PUB = "Blokkeert uw firewall het gesprek, sta dan onze server {ip} toe."
DIR_HEAD = ["Handige nummers", "Wie bel je"]
ROLES = ["Balie", "Apotheek", "Teamleider", "Fysiotherapie", "Uitslagenlijn", "Nachtdienst"]
NOPHONE = ["Uitslagen geven we niet telefonisch door.", "Bel de afdeling niet voor labwaarden."]
