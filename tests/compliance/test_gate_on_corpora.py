"""The data gate's own PII check (compliance.checks.pii_kinds: python-stdnum, libphonenumber's
national numbers of the policy regions, its own announced-phone rule) on what the pii filter
leaves of the shipped corpora (46k texts: GSM8K, MATH-500, AIME, AMC, HumanEval, HateCheck in nine
languages, moderation samples, hh-rlhf dialogues that quote phone numbers). The filter's
refusals (phone_refusals, phone_layout) and the gate are written apart; a refusal that let a real
number through would stop every pipeline fed these texts. Measured at filter version 16: 0 of
46k texts flagged (~25 s)."""

import importlib.util
from pathlib import Path

from reasonrl.compliance.checks import pii_kinds
from reasonrl.data.eval_sets import shared_data_root
from reasonrl.data.filters.phone import DEFAULT_REGIONS
from reasonrl.data.filters.pii import redact_pii

# the corpora as benchmarks/pii/false_alarms.py reads them (one text per row, fields joined)
SPEC = importlib.util.spec_from_file_location(
    "false_alarms", Path(__file__).parents[2] / "benchmarks" / "pii" / "false_alarms.py"
)
false_alarms = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(false_alarms)


def test_the_gate_finds_no_pii_the_filter_left_in_the_shipped_corpora():
    texts = {name: rows for name, rows in false_alarms.sources(shared_data_root()).items()}
    assert sum(map(len, texts.values())) > 40_000  # every corpus was read
    flagged = {
        name: [t[:120] for t in rows if pii_kinds(redact_pii(t), DEFAULT_REGIONS)]
        for name, rows in texts.items()
    }
    assert not any(flagged.values()), {k: v[:3] for k, v in flagged.items() if v}
