"""The conversation: a scrolling column of messages that follows a streaming reply."""

from collections import deque
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.chat.conversation import Message, ReplyStatus, Role
from core.i18n import Context
from gui.reply_view.message_widget import MessageWidget

ConversationPane = Context("ConversationPane")

OLLAMA_ADDRESS = "http://localhost:11434/v1"
LM_STUDIO_ADDRESS = "http://localhost:1234/v1"


def suggestions() -> tuple[tuple[str, str], ...]:
    """A few ways to start: each a button's label, and the start of a question it puts
    into the prompt box, in the user's language (the question is theirs to finish)."""
    # A note, and nothing after it: lupdate takes a third argument for a plural's count.
    return (
        (
            ConversationPane.tr("Explain something simply"),
            ConversationPane.tr(
                "Explain in simple words: ", "a prompt's start; keep the end space"
            ),
        ),
        (
            ConversationPane.tr("Help me write an email"),
            ConversationPane.tr(
                "Help me write a short, friendly email to ", "a prompt's start; keep the end space"
            ),
        ),
        (
            ConversationPane.tr("Summarise a text"),
            ConversationPane.tr(
                "Summarise this text in a few sentences:\n\n", "a prompt's start; keep the breaks"
            ),
        ),
        (
            ConversationPane.tr("Plan a day out"),
            ConversationPane.tr(
                "Plan a relaxed day out in ", "a prompt's start; keep the end space"
            ),
        ),
    )


def _keys(keys: str | QKeySequence.StandardKey) -> str:
    """Keys as this platform writes them, in the user's language ("Ctrl+N", "⌘N")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


READING_WIDTH = 820  # a comfortable line length, as in chat apps on the web
AT_BOTTOM_SLACK = 8
AT_TOP_SLACK = 200  # start adding earlier messages a little before the very top
BATCH = 40  # built at once to reveal a search hit deep in the chat
# A long chat opens with its last FIRST_SHOWN messages; if they do not fill the view,
# FILL more at a time are added after the first frame, until they do, and as the reader
# scrolls up (a message takes ~2 ms to build: a turn stays short).
FIRST_SHOWN = 8
FILL = 4
# The widgets of the chat that was open are deleted after the new one is on screen: a
# dozen messages take ~8 ms to destroy, which would otherwise delay its first frame.
DISCARD_AFTER_MS = 250
DESTROY_PER_TURN = 4
# What `warm_up` renders: one of each thing whose first use loads something (a heading's
# and the bold, italic and code fonts, Qt's Markdown reader, a code box and its colours).
WARM_UP_SAMPLE = (
    "# A\n\nSome **bold**, *italic*, `code` and a [link](https://example.com).\n\n"
    "- one\n- two\n\n> quoted\n\n```python\ndef f(x):\n    return x\n```\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n"
)


class WelcomePanel(QFrame):
    """What an empty conversation shows: a hint, or what to set up when nothing is.

    Signals:
        settings_requested(): the Settings button was pressed.
        server_accepted(int): the user chose the n-th server found on this computer.
    """

    settings_requested = Signal()
    server_accepted = Signal(int)
    suggestion_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 28)
        layout.setSpacing(12)
        self._heading = QLabel(self)
        self._heading.setObjectName("welcomeHeading")
        self._heading.setWordWrap(True)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        # A few ways to start, for the people who face an empty box: each fills the
        # prompt with the start of a question (nothing is sent).
        self._suggestions = QWidget(self)
        grid = QGridLayout(self._suggestions)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setSpacing(8)
        self.suggestion_buttons: list[QPushButton] = []
        for index in range(len(suggestions())):
            chip = QPushButton(self._suggestions)
            chip.setObjectName("suggestionChip")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _checked=False, n=index: self._on_suggestion_clicked(n))
            grid.addWidget(chip, index // 2, index % 2)
            self.suggestion_buttons.append(chip)
        self.settings_button = QPushButton(self)
        self.settings_button.clicked.connect(self.settings_requested)
        self._offers = QWidget(self)
        self._offers_layout = QVBoxLayout(self._offers)
        self._offers_layout.setContentsMargins(0, 8, 0, 0)
        self._offers.hide()
        self.offer_buttons: list[QPushButton] = []
        self._offline_note = QLabel(self)
        self._offline_note.setObjectName("offlineNote")
        self._offline_note.setWordWrap(True)
        self._offline_note.setTextFormat(Qt.TextFormat.PlainText)
        self._offline_note.hide()
        self._found: QLabel | None = None
        self._descriptions: Sequence[str] = ()
        self._configured = True
        self._unavailable = ""
        self._model = ""
        layout.addStretch(1)
        layout.addWidget(self._heading)
        layout.addWidget(self._offers)  # a server found here is the quickest way in: first
        layout.addWidget(self._body)
        layout.addWidget(self._suggestions, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._offline_note)
        layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.set_configured(True)
        self._retranslate()

    def _retranslate(self) -> None:
        for chip, (label, _start) in zip(self.suggestion_buttons, suggestions(), strict=True):
            chip.setText(label)
            chip.setAccessibleName(ConversationPane.tr("Start with: {label}", label=label))
        self.settings_button.setText(ConversationPane.tr("Open Settings…"))
        self.settings_button.setAccessibleName(ConversationPane.tr("Open Settings"))
        self._offline_note.setAccessibleName(ConversationPane.tr("About the built-in model"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._word_offers()
            self.set_configured(self._configured, unavailable=self._unavailable)
            self.set_offline(not self._offline_note.isHidden(), self._model)
        super().changeEvent(event)

    def _on_suggestion_clicked(self, index: int) -> None:
        self.suggestion_chosen.emit(suggestions()[index][1])

    def offer_servers(self, descriptions: Sequence[str]) -> None:
        """Offer chat servers found running on this computer, one button each."""
        self.offer_buttons = []
        while self._offers_layout.count():
            item = self._offers_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._found = None
        self._descriptions = tuple(descriptions)
        if not descriptions:
            self._offers.hide()
            return
        found = self._found = QLabel(self._offers)
        found.setObjectName("welcomeFound")
        self._offers_layout.addWidget(found)
        for index in range(len(descriptions)):
            button = QPushButton(self._offers)
            button.clicked.connect(lambda _checked=False, n=index: self.server_accepted.emit(n))
            self._offers_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.offer_buttons.append(button)
        self._word_offers()
        self._offers.show()

    def _word_offers(self) -> None:
        if self._found is not None:
            self._found.setText(
                ConversationPane.tr("Found on this computer, ready to use without a key:")
            )
        for button, description in zip(self.offer_buttons, self._descriptions, strict=True):
            # `description` names a server and its models ("Ollama (3 models)").
            use = ConversationPane.tr("Use {server}", server=description)
            button.setText(use)
            button.setAccessibleName(use)

    def set_configured(self, configured: bool, *, unavailable: str = "") -> None:
        """Show the usual hint, or what to set up; `unavailable` says why the built-in
        model cannot be used instead."""
        self._configured, self._unavailable = configured, unavailable
        self.setProperty("configured", configured)  # centred greeting, or a setup card
        self.style().unpolish(self)
        self.style().polish(self)
        alignment = Qt.AlignmentFlag.AlignHCenter if configured else Qt.AlignmentFlag.AlignLeft
        self._heading.setAlignment(alignment)
        self._body.setAlignment(alignment)
        self._offline_note.setAlignment(alignment)
        self._suggestions.setVisible(configured)
        self._body.setObjectName("hint" if configured else "")
        if configured:
            self._heading.setText(ConversationPane.tr("What would you like to know?"))
            self._body.setText(
                ConversationPane.tr(
                    "Type below and press {enter_key}. {shift_enter_keys} starts a new line; "
                    "{ctrl_n_keys} starts a new chat.",
                    enter_key=_keys("Enter"),
                    shift_enter_keys=_keys("Shift+Enter"),
                    ctrl_n_keys=_keys(QKeySequence.StandardKey.New),
                )
            )
        else:
            self._heading.setText(ConversationPane.tr("Welcome to Rivulet"))
            body = ConversationPane.tr(
                "Rivulet needs a chat server to talk to. Open Settings and either:\n\n"
                "•  paste your OpenAI API key (it starts with “sk-”; you can create one "
                "on your OpenAI account page), or\n"
                "•  enter the address of a chat server on your computer:\n"
                "     Ollama: {ollama}\n"
                "     LM Studio: {lm_studio}",
                ollama=OLLAMA_ADDRESS,
                lm_studio=LM_STUDIO_ADDRESS,
            )
            if unavailable:  # a paragraph of its own, after the steps
                body += "\n\n" + ConversationPane.tr(
                    "The built-in offline model cannot be used: {problem}", problem=unavailable
                )
            self._body.setText(body)
        self.settings_button.setVisible(not configured)

    @Slot(bool, str, bool, str)
    def show_setup(self, usable: bool, unavailable: str, offline: bool, model: str) -> None:
        """What the setup controller reports: whether the chat can answer, why the
        built-in model cannot, whether it answers offline and with which model."""
        self.set_configured(usable, unavailable=unavailable)
        self.set_offline(offline, model)

    def set_offline(self, offline: bool, model: str = "") -> None:
        """Chatting with the built-in model: say what it is, and how to get better answers
        (a note, not a step: the user can type right away)."""
        self._offline_note.setVisible(offline)
        self._model = model
        if offline:
            self._offline_note.setText(
                ConversationPane.tr(
                    "You are chatting with {model}, a small model that runs on this computer, "
                    "offline and free. It answers quickly but simply, and often gets facts "
                    "wrong. For better answers, add an OpenAI key or a server such as Ollama "
                    "or LM Studio in Settings ({settings_keys}).",
                    model=model,
                    settings_keys=_keys("Ctrl+,"),
                )
                + self._english_note()
            )
            self.settings_button.setVisible(True)

    @staticmethod
    def _english_note() -> str:
        """In any language but English: the small model was trained on English text."""
        if i18n.language() is i18n.ENGLISH:
            return ""
        return " " + ConversationPane.tr(
            "It understands and answers best in English: in other languages, its answers "
            "are weaker still."
        )

    @property
    def text(self) -> str:
        note = "" if self._offline_note.isHidden() else f"\n{self._offline_note.text()}"
        return f"{self._heading.text()}\n{self._body.text()}{note}"


class ConversationView(QScrollArea):
    """Shows messages; only the streaming one is ever touched after it is added.

    Signals:
        retry_requested(): Retry was pressed under the last reply.
        continue_requested(): Continue was pressed under the last reply.
        edit_requested(int): Edit was pressed on the prompt at this index.
        settings_requested(): the welcome panel's Settings button was pressed.
        document_opened(Document): a file under a prompt was clicked.
    """

    retry_requested = Signal()
    continue_requested = Signal()
    edit_requested = Signal(int)
    settings_requested = Signal()
    document_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures_shown = False  # every reply's figures under it (View menu)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self)
        content.setObjectName("conversationContent")
        # A centred column of reading width, as chat apps on the web have.
        centring = QHBoxLayout(content)
        centring.setContentsMargins(24, 20, 24, 20)
        column = QWidget(content)
        column.setMaximumWidth(READING_WIDTH)
        centring.addStretch(0)
        centring.addWidget(column, 1)
        centring.addStretch(0)
        self._column_widget = column
        self._centring = centring
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(14)
        self.welcome = WelcomePanel(column)
        self.welcome.settings_requested.connect(self.settings_requested)
        # While it shows, the welcome takes most of the height, and centres itself in it.
        self._column.addWidget(self.welcome, 3)
        self._column.addStretch(1)
        self.setWidget(content)
        self._content = content
        self._messages: list[MessageWidget] = []
        self._earlier: list[tuple[Message, str]] = []  # not built yet, oldest first
        self._keep_from_bottom: int | None = None  # while earlier messages are laid out
        self._reveal_target: MessageWidget | None = None  # a search hit to keep in view
        self._placing = False
        self._following = True
        self.warmed = False  # warm_up was asked for
        self.warm_done = False
        self._filler = QTimer(self)  # checks, on a later turn, that the view is full
        self._filler.setSingleShot(True)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_viewport)
        self._doomed: deque[MessageWidget] = deque()  # off the page, not destroyed yet
        self._destroyer = QTimer(self)
        self._destroyer.setSingleShot(True)
        self._destroyer.timeout.connect(self._on_destroyer_timeout)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrollbar_moved)
        bar.rangeChanged.connect(self._on_scrollbar_range_changed)
        # Shown while the reader is scrolled up, reading: the reply goes on below.
        self.jump_button = QPushButton(self)
        self.jump_button.setObjectName("jumpButton")
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.clicked.connect(self._on_jump_button_clicked)
        self.jump_button.hide()
        # A message's actions show while the keyboard is in it, as on hover.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(ConversationPane.tr("Conversation"))
        self.jump_button.setText(
            ConversationPane.tr("↓  Jump to latest", "a button; the arrow points down")
        )
        self.jump_button.setAccessibleName(ConversationPane.tr("Jump to the latest message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.jump_button.isVisible():
                self._place_jump_button()  # as wide as its new text
        super().changeEvent(event)

    @property
    def messages(self) -> list[MessageWidget]:
        return list(self._messages)

    def clear(self) -> None:
        if self._messages:
            self._discard(self._messages)
        self._messages = []
        self._earlier = []
        self._keep_from_bottom = None
        self._reveal_target = None
        self.welcome.show()
        self._following = True

    def show_history(self, items: Sequence[tuple[Message, str]]) -> None:
        """Show a stored conversation: its latest messages now, earlier ones on scrolling up.

        Building a widget per message costs one to two milliseconds, so a 2,000-message
        conversation opens with only its last FIRST_SHOWN, more if those do not fill the
        view, and grows upwards a few at a time as the reader scrolls.
        """
        self.clear()
        split = max(0, len(items) - FIRST_SHOWN)
        self._earlier = list(items[:split])
        for message, title in items[split:]:
            self._insert(len(self._messages), message, title)
        for widget in self._messages[:-1]:
            widget.hide_retry()
        self.welcome.setVisible(not items)
        if self._earlier:
            # Short messages may not fill the screen, and a view that cannot scroll
            # could never ask for the earlier ones.
            self._filler.start()

    @Slot()
    def _fill_viewport(self) -> None:
        if not self._earlier or not self.isVisible():
            return  # a hidden view lays nothing out: it is filled when shown
        if self._overflow() <= AT_TOP_SLACK:
            self._load_earlier(count=FILL)
            self._filler.start()

    def _overflow(self) -> int:
        """How much taller than the view the page is, once laid out. Asked of the layout:
        the scroll bar's range is updated only after the layout has run, later than the
        timers that ask (it read 0 there, and 40 more messages were built)."""
        return self._centring.totalSizeHint().height() - self.viewport().height()

    def warm_up(self) -> None:
        """Render a small reply once, hidden, when the user starts typing. The first
        reply of a session otherwise loads its fonts, Qt's Markdown reader and the code
        colours (Pygments compiles its lexer) inside its first frames: a 20-40 ms stall
        while it streams, measured, now paid between two keystrokes."""
        if not self.warmed:
            self.warmed = True
            QTimer.singleShot(0, self, self._warm)

    @Slot()
    def _warm(self) -> None:
        sample = Message(Role.ASSISTANT, WARM_UP_SAMPLE, ReplyStatus.COMPLETE)
        widget = MessageWidget(sample, "", self._column_widget)
        widget.hide()
        widget.text_view.document().size()  # lays it out
        widget.deleteLater()
        self.warm_done = True

    def _discard(self, widgets: list[MessageWidget]) -> None:
        """Take `widgets` off the page now; destroy them after the next frame, a few per
        turn of the event loop (a message takes ~1.3 ms to destroy: the 400 a reader who
        scrolled far up had built froze the window for half a second at once)."""
        for widget in widgets:
            widget.stop_drawing()
            widget.hide()
            self._column.removeWidget(widget)
        self._doomed.extend(widgets)
        if not self._destroyer.isActive():
            self._destroyer.start(DISCARD_AFTER_MS)

    @Slot()
    def _on_destroyer_timeout(self) -> None:
        for _ in range(min(DESTROY_PER_TURN, len(self._doomed))):
            self._doomed.popleft().deleteLater()
        if self._doomed:
            self._destroyer.start(0)

    def show_figures(self, shown: bool) -> None:
        """Show every reply's tokens and speed under it, or only behind its Details icon."""
        self._figures_shown = shown
        for widget in self._messages:
            widget.show_figures(shown)

    def add_message(self, message: Message, title: str) -> MessageWidget:
        self._keep_from_bottom = None
        self._reveal_target = None
        for earlier in self._messages:
            earlier.hide_retry()  # Retry only makes sense for the latest reply
        widget = self._insert(len(self._messages), message, title)
        self.welcome.hide()
        self._following = True
        return widget

    def _insert(self, position: int, message: Message, title: str) -> MessageWidget:
        widget = MessageWidget(message, title, self._column_widget)
        widget.retry_requested.connect(self.retry_requested)
        widget.continue_requested.connect(self.continue_requested)
        widget.edit_requested.connect(self._on_message_edit_requested)
        widget.hovered_now.connect(self._on_message_hovered_now)
        widget.document_opened.connect(self.document_opened)
        if self._figures_shown:
            widget.show_figures(True)
        if message.role is Role.USER:
            # A prompt sits on the right, no wider than it needs (like a chat bubble).
            widget.fit_bubble(int(READING_WIDTH * 0.8))
            align = Qt.AlignmentFlag.AlignRight
        else:
            align = Qt.AlignmentFlag(0)
        # The column holds the welcome panel, then the messages, then a stretch.
        self._column.insertWidget(1 + position, widget, 0, align)
        self._messages.insert(position, widget)
        # Tab reaches a message where it is on the page: after the one above it (its
        # text, then its actions), not at the end of the window's focus chain.
        above = self._messages[position - 1].focus_order()[-1] if position > 0 else self
        for first, second in pairwise([above, *widget.focus_order()]):
            QWidget.setTabOrder(first, second)
        return widget

    def _load_earlier(self, *, keep_view: bool = True, count: int = BATCH) -> None:
        """Add the previous batch above the first shown message, keeping the reader's place."""
        if not self._earlier:
            return
        if keep_view:
            # Messages only grow above the reader, so their distance from the bottom is
            # what stays put while the new ones are laid out (which takes a few passes).
            bar = self.verticalScrollBar()
            self._keep_from_bottom = bar.maximum() - bar.value()
        batch, self._earlier = self._earlier[-count:], self._earlier[:-count]
        for position, (message, title) in enumerate(batch):
            self._insert(position, message, title).hide_retry()

    def remove_last(self) -> None:
        widget = self._messages.pop()
        self._column.removeWidget(widget)
        widget.deleteLater()

    def reveal(self, index: int) -> None:
        """Scroll so message `index` is in view (a search result), and stop following."""
        while index < len(self._earlier):
            self._load_earlier(keep_view=False)
        widget = self._messages[index - len(self._earlier)]
        self._following = False
        self._keep_from_bottom = None
        # The column is laid out over the next few passes; keep the target in view
        # through them (until the reader scrolls).
        self._reveal_target = widget
        # New widgets are shown and laid out over the next passes of the event loop; a
        # chat opened again keeps its height, so no range change may come once the
        # target has its place: its own moves place it.
        widget.installEventFilter(self)
        self._place_reveal_target()
        widget.setFocus()

    @Slot()
    def _place_reveal_target(self) -> None:
        if self._reveal_target is not None:
            self._placing = True
            self.ensureWidgetVisible(self._reveal_target, 0, 40)
            self._placing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: Qt's scroll area filters events of its own before __init__ has run.
        target = getattr(self, "_reveal_target", None)
        if target is not None and watched is target and event.type() in _PLACED:
            self._place_reveal_target()
        return super().eventFilter(watched, event)

    def scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    @property
    def following(self) -> bool:
        """Whether the view keeps to the bottom as a reply grows."""
        return self._following

    @Slot()
    def _on_jump_button_clicked(self) -> None:
        self._following = True
        self._reveal_target = None
        self._keep_from_bottom = None
        self.scroll_to_bottom()
        self._update_jump_button()

    def _update_jump_button(self) -> None:
        bar = self.verticalScrollBar()
        away = bar.maximum() - bar.value() > AT_BOTTOM_SLACK
        self.jump_button.setVisible(away and not self._following)
        if self.jump_button.isVisible():
            self._place_jump_button()

    def _place_jump_button(self) -> None:
        hint = self.jump_button.sizeHint()
        area = self.viewport().geometry()
        self.jump_button.setGeometry(
            area.center().x() - hint.width() // 2,
            area.bottom() - hint.height() - 12,
            hint.width(),
            hint.height(),
        )
        self.jump_button.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_jump_button()
        if self._earlier:
            self._filler.start()  # a taller window may show them all, with no scrolling

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._earlier:
            self._filler.start()

    @Slot()
    def _on_message_edit_requested(self) -> None:
        widget = self.sender()
        if isinstance(widget, MessageWidget) and widget in self._messages:
            self.edit_requested.emit(len(self._earlier) + self._messages.index(widget))

    @Slot()
    def _on_message_hovered_now(self) -> None:
        entered = self.sender()
        for widget in self._messages:
            if widget is not entered and widget.hovered:
                widget.unhover()  # one message is under the pointer at a time

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        left, entered = _message_of(old), _message_of(new)
        if left is not None and left is not entered and left in self._messages:
            left.reveal_actions(left.hovered)
        if entered is not None and entered in self._messages:
            entered.reveal_actions(True)

    @Slot(int)
    def _on_scrollbar_moved(self, value: int) -> None:
        if self._placing:
            return
        # The reader moved: their place is theirs again.
        self._keep_from_bottom = None
        self._reveal_target = None
        self._following = value >= self.verticalScrollBar().maximum() - AT_BOTTOM_SLACK
        self._update_jump_button()
        if value <= AT_TOP_SLACK and self._earlier and self.verticalScrollBar().maximum() > 0:
            QTimer.singleShot(0, self._on_reader_near_top)

    @Slot()
    def _on_reader_near_top(self) -> None:
        # Checked again: the first layout passes through the top (value 0 of 0) on its
        # way to the bottom, which is not the reader asking for earlier messages.
        bar = self.verticalScrollBar()
        if self._earlier and bar.maximum() > 0 and bar.value() <= AT_TOP_SLACK:
            self._load_earlier(count=FILL)
            QTimer.singleShot(0, self, self._on_earlier_added)

    @Slot()
    def _on_earlier_added(self) -> None:
        # A few at a time, each in a turn of its own, until the reader is clear of the
        # top: 40 at once held the window 65-160 ms at a time while the reader scrolled
        # up; 4 at a time, ~20 ms (measured).
        if not self._earlier or self._keep_from_bottom is None:
            return  # all built, or the reader moved since: their next move asks again
        if self._overflow() - self._keep_from_bottom <= AT_TOP_SLACK:
            self._load_earlier(count=FILL)
            QTimer.singleShot(0, self, self._on_earlier_added)

    @Slot(int, int)
    def _on_scrollbar_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._reveal_target is not None:
            self._place_reveal_target()
            return
        if self._keep_from_bottom is not None:
            self._placing = True
            self.verticalScrollBar().setValue(maximum - self._keep_from_bottom)
            self._placing = False
            return
        # The reply grew: stay at the bottom only if the reader was there.
        if self._following:
            self.verticalScrollBar().setValue(maximum)
        self._update_jump_button()
        if self._earlier and maximum <= AT_TOP_SLACK:
            self._filler.start()  # the messages shown no longer fill the view


_PLACED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show)


def _message_of(widget: QWidget | None) -> MessageWidget | None:
    while widget is not None and not isinstance(widget, MessageWidget):
        widget = widget.parentWidget()
    return widget
