#!/usr/bin/env python3
"""Turn criterion's saved estimates into the BENCHMARKS.md tables.

Usage: python3 scripts/bench_table.py [target/criterion] [benches/peers/target/criterion]

For every group and input it prints MB/s (10^6 bytes per second, from the
median time and the group's Throughput::Bytes) of each `ours/*` and `peer/*`
benchmark, and the ratio of each ours to each peer. Ratios only mean something
within one run (the machine has a slow and a fast state).
"""
import json
import os
import sys
from collections import defaultdict


def load(root):
    rows = defaultdict(dict)  # (group, input) -> {bench: MB/s}
    if not os.path.isdir(root):
        return rows
    for dirpath, _dirs, files in os.walk(root):
        if "benchmark.json" not in files or os.path.basename(dirpath) != "new":
            continue
        bench = json.load(open(os.path.join(dirpath, "benchmark.json")))
        est = json.load(open(os.path.join(dirpath, "estimates.json")))
        tp = bench.get("throughput") or {}
        nbytes = tp.get("Bytes") or tp.get("BytesDecimal")
        if not nbytes:
            continue
        ns = est["median"]["point_estimate"]
        mbps = nbytes / ns * 1e9 / 1e6
        group = bench["group_id"]
        func = bench["function_id"]
        inp = bench["value_str"]
        rows[(group, inp)][func] = mbps
    return rows


def main():
    roots = sys.argv[1:] or ["target/criterion", "benches/peers/target/criterion"]
    rows = defaultdict(dict)
    for root in roots:
        for key, benches in load(root).items():
            rows[key].update(benches)
    groups = defaultdict(list)
    for (group, inp) in rows:
        groups[group].append(inp)
    order = ["tokenize", "normalize", "is_normalized", "scaling"]
    for group in sorted(groups, key=lambda g: (order.index(g) if g in order else 99, g)):
        inputs = sorted(groups[group])
        benches = sorted({b for i in inputs for b in rows[(group, i)]},
                         key=lambda b: (not b.startswith("ours/"), b))
        print(f"\n### {group}\n")
        print("| input | " + " | ".join(benches) + " |")
        print("|---|" + "---|" * len(benches))
        for inp in inputs:
            cells = []
            for b in benches:
                v = rows[(group, inp)].get(b)
                cells.append(f"{v:,.0f}" if v is not None else "–")
            print(f"| {inp} | " + " | ".join(cells) + " |")
        ours = [b for b in benches if b.startswith("ours/")]
        peers = [b for b in benches if b.startswith("peer/")]
        if ours and peers:
            print(f"\nRatios (ours ÷ peer, same run):\n")
            print("| input | " + " | ".join(f"{o} ÷ {p}" for o in ours for p in peers) + " |")
            print("|---|" + "---|" * (len(ours) * len(peers)))
            for inp in inputs:
                r = rows[(group, inp)]
                cells = []
                for o in ours:
                    for p in peers:
                        if o in r and p in r and r[p] > 0:
                            cells.append(f"{r[o] / r[p]:.1f}×")
                        else:
                            cells.append("–")
                print(f"| {inp} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
