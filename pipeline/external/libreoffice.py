"""LibreOffice headless: DOCX -> PDF/A-2b, many documents per process, one process per core.

Each process gets its own throw-away user profile so that parallel processes (and a user's
running LibreOffice) never share or lock one profile.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from pipeline.errors import ConversionFailed
from pipeline.external import probe
from pipeline.external.runner import HasilProses, jalankan

log = logging.getLogger(__name__)

_FILTER_PDFA2B = "pdf:writer_pdf_Export:" + json.dumps(
    {
        "SelectPdfVersion": {"type": "long", "value": "2"},
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        # Bookmarks become named destinations: how a combined document is split again.
        "ExportBookmarksToPDFDestination": {"type": "boolean", "value": "true"},
    },
    separators=(",", ":"),
)
DETIK_DASAR = 90.0
DETIK_PER_DOKUMEN = 10.0


def cari_soffice(program: str = "soffice") -> str:
    """The LibreOffice program: ``[jalur] libreoffice``, PATH, then its usual install places."""
    return probe.cari(probe.SOFFICE, program)


def versi(program: str = "soffice") -> str:
    """The LibreOffice version string (``LibreOffice 7.4.7.2 ...``), asked once per process."""
    return probe.versi(probe.SOFFICE, program)


def _versi_produk(soffice: str) -> str | None:
    """``soffice``'s product version as its profile records it (``7.4``), or None if unknown."""
    cocok = re.search(r"\b(\d+)\.(\d+)\.\d+", versi(soffice))
    return f"{cocok[1]}.{cocok[2]}" if cocok else None


_XCU_PROFIL = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" \
xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" \
oor:op="fuse"><value>{versi}</value></prop></item>
</oor:items>
"""


def siapkan_profil(soffice: str, profil: Path) -> None:
    """Make a fresh profile say it has already run this version of LibreOffice.

    On the first start of a version in a profile, LibreOffice runs its graphics render tests
    (``GraphicsRenderTests.log``): 1.3 s and a 210 MB peak here. Only the desktop UI records
    that the version has run, so headless, every start of a fresh (or any) profile ran them
    again. An unknown version leaves the profile alone: slower, not wrong.
    """
    produk = _versi_produk(soffice)
    if produk is None:
        return
    pengguna = profil / "user"
    pengguna.mkdir(parents=True, exist_ok=True)
    (pengguna / "registrymodifications.xcu").write_text(
        _XCU_PROFIL.format(versi=produk), encoding="utf-8"
    )


def konversi_pdfa(
    docx: Sequence[Path],
    keluar: Path,
    *,
    program: str = "soffice",
    proses: int | None = None,
    lapor: Callable[[int], None] | None = None,
    bobot: Sequence[float] | None = None,
    jadi: Callable[[int], None] | None = None,
) -> list[Path]:
    """Convert every DOCX into ``keluar`` as PDF/A-2b; return the PDFs in the same order.

    The batch is split into at most ``proses`` chunks (default: one per core), each converted
    by ONE LibreOffice process; ``bobot`` (a cost per DOCX, e.g. its size) balances them, the
    heaviest files dealt out first. PDFs are produced in a scratch folder and moved into place,
    so ``keluar`` never holds half a file. As soon as ``docx[i]``'s PDF is complete it is moved
    and ``jadi(i)`` is called, here in the calling thread, while LibreOffice goes on with the
    rest: the caller's work on it overlaps the conversion. ``lapor(n)`` hears how many PDFs
    are done.

    A LibreOffice process that ends before it has converted all its files (given a long list
    of files, LibreOffice 7.4 quits after a few hundred) is followed by a fresh one for the
    rest, as long as they convert something: once :data:`SIA_SIA_MAKS` processes in a row have
    converted nothing, the file still without a PDF stops the batch, named.
    """
    if not docx:
        return []
    soffice = cari_soffice(program)
    keluar.mkdir(parents=True, exist_ok=True)
    n = max(1, min(proses or os.cpu_count() or 1, len(docx)))
    diserahkan: set[int] = set()
    with (
        tempfile.TemporaryDirectory(prefix=".lo-", dir=keluar.parent) as scratch,
        ThreadPoolExecutor(max_workers=n) as pool,
    ):

        def mulai(bagian: list[int], ke: int, percobaan: int, sia_sia: int) -> _Jalur:
            folder = Path(scratch) / f"{ke}-{percobaan}"
            tugas = pool.submit(_konversi_satu_proses, soffice, [docx[i] for i in bagian], folder)
            return _Jalur(bagian, folder, tugas, percobaan, sia_sia)

        bagi = bagi_beban(bobot if bobot is not None else [1.0] * len(docx), n)
        jalur = [mulai(bagian, ke, 0, 0) for ke, bagian in enumerate(bagi)]
        while True:
            wait([j.tugas for j in jalur], timeout=0.25)
            for ke, j in enumerate(jalur):
                # Read before looking at the files: a process that ends in between would
                # otherwise seem to have left the PDF it wrote last.
                berhenti = j.tugas.done()
                sisa = [i for i in j.bagian if i not in diserahkan]
                for i in _lengkap(docx, sisa, j.folder, j.tugas, berhenti):
                    os.replace(j.folder / f"{docx[i].stem}.pdf", keluar / f"{docx[i].stem}.pdf")
                    diserahkan.add(i)
                    if jadi is not None:
                        jadi(i)
                belum = [i for i in sisa if i not in diserahkan]
                if berhenti and belum:
                    sia_sia = j.sia_sia + 1 if len(belum) == len(j.bagian) else 0
                    if sia_sia >= SIA_SIA_MAKS:
                        _gagal(docx[belum[0]], j.tugas.result())
                    log.warning(
                        "LibreOffice berhenti sebelum %s; %d berkas diulang dalam proses baru",
                        docx[belum[0]].name,
                        len(belum),
                    )
                    jalur[ke] = mulai(belum, ke, j.percobaan + 1, sia_sia)
            if lapor is not None:
                lapor(len(diserahkan))
            if all(j.tugas.done() for j in jalur) and len(diserahkan) == len(docx):
                break
    return [keluar / f"{d.stem}.pdf" for d in docx]


SIA_SIA_MAKS = 3  # LibreOffice processes of a lane in a row that convert nothing: give up


@dataclass
class _Jalur:
    """One LibreOffice process at work: its documents, its output folder, its attempt."""

    bagian: list[int]
    folder: Path
    tugas: Future[HasilProses]
    percobaan: int  # the how-manieth process for this lane (names its folder)
    sia_sia: int  # processes in a row before this one that converted nothing


def bagi_beban(bobot: Sequence[float], n: int) -> list[list[int]]:
    """Indices of ``bobot`` dealt into ``n`` lists of about equal total weight (heaviest first,
    each to the lightest list so far), each list in the original order."""
    bagian: list[list[int]] = [[] for _ in range(n)]
    beban = [0.0] * n
    for i in sorted(range(len(bobot)), key=lambda i: -bobot[i]):
        j = beban.index(min(beban))
        bagian[j].append(i)
        beban[j] += bobot[i]
    return [sorted(b) for b in bagian if b]


def _lengkap(
    docx: Sequence[Path],
    bagian: list[int],
    folder: Path,
    tugas: Future[HasilProses],
    berhenti: bool,
) -> list[int]:
    """The documents of ``bagian`` (one process's, not yet handed on) whose PDFs are complete.

    A complete PDF ends with its end-of-file marker (LibreOffice writes it last), and
    LibreOffice converts its files in order, so while the process runs (``berhenti`` false),
    only a PDF followed by a later one is taken.
    """
    ada = [i for i in bagian if _utuh(folder / f"{docx[i].stem}.pdf")]
    if berhenti:
        tugas.result()  # a timeout or a failure to start is raised here
        return ada
    return [i for i in ada if i != ada[-1]] if ada else []


def _utuh(pdf: Path) -> bool:
    """Whether ``pdf`` exists and ends with ``%%EOF`` (not cut short by a crash)."""
    try:
        with pdf.open("rb") as f:
            f.seek(max(0, pdf.stat().st_size - 1024))
            return b"%%EOF" in f.read()
    except OSError:
        return False


def _gagal(docx: Path, hasil: HasilProses) -> NoReturn:
    baris = hasil.stderr.strip().splitlines()
    sebab = baris[-1] if baris else f"kode keluar {hasil.kode}"
    raise ConversionFailed("konversi.gagal", berkas=str(docx), sebab=sebab)


def argumen_konversi(
    soffice: str,
    profil: Path,
    keluar: Path,
    docx: Sequence[Path],
    filter_: str = _FILTER_PDFA2B,
) -> list[str | Path]:
    """The command line that converts ``docx`` (to PDF/A-2b unless ``filter_`` says otherwise)
    into ``keluar`` in one process with its own throw-away ``profil`` (also what the
    benchmark's floor runs)."""
    return [
        soffice,
        f"-env:UserInstallation={profil.as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        "--convert-to",
        filter_,
        "--outdir",
        keluar,
        *docx,
    ]


def _konversi_satu_proses(soffice: str, docx: list[Path], hasil_dir: Path) -> HasilProses:
    hasil_dir.mkdir()
    with tempfile.TemporaryDirectory(prefix="sidik-lo-") as tmp:
        profil = Path(tmp) / "profil"
        siapkan_profil(soffice, profil)
        args = argumen_konversi(soffice, profil, hasil_dir, docx)
        hasil = jalankan(
            args, timeout=DETIK_DASAR + DETIK_PER_DOKUMEN * len(docx), env=lingkungan(Path(tmp))
        )
    log.info("LibreOffice: %d dokumen dalam %.1f s", len(docx), hasil.detik)
    return hasil


def konversi_xlsx(sumber: Path, keluar: Path, program: str = "soffice") -> Path:
    """Open ``sumber`` in LibreOffice Calc headless and save it as .xlsx into ``keluar``.

    Used to check that a workbook sidik writes survives a round trip through Calc. ``keluar``
    must not be the folder holding ``sumber`` (Calc would write onto the same name).
    """
    soffice = cari_soffice(program)
    keluar.mkdir(parents=True, exist_ok=True)
    hasil_xlsx = keluar / f"{sumber.stem}.xlsx"
    with tempfile.TemporaryDirectory(prefix="sidik-lo-") as tmp:
        siapkan_profil(soffice, Path(tmp) / "profil")
        args = argumen_konversi(
            soffice, Path(tmp) / "profil", keluar, [sumber], "xlsx:Calc Office Open XML"
        )
        hasil = jalankan(args, timeout=DETIK_DASAR, env=lingkungan(Path(tmp)))
    if not hasil_xlsx.is_file() or hasil_xlsx.stat().st_size == 0:
        sebab = hasil.stderr.strip() or f"kode keluar {hasil.kode}"
        raise ConversionFailed("workbook.calc_gagal", berkas=str(sumber), sebab=sebab)
    return hasil_xlsx


def lingkungan(tmp: Path) -> dict[str, str]:
    """The environment LibreOffice runs in (``tmp`` is HOME if none is set)."""
    env = dict(os.environ)
    env.setdefault("HOME", str(tmp))
    env["SAL_USE_VCLPLUGIN"] = "svp"
    # glibc gives freed memory at the top of the heap back from 64 kB on (default 128 kB, and
    # it grows with large frees): a process converting 20 files then held 188 MB, not 192-197.
    env.setdefault("MALLOC_TRIM_THRESHOLD_", "65536")
    return env
