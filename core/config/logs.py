"""Logging to a file in the data folder, with anything that looks like a key masked."""

import logging
import re
import threading
from pathlib import Path

LOG_NAME = "rivulet.log"

_KEY_PATTERNS = re.compile(
    r"(sk-[A-Za-z0-9_\-]{6,}|Bearer\s+\S+|(?i:api[_-]?key)[\"']?\s*[:=]\s*[\"']?[^\s\"',}]+)"
)


class KeyRedactor(logging.Filter):
    """Masks API keys in every record, including ones the app never told it about."""

    def __init__(self) -> None:
        super().__init__()
        # Logging happens on any thread while the GUI thread adds keys: readers take the
        # current tuple as a whole, and a writer swaps in a new one (copy on write).
        self._secrets: tuple[str, ...] = ()
        self._adding = threading.Lock()

    def add_secret(self, secret: str | None) -> None:
        if secret and len(secret) >= 4:
            with self._adding:
                if secret not in self._secrets:
                    self._secrets = (*self._secrets, secret)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return _KEY_PATTERNS.sub("***", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self.redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


class EarlyRecords(logging.Handler):
    """Keeps what is logged before the log file is opened (the app opens it after its
    window's first frame), for `configure_logging` to write there first."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_early_records() -> EarlyRecords:
    """Keep INFO and above until `configure_logging` is called."""
    held = EarlyRecords()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(held)
    return held


def configure_logging(folder: Path, *, to_stderr: bool = False) -> KeyRedactor:
    """Send INFO and above to `folder/rivulet.log` (rotated); returns the redactor to feed keys.
    Records kept by `hold_early_records` are written first."""
    # Imported here: logging.handlers brings in socket, pickle and more (~8 ms), which
    # the window's first frame does not wait for.
    from logging.handlers import RotatingFileHandler

    redactor = KeyRedactor()
    handlers: list[logging.Handler] = [
        RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    ]
    if to_stderr:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.addFilter(redactor)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in handlers:
        root.addHandler(handler)
    for held in [h for h in root.handlers if isinstance(h, EarlyRecords)]:
        root.removeHandler(held)
        for record in held.records:
            for handler in handlers:
                if record.levelno >= handler.level:
                    handler.handle(record)
    # The HTTP libraries log request details at DEBUG; keep them out even if asked for.
    for noisy in ("openai", "httpx2", "httpcore2"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return redactor
