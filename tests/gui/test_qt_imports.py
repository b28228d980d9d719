"""The cheaper PySide6 feature check gives PySide's own answers."""

import sys

import pytest

import core.chat.conversation
import gui.background
from gui.qt_imports import MARK, speed_up_feature_check


def test_the_cheaper_check_answers_as_pysides_own(monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    original = getattr(original, MARK, original)  # installed already (by main.create_app)
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)
    assert speed_up_feature_check()
    fast = feature._mod_uses_pyside
    assert getattr(fast, MARK) is original
    for module in (gui.background, core.chat.conversation, sys, pytest):
        assert fast(module) == original(module), module.__name__
    assert fast(gui.background) and not fast(core.chat.conversation)
    assert speed_up_feature_check()  # twice is harmless
    assert feature._mod_uses_pyside is fast
