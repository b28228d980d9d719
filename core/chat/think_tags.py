"""Split `<think>…</think>` out of streamed content, even when a tag is cut across deltas.

Older Ollama builds and many local models put their reasoning inline in `content`.
"""

from collections.abc import Iterator

OPEN = "<think>"
CLOSE = "</think>"


class ThinkSplitter:
    """Feed content deltas; get back ("text" | "reasoning", piece) pairs, in order."""

    def __init__(self) -> None:
        self._inside = False
        self._held = ""  # the end of the last delta, when it may be the start of a tag
        self._seen_text = False
        self._had_reasoning = False

    def feed(self, delta: str) -> Iterator[tuple[str, str]]:
        plain = not (self._held or self._inside) and (self._seen_text or not self._had_reasoning)
        if plain and "<" not in delta:
            # Nearly every delta: plain answer text, no tag in sight. Once per delta on
            # the streaming thread, so it skips the generators below.
            if delta:
                self._seen_text = True
                return iter((("text", delta),))
            return iter(())
        return self._feed(delta)

    def _feed(self, delta: str) -> Iterator[tuple[str, str]]:
        data = self._held + delta
        self._held = ""
        while data:
            tag = CLOSE if self._inside else OPEN
            at = data.find(tag)
            if at >= 0:
                yield from self._emit(data[:at])
                data = data[at + len(tag) :]
                self._inside = not self._inside
                continue
            # Hold back a tail that could be the beginning of the tag.
            keep = _partial_tag_length(data, tag)
            yield from self._emit(data[: len(data) - keep])
            self._held = data[len(data) - keep :]
            return

    def flush(self) -> Iterator[tuple[str, str]]:
        held, self._held = self._held, ""
        yield from self._emit(held)

    def _emit(self, piece: str) -> Iterator[tuple[str, str]]:
        if self._inside:
            if piece:
                self._had_reasoning = True
                yield ("reasoning", piece)
            return
        if not self._seen_text and self._had_reasoning:
            piece = piece.lstrip()  # the blank lines between </think> and the answer
        if piece:
            self._seen_text = True
            yield ("text", piece)


def _partial_tag_length(data: str, tag: str) -> int:
    for length in range(min(len(tag) - 1, len(data)), 0, -1):
        if tag.startswith(data[-length:]):
            return length
    return 0
