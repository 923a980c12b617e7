#!/usr/bin/env bash
# Builds the benchmarks module and runs the runtime benchmark: sam-native's runtime against the
# official Lambda runtime interface client, on the JVM that JAVA_HOME names (else `java` on PATH).
# Prints a Markdown report on stdout and progress on stderr. Arguments go to the driver, e.g.
#   benchmarks/run-runtime-benchmark.sh --launches 10 --warmup 20000 --invocations 50000
# SAMNATIVE_BUILD_DIR picks the build folder (default: target).
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${SAMNATIVE_BUILD_DIR:-target}"
java="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java="$JAVA_HOME/bin/java"
fi

mvn -q -B -pl benchmarks -am package -DskipTests "-Dsamnative.buildDir=$build_dir" >&2
exec "$java" -cp "benchmarks/$build_dir/classes" io.github.samnative.benchmarks.RuntimeBenchmark "$@"
