#!/usr/bin/env bash
# Load test of the medicine search: GET /v1/medicines with 32 connections over a rotating list of queries
# (load/medicine-search.lua), against a running packaged service. Usage: load/medicine-search.sh
# [base-url] [seconds]. Needs wrk (Debian: apt-get install wrk). Prints requests, p50 and p99.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:-http://localhost:8080}
seconds=${2:-30}
wrk -t2 -c32 -d"${seconds}s" --latency -s load/medicine-search.lua "$url" | tail -1
