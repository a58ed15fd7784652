# Timing, statistics, wrk and server helpers for bench/run (sourced, not run).
# Every timed run appends one line "microseconds peak-rss-kB exit-code" to $runs/LABEL.

# The cap for a step: its own cap, cut to what is left of the whole run's budget.
cap_for() {
  local left=$((deadline - $(date +%s)))
  ((left < $1)) && echo "$left" || echo "$1"
}

# timed LABEL CAP CMD…: one run of CMD under a time cap, stdout to $OUT (default /dev/null),
# stderr to $runs/LABEL.err, wall time and peak RSS (from /usr/bin/time -v) to $runs/LABEL.
# Returns the command's exit code; 124 when it ran past the cap, 125 when no budget was left.
timed() {
  local label=$1 cap rc=0 t0 t1 rss why="s"
  cap=$(cap_for "$2")
  ((cap >= $2)) || why="s (what was left of the time budget)"
  shift 2
  if ((cap <= 0)); then
    return 125
  fi
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$runs/$label.time" timeout -k 5 "$cap" "$@" \
    >"${OUT:-/dev/null}" 2>>"$runs/$label.err" || rc=$?
  t1=$(date +%s%N)
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$runs/$label.time")
  echo "$(((t1 - t0) / 1000)) ${rss:-0} $rc" >>"$runs/$label"
  [ "$rc" -eq 124 ] && echo "$cap $why" >"$runs/$label.cap"
  return "$rc"
}

# What went wrong in the last run of LABEL, in a few words for the report.
failure() {
  local label=$1 rc=$2
  case "$rc" in
    124) echo "timed out after $(cat "$runs/$label.cap")" ;;
    125) echo "not run: the time budget was used up" ;;
    *) echo "failed (exit $rc): $(tail -n 2 "$runs/$label.err" 2>/dev/null | tr '\n' ' ' | cut -c1-200)" ;;
  esac
}

# Column N (1 = microseconds, 2 = RSS kB) of LABEL's successful runs, one a line.
column() { awk -v c="$2" '$3 == 0 { print $c }' "$runs/$1" 2>/dev/null; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
seconds() { column "$1" 1 | median | awk '{ printf "%.3f", $1 / 1e6 }'; }
peak_kb() { column "$1" 2 | median; }
# Every successful run of LABEL in seconds, for the details table.
all_seconds() {
  column "$1" 1 | awk '{ printf "%s%.3f", (NR > 1 ? ", " : ""), $1 / 1e6 }
    END { printf (NR ? " s" : "none finished") }'
}

# "1.23 s" or "456 ms": a duration for the report.
show_s() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.0f ms", s * 1000; else printf "%.2f s", s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

# wrk_once LABEL URL SECONDS: one wrk run, its output kept as $runs/LABEL.N.wrk; appends
# "requests/s p99-ms requests socket-errors non-2xx" to $runs/LABEL.
wrk_once() {
  local label=$1 url=$2 secs=$3 n out rc=0
  n=$(($(wc -l 2>/dev/null <"$runs/$label" || echo 0) + 1))
  out="$runs/$label.$n.wrk"
  timeout -k 5 $((secs + 30)) wrk -t2 -c32 -d"${secs}s" --latency -H "Cookie: $server_cookie" \
    "$url" >"$out" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "wrk failed (exit $rc): $(tail -n 1 "$out")" >"$runs/$label.err"
    return 1
  fi
  awk 'function ms(v) {
         if (v ~ /us$/) return v * 0.001; if (v ~ /ms$/) return v + 0;
         if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v + 0 }
       /Requests\/sec:/ { rps = $2 }
       /^ +99%/ { p99 = ms($2) }
       / requests in / { requests = $1 }
       /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
       /Non-2xx or 3xx responses:/ { bad = $NF }
       END { printf "%s %s %s %d %d\n", rps, p99, requests, errors, bad }' "$out" >>"$runs/$label"
}

# Median of column N of a wrk LABEL (1 requests/s, 2 p99 ms), and the sums of errors (4, 5).
wrk_median() { awk -v c="$2" '{ print $c }' "$runs/$1" | median | awk '{ printf "%.1f", $1 }'; }
wrk_sum() { awk -v c="$2" '{ s += $c } END { print s + 0 }' "$runs/$1"; }
wrk_all() {
  awk '{ printf "%s%.0f/s p99 %.1f ms", (NR > 1 ? "; " : ""), $1, $2 }' "$runs/$1"
}

server_pid=""
server_port=""
# The local key that serve prints in its address, as the cookie a browser gets for it.
server_cookie=""

# serve LABEL DB: starts `needle serve` on a free loopback port and waits until it answers.
serve() {
  local log="$runs/$1.serve.log" waited=0
  : >"$log"
  "$root/needle" --db "$2" serve --port 0 >"$log" 2>&1 &
  server_pid=$!
  server_port=""
  while [ -z "$server_port" ]; do
    server_port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log")
    if [ -n "$server_port" ]; then
      server_cookie="needle_key_$server_port=$(sed -n 's|.*[?&]key=\([0-9A-Za-z_-]*\).*|\1|p' "$log")"
      break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null || ((waited >= 600)); then
      echo "the server did not start: $(tail -n 2 "$log" | tr '\n' ' ')" >"$runs/$1.err"
      stop_server
      return 1
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
}

# Stops the server: TERM, and KILL after 3 s (a graceful stop waits for the requests that wrk
# left queued, which on a slow dashboard can take minutes).
stop_server() {
  local waited=0
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    while kill -0 "$server_pid" 2>/dev/null && ((waited < 15)); do
      sleep 0.2
      waited=$((waited + 1))
    done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

# wait_idle: waits until the server has answered what wrk left queued (it uses under 6% of a
# core over half a second), at most 120 s; prints the seconds waited.
wait_idle() {
  local halves=0 before after
  while ((halves < 240)); do
    before=$(cpu_ticks) || break
    sleep 0.5
    after=$(cpu_ticks) || break
    ((after - before < 3)) && break
    halves=$((halves + 1))
  done
  echo $((halves / 2))
}
# The server's CPU time so far, in clock ticks (utime + stime of /proc/PID/stat).
cpu_ticks() { sed 's/.*) //' "/proc/$server_pid/stat" 2>/dev/null | awk '{ print $12 + $13 }'; }

# fetch URL CAP: one request; prints "http-code seconds" (code 000 when it did not answer in CAP).
fetch() {
  local cap=$2
  ((cap >= 1)) || cap=1
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time "$cap" \
    -H "Cookie: $server_cookie" "$1" || true
}
