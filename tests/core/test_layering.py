"""core/ must stay free of Qt so it can be tested and reused without a display."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(p.stem for p in (ROOT / "core").glob("*.py") if p.stem != "__init__")
    assert "client" in modules
    code = (
        "import sys\n"
        + "".join(f"import core.{m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'qasync', 'PyQt5', 'PyQt6'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_ruff_bans_qt_imports_in_core(tmp_path: Path) -> None:
    probe = ROOT / "core" / "_layering_probe.py"
    probe.write_text("from PySide6 import QtCore\n\nprint(QtCore)\n")
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
    assert "core/ must not import Qt" in result.stdout
