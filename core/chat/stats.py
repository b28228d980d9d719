"""Per-reply figures: tokens in and out, time to first token, tokens per second."""

import json
from dataclasses import asdict, dataclass

from core import i18n
from core.i18n import Context

ReplyFigures = Context("ReplyFigures")

# Without a usage chunk, tokens are estimated from characters (about 4 per token in
# English text with the common tokenizers) and marked as estimated.
CHARS_PER_TOKEN = 4


@dataclass(frozen=True)
class ReplyStats:
    tokens_in: int | None
    tokens_out: int
    estimated: bool
    first_token_s: float | None
    tokens_per_s: float | None
    left_out: int = 0  # earlier messages the model could not read (too long a chat)

    def describe(self) -> str:
        """One short line for under a reply."""
        parts = [self._tokens()]
        if self.first_token_s is not None:
            parts.append(
                #: The time until the first word of the reply arrived, in seconds
                ReplyFigures.tr(
                    "first token {seconds} s", seconds=i18n.decimal(self.first_token_s, 2)
                )
            )
        if self.tokens_per_s is not None:
            rate = round(self.tokens_per_s)
            parts.append(
                #: Tokens written per second, "≈" marking an estimate
                ReplyFigures.tr("≈{rate} tokens/s", rate=rate)
                if self.estimated
                else ReplyFigures.tr("{rate} tokens/s", rate=rate)
            )
        if self.left_out:
            parts.append(
                ReplyFigures.tr(
                    "the chat is longer than this model can read: it left out the first "
                    "%n message(s)",
                    "",
                    self.left_out,
                )
            )
        return " · ".join(parts)

    def _tokens(self) -> str:
        """The tokens written (and read), "≈" marking estimates."""
        out, read = self.tokens_out, self.tokens_in
        if self.estimated:
            if read is None:
                return ReplyFigures.tr("≈%n token(s)", "estimated, written", out)
            return ReplyFigures.tr(
                "≈%n token(s) (≈{tokens_in} in)", "estimated, written and read", out, tokens_in=read
            )
        if read is None:
            return ReplyFigures.tr("%n token(s)", "written", out)
        return ReplyFigures.tr(
            "%n token(s) ({tokens_in} in)", "written and read", out, tokens_in=read
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "ReplyStats | None":
        try:
            return cls(**json.loads(text)) if text else None
        except (ValueError, TypeError):
            return None


def reply_stats(
    *,
    completion_tokens: int | None,
    prompt_tokens: int | None,
    text: str,
    prompt_chars: int,
    first_token_s: float | None,
    total_s: float | None,
    left_out: int = 0,
) -> ReplyStats:
    estimated = completion_tokens is None
    tokens_out = completion_tokens if completion_tokens is not None else _estimate(text)
    tokens_in = prompt_tokens if prompt_tokens is not None else _estimate_chars(prompt_chars)
    rate = None
    if first_token_s is not None and total_s is not None and total_s - first_token_s > 0.05:
        rate = tokens_out / (total_s - first_token_s)
    return ReplyStats(tokens_in, tokens_out, estimated, first_token_s, rate, left_out)


def _estimate(text: str) -> int:
    return _estimate_chars(len(text))


def _estimate_chars(chars: int) -> int:
    return max(1, round(chars / CHARS_PER_TOKEN)) if chars else 0
