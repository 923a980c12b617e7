#!/usr/bin/env bash
# Where the CPU of the sample's redirect (GET /bench → 302, 16 clients) goes, per process: the
# emulator (the start-api Maven JVM), each bootstrap, DynamoDB Local. After the warm-up,
# async-profiler (tools.profiler:async-profiler from Maven Central, fetched into the work folder)
# is attached to every one of them with jcmd, samples CPU time (itimer: this VM has no PMU) while
# wrk runs, and writes one collapsed-stack file per process; the top frames of each are printed,
# each as a share of that process's samples.
#
# Usage: benchmarks/profile-redirect.sh
# Environment: SAMNATIVE_BUILD_DIR (default target), WARMUP_SECONDS (60), MAX_SECONDS (20),
# ENVIRONMENTS (3), PORT (3191), TOP (25: frames printed per process).
# Needs wrk, jcmd (a JDK), python3 and the toolkit installed (mvn install -DskipTests).
# Output: benchmarks/$SAMNATIVE_BUILD_DIR/profile-redirect/{emulator,bootstrap-N,dynamodb-local}.collapsed
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${SAMNATIVE_BUILD_DIR:-target}"
warmup="${WARMUP_SECONDS:-60}"
seconds="${MAX_SECONDS:-20}"
environments="${ENVIRONMENTS:-3}"
port="${PORT:-3191}"
top="${TOP:-25}"
profiler_version=4.1
work="benchmarks/$build_dir/profile-redirect"
mkdir -p "$work"
for tool in wrk jcmd python3; do
  command -v "$tool" >/dev/null || { echo "$tool is not on PATH; this script needs it" >&2; exit 2; }
done

progress() { echo "[profile-redirect] $*" >&2; }

library="$work/async-profiler/linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')/libasyncProfiler.so"
if [[ ! -f $library ]]; then
  progress "fetching async-profiler $profiler_version from Maven Central"
  mvn -q -B dependency:copy "-Dartifact=tools.profiler:async-profiler:$profiler_version" \
    "-DoutputDirectory=$work" -Dmdep.stripVersion=true
  rm -rf "$work/async-profiler" && mkdir -p "$work/async-profiler"
  (cd "$work/async-profiler" && unzip -q ../async-profiler.jar)
fi
library="$(readlink -f "$library")"

source benchmarks/local-server.sh
trap stop_server EXIT

# jcmd splits its command at commas unless the agent's options are quoted once more.
agent() { jcmd "$1" "JVMTI.agent_load $library \"$2\"" >/dev/null; }

start_sample "$port" "$work/server.log" "$environments" "$build_dir"
progress "warm-up ${warmup} s at 16 clients"
wrk -t 2 -c 16 -d "${warmup}s" "http://127.0.0.1:$port/bench" > /dev/null

declare -A processes
processes[emulator]="$(pgrep -f "sam-native:start-api.*-Dsam-native.port=$port" | head -1)"
processes[dynamodb-local]="$(pgrep -f "DynamoDBLocal" | head -1)"
i=0
for pid in $(pgrep -f "SamNativeMain" || true); do
  processes[bootstrap-$i]="$pid"; i=$((i + 1))
done
for name in "${!processes[@]}"; do agent "${processes[$name]}" "start,event=itimer,interval=1ms"; done
progress "profiling ${seconds} s at 16 clients: ${!processes[*]}"
wrk -t 2 -c 16 -d "${seconds}s" --latency "http://127.0.0.1:$port/bench" | awk -f benchmarks/wrk/summary.awk \
  | awk '{ printf "requests %d, %.0f req/s (with the profiler attached), p50 %.1f ms, p99 %.1f ms\n", $1, $2, $3, $4 }'
for name in "${!processes[@]}"; do
  agent "${processes[$name]}" "stop,file=$PWD/$work/$name.collapsed,collapsed"
done
stop_server

for name in $(printf '%s\n' "${!processes[@]}" | sort); do
  echo
  echo "## $name: frames on the stack in the most samples (inclusive share)"
  python3 - "$work/$name.collapsed" "$top" <<'PY'
import collections, sys
samples, frames = 0, collections.Counter()
for line in open(sys.argv[1]):
    stack, count = line.rstrip().rsplit(' ', 1)
    samples += int(count)
    for frame in set(stack.split(';')):
        frames[frame] += int(count)
print(f"{samples} samples")
for frame, count in frames.most_common(int(sys.argv[2])):
    print(f"{100 * count / samples:5.1f}%  {frame[:140]}")
PY
done
