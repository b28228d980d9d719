"""The local model server, with malformed report lines and a pile of stop reports printed
before its own, as a broken build (or a library writing to stdout) might.

Tests run it through `LocalEngine(python=...)`, with a launcher script that swaps it in
for `-m core.local.server`; see `launcher` below.
"""

import json
import sys
from pathlib import Path

from core.local import server as local_server

GARBLED = [
    b"not json at all",
    b"\xff\xfe\x00 not even text",
    b"[1, 2, 3]",
    b'{"progress": "half"}',
    b'{"progress": NaN}',
    b'{"progress": 7}',
    b'{"ready": 7}',
    b'{"stopped": {}}',
    b'{"stopped": {"tokens": "many", "ms": 1}}',
    b'{"something": "new"}',
]
STOPS = 100  # more stop reports than the engine keeps


def launcher(folder: Path) -> str:
    """An executable that runs this module instead of `-m core.local.server`."""
    script = folder / "noisy-python"
    script.write_text(
        f'#!/bin/sh\nshift 2\nexec "{sys.executable}" -m tests.support.noisy_local_server "$@"\n'
    )
    script.chmod(0o755)
    return str(script)


def main() -> None:
    out = sys.stdout.buffer
    for line in GARBLED:
        out.write(line + b"\n")
    for tokens in range(STOPS):
        out.write(json.dumps({"stopped": {"tokens": tokens, "ms": 1.5}}).encode() + b"\n")
    out.flush()
    local_server.main(sys.argv[1:])


if __name__ == "__main__":
    main()
