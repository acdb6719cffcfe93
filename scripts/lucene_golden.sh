#!/usr/bin/env bash
# Rebuilds Lucene golden data (docs/data.md) for any UTF-8 input file, with
# Lucene 8 from Debian's liblucene8-java and the JDK's javac:
#
#   scripts/lucene_golden.sh tokens INPUT > OUT.tsv     # per unique token
#   scripts/lucene_golden.sh whole INPUT > OUT.jsonl    # per line, ArabicAnalyzer
#
# Then compare: ARABIC_TEXT_GOLDEN=DIR cargo test --test lucene --test lucene_whole
# (put OUT files where docs/data.md says).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# Debian installs the jars under 8.7.0 names (the code is 8.8.1).
jars=()
for name in lucene-core lucene-analyzers-common; do
  jar=$(ls /usr/share/java/"$name".jar /usr/share/java/"$name"-8*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$jar" ]; then
    echo "missing /usr/share/java/$name*.jar: apt-get install liblucene8-java" >&2
    exit 1
  fi
  jars+=("$jar")
done
cp="${jars[0]}:${jars[1]}"
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
javac -nowarn -cp "$cp" -d "$build" "$here/lucene/LuceneGolden.java"
java -cp "$cp:$build" LuceneGolden "$@"
