"""The catalogues against the source: every sentence Rivulet shows goes through a
translation call, every catalogue holds every such sentence, translated, with the same
placeholders (docs/translations.md)."""

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = sorted([ROOT / "main.py", *(ROOT / "core").rglob("*.py"), *(ROOT / "gui").rglob("*.py")])
CODES = (
    "es",
    "fr",
    "de",
    "it",
    "pt_BR",
    "ru",
    "uk",
    "pl",
    "tr",
    "ja",
    "zh_CN",
    "ko",
    "hi",
    "ar",
    "he",
)
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")

# Calls whose text argument the user reads.
TEXT_METHODS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "addAction", "addMenu",
    "setTitle", "setLabelText", "setInformativeText", "setDetailedText", "addItem",
    "setSuffix", "setPrefix", "setSpecialValueText", "say", "show_message", "addRow",
    "setHeaderLabels", "showMessage", "insertItem", "addTab", "setTabText",
}  # fmt: skip
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox", "QMenu",
    "QToolButton", "QCommandLinkButton",
}  # fmt: skip
# QMessageBox.warning(parent, title, text), QFileDialog.getOpenFileName(parent, caption, ...)
# and QMessageBox(icon, title, text)
TEXT_AFTER_PARENT = {
    "QMessageBox",
    "warning", "information", "critical", "question", "about", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "getText", "getItem",
    "getInt", "getDouble",
}  # fmt: skip
USER_ERRORS = {
    "UserError", "ChatError", "DocumentError", "StoreError", "TransferError",
    "AttachmentError", "LocalModelError", "ModelFileError",
}  # fmt: skip
# Texts that are meant as they are, by file: names, symbols and the like.
ALLOWED: dict[str, set[str]] = {
    "gui/window/dialogs.py": {"Rivulet"},  # a message box's title: the product's name
}


def _words(text: str) -> bool:
    return re.search(r"[A-Za-z]{2,}", text) is not None


def _literal_texts(node: ast.AST) -> list[str]:
    """The plain texts in an argument that would reach the user untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return [parts] if _words(parts) else []
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    return []


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def test_no_sentence_escapes_translation() -> None:
    found = []
    for path in SOURCES:
        relative = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in TEXT_METHODS or name in TEXT_WIDGETS:
                arguments = list(node.args[:1])
            elif name in TEXT_AFTER_PARENT:
                arguments = list(node.args[1:3])
            elif name in USER_ERRORS:
                arguments = [a for a in node.args if not isinstance(a, ast.Attribute)]
            else:
                continue
            for argument in arguments:
                for text in _literal_texts(argument):
                    if text not in ALLOWED.get(relative, set()):
                        found.append(f"{relative}:{node.lineno}: {text!r}")
    assert not found, "Not translated:\n" + "\n".join(found)


def test_each_context_is_named_after_its_variable_once() -> None:
    seen: dict[str, str] = {}
    wrong = []
    for path in SOURCES:
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and _name(node.value.func) == "Context"
                and node.value.args
                and isinstance(node.value.args[0], ast.Constant)
                and isinstance(node.value.args[0].value, str)
            ):
                context = node.value.args[0].value
                target = node.targets[0]
                if not (isinstance(target, ast.Name) and target.id == context):
                    wrong.append(f"{relative}:{node.lineno}: {context} is not named {context}")
                if context in seen and seen[context] != relative:
                    wrong.append(f"{relative}: {context} is already {seen[context]}'s")
                seen[context] = relative
    assert seen and not wrong, "\n".join(wrong)


@dataclass(frozen=True)
class Entry:
    numerus: bool
    forms: tuple[str, ...]
    finished: bool


def _catalogue(path: Path) -> dict[tuple[str, str, str], Entry]:
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            entries[key] = Entry(numerus, forms, translation.get("type") != "unfinished")
    return entries


@pytest.fixture(scope="module")
def source_catalogue(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], Entry]:
    target = tmp_path_factory.mktemp("ts") / "rivulet_source.ts"
    subprocess.run(
        [str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none", "main.py", "core",
         "gui", "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return _catalogue(target)


def test_there_is_a_catalogue_for_every_language() -> None:
    from gui.i18n import LANGUAGES

    assert set(LANGUAGES) == {"en", *CODES}
    assert {p.stem.removeprefix("rivulet_") for p in TRANSLATIONS.glob("rivulet_*.ts")} == set(
        CODES
    )


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w*\}", text))


@pytest.mark.parametrize("code", CODES)
def test_every_sentence_is_translated_with_the_source_placeholders(
    code: str, source_catalogue: dict[tuple[str, str, str], Entry]
) -> None:
    catalogue = _catalogue(TRANSLATIONS / f"rivulet_{code}.ts")
    missing = sorted(set(source_catalogue) - set(catalogue))
    assert not missing, f"{len(missing)} sentences are not in rivulet_{code}.ts: {missing[:5]}"
    problems = []
    for key in source_catalogue:
        entry = catalogue[key]
        source = key[1]
        if not entry.finished or not all(form.strip() for form in entry.forms):
            problems.append(f"untranslated: {key}")
            continue
        for form in entry.forms:
            if _placeholders(form) != _placeholders(source):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
        if entry.numerus and not any("%n" in form or "%Ln" in form for form in entry.forms):
            problems.append(f"no %n in any form: {source!r}")
    assert not problems, f"rivulet_{code}.ts:\n" + "\n".join(problems[:40])
