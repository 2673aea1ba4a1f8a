"""The script-level text handling the phone rules share: which characters glue a number to a
word, which marks belong to a word, how text is folded for matching and how a word list becomes
one pattern.

    fold("Téléphone’s") -> "telephone's"
    words_regex({"tel*", "电话"}).search("Telefonnummer") -> a match

Python's \\w counts Han, kana and hangul as letters, but CJK text has no spaces, so no word boundary
separates a number from the word before it ("座机3467 9998"); and \\w does not count combining marks
(Indic vowel signs, viramas, decomposed accents), so "सुरेश" would be three words to it.
"""

from __future__ import annotations

import re
import unicodedata

# Han, kana and hangul: letters to Python's \w, but no word boundary separates them from a number
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u3012"
CJK_CHAR = re.compile(f"[{CJK}]")
WORD_CHAR = f"[^\\W{CJK}]"  # a letter or digit that glues a number to a word (not a CJK one)
# Combining marks \w does not match (Indic vowel signs, viramas, accents): "सुरेश" is one word
COMBINING = "\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7"
# Devanagari letters and vowel signs, not its dandas or digits: what a Hindi word is made of
DEVANAGARI = "\u0900-\u0963\u0971-\u097f"


def fold(text: str) -> str:
    """Lower case without accents, typographic apostrophes straightened (offsets may shift:
    callers read folded text only for its words)."""
    text = text.casefold().replace("\u2019", "'").replace("\u00ba", "\u00b0")  # nº -> n°
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words_regex(entries: set[str]) -> re.Pattern:
    """One pattern for a kind's entries: Latin ones as whole words, CJK ones wherever they stand."""
    alts, cjk = [], []
    for entry in sorted(entries - {"'s"}, key=len, reverse=True):
        words = fold(entry.strip("*")).split("_")
        body = r"\W+".join(re.escape(w) for w in words)
        if CJK_CHAR.match(words[0]):
            cjk.append(body)
            continue
        alts.append(
            (r"\w*" if entry.startswith("*") else "") + body + (r"\w*" if entry.endswith("*") else "")
        )
    # "'s" follows its word; every other entry starts one, after an elided article too ("Numero
    # d'ordine", "N° d'autorisation", "dell'ordine")
    genitive = r"(?<=\w)'s|" if "'s" in entries else ""
    start = r"(?:(?<![\w'])|(?<=[dl]'))"
    latin = r"(?:" + genitive + start + r"(?:" + "|".join(alts or [r"(?!x)x"]) + r"))(?!\w)"
    return re.compile("|".join([latin, *cjk]))


# A telephone sign: ☎ ☏ ✆ 📞 📱 📲
SIGN = "[\u260e\u260f\u2706\U0001f4de\U0001f4f1\U0001f4f2]"

# Markdown's emphasis around a label ("*Tel:* 759305", "**Mobile:** 670588", "_Fax:_ ...") and angle
# brackets around a number ("Tel: <090303 84585>", as mail clients wrap what they link), a
# banner's stars: the marks of a text's layout, not asterisks of a sum or a comparison
_EMPHASIS = re.compile(rf"(?<![\w*])(\*{{1,2}}|_)((?:[^\W\d_]|{SIGN})[^*_\n]{{0,40}}?:)\1(?=[ \t])")
# inline HTML tags around a label: "<b>Tel</b> 07501-994079"
_INLINE_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|small|big|font|mark)\b[^<>\n]{0,40}>", re.I)
# a banner's stars, set off by blanks or a line's edge ("*** Lost & found? Call 468.9824 ***"), no
# product; not the stars masking digits ("+44 7700 ***123")
_BANNER = re.compile(r"(?<!\S)\*{3,}(?!\S)")
_ANGLED = re.compile(r"(?<![\w<])<([+(]?\d[\d \t().\-/]{3,22}\d)>(?![\w>])")


def _chevron_banners(text: str) -> str:
    """Chevrons around a line, or a line and the next (">>> Tel. 2700803 <<<"): a banner, no
    comparison (nor a Python prompt: the closing "<<<" tells). Read line by line: a regex over
    runs of chevrons backtracks without end."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.lstrip().startswith(">>>"):
            continue
        for j in (i, i + 1):
            if j < len(lines) and lines[j].rstrip().endswith("<<<"):
                opening = len(line) - len(line.lstrip())
                count = len(line.lstrip()) - len(line.lstrip().lstrip(">"))
                lines[i] = line[:opening] + " " * count + line[opening + count :]
                closing = lines[j].rstrip()
                width = len(closing) - len(closing.rstrip("<"))
                lines[j] = closing[:-width] + " " * width + lines[j][len(closing) :]
                break
    return "\n".join(lines)


def _latex_rows(text: str) -> str:
    """A LaTeX table row ("Ann Lee & Mon & 01865-673427 \\\\"): its cells read as a pipe table's, its
    row end as blanks."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        body = line.rstrip()
        if body.endswith("\\\\") and "&" in body:
            lines[i] = body[:-2].replace("&", "|") + "  " + line[len(body) :]
    return "\n".join(lines)


def unmarked(text: str) -> str:
    """text with the emphasis marks around a label, a banner's stars and chevrons, inline HTML tags
    ("<b>Tel</b>") and the angle brackets around a number made blanks, and a LaTeX table row's
    cells set off by pipes (the same length: spans index the original text)."""
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
        text = _BANNER.sub(lambda m: " " * len(m.group()), text)
    if "<<<" in text:
        text = _chevron_banners(text)
    if "<" in text:
        text = _ANGLED.sub(lambda m: " " + m.group(1) + " ", text)
        text = _INLINE_TAG.sub(lambda m: " " * len(m.group()), text)
    if "\\\\" in text:
        text = _latex_rows(text)
    return text
