"""A WSGI app served on 127.0.0.1 in a thread, which a test can stop and start again.

Used for certomancer's Animator (TSA, OCSP, CRLs, certificates over HTTP) and for the fake
BSrE API. The port stays the same across restarts, so URLs baked into certificates keep working.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

Aplikasi = Callable[..., Any]


class _Senyap(WSGIRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


class _ServerThread(WSGIServer):
    daemon_threads = True


class Layanan:
    """One loopback HTTP service; ``app`` may be set after the port is known."""

    def __init__(self, app: Aplikasi | None = None) -> None:
        self.app = app
        self._server = self._buat(0)
        self.port = self._server.server_port
        self._thread: threading.Thread | None = None
        self.mulai()

    @property
    def url(self) -> str:
        """The service's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def _wsgi(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        assert self.app is not None, "layanan belum siap"
        return self.app(environ, start_response)

    def _buat(self, port: int) -> WSGIServer:
        return make_server(
            "127.0.0.1", port, self._wsgi, server_class=_ServerThread, handler_class=_Senyap
        )

    def mulai(self) -> None:
        """Start serving (again)."""
        if self._thread is not None:
            return
        if self._server is None:
            self._server = self._buat(self.port)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def henti(self) -> None:
        """Stop serving and free the port (connections are then refused)."""
        if self._thread is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        self._thread, self._server = None, None  # type: ignore[assignment]

    @contextmanager
    def mati(self) -> Iterator[None]:
        """Within the block the service is down."""
        self.henti()
        try:
            yield
        finally:
            self.mulai()

    @contextmanager
    def macet(self) -> Iterator[None]:
        """Within the block the service accepts connections and never answers.

        A listening socket that is never ``accept``-ed: the kernel completes each TCP handshake
        from its backlog and takes the request, and no answer ever comes. No thread and no
        sleep, so nothing races the client; only the client's own timeout ends its wait.
        """
        with self.mati(), socket.socket() as diam:
            diam.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            diam.bind(("127.0.0.1", self.port))
            diam.listen(64)
            yield
