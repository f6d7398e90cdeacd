"""Pictures kept across runs in the user's cache folder. The title's backdrop is drawn from the first place's
map (read with pytmx, tiled, lit for dusk and vignetted: about 110 ms, most of a start); later starts read it
back as an uncompressed BMP (a few milliseconds).

Owns a kept picture's key and file; never decides what is drawn (the caller's `draw` does). The key is what
the picture is drawn from: the caller's description (place, map, time, effects), every file and folder under
the assets folder with its size and mtime, the drawing code (`game/render/*.py`) and pygame's version. So an
edited map, tileset or engine draws the picture again, once. A missing, stale, damaged or odd-sized file
means the picture is drawn and written again (atomically: a temp file and a rename); a folder that cannot be
written only costs the draw. Older pictures of the same name are removed when a new one is written.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

import pygame

FORMAT = "vn-keep/1"
_CODE = Path(__file__).resolve().parent  # game/render: maps, lighting, effects
log = logging.getLogger(__name__)


def kept(folder: Path | None, name: str, what: str, assets: Path, size: tuple[int, int],
         draw: Callable[[], pygame.Surface]) -> pygame.Surface:
    """The picture `draw()` makes, read from `folder` when a copy made from the same things is there.
    `name` names the file (one kept per name), `what` says what it shows; `size` is the picture's size."""
    if folder is None:
        return draw()
    try:
        path = Path(folder) / f"{name}-{key(what, Path(assets))[:32]}.bmp"
    except OSError as exc:  # the assets folder cannot be walked: draw, keep nothing
        log.debug("not keeping %s: %s", name, exc)
        return draw()
    found = _read(path, size)
    if found is not None:
        return found
    picture = draw()
    _write(path, name, picture)
    return picture


def key(what: str, assets: Path) -> str:
    digest = hashlib.sha256(f"{FORMAT}\x00{pygame.version.ver}\x00{what}".encode("utf-8", "surrogatepass"))
    for path in sorted(_CODE.glob("*.py")):
        digest.update(path.name.encode() + b"\x00" + path.read_bytes())
    base = len(str(assets)) + 1
    for folder, dirs, files in os.walk(assets):
        dirs.sort()
        for entry in sorted((*dirs, *files)):
            path = os.path.join(folder, entry)
            st = os.stat(path)
            digest.update(f"\x00{path[base:]}\x00{st.st_size if entry in files else 0}\x00{st.st_mtime_ns}"
                          .encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _read(path: Path, size: tuple[int, int]) -> pygame.Surface | None:
    try:
        st = path.stat()
    except OSError:
        return None
    if not 0 < st.st_size <= size[0] * size[1] * 4 + 4096:  # a BMP of that size, 24 or 32 bits, and its headers
        return None
    try:
        picture = pygame.image.load(str(path))
    except (pygame.error, OSError, ValueError) as exc:
        log.debug("kept picture %s unreadable (%s): drawn again", path.name, exc)
        return None
    if picture.get_size() != size:
        return None
    return picture.convert() if pygame.display.get_surface() is not None else picture


def _write(path: Path, name: str, picture: pygame.Surface) -> None:
    temp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.bmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(picture, str(temp))
        os.chmod(temp, 0o600)  # as the other entries of the user's cache folder
        os.replace(temp, path)
        for old in path.parent.glob(f"{name}-*.bmp"):
            if old != path:
                old.unlink(missing_ok=True)
    except (pygame.error, OSError) as exc:
        log.debug("could not keep %s (%s)", path.name, exc)
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
