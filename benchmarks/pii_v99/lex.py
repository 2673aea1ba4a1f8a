"""Reads the sentence files (text_*.txt) of v99: titles, PII sentences, negative sentences, local lines."""

import re
from pathlib import Path

HERE = Path(__file__).parent
FILES = ["text_en.txt", "text_eu.txt", "text_south.txt"]
TAG = re.compile(r"^\[([A-Z,]+)\]\s*")


def load():
    """{(lang, genre): {"T": [...], "P": [...], "N": [...], "L": [...]}}; L lines live under genre 'local'."""
    out = {}
    key = None
    for name in FILES:
        for raw in (HERE / name).read_text(encoding="utf-8").splitlines():
            line = raw.rstrip()
            if not line or line.startswith("# "):
                continue
            if line.startswith("## "):
                lang, genre = line[3:].split()
                key = (lang, genre)
                out[key] = {"T": [], "P": [], "N": [], "L": []}
                continue
            kind, text = line.split(": ", 1)
            out[key][kind].append(text.replace("\\n", "\n"))
    return out


def allowed(sentence, region):
    """Strips a leading [XX,YY] region tag; None when the sentence is not for this region."""
    m = TAG.match(sentence)
    if not m:
        return sentence
    return sentence[m.end() :] if region in m.group(1).split(",") else None
