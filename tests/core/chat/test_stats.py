"""Per-reply figures: from the server's usage chunk, or estimated and marked as such."""

from core.chat.stats import ReplyStats, reply_stats


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


def test_a_reply_that_left_out_earlier_messages_says_so_and_old_figures_still_load() -> None:
    stats = reply_stats(
        completion_tokens=12,
        prompt_tokens=3000,
        text="x",
        prompt_chars=0,
        first_token_s=0.5,
        total_s=1.0,
        left_out=4,
    )
    assert "left out the first 4 messages" in stats.describe()
    assert ReplyStats.from_json(stats.to_json()) == stats
    # Figures stored before the field existed read as "nothing left out".
    old = '{"tokens_in": 3, "tokens_out": 5, "estimated": false, "first_token_s": 0.1, '
    old += '"tokens_per_s": 50.0}'
    loaded = ReplyStats.from_json(old)
    assert loaded is not None and loaded.left_out == 0
    assert "left out" not in loaded.describe()
