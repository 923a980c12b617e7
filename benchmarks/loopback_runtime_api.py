"""A loopback Lambda Runtime API for the start-up benchmarks: it notes a bootstrap's first GET /next
and holds it unanswered, as Lambda holds /next between events. Shared by jvm_bootstrap_startup.py and
jvm_bootstrap_class_archive.py."""
import http.server
import threading
import time


class LoopbackRuntimeApi:
    def __init__(self):
        first_next = self._first_next = threading.Event()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path.endswith("/runtime/invocation/next"):
                    first_next.set()
                    time.sleep(30)  # hold /next, as Lambda does between events

            def log_message(self, *args):
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def address(self):
        return "127.0.0.1:%d" % self._server.server_address[1]

    def expect_next(self):
        """Forgets an earlier /next: call before starting the bootstrap to be timed."""
        self._first_next.clear()

    def wait_for_next(self, timeout):
        return self._first_next.wait(timeout)

    def close(self):
        self._server.shutdown()

    def lambda_environment(self, handler, artifact):
        """The variables Lambda gives a custom runtime, pointed at this server."""
        return {"PATH": "/usr/bin:/bin", "AWS_LAMBDA_RUNTIME_API": self.address(), "_HANDLER": handler,
                "LAMBDA_TASK_ROOT": artifact, "AWS_LAMBDA_FUNCTION_NAME": "startup",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "512", "TZ": ":UTC"}
