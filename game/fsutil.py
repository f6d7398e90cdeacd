"""Atomic file writes: a temp file in the same folder, flushed and fsynced, then renamed over the target.

A reader sees either the old file or the new one, complete; never half of one.
"""

from __future__ import annotations

import glob
import json
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Any


def atomic_write_bytes(path: Path, data: bytes | list[bytes], durable: bool = True, devices: bool = False) -> None:
    """Write all of `data` (bytes, or a list of byte strings written one after another) or nothing.
    `durable=False` skips the fsyncs (for caches that may be lost).
    With `devices` (a file the user named on the command line), a target that is a device or a pipe
    (`-o /dev/null`, `-o >(less)`) is written through: renaming over it would put a file where the device was.
    Without it (saves, settings, caches), whatever is there is replaced by the file, and never waited on."""
    path = Path(path)
    if devices:
        try:
            mode = os.stat(path).st_mode
        except OSError:
            mode = None
        if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
            with open(path, "wb") as handle:
                handle.writelines([data] if isinstance(data, bytes) else data)
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.writelines([data] if isinstance(data, bytes) else data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if durable:
        _fsync_dir(path.parent)
    _remove_stale_temps(path)


def _remove_stale_temps(path: Path, age: float = 3600.0) -> None:
    """Temp files of `path` left by a process killed mid-write (SIGKILL, power loss), once they are old
    enough that no live writer can own them."""
    limit = time.time() - age
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if stale.stat().st_mtime < limit:
                stale.unlink()
        except OSError:
            pass


def atomic_write_json(path: Path, obj: Any, durable: bool = True) -> None:
    atomic_write_bytes(path, json.dumps(obj, indent=1, ensure_ascii=False).encode("utf-8"), durable=durable)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported on this platform (Windows)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_json(path: Path, limit: int = 16 * 1024 * 1024) -> Any:
    """Parse a JSON file; raises ValueError with a plain message when it is missing parts, too big or broken."""
    # Non-blocking open: a pipe left where a save should be must not hang the game (it is refused below).
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError("not a regular file")  # a pipe or device could be read forever
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise ValueError(f"the file is too large (over {limit} bytes)")
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError("the file is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"broken JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise ValueError("the JSON is nested too deeply") from exc
