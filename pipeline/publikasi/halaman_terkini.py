"""The HTML page of the body's current DIK (``dik-terkini.html``), built like the per-cycle
page (:mod:`pipeline.publikasi.halaman`): the exemptions in force, each row linking its signed
Lembar and the Surat Keputusan that set it; then, apart, the exemptions that ended.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from pipeline.config import Config
from pipeline.ledger.dik_kini import ItemKini
from pipeline.legal.tanggal import format_tanggal
from pipeline.messages import bahasa_aktif, terjemah
from pipeline.publikasi.halaman import Sel, Tautan, kerangka, nama_daftar, tabel
from pipeline.publikasi.terkini import DikTerkini, sebab
from pipeline.publikasi.tulis import KOLOM_DIK
from pipeline.stages.konteks import konteks_item

Alamat = Callable[[Path | None], str]  # a signed PDF -> its address ("" for None)
_BERLAKU = (
    *KOLOM_DIK,
    "Masa Pengecualian",
    "Dokumen",
)
_BERAKHIR = (
    "No",
    "Informasi yang Dikecualikan",
    "Unit Kerja",
    "Jangka Waktu",
    "Masa Pengecualian",
    "Sebab",
    "Dokumen",
)


def halaman_terkini(terkini: DikTerkini, config: Config, alamat: Alamat) -> str:
    """The whole page: the state it shows, the list in force, the ended ones, how to verify."""
    k = terkini.kini
    keadaan = terjemah(
        "publikasi.terkini.keadaan", tanggal=format_tanggal(k.tanggal), siklus=k.jumlah_siklus
    )
    berlaku = [_berlaku(terkini, i, n, config, alamat) for n, i in enumerate(k.berlaku, 1)]
    berakhir = [_berakhir(terkini, i, n, config, alamat) for n, i in enumerate(k.berakhir, 1)]
    return kerangka(
        config,
        [
            _p(keadaan),
            tabel(nama_daftar(config), _BERLAKU, berlaku) if berlaku else _p(_kosong()),
            _bagian_berakhir(berakhir),
        ],
    )


def _berlaku(t: DikTerkini, i: ItemKini, no: int, config: Config, alamat: Alamat) -> list[Sel]:
    isi = konteks_item(i.item, config)
    dokumen = (
        _tautan("publikasi.terkini.lembar", alamat(t.lembar(i.siklus, i.no)), i.no),
        _tautan("publikasi.terkini.keputusan", alamat(t.penetap(i).keputusan_pdf), i.no),
    )
    return [
        str(no),
        *(str(isi[k]) for k in ("judul", "uraian", "unit_kerja", "dasar_hukum")),
        *(str(isi[k]) for k in ("konsekuensi", "jangka_waktu", "keterangan")),
        masa(i),
        tuple(d for d in dokumen if d),
    ]


def _berakhir(t: DikTerkini, i: ItemKini, no: int, config: Config, alamat: Alamat) -> list[Sel]:
    isi = konteks_item(i.item, config)
    buka = i.dibuka
    dokumen = (
        _tautan("publikasi.terkini.lembar", alamat(t.lembar(i.siklus, i.no)), i.no),
        _tautan("publikasi.terkini.ulang", alamat(t.lembar(buka.siklus, buka.no)), buka.no)
        if buka
        else None,
    )
    return [
        str(no),
        *(str(isi[k]) for k in ("judul", "unit_kerja", "jangka_waktu")),
        masa(i),
        sebab(i),
        tuple(d for d in dokumen if d),
    ]


def masa(i: ItemKini) -> str:
    """The exemption's span as the DIK writes dates: "6 Desember 2026 s.d. 6 Desember 2036",
    or "sejak 6 Desember 2026" for one that lasts while its condition holds."""
    awal = format_tanggal(i.ditetapkan)
    return f"{awal} s.d. {format_tanggal(i.berakhir)}" if i.berakhir else f"sejak {awal}"


def _tautan(pesan: str, alamat: str, no: int) -> Tautan | None:
    """A link labelled from the catalogue; None without an address."""
    return Tautan(terjemah(pesan, no=no), alamat) if alamat else None


def _bagian_berakhir(berakhir: list[list[Sel]]) -> str:
    judul = escape(terjemah("publikasi.terkini.berakhir_judul"))
    isi = (
        tabel(terjemah("publikasi.terkini.berakhir_judul"), _BERAKHIR, berakhir)
        if berakhir
        else _p(terjemah("publikasi.terkini.berakhir_kosong"))
    )
    penjelasan = _p(terjemah("publikasi.terkini.berakhir_teks"))
    kepala = f'<section id="pengecualian-berakhir">\n<h2{_lang()}>{judul}</h2>'
    return f"{kepala}\n{penjelasan}\n{isi}\n</section>"


def _kosong() -> str:
    return terjemah("publikasi.terkini.kosong")


def _p(teks: str) -> str:
    return f"<p{_lang()}>{escape(teks)}</p>"


def _lang() -> str:
    return "" if bahasa_aktif() == "id" else f' lang="{bahasa_aktif()}"'
