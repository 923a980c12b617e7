#!/usr/bin/env python3
"""What an application class archive (AppCDS) would do for a jvm-mode bootstrap's start-up.

Usage: jvm_bootstrap_class_archive.py ARTIFACT_DIR HANDLER [LAUNCHES [NAME=VALUE ...]]

NAME=VALUE: the function's own environment variables, which its init may need (e.g. TABLE_NAME=Links).

Works on a copy of ARTIFACT_DIR (the original is not touched). A training launch runs the bootstrap as
Lambda does, with JAVA_TOOL_OPTIONS=-XX:ArchiveClassesAtExit=..., up to its first GET /next (its init:
the runtime, Jackson, the handler's constructor) and is then stopped with SIGTERM, which writes the
archive. Then LAUNCHES launches (default 10, after one untimed) with and without
JAVA_TOOL_OPTIONS=-XX:SharedArchiveFile=..., alternating, each timed from process start to its first
/next, with the JVM's CPU time (user + system) at that moment. Last, whether the JVM still maps the
archive when the folder has moved, and when the jars were copied afresh (new modification times), as
a deployment would: -Xshare:on makes a JVM that cannot map it stop.
"""
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from loopback_runtime_api import LoopbackRuntimeApi

FUNCTION_VARIABLES = {}


def environment(api, handler, artifact, java_tool_options):
    env = dict(FUNCTION_VARIABLES)
    env.update(api.lambda_environment(handler, artifact))
    env.update({"AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "training", "AWS_SECRET_ACCESS_KEY": "training"})
    if java_tool_options:
        env["JAVA_TOOL_OPTIONS"] = java_tool_options
    return env


def cpu_ms(pid):
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def launch(api, artifact, env, stop=signal.SIGKILL, timeout=60.0):
    api.expect_next()
    start = time.monotonic()
    process = subprocess.Popen([os.path.join(artifact, "bootstrap")], env=env, cwd=artifact,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not api.wait_for_next(timeout):
            raise SystemExit("no /next within %.0f s" % timeout)
        return (time.monotonic() - start) * 1000.0, cpu_ms(process.pid)
    finally:
        process.send_signal(stop)
        process.wait()


def maps(api, artifact, handler, archive):
    env = environment(api, handler, artifact, "-Xshare:on -XX:SharedArchiveFile=" + archive)
    process = subprocess.Popen([os.path.join(artifact, "bootstrap")], env=env, cwd=artifact,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    api.expect_next()
    mapped = api.wait_for_next(60)
    process.kill()
    output = process.communicate()[0].decode(errors="replace")
    return "yes" if mapped else "no (%s)" % " ".join(line for line in output.splitlines() if "rror" in line)[:160]


def main():
    source, handler = sys.argv[1], sys.argv[2]
    launches = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    FUNCTION_VARIABLES.update(arg.split("=", 1) for arg in sys.argv[4:])
    api = LoopbackRuntimeApi()
    work = tempfile.mkdtemp(prefix="class-archive-")
    try:
        artifact = os.path.join(work, "function")
        shutil.copytree(source, artifact, symlinks=True)
        archive = os.path.join(work, "app.jsa")
        launch(api, artifact, environment(api, handler, artifact, "-XX:ArchiveClassesAtExit=" + archive),
               stop=signal.SIGTERM)
        print("archive: %.1f MB" % (os.path.getsize(archive) / 1048576.0))
        timings = {"without": [], "with": []}
        options = {"without": None, "with": "-XX:SharedArchiveFile=" + archive}
        for i in range(launches + 1):
            for name in ("without", "with"):
                result = launch(api, artifact, environment(api, handler, artifact, options[name]))
                if i > 0:
                    timings[name].append(result)
        print("| archive | start-up median ms (min-max) | start-up CPU median ms |")
        print("|---|---:|---:|")
        for name in ("without", "with"):
            wall = [t[0] for t in timings[name]]
            cpu = [t[1] for t in timings[name]]
            print("| %s | %.0f (%.0f-%.0f) | %.0f |" % (name, statistics.median(wall), min(wall), max(wall), statistics.median(cpu)))
        print("maps in place: " + maps(api, artifact, handler, archive))
        moved = os.path.join(work, "moved")
        shutil.move(artifact, moved)
        print("maps after the folder moved: " + maps(api, moved, handler, archive))
        lib = os.path.join(moved, "lib")
        for jar in os.listdir(lib):
            shutil.copyfile(os.path.join(lib, jar), os.path.join(lib, jar + ".copy"))
            os.replace(os.path.join(lib, jar + ".copy"), os.path.join(lib, jar))
        shutil.move(moved, artifact)
        print("maps in place after the jars were copied afresh: " + maps(api, artifact, handler, archive))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        api.close()


if __name__ == "__main__":
    main()
