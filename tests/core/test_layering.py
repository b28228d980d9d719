"""core/ must stay free of Qt (and of gui/) so it can be tested and reused without a display."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_core_module_loads_no_qt() -> None:
    # Every folder of core/, not only its top: the parts live in subfolders.
    modules = sorted(
        ".".join(p.relative_to(ROOT / "core").with_suffix("").parts)
        for p in (ROOT / "core").rglob("*.py")
        if p.stem != "__init__"
    )
    assert "chat.client" in modules
    assert "local.server" in modules
    code = (
        "import sys\n"
        + "".join(f"import core.{m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'qasync', 'PyQt5', 'PyQt6', 'gui'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("folder", ["core", "core/chat"])
@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("from PySide6 import QtCore\n\nprint(QtCore)\n", "core/ must not import Qt"),
        ("from gui.theme import Theme\n\nprint(Theme)\n", "core/ must not import gui/"),
    ],
)
def test_ruff_bans_qt_and_gui_imports_in_core(folder: str, code: str, message: str) -> None:
    probe = ROOT / folder / "_layering_probe.py"
    probe.write_text(code)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "TID251", str(probe)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        probe.unlink()
    assert result.returncode == 1
    assert message in result.stdout
