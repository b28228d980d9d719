"""Per-conversation options: system prompt, temperature, maximum reply length; and presets.

Every field's empty value means "the server's default", so a user who never opens the
options sends exactly what the plain SDK loop sends.
"""

import json
from dataclasses import asdict, dataclass
from typing import Any

from core.i18n import Context

ChatPresets = Context("ChatPresets")

MAX_TEMPERATURE = 2.0  # the Chat Completions range is 0..2


@dataclass(frozen=True)
class ChatOptions:
    system_prompt: str = ""
    temperature: float | None = None
    max_tokens: int | None = None

    @property
    def is_default(self) -> bool:
        return self == ChatOptions()

    def to_json(self) -> str:
        return "" if self.is_default else json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "ChatOptions":
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            return cls()
        return cls.from_dict(data) if isinstance(data, dict) else cls()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ChatOptions":
        """Tolerant: a value of the wrong type or out of range falls back to the default."""
        prompt = data.get("system_prompt")
        temperature = data.get("temperature")
        max_tokens = data.get("max_tokens")
        chosen_temperature: float | None = None
        if isinstance(temperature, bool):
            temperature = None  # JSON true is not a temperature
        if isinstance(temperature, int | float) and 0 <= temperature <= MAX_TEMPERATURE:
            chosen_temperature = float(temperature)
        chosen_max: int | None = None
        if isinstance(max_tokens, int) and not isinstance(max_tokens, bool) and max_tokens > 0:
            chosen_max = max_tokens
        return cls(
            system_prompt=prompt if isinstance(prompt, str) else "",
            temperature=chosen_temperature,
            max_tokens=chosen_max,
        )


@dataclass(frozen=True)
class OptionsPreset:
    name: str
    options: ChatOptions
    built_in: bool = False


DEFAULT = "Default"  # the stored name of the preset that changes nothing

BUILT_IN_PRESETS: tuple[OptionsPreset, ...] = (
    OptionsPreset(DEFAULT, ChatOptions(), built_in=True),
    OptionsPreset(
        "Concise",
        ChatOptions(
            system_prompt="Answer briefly and directly. Use short sentences and no filler."
        ),
        built_in=True,
    ),
    OptionsPreset(
        "Explain simply",
        ChatOptions(
            system_prompt="Explain things in plain words for someone who is not an expert. "
            "Use a short example when it helps."
        ),
        built_in=True,
    ),
    OptionsPreset(
        "Translator",
        ChatOptions(
            system_prompt="You are a translator. Translate the user's text into English; if "
            "it is already English, translate it into French. Reply with the translation only.",
            temperature=0.2,
        ),
        built_in=True,
    ),
    OptionsPreset(
        "Creative writing",
        ChatOptions(
            system_prompt="You are a creative writing partner. Be vivid and original.",
            temperature=1.1,
        ),
        built_in=True,
    ),
)


@dataclass(frozen=True)
class ChatSetup:
    """What a conversation talks to and how: kept with it, so reopening it carries on alike."""

    provider_id: str = ""
    model: str = ""
    options: ChatOptions = ChatOptions()


CUSTOM = "Custom"  # the name preset_name_for gives options that match no preset


def preset_label(name: str) -> str:
    """The name of a preset as shown: a built-in preset's (and "Custom") in the user's
    language; a user's preset as they named it. Names stay English where stored."""
    labels = {
        DEFAULT: ChatPresets.tr("Default", "the preset of chat options that changes nothing"),
        "Concise": ChatPresets.tr("Concise", "a preset of chat options"),
        "Explain simply": ChatPresets.tr("Explain simply", "a preset of chat options"),
        "Translator": ChatPresets.tr("Translator", "a preset of chat options"),
        "Creative writing": ChatPresets.tr("Creative writing", "a preset of chat options"),
        CUSTOM: ChatPresets.tr("Custom", "chat options that match no preset"),
    }
    return labels.get(name, name)


def preset_name_for(options: ChatOptions, presets: tuple[OptionsPreset, ...]) -> str:
    """The name of the preset these options match, or "Custom" (see preset_label)."""
    return next((p.name for p in presets if p.options == options), CUSTOM)
