"""Build step: ship the top-level ``templates/*.docx`` inside the wheel as package data.

The repository keeps one copy of the default templates, in ``templates/`` (the layout users
see); building copies them into ``pipeline/templates/`` of the built package, where
``pipeline.ruang.bawaan`` finds them after ``pip install``. Everything else is in
``pyproject.toml``.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BangunDenganTemplat(build_py):
    """``build_py`` that also copies ``templates/*.docx`` into the built ``pipeline``."""

    def run(self) -> None:
        """Build the package, then add the default templates."""
        super().run()
        if self.editable_mode:  # an editable install reads templates/ in place
            return
        tujuan = Path(self.build_lib) / "pipeline" / "templates"
        self.mkpath(str(tujuan))
        for docx in sorted(Path(__file__).parent.joinpath("templates").glob("*.docx")):
            self.copy_file(str(docx), str(tujuan / docx.name))


setup(cmdclass={"build_py": BangunDenganTemplat})
