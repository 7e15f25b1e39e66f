#!/usr/bin/env bash
# The collective results and the analysis of a campaign of 10,000 shared participations on a
# 32-tube profile covering the 16 competences, with the application's own SQL and rules on an H2
# file database migrated like the server's; ends with one line:
# participants=… results_ms=… analysis_ms=… (goal: ≤ 300 ms each).
# Usage: ./benchmark-results.sh [participants=10000]
set -euo pipefail
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
opencrcn_run_tool -- org.opencrcn.tools.bench.CampaignResultsBenchmark "${1:-10000}"
