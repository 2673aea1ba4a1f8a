"""Layouts for v24: value-line shapes, roster formats, hard wrapping of plain-text e-mails."""

import textwrap

NAME_WORD = {
    "en": "Name",
    "de": "Name",
    "fr": "Nom",
    "es": "Nombre",
    "it": "Nome",
    "nl": "Naam",
    "pt": "Nome",
    "hi": "नाम",
}

SHAPES = {
    "arrow": lambda lab, v: "%s \u2192 %s" % (lab, v),
    "guillemet": lambda lab, v: "%s \u00bb %s" % (lab, v),
    "equals": lambda lab, v: "%s = %s" % (lab, v),
    "quote_gt": lambda lab, v: "> %s: %s" % (lab, v),
    "angle": lambda lab, v: "%s: <%s>" % (lab, v),
    "star_bold": lambda lab, v: "*%s:* %s" % (lab, v),
    "dot_leader": lambda lab, v: "%s %s %s" % (lab, "." * max(3, 18 - len(lab)), v),
    "hash": lambda lab, v: "# %s: %s" % (lab, v),
    "paren_label": lambda lab, v: "%s (%s)" % (v, lab),
    "caps_colon": lambda lab, v: "%s: %s" % (lab.upper(), v),
    "slash_sep": lambda lab, v: "%s / %s" % (lab, v),
}


def roster(fmt, lang, label, rows):
    """rows: list of (name, marker). Returns the roster block."""
    nw = NAME_WORD[lang]
    if fmt == "dot_leaders":
        width = max(len(n) for n, _ in rows) + 6
        return "\n".join(n + " " + "." * (width - len(n)) + " " + m for n, m in rows)
    if fmt == "numbered_paren":
        return "\n".join("%d) %s \u2013 %s" % (i + 1, n, m) for i, (n, m) in enumerate(rows))
    if fmt == "markdown_table":
        lines = ["| %s | %s |" % (nw, label), "|---|---|"]
        return "\n".join(lines + ["| %s | %s |" % (n, m) for n, m in rows])
    if fmt == "yaml_like":
        return "\n".join("- %s: %s\n  %s: %s" % (nw.lower(), n, label.lower(), m) for n, m in rows)
    if fmt == "quoted_csv":
        return "\n".join(['"%s","%s"' % (nw, label)] + ['"%s","%s"' % (n, m) for n, m in rows])
    if fmt == "two_column":
        cells = ["%-24s %s" % (n, m) for n, m in rows]
        out = []
        for i in range(0, len(cells), 2):
            out.append("    ".join(cells[i : i + 2]))
        return "\n".join(out)
    if fmt == "bullet_emoji":
        return "\n".join("\u2022 %s \U0001f4de %s" % (n, m) for n, m in rows)
    if fmt == "slash_inline":
        return label + ": " + " / ".join("%s %s" % (n, m) for n, m in rows)
    raise KeyError(fmt)


ROSTER_FORMATS = (
    "dot_leaders",
    "numbered_paren",
    "markdown_table",
    "yaml_like",
    "quoted_csv",
    "two_column",
    "bullet_emoji",
    "slash_inline",
)


def hard_wrap(text, width=72, prefix=""):
    """Wrap every paragraph line longer than width, as plain-text mail clients do. Markers hold no spaces,
    so a value is never split."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(("|", "-", "\u2022", '"')):
            out.append(prefix + line if prefix else line)
            continue
        for w in textwrap.wrap(
            line, width=width - len(prefix), break_long_words=False, break_on_hyphens=False
        ):
            out.append(prefix + w)
    return "\n".join(out)
