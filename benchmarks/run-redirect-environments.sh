#!/usr/bin/env bash
# The sample's redirect (GET /bench → 302) at 16 clients for several numbers of execution
# environments per function (-Dsam-native.maxEnvironments), with the CPU each part spends per
# request: the emulator (the start-api Maven JVM), the bootstraps, DynamoDB Local, and wrk itself. CPU
# comes from /proc/<pid>/stat (user + system, all threads; wrk's from bash's `time`) over the measured
# phase, and how the whole machine's CPU time was split then, from /proc/stat.
#
# Usage: benchmarks/run-redirect-environments.sh [ENVIRONMENTS ...]   (default: 2 3 4 8)
# Environment: SAMNATIVE_BUILD_DIR (default target), WARMUP_SECONDS (60), MAX_SECONDS (20), PORT (3190).
# Needs wrk (apt-get install wrk) and the toolkit installed (mvn install -DskipTests).
# Prints a Markdown table on stdout, progress on stderr; each server's output goes to
# benchmarks/$SAMNATIVE_BUILD_DIR/redirect-environments/.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${SAMNATIVE_BUILD_DIR:-target}"
warmup="${WARMUP_SECONDS:-60}"
seconds="${MAX_SECONDS:-20}"
port="${PORT:-3190}"
counts=("$@")
[[ ${#counts[@]} -gt 0 ]] || counts=(2 3 4 8)
work="benchmarks/$build_dir/redirect-environments"
mkdir -p "$work"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

progress() { echo "[redirect-environments] $*" >&2; }
ticks="$(getconf CLK_TCK)"
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
sum_cpu() { local total=0 pid; for pid in "$@"; do total=$((total + $(cpu "$pid"))); done; echo "$total"; }
# user, system, softirq and idle ticks of the whole machine
machine() { awk '$1 == "cpu" { print $2 + $3, $4, $8, $5 + $6 }' /proc/stat; }

source benchmarks/local-server.sh
trap stop_server EXIT

echo "| environments | req/s | p50 ms | p99 ms | emulator CPU ms/req | bootstraps CPU ms/req | DynamoDB Local CPU ms/req | wrk CPU ms/req | machine user / system / softirq / idle % |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for count in "${counts[@]}"; do
  log="$work/server-$count.log"
  progress "$count environment(s): starting the sample on port $port"
  start_sample "$port" "$log" "$count" "$build_dir"
  progress "warm-up ${warmup} s at 16 clients"
  wrk -t 2 -c 16 -d "${warmup}s" "http://127.0.0.1:$port/bench" > /dev/null
  emulator="$(pgrep -f "sam-native:start-api.*-Dsam-native.port=$port" | head -1)"
  mapfile -t bootstraps < <(pgrep -f "SamNativeMain" || true)
  dynamodb="$(pgrep -f "DynamoDBLocal" | head -1)"
  before=("$(cpu "$emulator")" "$(sum_cpu "${bootstraps[@]}")" "$(cpu "$dynamodb")")
  read -r -a machine_before < <(machine)
  progress "measuring ${seconds} s at 16 clients"
  TIMEFORMAT="%U %S"
  wrk_cpu="$( { time wrk -t 2 -c 16 -d "${seconds}s" --latency "http://127.0.0.1:$port/bench" > "$work/wrk-$count.txt"; } 2>&1 )"
  report="$(cat "$work/wrk-$count.txt")"
  after=("$(cpu "$emulator")" "$(sum_cpu "${bootstraps[@]}")" "$(cpu "$dynamodb")")
  read -r -a machine_after < <(machine)
  stop_server
  read -r requests rps p50 p99 _ < <(awk -f benchmarks/wrk/summary.awk <<< "$report")
  awk -v count="$count" -v ticks="$ticks" -v n="$requests" -v rps="$rps" -v p50="$p50" -v p99="$p99" \
      -v e="$((after[0] - before[0]))" -v b="$((after[1] - before[1]))" -v d="$((after[2] - before[2]))" \
      -v wrk="$wrk_cpu" -v mu="$((machine_after[0] - machine_before[0]))" -v ms="$((machine_after[1] - machine_before[1]))" \
      -v mq="$((machine_after[2] - machine_before[2]))" -v mi="$((machine_after[3] - machine_before[3]))" \
      'BEGIN { per = 1000 / ticks / n; split(wrk, w, " "); all = (mu + ms + mq + mi) / 100
               printf "| %d | %d | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.0f / %.0f / %.0f / %.0f |\n", count, rps, p50, p99,
                      e * per, b * per, d * per, (w[1] + w[2]) * 1000 / n, mu / all, ms / all, mq / all, mi / all }'
done
