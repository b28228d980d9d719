"""Make PySide6's check of every imported module cheap (~28 ms of each start-up).

PySide6 supports `from __feature__ import snake_case` per module, so after each import it
asks whether the new module uses PySide: `shibokensupport.feature._mod_uses_pyside` runs
`inspect.getsource(module)` and looks for "PySide6" in it. Through `inspect` and
`linecache` that cost about 0.14 ms for each of the ~200 modules Rivulet's start-up
imports. Reading the file's bytes gives the same answer in a fraction of the time.
Rivulet uses no `__feature__`; the answer still matters to code that does, so it is kept
exact, and any module that is not a plain `.py` file gets PySide's own check.
"""

import sys
from collections.abc import Callable
from types import ModuleType

MARK = "_rivulet_fast_check"


def speed_up_feature_check() -> bool:
    """Install the cheaper check; False when this PySide6 has no such hook (then nothing
    changes). Call it right after importing PySide6, before the app's own modules."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, MARK, original)  # installed, over this one
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
