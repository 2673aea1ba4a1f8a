"""Reads the lexicon files of v91 (lex/<lang>.txt): sections of sentences written for this set."""

from pathlib import Path

LEX_DIR = Path(__file__).parent / "lex"
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "hi"]


def load(lang):
    sections = {}
    current = None
    for line in (LEX_DIR / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
            continue
        sections[current].append(line)
    return sections


def genres(lex):
    return sorted(k.split(":", 1)[1] for k in lex if k.startswith("body:"))


ALL = {lang: load(lang) for lang in LANGS}
