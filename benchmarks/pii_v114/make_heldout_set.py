"""Write tests/data/pii_heldout_v114.jsonl: a 114th, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), on antiques and
collectibles: antique dealers, coin and stamp fairs, auction houses, valuers, restorers, collectors' clubs.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first few hundred
    bytes of the English HateCheck CSV, the German Multilingual HateCheck CSV, MATH-500 and AMC23 (for
    their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when valid,
    of the wanted type and of the wanted region (region_code_for_number, so Jersey/Guernsey ranges are
    not taken for GB), and every written form parsed back to the same valid number of the stated region
    (local forms with their trunk prefix and area code put back, numbers.put_back); cards with Luhn, IBANs
    with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress
    module. Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number,
    and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language home regions,
    plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes
    removed, mod-97 IBANs, IPv4/IPv6, SSN shapes with or without separators), and each whole document again
    with its labelled spans blanked (checks.py repeats the whole-document screen). Unlike v52, a kind that
    gives no clean value in 200 draws is not replaced by a dash: the whole document is drawn again with
    other sentences (negs.Dirty; this happens where a region's numbering accepts almost any digit run, e.g.
    Austrian and German fixed lines, or Irish Dublin numbers against years like 1852–1870).
    Written under a 35-minute limit, so cells are small (1-7 sentences per slot); English has all 9 genres,
    German 7, French 6, Dutch 6, Portuguese 6, Spanish 5, Italian 5, Hindi 5. Emphasis: antiques and
    collectibles.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town (other, non-local numbers in the same document
    may belong to another town). AT/CH/BE/AU/IE documents write their own numbers internationally only and
    use DE, FR, NL or GB for national, list and service numbers (compose.LOCALES); no 00 prefixes. Hindi
    documents carry the locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n>
    (n = place in build order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL
    personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in six layouts new
    against v52: 'Label: <phone>', '<phone> (Label)', 'Label – <phone>', 'Label<TAB><phone>',
    '• Label, <phone>', 'Label / <phone>' (heads 'Contact the saleroom', 'Dealer contacts', "Who's who at
    the fair", 'Departments', 'Where to call', 'Kontakte Auktionshaus', 'Händlerverzeichnis', 'So erreichen
    Sie uns', 'Contacts de la salle des ventes', 'Annuaire des marchands', 'Contactos de la subasta',
    "Contatti della casa d'aste", 'Contactgegevens veilinghuis', 'Handelarenlijst', 'Contatos do leilão',
    'Lista de antiquários', 'संपर्क सूची', 'नीलामी घर के नंबर', ...). In AT/CH/BE/AU/IE documents some list
    entries are the home number written internationally. No phone is split across lines; words stay
    outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_more.py; make_heldout_set.py, compose.py): 9 genres, none in v52:
    dealer (antique shop stock notes), fair (coin and stamp fair exhibitor information), auction (sale
    notices and catalogues), valuer (valuation appointments, insurance and probate valuations), restorer
    (restoration estimates and workshop job sheets), club (collectors' club newsletters), invoice (buyer's
    invoices and vendor settlements), wanted (collectors' wanted adverts), clearance (house clearance and
    estate contents); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways ('Folks in Savannah can just dial ... for the shop; out-of-towners will need the
    area code', 'From any Richmond phone, the saleroom is ... and the shipping desk is ...', 'Seven digits
    from a Lancaster landline – ... – reaches the coin counter', 'If you're ringing from Ludlow itself, ...
    will do – no need for the code', 'Local callers (York exchange): the saleroom is on ..., the valuation
    office on ...', 'We're in the old corn exchange in Stamford; ring ... from town', 'Within Jaipur, simply
    dial ... for the gallery; outside callers add the STD code', 'Wer in Bamberg anruft, wählt einfach ...
    – die Vorwahl braucht es im Ort nicht', 'Aus dem Trierer Ortsnetz: Laden ..., Werkstatt ...', 'Im
    Stadtgebiet Passau genügt die ..., auswärts mit Vorwahl', 'Belt u vanuit Delft, dan is ... genoeg –
    zonder netnummer', 'Vanaf een vaste lijn in Zwolle kiest u gewoon ...', 'Quem liga de Recife disca só
    ..., sem o DDD', 'Nosso antiquário no centro histórico de Ouro Preto, telefone local ...', 'Jaipur शहर
    के अंदर से सीधे ... डायल करें, STD कोड की ज़रूरत नहीं', 'पुराने शहर, Kochi वाली दुकान का लोकल नंबर:');
    towns are new (numbers.AREAS: Charleston, Savannah, Santa Fe, Bath, York, Harrogate, Bamberg,
    Regensburg, Lübeck, Haarlem, Delft, Deventer, Ouro Preto, Recife, Jaipur, Kolkata, Varanasi, ...);
    cards for deposits, valuation fees, stand fees and invoice payments, IBANs for invoices, subscriptions,
    restoration deposits and estate proceeds, IPs of online bidding servers, fair card-reader networks,
    workshop cameras and club auction sites, SSNs on US bullion-sale tax reporting;
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: lot ranges, sale numbers, estimate
    ranges in currency, hammer prices, paddle numbers, hallmark years (1784–85), silver weights in grams,
    furniture dimensions (H × W × D cm), stamp catalogue ranges (SG, Mi., Scott, Yvert, NVPH, RHM), coin
    catalogue numbers (KM#, Spink, Friedberg, Jaeger), PCGS certificate numbers with grade, NGC certificate
    numbers (1234567-001), mintages, museum accession numbers (1954.212.3), dealer stock numbers, consignment
    numbers (C/4412/87), clock movement numbers, ISBN-13 of reference books (valid check digit), perforation
    gauges, postmark dates, reign years, silver fineness (925/1000), carat weights, dating ranges (c.
    1760–80), UK VAT numbers for the margin scheme, storage bays, valuation file references (0387/24), UPU
    parcel tracking ids, catalogue page and plate references, bid increments, sale session times, banknote
    serials (A/12 345678), coin weight with die axis (3.89 g, 12 h), print edition numbers (47/150),
    registered design numbers (Rd No), porcelain pattern numbers, US patent numbers (1,234,567), auction
    date ranges (8.–17.11.2026), fair table numbers (2B-317), buyer's premium percentages, frame sizes;
    number habits (numbers.py): US 843.282.1649, (843)282-1649, 843-282-1649, 1-843-282-1649,
    1.843.282.1649, +1-505-914-1777, +1.505.914.1777, +1 843-282-1649, (866) 422-0661, 866.422.0661,
    1 866 422 0661; GB 01225 312456, 01225-312456, 01225 312 456 (split in halves), 07868967340,
    07868-967340, 07868 967 340, +44 (0)131 6350349, +44 (0) 808 3236789, +44 7868 967340, 0808 323 6789,
    0808-323-6789; DE (0951) 456789, 06221 21 32 96, 0951-456789, 0160 4858102, (0160) 485 8102,
    +49 (0)951 456789, +49 (0) 160 4858102, 0800 875 23 14, (0800) 8752314; FR 05 79 56 99 10,
    05.79.56.99.10, 0579569910, +33 5 79 56 99 10, +33 (0)6 27 15 87 91, 08 05 21 28 12, 08.00.12.34.56;
    ES 910 07 13 69, 910071369, 910 071 369, +34 910 07 13 69, (+34) 674 446 711, 800-69-19-66; IT
    06 2834 5690, 06.2834.5690, 055-2345678, 330 715 4324, 330.7154324, 3307154324, +39 06 2834 5690,
    (+39) 330 7154324, 800.373.811; NL (043) 257 3168, 0570 593 073, 0570593073, 06 56 12 76 51,
    (06) 56127651, 06-5612 7651, +31 (0)570 593073, 0800 123 4567; PT 219 808 943, 219808943,
    +351 961 174 097, (+351) 219 808 943, 800 20 21 22; BR (92) 5634 8447, (92) 5634.8447, 92 5634.8447,
    (81) 93645-3281, (81) 936453281, 81 9 3645.3281, +55 92 5634 8447, +55-81-93645-3281, 0800 193 7103,
    0800.193.7103, 0300 ...; IN (022) 20130284, 022 2013 0284, 022-2013-0284, 78903-57812, 7890357812,
    07890357812, +91 22 2013 0284, +91 78903 57812, +91-22-20130284, 1800-35-24786,
    1860 ...; AT/CH/BE/IE/AU '+43 (0)1 305133450', '+41 (0) 31 2288187', '+32 3 468 9628',
    '+353 (0)1 9765281', '+61 (0) 400 476851'; local forms 750.8870, 919-1665, 283-268, 273124, 826 3869,
    4562 6444, 4562-6444, 470 413, 835 3414, 742-0031, 3513.7385, 49856986, 2158-0747, 2144478, 216 9969.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_BE documents from fr_FR) and e-mail user names and shop
    domains (surnames folded to ASCII); towns from numbers.AREAS; corpus negatives untouched from
    /work/shared/data, all sources other than v52's: MATH-500 problems (MIT), AMC23 problems (MIT),
    English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian,
    Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR, English HateCheck en_GB, maths en_US); screened: at
    most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes,
    dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v114.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v114.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v114.stats [RECORDS VALUES]

Counts (seed 22114; `python -m benchmarks.pii_v114.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1209 {'corpus': 120, 'neg': 295, 'pos': 794}
    values: 2261 by kind: {'PHONE': 1537, 'EMAIL': 425, 'IBAN': 136, 'CREDIT_CARD': 100, 'IP_ADDRESS': 58,
            'US_SSN': 5}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 384, 'PHONE/list-entry': 296,
            'PHONE/international': 262, 'EMAIL/role': 221, 'EMAIL/personal': 204, 'PHONE/other': 145,
            'IBAN/print': 77, 'IBAN/electronic': 59, 'CREDIT_CARD/spaced': 35, 'CREDIT_CARD/solid': 33,
            'CREDIT_CARD/dashed': 32, 'IP_ADDRESS/v4-private': 22, 'IP_ADDRESS/v6': 19, 'IP_ADDRESS/v4': 17,
            'US_SSN/spaced': 3, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'auction': 154, 'clearance': 44, 'club': 123, 'dealer': 161, 'fair': 161, 'invoice': 68,
            'restorer': 172, 'valuer': 168, 'wanted': 38}
    languages (documents written here): {'de': 159, 'en': 415, 'es': 50, 'fr': 87, 'hi': 66, 'it': 50,
            'nl': 131, 'pt': 131}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 6 (all after a kind gave no clean value in 200 draws), value redraws: 1726,
            values replaced by a dash: 0, hard-negative kinds used: 41 of 41
    US SSNs are few (5): only en_US invoice documents carry them.
"""

import json
import random
import sys
from pathlib import Path

from . import compose, corpus
from . import numbers as nb

SEED = 22114
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v114.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v114_values.jsonl"
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("IN", "en", "en_IN", 40),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "hi", "hi", 35),
]
POS_PLAN = {
    "en_US": 50,
    "en_GB": 50,
    "en_IN": 25,
    "en_AU": 20,
    "en_IE": 20,
    "de_DE": 30,
    "de_AT": 15,
    "de_CH": 15,
    "fr_FR": 30,
    "fr_BE": 12,
    "fr_CH": 10,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 25,
    "nl_BE": 15,
    "pt_BR": 25,
    "pt_PT": 20,
    "hi": 25,
}
NEG_PLAN = {
    "en_US": 35,
    "en_GB": 35,
    "en_IN": 15,
    "en_AU": 10,
    "en_IE": 10,
    "de_DE": 25,
    "de_AT": 10,
    "de_CH": 10,
    "fr_FR": 20,
    "fr_BE": 8,
    "fr_CH": 7,
    "es_ES": 20,
    "it_IT": 20,
    "nl_NL": 20,
    "nl_BE": 10,
    "pt_BR": 15,
    "pt_PT": 10,
    "hi": 15,
}


def _ctx(loc, town=None, region=None, area=None):
    lang, home, nat, _ = compose.LOCALES[loc]
    regions = sorted({home, nat, *compose.LANG_HOME[lang]})
    return {"regions": regions, "town": town, "local_region": region, "area": area}


def _doc_id(loc, kind, genre, n):
    if loc == "hi":
        return f"en_IN-{kind}-hi-{genre}-{n}", "en_IN"
    return f"{loc}-{kind}-{genre}-{n}", loc


def positive(comp, loc, genre, ctx, lead=None):
    rng = comp.rng
    lang = compose.LOCALES[loc][0]
    genres, heads, labels, neutral = compose.LEX[lang]
    g = genres[genre]
    for _ in range(100):
        segs, vals = [], []
        comp.fill(rng.choice(g["titles"]) + "\n\n", loc, segs, vals, ctx)
        body = comp.pick(g["pos"], loc, rng.choice((1, 2) if lead else (1, 2, 2, 3)))
        body += comp.pick(g["neg"], loc, rng.choice((0, 1, 1)))
        rng.shuffle(body)
        if lead:
            body.insert(rng.randrange(0, min(2, len(body)) + 1), lead)
        if rng.random() < 0.3:
            body.append(rng.choice(neutral))
        try:
            for i, sent in enumerate(body):
                sep = "" if i == 0 else ("\n\n" if rng.random() < 0.25 else " ")
                comp.fill(sep + sent, loc, segs, vals, ctx)
        except compose.negs.Dirty:
            comp.doc_redraws += 1
            continue
        if not lead and rng.random() < 0.25:
            layout = rng.choice(compose.LAYOUTS)
            segs.append(("\n\n" + rng.choice(heads) + "\n", None))
            for lab in rng.sample(labels, rng.choice((2, 3))):
                text, val = comp.phone(loc, "list-entry")
                if compose.LOCALES[loc][1] != compose.LOCALES[loc][2] and rng.random() < 0.4:
                    text, val = comp.phone(loc, "international")
                    val["mode"] = "list-entry"
                line = layout(lab, "\x00")
                a, b = line.split("\x00")
                segs += [(a, None), (text, "PHONE"), (b + "\n", None)]
                vals.append(val)
        else:
            segs.append(("\n", None))
        text, spans = compose.assemble(segs)
        if not compose.negs.dirty(compose.blank(text, spans), ctx["regions"], whole=True):
            return text, spans, vals
        comp.doc_redraws += 1
    raise RuntimeError("no clean document")


def negative(comp, loc, genre, ctx):
    rng = comp.rng
    lang = compose.LOCALES[loc][0]
    genres, _, _, neutral = compose.LEX[lang]
    pool = [s for g in genres.values() for s in g["neg"]]
    for _ in range(100):
        segs, vals = [], []
        comp.fill(rng.choice(genres[genre]["titles"]) + "\n\n", loc, segs, vals, ctx)
        own = rng.sample(genres[genre]["neg"], min(len(genres[genre]["neg"]), rng.choice((1, 2))))
        body = own + rng.sample([s for s in pool if s not in own], rng.choice((1, 2)))
        if rng.random() < 0.5:
            body.insert(rng.randrange(len(body) + 1), rng.choice(neutral))
        try:
            for i, sent in enumerate(body):
                comp.fill(("" if i == 0 else " ") + sent, loc, segs, vals, ctx)
        except compose.negs.Dirty:
            comp.doc_redraws += 1
            continue
        segs.append(("\n", None))
        text, spans = compose.assemble(segs)
        if not compose.negs.dirty(text, ctx["regions"], whole=True):
            return text, spans, vals
        comp.doc_redraws += 1
    raise RuntimeError("no clean negative")


def build(seed=SEED):
    rng = random.Random(seed)
    comp = compose.Composer(rng, seed)
    out, n = [], 0
    for region, lang, loc, count in LOCAL_PLAN:
        done = 0
        phrases = compose.LOCAL_PHRASES[(region, lang)]
        genres = sorted(compose.LEX[lang][0])
        while done < count:
            town = rng.choice(sorted(nb.AREAS[region]))
            ok = [p for p in phrases if count - done > 1 or "{L2}" not in p]
            lead = rng.choice(ok)
            genre = rng.choice(genres)
            ctx = _ctx(loc, town, region, nb.AREAS[region][town])
            text, spans, vals = positive(comp, loc, genre, ctx, lead)
            done += sum(v.get("mode") == "local-announced" for v in vals)
            did, locale = _doc_id(loc, "pos", genre, n)
            out.append(({"id": did, "locale": locale, "text": text, "spans": spans}, vals))
            n += 1
    for plan, kind in ((POS_PLAN, "pos"), (NEG_PLAN, "neg")):
        for loc, count in plan.items():
            genres = sorted(compose.LEX[compose.LOCALES[loc][0]][0])
            for _ in range(count):
                genre = rng.choice(genres)
                ctx = _ctx(loc)
                fn = positive if kind == "pos" else negative
                text, spans, vals = fn(comp, loc, genre, ctx)
                did, locale = _doc_id(loc, kind, genre, n)
                out.append(({"id": did, "locale": locale, "text": text, "spans": spans}, vals))
                n += 1
    out += corpus.corpus_records(rng)
    rng.shuffle(out)
    return out, comp


def write(out, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for rec, vals in out:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    out, comp = build()
    paths = (Path(argv[0]), Path(argv[1])) if len(argv) >= 2 else (RECORDS, VALUES)
    write(out, *paths)
    print(
        f"documents: {len(out)}; document redraws: {comp.doc_redraws}; value redraws: "
        f"{comp.drawer.redraws}; kinds given up after 200 draws (document redrawn): {comp.drawer.replaced}; "
        f"kinds used: {len(comp.drawer.used)} of {len(compose.negs.KINDS)}; unused: "
        f"{sorted(set(compose.negs.KINDS) - set(comp.drawer.used))}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
