"""Throughput of the `arabic_text` module against PyArabic (and CAMeL Tools
when it is installed), on the same strings in the same run.

    pip install ./python pyarabic
    python python/benches/bench.py                # seed x1105, plus news when present
    ARABIC_TEXT_CORPUS=/path/to/corpus python python/benches/bench.py

CAMeL Tools pulls in torch, so it is not installed by CI; to add its columns,
`pip install camel-tools` in the same venv and run the script again.

Inputs: `seed-x1105` is the seed article repeated 1,105 times, joined by
newlines (4.2 MB, as `benches/inputs.rs` repeats it); `news` is the two
saudinewsnet files of the Rust benches (7.9 MB), when the corpus is found
(`$ARABIC_TEXT_CORPUS`, else `../shared/corpus` beside the repository).

MB/s is 10^6 bytes of UTF-8 input per second, from the fastest of a few runs
(each pair's runs are interleaved, so both sides see the same machine state).
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
    corpus = Path(os.environ.get("ARABIC_TEXT_CORPUS", ROOT.parent / "shared" / "corpus"))
    news = [corpus / rel for rel in NEWS if (corpus / rel).exists()]
    if news:
        out.append(("news", "\n".join(p.read_text(encoding="utf-8") for p in news)))
    else:
        print(f"news skipped: no corpus at {corpus}", file=sys.stderr)
    return out


def best(fn, arg, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - start)
    return min(times)


def pairs():
    """(operation, ours, peer name, peer, input shape) for every peer found."""
    from pyarabic import araby

    lines_tok = lambda f: lambda lines: [f(line) for line in lines]  # noqa: E731
    hamza = arabic_text.Normalizer("none", fold_alef=True, fold_hamza_carriers=True)
    out = [
        ("strip_tashkeel", arabic_text.strip_diacritics, "pyarabic", araby.strip_tashkeel, "text"),
        ("strip_tatweel", arabic_text.strip_tatweel, "pyarabic", araby.strip_tatweel, "text"),
        (
            "normalize_hamza (tasheel)",
            hamza.normalize,
            "pyarabic",
            lambda t: araby.normalize_hamza(t, method="tasheel"),
            "text",
        ),
        ("tokenize", arabic_text.tokenize, "pyarabic", araby.tokenize, "text"),
        (
            "tokenize per line (ours: tokenize_batch)",
            arabic_text.tokenize_batch,
            "pyarabic",
            lines_tok(araby.tokenize),
            "lines",
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
        ("dediac_ar", arabic_text.strip_diacritics, "camel", dediac_ar, "text"),
        (
            "alef + alef maksura + teh marbuta",
            folds.normalize,
            "camel",
            lambda t: normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(t))),
            "text",
        ),
        ("simple_word_tokenize", arabic_text.tokenize, "camel", simple_word_tokenize, "text"),
    ]
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=1105, help="seed repetitions (1105)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (3)")
    args = parser.parse_args()
    print(f"arabic_text {arabic_text.__version__}, Python {sys.version.split()[0]}")
    print()
    print("| input | operation | peer | ours MB/s | peer MB/s | ratio |")
    print("|---|---|---|---:|---:|---:|")
    for name, text in inputs(args.copies):
        lines = text.splitlines()
        size = len(text.encode("utf-8"))
        for op, ours, peer_name, peer, shape in pairs():
            arg = text if shape == "text" else lines
            t_peer = best(peer, arg, args.runs)
            t_ours = best(ours, arg, args.runs)
            mb = size / 1e6
            print(
                f"| {name} ({mb:.1f} MB) | {op} | {peer_name} | {mb / t_ours:,.0f} "
                f"| {mb / t_peer:,.1f} | {t_peer / t_ours:,.1f}× |",
                flush=True,
            )
        for label, fn in [
            ("normalize (search)", arabic_text.normalize),
            ("Normalizer().normalize_batch per line", arabic_text.Normalizer().normalize_batch),
        ]:
            arg = text if "batch" not in label else lines
            t = best(fn, arg, args.runs)
            print(f"| {name} | {label} | — | {size / 1e6 / t:,.0f} | — | — |", flush=True)


if __name__ == "__main__":
    main()
