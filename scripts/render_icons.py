"""Render resources/icons/evaluation-desk.svg into the PNG sizes and the Windows .ico.

Run after changing the SVG: `.venv/bin/python scripts/render_icons.py`. Uses Qt's QSvgRenderer
(offscreen), so it needs nothing beyond the app's own dependencies. The .ico holds PNG-compressed
images (Windows Vista and later read them); macOS builds turn the 1024 px PNG into an .icns.
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICONDIR with one PNG entry per size (a 256 px entry is written as 0)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return head + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage text/AA needs an app)
    renderer = QSvgRenderer(str(ICONS / "evaluation-desk.svg"))
    if not renderer.isValid():
        print("error: the SVG cannot be read", file=sys.stderr)
        return 2
    rendered = {size: png_bytes(render(renderer, size)) for size in PNG_SIZES}
    for size, blob in rendered.items():
        (ICONS / f"evaluation-desk-{size}.png").write_bytes(blob)
    (ICONS / "evaluation-desk.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    print(f"wrote {len(PNG_SIZES)} PNGs and evaluation-desk.ico into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
