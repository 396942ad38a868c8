"""``[penandatanganan]`` and its sub-tables: where the Atasan PPID's key is (a PKCS#12 file, a
PKCS#11 token, BSrE's service), the PAdES levels and what the signature says. Each key is
declared once, as in :mod:`pipeline.config.bagian`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.deklarasi import SAMA, Jenis, kunci_toml

TINGKAT_PADES = ("B-B", "B-T", "B-LT", "B-LTA")
TEKS_KAKI_BSRE = (
    "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik "
    "yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN"
)


@dataclass(frozen=True)
class Pkcs11:
    """A key on a PKCS#11 token: module, token label, key and certificate labels, PIN source."""

    pustaka: Path = kunci_toml(
        Jenis.TEKS, id="Modul PKCS#11 (.so / .dll) token.", en="The token's PKCS#11 module."
    )
    token: str = kunci_toml(Jenis.TEKS, id="Label token.", en="Token label.")
    kunci: str = kunci_toml(Jenis.TEKS, id="Label kunci di token.", en="Key label on the token.")
    sertifikat: str = kunci_toml(
        Jenis.TEKS,
        "",
        id="Label sertifikat (bawaan: sama dengan kunci).",
        en="Certificate label (default: the key's).",
    )
    pin_env: str = kunci_toml(
        Jenis.TEKS,
        "SIDIK_PIN_PKCS11",
        id="Variabel lingkungan berisi PIN token.",
        en="Environment variable holding the token PIN.",
    )


@dataclass(frozen=True)
class Bsre:
    """BSrE's remote signing service: where it is, who signs, and where secrets come from."""

    url: str = kunci_toml(Jenis.TEKS, id="Alamat layanan BSrE.", en="The BSrE service address.")
    nik: str = kunci_toml(
        Jenis.TEKS,
        id="NIK penanda tangan yang terdaftar di BSrE.",
        en="The signer's NIK as registered with BSrE.",
    )
    pengguna: str = kunci_toml(Jenis.TEKS, "", id="Akun API BSrE.", en="BSrE API account.")
    sandi_api_env: str = kunci_toml(
        Jenis.TEKS,
        "SIDIK_BSRE_SANDI_API",
        id="Variabel lingkungan berisi sandi akun API.",
        en="Environment variable holding the API account's password.",
    )
    passphrase_env: str = kunci_toml(
        Jenis.TEKS,
        "SIDIK_BSRE_PASSPHRASE",
        id="Variabel lingkungan berisi passphrase sertifikat.",
        en="Environment variable holding the certificate passphrase.",
    )
    batas_waktu: float = kunci_toml(
        Jenis.ANGKA,
        60,
        id="Batas waktu satu permintaan, detik.",
        en="Timeout of one request, in seconds.",
    )
    ulangi: int = kunci_toml(
        Jenis.ANGKA,
        3,
        id="Berapa kali kegagalan sementara diulang.",
        en="How many times a transient failure is retried.",
    )


@dataclass(frozen=True)
class TingkatJenis:
    """``[penandatanganan.tingkat_jenis]``: a PAdES level per document type (one key per
    :class:`~pipeline.model.JenisDokumen`); read into ``Penandatanganan.tingkat_jenis``."""

    lembar_uji_konsekuensi: str = kunci_toml(
        Jenis.TEKS, "", id="Tingkat untuk Lembar Pengujian.", en="Level for the test sheets."
    )
    daftar_informasi_dikecualikan: str = kunci_toml(
        Jenis.TEKS, "", id="Tingkat untuk DIK.", en="Level for the DIK."
    )
    surat_keputusan: str = kunci_toml(
        Jenis.TEKS, "", id="Tingkat untuk Surat Keputusan.", en="Level for the decree."
    )
    berita_acara_pengujian_konsekuensi: str = kunci_toml(
        Jenis.TEKS,
        "",
        id="Tingkat untuk Berita Acara Pengujian Konsekuensi.",
        en="Level for the Berita Acara of the consequence test.",
    )


@dataclass(frozen=True)
class KunciPejabat:
    """``[penandatanganan.kunci."NIP"]``: one official's own credential. What is not given here
    comes from ``[penandatanganan]`` (the services' addresses, the PKCS#11 module)."""

    metode: str = kunci_toml(
        Jenis.TEKS,
        "",
        id="Letak kunci pejabat ini (bawaan: metode [penandatanganan]).",
        en="Where this official's key is (default: [penandatanganan] metode).",
    )
    pkcs12: str = kunci_toml(
        Jenis.TEKS,
        "",
        id="Berkas PKCS#12 pejabat ini; wajib untuk pkcs12.",
        en="This official's PKCS#12 file; required for pkcs12.",
    )
    sandi_env: str = kunci_toml(
        Jenis.TEKS,
        "",
        id="Variabel lingkungan sandinya (bawaan: sandi_env [penandatanganan] + _NIP).",
        en="Environment variable of its passphrase (default: [penandatanganan] sandi_env + _NIP).",
    )
    sandi_berkas: str = kunci_toml(
        Jenis.TEKS,
        "",
        id="Berkas sandi; HANYA untuk kunci pengembangan di certs/dev/.",
        en="Passphrase file; ONLY for development keys in certs/dev/.",
    )
    pkcs11: dict[str, str] = kunci_toml(
        Jenis.TABEL_BEBAS,
        {},
        python=None,
        id="token, kunci, sertifikat, pin_env pejabat ini (pustaka dari [penandatanganan.pkcs11]).",
        en="This official's token, kunci, sertifikat, pin_env (pustaka from "
        "[penandatanganan.pkcs11]).",
    )
    bsre: dict[str, str] = kunci_toml(
        Jenis.TABEL_BEBAS,
        {},
        python=None,
        id="nik, passphrase_env pejabat ini (url dan akun API dari [penandatanganan.bsre]).",
        en="This official's nik, passphrase_env (url and API account from [penandatanganan.bsre]).",
    )


@dataclass(frozen=True)
class Penandatanganan:
    """Where the Atasan PPID's key comes from and what the signatures say; other officials'
    own keys in :attr:`kunci`."""

    metode: str = kunci_toml(
        Jenis.TEKS,
        "pkcs12",
        id="Letak kunci: pkcs12 (berkas), pkcs11 (token), bsre (layanan).",
        en="Where the key is: pkcs12 (file), pkcs11 (token), bsre (service).",
    )
    pkcs12: Path = kunci_toml(
        Jenis.TEKS,
        "",
        id="Berkas kunci PKCS#12 (.p12); wajib untuk metode pkcs12.",
        en="PKCS#12 key file (.p12); required with metode pkcs12.",
    )
    sandi_env: str = kunci_toml(
        Jenis.TEKS,
        "SIDIK_SANDI_PKCS12",
        id="Variabel lingkungan berisi sandi PKCS#12.",
        en="Environment variable holding the PKCS#12 passphrase.",
    )
    sandi_berkas: Path | None = kunci_toml(
        Jenis.TEKS,
        "",
        id="Berkas sandi; HANYA untuk kunci pengembangan di certs/dev/.",
        en="Passphrase file; ONLY for the development key under certs/dev/.",
    )
    alasan: str = kunci_toml(
        Jenis.TEKS,
        "Penetapan Daftar Informasi Publik yang Dikecualikan",
        id="Alasan penandatanganan di tanda tangan PDF.",
        en="Signing reason in the PDF signature.",
    )
    lokasi: str = kunci_toml(
        Jenis.TEKS,
        "",
        id="Lokasi penandatanganan di tanda tangan PDF.",
        en="Signing location in the PDF signature.",
    )
    url_verifikasi: str = kunci_toml(
        Jenis.TEKS,
        "",
        id="Alamat di kode QR stempel; {sha256} = SHA-256 PDF sebelum ditandatangani.",
        en="Address in the stamp's QR code; {sha256} = SHA-256 of the PDF before signing.",
    )
    tingkat: str = kunci_toml(
        Jenis.TEKS,
        "B-B",
        python=SAMA,
        id="Tingkat PAdES bawaan: B-B, B-T, B-LT, B-LTA.",
        en="Default PAdES level: B-B, B-T, B-LT, B-LTA.",
    )
    tingkat_jenis: tuple[tuple[str, str], ...] = kunci_toml(
        Jenis.TABEL,
        {},
        python=(),
        tabel=TingkatJenis,
        id="Tingkat PAdES per jenis dokumen (tabel di bawah).",
        en="PAdES level per document type (table below).",
    )
    tsa_url: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id="Server stempel waktu (RFC 3161); wajib untuk selain B-B.",
        en="Timestamp server (RFC 3161); required for levels other than B-B.",
    )
    teks_kaki: str = kunci_toml(
        Jenis.TEKS,
        TEKS_KAKI_BSRE,
        python=SAMA,
        id="Pernyataan tanda tangan elektronik di kaki setiap halaman.",
        en="The electronic-signature statement in every page's footer.",
    )
    pkcs11: Pkcs11 | None = kunci_toml(
        Jenis.TABEL,
        {},
        python=None,
        tabel=Pkcs11,
        id="Tabel token PKCS#11 (di bawah).",
        en="The PKCS#11 token table (below).",
    )
    bsre: Bsre | None = kunci_toml(
        Jenis.TABEL,
        {},
        python=None,
        tabel=Bsre,
        id="Tabel layanan BSrE (di bawah).",
        en="The BSrE service table (below).",
    )

    kunci: tuple[tuple[str, Penandatanganan], ...] = kunci_toml(
        Jenis.TABEL,
        {},
        python=(),
        tabel=KunciPejabat,
        id="Kunci pejabat lain (PPID Pelaksana, anggota Tim, dan Operator yang menyegel "
        'manifest arsip), satu tabel [penandatanganan.kunci."NIP"] per NIP (kuncinya di '
        "bawah); tanpa itu, kunci pengembangan certs/dev/NIP.p12 dari 'sidik pki dev' bila ada.",
        en="Other officials' keys (PPID Pelaksana, Tim members, and the Operator who seals the "
        'archive\'s manifest), one table [penandatanganan.kunci."NIP"] per NIP (its keys '
        "below); without one, the development key certs/dev/NIP.p12 from 'sidik pki dev' if any.",
    )

    def kunci_untuk(self, nip: str) -> Penandatanganan | None:
        """The credential declared for the official with ``nip``, if any."""
        return dict(self.kunci).get(nip)

    def tingkat_untuk(self, jenis: str) -> str:
        """The PAdES level for documents of ``jenis`` (its own, else the default)."""
        return dict(self.tingkat_jenis).get(jenis, self.tingkat)
