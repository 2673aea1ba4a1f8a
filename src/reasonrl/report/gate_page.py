"""A gate's evidence as one self-contained page: every rule with what it checks, the value it
observed, its threshold and its verdict, the offending examples (PII-redacted), and the run and
data asset it judged. It opens offline, where GE's own Data Docs lose their styling and marks."""

from __future__ import annotations

from reasonrl.report.html import esc, num, page, table, verdict


def observed(rule: dict) -> str:
    """The value a rule checked: GE's observed value (a metric, a row count), else its unexpected
    count ('0 unexpected') for a per-row rule."""
    if not rule.get("threshold") and rule.get("unexpected_count") is not None:
        return f"{rule['unexpected_count']} unexpected"
    if rule.get("observed") is not None and not isinstance(rule["observed"], (dict, list)):
        return num(rule["observed"], 4)
    return esc(rule.get("observed"))


def threshold(rule: dict) -> str:
    t = rule.get("threshold") or {}
    parts = [f"{op} {t[k]:g}" for k, op in (("min", "≥"), ("max", "≤")) if t.get(k) is not None]
    return " and ".join(parts) if parts else "every row"


def rules_table(decision: dict) -> str:
    rows = [
        [
            esc(r["name"]),
            f"<code>{esc(r.get('expects', ''))}</code>",
            observed(r),
            threshold(r),
            verdict(r["passed"], r.get("warn_only", False)),
            esc("; ".join(r.get("examples") or [])),
        ]
        for r in decision["rules"]
    ]
    return table(["rule", "checks", "observed", "threshold", "verdict", "examples (redacted)"], rows)


def gate_html(decision: dict, run_name: str, data_docs: str | None = None) -> str:
    """The page for one decision.json (the dict the gate stage writes)."""
    gate = decision["gate"]
    head = (
        f"<h1>Gate <code>{esc(gate)}</code>: {verdict(decision['passed'])}</h1>"
        f"<p>{esc(decision['summary'])}</p>"
        f"<p>run <b>{esc(run_name)}</b>; data asset <b>{esc(gate)} gate input</b>, "
        f"{esc(decision.get('rows_checked', '?'))} rows checked</p>"
    )
    extra = ""
    if decision.get("warnings"):
        extra += f"<p class='warn'>warn-only rules that failed: {esc(', '.join(decision['warnings']))}</p>"
    if decision.get("exceptions"):
        extra += "<p class='warn'>policy exceptions on record: " + esc(decision["exceptions"]) + "</p>"
    if decision.get("metrics"):
        extra += "<h2>Metrics checked</h2>" + table(
            ["metric", "value"], [[esc(k), num(v, 4)] for k, v in decision["metrics"].items()]
        )
    docs = (
        "<p class='muted'>Great Expectations Data Docs (need network for their styling): "
        f"{esc(data_docs)}</p>"
        if data_docs
        else ""
    )
    return page(
        f"gate {gate}: {'PASS' if decision['passed'] else 'FAIL'}",
        head + "<h2>Rules</h2>" + rules_table(decision) + extra + docs,
    )
