"""Per-reply figures: from the server's usage chunk, or estimated and marked as such."""

from core.stats import ReplyStats, reply_stats


def test_from_the_usage_chunk() -> None:
    stats = reply_stats(
        completion_tokens=120,
        prompt_tokens=30,
        text="x" * 500,
        prompt_chars=100,
        first_token_s=0.5,
        total_s=3.5,
    )
    assert stats == ReplyStats(30, 120, False, 0.5, 40.0)
    assert stats.describe() == "120 tokens (30 in) · first token 0.50 s · 40 tokens/s"


def test_estimated_without_usage() -> None:
    stats = reply_stats(
        completion_tokens=None,
        prompt_tokens=None,
        text="x" * 400,
        prompt_chars=40,
        first_token_s=0.2,
        total_s=2.2,
    )
    assert (stats.tokens_out, stats.tokens_in, stats.estimated) == (100, 10, True)
    assert stats.describe().startswith("≈100 tokens (≈10 in)")
    assert ReplyStats.from_json(stats.to_json()) == stats
    assert ReplyStats.from_json("not json") is None
