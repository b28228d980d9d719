"""The status line under the window: the local model's loading bar, and messages that
fade after a while. (The chat's model is named once, in the header.)"""

from PySide6.QtWidgets import QProgressBar, QStatusBar

from core.i18n import Context

ModelLoading = Context("ModelLoading")


class StatusLine:
    """Fills a window's `QStatusBar`; the window keeps the bar, this keeps what is on it."""

    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar
        self._topic = ""  # what the message shown now is about, if its sayer said
        self._loading = ""  # the name of the model being loaded
        bar.messageChanged.connect(self._on_message_changed)
        self.load_progress = QProgressBar(bar)
        self.load_progress.setRange(0, 100)
        self.load_progress.setMaximumWidth(160)
        self.load_progress.hide()
        bar.addPermanentWidget(self.load_progress)
        self.retranslate()

    def retranslate(self) -> None:
        """Write the loading bar's texts again, in the language now in use (the window
        calls this: the status line is not a widget)."""
        self.load_progress.setAccessibleName(ModelLoading.tr("Loading the local model"))
        self.load_progress.setFormat(
            ModelLoading.tr("Loading model %p%", "%p is the percentage done: keep %p%")
        )
        if self._loading:
            self.load_progress.setToolTip(ModelLoading.tr("Loading {name}", name=self._loading))

    def say(self, message: str, milliseconds: int, *, topic: str = "") -> None:
        """Show `message`; `topic` names what it is about, for `shows`."""
        self._bar.showMessage(message, milliseconds)
        self._topic = topic if message else ""

    def shows(self, topic: str) -> bool:
        """Whether the message on the line now is the last one said about `topic`."""
        return bool(topic) and self._topic == topic

    def message(self) -> str:
        """What the status line says now ("" for nothing)."""
        return self._bar.currentMessage()

    def show_loading(self, name: str, fraction: float) -> None:
        self._loading = name
        self.load_progress.setValue(round(fraction * 100))
        self.load_progress.setToolTip(ModelLoading.tr("Loading {name}", name=name))
        self.load_progress.show()

    def hide_loading(self) -> None:
        self.load_progress.hide()

    def _on_message_changed(self, _message: str) -> None:
        # Another message, or none (it faded): the topic was that of the one before.
        self._topic = ""
