"""Negative-only genres: documents full of numbers, none of them a phone number or other labelled value."""

from __future__ import annotations

from benchmarks.pii_v7.genre import G

NEG = [
    G(
        "meter-reading-postcard",
        "en_GB",
        "{T} Water|Northern Power",
        """
{ORG} - meter reading card
{K:meter_id}
Reading on {D}: {K:meter_reading}
{K:contract}. {K:phone_ref}
""",
    ),
    G(
        "warehouse-pick-list",
        "en_US",
        "{T} Fulfillment Center|Dock 4",
        """
{ORG} - pick list {K:order}
{K:part}  qty {n}  {K:quantity}
{K:part}  qty {n}  {K:batch}
{K:sscc}
Carrier {K:parcel}. Dock closes {H}
""",
    ),
    G(
        "lottery-results",
        "es_ES",
        "Sorteo del jueves|Lotería de {T}",
        """
{ORG} - {D}
{K:lottery}
{K:lottery_ticket}, premio {M}
Recaudación {M}. {K:crowd}
""",
    ),
    G(
        "sports-results-column",
        "de_DE",
        "Regionalliga Nord|Kreisliga {T}",
        """
{ORG} - Ergebnisse vom {D}
{S} - {S} {K:score}. {K:crowd}
{S} - {S} {K:score}
Nächster Spieltag {H}. {K:bus_line} fährt zum Stadion.
""",
    ),
    G(
        "parking-penalty-notice",
        "en_GB",
        "{T} City Council Parking Services|Civil Enforcement, {T}",
        """
{ORG} - Penalty Charge Notice {K:case}
Vehicle {K:plate}, observed {D} at {H}, bay {n}
Amount {M} (halved if paid within 14 days). {K:phone_ref}
""",
    ),
    G(
        "train-delay-certificate",
        "de_DE",
        "DB Regio|Fahrgastrechte",
        """
{ORG} - Verspätungsbestätigung
{K:train} am {D}, planmäßig {H}, Verspätung {n} Minuten. {K:platform}
{K:booking}. Erstattung {M}. {K:customer}
""",
    ),
    G(
        "exam-timetable",
        "fr_FR",
        "Examens - session de juin|Lycée {S}",
        """
{ORG}
{D} {H} - {K:room} - {K:candidate}
{D} {H} - {K:room} - {K:candidate}
{K:pupil}. {K:tax_phone} (ne pas confondre)
""",
    ),
    G(
        "recipe-card",
        "it_IT",
        "Ricette della nonna|Cucina di {T}",
        """
{ORG} - torta di mele
{K:quantity}, {K:quantity}, forno {K:reading}
Tempo {H}. {K:reading} per porzione. {K:isbn}
""",
    ),
    G(
        "pharmacy-label-batch",
        "nl_NL",
        "Apotheek {T}|Apotheek De Gaper",
        """
{ORG}
{K:prescription} - {K:dosage}
{K:batch}, houdbaar tot {D}. {K:ean}
{K:patient}. {K:claim}
""",
    ),
    G(
        "car-service-record",
        "pt_BR",
        "Auto Center {S}|Oficina {T}",
        """
{ORG} - revisão
{K:plate}, {K:vin}
{K:odometer}. Peças: {K:part}, {K:part}
Total {M}. {K:invoice}
""",
    ),
    G(
        "flight-itinerary-summary",
        "en_IN",
        "Trip summary|Itinerary",
        """
{ORG} - {N}
{K:flight}, {D}, {H}, {K:gate}, {K:seat}
{K:train}, {K:berth_in}, {K:pnr}
Hotel {K:booking}. Total {M}
""",
    ),
    G(
        "library-acquisitions-list",
        "en_US",
        "{T} Public Library|Acquisitions",
        """
{ORG} - new titles ({D})
{K:isbn}  {K:pages}
{K:isbn}  {K:pages}
{K:inventory}. Budget {M}
""",
    ),
    G(
        "insurance-claim-acknowledgement",
        "es_ES",
        "Seguros {S}|Mutua de {T}",
        """
{ORG} - acuse de recibo
{K:policy}. {K:claim}
Fecha del siniestro {D}. Perito asignado: {N}
{K:case}. {K:phone_ref}
""",
    ),
    G(
        "boat-register-entry",
        "nl_BE",
        "Jachthaven {T}|Havenregister",
        """
{ORG}
{K:hull}, {K:berth}, {K:quantity}
Liggeld {M} tot {D}. {K:coords}
{K:account_no}
""",
    ),
    G(
        "site-diary",
        "de_AT",
        "Bautagebuch|Baustelle {T}",
        """
{ORG} - {D}
Wetter {K:reading}, {K:reading}. Beginn {H}
Lieferung {K:parcel}, {K:quantity}. {K:permit}
{K:phone_ref}
""",
    ),
    G(
        "product-recall-notice",
        "fr_BE",
        "Rappel de produit|Avis de rappel",
        """
{ORG} - {D}
{K:ean}, {K:batch}, à consommer avant {D}
{K:serial}. Remboursement {M}. {K:phone_ref}
""",
    ),
    G(
        "race-results",
        "it_IT",
        "Maratonina di {T}|Corsa campestre {T}",
        """
{ORG} - classifica
1. {N} {K:bib} {H}
2. {N} {K:bib} {H}
{K:crowd}. {K:years}
""",
    ),
    G(
        "software-release-notes",
        "en_AU",
        "Release notes|Changelog",
        """
{ORG} - {K:version}
Fixed crash in {K:ticket}. {K:version}
Build date {D}. {K:serial}
""",
    ),
    G(
        "land-survey-summary",
        "fr_CH",
        "Géomètre {S}|Relevé cadastral",
        """
{ORG} - {D}
{K:coords}, {K:quantity}, {K:quantity}
{K:permit}. {K:tax_phone}
""",
    ),
    G(
        "stock-take-sheet",
        "en_IE",
        "Stock take|{T} Hardware",
        """
{ORG} - {D}
{K:part} x {n}; {K:part} x {n}; {K:ean}
{K:inventory}. Value {M}. {K:customer}
""",
    ),
    G(
        "hospital-ward-board",
        "pt_BR",
        "Quadro da enfermaria|Ala {T}",
        """
{ORG} - {D}
{K:ward_bed}: {K:patient}, {K:dosage}
{K:ward_bed}: {K:patient}, {K:dosage}
{K:prescription}. Plantão {H}
""",
    ),
    G(
        "tax-office-letter-extract",
        "de_CH",
        "Steueramt {T}|Kantonale Steuerverwaltung",
        """
{ORG} - {D}
{K:tax_phone}. {K:vat}. Betrag {M}
{K:section}. {K:phone_ref}
""",
    ),
]
