"""The session secret of ``sidik serve`` lives in the workspace: restarting the service logs no
one out, the secret is its owner's alone (0600), and a link or a damaged file there is refused,
never followed or silently replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.errors import ExitCode, OutputRefused
from pipeline.web import buat_app
from pipeline.web.rahasia import PANJANG, berkas_rahasia
from tests.web_bantu import buat_akun, masuk

KUE_SESI = "sidik_sesi"


def test_sesi_tetap_berlaku_setelah_layanan_dimulai_ulang(
    ruang_kerja: Path, config: Config
) -> None:
    buat_akun(config)
    sebelum = buat_app(ruang_kerja / "sidik.toml").test_client()
    masuk(sebelum, "audit")
    kue = sebelum.get_cookie(KUE_SESI)
    assert kue is not None and sebelum.get("/status").status_code == 200

    sesudah = buat_app(ruang_kerja / "sidik.toml").test_client()  # the service restarted
    sesudah.set_cookie(KUE_SESI, kue.value)
    r = sesudah.get("/status")
    assert r.status_code == 200 and "Status siklus" in r.get_data(as_text=True)


def test_rahasia_dibuat_sekali_hanya_untuk_pemiliknya(ruang_kerja: Path, config: Config) -> None:
    berkas = berkas_rahasia(config)
    assert berkas == ruang_kerja / "output" / ".web-rahasia" and not berkas.exists()
    pertama = buat_app(ruang_kerja / "sidik.toml").secret_key
    isi = berkas.read_bytes()
    assert len(isi) == PANJANG and pertama == isi
    if os.name == "posix":
        assert stat.S_IMODE(berkas.stat().st_mode) == 0o600
    assert buat_app(ruang_kerja / "sidik.toml").secret_key == isi  # reused, not replaced
    assert [p.name for p in berkas.parent.iterdir() if p.name.startswith(".web")] == [berkas.name]


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_tautan_di_tempat_rahasia_ditolak_tidak_diikuti(
    ruang_kerja: Path, config: Config, tmp_path: Path
) -> None:
    sasaran = tmp_path / "milik-orang-lain"
    berkas = berkas_rahasia(config)
    berkas.parent.mkdir(parents=True)
    berkas.symlink_to(sasaran)
    with pytest.raises(OutputRefused) as e:
        buat_app(ruang_kerja / "sidik.toml")
    assert e.value.code is ExitCode.OUTPUT_REFUSED
    assert e.value.pesan("id").startswith(f"{berkas} adalah tautan simbolik;")
    assert not sasaran.exists()  # nothing written through the link


def test_rahasia_rusak_ditolak_dengan_cara_memperbaikinya(
    ruang_kerja: Path, config: Config
) -> None:
    berkas = berkas_rahasia(config)
    berkas.parent.mkdir(parents=True)
    berkas.write_bytes(b"terpotong")
    with pytest.raises(OutputRefused) as e:
        buat_app(ruang_kerja / "sidik.toml")
    assert e.value.pesan("id") == (
        f"{berkas} bukan rahasia sesi sidik yang utuh. Hapus berkas itu lalu mulai ulang "
        "sidik serve: rahasia baru dibuat dan semua orang perlu masuk lagi."
    )
    assert berkas.read_bytes() == b"terpotong"  # not replaced behind the office's back
