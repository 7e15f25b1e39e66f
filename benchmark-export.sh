#!/usr/bin/env bash
# Writes generated participations of an assessment campaign on a profile covering the 16
# competences to CSV and to Excel with the server's export code, in a JVM limited to 128 MB of
# heap; ends with one line: rows=… csv_seconds=… xlsx_seconds=… ratio=… peak_heap_mb=…
# (goals: ratio ≤ 1.5, peak heap ≤ 128 MB).
# Usage: ./benchmark-export.sh [rows=100000]
set -euo pipefail
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
# POI logs through Log4j 2's API; its simple logger, named here, says nothing at the default level.
opencrcn_run_tool -Xmx128m -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -- org.opencrcn.tools.bench.CampaignExportBenchmark "${1:-100000}"
