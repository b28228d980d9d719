"""Joining a continued reply to the text it continues, so words are never glued together.

When the user presses Continue, the model is asked to go on from where its reply
stopped. Models seldom pick up mid-word: after "…in multi" they start "The Roman
Empire…" or repeat the cut word ("multiple…"). `ContinuationJoiner` holds back the
first word of the continuation until it can tell, then lets the rest through untouched,
so the stored text and the text on screen are the same string.
"""

import re

# Enough of the continuation to see its first word whole.
_HOLD_CHARS = 40
_WORD_TAIL = re.compile(r"\w+$")
_WORD_HEAD = re.compile(r"\w+")
# Markdown that must start a line of its own.
_BLOCK_START = re.compile(r"(#{1,6} |[-*+] |\d+[.)] |```|~~~|> |\|)")
_CLOSING = set(".,;:!?)]}»\u201d\u2019…%'\"")
# After these the next word follows without a space.
_OPENING = set("([{«\u201c\u2018/-_*`")


class ContinuationJoiner:
    """Feed the continuation's deltas in order; what comes out is what to append."""

    def __init__(self, partial: str) -> None:
        self._partial = partial
        self._held = ""
        self._decided = not partial or partial[-1].isspace()

    def feed(self, delta: str) -> str:
        if self._decided:
            return delta
        self._held += delta
        head = self._held.lstrip(" ")
        # Decide once the first word is complete (or clearly not coming).
        if len(self._held) >= _HOLD_CHARS or (head and _word_complete(head)):
            return self._release()
        return ""

    def flush(self) -> str:
        """What is still held back, joined; call when the continuation ends."""
        return "" if self._decided else self._release()

    def _release(self) -> str:
        self._decided = True
        text, self._held = self._held, ""
        return joined(self._partial, text)


def _word_complete(head: str) -> bool:
    match = _WORD_HEAD.match(head)
    return match is None or match.end() < len(head)


def _unspaced(char: str) -> bool:
    """Scripts written without spaces between words (Chinese, Japanese, Thai)."""
    code = ord(char)
    return (
        0x3000 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
    ) or 0x0E00 <= code <= 0x0E7F


def joined(partial: str, continuation: str) -> str:
    """`continuation` with what it needs in front to follow `partial` (or with the part
    of a cut-off word it repeats removed)."""
    if not partial or not continuation or partial[-1].isspace():
        return continuation
    if continuation[0].isspace():
        # Many models start with a space; one that repeats the cut word still repeats it.
        stripped = continuation.lstrip(" ")
        repeated = _without_repeat(partial, stripped)
        return repeated if repeated is not None else continuation
    if _unspaced(partial[-1]) or _unspaced(continuation[0]):
        return continuation
    repeated = _without_repeat(partial, continuation)
    if repeated is not None:
        return repeated
    if continuation[0] in "-_" and continuation[1:2].isalnum():
        return continuation  # "well" + "-known"
    if _BLOCK_START.match(continuation):
        return ("\n" if partial.endswith("\n") else "\n\n") + continuation
    if continuation[0] in _CLOSING or partial[-1] in _OPENING:
        return continuation
    return " " + continuation


def _without_repeat(partial: str, continuation: str) -> str | None:
    """`continuation` without the cut-off word of `partial` it starts by repeating."""
    fragment = _WORD_TAIL.search(partial)
    head = _WORD_HEAD.match(continuation)
    if fragment and head:
        cut, word = fragment.group(), head.group()
        if len(word) > len(cut) and word.startswith(cut):
            return continuation[len(cut) :]  # "multi" + "multiple" -> "multiple"
        if word == cut and len(word) > 1:
            return continuation[len(cut) :]  # the same whole word repeated
    return None
