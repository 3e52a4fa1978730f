#!/usr/bin/env bash
# CPU time per request, by thread group (event loops, JIT compilers, GC), read from /proc while a packaged
# build is under load: what a request costs the process, whatever the machine's other tenants do to its
# throughput. Start it for two builds, or for this service and the bare HTTP+JSON baseline, and compare
# the event loops' microseconds.
# Usage: load/cpu-per-request.sh APP_DIR [JVM option...], APP_DIR a build's target/quarkus-app. The pod's
# heap (-Xmx192m), 25 s warm-up, then 15 s measured, wrk 2 threads x 32 connections, the eligible intake
# (BODY to change it; URL_PATH for another endpoint, e.g. BODY=load/cds-patient-view.json
# URL_PATH=/cds-services/microneedling-screening-chart with CDS_SECURITY_ENABLED=false). Linux only (/proc);
# needs wrk and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: load/cpu-per-request.sh APP_DIR [JVM option...]"; exit 2; }
app=$1
shift
port=${PORT:-18082}
body=${BODY:-load/valid-eligible.json}
url_path=${URL_PATH:-/v1/screenings}
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT

cat > "$work/post.lua" <<LUA
local f = assert(io.open("$body", "r")); local body = f:read("*a"); f:close()
function request() return wrk.format("POST", "$url_path", { ["Content-Type"] = "application/json" }, body) end
LUA

# Per thread: its name (digits folded, so the event loops add up) and its user + system clock ticks.
ticks() { for t in /proc/"$pid"/task/*; do echo "$(tr -d '0-9' < "$t/comm")|$(awk '{print $14 + $15}' "$t/stat")"; done; }

java -Xmx192m -Dquarkus.shutdown.delay-enabled=false -Dquarkus.http.port="$port" "$@" -jar "$app/quarkus-run.jar" \
  > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$body" \
    "http://localhost:$port$url_path")" = 200 ] && break
  sleep 0.05
done
wrk -t2 -c32 -d25s -s "$work/post.lua" "http://localhost:$port" > /dev/null
ticks > "$work/before"
requests=$(wrk -t2 -c32 -d15s -s "$work/post.lua" "http://localhost:$port" | awk '/requests in/ {print $1}')
ticks > "$work/after"
hz=$(getconf CLK_TCK)
awk -F'|' -v n="$requests" -v hz="$hz" '
  FNR == NR { before[$1] += $NF; next }
  { after[$1] += $NF }
  END {
    printf "%d requests in 15 s; CPU per request:", n
    for (name in after) { us = (after[name] - before[name]) * 1e6 / hz / n; if (us >= 0.5) printf "  %s %.1f us", name, us }
    printf "\n"
  }' "$work/before" "$work/after"
