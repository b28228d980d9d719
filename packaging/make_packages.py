"""Turn the PyInstaller folder dist/rivulet into the Linux packages, and check it is portable.

    python packaging/make_packages.py [dist]

Writes dist/rivulet-<version>-linux-x86_64.tar.gz (a portable folder) and
dist/rivulet_<version>_amd64.deb, and prints which CPUs and distributions the bundle needs.
Runs with the build environment's Python (PySide6 renders the icons).
"""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT))

from icons import HICOLOR_SIZES, render_pngs  # noqa: E402

from core.desktop.menu_entry import MIME_TYPES  # noqa: E402 - one list for both entries

# Libraries Qt's X11 and Wayland plugins load from the system (the bundle carries some of
# them too; declaring them keeps the package right whichever PyInstaller leaves out).
DEPENDS = [
    "libxcb1",
    "libx11-6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    # Qt's Wayland plugin (and its EGL helpers).
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libdrm2",
    # Ubuntu 24.04 renamed it in the 64-bit time_t transition.
    "libglib2.0-0t64 | libglib2.0-0",
]
RECOMMENDS = ["fonts-dejavu-core"]

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=Rivulet
GenericName=AI chat
Comment=Chat with AI models, on your own computer or on any OpenAI-compatible server
Exec={exec} %F
Icon={icon}
Terminal=false
Categories=Office;Network;Chat;
Keywords=AI;LLM;chat;ChatGPT;OpenAI;
StartupWMClass=rivulet
StartupNotify=true
MimeType={mime_types}
"""

# Distributions by the glibc they ship (the bundle needs the newest GLIBC_x.y it names).
DISTROS_BY_GLIBC = [
    ((2, 31), "Debian 11+, Ubuntu 20.04+"),
    ((2, 35), "Debian 12+, Ubuntu 22.04+"),
    ((2, 36), "Debian 12+, Ubuntu 24.04+ (22.04 has glibc 2.35), Fedora 37+"),
    ((2, 39), "Debian 13+, Ubuntu 24.04+, Fedora 40+"),
]


def version() -> str:
    """The one version number, from core/version.py (read, not imported: this script
    runs in the build environment, beside the app rather than inside it)."""
    tree = ast.parse((ROOT / "core" / "version.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise RuntimeError("core/version.py has no __version__")


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def glibc_needed(folder: Path) -> tuple[int, int]:
    """The newest glibc symbol version any file of the bundle needs."""
    newest = (2, 0)
    for path in _elf_files(folder):
        dynamic = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for major, minor in re.findall(r"\bGLIBC_(\d+)\.(\d+)", dynamic):
            newest = max(newest, (int(major), int(minor)))
    return newest


# Mnemonics that exist only from the named instruction set on (their VEX/EVEX forms).
_ISA_MARKERS = [
    ("AVX-512", re.compile(r"%zmm|%k[0-7]\b|\{1to\d+\}")),
    ("AVX-VNNI", re.compile(r"\{vex\} vpdpbusd|\bvpdpbusd\b.*%ymm")),
    (
        "AVX2",
        re.compile(
            r"\bvp(broadcast[bwdq]|gatherd|gatherq|permd|permq|erm2i128|maskmov"
            r"|sllv|srlv|srav)|\bvinserti128|\bvextracti128|\bvpmaddubsw\b.*%ymm"
        ),
    ),
    ("FMA", re.compile(r"\bvfn?m(add|sub)\d{3}")),
    ("F16C", re.compile(r"\bvcvt(ph2ps|ps2ph)\b")),
    ("AVX", re.compile(r"%ymm")),
    ("SSE4", re.compile(r"\b(pmulld|ptest|pblendvb|pminsd|pmaxsd|pshufb|roundps)\b")),
]


def cpu_features(library: Path) -> dict[str, int]:
    """How many instructions of each marked instruction set `objdump -d` finds."""
    counts = dict.fromkeys((name for name, _ in _ISA_MARKERS), 0)
    with subprocess.Popen(
        ["objdump", "-d", "--no-show-raw-insn", str(library)], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if "\t" not in line:
                continue
            for name, pattern in _ISA_MARKERS:
                if pattern.search(line):
                    counts[name] += 1
    return counts


def llama_libraries(folder: Path) -> list[Path]:
    lib = folder / "_internal" / "llama_cpp" / "lib"
    return sorted(p for p in lib.iterdir() if p.is_file() and ".so" in p.name)


def portability_report(folder: Path) -> tuple[list[str], bool]:
    """Lines saying what the bundle needs of a CPU and a distribution; ok is False when
    a llama.cpp library uses AVX-512 (most laptops lack it: "Illegal instruction")."""
    lines, ok = [], True
    for library in llama_libraries(folder):
        counts = cpu_features(library)
        used = [name for name, count in counts.items() if count]
        highest = used[0] if used else "SSE2 (x86-64 baseline)"
        lines.append(
            f"  {library.name:20} highest instruction set {highest:8} "
            f"(uses {', '.join(used) or 'nothing past SSE2'}; AVX-512: {counts['AVX-512']})"
        )
        ok = ok and counts["AVX-512"] == 0
    glibc = glibc_needed(folder)
    distros = next((d for v, d in reversed(DISTROS_BY_GLIBC) if glibc >= v), "any")
    lines.append(f"  needs glibc {glibc[0]}.{glibc[1]} or newer: {distros}")
    return lines, ok


def _install_icons(share: Path, pngs: dict[int, bytes]) -> None:
    for size in HICOLOR_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "rivulet.png").write_bytes(pngs[size])
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "rivulet.svg", scalable / "rivulet.svg")


def _chmod_tree(folder: Path) -> None:
    """Packaged files belong to root and are world-readable, whatever the builder's umask."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o100:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def build_tarball(bundle: Path, dist: Path, ver: str, glibc: tuple[int, int]) -> Path:
    stage = ROOT / "build" / "tarball"
    shutil.rmtree(stage, ignore_errors=True)
    folder = stage / "rivulet"
    shutil.copytree(bundle, folder, symlinks=True)
    # The app offers to add itself to the application menu when it finds this marker.
    (folder / "portable").write_text("")
    (folder / "README.txt").write_text(
        f"Rivulet {ver}: start it with ./rivulet (or double-click 'rivulet'); your chats are "
        "kept in ~/.local/share/Rivulet, never in this folder.\n"
        f"Runs on 64-bit PCs with glibc {glibc[0]}.{glibc[1]} or newer (Debian 12, Ubuntu "
        "24.04, Fedora 37 and later); nothing needs installing as root.\n"
    )
    _chmod_tree(folder)
    out = dist / f"rivulet-{ver}-linux-x86_64.tar.gz"
    subprocess.run(
        [
            "tar",
            "--owner=0",
            "--group=0",
            "--numeric-owner",
            "--sort=name",
            "-czf",
            str(out),
            "-C",
            str(stage),
            "rivulet",
        ],
        check=True,
    )
    return out


def build_deb(bundle: Path, dist: Path, ver: str, glibc: tuple[int, int]) -> Path:
    stage = ROOT / "build" / "deb" / f"rivulet_{ver}_amd64"
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "rivulet", symlinks=True)
    share = stage / "usr" / "share"
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "rivulet").symlink_to("/opt/rivulet/rivulet")
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "rivulet.desktop").write_text(
        DESKTOP_ENTRY.format(exec="rivulet", icon="rivulet", mime_types=MIME_TYPES)
    )
    _install_icons(share, render_pngs(HICOLOR_SIZES))
    _chmod_tree(stage)
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        "Package: rivulet\n"
        f"Version: {ver}\n"
        "Architecture: amd64\n"
        "Maintainer: Rivulet developers <rivulet@users.noreply.github.com>\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: libc6 (>= {glibc[0]}.{glibc[1]}), {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: net\n"
        "Priority: optional\n"
        "Description: chat with AI models, online or offline\n"
        " Rivulet streams replies from any OpenAI-compatible server and keeps your\n"
        " conversations on your computer. A small built-in model answers offline.\n"
    )
    _chmod_tree(control.parent)
    out = dist / f"rivulet_{ver}_amd64.deb"
    # zstd: 3 s and 177 MB here, where xz took 4 minutes for 155 MB. Every dpkg on a
    # distribution new enough for the bundle's glibc (Debian 12, Ubuntu 24.04) reads it.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def main() -> int:
    dist = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"
    bundle = dist / "rivulet"
    ver = version()
    lines, ok = portability_report(bundle)
    print("Portability of the bundle:")
    print("\n".join(lines))
    if not ok:
        print("llama.cpp was built with AVX-512: it would crash on most CPUs.", file=sys.stderr)
        return 1
    glibc = glibc_needed(bundle)
    for built in (build_tarball(bundle, dist, ver, glibc), build_deb(bundle, dist, ver, glibc)):
        print(
            f"  {built.relative_to(ROOT) if built.is_relative_to(ROOT) else built}"
            f"  {built.stat().st_size / 1e6:.1f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
