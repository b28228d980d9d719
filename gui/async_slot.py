"""A typed wrapper over qasync's `asyncSlot`, so mypy strict keeps checking async slots."""

from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec

import qasync

P = ParamSpec("P")


def async_slot(
    *types: type,
) -> Callable[[Callable[P, Coroutine[Any, Any, None]]], Callable[P, Any]]:
    """`@Slot` for a coroutine: it runs as a task on the qasync loop, the window stays live."""
    decorator: Callable[[Callable[P, Coroutine[Any, Any, None]]], Callable[P, Any]]
    decorator = qasync.asyncSlot(*types)
    return decorator
