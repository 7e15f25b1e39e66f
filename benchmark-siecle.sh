#!/usr/bin/env bash
# Imports a generated 50,000-pupil SIECLE XML export (ISO-8859-15) with the server's parser, rules
# and batched writer into an H2 file database, in a JVM limited to 256 MB of heap; ends with one
# line: pupils=… seconds=… parse_seconds=… pupils_per_second=… peak_heap_mb=… live_heap_mb=… (goal: ≤ 10 s, heap ≤ 256 MB).
# Usage: ./benchmark-siecle.sh [pupils=50000]
set -euo pipefail
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
opencrcn_run_tool -Xmx256m -- org.opencrcn.tools.bench.SiecleImportBenchmark "${1:-50000}"
