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
import http.server
import os
import shutil
import signal
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


FUNCTION_VARIABLES = {}


def environment(port, handler, artifact, java_tool_options):
    env = dict(FUNCTION_VARIABLES)
    env.update({"PATH": "/usr/bin:/bin", "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:%d" % port, "_HANDLER": handler,
           "LAMBDA_TASK_ROOT": artifact, "AWS_LAMBDA_FUNCTION_NAME": "startup",
           "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "512", "TZ": ":UTC", "AWS_REGION": "us-east-1",
           "AWS_ACCESS_KEY_ID": "training", "AWS_SECRET_ACCESS_KEY": "training"})
    if java_tool_options:
        env["JAVA_TOOL_OPTIONS"] = java_tool_options
    return env


def cpu_ms(pid):
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def launch(artifact, env, stop=signal.SIGKILL, timeout=60.0):
    first_next.clear()
    start = time.monotonic()
    process = subprocess.Popen([os.path.join(artifact, "bootstrap")], env=env, cwd=artifact,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not first_next.wait(timeout):
            raise SystemExit("no /next within %.0f s" % timeout)
        return (time.monotonic() - start) * 1000.0, cpu_ms(process.pid)
    finally:
        process.send_signal(stop)
        process.wait()


def maps(artifact, port, handler, archive):
    env = environment(port, handler, artifact, "-Xshare:on -XX:SharedArchiveFile=" + archive)
    process = subprocess.Popen([os.path.join(artifact, "bootstrap")], env=env, cwd=artifact,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    first_next.clear()
    mapped = first_next.wait(60)
    process.kill()
    output = process.communicate()[0].decode(errors="replace")
    return "yes" if mapped else "no (%s)" % " ".join(line for line in output.splitlines() if "rror" in line)[:160]


def main():
    source, handler = sys.argv[1], sys.argv[2]
    launches = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    FUNCTION_VARIABLES.update(arg.split("=", 1) for arg in sys.argv[4:])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RuntimeApi)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    work = tempfile.mkdtemp(prefix="class-archive-")
    try:
        artifact = os.path.join(work, "function")
        shutil.copytree(source, artifact, symlinks=True)
        archive = os.path.join(work, "app.jsa")
        launch(artifact, environment(port, handler, artifact, "-XX:ArchiveClassesAtExit=" + archive), stop=signal.SIGTERM)
        print("archive: %.1f MB" % (os.path.getsize(archive) / 1048576.0))
        timings = {"without": [], "with": []}
        options = {"without": None, "with": "-XX:SharedArchiveFile=" + archive}
        for i in range(launches + 1):
            for name in ("without", "with"):
                result = launch(artifact, environment(port, handler, artifact, options[name]))
                if i > 0:
                    timings[name].append(result)
        print("| archive | start-up median ms (min-max) | start-up CPU median ms |")
        print("|---|---:|---:|")
        for name in ("without", "with"):
            wall = [t[0] for t in timings[name]]
            cpu = [t[1] for t in timings[name]]
            print("| %s | %.0f (%.0f-%.0f) | %.0f |" % (name, statistics.median(wall), min(wall), max(wall), statistics.median(cpu)))
        print("maps in place: " + maps(artifact, port, handler, archive))
        moved = os.path.join(work, "moved")
        shutil.move(artifact, moved)
        print("maps after the folder moved: " + maps(moved, port, handler, archive))
        lib = os.path.join(moved, "lib")
        for jar in os.listdir(lib):
            shutil.copyfile(os.path.join(lib, jar), os.path.join(lib, jar + ".copy"))
            os.replace(os.path.join(lib, jar + ".copy"), os.path.join(lib, jar))
        shutil.move(moved, artifact)
        print("maps in place after the jars were copied afresh: " + maps(artifact, port, handler, archive))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        server.shutdown()


if __name__ == "__main__":
    main()
