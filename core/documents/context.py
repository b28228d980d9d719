"""How much a model can read at once (its context, in tokens), and how much of it the
files of a question may use."""

# What the servers do not say. Figures from the providers' model pages; a model whose
# name starts with a key gets its figure (the longest key that matches wins).
KNOWN_CONTEXTS = {
    "gpt-4.1": 1_047_576,
    "gpt-4o": 128_000,
    "gpt-4-turbo": 128_000,
    "gpt-4": 8_192,
    "gpt-3.5-turbo": 16_385,
    "gpt-5": 400_000,
    "o1": 200_000,
    "o3": 200_000,
    "o4-mini": 200_000,
    "chatgpt-4o": 128_000,
    "claude": 200_000,
    "gemini": 1_048_576,
    "deepseek": 64_000,
    "llama-3.1": 128_000,
    "llama-3.2": 128_000,
    "llama-3.3": 128_000,
    "llama3": 8_192,
    "mistral": 32_000,
    "mixtral": 32_000,
    "qwen2.5": 32_768,
    "qwen3": 32_768,
    "gemma2": 8_192,
    "gemma3": 128_000,
    "phi3": 4_096,
    "smollm2": 4_096,  # as the built-in model runs it (core/local/llama_chat.py)
}
# A model nobody has told us about: small enough for most local servers' defaults
# (Ollama's is 4,096 at the time of writing, llama.cpp's server often 4,096 too).
DEFAULT_CONTEXT = 4_096
# Budgeting counts characters, not tokens: English runs ~4 characters to a token, code
# and most other languages fewer; 3 keeps the request inside the context.
CHARS_PER_TOKEN = 3
REPLY_SHARE = 0.25  # of the context, kept for the answer
MIN_REPLY_TOKENS = 512


def context_of(model: str, known: int = 0) -> int:
    """The model's context in tokens: `known` when the server or the engine said, else the
    table's figure for its name, else DEFAULT_CONTEXT."""
    if known > 0:
        return known
    name = model.lower().rsplit("/", 1)[-1]  # "openai/gpt-4o" on OpenRouter
    matches = [key for key in KNOWN_CONTEXTS if name.startswith(key)]
    return KNOWN_CONTEXTS[max(matches, key=len)] if matches else DEFAULT_CONTEXT


def files_budget(context: int, conversation_chars: int, max_tokens: int = 0) -> int:
    """Characters the files may use in a question: the context, less room for the reply
    and what the rest of the request already holds."""
    reply = max(max_tokens, MIN_REPLY_TOKENS, int(context * REPLY_SHARE))
    tokens = context - reply - conversation_chars // CHARS_PER_TOKEN
    return max(tokens, 0) * CHARS_PER_TOKEN
