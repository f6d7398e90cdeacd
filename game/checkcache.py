"""`vn check`'s own results kept in the user's cache folder: a second check of an unchanged story prints them
without reading YAML, compiling, opening assets or importing pygame.

Owns the entry's format, its key and its validation; never decides what a check finds (`game.check` does).
An entry holds the diagnostics, whether the story is playable and its counts, and what they depend on:
- the story's files (every file the loader read, as the check names them): the sha256 of their bytes, always
  recomputed (9 ms for the 10 MB of a 100,000-line story), so any edit is seen;
- the assets folder, when assets were checked: every file and folder under it with its size and mtime (a file
  added, removed, resized or touched is a change), and the same for the font files the text fit measures with;
  assets are not hashed, so a change that keeps both a file's size and its mtime to the nanosecond is missed
  (a copy that restores mtimes: `cp -p`, `rsync -t`, `touch -r`), and an entry is not written while a file's
  mtime is within 2 s of the check (a file system with coarse mtimes could not tell a later edit from it);
- the engine: its version, the text of every module of the `game` package, Python's version, PyYAML's and
  pygame's version files, the working folder (the check names files relative to it), the story and assets
  paths, and whether assets were checked.
A result that depends on files the check could not read (VN104 unreadable, VN140 missing, VN143 outside its
folder) is not kept: the file may appear. JSON, never pickle; a damaged, stale or hostile entry is refused
(any failure means a cold check, whose result then replaces it), and entries are written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
import time
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import game
from game.fsutil import atomic_write_bytes, read_json

FORMAT = "vn-check-cache"
VERSION = 1
MAX_BYTES = 16 * 1024 * 1024
MAX_DIAGNOSTICS = 1_000  # a check prints at most 201 (game.check.cap)
NOT_KEPT = frozenset({"VN104", "VN140", "VN143"})
SETTLE_NS = 2_000_000_000  # an asset changed this recently may change again within its mtime's resolution
_CODE_RE = re.compile(r"^VN[0-9]{3}$")
_PACKAGE = Path(game.__file__).resolve().parent


class Stored:
    """A kept check: whether the story is playable, its scene and line counts, and its diagnostics as rows
    [code, severity, file, line, column, message, hint]."""

    def __init__(self, ok: bool, scenes: int, lines: int, rows: list[list[Any]]) -> None:
        self.ok, self.scenes, self.lines, self.rows = ok, scenes, lines, rows


def entry_path(cache_dir: Path, header: Path, assets: Path | None) -> Path:
    """One entry per story header, assets folder and mode: rebuilt in place when stale."""
    where = f"{header.absolute()}\x00{assets.absolute() if assets else ''}"
    digest = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return Path(cache_dir) / f"check-{digest}.json"


def header_of(script: Path) -> Path:
    return script / "story.yaml" if script.is_dir() else script


def lookup(cache_dir: Path, script: Path, assets: Path | None) -> Stored | None:
    """The kept result of checking `script` (with `assets`, or None for --no-assets) when every part of its key
    still holds; None otherwise (missing, stale, damaged or hostile: never raises)."""
    try:
        return _read(entry_path(cache_dir, header_of(script), assets), script, assets)
    except Exception:  # noqa: BLE001 - any failure only means a cold check
        return None


def store(cache_dir: Path, script: Path, assets: Path | None, files: tuple[str, ...], ok: bool, scenes: int,
          lines: int, rows: list[list[Any]]) -> bool:
    """Keep a check's result; False when it is not kept (it depends on unread files, an asset is being
    changed right now, or the folder cannot be written). `files` are the story files the loader read."""
    if not files or any(row[0] in NOT_KEPT for row in rows) or len(rows) > MAX_DIAGNOSTICS:
        return False
    try:
        started = time.time_ns()
        tree = _tree(assets) if assets is not None else []
        if any(started - mtime < SETTLE_NS for _name, _size, mtime in tree):
            return False
        doc = {"format": FORMAT, "version": VERSION, "engine": game.__version__,
               "context": _context(script, assets), "story": [[name, _sha(Path(name))] for name in files],
               "assets": tree, "result": {"ok": ok, "scenes": scenes, "lines": lines, "diagnostics": rows}}
        data = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
        atomic_write_bytes(entry_path(cache_dir, header_of(script), assets), data, durable=False)
        return True
    except (OSError, ValueError):
        return False  # an unwritable cache folder only means no cache


def _read(entry: Path, script: Path, assets: Path | None) -> Stored | None:
    doc = read_json(entry, MAX_BYTES)
    if not (type(doc) is dict and doc.get("format") == FORMAT and doc.get("version") == VERSION
            and doc.get("engine") == game.__version__ and doc.get("context") == _context(script, assets)):
        return None
    story = doc["story"]
    if not (type(story) is list and story and all(_is_row(r, str, str) for r in story)):
        return None
    if any(_sha(Path(name)) != digest for name, digest in story):
        return None
    tree = doc["assets"]
    if type(tree) is not list or tree != (_tree(assets) if assets is not None else []):
        return None
    result = doc["result"]
    if type(result) is not dict:
        return None
    ok, scenes, lines, rows = result["ok"], result["scenes"], result["lines"], result["diagnostics"]
    if not (type(ok) is bool and type(scenes) is int and type(lines) is int and type(rows) is list
            and len(rows) <= MAX_DIAGNOSTICS):
        return None
    for row in rows:
        if not (_is_row(row, str, str, str, int, int, str, (str, type(None))) and _CODE_RE.match(row[0])
                and row[1] in ("error", "warning") and row[3] >= 1 and row[4] >= 1):
            return None
    if ok and any(row[1] == "error" for row in rows):
        return None
    return Stored(ok, scenes, lines, rows)


def _is_row(row: object, *types: type | tuple[type, ...]) -> bool:
    return type(row) is list and len(row) == len(types) and all(isinstance(v, t) and type(v) is not bool
                                                                 for v, t in zip(row, types))


def _sha(path: Path) -> str:
    """The sha256 of a regular file's bytes (a pipe or device where a story file was is refused, never read)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError(f"{path} is not a regular file")
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _tree(root: Path) -> list[list[Any]]:
    """Every file and folder under `root` (and the text fit's font files), sorted: [name, size, mtime_ns]."""
    found: list[list[Any]] = []
    base = len(str(root)) + 1
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in (*dirs, *files):
            path = os.path.join(folder, name)
            st = os.stat(path)
            found.append([path[base:], st.st_size if name in files else 0, st.st_mtime_ns])
    found.sort()
    for path in _fonts():
        st = os.stat(path)
        found.append([str(path), st.st_size, st.st_mtime_ns])
    return found


def _fonts() -> list[Path]:
    spec = find_spec("fontpkg_atkinson_hyperlegible")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations))) / "files"
    return sorted(folder.glob("*.ttf")) if folder.is_dir() else []


def _context(script: Path, assets: Path | None) -> str:
    """Everything else a check's result depends on, as one digest."""
    digest = hashlib.sha256(f"{FORMAT}/{VERSION}/{game.__version__}/{sys.version}".encode())
    for part in (os.getcwd(), str(header_of(script).absolute()), str(assets.absolute()) if assets else "-"):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\x00")
    for path in sorted(_PACKAGE.rglob("*.py")):  # the engine's own code: another check, another result
        digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\x00" + path.read_bytes())
    for package, file in (("yaml", "__init__.py"), ("pygame", "version.py")):
        spec = find_spec(package)
        if spec is not None and spec.submodule_search_locations:
            try:
                digest.update(package.encode() + (Path(next(iter(spec.submodule_search_locations))) / file).read_bytes())
            except OSError:
                digest.update(package.encode())
    return digest.hexdigest()
