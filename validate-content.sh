#!/usr/bin/env bash
# Validates a content pack (docs/content-pack.md) without a server: prints every error with its
# file and position, then one summary line; exits with 1 when the pack has errors.
# Usage: ./validate-content.sh <pack folder> [fr|en]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: ./validate-content.sh <pack folder> [fr|en]" >&2; exit 2; }
[ -d "$1" ] || { echo "./validate-content.sh: $1 is not a folder" >&2; exit 2; }
pack=$(cd "$1" && pwd)
cd "$(dirname "$0")"
. scripts/lib.sh
opencrcn_select_jdk
opencrcn_run_tool -- org.opencrcn.tools.content.ValidateContentPackCommand "$pack" "${2:-fr}"
