"""Render resources/rivulet.svg into the icon files installers need: `python icons.py OUT`.

PNGs in the hicolor sizes (Linux), a multi-size .ico (Windows) and an .icns (macOS). Both
container formats simply wrap PNGs, so nothing but Qt's SVG renderer is needed.
"""

import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "rivulet.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The PNG-carrying ICNS element types, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_pngs(sizes: tuple[int, ...]) -> dict[int, bytes]:
    """The SVG as PNG bytes at each size, rendered without a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = bytes(data.data())
    del app
    return pngs


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG (Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding each PNG under its element type."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_all(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(tuple(sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))))
    for size in HICOLOR_SIZES:
        (out / f"rivulet-{size}.png").write_bytes(pngs[size])
    (out / "rivulet.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "rivulet.icns").write_bytes(icns(pngs))


if __name__ == "__main__":
    write_all(Path(sys.argv[1]))
