"""Per-reply figures: tokens in and out, time to first token, tokens per second."""

import json
from dataclasses import asdict, dataclass

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
        mark = "≈" if self.estimated else ""
        parts = [f"{mark}{self.tokens_out} tokens"]
        if self.tokens_in is not None:
            parts[0] += f" ({mark}{self.tokens_in} in)"
        if self.first_token_s is not None:
            parts.append(f"first token {self.first_token_s:.2f} s")
        if self.tokens_per_s is not None:
            parts.append(f"{mark}{self.tokens_per_s:.0f} tokens/s")
        if self.left_out:
            many = "s" if self.left_out != 1 else ""
            parts.append(
                f"the chat is longer than this model can read: it left out the first "
                f"{self.left_out} message{many}"
            )
        return " · ".join(parts)

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
