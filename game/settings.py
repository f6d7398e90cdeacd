"""The player's settings: defaults, allowed ranges, and atomic load/save with a fallback notice."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from game.fsutil import atomic_write_json, read_json

SETTINGS_VERSION = 1


@dataclass
class Settings:
    text_speed: int = 40  # characters per second; 0 shows a line at once
    auto_delay: float = 1.5  # seconds a fully shown line stays before auto-forward
    skip_unseen: bool = False  # skip also lines never seen before
    master_volume: float = 0.8
    music_volume: float = 0.6
    effects_volume: float = 0.8
    text_size: int = 28  # px, at the logical 1280x720
    textbox_opacity: float = 0.96  # no body shows through the text; players may lower it
    fullscreen: bool = False
    speaker_emphasis: bool = True  # dim the characters on stage who are not speaking
    reduce_motion: bool = False  # camera moves become cuts, and gestures are left out


@dataclass(frozen=True)
class Range:
    label: str
    low: float
    high: float
    step: float


SETTING_RANGES: dict[str, Range | None] = {
    "text_speed": Range("Text speed (0 = instant)", 0, 120, 10),
    "auto_delay": Range("Auto-forward delay (s)", 0.5, 5.0, 0.5),
    "skip_unseen": None,
    "master_volume": Range("Master volume", 0.0, 1.0, 0.1),
    "music_volume": Range("Music volume", 0.0, 1.0, 0.1),
    "effects_volume": Range("Effects volume", 0.0, 1.0, 0.1),
    "text_size": Range("Text size (px)", 20, 40, 2),
    "textbox_opacity": Range("Textbox opacity", 0.3, 1.0, 0.1),
    "fullscreen": None,
    "speaker_emphasis": None,
    "reduce_motion": None,
}
LABELS = {"skip_unseen": "Skip unseen lines", "fullscreen": "Fullscreen", "speaker_emphasis": "Speaker emphasis",
          "reduce_motion": "Reduce motion"}


def clamp(name: str, value: float) -> float:
    spec = SETTING_RANGES[name]
    if spec is None:
        return value
    return min(spec.high, max(spec.low, value))


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The saved settings; defaults (and a notice) when the file is damaged. A missing file is no notice."""
    if not Path(path).exists():
        return Settings(), None
    try:
        data = read_json(path)
    except (OSError, ValueError) as exc:
        return Settings(), f"Settings file damaged ({exc}); using the defaults."
    if not isinstance(data, dict) or not isinstance(data.get("settings"), dict):
        return Settings(), "Settings file damaged (not a settings object); using the defaults."
    values, bad = data["settings"], []
    settings = Settings()
    for field in fields(Settings):
        if field.name not in values:
            continue
        value = values[field.name]
        default = getattr(settings, field.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        else:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and _finite(value)
        if not ok:
            bad.append(field.name)
            continue
        if not isinstance(default, bool):
            value = clamp(field.name, value)
            value = int(value) if isinstance(default, int) else float(value)
        setattr(settings, field.name, value)
    notice = f"Some settings were unreadable and were reset: {', '.join(bad)}." if bad else None
    return settings, notice


def _finite(value: float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an int of 400 digits is no setting
        return False


def save_settings(path: Path, settings: Settings, durable: bool = True) -> None:
    atomic_write_json(path, {"version": SETTINGS_VERSION, "settings": asdict(settings)}, durable=durable)
