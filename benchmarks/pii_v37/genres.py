"""Eight code and technical-text genres of v37; each returns a list of segments (str, or a value dict)."""

NEG_NAMES = {
    "short-sha": "FIXED_IN",
    "full-sha": "PINNED_COMMIT",
    "semver": "MIN_VERSION",
    "port": "DEV_URL",
    "uuid": "TENANT_ID",
    "issue-ref": "SEE_ISSUE",
    "ci-run-id": "LAST_GREEN_RUN",
    "epoch-s": "CREATED_AT",
    "epoch-ms": "EXPIRES_MS",
    "iso-ts": "FROZEN_NOW",
    "line-col": "ORIGIN",
    "hex-addr": "BASE_ADDR",
    "underscore-lit": "MAX_ROWS",
    "float-const": "TOLERANCE",
    "duration-ms": "P95",
    "bytes": "CHUNK",
    "image-digest": "IMAGE",
    "pin-version": "REQUIREMENT",
    "content-length": "HEADER",
    "pid": "WORKER",
    "jira-key": "TICKET",
    "cve": "ADVISORY",
    "seed": "RNG",
    "df-shape": "SHAPE",
    "crc32": "CHECKSUM",
    "build-number": "BUILD",
    "version-code": "ANDROID",
    "serial-uid": "SERIAL",
    "auto-increment": "DDL_TAIL",
    "codepoint": "ICON",
    "hex-colour": "BRAND_COLOUR",
    "lat-lon": "OFFICE_COORDS",
    "tensor-shape": "BATCH",
    "cron": "SCHEDULE",
    "chmod": "PERMS",
    "object-hash": "REPR",
    "maven-coord": "ARTIFACT",
    "css-breakpoint": "BREAKPOINT",
    "po-ref": "SOURCE_REF",
    "tz-offset": "TZ",
    "npm-summary": "INSTALL_LOG",
    "k8s-resource": "LIMITS",
    "invoice-no": "SAMPLE_INVOICE",
    "postal-code": "ZIP",
    "knuth-const": "HASH_MUL",
    "embedding": "VEC",
    "page-params": "QUERY",
    "exit-code": "LAST_EXIT",
    "coverage": "COVERAGE",
}


def fill(tmpl, val=None, town=None, neg=None):
    """Split a template at its one placeholder; the value dict goes in as its own segment."""
    if town is not None:
        tmpl = tmpl.replace("{t}", town)
    if neg is not None:
        return [tmpl.replace("{x}", neg)]
    for ph in ("{p}", "{e}", "{i}", "{c}", "{ip}", "{s}"):
        if ph in tmpl:
            a, b = tmpl.split(ph, 1)
            return [a, val, b]
    return [tmpl]


def _line(prefix, segs, suffix="\n"):
    return [prefix] + list(segs) + [suffix]


def _neg_sentence(rng, L, kind, x):
    return fill(rng.choice(L["neg"]), neg=x)[0]


# ---------------- source files
def source(rng, lang, L, lines, roster, negs, title):
    syn = rng.choice(["py", "js", "java", "sql", "sh"])
    com = {"py": "# ", "js": "// ", "java": "    // ", "sql": "-- ", "sh": "# "}[syn]
    out = []
    if syn == "py":
        out += [f'"""{title}."""\n\nimport re\nfrom dataclasses import dataclass\n\n']
    elif syn == "js":
        out += [f"/**\n * {title}\n */\n'use strict';\n\nconst assert = require('node:assert');\n\n"]
    elif syn == "java":
        out += [f"package com.example.contacts;\n\n/** {title}. */\npublic final class Defaults {{\n"]
    elif syn == "sql":
        out += [f"-- {title}\n-- migration 0042\nBEGIN;\n\n"]
    else:
        out += [f"#!/usr/bin/env bash\n# {title}\nset -euo pipefail\n\n"]
    for i, (k, x) in enumerate(negs):
        if rng.random() < 0.5:
            out.append(com + _neg_sentence(rng, L, k, x) + "\n")
        else:
            name = NEG_NAMES[k]
            out.append(
                {
                    "py": f'{name} = "{x}"\n',
                    "js": f"const {name} = '{x}';\n",
                    "java": f'    static final String {name} = "{x}";\n',
                    "sql": f"-- {name}: {x}\n",
                    "sh": f'{name}="{x}"\n',
                }[syn]
            )
        if i < len(lines):
            segs = lines[i]
            if rng.random() < 0.5 or syn == "sql":
                out += _line(com, segs)
            else:
                lit = {
                    "py": (f'MSG_{i} = "', '"\n'),
                    "js": (f'const msg{i} = "', '";\n'),
                    "java": (f'    static final String MSG_{i} = "', '";\n'),
                    "sh": ('echo "', '"\n'),
                }[syn]
                out += _line(lit[0], segs, lit[1])
    for segs in lines[len(negs) :]:
        out += _line(com, segs)
    if roster:
        rtitle, rows = roster
        if syn == "py":
            out += [f"\n# {rtitle}\nCONTACTS = [\n"]
            for name, v in rows:
                out += [f'    {{"name": "{name}", "phone": "', v, '"},\n']
            out += ["]\n"]
        elif syn == "js":
            out += [f"\n// {rtitle}\nconst contacts = [\n"]
            for name, v in rows:
                out += [f"  {{ name: '{name}', phone: '", v, "' },\n"]
            out += ["];\n"]
        elif syn == "java":
            out += [f"\n    // {rtitle}\n    static final Map<String, String> CONTACTS = Map.of(\n"]
            for j, (name, v) in enumerate(rows):
                out += [f'        "{name}", "', v, '"' + ("," if j < len(rows) - 1 else "") + "\n"]
            out += ["    );\n"]
        elif syn == "sql":
            out += [f"\n-- {rtitle}\nINSERT INTO contacts (name, phone) VALUES\n"]
            for j, (name, v) in enumerate(rows):
                out += [f"  ('{name}', '", v, "')" + ("," if j < len(rows) - 1 else ";") + "\n"]
        else:
            out += [f"\n# {rtitle}\ndeclare -A CONTACTS=(\n"]
            for name, v in rows:
                out += [f'  [{name}]="', v, '"\n']
            out += [")\n"]
    out.append({"java": "}\n", "sql": "\nCOMMIT;\n"}.get(syn, ""))
    return out


# ---------------- fixtures and seed data
def fixture(rng, lang, L, lines, roster, negs, title):
    fmt = rng.choice(["json", "yaml", "csv"])
    out = []
    if fmt == "json":
        out.append(f'{{\n  "_comment": "{title} / fixtures",\n')
        for k, x in negs:
            out.append(f'  "{NEG_NAMES[k].lower()}": "{x}",\n')
        for i, segs in enumerate(lines):
            out += _line(f'  "note_{i + 1}": "', segs, '",\n')
        out.append('  "contacts": [\n')
        rows = roster[1] if roster else []
        for j, (name, v) in enumerate(rows):
            out += [
                f'    {{"id": {j + 1}, "name": "{name}", "phone": "',
                v,
                '"}' + ("," if j < len(rows) - 1 else "") + "\n",
            ]
        out.append("  ]\n}\n")
    elif fmt == "yaml":
        out.append(f"# {title}: seed data, fake people only\n")
        for k, x in negs:
            out.append(f'{NEG_NAMES[k].lower()}: "{x}"\n')
        for segs in lines:
            out += _line('- note: "', segs, '"\n')
        if roster:
            out.append(f"# {roster[0]}\ncontacts:\n")
            for name, v in roster[1]:
                out += [f'  - name: {name}\n    phone: "', v, '"\n']
    else:
        out.append(f"# {title}\n")
        for k, x in negs:
            out.append(f"# {_neg_sentence(rng, L, k, x)}\n")
        out.append("id;name;phone;note\n")
        rows = roster[1] if roster else []
        for j, (name, v) in enumerate(rows):
            out += [f"{j + 1};{name};", v, ";\n"]
        for segs in lines:
            out += _line(f"{len(rows) + 1};;;", segs)
            rows = rows + [None]
    return out


# ---------------- README / CONTRIBUTING
def readme(rng, lang, L, lines, roster, negs, title):
    out = [f"# {title}\n\n", rng.choice(L["contrib"]) + "\n\n", "```bash\n"]
    for k, x in negs[:3]:
        out.append(f"# {NEG_NAMES[k].lower()}: {x}\n")
    out.append("make test\n```\n\n")
    for k, x in negs[3:]:
        out.append("- " + _neg_sentence(rng, L, k, x) + "\n")
    out.append(f"\n## {rng.choice(L['contact_h'])}\n\n")
    for segs in lines:
        out += _line(rng.choice(["", "* ", "> "]), segs, "\n\n")
    if roster:
        out.append(f"### {roster[0]}\n\n")
        if rng.random() < 0.5:
            out.append("| # | name | phone |\n|---|------|-------|\n")
            for j, (name, v) in enumerate(roster[1]):
                out += [f"| {j + 1} | {name} | ", v, " |\n"]
        else:
            for name, v in roster[1]:
                out += [f"- **{name}**: ", v, "\n"]
    return out


# ---------------- issue tracker threads and stack traces
def issue(rng, lang, L, lines, roster, negs, title):
    who = rng.choice(["octo-dev", "mlambda", "qa-bot", "jfr", "kd-2", "p.sharma"])
    out = [f"{title}: {rng.choice(L['ui'])} #{rng.randrange(100, 999)}\n\n{who} commented:\n\n"]
    for segs in lines:
        out += _line("", segs, "\n")
    out.append("\n```\nTraceback (most recent call last):\n")
    for k, x in negs:
        out.append(f'  File "app/{k.replace("-", "_")}.py", line {rng.randrange(10, 900)}, in run  # {x}\n')
    out.append("ValueError: invalid phone\n```\n")
    if roster:
        out.append(f"\n{roster[0]}:\n")
        for j, (name, v) in enumerate(roster[1]):
            out += [f"{j + 1}. {name} ", v, "\n"]
    return out


# ---------------- API documentation
def apidoc(rng, lang, L, lines, roster, negs, title):
    out = [f"## POST /v{rng.randrange(1, 4)}/contacts\n\n{rng.choice(L['api'])}\n\n"]
    for segs in lines:
        out += _line("", segs, "\n")
    out.append("\n```http\n")
    for k, x in negs[:2]:
        out.append(f"X-{NEG_NAMES[k].title().replace('_', '-')}: {x}\n")
    out.append("```\n\nResponse `201`:\n\n```json\n{\n")
    for k, x in negs[2:]:
        out.append(f'  "{NEG_NAMES[k].lower()}": "{x}",\n')
    out.append('  "contacts": [\n')
    rows = roster[1] if roster else []
    for j, (name, v) in enumerate(rows):
        out += [f'    {{"name": "{name}", "phone": "', v, '"}' + ("," if j < len(rows) - 1 else "") + "\n"]
    out.append("  ]\n}\n```\n")
    return out


# ---------------- notebook cells with output
def notebook(rng, lang, L, lines, roster, negs, title):
    out = [
        f"# {title}\n{rng.choice(L['nb'])}\n\nIn [1]:\nimport pandas as pd\ndf = pd.read_csv('export.csv')\n"
    ]
    for k, x in negs:
        out.append(f"print({NEG_NAMES[k].lower()!r}, {x!r})\n" if "'" not in x else f"# {x}\n")
    out.append("\nOut[1]:\n")
    for segs in lines:
        out += _line("", segs, "\n")
    if roster:
        out.append("\nIn [2]:\ndf[['name', 'phone']].head()\n\nOut[2]:\n       name           phone\n")
        for j, (name, v) in enumerate(roster[1]):
            out += [f"{j}  {name:>9}  ", v, "\n"]
    return out


# ---------------- localisation files
def i18n(rng, lang, L, lines, roster, negs, title):
    fmt = rng.choice(["po", "properties", "json"])
    out = []
    if fmt == "po":
        out.append(f'# {title}\nmsgid ""\nmsgstr ""\n"Language: {lang}\\n"\n\n')
        for k, x in negs:
            out.append(
                f'#: src/app.py:{rng.randrange(10, 900)}\n#. {x}\nmsgid "{NEG_NAMES[k]}"\nmsgstr ""\n\n'
            )
        for i, segs in enumerate(lines):
            out += _line(f'msgid "help.contact.{i}"\nmsgstr "', segs, '"\n\n')
        if roster:
            for j, (name, v) in enumerate(roster[1]):
                out += [f'#. {roster[0]}\nmsgid "team.{j}"\nmsgstr "{name}: ', v, '"\n\n']
    elif fmt == "properties":
        out.append(f"# {title} ({lang})\nbutton.save={L['ui'][0]}\n")
        for k, x in negs:
            out.append(f"# {NEG_NAMES[k].lower()} {x}\n")
        for i, segs in enumerate(lines):
            out += _line(f"help.contact.{i}=", segs)
        if roster:
            out.append(f"# {roster[0]}\n")
            for j, (name, v) in enumerate(roster[1]):
                out += [f"team.{j}.name={name}\nteam.{j}.phone=", v, "\n"]
    else:
        out.append(f'{{\n  "_meta": "{title}",\n  "button_save": "{L["ui"][0]}",\n')
        for k, x in negs:
            out.append(f'  "_{NEG_NAMES[k].lower()}": "{x}",\n')
        for i, segs in enumerate(lines):
            out += _line(f'  "help_contact_{i}": "', segs, '",\n')
        if roster:
            for j, (name, v) in enumerate(roster[1]):
                out += [f'  "team_{j}": "{name} \u2192 ', v, '",\n']
        out.append(f'  "shipped": "{L["ui"][1]}"\n}}\n')
    return out


# ---------------- CI logs
def cilog(rng, lang, L, lines, roster, negs, title):
    h, m = rng.randrange(24), rng.randrange(60)
    out = [f"Run {title.lower().replace(' ', '-')} tests\n"]
    sec = 0
    for k, x in negs:
        sec += rng.randrange(1, 9)
        out.append(f"{h:02d}:{m:02d}:{sec % 60:02d} [info] {NEG_NAMES[k].lower()}={x}\n")
    for segs in lines:
        sec += rng.randrange(1, 9)
        out += _line(f"{h:02d}:{m:02d}:{sec % 60:02d} FAILED test_messages - AssertionError: ", segs)
    if roster:
        out.append(f"---- captured stdout: {roster[0]} ----\n")
        for name, v in roster[1]:
            out += [f"  {name:<10} ", v, "\n"]
    out.append(f"Error: Process completed with exit code {rng.choice([1, 2])}.\n")
    return out


GENRES = {
    "source": source,
    "fixture": fixture,
    "readme": readme,
    "issue": issue,
    "apidoc": apidoc,
    "notebook": notebook,
    "i18n": i18n,
    "cilog": cilog,
}
