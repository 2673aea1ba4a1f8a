"""Run the server: uvicorn on the app, and a reloader that re-resolves the served ref on SIGHUP
and every `reload_every` seconds (a promotion moves `@champion`; the next request answers with the
new version, no restart)."""

from __future__ import annotations

import signal
import sys
import threading


def start_reloader(server, reload_every: float | None, stop: threading.Event) -> threading.Event:
    """A daemon thread that calls server.reload() when the returned event is set (SIGHUP sets it)
    or every `reload_every` seconds; a failed reload keeps the current model and says why."""
    wake = threading.Event()

    def loop():
        while not stop.is_set():
            wake.wait(timeout=reload_every)
            wake.clear()
            if stop.is_set():
                return
            try:
                if server.reload():
                    print(f"reasonrl serve: now serving {server.current.id}", file=sys.stderr, flush=True)
            except Exception as exc:  # noqa: BLE001 - a model registry hiccup must not take the server down
                print(
                    f"reasonrl serve: reload failed, still serving {server.current.id}: {exc}",
                    file=sys.stderr,
                    flush=True,
                )

    threading.Thread(target=loop, name="reasonrl-serve-reloader", daemon=True).start()
    return wake


def serve_forever(
    server, host: str = "127.0.0.1", port: int = 8000, reload_every: float | None = None
) -> None:
    import uvicorn

    from reasonrl.serve.app import create_app

    stop = threading.Event()
    wake = start_reloader(server, reload_every, stop)
    signal.signal(signal.SIGHUP, lambda *_: wake.set())
    print(
        f"reasonrl serve: {server.current.id} on http://{host}:{port}/v1 "
        f"(task {server.current.task or 'chat'}); "
        "SIGHUP re-resolves the model",
        file=sys.stderr,
        flush=True,
    )
    try:
        uvicorn.run(create_app(server), host=host, port=port, log_level="warning")
    finally:
        stop.set()
        wake.set()
        server.close()


class BackgroundServer:
    """The app for `server` under uvicorn in a daemon thread, on a free loopback port (tests,
    benchmarks and notebooks); `stop()` ends it."""

    def __init__(self, server, host: str = "127.0.0.1", port: int | None = None, start_timeout_s: float = 30):
        import socket
        import time

        import uvicorn

        from reasonrl.serve.app import create_app

        if port is None:
            with socket.socket() as sock:
                sock.bind((host, 0))
                port = sock.getsockname()[1]
        self.server, self.host, self.port = server, host, port
        self.uv = uvicorn.Server(uvicorn.Config(create_app(server), host=host, port=port, log_level="error"))
        self.thread = threading.Thread(target=self.uv.run, name="reasonrl-serve-uvicorn", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + start_timeout_s
        while not self.uv.started and time.monotonic() < deadline:
            time.sleep(0.05)
        if not self.uv.started:
            raise RuntimeError(f"reasonrl serve did not start on {host}:{port} within {start_timeout_s} s")

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def client(self):
        from openai import OpenAI

        return OpenAI(base_url=self.url, api_key="unused", max_retries=0, timeout=600)

    def stop(self) -> None:
        self.uv.should_exit = True
        self.thread.join(timeout=10)
        self.server.close()
