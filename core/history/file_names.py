"""File names made from text a person wrote (chat titles), safe on every file system."""

from core.i18n import Context

FileNames = Context("FileNames")

# Characters Windows refuses in names (macOS refuses ":" too, Linux "/").
_REFUSED = set('<>:"/\\|?*')
# Names Windows reserves for devices, with or without an extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
MAX_BYTES = 120  # of UTF-8: file systems allow 255, and a date and an extension follow


def safe_file_name(text: str, fallback: str) -> str:
    """`text` as the stem of a file name: no separators, reserved or control characters,
    no leading dot (a hidden file), no trailing dot or space, at most MAX_BYTES bytes;
    `fallback` when nothing is left."""
    cleaned = "".join(
        " " if ch in _REFUSED or ord(ch) < 32 or ord(ch) == 127 else ch for ch in text
    )
    cleaned = " ".join(cleaned.split())
    cleaned = cleaned.encode("utf-8")[:MAX_BYTES].decode("utf-8", errors="ignore")
    cleaned = cleaned.strip(". ")
    if not cleaned:
        return fallback
    if cleaned.split(".")[0].strip().upper() in _RESERVED:
        # Windows reserves "CON" and "con.txt.md" alike.
        #: a file name for a chat whose title is a name Windows keeps for itself
        return FileNames.tr("Chat {title}", title=cleaned)
    return cleaned
