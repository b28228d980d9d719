"""The Linux packages, built once per commit and unpacked as users would unpack them."""

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.version import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
# What the packages are made of: a build is reused while none of these changed.
SOURCES = ("core", "gui", "main.py", "resources", "packaging", "pyproject.toml", "dev")
KEY_FILE = DIST / ".packaged-tree"


def version() -> str:
    return __version__


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def _tree_key() -> str | None:
    """The committed sources' tree hashes, or None when they have uncommitted changes
    (a build from a dirty tree is never reused)."""
    if _git("status", "--porcelain", "--", *SOURCES):
        return None
    return _git("rev-parse", *(f"HEAD:{source}" for source in SOURCES)).replace("\n", " ")


def artifacts() -> dict[str, Path]:
    ver = version()
    return {
        "folder": DIST / "rivulet",
        "tar.gz": DIST / f"rivulet-{ver}-linux-x86_64.tar.gz",
        "deb": DIST / f"rivulet_{ver}_amd64.deb",
    }


@pytest.fixture(scope="session")
def packages() -> dict[str, Path]:
    """dist/'s folder, .tar.gz and .deb for the sources as they are; built if stale."""
    key = _tree_key()
    built = artifacts()
    fresh = (
        key is not None
        and KEY_FILE.exists()
        and KEY_FILE.read_text() == key
        and all(path.exists() for path in built.values())
    )
    if not fresh:
        KEY_FILE.unlink(missing_ok=True)
        result = subprocess.run(
            [str(ROOT / "dev"), "package"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        print(result.stdout[-1500:])  # the portability report and the build time
        if key is not None:
            KEY_FILE.write_text(key)
    return built


@pytest.fixture(scope="session", params=["tar.gz", "deb"])
def installed(
    request: pytest.FixtureRequest,
    packages: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, Path]]:
    """(kind, the app's executable) from the package unpacked into a folder of its own."""
    kind = str(request.param)
    root = tmp_path_factory.mktemp(kind.replace(".", "-"))
    if kind == "tar.gz":
        subprocess.run(["tar", "-xzf", str(packages[kind]), "-C", str(root)], check=True)
        yield kind, root / "rivulet" / "rivulet"
    else:
        subprocess.run(["dpkg-deb", "-x", str(packages[kind]), str(root)], check=True)
        yield kind, root / "opt" / "rivulet" / "rivulet"
