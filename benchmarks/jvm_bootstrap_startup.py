#!/usr/bin/env python3
"""Start-up of a jvm-mode bootstrap: time from process start to its first GET /next.

Usage: jvm_bootstrap_startup.py ARTIFACT_DIR HANDLER [LAUNCHES]

Runs the bootstrap as Lambda does (AWS_LAMBDA_RUNTIME_API, _HANDLER, LAMBDA_TASK_ROOT) against a
loopback server that answers nothing, LAUNCHES times (default 10), once with the launcher as built
and once with its JVM options removed (same jlink-ed runtime and class path), and prints the medians.
"""
import http.server
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

first_next = threading.Event()


class RuntimeApi(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.endswith("/runtime/invocation/next"):
            first_next.set()
            time.sleep(30)  # hold /next, as Lambda does between events

    def log_message(self, *args):
        pass


def launch(command, env, timeout=60.0):
    first_next.clear()
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not first_next.wait(timeout):
            raise SystemExit("no /next within %.0f s from %s" % (timeout, command))
        return (time.monotonic() - start) * 1000.0
    finally:
        process.kill()
        process.wait()


def main():
    artifact, handler = sys.argv[1], sys.argv[2]
    launches = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RuntimeApi)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {"PATH": "/usr/bin:/bin", "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:%d" % server.server_address[1],
           "_HANDLER": handler, "LAMBDA_TASK_ROOT": artifact, "AWS_LAMBDA_FUNCTION_NAME": "startup",
           "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "512", "TZ": ":UTC"}
    bootstrap = os.path.join(artifact, "bootstrap")
    launcher = open(bootstrap).read()
    plain = re.sub(r'(runtime/bin/java") [^\\]*\\', r'\1 \\', launcher)
    with tempfile.NamedTemporaryFile("w", suffix=".sh", dir=artifact, delete=False) as f:
        f.write(plain)
    os.chmod(f.name, 0o755)
    try:
        variants = [("launcher as built", [bootstrap]), ("without its JVM options", [f.name])]
        launch([bootstrap], env)  # one untimed launch warms the page cache
        print("| launcher | median ms | min ms | max ms |\n|---|---:|---:|---:|")
        for name, command in variants:
            times = [launch(command, env) for _ in range(launches)]
            print("| %s | %.0f | %.0f | %.0f |" % (name, statistics.median(times), min(times), max(times)))
    finally:
        os.unlink(f.name)
        server.shutdown()


if __name__ == "__main__":
    main()
