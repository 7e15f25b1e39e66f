#!/usr/bin/env bash
# Load benchmark of the answer path (Gatling, module load): N learners, signed in through Keycloak
# beforehand, start a positioning test within 10 s and answer 20 questions each with 10 s of
# thinking, through the real pages (Faces view state, the answer form), against WildFly on
# PostgreSQL (schema opencrcn_load of database test, 127.0.0.1:5432, user postgres); then the
# baseline: a trivial signed-in page and the answer path, each without pause, at the same
# concurrency. Its own Keycloak (48180) and WildFly (48080, management 49990); traffic only to
# 127.0.0.1; the servers are always stopped.
#
#   ./benchmark-load.sh [learners=800] [--no-build]
#
# Last lines: Gatling's HTML report, then
#   learners=… answers=… errors=… p50_ms=… p95_ms=… p99_ms=… answer_to_baseline=… sql_per_answer=…
#   cpu_wildfly=… cpu_postgres=…
# LOAD_OPTS adds settings of the simulation, e.g. LOAD_OPTS="-Danswers=5 -Dthink.seconds=1" for a
# quick try (see AnswerBurstSimulation). Details (what each figure is, where the time goes):
# docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/lib.sh
RELIABILITY_PORT_OFFSET=40000
RELIABILITY_NAME=load
. reliability/lib.sh

LEARNERS=800
for argument in "$@"; do
  case "$argument" in
    --no-build) RELIABILITY_NO_BUILD=true ;;
    *[!0-9]* | "") opencrcn_fail "usage: ./benchmark-load.sh [learners=800] [--no-build]" ;;
    *) LEARNERS=$argument ;;
  esac
done
[ "$LEARNERS" -ge 1 ] || opencrcn_fail "learners must be at least 1"

opencrcn_select_jdk
opencrcn_require_maven
reliability_require_ports
command -v psql >/dev/null 2>&1 || opencrcn_fail "psql (PostgreSQL's client) is not on the PATH"
command -v jq >/dev/null 2>&1 || opencrcn_fail "jq is not on the PATH (apt-get install jq)"
WORK="$PWD/load/target/run"
rm -rf "$WORK"
mkdir -p "$WORK"
reliability_build "$WORK/build.log"

GROUP_FILE="$WORK/wildfly.group"
trap 'reliability_stop_servers "$GROUP_FILE"' EXIT
trap 'exit 130' INT TERM HUP

reliability_fresh_schema opencrcn_load
# The administrator of this run's own Keycloak (a fresh database each run): the simulation creates
# the learners' accounts through the admin API.
export KC_BOOTSTRAP_ADMIN_USERNAME=load-admin KC_BOOTSTRAP_ADMIN_PASSWORD=load-admin
# Sign-in is not what is measured, but it must be quick: the themes cached as in production (the
# development mode re-reads them at each page), sessions kept in memory only.
RELIABILITY_KEYCLOAK_HEAP="-Xms256m -Xmx768m" reliability_start_keycloak "$WORK" \
  --spi-theme--cache-themes=true --spi-theme--cache-templates=true \
  --features-disabled=persistent-user-sessions
reliability_prepare_wildfly "$WORK/server"
DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=opencrcn_load"
# Hibernate statistics for this run only: the SQL statements per answer. Without their log of every
# session's metrics (on by default with the statistics: a dozen INFO lines per transaction, a cost
# the measured server would not have).
reliability_start_wildfly "$WORK/server" "-Xms1g -Xmx1536m -Dopencrcn.demo-data=true -Dopencrcn.secure-cookies=false \
-Dopencrcn.data.dir=$WORK/data -Dopencrcn.oidc.provider-url=http://localhost:$RELIABILITY_KEYCLOAK_PORT/realms/opencrcn \
-Dopencrcn.public-url=http://localhost:$RELIABILITY_HTTP_PORT -Dopencrcn.mail.outbox=$WORK/outbox \
-Dopencrcn.db.driver=postgresql -Dopencrcn.db.url=$DB_URL -Dopencrcn.db.user=postgres -Dopencrcn.db.password=postgres \
-Dhibernate.generate_statistics=true -Dhibernate.session.events.log=false" "$GROUP_FILE"
WILDFLY_PID=$(reliability_wildfly_java_pid "$GROUP_FILE")

echo "load: $LEARNERS learners sign in, then the burst (Gatling; log in $WORK/gatling.log) ..."
read -r -a EXTRA_OPTS <<< "${LOAD_OPTS:-}"
set +e
mvn -B -pl load -am verify -DskipTests -Dload.skip=false -Dlearners="$LEARNERS" \
  -Dapp.url="http://localhost:$RELIABILITY_HTTP_PORT/" \
  -Dkeycloak.url="http://localhost:$RELIABILITY_KEYCLOAK_PORT/" \
  -Dkeycloak.admin="$KC_BOOTSTRAP_ADMIN_USERNAME" -Dkeycloak.admin-password="$KC_BOOTSTRAP_ADMIN_PASSWORD" \
  -Dmetrics.url="http://127.0.0.1:$((9990 + RELIABILITY_PORT_OFFSET))/metrics" \
  -Dwildfly.pid="$WILDFLY_PID" -Drecording.file="$WORK/burst.jfr" -Dfigures.file="$WORK/figures.properties" "${EXTRA_OPTS[@]}" > "$WORK/gatling.log" 2>&1
STATUS=$?
set -e
reliability_stop_servers "$GROUP_FILE"
trap - EXIT
grep 'load: PROBLEM' "$WORK/gatling.log" | head -n 5 || true
REPORT=$(sed -n 's#.*open the following file: file://\(.*index\.html\).*#\1#p' "$WORK/gatling.log" | tail -n 1)
if [ "$STATUS" -ne 0 ] || [ -z "$REPORT" ] || [ ! -s "$WORK/figures.properties" ]; then
  tail -n 30 "$WORK/gatling.log" >&2
  opencrcn_fail "the load test did not finish; its log is $WORK/gatling.log"
fi

figure() { sed -n "s/^$1=//p" "$WORK/figures.properties"; }
# Failed requests (Gatling's KO, "-" when none), plus pages a learner did not expect.
KO=$(awk -F'|' '/> request count/ { gsub(/[ ,]/, "", $4); ko = $4 } END { print (ko == "-" || ko == "") ? 0 : ko }' \
  "$WORK/gatling.log")
ERRORS=$((KO + $(figure unexpected_pages)))
echo "load: Gatling's report $REPORT"
[ -s "$WORK/burst.jfr" ] && echo "load: WildFly's flight recording of the burst: jfr view hot-methods $WORK/burst.jfr"
echo "learners=$LEARNERS answers=$(figure answers) errors=$ERRORS p50_ms=$(figure p50_ms)" \
  "p95_ms=$(figure p95_ms) p99_ms=$(figure p99_ms) answer_to_baseline=$(figure answer_to_baseline)" \
  "sql_per_answer=$(figure sql_per_answer) cpu_wildfly=$(figure cpu_wildfly) cpu_postgres=$(figure cpu_postgres)"
