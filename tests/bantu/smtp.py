"""A tiny SMTP server on loopback for the notification tests (Python's stdlib has none any
more): enough of RFC 5321 for smtplib — EHLO/HELO, AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP,
QUIT — keeping every message it accepts. ``tolak_data`` makes it refuse a message (554)."""

from __future__ import annotations

import base64
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage


@dataclass
class KotakSurat:
    """What the server received, and how it behaves."""

    pesan: list[EmailMessage] = field(default_factory=list)
    masuk: list[tuple[str, str]] = field(default_factory=list)  # (login, password) of AUTH
    tolak_data: bool = False

    def kepada(self) -> list[str]:
        """The recipient of each message, in order."""
        return [str(m["To"]) for m in self.pesan]


class _Sesi(socketserver.StreamRequestHandler):
    kotak: KotakSurat

    def _jawab(self, baris: str) -> None:
        self.wfile.write(baris.encode() + b"\r\n")

    def handle(self) -> None:
        self._jawab("220 uji.sidik ESMTP")
        while baris := self.rfile.readline():
            perintah = baris.decode().strip()
            kata = perintah.split(" ", 1)[0].upper()
            if kata == "EHLO":
                self._jawab("250-uji.sidik")
                self._jawab("250 AUTH PLAIN")
            elif kata == "AUTH":
                _, login, sandi = base64.b64decode(perintah.split()[2]).decode().split("\0")
                self.kotak.masuk.append((login, sandi))
                self._jawab("235 2.7.0 Authentication successful")
            elif kata == "DATA":
                self._data()
            elif kata == "QUIT":
                self._jawab("221 Bye")
                return
            elif kata in ("HELO", "MAIL", "RCPT", "RSET", "NOOP"):
                self._jawab("250 OK")
            else:
                self._jawab("502 Command not implemented")

    def _data(self) -> None:
        self._jawab("354 End data with <CR><LF>.<CR><LF>")
        isi = b""
        while (baris := self.rfile.readline()) not in (b".\r\n", b""):
            isi += baris[1:] if baris.startswith(b"..") else baris
        if self.kotak.tolak_data:
            self._jawab("554 Transaction failed")
            return
        pesan = message_from_bytes(isi.replace(b"\r\n", b"\n"), policy=policy.default)
        assert isinstance(pesan, EmailMessage)
        self.kotak.pesan.append(pesan)
        self._jawab("250 OK")


@contextmanager
def server_smtp() -> Iterator[tuple[int, KotakSurat]]:
    """Serve SMTP on a free loopback port for the block; yields the port and the mailbox."""
    kotak = KotakSurat()
    penangan = type("Sesi", (_Sesi,), {"kotak": kotak})
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), penangan) as server:
        server.daemon_threads = True
        jalan = threading.Thread(target=server.serve_forever, daemon=True)
        jalan.start()
        try:
            yield server.server_address[1], kotak
        finally:
            server.shutdown()
            jalan.join()
