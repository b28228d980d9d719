"""`clean_title`: what a model answers, made into a chat's title, or None."""

import pytest

from core.chat.titles import MAX_LENGTH, clean_title


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        ("Capital cities", "Capital cities"),
        ('"Capital cities."', "Capital cities"),
        ("Title: Capital cities", "Capital cities"),
        ("<think>a title, then</think>\n\n**Capital cities**", "Capital cities"),
        ("Tell Me About **deltas", "Tell Me About deltas"),
        ("The **Delta** and `diff` Question", "The Delta and diff Question"),
        ("Python __init__ Explained", "Python init Explained"),
        ("snake_case names", "snake_case names"),
        ("\n\n  Rivers  \nand more lines", "Rivers"),
    ],
)
def test_a_usable_answer_becomes_a_plain_title(answer: str, title: str) -> None:
    assert clean_title(answer) == title


@pytest.mark.parametrize("answer", ["", "  \n ", "**", "```", "x" * (MAX_LENGTH + 1)])
def test_an_unusable_answer_gives_none(answer: str) -> None:
    assert clean_title(answer) is None
