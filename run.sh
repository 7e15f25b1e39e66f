#!/usr/bin/env bash
# Runs OpenCRCN on this machine: builds it, starts Keycloak (with the opencrcn realm) and WildFly
# (with the application, on the embedded H2 database, with demo accounts and demo content), prints
# the address and the accounts, and stops both servers on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/lib.sh

HTTP_PORT=${OPENCRCN_HTTP_PORT:-8080}
MANAGEMENT_PORT=$((HTTP_PORT + 1910))
KEYCLOAK_PORT=${OPENCRCN_KEYCLOAK_PORT:-8180}
DATA_DIR=$(mkdir -p "${OPENCRCN_DATA_DIR:-data}" && cd "${OPENCRCN_DATA_DIR:-data}" && pwd)
LOG_DIR="$DATA_DIR/logs"

opencrcn_select_jdk
opencrcn_require_maven
opencrcn_require_free_port "$HTTP_PORT" "OpenCRCN web"
opencrcn_require_free_port "$MANAGEMENT_PORT" "WildFly management"
opencrcn_require_free_port "$KEYCLOAK_PORT" "Keycloak"

echo "OpenCRCN: building (JDK: $JAVA_HOME) ..."
mkdir -p "$LOG_DIR"
if ! mvn -B -q -DskipTests package > "$LOG_DIR/build.log" 2>&1; then
  tail -n 30 "$LOG_DIR/build.log" >&2
  opencrcn_fail "the build failed; the whole log is in $LOG_DIR/build.log"
fi
# The Keycloak version is the POM's (version.keycloak), written by the build.
KEYCLOAK_VERSION=$(cat keycloak-realm/target/keycloak.version)

KEYCLOAK_PID="" WILDFLY_PID=""
stop_servers() {
  # Stopping must finish even if the terminal or a pipe reading our output is gone.
  set +e
  trap '' INT TERM HUP PIPE
  trap - EXIT
  echo 2>/dev/null
  echo "OpenCRCN: stopping WildFly and Keycloak ..." 2>/dev/null
  opencrcn_stop_group "$WILDFLY_PID" 60
  opencrcn_stop_group "$KEYCLOAK_PID" 30
  echo "OpenCRCN: stopped. Data kept in $DATA_DIR" 2>/dev/null || true
}
trap stop_servers INT TERM HUP EXIT

# --- Keycloak: the realms (opencrcn + the demo ENT) are imported at the first start, then kept in
# $DATA_DIR/keycloak. OPENCRCN_KEYCLOAK_URL fills the ${OPENCRCN_KEYCLOAK_URL:...} placeholders of the
# realm files (the browser-facing address of the ENT realm and of the opencrcn broker endpoint).
echo "OpenCRCN: starting Keycloak on port $KEYCLOAK_PORT ..."
mkdir -p "$DATA_DIR/keycloak"
OPENCRCN_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" setsid "keycloak-realm/target/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" start-dev \
  --http-port="$KEYCLOAK_PORT" --http-host=127.0.0.1 --import-realm \
  --db-url="jdbc:h2:file:$DATA_DIR/keycloak/keycloakdb;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE" > "$LOG_DIR/keycloak.log" 2>&1 &
KEYCLOAK_PID=$!

# --- WildFly: configuration from the build, deployments and data in $DATA_DIR/wildfly ------------
BASE_DIR="$DATA_DIR/wildfly"
mkdir -p "$BASE_DIR"
rm -rf "$BASE_DIR/configuration" "$BASE_DIR/deployments" "$BASE_DIR/tmp"
cp -r ear/target/server/standalone/configuration "$BASE_DIR/configuration"
mkdir -p "$BASE_DIR/deployments"
cp ear/target/opencrcn.ear "$BASE_DIR/deployments/"

if ! opencrcn_wait_http "$KEYCLOAK_PORT" /realms/opencrcn/.well-known/openid-configuration "$KEYCLOAK_PID" 180; then
  tail -n 20 "$LOG_DIR/keycloak.log" >&2
  opencrcn_fail "Keycloak did not start on port $KEYCLOAK_PORT; its log is $LOG_DIR/keycloak.log"
fi

# --- Mail: no SMTP server here; mails (Orga activation links, invitations) are written as .eml files
#     into $DATA_DIR/outbox, unless OPENCRCN_SMTP_HOST names a real one.
MAIL_OPTS="-Dopencrcn.public-url=http://localhost:$HTTP_PORT"
if [ -z "${OPENCRCN_SMTP_HOST:-}" ]; then
  mkdir -p "$DATA_DIR/outbox"
  MAIL_OPTS="$MAIL_OPTS -Dopencrcn.mail.outbox=$DATA_DIR/outbox"
fi

echo "OpenCRCN: starting WildFly on port $HTTP_PORT ..."
JAVA_OPTS="-Xms64m -Xmx768m -Dopencrcn.demo-data=true -Dopencrcn.secure-cookies=false -Dopencrcn.data.dir=$DATA_DIR \
  -Dopencrcn.oidc.provider-url=http://localhost:$KEYCLOAK_PORT/realms/opencrcn $MAIL_OPTS" \
  setsid ear/target/server/bin/standalone.sh -Djboss.server.base.dir="$BASE_DIR" \
  -Djboss.http.port="$HTTP_PORT" -Djboss.management.http.port="$MANAGEMENT_PORT" \
  > "$LOG_DIR/wildfly-console.log" 2>&1 &
WILDFLY_PID=$!

if ! opencrcn_wait_http "$HTTP_PORT" / "$WILDFLY_PID" 240; then
  grep -E "ERROR|Caused by" "$BASE_DIR/log/server.log" 2>/dev/null | tail -n 10 >&2 || true
  opencrcn_fail "WildFly did not start OpenCRCN on port $HTTP_PORT; its log is $BASE_DIR/log/server.log"
fi

# The accounts come from the README's tables ("Demo accounts"): one list, in one place.
print_accounts() {
  local row
  while IFS= read -r row; do
    printf '    - %s\n' "$row" | fold -s -w 100 | sed '2,$s/^/      /'
  done
}

cat <<INFO

  OpenCRCN is running:  http://localhost:$HTTP_PORT/

  Demo accounts (password: demo-opencrcn)
INFO
opencrcn_readme_table "Demo accounts" 1 | print_accounts
cat <<INFO

  Demo ENT ("Se connecter avec mon ENT" on the sign-in page; password: demo-opencrcn)
INFO
opencrcn_readme_table "Demo accounts" 2 | print_accounts
# Today's demo certification session, as the application logged it at this start
# (certification.application.DemoCertificationDay: dated today, or copied for today).
DEMO_SESSION=$(grep -ho 'Demo certification session today .*' "$BASE_DIR/log/server.log" 2>/dev/null | tail -n 1 || true)
DEMO_NUMBER=$(sed -n 's/.*: number \([0-9]*\),.*/\1/p' <<<"$DEMO_SESSION")
DEMO_CODE=$(sed -n 's/.*access code \([^ ,]*\),.*/\1/p' <<<"$DEMO_SESSION")
DEMO_PASSWORD=$(sed -n 's/.*supervisor password \([^ ]*\)$/\1/p' <<<"$DEMO_SESSION")
if [ -n "$DEMO_NUMBER" ]; then
  cat <<INFO

  Demo certification, today (README, "Demo certification"): session number $DEMO_NUMBER,
  access code $DEMO_CODE, supervisor password $DEMO_PASSWORD (demo only)
    1. Sign in as eleve, open Certification (http://localhost:$HTTP_PORT/app/certification.xhtml):
       the number, the access code, MARTIN, Léa, 02/06/2011; she waits for the supervisor.
    2. In another browser (or a private window), no account:
       http://localhost:$HTTP_PORT/certif/surveillance.xhtml with the number and the supervisor
       password: admit her; she answers the test (15 questions).
    3. As centre: the session (Collège Stendhal) > "Finaliser la session"; eleve then finds the
       result and the certificate in "Mes certifications".
    Still running after midnight: the next day's session is in the server log (same line).
INFO
fi
cat <<INFO

  Keycloak:  http://localhost:$KEYCLOAK_PORT/   Data: $DATA_DIR   Logs: $LOG_DIR
  Mails (activation links, invitations): .eml files in $DATA_DIR/outbox, and for the
  administrator (admin) in Administration > "Courriels envoyés", links clickable
  Press Ctrl-C to stop both servers.

INFO
wait "$WILDFLY_PID" || true
