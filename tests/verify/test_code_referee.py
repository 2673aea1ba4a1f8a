"""The code grader cannot be forged: the verdict is the referee's, computed in a process the
candidate does not control, on plain values. Every forgery below would have scored 1.0 when the
verdict was the last JSON line the candidate's own interpreter printed."""

import gzip
import json

import pytest

from reasonrl import rewards
from reasonrl.data.eval_sets import eval_set_path
from reasonrl.verify import code as code_verify
from reasonrl.verify.code import counted_tests, extract_code, functions_under_test, mbpp_case, run_tests
from reasonrl.verify.plain import NotPlain, decode_plain, encode_plain
from reasonrl.verify.sandbox import SandboxUnavailable

code_reward = rewards.get("code")
MBPP_TESTS = ["assert add(1, 2) == 3", "assert add(-1, 1) == 0", "assert add(2, 2) == 5"]  # the last is wrong
WRONG = "def add(a, b):\n    return 42\n"


def mbpp(completions):
    return code_reward(completions, test_list=[MBPP_TESTS] * len(completions), timeout_s=3)


def test_partial_credit_is_the_share_of_passing_asserts():
    assert mbpp(["def add(a, b):\n    return a + b"]) == [pytest.approx(2 / 3)]
    assert mbpp(["```python\ndef add(a, b):\n    return a - b\n```"]) == [pytest.approx(0.0)]
    assert mbpp(["def add(a, b) return"]) == [0.0]  # does not even parse


@pytest.mark.slow
def test_every_humaneval_canonical_solution_passes_and_wrong_ones_do_not():
    with gzip.open(eval_set_path("humaneval"), "rt") as fh:
        rows = [json.loads(line) for line in fh]
    fields = dict(
        prompt=[r["prompt"] for r in rows],
        test=[r["test"] for r in rows],
        entry_point=[r["entry_point"] for r in rows],
    )
    good = code_reward([r["canonical_solution"] for r in rows], **fields)
    assert good == [1.0] * len(rows), [r["task_id"] for r, g in zip(rows, good, strict=True) if g != 1.0]
    bad = code_reward(["    return None\n"] * 8, **{k: v[:8] for k, v in fields.items()})
    assert max(bad) < 0.5


FORGERIES = {
    "prints a verdict and exits": 'import os\nprint(\'{"passed": 3, "total": 3}\')\nos._exit(0)',
    "prints a verdict at exit": (
        'import atexit\natexit.register(lambda: print(\'{"passed": 3, "total": 3}\'))'
    ),
    "exits before the tests": "raise SystemExit(0)",
    "equals anything": "class Yes:\n    def __eq__(self, other):\n        return True\n"
    "def add(a, b):\n    return Yes()",
    "an int subclass that equals anything": (
        "class Yes(int):\n    def __eq__(self, other):\n        return True\n"
        "    __hash__ = int.__hash__\ndef add(a, b):\n    return Yes(0)"
    ),
    "patches builtins": "import builtins\nbuiltins.AssertionError = type('X', (Exception,), {})\n"
    "builtins.Exception = BaseException",
    "shadows a builtin the tests call": "def isinstance(*a):\n    return True\ndef abs(*a):\n    return 0",
    "forges the counter": "__reasonrl_tests = {'passed': 99, 'total': 99}\nimport sys\n"
    "sys.modules['__main__'].__dict__['__reasonrl_tests'] = {'passed': 99, 'total': 99}",
    "patches json to send a verdict": (
        'import json\njson.dumps = lambda o, **k: \'{"passed": 3, "total": 3}\''
    ),
    "raises SystemExit inside the call": "def add(a, b):\n    raise SystemExit(0)",
    "answers with a memory bomb": "def add(a, b):\n    return [0] * 10**7",
    "sleeps in the call": "import time\ndef add(a, b):\n    time.sleep(30)",
    "reads the referee's memory": (
        "import os\ndef add(a, b):\n    return open(f'/proc/{os.getppid()}/cmdline').read()"
    ),
}


@pytest.mark.parametrize("name", sorted(FORGERIES))
def test_forgeries_score_zero(name):
    program = (WRONG if "def add" not in FORGERIES[name] else "") + FORGERIES[name]
    tests = [
        "assert add(1, 2) == 3",
        "assert isinstance(add(2, 2), int) and abs(add(2, 2) - 4) < 1e-9",
        "assert add(10, 5) == 15",
    ]
    assert code_reward([program], test_list=[tests], timeout_s=3) == [0.0], name


def test_a_forger_that_solves_part_of_the_task_keeps_only_that_part():
    program = 'def add(a, b):\n    return a + b if a < 5 else 0\nprint(\'{"passed": 3, "total": 3}\')'
    assert code_reward([program], test_list=[["assert add(1, 2) == 3", "assert add(7, 1) == 8"]]) == [0.5]


def test_only_called_non_builtin_names_are_the_candidates():
    assert functions_under_test(
        "assert f(1) == g(abs(2))\nassert len(h([])) == 0", "def h(x):\n    return x"
    ) == ("f", "g")


def test_plain_values_round_trip_and_anything_else_is_refused():
    value = (1, [2.5, "a", None, True], {3: b"x"}, {frozenset({1})}, complex(1, 2), float("inf"), -(10**40))
    assert decode_plain(encode_plain(value)) == value
    for bad in (object(), type("S", (str,), {})("x"), [1, lambda: 0]):
        with pytest.raises(NotPlain):
            encode_plain(bad)
    for forged in (["i"], ["x", 1], ["l", [["b", 1]]], ["d", [["i", "1"]]], "plain string", ["f", "1" * 100]):
        with pytest.raises(NotPlain):
            decode_plain(forged)


def test_a_jail_that_cannot_stand_stops_the_grader(monkeypatch):
    """Fail closed: a sandbox that refuses to start is an error, never a silent 0 for every item."""
    real = code_verify.jail_argv
    monkeypatch.setattr(code_verify, "jail_argv", lambda workdir, *a, **k: real(workdir / "missing", *a, **k))
    with pytest.raises(SandboxUnavailable, match="mount tmpfs scratch"):
        run_tests(*mbpp_case("def add(a, b):\n    return a + b", MBPP_TESTS))
    monkeypatch.setenv("REASONRL_SANDBOX_PYTHON", "/nonexistent/python3")
    code_verify.interpreter.cache_clear()
    try:
        with pytest.raises(SandboxUnavailable, match="no interpreter"):
            run_tests(*mbpp_case("def add(a, b):\n    return a + b", MBPP_TESTS))
    finally:
        monkeypatch.delenv("REASONRL_SANDBOX_PYTHON")
        code_verify.interpreter.cache_clear()


def test_helpers():
    assert extract_code("text\n```python\nx = 1\n```\nmore\n```py\ny = 2\n```") == "y = 2\n"
    assert "__reasonrl_tests['passed'] += 1" in counted_tests("def check(c):\n    assert c(1) == 2", {"c"})


STDLIB_RESULTS = {  # honest solutions whose results are standard-library types, with the tests MBPP-style
    "Counter": (
        "from collections import Counter\ndef count(s):\n    return Counter(s)",
        [
            "assert count('abca') == {'a': 2, 'b': 1, 'c': 1}",
            "assert count('abca').most_common(1) == [('a', 2)]",
        ],
    ),
    "OrderedDict": (
        "from collections import OrderedDict\ndef od(xs):\n    return OrderedDict((x, len(x)) for x in xs)",
        ["assert od(['ab', 'c']) == {'ab': 2, 'c': 1}", "assert list(od(['ab', 'c'])) == ['ab', 'c']"],
    ),
    "defaultdict": (
        "from collections import defaultdict\ndef group(xs):\n    d = defaultdict(list)\n"
        "    for x in xs:\n        d[len(x)].append(x)\n    return d",
        ["assert group(['a', 'bb', 'c']) == {1: ['a', 'c'], 2: ['bb']}", "assert group([])[3] == []"],
    ),
    "deque": (
        "from collections import deque\ndef rot(xs, k):\n    d = deque(xs)\n    d.rotate(k)\n    return d",
        ["assert list(rot([1, 2, 3], 1)) == [3, 1, 2]", "assert rot([1, 2], 0) == deque([1, 2])"],
    ),
    "namedtuple": (
        "from collections import namedtuple\nP = namedtuple('P', 'x y')\ndef mk(a, b):\n    return P(a, b)",
        ["assert mk(1, 2) == (1, 2)", "assert mk(1, 2).y == 2"],
    ),
    "re.Match": (
        "import re\ndef find(s):\n    return re.search(r'(\\d+)-(\\d+)', s)",
        [
            "assert find('a 12-34 b').group() == '12-34'",
            "assert find('a 12-34 b').groups() == ('12', '34')",
            "assert find('a 12-34 b').span(2) == (5, 7)",
            "assert find('none') is None",
        ],
    ),
    "a function named like a builtin": (
        "def sum(xs):\n    t = 0\n    for x in xs:\n        t += x * 2\n    return t",
        ["assert sum([1, 2]) == 6", "assert sum([]) == 0"],
    ),
}


@pytest.mark.parametrize("name", sorted(STDLIB_RESULTS))
def test_honest_results_of_standard_library_types_score_full(name):
    program, tests = STDLIB_RESULTS[name]
    setup = "from collections import deque\n" if name == "deque" else ""
    assert code_reward([program], test_list=[tests], test_setup_code=[setup], timeout_s=5) == [1.0], name


def test_a_standard_library_type_cannot_smuggle_a_liar():
    """A Counter/namedtuple subclass or a patched module class that says yes to everything: what
    crosses is the content, rebuilt fresh, so it is compared for what it holds."""
    liars = {
        "Counter subclass": "from collections import Counter\nclass L(Counter):\n    def __eq__(s, o):\n"
        "        return True\ndef count(s):\n    return L()",
        "patched Counter": "import collections\nclass L(dict):\n    def __eq__(s, o):\n        return True\n"
        "    def items(s):\n        return []\ncollections.Counter = L\ndef count(s):\n    return L()",
        "tuple with _fields": (
            "class T(tuple):\n    _fields = ('a',)\n    def __eq__(s, o):\n        return True\n"
            "def count(s):\n    return T((0,))"
        ),
    }
    tests = ["assert count('abca') == {'a': 2, 'b': 1, 'c': 1}"]
    for name, program in liars.items():
        assert code_reward([program], test_list=[tests], timeout_s=5) == [0.0], name


def test_constant_asserts_earn_nothing():
    """A constant assert in a HumanEval check (36 of 164 files have one) is run, never counted: a
    candidate that always raises scores 0, an honest one still 1."""
    # the candidate's test file, as data: one assert on the candidate, then the constant conditions
    # HumanEval's files carry, which the referee runs but must not count
    constant = ["2 > 1, 'debug'", "1 == 1"]
    test = "def check(candidate):\n    assert candidate(1) == 2\n" + "".join(
        f"    assert {c}\n" for c in constant
    )
    stub = 'def inc(x):\n    """x + 1"""\n'
    raising = code_reward(
        ["def inc(x):\n    raise ValueError\n"], prompt=[stub], test=[test], entry_point=["inc"]
    )
    honest = code_reward(["def inc(x):\n    return x + 1\n"], prompt=[stub], test=[test], entry_point=["inc"])
    assert raising == [0.0] and honest == [1.0]
    counted = counted_tests(test, {"candidate"})
    assert counted.count("['total'] += 1") == 1 and counted.count("['passed'] += 1") == 1  # one assert counts


def test_tests_that_lean_on_the_solutions_imports_still_run():
    """MBPP 596's tests call `sys.getsizeof` and import nothing (the reference solution imports
    sys): the referee imports the standard-library modules the tests use itself. MBPP's sanitized
    canonical solutions (427) then all score 1.0 (measured; the set is not shipped here)."""
    program = "import sys\ndef tuple_size(t):\n    return sys.getsizeof(t)"
    tests = [
        "assert tuple_size((1, 2)) == sys.getsizeof((1, 2))",
        "assert tuple_size(()) == sys.getsizeof(())",
    ]
    assert code_reward([program], test_list=[tests], timeout_s=5) == [1.0]
    assert code_reward(["def tuple_size(t):\n    return 0"], test_list=[tests], timeout_s=5) == [0.0]
