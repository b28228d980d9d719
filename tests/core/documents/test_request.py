"""What a request carries for questions with files: the latest question its files' text,
earlier ones only their names (each question gets the passages for it)."""

from core.chat.conversation import Message, Role, request_messages
from core.documents.read import document_from_bytes


def test_only_the_latest_question_carries_the_files_text() -> None:
    report = document_from_bytes(b"Sales rose by 4%.", "report.txt")
    first = Message(Role.USER, "Summarise it", documents=(report,), context="<file>A</file>")
    second = Message(Role.USER, "And the costs?", context="<file>B</file>")
    sent = request_messages([first, Message(Role.ASSISTANT, "Sales rose."), second])
    assert sent == [
        {"role": "user", "content": "Summarise it\n\n(Attached: report.txt)"},
        {"role": "assistant", "content": "Sales rose."},
        {"role": "user", "content": "<file>B</file>\n\nAnd the costs?"},
    ]


def test_a_question_of_files_alone_is_sent() -> None:
    report = document_from_bytes(b"Sales rose by 4%.", "report.txt")
    sent = request_messages([Message(Role.USER, "", documents=(report,), context="<file>A</file>")])
    assert sent == [{"role": "user", "content": "<file>A</file>"}]
