#!/usr/bin/env bash
# Soak test: learners answer positioning questions continuously through the real pages (the load
# benchmark's answer path: Faces view state, the answer form) for a long time on one WildFly on
# PostgreSQL (schema opencrcn_soak of database test, 127.0.0.1:5432). The heap after a full GC
# (jcmd GC.run, then base_memory_usedHeap_bytes), the data source pool's in-use and active
# connections (wildfly_datasources_pool_*_count) and the web sessions alive
# (wildfly_undertow_active_sessions) are read from WildFly's /metrics at the start, every minute and
# at the end: a leak shows as a heap or pool that grows while the sessions do not. A learner who has
# taken every test signs out ("Se déconnecter") and a new one takes the seat. At the end, 60 new
# learners sign in and answer 15 questions: the heap after GC with their sessions, and after they sign out,
# gives what a session left behind costs (session_kb). Its own Keycloak (58190) and WildFly (58090,
# management 60000); traffic only to 127.0.0.1; the servers are always stopped.
#
#   ./reliability/soak.sh [minutes=30] [--no-build]
#
# Settings: LEARNERS (40), THINK_MS (1000). Last line:
#   minutes=… requests=… errors=… heap_start_mb=… heap_end_mb=… pool_start=in_use/active pool_end=…
#   sessions_start=… sessions_end=… session_kb=…
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
RELIABILITY_PORT_OFFSET=50010
RELIABILITY_NAME=soak
. reliability/lib.sh

MINUTES=30
for argument in "$@"; do
  case "$argument" in
    --no-build) RELIABILITY_NO_BUILD=true ;;
    *[!0-9]* | "") opencrcn_fail "usage: ./reliability/soak.sh [minutes=30] [--no-build]" ;;
    *) MINUTES=$argument ;;
  esac
done
[ "$MINUTES" -ge 1 ] || opencrcn_fail "minutes must be at least 1"

opencrcn_select_jdk
opencrcn_require_maven
reliability_require_ports
WORK="$PWD/reliability/target/soak"
rm -rf "$WORK"
mkdir -p "$WORK"
reliability_build "$WORK/build.log"

GROUP_FILE="$WORK/wildfly.group"
trap 'reliability_stop_servers "$GROUP_FILE"' EXIT
trap 'exit 130' INT TERM HUP

reliability_fresh_schema opencrcn_soak
DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=opencrcn_soak"
reliability_start_keycloak "$WORK"
reliability_prepare_wildfly "$WORK/server"

echo "soak: $MINUTES minutes (logs in $WORK) ..."
set +e
reliability_java \
  -Dapp.url="http://localhost:$RELIABILITY_HTTP_PORT/" \
  -Dwildfly.home="$WORK/server" -Dwildfly.base="$WORK/server/standalone" \
  -Dwildfly.args="-Djboss.socket.binding.port-offset=$RELIABILITY_PORT_OFFSET" \
  -Dwildfly.java-opts="-Xms256m -Xmx768m -Dopencrcn.demo-data=true -Dopencrcn.secure-cookies=false -Dopencrcn.data.dir=$WORK/data \
-Dopencrcn.oidc.provider-url=http://localhost:$RELIABILITY_KEYCLOAK_PORT/realms/opencrcn \
-Dopencrcn.public-url=http://localhost:$RELIABILITY_HTTP_PORT -Dopencrcn.mail.outbox=$WORK/outbox \
-Dopencrcn.db.driver=postgresql -Dopencrcn.db.url=$DB_URL -Dopencrcn.db.user=postgres -Dopencrcn.db.password=postgres" \
  -Dwildfly.group-file="$GROUP_FILE" \
  -Dmetrics.url="http://127.0.0.1:$((9990 + RELIABILITY_PORT_OFFSET))/metrics" \
  -Ddb.url="$DB_URL" -Ddb.user=postgres -Ddb.password=postgres \
  -Dminutes="$MINUTES" -Dlearners="${LEARNERS:-40}" -Dthink-ms="${THINK_MS:-1000}" \
  org.opencrcn.reliability.SoakTest 2>&1 | tee "$WORK/driver.log" | grep -v "^minutes="
STATUS=${PIPESTATUS[0]}
set -e
reliability_stop_servers "$GROUP_FILE"
trap - EXIT
SUMMARY=$(grep '^minutes=' "$WORK/driver.log" | tail -n 1)
[ -n "$SUMMARY" ] || opencrcn_fail "the soak test ended without a summary; see $WORK/driver.log"
[ "$STATUS" -eq 0 ] || echo "soak: SOAK TEST FAILED (see the PROBLEM lines above)"
echo "$SUMMARY"
exit "$STATUS"
