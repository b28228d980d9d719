"""The real app in its own process: closing it mid-reply exits cleanly within a second."""

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.support.fake_openai import FakeOpenAIServer, Script, Stall, chunk, sse

ROOT = Path(__file__).resolve().parents[2]


def test_closing_the_app_mid_reply_exits_cleanly_and_fast(
    server: FakeOpenAIServer, data_dir: Path
) -> None:
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("Once upon")), Stall()]))
    env = dict(os.environ, TEST_SERVER_URL=server.base_url, QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, "-m", "tests.support.close_mid_reply"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline()  # blocks until the window is closed mid-reply
        closed_at = time.monotonic()
        code = proc.wait(timeout=10)
        elapsed = time.monotonic() - closed_at
        stderr = proc.stderr.read()
    assert line.strip() == "closing", stderr
    assert code == 0, stderr
    assert "QThread: Destroyed" not in stderr
    assert "Traceback" not in stderr
    assert elapsed < 1.0, f"exit took {elapsed:.2f} s"
    body = server.chat_requests[-1].body
    assert body is not None and body["model"] == "gpt-4o-mini"  # picked from /v1/models
    log = (data_dir / "rivulet.log").read_text() if (data_dir / "rivulet.log").exists() else ""
    assert "did not stop" not in log
