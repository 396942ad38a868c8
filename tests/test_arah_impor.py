"""The house's arrows point one way: no module of ``pipeline`` imports, however indirectly and
however late (inside a function, under ``TYPE_CHECKING``), a module that imports it back.

A package's ``__init__`` is its face, not a room: a submodule naming its package
(``from pipeline.cli import cli``) is not counted as an arrow back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pipeline

PAKET = Path(pipeline.__file__).resolve().parent


def _nama_modul(berkas: Path) -> str:
    bagian = berkas.relative_to(PAKET.parent).with_suffix("").parts
    return ".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)


def _ada(nama: str) -> bool:
    jalur = PAKET.parent.joinpath(*nama.split("."))
    return jalur.with_suffix(".py").is_file() or (jalur / "__init__.py").is_file()


def _diimpor(pohon: ast.AST) -> set[str]:
    """The pipeline modules a module's code imports, wherever the import statement stands."""
    nama: set[str] = set()
    for simpul in ast.walk(pohon):
        if isinstance(simpul, ast.Import):
            nama |= {a.name for a in simpul.names}
        elif isinstance(simpul, ast.ImportFrom) and simpul.module and not simpul.level:
            anak = {f"{simpul.module}.{a.name}" for a in simpul.names}
            nama |= {n for n in anak if _ada(n)} or {simpul.module}
    return {n for n in nama if n.split(".")[0] == "pipeline" and _ada(n)}


def _panah() -> dict[str, set[str]]:
    """Each module of the package and the modules it imports (packages' faces left out)."""
    semua = {_nama_modul(b): b for b in PAKET.rglob("*.py")}
    wajah = {n for n, b in semua.items() if b.name == "__init__.py"}
    return {
        n: _diimpor(ast.parse(b.read_text(encoding="utf-8"))) - wajah - {n}
        for n, b in semua.items()
    }


def _lingkaran(panah: dict[str, set[str]]) -> list[set[str]]:
    """Every group of modules that reach each other (Tarjan's strongly connected components)."""
    urutan: dict[str, int] = {}
    rendah: dict[str, int] = {}
    tumpukan: list[str] = []
    hasil: list[set[str]] = []

    def kunjungi(n: str) -> None:
        urutan[n] = rendah[n] = len(urutan)
        tumpukan.append(n)
        for m in panah.get(n, ()):
            if m not in urutan:
                kunjungi(m)
                rendah[n] = min(rendah[n], rendah[m])
            elif m in tumpukan:
                rendah[n] = min(rendah[n], urutan[m])
        if rendah[n] == urutan[n]:
            grup = set()
            while (m := tumpukan.pop()) != n:
                grup.add(m)
            hasil.append(grup | {n})

    for n in sorted(panah):
        if n not in urutan:
            kunjungi(n)
    return [g for g in hasil if len(g) > 1]


def test_tidak_ada_modul_yang_saling_mengimpor() -> None:
    assert _lingkaran(_panah()) == []


def _modul_uji(nama: str) -> bool:
    """Whether ``nama`` is a test module or the fixtures' conftest (not a helper)."""
    akhir = nama.rsplit(".", 1)[-1]
    return akhir.startswith("test_") or akhir == "conftest"


def test_modul_uji_hanya_mengimpor_bantu_bukan_modul_uji_lain() -> None:
    tests = Path(__file__).resolve().parent
    salah = []
    for berkas in sorted(tests.rglob("*.py")):
        for simpul in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
            if isinstance(simpul, ast.Import):
                nama = [a.name for a in simpul.names]
            elif isinstance(simpul, ast.ImportFrom) and simpul.module:
                nama = [simpul.module, *(f"{simpul.module}.{a.name}" for a in simpul.names)]
            else:
                continue
            salah += [f"{berkas.relative_to(tests)}: {n}" for n in nama if _modul_uji(n)]
    assert salah == []
