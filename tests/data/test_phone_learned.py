"""The learned phone reading (phone_learned) and its training (phone_model_train)."""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

from reasonrl.data import phone_model_train as train
from reasonrl.data.filters.phone import DEFAULT_REGIONS
from reasonrl.data.filters.phone_around import WORD as _WORD
from reasonrl.data.filters.phone_learned import (
    DIM,
    MODEL,
    PhoneModel,
    candidates,
    compose,
    features,
    hashed,
)
from reasonrl.data.filters.phone_words import lexicon
from reasonrl.data.filters.pii import detect_pii, redact_pii
from reasonrl.errors import ConfigError, DataError
from tests.data.pii_cases import LOWER_BAR

DATA = Path(__file__).parent


def _cands(text: str) -> list[str]:
    return [text[a:b] for a, b in candidates(text)]


def test_candidates_take_a_number_whole_and_nothing_glued_to_a_word():
    assert _cands("Oma daheim ((+43) (0)664 24707313)") == ["(+43) (0)664 24707313"]
    assert _cands("Kees (06 - 46678979) heeft") == ["(06 - 46678979)", "46678979"]  # its brackets, a piece
    assert _cands("打她家座机8694 7103就行") == ["8694 7103"]  # CJK writes numbers against its words
    assert _cands("SKU A1234567, PIN 1234, call 0431 / 4978690.") == ["0431 / 4978690", "4978690"]
    assert _cands("Ring 0134475241 - 00164") == [
        "0134475241 - 00164",
        "0134475241",
        "00164",
    ]  # and its pieces
    assert _cands("+55 86 6153-4591. 1507 more") == ["+55 86 6153-4591"]  # ". " ends a sentence


def test_a_number_a_line_wrap_broke_is_read_whole_and_its_pieces_too():
    assert _cands("Call me on 07968 334\n682 tonight") == ["07968 334", "07968 334\n682"]
    assert _cands("ring (0431) /\n2144462") == ["2144462", "(0431) /\n2144462"]
    assert _cands("+1\n208-656-8074") == ["208-656-8074", "+1\n208-656-8074"]  # a code alone joins
    assert _cands("ends 12\n\n34567 later") == ["34567"]  # a blank line is a new paragraph
    assert _cands("2 28 36 39 44 46\n3 12 14 15 16 17") == [  # 22 digits: no one number
        "2 28 36 39 44 46",
        "3 12 14 15 16 17",
    ]


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Dear Mum,\nif the line is bad ring me on 07968 334\n682 after six.", "07968 334\n682"),
        ("Bin im Garten. (In Heidelberg reicht 73986.)", "73986"),  # its town names its area code
        ("If you are in Boise, just dial 351 9033 and ask for Ann.", "351 9033"),
    ],
)
def test_version_38_reads_a_wrapped_number_whole_and_a_local_number_by_its_town(text, phone):
    assert [text[s.start : s.end] for s in detect_pii(text) if s.kind == "PHONE"] == [phone]


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Questions? Ring (01904) 753 155.\nWithin York: 688 397 (no code needed).", "688 397"),  # v42's
        ("Im Stadtgebiet Lübeck genügt die 3641-13.", "3641-13"),
    ],
)
def test_version_42_reads_a_local_number_its_town_or_a_neighbouring_phone_announces(text, phone):
    assert phone in [text[s.start : s.end] for s in detect_pii(text) if s.kind == "PHONE"]


@pytest.mark.parametrize(
    "text",
    [
        "Lottery: 2 28 36 39 44 46\n3 12 14 15 16 17",
        pytest.param(
            "Totals\n2024 12345\n2025 23456", marks=pytest.mark.xfail(strict=True, reason=LOWER_BAR)
        ),
    ],
)
def test_numbers_on_consecutive_lines_are_not_joined_into_a_phone(text):
    assert [s for s in detect_pii(text) if s.kind == "PHONE"] == []


def test_a_speakers_pause_inside_a_number_keeps_it_one_candidate():
    assert _cands("it's 0186 589... 4722, I'll say it again") == ["0186 589... 4722"]
    assert _cands("098 \u2026 738 616 17") == ["098 \u2026 738 616 17"]
    assert _cands("Wait... 12345 people?") == ["12345"]  # a pause before a number joins nothing
    assert _cands("I called 0161 496 0000... then") == ["0161 496 0000"]


def test_candidates_leave_other_kinds_out():
    text = "Appelez-moi au 0134475241 - 4994 2856 5265 1719."
    card = (text.index("4994"), text.index("."))
    assert [text[a:b] for a, b in candidates(text, [card])] == ["0134475241"]


def test_features_hash_to_stable_slots():
    assert hashed(["lead=0", "lead=0", "bias"]).tolist() == sorted(
        {zlib.crc32(b"lead=0") % DIM, zlib.crc32(b"bias") % DIM}
    )


def test_compose_merges_a_cut_number_and_yields_to_other_kinds():
    rules = [("PHONE", 0, 13), ("CREDIT_CARD", 20, 39), ("PHONE", 45, 53)]
    read = [(5, 13), (20, 39), (45, 53)]
    # the model takes "496 0000" and the card's digits; the rules' cut number "0161\n496 0000" stays
    # whole, the card stays a card, and the rules' phone at 45 is dropped: the model read it as none
    assert compose(rules, read, [(5, 13), (20, 39)]) == [(0, 13)]


# the writers the shipped model has never seen
HELD_OUT = tuple(f"pii_heldout_v{n}.jsonl" for n in range(118, 126))


def test_the_shipped_model_was_trained_on_the_committed_development_sets_only():
    card = PhoneModel.load().card
    assert not set(HELD_OUT) & set(card["sets"]) and all((DATA / name).exists() for name in HELD_OUT)
    for name, digest in card["sets"].items():  # retrain when a set changes: the digests say which
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, name
    assert (card["threshold"], card["threshold_ruled"]) in train.POLICIES
    allowed = tuple(map(train.policy_arg, card["guarded"]))  # the card writes a policy as "T,R"
    assert (card["threshold"], card["threshold_ruled"]) == train.choose(
        {n: {train.policy_arg(p): v for p, v in c.items()} for n, c in card["validation"].items()}, allowed
    )


def test_the_shipped_policy_takes_no_guarded_negative_and_the_card_says_which_policies_would():
    """The card's guarded policies are those under which the shipped weights take no GUARDS
    number (recomputed here), the shipped one is among them, and detect_pii refuses each guard."""
    model = PhoneModel.load()
    allowed = train.guarded(model.weights, model.intercept, tuple(model.card["regions"]))
    assert [f"{t},{r}" for t, r in allowed] == model.card["guarded"]
    assert (model.threshold, model.threshold_ruled) in allowed and len(allowed) < len(train.POLICIES)
    for text, number in train.GUARDS:
        assert number not in [text[s.start : s.end] for s in detect_pii(text) if s.kind == "PHONE"], text


def test_guards_refuse_every_policy_of_a_model_that_calls_everything_a_phone():
    """A model whose P(phone) is about 1 everywhere takes every guard: no policy is allowed, and
    choose refuses to pick one; one whose P(phone) is about 0 takes none: every policy is."""
    regions = ("US", "GB")
    assert train.guarded(np.zeros(DIM), 20.0, regions) == ()
    assert train.guarded(np.zeros(DIM), -20.0, regions) == train.POLICIES
    with pytest.raises(ValueError, match="guarded negative"):
        train.choose({"a": {}}, ())


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Phone: 467 3395", "467 3395"),  # issue 24's context-announced local numbers
        ("call me on 450 0840 after six", "450 0840"),
        ("Indore branch of the insurance broker – local no. 645-4616 The insurer", "645-4616"),  # 46 did not
        ("Für Spender aus Göttingen: Ortsruf 5 03 89.", "5 03 89"),  # 46 found it too: a guard
        # v69's and v71's leaks under 47 (read): version 52 finds them (49, 50 and 51 did, not shipped)
        (
            "The postcode takes you to the farm gate. (Local to Harrogate: 31 0264. From elsewhere "
            "you'll need the dialling code first.)",
            "31 0264",
        ),
        (
            "Adventure centre booking\n\nOur Aviemore depot (no area code needed locally):\n317-122 Water "
            "temperature yesterday was 11.9 °C, so wetsuits are provided.",
            "317-122",
        ),
        (
            "Hengelsportvereniging Arnhem – controleur (lokaal):\n757 16 27 Poortcode klimhal voor groepen: "
            "4660#.",
            "757 16 27",
        ),
        ("Oma daheim ((+43) (0)664 24707313)", "(+43) (0)664 24707313"),
    ],
)
def test_detect_pii_finds_announced_numbers(text, phone):
    assert [text[s.start : s.end] for s in detect_pii(text) if s.kind == "PHONE"] == [phone]


@pytest.mark.parametrize(
    "text, phone",
    [  # v92's and v93's leaks under 52 (read in session 20; their paragraphs as written)
        ("Ligações locais em João Pessoa: inscrição de barraca 5213-7769, energia 27886775.", "5213-7769"),
        (
            "6328 6796 – so erreichen Sie von Konstanzer Festnetzanschlüssen den Schaustellerverband, "
            "abends 82 570. Bei Störungen des Kartenterminals hilft die Hotline 0800 1187162.",
            "82 570",
        ),
        (
            "24 626 – so erreichen Sie von Konstanzer Festnetzanschlüssen den Schaustellerverband, abends "
            "241 8912.\n",
            "24 626",
        ),
        (
            "Local number for the Kolkata godown, written on the gate board:\n2779-4014 School visits are "
            "pencilled in for the week after arrival, between 13:00–17:00.",
            "2779-4014",
        ),
        (
            "Local number for the Delhi godown, written on the gate board:\n20812712 Thanks again.\n",
            "20812712",
        ),
    ],
)
def test_version_53_reads_an_announcement_farther_off_or_a_towns_adjective(text, phone):
    """Version 52 left each of these in its document (P 0.007-0.075 against 0.1), and four of the
    five excerpts here (not Kolkata's): the phone words stood beyond the near windows, the town was
    named by its adjective ("Konstanzer")."""
    assert phone in [text[s.start : s.end] for s in detect_pii(text) if s.kind == "PHONE"]


def test_a_log_lines_worker_id_is_no_phone():
    """The rules refuse "5512309" as code (a log line's worker id); version 36's model took it,
    version 37's (its rules' own spans read exactly, one more writer) refuses it again."""
    assert not [s for s in detect_pii("2024-01-02 10:00:01 INFO worker 5512309 started") if s.kind == "PHONE"]


def test_training_learns_a_writer_it_has_not_seen():
    """Fit on 300 documents of one writer, score 300 of another: the model must find phones
    there and not call everything one (a constant, an untrained or inverted model fails)."""
    seen = train.examples(train.load_set(DATA / "pii_heldout_v10.jsonl")[:300])
    unseen = train.examples(train.load_set(DATA / "pii_heldout_v11.jsonl")[:300])
    weights, intercept = train.fit([seen])
    got = train.scores(unseen, train.probabilities(unseen, weights, intercept), 0.3)
    assert got["recall"] >= 0.9 and got["precision"] >= 0.8, got
    everything = train.scores(unseen, np.ones(len(unseen.labels)), 0.3)
    assert got["precision"] > everything["precision"] + 0.1


_FIT = """
import hashlib, sys, numpy as np
from reasonrl.data import phone_model_train as train
z = np.load(sys.argv[1])
slots = np.split(z["cols"], np.cumsum(z["lens"])[:-1])
weights, intercept = train.fit([train.Examples(slots, z["y"], [], [], [])])
print(repr(intercept), hashlib.sha256(weights.tobytes()).hexdigest())
"""


def test_training_gives_the_same_weights_whatever_the_blas_thread_count(tmp_path):
    """liblinear sums over the 2**20 weights with BLAS, whose threads split the sums, so the trainer
    pins one: version 52's recipe, run in a test worker (OMP_NUM_THREADS=1), missed the weights it
    shipped with, trained on two threads, by 5.9e-5 in the intercept. A process reads its thread
    count once, at start: one process per count, on one writer's candidates (unpinned, they differ)."""
    e = train.examples(train.load_set(DATA / "pii_heldout_v10.jsonl"))
    data = tmp_path / "x.npz"
    np.savez(data, cols=np.concatenate(e.slots), lens=[len(s) for s in e.slots], y=e.labels)
    said = []
    for threads in ("1", "2"):
        env = {**os.environ, "OMP_NUM_THREADS": threads, "OPENBLAS_NUM_THREADS": threads}
        run = subprocess.run([sys.executable, "-c", _FIT, str(data)], env=env, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr[-2000:]
        said.append(run.stdout)
    assert said[0] == said[1]


def test_training_writes_a_model_that_loads(tmp_path):
    out = tmp_path / "m.npz"
    card = train.main([str(DATA / "pii_heldout_v10.jsonl"), "--out", str(out), "--no-validate"])
    model = PhoneModel.load(out)
    assert model.card == card and model.threshold == PhoneModel.load().threshold
    assert np.count_nonzero(model.weights) > 100
    assert card["regions"] == list(train.MODEL_REGIONS)  # the default: the policy's and the writers' locales
    narrow = train.main(
        [str(DATA / "pii_heldout_v10.jsonl"), "--out", str(out), "--no-validate", "--regions", "DE,PT"]
    )
    assert narrow["regions"] == ["DE", "PT"]
    other = tmp_path / "given.npz"  # PhoneModel.load caches by path
    given = train.main([str(DATA / "pii_heldout_v10.jsonl"), "--out", str(other), "--no-validate",
                        "--policy", "0.3,0.05"])  # fmt: skip
    assert (given["threshold"], given["threshold_ruled"]) == (0.3, 0.05)
    assert (PhoneModel.load(other).threshold, PhoneModel.load(other).threshold_ruled) == (0.3, 0.05)
    with pytest.raises(ConfigError, match="XX"):
        train.main(
            [str(DATA / "pii_heldout_v10.jsonl"), "--out", str(out), "--no-validate", "--regions", "DE,XX"]
        )


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Balcão de devoluções: 289 545 927\nEm caso de avaria, ligue.", "289 545 927"),  # a PT landline
        ("Vigilante noturno: 227194862\nSilêncio depois das 22h.", "227194862"),  # version 39 read neither
    ],
)
def test_version_40_reads_the_numbers_of_the_writers_other_locales(text, phone):
    assert [text[s.start : s.end] for s in detect_pii(text) if s.kind == "PHONE"] == [phone]


@pytest.mark.parametrize(
    "line, where",
    [('{"text": "a", "spans": [{"kind": "PHONE", "start": 0, "end": 5}]}', "bad.jsonl:2: spans"),
     ('{"text": "a"}', "bad.jsonl:2")],
)  # fmt: skip
def test_a_bad_labelled_line_names_the_file_and_row(tmp_path, line, where):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "ok", "spans": []}) + "\n" + line + "\n")
    with pytest.raises(DataError) as err:
        train.load_set(path)
    assert err.value.where.endswith(where)


def test_validation_counts_the_announced_numbers_a_writer_leaves(tmp_path):
    """The sidecar's local-announced values are counted when left: a model that calls no candidate
    a phone leaves all of them (it overrules the rules too), one that calls every one leaves none,
    and the rules alone find some but not all of v38's."""
    path = DATA / "pii_heldout_v38.jsonl"
    docs = train.load_set(path)[:200]
    e = train.examples(docs)
    e.announced = train.announced(path, train.load_set(path))[:200]
    told = sum(map(len, e.announced))
    assert told > 10
    assert train.scores(e, np.ones(len(e.labels)), 0.5)["announced_left"] == 0
    assert train.scores(e, np.zeros(len(e.labels)), 0.5)["announced_left"] == told
    assert 0 < train.rule_scores(e)["announced_left"] < told
    assert train.announced(tmp_path / "no_sidecar.jsonl", docs) is None


@pytest.mark.parametrize(
    "sidecar, where",
    [(['{"values": []}'], "s_values.jsonl"),  # one line for two records
     (['{"values": []}', '{"values": [{"mode": "national"}, {}]}'], "s_values.jsonl:2: values"),  # 2 for 1
     (['{"values": []}', "{oops"], "s_values.jsonl:2: values"),
     (['{"values": []}', '{"values": [{"kind": "EMAIL", "text": "b"}]}'], "s_values.jsonl:2: values"),
     (['{"values": []}', '{"values": [{"kind": "PHONE", "text": "x"}]}'], "s_values.jsonl:2: values")],
)  # fmt: skip
def test_a_bad_sidecar_names_the_file_and_row(tmp_path, sidecar, where):
    """Too few lines, a value per span missing, bad JSON, a value of another kind or other text."""
    docs = [{"text": "a", "spans": []}, {"text": "b", "spans": [{"kind": "PHONE", "start": 0, "end": 1}]}]
    (tmp_path / "s_values.jsonl").write_text("\n".join(sidecar) + "\n")
    with pytest.raises(DataError) as err:
        train.announced(tmp_path / "s.jsonl", docs)
    assert err.value.where.endswith(where)


def test_the_policy_is_the_one_under_which_most_writers_meet_the_goals():
    good, leaky, vague = (
        {"recall": 0.995, "precision": 0.95, "announced_left": 0},
        {"recall": 0.995, "precision": 0.95, "announced_left": 2},
        {"recall": 0.995, "precision": 0.85},
    )
    assert train.meets(good) and not train.meets(leaky) and not train.meets(vague)
    table = {  # a: always; b: a low bar for rule phones keeps its announced numbers; c: precision
        "a": {p: good for p in train.POLICIES},
        "b": {p: (good if p[1] <= 0.02 else leaky) for p in train.POLICIES},
        "c": {p: (good if p[0] >= 0.1 else vague) for p in train.POLICIES},
    }
    assert train.choose(table) == (0.5, 0.02)  # all three; the highest thresholds of those tied
    assert train.choose(table, ((0.02, 0.02), (0.1, 0.05))) == (0.1, 0.05)  # of the allowed only
    report = train.report(table, {n: good for n in table}, (0.5, 0.02))
    assert "| goals met | 3 | 3 | 2 | 1 | 1 | 2 | 2 | 2 | 2 | 2 |" in report  # chosen, then (t, t)
    assert "| 0.1 | 3 | 3 | 3 | 2 | 2 |" in report and "| 0.02 | 2 | 2 | 2 |  | 2 |" in report
    assert "0.995 / 0.950 / 2" in report
    assert "(chosen: of those taking no guarded negative, the most writers" in report
    marked = train.report(table, {n: good for n in table}, (0.1, 0.05), allowed=((0.1, 0.05),))
    assert "| 0.1 | 3 × | 3 × | 3 × | 2 | 2 × |" in marked  # × : a policy that takes a guard
    given = train.report(table, {n: good for n in table}, (0.1, 0.05), given=True)
    assert "ruled threshold 0.05 (given with --policy; validation would choose 0.5 / 0.02)" in given


@pytest.mark.parametrize("text", ["0.2", "0.2,0.3", "0,0", "0.2,x", "1,0.5"])
def test_a_policy_that_is_no_pair_of_thresholds_is_refused_naming_what_it_wants(text):
    with pytest.raises(argparse.ArgumentTypeError, match=text.replace(".", "\\.")):
        train.policy_arg(text)
    assert train.policy_arg("0.2,0.05") == (0.2, 0.05)


@pytest.mark.slow
def test_the_shipped_model_is_what_its_recipe_trains(tmp_path):
    """Retrain from the card's sets and negatives (no validation: minutes): the same weights."""
    from reasonrl.data.eval_sets import shared_data_root

    shipped = PhoneModel.load()
    out = tmp_path / "m.npz"
    negatives = shared_data_root() / "math" / shipped.card["negatives"]["file"]
    sets = [str(DATA / name) for name in shipped.card["order"]]
    regions = ["--regions", ",".join(shipped.card["regions"])]
    train.main([*sets, "--negatives", str(negatives), *regions, "--out", str(out), "--no-validate"])
    retrained = PhoneModel.load(out)
    assert retrained.intercept == pytest.approx(shipped.intercept, abs=1e-5)
    np.testing.assert_allclose(retrained.weights, shipped.weights, atol=1e-5)


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Zimmer 2 (0171 2345678)", ["0171 2345678"]),  # a room number before a phone
        ("Apt 12 (020 7946 0958)", ["020 7946 0958"]),
        ("0049 30 1234567 (0031 20 123 4567)", ["0049 30 1234567", "0031 20 123 4567"]),  # two, bracketed
    ],
)
def test_a_rule_phone_stands_by_its_own_score_not_by_a_longer_run_around_it(text, numbers):
    redacted = redact_pii(text)
    assert all(digit not in redacted for n in numbers for digit in n.split()), redacted


def test_a_policy_naming_fewer_regions_does_not_shift_what_the_model_sees():
    for text in ("(030/1234567)\nBest regards,", "Ana García\n0049 30 1234567\n\nDhanyavaad"):
        assert "1234567" not in redact_pii(text, phone_regions=("DE",)), text


def test_hindi_words_stay_whole():
    assert _WORD.findall("मेरा नंबर: 98765") == ["मेरा", "नंबर", ":"]


def _broken(path: Path, **arrays) -> Path:
    with np.load(MODEL) as z:
        good = {k: z[k] for k in z.files}
    np.savez(path, **{**good, **arrays})
    return path


@pytest.mark.parametrize(
    "fault",
    ["missing", "empty", "garbage", "nan", "silent", "threshold", "ruled_above", "no_ruled", "unruled_deaf"],
)
def test_a_broken_model_fails_closed_with_a_clear_error(tmp_path, fault):
    """A model that cannot be read, or that would read no phone, is an error naming the file, never
    a detector that passes phones through."""
    path = tmp_path / "m.npz"
    with np.load(MODEL) as z:
        weights, card = z["weights"], json.loads(str(z["card"]))
    if fault == "empty":
        path.write_bytes(b"")
    elif fault == "garbage":
        path.write_bytes(b"PK\x03\x04 not a zip at all")
    elif fault == "nan":
        _broken(path, weights=np.full_like(weights, np.nan))
    elif fault == "silent":  # loads, finite, but every number scores as no phone
        _broken(path, weights=np.full_like(weights, -5.0))
    elif fault == "threshold":
        _broken(path, card=np.array(json.dumps({**card, "threshold": 2.0})))
    elif fault == "ruled_above":  # a rule phone would need more than any other number
        _broken(path, card=np.array(json.dumps({**card, "threshold_ruled": card["threshold"] + 0.1})))
    elif fault == "unruled_deaf":  # rule phones pass, every phone the rules missed is dropped
        _broken(path, card=np.array(json.dumps({**card, "threshold": 0.9999999})))
    elif fault == "no_ruled":  # a card from before version 42
        _broken(path, card=np.array(json.dumps({k: v for k, v in card.items() if k != "threshold_ruled"})))
    with pytest.raises(DataError) as err:
        PhoneModel.load(path)
    assert err.value.where == str(path) and "phone_model_train" in err.value.hint


def test_the_ruled_threshold_is_for_rule_phones_and_the_other_for_the_rest():
    """Swap the thresholds' roles and this fails: with a bar no number reaches for the unruled and
    none for the ruled, exactly the rule phones are kept, in detection and in validation."""
    text = "Ruf mich an unter 04171 41183. Tel.: +49 30 1234567"
    ruled = [("PHONE", text.index("04171"), text.index("04171") + 11)]
    strict = dataclasses.replace(PhoneModel.load(), threshold=1.0, threshold_ruled=0.0)
    assert strict.phones(text, ruled, DEFAULT_REGIONS) == [ruled[0][1:]]
    e = train.examples([{"text": text, "spans": []}])  # the rule pass calls both numbers phones
    assert [k for k, _, _ in e.ruled[0]] == ["PHONE", "PHONE"] and len(e.labels) == 2
    half = np.full(2, 0.5)
    assert train.scores(e, half, 0.6, 0.4)["predicted"] == 2  # rule phones: the ruled bar
    assert train.scores(e, half, 0.4, 0.6)["predicted"] == 0


def test_a_directorys_rows_vouch_for_each_other():
    """The rules' phones on the lines around a number, and in its paragraph, are features of it."""
    text = "Bauaufsicht: 0931/4943359\nKfz-Zulassung: 0681 5537004\nStandesamt: 0361/8018767\n\nCode 12345"
    ruled = [
        ("PHONE", text.index("0931"), text.index("0931") + 12),
        ("PHONE", text.index("0361"), text.index("0361") + 12),
    ]
    scored = dict(features(text, ruled, lexicon(DEFAULT_REGIONS), DEFAULT_REGIONS))
    middle = scored[(text.index("0681"), text.index("0681") + 12)]
    assert middle.count("nbrruled") == 2 and "blockruled=2" in middle
    first = scored[(text.index("0931"), text.index("0931") + 12)]
    assert "nbrruled" not in first and "blockruled=1" in first  # its own verdict does not vouch for it
    assert "blockruled=0" in scored[(text.index("12345"), text.index("12345") + 5)]  # another paragraph


def test_a_rule_phone_on_the_same_line_is_a_feature_of_the_next_number():
    """Version 56: another number the rules called a phone on a candidate's own line is a feature of
    it (trained, its weight is negative); its own verdict, or one on another line, is not."""
    text = "Brauereiladen (Ortsgespräch): 85694, Fassbestellung 7 02 85.\nLager 7 03 91"
    ruled = [("PHONE", text.index("85694"), text.index("85694") + 5)]
    scored = dict(features(text, ruled, lexicon(DEFAULT_REGIONS), DEFAULT_REGIONS))
    assert "lineruled" in scored[(text.index("7 02 85"), text.index("7 02 85") + 7)]
    assert "lineruled" not in scored[ruled[0][1:]]
    assert "lineruled" not in scored[(text.index("7 03 91"), text.index("7 03 91") + 7)]


def test_the_trainer_cli_reports_a_bad_option_without_a_traceback(tmp_path):
    cmd = [sys.executable, "-m", "reasonrl.data.phone_model_train", str(DATA / "pii_heldout_v10.jsonl")]
    done = subprocess.run([*cmd, "--out", str(tmp_path / "m.npz"), "--no-validate", "--regions", "DE,XX"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode != 0 and "--regions: unknown phone regions ['XX']" in done.stderr
    assert "hint:" in done.stderr and "Traceback" not in done.stderr and not (tmp_path / "m.npz").exists()
