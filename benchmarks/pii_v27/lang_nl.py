"""Nederlandse formuleringen (nl_NL, nl_BE)."""

L = {
    "titles": {
        "message": ["Hoi {first}!", "Vraagje", "Hee allemaal"],
        "email": [
            "Onderwerp: RE: overdracht voor mijn vakantie",
            "Onderwerp: uw vraag over de woning",
            "Onderwerp: FW: nieuw adres",
        ],
        "community": ["Buurtgroep {town}", "Kat vermist – {town}", "Organisatie burendag"],
        "shop": ["Stomerij {last}", "MEDEDELING AAN ONZE KLANTEN", "Nu ook op zondag open!"],
        "public": [
            "Bibliotheek {town}: andere openingstijden",
            "GGD: griepprik",
            "Bekendmaking wegwerkzaamheden",
        ],
        "form": ["AANMELDFORMULIER VRIJWILLIGERS", "Verhuurdersverklaring", "Verlenging lidmaatschap"],
        "listing": [
            "TE KOOP: kleine auto, eerste eigenaar",
            "Kamer vrij in studentenhuis {town}",
            "Klusjesman – geen klus te klein",
        ],
    },
    "body": {
        "message": [
            "Goed geland, alleen een rij bij de paspoortcontrole.",
            "Neem je nog melk mee?",
            "Ben 10 min later sorry!!",
            "Mam zegt dat de bbq doorgaat tenzij het giet.",
        ],
        "email": [
            "Dank voor uw snelle reactie.",
            "Bijgaand de ondertekende kopie.",
            "Excuses voor de late reactie.",
            "Laat het gerust weten als iets onduidelijk is.",
        ],
        "community": [
            "Weet iemand waarom de lantaarnpalen in onze straat weer uit zijn?",
            "Dank aan iedereen die zaterdag zwerfafval kwam prikken!",
            "Ze is klein, grijs en erg schuw.",
            "De gemeente heeft nog steeds niet op onze brief gereageerd.",
        ],
        "shop": [
            "Elke eerste maandag van de maand gesloten wegens training.",
            "Kleding die na 60 dagen niet is opgehaald gaat naar een goed doel.",
            "Vanaf volgende maand alleen pinnen.",
            "Bedankt dat u lokaal koopt!",
        ],
        "public": [
            "De zelfservicezuilen blijven beschikbaar.",
            "Neem een geldig identiteitsbewijs mee.",
            "Bewoners blijven de straat in kunnen.",
            "Een mondkapje is niet meer verplicht.",
        ],
        "form": [
            "Graag invullen in blokletters.",
            "Deel B: uw gegevens",
            "Ik verklaar dit naar waarheid te hebben ingevuld.",
            "Handtekening: ____________",
        ],
        "listing": [
            "Dealeronderhouden, twee sleutels, nieuwe APK.",
            "Inclusief G/W/L, per de 1e beschikbaar.",
            "Bezichtiging op afspraak.",
            "Verzekerd, gratis offerte.",
        ],
    },
    "phone": [
        ("nl_appje_thuis", "mob", "Stuur even een appje als je thuis bent: {n}"),
        ("nl_nieuw_nummer", "mob", "Nieuw nummer, oude telefoon is kapot – even opslaan: {n}"),
        ("nl_balie", "fix", "Bij spoed graag direct de balie bellen: {n}."),
        ("nl_inspreken", "any", "Spreek gerust iets in op {n}, we bellen terug."),
        ("nl_kat_bellen", "any", "Gezien? Bel dan {n}, maakt niet uit hoe laat."),
        ("nl_vragen_naar", "any", "Bellen naar {n} en vragen naar {first}."),
        ("nl_buurtapp", "mob", "Wil je in de buurtapp? App {first} op {n}."),
        ("nl_vaste_lijn", "fix", "Ik zit niet op WhatsApp, bel maar op de vaste lijn: {n}."),
        ("nl_bezichtigen", "any", "Bezichtigen? Bel of sms {n}."),
    ],
    "local": [
        ("nl_local_buurthuis", "Telefoon buurthuis: {n} – er is bijna altijd iemand."),
        ("nl_local_bel_ons", "Bel ons thuis op {n}, we staan onder {last} in de gids."),
        ("nl_local_winkel", "Tel. winkel {n} (antwoordapparaat als we bezorgen)"),
    ],
    "service": [
        ("nl_svc_gratis", "Gratis servicenummer {n}, ma t/m za."),
        ("nl_svc_storing", "Storing melden: {n}."),
    ],
    "EMAIL": ["Mail de data maar naar {v}.", "Stuur je cv voor vrijdag naar {v}.", "Vragen? Mail {v}."],
    "IBAN": ["De borg graag op mijn rekening, IBAN {v}.", "Overmaken naar IBAN {v}, o.v.v. je achternaam."],
    "CREDIT_CARD": ["Ik heb geboekt met creditcard {v}, kun je kijken?", "Creditcard van de boeking: {v}"],
    "IP_ADDRESS": ["Het beheerscherm van de router zit op {v}.", "Alle spam kwam van {v}, graag blokkeren."],
    "lab": {
        "any": ["Tel.", "Telefoon"],
        "mob": ["Mobiel", "06/WhatsApp"],
        "fix": ["Vast", "Kantoor"],
        "svc": ["Klantenservice", "Servicenummer"],
        "EMAIL": ["E-mail", "Mail"],
        "IBAN": ["IBAN"],
        "CREDIT_CARD": ["Kaartnr."],
        "IP_ADDRESS": ["IP"],
    },
    "pl": {
        "regards": ["Groetjes,", "Met vriendelijke groet,", "Groet,", "Dank!"],
        "ps": "PS:",
        "wrote": "Op {day} schreef {name}:",
        "q": "V:",
        "a": "A:",
        "vm": "Voicemail ({dur}) van",
        "vm_say": '"Hoi, met {first}, bel je me terug?"',
        "ooo": "Ik ben tot en met {day} afwezig en lees mijn mail beperkt.",
        "fwd": "---------- Doorgestuurd bericht ---------",
        "from": "Van",
        "to": "Aan",
        "subject": "Onderwerp",
        "tear": "SCHEUR AF",
        "ticked": "Voorkeur contact",
    },
    "roster": {
        "phone": [
            "Belboom – als de school dicht is, bel de volgende:",
            "Vrijwillige chauffeurs",
            "Wie bel je",
            "Bestuur",
        ],
        "other": ["Volkstuinen", "Leden", "Winnende loten", "Rooster"],
    },
    "days": ["ma", "di", "wo", "do", "vr", "za"],
    "roles": ["voorzitter", "penningmeester", "secretaris", "EHBO", "sleutel"],
    "ref_frames": [
        "Graag vermelden: {label} {v}.",
        "{Label}: {v}",
        "Voor het geval dat – {label} {v}.",
        "Ze vragen weer om: {label} ({v}).",
        "Houd bij de hand – {label}: {v}.",
    ],
    "fact_frames": [
        "{Label}: {v}",
        "Vandaag: {label} {v}.",
        "Ter info, {label} {v}.",
        "Vorige keer: {label} {v}.",
        "({label}: {v})",
    ],
    "neg": """sort_code=bankcode/rekening
routing_number=routingnummer
nhs_number=zorgpasnummer
mrn=patiëntnummer
rx_number=receptnummer
vaccine_batch=batch
appointment_ref=afspraaknummer
booking_ref=boekingsbevestiging
flight=vlucht
pnr=boekingscode
train_seat=rijtuig/plaats
plate=kenteken
vin=chassisnummer
mac=MAC-adres
door_code=deurcode
key_safe=code sleutelkluis
raffle=loten
shelfmark=plaatsnummer
plot=tuin
title_number=kadastraal perceel
planning_ref=omgevingsvergunning
pcn=boetenummer
permit_number=parkeervergunning
council_tax_ref=aanslagnummer
tax_ref=fiscaal nummer
staff_number=personeelsnummer
po_box=postbus
flat=huisnr.
gift_card=cadeaukaart
member_number=lidnummer
library_card=bibliotheekpas
cheque_number=chequenummer
model_number=type
loan_ref=leningnummer
claim_number=schadenummer
rma=retournummer
job_ref=vacaturenummer
support_case=ticket
grid_ref=kaartvak
blood_pressure=bloeddruk
glucose=bloedsuiker
steps=stappen vandaag
dosage=dosering
mileage=kilometerstand
tyre_size=banden
resolution=scherm
storage=opslag
lottery=lottogetallen
hymns=liederen
bible_ref=lezing
page_ref=blz.
payslip=netto
shift=dienst
hours=uren deze week
salary=salaris
dob=geboortedatum
ages=leeftijd
votes=stemming
signatures=handtekeningen
donations=opgehaald
headcount=volwassenen + kinderen
temperature=temperatuur
rainfall=neerslag
address_range=huisnummers
bus_route=buslijnen
score=cijfer
bin_day=afvalkalender
body_weight=gewicht
height=lengte
shoe_size=schoenmaat
fuel_use=verbruik
tariff=kWh-prijs
interest_rate=rente
gps_dms=coördinaten
elevation=hoogte
distance=afstand
duration=looptijd
date_range=periode
year_range=jaren
time_range=tijd
unit_price=prijs""",
}
