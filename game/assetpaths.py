"""Paths inside the assets folder: the one resolver every reader of assets goes through (the catalogue that
`vn check` uses, the sprite engine, the sound player), so the paths the hardening tests attack are the paths
the player opens. A name from a script or a manifest that would leave the folder (absolute, '..', a drive,
a NUL byte, a symlink pointing out) is refused with `AssetError`."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from game.story.nodes import safe_relative


class AssetError(ValueError):
    """An asset that cannot be used; the message names the file and the problem."""


def resolve(root: Path, relative: str) -> Path:
    """`relative` (a POSIX-style path) under `root`, symlinks followed; AssetError when it would leave it."""
    if not safe_relative(relative):
        raise AssetError(f"'{relative}' leaves the assets folder")
    base = Path(root).resolve()
    path = (base / PurePosixPath(relative)).resolve()
    if not path.is_relative_to(base):
        raise AssetError(f"'{relative}' leaves the assets folder")
    return path


def inside(root: Path, relative: str) -> Path | None:
    """Like `resolve`, but None for a path that leaves `root` (or cannot be looked at)."""
    try:
        return resolve(root, relative)
    except (AssetError, OSError):
        return None


def sound_file(root: Path, name: str) -> Path | None:
    """The sound `name` (`sounds/NAME.ogg`, else `.wav`) under the assets `root`, or None."""
    for suffix in (".ogg", ".wav"):
        path = inside(root, f"sounds/{name}{suffix}")
        if path is None:
            return None
        if path.is_file():
            return path
    return None
