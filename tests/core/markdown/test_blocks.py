"""Splitting streamed Markdown into sealed blocks and an open tail."""

import random

from core.markdown.blocks import BlockSplitter

REPLY = """# Title

A paragraph
on two lines.

```python
def f():

    return 1
```

- one
- two

> quoted

| a | b |
|---|---|
| 1 | 2 |
"""


def stream(text: str, pieces: list[int], limit: int = 4000) -> tuple[list[str], BlockSplitter]:
    splitter = BlockSplitter(limit=limit)
    sealed: list[str] = []
    at = 0
    for size in pieces:
        sealed += splitter.feed(text[at : at + size])
        at += size
    sealed += splitter.feed(text[at:])
    return sealed, splitter


def test_blocks_end_at_blank_lines_but_not_inside_code() -> None:
    splitter = BlockSplitter()
    sealed = splitter.feed(REPLY) + splitter.finish()
    assert sealed == [
        "# Title",
        "A paragraph\non two lines.",
        "```python\ndef f():\n\n    return 1\n```",
        "- one\n- two",
        "> quoted",
        "| a | b |\n|---|---|\n| 1 | 2 |",
    ]


def test_any_chunking_gives_the_same_blocks() -> None:
    whole = BlockSplitter()
    expected = whole.feed(REPLY) + whole.finish()
    rng = random.Random(7)
    for _ in range(50):
        pieces = [rng.randint(1, 9) for _ in range(60)]
        sealed, splitter = stream(REPLY, pieces)
        assert sealed + splitter.finish() == expected


def test_the_tail_is_the_open_block_with_its_fence_closed() -> None:
    splitter = BlockSplitter()
    assert splitter.feed("Intro.\n\n```js\nlet a") == ["Intro."]
    assert splitter.tail == "```js\nlet a\n```"
    assert splitter.feed(" = 1;\n``") == []
    assert splitter.tail == "```js\nlet a = 1;\n``\n```"
    assert splitter.feed("`\nAfter") == ["```js\nlet a = 1;\n```"]
    assert splitter.tail == "After"


def test_an_unclosed_fence_is_closed_at_the_end() -> None:
    splitter = BlockSplitter()
    splitter.feed("~~~\ncode\n```\nstill code")
    assert splitter.finish() == ["~~~\ncode\n```\nstill code\n~~~"]


def test_a_giant_paragraph_is_sealed_in_bounded_pieces_at_spaces() -> None:
    text = ("word " * 100_000).strip()  # 500 kB, no newline
    sealed, splitter = stream(text, [7] * 2000 + [len(text)])
    rest = splitter.finish()
    assert all(len(block) <= 4000 for block in sealed + rest)
    assert all(not block.endswith(" ") and not block.startswith(" ") for block in sealed)
    assert " ".join(sealed + rest) == text


def test_one_huge_delta_without_spaces_is_cut_anyway() -> None:
    splitter = BlockSplitter(limit=1000)
    sealed = splitter.feed("x" * 1_000_000)
    assert len(sealed) == 999 and all(len(b) == 1000 for b in sealed)
    assert len(splitter.tail) == 1000


def test_huge_code_is_sealed_as_closed_code_blocks() -> None:
    code = "\n".join(f"line {n}" for n in range(2000))
    splitter = BlockSplitter(limit=1000)
    sealed = splitter.feed(f"```python\n{code}\n```\n") + splitter.finish()
    assert len(sealed) > 5
    assert all(b.startswith("```python\n") and b.endswith("\n```") for b in sealed)
    lines = [line for b in sealed for line in b.split("\n")[1:-1]]
    assert "\n".join(lines) == code
