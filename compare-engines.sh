#!/usr/bin/env bash
# Writes the competence shapes S and S-large as packs into target/positioning-shapes, then prints
# the positioning accuracy table of docs/positioning.md for every engine (threshold learners of
# level 1-6 on both shapes; four learner models on a pack, the shipped one by default).
# Usage: ./compare-engines.sh [learners=2000] [seed=1] [pack folder=content/crcn]
set -euo pipefail
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
opencrcn_run_tool -- org.opencrcn.tools.simulation.CompareEnginesCommand "$@"
