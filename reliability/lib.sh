# Shared by the reliability scripts and ./benchmark-load.sh: their own Keycloak and WildFly on ports
# apart from run.sh's and the test suite's (WildFly port offset 30000: web 38080, management 39990;
# Keycloak 38180; the load benchmark sets RELIABILITY_PORT_OFFSET=40000 before sourcing), a fresh
# work folder under target, and a trap that always stops what they started. RELIABILITY_NAME
# prefixes the progress lines (reliability, load).
# shellcheck shell=bash

RELIABILITY_KEYCLOAK_VERSION=26.5.6
# RELIABILITY_PORT_OFFSET=30001 runs a second test beside the first (the realm accepts 38081 too).
RELIABILITY_PORT_OFFSET=${RELIABILITY_PORT_OFFSET:-30000}
RELIABILITY_HTTP_PORT=$((8080 + RELIABILITY_PORT_OFFSET))
RELIABILITY_KEYCLOAK_PORT=$((8180 + RELIABILITY_PORT_OFFSET))
RELIABILITY_KEYCLOAK_PID=""
RELIABILITY_NAME=${RELIABILITY_NAME:-reliability}

# Builds everything (as run.sh does) unless --no-build was given (CI: test.sh has just built it).
reliability_build() {
  local log=$1
  if [ "${RELIABILITY_NO_BUILD:-false}" = true ]; then
    [ -f reliability/target/runtime-class-path.txt ] && [ -f ear/target/opencrcn.ear ] ||
      opencrcn_fail "--no-build, but nothing is built: run without it"
    return 0
  fi
  echo "$RELIABILITY_NAME: building (JDK: $JAVA_HOME) ..."
  # RELIABILITY_MAVEN_ARGS: more options (the failover test's -Pcluster).
  # shellcheck disable=SC2086
  if ! mvn -B -q -DskipTests ${RELIABILITY_MAVEN_ARGS:-} package > "$log" 2>&1; then
    tail -n 30 "$log" >&2
    opencrcn_fail "the build failed; the whole log is in $log"
  fi
}

reliability_require_ports() {
  opencrcn_require_free_port "$RELIABILITY_HTTP_PORT" "reliability WildFly web"
  opencrcn_require_free_port $((9990 + RELIABILITY_PORT_OFFSET)) "reliability WildFly management"
  opencrcn_require_free_port "$RELIABILITY_KEYCLOAK_PORT" "reliability Keycloak"
}

# Starts Keycloak with the realms on a fresh H2 database in $1; further arguments are options of
# kc.sh (the load benchmark's caches).
reliability_start_keycloak() {
  local work=$1
  shift
  mkdir -p "$work/keycloak"
  echo "$RELIABILITY_NAME: starting Keycloak on port $RELIABILITY_KEYCLOAK_PORT ..."
  OPENCRCN_KEYCLOAK_URL="http://localhost:$RELIABILITY_KEYCLOAK_PORT" \
    JAVA_OPTS_KC_HEAP="${RELIABILITY_KEYCLOAK_HEAP:--Xms64m -Xmx384m}" \
    JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" \
    setsid "keycloak-realm/target/keycloak-$RELIABILITY_KEYCLOAK_VERSION/bin/kc.sh" start-dev \
    --http-port="$RELIABILITY_KEYCLOAK_PORT" --http-host=127.0.0.1 --import-realm \
    --db-url="jdbc:h2:file:$work/keycloak/keycloakdb;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE" "$@" \
    > "$work/keycloak.log" 2>&1 &
  RELIABILITY_KEYCLOAK_PID=$!
  if ! opencrcn_wait_http "$RELIABILITY_KEYCLOAK_PORT" /realms/opencrcn/.well-known/openid-configuration \
    "$RELIABILITY_KEYCLOAK_PID" 300; then
    tail -n 20 "$work/keycloak.log" >&2
    opencrcn_fail "Keycloak did not start; its log is $work/keycloak.log"
  fi
}

# A copy of the built WildFly in $1, with the EAR in its deployments: a rebuild during the test
# (ear/target/server is provisioned afresh) does not pull the server from under it.
reliability_prepare_wildfly() {
  local home=$1
  rm -rf "$home"
  cp -r ear/target/server "$home"
  mkdir -p "$home/standalone/deployments"
  cp ear/target/opencrcn.ear "$home/standalone/deployments/"
}

# Starts the WildFly prepared in $1 (reliability_prepare_wildfly) in its own process group with the
# JAVA_OPTS $2, on the port offset; writes its process group id in $3 (for
# reliability_stop_servers) and waits until the application answers.
reliability_start_wildfly() {
  local home=$1 java_opts=$2 group_file=$3 pid
  echo "$RELIABILITY_NAME: starting WildFly on port $RELIABILITY_HTTP_PORT ..."
  JAVA_OPTS="$java_opts" setsid "$home/bin/standalone.sh" -Djboss.server.base.dir="$home/standalone" \
    -Djboss.socket.binding.port-offset="$RELIABILITY_PORT_OFFSET" > "$home/standalone/console.log" 2>&1 &
  pid=$!
  echo "$pid" > "$group_file"
  if ! opencrcn_wait_http "$RELIABILITY_HTTP_PORT" / "$pid" 600; then
    tail -n 20 "$home/standalone/console.log" >&2
    opencrcn_fail "WildFly did not deploy OpenCRCN; its log is $home/standalone/log/server.log"
  fi
}

# The id of the Java process of the WildFly whose process group id is in $1.
reliability_wildfly_java_pid() {
  ps -o pid=,comm= -g "$(cat "$1")" | awk '$2 == "java" { print $1; exit }'
}

# Prints the server's errors (each with the first lines of its stack trace) from the log file $1:
# a failed run on CI leaves only its printed output, so the cause must be in it.
reliability_print_server_errors() {
  local log=$1
  [ -f "$log" ] || return 0
  echo "$RELIABILITY_NAME: errors in $log (first 120 lines):"
  grep -E -A 12 '^[0-9-]+ [0-9:,]+ (ERROR|SEVERE) ' "$log" | grep -v -E '^\s+at (java|jdk|sun|io\.undertow|org\.jboss)\.' |
    cut -c 1-400 | head -n 120 || true
}

# Stops the WildFly whose process group id the driver wrote in $1, and Keycloak. Silent: the
# scripts' last line is their summary.
reliability_stop_servers() {
  local group_file=$1
  set +e
  trap '' INT TERM HUP PIPE
  if [ -s "$group_file" ]; then
    opencrcn_stop_group "$(cat "$group_file")" 60
  fi
  opencrcn_stop_group "$RELIABILITY_KEYCLOAK_PID" 30
}

# Runs a driver class of the reliability module with its class path and the given -D settings.
reliability_java() {
  "$JAVA_HOME/bin/java" -Xmx512m -cp "reliability/target/classes:$(cat reliability/target/runtime-class-path.txt)" "$@"
}

# Drops and recreates a PostgreSQL schema of database test on 127.0.0.1 (as .ci/run does).
reliability_fresh_schema() {
  PGOPTIONS="--client-min-messages=warning" psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q \
    -c "DROP SCHEMA IF EXISTS $1 CASCADE" -c "CREATE SCHEMA $1" ||
    opencrcn_fail "PostgreSQL on 127.0.0.1:5432 (database test, user postgres) is not reachable"
}
