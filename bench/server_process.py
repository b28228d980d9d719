"""The loopback server in a process of its own, as a real server is.

In the bench's own process the server's Python thread takes the GIL for every chunk it
writes: the client then shares one GIL three ways (server, streaming thread, window),
which no user's machine does, and both the rates and the window's gaps measured that
as much as Rivulet. The same server code (`tests.support.fake_openai`) runs here in a
child process, driven over a pipe; `enqueue` and `base_url` work as on the in-process one.
"""

import pickle
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from tests.support.fake_openai import Script

ROOT = Path(__file__).resolve().parent.parent


def _serve(commands: BinaryIO, answers: BinaryIO) -> None:
    from tests.support.fake_openai import FakeOpenAIServer

    with FakeOpenAIServer() as server:
        pickle.dump(server.base_url, answers)
        answers.flush()
        while True:
            scripts = pickle.load(commands)
            if scripts is None:
                return
            server.enqueue(*scripts)
            pickle.dump(True, answers)
            answers.flush()


class ServerProcess:
    """`with ServerProcess() as server:`; then `server.enqueue(script)` before each request."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self.base_url = ""

    def __enter__(self) -> "ServerProcess":
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.server_process"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self.base_url = self._call(None, first=True)
        return self

    def _call(self, message: object, *, first: bool = False) -> str:
        assert self._process is not None
        assert self._process.stdin is not None and self._process.stdout is not None
        if not first:
            pickle.dump(message, self._process.stdin)
            self._process.stdin.flush()
        answer: str = pickle.load(self._process.stdout)
        return answer

    def enqueue(self, *scripts: Script) -> None:
        self._call(scripts)  # queued over there before the request goes out

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        assert self._process is not None
        assert self._process.stdin is not None
        pickle.dump(None, self._process.stdin)
        self._process.stdin.close()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


if __name__ == "__main__":
    _serve(sys.stdin.buffer, sys.stdout.buffer)
