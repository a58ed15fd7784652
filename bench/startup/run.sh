#!/usr/bin/env bash
# Start-up of a short command (rank on a small ledger): the launcher's flags (class-data-sharing
# archive, C1 only, serial GC) against plain `java -jar`, interleaved in one run so machine noise
# hits both alike. Prints medians and their ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./needle --version >/dev/null            # builds the jar and the archive if needed
db="$work/bench.db"
./needle --db "$db" person add "Ada" >/dev/null
./needle --db "$db" log time "Ada" --minutes 30 >/dev/null

millis() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: >"$work/plain" && : >"$work/launcher"
for _ in $(seq "$runs"); do
  millis java -jar target/needle.jar --db "$db" rank >>"$work/plain"
  millis ./needle --db "$db" rank >>"$work/launcher"
done
plain=$(median <"$work/plain")
launcher=$(median <"$work/launcher")
echo "runs: $runs"
echo "plain java -jar, median ms: $plain"
echo "./needle (CDS + C1), median ms: $launcher"
awk -v p="$plain" -v l="$launcher" 'BEGIN {printf "ratio plain/launcher: %.2f\n", p / l}'
