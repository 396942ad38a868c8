"""Web pages the tests read: sidik's published HTML parsed with the standard library."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path


class Html(HTMLParser):
    """A page's tags with their attributes, its text, and its table caption."""

    def __init__(self) -> None:
        super().__init__()
        self.tag: list[tuple[str, dict[str, str | None]]] = []
        self.caption = ""
        self.teks: list[str] = []
        self._di_caption = False

    def handle_starttag(self, tag, attrs):
        self.tag.append((tag, dict(attrs)))
        self._di_caption = tag == "caption"

    def handle_data(self, data):
        self.teks.append(data)
        if self._di_caption:
            self.caption += data

    def tautan(self) -> list[str]:
        """Every link's address, in page order."""
        return [a["href"] or "" for t, a in self.tag if t == "a"]

    def isi(self) -> str:
        """The page's text, whitespace collapsed."""
        return " ".join(" ".join(self.teks).split())


def baca_html(path: Path) -> Html:
    """The page at ``path``, parsed."""
    p = Html()
    p.feed(path.read_text(encoding="utf-8"))
    return p
