"""Save slots: one JSON file per slot (story state, slot metadata, a PNG thumbnail in base64),
versioned, written atomically, never pickle. A damaged file is reported, never raised past `slots()`.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.fsutil import atomic_write_json, read_json
from game.story.text import display

FORMAT = "vn-save"
VERSION = 1
MIN_COMPATIBLE = 1
SLOTS: tuple[str, ...] = tuple(str(i) for i in range(1, 10)) + ("quick", "auto")
MAX_THUMB_SIDE = 2048  # px
_SLOT_RE = re.compile(r"^(?:[1-9][0-9]?|quick|auto)$")


class SaveError(ValueError):
    """A save that cannot be used; the message says why, in plain words."""


@dataclass(frozen=True)
class SaveMeta:
    slot: str
    scene_id: str
    scene_title: str
    line_id: str
    line_text: str
    saved_at: str  # ISO 8601, local time
    thumbnail_png: bytes | None = None


@dataclass(frozen=True)
class SlotInfo:
    slot: str
    meta: SaveMeta | None
    damaged: str | None = None


class SaveStore:
    def __init__(self, folder: Path, enabled: bool = True, durable: bool = True) -> None:
        self.folder = Path(folder)
        self.enabled = enabled  # False: the data folder cannot be used; every slot reads as empty
        self.durable = durable  # False: a throwaway folder (a replay's): written atomically, not fsynced

    def path(self, slot: str) -> Path:
        if not _SLOT_RE.match(slot):
            raise SaveError(f"'{slot}' is not a save slot")
        return self.folder / f"slot-{slot}.json"

    def write(self, slot: str, state: dict[str, Any], meta: SaveMeta) -> None:
        thumb = base64.b64encode(meta.thumbnail_png).decode("ascii") if meta.thumbnail_png else None
        atomic_write_json(self.path(slot), {
            "format": FORMAT, "version": VERSION, "min_compatible": MIN_COMPATIBLE,
            "meta": {
                "scene_id": meta.scene_id, "scene_title": meta.scene_title, "line_id": meta.line_id,
                "line_text": meta.line_text[:200], "saved_at": meta.saved_at,
            },
            "thumbnail_png": thumb,
            "state": state,
        }, durable=self.durable)

    def read(self, slot: str) -> tuple[dict[str, Any], SaveMeta]:
        path = self.path(slot)
        if not self._exists(path):
            raise SaveError(f"slot {slot} is empty")
        try:
            data = read_json(path)
        except (OSError, ValueError) as exc:
            raise SaveError(f"slot {slot} is damaged: {exc}") from exc
        return _parse(slot, data)

    def slots(self) -> list[SlotInfo]:
        found: list[SlotInfo] = []
        for slot in SLOTS:
            if not self._exists(self.path(slot)):
                found.append(SlotInfo(slot, None))
                continue
            try:
                found.append(SlotInfo(slot, self.read(slot)[1]))
            except SaveError as exc:
                found.append(SlotInfo(slot, None, str(exc)))
        return found

    def latest(self) -> str | None:
        usable = [info for info in self.slots() if info.meta is not None]
        if not usable:
            return None
        return max(usable, key=lambda info: info.meta.saved_at).slot  # type: ignore[union-attr]

    def _exists(self, path: Path) -> bool:
        if not self.enabled:
            return False
        try:
            return path.exists()
        except OSError:  # a folder that cannot be searched: the slot cannot be read either
            return False

    def delete(self, slot: str) -> None:
        self.path(slot).unlink(missing_ok=True)


def _parse(slot: str, data: object) -> tuple[dict[str, Any], SaveMeta]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SaveError(f"slot {slot} is damaged: not a save file")
    version, minimum = data.get("version"), data.get("min_compatible")
    if not isinstance(version, int) or not isinstance(minimum, int):
        raise SaveError(f"slot {slot} is damaged: no version number")
    if minimum > VERSION:
        raise SaveError(f"slot {slot} was made by a newer version of the game")
    meta, state = data.get("meta"), data.get("state")
    if not isinstance(meta, dict) or not isinstance(state, dict):
        raise SaveError(f"slot {slot} is damaged: missing its story state")
    texts = {}
    for key, limit in (("scene_id", 200), ("scene_title", 80), ("line_id", 200), ("line_text", 200), ("saved_at", 40)):
        value = meta.get(key, "")
        if not isinstance(value, str):
            raise SaveError(f"slot {slot} is damaged: '{key}' is not text")
        texts[key] = display(value, limit)  # shown on the Load screen: bounded, no controls, never invisible-only
    thumb = data.get("thumbnail_png")
    png = None
    if isinstance(thumb, str):
        try:
            png = base64.b64decode(thumb, validate=True)
        except (binascii.Error, ValueError):
            png = None  # a broken thumbnail does not spoil the save
    return state, SaveMeta(slot=slot, thumbnail_png=png if _small_png(png) else None, **texts)


def _small_png(png: bytes | None) -> bool:
    """PNG (the only format the save screen should decode) no larger than a screenshot: a hand-made
    one declaring 30000x30000 px, or a BMP or JPEG, would be decoded whole by SDL_image."""
    if not png or not png.startswith(b"\x89PNG"):
        return False
    if len(png) < 24:
        return True  # too short to decode: the save screen shows no picture
    width, height = struct.unpack(">II", png[16:24])
    return png[12:16] == b"IHDR" and 0 < width <= MAX_THUMB_SIDE and 0 < height <= MAX_THUMB_SIDE
