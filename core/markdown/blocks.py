"""Split streaming Markdown into blocks that are finished and one that is still growing.

A reply is rendered block by block: a block is sealed (rendered once, never touched
again) when a blank line ends it outside a code fence, and only the open block at the
end is rendered again as text arrives. So the work per frame depends on the open
block's size, not the reply's. A block that grows past `SOFT_LIMIT` characters (a giant
paragraph, a huge code block) is sealed at a line or word boundary anyway, which keeps
that work bounded at the cost of a line break inside such a block.
"""

import re
from dataclasses import dataclass, field

SOFT_LIMIT = 4000
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


@dataclass
class BlockSplitter:
    """Feed text as it streams; take sealed blocks from `feed`, the rest from `tail`."""

    limit: int = SOFT_LIMIT
    _open: list[str] = field(default_factory=list)  # complete lines of the open block
    _open_size: int = 0
    _partial: str = ""  # the last line, not ended by a newline yet
    _fence: str | None = None  # the open code fence ("```", "~~~~", ...) if inside one

    def feed(self, text: str) -> list[str]:
        """Add streamed text; returns the blocks it finished, in order."""
        sealed: list[str] = []
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        for line in lines:
            self._add_line(line, sealed)
        if len(self._partial) > self.limit:  # one line longer than a block may be
            self._cut_long_line(sealed)
        return sealed

    def finish(self) -> list[str]:
        """The reply ended: everything left, as sealed blocks."""
        sealed: list[str] = []
        if self._partial:
            self._add_line(self._partial, sealed)
            self._partial = ""
        if self._open:
            if self._fence is not None:
                self._open.append(self._fence)  # close a fence the model left open
                self._fence = None
            sealed.append("\n".join(self._open))
            self._open, self._open_size = [], 0
        return sealed

    @property
    def tail(self) -> str:
        """The open block as it stands (with a fence closed, so it renders as code)."""
        lines = [*self._open, self._partial] if self._partial else list(self._open)
        text = "\n".join(lines)
        if self._fence is not None and text:
            text += "\n" + self._fence
        return text

    # -- internals ---------------------------------------------------------------
    def _add_line(self, line: str, sealed: list[str]) -> None:
        fence = _FENCE.match(line)
        if self._fence is None:
            if fence is not None:
                if self._open:  # a fence starts a block of its own
                    self._seal(sealed)
                self._fence = fence.group(1)
                self._push(line)
                return
            if not line.strip():
                if self._open:
                    self._seal(sealed)
                return
            self._push(line)
            if self._open_size > self.limit:
                self._seal(sealed)
            return
        # Inside a fence: only a closing fence of the same kind, at least as long, ends it.
        self._push(line)
        marker = fence.group(1) if fence is not None else ""
        closing = (
            bool(marker)
            and line.strip() == marker
            and marker[0] == self._fence[0]
            and len(marker) >= len(self._fence)
        )
        if closing:
            self._fence = None
            self._seal(sealed)
            return
        if self._open_size > self.limit:
            self._seal_code_part(sealed)

    def _push(self, line: str) -> None:
        self._open.append(line)
        self._open_size += len(line) + 1

    def _seal(self, sealed: list[str]) -> None:
        sealed.append("\n".join(self._open))
        self._open, self._open_size = [], 0

    def _seal_code_part(self, sealed: list[str]) -> None:
        """Seal the code so far as a closed block, and go on in a new one with the same fence."""
        fence = self._fence
        assert fence is not None
        opening = self._open[0]
        sealed.append("\n".join([*self._open, fence]))
        self._open, self._open_size = [], 0
        self._push(opening)

    def _cut_long_line(self, sealed: list[str]) -> None:
        """A line with no newline in sight grew past the limit: cut it at spaces into
        pieces of at most `limit`. Walks an index and slices each piece once: cutting the
        rest off again after every piece copied a 1 MB line 250 times (~35 ms)."""
        line = self._partial
        start = 0
        while len(line) - start > self.limit:
            end = start + self.limit
            cut = line.rfind(" ", start, end)
            if cut <= start:
                cut = end  # one enormous word (or minified code): cut anywhere
            self._push(line[start:cut])
            if self._fence is not None:
                self._seal_code_part(sealed)
            else:
                self._seal(sealed)
            start = cut
            while start < len(line) and line[start] == " ":
                start += 1
        self._partial = line[start:]
