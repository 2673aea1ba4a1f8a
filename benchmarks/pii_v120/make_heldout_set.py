"""Write tests/data/pii_heldout_v120.jsonl: a 120th, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: postal services.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), and the first few
    hundred bytes of the German Multilingual HateCheck CSV, the English HateCheck CSV, MATH-500, AMC23 and
    hh-rlhf harmless-base test (for their fields); the corpus files were otherwise only read by corpus.py.
    GSM8K train was not used. Numbers were made and checked with phonenumbers only: drawn at random from a
    prefix (numbers.draw), kept when valid, of the wanted type and (local numbers) when phonenumbers'
    geographical area code length equals the town's code; every written form parses back to the same valid
    number of the stated region (local forms with trunk prefix and area code put back, numbers.put_back);
    cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules
    (area not 000/666/900+, group not 00, serial not 0000), IPs with the ipaddress module. Hard negatives are
    screened each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for
    the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit windows in digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6,
    SSN shapes), and each whole document again with its labelled spans blanked (a dirty document is drawn
    again; checks.py repeats the whole-document screen). A value still dirty after 200 draws would be
    replaced by a dash (negs.Drawer); in the shipped build none was. The screens bias some kinds towards
    the draws that pass (e.g. 11-digit money-order serials that begin with 1). Written under a 35-minute
    limit, so cells are small (3-8 sentences per genre and language); all 6 genres in all 8 languages.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code (asserted equal to phonenumbers' geographical area
    code length), null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<row> (row =
    0-based data row; MATH-500, AMC23, hh-rlhf lines 0-based too); shuffled with the seed. Other modes:
    EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS
    v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers'
    type is checked). list-entry = a phone in a contact block at the end of a document, one per line.
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py, make_heldout_set.py): 6
    postal genres, none in v52: counter (post-office counter notices), pobox (PO box rental and renewal
    letters), sorting (sorting/delivery office cards for items awaiting collection), redirect (mail
    redirection confirmations), franking (franking meter statements and bulk-mail drop-off rules), rural
    (village postal agencies and mobile post offices); all sentences written fresh in en, de, fr, es, it,
    nl, pt, hi. Local numbers announced in new ways ('<town>-area box holders: the lobby window picks up on
    ... (a local call, no area code)', 'If you call from inside <town>, the delivery unit is simply',
    'Ringing from a <town> landline? Just dial ... for the delivery office', 'No code needed within <town>:
    the counter is', 'Aus dem <town>er Ortsnetz erreichen Sie die Filiale unter', 'Ortsgespräch <town>:
    Schalter', 'Bellen binnen <town>? Het postkantoor is bereikbaar op', 'Voor <town>se postbushouders:
    ... (zonder netnummer)', 'De um fixo de <town>, a agência central atende no', 'Mora em <town>? O centro
    de distribuição é só discar', '<town> के भीतर उप डाकघर के लिए बस ... मिलाइए', ...). Cards for PO box
    rents, redirection fees and meter top-ups; IBANs for box rents and franking direct debits; IPs of
    customs-payment and redirection-verification requests and franking meters; SSNs on US PO box
    applications. Contact blocks in five new layouts: 'Label<TAB><phone>', '• Label, <phone>',
    '<phone> (Label)', 'Label — <phone>', 'Label: tel. <phone>' (heads 'Post office contacts', 'Branch phone
    list', 'Rufnummern der Filiale', 'Numéros du bureau', 'Teléfonos de la oficina', 'Numeri dell'ufficio',
    'Telefoonnummers postkantoor', 'Telefones da agência', 'डाकघर के नंबर', ...).
    38 hard-negative kinds (negs.KINDS), all used, none in v52's list: UPU S10 item ids with their check
    digit (solid and spaced), 20-digit parcel barcodes, ZIP+4 codes, UK postcodes, German postcode + town,
    Dutch postcodes, Brazilian CEPs, Indian PIN codes, Postfach numbers in pairs, parcel weights,
    dimensions, postage amounts, franking machine serials, ascending register readings, bulk-mail permit
    numbers, delivery walks/routes, mailbag seals, last collection times, counter opening hours, branch
    codes, postal order serials, HS tariff codes, customs MRNs, item counts, locker/compartment pairs,
    redirection references, queue tickets, stamp catalogue numbers, tray label ranges, postal van plates,
    Deutsche Post Identcodes, UPU receptacle ids, counter session/transaction pairs, weight bands, post-bus
    line and departure, money-order serials, stamp-booklet EAN-13s, PO box ranges.
    number habits (numbers.py): US 518-914-1777, 918.978.6907, (218)415-8683, +1-702-857-6139,
    +1.312.533.0656, +1 (312) 533 0656, 1.800.201.2904; GB 01132283038, 01463-011-070 style dashes,
    (01392) 307 289, +44 (0)114 454 4960, 07701-908-421; DE (0941) 46 68 58, 0561-315244, 0521 476859-5
    (last digit split off as in company numbers), 0176-6807464, 0160 85 85 01 77, +49 (0)561 315244; NL
    (050) 312 22 83, 043-616 22 51, 06 580 696 65, +31 (0)50 ...; BR (41)99876-5432, (041) 3222-1234,
    (48) 3303.6148, +55 (41) 3222 1234; IN (020) 6962 9137, 0141-736-5894, 88578-72106, 09484 274 727,
    +91-20-57141939; FR 07.96.15.17.02, 08.00.37.65.44; ES 649 43 83 35, 937.084.145, (+34) 649 438 335;
    IT 337.8802484, 02.3883558, (+39) 337 8802484; PT (+351) 962 749 534; AT/CH/BE/IE/AU +43 (0)316 685165,
    +32 (0)484 63 13 41, +353 (0)83 571 2009; local forms 533.0656, 496-0018, 2108-0 style (DE last digit
    split), 456 789 and 205 7566 halves, 3123456, 312-3456, 3222.1234, 32221234, 2452-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), hh-rlhf harmless-base test dialogues ('chosen', MIT), English HateCheck and
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only
    HateCheck cases labelled non-hateful are taken (they can still mention protected groups; Portuguese
    cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits
    joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher
    flag.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v120.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v120.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v120.stats [RECORDS VALUES]

Counts (seed 23120; `python -m benchmarks.pii_v120.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1207 {'corpus': 120, 'neg': 284, 'pos': 803}
    values: 1770 by kind: {'PHONE': 1351, 'EMAIL': 174, 'CREDIT_CARD': 90, 'IP_ADDRESS': 85, 'IBAN': 65,
            'US_SSN': 5}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 343, 'PHONE/list-entry': 282,
            'PHONE/international': 189, 'EMAIL/role': 96, 'PHONE/other': 87, 'EMAIL/personal': 78,
            'IBAN/print': 41, 'CREDIT_CARD/spaced': 35, 'IP_ADDRESS/v6': 34, 'IP_ADDRESS/v4': 28,
            'CREDIT_CARD/dashed': 28, 'CREDIT_CARD/solid': 27, 'IBAN/electronic': 24,
            'IP_ADDRESS/v4-private': 23, 'US_SSN/spaced': 4, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'counter': 185, 'franking': 183, 'pobox': 178, 'redirect': 178, 'rural': 185, 'sorting': 178}
    languages (documents written here): {'de': 165, 'en': 382, 'es': 50, 'fr': 94, 'hi': 62, 'it': 50,
            'nl': 133, 'pt': 151}
    corpus: {'amc23-en': 12, 'hatecheck_en-en': 20, 'hhrlhf-en': 15, 'math500-en': 25, 'mhc-dutch': 8,
            'mhc-french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 4, value redraws: 1336, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 38
    US SSNs are few (5): only en_US pobox documents carry them.
"""

import json
import random
import sys

from . import compose, corpus, negs
from . import numbers as N
from .lex_en import GENRES

SEED = 23120
OUT = ("tests/data/pii_heldout_v120.jsonl", "tests/data/pii_heldout_v120_values.jsonl")
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
# (locale, language, positive documents, negative documents) besides the local-number documents
PLAN = [
    ("en_US", "en", 50, 30),
    ("en_GB", "en", 45, 28),
    ("en_IN", "en", 22, 14),
    ("en_IN", "hi", 24, 14),
    ("en_IE", "en", 14, 8),
    ("en_AU", "en", 14, 8),
    ("de_DE", "de", 40, 24),
    ("de_AT", "de", 14, 8),
    ("de_CH", "de", 12, 8),
    ("fr_FR", "fr", 36, 22),
    ("fr_BE", "fr", 12, 8),
    ("fr_CH", "fr", 10, 6),
    ("es_ES", "es", 30, 20),
    ("it_IT", "it", 30, 20),
    ("nl_NL", "nl", 34, 22),
    ("nl_BE", "nl", 12, 8),
    ("pt_PT", "pt", 24, 16),
    ("pt_BR", "pt", 30, 20),
]
PII = {"P", "M", "T", "E", "PE", "C", "IB", "IP", "S", "L"}


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fill = compose.Filler(self.rng, seed)
        self.docs = []
        self.doc_redraws = 0
        self.neg_cycle = []

    def next_negkind(self):
        if not self.neg_cycle:
            self.neg_cycle = list(negs.KINDS)
            self.rng.shuffle(self.neg_cycle)
        return self.neg_cycle.pop()

    def usable(self, tpl, loc):
        ph = compose.placeholders(tpl)
        if "S" in ph and loc != "en_US":
            return False
        return not ("IB" in ph and loc in ("en_US", "en_IN"))

    def one_doc(self, loc, lang, genre, kind, local=None):
        rng, lex = self.rng, compose.LEX[lang]
        _, nat, own = compose.LOCALES[loc]
        regions = sorted({loc[3:], nat, own, negs.HOME[lang]})
        ctx = {"locale": loc, "lang": lang, "regions": regions, "town": None}
        spans, values = [], []
        text = rng.choice(lex["titles"][genre]) + "\n\n"
        body = [t for t in lex["body"][genre] if self.usable(t, loc)]
        pii = [t for t in body if compose.placeholders(t) & PII]
        plain = [t for t in body if not compose.placeholders(t) & PII]
        sents = []
        if kind == "neg":
            sents = rng.sample(plain, min(len(plain), rng.randint(1, 2)))
            for _ in range(rng.randint(2, 3)):
                sents.insert(rng.randint(0, len(sents)), ("neg", rng.choice(lex["neg"])))
        else:
            if local:
                region, todo = local
                town, area = rng.choice(sorted(N.AREAS[region].items()))
                ctx.update(town=town, area=area, local_region=region)
                pool = [t for t in lex["local"][region] if t.count("{L}") <= todo]
                lt = rng.choice(pool)

                def nxt(region=region, area=area):
                    num = N.draw(rng, region, "fixed", area)
                    while N.phonenumbers.length_of_geographical_area_code(num) != len(area):
                        num = N.draw(rng, region, "fixed", area)
                    sub = N.nsn_of(num)[len(area) :]
                    return N.local_form(rng, region, sub), N.e164(num)

                ctx["local_next"] = nxt
                sents = [lt] + rng.sample(plain, min(len(plain), rng.randint(0, 1)))
                if rng.random() < 0.4:
                    sents.append(rng.choice(pii))
            else:
                sents = rng.sample(pii, rng.randint(1, 2)) + rng.sample(
                    plain, min(len(plain), rng.randint(0, 2))
                )
            rng.shuffle(sents)
            if rng.random() < 0.4:
                sents.insert(rng.randint(0, len(sents)), ("neg", rng.choice(lex["neg"])))
        for s in sents:
            if isinstance(s, tuple):
                ctx["negkind"] = self.next_negkind()
                s = s[1]
            piece = self.fill.fill(s, ctx, spans, values, len(text))
            text += piece + " "
        text = text.rstrip() + "\n"
        if kind == "pos" and rng.random() < (0.15 if local else 0.3):
            text += "\n" + rng.choice(lex["list_heads"]) + "\n"
            fmt = rng.choice(lex["list_fmt"])
            for lab in rng.sample(lex["list_labels"], 2):
                line = fmt.replace("{lab}", lab).replace("{ph}", "{%s}" % rng.choice(["P", "P", "M"]))
                text += self.fill_list(line, ctx, spans, values, len(text)) + "\n"
        return text, spans, values

    def fill_list(self, line, ctx, spans, values, base):
        n0 = len(values)
        out = self.fill.fill(line, ctx, spans, values, base)
        for v in values[n0:]:
            if v["mode"] == "national":
                v["mode"] = "list-entry"
        return out

    def add(self, loc, lang, genre, kind, local=None):
        for _ in range(50):
            text, spans, values = self.one_doc(loc, lang, genre, kind, local)
            blank = list(text)
            for s in spans:
                blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
            blank = "".join(blank)
            _, nat, own = compose.LOCALES[loc]
            regs = sorted({loc[3:], nat, own, negs.HOME[lang]})
            if not negs.phone_hits(blank, regs) and not negs.guard_hits(blank):
                tag = "hi-" + genre if lang == "hi" else genre
                did = "%s-%s-%s-%d" % (loc, kind, tag, len(self.docs))
                self.docs.append(
                    ({"id": did, "locale": loc, "text": text, "spans": spans}, {"values": values})
                )
                return sum(1 for v in values if v["mode"] == "local-announced")
            self.doc_redraws += 1
        raise RuntimeError("document stays dirty")

    def build(self):
        rng = self.rng
        for region, loc, lang, n in LOCAL_PLAN:
            todo = n
            while todo:
                todo -= self.add(loc, lang, rng.choice(GENRES), "pos", (region, todo))
        for loc, lang, npos, nneg in PLAN:
            for i in range(npos):
                self.add(loc, lang, GENRES[i % len(GENRES)], "pos")
            for i in range(nneg):
                self.add(loc, lang, GENRES[(i + 3) % len(GENRES)], "neg")
        recs = self.docs + [(r, {"values": []}) for r in corpus.build(rng)]
        rng.shuffle(recs)
        return recs


def main(argv):
    out = argv[1:3] if len(argv) >= 3 else OUT
    b = Builder(SEED)
    recs = b.build()
    with open(out[0], "w", encoding="utf-8") as f1, open(out[1], "w", encoding="utf-8") as f2:
        for r, v in recs:
            f1.write(json.dumps(r, ensure_ascii=False) + "\n")
            f2.write(json.dumps(v, ensure_ascii=False) + "\n")
    print(
        "documents",
        len(recs),
        "document redraws",
        b.doc_redraws,
        "value redraws",
        b.fill.drawer.redraws,
        "kinds replaced",
        b.fill.drawer.replaced,
        "neg kinds used",
        len(b.fill.drawer.used),
    )


if __name__ == "__main__":
    main(sys.argv)
