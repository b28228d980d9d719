"""What replies cost: a table of per-model prices, kept in `prices.json`, and a
conversation's totals priced with it.

Servers report dated or provider-prefixed ids (`gpt-4o-mini-2024-07-18`,
`openai/gpt-4o-mini`), so a table row for `gpt-4o-mini` prices all of them.
"""

import json
import logging
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from core import i18n
from core.chat.conversation import Message, Role
from core.config.files import write_json_atomically
from core.i18n import Context

log = logging.getLogger(__name__)
CostTotals = Context("CostTotals")


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    model: str
    input_per_million: float
    output_per_million: float


# List prices (standard tier, short prompts) as known when this was written; providers
# change them, and the user can edit the table (it is saved to prices.json). Dated ids
# that were priced differently from their family get their own row: the longest match wins.
DEFAULT_PRICES: tuple[Price, ...] = (
    Price("gpt-4o-mini", 0.15, 0.60),
    Price("gpt-4o", 2.50, 10.00),
    Price("gpt-4o-2024-05-13", 5.00, 15.00),
    Price("gpt-4.1", 2.00, 8.00),
    Price("gpt-4.1-mini", 0.40, 1.60),
    Price("gpt-4.1-nano", 0.10, 0.40),
    Price("gpt-4-turbo", 10.00, 30.00),
    Price("o1", 15.00, 60.00),
    Price("o1-pro", 150.00, 600.00),
    Price("o1-mini", 1.10, 4.40),
    Price("o3-mini", 1.10, 4.40),
    Price("o4-mini", 1.10, 4.40),
    Price("claude-3-5-haiku", 0.80, 4.00),
    Price("claude-3-5-sonnet", 3.00, 15.00),
    Price("claude-3-7-sonnet", 3.00, 15.00),
    Price("claude-sonnet-4", 3.00, 15.00),
    Price("gemini-2.0-flash", 0.10, 0.40),
    Price("gemini-2.0-flash-lite", 0.075, 0.30),
    Price("deepseek-chat", 0.27, 1.10),
    Price("deepseek-reasoner", 0.55, 2.19),
    Price("llama-3.1-8b-instant", 0.05, 0.08),
    Price("llama-3.3-70b-versatile", 0.59, 0.79),
)


class PriceTable:
    """Prices looked up by model id; a later row for the same model replaces an earlier one."""

    def __init__(self, prices: Iterable[Price]) -> None:
        # Model ids are compared without case: OpenRouter lower-cases ids others capitalise.
        self._by_model: dict[str, Price] = {p.model.casefold(): p for p in prices}

    @property
    def prices(self) -> tuple[Price, ...]:
        return tuple(self._by_model.values())

    def for_model(self, model: str) -> Price | None:
        wanted = model.strip().casefold()
        if not wanted:
            return None
        exact = self._by_model.get(wanted)
        if exact is not None:
            return exact
        bare = wanted.rsplit("/", 1)[-1]  # "openai/gpt-4o-mini" -> "gpt-4o-mini"
        matches = [
            key
            for key in self._by_model
            for name in (wanted, bare)
            if name == key or name.startswith(key + "-")
        ]
        return self._by_model[max(matches, key=len)] if matches else None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PriceTable) and self.prices == other.prices

    def __hash__(self) -> int:
        return hash(self.prices)

    def __repr__(self) -> str:
        return f"PriceTable({list(self.prices)!r})"


class PriceStore:
    """Loads and saves the price table; a damaged file is kept aside, never lost."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / "prices.json"

    def load(self) -> PriceTable:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            rows = data["prices"]
            if not isinstance(rows, list):
                raise ValueError("prices is not a list")
        except FileNotFoundError:
            return PriceTable(DEFAULT_PRICES)
        except (OSError, ValueError, KeyError, TypeError):
            aside = self._path.with_suffix(".damaged.json")
            log.warning(
                "Could not read %s; moved it to %s and used the defaults", self._path, aside
            )
            try:
                self._path.replace(aside)
            except OSError:
                pass
            return PriceTable(DEFAULT_PRICES)
        prices = [p for p in map(_price_from_json, rows) if p is not None]
        if len(prices) < len(rows):
            log.warning("Skipped %d unreadable rows in %s", len(rows) - len(prices), self._path)
        return PriceTable(prices)

    def save(self, table: PriceTable) -> None:
        rows = [
            {
                "model": p.model,
                "input_per_million": p.input_per_million,
                "output_per_million": p.output_per_million,
            }
            for p in table.prices
        ]
        write_json_atomically(self._path, {"prices": rows})


def _price_from_json(row: object) -> Price | None:
    if not isinstance(row, dict):
        return None
    model = row.get("model")
    given_in = _price_value(row.get("input_per_million"))
    given_out = _price_value(row.get("output_per_million"))
    if not isinstance(model, str) or not model.strip() or given_in is None or given_out is None:
        return None
    return Price(model.strip(), given_in, given_out)


def _price_value(value: object) -> float | None:
    # bool is an int to Python, but `true` in the file is a mistake, not a price of $1.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None


@dataclass(frozen=True)
class Totals:
    """A conversation's replies added up.

    `cost` is None when any reply came from a model without a price: a partial sum would
    read as the whole bill. `unpriced` names those models, in the order they first replied.
    """

    replies: int
    tokens_in: int
    tokens_out: int
    estimated: bool
    cost: float | None
    unpriced: tuple[str, ...]
    free_replies: int = 0

    @property
    def all_free(self) -> bool:
        return self.replies > 0 and self.free_replies == self.replies

    def describe(self, *, free: bool) -> str:
        """One short line for a conversation's header; "" before the first reply."""
        if not self.replies:
            return ""
        parts = [self._replies(), *self._tokens()]
        if free:
            parts.append(CostTotals.tr("free (runs on your computer)", "the cost of the replies"))
        elif self.cost is None:
            parts.append(_unknown_cost(self.unpriced))
        else:
            parts.append(("≈" if self.estimated else "") + _dollars(self.cost))
        return " · ".join(parts)

    def _replies(self) -> str:
        if self.replies == 1:
            return CostTotals.tr("1 reply", "a count of replies in a chat: exactly one")
        return CostTotals.tr("%n replies", "a count of replies in a chat, never one", self.replies)

    def _tokens(self) -> tuple[str, str]:
        """The tokens read and written, "≈" marking estimates."""
        if self.estimated:
            return (
                CostTotals.tr("≈%n token(s) in", "estimated, read by the model", self.tokens_in),
                CostTotals.tr("≈%n out", "estimated tokens written by the model", self.tokens_out),
            )
        return (
            CostTotals.tr("%n token(s) in", "read by the model", self.tokens_in),
            CostTotals.tr("%n out", "tokens written by the model", self.tokens_out),
        )


def conversation_totals(
    messages: Iterable[Message], prices: PriceTable, free_models: Collection[str] = ()
) -> Totals:
    """Adds up the stats of finished assistant replies and prices each by its own model.

    Replies by `free_models` (the models of servers on the user's own computer) cost nothing.
    """
    replies = tokens_in = tokens_out = free_replies = 0
    estimated = False
    cost = 0.0
    unpriced: dict[str, None] = {}  # a dict keeps first-seen order while deduplicating
    for message in messages:
        stats = message.stats
        if message.role is not Role.ASSISTANT or stats is None:
            continue
        replies += 1
        # Older replies may lack the prompt count; counting it as 0 understates, so say so.
        estimated = estimated or stats.estimated or stats.tokens_in is None
        reply_in = stats.tokens_in or 0
        tokens_in += reply_in
        tokens_out += stats.tokens_out
        price = prices.for_model(message.model)
        if message.model in free_models:
            free_replies += 1
        elif price is None:
            unpriced[message.model] = None
        else:
            cost += (
                reply_in * price.input_per_million + stats.tokens_out * price.output_per_million
            ) / 1_000_000
    return Totals(
        replies=replies,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        estimated=estimated,
        cost=None if unpriced else cost,
        unpriced=tuple(unpriced),
        free_replies=free_replies,
    )


def _dollars(cost: float) -> str:
    # A cheap model's reply costs a fraction of a cent; two decimals would say $0.00.
    return "$" + i18n.decimal(cost, 4 if 0 < cost < 0.01 else 2)


def _unknown_cost(models: tuple[str, ...]) -> str:
    """Why there is no cost, naming up to two models without a price ("" is unnamed)."""
    named = [model for model in models if model]
    if not named:
        #: "Edit prices…" sends the user to the File menu's Prices… item
        return CostTotals.tr("cost unknown: no price for an unnamed model (Edit prices…)")
    if len(named) == 1 and len(models) == 1:
        #: "Edit prices…" sends the user to the File menu's Prices… item
        return CostTotals.tr(
            "cost unknown: no price for {model} (Edit prices…)",
            model=named[0],
        )
    if len(named) == 1:
        #: "Edit prices…" sends the user to the File menu's Prices… item
        return CostTotals.tr(
            "cost unknown: no price for {model} and an unnamed model (Edit prices…)",
            model=named[0],
        )
    if len(models) == 2:
        #: "Edit prices…" sends the user to the File menu's Prices… item
        return CostTotals.tr(
            "cost unknown: no price for {first} and {second} (Edit prices…)",
            first=named[0],
            second=named[1],
        )
    #: "Edit prices…" sends the user to the File menu's Prices… item
    return CostTotals.tr(
        "cost unknown: no price for {first}, {second} and %n more (Edit prices…)",
        "",
        len(models) - 2,
        first=named[0],
        second=named[1],
    )
