"""One instance at a time, with real processes: a second launch hands its files over."""

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication

from gui.window.single_instance import LOCK_NAME, hand_over, launch_paths, server_name
from tests.support.app_process import spawn_app
from tests.support.fake_openai import FakeOpenAIServer

DRIVER = "tests.support.single_instance_app"


def spawn_first(server: FakeOpenAIServer) -> "subprocess.Popen[str]":
    first = spawn_app(DRIVER, server.base_url)
    assert first.stdout is not None
    line = first.stdout.readline()
    if line.strip() != "ready":
        first.kill()
        _, stderr = first.communicate(timeout=10)
        raise AssertionError(f"first instance did not start: {line!r}\n{stderr}")
    return first


def launch_second(server: FakeOpenAIServer, *arguments: str) -> tuple[int, float, str]:
    started = time.monotonic()
    second = spawn_app(DRIVER, server.base_url, arguments)
    out, err = second.communicate(timeout=30)
    return second.returncode, time.monotonic() - started, out + err


def finish(first: "subprocess.Popen[str]") -> tuple[dict[str, object], int, str]:
    assert first.stdout is not None and first.stderr is not None
    line = first.stdout.readline()
    code = first.wait(timeout=15)
    stderr = first.stderr.read()
    assert line, f"the first instance received nothing\n{stderr}"
    received: dict[str, object] = json.loads(line)
    return received, code, stderr


def test_a_second_launch_hands_its_files_to_the_first_and_exits(
    server: FakeOpenAIServer, data_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "b.txt").write_text("to do: buy flour", encoding="utf-8")
    with spawn_first(server) as first:
        code, elapsed, output = launch_second(server, "notes.md", str(tmp_path / "b.txt"))
        received, first_code, stderr = finish(first)
    assert code == 0, output
    assert output == ""  # it never started a window of its own
    assert elapsed < 5.0, f"the second launch took {elapsed:.1f} s"
    from tests.support.app_process import ROOT

    assert received["paths"] == [str(ROOT / "notes.md"), str(tmp_path / "b.txt")]
    assert received["status"] == "Received 2 files."
    assert received["minimized"] is False  # brought forward
    assert received["attached"] == ["notes.md", "b.txt"]  # to a new question, being read
    assert first_code == 0, stderr
    assert "Traceback" not in stderr


def test_a_socket_left_by_a_crash_does_not_stop_a_new_first_instance(
    server: FakeOpenAIServer, data_dir: Path, qapp: QApplication
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    name = server_name(data_dir)
    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()
    # What a killed Rivulet leaves: a socket file nobody listens on, and its lock.
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)
    stale.close()
    assert Path(path).exists()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (data_dir / LOCK_NAME).write_text(f"{gone}\nrivulet\n{socket.gethostname()}\n")
    with spawn_first(server) as first:
        code, _, output = launch_second(server)
        received, first_code, stderr = finish(first)
    assert code == 0, output
    assert received == {"paths": [], "status": "", "minimized": False, "attached": []}
    assert first_code == 0, stderr


def test_two_launches_at_once_make_one_window(
    server: FakeOpenAIServer, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A double double-click: neither finds the other listening (the driver holds each
    # one after its first look until both have looked).
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    monkeypatch.setenv("RACE_BARRIER", str(barrier))
    a = spawn_app(DRIVER, server.base_url, [str(tmp_path / "a.txt")])
    b = spawn_app(DRIVER, server.base_url, [str(tmp_path / "b.txt")])
    try:
        assert a.stdout is not None and b.stdout is not None
        # The one that hands over exits at once ("" at the end of its output); the other
        # says "ready" once it has a window.
        lines = {"a": a.stdout.readline().strip(), "b": b.stdout.readline().strip()}
        assert sorted(lines.values()) == ["", "ready"], f"two windows opened: {lines}"
        first, other = (a, "b") if lines["a"] == "ready" else (b, "a")
        received, first_code, stderr = finish(first)
        a.wait(timeout=15)
        b.wait(timeout=15)
    finally:
        for proc in (a, b):
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
    assert received["paths"] == [str(tmp_path / f"{other}.txt")]
    assert first_code == 0, stderr
    assert a.returncode == b.returncode == 0


def test_with_no_instance_running_the_check_is_instant(data_dir: Path, qapp: QApplication) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    assert not hand_over(server_name(data_dir), ["a.txt"])
    assert time.perf_counter() - started < 0.05


def test_names_differ_per_data_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")


def test_launch_paths_are_absolute_and_leave_out_options() -> None:
    paths = launch_paths(["-platform", "offscreen", "--verbose", "a.txt", "/tmp/b c.md"])
    assert paths == [str(Path("a.txt").absolute()), "/tmp/b c.md"]
    assert sys.argv  # (launch_paths never reads sys.argv itself)
