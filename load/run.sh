#!/usr/bin/env bash
# Load test: saturate POST /v1/screenings with a mix of valid (75% of connections) and invalid (25%)
# requests, in parallel. Usage: load/run.sh [base-url] [seconds]. Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:-http://localhost:8080}
seconds=${2:-60}
MODE=valid wrk -t1 -c24 -d"${seconds}s" --latency -s load/screening.lua "$url" | tail -1 &
MODE=invalid wrk -t1 -c8 -d"${seconds}s" --latency -s load/screening.lua "$url" | tail -1 &
wait
