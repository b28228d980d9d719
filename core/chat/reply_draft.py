"""`ReplyDraft`: the one owner of a streaming reply's text and thinking, as shown.

The text is kept as the deltas came (joined once, at the end), so the stored reply always
equals the concatenation of what was shown. A continued reply starts from the partial
text, and its first words are joined to it by a `ContinuationJoiner`.
"""

from core.chat.continuation import ContinuationJoiner
from core.chat.conversation import Message
from core.chat.reply import ChatReply
from core.chat.stats import ReplyStats, reply_stats


class ReplyDraft:
    def __init__(self, partial: Message | None = None) -> None:
        """A new reply, or (given the partial reply) one that continues it."""
        self.parts: list[str] = [partial.content] if partial else []
        self.thinking: list[str] = [partial.reasoning] if partial else []
        self._joiner = ContinuationJoiner(partial.content) if partial else None

    def add_text(self, text: str) -> str:
        """Take a delta; returns what to show now ("" while a continuation's first word is
        held back until it is whole)."""
        if self._joiner is not None:
            text = self._joiner.feed(text)
            if not text:
                return ""
        self.parts.append(text)
        return text

    def add_reasoning(self, text: str) -> None:
        self.thinking.append(text)

    def flush(self) -> str:
        """The reply ended: what a continuation still held back, to show now."""
        if self._joiner is None:
            return ""
        rest = self._joiner.flush()
        self._joiner = None
        if rest:
            self.parts.append(rest)
        return rest

    @property
    def continuing(self) -> bool:
        return self._joiner is not None

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def reasoning(self) -> str:
        return "".join(self.thinking)

    def stats(self, reply: ChatReply | None, prompt_chars: int) -> ReplyStats | None:
        """The reply's figures (tokens, speed), once it has text."""
        text = self.text
        if reply is None or not text:
            return None
        usage = reply.usage
        return reply_stats(
            completion_tokens=usage.completion_tokens if usage else None,
            prompt_tokens=usage.prompt_tokens if usage else None,
            text=text,
            prompt_chars=prompt_chars,
            first_token_s=reply.seconds_to_first_delta,
            total_s=reply.seconds_total,
            left_out=reply.left_out,
        )
