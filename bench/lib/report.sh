# Writes bench/run's results as Markdown (sourced, not run).

thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }

machine() {
  local ram
  ram=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1024 / 1024 }' /proc/meminfo)
  echo "$(nproc) cores (nproc), $ram RAM, $(uname -sm)"
}

commit() {
  local dirty
  dirty=$(git status --porcelain -- . ':!bench/results.md' 2>/dev/null | head -n 1)
  echo "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)${dirty:+ with uncommitted changes}"
}

# write_report FILE: the header, the table in the order of $rows_run, then details and notes.
write_report() {
  local file=$1 row
  mkdir -p "$(dirname "$file")"
  {
    echo "# Benchmark results${title_suffix}"
    echo
    echo "Written by \`bench/run${mode_flag}\`; every figure below was measured in that run."
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| date | $started_at |"
    echo "| machine | $(machine) |"
    echo "| load average (1 min) | $load_start at the start, $load_end at the end |"
    echo "| JDK | $(java -version 2>&1 | head -n 1) |"
    echo "| commit | $(commit) |"
    echo "| tools | $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), sqlite3 $(sqlite3 --version | cut -d' ' -f1) |"
    echo "| data | $data_summary |"
    echo "| runs | $runs_summary |"
    echo "| took | $(($(date +%s) - started)) s |"
    echo
    echo "| row | target | measured (median) | floor (median) | ratio | verdict |"
    echo "|---|---|---|---|---|---|"
    for row in "${rows_run[@]}"; do
      echo "| $row | ${target[$row]:-} | ${measured[$row]:-—} | ${floor[$row]:-—} | ${ratio[$row]:-—} | ${verdict[$row]:-—} |"
    done
    echo
    echo "Ratios are measured ÷ floor (for the dashboards, the dashboard's requests per second as a"
    echo "share of the static route's). A verdict compares the medians with the target (DESIGN §6)."
    echo
    echo "## Every run"
    echo
    for row in "${rows_run[@]}"; do
      [ -n "${details[$row]:-}" ] && echo "- ${details[$row]}"
    done
    echo
    echo "## Notes"
    echo
    for row in "${rows_run[@]}"; do
      [ -n "${notes[$row]:-}" ] && echo "- $row: ${notes[$row]}"
    done
    for line in "${general_notes[@]}"; do
      echo "- $line"
    done
  } >"$file"
}
