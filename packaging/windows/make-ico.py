#!/usr/bin/env python3
"""Builds custodian.ico from the committed PNGs in resources/icons.

    python3 packaging/windows/make-ico.py

Each size is stored as PNG inside the .ico, which Windows reads since Vista. Python's standard
library only: no ImageMagick needed. Run it again after changing the icon and commit the result.
"""
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parents[2]
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    images = [(ROOT / f"resources/icons/org.custodian.Custodian-{size}.png").read_bytes() for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, data in zip(SIZES, images):
        dimension = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    out = ROOT / "packaging/windows/custodian.ico"
    out.write_bytes(header + directory + b"".join(images))
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
