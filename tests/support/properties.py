"""Hypothesis settings shared by the property tests: quick by default, long on request.

`HYPOTHESIS_PROFILE=long` runs every property test with 20 times as many examples (a
few minutes instead of a few seconds), for a search before a release or after a change
to the stream or import code.
"""

import os

from hypothesis import HealthCheck, settings

_LONG = os.environ.get("HYPOTHESIS_PROFILE", "") == "long"
_SCALE = 20 if _LONG else 1

settings.register_profile(
    "rivulet",
    # Each example is a real HTTP request or a real SQLite file: timings vary with a
    # busy machine, and a slow example is not a failure.
    deadline=None,
    # The server and store fixtures are made once per module on purpose and reset
    # between examples; the autouse data folder fixture is not used by these tests.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile("rivulet")


def examples(count: int) -> int:
    """`count` examples in the default run, 20 times as many with HYPOTHESIS_PROFILE=long."""
    return count * _SCALE
