"""Start Rivulet: wire the core to the window and run on qasync's event loop."""

import asyncio
import sys


def main() -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from core.client import ChatClient
    from core.logs import configure_logging
    from core.paths import data_dir
    from core.settings import Settings, SettingsStore
    from gui.main_window import MainWindow
    from gui.qt_logging import route_qt_messages_to_log
    from gui.resources import icon_path

    folder = data_dir()
    redactor = configure_logging(folder)
    route_qt_messages_to_log()
    app = QApplication(sys.argv)
    app.setApplicationName("Rivulet")
    app.setApplicationDisplayName("Rivulet")
    app.setDesktopFileName("rivulet")
    app.setWindowIcon(QIcon(str(icon_path())))

    def make_client(settings: Settings) -> ChatClient:
        return ChatClient(settings.endpoint())

    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow(SettingsStore(folder), make_client, on_secret=redactor.add_secret)
    window.show()
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0


if __name__ == "__main__":
    sys.exit(main())
