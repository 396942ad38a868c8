"""LibreOffice headless: DOCX -> PDF/A-2b, many documents per process, one process per core.

Each process gets its own throw-away user profile so that parallel processes (and a user's
running LibreOffice) never share or lock one profile.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

from pipeline.errors import ConversionFailed
from pipeline.external.runner import cari_program, jalankan

log = logging.getLogger(__name__)

SARAN = "eksternal.saran_libreoffice"
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


def lokasi_biasa() -> list[Path]:
    """Where LibreOffice installs itself when it is not on PATH (Windows, macOS)."""
    if os.name != "nt":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    folder = [os.environ.get(v, "") for v in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")]
    folder += ["C:\\Program Files", "C:\\Program Files (x86)"]
    return [Path(f) / "LibreOffice" / "program" / "soffice.exe" for f in folder if f]


def cari_soffice(program: str = "soffice") -> str:
    """The LibreOffice program: ``[jalur] libreoffice``, PATH, then its usual install places."""
    return cari_program(program, SARAN, lokasi_biasa())


def versi(program: str = "soffice") -> str:
    """The LibreOffice version string (``LibreOffice 7.4.7.2 ...``)."""
    hasil = jalankan([cari_soffice(program), "--version"], timeout=60)
    return hasil.stdout.strip()


def konversi_pdfa(
    docx: Sequence[Path],
    keluar: Path,
    *,
    program: str = "soffice",
    proses: int | None = None,
    lapor: Callable[[int], None] | None = None,
) -> list[Path]:
    """Convert every DOCX into ``keluar`` as PDF/A-2b; return the PDFs in the same order.

    The batch is split into at most ``proses`` chunks (default: one per core), each converted
    by ONE LibreOffice process. PDFs are produced in a scratch folder and moved into place,
    so ``keluar`` never holds half a file. ``lapor(n)`` hears how many PDFs are written.
    """
    if not docx:
        return []
    soffice = cari_program(program, SARAN)
    keluar.mkdir(parents=True, exist_ok=True)
    n = max(1, min(proses or os.cpu_count() or 1, len(docx)))
    potongan = [list(docx[i::n]) for i in range(n)]
    with (
        tempfile.TemporaryDirectory(prefix=".lo-", dir=keluar.parent) as scratch,
        ThreadPoolExecutor(max_workers=n) as pool,
    ):
        tugas = [
            pool.submit(_konversi_satu_proses, soffice, bagian, keluar, Path(scratch) / str(i))
            for i, bagian in enumerate(potongan)
        ]
        while wait(tugas, timeout=0.25).not_done:
            if lapor is not None:
                lapor(sum(1 for _ in Path(scratch).glob("*/*.pdf")) + _selesai(tugas, potongan))
        for t in tugas:
            t.result()
    if lapor is not None:
        lapor(len(docx))
    return [keluar / f"{d.stem}.pdf" for d in docx]


def _selesai(tugas: list, potongan: list[list[Path]]) -> int:  # type: ignore[type-arg]
    return sum(len(b) for t, b in zip(tugas, potongan, strict=True) if t.done())


def argumen_konversi(
    soffice: str, profil: Path, keluar: Path, docx: Sequence[Path]
) -> list[str | Path]:
    """The command line that converts ``docx`` to PDF/A-2b into ``keluar`` in one process
    with its own throw-away ``profil`` (also what the benchmark's floor runs)."""
    return [
        soffice,
        f"-env:UserInstallation={profil.as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        "--convert-to",
        _FILTER_PDFA2B,
        "--outdir",
        keluar,
        *docx,
    ]


def _konversi_satu_proses(soffice: str, docx: list[Path], keluar: Path, hasil_dir: Path) -> None:
    hasil_dir.mkdir()
    with tempfile.TemporaryDirectory(prefix="sidik-lo-") as tmp:
        profil = Path(tmp) / "profil"
        args = argumen_konversi(soffice, profil, hasil_dir, docx)
        hasil = jalankan(
            args, timeout=DETIK_DASAR + DETIK_PER_DOKUMEN * len(docx), env=_lingkungan(Path(tmp))
        )
    for d in docx:
        pdf = hasil_dir / f"{d.stem}.pdf"
        if not pdf.is_file() or pdf.stat().st_size == 0:
            sebab = (
                hasil.stderr.strip().splitlines()[-1]
                if hasil.stderr.strip()
                else (f"kode keluar {hasil.kode}")
            )
            raise ConversionFailed("konversi.gagal", berkas=str(d), sebab=sebab)
        os.replace(pdf, keluar / pdf.name)
    log.info("LibreOffice: %d dokumen dalam %.1f s", len(docx), hasil.detik)


def konversi_xlsx(sumber: Path, keluar: Path, program: str = "soffice") -> Path:
    """Open ``sumber`` in LibreOffice Calc headless and save it as .xlsx into ``keluar``.

    Used to check that a workbook sidik writes survives a round trip through Calc. ``keluar``
    must not be the folder holding ``sumber`` (Calc would write onto the same name).
    """
    soffice = cari_soffice(program)
    keluar.mkdir(parents=True, exist_ok=True)
    hasil_xlsx = keluar / f"{sumber.stem}.xlsx"
    with tempfile.TemporaryDirectory(prefix="sidik-lo-") as tmp:
        args: list[str | Path] = [
            soffice,
            f"-env:UserInstallation={(Path(tmp) / 'profil').as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--convert-to",
            "xlsx:Calc Office Open XML",
            "--outdir",
            keluar,
            sumber,
        ]
        hasil = jalankan(args, timeout=DETIK_DASAR, env=_lingkungan(Path(tmp)))
    if not hasil_xlsx.is_file() or hasil_xlsx.stat().st_size == 0:
        sebab = hasil.stderr.strip() or f"kode keluar {hasil.kode}"
        raise ConversionFailed("workbook.calc_gagal", berkas=str(sumber), sebab=sebab)
    return hasil_xlsx


def _lingkungan(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("HOME", str(tmp))
    env["SAL_USE_VCLPLUGIN"] = "svp"
    return env
