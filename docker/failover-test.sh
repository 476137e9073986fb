#!/usr/bin/env bash
# The clustered deployment of docker/compose.yaml, without containers, and a drill against it:
# PostgreSQL, two instances of the microbundle and HAProxy (docker/haproxy.cfg), all on loopback,
# each configured only through environment variables, as in compose.yaml.
#
#   1. both instances start at the same moment on an empty database: the curriculum is loaded
#      once, one first administrator, and both come up; a registration limit per address holds
#      across the two;
#   2. a trainee answers half a quiz, the instance serving them is killed with kill -9, the next
#      post shows no server error, one sign-in on the other instance resumes the attempt with every
#      answer, the submission is graded once; the timers' leases pass to the survivor;
#   3. the killed instance is started again; 200 trainees submit at the same moment through the
#      balancer; every acknowledged submission is graded exactly once;
#   4. one instance is stopped with SIGTERM under load: no request fails.
#
# Usage (from anywhere; builds with Maven first when the build folder lacks the jar):
#   docker/failover-test.sh
#   DNA_BUILD_DIR=/tmp/other-build MVN_FLAGS=-o docker/failover-test.sh
#   DNA_DRILL_READY_SECONDS=600 docker/failover-test.sh   (a slow or busy machine: how long an instance may take to start)
# Needs a JDK 17+, Maven, curl, HAProxy and PostgreSQL's server binaries (Debian: haproxy, postgresql).
# Everything it starts is stopped when it ends, however it ends; on failure the logs are kept.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${DNA_BUILD_DIR:-$root/target}
jar=$build/dn-academy-microbundle.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d "${TMPDIR:-/tmp}/dna-failover.XXXXXX")
chmod 755 "$work"
started=$SECONDS
declare -A pid port
pgdata=""

step() { printf '\n[%4d s] %s\n' $((SECONDS - started)) "$*"; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
    local status=$?
    for name in "${!pid[@]}"; do
        kill -9 "${pid[$name]}" 2>/dev/null || true
    done
    if [ -n "$pgdata" ]; then
        as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
    fi
    if [ "$status" -ne 0 ]; then
        echo "failover drill FAILED (exit $status); logs kept in $work"
        for log in "$work"/*.log; do
            [ -f "$log" ] && { echo "---- last lines of $log"; tail -15 "$log" | cut -c1-300; }
        done
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local candidate
    while :; do
        candidate=$((20000 + RANDOM % 30000))
        (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { echo "$candidate"; return; }
    done
}

for tool in curl haproxy mvn; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (Debian: apt-get install $tool)"; exit 2; }
done
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL's server is needed (Debian: apt-get install postgresql)"; exit 2; }

if [ ! -f "$jar" ] || [ ! -f "$build/test-classes/org/dnacademy/benchmark/FailoverDrill.class" ]; then
    step "building into $build"
    mvn -q -B ${MVN_FLAGS:-} -Dbuild.dir="$build" -DskipTests package
fi
mvn -q -B ${MVN_FLAGS:-} -Dbuild.dir="$build" dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath="$build/test-classes:$build/classes:$(cat "$work/classpath.txt")"

# ---------------------------------------------------------------- PostgreSQL, private to this run
step "PostgreSQL ($("$pgbin/postgres" --version))"
pgport=$(free_port)
pgpassword="drill-$RANDOM$RANDOM"
pgdata=$work/postgres
mkdir -p "$pgdata" && echo "$pgpassword" > "$work/pgpass" && chmod 644 "$work/pgpass"
touch "$work/postgres.log"
[ "$(id -u)" = 0 ] && chown postgres "$pgdata" "$work/postgres.log"
as_postgres "$pgbin/initdb" -D "$pgdata" -U dna --pwfile="$work/pgpass" --auth=scram-sha-256 -E UTF8 >"$work/initdb.log"
as_postgres "$pgbin/pg_ctl" -D "$pgdata" -l "$work/postgres.log" -w \
    -o "-p $pgport -c listen_addresses=127.0.0.1 -k $pgdata -c max_connections=200" start >/dev/null
PGPASSWORD=$pgpassword "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U dna dnacademy
jdbc=jdbc:postgresql://127.0.0.1:$pgport/dnacademy

# ---------------------------------------------------------------- the balancer and the instances
lbport=$(free_port)
port[app1]=$(free_port)
port[app2]=$(free_port)
DNA_LB_BIND=127.0.0.1:$lbport DNA_APP1=127.0.0.1:${port[app1]} DNA_APP2=127.0.0.1:${port[app2]} \
    haproxy -db -f "$root/docker/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
pid[haproxy]=$!
disown "${pid[haproxy]}"

# The same variables as compose.yaml gives each instance; nothing else of this shell's environment.
start_instance() {
    env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 \
        DNA_DB_URL="$jdbc" DNA_DB_USER=dna DNA_DB_PASSWORD="$pgpassword" \
        DNA_ADMIN_EMAIL=admin@benchmark.example DNA_ADMIN_PASSWORD="benchmark administrator passphrase" \
        DNA_PUBLIC_URL="http://127.0.0.1:$lbport" DNA_TRUSTED_PROXIES=127.0.0.1 DNA_REGISTRATIONS_PER_HOUR=4 \
        DNA_DATA_DIR="$work/$1-data" DNA_BACKUP_DIR="$work/backups" \
        "$java" -Xmx512m -jar "$jar" --port "${port[$1]}" >>"$work/$1.log" 2>&1 &
    pid[$1]=$!
    disown "${pid[$1]}" # its kill -9 is the drill's, not news
}

await_ready() {
    local deadline=$((SECONDS + ${DNA_DRILL_READY_SECONDS:-300}))
    until curl -fs -o /dev/null "http://127.0.0.1:${port[$1]}/health/ready"; do
        kill -0 "${pid[$1]}" 2>/dev/null || { echo "$1 stopped during start-up"; return 1; }
        [ $SECONDS -lt $deadline ] || { echo "$1 not ready within ${DNA_DRILL_READY_SECONDS:-300} s"; return 1; }
        sleep 0.5
    done
}

# One phase of org.dnacademy.benchmark.FailoverDrill; it appends a PASS or FAIL line per check.
phase() {
    local name=$1 before after status=0
    shift
    touch "$work/results"
    before=$(grep -c '^FAIL' "$work/results" || true)
    "$java" -cp "$classpath" -Dlb="http://127.0.0.1:$lbport/" -Djdbc="$jdbc" -Djdbc.user=dna -Djdbc.password="$pgpassword" \
        -Dinstances="app1=${pid[app1]},app2=${pid[app2]}" -Dlogs="$work" -Dresults="$work/results" \
        -Dkilled.file="$work/killed" -Dregistrations=4 "$@" org.dnacademy.benchmark.FailoverDrill "$name" || status=$?
    after=$(grep -c '^FAIL' "$work/results" || true)
    if [ "$status" -ne 0 ] && [ "$after" -eq "$before" ]; then
        echo "FAIL phase $name ended with exit code $status before its checks" >>"$work/results"
    fi
}

step "two instances started at the same moment on the empty database"
t0=$SECONDS
start_instance app1
start_instance app2
await_ready app1
echo "app1 ready after $((SECONDS - t0)) s"
await_ready app2
echo "app2 ready after $((SECONDS - t0)) s"
sleep 5 # the balancer sees an instance up after two good checks two seconds apart
step "cluster checks"
phase cluster

step "failover: kill -9 during a quiz"
phase failover
killed=$(cat "$work/killed")

step "$killed started again"
t0=$SECONDS
start_instance "$killed"
await_ready "$killed"
echo "$killed ready after $((SECONDS - t0)) s"
sleep 5

step "200 simultaneous graded submissions through the balancer"
phase submissions -Dtrainees=200

step "graceful stop of $killed under load"
phase graceful -Dstop="$killed"
unset "pid[$killed]"

step "summary"
cat "$work/results"
passed=$(grep -c '^PASS' "$work/results" || true)
failed=$(grep -c '^FAIL' "$work/results" || true)
echo "failover drill: $passed passed, $failed failed ($((SECONDS - started)) s)"
[ "$failed" -eq 0 ]
