"""The pieces every reasonrl HTML page is made of: one self-contained page shell (CSS inlined, no
remote assets, no scripts), tables, verdict badges, inline images and the per-sample table with
its wrong-answer filter.

Pages must read the same in an air-gapped browser: Great Expectations' own Data Docs load
Bootstrap, jQuery and Font Awesome from CDNs and show an empty index offline, so the evidence a
reviewer needs is rendered here, from the same results, with nothing to fetch.
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;\
max-width:1180px;margin:1.5em auto;padding:0 1em;
 color:#1f2328;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}
td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
code,pre{background:#f6f8fa;padding:0 3px;font-size:.9em}\
pre{white-space:pre-wrap;margin:0;max-height:12em;overflow:auto}
.pass{color:#116329;font-weight:600}.fail{color:#cf222e;font-weight:600}.warn{color:#9a6700;font-weight:600}
.muted{color:#656d76}img{max-width:100%}
.filter{margin:.4em 0;display:inline-block;padding:2px 8px;border:1px solid #d0d7de;border-radius:6px}
body:has(#wrong-only:checked) tr.right{display:none}
"""


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def page(title: str, body: str) -> str:
    """A whole document: title, inlined CSS, the body. No <script>, no remote URL."""
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{esc(title)}</title>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'><style>{CSS}</style></head>"
        f"<body>{body}</body></html>"
    )


def num(x: object, digits: int = 3) -> str:
    """A figure for a table cell: floats rounded, None/NaN as 'n/a', anything else as text."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    return f"{x:.{digits}f}" if isinstance(x, float) else str(x)


def table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], row_classes: Iterable[str] | None = None
) -> str:
    """Cells are HTML already (escape text with `esc`); a cell that looks numeric is right-aligned."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    classes = iter(row_classes) if row_classes is not None else None
    body = []
    for row in rows:
        cls = f" class='{next(classes)}'" if classes is not None else ""
        cells = "".join(f"<td class='num'>{c}</td>" if _numeric(c) else f"<td>{c}</td>" for c in row)
        body.append(f"<tr{cls}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _numeric(cell: str) -> bool:
    try:
        float(cell.split(" ")[0])
        return True
    except ValueError:
        return False


def verdict(passed: bool, warn_only: bool = False) -> str:
    """PASS / FAIL / WARN as a coloured word (the word carries the meaning; colour only helps)."""
    if passed:
        return "<span class='pass'>PASS</span>"
    return "<span class='warn'>WARN</span>" if warn_only else "<span class='fail'>FAIL</span>"


def link(target: str | Path | None, text: str) -> str:
    """A link to a URL or a local file (as a path relative to nothing: file:// so it opens offline)."""
    if not target:
        return esc(text)
    href = str(target)
    if "://" not in href and not href.startswith(("#", "?")):
        href = Path(href).resolve().as_uri()
    return f"<a href='{esc(href)}'>{esc(text)}</a>"


def png_img(png: bytes, alt: str) -> str:
    return f"<img alt='{esc(alt)}' src='data:image/png;base64,{base64.b64encode(png).decode()}'>"


WRONG_FILTER = "<label class='filter'><input type='checkbox' id='wrong-only'> show wrong answers only</label>"


def samples_table(samples: Sequence[dict], limit: int = 400) -> str:
    """Per-sample rows (prompt, answer, gold, completion, verdict, tokens); rows are classed right
    or wrong so WRONG_FILTER (once per page, CSS `:has()`, no script) hides the right ones. Rows
    past `limit` are counted, not shown, so a page stays a page."""
    shown = list(samples[:limit])
    wrong = sum(1 for s in samples if not _right(s))
    rows, classes = [], []
    for s in shown:
        ok = _right(s)
        classes.append("right" if ok else "wrong")
        rows.append(
            [
                f"<code>{esc(s.get('id', ''))}</code><br>{esc(s.get('question', ''))}",
                esc(s.get("answer") if s.get("answer") is not None else "(none)"),
                esc(s.get("gold", "")),
                f"<pre>{esc(s.get('completion', ''))}</pre>",
                "<span class='pass'>right</span>" if ok else "<span class='fail'>wrong</span>",
                esc(s.get("tokens", "")),
            ]
        )
    more = f" (the first {len(shown)} shown)" if len(samples) > len(shown) else ""
    return f"<p>{len(samples)} samples, <b>{wrong} wrong</b>{more}.</p>" + table(
        ["prompt", "answer", "gold", "completion", "verdict", "tokens"], rows, classes
    )


def _right(sample: dict) -> bool:
    return float(sample.get("correct", 0.0)) >= 1.0
