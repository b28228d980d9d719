"""`ReplyDraft`: the one owner of a streaming reply's text."""

from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.reply_draft import ReplyDraft


def test_a_new_reply_is_the_concatenation_of_its_deltas() -> None:
    draft = ReplyDraft()
    shown = [draft.add_text(t) for t in ("Hel", "lo", " there")]
    draft.add_reasoning("think")
    assert shown == ["Hel", "lo", " there"]
    assert draft.text == "Hello there" and draft.reasoning == "think"
    assert draft.flush() == "" and not draft.continuing
    assert draft.stats(None, 10) is None  # no reply read: no figures


def test_a_continued_reply_joins_its_first_word_to_the_partial_text() -> None:
    partial = Message(Role.ASSISTANT, "The capital is", ReplyStatus.STOPPED)
    draft = ReplyDraft(partial)
    assert draft.continuing
    shown = [draft.add_text(t) for t in ("Par", "is", ".")]
    rest = draft.flush()
    assert "".join(shown) + rest == " Paris."
    assert draft.text == "The capital is Paris."  # what is stored is what was shown
