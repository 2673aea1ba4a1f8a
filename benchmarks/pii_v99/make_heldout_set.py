"""Write tests/data/pii_heldout_v99.jsonl: a ninety-ninth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), built on v52's format.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first few hundred bytes
    of MATH-500, AMC23, the English HateCheck CSV and the German Multilingual HateCheck CSV (for their
    fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when valid,
    of the wanted type and region (local numbers: subscriber part not starting with 0 or 1, and the area
    code's length equal to phonenumbers' geographical area code length), and every written form parsed back
    to the same valid number of the stated region (local forms with trunk prefix and area code put back,
    numbers.put_back; checks.py does it again); cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as
    v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID)
    for the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail
    shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes),
    and each whole document again with its labelled spans blanked (checks.py repeats the whole-document
    screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped
    build none was. Written under a 35-minute limit: cells are small (1-7 sentences per slot, kept in the
    plain-text files text_en.txt, text_eu.txt, text_south.txt and read by lex.py); English has 8 genres,
    German 5, French 4, Dutch 4, Portuguese 5, Spanish 3, Italian 3, Hindi 3. Emphasis: property sales.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code (US: 3), null for every other phone; text = the
    subscriber part only; a document's local numbers share one area code and the phrasing names its town.
    AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB for
    national, list and service numbers (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale
    en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build
    order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role,
    CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    'international' = written with a leading + (sometimes inside parentheses, '(+34) 614 920 667').
    list-entry = a phone in a contact block at the end of a document, one per line, in six new layouts:
    'Label — <phone>', '<phone> (Label)', '• Label: <phone>', 'Label<TAB><phone>', '<phone> – Label',
    'Label tel. <phone>' (heads 'Who's who at the branch', 'Direct lines', 'Team contacts', 'Numbers for
    this sale', 'Ihre Ansprechpartner', 'Durchwahlen', 'Vos interlocuteurs', 'Contactos de la agencia', 'I
    nostri recapiti', 'Uw contactpersonen', 'Contatos da equipe', 'संपर्क सूची', ...). No phone is split
    across lines; words stay outside the span.

What is new against v52, by module
    genres (text_*.txt, lex.py, compose.py): 8 genres, none in v52: listing (estate-agent particulars),
    viewing (viewing confirmations), auction (property auction catalogues and bidder registration),
    mortgage (mortgage-broker letters and loan offers), survey (surveyor and snagging reports), newbuild
    (new-build sales offices and plot reservations), swap (house-swap notices), progress (sale
    progression and chain updates); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; greetings
    and sign-offs with Faker names. Local numbers announced in new ways, before, after, on the line above,
    in a remark or in reported speech ('Landline in Tulsa? Then the branch is simply ...', '(If you're
    calling from within York, it's just ... – no need for the code.)', 'Local number for the Leeds office,
    no code needed:' + newline, 'Our negotiator said on the phone: "From a Fresno landline you only dial
    ..."', 'Remark from the branch: Exeter residents dial ... without the area code', 'Phone ... (that's our
    Omaha number, for calls made locally)', 'The Omaha show home answers on ... when you dial from town',
    'Aus dem Ortsnetz Kiel wählen Sie einfach ...', 'Büro Bonn (ohne Vorwahl):' + newline, 'Wie Herr Krause
    am Telefon sagte: „Wer in Dresden anruft, wählt nur ...“', '... – so erreichen Sie das Büro, wenn Sie aus
    Potsdam anrufen', 'Belt u vanuit Zwolle? Dan is het kantoor gewoon ...', '"Uit Tilburg zelf draai je
    alleen ...," zei de makelaar aan de telefoon', 'Ligando de um fixo em Natal? Basta discar ...', 'Como
    disse a corretora ao telefone: "daqui de Recife é só discar ..."', '... – é só esse número se você
    estiver em Manaus', 'Pune के लैंडलाइन से हमारे ऑफिस का नंबर सिर्फ़ ... है', 'एजेंट ने फ़ोन पर कहा, "Kochi से हो
    तो बस ... डायल कीजिए।"', ...); cards for reservation fees, auction registration deposits, valuation and
    arrangement fees; IBANs for reservation fees, auction deposits, notary and solicitor client accounts;
    IPs of vendors' CCTV recorders, smart heating hubs and video-tour servers; SSNs on US mortgage credit
    pulls;
    46 hard-negative kinds (negs.KINDS), all used, none in v52's list: asking prices (per-locale currency
    and grouping, Indian lakh grouping), guide-price ranges, floor areas (m² with sq ft), room dimensions,
    plot sizes in acres and m², HM Land Registry title numbers, UPRNs (12 digits), EPC bands with scores,
    council tax bands, auction lot numbers, bidder paddle numbers, loan-to-value, interest rates, monthly
    repayments, mortgage terms, lease years remaining, years built, Spanish referencias catastrales (20
    characters), French cadastral sections, Italian catasto data (foglio/particella/sub.), Dutch kadastrale
    aanduidingen, German Flurstück numbers and Grundbuch Blatt numbers, Brazilian matrículas and CEPs,
    Indian RERA registrations and khasra numbers, US MLS numbers, APN parcel numbers, HOA fees, energy
    demand (kWh/(m²·a)), agents' commissions, key-safe codes, FCA firm reference numbers, Companies House
    numbers, broker case references, stamp duty, map coordinates, damp-meter readings (% WME), viewing time
    slots, listing references, new-build plot numbers, GB postcodes, price per m², completion dates;
    number habits (numbers.py): US 916-291-4177, 916.291.4177, (916)291-4177, 1-916-291-4177,
    1.916.291.4177, +1-916-291-4177, +1 916-291-4177, +1.916.291.4177, 877.987.9662; GB (0113) 1646548,
    0113 164 6548, 07905-948350, 07905 948350, +44 (0)113 164 6548, +44 113 1646548, +44 (0)7905 948350,
    0800-798-4142; DE (0341) 5803761, 0341-5803761, 0341 58 03 76 (pairs), +49 (0)341 5803761,
    +49 341 5803 761, 0800 684 12 55; FR 02.40.17.37.23, 02 40 17 37 23, +33 (0)2 40 17 37 23,
    08 00 56 95 99, 08.00.56.95.99; ES 934 019 562, 934019562, 934 01 95 62, (+34) 934 019 562;
    IT 081 858 397, 081.858.397, 329.1052749, (+39) 081858397, 800.462.482; NL 040 977 2654,
    (040) 9772654, 040-977 26 54, 06 40 53 79 06, +31 (0)40 977 2654, +31 (0)6 4053 7906,
    0800 530 1091; PT 214 880 581, (+351) 934 021 834; BR (71) 4053-3096, 071 4053-3096, 71 40533096,
    (71) 94323-5597, +55 71 4053 3096, 0800 094 6473; IN (033) 4174 3446, 033-41743446, 9559838111,
    0 95598 38111, +91 95598 38111, 1800 614 6857; AT/CH/BE/AU/IE '+43 (0)650 1837404',
    '+41 (0)78 953 40 39', '+32 499 00 66 43', '+61 (0) 459 688 684', '+353 (0)86 1813035';
    local forms 819.6764, 819-6764, 203 3136, 203-3136, 591444, 7662 8787, 7310630, 731 0630,
    487 8181, 48 78 181, 79 57 27, 3594.0386, 3594-0386, 5597 2924, 55972924, 7315263, 731 5263.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; fr_BE documents from fr_FR; others from each locale) and e-mail user names, free-mail
    domains and agency surnames (en_US); towns from numbers.AREAS; corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 questions (MIT), English HateCheck cases (CC BY 4.0)
    and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only
    HateCheck cases labelled non-hateful are taken (they can still mention protected groups; Portuguese
    cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits
    joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher
    flag. Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v99.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v99.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v99.stats [RECORDS VALUES]

Counts (seed 10099; `python -m benchmarks.pii_v99.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1195 {'corpus': 120, 'neg': 300, 'pos': 775}
    values: 1757 by kind: {'PHONE': 1342, 'EMAIL': 197, 'IBAN': 114, 'CREDIT_CARD': 65, 'IP_ADDRESS': 36,
            'US_SSN': 3}
    modes: {'PHONE/national': 487, 'PHONE/local-announced': 450, 'PHONE/list-entry': 206, 'EMAIL/role':
            111, 'PHONE/other': 102, 'PHONE/international': 97, 'EMAIL/personal': 86, 'IBAN/print': 57,
            'IBAN/electronic': 57, 'CREDIT_CARD/spaced': 24, 'CREDIT_CARD/solid': 23,
            'CREDIT_CARD/dashed': 18, 'IP_ADDRESS/v6': 13, 'IP_ADDRESS/v4': 13, 'IP_ADDRESS/v4-private':
            10, 'US_SSN/spaced': 2, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'auction': 91, 'listing': 219, 'mortgage': 218, 'newbuild': 161, 'progress': 55, 'survey':
            55, 'swap': 112, 'viewing': 164}
    languages (documents written here): {'de': 142, 'en': 384, 'es': 51, 'fr': 84, 'hi': 91, 'it': 46,
            'nl': 155, 'pt': 122}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 173, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 46
    US SSNs are few (3): only en_US mortgage documents carry them; IPs are few (36).
"""

import json
import random
import sys

from . import corpus, negs
from . import numbers as N
from .compose import Composer

SEED = 10099
RECORDS = "tests/data/pii_heldout_v99.jsonl"
VALUES = "tests/data/pii_heldout_v99_values.jsonl"
LANG_W = {"en": 34, "de": 13, "fr": 10, "nl": 11, "pt": 11, "es": 7, "it": 7, "hi": 7}
LOC_W = {
    "en": {"en_US": 3, "en_GB": 3, "en_IN": 2, "en_AU": 1, "en_IE": 1},
    "de": {"de_DE": 6, "de_AT": 2, "de_CH": 2},
    "fr": {"fr_FR": 6, "fr_BE": 2, "fr_CH": 2},
    "nl": {"nl_NL": 3, "nl_BE": 1},
    "pt": {"pt_PT": 2, "pt_BR": 3},
    "es": {"es_ES": 1},
    "it": {"it_IT": 1},
    "hi": {"en_IN": 1},
}
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
N_POS, N_NEG = 440, 300


def _w(rng, table):
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def build():
    rng = random.Random(SEED)
    comp = Composer(rng)
    docs = []
    stats = {"doc_redraws": 0}

    def make(loc, lang, positive, **kw):
        genre = rng.choice(comp.genres(lang))
        for _ in range(50):
            out, ctx = comp.document(loc, lang, genre, positive, **kw)
            if not negs.doc_hits(out["text"], out["spans"], ctx["regions"]):
                break
            stats["doc_redraws"] += 1
        else:
            raise RuntimeError("document stays dirty")
        tag = ("hi-" if lang == "hi" else "") + genre
        rec_id = f"{loc}-{'pos' if positive else 'neg'}-{tag}-{len(docs)}"
        docs.append(
            {"id": rec_id, "locale": loc, "text": out["text"], "spans": out["spans"], "values": out["values"]}
        )

    for region, loc, lang, total in LOCAL_PLAN:
        left = total
        while left:
            n = 1 if left == 1 else rng.choice([1, 1, 2])
            town, area = rng.choice(N.AREAS[region])
            make(
                loc,
                lang,
                True,
                n_pii=rng.choice([0, 1, 1]),
                local=(region, area, town),
                n_local=n,
                list_n=2 if rng.random() < 0.08 else 0,
            )
            left -= n
    for _ in range(N_POS):
        lang = _w(rng, LANG_W)
        loc = _w(rng, LOC_W[lang])
        make(
            loc,
            lang,
            True,
            n_pii=rng.choice([1, 1, 2]),
            list_n=rng.choice([2, 2, 3]) if rng.random() < 0.22 else 0,
        )
    for _ in range(N_NEG):
        lang = _w(rng, LANG_W)
        loc = _w(rng, LOC_W[lang])
        make(loc, lang, False, n_pii=0)
    docs += corpus.records(rng)
    rng.shuffle(docs)
    stats.update(
        value_redraws=comp.drawer.redraws, replaced=comp.drawer.replaced, neg_kinds=len(comp.drawer.used)
    )
    return docs, stats


def write(docs, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as f:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(values, "w", encoding="utf-8") as f:
        for d in docs:
            vals = []
            for v in d["values"]:
                keys = ["kind", "mode", "text"] + (
                    ["region", "e164", "area_len"] if v["kind"] == "PHONE" else []
                )
                vals.append({k: v[k] for k in keys})
            f.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    docs, stats = build()
    write(docs, *argv[:2])
    print(len(docs), "documents;", stats)


if __name__ == "__main__":
    main(sys.argv[1:])
