"""Parser for the genre text blocks of genres_*.py.

A block is "@@ <locale>" (switches locale), then per genre "== <slug> (<phrase language>)", title lines
starting with "# " and plain filler lines. Negative-only genres add a line "! kind kind ..." naming the hard
negatives they favour.
"""


def parse(text):
    out, loc, cur = [], None, None
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@@ "):
            loc = line[3:].strip()
        elif line.startswith("== "):
            slug, _, lang = line[3:].partition(" (")
            cur = {
                "locale": loc,
                "slug": slug.strip(),
                "lang": lang.rstrip(")"),
                "titles": [],
                "lines": [],
                "prefer": [],
            }
            out.append(cur)
        elif line.startswith("# "):
            cur["titles"].append(line[2:])
        elif line.startswith("! "):
            cur["prefer"] = line[2:].split()
        else:
            cur["lines"].append(line)
    return out
