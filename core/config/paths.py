"""Where Rivulet keeps its files."""

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "RIVULET_DATA_DIR"


def data_dir() -> Path:
    """The folder for all of Rivulet's files, created if missing.

    `RIVULET_DATA_DIR` wins so that portable installs and tests never touch the
    user's real data; otherwise the platform's per-user application-data folder.
    """
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir("Rivulet", False))
    path.mkdir(parents=True, exist_ok=True)
    return path
