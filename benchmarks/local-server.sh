# Starting and stopping `mvn ... sam-native:start-api` for the local API benchmarks (and the sample
# with its /bench link); sourced by them.
# The caller defines progress() (a line on stderr) and $work (its output folder: a process whose
# command line names it counts as the server's child).

server_pid=""
stop_server() {
  if [[ -z "$server_pid" ]]; then return; fi
  local children
  children="$(pgrep -P "$server_pid" || true)"
  kill -TERM "$server_pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$server_pid" 2>/dev/null; then
    progress "WARNING: mvn (pid $server_pid) still running 30 s after SIGTERM; killing it"
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  # Every bootstrap and DynamoDB Local was started by the mvn process: none may outlive it.
  local left=""
  for pid in $children $(pgrep -f "$work" || true); do
    if kill -0 "$pid" 2>/dev/null; then left="$left $pid"; fi
  done
  if [[ -n "$left" ]]; then
    progress "WARNING: processes left after stopping the server:$left"
    ps -o pid,ppid,args -p "${left# }" >&2 || true
  else
    progress "server stopped, no child left"
  fi
  server_pid=""
}
# Starts `mvn ... sam-native:start-api` in the background and waits for its "serving" line.
start_server() {
  local log="$1"; shift
  progress "starting: mvn $*"
  mvn -B "$@" >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    if grep -q "sam-native: serving" "$log"; then
      progress "$(grep "sam-native: serving" "$log")"
      return
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      progress "the server exited before serving; see $log"; tail -30 "$log" >&2; exit 1
    fi
    sleep 0.5
  done
  progress "no 'sam-native: serving' line after 300 s; see $log"; exit 1
}
# Starts the sample with DynamoDB Local (port $1, server output to $2, at most $3 execution
# environments per function or, when empty, the plugin's default, build folder $4) and creates the
# link /bench the redirect runs visit.
start_sample() {
  local port="$1" log="$2" environments="$3" build_dir="$4"
  local options=(-Dsam-native.dynamodb=true "-Dsam-native.port=$port" "-Dsamnative.buildDir=$build_dir")
  if [[ -n $environments ]]; then
    options+=("-Dsam-native.maxEnvironments=$environments")
  fi
  start_server "$log" -f sample-url-shortener/pom.xml sam-native:start-api "${options[@]}"
  progress "creating the link /bench"
  curl -sS -o /dev/null -X POST "http://127.0.0.1:$port/links" -H 'Content-Type: application/json' \
    -d '{"url":"https://example.org/","slug":"bench"}'
}
