#!/usr/bin/env bash
# Builds a ~1 GB mbox from the Enron sample mailboxes under target/, then times
# `grep -c '^From '` and `needle import mbox` on it (3 runs each, peak memory from
# /usr/bin/time -v) and prints the medians and their ratio. See README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${NEEDLE_SHARED_DATA:-$root/../shared/data}/enron/mbox"
size_mb="${SIZE_MB:-1024}"
runs="${RUNS:-3}"
work="$root/target/bench-mbox"
big="$work/big.mbox"
mkdir -p "$work"

if [ ! -d "$data" ]; then
  echo "run.sh: no Enron mailboxes in $data (set NEEDLE_SHARED_DATA)" >&2
  exit 1
fi
if ! "$root/needle" import mbox --help >/dev/null 2>&1; then
  echo "run.sh: this needle has no 'import mbox' command yet" >&2
  exit 1
fi

# Whole copies of the 18 files, so every message repeats with its Message-ID: the import reads
# every byte but keeps each message once, as it would re-reading the same mail.
if [ ! -f "$big" ] || [ "$(stat -c %s "$big")" -lt $((size_mb * 1024 * 1024)) ]; then
  : >"$big"
  while [ "$(stat -c %s "$big")" -lt $((size_mb * 1024 * 1024)) ]; do
    cat "$data"/*.mbox >>"$big"
  done
fi
bytes=$(stat -c %s "$big")
echo "file: $big ($((bytes / 1024 / 1024)) MB, $(grep -c '^From ' "$big") messages)"

# Prints "seconds peak-kB" of one timed run of the command.
timed() {
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
                for (i = 1; i <= n; i++) s = s * 60 + t[i]; secs = s }
              /Maximum resident set size/ { kb = $2 }
              END { printf "%.2f %d\n", secs, kb }' "$work/time.txt"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

grep_times=()
needle_times=()
needle_rss=()
for i in $(seq "$runs"); do
  read -r s kb < <(timed grep -c '^From ' "$big")
  grep_times+=("$s")
  rm -f "$work/ledger.db"*
  read -r s kb < <(timed "$root/needle" --db "$work/ledger.db" import mbox "$big" \
    --me phillip.allen@enron.com --me louise.kitchen@enron.com --me john.lavorato@enron.com)
  needle_times+=("$s")
  needle_rss+=("$kb")
  echo "run $i: grep ${grep_times[-1]} s; needle import $s s, peak RSS $((kb / 1024)) MB"
done
tail -n 3 "$work/out.txt"

g=$(printf '%s\n' "${grep_times[@]}" | median)
n=$(printf '%s\n' "${needle_times[@]}" | median)
r=$(printf '%s\n' "${needle_rss[@]}" | median)
echo "median of $runs: grep -c '^From ' $g s; needle import mbox $n s" \
  "(peak RSS $((${r%.*} / 1024)) MB); ratio $(awk -v a="$n" -v b="$g" 'BEGIN { printf "%.1f", a / b }')x"
