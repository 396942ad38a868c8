"""Every official signs with their own key (issue 22): ``sidik pki dev`` issues one for each
official who signs (and for the Operator, who seals the archive's manifest),
``[penandatanganan.kunci."NIP"]`` declares an official's own key, and
:func:`penanda_untuk` refuses a key whose certificate names someone else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from pipeline.config import muat
from pipeline.errors import ConfigInvalid, ExitCode, SigningFailed
from pipeline.signing.penanda import kredensial, penanda_terperiksa, penanda_untuk
from tests.bantu.cli import sidik_di

PPID = "000000000000000001"  # Andi Teladan, the main PPID Pelaksana
PPID_DAFDUK = "000000000000000002"  # Dewi Contoh, the DAFDUK unit's own
TIM = ("000000000000000005", "000000000000000006")
OPERATOR = "000000000000000004"  # Rudi Contoh, who seals the archive's manifest


def _sertifikat_p12(p12: Path) -> x509.Certificate:
    sandi = p12.with_suffix(".sandi").read_bytes().strip()
    _, sertifikat, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), sandi)
    assert sertifikat is not None
    return sertifikat


def _atribut(sertifikat: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    return str(sertifikat.subject.get_attributes_for_oid(oid)[0].value)


def _tambah(ruang: Path, teks: str) -> Path:
    berkas = ruang / "sidik.toml"
    berkas.write_text(berkas.read_text(encoding="utf-8") + teks, encoding="utf-8")
    return berkas


def test_pki_dev_menerbitkan_kunci_untuk_setiap_pejabat_penanda_tangan(ruang_kerja: Path) -> None:
    hasil = sidik_di(ruang_kerja, "pki", "dev")
    assert hasil.exit_code == 0, hasil.stderr
    dev = ruang_kerja / "certs" / "dev"
    config = muat(ruang_kerja / "sidik.toml")
    assert hasil.stdout.splitlines() == [
        f"PKI pengembangan dibuat: akar {dev / 'root-ca.pem'}, kunci penandatangan "
        f"{dev / 'atasan_ppid.p12'}.",
        f"  kunci Sekretaris selaku PPID Pelaksana Andi Teladan, S.E.: {dev / (PPID + '.p12')}",
        "  kunci Kepala Bidang Pelayanan Pendaftaran Penduduk Dewi Contoh, S.Sos.: "
        f"{dev / (PPID_DAFDUK + '.p12')}",
        "  kunci Kepala Subbagian Umum dan Kepegawaian Maya Contoh, S.H.: "
        f"{dev / (TIM[0] + '.p12')}",
        "  kunci Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan Yusuf Contoh, "
        f"S.Kom.: {dev / (TIM[1] + '.p12')}",
        "  kunci Petugas Informasi / Operator PPID Rudi Contoh, A.Md.: "
        f"{dev / (OPERATOR + '.p12')}",
    ]
    akar = x509.load_pem_x509_certificate((dev / "root-ca.pem").read_bytes())
    pejabat = [
        config.ppid_pelaksana,
        config.pemeriksa("DAFDUK"),
        *config.tim_pertimbangan,
        config.operator,
    ]
    for p, berkas in [(config.atasan_ppid, "atasan_ppid"), *[(p, p.nip) for p in pejabat]]:
        sertifikat = _sertifikat_p12(dev / f"{berkas}.p12")
        assert _atribut(sertifikat, NameOID.COMMON_NAME) == p.nama
        assert _atribut(sertifikat, NameOID.SERIAL_NUMBER) == f"NIP:{p.nip}"
        assert _atribut(sertifikat, NameOID.TITLE) == p.jabatan[:64]  # X.520 upper bound
        sertifikat.verify_directly_issued_by(akar)  # all under the one dev root
        assert (dev / f"{berkas}.sandi").stat().st_mode & 0o077 == 0
        assert (dev / f"{berkas}.p12").stat().st_mode & 0o077 == 0


def test_pki_dev_lama_dilengkapi_tanpa_menimpa_kunci(ruang_kerja: Path) -> None:
    # a workspace whose dev PKI predates keys per official (the Atasan's alone), then a member
    # added to the team: 'sidik pki dev' issues the missing keys under a new root appended to
    # root-ca.pem; no existing file changes, old and new keys are both trusted
    from pipeline.signing import devpki

    config = muat(ruang_kerja / "sidik.toml")
    dev = ruang_kerja / "certs" / "dev"
    devpki.buat_pki_dev(dev, config.atasan_ppid, config.instansi.dinas)  # as before issue 22
    sebelum = {p.name: p.read_bytes() for p in dev.iterdir()}
    hasil = sidik_di(ruang_kerja, "pki", "dev")
    assert hasil.exit_code == 0, hasil.stderr
    assert hasil.stdout.splitlines()[0] == (
        "Kunci pengembangan ditambahkan untuk pejabat yang belum memilikinya, dari akar baru "
        f"yang ditambahkan ke {dev / 'root-ca.pem'} (kunci yang sudah ada tidak diubah):"
    )
    assert (
        len(hasil.stdout.splitlines()) == 6
    )  # the four officials besides the Atasan, the Operator
    akar = (dev / "root-ca.pem").read_bytes()
    assert akar.startswith(sebelum["root-ca.pem"]) and akar != sebelum["root-ca.pem"]
    assert all((dev / n).read_bytes() == b for n, b in sebelum.items() if n != "root-ca.pem")
    teks = (ruang_kerja / "sidik.toml").read_text(encoding="utf-8")
    anggota = (
        '[[pejabat.tim_pertimbangan]]\nnama = "Rina Baru, S.H."\njabatan = "Kepala Seksi"\n'
        'nip = "000000000000000007"\n\n[pejabat.atasan_ppid]'
    )
    (ruang_kerja / "sidik.toml").write_text(
        teks.replace("[pejabat.atasan_ppid]", anggota, 1), encoding="utf-8"
    )
    lagi = sidik_di(ruang_kerja, "pki", "dev")
    assert lagi.exit_code == 0, lagi.stderr
    assert lagi.stdout.splitlines()[1:] == [
        f"  kunci Kepala Seksi Rina Baru, S.H.: {dev / '000000000000000007.p12'}"
    ]
    config = muat(ruang_kerja / "sidik.toml")
    for pejabat in (config.atasan_ppid, config.ppid_pelaksana, config.tim_pertimbangan[2]):
        _, cek = penanda_terperiksa(config, pejabat=pejabat)  # each chains to a trusted root
        assert cek is not None and not cek.gagal()
    assert sidik_di(ruang_kerja, "pki", "dev").stdout.startswith("PKI pengembangan sudah ada")


def test_setiap_pejabat_menandatangani_dengan_kuncinya_sendiri(ruang_dengan_pki: Path) -> None:
    config = muat(ruang_dengan_pki / "sidik.toml")
    dev = ruang_dengan_pki / "certs" / "dev"
    assert kredensial(config, config.atasan_ppid).pkcs12 == dev / "atasan_ppid.p12"
    semua = [config.ppid_pelaksana, config.pemeriksa("DAFDUK"), *config.tim_pertimbangan]
    for pejabat in [*semua, config.operator]:
        assert kredensial(config, pejabat).pkcs12 == dev / f"{pejabat.nip}.p12"
        penanda = penanda_untuk(config, pejabat)
        assert (penanda.identitas.nama, penanda.identitas.nip) == (pejabat.nama, pejabat.nip)
        assert penanda.identitas.jabatan == pejabat.jabatan
    penanda, hasil = penanda_terperiksa(config, pejabat=config.tim_pertimbangan[1])
    assert hasil is not None and not hasil.gagal()


def test_kunci_yang_dinyatakan_untuk_pejabat_dipakai(
    ruang_dengan_pki: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a real key elsewhere, its passphrase from the official's own environment variable
    dev = ruang_dengan_pki / "certs" / "dev"
    kunci = shutil.copy(dev / f"{PPID}.p12", tmp_path / "andi.p12")
    monkeypatch.setenv("SANDI_ANDI", (dev / f"{PPID}.sandi").read_text().strip())
    berkas = _tambah(
        ruang_dengan_pki,
        f'\n[penandatanganan.kunci."{PPID}"]\npkcs12 = "{kunci}"\nsandi_env = "SANDI_ANDI"\n',
    )
    config = muat(berkas)
    ttd = kredensial(config, config.ppid_pelaksana)
    assert (ttd.metode, ttd.pkcs12, ttd.sandi_env, ttd.sandi_berkas) == (
        "pkcs12",
        tmp_path / "andi.p12",
        "SANDI_ANDI",
        None,
    )
    assert ttd.alasan == config.penandatanganan.alasan  # the rest as [penandatanganan]
    assert penanda_untuk(config, config.ppid_pelaksana).identitas.nip == PPID


def test_sertifikat_dengan_nip_lain_ditolak_menyebut_keduanya(ruang_dengan_pki: Path) -> None:
    # the main PPID Pelaksana's key declared as Dewi's file: her certificate, another NIP
    dev = ruang_dengan_pki / "certs" / "dev"
    berkas = _tambah(
        ruang_dengan_pki,
        f'\n[penandatanganan.kunci."{PPID}"]\npkcs12 = "certs/dev/{PPID_DAFDUK}.p12"\n'
        f'sandi_berkas = "certs/dev/{PPID_DAFDUK}.sandi"\n',
    )
    config = muat(berkas)
    assert (dev / f"{PPID_DAFDUK}.p12").is_file()
    for buat in (
        lambda: penanda_untuk(config, config.ppid_pelaksana),
        lambda: penanda_terperiksa(config, pejabat=config.ppid_pelaksana),
    ):
        with pytest.raises(SigningFailed) as e:
            buat()
        assert e.value.code is ExitCode.SIGNING_FAILED
        assert e.value.pesan("id") == (
            "Sertifikat penandatangan atas nama Dewi Contoh, S.Sos. (NIP 000000000000000002) "
            "bukan milik Sekretaris selaku PPID Pelaksana di sidik.toml, Andi Teladan, S.E. (NIP "
            "000000000000000001); tidak ada dokumen yang ditandatangani. Pasang kunci pejabat "
            'itu ([penandatanganan.kunci."000000000000000001"]), atau perbaiki nama dan NIP-nya '
            "di sidik.toml."
        )


def test_kunci_pengembangan_pejabat_hilang_disebut(ruang_dengan_pki: Path) -> None:
    (ruang_dengan_pki / "certs" / "dev" / f"{TIM[0]}.p12").unlink()
    config = muat(ruang_dengan_pki / "sidik.toml")
    with pytest.raises(SigningFailed) as e:
        penanda_untuk(config, config.tim_pertimbangan[0])
    berkas = ruang_dengan_pki / "certs" / "dev" / f"{TIM[0]}.p12"
    assert e.value.pesan("id") == (
        "Kunci pengembangan Kepala Subbagian Umum dan Kepegawaian Maya Contoh, S.H. (NIP "
        f"{TIM[0]}) tidak ada: {berkas}. Jalankan 'sidik pki dev', atau nyatakan kuncinya di "
        f'[penandatanganan.kunci."{TIM[0]}"].'
    )


def test_tanpa_kunci_dev_pejabat_harus_dinyatakan(ruang_kerja: Path) -> None:
    # the Atasan's key on a token: the others' keys are not guessed from certs/dev/
    teks = (ruang_kerja / "sidik.toml").read_text(encoding="utf-8")
    teks = teks.replace('metode = "pkcs12"', 'metode = "pkcs11"', 1)
    teks += '\n[penandatanganan.pkcs11]\npustaka = "/usr/lib/softhsm/libsofthsm2.so"\n'
    teks += 'token = "sidik"\nkunci = "atasan"\n'
    (ruang_kerja / "sidik.toml").write_text(teks, encoding="utf-8")
    config = muat(ruang_kerja / "sidik.toml")
    with pytest.raises(SigningFailed) as e:
        kredensial(config, config.tim_pertimbangan[1])
    assert e.value.pesan("id") == (
        "Tidak ada kunci untuk Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan "
        f'Yusuf Contoh, S.Kom. (NIP {TIM[1]}): nyatakan kuncinya di [penandatanganan.kunci."'
        f'{TIM[1]}"] sidik.toml.'
    )


def test_kunci_token_pejabat_memakai_pustaka_bersama(ruang_kerja: Path) -> None:
    teks = (ruang_kerja / "sidik.toml").read_text(encoding="utf-8")
    teks = teks.replace('metode = "pkcs12"', 'metode = "pkcs11"', 1)
    teks += '\n[penandatanganan.pkcs11]\npustaka = "/usr/lib/softhsm/libsofthsm2.so"\n'
    teks += 'token = "sidik"\nkunci = "atasan"\n'
    teks += f'\n[penandatanganan.kunci."{TIM[0]}"]\npkcs11 = {{ token = "maya", kunci = "ttd" }}\n'
    teks += f'\n[penandatanganan.kunci."{TIM[1]}"]\nmetode = "bsre"\n'
    teks += 'bsre = { url = "http://127.0.0.1:9/", nik = "6112345678900001" }\n'
    (ruang_kerja / "sidik.toml").write_text(teks, encoding="utf-8")
    config = muat(ruang_kerja / "sidik.toml")
    maya = kredensial(config, config.tim_pertimbangan[0]).pkcs11
    assert maya is not None
    assert (maya.pustaka, maya.token, maya.kunci, maya.sertifikat, maya.pin_env) == (
        Path("/usr/lib/softhsm/libsofthsm2.so"),
        "maya",
        "ttd",
        "ttd",
        "SIDIK_PIN_PKCS11",
    )
    yusuf = kredensial(config, config.tim_pertimbangan[1])
    assert yusuf.metode == "bsre" and yusuf.bsre is not None
    assert (yusuf.bsre.url, yusuf.bsre.nik) == ("http://127.0.0.1:9", "6112345678900001")
    assert config.penandatanganan.pkcs11 is not None
    assert config.penandatanganan.pkcs11.token == "sidik"  # the Atasan's own, unchanged


@pytest.mark.parametrize(
    ("tabel", "pesan"),
    [
        (
            '[penandatanganan.kunci."123"]\npkcs12 = "a.p12"\n',
            """'penandatanganan.kunci."123"' tidak sah: NIP harus 18 angka""",
        ),
        (
            f'[penandatanganan.kunci."{PPID}"]\nsandi_env = "X"\n',
            f"""kunci wajib 'penandatanganan.kunci."{PPID}".pkcs12' tidak ada""",
        ),
        (
            f'[penandatanganan.kunci."{PPID}"]\npkcs12 = "a.p12"\nwarna = "biru"\n',
            f"""'penandatanganan.kunci."{PPID}".warna' tidak dikenal""",
        ),
        (
            f'[penandatanganan.kunci."{PPID}"]\nmetode = "usb"\n',
            f"""'penandatanganan.kunci."{PPID}".metode' tidak sah""",
        ),
        (
            f'[penandatanganan.kunci."{PPID}"]\npkcs12 = "/kunci/a.p12"\n'
            'sandi_berkas = "/kunci/a.sandi"\n',
            f"""'penandatanganan.kunci."{PPID}".sandi_berkas' tidak sah""",
        ),
        (
            f'[penandatanganan.kunci."{PPID}"]\nmetode = "pkcs11"\n',
            "kunci wajib 'penandatanganan.kunci.\"" + PPID + "\".pkcs11.pustaka' tidak ada",
        ),
    ],
)
def test_kunci_pejabat_yang_salah_disebut_namanya(
    ruang_kerja: Path, tabel: str, pesan: str
) -> None:
    with pytest.raises(ConfigInvalid) as e:
        muat(_tambah(ruang_kerja, "\n" + tabel))
    assert e.value.code is ExitCode.CONFIG_INVALID
    assert pesan in e.value.pesan("id")


def test_berkas_akar_boleh_memuat_beberapa_akar(ruang_dengan_pki: Path, tmp_path: Path) -> None:
    # the officials' dev keys and, say, the Atasan's key from another CA: both roots trusted
    # from one PEM file (a bundle); a file without a certificate is refused by name
    from pipeline.sertifikat import muat_akar
    from tests.bantu.pki_sederhana import buat_akar

    dev = ruang_dengan_pki / "certs" / "dev" / "root-ca.pem"
    lain = buat_akar("Akar Lain").pem(tmp_path / "lain.pem")
    bundel = tmp_path / "bundel.pem"
    bundel.write_bytes(lain.read_bytes() + dev.read_bytes())
    nama = [a.subject.native["common_name"] for a in muat_akar([bundel])]
    assert nama == ["Akar Lain", "sidik Dev Root CA (BUKAN UNTUK PRODUKSI)"]
    kosong = tmp_path / "kosong.pem"
    kosong.write_bytes(b"")
    with pytest.raises(ConfigInvalid) as e:
        muat_akar([kosong])
    assert str(kosong) in e.value.pesan("id")
