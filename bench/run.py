"""Run all benchmarks and print their figures side by side: `./dev bench`.

Uses the X server in DISPLAY when there is one; otherwise starts Xvfb if installed,
else falls back to Qt's offscreen platform (which still lays out and paints).
"""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def a_screen() -> Iterator[str]:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        yield os.environ.get("QT_QPA_PLATFORM") or f"xcb on {os.environ['DISPLAY']}"
        return
    if shutil.which("Xvfb"):
        display = ":97"
        with subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ) as xvfb:
            deadline = time.monotonic() + 10
            while not os.path.exists(f"/tmp/.X11-unix/X{display[1:]}"):
                if time.monotonic() > deadline:
                    raise RuntimeError("Xvfb did not start")
                time.sleep(0.05)
            os.environ["DISPLAY"] = display
            try:
                yield f"xcb on Xvfb {display}"
            finally:
                xvfb.terminate()
        return
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    yield "offscreen"


def main() -> int:
    from bench import (
        documents,
        handoff,
        history,
        local_model,
        package,
        startup,
        streaming,
        translations,
    )

    with a_screen() as screen:
        print(f"Rivulet benchmarks  (Python {sys.version.split()[0]}, Qt platform: {screen})")
        s = streaming.measure()
        print(f"\nStreaming {streaming.DELTAS:,} deltas from a loopback server (medians of 5):")
        print(
            f"  raw SSE loop        {s['raw_deltas_per_s']:8.0f} deltas/s   "
            f"first delta {s['raw_first_delta_ms']:6.1f} ms"
        )
        print(
            f"  bare openai loop    {s['bare_deltas_per_s']:8.0f} deltas/s   "
            f"first delta {s['bare_first_delta_ms']:6.1f} ms"
        )
        print(
            f"  Rivulet -> window   {s['app_deltas_per_s']:8.0f} deltas/s   "
            f"first delta {s['app_first_delta_ms']:6.1f} ms"
        )
        print(
            f"  one signal a delta  {s['ceiling_deltas_per_s']:8.0f} deltas/s   "
            f"(client + worker + a slot that keeps it: the design's ceiling,"
            f" {s['ceiling_ratio']:.2f} of raw)"
        )
        print(f"  ratio to raw SSE    {s['raw_rate_ratio']:8.2f}   (target >= 0.8, aim 0.95)")
        print(f"  ratio to openai     {s['rate_ratio']:8.2f}")
        print(
            f"  without checkpoints {s['no_checkpoint_deltas_per_s']:8.0f} deltas/s   "
            f"checkpoint cost {s['checkpoint_cost'] * 100:.1f}% (target <= 5%)"
        )
        print(
            f"  GUI event-loop stall: p99 {s['app_stall_p99_ms']:.1f} ms (target <= 12), "
            f"longest {s['app_stall_max_ms']:.1f} ms (target <= 33)"
        )
        print(
            f"  with a 2,000-message chat open: {s['long_chat_deltas_per_s']:.0f} deltas/s,"
            f" ratio {s['long_chat_ratio']:.2f}, stall p99 {s['long_chat_stall_p99_ms']:.1f} ms,"
            f" longest {s['long_chat_stall_max_ms']:.1f} ms"
        )
        m = streaming.measure_memory()
        print("\nMemory over 1,000 replies in one window (a new chat every 10):")
        print(
            f"  after 100: {m['rss_after_100_mb']:.1f} MB   after 1,000: "
            f"{m['rss_after_all_mb']:.1f} MB   growth {m['growth']:+.1%} (target <= +10%)"
        )
        w = streaming.measure_growth()
        print(f"\nA reply 5x as long ({streaming.DELTAS * 5:,} deltas), medians of 3:")
        print(
            f"  event-loop gaps p90: first fifth {w['early_p90_ms']:.1f} ms, last fifth"
            f" {w['late_p90_ms']:.1f} ms, ratio {w['growth_ratio']:.2f} (flat: 1.0)"
        )
        g = streaming.measure_giants()
        print("\nA 1 MB reply in one paragraph (rounds of 3; target: no stall over 33 ms):")
        print(
            f"  streamed in 50-char deltas  longest stall {g['paragraph_stall_max_ms']:6.1f} ms"
            f"   p99 {g['paragraph_stall_p99_ms']:5.1f} ms"
            f"   {g['paragraph_deltas_per_s']:6.0f} deltas/s"
        )
        print(
            f"  as one delta                longest stall {g['single_delta_stall_max_ms']:6.1f} ms"
        )
        handoff.report(handoff.measure())
        u = startup.measure()
        print("\nCold start to a visible, typeable window (medians of 5):")
        bare_rss, app_rss = u["bare_idle_rss_mb"], u["app_idle_rss_mb"]
        print(f"  bare PySide6 window {u['bare_start_ms']:6.0f} ms   idle RSS {bare_rss:5.1f} MB")
        print(f"  Rivulet             {u['app_start_ms']:6.0f} ms   idle RSS {app_rss:5.1f} MB")
        print(f"  ratio               {u['start_ratio']:6.2f}   (target <= 1.5; RSS <= 90 MB)")
        print(
            f"  Rivulet, whole window {u['app_complete_ms']:4.0f} ms   "
            f"ratio {u['complete_ratio']:.2f}   (sidebar, header and chat on screen)"
        )
        print(
            f"  CPU time to ready   bare {u['bare_cpu_ms']:.0f} ms, "
            f"Rivulet {u['app_cpu_ms']:.0f} ms, ratio {u['cpu_ratio']:.2f}"
        )
        translations.report(translations.measure())
        f = local_model.measure_first_token()
        r = local_model.measure_rate()
        print("\nBuilt-in offline model (SmolLM2-135M, llama.cpp; medians of 5):")
        print(
            f"  launch to first token  built-in {f['offline_first_token_ms']:6.0f} ms   "
            f"loopback server {f['server_first_token_ms']:6.0f} ms   "
            f"ratio {f['first_token_ratio']:.2f}"
        )
        print(
            f"  tokens per second      Rivulet {r['app_tokens_per_s']:6.1f}   "
            f"llama.cpp in-process {r['direct_tokens_per_s']:6.1f}   ratio {r['rate_ratio']:.2f}"
        )
        print(
            f"  resident memory        app {f['app_rss_mb']:5.1f} MB + model process "
            f"{f['model_rss_mb']:5.1f} MB (loaded and answering)"
        )
        print(
            f"  Stop to model idle     answering {r['stop_ms']:5.0f} ms "
            f"(max {r['stop_max_ms']:.0f})"
            f"   reading a prompt {r['stop_reading_ms']:5.0f} ms (max "
            f"{r['stop_reading_max_ms']:.0f})   target <= 200 ms"
        )
        documents.report(documents.measure())
        h = history.measure()
        print("\nHistory (medians of 5; 1x = 1,000 chats / 20,000 messages, 10x = 10x that):")
        print("                          1x        10x    target")
        print(
            f"  cold start to window  {h['1x']['start_ms']:7.1f} ms{h['10x']['start_ms']:7.1f} ms"
            f"   with none {h['none']['start_ms']:.1f} ms: ratios {h['1x']['start_ratio']:.2f}"
            f" / {h['10x']['start_ratio']:.2f} (target <= 1.1)"
        )
        print(
            f"  whole window          {h['1x']['complete_ms']:7.1f} ms"
            f"{h['10x']['complete_ms']:7.1f} ms"
            f"   with none {h['none']['complete_ms']:.1f} ms: ratios "
            f"{h['1x']['complete_ratio']:.2f} / {h['10x']['complete_ratio']:.2f}"
        )
        for key, label, target in (
            ("list_ms", "conversation list", 100),
            ("open_2000_ms", "open 2,000 messages", 60),
            ("search_ms", "full-text search", 100),
        ):
            print(f"  {label:22}{h['1x'][key]:7.1f} ms{h['10x'][key]:7.1f} ms   <= {target} ms")
        print(
            "  scrolling up the 2,000-message chat for 2 s (wheel, 120 px / 16 ms):"
            f" event-loop gap p99 {h['1x']['scroll_gap_p99_ms']:.1f} / "
            f"{h['10x']['scroll_gap_p99_ms']:.1f} ms, longest {h['1x']['scroll_gap_max_ms']:.1f}"
            f" / {h['10x']['scroll_gap_max_ms']:.1f} ms"
            f" ({h['1x']['scroll_built']:.0f} / {h['10x']['scroll_built']:.0f} messages built)"
        )
        if os.environ.get("DISPLAY") and shutil.which("xdotool"):
            package.report(package.measure())
        else:
            print("\nPackages: skipped (needs an X server (Xvfb) and xdotool)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
