"""Built-in model repetition (issue 18.12): how often long answers repeat themselves.

Sends prompts that invite long answers to the built-in model through its real server
process (`LocalEngine`, HTTP, the OpenAI SDK), once per sampling configuration: "before"
sends the settings the server used before issue 18.12 as request fields; "after" sends
none, which is what the app sends, so the server's own defaults apply. For each answer:
does the same run of 8 words occur twice (case and punctuation ignored), and did it hit
the length limit?

    .venv/bin/python -m bench.local_repetition [--max-tokens N] [--show N]
        [--config NAME='{"repeat_penalty": 1.2}' ...]

The app sets no length limit (the model may write up to its context, about 4,000
tokens); a loop that starts within the first 1,024 tokens would just go on, so answers
are cut at 1,024 by default to keep a run within minutes.
"""

import argparse
import json
import re
import time
from dataclasses import dataclass
from typing import Any

from openai import OpenAI

from core.local.engine import EngineState, LocalEngine
from core.local.model_files import BUILTIN_MODEL, BUILTIN_SHA256, model_file

PROMPTS = [
    "Write a short story about a lighthouse keeper.",
    "Explain how photosynthesis works.",
    "Give me ten tips for learning a language.",
    "Write an essay about the importance of sleep.",
    "Give me a recipe for banana bread.",
    "List twenty animals that live in the ocean.",
    "Explain how a car engine works.",
    "Write a poem about autumn leaves.",
    "Describe the history of the Roman Empire.",
    "What are the benefits of regular exercise?",
    "Write a letter to a friend about your summer holiday.",
    "Explain the water cycle to a child.",
    "Give me a weekly meal plan for a family of four.",
    "Write a story about a dragon who is afraid of fire.",
    "List the steps to plant a vegetable garden.",
    "Explain how the internet works.",
    "Describe a day in the life of a medieval farmer.",
    "Give me ten ideas for a birthday party.",
    "Write an essay on climate change and its effects.",
    "Explain the difference between weather and climate.",
    "Write a product description for a new smartphone.",
    "Tell me about the solar system and its planets.",
    "How do I make a cup of tea? Explain every step.",
    "Write a speech for a school graduation.",
]
# The sampling before issue 18.12: greedy, repetition penalty 1.1 over the last 64 tokens
# (llama-cpp-python's default window), no DRY.
BEFORE: dict[str, Any] = {
    "temperature": 0.0,
    "repeat_penalty": 1.1,
    "repeat_last_n": 64,
    "dry_multiplier": 0.0,
}
RUN = 8  # words in a row that count as the answer repeating itself
MAX_TOKENS = 1024


@dataclass
class Answer:
    prompt: str
    text: str
    tokens: int
    at_limit: bool
    repeated: str  # the first 8 words that occur twice, or ""


def repeated_run(text: str, length: int = RUN) -> str:
    """The first run of `length` words that occurs twice in `text` (case and punctuation
    ignored), or "" when none does."""
    words = re.findall(r"[\w']+", text.lower())
    seen: set[tuple[str, ...]] = set()
    for start in range(len(words) - length + 1):
        run = tuple(words[start : start + length])
        if run in seen:
            return " ".join(run)
        seen.add(run)
    return ""


def ask(client: OpenAI, prompt: str, fields: dict[str, Any], max_tokens: int) -> Answer:
    reply: Any = client.chat.completions.create(
        model=BUILTIN_MODEL,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        extra_body=fields,
    )
    choice = reply.choices[0]
    text = choice.message.content or ""
    return Answer(
        prompt,
        text,
        reply.usage.completion_tokens,
        choice.finish_reason == "length",
        repeated_run(text),
    )


def measure(
    configs: dict[str, dict[str, Any]], max_tokens: int = MAX_TOKENS, prompts: list[str] = PROMPTS
) -> dict[str, list[Answer]]:
    """Every prompt under every configuration, through one built-in model server."""
    engine = LocalEngine(model_file(""), BUILTIN_MODEL, sha256=BUILTIN_SHA256)
    engine.start()
    try:
        status = engine.wait_until_settled(120)
        if status.state is not EngineState.READY:
            raise SystemExit(f"The built-in model did not load: {status.message}")
        endpoint = engine.endpoint
        client = OpenAI(base_url=endpoint.base_url, api_key=endpoint.api_key, max_retries=0)
        results: dict[str, list[Answer]] = {}
        # One configuration at a time: the same messages twice in a row would be taken for
        # Regenerate (sampled at 0.7) by the server.
        for name, fields in configs.items():
            started = time.perf_counter()
            results[name] = []
            for prompt in prompts:
                answer = ask(client, prompt, fields, max_tokens)
                results[name].append(answer)
                print(f"    {answer.tokens:5} tokens  {answer.repeated!r:60.60}", flush=True)
            seconds = time.perf_counter() - started
            print(f"  {name}: {len(prompts)} answers in {seconds:.0f} s", flush=True)
        paris = ask(client, "What is the capital of France?", {}, 64).text
        print(f"  'What is the capital of France?' (after): {paris!r}")
        client.close()
    finally:
        engine.stop()
    return results


def report(results: dict[str, list[Answer]], show: int = 0) -> None:
    names = list(results)
    print(f"\n{'prompt':44}" + "".join(f"{name:>22}" for name in names))
    for row in zip(*results.values(), strict=True):
        cells = "".join(
            f"{a.tokens:>10} tok {'LIMIT' if a.at_limit else '':5} {'REP' if a.repeated else '':3}"
            for a in row
        )
        print(f"{row[0].prompt[:43]:44}{cells}")
    print()
    for name, answers in results.items():
        repeats = sum(bool(a.repeated) for a in answers)
        limits = sum(a.at_limit for a in answers)
        tokens = sorted(a.tokens for a in answers)
        print(
            f"{name:>12}: repeated 8-word run in {repeats:2}/{len(answers)} answers, "
            f"hit the length limit {limits:2}/{len(answers)}, median {tokens[len(tokens) // 2]} "
            "tokens"
        )
    for name, answers in results.items():
        for answer in answers[:show]:
            print(f"\n--- {name}: {answer.prompt}  (repeats: {answer.repeated or 'none'})")
            print(answer.text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-tokens", type=int, default=MAX_TOKENS)
    parser.add_argument("--show", type=int, default=0, help="print the first N answers of each")
    parser.add_argument(
        "--config",
        action="append",
        default=[],
        metavar="NAME=JSON",
        help="another configuration: request fields as JSON",
    )
    parser.add_argument("--only", default="", help="prompt numbers to run, e.g. 0,3,5")
    parser.add_argument("--save", default="", help="write every answer to this JSON file")
    args = parser.parse_args()
    configs: dict[str, dict[str, Any]] = {"before": BEFORE, "after": {}}
    for item in args.config:
        name, _, fields = item.partition("=")
        configs[name] = json.loads(fields)
    prompts = PROMPTS
    if args.only:
        prompts = [PROMPTS[int(n)] for n in args.only.split(",")]
    print(
        f"Built-in model repetition: {len(prompts)} prompts, answers up to {args.max_tokens} "
        "tokens, through the model's server process"
    )
    results = measure(configs, args.max_tokens, prompts)
    report(results, args.show)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as file:
            json.dump({k: [vars(a) for a in v] for k, v in results.items()}, file, indent=1)


if __name__ == "__main__":
    main()
