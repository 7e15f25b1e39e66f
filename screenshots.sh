#!/usr/bin/env bash
# Regenerates the screenshots of README.md and docs/design.md (docs/screenshots/*.png): the main
# pages at 1280 px and 375 px, taken by ScreenshotsBrowserIT on the test suite's own fresh servers
# (headless Chromium, demo accounts). Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p docs/screenshots
exec ./test.sh -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ScreenshotsBrowserIT -Dopencrcn.screenshots.dir="$PWD/docs/screenshots" "$@"
