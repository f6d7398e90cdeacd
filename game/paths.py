"""Where things are: the bundled script and assets (in a checkout or an installed wheel) and the user's folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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
    """The user's data folder for saves, settings and screenshots (VN_HOME overrides it): the platform's own
    (XDG_DATA_HOME or ~/.local/share on Linux, Application Support on macOS, %APPDATA% on Windows)."""
    override = os.environ.get("VN_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def cache_dir() -> Path:
    """The user's cache folder, for the compiled story (`cache/` in VN_HOME when that is set; else the
    platform's: XDG_CACHE_HOME or ~/.cache on Linux, Library/Caches on macOS, %LOCALAPPDATA% on Windows).
    Anything in it may be deleted at any time: it only costs a cold start."""
    override = os.environ.get("VN_HOME")
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
