"""A loaded GGUF model that answers chat requests: llama.cpp through llama-cpp-python.

Runs inside the model server's process (`core.local.server`), never in the app's: a
crash in llama.cpp (it aborts on some malformed files) then costs that process only, and
quitting it gives all of its memory back.
"""

import ctypes
import ctypes.util
import hashlib
import os
import sys
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.local.model_files import LocalModelError, check_gguf
from core.local.reasons import Reason, Value

# llama.cpp reserves (and touches) the whole cache at load: for SmolLM2 the process is
# 200 MB resident at 2,048 tokens, 245 MB at 4,096, 335 MB at 8,192 (measured here).
# 4,096 tokens hold about 3,000 words of chat; older turns beyond are left out.
# A model trained on fewer tokens gets its own length (see LocalChat.context).
MAX_CONTEXT = 4096
# Room kept for the answer when older turns must be left out to fit the context.
ANSWER_ROOM = 1024
READ_CHUNK = 4 << 20
# Without a system prompt SmolLM2's template introduces it as "SmolLM, trained by
# Hugging Face", and small models ramble unless they are told to help; measured here.
DEFAULT_SYSTEM_PROMPT = "You are a helpful assistant."
# Small models repeat themselves at any temperature; greedy decoding with a light
# repetition penalty gave the most sensible answers here. A request's own values win.
DEFAULT_TEMPERATURE = 0.0
DEFAULT_REPEAT_PENALTY = 1.1
DEFAULT_REPEAT_LAST_N = 64
# The penalty above sees only the last 64 tokens, and long answers still copied whole
# sentences from further back until the length limit (issue 18.12). DRY ("don't repeat
# yourself") penalises a token that would continue a run already written, the more the
# longer the run, over the whole answer; with llama.cpp's suggested values it cut answers
# with a repeated 8-word run from 15 of 24 to 2 (docs/benchmarks.md). Still deterministic.
DEFAULT_DRY = {
    "dry_multiplier": 0.8,
    "dry_base": 1.75,
    "dry_allowed_length": 2,
    "dry_penalty_last_n": MAX_CONTEXT,
}
DRY_BREAKERS = ["\n", ":", '"', "*"]  # a run never continues across these (llama.cpp's)
# Sampling fields llama.cpp's own server takes beside OpenAI's; this one takes them too.
LLAMA_FIELDS: dict[str, type[int] | type[float]] = {
    "repeat_penalty": float,
    "repeat_last_n": int,
    "top_k": int,
    "min_p": float,
    "dry_multiplier": float,
    "dry_base": float,
    "dry_allowed_length": int,
    "dry_penalty_last_n": int,
}
# Greedy decoding gives the same answer every time, so Regenerate (the same messages
# again) would look broken: a repeated request samples instead, unless it sets its own.
REGENERATE_TEMPERATURE = 0.7
# Messages cost their text plus the template's markers (about this many tokens each).
TOKENS_PER_MESSAGE = 6

Progress = Callable[[float], None]


class ChatRequestError(Exception):
    """A request the model cannot answer; `message` is for people (`reason` is the same
    as a code, for the app to say in the user's language), `status` for HTTP."""

    # 422, not 400: clients (Rivulet's among them) retry a 400 without `stream_options`.
    def __init__(self, code: str, status: int = 422, **args: Value) -> None:
        self.reason = Reason(code, args)
        self.message = self.reason.text()
        super().__init__(self.message)
        self.status = status


@dataclass
class Generation:
    """One answer being generated: its text pieces, then how it ended and its token counts."""

    finish_reason: str = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    left_out: int = 0  # earlier messages that did not fit the context


class AbortFlag:
    """A flag llama.cpp checks between steps of its computation, without Python's GIL.

    llama.cpp calls an abort callback with a pointer it was given; libc's `strlen` on a
    two-byte buffer is nonzero exactly when the first byte is set, so the check runs as
    plain C, and Stop cuts even a long prompt evaluation short within milliseconds.
    """

    def __init__(self) -> None:
        self._buffer = ctypes.create_string_buffer(2)
        if sys.platform == "win32":  # no "c" to find there (None); msvcrt always has strlen
            libc = ctypes.cdll.msvcrt
        else:
            libc = ctypes.CDLL(ctypes.util.find_library("c"))
        self._strlen = libc.strlen

    def attach(self, llama_ctx: Any) -> None:
        import llama_cpp

        callback = ctypes.cast(self._strlen, llama_cpp.ggml_abort_callback)
        self._callback = callback  # llama.cpp keeps the pointer: so must we
        llama_cpp.llama_set_abort_callback(
            llama_ctx, callback, ctypes.cast(self._buffer, ctypes.c_void_p)
        )

    def set(self) -> None:
        self._buffer[0] = b"x"

    def clear(self) -> None:
        self._buffer[0] = b"\0"

    def is_set(self) -> bool:
        """Like `threading.Event.is_set`."""
        return self._buffer[0] != b"\0"


class LocalChat:
    """One model file, loaded once; answers one request at a time."""

    def __init__(self, llama: Any, name: str) -> None:
        self._llama = llama
        self.name = name
        # Past its training length a model writes nonsense: never fill the cache beyond.
        self.context = min(int(llama.n_ctx()), int(llama._model.n_ctx_train()) or MAX_CONTEXT)
        self.abort = AbortFlag()
        self.abort.attach(llama.ctx)
        self.lock = threading.Lock()
        self._last_messages: list[dict[str, str]] | None = None
        self._dry = dict(DEFAULT_DRY)
        # llama-cpp-python builds a new sampler chain for every answer and has no DRY
        # option: add it to each chain as it is built (this version's `_init_sampler`).
        build_sampler = llama._init_sampler

        def with_dry(*args: Any, **kwargs: Any) -> Any:
            sampler = build_sampler(*args, **kwargs)
            _add_dry(sampler.sampler, llama._model.vocab, self._dry)
            return sampler

        llama._init_sampler = with_dry

    @classmethod
    def load(
        cls,
        path: Path,
        name: str,
        *,
        sha256: str | None = None,
        progress: Progress = lambda _done: None,
    ) -> "LocalChat":
        """Read and load `path`; `LocalModelError` says in plain words what is wrong."""
        check_gguf(path)
        _read_with_progress(path, sha256, progress)
        import llama_cpp

        try:
            llama = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=MAX_CONTEXT,
                n_threads_batch=os.cpu_count() or 1,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as error:
            raise LocalModelError.because(
                "llama_refused", name=path.name, error=str(error)
            ) from None
        progress(1.0)
        return cls(llama, name)

    def answer(self, request: dict[str, Any], generation: Generation) -> Generator[str, None, None]:
        """Yield the answer to an OpenAI-style chat request in pieces; `generation` gets
        the counts. Stops early, raising nothing, once `abort` is set."""
        messages, generation.left_out, prompt_estimate = self._fit(_messages(request), request)
        settings = _sampling(request)
        # llama.cpp's own limit is the cache (4,096); a model trained on fewer tokens must
        # stop at its own length.
        room = max(self.context - prompt_estimate, 16)
        settings["max_tokens"] = min(settings.get("max_tokens", room), room)
        if messages == self._last_messages and "temperature" not in request:
            settings["temperature"] = REGENERATE_TEMPERATURE
            settings["seed"] = int.from_bytes(os.urandom(4), "little")
        self._last_messages = messages
        llama = self._llama
        # llama-cpp-python takes the penalties' window from the model object, not the call.
        # Windows are allocated up front: none longer than the context.
        llama.last_n_tokens_size = min(settings.pop("repeat_last_n"), self.context)
        self._dry = {name: settings.pop(name) for name in DEFAULT_DRY}
        self._dry["dry_penalty_last_n"] = min(self._dry["dry_penalty_last_n"], self.context)
        stream = llama.create_chat_completion(messages=messages, stream=True, **settings)
        prompt_tokens = -1
        try:
            for chunk in stream:
                if prompt_tokens < 0:
                    # The first chunk comes once the prompt is read and one token picked.
                    prompt_tokens = int(llama.n_tokens)
                choice = chunk["choices"][0]
                text = choice["delta"].get("content")
                if text:
                    yield text
                if choice.get("finish_reason"):
                    generation.finish_reason = choice["finish_reason"]
                if self.abort.is_set():
                    break
        except RuntimeError:
            # llama_decode returns an error when the abort flag cut it short.
            if not self.abort.is_set():
                raise
        finally:
            stream.close()
            # Also when the caller closes this generator early (its client left).
            if prompt_tokens >= 0:
                generation.prompt_tokens = prompt_tokens
                # Every token picked is read back in before the next one, except the last
                # (the end-of-text mark, not part of the answer, or the one at the limit).
                last = 1 if generation.finish_reason == "length" else 0
                generation.completion_tokens = max(int(llama.n_tokens) - prompt_tokens + last, 0)

    def _fit(
        self, messages: list[dict[str, str]], request: dict[str, Any]
    ) -> tuple[list[dict[str, str]], int, int]:
        """Leave out the oldest turns until the chat fits the context with room to
        answer; a first system prompt and the newest message always stay. Returns the
        messages, how many were left out, and about how many tokens they take."""
        wanted = _int(request.get("max_completion_tokens") or request.get("max_tokens"))
        room = min(wanted or ANSWER_ROOM, self.context // 2)
        budget = self.context - room
        costs = [len(self._tokenize(m["content"])) + TOKENS_PER_MESSAGE for m in messages]
        keep_system = 1 if messages and messages[0]["role"] == "system" else 0
        first = keep_system
        while first < len(messages) - 1 and sum(costs[:keep_system]) + sum(costs[first:]) > budget:
            first += 1
        fitted = messages[:keep_system] + messages[first:]
        tokens = sum(costs[:keep_system]) + sum(costs[first:])
        if tokens > self.context - 16:
            raise ChatRequestError("too_long", model=self.name, tokens=self.context)
        return fitted, first - keep_system, tokens

    def _tokenize(self, text: str) -> list[int]:
        tokens: list[int] = self._llama.tokenize(text.encode("utf-8"), add_bos=False)
        return tokens


def _read_with_progress(path: Path, sha256: str | None, progress: Progress) -> None:
    """Read the whole file once: it then loads from the page cache, and the reading is
    progress people can watch (and, for the built-in model, a check of its bytes)."""
    total = max(path.stat().st_size, 1)
    digest = hashlib.sha256() if sha256 else None
    done = 0
    reported = -1.0
    with path.open("rb") as file:
        while chunk := file.read(READ_CHUNK):
            done += len(chunk)
            if digest is not None:
                digest.update(chunk)
            fraction = 0.95 * done / total  # the last 5%: llama.cpp's own set-up
            if fraction - reported >= 0.02:
                progress(fraction)
                reported = fraction
    if digest is not None and digest.hexdigest() != sha256:
        # A frozen app's user has no ./dev and no pip.
        frozen = getattr(sys, "frozen", False)
        raise LocalModelError.because(
            "builtin_damaged_frozen" if frozen else "builtin_damaged", name=path.name
        )


def _messages(request: dict[str, Any]) -> list[dict[str, str]]:
    raw = request.get("messages")
    if not isinstance(raw, list) or not raw:
        raise ChatRequestError("no_messages")
    messages: list[dict[str, str]] = []
    for item in raw:
        if not isinstance(item, dict):
            raise ChatRequestError("message_not_object")
        role = item.get("role")
        if role == "developer":
            role = "system"
        if role not in ("system", "user", "assistant"):
            continue  # tool calls and their results: this model has no tools
        messages.append({"role": role, "content": _text_of(item.get("content"))})
    if not messages:
        raise ChatRequestError("no_readable_messages")
    if messages[0]["role"] != "system":
        messages.insert(0, {"role": "system", "content": DEFAULT_SYSTEM_PROMPT})
    return messages


def _text_of(content: object) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    if not isinstance(content, list):
        raise ChatRequestError("content_not_text")
    texts: list[str] = []
    for part in content:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            texts.append(str(part.get("text", "")))
        elif kind == "image_url":
            raise ChatRequestError("no_images")
    return "\n".join(texts)


def _sampling(request: dict[str, Any]) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "temperature": DEFAULT_TEMPERATURE,
        "repeat_penalty": DEFAULT_REPEAT_PENALTY,
        "repeat_last_n": DEFAULT_REPEAT_LAST_N,
        **DEFAULT_DRY,
    }
    for name in ("temperature", "top_p", "presence_penalty", "frequency_penalty", *LLAMA_FIELDS):
        value = request.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            settings[name] = LLAMA_FIELDS.get(name, float)(value)
    limit = _int(request.get("max_completion_tokens") or request.get("max_tokens"))
    if limit:
        settings["max_tokens"] = limit
    seed = request.get("seed")
    if isinstance(seed, int) and not isinstance(seed, bool):
        settings["seed"] = seed
    stop = request.get("stop")
    if isinstance(stop, str):
        settings["stop"] = [stop]
    elif isinstance(stop, list) and all(isinstance(s, str) for s in stop):
        settings["stop"] = stop
    return settings


def _add_dry(chain: Any, vocab: Any, dry: dict[str, Any]) -> None:
    """Put a DRY sampler into `chain` right after its first (the repetition penalties),
    before the sampler that picks the token, as llama.cpp's own server orders them."""
    import llama_cpp

    if not dry["dry_multiplier"]:
        return
    breakers = (ctypes.c_char_p * len(DRY_BREAKERS))(*(b.encode() for b in DRY_BREAKERS))
    sampler = llama_cpp.llama_sampler_init_dry(
        vocab,
        dry["dry_multiplier"],
        dry["dry_base"],
        dry["dry_allowed_length"],
        dry["dry_penalty_last_n"],
        breakers,
        len(DRY_BREAKERS),
    )
    rest = [
        llama_cpp.llama_sampler_chain_remove(chain, 1)
        for _ in range(llama_cpp.llama_sampler_chain_n(chain) - 1)
    ]
    for each in (sampler, *rest):
        llama_cpp.llama_sampler_chain_add(chain, each)


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
