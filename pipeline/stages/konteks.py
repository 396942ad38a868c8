"""What each template is filled with: the cycle's items and officials as ready-made text.

Every value is a finished Indonesian string (dates in words, Pasal 17 citations from
``pasal17.json``, periods with terbilang), so templates only place text. The variable names of
each context are the ones :data:`pipeline.stages.templat.KONTRAK` promises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from pipeline.config import Config
from pipeline.legal.dasar_hukum import mengingat, tanda_baca_daftar
from pipeline.legal.jangka import jangka_item
from pipeline.legal.pasal17 import NAMA_UU, kutipan, kutipan_singkat
from pipeline.legal.tanggal import format_tanggal, tanggal_terbilang, terbilang
from pipeline.model import Item, Pejabat, Siklus
from pipeline.stages.lambang import ukuran_lambang

JUDUL_DIK = "Daftar Informasi Publik yang Dikecualikan"
_KATA_KECIL = frozenset({"dan", "di", "ke", "dari", "yang"})
_VOKAL = re.compile("[AEIOUaeiou]")
LAMBANG_CONTOH = {"cx": "660000", "cy": "792000"}
"""The size (EMU) a sample lambang is given when templates are checked."""
KERTAS_TWIP = {"A4": (11906, 16838), "F4": (12189, 18709)}
"""Portrait width and height of each paper in twips (A4 210 x 297 mm, F4 215 x 330 mm)."""
_KUTIP = re.compile(r'"([^"]*)"')
_URUTAN = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH")


def konteks_umum(
    siklus: Siklus, config: Config, nomor: str, tanggal: date | None = None
) -> dict[str, Any]:
    """Variables shared by every template: agency, number, place, date, officials.

    ``tanggal`` is the document's own date (see :mod:`pipeline.alur.rapat`); by default the
    cycle's.
    """
    tanggal = tanggal or siklus.tanggal
    return {
        "instansi": config.instansi,
        "nomor": nomor,
        "tempat": config.instansi.kota,
        "tanggal": format_tanggal(tanggal),
        "tanggal_terbilang": tanggal_terbilang(tanggal),
        "atasan_ppid": config.atasan_ppid,
        "ppid": config.ppid_pelaksana,
        "tim_pertimbangan": list(config.tim_pertimbangan),
        "kertas": kertas(config),
        "lambang": ukuran_lambang(config.instansi.lambang),
    }


def kertas(config: Config) -> dict[str, str]:
    """The paper of every page, portrait width and height in twips (the templates turn them
    for landscape sections)."""
    lebar, tinggi = KERTAS_TWIP[config.naskah.kertas]
    return {"nama": config.naskah.kertas, "lebar": str(lebar), "tinggi": str(tinggi)}


def konteks_lembar(
    item: Item,
    siklus: Siklus,
    config: Config,
    nomor: str,
    tanggal: date | None = None,
    dibuka: str | None = None,
) -> dict[str, Any]:
    """Variables of one Lembar Pengujian Konsekuensi, dated ``tanggal``: the day of the Tim
    Pertimbangan's meeting that decided the item (a draft: the cycle's date). ``dibuka`` is
    the Tim's reason when it opened the item: the Lembar then records that result."""
    ppid = config.pemeriksa(item.unit_kerja)
    isi = konteks_item(item, config)
    tanggal = tanggal or siklus.tanggal
    return {
        **konteks_umum(siklus, config, nomor, tanggal),
        "ppid": ppid,
        "item": isi,
        "pembukaan": pembukaan(tanggal, config, ppid),
        "keputusan": hasil_uji(item, isi, dibuka),
        "penguji": penguji(ppid, config.tim_pertimbangan),
    }


def hasil_uji(item: Item, isi: dict[str, Any], dibuka: str | None) -> str:
    """The Lembar's closing sentence: the item exempted for its period, or opened (with the
    Tim's reason)."""
    awal = f"Berdasarkan uji konsekuensi tersebut, informasi \u201c{isi['judul']}\u201d "
    if dibuka is not None:
        alasan = dibuka.strip().rstrip(".")
        return (
            f"{awal}dinyatakan TIDAK DIKECUALIKAN dan dibuka sebagai Informasi Publik yang "
            f"dapat diakses oleh Pemohon Informasi Publik, dengan pertimbangan: {alasan}."
        )
    return (
        f"{awal}ditetapkan sebagai INFORMASI YANG DIKECUALIKAN berdasarkan {isi['pasal17']} "
        f"untuk jangka waktu {jangka_item(item).dalam_kalimat}, sesuai Pasal 17 dan Pasal 19 "
        f"{NAMA_UU}."
    )


def konteks_daftar(
    items: Sequence[Item], siklus: Siklus, config: Config, nomor: str, tanggal: date | None = None
) -> dict:
    """Variables of the DIK list, dated ``tanggal`` (the day the Atasan PPID signs).

    Its rows are numbered 1..n (``no``) whatever the items' numbers in the workbook, so that
    an item decided Dibuka leaves no gap and the count in the SK reads true; ``no_item`` keeps
    the workbook's number, the one its Lembar shows.
    """
    return {
        **konteks_umum(siklus, config, nomor, tanggal),
        "items": [baris_daftar(n, i, config) for n, i in enumerate(items, 1)],
    }


def baris_daftar(urut: int, item: Item, config: Config) -> dict[str, Any]:
    """One row of the DIK: the item as :func:`konteks_item` shows it, numbered ``urut``."""
    return {**konteks_item(item, config), "no": urut, "no_item": item.no}


def konteks_keputusan(
    items: Sequence[Item], siklus: Siklus, config: Config, nomor: str, tanggal: date | None = None
) -> dict[str, Any]:
    """Variables of the Surat Keputusan penetapan, with the DIK as its attachment, dated
    ``tanggal`` (the day the Atasan PPID signs)."""
    badan = lingkungan(config)
    unit = _unit_kerja(items, config)
    return {
        **konteks_daftar(items, siklus, config, nomor, tanggal),
        "tentang": f"PENETAPAN {JUDUL_DIK.upper()} DI LINGKUNGAN {badan.upper()}",
        "menimbang": menimbang(badan),
        "mengingat": tanda_baca_daftar(
            mengingat(config.penetapan.dasar_hukum_tambahan, (i.dasar_hukum_lain for i in items))
        ),
        "diktum": diktum(len(items), badan, unit),
        "unit_kerja": unit,
        "tembusan": tanda_baca_daftar(config.penetapan.tembusan),
    }


def pembukaan(tanggal: date, config: Config, ppid: Pejabat) -> str:
    """The opening sentence with the day and date of the test written out in words."""
    return (
        f"Pada hari ini, {tanggal_terbilang(tanggal)}, Pejabat Pengelola Informasi dan "
        f"Dokumentasi (PPID) {lingkungan(config)}, yang diwakili oleh "
        f"{ppid.nama}, selaku PPID Pelaksana, bersama Tim Pertimbangan, telah melakukan uji "
        f"konsekuensi sebagaimana dimaksud dalam Pasal 19 {NAMA_UU} "
        "terhadap informasi sebagaimana tersebut di bawah ini:"
    )


def penguji(ppid: Pejabat, tim: Sequence[Pejabat]) -> list[dict[str, str]]:
    """Everyone who took part in the test, each with a role, for named signature lines."""
    peserta = [(ppid, "PPID Pelaksana")] + [(p, "Anggota Tim Pertimbangan") for p in tim]
    return [
        {"nama": p.nama, "jabatan": p.jabatan, "nip": p.nip, "pangkat": p.pangkat, "peran": peran}
        for p, peran in peserta
    ]


def menimbang(lingkungan: str) -> list[str]:
    """The MENIMBANG considerations of the decree, lettered a, b, c... by the template."""
    return [
        f"bahwa berdasarkan Pasal 17 {NAMA_UU}, setiap Badan Publik wajib membuka akses bagi "
        "setiap Pemohon Informasi Publik untuk mendapatkan Informasi Publik, kecuali informasi "
        "yang dikecualikan;",
        "bahwa berdasarkan Pasal 19 Undang-Undang Nomor 14 Tahun 2008 dan Peraturan Komisi "
        "Informasi Nomor 1 Tahun 2017 tentang Pengklasifikasian Informasi Publik, Pejabat "
        "Pengelola Informasi dan Dokumentasi wajib melakukan pengujian tentang konsekuensi "
        "sebelum menyatakan Informasi Publik tertentu dikecualikan;",
        f"bahwa PPID {lingkungan} telah melakukan uji konsekuensi sebagaimana dituangkan dalam "
        "Lembar Pengujian Konsekuensi dan telah diperiksa oleh Tim Pertimbangan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan "
        f"huruf c, perlu menetapkan Keputusan tentang Penetapan {JUDUL_DIK} di Lingkungan "
        f"{lingkungan};",
    ]


def diktum(jumlah: int, lingkungan: str, unit: Sequence[str]) -> list[dict[str, str]]:
    """KESATU, KEDUA...: classification, body and units, reasons, period, entry into force."""
    isi = [
        f"Menetapkan {jumlah} ({terbilang(jumlah)}) informasi sebagaimana tercantum dalam "
        "Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini sebagai "
        f"INFORMASI YANG DIKECUALIKAN di Lingkungan {lingkungan}.",
        f"Informasi sebagaimana dimaksud dalam Diktum KESATU dikuasai oleh {lingkungan} "
        f"pada unit kerja {_daftar_kata(unit)}.",
        "Alasan pengecualian setiap informasi adalah dasar hukum pengecualian menurut Pasal 17 "
        "Undang-Undang Nomor 14 Tahun 2008 dan konsekuensi yang timbul apabila informasi "
        "dibuka, sebagaimana tercantum dalam Lampiran dan dalam Lembar Pengujian Konsekuensi.",
        "Jangka waktu pengecualian setiap informasi adalah sebagaimana tercantum dalam "
        "Lampiran, terhitung sejak tanggal Keputusan ini ditetapkan.",
        "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
    ]
    return [{"urutan": u, "isi": t} for u, t in zip(_URUTAN, isi, strict=False)]


def konteks_item(item: Item, config: Config) -> dict[str, Any]:
    """One item as the templates show it (citation and period already formatted)."""
    unit = config.cari_unit(item.unit_kerja)
    dasar = kutipan(item.pasal17_huruf, item.pasal17_angka)
    if item.dasar_hukum_lain:
        dasar += f"; {item.dasar_hukum_lain}"
    jangka = jangka_item(item)
    return {
        "no": item.no,
        "judul": kutip(item.judul),
        "uraian": kutip(item.uraian),
        "unit_kerja": unit.nama if unit else item.unit_kerja,
        "pasal17": kutipan_singkat(item.pasal17_huruf, item.pasal17_angka),
        "dasar_hukum": kutip(dasar),
        "konsekuensi": kutip(item.konsekuensi),
        "pertimbangan": kutip(item.pertimbangan),
        "jangka_waktu": kutip(jangka.teks),
        "keterangan": kutip(jangka.keterangan),
    }


def kutip(teks: str) -> str:
    """``teks`` with one quote style: straight double quotes typed in Excel become the
    typographic pair the documents use (\u201c...\u201d)."""
    return _KUTIP.sub("\u201c\\1\u201d", teks)


def _unit_kerja(items: Sequence[Item], config: Config) -> list[str]:
    nama = [konteks_item(i, config)["unit_kerja"] for i in items]
    return list(dict.fromkeys(nama))


def lingkungan(config: Config) -> str:
    """ "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kubu Raya", from the letterhead.

    Written as in ``sidik.toml``: only a name typed all in capitals, as a letterhead is, is
    turned into title case (see :func:`nama_kalimat`), so "DPRD" or "(Disdukcapil)" stay.
    """
    i = config.instansi
    pemerintah = re.sub(r"^pemerintah\s+", "", i.pemerintah, flags=re.IGNORECASE)
    return f"{nama_kalimat(i.dinas)} {nama_kalimat(pemerintah)}"


def _daftar_kata(kata: Sequence[str]) -> str:
    if len(kata) <= 1:
        return "".join(kata)
    return ", ".join(kata[:-1]) + (", dan " if len(kata) > 2 else " dan ") + kata[-1]


def nama_kalimat(teks: str) -> str:
    """A name as it reads inside a sentence: as written, unless written all in capitals.

    An all-capital letterhead line becomes title case, with "dan", "di"... in lower case and a
    word without a vowel ("DPRD", "BPKD") kept as an initialism; a name that has any lower-case
    letter was typed as it should read and is returned unchanged.
    """
    if teks != teks.upper():
        return " ".join(teks.split())
    return " ".join(_kata_judul(w) for w in teks.split())


def _kata_judul(kata: str) -> str:
    if kata.lower() in _KATA_KECIL:
        return kata.lower()
    if not _VOKAL.search(kata):
        return kata
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), kata)
