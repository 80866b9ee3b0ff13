#!/usr/bin/env python3
"""Draw the app icons (PNG) into public/: the same picture as public/icon.svg,
five rising bars (the five axes) on the brand colour. Standard library only.

    python3 scripts/make_icons.py
"""
import struct
import zlib
from pathlib import Path

BRAND = (0x00, 0x50, 0x6E)
BARS = [(0x8F, 0xD3, 0xFF), (0xFF, 0xD2, 0x8F), (0xA6, 0xE3, 0xA1), (0xE3, 0xB3, 0xF0), (0xFF, 0xB3, 0xC1)]
# Bars in the 64-unit grid of icon.svg: (x, top), width 6, bottom at 52.
BAR_GEOMETRY = [(12, 40), (21, 32), (30, 24), (39, 18), (48, 12)]


def draw(size, maskable):
    """RGBA rows. Every icon fills the square with the brand colour (platforms round
    or mask the corners themselves); a maskable icon keeps the bars in the central
    safe zone (80 %). Square corners make the plain icons compress to a third of
    their size with rounded ones (brotli: 965 -> 380 bytes for the two)."""
    inset = 0.1 if maskable else 0.0
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            colour = BRAND
            # Position in the 64-unit grid, shrunk into the safe zone when maskable.
            gx = ((x + 0.5) / size - inset) / (1 - 2 * inset) * 64
            gy = ((y + 0.5) / size - inset) / (1 - 2 * inset) * 64
            for (bx, top), bar in zip(BAR_GEOMETRY, BARS):
                if bx <= gx < bx + 6 and top <= gy < 52:
                    colour = bar
            row += bytes(colour) + bytes([255])
        rows.append(bytes(row))
    return rows


def png(rows, size):
    """An indexed-colour PNG: the icons have six colours, so a palette and one byte
    per pixel make files a quarter of the RGBA size, which compress further."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    palette = {}
    raw = bytearray()
    for row in rows:
        raw.append(0)  # filter: none (smaller here than the others, once compressed)
        for i in range(0, len(row), 4):
            pixel = row[i : i + 4] if row[i + 3] else bytes(4)
            raw.append(palette.setdefault(bytes(pixel), len(palette)))
    colours = list(palette)
    header = struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0)
    alpha = bytes(c[3] for c in colours).rstrip(b"\xff")
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"PLTE", b"".join(c[:3] for c in colours))
        + (chunk(b"tRNS", alpha) if alpha else b"")
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def main():
    public = Path(__file__).resolve().parent.parent / "public"
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
        ("apple-touch-icon.png", 180, True),
    ]:
        (public / name).write_bytes(png(draw(size, maskable), size))
        print(f"public/{name}")


if __name__ == "__main__":
    main()
