"""A short title for a conversation, written by the model after its first reply."""

import logging
import re

import openai

from core.chat.one_shot import async_client
from core.config.providers import Endpoint

log = logging.getLogger(__name__)

INSTRUCTION = (
    "Write a title of 2 to 6 words for the conversation below. Answer with the title only: "
    "no quotes, no punctuation at the end."
)
MAX_LENGTH = 60


async def suggest_title(endpoint: Endpoint, model: str, prompt: str, reply: str) -> str | None:
    """The model's title, or None if it could not give a usable one (never raises)."""
    client = async_client(endpoint, timeout=20.0, connect=5.0)
    try:
        completion = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": INSTRUCTION},
                {"role": "user", "content": f"User: {prompt[:2000]}\n\nAssistant: {reply[:2000]}"},
            ],
            max_tokens=24,
            temperature=0.2,
        )
        text = completion.choices[0].message.content or ""
    except (openai.APIError, IndexError, AttributeError, ValueError) as error:
        log.info("No model-written title: %s", type(error).__name__)
        return None
    finally:
        await client.close()
    return clean_title(text)


# Emphasis and code marks, and underscores only in pairs (snake_case stays).
_MARKUP = re.compile(r"\*+|`+|__")
_WRAPPING = "\"'*#` \u2018\u2019\u201c\u201d"


def clean_title(text: str) -> str | None:
    # Reasoning models may think aloud first; small models add quotes and "Title:".
    if "</think>" in text:
        text = text.rsplit("</think>", 1)[1]
    line = next((part for part in text.strip().splitlines() if part.strip()), "")
    line = line.strip(_WRAPPING)
    if line.lower().startswith("title:"):
        line = line[len("title:") :].strip(_WRAPPING)
    line = line.strip(_WRAPPING + ".!")
    # The chat list shows plain text: "The **Delta** Question" would show its stars.
    line = " ".join(_MARKUP.sub("", line).split())
    if not line or len(line) > MAX_LENGTH:
        return None
    return line
