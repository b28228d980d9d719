"""The status line under the window: the local model's loading bar, and messages that
fade after a while. (The chat's model is named once, in the header.)"""

from PySide6.QtWidgets import QProgressBar, QStatusBar


class StatusLine:
    """Fills a window's `QStatusBar`; the window keeps the bar, this keeps what is on it."""

    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar
        self.load_progress = QProgressBar(bar)
        self.load_progress.setAccessibleName("Loading the local model")
        self.load_progress.setRange(0, 100)
        self.load_progress.setMaximumWidth(160)
        self.load_progress.setFormat("Loading model %p%")
        self.load_progress.hide()
        bar.addPermanentWidget(self.load_progress)

    def say(self, message: str, milliseconds: int) -> None:
        self._bar.showMessage(message, milliseconds)

    def message(self) -> str:
        """What the status line says now ("" for nothing)."""
        return self._bar.currentMessage()

    def show_loading(self, name: str, fraction: float) -> None:
        self.load_progress.setValue(round(fraction * 100))
        self.load_progress.setToolTip(f"Loading {name}")
        self.load_progress.show()

    def hide_loading(self) -> None:
        self.load_progress.hide()
