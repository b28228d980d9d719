"""Rivulet's version, kept here only: pyproject.toml, the About box and packages read it."""

# A module constant rather than importlib.metadata: a frozen app may carry no package
# metadata, and a source checkout's installed metadata goes stale when this changes.
__version__ = "0.1.0"
