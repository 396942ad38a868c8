"""What sidik may read and write: regular files only, never through a symlink, never the archive.

Nothing a user does may lose data. Before sidik writes a file a user named (a review sheet, a
report, a sample workbook), :func:`periksa_tujuan` refuses a symlink, anything that is not a
regular file, anything inside ``output/arsip/``, and an existing file unless it is sidik's own
regenerable output of the same kind, as the caller's ``milik_sidik`` recognises it.
:func:`galat_tulis` turns a failed write (disk full, read-only, no permission) into
:class:`~pipeline.errors.OutputRefused` naming the path. Readers of the archive and of folders
being verified open files with :func:`buka_biasa`, which never follows a link and never blocks
on a FIFO or reads a device forever.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from pipeline.errors import OutputRefused

NAMA_MANIFEST = "manifest.json"  # an archive revision's manifest: its folder is never written to
_FORMAT_MANIFEST = b'"format": "sidik-manifest/'
_KEPALA_MANIFEST = 256
JENIS_TAUTAN = "tautan"  # kinds of non-regular paths (message ids ``berkas.tolak_<kind>``)
JENIS_FOLDER = "folder"
JENIS_LAIN = "lain"  # FIFO, device, socket
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)
_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)  # quota exceeded (not on Windows)
_PESAN_ERRNO = {
    errno.ENOSPC: "berkas.disk_penuh",
    _EDQUOT: "berkas.disk_penuh",
    errno.EROFS: "berkas.hanya_baca",
    errno.EACCES: "berkas.tanpa_izin",
    errno.EPERM: "berkas.tanpa_izin",
}
_ERRNO_HANYA_TULIS = frozenset({errno.ENOSPC, _EDQUOT, errno.EROFS})  # never from a read


class BukanBerkasBiasa(OSError):
    """A path that is a symlink, a folder, a FIFO or a device where a regular file was expected."""

    def __init__(self, path: Path, jenis: str) -> None:
        super().__init__(errno.EINVAL, jenis, str(path))
        self.jenis = jenis


def jenis_bukan_biasa(path: Path) -> str | None:
    """What ``path`` is when it is not a regular file (None for a regular or missing file)."""
    try:
        mode = path.lstat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # nothing there (yet)
        return None
    return _jenis(mode)


def _jenis(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return JENIS_TAUTAN
    return JENIS_FOLDER if stat.S_ISDIR(mode) else JENIS_LAIN


def buka_biasa(path: Path) -> BinaryIO:
    """Open a regular file for reading, never through a symlink and never blocking on a FIFO.

    Raises :class:`BukanBerkasBiasa` for anything else (checked on the opened descriptor, so a
    file swapped after a check is still caught).
    """
    jenis = jenis_bukan_biasa(path)
    if jenis is not None:
        raise BukanBerkasBiasa(path, jenis)
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_BINARY)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise BukanBerkasBiasa(path, JENIS_TAUTAN) from e
        raise
    jenis = _jenis(os.fstat(fd).st_mode)
    if jenis is not None:
        os.close(fd)
        raise BukanBerkasBiasa(path, jenis)
    return os.fdopen(fd, "rb")


def sha256_biasa(path: Path) -> str:
    """The hex SHA-256 of a regular file; :class:`BukanBerkasBiasa` for anything else."""
    h = hashlib.sha256()
    with buka_biasa(path) as f:
        for blok in iter(lambda: f.read(1 << 20), b""):
            h.update(blok)
    return h.hexdigest()


def periksa_tujuan(
    tujuan: Path,
    milik_sidik: Callable[[Path], bool] | None = None,
    arsip: Path | None = None,
) -> None:
    """Refuse (:class:`OutputRefused`) to write ``tujuan`` unless nothing can be lost.

    Refused: a symlink or non-regular file at ``tujuan``; a path inside ``arsip`` or beside an
    archive manifest; an existing file that ``milik_sidik`` does not recognise as sidik's own
    regenerable output of the kind about to be written (without ``milik_sidik``, every
    existing file is refused).
    """
    tolak_bukan_biasa(tujuan)
    if _di_arsip(tujuan, arsip):
        raise OutputRefused("berkas.tolak_arsip", berkas=str(tujuan))
    if tujuan.exists() and not (milik_sidik is not None and _milik(milik_sidik, tujuan)):
        raise OutputRefused("berkas.tolak_ada", berkas=str(tujuan))


def _milik(milik_sidik: Callable[[Path], bool], tujuan: Path) -> bool:
    try:
        return milik_sidik(tujuan)
    except (OSError, ValueError, KeyError):  # unreadable: not provably sidik's
        return False


def _di_arsip(tujuan: Path, arsip: Path | None) -> bool:
    """Inside the workspace archive (as named or as resolved), or beside an archive manifest."""
    folder = Path(os.path.abspath(tujuan.parent))
    if _manifest_sidik(folder / NAMA_MANIFEST):
        return True
    if arsip is None:
        return False
    akar = (Path(os.path.abspath(arsip)), Path(os.path.realpath(arsip)))
    folders = (folder, Path(os.path.realpath(folder)))
    return any(f.is_relative_to(a) for f in folders for a in akar)


def _manifest_sidik(path: Path) -> bool:
    """An archive revision's manifest (``"format": "sidik-manifest/…"`` opens it)."""
    try:
        with buka_biasa(path) as f:
            return _FORMAT_MANIFEST in f.read(_KEPALA_MANIFEST)
    except OSError:  # none there, or a link or special file: not a revision folder
        return False


def tolak_bukan_biasa(tujuan: Path) -> None:
    """Refuse to write where a symlink, folder, FIFO or device lies (replacing is fine)."""
    jenis = jenis_bukan_biasa(tujuan)
    if jenis is not None:
        raise OutputRefused(f"berkas.tolak_{jenis}", berkas=str(tujuan))


def tolak_bukan_biasa_kecuali_folder(tujuan: Path) -> None:
    """Like :func:`tolak_bukan_biasa`, for a folder sidik is about to fill (``init``)."""
    if jenis_bukan_biasa(tujuan) not in (None, JENIS_FOLDER):
        tolak_bukan_biasa(tujuan)


def tolak_tautan_di_jalur(akar: Path, folder: Path) -> None:
    """Refuse a symlink among the folders from below ``akar`` down to ``folder`` (the archive's
    year, month and day folders are written into, so they must be real folders)."""
    for f in (folder, *folder.parents):
        if f == akar or not f.is_relative_to(akar):
            return
        if f.is_symlink():
            raise OutputRefused("berkas.tolak_tautan", berkas=str(f))


@contextmanager
def menulis(tujuan: Path) -> Iterator[None]:
    """Within the block, a failed write of ``tujuan`` the user can fix becomes
    :class:`OutputRefused` naming it (other errors pass through unchanged)."""
    try:
        yield
    except OSError as e:
        galat = galat_tulis(e, tujuan)
        if galat is None:
            raise
        raise galat from e


def galat_tulis(e: OSError, tujuan: Path) -> OutputRefused | None:
    """The clear error for a failed write of ``tujuan`` the user can fix, else None.

    An error about another file (a source being copied, say) is not this write's and is None.
    """
    if e.filename is not None and not _tentang(Path(os.fsdecode(e.filename)), tujuan):
        return None
    if e.errno == errno.ELOOP:  # O_NOFOLLOW met a link made after the check
        return OutputRefused("berkas.tolak_tautan", berkas=str(tujuan))
    if e.errno == errno.ENOTDIR or isinstance(e, FileExistsError | NotADirectoryError):
        return OutputRefused("berkas.folder_bukan_folder", berkas=str(tujuan))
    pesan = _PESAN_ERRNO.get(e.errno or 0)
    if pesan is None:
        return None
    return OutputRefused(pesan, berkas=str(tujuan), folder=str(tujuan.parent))


def galat_tulis_lepas(e: BaseException) -> OutputRefused | None:
    """A full disk or read-only folder that no write helper caught (a program's own write, say),
    as the same clear error, when the error names its path; else None."""
    if not isinstance(e, OSError) or e.errno not in _ERRNO_HANYA_TULIS or not e.filename:
        return None
    return galat_tulis(e, Path(os.fsdecode(e.filename)))


def _tentang(path: Path, tujuan: Path) -> bool:
    """``path`` is ``tujuan``, a temporary file beside it, or one of its folders."""
    path, tujuan = Path(os.path.abspath(path)), Path(os.path.abspath(tujuan))
    return path.parent == tujuan.parent or tujuan.is_relative_to(path)
