"""Output paths named on the command line (--trace, --record, --shots) and --size, checked before any
work starts: a problem is one message and exit 2, never a traceback halfway through a run.

Owns the checks and the opening of output files; knows nothing of what is written to them.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TextIO

MAX_SIZE = (7680, 4320)
MIN_SIZE = (160, 90)


class OutputError(ValueError):
    """An output path or size that cannot be used; the message names it and says why."""


def parse_size(text: str, option: str = "--size") -> tuple[int, int]:
    """'1280x720' -> (1280, 720), within 160x90 .. 7680x4320: the one parser of --size, for vn play (the
    window), vn replay (frames and shots) and vn export web (stage pictures). The upper limit is 8K UHD: a
    frame there is already 132 MB of pixels, and well inside WebP's 16383 px a side."""
    try:
        w, h = (int(x) for x in str(text).lower().split("x"))
    except ValueError as exc:
        raise OutputError(f"{option} should look like 1280x720, not {text!r}") from exc
    if not (MIN_SIZE[0] <= w <= MAX_SIZE[0] and MIN_SIZE[1] <= h <= MAX_SIZE[1]):
        raise OutputError(f"{option} {text} is out of range ({MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIZE[0]}x{MAX_SIZE[1]})")
    return w, h


def open_output(path: Path, option: str) -> TextIO:
    """Open a text file to write (line-buffered, so a stopped run keeps every whole line written).
    Refuses folders, FIFOs, missing folders, read-only places and full disks, with a message."""
    path = Path(path)
    mode = _file_place(path, option)
    if mode is not None and stat.S_ISFIFO(mode):
        raise OutputError(f"{option} {path}: is a pipe; give a regular file")
    try:
        handle = open(path, "w", encoding="utf-8", buffering=1)
    except OSError as exc:
        raise OutputError(f"{option} {path}: cannot write ({exc.strerror or exc})") from exc
    try:  # a full disk (or /dev/full) refuses the first byte: find out now, not after the run
        handle.write("\n")
        handle.flush()
        if handle.seekable():
            handle.seek(0)
            handle.truncate()
    except OSError as exc:
        try:
            handle.close()
        except OSError:  # closing flushes the byte that did not fit again
            pass
        reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise OutputError(f"{option} {path}: cannot write ({reason})") from exc
    return handle


def output_file(path: Path, option: str) -> Path:
    """Check a file that is written whole at the end of a run (atomically; `vn adapt -o`, `--json`) before the run
    starts: not a folder, in a folder that exists and can be written into. A device or a pipe (`-o /dev/null`) is
    written through."""
    path = Path(path)
    mode = _file_place(path, option)
    if (mode is None or stat.S_ISREG(mode)) and not os.access(path.parent, os.W_OK | os.X_OK):
        raise OutputError(f"{option} {path}: cannot write into the folder {path.parent}")
    return path


def _file_place(path: Path, option: str) -> int | None:
    """The mode of what is at `path` (None: nothing yet), refusing a folder there and a folder that is missing."""
    try:
        mode: int | None = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"{option} {path}: {exc.strerror or exc}") from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"{option} {path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise OutputError(f"{option} {path}: the folder {path.parent} does not exist")
    return mode


def output_folder(path: Path, option: str) -> Path:
    """Create (if needed) a folder to write files into; refuses a file in the way or a read-only place."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{option} {path}: is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{option} {path}: cannot create the folder ({exc.strerror or exc})") from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise OutputError(f"{option} {path}: cannot write into this folder")
    return path
