"""Where things are: the bundled script and assets (in a checkout or an installed wheel) and the user's folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "bleed-for-me"
_PACKAGE = Path(__file__).resolve().parent


def checkout() -> Path | None:
    """The current folder when it is a story checkout (it holds `script/story.yaml` and `assets/`):
    a writer's edits there are what `vn` checks, plays and replays, not an installed copy."""
    here = Path.cwd()
    try:
        if (here / "script" / "story.yaml").is_file() and (here / "assets").is_dir():
            return here
    except OSError:
        return None
    return None


def _bundled(name: str) -> Path:
    local = checkout()
    if local is not None:
        return local / name
    installed = _PACKAGE / "data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # a source checkout or an editable install


def script_dir() -> Path:
    """The story folder (holding story.yaml): the current checkout's, else the bundled one."""
    return _bundled("script")


def assets_dir() -> Path:
    """The assets folder (maps, tilesets, sprites, sounds): the current checkout's, else the bundled one."""
    return _bundled("assets")


def user_dir() -> Path:
    """The user's data folder for saves, settings and screenshots (VN_HOME overrides it)."""
    override = os.environ.get("VN_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME
