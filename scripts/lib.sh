# Shared by run.sh and test.sh: finds a JDK >= 21, checks ports, prints clear one-line failures.
# shellcheck shell=bash

opencrcn_fail() {
  printf '\nOpenCRCN: %s\n' "$*" >&2
  exit 1
}

# Major version of the java at $1/bin/java, or nothing.
opencrcn_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Exports JAVA_HOME pointing at a JDK >= 21: JAVA_HOME if it is one, else the first found under
# /usr/lib/jvm (Debian, Temurin packages) or /opt/java, else the java on the PATH.
opencrcn_select_jdk() {
  local candidates=() candidate major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$candidate/bin/javac" ] && candidates+=("$candidate")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(opencrcn_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  opencrcn_fail "no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm and the PATH): install one and set JAVA_HOME to it."
}

opencrcn_require_maven() {
  command -v mvn >/dev/null 2>&1 || opencrcn_fail "Maven (mvn) is not on the PATH: install Maven 3.8 or newer."
}

# Fails with the port's name when something already listens on 127.0.0.1:$1.
opencrcn_require_free_port() {
  local port=$1 what=$2
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    opencrcn_fail "port $port ($what) is already in use: stop what listens there, or set another port (see README, Ports)."
  fi
}

# HTTP status of GET http://127.0.0.1:$1$2, with bash alone (no curl on a bare machine).
opencrcn_http_status() {
  local port=$1 path=$2 line=""
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\n\r\n' "$path" "$port" >&3
  read -r -t 10 line <&3 || true
  exec 3>&-
  printf '%s' "$line" | awk '{print $2}'
}

# Waits until 127.0.0.1:$1$2 answers HTTP 200, or the process $3 dies, or $4 seconds pass.
opencrcn_wait_http() {
  local port=$1 path=$2 pid=$3 timeout=$4 waited=0
  while [ "$waited" -lt "$timeout" ]; do
    kill -0 "$pid" 2>/dev/null || return 2
    if [ "$(opencrcn_http_status "$port" "$path")" = "200" ]; then
      return 0
    fi
    sleep 1
    waited=$((waited + 1))
  done
  return 1
}

# Stops a server started with setsid: TERM to its whole process group (kc.sh and standalone.sh run
# Java as a child), then KILL whatever is left after $2 seconds.
opencrcn_stop_group() {
  local pid=$1 grace=${2:-30} waited=0
  [ -n "$pid" ] || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 -- "-$pid" 2>/dev/null && [ "$waited" -lt "$grace" ]; do
    sleep 1
    waited=$((waited + 1))
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
}

# Prints the rows of the $2-th table (1 = first) of the README's section "## $1", one per line,
# cells joined by " | ", markdown marks removed: the run banner shows the README's own lists.
opencrcn_readme_table() {
  awk -v section="## $1" -v wanted="$2" '
    /^## / { inside = ($0 == section) }
    inside && /^\|/ {
      if (!in_table) { in_table = 1; table++; row = 0 }
      row++
      if (table == wanted && row > 2) {
        line = $0
        gsub(/`|\*\*/, "", line)
        sub(/^\| */, "", line)
        sub(/ *\|$/, "", line)
        gsub(/ *\| */, " | ", line)
        print line
      }
      next
    }
    { in_table = 0 }
  ' README.md
}

# Class path of the command-line tools (module tools): compiled with Maven, which writes the
# runtime class path to tools/target/runtime.classpath. OPENCRCN_TOOLS_CLASSPATH, when set, is used
# as is and Maven is not run (the tools' own tests run the scripts that way, inside a build).
opencrcn_tools_classpath() {
  if [ -n "${OPENCRCN_TOOLS_CLASSPATH:-}" ]; then
    printf '%s' "$OPENCRCN_TOOLS_CLASSPATH"
    return 0
  fi
  opencrcn_require_maven
  local log
  log=$(mktemp)
  # Maven's own output is shown only when the build fails: the tool's output stays alone.
  if ! mvn -B -q -Dstyle.color=never -pl tools -am process-classes >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    opencrcn_fail "the tools did not compile (Maven's report above)."
  fi
  rm -f "$log"
  printf '%s:%s' "$PWD/tools/target/classes" "$(cat tools/target/runtime.classpath)"
}

# Runs a command-line tool with java itself, not through Maven: its output and exit code are the
# tool's own (a refused content pack ends with its message and exit code 1, no Maven report).
# Usage: opencrcn_run_tool [JVM options...] -- <main class> [arguments...]
opencrcn_run_tool() {
  local jvm_options=() classpath
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    jvm_options+=("$1")
    shift
  done
  [ "${1:-}" = "--" ] && shift
  classpath=$(opencrcn_tools_classpath) || exit 1
  exec "$JAVA_HOME/bin/java" "${jvm_options[@]}" -cp "$classpath" "$@"
}
