"""Handing the model server its listening socket on Windows: one line of its stdin.

POSIX systems pass the socket as an inherited descriptor. Windows cannot: the app makes
a copy of it for the server's process id (`socket.share`) and writes those bytes, in
base64 so that no byte of them can end the line early, as the first line of the
server's stdin, which then stays open as the server's signal to keep running.
"""

import base64
import binascii
from typing import BinaryIO

# WSAPROTOCOL_INFOW, what `socket.share` returns, is 628 bytes: 840 in base64.
MAX_LINE = 4096


def share_line(data: bytes) -> bytes:
    """The line that carries `socket.share`'s bytes to the server."""
    return base64.b64encode(data) + b"\n"


def read_shared(stdin: BinaryIO) -> bytes:
    """Read the first line of `stdin` and return the bytes for `socket.fromshare`; only
    that line is read. Raises ValueError, in plain words, for anything else."""
    line = stdin.readline(MAX_LINE)
    if len(line) >= MAX_LINE:
        raise ValueError("the connection the app handed it was unreadable")
    if not line.endswith(b"\n"):
        raise ValueError("its connection never came from the app")
    try:
        data = base64.b64decode(line.rstrip(b"\r\n"), validate=True)
    except binascii.Error:
        data = b""
    if not data:
        raise ValueError("the connection the app handed it was unreadable")
    return data
