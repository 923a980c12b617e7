#!/usr/bin/env python3
"""Start-up of a jvm-mode bootstrap: time from process start to its first GET /next.

Usage: jvm_bootstrap_startup.py ARTIFACT_DIR HANDLER [LAUNCHES]

Runs the bootstrap as Lambda does (AWS_LAMBDA_RUNTIME_API, _HANDLER, LAMBDA_TASK_ROOT) against a
loopback server that answers nothing, LAUNCHES times (default 10), once with the launcher as built
and once with its JVM options removed (same jlink-ed runtime and class path), and prints the medians.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

from loopback_runtime_api import LoopbackRuntimeApi


def launch(api, command, env, timeout=60.0):
    api.expect_next()
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not api.wait_for_next(timeout):
            raise SystemExit("no /next within %.0f s from %s" % (timeout, command))
        return (time.monotonic() - start) * 1000.0
    finally:
        process.kill()
        process.wait()


def main():
    artifact, handler = sys.argv[1], sys.argv[2]
    launches = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    api = LoopbackRuntimeApi()
    env = api.lambda_environment(handler, artifact)
    bootstrap = os.path.join(artifact, "bootstrap")
    launcher = open(bootstrap).read()
    plain = re.sub(r'(runtime/bin/java") [^\\]*\\', r'\1 \\', launcher)
    with tempfile.NamedTemporaryFile("w", suffix=".sh", dir=artifact, delete=False) as f:
        f.write(plain)
    os.chmod(f.name, 0o755)
    try:
        variants = [("launcher as built", [bootstrap]), ("without its JVM options", [f.name])]
        launch(api, [bootstrap], env)  # one untimed launch warms the page cache
        print("| launcher | median ms | min ms | max ms |\n|---|---:|---:|---:|")
        for name, command in variants:
            times = [launch(api, command, env) for _ in range(launches)]
            print("| %s | %.0f | %.0f | %.0f |" % (name, statistics.median(times), min(times), max(times)))
    finally:
        os.unlink(f.name)
        api.close()


if __name__ == "__main__":
    main()
