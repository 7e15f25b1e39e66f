#!/usr/bin/env bash
# Writes a large synthetic content pack (valid by construction) for benchmarks and simulations.
# Usage: ./generate-content.sh <folder> [tubes per competence=10] [levels=8] [challenges per skill=5] [seed=42]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: ./generate-content.sh <folder> [tubes] [levels] [challenges] [seed]" >&2; exit 2; }
mkdir -p "$1"
out=$(cd "$1" && pwd)
shift
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
opencrcn_run_tool -- org.opencrcn.tools.content.GenerateContentPackCommand "$out" "$@"
