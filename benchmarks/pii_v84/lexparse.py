"""Parse the sentence blocks of the lex_*.py modules.

A block has section heads '[genre part]' (parts: title, body, neg) or '[local REGION]', '[heads]', '[labels]';
one entry a line; a line that starts with two spaces continues the entry above (joined with one space);
'¶' stands for a line break inside an entry.
"""


def parse(text):
    out = {}
    key = None
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("[") and raw.rstrip().endswith("]"):
            key = tuple(raw.strip()[1:-1].split())
            out.setdefault(key, [])
            continue
        if raw.startswith("  "):
            out[key][-1] += " " + raw.strip()
        else:
            out[key].append(raw.strip())
    return {k: [e.replace("¶", "\n") for e in v] for k, v in out.items()}
