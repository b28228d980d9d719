"""The real app in its own process: closing it mid-reply exits cleanly within a second."""

import time
from pathlib import Path

from tests.support.app_process import spawn_app
from tests.support.fake_openai import FakeOpenAIServer, Script, Stall, chunk, sse


def test_closing_the_app_mid_reply_exits_cleanly_and_fast(
    server: FakeOpenAIServer, data_dir: Path
) -> None:
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("Once upon")), Stall()]))
    with spawn_app("tests.support.close_mid_reply", server.base_url) as proc:
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


def test_closing_the_window_before_its_first_frame_ends_the_app(
    server: FakeOpenAIServer, data_dir: Path
) -> None:
    """Qt ends its loop on the last window's closing only inside app.exec(); closed while
    the app waits for the first frame, the app ended never (and kept its single-instance
    lock, so later launches handed their files to a window that could do nothing)."""
    proc = spawn_app("tests.support.close_before_first_frame", server.base_url)
    try:
        out, stderr = proc.communicate(timeout=20)
    finally:
        proc.kill()  # a process that never ends fails the test, not the run
        proc.wait()
    assert proc.returncode == 0, stderr
    assert out.strip() == "returned 0 built=False", stderr
    assert "Traceback" not in stderr
