"""One Rivulet per user and data folder: a second launch hands its files to the first.

The first instance listens on a local socket (a Unix socket file in the temp folder, a
named pipe on Windows). A later launch connects, sends its file arguments as JSON and
exits; the first brings its window forward. Two Rivulets on one history file would
overwrite each other's settings and race on the database.
"""

import getpass
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from core.i18n import Context

if TYPE_CHECKING:  # a second launch exits without loading the widgets library
    from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)

LaterLaunches = Context("LaterLaunches")

# A running instance answers a connect at once from its event loop; no instance at all
# fails at once (no socket file). The wait only matters for an instance busy starting.
CONNECT_MS = 1000
WRITE_MS = 2000
RETRY_S = 0.05
# How long a launch waits for a Rivulet that holds the lock but is still starting.
STARTING_WAIT_S = 15.0
LOCK_NAME = "instance.lock"
STATUS_MS = 15000
MAX_MESSAGE = 1_000_000  # bytes; a longer message is not from Rivulet

# Qt's own command-line options that take a value: neither they nor the value are files.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-session",
        "-style",
        "-stylesheet",
        "-display",
        "-name",
        "-title",
    }
)


def server_name(folder: Path) -> str:
    """The socket's name for this user and data folder, so tests and users never collide."""
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return f"rivulet-{_user()}-{digest}"  # < 104 bytes with macOS's long $TMPDIR


def _user() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError):  # no USER variable and no passwd entry
        name = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:16]


def launch_paths(arguments: Sequence[str]) -> list[str]:
    """The file arguments of a launch, made absolute (the running instance has its own
    working folder). Options, and the values of Qt's options, are left out."""
    paths: list[str] = []
    skip_value = False
    for argument in arguments:
        if skip_value:
            skip_value = False
        elif argument.startswith("-"):
            skip_value = argument.split("=", 1)[0] in _QT_OPTIONS_WITH_VALUE and "=" not in argument
        else:
            paths.append(os.path.abspath(argument))
    return paths


def hand_over(name: str, paths: Sequence[str], *, wait: float = 0.0) -> bool:
    """Send `paths` to the instance listening on `name`; False when none is running.
    With `wait`, keep trying that many seconds (for an instance still starting)."""
    socket = QLocalSocket()
    deadline = time.monotonic() + wait
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(CONNECT_MS):
            break
        if time.monotonic() >= deadline:
            return False
        time.sleep(RETRY_S)  # no event loop yet: nothing else to do meanwhile
    socket.write(json.dumps({"paths": list(paths)}).encode() + b"\n")
    sent = socket.waitForBytesWritten(WRITE_MS) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(WRITE_MS)
    if not sent:
        log.warning("Could not hand the launch over to the running Rivulet")
    # Either way a Rivulet runs: a second one on the same data would do harm.
    return True


def claim(folder: Path) -> QLockFile | None:
    """The data folder's instance lock, or None while another Rivulet holds it.

    Two launches a moment apart (a double double-click) both find nobody listening yet;
    the lock decides which one starts. A lock whose process is gone (a crash) is taken
    over. If the folder cannot be locked at all, Rivulet runs unguarded rather than not.
    """
    lock = QLockFile(str(folder / LOCK_NAME))
    # Held as long as Rivulet runs: never stale by age, only when its process is gone.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    log.warning(
        "Could not lock %s (%s); not guarding against a second Rivulet", folder, lock.error()
    )
    return lock


class InstanceServer(QObject):
    """Listens for later launches and brings the window forward.

    Signals:
    launched(list): a later launch handed over its files (absolute paths; maybe none).
    """

    launched = Signal(list)

    def __init__(self, name: str, lock: QLockFile | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._lock = lock  # held (unlocked when deleted) as long as this instance runs
        self._server = QLocalServer(self)
        # Only this user may connect (the socket file is in a shared temp folder).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._window: QMainWindow | None = None

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed Rivulet is replaced."""
        if self._server.listen(self._name):
            return True
        # On Unix, Qt binds in a private folder and renames over a stale socket file, so
        # this is for the other platforms: hand_over() just failed to connect, so nobody
        # listens on that name any more.
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self._name)
            if self._server.listen(self._name):
                return True
        log.warning("Not listening for later launches: %s", self._server.errorString())
        return False

    def attach(self, window: "QMainWindow") -> None:
        """Bring `window` forward on each later launch and say what it was given."""
        self._window = window
        self.launched.connect(self._on_self_launched)

    @Slot()
    def _on_server_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += socket.readAll().data()
        if len(buffer) > MAX_MESSAGE:
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        buffer.clear()
        socket.disconnectFromServer()
        try:
            message = json.loads(line)
            paths = [str(p) for p in message["paths"] if isinstance(p, str)]
        except (ValueError, KeyError, TypeError):
            log.warning("Ignored a malformed message from a later launch")
            return
        self.launched.emit(paths)

    @Slot(list)
    def _on_self_launched(self, paths: list[str]) -> None:
        window = self._window
        if window is None:
            return
        bring_forward(window)
        if paths:
            window.statusBar().showMessage(
                LaterLaunches.tr("Received %n file(s).", "", len(paths)), STATUS_MS
            )


def bring_forward(window: "QMainWindow") -> None:
    """Show `window` in front, restored if it was minimised, with the keyboard focus."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
