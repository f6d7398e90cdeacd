"""PNG headers read without decoding: a picture's size (IHDR) and a trimmed layer's place on its canvas
(the standard oFFs chunk), from a file or from a PNG's bytes. The one reader of PNG files' own structure; callers apply their limits and turn
`PngError` into their own located messages. Never imports pygame."""

from __future__ import annotations

import io
import struct
from pathlib import Path

SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_CHUNKS = 64  # chunks read before the image data: a handful in any real file


class PngError(ValueError):
    """Not a PNG, unreadable, or a malformed chunk; the message names the file by `label`."""


def size(path: Path, label: str) -> tuple[int, int]:
    """Width and height from the IHDR chunk."""
    head = _read(path, label, 24)
    if head[:8] != SIGNATURE or head[12:16] != b"IHDR":
        raise PngError(f"{label}: not a PNG")
    return struct.unpack(">II", head[16:24])  # type: ignore[return-value]


def read(source: Path | bytes, label: str, limit: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """One pass over the chunks before the image data: the size (IHDR) and the oFFs chunk's place in pixels
    (0 to `limit` on each axis; None when the file has none). `source` is a file or a PNG's bytes."""
    try:
        with (io.BytesIO(source) if isinstance(source, bytes) else Path(source).open("rb")) as handle:
            head = handle.read(24)
            if head[:8] != SIGNATURE or head[12:16] != b"IHDR":
                raise PngError(f"{label}: not a PNG")
            found: tuple[int, int] = struct.unpack(">II", head[16:24])  # type: ignore[assignment]
            handle.seek(13 - 8 + 4, 1)  # the rest of IHDR's data, and its CRC
            for _ in range(MAX_CHUNKS):
                chunk = handle.read(8)
                if len(chunk) < 8 or chunk[4:] in (b"IDAT", b"IEND"):
                    return found, None
                length = struct.unpack(">I", chunk[:4])[0]
                if chunk[4:] != b"oFFs":
                    handle.seek(length + 4, 1)  # the data and its CRC
                    continue
                data = handle.read(length) if length == 9 else b""
                if len(data) != 9:
                    raise PngError(f"{label}: its oFFs chunk is {length} bytes, not 9")
                x, y, unit = struct.unpack(">iiB", data)
                if unit != 0:
                    raise PngError(f"{label}: its oFFs chunk is not in pixels (unit {unit})")
                if not (0 <= x <= limit and 0 <= y <= limit):
                    raise PngError(f"{label}: its oFFs chunk places it at {x},{y}, outside any canvas")
                return found, (x, y)
    except OSError as exc:
        raise PngError(f"{label}: cannot read ({exc.strerror or exc})") from exc
    return found, None


def _read(path: Path, label: str, count: int) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(count)
    except OSError as exc:
        raise PngError(f"{label}: cannot read ({exc.strerror or exc})") from exc
