#!/usr/bin/env bash
# Instructions per input byte of each operation on each input, with
# valgrind's callgrind (repeatable on a noisy machine, unlike wall time):
#
#   scripts/callgrind.sh [OPERATION ...]
#
# Inputs: the seed (seeds/*.txt) repeated to about 1 MB, and with
# ARABIC_TEXT_CORPUS the news, Tashkeela, Quran and tweets files of the
# benchmark suite (benches/inputs.rs), and with ARABIC_TEXT_WORST=1 the
# worst cases of its `scaling` group (`ir write-worst`). Each figure is (Ir of 3 repeats - Ir
# of 1 repeat) / (2 x bytes), so reading the file and start-up cancel out.
set -euo pipefail
cd "$(dirname "$0")/.."
ops=("$@")
[ ${#ops[@]} -eq 0 ] && ops=(tokenize search clean is_normalized offsets job strip_diacritics analyze analyze_lucene)
cargo build --release --example ir >&2
bin=target/release/examples/ir
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/seed.txt"
while [ "$(stat -c %s "$work/seed.txt")" -lt 1048576 ]; do
  for f in seeds/*.txt; do cat "$f"; printf '\n\n'; done >> "$work/seed.txt"
done
inputs=("seed:$work/seed.txt")
if [ -n "${ARABIC_TEXT_CORPUS:-}" ]; then
  c=$ARABIC_TEXT_CORPUS
  cat "$c/saudinewsnet/saudinewsnet_2015-07-23.txt" "$c/saudinewsnet/saudinewsnet_2015-08-01.txt" > "$work/news.txt"
  inputs+=("news:$work/news.txt" "tashkeela:$c/tashkeela_fadel/test.txt"
           "quran:$c/tanzil_quran/quran-uthmani.txt" "tweets:$c/astd/Tweets.txt")
fi
if [ -n "${ARABIC_TEXT_WORST:-}" ]; then
  "$bin" write-worst "$work"
  for f in "$work"/*-1mb.txt; do
    name=$(basename "$f" .txt)
    inputs+=("${name%-1mb}:$f")
  done
fi
ir() { # OPERATION FILE REPEATS -> total Ir
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$bin" "$1" "$2" "$3" >/dev/null 2>"$work/log"
  grep -m1 '^summary:' "$work/cg.out" | awk '{print $2}'
}
printf 'operation'
for pair in "${inputs[@]}"; do printf '\t%s' "${pair%%:*}"; done
printf '\n'
for op in "${ops[@]}"; do
  printf '%s' "$op"
  for pair in "${inputs[@]}"; do
    file=${pair#*:}
    bytes=$(stat -c %s "$file")
    one=$(ir "$op" "$file" 1)
    three=$(ir "$op" "$file" 3)
    awk -v a="$one" -v b="$three" -v n="$bytes" 'BEGIN { printf "\t%.1f", (b - a) / (2 * n) }'
  done
  printf '\n'
done
