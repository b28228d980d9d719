"""One message in the conversation: who said it, the text, and a notice for how it ended."""

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QEnterEvent,
    QGuiApplication,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.stats import ReplyStats
from core.documents.compose import labels_in
from core.i18n import Context
from gui.chat.speakers import you
from gui.documents.chips import DocumentChips
from gui.icons import IconButton
from gui.reply_view.markdown_text import MarkdownText
from gui.reply_view.message_text import MessageText

# Streamed text is appended in one insert at most every 33 ms (30 times a second: as
# smooth as reading needs, and measured to leave the GUI thread more time for deltas
# than 60 times a second); Qt then lays out only the last paragraph.
FRAME_MS = 33
FOLDED_LINES = 8  # a longer prompt folds to this many lines, with Show more

MessageBubble = Context("MessageBubble")


class MessageWidget(QFrame):
    """Signals:
    retry_requested(): the user pressed Retry (or Regenerate) on this reply.
    continue_requested(): the user pressed Continue under an unfinished reply.
    edit_requested(): the user pressed Edit on this prompt.
    hovered_now(): the pointer came over this message.
    document_opened(Document): one of the prompt's files was clicked.
    """

    retry_requested = Signal()
    continue_requested = Signal()
    edit_requested = Signal()
    hovered_now = Signal()
    document_opened = Signal(object)

    def __init__(self, message: Message, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = message.role
        self.setObjectName("userMessage" if message.role is Role.USER else "assistantMessage")
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(2)
        self._title = QLabel(_isolated(title), self)
        self._title_text = title
        self._title.setObjectName("messageTitle")
        header.addWidget(self._title, 1)
        # Copy, Edit/Regenerate and the reply's figures: quiet icons, shown while the
        # pointer is over the message or the keyboard is in it (see `reveal_actions`).
        # Their place is kept while hidden, so nothing moves when they appear.
        self.action_row = QWidget(self)
        self.action_row.setObjectName("messageActions")
        row = QHBoxLayout(self.action_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        # Their texts are written by `_retranslate`, at the end of __init__.
        self._copied = False
        self.copy_button = self._tool("copy")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        row.addWidget(self.copy_button)
        if message.role is Role.USER:
            self.edit_button = self._tool("pencil")
            self.edit_button.clicked.connect(self.edit_requested)
            row.addWidget(self.edit_button)
        else:
            self.regenerate_button = self._tool("refresh-cw")
            self.regenerate_button.clicked.connect(self.retry_requested)
            row.addWidget(self.regenerate_button)
        # The reply's tokens and speed, for the people who want them: on hover here.
        self.details_button = self._tool("info")
        self.details_button.explain_when_clicked()
        self.details_button.hide()
        row.addWidget(self.details_button)
        kept = self.action_row.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.action_row.setSizePolicy(kept)
        header.addWidget(self.action_row, 0, Qt.AlignmentFlag.AlignTop)
        self.action_row.hide()
        self._hovered = False
        layout.addLayout(header)

        # The "Thinking" section is built only for replies that have reasoning.
        self.thinking_button: QToolButton | None = None
        self.thinking_view: MessageText | None = None
        self._thinking_opened_by_user = False
        self._pending_thinking: list[str] = []

        self._images_width = 0
        if message.images:
            from gui.reply_view.attachment_strip import (
                ImageThumbnails,  # only chats with images pay
            )

            thumbnails = ImageThumbnails(message.images, self)
            self._images_width = thumbnails.natural_width()
            layout.addWidget(thumbnails)
        self.document_chips: DocumentChips | None = None
        if message.documents:
            self.document_chips = DocumentChips(self, removable=False)
            for document in message.documents:
                self.document_chips.add_document(document)
            self.document_chips.opened.connect(self.document_opened)
            layout.addWidget(self.document_chips)
        # Replies are Markdown; prompts are shown exactly as typed.
        self.markdown: MarkdownText | None = None
        if message.role is Role.ASSISTANT:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            self.markdown = MarkdownText(self, dark=dark)
            self.text_view: MessageText = self.markdown
            self.markdown.append_markdown(message.content)
        else:
            self.text_view = MessageText(self)
            self.text_view.append_plain(message.content)
        layout.addWidget(self.text_view)
        self.fold_button: QToolButton | None = None
        if message.role is Role.USER:
            self._fold_long_prompt()
        self._files_note: MessageText | None = None
        self._sent: list[str] = []
        if message.context_note:  # only part of the files could be sent: said plainly
            # Text that sets its own height: a word-wrapped label in a bubble that is
            # aligned to one side gets a height for the wrong width, and is cut off.
            files_note = self._files_note = MessageText(self)
            files_note.setObjectName("filesNote")
            files_note.append_plain(message.context_note)  # stored: in its own language
            # which passages went, for whoever wants to check the answer
            self._sent = labels_in(message.context)
            self._word_files_note()
            layout.addWidget(files_note)
        if message.reasoning:
            self._add_thinking(message.reasoning, expanded=False)

        # The notice row (how a reply ended, Retry, Continue) is built the first time it
        # is needed: most stored messages never show one, and a long chat opens faster.
        self._notice: QWidget | None = None
        self._outcome: Message | None = None  # the message whose notice shows
        self._figures_shown = False
        self._stats: ReplyStats | None = None
        self._stats_line = ""
        self.stats_label: QLabel | None = None

        self._pending: list[str] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FRAME_MS)
        self._flush_timer.timeout.connect(self.flush)
        self.show_outcome(message)
        self._retranslate()

    def _retranslate(self) -> None:
        """The texts every message has (a chat may hold hundreds: only these, here)."""
        user = self.role is Role.USER
        self._set_tool(
            self.copy_button,
            MessageBubble.tr("Copied") if self._copied else MessageBubble.tr("Copy"),
            MessageBubble.tr("Copy this prompt") if user else MessageBubble.tr("Copy this reply"),
        )
        if user:
            self._set_tool(
                self.edit_button,
                MessageBubble.tr("Edit", "a button: edit this prompt"),
                MessageBubble.tr("Edit this prompt and send it again"),
            )
        else:
            self._set_tool(
                self.regenerate_button,
                MessageBubble.tr("Regenerate"),
                MessageBubble.tr("Ask for this reply again"),
            )
        self._set_tool(
            self.details_button,
            MessageBubble.tr("Details", "a button: the reply's tokens and speed"),
            MessageBubble.tr("Tokens and speed of this reply"),
            tooltip=not self._stats_line,  # the figures themselves, once there are some
        )
        self.text_view.setAccessibleName(_accessible_title(self._title_text))

    def _restate(self) -> None:
        """The texts that follow what happened to this message, in the new language."""
        self._show_fold_button()
        self._word_files_note()
        self._word_thinking()
        if self._notice is not None:
            self._word_notice_row()
            if self._outcome is not None:  # not a reason given from outside (waiting)
                notice = _notice_for(self._outcome)
                if notice is not None:
                    self._notice_label.setText(notice)
        if self._stats is not None:
            self._show_stats(self._stats.describe())

    def _word_files_note(self) -> None:
        if self._files_note is not None:
            self._files_note.setAccessibleName(MessageBubble.tr("About the files"))
            if self._sent:
                self._files_note.setToolTip(
                    MessageBubble.tr(
                        "Sent with this question:\n{passages}", passages="\n".join(self._sent)
                    )
                )

    def _fold_long_prompt(self) -> None:
        """A long prompt shows its first lines, with Show more (pasted text can run to
        pages; the answer is what the reader came for)."""
        button = self.fold_button = QToolButton(self)
        button.setObjectName("foldButton")
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(self._on_fold_button_clicked)
        button.hide()
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.text_view.cut_changed.connect(self._on_text_view_cut_changed)
        self._folded = True
        self._fold(True)

    def _fold(self, folded: bool) -> None:
        self._folded = folded
        lines = self.text_view.fontMetrics().lineSpacing() * FOLDED_LINES
        self.text_view.set_height_cap(lines if folded else None)
        self._show_fold_button()

    def _show_fold_button(self) -> None:
        if self.fold_button is not None:
            if self._folded:
                self.fold_button.setText(MessageBubble.tr("Show more"))
                self.fold_button.setAccessibleName(MessageBubble.tr("Show all of this prompt"))
            else:
                self.fold_button.setText(MessageBubble.tr("Show less"))
                self.fold_button.setAccessibleName(MessageBubble.tr("Fold this prompt again"))
            self.fold_button.setVisible(self.text_view.cut_off or not self._folded)

    @Slot()
    def _on_fold_button_clicked(self) -> None:
        self._fold(not self._folded)

    @Slot(bool)
    def _on_text_view_cut_changed(self, _cut: bool) -> None:
        self._show_fold_button()

    def _notice_row(self) -> QWidget:
        if self._notice is not None:
            return self._notice
        self._notice = QWidget(self)
        notice_layout = QHBoxLayout(self._notice)
        notice_layout.setContentsMargins(0, 4, 0, 0)
        self._notice_label = QLabel(self._notice)
        self._notice_label.setObjectName("noticeLabel")
        self._notice_label.setWordWrap(True)
        self._notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._retry_button = QPushButton(self._notice)
        self._retry_button.clicked.connect(self.retry_requested)
        self._continue_button = QPushButton(self._notice)
        self._continue_button.clicked.connect(self.continue_requested)
        self._word_notice_row()
        notice_layout.addWidget(self._notice_label, 1)
        notice_layout.addWidget(self._continue_button, 0, Qt.AlignmentFlag.AlignTop)
        notice_layout.addWidget(self._retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self._notice)  # below the text (and the thinking)
        self._notice.hide()
        return self._notice

    def _word_notice_row(self) -> None:
        self._notice_label.setAccessibleName(MessageBubble.tr("How this reply ended"))
        # "Retry" is named in error messages ("press Retry"): the same word there.
        self._retry_button.setText(MessageBubble.tr("Retry", "a button: ask for the reply again"))
        self._retry_button.setAccessibleName(MessageBubble.tr("Retry this reply"))
        self._continue_button.setText(
            MessageBubble.tr("Continue", "a button: go on with an unfinished reply")
        )
        self._continue_button.setAccessibleName(
            MessageBubble.tr("Continue this reply from where it stopped")
        )

    @property
    def retry_button(self) -> QPushButton:
        self._notice_row()
        return self._retry_button

    @property
    def continue_button(self) -> QPushButton:
        self._notice_row()
        return self._continue_button

    def _tool(self, icon_name: str) -> IconButton:
        button = IconButton(icon_name, "", self.action_row, size=16)
        button.setObjectName("messageTool")
        return button

    @staticmethod
    def _set_tool(
        button: IconButton, text: str, accessible_name: str, tooltip: bool = True
    ) -> None:
        button.setText(text)
        button.setAccessibleName(accessible_name)
        if tooltip:
            button.setToolTip(accessible_name)

    def reveal_actions(self, shown: bool) -> None:
        """Show or hide Copy, Edit/Regenerate and Details (their place stays)."""
        self.action_row.setVisible(shown)

    @property
    def hovered(self) -> bool:
        return self._hovered

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self._hovered = True
        self.reveal_actions(True)
        self.hovered_now.emit()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.unhover()

    def unhover(self) -> None:
        """The pointer left (or is over another message: Qt does not always say when it
        leaves a widget that appeared under it)."""
        self._hovered = False
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.reveal_actions(False)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())
        self._show_copied(True)
        # With a context object, so the timer dies with the button.
        QTimer.singleShot(1500, self.copy_button, lambda: self._show_copied(False))

    def _show_copied(self, copied: bool) -> None:
        button = self.copy_button
        self._copied = copied
        button.setText(MessageBubble.tr("Copied") if copied else MessageBubble.tr("Copy"))
        button.set_icon_name("check" if copied else "copy")
        button.show_text(copied)
        if copied:
            QAccessible.updateAccessibility(
                QAccessibleAnnouncementEvent(button, MessageBubble.tr("Copied"))
            )

    def stop_drawing(self) -> None:
        """The message is being taken off the page: no more frames, nor shares of them."""
        self._flush_timer.stop()
        if self.markdown is not None:
            self.markdown.stop_rendering()

    def queue_text(self, text: str) -> None:
        """Add streamed text; it reaches the screen at the next frame, in order."""
        if not self._pending and not self._pending_thinking:
            self._flush_timer.start()  # the first text since the last frame schedules one
        self._pending.append(text)

    def queue_reasoning(self, text: str) -> None:
        """Add streamed thinking, shown in the Thinking section above the answer."""
        if not self._pending and not self._pending_thinking:
            self._flush_timer.start()
        self._pending_thinking.append(text)

    @Slot()
    def flush(self) -> None:
        if self._pending_thinking:
            thinking = "".join(self._pending_thinking)
            self._pending_thinking.clear()
            if self.thinking_view is None:
                # Open while the model thinks and nothing of the answer is there yet.
                self._add_thinking(thinking, expanded=not self.has_text())
            else:
                self.thinking_view.append_plain(thinking)
        if self._pending:
            text = "".join(self._pending)
            self._pending.clear()
            answer_starts = not self.has_text()
            if self.markdown is not None:
                self.markdown.append_markdown(text)
            else:
                self.text_view.append_plain(text)
            if answer_starts and self.thinking_button and not self._thinking_opened_by_user:
                self.thinking_button.setChecked(False)  # the answer is here: fold it away
            self.text_view.settle()

    def _add_thinking(self, text: str, *, expanded: bool) -> None:
        button = QToolButton(self)
        button.setObjectName("thinkingButton")
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        view = MessageText(self)
        view.setObjectName("thinkingText")
        view.append_plain(text)
        button.toggled.connect(self._on_thinking_button_toggled)
        button.clicked.connect(self._on_thinking_button_clicked)
        at = self._layout.indexOf(self.text_view)
        self._layout.insertWidget(at, view)
        self._layout.insertWidget(at, button, 0, Qt.AlignmentFlag.AlignLeft)
        self.thinking_button, self.thinking_view = button, view
        self._word_thinking()
        button.setChecked(expanded)
        self._on_thinking_button_toggled(expanded)

    def _word_thinking(self) -> None:
        if self.thinking_button is not None and self.thinking_view is not None:
            self.thinking_button.setText(
                MessageBubble.tr("Thinking", "a button over the model's reasoning")
            )
            self.thinking_button.setAccessibleName(
                MessageBubble.tr("Show or hide the model's thinking")
            )
            self.thinking_view.setAccessibleName(MessageBubble.tr("The model's thinking"))

    @Slot(bool)
    def _on_thinking_button_toggled(self, shown: bool) -> None:
        if self.thinking_button is not None and self.thinking_view is not None:
            self.thinking_button.setArrowType(
                Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
            )
            self.thinking_view.setVisible(shown)

    @Slot()
    def _on_thinking_button_clicked(self) -> None:
        self._thinking_opened_by_user = True

    def thinking_text(self) -> str:
        return self.thinking_view.toPlainText() if self.thinking_view is not None else ""

    def natural_width(self, limit: int) -> int:
        """The width the text wants without wrapping, up to `limit`, padding included."""
        metrics = self.text_view.fontMetrics()
        lines = self.text_view.toPlainText().splitlines() or [""]
        text_width = max(metrics.horizontalAdvance(line) for line in lines)
        # The title in its own (bold) font, beside the actions' kept place: a short
        # prompt's bubble cut a title longer than "You" ("Sie") off.
        self._title.ensurePolished()
        title_width = (
            self._title.fontMetrics().horizontalAdvance(self._title.text())
            + 2
            + self.action_row.sizeHint().width()
        )
        margins = self._layout.contentsMargins()
        padding = (
            margins.left()
            + margins.right()
            + 2 * int(self.text_view.document().documentMargin())
            + 8
        )
        return min(max(text_width, title_width, self._attachments_width()) + padding, limit)

    def _attachments_width(self) -> int:
        width = self._images_width
        if self.document_chips is not None:
            # Measured styled: before its style sheet applies, a chip's bold name is
            # narrower, and a bubble fitted to that wrapped the second file out of sight.
            self.document_chips.ensurePolished()
            width = max(width, self.document_chips.sizeHint().width())
        return width

    def fit_bubble(self, limit: int) -> None:
        """A prompt's bubble: no wider than its text needs, up to `limit`; fitted again
        when the text size changes (View -> Larger text)."""
        self._bubble_limit = limit
        self.setMaximumWidth(self.natural_width(limit))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_stats_line"):
            self._retranslate()
            self._restate()
            if self.role is Role.USER:
                self.set_title(you())  # "You" in the new language, not "Sie" beside "You"
            else:
                self._title.setText(_isolated(self._title_text))  # the direction may change
        limit = getattr(self, "_bubble_limit", None)  # Qt may ask before __init__ ends
        if limit is not None and event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,  # its title and text are as wide as before
        ):
            self.setMaximumWidth(self.natural_width(limit))

    def showEvent(self, event: QShowEvent) -> None:
        # Its chips take their style sheet's fonts and paddings only now, once in the
        # window: a bubble fitted before then was too narrow for them.
        limit = getattr(self, "_bubble_limit", None)
        if limit is not None and self.document_chips is not None:
            self.setMaximumWidth(self.natural_width(limit))
        super().showEvent(event)

    def has_text(self) -> bool:
        """Whether any of the answer is there. Asked every frame, so it never joins the
        reply's text (that grew with the reply: quadratic over a long one)."""
        if self.markdown is not None:
            return self.markdown.has_source()
        return not self.text_view.document().isEmpty()

    def plain_text(self) -> str:
        """The text as written: a reply's Markdown source, a prompt as typed."""
        if self.markdown is not None:
            return self.markdown.markdown_source()
        return self.text_view.toPlainText()

    def show_outcome(self, message: Message) -> None:
        """Show how the reply ended: nothing for a complete one, a notice otherwise."""
        self.flush()
        if self.markdown is not None and message.status is not ReplyStatus.STREAMING:
            self.markdown.finish()  # the open block becomes a finished one
        # A reply that failed before its first word shows only the notice, no blank line.
        self.text_view.setVisible(bool(message.content) or message.status is ReplyStatus.STREAMING)
        notice = _notice_for(message)
        self._outcome = message if notice is not None else None
        if notice is not None or self._notice is not None:
            self._notice_row().setVisible(notice is not None)
        if notice is not None:
            self._notice_label.setText(notice)
            self._notice_label.setProperty("severity", message.status.value)
            style = self._notice_label.style()
            style.unpolish(self._notice_label)  # re-read the stylesheet for the new severity
            style.polish(self._notice_label)
            self.retry_button.setVisible(message.status is not ReplyStatus.STREAMING)
        if message.stats is not None:
            self._stats = message.stats
            self._show_stats(message.stats.describe())
        if message.role is Role.ASSISTANT:
            self.regenerate_button.setVisible(message.status is ReplyStatus.COMPLETE)
            continuable = bool(message.content) and message.status in _CONTINUABLE
            if continuable or self._notice is not None:
                self.continue_button.setVisible(continuable)

    def show_waiting(self, reason: str) -> None:
        """While a reply waits to be sent, say what for ("" once it is on its way)."""
        if not reason and self._notice is None:
            return
        self._notice_row().setVisible(bool(reason))
        if reason:
            self._outcome = None
            self._notice_label.setText(reason)
            self._notice_label.setProperty("severity", "waiting")
            style = self._notice_label.style()
            style.unpolish(self._notice_label)
            style.polish(self._notice_label)
            self.retry_button.hide()
            self.continue_button.hide()

    def set_title(self, title: str) -> None:
        self._title.setText(_isolated(title))
        self._title_text = title
        self.text_view.setAccessibleName(_accessible_title(title))

    def _show_stats(self, line: str) -> None:
        self.details_button.setToolTip(line)
        self.details_button.setAccessibleDescription(line)
        self.details_button.show()
        self._stats_line = line
        self._show_stats_label()

    def focus_order(self) -> list[QWidget]:
        """What Tab visits in this message, in order: its text, then its actions."""
        order: list[QWidget] = [self.text_view]
        if self.fold_button is not None:
            order.append(self.fold_button)
        order.append(self.copy_button)
        order.append(self.edit_button if self.role is Role.USER else self.regenerate_button)
        order.append(self.details_button)
        return order

    def show_figures(self, shown: bool) -> None:
        """Show the reply's figures under it too, not only behind its Details icon."""
        self._figures_shown = shown
        self._show_stats_label()

    def _show_stats_label(self) -> None:
        wanted = self._figures_shown and bool(self._stats_line)
        if wanted and self.stats_label is None:  # made for those who asked for it only
            self.stats_label = QLabel(self)
            self.stats_label.setObjectName("statsLabel")
            self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.addWidget(self.stats_label)
        if self.stats_label is not None:
            self.stats_label.setText(self._stats_line)
            self.stats_label.setVisible(wanted)

    def hide_retry(self) -> None:
        """Only the latest reply can be asked for again."""
        if self._notice is not None:
            self._retry_button.hide()
            self._continue_button.hide()
        if self.role is Role.ASSISTANT:
            self.regenerate_button.hide()

    @property
    def notice_text(self) -> str:
        if self._notice is None or not self._notice.isVisibleTo(self):
            return ""
        return self._notice_label.text()


def _isolated(title: str) -> str:
    """A title at the start of its line in the window's direction (the right, in Arabic),
    in its own direction: a label aligns by its text's first letter, so a Latin model name
    went to the left of an Arabic window. A mark of the window's direction leads, and
    Unicode's FSI ... PDI keep the name's own letters in their order."""
    right_to_left = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return ("\u200f" if right_to_left else "\u200e") + f"\u2068{title}\u2069"


def _accessible_title(title: str) -> str:
    """What a screen reader calls a message's text: "You message", "gpt-4o message"
    (`title` is the message's heading: "You", or the name of the model that replied)."""
    return MessageBubble.tr("{title} message", title=title)


_CONTINUABLE = {ReplyStatus.INTERRUPTED, ReplyStatus.CUT_OFF, ReplyStatus.STOPPED}


def _notice_for(message: Message) -> str | None:
    if message.role is not Role.ASSISTANT:
        return None
    match message.status:
        case ReplyStatus.FAILED:  # the error as it was said then, in that language
            return message.error or MessageBubble.tr("The reply failed.")
        case ReplyStatus.STOPPED if not message.content:
            return MessageBubble.tr("Stopped before the reply began.")
        case ReplyStatus.STOPPED:
            return MessageBubble.tr("Stopped. The text above is what had arrived.")
        case ReplyStatus.CUT_OFF:
            return MessageBubble.tr(
                "The reply was cut off: it reached the length limit for one answer."
            )
        case ReplyStatus.INTERRUPTED:
            return MessageBubble.tr(
                "Interrupted: Rivulet was closed before this reply finished. "
                "The text above is what had arrived."
            )
        case ReplyStatus.FILTERED:
            return MessageBubble.tr("The server's content filter stopped this reply.")
        case _:
            return None
