#!/usr/bin/env bash
# Failover test: the EAR on two clustered WildFly nodes (distributed web sessions over JGroups/TCP,
# static member list) behind WildFly's own load balancer (Undertow reverse-proxy, sticky sessions),
# Keycloak and PostgreSQL shared. Simulated learners sign up and answer positioning questions through
# the balancer (real pages, Faces view state); node1's Java process is killed with SIGKILL while they
# answer. They must go on on node2 without signing in again, every acknowledged answer must be in
# the database exactly once, and fewer than 1 % of the requests may fail. The servers are always
# stopped. Traffic only to 127.0.0.1. docs/operations.md, "Two nodes".
# --rolling: a rolling upgrade instead of the kill: node1, then node2, stopped with SIGTERM, the
# build's EAR put in its deployments, started again, back in the cluster (the sessions' cache
# rebalanced over both nodes) before the other one goes; same checks, same last line.
#
#   ./reliability/failover.sh [--rolling] [--no-build]
#
# Ports: balancer 58080, node1 58081 (management 59991), node2 58082 (59992), Keycloak 58180,
# JGroups 57600 and 57601. PostgreSQL: schema opencrcn_cluster of database test on 127.0.0.1:5432.
# Settings: LEARNERS (40), SECONDS_BEFORE_KILL (60), SECONDS_AFTER_KILL (60), THINK_MS (150).
# Last line:
#   learners=… requests=… failed=… answers_acknowledged=… answers_found=…
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
RELIABILITY_PORT_OFFSET=50000
RELIABILITY_NAME=failover
RELIABILITY_MAVEN_ARGS=-Pcluster
. reliability/lib.sh

ROLLING=false
for argument in "$@"; do
  case "$argument" in
    --no-build) RELIABILITY_NO_BUILD=true ;;
    --rolling) ROLLING=true ;;
    *) opencrcn_fail "usage: ./reliability/failover.sh [--rolling] [--no-build]" ;;
  esac
done

opencrcn_select_jdk
opencrcn_require_maven
reliability_require_ports
for port in 58081 59991 58082 59992 57600 57601; do
  opencrcn_require_free_port "$port" "failover cluster"
done
WORK="$PWD/reliability/target/failover"
rm -rf "$WORK"
mkdir -p "$WORK"
reliability_build "$WORK/build.log"
if [ ! -d ear/target/server-cluster ] || [ ! -d ear/target/server-balancer ]; then
  opencrcn_fail "no cluster servers in ear/target: build with -Pcluster (run without --no-build)"
fi

GROUPS_FILES=("$WORK/node1.group" "$WORK/node2.group" "$WORK/balancer.group")
stop_all() {
  local file
  for file in "${GROUPS_FILES[@]}"; do
    reliability_stop_servers "$file"
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM HUP

reliability_fresh_schema opencrcn_cluster
DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=opencrcn_cluster"

reliability_start_keycloak "$WORK"

# Copies: a rebuild during the test does not pull the servers from under it. One installation for
# both nodes, a base directory each (configuration, data, logs, deployments).
cp -r ear/target/server-cluster "$WORK/cluster-server"
cp -r ear/target/server-balancer "$WORK/balancer"
for node in node1 node2; do
  cp -r "$WORK/cluster-server/standalone" "$WORK/$node"
  mkdir -p "$WORK/$node/deployments"
  cp ear/target/opencrcn.ear "$WORK/$node/deployments/"
done
# --rolling: the "new version" each node receives (here the same build, copied again).
cp ear/target/opencrcn.ear "$WORK/opencrcn-next.ear"

MEMBERS="127.0.0.1[57600],127.0.0.1[57601]"
# jboss.as.management.blocking.timeout: a node restarted by --rolling on a machine loaded to 60
# did not boot within WildFly's default 300 s (WFLYCTL0348) and rolled its deployment back.
node_opts() { # name, JGroups port
  echo "-Xms64m -Xmx640m -Djava.net.preferIPv4Stack=true -Djboss.node.name=$1 \
-Djboss.as.management.blocking.timeout=900 \
-Dopencrcn.cluster.jgroups-port=$2 -Dopencrcn.cluster.members=$MEMBERS \
-Dopencrcn.demo-data=true -Dopencrcn.secure-cookies=false -Dopencrcn.data.dir=$WORK/$1/opencrcn-data \
-Dopencrcn.oidc.provider-url=http://localhost:$RELIABILITY_KEYCLOAK_PORT/realms/opencrcn \
-Dopencrcn.public-url=http://localhost:58080 -Dopencrcn.mail.outbox=$WORK/outbox \
-Dopencrcn.db.driver=postgresql -Dopencrcn.db.url=$DB_URL -Dopencrcn.db.user=postgres -Dopencrcn.db.password=postgres"
}

echo "failover: two nodes and the balancer (logs in $WORK/node1/log, node2/log, balancer/standalone/log) ..."
set +e
nice -n 10 "$JAVA_HOME/bin/java" -Xmx512m -cp "reliability/target/classes:$(cat reliability/target/runtime-class-path.txt)" \
  -Dapp.url="http://localhost:58080/" \
  -Dnode1.home="$WORK/cluster-server" -Dnode1.base="$WORK/node1" \
  -Dnode1.args="-Djboss.socket.binding.port-offset=50001" -Dnode1.java-opts="$(node_opts node1 57600)" \
  -Dnode1.group-file="${GROUPS_FILES[0]}" -Dnode1.url="http://localhost:58081/" \
  -Dnode2.home="$WORK/cluster-server" -Dnode2.base="$WORK/node2" \
  -Dnode2.args="-Djboss.socket.binding.port-offset=50002" -Dnode2.java-opts="$(node_opts node2 57601)" \
  -Dnode2.group-file="${GROUPS_FILES[1]}" -Dnode2.url="http://localhost:58082/" \
  -Dbalancer.home="$WORK/balancer" -Dbalancer.base="$WORK/balancer/standalone" \
  -Dbalancer.args="-Djboss.socket.binding.port-offset=50000" -Dbalancer.java-opts="-Xms32m -Xmx128m -Djava.net.preferIPv4Stack=true" \
  -Dbalancer.group-file="${GROUPS_FILES[2]}" -Dbalancer.url="http://localhost:58080/" \
  -Ddb.url="$DB_URL" -Ddb.user=postgres -Ddb.password=postgres \
  -Dlearners="${LEARNERS:-40}" -Dseconds-before-kill="${SECONDS_BEFORE_KILL:-60}" \
  -Dseconds-after-kill="${SECONDS_AFTER_KILL:-60}" -Dthink-ms="${THINK_MS:-150}" \
  -Drolling="$ROLLING" -Drolling.ear="$WORK/opencrcn-next.ear" -Dbrowser.report-failures=true \
  org.opencrcn.reliability.FailoverTest 2>&1 | tee "$WORK/driver.log" | grep -v -e "^learners=" -e "^failed-request "
STATUS=${PIPESTATUS[0]}
set -e
stop_all
trap - EXIT
SUMMARY=$(grep '^learners=' "$WORK/driver.log" | tail -n 1)
[ -n "$SUMMARY" ] || opencrcn_fail "the failover test ended without a summary; see $WORK/driver.log"
[ "$STATUS" -eq 0 ] || echo "failover: FAILOVER TEST FAILED (see the PROBLEM lines above)"
echo "$SUMMARY"
exit "$STATUS"
