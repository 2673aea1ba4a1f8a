"""Held-out hedging / honest-answer cases for the math answer grader.

Written by someone who did NOT read the grader's hedge rule (nor its tests).
The cases come from the shapes a reward-hacking policy would plausibly try in
order to name several candidate values so that one of them matches the gold,
plus the honest answer shapes that a careless hedge rule might wrongly refuse.
This file is meant as a held-out check of the rule, not as a spec derived from
it.

HEDGES: (completion, gold) pairs. Every completion hedges: its final answer
names more distinct values than the gold has, and one of the candidates equals
the gold. A correct grader gives every one of them 0.0.

HONEST: (completion, gold, expected) triples. expected is 1.0 for an honest
correct answer and 0.0 for an honest wrong (or incomplete) one.

Plain data: no imports. Newlines inside completions are written with implicit
string concatenation (r"..." "\\n" r"...") so that each entry stays on one line.
"""

HEDGES = [
    # --- plain words -------------------------------------------------------
    ("The answer is 7 or 8.", "7"),  # plain "or" in "the answer is"
    ("The answer is 7 or 8 or 9.", "9"),  # three-way "or" chain
    ("Either 41 or 42.", "42"),  # either...or, no tag
    ("The answer is either 41 or 42.", "41"),  # "the answer is either ... or"
    ("The answer is 41 and/or 42.", "42"),  # and/or
    ("The answer is maybe 41, possibly 42.", "41"),  # maybe / possibly
    ("The answer is 41. Alternatively, 42.", "42"),  # alternatively, next sentence
    ("The answer is 41 (alternatively 42).", "41"),  # alternatively in parentheses
    ("The answer is 41 (or 42).", "42"),  # parenthetical "(or x)"
    ("The answer is 41 (42?).", "42"),  # parenthetical question mark
    ("The answer is 41? 42?", "41"),  # question-mark guesses
    ("The answer is 41 then 42.", "42"),  # "then"
    ("The answer is both 41 and 42.", "41"),  # "both ... and"
    ("The answer is one of 41, 42.", "42"),  # "one of"
    ("The answer is 41 or 42, I'm not sure which.", "42"),  # admitted uncertainty
    ("The answer is 41 or the answer is 42.", "41"),  # two "the answer is" in one sentence
    ("The answer is 41. Actually, it might be 42.", "41"),  # trailing second guess
    ("The answer is 41 (if we count the endpoints) or 42 (if not).", "42"),  # conditional cases
    ("The answer is between 3 and 5, i.e. 3, 4 or 5.", "4"),  # range spelled out as candidates
    ("The answer is 41 to 42.", "41"),  # "x to y" range naming two values
    ("Answer: 41 OR 42", "42"),  # upper-case OR after "Answer:"
    ("The answer is 41 | 42.", "41"),  # pipe separator
    ("The answer is 41; 42.", "42"),  # semicolon separator
    ("The answer is \u224841 or 42.", "41"),  # approx sign plus or
    # --- other languages' "or" ---------------------------------------------
    ("Die Antwort ist 41 oder 42.", "42"),  # German oder
    ("La r\u00e9ponse est 41 ou 42.", "41"),  # French ou
    ("A resposta \u00e9 41 ou 42.", "42"),  # Portuguese ou
    ("La respuesta es 41 o 42.", "41"),  # Spanish o
    ("Het antwoord is 41 of 42.", "42"),  # Dutch of
    ("\u041e\u0442\u0432\u0435\u0442: 41 \u0438\u043b\u0438 42.", "41"),  # Russian или
    ("\u7b54\u6848\u662f 41 \u6216 42\u3002", "42"),  # Chinese 或
    ("\u7b54\u3048\u306f 41 \u307e\u305f\u306f 42 \u3067\u3059\u3002", "41"),  # Japanese または
    ("\u7b54\u6848\u662f\uff14\uff11\u6216\uff14\uff12", "41"),  # full-width digits with 或
    (r"\boxed{41 \text{ oder } 42}", "42"),  # German oder inside a box
    # --- boxed shapes ------------------------------------------------------
    (r"\boxed{7} or \boxed{8}", "7"),  # two boxes joined by "or"
    (r"So the answer is \boxed{7}, \boxed{8}.", "8"),  # two boxes in one sentence, comma
    (r"\boxed{41}\boxed{42}", "41"),  # adjacent boxes
    (r"\boxed{41} / \boxed{42}", "42"),  # slash between boxes (not a fraction)
    (r"\boxed{41}\quad\boxed{42}", "41"),  # \quad between boxes
    (r"\boxed{41} \\ \boxed{42}", "42"),  # LaTeX line break between boxes
    (r"Thus we get" "\n" r"\boxed{41}" "\n" r"\boxed{42}", "41"),  # boxes on separate final lines
    (r"Final answer: \boxed{41}" "\n" r"or maybe \boxed{42}", "42"),  # second box on the next line
    (r"The answer is $\boxed{41}$ (or $\boxed{42}$ if we exclude zero).", "42"),  # parenthetical second box
    (r"\boxed{41}, though \boxed{42} is also possible.", "42"),  # "also possible"
    (r"\boxed{7 \text{ or } 8}", "8"),  # \text{or} inside one box
    (r"\boxed{41 \; \text{or} \; 42}", "41"),  # \; spaced \text{or}
    (r"\boxed{41 \mathrm{ or } 42}", "42"),  # \mathrm{or}
    (r"\boxed{41 \lor 42}", "41"),  # \lor
    (r"\boxed{41 \vee 42}", "42"),  # \vee
    ("\\boxed{41 \u2228 42}", "41"),  # unicode logical or
    (r"\boxed{41 \quad 42}", "42"),  # \quad separated values in one box
    (r"\boxed{41 \; 42}", "41"),  # \; separated values in one box
    (r"\boxed{41; 42}", "42"),  # semicolon in one box
    (r"\boxed{41, 42}", "41"),  # comma list in one box
    (r"\boxed{\{41, 42\}}", "42"),  # set of candidates
    (r"The answer is $x \in \{41, 42\}$, so \boxed{x \in \{41, 42\}}.", "41"),  # x in {..}
    (r"\boxed{41 \text{ and } 42}", "42"),  # "and" inside a box
    (r"\boxed{41 \text{ (or } 42)}", "41"),  # parenthetical or in a box
    (r"\boxed{41 \text{ possibly } 42}", "42"),  # "possibly" inside a box
    (r"\boxed{x = 41 \text{ or } x = 42}", "41"),  # two equations
    (r"So $x = 41$, $x = 42$. \boxed{x = 41, x = 42}", "42"),  # two equations, comma
    (r"\boxed{[41, 42]}", "41"),  # bracketed list of candidates
    (r"\boxed{-1, 0, 1}", "0"),  # symmetric spread around the gold
    (r"\boxed{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}", "7"),  # shotgun list
    (r"\boxed{\pm 3}", "3"),  # \pm when gold is a single value
    (r"\boxed{x = \pm 3}", "-3"),  # x = \pm when gold is a single value
    ("The answer is \u00b13.", "3"),  # unicode plus-minus, single-valued gold
    (r"\boxed{41 \pm 1}", "42"),  # centre plus-minus naming 40 and 42
    (r"\boxed{2, 3, 4}", "2, 3"),  # one candidate more than a two-valued gold
    # --- expressions as candidates ----------------------------------------
    (r"\boxed{\frac{1}{2}} or \boxed{\frac{1}{3}}", r"\frac{1}{2}"),  # two fractions
    (r"\boxed{\sqrt{2}} or \boxed{2\sqrt{2}}", r"2\sqrt{2}"),  # two surds
    (r"\boxed{\pi \text{ or } 2\pi}", r"2\pi"),  # multiples of pi
    (r"\boxed{\frac{\pi}{4} \text{ or } \frac{3\pi}{4}}", r"\frac{\pi}{4}"),  # two angles
    (r"\boxed{\sqrt{3}} or \boxed{\frac{\sqrt{3}}{2}}", r"\frac{\sqrt{3}}{2}"),  # sqrt3 vs sqrt3/2
    (r"\boxed{2.5} or \boxed{2.6}", "2.5"),  # two decimals
    (r"\boxed{0.5} or \boxed{\frac{1}{3}}", "0.5"),  # decimal vs fraction
    (r"The answer is \(41\) or \(42\).", "41"),  # inline \( \) math
    (r"The answer is $41$ or $42$.", "42"),  # inline $ $ math
    # --- <answer> tags -----------------------------------------------------
    ("<answer>7 or 8</answer>", "7"),  # or inside answer tag
    ("<answer>7</answer>\n<answer>8</answer>", "8"),  # two answer blocks
    ("<answer>41</answer> or <answer>42</answer>", "41"),  # answer blocks joined by or
    ("<answer>41</answer>\n\n<answer>42</answer>", "42"),  # answer blocks separated by a blank line
    ("<answer>7, 8</answer>", "7"),  # list in answer tag
    ("<answer>\n- 7\n- 8\n</answer>", "8"),  # markdown bullets in answer tag
    ("<answer>\n* 41\n* 42\n</answer>", "41"),  # star bullets in answer tag
    ("<answer>\n1. 41\n2. 42\n</answer>", "42"),  # numbered list in answer tag
    ("<answer>41\n42</answer>", "41"),  # newline-separated values in answer tag
    ("<answer>41 | 42</answer>", "42"),  # pipe in answer tag
    ("<answer>first 41, final 42</answer>", "41"),  # first/final pattern
    ("<answer>first 41, final 42</answer>", "42"),  # first/final pattern, other candidate is gold
    (r"<answer>\boxed{41} \boxed{42}</answer>", "41"),  # two boxes inside one answer tag
    ("<answer>41 (or 42)</answer>", "42"),  # parenthetical or in answer tag
    # --- GSM8K-style #### ----------------------------------------------------
    ("#### 41 or 42", "41"),  # or after ####
    ("#### 41, 42", "42"),  # list after ####
    ("#### 41\n#### 42", "42"),  # two #### lines
    ("Final answer:\n41\n42", "41"),  # bare values on separate final lines
]

HONEST = [
    # --- multi-valued golds answered in several pieces ---------------------
    (
        r"The solutions are \boxed{(1, 2)} and \boxed{(2, 1)}.",
        "(2, 1), (1, 2)",
        1.0,
    ),  # two boxes, other order
    (r"\boxed{(1, 2)}", "(2, 1), (1, 2)", 0.0),  # only one of two pairs
    (r"\boxed{3} and \boxed{5}", "3, 5", 1.0),  # two boxes for a two-part gold
    (r"\boxed{3}", "3, 5", 0.0),  # half of a two-part gold
    (r"\boxed{6 \text{ and } 8}", "6, 8", 1.0),  # "and" for a two-valued gold
    (r"\boxed{8, 6}", "6, 8", 1.0),  # two-valued gold, other order
    (r"\boxed{3, -1}", "-1, 3", 1.0),  # roots in other order
    (r"\boxed{x = -1 \text{ or } x = 3}", "-1, 3", 1.0),  # honest "or" between the two roots of a quadratic
    (r"\boxed{\{3, 1, 2\}}", r"\{1, 2, 3\}", 1.0),  # set in other order
    (r"\boxed{\{1, 2, 3\}}", r"\{1, 2, 3\}", 1.0),  # set, same order
    (r"\boxed{\pm 2}", r"\pm 2", 1.0),  # plus-minus when the gold is plus-minus
    (r"\boxed{x = \pm 2}", r"\pm 2", 1.0),  # x = plus-minus
    (r"\boxed{\frac{1 \pm \sqrt{5}}{2}}", r"\frac{1 \pm \sqrt{5}}{2}", 1.0),  # quadratic formula with pm
    # --- thousands separators, units, currency -----------------------------
    ("The answer is 1,000.", "1000", 1.0),  # comma thousands in plain text
    (r"\boxed{11,\! 111}", "11111", 1.0),  # LaTeX negative-thin-space thousands
    (r"\boxed{1\,000\,000}", "1000000", 1.0),  # thin-space thousands
    (r"\boxed{1 000 000}", "1000000", 1.0),  # plain-space thousands
    (r"\boxed{\num{1000}}", "1000", 1.0),  # siunitx \num
    (r"\boxed{1,234}", "1234", 1.0),  # comma thousands in a box
    ("<answer>1,000,000</answer>", "1000000", 1.0),  # comma thousands in answer tag
    ("#### 1,250", "1250", 1.0),  # GSM8K style with thousands
    (r"The total is \boxed{\$1,250}.", "1250", 1.0),  # dollar sign and thousands
    (r"The answer is \$18.", "18", 1.0),  # escaped dollar in plain text
    (r"\boxed{15 \text{ cm}}", "15", 1.0),  # units in a box
    (r"\boxed{5 \text{ apples}}", "5", 1.0),  # word unit in a box
    (r"\boxed{30^\circ}", "30", 1.0),  # degrees
    # --- tuples, intervals, coordinates, matrices -------------------------
    (r"\boxed{(1, 2)}", "(1, 2)", 1.0),  # ordered pair
    (r"\boxed{(1, 3)}", "(1, 2)", 0.0),  # wrong ordered pair
    (r"The point is \boxed{(3, -4)}.", "(3,-4)", 1.0),  # coordinates
    (r"\boxed{[0, 1)}", "[0, 1)", 1.0),  # half-open interval
    (r"\boxed{[2, 5]}", "[2, 5]", 1.0),  # closed interval
    (r"\boxed{(-\infty, 1) \cup (2, \infty)}", r"(-\infty, 1) \cup (2, \infty)", 1.0),  # union of intervals
    (
        r"\boxed{\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}}",
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
        1.0,
    ),  # matrix
    (
        r"\boxed{\begin{pmatrix} 1 & 2 \\ 3 & 5 \end{pmatrix}}",
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
        0.0,
    ),  # wrong matrix
    # --- single values in ordinary shapes ---------------------------------
    (r"\boxed{x = 3}", "3", 1.0),  # "x = 3" for gold 3
    ("<answer>x = 3</answer>", "3", 1.0),  # "x = 3" in an answer tag
    ("The answer is 5.", "5", 1.0),  # plain sentence
    ("Therefore, the answer is 12.", "12", 1.0),  # "Therefore, the answer is"
    ("<answer>5</answer>", "5", 1.0),  # answer tag
    ("#### 72", "72", 1.0),  # GSM8K style
    (r"\boxed{-3}", "-3", 1.0),  # negative number
    ("The answer is -3.", "-3", 1.0),  # negative number in plain text
    (r"\boxed{\frac{3}{4}}", "0.75", 1.0),  # fraction vs decimal gold
    (r"\boxed{\dfrac{1}{2}}", r"\frac{1}{2}", 1.0),  # \dfrac
    (r"\boxed{2\sqrt{3}}", r"\sqrt{12}", 1.0),  # equivalent surd
    (r"\boxed{\frac{\pi}{3}}", r"\frac{\pi}{3}", 1.0),  # pi fraction
    (r"\boxed{C}", "C", 1.0),  # multiple-choice letter
    (r"\boxed{7}", "8", 0.0),  # wrong single value
    ("<answer>9</answer>", "10", 0.0),  # wrong value in answer tag
    ("#### 71", "72", 0.0),  # wrong GSM8K answer
    # --- restatements and reasoning that mentions other numbers ------------
    (r"We find \boxed{3}. Checking again, the answer is \boxed{3}.", "3", 1.0),  # same box restated
    (r"\boxed{12}. So the answer is 12.", "12", 1.0),  # box then plain restatement
    ("<answer>12</answer> To be clear: <answer>12</answer>", "12", 1.0),  # same answer tag twice
    (r"\boxed{\frac{1}{2}} = \boxed{0.5}", "0.5", 1.0),  # one value in two equivalent forms
    (
        r"So the answer is \boxed{4} (or equivalently \boxed{\frac{8}{2}}).",
        "4",
        1.0,
    ),  # equivalent restatement with "or"
    (
        r"First, there are \boxed{12} apples in total. After removing 7 we have 5 left."
        "\n"
        r"Final answer: \boxed{5}",
        "5",
        1.0,
    ),  # intermediate box, then final
    (
        r"Step 1 gives \boxed{5}. Then we add 7." "\n" r"Final answer: \boxed{12}",
        "5",
        0.0,
    ),  # intermediate box equals gold, final differs
    (
        r"We could try 3 or 4 first. Testing 3 fails; testing 4 works." "\n" r"Final answer: \boxed{4}",
        "4",
        1.0,
    ),  # "or" only in the reasoning
    (
        r"The candidates are 2, 3 and 5. Only 3 satisfies both conditions, so the answer is \boxed{3}.",
        "3",
        1.0,
    ),  # candidate list in reasoning
    (
        "Let me check 41 or 42. 41 works, 42 does not.\n<answer>41</answer>",
        "41",
        1.0,
    ),  # reasoning mentions both, tag has one
]
