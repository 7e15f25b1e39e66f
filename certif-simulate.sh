#!/usr/bin/env bash
# Test-retest of the v2 certification test on simulated candidates: positioned by the real engine,
# then two sittings composed and scored as the platform does (v2 by default, or v3: flash); one summary line.
# Usage: ./certif-simulate.sh <pack folder> [candidates=200] [seed=1] [threshold|logistic] [slip=0] [guess=0] [min level=1] [max level=5] [v2|v3]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: ./certif-simulate.sh <pack folder> [candidates] [seed] [threshold|logistic] [slip] [guess] [min level] [max level] [v2|v3]" >&2; exit 2; }
pack=$(cd "$1" && pwd)
shift
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
opencrcn_run_tool -- org.opencrcn.tools.simulation.SimulateCertificationCommand "$pack" "$@"
