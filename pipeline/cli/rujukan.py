"""``docs/perintah.md``: every command's ``--help``, generated so the reference cannot drift.

Regenerate with ``python -m pipeline.cli.rujukan docs/perintah.md`` (``-`` prints it);
``tests/test_docs.py`` fails when the file differs from what the commands say. The reference
is the Indonesian help; ``sidik --lang en COMMAND --help`` shows its English twin
(:mod:`pipeline.messages.bantuan`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.messages import atur_bahasa

LEBAR = 100  # the help text's width, whatever the terminal that generates it

KEPALA = """# Rujukan perintah sidik

Setiap perintah dengan `--help`-nya, persis seperti yang dicetak `sidik`. Dibuat dari kode
program (`python -m pipeline.cli.rujukan docs/perintah.md`); sebuah uji gagal bila berbeda.
"""


def rujukan() -> str:
    """The reference: the group's help, then every command and subcommand's, in order."""
    from pipeline.cli import cli

    atur_bahasa("id")
    bagian = [KEPALA]
    akar = cli.make_context(
        "sidik", [], resilient_parsing=True, terminal_width=LEBAR, max_content_width=LEBAR
    )
    _jelajahi(cli, akar, ["sidik"], bagian)
    return "\n".join(bagian)


def _jelajahi(
    perintah: click.Command, ctx: click.Context, jalur: list[str], bagian: list[str]
) -> None:
    bagian += [f"## `{' '.join(jalur)}`", "", "```", perintah.get_help(ctx).rstrip(), "```", ""]
    if not isinstance(perintah, click.Group):
        return
    for nama in perintah.list_commands(ctx):
        anak = perintah.get_command(ctx, nama)
        if anak is None or anak.hidden:
            continue
        anak_ctx = click.Context(anak, info_name=nama, parent=ctx)
        _jelajahi(anak, anak_ctx, [*jalur, nama], bagian)


if __name__ == "__main__":  # pragma: no cover - the maintainers' regeneration command
    if sys.argv[1] == "-":
        sys.stdout.write(rujukan())
    else:
        Path(sys.argv[1]).write_text(rujukan(), encoding="utf-8")
