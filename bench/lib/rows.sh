# The rows of bench/run's table, one function each (sourced, not run). Each fills target,
# measured, floor, ratio, verdict and details for its row, and adds to notes.

# note ROW TEXT: a sentence under the table about ROW.
note() {
  local row=$1
  shift
  notes[$row]+="${notes[$row]:+ }$*"
}

# unmeasured ROW RC LABEL: the row stops at a run of LABEL that did not succeed. A run past its
# cap in a full run is a result (the target was missed by far); anything else fails the harness,
# as does a timeout in --quick, whose small data should never take that long.
unmeasured() {
  local row=$1 rc=$2 label=$3
  verdict[$row]="FAIL: $label $(failure "$label" "$rc")"
  if [ "$rc" -eq 124 ] && [ "$label" = "$row" ]; then
    measured[$row]="over $(cut -d' ' -f1 "$runs/$label.cap") s"
  fi
  if [ "$rc" -ne 124 ] || $quick; then
    failed=1
  fi
}

# interleave ROW RUNS FLOOR_FN CMD_FN: the floor and the command alternately, run by run, so
# that the machine's noise falls on both alike. Stops at the first run that does not succeed.
interleave() {
  local row=$1 n=$2 i rc
  for ((i = 1; i <= n; i++)); do
    rc=0
    "$3" || rc=$?
    if ((rc)); then
      unmeasured "$row" "$rc" "$row.floor"
      return 1
    fi
    rc=0
    "$4" || rc=$?
    if ((rc)); then
      [ "$i" -gt 1 ] && note "$row" "Run $i of $n did not finish; the medians are of the runs before it."
      unmeasured "$row" "$rc" "$row"
      return 1
    fi
  done
}

# paired ROW RUNS FLOOR_FN CMD_FN: interleave, then the medians of the runs that finished;
# succeeds when every run did.
paired() {
  local ok=0
  interleave "$@" || ok=1
  timed_pair "$1"
  return $ok
}

# verdict_if TEST…: PASS when the test holds, else FAIL.
verdict_if() { "$@" && echo PASS || echo FAIL; }

# timed_pair ROW: fills measured, floor, ratio and details from the runs of ROW and ROW.floor.
timed_pair() {
  local row=$1 m f
  m=$(seconds "$row")
  f=$(seconds "$row.floor")
  [ -n "$m" ] && measured[$row]=$(show_s "$m")
  [ -n "$f" ] && floor[$row]="$(show_s "$f") (${floor_name[$row]})"
  [ -n "$m" ] && [ -n "$f" ] && ratio[$row]="$(ratio "$m" "$f")×"
  details[$row]="$row: $(all_seconds "$row"); floor: $(all_seconds "$row.floor")"
  median_s=$m
}

row_startup_empty() {
  local row=startup-empty
  target[$row]="≤ 4× floor"
  floor_name[$row]="bare JVM"
  "$root/needle" --db "$runs/empty.db" rank >/dev/null # creates the ledger; not timed
  startup_floor() { timed startup-empty.floor 60 "${bare_jvm[@]}"; }
  startup_cmd() { timed startup-empty 60 ./needle --db "$runs/empty.db" rank; }
  if paired $row "$runs_startup" startup_floor startup_cmd; then
    verdict[$row]=$(verdict_if le "${ratio[$row]%×}" 4)
  fi
}

row_rank_json() {
  local row=rank-json rc=0 count
  target[$row]="≤ 0.5 s"
  floor_name[$row]="bare JVM"
  if [ -z "$ledger" ]; then
    verdict[$row]="FAIL: not measured, $ledger_problem"
    return
  fi
  # One run first, not counted: it checks the output (one row per person) and warms the caches.
  OUT="$runs/rank.json" timed rank-json.check "$cap_rank" \
    ./needle --db "$ledger" rank --json --as-of "$as_of" || rc=$?
  if ((rc)); then
    unmeasured $row "$rc" rank-json.check
    return
  fi
  count=$(grep -c '^  "name" : ' "$runs/rank.json" || true)
  if [ "$count" -ne "$people" ]; then
    verdict[$row]="FAIL: rank --json printed $count rows for $people people"
    failed=1
    return
  fi
  note $row "A first run, not counted, checked the output ($count rows) and warmed the caches."
  rank_floor() { timed rank-json.floor 60 "${bare_jvm[@]}"; }
  rank_cmd() { timed rank-json "$cap_rank" ./needle --db "$ledger" rank --json --as-of "$as_of"; }
  if paired $row "$runs_rank" rank_floor rank_cmd; then
    verdict[$row]=$(verdict_if le "$median_s" 0.5)
  fi
}

row_import_ledger() {
  local row=import-ledger csv="$ledger_csv" count
  target[$row]="≤ 3× floor"
  floor_name[$row]="sqlite3 .import"
  ledger_floor() {
    rm -f "$runs/sqlite.db"
    timed import-ledger.floor "$cap_import" sqlite3 "$runs/sqlite.db" \
      "CREATE TABLE ledger(date, person, event, minutes, kind, value, outcome, note);" \
      ".import --csv --skip 1 $csv ledger"
  }
  ledger_cmd() { import_fresh import-ledger "$cap_import" ledger "$csv"; }
  if paired $row "$runs_import" ledger_floor ledger_cmd; then
    verdict[$row]=$(verdict_if le "${ratio[$row]%×}" 3)
    count=$(sqlite3 "$runs/sqlite.db" "SELECT count(*) FROM ledger;")
    note $row "Each run into a new, empty file. sqlite3 stored $count rows;" \
      "needle said: $(summary_of "$runs/import-ledger.out")."
  fi
}

# import_fresh ROW CAP FORMAT FILE [ARG…]: one timed `needle import` into a new, empty ledger,
# its summary kept in $runs/ROW.out.
import_fresh() {
  local row=$1 cap=$2
  shift 2
  rm -f "$runs"/fresh.db*
  OUT="$runs/$row.out" timed "$row" "$cap" ./needle --db "$runs/fresh.db" import "$@"
}

# The counts of an import's summary line: "N people created, … N entries added, …".
summary_of() {
  grep -o '[0-9]* \(person\|people\) created\|[0-9]* merged\|[0-9]* \(entry\|entries\) added\|[0-9]* messages recorded' "$1" |
    paste -sd, - | sed 's/,/, /g'
}

row_import_mbox() {
  local row=import-mbox rss
  target[$row]="≤ 5× floor, RSS ≤ 512 MiB"
  floor_name[$row]="grep -c '^From '"
  mbox_floor() { OUT="$runs/grep.out" timed import-mbox.floor "$cap_import" grep -c '^From ' "$mbox"; }
  mbox_cmd() { import_fresh import-mbox "$cap_import" mbox "$mbox" "${mbox_me[@]}"; }
  if paired $row "$runs_import" mbox_floor mbox_cmd; then
    rss=$(peak_kb import-mbox)
    measured[$row]+=", peak RSS $((rss / 1024)) MiB"
    verdict[$row]=$(verdict_if le "${ratio[$row]%×}" 5)
    ((rss <= 512 * 1024)) || verdict[$row]=FAIL
    note $row "$(cat "$runs/grep.out") messages; needle said: $(summary_of "$runs/import-mbox.out")."
    details[$row]+="; peak RSS kB: $(column import-mbox 2 | paste -sd' ' -)"
  fi
}

row_import_linkedin() {
  local row=import-linkedin
  target[$row]="≤ 1 s"
  floor_name[$row]="wc -l"
  linkedin_floor() { timed import-linkedin.floor 60 wc -l "$connections_csv"; }
  linkedin_cmd() { import_fresh import-linkedin "$cap_linkedin" linkedin "$connections_csv"; }
  if paired $row "$runs_linkedin" linkedin_floor linkedin_cmd; then
    verdict[$row]=$(verdict_if le "$median_s" 1)
    note $row "needle said: $(summary_of "$runs/import-linkedin.out")."
  fi
}

# row_dashboard ROW DB: wrk on the dashboard and on a static file of the same server, run by run.
row_dashboard() {
  local row=$1 db=$2 base static chart chart_bytes code secs warm i drained
  floor_name[$row]="static route"
  if ! command -v wrk >/dev/null; then
    verdict[$row]="FAIL: wrk is not installed (apt-get install wrk)"
    failed=1
    return
  fi
  if ! serve "$row" "$db"; then
    unmeasured "$row" 1 "$row"
    return
  fi
  base="http://127.0.0.1:$server_port"
  static="$base/static/needle.css"
  read -r code secs < <(fetch "$static" 30)
  if [ "$code" != 200 ]; then
    verdict[$row]="FAIL: GET /static/needle.css answered $code"
    failed=1
    stop_server
    return
  fi
  read -r code secs < <(fetch "$base/" "$(cap_for "$cap_first_request")")
  if [ "$code" = 000 ]; then
    measured[$row]="GET / did not answer in $(show_s "$secs")"
    verdict[$row]="FAIL: the first GET / did not answer in $(show_s "$secs"); wrk skipped"
    dashboard_static_only "$row" "$db"
    return
  elif [ "$code" != 200 ]; then
    verdict[$row]="FAIL: GET / answered $code"
    failed=1
    stop_server
    return
  fi
  read -r code warm < <(fetch "$base/" 5)
  note "$row" "The first GET / took $(show_s "$secs")."
  if [ "$code" != 200 ]; then
    measured[$row]="GET / took $(show_s "$secs"), then over 5 s"
    verdict[$row]="FAIL: a second GET / took over 5 s (the first took $(show_s "$secs")); wrk skipped"
    dashboard_static_only "$row" "$db"
    return
  fi
  note "$row" "The second took $(show_s "$warm")."
  chart="$base/dashboard/chart"
  read -r code chart_bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' \
    --max-time 30 -H "Cookie: $server_cookie" "$chart" || true)
  if [ "$code" != 200 ]; then
    verdict[$row]="FAIL: GET /dashboard/chart (the chart's data) answered $code"
    failed=1
    stop_server
    return
  fi
  drained=0
  if $warmup; then
    wrk_once "$row.warmup" "$static" 3 && wrk_once "$row.warmup" "$base/" 3 &&
      wrk_once "$row.warmup" "$chart" 3 || true
    drain
    note "$row" "3 s of wrk on each route first, not counted, to warm the JIT."
  fi
  for ((i = 1; i <= runs_wrk; i++)); do
    if (($(cap_for $((wrk_secs * 3 + 180))) < wrk_secs * 3 + 180)); then
      note "$row" "Stopped after $((i - 1)) runs: the time budget was used up."
      break
    fi
    # The page's script fetches the chart's data from its own route: measured after each page
    # run, beside the same static runs, so that a page view's two requests are both reported.
    wrk_once "$row.floor" "$static" "$wrk_secs" && wrk_once "$row" "$base/" "$wrk_secs" &&
      drain && wrk_once "$row.chart" "$chart" "$wrk_secs" || {
      verdict[$row]="FAIL: $(cat "$runs/$row.err" "$runs/$row.chart.err" 2>/dev/null)"
      failed=1
      stop_server
      return
    }
    ((i == runs_wrk)) || drain
  done
  stop_server
  if ((drained > 0)); then
    note "$row" "After a wrk run on /, the server took up to $drained s to answer the requests" \
      "wrk had left queued; the next run waited for that."
  fi
  if [ ! -s "$runs/$row" ]; then
    verdict[$row]="not run: the time budget was used up"
    return
  fi
  dashboard_figures "$row"
}

# Waits for the server to be idle before the next wrk run, so that a static run never shares the
# server with dashboard requests left over from the run before; keeps the longest wait.
drain() {
  local waited
  waited=$(wait_idle)
  ((waited <= drained)) || drained=$waited
}

# After a dashboard too slow for wrk: a fresh server (the cut-off request may still be running)
# for the static route alone, so that the floor is still measured.
dashboard_static_only() {
  local row=$1 db=$2 i
  stop_server
  serve "$row.static" "$db" || return 0
  for ((i = 1; i <= runs_wrk; i++)); do
    wrk_once "$row.floor" "http://127.0.0.1:$server_port/static/needle.css" "$wrk_secs" || break
  done
  stop_server
  [ -s "$runs/$row.floor" ] || return 0
  floor[$row]="p99 $(wrk_median "$row.floor" 2) ms, $(wrk_median "$row.floor" 1 | awk '{ printf "%.0f", $1 }') req/s"
  details[$row]="static: $(wrk_all "$row.floor")"
}

dashboard_figures() {
  local row=$1 p99 rps sp99 srps errors share idle chart_errors
  p99=$(wrk_median "$row" 2)
  rps=$(wrk_median "$row" 1)
  sp99=$(wrk_median "$row.floor" 2)
  srps=$(wrk_median "$row.floor" 1)
  errors=$(($(wrk_sum "$row" 4) + $(wrk_sum "$row" 5)))
  idle=$(awk '$3 == 0' "$runs/$row" | wc -l)
  measured[$row]="p99 $p99 ms, $(printf '%.0f' "$rps") req/s"
  floor[$row]="p99 $sp99 ms, $(printf '%.0f' "$srps") req/s"
  share=$(awk -v a="$rps" -v b="$srps" 'BEGIN { printf "%.1f", 100 * a / b }')
  ratio[$row]="$share% of static req/s"
  details[$row]="$row: $(wrk_all "$row"); chart data: $(wrk_all "$row.chart"); static: $(wrk_all "$row.floor")"
  chart_errors=$(($(wrk_sum "$row.chart" 4) + $(wrk_sum "$row.chart" 5)))
  idle=$((idle + $(awk '$3 == 0' "$runs/$row.chart" | wc -l)))
  note "$row" "The page's script fetches the chart's data ($(thousands "$chart_bytes") bytes of" \
    "JSON) from /dashboard/chart; the same wrk on it after each run on /:" \
    "p99 $(wrk_median "$row.chart" 2) ms, $(printf '%.0f' "$(wrk_median "$row.chart" 1)") req/s," \
    "$(awk -v a="$(wrk_median "$row.chart" 1)" -v b="$srps" 'BEGIN { printf "%.1f", 100 * a / b }')%" \
    "of static req/s (medians; a page view is the two requests)."
  if ((errors > 0)); then
    note "$row" "wrk counted $errors socket errors, timeouts or non-2xx answers on the dashboard" \
      "(a request that times out, after wrk's 2 s, is left out of its latencies)."
  fi
  if ((chart_errors > 0)); then
    note "$row" "wrk counted $chart_errors socket errors, timeouts or non-2xx answers on the" \
      "chart's data."
    errors=$((errors + chart_errors))
  fi
  if ((idle > 0)); then
    measured[$row]="no request answered in $idle of the runs of ${wrk_secs} s"
    note "$row" "With 32 connections, not one request finished within a run of ${wrk_secs} s."
  fi
  if ((idle == 0)) && le "$p99" 50 && ((errors == 0)) &&
    { [ "$row" != dashboard ] || le 25 "$share"; }; then
    verdict[$row]=PASS
  else
    verdict[$row]=FAIL
  fi
}

row_dashboard_big() {
  target[dashboard]="p99 ≤ 50 ms, req/s ≥ 25% of static"
  if [ -z "$ledger" ]; then
    verdict[dashboard]="FAIL: not measured, $ledger_problem"
    return
  fi
  row_dashboard dashboard "$ledger"
}

row_dashboard_linkedin() {
  local row=dashboard-linkedin rc=0
  target[$row]="p99 ≤ 50 ms"
  rm -f "$runs"/linkedin.db*
  OUT="$runs/$row.import.out" timed $row.import "$cap_linkedin" \
    ./needle --db "$runs/linkedin.db" import linkedin "$small_connections_csv" || rc=$?
  if ((rc)); then
    unmeasured $row "$rc" $row.import
    return
  fi
  note $row "The ledger holds only a LinkedIn export of $(thousands "$small_connections") connections," \
    "imported in $(show_s "$(seconds $row.import)") ($(summary_of "$runs/$row.import.out"))."
  row_dashboard $row "$runs/linkedin.db"
}

row_scoring_jmh() {
  local row=scoring-jmh rc=0 line
  target[$row]="— (ops/s)"
  floor[$row]="—"
  ratio[$row]="—"
  OUT="$runs/jmh.out" timed $row "$cap_jmh" java -cp "$jmh_classpath" org.openjdk.jmh.Main \
    needle.bench.ScoringBenchmark "${jmh_options[@]}" -rf csv -rff "$runs/jmh.csv" || rc=$?
  if ((rc)); then
    unmeasured $row "$rc" $row
    return
  fi
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: people"
  line=$(grep ScoringBenchmark.rank "$runs/jmh.csv" | tr -d '"')
  measured[$row]=$(awk -F, '{ e = ($6 == "NaN") ? "" : sprintf(" ± %.3g", $6);
    printf "%.3g %s%s (%.0f ms a ranking of %d)", $5, $7, e, 1000 / $5, $8 }' <<<"$line")
  verdict[$row]="—"
  details[$row]="JMH $(IFS=' '; echo "${jmh_options[*]}"): $(awk -F, '{ print $4 }' <<<"$line") measured iterations"
}
