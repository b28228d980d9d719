"""`LocalEngine`: a local model served by its own process, spoken to like any other server.

Why a process and not llama.cpp inside the app (the architecture page has the long
version): the chat then goes through exactly the same `ChatClient`, QThread and
signal-per-delta path as OpenAI or Ollama; llama.cpp's Python side never competes with
the window for the GIL; a file that makes llama.cpp abort takes down only that process;
and switching away gives every byte of the model's memory back at once.

The engine makes the listening socket itself and hands it to the process, so its
`endpoint` is valid the moment `start()` returns: a request sent while the model loads
waits in the socket's queue instead of failing.
"""

import enum
import json
import logging
import os
import queue
import secrets
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from core.config.providers import NOWHERE_URL, Endpoint
from core.i18n import Context
from core.local.model_files import LOCAL_SERVER_FLAG, TOKEN_VARIABLE, LocalModelError, check_gguf
from core.local.reasons import REASON_FIELD, reason_text
from core.local.socket_handoff import share_line

LocalEngineStatus = Context("LocalEngineStatus")

log = logging.getLogger(__name__)

STOP_WAIT_S = 2.0  # after stdin closes the server exits at once; kill it if it does not
# Stop reports are for tests and benchmarks; a long session must not pile them up.
STOP_REPORTS_KEPT = 32
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class EngineState(enum.Enum):
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"
    STOPPED = "stopped"


@dataclass(frozen=True)
class EngineStatus:
    state: EngineState
    progress: float = 0.0  # 0..1 while loading
    message: str = ""  # why, when it failed
    context: int = 0  # tokens the model reads at once, when ready


@dataclass(frozen=True)
class StopReport:
    """An answer the server cut short because its client left (the user pressed Stop)."""

    tokens: int  # written before it stopped
    ms: float  # from noticing the client gone to the model standing still


StatusListener = Callable[["LocalEngine", EngineStatus], None]


class LocalEngine:
    """One model file served on 127.0.0.1 by a child process.

    `on_status` is called on a background thread whenever loading progresses, finishes,
    fails, or the process ends.
    """

    def __init__(
        self,
        model_file: Path,
        name: str,
        *,
        sha256: str | None = None,
        on_status: StatusListener = lambda _engine, _status: None,
        log_file: Path | None = None,
        python: str = sys.executable,
    ) -> None:
        self.model_file = model_file
        self.name = name
        self._sha256 = sha256
        self._on_status = on_status
        self._log_file = log_file
        self._python = python
        self._token = secrets.token_urlsafe(24)
        self._url = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._status = EngineStatus(EngineState.LOADING)
        self._stopping = False
        self._ever_ready = False
        self._settled = threading.Event()  # ready, failed or stopped
        self._ended = threading.Event()  # the process is gone (or never started)
        # The latest answers cut short (older ones are dropped).
        self.stop_reports: queue.Queue[StopReport] = queue.Queue(STOP_REPORTS_KEPT)

    @property
    def endpoint(self) -> Endpoint:
        """Where to send requests; valid from `start()` on, even while loading."""
        # Until a socket exists (or if none could be made), an address that refuses at once:
        # an empty one would mean OpenAI's to the SDK.
        return Endpoint(base_url=self._url or NOWHERE_URL, api_key=self._token)

    @property
    def status(self) -> EngineStatus:
        with self._lock:
            return self._status

    @property
    def ever_ready(self) -> bool:
        """Whether the model loaded (so a failure since is a crash, worth a restart)."""
        with self._lock:
            return self._ever_ready

    @property
    def running(self) -> bool:
        """Whether its process is alive (a failed load keeps serving its reason)."""
        return self._process is not None and not self._ended.is_set()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the server process; returns at once. A file that is plainly not a model
        fails here, before any process starts."""
        try:
            check_gguf(self.model_file)
        except LocalModelError as error:
            self._set(EngineStatus(EngineState.FAILED, message=error.message))
            return
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.bind(("127.0.0.1", 0))
            listener.listen(16)
            self._url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
            frozen = bool(getattr(sys, "frozen", False))
            command = [
                *server_command(self._python, frozen=frozen),
                "--model",
                str(self.model_file),
                "--name",
                self.name,
                "--sha256",
                self._sha256 or "",
            ]
            env = {**os.environ, TOKEN_VARIABLE: self._token}
            if not frozen:  # a frozen app carries its modules; Python must find this checkout's
                env["PYTHONPATH"] = os.pathsep.join(
                    filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")])
                )
            # llama.cpp's own messages go to a log beside the app's, appended so that a
            # crash's trace survives the restart.
            with _log_or_devnull(self._log_file) as stderr:
                self._process = _spawn(command, listener, stderr, env)
        except OSError as error:
            #: error: the system's own words for what went wrong
            message = LocalEngineStatus.tr(
                "Could not start the local model: {error}.", error=str(error.strerror or error)
            )
            self._set(EngineStatus(EngineState.FAILED, message=message))
            return
        finally:
            # The process has its own copy now. Closing ours means that if it dies, the
            # requests queued for it are refused at once instead of waiting forever.
            listener.close()
        threading.Thread(target=self._read_reports, name="local-model-reports", daemon=True).start()

    def wait_until_settled(self, timeout: float | None = None) -> EngineStatus:
        """Block until the model is ready or failed (tests, benchmarks; never the GUI)."""
        self._settled.wait(timeout)
        return self.status

    def wait_until_ended(self, timeout: float | None = None) -> EngineStatus:
        """Block until the process is gone (tests, benchmarks; never the GUI)."""
        if self._process is not None:
            self._ended.wait(timeout)
        return self.status

    def stop(self) -> None:
        """Quit the server and free its memory; returns at once."""
        with self._lock:
            self._stopping = True
        process = self._process
        if process is None:
            self._set(EngineStatus(EngineState.STOPPED))
            return
        try:
            if process.stdin is not None:
                process.stdin.close()  # the server's signal to quit
        except OSError:
            pass
        threading.Thread(target=self._reap, args=(process,), daemon=True).start()

    def _reap(self, process: "subprocess.Popen[bytes]") -> None:
        try:
            process.wait(STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            log.warning("The local model's process did not quit; killing it")
            process.kill()
            process.wait()

    def _read_reports(self) -> None:
        process = self._process
        assert process is not None and process.stdout is not None
        try:
            for line in process.stdout:
                try:
                    report = _report_from(line)
                except (ValueError, TypeError, KeyError, AttributeError):
                    # One garbled line (a library printing to stdout, say) must not stop
                    # the reading: the status would freeze and the pipe fill up.
                    log.warning("Ignoring a malformed report from the local model: %.200r", line)
                    continue
                if isinstance(report, StopReport):
                    self._keep(report)
                    log.info("The local model stopped an answer after %s tokens", report.tokens)
                elif report is not None:
                    self._set(report)
        except OSError:
            log.warning("Lost the local model's reports", exc_info=True)
        process.stdout.close()
        code = process.wait()
        with self._lock:
            stopping = self._stopping
            failed_already = self._status.state is EngineState.FAILED
        if stopping:
            self._set(EngineStatus(EngineState.STOPPED))
        elif not failed_already:
            log.warning("The local model's process ended with code %s", code)
            if self.ever_ready:  # it ran, then died: out of memory, killed, a llama.cpp bug
                #: Retry: the button's name
                message = LocalEngineStatus.tr(
                    "The local model ({name}) stopped unexpectedly. Rivulet starts it again: "
                    "press Retry, or send your message again.",
                    name=self.name,
                )
            else:
                message = LocalEngineStatus.tr(
                    "The local model stopped while loading {name}. The file may be damaged, "
                    "or made for a newer llama.cpp than this one.",
                    name=self.model_file.name,
                )
            self._set(EngineStatus(EngineState.FAILED, message=message))
        self._ended.set()

    def _keep(self, report: StopReport) -> None:
        while True:
            try:
                self.stop_reports.put_nowait(report)
                return
            except queue.Full:
                try:
                    self.stop_reports.get_nowait()  # the oldest makes room
                except queue.Empty:
                    pass

    def _set(self, status: EngineStatus) -> None:
        with self._lock:
            if self._status.state is EngineState.STOPPED:
                return  # nothing after the end
            self._status = status
            self._ever_ready = self._ever_ready or status.state is EngineState.READY
        if status.state is not EngineState.LOADING:
            self._settled.set()
        try:
            self._on_status(self, status)
        except Exception:  # a listener's bug must not end the reading of reports
            log.exception("A listener of the local model's status failed")

    def __repr__(self) -> str:  # never show the token
        return f"LocalEngine({self.model_file.name!r}, {self.status.state.value})"


def server_command(executable: str, *, frozen: bool) -> list[str]:
    """How to start the model server. A frozen app's executable is Rivulet itself, which
    serves when its first argument is `--local-server` (checked in `main.py` before any Qt
    import); from source, the interpreter runs the module."""
    if frozen:
        return [executable, LOCAL_SERVER_FLAG]
    return [executable, "-m", "core.local.server"]


def past_venv_launcher(
    command: list[str], env: dict[str, str], executable: str, base_executable: str
) -> tuple[list[str], dict[str, str]]:
    """On Windows a venv's python.exe is a launcher that runs the real interpreter as its
    own child, so a socket shared with the launcher's process id would miss the server:
    start the real interpreter as the venv's, as `multiprocessing` does (bpo-35797)."""
    same = os.path.normcase(command[0]) == os.path.normcase(executable)
    if not same or os.path.normcase(executable) == os.path.normcase(base_executable):
        return command, env  # another interpreter, or not in a venv
    return [base_executable, *command[1:]], {**env, "__PYVENV_LAUNCHER__": executable}


def _spawn(
    command: list[str], listener: socket.socket, stderr: IO[bytes], env: dict[str, str]
) -> "subprocess.Popen[bytes]":
    """Start the server and hand it the listening socket.

    POSIX systems, macOS included, let the child inherit the socket's descriptor
    (`pass_fds`). Windows cannot pass sockets that way: the child is told
    `--socket-share`, and gets a copy of the socket made for its process id
    (`socket.share`) as the first line of its stdin. (A PyInstaller one-folder app is a
    single process on Windows, so that id is the server's own.)
    """
    if sys.platform == "win32":
        if not getattr(sys, "frozen", False):  # a frozen app is its own interpreter
            base = getattr(sys, "_base_executable", sys.executable)
            command, env = past_venv_launcher(command, env, sys.executable, base)
        process = subprocess.Popen(
            [*command, "--socket-share"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            creationflags=subprocess.CREATE_NO_WINDOW,  # python.exe would open a console
        )
        try:
            assert process.stdin is not None
            process.stdin.write(share_line(listener.share(process.pid)))
            process.stdin.flush()
        except OSError:  # it died at once, or the socket could not be shared
            process.kill()
            process.wait()
            raise
        return process
    else:  # mypy checks each platform's branch on its own only in this shape
        return subprocess.Popen(
            [*command, "--socket-fd", str(listener.fileno())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            pass_fds=(listener.fileno(),),
            env=env,
        )


def _report_from(line: bytes) -> EngineStatus | StopReport | None:
    """One line of the server's reports; None for one this app does not know. Raises
    ValueError (or TypeError, KeyError, AttributeError) for a malformed one."""
    report = json.loads(line)
    if not isinstance(report, dict):
        raise ValueError("not a JSON object")
    if "progress" in report:
        progress = float(report["progress"])
        if not 0.0 <= progress <= 1.0:  # NaN too: the window turns it into a percentage
            raise ValueError("progress out of range")
        return EngineStatus(EngineState.LOADING, progress=progress)
    if "ready" in report:
        context = int(report["ready"].get("context", 0))
        return EngineStatus(EngineState.READY, progress=1.0, context=context)
    if "failed" in report:
        # The server's sentence is English; its reason, when it gives one, is said again
        # in the user's language.
        message = reason_text(report.get(REASON_FIELD)) or str(report["failed"])
        return EngineStatus(EngineState.FAILED, message=message)
    if "stopped" in report:
        stopped = report["stopped"]
        return StopReport(int(stopped["tokens"]), float(stopped["ms"]))
    return None


def _log_or_devnull(path: Path | None) -> IO[bytes]:
    try:
        return open(path or os.devnull, "ab")
    except OSError:  # a log that cannot be written is no reason not to run the model
        return open(os.devnull, "ab")
