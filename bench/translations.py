"""What a language costs at start-up: loading Rivulet's catalogue and Qt's own, in fresh
processes, for English (nothing to load) and three catalogues side by side; and the
window's start in German and Arabic against English, interleaved."""

import json
import statistics
import subprocess
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

from bench.startup import RIVULET, ROOT, app_started

LOAD = """
import sys, time
from PySide6.QtWidgets import QApplication
from gui.qt_imports import speed_up_feature_check
speed_up_feature_check()  # as main.create_app does
app = QApplication(sys.argv)
started = time.perf_counter()
from gui.i18n import Translation
imported = time.perf_counter()
Translation(app).apply(sys.argv[1])
done = time.perf_counter()
print(f"{(imported - started) * 1000:.3f} {(done - imported) * 1000:.3f}")
"""

CODES = ("en", "de", "ja", "ar")


def _load(code: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", LOAD, code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout.split()
    return float(out[0]), float(out[1])


def _start(language: str, folder: str) -> float:
    settings = Path(folder) / "settings.json"
    data = json.loads(settings.read_text()) if settings.exists() else {}
    data["language"] = language
    settings.write_text(json.dumps(data))
    with app_started(RIVULET, "1500", folder, folder=folder, signal="ready") as (_proc, ready):
        return ready * 1000


def measure(rounds: int = 5) -> dict[str, float]:
    results: dict[str, float] = {}
    loads: dict[str, list[float]] = {code: [] for code in CODES}
    imports: list[float] = []
    for _ in range(rounds):
        for code in CODES:
            imported, applied = _load(code)
            imports.append(imported)
            loads[code].append(applied)
    results["import_ms"] = statistics.median(imports)
    for code in CODES:
        results[f"apply_{code}_ms"] = statistics.median(loads[code])
    starts: dict[str, list[float]] = {"en": [], "de": [], "ar": []}
    with TemporaryDirectory() as folder:
        _start("en", folder)  # warm the disk cache
        for _ in range(rounds):
            for code, times in starts.items():
                times.append(_start(code, folder))
    for code, times in starts.items():
        results[f"start_{code}_ms"] = statistics.median(times)
    return results


def report(r: dict[str, float]) -> None:
    print("\nLanguages (fresh processes, medians of 5; target: loading a language < 10 ms):")
    print(
        f"  import gui.i18n          {r['import_ms']:6.2f} ms  (in a bare process: mostly PySide's"
        " QLocale and Qt enums, which the window's own modules import anyway)"
    )
    for code in CODES:
        print(f"  apply {code:3}                {r[f'apply_{code}_ms']:6.2f} ms")
    print(
        f"  start to a typeable window: English {r['start_en_ms']:.0f} ms, "
        f"German {r['start_de_ms']:.0f} ms, Arabic {r['start_ar_ms']:.0f} ms"
    )


if __name__ == "__main__":
    from bench.run import a_screen

    with a_screen():
        report(measure())
