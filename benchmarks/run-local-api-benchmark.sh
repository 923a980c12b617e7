#!/usr/bin/env bash
# Measures the Docker-free local API (`mvn sam-native:start-api`) with the HttpLoad generator:
#   1. emulator overhead: a copy of the plugin's three-functions fixture, GET /hello (GreetFunction,
#      next to a no-op), jvm mode;
#   2. the sample's redirect path: sample-url-shortener with DynamoDB Local, GET /bench (302).
# Each at 1 and 16 concurrent clients. Prints Markdown tables and verdicts on stdout, progress on
# stderr; the servers' output goes to $work/*.log.
# Environment: SAMNATIVE_BUILD_DIR (default target), SAMNATIVE_INSTALL=1 to force `mvn install`,
# WARMUP_SECONDS (default 20), REQUESTS (default 20000), MAX_SECONDS (default 30),
# PORT_OVERHEAD (default 3181), PORT_SAMPLE (default 3182), ONLY=overhead|sample to run one of them,
# LOADGEN=wrk|httpload (default: wrk when it is installed, `apt-get install wrk`; else the Java HttpLoad).
# wrk (C, epoll) takes far less of the 2 shared cores than a JVM load generator; with it, a measured
# phase is MAX_SECONDS long (REQUESTS does not apply) and its connections are its clients.
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
build_dir="${SAMNATIVE_BUILD_DIR:-target}"
warmup="${WARMUP_SECONDS:-20}"
requests="${REQUESTS:-20000}"
max_seconds="${MAX_SECONDS:-30}"
port_overhead="${PORT_OVERHEAD:-3181}"
port_sample="${PORT_SAMPLE:-3182}"
only="${ONLY:-}"
loadgen="${LOADGEN:-}"
if [[ -z "$loadgen" ]]; then
  if command -v wrk >/dev/null; then loadgen=wrk; else loadgen=httpload; fi
fi
version="0.1.0-SNAPSHOT"
java="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java="$JAVA_HOME/bin/java"
fi
work="$root/benchmarks/$build_dir/local-api-benchmark"
mkdir -p "$work"

progress() { echo "[local-api-benchmark] $*" >&2; }

# (a) the toolkit in the local repository, and the load generator's classes
plugin_jar="$HOME/.m2/repository/io/github/samnative/sam-native-maven-plugin/$version/sam-native-maven-plugin-$version.jar"
if [[ "${SAMNATIVE_INSTALL:-0}" == 1 || ! -f "$plugin_jar" ]]; then
  progress "installing the toolkit (mvn install -DskipTests)"
  mvn -q -B install -DskipTests "-Dsamnative.buildDir=$build_dir" >&2
fi
mvn -q -B -pl benchmarks -am compile "-Dsamnative.buildDir=$build_dir" >&2

source benchmarks/local-server.sh
trap stop_server EXIT

# wrk's report as one row of the table: | clients | requests | req/s | p50 ms | p99 ms | errors |
wrk_row() { # clients, wrk output on stdin
  awk -f benchmarks/wrk/summary.awk | awk -v clients="$1" \
    '{ printf "| %d | %d | %d | %.2f | %.2f | %d |\n", clients, $1, $2, $3, $4, $5 }'
}

# One measured row per client count; stdout: the Markdown table.
measure() {
  local url="$1"
  echo "| clients | requests | req/s | p50 ms | p99 ms | errors |"
  echo "|---:|---:|---:|---:|---:|---:|"
  for clients in 1 16; do
    if [[ $loadgen == wrk ]]; then
      local threads=$(( clients < 2 ? 1 : 2 ))
      progress "load (wrk): $clients connection(s), $threads thread(s) on $url (warm-up ${warmup} s, then ${max_seconds} s)"
      wrk -t "$threads" -c "$clients" -d "${warmup}s" "$url" > /dev/null
      wrk -t "$threads" -c "$clients" -d "${max_seconds}s" --latency "$url" | tee -a "$work/wrk.log" | wrk_row "$clients"
    else
      progress "load: $clients client(s) on $url (warm-up ${warmup} s, then ≤ $requests requests / ≤ ${max_seconds} s)"
      "$java" -cp "benchmarks/$build_dir/classes" io.github.samnative.benchmarks.HttpLoad --url "$url" \
        --clients "$clients" --warmup-seconds "$warmup" --requests "$requests" --max-seconds "$max_seconds"
    fi
  done
}

# column 4 = req/s, 6 = p99 ms of the 16-client row (| a | b | ... splits with an empty first field)
row16() { grep '^| 16 |' <<<"$1" | awk -F'|' -v c="$2" '{ gsub(/[ ,]/, "", $c); print $c }'; }

# A measured section: heading, table, and the verdict on the goal for the 16-client row.
report() { # heading table column goal unit awk-condition-on-v
  local heading="$1" table="$2" column="$3" goal="$4" unit="$5" condition="$6" value verdict="NOT met"
  echo "$heading"
  echo
  echo "$table"
  echo
  value="$(row16 "$table" "$column")"
  if awk -v v="$value" "BEGIN { exit !($condition) }"; then verdict="met"; fi
  echo "- goal $goal at 16 clients: measured $value $unit: $verdict"
  echo "- load average after: $(uptime | sed 's/.*load average: //')"
  echo
}

echo "Load average before: $(uptime | sed 's/.*load average: //') (nproc $(nproc)); $("$java" -version 2>&1 | head -1); load generator: $loadgen$([[ $loadgen == wrk ]] && echo " ($(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2))")"
echo

if [[ -z "$only" || "$only" == overhead ]]; then
  fixture="$work/three-functions"
  rm -rf "$fixture"
  cp -r sam-native-maven-plugin/src/it/projects/three-functions "$fixture"
  sed -i "s/@samnative.version@/$version/g" "$fixture/pom.xml"
  progress "generating the fixture's Makefile"
  (cd "$fixture" && mvn -q -B sam-native:makefile >"$work/overhead-makefile.log" 2>&1)
  start_server "$work/overhead-server.log" -f "$fixture/pom.xml" sam-native:start-api \
    "-Dsam-native.port=$port_overhead" -Dsam-native.mode=jvm
  report "## Local API: emulator overhead per request (GET /hello, jvm mode)" \
    "$(measure "http://127.0.0.1:$port_overhead/hello")" 6 "p99 ≤ 2 ms" ms 'v != "n/a" && v + 0 <= 2.0'
  stop_server
fi

if [[ -z "$only" || "$only" == sample ]]; then
  start_sample "$port_sample" "$work/sample-server.log" "" "$build_dir"
  status="$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port_sample/bench")"
  if [[ "$status" != 302 ]]; then
    progress "GET /bench answered $status, not 302; see $work/sample-server.log"; exit 1
  fi
  report "## Sample: redirect path end to end (GET /bench → 302, jvm mode, DynamoDB Local)" \
    "$(measure "http://127.0.0.1:$port_sample/bench")" 4 "≥ 1,000 req/s" req/s 'v + 0 >= 1000'
  if [[ $loadgen == wrk ]]; then
    # The ceiling under the goal: the redirect's one DynamoDB call sent straight to DynamoDB Local,
    # with no emulator, bootstrap or SDK in the path.
    endpoint="$(sed -n 's/.*sam-native: DynamoDB Local at \(http[^ ]*\).*/\1/p' "$work/sample-server.log" | head -1)"
    table_name="$(sed -n 's/.*sam-native: DynamoDB Local table \([^:]*\):.*/\1/p' "$work/sample-server.log" | head -1)"
    if [[ -n $endpoint && -n $table_name ]]; then
      echo "### DynamoDB Local alone: the redirect's UpdateItem, sent by wrk straight to $endpoint"
      echo
      echo "| clients | requests | req/s | p50 ms | p99 ms | errors |"
      echo "|---:|---:|---:|---:|---:|---:|"
      for clients in 1 16; do
        threads=$(( clients < 2 ? 1 : 2 ))
        progress "DynamoDB Local alone: $clients connection(s) for ${max_seconds} s"
        TABLE="$table_name" ID=bench wrk -t "$threads" -c "$clients" -d "${warmup}s" -s benchmarks/wrk/dynamodb-record-visit.lua "$endpoint/" > /dev/null
        TABLE="$table_name" ID=bench wrk -t "$threads" -c "$clients" -d "${max_seconds}s" --latency \
            -s benchmarks/wrk/dynamodb-record-visit.lua "$endpoint/" | tee -a "$work/wrk.log" | wrk_row "$clients"
      done
      echo
    else
      progress "no DynamoDB Local endpoint or table in $work/sample-server.log; skipping its own measurement"
    fi
  fi
  stop_server
fi
