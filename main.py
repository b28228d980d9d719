"""Start Rivulet: wire the core to the window and run on qasync's event loop."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from core.chat.client import ChatClient
    from core.config.providers import Endpoint
    from gui.window.main_window import MainWindow
    from gui.window.single_instance import InstanceServer


def create_app() -> "QApplication":
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gui.qt_imports import speed_up_feature_check

    speed_up_feature_check()  # before the app's own modules are imported

    from core.desktop.menu_entry import APP_ID, ENTRY_ID, portable_executable
    from gui.collector import GuiThreadCollector
    from gui.indicator_style import VisibleIndicators
    from gui.resources import icon_path

    app = QApplication(sys.argv)
    # Before any worker thread starts: a cycle holding a Qt object must never be
    # collected on one of them (gui/collector.py).
    GuiThreadCollector(app).start()
    app.setStyle(VisibleIndicators())  # the platform's style, with check boxes seen in dark
    app.setApplicationName("Rivulet")
    app.setApplicationDisplayName("Rivulet")
    # Wayland matches the window to its menu entry by this name.
    app.setDesktopFileName(ENTRY_ID if portable_executable() else APP_ID)
    app.setWindowIcon(QIcon(str(icon_path())))
    return app


def create_window(folder: Path) -> "MainWindow":
    """The main window over the settings in `folder`, with logging to a file that masks
    keys.

    It is made in two steps (gui/window/main_window.py): what is needed to type comes
    now; the log file, the history, the built-in models and the rest of the window once
    its first frame is on screen.
    """
    from PySide6.QtWidgets import QApplication

    from core.config.logs import configure_logging, hold_early_records
    from core.config.settings import SettingsStore
    from gui.i18n import Translation
    from gui.qt_logging import route_qt_messages_to_log
    from gui.window.main_window import MainWindow, WindowParts

    hold_early_records()  # the log file is opened with the rest, after the first frame
    route_qt_messages_to_log()
    settings = SettingsStore(folder)
    # Before any widget is made, so each is made in the user's language.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    Translation(app).apply(settings.load(with_keys=False).language)

    def make_client(endpoint: "Endpoint") -> "ChatClient":
        from core.chat.client import ChatClient

        return ChatClient(endpoint)

    def parts() -> WindowParts:
        from core.history.store import HistoryStore
        from gui.chat.local_runner import LocalModels

        redactor = configure_logging(folder)
        history, problem = HistoryStore.open_or_stand_in(folder)
        return WindowParts(
            make_client,
            history,
            on_secret=redactor.add_secret,
            local_models=LocalModels(folder),
            history_problem=problem,
        )

    return MainWindow(settings, parts)


FREEZE_AFTER_MS = 1000


def _freeze_long_lived() -> None:
    import gc

    gc.collect()
    gc.freeze()


def _until_first_frame(window: "MainWindow") -> None:
    """Run Qt's own loop until the window paints its first frame. Only what is on screen
    already runs in it: the window's later steps wait for the qasync loop (they are
    called on the loop's pass after the frame, see gui/window/first_frame.py)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.window.first_frame import LATEST_MS

    first_frame = window.first_frame
    if first_frame.passed or first_frame.on_screen:
        return
    loop = QEventLoop()
    first_frame.exposed.connect(loop.quit)  # quits once the frame is painted
    first_frame.cancelled.connect(loop.quit)  # the window was closed first
    # A window never exposed (started minimised) waits no longer: well before FirstFrame
    # gives up waiting too and runs the second step, which must run in qasync's loop.
    QTimer.singleShot(LATEST_MS // 2, loop.quit)
    loop.exec()
    first_frame.exposed.disconnect(loop.quit)
    first_frame.cancelled.disconnect(loop.quit)


def run(app: "QApplication", window: "MainWindow") -> int:
    """Show the window and run until it closes; 0 on a normal exit."""
    window.show()
    _until_first_frame(window)  # qasync and asyncio take ~20 ms to import: after it
    if not window.isVisible():
        # Closed already: Qt quits on the last window's closing only inside app.exec(),
        # so the loop below would never end (and hold the single-instance lock).
        return 0
    import asyncio

    from PySide6.QtCore import QTimer
    from qasync import QEventLoop

    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    # What start-up made lives as long as the app: once it has settled, collect its
    # garbage and keep the rest out of the collector's full passes, which otherwise
    # rescan it all and stalled a streaming reply for ~60 ms.
    QTimer.singleShot(FREEZE_AFTER_MS, _freeze_long_lived)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0


def start(arguments: list[str]) -> "tuple[QApplication, MainWindow, InstanceServer] | None":
    """The app, its window and its listener for later launches; None when a Rivulet on the
    same data folder already runs, which has then been handed `arguments`' files."""
    from core.config.paths import data_dir
    from gui.window.single_instance import (
        STARTING_WAIT_S,
        InstanceServer,
        claim,
        hand_over,
        launch_paths,
        server_name,
    )

    folder = data_dir()
    name = server_name(folder)
    paths = launch_paths(arguments)
    # Before anything else: a second launch should vanish at once. When none runs this
    # costs well under a millisecond (no socket to connect to).
    if hand_over(name, paths):
        return None
    lock = claim(folder)
    # None: another Rivulet is starting on this folder and listens in a moment. (If it
    # never answers, stuck, a second window is better than none.)
    if lock is None and hand_over(name, paths, wait=STARTING_WAIT_S):
        return None
    app = create_app()
    instance = InstanceServer(name, lock, app)
    instance.listen()  # start-up goes on even if it cannot (only the hand-over is lost)
    window = create_window(folder)
    instance.attach(window)
    # "Open with Rivulet": files on the command line, or handed over by a later launch,
    # start a new chat with them attached.
    instance.launched.connect(window.open_files)
    if paths:
        window.open_files(paths)
    return app, window, instance


def main() -> int:
    started = start(sys.argv[1:])
    if started is None:
        return 0
    app, window, _instance = started
    return run(app, window)


if __name__ == "__main__":
    # The frozen app is its own model server (core.local.model_files.LOCAL_SERVER_FLAG). Checked
    # before main(): the server's process must import nothing of Qt, and must never be
    # taken for a second launch of the app.
    if sys.argv[1:2] == ["--local-server"]:
        from core.local import server as local_server

        local_server.main(sys.argv[2:])  # ends the process itself
        sys.exit(0)
    sys.exit(main())
