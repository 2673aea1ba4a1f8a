"""Reads the lex_<lang>.txt tables (the document text written for v85)."""

from pathlib import Path

HERE = Path(__file__).parent
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")
TAGS = {
    "T": "titles",
    "P": "pos",
    "N": "neg",
    "L": "lines",
    "H": "heads",
    "B": "labels",
    "R": "roles",
    "X": "tel",
}


def load(lang):
    out, cur = {"genre": {}, "local": {}}, None
    for line in (HERE / f"lex_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("["):
            parts = line.strip("[]").split()
            if parts[0] in ("genre", "local"):
                cur = out[parts[0]].setdefault(parts[1], {})
            else:
                cur = out.setdefault(parts[0], {})
            continue
        tag, text = line[0], line[2:].replace("\\n", "\n")
        cur.setdefault(TAGS[tag], []).append(text)
    return out


LEX = {lang: load(lang) for lang in LANGS}
