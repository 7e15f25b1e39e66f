#!/usr/bin/env bash
# Database restart test: simulated learners answer positioning questions through the real pages
# on PostgreSQL; the machine's PostgreSQL is stopped, left down 15 s and started again while WildFly
# keeps running. Requests must fail cleanly meanwhile (the translated error page, no stack trace,
# no half-written answer) and the application recover by itself (the pool checks each connection).
# PostgreSQL is always started again at the end, even on failure. Traffic only to 127.0.0.1; its
# own Keycloak and WildFly (ports 38180, 38080, 39990); schema opencrcn_dbrestart of database test.
#
#   ./reliability/db-restart.sh [--no-build]
#
# Settings: LEARNERS (30), OUTAGE_SECONDS (15), PG_CLUSTER ("15 main"). Last line:
#   requests=… failed_during_outage=… recovered_after_s=… answers_lost=0
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
. reliability/lib.sh

for argument in "$@"; do
  case "$argument" in
    --no-build) RELIABILITY_NO_BUILD=true ;;
    *) opencrcn_fail "usage: ./reliability/db-restart.sh [--no-build]" ;;
  esac
done
PG_CLUSTER=${PG_CLUSTER:-15 main}
PG_STOP="pg_ctlcluster --skip-systemctl-redirect $PG_CLUSTER stop"
PG_START="pg_ctlcluster --skip-systemctl-redirect $PG_CLUSTER start"

opencrcn_select_jdk
opencrcn_require_maven
command -v pg_ctlcluster >/dev/null 2>&1 || opencrcn_fail "pg_ctlcluster not found: this test restarts the machine's PostgreSQL"
reliability_require_ports
WORK="$PWD/reliability/target/db-restart"
rm -rf "$WORK"
mkdir -p "$WORK"
reliability_build "$WORK/build.log"

GROUP_FILE="$WORK/wildfly.group"
# PostgreSQL running again, always: whatever happened to the driver.
ensure_postgresql() {
  if ! pg_lsclusters --no-header 2>/dev/null | awk -v c="$PG_CLUSTER" '$1" "$2 == c {print $4}' | grep -q online; then
    $PG_START >/dev/null 2>&1 || echo "reliability: could not start PostgreSQL again ($PG_START)" >&2
  fi
}
trap 'reliability_stop_servers "$GROUP_FILE"; ensure_postgresql' EXIT
trap 'exit 130' INT TERM HUP

reliability_fresh_schema opencrcn_dbrestart
CHECK_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=opencrcn_dbrestart"
reliability_start_keycloak "$WORK"
reliability_prepare_wildfly "$WORK/server"

echo "reliability: database restart test (logs in $WORK) ..."
set +e
reliability_java \
  -Dapp.url="http://localhost:$RELIABILITY_HTTP_PORT/" \
  -Dwildfly.home="$WORK/server" -Dwildfly.base="$WORK/server/standalone" \
  -Dwildfly.args="-Djboss.socket.binding.port-offset=$RELIABILITY_PORT_OFFSET" \
  -Dwildfly.java-opts="-Xms64m -Xmx768m -Dopencrcn.demo-data=true -Dopencrcn.secure-cookies=false -Dopencrcn.data.dir=$WORK/data \
-Dopencrcn.oidc.provider-url=http://localhost:$RELIABILITY_KEYCLOAK_PORT/realms/opencrcn \
-Dopencrcn.public-url=http://localhost:$RELIABILITY_HTTP_PORT -Dopencrcn.mail.outbox=$WORK/outbox \
-Dopencrcn.db.driver=postgresql -Dopencrcn.db.url=$CHECK_URL -Dopencrcn.db.user=postgres -Dopencrcn.db.password=postgres" \
  -Dwildfly.group-file="$GROUP_FILE" \
  -Ddb.url="$CHECK_URL" -Ddb.user=postgres -Ddb.password=postgres \
  -Dimproper-page-file="$WORK/improper-page.html" \
  -Ddb.stop-command="$PG_STOP" -Ddb.start-command="$PG_START" \
  -Dlearners="${LEARNERS:-30}" -Doutage-seconds="${OUTAGE_SECONDS:-15}" -Dthink-ms="${THINK_MS:-150}" \
  org.opencrcn.reliability.DbRestartTest 2>&1 | tee "$WORK/driver.log" | grep -v "^requests="
STATUS=${PIPESTATUS[0]}
set -e
reliability_stop_servers "$GROUP_FILE"
ensure_postgresql
trap - EXIT
SUMMARY=$(grep '^requests=' "$WORK/driver.log" | tail -n 1)
[ -n "$SUMMARY" ] || opencrcn_fail "the database restart test ended without a summary; see $WORK/driver.log"
if [ "$STATUS" -ne 0 ]; then
  reliability_print_server_errors "$WORK/server/standalone/log/server.log"
  echo "reliability: DATABASE RESTART TEST FAILED (see the PROBLEM lines above)"
  [ -f "$WORK/improper-page.html" ] && echo "reliability: the first improper page is $WORK/improper-page.html"
fi
echo "$SUMMARY"
exit "$STATUS"
