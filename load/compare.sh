#!/usr/bin/env bash
# Compares two packaged builds under the same load, started alternately, one round after another: for
# changes of a few percent, smaller than what a shared machine moves between two runs. Judge by the
# means over the rounds, never by one run.
# Usage: load/compare.sh OLD_APP_DIR NEW_APP_DIR [rounds, default 4], each directory a build's
# target/quarkus-app. Per build and round: a start with the pod's heap (-Xmx192m), 15 s warm-up, then
# 20 s measured, wrk 2 threads x 32 connections, valid intakes only (load/screening.lua).
# Needs wrk and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: load/compare.sh OLD_APP_DIR NEW_APP_DIR [rounds]"; exit 2; }
old=$1
new=$2
rounds=${3:-4}
port=${PORT:-18081}
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT

run() { # run APP_DIR: prints "req/s p99"
  java -Xmx192m -Dquarkus.shutdown.delay-enabled=false -Dquarkus.http.port="$port" \
    -jar "$1/quarkus-run.jar" > /dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      --data-binary @load/valid-eligible.json "http://localhost:$port/v1/screenings")" = 200 ] && break
    sleep 0.05
  done
  MODE=valid wrk -t2 -c32 -d15s -s load/screening.lua "http://localhost:$port" > /dev/null
  MODE=valid wrk -t2 -c32 -d20s --latency -s load/screening.lua "http://localhost:$port" \
    | awk '/^ +99%/ {p=$2} /^Requests\/sec/ {r=$2} END {print r, p}'
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

results=""
for round in $(seq 1 "$rounds"); do
  for build in old new; do
    line="round $round $build $(run "$([ "$build" = old ] && echo "$old" || echo "$new")")"
    echo "$line"
    results+="$line"$'\n'
  done
done
printf '%s' "$results" | awk '{sum[$3] += $4; n[$3]++} END {
  printf "mean req/s: old %.0f, new %.0f (%+.1f%%)\n", sum["old"] / n["old"], sum["new"] / n["new"],
    100 * (sum["new"] / n["new"] - sum["old"] / n["old"]) / (sum["old"] / n["old"])}'
