"""Throughput of the `arabic_text` module against PyArabic (and CAMeL Tools
when it is installed), on the same strings in the same run.

    pip install ./python pyarabic
    python python/benches/bench.py                # seed x1105, plus news when present
    ARABIC_TEXT_CORPUS=/path/to/corpus python python/benches/bench.py

CAMeL Tools is not installed by CI: `pip install camel-tools` pulls in torch
and transformers. The five functions compared here need neither, so its rows
come with a light install in the same venv:

    pip install --no-deps camel-tools && pip install regex emoji six

Inputs: `seed-x1105` is the seed article repeated 1,105 times, joined by
newlines (4.2 MB, as `benches/inputs.rs` repeats it); `news` is the two
saudinewsnet files of the Rust benches (7.9 MB), when the corpus is found
(`$ARABIC_TEXT_CORPUS`, else `data/corpus` in the repository (see docs/data.md)).

Each operation runs three ways: one call on the whole text, one call per
line on both sides, and ours once on the list of lines (the batch API, GIL
released, every core) against PyArabic once per line. MB/s is 10^6 bytes of
UTF-8 input per second, from the fastest of `--runs` runs; the two sides of
a row alternate on the same string object, so only ratios from one run mean
anything. A long text (over 65,536 code points) is tokenized on a second
thread while the calling one encodes the next piece and builds the
result: `tokenize` and `token_spans` use two cores on a whole text.
"""

import argparse
import os
import sys
import time
from pathlib import Path

import arabic_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_69dfd127be070d7e.txt"
NEWS = ["saudinewsnet/saudinewsnet_2015-07-23.txt", "saudinewsnet/saudinewsnet_2015-08-01.txt"]


def inputs(copies):
    seed = SEED.read_text(encoding="utf-8")
    out = [(f"seed-x{copies}", "\n".join([seed] * copies) + "\n")]
    corpus = Path(os.environ.get("ARABIC_TEXT_CORPUS", ROOT / "data" / "corpus"))
    news = [corpus / rel for rel in NEWS if (corpus / rel).exists()]
    if news:
        out.append(("news", "\n".join(p.read_text(encoding="utf-8") for p in news)))
    else:
        print(f"news skipped: no corpus at {corpus}", file=sys.stderr)
    return out


def best_of(mine, theirs, arg, runs):
    """The fastest of `runs` timings of each side on `arg`, the two sides
    alternating (peer, ours, peer, ours, ...) so that a change in the
    machine's load hits both alike."""
    t_mine, t_theirs = [], []
    for _ in range(runs):
        for fn, times in ((theirs, t_theirs), (mine, t_mine)):
            start = time.perf_counter()
            fn(arg)
            times.append(time.perf_counter() - start)
    return min(t_mine), min(t_theirs)


def best(fn, arg, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - start)
    return min(times)


def per_line(f):
    return lambda lines: [f(line) for line in lines]


def ops():
    """(operation, ours on one text, ours on a list of lines (None: no batch
    form), peer name, peer on one text) for every peer found."""
    from pyarabic import araby

    tashkeel = arabic_text.Normalizer("none", unicode_form="nfc", strip_diacritics=True)
    tatweel = arabic_text.Normalizer("none", strip_tatweel=True)
    hamza = arabic_text.Normalizer("none", fold_alef=True, fold_hamza_carriers=True)
    out = [
        (
            "strip_tashkeel",
            arabic_text.strip_diacritics,
            tashkeel.normalize_batch,
            "pyarabic",
            araby.strip_tashkeel,
        ),
        (
            "strip_tatweel",
            arabic_text.strip_tatweel,
            tatweel.normalize_batch,
            "pyarabic",
            araby.strip_tatweel,
        ),
        (
            "normalize_hamza (tasheel)",
            hamza.normalize,
            hamza.normalize_batch,
            "pyarabic",
            lambda t: araby.normalize_hamza(t, method="tasheel"),
        ),
        (
            "tokenize",
            arabic_text.tokenize,
            arabic_text.tokenize_batch,
            "pyarabic",
            araby.tokenize,
        ),
        (
            "tokenize as columns (token_spans)",
            arabic_text.token_spans,
            None,
            "pyarabic",
            araby.tokenize,
        ),
    ]
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
        )
    except ImportError:
        print("CAMeL Tools not installed: its rows are skipped", file=sys.stderr)
        return out
    folds = arabic_text.Normalizer(
        "none", fold_alef=True, fold_alef_maksura=True, fold_teh_marbuta=True
    )
    out += [
        ("dediac_ar", arabic_text.strip_diacritics, tashkeel.normalize_batch, "camel", dediac_ar),
        (
            "alef + alef maksura + teh marbuta",
            folds.normalize,
            folds.normalize_batch,
            "camel",
            lambda t: normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(t))),
        ),
        (
            "simple_word_tokenize",
            arabic_text.tokenize,
            arabic_text.tokenize_batch,
            "camel",
            simple_word_tokenize,
        ),
    ]
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=1105, help="seed repetitions (1105)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (3)")
    parser.add_argument("--only", default="", help="only the operations whose name has this")
    args = parser.parse_args()
    print(f"arabic_text {arabic_text.__version__}, Python {sys.version.split()[0]}")
    print()
    print("| input | operation | peer | ours MB/s | peer MB/s | ratio |")
    print("|---|---|---|---:|---:|---:|")
    for name, text in inputs(args.copies):
        lines = text.splitlines()
        mb = len(text.encode("utf-8")) / 1e6
        label = f"{name} ({mb:.1f} MB, {len(lines):,} lines)"
        for op, ours, ours_batch, peer_name, peer in ops():
            if args.only not in op:
                continue
            shapes = [
                ("one call", ours, peer, text),
                ("per line", per_line(ours), per_line(peer), lines),
                ("batch of lines", ours_batch, per_line(peer), lines),
            ]
            for shape, mine, theirs, arg in shapes:
                if mine is None:
                    continue  # no batch form
                t_ours, t_peer = best_of(mine, theirs, arg, args.runs)
                print(
                    f"| {label} | {op}, {shape} | {peer_name} | {mb / t_ours:,.0f} "
                    f"| {mb / t_peer:,.1f} | {t_peer / t_ours:,.1f}× |",
                    flush=True,
                )
        if args.only:
            continue
        search = arabic_text.Normalizer()
        for op, fn, arg in [
            ("normalize (search), one call", search.normalize, text),
            ("normalize (search), batch of lines", search.normalize_batch, lines),
        ]:
            t = best(fn, arg, args.runs)
            print(f"| {label} | {op} | — | {mb / t:,.0f} | — | — |", flush=True)
    print()


if __name__ == "__main__":
    main()
