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
            except Exception as exc:  # noqa: BLE001 - a registry hiccup must not take the server down
                print(f"reasonrl serve: reload failed, still serving {server.current.id}: {exc}", file=sys.stderr,
                      flush=True)

    threading.Thread(target=loop, name="reasonrl-serve-reloader", daemon=True).start()
    return wake


def serve_forever(server, host: str = "127.0.0.1", port: int = 8000, reload_every: float | None = None) -> None:
    import uvicorn

    from reasonrl.serve.app import create_app

    stop = threading.Event()
    wake = start_reloader(server, reload_every, stop)
    signal.signal(signal.SIGHUP, lambda *_: wake.set())
    print(f"reasonrl serve: {server.current.id} on http://{host}:{port}/v1 (task {server.current.task or 'chat'}); "
          "SIGHUP re-resolves the model", file=sys.stderr, flush=True)
    try:
        uvicorn.run(create_app(server), host=host, port=port, log_level="warning")
    finally:
        stop.set()
        wake.set()
        server.close()
