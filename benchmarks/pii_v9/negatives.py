"""Registry of hard-negative kinds: phone-shaped under a label, patterned, and tables."""

from . import neg_patterns as p1
from . import neg_patterns2 as p2
from .neg_labelled import LABELLED, labelled
from .neg_tables import TABLES

_PATTERNED = {
    "lotto-draw": p1.lotto_draw,
    "match-result": p1.match_result,
    "cricket-score": p1.cricket_score,
    "timetable-row": p1.timetable_row,
    "dimensions": p1.dimensions,
    "isbn": p1.isbn,
    "isbn10": p1.isbn10,
    "ean": p1.ean,
    "gps-decimal": p1.gps_decimal,
    "gps-dms": p1.gps_dms,
    "bank-code": p1.bank_code,
    "postcode": p1.postcode,
    "date-numeric": p1.date_numeric,
    "money": p1.money,
    "opening-hours": p1.opening_hours,
    "meter-reading": p1.meter_reading,
    "page-range": p1.page_range,
    "flight": p1.flight,
    "train": p1.train,
    "street-address": p1.street_address,
    "percentages": p1.percentages,
    "elevation": p1.elevation,
    "population": p1.population,
    "odometer": p1.odometer,
    "blood-pressure": p1.blood_pressure,
    "dosage": p1.dosage,
    "tyre-size": p1.tyre_size,
    "version": p1.version,
    "legal-ref": p1.legal_ref,
    "court-docket": p1.court_docket,
    "year-range": p1.year_range,
    "exchange-rate": p1.exchange_rate,
    "stock-index": p1.stock_index,
    "hex-colour": p1.hex_colour,
    "mac-address": p1.mac_address,
    "radio-freq": p1.radio_freq,
    "sku": p2.sku,
    "hs-code": p2.hs_code,
    "e-numbers": p2.e_numbers,
    "cas-number": p2.cas_number,
    "patent": p2.patent,
    "doi": p2.doi,
    "icd-code": p2.icd_code,
    "pzn": p2.pzn,
    "container": p2.container,
    "aircraft-reg": p2.aircraft_reg,
    "vehicle-plate": p2.vehicle_plate,
    "dewey": p2.dewey,
    "km-marker": p2.km_marker,
    "bib-number": p2.bib_number,
    "calendar-week": p2.calendar_week,
    "po-box": p2.po_box,
    "company-register": p2.company_register,
    "siren": p2.siren,
    "vat-id": p2.vat_id,
    "split-time": p2.split_time,
    "bin-location": p2.bin_location,
    "interest-rate": p2.interest_rate,
    "marketplace-order": p2.marketplace_order,
    "gas-mprn": p2.gas_mprn,
    "log-timestamp": p2.log_timestamp,
    "raffle-tickets": p2.raffle_tickets,
    "recipe": p2.recipe,
    "temperature": p2.temperature,
    "wifi-channel": p2.wifi_channel,
    "age-group": p2.shoe_measure,
    "gauge-reading": p2.gauge_reading,
}

# kinds that belong to some number plans only
_ONLY = {
    "cricket-score": {"IN", "GB"},
    "gas-mprn": {"GB"},
    "siren": {"FR"},
    "pzn": {"DE"},
    "company-register": {"GB", "DE", "FR", "ES", "IT", "NL", "BR"},
    "marketplace-order": {"US", "GB", "DE", "IN", "FR", "ES", "IT"},
}

KINDS = {}
for _k in LABELLED:
    KINDS[_k] = ("labelled", lambda rng, lang, plan, loc, k=_k: labelled(rng, k, lang, plan))
for _k, _f in _PATTERNED.items():
    KINDS[_k] = ("pattern", lambda rng, lang, plan, loc, f=_f: f(rng, lang, plan))
for _k, _f in TABLES.items():
    KINDS[_k] = ("table", _f)

_BY_GROUP = {g: [k for k, (gg, _) in KINDS.items() if gg == g] for g in ("labelled", "pattern", "table")}


def allowed(kind, plan):
    return plan in _ONLY.get(kind, {plan})


def draw_negative(rng, lang, plan, loc, prefer=()):
    """(kind, text) of one hard negative for a document."""
    pool = [k for k in prefer if allowed(k, plan)]
    if pool and rng.random() < 0.75:
        kind = rng.choice(pool)
    else:
        group = rng.choices(["labelled", "pattern", "table"], weights=[45, 45, 10])[0]
        kind = rng.choice([k for k in _BY_GROUP[group] if allowed(k, plan)])
    return kind, KINDS[kind][1](rng, lang, plan, loc)
