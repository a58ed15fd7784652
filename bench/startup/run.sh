#!/usr/bin/env bash
# Start-up of a short command: `./needle --db EMPTY rank` on an empty ledger against the start of a
# bare JVM (a class that prints one line, with class-data sharing and C1 as the launcher uses),
# interleaved in one run so machine noise hits both alike. Prints medians and their ratio; the
# target is a ratio of at most 4. Uses $JAVA_HOME's JDK when it is set, as ./needle does.
# Usage: bench/startup/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat >"$work/Hello.java" <<'EOF'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
EOF
"$javac" -d "$work" "$work/Hello.java"
db="$work/empty.db"
./needle --db "$db" rank >/dev/null # builds the jar and the start-up archive if needed

millis() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for _ in 1 2 3; do # warm-up: page cache, CPU frequency
  millis "$java" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$work" Hello >/dev/null
  millis ./needle --db "$db" rank >/dev/null
done
: >"$work/jvm" && : >"$work/needle"
for _ in $(seq "$runs"); do
  millis "$java" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$work" Hello >>"$work/jvm"
  millis ./needle --db "$db" rank >>"$work/needle"
done
jvm=$(median <"$work/jvm")
needle=$(median <"$work/needle")
echo "java: $("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.version =/ {print $2}')"
echo "runs: $runs"
echo "bare JVM (Hello), median ms: $jvm"
echo "./needle --db EMPTY rank, median ms: $needle"
awk -v j="$jvm" -v n="$needle" 'BEGIN {printf "ratio needle/JVM: %.2f (target <= 4)\n", n / j}'
