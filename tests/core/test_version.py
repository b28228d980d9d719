"""The version is kept in one place: core/version.py, which pyproject.toml reads."""

import re
import tomllib
from pathlib import Path

from core.version import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_reads_the_version_from_core_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"]  # a second copy would drift
    assert project["project"]["dynamic"] == ["version"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "core.version.__version__"}


def test_the_version_is_a_release_number() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+([ab]\d+|rc\d+)?", __version__)
