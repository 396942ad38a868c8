"""Fingerprints of items and lists of items: what the ledger compares to know what changed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict

from pipeline.model import Item


def sha_item(item: Item) -> str:
    """The SHA-256 of one item's content (its row number excluded)."""
    return sha_data([_isi(item)])


def hash_items(items: Sequence[Item]) -> str:
    """The SHA-256 of a list of items' content, in order (``sha_data`` of the list, by item)."""
    h = hashlib.sha256()
    _tambah_urutan(h, (_isi(i) for i in items))
    return h.hexdigest()


def _isi(item: Item) -> dict[str, object]:
    """An item's content as its hashes take it: every field but its row in the workbook."""
    return {k: v for k, v in asdict(item).items() if k != "baris"}


_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)  # what fingerprints hash


def sha_data(data: object) -> str:
    """The SHA-256 of ``data`` as canonical JSON (sorted keys)."""
    return hashlib.sha256(_JSON.encode(data).encode()).hexdigest()


def sha_daftar(awal: Sequence[object], isi: Iterable[object]) -> str:
    """``sha_data([*awal, list(isi)])``, the same digest, without the whole JSON text in memory at
    once: for 5,000 items that text is about 8 MB, made twice per plan (the DIK, the decree)."""
    h = hashlib.sha256(b"[")
    for x in awal:
        h.update(_JSON.encode(x).encode())
        h.update(b", ")
    _tambah_urutan(h, isi)
    h.update(b"]")
    return h.hexdigest()


def _tambah_urutan(h: hashlib._Hash, isi: Iterable[object]) -> None:
    """Feed ``h`` the JSON text of ``list(isi)``, one element at a time."""
    h.update(b"[")
    for n, x in enumerate(isi):
        if n:
            h.update(b", ")
        h.update(_JSON.encode(x).encode())
    h.update(b"]")
