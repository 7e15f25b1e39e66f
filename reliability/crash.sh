#!/usr/bin/env bash
# Crash test: 100 simulated learners answer positioning questions through the real pages (signed
# up on Keycloak's form, Faces view state, the answer form, redirects), WildFly's Java process is
# killed with SIGKILL twice, each time within 100 ms of a burst of acknowledged answers, and
# restarted; each learner resumes with "Reprendre". The first 20 learners are first candidates of a
# certification session (written in the database while WildFly is stopped after the sign-ups, with
# certifiable profiles): they join on the joining page, the supervisor admits them in the room, they
# answer the certification test, and after each kill the supervisor allows their resume and they
# join again. Then every acknowledged answer (positioning and certification) must be in the
# database exactly once, each learner must have resumed at the right question and none be stuck.
# Traffic only to 127.0.0.1; its own Keycloak and WildFly (ports 38180, 38080, 39990).
#
#   ./reliability/crash.sh [h2|postgresql] [--no-build]
#
# h2 (default): the embedded database of the default install. postgresql: schema opencrcn_crash of
# database test on 127.0.0.1:5432 (user postgres). Settings: LEARNERS (100), KILLS (2),
# SECONDS_BETWEEN_KILLS (30), THINK_MS (150), CERTIFICATION_CANDIDATES (20, 0 for none),
# CERTIFICATION_THINK_MS (4000). Last line:
#   learners=… answers_acknowledged=… answers_found=… duplicates=… resumed_ok=…/…
#   certification_candidates=… certification_acknowledged=… certification_found=…
#   certification_duplicates=… certification_resumed_ok=…/…
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
. reliability/lib.sh

DATABASE=h2
for argument in "$@"; do
  case "$argument" in
    h2 | postgresql) DATABASE=$argument ;;
    --no-build) RELIABILITY_NO_BUILD=true ;;
    *) opencrcn_fail "usage: ./reliability/crash.sh [h2|postgresql] [--no-build]" ;;
  esac
done

opencrcn_select_jdk
opencrcn_require_maven
reliability_require_ports
WORK="$PWD/reliability/target/crash-$DATABASE"
rm -rf "$WORK"
mkdir -p "$WORK"
reliability_build "$WORK/build.log"

GROUP_FILE="$WORK/wildfly.group"
trap 'reliability_stop_servers "$GROUP_FILE"' EXIT
trap 'exit 130' INT TERM HUP

DB_OPTS="" CHECK_URL="jdbc:h2:file:$WORK/data/h2/opencrcn" CHECK_USER=opencrcn CHECK_PASSWORD=opencrcn
if [ "$DATABASE" = postgresql ]; then
  reliability_fresh_schema opencrcn_crash
  CHECK_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=opencrcn_crash"
  CHECK_USER=postgres CHECK_PASSWORD=postgres
  DB_OPTS="-Dopencrcn.db.driver=postgresql -Dopencrcn.db.url=$CHECK_URL -Dopencrcn.db.user=postgres -Dopencrcn.db.password=postgres"
fi

reliability_start_keycloak "$WORK"
reliability_prepare_wildfly "$WORK/server"

echo "reliability: crash test on $DATABASE (logs in $WORK) ..."
set +e
reliability_java \
  -Dapp.url="http://localhost:$RELIABILITY_HTTP_PORT/" \
  -Dwildfly.home="$WORK/server" -Dwildfly.base="$WORK/server/standalone" \
  -Dwildfly.args="-Djboss.socket.binding.port-offset=$RELIABILITY_PORT_OFFSET" \
  -Dwildfly.java-opts="-Xms64m -Xmx768m -Dopencrcn.demo-data=true -Dopencrcn.secure-cookies=false -Dopencrcn.data.dir=$WORK/data \
-Dopencrcn.oidc.provider-url=http://localhost:$RELIABILITY_KEYCLOAK_PORT/realms/opencrcn \
-Dopencrcn.public-url=http://localhost:$RELIABILITY_HTTP_PORT -Dopencrcn.mail.outbox=$WORK/outbox $DB_OPTS" \
  -Dwildfly.group-file="$GROUP_FILE" \
  -Ddb.url="$CHECK_URL" -Ddb.user="$CHECK_USER" -Ddb.password="$CHECK_PASSWORD" \
  -Dlearners="${LEARNERS:-100}" -Dkills="${KILLS:-2}" \
  -Dseconds-between-kills="${SECONDS_BETWEEN_KILLS:-30}" -Dthink-ms="${THINK_MS:-150}" \
  -Dcertification-candidates="${CERTIFICATION_CANDIDATES:-20}" \
  -Dcertification-think-ms="${CERTIFICATION_THINK_MS:-4000}" \
  org.opencrcn.reliability.CrashTest 2>&1 | tee "$WORK/driver.log" | grep -v "^learners="
STATUS=${PIPESTATUS[0]}
set -e
reliability_stop_servers "$GROUP_FILE"
trap - EXIT
SUMMARY=$(grep '^learners=' "$WORK/driver.log" | tail -n 1)
[ -n "$SUMMARY" ] || opencrcn_fail "the crash test ended without a summary; see $WORK/driver.log"
if [ "$STATUS" -ne 0 ]; then
  reliability_print_server_errors "$WORK/server/standalone/log/server.log"
  echo "reliability: CRASH TEST FAILED on $DATABASE (see the PROBLEM lines above)"
fi
echo "$SUMMARY"
exit "$STATUS"
