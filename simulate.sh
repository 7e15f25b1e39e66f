#!/usr/bin/env bash
# Runs the real positioning engine against simulated learners of known level on a content pack.
# Usage: ./simulate.sh <pack folder> [learners=200] [seed=1] [threshold|logistic] [slip=0] [guess=0] [min level=0] [max level=6] [engine=bayesian|smart-random]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: ./simulate.sh <pack folder> [learners] [seed] [threshold|logistic] [slip] [guess] [min level] [max level] [engine=bayesian|smart-random]" >&2; exit 2; }
pack=$(cd "$1" && pwd)
shift
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
opencrcn_run_tool -- org.opencrcn.tools.simulation.SimulatePositioningCommand "$pack" "$@"
