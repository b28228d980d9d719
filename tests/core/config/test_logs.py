"""The key redactor: keys it was told about and keys it was not, from any thread."""

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.config.logs import LOG_NAME, KeyRedactor, configure_logging, hold_early_records


@pytest.fixture
def busy_switching() -> Iterator[None]:
    # Threads take turns every microsecond, so a log call is interrupted mid-redaction.
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def test_keys_added_on_one_thread_while_others_log(busy_switching: None) -> None:
    redactor = KeyRedactor()
    for n in range(200):
        redactor.add_secret(f"key-{n:06d}-known")
    errors: list[BaseException] = []
    done = threading.Event()

    def log_lines() -> None:
        try:
            while not done.is_set():
                assert "key-000007-known" not in redactor.redact("a line with key-000007-known")
        except BaseException as error:  # "Set changed size during iteration", before the fix
            errors.append(error)
            done.set()

    loggers = [threading.Thread(target=log_lines) for _ in range(3)]
    for thread in loggers:
        thread.start()
    for n in range(200, 5_000):  # the GUI thread learning keys as the user types them
        redactor.add_secret(f"key-{n:06d}-added")
        if done.is_set():
            break
    done.set()
    for thread in loggers:
        thread.join(10)
    assert errors == []
    assert redactor.redact("x key-004999-added y") == "x *** y"


def test_a_key_is_masked_once_added_and_unknown_keys_by_their_shape() -> None:
    redactor = KeyRedactor()
    redactor.add_secret("hunter2-secret")
    redactor.add_secret("hunter2-secret")  # twice: kept once
    redactor.add_secret("abc")  # too short to mask without mangling ordinary words
    assert redactor.redact("pw hunter2-secret, abc") == "pw ***, abc"
    assert redactor.redact("Authorization: Bearer sk-abcdefgh123") == "Authorization: ***"


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_what_is_logged_before_the_file_opens_is_written_there_first_and_masked(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    """The app opens its log file after the window's first frame; a problem met before
    (a damaged settings file, say) must still reach the file, with keys masked."""
    held = hold_early_records()
    log = logging.getLogger("rivulet.early")
    log.warning("Ignored a damaged settings file holding sk-abcdefghijklmnop")
    log.debug("too fine to keep")

    configure_logging(tmp_path)
    log.warning("after the file opened")

    for handler in root_logger.handlers:
        handler.flush()
    lines = (tmp_path / LOG_NAME).read_text(encoding="utf-8").splitlines()
    assert [line.split(" rivulet.early: ")[1] for line in lines] == [
        "Ignored a damaged settings file holding ***",
        "after the file opened",
    ]
    assert held not in root_logger.handlers  # nothing more is kept in memory
