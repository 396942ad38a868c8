"""The participants' signatures on the Lembar Pengujian Konsekuensi and the Berita Acara
(between SOP steps 3 and 4).

Everyone who tested an item signs its Lembar with their own key, in order — the PPID
Pelaksana of its unit, then each Tim Pertimbangan member who took part — before the Atasan
PPID's "Mengetahui"; everyone present at a meeting of the Tim signs its Berita Acara Pengujian
Konsekuensi in the same order. Each participant's signature is their own act
(:func:`tandatangani_lembar`: ``sidik sign --peran``, the web page), one act signing every
document of the cycle whose turn is theirs, recorded in the ledger as theirs or, where someone
else performed it (``sidik run`` with the development keys), on their behalf. The stage
``peserta`` of a document is current once all of them have signed; the Atasan PPID signs only
then.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline import gangguan
from pipeline.alur import izin
from pipeline.alur import jalan as kerja
from pipeline.alur.aturan_tim import hadir_uji, wajib_hadir
from pipeline.alur.dokumen import simpan_dokumen, ukuran_jendela
from pipeline.alur.hasil import HasilLangkah, Tunggu, hasil_langkah
from pipeline.alur.jalan import Jalan, Lapor, basi, diam, jalan_terkunci, mutlak, prasyarat
from pipeline.config import Config
from pipeline.errors import InputInvalid, StepNotReady
from pipeline.ledger.sop import Langkah, Peran
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.progres import Kemajuan, tanpa_kemajuan

if TYPE_CHECKING:
    from pipeline.alur.rencana import Rencana
    from pipeline.signing.dasar import MintaSandi, Penanda
    from pipeline.stages.lembar import PenandaPeserta
    from pipeline.stages.peserta import HasilPeserta


@dataclass(frozen=True)
class PesertaUji:
    """A participant of the consequence test, in signing order."""

    pejabat: Pejabat
    peran: Peran


@dataclass(frozen=True)
class TtdLembar:
    """What one participant's act did: the stage's result and who signed."""

    hasil: HasilLangkah
    peserta: PesertaUji


@dataclass(frozen=True)
class MenungguPeserta:
    """The participant the cycle's Lembar wait for first, and how many wait for them."""

    peserta: PesertaUji
    dokumen: int


def urutan_peserta(config: Config) -> list[PesertaUji]:
    """Every official who may sign a Lembar, in signing order: the PPID Pelaksana (the
    general one, then each unit's), then the Tim Pertimbangan members as configured."""
    return [
        *(PesertaUji(p, Peran.PPID_PELAKSANA) for p in config.ppid_semua()),
        *(PesertaUji(p, Peran.TIM_PERTIMBANGAN) for p in config.tim_pertimbangan),
    ]


def cari_peserta(
    config: Config, peran: str, nip: str | None, aktor_nip: Collection[str] = ()
) -> PesertaUji:
    """The participant of role ``peran`` with ``nip``; without it, the role's only official or
    the one the actor is (``aktor_nip``). Refused with the officials of that role otherwise."""
    calon = [p for p in urutan_peserta(config) if p.peran.value == peran]
    dipilih = [p for p in calon if nip in (None, p.pejabat.nip)]
    if nip is None and len(dipilih) > 1:
        dipilih = [p for p in dipilih if p.pejabat.nip in aktor_nip]
    if len(dipilih) != 1:
        pilihan = ", ".join(f"{p.pejabat.nama} (NIP {p.pejabat.nip})" for p in calon)
        raise InputInvalid("peserta.tidak_dikenal", peran=peran, nip=nip or "-", pilihan=pilihan)
    return dipilih[0]


def hadir_peserta(j: Jalan) -> PenandaPeserta:
    """Who took part in each item's test: the Tim members who decided on it (all of them
    where the team's decision was recorded as one, without the members' own), those the
    team rule requires, and who was present at each meeting (by its Berita Acara's name)."""
    from pipeline.alur.rapat import rapat_tim
    from pipeline.stages.lembar import PenandaPeserta
    from pipeline.stages.nama_dokumen import nama_berita_acara

    tim = j.config.tim_pertimbangan
    semua_item = j.buku.items(j.siklus.id, semua=True)
    items = [c for c in semua_item if c.aktif]
    rapat = rapat_tim(j.buku, j.siklus.id, {c.item.no: c.item for c in semua_item})
    diputus = {c.item.no for c in items if c.keputusan is not None}
    ikut = hadir_uji(tim, j.buku.suara(j.siklus.id), diputus)
    semua = [p.nip for p in tim]
    hadir = {c.item.no: ikut.get(c.item.no, semua) for c in items}
    wajib = [p.nip for p in wajib_hadir(j.config.alur.aturan_tim, tim)]
    return PenandaPeserta({}, hadir, wajib, {nama_berita_acara(r): r for r in rapat})


def tandatangani_lembar(
    config: Config,
    peran: str,
    nip: str | None = None,
    siklus_id: str | None = None,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = diam,
    penanda: Penanda | None = None,
    kemajuan: Kemajuan = tanpa_kemajuan,
) -> TtdLembar:
    """One participant's own act: sign every Lembar of the cycle whose turn is theirs.

    Refused before the team has decided every item (who took part is not known yet), and for
    an actor who may not act for this participant (``[alur] tindakan_pribadi``). The result
    says how many were signed and, in ``tunggu``, whom the cycle's Lembar wait for next.
    """
    with jalan_terkunci(config, siklus_id, lapor, kemajuan) as j:
        aktor = kerja.aktor_dari(j.buku, config)
        p = cari_peserta(config, peran, nip, aktor.nip)
        r = kerja.rencana_terpisah(j)
        tinjauan_lengkap(j)
        prasyarat(j, r, "peserta")
        izin.pastikan_pejabat(aktor, p.pejabat, config)
        hasil: list[HasilPeserta] = []
        if basi(j, r, "peserta"):
            semula = pastikan_giliran(j, r, p)
            penanda = penanda or penanda_peserta(config, p.pejabat, minta_sandi, j.lapor)
            hasil = _gabung(semula, giliran_dokumen(j, r, p, penanda, _menunggu(semula, p)))
        n = sum(len(h.ttd) for h in hasil)
        tunggu = sebagai_tunggu(j, pertama_ditunggu(config, hasil))
        return TtdLembar(hasil_langkah(j, "peserta", n, tunggu), p)


def pastikan_giliran(j: Jalan, r: Rencana, p: PesertaUji) -> list[HasilPeserta]:
    """Refuse ``p``'s signature while the Lembar wait for someone before them (in signing
    order) and none for ``p``: nobody signs ahead of their turn. Returns every incomplete
    document's outcome as it stands (:func:`giliran_dokumen`)."""
    semula = giliran_dokumen(j, r, None, None)
    tunggu = [h for h in semula if h.menunggu is not None]
    if tunggu and not any(h.menunggu and h.menunggu.pejabat == p.pejabat for h in tunggu):
        m = pertama_ditunggu(j.config, tunggu)
        assert m is not None
        if _sebelum(j.config, m.peserta, p):
            raise StepNotReady(
                "lembar.bukan_giliran_peserta",
                nama=p.pejabat.nama,
                giliran=m.peserta.pejabat.nama,
                peran=terjemah(f"peran.{m.peserta.peran.value}"),
                jumlah=m.dokumen,
            )
    return semula


def _menunggu(hasil: Sequence[HasilPeserta], p: PesertaUji) -> list[str]:
    """The documents of ``hasil`` that wait for ``p``'s signature: the only ones their act
    needs to open again."""
    return [h.dokumen.nama for h in hasil if h.menunggu and h.menunggu.pejabat == p.pejabat]


def _gabung(lama: Sequence[HasilPeserta], baru: Sequence[HasilPeserta]) -> list[HasilPeserta]:
    """``lama`` with the documents ``baru`` looked at again replaced by their new outcome."""
    return list(({h.dokumen.nama: h for h in lama} | {h.dokumen.nama: h for h in baru}).values())


def _sebelum(config: Config, a: PesertaUji, b: PesertaUji) -> bool:
    urutan = [p.pejabat.nip for p in urutan_peserta(config)]
    return urutan.index(a.pejabat.nip) < urutan.index(b.pejabat.nip)


def tandatangani_semua(j: Jalan, r: Rencana, minta_sandi: MintaSandi | None) -> Tunggu | None:
    """``sidik run``: each participant in turn signs the Lembar that wait for them, where the
    run's actor may act for them (on their behalf, recorded as such); else the run stops and
    says whom the Lembar wait for.

    The participants who sign are those the loop "the first awaited, while the actor may act
    for them" reaches (:func:`penanda_tangan_run`); their keys are loaded (each checked) first,
    then every document waiting for them is read once and signed by each of them in turn
    (:func:`giliran_bersama`)."""
    from pipeline.signing.dasar import PenandaLokal

    hasil = giliran_dokumen(j, r, None, None)
    rantai = penanda_tangan_run(j, hasil)
    penanda: dict[str, tuple[PesertaUji, Penanda]] = {}
    try:
        for p in rantai:
            penanda[p.pejabat.nip] = (p, penanda_peserta(j.config, p.pejabat, minta_sandi, j.lapor))
        if penanda:
            hasil = _gabung(hasil, giliran_bersama(j, r, penanda, _menunggu_semua(hasil, rantai)))
    finally:
        for _, pn in penanda.values():
            if isinstance(pn, PenandaLokal):
                pn.tutup()
    return sebagai_tunggu(j, pertama_ditunggu(j.config, hasil))


def penanda_tangan_run(j: Jalan, hasil: Sequence[HasilPeserta]) -> list[PesertaUji]:
    """The participants ``sidik run`` signs for, in signing order: taking the first one some
    document waits for, while the run's actor may act for them; each document's participants
    follow the signing order, so that is every participant some document waits for before
    the first such one the actor may not act for."""
    aktor = kerja.aktor_dari(j.buku, j.config)
    ditunggu = {p.pejabat.nip for h in hasil for p in h.belum}
    rantai = []
    for p in urutan_peserta(j.config):
        if p.pejabat.nip not in ditunggu:
            continue
        if not izin.boleh_pejabat(aktor, p.pejabat, j.config):
            break
        rantai.append(p)
    return rantai


def _menunggu_semua(hasil: Sequence[HasilPeserta], rantai: Sequence[PesertaUji]) -> list[str]:
    """The documents of ``hasil`` that wait for a signature of one of ``rantai``: the only
    ones their pass needs to open again."""
    nip = {p.pejabat.nip for p in rantai}
    return [h.dokumen.nama for h in hasil if any(p.pejabat.nip in nip for p in h.belum)]


def tinjauan_lengkap(j: Jalan) -> None:
    """Refuse to sign while an item waits for the team's decision."""
    belum = j.buku.items_berkeputusan(j.siklus.id, None)
    if belum:
        raise StepNotReady("alur.tinjauan_belum", siklus=j.siklus.id, jumlah=len(belum))


def penanda_peserta(
    config: Config, pejabat: Pejabat, minta_sandi: MintaSandi | None, lapor: Lapor = diam
) -> Penanda:
    """``pejabat``'s own signer, its certificate checked (theirs, fit to sign) first; a
    revocation status that could not be checked is told to ``lapor``."""
    from pipeline.signing.penanda import penanda_siap

    return penanda_siap(config, minta_sandi, lapor, pejabat)


def giliran_dokumen(
    j: Jalan,
    r: Rencana,
    peserta: PesertaUji | None,
    penanda: Penanda | None,
    hanya: Collection[str] | None = None,
) -> list[HasilPeserta]:
    """``peserta`` signs each Lembar whose turn is theirs (None: nobody signs, the complete
    ones are only recorded); returns every incomplete document's outcome. See
    :func:`giliran_bersama`."""
    sendiri = {peserta.pejabat.nip: (peserta, penanda)} if peserta and penanda else {}
    return giliran_bersama(j, r, sendiri, hanya)


def giliran_bersama(
    j: Jalan,
    r: Rencana,
    penanda: Mapping[str, tuple[PesertaUji, Penanda]],
    hanya: Collection[str] | None = None,
) -> list[HasilPeserta]:
    """Each participant of ``penanda`` (by NIP: who, and their signer) signs each Lembar when
    their turn comes, in order, each document read once for all of them (empty: nobody signs,
    the complete ones are only recorded); returns every incomplete document's outcome. Each
    signature is an event of its participant's; a Lembar (or a document without
    participants) that waits for nobody but the Atasan PPID is recorded as stage ``peserta``.
    ``hanya``: open only these documents (those a look found waiting for them). Before a
    window of documents is looked at, signatures a crash left unrecorded are recorded as
    recovered (:func:`pipeline.alur.pulih_peserta.pulihkan`)."""
    from pipeline.alur.pulih_peserta import pulihkan
    from pipeline.stages.peserta import tandatangani_giliran

    prasyarat(j, r, "peserta")
    nama = basi(j, r, "peserta")
    if hanya is not None:
        dibuka = set(hanya)
        nama = [n for n in nama if n in dibuka]
    if not nama:
        return []
    hadir = hadir_peserta(j)
    if penanda:
        siapa = "; ".join(p.pejabat.nama for p, _ in penanda.values())
        pesan = "langkah.peserta" if len(penanda) == 1 else "langkah.peserta_bersama"
        j.lapor(terjemah(pesan, nama=siapa, jumlah=len(nama)))
        gangguan.titik("peserta.mulai")
    semua: list[HasilPeserta] = []
    ukuran = ukuran_jendela(len(nama))
    for a in range(0, len(nama), ukuran):
        bagian = nama[a : a + ukuran]
        masuk = j.buku.dokumen(j.siklus.id, "paraf", bagian)
        dokumen = [mutlak(j, masuk[n].dokumen) for n in bagian]
        pulihkan(j, dokumen, {n: masuk[n].sha256 for n in bagian}, hadir, bool(penanda))
        lapor = j.pelapor("peserta", len(nama), awal=a) if penanda else None
        tercatat = berkas_tercatat(j, bagian) if penanda else {}
        sendiri = {nip: pn for nip, (_, pn) in penanda.items()}
        hasil = tandatangani_giliran(dokumen, j.siklus, j.config, hadir, sendiri, lapor, tercatat)
        if penanda:
            gangguan.titik("peserta.catat")
        with j.buku.transaksi():
            for h in hasil:
                _catat(j, r, h, masuk[h.dokumen.nama].sha256)
        semua += (h for h in hasil if not h.lengkap or h.ttd)
    if penanda:
        gangguan.titik("peserta.selesai")
    return semua


def berkas_tercatat(j: Jalan, nama: Sequence[str]) -> dict[str, str]:
    """Each of the documents ``nama``'s file as the last recorded act left it (SHA-256): its
    last participant's signature, else its paraf (see
    :func:`pipeline.stages.paraf_ttd.periksa_paraf_semua`)."""
    ttd = j.buku.ttd_peserta_terakhir(j.siklus.id)
    paraf = j.buku.dokumen(j.siklus.id, "paraf", nama)
    return {n: ttd.get(n, paraf[n].sha256) for n in nama if n in ttd or n in paraf}


def _catat(j: Jalan, r: Rencana, h: HasilPeserta, masuk: str) -> None:
    """Record one document's outcome: each participant's signature as their own event, in
    the role of the field they signed (in signing order), and the stage once the document
    waits for nobody but the Atasan PPID."""
    for t in h.ttd:
        siapa = t.penanda_tangan  # as the certificate names them
        kerja.catat(
            j.buku,
            j.config,
            j.siklus.id,
            Langkah.TINJAU,
            "ttd_peserta",
            h.dokumen.item_no,
            t.sha256_masuk,
            t.sha256,
            h.dokumen.nama,
            oleh=f"{siapa.nama} (NIP {siapa.nip})",
            peran=Peran(t.peran),
        )
    if h.lengkap:
        simpan_dokumen(j, r, "peserta", h.dokumen, masuk=masuk)


def tunggu_peserta(j: Jalan, r: Rencana) -> MenungguPeserta | None:
    """Whom the cycle's Lembar wait for first (in signing order) and how many; None when
    every Lembar is signed by all its participants (or not yet initialled). Records the
    complete ones."""
    if basi(j, r, "paraf"):
        return None
    return pertama_ditunggu(j.config, giliran_dokumen(j, r, None, None))


def pertama_ditunggu(config: Config, hasil: Sequence[HasilPeserta]) -> MenungguPeserta | None:
    """The first participant in signing order some of ``hasil`` wait for, and how many."""
    for p in urutan_peserta(config):
        jumlah = sum(1 for h in hasil if h.menunggu and h.menunggu.pejabat == p.pejabat)
        if jumlah:
            return MenungguPeserta(p, jumlah)
    return None


def pastikan_lengkap(j: Jalan, r: Rencana) -> None:
    """Record what is complete; refuse the Atasan PPID's signature while a Lembar still
    waits for a participant's (naming them)."""
    tunggu = tunggu_peserta(j, r)
    if tunggu is not None:
        raise StepNotReady(
            "lembar.menunggu_peserta",
            siklus=j.siklus.id,
            jumlah=tunggu.dokumen,
            nama=tunggu.peserta.pejabat.nama,
            peran=terjemah(f"peran.{tunggu.peserta.peran.value}"),
            kode_peran=tunggu.peserta.peran.value,
            nip=tunggu.peserta.pejabat.nip,
        )


def sebagai_tunggu(j: Jalan, m: MenungguPeserta | None) -> Tunggu | None:
    """What a run or an act says when the Lembar wait for a participant's signature."""
    if m is None:
        return None
    p = m.peserta
    return Tunggu(
        j.siklus,
        "tanda_tangan_peserta",
        (),
        m.dokumen,
        p.pejabat.nama,
        peran=p.peran.value,
        nip=p.pejabat.nip,
    )
