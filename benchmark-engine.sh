#!/usr/bin/env bash
# JMH benchmark of one next-question decision of the positioning engine on the large generated
# pack; ends with one line: median_us=… p99_us=… (goal: median under 20 µs).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
opencrcn_run_tool -- org.opencrcn.tools.bench.NextQuestionBenchmark
