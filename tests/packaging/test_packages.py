"""The Linux packages, as users get them: what they hold, what they need of the computer,
and the app they install, started from each and driven through its real X11 window."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import version
from tests.packaging.desktop import (
    count_pixels,
    missing_tools,
    stored_replies,
    type_into,
    virtual_screen,
    visible_window,
    wait_for,
    xdotool,
)
from tests.support.documents import docx, odt, pdf
from tests.support.fake_openai import FakeOpenAIServer, reply_script

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1800)]

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True, check=True
    ).stdout.strip()


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def test_the_portable_folder_runs_from_where_it_is_unpacked(packages: dict[str, Path]) -> None:
    names = subprocess.run(
        ["tar", "-tzf", str(packages["tar.gz"])], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert all(name.startswith("rivulet/") for name in names)
    assert {"rivulet/rivulet", "rivulet/portable", "rivulet/README.txt"} <= set(names)
    # Every language's catalogue, compiled, and Qt's own for its standard buttons.
    for code in ("de", "ja", "ar", "pt_BR", "zh_CN"):
        assert any(n.endswith(f"resources/translations/rivulet_{code}.qm") for n in names)
        assert any(n.endswith(f"translations/qtbase_{code}.qm") for n in names)
    assert not any(n.endswith(".ts") for n in names)
    readme = subprocess.run(
        ["tar", "-xzOf", str(packages["tar.gz"]), "rivulet/README.txt"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert len(readme.splitlines()) == 2 and version() in readme


def test_the_deb_installs_under_opt_with_a_menu_entry_and_icons(
    packages: dict[str, Path], tmp_path: Path
) -> None:
    deb = packages["deb"]
    assert _deb_field(deb, "Package") == "rivulet"
    assert _deb_field(deb, "Version") == version()
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    assert os.readlink(tmp_path / "usr/bin/rivulet") == "/opt/rivulet/rivulet"
    assert os.access(tmp_path / "opt/rivulet/rivulet", os.X_OK)
    assert not (tmp_path / "opt/rivulet/portable").exists()  # installed, not portable
    entry = (tmp_path / "usr/share/applications/rivulet.desktop").read_text()
    for line in ("Name=Rivulet", "Exec=rivulet %F", "Icon=rivulet", "StartupWMClass=rivulet"):
        assert line in entry.splitlines()
    if shutil.which("desktop-file-validate"):  # desktop-file-utils; errors exit non-zero
        subprocess.run(
            ["desktop-file-validate", str(tmp_path / "usr/share/applications/rivulet.desktop")],
            check=True,
        )
    icons = tmp_path / "usr/share/icons/hicolor"
    for size in ICON_SIZES:
        png = (icons / f"{size}x{size}/apps/rivulet.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == size  # the IHDR width
    assert (icons / "scalable/apps/rivulet.svg").exists()
    # Nothing made at install time (no maintainer scripts): dpkg -r removes every file.
    scripts = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    listing = subprocess.run(
        ["tar", "-t"], input=scripts, capture_output=True, check=True
    ).stdout.decode()
    assert not re.search(r"(pre|post)(inst|rm)", listing)
    assert deb.stat().st_size < 200e6, f"{deb.stat().st_size / 1e6:.0f} MB (floor: 200 MB)"


def test_the_deb_declares_every_library_the_bundle_takes_from_the_system(
    packages: dict[str, Path],
) -> None:
    folder = packages["folder"]
    bundled = {path.name for path in folder.rglob("*")}
    from_system: set[str] = set()
    for path in _elf_files(folder):
        dynamic = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
        ).stdout
        from_system.update(
            name for name in re.findall(r"NEEDED\s+(\S+)", dynamic) if name not in bundled
        )
    depends = _deb_field(packages["deb"], "Depends")
    declared = {re.split(r"[\s(]", alt.strip())[0] for alt in re.split(r"[,|]", depends)}
    undeclared = {}
    for name in sorted(from_system):
        owner = subprocess.run(
            ["dpkg", "-S", f"*/{name}"], capture_output=True, text=True, check=False
        ).stdout
        packages_found = {line.split(":")[0] for line in owner.splitlines() if line}
        if not packages_found & declared:
            undeclared[name] = sorted(packages_found)
    assert not undeclared, f"libraries from packages the .deb does not depend on: {undeclared}"


def test_llama_cpp_in_the_bundle_runs_on_cpus_without_avx512(packages: dict[str, Path]) -> None:
    libraries = list((packages["folder"] / "_internal/llama_cpp/lib").glob("lib*.so*"))
    assert any(lib.name.startswith("libggml-cpu") for lib in libraries), libraries
    for library in libraries:
        code = subprocess.run(
            ["objdump", "-d", "--no-show-raw-insn", str(library)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "%zmm" not in code, f"{library.name} uses AVX-512"


def test_the_readme_names_the_glibc_the_bundle_needs(packages: dict[str, Path]) -> None:
    newest = (2, 0)
    for path in _elf_files(packages["folder"]):
        dynamic = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for major, minor in re.findall(r"\bGLIBC_(\d+)\.(\d+)", dynamic):
            newest = max(newest, (int(major), int(minor)))
    readme = subprocess.run(
        ["tar", "-xzOf", str(packages["tar.gz"]), "rivulet/README.txt"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"glibc {newest[0]}.{newest[1]} or newer" in readme
    assert f"libc6 (>= {newest[0]}.{newest[1]})" in _deb_field(packages["deb"], "Depends")


def _start(
    executable: Path, display: str, data: Path, files: tuple[Path, ...] = (), **env: str
) -> "subprocess.Popen[str]":
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "OPENAI_"))}
    return subprocess.Popen(
        [str(executable), *map(str, files)],  # files: "Open with Rivulet"
        cwd=data.parent,
        env=dict(
            clean,
            DISPLAY=display,
            RIVULET_DATA_DIR=str(data),
            # Never the developer's keychain (the frozen app carries keyring's backends).
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            **env,
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


REPLY_DELTAS = [
    "Packaged",
    " and",
    " streaming.\n\n```python\n",
    "def greet(name):\n    return 'Hello ' + name\n",
    "```\n",
]
# Pygments' colours for `def` and a function's name, in the light and the dark style the
# app uses: on screen only if the frozen app found its lexers and styles.
CODE_COLOURS = {(0x00, 0x80, 0x00), (0x00, 0x00, 0xFF), (0x66, 0xD9, 0xEF), (0xA6, 0xE2, 0x2E)}


def _ask_and_quit(
    executable: Path,
    data: Path,
    question: str,
    answered: "re.Pattern[str]",
    timeout: float,
    *,
    highlighted_code: bool = False,
    files: tuple[Path, ...] = (),
    **env: str,
) -> tuple[list[tuple[str, str]], int, str, int]:
    """Start the app on a virtual screen, type `question`, wait for a stored reply that
    matches `answered`, press Ctrl+Q; the replies, exit code, stderr and how many pixels
    of the window had the colours of highlighted code before it closed."""
    if missing := missing_tools():
        pytest.fail(f"install {' '.join(missing)} (./dev test does)")
    with virtual_screen() as display, _start(executable, display, data, files, **env) as app:
        try:
            window = str(wait_for(lambda: visible_window(display, "rivulet"), 60, "the window"))
            type_into(display, window, question)
            wait_for(
                lambda: any(
                    answered.search(text) and status == "complete"
                    for text, status in stored_replies(data)
                ),
                timeout,
                "a complete reply in rivulet.db",
            )
            coloured = 0
            if highlighted_code:  # coloured on a worker thread: give it a moment
                coloured = int(
                    str(
                        wait_for(
                            lambda: count_pixels(display, window, CODE_COLOURS),
                            10,
                            "Pygments' colours on the code in the window",
                        )
                    )
                )
            xdotool(display, "key", "ctrl+q")  # File > Quit, as a person closes it
            code = app.wait(timeout=20)
        finally:
            if app.poll() is None:
                app.kill()
        stderr = app.stderr.read() if app.stderr else ""
    return stored_replies(data), code, stderr, coloured


def test_the_installed_app_streams_a_reply_stores_it_and_exits_cleanly(
    installed: tuple[str, Path], tmp_path: Path
) -> None:
    _kind, executable = installed
    data = tmp_path / "data"
    # Opened with the app, as a file manager does: read by the bundled PDFium and
    # python-docx and odfdo (their libraries and templates must be in the bundle).
    lease = tmp_path / "lease.pdf"
    lease.write_bytes(pdf(["Rent is paid monthly.", "Notice period: three months."]))
    letter = tmp_path / "letter.docx"
    letter.write_bytes(docx(["Dear landlord,", "The heating is broken."]))
    minutes = tmp_path / "minutes.odt"
    minutes.write_bytes(odt("Minutes", ["The meeting moved to Tuesday."]))
    with FakeOpenAIServer() as server:
        server.default_script = reply_script(REPLY_DELTAS)
        replies, code, stderr, coloured = _ask_and_quit(
            executable,
            data,
            "Hello from a package",
            re.compile("Packaged and streaming"),
            30,
            highlighted_code=True,
            files=(lease, letter, minutes),
            OPENAI_BASE_URL=server.base_url,
        )
        body = server.chat_requests[-1].body
    assert replies == [("".join(REPLY_DELTAS), "complete")]
    assert coloured > 0
    # The icons came from the bundled lucide package and Qt's SVG plugin (else the
    # buttons would have fallen back to words, and the log would say why).
    log = (data / "rivulet.log").read_text() if (data / "rivulet.log").exists() else ""
    for problem in ("icons could not be read", "No icon", "could not be drawn"):
        assert problem not in log, log
    assert body is not None and body["stream"] is True
    sent = body["messages"][-1]["content"]
    assert sent.endswith("Hello from a package")
    assert "Notice period: three months." in sent and "The heating is broken." in sent
    assert "The meeting moved to Tuesday." in sent
    assert code == 0, stderr
    assert "Traceback" not in stderr


def test_the_installed_app_answers_offline_with_its_built_in_model(
    installed: tuple[str, Path], tmp_path: Path
) -> None:
    _kind, executable = installed
    data = tmp_path / "data"
    # A first launch in German, as on a German desktop: the catalogues are in the bundle.
    replies, code, stderr, _ = _ask_and_quit(
        executable,
        data,
        "Which city is the capital of France?",
        re.compile("Paris"),
        120,
        LANG="de_DE.UTF-8",
        LANGUAGE="de",
    )
    assert any("Paris" in text for text, _status in replies), replies
    assert code == 0, stderr
    assert "Traceback" not in stderr
    app_log = (data / "rivulet.log").read_text() if (data / "rivulet.log").exists() else ""
    assert "Could not load the de catalogue" not in app_log
    log = (data / "local-model.log").read_text() if (data / "local-model.log").exists() else ""
    assert "Traceback" not in log, log
