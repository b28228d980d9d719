"""Start the real app in its own process, driven by one of the scripts in tests/support."""

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def spawn_app(
    driver_module: str, server_url: str, arguments: Sequence[str] = ()
) -> "subprocess.Popen[str]":
    """Run `python -m driver_module` offscreen against `server_url`; stdout/stderr are pipes."""
    env = dict(os.environ, TEST_SERVER_URL=server_url, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", driver_module, *arguments],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
