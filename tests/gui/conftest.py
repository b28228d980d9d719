"""GUI fixtures: a real MainWindow (offscreen) talking to the loopback server, on a qasync loop."""

import asyncio
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qasync import QEventLoop, QThreadExecutor

from core.chat.client import ChatClient
from core.config.keys import KeyVault
from core.config.providers import Provider
from core.config.settings import Settings, SettingsStore
from core.history.store import HistoryStore
from gui.chat.local_runner import LocalModels
from gui.collector import GuiThreadCollector
from gui.window.main_window import MainWindow, WindowParts
from tests.support.fake_openai import FakeOpenAIServer


@pytest.fixture(scope="session")
def event_loop_for_qt(qapp: QApplication) -> Iterator[QEventLoop]:
    """qasync's loop, marked running: async slots run while qtbot waits on the Qt loop."""
    loop = QEventLoop(qapp, already_running=True)
    # Our own executor (asyncio resolves host names on it), so it can be shut down:
    # its QThreads would otherwise outlive the test run.
    executor = QThreadExecutor(2)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    executor.shutdown(wait=True)
    asyncio.events._set_running_loop(None)


@pytest.fixture(scope="package", autouse=True)
def collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    """Cycles collected on the GUI thread only, as in the app (main.create_app), for all
    of tests/gui: a worker thread must never destroy a test's Qt objects, not even one
    still finishing after its test ended."""
    collector = GuiThreadCollector(qapp)
    collector.start()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _palette_given_back(qapp: QApplication) -> Iterator[None]:
    """The palette is global: a test that chose the dark theme must not leave the next
    one in the dark."""
    before = qapp.palette()
    yield
    if qapp.palette() != before:
        qapp.setPalette(before)


@pytest.fixture(autouse=True)
def _collect_after_each_test(collector: GuiThreadCollector) -> Iterator[None]:
    yield
    collector.collect_if_due()  # a test that never waits never lets the timer run


class WindowFactory:
    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self._qtbot = qtbot
        self._data_dir = data_dir
        self.windows: list[MainWindow] = []

    def __call__(
        self,
        settings: Settings | None = None,
        *,
        read_timeout: float = 300.0,
        local_servers: Sequence[Provider] = (),
        local_models: LocalModels | None = None,
        vault: KeyVault | None = None,
    ) -> MainWindow:
        self._data_dir.mkdir(parents=True, exist_ok=True)
        store = SettingsStore(self._data_dir, vault)
        if settings is not None:
            store.save(settings, environ={})
        window = MainWindow(
            store,
            WindowParts(
                lambda endpoint: ChatClient(endpoint, read_timeout=read_timeout),
                HistoryStore(self._data_dir),
                local_servers=local_servers,  # never probe the ports of the machine running tests
                # None: no local model processes, unless a test asks for them.
                local_models=local_models,
            ),
        )
        self._qtbot.addWidget(window)
        window.show()
        self._qtbot.waitExposed(window)
        # Active, as a window a person just opened: shortcuts such as Esc need that.
        window.activateWindow()
        self._qtbot.waitUntil(window.isActiveWindow)
        self.windows.append(window)
        return window


@pytest.fixture
def make_window(
    qtbot: QtBot, data_dir: Path, event_loop_for_qt: QEventLoop
) -> Iterator[WindowFactory]:
    factory = WindowFactory(qtbot, data_dir)
    yield factory
    for window in factory.windows:
        window.close()  # stops and joins any streaming thread


@pytest.fixture
def window(make_window: WindowFactory, server: FakeOpenAIServer) -> MainWindow:
    return make_window(
        Settings.single(api_key="sk-test", base_url=server.base_url, model="gpt-4o-mini")
    )
