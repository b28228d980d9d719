"""Prices: matching the ids servers report, the saved table, and a conversation's totals."""

import json
import logging
from pathlib import Path

import pytest

from core.chat.conversation import Message, Role
from core.chat.stats import ReplyStats
from core.config.prices import (
    DEFAULT_PRICES,
    Price,
    PriceStore,
    PriceTable,
    Totals,
    conversation_totals,
)

DEFAULTS = PriceTable(DEFAULT_PRICES)


def reply(model: str, tokens_in: int | None, tokens_out: int, estimated: bool = False) -> Message:
    stats = ReplyStats(tokens_in, tokens_out, estimated, 0.1, 50.0)
    return Message(Role.ASSISTANT, "…", model=model, stats=stats)


def test_the_default_table_prices_well_known_models() -> None:
    assert DEFAULTS.for_model("gpt-4o-mini") == Price("gpt-4o-mini", 0.15, 0.60)
    assert DEFAULTS.for_model("llama-3.1-8b-instant") == Price("llama-3.1-8b-instant", 0.05, 0.08)
    assert all(p.input_per_million >= 0 and p.output_per_million >= 0 for p in DEFAULT_PRICES)
    assert len({p.model for p in DEFAULT_PRICES}) == len(DEFAULT_PRICES)
    assert DEFAULTS.for_model("llama3.2") is None
    assert DEFAULTS.for_model("") is None


def test_dated_ids_match_the_longest_family_name() -> None:
    assert DEFAULTS.for_model("gpt-4o-mini-2024-07-18") == Price("gpt-4o-mini", 0.15, 0.60)
    assert DEFAULTS.for_model("gpt-4o-2024-08-06") == Price("gpt-4o", 2.50, 10.00)
    # an exact row beats the family it belongs to
    assert DEFAULTS.for_model("gpt-4o-2024-05-13") == Price("gpt-4o-2024-05-13", 5.00, 15.00)
    assert DEFAULTS.for_model("GPT-4.1-MINI") == Price("gpt-4.1-mini", 0.40, 1.60)


def test_a_family_name_only_matches_at_a_dash() -> None:
    table = PriceTable([Price("gpt-4", 30.0, 60.0)])
    assert table.for_model("gpt-4-0613") == Price("gpt-4", 30.0, 60.0)
    assert table.for_model("gpt-4o") is None
    assert table.for_model("gpt-4.1") is None
    assert table.for_model("gpt-40") is None


def test_openrouter_style_provider_prefixes_are_ignored() -> None:
    assert DEFAULTS.for_model("openai/gpt-4o-mini") == Price("gpt-4o-mini", 0.15, 0.60)
    assert DEFAULTS.for_model("deepseek/deepseek-chat") == Price("deepseek-chat", 0.27, 1.10)
    # a row the user wrote with its prefix is matched as written, dated ids included
    table = PriceTable([Price("openai/gpt-4o", 3.0, 12.0), Price("gpt-4o", 2.5, 10.0)])
    assert table.for_model("openai/gpt-4o") == Price("openai/gpt-4o", 3.0, 12.0)
    assert table.for_model("openai/gpt-4o-2024-08-06") == Price("openai/gpt-4o", 3.0, 12.0)
    assert table.for_model("azure/gpt-4o") == Price("gpt-4o", 2.5, 10.0)


def test_a_later_row_for_the_same_model_wins() -> None:
    table = PriceTable([Price("m", 1.0, 2.0), Price("x", 0.0, 0.0), Price("M", 3.0, 4.0)])
    assert table.prices == (Price("M", 3.0, 4.0), Price("x", 0.0, 0.0))


def test_without_a_file_the_defaults_are_used(tmp_path: Path) -> None:
    assert PriceStore(tmp_path).load() == DEFAULTS
    assert list(tmp_path.iterdir()) == []


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    table = PriceTable([Price("my-model", 0.5, 1.25), Price("free-model", 0.0, 0.0)])
    PriceStore(tmp_path / "new folder").save(table)
    assert PriceStore(tmp_path / "new folder").load() == table
    saved = json.loads((tmp_path / "new folder" / "prices.json").read_text())
    assert saved == {
        "prices": [
            {"model": "my-model", "input_per_million": 0.5, "output_per_million": 1.25},
            {"model": "free-model", "input_per_million": 0.0, "output_per_million": 0.0},
        ]
    }
    assert [f.name for f in (tmp_path / "new folder").iterdir()] == ["prices.json"]


@pytest.mark.parametrize("text", ["{not json", '["a list"]', '{"prices": 3}', "{}", "\xff\xfe"])
def test_a_damaged_file_is_moved_aside_and_defaults_used(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "prices.json").write_text(text, encoding="latin-1")
    with caplog.at_level(logging.WARNING, logger="core.config.prices"):
        assert PriceStore(tmp_path).load() == DEFAULTS
    assert not (tmp_path / "prices.json").exists()
    assert (tmp_path / "prices.damaged.json").read_text(encoding="latin-1") == text
    assert "prices.damaged.json" in caplog.text


def test_rows_with_bad_values_are_skipped(tmp_path: Path) -> None:
    good = {"model": "ok", "input_per_million": 1, "output_per_million": 2.5}
    rows = [
        good,
        {"model": "negative", "input_per_million": -1, "output_per_million": 1},
        {"model": "text", "input_per_million": "1", "output_per_million": 1},
        {"model": "bool", "input_per_million": True, "output_per_million": 1},
        {"model": "missing", "input_per_million": 1},
        {"model": " ", "input_per_million": 1, "output_per_million": 1},
        {"input_per_million": 1, "output_per_million": 1},
        "not a row",
    ]
    (tmp_path / "prices.json").write_text(json.dumps({"prices": rows}))
    assert PriceStore(tmp_path).load() == PriceTable([Price("ok", 1.0, 2.5)])
    assert (tmp_path / "prices.json").exists()  # the user's file is kept as it is


def test_totals_from_the_servers_usage() -> None:
    messages = [
        Message(Role.USER, "hi"),
        reply("gpt-4o-mini-2024-07-18", 1_000, 500),
        Message(Role.USER, "more"),
        reply("gpt-4o", 2_000, 1_000),
        Message(Role.ASSISTANT, "failed, so no stats", model="gpt-4o"),
    ]
    totals = conversation_totals(messages, DEFAULTS)
    cost = (1_000 * 0.15 + 500 * 0.60 + 2_000 * 2.50 + 1_000 * 10.00) / 1e6
    assert (totals.replies, totals.tokens_in, totals.tokens_out) == (2, 3_000, 1_500)
    assert not totals.estimated and totals.unpriced == ()
    assert totals.cost == pytest.approx(cost)
    assert totals.describe(free=False) == "2 replies · 3,000 tokens in · 1,500 out · $0.02"
    cheap = conversation_totals([reply("gpt-4o-mini", 2_000, 500)], DEFAULTS)
    assert cheap.describe(free=False) == "1 reply · 2,000 tokens in · 500 out · $0.0006"


def test_estimated_stats_mark_the_totals() -> None:
    totals = conversation_totals(
        [reply("gpt-4.1", 100_000, 20_000, estimated=True), reply("gpt-4.1", None, 10)],
        DEFAULTS,
    )
    assert (totals.tokens_in, totals.tokens_out, totals.estimated) == (100_000, 20_010, True)
    assert totals.describe(free=False) == "2 replies · ≈100,000 tokens in · ≈20,010 out · ≈$0.36"
    missing_in = conversation_totals([reply("gpt-4.1", None, 10)], DEFAULTS)
    assert missing_in.estimated  # an unknown prompt count is counted as 0, so it is a guess


def test_unpriced_models_make_the_cost_unknown() -> None:
    messages = [
        reply("gpt-4o-mini", 10, 10),
        reply("llama3", 10, 10),
        reply("llama3", 10, 10),
        reply("mistral", 10, 10),
        reply("", 10, 10),
    ]
    totals = conversation_totals(messages, DEFAULTS)
    assert totals.cost is None
    assert totals.unpriced == ("llama3", "mistral", "")
    assert totals.describe(free=False) == (
        "5 replies · 50 tokens in · 50 out · "
        "cost unknown: no price for llama3, mistral and 1 more (Edit prices…)"
    )
    one = conversation_totals([reply("llama3", 1, 1)], DEFAULTS)
    assert one.describe(free=False).endswith("no price for llama3 (Edit prices…)")
    unnamed = conversation_totals([reply("", 1, 1)], DEFAULTS)
    assert "no price for an unnamed model" in unnamed.describe(free=False)


def test_describe_for_free_models_empty_conversations_and_amounts() -> None:
    local = conversation_totals([reply("llama3", 1_234, 567)], DEFAULTS)
    assert (
        local.describe(free=True)
        == "1 reply · 1,234 tokens in · 567 out · free (runs on your computer)"
    )
    assert conversation_totals([Message(Role.USER, "hi")], DEFAULTS).describe(free=False) == ""
    assert conversation_totals([], DEFAULTS) == Totals(0, 0, 0, False, 0.0, ())

    def cost(amount: float) -> str:
        return Totals(1, 1, 1, False, amount, ()).describe(free=False).rsplit(" · ", 1)[-1]

    assert cost(0.0) == "$0.00"
    assert cost(0.00012) == "$0.0001"
    assert cost(0.0099) == "$0.0099"
    assert cost(0.01) == "$0.01"
    assert cost(1234.567) == "$1,234.57"


def test_replies_from_local_models_cost_nothing_and_do_not_hide_paid_ones() -> None:
    mixed = [reply("gpt-4o-mini", 1_000_000, 0), reply("llama3.2", 500, 50)]
    totals = conversation_totals(mixed, DEFAULTS, free_models={"llama3.2"})
    assert totals.cost == pytest.approx(0.15) and totals.unpriced == ()
    assert not totals.all_free
    assert totals.describe(free=totals.all_free).endswith("$0.15")
    local_only = conversation_totals([reply("llama3.2", 500, 50)], DEFAULTS, {"llama3.2"})
    assert local_only.all_free
    assert local_only.describe(free=local_only.all_free).endswith("free (runs on your computer)")
