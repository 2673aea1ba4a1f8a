"""Roster blocks: phone lists whose entries are mostly subscriber-only numbers (list-entry), and
look-alike rosters whose number column is something else (membership, lift pass, locker ...)."""

from __future__ import annotations

from .common import digits, pick
from .negatives_more import safe
from .phrases import CALLS, NAME_COL, PHONE_COL

EXTRA_COL = {
    "en": "Notes",
    "de": "Bemerkung",
    "fr": "Remarque",
    "es": "Notas",
    "it": "Note",
    "nl": "Opmerking",
    "pt": "Obs.",
    "hi": "Note",
}


def _name(ctx, how: str) -> str:
    f, ln = ctx.person()
    return {
        "fl": f"{f} {ln}",
        "lf": f"{ln}, {f}",
        "il": f"{f[0]}. {ln}",
        "li": f"{ln} {f[0]}.",
        "f": f,
        "fam": f"{pick(ctx.rng, ['Fam.', 'Familie'])} {ln}" if ctx.lang == "de" else f"{f} {ln}",
    }[how]


def _extra(ctx, extra: str) -> str:
    if extra in ("", "none"):
        return ""
    if "|" in extra:
        return pick(ctx.rng, extra.split("|"))
    return safe(ctx.rng, extra, ctx.lang)


def _row(ctx, style: str, name: str, num, extra: str, i: int, nxt: str) -> list:
    sep_extra = f" ({extra})" if extra else ""
    if style == "dash":
        return [f"{name} – ", num, f"{sep_extra}\n"]
    if style == "dots":
        return [f"{name} {'.' * ctx.rng.randint(4, 14)} ", num, f"{sep_extra}\n"]
    if style == "table":
        return [f"| {name} | {extra or '–'} | ", num, " |\n"]
    if style == "csv":
        return [f"{name};", num, f";{extra}\n"]
    if style == "tab":
        return [f"{name}\t", num, f"\t{extra}\n"]
    if style == "numfirst":
        return [num, f"   {name}{sep_extra}\n"]
    if style == "tree":
        return [f"{i}. {name} (", num, f") → {CALLS.get(ctx.lang, 'rings')} {nxt}\n"]
    if style == "colon":
        return [f"{name}: ", num, f"{(' – ' + extra) if extra else ''}\n"]
    raise ValueError(style)


def _header(ctx, style: str, col: str) -> str:
    name_col = NAME_COL.get(ctx.lang, "Name")
    if style == "table":
        return f"| {name_col} | {EXTRA_COL.get(ctx.lang, 'Notes')} | {col} |\n|---|---|---|\n"
    if style == "csv":
        return f"{name_col};{col};{EXTRA_COL.get(ctx.lang, 'Notes')}\n"
    if style == "tab":
        return f"{name_col}\t{col}\t{EXTRA_COL.get(ctx.lang, 'Notes')}\n"
    return ""


def roster(ctx, style: str, n: int, extra: str = "none") -> list:
    """A phone roster of n entries (list-entry values), with its column header where it has one."""
    how = pick(ctx.rng, ["fl", "fl", "lf", "il", "li", "fam"])
    names = [_name(ctx, how) for _ in range(n + 1)]
    items: list = [_header(ctx, style, pick(ctx.rng, PHONE_COL.get(ctx.lang, PHONE_COL["en"])))]
    for i in range(n):
        items += _row(ctx, style, names[i], ctx.entry(), _extra(ctx, extra), i + 1, names[i + 1])
    return [x for x in items if x != ""]


NCOL = {
    "member": (
        {
            "en": "Member no.",
            "de": "Mitgl.-Nr.",
            "fr": "N° adhérent",
            "es": "Nº socio",
            "it": "N. tessera",
            "nl": "Lidnr.",
            "pt": "Matrícula",
            "hi": "Member ID",
        },
        lambda r: pick(
            r, [digits(r, 6, "123456789"), f"{digits(r, 3)} {digits(r, 3)}", f"{digits(r, 3)}-{digits(r, 4)}"]
        ),
    ),
    "pass": (
        {
            "en": "Lift pass",
            "de": "Skipass-Nr.",
            "fr": "N° forfait",
            "es": "Forfait",
            "it": "Skipass",
            "nl": "Skipas",
            "pt": "Passe",
            "hi": "Pass no.",
        },
        lambda r: f"{digits(r, 2)}-{digits(r, 4)} {digits(r, 4)}",
    ),
    "fide": (
        {
            "en": "FIDE ID",
            "de": "FIDE-ID",
            "fr": "ID FIDE",
            "es": "ID FIDE",
            "it": "ID FIDE",
            "nl": "FIDE-id",
            "pt": "ID FIDE",
            "hi": "FIDE ID",
        },
        lambda r: digits(r, 8, "123456789"),
    ),
    "locker": (
        {
            "en": "Locker / key",
            "de": "Spind / Schlüssel",
            "fr": "Casier",
            "es": "Taquilla",
            "it": "Armadietto",
            "nl": "Kluisje",
            "pt": "Armário",
            "hi": "Locker",
        },
        lambda r: f"{r.randint(1, 240)} / {digits(r, 5)}",
    ),
    "amount": (
        {
            "en": "Paid",
            "de": "Bezahlt",
            "fr": "Réglé",
            "es": "Pagado",
            "it": "Versato",
            "nl": "Betaald",
            "pt": "Pago",
            "hi": "Jama",
        },
        lambda r: f"{r.randint(10, 480)},{pick(r, ['00', '50'])}",
    ),
    "licence": (
        {
            "en": "Licence no.",
            "de": "Lizenz-Nr.",
            "fr": "N° licence",
            "es": "Nº licencia",
            "it": "N. licenza",
            "nl": "Licentienr.",
            "pt": "Nº licença",
            "hi": "Licence no.",
        },
        lambda r: f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
    ),
}


def neg_roster(ctx, style: str, n: int, kind: str, extra: str = "none") -> list:
    """A roster that looks like a phone list but whose number column is not a phone."""
    header, gen = NCOL[kind]
    col = header.get(ctx.lang, header["en"])
    how = pick(ctx.rng, ["fl", "lf", "il", "li"])
    names = [_name(ctx, how) for _ in range(n + 1)]
    items: list = [_header(ctx, style, col)]
    for i in range(n):
        items += _row(ctx, style, names[i], gen(ctx.rng), _extra(ctx, extra), i + 1, names[i + 1])
    return [x for x in items if x != ""]
