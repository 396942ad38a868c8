"""What each template is given for one made-up item: ``templates check`` renders every
template with it (the Berita Acara's context builds on the others', so it lives here, above
both)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.model import Item, JenisDokumen, Keputusan, PutusanRapat, RapatTim, Siklus
from pipeline.stages.berita_acara import konteks_berita_acara
from pipeline.stages.konteks import (
    LAMBANG_CONTOH,
    konteks_daftar,
    konteks_keputusan,
    konteks_lembar,
)


def konteks_contoh(config: Config) -> dict[JenisDokumen, dict[str, Any]]:
    """What each template is given for one made-up item, to check a template by rendering it."""
    item = Item(
        no=1,
        judul="Contoh informasi",
        unit_kerja=config.unit_kerja[0].kode if config.unit_kerja else "",
        pasal17_huruf="j",
        konsekuensi="Contoh konsekuensi.",
        pertimbangan="Contoh pertimbangan.",
        jangka_waktu_tahun=5,
    )
    siklus = Siklus("dik-contoh", date(2026, 1, 2), "0" * 64, "contoh.xlsx", Path())
    rapat = RapatTim(date(2026, 1, 2), (PutusanRapat(item, Keputusan.DIBUKA, "Contoh alasan."),))
    contoh = {
        JenisDokumen.LEMBAR_UJI: konteks_lembar(item, siklus, config, "1"),
        JenisDokumen.DAFTAR: konteks_daftar([item], siklus, config, "2"),
        JenisDokumen.SURAT_KEPUTUSAN: konteks_keputusan([item], siklus, config, "3"),
        JenisDokumen.BERITA_ACARA: konteks_berita_acara(rapat, siklus, config, "4"),
    }
    # a kop with a lambang, so that its branch is checked in an office without one too
    for isi in contoh.values():
        isi["lambang"] = isi.get("lambang") or LAMBANG_CONTOH
    return contoh
