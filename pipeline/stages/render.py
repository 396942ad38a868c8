"""Stage render: the cycle's items -> DOCX documents from the official templates (docxtpl)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate

from pipeline.atomic import tulis_atomik
from pipeline.config import Config
from pipeline.errors import TemplateInvalid
from pipeline.legal.nomor import format_nomor
from pipeline.legal.pasal17 import kutipan
from pipeline.legal.tanggal import format_jangka_waktu, format_tanggal, tanggal_terbilang
from pipeline.model import Dokumen, Item, JenisDokumen, Pejabat, Siklus

log = logging.getLogger(__name__)

_JINJA = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


@dataclass(frozen=True)
class Templat:
    """The template file for each kind of document, from the configured templates folder."""

    folder: Path

    def path(self, jenis: JenisDokumen) -> Path:
        """The DOCX template of ``jenis``; raise :class:`TemplateInvalid` when missing."""
        path = self.folder / f"{jenis.value}.docx"
        if not path.is_file():
            raise TemplateInvalid("templat.tidak_ada", templat=str(path))
        return path


def render(items: Sequence[Item], siklus: Siklus, config: Config) -> list[Dokumen]:
    """Write one Lembar Pengujian Konsekuensi per item and the DIK list as DOCX."""
    folder = siklus.folder_kerja / "docx"
    templat = Templat(config.jalur.templat)
    umum = konteks_umum(siklus, config)
    dokumen = [
        _cetak(
            templat.path(JenisDokumen.LEMBAR_UJI),
            folder / f"lembar-{item.no:04d}.docx",
            {**umum, **konteks_lembar(item, siklus, config)},
            Dokumen(
                JenisDokumen.LEMBAR_UJI, f"lembar-{item.no:04d}", Path(), item.no, item.unit_kerja
            ),
        )
        for item in items
    ]
    dokumen.append(
        _cetak(
            templat.path(JenisDokumen.DAFTAR),
            folder / "daftar.docx",
            {
                **umum,
                "nomor": _nomor(config, siklus, 1),
                "items": [konteks_item(i, config) for i in items],
            },
            Dokumen(JenisDokumen.DAFTAR, "daftar", Path()),
        )
    )
    return dokumen


def _cetak(templat: Path, tujuan: Path, konteks: dict[str, Any], dok: Dokumen) -> Dokumen:
    try:
        tpl = DocxTemplate(templat)
        tpl.render(konteks, jinja_env=_JINJA, autoescape=True)
    except jinja2.TemplateSyntaxError as e:
        raise TemplateInvalid(
            "templat.rusak", templat=str(templat), sebab=f"baris {e.lineno}: {e.message}"
        ) from e
    except jinja2.UndefinedError as e:
        raise TemplateInvalid("templat.rusak", templat=str(templat), sebab=str(e)) from e
    tulis_atomik(tujuan, tpl.save)
    return replace(dok, path=tujuan)


def konteks_umum(siklus: Siklus, config: Config) -> dict[str, Any]:
    """Variables shared by every template: agency, place, date, officials."""
    return {
        "instansi": config.instansi,
        "tanggal": format_tanggal(siklus.tanggal),
        "tempat": config.instansi.kota,
        "atasan_ppid": config.atasan_ppid,
        "ppid": config.ppid_pelaksana,
        "tim_pertimbangan": list(config.tim_pertimbangan),
    }


def konteks_lembar(item: Item, siklus: Siklus, config: Config) -> dict[str, Any]:
    """Variables of one Lembar Pengujian Konsekuensi."""
    ppid = config.pemeriksa(item.unit_kerja)
    return {
        "nomor": _nomor(config, siklus, item.no + 1),
        "ppid": ppid,
        "item": konteks_item(item, config),
        "pembukaan": pembukaan(siklus, config, ppid),
        "keputusan": (
            "Berdasarkan uji konsekuensi tersebut, informasi di atas ditetapkan sebagai "
            "INFORMASI YANG DIKECUALIKAN sesuai Pasal 17 dan Pasal 19 Undang-Undang Nomor 14 "
            "Tahun 2008 tentang Keterbukaan Informasi Publik."
        ),
    }


def pembukaan(siklus: Siklus, config: Config, ppid: Pejabat) -> str:
    """The opening sentence with the day and date written out in words."""
    return (
        f"Pada hari ini, {tanggal_terbilang(siklus.tanggal)}, Pejabat Pengelola Informasi dan "
        f"Dokumentasi (PPID) {_judul(config.instansi.dinas)} "
        f"{_judul(config.instansi.pemerintah.removeprefix('PEMERINTAH '))}, yang diwakili oleh "
        f"{ppid.nama} selaku PPID Pelaksana, bersama Tim Pertimbangan, telah melakukan uji "
        "konsekuensi sebagaimana dimaksud dalam Pasal 19 Undang-Undang Nomor 14 Tahun 2008 "
        "tentang Keterbukaan Informasi Publik terhadap informasi sebagaimana tersebut di bawah ini:"
    )


def konteks_item(item: Item, config: Config) -> dict[str, Any]:
    """One item as the templates show it (citation and period already formatted)."""
    unit = config.cari_unit(item.unit_kerja)
    dasar = kutipan(item.pasal17_huruf, item.pasal17_angka)
    if item.dasar_hukum_lain:
        dasar += f"; {item.dasar_hukum_lain}"
    jangka = (
        format_jangka_waktu(item.jangka_waktu_tahun)
        if item.jangka_waktu_tahun
        else item.jangka_waktu_syarat
    )
    return {
        "no": item.no,
        "judul": item.judul,
        "uraian": item.uraian,
        "unit_kerja": unit.nama if unit else item.unit_kerja,
        "dasar_hukum": dasar,
        "konsekuensi": item.konsekuensi,
        "pertimbangan": item.pertimbangan,
        "jangka_waktu": jangka,
        "keterangan": item.keterangan,
    }


def _nomor(config: Config, siklus: Siklus, urut: int) -> str:
    p = config.penomoran
    return format_nomor(p.pola, kode=p.kode, urut=urut, unit=p.unit, tahun=siklus.tanggal.year)


def _judul(teks: str) -> str:
    kecil = {"dan", "di", "ke", "dari", "yang"}
    return " ".join(w.lower() if w.lower() in kecil else w.capitalize() for w in teks.split())
