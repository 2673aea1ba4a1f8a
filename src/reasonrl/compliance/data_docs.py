"""Great Expectations Data Docs that open offline, their styling included.

GE 1.x's page templates (great_expectations/render/view/templates: page.j2, index_page.j2,
js_script_imports.j2) load every script and stylesheet from CDNs: Bootstrap 4, Popper, jQuery,
Font Awesome, bootstrap-table with its filter-control extension, bootstrap-datepicker, a dark-mode
sheet and Vega; the index page's logo comes from GE's S3 bucket with the data context's id in the
query. `localize(site)` rewrites a built site so that no page references any of that:

- Bootstrap's CSS and JS (its bundle, which carries Popper), jQuery and Font Awesome (CSS and
  webfonts) are copied from the XStatic packages, pip dependencies that ship the upstream files,
  into `static/vendor/<package>/` and referenced by relative paths;
- bootstrap-table (with filter-control, and the datepicker only that extension uses) and the dark
  sheet ship in no Python package: their tags go. The tables bootstrap-table enhances are plain
  HTML on every page but the index, whose two tables it builds in the browser from rows written
  into a script; those rows are written into the tables as HTML instead, each linking to its
  page, so the index lists its validations and suites with or without scripts (the sorting,
  paging and filter widgets go, and so does their "Clear Filters" button);
- Vega goes from pages that draw no chart (no gate's page draws one);
- the logo is the site's own `static/images/logo-long.png`, and a link into `static/` that misses
  (a validation page's favicon) is pointed at the file.

A remote script or stylesheet that no rule here knows is left as it is, and the test that no page
references one fails: a GE upgrade that adds one is seen, not silently fetched.
"""

from __future__ import annotations

import ast
import html
import importlib
import os
import re
import shutil
from pathlib import Path

VENDOR = "static/vendor"
# (XStatic package, its file a page links to, other paths that file needs)
BOOTSTRAP_CSS = ("bootstrap", "css/bootstrap.min.css", ())
BOOTSTRAP_JS = ("bootstrap", "js/bootstrap.bundle.min.js", ())  # the bundle includes Popper
JQUERY = ("jquery", "jquery.min.js", ())
FONT_AWESOME = ("font_awesome", "css/all.min.css", ("webfonts",))  # all.min.css: url(../webfonts/..)
DROP, CHART = "drop", "chart"  # no Python package ships it; Vega, needed only where a chart is drawn

RULES = [  # a remote URL -> what replaces it (first match)
    (r"//[^/]*bootstrapcdn\.com/bootstrap/4\.[^/]+/css/bootstrap(\.min)?\.css$", BOOTSTRAP_CSS),
    (r"//[^/]*bootstrapcdn\.com/bootstrap/4\.[^/]+/js/bootstrap(\.min)?\.js$", BOOTSTRAP_JS),
    (r"/popper\.js/1\.[^/]+/umd/popper(\.min)?\.js$", DROP),  # in Bootstrap's bundle
    (r"//code\.jquery\.com/jquery-3\.[\d.]+(\.min)?\.js$", JQUERY),
    (r"/font-awesome/6\.[^/]+/css/all(\.min)?\.css$", FONT_AWESOME),
    (r"/bootstrap-table@[\d.]+/dist/", DROP),
    (r"/bootstrap-datepicker/[\d.]+/", DROP),
    (r"/@forevolve/bootstrap-dark@", DROP),
    (r"//cdn\.jsdelivr\.net/npm/vega(-lite|-embed)?@\d+$", CHART),
]
_TAG = re.compile(
    r'<script\b[^>]*\bsrc="(?P<src>https?://[^"]+)"[^>]*>\s*</script>'
    r'|<link\b[^>]*\bhref="(?P<href>https?://[^"]+)"[^>]*>'
)
_CLEAR_FILTERS = re.compile(r'\s*<button[^>]*onclick="clearTableFilters\([^)]*\)"[^>]*>[^<]*</button>')
_STATIC = re.compile(r'(?P<attr>\b(?:href|src))="(?P<url>(?:\.\.?/)*static/(?P<rest>[^"]+))"')
_LOGO = re.compile(r'src="https?://great-expectations-web-assets\.[^"]*/logo-long\.png[^"]*"')
_TABLE_INIT = re.compile(
    r"\$\('#(?P<id>[^']+)'\)\.bootstrapTable\(\s*Object\.assign\(\s*\{\s*"
    r"columns: (?P<columns>\[[^\n]*\]),\s*\n\s*data: (?P<data>\[[^\n]*\]),\s*\n.*?\n\s*\);",
    re.S,
)


def localize(site: str | Path) -> dict[str, int]:
    """Rewrite every page of a built Data Docs site in place (see the module docstring). Returns
    counts: remote tags replaced by local files, dropped, left."""
    site = Path(site)
    counts = {"local": 0, "dropped": 0, "left": 0}
    copied: set[tuple] = set()
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")

        def swap(m: re.Match, page: Path = page, text: str = text) -> str:
            url = m["src"] or m["href"]
            if m["href"] and "stylesheet" not in m.group(0):
                return m.group(0)  # a <link> that loads nothing (none today)
            asset = next((a for pattern, a in RULES if re.search(pattern, url)), None)
            if asset is None or (asset == CHART and "vegaEmbed(" in text):
                counts["left"] += 1
                return m.group(0)
            if asset in (DROP, CHART):
                counts["dropped"] += 1
                return ""
            if asset not in copied:
                _copy(asset, site)
                copied.add(asset)
            counts["local"] += 1
            local = _relative(site / VENDOR / asset[0] / asset[1], page)
            if m["src"]:
                return f'<script src="{local}"></script>'
            return f'<link rel="stylesheet" href="{local}">'

        new = _TAG.sub(swap, text)
        logo = site / "static" / "images" / "logo-long.png"
        if logo.exists():
            new = _LOGO.sub(f'src="{_relative(logo, page)}"', new)
        new = _TABLE_INIT.sub(lambda m: f"/* #{m['id']}: its rows are in the table */", new)
        new = _fill_tables(new, text)
        new = _STATIC.sub(lambda m, page=page: _static(m, site, page), new)
        new = _CLEAR_FILTERS.sub("", new)  # bootstrap-table's filters are gone, and so is their button
        if new != text:
            page.write_text(new, encoding="utf-8")
    return counts


def _copy(asset: tuple, site: Path) -> None:
    name, file, extra = asset
    base = Path(importlib.import_module(f"xstatic.pkg.{name}").BASE_DIR)
    dest = site / VENDOR / name
    for rel in (file, *extra):
        src = base / rel
        if src.is_dir():
            shutil.copytree(src, dest / rel, dirs_exist_ok=True)
        else:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest / rel)


def _static(m: re.Match, site: Path, page: Path) -> str:
    """A link into the site's static/ that misses (GE links a validation page's favicon one
    level short) points at the file."""
    if (page.parent / m["url"]).exists() or not (site / "static" / m["rest"]).exists():
        return m.group(0)
    return f'{m["attr"]}="{_relative(site / "static" / m["rest"], page)}"'


def _relative(target: Path, page: Path) -> str:
    return Path(os.path.relpath(target, page.parent)).as_posix()


def _fill_tables(new: str, original: str) -> str:
    """Each table the index built in the browser gets its rows as HTML, read from the
    bootstrap-table init call of the original page (Python literals: GE renders them with repr);
    the call itself is gone from `new`."""
    for m in _TABLE_INIT.finditer(original):
        try:
            columns, rows = ast.literal_eval(m["columns"]), ast.literal_eval(m["data"])
        except (ValueError, SyntaxError):
            continue
        shown = [c for c in columns if c.get("field") and not c["field"].startswith("_")]
        head = "".join(f"<th>{html.escape(str(c.get('title', c['field'])))}</th>" for c in shown)
        body = "".join(_row(shown, row) for row in rows)
        table = re.compile(
            r'(<table\s+id="' + re.escape(m["id"]) + r'"[^>]*?class=")([^"]*"[^>]*>)\s*(</table>)'
        )
        new = table.sub(
            lambda t, head=head, body=body: (
                f"{t[1]}table table-hover {t[2]}<thead><tr>{head}</tr></thead><tbody>{body}</tbody>{t[3]}"
            ),
            new,
            count=1,
        )
    return new


def _row(columns: list[dict], row: dict) -> str:
    """Cells as bootstrap-table would show them (markup GE wrote stays markup); the first plain
    cell links to the row's page."""
    link, cells = row.get("_table_row_link_path"), []
    for c in columns:
        value = row.get(c["field"], "")
        cell = value.strip() if isinstance(value, str) and "<" in value else html.escape(str(value))
        if link and "<" not in cell:
            cell, link = f'<a href="{html.escape(link)}">{cell}</a>', None
        cells.append(f"<td>{cell}</td>")
    return "<tr>" + "".join(cells) + "</tr>"
