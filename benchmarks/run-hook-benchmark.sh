#!/usr/bin/env bash
# The makefile-hook benchmark (issue 3): `sam build` played as SAM CLI runs BuildMethod: makefile
# functions (sequentially, one scratch copy and one `make build-<LogicalId>` per function), for a
# project of N functions, with sam-native's generated Makefile (the hook) against a naive Makefile
# whose every target runs `mvn -q -B package` itself; plus a no-op rebuild with the hook.
# Counts image builds (native-image or jlink calls) and measures wall time.
#
# Native mode uses the STAND-IN native-image of the plugin's tests (no GraalVM needed): it sleeps
# --delay seconds per call in place of a real image build. Jvm mode runs the real jlink.
#
# Usage: benchmarks/run-hook-benchmark.sh [--delay SECONDS] [--modes native,jvm] [--sizes 1,2,4,8]
#                                         [--repeat R] [--no-naive] [--wait-load LOAD] [--wait-max MINUTES]
#   --delay      seconds the stand-in native-image sleeps per build (default 60: a hello-world
#                native image takes about a minute on a 2-core machine); e.g. --delay 5 for a quick run
#   --repeat     runs of the hook build and its no-op rebuild per N, each with a fresh cache
#                (default 1), going round the sizes; the report shows their median. The naive
#                build runs once per N, after them.
#   --wait-load  before each measured `sam build`, wait (at most --wait-max minutes, default 30)
#                until the 1-minute load average is below LOAD: on a shared machine, measure when quiet
# SAMNATIVE_BUILD_DIR picks the build folder (default: target); everything goes to
# benchmarks/$SAMNATIVE_BUILD_DIR/hook-benchmark, including a dedicated local Maven repository
# into which the toolkit is installed (released artifacts come from ~/.m2, then Maven Central).
# Prints a Markdown report on stdout and progress on stderr.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${SAMNATIVE_BUILD_DIR:-target}"
delay=60 modes=native,jvm sizes=1,2,4,8 repeat=1 naive=yes wait_load="" wait_max=30
while [[ $# -gt 0 ]]; do
  case "$1" in
    --delay) delay="$2"; shift 2 ;;
    --modes) modes="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --no-naive) naive=no; shift ;;
    --wait-load) wait_load="$2"; shift 2 ;;
    --wait-max) wait_max="$2"; shift 2 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "Unknown argument '$1'; see $0 --help" >&2; exit 2 ;;
  esac
done
[[ $delay =~ ^[0-9]+$ ]] || { echo "--delay must be whole seconds, not '$delay'" >&2; exit 2; }
[[ $repeat =~ ^[1-9][0-9]*$ ]] || { echo "--repeat must be a positive whole number, not '$repeat'" >&2; exit 2; }
[[ ,$sizes, == *,1,* ]] || { echo "--sizes must contain 1: T(N)/T(1) needs it" >&2; exit 2; }

helper="$root/benchmarks/hook/hookbench.py"
fixture="$root/sam-native-maven-plugin/src/it/projects/three-functions"
standin_source="$root/sam-native-maven-plugin/src/test/resources/standin-native-image/native-image"
work="$root/benchmarks/$build_dir/hook-benchmark"
repo="$work/repo"
settings="$work/settings.xml"
results="$work/results.tsv"
user_repo="${MAVEN_USER_REPO:-$HOME/.m2/repository}"
[[ $work != *[[:space:]]* ]] || { echo "The work directory $work contains a space; .mvn/maven.config cannot carry it" >&2; exit 2; }
for tool in mvn make python3 java; do
  command -v "$tool" >/dev/null || { echo "$tool is not on PATH; the benchmark needs it" >&2; exit 2; }
done

say() { echo "[hook-benchmark $(date +%T)] $*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }

wait_for_load() {
  [[ -n $wait_load ]] || return 0
  local waited=0
  while awk -v l="$(load1)" -v max="$wait_load" 'BEGIN { exit !(l >= max) }'; do
    if (( waited >= wait_max * 60 )); then
      say "load average still $(load1) after $wait_max min; measuring anyway"
      return 0
    fi
    say "load average $(load1) ≥ $wait_load; waiting"
    sleep 30; waited=$((waited + 30))
  done
}

rm -rf "$work"
mkdir -p "$work/tools"
cat > "$settings" <<XML
<settings><profiles><profile><id>user-local</id>
<activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>user-local</id><url>file://$user_repo</url>
<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots></repository></repositories>
<pluginRepositories><pluginRepository><id>user-local</id><url>file://$user_repo</url>
<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
</profile></profiles></settings>
XML

say "installing the toolkit into $repo"
(cd "$root" && mvn -q -B -s "$settings" "-Dmaven.repo.local=$repo" "-Dsamnative.buildDir=$build_dir" \
    -DskipTests -Dinvoker.skip=true -pl sam-native-runtime,sam-native-maven-plugin -am install) \
  > "$work/install.log" 2>&1 || { tail -40 "$work/install.log" >&2; exit 1; }
version="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"

# The stand-in native-image, found through GRAALVM_HOME as a real GraalVM would be.
graalvm="$work/tools/standin-graalvm"
mkdir -p "$graalvm/bin"
cp "$standin_source" "$graalvm/bin/native-image"
chmod 755 "$graalvm/bin/native-image"

# The JDK that runs Maven, with jlink wrapped to log its calls: in jvm mode one jlink call is one
# image build, counted the same way for the hook and for the naive `mvn package` (which runs -q).
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
counted_jdk="$work/tools/jdk-counting-jlink"
mkdir -p "$counted_jdk/bin"
for entry in "$jdk"/*; do [[ ${entry##*/} == bin ]] || ln -s "$entry" "$counted_jdk/"; done
for entry in "$jdk"/bin/*; do [[ ${entry##*/} == jlink ]] || ln -s "$entry" "$counted_jdk/bin/"; done
cat > "$counted_jdk/bin/jlink" <<SCRIPT
#!/bin/sh
# Written by run-hook-benchmark.sh: logs the call, then runs the real jlink.
echo "call pid=\$\$ \$*" >> "\${HOOKBENCH_JLINK_LOG:-/dev/null}"
exec "$jdk/bin/jlink" "\$@"
SCRIPT
chmod 755 "$counted_jdk/bin/jlink"

# A copy of the fixture with N functions; its .mvn/maven.config points every Maven run, those
# started by make included, at the dedicated repository.
new_project() { # dir count [--naive]
  local dir="$1"
  mkdir -p "$dir/.mvn"
  cp -R "$fixture/src" "$dir/src"
  sed "s/@samnative.version@/$version/g" "$fixture/pom.xml" > "$dir/pom.xml"
  printf '%s\n' -B -s "$settings" "-Dmaven.repo.local=$repo" > "$dir/.mvn/maven.config"
  python3 "$helper" project --dir "$dir" --count "$2" ${3:-}
}

# Plays `sam build` for one side and appends a results row: mode n side builds wall hook-built hook-reused calls load shortcut.
measure() { # mode n side source functions case-dir maven-opts run cache-home
  local mode="$1" n="$2" side="$3" source="$4" functions="$5" dir="$6" opts="$7" run="$8" cache_home="$9"
  local calls_log="$dir/$side-$run-image-builds.log" logs="$dir/$side-$run-logs" tmp="$dir/$side-$run-tmp" load
  : > "$calls_log"; mkdir -p "$tmp"
  wait_for_load
  load="$(load1)"
  say "$mode N=$n $side run $run (load $load)"
  local json
  json="$(env TMPDIR="$tmp" XDG_CACHE_HOME="$cache_home" GRAALVM_HOME="$graalvm" SAM_NATIVE_STANDIN_DELAY="$delay" \
      SAM_NATIVE_STANDIN_LOG="$calls_log" HOOKBENCH_JLINK_LOG="$calls_log" \
      MAVEN_OPTS="-Dsam-native.mode=$mode -Dsam-native.jdkHome=$counted_jdk $opts" \
      python3 "$helper" play --source "$source" --functions "$functions" --logs "$logs")" \
    || { echo "$json" >&2; exit 1; }
  rm -rf "$tmp"
  local builds hook_built hook_reused shortcut wall calls
  builds="$(wc -l < "$calls_log")"
  hook_built="$(cat "$logs"/*.log | grep -c "Building one $mode image" || true)"
  hook_reused="$(cat "$logs"/*.log | grep -c "reused (cache)" || true)"
  shortcut="$(cat "$logs"/*.log | grep -c "placed it without Maven" || true)"
  wall="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["wall"])' "$json")"
  calls="$(python3 -c 'import json,sys; print(" ".join(str(c["seconds"]) for c in json.loads(sys.argv[1])["calls"]))' "$json")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$n" "$side" "$builds" "$wall" "$hook_built" "$hook_reused" "$calls" "$load" "$shortcut" >> "$results"
}

prepare_case() { # mode n: the hook project (and the naive one) with N functions
  local mode="$1" n="$2" dir="$work/$1/n$2"
  mkdir -p "$dir"
  new_project "$dir/hook" "$n" > "$dir.functions"
  (cd "$dir/hook" && mvn -q sam-native:makefile) > "$dir/makefile.log" 2>&1 \
    || { cat "$dir/makefile.log" >&2; exit 1; }
  if [[ $naive == yes ]]; then
    new_project "$dir/naive" "$n" --naive > /dev/null
    # The package-time build checks that the Makefile lists the functions: sam-native:makefile adds
    # that list and keeps the naive targets (a user's own build-<LogicalId> rules are respected).
    (cd "$dir/naive" && mvn -q sam-native:makefile) > "$dir/naive-makefile.log" 2>&1 \
      || { cat "$dir/naive-makefile.log" >&2; exit 1; }
  fi
}

measure_hook() { # mode n run: the hook build with a fresh cache, then its no-op rebuild
  local mode="$1" n="$2" run="$3" dir="$work/$1/n$2"
  # A fresh cache per run, in the default place (XDG_CACHE_HOME), where the Makefile's shortcut looks.
  measure "$mode" "$n" ours "$dir/hook" "$(cat "$dir.functions")" "$dir" "" "$run" "$dir/cache-$run"
  measure "$mode" "$n" noop "$dir/hook" "$(cat "$dir.functions")" "$dir" "" "$run" "$dir/cache-$run"
}

measure_naive() { # mode n
  local mode="$1" n="$2" dir="$work/$1/n$2"
  [[ $naive == yes ]] || return 0
  measure "$mode" "$n" naive "$dir/naive" "$(cat "$dir.functions")" "$dir" "" 1 "$dir/cache-naive"
}

# One unrecorded round first, so that every plugin and dependency is in the dedicated repository
# and the measured runs download nothing.
say "warm-up (jvm, N=1)"
: > "$results"
measured_wait_load="$wait_load" wait_load=""
prepare_case jvm 1
measure_hook jvm 1 1
measure_naive jvm 1
wait_load="$measured_wait_load"
rm -rf "$work/jvm"
: > "$results"

# Runs go round the sizes (N=1, 2, 4, 8, then again), so that a machine getting busier or quieter
# during the benchmark weighs on every N alike rather than on the sizes measured last.
started="$(date -u +%FT%TZ)" start_seconds=$SECONDS loads=()
IFS=, read -r -a mode_list <<< "$modes"
IFS=, read -r -a size_list <<< "$sizes"
for mode in "${mode_list[@]}"; do
  loads+=("$mode: $(cut -d' ' -f1-3 /proc/loadavg) at start")
  for n in "${size_list[@]}"; do
    prepare_case "$mode" "$n"
  done
  for ((run = 1; run <= repeat; run++)); do
    for n in "${size_list[@]}"; do
      measure_hook "$mode" "$n" "$run"
    done
  done
  for n in "${size_list[@]}"; do
    measure_naive "$mode" "$n"
  done
  loads+=("$mode: $(cut -d' ' -f1-3 /proc/loadavg) at end")
done

cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
# `|| true`: head may close the pipe early, which pipefail would report as a failure.
java_version="$(java -version 2>&1 | head -1 || true)"
maven_version="$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g' || true)"
echo "Run $started on $(nproc) cores ($cpu), $java_version, $maven_version, stand-in delay ${delay} s," \
  "modes $modes, N = $sizes, $repeat run(s) of the hook build and no-op rebuild per N (median shown)," \
  "$(( (SECONDS - start_seconds) / 60 )) min in all (after install and warm-up)."
echo "Load average (1/5/15 min): $(IFS=';'; echo "${loads[*]}" | sed 's/;/; /g')."
echo
python3 "$helper" report --results "$results" --delay "$delay"
