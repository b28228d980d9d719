"""Continue after Stop: the continuation joins the partial reply without gluing words."""

import pytest

from core.chat.continuation import ContinuationJoiner, joined


@pytest.mark.parametrize(
    ("partial", "continuation", "expected"),
    [
        (
            "…the empire was multi",
            "The Roman Empire grew.",
            "…the empire was multi The Roman Empire grew.",
        ),
        ("It was multi", "multiple things.", "It was multiple things."),
        ("The Roman", "Roman Empire fell.", "The Roman Empire fell."),
        ("It ended", ". Then more.", "It ended. Then more."),
        ("It ended.", "Then more.", "It ended. Then more."),
        ("Ends with a space ", "next", "Ends with a space next"),
        ("No space", " before", "No space before"),
        ("A list:", "- one\n- two", "A list:\n\n- one\n- two"),
        ("Code follows\n", "```python\nx = 1\n```", "Code follows\n```python\nx = 1\n```"),
        ("## Heading\nSome text", "# Next part", "## Heading\nSome text\n\n# Next part"),
        ("In brackets (", "see below)", "In brackets (see below)"),
        ("", "Fresh start", "Fresh start"),
        # From a review: scripts without spaces, a leading space, a hyphen.
        ("你好", "世界。", "你好世界。"),
        ("これは日本", "語です。", "これは日本語です。"),
        ("The quick", " quick brown fox", "The quick brown fox"),
        ("in multi", " multiple", "in multiple"),
        ("well", "-known", "well-known"),
    ],
)
def test_a_continuation_gets_the_space_or_line_break_it_needs(
    partial: str, continuation: str, expected: str
) -> None:
    assert partial + joined(partial, continuation) == expected


@pytest.mark.parametrize("cut", [1, 2, 3, 5, 8, 13])
def test_the_joiner_gives_the_same_text_however_the_deltas_are_split(cut: int) -> None:
    partial, continuation = "It was multi", "multiple things, all at once."
    joiner = ContinuationJoiner(partial)
    pieces = [continuation[i : i + cut] for i in range(0, len(continuation), cut)]
    out = "".join(joiner.feed(piece) for piece in pieces) + joiner.flush()
    assert partial + out == "It was multiple things, all at once."


def test_a_short_continuation_is_released_when_it_ends() -> None:
    joiner = ContinuationJoiner("Stopped mid")
    assert joiner.feed("way") == ""  # the first word may still go on
    assert joiner.flush() == " way"


def test_after_whitespace_nothing_is_held_back() -> None:
    joiner = ContinuationJoiner("Ends cleanly.\n")
    assert joiner.feed("Next") == "Next"
