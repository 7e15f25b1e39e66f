#!/usr/bin/env bash
# Runs the whole OpenCRCN test suite from scratch: unit tests, then Arquillian tests on the
# provisioned WildFly and browser tests through a real Keycloak (both started and stopped by the
# suite), on H2. Extra arguments go to Maven (e.g. -Dit.test=SignInBrowserIT).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/lib.sh

opencrcn_select_jdk
opencrcn_require_maven
# Ports of the servers the suite starts (the run command's servers may keep running beside it).
opencrcn_require_free_port 18080 "test WildFly web"
opencrcn_require_free_port 19990 "test WildFly management"
opencrcn_require_free_port 18180 "test Keycloak"

echo "OpenCRCN: running the test suite (JDK: $JAVA_HOME) ..."
exec mvn -B clean verify "$@"
