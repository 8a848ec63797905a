#!/usr/bin/env python3
"""Builds custodian.icns from resources/icons/org.custodian.Custodian.svg.

    python3 packaging/macos/make-icns.py

Needs rsvg-convert (Debian: librsvg2-bin; Homebrew: librsvg) for the 512 and 1024 px images; the
smaller ones are the committed PNGs. Every entry is a PNG, which macOS reads since 10.7. On a Mac,
`iconutil -c icns` on an .iconset folder gives the same result. Commit the output.
"""
import pathlib
import struct
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources/icons"
# icns type code -> pixel size; the @2x codes hold the same pixels as the next size up.
ENTRIES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def png(size: int, scratch: pathlib.Path) -> bytes:
    committed = ICONS / f"org.custodian.Custodian-{size}.png"
    if committed.exists():
        return committed.read_bytes()
    out = scratch / f"{size}.png"
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(out),
                    str(ICONS / "org.custodian.Custodian.svg")], check=True)
    return out.read_bytes()


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        body = b""
        for code, size in ENTRIES:
            data = png(size, pathlib.Path(scratch))
            body += code + struct.pack(">I", 8 + len(data)) + data
    out = ROOT / "packaging/macos/custodian.icns"
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
