"""The icons' SVGs: read from the lucide package's zip once, then from a small cache file
(the zip's directory of 1,745 files took 13-15 ms to parse at every start)."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui import icons


@pytest.fixture
def fresh() -> Iterator[None]:
    icons._sources.cache_clear()
    yield
    icons._sources.cache_clear()  # later tests read the real icons again


def test_the_icons_come_from_the_zip_once_then_from_the_cache(fresh: None, data_dir: Path) -> None:
    from_zip = icons._sources()
    assert set(from_zip) == set(icons.APP_ICONS)
    assert all(svg.startswith(b"<svg") for svg in from_zip.values())
    cache = data_dir / "cache" / icons.CACHE_NAME
    kept = json.loads(cache.read_text(encoding="utf-8"))

    # What the next start reads is the cache: a marker put in it comes back.
    kept["icons"]["check"] = "<svg>marker</svg>"
    cache.write_text(json.dumps(kept), encoding="utf-8")
    icons._sources.cache_clear()
    assert icons._sources()["check"] == b"<svg>marker</svg>"

    # A cache for another package version (or another list of icons) is made again.
    kept["key"] = "another version"
    cache.write_text(json.dumps(kept), encoding="utf-8")
    icons._sources.cache_clear()
    assert icons._sources() == from_zip
    assert json.loads(cache.read_text(encoding="utf-8"))["key"] != "another version"

    # A damaged one too.
    cache.write_text('{"key": ', encoding="utf-8")
    icons._sources.cache_clear()
    assert icons._sources() == from_zip
