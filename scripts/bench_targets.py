#!/usr/bin/env python3
"""The targets table of BENCHMARKS.md from criterion's saved estimates.

Usage: python3 scripts/bench_targets.py [target/criterion] [benches/peers/target/criterion]

Each row is one goal on one input: the measured ratio (MB/s over MB/s, both
from the same criterion run) and whether it meets the goal. Inputs: the seed
(`seed-small`), and news, Tashkeela and tweets when the run had
ARABIC_TEXT_CORPUS. The worst cases compare each `scaling` input with
`seed-1mb` for the same operation, and the Uthmani Quran with the seed.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_table import load  # noqa: E402

INPUTS = ["seed-small", "corpus-news", "corpus-tashkeela", "corpus-tweets"]
WORST = ["diacritics-1mb", "letter-1000-marks-1mb", "quotes-1mb", "no-space-1mb",
         "salawat-1mb", "salawat-spaced-1mb", "zwj-emoji-1mb", "random-lossy-1mb",
         "www-1mb"]


def main():
    roots = sys.argv[1:] or ["target/criterion", "benches/peers/target/criterion"]
    main_run, peers_run = load(roots[0]), load(roots[1]) if len(roots) > 1 else {}

    def get(run, group, inp, bench):
        return run.get((group, inp), {}).get(bench)

    rows = []

    def goal(name, inp, ours, peer, at_least):
        if ours is None or peer is None or peer <= 0:
            return
        ratio = ours / peer
        rows.append((name, inp, ratio, at_least))

    for inp in INPUTS:
        m = lambda g, b: get(main_run, g, inp, b)  # noqa: E731
        goal("1. tokenize ÷ split_whitespace", inp,
             m("tokenize", "ours/tokenize"), m("tokenize", "peer/split_whitespace"), 1.5)
        goal("1. tokenize ÷ unicode_words", inp,
             m("tokenize", "ours/tokenize"), m("tokenize", "peer/unicode_words"), 10)
        goal("2. normalize(search) ÷ nfkc", inp,
             m("normalize", "ours/search"), m("normalize", "peer/nfkc"), 12)
        goal("2. normalize(search) ÷ naive strip", inp,
             m("normalize", "ours/search"), m("normalize", "peer/naive_strip"), 1.5)
        if inp in ("seed-small", "corpus-tashkeela"):
            goal("3. normalize(clean) ÷ nfc", inp, m("normalize", "ours/clean"),
                 m("normalize", "peer/nfc"), 25 if inp == "seed-small" else 5)
        goal("4. is_normalized(search) ÷ is_nfc_quick", inp,
             m("is_normalized", "ours/search"), m("is_normalized", "peer/is_nfc_quick"), 15)
        goal("5. strip job ÷ regex", inp, m("strip", "ours/job"), m("strip", "peer/job_regex"), 1)
        goal("5. strip job ÷ naive", inp, m("strip", "ours/job"), m("strip", "peer/job_naive"), 3)
        goal("5. strip_diacritics ÷ naive", inp, m("strip", "ours/strip_diacritics"),
             m("strip", "peer/strip_diacritics_naive"), 3)
        goal("5. strip_tatweel ÷ naive", inp, m("strip", "ours/strip_tatweel"),
             m("strip", "peer/strip_tatweel_naive"), 3)
        goal("7. analyze(search) ÷ normalize(search)", inp,
             m("analyze", "ours/search"), m("normalize", "ours/search"), 0.5)
        p = lambda b: get(peers_run, "analyze", inp, b)  # noqa: E731
        goal("7. analyze(search) ÷ tantivy Arabic chain", inp,
             p("ours/search"), p("peer/tantivy_arabic"), 5)
    for op in ["tokenize", "search", "clean", "search_with_offsets"]:
        seed = get(main_run, "scaling", "seed-1mb", "ours/" + op)
        for inp in WORST:
            goal(f"6. worst case ÷ seed, {op}", inp,
                 get(main_run, "scaling", inp, "ours/" + op), seed, 1 / 3)
    for group, op in [("tokenize", "ours/tokenize"), ("normalize", "ours/search"),
                      ("normalize", "ours/clean")]:
        goal(f"6. worst case ÷ seed, {op[5:]}", "corpus-quran",
             get(main_run, group, "corpus-quran", op), get(main_run, group, "seed-small", op),
             1 / 3)

    print("| goal | input | measured | target | met |")
    print("|---|---|---|---|---|")
    for name, inp, ratio, at_least in rows:
        target = f"≥ {at_least:g}×" if at_least >= 1 else f"≥ {at_least:.2f}× (within {1 / at_least:g}×)"
        print(f"| {name} | {inp} | {ratio:.2f}× | {target} | {'yes' if ratio >= at_least else '**no**'} |")
    met = sum(r[2] >= r[3] for r in rows)
    print(f"\n{met} of {len(rows)} met.")


if __name__ == "__main__":
    main()
