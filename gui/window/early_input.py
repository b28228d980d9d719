"""What a person does in the window's first frames, before its second step has made the
session and the rest (see main_window.py): kept, in order, and done once they exist.

- A question sent (Enter, Send) leaves the prompt at once, as sending does, and is asked
  then; text typed after it stays in the prompt. A second one sent meanwhile stays in the
  prompt (a reply would be under way).
- Files and images pasted or dropped are attached then.
- Files handed over at launch ("Open with Rivulet") start their new chat then, and what
  was typed meanwhile stays in its prompt: it was typed for them.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

if TYPE_CHECKING:
    from gui.window.file_intake import FileIntake
    from gui.window.images import Received
    from gui.window.sending import QuestionSender


class EarlyInput:
    def __init__(self, prompt: QPlainTextEdit, when_built: Callable[[Callable[[], None]], None]):
        self._prompt = prompt
        self._when_built = when_built
        self._question = ""  # sent, waiting to be asked
        # Set by the window's second step.
        self.sender: QuestionSender | None = None
        self.intake: FileIntake | None = None

    def send(self) -> None:
        text = self._prompt.toPlainText()
        if not text.strip() or self._question:
            return
        self._question = text
        self._prompt.clear()
        self._when_built(self._ask)

    def take(self, received: "Received") -> None:
        self._when_built(lambda: self._intake().take(received))

    def open_files(self, paths: list[str]) -> None:
        self._when_built(lambda: self._open(paths))

    def _ask(self) -> None:
        assert self.sender is not None
        text, self._question = self._question, ""
        typed = self._prompt.toPlainText()
        self._prompt.setPlainText(text)
        self.sender.submit()
        if not self._prompt.toPlainText():  # it went
            self._prompt.setPlainText(typed)
        elif typed:  # it waits (for its files) or could not go: nothing typed is lost
            self._prompt.setPlainText(f"{text}\n{typed}")
        self._prompt.moveCursor(QTextCursor.MoveOperation.End)

    def _open(self, paths: list[str]) -> None:
        typed = self._prompt.toPlainText()
        self._intake().open_files(paths)
        if typed and not self._prompt.toPlainText():  # the new chat emptied the prompt
            self._prompt.setPlainText(typed)
            self._prompt.moveCursor(QTextCursor.MoveOperation.End)

    def _intake(self) -> "FileIntake":
        assert self.intake is not None
        return self.intake
