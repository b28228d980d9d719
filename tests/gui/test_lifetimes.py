"""Nothing the app starts outlives its use: finished transfer jobs, the colouring thread."""

from pathlib import Path

from tests.support.app_process import spawn_app
from tests.support.fake_openai import FakeOpenAIServer, reply_script

CODE_REPLY = "Here:\n\n```python\ndef f(x):\n    return x  # done\n```\n\nThat is all."


def test_the_colouring_thread_ends_when_the_app_quits(server: FakeOpenAIServer) -> None:
    server.enqueue(reply_script([CODE_REPLY]))
    with spawn_app("tests.support.quit_after_code", server.base_url) as proc:
        out, err = proc.communicate(timeout=30)
    lines = out.splitlines()
    assert lines[:1] == ["closing"], err  # a code block was coloured on its thread first
    alive = lines[-1].removeprefix("alive: ").split(",")
    assert not [name for name in alive if name.startswith("rivulet-colours")], lines[-1]
    assert proc.returncode == 0, err
