"""The built-in offline model: launch to first token, tokens per second, memory, Stop.

Each figure is measured beside a reference in the same run: the app's first token from
the built-in model beside its first token from a loopback server that answers at once;
tokens per second through Rivulet's path (server process, HTTP, SDK) beside
llama-cpp-python called directly in this process.
"""

import os
import statistics
import threading
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from bench.startup import _rss_mb, app_started

QUESTION = "Give me three tips for sleeping better."

# Starts the app on a fresh data folder (a first run: nothing set up), sends QUESTION as
# soon as the window takes typing, and prints the time of the first streamed word.
FIRST_TOKEN = """
import sys, time, main
from PySide6.QtCore import QTimer
from pathlib import Path
app = main.create_app()
w = main.create_window(Path(sys.argv[1]))
w.show()
sent = []
def check():
    if not sent and w.built and w.windowHandle() and w.windowHandle().isExposed():
        w.prompt.setPlainText(sys.argv[2]); w.question.submit(); sent.append(1)
    elif sent and w.session.draft.parts:
        print("first", flush=True); timer.stop()
        QTimer.singleShot(3000, w.close)
timer = QTimer(); timer.timeout.connect(check); timer.start(1)
sys.exit(main.run(app, w))
"""


def _first_token_s(folder: str, server_url: str = "") -> tuple[float, float, float]:
    """(launch to first token, app RSS MB, model process RSS MB) for one fresh start."""
    if server_url:  # the reference: a saved server that answers at once
        from core.config.settings import Settings, SettingsStore

        settings = Settings.single(api_key="sk-bench", base_url=server_url, model="demo")
        SettingsStore(Path(folder)).save(settings, environ={})
    with app_started(FIRST_TOKEN, folder, QUESTION, folder=folder, signal="first") as (
        proc,
        first,
    ):
        time.sleep(1.0)  # the answer goes on; memory with the model working
        app_rss = _rss_mb(proc.pid)
        model_rss = sum(_rss_mb(pid) for pid in _children(proc.pid))
    return first, app_rss, model_rss


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = task / "children"
        if children.exists():
            found += [int(c) for c in children.read_text().split()]
    return found


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _until_idle_ms(pid: int, since: float) -> float:
    """Milliseconds from `since` until the process stops using the CPU (no tick in 60 ms)."""
    last, last_change = _cpu_s(pid), time.perf_counter()
    while time.perf_counter() - last_change < 0.06:
        time.sleep(0.002)
        now = _cpu_s(pid)
        if now != last:
            last, last_change = now, time.perf_counter()
    return max(0.0, (last_change - since) * 1000)


def measure_rate(rounds: int = 5) -> dict[str, float]:
    """Tokens per second: through Rivulet's server path, and llama.cpp called directly."""
    import llama_cpp

    from core.chat.client import ChatClient
    from core.chat.conversation import Message, Role
    from core.chat.reply import TextDelta
    from core.local.engine import LocalEngine
    from core.local.model_files import BUILTIN_MODEL, model_file

    path = model_file("")
    engine = LocalEngine(path, BUILTIN_MODEL)
    engine.start()
    engine.wait_until_settled(60)
    client = ChatClient(engine.endpoint)
    direct = llama_cpp.Llama(model_path=str(path), n_ctx=4096, verbose=False)
    prompt = [Message(Role.USER, "Write a short story about a lighthouse keeper.")]
    messages: Any = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": prompt[0].content},
    ]
    app_rates, direct_rates = [], []
    for _ in range(rounds):
        reply = client.stream(prompt, BUILTIN_MODEL)
        texts = [d.text for d in reply if isinstance(d, TextDelta)]
        assert reply.usage is not None and reply.seconds_total and texts
        generating = reply.seconds_total - (reply.seconds_to_first_delta or 0)
        app_rates.append(reply.usage.completion_tokens / generating)
        count, first, started = 0, 0.0, time.perf_counter()
        stream: Any = direct.create_chat_completion(
            messages=messages, stream=True, temperature=0, repeat_penalty=1.1
        )
        for chunk in stream:
            if chunk["choices"][0]["delta"].get("content"):
                count += 1
                first = first or time.perf_counter()
        direct_rates.append(count / (time.perf_counter() - (first or started)))
    stop_ms, stop_reading_ms, server_ms = [], [], []
    long_text = " ".join(f"Item {n} is the number {n * 7}." for n in range(300))
    for round_ in range(rounds):
        # Stop mid-answer: from the click to the model process standing still.
        reply = client.stream([Message(Role.USER, f"{round_}: write a very long essay.")], "m")
        for seen, delta in enumerate(reply):
            if seen == 20 and isinstance(delta, TextDelta):
                clicked = time.perf_counter()
                reply.stop()
        stop_ms.append(_until_idle_ms(engine.pid or 0, clicked))
        server_ms.append(engine.stop_reports.get(timeout=10).ms)
        # Stop while it reads a long prompt (before any word).
        reply = client.stream([Message(Role.USER, f"{round_} {long_text}")], "m")
        reader = threading.Thread(target=lambda r=reply: list(r))
        reader.start()
        time.sleep(0.3)
        clicked = time.perf_counter()
        reply.stop()
        reader.join()
        stop_reading_ms.append(_until_idle_ms(engine.pid or 0, clicked))
        engine.stop_reports.get(timeout=10)
    loaded_rss = _rss_mb(engine.pid or 0)
    client.close()
    engine.stop()
    med = statistics.median
    return {
        "app_tokens_per_s": med(app_rates),
        "direct_tokens_per_s": med(direct_rates),
        "rate_ratio": med(app_rates) / med(direct_rates),
        "stop_ms": med(stop_ms),
        "stop_max_ms": max(stop_ms),
        "stop_reading_ms": med(stop_reading_ms),
        "stop_reading_max_ms": max(stop_reading_ms),
        "server_stop_ms": med(server_ms),
        "model_process_rss_mb": loaded_rss,
    }


def measure_first_token(rounds: int = 5) -> dict[str, float]:
    from tests.support.fake_openai import FakeOpenAIServer, Script, chunk, sse, usage_chunk

    def at_once(_body: object) -> Script:
        words = [sse(chunk(f"word{n} ")) for n in range(50)]
        ending = [sse(chunk(finish="stop")), sse(usage_chunk()), b"data: [DONE]\n\n"]
        return Script(parts=[sse(chunk(role=True)), *words, *ending])

    offline, reference, app_rss, model_rss = [], [], [], []
    with FakeOpenAIServer() as server:
        server.responder = at_once
        with TemporaryDirectory() as warm:
            _first_token_s(warm)  # warm the disk cache and .pyc files
        for _ in range(rounds):
            with TemporaryDirectory() as folder:
                first, app, model = _first_token_s(folder)
                offline.append(first)
                app_rss.append(app)
                model_rss.append(model)
            with TemporaryDirectory() as folder:
                reference.append(_first_token_s(folder, server.base_url)[0])
    med = statistics.median
    return {
        "offline_first_token_ms": med(offline) * 1000,
        "server_first_token_ms": med(reference) * 1000,
        "first_token_ratio": med(offline) / med(reference),
        "app_rss_mb": med(app_rss),
        "model_rss_mb": med(model_rss),
    }
