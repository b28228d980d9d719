"""Windows' socket handoff, in the parts that run anywhere: the stdin line and its failures.

`socket.share`/`fromshare` exist only on Windows; these check the line that carries their
bytes, that reading it leaves stdin to signal the server's end, what a server hears when
the line never comes, and that the socket is shared with the server's own process.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.local.engine import past_venv_launcher
from core.local.socket_handoff import read_shared, share_line

ROOT = Path(__file__).resolve().parents[3]
# The size of WSAPROTOCOL_INFOW, which `socket.share` returns; any byte may be a newline.
SHARED = bytes(range(256)) * 2 + b"\n\r\x00" * 38 + b"\n\n"


def test_the_shared_bytes_survive_the_line_whatever_they_hold() -> None:
    line = share_line(SHARED)
    assert line.count(b"\n") == 1 and line.endswith(b"\n")
    assert read_shared(io.BytesIO(line)) == SHARED
    assert read_shared(io.BytesIO(line.replace(b"\n", b"\r\n"))) == SHARED  # text-mode pipes


def test_reading_the_line_leaves_stdin_to_say_when_the_app_is_gone() -> None:
    # A real pipe, read as the server reads its stdin: the line, then to the end.
    read_end, write_end = os.pipe()
    with open(read_end, "rb") as stdin:
        os.write(write_end, share_line(SHARED))
        assert read_shared(stdin) == SHARED
        os.close(write_end)  # the app quits
        assert stdin.read() == b""  # so the server's wait ends


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"", "never came"),  # the app died before writing it
        (share_line(SHARED)[:-20], "never came"),  # ...or while writing it
        (b"\n", "unreadable"),
        (b"not base64 at all!\n", "unreadable"),
        (b"x" * 10_000 + b"\n", "unreadable"),  # not read whole into memory
    ],
)
def test_a_missing_or_broken_line_is_a_plain_error(line: bytes, expected: str) -> None:
    with pytest.raises(ValueError, match=expected):
        read_shared(io.BytesIO(line))


def test_a_server_whose_socket_never_comes_says_so_and_ends(tmp_path: Path) -> None:
    command = ["-m", "core.local.server", "--model", str(tmp_path / "m.gguf"), "--name", "m"]
    server = subprocess.run(
        [sys.executable, *command, "--socket-share"],
        check=False,
        input=b"",  # the app closed its end before the handoff
        capture_output=True,
        cwd=ROOT,
        timeout=30,
    )
    assert server.returncode == 0
    report = json.loads(server.stdout)
    assert report == {
        "failed": "The local model could not start: its connection never came from the app."
    }
    assert b"Traceback" not in server.stderr


def test_a_venv_launcher_is_bypassed_so_the_socket_goes_to_the_server_itself() -> None:
    venv, base = r"C:\app\.venv\Scripts\python.exe", r"C:\Python312\python.exe"
    command = [venv, "-m", "core.local.server", "--model", "m.gguf"]
    env = {"RIVULET_LOCAL_TOKEN": "t"}
    bypassed, bypassed_env = past_venv_launcher(command, env, venv, base)
    assert bypassed == [base, "-m", "core.local.server", "--model", "m.gguf"]
    # The real interpreter still runs as the venv's (its packages, its sys.prefix).
    assert bypassed_env == {"RIVULET_LOCAL_TOKEN": "t", "__PYVENV_LAUNCHER__": venv}
    assert env == {"RIVULET_LOCAL_TOKEN": "t"}  # the engine's own is left alone
    # No venv, or another program than this interpreter: started as it is.
    assert past_venv_launcher(command, env, venv, venv) == (command, env)
    other = [r"C:\Rivulet\rivulet.exe", "--local-server"]
    assert past_venv_launcher(other, env, venv, base) == (other, env)
