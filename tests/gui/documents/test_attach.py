"""Files attached to a question, as a person attaches them: chips while they are read,
the question sent with the passages that fit, the files under the question afterwards
(kept in the history), and a plain sentence for a file that cannot be read."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.documents.chips import DocumentChips
from gui.reply_view.message_text import MessageText
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.documents import drawing_only_pdf, lease_pages, pdf
from tests.support.fake_openai import FakeOpenAIServer


def _lease(folder: Path) -> Path:
    path = folder / "lease.pdf"
    path.write_bytes(pdf(lease_pages()))
    return path


def _attach(qtbot: QtBot, window: MainWindow, *paths: Path) -> DocumentChips:
    chips = window.composer.documents
    window.attach_files(list(paths))
    qtbot.waitUntil(lambda: not chips.reading(), timeout=10_000)
    return chips


def _last_user_text(server: FakeOpenAIServer) -> str:
    body = server.chat_requests[-1].body
    assert body is not None
    content = body["messages"][-1]["content"]
    assert isinstance(content, str)
    return content


def test_a_long_pdf_is_sent_as_the_passages_that_fit_and_stays_with_the_question(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    notes = tmp_path / "notes.md"
    notes.write_text("# Viewing\n\nAsk about the notice period.", encoding="utf-8")
    chips = _attach(qtbot, window, _lease(tmp_path), notes)
    assert chips.chips[0].detail_label.full_text.startswith("PDF · 300 pages · ")
    assert chips.chips[1].detail_label.full_text.startswith("Markdown · ")

    ask(qtbot, window, "What notice period must the tenant give?")
    sent = _last_user_text(server)
    # "m" is a model nobody knows: 4,096 tokens, so the passages that fit, not 300 pages.
    assert len(sent) < 4096 * 3
    assert '<file name="lease.pdf, page 250">' in sent
    assert "notice period of three months" in sent
    assert sent.endswith("What notice period must the tenant give?")
    assert not chips.isVisible() and chips.chips == []  # the composer is empty again

    question = window.view.messages[-2]
    assert question.document_chips is not None
    assert [c.accessibleName() for c in question.document_chips.chips] == [
        "lease.pdf",
        "notes.md",
    ]
    note = question.findChild(MessageText, "filesNote")
    assert note is not None and note.isVisible()
    assert note.toPlainText().startswith("Only part of lease.pdf fits what this model can read")
    assert note.geometry().bottom() <= question.contentsRect().bottom()  # not cut off
    assert "lease.pdf, page 250" in note.toolTip().splitlines()  # which passages went

    # A follow-up gets the passages for it, from the same files.
    ask(qtbot, window, "Which page says so?")
    assert "notice period of three months" in _last_user_text(server)
    body = server.chat_requests[-1].body
    assert body is not None
    first_question = body["messages"][0]["content"]
    assert first_question.endswith("(Attached: lease.pdf, notes.md)")  # not sent again

    # Clicking a file shows the text that was read from it, page by page.
    chip = question.document_chips.chips[0]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _viewer(window) is not None)
    viewer = _viewer(window)
    assert viewer is not None and viewer.windowTitle() == "lease.pdf"
    text = viewer.findChild(QPlainTextEdit)
    assert text is not None and "— Page 250 —" in text.toPlainText()
    viewer.close()

    window.close()  # the files are kept with the question in the history
    again = make_window(Settings.single(base_url=server.base_url, model="m"))
    qtbot.waitUntil(lambda: len(again.view.messages) == 4)
    kept = again.view.messages[0].document_chips
    assert kept is not None and [c.accessibleName() for c in kept.chips] == [
        "lease.pdf",
        "notes.md",
    ]


def _viewer(window: MainWindow) -> QDialog | None:
    return next((d for d in window.findChildren(QDialog, "documentViewer") if d.isVisible()), None)


def test_a_file_that_cannot_be_read_is_taken_off_and_the_reason_said(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(drawing_only_pdf())
    good = tmp_path / "todo.txt"
    good.write_text("buy flour", encoding="utf-8")
    chips = _attach(qtbot, window, scan, good, tmp_path / "gone.docx")
    assert [chip.accessibleName() for chip in chips.chips] == ["todo.txt"]
    said = window.statusBar().currentMessage()
    assert "gone.docx was not found" in said or "scan.pdf has no text" in said
    assert "Traceback" not in said


def test_files_dropped_on_the_window_are_attached_beside_images(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    note = tmp_path / "recipe.md"
    note.write_text("# Bread\n\nFlour, water, salt.", encoding="utf-8")
    picture = tmp_path / "dot.png"
    picture.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
            "0000000d4944415478da63f8cfc0f01f0005000201e226a3a40000000049454e44ae426082"
        )
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note)), QUrl.fromLocalFile(str(picture))])
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)  # what Qt calls when files are dropped on the window
    chips = window.composer.documents
    qtbot.waitUntil(lambda: bool(chips.documents()))
    assert [d.name for d in chips.documents()] == ["recipe.md"]
    assert [image.name for image in window.attachments.attachments()] == ["dot.png"]
    assert window.statusBar().currentMessage() == ""  # nothing refused


def test_files_opened_with_rivulet_start_a_new_chat_with_them_attached(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "An earlier question")
    earlier = window.session.conversation_id
    note = tmp_path / "minutes.txt"
    note.write_text("The meeting moved to Friday.", encoding="utf-8")
    window.open_files([str(note), str(tmp_path / "missing.png")])
    assert window.session.conversation_id != earlier and window.view.messages == []
    chips = window.composer.documents
    qtbot.waitUntil(lambda: [d.name for d in chips.documents()] == ["minutes.txt"])
    assert "missing.png was not found" in window.statusBar().currentMessage()
    assert window.prompt.hasFocus()


def test_files_pasted_from_a_file_manager_are_attached_not_typed(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    note = tmp_path / "agenda.md"
    note.write_text("# Agenda\n\n1. Budget", encoding="utf-8")
    copied = QMimeData()  # what a file manager's Copy puts on the clipboard
    copied.setUrls([QUrl.fromLocalFile(str(note))])
    copied.setText(str(note))
    QApplication.clipboard().setMimeData(copied)
    window.prompt.setFocus()
    qtbot.keyClick(window.prompt, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    chips = window.composer.documents
    qtbot.waitUntil(lambda: [d.name for d in chips.documents()] == ["agenda.md"])
    assert window.prompt.toPlainText() == ""  # the file, not its path as text


def test_how_much_a_model_reads_can_be_set_per_provider_and_files_follow_it(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    from dataclasses import replace

    from core.config.settings import SettingsStore

    notes = tmp_path / "minutes.txt"
    paragraphs = [f"Item {n}: the bridge over the mill stream needs repair." for n in range(90)]
    notes.write_text("\n\n".join(paragraphs), encoding="utf-8")  # ~5,000 characters
    settings = Settings.single(base_url=server.base_url, model="m")
    window = make_window(settings)
    _attach(qtbot, window, notes)
    ask(qtbot, window, "What needs repair?")
    whole = _last_user_text(server)
    assert '<file name="minutes.txt">' in whole and "Item 89" in whole  # 4,096 tokens
    window.close()

    small = settings.with_provider(replace(settings.providers[0], context=1_500))
    again = make_window(small)
    assert SettingsStore(again._store.folder).load(with_keys=False).providers[0].context == 1_500
    again.new_chat()
    _attach(qtbot, again, notes)
    ask(qtbot, again, "What needs repair?")
    sent = _last_user_text(server)
    assert "too long to include whole" in sent  # the passages that match, not all
    assert len(sent) < 1_500 * 3


def test_a_question_sent_before_its_files_are_read_goes_once_they_are(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    window.attach_files([_lease(tmp_path)])  # 300 pages: still being read when Enter is hit
    assert window.composer.documents.reading() == ["lease.pdf"]
    ask(qtbot, window, "What notice period must the tenant give?")
    assert "notice period of three months" in _last_user_text(server)
    assert not window.statusBar().currentMessage().startswith("Reading ")


def test_files_are_fitted_to_a_question_off_the_gui_thread(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    import threading

    from core.documents.compose import FilesRequest, FilesSent
    from core.documents.read import document_from_bytes

    ran_on: list[str] = []

    class Watched(FilesRequest):
        def fit(self) -> FilesSent:
            ran_on.append(threading.current_thread().name)
            return super().fit()

    window = make_window()
    note = document_from_bytes(b"Bridge repairs start on Monday.", "works.txt")
    fitted: list[FilesSent] = []
    window.documents.fit(Watched("bridge", (note,), 10_000), fitted.append)
    assert window.documents.fitting
    qtbot.waitUntil(lambda: bool(fitted))
    assert ran_on[0].startswith("rivulet-documents")
    assert fitted[0].whole and "Bridge repairs" in fitted[0].text
    assert not window.documents.fitting


def test_many_files_wrap_onto_lines_in_a_narrow_window_and_nothing_overlaps(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    window.resize(480, 600)
    qtbot.waitUntil(lambda: window.width() == 480)
    paths = []
    for number in range(5):
        path = tmp_path / f"chapter {number + 1} of the report.md"
        path.write_text(f"# Chapter {number + 1}", encoding="utf-8")
        paths.append(path)
    chips = _attach(qtbot, window, *paths)
    qtbot.waitUntil(lambda: len(chips.documents()) == 5)
    area = chips.contentsRect()
    boxes = [chip.geometry() for chip in chips.chips]
    qtbot.waitUntil(lambda: len({chip.geometry().top() for chip in chips.chips}) > 1)
    boxes = [chip.geometry() for chip in chips.chips]
    assert all(area.contains(box) for box in boxes)  # none runs off the edge
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_every_file_shows_under_the_sent_question(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """A trial sent notes.txt and plan.md with a short question: only notes.txt showed
    (the bubble was fitted to the chips before they were styled, the second wrapped onto a
    line the bubble had no room for)."""
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    (tmp_path / "notes.txt").write_text("Shopping list: apples, bread.", encoding="utf-8")
    (tmp_path / "plan.md").write_text("# Trip plan\n\nLyon, then Nice.", encoding="utf-8")
    _attach(qtbot, window, tmp_path / "notes.txt", tmp_path / "plan.md")
    ask(qtbot, window, "What should I buy?")
    question = window.view.messages[-2]
    chips = question.document_chips
    assert chips is not None and len(chips.chips) == 2

    def all_shown() -> bool:
        inside = question.rect()
        return all(
            chip.isVisible()
            and not chip.visibleRegion().isEmpty()
            and inside.contains(chip.mapTo(question, chip.rect().bottomRight()))
            for chip in chips.chips
        )

    qtbot.waitUntil(all_shown)
