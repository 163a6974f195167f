#!/usr/bin/env python3
"""Draws docs/images/icon.png, the package icon: three rising bars and a trend line on a blue tile.

Standard library only (zlib + struct write the PNG), 4x4 supersampling for smooth edges; the output is the
same bytes on every run. Usage: python3 docs/images/make-icon.py [out.png]
"""
import struct
import sys
import zlib

SIZE, SS = 128, 4
TOP, BOTTOM = (37, 99, 235), (30, 58, 138)  # blue-600 to blue-900
BAR, LINE = (255, 255, 255), (251, 191, 36)  # white bars, amber trend
RADIUS = 26
BARS = [(26, 72), (54, 52), (82, 30)]  # (left x, top y) of 20-px-wide bars standing on y = 104
BAR_W, BASE = 20, 104
POINTS = [(36, 58), (64, 38), (92, 16)]  # the trend line rises above the bar tops
LINE_W, DOT_R = 5.0, 7.0


def inside_tile(x, y):
    cx = min(max(x, RADIUS), SIZE - RADIUS)
    cy = min(max(y, RADIUS), SIZE - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def in_bar(x, y):
    return any(left <= x <= left + BAR_W and top <= y <= BASE for left, top in BARS)


def near_segment(x, y, a, b, width):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2) ** 2


def on_line(x, y):
    if any((x - px) ** 2 + (y - py) ** 2 <= DOT_R ** 2 for px, py in POINTS):
        return True
    return any(near_segment(x, y, POINTS[i], POINTS[i + 1], LINE_W) for i in range(len(POINTS) - 1))


def pixel(px, py):
    acc = [0.0, 0.0, 0.0, 0.0]
    for sy in range(SS):
        for sx in range(SS):
            x, y = px + (sx + 0.5) / SS, py + (sy + 0.5) / SS
            if not inside_tile(x, y):
                continue
            t = y / SIZE
            colour = tuple(TOP[i] + (BOTTOM[i] - TOP[i]) * t for i in range(3))
            if in_bar(x, y):
                colour = tuple(c * 0.08 + b * 0.92 for c, b in zip(colour, BAR))
            if on_line(x, y):
                colour = LINE
            for i in range(3):
                acc[i] += colour[i]
            acc[3] += 255
    n = SS * SS
    alpha = acc[3] / n
    if alpha == 0:
        return (0, 0, 0, 0)
    covered = acc[3] / 255  # colour is averaged over the covered samples only (straight alpha)
    return tuple(round(acc[i] / covered) for i in range(3)) + (round(alpha),)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs/images/icon.png"
    rows = b"".join(b"\x00" + bytes(v for x in range(SIZE) for v in pixel(x, y)) for y in range(SIZE))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows, 9))
           + chunk(b"IEND", b""))
    with open(out, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main()
